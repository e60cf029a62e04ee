"""A void slip names only the party of the voided document (issue 10, case 8)."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.core.receipt_data import receipt_data


def _party_text(data) -> str:
    return " ".join(f"{p.label}:{p.value}" for p in data.party)


def test_void_of_a_buyers_sale_names_the_buyer_not_the_farmer(station, farmer):
    """The sale slip went to 县城饭店; its void must not print 张三 or 张三's phone."""
    batch = station.consignment.intake(farmer.id, "散养土鸡", 10, "bird")
    _, sale_receipt = station.consignment.sell(
        batch.id, 2, 16800, [pay.cash(33600)], buyer="县城饭店"
    )
    void = station.receipts.void(sale_receipt.number, "买家退货")
    slip = _party_text(receipt_data(station, void.number))
    assert "县城饭店" in slip
    assert "张三" not in slip and "138****1234" not in slip
    assert _party_text(receipt_data(station, sale_receipt.number)) == slip


def test_void_of_a_sale_without_buyer_names_nobody(station, farmer):
    """A walk-in sale names no one; neither does its void."""
    batch = station.consignment.intake(farmer.id, "核桃", 5000, "jin")
    _, sale_receipt = station.consignment.sell(batch.id, 500, 1250, [pay.cash(1250)])
    void = station.receipts.void(sale_receipt.number, "输错了")
    assert receipt_data(station, void.number).party == ()


def test_void_of_a_farmers_intake_still_names_the_farmer(station, farmer):
    """Where the voided document was the farmer's, the void names the farmer (masked phone)."""
    batch = station.consignment.intake(farmer.id, "散养土鸡", 3, "bird")
    void = station.receipts.void(station.receipts.get(batch.receipt_id).number, "登记错了")
    slip = _party_text(receipt_data(station, void.number))
    assert "张三" in slip and "138****1234" in slip and "13800001234" not in slip
