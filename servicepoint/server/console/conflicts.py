"""冲突: what the county found when records met (a receipt number issued twice after a
restore, a shared edit that lost), farmers' numbers masked as issue 13 requires; an
administrator notes how each was resolved (audited).  The list is
``queries.conflict_list``'s."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection

from ...core.messages import FIELDS
from .. import queries
from . import texts, web

router = APIRouter()
NAV = web.NavEntry("/conflicts", "nav.conflicts")

# fmt: off
texts.add(
    {
        "conflicts.title": ("同步冲突", "Sync conflicts"),
        "conflicts.open": ("未处理", "Open"),
        "conflicts.all": ("全部", "All"),
        "conflicts.station": ("服务站", "Station"),
        "conflicts.none": ("没有要处理的冲突。", "No conflicts to resolve."),
        "conflicts.record": ("记录", "Record"),
        "conflicts.field": ("字段", "Field"),
        "conflicts.kept": ("保留的值", "Kept"),
        "conflicts.lost": ("未采用的值", "Not kept"),
        "conflicts.at": ("发现时间", "Found"),
        "conflicts.resolution": ("处理", "Resolution"),
        "conflicts.note": ("处理说明", "How it was resolved"),
        "conflicts.resolve": ("标为已处理", "Mark resolved"),
        "conflicts.resolved_by": ("{who} 于 {at} 处理：{note}", "Resolved by {who} on {at}: {note}"),
        "conflicts.already": ("这条冲突已经处理过了（或不存在），什么也没有改。",
                              "This conflict is resolved already (or does not exist); nothing was changed."),
        "conflicts.viewer": ("只有管理员可以标为已处理。", "Only an administrator can mark it resolved."),
        "entity.farmers": ("农户", "farmer"),
        "entity.receipts": ("收据", "receipt"),
        "entity.consignment_batches": ("代销批次", "consignment batch"),
        "entity.orders": ("订单", "order"),
        "entity.catalogue_items": ("商品", "item"),
        "field.number": ("收据号", "receipt number"),
        "field.trace_code": ("追溯码", "trace code"),
        "done.resolved": ("已记下处理说明。", "The resolution is noted."),
    }
)
# fmt: on


@router.get("/conflicts", response_class=HTMLResponse)
async def conflict_list(
    request: Request,
    user: web.PageLogin,
    station: Annotated[str, Query()] = "",
    show: Annotated[str, Query()] = "open",
) -> HTMLResponse:
    rows = await web.read(request, queries.conflict_list, station or None, open_only=show != "all")
    lang = web.language(request)
    for row in rows:
        row["entity_text"] = _named(lang, "entity", row["entity"])
        row["field_text"] = _named(lang, "field", row["field"])
        row["kept_text"], row["lost_text"] = _shown(row["kept"]), _shown(row["lost"])
    return web.render(
        request, "conflicts.html", user, conflicts=rows, station=station.upper(), show=show
    )


def _named(lang: str, kind: str, name: str) -> str:
    """A record type or field in words: the console's own, else the field names the
    station's messages use (``core/messages.FIELDS``), else as stored."""
    key = f"{kind}.{name}"
    if key in texts.TEXTS:
        return texts.text(lang, key)
    pair = FIELDS.get(name)
    return (pair[1] if lang == "en" else pair[0]) if pair else name


def _shown(value: str | None) -> str:
    """A stored value (JSON text, already masked) as a reader sees it; "—" for none."""
    if value is None:
        return "—"
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return "—" if decoded is None else str(decoded)


@router.post("/conflicts/{conflict_id}/resolve")
async def resolve(
    request: Request,
    conflict_id: str,
    user: web.AdminAction,
    note: Annotated[str, Form()] = "",
    station: Annotated[str, Form()] = "",
) -> Response:
    station = station.strip()[:12]
    if not conflict_id.isdigit() or len(conflict_id) > 18:
        raise web.PageRefused(409, "conflicts.already")

    def work(conn: Connection) -> str:
        found = queries.resolve_conflict(conn, int(conflict_id), user.name, note)
        if found is None:
            raise web.PageRefused(409, "conflicts.already")
        return found

    await web.act(
        request,
        user,
        "POST /conflicts/{id}/resolve",
        lambda code: f"station {code[:12]}: conflict {conflict_id} resolved",
        work,
    )
    return web.back(
        f"/conflicts?station={station.upper()}" if station else "/conflicts", "resolved"
    )
