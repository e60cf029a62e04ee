"""Conflicts the county recorded for this station, kept until a manager acknowledges them.

The county lists a conflict when a push brings a receipt number or trace code it already holds
under another record (a number issued twice after a restore), or a shared edit that lost.  The
station fetches them after each push (``GET /v1/sync/conflicts``), shows them in words on the
Sync screen and in ``sync status``, and ``servicepoint sync`` never reports plain success while
one is unacknowledged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .operators import Operator
    from .station import Station


@dataclass(frozen=True)
class Conflict:
    """A conflict the county recorded for this station, as the station shows it."""

    county_id: int
    entity: str
    record_id: str
    field: str
    kept: str | None
    lost: str | None
    created_at: str
    acknowledged_at: str | None

    def describe(self, lang: str = "zh_CN") -> str:
        """In words: which number or field, and what the county did about it."""
        zh = lang.startswith("zh")
        lost = _json_text(self.lost)
        if self.entity == "receipts" and self.field == "number":
            return (
                f"收据号 {lost} 在县里已有另一张收据：这个号开了两次（从备份恢复后、同步前"
                f"开的单）。两张都保留，请把两张单据都找出来交县中心核对。"
                if zh
                else f"Receipt number {lost} is held twice at the county: it was issued again "
                f"after a restore, before the first sync. Both are kept; find both papers "
                f"and show them to the county centre."
            )
        if self.entity == "consignment_batches" and self.field == "trace_code":
            return (
                f"追溯码 {lost} 在县里已有另一批货：同一个码贴在了两批货上。两批都保留，"
                f"请重新打印其中一批的标签并告诉县中心。"
                if zh
                else f"Trace code {lost} belongs to two batches at the county: the same code is "
                f"on two labels. Both are kept; reprint one batch's label and tell the "
                f"county centre."
            )
        return (
            f"县里和本站同时改了 {self.entity} 的“{self.field}”：县里保留了 "
            f"{_json_text(self.kept)}，本站的 {lost} 没有采用。"
            if zh
            else f"The county and this station both changed “{self.field}” of {self.entity}: "
            f"the county kept {_json_text(self.kept)}; this station's {lost} was not used."
        )


def _json_text(value: str | None) -> str:
    if value is None:
        return "-"
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return str(decoded)


def last_known(station: Station) -> int:
    return int(
        station.records.scalar("SELECT COALESCE(MAX(county_id), 0) FROM sync_conflicts") or 0
    )


def store(station: Station, rows: list[dict[str, Any]]) -> None:
    """Keep the county's conflict rows (idempotent: a row seen twice is kept once)."""
    if not rows:
        return
    now = station.clock.stamp()
    with station.records.atomic() as db:
        for c in rows:
            db.execute(
                "INSERT OR IGNORE INTO sync_conflicts (county_id, entity, record_id, field, "
                "kept, lost, created_at, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    int(c["id"]),
                    str(c["entity"])[:40],
                    str(c["record_id"])[:40],
                    str(c["field"])[:40],
                    c.get("kept"),
                    c.get("lost"),
                    str(c.get("created_at") or now)[:40],
                    now,
                ),
            )


def listed(station: Station, *, include_acknowledged: bool = False) -> list[Conflict]:
    """Oldest first; by default only those no manager has acknowledged."""
    where = "" if include_acknowledged else "WHERE acknowledged_at IS NULL"
    return [
        Conflict(
            r["county_id"],
            r["entity"],
            r["record_id"],
            r["field"],
            r["kept"],
            r["lost"],
            r["created_at"],
            r["acknowledged_at"],
        )
        for r in station.records.all(f"SELECT * FROM sync_conflicts {where} ORDER BY county_id")
    ]


def acknowledge(station: Station, *, approver: Operator | None = None) -> int:
    """A manager has read the conflicts and will follow them up: stop showing them."""
    manager = station.require_manager(approver)
    open_ = listed(station)
    if not open_:
        return 0
    with station.records.atomic() as db:
        station.records.wrote("sync_conflicts")
        db.execute(
            "UPDATE sync_conflicts SET acknowledged_at = ?, acknowledged_by = ? "
            "WHERE acknowledged_at IS NULL",
            (station.clock.stamp(), manager.id),
        )
        station.audit.log(
            "sync_conflicts_acknowledged",
            "sync_conflicts",
            None,
            detail={"county_ids": [c.county_id for c in open_]},
            operator_id=manager.id,
        )
    return len(open_)
