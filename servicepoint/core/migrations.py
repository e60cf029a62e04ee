"""The station schema, as sqlite-utils migrations.

A shipped migration is never edited: a change to the schema is a new named step appended here.
The schema is written in SQL rather than with ``table.create`` because it leans on CHECK
constraints, partial indexes and triggers that the table API does not express.

Conventions every synced table follows (SYNC.md):
- ``id`` is a UUIDv7 made on the device, ``station`` the owning station's code;
- ``change_seq`` is the outbox sequence of the record's latest change, written in the same
  transaction, so ``servicepoint check`` can prove the change log covers every record.
Money tables are append-only: triggers refuse UPDATE and DELETE on them.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("servicepoint")

#: Tables that carry money or stock and may only ever be inserted into.
APPEND_ONLY = (
    "order_lines",
    "order_events",
    "order_returns",
    "payments",
    "ledger_entries",
    "commission_entries",
    "receipts",
    "receipt_prints",
    "consignment_batches",
    "stock_movements",
    "consignment_sales",
    "settlements",
    "settlement_lines",
    "settlement_fees",
    "remittances",
    "day_closes",
    "audit_log",
)

#: Every table whose rows sync to the county (owned by the station).
SYNCED = (
    "farmers",
    "catalogue_items",
    "orders",
    *APPEND_ONLY,
    "order_platform_refs",  # append-only too, from 0006 (its triggers are made there)
    "parcel_days",  # parcels in and out per day, from 0010 (migrations_parcels.py)
    # produce bought outright, from 0011 (migrations_buyback.BUYBACK_SYNCED; append-only too)
    "buyback_lots",
    "buyback_dispatches",
    "buyback_dispatch_lines",
    "buyback_movements",
    "buyback_fees",
)

_SYNC_COLS = "station TEXT NOT NULL, change_seq INTEGER NOT NULL"

_INITIAL = [
    """CREATE TABLE station (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        code TEXT NOT NULL, name TEXT NOT NULL, village TEXT NOT NULL,
        township TEXT NOT NULL, county TEXT NOT NULL,
        training INTEGER NOT NULL DEFAULT 0,
        device_id TEXT NOT NULL, epoch INTEGER NOT NULL DEFAULT 1,
        secret TEXT NOT NULL, created_at TEXT NOT NULL)""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE operators (
        id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL CHECK (role IN ('operator', 'manager')),
        pin_salt TEXT NOT NULL, pin_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)""",
    "CREATE TABLE receipt_counters (year INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL)",
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, record_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('insert', 'update')), payload TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1), acked_seq INTEGER NOT NULL DEFAULT 0,
        last_success TEXT, last_error TEXT)""",
    # County-owned reference data: written only by import or (later) by sync pull.
    """CREATE TABLE categories (
        code TEXT PRIMARY KEY, name TEXT NOT NULL,
        commission_bp INTEGER NOT NULL CHECK (commission_bp BETWEEN 0 AND 5000),
        updated_at TEXT NOT NULL)""",
    f"""CREATE TABLE farmers (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        name TEXT NOT NULL, name_pinyin TEXT NOT NULL, name_initials TEXT NOT NULL,
        phone TEXT, village_group TEXT, id_number TEXT,
        is_poor INTEGER NOT NULL DEFAULT 0, poverty_card_no TEXT, note TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)""",
    "CREATE INDEX farmers_name ON farmers(name)",
    "CREATE INDEX farmers_pinyin ON farmers(name_pinyin)",
    "CREATE INDEX farmers_initials ON farmers(name_initials)",
    "CREATE INDEX farmers_phone ON farmers(phone)",
    "CREATE INDEX farmers_village ON farmers(village_group)",
    # station IS NULL: a county catalogue item; otherwise an ad-hoc item typed at the point.
    """CREATE TABLE catalogue_items (
        id TEXT PRIMARY KEY, station TEXT, change_seq INTEGER,
        sku TEXT, barcode TEXT, name TEXT NOT NULL, name_initials TEXT NOT NULL,
        category_code TEXT NOT NULL REFERENCES categories(code),
        unit TEXT NOT NULL, price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
        platform TEXT, link_ref TEXT,
        commission_bp INTEGER CHECK (commission_bp BETWEEN 0 AND 5000),
        source TEXT NOT NULL CHECK (source IN ('county', 'adhoc')),
        active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX catalogue_sku ON catalogue_items(sku) WHERE sku IS NOT NULL",
    "CREATE INDEX catalogue_barcode ON catalogue_items(barcode)",
    "CREATE INDEX catalogue_name ON catalogue_items(name)",
    "CREATE INDEX catalogue_initials ON catalogue_items(name_initials)",
    f"""CREATE TABLE receipts (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        number TEXT NOT NULL UNIQUE, year INTEGER NOT NULL, seq INTEGER NOT NULL,
        kind TEXT NOT NULL, amount_fen INTEGER NOT NULL, farmer_id TEXT REFERENCES farmers(id),
        ref_entity TEXT, ref_id TEXT,
        voids_receipt_id TEXT UNIQUE REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL, UNIQUE (year, seq))""",
    "CREATE INDEX receipts_ref ON receipts(ref_id)",
    "CREATE INDEX receipts_created ON receipts(created_at)",
    f"""CREATE TABLE receipt_prints (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        receipt_id TEXT NOT NULL REFERENCES receipts(id), copy_no INTEGER NOT NULL,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL, UNIQUE (receipt_id, copy_no))""",
    f"""CREATE TABLE orders (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        number TEXT NOT NULL UNIQUE, farmer_id TEXT NOT NULL REFERENCES farmers(id),
        status TEXT NOT NULL CHECK (status IN
            ('placed', 'ordered', 'arrived', 'completed', 'cancelled', 'returned')),
        platform_order_no TEXT, total_fen INTEGER NOT NULL CHECK (total_fen >= 0),
        note TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        operator_id TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)""",
    "CREATE INDEX orders_farmer ON orders(farmer_id)",
    "CREATE INDEX orders_status ON orders(status, created_at)",
    "CREATE INDEX orders_created ON orders(created_at)",
    f"""CREATE TABLE order_lines (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        order_id TEXT NOT NULL REFERENCES orders(id), line_no INTEGER NOT NULL,
        item_id TEXT REFERENCES catalogue_items(id), name TEXT NOT NULL, platform TEXT,
        link_ref TEXT, category_code TEXT NOT NULL, unit TEXT NOT NULL,
        quantity_base INTEGER NOT NULL CHECK (quantity_base > 0),
        base_per_unit INTEGER NOT NULL CHECK (base_per_unit > 0),
        unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
        line_total_fen INTEGER NOT NULL CHECK (line_total_fen >= 0),
        commission_bp INTEGER NOT NULL, commission_fen INTEGER NOT NULL,
        UNIQUE (order_id, line_no))""",
    f"""CREATE TABLE order_events (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        order_id TEXT NOT NULL REFERENCES orders(id), event TEXT NOT NULL, detail TEXT,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX order_events_order ON order_events(order_id)",
    f"""CREATE TABLE order_returns (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        order_id TEXT NOT NULL REFERENCES orders(id),
        line_id TEXT NOT NULL UNIQUE REFERENCES order_lines(id),
        amount_fen INTEGER NOT NULL, commission_reversed_fen INTEGER NOT NULL,
        receipt_id TEXT NOT NULL REFERENCES receipts(id), reason TEXT NOT NULL,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    f"""CREATE TABLE payments (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        kind TEXT NOT NULL, method TEXT NOT NULL CHECK (method IN ('cash', 'mobile', 'account')),
        amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
        tendered_fen INTEGER, change_fen INTEGER, reference TEXT,
        farmer_id TEXT REFERENCES farmers(id), order_id TEXT REFERENCES orders(id),
        sale_id TEXT, settlement_id TEXT, remittance_id TEXT,
        receipt_id TEXT NOT NULL REFERENCES receipts(id), reverses_id TEXT REFERENCES payments(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX payments_created ON payments(created_at)",
    "CREATE INDEX payments_order ON payments(order_id)",
    "CREATE INDEX payments_receipt ON payments(receipt_id)",
    f"""CREATE TABLE ledger_entries (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        farmer_id TEXT NOT NULL REFERENCES farmers(id), kind TEXT NOT NULL,
        amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0),
        order_id TEXT, settlement_id TEXT, payment_id TEXT, receipt_id TEXT NOT NULL,
        reverses_id TEXT REFERENCES ledger_entries(id), note TEXT,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX ledger_farmer ON ledger_entries(farmer_id, created_at)",
    f"""CREATE TABLE commission_entries (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        source TEXT NOT NULL CHECK (source IN ('purchase', 'consignment')),
        order_id TEXT, line_id TEXT, sale_id TEXT,
        base_fen INTEGER NOT NULL, commission_bp INTEGER NOT NULL, amount_fen INTEGER NOT NULL,
        reverses_id TEXT REFERENCES commission_entries(id), created_at TEXT NOT NULL)""",
    "CREATE INDEX commission_created ON commission_entries(created_at)",
    "CREATE INDEX commission_line ON commission_entries(line_id)",
    f"""CREATE TABLE consignment_batches (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        farmer_id TEXT NOT NULL REFERENCES farmers(id), product TEXT NOT NULL, grade TEXT,
        unit TEXT NOT NULL, base_per_unit INTEGER NOT NULL,
        quantity_base INTEGER NOT NULL CHECK (quantity_base > 0),
        floor_price_fen INTEGER CHECK (floor_price_fen IS NULL OR floor_price_fen >= 0),
        commission_bp INTEGER NOT NULL, trace_code TEXT NOT NULL UNIQUE, note TEXT,
        receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX batches_farmer ON consignment_batches(farmer_id)",
    f"""CREATE TABLE stock_movements (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        batch_id TEXT NOT NULL REFERENCES consignment_batches(id),
        kind TEXT NOT NULL CHECK (kind IN ('intake', 'sale', 'return', 'spoil', 'reversal')),
        quantity_base INTEGER NOT NULL CHECK (quantity_base <> 0),
        sale_id TEXT, reverses_id TEXT REFERENCES stock_movements(id), reason TEXT,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX movements_batch ON stock_movements(batch_id)",
    # Defence in depth for BRIEF §3 "on hand is never negative": the services check first and
    # raise a readable StockError; this trigger catches any path that forgot to.
    """CREATE TRIGGER stock_never_negative BEFORE INSERT ON stock_movements
        WHEN NEW.quantity_base < 0 AND (SELECT COALESCE(SUM(quantity_base), 0)
            FROM stock_movements WHERE batch_id = NEW.batch_id) + NEW.quantity_base < 0
        BEGIN SELECT RAISE(ABORT, 'stock on hand would go negative'); END""",
    f"""CREATE TABLE consignment_sales (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        batch_id TEXT NOT NULL REFERENCES consignment_batches(id),
        farmer_id TEXT NOT NULL REFERENCES farmers(id), buyer TEXT, channel TEXT NOT NULL,
        quantity_base INTEGER NOT NULL CHECK (quantity_base > 0),
        unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
        base_per_unit INTEGER NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
        commission_bp INTEGER NOT NULL, commission_fen INTEGER NOT NULL,
        method TEXT NOT NULL, reference TEXT, receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX sales_batch ON consignment_sales(batch_id)",
    "CREATE INDEX sales_farmer ON consignment_sales(farmer_id)",
    "CREATE INDEX sales_created ON consignment_sales(created_at)",
    f"""CREATE TABLE settlements (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        farmer_id TEXT NOT NULL REFERENCES farmers(id),
        proceeds_fen INTEGER NOT NULL, commission_fen INTEGER NOT NULL,
        fees_fen INTEGER NOT NULL, offset_fen INTEGER NOT NULL,
        payout_fen INTEGER NOT NULL CHECK (payout_fen >= 0),
        method TEXT NOT NULL, reference TEXT, receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    f"""CREATE TABLE settlement_lines (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        settlement_id TEXT NOT NULL REFERENCES settlements(id),
        sale_id TEXT NOT NULL REFERENCES consignment_sales(id),
        amount_fen INTEGER NOT NULL, commission_fen INTEGER NOT NULL)""",
    "CREATE INDEX settlement_lines_sale ON settlement_lines(sale_id)",
    f"""CREATE TABLE settlement_fees (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        settlement_id TEXT NOT NULL REFERENCES settlements(id),
        description TEXT NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen > 0))""",
    f"""CREATE TABLE remittances (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        period TEXT NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
        method TEXT NOT NULL, reference TEXT, receipt_id TEXT NOT NULL REFERENCES receipts(id),
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    f"""CREATE TABLE day_closes (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        day TEXT NOT NULL, opening_cash_fen INTEGER NOT NULL, cash_in_fen INTEGER NOT NULL,
        cash_out_fen INTEGER NOT NULL, expected_cash_fen INTEGER NOT NULL,
        counted_cash_fen INTEGER NOT NULL, difference_fen INTEGER NOT NULL, note TEXT,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
    "CREATE INDEX day_closes_day ON day_closes(day)",
    f"""CREATE TABLE audit_log (
        id TEXT PRIMARY KEY, {_SYNC_COLS},
        action TEXT NOT NULL, entity TEXT, record_id TEXT, reason TEXT, detail TEXT,
        created_at TEXT NOT NULL, operator_id TEXT NOT NULL)""",
]


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    db.execute("INSERT INTO sync_state (id, acked_seq) VALUES (1, 0)")


@migrations(name="0002_indexes_for_five_years")
def m0002_indexes(db: Database) -> None:
    """Indexes the five-year benchmark station showed were missing (bench/README.md):
    invariant checks, the daily close and the commission statement scanned whole tables."""
    for statement in (
        "CREATE INDEX commission_sale ON commission_entries(sale_id)",
        "CREATE INDEX payments_sale ON payments(sale_id)",
        "CREATE INDEX settlement_lines_settlement ON settlement_lines(settlement_id)",
        "CREATE INDEX order_returns_order ON order_returns(order_id)",
        "CREATE INDEX order_events_created ON order_events(created_at)",
        "CREATE INDEX payments_kind_created ON payments(kind, created_at, amount_fen)",
        "CREATE INDEX commission_source_created "
        "ON commission_entries(source, created_at, amount_fen)",
    ):
        db.execute(statement)


@migrations(name="0003_sync")
def m0003_sync(db: Database) -> None:
    """What the sync client and backups keep (SYNC.md): enrolment, cursors, the run history
    the operator reads, and the county-owned data that only arrives by pull."""
    for statement in (
        # epoch_base: the outbox seq just before the current epoch's first change; a restored
        # station starts a new epoch from its restored acked_seq (backup.py).
        "ALTER TABLE sync_state ADD COLUMN epoch_base INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE sync_state ADD COLUMN server_url TEXT",
        "ALTER TABLE sync_state ADD COLUMN token TEXT",
        "ALTER TABLE sync_state ADD COLUMN enrolled_at TEXT",
        "ALTER TABLE sync_state ADD COLUMN pull_cursor TEXT",
        "ALTER TABLE sync_state ADD COLUMN last_attempt TEXT",
        "ALTER TABLE sync_state ADD COLUMN last_error_code TEXT",
        "ALTER TABLE sync_state ADD COLUMN clock_offset_s INTEGER",
        # Items imported from a CSV before enrolment are unknown to the county; they are sent
        # once so the county accepts the orders that name them (sync_local.local_items).
        "ALTER TABLE sync_state ADD COLUMN local_items_sent INTEGER NOT NULL DEFAULT 0",
        # The epoch whose receipt numbers were last checked against the county's; below the
        # station's epoch means "restored and not yet synced": receipt numbers may repeat.
        "ALTER TABLE sync_state ADD COLUMN confirmed_epoch INTEGER NOT NULL DEFAULT 1",
        """CREATE TABLE sync_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, trigger TEXT NOT NULL,
            started_at TEXT NOT NULL, finished_at TEXT, ok INTEGER,
            pushed INTEGER NOT NULL DEFAULT 0, pulled INTEGER NOT NULL DEFAULT 0,
            error_code TEXT, error_params TEXT)""",
        """CREATE TABLE notices (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,
            published_at TEXT NOT NULL, expires_at TEXT, active INTEGER NOT NULL DEFAULT 1)""",
        # Commission the county paid this station: county records, pulled, never edited here.
        """CREATE TABLE county_payments (
            id TEXT PRIMARY KEY, period TEXT NOT NULL, amount_fen INTEGER NOT NULL,
            method TEXT NOT NULL, reference TEXT, note TEXT, paid_at TEXT NOT NULL)""",
        # Receipt numbers the county holds but this PC lost (restored from a backup): the
        # counter jumped past them, and ``check`` counts them as issued elsewhere, not as gaps.
        """CREATE TABLE receipt_gaps (
            year INTEGER NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
            created_at TEXT NOT NULL, PRIMARY KEY (year, first_seq))""",
        "CREATE INDEX settlements_farmer ON settlements(farmer_id, created_at)",
        """CREATE TABLE backups (
            id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, kind TEXT NOT NULL,
            created_at TEXT NOT NULL, size_bytes INTEGER NOT NULL)""",
    ):
        db.execute(statement)


@migrations(name="0004_numbering_and_conflicts")
def m0004_numbering(db: Database) -> None:
    """Numbers that are never issued twice, whatever the order of backup, restore and sync
    (core/numbering.py, docs/sync.md "Numbering after a restore"), and the conflicts the county
    reports until a manager acknowledges them."""
    for statement in (
        # Trace codes had their day's sequence counted from the day's batches, so a restore
        # restarted it; a counter row per day moves on like the receipt counters.
        """CREATE TABLE trace_counters (
            day TEXT PRIMARY KEY, last_seq INTEGER NOT NULL)""",
        """INSERT INTO trace_counters (day, last_seq)
            SELECT substr(trace_code, length(trace_code) - 9, 6),
                   MAX(CAST(substr(trace_code, length(trace_code) - 2) AS INTEGER))
            FROM consignment_batches GROUP BY 1""",
        # 0 after a restore that could not carry the replaced file's counters over: no numbered
        # document until the county confirms the numbers or a manager opens a fresh block.
        "ALTER TABLE sync_state ADD COLUMN numbers_open INTEGER NOT NULL DEFAULT 1",
        # Blocks of numbers opened after a restore; receipts in them print a mark.
        """CREATE TABLE number_blocks (
            id INTEGER PRIMARY KEY AUTOINCREMENT, series TEXT NOT NULL, period TEXT NOT NULL,
            first_seq INTEGER NOT NULL, reason TEXT NOT NULL, created_at TEXT NOT NULL,
            operator_id TEXT)""",
        # check_settlements matched each settlement's payments by a scan of all payments:
        # 160 s of `servicepoint check` on the five-year station (bench/README.md).
        "CREATE INDEX payments_settlement ON payments(settlement_id)",
        "CREATE INDEX payments_remittance ON payments(remittance_id)",
        # The drawer since the last count (reports.Drawer) reads cash by change-log position:
        # 93–108 ms per daily report without this on the five-year station, 1 ms with it.
        "CREATE INDEX payments_cash_seq ON payments(method, change_seq, amount_fen)",
        # Conflicts the county recorded for this station's pushes, shown until acknowledged.
        """CREATE TABLE sync_conflicts (
            county_id INTEGER PRIMARY KEY, entity TEXT NOT NULL, record_id TEXT NOT NULL,
            field TEXT NOT NULL, kept TEXT, lost TEXT, created_at TEXT NOT NULL,
            seen_at TEXT NOT NULL, acknowledged_at TEXT, acknowledged_by TEXT)""",
    ):
        db.execute(statement)


#: Where a receipt's stated facts were written before 0005: the audit action per receipt kind,
#: the detail key holding the receipt's number, and the column its ``record_id`` matches.


# Steps from 0005 on live in migrations_later.py; importing it here registers them after the
# first four, in order, wherever the station's migrations are used.
from . import migrations_later  # noqa: E402, F401  (registers on ``migrations``)
