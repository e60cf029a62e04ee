"""The sync wire format, shared by the station's client and the county server.

Kept in the Qt-free core (and free of HTTP libraries) so both ends encode, decode, sign and
total in exactly one way.  The other formats both ends read live here too: the signed QR
payload of a receipt or trace label (the station signs, the county verifies) and the trace
code's day and sequence (the county reports the highest it holds).

A batch is gzip-compressed JSON; the server decompresses with a cap, so a small body that
inflates to gigabytes (a "gzip bomb") is refused after reading at most
:data:`MAX_DECOMPRESSED` bytes.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
import re
import zlib
from dataclasses import dataclass
from datetime import timedelta, timezone
from typing import Any
from urllib.parse import unquote, urlsplit

#: The calendar of every record on the wire: stations stamp ``created_at`` in China time, and
#: the county's days and months are theirs.  China keeps one zone and no daylight saving, so a
#: fixed offset needs no tz database (which a bare Windows PC lacks).
CHINA_TZ = timezone(timedelta(hours=8), "CST")

#: The protocol this code speaks; the server lists those it accepts and refuses the rest.
PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-ServicePoint-Protocol"
#: The station's app version (``servicepoint.__version__``), on every request it makes; a county
#: with ``min_client_version`` answers an older one 426 ``client_too_old`` (server/versions.py).
CLIENT_VERSION_HEADER = "X-ServicePoint-Version"

#: Changes per push. Large enough that gzip finds the repetition between rows (SYNC.md: ~70 B
#: per change at 50+), small enough that a batch cut on a 2G link costs little to resend.
BATCH_SIZE = 500
MAX_CHANGES = 2000
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_DECOMPRESSED = 32 * 1024 * 1024

#: The money column summed per record type in the post-sync totals check (SYNC.md "Check after
#: sync").  Only insert-only tables: their sums cannot drift with later edits.
MONEY_FIELD: dict[str, str] = {
    "order_lines": "line_total_fen",
    "order_returns": "amount_fen",
    "payments": "amount_fen",
    "ledger_entries": "amount_fen",
    "commission_entries": "amount_fen",
    "receipts": "amount_fen",
    "consignment_sales": "amount_fen",
    "settlements": "payout_fen",
    "settlement_lines": "amount_fen",
    "settlement_fees": "amount_fen",
    "remittances": "amount_fen",
    "day_closes": "counted_cash_fen",
    "stock_movements": "quantity_base",
    "consignment_batches": "quantity_base",
}

#: Station-owned tables whose rows may change after insert (sent as field updates).
MUTABLE = ("farmers", "orders", "catalogue_items", "parcel_days")


class DecodeError(ValueError):
    """The body is not a gzip JSON object within the size limits."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode(value: Any) -> bytes:
    """gzip JSON; level 6 is within a few per cent of 9 on our batches at a third of the CPU."""
    return gzip.compress(dumps(value), compresslevel=6, mtime=0)


def decode(body: bytes, *, limit: int = MAX_DECOMPRESSED) -> Any:
    """Inflate with a hard cap on the output, then parse JSON."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        raw = inflater.decompress(body, limit + 1)
    except zlib.error as error:
        raise DecodeError("batch_not_gzip") from error
    if len(raw) > limit or inflater.unconsumed_tail:
        raise DecodeError("batch_too_large")
    try:
        value = json.loads(raw)
        dumps(value)  # a lone surrogate ("\ud800" is valid JSON) cannot be stored as UTF-8
    except (ValueError, RecursionError) as error:
        # ValueError covers JSONDecodeError, UnicodeDecodeError/EncodeError and integers of
        # more than 4300 digits; RecursionError, nesting deeper than the parser's stack.
        raise DecodeError("batch_not_json") from error
    return value


def sign(secret: bytes, body: bytes) -> str:
    """HMAC-SHA256 of an exported file's body with the station secret (hex)."""
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def signature_ok(secret: bytes, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, body), str(signature))


def token_hash(token: str) -> str:
    """Tokens and enrolment codes are stored as SHA-256: they are long random strings, so a
    slow password hash would buy nothing and cost every request."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def dumps_canonical(value: Any) -> bytes:
    """The bytes an export signature covers: sorted keys, so a JSON round trip keeps them."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode(
        "utf-8"
    )


# -- receipt and trace-label QR codes ------------------------------------------------------------

#: Payload versions: receipts and trace labels.  SP1 (no record id) is still read and
#: verified, for receipts printed before SP2.
QR_RECEIPT = "SP2"
QR_RECEIPT_V1 = "SP1"
QR_TRACE = "SPT1"
_MAC_BYTES = 10  # 80 bits: base32 gives 16 characters, all in the QR alphanumeric set
_PAYLOAD = re.compile(
    r"^(SP1|SP2):([A-Z0-9]{2,12}):([A-Z0-9-]{1,40}):(-?[0-9]{1,12}):"
    r"([0-9]{8}):(?:([0-9A-F]{32}):)?([A-Z2-7]{16})\Z|"
    r"^(SPT1):([A-Z0-9]{2,12}):([A-Z0-9-]{1,40}):([0-9]{8}):([A-Z2-7]{16})\Z"
)


