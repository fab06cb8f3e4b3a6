"""Which input column holds which field: guessed from names in English, Azerbaijani, Russian and Ukrainian.

Names are one half of the guess; core.columns weighs the columns' contents as well.

A mapping is a dict ``{target: column}``; as text (the FIELD_MAPPING parameter) it is written
``"record_id=Nomre;lat=Enlik"``. Targets are the traverse columns of SCHEMA.md, the coordinate
columns of point tables, and the record attributes of ``minefield_records``.
"""

from __future__ import annotations

import re
import unicodedata

from .text import tr

#: The traverse CSV columns of SCHEMA.md, in order.
TRAVERSE_TARGETS: tuple[str, ...] = (
    "record_id", "point_id", "kind", "from_point", "bearing", "unit", "north", "distance_m", "coord", "crs",
    "category", "model", "count", "spacing_m", "declination_deg",
)
#: Coordinates in two columns, and the number of a mine in its record.
POINT_TARGETS: tuple[str, ...] = ("lat", "lon", "x", "y", "mine_no")
#: Attributes of a minefield record that a file may state.
RECORD_TARGETS: tuple[str, ...] = (
    "source", "district", "laid_date", "record_type", "recorded_ap", "recorded_at", "mine_models",
    "reliability", "notes",
)
#: Never guessed, only chosen: a field whose value, with a sequence number, makes the record id of
#: features that have none (core.minemap.made_record_ids).
ID_TARGETS: tuple[str, ...] = ("id_prefix",)
TARGETS: tuple[str, ...] = TRAVERSE_TARGETS + POINT_TARGETS + RECORD_TARGETS + ID_TARGETS

#: Column-name spellings per target (compared after folding case, accents and punctuation).
ALIASES: dict[str, tuple[str, ...]] = {
    "record_id": ("record_id", "record", "record no", "record number", "minefield", "minefield id", "minefield no",
                  "map", "map no", "form", "mf id", "qeyd", "qeyd nomresi", "xerite", "xerite nomresi",
                  "mina sahesi", "mina sahesi nomresi", "formulyar", "nomre", "формуляр", "номер формуляра",
                  "минное поле", "номер минного поля", "номер", "№ формуляра", "мп", "запись", "зап", "№ записи",
                  "номер записи", "запис", "№ запису", "номер запису", "мінне поле", "формуляр мінного поля",
                  "qeyd no", "qeydiyyat", "record id", "record no."),
    "point_id": ("point_id", "point", "point no", "pt", "noqte", "noqte nomresi", "точка", "номер точки", "№ точки",
                 "точка №"),
    "kind": ("kind", "point kind", "point type", "noqtenin novu", "noqte novu", "вид", "вид точки", "тип точки"),
    "from_point": ("from_point", "from", "from point", "start", "noqteden", "baslangic", "от точки", "от",
                   "исходная точка"),
    "bearing": ("bearing", "azimuth", "direction", "angle", "azimut", "istiqamet", "bucaq", "азимут",
                "дирекционный угол", "угол", "направление"),
    "unit": ("unit", "angle unit", "units", "vahid", "olcu vahidi", "единица", "единицы", "ед изм"),
    "north": ("north", "north reference", "reference north", "simal", "север", "меридиан"),
    "distance_m": ("distance_m", "distance", "dist", "length", "range", "mesafe", "uzunluq m", "расстояние",
                   "дальность", "длина"),
    "coord": ("coord", "coords", "coordinate", "coordinates", "position", "location", "mgrs", "utm",
              "koordinat", "koordinatlar", "координата", "координаты"),
    "crs": ("crs", "srs", "epsg", "projection", "coordinate system", "proyeksiya", "koordinat sistemi",
            "система координат", "проекция"),
    "category": ("category", "device", "device category", "mine category", "mine class", "class", "kateqoriya",
                 "mina novu", "novu", "nov", "категория", "класс", "вид мины", "категорія", "клас", "вид міни",
                 "тип боеприпаса", "тип боєприпасу", "device type"),
    "model": ("model", "mine model", "mine type", "type", "device model", "mina modeli", "modeli", "mina tipi", "tip",
              "модель", "тип мины", "марка", "тип", "марка мины", "тип міни", "марка міни", "modelı"),
    "count": ("count", "number of mines", "mines", "qty", "quantity", "n", "sayi", "say", "mina sayi", "miqdar",
              "количество", "кол во", "количество мин", "число мин", "кількість", "кількість мін"),
    "spacing_m": ("spacing_m", "spacing", "interval", "step", "aralıq", "araliq", "interval m", "шаг",
                  "интервал", "расстояние между минами"),
    "declination_deg": ("declination_deg", "declination", "magnetic declination", "meyl", "maqnit meyli",
                        "склонение", "магнитное склонение"),
    "lat": ("lat", "latitude", "y lat", "lat dd", "enlik", "en", "широта", "шир", "с ш"),
    "lon": ("lon", "long", "lng", "longitude", "x lon", "lon dd", "uzunluq", "долгота", "довгота", "долг", "в д"),
    "x": ("x", "easting", "east", "х", "x sk42", "x gk"),
    "y": ("y", "northing", "north m", "у", "y sk42", "y gk"),
    "mine_no": ("mine_no", "mine", "mine no", "mine number", "mine id", "mina", "mina nomresi", "мина",
                "номер мины", "№ мины", "№ п/п", "п/п", "№ пп", "міна", "номер міни", "№ міни", "sira", "sira no",
                "sira nomresi", "s no", "№"),
    "source": ("source", "document", "reference", "handover", "menbe", "sened", "источник", "документ"),
    "district": ("district", "rayon", "region", "район", "округ", "громада", "oblast", "область"),
    "laid_date": ("laid_date", "date laid", "laid", "date", "installed", "tarix", "qurulma tarixi",
                  "дата установки", "дата", "дата встановлення", "дата минирования", "дата мінування"),
    "record_type": ("record_type", "minefield type", "type of minefield", "sahenin novu", "тип минного поля"),
    "recorded_ap": ("recorded_ap", "ap", "ap mines", "ap count", "piyada eleyhine", "ппм", "пп мин"),
    "recorded_at": ("recorded_at", "at", "at mines", "at count", "tank eleyhine", "птм", "пт мин"),
    "mine_models": ("mine_models", "models", "mine models", "modeller", "модели", "типы мин"),
    "reliability": ("reliability", "confidence", "etibarlilik", "достоверность", "надежность"),
    "notes": ("notes", "note", "remarks", "comment", "comments", "qeydler", "izah", "примечание", "примечания",
              "примітка", "примітки"),
    "id_prefix": (),
}

