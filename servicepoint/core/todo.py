"""The operator's to-do list for Home: what is waiting at the point right now, each item
pointing at the screen where it is done.

Counted from the records in a few indexed queries (on a five-year station too), so Home can
load it on the database worker when it is shown.  Only what is waiting is listed; an empty
list means nothing is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .station import Station

#: How far back an unclosed day is looked for: a point that has not closed for a month has a
#: bigger problem than a to-do item, and the query stays small.
UNCLOSED_LOOKBACK_DAYS = 31


@dataclass(frozen=True)
class Todo:
    key: str  # what is waiting (see KINDS)
    count: int
    screen: str  # the navigation key of the screen where it is done
    oldest: str = ""  # the oldest day concerned, where that helps (YYYY-MM-DD)


#: Every kind of to-do item in the order Home lists them, with the screen that handles it.
KINDS = (
    ("orders_to_place", "orders"),
    ("orders_to_hand_out", "orders"),
    ("farmers_to_settle", "consignment"),
    ("parcels_to_notify", "parcels"),
    ("parcels_overdue", "parcels"),
    ("days_to_close", "reports"),
    ("unprinted", "unprinted"),  # the window's list of unprinted receipts, not a screen
)


def todo_list(station: Station, today: str, *, unprinted: int = 0) -> list[Todo]:
    """What waits at the point on ``today``; ``unprinted`` is the count of receipts kept as
    files because they did not print (the window knows its own folder)."""
    counts = station.purchasing.counts_by_status()
    due = station.reports.consignment().due
    unclosed = unclosed_days(station, today)
    to_notify, overdue = station.parcels.waiting()
    found = {
        "parcels_to_notify": (to_notify, ""),
        "parcels_overdue": (overdue, ""),
        "orders_to_place": (counts.get("placed", 0), ""),
        "orders_to_hand_out": (counts.get("arrived", 0), ""),
        "farmers_to_settle": (len(due), ""),
        "days_to_close": (len(unclosed), unclosed[0] if unclosed else ""),
        "unprinted": (unprinted, ""),
    }
    return [
        Todo(key, found[key][0], screen, found[key][1])
        for key, screen in KINDS
        if found[key][0] > 0
    ]


def unclosed_days(station: Station, today: str) -> list[str]:
    """Days before ``today`` with money taken or paid out and no day close, oldest first.

    Today itself is not listed: it is still being worked.
    """
    start = (date.fromisoformat(today) - timedelta(days=UNCLOSED_LOOKBACK_DAYS)).isoformat()
    rows = station.records.all(
        "SELECT DISTINCT substr(created_at, 1, 10) AS day FROM payments "
        "WHERE created_at >= ? AND created_at < ? ORDER BY day",
        (start, today),
    )
    closed = {
        row["day"]
        for row in station.records.all(
            "SELECT DISTINCT day FROM day_closes WHERE day >= ? AND day < ?", (start, today)
        )
    }
    return [row["day"] for row in rows if row["day"] not in closed]
