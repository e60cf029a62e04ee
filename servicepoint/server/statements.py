"""The county's monthly commission statement (佣金对账单): one row per station and a total.

Every figure is defined exactly as the station's own monthly statement defines it
(``core/commission.py`` ``CommissionBook.statement``, shown in the station's Reports → 佣金 and
``docs/reports.md``), over the same columns the county holds of the station's records
(``schema.records``), so the county's row for a station equals what that station's own
report shows for the same synced records, to the fen.  For a month ``M`` (``YYYY-MM``), with
"in ``M``" meaning the record's ``created_at`` text is ≥ ``M`` and < the next month (stations
stamp in China time with the offset, so the prefix is the station's own calendar day):

- **collected** (代收货款) — the purchase money the station took for the county in ``M``:
  the sum of ``payments.amount_fen`` of kinds ``purchase``, ``purchase_refund`` and
  ``purchase_void`` (refunds and voids are negative, so they come off).
- **commission** (本站佣金) — the purchase commission the station keeps, accrued in ``M``:
  ``commission_entries`` of source ``purchase`` (returns write negative reversals, so they
  come off).  Consignment commission is the station's own income from farmers' produce and
  is not part of what is owed to the county; it is shown apart (``consignment_commission``).
- **due** (应交县中心) = collected − commission.
- **remitted** (已上缴) — money the station sent the county *for* ``M``: the remittance
  payments whose remittance names period ``M`` (a remittance counts for the month it pays
  for, not the day it left), net of voided remittances.
- **outstanding** (未结清) — everything due up to the end of ``M`` less everything remitted
  for ``M`` and earlier.  So a station that under-remits in March still owes it in April:
  **brought forward** (上月结转) is the outstanding of the month before, and
  outstanding = brought forward + due − remitted.
- **county paid** (县中心已付) — commission payments the county recorded for period ``M``
  (``county_payments``; the station pulls them into its statement as ``county_paid_fen``).

Money is integer fen throughout; the exports (``exports.py``) turn it into yuan.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from ..core.protocol import CHINA_TZ
from . import schema
from .errors import ApiError

PURCHASE_KINDS = ("purchase", "purchase_refund", "purchase_void")
_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")

#: The money columns of a statement row, in the order the exports show them.
MONEY = (
    "brought_forward_fen",
    "collected_fen",
    "commission_fen",
    "due_fen",
    "remitted_fen",
    "outstanding_fen",
    "county_paid_fen",
)


@dataclass(frozen=True)
class StationStatement:
    """One station's month (or, with ``station`` empty, the total of all of them)."""

    station: str
    name: str
    brought_forward_fen: int = 0
    collected_fen: int = 0
    commission_fen: int = 0
    due_fen: int = 0
    remitted_fen: int = 0
    outstanding_fen: int = 0
    county_paid_fen: int = 0
    consignment_commission_fen: int = 0


@dataclass(frozen=True)
class Statement:
    month: str
    #: The county the stations belong to (the name most of them are registered with), or "".
    county: str
    stations: list[StationStatement]
    total: StationStatement
    #: When it was read, China time (the "printed at" line of the exports).
    made_at: str = field(default="")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year + mon // 12}-{mon % 12 + 1:02d}"


def this_month(now: datetime | None = None) -> str:
    """The current month in China time (the stations' calendar)."""
    return (now or datetime.now(CHINA_TZ)).astimezone(CHINA_TZ).strftime("%Y-%m")


def check_month(month: str, now: datetime | None = None) -> str:
    """``YYYY-MM`` and not after this month: 422 ``statement_month_malformed`` or
    ``statement_month_future`` otherwise (a future month has no records, and a statement of
    one would look like a settled month of zeros)."""
    if not isinstance(month, str) or not _MONTH.fullmatch(month):
        raise ApiError(422, "statement_month_malformed", value=str(month)[:20])
    current = this_month(now)
    if month > current:
        raise ApiError(422, "statement_month_future", month=month, current=current)
    return month


def _sums(conn: Connection, query: Any) -> dict[str, int]:
    return {station: int(value or 0) for station, value in conn.execute(query)}


