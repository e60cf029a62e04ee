"""When the station syncs on its own: a random minute in the nightly window, once a night,
and at start-up when the last success is over a day old."""

from __future__ import annotations

from datetime import datetime, timedelta

from servicepoint.core import CHINA_TZ
from servicepoint.core import schedule as sch


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CHINA_TZ)


def test_nightly_minute_is_inside_the_window_and_spread_across_stations():
    """200 stations start at different minutes, all inside 21:00–23:00."""
    starts = [sch.nightly_time(at(22, 0).date(), f"device-{i}") for i in range(200)]
    assert all(at(22, 21) <= s < at(22, 23) for s in starts)
    assert len({s.minute + 60 * s.hour for s in starts}) > 60


def test_the_minute_is_stable_for_a_night_and_moves_between_nights():
    """Restarting the app does not re-roll tonight's minute; tomorrow's differs (mostly)."""
    one = sch.nightly_time(at(22, 0).date(), "dev")
    assert one == sch.nightly_time(at(22, 0).date(), "dev")
    others = {sch.nightly_time(at(d, 0).date(), "dev").minute for d in range(1, 29)}
    assert len(others) > 5


def test_due_once_a_night():
    """Before the start: not due; after it: due as "nightly"; once attempted: not again."""
    start = sch.nightly_time(at(22, 0).date(), "dev")
    last = at(22, 8)
    assert (
        sch.due(start - timedelta(minutes=1), "dev", last_success=last, last_attempt=last) is None
    )
    assert (
        sch.due(start + timedelta(minutes=1), "dev", last_success=last, last_attempt=last)
        == "nightly"
    )
    attempted = start + timedelta(minutes=2)
    assert (
        sch.due(start + timedelta(minutes=30), "dev", last_success=last, last_attempt=attempted)
        is None
    )
    assert (
        sch.next_nightly(start + timedelta(minutes=30), "dev", last_attempt=attempted).date()
        == at(23, 0).date()
    )


def test_startup_sync_when_overdue():
    """At start-up: a success over a day ago (or never) means sync now; a recent one does not."""
    now = at(22, 9)
    assert sch.due(now, "dev", last_success=None, last_attempt=None, starting=True) == "startup"
    assert (
        sch.due(
            now,
            "dev",
            last_success=now - timedelta(days=1, minutes=1),
            last_attempt=None,
            starting=True,
        )
        == "startup"
    )
    assert (
        sch.due(
            now, "dev", last_success=now - timedelta(hours=12), last_attempt=None, starting=True
        )
        is None
    )


def test_a_night_missed_while_the_pc_slept_runs_after_midnight():
    """The PC was off during the window; switched on at 00:30 it syncs then, not next night."""
    start = sch.nightly_time(at(22, 0).date(), "dev", window_min=120)
    late = at(23, 0, 30)
    assert sch.due(late, "dev", last_success=at(22, 8), last_attempt=at(22, 8)) == "nightly"
    assert sch.next_nightly(late, "dev", last_attempt=at(22, 8)) == start


def test_station_settings_drive_the_schedule(station):
    """The station's sync hour and window settings are validated and used."""
    import pytest

    from servicepoint.core.errors import InvalidInput

    station.set_setting("sync_hour", 2)
    station.set_setting("sync_window_minutes", 60)
    with pytest.raises(InvalidInput):
        station.set_setting("sync_hour", 24)
    with pytest.raises(InvalidInput):
        station.set_setting("sync_window_minutes", 7)
    assert station.sync.due(starting=True) is None  # not enrolled: never
    station.records.db.execute("UPDATE sync_state SET token = 'x' WHERE id = 1")
    nxt = station.sync.next_nightly()
    assert nxt.hour == 2 and nxt.minute < 60
