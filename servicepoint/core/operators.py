"""Operators, PINs and roles.

PINs are short, so they are stretched with scrypt (memory-hard: a stolen database does not give
the PINs up to a GPU in seconds).  Operators are local to the PC and never synced: the county
has no use for them and a PIN hash should not travel.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import InvalidInput, NotFound, PermissionDenied
from .text import clean_name

if TYPE_CHECKING:
    from .station import Station

ROLES = ("operator", "manager")
_PIN = re.compile(r"^[0-9]{4,8}\Z")
# scrypt cost: ~50 ms on an old PC; sign-in happens a few times a day.
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True)
class Operator:
    id: str
    name: str
    role: str
    active: bool

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def _hash_pin(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32).hex()


def check_pin(pin: object) -> str:
    if not isinstance(pin, str) or not _PIN.match(pin):
        raise InvalidInput("pin_malformed")
    return pin


class Operators:
    def __init__(self, station: Station) -> None:
        self._s = station

    def add(self, name: str, pin: str, role: str = "operator") -> Operator:
        """Add an operator. Needs a signed-in manager once the station has one."""
        if self._s.records.scalar("SELECT COUNT(*) FROM operators WHERE role = 'manager'"):
            self._s.require_manager()
        clean = clean_name(name, "operator_name")
        assert clean is not None
        check_pin(pin)
        if role not in ROLES:
            raise InvalidInput("role_unknown", role=role)
        if self._s.records.scalar("SELECT 1 FROM operators WHERE name = ?", (clean,)):
            raise InvalidInput("operator_exists", name=clean)
        salt = os.urandom(16)
        op_id = self._s.records.new_id()
        with self._s.records.atomic() as db:
            self._s.records.wrote("operators")
            db.execute(
                "INSERT INTO operators (id, name, role, pin_salt, pin_hash, active, created_at) "
                "VALUES (?, ?, ?, ?, ?, 1, ?)",
                (op_id, clean, role, salt.hex(), _hash_pin(pin, salt), self._s.clock.stamp()),
            )
            if self._s.operator is not None:
                self._s.audit.log("operator_added", "operators", op_id, detail={"role": role})
        return Operator(op_id, clean, role, True)

    def list(self) -> list[Operator]:
        rows = self._s.records.all("SELECT id, name, role, active FROM operators ORDER BY name")
        return [Operator(r["id"], r["name"], r["role"], bool(r["active"])) for r in rows]

    def get(self, operator_id: str) -> Operator:
        row = self._s.records.one(
            "SELECT id, name, role, active FROM operators WHERE id = ?", (operator_id,)
        )
        if row is None:
            raise NotFound("operator_not_found", name=operator_id)
        return Operator(row["id"], row["name"], row["role"], bool(row["active"]))

    def verify(self, name: str, pin: str) -> Operator:
        """The operator if name and PIN match; the same refusal for a wrong name or PIN."""
        row = self._s.records.one("SELECT * FROM operators WHERE name = ?", (str(name).strip(),))
        if row is None or not row["active"] or not isinstance(pin, str):
            raise PermissionDenied("wrong_pin")
        expected = row["pin_hash"]
        if not hmac.compare_digest(_hash_pin(pin, bytes.fromhex(row["pin_salt"])), expected):
            raise PermissionDenied("wrong_pin")
        return Operator(row["id"], row["name"], row["role"], True)

    def approve(self, name: str, pin: str) -> Operator:
        """A manager's approval for one action (void, late return, settings)."""
        op = self.verify(name, pin)
        if not op.is_manager:
            raise PermissionDenied("manager_required")
        return op

    def change_pin(self, operator_id: str, new_pin: str) -> None:
        current = self._s.require_operator()
        if current.id != operator_id:
            self._s.require_manager()
        check_pin(new_pin)
        self.get(operator_id)
        salt = os.urandom(16)
        with self._s.records.atomic() as db:
            self._s.records.wrote("operators")
            db.execute(
                "UPDATE operators SET pin_salt = ?, pin_hash = ? WHERE id = ?",
                (salt.hex(), _hash_pin(new_pin, salt), operator_id),
            )
            self._s.audit.log("pin_changed", "operators", operator_id)

    def set_active(self, operator_id: str, active: bool) -> None:
        self._s.require_manager()
        target = self.get(operator_id)
        if not active and target.is_manager:
            others = self._s.records.scalar(
                "SELECT COUNT(*) FROM operators WHERE role = 'manager' AND active = 1 AND id <> ?",
                (operator_id,),
            )
            if not others:
                raise InvalidInput("last_manager")
        with self._s.records.atomic() as db:
            self._s.records.wrote("operators")
            db.execute("UPDATE operators SET active = ? WHERE id = ?", (int(active), operator_id))
            self._s.audit.log(
                "operator_active" if active else "operator_disabled", "operators", operator_id
            )
