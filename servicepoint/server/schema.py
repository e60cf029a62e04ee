"""The county database, as SQLAlchemy Core tables: one definition serves SQLite and PostgreSQL.

The station records live in tables named and shaped like the station's own (``entities.py``),
so county reports are plain SQL over the same columns the station's reports use.  The county's
own data (stations, tokens, cursors, catalogue, notices, payments) sits beside them.
Migrations (``migrations/versions``) create these tables; this module is the current shape.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)
from sqlalchemy.sql.schema import SchemaItem

from .entities import ENTITIES

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

stations = Table(
    "stations",
    metadata,
    Column("code", String(12), primary_key=True),
    Column("name", Text, nullable=False),
    Column("county", Text),
    Column("device_id", String(36)),  # bound when the station enrols
    Column("secret", String(64)),  # the station's receipt and export key, sent at enrolment
    Column("active", Integer, nullable=False, default=1),
    Column("created_at", String(40), nullable=False),
    Column("enrolled_at", String(40)),
    # 0006: where the station is (set by `county add-station` or the console's 站点 page),
    # and how its syncs go (recorded by routes/sync.py; the console's 总览 shows them).
    Column("township", Text),
    Column("village", Text),
    Column("last_sync_at", String(40)),  # the end of its last pull that reached the end
    Column("last_failure", String(80)),  # the code of its last refused push or repair
    Column("last_failure_at", String(40)),
    Column("app_version", String(40)),  # from its last handshake's version header
)

enrolment_codes = Table(
    "enrolment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("station", String(12), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("used_at", String(40)),
    # 0004: the device that used the code and the token it got (a retry from that device
    # after a cut answer replaces the token), and when a newer code for the station ended it.
    Column("device_id", String(36)),
    Column("token_hash", String(64)),
    Column("revoked_at", String(40)),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("station", String(12), nullable=False, index=True),
    Column("device_id", String(36), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40)),
)

county_users = Table(
    "county_users",
    metadata,
    Column("name", String(60), primary_key=True),
    Column("salt", String(64), nullable=False),
    Column("pin_hash", String(128), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("role", String(10), nullable=False, server_default="admin"),  # 0004: or "viewer"
)

county_sessions = Table(
    "county_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_name", String(60), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("created_at", String(40)),  # 0004: when the login was
)

# 0004: every admin action at the county (accounts.audit), written with the action.
county_audit = Table(
    "county_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("user_name", String(60), nullable=False),
    Column("action", String(80), nullable=False),
    Column("summary", Text, nullable=False),
)

cursors = Table(
    "cursors",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("station", String(12), nullable=False),
    Column("epoch_base", BigInteger, nullable=False),
    Column("acked_seq", BigInteger, nullable=False),
    Column("updated_at", String(40), nullable=False),
    PrimaryKeyConstraint("device_id", "epoch"),
)

changes = Table(
    "changes",
    metadata,
    Column("device_id", String(36), nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("station", String(12), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("op", String(8), nullable=False),
    Column("payload", Text, nullable=False),
    Column("received_at", String(40), nullable=False),
    PrimaryKeyConstraint("device_id", "epoch", "seq"),
    Index("changes_received", "received_at", "station"),  # 0006: changes received today
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station", String(12), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field", String(40), nullable=False),
    Column("kept", Text),
    Column("lost", Text),
    Column("created_at", String(40), nullable=False),
    # 0006: how the county resolved it (the console's 冲突 page); open while resolved_at is null
    Column("resolved_at", String(40)),
    Column("resolved_by", String(60)),
    Column("resolution_note", Text),
)

#: Every change to county-owned data, in order: stations pull from their cursor in this log.
county_log = Table(
    "county_log",
    metadata,
    Column("cursor", Integer, primary_key=True, autoincrement=True),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(60), nullable=False),
    Column("station", String(12)),  # NULL: for every station
    Column("payload", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Index("county_log_record", "entity", "record_id"),
)

categories = Table(
    "categories",
    metadata,
    Column("code", String(20), primary_key=True),
    Column("name", Text, nullable=False),
    Column("commission_bp", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

county_items = Table(
    "county_items",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("sku", String(40), nullable=False, unique=True),
    Column("barcode", String(40)),
    Column("name", Text, nullable=False),
    Column("name_initials", Text, nullable=False),
    Column("category_code", String(20), nullable=False),
    Column("unit", String(12), nullable=False),
    Column("price_fen", BigInteger, nullable=False),
    Column("platform", Text),
    Column("link_ref", Text),
    Column("commission_bp", Integer),
    Column("active", Integer, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

notices = Table(
    "notices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("published_at", String(40), nullable=False),
    Column("expires_at", String(40)),
    Column("active", Integer, nullable=False),
    # The one station it was sent to; null: every station (0007).
    Column("station", String(12)),
)

county_payments = Table(
    "county_payments",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("station", String(12), nullable=False, index=True),
    Column("period", String(7), nullable=False),
    Column("amount_fen", BigInteger, nullable=False),
    Column("method", String(20), nullable=False),
    Column("reference", Text),
    Column("note", Text),
    Column("paid_at", String(40), nullable=False),
    Column("created_by", String(60), nullable=False),
)


# 0011 (issue 16): the buy-back price lines the county publishes (stations pull them, like the
# catalogue; a withdrawn line stays with active = 0), and what it repaid each station for
# buy-back (pulled by that station into its monthly buy-back statement).
buyback_price_lines = Table(
    "buyback_price_lines",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("list_code", String(32), nullable=False),
    Column("list_name", Text, nullable=False),
    Column("product", Text, nullable=False),
    Column("grade", Text, nullable=False),
    Column("unit", String(12), nullable=False),
    Column("base_per_unit", Integer, nullable=False),
    Column("price_fen", BigInteger, nullable=False),
    Column("premium_fen", BigInteger, nullable=False),
    Column("fee_fen", BigInteger, nullable=False),
    Column("valid_from", String(10), nullable=False),
    Column("valid_to", String(10), nullable=False),
    Column("quota_base", BigInteger),
    Column("max_load_base", BigInteger),
    Column("moisture_std", Integer),
    Column("moisture_step_bp", Integer),
    Column("impurity_std", Integer),
    Column("impurity_step_bp", Integer),
    Column("active", Integer, nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("updated_by", String(60), nullable=False),
)

buyback_reimbursements = Table(
    "buyback_reimbursements",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("station", String(12), nullable=False, index=True),
    Column("period", String(7), nullable=False),
    Column("amount_fen", BigInteger, nullable=False),
    Column("method", String(20), nullable=False),
    Column("reference", Text),
    Column("note", Text),
    Column("paid_at", String(40), nullable=False),
    Column("created_by", String(60), nullable=False),
)


def _entity_table(name: str) -> Table:
    cols: list[SchemaItem] = [
        Column(
            c.name,
            BigInteger if c.integer else Text,
            nullable=c.nullable,
            primary_key=c.name == "id",
        )
        for c in ENTITIES[name].values()
    ]
    extra: list[SchemaItem] = [Index(f"{name}_station", "station")]
    if "created_at" in ENTITIES[name]:
        extra.append(Index(f"{name}_station_created", "station", "created_at"))
    if name in ("orders", "payments", "ledger_entries", "consignment_sales", "buyback_lots"):
        # 0009: the poverty figures of the farmers a push touched are recomputed from these
        extra.append(Index(f"{name}_farmer", "farmer_id"))
    if name in ("payments", "ledger_entries"):
        extra.append(Index(f"{name}_reverses", "reverses_id"))
    if name == "payments":
        extra.append(Index("payments_sale", "sale_id"))
    if name == "farmers":  # 0009: the watch list's poor households, index-only
        extra.append(
            Index(
                "farmers_poor_list",
                "is_poor",
                "station",
                "id",
                "name",
                "village_group",
                "poverty_card_no",
                "created_at",
            )
        )
    if name == "parcel_days":  # 0010: the console's parcels per village and day
        extra.append(Index("parcel_days_station_day", "station", "day", unique=True))
    if name == "receipts":
        # Not unique: a station restored from a backup may reissue numbers it lost before
        # its first sync; both receipts are kept and the clash is listed in ``conflicts``.
        extra.append(Index("receipts_station_number", "station", "number"))
    return Table(name, metadata, *cols, *extra)


records = {name: _entity_table(name) for name in ENTITIES}


def buyback_columns() -> list[Column[int]]:
    """0013: produce bought outright (收购) — the lots' amounts and, of them, the poor-household
    premium, net of voids — which the payouts and offsets already count as income; kept apart
    so the page shows the premium on its own line, as the station's report does."""
    return [
        Column("buyback_fen", BigInteger, nullable=False, server_default="0"),
        Column("premium_fen", BigInteger, nullable=False, server_default="0"),
    ]


