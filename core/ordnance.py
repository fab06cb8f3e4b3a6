"""The ordnance dictionary: one spelling, one model, one category (resources/ordnance/models.csv).

Mine maps and field forms write a model many ways: ``ПМН-2``, ``PMN-2``, ``PMN 2``, ``pmn2``. Every
part of ClearGround that reads a model (the importers, the type-mismatch check, the tally, the
report) goes through this module, so that they agree on what is one model and which category it
implies. Spellings are compared folded (``model_key``): upper case, Cyrillic letters in Latin,
separators dropped. A variant the dictionary does not list (``PMN-3``) takes the category of its
family when the family's models agree on one.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .categories import CATEGORIES

#: The dictionary shipped with the plugin.
DICTIONARY = Path(__file__).resolve().parents[1] / "resources" / "ordnance" / "models.csv"

_CYRILLIC = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Ґ": "G", "Д": "D", "Е": "E", "Ё": "E", "Є": "YE", "Ж": "ZH",
    "З": "Z", "И": "I", "І": "I", "Ї": "YI", "Й": "Y", "К": "K", "Л": "L", "М": "M", "Н": "N", "О": "O",
    "П": "P", "Р": "R", "С": "S", "Т": "T", "У": "U", "Ф": "F", "Х": "KH", "Ц": "TS", "Ч": "CH", "Ш": "SH",
    "Щ": "SHCH", "Ъ": "", "Ы": "Y", "Ь": "", "Э": "E", "Ю": "YU", "Я": "YA",
}
_FOLD = str.maketrans(_CYRILLIC)
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,/\\'\"()]+")


@dataclass(frozen=True)
class Model:
    """One model of the dictionary."""

    name: str
    category: str
    family: str
    origin: str
    spellings: tuple[str, ...]


def model_key(text: object) -> str:
    """A spelling folded for comparison: ``ПМН-2``, ``PMN 2`` and ``pmn2`` all give ``PMN2``."""
    if text is None:
        return ""
    return _SEPARATORS.sub("", str(text).strip().upper().translate(_FOLD))


class Dictionary:
    """The models of one dictionary file, looked up by any spelling."""

    def __init__(self, models: list[Model]):
        self.models = tuple(models)
        self._by_key: dict[str, Model] = {}
        for model in models:
            for spelling in (model.name, *model.spellings):
                key = model_key(spelling)
                other = self._by_key.get(key)
                if other is not None and other is not model:
                    raise ValueError(f"{spelling!r} folds to {key!r}, a spelling of both {other.name} and {model.name}")
                self._by_key[key] = model
        families: dict[str, set[str]] = {}
        for model in models:
            families.setdefault(model_key(model.family), set()).add(model.category)
        #: Families whose models agree on a category (a longer family is tried first).
        self.families = {key: cats.pop() for key, cats in sorted(families.items(), key=lambda kv: -len(kv[0]))
                         if len(cats) == 1 and len(key) >= 2}

    @classmethod
    def read(cls, path: Path) -> Dictionary:
        with open(path, encoding="utf-8", newline="") as handle:
            lines = [line for line in handle if line.strip() and not line.lstrip().startswith("#")]
        models = []
        for row in csv.DictReader(lines):
            category = row["category"].strip().upper()
            if category not in CATEGORIES:
                raise ValueError(f"{path.name}: model {row['model']!r} has the category {category!r}")
            spellings = tuple(s.strip() for s in (row.get("spellings") or "").split("|") if s.strip())
            models.append(Model(row["model"].strip(), category, (row.get("family") or row["model"]).strip(),
                                (row.get("origin") or "").strip(), spellings))
        return cls(models)

    def lookup(self, text: object) -> Model | None:
        """The model a spelling names, or None when the dictionary does not list it."""
        key = model_key(text)
        return self._by_key.get(key) if key else None

    def canonical(self, text: object) -> str | None:
        """The spelling ClearGround writes for a model: the dictionary's name when it lists the model,
        else the text as written (stripped); None for an empty text."""
        if text is None or not str(text).strip():
            return None
        model = self.lookup(text)
        return model.name if model is not None else str(text).strip()

    def category(self, text: object) -> str | None:
        """The category a model implies: its own, else its family's; None when neither is known."""
        key = model_key(text)
        if not key:
            return None
        model = self._by_key.get(key)
        if model is not None:
            return model.category
        for family, category in self.families.items():
            if key.startswith(family) and (len(key) == len(family) or key[len(family)].isdigit()):
                return category
        return None

    def knows(self, text: object) -> bool:
        """Whether a text names a model or a variant of a known family."""
        return self.category(text) is not None


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The shipped dictionary (read once)."""
    return Dictionary.read(DICTIONARY)


def lookup(text: object) -> Model | None:
    return dictionary().lookup(text)


def canonical(text: object) -> str | None:
    return dictionary().canonical(text)


def category_of_model(text: object) -> str | None:
    return dictionary().category(text)


def same_model(a: object, b: object) -> bool:
    """Whether two spellings name one model (a model the dictionary does not list: the same folded text)."""
    return comparison_key(a) == comparison_key(b)


def comparison_key(text: object) -> str:
    """What two spellings of one model share: the dictionary's name folded, else the text folded."""
    model = dictionary().lookup(text)
    return model_key(model.name) if model is not None else model_key(text)
