"""The county console's frame (server/console/): logging in and out with the county's logins
(the API's own password check, lock and limits), the session cookie, the CSRF token every
form must carry, the admin/viewer split, the language switch, and that every page renders
for both roles — on SQLite and PostgreSQL, in-process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from servicepoint.server import accounts, county, schema
from servicepoint.server.app import ServerConfig
from servicepoint.server.console import NAV, PAGES
from servicepoint.server.storage import Storage

from .conftest import ADMIN
from .console_client import VIEWER, Console, add_viewer

PAGES_TO_SEE = (
    "/",
    "/stations",
    "/stations/GJ01",
    "/stations/GJ01/revoke",
    "/conflicts",
    "/catalogue",
)


@pytest.fixture
def storage(county_url) -> Iterator[Storage]:
    s = Storage.open(county_url)
    with s.write() as conn:
        accounts.add_user(conn, *ADMIN)
        county.add_station(conn, "GJ01", "甘界村服务站")
    add_viewer(s)
    yield s
    s.close()


@pytest.fixture
def console(storage) -> Iterator[Console]:
    c = Console(storage)
    yield c
    c.close()


def _count(storage: Storage, table) -> int:
    with storage.read() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _audit(storage: Storage) -> list[tuple[str, str]]:
    with storage.read() as conn:
        return [(r["user_name"], r["action"]) for r in accounts.audit_entries(conn)]


def test_the_menu_is_built_from_the_page_modules():
    paths = [e.path for e in NAV]
    assert paths == [page.NAV.path for page in PAGES if page.NAV is not None]
    assert {"/", "/stations", "/commission", "/poverty", "/conflicts", "/catalogue"} <= set(paths)
    assert paths[0] == "/" and paths.index("/stations") < paths.index("/conflicts")
    assert all(hasattr(page, "router") and hasattr(page, "NAV") for page in PAGES)


def test_logged_out_pages_go_to_the_login_and_come_back(console):
    for path in PAGES_TO_SEE:
        answer = console.get(path, follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"].startswith("/login?next=")
    console.get("/login")
    answer = console.post("/login", {"name": ADMIN[0], "password": ADMIN[1], "next": "/conflicts"})
    assert answer.status_code == 200 and str(answer.url).endswith("/conflicts")
    assert 'id="conflicts"' in answer.text or "没有要处理的冲突" in answer.text


def test_a_wrong_password_is_a_401_in_chinese_and_opens_no_session(console, storage):
    before = _count(storage, schema.county_sessions)
    answer = console.login(ADMIN[0], "wrong-password")
    assert answer.status_code == 401
    assert "县中心账号或密码不对。" in answer.text
    assert "Wrong county user name" not in answer.text  # one language per message
    assert console.client.cookies.get("sp_console") is None
    assert _count(storage, schema.county_sessions) == before
    assert console.get("/", follow_redirects=False).status_code == 303
    answer = console.login("nobody-here", "wrong-password")  # unknown names answer the same
    assert answer.status_code == 401 and "县中心账号或密码不对。" in answer.text


def test_the_login_lock_is_the_apis(console):
    """Five failures lock the name, for the console as for the API: the right password is
    then refused too (429, with the minutes to wait)."""
    for _ in range(5):
        assert console.login(ADMIN[0], "wrong-password").status_code == 401
    answer = console.login(ADMIN[0], ADMIN[1])
    assert answer.status_code == 429
    assert "登录失败次数太多" in answer.text and "Retry-After" in answer.headers


def test_the_login_form_needs_its_token(console, storage):
    console.get("/login")
    answer = console.post("/login", {"name": ADMIN[0], "password": ADMIN[1], "csrf": "forged"})
    assert answer.status_code == 403
    assert console.client.cookies.get("sp_console") is None
    assert ("县中心管理员", "login") not in _audit(storage)


def test_the_session_cookie_is_httponly_lax_and_secure_over_tls(storage):
    plain = Console(storage)
    plain.get("/login")
    cookie = plain.client.post(
        "/login",
        data={"name": ADMIN[0], "password": ADMIN[1], "csrf": plain.csrf()},
        follow_redirects=False,
    ).headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    tls = Console(storage, base_url="https://county.example")
    tls.get("/login")
    cookie = tls.client.post(
        "/login",
        data={"name": ADMIN[0], "password": ADMIN[1], "csrf": tls.csrf()},
        follow_redirects=False,
    ).headers["set-cookie"]
    assert "sp_console=" in cookie and "Secure" in cookie and "HttpOnly" in cookie
    plain.close()
    tls.close()


@pytest.mark.parametrize("role", ["admin", "viewer"])
def test_every_page_renders_for_both_roles(console, role):
    if role == "admin":
        console.as_admin()
    else:
        console.as_viewer()
    for path in PAGES_TO_SEE:
        answer = console.get(path)
        assert answer.status_code == 200, path
        assert '<nav class="menu">' in answer.text
        assert ("管理员" if role == "admin" else "查看") in answer.text
        # an admin is offered the forms that act; a viewer none of them
        acting = 'action="/stations/GJ01/enrolment"' in answer.text
        assert acting == (role == "admin" and path == "/stations/GJ01")
    assert console.get("/stations/NOPE").status_code == 404


def test_a_form_without_the_sessions_token_writes_nothing(console, storage):
    console.as_admin()
    console.get("/stations/GJ01")
    audit, codes = _audit(storage), _count(storage, schema.enrolment_codes)
    for path, data in (
        ("/stations/GJ01/enrolment", {}),
        ("/stations/GJ01/place", {"township": "城关镇", "village": "甘界村"}),
        ("/stations/GJ01/revoke", {}),
    ):
        for token in ("", "0" * 64):
            answer = console.post(path, {**data, "csrf": token})
            assert answer.status_code == 403, path
            assert "什么也没有保存" in answer.text
    other = Console(storage).as_admin()  # another session's token is no good either
    answer = console.post("/stations/GJ01/enrolment", {"csrf": other.csrf()})
    assert answer.status_code == 403
    assert _count(storage, schema.enrolment_codes) == codes
    assert [a for a in _audit(storage) if a[1] != "login"] == [a for a in audit if a[1] != "login"]
    with storage.read() as conn:
        township = conn.execute(select(schema.stations.c.township)).scalar()
    assert township is None
    other.close()


def test_a_viewer_cannot_act(console, storage):
    console.as_viewer()
    console.get("/stations/GJ01")
    codes = _count(storage, schema.enrolment_codes)
    for path, data in (
        ("/stations/GJ01/enrolment", {}),
        ("/stations/GJ01/place", {"township": "城关镇", "village": "甘界村"}),
        ("/stations/GJ01/revoke", {}),
        ("/conflicts/1/resolve", {"note": "电话核实"}),
    ):
        answer = console.post(path, data)
        assert answer.status_code == 403, path
        assert "只有管理员可以做这个操作" in answer.text
    assert _count(storage, schema.enrolment_codes) == codes
    assert [a for a in _audit(storage) if a[0] == VIEWER[0]] == [(VIEWER[0], "login")]


def test_logout_ends_the_session(console, storage):
    console.as_admin()
    answer = console.post("/logout")
    assert answer.status_code == 200 and "县中心登录" in answer.text
    assert console.get("/", follow_redirects=False).status_code == 303
    assert _audit(storage)[0] == (ADMIN[0], "logout")


def test_logout_needs_the_token(console):
    console.as_admin()
    assert console.post("/logout", {"csrf": "forged"}).status_code == 403
    assert console.get("/", follow_redirects=False).status_code == 200


def test_english_by_the_switch_one_language_at_a_time(console):
    console.as_admin()
    assert "总览" in console.get("/").text
    answer = console.get("/lang/en", headers={"referer": "http://testserver/stations/GJ01"})
    assert str(answer.url).endswith("/stations/GJ01")
    page = answer.text
    assert "Stations" in page and "Takings and commission by day" in page
    assert "每日代收与佣金" not in page and "总览" not in page
    assert 'lang="en"' in page
    console.post("/logout")
    answer = console.login(ADMIN[0], "wrong-password")
    assert "Wrong county user name or password." in answer.text
    assert "县中心账号或密码不对" not in answer.text
    console.get("/lang/zh")
    assert "县中心登录" in console.get("/login").text


def test_the_switch_goes_back_to_this_server_only(console):
    answer = console.get("/lang/en", headers={"referer": "https://evil.example/x"})
    assert str(answer.url).endswith("/login?next=/")


def test_the_console_stays_out_of_the_api_map(storage):
    """``/docs`` and the OpenAPI document stay off by default (issue 13); with ``--docs``
    they describe the API only."""
    closed = Console(storage)
    assert closed.client.get("/docs").status_code == 404
    assert closed.client.get("/openapi.json").status_code == 404
    opened = Console(storage, ServerConfig(docs=True))
    paths = opened.client.get("/openapi.json").json()["paths"]
    assert paths and all(p.startswith("/v1/") for p in paths)
    assert opened.client.get("/static/console.css").status_code == 200
    closed.close()
    opened.close()


def test_odd_addresses_get_pages_not_json(console, storage):
    console.as_admin()
    for path in (
        "/?desc=abc&sort=nonsense&township=" + "乡" * 300,
        "/conflicts?station=" + "X" * 50,
    ):
        answer = console.get(path)
        assert answer.status_code == 200 and "<!doctype html>" in answer.text, path
    answer = console.get("/stations/GJ01?from=2026-13-01")
    assert answer.status_code == 422 and "日期要写成" in answer.text
    console.get("/conflicts")
    answer = console.post("/conflicts/abc/resolve", {"note": "x"})
    assert answer.status_code == 409 and "已经处理过了" in answer.text
    answer = console.post("/stations/GJ01/place", {"township": "DROP TABLE x;--", "village": ""})
    assert answer.status_code == 422 and "乡镇" in answer.text
    with storage.read() as conn:
        assert conn.execute(select(schema.stations.c.township)).scalar() is None
