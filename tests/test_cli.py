"""The servicepoint command: init, check, reports, imports, exit codes and messages."""

from __future__ import annotations

import json

import pytest

from servicepoint.cli import main
from servicepoint.core import Station, unprinted
from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput


@pytest.fixture
def data_dir(tmp_path, monkeypatch, cli_init):
    monkeypatch.setenv("SERVICEPOINT_PIN", "1234")
    assert main([*cli_init(), "--data-dir", str(tmp_path)]) == 0
    return tmp_path


def test_init_creates_station_in_data_dir(data_dir, capsys, cli_init):
    """init creates <data-dir>/station/station.db with the given identity."""
    with Station.open(data_dir / "station") as s:
        assert s.identity.code == "GJ02"
        assert len(s.catalogue.categories()) == 7  # the standard list (issue 12 #5)
    assert main([*cli_init(), "--data-dir", str(data_dir)]) == 2  # a second init is refused
    assert "已经有" in capsys.readouterr().err


def test_check_passes_then_fails_on_tampering(data_dir, capsys):
    """check exits 0 on a sound station and 1 with a list when an invariant breaks."""
    with Station.open(data_dir / "station") as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三")
        s.purchasing.place(
            f.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.on_account(2500)]
        )
    assert main(["check", "--data-dir", str(data_dir)]) == 0
    assert "检查通过" in capsys.readouterr().out
    with Station.open(data_dir / "station") as s:
        s.db.execute("DROP TRIGGER ledger_entries_no_delete")
        s.db.execute("DELETE FROM ledger_entries")
    assert main(["check", "--data-dir", str(data_dir), "--json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert not result["ok"] and any("ledger" in p for p in result["problems"])


def test_reports_json_and_text(data_dir, capsys):
    """Every report kind prints as text and as JSON with integer fen."""
    for kind in ("daily", "commission", "consignment", "poverty"):
        assert main(["report", kind, "--data-dir", str(data_dir)]) == 0
        assert capsys.readouterr().out.strip()
        assert main(["report", kind, "--json", "--data-dir", str(data_dir)]) == 0
        json.loads(capsys.readouterr().out)
    assert main(["report", "daily", "--day", "2026-13-40", "--data-dir", str(data_dir)]) == 2
    assert "日期格式" in capsys.readouterr().err


def test_imports(data_dir, tmp_path, capsys):
    """farmers import and catalog import go through the manager's sign-in."""
    farmers = tmp_path / "farmers.csv"
    farmers.write_text(
        "name,phone,village_group,is_poor\n张三,13800001234,一组,是\n", encoding="utf-8"
    )
    catalog = tmp_path / "catalog.csv"
    catalog.write_text(
        "sku,name,category,unit,price,category_name,category_rate\n"
        "F1,复合肥 50kg,agri,bag,120.00,农资,8\n",
        encoding="utf-8",
    )
    assert main(["farmers", "import", str(farmers), "--data-dir", str(data_dir)]) == 0
    assert (
        main(["catalog", "import", str(catalog), "--data-dir", str(data_dir), "--lang", "en"]) == 0
    )
    assert "1 added" in capsys.readouterr().out
    with Station.open(data_dir / "station") as s:
        assert s.catalogue.category("agri").commission_bp == 800
        assert s.farmers.count() == 1


def test_wrong_pin_is_refused(data_dir, monkeypatch, capsys):
    """A wrong PIN writes nothing and says so in the chosen language."""
    monkeypatch.setenv("SERVICEPOINT_PIN", "9999")
    path = data_dir / "x.csv"
    path.write_text("name\n张三\n", encoding="utf-8")
    assert main(["farmers", "import", str(path), "--data-dir", str(data_dir), "--lang", "en"]) == 2
    assert "Wrong name or PIN" in capsys.readouterr().err


def test_common_options_before_or_after_the_command(data_dir, capsys):
    """--data-dir and --lang work before the sub-command as well as after it."""
    assert main(["--data-dir", str(data_dir), "--lang", "en", "check"]) == 0
    assert "Check passed" in capsys.readouterr().out
    assert main(["check", "--data-dir", str(data_dir), "--lang", "en"]) == 0
    assert "Check passed" in capsys.readouterr().out


def test_receipt_pdf_and_reprint(data_dir, tmp_path, capsys):
    """receipt pdf writes the PDF; the second copy of the same receipt says REPRINT."""
    import subprocess

    with Station.open(data_dir / "station") as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三", phone="13800001234")
        order = s.purchasing.place(
            f.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500, 3000)]
        )
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert (
        main(["receipt", "pdf", order.number, "--output", str(first), "--data-dir", str(data_dir)])
        == 0
    )
    assert (
        main(
            [
                "receipt",
                "pdf",
                order.number,
                "--output",
                str(second),
                "--width",
                "58",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 0
    )
    text1 = subprocess.run(
        ["pdftotext", str(first), "-"], capture_output=True, text=True, check=True
    ).stdout
    text2 = subprocess.run(
        ["pdftotext", str(second), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert order.number in text1 and "25.00" in text1 and "138****1234" in text1
    assert "重印" not in text1 and "重印" in text2
    assert (
        main(
            [
                "receipt",
                "pdf",
                "GJ02-2026-999999",
                "--output",
                str(first),
                "--data-dir",
                str(data_dir),
            ]
        )
        == 2
    )
    assert "找不到 GJ02-2026-999999" in capsys.readouterr().err


def test_receipt_print_without_a_print_system_keeps_the_pdf(data_dir, monkeypatch, capsys):
    """With no `lp` on the machine, printing says so and keeps the PDF to print later."""
    import shutil

    with Station.open(data_dir / "station") as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三")
        order = s.purchasing.place(
            f.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)]
        )
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert main(["receipt", "print", order.number, "--data-dir", str(data_dir)]) == 2
    out = capsys.readouterr().out
    assert "没有找到打印系统" in out and f"{order.number}.pdf" in out
    kept = data_dir / "station" / "unprinted" / f"{order.number}.pdf"  # the window lists it
    assert str(kept) in out and kept.read_bytes().startswith(b"%PDF")
    with Station.open(data_dir / "station") as s:
        assert [e.number for e in unprinted.entries(s)] == [order.number]


def _pdf_text(path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_receipt_pdf_prints_every_printout_by_the_number_on_it(data_dir, tmp_path, capsys):
    """Issue 10 case 6: a trace label, the settlement statement, the Z report and the month's
    commission statement, each by the number the operator reads on the paper."""
    with Station.open(data_dir / "station") as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三", phone="13800001234")
        batch = s.consignment.intake(f.id, "散养土鸡", 5, "bird", grade="一级")
        s.consignment.sell(batch.id, 2, 16800, [pay.cash(33600)], buyer="县城饭店")
        settled = s.settlement.settle(f.id)
        day = s.clock.now().date().isoformat()
        z = s.reports.close_day(day, 33600 - settled.amount_fen)
        month = day[:7]
        statement_no = f"{s.code}-{month.replace('-', '')}-COMM"
        trace, code = batch.trace_code, s.code
    out = tmp_path / "out.pdf"

    def saved(number: str, *extra: str) -> str:
        assert (
            main(
                [
                    "receipt",
                    "pdf",
                    number,
                    "--output",
                    str(out),
                    *extra,
                    "--data-dir",
                    str(data_dir),
                ]
            )
            == 0
        ), capsys.readouterr()
        return _pdf_text(out)

    label = saved(trace)
    assert trace in label and "散养土鸡" in label and "张三" not in label
    statement = saved(settled.number, "--width", "a4")
    assert settled.number in statement and "结算付款单" in statement and "实付农户" in statement
    zreport = saved(z.number)
    assert z.number in zreport and "日结单" in zreport and "实点现金" in zreport
    commission = saved(statement_no)
    assert "月度佣金对账单" in commission and statement_no in commission
    assert statement_no in saved(statement_no.lower())  # as typed, case does not matter
    for unknown in (f"{code}-209913-COMM", "GJ99-202611-COMM", "GJ01-261202-999"):
        assert (
            main(["receipt", "pdf", unknown, "--output", str(out), "--data-dir", str(data_dir)])
            == 2
        )
        assert f"找不到 {unknown}" in capsys.readouterr().err


def test_each_command_is_logged_by_name_and_exit_code(data_dir, tmp_path):
    """logs/cli.log in the data folder names each command and its exit code or refusal, and
    none of the values it was given (a farmer file, a station name, a day)."""
    farmers = tmp_path / "农户13800001234.csv"
    farmers.write_text("name,phone\n张三,13800001234\n", encoding="utf-8")
    assert main(["farmers", "import", str(farmers), "--data-dir", str(data_dir)]) == 0
    assert main(["report", "daily", "--day", "2026-13-40", "--data-dir", str(data_dir)]) == 2
    assert main(["sync", "status", "--data-dir", str(data_dir)]) == 0
    log = (data_dir / "logs" / "cli.log").read_text(encoding="utf-8")
    for line in (
        "command init exit 0",
        "command farmers import exit 0",
        "refused: day_malformed",
        "command report daily exit 2",
        "command sync status exit 0",
    ):
        assert line in log
    for value in ("13800001234", "张三", "甘界村", "王站长", "2026-13-40", "1234 "):
        assert value not in log


def test_without_data_dir_the_data_folder_comes_from_core_paths(data_dir, monkeypatch, capsys):
    """With no --data-dir the command uses core/paths.py's folder (SERVICEPOINT_DATA_DIR
    moves it), the same one the window opens; it logs there too."""
    monkeypatch.setenv("SERVICEPOINT_DATA_DIR", str(data_dir))
    assert main(["check", "--lang", "en"]) == 0
    assert "Check passed" in capsys.readouterr().out
    assert "command check exit 0" in (data_dir / "logs" / "cli.log").read_text(encoding="utf-8")
