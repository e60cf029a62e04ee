"""A real browser on the county console's 收购 page (issue 16) at a county PC's size: an
administrator publishes a buy-back price line through the form; the station pulls it, buys a
load at it and dispatches the lot; after the station's sync the page lists the lot by its
trace code and shows the station's reimbursement (paid to farmers, premium, handling fee,
outstanding) to the fen, as the county's figures have them."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.core.buyback import Load
from servicepoint.server import buyback

from .test_console_money import DESKTOP, fits, wait_for

FIELDS = {
    "list_code": "QIU2026",
    "product": "玉米",
    "grade": "二等",
    "price": "1.20",
    "premium": "0.03",
    "fee": "0.02",
    "moisture_std": "14.0",
    "moisture_step": "1.2",
    "impurity_std": "1.0",
    "impurity_step": "1",
}


def test_publish_a_price_line_and_see_the_lot_and_reimbursement(
    browser_county, browser, screenshot
):
    station, code = browser_county.station, browser_county.station.code
    driver = browser(*DESKTOP)
    driver.get(f"{browser_county.url}/login?next=/buyback")
    driver.find_element("name", "name").send_keys(browser_county.admin[0])
    driver.find_element("name", "password").send_keys(browser_county.admin[1])
    driver.find_element("css selector", "form[action='/login'] button").click()
    form = wait_for(driver, "#publish")
    assert driver.find_element("tag name", "h1").text == "收购价目与垫付结算"
    for name, value in FIELDS.items():
        form.find_element("name", name).send_keys(value)
    for name, value in (("valid_from", "2026-09-01"), ("valid_to", "2026-12-31")):
        # a date input is typed in the browser's locale; the value is set as the form sends it
        driver.execute_script(
            "arguments[0].value = arguments[1]", form.find_element("name", name), value
        )
    form.find_element("css selector", "button[type='submit']").click()
    assert "已发布收购价目" in wait_for(driver, "p.notice").text
    [line] = driver.find_elements("css selector", "#prices tr[data-line]")
    assert "玉米" in line.text and "二等" in line.text

    assert station.sync.run().ok
    price = station.buyback_prices.line_for("玉米", "二等")
    assert (price.price_fen, price.premium_fen, price.fee_fen) == (120, 3, 2)
    farmer = station.farmers.add("赵六", phone="13700000006", is_poor=True)
    load = Load(farmer.id, price.id, 520_000, 20_000, moisture=160, impurity=10)
    lot, _ = station.buyback.buy(load, [pay.cash(120_048)])
    station.buyback_dispatches.dispatch([(lot.id, None)], "县粮食公司")
    assert station.sync.run().ok

    driver.get(f"{browser_county.url}/buyback")
    row = wait_for(driver, f"#lots tr[data-trace='{lot.trace_code}']")
    assert "玉米" in row.text and "976斤" in row.text
    cells = driver.find_elements("css selector", f"#reimbursement tr[data-code='{code}'] td.num")
    fen = [int(c.get_attribute("data-fen")) for c in cells if c.get_attribute("data-fen")]
    with browser_county.county.storage.read() as conn:
        figures = next(r for r in buyback.reimbursement(conn)["stations"] if r["station"] == code)
    keys = ("paid_fen", "premium_fen", "fees_fen", "repaid_fen", "outstanding_fen")
    assert fen == [figures[k] for k in keys]
    assert fen == [120_048, 2_928, 1_952, 0, 122_000]
    seen = fits(driver)
    assert seen["scroll"] <= seen["inner"], seen
    driver.execute_script("window.scrollTo(0, 0)")
    screenshot(driver, "console-buyback")
