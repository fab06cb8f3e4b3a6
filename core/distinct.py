"""The distinct values of a column of byte strings and each row's place among them, in linear time.

A national table's categories, models and statuses hold a handful of distinct values in a million
rows; ``np.unique`` sorts all the rows to find them. Here each row is hashed into a small table
instead, every row checked against its slot's value, and ``np.unique`` left to the rare rows whose
value shares a slot with another (and to columns of many distinct values, such as ids). A column
that comes in runs of one value (the record ids of a mine table, row after row of each record) is
read run by run.
"""

from __future__ import annotations

import numpy as np

#: Slots of the hash table (a power of two) and the most distinct values hashed into it.
SLOTS_BITS = 16
MAX_HASHED = 4096
#: Runs of one value this many rows long on average are told apart run by run, not row by row.
RUN_SHARE = 8
#: Rows sampled to tell a column of few distinct values from one of ids.
SAMPLE = 2048
_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
                        dtype=np.uint64)


def distinct_bytes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(distinct, inverse)`` as ``np.unique(values, return_inverse=True)`` gives them: the sorted
    distinct values of a 1-d ``S`` array, and each row's position in them."""
    values = np.ascontiguousarray(values)
    n = len(values)
    if values.dtype.kind != "S" or n < 4 * SAMPLE or values.dtype.itemsize == 0:
        return np.unique(values, return_inverse=True)
    heads = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    if len(heads) <= n // RUN_SHARE:  # rows in runs of one value (a table sorted by record): one row per run
        distinct, of_runs = distinct_bytes(values[heads])
        return distinct, np.repeat(of_runs, np.diff(np.r_[heads, n]))
    if len(set(values[:SAMPLE].tolist())) > SAMPLE // 4:
        return np.unique(values, return_inverse=True)
    words = _words(values)
    slot = _hash(words)
    counts = np.bincount(slot, minlength=1 << SLOTS_BITS)
    used = np.flatnonzero(counts)
    if len(used) > MAX_HASHED:
        return np.unique(values, return_inverse=True)
    holder = np.empty(1 << SLOTS_BITS, dtype=np.int64)
    holder[slot] = np.arange(n)  # some row of each slot (whichever is written last)
    rows = holder[slot]
    same = words[:, 0] == words[rows, 0]
    for k in range(1, words.shape[1]):
        same &= words[:, k] == words[rows, k]
    distinct = values[holder[used]]
    position = np.zeros(1 << SLOTS_BITS, dtype=np.int64)
    position[used] = np.arange(len(used))
    inverse = position[slot]
    if not same.all():  # values that share a slot with another: sorted out by np.unique
        clash = np.flatnonzero(~same)
        more, more_inverse = np.unique(values[clash], return_inverse=True)
        inverse[clash] = len(distinct) + more_inverse
        distinct = np.concatenate([distinct, more])
    order = np.argsort(distinct, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return distinct[order], rank[inverse]


def _words(values: np.ndarray) -> np.ndarray:
    """The rows as 64-bit words, the last padded with zero bytes: (n, ceil(itemsize / 8))."""
    n, size = len(values), values.dtype.itemsize
    width = -(-size // 8) * 8
    if width == size:
        return values.view(np.uint64).reshape(n, width // 8)
    padded = np.zeros((n, width), dtype=np.uint8)
    padded[:, :size] = values.view(np.uint8).reshape(n, size)
    return padded.view(np.uint64)


def _hash(words: np.ndarray) -> np.ndarray:
    """Each row's slot: a multiplicative hash of its words, top SLOTS_BITS bits."""
    h = np.zeros(len(words), dtype=np.uint64)
    for k in range(words.shape[1]):
        h ^= words[:, k] * _MULTIPLIERS[k % len(_MULTIPLIERS)]
        h = (h << np.uint64(13)) | (h >> np.uint64(51))
    h *= _MULTIPLIERS[0]
    return (h >> np.uint64(64 - SLOTS_BITS)).astype(np.int64)
