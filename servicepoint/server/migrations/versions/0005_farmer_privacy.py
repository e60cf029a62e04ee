"""Farmers' privacy (issue 13): clear what older stations sent in clear.

Before this revision stations sent every farmer's phone, full ID number, poverty-card number
and note, and the county stored them in ``farmers``, in the change log (``changes.payload``)
and in ``conflicts``.  The county needs none of them (docs/sync.md, "What the county receives
about farmers"): phones, ID numbers and notes become null, card numbers keep their last four
characters.  On SQLite, ``secure_delete`` overwrites the freed bytes, so the numbers are not
left in the file's free space.

The masking is written out here rather than imported: a shipped migration must do the same
thing forever, whatever ``core/county_view.py`` becomes.

Revision ID: 0005_farmer_privacy
Revises: 0004_county_accounts
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005_farmer_privacy"
down_revision = "0004_county_accounts"
branch_labels = None
depends_on = None

WITHHELD = ("phone", "id_number", "note")
MASKED = ("poverty_card_no",)


def _last4(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if len(value) <= 4:
        return "*" * len(value)
    return "*" * (len(value) - 4) + value[-4:]


def _fields(fields: dict[str, Any], insert: bool) -> dict[str, Any]:
    out = dict(fields)
    for name in WITHHELD:
        if insert:
            out[name] = None
        else:
            out.pop(name, None)
    for name in MASKED:
        if name in out:
            out[name] = _last4(out[name])
    return out


def _payload(op_name: str, text: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        return text
    if not isinstance(data, dict):
        return text
    if op_name == "insert":
        data = _fields(data, True)
    elif isinstance(data.get("fields"), dict):
        data["fields"] = _fields(data["fields"], False)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        bind.exec_driver_sql("PRAGMA secure_delete = ON")
    meta = sa.MetaData()
    farmers = sa.Table("farmers", meta, autoload_with=bind)
    changes = sa.Table("changes", meta, autoload_with=bind)
    conflicts = sa.Table("conflicts", meta, autoload_with=bind)

    bind.execute(sa.update(farmers).values(phone=None, id_number=None, note=None))
    for rid, card in bind.execute(
        sa.select(farmers.c.id, farmers.c.poverty_card_no).where(
            farmers.c.poverty_card_no.is_not(None)
        )
    ).all():
        bind.execute(
            sa.update(farmers).where(farmers.c.id == rid).values(poverty_card_no=_last4(card))
        )

    key = (changes.c.device_id, changes.c.epoch, changes.c.seq)
    for device, epoch, seq, op_name, payload in bind.execute(
        sa.select(*key, changes.c.op, changes.c.payload).where(changes.c.entity == "farmers")
    ).all():
        cleared = _payload(op_name, payload)
        if cleared != payload:
            bind.execute(
                sa.update(changes)
                .where(key[0] == device, key[1] == epoch, key[2] == seq)
                .values(payload=cleared)
            )

    bind.execute(
        sa.update(conflicts)
        .where(conflicts.c.entity == "farmers", conflicts.c.field.in_(WITHHELD))
        .values(kept=None, lost=None)
    )
    for cid, kept, lost in bind.execute(
        sa.select(conflicts.c.id, conflicts.c.kept, conflicts.c.lost).where(
            conflicts.c.entity == "farmers", conflicts.c.field.in_(MASKED)
        )
    ).all():
        values = {}
        for side, text in (("kept", kept), ("lost", lost)):
            try:
                values[side] = None if text is None else json.dumps(_last4(json.loads(text)))
            except ValueError:
                values[side] = None
        bind.execute(sa.update(conflicts).where(conflicts.c.id == cid).values(**values))


def downgrade() -> None:
    """Nothing to restore: the cleared numbers are gone on purpose."""
