"""Which column of a field report holds which field of a find or a hazard area: by name, then by values.

Names are compared folded (core.fieldmap.fold) against the spellings below, in English, Azerbaijani,
Russian and Ukrainian. Then the values speak (core.columns.content_targets): a column named ``Type``
that holds device categories is the category, one that holds known models the model, one of dates
the date, one of coordinate texts the position; a column no name claims takes what its values say.
FIELD_MAPPING (``find_id=Nomre;found_date=Tarix``) overrides both; ``target=`` leaves a target unmapped.
"""

from __future__ import annotations

from .columns import content_targets
from .fieldmap import ALIASES, fold, resolve_mapping
from .text import tr

FIND_ALIASES: dict[str, tuple[str, ...]] = {
    "find_id": ("find_id", "find id", "find no", "find number", "id", "item id", "no", "номер находки",
                "№ находки", "id находки", "находка", "tapinti", "tapinti nomresi", "tapinti no", "знахідка",
                "номер знахідки", "№ знахідки", "номер", "№", "nomre", "name", "waypoint"),
    "found_date": ("found_date", "date found", "find date", "date", "found", "found on", "дата", "дата находки",
                   "дата обнаружения", "tarix", "tapilma tarixi", "askarlanma tarixi", "дата знахідки",
                   "дата виявлення", "time"),
    "category": ALIASES["category"] + ("вид", "вид боеприпаса", "тип во", "вид во"),
    "model": ALIASES["model"] + ("desc", "description", "описание", "tesvir", "опис"),
    "quantity": ("quantity", "qty", "count", "number", "pcs", "n", "количество", "кол во", "шт", "miqdar", "say",
                 "sayi", "кількість"),
    "depth_cm": ("depth_cm", "depth", "depth cm", "глубина", "глубина см", "derinlik", "derinlik sm", "глибина",
                 "глибина см"),
    "team": ("team", "team id", "team no", "команда", "группа", "расчет", "расчёт", "отделение", "qrup", "komanda",
             "heyet", "група", "бригада"),
    "sector_id": ("sector_id", "sector", "box", "lane", "сектор", "участок", "sektor", "sahe", "ділянка"),
    "uuid": ("uuid", "guid", "globalid", "global id"),
    "photo": ("photo", "photos", "picture", "image", "фото", "foto", "sekil", "світлина"),
    "coord": ALIASES["coord"],
    "lat": ALIASES["lat"],
    "lon": ALIASES["lon"],
    "x": ALIASES["x"],
    "y": ALIASES["y"],
    "crs": ALIASES["crs"],
}

HAZARD_ALIASES: dict[str, tuple[str, ...]] = {
    "hazard_id": ("hazard_id", "hazard id", "hazard", "hazard no", "area id", "id", "sha id", "cha id", "name",
                  "номер", "№", "опасный район", "номер района", "номер опасного района", "ор", "tehlukeli erazi",
                  "erazi", "erazi nomresi", "nomre", "небезпечна ділянка", "номер ділянки"),
    "classification": ("classification", "class", "type", "hazard type", "category", "sha cha", "тип", "класс",
                       "классификация", "вид", "novu", "tip", "tesnifat", "класифікація", "тип району"),
    "status": ("status", "state", "статус", "состояние", "veziyyet", "стан"),
    "record_id": ALIASES["record_id"],
    "district": ALIASES["district"],
    "evidence": ("evidence", "evidence text", "notes", "remarks", "comment", "description", "desc", "основание",
                 "признаки", "доказательства", "описание", "примечание", "subut", "esas", "sübut", "izah",
                 "докази", "ознаки", "опис", "примітка"),
}

_VALUE_TARGETS = {"category": "category", "model": "model", "laid_date": "found_date", "coord": "coord"}

def guess_report_columns(columns: list[str], data: list[list[str]] | None, aliases: dict[str, tuple[str, ...]]
                         ) -> tuple[dict[str, str], dict[str, str]]:
    """``({target: column}, {target: why})`` for a report's columns (column-major ``data``)."""
    folded = {c: fold(c) for c in columns}
    names = {t: tuple(fold(a) for a in spellings) for t, spellings in aliases.items()}
    mapping: dict[str, str] = {}
    why: dict[str, str] = {}
    # a column empty in every row holds nothing to map (LIBKML adds an empty ``id`` beside ``Name``)
    used: set[str] = set() if data is None else {
        c for c, values in zip(columns, data) if not any(v is not None and str(v).strip() for v in values)}
    for target, spellings in names.items():  # exact names, in target order
        for column in columns:
            if column not in used and folded[column] in spellings:
                mapping[target], why[target] = column, tr("by its name '{column}'").format(column=column)
                used.add(column)
                break
    for target, spellings in names.items():  # an alias word inside a longer name
        if target in mapping:
            continue
        for column in columns:
            words = f" {folded[column]} "
            if column not in used and any(len(a) >= 4 and f" {a} " in words for a in spellings):
                mapping[target], why[target] = column, tr("by its name '{column}'").format(column=column)
                used.add(column)
                break
    if data is None or "found_date" not in aliases:
        return mapping, why
    says = {c: content_targets(values) for c, values in zip(columns, data)}
    for target, column in list(mapping.items()):  # a name whose values say another of the judged targets
        decided = [_VALUE_TARGETS[t] for t in says[column] if t in _VALUE_TARGETS]
        if target in _VALUE_TARGETS.values() and decided and target not in decided:
            other = decided[0]
            if other not in mapping:
                del mapping[target]
                mapping[other] = column
                why[other] = tr("by its values, not its name: {why}").format(
                    why=next(w for t, w in says[column].items() if _VALUE_TARGETS.get(t) == other))
                why.pop(target, None)
    for column in columns:  # a column no name claims: what its values say
        if column in mapping.values():
            continue
        for value_target, reason in says[column].items():
            target = _VALUE_TARGETS.get(value_target)
            if target and target not in mapping:
                mapping[target], why[target] = column, tr("by its values: {why}").format(why=reason)
                break
    return mapping, why

def resolve_report_mapping(columns: list[str], text: str | None, guessed: dict[str, str],
                           aliases: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """The guessed mapping overridden by FIELD_MAPPING ``text`` (the mine-map import's rule, over the
    report's targets); raises MappingError naming the problem."""
    return resolve_mapping(columns, text, guessed, tuple(aliases))
