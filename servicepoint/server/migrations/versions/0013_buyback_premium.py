"""The poor-household premium of produce bought outright on the 扶贫监测 page (issue 16).

``farmer_days``, ``farmer_months`` and ``station_months`` gain ``buyback_fen`` (the amounts of
the loads bought outright, net of voids) and ``premium_fen`` (of them, the poor-household
premium): the payouts and offsets already count both as income, and the page shows them on
lines of their own, as the station's report does.

The columns are added where missing (0001 creates schema.py as it stands, so a new database
has them), and the kept figures are recomputed from the records (``poverty_store.rebuild``) so
that the loads synced before this revision count too.

Revision ID: 0013_buyback_premium
Revises: 0012_buyback
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import poverty_store, schema

revision = "0013_buyback_premium"
down_revision = "0012_buyback"
branch_labels = None
depends_on = None

TABLES = ("farmer_days", "farmer_months", "station_months")


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    missing = False
    for table in TABLES:
        present = {c["name"] for c in inspector.get_columns(table)}
        for column in schema.buyback_columns():
            if column.name not in present:
                op.add_column(table, column)
                missing = True
    if missing:
        poverty_store.rebuild(bind)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in schema.buyback_columns():
                batch.drop_column(column.name)
