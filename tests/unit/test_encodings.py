"""Deciding a file's encoding from its bytes, or refusing when they cannot decide it."""

from __future__ import annotations

import codecs

import pytest

from clearground.core.encodings import EncodingError, decode


@pytest.mark.parametrize("text, written_in, read_as", [
    ("запись;модель\nЗ-1;ФП-7\nЗ-2;ПМН-2 (Агдам)", "cp1251", "cp1251"),
    ("Ёлка №5; Їжак; Ґанок", "cp1251", "cp1251"),
    ("Ağdam, Şuşa, Qubadlı, İsmayıllı", "cp1254", "cp1254"),
    ("Füzuli, Gəncə, Xocavənd", "utf-8", "utf-8"),
    ("ПМН-2", "utf-16", "utf-16"),
    ("ПМН-2", "utf-8-sig", "utf-8-sig"),
])
def test_the_encoding_is_decided_from_the_bytes(text, written_in, read_as):
    decoded = decode(text.encode(written_in), "x.csv")
    assert decoded.text == text and decoded.encoding == read_as
    assert bool(decoded.note) == (written_in in ("cp1251", "cp1254"))


def test_utf16_without_a_byte_order_mark():
    decoded = decode("record_id,model\nR-1,ПМН-2\n".encode("utf-16-le"), "x.csv")
    assert decoded.text.startswith("record_id") and "UTF-16-LE" in decoded.note


def test_latin_text_read_the_same_in_two_encodings_is_not_ambiguous():
    assert decode("Çöl Ümid".encode("cp1254"), "x.csv").text == "Çöl Ümid"


def test_bytes_that_no_encoding_reads_as_text_are_refused():
    with pytest.raises(EncodingError, match="set ENCODING"):
        decode(bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]), "x.csv")


def test_a_given_encoding_is_used_and_refused_when_the_bytes_are_not_in_it():
    assert decode("ФП-7".encode("cp1251"), "x.csv", "CP1251").text == "ФП-7"
    with pytest.raises(EncodingError, match="not UTF-8 text"):
        decode("ФП-7".encode("cp1251"), "x.csv", "utf-8")
    with pytest.raises(EncodingError, match="not an encoding"):
        decode(b"x", "x.csv", "klingon")
    assert decode(codecs.BOM_UTF8 + "ФП".encode(), "x.csv").text == "ФП"


@pytest.mark.parametrize("given", ["utf-8", "UTF8", "utf_8"])
def test_utf8_given_for_a_file_with_its_mark_reads_the_mark_as_the_mark(given):
    """Excel's "CSV UTF-8" begins with the mark; an analyst who sets ENCODING=UTF-8 for it must not get
    a first column named '\\ufeffrecord_id', which no name matches."""
    text = decode(codecs.BOM_UTF8 + "record_id;lat\nМ-1;40.1\n".encode(), "mines.csv", given).text
    assert text.startswith("record_id;") and "\ufeff" not in text
    assert decode(b"record_id;lat\n", "mines.csv", given).text == "record_id;lat\n"
