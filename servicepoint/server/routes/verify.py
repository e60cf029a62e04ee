"""Checking a receipt's QR code, for anyone holding the paper (no login)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from ...core.protocol import parse_payload
from .. import queries
from ..deps import DbDep, within_limit

router = APIRouter(prefix="/v1", tags=["verify"])


@router.get("/verify")
def verify(
    qr: Annotated[str, Query(max_length=500)], request: Request, db: DbDep
) -> dict[str, Any]:
    """Check a receipt's QR code: signed by the station, and known to the county?  Limited
    per address (``limits.py``): anyone may ask, nobody may ask at machine speed."""
    within_limit(db.limits.verify, request)
    fields = parse_payload(qr)
    if fields is None:
        return {"valid": False, "reason": "not_ours"}
    return db.read_now(queries.verify_receipt, qr, fields)
