"""What the console's 商品与佣金率 page reads: the county's categories with their rates and
how many items each holds, its catalogue items (by category or a search), one item to edit,
and the notices it published.  Reads only; every change goes through ``county.py`` (the
same rules and the same pull log as the JSON API).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, or_, select

from . import schema, station_view

#: The most items the page lists at once (a search or a category narrows it).
ITEM_LIMIT = 500


def rate_text(rate_bp: int | None) -> str:
    """Basis points as a percentage without float: 1200 → ``12%``, 750 → ``7.5%``."""
    if rate_bp is None:
        return ""
    whole, part = divmod(int(rate_bp), 100)
    return f"{whole}%" if part == 0 else f"{whole}.{part:02d}".rstrip("0") + "%"


def categories(conn: Connection) -> list[dict[str, Any]]:
    """Every category by code, with ``items``: how many active items it holds."""
    cats, items = schema.categories, schema.county_items
    held = (
        select(items.c.category_code, func.count().label("n"))
        .where(items.c.active == 1)
        .group_by(items.c.category_code)
        .subquery()
    )
    query = (
        select(cats, func.coalesce(held.c.n, 0).label("items"))
        .outerjoin(held, held.c.category_code == cats.c.code)
        .order_by(cats.c.code)
    )
    return [dict(row._mapping) for row in conn.execute(query)]


def items(
    conn: Connection, category: str | None = None, search: str | None = None
) -> dict[str, Any]:
    """``rows``: items ordered by category and SKU, at most :data:`ITEM_LIMIT` (``total``
    says how many matched), of one category and/or matching ``search`` (name, pinyin
    initials, SKU or barcode)."""
    table = schema.county_items
    where = []
    if category:
        where.append(table.c.category_code == category)
    if search:
        like = f"%{search.strip()[:40]}%"
        where.append(
            or_(
                table.c.name.like(like),
                table.c.name_initials.like(like.lower()),
                table.c.sku == search.strip(),
                table.c.barcode == search.strip(),
            )
        )
    total = conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
    query = (
        select(table).where(*where).order_by(table.c.category_code, table.c.sku).limit(ITEM_LIMIT)
    )
    return {"rows": [dict(r._mapping) for r in conn.execute(query)], "total": int(total)}


def item(conn: Connection, sku: str) -> dict[str, Any] | None:
    """One item by SKU, to edit; None when there is none."""
    table = schema.county_items
    row = conn.execute(select(table).where(table.c.sku == sku.strip()[:40])).first()
    return None if row is None else dict(row._mapping)


def page(
    conn: Connection, category: str | None, search: str | None, sku: str | None
) -> dict[str, Any]:
    """Everything the page shows, in one read: categories, the items listed, the item being
    edited (``editing``), the notices, newest first, and the stations a notice may go to."""
    s = schema.stations
    return {
        "categories": categories(conn),
        "items": items(conn, category, search),
        "editing": item(conn, sku) if sku else None,
        "notices": station_view.notices(conn, limit=50),
        "stations": [
            dict(r._mapping) for r in conn.execute(select(s.c.code, s.c.name).order_by(s.c.code))
        ],
    }
