"""The console's 收购 page (issue 16): an administrator publishes a price line through the form
(a viewer, a missing token and bad input are refused with nothing written); a station pulls
it, buys at it and pushes; the page's reimbursement row equals ``buyback.reimbursement`` to
the fen; a repayment recorded through the form reaches the station's monthly statement."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import func, select

from servicepoint.core import payments as pay
from servicepoint.core.buyback import Load
from servicepoint.core.protocol import CHINA_TZ
from servicepoint.server import buyback, poverty, schema
from servicepoint.server.poverty_view import COLUMNS

from .conftest import enrol
from .console_client import Console, add_viewer, table
from .test_console_money import fen_cells

LINE = {
    "list_code": "QIU2026",
    "product": "玉米",
    "grade": "二等",
    "unit": "jin",
    "price": "1.20",
    "premium": "0.03",
    "fee": "0.02",
    "valid_from": "2026-09-01",
    "valid_to": "2026-12-31",
    "max_load": "2000",
    "moisture_std": "14.0",
    "moisture_step": "1.2",
    "impurity_std": "1.0",
    "impurity_step": "1",
}


@pytest.fixture
def console(county) -> Iterator[Console]:
    add_viewer(county.storage)
    c = Console(county.storage)
    yield c
    c.close()


def _lines(county) -> int:
    with county.storage.read() as conn:
        return int(
            conn.execute(select(func.count()).select_from(schema.buyback_price_lines)).scalar()
        )


def test_publish_buy_sync_and_repay_through_the_page(station, county, console):
    enrol(station, county)
    console.as_viewer()
    page = console.get("/buyback").text
    assert 'id="publish"' not in page and "只有管理员" in page
    assert console.post("/buyback/prices", LINE).status_code == 403
    console.as_admin()
    console.get("/buyback")
    assert console.post("/buyback/prices", {**LINE, "csrf": "forged"}).status_code == 403
    for field, value, words in (
        ("price", "0", "收购价"),
        ("price", "1.234", "收购价"),
        ("moisture_std", "14.05", "标准水分"),
        ("moisture_std", "101", "标准水分"),
        ("valid_to", "2026-08-01", "早于"),
        ("product", "", "产品"),
        ("max_load", "-3", "每车上限"),
    ):
        console.get("/buyback")
        answer = console.post("/buyback/prices", {**LINE, field: value})
        assert answer.status_code in (403, 409, 422), (field, value, answer.status_code)
        assert words in answer.text, (field, value)
        assert _lines(county) == 0, (field, value)
    console.get("/buyback")
    answer = console.post("/buyback/prices", LINE)
    assert answer.status_code == 200 and "已发布收购价目" in answer.text
    rows = table(answer.text, "prices")
    assert [r["texts"][1:4] for r in rows] == [["玉米", "二等", "斤"]]
    assert [int(c["attrs"]["data-fen"]) for c in rows[0]["cells"] if "data-fen" in c["attrs"]] == [
        120,
        3,
        2,
    ]

    assert station.sync.run().ok
    line = station.buyback_prices.line_for("玉米", "二等")
    farmer = station.farmers.add("张三", phone="13800001234", is_poor=True)
    load = Load(farmer.id, line.id, 520_000, 20_000, moisture=160, impurity=10)
    lot, _ = station.buyback.buy(load, [pay.cash(120_048)])
    station.buyback_dispatches.dispatch([(lot.id, None)], "县粮食公司")
    assert station.sync.run().ok

    page = console.get("/buyback").text
    row = next(r for r in table(page, "reimbursement") if r["attrs"].get("data-code") == "GJ01")
    cells = [int(c["attrs"]["data-fen"]) for c in row["cells"] if "data-fen" in c["attrs"]]
    with county.storage.read() as conn:
        figures = buyback.reimbursement(conn)["stations"][0]
    assert cells == [figures[k] for k in ("paid_fen", "premium_fen", "fees_fen", "repaid_fen",
                                          "outstanding_fen")]  # fmt: skip
    assert cells == [120_048, 2_928, 1_952, 0, 122_000]

    repayment = {"station": "GJ01", "period": "2026-11", "amount": "1,000.00", "method": "bank"}
    for field, value, words in (
        ("amount", "0", "金额"),
        ("amount", "12.345", "金额"),
        ("station", "", "请选一个服务站"),
        ("period", "2026-13", "对账月份应写成"),
        ("station", "ZZ00", "县里没有服务站"),
    ):
        console.get("/buyback")
        answer = console.post("/buyback/repayments", {**repayment, field: value})
        assert answer.status_code in (404, 409, 422), (field, value, answer.status_code)
        assert words in answer.text, (field, value)
        page = console.get("/buyback").text
        repaid = next(
            r for r in table(page, "reimbursement") if r["attrs"].get("data-code") == "GJ01"
        )
        assert "已记录付款" not in answer.text and repaid == row, (field, value)
    console.get("/buyback")
    answer = console.post("/buyback/repayments", repayment)
    assert answer.status_code == 200 and "已记录付款" in answer.text
    assert station.sync.run().ok
    statement = station.buyback_dispatches.statement("2026-11")
    assert (statement.reimbursed_fen, statement.outstanding_fen) == (100_000, 22_000)


def _buyback_cells(html: str, table_id: str, key: str, value: str) -> tuple[int, int]:
    """(produce bought, of it the premium) of the row of ``table_id`` whose ``data-key`` is
    ``value``, read from the cells the page shows in ``poverty_view.COLUMNS`` order."""
    money = [k for k in COLUMNS if k.endswith("_fen")]
    row = next(r for r in table(html, table_id) if r["attrs"].get(f"data-{key}") == value)
    cells = dict(zip(money, fen_cells(row), strict=True))
    return cells["buyback_for_poor_fen"], cells["buyback_premium_for_poor_fen"]


def test_poverty_page_shows_the_premium_paid_to_poor_households(station, county, console, clock):
    """Issue 16: the county's 扶贫监测 page counts a poor household's load as income and shows
    its premium apart, equal to the station's own report; a void backs both out on its day."""
    enrol(station, county)
    console.as_admin()
    console.get("/buyback")
    assert console.post("/buyback/prices", LINE).status_code == 200
    assert station.sync.run().ok
    line = station.buyback_prices.line_for("玉米", "二等")
    poor = station.farmers.add("张三", is_poor=True)
    other = station.farmers.add("李四")
    _, receipt = station.buyback.buy(
        Load(poor.id, line.id, 520_000, 20_000, moisture=160, impurity=10), [pay.cash(120_048)]
    )
    station.buyback.buy(
        Load(other.id, line.id, 100_000, 0, moisture=140, impurity=10), [pay.cash(24_000)]
    )
    assert station.sync.run().ok

    november = "from=2026-11-01&to=2026-11-30"
    page = console.get(f"/poverty?{november}").text
    assert "其中贫困户加价" in page
    own = station.reports.poverty("2026-11-01", "2026-11-30")
    assert (own.buyback_for_poor_fen, own.buyback_premium_for_poor_fen) == (120_048, 2_928)
    assert _buyback_cells(page, "months", "month", "2026-11") == (120_048, 2_928)
    assert _buyback_cells(page, "villages", "village", "total") == (120_048, 2_928)
    report = county.get(
        "/v1/county/reports/poverty", params={"from": "2026-11-01", "to": "2026-11-30"}
    ).json()
    assert report["total"]["buyback_premium_for_poor_fen"] == 2_928
    assert report["total"]["income_to_poor_fen"] == own.income_to_poor_fen == 120_048

    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CHINA_TZ))
    station.receipts.void(receipt.number, "称错了")
    assert station.sync.run().ok
    autumn = "from=2026-11-01&to=2026-12-31"
    page = console.get(f"/poverty?{autumn}").text
    assert _buyback_cells(page, "months", "month", "2026-11") == (120_048, 2_928)
    assert _buyback_cells(page, "months", "month", "2026-12") == (-120_048, -2_928)
    assert _buyback_cells(page, "months", "month", "total") == (0, 0)
    december = station.reports.poverty("2026-12-01", "2026-12-31")
    assert (december.buyback_for_poor_fen, december.buyback_premium_for_poor_fen) == (
        -120_048,
        -2_928,
    )
    with county.storage.read() as conn:
        [kept] = poverty.figures(conn, "2026-12-01", "2026-12-31", station="GJ01")
    assert kept["buyback_premium_for_poor_fen"] == december.buyback_premium_for_poor_fen
    assert kept["income_to_poor_fen"] == december.income_to_poor_fen == -120_048
