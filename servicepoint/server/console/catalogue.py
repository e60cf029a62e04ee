"""商品与佣金率: the county's categories with their commission rates, its catalogue items and
its notices, which every station pulls; an administrator changes a rate, adds or edits an
item, publishes a notice, and uploads a catalogue CSV.

An upload is only a preview at first: every row is shown with what it would do or, in
words, why it cannot be kept (``catalogue_upload.preview_catalogue_csv``, the import's own
checks in a savepoint that is rolled back).  Only a file with no bad row offers the publish
button; publishing imports the same text again (``county.import_catalogue_csv``: any bad row
and nothing is kept), with its audit row, in one transaction.  Every change goes through
``county.py``, so a station's pull carries it exactly as it carries the JSON API's.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from ...core import money
from .. import catalogue_upload, catalogue_view, county, transfer
from ..errors import ApiError, Refusal
from . import texts, web

router = APIRouter()
NAV = web.NavEntry("/catalogue", "nav.catalogue")

web.templates.env.filters["rate"] = catalogue_view.rate_text

# fmt: off
texts.add(
    {
        "catalogue.title": ("商品与佣金率", "Catalogue and rates"),
        "catalogue.pulled": ("这里的品类、佣金率、商品和通知由各服务站同步时取走。",
                             "Stations pull these categories, rates, items and notices when they sync."),
        "catalogue.categories": ("品类与佣金率", "Categories and rates"),
        "catalogue.code": ("编码", "Code"),
        "catalogue.name": ("名称", "Name"),
        "catalogue.rate": ("佣金率", "Commission rate"),
        "catalogue.rate_hint": ("百分比，0 到 50，如 8 或 7.5", "A percentage, 0 to 50, such as 8 or 7.5"),
        "catalogue.item_count": ("商品数", "Items"),
        "catalogue.save": ("保存", "Save"),
        "catalogue.no_categories": ("还没有品类。先加一个品类，或上传带品类的商品表。",
                                    "No categories yet. Add one, or upload a catalogue CSV that names them."),
        "catalogue.add_category": ("新增品类", "Add a category"),
        "catalogue.items": ("商品", "Items"),
        "catalogue.search": ("搜索（名称、拼音首字母、货号或条码）", "Search (name, pinyin initials, SKU or barcode)"),
        "catalogue.all_categories": ("全部品类", "All categories"),
        "catalogue.category": ("品类", "Category"),
        "catalogue.filter": ("筛选", "Filter"),
        "catalogue.sku": ("货号", "SKU"),
        "catalogue.unit": ("单位", "Unit"),
        "catalogue.price": ("价格（元）", "Price (yuan)"),
        "catalogue.barcode": ("条码", "Barcode"),
        "catalogue.platform": ("平台", "Platform"),
        "catalogue.item_rate": ("商品佣金率", "Item rate"),
        "catalogue.item_rate_hint": ("商品佣金率空着就用品类的佣金率", "Leave the item rate empty to use the category's rate"),
        "catalogue.item_rate_note": ("商品佣金率空着就用品类的佣金率；表中灰色的是品类的佣金率。",
                                     "Leave the item rate empty to use the category's rate; a grey rate "
                                     "in the table is the category's."),
        "catalogue.active": ("在售", "On sale"),
        "catalogue.edit": ("修改", "Edit"),
        "catalogue.shown": ("共 {total} 个商品，显示前 {shown} 个。", "{total} items; the first {shown} are shown."),
        "catalogue.no_items": ("没有符合的商品。", "No items match."),
        "catalogue.add_item": ("新增商品", "Add an item"),
        "catalogue.edit_item": ("修改商品 {sku}", "Edit item {sku}"),
        "catalogue.save_item": ("保存商品", "Save item"),
        "catalogue.new_item": ("改为新增商品", "Add a new item instead"),
        "catalogue.upload": ("上传商品表（CSV）", "Upload a catalogue (CSV)"),
        "catalogue.upload_hint": ("列：sku,name,category,unit,price,platform,barcode,rate,category_name,"
                                  "category_rate。Excel 存的 UTF-8 或 GBK（GB18030）都可以。上传后先预览，"
                                  "确认无误再发布。",
                                  "Columns: sku,name,category,unit,price,platform,barcode,rate,category_name,"
                                  "category_rate. UTF-8 or GBK (GB18030) as Excel saves them. An upload is "
                                  "previewed first; nothing is published until you confirm."),
        "catalogue.file": ("文件", "File"),
        "catalogue.preview_button": ("预览", "Preview"),
        "catalogue.preview": ("预览：{file}", "Preview: {file}"),
        "catalogue.row": ("行", "Row"),
        "catalogue.result": ("结果", "Result"),
        "catalogue.added": ("新增", "add"),
        "catalogue.updated": ("更新", "update"),
        "catalogue.preview_ok": ("{n} 行都没有问题：新增 {added} 个，更新 {updated} 个。还没有发布。",
                                 "All {n} rows are good: {added} to add, {updated} to update. Nothing is published yet."),
        "catalogue.preview_bad": ("{n} 行中有 {bad} 行有错（见下表）。整个文件不会发布；改好后重新上传。",
                                  "{bad} of {n} rows have errors (see below). The file will not be published; "
                                  "correct it and upload it again."),
        "catalogue.unreadable": ("这个文件不能读：{message}", "This file cannot be read: {message}"),
        "catalogue.publish": ("发布到所有服务站", "Publish to every station"),
        "catalogue.upload_again": ("重新上传", "Upload again"),
        "catalogue.notices": ("通知", "Notices"),
        "catalogue.notice_title": ("标题", "Title"),
        "catalogue.notice_body": ("内容", "Text"),
        "catalogue.notice_at": ("发布时间", "Published"),
        "catalogue.notice_all": ("服务站同步时取到通知。", "A station gets a notice when it syncs."),
        "catalogue.notice_to": ("发给", "To"),
        "catalogue.every_station": ("所有服务站", "every station"),
        "catalogue.publish_notice": ("发布通知", "Publish notice"),
        "catalogue.no_notices": ("还没有发过通知。", "No notices have been published."),
        "catalogue.viewer": ("只有管理员可以修改佣金率、商品和通知，或上传商品表。",
                             "Only an administrator can change rates, items and notices, or upload a catalogue."),
        "done.category": ("品类已保存，服务站下次同步时取到。", "The category is saved; stations get it when they sync."),
        "done.item": ("商品已保存，服务站下次同步时取到。", "The item is saved; stations get it when they sync."),
        "done.catalogue": ("商品表已发布，服务站下次同步时取到。",
                           "The catalogue is published; stations get it when they sync."),
        "done.notice": ("通知已发布，服务站下次同步时取到。", "The notice is published; stations get it when they sync."),
    }
)
# fmt: on


def _unit_choices(lang: str) -> list[tuple[str, str]]:
    return [(code, u.en if lang == "en" else u.zh) for code, u in money.UNITS.items()]


async def _show(
    request: Request, user: web.ConsoleUser, status: int = 200, **context: Any
) -> HTMLResponse:
    """The page; ``context`` may carry an upload's ``preview``."""
    params = request.query_params
    category = params.get("category", "").strip()[:20]
    search = params.get("q", "").strip()[:40]
    sku = params.get("sku", "").strip()[:40]
    units = _unit_choices(web.language(request))
    found = await web.read(request, catalogue_view.page, category or None, search or None, sku)
    return web.render(
        request,
        "catalogue.html",
        user,
        status,
        category=category,
        search=search,
        units=units,
        unit_names=dict(units),
        limit=catalogue_view.ITEM_LIMIT,
        category_rates={c["code"]: c["commission_bp"] for c in found["categories"]},
        **found,
        **context,
    )


