"""Who did what and why: cancels, voids, returns, settings changes.

The audit log is append-only and synced, so the county sees every correction with its reason.
Callers write to it inside their own transaction, so an action and its audit entry stand or
fall together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .station import Station


@dataclass(frozen=True)
class AuditEntry:
    id: str
    created_at: str
    operator_id: str
    action: str
    entity: str | None
    record_id: str | None
    reason: str | None
    detail: dict[str, Any]


class AuditLog:
    def __init__(self, station: Station) -> None:
        self._s = station

    def log(
        self,
        action: str,
        entity: str | None = None,
        record_id: str | None = None,
        reason: str | None = None,
        detail: dict[str, Any] | None = None,
        operator_id: str | None = None,
    ) -> None:
        op_id = operator_id or self._s.require_operator().id
        self._s.records.insert(
            "audit_log",
            {
                "action": action,
                "entity": entity,
                "record_id": record_id,
                "reason": reason,
                "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
                "created_at": self._s.clock.stamp(),
                "operator_id": op_id,
            },
        )

    def entries(self, limit: int = 200, action: str | None = None) -> list[AuditEntry]:
        where = "WHERE action = ?" if action else ""
        params: tuple[Any, ...] = (action, limit) if action else (limit,)
        rows = self._s.records.all(
            f"SELECT * FROM audit_log {where} ORDER BY created_at DESC, id DESC LIMIT ?", params
        )
        return [
            AuditEntry(
                r["id"],
                r["created_at"],
                r["operator_id"],
                r["action"],
                r["entity"],
                r["record_id"],
                r["reason"],
                json.loads(r["detail"] or "{}"),
            )
            for r in rows
        ]
