"""Buy-back at the county (收购, issue 16): the price lines it publishes and what it owes each
station for the produce the station bought at those prices.

Only the county sets prices: a published line is checked by ``core.buyback_rules`` (the same
checks a station applies when it pulls it) and logged in ``county_log`` for every station to
pull, like the catalogue.  A line is withdrawn by logging it inactive, never deleted.

Reimbursement per station: paid to farmers (the amounts of its buy-back receipts, offsets
included, less voids), handling fees (accrued at dispatch, less reversals), what the county
repaid (``buyback_reimbursements``, recorded like commission payments and pulled by the
station), and what is outstanding.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

from ..core.buyback_rules import check_no_overlap, check_price_line, price_line_row
from . import schema
from .county import _clean, _log, now_stamp, payment_row
from .errors import Refusal

ENTITY = "buyback_prices"


def price_lines(conn: Connection, *, active_only: bool = True) -> list[dict[str, Any]]:
    t = schema.buyback_price_lines
    query = select(t).order_by(t.c.product, t.c.grade, t.c.valid_from, t.c.id)
    if active_only:
        query = query.where(t.c.active == 1)
    return [dict(r._mapping) for r in conn.execute(query)]


def publish_price_lines(conn: Connection, raw_lines: list[dict[str, Any]], user: str) -> int:
    """Publish (add or replace by id) price lines; each is checked before anything is kept,
    and no product and grade may have two active lines valid on one day."""
    lines = []
    for raw in raw_lines:
        raw = {"id": str(uuid.uuid4()), **raw}
        lines.append(_clean(check_price_line, raw))
    ids = {line.id for line in lines}
    if len(ids) != len(lines):
        raise Refusal("buyback_price_field", field="id", value="duplicate")
    kept = [
        _clean(check_price_line, {k: v for k, v in row.items() if k != "updated_by"})
        for row in price_lines(conn)
        if row["id"] not in ids
    ]
    _clean(check_no_overlap, [*kept, *lines])
    t = schema.buyback_price_lines
    stamp = now_stamp()
    for line in lines:
        row = price_line_row(line)
        values = {**row, "active": 1, "updated_at": stamp, "updated_by": user}
        exists = conn.execute(select(t.c.id).where(t.c.id == line.id)).scalar()
        if exists is None:
            conn.execute(t.insert().values(**values))
        else:
            conn.execute(update(t).where(t.c.id == line.id).values(**values))
        _log(conn, ENTITY, line.id, {**row, "active": 1, "updated_at": stamp})
    return len(lines)


def withdraw_price_line(conn: Connection, line_id: str, user: str) -> dict[str, Any]:
    """Take a line off every station's list (it stays on record, inactive)."""
    t = schema.buyback_price_lines
    row = conn.execute(select(t).where(t.c.id == line_id)).first()
    if row is None:
        raise Refusal("buyback_no_price", product=str(line_id)[:40], grade="")
    stamp = now_stamp()
    conn.execute(
        update(t).where(t.c.id == line_id).values(active=0, updated_at=stamp, updated_by=user)
    )
    payload = {k: v for k, v in row._mapping.items() if k != "updated_by"}
    payload.update(active=0, updated_at=stamp)
    _log(conn, ENTITY, line_id, payload)
    return payload


def record_reimbursement(
    conn: Connection,
    station: str,
    period: str,
    amount_fen: int,
    method: str,
    reference: str | None,
    note: str | None,
    user: str,
) -> dict[str, Any]:
    """Money the county repaid a station for buy-back; the station pulls it."""
    row = payment_row(
        conn,
        "buyback_reimbursements",
        station,
        period,
        amount_fen,
        method,
        reference,
        note,
        user,
    )
    conn.execute(schema.buyback_reimbursements.insert().values(**row))
    _log(
        conn,
        "buyback_reimbursements",
        row["id"],
        {k: v for k, v in row.items() if k not in ("station", "created_by")},
        station=station,
    )
    return row