_FOLD = str.maketrans({"ə": "e", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u", "ё": "е"})
_PUNCT = re.compile(r"[\s_\-./()\[\],:;#]+")


class MappingError(ValueError):
    """A FIELD_MAPPING text that cannot be used."""


def fold(name: str) -> str:
    """A column name compared loosely: lower case, Azerbaijani letters folded, punctuation as spaces."""
    text = unicodedata.normalize("NFC", str(name)).lower().translate(_FOLD)
    return _PUNCT.sub(" ", text).strip()


_FOLDED: dict[str, tuple[str, ...]] = {t: tuple(fold(a) for a in aliases) for t, aliases in ALIASES.items()}


def guess_mapping(columns: list[str] | tuple[str, ...], exclude: frozenset | set = frozenset()) -> dict[str, str]:
    """Guess ``{target: column}`` from column names; each column is used for one target at most.

    ``exclude`` holds ``(target, column)`` pairs not to take (their contents said otherwise)."""
    folded = {col: fold(col) for col in columns}
    mapping: dict[str, str] = {}
    used: set[str] = set()
    # Exact matches first, in target order, then a whole alias word inside a longer column name.
    for target in TARGETS:
        for col in columns:
            if col not in used and (target, col) not in exclude and folded[col] in _FOLDED[target]:
                mapping[target] = col
                used.add(col)
                break
    for target in TARGETS:
        if target in mapping:
            continue
        for col in columns:
            if col in used or (target, col) in exclude:
                continue
            words = f" {folded[col]} "
            if any(len(alias) >= 4 and f" {alias} " in words for alias in _FOLDED[target]):
                mapping[target] = col
                used.add(col)
                break
    return mapping


def parse_mapping(text: str | None, targets: tuple[str, ...] = TARGETS) -> dict[str, str]:
    """Read ``"record_id=Nomre;lat=Enlik"``; ``"lat="`` leaves lat unmapped. Raises MappingError,
    also for a target that is not one of ``targets``."""
    mapping: dict[str, str] = {}
    if not text:
        return mapping
    for part in re.split(r"[;\n]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise MappingError(tr("field mapping '{part}' is not target=column").format(part=part.strip()))
        target, column = (p.strip() for p in part.split("=", 1))
        if target not in targets:
            raise MappingError(tr("field mapping: '{target}' is not a field ClearGround reads (one of: {targets})")
                               .format(target=target, targets=", ".join(targets)))
        mapping[target] = column  # empty: the target is deliberately left unmapped
    return mapping


def format_mapping(mapping: dict[str, str]) -> str:
    """The text form of a mapping, in target order."""
    return ";".join(f"{t}={mapping[t]}" for t in TARGETS if mapping.get(t))


def resolve_mapping(columns: list[str] | tuple[str, ...], text: str | None,
                    guessed: dict[str, str] | None = None, targets: tuple[str, ...] = TARGETS) -> dict[str, str]:
    """The guessed mapping (``guessed``, else guessed from the names) overridden by ``text``; a column
    named in ``text`` must exist, an empty one removes the guess; ``targets`` are the fields read."""
    mapping = dict(guessed) if guessed is not None else guess_mapping(columns)
    explicit = parse_mapping(text, targets)
    by_fold = {fold(c): c for c in columns}
    for target, column in explicit.items():
        if not column:
            mapping.pop(target, None)
            continue
        actual = column if column in columns else by_fold.get(fold(column))
        if actual is None:
            raise MappingError(tr("field mapping: the input has no column '{column}' (for {target}); its columns are: "
                                  "{columns}").format(column=column, target=target, columns=", ".join(columns)))
        for other, col in list(mapping.items()):
            if col == actual and other != target:
                del mapping[other]
        mapping[target] = actual
    return mapping
