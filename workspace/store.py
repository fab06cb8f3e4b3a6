"""The one face of a workspace, whatever holds it: a GeoPackage file or a PostgreSQL/PostGIS schema.

Every write of ClearGround goes through a ``Transaction`` of a ``WorkspaceStore``: rows appended,
the flags of an analysis replaced (analysts' reviews kept), sector status changes applied with
the version check and their audit rows. Everything inside one ``with store.transaction()`` block is
committed together or not at all, so a failure part-way leaves the workspace as it was.

The rules that are not storage are written once elsewhere and only applied here: which reviews a
new analysis keeps (core.discrepancy.carry_reviews), what marking a sector changes
(core.marking.mark), what a valid row is (workspace.writer: the schema's checks).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, Callable, Iterator, Mapping, Sequence

from ..core import marking
from ..core.discrepancy import Review, carry_reviews
from ..core.text import tr
from .errors import WorkspaceError

FLAGS_LAYER = "discrepancies"
AUDIT_LAYER = "audit_log"
#: Sector updates a backend makes at once (Transaction._update_many).
UPDATE_CHUNK = 2000
SEVERITIES = ("high", "medium", "low")


class SectorConflictError(WorkspaceError):
    """A sector edit refused because someone else changed the sector since it was read."""

    def __init__(self, message: str, sector_id: str, changed_by: str | None, changed_at: str | None,
                 version: int | None):
        super().__init__(message)
        self.sector_id = sector_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.version = version


def conflict_message(sector_id: str, user: str | None, when: str | None, version: object) -> str:
    """What a refused edit tells the analyst: the sector, who changed it and when."""
    if user and when:
        return tr("Sector {sector} was changed by {user} at {time}; reload it and try again.").format(
            sector=sector_id, user=user, time=str(when).replace("T", " ")[:16] + " UTC")
    return tr("Sector {sector} was changed since it was read (now version {version}); reload it and try again."
              ).format(sector=sector_id, version=version)


@dataclass
class FlagCounts:
    """What replacing the flags did: flags per severity, reviews carried, reviewed old flags kept."""

    total: int = 0
    by_severity: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))
    carried: int = 0
    kept: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"total": self.total, **self.by_severity, "carried": self.carried, "kept": self.kept}


class Transaction(ABC):
    """Writes inside one open transaction of a workspace (see WorkspaceStore.transaction)."""

    @abstractmethod
    def append(self, layers: Mapping[str, Any], feedback: Any = None) -> dict[str, int]:
        """Append rows (layer name -> writer.FeatureColumns), validated against the schema; counts."""

    @contextmanager
    def appending_in_parts(self) -> Iterator[None]:
        """Many appends follow in this transaction (one import in parts): a backend may write what
        they share, such as a spatial index, once at the end of the block."""
        yield

    def on_behalf_of(self, name: str) -> None:
        """The writes that follow in this transaction are made for ``name`` (a field team whose package
        is merged). A backend whose database names the author of every change itself names them both;
        elsewhere the caller gives ``name`` as the user of what it writes."""
        return None

    @abstractmethod
    def reviews(self) -> dict[str, tuple[int, Review]]:
        """The current flags: flag_id -> (feature id, the analyst's review)."""

    @abstractmethod
    def delete(self, layer_name: str, fids: Sequence[int]) -> int:
        """Delete features by feature id; the number deleted."""

    @abstractmethod
    def sector_rows(self, sector_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Sectors as core.marking reads them (every schema field, python values); all when None."""

    @abstractmethod
    def _update_sector(self, sector_id: str, read_version: int | None, values: Mapping[str, Any]) -> None:
        """Write one sector's new values if it still has ``read_version``; SectorConflictError otherwise."""

    def _update_sectors(self, updates: Sequence[tuple[str, int | None, Mapping[str, Any]]]) -> None:
        """``_update_sector`` of each (sector id, read version, values), in order: a run of those that set
        the same fields UPDATE_CHUNK at a time through ``_update_many``; a chunk it does not write whole
        is done again sector by sector, which names the sector in conflict."""
        for fields, run in groupby(updates, key=lambda update: tuple(update[2])):
            run = list(run)
            for start in range(0, len(run), UPDATE_CHUNK):
                part = run[start:start + UPDATE_CHUNK]
                if not self._update_many(fields, part):
                    for sector_id, read_version, values in part:
                        self._update_sector(sector_id, read_version, values)

    def _update_many(self, fields: tuple[str, ...], part: Sequence[tuple[str, int | None, Mapping[str, Any]]]) -> bool:
        """Update every sector of ``part`` (all setting ``fields``) at once, if each still has its read version:
        True when all were updated; False, and nothing written, when one was not or the database refused one."""
        return False

    @abstractmethod
    def _note(self, entries: Sequence[marking.AuditEntry]) -> None:
        """Write audit entries that the database does not write itself (reasons)."""

    @abstractmethod
    def audit_entries(self, layer_name: str, feature_keys: Sequence[str]) -> list[marking.AuditEntry]:
        """The audit rows of these features of one layer, oldest first (ts in UTC)."""

    # -- the operations, written once for both backends ----------------------------------------
    def replace_flags(self, flags: Any, feedback: Any = None) -> FlagCounts:
        """Replace the flags with ``flags`` (writer.FeatureColumns of discrepancies), keeping reviews.

        A flag raised again keeps its status and note; an old flag an analyst touched is kept as it
        is; the other old flags go (core.discrepancy.carry_reviews).
        """
        columns = dict(flags.columns)
        new_ids = [str(v) for v in columns.get("flag_id", [])]
        previous = self.reviews()
        carried, kept = carry_reviews(new_ids, {k: v[1] for k, v in previous.items()})
        keep = set(kept)
        self.delete(FLAGS_LAYER, [fid for flag_id, (fid, _) in previous.items() if flag_id not in keep])
        columns["status"] = [carried[i].status if i in carried else "open" for i in new_ids]
        columns["note"] = [carried[i].note if i in carried else None for i in new_ids]
        self.append({FLAGS_LAYER: type(flags)(columns, flags.geometry)}, feedback)
        counts = FlagCounts(total=len(new_ids), carried=len(carried), kept=len(kept))
        for severity in columns.get("severity", []):
            counts.by_severity[severity] = counts.by_severity.get(severity, 0) + 1
        return counts

    def apply_marking(self, result: marking.MarkResult) -> int:
        """Store what core.marking.mark decided: each sector only if unchanged since it was read.

        Field changes are audited by the database itself (its triggers, on both backends); the
        reasons are written here, in the same transaction. Returns the number of sectors changed.
        """
        self._update_sectors([(sector_id, result.read_versions.get(sector_id), values)
                              for sector_id, values in result.updates.items()])
        self._note([e for e in result.entries if e.field == marking.REASON_FIELD])
        return len(result.updates)


def written_whole(execute: Callable[[str], Any], write: Callable[[], int], expected: int,
                  refused: type[BaseException]) -> bool:
    """Run ``write`` (it returns the rows it changed) in a savepoint: kept when it changed ``expected``
    rows; undone, and False, when it changed fewer or the database refused it (raised ``refused``)."""
    execute("SAVEPOINT cg_sector_updates")
    try:
        done = write()
    except refused:
        done = -1
    if done != expected:
        execute("ROLLBACK TO SAVEPOINT cg_sector_updates")
    execute("RELEASE SAVEPOINT cg_sector_updates")
    return done == expected


class WorkspaceStore(ABC):
    """An open, current workspace."""

    schema_version: int
    #: The QGIS data provider of its layers ('ogr' or 'postgres').
    provider: str

    @property
    @abstractmethod
    def name(self) -> str:
        """How the workspace is named to the analyst (file name, or connection / schema)."""

    @abstractmethod
    def uri(self, layer_name: str) -> str:
        """The data source URI of one layer (what QgsVectorLayer takes with ``provider``)."""

    @abstractmethod
    def parameter_value(self) -> str:
        """What the WORKSPACE parameter of an algorithm takes to reach this workspace."""

    @abstractmethod
    def check_writable(self, layer_names: Sequence[str]) -> None:
        """Raise WorkspaceError, saying why and what to do, when these layers cannot be written."""

    @abstractmethod
    def _begin(self) -> Any:
        """A context manager that yields a Transaction and commits it, or rolls back on an error."""

    def _read(self):
        """A transaction to read in (a backend may give one that takes no write lock)."""
        return self.transaction()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One transaction: committed when the block succeeds, rolled back when anything raises."""
        with self._begin() as tx:
            yield tx

    # -- shortcuts: one operation, one transaction -----------------------------------------------
    def append(self, layers: Mapping[str, Any], feedback: Any = None) -> dict[str, int]:
        self.check_writable(list(layers))
        with self.transaction() as tx:
            return tx.append(layers, feedback)

    def replace_flags(self, flags: Any, feedback: Any = None) -> FlagCounts:
        self.check_writable([FLAGS_LAYER])
        with self.transaction() as tx:
            return tx.replace_flags(flags, feedback)

    def mark_sectors(self, sector_ids: Sequence[str], change: marking.StatusChange, user: str, now,
                     **rule: Any) -> marking.MarkResult:
        """Read the sectors, apply core.marking.mark and store it, all in one transaction."""
        self.check_writable(["sectors", AUDIT_LAYER])
        with self.transaction() as tx:
            result = marking.mark(tx.sector_rows(sector_ids), change, user, now, **rule)
            tx.apply_marking(result)
        return result

    def history(self, keys: Mapping[str, Sequence[str]]) -> list[marking.AuditEntry]:
        """Who changed what and when: the audit rows of the given features ({layer name: feature keys}),
        oldest first. Nothing is written."""
        entries: list[marking.AuditEntry] = []
        with self._read() as tx:
            for layer_name, feature_keys in keys.items():
                if feature_keys:
                    entries += tx.audit_entries(layer_name, [str(k) for k in feature_keys])
        return sorted(entries, key=lambda e: (e.ts, e.layer, e.feature_key))

    def record_ids(self) -> frozenset:
        """The record ids already in the workspace."""
        with self.transaction() as tx:
            return tx.record_ids()
