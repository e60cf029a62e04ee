"""Checking a receipt's QR code, for anyone holding the paper (no login).

:func:`check` is the one receipt check: this JSON route and the public check page a phone
opens (``server/public/``) both answer with it, under the same limit per address."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ...core.protocol import parse_payload
from .. import queries
from ..deps import Db, DbDep, within_limit

router = APIRouter(prefix="/v1", tags=["verify"])

#: The longest scan either route reads: a check-page URL with its payload.
QR_MAX = 500


def check(db: Db, request: Request, qr: str) -> dict[str, Any]:
    """Count the attempt against the address (``limits.py``; 429 ``ApiError`` over it), then
    check the QR text, either form (``protocol.payload_of``): signed by the station, and
    known to the county?"""
    within_limit(db.limits.verify, request)
    fields = parse_payload(qr) if len(qr) <= QR_MAX else None
    if fields is None:
        return {"valid": False, "reason": "not_ours"}
    return db.read_now(queries.verify_receipt, qr, fields)


@router.get("/verify")
def verify(
    qr: Annotated[str, Query(max_length=QR_MAX)], request: Request, db: DbDep
) -> dict[str, Any]:
    """Check a receipt's QR code.  Limited per address (``limits.py``): anyone may ask,
    nobody may ask at machine speed."""
    return check(db, request, qr)
