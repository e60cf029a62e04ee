"""The county centre's web console (县级运营中心): server-rendered pages at ``/``, the JSON
API staying under ``/v1/``.

A page is one module here with a ``router`` and a ``NAV`` entry (``web.NavEntry``, or None
for no menu item), listed once in :data:`PAGES`; the menu is built from that list in its
order.  Templates live in ``templates/``, the stylesheet in ``static/`` (served by the app
itself: no CDN, no build step).  What a page module uses:

- ``web.PageLogin`` (any county user; no session: to ``/login`` and back) and
  ``web.AdminAction`` (an admin whose form carries the session's CSRF token; else 403,
  nothing written) as route parameters;
- ``await web.read(request, fn, *args)``: a storage-layer function ``fn(conn, …)``;
- ``await web.act(request, user, action, summary, fn)``: a change and its audit row in one
  transaction (a county refusal becomes a page in words);
- ``web.render(request, "page.html", user, **context)`` and ``web.back(path, done_key)``;
  ``web.period(from, to)`` for a page over days; ``raise web.PageRefused(status, key)``;
- ``texts.add({key: (zh, en)})`` for the page's own texts; ``charts.bars`` for an SVG chart;
- in templates: ``t(key, **params)``, ``|yuan``, ``|china_time``, ``quantity(base, unit)``
  and ``{% import "_macros.html" as m with context %}`` (``m.csrf()``, ``m.money(fen)``,
  ``m.period(action, start, end)``, ``m.empty(key)``).
"""

from __future__ import annotations

import contextlib

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from . import (
    auth,
    buyback,
    catalogue,
    commission,
    conflicts,
    overview,
    parcels,
    poverty,
    station,
    web,
)

PAGES = (auth, overview, station, commission, buyback, poverty, parcels, catalogue, conflicts)
NAV: tuple[web.NavEntry, ...] = tuple(page.NAV for page in PAGES if page.NAV is not None)

router = APIRouter(include_in_schema=False)
for _page in PAGES:
    router.include_router(_page.router)


async def _login_needed(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, web.LoginNeeded)
    return RedirectResponse(f"/login?next={web.quote(exc.path)}", status_code=303)


async def _refused(request: Request, exc: Exception) -> HTMLResponse:
    assert isinstance(exc, web.PageRefused)
    user = None
    with contextlib.suppress(web.LoginNeeded):
        user = await web.page_login(request)
    return web.render(
        request, "refused.html", user, exc.status, message_key=exc.key, params=exc.params
    )


def install(app: FastAPI) -> None:
    """Add the console to the county server: its pages, its stylesheet, its menu and the
    answers for "log in first" and "refused"."""
    app.state.console_nav = NAV
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(web.HERE / "static")), name="console-static")
    app.add_exception_handler(web.LoginNeeded, _login_needed)
    app.add_exception_handler(web.PageRefused, _refused)
