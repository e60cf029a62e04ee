"""The checks enrolment makes before it touches the network, and the certificate a county
server presents (issue 13).

An ``http://`` address off this machine carries the enrolment code and the station's secret
(the key that signs receipt QR codes and USB export files) in clear, so it needs an explicit
``insecure``.  An ``https://`` address needs the certificate fingerprint the technician gave,
or the one the server presents once the operator has compared and confirmed it: the station
pins it (``sync_http.py``).
"""

from __future__ import annotations

from . import pinning
from .errors import InvalidInput, SyncFailed
from .text import clean_text


def checked_url(server_url: str) -> str:
    """The county's address, cleaned, ``http(s)://`` only, without a trailing slash."""
    url = clean_text(server_url, "server_url", max_len=200) or ""
    if not url.startswith(("http://", "https://")):
        raise InvalidInput("server_url_malformed", value=url[:60])
    return url.rstrip("/")


def enrol_check(
    server_url: str, code: str, fingerprint: str | None = None, *, insecure: bool = False
) -> tuple[str, str, str | None]:
    """(address, code, pinned fingerprint or None), or the refusal, with no network."""
    code = clean_text(code, "enrolment_code", max_len=40) or ""
    url = checked_url(server_url)
    if pinning.plain_http_over_network(url) and not insecure:
        raise InvalidInput("enrol_plain_http", server=url[:60])
    if not url.startswith("https://"):
        return url, code, None
    if not (fingerprint or "").strip():
        raise InvalidInput("enrol_fingerprint_needed")
    pin = pinning.normalise_fingerprint(fingerprint or "")
    if pin is None:
        raise InvalidInput("fingerprint_malformed")
    return url, code, pin


def presented_fingerprint(server_url: str, timeout: float) -> str | None:
    """The fingerprint of the certificate the server presents (None for ``http://``); raises
    ``enrol_offline`` when nothing answers in TLS."""
    url = checked_url(server_url)
    if not url.startswith("https://"):
        return None
    try:
        return pinning.server_fingerprint(url, timeout=timeout)
    except (OSError, ValueError) as error:
        raise SyncFailed("enrol_offline", server=url) from error


def check_matches(given: str, presented: str) -> str:
    """The pin when the fingerprint the technician gave is the one the server presents; else
    ``enrol_fingerprint_mismatch`` (carrying what was presented, for the screen to show)."""
    pin = pinning.normalise_fingerprint(given)
    if pin is None:
        raise InvalidInput("fingerprint_malformed")
    if pin != presented:
        raise SyncFailed("enrol_fingerprint_mismatch", presented=presented)
    return pin
