"""The Processing provider: registers every algorithm module found in processing/algorithms/."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingProvider

from . import algorithms as algorithms_package
from .base import ClearGroundAlgorithm, icon

PROVIDER_ID = "clearground"
MODELS_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"


def algorithm_classes() -> list[type[ClearGroundAlgorithm]]:
    """Every concrete algorithm class, one per module of processing/algorithms/, sorted by id."""
    classes = []
    for info in pkgutil.iter_modules(algorithms_package.__path__):
        module = importlib.import_module(f"{algorithms_package.__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, ClearGroundAlgorithm) and cls.NAME and cls.__module__ == module.__name__:
                classes.append(cls)
    return sorted(classes, key=lambda cls: cls.NAME)


class ClearGroundProvider(QgsProcessingProvider):
    """Provider id 'clearground'."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "ClearGround"

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return "ClearGround mine action"

    def icon(self):
        return icon()

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        for path in sorted(MODELS_DIR.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if model.fromFile(str(path)):
                model.setProvider(self)
                self.addAlgorithm(model)
