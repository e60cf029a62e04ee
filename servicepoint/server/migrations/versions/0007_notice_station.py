"""A notice to one station (issue 14, the console's 商品与佣金率 page): ``notices.station``
names the one station it was sent to; null is every station, as every notice was before.

Revision ID: 0007_notice_station
Revises: 0006_station_console
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_notice_station"
down_revision = "0006_station_console"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 0001 creates every table of schema.py as it stands when it runs: only an older county
    # database lacks the column.
    present = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("notices")}
    if "station" not in present:
        op.add_column("notices", sa.Column("station", sa.String(12)))


def downgrade() -> None:
    with op.batch_alter_table("notices") as batch:
        batch.drop_column("station")
