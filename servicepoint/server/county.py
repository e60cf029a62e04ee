"""What the county centre administers: stations and their tokens, county logins, and the
county-owned data every station pulls (categories and rates, catalogue and prices, notices,
commission payments).

Every change to county-owned data is appended to ``county_log`` in the same transaction, with
the record's whole new state, so a station pulling from its cursor gets the latest state of
each record it has not seen (``pull.pull``).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, select, update

from ..core import money
from ..core.csvfile import read_csv
from ..core.errors import ServicePointError
from ..core.messages import render
from ..core.protocol import token_hash
from ..core.text import (
    check_month,
    clean_code,
    clean_item_name,
    clean_link,
    clean_name,
    clean_text,
    pinyin_keys,
)
from . import schema
from .errors import Refusal

ENROLMENT_VALID_DAYS = 14


def now_stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _log(
    conn: Connection,
    entity: str,
    record_id: str,
    payload: dict[str, Any],
    station: str | None = None,
) -> None:
    conn.execute(
        schema.county_log.insert().values(
            entity=entity,
            record_id=record_id,
            station=station,
            created_at=now_stamp(),
            payload=json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
        )
    )


def _clean(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Core field cleaners raise the station's errors; the county answers them as refusals."""
    try:
        return fn(*args, **kwargs)
    except ServicePointError as error:
        raise Refusal(error.code, **error.params) from error


# -- stations, enrolment, tokens -------------------------------------------------------------


def add_station(conn: Connection, code: str, name: str, county: str | None = None) -> str:
    """Register a station (or renew its enrolment code) and return a one-time enrolment code."""
    code = str(code).strip().upper()
    if not code.isalnum() or not 2 <= len(code) <= 12 or not code.isascii():
        raise Refusal("station_code_malformed", value=code[:20])
    name = _clean(clean_name, name, "station_name")
    exists = conn.execute(
        select(schema.stations.c.code).where(schema.stations.c.code == code)
    ).scalar()
    if exists is None:
        conn.execute(
            schema.stations.insert().values(
                code=code, name=name, county=county, active=1, created_at=now_stamp()
            )
        )
    enrolment = "-".join(secrets.token_hex(2).upper() for _ in range(4))
    expires = (datetime.now(UTC) + timedelta(days=ENROLMENT_VALID_DAYS)).isoformat()
    conn.execute(
        schema.enrolment_codes.insert().values(
            code_hash=token_hash(enrolment),
            station=code,
            created_at=now_stamp(),
            expires_at=expires,
        )
    )
    return enrolment


def enrol(
    conn: Connection, enrolment_code: str, station: str, device_id: str, secret_hex: str
) -> str:
    """Exchange a one-time code for a token that binds this station and device."""
    codes = schema.enrolment_codes
    row = conn.execute(
        select(codes).where(codes.c.code_hash == token_hash(str(enrolment_code).strip().upper()))
    ).first()
    if row is None or row.used_at is not None or row.expires_at < datetime.now(UTC).isoformat():
        raise Refusal("enrolment_code_invalid")
    if row.station != station:
        raise Refusal("enrolment_wrong_station", station=row.station)
    if len(secret_hex) != 64 or any(c not in "0123456789abcdef" for c in secret_hex):
        raise Refusal("batch_malformed", field="secret")
    conn.execute(
        update(codes).where(codes.c.code_hash == row.code_hash).values(used_at=now_stamp())
    )
    # A new enrolment (a replaced PC) ends every earlier token of the station.
    conn.execute(
        update(schema.tokens)
        .where(and_(schema.tokens.c.station == station, schema.tokens.c.revoked_at.is_(None)))
        .values(revoked_at=now_stamp())
    )
    token = secrets.token_urlsafe(32)
    conn.execute(
        schema.tokens.insert().values(
            token_hash=token_hash(token),
            station=station,
            device_id=device_id,
            created_at=now_stamp(),
        )
    )
    conn.execute(
        update(schema.stations)
        .where(schema.stations.c.code == station)
        .values(device_id=device_id, secret=secret_hex, enrolled_at=now_stamp())
    )
    return token


def revoke_station(conn: Connection, code: str) -> int:
    """Revoke every live token of a station; returns how many."""
    result = conn.execute(
        update(schema.tokens)
        .where(and_(schema.tokens.c.station == code.upper(), schema.tokens.c.revoked_at.is_(None)))
        .values(revoked_at=now_stamp())
    )
    return int(result.rowcount or 0)


