"""Catalogue: categories, county CSV import and updates, barcode lookup."""

from __future__ import annotations

import io

import pytest

from servicepoint.core.errors import InvalidInput


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
