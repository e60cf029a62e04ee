"""Backups with the SQLite backup API, their rotation, and restoring one (issue 4)."""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from servicepoint.core import CHINA_TZ, ManualClock, Station
from servicepoint.core import payments as pay
from servicepoint.core.audit import AuditLog
from servicepoint.core.backup import KEEP_DAYS, KEEP_MONTHS, Backups, restore
from servicepoint.core.errors import (
    IntegrityProblem,
    InvalidInput,
    InvalidState,
    NotFound,
    ServicePointError,
)
from servicepoint.core.purchasing import LineInput


def rice(qty_g: int = 3650) -> LineInput:
    """7.3 斤 of rice at ¥12.50/斤: 9125 fen."""
    return LineInput(
        qty_g,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform="京东",
    )


def buy(station: Station, farmer, times: int = 1) -> None:
    for _ in range(times):
        station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])


def plain(path: Path) -> Path:
    """The database inside a backup: a compressed one unpacked beside it (``.unpacked``)."""
    if not path.name.endswith(".gz"):
        return path
    out = path.with_name(path.name + ".unpacked")
    with gzip.open(path, "rb") as packed:
        out.write_bytes(packed.read())
    return out


def counts(path: Path) -> dict[str, int]:
    """Orders, payments and receipts in a database file.  Not ``mode=ro``: a read-only
    connection to a WAL file leaves its -wal and -shm behind."""
    conn = sqlite3.connect(plain(path))
    try:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("orders", "payments", "receipts")
        }
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_index(path: Path, index: str = "farmers_phone") -> None:
    """Zero the page header of one index's root page: the file still opens, the check fails."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x00" * 8)


def readable(err: ServicePointError) -> None:
    """Both languages are there, filled in, and the English has no Chinese of its own."""
    zh, en = err.message("zh_CN"), err.message("en")
    assert re.search(r"[\u4e00-\u9fff]", zh) and "{" not in zh, zh
    stripped = en
    for value in err.params.values():
        stripped = stripped.replace(str(value), "")
    assert re.search(r"[A-Za-z]{3,}", stripped) and "{" not in stripped, en
    assert not re.search(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", stripped), en


# -- backup ---------------------------------------------------------------------------------


def test_backup_is_a_checked_self_contained_copy(station, farmer):
    """A backup holds the same orders, payments and receipts, passes integrity_check, needs
    no -wal beside it, is named after the station and the China time, and is recorded."""
    buy(station, farmer, 3)
    info = station.backups.backup()
    assert info.path.parent == station.path.parent / "backups"
    assert info.path.name == "servicepoint-GJ01-20261122-090000-manual.db.gz"
    assert (info.kind, info.created_at) == ("manual", "2026-11-22T09:00:00+08:00")
    assert info.size_bytes == info.path.stat().st_size > 0
    assert not Path(str(info.path) + "-wal").exists()
    assert info.path.read_bytes()[:2] == b"\x1f\x8b"  # gzip (backup_space.py)
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    inside = plain(info.path)
    assert inside.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    assert counts(info.path) == counts(station.path) == {"orders": 3, "payments": 3, "receipts": 3}
    conn = sqlite3.connect(f"file:{inside}?mode=ro", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    inside.unlink()
    row = station.records.one("SELECT * FROM backups")
    assert (row["path"], row["kind"], row["size_bytes"]) == (
        str(info.path),
        "manual",
        info.size_bytes,
    )
    assert station.backups.list() == [info] and station.backups.last_backup() == info


def test_backup_while_another_connection_writes(station, farmer):
    """A write transaction open in another connection does not stop the backup; the copy has
    the committed sales and not the uncommitted one.  Only the history row, which needs the
    write lock, is skipped when the lock stays taken past the busy timeout."""
    buy(station, farmer, 2)
    station.db.execute("PRAGMA busy_timeout = 50")  # do not wait the real 5 s for the lock
    other = sqlite3.connect(station.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings (key, value) VALUES ('uncommitted', '1')")
        info = station.backups.backup()
        other.execute("COMMIT")
    finally:
        other.close()
    assert station.backups.list() == [info]
    assert station.records.scalar("SELECT COUNT(*) FROM backups") == 0
    copy = sqlite3.connect(f"file:{plain(info.path)}?mode=ro", uri=True)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 2
    assert (
        copy.execute("SELECT COUNT(*) FROM settings WHERE key = 'uncommitted'").fetchone()[0] == 0
    )
    copy.close()


def test_backup_refused_inside_the_stations_own_transaction(station):
    """A backup taken mid-transaction on the station's connection would hold work that may
    still roll back: it is refused, clearly."""
    with pytest.raises(InvalidState) as info, station.records.atomic():
        station.db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
        station.backups.backup()
    assert info.value.code == "backup_in_transaction"
    readable(info.value)
    assert station.backups.list() == []


def test_backup_of_a_damaged_station_is_refused(station):
    """integrity_check runs first: a damaged station is not copied over good backups."""
    path, clock = station.path, station.clock
    station.close()
    damage_index(path)
    with Station.open(path, clock=clock) as damaged:
        with pytest.raises(IntegrityProblem) as info:
            damaged.backups.backup()
        assert info.value.code == "backup_source_damaged"
        readable(info.value)
        assert list(damaged.backups.folder().iterdir()) == []
        assert damaged.records.scalar("SELECT COUNT(*) FROM backups") == 0


def test_backup_to_a_usb_folder_or_a_named_file(station, tmp_path):
    """A backup goes to another folder or a named .db file; an existing file is never
    overwritten, and a folder that cannot be written to is a clear refusal."""
    usb = tmp_path / "usb"
    info = station.backups.backup(dest=usb)
    assert info.path.parent == usb and info.path.exists()
    named = station.backups.backup(dest=usb / "给县中心.db")
    assert named.path == usb / "给县中心.db" and counts(named.path)["orders"] == 0
    with pytest.raises(InvalidInput) as exists:
        station.backups.backup(dest=usb / "给县中心.db")
    assert exists.value.code == "backup_target_exists"
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(InvalidInput) as failed:
        station.backups.backup(dest=blocker / "sub")
    assert failed.value.code == "backup_write_failed"
    for err in (exists.value, failed.value):
        readable(err)
    assert station.records.scalar("SELECT COUNT(*) FROM backups") == 2
    assert station.backups.list() == []  # only the station's own folder is listed


def test_two_backups_in_one_second_are_two_files(station):
    """Backups made in the same second get distinct names, newest listed first."""
    first = station.backups.backup()
    second = station.backups.backup()
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert second.path.name.endswith("-manual-2.db.gz")
    assert station.backups.list() == [second, first]


def test_unknown_kind_is_refused(station):
    """Only the known kinds exist, so rotation knows what it may delete."""
    with pytest.raises(InvalidInput) as info:
        station.backups.backup(kind="weekly")
    assert info.value.code == "backup_kind_unknown"
    readable(info.value)


def test_leftover_temporary_copies_are_cleared(station):
    """A temporary copy left by a power cut an hour ago is removed by the next backup; one
    younger than that (a backup in progress) is not."""
    folder = station.backups.folder()
    stale = folder / ".servicepoint-GJ01-20261121-020000-daily.db.tmp"
    fresh = folder / ".servicepoint-GJ01-20261122-085959-manual.db.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"partial")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    station.backups.backup()
    assert not stale.exists() and fresh.exists()


def test_ensure_daily_once_per_china_day(station, clock):
    """The daily backup is made once per China date; a manual one does not count."""
    station.backups.backup()
    first = station.backups.ensure_daily()
    assert first is not None and first.kind == "daily"
    clock.advance(hours=14, minutes=59)  # 23:59 the same day
    assert station.backups.ensure_daily() is None
    clock.advance(minutes=2)  # 00:01 the next day
    second = station.backups.ensure_daily()
    assert second is not None and second.day == date(2026, 11, 23)
    assert station.backups.ensure_daily() is None
    assert [b.kind for b in station.backups.list()] == ["daily", "daily", "manual"]


def test_budget_drops_the_oldest_monthly_backups_first(station, clock, monkeypatch):
    """Over the disk budget, rotation deletes the oldest monthly backups first, then the
    oldest recent ones, never the newest or the operator's own; the panel's figures add up."""
    from servicepoint.core import backup_space

    manual = station.backups.backup()
    clock.set(datetime(2026, 1, 1, 2, 30, tzinfo=CHINA_TZ))
    for _ in range(120):
        station.backups.ensure_daily()
        clock.advance(days=1)
    before = station.backups.list()
    dailies = [b for b in before if b.kind == "daily"]
    assert len(dailies) == KEEP_DAYS + 3  # 14 days in April, and the ends of Jan–Mar
    size = max(b.size_bytes for b in before)
    limit = sum(b.size_bytes for b in before) - 2 * size  # room for all but two or three
    monkeypatch.setattr(backup_space, "budget", lambda _folder, _setting: limit)
    deleted = station.backups.rotate()
    after = station.backups.list()
    assert sum(b.size_bytes for b in after) <= limit
    oldest_monthly = sorted(dailies, key=lambda b: b.created_at)[: len(deleted)]
    assert sorted(deleted) == sorted(b.path for b in oldest_monthly)
    assert all(b.day.month in (1, 2, 3) for b in oldest_monthly)
    assert manual.path.exists() and after[0] == before[0]
    space = station.backups.space()
    assert (space.used_bytes, space.budget_bytes, space.count) == (
        sum(b.size_bytes for b in after),
        limit,
        len(after),
    )
    assert not space.over


def test_budget_setting_is_checked(station):
    """The budget is 0 (automatic) or 200 MB to 1 TB; anything else is refused."""
    from servicepoint.core import backup_space
    from servicepoint.core.errors import InvalidInput as Refused

    assert station.backups.budget() <= backup_space.DEFAULT_BUDGET_BYTES
    station.set_setting("backup_budget_bytes", 500 * 1024**2)
    assert station.backups.budget() == 500 * 1024**2
    for bad in (5, -1, True, "3G", 2 * 1024**4):
        with pytest.raises(Refused):
            station.set_setting("backup_budget_bytes", bad)


def test_rotation_over_400_days(station, clock):
    """After 400 nightly backups, the newest of each of the last 14 days and of each of the
    last 12 months are kept, nothing else daily; manual backups are never deleted."""
    manual = [station.backups.backup(), station.backups.backup(kind="before_restore")]
    clock.set(datetime(2026, 1, 1, 2, 30, tzinfo=CHINA_TZ))
    first_day = clock.now().date()
    for n in range(400):
        station.backups.ensure_daily()
        if n == 390:  # a second daily backup on one day: only the newest of it stays
            clock.advance(hours=1)
            station.backups.backup(kind="daily")
            clock.advance(hours=-1)
        clock.advance(days=1)
    last_day = first_day + timedelta(days=399)
    dailies = [b for b in station.backups.list() if b.kind == "daily"]
    kept_days = sorted(b.day for b in dailies)
    recent = {last_day - timedelta(days=n) for n in range(KEEP_DAYS)}
    monthly: set[date] = set()
    day = last_day
    while len({(d.year, d.month) for d in monthly}) < KEEP_MONTHS:
        monthly.add(day)  # the last backed-up day of the month
        day = day.replace(day=1) - timedelta(days=1)
    assert kept_days == sorted(recent | monthly)
    assert len(set(kept_days)) == len(kept_days)  # one per day
    assert KEEP_DAYS <= len(dailies) <= KEEP_DAYS + KEEP_MONTHS
    newest_of_390 = [b for b in dailies if b.day == first_day + timedelta(days=390)]
    assert [b.created_at[11:16] for b in newest_of_390] == ["03:30"]
    assert all(b.path.exists() for b in manual)
    assert station.backups.rotate() == []
    assert station.records.scalar("SELECT COUNT(*) FROM backups") == 403


def test_rotation_leaves_other_files_alone(station):
    """Files that are not this station's daily backups are never rotated away."""
    folder = station.backups.folder()
    strangers = [
        folder / "servicepoint-XY99-20200101-020000-daily.db",
        folder / "notes.txt",
        folder / "servicepoint-GJ01-20200101-020000-manual.db",
    ]
    for path in strangers:
        path.write_bytes(b"x")
    for _ in range(3):
        station.backups.backup(kind="daily")
    assert station.backups.rotate() == []
    assert len([b for b in station.backups.list() if b.kind == "daily"]) == 1
    assert all(p.exists() for p in strangers)


