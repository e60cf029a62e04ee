"""What the county centre administers: stations, their enrolment codes and tokens, and the
county-owned data every station pulls (categories and rates, catalogue and prices, notices,
commission payments).  County logins, roles and the audit log are in ``accounts.py``.

Every change to county-owned data is appended to ``county_log`` in the same transaction, with
the record's whole new state, so a station pulling from its cursor gets the latest state of
each record it has not seen (``pull.pull``).
"""

from __future__ import annotations

import json
import secrets
import unicodedata
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
from .accounts import add_user as add_user
from .accounts import login as login
from .accounts import user_for_session as user_for_session
from .errors import ApiError, Refusal

ENROLMENT_VALID_DAYS = 14
PAYMENT_METHODS = ("bank", "mobile", "cash")  # how the county pays a station


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

#: The enrolment code's letters: Crockford's base32 without 0 and 1 (it has no I, L, O or U
#: already), so nothing read out over the phone can be mistaken for something else.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
#: 5 groups of 4: 20 letters of 30 are 98 bits, out of reach of guessing at any rate.
CODE_GROUPS, CODE_GROUP_LEN = 5, 4


def new_enrolment_code() -> str:
    """``7KQM-X3HD-…``: what the technician reads out or types."""
    letters = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LEN))
    return "-".join(letters[i : i + CODE_GROUP_LEN] for i in range(0, len(letters), CODE_GROUP_LEN))


def _code_hashes(typed: str) -> list[str]:
    """The hashes a typed code may be stored under: the letters alone (any case, with or
    without dashes or spaces), and, for a code issued before 0004 (hex groups), as typed."""
    text = str(typed).strip().upper()
    # NFKC: full-width letters and dashes typed with a Chinese input method count as ASCII.
    letters = "".join(
        c for c in unicodedata.normalize("NFKC", text) if not c.isspace() and c not in "-_"
    )
    return [token_hash(letters), token_hash(text)]


def add_station(conn: Connection, code: str, name: str, county: str | None = None) -> str:
    """Register a station (or renew its enrolment code) and return a one-time enrolment code.

    A new code ends the station's earlier codes, used or not: the newest code the county
    gave out is the only one that enrols (issue 13, finding 1)."""
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
    codes = schema.enrolment_codes
    conn.execute(
        update(codes)
        .where(and_(codes.c.station == code, codes.c.revoked_at.is_(None)))
        .values(revoked_at=now_stamp())
    )
    enrolment = new_enrolment_code()
    expires = (datetime.now(UTC) + timedelta(days=ENROLMENT_VALID_DAYS)).isoformat()
    conn.execute(
        codes.insert().values(
            code_hash=_code_hashes(enrolment)[0],
            station=code,
            created_at=now_stamp(),
            expires_at=expires,
        )
    )
    return enrolment


def _enrolment_row(conn: Connection, enrolment_code: str, station: str, device_id: str) -> Any:
    """The code's row if it may enrol this station and device now, else a refusal.

    An unused code enrols once.  A used one enrols again only from the device that used it,
    while its token is still the live one (nothing enrolled or revoked since): that is the
    station retrying after the answer was cut (finding 5)."""
    codes = schema.enrolment_codes
    row = conn.execute(
        select(codes).where(codes.c.code_hash.in_(_code_hashes(enrolment_code)))
    ).first()
    if row is None or row.expires_at < datetime.now(UTC).isoformat():
        raise Refusal("enrolment_code_invalid")
    if row.revoked_at is not None:
        raise ApiError(409, "enrolment_code_replaced")
    if row.station != station:
        raise Refusal("enrolment_wrong_station", station=row.station)
    if row.used_at is None:
        return row
    live = (
        select(schema.tokens.c.token_hash)
        .where(
            and_(
                schema.tokens.c.token_hash == row.token_hash,
                schema.tokens.c.device_id == device_id,
                schema.tokens.c.revoked_at.is_(None),
            )
        )
        .limit(1)
    )
    if row.device_id != device_id or conn.execute(live).first() is None:
        raise Refusal("enrolment_code_invalid")
    return row


