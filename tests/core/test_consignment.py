"""Consignment intake, sales, spoilage, returns and settlement with the farmer."""

from __future__ import annotations

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidState, StockError
from servicepoint.core.money import parse_quantity
from servicepoint.core.purchasing import LineInput
from servicepoint.core.settlement import Fee


@pytest.fixture
def chickens(station, farmer):
    """Ten free-range chickens, floor price ¥128 (the seeds' lowest grade price)."""
    return station.consignment.intake(
        farmer.id, "散养土鸡", 10, "bird", grade="一级", floor_price_fen=12800
    )


def test_intake_makes_trace_code_and_receipt(station, chickens):
    """One trace code per batch, with an intake receipt; stock starts at the intake."""
    assert chickens.trace_code == "GJ01-261122-001"
    assert station.receipts.get(chickens.receipt_id).kind == "intake"
    assert chickens.stock.on_hand == 10


def test_seed_chicken_prices_and_stock_invariant(station, chickens):
    """Sales at ¥128/¥168/¥188, spoilage and a return keep intake = sold+returned+spoiled+left."""
    cons = station.consignment
    for price in (12800, 16800, 18800):
        cons.sell(chickens.id, 2, price, [pay.cash(2 * price)], buyer="县城饭店")
    cons.spoil(chickens.id, 1, "运输途中死亡")
    cons.return_to_farmer(chickens.id, 1, "农户自留")
    stock = cons.stock(chickens.id)
    assert (stock.intake, stock.sold, stock.spoiled, stock.returned, stock.on_hand) == (
        10,
        6,
        1,
        1,
        2,
    )
    assert stock.intake == stock.sold + stock.returned + stock.spoiled + stock.on_hand
    with pytest.raises(StockError):
        cons.sell(chickens.id, 3, 16800, [pay.cash(50400)])
    assert station.check() == []


def test_weight_sale_uses_the_brief_formula(station, farmer):
    """Walnuts by the 斤: 7.3 斤 at ¥12.50 is 9125 fen, commission 10 % = 913."""
    batch = station.consignment.intake(farmer.id, "核桃", parse_quantity("50", "jin"), "jin")
    sale, receipt = station.consignment.sell(
        batch.id, 3650, 1250, [pay.mobile(9125, "WX1")], channel="online"
    )
    assert (sale.amount_fen, sale.commission_fen) == (9125, 913)
    assert receipt.kind == "sale"


def test_settlement_formula_and_offset(station, farmer, chickens):
    """payout = proceeds − commission − fees − chosen offset; the ledger shows each part."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=3000)], [pay.on_account(3000)]
    )
    station.consignment.sell(chickens.id, 2, 16800, [pay.cash(33600)])
    station.consignment.sell(chickens.id, 1, 18800, [pay.cash(18800)])
    fig = station.settlement.preview(farmer.id, fees=[Fee("包装费", 600)], offset_fen=3000)
    assert (fig.proceeds_fen, fig.commission_fen, fig.fees_fen) == (52400, 5240, 600)
    assert fig.payout_fen == 52400 - 5240 - 600 - 3000
    receipt = station.settlement.settle(farmer.id, fees=[Fee("包装费", 600)], offset_fen=3000)
    assert receipt.amount_fen == fig.payout_fen
    assert station.ledger.balance(farmer.id) == 0
    kinds = [e.kind for e in station.ledger.entries(farmer.id)]
    assert kinds == ["credit_purchase", "settlement_payable", "payout", "settlement_offset"]
    with pytest.raises(InvalidState):
        station.settlement.settle(farmer.id)  # nothing left: settling twice is refused
    assert station.check() == []


def test_settlement_without_offset_leaves_debt(station, farmer, chickens):
    """The offset is only taken when the operator chooses it."""
    station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=3000)], [pay.on_account(3000)]
    )
    station.consignment.sell(chickens.id, 1, 12800, [pay.cash(12800)])
    receipt = station.settlement.settle(farmer.id)
    assert receipt.amount_fen == 12800 - 1280
    assert station.ledger.balance(farmer.id) == 3000


def test_void_settlement_makes_sales_due_again(station, farmer, chickens):
    """A voided settlement is reversed by new entries and its sales can be settled again."""
    station.consignment.sell(chickens.id, 1, 12800, [pay.cash(12800)])
    receipt = station.settlement.settle(farmer.id)
    void = station.receipts.void(receipt.number, "金额算错")
    assert void.voids_receipt_id == receipt.id
    assert len(station.settlement.due(farmer.id)) == 1
    again = station.settlement.settle(farmer.id)
    assert again.amount_fen == receipt.amount_fen
    assert station.check() == []


def test_void_sale_restores_stock(station, chickens):
    """Voiding a sale returns the goods to stock and reverses payment and commission."""
    sale, receipt = station.consignment.sell(chickens.id, 2, 16800, [pay.cash(33600)])
    station.receipts.void(receipt.number, "买家退货")
    assert station.consignment.stock(chickens.id).on_hand == 10
    assert (
        station.records.scalar(
            "SELECT SUM(amount_fen) FROM commission_entries WHERE sale_id = ?", (sale.id,)
        )
        == 0
    )
    assert station.check() == []


def test_trigger_refuses_negative_stock_even_past_the_service(station, chickens):
    """The database itself refuses a movement that would make stock negative."""
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError), station.records.atomic():
        station.records.insert(
            "stock_movements",
            {
                "batch_id": chickens.id,
                "kind": "sale",
                "quantity_base": -11,
                "sale_id": None,
                "reverses_id": None,
                "reason": None,
                "created_at": station.clock.stamp(),
                "operator_id": station.operator.id,
            },
        )
    assert station.consignment.stock(chickens.id).on_hand == 10