# -- restore ---------------------------------------------------------------------------------


def test_restore_round_trip(station, farmer, clock):
    """Sales after the backup are gone from the restored station and kept in the replaced
    file; the epoch goes up by one, epoch_base = acked_seq, the next pull is a full one,
    the invariants hold and the restore is in the audit log."""
    buy(station, farmer, 2)
    acked = station.records.scalar("SELECT MAX(seq) FROM outbox") - 1
    station.db.execute(
        "UPDATE sync_state SET acked_seq = ?, pull_cursor = 'c42' WHERE id = 1", (acked,)
    )
    station.db.conn.commit()
    manager = station.operator
    info = station.backups.backup()
    buy(station, farmer, 3)
    path = station.path
    before = counts(path)
    station.close()
    clock.advance(hours=1)

    result = restore(path.parent, info.path, clock=clock, operator_id=manager.id)

    assert result.restored_from == info.path and result.code == "GJ01" and result.epoch == 2
    assert result.kept_aside == path.parent / "replaced" / "station-20261122-100000.db"
    assert counts(result.kept_aside) == before == {"orders": 5, "payments": 5, "receipts": 5}
    assert counts(path) == {"orders": 2, "payments": 2, "receipts": 2}
    leftovers = {p.name for p in path.parent.iterdir()}
    assert leftovers == {"station.db", "backups", "replaced"}
    with Station.open(path, clock=clock) as again:
        assert again.identity.epoch == 2
        state = again.records.one("SELECT * FROM sync_state WHERE id = 1")
        assert state["epoch_base"] == state["acked_seq"] == acked
        assert state["pull_cursor"] is None
        assert again.check() == []
        entry = again.audit.entries(action="station_restored")[0]
        assert entry.operator_id == manager.id
        assert entry.detail["backup"] == info.path.name and entry.detail["epoch"] == 2
        again.act_as(manager)
        buy(again, farmer)  # the restored station takes sales again
        assert again.check() == []


