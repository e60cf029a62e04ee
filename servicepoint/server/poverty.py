"""Poverty-alleviation monitoring at the county (扶贫监测): the station's own figures, for
every station, by month, and the watch list.

The figures are exactly those of the station's poverty report (``core/reports.py``
``Reports.poverty``; docs/reports.md), computed from the synced records, so a county officer
and an operator who look at the same station and period read the same numbers:

- households served: farmers who placed an order that was not cancelled, had produce
  sold, or sold a load outright (收购), in the period; poor households served: those of them
  flagged poor;
- purchases for poor households: purchase payments less refunds and voids;
- their produce sold: consignment-sale payments less voids;
- income paid to poor households: settlement payouts in cash or mobile less voided
  payouts, plus settlement money that cleared their debt by offset less reversals, plus
  produce bought outright from them (its cash and mobile with the payouts, its offset with
  the offsets; the station's report shows the same total, with buy-back on a line of its own);
- of that income, produce bought outright from poor households (the loads' amounts) and, of
  that, the poor-household premium: + at the purchase, − at its void, on the receipt's day.
  "Of which" figures, already counted in the income and never added to it again.

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

from sqlalchemy import Connection, and_, case, func, literal_column, or_, select, tuple_

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
#: Of the income: produce bought outright (收购) and, of it, the poor-household premium.
BUYBACK_FIGURES = ("buyback_for_poor_fen", "buyback_premium_for_poor_fen")
_COUNTS = ("households_served", "poor_households_served")
#: Every figure a period row carries: the counts, the money, the income they add up to, and
#: what of the income came from produce bought outright.
FIGURES = (*_COUNTS, *MONEY_FIGURES, "income_to_poor_fen", *BUYBACK_FIGURES)
#: The money figures summed over months and places (all but the counts).
_SUMMED = (*MONEY_FIGURES, "income_to_poor_fen", *BUYBACK_FIGURES)
#: The kept columns (``poverty_store.py``) of the money and buy-back figures, in their order.
_COLUMNS = (
    "purchases_fen",
    "sales_fen",
    "payouts_fen",
    "offsets_fen",
    "buyback_fen",
    "premium_fen",
)
#: The figures a month row reads, in the order of its query's columns.
_READ = (*_COUNTS, *MONEY_FIGURES, *BUYBACK_FIGURES)


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
    ``station_months``, the days of a month the period covers in part from ``farmer_days``;
    households over the whole period by :func:`_households`."""
    months = _month_rows(conn, day_from, day_to, station)
    return months if by_month else _over_period(conn, day_from, day_to, station, months)


