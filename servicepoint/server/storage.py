"""Opening the county database: SQLite by default, PostgreSQL by URL, migrated by alembic.

Writes to a SQLite file are serialised through one lock in this process (SQLite allows one
writer; queueing here is cheaper and fairer than letting threads spin on ``database is
locked``).  PostgreSQL takes concurrent writers; the per-device cursor row is locked with
``SELECT … FOR UPDATE`` in ``ingest.py``, so two pushes of one device still apply in order.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select

from . import schema

MIGRATIONS = Path(__file__).with_name("migrations")


def database_url(value: str | Path | None, folder: Path | None = None) -> str:
    """A URL as given, or a path to a SQLite file (default ``county.db`` in ``folder``)."""
    if value is None:
        assert folder is not None
        folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{folder / 'county.db'}"
    text = str(value)
    if "://" in text:
        if text.startswith("postgres://") or text.startswith("postgresql://"):
            return "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    return f"sqlite:///{Path(text)}"


class Storage:
    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        # hide_parameters: a database error's text (logged with its traceback) names the
        # statement but never the values, which can be a farmer's phone or ID number.
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                url, hide_parameters=True, connect_args={"timeout": 30, "check_same_thread": False}
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(
                url, pool_size=10, max_overflow=10, pool_pre_ping=True, hide_parameters=True
            )
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Storage:
        storage = cls(url)
        if migrate:
            storage.migrate()
        return storage

    def migrate(self) -> None:
        from alembic import command

        config = _alembic_config()
        with self.write() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            if (
                conn.execute(
                    select(schema.meta.c.value).where(schema.meta.c.key == "server_id")
                ).scalar()
                is None
            ):
                import uuid

                conn.execute(schema.meta.insert().values(key="server_id", value=str(uuid.uuid4())))

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (serialised on SQLite)."""
        if self.is_sqlite:
            with self._write_lock, self.engine.begin() as conn:
                yield conn
        else:
            with self.engine.begin() as conn:
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def server_id(self) -> str:
        with self.read() as conn:
            return str(
                conn.execute(
                    select(schema.meta.c.value).where(schema.meta.c.key == "server_id")
                ).scalar_one()
            )

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration's revision: what ``migrate`` brings a county database to."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head