def test_restore_can_be_undone_from_the_replaced_file(station, farmer, clock):
    """The kept-aside file is itself restorable: nothing the restore replaced is lost, and
    each restore takes a newer epoch."""
    info = station.backups.backup()
    buy(station, farmer, 2)
    path = station.path
    station.close()
    first = restore(path, info.path, clock=clock)
    clock.advance(seconds=1)
    second = restore(path, first.kept_aside, clock=clock)
    assert counts(path)["orders"] == 2
    assert second.epoch == 3
    assert second.kept_aside != first.kept_aside and second.kept_aside.exists()


def test_restore_onto_a_new_pc(station, farmer, tmp_path, clock):
    """A backup restores into an empty data folder (the old PC died): nothing to keep aside."""
    buy(station, farmer)
    info = station.backups.backup()
    station.close()
    result = restore(tmp_path / "new-pc", info.path, clock=clock)
    assert result.kept_aside is None and result.epoch == 2
    with Station.open(tmp_path / "new-pc", clock=clock) as moved:
        assert moved.code == "GJ01" and moved.check() == []


def test_restore_of_another_station_only_when_asked(station, tmp_path, clock):
    """Another station's backup is refused unless the caller says it is meant."""
    other_folder = tmp_path / "other"
    with Station.create(
        other_folder,
        code="GJ02",
        name="邻村服务站",
        village="邻村",
        township="城关镇",
        county="示范县",
        manager_name="李站长",
        manager_pin="4321",
        clock=clock,
    ) as other:
        other_backup = other.backups.backup().path
    path = station.path
    station.close()
    result = restore(path, other_backup, clock=clock, allow_other_station=True)
    assert result.code == "GJ02" and result.kept_aside is not None


