"""The buying point of the training station (issue 16): the county's buy-back prices of the
season, the last month's loads of corn and paddy weighed, graded and paid at the counter
(some with a farmer's debt offset, the poor households' with their premium), and a dispatch
to the county's grain company every week, so a trainee finds a 收购 desk with prices to buy at
and lots on hand.

Part of the training builder (``training.py``), with its own random stream: adding the desk
leaves every other choice of the build as it was.  Everything goes through the buy-back
services; the prices, which a real point pulls from the county, are put in place as a pull
would (the training station never syncs).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from . import payments as pay
from . import training_data as data
from .buyback import Load

if TYPE_CHECKING:
    from .training import Builder

#: The days before "today" that have loads bought.
DAYS = 30
#: (id, product, grade, price, premium for poor households, handling fee) in fen per 斤.
_LINES = (
    ("train-corn-1", "玉米", "一等", 125, 3, 2),
    ("train-corn-2", "玉米", "二等", 120, 3, 2),
    ("train-paddy-2", "稻谷", "二等", 138, 3, 2),
)
BUYER = "县粮食购销公司"


class BuybackDesk:
    def __init__(self, builder: Builder, seed: int) -> None:
        self.b = builder
        self.rng = random.Random(f"{seed}-buyback")

    def setup(self, end: date) -> None:
        """The season's prices, valid from the start of the training year to well after it."""
        s = self.b.s
        s.act_as(self.b.manager)
        start = self.b.start.isoformat()
        until = (end + timedelta(days=120)).isoformat()
        s.buyback_prices.replace([self._line(line, start, until) for line in _LINES])

    @staticmethod
    def _line(line: tuple[str, str, str, int, int, int], start: str, until: str) -> dict[str, Any]:
        price_id, product, grade, price, premium, fee = line
        return {
            "id": price_id,
            "list_code": "TRAIN-QIU",
            "list_name": "秋粮收购（练习）",
            "product": product,
            "grade": grade,
            "unit": "jin",
            "price_fen": price,
            "premium_fen": premium,
            "fee_fen": fee,
            "valid_from": start,
            "valid_to": until,
            "moisture_std": 140,
            "moisture_step_bp": 120,
            "impurity_std": 10,
            "impurity_step_bp": 100,
        }

    def plan(self, day: date, days_left: int) -> None:
        if days_left > DAYS:
            return
        rng = self.rng
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 3)):
                self.b.schedule(self.b.at(day, rng.randint(data.OPEN, data.SHUT)), self.buy)
        if day.weekday() == 4 and days_left > 2:  # Fridays the lorry comes (not the last days)
            self.b.schedule(self.b.at(day, 16 * 3600), self.dispatch)

    def buy(self) -> None:
        rng, s = self.rng, self.b.s
        if not self.b.customers:
            return
        debts = dict(s.ledger.debtors())
        # a farmer who owes the point often brings produce to pay it off
        if debts and rng.random() < 0.3:
            farmer_id = rng.choice(sorted(debts))
        else:
            farmer_id = rng.choice(self.b.customers).id
        load = Load(
            farmer_id,
            rng.choice(_LINES)[0],
            gross_base=rng.randint(400, 4000) * 100,  # 40–400 kg, to the 100 g
            tare_base=rng.choice((0, 1000, 2000, 3500)),
            moisture=rng.choice((135, 140, 145, 150, 160)),
            impurity=rng.choice((5, 10, 10, 15)),
        )
        amount = s.buyback.preview(load).amount_fen
        owed = debts.get(farmer_id, 0)
        offset = min(owed, amount) if owed > 0 and rng.random() < 0.7 else 0
        due = amount - offset
        tenders = []
        if due > 0:
            # cash only as far as the drawer holds it (a point never pays out cash it has
            # not got), the rest by mobile payment
            cash = 0 if rng.random() < 0.3 else min(due, max(0, self.b.drawer()))
            if cash:
                tenders.append(pay.cash(cash))
            if due - cash:
                reference = f"WX{rng.randint(10**11, 10**12 - 1)}"
                tenders.append(pay.mobile(due - cash, reference))
        s.buyback.buy(load, tenders, offset_fen=offset)

    def dispatch(self) -> None:
        s = self.b.s
        lots = [(lot.id, None) for lot in s.buyback.lots(in_stock_only=True)]
        if lots:
            vehicle = f"云A·{self.rng.randint(10000, 99999)}"
            s.buyback_dispatches.dispatch(lots, BUYER, vehicle=vehicle)
