"""Per-station document numbers that are never issued twice (docs/sync.md "Numbering after a
restore").

Two series are numbered by the station: receipts (``GJ01-2026-000123``, a counter per year;
order numbers are their receipt's number) and trace codes (``GJ01-261202-001``, a counter per
day).  Both counters live in the station file and move on in the same transaction as the
document, so a rolled-back sale takes its number back.

A restore puts older counters in place.  Documents issued after the backup may still exist on
paper, at the county, or in the replaced file, so the restore decides what is safe:

- the replaced file could be read → its counters are carried over (``counters_of`` then
  ``raise_counters``); numbering goes on after them at once;
- otherwise numbering is **closed** (``numbers_open = 0``): no numbered document until either
  the county is asked (``confirm_from_county``: counters move past everything it holds, then
  into a fresh block, because a lost PC may have printed documents it never sent), or a
  manager opens a fresh block without the county (``open_fresh_block``).

A fresh block starts at the next multiple of ``RECEIPT_BLOCK`` above every receipt number this
year known here, and today's trace codes at ``TRACE_BLOCK``.  Receipts in a block print a mark.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InvalidState
from .protocol import trace_parts

if TYPE_CHECKING:
    from .operators import Operator
    from .station import Station

#: Receipt numbers of a fresh block start after a multiple of this: more than a village point
#: issues in years, so the lost period cannot have reached it.
RECEIPT_BLOCK = 100_000
#: Today's trace codes in a fresh block start after this (a point takes in a few batches a
#: day); earlier days cannot get new trace codes, later days were never lost.
TRACE_BLOCK = 500


@dataclass(frozen=True)
class Block:
    series: str  # "receipt" or "trace"
    period: str  # the year (receipts) or the yymmdd day (trace codes)
    first_seq: int
    reason: str
    created_at: str


def is_open(station: Station) -> bool:
    return bool(station.records.scalar("SELECT numbers_open FROM sync_state WHERE id = 1"))


def require_open(station: Station) -> None:
    """Refuse a numbered document while a restore's numbers are unconfirmed."""
    if not is_open(station):
        raise InvalidState("numbers_closed_after_restore")


def _next(station: Station, table: str, key: str, value: int | str) -> int:
    require_open(station)
    station.db.execute(
        f"INSERT INTO {table} ({key}, last_seq) VALUES (?, 1) "
        f"ON CONFLICT({key}) DO UPDATE SET last_seq = last_seq + 1",
        (value,),
    )
    return int(station.records.scalar(f"SELECT last_seq FROM {table} WHERE {key} = ?", (value,)))


def next_receipt_seq(station: Station, year: int) -> int:
    """Take the next receipt number of ``year``; inside the caller's transaction."""
    return _next(station, "receipt_counters", "year", year)


def next_trace_seq(station: Station, day: str) -> int:
    """Take the next trace sequence of ``day`` (yymmdd); inside the caller's transaction."""
    return _next(station, "trace_counters", "day", day)


def _raise_receipt_counter(station: Station, year: int, seq: int) -> None:
    """Counter of ``year`` to at least ``seq``; the skipped numbers are recorded as held
    elsewhere (``receipt_gaps``) so ``check`` does not call them gaps."""
    last = int(
        station.records.scalar(
            "SELECT COALESCE(MAX(last_seq), 0) FROM receipt_counters WHERE year = ?", (year,)
        )
        or 0
    )
    if seq <= last:
        return
    station.db.execute(
        "INSERT INTO receipt_gaps (year, first_seq, last_seq, created_at) VALUES (?, ?, ?, ?)",
        (year, last + 1, seq, station.clock.stamp()),
    )
    station.db.execute(
        "INSERT INTO receipt_counters (year, last_seq) VALUES (?, ?) "
        "ON CONFLICT(year) DO UPDATE SET last_seq = excluded.last_seq",
        (year, seq),
    )


def _raise_trace_counter(station: Station, day: str, seq: int) -> None:
    station.db.execute(
        "INSERT INTO trace_counters (day, last_seq) VALUES (?, ?) "
        "ON CONFLICT(day) DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)",
        (day, seq),
    )


def raise_counters(
    station: Station, receipt_max: dict[str, Any], trace_max: dict[str, Any]
) -> None:
    """Move counters past numbers held elsewhere (the county, a replaced file).  Values that
    are not plain positive integers are ignored: they come from outside this file."""
    for year, seq in receipt_max.items():
        if str(year).isdigit() and type(seq) is int and seq > 0:
            _raise_receipt_counter(station, int(year), seq)
    for day, seq in trace_max.items():
        if len(str(day)) == 6 and str(day).isdigit() and type(seq) is int and seq > 0:
            _raise_trace_counter(station, str(day), seq)


