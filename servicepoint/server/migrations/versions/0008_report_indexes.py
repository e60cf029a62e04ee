"""Indexes the county console's pages asked for (issue 14, ``bench/bench_county.py``).

Measured on a simulated county of 500 stations and a year (``bench.generate_county``: 12.3
million changes, 0.78 million payments, 1.8 million commission entries), see bench/README.md:

- ``payments_kind_created`` and ``commission_source_created``: the month's takings and
  commission per station (overview, commission statement) and the statement's "brought
  forward" over all history read a range of one kind, covering, instead of every payment.
- ``orders_created`` and ``consignment_sales_created``: who was served in a period (poverty
  figures), covering.
- ``ledger_kind_created``: debt offsets in a period (poverty figures, watch list).
- ``farmers_poor``: every poverty figure joins each payment or order to its farmer to ask
  whether the household is poor; a covering index answers from a few MB instead of reading
  the farmer's row (purchases for poor households over a year: 7.6 s → 0.8 s on SQLite).
- ``receipts_voids`` and ``settlement_lines_sale``: "is this receipt voided" and "is this
  sale settled", asked per row by the station page's settlements due and recent receipts and
  by the public receipt check (which scanned every receipt of the county).

(``changes_received``, which the overview needed most: 7.6 s a view without it, is 0006's.)

Created only where missing, so a database whose tables already carry them (a later
``schema.py``) upgrades cleanly.

Revision ID: 0008_report_indexes
Revises: 0007_notice_station
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_report_indexes"
down_revision = "0007_notice_station"
branch_labels = None
depends_on = None

INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "payments_kind_created",
        "payments",
        ("kind", "created_at", "station", "farmer_id", "amount_fen"),
    ),
    (
        "commission_source_created",
        "commission_entries",
        ("source", "created_at", "station", "amount_fen"),
    ),
    (
        "ledger_kind_created",
        "ledger_entries",
        ("kind", "created_at", "station", "farmer_id", "amount_fen"),
    ),
    ("orders_created", "orders", ("created_at", "station", "farmer_id", "status")),
    ("consignment_sales_created", "consignment_sales", ("created_at", "station", "farmer_id")),
    ("receipts_voids", "receipts", ("voids_receipt_id",)),
    ("farmers_poor", "farmers", ("id", "station", "is_poor")),
    ("settlement_lines_sale", "settlement_lines", ("sale_id",)),
)


def _existing(table: str) -> set[str]:
    indexes = sa.inspect(op.get_bind()).get_indexes(table)
    return {name for i in indexes if (name := i.get("name")) is not None}


def upgrade() -> None:
    for name, table, columns in INDEXES:
        if name not in _existing(table):
            op.create_index(name, table, list(columns))


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        if name in _existing(table):
            op.drop_index(name, table_name=table)
