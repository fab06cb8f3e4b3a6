"""Choose a PostGIS workspace: one of QGIS's own PostgreSQL connections and a workspace schema in it.

Credentials stay with the connection and QGIS's authentication manager (authcfg): the dialog
returns only the connection's name and the schema, which is all a project needs to keep.
"""

from __future__ import annotations

from typing import Callable

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.text import tr
from ..workspace import WorkspaceError
from ..workspace import postgis as pgw

LEVEL_LABELS = {
    "admin": "administrator",
    "editor": "editor",
    "reader": "read only",
    "none": "no access",
}


class PostgisWorkspaceDialog(QDialog):
    """Lists the connections and their ClearGround workspaces; ``selection()`` gives (connection, schema).

    With ``allow_new`` a new schema name may be typed instead (to create a workspace or copy one into it).
    ``list_connections`` and ``list_workspaces`` default to QGIS's connection registry; tests may pass
    others.
    """

    def __init__(self, parent: QWidget | None = None, allow_new: bool = False,
                 list_connections: Callable[[], list[str]] = pgw.connection_names,
                 list_workspaces: Callable[[str], list[pgw.WorkspaceEntry]] = pgw.list_workspaces):
        super().__init__(parent)
        self.setWindowTitle(tr("PostGIS workspace"))
        self._list_workspaces = list_workspaces
        self._allow_new = allow_new
        self._error = ""
        self.entries: list[pgw.WorkspaceEntry] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.connection_combo = QComboBox(self)
        form.addRow(tr("QGIS connection"), self.connection_combo)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Workspaces in this database"), self))
        self.schema_list = QListWidget(self)
        layout.addWidget(self.schema_list, 1)
        self.new_schema = QLineEdit(self)
        self.new_schema.setPlaceholderText(tr("or a new schema name"))
        self.new_schema.setVisible(allow_new)
        layout.addWidget(self.new_schema)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(buttons, self)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.connection_combo.currentTextChanged.connect(self.refresh)
        self.schema_list.currentItemChanged.connect(self._update)
        self.schema_list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.new_schema.textChanged.connect(self._update)

        names = list_connections()
        if not names:
            self.info.setText(tr(
                "QGIS has no PostgreSQL connection yet. Add one in the Browser (PostgreSQL > New Connection), "
                "preferably with an authentication configuration, then come back."
            ))
        self.connection_combo.blockSignals(True)
        self.connection_combo.addItems(names)
        self.connection_combo.blockSignals(False)
        self.refresh()

    def refresh(self, *_args) -> None:
        """List the workspaces of the chosen connection, with the user's rights in each."""
        self.schema_list.clear()
        self.entries = []
        name = self.connection_combo.currentText()
        self._error = ""
        if name:
            try:
                self.entries = self._list_workspaces(name)
            except WorkspaceError as exc:
                self._error = str(exc)
        for entry in self.entries:
            item = QListWidgetItem(tr("{schema} ({level})").format(
                schema=entry.schema, level=tr(LEVEL_LABELS[entry.level])), self.schema_list)
            item.setData(Qt.ItemDataRole.UserRole, entry.schema)
            if entry.level == "none":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self._update()

    def select_schema(self, schema_name: str) -> bool:
        """Select a listed workspace by schema name; False when it is not listed."""
        for row in range(self.schema_list.count()):
            item = self.schema_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == schema_name:
                self.schema_list.setCurrentItem(item)
                return True
        return False

    def selection(self) -> tuple[str, str] | None:
        """(connection name, schema) as chosen, or None when nothing usable is chosen."""
        name = self.connection_combo.currentText()
        new = self.new_schema.text().strip() if self._allow_new else ""
        if name and new:
            return name, new
        item = self.schema_list.currentItem()
        if name and item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return name, item.data(Qt.ItemDataRole.UserRole)
        return None

    def entry(self) -> pgw.WorkspaceEntry | None:
        """The listed workspace chosen, with the user's level in it."""
        item = self.schema_list.currentItem()
        if item is None:
            return None
        return next((e for e in self.entries if e.schema == item.data(Qt.ItemDataRole.UserRole)), None)

    def _update(self, *_args) -> None:
        lines = []
        name = self.connection_combo.currentText()
        if self._error:
            lines.append(self._error)
        elif name and not self.entries:
            lines.append(tr("This database holds no ClearGround workspace you can see."))
        if name:
            try:
                if pgw.stores_plain_password(name):
                    lines.append(tr(
                        'The connection "{name}" keeps its password in plain settings. ClearGround never copies '
                        "it into the project; QGIS will ask for it. Prefer an authentication configuration."
                    ).format(name=name))
            except WorkspaceError:
                pass
        entry = self.entry()
        if entry is not None:
            message = _access_text(entry)
            if message:
                lines.append(message)
        self.info.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.selection() is not None)


def _access_text(entry: pgw.WorkspaceEntry) -> str:
    """Why tools will be disabled for this user, if they will."""
    return pgw.Access(entry.user, entry.schema, entry.level != "none", entry.level in ("editor", "admin"),
                      entry.level in ("editor", "admin"), entry.level in ("editor", "admin"),
                      entry.level == "admin").message()