def reimbursements(conn: Connection, station: str | None = None) -> list[dict[str, Any]]:
    t = schema.buyback_reimbursements
    query = select(t).order_by(t.c.paid_at.desc())
    if station is not None:
        query = query.where(t.c.station == station)
    return [dict(r._mapping) for r in conn.execute(query)]


def reimbursement(conn: Connection) -> dict[str, Any]:
    """Per station and in total: paid to farmers, of which premium, handling fees, repaid,
    outstanding (paid + fees − repaid), and the lots bought and on hand."""
    receipts, lots = schema.records["receipts"], schema.records["buyback_lots"]
    original = receipts.alias("original")
    paid = dict(
        conn.execute(
            select(receipts.c.station, func.sum(receipts.c.amount_fen))
            .select_from(receipts.outerjoin(original, original.c.id == receipts.c.voids_receipt_id))
            .where(or_(receipts.c.kind == "buyback", original.c.kind == "buyback"))
            .group_by(receipts.c.station)
        ).all()
    )
    live = ~select(receipts.c.id).where(receipts.c.voids_receipt_id == lots.c.receipt_id).exists()
    counted = {
        r.station: r
        for r in conn.execute(
            select(
                lots.c.station,
                func.count().label("lots"),
                func.sum(lots.c.premium_amount_fen).label("premium"),
                func.sum(lots.c.paid_base).label("weight"),
            )
            .where(live)
            .group_by(lots.c.station)
        )
    }
    fees_t = schema.records["buyback_fees"]
    fees = dict(
        conn.execute(
            select(fees_t.c.station, func.sum(fees_t.c.amount_fen)).group_by(fees_t.c.station)
        ).all()
    )
    moves = schema.records["buyback_movements"]
    on_hand = dict(
        conn.execute(
            select(moves.c.station, func.sum(moves.c.quantity_base)).group_by(moves.c.station)
        ).all()
    )
    repaid_t = schema.buyback_reimbursements
    repaid = dict(
        conn.execute(
            select(repaid_t.c.station, func.sum(repaid_t.c.amount_fen)).group_by(repaid_t.c.station)
        ).all()
    )
    s = schema.stations
    rows = []
    total = dict.fromkeys(
        ("paid_fen", "premium_fen", "fees_fen", "repaid_fen", "outstanding_fen"), 0
    )
    total |= {"lots": 0}
    for code, name in conn.execute(select(s.c.code, s.c.name).order_by(s.c.code)):
        c = counted.get(code)
        row = {
            "station": code,
            "name": name,
            "lots": int(c.lots) if c else 0,
            "on_hand_base": int(on_hand.get(code) or 0),
            "paid_fen": int(paid.get(code) or 0),
            "premium_fen": int(c.premium or 0) if c else 0,
            "fees_fen": int(fees.get(code) or 0),
            "repaid_fen": int(repaid.get(code) or 0),
        }
        row["outstanding_fen"] = row["paid_fen"] + row["fees_fen"] - row["repaid_fen"]
        if not (row["lots"] or row["paid_fen"] or row["repaid_fen"] or row["fees_fen"]):
            continue
        rows.append(row)
        for key in total:
            total[key] += row[key]
    return {"stations": rows, "total": total}


def lots_of(conn: Connection, station: str | None, limit: int = 200) -> list[dict[str, Any]]:
    """A station's bought lots (every station's with None), newest first, with the receipt
    number and whether each is voided."""
    receipts, lots = schema.records["receipts"], schema.records["buyback_lots"]
    voided = select(receipts.c.id).where(receipts.c.voids_receipt_id == lots.c.receipt_id).exists()
    number = select(receipts.c.number).where(receipts.c.id == lots.c.receipt_id).scalar_subquery()
    query = (
        select(lots, voided.label("voided"), number.label("number"))
        .order_by(lots.c.created_at.desc())
        .limit(limit)
    )
    if station is not None:
        query = query.where(lots.c.station == station)
    return [dict(r._mapping) for r in conn.execute(query)]