@router.get("/catalogue", response_class=HTMLResponse)
async def catalogue_page(
    request: Request,
    user: web.PageLogin,
    category: Annotated[str, Query(max_length=20)] = "",
    q: Annotated[str, Query(max_length=40)] = "",
    sku: Annotated[str, Query(max_length=40)] = "",
) -> HTMLResponse:
    return await _show(request, user)


def _rate(text: str) -> int:
    return int(county._clean(money.parse_rate_percent, text.strip()))


@router.post("/catalogue/categories")
async def save_category(
    request: Request,
    user: web.AdminAction,
    code: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    rate: Annotated[str, Form()] = "",
) -> Response:
    await web.act(
        request,
        user,
        "POST /catalogue/categories",
        lambda row: f"category {row['code']}: {row['commission_bp']} bp",
        lambda conn: county.set_category(conn, code, name, _rate(rate)),
    )
    return web.back("/catalogue", "category")


@router.post("/catalogue/items")
async def save_item(
    request: Request,
    user: web.AdminAction,
    sku: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    category: Annotated[str, Form()] = "",
    unit: Annotated[str, Form()] = "piece",
    price: Annotated[str, Form()] = "",
    barcode: Annotated[str, Form()] = "",
    platform: Annotated[str, Form()] = "",
    rate: Annotated[str, Form()] = "",
    active: Annotated[str, Form()] = "",
) -> Response:
    def work(conn: Connection) -> dict[str, Any]:
        # What the form does not show (the shop link) stays as it is.
        before = catalogue_view.item(conn, sku) or {}
        return county.set_item(
            conn,
            {
                "sku": sku,
                "name": name,
                "category": category,
                "unit": unit,
                "price_fen": county._clean(money.parse_yuan, price, allow_zero=True),
                "barcode": barcode or None,
                "platform": platform or None,
                "link_ref": before.get("link_ref"),
                "commission_bp": _rate(rate) if rate.strip() else None,
                "active": bool(active),
            },
        )

    row = await web.act(
        request,
        user,
        "POST /catalogue/items",
        lambda row: f"item {row['sku']}: {row['price_fen']} fen",
        work,
    )
    return web.back(f"/catalogue?sku={web.quote(row['sku'])}", "item")


