"""The command line's ESC/POS commands: ``receipt escpos`` writes a receipt's job to a file
(counted like ``receipt pdf``: the second copy says REPRINT), ``printer test`` sends the test
page in each mode to a device and fails with exit 2 when the device does not take it all."""

from __future__ import annotations

import pytest

from servicepoint.cli import main
from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.printing.test_page import TEST_PAYLOAD

from .escpos_decode import decode


@pytest.fixture
def data_dir(tmp_path, monkeypatch, cli_init):
    monkeypatch.setenv("SERVICEPOINT_PIN", "1234")
    assert main([*cli_init(), "--data-dir", str(tmp_path)]) == 0
    return tmp_path


def test_receipt_escpos_writes_the_job_and_counts_the_copy(data_dir, tmp_path, capsys):
    with Station.open(data_dir / "station") as s:
        s.sign_in("王站长", "1234")
        f = s.farmers.add("张三", phone="13800001234")
        order = s.purchasing.place(
            f.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500, 3000)]
        )
    text, raster = tmp_path / "a.bin", tmp_path / "b.bin"
    base = ["receipt", "escpos", order.number, "--data-dir", str(data_dir)]
    assert main([*base, "--output", str(text), "--width", "58"]) == 0
    assert main([*base, "--output", str(raster), "--mode", "raster"]) == 0
    first = decode(text.read_bytes())
    assert "锄头" in first.text and "重印" not in first.text
    assert len(first.qr_payloads) == 1 and first.cuts == 1
    second = decode(raster.read_bytes())
    assert second.image().width == 576 and not second.lines and second.cuts == 1
    assert "ESC/POS" in capsys.readouterr().out
    third = tmp_path / "c.bin"
    assert main([*base, "--output", str(third)]) == 0
    assert "重印 REPRINT" in decode(third.read_bytes()).text


def test_printer_test_prints_both_modes_to_a_device(data_dir, tmp_path, capsys):
    out = tmp_path / "page.bin"
    args = ["printer", "test", "--device", f"file:{out}", "--data-dir", str(data_dir)]
    assert main([*args, "--mode", "text", "--width", "58"]) == 0
    page = decode(out.read_bytes())
    assert page.qr_payloads == [TEST_PAYLOAD.encode()]
    assert "打印机测试页" in page.text and "ESC/POS text" in page.text
    assert main([*args, "--mode", "raster"]) == 0
    assert decode(out.read_bytes()).image().width == 576
    assert main(["printer", "test", "--device", "tcp:127.0.0.1:1", "--timeout", "2"]) == 2
    assert "没有打印" in capsys.readouterr().out
    assert main(["printer", "test", "--device", "lpt1", "--lang", "en"]) == 2
    assert "not valid" in capsys.readouterr().out
