"""The sync wire format, shared by the station's client and the county server.

Kept in the Qt-free core (and free of HTTP libraries) so both ends encode, decode, sign and
total in exactly one way.  A batch is gzip-compressed JSON; the server decompresses with a cap,
so a small body that inflates to gigabytes (a "gzip bomb") is refused after reading at most
:data:`MAX_DECOMPRESSED` bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import zlib
from typing import Any

#: The protocol this code speaks; the server lists those it accepts and refuses the rest.
PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-ServicePoint-Protocol"

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
MUTABLE = ("farmers", "orders", "catalogue_items")


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
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"),
                      sort_keys=True).encode("utf-8")
