"""Issue 13 finding 2, "plain HTTP only": the county serves HTTPS with a self-signed
certificate from ``county make-cert``, stations pin its fingerprint at enrolment and refuse
another certificate, the server will not serve the network in clear unless told, and a
station will not enrol over plain HTTP off its own PC unless told."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from sqlalchemy import select

from servicepoint.cli import main
from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidInput, SyncFailed
from servicepoint.core.pinning import pem_fingerprint
from servicepoint.core.purchasing import LineInput
from servicepoint.server import county as county_admin
from servicepoint.server import schema
from servicepoint.server.errors import Refusal
from servicepoint.server.runner import serve_in_thread
from servicepoint.server.storage import Storage, database_url
from servicepoint.server.tls import check_transport


@pytest.fixture
def data_dir(tmp_path, monkeypatch, cli_init):
    monkeypatch.setenv("SERVICEPOINT_PIN", "1234")
    monkeypatch.setenv("SERVICEPOINT_DATA_DIR", str(tmp_path))
    assert main([*cli_init("GJ07"), "--data-dir", str(tmp_path)]) == 0
    return tmp_path


def make_cert(folder: Path, capsys) -> tuple[Path, Path, str]:
    args = ["county", "make-cert", "--host", "county.example", "--loopback"]
    assert main([*args, "--out", str(folder), "--lang", "en"]) == 0
    fingerprint = capsys.readouterr().out.strip().splitlines()[-1]
    return folder / "county-cert.pem", folder / "county-key.pem", fingerprint


def county_state(storage: Storage) -> tuple[dict[str, int], str]:
    """Every county table's row count and a digest of all their rows."""
    counts, digest = {}, hashlib.sha256()
    with storage.read() as conn:
        for table in schema.metadata.sorted_tables:
            rows = [tuple(map(str, r)) for r in conn.execute(select(table))]
            counts[table.name] = len(rows)
            digest.update(repr((table.name, sorted(rows))).encode())
    return counts, digest.hexdigest()


def outbox(station_dir: Path) -> list[Any]:
    with Station.open(station_dir) as s:
        return s.records.all("SELECT * FROM outbox ORDER BY seq")


def sell(station_dir: Path, price: int) -> None:
    with Station.open(station_dir) as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三")
        line = LineInput(1, name="锄头", unit_price_fen=price)
        s.purchasing.place(f.id, [line], [pay.cash(price)])


def test_make_cert_writes_a_private_key_and_prints_the_fingerprint(tmp_path, data_dir, capsys):
    cert, key, fingerprint = make_cert(tmp_path / "tls", capsys)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    pem = cert.read_text(encoding="ascii")
    assert fingerprint == pem_fingerprint(pem) and len(fingerprint.split(":")) == 32
    names = x509.load_pem_x509_certificate(pem.encode()).extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    )
    assert names.value.get_values_for_type(x509.DNSName) == ["county.example", "localhost"]
    assert [str(a) for a in names.value.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    # Made again by mistake: refused, the stations' pinned certificate stays.
    assert main(["county", "make-cert", "--host", "x", "--out", str(tmp_path / "tls")]) == 2
    assert "每个服务站都要重新登记" in capsys.readouterr().err
    assert pem_fingerprint(cert.read_text(encoding="ascii")) == fingerprint


def test_sync_over_https_with_a_pinned_certificate_then_a_second_one_is_refused(
    tmp_path, data_dir, capsys
):
    """A real uvicorn on loopback over HTTPS: `enroll --fingerprint` and `sync` work; the
    server comes back on the same address with another certificate and the sync is refused
    with the certificate-changed message, nothing sent or written on either side."""
    cert1, key1, fp1 = make_cert(tmp_path / "tls1", capsys)
    cert2, key2, fp2 = make_cert(tmp_path / "tls2", capsys)
    assert fp1 != fp2
    storage = Storage.open(database_url(tmp_path / "county.db"))
    server = serve_in_thread(storage, certfile=str(cert1), keyfile=str(key1))
    try:
        assert server.url.startswith("https://127.0.0.1:")
        with storage.write() as conn:
            code = county_admin.add_station(conn, "GJ07", "甘界村服务站")
        station_dir = data_dir / "station"
        enrol = ["enroll", "--server", server.url, "--code", code, "--data-dir", str(data_dir)]
        assert main([*enrol, "--fingerprint", fp1.lower().replace(":", "")]) == 0
        assert fp1 in capsys.readouterr().out  # shown as the server presented it
        with Station.open(station_dir) as s:
            assert s.sync.pinned_fingerprint() == fp1
        sell(station_dir, 2500)
        assert main(["sync", "--data-dir", str(data_dir)]) == 0
        assert "同步成功" in capsys.readouterr().out
        assert main(["sync", "status", "--data-dir", str(data_dir), "--lang", "en"]) == 0
        assert f"Certificate: {fp1}" in capsys.readouterr().out
        assert outbox(station_dir) == []
        port = int(server.url.rsplit(":", 1)[1])
        server.stop()

        server = serve_in_thread(storage, port=port, certfile=str(cert2), keyfile=str(key2))
        sell(station_dir, 3100)
        waiting, before = outbox(station_dir), county_state(storage)
        assert waiting
        assert main(["sync", "--data-dir", str(data_dir)]) == 1
        assert "证书变了" in capsys.readouterr().out
        assert main(["sync", "--data-dir", str(data_dir), "--lang", "en"]) == 1
        out = capsys.readouterr().out
        assert "certificate has changed" in out and "technician" in out
        assert outbox(station_dir) == waiting
        assert county_state(storage) == before
        with Station.open(station_dir) as s:
            assert s.sync.status().last_error("zh_CN").startswith("县服务器的证书变了")
    finally:
        server.stop()
        storage.close()


def test_enrolment_refuses_a_fingerprint_other_than_the_technicians(tmp_path, data_dir, capsys):
    cert, key, fingerprint = make_cert(tmp_path / "tls", capsys)
    other = ":".join(["AB"] * 32)
    storage = Storage.open(database_url(tmp_path / "county.db"))
    server = serve_in_thread(storage, certfile=str(cert), keyfile=str(key))
    try:
        with storage.write() as conn:
            code = county_admin.add_station(conn, "GJ07", "甘界村服务站")
        before = county_state(storage)
        enrol = ["enroll", "--server", server.url, "--code", code, "--data-dir", str(data_dir)]
        assert main([*enrol, "--fingerprint", other]) == 2
        captured = capsys.readouterr()
        assert fingerprint in captured.out
        assert "和县技术员给的指纹不一致" in captured.err
        assert county_state(storage) == before  # the code is not used up
        with Station.open(data_dir / "station") as s:
            assert not s.sync.status().enrolled and s.sync.pinned_fingerprint() is None
        # The same refusal when the certificate changes between the look and the request.
        with Station.open(data_dir / "station") as s:
            s.sign_in("王站长", "1234")
            with pytest.raises(SyncFailed) as refused:
                s.sync.enroll(server.url, code, fingerprint=other)
            assert refused.value.code == "enrol_fingerprint_mismatch"
            assert "technician" in refused.value.message("en")
            assert not s.sync.status().enrolled
        assert county_state(storage) == before
        assert main([*enrol, "--yes"]) == 0  # shown and accepted: pinned
        with Station.open(data_dir / "station") as s:
            assert s.sync.pinned_fingerprint() == fingerprint
    finally:
        server.stop()
        storage.close()


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "county.example"])
def test_plain_http_on_the_network_is_refused(host):
    with pytest.raises(Refusal) as refused:
        check_transport(host, tls=False, insecure_http=False)
    assert refused.value.code == "county_plain_http"
    check_transport(host, tls=True, insecure_http=False)
    check_transport(host, tls=False, insecure_http=True)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_plain_http_on_loopback_is_allowed(host):
    check_transport(host, tls=False, insecure_http=False)


