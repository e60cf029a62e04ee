"""What the sync client reports: where sync stands (``SyncStatus``) and what a run did
(``SyncResult``), with their wording for the window and the CLI.

Split out of ``sync.py`` so the client module stays small and holds only the talking to the
county; ``sync.SyncStatus`` and ``sync.SyncResult`` still import from there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import ServicePointError, SyncFailed
from .sync_conflicts import Conflict

if TYPE_CHECKING:
    from .station import Station

CLOCK_WARN_S = 300


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    waiting: int
    last_success: str | None
    last_attempt: str | None
    error_code: str | None
    error_params: dict[str, Any]
    clock_offset_s: int | None
    stuck: bool  # changes waiting and no success for over two days: say so loudly
    restored_unconfirmed: bool = False  # restored from a backup, county not asked yet
    #: Numbered documents are refused until the county confirms or a manager opens a block.
    numbers_closed: bool = False
    open_conflicts: int = 0  # conflicts the county recorded, not yet acknowledged

    def last_error(self, lang: str = "zh_CN") -> str | None:
        if not self.error_code:
            return None
        return SyncFailed(self.error_code, **self.error_params).message(lang)

    @property
    def clock_off(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARN_S


def waiting(station: Station) -> int:
    """The one count of changes not yet accepted by the county (the status bar, Home and the
    Sync screen all show this number)."""
    return int(station.records.scalar("SELECT COUNT(*) FROM outbox"))


def read_status(station: Station) -> SyncStatus:
    """Where sync stands, from the station's records alone.

    Here rather than on the client, so the window's status bar can show it at start-up
    without importing the client and what it talks to the county with.
    """
    st = station.records.one("SELECT * FROM sync_state WHERE id = 1")
    assert st is not None  # made by the migrations
    count = waiting(station)
    stuck = False
    if count and st["last_attempt"]:
        reference = st["last_success"] or station.identity.created_at
        stuck = (station.clock.now() - datetime.fromisoformat(reference)).days >= 2
    params = json.loads(st["last_error"]) if st["last_error"] else {}
    unconfirmed = bool(st["token"]) and st["confirmed_epoch"] < station.identity.epoch
    conflicts = int(
        station.records.scalar("SELECT COUNT(*) FROM sync_conflicts WHERE acknowledged_at IS NULL")
    )
    return SyncStatus(
        bool(st["token"]),
        st["server_url"],
        count,
        st["last_success"],
        st["last_attempt"],
        st["last_error_code"],
        params,
        st["clock_offset_s"],
        stuck,
        unconfirmed,
        not st["numbers_open"],
        conflicts,
    )


@dataclass
class SyncResult:
    ok: bool
    pushed: int = 0
    pulled: int = 0
    repaired: int = 0
    conflicts: int = 0  # found in this run's pushes
    error: ServicePointError | None = None
    notes: list[str] = field(default_factory=list)
    #: Conflicts the county recorded for this station that no manager has acknowledged yet.
    open_conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        """Succeeded with nothing for a manager to look at: only then is it plain success."""
        return self.ok and not self.open_conflicts

    def summary(self, lang: str = "zh_CN") -> str:
        if lang.startswith("zh"):
            text = f"上传 {self.pushed} 条，下载 {self.pulled} 条"
            if self.repaired:
                text += f"，补传 {self.repaired} 条"
            if not self.ok:
                return f"同步失败：{self.error.message(lang) if self.error else ''}（{text}）"
            if self.open_conflicts:
                return (
                    f"同步完成（{text}），但县服务器记录了 {len(self.open_conflicts)} 个"
                    f"冲突，需要站长查看并确认：\n"
                    + "\n".join("- " + c.describe(lang) for c in self.open_conflicts)
                )
            return "同步成功：" + text + "。"
        text = f"sent {self.pushed}, received {self.pulled}"
        if self.repaired:
            text += f", re-sent {self.repaired}"
        if not self.ok:
            return f"Sync failed: {self.error.message('en') if self.error else ''} ({text})"
        if self.open_conflicts:
            return (
                f"Sync finished ({text}), but the county recorded "
                f"{len(self.open_conflicts)} conflict(s) a manager must look at and "
                f"acknowledge:\n" + "\n".join("- " + c.describe(lang) for c in self.open_conflicts)
            )
        return f"Sync succeeded: {text}."
