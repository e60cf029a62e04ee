"""Households served over a run of whole months without ``COUNT(DISTINCT …)`` (issue 14):
``farmer_months.prev_served`` holds each farmer's latest earlier month with a service (and
``next_served`` its next later one, for the days before a period's whole months), and
``station_month_firsts`` counts the served rows per station, month and that month, so the
farmers served in months A..B are the rows of A..B whose previous served month is before A,
summed from a few hundred rows a station.  The 扶贫监测 page counted them with a DISTINCT over
every farmer-month of the period (0.3–0.4 s over 500 stations, bench/bench_county.py).

The columns and the table are added where missing (0001 creates schema.py as it stands, so a
new database has them), and the kept figures are recomputed from the records
(``poverty_store.rebuild``) so that every row carries them.

Revision ID: 0010_first_served
Revises: 0009_poverty_months
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import poverty_store, schema

revision = "0010_first_served"
down_revision = "0009_poverty_months"
branch_labels = None
depends_on = None

COLUMNS = ("prev_served", "next_served")


def upgrade() -> None:
    bind = op.get_bind()
    inspector = sa.inspect(bind)
    columns = {c["name"] for c in inspector.get_columns("farmer_months")}
    missing = False
    for name in COLUMNS:
        if name not in columns:
            op.add_column("farmer_months", sa.Column(name, sa.String(7), nullable=True))
            missing = True
    if "station_month_firsts" not in set(inspector.get_table_names()):
        schema.station_month_firsts.create(bind)
        missing = True
    if missing:
        poverty_store.rebuild(bind)


def downgrade() -> None:
    op.drop_table("station_month_firsts")
    with op.batch_alter_table("farmer_months") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
