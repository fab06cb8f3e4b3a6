"""Which column holds which field, judged by its name and by its values.

Names alone mislead: ``Type`` may hold categories (AP, AT) or models (PMN-2), ``номер`` a record or a
mine number. So each column's values are read as well (a sample of them):

- a column of device categories is the ``category`` (core.categories), one of known mine models the
  ``model`` (core.ordnance);
- coordinate texts are the ``coord`` column, and say their notation (decimal degrees, DMS, UTM, MGRS,
  SK-42); dates are the ``laid_date``;
- values that repeat in runs (each value on consecutive rows) are record ids, and small whole
  numbers that no record repeats are mine numbers (not for polygon files, where a row is a record).

A name guess whose column's values say something else is dropped and the names guessed again
without it; a column no name claims takes what its values say. Two columns whose values both claim
a field and whose names decide nothing compete: the first is taken and the competition is kept, for
the import dialog to ask and the log to say. Every guess carries sample values and why it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import coords, ordnance
from .categories import normalize_category
from .dates import parse_date
from .errors import CoordError
from .fieldmap import ALIASES, guess_mapping
from .text import tr
from .traverse import normalize_kind

#: Values of a column read to judge it.
SAMPLE = 2000
#: The share of a column's values that must fit for its values to decide.
DECIDING_SHARE = 0.9
#: The largest number read as a mine's number within its record.
MAX_MINE_NO = 100_000
#: Targets whose values can be judged, and so whose name guess the values may overrule.
JUDGED: tuple[str, ...] = ("category", "model", "laid_date", "coord", "kind", "record_id", "mine_no")
NOTATION_LABELS = {"dd": "decimal degrees", "dms": "degrees, minutes and seconds", "utm": "UTM", "mgrs": "MGRS",
                   "sk42": "SK-42 Gauss-Kruger", "xy": "projected x y"}


@dataclass
class Guess:
    """One column taken for one target, with sample values and why."""

    target: str
    column: str
    why: str
    samples: tuple[str, ...]
    by_name: bool
    by_content: bool


@dataclass
class Competition:
    """Columns whose values all claim one target; ``chosen`` was taken."""

    target: str
    columns: tuple[str, ...]
    chosen: str

    def describe(self) -> str:
        return tr("columns {columns} all look like {target}; {chosen} was taken: choose in the field mapping "
                  "(e.g. {target}={other})").format(columns=", ".join(f"'{c}'" for c in self.columns),
                                                    target=self.target, chosen=f"'{self.chosen}'",
                                                    other=self.columns[-1])


@dataclass
class ColumnGuess:
    mapping: dict[str, str]
    guesses: dict[str, Guess] = field(default_factory=dict)
    competitions: list[Competition] = field(default_factory=list)
    #: Name guesses the values overruled: (target, column, why).
    overruled: list[tuple[str, str, str]] = field(default_factory=list)
    samples: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class _Profile:
    """What a column's values say: target -> (strength, why); strength 2 decides, 1 supports."""

    says: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def deciding(self) -> set[str]:
        return {t for t, (strength, _) in self.says.items() if strength >= 2}


