"""The parcel desk's incoming side (代收): check-in, matching to orders, notify, pickup,
returns to the courier and lost or damaged reports.

Parcels and their events stay at the station (``migrations_parcels.py``); each check-in adds
one to the day's synced ``parcel_days`` count, which is all the county learns.  A parcel is
never deleted: its state moves on (shelved → picked up, returned or lost) and every step is
an append-only ``parcel_events`` row.  Phones are shown masked (``mask``); the full number
leaves this module only through :meth:`Parcels.call`, the operator's explicit call action,
which records that it was shown.

Each writing method is one transaction (``Records.atomic``) and validates before it writes:
a refusal writes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from . import parcel_couriers, parcel_shelves
from .errors import InvalidInput, InvalidState, NotFound
from .text import clean_name, clean_phone, clean_text, mask_phone

if TYPE_CHECKING:
    from .station import Station

STATES_ZH = {"shelved": "在架", "picked_up": "已取件", "returned": "已退件", "lost": "已丢失"}
OVERDUE_SETTING = "parcel_overdue_days"
DEFAULT_OVERDUE_DAYS = 3
_LAST4 = re.compile(r"^[0-9]{4}$")
_REASON_MAX = 200


@dataclass(frozen=True)
class Parcel:
    id: str
    waybill: str
    courier: str
    phone_masked: str
    phone_last4: str
    name: str | None
    shelf: int
    cell: int
    code: str
    state: str
    damaged: bool
    fee_fen: int
    farmer_id: str | None
    order_id: str | None
    notified_at: str | None
    checked_in_at: str
    closed_at: str | None
    collected_by: str | None
    on_behalf: bool

    @property
    def slot(self) -> str:
        return parcel_shelves.slot_name(self.shelf, self.cell)


@dataclass(frozen=True)
class OrderMatch:
    """An open assisted-purchase order of a farmer whose phone matches the parcel's."""

    order_id: str
    number: str
    farmer_id: str
    farmer_name: str
    exact: bool  # the full phone matched (else only its last four digits)


@dataclass(frozen=True)
class ParcelDay:
    """The parcel desk in the daily close and reports."""

    checked_in: int
    picked_up: int
    returned: int
    sent: int
    #: What senders paid for outgoing parcels (also in the takings by method).
    send_fees_fen: int
    #: What couriers owe for the day's parcels, at the rates copied onto them.
    courier_fees_fen: int


@dataclass(frozen=True)
class CheckIn:
    parcel: Parcel
    matches: list[OrderMatch]


_COLUMNS = (
    "id, waybill, courier, phone, phone_last4, name, shelf, cell, code, state, damaged, "
    "fee_fen, farmer_id, order_id, notified_at, checked_in_at, closed_at, collected_by, "
    "on_behalf"
)


def mask(phone: str | None, last4: str) -> str:
    """138****1234 for a full number, ****1234 when only the last four are known."""
    return mask_phone(phone) if phone else "*******" + last4


def _parcel(row: tuple[Any, ...]) -> Parcel:
    return Parcel(
        row[0], row[1], row[2], mask(row[3], row[4]), row[4], row[5], row[6], row[7], row[8],
        row[9], bool(row[10]), row[11], row[12], row[13], row[14], row[15], row[16], row[17],
        bool(row[18]),
    )  # fmt: skip


def clean_recipient_phone(text: object) -> tuple[str | None, str]:
    """(full phone or None, last four digits): 11-digit mobiles and landlines are kept whole,
    four digits alone, or a number typed as printed masked (``138****1234``), give its last four."""
    raw = re.sub(r"[\s\-]", "", str(text or ""))
    value = raw.replace("*", "")
    if _LAST4.match(value) or ("*" in raw and _LAST4.match(value[-4:])):
        return None, value[-4:]
    if not value:
        raise InvalidInput("field_required", field="phone")
    full = clean_phone(value, required=True)
    assert full is not None
    return full, full[-4:]


