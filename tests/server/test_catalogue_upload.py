"""A catalogue CSV previewed before it is published: every row judged as the import judges
it, every bad row named with its reason, and nothing kept."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from servicepoint.server import schema
from servicepoint.server.catalogue_upload import preview_catalogue_csv

from .test_county_admin import CSV_HEADER, CSV_ROWS, post_csv

ROWS = (
    CSV_ROWS  # rows 2-4: a new category in row 2, used by rows 3 and 4
    + "F004,花生油,food,bottle,12.345,,,,,\n"  # row 5: three decimals
    + "F005,化肥,agri2,bag,120,,,,,\n"  # row 6: a category nobody made
    + "F001,五常大米 10kg,food,bag,92.00,京东,6901234567890,,,\n"  # row 7: F001 again
)


def digest(county) -> str:
    """Every row of the county-owned tables and the log stations pull, hashed."""
    h = hashlib.sha256()
    with county.storage.read() as conn:
        for table in (schema.categories, schema.county_items, schema.county_log):
            for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_preview_names_each_bad_row_and_keeps_nothing(county):
    post_csv(county, (CSV_HEADER + CSV_ROWS.splitlines(keepends=True)[0]).encode())  # F001
    before = digest(county)
    with county.storage.write() as conn:
        preview = preview_catalogue_csv(conn, CSV_HEADER + ROWS)
    assert digest(county) == before  # nothing kept, not even the good rows
    rows = {r["row"]: r for r in preview["rows"]}
    assert preview["ok"] is False
    assert {n: r.get("action") for n, r in rows.items()} == {
        2: "updated",  # F001 was published before
        3: "added",
        4: "added",
        5: None,
        6: None,
        7: "updated",
    }
    assert "12.345" in rows[5]["error"] and "12.345" in rows[5]["error_en"]
    assert "agri2" in rows[6]["error"] and "agri2" in rows[6]["error_en"]
    assert rows[6]["sku"] == "F005" and rows[6]["name"] == "化肥" and rows[6]["price"] == "120"
    # The same file is refused by the import at its first bad row; without the bad rows it
    # is kept, doing what the preview said.
    refused = post_csv(county, (CSV_HEADER + ROWS).encode())
    assert refused.status_code == 422 and refused.json()["params"]["row"] == 5
    assert digest(county) == before
    good = "".join(
        line for n, line in enumerate(ROWS.splitlines(keepends=True), start=2) if n not in (5, 6)
    )
    with county.storage.write() as conn:
        clean = preview_catalogue_csv(conn, CSV_HEADER + good)
    assert clean["ok"] is True and digest(county) == before
    kept = post_csv(county, (CSV_HEADER + good).encode())
    assert kept.status_code == 200, kept.text
    actions = [r["action"] for r in clean["rows"]]
    assert kept.json() == {"added": actions.count("added"), "updated": actions.count("updated")}
    with county.storage.read() as conn:
        price = conn.execute(
            select(schema.county_items.c.price_fen).where(schema.county_items.c.sku == "F001")
        ).scalar_one()
    assert price == 9200  # row 7 came after row 2 and won