def guess_columns(columns: list[str] | tuple[str, ...], data: list[list[str]] | None,
                  polygons: bool = False) -> ColumnGuess:
    """The mapping ``{target: column}`` from names and values (``data``: the column-major texts)."""
    columns = list(columns)
    if data is None:
        mapping = guess_mapping(columns)
        return ColumnGuess(mapping, {t: Guess(t, c, _name_why(c), (), True, False) for t, c in mapping.items()})
    samples = {c: _sample(values) for c, values in zip(columns, data)}
    profiles = {c: _profile(samples[c]) for c in columns}
    heads = {c: [("" if v is None else str(v).strip()) for v in values[:SAMPLE * 2]]
             for c, values in zip(columns, data)}
    if not polygons:
        for c in columns:
            if profiles[c].deciding:
                continue
            runs = _runs(heads[c])
            if runs is not None:
                profiles[c].says["record_id"] = (2, runs)
    excluded: set[tuple[str, str]] = set()
    overruled: list[tuple[str, str, str]] = []
    mapping = guess_mapping(columns)
    for _ in range(len(columns) + 1):
        vetoes = []
        for target, column in mapping.items():
            why = _veto(target, column, profiles, mapping, heads, polygons)
            if why:
                vetoes.append((target, column, why))
        if not vetoes:
            break
        for target, column, why in vetoes:
            excluded.add((target, column))
            overruled.append((target, column, why))
        mapping = guess_mapping(columns, frozenset(excluded))
    guesses = {t: Guess(t, c, _agreeing_why(c, t, profiles[c]), samples[c][:5], True, t in profiles[c].says)
               for t, c in mapping.items()}
    competitions: list[Competition] = []
    free = [c for c in columns if c not in mapping.values()]
    order = ("category", "model", "laid_date", "coord", "kind", "record_id")
    for target in order:
        if target in mapping:
            continue
        claims = [c for c in free if target in profiles[c].deciding]
        if not claims:
            continue
        chosen = claims[0]
        mapping[target] = chosen
        free.remove(chosen)
        guesses[target] = Guess(target, chosen, profiles[chosen].says[target][1], samples[chosen][:5], False, True)
        if len(claims) > 1:
            competitions.append(Competition(target, tuple(claims), chosen))
    if not polygons and "mine_no" not in mapping:
        group = heads.get(mapping.get("record_id", ""))
        claims = [(score, c, why) for c in free if (found := _mine_numbers(heads[c], group)) is not None
                  for score, why in [found]]
        if claims:
            best = max(score for score, _, _ in claims)
            top = [(c, why) for score, c, why in claims if score == best]
            chosen, why = top[0]
            mapping["mine_no"] = chosen
            guesses["mine_no"] = Guess("mine_no", chosen, why, samples[chosen][:5], False, True)
            if len(top) > 1:
                competitions.append(Competition("mine_no", tuple(c for c, _ in top), chosen))
    for target, column in mapping.items():  # the name guesses whose values agree say so
        if target in guesses:
            continue
        guesses[target] = Guess(target, column, _name_why(column), samples[column][:5], True, False)
    return ColumnGuess(mapping, guesses, competitions, overruled, samples)


def _name_why(column: str) -> str:
    return tr("by its name '{column}'").format(column=column)


def _agreeing_why(column: str, target: str, profile: _Profile) -> str:
    if target in profile.says:
        return tr("by its name '{column}' and its values: {why}").format(column=column, why=profile.says[target][1])
    return _name_why(column)


def _sample(values: list) -> tuple[str, ...]:
    out = []
    for v in values:
        text = "" if v is None else str(v).strip()
        if text:
            out.append(text)
            if len(out) >= SAMPLE:
                break
    return tuple(out)


def _share(values: tuple[str, ...], test) -> tuple[int, list]:
    """How many distinct values pass ``test`` (counted over all values), and the results."""
    results = {}
    for v in set(values):
        try:
            results[v] = test(v)
        except (CoordError, ValueError, TypeError):
            results[v] = None
    passed = sum(1 for v in values if results[v] is not None)
    return passed, [results[v] for v in dict.fromkeys(values) if results[v] is not None]


