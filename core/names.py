"""Place names as people write them, matched to the names of a reference layer (districts).

"Aghdam", "Ağdam rayonu", "Агдам район" and "Agdam District" are one district. A name is matched
to a reference name when both read the same once folded: case, diacritics, Cyrillic letters and
the usual transliteration variants (gh/g, kh/x, dzh/c, sh/ş ...) aside, and a trailing "District",
"rayonu", "район" dropped. When that finds nothing, a name may still match on its consonants
(Zəngilan, Zangilan), but only when exactly one reference name has them. A name that matches
several reference names, or none, is left as it was written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

#: Words after a district's name that say it is a district (in the languages of the records).
DISTRICT_WORDS: tuple[str, ...] = (
    "district", "rayonu", "rayon", "rayonı", "raion", "region", "район", "р-н", "районы", "rn",
)
#: Words after a town's name that say it is a town: dropped only when the name matches nothing else.
CITY_WORDS: tuple[str, ...] = ("city", "şəhəri", "şəhər", "seheri", "город", "г")
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "e", "ғ": "gh", "һ": "h",
    "ҹ": "c", "ү": "u", "ө": "o", "ҝ": "g", "ј": "y",
}
#: Letters NFKD does not take apart.
_LATIN = {"ə": "e", "ı": "i", "ł": "l", "ø": "o", "ß": "ss", "ʼ": "", "'": "", "’": "", "`": ""}
#: Transliteration variants, longest first, written the way Azerbaijani Latin writes the sound.
_VARIANTS = (("dzh", "c"), ("dj", "c"), ("zh", "j"), ("kh", "x"), ("gh", "g"), ("sh", "s"), ("ch", "c"),
             ("j", "c"), ("ts", "c"), ("yy", "y"), ("iy", "i"), ("ii", "i"))
_SEPARATORS = re.compile(r"[\s\-_.,()/]+")
_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")
_ADJECTIVE = re.compile(r"sk(ii|iy|ij|yi|y|i)$")


def fold(name: str, towns: bool = False) -> str:
    """A name without case, diacritics, Cyrillic letters or district word: 'Ağdam rayonu' -> 'agdam'
    (and without a town word, 'Baku City' -> 'baku', when ``towns``)."""
    text = unicodedata.normalize("NFC", str(name)).strip().lower()
    words = [w for w in _SEPARATORS.split(text) if w]
    dropped = False
    ending = DISTRICT_WORDS + (CITY_WORDS if towns else ())
    while len(words) > 1 and words[-1] in ending:
        words.pop()
        dropped = True
    text = " ".join(words)
    text = "".join(_CYRILLIC.get(ch, _LATIN.get(ch, ch)) for ch in text)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    if dropped:  # "Агдамский район": the adjective of the name
        text = _ADJECTIVE.sub("", text)
    for old, new in _VARIANTS:
        text = text.replace(old, new)
    return text.replace(" ", "")


def skeleton(name: str, towns: bool = False) -> str:
    """The consonants of a folded name, q read as g, doubles as one: 'Zangilan', 'Zəngilan' -> 'zngln'."""
    text = fold(name, towns).replace("q", "g")
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", text))


#: A skeleton this short says too little to match on ('Baku' and 'Babek' are both 'bk').
MIN_SKELETON = 3


@dataclass
class NameMatch:
    """What matching names to a reference did."""

    #: every name given -> the reference name it stands for (itself when not matched)
    names: dict[str, str] = field(default_factory=dict)
    #: the names written differently from their reference name: name -> reference name
    matched: dict[str, str] = field(default_factory=dict)
    #: names that match no reference name (kept as written)
    unknown: list[str] = field(default_factory=list)
    #: names that match several reference names: name -> those names (kept as written)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)


def match_names(names: Iterable[str | None], reference: Iterable[str | None]) -> NameMatch:
    """Match each name to one reference name (see the module's note); None and blanks are skipped."""
    refs = sorted({str(r).strip() for r in reference if r is not None and str(r).strip()})
    exact = set(refs)
    # the ways to match, tried in turn: the first that finds anything decides
    keys = ((lambda n: fold(n), lambda r: fold(r)), (lambda n: fold(n, True), lambda r: fold(r, True)),
            (skeleton, skeleton), (lambda n: skeleton(n, True), lambda r: skeleton(r, True)))
    tables = []
    for name_key, ref_key in keys:
        table: dict[str, list[str]] = {}
        for ref in refs:
            table.setdefault(ref_key(ref), []).append(ref)
        tables.append((name_key, table))
    out = NameMatch()
    for name in dict.fromkeys(str(n).strip() for n in names if n is not None and str(n).strip()):
        if name in exact:
            out.names[name] = name
            continue
        found: list[str] = []
        for i, (name_key, table) in enumerate(tables):
            key = name_key(name)
            if i >= 2 and len(key) < MIN_SKELETON:
                continue
            found = table.get(key, [])
            if found:
                break
        if len(found) == 1:
            out.names[name] = found[0]
            out.matched[name] = found[0]
        else:
            out.names[name] = name
            if found:
                out.ambiguous[name] = found
            else:
                out.unknown.append(name)
    return out
