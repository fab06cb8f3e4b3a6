"""core/distinct.py against np.unique, on columns written the way other tables write them."""

from __future__ import annotations

import numpy as np
import pytest

from clearground.core import distinct
from clearground.core.distinct import distinct_bytes


def _same_as_numpy(values: np.ndarray) -> None:
    got, got_inverse = distinct_bytes(values)
    want, want_inverse = np.unique(values, return_inverse=True)
    assert got.tolist() == want.tolist()
    np.testing.assert_array_equal(got_inverse, want_inverse)
    np.testing.assert_array_equal(got[got_inverse], values)


CATEGORY_SPELLINGS = ["AP", "APM", "anti-personnel", "ТМ-62", "UXO", "", "  ", "SUBMUNITION", "IED", "PMN-2",
                      "Противопехотная", "ОФАБ-250", "BLU-97/B", "AXO ", "at"]


@pytest.mark.parametrize("size", [20_000, 100_003])
def test_a_column_of_few_spellings_in_many_rows(size):
    rng = np.random.default_rng(size)
    spellings = np.array([s.encode("utf-8") for s in CATEGORY_SPELLINGS])
    _same_as_numpy(spellings[rng.integers(0, len(spellings), size)])


@pytest.mark.parametrize("width", [1, 7, 8, 9, 16, 17, 40])
def test_widths_on_and_off_the_eight_byte_words(width):
    rng = np.random.default_rng(width)
    words = [bytes(rng.integers(1, 256, width, dtype=np.uint8)) for _ in range(12)]
    words += [w[: max(1, width // 2)] for w in words[:3]]  # prefixes: equal first words, then zero padding
    column = np.array(words, dtype=f"S{width}")
    _same_as_numpy(column[rng.integers(0, len(column), 30_000)])


def test_values_that_share_a_slot_are_told_apart(monkeypatch):
    monkeypatch.setattr(distinct, "SLOTS_BITS", 2)  # 4 slots for 15 values: clashes certain
    rng = np.random.default_rng(3)
    spellings = np.array([s.encode("utf-8") for s in CATEGORY_SPELLINGS])
    _same_as_numpy(spellings[rng.integers(0, len(spellings), 50_000)])


def test_a_column_of_ids_and_a_column_of_one_value():
    rng = np.random.default_rng(4)
    ids = np.array([b"MF-%06d" % i for i in rng.integers(0, 200_000, 60_000)])
    _same_as_numpy(ids)
    _same_as_numpy(np.full(40_000, b"AT", dtype="S2"))
    _same_as_numpy(np.full(40_000, b"", dtype="S1"))


def test_many_distinct_values_past_the_sample_fall_back_to_sorting():
    """Few values in the first rows, then thousands: beyond what the small table holds."""
    head = np.full(10_000, b"AP", dtype="S12")
    tail = np.array([b"M%07d" % i for i in range(20_000)], dtype="S12")
    _same_as_numpy(np.concatenate([head, tail]))


def test_short_columns_and_other_kinds_are_left_to_numpy():
    _same_as_numpy(np.array([b"b", b"a", b"b"]))
    got, inverse = distinct_bytes(np.array(["b", "a", "b"]))
    assert got.tolist() == ["a", "b"] and inverse.tolist() == [1, 0, 1]


def test_a_column_in_runs_of_one_value_as_a_mine_table_lists_its_records():
    """Record ids row after row of each record, a record met again later, ids of every width."""
    rng = np.random.default_rng(5)
    ids = [b"AZ-KLB-%d" % i for i in rng.integers(0, 3000, 900)] + [b"", b"R1", "Ağdam-7".encode()]
    runs = rng.integers(1, 60, len(ids))
    _same_as_numpy(np.repeat(np.array(ids), runs))
