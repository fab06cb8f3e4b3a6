"""Latitudes and longitudes as people write them: the text read into numbers, or refused with why.

One tokenizer serves a whole coordinate ("40°01'12.3\" с.ш. 46°55'30\" в.д.") and one axis of a
table ("- 40.020083"). Every character must belong to a number, a mark (° ' "), a hemisphere
(N S E W in Latin, Cyrillic or Azerbaijani abbreviations and words), an axis label (lat, lon) or a
separator; anything else, such as the second point of "40.0.1", refuses the text. A minus sign may
be followed by a space ("- 40.02" is -40.02). Compact DMS ("400112N", "0465530E") is read when a
hemisphere or label says which axis it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import CoordError, OutOfRangeError
from .text import tr

#: Characters people use for the marks, and minus signs and spaces of other alphabets.
_MARKS = str.maketrans({
    "º": "°", "˚": "°", "⁰": "°", "′": "'", "’": "'", "‘": "'", "´": "'", "`": "'", "″": '"', "”": '"',
    "“": '"', "−": "-", "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ", "\t": " ",
})
_LETTER = "A-ZА-ЯЁƏĞİÖŞÜÇ"
#: Hemisphere abbreviations and words (after upper-casing), longest first: Russian, Ukrainian,
#: Azerbaijani, English.
_HEMISPHERES = [(re.compile(pattern), letter) for pattern, letter in (
    (r"СЕВЕРН\w*\s+ШИРОТ\w*|С\.\s*Ш\.?|СШ", "N"), (r"ЮЖН\w*\s+ШИРОТ\w*|Ю\.\s*Ш\.?|ЮШ", "S"),
    (r"ВОСТОЧН\w*\s+ДОЛГОТ\w*|В\.\s*Д\.?|ВД", "E"), (r"ЗАПАДН\w*\s+ДОЛГОТ\w*|З\.\s*Д\.?|ЗД", "W"),
    (r"ПН\.\s*Ш\.?|ПНШ", "N"), (r"ПД\.\s*Ш\.?|ПДШ", "S"), (r"СХ\.\s*Д\.?|СХД", "E"), (r"ЗХ\.\s*Д\.?|ЗХД", "W"),
    (r"ŞIMAL\s+ENLIYI|Ş\.\s*E\.?|ŞE", "N"), (r"CƏNUB\s+ENLIYI|C\.\s*E\.?", "S"),
    (r"ŞƏRQ\s+UZUNLU[GĞ]U|Ş\.\s*U\.?|ŞU", "E"), (r"QƏRB\s+UZUNLU[GĞ]U|Q\.\s*U\.?", "W"),
    (r"NORTH|СЕВЕР|ПІВНІЧ|ŞIMAL", "N"), (r"SOUTH|ЮГ|ПІВДЕНЬ|CƏNUB", "S"),
    (r"EAST|ВОСТОК|СХІД|ŞƏRQ", "E"), (r"WEST|ЗАПАД|ЗАХІД|QƏRB", "W"),
    (r"С", "N"), (r"Ю", "S"), (r"В", "E"), (r"З", "W"),
)]
_AXES = re.compile(rf"(?<![{_LETTER}])(LATITUDE|LAT|ШИРОТА|ШИР|ENLIK|LONGITUDE|LONG|LON|LNG|ДОЛГОТА|ДОЛГ|UZUNLUQ)"
                   rf"(?![{_LETTER}])\.?\s*[:=]?")
_LAT_LABELS = frozenset({"LATITUDE", "LAT", "ШИРОТА", "ШИР", "ENLIK"})
#: Degrees-minutes-seconds joined by hyphens: "40-01-12.3N", "46-55E".
_HYPHEN_DMS = re.compile(r"(?<![\d.,])(\d{1,3})-(\d{1,2}(?:[.,]\d+)?)(?:-(\d{1,2}(?:[.,]\d+)?))?"
                         r"(?=\s*[NSEW]|\s*$|\s*[,;/])")
_TOKEN = re.compile(
    r"(?P<ws>\s+)|(?P<sep>[,;/])|(?P<bracket>[()\[\]{}])|(?P<axis>@[AO])"
    r"|(?P<sign>[-+])\s*(?=\d)"
    r"|(?P<num>\d+(?:[.,]\d+)?)\s*(?P<sym>°|''|'|\"|D(?![A-Z])|M(?![A-Z]))?"
    r"|(?P<hem>[NSEW])(?![A-Z])"
)


@dataclass
class Number:
    """One number as written: its value, mark ('°', "'", '"' or ''), digits and sign (-1, +1, 0 unsigned)."""

    value: float
    mark: str
    text: str
    sign: int = 0


@dataclass
class Half:
    """The numbers of one axis, with the hemisphere letter and axis label that came with them."""

    numbers: list[Number]
    hemisphere: str = ""
    axis: str = ""  # "lat", "lon" or "" from a label


def normalise(raw: str) -> str:
    """Upper case, one kind of each mark, hemispheres as N S E W, axis labels as @A (lat) / @O (lon)."""
    s = " ".join(raw.translate(_MARKS).upper().split())
    s = _AXES.sub(lambda m: " @A " if m.group(1) in _LAT_LABELS else " @O ", s)
    for pattern, letter in _HEMISPHERES:
        s = re.sub(rf"(?<![{_LETTER}]){pattern.pattern}(?![{_LETTER}])", f" {letter} ", s)
    return " ".join(s.split())


def tokens(s: str, raw: str) -> list:
    """The normalised text as tokens: Number, ('hem', L), ('axis', a), ('sep',); refuses stray characters."""
    s = _HYPHEN_DMS.sub(lambda m: " ".join(g for g in m.groups() if g), s)
    s = re.sub(r"(\d+M\s*\d+(?:[.,]\d+)?)\s*S(?![A-Z])", r'\1"', s)  # "01m12.3s": seconds, not south
    out: list = []
    pos = 0
    sign = 0
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None:
            raise CoordError(tr("'{text}' is not a coordinate: '{part}' cannot be read").format(
                text=raw, part=_as_written(_word_at(s, pos), raw)))
        pos = m.end()
        if m.group("sign"):
            sign = -1 if m.group("sign") == "-" else 1
        elif m.group("num"):
            text = m.group("num")
            if pos < len(s) and s[pos] == "." and s[pos - 1].isdigit():  # "40.0.1", "40..5"
                raise CoordError(tr("'{text}' is not a coordinate: '{part}' cannot be read").format(
                    text=raw, part=_as_written(_word_at(s, m.start()), raw)))
            mark = {"D": "°", "M": "'", "S": '"', "''": '"'}.get(m.group("sym") or "", m.group("sym") or "")
            out.append(Number(float(text.replace(",", ".")), mark, text, sign))
            sign = 0
        elif m.group("hem"):
            out.append(("hem", m.group("hem")))
        elif m.group("axis"):
            out.append(("axis", "lat" if m.group("axis") == "@A" else "lon"))
        elif m.group("sep"):
            out.append(("sep",))
        if sign and not m.group("sign"):
            raise CoordError(tr("'{text}': a sign must stand before a number").format(text=raw))
    if sign:
        raise CoordError(tr("'{text}': a sign must stand before a number").format(text=raw))
    _check_separators(out, raw)
    return out


def _word_at(s: str, pos: int) -> str:
    """The text from ``pos`` to the next space (what to show of a part that cannot be read)."""
    end = s.find(" ", pos + 1)
    return s[pos:end if end > 0 else len(s)][:20]


def _as_written(part: str, raw: str) -> str:
    """``part`` of the normalised text as the raw text writes it (its case), where it can be found."""
    at = raw.upper().find(part)
    return raw[at:at + len(part)] if at >= 0 else part


def _check_separators(out: list, raw: str) -> None:
    """A number right after a number with no mark between digits: '40..5' or '40.0.1' were caught
    by the tokenizer; here two separators in a row or a separator at an end refuse the text."""
    kinds = ["sep" if isinstance(t, tuple) and t[0] == "sep" else "x" for t in out]
    text = "".join(kinds)
    if "sepsep" in text or (kinds and (kinds[0] == "sep" or kinds[-1] == "sep")):
        raise CoordError(tr("'{text}' has a separator with nothing on one side").format(text=raw))


def halves(items: list, raw: str, single: bool = False) -> list[Half]:
    """Split tokens into the halves they describe (one or two), by separator, hemisphere, label,
    degree marks or count, in that order; ``single``: the tokens are one axis only."""
    if single:
        return [_half(items, raw)]
    seps = [i for i, t in enumerate(items) if isinstance(t, tuple) and t[0] == "sep"]
    if len(seps) == 1:
        parts = [items[:seps[0]], items[seps[0] + 1:]]
    elif len(seps) > 1:
        raise CoordError(tr("'{text}' does not split into a latitude and a longitude").format(text=raw))
    else:
        parts = _split_unseparated(items, raw)
    return [_half(part, raw) for part in parts]


def _split_unseparated(items: list, raw: str) -> list[list]:
    marks = [i for i, t in enumerate(items) if isinstance(t, tuple)]
    hems = [i for i in marks if items[i][0] == "hem"]
    axes = [i for i in marks if items[i][0] == "axis"]
    numbers = [i for i, t in enumerate(items) if isinstance(t, Number)]
    if not numbers:
        return [items]
    labels = hems if len(hems) == 2 else axes if len(axes) == 2 else []
    if labels:
        if labels[0] <= numbers[0]:  # N40 01 12 E46 55 30, lat 40.02 lon 46.92
            return [items[:labels[1]], items[labels[1]:]]
        if labels[1] == len(items) - 1:  # 40 01 12 N 46 55 30 E
            return [items[:labels[0] + 1], items[labels[0] + 1:]]
        raise CoordError(tr("'{text}': cannot tell which numbers belong to which hemisphere").format(text=raw))
    if len(hems) == 1 and hems[0] not in (0, len(items) - 1):
        return [items[:hems[0] + 1], items[hems[0] + 1:]] if hems[0] > numbers[0] else \
            [items[:hems[0]], items[hems[0]:]]
    degrees = [i for i in numbers if items[i].mark == "°"]
    if len(degrees) == 2:
        cut = degrees[1]
        while cut > 0 and isinstance(items[cut - 1], tuple) and items[cut - 1][0] != "sep":
            cut -= 1
        return [items[:cut], items[cut:]]
    if len(numbers) % 2 == 0 and 2 <= len(numbers) <= 6:
        cut = numbers[len(numbers) // 2]
        return [items[:cut], items[cut:]]
    if len(numbers) == 1 or len(hems) == 1 and len(numbers) <= 3:
        return [items]
    raise CoordError(tr("'{text}' does not split into a latitude and a longitude").format(text=raw))


def _half(part: list, raw: str) -> Half:
    numbers = [t for t in part if isinstance(t, Number)]
    hems = [t[1] for t in part if isinstance(t, tuple) and t[0] == "hem"]
    axes = [t[1] for t in part if isinstance(t, tuple) and t[0] == "axis"]
    inner = [i for i, t in enumerate(part) if isinstance(t, tuple) and t[0] in ("hem", "axis")
             and 0 < i < len(part) - 1 and not (t[0] == "axis" and i == 0)]
    if inner and any(isinstance(t, Number) for t in part[:inner[0]]):
        raise CoordError(tr("'{text}': a hemisphere letter or label must stand before or after the numbers").format(
            text=raw))
    if len(hems) > 1 or len(axes) > 1:
        raise CoordError(tr("'{text}': one part has two hemisphere letters or labels").format(text=raw))
    if not 1 <= len(numbers) <= 3:
        raise CoordError(tr("'{text}' does not split into a latitude and a longitude").format(text=raw))
    if any(n.sign for n in numbers[1:]):
        raise CoordError(tr("'{text}': a sign may stand only before the degrees").format(text=raw))
    hemisphere = hems[0] if hems else ""
    axis = axes[0] if axes else ""
    if hemisphere and axis and (hemisphere in "NS") != (axis == "lat"):
        raise CoordError(tr("'{text}': the hemisphere letter {letter} does not belong to a {axis}").format(
            text=raw, letter=hemisphere, axis=axis_name(axis)))
    if not axis and hemisphere:
        axis = "lat" if hemisphere in ("N", "S") else "lon"
    return Half(numbers, hemisphere, axis)


def value(half: Half, axis: str, raw: str) -> float:
    """Decimal degrees of one half read as ``axis`` ('lat' or 'lon'), checked against its range."""
    numbers = list(half.numbers)
    if len(numbers) == 1 and not numbers[0].mark and (half.hemisphere or half.axis):
        numbers = _compact(numbers[0], axis, raw)
    degrees = numbers[0]
    parts = [n.value for n in numbers]
    if len(parts) > 1:
        if degrees.value != int(degrees.value):
            raise CoordError(tr("'{text}': degrees with a fraction cannot be followed by minutes").format(text=raw))
        if len(parts) == 3 and parts[1] != int(parts[1]):
            raise CoordError(tr("'{text}': minutes with a fraction cannot be followed by seconds").format(text=raw))
        if any(v >= 60 for v in parts[1:]):
            raise CoordError(tr("'{text}': minutes and seconds must be between 0 and 60").format(text=raw))
    marks = [n.mark for n in numbers if n.mark]
    if marks and marks != sorted(marks, key="°'\"".index) or len(set(marks)) < len(marks):
        raise CoordError(tr("'{text}': the marks ° ' \" are out of order").format(text=raw))
    magnitude = sum(v / 60.0 ** i for i, v in enumerate(parts))
    sign = -1.0 if degrees.sign < 0 else 1.0
    if half.hemisphere in ("S", "W"):
        sign = -1.0
    elif half.hemisphere and degrees.sign < 0:
        raise CoordError(tr("'{text}': a minus sign and the hemisphere {letter} contradict each other").format(
            text=raw, letter=half.hemisphere))
    limit = 90.0 if axis == "lat" else 180.0
    if magnitude > limit:
        raise OutOfRangeError(tr("{axis} {value:g} in '{text}' is beyond ±{limit:g}").format(
            axis=axis_name(axis), value=sign * magnitude, text=raw, limit=limit))
    return sign * magnitude


def _compact(number: Number, axis: str, raw: str) -> list[Number]:
    """DDMMSS[.s] / DDDMMSS[.s] (or DDMM / DDDMM) written without marks, as degrees, minutes, seconds."""
    whole, _, fraction = number.text.replace(",", ".").partition(".")
    if len(whole) < 4:  # degrees have at most three digits before the point
        return [number]
    width = 3 if axis == "lon" and len(whole) in (5, 7) else 2
    if len(whole) - width not in (2, 4):
        raise CoordError(tr("'{text}': {digits} is neither degrees nor compact degrees-minutes-seconds").format(
            text=raw, digits=number.text))
    degrees, rest = whole[:width], whole[width:]
    tail = "." + fraction if fraction else ""
    fields = [degrees, rest[:2] + (tail if len(rest) == 2 else "")]
    if len(rest) == 4:
        fields.append(rest[2:] + tail)
    return [Number(float(f), m, f, number.sign if k == 0 else 0) for k, (f, m) in enumerate(zip(fields, "°'\""))]


def is_compact(half: Half) -> bool:
    """Whether the half is compact DMS (one number beyond any degree, with a hemisphere or label)."""
    return len(half.numbers) == 1 and not half.numbers[0].mark and bool(half.hemisphere or half.axis) \
        and half.numbers[0].value > 180


def latitude_text(value: float) -> str:
    """A latitude in whole degrees with its hemisphere: '40°N', '72°S', '0°'."""
    return f"{abs(value):.0f}°" + ("" if round(value) == 0 else "N" if value > 0 else "S")


def axis_name(axis: str) -> str:
    return tr("latitude") if axis == "lat" else tr("longitude")
