"""The poverty figures as ``server/poverty.py`` computed them before issue 14 kept them per
farmer and month: straight from the record tables, on every call.  Kept here as the reference
``test_poverty_kept.py`` compares the kept figures with; not used by the server."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, case, func, literal_column, select

from servicepoint.server import schema

#: The money figures, in the order the console shows them.
MONEY_FIGURES = (
    "purchases_for_poor_fen",
    "consignment_sales_for_poor_fen",
    "payouts_to_poor_fen",
    "offsets_for_poor_fen",
)
#: Of the income: produce bought outright and, of it, the poor-household premium.
BUYBACK_FIGURES = ("buyback_for_poor_fen", "buyback_premium_for_poor_fen")
#: Every figure a period row carries: the counts, the money, the income they add up to, and
#: what of it came from produce bought outright.
FIGURES = (
    "households_served",
    "poor_households_served",
    *MONEY_FIGURES,
    "income_to_poor_fen",
    *BUYBACK_FIGURES,
)


def _month(column: Any) -> Any:
    # Literal arguments, so PostgreSQL sees the GROUP BY and SELECT expressions as one.
    return func.substr(column, literal_column("1"), literal_column("7"))


def _period(column: Any, day_from: str, day_to: str) -> Any:
    return (column >= day_from) & (column < day_to + "\uffff")


def _only(table: Any, station: str | None) -> list[Any]:
    return [] if station is None else [table.c.station == station]


def _served(day_from: str, day_to: str, station: str | None) -> Any:
    """(station, farmer, month) of every service in the period: an order not cancelled, or a
    consignment sale.  The month is the service's, so a month counts whom it served."""
    r = schema.records
    o, s = r["orders"], r["consignment_sales"]
    return (
        select(o.c.station, o.c.farmer_id.label("farmer"), _month(o.c.created_at).label("month"))
        .where(
            _period(o.c.created_at, day_from, day_to),
            o.c.status != "cancelled",
            *_only(o, station),
        )
        .union(
            select(s.c.station, s.c.farmer_id, _month(s.c.created_at)).where(
                _period(s.c.created_at, day_from, day_to), *_only(s, station)
            )
        )
        .subquery()
    )


@dataclass(frozen=True)
class _Money:
    """Where one money figure comes from: rows of ``source`` whose ``farmer`` is poor."""

    source: Any
    table: Any  # the table whose station, amount and time count
    farmer: Any
    condition: Any
    sign: int


