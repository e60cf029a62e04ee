"""The order desk of the training station: a year of assisted purchasing and accounts.

Part of the training builder (``training.py``).  Each order is placed, moved along, cancelled
or returned through the public services only; how its story ends is drawn when it is placed,
so the seed alone decides it.  Repayments of farmers' accounts happen here too, since the
debts come from orders paid on account.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from . import payments as pay
from . import training_data as data
from .money import format_yuan
from .order_refs import OTHER, platform_code, platform_name, progress
from .payments import DEFAULT_CREDIT_LIMIT_FEN, Tender
from .purchasing import LineInput

if TYPE_CHECKING:
    from .training import Builder


@dataclass
class CatalogueItem:
    id: str
    category: str
    unit: str
    price_fen: int
    platform: str


@dataclass
class OrderState:
    id: str
    number: str
    farmer_id: str
    status: str
    fate: str  # how this order's story ends, decided when it is placed
    total_fen: int
    platform: str
    slow: bool  # appliances and building materials take longer to come
    paid_on_account: bool


class Desk:
    """What every desk of the training builder works with: the station, the seeded random
    stream, the simulated clock, the manager and the village's customers."""

    def __init__(self, builder: Builder) -> None:
        self.b = builder
        self.s = builder.s
        self.rng = builder.rng
        self.clock = builder.clock
        self.manager = builder.manager
        self.customers = builder.customers


