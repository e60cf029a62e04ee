"""Where incoming parcels sit: the shelf layout the operator sets up, slot suggestion, and
the pickup code (取件码).

The layout is ``shelves × rows × positions`` with a number of parcels per slot; it lives in
the ``parcel_shelves`` setting.  A slot is named by its shelf and its cell number on that
shelf, counted row by row: with 10 positions a row, row 2 position 2 is cell 12.  A pickup
code is ``<shelf>-<cell>-<nnnn>`` such as ``3-12-0458``, where ``nnnn`` is a running number
that is never shared by two parcels on the shelves at once.

Reads only; the writes happen inside ``Parcels.check_in``'s transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput, InvalidState

if TYPE_CHECKING:
    from .station import Station

SETTING = "parcel_shelves"
_LIMITS = {"shelves": 99, "rows": 20, "positions": 99, "per_slot": 50}
CODE = re.compile(r"^([0-9]{1,2})-([0-9]{1,4})-([0-9]{4})$")
SLOT = re.compile(r"^([0-9]{1,2})-([0-9]{1,4})$")


@dataclass(frozen=True)
class Layout:
    shelves: int = 5
    rows: int = 4
    positions: int = 10
    per_slot: int = 5

    @property
    def cells(self) -> int:
        return self.rows * self.positions

    @property
    def capacity(self) -> int:
        return self.shelves * self.cells * self.per_slot

    def exists(self, shelf: int, cell: int) -> bool:
        return 1 <= shelf <= self.shelves and 1 <= cell <= self.cells

    def row_position(self, cell: int) -> tuple[int, int]:
        return (cell - 1) // self.positions + 1, (cell - 1) % self.positions + 1

    def as_dict(self) -> dict[str, int]:
        return {
            "shelves": self.shelves,
            "rows": self.rows,
            "positions": self.positions,
            "per_slot": self.per_slot,
        }


def check_layout(value: Any) -> dict[str, int]:
    """The setting's check: four whole numbers within sensible limits."""
    allowed = ", ".join(f"{k} 1–{v}" for k, v in _LIMITS.items())
    if not isinstance(value, dict) or set(value) != set(_LIMITS):
        raise InvalidInput("setting_value", value=str(value)[:40], allowed=allowed)
    for key, top in _LIMITS.items():
        n = value[key]
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= top:
            raise InvalidInput("setting_value", value=f"{key}={str(n)[:20]}", allowed=allowed)
    return {k: int(value[k]) for k in _LIMITS}


def layout(station: Station) -> Layout:
    value = station.setting(SETTING)
    return Layout(**value) if value else Layout()


def slot_name(shelf: int, cell: int) -> str:
    return f"{shelf}-{cell}"


def parse_slot(text: object) -> tuple[int, int]:
    """``"3-12"`` → (3, 12); anything else is a slot that does not exist."""
    m = SLOT.match(str(text or "").strip())
    if m is None:
        raise InvalidInput("slot_unknown", slot=str(text)[:20])
    return int(m.group(1)), int(m.group(2))


def loads(station: Station) -> dict[tuple[int, int], int]:
    """Parcels on the shelves per slot (an index-only read of ``parcels_shelved_slot``)."""
    rows = station.db.execute(
        "SELECT shelf, cell, COUNT(*) FROM parcels WHERE state = 'shelved' GROUP BY shelf, cell"
    ).fetchall()
    return {(r[0], r[1]): r[2] for r in rows}


def suggest(station: Station, lay: Layout | None = None) -> tuple[int, int]:
    """The first slot, shelf by shelf and cell by cell, with room; refused when all are full."""
    lay = lay or layout(station)
    used = loads(station)
    for shelf in range(1, lay.shelves + 1):
        for cell in range(1, lay.cells + 1):
            if used.get((shelf, cell), 0) < lay.per_slot:
                return shelf, cell
    raise InvalidState("shelves_full", capacity=lay.capacity)


def check_slot(station: Station, shelf: int, cell: int, lay: Layout | None = None) -> None:
    """Refuse a slot that does not exist in the layout or is full."""
    lay = lay or layout(station)
    if not lay.exists(shelf, cell):
        raise InvalidInput("slot_unknown", slot=slot_name(shelf, cell))
    n = station.records.scalar(
        "SELECT COUNT(*) FROM parcels WHERE state = 'shelved' AND shelf = ? AND cell = ?",
        (shelf, cell),
    )
    if int(n or 0) >= lay.per_slot:
        raise InvalidState("slot_full", slot=slot_name(shelf, cell), per_slot=lay.per_slot)


def next_code_seq(station: Station) -> int:
    """The next running number 1–9999 not held by a parcel on the shelves (call inside the
    check-in transaction; it moves the counter on)."""
    db = station.db
    row = db.execute("SELECT last_seq FROM parcel_counters WHERE name = 'code'").fetchone()
    last = int(row[0]) if row else 0
    for _ in range(10_000):
        last = last % 9999 + 1
        taken = db.execute(
            "SELECT 1 FROM parcels WHERE state = 'shelved' AND code_seq = ? LIMIT 1", (last,)
        ).fetchone()
        if taken is None:
            break
    else:  # 9,999 parcels on the shelves: the layout allows no more than that anyway
        raise InvalidState("shelves_full", capacity=9999)
    db.execute(
        "INSERT INTO parcel_counters (name, last_seq) VALUES ('code', ?) "
        "ON CONFLICT(name) DO UPDATE SET last_seq = excluded.last_seq",
        (last,),
    )
    return last


def pickup_code(shelf: int, cell: int, seq: int) -> str:
    return f"{shelf}-{cell}-{seq:04d}"
