"""Build a five-year station through the public services, for the benchmarks.

    python -m bench.generate_station OUT_DIR [--farmers 20000] [--orders 100000]
                                     [--sales 24000] [--seed 1]

Why through the services and not with bulk INSERTs: the benchmarks must run against data of
exactly the shape the station writes (outbox payloads, receipt numbers, ledger and commission
entries, savepoints, triggers), and building it this way also exercises every service over
five simulated years.  Time comes from a :class:`ManualClock` and ids from a seeded
:class:`IdMaker`, so one seed always gives the same records (only the station secret and the
PIN salts, drawn from ``os.urandom`` by the core, differ).

Each simulated day runs in one outer transaction (the services' own transactions become
savepoints inside it): the same code paths, one fsync a day instead of one per call.  After each
day's close the generator plays the nightly sync's acknowledgement (``acked_seq`` advanced,
outbox trimmed up to it), because a real five-year station does not carry five years of
change log; ``--keep-outbox`` keeps it all instead.

The finished station is cached: ``OUT_DIR/bench_manifest.json`` records the parameters and the
row counts, and a later run with the same parameters reuses the station if the counts still
match.
"""

from __future__ import annotations

import argparse
import heapq
import io
import json
import random
import shutil
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from servicepoint.core import CHINA_TZ, ManualClock, ServicePointError, Station
from servicepoint.core import payments as pay
from servicepoint.core.ids import IdMaker
from servicepoint.core.money import line_total, unit
from servicepoint.core.operators import Operator
from servicepoint.core.order_refs import progress
from servicepoint.core.purchasing import LineInput
from servicepoint.core.settlement import Fee
from servicepoint.core.station import DB_FILENAME

GENERATOR_VERSION = 2
MANIFEST = "bench_manifest.json"
STATION_CODE = "GJ01"
MANAGER = ("王站长", "1234")
CLERK = ("李小梅", "5678")
START = date(2021, 1, 1)
YEARS = 5
OPEN_S = 8 * 3600  # the counter opens at 08:00 …
SHUT_S = 18 * 3600  # … and the last customer is served by 18:00
CLOSE_S = 18 * 3600 + 1800  # the day is closed at 18:30
CREDIT_LIMIT_FEN = 200_000
FLOAT_FEN = 50_000  # ¥500 of change left in the drawer
REMIT_PART_FEN = 50_000_000  # bank transfers to the county of at most ¥500,000 each

#: Tables whose row counts identify a generated station (and are printed at the end).
COUNTED = (
    "farmers",
    "catalogue_items",
    "orders",
    "order_lines",
    "order_events",
    "order_returns",
    "payments",
    "receipts",
    "ledger_entries",
    "commission_entries",
    "consignment_batches",
    "consignment_sales",
    "stock_movements",
    "settlements",
    "settlement_lines",
    "remittances",
    "day_closes",
    "audit_log",
    "outbox",
)

# -- people and places --------------------------------------------------------------------

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤蓝"
)
# Frequent surnames come first; weights fall off so 王/李/张 are common, as in a real village.
SURNAME_WEIGHTS = [1.0 / (i + 4) ** 0.9 for i in range(len(SURNAMES))]
GIVEN = (
    "建国明华秀英兰芳丽玉军平春红桂志伟强海勇林金福德文荣生秋梅珍凤霞云成光军小大永长庆"
    "新宝东南树根水山石发富贵财喜福顺安康远宏刚毅娟婷燕萍丹红艳翠花莲菊香琴月亮晓阳"
)
VILLAGES = ("甘界村", "石门村", "龙潭村", "坪上村", "新寨村", "下坝村", "青山村", "河口村")
GROUP_NUMBERS = "一二三四五六七八九十"
VILLAGE_GROUPS = [f"{v}{GROUP_NUMBERS[g]}组" for v in VILLAGES for g in range(10)]

# -- the county catalogue -----------------------------------------------------------------