def _created_between(table: Any, start: str | None, end: str) -> Any:
    cond = table.c.created_at < end
    return cond if start is None else cond & (table.c.created_at >= start)


def _collected(conn: Connection, start: str | None, end: str) -> dict[str, int]:
    p = schema.records["payments"]
    return _sums(
        conn,
        select(p.c.station, func.sum(p.c.amount_fen))
        .where(_created_between(p, start, end), p.c.kind.in_(PURCHASE_KINDS))
        .group_by(p.c.station),
    )


def _commission(conn: Connection, source: str, start: str | None, end: str) -> dict[str, int]:
    c = schema.records["commission_entries"]
    return _sums(
        conn,
        select(c.c.station, func.sum(c.c.amount_fen))
        .where(_created_between(c, start, end), c.c.source == source)
        .group_by(c.c.station),
    )


def _remitted(conn: Connection, month: str, *, through: bool) -> dict[str, int]:
    """Remitted for ``month`` (or, ``through``, for it and every month before), as a
    positive amount: remittance payments are negative (money leaving the point), their
    voids positive."""
    p, r = schema.records["payments"], schema.records["remittances"]
    period = r.c.period <= month if through else r.c.period == month
    paid = _sums(
        conn,
        select(p.c.station, func.sum(p.c.amount_fen))
        .join_from(p, r, (r.c.id == p.c.remittance_id) & (r.c.station == p.c.station))
        .where(period)
        .group_by(p.c.station),
    )
    return {station: -value for station, value in paid.items()}


def _county_paid(conn: Connection, month: str) -> dict[str, int]:
    cp = schema.county_payments
    return _sums(
        conn,
        select(cp.c.station, func.sum(cp.c.amount_fen))
        .where(cp.c.period == month)
        .group_by(cp.c.station),
    )


def _before(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:])
    return f"{year - 1}-12" if mon == 1 else f"{year}-{mon - 1:02d}"


def monthly_statement(conn: Connection, month: str, now: datetime | None = None) -> Statement:
    """Every station's commission statement for ``month`` (checked by the caller or here),
    stations in code order, with the total row.  Stations the county registered show with
    zeros; records of a station the county no longer lists still count."""
    check_month(month, now)
    start, end = month, next_month(month)
    collected = _collected(conn, start, end)
    commission = _commission(conn, "purchase", start, end)
    consignment = _commission(conn, "consignment", start, end)
    remitted = _remitted(conn, month, through=False)
    # Everything up to the start of the month, less everything remitted for earlier months.
    due_before = Counter(_collected(conn, None, start))
    due_before.subtract(_commission(conn, "purchase", None, start))
    remitted_before = _remitted(conn, _before(month), through=True)
    county_paid = _county_paid(conn, month)

    s = schema.stations
    registered = list(conn.execute(select(s.c.code, s.c.name, s.c.county)))
    names = {code: name for code, name, _ in registered}
    counties = Counter(c for _, _, c in registered if c)
    codes = set(names)
    for figures in (collected, commission, consignment, remitted, due_before, remitted_before):
        codes.update(figures)
    codes.update(county_paid)
    rows = []
    for code in sorted(codes):
        forward = due_before.get(code, 0) - remitted_before.get(code, 0)
        due = collected.get(code, 0) - commission.get(code, 0)
        rows.append(
            StationStatement(
                station=code,
                name=names.get(code, code),
                brought_forward_fen=forward,
                collected_fen=collected.get(code, 0),
                commission_fen=commission.get(code, 0),
                due_fen=due,
                remitted_fen=remitted.get(code, 0),
                outstanding_fen=forward + due - remitted.get(code, 0),
                county_paid_fen=county_paid.get(code, 0),
                consignment_commission_fen=consignment.get(code, 0),
            )
        )
    sums = {
        f.name: sum(getattr(row, f.name) for row in rows)
        for f in fields(StationStatement)
        if f.name.endswith("_fen")
    }
    made = (now or datetime.now(CHINA_TZ)).astimezone(CHINA_TZ).isoformat(timespec="seconds")
    return Statement(
        month=month,
        county=counties.most_common(1)[0][0] if counties else "",
        stations=rows,
        total=StationStatement(station="", name="", **sums),
        made_at=made,
    )
