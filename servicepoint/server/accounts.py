"""County logins: users and their roles, password checks, sessions and the audit log.

Two roles: ``admin`` (管理员) may change county data and stations; ``viewer`` (查看) may
only read (every ``GET`` route but the audit log).  A session lasts ``SESSION_HOURS`` hours
from its login, whatever is done with it (an absolute limit: a county PC left logged in
overnight is logged out by morning), or until ``POST /v1/county/logout``.

A password check costs the same whether the user exists or not: an unknown name is checked
against a dummy hash of the same scrypt cost, so the answer's timing does not tell which
names exist.  The check runs outside any database transaction (``check_password`` on a row
read before), so a flood of logins holds neither the SQLite writer nor a database slot.

Every admin action writes one ``county_audit`` row in the same transaction as the action:
who, when, what (the route or command) and a short summary with no farmer's data in it.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, select

from ..core.errors import ServicePointError
from ..core.protocol import token_hash
from ..core.text import clean_name
from . import schema
from .errors import Refusal

T = TypeVar("T")
ROLES = ("admin", "viewer")
SESSION_HOURS = 8
#: Who the audit log names for an action typed at the server's console (``servicepoint
#: county …``), which has no login.
CONSOLE = "console"

_DUMMY_SALT = secrets.token_hex(16)


def _stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).isoformat(timespec="milliseconds")


def _pin_hash(salt: str, password: str) -> str:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=bytes.fromhex(salt), n=2**14, r=8, p=1
    ).hex()


_DUMMY_HASH = _pin_hash(_DUMMY_SALT, secrets.token_hex(16))


@dataclass(frozen=True)
class Login:
    """Who a session belongs to."""

    name: str
    role: str
    token_hash: str


def add_user(conn: Connection, name: str, password: str, role: str = "admin") -> None:
    """Add a county login, or reset its password and role (logging its sessions out)."""
    if role not in ROLES:
        raise Refusal("county_role_invalid", role=str(role)[:20])
    if len(password) < 8:
        raise Refusal("county_password_short")
    try:
        name = clean_name(name, "operator_name") or ""
    except ServicePointError as error:
        raise Refusal(error.code, **error.params) from error
    salt = secrets.token_hex(16)
    users = schema.county_users
    conn.execute(users.delete().where(users.c.name == name))
    # A reset password or role ends the sessions opened with the old one.
    sessions = schema.county_sessions
    conn.execute(sessions.delete().where(sessions.c.user_name == name))
    conn.execute(
        users.insert().values(
            name=name,
            salt=salt,
            pin_hash=_pin_hash(salt, password),
            role=role,
            created_at=_stamp(),
        )
    )
    audit(conn, CONSOLE, "add-user", f"{name} ({role})")


def find_user(conn: Connection, name: str) -> tuple[str, str, str] | None:
    """(name, salt, hash) of a user, for :func:`check_password` outside the transaction."""
    users = schema.county_users
    row = conn.execute(
        select(users.c.name, users.c.salt, users.c.pin_hash).where(users.c.name == str(name))
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def check_password(user: tuple[str, str, str] | None, password: str) -> bool:
    """The same scrypt work for a user that does not exist (a dummy hash) as for one that
    does, so the time taken does not tell them apart."""
    salt, expected = (user[1], user[2]) if user is not None else (_DUMMY_SALT, _DUMMY_HASH)
    matches = secrets.compare_digest(expected, _pin_hash(salt, str(password)))
    return matches and user is not None


def open_session(conn: Connection, name: str) -> str:
    """A new session for ``name`` (whose password was checked); returns its token."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    conn.execute(
        schema.county_sessions.insert().values(
            token_hash=token_hash(token),
            user_name=name,
            created_at=_stamp(now),
            expires_at=_stamp(now + timedelta(hours=SESSION_HOURS)),
        )
    )
    audit(conn, name, "login", "")
    return token


def login(conn: Connection, name: str, password: str) -> str:
    """Check and open a session in one go (for scripts and tests; the route checks the
    password outside the transaction)."""
    user = find_user(conn, name)
    if not check_password(user, password) or user is None:
        raise Refusal("county_login_failed")
    return open_session(conn, user[0])


def session_login(conn: Connection, token: str) -> Login | None:
    """The login of a live session, else None (unknown, expired or logged out)."""
    sessions, users = schema.county_sessions, schema.county_users
    digest = token_hash(token)
    row = conn.execute(
        select(sessions.c.user_name, sessions.c.expires_at, users.c.role)
        .join(users, users.c.name == sessions.c.user_name)
        .where(sessions.c.token_hash == digest)
    ).first()
    if row is None or row.expires_at < _stamp():
        return None
    return Login(str(row.user_name), str(row.role), digest)


def user_for_session(conn: Connection, token: str) -> str | None:
    found = session_login(conn, token)
    return None if found is None else found.name


def logout(conn: Connection, login: Login) -> None:
    conn.execute(
        delete(schema.county_sessions).where(
            schema.county_sessions.c.token_hash == login.token_hash
        )
    )
    audit(conn, login.name, "logout", "")


def audit(conn: Connection, user: str, action: str, summary: str) -> None:
    """One audit row, in the caller's transaction.  ``summary`` names what was acted on
    (a station code, a count) and never a farmer's data."""
    conn.execute(
        schema.county_audit.insert().values(
            at=_stamp(), user_name=str(user)[:60], action=action[:80], summary=summary[:200]
        )
    )


def audited(
    user: str, action: str, summary: Callable[[T], str], fn: Callable[[Connection], T]
) -> Callable[[Connection], T]:
    """``fn`` and its audit row, for one ``db.write`` transaction: both or neither."""

    def work(conn: Connection) -> T:
        result = fn(conn)
        audit(conn, user, action, summary(result))
        return result

    return work


def audit_entries(conn: Connection, limit: int = 200) -> list[dict[str, Any]]:
    """The newest audit rows first."""
    log = schema.county_audit
    rows = conn.execute(select(log).order_by(log.c.id.desc()).limit(limit))
    return [dict(row._mapping) for row in rows]
