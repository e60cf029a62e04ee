"""The console's money pages over real synced data (issue 14, 佣金 and 扶贫监测): the commission
statement on the page, in its CSV/XLSX files and in its PDF equals the JSON statement to the
fen; a payment recorded through the form is refused for a viewer, without the form's token and
for bad input (nothing written), and once recorded shows in the statement, the audit log and
the station's own statement after it pulls; the poverty page, its chart and its files equal
``poverty.figures`` to the fen by village and by month; the watch list names a poor household
paid nothing for 90 days and not one paid last week, with its card masked; English switch."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from servicepoint.core.protocol import CHINA_TZ
from servicepoint.server import accounts, poverty, schema, station_health
from servicepoint.server.console import poverty as console_poverty
from servicepoint.server.exports import HEADERS
from servicepoint.server.poverty_view import COLUMNS

from .conftest import enrol, second_station
from .console_client import Console, add_viewer, attribute, table
from .scenario import busy_day
from .test_county_admin import settle_with_offset
from .test_poverty import paid_in_cash
from .test_statements import NOVEMBER, statement_json, synced, two_months
from .test_statements_exports import from_csv, from_xlsx, money_of, pdf_text

COLUMNS_FEN = [
    "brought_forward_fen",
    "collected_fen",
    "commission_fen",
    "due_fen",
    "remitted_fen",
    "outstanding_fen",
    "county_paid_fen",
]


@pytest.fixture
def console(county) -> Iterator[Console]:
    add_viewer(county.storage)
    c = Console(county.storage)
    yield c
    c.close()


def fen_cells(row: dict[str, Any]) -> list[int]:
    return [int(c["attrs"]["data-fen"]) for c in row["cells"] if "data-fen" in c["attrs"]]


def payments_count(county) -> int:
    with county.storage.read() as conn:
        return int(conn.execute(select(func.count()).select_from(schema.county_payments)).scalar())


# -- 佣金 ----------------------------------------------------------------------------------------


def test_commission_page_and_its_files_equal_the_json_statement(
    station, county, clock, console, tmp_path
):
    synced(station, county, clock)
    statement = statement_json(county, "2026-11")
    by_code = {r["station"]: money_of(r) for r in statement["stations"]}
    expected = money_of(statement["total"])
    assert expected == [NOVEMBER[k] for k in COLUMNS_FEN]
    for who in (console.as_viewer, console.as_admin):
        who()
        answer = console.get("/commission?month=2026-11")
        assert answer.status_code == 200
        rows = {r["attrs"]["data-code"]: fen_cells(r) for r in table(answer.text, "statement")}
        assert rows == {**by_code, "total": expected}
    assert 'id="pay"' in console.page  # the admin has the form
    # the files the page links to, in the reader's language
    csv_file = console.get("/commission/export?month=2026-11&format=csv")
    assert csv_file.status_code == 200 and "attachment" in csv_file.headers["content-disposition"]
    header, body, total = from_csv(csv_file.content)
    assert header == list(HEADERS["zh"]) and body == [by_code[c] for c in sorted(by_code)]
    assert total == expected
    xlsx = console.get("/commission/export?month=2026-11&format=xlsx")
    header, body, total = from_xlsx(xlsx.content, "2026-11")
    assert body == [by_code[c] for c in sorted(by_code)] and total == expected
    pdf = console.get("/commission/export?month=2026-11&format=pdf")
    assert pdf.content.startswith(b"%PDF-") and pdf.headers["content-type"] == "application/pdf"
    text = pdf_text(pdf.content, tmp_path)
    assert station.code in text and "佣金对账单" in text
    total_line = next(line for line in text.splitlines() if line.split()[:1] == ["合计"])
    from servicepoint.core.money import format_yuan

    assert format_yuan(NOVEMBER["outstanding_fen"]) in total_line
    assert format_yuan(NOVEMBER["collected_fen"]) in total_line
    # English: the page and the files switch together
    console.get("/lang/en")
    page = console.get("/commission?month=2026-11").text
    assert "Commission statement" in page and "佣金对账单" not in page
    header, _body, total = from_csv(
        console.get("/commission/export?month=2026-11&format=csv").content
    )
    assert header == list(HEADERS["en"]) and total == expected
    answer = console.get("/commission/export?month=2026-11&format=doc")
    assert answer.status_code == 422 and "There is no such file format" in answer.text
    # a malformed or future month is answered in words
    for month in ("2026-13", "2099-01"):
        answer = console.get(f"/commission?month={month}")
        assert answer.status_code == 422 and "month" in answer.text


def test_recording_a_payment_through_the_form(station, county, clock, console):
    enrol(station, county)
    two_months(station, clock)
    assert station.sync.run().ok
    # a viewer sees no form and is refused, nothing written
    console.as_viewer()
    page = console.get("/commission?month=2026-11").text
    assert 'id="pay"' not in page and "只有管理员可以记录付款" in page
    good = {"station": station.code, "period": "2026-11", "amount": "25.00", "method": "bank"}
    answer = console.post("/commission/payments", good)
    assert answer.status_code == 403 and "只有管理员" in answer.text
    assert payments_count(county) == 0
    # an admin without the page's token: refused, nothing written
    console.as_admin()
    console.get("/commission?month=2026-11")
    answer = console.post("/commission/payments", {**good, "csrf": "forged"})
    assert answer.status_code == 403 and "表单已过期" in answer.text
    answer = console.post("/commission/payments", good, csrf=False)
    assert answer.status_code == 403
    assert payments_count(county) == 0
    # bad input is refused in words, nothing written
    for field, value, words in (
        ("amount", "0", "金额不对"),
        ("amount", "-5", "金额不对"),
        ("amount", "12.345", "金额不对"),
        ("amount", "abc", "金额不对"),
        ("amount", "", "金额不对"),
        ("period", "2026-13", "对账月份应写成"),
        ("period", "2099-01", "还没到"),
        ("station", "ZZ00", "县里没有服务站"),
        ("station", "", "请选一个服务站"),
        ("method", "gold", "付款方式"),
    ):
        console.get("/commission?month=2026-11")
        answer = console.post("/commission/payments", {**good, field: value})
        assert answer.status_code in (403, 409, 422), (field, value, answer.status_code)
        assert words in answer.text, (field, value)
        assert payments_count(county) == 0, (field, value)
    # a good one: recorded, shown, audited, and pulled by the station
    console.get("/commission?month=2026-11")
    answer = console.post("/commission/payments", {**good, "reference": "YH-0001"})
    assert answer.status_code == 200 and "/commission?month=2026-11" in str(answer.url)
    assert "已记录付款" in answer.text
    (row,) = table(answer.text, "payments")
    assert fen_cells(row) == [2500] and "YH-0001" in row["texts"]
    mine = {r["attrs"]["data-code"]: fen_cells(r) for r in table(answer.text, "statement")}
    assert mine[station.code][COLUMNS_FEN.index("county_paid_fen")] == 2500
    statement = statement_json(county, "2026-11")
    assert (
        next(r for r in statement["stations"] if r["station"] == station.code)["county_paid_fen"]
        == 2500
    )
    with county.storage.read() as conn:
        actions = [(r["action"], r["summary"]) for r in accounts.audit_entries(conn)]
    assert ("POST /commission/payments", f"station {station.code} 2026-11: 2500 fen") in actions
    assert station.sync.run().ok
    assert station.reports.commission("2026-11").county_paid_fen == 2500


# -- 扶贫监测 ------------------------------------------------------------------------------------


def _poor_months(station, clock, tag: str) -> None:
    clock.set(datetime(2026, 10, 20, 9, 0, tzinfo=CHINA_TZ))
    busy_day(station, n_orders=2, tag=tag + "a")
    settle_with_offset(station)
    clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=CHINA_TZ))
    busy_day(station, n_orders=1, tag=tag + "b")


def _xlsx_rows(content: bytes) -> list[list[Any]]:
    sheet = load_workbook(io.BytesIO(content)).active
    return [[c.value for c in row] for row in sheet.iter_rows()]


def _fen(value: Any) -> int:
    return int(Decimal(str(value)) * 100)


def test_poverty_page_and_files_equal_the_poverty_figures(
    enrolled, county, clock, console, tmp_path, monkeypatch
):
    a = enrolled
    b = second_station(tmp_path, clock, county)
    try:
        _poor_months(a, clock, "a")
        _poor_months(b, clock, "b")
        assert a.sync.run().ok and b.sync.run().ok
    finally:
        b.close()
    with county.storage.write() as conn:
        station_health.set_place(conn, "GJ01", "城关镇", "甘界村")
        station_health.set_place(conn, "GJ02", "河西乡", "乙村")
        period = poverty.figures(conn, "2026-10-01", "2026-11-30")
        months = poverty.figures(conn, "2026-10-01", "2026-11-30", by_month=True)
        registered = poverty.registered_poor(conn)
    query = "from=2026-10-01&to=2026-11-30"
    for who in (console.as_admin, console.as_viewer):
        who()
        answer = console.get(f"/poverty?{query}")
        assert answer.status_code == 200
    page = answer.text
    money = [k for k in COLUMNS if k.endswith("_fen")]
    counts = [k for k in COLUMNS if not k.endswith("_fen")]

    def figures(row: dict[str, Any]) -> dict[str, int]:
        n = [int(c["attrs"]["data-n"]) for c in row["cells"] if "data-n" in c["attrs"]]
        return {
            **dict(zip(["registered", *counts], n[-3:], strict=True)),
            **dict(zip(money, fen_cells(row), strict=True)),
        }

    villages = {r["attrs"]["data-village"]: figures(r) for r in table(page, "villages")}
    by_station = {r["station"]: r for r in period}
    for village, code in (("甘界村", "GJ01"), ("乙村", "GJ02")):
        assert {k: villages[village][k] for k in COLUMNS} == {
            k: by_station[code][k] for k in COLUMNS
        }
        assert villages[village]["registered"] == registered[code]
    total = poverty.add_up(period)
    assert {k: villages["total"][k] for k in COLUMNS} == {k: total[k] for k in COLUMNS}
    assert total["income_to_poor_fen"] > 0 and total["offsets_for_poor_fen"] == 2 * 8500
    month_rows = {r["attrs"]["data-month"]: r for r in table(page, "months")}
    for month in ("2026-10", "2026-11"):
        expected = poverty.add_up(r for r in months if r["month"] == month)
        assert fen_cells(month_rows[month]) == [expected[k] for k in money]
    assert fen_cells(month_rows["total"]) == [total[k] for k in money]
    assert attribute(page, "totals", "data-income") == str(total["income_to_poor_fen"])
    report = county.get(
        "/v1/county/reports/poverty", params={"from": "2026-10-01", "to": "2026-11-30"}
    ).json()
    assert {k: report["total"][k] for k in COLUMNS} == {k: total[k] for k in COLUMNS}
    assert "<svg" in page and 'class="bar-offset"' in page
    # a township filter keeps its villages only
    only = console.get(f"/poverty?{query}&township=河西乡").text
    assert [r["attrs"]["data-village"] for r in table(only, "villages")] == ["乙村", "total"]
    # a county of more villages than a page should list: townships, each a link to its own
    monkeypatch.setattr(console_poverty, "VILLAGE_ROWS", 1)
    rolled = console.get(f"/poverty?{query}").text
    assert table(rolled, "villages") == [] and table(rolled, "watch-villages") == []
    by_township = {r["attrs"]["data-township"]: figures(r) for r in table(rolled, "townships")}
    assert set(by_township) == {"城关镇", "河西乡", "total"}
    for name, village in (("城关镇", "甘界村"), ("河西乡", "乙村"), ("total", "total")):
        assert by_township[name] == villages[village], name
    assert 'href="/poverty?from=2026-10-01&amp;to=2026-11-30&amp;township=%E6%B2%B3' in rolled
    counted = {r["texts"][0]: int(r["attrs"]["data-n"]) for r in table(rolled, "watch-townships")}
    assert sum(counted.values()) == int(attribute(rolled, "watch-count", "data-n"))
    inside = console.get(f"/poverty?{query}&township=河西乡").text  # one township: its villages
    assert [r["attrs"]["data-village"] for r in table(inside, "villages")] == ["乙村", "total"]
    monkeypatch.undo()
    # the files: a row per station and month, and the total, to the fen
    rows = list(
        csv.reader(
            io.StringIO(
                console.get(f"/poverty/export?{query}&format=csv").content.decode("utf-8-sig")
            )
        )
    )
    header, *body, last = rows
    assert header[0] == "乡镇" and last[0] == "合计"
    assert len(body) == len(months)
    for i, key in enumerate(COLUMNS, start=5):
        if key.endswith("_fen"):
            assert sum(_fen(r[i]) for r in body) == total[key] == _fen(last[i])
    xlsx = _xlsx_rows(console.get(f"/poverty/export?{query}&format=xlsx").content)
    assert xlsx[-1][0] == "合计" and len(xlsx) == len(months) + 2
    for i, key in enumerate(COLUMNS, start=5):
        if key.endswith("_fen"):
            assert sum(_fen(r[i]) for r in xlsx[1:-1]) == total[key] == _fen(xlsx[-1][i])
        else:
            assert xlsx[-1][i] == total[key]
    # English
    console.get("/lang/en")
    page = console.get(f"/poverty?{query}").text
    assert "Poor households to visit" in page and "扶贫监测" not in page
    assert (
        _xlsx_rows(console.get(f"/poverty/export?{query}&format=xlsx").content)[0][0] == "Township"
    )
    # a bad period or file format is answered in words
    answer = console.get("/poverty?from=2026-11-30&to=2026-10-01")
    assert answer.status_code == 422 and "Dates are written like" in answer.text
    answer = console.get(f"/poverty/export?{query}&format=pdf")
    assert answer.status_code == 422 and "There is no such file format" in answer.text


def test_watch_list_names_whom_to_visit(enrolled, county, clock, console):
    station = enrolled
    now = datetime.now(CHINA_TZ).replace(microsecond=0)
    clock.set(now - timedelta(days=100))
    paid_in_cash(station, "老王", "PK20160001")  # paid 100 days ago: to visit
    clock.set(now - timedelta(days=7))
    paid_in_cash(station, "老李", "PK20160002")  # paid last week: not
    station.farmers.add("钱六", is_poor=True, poverty_card_no="PK20160003", village_group="三组")
    station.farmers.add("周八", is_poor=False)
    assert station.sync.run().ok
    with county.storage.write() as conn:
        station_health.set_place(conn, station.code, "城关镇", "甘界村")
    console.as_viewer()
    page = console.get("/poverty").text
    assert [r["texts"][:3] for r in table(page, "watch-villages")] == [["城关镇", "甘界村", "2"]]
    assert table(page, "watch") == []  # households are listed for a chosen village only
    assert "老王" not in page
    page = console.get("/poverty?watch_township=城关镇&watch_village=甘界村").text
    rows = table(page, "watch")
    names = [r["texts"][3] for r in rows]
    assert sorted(names) == ["老王", "钱六"]
    assert attribute(page, "watch-count", "data-n") == "2"
    by_name = {r["texts"][3]: r for r in rows}
    assert by_name["老王"]["texts"][:2] == ["城关镇", "甘界村"]
    assert by_name["老王"]["texts"][4] == "******0001"
    assert by_name["老王"]["texts"][7] == (now - timedelta(days=100)).date().isoformat()
    assert by_name["钱六"]["texts"][2] == "三组" and by_name["钱六"]["texts"][7] == "从未"
    for card in ("PK20160001", "PK20160002", "PK20160003"):
        assert card not in page
    assert "老李" not in page and "周八" not in page
