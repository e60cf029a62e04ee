"""What every console page is made with: the templates, the signed-in user, the CSRF check
and the page answers for "log in first" and "refused".

A page module (``console/NAME.py``) has a ``router`` and ``NAV = NavEntry(path, "nav.NAME")``
and is listed once in ``console.PAGES``.  Its routes take :data:`PageLogin` (any county user;
a browser without a session is sent to ``/login``) or, for a form that changes something,
:data:`AdminAction` (an ``admin`` whose form carries the session's CSRF token; anyone else
gets 403 and nothing is written).  They read through ``db.read(fn, …)`` with a function of
the storage layer and answer with :func:`render`; an action writes with
``db.write(accounts.audited(user.name, action, summary, fn))`` (the change and its audit row
in one transaction) and answers with :func:`back` (303 to a page, with a notice).

Sessions are the county's own (``accounts.open_session``): the cookie holds the same token
the API's ``Authorization: Bearer`` takes, HttpOnly, SameSite=Lax, and Secure when the
console is served over TLS.  The CSRF token of a session is an HMAC of its token, so it is
per session, needs no storage, and tells nothing about the token.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote as quote

from fastapi import Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from ...core.errors import ServicePointError
from ...core.money import format_quantity, format_yuan
from ...core.protocol import CHINA_TZ
from .. import accounts
from ..deps import Db
from ..errors import ApiError, Refusal
from . import texts

T = TypeVar("T")

HERE = Path(__file__).parent
SESSION_COOKIE = "sp_console"
LANG_COOKIE = "sp_lang"
#: A login form's token, before there is a session (double submit: cookie and field agree).
LOGIN_CSRF_COOKIE = "sp_login_csrf"

templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.filters["yuan"] = lambda fen: format_yuan(int(fen or 0))


def china_time(stamp: str | None) -> str:
    """A stored stamp (any offset) as ``2026-12-04 09:30`` in China time; "" for none."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    if moment.tzinfo is None:
        return stamp[:16].replace("T", " ")
    return moment.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


templates.env.filters["china_time"] = china_time


@dataclass(frozen=True)
class NavEntry:
    """One item of the console's menu: where it goes and the text key of its label."""

    path: str
    key: str


@dataclass(frozen=True)
class ConsoleUser:
    """The county user a page is shown to."""

    name: str
    role: str
    token_hash: str
    csrf: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def login(self) -> accounts.Login:
        return accounts.Login(self.name, self.role, self.token_hash)


class LoginNeeded(Exception):
    """No live session: the browser goes to the login page and comes back after."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class PageRefused(Exception):
    """A page's "no", shown as a page with the message in the reader's language."""

    def __init__(self, status: int, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.status, self.key, self.params = status, key, params


def language(request: Request) -> str:
    """``zh`` unless the reader chose English (``/lang/en``)."""
    return "en" if request.cookies.get(LANG_COOKIE) == "en" else "zh"


def db_of(request: Request) -> Db:
    db: Db = request.app.state.db
    return db


def csrf_for(token: str) -> str:
    return hmac.new(token.encode("utf-8"), b"servicepoint console csrf", hashlib.sha256).hexdigest()


def secure(request: Request) -> bool:
    """Whether the console is served over TLS (the cookies are then Secure)."""
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str, age: int) -> None:
    response.set_cookie(
        name, value, max_age=age, httponly=True, samesite="lax", secure=secure(request), path="/"
    )


async def page_login(request: Request) -> ConsoleUser:
    """The signed-in county user (any role), else :class:`LoginNeeded`."""
    token = request.cookies.get(SESSION_COOKIE)
    found = (
        await run_in_threadpool(db_of(request).read_now, accounts.session_login, token)
        if token
        else None
    )
    if found is None or token is None:
        there = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginNeeded(there)
    return ConsoleUser(found.name, found.role, found.token_hash, csrf_for(token))


PageLogin = Annotated[ConsoleUser, Depends(page_login)]


def check_csrf(user: ConsoleUser, sent: str) -> None:
    if not secrets.compare_digest(user.csrf, str(sent)):
        raise PageRefused(403, "error.csrf")


async def admin_action(user: PageLogin, csrf: Annotated[str, Form()] = "") -> ConsoleUser:
    """An admin's form with the session's CSRF token; 403 otherwise, before anything is
    written."""
    check_csrf(user, csrf)
    if not user.is_admin:
        raise PageRefused(403, "error.admin_only")
    return user


AdminAction = Annotated[ConsoleUser, Depends(admin_action)]


async def any_action(user: PageLogin, csrf: Annotated[str, Form()] = "") -> ConsoleUser:
    """A form any signed-in user may send (logging out), with the session's CSRF token."""
    check_csrf(user, csrf)
    return user


