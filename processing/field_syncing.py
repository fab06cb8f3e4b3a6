"""Merging a returned field package into its workspace, in one transaction (clearground:syncfield).

The decisions are core.field_sync's (finds checked and matched by core.field_finds, sector changes
by core.marking with the version check); this module reads the package, reads what it needs of the
workspace inside the transaction, copies the photos and stores the result. When anything fails the
transaction is rolled back and the photos copied for it are removed again.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from ..core import field_package as fp
from ..core import field_sync as fs
from ..core.coverage import covered_fraction
from ..core.text import tr
from ..workspace.known_finds import known_finds
from ..workspace.package_file import Contents
from ..workspace.store import SectorConflictError, WorkspaceStore
from ..workspace.writer import FeatureColumns
from .field_packaging import same_workspace


@dataclass
class SyncResult:
    """What a sync did: the report rows, the photos copied, the counts per layer and outcome."""

    report: list[fs.ReportRow] = field(default_factory=list)
    photos: list[Path] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


def photo_folder(store: WorkspaceStore, contents: Contents) -> Path:
    """Where the photos of a workspace go: ``<workspace folder>/<workspace stem>_photos`` for a
    GeoPackage; for PostGIS, ``<schema>_photos`` beside the package folder."""
    path = getattr(store, "path", None)
    if path is not None:
        return Path(path).resolve().parent / f"{Path(path).stem}_photos"
    return contents.folder.resolve().parent / f"{getattr(store, 'schema', 'workspace')}_photos"


def check_package(store: WorkspaceStore, contents: Contents) -> None:
    """Refuse a package made from another workspace (fp.PackageError), before anything is written."""
    if not same_workspace(contents.manifest, store):
        raise fp.PackageError(tr("This field package was made from the workspace {made} ({name}), not from {this}; "
                                 "nothing was merged.").format(made=contents.manifest.workspace,
                                                               name=contents.manifest.workspace_name,
                                                               this=store.name))


def sync(store: WorkspaceStore, contents: Contents, photos_to: Path, lane_width: float | None = None,
         min_overlap: float = fs.DEFAULT_MIN_OVERLAP, now: dt.datetime | None = None) -> SyncResult:
    """Merge ``contents`` into ``store`` (see the module doc)."""
    check_package(store, contents)
    now = now or dt.datetime.now(dt.timezone.utc)
    manifest = contents.manifest
    source = tr("field package {name}").format(name=manifest.name)
    cover, dates = lane_cover(contents, lane_width)
    changes = fs.field_changes(manifest, contents.sectors, cover, dates, min_overlap)
    result = SyncResult()
    store.check_writable([fp.FINDS, fp.SECTORS, "audit_log"])
    try:
        with store.transaction() as tx:
            tx.on_behalf_of(manifest.team)
            keys = [fp.normalize_uuid(r.get("uuid")) for r in contents.finds]
            known = known_finds(tx, [(r.get("lon"), r.get("lat")) for r in contents.finds], keys)
            finds = fs.plan_finds(contents.finds, known, manifest.team, source)
            current = {str(r["sector_id"]): r for r in tx.sector_rows(sorted(changes))}
            by_lanes = fs.lanes_clear(manifest, contents.sectors, cover, min_overlap)
            sectors = fs.plan_sectors(manifest, changes, current, now, by_lanes)
            photo_rows = _copy_photos(finds.new, contents.folder, photos_to, result.photos)
            if finds.new:
                tx.append({fp.FINDS: _find_columns(finds.new)})
            try:
                tx.apply_marking(sectors.result)
            except SectorConflictError as exc:  # changed by someone else while this sync ran
                raise fp.PackageError(str(exc)) from exc
            result.report = finds.report + photo_rows + sectors.report + _lane_rows(contents, by_lanes)
            tx._note(fs.sync_notes(result.report, manifest.team, manifest.name, now))
    except BaseException:
        for path in result.photos:
            path.unlink(missing_ok=True)
        raise
    result.counts = fs.summary(result.report)
    return result


def lane_cover(contents: Contents, lane_width: float | None) -> tuple[dict[str, float], dict[str, dt.date]]:
    """The share of each packaged sector the cleared lanes cover, and the date of the last lane over it.

    Lanes are as wide as ``lane_width``, else as the narrowest width the tracks give (never wider
    than what was recorded), else core.field_package.DEFAULT_LANE_WIDTH_M."""
    ids = [s for s in contents.sector_geometries if contents.sector_geometries[s] is not None]
    if not ids or not contents.lanes:
        return {}, {}
    lines = [geom for geom, _ in contents.lanes]
    widths = [float(r["width_m"]) for _, r in contents.lanes if r.get("width_m")]
    width = lane_width or (min(widths) if widths else fp.DEFAULT_LANE_WIDTH_M)
    geoms = [contents.sector_geometries[s] for s in ids]
    fraction = covered_fraction(geoms, lines, width)
    cover = {s: float(f) for s, f in zip(ids, fraction)}
    dates: dict[str, dt.date] = {}
    tree = shapely.STRtree(lines)
    for k, sid in enumerate(ids):
        for j in np.asarray(tree.query(geoms[k], predicate="intersects")).tolist():
            when = contents.lanes[j][1].get("recorded_at")
            day = when.date() if isinstance(when, dt.datetime) else when
            if isinstance(day, dt.date) and (sid not in dates or day > dates[sid]):
                dates[sid] = day
    return cover, dates


def _lane_rows(contents: Contents, by_lanes: dict[str, float]) -> list[fs.ReportRow]:
    """One row per cleared lane: read for marking the sectors it covers; the workspace keeps no lanes."""
    marked = ", ".join(sorted(by_lanes)) or tr("none")
    return [fs.ReportRow(fs.SKIPPED, fp.LANES, fp.normalize_uuid(r.get("uuid")) or str(k + 1), "", None, None, tr(
        "Read to mark the sectors the lanes cover (marked: {sectors}); the workspace has no layer of lanes, so the "
        "track itself stays in the package.").format(sectors=marked)) for k, (_, r) in enumerate(contents.lanes)]


def _copy_photos(finds: list[dict], package: Path, target: Path, copied: list[Path]) -> list[fs.ReportRow]:
    """Copy each new find's photos beside the workspace; its ``photo`` becomes their relative paths."""
    rows = []
    for find in finds:
        paths = []
        for k, rel in enumerate(fp.photo_paths(find.get("photo"))):
            pure = fp.safe_relative(rel)
            source = package / pure if pure is not None else None
            if source is None or not source.is_file():
                rows.append(fs.ReportRow(fs.SKIPPED, fs.PHOTOS, find["uuid"], "photo", None, rel, tr(
                    "The photo is not in the package folder; the find was merged without it.")))
                continue
            target.mkdir(parents=True, exist_ok=True)
            name = fp.photo_target_name(find["uuid"], k, rel)
            destination = target / name
            if not destination.exists():
                shutil.copy2(source, destination)
                copied.append(destination)
            paths.append(f"{target.name}/{name}")
        find["photo"] = ";".join(paths) or None
    return rows


def _find_columns(finds: list[dict]) -> FeatureColumns:
    names = ("find_id", "found_date", "category", "model", "quantity", "sector_id", "team", "depth_cm", "uuid",
             "photo", "source", "raw")
    columns = {n: [f.get(n) for f in finds] for n in names}
    return FeatureColumns(columns, shapely.points([f["lon"] for f in finds], [f["lat"] for f in finds]))
