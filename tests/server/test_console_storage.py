"""What the console stands on in the county database: migration 0006 on a county database
from before it (stations' place and sync facts, conflicts' resolution, the index for today's
changes), `county add-station --township/--village`, and the quiet-station rule at its day
boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from servicepoint.cli import main
from servicepoint.server import schema, station_health
from servicepoint.server.storage import MIGRATIONS, Storage, database_url, head_revision

NEW = {
    "stations": {
        "township",
        "village",
        "last_sync_at",
        "last_failure",
        "last_failure_at",
        "app_version",
    },
    "conflicts": {"resolved_at", "resolved_by", "resolution_note"},
}


def _alembic(storage: Storage, action, target: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with storage.write() as conn:
        config.attributes["connection"] = conn
        action(config, target)


def _columns(storage: Storage) -> dict[str, set[str]]:
    found = sa.inspect(storage.engine)
    return {table: {c["name"] for c in found.get_columns(table)} for table in NEW}


def test_0006_upgrades_a_county_from_before_it(county_url):
    storage = Storage.open(county_url)
    _alembic(storage, command.downgrade, "0005_farmer_privacy")
    assert all(not (cols & NEW[t]) for t, cols in _columns(storage).items())
    with storage.write() as conn:  # a station and a conflict as a 0005 county holds them
        conn.execute(
            text(
                "INSERT INTO stations (code, name, active, created_at) "
                "VALUES ('GJ01', '甘界村服务站', 1, '2026-11-01T00:00:00.000+00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO conflicts (station, entity, record_id, field, created_at) VALUES "
                "('GJ01', 'receipts', 'r1', 'number', '2026-11-02T00:00:00.000+00:00')"
            )
        )
    storage.close()
    storage = Storage.open(county_url)  # migrates to head, as any county command does
    with storage.read() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        row = conn.execute(select(schema.stations)).one()._mapping
        conflict = conn.execute(select(schema.conflicts)).one()._mapping
    assert version == head_revision()
    assert all(NEW[t] <= cols for t, cols in _columns(storage).items())
    assert row["name"] == "甘界村服务站" and row["township"] is None and row["last_sync_at"] is None
    assert conflict["resolved_at"] is None  # an old conflict is open
    indexes = {
        i["name"]: i["column_names"] for i in sa.inspect(storage.engine).get_indexes("changes")
    }
    assert indexes["changes_received"] == ["received_at", "station"]
    with storage.read() as conn:
        data = station_health.overview(conn)
    assert [(s["code"], s["open_conflicts"]) for s in data["stations"]] == [("GJ01", 1)]
    storage.close()


def test_add_station_sets_the_place(tmp_path, capsys):
    db = database_url(tmp_path / "county.db")
    args = ["county", "add-station", "GJ07", "--name", "七村服务站", "--db", db]
    assert main([*args, "--township", "河西乡", "--village", "七村"]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert len(code.split("-")) == 5
    assert main(args) == 0  # a new code later keeps the place
    storage = Storage.open(db)
    with storage.read() as conn:
        place = conn.execute(select(schema.stations.c.township, schema.stations.c.village)).one()
    assert tuple(place) == ("河西乡", "七村")
    storage.close()
    assert main([*args, "--township", "DROP TABLE stations;--"]) == 2
    assert "乡镇" in capsys.readouterr().err


def test_quiet_starts_at_one_day_and_is_red_at_two():
    now = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)

    def ago(**kw: float) -> str:
        return (now - timedelta(**kw)).isoformat(timespec="milliseconds")

    assert station_health.health(ago(hours=23, minutes=59), True, now) == "ok"
    assert station_health.health(ago(days=1), True, now) == "amber"
    assert station_health.health(ago(days=1, hours=23), True, now) == "amber"
    assert station_health.health(ago(days=2), True, now) == "red"
    assert station_health.health(None, True, now) == "never"
    assert station_health.health(None, False, now) == "new"