def station_for_token(conn: Connection, token: str) -> tuple[str, str] | None:
    """(station, device) of a live token, else None."""
    row = conn.execute(
        select(schema.tokens.c.station, schema.tokens.c.device_id).where(
            and_(
                schema.tokens.c.token_hash == token_hash(token),
                schema.tokens.c.revoked_at.is_(None),
            )
        )
    ).first()
    return None if row is None else (row[0], row[1])


# -- county logins ---------------------------------------------------------------------------


def _pin_hash(salt: str, password: str) -> str:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=bytes.fromhex(salt), n=2**14, r=8, p=1
    ).hex()


def add_user(conn: Connection, name: str, password: str) -> None:
    if len(password) < 8:
        raise Refusal("county_password_short")
    name = _clean(clean_name, name, "operator_name")
    salt = secrets.token_hex(16)
    users = schema.county_users
    conn.execute(users.delete().where(users.c.name == name))
    conn.execute(
        users.insert().values(
            name=name, salt=salt, pin_hash=_pin_hash(salt, password), created_at=now_stamp()
        )
    )


def login(conn: Connection, name: str, password: str) -> str:
    row = conn.execute(
        select(schema.county_users).where(schema.county_users.c.name == str(name))
    ).first()
    if row is None or not secrets.compare_digest(row.pin_hash, _pin_hash(row.salt, str(password))):
        raise Refusal("county_login_failed")
    token = secrets.token_urlsafe(32)
    expires = (datetime.now(UTC) + timedelta(hours=12)).isoformat()
    conn.execute(
        schema.county_sessions.insert().values(
            token_hash=token_hash(token), user_name=row.name, expires_at=expires
        )
    )
    return token


def user_for_session(conn: Connection, token: str) -> str | None:
    row = conn.execute(
        select(schema.county_sessions).where(
            schema.county_sessions.c.token_hash == token_hash(token)
        )
    ).first()
    if row is None or row.expires_at < datetime.now(UTC).isoformat():
        return None
    return str(row.user_name)


# -- county-owned data -----------------------------------------------------------------------


def set_category(conn: Connection, code: str, name: str, commission_bp: int) -> dict[str, Any]:
    code = _clean(clean_code, code, "category_code", max_len=20)
    name = _clean(clean_name, name, "category_name")
    _clean(money.check_rate_bp, commission_bp)
    row = {"code": code, "name": name, "commission_bp": commission_bp, "updated_at": now_stamp()}
    cats = schema.categories
    if conn.execute(select(cats.c.code).where(cats.c.code == code)).scalar() is None:
        conn.execute(cats.insert().values(**row))
    else:
        conn.execute(update(cats).where(cats.c.code == code).values(**row))
    _log(conn, "categories", code, row)
    return row


def set_categories(conn: Connection, categories: list[dict[str, Any]]) -> int:
    """Several categories in one transaction (``code``, ``name``, ``commission_bp`` each)."""
    for cat in categories:
        set_category(conn, cat["code"], cat["name"], cat["commission_bp"])
    return len(categories)


def set_items(conn: Connection, items: list[dict[str, Any]]) -> int:
    """Several catalogue items in one transaction (see :func:`set_item`)."""
    for item in items:
        set_item(conn, item)
    return len(items)


def set_item(conn: Connection, item: dict[str, Any]) -> dict[str, Any]:
    """Create or change a county catalogue item, keyed by SKU."""
    sku = _clean(clean_code, item.get("sku"), "sku")
    name = _clean(clean_item_name, item.get("name"))
    category = _clean(clean_code, item.get("category"), "category_code", max_len=20)
    if (
        conn.execute(
            select(schema.categories.c.code).where(schema.categories.c.code == category)
        ).scalar()
        is None
    ):
        raise Refusal("category_not_found", code=category)
    unit_code = item.get("unit") or "piece"
    _clean(money.unit, unit_code)
    price = item.get("price_fen")
    if type(price) is not int:
        raise Refusal("change_not_integer", entity="items", field="price_fen")
    _clean(money.check_fen, price, allow_zero=True)
    rate = item.get("commission_bp")
    if rate is not None:
        _clean(money.check_rate_bp, rate)
    items = schema.county_items
    existing = conn.execute(select(items).where(items.c.sku == sku)).first()
    now = now_stamp()
    row = {
        "sku": sku,
        "barcode": _clean(clean_code, item.get("barcode"), "barcode", required=False),
        "name": name,
        "name_initials": pinyin_keys(name)[1][:40],
        "category_code": category,
        "unit": unit_code,
        "price_fen": price,
        "platform": _clean(clean_name, item.get("platform"), "platform", required=False),
        "link_ref": _clean(clean_link, item.get("link_ref")),
        "commission_bp": rate,
        "active": 0 if item.get("active") is False else 1,
        "updated_at": now,
    }
    if existing is None:
        row.update(id=str(uuid.uuid4()), created_at=now)
        conn.execute(items.insert().values(**row))
    else:
        row.update(id=existing.id, created_at=existing.created_at)
        conn.execute(update(items).where(items.c.id == existing.id).values(**row))
    _log(conn, "items", row["id"], row)
    return row