def _poverty_table(name: str, period: str, width: int, *extra: SchemaItem) -> Table:
    """0009: one farmer's poverty figures per ``period`` (day or month), kept by ``ingest`` for
    ``poverty.py`` (``poverty_store.py`` says what each column holds)."""
    return Table(
        name,
        metadata,
        Column("station", String(12), nullable=False),
        Column("farmer_id", Text, nullable=False),
        Column(period, String(width), nullable=False),
        Column("is_poor", Integer, nullable=False),
        Column("served", Integer, nullable=False),
        Column("money_rows", Integer, nullable=False),
        Column("purchases_fen", BigInteger, nullable=False),
        Column("sales_fen", BigInteger, nullable=False),
        Column("payouts_fen", BigInteger, nullable=False),
        Column("offsets_fen", BigInteger, nullable=False),
        *buyback_columns(),
        Column("income_kept", Integer, nullable=False),
        PrimaryKeyConstraint("station", "farmer_id", period),
        Index(
            f"{name}_{period}",
            period,
            "station",
            "is_poor",
            "served",
            "money_rows",
            "purchases_fen",
            "sales_fen",
            "payouts_fen",
            "offsets_fen",
            "farmer_id",
        ),
        # the watch list's last income: a poor farmer's days with income kept, index-only
        Index(f"{name}_income", "income_kept", "is_poor", "station", "farmer_id", period),
        # the watch list's income in its window: the poor farmers' days only, index-only
        Index(
            f"{name}_poor",
            "is_poor",
            period,
            "station",
            "farmer_id",
            "money_rows",
            "payouts_fen",
            "offsets_fen",
        ),
        *extra,
    )


