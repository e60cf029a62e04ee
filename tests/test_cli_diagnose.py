"""`servicepoint diagnose`: a zip for a technician with everything but personal data."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from servicepoint.cli import main
from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.diagnose import REMOVED, Redactor
from servicepoint.core.purchasing import LineInput

TOKEN = "Zq9xW2-abc_DEF0123456789ghijKLMNopqrsTUVwx"  # shaped like secrets.token_urlsafe(32)
STATION_PARTS = (
    "identity.json",
    "settings.json",
    "sync_status.txt",
    "check.json",
    "schema.json",
    "files.json",
)


def resident_id(first17: str) -> str:
    """A resident ID number with its ISO 7064 MOD 11-2 check digit."""
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


FARMERS = [  # name, phone, ID number, poverty-card number
    ("张三丰", "13800001234", resident_id("11010519491231002"), "PK-2016-0031"),
    ("李秀英", "15912345678", resident_id("52262319800715342"), "GZ2016/00777"),
    ("欧阳娜娜", "0851-86601234", resident_id("44030419900101123"), None),
]
OLD_PHONE = "18600009999"  # the phone a farmer had before; only a conflict remembers it


def farmers(station: Station) -> list[str]:
    station.sign_in("王站长", "1234")
    ids = []
    for name, phone, id_number, card in FARMERS:
        farmer = station.farmers.add(
            name, phone=phone, id_number=id_number, is_poor=card is not None, poverty_card_no=card
        )
        ids.append(farmer.id)
    return ids


@pytest.fixture
def data_dir(tmp_path, monkeypatch, cli_init):
    monkeypatch.setenv("SERVICEPOINT_PIN", "1234")
    base = tmp_path / "data"
    assert main([*cli_init(), "--data-dir", str(base)]) == 0
    return base


def private_station(base: Path) -> list[str]:
    """A station with farmers, a sale on account, an enrolment token, a conflict over a
    phone and a broken ledger (so `check` names a farmer); returns what must stay out."""
    with Station.open(base / "station") as s:
        ids = farmers(s)
        s.purchasing.place(
            ids[0], [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.on_account(2500)]
        )
        s.db.execute(
            "UPDATE sync_state SET token = ?, server_url = ?", (TOKEN, "http://county.example:8750")
        )
        s.db.execute(
            "INSERT INTO sync_conflicts (county_id, entity, record_id, field, kept, lost, "
            "created_at, seen_at) VALUES (1, 'farmers', ?, 'phone', ?, ?, '2026-11-22', "
            "'2026-11-22')",
            (ids[1], json.dumps(FARMERS[1][1]), json.dumps(OLD_PHONE)),
        )
        s.db.execute("DROP TRIGGER ledger_entries_no_delete")
        s.db.execute("DELETE FROM ledger_entries")
        secret = s.secret.hex()
    training = Station.create(
        base / "training",
        code="GJ02",
        name="培训站",
        village="培训村",
        township="城关镇",
        county="示范县",
        manager_name="王站长",
        manager_pin="1234",
        training=True,
    )
    with training:
        training.sign_in("王站长", "1234")
        training.farmers.add("赵铁柱", phone="13711112222")
        training_secret = training.secret.hex()
    values = [v for row in FARMERS for v in row if v]
    values.append(FARMERS[2][1].replace("-", ""))  # a landline is stored as digits
    return [*values, "赵铁柱", "13711112222", OLD_PHONE, TOKEN, secret, training_secret]


def unzip(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under a station folder and a hash of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_diagnose_zip_holds_no_personal_data(data_dir, tmp_path, capsys):
    """Phones, ID and poverty-card numbers, farmers' names, the secret and the token appear in
    no member, not even in a log line that carried them or a `check` line naming a farmer;
    every expected member is there and says something; the stations are not written."""
    private = private_station(data_dir)
    logs = data_dir / "logs"
    assert (logs / "cli.log").exists()  # init logged itself
    (logs / "app.log").write_text(
        "2026-11-22 09:00:01 INFO servicepoint.ui [MainThread] window shown\n"
        f"2026-11-22 09:00:02 WARNING servicepoint.ui [MainThread] lookup {FARMERS[0][1]} "
        f"id={FARMERS[1][2]} card {FARMERS[0][3]} for {FARMERS[2][0]}\n",
        encoding="utf-8",
    )
    (logs / "app.log.1").write_text(
        f"2026-11-21 21:30:00 INFO servicepoint.core.sync [sync] token {TOKEN} pushed 3\n",
        encoding="utf-8",
    )
    before = {kind: fingerprint(data_dir / kind) for kind in ("station", "training")}
    output = tmp_path / "diag.zip"

    assert main(["diagnose", "--output", str(output), "--data-dir", str(data_dir)]) == 0
    assert "已写好诊断包" in capsys.readouterr().out
    assert {kind: fingerprint(data_dir / kind) for kind in ("station", "training")} == before

    members = unzip(output)
    expected = {
        "README.txt",
        "versions.json",
        "logs/app.log",
        "logs/app.log.1",
        "logs/cli.log",
        *(f"{kind}/{part}" for kind in ("station", "training") for part in STATION_PARTS),
    }
    assert expected <= set(members), sorted(members)
    assert all(members[name].strip() for name in expected)
    leaks = [(value, name) for value in private for name, text in members.items() if value in text]
    assert leaks == []

    identity = json.loads(members["station/identity.json"])
    assert (identity["code"], identity["name"], identity["village"]) == (
        "GJ02",
        "甘界村服务站",
        "甘界村",
    )
    assert "secret" not in identity
    check = json.loads(members["station/check.json"])
    assert not check["ok"] and any(f"ledger of {REMOVED}" in p for p in check["problems"])
    assert json.loads(members["training/check.json"])["ok"]
    status = members["station/sync_status.txt"]
    assert "登记: 是" in status and "farmers.phone" in status and "exit 3" in status
    assert "window shown" in members["logs/app.log"] and "pushed 3" in members["logs/app.log.1"]
    assert "command diagnose" in members["logs/cli.log"]
    versions = json.loads(members["versions.json"])
    assert {
        "servicepoint",
        "python",
        "platform",
        "sqlite",
        "PySide6",
        "reportlab",
        "sqlite-utils",
    } <= set(versions)
    schema = json.loads(members["station/schema.json"])
    assert schema["migrations_applied"] and schema["migrations_pending"] == []
    assert schema["rows"]["farmers"] == len(FARMERS)
    assert "printer_name" in json.loads(members["station/settings.json"])
    files = json.loads(members["station/files.json"])
    assert files["database"][0]["name"] == "station.db" and files["database"][0]["bytes"] > 0


def test_diagnose_with_no_station_still_writes_a_zip(tmp_path, monkeypatch, capsys):
    """A fresh data folder: a zip with the versions and a README that says there is no
    station, in the chosen language; without --output it is named by the time, here."""
    base, output = tmp_path / "fresh", tmp_path / "fresh.zip"
    assert main(["diagnose", "--output", str(output), "--data-dir", str(base), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "no station in this data folder" in out and "Wrote" in out
    members = unzip(output)
    assert "There is no station in this data folder yet" in members["README.txt"]
    assert json.loads(members["versions.json"])["servicepoint"]
    assert not [name for name in members if name.startswith(("station/", "training/"))]
    assert not (base / "station").exists() and not (base / "training").exists()
    monkeypatch.chdir(tmp_path)
    assert main(["diagnose", "--data-dir", str(base)]) == 0
    made = list(tmp_path.glob("servicepoint-diagnose-*.zip"))
    assert len(made) == 1 and "还没有服务站" in unzip(made[0])["README.txt"]


def test_diagnose_does_not_migrate_an_old_database(data_dir, tmp_path):
    """A station this version would migrate on opening is left unopened (opening writes);
    the zip says which steps are pending and still lists the files."""
    with Station.open(data_dir / "station") as s:
        last = s.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id DESC").fetchone()[0]
        s.db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (last,))
    before = fingerprint(data_dir / "station")
    output = tmp_path / "old.zip"
    assert main(["diagnose", "--output", str(output), "--data-dir", str(data_dir)]) == 0
    members = unzip(output)
    assert last in members["station/error.txt"] and "station/files.json" in members
    assert "station/identity.json" not in members
    assert fingerprint(data_dir / "station") == before


def test_diagnose_while_the_window_holds_the_station(data_dir, tmp_path):
    """With the station open elsewhere (the window), diagnose reads beside it and leaves the
    window's open-marker alone, so the next start does not think the PC lost power."""
    marker = data_dir / "station" / "station.db-open"
    with Station.open(data_dir / "station") as window:
        assert marker.exists()
        output = tmp_path / "busy.zip"
        assert main(["diagnose", "--output", str(output), "--data-dir", str(data_dir)]) == 0
        assert marker.exists()
        assert window.check() == []
    members = unzip(output)
    assert json.loads(members["station/check.json"])["ok"]
    assert json.loads(members["station/files.json"])["open_marker"] is True


