"""County reports over the stations' records, and the totals a station checks after sync.

Days are the first ten characters of ``created_at``: stations stamp records in China time with
the offset (``ids.Clock.stamp``), so the text prefix is the station's own calendar day and the
county's per-day sums line up with the station's daily close without any time-zone arithmetic.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, literal_column, select

from ..core.protocol import MONEY_FIELD, trace_parts
from . import schema
from .entities import ENTITIES


def station_totals(conn: Connection, station: str) -> dict[str, list[int]]:
    """Per record type: [count, sum of its money column] for one station (SYNC.md)."""
    totals: dict[str, list[int]] = {}
    for entity in ENTITIES:
        table = schema.records[entity]
        money_col = MONEY_FIELD.get(entity)
        amount = (
            func.coalesce(func.sum(table.c[money_col]), 0) if money_col else literal_column("0")
        )
        count, total = conn.execute(
            select(func.count(), amount).where(table.c.station == station)
        ).one()
        totals[entity] = [int(count), int(total)]
    return totals


def _day(column: Any) -> Any:
    # Literal (not bound) arguments, so PostgreSQL sees the GROUP BY and SELECT expressions
    # as the same one.
    return func.substr(column, literal_column("1"), literal_column("10"))


def daily_sums(
    conn: Connection, station: str, day_from: str, day_to: str
) -> dict[str, dict[str, int]]:
    """Per day: money by payment kind and method, commission by source, consignment sales
    and settlement payouts — the figures of the station's own daily close."""
    out: dict[str, dict[str, int]] = {}
    end = day_to + "\uffff"

    def add(day: str, key: str, value: int) -> None:
        out.setdefault(day, {})[key] = out.get(day, {}).get(key, 0) + int(value)

    p = schema.records["payments"]
    for day, kind, method, total in conn.execute(
        select(_day(p.c.created_at), p.c.kind, p.c.method, func.sum(p.c.amount_fen))
        .where(p.c.station == station, p.c.created_at >= day_from, p.c.created_at < end)
        .group_by(_day(p.c.created_at), p.c.kind, p.c.method)
    ):
        add(day, f"payments.{kind}.{method}", total)
        add(day, f"payments.{method}", total)
    c = schema.records["commission_entries"]
    for day, source, total in conn.execute(
        select(_day(c.c.created_at), c.c.source, func.sum(c.c.amount_fen))
        .where(c.c.station == station, c.c.created_at >= day_from, c.c.created_at < end)
        .group_by(_day(c.c.created_at), c.c.source)
    ):
        add(day, f"commission.{source}", total)
    for entity, column, key in (
        ("consignment_sales", "amount_fen", "consignment_sales"),
        ("settlements", "payout_fen", "settlement_payouts"),
    ):
        t = schema.records[entity]
        for day, total in conn.execute(
            select(_day(t.c.created_at), func.sum(t.c[column]))
            .where(t.c.station == station, t.c.created_at >= day_from, t.c.created_at < end)
            .group_by(_day(t.c.created_at))
        ):
            add(day, key, total)
    return dict(sorted(out.items()))


PURCHASE_KINDS = ("purchase", "purchase_refund", "purchase_void")