@dataclass(frozen=True)
class QrFields:
    """A parsed payload. ``amount_fen`` is None for trace labels."""

    version: str
    station: str
    number: str
    amount_fen: int | None
    day: str
    mac: str
    #: SP2: the receipt's record id (32 hex digits), so two receipts that share a number
    #: (issued twice by an older version after a restore) never share a payload.
    doc_id: str | None = None


def _mac(secret: bytes, *parts: str) -> str:
    digest = hmac.new(secret, ":".join(parts).encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest[:_MAC_BYTES]).decode("ascii")


def receipt_payload(
    secret: bytes, station: str, number: str, amount_fen: int, day: str, doc_id: str | None = None
) -> str:
    """``SP2:<station>:<number>:<amount fen>:<yyyymmdd>:<record id>:<MAC>`` for a receipt
    (QR alphanumeric-mode safe: the id is upper-case hex without dashes); without ``doc_id``
    (a statement, whose number is unique by construction) the ``SP1`` form."""
    if doc_id is None:
        parts: tuple[str, ...] = (QR_RECEIPT_V1, station, number, str(amount_fen), day)
    else:
        parts = (QR_RECEIPT, station, number, str(amount_fen), day, doc_id.replace("-", "").upper())
    return ":".join((*parts, _mac(secret, *parts)))


def trace_payload(secret: bytes, station: str, trace_code: str, day: str) -> str:
    """``SPT1:<station>:<trace code>:<yyyymmdd>:<MAC>``."""
    parts = (QR_TRACE, station, trace_code, day)
    return ":".join((*parts, _mac(secret, *parts)))


#: Where a receipt's QR code lands under the county's public address (issue 14): a farmer's
#: phone camera or WeChat opens the county's check page, which reads the payload after it.
VERIFY_PATH = "/v/"


def receipt_url(base: str, payload: str) -> str:
    """The QR text of a receipt once the station knows the county's public address: the
    address, ``/v/``, and the signed payload unchanged (``:`` is allowed in a URL path)."""
    return base.rstrip("/") + VERIFY_PATH + payload


#: The longest public address a station takes from its county: the check-page URL must stay
#: a QR code that a 58 mm roll prints and a phone reads.
PUBLIC_URL_MAX = 120


def public_base(url: object) -> str | None:
    """The county's public address as a station stores it and ``county serve --public-url``
    takes it: ``http(s)://host[:port][/path]`` without a trailing slash, query, fragment,
    user name or white space, at most :data:`PUBLIC_URL_MAX` characters; None when ``url`` is
    not such an address."""
    if not isinstance(url, str):
        return None
    text = url.strip().rstrip("/")
    if not text or len(text) > PUBLIC_URL_MAX or any(c.isspace() for c in text):
        return None
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.query or parts.fragment or "@" in parts.netloc or "?" in text or "#" in text:
        return None
    try:
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return None
    return text


def payload_of(scanned: str) -> str:
    """The payload in a scan of either form: a bare payload (receipts printed before the
    county's address was known, and every label), or a check-page URL, whose payload follows
    the last ``/v/`` of its path."""
    text = scanned.strip()
    if "://" in text:
        path = urlsplit(text).path
        at = path.rfind(VERIFY_PATH)
        if at >= 0:
            return unquote(path[at + len(VERIFY_PATH) :])
    return text


def parse_payload(payload: str) -> QrFields | None:
    """Split a scanned payload (either form, :func:`payload_of`) into its fields; None when
    it is not one of ours."""
    m = _PAYLOAD.match(payload_of(payload))
    if m is None:
        return None
    if m.group(1):
        if (m.group(1) == QR_RECEIPT) != (m.group(6) is not None):
            return None  # SP2 always carries the id, SP1 never
        return QrFields(
            m.group(1), m.group(2), m.group(3), int(m.group(4)), m.group(5), m.group(7), m.group(6)
        )
    return QrFields(m.group(8), m.group(9), m.group(10), None, m.group(11), m.group(12))


def verify_payload(payload: str, secret: bytes) -> QrFields | None:
    """The fields if the MAC was made with this station's secret, else None (constant time).
    Either form of scan (:func:`payload_of`)."""
    fields = parse_payload(payload)
    if fields is None:
        return None
    if fields.amount_fen is None:
        expected = _mac(secret, fields.version, fields.station, fields.number, fields.day)
    else:
        extra = () if fields.doc_id is None else (fields.doc_id,)
        expected = _mac(
            secret,
            fields.version,
            fields.station,
            fields.number,
            str(fields.amount_fen),
            fields.day,
            *extra,
        )
    return fields if hmac.compare_digest(expected, fields.mac) else None


def trace_parts(trace_code: str) -> tuple[str, int] | None:
    """``GJ01-261202-001`` → ("261202", 1); None for anything else."""
    day, seq = str(trace_code)[-10:-4], str(trace_code)[-3:]
    if day.isdigit() and seq.isdigit():
        return day, int(seq)
    return None
