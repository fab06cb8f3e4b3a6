"""The marking rule (core.marking): rows before + a change -> rows after + audit entries."""

from __future__ import annotations

import datetime as dt

import pytest

from clearground.core.marking import MarkingError, StatusChange, as_text, leaves_cleared, mark

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.timezone.utc)


def _rows():
    return [
        {"sector_id": "R-0-0", "status": "planned", "status_date": None, "team": None, "method": None,
         "depth_cm": None, "version": 1},
        {"sector_id": "R-0-1", "status": "cleared", "status_date": dt.date(2026, 11, 1), "team": "T-1",
         "method": "manual", "depth_cm": 13, "version": 4},
        {"sector_id": "R-0-2", "status": "in_progress", "status_date": None, "team": "T-2", "method": None,
         "depth_cm": None, "version": None},
    ]


def test_marking_bumps_the_version_stamps_and_audits_each_changed_field():
    result = mark(_rows()[:1], StatusChange("cleared", dt.date(2026, 11, 22), team=" T-9 ", method="manual"),
                  "anna", NOW)
    assert result.changed == ["R-0-0"]
    update = result.updates["R-0-0"]
    assert update == {"status": "cleared", "status_date": dt.date(2026, 11, 22), "team": "T-9", "method": "manual",
                      "version": 2, "updated_by": "anna", "updated_at": NOW}
    assert result.read_versions == {"R-0-0": 1}
    assert [(e.field, e.old_value, e.new_value, e.user_name, e.feature_key) for e in result.entries] == [
        ("status", "planned", "cleared", "anna", "R-0-0"),
        ("status_date", None, "2026-11-22", "anna", "R-0-0"),
        ("team", None, "T-9", "anna", "R-0-0"),
        ("method", None, "manual", "anna", "R-0-0"),
        ("version", "1", "2", "anna", "R-0-0"),
    ]
    assert all(e.ts == NOW and e.layer == "sectors" for e in result.entries)


def test_a_sector_whose_values_would_not_change_is_left_alone():
    result = mark(_rows()[1:2], StatusChange("cleared", dt.date(2026, 11, 1), team="T-1"), "anna", NOW)
    assert result.changed == [] and result.entries == []


def test_leaving_cleared_needs_a_reason_refused_or_skipped():
    with pytest.raises(MarkingError, match="reason"):
        mark(_rows(), StatusChange("in_progress"), "anna", NOW)
    skipped = mark(_rows(), StatusChange("planned"), "anna", NOW, without_reason="skip")
    assert skipped.kept_cleared == ["R-0-1"] and sorted(skipped.changed) == ["R-0-2"]
    reasoned = mark(_rows(), StatusChange("planned", reason=" re-survey "), "boris", NOW)
    reasons = [e for e in reasoned.entries if e.field == "reason"]
    assert [(e.feature_key, e.old_value, e.new_value) for e in reasons] == [("R-0-1", "cleared", "re-survey")]
    assert reasoned.updates["R-0-1"]["version"] == 5 and reasoned.updates["R-0-2"]["version"] == 1


def test_batch_marking_keeps_sectors_that_already_have_the_status():
    result = mark(_rows(), StatusChange("cleared", dt.date(2026, 11, 30), team="T-5"), "anna", NOW,
                  keep_same_status=True)
    assert sorted(result.changed) == ["R-0-0", "R-0-2"]


@pytest.mark.parametrize("change, message", [
    (StatusChange("done"), "Status must be one of"),
    (StatusChange("cleared", method="shovel"), "Method must be one of"),
    (StatusChange("cleared", depth_cm=20_000), "Depth must be between"),
])
def test_an_invalid_change_is_refused_with_its_reason(change, message):
    with pytest.raises(MarkingError, match=message):
        mark(_rows(), change, "anna", NOW)


def test_audit_text_of_values():
    assert as_text(None) is None
    assert as_text(dt.date(2026, 1, 2)) == "2026-01-02"
    assert as_text(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=4)))) == \
        "2026-01-01T23:04:05Z"
    assert as_text(13.0) == "13" and as_text(2.5) == "2.5" and as_text(7) == "7"
    assert leaves_cleared(["planned", "cleared"], "reduced") and not leaves_cleared(["cleared"], "cleared")


def test_entries_are_those_of_field_changes_between_each_row_and_its_update():
    """mark() makes the change's texts once; its entries must be field_changes' own, row by row."""
    import itertools

    from clearground.core.marking import field_changes, reason_entry

    statuses = ("planned", "cleared", "in_progress", None)
    dates = (None, dt.date(2026, 11, 1), dt.datetime(2026, 11, 1, 10, 0, tzinfo=dt.timezone.utc))
    rows = [{"sector_id": f"S-{i}", "status": s, "status_date": d, "team": t, "method": m, "depth_cm": c,
             "version": v}
            for i, (s, d, t, m, c, v) in enumerate(itertools.product(
                statuses, dates, (None, "T-1"), (None, "manual"), (None, 13, 13.0), (None, 0, 4)))]
    for change in (StatusChange("cleared", dt.date(2026, 11, 1), team="T-1", method="manual", depth_cm=13),
                   StatusChange("planned", reason="resurvey"), StatusChange("in_progress", team=" ")):
        result = mark(rows, change, "anna", NOW, without_reason="skip")
        expected = []
        for row in rows:
            key = row["sector_id"]
            if key in result.updates:
                expected += field_changes("sectors", key, row, result.updates[key], "anna", NOW)
                if row["status"] == "cleared" and change.status != "cleared":
                    expected.append(reason_entry("sectors", key, "cleared", "resurvey", "anna", NOW))
        assert result.entries == expected
        assert len(result.updates) > 0
