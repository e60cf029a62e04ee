"""The training (demo) station: a separate station filled with a year of realistic business.

The seeds name the lack of trained people as the first bottleneck of village e-commerce, so a
new operator needs somewhere to practise that looks like a real point — farmers to find, parcels
waiting for pickup, debts to collect, chickens to sell, a day to close — without touching real
money (BRIEF §2.9).  This module builds that station from the numbers in BRIEF §4.

Three rules shape it:

- **Only the public services write.**  Every farmer, order, payment, batch and settlement goes
  through the same calls the counter uses, never a raw INSERT, so the demo obeys every invariant
  of BRIEF §3 and ``station.check()`` finds nothing.  A simulated day is one transaction (the
  services' own transactions become savepoints), which keeps a year of business to seconds.
- **Deterministic.**  A :class:`~servicepoint.core.ids.ManualClock` walks the simulated days and
  one ``random.Random(seed)`` makes every choice, with a second seeded stream for the UUIDs, so
  the same seed and day give the same farmers, orders, ids, amounts and receipt numbers.  A
  trainer's handout ("find 王秀英's order PX01-2026-000123") then matches every trainee's copy.
- **Never mixed with a real station.**  It is created with ``training=True`` (receipts print
  培训/TRAINING), under its own code, in its own folder (:func:`training_data_dir`), and it
  refuses to build over an existing station.

The builder is four modules: this one (the API, the clock and the day plan), ``training_data``
(names, catalogue, produce), ``training_orders`` (the order desk) and ``training_produce``
(the produce desk).
"""

from __future__ import annotations

import heapq
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path

