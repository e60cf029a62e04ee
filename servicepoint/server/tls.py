"""HTTPS for the county server: a self-signed certificate, and the refusal to serve the
network in clear.

A county has no certificate authority to ask, and needs none: ``make_certificate`` writes a
self-signed certificate and its key, and the technician reads its SHA-256 fingerprint to each
station at enrolment; the station pins it (``core/pinning.py``).  Without TLS, tokens,
enrolment codes, stations' secrets and farmers' numbers would cross the network in clear, so
``check_transport`` refuses a non-loopback address unless ``--insecure-http`` says the
operator knows (a proxy on the same machine, nginx or Caddy, is the usual reason: it listens
on 127.0.0.1 and needs no flag).
"""

from __future__ import annotations

import datetime
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from ..core.pinning import is_loopback, pem_fingerprint
from .errors import Refusal

CERT_NAME = "county-cert.pem"
KEY_NAME = "county-key.pem"
#: Ten years: the station checks the fingerprint, not the dates, and a certificate that
#: expires would otherwise mean enrolling every station again.
VALID_DAYS = 3650


@dataclass(frozen=True)
class CertFiles:
    cert: Path
    key: Path
    fingerprint: str


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable by its owner only (0600 from the start)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def make_certificate(hosts: list[str], out: Path, *, force: bool = False) -> CertFiles:
    """A self-signed certificate for ``hosts`` (names or IP addresses, all in its
    subjectAltName; the first is its common name) and its EC P-256 key, in ``out``.  Existing
    files are kept unless ``force``: a new certificate means every station enrols again."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    out.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = out / CERT_NAME, out / KEY_NAME
    for path in (cert_path, key_path):
        if path.exists():
            if not force:
                raise Refusal("county_cert_exists", path=str(path))
            path.unlink()
    names: list[x509.GeneralName] = []
    for host in dict.fromkeys(hosts):
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, hosts[0]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "servicepoint county server"),
        ]
    )
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    _write_private(
        key_path,
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path.write_bytes(pem)
    return CertFiles(cert_path, key_path, pem_fingerprint(pem.decode("ascii")))


def check_tls_files(certfile: str | None, keyfile: str | None) -> str | None:
    """The certificate's fingerprint when both files are given and exist, None when neither
    is; else the refusal."""
    if certfile is None and keyfile is None:
        return None
    for name in (certfile, keyfile):
        if not name or not Path(name).is_file():
            raise Refusal("county_tls_files", path=name or "-")
    assert certfile is not None
    return pem_fingerprint(Path(certfile).read_text(encoding="ascii"))


def check_transport(host: str, *, tls: bool, insecure_http: bool) -> None:
    """Refuse to serve the network without TLS unless ``insecure_http``; loopback is fine
    (this machine only, or a proxy in front that does TLS)."""
    if not tls and not insecure_http and not is_loopback(host):
        raise Refusal("county_plain_http", server=host or "0.0.0.0")
