"""Poverty-alleviation monitoring at the county (扶贫监测): the station's own figures, for
every station, by month, and the watch list.

The figures are exactly those of the station's poverty report (``core/reports.py``
``Reports.poverty``; docs/reports.md), computed from the synced records, so a county officer
and an operator who look at the same station and period read the same numbers:

- households served: farmers who placed an order that was not cancelled, or had produce
  sold, in the period; poor households served: those of them flagged poor;
- purchases for poor households: purchase payments less refunds and voids;
- their produce sold: consignment-sale payments less voids;
- income paid to poor households: settlement payouts in cash or mobile less voided
  payouts, plus settlement money that cleared their debt by offset less reversals.

Farmers are per station (the county holds no number that would tell one person registered at
two points apart from two namesakes), so a sum over stations counts such a household once per
station.  The watch list is the exception, see :func:`watch_list`.

Queries are grouped by station, or by station and month (the first seven characters of
``created_at``, the station's own calendar month, as ``reports._day`` does for days).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, case, func, literal_column, select, union_all

from ..core.protocol import CHINA_TZ
from . import schema


def china_today() -> date:
    """The stations' "today" (their records are stamped in China time): the watch list's."""
    return datetime.now(CHINA_TZ).date()


#: The money figures, in the order the console shows them.
MONEY_FIGURES = (
    "purchases_for_poor_fen",
    "consignment_sales_for_poor_fen",
    "payouts_to_poor_fen",
    "offsets_for_poor_fen",
)
#: Every figure a period row carries: the counts, the money, and the income they add up to.
FIGURES = ("households_served", "poor_households_served", *MONEY_FIGURES, "income_to_poor_fen")
#: The kept columns (``poverty_store.py``) of each money figure, in the same order.
_COLUMNS = ("purchases_fen", "sales_fen", "payouts_fen", "offsets_fen")


@dataclass(frozen=True)
class _Span:
    """A period cut at month edges: the whole months it covers (read from ``farmer_months``)
    and the days of the months it covers in part (read from ``farmer_days``)."""

    months: tuple[str, str] | None
    days: tuple[tuple[str, str], ...]


def _span(day_from: str, day_to: str) -> _Span:
    try:
        first, last = date.fromisoformat(day_from), date.fromisoformat(day_to)
    except ValueError:  # not two days: compare as the records' stamps would
        return _Span(None, ((day_from, day_to),))
    if first > last:
        return _Span(None, ())
    whole_from = first if first.day == 1 else _next_month(first)
    after = last + timedelta(days=1)
    whole_to = after if after.day == 1 else after.replace(day=1)  # exclusive
    if whole_from >= whole_to:  # inside one month, or across one edge
        edge = _next_month(first)
        if edge <= last:
            return _Span(None, ((day_from, str(edge - timedelta(days=1))), (str(edge), day_to)))
        return _Span(None, ((day_from, day_to),))
    days = []
    if first < whole_from:
        days.append((day_from, str(whole_from - timedelta(days=1))))
    if whole_to <= last:
        days.append((str(whole_to), day_to))
    months = (whole_from.isoformat()[:7], (whole_to - timedelta(days=1)).isoformat()[:7])
    return _Span(months, tuple(days))


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _parts(span: _Span, station: str | None) -> list[tuple[Any, Any, Any]]:
    """(table, its month expression, its condition) for each part of ``span``; only rows that
    count: a household served, or money of a poor household."""
    out = []
    parts: list[tuple[Any, Any]] = []
    m, d = schema.farmer_months, schema.farmer_days
    if span.months is not None:
        parts.append((m, m.c.month.between(*span.months)))
    for low, high in span.days:
        parts.append((d, (d.c.day >= low) & (d.c.day <= high)))
    for table, period in parts:
        t = table.c
        month = (
            t.month if table is m else func.substr(t.day, literal_column("1"), literal_column("7"))
        )
        counts = (t.served == 1) | ((t.is_poor == 1) & (t.money_rows > 0))
        only = [] if station is None else [t.station == station]
        out.append((table, month, and_(period, counts, *only)))
    return out


def _summed_months(months: tuple[str, str], station: str | None) -> Any:
    """The whole months by station from ``station_months`` (sums kept per push)."""
    s = schema.station_months.c
    only = [] if station is None else [s.station == station]
    return select(
        s.station,
        s.month,
        s.households,
        s.poor_households,
        *(s[name] for name in _COLUMNS),
    ).where(s.month.between(*months), *only)


def _poor(column: Any, table: Any) -> Any:
    return func.sum(case((table.c.is_poor == 1, column), else_=0))


def figures(
    conn: Connection,
    day_from: str,
    day_to: str,
    *,
    by_month: bool = False,
    station: str | None = None,
) -> list[dict[str, Any]]:
    """One row per station (per station and month with ``by_month``) that served anyone or
    moved money for a poor household: ``station``, ``month`` (None unless by month) and every
    name in :data:`FIGURES`.  With ``station``, that station's rows only.

    Read from the figures ``ingest`` keeps (``poverty_store.py``): whole months from
    ``farmer_months``, the days of a month the period covers in part from ``farmer_days``."""
    rows: dict[tuple[str, str | None], dict[str, Any]] = {}
    span = _span(day_from, day_to)
    parts = _parts(span, station)
    for table, month, condition in parts:
        t = table.c
        served: Any
        if table is schema.farmer_months and by_month and span.months is not None:
            query = _summed_months(span.months, station)
        elif table is schema.farmer_months:  # one row per farmer and month: no DISTINCT
            served = func.sum(t.served)
            poor_served = _poor(t.served, table)
        else:
            served = func.count(func.distinct(case((t.served == 1, t.farmer_id))))
            poor_served = func.count(
                func.distinct(case((and_(t.served == 1, t.is_poor == 1), t.farmer_id)))
            )
        if table is not schema.farmer_months or not by_month:
            query = (
                select(
                    t.station,
                    month,
                    served,
                    poor_served,
                    *(_poor(t[name], table) for name in _COLUMNS),
                )
                .where(condition)
                .group_by(t.station, month)
            )
        for code, month_of, *values in conn.execute(query):
            key = (code, month_of if by_month else None)
            one = rows.setdefault(
                key, {"station": code, "month": key[1], **dict.fromkeys(FIGURES, 0)}
            )
            for name, value in zip(FIGURES[:6], values, strict=True):
                sign = -1 if name in ("payouts_to_poor_fen", "offsets_for_poor_fen") else 1
                one[name] += sign * int(value or 0)
    if not by_month and parts:  # a household served in two months counts once in all
        for one in rows.values():
            one["households_served"] = one["poor_households_served"] = 0
        served_rows = union_all(
            *(
                select(table.c.station, table.c.farmer_id, table.c.is_poor).where(
                    condition, table.c.served == 1
                )
                for table, _month, condition in parts
            )
        ).subquery()
        u = served_rows.c
        query = select(
            u.station,
            func.count(func.distinct(u.farmer_id)),
            func.count(func.distinct(case((u.is_poor == 1, u.farmer_id)))),
        ).group_by(u.station)
        for code, count, poor_count in conn.execute(query):
            rows[(code, None)]["households_served"] = int(count)
            rows[(code, None)]["poor_households_served"] = int(poor_count)
    for one in rows.values():
        one["income_to_poor_fen"] = one["payouts_to_poor_fen"] + one["offsets_for_poor_fen"]
    return sorted(rows.values(), key=lambda x: (x["station"], x["month"] or ""))


def registered_poor(conn: Connection) -> dict[str, int]:
    """Farmers flagged poor now, per station: a register, not a flow, so never summed over
    months."""
    f = schema.records["farmers"]
    query = select(f.c.station, func.count()).where(f.c.is_poor == 1).group_by(f.c.station)
    return {station: int(count) for station, count in conn.execute(query)}


def add_up(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """The figures of several rows added up (a township, a village, the county)."""
    total = dict.fromkeys(FIGURES, 0)
    for one in rows:
        for name in FIGURES:
            total[name] += int(one[name])
    return total


def _income_by_farmer(conn: Connection, since: str, until: str) -> dict[tuple[str, str], int]:
    """Income paid per poor (station, farmer) in [since, until]: payouts plus offsets, net of
    voids and reversals, as :func:`figures` counts it."""
    d = schema.farmer_days.c
    query = (
        select(d.station, d.farmer_id, func.sum(d.payouts_fen), func.sum(d.offsets_fen))
        .where(d.day >= since, d.day <= until, d.is_poor == 1, d.money_rows > 0)
        .group_by(d.station, d.farmer_id)
    )
    return {
        (station, farmer): -int(payouts or 0) - int(offsets or 0)
        for station, farmer, payouts, offsets in conn.execute(query)
    }


def _last_income(conn: Connection) -> dict[tuple[str, str], str]:
    """The day of each poor farmer's latest payout or offset that was not voided or
    reversed."""
    d = schema.farmer_days.c
    query = (
        select(d.station, d.farmer_id, func.max(d.day))
        .where(d.income_kept == 1, d.is_poor == 1)
        .group_by(d.station, d.farmer_id)
    )
    return {(station, farmer): day for station, farmer, day in conn.execute(query) if day}


def watch_list(conn: Connection, today: date, days: int = 90) -> list[dict[str, Any]]:
    """Registered poor households with no income paid through any point in the ``days``
    days up to ``today``: whom the county should visit.

    "Through any point": the county cannot know one person registered at two points for
    sure, but a household with the same name and the same last four characters of its
    poverty card at another point that did pay it is taken to be the same household and left
    off.  Only what the county may hold is shown (``core/county_view.py``): the name, the
    village group and the masked card number, with the day of the last income if any."""
    since, until = (today - timedelta(days=days - 1)).isoformat(), today.isoformat()
    income = _income_by_farmer(conn, since, until)
    last = _last_income(conn)
    f = schema.records["farmers"]
    poor = conn.execute(
        select(
            f.c.station, f.c.id, f.c.name, f.c.village_group, f.c.poverty_card_no, f.c.created_at
        ).where(f.c.is_poor == 1)
    ).all()
    return households_to_visit(poor, income, last)


def households_to_visit(
    poor: Iterable[Any],
    income: dict[tuple[str, str], int],
    last: dict[tuple[str, str], str],
) -> list[dict[str, Any]]:
    """The watch list from the poor farmers' rows, their income in the window and the day of
    their last income: a household paid at any point is left off (see :func:`watch_list`).
    Apart from the queries so that the tests' reference of the figures uses the same rule."""
    poor = list(poor)

    def household(row: Any) -> tuple[str, ...]:
        card = row.poverty_card_no
        return (row.name, card[-4:]) if card else (row.station, row.id)

    paid = {household(row) for row in poor if income.get((row.station, row.id), 0) > 0}
    out = [
        {
            "station": row.station,
            "name": row.name,
            "village_group": row.village_group,
            "poverty_card": row.poverty_card_no,
            "registered_on": (row.created_at or "")[:10],
            "last_income_on": last.get((row.station, row.id)),
        }
        for row in poor
        if household(row) not in paid
    ]
    return sorted(out, key=lambda x: (x["station"], x["village_group"] or "", x["name"]))
