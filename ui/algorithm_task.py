"""One Processing algorithm run in the background for a dock tab: progress bar, run and cancel buttons.

The tabs build an AlgorithmRun with the algorithm id and its parameters, call ``start()`` and handle
``finished(ok, results, feedback)``; the feedback keeps the errors and warnings the algorithm reported,
for the message bar's details. QGIS stays responsive while the algorithm runs in the task manager.
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal, pyqtSlot
from qgis.PyQt.QtWidgets import QAbstractButton, QProgressBar

from ..processing.provider import PROVIDER_ID, algorithm_classes
from .messages import notify


class RunFeedback(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm reported: ``errors`` (rows it could not use, or why it
    failed) and ``warnings``."""

    def __init__(self):
        super().__init__()
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)


def algorithm(algorithm_id: str) -> QgsProcessingAlgorithm:
    """The algorithm ``algorithm_id`` from the Processing registry, else a new instance of ours (when
    the provider is not registered, as in tests that build a tab alone)."""
    registered = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if registered is not None:
        return registered
    for cls in algorithm_classes():
        if f"{PROVIDER_ID}:{cls.NAME}" == algorithm_id:
            return cls().create()
    raise KeyError(algorithm_id)


class AlgorithmRun(QObject):
    """Runs one algorithm as a QgsProcessingAlgRunnerTask and shows it on a tab's widgets.

    While it runs the run button is disabled and the cancel button enabled; with ``hide_when_idle``
    the progress bar and the cancel button are shown only while it runs. When the task has ended the
    buttons are reset (the run button enabled: the tab may disable it again in its slot) and
    ``finished`` is emitted. The run keeps its parameters (and the layers they hold), the context
    (``context``, for ``takeResultLayer``) and the feedback.
    """

    #: (the algorithm succeeded, its results, the RunFeedback); a cancelled run has ``feedback.isCanceled()``.
    finished = pyqtSignal(bool, object, object)

    def __init__(
        self,
        algorithm_id: str,
        parameters: dict,
        project: QgsProject,
        progress_bar: QProgressBar,
        run_button: QAbstractButton | None = None,
        cancel_button: QAbstractButton | None = None,
        hide_when_idle: bool = False,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.algorithm_id = algorithm_id
        self.parameters = dict(parameters)
        self.progress_bar = progress_bar
        self.run_button = run_button
        self.cancel_button = cancel_button
        self.hide_when_idle = hide_when_idle
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        self.project = project
        self.feedback = RunFeedback()
        self.task: QgsProcessingAlgRunnerTask | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> QgsProcessingAlgRunnerTask:
        """Hand the algorithm to the task manager; returns the task."""
        if self.task is not None:
            raise RuntimeError("the algorithm is already running")
        # The expression context is made here, in the main thread, as QGIS's own dialogs make it: the
        # project keeps the scope it makes first, and one made at once by the task's thread and by the
        # canvas (which makes it on each refresh) crashes QGIS (seen on 3.44 with Python 3.14).
        expression_context = QgsExpressionContext()
        expression_context.appendScope(QgsExpressionContextUtils.globalScope())
        expression_context.appendScope(QgsExpressionContextUtils.projectScope(self.project))
        self.context.setExpressionContext(expression_context)
        # Layers named by their id are looked up here too: in the task's thread QGIS would search the
        # project's layer store while the main thread changes or draws it.
        self.parameters = {name: _project_layer(self.project, value) for name, value in self.parameters.items()}
        # Queued: the task reports its progress from its own thread, the slot runs in this one.
        self.feedback.progressChanged.connect(self._show_progress)
        self.task = QgsProcessingAlgRunnerTask(algorithm(self.algorithm_id), self.parameters, self.context,
                                               self.feedback)
        self.task.executed.connect(self._executed)
        self.progress_bar.setValue(0)
        if self.run_button is not None:
            self.run_button.setEnabled(False)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(True)
        if self.hide_when_idle:
            self.progress_bar.show()
            if self.cancel_button is not None:
                self.cancel_button.show()
        task = self.task
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self) -> None:
        """Ask the running algorithm to stop; ``finished`` follows (with a cancelled feedback)."""
        if self.task is not None:
            self.feedback.cancel()
            self.task.cancel()

    @pyqtSlot(float)
    def _show_progress(self, value: float) -> None:
        if self.task is not None:
            self.progress_bar.setValue(int(value))

    def _executed(self, ok: bool, results: dict) -> None:
        self.task = None
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        if self.hide_when_idle:
            self.progress_bar.hide()
            if self.cancel_button is not None:
                self.cancel_button.hide()
        if self.run_button is not None:
            self.run_button.setEnabled(True)
        self.finished.emit(bool(ok), dict(results or {}), self.feedback)


class RunsAlgorithm:
    """For a dock tab (a QWidget, listed after this class) that runs one algorithm at a time as an
    AlgorithmRun kept in ``_run``."""

    _run: AlgorithmRun | None = None

    @property
    def running(self) -> bool:
        return self._run is not None and self._run.running

    def cancel(self) -> None:
        """Cancel the running algorithm, if any."""
        if self._run is not None:
            self._run.cancel()

    def checked_parameters(self) -> dict | None:
        """The tab's ``parameters()``; None after telling why there are none (message bar, ``failed``)."""
        try:
            return self.parameters()
        except ValueError as exc:
            notify(self.context.message_bar, "warning", str(exc))
            self.failed.emit(str(exc))
            return None


def _project_layer(project: QgsProject, value):
    """The project's layer when ``value`` is the id of one, else ``value`` as it is."""
    if isinstance(value, str) and value:
        layer = project.mapLayer(value)
        if layer is not None:
            return layer
    return value
