"""An order's platform order numbers, each with its platform (station migration
``0006_platform_order_refs``): one order bought in parts on 拼多多 and 京东 has two.

The station pushes them as records of their own, ``order_platform_refs``; an older county
refuses that entity, so the county is upgraded before its stations.  The
orders' ``platform_order_no`` column stays: stations keep the numbers there too.

Revision ID: 0003_order_platform_refs
Revises: 0002_receipt_stated_facts
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import schema

revision = "0003_order_platform_refs"
down_revision = "0002_receipt_stated_facts"
branch_labels = None
depends_on = None

TABLE = "order_platform_refs"


def upgrade() -> None:
    # 0001 creates every table of schema.py as it stands when it runs, so a county created
    # after this table was added has it already; only an older county database gains it.
    if TABLE not in sa.inspect(op.get_bind()).get_table_names():
        schema.records[TABLE].create(op.get_bind())


def downgrade() -> None:
    if TABLE in sa.inspect(op.get_bind()).get_table_names():
        schema.records[TABLE].drop(op.get_bind())
