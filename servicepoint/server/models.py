"""Request bodies the county server takes as JSON (validated by FastAPI; documented in
OpenAPI).  A push body is gzip JSON and is checked by ``ingest.parse_batch`` instead."""

from __future__ import annotations

from pydantic import BaseModel, Field


class EnrolRequest(BaseModel):
    code: str = Field(max_length=40)
    station: str = Field(max_length=12)
    device: str = Field(max_length=36)
    secret: str = Field(min_length=64, max_length=64)


class LoginRequest(BaseModel):
    """Caps well above any real name or password: a longer one is a failed login (401), not
    a malformed request (422); the cap only keeps scrypt's input small."""

    name: str = Field(max_length=200)
    password: str = Field(max_length=1000)


class StationRequest(BaseModel):
    code: str = Field(max_length=12)
    name: str = Field(max_length=60)
    county: str | None = Field(default=None, max_length=60)


class CategoryRequest(BaseModel):
    code: str = Field(max_length=20)
    name: str = Field(max_length=60)
    commission_bp: int = Field(ge=0, le=5000, strict=True)


class ItemRequest(BaseModel):
    sku: str = Field(max_length=40)
    name: str = Field(max_length=80)
    category: str = Field(max_length=20)
    unit: str = Field(default="piece", max_length=12)
    price_fen: int = Field(ge=0, le=10**9, strict=True)
    platform: str | None = Field(default=None, max_length=40)
    barcode: str | None = Field(default=None, max_length=40)
    link_ref: str | None = Field(default=None, max_length=300)
    commission_bp: int | None = Field(default=None, ge=0, le=5000, strict=True)
    active: bool = True


class NoticeRequest(BaseModel):
    title: str = Field(max_length=80)
    body: str = Field(max_length=2000)
    expires_at: str | None = Field(default=None, max_length=40)
    #: One station's code to send it to that station only; none: every station.
    station: str | None = Field(default=None, max_length=12)


class PaymentRequest(BaseModel):
    station: str = Field(max_length=12)
    period: str = Field(max_length=7)
    amount_fen: int = Field(gt=0, le=10**10, strict=True)
    method: str = Field(default="bank", max_length=20)
    reference: str | None = Field(default=None, max_length=60)
    note: str | None = Field(default=None, max_length=200)
