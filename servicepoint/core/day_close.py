"""The daily close (Z report) and the cash drawer between counts, for ``Reports``.

Split out of ``reports.py`` so that module stays small: closing a day is the one report that
writes (a close row and its Z receipt) and the one with its own rules about cut-offs, so it
lives here as ``DayCloses``, the base class of :class:`~servicepoint.core.reports.Reports`;
callers keep using ``station.reports.daily``, ``drawer``, ``close_day`` and the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput, InvalidState
from .money import check_fen, format_yuan
from .text import NOTE_MAX, clean_text

if TYPE_CHECKING:
    from .operators import Operator
    from .parcels import ParcelDay
    from .receipts import Receipt
    from .station import Station

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_day(day: str) -> str:
    if not isinstance(day, str) or not _DAY.match(day):
        raise InvalidInput("day_malformed", value=str(day)[:20])
    try:
        date.fromisoformat(day)
    except ValueError:
        raise InvalidInput("day_malformed", value=day) from None
    return day


def check_close_note(counted_fen: int, expected_fen: int, note: str | None) -> None:
    """A count that is short or over needs a reason in its note (``close_day`` refuses it,
    nothing written): a difference nobody explained is what a manager or the county asks
    about later, and the help tells the operator to write why.  The day-close dialog asks
    this before its confirmation, so the operator is not sent back after the manager's PIN."""
    difference = counted_fen - expected_fen
    if difference and not (note or "").strip():
        raise InvalidInput(
            "close_difference_needs_note",
            counted=format_yuan(counted_fen, symbol="¥"),
            expected=format_yuan(expected_fen, symbol="¥"),
            difference=format_yuan(difference, symbol="¥"),
        )


def next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


@dataclass(frozen=True)
class MethodTakings:
    method: str
    received_fen: int
    paid_out_fen: int

    @property
    def net_fen(self) -> int:
        return self.received_fen - self.paid_out_fen


@dataclass(frozen=True)
class DailyClose:
    day: str
    by_method: list[MethodTakings]
    by_kind: dict[str, int]
    opening_cash_fen: int
    cash_in_fen: int
    cash_out_fen: int
    expected_cash_fen: int
    counted_cash_fen: int | None
    difference_fen: int | None
    orders_placed: int
    orders_completed: int
    receipts_issued: int
    closed_at: str | None
    #: The drawer as a count made now would find it (``Reports.drawer``): what a new close or
    #: a recount of this day expects.  When the day is closed, the figures above are the
    #: stored ones of its latest close and this is the live drawer beside them.
    drawer: Drawer
    #: Set when this day cannot be closed any more: the later day whose close already counted
    #: this day's cash.
    counted_in_close_of: str | None
    #: Where the drawer figures above start: the time of the count before them (the previous
    #: close), or None when they start from the opening float.  The takings by method cover
    #: the whole calendar day; the drawer covers from this count to the close (or to now), so
    #: the two differ when a close falls inside a day and the screens say which is which.
    counted_from: str | None = None
    #: The parcel desk's day: counts and fee income (``Parcels.day_figures``).
    parcels: ParcelDay | None = None


@dataclass(frozen=True)
class Drawer:
    """The cash drawer between two counts.

    A count is taken at a moment: its cut-off is the change-log position when the count is
    entered (the close row's own ``change_seq``).  Every cash movement after the previous
    count's cut-off and up to this one belongs to this count, whatever calendar day it is
    dated, so no cash is counted twice or lost whatever order closes are made in.
    """

    opening_cash_fen: int  # the previous count, or the opening float before the first count
    cash_in_fen: int
    cash_out_fen: int
    since: str | None  # when the previous count was taken (None: since the opening float)
    since_day: str | None  # the day that previous count closed
    #: Net cash dated after the day being closed that this count takes in (a past day closed
    #: the next morning covers the cash taken since, and says so).
    later_cash_fen: int = 0
    later_days: tuple[str, ...] = ()
    #: Net cash dated before that day and not counted yet (days nobody closed).
    earlier_cash_fen: int = 0
    earlier_days: tuple[str, ...] = ()

    @property
    def expected_cash_fen(self) -> int:
        return self.opening_cash_fen + self.cash_in_fen - self.cash_out_fen


