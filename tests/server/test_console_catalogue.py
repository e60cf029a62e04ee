"""The console's 商品与佣金率 page (console/catalogue.py), in-process on SQLite and PostgreSQL:
a viewer reads it but is refused every form with nothing written; a form without the
session's token writes nothing; a CSV upload is only a preview — a bad file is refused with
each bad row named in words (bad price, unknown category, a barcode used twice, a bad rate, an
unreadable encoding) and the county's catalogue unchanged, byte for byte; a good file (also a
GBK one from Excel) previews, then publishes with an audit row, and a station's real sync
pulls it; rates, items and notices set on the page reach the station the same way, a notice
to one station that station only (migration 0007 keeps older notices for every station); and
the page switches to English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text

from servicepoint.server import accounts, catalogue_view, station_view
from servicepoint.server import county as county_admin
from servicepoint.server.storage import Storage

from .conftest import ADMIN
from .console_client import VIEWER, Console, add_viewer, attribute, table
from .test_catalogue_upload import digest
from .test_county_admin import CSV_HEADER, CSV_ROWS

BAD_ROWS = (
    "F004,花生油,food,bottle,12.345,,,,,\n"  # row 5: three decimals
    "F005,化肥,agri2,bag,120,,,,,\n"  # row 6: a category nobody made
    "F006,玉米种子,food,bag,30,,6901234567890,,,\n"  # row 7: F001's barcode
    "F007,菜籽油,food,bottle,40,,,75,,\n"  # row 8: a rate above 50 %
)


@pytest.fixture
def console(county) -> Iterator[Console]:
    add_viewer(county.storage)
    c = Console(county.storage)
    yield c
    c.close()


def _upload(console: Console, body: bytes, name: str = "商品.csv", csrf: str | None = None):
    console.get("/catalogue")
    token = csrf if csrf is not None else console.csrf()
    answer = console.client.post(
        "/catalogue/upload", data={"csrf": token}, files={"file": (name, body, "text/csv")}
    )
    console.page = answer.text
    return answer


def _audit(county_) -> list[tuple[str, str]]:
    with county_.storage.read() as conn:
        return [(r["user_name"], r["action"]) for r in accounts.audit_entries(conn)]


def _rows(page: str) -> dict[int, dict]:
    return {int(r["attrs"]["data-row"]): r for r in table(page, "preview")}


def test_a_bad_upload_names_each_bad_row_and_publishes_nothing(county, console):
    county.post(
        "/v1/county/catalogue.csv",
        data=(CSV_HEADER + CSV_ROWS).encode(),
        headers={"Content-Type": "text/csv"},
    )
    before = digest(county)
    console.as_admin()
    answer = _upload(console, (CSV_HEADER + CSV_ROWS + BAD_ROWS).encode("utf-8"))
    assert answer.status_code == 422
    rows = _rows(answer.text)
    assert sorted(rows) == [2, 3, 4, 5, 6, 7, 8]  # every row shown
    assert [n for n, r in rows.items() if r["attrs"]["data-ok"] == "0"] == [5, 6, 7, 8]
    assert "12.345" in rows[5]["texts"][-1]
    assert "agri2" in rows[6]["texts"][-1]
    assert "6901234567890" in rows[7]["texts"][-1] and "五常大米" in rows[7]["texts"][-1]
    assert "佣金比例无效" in rows[8]["texts"][-1]
    assert rows[2]["texts"][-1] == "更新"
    assert attribute(answer.text, "preview-verdict", "data-ok") == "0"
    assert 'action="/catalogue/publish"' not in answer.text  # nothing to publish
    assert digest(county) == before
    # Forcing the same text through the publish form is refused by the import, row 5 first.
    refused = console.post("/catalogue/publish", {"csv": CSV_HEADER + CSV_ROWS + BAD_ROWS})
    assert refused.status_code == 422 and "第 5 行" in refused.text
    assert digest(county) == before
    # A file in neither UTF-8 nor GB18030 is refused as a whole, in words.
    answer = _upload(console, CSV_HEADER.encode() + b"F001,\xff\xfe\x80,food,bag,1,,,,,\n")
    assert answer.status_code == 422
    assert "无法读取文件编码" in answer.text and 'id="upload-error"' in answer.text
    assert digest(county) == before
    actions = [a for _, a in _audit(county)]
    assert "POST /catalogue/publish" not in actions


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_a_good_upload_previews_then_publishes_and_the_station_pulls_it(
    enrolled, county, console, encoding
):
    station = enrolled
    before = digest(county)
    console.as_admin()
    answer = _upload(console, (CSV_HEADER + CSV_ROWS).encode(encoding))
    assert answer.status_code == 200, answer.text
    rows = _rows(answer.text)
    assert [r["texts"][-1] for r in rows.values()] == ["新增", "新增", "新增"]
    assert rows[2]["texts"][1:4] == ["F001", "五常大米 10kg", "food"]  # the Chinese read right
    assert attribute(answer.text, "preview-verdict", "data-ok") == "1"
    assert digest(county) == before  # a preview keeps nothing
    published = console.post("/catalogue/publish", {"csv": _hidden_csv(answer.text)})
    assert published.status_code == 200 and "商品表已发布" in published.text
    items = {r["attrs"]["data-sku"]: r for r in table(published.text, "items")}
    assert sorted(items) == ["F001", "F002", "F003"]
    assert items["F001"]["cells"][4]["attrs"]["data-fen"] == "8990"
    cats = {r["attrs"]["data-code"]: r for r in table(published.text, "categories")}
    assert cats["food"]["cells"][3]["attrs"]["data-bp"] == "1200"
    assert (ADMIN[0], "POST /catalogue/publish") in _audit(county)
    assert station.sync.run().ok
    pulled = station.catalogue.by_barcode("6901234567890")
    assert (pulled.sku, pulled.name, pulled.price_fen) == ("F001", "五常大米 10kg", 8990)
    assert station.catalogue.category("food").commission_bp == 1200


def _hidden_csv(page: str) -> str:
    """The file's text as the preview's publish form carries it (as a browser sends it)."""
    import html
    import re

    found = re.search(r'name="csv" value="([^"]*)"', page)
    assert found, "the preview offers no publish form"
    return html.unescape(found.group(1))


def test_rates_items_and_notices_from_the_page_reach_the_station(enrolled, county, console):
    station = enrolled
    console.as_admin()
    console.get("/catalogue")
    console.post("/catalogue/categories", {"code": "agri", "name": "农资", "rate": "6.5"})
    page = console.get("/catalogue").text
    assert table(page, "categories")[0]["texts"][3] == "6.5%"
    saved = console.post(
        "/catalogue/items",
        {
            "sku": "A100",
            "name": "复合肥 50kg",
            "category": "agri",
            "unit": "bag",
            "price": "158.50",
            "barcode": "6920000000017",
            "rate": "",
            "active": "1",
        },
    )
    assert saved.status_code == 200 and "商品已保存" in saved.text
    assert 'value="158.50"' in saved.text  # back on the item, ready to edit
    edit = {"sku": "A100", "name": "复合肥 50kg", "category": "agri", "unit": "bag"}
    edit |= {"price": "149", "barcode": "6920000000017", "rate": "5", "active": "1"}
    console.post("/catalogue/items", edit)
    console.post("/catalogue/categories", {"code": "agri", "name": "农资", "rate": "7"})
    notice = {"title": "春耕化肥到货", "body": "请各站本周内来县里提货。"}
    console.post("/catalogue/notices", notice)
    page = console.get("/catalogue").text
    notices = table(page, "notices")
    assert [n["texts"][1:] for n in notices] == [
        ["所有服务站", "春耕化肥到货", "请各站本周内来县里提货。"]
    ]
    actions = [a for _, a in _audit(county)]
    assert actions.count("POST /catalogue/items") == 2
    assert actions.count("POST /catalogue/categories") == 2
    assert "POST /catalogue/notices" in actions
    assert station.sync.run().ok
    item = station.catalogue.by_barcode("6920000000017")
    assert (item.price_fen, item.commission_bp) == (14900, 500)
    assert station.catalogue.category("agri").commission_bp == 700
    # the list by category and by search (name, SKU, barcode)
    console.post("/catalogue/categories", {"code": "food", "name": "食品", "rate": "12"})
    food = {"sku": "F1", "name": "土鸡蛋", "category": "food", "price": "1.2", "active": "1"}
    console.post("/catalogue/items", food)
    for query, skus in (
        ("", ["A100", "F1"]),
        ("?category=food", ["F1"]),
        ("?q=鸡蛋", ["F1"]),
        ("?q=6920000000017", ["A100"]),
        ("?q=A100&category=food", []),
    ):
        listed = table(console.get("/catalogue" + query).text, "items")
        assert [r["attrs"]["data-sku"] for r in listed] == skus, query
    # a bad rate is refused in words, nothing changed
    refused = console.post("/catalogue/categories", {"code": "agri", "name": "农资", "rate": "60"})
    assert refused.status_code == 422 and "佣金比例无效" in refused.text
    with county.storage.read() as conn:
        rates = {c["code"]: c["commission_bp"] for c in catalogue_view.categories(conn)}
    assert rates == {"agri": 700, "food": 1200}


FORMS = (
    ("/catalogue/categories", {"code": "agri", "name": "农资", "rate": "8"}),
    ("/catalogue/items", {"sku": "A1", "name": "尿素", "category": "food", "price": "1"}),
    ("/catalogue/publish", {"csv": CSV_HEADER + CSV_ROWS}),
    ("/catalogue/notices", {"title": "通知", "body": "内容"}),
)


def test_a_viewer_reads_but_cannot_change_anything(county, console):
    with county.storage.write() as conn:
        county_admin.set_category(conn, "food", "食品", 1200)
    before = digest(county)
    console.as_viewer()
    page = console.get("/catalogue")
    assert page.status_code == 200 and "食品" in page.text and "12%" in page.text
    assert 'action="/catalogue/' not in page.text  # no form to act
    for path, data in FORMS:
        answer = console.post(path, data)
        assert answer.status_code == 403, path
        assert "只有管理员可以做这个操作" in answer.text
    answer = _upload(console, (CSV_HEADER + CSV_ROWS).encode())
    assert answer.status_code == 403
    assert digest(county) == before
    assert [a for a in _audit(county) if a[0] == VIEWER[0]] == [(VIEWER[0], "login")]


def test_a_form_without_the_sessions_token_writes_nothing(county, console):
    before = digest(county)
    console.as_admin()
    console.get("/catalogue")
    for path, data in FORMS:
        for token in ("", "0" * 64):
            answer = console.post(path, {**data, "csrf": token})
            assert answer.status_code == 403, path
            assert "什么也没有保存" in answer.text
    assert _upload(console, (CSV_HEADER + CSV_ROWS).encode(), csrf="").status_code == 403
    assert digest(county) == before
    assert [a for _, a in _audit(county) if a.startswith("POST")] == []


def test_the_page_in_english(county, console):
    console.as_admin()
    console.get("/lang/en")
    page = console.get("/catalogue").text
    assert "Catalogue and rates" in page and "Upload a catalogue (CSV)" in page
    assert "商品与佣金率" not in page and "上传商品表" not in page
    answer = _upload(console, (CSV_HEADER + CSV_ROWS + BAD_ROWS).encode())
    rows = _rows(answer.text)
    assert "Category not found: agri2" in rows[6]["texts"][-1]
    assert rows[2]["texts"][-1] == "add"
    assert "找不到品类" not in answer.text


def test_a_notice_to_one_station_reaches_that_station_only(enrolled, county, console):
    station = enrolled
    county.add_station("GJ09", "别村服务站")
    console.as_admin()
    console.get("/catalogue")
    for to, title in (("", "全县通知"), (station.code, "只给本站"), ("GJ09", "只给别站")):
        answer = console.post("/catalogue/notices", {"station": to, "title": title, "body": "内容"})
        assert answer.status_code == 200 and "通知已发布" in answer.text
    notices = {r["texts"][2]: r for r in table(console.page, "notices")}
    assert {t: r["attrs"]["data-station"] for t, r in notices.items()} == {
        "全县通知": "",
        "只给本站": station.code,
        "只给别站": "GJ09",
    }
    refused = console.post("/catalogue/notices", {"station": "NOPE", "title": "x", "body": "y"})
    assert refused.status_code == 422 and "县里没有服务站 NOPE" in refused.text
    assert station.sync.run().ok
    assert sorted(n["title"] for n in station.sync.notices()) == ["全县通知", "只给本站"]
    with county.storage.read() as conn:  # what the station page lists for each station
        mine = [n["title"] for n in station_view.notices(conn, station=station.code)]
        other = [n["title"] for n in station_view.notices(conn, station="GJ09")]
    assert sorted(mine) == ["全县通知", "只给本站"] and sorted(other) == ["全县通知", "只给别站"]


def test_0007_gives_an_older_countys_notices_to_every_station(county_url):
    from .test_console_storage import _alembic

    storage = Storage.open(county_url)
    _alembic(storage, command.downgrade, "0006_station_console")
    with storage.write() as conn:
        conn.execute(
            text(
                "INSERT INTO notices (id, title, body, published_at, active) "
                "VALUES ('n1', '旧通知', '内容', '2026-11-01T00:00:00.000+00:00', 1)"
            )
        )
    storage.close()
    storage = Storage.open(county_url)  # migrates to head, as any county command does
    with storage.read() as conn:
        kept = station_view.notices(conn, station="GJ01")
    assert [(n["title"], n["station"]) for n in kept] == [("旧通知", None)]
    storage.close()
