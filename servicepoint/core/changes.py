"""The names of what a write changed, for the window to refresh what shows it.

One module owns them so a typo is an AttributeError, not a refresh that silently never comes
(issue 11).  A ``StrEnum``, so a set of changes still compares and prints as the plain names.
"""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    BACKUPS = "backups"
    CATALOGUE = "catalogue"
    COMMISSION = "commission"
    CONSIGNMENT = "consignment"
    DAY_CLOSE = "day_close"
    FARMERS = "farmers"
    LANGUAGE = "language"  # the window's language (not station data)
    LEDGER = "ledger"
    NOTICES = "notices"
    OPERATOR = "operator"  # who is signed in
    OPERATORS = "operators"  # the operator list
    PARCELS = "parcels"
    ORDERS = "orders"
    PAYMENTS = "payments"
    RECEIPTS = "receipts"
    REPORTS = "reports"
    SETTINGS = "settings"
    STATION = "station"
    STOCK = "stock"
    SYNC = "sync"


#: Everything: after a restore the whole station is another one.
EVERYTHING = frozenset(Change)


_MONEY = (Change.PAYMENTS, Change.REPORTS)

#: What the window shows from each table: a write to the table changes these.
TABLE_CHANGES: dict[str, frozenset[Change]] = {
    table: frozenset(changes)
    for table, changes in {
        "farmers": (Change.FARMERS,),
        "catalogue_items": (Change.CATALOGUE,),
        "categories": (Change.CATALOGUE,),
        "orders": (Change.ORDERS, Change.FARMERS),
        "order_lines": (Change.ORDERS,),
        "order_events": (Change.ORDERS,),
        "order_returns": (Change.ORDERS,),
        "payments": _MONEY,
        "receipts": (Change.RECEIPTS,),
        "receipt_prints": (Change.RECEIPTS,),
        "commission_entries": (Change.COMMISSION, Change.REPORTS),
        "remittances": (Change.COMMISSION, Change.REPORTS),
        "consignment_batches": (Change.CONSIGNMENT, Change.STOCK),
        "consignment_sales": (Change.CONSIGNMENT, Change.STOCK),
        "stock_movements": (Change.STOCK, Change.CONSIGNMENT),
        "ledger_entries": (Change.LEDGER, Change.FARMERS),
        "settlements": (Change.CONSIGNMENT,),
        "settlement_lines": (Change.CONSIGNMENT,),
        "settlement_fees": (Change.CONSIGNMENT,),
        "day_closes": (Change.DAY_CLOSE, Change.REPORTS),
        "settings": (Change.SETTINGS, Change.REPORTS, Change.SYNC),  # sync hours are settings
        "operators": (Change.OPERATORS,),
        "station": (Change.STATION,),
        "backups": (Change.BACKUPS,),
        "number_blocks": (Change.SYNC, Change.RECEIPTS),
        "sync_conflicts": (Change.SYNC,),
        "sync_state": (Change.SYNC,),
        "audit_log": (),
        "parcels": (Change.PARCELS,),
        "parcel_events": (Change.PARCELS,),
        "parcel_rates": (Change.PARCELS,),
        "parcel_sends": (Change.PARCELS, Change.REPORTS),
        "parcel_courier_payments": (Change.PARCELS, Change.REPORTS),
        "parcel_days": (Change.PARCELS, Change.REPORTS),
        "buyback_prices": (Change.STOCK,),
        "buyback_lots": (Change.STOCK, Change.REPORTS),
        "buyback_movements": (Change.STOCK,),
        "buyback_dispatches": (Change.STOCK, Change.REPORTS),
        "buyback_dispatch_lines": (Change.STOCK,),
        "buyback_fees": (Change.STOCK, Change.REPORTS),
        "buyback_reimbursements": (Change.REPORTS,),
    }.items()
}


def changes_for(tables: set[str]) -> frozenset[Change]:
    """What the window must refresh after writes to ``tables``.  A table missing from the map
    refreshes everything: a forgotten entry costs a redraw, never a stale screen."""
    found: set[Change] = set()
    for table in tables:
        found |= TABLE_CHANGES.get(table, EVERYTHING)
    return frozenset(found)
