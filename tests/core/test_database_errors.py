"""SQLite failures reach the operator typed, logged and with nothing half-written (issue 11):
a write lock held by another program, and a disk that fills up mid-sale."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.changes import Change
from servicepoint.core.errors import (
    DatabaseBusy,
    DatabaseIOError,
    DatabaseReadOnly,
    DiskFull,
    IntegrityProblem,
    database_error,
)
from servicepoint.core.operations import perform
from servicepoint.core.purchasing import LineInput


def rice() -> LineInput:
    """7.3 斤 of rice at ¥12.50/斤: 9125 fen."""
    return LineInput(
        3650,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform="京东",
    )


def counts(station) -> tuple[int, int, int, int]:
    return tuple(
        station.records.scalar(f"SELECT COUNT(*) FROM {t}")  # type: ignore[return-value]
        for t in ("orders", "payments", "receipts", "outbox")
    )


def test_a_held_write_lock_refuses_typed_and_writes_nothing(station, farmer, caplog):
    """Another program holds the write lock past the busy timeout: the sale is refused with
    the operator's message, logged, and no order, payment, receipt or change-log row is left;
    once the lock is gone the same sale goes through and takes the next receipt number."""
    station.db.execute("PRAGMA busy_timeout = 50")  # the real 5 s would slow the suite
    before = counts(station)
    other = sqlite3.connect(station.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with (
            caplog.at_level(logging.ERROR, logger="servicepoint"),
            pytest.raises(DatabaseBusy) as refused,
        ):
            station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.code == "database_busy"
    assert "请稍等几秒再试" in refused.value.message("zh_CN")
    assert "database_busy" in caplog.text and "SQLITE_BUSY" in caplog.text
    assert counts(station) == before
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    assert order.number.endswith("000001")  # the refused sale took no number
    assert station.check() == []


def test_a_full_disk_refuses_typed_and_writes_nothing(station, farmer):
    """The database capped by ``PRAGMA max_page_count`` stands for a full disk: a large farmer
    import fails with 磁盘已满, the whole import is rolled back, and the station still works."""
    used = station.records.scalar("PRAGMA page_count")
    station.db.execute(f"PRAGMA max_page_count = {used + 2}")
    before = station.records.scalar("SELECT COUNT(*) FROM farmers")
    import io

    rows = "\n".join(f"农户{n:04d},139{n:08d},一组,0,,,{'备注' * 40}" for n in range(400))
    with pytest.raises(DiskFull) as refused:
        station.farmers.import_csv(
            io.StringIO("name,phone,village_group,is_poor,poverty_card_no,id_number,note\n" + rows)
        )
    assert "磁盘已满" in refused.value.message("zh_CN")
    assert station.records.scalar("SELECT COUNT(*) FROM farmers") == before
    station.db.execute("PRAGMA max_page_count = 1073741823")
    station.farmers.add("李四")
    assert station.check() == []


def test_perform_names_what_changed_and_types_failures(station, farmer):
    """An operation comes back with the changes derived from the tables it wrote; a
    read that hits a failing disk comes back typed, not as a raw sqlite3 error."""
    outcome = perform(
        station, lambda st: st.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    )
    assert {Change.ORDERS, Change.PAYMENTS, Change.RECEIPTS, Change.FARMERS} <= outcome.changes
    assert Change.CONSIGNMENT not in outcome.changes
    assert perform(station, lambda st: st.farmers.search("张")).changes == frozenset()
    assert perform(station, lambda st: st.set_setting("receipt_width", "80")).changes >= {
        Change.SETTINGS
    }

    def failing_read(_st):
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 10  # type: ignore[attr-defined]
        error.sqlite_errorname = "SQLITE_IOERR"  # type: ignore[attr-defined]
        raise error

    with pytest.raises(DatabaseIOError):
        perform(station, failing_read)


def test_a_refusal_after_an_earlier_write_still_names_it(station, farmer):
    """Two writes in one op, the second refused: the first stands and the refusal carries its
    change names, so the window refreshes what did change."""
    from servicepoint.core.errors import ServicePointError

    def two(st):
        st.set_setting("receipt_width", "80")
        st.set_setting("receipt_width", "99")

    with pytest.raises(ServicePointError) as refused:
        perform(station, two)
    assert Change.SETTINGS in refused.value.changes
    assert station.setting("receipt_width") == "80"


@pytest.mark.parametrize(
    ("code", "name", "kind"),
    [
        (5, "SQLITE_BUSY", DatabaseBusy),
        (6, "SQLITE_LOCKED", DatabaseBusy),
        (13, "SQLITE_FULL", DiskFull),
        (8, "SQLITE_READONLY", DatabaseReadOnly),
        (10 | (12 << 8), "SQLITE_IOERR_SHORT_READ", DatabaseIOError),
        (11, "SQLITE_CORRUPT", IntegrityProblem),
    ],
)
def test_sqlite_result_codes_map_to_typed_refusals(code, name, kind):
    error = sqlite3.OperationalError("x")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    typed = database_error(error)
    assert isinstance(typed, kind)
    assert typed.message("zh_CN") and typed.message("en")
    syntax = sqlite3.OperationalError("near x: syntax error")
    syntax.sqlite_errorcode = 1  # type: ignore[attr-defined]
    assert database_error(syntax) is None  # a bug stays a bug
