"""Parcels in and out per village per day (issue 17): the station's parcel desk sends the
county counts only (station migration ``0010_parcel_desk``), as records of their own,
``parcel_days``, one per station and day.  Recipients and their phones stay at the station.

Created only where missing: 0001 creates every table of schema.py as it stands when it runs,
so a county created after this table was added has it already.

Revision ID: 0011_parcel_counts
Revises: 0010_first_served
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import schema

revision = "0011_parcel_counts"
down_revision = "0010_first_served"
branch_labels = None
depends_on = None

TABLE = "parcel_days"


def upgrade() -> None:
    if TABLE not in sa.inspect(op.get_bind()).get_table_names():
        schema.records[TABLE].create(op.get_bind())


def downgrade() -> None:
    if TABLE in sa.inspect(op.get_bind()).get_table_names():
        schema.records[TABLE].drop(op.get_bind())
