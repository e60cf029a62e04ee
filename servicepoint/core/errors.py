"""Typed errors whose messages the operator can read, in Chinese first and English second.

Every refusal in the core raises a subclass of :class:`ServicePointError` carrying a stable
``code`` and parameters; the text lives in :mod:`servicepoint.core.messages` so that the GUI
can show it in the chosen language (and feed it through Qt's translator) without parsing
strings, and so that tests can assert on the code rather than on wording.
"""

from __future__ import annotations

from typing import Any

from .messages import render


class ServicePointError(Exception):
    """Base of every refusal. Nothing has been written when one is raised."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh_CN") -> str:
        return render(self.code, lang, self.params)

    def __str__(self) -> str:
        return self.message("zh_CN") + " / " + self.message("en")


class InvalidInput(ServicePointError):
    """A field the operator typed is empty, malformed, too long or not allowed."""


class InvalidAmount(InvalidInput):
    """A money amount or rate is malformed, negative, zero or absurd."""


class InvalidQuantity(InvalidInput):
    """A quantity is malformed, not positive, too fine or absurd."""


class NotFound(ServicePointError):
    """An id or number the caller gave does not exist at this station."""


class InvalidState(ServicePointError):
    """The record is not in a state that allows this operation (e.g. completing a cancel)."""


class PaymentError(ServicePointError):
    """Payments do not cover the amount due, overpay it, or overdraw an account."""


class StockError(ServicePointError):
    """Selling, returning or spoiling more than is on hand."""


class PermissionDenied(ServicePointError):
    """Nobody signed in, wrong PIN, or the action needs a manager."""


class IntegrityProblem(ServicePointError):
    """The database is damaged or an invariant does not hold."""


class SyncFailed(ServicePointError):
    """A sync could not finish: offline, refused by the county, or the totals disagree."""
