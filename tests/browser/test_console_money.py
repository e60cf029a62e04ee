"""A real browser on the county console's money pages (issue 14) at a county PC's size
(1366×768): an administrator logs in, opens 佣金 and records a commission payment through the
form (the notice, the payments list and the statement's 县中心已付 column show it, and the
county's statement has it to the fen), then opens 扶贫监测 with its chart and tables; neither
page spills sideways.  Screenshots go to docs/county/ with ``--county-screenshots``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from servicepoint.server import schema
from servicepoint.server.statements import monthly_statement

DESKTOP = (1366, 768)


def fits(driver: Any) -> dict[str, Any]:
    return driver.execute_script(  # type: ignore[no-any-return]
        "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth};"
    )


def wait_for(driver: Any, css: str) -> Any:
    """The element ``css`` once the page that has it has loaded (after a form or a link)."""
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 20).until(
        expected_conditions.presence_of_element_located(("css selector", css))
    )


def log_in(driver: Any, url: str, admin: tuple[str, str], path: str) -> None:
    driver.get(f"{url}/login?next={path}")
    driver.find_element("name", "name").send_keys(admin[0])
    driver.find_element("name", "password").send_keys(admin[1])
    driver.find_element("css selector", "form[action='/login'] button").click()
    wait_for(driver, "#statement")


def test_commission_payment_and_poverty_page_in_a_browser(browser_county, browser, screenshot):
    county, code = browser_county.county, browser_county.station.code
    driver = browser(*DESKTOP)
    log_in(driver, browser_county.url, browser_county.admin, "/commission?month=2026-11")
    assert driver.find_element("tag name", "h1").text.startswith("佣金对账单")
    with county.storage.read() as conn:
        before = monthly_statement(conn, "2026-11")
        paid_before = next(r for r in before.stations if r.station == code).county_paid_fen
    form = driver.find_element("id", "pay")
    form.find_element("css selector", f"select[name='station'] option[value='{code}']").click()
    form.find_element("name", "amount").send_keys("12.50")
    form.find_element("name", "reference").send_keys("YH-2026-11")
    form.find_element("css selector", "button[type='submit']").click()
    assert "已记录付款" in wait_for(driver, "p.notice").text
    row = driver.find_element("css selector", f"#payments tr[data-station='{code}']")
    assert "12.50" in row.text and "YH-2026-11" in row.text
    cell = driver.find_elements("css selector", f"#statement tr[data-code='{code}'] td.num")[-1]
    assert int(cell.get_attribute("data-fen")) == paid_before + 1250
    with county.storage.read() as conn:
        after = monthly_statement(conn, "2026-11")
        refs = conn.execute(select(schema.county_payments.c.reference)).scalars().all()
    assert (
        next(r for r in after.stations if r.station == code).county_paid_fen == paid_before + 1250
    )
    assert "YH-2026-11" in refs
    seen = fits(driver)
    assert seen["scroll"] <= seen["inner"], seen
    driver.execute_script("window.scrollTo(0, 0)")
    screenshot(driver, "console-commission")

    driver.find_element("link text", "扶贫监测").click()
    wait_for(driver, "#months")
    driver.get(f"{browser_county.url}/poverty?from=2026-10-01&to=2026-11-30")
    assert driver.find_element("tag name", "h1").text == "扶贫监测"
    assert driver.find_elements("css selector", "svg.chart rect.bar-takings")
    months = driver.find_elements("css selector", "#months tr[data-month]")
    assert [m.get_attribute("data-month") for m in months] == ["2026-10", "2026-11", "total"]
    assert driver.find_elements("css selector", "#villages tr[data-village]")
    seen = fits(driver)
    assert seen["scroll"] <= seen["inner"], seen
    screenshot(driver, "console-poverty")
