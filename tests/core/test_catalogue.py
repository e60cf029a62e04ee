"""Catalogue: categories, county CSV import and updates, barcode lookup."""

from __future__ import annotations

import io

import pytest

from servicepoint.core import Station
from servicepoint.core.catalogue import Category
from servicepoint.core.errors import InvalidInput
from servicepoint.core.sync_local import apply_pulled


def test_import_creates_categories_and_items(station):
    """A county CSV can carry categories with their rates, and items with their own rates."""
    result = station.catalogue.import_csv(
        io.StringIO(
            "sku,name,category,unit,price,barcode,rate,category_name,category_rate\n"
            "A1,电饭煲,home,piece,199.00,6901234567890,,家电,5\n"
            "A2,复合肥 50kg,agri,bag,120.00,,6,,\n"
        )
    )
    assert (result.added, result.updated) == (2, 0)
    assert station.catalogue.category("home").commission_bp == 500
    assert station.catalogue.by_barcode("6901234567890").commission_bp == 500
    assert station.catalogue.search("复合肥")[0].commission_bp == 600


def test_reimport_without_rate_column_keeps_item_rates(station):
    """A price update file without a rate column changes prices, not the items' own rates."""
    station.catalogue.import_csv(
        io.StringIO("sku,name,category,unit,price,rate\nA2,复合肥 50kg,agri,bag,120.00,6\n")
    )
    result = station.catalogue.import_csv(
        io.StringIO("sku,name,category,unit,price\nA2,复合肥 50kg,agri,bag,125.50\n")
    )
    assert (result.added, result.updated) == (0, 1)
    item = station.catalogue.search("复合肥")[0]
    assert (item.price_fen, item.commission_bp) == (12550, 600)
    station.catalogue.import_csv(
        io.StringIO("sku,name,category,unit,price,rate\nA2,复合肥 50kg,agri,bag,125.50,\n")
    )
    assert station.catalogue.search("复合肥")[0].commission_bp == 800  # back to 农资's rate


def test_unknown_category_refuses_whole_file(station):
    """A row naming a category that does not exist refuses the file, naming the row."""
    with pytest.raises(InvalidInput) as info:
        station.catalogue.import_csv(
            io.StringIO(
                "sku,name,category,unit,price\nB1,水桶,other,piece,15\nB2,电视,nosuch,piece,999\n"
            )
        )
    assert info.value.params["row"] == 3
    assert station.catalogue.count() == 0


STANDARD = [
    ("agri", "农资"),
    ("appliance", "家电"),
    ("clothing", "服装"),
    ("daily", "日用品"),
    ("food", "食品"),
    ("other", "其他"),
    ("phone", "手机话费"),
]


def _new_station(folder, clock):
    return Station.create(
        folder,
        code="GJ09",
        name="新服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name="李站长",
        manager_pin="2468",
        clock=clock,
    )


def test_a_new_station_starts_with_the_standard_categories(tmp_path, clock):
    """Issue 12 #5: a new station lists 农资, 日用品, 食品, 家电, 服装, 手机话费 and 其他 at 10 %,
    not just 其他, so the first platform item has somewhere sensible to go."""
    with _new_station(tmp_path / "new", clock) as s:
        cats = [(c.code, c.name, c.commission_bp) for c in s.catalogue.categories()]
    assert cats == [(code, name, 1000) for code, name in STANDARD]


def test_an_existing_station_keeps_its_own_categories(tmp_path, clock):
    """Opening a station made before the standard list (or given its list by the county)
    adds nothing: its categories stay exactly as they were."""
    with _new_station(tmp_path / "old", clock) as s:
        s.records.db.execute("DELETE FROM categories WHERE code NOT IN ('other', 'agri')")
        s.records.db.execute("UPDATE categories SET commission_bp = 800 WHERE code = 'agri'")
        s.records.db.conn.commit()
    with Station.open(tmp_path / "old", clock=clock) as s:
        cats = [(c.code, c.name, c.commission_bp) for c in s.catalogue.categories()]
    assert cats == [("agri", "农资", 800), ("other", "其他", 1000)]


def test_county_pull_updates_the_standard_categories(station):
    """The county's categories, pulled by sync, replace the starting names and rates."""
    stamp = "2026-11-22T10:00:00+08:00"
    changes = [("phone", "话费充值", 300), ("home", "家居", 600)]
    page = {
        "changes": [
            {
                "entity": "categories",
                "payload": {"code": c, "name": n, "commission_bp": bp, "updated_at": stamp},
            }
            for c, n, bp in changes
        ],
        "cursor": "c1",
    }
    assert apply_pulled(station, page) == 2
    assert station.catalogue.category("phone") == Category("phone", "话费充值", 300)
    assert station.catalogue.category("home").commission_bp == 600
    assert station.catalogue.category("food").commission_bp == 1000


def test_a_scanned_barcode_becomes_a_platform_item_the_next_scan_finds(station):
    """An unknown barcode added as the station's own item: a scan finds it; the same code
    again is refused with the item's name and writes nothing; an enrolled station may too."""
    item = station.catalogue.add_adhoc(
        "洗衣粉 500克", 850, category_code="daily", barcode="6920174736731"
    )
    found = station.catalogue.by_barcode("6920174736731")
    assert (found.id, found.source, found.commission_bp) == (item.id, "adhoc", 1000)
    before = station.records.scalar("SELECT COUNT(*) FROM catalogue_items")
    with pytest.raises(InvalidInput) as taken:
        station.catalogue.add_adhoc("别的商品", 100, barcode="6920174736731")
    assert taken.value.code == "barcode_taken"
    assert "洗衣粉 500克" in taken.value.message("zh_CN")
    assert station.records.scalar("SELECT COUNT(*) FROM catalogue_items") == before
    station.records.db.execute("UPDATE sync_state SET token = 't' WHERE id = 1")
    station.records.db.conn.commit()
    enrolled = station.catalogue.add_adhoc("肥皂", 350, barcode="6901234000017")
    assert station.catalogue.by_barcode("6901234000017").id == enrolled.id
