"""The county's buy-back price lists as this station holds them (收购价目).

County-owned reference data, like the catalogue: a pull replaces them (``replace``) and the
operator never edits them.  A station buys only at a line valid on the day of the purchase
(``line_for``); the rules and sums of a line live in ``buyback_rules`` (shared with the county).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .buyback_rules import PriceLine, check_no_overlap, check_price_line, price_line_row
from .errors import InvalidInput, NotFound, ServicePointError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .station import Station

log = logging.getLogger(__name__)

_COLUMNS = tuple(price_line_row(check_price_line({
    "id": "x", "list_code": "x", "product": "x", "grade": "x", "unit": "jin", "price_fen": 1,
    "valid_from": "2026-01-01", "valid_to": "2026-01-01",
})))  # fmt: skip


def store_line(db: Database, line: PriceLine, stamp: str, *, active: bool = True) -> None:
    """Upsert one line (inside the caller's transaction)."""
    row = price_line_row(line)
    db.execute(
        f"INSERT INTO buyback_prices ({', '.join(row)}, active, updated_at) "
        f"VALUES ({', '.join('?' for _ in row)}, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in (*row, "active", "updated_at")),
        (*row.values(), int(active), stamp),
    )


def apply_pulled_line(db: Database, raw: Mapping[str, Any]) -> bool:
    """One line as a pull brings it (``sync_local.apply_pulled``): stored active or withdrawn.
    A line the station's checks refuse is left out (logged): it cannot be bought at, and one
    bad line must not stop the rest of the pull."""
    try:
        line = check_price_line(raw)
    except ServicePointError as error:
        log.warning("buy-back price line %s left out: %s", str(raw.get("id"))[:64], error.code)
        return False
    store_line(db, line, str(raw.get("updated_at") or ""), active=bool(raw.get("active", 1)))
    return True


def line_from_row(row: Mapping[str, Any]) -> PriceLine:
    return PriceLine(*(row[c] for c in _COLUMNS))


class BuybackPrices:
    def __init__(self, station: Station) -> None:
        self._s = station

    def replace(self, raw_lines: Iterable[Mapping[str, Any]]) -> int:
        """Put the county's current lines in place of the ones held (a pull).  Every line is
        checked first; one wrong line refuses the lot and keeps the old prices."""
        lines = [check_price_line(raw) for raw in raw_lines]
        if len({line.id for line in lines}) != len(lines):
            raise InvalidInput("buyback_price_field", field="id", value="duplicate")
        check_no_overlap(lines)
        stamp = self._s.clock.stamp()
        with self._s.records.atomic() as db:
            self._s.records.wrote("buyback_prices")
            db.execute("UPDATE buyback_prices SET active = 0")
            for line in lines:
                store_line(db, line, stamp)
        return len(lines)

    def lines(self, day: str | None = None) -> list[PriceLine]:
        """The active lines, or those valid on ``day`` (YYYY-MM-DD), by product and grade."""
        sql = "SELECT * FROM buyback_prices WHERE active = 1"
        params: tuple[Any, ...] = ()
        if day is not None:
            sql += " AND valid_from <= ? AND valid_to >= ?"
            params = (day, day)
        sql += " ORDER BY product, grade, valid_from"
        return [line_from_row(r) for r in self._s.records.all(sql, params)]

    def today(self) -> str:
        return self._s.clock.now().date().isoformat()

    def get(self, line_id: str) -> PriceLine:
        row = self._s.records.one("SELECT * FROM buyback_prices WHERE id = ?", (line_id,))
        if row is None:
            raise NotFound("buyback_no_price", product=str(line_id)[:40], grade="")
        return line_from_row(row)

    def line_for(self, product: str, grade: str, day: str | None = None) -> PriceLine:
        """The one line valid on ``day`` (today) for a product and grade, or a refusal."""
        when = day or self.today()
        row = self._s.records.one(
            "SELECT * FROM buyback_prices WHERE active = 1 AND product = ? AND grade = ? "
            "AND valid_from <= ? AND valid_to >= ? ORDER BY valid_from DESC LIMIT 1",
            (product, grade, when, when),
        )
        if row is None:
            raise InvalidInput("buyback_no_price", product=str(product)[:40], grade=str(grade)[:20])
        return line_from_row(row)

    def valid_line(self, line_id: str, day: str | None = None) -> PriceLine:
        """``line_id`` if it is active and valid on ``day`` (today), else a refusal."""
        row = self._s.records.one(
            "SELECT * FROM buyback_prices WHERE id = ? AND active = 1", (line_id,)
        )
        when = day or self.today()
        if row is None or not line_from_row(row).valid_on(when):
            product = row["product"] if row else str(line_id)[:40]
            raise InvalidInput(
                "buyback_no_price", product=product, grade=row["grade"] if row else ""
            )
        return line_from_row(row)