@dataclass(frozen=True)
class CloseDetail:
    """A stored close as it stood at its cut-off (``Reports.close_detail``)."""

    drawer: Drawer
    by_method: list[MethodTakings]
    orders_placed: int
    orders_completed: int
    receipts_issued: int


class DayCloses:
    """The day-close half of ``Reports``: takings, the drawer, closes and their Z reports."""

    def __init__(self, station: Station) -> None:
        self._s = station

    def daily(self, day: str) -> DailyClose:
        """The day's takings by method (calendar day) and its cash drawer.

        A closed day shows the stored figures of its latest close, never live ones; an open
        day shows the drawer as a count now would find it (``drawer``).
        """
        check_day(day)
        r = self._s.records
        start, end = day, next_day(day)
        by_method = self._takings(day, None)
        by_kind = {
            row["kind"]: row["total"]
            for row in r.all(
                "SELECT kind, SUM(amount_fen) AS total FROM payments WHERE created_at >= ? "
                "AND created_at < ? GROUP BY kind ORDER BY kind",
                (start, end),
            )
        }
        drawer = self.drawer(day)
        closed = r.one(
            "SELECT * FROM day_closes WHERE day = ? ORDER BY change_seq DESC LIMIT 1", (day,)
        )
        later = r.one(
            "SELECT day FROM day_closes WHERE day > ? ORDER BY change_seq LIMIT 1", (day,)
        )

        def count(sql: str) -> int:
            return int(r.scalar(sql, (start, end)) or 0)

        counted_from = drawer.since
        if closed is not None:
            before = r.one(
                "SELECT created_at FROM day_closes WHERE change_seq < ? "
                "ORDER BY change_seq DESC LIMIT 1",
                (closed["change_seq"],),
            )
            counted_from = before["created_at"] if before else None
            figures = (
                closed["opening_cash_fen"],
                closed["cash_in_fen"],
                closed["cash_out_fen"],
                closed["expected_cash_fen"],
                closed["counted_cash_fen"],
                closed["difference_fen"],
            )
        else:
            figures = (
                drawer.opening_cash_fen,
                drawer.cash_in_fen,
                drawer.cash_out_fen,
                drawer.expected_cash_fen,
                None,
                None,
            )
        return DailyClose(
            day,
            by_method,
            by_kind,
            *figures,
            count("SELECT COUNT(*) FROM orders WHERE created_at >= ? AND created_at < ?"),
            count(
                "SELECT COUNT(*) FROM order_events WHERE event = 'completed' "
                "AND created_at >= ? AND created_at < ?"
            ),
            count("SELECT COUNT(*) FROM receipts WHERE created_at >= ? AND created_at < ?"),
            closed["created_at"] if closed else None,
            drawer,
            later["day"] if later and closed is None else None,
            counted_from,
            self._s.parcels.day_figures(day),
        )

    def _takings(self, day: str, before_seq: int | None) -> list[MethodTakings]:
        """The day's money in and out by payment method; with ``before_seq``, only what was
        recorded before that change-log position (a close's takings as at its cut-off)."""
        return [
            MethodTakings(row["method"], row["inn"] or 0, -(row["out"] or 0))
            for row in self._s.records.all(
                "SELECT method, SUM(CASE WHEN amount_fen > 0 THEN amount_fen END) AS inn, "
                "SUM(CASE WHEN amount_fen < 0 THEN amount_fen END) AS out FROM payments "
                "WHERE created_at >= ? AND created_at < ? AND change_seq < ? "
                "GROUP BY method ORDER BY method",
                (day, next_day(day), before_seq if before_seq is not None else 2**62),
            )
        ]

    def drawer(self, day: str | None = None) -> Drawer:
        """The drawer since the last count, as a count made now would find it.

        ``day`` is the day such a count would close: cash dated after it is reported as
        ``later_cash_fen`` so the operator is told the count covers it.
        """
        r = self._s.records
        previous = r.one(
            "SELECT day, counted_cash_fen, change_seq, created_at FROM day_closes "
            "ORDER BY change_seq DESC LIMIT 1"
        )
        after = previous["change_seq"] if previous else 0
        cash_in, cash_out = self._cash_between(after, None)
        outside = self._cash_outside_day(after, None, day) if day is not None else ()
        return Drawer(
            previous["counted_cash_fen"] if previous else self._opening_float(),
            cash_in,
            cash_out,
            previous["created_at"] if previous else None,
            previous["day"] if previous else None,
            *outside,
        )

    def _opening_float(self) -> int:
        return int(self._s.setting("opening_float_fen", 0))

    def _cash_between(self, after_seq: int, upto_seq: int | None) -> tuple[int, int]:
        """Cash in and out of the drawer with change_seq in (after_seq, upto_seq]."""
        row = self._s.records.one(
            "SELECT COALESCE(SUM(CASE WHEN amount_fen > 0 THEN amount_fen END), 0) AS inn, "
            "COALESCE(-SUM(CASE WHEN amount_fen < 0 THEN amount_fen END), 0) AS out "
            "FROM payments WHERE method = 'cash' AND change_seq > ? AND change_seq <= ?",
            (after_seq, upto_seq if upto_seq is not None else 2**62),
        )
        assert row is not None
        return int(row["inn"]), int(row["out"])

    def _cash_outside_day(
        self, after_seq: int, upto_seq: int | None, day: str
    ) -> tuple[int, tuple[str, ...], int, tuple[str, ...]]:
        """Net cash in (after_seq, upto_seq] dated after ``day`` and before it, with those
        days: what a count closing ``day`` takes in besides the day itself."""
        rows = self._s.records.all(
            "SELECT substr(created_at, 1, 10) AS d, SUM(amount_fen) AS net FROM payments "
            "WHERE method = 'cash' AND change_seq > ? AND change_seq <= ? "
            "AND (created_at < ? OR created_at >= ?) GROUP BY d ORDER BY d",
            (after_seq, upto_seq if upto_seq is not None else 2**62, day, next_day(day)),
        )
        later = [x for x in rows if x["d"] > day]
        earlier = [x for x in rows if x["d"] < day]
        return (
            sum(int(x["net"]) for x in later),
            tuple(x["d"] for x in later),
            sum(int(x["net"]) for x in earlier),
            tuple(x["d"] for x in earlier),
        )

    def close_of(self, z_receipt: Receipt) -> dict[str, Any] | None:
        """The stored close a Z report (day_close receipt) prints: the close with the same id;
        closes written before that rule are found by their day and time."""
        r = self._s.records
        return r.one("SELECT * FROM day_closes WHERE id = ?", (z_receipt.id,)) or r.one(
            "SELECT * FROM day_closes WHERE day = ? AND created_at = ? ORDER BY change_seq LIMIT 1",
            (z_receipt.ref_id, z_receipt.created_at),
        )

    def close_detail(self, close: dict[str, Any]) -> CloseDetail:
        """A stored close as it was at its cut-off: its drawer interval, the day's takings by
        method up to the cut-off, and the receipts of the day up to it (for the Z report)."""
        r = self._s.records
        previous = r.one(
            "SELECT day, change_seq, created_at FROM day_closes "
            "WHERE change_seq < ? ORDER BY change_seq DESC LIMIT 1",
            (close["change_seq"],),
        )
        after = previous["change_seq"] if previous else 0
        drawer = Drawer(
            close["opening_cash_fen"],
            close["cash_in_fen"],
            close["cash_out_fen"],
            previous["created_at"] if previous else None,
            previous["day"] if previous else None,
            *self._cash_outside_day(after, close["change_seq"], close["day"]),
        )
        start, end = close["day"], next_day(close["day"])
        by_method = self._takings(close["day"], close["change_seq"])
        # Orders change after they are placed (their change_seq moves), so these two counts
        # take the close's time as their cut-off instead.
        upto = (start, end, close["created_at"])
        return CloseDetail(
            drawer,
            by_method,
            int(
                r.scalar(
                    "SELECT COUNT(*) FROM orders WHERE created_at >= ? AND created_at < ? "
                    "AND created_at <= ?",
                    upto,
                )
            ),
            int(
                r.scalar(
                    "SELECT COUNT(*) FROM order_events WHERE event = 'completed' AND "
                    "created_at >= ? AND created_at < ? AND created_at <= ?",
                    upto,
                )
            ),
            int(
                r.scalar(
                    "SELECT COUNT(*) FROM receipts WHERE created_at >= ? "
                    "AND created_at < ? AND change_seq < ?",
                    (start, end, close["change_seq"]),
                )
            ),
        )

    def close_day(
        self,
        day: str,
        counted_cash_fen: int,
        note: str | None = None,
        *,
        approver: Operator | None = None,
        opening_float_fen: int | None = None,
    ) -> Receipt:
        """Record the cash counted in the drawer now, as the close of ``day`` (a manager's job);
        prints as the Z report.

        The count covers every cash movement since the previous count, up to now: closing
        yesterday the next morning takes in this morning's cash too (the Z report says so), and
        the next close starts from this count.  A day whose cash a later day's close already
        counted cannot be closed (``day_counted_in_later_close``).  Closing a day again is a
        recount: a new close from the previous count; the latest one counts.

        ``opening_float_fen``: the opening float the first count starts from, set in the same
        transaction (the day-close dialog asks for it while no day is closed), so a refused
        close leaves the float as it was; after a close it may only repeat the stored value
        (``float_after_close``).
        """
        op = self._s.require_manager(approver)
        check_day(day)
        check_fen(counted_cash_fen, allow_zero=True)
        note_ = clean_text(note, "note", required=False, max_len=NOTE_MAX)
        if day > self._s.clock.now().date().isoformat():
            raise InvalidInput("day_in_future", value=day)
        with self._s.records.atomic():
            # Read the drawer inside the transaction that writes the close, so the cut-off (the
            # close row's change_seq) and the figures stored with it describe the same cash.
            later = self._s.records.scalar(
                "SELECT day FROM day_closes WHERE day > ? ORDER BY day DESC LIMIT 1", (day,)
            )
            if later:
                raise InvalidState("day_counted_in_later_close", day=day, later=later)
            if opening_float_fen is not None:
                self._s.set_setting("opening_float_fen", opening_float_fen, approver=op)
            drawer = self.drawer(day)
            check_close_note(counted_cash_fen, drawer.expected_cash_fen, note_)
            difference = counted_cash_fen - drawer.expected_cash_fen
            receipt = self._s.receipts.issue(
                "day_close", counted_cash_fen, ref_entity="day_closes", ref_id=day
            )
            # The close shares its Z report's id, so a reprint finds exactly this close even
            # when two counts of a day carry the same time.
            self._s.records.insert(
                "day_closes",
                {
                    "id": receipt.id,
                    "day": day,
                    "opening_cash_fen": drawer.opening_cash_fen,
                    "cash_in_fen": drawer.cash_in_fen,
                    "cash_out_fen": drawer.cash_out_fen,
                    "expected_cash_fen": drawer.expected_cash_fen,
                    "counted_cash_fen": counted_cash_fen,
                    "difference_fen": difference,
                    "note": note_,
                    "created_at": self._s.clock.stamp(),
                    "operator_id": op.id,
                },
            )
        return receipt
