"""The sync epoch rule, in one place: restore (``restore.restore``) and the sync client
(``sync.SyncClient`` on ``sync_gap`` / ``epoch_retired``) both start a new epoch here.

A device's pushes are numbered by its outbox ``seq`` within an epoch; the county keys them by
``(device, epoch, seq)`` (SYNC.md, docs/sync.md "Epochs and restores").  A new epoch starts
whenever the county's idea of this device's sequence can no longer be trusted: a restore put
an older file in place, or the county lost or outgrew what this file knows.  Two rules:

- **The number** is one above every epoch known to have been used by this device: the
  station's own, the replaced file's on a restore, the county's newest on ``epoch_retired``.
  Reusing an epoch the county has seen would let old and new changes share ``(epoch, seq)``.
- **The base** (``epoch_base``, where the county opens the new epoch's cursor) is the ``seq``
  just before the first change the county has not acknowledged, so the first batch of the new
  epoch starts exactly at ``base + 1`` — no gap, nothing acknowledged sent again.  While the
  outbox holds exactly the changes after ``acked_seq`` (``trim_outbox`` deletes and advances
  in one transaction) that is ``acked_seq`` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .station import Station


def next_epoch(*known: int) -> int:
    """One above every epoch this device is known to have used."""
    return max(known) + 1


def epoch_base(station: Station) -> int:
    """The ``seq`` just before the first change the county has not acknowledged."""
    acked = int(station.records.scalar("SELECT acked_seq FROM sync_state WHERE id = 1"))
    first_unsent = station.records.scalar("SELECT MIN(seq) FROM outbox WHERE seq > ?", (acked,))
    return acked if first_unsent is None else int(first_unsent) - 1


def start_new_epoch(station: Station, *also_known: int) -> int:
    """Move the station to a new epoch; returns it.  ``also_known``: epochs used elsewhere
    (the replaced file's, the county's newest).  Runs in the caller's transaction if any."""
    with station.records.atomic() as db:
        epoch = next_epoch(station.identity.epoch, *also_known)
        base = epoch_base(station)
        db.execute("UPDATE station SET epoch = ? WHERE id = 1", (epoch,))
        db.execute("UPDATE sync_state SET epoch_base = ?, acked_seq = ? WHERE id = 1", (base, base))
    return epoch
