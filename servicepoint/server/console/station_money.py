"""Money the county pays a station for a month — commission (佣金) or a buy-back repayment
(收购垫付) — is typed into the same form on both pages: station, month, amount in yuan,
method, reference, note.  It is read here once, so both pages refuse the same bad input in
the same words before anything is written, and record it through the same audited act.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Form, Request
from sqlalchemy import Connection

from ...core.errors import ServicePointError
from ...core.money import parse_yuan
from ..county import PAYMENT_METHODS
from ..errors import ApiError
from ..statements import check_month, this_month
from . import texts, web

METHODS = PAYMENT_METHODS

# What records the payment: (conn, station, month, fen, method, reference, note, by) -> row.
Recorder = Callable[
    [Connection, str, str, int, str, "str | None", "str | None", str], dict[str, Any]
]


def read_month(request: Request, month: str) -> str:
    """The month asked for (this month, China time, if none), or a page in words."""
    try:
        return check_month(month.strip()[:20] or this_month())
    except ApiError as error:
        text = texts.message(web.language(request), error.code, error.params)
        raise web.PageRefused(422, "error.refusal", message=text) from error


@dataclass(frozen=True)
class StationPayment:
    station: str
    period: str
    fen: int
    method: str
    reference: str | None
    note: str | None


class PaymentForm:
    """The form's fields, as FastAPI hands them to a route (``Annotated[PaymentForm, Depends()]``)."""

    def __init__(
        self,
        station: Annotated[str, Form()] = "",
        period: Annotated[str, Form()] = "",
        amount: Annotated[str, Form()] = "",
        method: Annotated[str, Form()] = "bank",
        reference: Annotated[str, Form()] = "",
        note: Annotated[str, Form()] = "",
    ) -> None:
        self.station, self.period, self.amount = station, period, amount
        self.method, self.reference, self.note = method, reference, note

    def read(
        self, request: Request, bad_amount: Callable[[str], web.PageRefused]
    ) -> StationPayment:
        """The payment, or the page's refusal: no station, a bad month, or an amount
        ``parse_yuan`` refuses (``bad_amount`` gets the reason in the reader's language)."""
        code = self.station.strip().upper()[:12]
        if not code:
            raise web.PageRefused(422, "commission.pick_station")
        month = read_month(request, self.period)
        try:
            fen = parse_yuan(self.amount[:40])
        except ServicePointError as error:
            why = texts.message(web.language(request), error.code, error.params)
            raise bad_amount(why) from error
        return StationPayment(
            code,
            month,
            fen,
            self.method,
            self.reference.strip() or None,
            self.note.strip() or None,
        )


async def record(
    request: Request, user: web.ConsoleUser, action: str, paid: StationPayment, fn: Recorder
) -> None:
    """Record it in one audited write (``web.act``); the station pulls it at its next sync."""
    await web.act(
        request,
        user,
        action,
        lambda row: f"station {paid.station} {row['period']}: {row['amount_fen']} fen",
        lambda conn: fn(
            conn,
            paid.station,
            paid.period,
            paid.fen,
            paid.method,
            paid.reference,
            paid.note,
            user.name,
        ),
    )
