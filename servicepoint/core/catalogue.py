"""The catalogue: county items with categories and commission rates, plus ad-hoc items.

The county owns categories, items, prices and rates (they arrive by sync pull, or by CSV import
run by the county technician).  An ad-hoc item — something the farmer saw on a platform — is
the station's own record: it syncs, and takes its category's default rate.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .csvfile import CsvRowError, read_csv
from .errors import InvalidInput, NotFound, PermissionDenied, ServicePointError
from .farmers import pinyin_keys
from .money import check_fen, check_rate_bp, parse_rate_percent, parse_yuan, unit
from .text import clean_code, clean_item_name, clean_link, clean_name

if TYPE_CHECKING:
    from .station import Station

DEFAULT_RATE_BP = 1000

#: The categories a new station starts with (issue 12 #5), each at the default rate: the first
#: day can file a platform item under something better than 其他 before the county's list
#: arrives.  Codes are the county's (the training catalogue uses the same ones); a county pull
#: or import then sets names and rates.  Names are stored as the county publishes them.
STANDARD_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("agri", "农资"),
    ("daily", "日用品"),
    ("food", "食品"),
    ("appliance", "家电"),
    ("clothing", "服装"),
    ("phone", "手机话费"),
    ("other", "其他"),
)


def seed_standard_categories(db: Any, stamp: str) -> None:
    """Give a station being created the standard categories (``Station.create`` only).

    An existing station is never seeded: once it has categories they are the county's (or its
    technician's), and a station that is enrolled takes them only from the county."""
    for code, name in STANDARD_CATEGORIES:
        db.execute(
            "INSERT OR IGNORE INTO categories (code, name, commission_bp, updated_at) "
            "VALUES (?, ?, ?, ?)",
            (code, name, DEFAULT_RATE_BP, stamp),
        )


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    commission_bp: int


@dataclass(frozen=True)
class Item:
    id: str
    sku: str | None
    barcode: str | None
    name: str
    category_code: str
    unit: str
    price_fen: int
    platform: str | None
    link_ref: str | None
    commission_bp: int  # effective: the item's own rate, else its category's
    source: str
    active: bool


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


_ITEM_SQL = """SELECT i.*, COALESCE(i.commission_bp, c.commission_bp) AS effective_bp
               FROM catalogue_items i JOIN categories c ON c.code = i.category_code"""


def _row_to_item(row: dict[str, Any]) -> Item:
    return Item(
        row["id"],
        row["sku"],
        row["barcode"],
        row["name"],
        row["category_code"],
        row["unit"],
        row["price_fen"],
        row["platform"],
        row["link_ref"],
        row["effective_bp"],
        row["source"],
        bool(row["active"]),
    )


