"""The produce desk of the training station: consignment of eggs, walnuts, chickens, honey
and millet, from intake through sales, spoilage and returns to settling with the farmer.

Part of the training builder (``training.py``); everything goes through the consignment and
settlement services.  Chicken raisers follow JD's 160-day cycle and sell at ¥128/¥168/¥188
by grade (BRIEF §4); their feed, bought on account at the order desk, is offset at settlement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from . import payments as pay
from . import training_data as data
from .money import line_total, unit
from .settlement import Fee
from .training_orders import Desk

if TYPE_CHECKING:
    from .receipts import Receipt
    from .training import Builder


@dataclass
class BatchState:
    id: str
    farmer_id: str
    kind: str  # a key of _PRODUCE
    grade: str | None
    unit: str
    on_hand: int
    floor_fen: int
    price_fen: int  # the usual counter price per selling unit
    day: int
    closed: bool = False


@dataclass
class SaleState:
    id: str
    amount_fen: int
    commission_fen: int
    channel: str
    kind: str
    day: int


@dataclass
class Producer:
    farmer_id: str
    kind: str
    is_poor: bool
    unit: str
    next_day: int
    last_day: int = -1000
    next_feed: int = 0


class ProduceDesk(Desk):
    """Takes produce in, sells it, writes off what spoils, and settles with the farmers."""

    def __init__(self, builder: Builder) -> None:
        super().__init__(builder)
        self.producers: list[Producer] = []
        self.batches: dict[str, BatchState] = {}
        self.unsettled: dict[str, list[SaleState]] = {}

    def choose_producers(self) -> None:
        """Some early registrants also bring produce: chicken raisers are mostly poor households
        (JD's scheme was aimed at them), the rest keep hens, walnut trees, bees or millet."""
        rng = self.rng
        n = self.b.n_farmers
        poor = [c for c in self.customers if c.is_poor]
        others = [c for c in self.customers if not c.is_poor]
        counts = {
            "chickens": max(3, n // 24),
            "eggs": max(3, n // 30),
            "walnuts": max(3, n // 24),
            "honey": max(2, n // 60),
            "millet": max(2, n // 30),
        }
        raisers = rng.sample(poor, min(len(poor), counts["chickens"] * 2 // 3))
        raisers += rng.sample(others, counts["chickens"] - len(raisers))
        for c in raisers:
            self.producers.append(
                Producer(c.id, "chickens", c.is_poor, "bird", rng.randint(0, 159))
            )
        for kind in ("eggs", "walnuts", "honey", "millet"):
            for c in rng.sample(self.customers, counts[kind]):
                unit_code = "jin"
                if kind == "eggs" and rng.random() < 0.3:
                    unit_code = "each"
                elif kind == "honey" and rng.random() < 0.5:
                    unit_code = "bottle"
                self.producers.append(
                    Producer(c.id, kind, c.is_poor, unit_code, rng.randint(0, 25))
                )

    def plan(self, day: date) -> None:
        rng = self.rng
        i = self.b.day_index
        for p in self.producers:
            produce = data.PRODUCE[p.kind]
            if p.kind in ("chickens", "eggs") and i >= p.next_feed:
                p.next_feed = i + rng.randint(25, 40)
                self.b.schedule(
                    self.b.some_time(day), partial(self.b.orders.feed_order, p.farmer_id, p.kind)
                )
            if i < p.next_day or day.month not in produce.months:
                continue
            if p.kind == "chickens":
                due = True
                p.next_day = i + rng.randint(150, 170)  # a 160-day cycle (BRIEF §4)
            elif p.kind == "eggs":
                due = True
                p.next_day = i + rng.randint(14, 28)
            else:
                due = rng.random() < 0.03 and i - p.last_day >= 30
            if due:
                p.last_day = i
                self.b.schedule(
                    self.b.some_time(day, 9 * 3600, 16 * 3600), partial(self._intake, p)
                )
        for batch in list(self.batches.values()):
            if batch.closed or batch.on_hand <= 0:
                continue
            produce = data.PRODUCE[batch.kind]
            age = i - batch.day
            if age >= produce.shelf_days:
                batch.closed = True  # no more sales planned; what is left goes back today
                self.b.schedule(
                    self.b.some_time(day, 15 * 3600, data.SHUT), partial(self._clear_batch, batch)
                )
                continue
            if age > 0 and rng.random() < produce.sale_chance:
                self.b.schedule(self.b.some_time(day), partial(self._sell, batch))
            if age > 0 and rng.random() < 0.15 and batch.kind == "chickens":  # the big buyer
                self.b.schedule(self.b.some_time(day), partial(self._sell, batch, "county"))
            if batch.kind == "eggs" and rng.random() < 0.05:
                self.b.schedule(self.b.some_time(day), partial(self._spoil, batch, "鸡蛋破损"))
            elif batch.kind == "chickens" and rng.random() < 0.01:
                self.b.schedule(self.b.some_time(day), partial(self._spoil, batch, "鸡死亡"))
            elif batch.kind in ("walnuts", "millet") and rng.random() < 0.002:
                why = "受潮发霉" if batch.kind == "walnuts" else "受潮生虫"
                self.b.schedule(self.b.some_time(day), partial(self._spoil, batch, why))
        for farmer_id, sales in self.unsettled.items():
            if sales and i - sales[0].day >= 5 and rng.random() < 0.12:
                self.b.schedule(
                    self.b.some_time(day, 10 * 3600, 17 * 3600), partial(self._settle, farmer_id)
                )

    def _intake(self, p: Producer) -> None:
        self.b.act(0.7)
        rng = self.rng
        bp = data.POOR_CONSIGNMENT_BP if p.is_poor else None
        if p.kind == "chickens":
            self._intake_chickens(p, bp)
            return
        grade: str
        if p.kind == "eggs":
            if p.unit == "each":
                qty, floor, price = rng.randint(12, 60) * 5, 120, rng.choice((130, 140, 150))
            else:
                qty, floor, price = (
                    rng.randint(40, 120) * 250,
                    1_200,
                    rng.choice((1_300, 1_400, 1_500)),
                )
            grade = "土鸡蛋"
        elif p.kind == "walnuts":
            grade = rng.choice(("一级", "二级"))
            qty = rng.randint(80, 400) * 500
            floor, price = (1_600, 1_800) if grade == "一级" else (1_200, 1_400)
        elif p.kind == "honey":
            grade = rng.choice(("槐花蜜", "百花蜜", "枣花蜜"))
            if p.unit == "bottle":
                qty, floor, price = rng.randint(20, 80), 5_000, rng.choice((5_800, 6_800))
            else:
                qty, floor, price = rng.randint(30, 100) * 500, 4_500, rng.choice((5_000, 6_000))
        else:
            grade = rng.choice(("黄小米", "一级"))
            qty, floor, price = rng.randint(100, 600) * 500, 600, rng.choice((700, 750, 800))
        batch = self.s.consignment.intake(
            p.farmer_id,
            data.PRODUCE[p.kind].name,
            qty,
            p.unit,
            grade=grade,
            floor_price_fen=floor,
            commission_bp=bp,
        )
        if rng.random() < 0.01:  # entered twice by mistake: the manager voids the copy
            self.clock.advance(minutes=rng.randint(1, 5))
            self.s.receipts.void(batch.receipt_id, "重复入库，作废", approver=self.manager)
            return
        self._track(batch.id, p, grade, qty, floor, price)

    def _intake_chickens(self, p: Producer, bp: int | None) -> None:
        """A raiser's flock at the end of its 160-day cycle, graded on the spot into one batch
        per grade, each with the grade's buy-back price as its floor (BRIEF §4)."""
        rng = self.rng
        total = rng.randint(20, 80)
        first = round(total * rng.uniform(0.2, 0.4))
        third = round(total * rng.uniform(0.15, 0.3))
        for grade, count in (("一级", first), ("二级", total - first - third), ("三级", third)):
            if count <= 0:
                continue
            price = data.CHICKEN_PRICES[grade]
            batch = self.s.consignment.intake(
                p.farmer_id,
                "散养土鸡",
                count,
                "bird",
                grade=grade,
                floor_price_fen=price,
                commission_bp=bp,
                note="160天散养，按等级回收",
            )
            self._track(batch.id, p, grade, count, price, price)
            self.clock.advance(seconds=rng.randint(60, 180))

    def _track(
        self, batch_id: str, p: Producer, grade: str | None, qty: int, floor: int, price: int
    ) -> None:
        self.batches[batch_id] = BatchState(
            batch_id, p.farmer_id, p.kind, grade, p.unit, qty, floor, price, self.b.day_index
        )

    def _sale_quantity(self, b: BatchState, channel: str) -> int:
        rng = self.rng
        per = unit(b.unit).base_per_unit
        if b.kind == "chickens":
            n = {"county": rng.randint(5, 20), "online": 1, "other": rng.randint(2, 6)}.get(
                channel, rng.choice((1, 1, 2))
            )
        elif b.kind == "eggs" and b.unit == "each":
            n = {"wholesale": rng.randint(12, 24) * 5, "online": 30}.get(
                channel, rng.randint(2, 6) * 5
            )
        elif b.kind == "eggs":
            return {"wholesale": rng.randint(20, 40) * 250, "online": 2_500}.get(
                channel, rng.randint(4, 12) * 250
            )
        elif b.unit == "bottle":
            n = {"county": rng.randint(10, 20), "online": rng.randint(1, 3)}.get(
                channel, rng.randint(1, 2)
            )
        else:  # walnuts, honey and millet by the 斤
            n = {
                "county": rng.randint(50, 150),
                "wholesale": rng.randint(30, 100),
                "online": rng.randint(5, 10),
            }.get(channel, rng.randint(2, 8))
        return n * per

    def _sale_price(self, b: BatchState, channel: str) -> int:
        if b.kind == "chickens":
            return b.price_fen  # bought back at the grade price (BRIEF §4)
        if channel in ("county", "wholesale"):
            return max(b.floor_fen, b.price_fen - b.price_fen // 10 // 10 * 10)
        if channel == "online":
            return b.price_fen + b.price_fen // 10 // 10 * 10
        return b.price_fen

    def _sell(self, b: BatchState, channel: str | None = None) -> None:
        if b.on_hand <= 0:
            return
        rng = self.rng
        self.b.act()
        produce = data.PRODUCE[b.kind]
        channel = (
            channel
            or rng.choices([c for c, _ in produce.channels], [w for _, w in produce.channels])[0]
        )
        qty = min(self._sale_quantity(b, channel), b.on_hand)
        price = self._sale_price(b, channel)
        amount = line_total(qty, price, unit(b.unit).base_per_unit)
        if channel == "county" or (channel == "wholesale" and rng.random() < 0.5):
            tenders = [pay.mobile(amount, self.b.bank_ref())]
        elif channel == "online":
            tenders = [pay.mobile(amount, self.b.mobile_ref())]
        else:
            tenders = (
                [self.b.cash(amount)]
                if rng.random() < 0.6
                else [pay.mobile(amount, self.b.mobile_ref())]
            )
        buyer = rng.choice(data.BUYERS[channel])
        cons = self.s.consignment
        if rng.random() < 0.005 and b.kind != "chickens":
            # An extra zero typed in the price, paid by phone: void it and ring it up again.
            wrong = price * 10
            wrong_amount = line_total(qty, wrong, unit(b.unit).base_per_unit)
            _, receipt = cons.sell(
                b.id,
                qty,
                wrong,
                [pay.mobile(wrong_amount, self.b.mobile_ref())],
                buyer=buyer,
                channel=channel,
            )
            self.clock.advance(minutes=rng.randint(1, 4))
            self.s.receipts.void(receipt.number, "单价多打了一个0，作废重录", approver=self.manager)
        sale, _ = cons.sell(b.id, qty, price, tenders, buyer=buyer, channel=channel)
        b.on_hand -= qty
        self.unsettled.setdefault(b.farmer_id, []).append(
            SaleState(
                sale.id, sale.amount_fen, sale.commission_fen, channel, b.kind, self.b.day_index
            )
        )

    def _spoil(self, b: BatchState, reason: str) -> None:
        if b.on_hand <= 0:
            return
        self.b.act()
        rng = self.rng
        if b.kind == "eggs":
            qty = rng.randint(3, 12) if b.unit == "each" else rng.randint(1, 4) * 250
        elif b.kind == "chickens":
            qty = 1
        else:
            qty = rng.randint(1, 3) * unit(b.unit).base_per_unit
        qty = min(qty, b.on_hand)
        self.s.consignment.spoil(b.id, qty, reason)
        b.on_hand -= qty

    def _clear_batch(self, b: BatchState) -> None:
        """The end of a batch's shelf life: the rest goes back to the farmer (stale eggs are
        sometimes thrown away instead)."""
        if b.on_hand <= 0:
            return
        self.b.act()
        if b.kind == "eggs" and self.rng.random() < 0.3:
            self.s.consignment.spoil(b.id, b.on_hand, "放置过久，变质处理")
        else:
            reason = self.rng.choice(("未售完，退回农户", "农户要拿回去自家用"))
            self.s.consignment.return_to_farmer(b.id, b.on_hand, reason)
        b.on_hand = 0

    def _settle(self, farmer_id: str) -> None:
        """The farmer comes for the money: fees for shipping and packing, and, if the farmer
        owes on account, usually an offset of that debt."""
        sales = self.unsettled.get(farmer_id) or []
        if not sales:
            return
        rng = self.rng
        self.b.act(0.6)
        proceeds = sum(x.amount_fen for x in sales)
        net = proceeds - sum(x.commission_fen for x in sales)
        fees: list[Fee] = []
        shipped = sum(x.amount_fen for x in sales if x.channel in ("online", "county"))
        if shipped:
            fees.append(Fee("运费", max(500, shipped * 3 // 100 // 100 * 100)))
        packed = sum(1 for x in sales if x.channel == "online" and x.kind in ("eggs", "honey"))
        if packed:
            fees.append(Fee("包装费", 200 * packed))
        if sum(f.amount_fen for f in fees) > net // 2:
            fees = []
        net -= sum(f.amount_fen for f in fees)
        owed = self.s.ledger.balance(farmer_id)
        offset = min(owed, net) if owed > 0 and rng.random() < 0.7 else 0
        payout = net - offset
        ids = [x.id for x in sales]
        receipt = self._pay_out(farmer_id, ids, fees, offset, payout)
        if any(f.description == "包装费" for f in fees) and rng.random() < 0.05:
            # The packing fee should not have been charged: void and settle again without it.
            self.clock.advance(minutes=rng.randint(2, 10))
            self.s.receipts.void(receipt.number, "包装费不该收，重新结算", approver=self.manager)
            refund = sum(f.amount_fen for f in fees if f.description == "包装费")
            fees = [f for f in fees if f.description != "包装费"]
            self._pay_out(farmer_id, ids, fees, offset, payout + refund)
        self.unsettled[farmer_id] = []

    def _pay_out(
        self, farmer_id: str, sale_ids: list[str], fees: list[Fee], offset: int, payout: int
    ) -> Receipt:
        if (
            payout
            and payout <= 150_000
            and self.b.drawer() - payout >= 0
            and self.rng.random() < 0.7
        ):
            method, reference = "cash", None
        else:
            method, reference = "mobile", self.b.mobile_ref()
        return self.s.settlement.settle(
            farmer_id, sale_ids, fees=fees, offset_fen=offset, method=method, reference=reference
        )