def test_county_serve_refuses_plain_http_on_the_network(tmp_path, capsys):
    db = tmp_path / "county.db"
    args = ["county", "serve", "--db", str(db), "--host", "0.0.0.0", "--port", "1"]
    assert main(args) == 2
    assert "--insecure-http" in capsys.readouterr().err
    assert main([*args, "--lang", "en"]) == 2
    assert "without encryption" in capsys.readouterr().err
    assert main([*args, "--certfile", str(tmp_path / "missing.pem")]) == 2
    assert "--keyfile" in capsys.readouterr().err


def test_insecure_http_serves_with_a_warning_at_start(tmp_path, monkeypatch, caplog):
    """With --insecure-http the server starts, and says in its log that it is in clear."""
    from servicepoint.server import runner

    started: list[dict[str, Any]] = []
    monkeypatch.setattr(runner.uvicorn, "run", lambda app, **kw: started.append(kw))
    db = tmp_path / "county.db"
    args = ["county", "serve", "--db", str(db), "--host", "0.0.0.0", "--insecure-http"]
    with caplog.at_level("WARNING", logger="servicepoint.server"):
        assert main(args) == 0
    assert started and started[0]["host"] == "0.0.0.0" and started[0]["ssl_certfile"] is None
    assert any("WITHOUT TLS" in r.getMessage() for r in caplog.records)


def test_plain_http_enrolment_off_this_pc_is_refused_before_any_connection(
    data_dir, capsys, monkeypatch
):
    """No network is needed: the refusal comes first and nothing is written."""
    import requests

    def no_network(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("connected")

    monkeypatch.setattr(requests.Session, "request", no_network)
    enrol = ["enroll", "--server", "http://county.example:8750", "--code", "ABCD-1234"]
    with Station.open(data_dir / "station") as s:
        before = s.records.all("SELECT * FROM sync_state")
    assert main([*enrol, "--data-dir", str(data_dir)]) == 2
    assert "不加密" in capsys.readouterr().err
    assert main([*enrol, "--data-dir", str(data_dir), "--lang", "en"]) == 2
    assert "--insecure" in capsys.readouterr().err
    with Station.open(data_dir / "station") as s:
        assert s.records.all("SELECT * FROM sync_state") == before
        s.sign_in("王站长", "1234")
        with pytest.raises(InvalidInput) as refused:
            s.sync.enroll("http://10.0.0.5:8750", "ABCD-1234")
        assert refused.value.code == "enrol_plain_http"
        # An https address needs the technician's fingerprint, also before any connection.
        with pytest.raises(InvalidInput) as refused:
            s.sync.enroll("https://county.example:8750", "ABCD-1234")
        assert refused.value.code == "enrol_fingerprint_needed"
        assert s.records.all("SELECT * FROM sync_state") == before
