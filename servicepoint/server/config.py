"""The county server's limits (SYNC.md "HTTP"), read by the gate, the body reader and the
batch parser."""

from __future__ import annotations

from dataclasses import dataclass

from ..core import protocol


@dataclass
class ServerConfig:
    protocols: tuple[int, ...] = (protocol.PROTOCOL_VERSION,)
    #: Requests that may work on the database at once; the rest wait up to ``busy_wait``
    #: seconds, then get 429 with a ``Retry-After`` drawn from ``retry_after``.
    max_active: int = 8
    busy_wait: float = 20.0
    retry_after: tuple[int, int] = (2, 10)
    max_body: int = protocol.MAX_BODY_BYTES
    max_decompressed: int = protocol.MAX_DECOMPRESSED
    max_changes: int = protocol.MAX_CHANGES
    #: Serve ``/docs``, ``/redoc`` and ``/openapi.json`` (``county serve --docs``): off by
    #: default, so an outsider cannot read the API's map (issue 13).
    docs: bool = False
    #: The oldest station version the county accepts (``1.2.0``); an older station, or one
    #: that sends no version, is answered 426 ``client_too_old`` (versions.py).  None: any.
    min_client_version: str | None = None
    #: The county's public address (``county serve --public-url``): every pull carries it,
    #: and a station prints receipts whose QR code is a check page under it (``/v/``, issue
    #: 14).  None: each station uses the address it enrolled with.
    public_url: str | None = None