def period_and_months(
    conn: Connection, day_from: str, day_to: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``figures`` over the period and by month, for every station, from one read of the
    months (the 扶贫监测 page shows both)."""
    months = _month_rows(conn, day_from, day_to, None)
    return _over_period(conn, day_from, day_to, None, months), months


def _month_rows(
    conn: Connection, day_from: str, day_to: str, station: str | None
) -> list[dict[str, Any]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    span = _span(day_from, day_to)
    for table, month, condition in _parts(span, station):
        t = table.c
        if table is schema.farmer_months:  # whole months: their sums, kept per push
            assert span.months is not None
            query = _summed_months(span.months, station)
        else:
            query = (
                select(
                    t.station,
                    month,
                    func.count(func.distinct(case((t.served == 1, t.farmer_id)))),
                    func.count(
                        func.distinct(case((and_(t.served == 1, t.is_poor == 1), t.farmer_id)))
                    ),
                    *(_poor(t[name], table) for name in _COLUMNS),
                )
                .where(condition)
                .group_by(t.station, month)
            )
        for code, month_of, *values in conn.execute(query):
            one = rows.setdefault(
                (code, month_of),
                {"station": code, "month": month_of, **dict.fromkeys(FIGURES, 0)},
            )
            for name, value in zip(_READ, values, strict=True):
                one[name] += _SIGN.get(name, 1) * int(value or 0)
    for one in rows.values():
        one["income_to_poor_fen"] = one["payouts_to_poor_fen"] + one["offsets_for_poor_fen"]
    return sorted(rows.values(), key=lambda x: (x["station"], x["month"]))


def _over_period(
    conn: Connection,
    day_from: str,
    day_to: str,
    station: str | None,
    months: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The month rows added up per station (money is a flow), with each household counted
    once over the whole period (:func:`_households`)."""
    rows: dict[str, dict[str, Any]] = {}
    for one in months:
        total = rows.setdefault(
            one["station"], {"station": one["station"], "month": None, **dict.fromkeys(FIGURES, 0)}
        )
        for name in _SUMMED:
            total[name] += one[name]
    if rows:
        for code, count, poor_count in _households(conn, _span(day_from, day_to), station):
            rows[code]["households_served"] += count
            rows[code]["poor_households_served"] += poor_count
    return sorted(rows.values(), key=lambda x: x["station"])


#: The sign each money figure's kept column is read with (payouts and offsets are stored
#: as money leaving the point).
_SIGN = {"payouts_to_poor_fen": -1, "offsets_for_poor_fen": -1}


def _households(conn: Connection, span: _Span, station: str | None) -> list[tuple[str, int, int]]:
    """(station, households served, poor ones) over ``span``, each household once, in parts
    that add up: those served in its whole months (counted on their first served row there:
    ``station_month_firsts``, migration 0010), then those served only on its other days
    (``farmer_days``, a DISTINCT over those few days, less the farmers of the first part)."""
    out: list[tuple[str, int, int]] = []
    d = schema.farmer_days.c
    if span.months is not None:
        f = schema.station_month_firsts.c
        only = [] if station is None else [f.station == station]
        query = (
            select(f.station, func.sum(f.households), func.sum(f.poor_households))
            .where(f.month.between(*span.months), f.prev_served < span.months[0], *only)
            .group_by(f.station)
        )
        out += [(code, int(n), int(poor or 0)) for code, n, poor in conn.execute(query)]
    if span.days:
        days = or_(*((d.day >= low) & (d.day <= high) for low, high in span.days))
        where = [d.served == 1, days] + ([] if station is None else [d.station == station])
        table: Any = schema.farmer_days
        if span.months is not None:
            first, last = span.months
            # A day around the whole months: its farmer's row of that month says by its
            # previous or next served month whether it was served in them (one lookup by key).
            own = schema.farmer_months.alias("own_month")
            table = table.join(
                own,
                and_(
                    own.c.station == d.station,
                    own.c.farmer_id == d.farmer_id,
                    own.c.month == func.substr(d.day, literal_column("1"), literal_column("7")),
                ),
            )
            where.append(
                or_(
                    and_(
                        d.day > last,
                        or_(own.c.prev_served.is_(None), own.c.prev_served < first),
                    ),
                    and_(
                        d.day < first,
                        or_(own.c.next_served.is_(None), own.c.next_served > last),
                    ),
                )
            )
        query = (
            select(
                d.station,
                func.count(func.distinct(d.farmer_id)),
                func.count(func.distinct(case((d.is_poor == 1, d.farmer_id)))),
            )
            .select_from(table)
            .where(*where)
            .group_by(d.station)
        )
        out += [(code, int(n), int(poor)) for code, n, poor in conn.execute(query)]
    return out


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


def _last4(column: Any) -> Any:
    """The last four characters of a text column (all of it if shorter), as Python's
    ``card[-4:]``; spelt with ``length`` and ``substr`` so SQLite and PostgreSQL agree."""
    return case(
        (func.length(column) > 4, func.substr(column, func.length(column) - 3)), else_=column
    )


def _unpaid_poor(today: date, days: int) -> Any:
    """The condition on ``farmers`` of the watch list: poor, and no income paid in the
    ``days`` days up to ``today`` to the farmer, nor (for a farmer with a poverty card) to a
    poor farmer of the same name and the same last four card characters at any point.

    A farmer's income in the window is its payouts plus offsets there, net of voids and
    reversals (``farmer_days``, as :func:`figures` counts it), paid if above nothing."""
    since, until = (today - timedelta(days=days - 1)).isoformat(), today.isoformat()
    d, f = schema.farmer_days.c, schema.records["farmers"]
    paid = (
        select(d.station, d.farmer_id)
        .where(d.day >= since, d.day <= until, d.is_poor == 1, d.money_rows > 0)
        .group_by(d.station, d.farmer_id)
        .having(func.sum(d.payouts_fen) + func.sum(d.offsets_fen) < 0)
        .cte("paid")
    )
    payee = f.alias("payee")
    card = payee.c.poverty_card_no
    paid_cards = (
        select(payee.c.name, _last4(card))
        .join(paid, and_(paid.c.station == payee.c.station, paid.c.farmer_id == payee.c.id))
        .where(payee.c.is_poor == 1, func.coalesce(card, "") != "")
    )
    carded = func.coalesce(f.c.poverty_card_no, "") != ""
    return and_(
        f.c.is_poor == 1,
        or_(
            and_(carded, tuple_(f.c.name, _last4(f.c.poverty_card_no)).not_in(paid_cards)),
            and_(
                ~carded,
                tuple_(f.c.station, f.c.id).not_in(select(paid.c.station, paid.c.farmer_id)),
            ),
        ),
    )


def watch_counts(conn: Connection, today: date, days: int = 90) -> dict[str, int]:
    """How many households of each station are on :func:`watch_list`, counted in SQL (a
    county has tens of thousands of poor households; the page shows them per village)."""
    f = schema.records["farmers"]
    query = select(f.c.station, func.count()).where(_unpaid_poor(today, days)).group_by(f.c.station)
    return {station: int(n) for station, n in conn.execute(query)}


def watch_list(
    conn: Connection, today: date, days: int = 90, stations: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """Registered poor households with no income paid through any point in the ``days``
    days up to ``today``: whom the county should visit (of ``stations`` only, if given).

    "Through any point": the county cannot know one person registered at two points for
    sure, but a household with the same name and the same last four characters of its
    poverty card at another point that did pay it is taken to be the same household and left
    off.  Only what the county may hold is shown (``core/county_view.py``): the name, the
    village group and the masked card number, with the day of the last income if any."""
    f, d = schema.records["farmers"], schema.farmer_days.c
    where = [_unpaid_poor(today, days)]
    last_where = [d.income_kept == 1, d.is_poor == 1]
    if stations is not None:
        codes = sorted(set(stations))
        where.append(f.c.station.in_(codes))
        last_where.append(d.station.in_(codes))
    poor = conn.execute(
        select(
            f.c.station, f.c.id, f.c.name, f.c.village_group, f.c.poverty_card_no, f.c.created_at
        ).where(*where)
    ).all()
    # the day of each poor farmer's latest payout or offset that was not voided or reversed
    last = {
        (station, farmer): day
        for station, farmer, day in conn.execute(
            select(d.station, d.farmer_id, func.max(d.day))
            .where(*last_where)
            .group_by(d.station, d.farmer_id)
        )
        if day
    }
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
    ]
    return sorted(out, key=lambda x: (x["station"], x["village_group"] or "", x["name"]))
