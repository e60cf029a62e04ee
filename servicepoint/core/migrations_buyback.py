"""Station migration 0011: produce bought outright (收购, issue 16).

Registered on the same ``migrations`` as every other step; ``migrations_later.py`` imports
this module at its very end, so the step comes after the ones registered there.

- ``buyback_prices``: the county's price lists, county-owned reference data like the
  catalogue (replaced by a pull, never written by the operator).  Percentages are kept in
  tenths of a point (14.0 % → 140) and the weight deducted per point over the standard in
  basis points of the net weight (1.2 % → 120).
- ``buyback_lots``: one load weighed, graded and paid for; the stock it makes belongs to the
  buyer, not to the farmer.  Append-only and synced.
- ``buyback_movements``: the lots' stock, signed base units (intake +, dispatch −, spoil −, a
  voided dispatch +).  bought = dispatched + spoiled + on hand holds by construction; the
  triggers refuse a movement that would make a lot's on hand negative, an intake that is not
  the lot's paid weight, and a dispatch or spoilage with the wrong sign.
- ``buyback_dispatches`` + ``buyback_dispatch_lines``: 发货单, lots shipped up.
- ``buyback_fees``: the handling fee the county owes the point, accrued per dispatch line and
  reversed (a negative entry pointing at it) when the dispatch is voided.
- ``buyback_reimbursements``: what the county repaid; county records pulled, never edited.
"""

from __future__ import annotations

from sqlite_utils import Database

from .migrations import _SYNC_COLS, migrations

#: The synced tables this step adds (all append-only).
BUYBACK_SYNCED = (
    "buyback_lots",
    "buyback_dispatches",
    "buyback_dispatch_lines",
    "buyback_movements",
    "buyback_fees",
)