def _profile(values: tuple[str, ...]) -> _Profile:
    profile = _Profile()
    n = len(values)
    if n == 0:
        return profile
    need = max(1, int(DECIDING_SHARE * n + 0.999999))
    cats, found = _share(values, normalize_category)
    if cats >= need:
        profile.says["category"] = (2, tr("{n} of {total} values are device categories ({examples})").format(
            n=cats, total=n, examples=", ".join(sorted(set(found))[:4])))
        return profile
    models, found = _share(values, lambda v: ordnance.category_of_model(v) and v)
    if models >= need:
        profile.says["model"] = (2, tr("{n} of {total} values are known mine models ({examples})").format(
            n=models, total=n, examples=", ".join(list(dict.fromkeys(found))[:4])))
        return profile
    kinds, _ = _share(values, normalize_kind)
    if kinds >= need:
        profile.says["kind"] = (2, tr("{n} of {total} values are point kinds").format(n=kinds, total=n))
        return profile
    dates, _ = _share(values, parse_date)
    if dates >= need:
        profile.says["laid_date"] = (2, tr("{n} of {total} values are dates").format(n=dates, total=n))
        return profile
    if any(not _number(v) for v in values[:50]):
        parsed, found = _share(values, lambda v: coords.parse_coord(v, coords.WGS84).notation)
        if parsed >= need:
            notations = [tr(NOTATION_LABELS[x]) if x in NOTATION_LABELS else x for x in dict.fromkeys(found)]
            profile.says["coord"] = (2, tr("{n} of {total} values are coordinates ({notations})").format(
                n=parsed, total=n, notations=", ".join(notations)))
            return profile
    for axis in ("lat", "lon"):
        read, _ = _share(values, lambda v, axis=axis: coords.parse_angle_coordinate(v, axis))
        if read >= need:
            profile.says[axis] = (1, tr("{n} of {total} values read as a {axis}").format(n=read, total=n, axis=axis))
    return profile


def _number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def _runs(values: list[str]) -> str | None:
    """Why a column's values look like record ids (each value on consecutive rows, repeated), or None."""
    filled = [v for v in values if v]
    if len(filled) < 4 or len(filled) < 0.9 * len(values):
        return None
    runs = 1 + sum(1 for a, b in zip(filled, filled[1:]) if a != b)
    distinct = len(set(filled))
    if distinct == len(filled) or runs > distinct or len(filled) < 2 * runs:
        return None
    return tr("its values repeat in runs ({distinct} values in {runs} runs over {n} rows)").format(
        distinct=distinct, runs=runs, n=len(filled))


def _mine_numbers(values: list[str], group: list[str] | None) -> tuple[int, str] | None:
    """(score, why) when a column holds small whole numbers that no record repeats, else None; the
    score is 2 when the numbers start again in each record, 1 when they are unique in the whole file."""
    pairs = [(g, v) for g, v in zip(group if group is not None else [""] * len(values), values) if v]
    if len(pairs) < 2 or len(pairs) < 0.9 * len(values):
        return None
    for _, v in pairs:
        if not v.isdigit() or int(v) > MAX_MINE_NO:
            return None
    if len(set(pairs)) != len(pairs):
        return None
    numbers = [v for _, v in pairs]
    repeats = len(set(numbers)) < len(numbers)
    if repeats:
        return 2, tr("small whole numbers, none repeated within a record")
    return 1, tr("small whole numbers, none repeated")


def _veto(target: str, column: str, profiles: dict[str, _Profile], mapping: dict[str, str],
          heads: dict[str, list[str]], polygons: bool) -> str | None:
    """Why a name guess is overruled by the values, or None."""
    if target not in JUDGED:
        return None
    profile = profiles[column]
    deciding = profile.deciding
    if target == "mine_no":
        if deciding - {"record_id"}:
            return profile.says[sorted(deciding - {"record_id"})[0]][1]
        return None
    if target == "record_id":
        if deciding - {"record_id"}:
            other = sorted(deciding - {"record_id"})[0]
            return profile.says[other][1]
        if polygons or "record_id" in deciding:
            return None
        rivals = [c for c, p in profiles.items() if c != column and "record_id" in p.deciding
                  and c not in mapping.values()]
        if rivals:
            return tr("its values do not repeat in runs, and those of '{rival}' do").format(rival=rivals[0])
        return None
    if deciding and target not in deciding:
        return profile.says[sorted(deciding)[0]][1]
    return None


def aliases_of(target: str) -> tuple[str, ...]:
    """The column names a target is known by (for help texts)."""
    return ALIASES.get(target, ())


def content_targets(values: list | tuple) -> dict[str, str]:
    """What a column's values alone decide (target -> why): ``category``, ``model``, ``kind``,
    ``laid_date`` (dates) or ``coord``; empty when they decide nothing. For importers other than the
    mine-map one, which weigh names their own way."""
    profile = _profile(_sample(list(values)))
    return {target: why for target, (strength, why) in profile.says.items() if strength >= 2}
