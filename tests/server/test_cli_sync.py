"""The sync, backup and county commands, end to end: a real `county serve` process, a station
enrolled with the printed code, `sync` exit codes and summary, USB export and import."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest
import requests

from servicepoint.cli import main
from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from servicepoint.core.purchasing import LineInput


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def data_dir(tmp_path, monkeypatch, cli_init):
    monkeypatch.setenv("SERVICEPOINT_PIN", "1234")
    monkeypatch.setenv("SERVICEPOINT_COUNTY_PASSWORD", "county-pass-2026")
    # County commands here give --db only: their log goes to this folder, not the user's.
    monkeypatch.setenv("SERVICEPOINT_DATA_DIR", str(tmp_path))
    assert main([*cli_init("GJ07"), "--data-dir", str(tmp_path)]) == 0
    return tmp_path


@pytest.fixture
def county_process(data_dir):
    port = free_port()
    db = data_dir / "county.db"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "servicepoint.cli",
            "county",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if requests.get(url + "/v1/health", timeout=1).ok:
                break
        except requests.RequestException:
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("county serve did not start: " + proc.stderr.read().decode()[-500:])
    yield url, db
    proc.terminate()
    proc.wait(timeout=15)


def sell(data_dir) -> None:
    with Station.open(data_dir / "station") as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三")
        s.purchasing.place(f.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)])


def test_enrol_with_printed_code_then_sync(data_dir, county_process, capsys):
    """add-station prints the code last; enroll takes it; sync exits 0 with a summary and
    status says nothing is waiting."""
    url, db = county_process
    assert main(["county", "add-station", "GJ07", "--name", "甘界村服务站", "--db", str(db)]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["enroll", "--server", url, "--code", code, "--data-dir", str(data_dir)]) == 0
    # The same station again with the same code (as after an answer cut on the way back):
    # it gets a new working token (issue 13, finding 5); another device would be refused
    # (tests/server/test_enrolment_codes.py).
    assert main(["enroll", "--server", url, "--code", code, "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    sell(data_dir)
    assert main(["sync", "--data-dir", str(data_dir)]) == 0
    assert "同步成功" in capsys.readouterr().out
    assert main(["sync", "status", "--data-dir", str(data_dir), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Waiting: 0" in out and "Last error: -" in out and "Next nightly sync" in out


def test_county_serve_logs_to_a_file_next_to_its_database(county_process):
    """`county serve` writes county.log in logs/ beside the database: its start, and each
    refusal by route and code, without what the request carried."""
    url, db = county_process
    secret = "ab" * 32
    answer = requests.post(
        url + "/v1/enrol",
        timeout=10,
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        json={"code": "WXYZ-1234", "station": "GJ07", "device": "d" * 36, "secret": secret},
    )
    assert answer.status_code == 422
    log = db.parent / "logs" / "county.log"
    for _ in range(100):  # the line is written by the server process
        if log.exists() and "enrolment_code_invalid" in log.read_text(encoding="utf-8"):
            break
        time.sleep(0.05)
    text = log.read_text(encoding="utf-8")
    assert "county server starting" in text
    assert "POST /v1/enrol -> 422 enrolment_code_invalid" in text
    assert secret not in text and "WXYZ" not in text


def test_sync_failure_exits_one_and_says_why(data_dir, capsys):
    """Not enrolled: exit 1, the reason in plain words; status shows the same reason."""
    assert main(["sync", "--data-dir", str(data_dir)]) == 1
    assert "还没有在县服务器登记" in capsys.readouterr().out
    main(["sync", "status", "--data-dir", str(data_dir)])
    assert "还没有在县服务器登记" in capsys.readouterr().out


def test_usb_export_then_county_import(data_dir, county_process, capsys):
    """sync export writes a signed file; county import applies it; a second import adds 0."""
    url, db = county_process
    main(["county", "add-station", "GJ07", "--name", "甘界村服务站", "--db", str(db)])
    code = capsys.readouterr().out.strip().splitlines()[-1]
    main(["enroll", "--server", url, "--code", code, "--data-dir", str(data_dir)])
    sell(data_dir)
    stick = data_dir / "usb" / "GJ07.spx"
    assert main(["sync", "export", str(stick), "--data-dir", str(data_dir)]) == 0
    assert stick.exists() and "已导出" in capsys.readouterr().out
    assert main(["county", "import", str(stick), "--db", str(db)]) == 0
    first = capsys.readouterr().out
    assert main(["county", "import", str(stick), "--db", str(db)]) == 0
    assert "imported 0 new" in capsys.readouterr().out and "imported 0 new" not in first
    bad = data_dir / "bad.spx"
    bad.write_bytes(b"not a file of ours")
    assert main(["county", "import", str(bad), "--db", str(db)]) == 2
    assert "压缩" in capsys.readouterr().err


def test_county_admin_commands(data_dir, capsys):
    """add-user, revoke-station, catalog-import and compact work on a SQLite county file."""
    db = str(data_dir / "c.db")
    assert main(["county", "add-user", "管理员", "--db", db]) == 0
    assert main(["county", "add-station", "GJ08", "--name", "二站", "--db", db]) == 0
    assert main(["county", "revoke-station", "GJ08", "--db", db]) == 0
    csv = data_dir / "cat.csv"
    csv.write_text(
        "sku,name,category,unit,price,category_name,category_rate\n"
        "F1,复合肥 50kg,agri,bag,120.00,农资,8\n",
        encoding="utf-8",
    )
    assert main(["county", "catalog-import", str(csv), "--db", db]) == 0
    assert "added 1" in capsys.readouterr().out
    assert main(["county", "catalog-import", str(csv), "--db", db]) == 0
    assert "updated 1" in capsys.readouterr().out
    assert main(["county", "compact", "--db", db]) == 0
    assert "removed" in capsys.readouterr().out
