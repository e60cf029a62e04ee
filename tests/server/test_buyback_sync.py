"""Buy-back through sync (issue 16): price lines the county publishes come down to a station;
its lots, payments, dispatches and fees go up by the one idempotent path; the county's
reimbursement figures add up; its poverty figures count the buy-back as income paid to the
poor household, as the station's report does; a repayment it records comes down into the
station's monthly statement; and a county refuses a lot whose sums are not what the rules
compute."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import func, select

from servicepoint.core import payments as pay
from servicepoint.core.buyback import Load
from servicepoint.core.errors import InvalidInput
from servicepoint.server import buyback as county_buyback
from servicepoint.server import poverty, poverty_store, schema
from servicepoint.server.entities import check_row
from servicepoint.server.errors import Refusal

from .test_console_storage import _alembic

CORN = {
    "id": "corn-2",
    "list_code": "QIU2026",
    "list_name": "2026 秋粮收购",
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


def _count(conn, table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def test_prices_down_lots_up_and_reimbursement(enrolled, county):
    station = enrolled
    with county.storage.write() as conn:
        assert county_buyback.publish_price_lines(conn, [CORN], "县中心管理员") == 1
    with pytest.raises(InvalidInput):  # not pulled yet: no price, no purchase
        station.buyback_prices.line_for("玉米", "二等")
    assert station.sync.run().ok
    line = station.buyback_prices.line_for("玉米", "二等")
    assert (line.price_fen, line.premium_fen, line.fee_fen) == (120, 3, 2)

    farmer = station.farmers.add("张三", phone="13800001234", is_poor=True)
    load = Load(farmer.id, "corn-2", 520_000, 20_000, moisture=160, impurity=10)
    lot, _ = station.buyback.buy(load, [pay.cash(120_048)])
    slip = station.buyback_dispatches.dispatch([(lot.id, None)], "县粮食公司")
    result = station.sync.run()
    assert result.ok, result.error
    assert station.sync.run().ok  # a second sync sends nothing twice

    with county.storage.read() as conn:
        lots = schema.records["buyback_lots"]
        stored = conn.execute(select(lots.c.trace_code, lots.c.amount_fen)).all()
        assert [tuple(r) for r in stored] == [(lot.trace_code, 120_048)]
        assert _count(conn, schema.records["buyback_fees"]) == 1
        assert _count(conn, schema.records["buyback_movements"]) == 2
        figures = county_buyback.reimbursement(conn)
    row = figures["stations"][0]
    assert (row["station"], row["paid_fen"], row["premium_fen"], row["fees_fen"]) == (
        "GJ01",
        120_048,
        2_928,
        1_952,
    )
    assert row["outstanding_fen"] == 122_000 and row["on_hand_base"] == 0

    with county.storage.write() as conn:
        county_buyback.record_reimbursement(
            conn, "GJ01", "2026-11", 100_000, "bank", "NS-1", None, "县中心管理员"
        )
        county_buyback.withdraw_price_line(conn, "corn-2", "县中心管理员")
    assert station.sync.run().ok
    statement = station.buyback_dispatches.statement("2026-11")
    assert (statement.reimbursed_fen, statement.outstanding_fen) == (100_000, 22_000)
    with pytest.raises(InvalidInput):  # withdrawn at the county: no longer bought at
        station.buyback_prices.line_for("玉米", "二等")
    with county.storage.read() as conn:
        assert county_buyback.reimbursement(conn)["stations"][0]["outstanding_fen"] == 22_000

    # the county's poverty figures: the buy-back is income paid to the poor household, and
    # every figure the two share is the station's own report's
    with county.storage.read() as conn:
        [county_row] = poverty.figures(conn, "2026-11-01", "2026-11-30", station="GJ01")
    own = station.reports.poverty("2026-11-01", "2026-11-30")
    assert county_row["income_to_poor_fen"] == own.income_to_poor_fen == 120_048
    assert own.buyback_for_poor_fen == 120_048 and own.buyback_premium_for_poor_fen == 2_928
    for name in ("payouts_to_poor_fen", "offsets_for_poor_fen", "households_served",
                 "poor_households_served", "buyback_for_poor_fen",
                 "buyback_premium_for_poor_fen"):  # fmt: skip
        assert county_row[name] == getattr(own, name), name

    station.receipts.void(slip.number, "车没来")
    assert station.sync.run().ok
    with county.storage.read() as conn:
        assert county_buyback.reimbursement(conn)["stations"][0]["fees_fen"] == 0
    assert station.check() == []


def test_county_refuses_publishing_bad_or_overlapping_lines(county):
    with county.storage.write() as conn:
        county_buyback.publish_price_lines(conn, [CORN], "admin")
    for bad in (
        CORN | {"id": "x1", "price_fen": 0},
        CORN | {"id": "x2", "moisture_std": 1001},
        CORN | {"id": "x3", "valid_to": "2026-08-01"},
        CORN | {"id": "x4"},  # same product and grade, valid on the same days as corn-2
    ):
        with pytest.raises(Refusal), county.storage.write() as conn:
            county_buyback.publish_price_lines(conn, [bad], "admin")
    with county.storage.read() as conn:
        assert [r["id"] for r in county_buyback.price_lines(conn)] == ["corn-2"]


def test_a_lot_whose_sums_are_wrong_is_refused():
    row = {
        "id": "01a200c4-6280-70ed-9fbf-9837a7ae72ce",
        "station": "GJ01",
        "farmer_id": "f",
        "price_id": "corn-2",
        "list_code": "Q",
        "product": "玉米",
        "grade": "二等",
        "unit": "jin",
        "base_per_unit": 500,
        "gross_base": 520_000,
        "tare_base": 20_000,
        "net_base": 500_000,
        "moisture": 160,
        "impurity": 10,
        "moisture_deduct_base": 12_000,
        "impurity_deduct_base": 0,
        "paid_base": 488_000,
        "price_fen": 120,
        "premium_fen": 3,
        "fee_fen": 2,
        "poor": 1,
        "amount_fen": 120_048,
        "premium_amount_fen": 2_928,
        "offset_fen": 0,
        "trace_code": "GJ01-261122-001",
        "receipt_id": "r",
        "created_at": "2026-11-22T09:00:00.000+08:00",
        "operator_id": "o",
    }
    check_row("buyback_lots", dict(row), "GJ01")
    for wrong in ({"amount_fen": 120_049}, {"paid_base": 489_000}, {"premium_amount_fen": 1}):
        with pytest.raises(Refusal):
            check_row("buyback_lots", row | wrong, "GJ01")


def test_0013_counts_the_loads_a_county_held_before_it(enrolled, county):
    """A county that took loads before migration 0013 shows their premium after it: the
    columns are added and the kept figures rebuilt from the synced records."""
    station = enrolled
    with county.storage.write() as conn:
        county_buyback.publish_price_lines(conn, [CORN], "县中心管理员")
    assert station.sync.run().ok
    farmer = station.farmers.add("张三", is_poor=True)
    load = Load(farmer.id, "corn-2", 520_000, 20_000, moisture=160, impurity=10)
    _, receipt = station.buyback.buy(load, [pay.cash(120_048)])
    assert station.sync.run().ok
    with county.storage.read() as conn:
        # a 收购单 that comes in a later push than its lot still refreshes the lot's farmer
        assert poverty_store.touched(conn, "GJ01", {"receipts": {receipt.id}}) == {farmer.id}

    tables = ("farmer_days", "farmer_months", "station_months")
    added = {"buyback_fen", "premium_fen"}

    def columns() -> dict[str, set[str]]:
        found = sa.inspect(county.storage.engine)
        return {t: {c["name"] for c in found.get_columns(t)} & added for t in tables}

    assert columns() == {t: added for t in tables}
    _alembic(county.storage, command.downgrade, "0012_buyback")
    assert columns() == {t: set() for t in tables}
    _alembic(county.storage, command.upgrade, "head")
    assert columns() == {t: added for t in tables}
    with county.storage.read() as conn:
        [month] = poverty.figures(conn, "2026-11-01", "2026-11-30", station="GJ01")
        [day] = poverty.figures(conn, "2026-11-22", "2026-11-22", station="GJ01")
    for row in (month, day):
        assert (row["buyback_for_poor_fen"], row["buyback_premium_for_poor_fen"]) == (
            120_048,
            2_928,
        )
        assert row["income_to_poor_fen"] == 120_048
