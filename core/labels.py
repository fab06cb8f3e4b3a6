"""How the codes of the data contract read in the interface (English; shown through tr()).

The stored values, the algorithms' parameters and batch files keep the codes; only what a person
reads is a word. ``label(vocabulary, code)`` gives the translated word of a code, or the code itself
when it has none.
"""

from __future__ import annotations

from .text import tr

SECTOR_STATUS_LABELS = {
    "planned": "Planned", "in_progress": "In progress", "cleared": "Cleared", "reduced": "Reduced (TS)",
    "cancelled": "Cancelled (NTS)",
}
METHOD_LABELS = {
    "manual": "Manual", "mechanical": "Mechanical", "mdd": "Mine detection dog", "ts": "Technical survey",
    "nts": "Non-technical survey",
}
UNIT_LABELS = {"deg": "Degrees", "mil6400": "NATO mils (6400)", "mil6000": "Soviet mils (6000, 12-50)"}
ORIENTATION_LABELS = {"grid": "On the UTM grid", "longest_edge": "Along the longest edge"}
PERIOD_LABELS = {"none": "Whole range", "year": "Year", "quarter": "Quarter", "month": "Month", "week": "Week"}
HAZARD_STATUS_LABELS = {"open": "Open", "worked_on": "Worked on", "closed": "Closed"}
RELIABILITY_LABELS = {"high": "High", "low": "Low", "unknown": "Unknown"}
RECORD_TYPE_LABELS = {"row": "Rows", "scattered": "Scattered", "nuisance": "Nuisance", "remote": "Remotely delivered",
                      "unknown": "Unknown"}

#: The fields of the workspace as the audit view names them.
FIELD_LABELS = {
    "status": "Status", "method": "Method", "team": "Team", "status_date": "Status date", "depth_cm": "Depth (cm)",
    "parent_id": "Record / hazard", "sector_id": "Sector", "version": "Version", "reason": "Reason",
    "record_id": "Record", "district": "District", "classification": "Classification", "hazard_id": "Hazard area",
    "recorded_ap": "AP mines recorded", "recorded_at": "AT mines recorded", "record_type": "Type of record",
    "reliability": "Reliability", "notes": "Notes", "note": "Note", "laid_date": "Date laid", "source": "Source",
    "mine_models": "Mine models", "updated_by": "Changed by", "updated_at": "Changed at",
    "inserted": "Added", "deleted": "Deleted",
}

#: The columns of a mine map the import reads (core.fieldmap.TARGETS), as the mapping table names them.
TARGET_LABELS = {
    "record_id": "Record number", "point_id": "Point number", "kind": "Kind of point (landmark, turning point, mine)",
    "from_point": "Measured from point", "bearing": "Bearing", "unit": "Angle unit", "north": "North reference",
    "distance_m": "Distance (m)", "coord": "Coordinates (one column)", "crs": "Coordinate system",
    "category": "Device category (AP, AT…)", "model": "Mine model", "count": "Number of mines",
    "spacing_m": "Spacing of the mines (m)", "declination_deg": "Magnetic declination (°)", "lat": "Latitude",
    "lon": "Longitude", "x": "X / easting", "y": "Y / northing", "mine_no": "Mine number",
    "source": "Source document", "district": "District", "laid_date": "Date laid", "record_type": "Type of minefield",
    "recorded_ap": "AP mines recorded", "recorded_at": "AT mines recorded", "mine_models": "Mine models",
    "reliability": "Reliability", "notes": "Notes", "id_prefix": "Record numbers made from (field)",
}

#: Which labels a field's values take (audit view), and which an algorithm's enum parameter takes.
VOCABULARIES = {
    "sector_status": SECTOR_STATUS_LABELS, "method": METHOD_LABELS, "unit": UNIT_LABELS,
    "orientation": ORIENTATION_LABELS, "period": PERIOD_LABELS, "hazard_status": HAZARD_STATUS_LABELS,
    "reliability": RELIABILITY_LABELS, "record_type": RECORD_TYPE_LABELS,
}
#: The vocabulary of a field's values, by layer and field (a value of another field is shown as it is).
FIELD_VOCABULARIES = {("sectors", "status"): "sector_status", ("sectors", "method"): "method",
                      ("hazard_areas", "status"): "hazard_status", ("minefield_records", "reliability"): "reliability",
                      ("minefield_records", "record_type"): "record_type"}


def label(vocabulary: str, code) -> str:
    """The translated word of ``code`` in ``vocabulary``; the code itself when it has none."""
    labels = VOCABULARIES.get(vocabulary, {})
    if code is None:
        return ""
    return tr(labels[str(code)]) if str(code) in labels else str(code)


def field_label(name: str) -> str:
    """The translated name of a workspace field; the field's own name when it has none."""
    return tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def value_label(layer: str, field: str, value) -> str:
    """A stored value of ``layer.field`` as a person reads it."""
    vocabulary = FIELD_VOCABULARIES.get((layer, field))
    if vocabulary is not None:
        return label(vocabulary, value)
    return "" if value is None else str(value)
