"""The county's monthly commission statement (issue 14, 佣金): a real station syncs two
months of purchases, refunds, voids, commission and remittances to a county on both back
ends; the statement equals hand-worked figures to the fen, carries what is outstanding into
the next month, and equals the station's own monthly statement for the same records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
import requests

from servicepoint.core import CHINA_TZ
from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.server import accounts
from servicepoint.server.statements import monthly_statement

from .conftest import County, enrol
from .test_county_accounts import VIEWER, login, session
from .test_enrolment_codes import refused_unchanged

#: What the scenario below makes, worked by hand (fen).  化肥 is ¥50.00 a bag (F's ¥40.00) at 8 %.
OCTOBER = {
    "brought_forward_fen": 0,
    "collected_fen": 10000,  # order A, 2 bags
    "commission_fen": 800,  # 8 % of A
    "due_fen": 9200,
    "remitted_fen": 5000,  # one remittance for October
    "outstanding_fen": 4200,
    "county_paid_fen": 0,
    "consignment_commission_fen": 0,
}
NOVEMBER = {
    "brought_forward_fen": 4200,  # October's shortfall
    # C 15000 + D 10000 − D's refund 10000 + E 5000 − E's void 5000 + F (not picked up) 4000
    "collected_fen": 19000,
    # C 1200 + D 800 − D's reversal 800; F has no commission until pickup
    "commission_fen": 1200,
    "due_fen": 17800,
    "remitted_fen": 10000,  # 10000 kept, 3000 remitted and voided
    "outstanding_fen": 4200 + 17800 - 10000,
    "county_paid_fen": 1500,  # recorded by the county for 2026-11
    "consignment_commission_fen": 1800,  # 10 % of a ¥180.00 egg sale: not owed to the county
}
DECEMBER = {
    **dict.fromkeys(OCTOBER, 0),
    "brought_forward_fen": NOVEMBER["outstanding_fen"],
    "outstanding_fen": NOVEMBER["outstanding_fen"],
}


def bought(
    station: Any, farmer: Any, bags: int, tender: Any, *, pick_up: bool = True, price: int = 5000
) -> Any:
    line = LineInput(bags, name="化肥", unit_price_fen=price, category_code="agri")
    order = station.purchasing.place(farmer.id, [line], [tender])
    if pick_up:
        station.purchasing.mark_ordered(order.id, f"JD-{order.number}")
        station.purchasing.mark_arrived(order.id)
        station.purchasing.complete(order.id)
    return order


def two_months(station: Any, clock: Any) -> None:
    """October: one order picked up, half remitted.  November: an order picked up, one
    returned after pickup, one voided, one not yet picked up, a consignment sale, a
    remittance kept and one voided."""
    farmer = station.farmers.add("王五", phone="13800005678", is_poor=True, poverty_card_no="PK1")
    clock.set(datetime(2026, 10, 10, 9, 0, tzinfo=CHINA_TZ))
    bought(station, farmer, 2, pay.cash(10000))  # A
    clock.set(datetime(2026, 10, 28, 16, 0, tzinfo=CHINA_TZ))
    station.commission.remit(5000, "cash", "2026-10")
    clock.set(datetime(2026, 11, 5, 9, 0, tzinfo=CHINA_TZ))
    bought(station, farmer, 3, pay.mobile(15000, "WX0001"))  # C
    returned = bought(station, farmer, 2, pay.cash(10000))  # D
    station.purchasing.return_lines(returned.id, "质量问题")
    voided = bought(station, farmer, 1, pay.cash(5000), pick_up=False)  # E
    station.receipts.void(voided.number, "录错了")
    bought(station, farmer, 1, pay.cash(4000), pick_up=False, price=4000)  # F
    batch = station.consignment.intake(farmer.id, "土鸡蛋", 300, "piece")
    station.consignment.sell(batch.id, 120, 150, [pay.cash(18000)], buyer="县城超市")
    clock.set(datetime(2026, 11, 29, 17, 0, tzinfo=CHINA_TZ))
    station.commission.remit(10000, "mobile", "2026-11", reference="BANK-11")
    wrong = station.commission.remit(3000, "cash", "2026-11")
    station.receipts.void(wrong.number, "金额填错")


def synced(station: Any, county: County, clock: Any) -> None:
    """Enrol, make the two months, record the county's payment for November, sync (push,
    then pull the payment into the station's own statement)."""
    enrol(station, county)
    county.add_station("ZZ99", "没有记录的服务站")
    two_months(station, clock)
    answer = county.post(
        "/v1/county/payments",
        json={"station": station.code, "period": "2026-11", "amount_fen": 1500, "method": "bank"},
    )
    assert answer.status_code == 200, answer.text
    result = station.sync.run()
    assert result.ok, result.error


