"""The poverty figures kept per farmer and day and per farmer and month (``farmer_days``,
``farmer_months``, migration 0009), so the 扶贫监测 page reads a few thousand summed rows
instead of recounting a year of orders and payments on every view (issue 14).

Each row holds, for one farmer of one station in one day (or month), from the synced records:

- ``is_poor``: the farmer's flag now (a flag change rewrites all the farmer's rows);
- ``served``: 1 if an order not cancelled, a consignment sale or a load bought outright (收购)
  of the farmer is of that day;
- ``money_rows``: how many payments and ledger entries below are of that day (a figure that
  nets to nothing still gives its station a row in the report, as the records do);
- ``purchases_fen``: purchase payments, refunds and voids; ``sales_fen``: consignment-sale
  payments and their voids (the sale's farmer); ``payouts_fen``: settlement payouts, the cash
  and mobile paid for produce bought outright, and their voids; ``offsets_fen``: settlement and
  buy-back offsets and their reversals: the stored amounts, signs as in the records;
- ``buyback_fen`` and ``premium_fen`` (0013): the amounts of the loads bought outright and,
  of them, the poor-household premium, + at the purchase and − at its void (the void
  receipt's day), as the station's report counts them; already income in the payouts and
  offsets, kept apart for the premium's own column;
- ``income_kept``: 1 if a payout that was not voided, or an offset that was not reversed, is
  of that day (the watch list's "last income");
- ``prev_served`` and ``next_served`` (months only, 0010): the farmer's latest earlier and
  next later month with ``served``, so that households served over a run of whole months are
  counted without ``DISTINCT`` (``station_month_firsts`` counts the served rows by the
  first, per station and month), and a day around those months tells by one lookup whether
  its farmer was served in them.

A row exists only for a (farmer, day) with a service or money; a month row sums its days.

The rows are never incremented: :func:`refresh` recomputes every row of the farmers a push
touched from the record tables, in the push's transaction (``ingest.py``), so a void, a
refund, a returned order's status or a poor flag changed later are right as soon as they are
stored.  :func:`rebuild` recomputes the whole county (migration 0009's backfill).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    case,
    delete,
    exists,
    func,
    inspect,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)

from . import schema

_CHUNK = 400
#: What :func:`rebuild` recomputes.
TABLES = (
    schema.farmer_days,
    schema.farmer_months,
    schema.station_months,
    schema.station_month_firsts,
)
_MONEY = ("purchases_fen", "sales_fen", "payouts_fen", "offsets_fen", "buyback_fen", "premium_fen")
#: The columns an older county's tables have until migration 0013 adds the last two.
_MONEY_BEFORE_0013 = _MONEY[:4]


def _cut(column: Any, length: int) -> Any:
    # Literal arguments, so PostgreSQL sees GROUP BY and SELECT expressions as one.
    return func.substr(column, literal_column("1"), literal_column(str(length)))


def _source(station: str | None, farmers: list[str] | None, lots_kept: bool = True) -> Any:
    """Every service and money row of the farmers (of every farmer with ``None``): station,
    farmer, day and the columns of :data:`schema.farmer_days`, one row per record."""
    r = schema.records
    o, s, p, le = r["orders"], r["consignment_sales"], r["payments"], r["ledger_entries"]
    lots = r["buyback_lots"]
    voids, rev, off = p.alias("voids"), le.alias("rev"), le.alias("off")

    def only(table: Any, farmer: Any) -> list[Any]:
        out = [] if station is None else [table.c.station == station]
        return out if farmers is None else [*out, farmer.in_(farmers)]

    def row(
        table: Any, farmer: Any, served: int, money_row: int | None = None, **money: Any
    ) -> list[Any]:
        zero = literal(0)
        counted = (0 if served else 1) if money_row is None else money_row
        return [
            table.c.station.label("station"),
            farmer.label("farmer"),
            _cut(table.c.created_at, 10).label("day"),
            literal(served).label("served"),
            literal(counted).label("money_rows"),
            *((money.get(name, zero)).label(name) for name in _MONEY),
            money.get("income_kept", zero).label("income_kept"),
        ]

    # Produce bought outright (issue 16) is income paid like a settlement: its cash or mobile
    # payments count with the payouts, an offset of the farmer's debt with the offsets.
    paid_out, paid_back = ("payout", "buyback"), ("payout_void", "buyback_void")
    offsets = ("settlement_offset", "buyback_offset")
    voided = exists().where(voids.c.reverses_id == p.c.id, voids.c.kind.in_(paid_back))
    reversed_ = exists().where(rev.c.reverses_id == le.c.id, rev.c.kind == "reversal")
    of_offset = exists().where(off.c.id == le.c.reverses_id, off.c.kind.in_(offsets))
    sold = p.join(s, and_(s.c.id == p.c.sale_id, s.c.station == p.c.station))
    receipts = r["receipts"]

    def lot_money(kind: str, receipt_of_lot: Any, sign: int) -> Any:
        """The lots' amounts on the day of their receipt (``kind`` "buyback") or of its void
        (``kind`` "void", with ``sign`` −1), as the station's report counts them; not a money
        row (the receipt's payments and offsets are that day's money rows)."""
        joined = receipts.join(
            lots, and_(lots.c.receipt_id == receipt_of_lot, lots.c.station == receipts.c.station)
        )
        return (
            select(
                *row(
                    receipts,
                    lots.c.farmer_id,
                    0,
                    money_row=0,
                    buyback_fen=sign * lots.c.amount_fen,
                    premium_fen=sign * lots.c.premium_amount_fen,
                )
            )
            .select_from(joined)
            .where(receipts.c.kind == kind, *only(lots, lots.c.farmer_id))
        )

    bought = ("purchase", "purchase_refund", "purchase_void")
    return union_all(
        select(*row(o, o.c.farmer_id, 1)).where(o.c.status != "cancelled", *only(o, o.c.farmer_id)),
        select(*row(s, s.c.farmer_id, 1)).where(*only(s, s.c.farmer_id)),
        # an older county's migration 0009 rebuilds before 0012 creates ``buyback_lots``
        *(
            [
                select(*row(lots, lots.c.farmer_id, 1)).where(*only(lots, lots.c.farmer_id)),
                lot_money("buyback", receipts.c.id, 1),
                lot_money("void", receipts.c.voids_receipt_id, -1),
            ]
            if lots_kept
            else []
        ),
        select(*row(p, p.c.farmer_id, 0, purchases_fen=p.c.amount_fen)).where(
            p.c.kind.in_(bought), *only(p, p.c.farmer_id)
        ),
        select(*row(p, s.c.farmer_id, 0, sales_fen=p.c.amount_fen))
        .select_from(sold)
        .where(
            p.c.kind.in_(("consignment_sale", "consignment_sale_void")), *only(p, s.c.farmer_id)
        ),
        select(
            *row(
                p,
                p.c.farmer_id,
                0,
                payouts_fen=p.c.amount_fen,
                income_kept=case((and_(p.c.kind.in_(paid_out), ~voided), 1), else_=0),
            )
        ).where(p.c.kind.in_((*paid_out, *paid_back)), *only(p, p.c.farmer_id)),
        select(
            *row(
                le,
                le.c.farmer_id,
                0,
                offsets_fen=le.c.amount_fen,
                income_kept=case((and_(le.c.kind.in_(offsets), ~reversed_), 1), else_=0),
            )
        ).where(
            or_(le.c.kind.in_(offsets), and_(le.c.kind == "reversal", of_offset)),
            *only(le, le.c.farmer_id),
        ),
    ).subquery("source")


def _write(
    conn: Connection,
    station: str | None,
    farmers: list[str] | None,
    lots_kept: bool = True,
    money: tuple[str, ...] = _MONEY,
) -> None:
    f, days, months = schema.records["farmers"], schema.farmer_days, schema.farmer_months
    src = _source(station, farmers, lots_kept)
    day_rows = (
        select(
            f.c.station,
            f.c.id,
            src.c.day,
            f.c.is_poor,
            func.max(src.c.served),
            func.sum(src.c.money_rows),
            *(func.sum(src.c[name]) for name in money),
            func.max(src.c.income_kept),
        )
        .join_from(src, f, and_(f.c.id == src.c.farmer, f.c.station == src.c.station))
        .group_by(f.c.station, f.c.id, src.c.day, f.c.is_poor)
    )
    cols = ["station", "farmer_id", "day", "is_poor", "served", "money_rows", *money]
    conn.execute(days.insert().from_select([*cols, "income_kept"], day_rows))
    d = days.c
    month = _cut(d.day, 7)
    where = [] if station is None else [d.station == station]
    if farmers is not None:
        where.append(d.farmer_id.in_(farmers))
    month_rows = (
        select(
            d.station,
            d.farmer_id,
            month,
            d.is_poor,
            func.max(d.served),
            func.sum(d.money_rows),
            *(func.sum(d[name]) for name in money),
            func.max(d.income_kept),
            # the latest served month before this one: every row of the farmer is written
            # here at once (``refresh`` deletes them all first), so the window sees them all
            func.max(case((func.max(d.served) == 1, month)))
            .over(partition_by=(d.station, d.farmer_id), order_by=month, rows=(None, -1))
            .label("prev_served"),
            func.min(case((func.max(d.served) == 1, month)))
            .over(partition_by=(d.station, d.farmer_id), order_by=month, rows=(1, None))
            .label("next_served"),
        )
        .where(*where)
        .group_by(d.station, d.farmer_id, month, d.is_poor)
    )
    cols[2] = "month"
    conn.execute(
        months.insert().from_select(
            [*cols, "income_kept", "prev_served", "next_served"], month_rows
        )
    )


def _sum_months(
    conn: Connection,
    station: str | None,
    months: list[str] | None,
    money: tuple[str, ...] = _MONEY,
) -> None:
    """``station_months`` from ``farmer_months``: the rows that count (a household served,
    or money of a poor household), summed per station and month."""
    m = schema.farmer_months.c
    counts = (m.served == 1) | ((m.is_poor == 1) & (m.money_rows > 0))
    where: list[Any] = [counts] if station is None else [counts, m.station == station]
    if months is not None:
        where.append(m.month.in_(months))

    def poor(column: Any) -> Any:
        return func.sum(case((m.is_poor == 1, column), else_=0))

    rows = (
        select(
            m.station,
            m.month,
            func.sum(m.served),
            poor(m.served),
            *(poor(m[name]) for name in money),
        )
        .where(*where)
        .group_by(m.station, m.month)
    )
    cols = ["station", "month", "households", "poor_households", *money]
    conn.execute(schema.station_months.insert().from_select(cols, rows))


def _sum_firsts(conn: Connection, station: str | None, months: list[str] | None) -> None:
    """``station_month_firsts`` from ``farmer_months``: the served rows counted per station,
    month and previous served month."""
    m = schema.farmer_months.c
    where: list[Any] = [m.served == 1] + ([] if station is None else [m.station == station])
    if months is not None:
        where.append(m.month.in_(months))
    prev = func.coalesce(m.prev_served, literal(""))
    rows = (
        select(m.station, m.month, prev, func.count(), func.sum(m.is_poor))
        .where(*where)
        .group_by(m.station, m.month, prev)
    )
    cols = ["station", "month", "prev_served", "households", "poor_households"]
    conn.execute(schema.station_month_firsts.insert().from_select(cols, rows))


def _months_of(conn: Connection, station: str, chunk: list[str]) -> set[str]:
    m = schema.farmer_months.c
    query = select(m.month).where(m.station == station, m.farmer_id.in_(chunk)).distinct()
    return set(conn.execute(query).scalars())


def refresh(conn: Connection, station: str, farmers: Iterable[str]) -> None:
    """Recompute every row of these farmers of ``station`` from the records, and the
    station's months they had rows in, before or after."""
    wanted = sorted(set(farmers))
    months: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        months |= _months_of(conn, station, chunk)
        for table in (schema.farmer_days, schema.farmer_months):
            conn.execute(
                delete(table).where(table.c.station == station, table.c.farmer_id.in_(chunk))
            )
        _write(conn, station, chunk)
        months |= _months_of(conn, station, chunk)
    for month_chunk in (sorted(months)[i : i + _CHUNK] for i in range(0, len(months), _CHUNK)):
        for table in (schema.station_months, schema.station_month_firsts):
            conn.execute(
                delete(table).where(table.c.station == station, table.c.month.in_(month_chunk))
            )
        _sum_months(conn, station, month_chunk)
        _sum_firsts(conn, station, month_chunk)


