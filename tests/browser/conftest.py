"""Browser fixtures: Debian's chromium, driven by selenium through chromium-driver, against a
real county server on a loopback port.

- ``browser_county`` (once per session): a county on uvicorn in a thread over SQLite
  (``tests/server/conftest.py``'s ``start_county``), with the test station 甘界村服务站 enrolled
  and a day of receipts synced, one of them voided (:class:`BrowserCounty`).
- ``browser``: a factory; ``browser(360, 740)`` starts a headless chromium whose page is
  exactly that many CSS pixels (phone pages get the mobile viewport), for this test only.
- ``screenshot``: ``screenshot(driver, "check-phone")`` saves the page as a PNG; into
  ``docs/county/`` when pytest runs with ``--county-screenshots`` (``tests/conftest.py``; what
  ``scripts/county_screenshots.py`` does), else into the test's temporary folder, so the
  same code runs in every test run.

Only the system's browser is used (``/usr/bin/chromium``, ``/usr/bin/chromedriver``); nothing
is downloaded.  Without them the tests skip with the reason, except where
``SERVICEPOINT_REQUIRE_BROWSER=1`` (set by ``.ci/run``): there a missing browser fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

# tests/server, importable as "server" (as tests/ui/test_sync_screen.py does)
from server.conftest import ADMIN, County, enrol, start_county
from server.conftest import _server_errors_as_text as _server_errors_as_text
from server.scenario import busy_day

from servicepoint.core import CHINA_TZ, ManualClock, Station
from servicepoint.core import payments as pay
from servicepoint.core.receipt_data import ReceiptData, receipt_data

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "county"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REQUIRE_BROWSER = os.environ.get("SERVICEPOINT_REQUIRE_BROWSER") == "1"
#: Narrower than this, a page is laid out as a phone's (the mobile viewport, touch).
PHONE_WIDTH = 600


def _missing() -> str | None:
    """Why no browser can run here, or None."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    absent = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if absent:
        return f"{' and '.join(absent)} missing (apt-get install chromium chromium-driver)"
    return None


@pytest.fixture(scope="session")
def _browser_ready() -> None:
    reason = _missing()
    if reason is None:
        return
    if REQUIRE_BROWSER:
        pytest.fail(f"a browser is required here (SERVICEPOINT_REQUIRE_BROWSER=1): {reason}")
    pytest.skip(f"no browser: {reason}")


@dataclass
class BrowserCounty:
    """The county the browser visits: its server, the enrolled station, receipts by role
    (``genuine``: a synced purchase receipt; ``voided``: a synced, voided consignment sale),
    and the admin login.  Shared by the session's browser tests: a test that changes the
    county (an upload, a payment) should leave what the others assert on as it was."""

    county: County
    station: Station
    receipts: dict[str, ReceiptData] = field(default_factory=dict)
    #: The county admin's name and password (``tests/server/conftest.py``), for pages behind
    #: the console's login.
    admin: tuple[str, str] = ADMIN

    @property
    def url(self) -> str:
        return self.county.url


@pytest.fixture(scope="session")
def browser_county(_browser_ready, tmp_path_factory, _template_db) -> Iterator[BrowserCounty]:
    folder = tmp_path_factory.mktemp("browser-county")
    (folder / "station").mkdir()
    shutil.copy(_template_db, folder / "station" / "station.db")
    clock = ManualClock(datetime(2026, 11, 22, 10, 0, tzinfo=CHINA_TZ))
    station = Station.open(folder / "station", clock=clock)
    station.act_as(next(o for o in station.operators.list() if o.is_manager))
    station.catalogue.set_category("agri", "农资", 800)
    county = start_county(f"sqlite:///{folder / 'county.db'}")
    try:
        enrol(station, county)
        busy_day(station, n_orders=2)
        purchase = str(
            station.records.scalar(
                "SELECT number FROM receipts WHERE kind = 'purchase' ORDER BY seq LIMIT 1"
            )
        )
        grower = station.farmers.add("王五", phone="13700000001")
        batch = station.consignment.intake(grower.id, "核桃", 20, "bag")
        _sale, sold = station.consignment.sell(batch.id, 2, 4000, [pay.cash(8000)])
        sale = sold.number
        station.receipts.void(sale, "买家退货")
        assert station.sync.run().ok
        made = BrowserCounty(county, station)
        made.receipts["genuine"] = receipt_data(station, purchase)
        made.receipts["voided"] = receipt_data(station, sale)
        yield made
    finally:
        station.sync.close()
        station.close()
        county.admin.close()
        county.server.stop()
        county.storage.close()


def _chromium(width: int, height: int) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--lang=zh-CN",
        f"--window-size={width},{height}",
    ):
        options.add_argument(flag)
    # A county PC's browser is Chinese: the date pickers and the file input speak it too
    # (headless chromium takes its locale from the environment, not only from --lang).
    env = {**os.environ, "LANGUAGE": "zh_CN", "LC_ALL": "C.UTF-8"}
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER), env=env))
    # The page area exactly width × height CSS pixels; a phone's is a mobile viewport.
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < PHONE_WIDTH},
    )
    return driver


@pytest.fixture
def browser(_browser_ready) -> Iterator[Callable[[int, int], Any]]:
    """``browser(width, height)``: a fresh headless chromium (a selenium ``WebDriver``) with
    that page size; every one started is quit after the test."""
    started: list[Any] = []

    def start(width: int, height: int) -> Any:
        driver = _chromium(width, height)
        started.append(driver)
        return driver

    yield start
    for driver in started:
        driver.quit()


@pytest.fixture
def screenshot(request, tmp_path) -> Callable[[Any, str], Path]:
    """``screenshot(driver, name)``: the page as ``name.png`` (see the module docstring)."""
    folder = SHOTS if request.config.getoption("--county-screenshots", False) else tmp_path

    def save(driver: Any, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        path.write_bytes(driver.get_screenshot_as_png())
        return path

    return save