from . import payments as pay
from . import training_data as data
from .ids import CHINA_TZ, IdMaker, ManualClock
from .operators import Operator
from .payments import Tender
from .station import Station, database_path
from .training_buyback import BuybackDesk
from .training_data import CHICKEN_PRICES, POOR_CONSIGNMENT_BP
from .training_orders import OrderDesk
from .training_parcels import ParcelDesk
from .training_produce import ProduceDesk

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``; stages are ``"setup"``, ``"simulate"`` and ``"done"``."""

TRAINING_CODE = "PX01"
TRAINING_NAME = "培训演示服务站"
TRAINING_VILLAGE, TRAINING_TOWNSHIP, TRAINING_COUNTY = "示范村", "示范镇", "示范县"
MANAGER_NAME, MANAGER_PIN = "培训站长", "0000"
CLERK_NAME, CLERK_PIN = "培训员", "1111"
#: A year of business, ending the day before ``today`` so that the trainee's own work today
#: (on the real clock) comes after everything the builder wrote.
SIMULATED_DAYS = 365
#: The float left in the drawer for change; remittances never take the drawer below it.
OPENING_FLOAT_FEN = 50_000


@dataclass
class FarmerSpec:
    name: str
    phone: str | None
    group: str
    is_poor: bool
    card: str | None
    note: str | None
    weight: int
    day: int  # index of the simulated day the farmer registers


@dataclass
class Customer:
    id: str
    weight: int
    is_poor: bool


@dataclass(order=True)
class Event:
    when: datetime
    seq: int
    action: Callable[[], None] = field(compare=False)


def training_data_dir(base: Path) -> Path:
    """Where the training station lives: beside, never inside, the real ``base/station``."""
    return Path(base) / "training"


def build_training_station(
    location: Path | str,
    *,
    seed: int = 2026,
    today: date | None = None,
    farmers: int = 240,
    progress: Progress | None = None,
) -> Station:
    """Create a new training station at ``location`` and fill it with a year of business.

    Returns the station open on the real clock and signed in as the training manager
    (``培训站长`` / PIN ``0000``; the ordinary operator is ``培训员`` / ``1111``).  Refuses with
    ``InvalidInput('station_exists')`` if a station is already there.  The same ``seed`` and
    ``today`` always give the same business data.  If the build fails half way the new files
    are removed, so a retry is not refused by a half-built station.
    """
    if farmers < 20:
        raise ValueError("a training station needs at least 20 farmers")
    today = today or datetime.now(CHINA_TZ).date()
    if isinstance(today, datetime):  # a datetime is a date too; keep only its day
        today = today.date()
    start = today - timedelta(days=SIMULATED_DAYS)
    clock = ManualClock(datetime.combine(start, time(7, 50), CHINA_TZ))
    rng = random.Random(seed)
    # A separate stream for ids, so adding one more id somewhere does not reshuffle every choice.
    new_id = IdMaker(clock.now, random.Random(f"{seed}-ids"))
    station = Station.create(
        location,
        code=TRAINING_CODE,
        name=TRAINING_NAME,
        village=TRAINING_VILLAGE,
        township=TRAINING_TOWNSHIP,
        county=TRAINING_COUNTY,
        manager_name=MANAGER_NAME,
        manager_pin=MANAGER_PIN,
        training=True,
        clock=clock,
        new_id=new_id,
    )
    path = station.path
    try:
        Builder(station, clock, rng, start, farmers, progress, seed).run()
    except BaseException:
        station.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    station.close()
    # Reopen on the real clock: what the trainee does next happens now, after the history.
    opened = Station.open(database_path(location))
    opened.sign_in(MANAGER_NAME, MANAGER_PIN)
    if progress:
        progress("done", 1, 1)
    return opened


class Builder:
    """Walks the simulated year one event at a time, in time order, through the services;
    the order desk and the produce desk do the business, this class keeps time."""

    def __init__(
        self,
        station: Station,
        clock: ManualClock,
        rng: random.Random,
        start: date,
        farmers: int,
        progress: Progress | None,
        seed: int = 2026,
    ) -> None:
        self.s = station
        self.clock = clock
        self.rng = rng
        self.start = start
        self.n_farmers = farmers
        self.progress = progress
        self.events: list[Event] = []
        self.seq = 0
        self.day_index = 0
        self.manager: Operator = station.sign_in(MANAGER_NAME, MANAGER_PIN)
        self.clerk: Operator | None = None
        self.specs: list[FarmerSpec] = []
        self.customers: list[Customer] = []
        self.remitted: set[str] = set()
        self.closed_days = self._closed_days()
        self.orders = OrderDesk(self)
        self.produce = ProduceDesk(self)
        self.parcels = ParcelDesk(self, seed)
        self.buyback = BuybackDesk(self, seed)

    # -- the clock and the event queue -------------------------------------------------------

    @property
    def today(self) -> date:
        return self.start + timedelta(days=self.day_index)

    def at(self, day: date, seconds: int) -> datetime:
        return datetime.combine(day, time(), CHINA_TZ) + timedelta(seconds=seconds)

    def schedule(self, when: datetime, action: Callable[[], None]) -> None:
        self.seq += 1
        heapq.heappush(self.events, Event(when, self.seq, action))

    def some_time(self, day: date, lo: int = data.OPEN, hi: int = data.SHUT) -> datetime:
        return self.at(day, self.rng.randint(lo, hi))

    def later_today_or_next(self, lo_min: int, hi_min: int) -> datetime:
        """A moment later today if the point is still open then, else the next morning."""
        when = self.clock.current + timedelta(
            minutes=self.rng.randint(lo_min, hi_min), seconds=self.rng.randint(0, 59)
        )
        cutoff = self.at(self.clock.current.date(), data.LAST_CALL)
        if when > cutoff:
            when = self.some_time(
                self.clock.current.date() + timedelta(days=1), 9 * 3600, 11 * 3600
            )
        return when

    def days_later(self, days: int, lo: int = data.OPEN, hi: int = data.SHUT) -> datetime:
        return self.some_time(self.clock.current.date() + timedelta(days=days), lo, hi)

    def _closed_days(self) -> set[date]:
        """The point shuts for 春节 (three days) and, now and then, for a family matter."""
        closed: set[date] = set()
        for festival in data.SPRING_FESTIVAL.values():
            closed.update(festival + timedelta(days=d) for d in range(3))
        for i in range(1, SIMULATED_DAYS):
            if self.rng.random() < 0.02:
                closed.add(self.start + timedelta(days=i))
        return closed

    def act(self, clerk_share: float = 0.8) -> None:
        """Most counter work is the clerk's; the manager serves now and then."""
        assert self.clerk is not None
        self.s.act_as(self.clerk if self.rng.random() < clerk_share else self.manager)

    # -- the run --------------------------------------------------------------------------------

    def run(self) -> None:
        for index in range(SIMULATED_DAYS):
            self.day_index = index
            day = self.today
            is_open = day not in self.closed_days
            with self.s.records.atomic():
                if index == 0:
                    self._setup()
                if is_open:
                    self._plan_day(day)
                midnight = self.at(day + timedelta(days=1), 0)
                while self.events and self.events[0].when < midnight:
                    event = heapq.heappop(self.events)
                    if not is_open:  # whatever was due waits for the next open day
                        self.schedule(event.when + timedelta(days=1), event.action)
                        continue
                    self.clock.set(max(event.when, self.clock.current))
                    event.action()
            if self.progress:
                self.progress("simulate", index + 1, SIMULATED_DAYS)

    # -- day 0: the station opens ---------------------------------------------------------------

    def _setup(self) -> None:
        s = self.s
        day = self.today
        self.clock.set(self.at(day, 8 * 3600))
        s.act_as(self.manager)
        self.clerk = s.operators.add(CLERK_NAME, CLERK_PIN, "operator")
        s.set_setting("opening_float_fen", OPENING_FLOAT_FEN)
        self.clock.advance(minutes=5)
        self.orders.load_catalogue()
        if self.progress:
            self.progress("setup", 1, 2)
        self.specs = self._farmer_specs()
        # Registration day: most of the village signs up at once, the rest over the year.
        self.clock.set(self.at(day, 8 * 3600 + 10 * 60))
        for spec in self.specs:
            if spec.day == 0:
                self._register(spec)
                self.clock.advance(seconds=self.rng.randint(15, 45))
            else:
                self.schedule(
                    self.some_time(self.start + timedelta(days=spec.day)),
                    partial(self._register, spec),
                )
        self.produce.choose_producers()
        self.parcels.setup()
        self.buyback.setup(self.start + timedelta(days=SIMULATED_DAYS))
        # The county changes some prices half way through the year (fertiliser up, TVs down).
        self.schedule(
            self.at(self.start + timedelta(days=SIMULATED_DAYS // 2), 8 * 3600),
            self.orders.price_update,
        )
        if self.progress:
            self.progress("setup", 2, 2)

    # -- farmers --------------------------------------------------------------------------------

    def _farmer_specs(self) -> list[FarmerSpec]:
        rng = self.rng
        n = self.n_farmers
        surnames = [s for s, _ in data.SURNAMES]
        weights = [w for _, w in data.SURNAMES]
        poor = set(rng.sample(range(n), round(n * 0.2)))
        first_day = round(n * 0.6)
        later_days = sorted(rng.randint(1, SIMULATED_DAYS - 30) for _ in range(n - first_day))
        names: set[str] = set()
        phones: set[str] = set()
        cards = 0
        specs = []
        for i in range(n):
            for _ in range(20):  # two farmers of the same name confuse a trainee; avoid it
                given = rng.choice(data.MALE if rng.random() < 0.5 else data.FEMALE)
                name = rng.choices(surnames, weights)[0] + given
                if name not in names:
                    break
            names.add(name)
            phone = None
            if rng.random() < 0.92:  # some old people have no phone of their own
                while phone is None or phone in phones:
                    phone = rng.choice(data.PHONE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
                phones.add(phone)
            is_poor = i in poor
            card = None
            if is_poor:
                cards += 1
                card = f"PK{rng.choice((2014, 2015, 2016))}{cards:04d}"
            note = rng.choice(data.FARMER_NOTES) if rng.random() < 0.06 else None
            day = 0 if i < first_day else later_days[i - first_day]
            specs.append(
                FarmerSpec(
                    name,
                    phone,
                    rng.choice(data.GROUPS),
                    is_poor,
                    card,
                    note,
                    rng.choice((1, 1, 1, 2, 2, 3, 5, 8)),
                    day,
                )
            )
        return specs

    def _register(self, spec: FarmerSpec) -> None:
        self.act()
        farmer = self.s.farmers.add(
            spec.name,
            phone=spec.phone,
            village_group=spec.group,
            is_poor=spec.is_poor,
            poverty_card_no=spec.card,
            note=spec.note,
        )
        self.customers.append(Customer(farmer.id, spec.weight, spec.is_poor))

    # -- planning a day -------------------------------------------------------------------------

    def _plan_day(self, day: date) -> None:
        rng = self.rng
        market_day = self.day_index % 5 == 0  # 赶集: every fifth day the village is busy
        n_orders = rng.choice((2, 3, 4, 4, 5, 5, 6, 7)) + (3 if market_day else 0)
        festival = data.SPRING_FESTIVAL.get(day.year + (1 if day.month >= 11 else 0))
        if festival and timedelta(0) < festival - day <= timedelta(days=21):
            n_orders += 3
        for _ in range(n_orders):
            self.schedule(self.some_time(day), self.orders.place_order)
        for farmer_id, owed in sorted(self.s.ledger.debtors()):
            if rng.random() < 0.05 and owed > 0:
                self.schedule(self.some_time(day), partial(self.orders.repay, farmer_id))
        self.produce.plan(day)
        self.parcels.plan(day, SIMULATED_DAYS - self.day_index)
        self.buyback.plan(day, SIMULATED_DAYS - self.day_index)
        if day.day >= 3:
            period = _previous_month(day)
            if period not in self.remitted:
                self.remitted.add(period)
                self.schedule(
                    self.some_time(day, 15 * 3600, 17 * 3600), partial(self._remit, period)
                )
        self.schedule(
            self.some_time(day, data.CLOSE, data.CLOSE + 40 * 60), partial(self._close_day, day)
        )

    # -- money, shared by both desks -----------------------------------------------------------

    def mobile_ref(self) -> str:
        prefix = self.rng.choice(("WX", "WX", "ZFB"))
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(20))

    def bank_ref(self) -> str:
        return "YH" + "".join(str(self.rng.randint(0, 9)) for _ in range(16))

    def cash(self, amount: int) -> Tender:
        """Cash, often with a note bigger than what is due (and change given)."""
        r = self.rng.random()
        if r < 0.35:
            tendered = -(-amount // 10_000) * 10_000  # ¥100 notes
        elif r < 0.55:
            tendered = -(-amount // 5_000) * 5_000
        elif r < 0.75:
            tendered = -(-amount // 1_000) * 1_000
        else:
            tendered = amount
        return pay.cash(amount, tendered)

    def drawer(self) -> int:
        """Cash that should be in the drawer right now (the daily close's expected figure)."""
        return self.s.drawer.expected_now()

    # -- the manager's jobs --------------------------------------------------------------------

    def _remit(self, period: str) -> None:
        """Send the county what is due on last month's purchases: cash from the drawer down to
        the float, the rest by bank transfer."""
        self.s.act_as(self.manager)
        due = self.s.commission.statement(period).outstanding_fen
        if due <= 0:
            return
        cash_part = min(due, max(0, self.drawer() - OPENING_FLOAT_FEN))
        if cash_part:
            self.s.commission.remit(cash_part, "cash", period)
        if due - cash_part:
            self.s.commission.remit(due - cash_part, "mobile", period, self.bank_ref())

    def _close_day(self, day: date) -> None:
        self.s.act_as(self.manager)
        iso = day.isoformat()
        expected = self.s.reports.daily(iso).expected_cash_fen
        counted, note = expected, None
        if self.rng.random() < 0.06:
            diff = self.rng.choice((-500, -200, -100, -50, 50, 100, 200))
            counted = max(0, expected + diff)
            note = "现金短款，可能找错零" if diff < 0 else "现金长款，原因待查"
        self.s.reports.close_day(iso, counted, note)


def _previous_month(day: date) -> str:
    first = day.replace(day=1) - timedelta(days=1)
    return f"{first.year}-{first.month:02d}"


__all__ = [
    "CHICKEN_PRICES",
    "CLERK_NAME",
    "CLERK_PIN",
    "MANAGER_NAME",
    "MANAGER_PIN",
    "POOR_CONSIGNMENT_BP",
    "TRAINING_CODE",
    "build_training_station",
    "training_data_dir",
]