def statement_json(county: County, month: str, **params: str) -> dict[str, Any]:
    answer = county.get("/v1/county/statements", params={"month": month, **params})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/json")
    return dict(answer.json())


def row_of(statement: dict[str, Any], code: str) -> dict[str, int]:
    (row,) = [r for r in statement["stations"] if r["station"] == code]
    return {k: v for k, v in row.items() if k.endswith("_fen")}


def test_statement_equals_hand_worked_figures_and_carries_over(station, county, clock):
    """October and November to the fen; November brings October's shortfall forward; a
    registered station with no records shows zeros; the total is the sum of the rows."""
    synced(station, county, clock)
    october = statement_json(county, "2026-10")
    november = statement_json(county, "2026-11")
    assert row_of(october, station.code) == OCTOBER
    assert row_of(november, station.code) == NOVEMBER
    assert row_of(november, "ZZ99") == dict.fromkeys(NOVEMBER, 0)
    assert [r["station"] for r in november["stations"]] == sorted([station.code, "ZZ99"])
    assert november["month"] == "2026-11"
    assert november["total"] == {"station": "", "name": "", **NOVEMBER}
    with county.storage.read() as conn:
        december = monthly_statement(conn, "2026-12", now=datetime(2026, 12, 20, tzinfo=CHINA_TZ))
    (row,) = [r for r in december.stations if r.station == station.code]
    assert {k: getattr(row, k) for k in DECEMBER} == DECEMBER


def test_statement_equals_the_stations_own_monthly_report(station, county, clock):
    """Per month, every figure the station's own statement shows (core/commission.py) is the
    county's figure for that station, including the county payment the station pulled."""
    synced(station, county, clock)
    for month in ("2026-10", "2026-11", "2026-12"):
        own = station.reports.commission(month)
        with county.storage.read() as conn:
            st = monthly_statement(conn, month, now=datetime(2026, 12, 20, tzinfo=CHINA_TZ))
        (row,) = [r for r in st.stations if r.station == station.code]
        assert (
            row.collected_fen,
            row.commission_fen,
            row.due_fen,
            row.remitted_fen,
            row.outstanding_fen,
            row.consignment_commission_fen,
            row.county_paid_fen,
        ) == (
            own.collected_fen,
            own.commission_fen,
            own.due_to_county_fen,
            own.remitted_fen,
            own.outstanding_fen,
            own.consignment_commission_fen,
            own.county_paid_fen,
        ), month
    assert station.reports.commission("2026-11").county_paid_fen == 1500


@pytest.mark.parametrize(
    ("month", "code"),
    [
        ("2026-13", "statement_month_malformed"),
        ("2026-1", "statement_month_malformed"),
        ("26-11", "statement_month_malformed"),
        ("２０２６-11", "statement_month_malformed"),
        ("2026-11-01", "statement_month_malformed"),
        ("2026-11\n", "statement_month_malformed"),
        ("x" * 300, "statement_month_malformed"),
        ("2999-01", "statement_month_future"),
    ],
)
def test_a_bad_or_future_month_is_refused(county, month, code):
    """422 with the code and a message in each language; nothing written."""
    for fmt in ("json", "xlsx"):
        body = refused_unchanged(
            county,
            lambda f=fmt: county.get("/v1/county/statements", params={"month": month, "format": f}),
            422,
            code,
        )
        if code == "statement_month_future":
            assert body["message"].startswith("2999-01 还没到"), body
            assert body["message_en"].startswith("2999-01 has not come yet"), body
        else:
            assert "2026-11" in body["message"] and "年-月" in body["message"], body
            assert "year-month" in body["message_en"], body


def test_a_viewer_reads_and_no_login_is_401(station, county, clock):
    """Any county login reads the statement (a 查看 login too); without one: 401."""
    synced(station, county, clock)
    with county.storage.write() as conn:
        accounts.add_user(conn, *VIEWER, role="viewer")
    viewer = session(county, login(county, *VIEWER).json()["token"])
    answer = viewer.get(county.url + "/v1/county/statements", params={"month": "2026-11"})
    assert answer.status_code == 200 and answer.json()["total"]["due_fen"] == 17800
    for fmt in ("json", "csv", "xlsx", "pdf"):
        refused_unchanged(
            county,
            lambda f=fmt: requests.get(
                county.url + "/v1/county/statements",
                params={"month": "2026-11", "format": f},
                timeout=30,
            ),
            401,
            "county_login_required",
        )