#: (code, name, rate %, [(product, unit, base price in yuan, [variants])])
CATEGORIES: list[tuple[str, str, str, list[tuple[str, str, float, list[str]]]]] = [
    (
        "agri",
        "农资",
        "8",
        [
            ("复合肥", "bag", 150, ["50kg", "25kg", "40kg"]),
            ("尿素", "bag", 120, ["50kg", "40kg"]),
            ("磷肥", "bag", 80, ["50kg"]),
            ("钾肥", "bag", 140, ["50kg"]),
            ("有机肥", "bag", 45, ["40kg", "20kg"]),
            ("玉米种子", "bag", 60, ["2kg", "1kg"]),
            ("水稻种子", "bag", 55, ["1kg", "500g"]),
            ("蔬菜种子", "bag", 8, ["10g", "20g", "50g"]),
            ("杀虫剂", "bottle", 25, ["250ml", "500ml"]),
            ("除草剂", "bottle", 30, ["1L", "500ml"]),
            ("地膜", "piece", 60, ["1.2m", "0.9m"]),
            ("电动喷雾器", "piece", 260, ["16L", "20L"]),
            ("猪饲料", "bag", 130, ["40kg"]),
            ("鸡饲料", "bag", 110, ["40kg", "20kg"]),
            ("鸡苗", "each", 6, ["土鸡", "麻鸡"]),
            ("稻谷", "jin", 1.4, ["散装"]),
        ],
    ),
    (
        "daily",
        "日用百货",
        "10",
        [
            ("洗衣粉", "bag", 25, ["2kg", "1kg"]),
            ("洗洁精", "bottle", 12, ["1.5kg", "500g"]),
            ("牙膏", "piece", 12, ["120g", "180g"]),
            ("卫生纸", "bag", 35, ["12卷", "24卷"]),
            ("洗发水", "bottle", 39, ["400ml", "750ml"]),
            ("毛巾", "piece", 15, ["纯棉", "竹纤维"]),
            ("保温壶", "piece", 45, ["3.2L", "2L"]),
            ("电饭锅", "piece", 199, ["4L", "3L"]),
            ("水桶", "piece", 18, ["20L", "10L"]),
            ("编织袋", "piece", 2, ["大号", "中号"]),
        ],
    ),
    (
        "food",
        "食品粮油",
        "10",
        [
            ("大米", "jin", 3.2, ["东北", "本地"]),
            ("花生油", "bottle", 90, ["5L", "1.8L"]),
            ("菜籽油", "bottle", 70, ["5L"]),
            ("食盐", "bag", 3, ["400g"]),
            ("酱油", "bottle", 12, ["1.9L", "500ml"]),
            ("挂面", "bag", 8, ["1kg", "500g"]),
            ("奶粉", "box", 260, ["1段", "2段", "3段"]),
            ("白糖", "jin", 4.5, ["散装"]),
            ("饼干", "box", 35, ["礼盒", "家庭装"]),
            ("牛奶", "box", 65, ["12盒", "24盒"]),
        ],
    ),
    (
        "appliance",
        "家电",
        "5",
        [
            ("电视机", "piece", 1699, ["43寸", "55寸", "32寸"]),
            ("冰箱", "piece", 1899, ["两门", "三门"]),
            ("洗衣机", "piece", 1299, ["8kg", "10kg"]),
            ("电风扇", "piece", 129, ["落地", "台式"]),
            ("电热水器", "piece", 899, ["60L", "40L"]),
            ("电磁炉", "piece", 199, ["2100W"]),
            ("太阳能灯", "piece", 89, ["100W", "200W"]),
            ("取暖器", "piece", 239, ["小太阳", "油汀"]),
        ],
    ),
    (
        "clothing",
        "服装鞋帽",
        "10",
        [
            ("棉衣", "piece", 129, ["男款", "女款", "儿童"]),
            ("劳保鞋", "piece", 59, ["40", "42", "44"]),
            ("雨靴", "piece", 39, ["高筒", "中筒"]),
            ("校服", "piece", 89, ["小学", "初中"]),
            ("羽绒服", "piece", 299, ["男款", "女款"]),
            ("草帽", "piece", 15, ["大号"]),
        ],
    ),
    (
        "phone",
        "手机通讯",
        "3",
        [
            ("老人手机", "piece", 199, ["4G", "大字版"]),
            ("智能手机", "piece", 1299, ["64G", "128G"]),
            ("充电宝", "piece", 79, ["10000mAh", "20000mAh"]),
            ("话费充值卡", "piece", 100, ["100元"]),
        ],
    ),
    (
        "build",
        "建材五金",
        "6",
        [
            ("水泥", "bag", 30, ["50kg"]),
            ("PVC水管", "piece", 22, ["4分", "6分"]),
            ("电线", "piece", 180, ["2.5平方", "4平方"]),
            ("铁锹", "piece", 35, ["尖头", "平头"]),
            ("锄头", "piece", 40, ["大号", "小号"]),
            ("镰刀", "piece", 18, ["加厚"]),
        ],
    ),
]
BRANDS = ("", "金", "丰", "绿", "农", "福")
#: Category weights by month (Jan..Dec): fertiliser in spring, appliances before the Spring
#: Festival and on Double 11, clothes in winter.
SEASON = {
    "agri": [0.8, 1.6, 2.6, 2.2, 1.2, 0.9, 0.8, 1.0, 1.6, 1.2, 0.8, 0.7],
    "daily": [1.3, 1.0, 1.0, 1.0, 1.0, 1.1, 1.0, 1.0, 1.0, 1.0, 1.4, 1.2],
    "food": [1.6, 1.2, 0.9, 0.9, 0.9, 1.0, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4],
    "appliance": [1.8, 0.8, 0.6, 0.6, 0.8, 1.3, 1.1, 0.9, 0.8, 1.0, 1.9, 1.2],
    "clothing": [1.5, 0.8, 0.6, 0.5, 0.5, 0.6, 0.5, 0.7, 1.2, 1.5, 1.8, 1.6],
    "phone": [1.5, 1.0, 0.8, 0.8, 0.8, 1.2, 0.9, 1.0, 1.2, 1.0, 1.6, 1.1],
    "build": [0.5, 0.6, 1.4, 1.5, 1.3, 1.0, 0.8, 0.9, 1.2, 1.4, 1.0, 0.6],
}
CATEGORY_MIX = {
    "agri": 3.0,
    "daily": 2.5,
    "food": 2.5,
    "appliance": 0.3,
    "clothing": 1.0,
    "phone": 0.25,
    "build": 0.8,
}
ORDER_MONTH = [1.3, 0.8, 1.2, 1.1, 0.9, 1.05, 0.8, 0.8, 1.0, 0.9, 1.4, 1.1]
YEAR_GROWTH = [0.6, 0.85, 1.0, 1.15, 1.3]
#: How many lines an order has: 1..6, mean 3.18, so 100,000 orders give ~318,000 lines.
LINES_PER_ORDER = ([1, 2, 3, 4, 5, 6], [15, 20, 25, 20, 12, 8])
ADHOC_SHARE = 0.10
ADHOC_ITEMS = (
    ("儿童书包", "拼多多"),
    ("太阳能路灯", "拼多多"),
    ("老花镜", "淘宝"),
    ("血压计", "京东"),
    ("蓝牙音箱", "京东"),
    ("广场舞音响", "拼多多"),
    ("电动车电池", "淘宝"),
    ("渔网", "淘宝"),
    ("三轮车配件", "拼多多"),
    ("手机壳", "抖音"),
    ("窗帘", "淘宝"),
    ("床上四件套", "拼多多"),
    ("婴儿推车", "京东"),
    ("锂电池割草机", "京东"),
    ("茶叶罐", "淘宝"),
    ("春联", "拼多多"),
)