def summary(conn: Connection, day_from: str, day_to: str) -> dict[str, Any]:
    """Per station and in total, for the county's monthly meeting."""
    end = day_to + "\uffff"
    r = schema.records
    rows: dict[str, dict[str, int]] = {}
    names = {
        code: name
        for code, name in conn.execute(select(schema.stations.c.code, schema.stations.c.name))
    }

    def collect(key: str, query: Any) -> None:
        for station, value in conn.execute(query):
            rows.setdefault(station, {})[key] = int(value or 0)

    def in_period(table: Any, column: str = "created_at") -> Any:
        return (table.c[column] >= day_from) & (table.c[column] < end)

    o, p, c = r["orders"], r["payments"], r["commission_entries"]
    collect("orders", select(o.c.station, func.count()).where(in_period(o)).group_by(o.c.station))
    collect(
        "takings_fen",
        select(p.c.station, func.sum(p.c.amount_fen))
        .where(in_period(p), p.c.kind.in_(PURCHASE_KINDS))
        .group_by(p.c.station),
    )
    collect(
        "commission_fen",
        select(c.c.station, func.sum(c.c.amount_fen)).where(in_period(c)).group_by(c.c.station),
    )
    cp = schema.county_payments
    collect(
        "commission_paid_fen",
        select(cp.c.station, func.sum(cp.c.amount_fen))
        .where(in_period(cp, "paid_at"))
        .group_by(cp.c.station),
    )
    rem = r["remittances"]
    collect(
        "remitted_fen",
        select(rem.c.station, func.sum(rem.c.amount_fen))
        .where(in_period(rem))
        .group_by(rem.c.station),
    )
    s, st = r["consignment_sales"], r["settlements"]
    collect(
        "consignment_sales_fen",
        select(s.c.station, func.sum(s.c.amount_fen)).where(in_period(s)).group_by(s.c.station),
    )
    collect(
        "consignment_payouts_fen",
        select(st.c.station, func.sum(st.c.payout_fen)).where(in_period(st)).group_by(st.c.station),
    )
    f = r["farmers"]
    served = (
        select(o.c.station, o.c.farmer_id.label("farmer"))
        .where(in_period(o), o.c.status != "cancelled")
        .union(select(s.c.station, s.c.farmer_id).where(in_period(s)))
    ).subquery()
    collect(
        "poor_households_served",
        select(served.c.station, func.count(func.distinct(served.c.farmer)))
        .join_from(served, f, f.c.id == served.c.farmer)
        .where(f.c.is_poor == 1)
        .group_by(served.c.station),
    )
    # Income paid to poor households, as the station's poverty report counts it (docs/
    # reports.md): settlement money paid out in cash or mobile, plus settlement money that
    # cleared their debt by offset; both net of voids, dated when the money moved.
    collect(
        "poor_households_paid_fen",
        select(p.c.station, -func.sum(p.c.amount_fen))
        .join_from(p, f, (f.c.id == p.c.farmer_id) & (f.c.station == p.c.station))
        .where(in_period(p), f.c.is_poor == 1, p.c.kind.in_(("payout", "payout_void")))
        .group_by(p.c.station),
    )
    le = r["ledger_entries"]
    offsets = select(le.c.id).where(le.c.kind == "settlement_offset").scalar_subquery()
    collect(
        "poor_households_offset_fen",
        select(le.c.station, -func.sum(le.c.amount_fen))
        .join_from(le, f, (f.c.id == le.c.farmer_id) & (f.c.station == le.c.station))
        .where(
            in_period(le),
            f.c.is_poor == 1,
            (le.c.kind == "settlement_offset")
            | ((le.c.kind == "reversal") & le.c.reverses_id.in_(offsets)),
        )
        .group_by(le.c.station),
    )
    keys = (
        "orders",
        "takings_fen",
        "commission_fen",
        "commission_paid_fen",
        "remitted_fen",
        "consignment_sales_fen",
        "consignment_payouts_fen",
        "poor_households_served",
        "poor_households_paid_fen",
        "poor_households_offset_fen",
    )
    stations = [
        {
            "station": code,
            "name": names.get(code, code),
            **{k: rows.get(code, {}).get(k, 0) for k in keys},
        }
        for code in sorted(set(rows) | set(names))
    ]
    for row in stations:
        row["poor_households_income_fen"] = (
            row["poor_households_paid_fen"] + row["poor_households_offset_fen"]
        )
    total = {k: sum(row[k] for row in stations) for k in (*keys, "poor_households_income_fen")}
    return {"from": day_from, "to": day_to, "stations": stations, "total": total}


def receipt_known(
    conn: Connection, station: str, number: str, doc_id: str | None = None
) -> dict[str, Any] | None:
    """The county's record of a scanned receipt.  An SP2 code names the record itself, so a
    number held twice (issued again after a restore) still finds the one on the paper."""
    t = schema.records["receipts"]
    query = select(t.c.id, t.c.kind, t.c.amount_fen, t.c.created_at).where(
        t.c.station == station, t.c.number == number
    )
    if doc_id is not None:
        h = doc_id.lower()
        query = query.where(t.c.id == f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    row = conn.execute(query).first()
    if row is None:
        return None
    voided = conn.execute(select(func.count()).where(t.c.voids_receipt_id == row.id)).scalar()
    return {
        "kind": row.kind,
        "amount_fen": int(row.amount_fen),
        "day": row.created_at[:10],
        "voided": bool(voided),
    }


def trace_max(conn: Connection, station: str) -> dict[str, int]:
    """The highest trace sequence per day (yymmdd) the county holds for a station, so a
    restored station's trace codes go on after them (core/numbering.py)."""
    t = schema.records["consignment_batches"]
    top: dict[str, int] = {}
    for (code,) in conn.execute(select(t.c.trace_code).where(t.c.station == station)):
        parts = trace_parts(code)
        if parts is not None:
            top[parts[0]] = max(top.get(parts[0], 0), parts[1])
    return top
