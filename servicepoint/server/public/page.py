"""``GET /v/{payload}``: the page a phone opens from a receipt's QR code (issue 14).

No login.  The answer is the one receipt check of ``routes/verify.py`` (:func:`check`), under
the same limit per address; this module only turns it into words: 真 / 假 / 已作废 in large
type, and for a genuine receipt its service point, number, date and amount.  Nothing of the
farmer is on the page: the check itself never reads a farmer (``queries.verify_receipt``).

The page's links are relative (``static/check.css``, ``?lang=en``), so it works under a
public address with a path (``https://host/county/v/…`` behind a proxy).  It is never cached:
a receipt voided after one scan must read 已作废 at the next.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ...core.money import format_yuan
from ..deps import DbDep
from ..errors import ApiError
from ..routes.verify import check
from . import texts

log = logging.getLogger("servicepoint.server")

HERE = Path(__file__).resolve().parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
STATIC = HERE / "static"

router = APIRouter(include_in_schema=False)  # a page, not part of the API's map

#: Sent with every check page: never stored by a browser or a proxy, and the payload in the
#: address is not passed on to any other site.
HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def verdict(answer: dict[str, Any]) -> tuple[str, str]:
    """(verdict, note) of a check's answer: ``genuine``, ``forged`` or ``voided``, and the
    sentence that says why (keys of ``texts.TEXTS``)."""
    if not answer["valid"]:
        return "forged", str(answer.get("reason", "not_ours"))
    if answer.get("amount_fen") is None:
        return "genuine", "genuine_label"  # a trace label: the county keeps no record to match
    record = answer.get("record")
    if record and record.get("voided"):
        return "voided", "voided_note"
    return "genuine", "genuine_synced" if answer.get("synced") else "genuine_unsynced"


def _day(yyyymmdd: str, lang: str) -> str:
    y, m, d = yyyymmdd[:4], yyyymmdd[4:6], yyyymmdd[6:8]
    return f"{y}年{int(m)}月{int(d)}日" if lang == "zh" else f"{y}-{m}-{d}"


def details(answer: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(label key, value) rows a genuine or voided receipt shows; none for a forged one, whose
    station, date and amount are whatever the forger wrote."""
    if not answer["valid"]:
        return []
    rows = [
        ("station", f"{answer['station_name']}（{answer['station']}）"
         if lang == "zh" else f"{answer['station_name']} ({answer['station']})"),
        # a trace label's code has no amount (its QR stays the bare payload, but a scanner
        # app may still open it here)
        ("number" if answer.get("amount_fen") is not None else "trace", str(answer["number"])),
        ("date", _day(str(answer["day"]), lang)),
    ]  # fmt: skip
    if answer.get("amount_fen") is not None:
        rows.append(("amount", format_yuan(int(answer["amount_fen"]), symbol="¥")))
    return rows


@router.get("/v/{payload}", response_class=HTMLResponse)
def check_page(payload: str, request: Request, db: DbDep, lang: str | None = None) -> HTMLResponse:
    """The check page of one scanned payload, in Chinese (``?lang=en``: English)."""
    language = texts.lang_of(lang)
    words = texts.text(language)
    context: dict[str, Any] = {"t": words, "lang": language, "rows": []}
    try:
        answer = check(db, request, payload)
    except ApiError as error:
        if error.status != 429:
            raise
        log.info("GET /v/{payload} -> 429 rate_limited")
        context.update(
            verdict="busy", note=words["rate_limited"].format(**error.params), status=429
        )
        headers = {**HEADERS, **(error.headers or {})}
        return TEMPLATES.TemplateResponse(
            request, "check.html", context, status_code=429, headers=headers
        )
    kind, note = verdict(answer)
    context.update(verdict=kind, note=words[note], rows=details(answer, language))
    return TEMPLATES.TemplateResponse(request, "check.html", context, headers=HEADERS)