@router.post("/catalogue/upload", response_class=HTMLResponse)
async def upload(request: Request, user: web.AdminAction, file: UploadFile) -> HTMLResponse:
    """The preview of an uploaded CSV: nothing is kept, whatever the file holds."""
    limit = web.db_of(request).config.max_body
    body = await file.read(limit + 1)
    name = (file.filename or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1][:80]
    lang = web.language(request)
    try:
        if len(body) > limit:
            raise ApiError(413, "batch_too_large")
        text = transfer.csv_text(body)
        preview = await run_in_threadpool(
            web.db_of(request).write, catalogue_upload.preview_catalogue_csv, text
        )
    except (Refusal, ApiError) as refusal:
        message = texts.message(lang, refusal.code, refusal.params)
        return await _show(request, user, 422, upload_error=message, file_name=name)
    rows = preview["rows"]
    counts = {
        "n": len(rows),
        "bad": sum(1 for r in rows if "error" in r),
        "added": sum(1 for r in rows if r.get("action") == "added"),
        "updated": sum(1 for r in rows if r.get("action") == "updated"),
    }
    return await _show(
        request,
        user,
        200 if preview["ok"] else 422,
        preview=preview,
        counts=counts,
        file_name=name,
        csv_text=text if preview["ok"] else None,
    )


@router.post("/catalogue/publish")
async def publish(
    request: Request, user: web.AdminAction, csv: Annotated[str, Form()] = ""
) -> Response:
    """The previewed file, imported: every row again checked, and any bad row keeps none."""
    await web.act(
        request,
        user,
        "POST /catalogue/publish",
        lambda c: f"catalogue: {c['added']} added, {c['updated']} updated",
        lambda conn: county.import_catalogue_csv(conn, csv),
    )
    return web.back("/catalogue", "catalogue")


@router.post("/catalogue/notices")
async def publish_notice(
    request: Request,
    user: web.AdminAction,
    title: Annotated[str, Form()] = "",
    body: Annotated[str, Form()] = "",
    station: Annotated[str, Form(max_length=12)] = "",
) -> Response:
    """A notice to every station, or to the one chosen (only its pull carries it)."""
    await web.act(
        request,
        user,
        "POST /catalogue/notices",
        lambda n: f"notice {n['id']} to {n['station'] or 'every station'}",
        lambda conn: county.add_notice(conn, title, body, station=station.strip() or None),
    )
    return web.back("/catalogue", "notice")
