"""A national mine table with a thousand broken rows: every broken row rejected with its reason, no
other row lost, and the rows whose latitude and longitude were swapped put back with a note.

The file is written here row by row as a text (not with ClearGround's data generator): 100,000
records of 10 mines, and ten kinds of breakage written as people break files.
"""

from __future__ import annotations

import pytest

RECORDS, MINES = 100_000, 10
#: What is wrong with a row -> (lat text, lon text, words of the reason it must be rejected with).
BROKEN = {
    "a second point": ("40.0.1", None, "'40.0.1' cannot be read"),
    "two points": ("40..5", None, "'40..5' cannot be read"),
    "latitude 91": ("91", None, "91 is beyond ±90"),
    "latitude -90.0001": ("-90.0001", None, "-90.0001 is beyond ±90"),
    "latitude 95.1": ("95.1", None, "95.1 is beyond ±90"),
    "an empty latitude": ("", None, "empty"),
    "a word": (None, "abc", "'abc' cannot be read"),
    "longitude 246.9": (None, "246.9", "beyond ±180"),
    "a typo of 2 degrees": ("41.9", None, "km from the other 9 mines of record"),
    "a decimal comma": (None, "46,9012", "decimal comma"),
}


def _position(record: int, mine: int) -> tuple[float, float]:
    row, col = divmod(record, 400)
    return 38.6 + row * 0.01 + mine * 0.00005, 45.2 + col * 0.01 + mine * 0.00004


@pytest.fixture(scope="module")
def national_table(tmp_path_factory):
    path = tmp_path_factory.mktemp("national") / "mines.csv"
    broken: dict[int, str] = {}  # source row -> kind
    swapped: set[int] = set()
    kinds = list(BROKEN)
    lines = ["record_id,mine_no,lat,lon,category,model"]
    for record in range(RECORDS):
        for mine in range(MINES):
            lat, lon = _position(record, mine)
            lat_text, lon_text = f"{lat:.6f}", f"{lon:.6f}"
            row = len(lines) + 1
            if record % 100 == 7 and mine == 3:  # 1,000 records with one broken row each
                kind = kinds[(record // 100) % len(kinds)]
                lat_bad, lon_bad, _ = BROKEN[kind]
                lat_text = lat_bad if lat_bad is not None else lat_text
                lon_text = lon_bad if lon_bad is not None else lon_text
                broken[row] = kind
            elif record % 1000 == 11 and mine == 5:  # 100 rows with latitude and longitude swapped
                lat_text, lon_text = lon_text, lat_text
                swapped.add(row)
            lines.append(f"R-{record:06d},{mine + 1},{lat_text},{lon_text},AP,PMN-2")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, broken, swapped


def test_a_thousand_broken_rows_are_the_thousand_rejects(run_alg, national_table):
    path, broken, swapped = national_table
    result = run_alg("clearground:importminemap", {"INPUT": str(path), "OUTPUT_RECORDS": "memory:",
                                                   "OUTPUT_MINES": "memory:", "OUTPUT_REJECTS": "memory:"})
    assert result["ROWS_READ"] == RECORDS * MINES
    rejects = {f["source_row"]: f["reason"] for f in result["OUTPUT_REJECTS"].getFeatures()}
    assert set(rejects) == set(broken), "every broken row is a reject, and nothing else is"
    for row, kind in broken.items():
        assert BROKEN[kind][2] in rejects[row], (kind, rejects[row])
    assert result["ROWS_IMPORTED"] == RECORDS * MINES - len(broken)
    assert result["MINES"] == RECORDS * MINES - len(broken)

    notes = {f["record_id"]: f["notes"] or "" for f in result["OUTPUT_RECORDS"].getFeatures()}
    for row in swapped:
        record = (row - 2) // MINES
        assert f"row {row}: latitude and longitude were swapped" in notes[f"R-{record:06d}"]
    request_ids = {f"R-{(row - 2) // MINES:06d}" for row in swapped}
    for feature in result["OUTPUT_MINES"].getFeatures():
        if feature["record_id"] in request_ids:
            record = int(feature["record_id"][2:])
            lat, lon = _position(record, int(feature["mine_no"]) - 1)
            point = feature.geometry().asPoint()
            assert (point.y(), point.x()) == pytest.approx((lat, lon), abs=1e-6)