farmer_days = _poverty_table("farmer_days", "day", 10)
farmer_months = _poverty_table(
    "farmer_months",
    "month",
    7,
    # 0010: the farmer's latest month before this one with a service (None: none before), so
    # households served over whole months count without DISTINCT: a farmer is counted on the
    # one row that is served and whose previous served month is before the period.
    Column("prev_served", String(7)),
    # 0010: the farmer's next month after this one with a service (None: none after), so a
    # day before a period's whole months tells by one lookup whether its farmer was served in
    # them.
    Column("next_served", String(7)),
)

#: 0010: ``farmer_months``' served rows counted per station, month and previous served month
#: ("" for none): the households served over months A..B are the sum of the rows of A..B whose
#: ``prev_served`` is before A, read from a few hundred rows a station instead of every farmer.
station_month_firsts = Table(
    "station_month_firsts",
    metadata,
    Column("station", String(12), nullable=False),
    Column("month", String(7), nullable=False),
    Column("prev_served", String(7), nullable=False),
    Column("households", Integer, nullable=False),
    Column("poor_households", Integer, nullable=False),
    PrimaryKeyConstraint("station", "month", "prev_served"),
    Index("station_month_firsts_month", "month", "prev_served", "station"),
)

#: 0009: the figures of ``farmer_months`` summed per station and month (households served,
#: poor households served, the poor households' money), for the farmers' months that count.
station_months = Table(
    "station_months",
    metadata,
    Column("station", String(12), nullable=False),
    Column("month", String(7), nullable=False),
    Column("households", Integer, nullable=False),
    Column("poor_households", Integer, nullable=False),
    Column("purchases_fen", BigInteger, nullable=False),
    Column("sales_fen", BigInteger, nullable=False),
    Column("payouts_fen", BigInteger, nullable=False),
    Column("offsets_fen", BigInteger, nullable=False),
    *buyback_columns(),
    PrimaryKeyConstraint("station", "month"),
    Index("station_months_month", "month", "station"),
)
