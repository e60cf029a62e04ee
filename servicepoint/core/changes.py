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
