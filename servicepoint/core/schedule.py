"""When a station syncs on its own: nightly in a window, and at start-up when it is overdue.

Pure functions of the clock and the station's settings, so the window's timer, the CLI and
the tests agree.  Each station starts its nightly sync at a random minute inside the window
(SYNC.md: hundreds of points must not all call the county at 21:00:00).  The minute is drawn
from a seed of the device id and the date, so it is random across stations and days but does
not move when the app restarts during the evening.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta

DEFAULT_HOUR = 21
DEFAULT_WINDOW_MIN = 120
OVERDUE = timedelta(days=1)


def nightly_time(
    day: date, device_id: str, hour: int = DEFAULT_HOUR, window_min: int = DEFAULT_WINDOW_MIN
) -> datetime:
    """This station's start time for the night of ``day`` (China time)."""
    from .ids import CHINA_TZ

    seed = hashlib.sha256(f"{device_id}:{day.isoformat()}".encode()).digest()
    minute = random.Random(seed).randrange(max(window_min, 1))
    start = datetime(day.year, day.month, day.day, hour, tzinfo=CHINA_TZ)
    return start + timedelta(minutes=minute)


def next_nightly(
    now: datetime,
    device_id: str,
    hour: int = DEFAULT_HOUR,
    window_min: int = DEFAULT_WINDOW_MIN,
    last_attempt: datetime | None = None,
) -> datetime:
    """The next nightly start after ``now`` that has not been attempted yet."""

    def unattempted(start: datetime) -> bool:
        return last_attempt is None or last_attempt < start

    yesterday = nightly_time(now.date() - timedelta(days=1), device_id, hour, window_min)
    late = yesterday + timedelta(minutes=window_min, hours=3)
    if yesterday <= now < late and unattempted(yesterday):
        return yesterday  # a night whose window passed while the PC slept: run now
    today = nightly_time(now.date(), device_id, hour, window_min)
    if unattempted(today):
        return today
    return nightly_time(now.date() + timedelta(days=1), device_id, hour, window_min)


def due(
    now: datetime,
    device_id: str,
    *,
    last_success: datetime | None,
    last_attempt: datetime | None,
    starting: bool = False,
    hour: int = DEFAULT_HOUR,
    window_min: int = DEFAULT_WINDOW_MIN,
) -> str | None:
    """The trigger a sync should run with now ("startup" or "nightly"), or None."""
    if starting and (last_success is None or now - last_success > OVERDUE):
        return "startup"
    if next_nightly(now, device_id, hour, window_min, last_attempt) <= now:
        return "nightly"
    return None