# -- consignment produce ------------------------------------------------------------------


@dataclass(frozen=True)
class Produce:
    """A farm product taken on consignment, with its seasonal months and price range."""

    name: str
    unit: str
    grades: tuple[tuple[str | None, int], ...]  # (grade, price fen per selling unit)
    quantity: tuple[int, int]  # selling units per batch
    months: tuple[int, ...]
    perishable: bool


PRODUCE = (
    Produce(
        "散养土鸡",
        "bird",
        (("一级", 18800), ("二级", 16800), ("三级", 12800)),
        (5, 40),
        (1, 2, 9, 10, 11, 12),
        True,
    ),
    Produce("土鸡蛋", "jin", ((None, 1500),), (10, 80), tuple(range(1, 13)), True),
    Produce("核桃", "jin", (("特级", 2800), ("一级", 2000)), (20, 300), (9, 10, 11, 12), False),
    Produce("土蜂蜜", "jin", ((None, 6000),), (10, 60), (6, 7, 8, 9, 10), False),
    Produce("小米", "jin", ((None, 800),), (50, 400), (9, 10, 11, 12, 1), False),
    Produce("干香菇", "jin", (("一级", 5000), ("二级", 3500)), (5, 40), (3, 4, 10, 11), False),
    Produce("红薯", "jin", ((None, 220),), (100, 800), (9, 10, 11, 12), True),
    Produce("腊肉", "jin", ((None, 5000),), (10, 50), (12, 1, 2), False),
    Produce("板栗", "jin", ((None, 1000),), (30, 300), (9, 10, 11), False),
    Produce("高山茶叶", "jin", (("明前", 30000), ("雨前", 12000)), (2, 20), (3, 4, 5), False),
)
CHANNELS = (["counter", "online", "wholesale", "county", "other"], [40, 35, 10, 10, 5])
BUYERS = ("县城饭店", "镇中心学校", "城关超市", "网店买家", "过路客人", None, None, None)


@dataclass
class KnownItem:
    """A county catalogue item as the generator prices it (prices change every January)."""

    id: str
    category: str
    unit: str
    base_per_unit: int
    price_fen: int


@dataclass
class Plan:
    """What to build: the sizes the benchmarks need and the seed that makes them repeatable."""

    farmers: int = 20_000
    orders: int = 100_000
    sales: int = 24_000
    seed: int = 1
    keep_outbox: bool = False

    def key(self) -> dict[str, Any]:
        return {
            "generator": GENERATOR_VERSION,
            "farmers": self.farmers,
            "orders": self.orders,
            "sales": self.sales,
            "seed": self.seed,
            "keep_outbox": self.keep_outbox,
            "start": START.isoformat(),
            "years": YEARS,
        }


@dataclass
class Tally:
    """What the simulation did, for the progress line and the final report."""

    placed: int = 0
    completed: int = 0
    cancelled: int = 0
    returned: int = 0
    voided: int = 0
    sales: int = 0
    settlements: int = 0
    repayments: int = 0
    refused: Counter[str] = field(default_factory=Counter)


def _spread(total: int, weights: list[float]) -> list[int]:
    """Whole counts per day that follow ``weights`` and add up to exactly ``total``."""
    wsum = sum(weights)
    out, carry = [], 0.0
    for w in weights:
        carry += total * w / wsum
        n = int(carry)
        carry -= n
        out.append(n)
    out[-1] += total - sum(out)
    return out


def _id_number(rng: random.Random) -> str:
    """A valid 18-character resident ID (Guangxi area code) with its check digit."""
    born = date(1945, 1, 1) + timedelta(days=rng.randrange(365 * 58))
    body = f"452122{born:%Y%m%d}{rng.randrange(1000):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def load_items(station: Station) -> dict[str, list[KnownItem]]:
    """The county items the counter can sell today, by category, with today's prices."""
    by_cat: dict[str, list[KnownItem]] = {}
    for i in station.catalogue.search("", limit=100_000):
        by_cat.setdefault(i.category_code, []).append(
            KnownItem(i.id, i.category_code, i.unit, unit(i.unit).base_per_unit, i.price_fen)
        )
    return by_cat


