"""A stacked bar chart of finds per district and category (matplotlib in a Qt widget)."""

from __future__ import annotations

from typing import Sequence

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.categories import CATEGORIES
from ..core.palette import CATEGORY
from ..core.text import tr

try:
    try:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    except ImportError:  # matplotlib < 3.5
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
    from matplotlib.figure import Figure
except ImportError:  # pragma: no cover - matplotlib ships with QGIS; degrade to a message
    Figure = None


class TallyChart(QWidget):
    """Horizontal stacked bars, one per district (the ``limit`` largest totals), one colour per category."""

    def __init__(self, parent: QWidget | None = None, limit: int = 15):
        super().__init__(parent)
        self.limit = limit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figure = None
        self.canvas = None
        if Figure is None:
            layout.addWidget(QLabel(tr("The chart needs matplotlib, which this QGIS lacks."), self))
            return
        self.figure = Figure(figsize=(4, 3), tight_layout=True)
        self.canvas = FigureCanvasQTAgg(self.figure)
        layout.addWidget(self.canvas)

    def show_rows(self, rows: Sequence[dict]) -> list[str]:
        """Draw ``rows`` (dicts with 'district' and one key per category); returns the districts drawn."""
        if self.figure is None:
            return []
        shown = sorted((r for r in rows if r["total"] > 0), key=lambda r: -r["total"])[: self.limit][::-1]
        self.figure.clear()
        axes = self.figure.add_subplot(111)
        names = [r["district"] for r in shown]
        left = [0] * len(shown)
        for cat in CATEGORIES:
            values = [r[cat] for r in shown]
            if any(values):
                axes.barh(range(len(shown)), values, left=left, color=CATEGORY[cat], label=cat, gid=cat)
                left = [a + b for a, b in zip(left, values)]
        axes.set_yticks(range(len(shown)))
        axes.set_yticklabels(names, fontsize=7)
        axes.set_xlabel(tr("Finds"))
        axes.tick_params(axis="x", labelsize=7)
        if shown:
            axes.legend(fontsize=6, loc="lower right")
        else:
            axes.text(0.5, 0.5, tr("No finds"), ha="center", va="center", transform=axes.transAxes)
        self.canvas.draw_idle()
        return names

    def bar_totals(self) -> dict[str, float]:
        """The length of each drawn bar, by district (what the chart shows, for checks)."""
        if self.figure is None or not self.figure.axes:
            return {}
        axes = self.figure.axes[0]
        labels = [t.get_text() for t in axes.get_yticklabels()]
        totals = [0.0] * len(labels)
        for patch in axes.patches:
            row = int(round(patch.get_y() + patch.get_height() / 2))
            totals[row] += patch.get_width()
        return dict(zip(labels, totals))