def _money(name: str) -> _Money:
    r = schema.records
    p, le, s = r["payments"], r["ledger_entries"], r["consignment_sales"]
    if name == "purchases_for_poor_fen":
        bought = ("purchase", "purchase_refund", "purchase_void")
        return _Money(p, p, p.c.farmer_id, p.c.kind.in_(bought), 1)
    if name == "consignment_sales_for_poor_fen":
        # a sale payment names its sale, and the sale the farmer whose produce it was
        sold = p.join(s, (s.c.id == p.c.sale_id) & (s.c.station == p.c.station))
        sales = ("consignment_sale", "consignment_sale_void")
        return _Money(sold, p, s.c.farmer_id, p.c.kind.in_(sales), 1)
    if name == "payouts_to_poor_fen":
        return _Money(p, p, p.c.farmer_id, p.c.kind.in_(("payout", "payout_void")), -1)
    offsets = select(le.c.id).where(le.c.kind == "settlement_offset").scalar_subquery()
    offset = (le.c.kind == "settlement_offset") | (
        (le.c.kind == "reversal") & le.c.reverses_id.in_(offsets)
    )
    return _Money(le, le, le.c.farmer_id, offset, -1)


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
    name in :data:`FIGURES`.  With ``station``, that station's rows only."""
    f = schema.records["farmers"]
    rows: dict[tuple[str, str | None], dict[str, Any]] = {}

    def row(station: str, month: list[str]) -> dict[str, Any]:
        key = (station, month[0] if month else None)
        if key not in rows:
            rows[key] = {"station": station, "month": key[1], **dict.fromkeys(FIGURES, 0)}
        return rows[key]

    served = _served(day_from, day_to, station)
    by = [served.c.station, *([served.c.month] if by_month else [])]
    joined = select(*by, func.count(func.distinct(served.c.farmer))).join_from(
        served, f, (f.c.id == served.c.farmer) & (f.c.station == served.c.station)
    )
    for name, query in (
        ("households_served", joined),
        ("poor_households_served", joined.where(f.c.is_poor == 1)),
    ):
        for code, *month, count in conn.execute(query.group_by(*by)):
            row(code, month)[name] = int(count)
    for name in MONEY_FIGURES:
        m = _money(name)
        t = m.table.c
        by = [t.station, *([_month(t.created_at)] if by_month else [])]
        query = (
            select(*by, func.sum(t.amount_fen))
            .select_from(m.source)
            .join(f, (f.c.id == m.farmer) & (f.c.station == t.station))
            .where(
                m.condition,
                f.c.is_poor == 1,
                _period(t.created_at, day_from, day_to),
                *_only(m.table, station),
            )
            .group_by(*by)
        )
        for code, *month, total in conn.execute(query):
            row(code, month)[name] = m.sign * int(total or 0)
    # produce bought outright from poor households, as the station's report sums it: each
    # load + on its receipt's day and − on its void's
    lots, rc = schema.records["buyback_lots"], schema.records["receipts"]
    sign = case((rc.c.kind == "void", -1), else_=1)
    by = [rc.c.station, *([_month(rc.c.created_at)] if by_month else [])]
    query = (
        select(
            *by,
            func.sum(sign * lots.c.amount_fen),
            func.sum(sign * lots.c.premium_amount_fen),
        )
        .select_from(lots)
        .join(
            rc,
            (rc.c.station == lots.c.station)
            & ((rc.c.id == lots.c.receipt_id) | (rc.c.voids_receipt_id == lots.c.receipt_id)),
        )
        .join(f, (f.c.id == lots.c.farmer_id) & (f.c.station == lots.c.station))
        .where(f.c.is_poor == 1, _period(rc.c.created_at, day_from, day_to), *_only(rc, station))
        .group_by(*by)
    )
    for code, *month, amount, premium in conn.execute(query):
        one = row(code, month)
        one["buyback_for_poor_fen"] = int(amount or 0)
        one["buyback_premium_for_poor_fen"] = int(premium or 0)
    for one in rows.values():
        one["income_to_poor_fen"] = one["payouts_to_poor_fen"] + one["offsets_for_poor_fen"]
    return sorted(rows.values(), key=lambda x: (x["station"], x["month"] or ""))


def _income_by_farmer(conn: Connection, since: str, until: str) -> dict[tuple[str, str], int]:
    """Income paid per (station, farmer) in [since, until]: payouts plus offsets, net of
    voids and reversals, as :func:`figures` counts it."""
    income: dict[tuple[str, str], int] = {}
    for name in ("payouts_to_poor_fen", "offsets_for_poor_fen"):
        m = _money(name)
        t = m.table.c
        query = (
            select(t.station, m.farmer, func.sum(t.amount_fen))
            .select_from(m.source)
            .where(m.condition, _period(t.created_at, since, until))
            .group_by(t.station, m.farmer)
        )
        for station, farmer, total in conn.execute(query):
            key = (station, farmer)
            income[key] = income.get(key, 0) + m.sign * int(total or 0)
    return income


def _last_income(conn: Connection) -> dict[tuple[str, str], str]:
    """The day of each farmer's latest payout or offset that was not voided or reversed."""
    r = schema.records
    p, le = r["payments"], r["ledger_entries"]
    last: dict[tuple[str, str], str] = {}
    voided_payouts = select(p.c.reverses_id).where(
        p.c.kind == "payout_void", p.c.reverses_id.is_not(None)
    )
    reversed_entries = select(le.c.reverses_id).where(
        le.c.kind == "reversal", le.c.reverses_id.is_not(None)
    )
    for query in (
        select(p.c.station, p.c.farmer_id, func.max(p.c.created_at))
        .where(p.c.kind == "payout", p.c.id.not_in(voided_payouts))
        .group_by(p.c.station, p.c.farmer_id),
        select(le.c.station, le.c.farmer_id, func.max(le.c.created_at))
        .where(le.c.kind == "settlement_offset", le.c.id.not_in(reversed_entries))
        .group_by(le.c.station, le.c.farmer_id),
    ):
        for station, farmer, at in conn.execute(query):
            key = (station, farmer)
            if farmer is not None and at and at[:10] > last.get(key, ""):
                last[key] = at[:10]
    return last


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
    """The watch list's rule in plain Python, from the poor farmers' rows, their income in
    the window and the day of their last income: a household paid at any point is left off
    (the same name and last four card characters, or the same farmer where there is no
    card).  Production applies it in SQL (``poverty._unpaid_poor``); this is what it is
    checked against."""
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
