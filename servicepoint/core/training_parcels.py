"""The parcel desk of the training station (issue 17): the last three weeks of parcels in
(checked in, most collected within a few days, some returned, a few still on the shelves) and
a few parcels sent, so a trainee finds a desk that looks like a real one.

Part of the training builder (``training.py``), with its own random stream: adding the desk
leaves every other choice of the build as it was.  Everything goes through the parcel services.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from . import payments as pay
from . import training_data as data

if TYPE_CHECKING:
    from .training import Builder

#: The weeks before "today" that have parcels.
DAYS = 21
_RATES = {"zto": ("0.40", "1.00"), "yto": ("0.40", "1.00"), "yunda": ("0.35", "0.80"),
          "sto": ("0.35", "0.80"), "jt": ("0.45", "1.00"), "ems": ("0.50", "1.50"),
          "jd": ("0.60", "1.50"), "sf": ("0.80", "2.00")}  # fmt: skip
_SHARE = ("zto", "zto", "zto", "yto", "yto", "yunda", "yunda", "sto", "jt", "jt", "ems", "jd", "sf")
_PROVINCES = ("广东", "浙江", "江苏", "上海", "北京", "四川", "湖南", "广西")


class ParcelDesk:
    def __init__(self, builder: Builder, seed: int) -> None:
        self.b = builder
        self.rng = random.Random(f"{seed}-parcels")
        self.n = 0

    def setup(self) -> None:
        """The manager sets the shelves and the couriers' rates (day 0)."""
        s = self.b.s
        s.act_as(self.b.manager)
        s.set_setting("parcel_shelves", {"shelves": 4, "rows": 4, "positions": 10, "per_slot": 4})
        for courier, (fee_in, fee_out) in _RATES.items():
            s.parcel_fees.set_rate(courier, fee_in, fee_out)

    def plan(self, day: date, days_left: int) -> None:
        if days_left > DAYS:
            return
        rng = self.rng
        for _ in range(rng.randint(6, 14)):
            self.b.schedule(self.b.at(day, rng.randint(data.OPEN, 12 * 3600)), self.arrive)
        if rng.random() < 0.5:
            self.b.schedule(self.b.at(day, rng.randint(12 * 3600, data.SHUT)), self.send)

    def _waybill(self, courier: str) -> str:
        self.n += 1
        tail = f"{self.rng.randint(0, 10**8 - 1):08d}{self.n:03d}"
        return {
            "zto": "75" + tail[:10],
            "yto": "YT20" + tail,
            "yunda": "43" + tail,
            "sto": "7730" + tail,
            "jt": "JT00" + tail,
            "ems": "98" + tail,
            "jd": "JDVA" + tail,
            "sf": "SF14" + tail,
        }[courier]

    def arrive(self) -> None:
        rng, s = self.rng, self.b.s
        courier = rng.choice(_SHARE)
        farmers = [f for f in self.b.specs if f.phone and f.day <= self.b.day_index]
        if farmers and rng.random() < 0.6:
            spec = rng.choice(farmers)
            phone, name = str(spec.phone), spec.name
        else:
            phone = f"1{rng.choice('35789')}{rng.randint(0, 10**9 - 1):09d}"
            surname = rng.choice(data.SURNAMES)[0]
            name = surname + rng.choice(data.MALE + data.FEMALE)
        if rng.random() < 0.3:
            phone = phone[-4:]  # only the last four printed on the waybill
        parcel = s.parcels.check_in(self._waybill(courier), phone, name).parcel
        if rng.random() < 0.6:
            s.parcels.call(parcel.id)
        fate = rng.random()
        today = self.b.clock.current.date()
        if fate < 0.85:
            when = self.b.at(today + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3, 5))),
                             rng.randint(data.OPEN, data.SHUT))  # fmt: skip
            self.b.schedule(max(when, self.b.clock.current), partial(self.collect, parcel.id))
        elif fate < 0.93:
            when = self.b.at(today + timedelta(days=rng.randint(6, 9)), 10 * 3600)
            self.b.schedule(when, partial(self.give_back, parcel.id))

    def collect(self, parcel_id: str) -> None:
        s = self.b.s
        parcel = s.parcels.get(parcel_id)
        if parcel.state != "shelved":
            return
        proxy = None
        if self.rng.random() < 0.2:
            proxy = self.rng.choice(data.SURNAMES)[0] + self.rng.choice(data.FEMALE)
        s.parcels.pickup(parcel_id, parcel.waybill, on_behalf_name=proxy)

    def give_back(self, parcel_id: str) -> None:
        if self.b.s.parcels.get(parcel_id).state == "shelved":
            self.b.s.parcels.return_to_courier(parcel_id, "超时无人领取，退回快递公司")

    def send(self) -> None:
        rng, s = self.rng, self.b.s
        if not self.b.customers:
            return
        farmer_id = rng.choice(self.b.customers).id
        courier = rng.choice(("zto", "yto", "jt", "sf"))
        fee = rng.choice((800, 1000, 1200, 1500, 1800))
        s.parcel_sends.send(
            courier=courier, tracking_no=self._waybill(courier),
            weight_g=rng.randint(4, 40) * 250, province=rng.choice(_PROVINCES),
            fee=fee, tenders=[pay.cash(fee)], farmer_id=farmer_id,
        )  # fmt: skip
