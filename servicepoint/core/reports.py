"""Reports as data: daily close, commission statement, consignment, poverty alleviation.

Reports return dataclasses; the CLI prints them or dumps JSON, the GUI shows them in tables and
the printing layer lays them out.  Every figure is a sum over append-only rows, so a report for
a past day never changes.  The daily close and the cash drawer live in ``day_close.py``
(``Reports`` inherits them); their names are re-exported here for existing callers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from .commission import CommissionStatement
from .day_close import CloseDetail as CloseDetail
from .day_close import DailyClose as DailyClose
from .day_close import DayCloses, next_day
from .day_close import Drawer as Drawer
from .day_close import MethodTakings as MethodTakings
from .day_close import check_day as check_day
from .errors import InvalidInput

#: Words in a product name that mark it perishable until the station sets its own list.
DEFAULT_PERISHABLE = ["蛋", "菜", "果", "鲜", "鱼", "肉", "菇", "奶", "豆腐", "笋"]


@dataclass(frozen=True)
class BatchStock:
    batch_id: str
    trace_code: str
    farmer_name: str
    product: str
    grade: str | None
    unit: str
    intake_base: int
    on_hand_base: int
    age_days: int
    perishable: bool = False  # the product names a perishable (setting perishable_words)


@dataclass(frozen=True)
class FarmerDue:
    farmer_id: str
    farmer_name: str
    sales: int
    net_due_fen: int


@dataclass(frozen=True)
class ConsignmentReport:
    stock: list[BatchStock]
    due: list[FarmerDue]
    sales_fen_30d: int
    spoiled_batches_30d: int
    total_due_fen: int = field(default=0)


@dataclass(frozen=True)
class PovertyReport:
    day_from: str
    day_to: str
    poor_households_registered: int
    poor_households_served: int
    purchases_for_poor_fen: int
    consignment_sales_for_poor_fen: int
    #: Settlement money handed to poor households in cash or mobile (net of voided payouts).
    payouts_to_poor_fen: int
    #: Settlement money that cleared a poor household's debt to the point by offset (net of
    #: voided settlements): income the household earned, though no cash changed hands.
    offsets_for_poor_fen: int
    households_served: int
    #: Produce bought outright from poor households (收购, issue 16): the amounts of the lots,
    #: paid or offset, net of voided purchases; the premium is part of it and shown apart.
    buyback_for_poor_fen: int = 0
    buyback_premium_for_poor_fen: int = 0

    @property
    def income_to_poor_fen(self) -> int:
        """Income paid to poor households: settlement money paid out or offset against their
        debt, and produce bought outright from them."""
        return self.payouts_to_poor_fen + self.offsets_for_poor_fen + self.buyback_for_poor_fen


def as_dict(report: Any) -> dict[str, Any]:
    """A report as JSON-ready data (money stays integer fen)."""
    data = asdict(report)
    if isinstance(report, DailyClose):
        for m, src in zip(data["by_method"], report.by_method, strict=True):
            m["net_fen"] = src.net_fen
    return data


#: A sum over lots bought from poor households in a period: + at the purchase, − at its void.
_BUYBACK_FOR_POOR = (
    "SELECT SUM(CASE WHEN r.kind = 'void' THEN -{amount} ELSE {amount} END) "
    "FROM buyback_lots l JOIN farmers f ON f.id = l.farmer_id JOIN receipts r "
    "ON r.id = l.receipt_id OR r.voids_receipt_id = l.receipt_id "
    "WHERE f.is_poor = 1 AND r.created_at >= ? AND r.created_at < ?"
)


class Reports(DayCloses):
    # -- commission ---------------------------------------------------------------------

    def commission(self, month: str) -> CommissionStatement:
        return self._s.commission.statement(month)

    # -- consignment --------------------------------------------------------------------

    def consignment(self) -> ConsignmentReport:
        """Stock perishables first, then oldest first; farmers due; the last 30 days."""
        r = self._s.records
        now = self._s.clock.now()
        words = self._s.setting("perishable_words", DEFAULT_PERISHABLE)
        stock = []
        for row in r.all(
            "SELECT b.id, b.trace_code, f.name AS farmer, b.product, b.grade, b.unit, "
            "b.quantity_base, b.created_at, SUM(m.quantity_base) AS on_hand "
            "FROM consignment_batches b JOIN farmers f ON f.id = b.farmer_id "
            "JOIN stock_movements m ON m.batch_id = b.id GROUP BY b.id "
            "HAVING on_hand > 0 ORDER BY b.created_at, b.id"
        ):
            age = (now - datetime.fromisoformat(row["created_at"])).days
            perishable = any(w in row["product"] for w in words)
            stock.append(
                BatchStock(
                    row["id"],
                    row["trace_code"],
                    row["farmer"],
                    row["product"],
                    row["grade"],
                    row["unit"],
                    row["quantity_base"],
                    row["on_hand"],
                    age,
                    perishable,
                )
            )
        stock.sort(key=lambda b: not b.perishable)  # stable: oldest first within each
        names = {
            x["id"]: x["name"]
            for x in r.all(
                "SELECT id, name FROM farmers WHERE id IN (SELECT farmer_id FROM consignment_sales)"
            )
        }
        due = [
            FarmerDue(fid, names.get(fid, ""), n, net)
            for fid, n, net in self._s.settlement.farmers_due()
        ]
        since = (now - timedelta(days=30)).isoformat()
        sales = int(
            r.scalar(
                "SELECT COALESCE(SUM(amount_fen), 0) FROM payments WHERE kind IN "
                "('consignment_sale', 'consignment_sale_void') AND created_at >= ?",
                (since,),
            )
        )
        spoiled = int(
            r.scalar(
                "SELECT COUNT(DISTINCT batch_id) FROM stock_movements WHERE "
                "kind = 'spoil' AND created_at >= ?",
                (since,),
            )
        )
        return ConsignmentReport(stock, due, sales, spoiled, sum(d.net_due_fen for d in due))

    # -- poverty alleviation ------------------------------------------------------------

    def poverty(self, day_from: str, day_to: str) -> PovertyReport:
        """Figures for the county's poverty-alleviation report over [day_from, day_to]."""
        check_day(day_from)
        check_day(day_to)
        if day_to < day_from:
            raise InvalidInput("period_reversed", start=day_from, end=day_to)
        r = self._s.records
        start, end = day_from, next_day(day_to)

        def total(sql: str) -> int:
            return int(r.scalar(sql, (start, end)) or 0)

        served_sql = (
            "SELECT farmer_id FROM orders WHERE created_at >= ?1 AND created_at < ?2 "
            "AND status <> 'cancelled' "
            "UNION SELECT farmer_id FROM consignment_sales WHERE created_at >= ?1 "
            "AND created_at < ?2 "
            "UNION SELECT farmer_id FROM buyback_lots WHERE created_at >= ?1 AND created_at < ?2"
        )
        return PovertyReport(
            day_from,
            day_to,
            int(r.scalar("SELECT COUNT(*) FROM farmers WHERE is_poor = 1")),
            total(f"SELECT COUNT(*) FROM farmers WHERE is_poor = 1 AND id IN ({served_sql})"),
            total(
                "SELECT SUM(p.amount_fen) FROM payments p JOIN farmers f ON f.id = p.farmer_id"
                " WHERE f.is_poor = 1 AND p.kind IN ('purchase', 'purchase_refund', "
                "'purchase_void') AND p.created_at >= ? AND p.created_at < ?"
            ),
            total(
                "SELECT SUM(p.amount_fen) FROM payments p JOIN consignment_sales s "
                "ON s.id = p.sale_id JOIN farmers f ON f.id = s.farmer_id WHERE f.is_poor = 1 "
                "AND p.kind IN ('consignment_sale', 'consignment_sale_void') "
                "AND p.created_at >= ? AND p.created_at < ?"
            ),
            -total(
                "SELECT SUM(p.amount_fen) FROM payments p JOIN farmers f "
                "ON f.id = p.farmer_id WHERE f.is_poor = 1 AND p.kind IN "
                "('payout', 'payout_void') AND p.created_at >= ? AND p.created_at < ?"
            ),
            -total(
                "SELECT SUM(l.amount_fen) FROM ledger_entries l JOIN farmers f "
                "ON f.id = l.farmer_id WHERE f.is_poor = 1 AND (l.kind = 'settlement_offset' "
                "OR (l.kind = 'reversal' AND l.reverses_id IN (SELECT id FROM "
                "ledger_entries WHERE kind = 'settlement_offset'))) "
                "AND l.created_at >= ? AND l.created_at < ?"
            ),
            total(f"SELECT COUNT(*) FROM ({served_sql})"),
            total(_BUYBACK_FOR_POOR.format(amount="l.amount_fen")),
            total(_BUYBACK_FOR_POOR.format(amount="l.premium_amount_fen")),
        )
