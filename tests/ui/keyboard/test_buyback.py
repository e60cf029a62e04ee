"""The 收购 screen by keys alone (issue 16), with a scale simulated on a pty: the issue's
worked example weighed with F10 (refused while the scale moves), graded, offset against the
farmer's ¥300 debt and paid ¥900.48 in cash; then the lot dispatched from the stock tab, its
manifest printed on A4."""

from __future__ import annotations

import pytest
from devices.simscale import SimScale
from PySide6.QtCore import Qt

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput

from .conftest import focused

CORN = {
    "id": "corn-2",
    "list_code": "QIU2026",
    "product": "玉米",
    "grade": "二等",
    "unit": "jin",
    "price_fen": 120,
    "premium_fen": 3,
    "fee_fen": 2,
    "valid_from": "2026-09-01",
    "valid_to": "2026-12-31",
    "moisture_std": 140,
    "moisture_step_bp": 120,
    "impurity_std": 10,
    "impurity_step_bp": 100,
}


@pytest.fixture
def scale(station):
    """A continuous-output scale on a pty, saved as the station's scale."""
    sim = SimScale("continuous", every=0.05)
    station.set_setting("scale_protocol", "continuous")
    station.set_setting("scale_port", sim.path)
    yield sim
    sim.close()


@pytest.fixture
def corn_owed(station, farmer):
    """The county's corn price pulled, and the farmer owing ¥300 on account."""
    station.buyback_prices.replace([CORN])
    station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=30000)], [pay.on_account(30000)]
    )
    return farmer


def test_worked_example_by_keys_with_the_scale(scale, corn_owed, keys, station, qtbot, printed):
    farmer = corn_owed
    scale.set_answer(b"US,GS,+520.000kg\r\n")
    screen = keys.open("buyback")
    keys.wait_focus("bbFarmerSearch")
    buy = screen.buy
    keys.type("zs")
    keys.enter()
    keys.wait_focus("bbPrice")
    assert "¥300.00" in buy.debt.text()
    keys.enter()  # the price line is chosen: on to the first empty field
    keys.wait_focus("bbGross")
    qtbot.waitUntil(lambda: buy.scale.weight.text() == "520公斤")
    keys.press(Qt.Key.Key_F10)  # still moving: refused, nothing filled
    assert buy.gross.text() == ""
    assert buy.scale.message.isVisible() and "稳定" in buy.scale.message.text()
    scale.set_answer(b"ST,GS,+520.000kg\r\n")
    qtbot.waitUntil(lambda: buy.scale.state.text() == "稳定")
    keys.press(Qt.Key.Key_F10)
    assert buy.gross.text() == "520"
    keys.tab()
    assert focused() == "bbTare"
    keys.type("20")
    keys.tab()
    keys.type("16.0")
    keys.tab()
    keys.type("1.0")
    assert "¥1,200.48" in buy.sums.text() and "¥29.28" in buy.sums.text()
    keys.tab()
    assert focused() == "bbOffset"
    keys.type("300")
    assert "¥900.48" in buy.sums.text()
    keys.enter()
    qtbot.waitUntil(lambda: bool(station.buyback.lots()))
    [lot] = station.buyback.lots()
    assert (lot.net_base, lot.paid_base, lot.amount_fen, lot.premium_amount_fen) == (
        500_000,
        488_000,
        120_048,
        2_928,
    )
    assert [(p.method, p.amount_fen) for p in pay.for_receipt(station, lot.receipt_id)] == [
        ("cash", -90_048)
    ]
    assert station.ledger.balance(farmer.id) == 0
    assert lot.trace_code in buy.result.text()
    assert focused() == "bbGross"

    # -- the lot on the stock tab, dispatched by keys -------------------------------------------
    keys.ctrl(Qt.Key.Key_2)
    keys.wait_focus("bbLots")
    qtbot.waitUntil(lambda: screen.stock.model.rowCount() == 1)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)
    assert focused() == "bbDestination"
    keys.type("County grain")
    keys.enter()
    qtbot.waitUntil(lambda: station.buyback.lot(lot.id).on_hand_base == 0)
    assert station.buyback_dispatches.statement("2026-11").fees_fen == 1_952
    [dispatch] = station.buyback_dispatches.recent()
    manifest = printed / f"{dispatch.number}.pdf"
    qtbot.waitUntil(manifest.exists)
    assert b"841.8" in manifest.read_bytes()  # the manifest is an A4 page (595 × 842 pt)
    assert (printed / f"{station.receipts.get(lot.receipt_id).number}.pdf").exists()
    assert station.check() == []