def make_order(
    rng: random.Random, items_by_cat: dict[str, list[KnownItem]], month: int
) -> tuple[list[LineInput], int]:
    """Lines for one order (seasonal categories, ~10 % ad-hoc platform items) and their total
    as the station will price them, so the payment can be made up before ``place``."""
    cats = list(CATEGORY_MIX)
    weights = [CATEGORY_MIX[c] * SEASON[c][month - 1] for c in cats]
    lines, total = [], 0
    for _ in range(rng.choices(*LINES_PER_ORDER)[0]):
        if rng.random() < ADHOC_SHARE:
            name, platform = rng.choice(ADHOC_ITEMS)
            price = rng.randrange(990, 39_900, 10)
            qty = rng.choice((1, 1, 1, 2))
            lines.append(
                LineInput(
                    qty,
                    name=name,
                    platform=platform,
                    unit_price_fen=price,
                    link_ref=f"https://m.example.cn/item/{rng.randrange(10**9)}",
                    category_code=rng.choice(cats),
                )
            )
            total += qty * price
            continue
        item = rng.choice(items_by_cat[rng.choices(cats, weights)[0]])
        if item.price_fen >= 100_000:  # a television or a phone: one
            qty = 1
        elif item.price_fen >= 20_000:
            qty = rng.choice((1, 1, 1, 2))
        elif item.price_fen >= 5_000:  # a bag of fertiliser, a bottle of oil
            qty = rng.choices((1, 2, 3, 5), (70, 18, 8, 4))[0]
        elif item.base_per_unit == 1:
            qty = rng.choices((1, 2, 3, 5, 10), (60, 20, 10, 6, 4))[0]
        else:  # sold by weight: whole or half jin, sometimes a sack's worth
            qty = item.base_per_unit * rng.choice((1, 2, 5, 10, 20, 50)) // rng.choice((1, 2))
        lines.append(LineInput(qty, item_id=item.id))
        total += line_total(qty, item.price_fen, item.base_per_unit)
    return lines, total


