"""Shared fixtures: a fresh station per test on a manual clock, closed after the test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from servicepoint.core import CHINA_TZ, ManualClock, Station

MANAGER = ("王站长", "1234")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--county-screenshots",
        action="store_true",
        help="browser tests save their screenshots into docs/county/ "
        "(tests/browser, scripts/county_screenshots.py)",
    )


@pytest.fixture(scope="session", autouse=True)
def _data_dir_of_the_session(tmp_path_factory) -> Iterator[None]:
    """Nothing a test runs may log or write into the real user's data folder."""
    before = os.environ.get("SERVICEPOINT_DATA_DIR")
    if before is None:
        os.environ["SERVICEPOINT_DATA_DIR"] = str(tmp_path_factory.mktemp("data-dir"))
    yield
    if before is None:
        os.environ.pop("SERVICEPOINT_DATA_DIR", None)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=CHINA_TZ))


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    """One station made once per session (PIN hashing is deliberately slow); tests copy it."""
    folder = tmp_path_factory.mktemp("template")
    s = Station.create(
        folder,
        code="GJ01",
        name="甘界村服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name=MANAGER[0],
        manager_pin=MANAGER[1],
        clock=ManualClock(datetime(2026, 11, 22, 8, 0, tzinfo=CHINA_TZ)),
    )
    s.close()  # the last close checkpoints the WAL into station.db
    return folder / "station.db"


@pytest.fixture
def station(tmp_path, clock, _template_db) -> Iterator[Station]:
    """A new station with the manager signed in and a 农资 category at 8%."""
    folder = tmp_path / "station"
    folder.mkdir()
    shutil.copy(_template_db, folder / "station.db")
    s = Station.open(folder, clock=clock)
    s.act_as(next(o for o in s.operators.list() if o.name == MANAGER[0]))
    s.catalogue.set_category("agri", "农资", 800)
    yield s
    s.close()


@pytest.fixture
def farmer(station):
    return station.farmers.add(
        "张三", phone="13800001234", village_group="一组", is_poor=True, poverty_card_no="PK2016001"
    )


def printed_texts(data) -> list[str]:
    """The strings a printed receipt must show, whichever way it was printed (PDF or Qt)."""
    from servicepoint.core.money import format_yuan

    expected = [
        data.station_name,
        data.station_code,
        data.title,
        data.number,
        data.operator,
        data.issued_at.replace(" ", ""),
    ]
    expected += [p.label + p.value for p in (*data.party, *data.fields)]
    expected += [i.name for i in data.items]
    expected += [
        format_yuan(i.amount_fen, symbol="¥") for i in data.items if i.amount_fen is not None
    ]
    expected += [
        t.label + format_yuan(t.amount_fen, symbol="¥") for t in (*data.totals, *data.payments)
    ]
    return expected + list(data.notes)


@pytest.fixture
def receipt_texts():
    """``printed_texts`` as a fixture, for the PDF and the Qt printing tests alike."""
    return printed_texts


def init_command(code: str = "GJ02") -> list[str]:
    """``servicepoint init`` for the test station (the CLI tests create it the operator's way)."""
    names = ("甘界村服务站", "甘界村", "城关镇", "示范县")
    return ["init", "--code", code, "--name", names[0], "--village", names[1],
            "--township", names[2], "--county", names[3], "--manager", MANAGER[0],
            "--pin", MANAGER[1]]  # fmt: skip


@pytest.fixture
def cli_init():
    """The ``init`` command's arguments, for a station code (default GJ02)."""
    return init_command