def rebuild(conn: Connection) -> None:
    """Recompute the four tables for the whole county.  ``station_month_firsts`` only where
    it exists: migration 0009 rebuilds the others before 0010 creates it (and rebuilds)."""
    found = inspect(conn)
    firsts = schema.station_month_firsts.name in found.get_table_names()
    for table in TABLES:
        if table is not schema.station_month_firsts or firsts:
            conn.execute(delete(table))
    kept = {c["name"] for c in found.get_columns(schema.farmer_days.name)}
    money = _MONEY if set(_MONEY) <= kept else _MONEY_BEFORE_0013
    _write(conn, None, None, "buyback_lots" in found.get_table_names(), money)
    _sum_months(conn, None, None, money)
    if firsts:
        _sum_firsts(conn, None, None)


def touched(conn: Connection, station: str, written: dict[str, set[str]]) -> set[str]:
    """The farmers whose rows the records ``written`` (entity → ids, inserted or updated in
    this push) may change: each record's farmer, a sale payment's seller, and the farmer of
    a voided payout or reversed offset, and the farmer of a buy-back receipt or a void (a load's
    amounts count on its receipt's day, which may come in a later push than the load)."""
    r = schema.records
    out = set(written.get("farmers", ()))
    lookups: list[Any] = []
    for entity in ("orders", "consignment_sales", "buyback_lots", "payments", "ledger_entries"):
        table = r[entity]
        ids = sorted(written.get(entity, ()))
        for i in range(0, len(ids), _CHUNK):
            chunk = table.c.id.in_(ids[i : i + _CHUNK])
            lookups.append(select(table.c.farmer_id).where(chunk))
            if entity == "payments":
                s = r["consignment_sales"]
                lookups.append(
                    select(s.c.farmer_id).where(
                        s.c.id.in_(select(table.c.sale_id).where(chunk)), s.c.station == station
                    )
                )
            if entity in ("payments", "ledger_entries"):
                original = table.alias("original")
                lookups.append(
                    select(original.c.farmer_id).where(
                        original.c.id.in_(select(table.c.reverses_id).where(chunk))
                    )
                )
    rc = r["receipts"].c
    ids = sorted(written.get("receipts", ()))
    for i in range(0, len(ids), _CHUNK):
        lookups.append(
            select(rc.farmer_id).where(
                rc.id.in_(ids[i : i + _CHUNK]), rc.kind.in_(("buyback", "void"))
            )
        )
    for query in lookups:
        out.update(fid for fid in conn.execute(query).scalars() if fid)
    return out
