"""The station's HTTP session to the county: retries, the protocol and version headers, and
the county certificate pinned at enrolment.

A pinned session checks the certificate the server presents against the stored SHA-256
fingerprint (``core/pinning.py``) through urllib3's ``assert_fingerprint`` instead of against
certificate authorities: the county's certificate is self-signed.  A different certificate is
refused at once, never retried, and :func:`certificate_refused` tells the caller so.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any

from .. import __version__
from . import protocol

if TYPE_CHECKING:
    import requests
    from urllib3.connectionpool import ConnectionPool
    from urllib3.response import BaseHTTPResponse
    from urllib3.util.retry import Retry

#: What urllib3 says when the presented certificate is not the pinned one
#: (``urllib3.util.ssl_.assert_fingerprint``).
_MISMATCH = "Fingerprints did not match"


def certificate_refused(error: BaseException) -> bool:
    """Whether a request failed because the server presented another certificate than the
    pinned one (urllib3's ``SSLError`` from ``assert_fingerprint``, wrapped by requests)."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        if _MISMATCH in str(e):
            return True
        stack += [e.__cause__, e.__context__, getattr(e, "reason", None)]
        stack += [a for a in getattr(e, "args", ()) if isinstance(a, BaseException)]
    return False


def _retry_class() -> type[Retry]:
    from urllib3.exceptions import MaxRetryError
    from urllib3.util.retry import Retry

    class PinnedRetry(Retry):
        """Retries as urllib3 does, except a certificate that is not the pinned one: trying
        it again five times only delays the message to the operator."""

        def increment(
            self,
            method: str | None = None,
            url: str | None = None,
            response: BaseHTTPResponse | None = None,
            error: Exception | None = None,
            _pool: ConnectionPool | None = None,
            _stacktrace: TracebackType | None = None,
        ) -> PinnedRetry:
            if error is not None and certificate_refused(error):
                raise MaxRetryError(_pool, url or "", error) from error  # type: ignore[arg-type]
            return super().increment(method, url, response, error, _pool, _stacktrace)

    return PinnedRetry


def session(retries: int, backoff: float, fingerprint: str | None = None) -> requests.Session:
    """One ``requests.Session`` for the county: urllib3 retries with backoff and jitter (POST
    included: a push is idempotent), the protocol and app version on every request, and with
    ``fingerprint`` only a server presenting that certificate is spoken to."""
    import requests
    from requests.adapters import HTTPAdapter

    retry = _retry_class()(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        backoff_factor=backoff,
        backoff_jitter=backoff,
        backoff_max=60,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "POST"}),
        respect_retry_after_header=True,
        raise_on_status=False,
    )

    class PinnedAdapter(HTTPAdapter):
        """HTTPS checked against the pinned fingerprint, not against certificate
        authorities (which would refuse a self-signed certificate)."""

        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            kwargs["assert_fingerprint"] = fingerprint
            super().init_poolmanager(*args, **kwargs)

        def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
            kwargs["verify"] = False  # CERT_NONE; the fingerprint check replaces it
            return super().send(request, *args, **kwargs)

    http = requests.Session()
    http.mount("http://", HTTPAdapter(max_retries=retry))
    https = PinnedAdapter(max_retries=retry) if fingerprint else HTTPAdapter(max_retries=retry)
    http.mount("https://", https)
    http.headers[protocol.PROTOCOL_HEADER] = str(protocol.PROTOCOL_VERSION)
    http.headers[protocol.CLIENT_VERSION_HEADER] = __version__
    return http