def import_catalogue_csv(conn: Connection, text: str) -> dict[str, int]:
    """The station's catalogue CSV format (``catalogue.import_csv``), applied at the county:
    every row checked before anything is kept (the caller's transaction rolls back)."""
    import io

    rows = _clean(read_csv, io.StringIO(text))
    if not rows:
        raise Refusal("csv_empty")
    added = updated = 0
    for number, raw in enumerate(rows, start=2):
        try:
            if raw.get("category_name"):
                rate = (
                    _clean(money.parse_rate_percent, raw["category_rate"])
                    if raw.get("category_rate")
                    else 1000
                )
                set_category(conn, raw.get("category", ""), raw["category_name"], rate)
            exists = conn.execute(
                select(schema.county_items.c.id).where(
                    schema.county_items.c.sku == str(raw.get("sku", "")).strip()
                )
            ).scalar()
            set_item(
                conn,
                {
                    "sku": raw.get("sku"),
                    "name": raw.get("name"),
                    "category": raw.get("category"),
                    "unit": raw.get("unit") or "piece",
                    "price_fen": _clean(money.parse_yuan, raw.get("price", ""), allow_zero=True),
                    "platform": raw.get("platform"),
                    "barcode": raw.get("barcode"),
                    "commission_bp": (
                        _clean(money.parse_rate_percent, raw["rate"]) if raw.get("rate") else None
                    ),
                },
            )
            if exists:
                updated += 1
            else:
                added += 1
        except Refusal as refusal:
            raise Refusal(
                "csv_row",
                row=number,
                reason=render(refusal.code, "zh_CN", refusal.params),
                reason_en=render(refusal.code, "en", refusal.params),
            ) from refusal
    return {"added": added, "updated": updated}


def add_notice(
    conn: Connection, title: str, body: str, expires_at: str | None = None
) -> dict[str, Any]:
    row = {
        "id": str(uuid.uuid4()),
        "title": _clean(clean_text, title, "note", max_len=80),
        "body": _clean(clean_text, body, "note", max_len=2000),
        "published_at": now_stamp(),
        "expires_at": expires_at,
        "active": 1,
    }
    conn.execute(schema.notices.insert().values(**row))
    _log(conn, "notices", row["id"], row)
    return row


def record_payment(
    conn: Connection,
    station: str,
    period: str,
    amount_fen: int,
    method: str,
    reference: str | None,
    note: str | None,
    user: str,
) -> dict[str, Any]:
    """Commission the county paid a station; the station pulls it into its statement."""
    _clean(check_month, period)
    if type(amount_fen) is not int:
        raise Refusal("change_not_integer", entity="payments", field="amount_fen")
    _clean(money.check_fen, amount_fen)
    if (
        conn.execute(
            select(schema.stations.c.code).where(schema.stations.c.code == station)
        ).scalar()
        is None
    ):
        raise Refusal("station_unknown", station=station[:20])
    if method not in ("bank", "mobile", "cash"):
        raise Refusal("county_payment_method", method=str(method)[:20])
    row = {
        "id": str(uuid.uuid4()),
        "station": station,
        "period": period,
        "amount_fen": amount_fen,
        "method": method,
        "reference": _clean(clean_text, reference, "reference", required=False, max_len=60),
        "note": _clean(clean_text, note, "note", required=False, max_len=200),
        "paid_at": now_stamp(),
        "created_by": user,
    }
    conn.execute(schema.county_payments.insert().values(**row))
    _log(
        conn,
        "county_payments",
        row["id"],
        {k: v for k, v in row.items() if k != "created_by"},
        station=station,
    )
    return row