def counter_tenders(
    rng: random.Random,
    total: int,
    owed: Callable[[], int],
    on_credit: Callable[[], None] | None = None,
) -> list[pay.Tender]:
    """How farmers pay: ~55 % cash (a round note), ~35 % mobile, ~10 % on account while
    under the credit limit (``owed`` is asked only then; ``on_credit`` is told)."""
    r = rng.random()
    if r < 0.10 and owed() + total <= CREDIT_LIMIT_FEN:
        if on_credit is not None:
            on_credit()
        if r < 0.03 and total > 100:  # part on account, the rest in cash
            part = total // 2
            return [pay.on_account(part), pay.cash(total - part)]
        return [pay.on_account(total)]
    if r < 0.45:
        return [pay.mobile(total, f"{rng.choice(('WX', 'ZFB'))}{rng.randrange(10**18):018d}")]
    step = rng.choice((1000, 5000, 10_000))
    return [pay.cash(total, -(-total // step) * step)]


class Simulator:
    """Plays five years at one service point, day by day, through the public services."""

    def __init__(
        self, station: Station, clock: ManualClock, plan: Plan, progress: Callable[[str], None]
    ) -> None:
        self.s = station
        self.clock = clock
        self.plan = plan
        self.rng = random.Random(f"servicepoint-bench-{plan.seed}")
        self.say = progress
        self.tally = Tally()
        self.days = (date(START.year + YEARS, START.month, START.day) - START).days
        #: The first simulated day (a county bench starts a year before its "today").
        self.start = START
        self.manager: Operator = station.require_operator()
        self.clerk: Operator = station.operators.add(CLERK[0], CLERK[1], "operator")
        self.farmer_ids: list[str] = []
        self.producers: list[str] = []  # farmers who bring produce to sell
        self.phones: set[str] = set()
        self.items_by_cat: dict[str, list[KnownItem]] = {}
        self.sku_prices: dict[str, float] = {}
        self.stock: dict[str, int] = {}  # batch id → base units the generator believes on hand
        self.settle_pending: set[str] = set()
        self.repay_pending: set[str] = set()
        self.future: dict[int, list[tuple[int, int, Callable[[], None]]]] = {}
        self.today: list[tuple[int, int, Callable[[], None]]] = []
        self.day_index = 0
        self.now_s = 0
        self._tiebreak = 0

    # -- scheduling -----------------------------------------------------------------------

    def at(self, day_index: int, second: int, action: Callable[[], None]) -> None:
        """Run ``action`` on a simulated day at a second of that day (counter hours)."""
        if day_index < self.day_index or (day_index == self.day_index and second <= self.now_s):
            second = self.now_s + 1
            day_index = self.day_index
        if second >= SHUT_S:  # after hours: first thing the next morning
            day_index, second = day_index + 1, OPEN_S + self.rng.randrange(1800)
        if day_index >= self.days:
            return
        self._tiebreak += 1
        entry = (second, self._tiebreak, action)
        if day_index == self.day_index:
            heapq.heappush(self.today, entry)
        else:
            self.future.setdefault(day_index, []).append(entry)

    def later(
        self,
        days: int,
        minutes: tuple[int, int] | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        """Schedule ``action`` ``days`` from now; same day: a few minutes later."""
        assert action is not None
        if days == 0:
            lo, hi = minutes or (5, 120)
            self.at(self.day_index, self.now_s + 60 * self.rng.randint(lo, hi), action)
        else:
            self.at(self.day_index + days, self.counter_second(), action)

    def counter_second(self) -> int:
        """A time of day customers come: busier mornings, a lunch lull."""
        hour = self.rng.choices(range(8, 18), [8, 10, 10, 7, 3, 5, 7, 8, 7, 5])[0]
        return hour * 3600 + self.rng.randrange(3600)

    @contextmanager
    def as_manager(self) -> Iterator[None]:
        """Manager-only actions (imports, voids, day close, late returns)."""
        self.s.act_as(self.manager)
        try:
            yield
        finally:
            self.s.act_as(self.clerk)

    def attempt(self, action: Callable[[], Any]) -> Any:
        """Run one service call; a refusal is counted (the generator keeps going)."""
        try:
            return action()
        except ServicePointError as error:
            self.tally.refused[error.code] += 1
            return None

    # -- the whole run --------------------------------------------------------------------

    def run(self) -> None:
        day_weights = []
        for d in range(self.days):
            day = self.start + timedelta(days=d)
            w = YEAR_GROWTH[min(d * YEARS // self.days, YEARS - 1)] * ORDER_MONTH[day.month - 1]
            day_weights.append(w * (1.15 if day.weekday() >= 5 else 1.0))
        orders = _spread(self.plan.orders, day_weights)
        # A batch yields ~4.4 sales on average (a few fall past the last simulated day).
        intakes = _spread(max(1, round(self.plan.sales / 4.4)), day_weights)
        signup = [0.35 / 60 if d < 60 else 0.65 / (self.days - 60) for d in range(self.days)]
        farmers = _spread(self.plan.farmers, signup)
        started = time.perf_counter()
        self.s.act_as(self.manager)
        self.s.set_setting("opening_float_fen", FLOAT_FEN)
        self.s.set_setting("credit_limit_fen", CREDIT_LIMIT_FEN)
        self.s.act_as(self.clerk)
        for d in range(self.days):
            self.day_index, self.now_s = d, 0
            day = self.start + timedelta(days=d)
            midnight = datetime.combine(day, datetime.min.time(), CHINA_TZ)
            self.today = self.future.pop(d, [])
            heapq.heapify(self.today)
            if (day.month == 1 and day.day == 1) or (d == 0 and day.timetuple().tm_yday != 1):
                # every January, and on the first day of a run that starts in another month
                self.at(d, 7 * 3600 + 1800, lambda y=day.year: self.import_catalogue(y))
            if day.day == 5:
                self.at(d, 9 * 3600 + 600, self.remit)
            for _ in range(farmers[d]):
                self.at(d, OPEN_S + self.rng.randrange(1800), self.register_farmer)
            for _ in range(orders[d]):
                self.at(d, self.counter_second(), self.place_order)
            for _ in range(intakes[d]):
                self.at(d, self.counter_second(), self.intake)
            if self.farmer_ids and self.rng.random() < 0.5:
                self.at(d, self.counter_second(), self.edit_farmer)
            with self.s.records.atomic():
                while self.today:
                    second, _, action = heapq.heappop(self.today)
                    self.now_s = second
                    ms = self.rng.randrange(1000)
                    self.clock.set(midnight + timedelta(seconds=second, milliseconds=ms))
                    action()
                self.now_s = CLOSE_S
                self.clock.set(midnight + timedelta(seconds=CLOSE_S))
                self.close_day(day)
                if not self.plan.keep_outbox:
                    self.nightly_sync_ack()
            if d % 61 == 60 or d == self.days - 1:
                t = self.tally
                self.say(
                    f"{day}  farmers {len(self.farmer_ids):>6}  orders {t.placed:>7}  "
                    f"completed {t.completed:>7}  sales {t.sales:>6}  "
                    f"settlements {t.settlements:>5}  {time.perf_counter() - started:7.1f} s"
                )

    # -- catalogue, farmers -------------------------------------------------------------------

    def import_catalogue(self, year: int) -> None:
        """The county's price list arrives each January: prices move, a few items are new."""
        rng = self.rng
        buf = io.StringIO()
        buf.write(
            "sku,name,category,unit,price,platform,barcode,rate,category_name,category_rate\n"
        )
        for c_no, (cat, cname, rate, products) in enumerate(CATEGORIES):
            for p_no, (product, unit_code, base, variants) in enumerate(products):
                for v_no, variant in enumerate(variants):
                    for b_no, brand in enumerate(BRANDS[: 1 + (p_no + v_no) % 3]):
                        if year == self.start.year and b_no == 2:
                            continue  # the third brand arrives in the second year
                        sku = f"{cat.upper()}-{p_no:02d}{v_no}{b_no}"
                        old = self.sku_prices.get(sku, base * (0.85 + 0.3 * rng.random()))
                        price = round(old * rng.uniform(0.96, 1.08), 1 if old < 10 else 0)
                        self.sku_prices[sku] = price
                        barcode = f"69{c_no:03d}{p_no:04d}{v_no:02d}{b_no:02d}"
                        buf.write(
                            f"{sku},{brand}{product} {variant},{cat},{unit_code},"
                            f"{price:.2f},,{barcode},,{cname},{rate}\n"
                        )
        buf.seek(0)
        with self.as_manager():
            self.s.catalogue.import_csv(buf)
        self.items_by_cat = load_items(self.s)

    def new_phone(self) -> str:
        while True:
            phone = f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"
            if phone not in self.phones:
                self.phones.add(phone)
                return phone

    def register_farmer(self) -> None:
        rng = self.rng
        surname = rng.choices(SURNAMES, SURNAME_WEIGHTS)[0]
        given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
        poor = rng.random() < 0.12
        farmer = self.attempt(
            lambda: self.s.farmers.add(
                surname + given,
                phone=self.new_phone() if rng.random() < 0.85 else None,
                village_group=rng.choice(VILLAGE_GROUPS),
                is_poor=poor,
                poverty_card_no=f"PK{rng.randrange(10**10):010d}" if poor else None,
                id_number=_id_number(rng) if rng.random() < 0.3 else None,
            )
        )
        if farmer is not None:
            self.farmer_ids.append(farmer.id)
            if rng.random() < 0.08:
                self.producers.append(farmer.id)

    def edit_farmer(self) -> None:
        """A farmer changes phone number or is (de)registered as a poor household."""
        fid = self.rng.choice(self.farmer_ids)
        if self.rng.random() < 0.8:
            self.attempt(lambda: self.s.farmers.edit(fid, phone=self.new_phone()))
        else:
            self.attempt(lambda: self.s.farmers.edit(fid, note="2024年脱贫户回访"))

    def pick_farmer(self) -> str:
        """Regulars (registered early) come more often, but everyone buys now and then."""
        n = len(self.farmer_ids)
        return self.farmer_ids[min(n - 1, int(n * self.rng.random() ** 1.5))]

    # -- purchasing -----------------------------------------------------------------------

    def tenders(self, farmer_id: str, total: int) -> list[pay.Tender]:
        def on_credit() -> None:
            if farmer_id not in self.repay_pending:
                self.repay_pending.add(farmer_id)
                self.later(self.rng.randint(7, 60), action=lambda: self.repay(farmer_id))

        return counter_tenders(self.rng, total, lambda: self.s.ledger.balance(farmer_id), on_credit)

    def place_order(self) -> None:
        if not self.farmer_ids or not self.items_by_cat:
            return
        rng = self.rng
        fid = self.pick_farmer()
        lines, total = make_order(self.rng, self.items_by_cat, self.clock.now().month)
        if total <= 0:
            return
        order = self.attempt(lambda: self.s.purchasing.place(fid, lines, self.tenders(fid, total)))
        if order is None:
            return
        self.tally.placed += 1
        r = rng.random()
        if r < 0.003:  # keyed in wrong: the manager voids the receipt at once
            with self.as_manager():
                if self.attempt(lambda: self.s.receipts.void(order.number, "录入错误")):
                    self.tally.voided += 1
        elif r < 0.018:
            self.later(0, (10, 240), lambda: self.cancel(order.id, "农户不要了"))
        else:
            self.later(0, (5, 180), lambda: self.ordered(order.id))

    def ordered(self, order_id: str) -> None:
        rng = self.rng
        # a number on each platform the lines name (an order may be split across them)
        codes = progress(self.s.purchasing.get(order_id)).missing
        refs = [(c, f"{c.upper()}{rng.randrange(10**15):015d}") for c in codes]
        if self.attempt(lambda: self.s.purchasing.mark_ordered(order_id, refs)) is None:
            return
        if rng.random() < 0.015:
            self.later(rng.randint(1, 3), action=lambda: self.cancel(order_id, "平台缺货"))
        else:
            self.later(
                rng.choices((1, 2, 3, 4, 5, 6, 8), (5, 20, 30, 20, 12, 8, 5))[0],
                action=lambda: self.arrived(order_id),
            )

    def arrived(self, order_id: str) -> None:
        if self.attempt(lambda: self.s.purchasing.mark_arrived(order_id)) is None:
            return
        wait = self.rng.choices((0, 1, 2, 3, 5, 9), (35, 25, 15, 10, 10, 5))[0]
        self.later(wait, (30, 300), lambda: self.complete(order_id))

    def complete(self, order_id: str) -> None:
        done = self.attempt(lambda: self.s.purchasing.complete(order_id))
        if done is None:
            return
        self.tally.completed += 1
        order, _ = done
        if self.rng.random() < 0.025:
            part = None
            if len(order.lines) > 1 and self.rng.random() < 0.4:
                part = [self.rng.choice(order.lines).id]
            self.later(
                self.rng.choice((0, 1, 3)), (10, 120), lambda: self.return_lines(order_id, part)
            )

    def cancel(self, order_id: str, reason: str) -> None:
        if self.attempt(lambda: self.s.purchasing.cancel(order_id, reason)) is not None:
            self.tally.cancelled += 1

    def return_lines(self, order_id: str, line_ids: list[str] | None) -> None:
        reason = self.rng.choice(("质量问题", "尺码不合适", "发错货"))
        if (
            self.attempt(
                lambda: self.s.purchasing.return_lines(
                    order_id, reason, line_ids, approver=self.manager
                )
            )
            is not None
        ):
            self.tally.returned += 1

    def repay(self, farmer_id: str) -> None:
        self.repay_pending.discard(farmer_id)
        owed = self.s.ledger.balance(farmer_id)
        if owed <= 0:
            return
        amount = owed if self.rng.random() < 0.7 else max(1, owed // 2)
        if self.attempt(lambda: self.s.ledger.repay(farmer_id, [pay.cash(amount)])) is not None:
            self.tally.repayments += 1

    # -- consignment ------------------------------------------------------------------------

    def intake(self) -> None:
        if not self.producers:
            return
        rng = self.rng
        month = self.clock.now().month
        produce = rng.choices(PRODUCE, [3.0 if month in p.months else 0.3 for p in PRODUCE])[0]
        grade, price = rng.choice(produce.grades)
        u = unit(produce.unit)
        qty = rng.randint(*produce.quantity) * u.base_per_unit
        floor = price * 9 // 10 if rng.random() < 0.5 else None
        fid = rng.choice(self.producers)
        batch = self.attempt(
            lambda: self.s.consignment.intake(
                fid, produce.name, qty, produce.unit, grade=grade, floor_price_fen=floor
            )
        )
        if batch is None:
            return
        self.stock[batch.id] = qty
        k = rng.choices((1, 2, 3, 4, 5, 6, 7, 8), (8, 12, 16, 18, 16, 12, 10, 8))[0]
        step = 1 if u.base == "piece" else 50  # whole birds; weight to the 0.1 斤
        sold = qty * rng.uniform(0.75, 1.0)
        shares = [rng.random() + 0.2 for _ in range(k)]
        for share in shares:
            part = int(sold * share / sum(shares)) // step * step
            if part > 0:
                ask = max(floor or 0, int(price * rng.uniform(0.95, 1.2)))
                self.later(
                    rng.randint(0, 21),
                    action=lambda q=part, p=ask: self.sell(batch.id, fid, q, p, u.base_per_unit),
                )
        self.later(rng.randint(23, 35), action=lambda: self.clear_batch(batch.id, produce))

    def sell(
        self, batch_id: str, farmer_id: str, quantity: int, price: int, base_per_unit: int
    ) -> None:
        rng = self.rng
        quantity = min(quantity, self.stock.get(batch_id, 0))
        if quantity <= 0:
            return
        amount = line_total(quantity, price, base_per_unit)
        if rng.random() < 0.5:
            tender = pay.cash(amount, -(-amount // 5000) * 5000)
        else:
            tender = pay.mobile(amount, f"WX{rng.randrange(10**18):018d}")
        channel = rng.choices(*CHANNELS)[0]
        done = self.attempt(
            lambda: self.s.consignment.sell(
                batch_id, quantity, price, [tender], buyer=rng.choice(BUYERS), channel=channel
            )
        )
        if done is None:
            return
        _sale, receipt = done
        self.stock[batch_id] -= quantity
        self.tally.sales += 1
        if rng.random() < 0.003:
            with self.as_manager():
                if self.attempt(lambda: self.s.receipts.void(receipt.number, "收款有误")):
                    self.stock[batch_id] += quantity
                    self.tally.voided += 1
        if farmer_id not in self.settle_pending:
            self.settle_pending.add(farmer_id)
            self.later(rng.randint(5, 30), action=lambda: self.settle(farmer_id))

    def clear_batch(self, batch_id: str, produce: Produce) -> None:
        """What is left after a month: some spoils, most goes back to the farmer."""
        left = self.stock.get(batch_id, 0)
        if left <= 0:
            return
        if produce.perishable and self.rng.random() < 0.4:
            lost = max(1, left // 4) if produce.unit == "bird" else max(50, left // 4 // 50 * 50)
            lost = min(lost, left)
            if self.attempt(lambda: self.s.consignment.spoil(batch_id, lost, "变质损耗")):
                left -= lost
        if (
            left > 0
            and self.rng.random() < 0.7
            and self.attempt(
                lambda: self.s.consignment.return_to_farmer(batch_id, left, "未售完退回农户")
            )
        ):
            left = 0
        self.stock[batch_id] = left
        if left == 0:
            del self.stock[batch_id]

    def settle(self, farmer_id: str) -> None:
        """The farmer comes to be paid for what sold; fees and a debt offset sometimes."""
        self.settle_pending.discard(farmer_id)
        fig = self.attempt(lambda: self.s.settlement.preview(farmer_id))
        if fig is None:
            return
        rng = self.rng
        net = fig.proceeds_fen - fig.commission_fen
        fees = []
        if rng.random() < 0.3 and net > 2000:
            amount = min(net // 10, rng.randrange(500, 3000))
            fees.append(Fee(rng.choice(("运费", "包装费")), amount))
        net -= sum(f.amount_fen for f in fees)
        offset = min(max(fig.owed_before_fen, 0), net) if rng.random() < 0.6 else 0
        method = "cash" if rng.random() < 0.6 else "mobile"
        ref = f"WX{rng.randrange(10**18):018d}" if method == "mobile" else None
        if (
            self.attempt(
                lambda: self.s.settlement.settle(
                    farmer_id, fees=fees, offset_fen=offset, method=method, reference=ref
                )
            )
            is not None
        ):
            self.tally.settlements += 1

    # -- money to the county, end of day ----------------------------------------------------

    def remit(self) -> None:
        """On the 5th the point sends the county what it owes for last month's purchases."""
        now = self.clock.now()
        prev = (now.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
        due = self.s.reports.commission(prev).outstanding_fen
        while due > 0:  # one transfer may not exceed the ¥1,000,000 single-amount limit
            part = min(due, REMIT_PART_FEN)
            if (
                self.attempt(
                    lambda p=part: self.s.commission.remit(
                        p, "mobile", prev, reference=f"BANK{self.rng.randrange(10**12):012d}"
                    )
                )
                is None
            ):
                break
            due -= part

    def close_day(self, day: date) -> None:
        """Count the drawer at 18:30 (now and then a few yuan off).

        On Sundays the takings go to the bank and only the float stays.  The core has no entry
        for cash taken out of the drawer, so the banked cash shows as that day's difference;
        without it the expected cash grows for five years and passes the ¥1,000,000 limit.
        """
        figures = self.s.reports.daily(day.isoformat())
        counted = figures.expected_cash_fen
        if self.rng.random() < 0.05:
            counted += self.rng.choice((-1000, -500, -100, 100, 500))
        if day.weekday() == 6:
            counted = FLOAT_FEN
        counted = max(0, counted)
        # a count that differs needs its reason written down (core/day_close.py)
        note = None
        if counted != figures.expected_cash_fen:
            note = "周日存银行" if day.weekday() == 6 else "点钞差额"
        with self.as_manager():
            self.s.reports.close_day(day.isoformat(), counted, note)

    def nightly_sync_ack(self) -> None:
        """Stand-in for the nightly push: the county acknowledged everything, trim the outbox."""
        db = self.s.db
        acked = db.execute("SELECT MAX(seq) FROM outbox").fetchone()[0]
        if acked is None:
            return
        db.execute(
            "UPDATE sync_state SET acked_seq = ?, last_success = ? WHERE id = 1",
            (acked, self.clock.stamp()),
        )
        db.execute("DELETE FROM outbox WHERE seq <= ?", (acked,))


# -- building, caching ------------------------------------------------------------------------


def count_rows(path: Path) -> dict[str, int]:
    """Row counts of the tables that identify a generated station (read with plain sqlite3)."""
    conn = sqlite3.connect(str(path))
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in COUNTED}
    finally:
        conn.close()


def cached(out_dir: Path, plan: Plan) -> dict[str, Any] | None:
    """The manifest of a station already built with this plan whose counts still match."""
    manifest_path, db_path = out_dir / MANIFEST, out_dir / DB_FILENAME
    if not (manifest_path.exists() and db_path.exists()):
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest.get("plan") != plan.key():
        return None
    if count_rows(db_path) != manifest.get("counts"):
        return None
    return manifest


def build(out_dir: Path, plan: Plan, progress: Callable[[str], None] = print) -> dict[str, Any]:
    """Generate the station into ``out_dir`` (replacing what is there); returns the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    work = out_dir / ".building"
    shutil.rmtree(work, ignore_errors=True)
    clock = ManualClock(datetime.combine(START, datetime.min.time(), CHINA_TZ) + timedelta(hours=7))
    new_id = IdMaker(clock.now, random.Random(plan.seed))
    started = time.perf_counter()
    station = Station.create(
        work,
        code=STATION_CODE,
        name="甘界村电商服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name=MANAGER[0],
        manager_pin=MANAGER[1],
        clock=clock,
        new_id=new_id,
    )
    try:
        station.sign_in(*MANAGER)
        sim = Simulator(station, clock, plan, progress)
        sim.run()
        last_change = station.db.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"
        ).fetchone()[0]
        station.db.execute("PRAGMA optimize")
    finally:
        station.close()  # checkpoints the WAL into the main file
    seconds = time.perf_counter() - started
    for suffix in ("", "-wal", "-shm"):
        (out_dir / (DB_FILENAME + suffix)).unlink(missing_ok=True)
    (work / DB_FILENAME).rename(out_dir / DB_FILENAME)
    shutil.rmtree(work, ignore_errors=True)
    db_path = out_dir / DB_FILENAME
    manifest = {
        "plan": plan.key(),
        "counts": count_rows(db_path),
        "build_seconds": round(seconds, 1),
        "built_at": datetime.now(CHINA_TZ).isoformat(timespec="seconds"),
        "simulated": {
            "from": START.isoformat(),
            "days": sim.days,
            "last_day": (START + timedelta(days=sim.days - 1)).isoformat(),
        },
        "changes_written": last_change,
        "size_bytes": db_path.stat().st_size,
        "tally": {k: v for k, v in vars(sim.tally).items() if k != "refused"},
        "refused": dict(sim.tally.refused.most_common()),
        "manager": list(MANAGER),
        "clerk": list(CLERK),
        "station_code": STATION_CODE,
    }
    (out_dir / MANIFEST).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return manifest


def ensure(
    out_dir: Path,
    plan: Plan,
    progress: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Reuse the cached station for ``plan`` or build it; returns its manifest."""
    manifest = cached(out_dir, plan)
    if manifest is not None:
        progress(f"reusing the station in {out_dir} (built in {manifest['build_seconds']} s)")
        return manifest
    progress(
        f"building a {YEARS}-year station in {out_dir}: {plan.farmers} farmers, "
        f"{plan.orders} orders, ~{plan.sales} consignment sales, seed {plan.seed}"
    )
    return build(out_dir, plan, progress)


def describe(manifest: dict[str, Any]) -> str:
    counts = manifest["counts"]
    width = max(len(k) for k in counts)
    lines = [f"  {k:<{width}}  {v:>9,}" for k, v in counts.items()]
    size = manifest["size_bytes"] / 1e6
    lines.append(f"  {'database':<{width}}  {size:>9,.1f} MB")
    lines.append(f"  {'build time':<{width}}  {manifest['build_seconds']:>9,.1f} s")
    if manifest.get("refused"):
        lines.append(f"  refusals (expected, e.g. credit limit): {manifest['refused']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--farmers", type=int, default=Plan.farmers)
    parser.add_argument("--orders", type=int, default=Plan.orders)
    parser.add_argument(
        "--sales",
        type=int,
        default=Plan.sales,
        help="consignment sales to aim for (a few fall past the last day)",
    )
    parser.add_argument("--seed", type=int, default=Plan.seed)
    parser.add_argument(
        "--keep-outbox",
        action="store_true",
        help="do not play the nightly sync acknowledgement (outbox keeps all)",
    )
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    parser.add_argument(
        "--check",
        action="store_true",
        help="run station.check() on the result (minutes on a large station)",
    )
    args = parser.parse_args(argv)
    plan = Plan(args.farmers, args.orders, args.sales, args.seed, args.keep_outbox)
    if args.force:
        (args.out_dir / MANIFEST).unlink(missing_ok=True)
    manifest = ensure(args.out_dir, plan)
    print(describe(manifest))
    if args.check:
        started = time.perf_counter()
        with Station.open(args.out_dir) as station:
            problems = station.check()
        print(f"station.check(): {len(problems)} problems in {time.perf_counter() - started:.1f} s")
        for p in problems[:30]:
            print("  " + p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
