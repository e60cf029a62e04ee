"""Public routes a station calls before it has a token: the health check and enrolment."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from .. import county
from ..deps import DbDep, ProtocolOk, within_limit
from ..models import EnrolRequest

router = APIRouter(prefix="/v1", tags=["enrolment"])


@router.get("/health")
def health(db: DbDep) -> dict[str, Any]:
    return {"ok": True, "protocols": list(db.config.protocols), "server_time": county.now_stamp()}


@router.post("/enrol")
def enrol(body: EnrolRequest, request: Request, db: DbDep, _v: ProtocolOk) -> dict[str, Any]:
    """Exchange the one-time enrolment code for the station's token.  Attempts are limited
    per address (``limits.py``), so codes cannot be guessed at speed."""
    within_limit(db.limits.enrol, request)
    token = db.write(
        county.enrol, body.code, body.station.upper(), body.device, body.secret.lower()
    )
    return {
        "token": token,
        "station": body.station.upper(),
        "server_id": db.server_id,
        "server_time": county.now_stamp(),
    }
