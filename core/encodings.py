"""The text encoding of a file that does not say it: decided from its bytes, or refused with why.

UTF-8 (with or without a byte order mark) and UTF-16/32 with a byte order mark say themselves.
Other bytes are tried in the single-byte encodings that mine-action files of the region are written
in (Windows Cyrillic for Russian, Ukrainian and Soviet-era Azerbaijani records; Windows Turkish for
Latin Azerbaijani; Windows Latin). An encoding is plausible when every byte beyond ASCII reads as a
letter of the alphabets written in it and no word mixes Latin and Cyrillic letters. Exactly one
plausible encoding is taken, and said; none or several is a refusal naming what would decide it:
an ENCODING given by the analyst.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .text import tr

#: Tried in this order when the bytes are not UTF-8.
CANDIDATES: tuple[str, ...] = ("cp1251", "cp1254", "cp1252")
_NAMES = {"cp1251": "Windows-1251 (Cyrillic)", "cp1254": "Windows-1254 (Turkish, Latin Azerbaijani)",
          "cp1252": "Windows-1252 (Western Latin)"}
#: The letters each encoding is used to write (beyond ASCII), with the signs met in records.
_ALPHABETS = {
    "cp1251": set("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяІіЇїЄєҐґЎў№«»–—°"),
    "cp1254": set("ÇçĞğİıÖöŞşÜüÂâÎîÛû«»–—°"),
    # without the Icelandic letters: their bytes are ğ, İ, ı, ş... of Windows-1254
    "cp1252": set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜßàáâãäåæçèéêëìíîïñòóôõöøùúûüÿ«»–—°"),
}
#: In a Latin encoding most letters are ASCII; Cyrillic bytes read as Latin ones are almost all accented.
_LATIN_ENCODINGS = ("cp1254", "cp1252")
_MAX_ACCENTED_SHARE = 0.5
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


class EncodingError(ValueError):
    """Bytes whose encoding cannot be decided; the message says what would decide it."""


@dataclass(frozen=True)
class Decoded:
    """Text, the encoding it was read in, and a note when that encoding was inferred."""

    text: str
    encoding: str
    note: str = ""


def normalize(name: str | None) -> str | None:
    """A codec name Python knows for ``name`` (e.g. 'CP1251', 'windows-1251'); None when empty."""
    if not name or not name.strip():
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        raise EncodingError(tr("ENCODING '{name}' is not an encoding this system knows (e.g. UTF-8, CP1251)")
                            .format(name=name)) from None


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def bom_codec(start: bytes) -> str | None:
    """The codec that the byte order mark at the start of ``start`` names (UTF-32's before UTF-16's,
    whose mark begins it), or None."""
    return next((name for bom, name in _BOMS if start.startswith(bom)), None)


def given_codec(encoding: str | None, start: bytes) -> str | None:
    """The codec of an ENCODING given for text that begins with ``start``: UTF-8 given for a file
    with UTF-8's byte order mark reads the mark as the mark, not as a character of the first column."""
    codec = normalize(encoding)
    if codec == "utf-8" and start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return codec


def decode(data: bytes, what: str, encoding: str | None = None) -> Decoded:
    """``data`` as text: in ``encoding`` when given (refused if it does not decode), else decided."""
    if encoding:
        codec = given_codec(encoding, data[:3])
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError as exc:
            raise EncodingError(tr("{what} is not {encoding} text (byte {offset}); set ENCODING to the file's own "
                                   "encoding").format(
                what=what, encoding=encoding.strip().upper(), offset=exc.start)) from exc
    name = bom_codec(data)
    if name is not None:
        try:
            return Decoded(data.decode(name), name)
        except UnicodeDecodeError as exc:
            raise EncodingError(tr("{what} starts as {encoding} text but is not (byte {offset})").format(
                what=what, encoding=name, offset=exc.start)) from exc
    if _looks_utf16(data):  # NUL bytes at every other place: text is not UTF-8 with NULs in it
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return Decoded(text, name, tr("{what} was read as {encoding} (it has no byte order mark)").format(
                    what=what, encoding=name.upper()))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return guess_single_byte([data], what)


def guess_single_byte(samples: list[bytes], what: str) -> Decoded:
    """The one plausible single-byte encoding of ``samples`` (bytes that are not UTF-8)."""
    plausible = [name for name in CANDIDATES if all(_plausible(s, name) for s in samples)]
    if len(plausible) > 1 and len({b"\n".join(samples).decode(n) for n in plausible}) == 1:
        plausible = plausible[:1]  # they read the same text
    if len(plausible) == 1:
        name = plausible[0]
        return Decoded(b"\n".join(samples).decode(name), name, tr(
            "{what} does not say its encoding; it was read as {encoding}. Set ENCODING if that is wrong."
        ).format(what=what, encoding=_NAMES[name]))
    if not plausible:
        raise EncodingError(tr("{what} is not UTF-8 and does not read as {names}: set ENCODING to the file's "
                               "encoding").format(what=what, names=", ".join(_NAMES[n] for n in CANDIDATES)))
    raise EncodingError(tr("{what} is not UTF-8 and reads as text in {names} alike: set ENCODING to say which").format(
        what=what, names=", ".join(_NAMES[n] for n in plausible)))


def _plausible(data: bytes, name: str) -> bool:
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return False
    alphabet = _ALPHABETS[name]
    if any(ord(ch) > 127 and ch not in alphabet for ch in text):
        return False
    if name in _LATIN_ENCODINGS:
        letters = [ch for ch in text if ch.isalpha()]
        accented = sum(1 for ch in letters if ord(ch) > 127)
        if letters and accented / len(letters) > _MAX_ACCENTED_SHARE:
            return False
    return not any(_LATIN.search(w) and _CYRILLIC.search(w) for w in _WORD.findall(text))


def _looks_utf16(data: bytes) -> bool:
    """Many NUL bytes at every other position: UTF-16 without a byte order mark."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > len(sample) / 4 and min(even, odd) < len(sample) / 50
