"""The one way to open a station: it owns the database connection and hands out the services.

The GUI, the CLI, the sync client and the tests all go through :class:`Station`.  Nothing else
opens the database.  A ``Station`` and its connection belong to one thread (see ``db.py``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from . import db as dbmod
from .audit import AuditLog
from .errors import InvalidInput, InvalidState, NotFound, PermissionDenied
from .ids import Clock, IdMaker
from .money import check_fen, check_rate_bp
from .operators import Operator, Operators, check_pin
from .records import Records
from .station_desks import Desks
from .text import clean_name, clean_text

if TYPE_CHECKING:
    from .backup import Backups
    from .cashdrawer import CashDrawer
    from .catalogue import Catalogue
    from .commission import CommissionBook
    from .consignment import Consignment
    from .farmers import Farmers
    from .ledger import Ledger
    from .purchasing import Purchasing
    from .receipts import Receipts
    from .reports import Reports
    from .settlement import Settlements
    from .sync import SyncClient
    from .sync_status import SyncStatus

DB_FILENAME = "station.db"
_STATION_CODE = re.compile(r"^[A-Z0-9]{2,12}$")


@dataclass(frozen=True)
class Identity:
    code: str
    name: str
    village: str
    township: str
    county: str
    training: bool
    device_id: str
    epoch: int
    created_at: str


def database_path(location: Path | str) -> Path:
    """A data folder holds ``station.db``; a path ending in ``.db`` is used as it is."""
    path = Path(location)
    if path.suffix == ".db":
        return path
    return path / DB_FILENAME


#: Every setting the core reads, with the check its value must pass.
SETTINGS: dict[str, Callable[[Any], Any]] = {
    "credit_limit_fen": lambda v: check_fen(v, allow_zero=True),
    "opening_float_fen": lambda v: check_fen(v, allow_zero=True),
    # 0 or absent: min(3 GB, 10 % of free space) (backup_space.py); else 200 MB to 1 TB.
    "backup_budget_bytes": lambda v: _budget(v),
    "consignment_commission_bp": check_rate_bp,
    "receipt_width": lambda v: _one_of(v, ("58", "80", "a4")),
    "statement_width": lambda v: _one_of(v, ("80", "a4")),
    "print_without_dialog": lambda v: _one_of(v, (True, False)),
    "printer_name": lambda v: clean_text(v, "printer_name", required=False, max_len=120) or "",
    # A receipt printer spoken to by ESC/POS (printing/escpos_link.py): "" = the OS driver.
    "escpos_device": lambda v: clean_text(v, "printer_name", required=False, max_len=200) or "",
    "escpos_mode": lambda v: _one_of(v, ("text", "raster")),
    "cash_drawer": lambda v: _one_of(v, ("", "2", "5")),  # the drawer's pin; "" = none
    "sync_hour": lambda v: _one_of(v, tuple(range(24))),
    "sync_window_minutes": lambda v: _one_of(v, (30, 60, 120, 180, 240)),
    "idle_lock_minutes": lambda v: _one_of(v, (0, 5, 10, 15, 30)),  # 0: never lock
    "perishable_words": lambda v: _words(v),
    # Counter devices (issue 15): the scale's port, protocol and speed, the scanner's suffix.
    # The names are servicepoint/devices' (tests/devices/test_scale_settings.py keeps them so).
    "scale_protocol": lambda v: _one_of(v, ("", "continuous", "sics", "cas-ecr", "xk3190")),
    "scale_port": lambda v: clean_text(v, "scale_port", required=False, max_len=120) or "",
    "scale_baud": lambda v: _one_of(v, (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)),
    "scanner_suffix": lambda v: _one_of(v, ("enter", "tab")),
    "parcel_shelves": lambda v: _parcel_layout(v),
    "parcel_overdue_days": lambda v: _one_of(v, tuple(range(1, 31))),
    "parcel_slot_label": lambda v: _one_of(v, (True, False)),  # a slot label at check-in
}


def _parcel_layout(value: Any) -> dict[str, int]:
    from .parcel_shelves import check_layout  # small, but only the parcel desk needs it

    return check_layout(value)


def _words(value: Any) -> list[str]:
    """Up to 30 short words; a consignment product containing one is sold first."""
    if not isinstance(value, list) or len(value) > 30:
        raise InvalidInput("setting_value", value=str(value)[:40], allowed="[…]")
    words = [clean_name(w, "product") for w in value]
    return [w for w in words if w]


def _budget(value: Any) -> int:
    """Bytes the backups may take: 0 (automatic) or from 200 MB to 1 TB."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (value == 0 or 200 * 1024**2 <= value <= 1024**4)
    ):
        raise InvalidInput(
            "setting_value", value=str(value)[:40], allowed="0 / 209715200 – 1099511627776"
        )
    return value


