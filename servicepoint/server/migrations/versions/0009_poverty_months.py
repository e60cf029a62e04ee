"""The poverty figures kept per farmer and day and per farmer and month (issue 14): the
扶贫监测 page recounted a year of orders and payments on every view (12–18 s over 500
stations, bench/README.md); it now sums ``station_months`` (whole months by month),
``farmer_months`` (whole months over a period) and ``farmer_days`` (the ends of a period),
which ``ingest`` keeps for the farmers each push touches (``poverty_store.py``).  Also the
indexes that recomputation reads by: a farmer's orders, payments, ledger entries and sales, a
sale's payments, what voids or reverses a record; and the poor households the watch list
reads, index-only.

The new tables are filled from the records already stored, in SQL (``poverty_store.rebuild``:
one ``INSERT … SELECT`` per table).  Created only where missing, so a database whose tables
already carry them (0001 creates schema.py as it stands) upgrades cleanly.

Revision ID: 0009_poverty_months
Revises: 0008_report_indexes
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import poverty_store, schema

revision = "0009_poverty_months"
down_revision = "0008_report_indexes"
branch_labels = None
depends_on = None

INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("orders_farmer", "orders", ("farmer_id",)),
    ("payments_farmer", "payments", ("farmer_id",)),
    ("ledger_entries_farmer", "ledger_entries", ("farmer_id",)),
    ("consignment_sales_farmer", "consignment_sales", ("farmer_id",)),
    ("payments_reverses", "payments", ("reverses_id",)),
    ("ledger_entries_reverses", "ledger_entries", ("reverses_id",)),
    ("payments_sale", "payments", ("sale_id",)),
    (
        "farmers_poor_list",
        "farmers",
        ("is_poor", "station", "id", "name", "village_group", "poverty_card_no", "created_at"),
    ),
)
TABLES = ("farmer_days", "farmer_months", "station_months")


def _existing(table: str) -> set[str]:
    indexes = sa.inspect(op.get_bind()).get_indexes(table)
    return {name for i in indexes if (name := i.get("name")) is not None}


def upgrade() -> None:
    bind = op.get_bind()
    for name, table, columns in INDEXES:
        if name not in _existing(table):
            op.create_index(name, table, list(columns))
    present = set(sa.inspect(bind).get_table_names())
    for name in TABLES:
        if name not in present:
            schema.metadata.tables[name].create(bind)
    poverty_store.rebuild(bind)


def downgrade() -> None:
    for name in reversed(TABLES):
        op.drop_table(name)
    for name, table, _columns in reversed(INDEXES):
        if name in _existing(table):
            op.drop_index(name, table_name=table)
