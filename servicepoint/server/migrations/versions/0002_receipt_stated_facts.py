"""Receipts carry what their slip states: reason, quantity that left stock, approving manager.

The station stores these on the receipt when it is issued (station migration
``0005_receipt_stated_facts``) and pushes them with it; the county keeps them as nullable
columns so receipts from stations not yet upgraded, and every receipt already stored, stay
valid without them.

Revision ID: 0002_receipt_stated_facts
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_receipt_stated_facts"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

COLUMNS = (("reason", sa.Text), ("quantity_base", sa.BigInteger), ("approved_by", sa.Text))


def _existing() -> set[str]:
    return {c["name"] for c in sa.inspect(op.get_bind()).get_columns("receipts")}


def upgrade() -> None:
    # 0001 creates the tables from schema.py as it stands when it runs, so a database created
    # after these columns were added already has them; only an older county database gains them.
    have = _existing()
    for name, kind in COLUMNS:
        if name not in have:
            op.add_column("receipts", sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    have = _existing()
    with op.batch_alter_table("receipts") as batch:
        for name, _kind in reversed(COLUMNS):
            if name in have:
                batch.drop_column(name)
