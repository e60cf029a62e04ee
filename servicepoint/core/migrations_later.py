"""Station migrations from 0005 on, registered on the same ``migrations`` as the first four.

Split from ``migrations.py`` so that neither module grows past a readable size as later issues
add tables; ``migrations.py`` imports this module at its end, so the steps keep their order.
A shipped step is never edited: a change is a new named step appended here.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from .migrations import _SYNC_COLS, migrations

_STATED_IN_AUDIT = {
    "stock_return": ("stock_return", "receipt", "ref_id"),
    "spoilage": ("stock_spoil", "receipt", "ref_id"),
    "void": ("receipt_voided", "void", "voids_receipt_id"),
}


@migrations(name="0005_receipt_stated_facts")
def m0005_receipt_stated_facts(db: Database) -> None:
    """What a slip states besides its amount — the reason, the quantity that left stock and the
    approving manager — becomes columns of the receipt, written when it is issued
    (receipts.Receipts.issue).  Receipt data used to search the audit log for the receipt's
    number inside JSON text on every print; a column is read by key and says what it means.

    Receipts issued before this step are back-filled once from the audit entries that recorded
    them, matched by the number in the entry's JSON and by the record it names, newest first
    (as the old lookup took the newest), so an old receipt prints exactly as it did.  The rows
    already sent keep their county copy as it was: the county holds the same audit entries.
    """
    for statement in (
        "ALTER TABLE receipts ADD COLUMN reason TEXT",
        "ALTER TABLE receipts ADD COLUMN quantity_base INTEGER",
        "ALTER TABLE receipts ADD COLUMN approved_by TEXT",
    ):
        db.execute(statement)
    actions = {action: (kind, key, link) for kind, (action, key, link) in _STATED_IN_AUDIT.items()}
    found: dict[tuple[str, str, str | None], tuple[str | None, object, object]] = {}
    rows = db.execute(
        "SELECT action, record_id, reason, detail FROM audit_log WHERE action IN (?, ?, ?) "
        "ORDER BY created_at, rowid",
        tuple(actions),
    ).fetchall()
    for action, record_id, reason, detail in rows:
        kind, key, _link = actions[action]
        try:
            facts = json.loads(detail or "{}")
        except ValueError:
            continue
        number = facts.get(key) if isinstance(facts, dict) else None
        if isinstance(number, str):
            # Later entries overwrite earlier ones: the newest wins, as the old lookup had it.
            found[(kind, number, record_id)] = (
                reason,
                facts.get("quantity_base"),
                facts.get("approved_by"),
            )
    if not found:
        return
    updates = []
    for kind, (_action, _key, link) in _STATED_IN_AUDIT.items():
        for receipt_id, number, linked in db.execute(
            f"SELECT id, number, {link} FROM receipts WHERE kind = ?", (kind,)
        ).fetchall():
            facts_of = found.get((kind, number, linked))
            if facts_of is None:
                continue
            reason, quantity, approver = facts_of
            updates.append(
                (
                    reason if isinstance(reason, str) else None,
                    quantity if type(quantity) is int else None,
                    approver if isinstance(approver, str) else None,
                    receipt_id,
                )
            )
    if not updates:
        return
    # Receipts are append-only by trigger; this one-time fill of new columns is the exception,
    # made with the trigger lifted inside this migration's transaction and put back unchanged.
    db.execute("DROP TRIGGER receipts_no_update")
    db.conn.executemany(
        "UPDATE receipts SET reason = ?, quantity_base = ?, approved_by = ? WHERE id = ?", updates
    )
    db.execute(
        "CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts "
        "BEGIN SELECT RAISE(ABORT, 'receipts is append-only'); END"
    )


@migrations(name="0006_platform_order_refs")
def m0006_platform_order_refs(db: Database) -> None:
    """An order keeps several platform order numbers, each with its platform (one order is
    often bought in parts on 拼多多 and 京东; core/order_refs.py).  Append-only and synced like
    the order's other rows.

    An order's existing single number becomes its first reference, on the platform its lines
    name when they all name the same known one, else "other"; who and when come from the
    order's "ordered" event.  Each such row goes into the change log like any new row, so the
    county receives it on the next sync."""
    from .order_refs import OTHER, platform_code

    db.execute(
        f"""CREATE TABLE order_platform_refs (
            id TEXT PRIMARY KEY, {_SYNC_COLS},
            order_id TEXT NOT NULL REFERENCES orders(id), platform TEXT NOT NULL,
            platform_order_no TEXT NOT NULL, created_at TEXT NOT NULL, operator_id TEXT NOT NULL,
            UNIQUE (order_id, platform, platform_order_no))"""
    )
    for action in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER order_platform_refs_no_{action.lower()} BEFORE {action} "
            "ON order_platform_refs "
            "BEGIN SELECT RAISE(ABORT, 'order_platform_refs is append-only'); END"
        )
    station = db.execute("SELECT code FROM station WHERE id = 1").fetchone()
    orders = db.execute(
        "SELECT o.id, o.platform_order_no, o.updated_at, o.operator_id, "
        "(SELECT GROUP_CONCAT(DISTINCT l.platform) FROM order_lines l WHERE l.order_id = o.id), "
        "(SELECT e.created_at || char(9) || e.operator_id FROM order_events e "
        " WHERE e.order_id = o.id AND e.event = 'ordered' ORDER BY e.created_at DESC LIMIT 1) "
        "FROM orders o WHERE o.platform_order_no IS NOT NULL AND o.platform_order_no <> '' "
        "ORDER BY o.created_at, o.id"
    ).fetchall()
    if station is None or not orders:
        db.execute("CREATE INDEX order_platform_refs_order ON order_platform_refs(order_id)")
        return
    from .ids import IdMaker

    new_id = IdMaker()
    for order_id, number, updated_at, operator_id, platforms, ordered in orders:
        names = (platforms or "").split(",")
        code = platform_code(names[0]) if len(names) == 1 else None
        when, who = ordered.split("\t", 1) if ordered else (updated_at, operator_id)
        for part in dict.fromkeys(str(number).split()):  # one number each, in order
            row = {
                "id": new_id(),
                "station": station[0],
                "order_id": order_id,
                "platform": code or OTHER,
                "platform_order_no": part,
                "created_at": when,
                "operator_id": who,
            }
            seq = db.execute(
                "INSERT INTO outbox (entity, record_id, op, payload, created_at) "
                "VALUES ('order_platform_refs', ?, 'insert', ?, ?)",
                (
                    row["id"],
                    json.dumps(row, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
                    when,
                ),
            ).lastrowid
            db.execute(
                "INSERT INTO order_platform_refs (id, station, change_seq, order_id, platform, "
                "platform_order_no, created_at, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row["id"], row["station"], seq, order_id, row["platform"], part, when, who),
            )
    db.execute("CREATE INDEX order_platform_refs_order ON order_platform_refs(order_id)")


@migrations(name="0007_outbox_count_index")
def m0007_outbox_count_index(db: Database) -> None:
    """A narrow index on the change log, so the one waiting count (``sync_status.waiting``,
    shown in the status bar and on Home at start-up) reads the index instead of every change's
    payload: 1 ms instead of 10–15 ms on a five-year station with 98,000 changes waiting."""
    db.execute("CREATE INDEX outbox_entity ON outbox(entity)")


@migrations(name="0008_server_fingerprint")
def m0008_server_fingerprint(db: Database) -> None:
    """The SHA-256 fingerprint (``AA:BB:…``) of the county certificate this station enrolled
    with; every sync then refuses a server presenting another (``core/pinning.py``).  NULL for
    a station enrolled over plain HTTP before issue 13, or on this PC's own loopback."""
    db.execute("ALTER TABLE sync_state ADD COLUMN server_fingerprint TEXT")


@migrations(name="0009_county_public_url")
def m0009_county_public_url(db: Database) -> None:
    """The county's public address as the last pull gave it (issue 14): receipts printed from
    then on carry a check-page URL under it in their QR code (``protocol.receipt_url``).  NULL
    until a county that serves the check page answers a pull; receipts then keep the bare
    payload, which verifies as before."""
    db.execute("ALTER TABLE sync_state ADD COLUMN public_url TEXT")


# Steps from 0010 on live in modules of their own (issue 17: migrations_parcels.py, issue 16:
# migrations_buyback.py); importing them here, at the very end and in this order, registers
# them after the steps above and in their numbers' order.
# isort: off
from . import migrations_parcels  # noqa: E402, F401  (registers on ``migrations``: 0010)
from . import migrations_buyback  # noqa: E402, F401  (registers on ``migrations``: 0011)
# isort: on
