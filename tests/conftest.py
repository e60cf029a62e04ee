"""Shared fixtures: a fresh station per test on a manual clock, closed after the test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from servicepoint.core import CHINA_TZ, ManualClock, Station

MANAGER = ("王站长", "1234")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=CHINA_TZ))


@pytest.fixture
def station(tmp_path, clock) -> Iterator[Station]:
    """A new station with a signed-in manager and a 农资 category at 8%."""
    s = Station.create(tmp_path / "station", code="GJ01", name="甘界村服务站", village="甘界村",
                       township="城关镇", county="示范县", manager_name=MANAGER[0],
                       manager_pin=MANAGER[1], clock=clock)
    s.sign_in(*MANAGER)
    s.catalogue.set_category("agri", "农资", 800)
    yield s
    s.close()


@pytest.fixture
def farmer(station):
    return station.farmers.add("张三", phone="13800001234", village_group="一组", is_poor=True,
                               poverty_card_no="PK2016001")
