"""The county schema: alembic migrations produce exactly schema.py on SQLite and PostgreSQL,
and the county knows every column the station syncs."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlite_utils import Database

from servicepoint.core.migrations import SYNCED, migrations
from servicepoint.server import schema
from servicepoint.server.entities import ENTITIES
from servicepoint.server.storage import Storage


def test_migrated_database_matches_schema_module(county_url):
    """Every table and column of schema.py exists after `alembic upgrade head`, and no more;
    a second open migrates nothing and keeps the server id."""
    storage = Storage.open(county_url)
    first_id = storage.server_id()
    found = inspect(storage.engine)
    tables = set(found.get_table_names()) - {"alembic_version"}
    assert tables == set(schema.metadata.tables)
    for name, table in schema.metadata.tables.items():
        columns = {c["name"]: c for c in found.get_columns(name)}
        assert set(columns) == {c.name for c in table.columns}, name
        for column in table.columns:
            assert columns[column.name]["nullable"] == (
                column.nullable and not column.primary_key
            ), (name, column.name)
    storage.close()
    again = Storage.open(county_url)
    assert again.server_id() == first_id
    again.close()


def test_county_knows_every_synced_station_column():
    """SPEC_V1 lists each synced table's columns with the station's type and nullability.
    When this fails, the station grew a column: add a server migration and extend the spec."""
    db = Database(memory=True)
    migrations.apply(db)
    assert set(ENTITIES) == set(SYNCED)
    for table in SYNCED:
        station_cols = {}
        for _cid, name, typ, notnull, _default, pk in db.execute(
            f"PRAGMA table_info({table})"
        ).fetchall():
            if name != "change_seq":
                station_cols[name] = (typ == "INTEGER", not (notnull or pk))
        county_cols = {n: (c.integer, c.nullable) for n, c in ENTITIES[table].items()}
        assert county_cols == station_cols, table