def enrol(
    conn: Connection, enrolment_code: str, station: str, device_id: str, secret_hex: str
) -> str:
    """Exchange a one-time code for a token that binds this station and device."""
    row = _enrolment_row(conn, enrolment_code, station, device_id)
    if len(secret_hex) != 64 or any(c not in "0123456789abcdef" for c in secret_hex):
        raise Refusal("batch_malformed", field="secret")
    # A new enrolment (a replaced PC, or a retry whose first answer was lost) ends every
    # earlier token of the station.
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
    codes = schema.enrolment_codes
    conn.execute(
        update(codes)
        .where(codes.c.code_hash == row.code_hash)
        .values(
            used_at=row.used_at or now_stamp(), device_id=device_id, token_hash=token_hash(token)
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
    barcode = _clean(clean_code, item.get("barcode"), "barcode", required=False)
    if barcode:
        # A scan must find one item: the station refuses a barcode twice, so does the county.
        taken = conn.execute(
            select(items.c.name).where(
                items.c.barcode == barcode, items.c.sku != sku, items.c.active == 1
            )
        ).first()
        if taken is not None:
            raise Refusal("barcode_taken", barcode=barcode, name=taken.name)
    existing = conn.execute(select(items).where(items.c.sku == sku)).first()
    now = now_stamp()
    row = {
        "sku": sku,
        "barcode": barcode,
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


def import_catalogue_row(conn: Connection, raw: dict[str, Any]) -> str:
    """One row of the catalogue CSV kept (its category first, when the row names one):
    ``added`` or ``updated``.  Raises the row's first :class:`Refusal`."""
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
    return "updated" if exists else "added"


def catalogue_csv_rows(text: str) -> list[dict[str, Any]]:
    """The rows of a catalogue CSV (refused when it has none)."""
    import io

    rows: list[dict[str, Any]] = _clean(read_csv, io.StringIO(text))
    if not rows:
        raise Refusal("csv_empty")
    return rows


def import_catalogue_csv(conn: Connection, text: str) -> dict[str, int]:
    """The station's catalogue CSV format (``catalogue.import_csv``), applied at the county:
    every row checked before anything is kept (the caller's transaction rolls back)."""
    counts = {"added": 0, "updated": 0}
    for number, raw in enumerate(catalogue_csv_rows(text), start=2):
        try:
            counts[import_catalogue_row(conn, raw)] += 1
        except Refusal as refusal:
            raise Refusal(
                "csv_row",
                row=number,
                reason=render(refusal.code, "zh_CN", refusal.params),
                reason_en=render(refusal.code, "en", refusal.params),
            ) from refusal
    return counts


def add_notice(
    conn: Connection,
    title: str,
    body: str,
    expires_at: str | None = None,
    station: str | None = None,
) -> dict[str, Any]:
    """A notice to every station, or to ``station`` only (only its pull carries it)."""
    if station is not None:
        station = str(station).strip().upper()
        s = schema.stations
        if conn.execute(select(s.c.code).where(s.c.code == station)).scalar() is None:
            raise Refusal("station_unknown", station=station[:20])
    row = {
        "id": str(uuid.uuid4()),
        "title": _clean(clean_text, title, "note", max_len=80),
        "body": _clean(clean_text, body, "note", max_len=2000),
        "published_at": now_stamp(),
        "expires_at": expires_at,
        "active": 1,
    }
    conn.execute(schema.notices.insert().values(**row, station=station))
    _log(conn, "notices", row["id"], row, station=station)
    return {**row, "station": station}


def payment_row(
    conn: Connection,
    entity: str,
    station: str,
    period: str,
    amount_fen: int,
    method: str,
    reference: str | None,
    note: str | None,
    user: str,
) -> dict[str, Any]:
    """A payment to a station for a month (commission, or a buy-back repayment), checked
    before anything is written: the month, whole fen, a station the county knows, a method it
    pays by, and a reference and note as clean text."""
    _clean(check_month, period)
    if type(amount_fen) is not int:
        raise Refusal("change_not_integer", entity=entity, field="amount_fen")
    _clean(money.check_fen, amount_fen)
    s = schema.stations
    if conn.execute(select(s.c.code).where(s.c.code == station)).scalar() is None:
        raise Refusal("station_unknown", station=station[:20])
    if method not in PAYMENT_METHODS:
        raise Refusal("county_payment_method", method=str(method)[:20])
    return {
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
    row = payment_row(conn, "payments", station, period, amount_fen, method, reference, note, user)
    conn.execute(schema.county_payments.insert().values(**row))
    _log(
        conn,
        "county_payments",
        row["id"],
        {k: v for k, v in row.items() if k != "created_by"},
        station=station,
    )
    return row
