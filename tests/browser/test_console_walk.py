"""A real browser walks the county console (issue 14) at a county PC's 1366×768: it logs in
through the login form, opens the overview, a station from it, the conflicts and the
catalogue page; uploads a bad catalogue CSV through the file input and sees each bad row
named with nothing to publish, then a good one, publishes it and sees the items listed; the
station's next sync pulls them; it logs out.  At phone size (360×740) the catalogue page
keeps to the screen's width (wide tables scroll inside their box).  Screenshots of each page
go to docs/county/ with ``--county-screenshots``."""

from __future__ import annotations

from typing import Any

from server.console_client import VIEWER, add_viewer
from server.test_county_admin import CSV_HEADER, CSV_ROWS

DESKTOP, PHONE = (1366, 768), (360, 740)


def go(driver: Any, element: Any) -> None:
    """Click a link or a form's button and wait until the next page has replaced this one,
    so nothing after it reads the old page."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait  # as conftest: only with a browser

    page = driver.find_element("tag name", "html")
    element.click()
    WebDriverWait(driver, 30).until(expected_conditions.staleness_of(page))
    WebDriverWait(driver, 30).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


BAD_ROWS = (
    "F004,花生油,food,bottle,12.345,,,,,\n"  # three decimals
    "F005,化肥,agri2,bag,120,,,,,\n"  # a category nobody made
)


def log_in(driver: Any, url: str, name: str, password: str) -> None:
    driver.get(url + "/")
    assert "/login" in driver.current_url  # no session: the login page first
    driver.find_element("name", "name").send_keys(name)
    driver.find_element("name", "password").send_keys(password)
    go(driver, driver.find_element("css selector", "form[action='/login'] button[type=submit]"))


def menu(driver: Any, path: str) -> None:
    go(driver, driver.find_element("css selector", f"nav.menu a[href='{path}']"))


def fits(driver: Any) -> dict[str, int]:
    return driver.execute_script(  # type: ignore[no-any-return]
        "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth};"
    )


def upload(driver: Any, path: Any) -> None:
    driver.find_element("id", "upload-file").send_keys(str(path))
    go(driver, driver.find_element("id", "upload-preview"))


def test_walk_the_console_and_publish_a_catalogue(browser_county, browser, screenshot, tmp_path):
    station = browser_county.station
    url = browser_county.url
    driver = browser(*DESKTOP)
    log_in(driver, url, *browser_county.admin)
    assert driver.find_element("css selector", "nav.menu a.here").get_attribute("href") == url + "/"
    row = driver.find_element("css selector", f"#stations tr[data-code='{station.code}']")
    assert station.identity.name in row.text
    assert fits(driver)["scroll"] <= DESKTOP[0]
    screenshot(driver, "console-overview")

    go(driver, row.find_element("css selector", f"a[href='/stations/{station.code}']"))
    heading = driver.find_element("css selector", "main h1").text
    assert station.code in heading and station.identity.name in heading
    # the month of the test station's day of business
    driver.get(f"{url}/stations/{station.code}?from=2026-11-01&to=2026-11-30")
    assert driver.find_elements("css selector", "#daily tr[data-day='2026-11-22']")
    screenshot(driver, "console-station")

    menu(driver, "/conflicts")
    assert driver.find_element("css selector", "main h1").text == "同步冲突"
    screenshot(driver, "console-conflicts")

    menu(driver, "/catalogue")
    assert driver.find_element("css selector", "main h1").text == "商品与佣金率"
    bad = tmp_path / "商品-有错.csv"
    bad.write_bytes((CSV_HEADER + CSV_ROWS + BAD_ROWS).encode("gbk"))  # as Excel saves it
    upload(driver, bad)
    verdict = driver.find_element("id", "preview-verdict")
    assert verdict.get_attribute("data-ok") == "0" and "2 行有错" in verdict.text
    shown = driver.find_elements("css selector", "#preview tbody tr")
    assert [r.get_attribute("data-ok") for r in shown] == ["1", "1", "1", "0", "0"]
    assert "12.345" in shown[3].text and "agri2" in shown[4].text
    assert driver.find_elements("id", "publish") == []  # nothing to publish
    screenshot(driver, "console-catalogue-refused")

    good = tmp_path / "商品.csv"
    good.write_bytes((CSV_HEADER + CSV_ROWS).encode("gbk"))
    upload(driver, good)
    assert driver.find_element("id", "preview-verdict").get_attribute("data-ok") == "1"
    assert driver.find_elements("css selector", "#items tr[data-sku='F001']") == []  # not yet
    screenshot(driver, "console-catalogue-preview")
    go(driver, driver.find_element("id", "publish"))
    assert "商品表已发布" in driver.find_element("css selector", "p.notice").text
    listed = driver.find_element("css selector", "#items tr[data-sku='F001']")
    assert "五常大米 10kg" in listed.text and "89.90" in listed.text
    food = driver.find_element("css selector", "#categories tr[data-code='food']")
    assert "12%" in food.text
    driver.execute_script("document.getElementById('categories-title').scrollIntoView()")
    screenshot(driver, "console-catalogue")

    assert station.sync.run().ok  # the station pulls what the browser published
    assert station.catalogue.by_barcode("6901234567890").price_fen == 8990

    from selenium.webdriver.support.ui import WebDriverWait  # as conftest: only with a browser

    driver.execute_script("window.scrollTo(0, 0)")
    go(driver, driver.find_element("css selector", "form[action='/logout'] button"))
    WebDriverWait(driver, 30).until(lambda d: "/login" in d.current_url)
    assert driver.find_elements("name", "password")
    driver.get(url + "/catalogue")
    assert "/login" in driver.current_url  # the session is over


def test_the_catalogue_page_at_phone_size(browser_county, browser, screenshot):
    """A viewer on a phone: the page keeps to the screen's width, the forms are not offered."""
    add_viewer(browser_county.county.storage)  # adds, or resets what an earlier test added
    driver = browser(*PHONE)
    log_in(driver, browser_county.url, *VIEWER)
    menu(driver, "/catalogue")
    assert driver.find_element("css selector", "main h1").text == "商品与佣金率"
    assert driver.find_elements("css selector", "form[action^='/catalogue/']") == []
    seen = fits(driver)
    assert seen["inner"] == PHONE[0] and seen["scroll"] <= seen["inner"], seen
    screenshot(driver, "console-catalogue-phone")
