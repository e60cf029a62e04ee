"""Produce bought outright (收购, issue 16; station migration ``0011_buyback``).

The station pushes its bought lots, their stock movements, its dispatches with their lines,
and the handling fees as records of their own; an older county refuses those entities, so the
county is upgraded before its stations.  The county's own tables: the buy-back price lines it
publishes (``buyback_price_lines``) and what it repaid each station (``buyback_reimbursements``).

Created only where missing: 0001 creates every table of schema.py as it stands when it runs,
so a county created after these tables were added has them already.

Revision ID: 0012_buyback
Revises: 0011_parcel_counts
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import schema

revision = "0012_buyback"
down_revision = "0011_parcel_counts"
branch_labels = None
depends_on = None

RECORDS = (
    "buyback_lots",
    "buyback_dispatches",
    "buyback_dispatch_lines",
    "buyback_movements",
    "buyback_fees",
)


def _tables() -> list[sa.Table]:
    return [
        *(schema.records[name] for name in RECORDS),
        schema.buyback_price_lines,
        schema.buyback_reimbursements,
    ]


def upgrade() -> None:
    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names())
    for table in _tables():
        if table.name not in present:
            table.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names())
    for table in reversed(_tables()):
        if table.name in present:
            table.drop(bind)