def counters_of(conn: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int], bool]:
    """Receipt and trace counters of a station file (any version), and whether its numbers
    were open: what a restore carries over from the file it replaces."""
    receipts = {
        str(y): int(s) for y, s in conn.execute("SELECT year, last_seq FROM receipt_counters")
    }
    for year, seq in conn.execute("SELECT year, MAX(last_seq) FROM receipt_gaps GROUP BY year"):
        receipts[str(year)] = max(receipts.get(str(year), 0), int(seq))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "trace_counters" in tables:
        traces = {d: int(s) for d, s in conn.execute("SELECT day, last_seq FROM trace_counters")}
    else:  # a file from before 0004: the codes themselves
        traces = {}
    for (code,) in conn.execute("SELECT trace_code FROM consignment_batches"):
        parts = trace_parts(code)
        if parts is not None:
            traces[parts[0]] = max(traces.get(parts[0], 0), parts[1])
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sync_state)")}
    open_ = True
    if "numbers_open" in columns:
        open_ = bool(conn.execute("SELECT numbers_open FROM sync_state WHERE id = 1").fetchone()[0])
    return receipts, traces, open_


def close(station: Station) -> None:
    """After a restore that could not learn every number issued: no numbered document until
    the county confirms or a manager opens a fresh block.  Inside the caller's transaction."""
    station.db.execute("UPDATE sync_state SET numbers_open = 0 WHERE id = 1")


def _open_block(station: Station, reason: str, operator_id: str | None) -> list[Block]:
    now = station.clock.now()
    year, day, stamp = now.year, now.strftime("%y%m%d"), station.clock.stamp()
    blocks = []
    last = int(
        station.records.scalar(
            "SELECT COALESCE(MAX(last_seq), 0) FROM receipt_counters WHERE year = ?", (year,)
        )
        or 0
    )
    first = (last // RECEIPT_BLOCK + 1) * RECEIPT_BLOCK + 1
    _raise_receipt_counter(station, year, first - 1)
    blocks.append(Block("receipt", str(year), first, reason, stamp))
    trace_last = int(
        station.records.scalar(
            "SELECT COALESCE(MAX(last_seq), 0) FROM trace_counters WHERE day = ?", (day,)
        )
        or 0
    )
    trace_first = max(trace_last, TRACE_BLOCK) + 1
    _raise_trace_counter(station, day, trace_first - 1)
    blocks.append(Block("trace", day, trace_first, reason, stamp))
    station.records.wrote("number_blocks")
    for b in blocks:
        station.db.execute(
            "INSERT INTO number_blocks (series, period, first_seq, reason, created_at, "
            "operator_id) VALUES (?, ?, ?, ?, ?, ?)",
            (b.series, b.period, b.first_seq, b.reason, b.created_at, operator_id),
        )
    station.db.execute("UPDATE sync_state SET numbers_open = 1 WHERE id = 1")
    # The sync that opens a block runs with nobody signed in: "system", as for a restore.
    station.audit.log(
        "number_block_opened",
        "station",
        station.code,
        reason=reason,
        detail={b.series: f"{b.period}:{b.first_seq}" for b in blocks},
        operator_id=operator_id or "system",
    )
    return blocks


def confirm_from_county(
    station: Station, receipt_max: dict[str, Any], trace_max: dict[str, Any]
) -> list[Block]:
    """The sync handshake's answer: counters past everything the county holds.  If numbering
    was closed by a restore, a fresh block follows (documents the lost PC printed but never
    sent are known to nobody).  Inside the caller's transaction."""
    raise_counters(station, receipt_max, trace_max)
    if is_open(station):
        return []
    return _open_block(station, "restore_confirmed_by_county", None)


def open_fresh_block(station: Station, *, approver: Operator | None = None) -> list[Block]:
    """A manager's choice when the county cannot be reached after a restore: numbering goes on
    in a block the lost period cannot have used, and those receipts print a mark."""
    manager = station.require_manager(approver)
    if is_open(station):
        raise InvalidState("numbers_already_open")
    with station.records.atomic():
        return _open_block(station, "restore_manager_block", manager.id)


def block_of_receipt(station: Station, year: int, seq: int) -> Block | None:
    """The fresh block a receipt number lies in, if any (for the printed mark)."""
    row = station.records.one(
        "SELECT * FROM number_blocks WHERE series = 'receipt' AND period = ? AND first_seq <= ? "
        "ORDER BY first_seq DESC LIMIT 1",
        (str(year), seq),
    )
    if row is None:
        return None
    return Block(row["series"], row["period"], row["first_seq"], row["reason"], row["created_at"])
