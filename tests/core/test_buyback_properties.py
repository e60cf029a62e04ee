"""Property test of buy-back (收购): random intakes, offsets, spoilage, dispatches and voids.

A state machine drives a fresh station and keeps its own model: each lot's bought,
dispatched, spoiled and on hand, each farmer's debt, the money paid out to farmers, and the
handling fees.  After every step the database must agree with the model, bought = dispatched
+ spoiled + on hand must hold for every lot, and ``station.check()`` must find nothing.  Every
step the model expects to be refused (more than on hand, an offset over the debt) must be
refused and write nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from servicepoint.core import CHINA_TZ, ManualClock, ServicePointError, Station
from servicepoint.core import payments as pay
from servicepoint.core.buyback import Load
from servicepoint.core.money import line_total, round_half_up_div
from servicepoint.core.purchasing import LineInput

PRICE = {
    "id": "wheat-1",
    "list_code": "XIA2026",
    "product": "小麦",
    "grade": "一等",
    "unit": "jin",
    "price_fen": 137,
    "premium_fen": 5,
    "fee_fen": 3,
    "valid_from": "2026-01-01",
    "valid_to": "2027-12-31",
    "moisture_std": 125,
    "moisture_step_bp": 150,
    "impurity_std": 10,
    "impurity_step_bp": 100,
}

_TEMPLATE: list[Path] = []


def _template() -> Path:
    """One station made once (PIN hashing is slow), copied for each run."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="buyback-template-"))
        with Station.create(
            folder,
            code="GJ09",
            name="甘界村服务站",
            village="甘界村",
            township="城关镇",
            county="示范县",
            manager_name="王站长",
            manager_pin="1234",
            clock=ManualClock(datetime(2026, 11, 22, 8, 0, tzinfo=CHINA_TZ)),
        ):
            pass
        _TEMPLATE.append(folder / "station.db")
    return _TEMPLATE[0]


@dataclass
class LotModel:
    id: str
    farmer: int
    paid_base: int
    fee_fen: int
    amount_fen: int
    offset_fen: int
    receipt: str
    dispatched: int = 0
    spoiled: int = 0
    voided: bool = False

    @property
    def on_hand(self) -> int:
        return 0 if self.voided else self.paid_base - self.dispatched - self.spoiled


class BuybackMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="buyback-prop-"))
        shutil.copy(_template(), self.dir / "station.db")
        self.clock = ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=CHINA_TZ))
        self.s = Station.open(self.dir, clock=self.clock)
        self.s.act_as(self.s.operators.list()[0])
        self.s.catalogue.set_category("agri", "农资", 800)
        self.s.buyback_prices.replace([PRICE])
        self.farmers = [
            self.s.farmers.add("张三", is_poor=True).id,
            self.s.farmers.add("李四").id,
        ]
        self.debt = [0, 0]
        self.lots: list[LotModel] = []
        # dispatch receipt number → [(lot index, quantity, fee)], and whether voided
        self.dispatches: dict[str, list[tuple[int, int, int]]] = {}
        self.voided_dispatches: set[str] = set()

    def teardown(self) -> None:
        self.s.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def _refused(self, action) -> None:  # type: ignore[no-untyped-def]
        before = self.s.records.scalar("SELECT MAX(seq) FROM outbox")
        try:
            action()
        except ServicePointError:
            pass
        else:
            raise AssertionError("the model expected a refusal")
        assert self.s.records.scalar("SELECT MAX(seq) FROM outbox") == before

    # -- rules -------------------------------------------------------------------------------

    @rule(who=st.integers(0, 1), fen=st.integers(100, 50_000))
    def credit_purchase(self, who: int, fen: int) -> None:
        if self.debt[who] + fen > 200_000:  # over the default credit limit: not this test's
            return
        self.s.purchasing.place(
            self.farmers[who],
            [LineInput(1, name="化肥", unit_price_fen=fen)],
            [pay.on_account(fen)],
        )
        self.debt[who] += fen

    @rule(
        who=st.integers(0, 1),
        net=st.integers(1, 300_000),
        tare=st.integers(0, 30_000),
        moisture=st.integers(0, 300),
        impurity=st.integers(0, 60),
        offset_share=st.integers(0, 100),
        cash_share=st.integers(0, 100),
        over=st.booleans(),
    )
    def buy(self, who, net, tare, moisture, impurity, offset_share, cash_share, over) -> None:  # type: ignore[no-untyped-def]
        load = Load(self.farmers[who], "wheat-1", net + tare, tare, moisture, impurity)
        m_cut = round_half_up_div(net * max(0, moisture - 125) * 150, 100_000)
        i_cut = round_half_up_div(net * max(0, impurity - 10) * 100, 100_000)
        paid = net - m_cut - i_cut
        if paid <= 0:
            self._refused(lambda: self.s.buyback.buy(load, []))
            return
        amount = line_total(paid, 137 + (5 if who == 0 else 0), 500)
        if amount == 0:  # a few grams are worth nothing: refused, not bought for ¥0
            self._refused(lambda: self.s.buyback.buy(load, []))
            return
        offset = min(self.debt[who], amount) * offset_share // 100
        if over:  # one fen more than the debt allows: refused
            bad = self.debt[who] + 1
            self._refused(lambda: self.s.buyback.buy(load, [pay.cash(amount)], offset_fen=bad))
        rest = amount - offset
        cash = rest * cash_share // 100
        tenders = [t for t in (pay.cash(cash), pay.mobile(rest - cash, "WX1")) if t.amount_fen]
        lot, receipt = self.s.buyback.buy(load, tenders, offset_fen=offset)
        assert (lot.paid_base, lot.amount_fen) == (paid, amount)
        self.debt[who] -= offset
        fee = 3
        self.lots.append(LotModel(lot.id, who, paid, fee, amount, offset, receipt.number))

    @precondition(lambda self: self.lots)
    @rule(data=st.data())
    def spoil(self, data) -> None:  # type: ignore[no-untyped-def]
        lot = data.draw(st.sampled_from(self.lots))
        qty = data.draw(st.integers(1, max(1, lot.on_hand + 1000)))
        if qty > lot.on_hand:
            self._refused(lambda: self.s.buyback_stock.spoil(lot.id, qty, "霉变"))
            return
        self.s.buyback_stock.spoil(lot.id, qty, "霉变")
        lot.spoiled += qty

    @precondition(lambda self: self.lots)
    @rule(data=st.data())
    def dispatch(self, data) -> None:  # type: ignore[no-untyped-def]
        picks = data.draw(st.sets(st.integers(0, len(self.lots) - 1), min_size=1, max_size=4))
        chosen = []
        too_much = False
        for i in sorted(picks):
            lot = self.lots[i]
            qty = data.draw(st.integers(1, lot.on_hand + 500))
            too_much = too_much or qty > lot.on_hand
            chosen.append((i, qty))
        args = [(self.lots[i].id, q) for i, q in chosen]
        if too_much:
            self._refused(lambda: self.s.buyback_dispatches.dispatch(args, "县粮库"))
            return
        receipt = self.s.buyback_dispatches.dispatch(args, "县粮库")
        lines = [(i, q, line_total(q, 3, 500)) for i, q in chosen]
        assert receipt.amount_fen == sum(f for *_, f in lines)
        for i, q, _ in lines:
            self.lots[i].dispatched += q
        self.dispatches[receipt.number] = lines

    @precondition(lambda self: self.lots)
    @rule(data=st.data())
    def void_purchase(self, data) -> None:  # type: ignore[no-untyped-def]
        lot = data.draw(st.sampled_from(self.lots))
        if lot.voided or lot.dispatched or lot.spoiled:
            self._refused(lambda: self.s.receipts.void(lot.receipt, "重称"))
            return
        self.s.receipts.void(lot.receipt, "重称")
        lot.voided = True
        self.debt[lot.farmer] += lot.offset_fen

    @precondition(lambda self: self.dispatches)
    @rule(data=st.data())
    def void_dispatch(self, data) -> None:  # type: ignore[no-untyped-def]
        number = data.draw(st.sampled_from(sorted(self.dispatches)))
        if number in self.voided_dispatches:
            self._refused(lambda: self.s.receipts.void(number, "车没来"))
            return
        self.s.receipts.void(number, "车没来")
        self.voided_dispatches.add(number)
        for i, q, _ in self.dispatches[number]:
            self.lots[i].dispatched -= q

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def stock_and_money_agree(self) -> None:
        for lot in self.lots:
            got = self.s.buyback_stock.stock(lot.id)
            assert got.bought == got.dispatched + got.spoiled + got.on_hand
            bought = 0 if lot.voided else lot.paid_base
            assert (got.bought, got.on_hand) == (bought, lot.on_hand)
            if not lot.voided:
                assert (got.dispatched, got.spoiled) == (lot.dispatched, lot.spoiled)
        for who, farmer_id in enumerate(self.farmers):
            assert self.s.ledger.balance(farmer_id) == self.debt[who]
        live = [x for x in self.lots if not x.voided]
        paid_out = -int(
            self.s.records.scalar(
                "SELECT COALESCE(SUM(amount_fen), 0) FROM payments WHERE kind IN "
                "('buyback', 'buyback_void')"
            )
        )
        assert paid_out == sum(x.amount_fen - x.offset_fen for x in live)
        fees = sum(
            f for n, lines in self.dispatches.items() if n not in self.voided_dispatches
            for *_, f in lines
        )  # fmt: skip
        statement = self.s.buyback_dispatches.statement("2026-11")
        assert statement.fees_fen == fees
        assert statement.paid_to_farmers_fen == sum(x.amount_fen for x in live)
        assert statement.outstanding_fen == fees + sum(x.amount_fen for x in live)
        assert self.s.check() == []


BuybackMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_buyback_invariants = BuybackMachine.TestCase