_TABLES = [
    """CREATE TABLE buyback_prices (
        id TEXT PRIMARY KEY, list_code TEXT NOT NULL, list_name TEXT NOT NULL,
        product TEXT NOT NULL, grade TEXT NOT NULL, unit TEXT NOT NULL,
        base_per_unit INTEGER NOT NULL CHECK (base_per_unit > 0),
        price_fen INTEGER NOT NULL CHECK (price_fen > 0),
        premium_fen INTEGER NOT NULL DEFAULT 0 CHECK (premium_fen >= 0),
        fee_fen INTEGER NOT NULL DEFAULT 0 CHECK (fee_fen >= 0),
        valid_from TEXT NOT NULL, valid_to TEXT NOT NULL,
        quota_base INTEGER CHECK (quota_base IS NULL OR quota_base > 0),
        max_load_base INTEGER CHECK (max_load_base IS NULL OR max_load_base > 0),
        moisture_std INTEGER CHECK (moisture_std IS NULL OR moisture_std BETWEEN 0 AND 1000),
        moisture_step_bp INTEGER CHECK (moisture_step_bp IS NULL OR moisture_step_bp >= 0),
        impurity_std INTEGER CHECK (impurity_std IS NULL OR impurity_std BETWEEN 0 AND 1000),
        impurity_step_bp INTEGER CHECK (impurity_step_bp IS NULL OR impurity_step_bp >= 0),
        active INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL)""",
    "CREATE INDEX buyback_prices_product ON buyback_prices(product, grade)",
    f"""CREATE TABLE buyback_lots (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        farmer_id TEXT NOT NULL REFERENCES farmers(id), price_id TEXT NOT NULL,
        list_code TEXT NOT NULL, product TEXT NOT NULL, grade TEXT NOT NULL,
        unit TEXT NOT NULL, base_per_unit INTEGER NOT NULL CHECK (base_per_unit > 0),
        gross_base INTEGER NOT NULL CHECK (gross_base > 0),
        tare_base INTEGER NOT NULL CHECK (tare_base >= 0),
        net_base INTEGER NOT NULL CHECK (net_base > 0 AND net_base = gross_base - tare_base),
        moisture INTEGER, impurity INTEGER,
        moisture_deduct_base INTEGER NOT NULL CHECK (moisture_deduct_base >= 0),
        impurity_deduct_base INTEGER NOT NULL CHECK (impurity_deduct_base >= 0),
        paid_base INTEGER NOT NULL CHECK (paid_base > 0 AND paid_base =
            net_base - moisture_deduct_base - impurity_deduct_base),
        price_fen INTEGER NOT NULL CHECK (price_fen > 0),
        premium_fen INTEGER NOT NULL CHECK (premium_fen >= 0),
        fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
        poor INTEGER NOT NULL CHECK (poor IN (0, 1)),
        amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        premium_amount_fen INTEGER NOT NULL CHECK (premium_amount_fen >= 0),
        offset_fen INTEGER NOT NULL CHECK (offset_fen >= 0 AND offset_fen <= amount_fen),
        trace_code TEXT NOT NULL UNIQUE, receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX buyback_lots_farmer ON buyback_lots(farmer_id, created_at)",
    "CREATE INDEX buyback_lots_price ON buyback_lots(price_id)",
    "CREATE INDEX buyback_lots_created ON buyback_lots(created_at)",
    f"""CREATE TABLE buyback_dispatches (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        destination TEXT NOT NULL, vehicle TEXT, note TEXT,
        quantity_base INTEGER NOT NULL CHECK (quantity_base > 0),
        fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),
        receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    f"""CREATE TABLE buyback_dispatch_lines (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        dispatch_id TEXT NOT NULL REFERENCES buyback_dispatches(id),
        lot_id TEXT NOT NULL REFERENCES buyback_lots(id),
        quantity_base INTEGER NOT NULL CHECK (quantity_base > 0),
        fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0), UNIQUE (dispatch_id, lot_id))""",
    "CREATE INDEX buyback_dispatch_lines_lot ON buyback_dispatch_lines(lot_id)",
    f"""CREATE TABLE buyback_movements (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        lot_id TEXT NOT NULL REFERENCES buyback_lots(id),
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'dispatch', 'spoil')),
        quantity_base INTEGER NOT NULL CHECK (quantity_base <> 0),
        dispatch_id TEXT REFERENCES buyback_dispatches(id),
        reverses_id TEXT REFERENCES buyback_movements(id), reason TEXT,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX buyback_movements_lot ON buyback_movements(lot_id)",
    # bought = dispatched + spoiled + on hand: each term is a sum of one kind's movements, so
    # the identity holds by construction; these triggers keep the terms honest.
    """CREATE TRIGGER buyback_stock_never_negative BEFORE INSERT ON buyback_movements
        WHEN NEW.quantity_base < 0 AND (SELECT COALESCE(SUM(quantity_base), 0)
            FROM buyback_movements WHERE lot_id = NEW.lot_id) + NEW.quantity_base < 0
        BEGIN SELECT RAISE(ABORT, 'buy-back stock on hand would go negative'); END""",
    """CREATE TRIGGER buyback_intake_is_paid_weight BEFORE INSERT ON buyback_movements
        WHEN NEW.kind = 'intake' AND NEW.reverses_id IS NULL AND (NEW.quantity_base <>
            (SELECT paid_base FROM buyback_lots WHERE id = NEW.lot_id) OR EXISTS (SELECT 1
            FROM buyback_movements WHERE lot_id = NEW.lot_id AND kind = 'intake'))
        BEGIN SELECT RAISE(ABORT, 'a lot is taken in once, at its paid weight'); END""",
    """CREATE TRIGGER buyback_movement_signs BEFORE INSERT ON buyback_movements
        WHEN (NEW.reverses_id IS NULL AND NEW.kind <> 'intake' AND NEW.quantity_base > 0)
          OR (NEW.reverses_id IS NOT NULL AND NEW.quantity_base <> -(SELECT quantity_base
              FROM buyback_movements WHERE id = NEW.reverses_id))
        BEGIN SELECT RAISE(ABORT, 'a buy-back movement has the wrong sign'); END""",
    f"""CREATE TABLE buyback_fees (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        dispatch_id TEXT NOT NULL REFERENCES buyback_dispatches(id),
        line_id TEXT NOT NULL REFERENCES buyback_dispatch_lines(id),
        lot_id TEXT NOT NULL REFERENCES buyback_lots(id),
        amount_fen INTEGER NOT NULL,
        reverses_id TEXT UNIQUE REFERENCES buyback_fees(id), created_at TEXT NOT NULL)""",
    "CREATE INDEX buyback_fees_created ON buyback_fees(created_at)",
    "CREATE INDEX buyback_fees_dispatch ON buyback_fees(dispatch_id)",
    # What the county repaid this station for buy-back: county records, pulled, never edited.
    """CREATE TABLE buyback_reimbursements (
        id TEXT PRIMARY KEY, period TEXT NOT NULL, amount_fen INTEGER NOT NULL,
        method TEXT NOT NULL, reference TEXT, note TEXT, paid_at TEXT NOT NULL)""",
]


@migrations(name="0011_buyback")
def m0011_buyback(db: Database) -> None:
    """The buy-back tables (module docstring); the synced ones are append-only by trigger."""
    for statement in _TABLES:
        db.execute(statement)
    for table in BUYBACK_SYNCED:
        for action in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
