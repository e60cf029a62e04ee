"""The county centre's web console (县级运营中心): server-rendered pages at ``/``, the JSON
API staying under ``/v1/``.

A page is one module here with a ``router`` and a ``NAV`` entry (``web.NavEntry``, or None
for no menu item), listed once in :data:`PAGES`; the menu is built from that list in its
order.  ``web.py`` holds what every page uses (templates, the signed-in user, CSRF, refusals),
``texts.py`` every text in Chinese and English.  Templates live in ``templates/``, the
stylesheet in ``static/`` (served by the app itself: no CDN, no build step).
"""

from __future__ import annotations

import contextlib

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from . import auth, conflicts, overview, station, web

PAGES = (auth, overview, station, conflicts)
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