AnyAction = Annotated[ConsoleUser, Depends(any_action)]


def render(
    request: Request,
    template: str,
    user: ConsoleUser | None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    """A page in the reader's language: ``t(key, **params)`` gives a text, ``user`` the
    signed-in user (None on the login page), ``nav`` the menu with the current entry,
    ``quantity(base, unit)`` a quantity in its unit; ``|yuan`` writes fen as yuan and
    ``|china_time`` a stored stamp in China time."""
    lang = language(request)
    nav = getattr(request.app.state, "console_nav", ())
    here = request.url.path
    current = max(
        (e.path for e in nav if here == e.path or (e.path != "/" and here.startswith(e.path))),
        key=len,
        default="",
    )

    def quantity(base: int, unit: str) -> str:
        try:
            return format_quantity(int(base), unit, english=lang == "en")
        except (ServicePointError, ValueError):
            return str(base)

    return templates.TemplateResponse(
        request,
        template,
        {
            "t": texts.translator(lang),
            "quantity": quantity,
            "lang": lang,
            "user": user,
            "nav": nav,
            "current": current,
            "notice": texts.notice(lang, request.query_params.get("done")),
            **context,
        },
        status_code=status,
    )


async def act(
    request: Request,
    user: ConsoleUser,
    action: str,
    summary: Callable[[T], str],
    fn: Callable[[Connection], T],
) -> T:
    """Run an admin's change ``fn(conn)`` and its audit row (``action``, ``summary(result)``,
    never a farmer's data) in one write transaction.  A refusal of the county's rules
    (``Refusal``/``ApiError``) writes nothing and is shown as a page in the reader's
    language (:class:`PageRefused`)."""
    work = accounts.audited(user.name, action, summary, fn)
    try:
        return await run_in_threadpool(db_of(request).write, work)
    except (Refusal, ApiError) as refusal:
        status = getattr(refusal, "status", 422)
        text = texts.message(language(request), refusal.code, refusal.params)
        raise PageRefused(status, "error.refusal", message=text) from refusal


async def read(request: Request, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn(conn, *args, **kwargs)`` of the storage layer, in the thread pool, through the
    server's gate (``deps.Db.read``)."""
    return await run_in_threadpool(db_of(request).read, fn, *args, **kwargs)


#: The longest period a page shows at once (a year, and a day for a leap year).
MAX_DAYS = 366


def period(day_from: str, day_to: str) -> tuple[date, date]:
    """The period of a page's ``?from=…&to=…`` (``YYYY-MM-DD``): this month up to today,
    China time, for what is not given; 422 ``error.bad_day`` for a malformed or reversed
    one, or one longer than :data:`MAX_DAYS`."""
    today = datetime.now(CHINA_TZ).date()
    if len(day_from) > 10 or len(day_to) > 10:
        raise PageRefused(422, "error.bad_day")
    try:
        start = date.fromisoformat(day_from) if day_from else today.replace(day=1)
        end = date.fromisoformat(day_to) if day_to else today
    except ValueError:
        raise PageRefused(422, "error.bad_day") from None
    if start > end or (end - start).days >= MAX_DAYS:
        raise PageRefused(422, "error.bad_day")
    return start, end


def back(path: str, done: str | None = None) -> RedirectResponse:
    """303 to a page after a form (so a reload does not send it again), with a notice key
    from ``texts`` the page shows once."""
    target = path if done is None else f"{path}{'&' if '?' in path else '?'}done={quote(done)}"
    return RedirectResponse(target, status_code=303)


def safe_next(path: str | None) -> str:
    """A path on this server to go to after logging in; anything else is ``/``."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path
