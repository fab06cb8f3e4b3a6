"""Number boxes that take their default and range from an algorithm's own parameter."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QWidget

#: Shown as the largest value where a parameter sets none.
_OPEN_MAXIMUM = 1_000_000.0


def parameter_spin(algorithm_id: str, name: str, suffix: str = "", parent: QWidget | None = None,
                   decimals: int = 1) -> QDoubleSpinBox:
    """A QDoubleSpinBox set to the default, minimum and maximum of ``name`` of ``algorithm_id``.

    The panels and the toolbox then offer the same defaults, written once in the algorithm.
    """
    algorithm = _algorithm(algorithm_id)  # owns the definition: kept alive while it is read
    definition = algorithm.parameterDefinition(name)
    minimum, maximum, default = definition.minimum(), definition.maximum(), float(definition.defaultValue())
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(decimals)
    spin.setRange(minimum, maximum if maximum < 1e300 else _OPEN_MAXIMUM)
    spin.setValue(default)
    spin.setSuffix(suffix)
    return spin


def _algorithm(algorithm_id: str):
    """The registered algorithm, else a fresh instance of its class (before the provider is registered)."""
    registered = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if registered is not None:
        return registered
    from ..processing.provider import algorithm_classes

    name = algorithm_id.split(":", 1)[-1]
    algorithm = next(cls for cls in algorithm_classes() if cls.NAME == name)()
    algorithm.initAlgorithm({})
    return algorithm
