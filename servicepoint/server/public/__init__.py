"""The county server's public pages: the receipt check a phone opens from a receipt's QR
code (``/v/{payload}``, issue 14), with no login.

``install`` adds the page and its stylesheet (served by the app itself from ``static/``, no
CDN) to the app.  The words are the package's own (``texts.py``), Chinese first."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .page import STATIC, router


def install(app: FastAPI) -> None:
    app.mount("/v/static", StaticFiles(directory=STATIC), name="public-static")
    app.include_router(router)
