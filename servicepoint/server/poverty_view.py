"""The poverty-alleviation page's figures (扶贫监测), arranged by township and village and by
month: the numbers themselves are ``poverty.figures``, ``poverty.registered_poor`` and
``poverty.watch_list``, only grouped here by where each station is (``stations.township``,
``stations.village``, set on the station page), so the page, its export and the JSON report
``/v1/county/reports/poverty`` agree to the fen.

Households are counted once per station within a row's own span: a village's row over the
whole period counts a household served in three months once, the month rows count it in each
month it was served; so the month rows' households do not add up to the period's, while the
money does (it is a flow).  The watch list shows what the county holds of a farmer and no more
(``core/county_view.py``): the name, the village group and the poverty-card number masked to
its last four characters (masked again here, so a row from before migration 0005 that still
holds a full number never reaches a page).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from ..core.county_view import mask_card
from . import poverty, schema

#: Figures per row of the page and the export, in their column order.
COLUMNS = (
    "households_served",
    "poor_households_served",
    "purchases_for_poor_fen",
    "payouts_to_poor_fen",
    "offsets_for_poor_fen",
    "income_to_poor_fen",
    "buyback_for_poor_fen",
    "buyback_premium_for_poor_fen",
)


def places(conn: Connection) -> dict[str, dict[str, str]]:
    """Every registered station's name, township and village ("" where not set)."""
    s = schema.stations
    rows = conn.execute(select(s.c.code, s.c.name, s.c.township, s.c.village))
    return {
        code: {"name": name or code, "township": township or "", "village": village or ""}
        for code, name, township, village in rows
    }


def months_between(start: date, end: date) -> list[str]:
    """``YYYY-MM`` of every month from ``start`` to ``end``, both included."""
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def report(
    conn: Connection,
    start: date,
    end: date,
    township: str = "",
    village: str = "",
    *,
    with_detail: bool = True,
) -> dict[str, Any]:
    """The page over ``start``..``end`` (of ``township``/``village`` when given): ``villages``
    (one row per township and village, with its stations and registered poor households),
    ``township_rows`` (the villages added up per township, with how many there are),
    ``months`` (one row per month of the period), ``detail`` (one row per station and month,
    for the export; empty unless ``with_detail``), ``total`` and the ``townships`` there
    are."""
    where = places(conn)

    def place(code: str) -> dict[str, str]:
        return where.get(code, {"name": code, "township": "", "village": ""})

    def kept(code: str) -> bool:
        p = place(code)
        return (not township or p["township"] == township) and (
            not village or p["village"] == village
        )

    first, last = start.isoformat(), end.isoformat()
    period_rows, month_rows = poverty.period_and_months(conn, first, last)
    period = [r for r in period_rows if kept(r["station"])]
    by_month = [r for r in month_rows if kept(r["station"])]
    registered = {k: v for k, v in poverty.registered_poor(conn).items() if kept(k)}

    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code in {*registered, *(r["station"] for r in period)}:
        key = (place(code)["township"], place(code)["village"])
        codes[key].add(code)
    for row in period:
        groups[(place(row["station"])["township"], place(row["station"])["village"])].append(row)
    villages = [
        {
            "township": key[0],
            "village": key[1],
            "stations": sorted(codes[key]),
            "registered_poor": sum(registered.get(c, 0) for c in codes[key]),
            **poverty.add_up(groups[key]),
        }
        for key in sorted(codes)
    ]
    months = [
        {"month": m, **poverty.add_up(r for r in by_month if r["month"] == m)}
        for m in months_between(start, end)
    ]
    detail = [
        {**place(r["station"]), "station": r["station"], **{k: r[k] for k in ("month", *COLUMNS)}}
        for r in (by_month if with_detail else ())
    ]
    detail.sort(key=lambda r: (r["township"], r["village"], r["station"], r["month"]))
    by_township: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in villages:
        by_township[str(row["township"])].append(row)
    townships = [
        {
            "township": name,
            "villages": len(rows),
            "registered_poor": sum(r["registered_poor"] for r in rows),
            **poverty.add_up(rows),
        }
        for name, rows in sorted(by_township.items())
    ]
    return {
        "villages": villages,
        "township_rows": townships,
        "months": months,
        "detail": detail,
        "total": {**poverty.add_up(period), "registered_poor": sum(registered.values())},
        "townships": sorted({p["township"] for p in where.values() if p["township"]}),
    }


def watch(
    conn: Connection,
    today: date,
    days: int = 90,
    township: str = "",
    chosen: tuple[str, str] | None = None,
) -> dict[str, Any]:
    """``poverty.watch_list`` by township and village: ``villages`` (township, village and
    ``count``, for villages with any), ``townships`` (township and ``count``), ``count``, and
    ``households`` of the ``chosen``
    (township, village) if given (else None).  A household row: station, village group,
    name, masked card, registered on, last income on (None: never).

    The villages are counted in SQL (``poverty.watch_counts``) and only the chosen one's
    households are read: a county holds tens of thousands of them."""
    where = places(conn)

    def place(code: str) -> tuple[str, str]:
        p = where.get(code, {"township": "", "village": ""})
        return p["township"], p["village"]

    counts: dict[tuple[str, str], int] = defaultdict(int)
    for code, n in poverty.watch_counts(conn, today, days).items():
        if not township or place(code)[0] == township:
            counts[place(code)] += n
    households = None
    if chosen is not None and chosen in counts:
        codes = [code for code in where if place(code) == chosen]
        households = [
            {**row, "poverty_card": mask_card(row["poverty_card"])}
            for row in poverty.watch_list(conn, today, days, stations=codes)
        ]
    villages = [{"township": k[0], "village": k[1], "count": counts[k]} for k in sorted(counts)]
    townships: dict[str, int] = defaultdict(int)
    for (name, _village), n in counts.items():
        townships[name] += n
    return {
        "villages": villages,
        "townships": [{"township": k, "count": townships[k]} for k in sorted(townships)],
        "count": sum(counts.values()),
        "households": households,
    }
