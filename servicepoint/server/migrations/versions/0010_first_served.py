"""Households served over a run of whole months without ``COUNT(DISTINCT …)`` (issue 14):
``farmer_months.prev_served`` holds each farmer's latest earlier month with a service, so
the farmers served in months A..B are the served rows of A..B whose previous served month is
before A (one row per farmer).  The 扶贫监测 page counted them with a DISTINCT over every
farmer-month of the period (0.3–0.4 s over 500 stations, bench/bench_county.py).

The column and its indexes (county-wide, and one station's) are added where missing (0001
creates schema.py as it stands, so a new database has them), and the kept figures are
recomputed from the records (``poverty_store.rebuild``) so that every row carries it.

Revision ID: 0010_first_served
Revises: 0009_poverty_months
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import poverty_store

revision = "0010_first_served"
down_revision = "0009_poverty_months"
branch_labels = None
depends_on = None

INDEXES = (
    ("farmer_months_first_served", ("served", "month", "prev_served", "station", "is_poor")),
    ("farmer_months_station_served", ("station", "served", "month", "prev_served", "is_poor")),
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    columns = {c["name"] for c in inspector.get_columns("farmer_months")}
    if "prev_served" not in columns:
        op.add_column("farmer_months", sa.Column("prev_served", sa.String(7), nullable=True))
        poverty_store.rebuild(op.get_bind())
    present = {i.get("name") for i in inspector.get_indexes("farmer_months")}
    for name, wanted in INDEXES:
        if name not in present:
            op.create_index(name, "farmer_months", list(wanted))


def downgrade() -> None:
    for name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name="farmer_months")
    with op.batch_alter_table("farmer_months") as batch:
        batch.drop_column("prev_served")
