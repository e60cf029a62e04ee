"""Station migration 0010: the parcel desk (issue 17), registered on the same ``migrations``.

``migrations_later.py`` imports this module at its end, so the step follows 0009.

Incoming parcels (``parcels``) and outgoing ones (``parcel_sends``) stay at the station:
recipients' phones and names are nobody's business at the county.  What the county gets is
``parcel_days`` — parcels in and out per day, a synced record with no person in it.  Money
moves through the existing ``payments`` and ``receipts``.  Nothing is deleted: a parcel's
state moves on and every step is a row of ``parcel_events``, which, like the sends and the
courier payments, is append-only by trigger.
"""

from __future__ import annotations

from sqlite_utils import Database

from .migrations import _SYNC_COLS, migrations

_APPEND_ONLY = ("parcel_events", "parcel_sends", "parcel_courier_payments")

_STEP = [
    """CREATE TABLE parcels (
        id TEXT PRIMARY KEY, waybill TEXT NOT NULL UNIQUE, courier TEXT NOT NULL,
        phone TEXT, phone_last4 TEXT NOT NULL, name TEXT,
        shelf INTEGER NOT NULL, cell INTEGER NOT NULL, code_seq INTEGER NOT NULL,
        code TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('shelved', 'picked_up', 'returned', 'lost')),
        damaged INTEGER NOT NULL DEFAULT 0, fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
        farmer_id TEXT REFERENCES farmers(id), order_id TEXT REFERENCES orders(id),
        notified_at TEXT, checked_in_at TEXT NOT NULL, closed_at TEXT,
        collected_by TEXT, on_behalf INTEGER NOT NULL DEFAULT 0,
        operator_id TEXT NOT NULL)""",
    # Speed targets (bench/bench_parcels.py): the slot loads and every pickup search read
    # the shelved parcels only, by index.
    "CREATE INDEX parcels_shelved_slot ON parcels(state, shelf, cell)",
    "CREATE INDEX parcels_state_last4 ON parcels(state, phone_last4)",
    "CREATE INDEX parcels_state_name ON parcels(state, name)",
    "CREATE INDEX parcels_state_seq ON parcels(state, code_seq)",
    "CREATE UNIQUE INDEX parcels_code_shelved ON parcels(code) WHERE state = 'shelved'",
    "CREATE INDEX parcels_checked_in ON parcels(checked_in_at)",
    "CREATE INDEX parcels_closed ON parcels(closed_at)",
    "CREATE INDEX parcels_courier ON parcels(courier, checked_in_at)",
    "CREATE TRIGGER parcels_no_delete BEFORE DELETE ON parcels "
    "BEGIN SELECT RAISE(ABORT, 'parcels are never deleted'); END",
    """CREATE TABLE parcel_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT, parcel_id TEXT NOT NULL REFERENCES parcels(id),
        event TEXT NOT NULL, detail TEXT, created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX parcel_events_parcel ON parcel_events(parcel_id)",
    "CREATE INDEX parcel_events_day ON parcel_events(event, created_at)",
    "CREATE TABLE parcel_counters (name TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)",
    """CREATE TABLE parcel_rates (
        courier TEXT PRIMARY KEY, in_fee_fen INTEGER NOT NULL CHECK (in_fee_fen >= 0),
        out_fee_fen INTEGER NOT NULL CHECK (out_fee_fen >= 0), updated_at TEXT NOT NULL)""",
    """CREATE TABLE parcel_sends (
        id TEXT PRIMARY KEY, tracking_no TEXT NOT NULL UNIQUE, courier TEXT NOT NULL,
        weight_g INTEGER NOT NULL CHECK (weight_g > 0), province TEXT NOT NULL,
        farmer_id TEXT REFERENCES farmers(id), sender_name TEXT, buyer TEXT,
        sale_id TEXT UNIQUE REFERENCES consignment_sales(id),
        fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
        margin_fen INTEGER NOT NULL CHECK (margin_fen >= 0),
        receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX parcel_sends_created ON parcel_sends(created_at)",
    "CREATE INDEX parcel_sends_courier ON parcel_sends(courier, created_at)",
    """CREATE TABLE parcel_courier_payments (
        id TEXT PRIMARY KEY, courier TEXT NOT NULL, period TEXT NOT NULL,
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX parcel_courier_payments_period ON parcel_courier_payments(courier, period)",
    # Synced: the county's last-mile figure, counts only.
    f"""CREATE TABLE parcel_days (
        id TEXT PRIMARY KEY, {_SYNC_COLS}, day TEXT NOT NULL UNIQUE,
        parcels_in INTEGER NOT NULL CHECK (parcels_in >= 0),
        parcels_out INTEGER NOT NULL CHECK (parcels_out >= 0),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)""",
]


@migrations(name="0010_parcel_desk")
def m0010_parcel_desk(db: Database) -> None:
    """The parcel desk's tables (module docstring)."""
    for statement in _STEP:
        db.execute(statement)
    for table in _APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
