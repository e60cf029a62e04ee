"""Logging in and out of the console, and the language switch.

The password check is the API's own (``deps.check_password_login``): the same locks per
name and address, the same rate limit, the same time whether the name exists or not.  A
login opens a county session (``accounts.open_session``, audited) whose token goes into an
HttpOnly cookie.  The login form is guarded by a token in a cookie and a field that must
agree (there is no session yet to tie it to).
"""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from .. import accounts
from ..deps import check_password_login
from ..errors import ApiError
from . import texts, web

router = APIRouter()
NAV = None  # no menu entry: the login page and the switches are reached from every page

LOGIN_FORM_AGE = 2 * 3600


def _login_page(
    request: Request, status: int = 200, error: str | None = None, name: str = ""
) -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    response = web.render(
        request,
        "login.html",
        None,
        status,
        form_csrf=token,
        error=error,
        name=name,
        next=web.safe_next(request.query_params.get("next")),
    )
    web.set_cookie(response, request, web.LOGIN_CSRF_COOKIE, token, LOGIN_FORM_AGE)
    return response


@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request)


@router.post("/login")
async def login(
    request: Request,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    # Caps well above any real name or password (as the API's LoginRequest): a longer one
    # is a failed login, and scrypt's input stays small.
    name, password = name[:200], password[:1000]
    expected = request.cookies.get(web.LOGIN_CSRF_COOKIE) or ""
    if not expected or not secrets.compare_digest(expected, csrf):
        raise web.PageRefused(403, "error.csrf")
    db = web.db_of(request)
    lang = web.language(request)
    try:
        user = await check_password_login(db, request, name, password)
    except ApiError as refusal:
        response = _login_page(
            request, refusal.status, texts.message(lang, refusal.code, refusal.params), name
        )
        for header, value in (refusal.headers or {}).items():
            response.headers[header] = value
        return response
    token = await run_in_threadpool(db.write, accounts.open_session, user)
    done = RedirectResponse(web.safe_next(next), status_code=303)
    web.set_cookie(done, request, web.SESSION_COOKIE, token, accounts.SESSION_HOURS * 3600)
    done.delete_cookie(web.LOGIN_CSRF_COOKIE, path="/")
    return done


@router.post("/logout")
async def logout(request: Request, user: web.AnyAction) -> Response:
    await run_in_threadpool(web.db_of(request).write, accounts.logout, user.login)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(web.SESSION_COOKIE, path="/")
    return response


@router.get("/lang/{code}")
def switch_language(code: str, request: Request) -> Response:
    """Chinese (``zh``) or English (``en``) from now on, back on the page it was chosen on."""
    back = request.headers.get("referer") or "/"
    host = f"{request.url.scheme}://{request.url.netloc}"
    path = back[len(host) :] if back.startswith(host) else "/"
    response = RedirectResponse(web.safe_next(path), status_code=303)
    lang = "en" if code == "en" else "zh"
    web.set_cookie(response, request, web.LANG_COOKIE, lang, 365 * 24 * 3600)
    return response