def clean_reason(text: object) -> str:
    reason = clean_text(text, "reason", max_len=_REASON_MAX)
    assert reason is not None
    return reason


class Parcels:
    def __init__(self, station: Station) -> None:
        self._s = station

    # -- check-in ------------------------------------------------------------------------------

    def recognise(self, waybill: str) -> tuple[str, parcel_couriers.Courier]:
        """Clean a scan and name its courier; refuses an unreadable or duplicate waybill."""
        number = parcel_couriers.clean_waybill(waybill)
        self._refuse_duplicate(number)
        return number, parcel_couriers.recognise(number)

    def _refuse_duplicate(self, number: str) -> None:
        row = self._s.db.execute(
            "SELECT code, state FROM parcels WHERE waybill = ?", (number,)
        ).fetchone()
        if row is not None:
            raise InvalidState(
                "waybill_duplicate", waybill=number, code=row[0], state=STATES_ZH[row[1]]
            )

    def check_in(
        self,
        waybill: str,
        phone: str,
        name: str | None = None,
        *,
        courier: str | None = None,
        slot: str | None = None,
    ) -> CheckIn:
        """Shelve a parcel: the suggested slot (or ``slot`` like ``"3-12"``), a new pickup code,
        the courier's fee for a received parcel, and the orders it may be the arrival of."""
        op = self._s.require_operator()
        number = parcel_couriers.clean_waybill(waybill)
        chosen = parcel_couriers.courier(courier) if courier else parcel_couriers.recognise(number)
        full, last4 = clean_recipient_phone(phone)
        who = clean_name(name, "recipient_name", required=False)
        self._refuse_duplicate(number)
        lay = parcel_shelves.layout(self._s)
        if slot:
            shelf, cell = parcel_shelves.parse_slot(slot)
            parcel_shelves.check_slot(self._s, shelf, cell, lay)
        else:
            shelf, cell = parcel_shelves.suggest(self._s, lay)
        farmer_id = self._farmer_of(full)
        fee = self._s.parcel_fees.rate(chosen.code)[0]
        now = self._s.clock.stamp()
        with self._s.records.atomic() as db:
            self._s.records.wrote("parcels", "parcel_events")
            seq = parcel_shelves.next_code_seq(self._s)
            code = parcel_shelves.pickup_code(shelf, cell, seq)
            parcel_id = self._s.new_id()
            db.execute(
                "INSERT INTO parcels (id, waybill, courier, phone, phone_last4, name, shelf, "
                "cell, code_seq, code, state, fee_fen, farmer_id, checked_in_at, operator_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'shelved', ?, ?, ?, ?)",
                (parcel_id, number, chosen.code, full, last4, who, shelf, cell, seq, code,
                 fee, farmer_id, now, op.id),
            )  # fmt: skip
            self._event(parcel_id, "checked_in", code)
            self.tally(now[:10], parcels_in=1)
        return CheckIn(self.get(parcel_id), self.order_matches(full, last4))

    def _farmer_of(self, phone: str | None) -> str | None:
        if phone is None:
            return None
        rows = self._s.db.execute("SELECT id FROM farmers WHERE phone = ?", (phone,)).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def order_matches(self, phone: str | None, last4: str) -> list[OrderMatch]:
        """Open orders waiting for their parcel (ordered on a platform, not yet arrived) of
        farmers with this phone; with only the last four digits, farmers whose phone ends so."""
        if phone:
            where, param = "f.phone = ?", phone
        else:
            where, param = "substr(f.phone, -4) = ?", last4
        rows = self._s.db.execute(
            "SELECT o.id, o.number, f.id, f.name FROM orders o JOIN farmers f "
            f"ON f.id = o.farmer_id WHERE o.status = 'ordered' AND {where} "
            "ORDER BY o.created_at LIMIT 20",
            (param,),
        ).fetchall()
        return [OrderMatch(r[0], r[1], r[2], r[3], phone is not None) for r in rows]

    def arrive_order(self, parcel_id: str, order_id: str) -> Parcel:
        """The parcel is that order's arrival: the order becomes 已到货 through the order
        service, and the parcel remembers its order and farmer."""
        parcel = self.get(parcel_id)
        if parcel.order_id is not None:
            raise InvalidState("parcel_already_matched", code=parcel.code)
        order = self._s.purchasing.get(order_id)
        with self._s.records.atomic() as db:
            self._s.purchasing.mark_arrived(order_id)
            self._s.records.wrote("parcels", "parcel_events")
            db.execute(
                "UPDATE parcels SET order_id = ?, farmer_id = ? WHERE id = ?",
                (order_id, order.farmer_id, parcel_id),
            )
            self._event(parcel_id, "matched", order.number)
        return self.get(parcel_id)

    # -- finding -------------------------------------------------------------------------------

    def get(self, parcel_id: str) -> Parcel:
        row = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM parcels WHERE id = ?", (parcel_id,)
        ).fetchone()
        if row is None:
            raise NotFound("parcel_not_found", query=parcel_id[:40])
        return _parcel(row)

    def find(self, query: str, *, shelved_only: bool = True, limit: int = 50) -> list[Parcel]:
        """Parcels by pickup code (``3-12-0458``), the last four digits of the phone, a
        waybill scan, or the recipient's name (its start); on the shelves unless told."""
        text = re.sub(r"\s", "", str(query or ""))
        if not text:
            return []
        state = "state = 'shelved' AND " if shelved_only else ""
        params: tuple[str, ...]
        if parcel_shelves.CODE.match(text):
            sql, params = f"{state}code = ?", (text,)
        elif _LAST4.match(text):
            sql, params = f"{state}phone_last4 = ?", (text,)
        elif re.fullmatch(r"[A-Za-z0-9\-]{8,40}", text):
            sql, params = f"{state}waybill = ?", (parcel_couriers.clean_waybill(text),)
        else:
            sql, params = f"{state}name >= ? AND name < ?", (text, text + "\U0010ffff")
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM parcels WHERE {sql} ORDER BY checked_in_at LIMIT ?",
            (*params, limit),
        ).fetchall()
        return [_parcel(r) for r in rows]

    def find_for_pickup(self, query: str) -> list[Parcel]:
        """:meth:`find` on the shelves; a pickup code that matches nothing is refused, and so
        is a waybill whose parcel left the shelves (saying how it left)."""
        found = self.find(query)
        if found:
            return found
        text = re.sub(r"\s", "", str(query or ""))
        if parcel_shelves.CODE.match(text):
            raise NotFound("pickup_code_unknown", code=text)
        gone = [p for p in self.find(text, shelved_only=False) if p.state != "shelved"]
        if gone:
            raise InvalidState(
                "parcel_not_on_shelf", code=gone[0].code, state=STATES_ZH[gone[0].state]
            )
        return []

    def shelved(self, limit: int = 500) -> list[Parcel]:
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM parcels WHERE state = 'shelved' "
            "ORDER BY checked_in_at DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [_parcel(r) for r in rows]

    def to_notify(self, limit: int = 500) -> list[Parcel]:
        """On the shelves and nobody called yet, oldest first."""
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM parcels WHERE state = 'shelved' AND notified_at IS NULL "
            "ORDER BY checked_in_at LIMIT ?",
            (limit,),
        ).fetchall()
        return [_parcel(r) for r in rows]

    def waiting(self) -> tuple[int, int]:
        """(on the shelves with nobody called yet, on the shelves past the overdue days):
        Home's to-do counts, two indexed counts instead of the lists."""
        before = (self._s.clock.now() - timedelta(days=self.overdue_days())).isoformat(
            timespec="milliseconds"
        )
        row = self._s.db.execute(
            "SELECT COALESCE(SUM(notified_at IS NULL), 0), COALESCE(SUM(checked_in_at < ?), 0) "
            "FROM parcels WHERE state = 'shelved'",
            (before,),
        ).fetchone()
        return int(row[0]), int(row[1])

    def overdue_days(self) -> int:
        return int(self._s.setting(OVERDUE_SETTING, DEFAULT_OVERDUE_DAYS))

    def overdue(self, limit: int = 500) -> list[Parcel]:
        """On the shelves longer than the ``parcel_overdue_days`` setting, oldest first."""
        before = (self._s.clock.now() - timedelta(days=self.overdue_days())).isoformat(
            timespec="milliseconds"
        )
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM parcels WHERE state = 'shelved' AND checked_in_at < ? "
            "ORDER BY checked_in_at LIMIT ?",
            (before, limit),
        ).fetchall()
        return [_parcel(r) for r in rows]

    def picked_up_on(self, day: str) -> list[Parcel]:
        """The day's pickups, for the signature list."""
        rows = self._s.db.execute(
            f"SELECT {_COLUMNS} FROM parcels WHERE state = 'picked_up' AND closed_at >= ? "
            "AND closed_at < ? ORDER BY closed_at",
            (day, day + "T99"),
        ).fetchall()
        return [_parcel(r) for r in rows]

    # -- notify, pickup, return, lost and damaged ------------------------------------------------

    def call(self, parcel_id: str) -> str:
        """The operator's call action: the full number (or the last four when that is all the
        waybill gave) is returned and the parcel counts as notified."""
        self._s.require_operator()
        parcel = self.get(parcel_id)
        phone = self._s.records.scalar("SELECT phone FROM parcels WHERE id = ?", (parcel_id,))
        with self._s.records.atomic() as db:
            self._s.records.wrote("parcels", "parcel_events")
            db.execute(
                "UPDATE parcels SET notified_at = ? WHERE id = ?",
                (self._s.clock.stamp(), parcel_id),
            )
            self._event(parcel_id, "notified", None)
        return str(phone) if phone else parcel.phone_last4

    def pickup(
        self, parcel_id: str, confirm_waybill: str, *, on_behalf_name: str | None = None
    ) -> Parcel:
        """Hand the parcel over once its waybill is scanned again; the recipient collects it
        (self) or someone on their behalf (``on_behalf_name``)."""
        self._s.require_operator()
        parcel = self._open(parcel_id)
        scanned = parcel_couriers.clean_waybill(confirm_waybill, "confirm_waybill")
        if scanned != parcel.waybill:
            raise InvalidInput("pickup_waybill_mismatch", code=parcel.code)
        proxy = clean_name(on_behalf_name, "collector_name", required=False)
        collected = proxy or parcel.name or parcel.phone_masked
        self._close(
            parcel, "picked_up", "picked_up", proxy and f"on behalf: {proxy}", collected, proxy
        )
        return self.get(parcel_id)

    def return_to_courier(self, parcel_id: str, reason: str) -> Parcel:
        """退件: the parcel goes back to the courier, with the reason."""
        self._s.require_operator()
        parcel = self._open(parcel_id)
        self._close(parcel, "returned", "returned", clean_reason(reason))
        return self.get(parcel_id)

    def report_lost(self, parcel_id: str, reason: str) -> Parcel:
        self._s.require_operator()
        parcel = self._open(parcel_id)
        self._close(parcel, "lost", "lost", clean_reason(reason))
        return self.get(parcel_id)

    def report_damaged(self, parcel_id: str, reason: str) -> Parcel:
        """The parcel stays on the shelf (it may still be collected or returned), marked."""
        self._s.require_operator()
        parcel = self._open(parcel_id)
        text = clean_reason(reason)
        with self._s.records.atomic() as db:
            self._s.records.wrote("parcels", "parcel_events")
            db.execute("UPDATE parcels SET damaged = 1 WHERE id = ?", (parcel.id,))
            self._event(parcel.id, "damaged", text)
        return self.get(parcel_id)

    def events(self, parcel_id: str) -> list[dict[str, Any]]:
        return self._s.records.all(
            "SELECT event, detail, created_at, operator_id FROM parcel_events "
            "WHERE parcel_id = ? ORDER BY id",
            (parcel_id,),
        )

    def _open(self, parcel_id: str) -> Parcel:
        parcel = self.get(parcel_id)
        if parcel.state != "shelved":
            raise InvalidState(
                "parcel_not_on_shelf", code=parcel.code, state=STATES_ZH[parcel.state]
            )
        return parcel

    def _close(
        self,
        parcel: Parcel,
        state: str,
        event: str,
        detail: str | None,
        collected_by: str | None = None,
        proxy: str | None = None,
    ) -> None:
        with self._s.records.atomic() as db:
            self._s.records.wrote("parcels", "parcel_events")
            cursor = db.execute(
                "UPDATE parcels SET state = ?, closed_at = ?, collected_by = ?, on_behalf = ? "
                "WHERE id = ? AND state = 'shelved'",
                (state, self._s.clock.stamp(), collected_by, int(bool(proxy)), parcel.id),
            )
            if cursor.rowcount != 1:
                raise InvalidState("parcel_not_on_shelf", code=parcel.code, state="?")
            self._event(parcel.id, event, detail)

    def _event(self, parcel_id: str, event: str, detail: str | None) -> None:
        self._s.db.execute(
            "INSERT INTO parcel_events (parcel_id, event, detail, created_at, operator_id) "
            "VALUES (?, ?, ?, ?, ?)",
            (parcel_id, event, detail, self._s.clock.stamp(), self._s.require_operator().id),
        )

    # -- the county's counts ---------------------------------------------------------------------

    def tally(self, day: str, *, parcels_in: int = 0, parcels_out: int = 0) -> None:
        """Add to the day's synced counts (inside the caller's transaction)."""
        r = self._s.records
        now = self._s.clock.stamp()
        row = r.one(
            "SELECT id, parcels_in, parcels_out, version FROM parcel_days WHERE day = ?", (day,)
        )
        if row is None:
            r.insert(
                "parcel_days",
                {
                    "day": day,
                    "parcels_in": parcels_in,
                    "parcels_out": parcels_out,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                },
            )
            return
        changes: dict[str, Any] = {"updated_at": now}
        if parcels_in:
            changes["parcels_in"] = row["parcels_in"] + parcels_in
        if parcels_out:
            changes["parcels_out"] = row["parcels_out"] + parcels_out
        r.update("parcel_days", row["id"], changes, base_version=row["version"])

    def day_figures(self, day: str, *, until: str | None = None) -> ParcelDay:
        """The day's parcels and fees; with ``until`` (a stamp), only what happened up to it."""
        db, end = self._s.db, day + "T99"
        if until is not None and until[:10] == day:
            end = min(end, until + "\uffff")
        n_in, fees_in = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(fee_fen), 0) FROM parcels "
            "WHERE checked_in_at >= ? AND checked_in_at < ?",
            (day, end),
        ).fetchone()
        closed = dict(
            db.execute(
                "SELECT event, COUNT(*) FROM parcel_events WHERE event IN ('picked_up', "
                "'returned') AND created_at >= ? AND created_at < ? GROUP BY event",
                (day, end),
            ).fetchall()
        )
        n_out, paid, margin = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(fee_fen), 0), COALESCE(SUM(margin_fen), 0) "
            "FROM parcel_sends WHERE created_at >= ? AND created_at < ?",
            (day, end),
        ).fetchone()
        return ParcelDay(
            n_in, closed.get("picked_up", 0), closed.get("returned", 0), n_out, paid,
            fees_in + margin,
        )  # fmt: skip

    def counts(self, day_from: str, day_to: str) -> list[dict[str, Any]]:
        """The synced counts per day, ``day_from`` to ``day_to`` inclusive."""
        return self._s.records.all(
            "SELECT day, parcels_in, parcels_out FROM parcel_days WHERE day >= ? AND day <= ? "
            "ORDER BY day",
            (day_from, day_to),
        )