class Catalogue:
    def __init__(self, station: Station) -> None:
        self._s = station

    # -- categories (county-owned) ------------------------------------------------------

    def set_category(self, code: str, name: str, commission_bp: int = DEFAULT_RATE_BP) -> Category:
        """Create or change a category; a county decision applied locally (manager only)."""
        self._s.require_manager()
        self._county_owns()
        clean_code_ = clean_code(code, "category_code", max_len=20)
        clean = clean_name(name, "category_name")
        check_rate_bp(commission_bp)
        assert clean_code_ is not None and clean is not None
        with self._s.records.atomic() as db:
            self._upsert_category(db, clean_code_, clean, commission_bp)
            self._s.audit.log(
                "category_set",
                "categories",
                clean_code_,
                detail={"name": clean, "commission_bp": commission_bp},
            )
        return self.category(clean_code_)

    def _county_owns(self) -> None:
        """Once enrolled, categories, rates and the catalogue come only from the county."""
        if self._s.records.scalar("SELECT token IS NOT NULL FROM sync_state WHERE id = 1"):
            raise PermissionDenied("county_owns_catalogue")

    def _upsert_category(self, db: Any, code: str, name: str, bp: int) -> None:
        self._s.records.wrote("categories")
        db.execute(
            "INSERT INTO categories (code, name, commission_bp, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "commission_bp = excluded.commission_bp, updated_at = excluded.updated_at",
            (code, name, bp, self._s.clock.stamp()),
        )

    def category(self, code: str) -> Category:
        row = self._s.records.one("SELECT * FROM categories WHERE code = ?", (code,))
        if row is None:
            raise NotFound("category_not_found", code=str(code)[:20])
        return Category(row["code"], row["name"], row["commission_bp"])

    def categories(self) -> list[Category]:
        return [
            Category(r["code"], r["name"], r["commission_bp"])
            for r in self._s.records.all("SELECT * FROM categories ORDER BY code")
        ]

    # -- items ----------------------------------------------------------------------------

    def get(self, item_id: str) -> Item:
        row = self._s.records.one(_ITEM_SQL + " WHERE i.id = ?", (item_id,))
        if row is None:
            raise NotFound("item_not_found", id=str(item_id)[:40])
        return _row_to_item(row)

    def by_barcode(self, barcode: str) -> Item:
        row = self._s.records.one(
            _ITEM_SQL + " WHERE i.barcode = ? AND i.active = 1", (str(barcode).strip(),)
        )
        if row is None:
            raise NotFound("item_not_found", id=str(barcode)[:40])
        return _row_to_item(row)

    def search(self, query: str = "", limit: int = 50, category: str | None = None) -> list[Item]:
        """Active county items by name, pinyin initials, SKU or barcode."""
        q = (query or "").strip()
        where = ["i.active = 1", "i.source = 'county'"]
        params: list[Any] = []
        if category:
            where.append("i.category_code = ?")
            params.append(category)
        if q:
            like = "%" + q.replace("%", "").replace("_", "") + "%"
            where.append("(i.name LIKE ? OR i.name_initials LIKE ? OR i.sku = ? OR i.barcode = ?)")
            params += [like, q.lower() + "%", q, q]
        rows = self._s.records.all(
            _ITEM_SQL + " WHERE " + " AND ".join(where) + " ORDER BY i.name LIMIT ?",
            (*params, limit),
        )
        return [_row_to_item(r) for r in rows]

    def count(self) -> int:
        return int(
            self._s.records.scalar("SELECT COUNT(*) FROM catalogue_items WHERE source = 'county'")
        )

    def add_adhoc(
        self,
        name: str,
        price_fen: int,
        *,
        platform: str | None = None,
        link_ref: str | None = None,
        category_code: str = "other",
        unit_code: str = "piece",
        barcode: str | None = None,
    ) -> Item:
        """An item the operator typed in from a platform; it takes the category's default rate.

        ``barcode``: a scanned code the catalogue did not know, so the next scan finds this
        item.  Allowed on an enrolled station too (the item is the station's own record); a
        code already on an active item is refused, or a scan would pick one of two at random."""
        self._s.require_operator()
        clean = clean_item_name(name)
        check_fen(price_fen)
        unit(unit_code)
        self.category(category_code)
        code = clean_code(barcode, "barcode", required=False)
        if code is not None:
            taken = self._s.records.one(
                "SELECT name FROM catalogue_items WHERE barcode = ? AND active = 1", (code,)
            )
            if taken is not None:
                raise InvalidInput("barcode_taken", barcode=code, name=taken["name"])
        now = self._s.clock.stamp()
        with self._s.records.atomic():
            row = self._s.records.insert(
                "catalogue_items",
                {
                    "sku": None,
                    "barcode": code,
                    "name": clean,
                    "name_initials": pinyin_keys(clean)[1][:40],
                    "category_code": category_code,
                    "unit": unit_code,
                    "price_fen": price_fen,
                    "platform": clean_name(platform, "platform", required=False),
                    "link_ref": clean_link(link_ref),
                    "commission_bp": None,
                    "source": "adhoc",
                    "active": 1,
                    "created_at": now,
                    "updated_at": now,
                },
            )
        return self.get(row["id"])

    def import_csv(self, source: Path | str | io.TextIOBase) -> ImportResult:
        """County catalogue CSV: ``sku,name,category,unit,price[,platform,barcode,rate,
        category_name,category_rate]`` (price in yuan, rates in percent).

        Every row is checked before anything is written; one bad row refuses the whole file
        with its row number, so a half-imported price list never reaches the counter.
        """
        self._s.require_manager()
        self._county_owns()
        rows = read_csv(source)
        if not rows:
            raise InvalidInput("csv_empty")
        categories: dict[str, tuple[str, int]] = {}
        items: list[dict[str, Any]] = []
        has_rate = "rate" in rows[0]
        known = {c.code for c in self.categories()}
        for number, raw in enumerate(rows, start=2):
            try:
                sku = clean_code(raw.get("sku"), "sku")
                name = clean_item_name(raw.get("name"))
                cat = clean_code(raw.get("category"), "category_code", max_len=20)
                assert sku is not None and cat is not None
                if raw.get("category_name"):
                    rate = (
                        parse_rate_percent(raw["category_rate"])
                        if raw.get("category_rate")
                        else DEFAULT_RATE_BP
                    )
                    cname = clean_name(raw["category_name"], "category_name")
                    assert cname is not None
                    categories[cat] = (cname, rate)
                elif cat not in known and cat not in categories:
                    raise NotFound("category_not_found", code=cat)
                unit_code = raw.get("unit") or "piece"
                unit(unit_code)
                items.append(
                    {
                        "sku": sku,
                        "name": name,
                        "name_initials": pinyin_keys(name)[1][:40],
                        "category_code": cat,
                        "unit": unit_code,
                        "price_fen": parse_yuan(raw.get("price", ""), allow_zero=True),
                        "platform": clean_name(raw.get("platform"), "platform", required=False),
                        "barcode": clean_code(raw.get("barcode"), "barcode", required=False),
                    }
                )
                # A file without a rate column leaves each item's own rate as it was; with the
                # column, an empty cell means "use the category's rate".
                if has_rate:
                    items[-1]["commission_bp"] = (
                        parse_rate_percent(raw["rate"]) if raw.get("rate") else None
                    )
            except ServicePointError as error:
                raise CsvRowError(
                    "csv_row",
                    row=number,
                    reason=error.message("zh_CN"),
                    reason_en=error.message("en"),
                ) from error
        added = updated = 0
        now = self._s.clock.stamp()
        with self._s.records.atomic() as db:
            self._s.records.wrote("catalogue_items")
            for code, (cname, rate) in categories.items():
                self._upsert_category(db, code, cname, rate)
            for item in items:
                existing = self._s.records.scalar(
                    "SELECT id FROM catalogue_items WHERE sku = ?", (item["sku"],)
                )
                if existing:
                    sets = ", ".join(f"{k} = ?" for k in item)
                    db.execute(
                        f"UPDATE catalogue_items SET {sets}, updated_at = ?, active = 1 "
                        "WHERE id = ?",
                        (*item.values(), now, existing),
                    )
                    updated += 1
                else:
                    item.setdefault("commission_bp", None)
                    db.execute(
                        "INSERT INTO catalogue_items (id, station, change_seq, source, active, "
                        "created_at, updated_at, " + ", ".join(item) + ") VALUES (?, NULL, NULL, "
                        "'county', 1, ?, ?, " + ", ".join("?" for _ in item) + ")",
                        (self._s.new_id(), now, now, *item.values()),
                    )
                    added += 1
            self._s.audit.log(
                "catalogue_imported",
                "catalogue_items",
                None,
                detail={"added": added, "updated": updated},
            )
        return ImportResult(added, updated)
