"""One station as the county sees it (the console's 站点 page): takings and commission by
day, consignment stock and settlements due, recent receipts with their standing, and the
notices sent to it.

Every figure is the station's own definition, computed from its synced records, so the county
and the operator read the same numbers:

- takings: purchase payments less refunds and voids (``reports.PURCHASE_KINDS``), the
  money the station collected for goods bought on the platforms;
- commission: the commission entries, reversals included;
- stock on hand: the sum of a batch's stock movements (``core/consignment.py`` ``stock``);
- settlements due: consignment sales neither voided nor covered by a live settlement,
  net of commission (``core/settlement.py`` ``farmers_due``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, exists, func, literal_column, or_, select

from . import schema
from .reports import PURCHASE_KINDS


def _day(column: Any) -> Any:
    return func.substr(column, literal_column("1"), literal_column("10"))


def _in(column: Any, day_from: str, day_to: str) -> Any:
    return (column >= day_from) & (column < day_to + "\uffff")


def daily(conn: Connection, station: str, day_from: str, day_to: str) -> list[dict[str, Any]]:
    """Every day of [day_from, day_to] that had takings or commission, oldest first:
    ``day``, ``takings_fen``, ``commission_fen``."""
    r = schema.records
    p, c = r["payments"], r["commission_entries"]
    days: dict[str, dict[str, Any]] = {}
    for key, query in (
        (
            "takings_fen",
            select(_day(p.c.created_at), func.sum(p.c.amount_fen))
            .where(
                p.c.station == station,
                p.c.kind.in_(PURCHASE_KINDS),
                _in(p.c.created_at, day_from, day_to),
            )
            .group_by(_day(p.c.created_at)),
        ),
        (
            "commission_fen",
            select(_day(c.c.created_at), func.sum(c.c.amount_fen))
            .where(c.c.station == station, _in(c.c.created_at, day_from, day_to))
            .group_by(_day(c.c.created_at)),
        ),
    ):
        for day, total in conn.execute(query):
            row = days.setdefault(day, {"day": day, "takings_fen": 0, "commission_fen": 0})
            row[key] = int(total or 0)
    return [days[d] for d in sorted(days)]


def stock(conn: Connection, station: str) -> list[dict[str, Any]]:
    """Consignment batches with goods on hand: trace code, product, grade, farmer's name,
    unit, base units per unit, taken in, and on hand (base units), oldest first."""
    r = schema.records
    b, m, f = r["consignment_batches"], r["stock_movements"], r["farmers"]
    moved = (
        select(m.c.batch_id, func.sum(m.c.quantity_base).label("on_hand"))
        .where(m.c.station == station)
        .group_by(m.c.batch_id)
        .subquery()
    )
    query = (
        select(
            b.c.trace_code,
            b.c.product,
            b.c.grade,
            f.c.name.label("farmer"),
            b.c.unit,
            b.c.base_per_unit,
            b.c.quantity_base.label("taken_in"),
            moved.c.on_hand,
        )
        .join_from(b, moved, moved.c.batch_id == b.c.id)
        .join(f, (f.c.id == b.c.farmer_id) & (f.c.station == b.c.station), isouter=True)
        .where(b.c.station == station, moved.c.on_hand > 0)
        .order_by(b.c.created_at, b.c.id)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def settlements_due(conn: Connection, station: str) -> list[dict[str, Any]]:
    """Farmers with consignment sales not yet settled: name, number of sales, net due
    (proceeds less commission), oldest sale first."""
    r = schema.records
    s, f = r["consignment_sales"], r["farmers"]
    receipts, lines, settlements = r["receipts"], r["settlement_lines"], r["settlements"]
    voided = exists().where(
        receipts.c.station == station, receipts.c.voids_receipt_id == s.c.receipt_id
    )
    live_settlement = exists().where(
        lines.c.station == station,
        lines.c.sale_id == s.c.id,
        settlements.c.id == lines.c.settlement_id,
        settlements.c.station == station,
        ~exists().where(
            receipts.c.station == station,
            receipts.c.voids_receipt_id == settlements.c.receipt_id,
        ),
    )
    query = (
        select(
            f.c.name,
            func.count().label("sales"),
            func.sum(s.c.amount_fen - s.c.commission_fen).label("net_due_fen"),
        )
        .join_from(s, f, (f.c.id == s.c.farmer_id) & (f.c.station == s.c.station), isouter=True)
        .where(s.c.station == station, ~voided, ~live_settlement)
        .group_by(s.c.farmer_id, f.c.name)
        .order_by(func.min(s.c.created_at))
    )
    return [
        {"farmer": name, "sales": int(n), "net_due_fen": int(net)}
        for name, n, net in conn.execute(query)
    ]


def recent_receipts(conn: Connection, station: str, limit: int = 30) -> list[dict[str, Any]]:
    """The station's newest receipts: number, kind, amount, when, and their standing —
    ``void`` for a void receipt, ``voided`` for one a void cancelled, else ``valid`` (what a
    farmer who scans it is told, ``reports.receipt_known``)."""
    rc = schema.records["receipts"]
    voids = rc.alias("voids")
    cancelled = exists().where(voids.c.station == station, voids.c.voids_receipt_id == rc.c.id)
    query = (
        select(
            rc.c.number,
            rc.c.kind,
            rc.c.amount_fen,
            rc.c.created_at,
            rc.c.voids_receipt_id,
            cancelled.label("cancelled"),
        )
        .where(rc.c.station == station)
        .order_by(rc.c.created_at.desc(), rc.c.number.desc())
        .limit(limit)
    )
    out = []
    for row in conn.execute(query):
        standing = "void" if row.voids_receipt_id else "voided" if row.cancelled else "valid"
        out.append(
            {
                "number": row.number,
                "kind": row.kind,
                "amount_fen": int(row.amount_fen),
                "created_at": row.created_at,
                "standing": standing,
            }
        )
    return out


def notices(conn: Connection, limit: int = 20, station: str | None = None) -> list[dict[str, Any]]:
    """The notices ``station`` pulls, newest first: those to every station and those to it
    alone (``county.add_notice``); without a station, every notice."""
    n = schema.notices
    query = select(n).order_by(n.c.published_at.desc()).limit(limit)
    if station is not None:
        query = query.where(or_(n.c.station.is_(None), n.c.station == station))
    return [dict(row._mapping) for row in conn.execute(query)]
