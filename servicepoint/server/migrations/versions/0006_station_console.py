"""The county console (issue 14): where each station is and how its syncs go, and how the
county resolved each conflict.

- ``stations``: township and village (set by ``county add-station --township/--village`` or
  the console), the last successful sync, the last refused upload and when, the app version;
- ``conflicts``: when, by whom and how each was resolved (open while ``resolved_at`` is null);
- ``changes_received``: an index on ``changes(received_at, station)`` for "changes received
  today" on the overview.

Existing stations start with none of these known; they fill in at their next sync.

Revision ID: 0006_station_console
Revises: 0005_farmer_privacy
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_station_console"
down_revision = "0005_farmer_privacy"
branch_labels = None
depends_on = None

INDEX = ("changes_received", "changes", ["received_at", "station"])


def columns() -> dict[str, list[sa.Column[str]]]:
    """New columns by table (fresh objects each call: alembic binds a column to its table)."""
    return {
        "stations": [
            sa.Column("township", sa.Text),
            sa.Column("village", sa.Text),
            sa.Column("last_sync_at", sa.String(40)),
            sa.Column("last_failure", sa.String(80)),
            sa.Column("last_failure_at", sa.String(40)),
            sa.Column("app_version", sa.String(40)),
        ],
        "conflicts": [
            sa.Column("resolved_at", sa.String(40)),
            sa.Column("resolved_by", sa.String(60)),
            sa.Column("resolution_note", sa.Text),
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
    name, table, cols = INDEX
    if name not in {i["name"] for i in inspector.get_indexes(table)}:
        op.create_index(name, table, cols)


def downgrade() -> None:
    name, table, _cols = INDEX
    op.drop_index(name, table_name=table)
    for table, new in columns().items():
        with op.batch_alter_table(table) as batch:
            for column in new:
                batch.drop_column(column.name)