def _not_a_station(tmp_path: Path, *_: object) -> Path:
    path = tmp_path / "address-book.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    return path


def _damaged(tmp_path: Path, station: Station, *_: object) -> Path:
    path = station.backups.backup(dest=tmp_path / "plain.db").path
    damage_index(path)
    return path


def _other_station(tmp_path: Path, station: Station, clock: ManualClock) -> Path:
    with Station.create(
        tmp_path / "other",
        code="GJ02",
        name="邻村服务站",
        village="邻村",
        township="城关镇",
        county="示范县",
        manager_name="李站长",
        manager_pin="4321",
        clock=clock,
    ) as other:
        return other.backups.backup().path


def _training(tmp_path: Path, station: Station, *_: object) -> Path:
    path = station.backups.backup(dest=tmp_path / "plain.db").path
    conn = sqlite3.connect(path)
    conn.execute("UPDATE station SET training = 1")
    conn.commit()
    conn.close()
    return path


def _newer(tmp_path: Path, station: Station, *_: object) -> Path:
    path = station.backups.backup(dest=tmp_path / "plain.db").path
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('servicepoint', '0099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    return path


def _text_file(tmp_path: Path, *_: object) -> Path:
    path = tmp_path / "收据.db"
    path.write_text("这不是数据库 / not a database", encoding="utf-8")
    return path


def _cut_short(tmp_path: Path, station: Station, *_: object) -> Path:
    """A compressed backup whose end is missing (a copy interrupted on the way)."""
    path = station.backups.backup().path
    cut = tmp_path / path.name
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return cut


def _empty_file(tmp_path: Path, *_: object) -> Path:
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("make", "exc", "code"),
    [
        pytest.param(
            lambda tmp, *_: tmp / "missing.db", NotFound, "backup_file_missing", id="missing"
        ),
        pytest.param(lambda tmp, *_: tmp, NotFound, "backup_file_missing", id="a-folder"),
        pytest.param(_text_file, InvalidInput, "backup_not_sqlite", id="text-file"),
        pytest.param(_empty_file, InvalidInput, "backup_not_sqlite", id="empty-file"),
        pytest.param(_not_a_station, InvalidInput, "backup_not_a_station", id="not-a-station"),
        pytest.param(_damaged, IntegrityProblem, "backup_damaged", id="damaged"),
        pytest.param(_cut_short, InvalidInput, "backup_unreadable", id="compressed-cut-short"),
        pytest.param(_other_station, InvalidInput, "backup_other_station", id="other-station"),
        pytest.param(_training, InvalidInput, "backup_training_mismatch", id="training"),
        pytest.param(_newer, InvalidInput, "backup_newer_version", id="newer-version"),
        pytest.param(lambda tmp, s, *_: s.path, InvalidInput, "restore_same_file", id="itself"),
    ],
)
def test_restore_refuses_bad_input_and_changes_nothing(
    station, farmer, tmp_path, clock, make, exc, code
):
    """Each bad backup is refused with a readable message; the station file is byte-identical
    and no file is added beside it."""
    buy(station, farmer)
    source = make(tmp_path, station, clock)
    path = station.path
    station.close()
    before, listing = digest(path), sorted(os.listdir(path.parent))
    with pytest.raises(ServicePointError) as info:
        restore(path.parent, source, clock=clock)
    assert type(info.value) is exc and info.value.code == code
    readable(info.value)
    assert digest(path) == before
    assert sorted(os.listdir(path.parent)) == listing
    with Station.open(path, clock=clock) as same:
        assert same.identity.epoch == 1 and counts(path)["orders"] == 1


