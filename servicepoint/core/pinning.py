"""The county server's certificate as a station pins it, and which addresses are this PC.

A county runs its own self-signed certificate (``servicepoint county make-cert``), so no
certificate authority can vouch for it.  Instead the technician reads the certificate's
SHA-256 fingerprint (``AA:BB:…``, 32 bytes) to the station at enrolment; the station stores
it and from then on talks only to a server presenting that certificate (``sync_http.py``
hands it to urllib3's ``assert_fingerprint``).

Standard library only: the county server prints fingerprints with the same functions
(tests/test_server_imports.py lets it load this module).
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import ssl
from urllib.parse import urlsplit

#: A SHA-256 digest: 32 bytes, 64 hex digits.
_HEX = re.compile(r"[0-9A-F]{64}")


def format_fingerprint(der: bytes) -> str:
    """``AA:BB:…``: the SHA-256 of a certificate in DER form, as the technician reads it."""
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def pem_fingerprint(pem: str) -> str:
    """The fingerprint of the first certificate in a PEM text (a ``--certfile``)."""
    return format_fingerprint(ssl.PEM_cert_to_DER_cert(pem))


def normalise_fingerprint(text: str) -> str | None:
    """``AA:BB:…`` from what a person typed (colons, spaces or dashes, any case, or none), or
    None when it is not 64 hex digits."""
    digits = re.sub(r"[\s:\-]", "", text or "").upper()
    if not _HEX.fullmatch(digits):
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def is_loopback(host: str | None) -> bool:
    """``localhost``, ``127.x.x.x`` or ``::1``: traffic that never leaves this machine.  Any
    other name counts as the network (a name could resolve anywhere), as does ``0.0.0.0``."""
    if not host:
        return False
    name = host.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def url_host(url: str) -> str:
    """The host part of a server address (``http://county:8750`` -> ``county``)."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def plain_http_over_network(url: str) -> bool:
    """An ``http://`` address that leaves this machine: tokens and the station's secret would
    cross the network in clear."""
    return url.lower().startswith("http://") and not is_loopback(url_host(url))


def server_fingerprint(url: str, timeout: float = 10.0) -> str:
    """The fingerprint of the certificate an ``https://`` server presents, without trusting
    it (the caller compares it with what the technician gave).  Raises ``OSError`` when the
    server cannot be reached or does not speak TLS."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 443
    pem = ssl.get_server_certificate((host, port), timeout=timeout)
    return pem_fingerprint(pem)
