"""County accounts (issue 13): roles for county logins, the login time of a session, the
audit log of admin actions, and what an enrolment code did (the device that used it, the
token it got, and when a newer code ended it).

Every existing county login becomes an ``admin`` (what they could do before).  Existing
sessions keep their expiry; existing codes stay usable until they expire or a newer code for
the station is issued.

Revision ID: 0004_county_accounts
Revises: 0003_order_platform_refs
"""

import sqlalchemy as sa
from alembic import op

from servicepoint.server import schema

revision = "0004_county_accounts"
down_revision = "0003_order_platform_refs"
branch_labels = None
depends_on = None


def columns() -> dict[str, list[sa.Column[str]]]:
    """New columns by table (fresh objects each call: alembic binds a column to its table)."""
    return {
        "county_users": [sa.Column("role", sa.String(10), nullable=False, server_default="admin")],
        "county_sessions": [sa.Column("created_at", sa.String(40))],
        "enrolment_codes": [
            sa.Column("device_id", sa.String(36)),
            sa.Column("token_hash", sa.String(64)),
            sa.Column("revoked_at", sa.String(40)),
        ],
    }


def upgrade() -> None:
    # 0001 creates every table of schema.py as it stands when it runs, so a county created
    # after this revision was written has these already; only an older database gains them.
    inspector = sa.inspect(op.get_bind())
    for table, new in columns().items():
        present = {c["name"] for c in inspector.get_columns(table)}
        for column in new:
            if column.name not in present:
                op.add_column(table, column)
    if "county_audit" not in inspector.get_table_names():
        schema.county_audit.create(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if "county_audit" in sa.inspect(bind).get_table_names():
        schema.county_audit.drop(bind)
    for table, new in columns().items():
        with op.batch_alter_table(table) as batch:
            for column in new:
                batch.drop_column(column.name)
