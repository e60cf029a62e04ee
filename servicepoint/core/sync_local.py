"""The station-side halves of sync that touch only the local database.

Reading the outbox into batches, trimming it to what the county acknowledged, applying pulled
county data, computing the totals the county compares, and writing the signed USB export.
Each write is one local transaction, so a power cut between two steps leaves a state the next
run resumes from (SYNC.md guarantee 2).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import protocol
from .buyback_prices import apply_pulled_line
from .county_view import change_for_county
from .errors import InvalidInput
from .farmers import pinyin_keys
from .migrations import SYNCED

if TYPE_CHECKING:
    from .station import Station


def _batch_from(station: Station, rows: list[dict[str, Any]]) -> dict[str, Any]:
    ident = station.identity
    base = int(station.records.scalar("SELECT epoch_base FROM sync_state WHERE id = 1"))
    return {
        "station": ident.code,
        "device": ident.device_id,
        "epoch": ident.epoch,
        "epoch_base": base,
        "first_seq": rows[0]["seq"],
        "last_seq": rows[-1]["seq"],
        "changes": [
            {
                "seq": r["seq"],
                "entity": r["entity"],
                "id": r["record_id"],
                "op": r["op"],
                # only what the county needs of a farmer leaves the PC (docs/sync.md)
                "payload": change_for_county(r["entity"], r["op"], json.loads(r["payload"])),
            }
            for r in rows
        ],
    }


def outbox_batch(station: Station, size: int) -> dict[str, Any] | None:
    """The next ``size`` unsent changes in order, or None when the outbox is empty."""
    rows = station.records.all(
        "SELECT seq, entity, record_id, op, payload FROM outbox WHERE seq > "
        "(SELECT acked_seq FROM sync_state WHERE id = 1) ORDER BY seq LIMIT ?",
        (size,),
    )
    return _batch_from(station, rows) if rows else None


def trim_outbox(station: Station, acked_seq: int) -> int:
    """Forget changes the county acknowledged; returns how many were trimmed."""
    with station.records.atomic() as db:
        current = int(station.records.scalar("SELECT acked_seq FROM sync_state WHERE id = 1"))
        trimmed = db.execute("DELETE FROM outbox WHERE seq <= ?", (acked_seq,)).rowcount
        if acked_seq > current:
            db.execute("UPDATE sync_state SET acked_seq = ? WHERE id = 1", (acked_seq,))
    return int(trimmed or 0)


def _apply_item(station: Station, row: dict[str, Any]) -> None:
    db = station.records.db
    clash = station.records.scalar(
        "SELECT id FROM catalogue_items WHERE sku = ? AND id <> ?", (row.get("sku"), row["id"])
    )
    if clash:  # a row from a local CSV import: keep it for old orders, out of the way
        db.execute("UPDATE catalogue_items SET sku = NULL, active = 0 WHERE id = ?", (clash,))
    if not station.records.scalar(
        "SELECT 1 FROM categories WHERE code = ?", (row["category_code"],)
    ):
        db.execute(
            "INSERT INTO categories (code, name, commission_bp, updated_at) VALUES (?, ?, 1000, ?)",
            (row["category_code"], row["category_code"], row["updated_at"]),
        )
    values = {
        "id": row["id"],
        "station": None,
        "change_seq": None,
        "sku": row.get("sku"),
        "barcode": row.get("barcode"),
        "name": row["name"],
        "name_initials": row.get("name_initials") or pinyin_keys(row["name"])[1][:40],
        "category_code": row["category_code"],
        "unit": row["unit"],
        "price_fen": int(row["price_fen"]),
        "platform": row.get("platform"),
        "link_ref": row.get("link_ref"),
        "commission_bp": row.get("commission_bp"),
        "source": "county",
        "active": int(row.get("active", 1)),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }
    cols = ", ".join(values)
    updates = ", ".join(f"{k} = excluded.{k}" for k in values if k != "id")
    db.execute(
        f"INSERT INTO catalogue_items ({cols}) VALUES ({', '.join('?' for _ in values)})"
        f" ON CONFLICT(id) DO UPDATE SET {updates}",
        tuple(values.values()),
    )


def apply_pulled(station: Station, page: dict[str, Any]) -> int:
    """One page of county data and its cursor, in one transaction. Returns rows applied."""
    applied = 0
    with station.records.atomic() as db:
        for change in page.get("changes") or []:
            entity, row = change.get("entity"), change.get("payload") or {}
            if entity == "categories":
                db.execute(
                    "INSERT INTO categories (code, name, commission_bp, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                    "commission_bp = excluded.commission_bp, updated_at = excluded.updated_at",
                    (row["code"], row["name"], int(row["commission_bp"]), row["updated_at"]),
                )
            elif entity == "items":
                _apply_item(station, row)
            elif entity == "notices":
                db.execute(
                    "INSERT INTO notices (id, title, body, published_at, expires_at, active) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    "title = excluded.title, body = excluded.body, "
                    "expires_at = excluded.expires_at, active = excluded.active",
                    (
                        row["id"],
                        row["title"],
                        row["body"],
                        row["published_at"],
                        row.get("expires_at"),
                        int(row.get("active", 1)),
                    ),
                )
            elif entity == "county_payments":
                db.execute(
                    "INSERT OR IGNORE INTO county_payments (id, period, amount_fen, method, "
                    "reference, note, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        row["id"],
                        row["period"],
                        int(row["amount_fen"]),
                        row["method"],
                        row.get("reference"),
                        row.get("note"),
                        row["paid_at"],
                    ),
                )
            elif entity == "buyback_prices":  # issue 16: a price line published or withdrawn
                station.records.wrote("buyback_prices")
                if not apply_pulled_line(db, row):
                    continue
            elif entity == "buyback_reimbursements":  # what the county repaid for buy-back
                station.records.wrote("buyback_reimbursements")
                db.execute(
                    "INSERT OR IGNORE INTO buyback_reimbursements (id, period, amount_fen, "
                    "method, reference, note, paid_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        row["id"],
                        row["period"],
                        int(row["amount_fen"]),
                        row["method"],
                        row.get("reference"),
                        row.get("note"),
                        row["paid_at"],
                    ),
                )
            else:
                continue  # a record type from a newer county server: ignored, not fatal
            applied += 1
        db.execute("UPDATE sync_state SET pull_cursor = ? WHERE id = 1", (page.get("cursor"),))
        if "public_url" in page:  # a county that serves the check page (issue 14)
            _store_public_url(station, page["public_url"])
    return applied


def _store_public_url(station: Station, given: object) -> None:
    """Where receipts' QR codes point from now on: the county's public address, or, when it
    names none, the address this station enrolled with.  An address that is not one
    (``protocol.public_base``) changes nothing."""
    if given is None:
        given = station.records.scalar("SELECT server_url FROM sync_state WHERE id = 1")
    url = protocol.public_base(given)
    if url is not None:
        station.records.db.execute("UPDATE sync_state SET public_url = ? WHERE id = 1", (url,))


#: Record types in an order where each names only types before it: a repair re-sends whole
#: types in this order (the order of ``local_totals``), so a payment's receipt is there first.
_FIRST = ("farmers", "catalogue_items", "orders", "receipts")
REPAIR_ORDER = (*_FIRST, *(e for e in SYNCED if e not in _FIRST))


def local_totals(station: Station) -> dict[str, tuple[int, int]]:
    """Per record type: (count, sum of its money column), as the county computes them;
    in :data:`REPAIR_ORDER`."""
    totals = {}
    for entity in REPAIR_ORDER:
        column = protocol.MONEY_FIELD.get(entity)
        amount = f"COALESCE(SUM({column}), 0)" if column else "0"
        count, total = station.records.db.execute(
            f"SELECT COUNT(*), {amount} FROM {entity} WHERE station = ?", (station.code,)
        ).fetchone()
        totals[entity] = (int(count), int(total))
    return totals


def local_items(station: Station) -> list[dict[str, Any]]:
    """Catalogue rows imported at the station (CSV) rather than pulled from the county."""
    rows = station.records.all(
        "SELECT id, sku, barcode, name, name_initials, category_code, unit, price_fen, "
        "platform, link_ref, commission_bp, active, created_at, updated_at "
        "FROM catalogue_items WHERE station IS NULL AND source = 'county' ORDER BY id"
    )
    return rows


def rows_for_repair(station: Station, entity: str, size: int) -> Iterator[list[dict[str, Any]]]:
    if entity not in SYNCED:
        return
    chunk: list[dict[str, Any]] = []
    for row in station.records.all(
        f"SELECT * FROM {entity} WHERE station = ? ORDER BY id", (station.code,)
    ):
        row.pop("change_seq", None)
        chunk.append({"entity": entity, "payload": change_for_county(entity, "insert", row)})
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class ExportInfo:
    path: Path
    changes: int
    first_seq: int
    last_seq: int
    size_bytes: int


def export_outbox(station: Station, path: Path | str) -> ExportInfo:
    """Every unsent change in one file signed with the station key, for a USB stick.

    Nothing is trimmed: the outbox shrinks when a later sync learns what the county imported.
    """
    target = Path(path)
    if target.is_dir():
        raise InvalidInput("export_path_is_folder", path=str(target))
    rows = station.records.all(
        "SELECT seq, entity, record_id, op, payload FROM outbox WHERE seq > "
        "(SELECT acked_seq FROM sync_state WHERE id = 1) ORDER BY seq"
    )
    if not rows:
        raise InvalidInput("export_nothing")
    batch = _batch_from(station, rows)
    body = protocol.encode(
        {
            "format": "servicepoint-export/1",
            "batch": batch,
            "signature": protocol.sign(station.secret, protocol.dumps_canonical(batch)),
            "exported_at": station.clock.stamp(),
        }
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with open(partial, "wb") as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
    return ExportInfo(target, len(rows), rows[0]["seq"], rows[-1]["seq"], len(body))