def _one_of(value: Any, allowed: tuple[Any, ...]) -> Any:
    if isinstance(value, bool) != isinstance(allowed[0], bool) or value not in allowed:
        raise InvalidInput(
            "setting_value", value=str(value)[:40], allowed=" / ".join(str(a) for a in allowed)
        )
    return value


def open_marker(path: Path) -> Path:
    """A file that exists while the station is open; left behind, it means an unclean stop."""
    return path.with_name(path.name + "-open")


class Station(Desks):
    """An open station. Use :meth:`create` for a new one and :meth:`open` for an existing one."""

    def __init__(
        self,
        db: Database,
        path: Path,
        clock: Clock | None = None,
        new_id: IdMaker | None = None,
        *,
        marker: bool = True,
    ) -> None:
        self.db = db
        self.path = path
        self.clock = clock or Clock()
        self.new_id = new_id or IdMaker(self.clock.now)
        row = db.execute("SELECT code FROM station WHERE id = 1").fetchone()
        if row is None:
            db.conn.close()
            raise NotFound("station_not_initialised", path=str(path))
        self.records = Records(db, row[0], self.clock, self.new_id)
        self.operator: Operator | None = None
        self.checked_at_open = False
        self._marker = marker
        if marker:
            open_marker(path).touch()

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: Path | str,
        *,
        clock: Clock | None = None,
        new_id: IdMaker | None = None,
        secondary: bool = False,
    ) -> Station:
        """Open a station.  ``secondary``: a second connection for a worker thread (sync, a
        long report) while the window holds the first; it leaves the open-marker alone."""
        path = database_path(location)
        if not path.exists():
            raise NotFound("station_not_initialised", path=str(path))
        # SYNC.md asks for a quick_check at start-up. It reads the whole file (seconds on a
        # station with years of records), so it runs when it can find something: after a
        # session that did not close cleanly (power cut, kill), marked by the open-marker file.
        # The full integrity_check runs before every backup and in `servicepoint check`.
        unclean = open_marker(path).exists() and not secondary
        station = cls(
            dbmod.connect(path, quick_check=unclean), path, clock, new_id, marker=not secondary
        )
        station.checked_at_open = unclean
        return station

    @classmethod
    def create(
        cls,
        location: Path | str,
        *,
        code: str,
        name: str,
        village: str,
        township: str,
        county: str,
        manager_name: str,
        manager_pin: str,
        training: bool = False,
        clock: Clock | None = None,
        new_id: IdMaker | None = None,
    ) -> Station:
        """Create the database, the station identity and its first manager, in one go."""
        code = str(code).strip().upper()
        if not _STATION_CODE.match(code):
            raise InvalidInput("station_code_malformed", value=code[:20])
        fields = {
            k: clean_name(v, k)
            for k, v in (
                ("station_name", name),
                ("village", village),
                ("township", township),
                ("county", county),
            )
        }
        manager = clean_name(manager_name, "operator_name")
        check_pin(manager_pin)
        path = database_path(location)
        if path.exists():
            raise InvalidInput("station_exists", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        clock = clock or Clock()
        new_id = new_id or IdMaker(clock.now)
        db = dbmod.connect(path)
        with db.atomic():
            db.execute(
                "INSERT INTO station (id, code, name, village, township, county, training, "
                "device_id, epoch, secret, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (
                    code,
                    fields["station_name"],
                    fields["village"],
                    fields["township"],
                    fields["county"],
                    int(training),
                    new_id(),
                    os.urandom(32).hex(),
                    clock.stamp(),
                ),
            )
            # Ad-hoc items need categories before the first county catalogue arrives.
            from .catalogue import seed_standard_categories  # on first use: a quick start-up

            seed_standard_categories(db, clock.stamp())
        station = cls(db, path, clock, new_id)
        assert manager is not None
        station.operators.add(manager, manager_pin, "manager")
        return station

    def close(self) -> None:
        self.db.conn.close()
        if self._marker:
            open_marker(self.path).unlink(missing_ok=True)

    def __enter__(self) -> Station:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- identity and sign-in ---------------------------------------------------------------

    @property
    def code(self) -> str:
        return self.records.station_code

    @property
    def identity(self) -> Identity:
        row = self.records.one("SELECT * FROM station WHERE id = 1")
        assert row is not None
        return Identity(
            row["code"],
            row["name"],
            row["village"],
            row["township"],
            row["county"],
            bool(row["training"]),
            row["device_id"],
            row["epoch"],
            row["created_at"],
        )

    @property
    def secret(self) -> bytes:
        """Per-station secret for receipt MACs; never leaves the PC except at enrolment."""
        return bytes.fromhex(self.records.scalar("SELECT secret FROM station WHERE id = 1"))

    def update_identity(self, **changes: str) -> Identity:
        """Change the station's name or place names (a settings change: manager only)."""
        self.require_manager()
        allowed = {
            "name": "station_name",
            "village": "village",
            "township": "township",
            "county": "county",
        }
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key not in allowed:
                raise InvalidInput("setting_unknown", key=key)
            clean[key] = clean_name(value, allowed[key])
        before = self.identity
        with self.records.atomic() as db:
            self.records.wrote("station")
            sets = ", ".join(f"{k} = ?" for k in clean)
            db.execute(f"UPDATE station SET {sets} WHERE id = 1", tuple(clean.values()))
            self.audit.log(
                "station_changed",
                "station",
                self.code,
                detail={"before": {k: getattr(before, k) for k in clean}, "after": clean},
            )
        return self.identity

    def sign_in(self, name: str, pin: str) -> Operator:
        self.operator = self.operators.verify(name, pin)
        return self.operator

    def sign_out(self) -> None:
        self.operator = None

    def act_as(self, operator: Operator) -> None:
        """Set the current operator directly (automation, the training builder, tests)."""
        self.operator = operator

    def require_operator(self) -> Operator:
        if self.operator is None:
            raise PermissionDenied("not_signed_in")
        return self.operator

    def require_manager(self, approver: Operator | None = None) -> Operator:
        """The current operator if a manager, else a manager's approval given for this action."""
        current = self.require_operator()
        if current.is_manager:
            return current
        if approver is not None and approver.is_manager:
            return approver
        raise PermissionDenied("manager_required")

    # -- settings ------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        value = self.records.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else json.loads(value)

    def set_setting(self, key: str, value: Any, *, approver: Operator | None = None) -> None:
        """Change a known setting after checking its value (a manager's action, audited)."""
        who = self.require_manager(approver)
        if key not in SETTINGS:
            raise InvalidInput("setting_unknown", key=str(key)[:40])
        value = SETTINGS[key](value)
        old = self.setting(key)
        if (
            key == "opening_float_fen"
            and value != old
            and self.records.scalar("SELECT 1 FROM day_closes LIMIT 1")
        ):
            # After the first count the drawer starts from the last count (reports.Drawer);
            # a changed float would silently stop meaning anything.
            raise InvalidState("float_after_close")
        with self.records.atomic() as db:
            self.records.wrote("settings")
            db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value, ensure_ascii=False)),
            )
            self.audit.log(
                "setting_changed",
                "settings",
                key,
                detail={"before": old, "after": value},
                operator_id=who.id,
            )

    # -- services ------------------------------------------------------------------------

    @cached_property
    def operators(self) -> Operators:
        return Operators(self)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self)

    @cached_property
    def farmers(self) -> Farmers:
        from .farmers import Farmers  # imported on first use: a quick start-up

        return Farmers(self)

    @cached_property
    def catalogue(self) -> Catalogue:
        from .catalogue import Catalogue  # imported on first use: a quick start-up

        return Catalogue(self)

    @cached_property
    def receipts(self) -> Receipts:
        from .receipts import Receipts  # imported on first use: a quick start-up

        receipts = Receipts(self)
        # The one place voidable kinds are named: each owning service hands over its handlers.
        for service in (
            self.purchasing,
            self.consignment,
            self.settlement,
            self.ledger,
            self.commission,
            self.buyback,
            self.buyback_dispatches,
        ):
            receipts.register_voiders(service.voiders())
        return receipts

    @cached_property
    def ledger(self) -> Ledger:
        from .ledger import Ledger  # imported on first use: a quick start-up

        return Ledger(self)

    @cached_property
    def purchasing(self) -> Purchasing:
        from .purchasing import Purchasing  # imported on first use: a quick start-up

        return Purchasing(self)

    @cached_property
    def commission(self) -> CommissionBook:
        from .commission import CommissionBook  # imported on first use: a quick start-up

        return CommissionBook(self)

    @cached_property
    def consignment(self) -> Consignment:
        from .consignment import Consignment  # imported on first use: a quick start-up

        return Consignment(self)

    @cached_property
    def settlement(self) -> Settlements:
        from .settlement import Settlements  # imported on first use: a quick start-up

        return Settlements(self)

    @cached_property
    def drawer(self) -> CashDrawer:
        from .cashdrawer import CashDrawer  # imported on first use: a quick start-up

        return CashDrawer(self)

    @cached_property
    def reports(self) -> Reports:
        from .reports import Reports  # imported on first use: a quick start-up

        return Reports(self)

    @cached_property
    def backups(self) -> Backups:
        from .backup import Backups  # imported late: most callers never back up

        return Backups(self)

    @cached_property
    def sync(self) -> SyncClient:
        from .sync import SyncClient  # imported late: it pulls in requests

        return SyncClient(self)

    def sync_status(self) -> SyncStatus:
        """Where sync stands (``sync.status()`` without loading the sync client: the status
        bar asks at start-up)."""
        from .sync_status import read_status

        return read_status(self)

    def check(self) -> list[str]:
        """Every invariant of BRIEF §3; an empty list means all hold."""
        from .checks import run_checks  # imported on first use: a quick start-up

        return run_checks(self)
