"""The county schema, first version: station records, enrolment, cursors, county data.

Revision ID: 0001_initial
"""

from alembic import op

from servicepoint.server import schema

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # schema.py describes this revision's tables; a later change to them comes with its own
    # revision (op.add_column …), and tests/server/test_storage.py compares a migrated
    # database with schema.py so the two cannot drift apart unnoticed.
    schema.metadata.create_all(op.get_bind())


def downgrade() -> None:
    schema.metadata.drop_all(op.get_bind())