def test_restore_refused_while_the_station_is_open(station, farmer, clock):
    """A station still open elsewhere would keep writing into the file moved aside: the
    restore is refused until it is closed, then goes ahead."""
    info = station.backups.backup()
    buy(station, farmer)
    path = station.path
    with pytest.raises(InvalidState) as refused:
        restore(path, info.path, clock=clock)
    assert refused.value.code == "station_in_use"
    readable(refused.value)
    assert not (path.parent / "replaced").exists()
    assert station.records.scalar("SELECT COUNT(*) FROM orders") == 1
    buy(station, farmer)  # the open station carries on as if nothing happened
    station.close()
    assert restore(path, info.path, clock=clock).epoch == 2
    assert counts(path)["orders"] == 0


def test_refused_restore_onto_a_new_pc_leaves_no_folder(tmp_path, clock):
    """A refused restore into a data folder that did not exist does not leave it behind."""
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(IntegrityProblem) as info:
        restore(tmp_path / "new-pc", junk, clock=clock)
    assert info.value.code == "backup_damaged"
    assert not (tmp_path / "new-pc").exists()


def test_restore_puts_the_current_file_back_when_it_fails(station, farmer, clock, monkeypatch):
    """A failure after the current file was moved aside puts it back, byte for byte."""
    info = station.backups.backup()
    buy(station, farmer)
    path = station.path
    station.close()
    before = digest(path)

    def broken(self, *args, **kwargs):
        raise OSError("disk pulled out")

    monkeypatch.setattr(AuditLog, "log", broken)
    with pytest.raises(OSError):
        restore(path, info.path, clock=clock)
    assert digest(path) == before
    assert list((path.parent / "replaced").iterdir()) == []
    assert sorted(os.listdir(path.parent)) == ["backups", "replaced", "station.db"]


def test_backups_service_on_the_station(station):
    """Station.backups is this module's Backups, kept in backups/ beside station.db."""
    assert isinstance(station.backups, Backups)
    assert station.backups.folder() == station.path.parent / "backups"
    assert station.backups.last_backup() is None
