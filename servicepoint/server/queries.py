"""The reads and writes the routes and bodies make that are not a rule of their own: each
takes the connection first, so a route runs it through ``deps.Db`` (gated, one transaction).

Rules live elsewhere: pushes in ``ingest.py``, county-owned data in ``county.py``, reports in
``reports.py``, the pull log in ``pull.py``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, func, select, update

from ..core.county_view import masked_json
from ..core.protocol import QrFields, verify_payload
from ..core.text import clean_text
from . import ingest, reports, schema
from .county import _clean, now_stamp


def station_key(conn: Connection, code: str) -> Row[Any, Any, Any] | None:
    """The station's ``secret`` (hex, None until it enrols), ``name`` and ``device_id``."""
    s = schema.stations
    return conn.execute(select(s.c.secret, s.c.name, s.c.device_id).where(s.c.code == code)).first()


# -- station sync ----------------------------------------------------------------------------


def sync_state(conn: Connection, station: str, device: str, epoch: int) -> dict[str, Any]:
    """What a station checks before it pushes: how far the county acknowledged this device
    and epoch, and the highest receipt number (per year) and trace code (per day) it holds
    for the station, so a restored station numbers on after them."""
    receipts = schema.records["receipts"]
    top = {
        str(year): int(seq)
        for year, seq in conn.execute(
            select(receipts.c.year, func.max(receipts.c.seq))
            .where(receipts.c.station == station)
            .group_by(receipts.c.year)
        )
    }
    return {
        "acked_seq": ingest.acked(conn, device, epoch),
        "receipt_max": top,
        "trace_max": reports.trace_max(conn, station),
    }


def _masked(row: Any) -> dict[str, Any]:
    """A conflict as anyone may see it: a farmer's numbers masked (``core/county_view.py``),
    whatever an older county database still holds."""
    out = dict(row._mapping)
    for side in ("kept", "lost"):
        out[side] = masked_json(out["entity"], out["field"], out[side])
    return out


def station_conflicts(conn: Connection, station: str, after: int) -> list[dict[str, Any]]:
    """Conflicts recorded for ``station`` after its cursor, oldest first (at most 500)."""
    c = schema.conflicts
    return [
        _masked(r)
        for r in conn.execute(
            select(c.c.id, c.c.entity, c.c.record_id, c.c.field, c.c.kept, c.c.lost, c.c.created_at)
            .where(c.c.station == station, c.c.id > after)
            .order_by(c.c.id)
            .limit(500)
        )
    ]


def add_local_items(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Store a station's own catalogue items (checked by the caller); ids the county already
    holds are skipped.  Returns how many were new."""
    table = schema.records["catalogue_items"]
    known = (
        set(
            conn.execute(
                select(table.c.id).where(table.c.id.in_([r["id"] for r in rows]))
            ).scalars()
        )
        if rows
        else set()
    )
    fresh = [r for r in rows if r["id"] not in known]
    if fresh:
        conn.execute(table.insert(), fresh)
    return len(fresh)


# -- county administration -------------------------------------------------------------------


def stations(conn: Connection) -> list[dict[str, Any]]:
    """Every station with how far the county acknowledged its newest epoch."""
    s, c = schema.stations, schema.cursors
    rows = [
        dict(r._mapping)
        for r in conn.execute(
            select(s.c.code, s.c.name, s.c.county, s.c.enrolled_at, s.c.created_at)
        )
    ]
    for row in rows:
        row["acked_seq"] = conn.execute(
            select(c.c.acked_seq).where(c.c.station == row["code"]).order_by(c.c.epoch.desc())
        ).scalar()
    return rows


def conflicts(conn: Connection) -> list[dict[str, Any]]:
    """The newest 500 conflicts of every station, farmers' numbers masked."""
    return [
        _masked(r)
        for r in conn.execute(
            select(schema.conflicts).order_by(schema.conflicts.c.id.desc()).limit(500)
        )
    ]


def conflict_list(
    conn: Connection, station: str | None = None, open_only: bool = True, limit: int = 500
) -> list[dict[str, Any]]:
    """Conflicts newest first (of one station if given; only those not yet resolved unless
    ``open_only`` is false), farmers' numbers masked (the console's 冲突 page)."""
    c = schema.conflicts
    query = select(c).order_by(c.c.id.desc()).limit(limit)
    if station:
        query = query.where(c.c.station == station.upper())
    if open_only:
        query = query.where(c.c.resolved_at.is_(None))
    return [_masked(r) for r in conn.execute(query)]


def resolve_conflict(conn: Connection, conflict_id: int, user: str, note: str) -> str | None:
    """Mark an open conflict resolved by ``user`` with ``note`` (how it was resolved: free
    text of at most 200 characters, required).  Returns the conflict's station, or None when
    there is no such open conflict (already resolved, or never there)."""
    text = _clean(clean_text, note, "resolution_note")
    c = schema.conflicts
    station = conn.execute(
        select(c.c.station).where(c.c.id == conflict_id, c.c.resolved_at.is_(None))
    ).scalar()
    if station is None:
        return None
    conn.execute(
        update(c)
        .where(c.c.id == conflict_id, c.c.resolved_at.is_(None))
        .values(resolved_at=now_stamp(), resolved_by=user[:60], resolution_note=text)
    )
    return str(station)


# -- receipt checks --------------------------------------------------------------------------


def verify_receipt(conn: Connection, qr: str, fields: QrFields) -> dict[str, Any]:
    """A parsed QR code checked against its station's key, and looked up among the records
    the station has synced."""
    key = station_key(conn, fields.station)
    if key is None or key.secret is None:
        return {"valid": False, "reason": "station_unknown", "station": fields.station}
    if verify_payload(qr, bytes.fromhex(key.secret)) is None:
        return {"valid": False, "reason": "signature_wrong", "station": fields.station}
    known = (
        reports.receipt_known(conn, fields.station, fields.number, fields.doc_id)
        if fields.amount_fen is not None
        else None
    )
    return {
        "valid": True,
        "station": fields.station,
        "station_name": key.name,
        "number": fields.number,
        "amount_fen": fields.amount_fen,
        "day": fields.day,
        "synced": known is not None,
        "record": known,
    }
