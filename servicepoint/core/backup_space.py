"""Backups that fit an old PC's disk: compressed copies, and a total kept under a budget.

On the five-year benchmark station one plain copy is hundreds of megabytes and rotation keeps
up to 26 of them.  So a backup into the station's folder is gzip-compressed (level 1: almost
all of the size gain for a fraction of the time of higher levels, bench/README.md), and after
rotation the oldest backups go until the folder is under the budget: the setting
``backup_budget_bytes``, else the smaller of 3 GB and a tenth of the free space.

Python's ``gzip`` module is the library for the job; the restore reads ``.db`` and ``.db.gz``
alike.
"""

from __future__ import annotations

import builtins
import gzip
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .backup import BackupInfo

#: The default ceiling when the free space would allow more.
DEFAULT_BUDGET_BYTES = 3 * 1024**3
#: The default share of the free disk space backups may take.
FREE_SHARE = 10
COMPRESS_LEVEL = 1
_GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Space:
    """The backups folder's disk use, for the backups panel."""

    used_bytes: int
    budget_bytes: int
    free_bytes: int
    count: int

    @property
    def over(self) -> bool:
        return self.used_bytes > self.budget_bytes


def is_compressed(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(2) == _GZIP_MAGIC
    except OSError:
        return False


def compress(source: Path, target: Path) -> None:
    """Gzip ``source`` into ``target`` (written whole, then fsynced by the caller's rename)."""
    with open(source, "rb") as raw, gzip.open(target, "wb", compresslevel=COMPRESS_LEVEL) as out:
        shutil.copyfileobj(raw, out, _CHUNK)
    with open(target, "rb+") as f:
        os.fsync(f.fileno())


def decompress(source: Path, target: Path) -> None:
    """Unpack a ``.db.gz`` backup into ``target`` (a damaged archive raises OSError/EOFError)."""
    with gzip.open(source, "rb") as packed, open(target, "wb") as out:
        shutil.copyfileobj(packed, out, _CHUNK)


def head(path: Path, size: int) -> bytes:
    """The first bytes of the database inside a backup, compressed or not."""
    opener = gzip.open if is_compressed(path) else open
    with opener(path, "rb") as f:
        return bytes(f.read(size))


def budget(folder: Path, setting: int | None) -> int:
    """The most the backups may take: the setting, else min(3 GB, 10 % of free space)."""
    if setting:
        return int(setting)
    free = shutil.disk_usage(folder).free
    return min(DEFAULT_BUDGET_BYTES, free // FREE_SHARE)


def space(folder: Path, backups: builtins.list[BackupInfo], setting: int | None) -> Space:
    return Space(
        sum(b.size_bytes for b in backups),
        budget(folder, setting),
        shutil.disk_usage(folder).free,
        len(backups),
    )


def over_budget(backups: builtins.list[BackupInfo], limit: int) -> builtins.list[BackupInfo]:
    """Which daily backups to delete so the total fits ``limit`` (newest first in, in the
    order to delete them out).

    The monthly ones go first, oldest first, then the older dailies; the newest backup is
    always kept, and backups made by hand or before a restore are the operator's and never
    deleted (they still count, and the panel shows when they alone are over the budget).
    """
    total = sum(b.size_bytes for b in backups)
    if total <= limit or not backups:
        return []
    newest = backups[0]
    dailies = [b for b in backups if b.kind == "daily" and b is not newest]
    seen_days: list[object] = []
    recent, monthly = [], []
    for b in dailies:  # newest first: the first of each day is that day's kept backup
        if len(seen_days) < 14 and b.day not in seen_days:
            seen_days.append(b.day)
            recent.append(b)
        else:
            monthly.append(b)
    order = list(reversed(monthly)) + list(reversed(recent))
    doomed = []
    for b in order:
        if total <= limit:
            break
        doomed.append(b)
        total -= b.size_bytes
    return doomed
