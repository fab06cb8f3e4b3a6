"""Enum parameters that show words and keep codes: "Degrees" in the dialog, "deg" in the parameters.

A ClearGround enum parameter uses static strings (its value is the code: ``DEFAULT_UNIT='deg'``, what
qgis_process, batch files, models and scripts pass). Processing's own widget would show those codes;
``labelled_enum`` gives the parameter a widget wrapper (Processing's ``widget_wrapper`` metadata)
that lists the translated labels of core/labels.py with the codes as their values. In the model
designer, Processing's own widget is kept (it offers the model's inputs as values).
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterEnum

from ..core.labels import VOCABULARIES, label
from ..core.text import tr

#: Where Processing finds the wrapper (a dotted path: the metadata stays plain text for qgis_process).
WRAPPER_PATH = f"{__name__}.LabelledEnum"


def labelled_enum(param: QgsProcessingParameterEnum, vocabulary: str) -> QgsProcessingParameterEnum:
    """``param`` shown with the labels of ``vocabulary`` in the algorithm and batch dialogs."""
    if vocabulary not in VOCABULARIES:
        raise KeyError(f"no labels for {vocabulary!r}")
    metadata = dict(param.metadata())
    metadata["widget_wrapper"] = {"class": WRAPPER_PATH, "vocabulary": vocabulary}
    param.setMetadata(metadata)
    return param


class LabelledEnum:
    """What Processing calls with (parameter, dialog, row, column, vocabulary=...): it gives the wrapper."""

    def __new__(cls, param, dialog, row=0, col=0, vocabulary: str = ""):
        from qgis.gui import QgsGui, QgsProcessingGui

        kind = type(dialog).__name__
        if kind == "ModelerParametersDialog":  # the model's inputs must stay choosable: Processing's widget
            wrapper = QgsGui.processingGuiRegistry().createModelerParameterWidget(
                dialog.model, dialog.childId, param, dialog.context)
            wrapper.setDialog(dialog)
            return wrapper
        dialog_type = QgsProcessingGui.WidgetType.Batch if kind == "BatchAlgorithmDialog" else \
            QgsProcessingGui.WidgetType.Standard
        wrapper = _wrapper_class()(param, dialog_type, vocabulary, dialog)
        wrapper.setDialog(dialog)
        return wrapper


_WRAPPER = []


def _wrapper_class():
    """The wrapper class, made on first use (qgis.gui is not loaded where only qgis_process runs)."""
    if _WRAPPER:
        return _WRAPPER[0]
    from qgis.gui import QgsAbstractProcessingParameterWidgetWrapper
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QComboBox

    class LabelledEnumWrapper(QgsAbstractProcessingParameterWidgetWrapper):
        """A combo box of labels whose data are the parameter's codes."""

        def __init__(self, param, dialog_type, vocabulary: str, parent=None):
            super().__init__(param, dialog_type, parent)
            self.vocabulary = vocabulary

        def createWidget(self):  # noqa: N802 - QGIS API
            param = self.parameterDefinition()
            combo = QComboBox()
            if param.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
                combo.addItem(tr("Not set"), None)
            for option in param.options():
                combo.addItem(label(self.vocabulary, option), option)
                combo.setItemData(combo.count() - 1, option, Qt.ItemDataRole.ToolTipRole)  # the code, for batch files
            combo.setToolTip(param.toolTip())
            combo.currentIndexChanged.connect(lambda _i: self.widgetValueHasChanged.emit(self))
            return combo

        def setWidgetValue(self, value, context):  # noqa: N802 - QGIS API
            combo = self.wrappedWidget()
            if combo is None:
                return
            options = self.parameterDefinition().options()
            if isinstance(value, (list, tuple)):
                value = value[0] if value else None
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(options):
                value = options[value]
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

        def widgetValue(self):  # noqa: N802 - QGIS API
            combo = self.wrappedWidget()
            return None if combo is None else combo.currentData()

    _WRAPPER.append(LabelledEnumWrapper)
    return LabelledEnumWrapper
