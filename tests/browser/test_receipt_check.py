"""A real browser opens a real receipt's QR address (issue 14): at phone size (360×740) and
on a county PC (1366×768) the page says 真 or 已作废 in large type with the receipt's amount,
a forged code says 假, nothing spills sideways, and the verdict and amount are on the first
screen.  Screenshots of each go to docs/county/ with ``--county-screenshots``."""

from __future__ import annotations

from typing import Any

import pytest

from servicepoint.core.money import format_yuan
from servicepoint.core.protocol import receipt_url

PHONE, DESKTOP = (360, 740), (1366, 768)


def layout(driver) -> dict[str, Any]:
    """What the page measures in the browser: the page's and the viewport's widths, the
    verdict's font size, the bottom of the verdict and of the fact list, and the texts that
    stick out of their box."""
    return driver.execute_script(  # type: ignore[no-any-return]
        "const v = document.getElementById('verdict-word');"
        "const f = document.getElementById('facts') || v;"
        "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
        " size: parseFloat(getComputedStyle(v).fontSize),"
        " verdict: v.getBoundingClientRect().bottom, facts: f.getBoundingClientRect().bottom,"
        " height: window.innerHeight,"
        " spill: [...document.querySelectorAll('#facts dd, #verdict p')].filter(e =>"
        "   e.getBoundingClientRect().right > e.parentElement.getBoundingClientRect().right"
        "   || e.scrollWidth > e.clientWidth).map(e => e.textContent)};"
    )


def check_fits(driver, size: tuple[int, int]) -> None:
    seen = layout(driver)
    assert seen["inner"] == size[0] and seen["scroll"] <= seen["inner"], seen
    assert seen["size"] >= 40, seen  # large type, even for 已作废 and in English
    assert seen["facts"] <= seen["height"], seen  # verdict and amount on the first screen
    assert seen["spill"] == [], seen


@pytest.mark.parametrize(
    ("size", "name"), [(PHONE, "receipt-check-phone"), (DESKTOP, "receipt-check-desktop")]
)
def test_genuine_receipt_at_phone_and_desktop_size(browser_county, browser, screenshot, size, name):
    data = browser_county.receipts["genuine"]
    url = data.qr_text  # what the printed QR holds: the check page under the county's address
    assert url == receipt_url(browser_county.url, data.qr_payload)
    driver = browser(*size)
    driver.get(url)
    assert driver.find_element("id", "verdict-word").text == "真"
    amount = driver.find_element("css selector", "#fact-amount dd").text
    assert amount == format_yuan(data.amount_fen, symbol="¥")
    assert driver.find_element("css selector", "#fact-number dd").text == data.number
    station = driver.find_element("css selector", "#fact-station dd").text
    assert station == f"{data.station_name}（{data.station_code}）"
    check_fits(driver, size)
    screenshot(driver, name)


def test_voided_and_forged_receipts_at_phone_size(browser_county, browser, screenshot):
    voided = browser_county.receipts["voided"]
    driver = browser(*PHONE)
    driver.get(voided.qr_text)
    assert driver.find_element("id", "verdict-word").text == "已作废"
    amount = driver.find_element("css selector", "#fact-amount dd").text
    assert amount == format_yuan(voided.amount_fen, symbol="¥")
    check_fits(driver, PHONE)
    screenshot(driver, "receipt-check-voided-phone")

    genuine = browser_county.receipts["genuine"]
    forged = genuine.qr_text.replace(f":{genuine.amount_fen}:", f":{genuine.amount_fen * 10}:")
    assert forged != genuine.qr_text
    driver.get(forged)
    assert driver.find_element("id", "verdict-word").text == "假"
    assert driver.find_elements("id", "facts") == []  # a forger's amount is not shown
    check_fits(driver, PHONE)
    screenshot(driver, "receipt-check-forged-phone")


def test_the_english_link_at_phone_size(browser_county, browser, screenshot):
    """The link in the corner switches the page to English, one language throughout."""
    data = browser_county.receipts["genuine"]
    driver = browser(*PHONE)
    driver.get(data.qr_text)
    driver.find_element("css selector", "a.other-lang").click()
    assert driver.find_element("id", "verdict-word").text == "Genuine"
    assert driver.current_url.endswith("?lang=en")
    assert driver.find_element("css selector", "#fact-amount dt").text == "Amount"
    check_fits(driver, PHONE)
    screenshot(driver, "receipt-check-phone-en")