def test_diagnose_refuses_an_unwritable_output(data_dir, tmp_path, capsys):
    """A zip that cannot be written: exit 2 and the reason, no half-written file."""
    output = tmp_path / "no-such-folder" / "d.zip"
    assert main(["diagnose", "--output", str(output), "--data-dir", str(data_dir)]) == 2
    assert "写不了诊断包" in capsys.readouterr().out
    assert not output.parent.exists()


def test_open_read_only_refuses_every_write(data_dir):
    """The connection diagnose reads through cannot write, whatever a service tries."""
    from servicepoint.core.diagnose import open_read_only
    from servicepoint.core.errors import DatabaseReadOnly

    with open_read_only(data_dir / "station") as station:
        station.sign_in("王站长", "1234")
        with pytest.raises(DatabaseReadOnly):
            station.farmers.add("张三", phone="13800001234")
        assert station.farmers.count() == 0


def test_redactor_finds_values_inside_longer_text():
    """Known values go wherever they stand (inside a path, after a label, in a Chinese
    sentence); phone- and ID-shaped numbers go too in free text; short names are kept."""
    redact = Redactor(["13800001234", "PK-2016-0031", "张三丰", "王", "Li Na"])
    assert redact("tel:13800001234; /cards/PK-2016-0031.pdf") == (
        f"tel:{REMOVED}; /cards/{REMOVED}.pdf"
    )
    assert redact("卖给张三丰的鸡蛋，王站长收款") == f"卖给{REMOVED}的鸡蛋，王站长收款"
    assert redact("buyer Li Na paid") == f"buyer {REMOVED} paid"
    assert redact("x-PK-2016-0031-y") == f"x-{REMOVED}-y"
    unknown = "call 13912345678, ID 110105194912310021"
    assert redact(unknown) == f"call {REMOVED}, ID {REMOVED}"
    assert redact(unknown, patterns=False) == unknown
    assert redact("12345678901234 bytes") == "12345678901234 bytes"