class OrderDesk(Desk):
    """Places the village's orders and carries each along placed → … → completed."""

    def __init__(self, builder: Builder) -> None:
        super().__init__(builder)
        self.items: dict[str, list[CatalogueItem]] = {}
        self.item_by_name: dict[str, CatalogueItem] = {}
        self.orders: dict[str, OrderState] = {}

    def load_catalogue(self) -> None:
        """Import the county catalogue (a manager's job) and keep the items to choose from."""
        self.s.catalogue.import_csv(io.StringIO(self._catalogue_csv()))
        for item in self.s.catalogue.search("", limit=1000):
            entry = CatalogueItem(
                item.id, item.category_code, item.unit, item.price_fen, item.platform or "京东"
            )
            self.items.setdefault(item.category_code, []).append(entry)
            self.item_by_name[item.name] = entry

    def _catalogue_csv(self) -> str:
        lines = ["sku,name,category,unit,price,platform,barcode,rate,category_name,category_rate"]
        rates = {code: (name, pct) for code, name, pct in data.CATEGORIES}
        numbers: dict[str, int] = {}
        for cat, name, unit_code, price, platform in data.ITEMS:
            numbers[cat] = numbers.get(cat, 0) + 1
            sku = f"{data.SKU_PREFIX[cat]}-{numbers[cat]:03d}"
            barcode = ""
            if cat in ("daily", "food", "digital", "baby") or self.rng.random() < 0.3:
                barcode = ean13("69" + "".join(str(self.rng.randint(0, 9)) for _ in range(10)))
            rate = data.ITEM_RATES.get(name, "")
            cname, cpct = rates[cat]
            lines.append(
                f"{sku},{name},{cat},{unit_code},{format_yuan(price, grouped=False)},{platform},"
                f"{barcode},{rate},{cname},{cpct}"
            )
        return "\n".join(lines) + "\n"

    def price_update(self) -> None:
        self.s.act_as(self.manager)
        # The county republishes the items with their rates: an import without a rate column
        # would clear an item's own rate back to its category's.
        rows = ["sku,name,category,unit,price,platform,rate"]
        numbers: dict[str, int] = {}
        changed: dict[str, int] = {}
        for cat, name, unit_code, price, platform in data.ITEMS:
            numbers[cat] = numbers.get(cat, 0) + 1
            if cat == "agri" and unit_code == "bag" and price > 10_000:
                new = price + price * self.rng.choice((5, 8, 10)) // 100 // 10 * 10
            elif cat in ("appliance", "digital") and price > 50_000:
                new = price - self.rng.choice((5_000, 10_000, 20_000))
            else:
                continue
            sku = f"{data.SKU_PREFIX[cat]}-{numbers[cat]:03d}"
            changed[sku] = new
            rows.append(
                f"{sku},{name},{cat},{unit_code},{format_yuan(new, grouped=False)},{platform},"
                f"{data.ITEM_RATES.get(name, '')}"
            )
        self.s.catalogue.import_csv(io.StringIO("\n".join(rows) + "\n"))
        by_id = {item.id: item.price_fen for item in self.s.catalogue.search("", limit=1000)}
        for items in self.items.values():
            for item in items:
                item.price_fen = by_id.get(item.id, item.price_fen)

    def _pick_item(self, month: int) -> CatalogueItem:
        cats = [c for c in data.CATEGORY_WEIGHT if self.items.get(c)]
        weights = [data.CATEGORY_WEIGHT[c] * data.SEASON.get((c, month), 1.0) for c in cats]
        cat = self.rng.choices(cats, weights)[0]
        items = self.items[cat]
        item_weights = [0.25 if it.price_fen >= 50_000 else 1.0 for it in items]
        return self.rng.choices(items, item_weights)[0]

    def _quantity(self, unit_code: str, price: int, category: str) -> int:
        rng = self.rng
        if unit_code == "jin":
            return rng.randint(2, 20) * 250  # 1 to 10 斤 by the half 斤
        if unit_code == "kg":
            return rng.randint(2, 10) * 1000
        if price >= 30_000:
            return 1
        if category == "agri" and unit_code == "bag":
            return rng.randint(1, 6)
        if price >= 5_000:
            return rng.choice((1, 1, 1, 2))
        return rng.randint(1, 4)

    def place_order(self) -> None:
        rng = self.rng
        if not self.customers:
            return
        self.b.act()
        farmer = rng.choices(self.customers, [c.weight for c in self.customers])[0]
        month = self.clock.current.month
        lines: list[LineInput] = []
        chosen: list[str] = []
        platform = ""
        slow = False
        for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
            item = self._pick_item(month)
            if item.id in chosen:
                continue
            chosen.append(item.id)
            price = None
            if rng.random() < 0.05:  # a platform promotion the operator types in
                price = item.price_fen * rng.choice((90, 95)) // 100
            lines.append(
                LineInput(
                    self._quantity(item.unit, item.price_fen, item.category),
                    item_id=item.id,
                    unit_price_fen=price,
                )
            )
            platform = platform or item.platform
            slow = slow or item.category in ("appliance", "building")
        if rng.random() < 0.08:
            name, plat, link, lo, hi, cat, unit_code = rng.choice(data.ADHOC)
            qty = rng.randint(2, 10) * 250 if unit_code == "jin" else 1
            lines.append(
                LineInput(
                    qty,
                    name=name,
                    platform=plat,
                    link_ref=link.format(n=rng.randint(10**11, 10**12 - 1)),
                    unit_price_fen=rng.randint(lo // 100, hi // 100) * 100,
                    category_code=cat,
                    unit_code=unit_code,
                )
            )
            platform = platform or plat
        note = rng.choice(data.ORDER_NOTES) if rng.random() < 0.05 else None
        self._order(farmer.id, lines, platform, slow, note=note)

    def feed_order(self, farmer_id: str, kind: str) -> None:
        """The closed loop of BRIEF §1: a raiser's feed goes on account and is later offset
        against the eggs and chickens the point sells for them."""
        rng = self.rng
        self.b.act()
        feed = self.item_by_name["鸡饲料 全价料 40公斤"]
        lines = [LineInput(rng.randint(1, 4), item_id=feed.id)]
        if kind == "chickens" and rng.random() < 0.4:
            lines.append(LineInput(1, item_id=self.item_by_name["雏鸡疫苗 新城疫"].id))
        self._order(farmer_id, lines, feed.platform, False, credit_share=0.75)

    def _order(
        self,
        farmer_id: str,
        lines: list[LineInput],
        platform: str,
        slow: bool,
        *,
        note: str | None = None,
        credit_share: float = 0.12,
    ) -> None:
        """Place an order, decide now how its story ends, and schedule its next step."""
        rng = self.rng
        quote = self.s.purchasing.quote(lines)
        tenders = self._tenders(farmer_id, quote.total_fen, credit_share)
        order = self.s.purchasing.place(farmer_id, lines, tenders, note=note)
        r = rng.random()
        multi = len(order.lines) > 1
        fate = (
            "cancel_placed"
            if r < 0.035
            else "cancel_ordered"
            if r < 0.06
            else "refused"
            if r < 0.07
            else "never_picked"
            if r < 0.075
            else "return_full"
            if r < 0.105
            else "return_partial"
            if r < 0.14 and multi
            else "normal"
        )
        state = OrderState(
            order.id,
            order.number,
            farmer_id,
            order.status,
            fate,
            order.total_fen,
            platform,
            slow,
            any(t.method == "account" for t in tenders),
        )
        self.orders[order.id] = state
        if rng.random() < 0.004:  # wrong farmer picked: the manager voids it at once
            self.clock.advance(minutes=rng.randint(2, 8))
            self.s.receipts.void(order.number, "选错了农户，作废重开", approver=self.manager)
            state.status = "cancelled"
            return
        # Half are ordered on the platform the same day; the rest wait for the next morning's
        # batch of platform orders (so yesterday's late orders are still "placed" today).
        when = (
            self.b.later_today_or_next(20, 180)
            if rng.random() < 0.5
            else self.b.days_later(1, 8 * 3600 + 40 * 60, 11 * 3600)
        )
        self.b.schedule(when, partial(self._order_step, state))

    def _platform_order_no(self, platform: str) -> str:
        rng = self.rng
        if platform == "拼多多":
            return f"{self.clock.current:%y%m%d}-{rng.randint(10**14, 10**15 - 1)}"
        if platform in ("淘宝", "农村淘宝"):
            return str(rng.randint(10**17, 10**18 - 1))
        if platform == "苏宁易购":
            return str(rng.randint(10**10, 10**11 - 1))
        return str(rng.randint(10**11, 10**12 - 1))

    def _order_step(self, o: OrderState) -> None:
        """Move an order one step along placed → ordered → arrived → completed (or off it)."""
        rng = self.rng
        p = self.s.purchasing
        self.b.act()
        if o.status == "placed":
            if o.fate == "cancel_placed":
                self._cancel(o, rng.choice(data.CANCEL_PLACED))
                return
            # one number on each platform the lines name (an order may be split across them)
            missing = progress(p.get(o.id)).missing
            codes = [c for c in missing if c != OTHER] or [platform_code(o.platform) or OTHER]
            p.mark_ordered(
                o.id, [(c, self._platform_order_no(platform_name(c, "zh_CN"))) for c in codes]
            )
            o.status = "ordered"
            if o.fate == "cancel_ordered":
                self.b.schedule(
                    self.b.days_later(rng.randint(1, 3)),
                    partial(self._cancel, o, rng.choice(data.CANCEL_ORDERED)),
                )
                return
            days = rng.randint(3, 8) if o.slow else rng.randint(2, 5)
            self.b.schedule(
                self.b.days_later(days, 9 * 3600, 12 * 3600), partial(self._order_step, o)
            )
        elif o.status == "ordered":
            p.mark_arrived(o.id)
            o.status = "arrived"
            if o.fate == "never_picked":  # the farmer went off to work in the city
                return
            days = rng.choices((0, 1, 2, 3, 4), (30, 30, 20, 10, 10))[0]
            when = (
                self.b.later_today_or_next(30, 300)
                if days == 0
                else self.b.days_later(days, 10 * 3600, data.SHUT)
            )
            self.b.schedule(when, partial(self._order_step, o))
        elif o.status == "arrived":
            if o.fate == "refused":
                self._cancel(o, rng.choice(data.REFUSED))
                return
            p.complete(o.id)
            o.status = "completed"
            if o.fate in ("return_full", "return_partial"):
                days = rng.randint(0, 6)
                when = self.b.later_today_or_next(60, 300) if days == 0 else self.b.days_later(days)
                self.b.schedule(when, partial(self._return, o))

    def _refund_method(self, o: OrderState, amount: int) -> str | None:
        """Refund the way it was paid, unless the drawer is short of cash for it."""
        if o.paid_on_account or self.b.drawer() >= amount:
            return None
        return "mobile"

    def _cancel(self, o: OrderState, reason: str) -> None:
        if o.status not in ("placed", "ordered", "arrived"):
            return
        self.b.act()
        self.s.purchasing.cancel(o.id, reason, refund_method=self._refund_method(o, o.total_fen))
        o.status = "cancelled"

    def _return(self, o: OrderState) -> None:
        if o.status != "completed":
            return
        self.b.act()
        order = self.s.purchasing.get(o.id)
        lines = [li for li in order.lines if not li.returned]
        if o.fate == "return_partial" and len(lines) > 1:
            chosen = [self.rng.choice(lines)]
        else:
            chosen = lines
        amount = sum(li.line_total_fen for li in chosen)
        self.s.purchasing.return_lines(
            o.id,
            self.rng.choice(data.RETURN_REASONS),
            [li.id for li in chosen],
            refund_method=self._refund_method(o, amount),
            approver=self.manager,
        )
        if len(chosen) == len(lines):
            o.status = "returned"

    def repay(self, farmer_id: str) -> None:
        owed = self.s.ledger.balance(farmer_id)
        if owed <= 0:
            return
        self.b.act()
        rng = self.rng
        amount = owed
        if rng.random() < 0.5 and owed >= 2_000:
            amount = rng.randint(owed // 400, owed // 100) * 100 or owed
        tender = (
            self.b.cash(amount) if rng.random() < 0.6 else pay.mobile(amount, self.b.mobile_ref())
        )
        receipt = self.s.ledger.repay(farmer_id, [tender])
        if tender.method == "cash" and rng.random() < 0.015:
            # It was paid by phone, not in cash: void the receipt and take it again.
            self.clock.advance(minutes=rng.randint(1, 5))
            self.s.receipts.void(receipt.number, "收款方式录错，作废重收", approver=self.manager)
            self.s.ledger.repay(farmer_id, [pay.mobile(amount, self.b.mobile_ref())])

    def _can_charge(self, farmer_id: str, amount: int) -> bool:
        limit = int(self.s.setting("credit_limit_fen", DEFAULT_CREDIT_LIMIT_FEN))
        return self.s.ledger.balance(farmer_id) + amount <= limit

    def _tenders(self, farmer_id: str, due: int, credit_share: float) -> list[Tender]:
        """Cash, phone, on account (within the credit limit) or a split of two of them."""
        if self.rng.random() < credit_share and self._can_charge(farmer_id, due):
            return [pay.on_account(due)]
        r = self.rng.random()
        if r < 0.12 and due >= 2_000:
            part = self.rng.randint(1, due // 100 - 1) * 100 if due >= 20_000 else due // 2
            if self.rng.random() < 0.4 and self._can_charge(farmer_id, part):
                return [pay.on_account(part), self.b.cash(due - part)]
            return [pay.mobile(part, self.b.mobile_ref()), self.b.cash(due - part)]
        if r < 0.5:
            return [pay.mobile(due, self.b.mobile_ref())]
        return [self.b.cash(due)]


def ean13(body: str) -> str:
    """A 13-digit EAN barcode from its first 12 digits (69 is China's prefix)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)
