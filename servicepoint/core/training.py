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
"""

from __future__ import annotations

import heapq
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from . import payments as pay
from .ids import CHINA_TZ, IdMaker, ManualClock
from .money import format_yuan, line_total, unit
from .operators import Operator
from .payments import DEFAULT_CREDIT_LIMIT_FEN, Tender
from .purchasing import LineInput
from .settlement import Fee
from .station import Station, database_path

if TYPE_CHECKING:
    from .receipts import Receipt

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
#: BRIEF §4: JD's free-range chickens are bought back at ¥128, ¥168 and ¥188 by grade.
CHICKEN_PRICES = {"一级": 18_800, "二级": 16_800, "三级": 12_800}
#: Poor households pay the point half the usual consignment commission (a common local policy).
POOR_CONSIGNMENT_BP = 500

# -- business hours, in seconds after midnight --------------------------------------------------
_OPEN = 8 * 3600 + 30 * 60
_SHUT = 18 * 3600 + 30 * 60
_LAST_CALL = 18 * 3600 + 50 * 60
_CLOSE = 19 * 3600

#: 春节 (the first day of the lunar year): the point shuts for three days from it, and the three
#: weeks before it are the busiest of the year for food and clothes (年货).
_SPRING_FESTIVAL = {
    2022: date(2022, 2, 1), 2023: date(2023, 1, 22), 2024: date(2024, 2, 10),
    2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
    2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3),
    2031: date(2031, 1, 23), 2032: date(2032, 2, 11), 2033: date(2033, 1, 31),
    2034: date(2034, 2, 19), 2035: date(2035, 2, 8),
}

# -- people ----------------------------------------------------------------------------------------

#: Common surnames with rough weights (the big five first, then the south-west's 韦覃蒙莫).
_SURNAMES = (
    ("王", 9), ("李", 9), ("张", 8), ("刘", 7), ("陈", 6), ("杨", 5), ("黄", 4), ("赵", 4),
    ("吴", 3), ("周", 3), ("徐", 3), ("孙", 2), ("马", 2), ("朱", 2), ("胡", 2), ("郭", 2),
    ("何", 2), ("高", 2), ("林", 2), ("罗", 2), ("郑", 1), ("梁", 1), ("谢", 1), ("宋", 1),
    ("唐", 1), ("韦", 2), ("覃", 1), ("蒙", 1), ("莫", 1), ("冯", 1), ("邓", 1), ("曹", 1),
)
_MALE = ("建国", "国强", "志强", "建华", "永刚", "海涛", "德福", "福贵", "长生", "春生", "金山",
         "家树", "文斌", "建军", "宏伟", "玉林", "振华", "明亮", "树林", "有才", "军", "伟", "强",
         "磊", "勇", "明", "刚", "平", "辉", "斌", "林", "鹏", "波", "涛", "东", "兵")
_FEMALE = ("秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "春梅", "红梅", "淑珍", "翠花", "美玲",
           "小红", "金凤", "玉梅", "丽华", "秀珍", "海燕", "春燕", "晓燕", "桂芳", "丽", "芳",
           "霞", "娟", "英", "敏", "静", "燕", "萍", "红", "梅", "琴")
_GROUPS = ("一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组")
_PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                   "151", "152", "155", "156", "157", "158", "159", "166", "177", "180",
                   "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199")
_FARMER_NOTES = (
    "行动不便，到货后可帮忙送到家", "儿子在外打工，有事打儿子电话", "听力不好，说话请大声些",
    "养鸡合作社社员", "种植大户，春耕时化肥用量大", "不识字，收据请念给他听",
    "村小学老师", "常住县城，周末回村", "孙子在镇上读书，常买文具",
)

# -- the county catalogue -------------------------------------------------------------------------

#: (code, name, commission in percent) — the county's rates, BRIEF §4 (~10% by default).
_CATEGORIES = (
    ("agri", "农资", 8), ("daily", "日用品", 10), ("appliance", "家电", 5),
    ("clothing", "服装", 10), ("food", "食品", 10), ("digital", "手机数码", 3),
    ("baby", "母婴", 8), ("building", "建材", 6), ("stationery", "文具", 10),
)
_SKU_PREFIX = {"agri": "NZ", "daily": "RY", "appliance": "JD", "clothing": "FZ", "food": "SP",
               "digital": "SJ", "baby": "MY", "building": "JC", "stationery": "WJ"}
#: (category, name, unit, price in fen, platform)
_ITEMS: tuple[tuple[str, str, str, int, str], ...] = (
    ("agri", "玉米种子 郑单958 2公斤装", "bag", 6_800, "农村淘宝"),
    ("agri", "杂交水稻种子 1公斤装", "bag", 8_500, "农村淘宝"),
    ("agri", "小麦种子 济麦22 25公斤装", "bag", 11_000, "京东"),
    ("agri", "蔬菜种子组合装 20种", "bag", 1_500, "拼多多"),
    ("agri", "复合肥 15-15-15 50公斤", "bag", 16_500, "京东"),
    ("agri", "尿素 40公斤", "bag", 11_000, "京东"),
    ("agri", "有机肥 40公斤", "bag", 3_800, "农村淘宝"),
    ("agri", "磷酸二铵 50公斤", "bag", 19_000, "京东"),
    ("agri", "氯化钾 50公斤", "bag", 16_000, "京东"),
    ("agri", "叶面肥 磷酸二氢钾 1公斤", "bag", 1_800, "拼多多"),
    ("agri", "除草剂 草甘膦 1升", "bottle", 2_800, "农村淘宝"),
    ("agri", "杀虫剂 吡虫啉 100克", "bottle", 1_200, "农村淘宝"),
    ("agri", "杀菌剂 多菌灵 500克", "bag", 950, "拼多多"),
    ("agri", "电动喷雾器 16升", "piece", 16_800, "京东"),
    ("agri", "手动喷雾器 16升", "piece", 5_500, "拼多多"),
    ("agri", "黑色地膜 1.2米宽", "kg", 1_600, "农村淘宝"),
    ("agri", "大棚膜 加厚", "kg", 1_400, "农村淘宝"),
    ("agri", "锄头 锰钢", "piece", 3_500, "拼多多"),
    ("agri", "镰刀", "piece", 1_800, "拼多多"),
    ("agri", "农用水管 4分 50米", "piece", 6_500, "淘宝"),
    ("agri", "鸡饲料 全价料 40公斤", "bag", 13_500, "京东"),
    ("agri", "猪饲料 40公斤", "bag", 15_000, "京东"),
    ("agri", "雏鸡疫苗 新城疫", "bottle", 2_500, "淘宝"),
    ("agri", "饲料玉米", "jin", 135, "农村淘宝"),
    ("agri", "果树苗 核桃嫁接苗", "piece", 800, "淘宝"),
    ("daily", "洗衣粉 5斤装", "bag", 2_690, "拼多多"),
    ("daily", "洗衣液 3公斤", "bottle", 3_990, "京东"),
    ("daily", "洗洁精 1.5公斤", "bottle", 1_290, "拼多多"),
    ("daily", "牙膏 三支装", "box", 1_990, "京东"),
    ("daily", "牙刷 十支装", "bag", 1_590, "拼多多"),
    ("daily", "洗发水 750毫升", "bottle", 4_500, "京东"),
    ("daily", "香皂 四块装", "box", 1_680, "拼多多"),
    ("daily", "卫生纸 27卷", "bag", 3_990, "拼多多"),
    ("daily", "毛巾 三条装", "bag", 2_500, "拼多多"),
    ("daily", "不锈钢炒锅", "piece", 8_900, "京东"),
    ("daily", "保温水壶 3.2升", "piece", 3_500, "拼多多"),
    ("daily", "雨伞 加固", "piece", 2_500, "拼多多"),
    ("daily", "蚊香 40盘", "box", 1_200, "拼多多"),
    ("daily", "5号电池 十节", "box", 1_490, "京东"),
    ("daily", "塑料水桶 大号", "piece", 1_500, "拼多多"),
    ("daily", "晾衣架 二十个", "bag", 1_290, "拼多多"),
    ("daily", "床上四件套 纯棉", "piece", 12_900, "淘宝"),
    ("daily", "棉被 6斤", "piece", 15_900, "淘宝"),
    ("appliance", "电饭煲 4升", "piece", 19_900, "京东"),
    ("appliance", "电磁炉", "piece", 16_900, "京东"),
    ("appliance", "电热水壶 1.8升", "piece", 5_900, "京东"),
    ("appliance", "落地电风扇", "piece", 12_900, "苏宁易购"),
    ("appliance", "双人电热毯", "piece", 7_900, "京东"),
    ("appliance", "小太阳取暖器", "piece", 14_900, "京东"),
    ("appliance", "液晶电视 43英寸", "piece", 119_900, "京东"),
    ("appliance", "双门冰箱 180升", "piece", 139_900, "苏宁易购"),
    ("appliance", "波轮洗衣机 8公斤", "piece", 89_900, "苏宁易购"),
    ("appliance", "电热水器 60升", "piece", 79_900, "京东"),
    ("appliance", "豆浆机", "piece", 21_900, "京东"),
    ("appliance", "LED灯泡 十只装", "box", 3_990, "拼多多"),
    ("appliance", "插线板 5米", "piece", 2_990, "京东"),
    ("appliance", "太阳能庭院灯", "piece", 6_900, "拼多多"),
    ("clothing", "男士夹克", "piece", 12_900, "淘宝"),
    ("clothing", "女士羽绒服", "piece", 25_900, "淘宝"),
    ("clothing", "加厚棉袄", "piece", 15_900, "拼多多"),
    ("clothing", "劳保手套 12双", "bag", 1_800, "拼多多"),
    ("clothing", "高筒雨靴", "piece", 3_900, "拼多多"),
    ("clothing", "解放鞋", "piece", 3_500, "拼多多"),
    ("clothing", "运动鞋", "piece", 9_900, "淘宝"),
    ("clothing", "老北京布鞋", "piece", 4_500, "拼多多"),
    ("clothing", "儿童校服 一套", "piece", 8_800, "淘宝"),
    ("clothing", "保暖内衣套装", "piece", 6_900, "淘宝"),
    ("clothing", "遮阳草帽", "piece", 1_500, "拼多多"),
    ("clothing", "棉袜 十双", "bag", 1_990, "拼多多"),
    ("food", "东北大米 10公斤", "bag", 5_990, "京东"),
    ("food", "面粉 5公斤", "bag", 2_680, "京东"),
    ("food", "花生油 5升", "bottle", 13_900, "京东"),
    ("food", "菜籽油 5升", "bottle", 7_900, "京东"),
    ("food", "加碘食盐 400克", "bag", 300, "京东"),
    ("food", "酱油 1.9升", "bottle", 1_590, "京东"),
    ("food", "白砂糖 1公斤", "bag", 1_050, "拼多多"),
    ("food", "红枣", "jin", 1_400, "拼多多"),
    ("food", "中老年奶粉 900克", "box", 8_900, "京东"),
    ("food", "纯牛奶 24盒", "box", 5_990, "京东"),
    ("food", "方便面 整箱", "box", 4_500, "京东"),
    ("food", "散装饼干", "jin", 980, "拼多多"),
    ("food", "白酒 52度 500毫升", "bottle", 5_800, "京东"),
    ("food", "绿茶", "jin", 6_000, "淘宝"),
    ("food", "月饼礼盒", "box", 8_800, "京东"),
    ("food", "年货坚果礼盒", "box", 16_800, "京东"),
    ("digital", "老人手机 大字大声", "piece", 12_900, "京东"),
    ("digital", "红米智能手机 4G+128G", "piece", 89_900, "京东"),
    ("digital", "荣耀智能手机 8G+256G", "piece", 129_900, "京东"),
    ("digital", "手机充电器 快充", "piece", 2_900, "京东"),
    ("digital", "手机数据线 两条装", "piece", 1_500, "拼多多"),
    ("digital", "充电宝 20000毫安", "piece", 7_900, "京东"),
    ("digital", "蓝牙音箱", "piece", 8_900, "拼多多"),
    ("digital", "插卡收音机", "piece", 5_900, "拼多多"),
    ("digital", "手机钢化膜", "piece", 990, "拼多多"),
    ("digital", "内存卡 32G", "piece", 3_500, "京东"),
    ("digital", "家用监控摄像头", "piece", 15_900, "京东"),
    ("baby", "婴儿纸尿裤 L码 60片", "bag", 8_900, "京东"),
    ("baby", "婴儿奶粉 1段 900克", "box", 23_800, "京东"),
    ("baby", "婴儿湿巾 80抽 五包", "bag", 2_990, "拼多多"),
    ("baby", "宽口径奶瓶", "piece", 4_900, "京东"),
    ("baby", "婴儿推车 可折叠", "piece", 29_900, "淘宝"),
    ("baby", "儿童积木玩具", "box", 5_900, "拼多多"),
    ("baby", "孕妇奶粉 900克", "box", 15_800, "京东"),
    ("baby", "婴儿衣服套装", "piece", 6_900, "淘宝"),
    ("building", "水泥 42.5 50公斤", "bag", 2_800, "农村淘宝"),
    ("building", "地板砖 800x800", "piece", 3_500, "淘宝"),
    ("building", "防水涂料 20公斤", "piece", 26_000, "京东"),
    ("building", "电线 2.5平方 100米", "piece", 23_000, "京东"),
    ("building", "PVC水管 4米", "piece", 1_800, "淘宝"),
    ("building", "不锈钢水龙头", "piece", 3_900, "京东"),
    ("building", "防盗门锁", "piece", 6_900, "京东"),
    ("building", "乳胶漆 18升", "piece", 32_000, "京东"),
    ("building", "铁钉", "kg", 900, "淘宝"),
    ("building", "镀锌铁丝", "kg", 800, "淘宝"),
    ("stationery", "小学生书包", "piece", 6_900, "拼多多"),
    ("stationery", "作业本 二十本", "bag", 1_500, "拼多多"),
    ("stationery", "铅笔 一盒", "box", 990, "拼多多"),
    ("stationery", "文具套装", "box", 2_900, "京东"),
    ("stationery", "护眼台灯", "piece", 8_900, "京东"),
)
#: Items the county subsidises with a lower rate than their category's.
_ITEM_RATES = {"复合肥 15-15-15 50公斤": 5, "尿素 40公斤": 5, "婴儿奶粉 1段 900克": 5}
_CATEGORY_WEIGHT = {"agri": 3.0, "daily": 4.0, "appliance": 1.0, "clothing": 2.0, "food": 3.0,
                    "digital": 1.5, "baby": 1.0, "building": 1.0, "stationery": 0.6}
#: (category, month) → how much busier that category is that month (spring ploughing, summer
#: fans, winter clothes, school start, mid-autumn).
_SEASON = {("agri", 3): 3.0, ("agri", 4): 3.0, ("agri", 5): 2.0, ("agri", 9): 1.5,
           ("agri", 10): 2.0, ("appliance", 6): 2.0, ("appliance", 7): 2.0,
           ("appliance", 12): 1.8, ("appliance", 1): 2.0, ("clothing", 10): 1.8,
           ("clothing", 11): 2.5, ("clothing", 12): 2.5, ("clothing", 1): 2.5, ("food", 9): 1.5,
           ("stationery", 2): 3.0, ("stationery", 8): 4.0, ("stationery", 9): 4.0,
           ("building", 3): 1.5, ("building", 4): 1.5, ("building", 10): 1.5,
           ("building", 11): 1.5}
#: Things farmers saw on a platform that the county catalogue lacks:
#: (name, platform, link pattern, lowest and highest price in fen, category, unit).
_ADHOC = (
    ("老年人助听器 充电款", "拼多多", "https://mobile.yangkeduo.com/goods.html?goods_id={n}",
     8_900, 12_900, "other", "piece"),
    ("儿童电动摩托车", "京东", "https://item.jd.com/{n}.html", 39_900, 59_900, "baby", "piece"),
    ("电动三轮车 60V", "京东", "https://item.jd.com/{n}.html", 189_900, 259_900, "other",
     "piece"),
    ("黄精种苗", "淘宝", "https://item.taobao.com/item.htm?id={n}", 1_200, 1_800, "agri", "jin"),
    ("自动饮水器 养鸡用", "淘宝", "https://item.taobao.com/item.htm?id={n}", 2_500, 4_500,
     "agri", "piece"),
    ("红薯苗 100株", "拼多多", "https://mobile.yangkeduo.com/goods.html?goods_id={n}", 1_990,
     3_990, "agri", "bag"),
    ("折叠轮椅", "京东", "https://item.jd.com/{n}.html", 39_900, 69_900, "other", "piece"),
    ("电子血压计", "京东", "https://item.jd.com/{n}.html", 12_900, 19_900, "other", "piece"),
    ("摩托车头盔", "拼多多", "https://mobile.yangkeduo.com/goods.html?goods_id={n}", 4_900,
     8_900, "other", "piece"),
    ("三轮车轮胎 4.00-12", "淘宝", "https://item.taobao.com/item.htm?id={n}", 18_000, 26_000,
     "other", "piece"),
    ("草鱼苗 1000尾", "淘宝", "https://item.taobao.com/item.htm?id={n}", 15_000, 22_000, "agri",
     "bag"),
)
_ORDER_NOTES = ("农户要求到货后电话通知", "急用，请尽快下单", "帮在外打工的儿子买的",
                "到货后送到家", "孙子上学用")
_CANCEL_PLACED = ("农户改主意不要了", "选错了商品，重新下单", "家里人已经买了")
_CANCEL_ORDERED = ("平台缺货，订单取消", "商家迟迟不发货", "平台涨价，农户不要了")
_REFUSED = ("农户拒收：尺码不合适", "农户拒收：颜色不对", "到货破损，农户拒收")
_RETURN_REASONS = ("质量问题", "尺码不合适", "与描述不符", "农户不满意", "买重复了")

# -- consignment --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Produce:
    """How one kind of farm produce behaves at the point."""

    name: str
    months: tuple[int, ...]  # intake season
    shelf_days: int  # after this, whatever is left goes back to the farmer (or is spoiled)
    sale_chance: float  # chance that some of a batch sells on a given day
    channels: tuple[tuple[str, int], ...]  # (channel, weight)


_PRODUCE = {
    "eggs": _Produce("鸡蛋", tuple(range(1, 13)), 14, 0.5,
                     (("counter", 60), ("wholesale", 18), ("online", 18), ("other", 4))),
    "chickens": _Produce("散养土鸡", tuple(range(1, 13)), 21, 0.35,
                         (("county", 50), ("counter", 28), ("online", 18), ("other", 4))),
    "walnuts": _Produce("核桃", (9, 10, 11, 12), 100, 0.15,
                        (("online", 35), ("county", 25), ("counter", 20), ("wholesale", 20))),
    "honey": _Produce("蜂蜜", (5, 6, 7, 8, 9, 10), 150, 0.15,
                      (("online", 50), ("counter", 35), ("county", 15))),
    "millet": _Produce("小米", (10, 11, 12, 1, 2), 120, 0.15,
                       (("online", 35), ("wholesale", 35), ("counter", 30))),
}
_BUYERS = {
    "counter": (None, None, None, "张婶", "李老师", "村卫生室", "邻村王老板", "过路游客"),
    "online": ("网店订单", "网店 张女士", "网店 刘先生", "网店 陈女士"),
    "wholesale": ("镇上超市", "县城农贸市场 刘老板", "镇中心小学食堂", "县城饭店"),
    "county": ("县电商服务中心",),
    "other": ("村委会", "驻村扶贫工作队"),
}


# -- builder state ------------------------------------------------------------------------------


@dataclass
class _FarmerSpec:
    name: str
    phone: str | None
    group: str
    is_poor: bool
    card: str | None
    note: str | None
    weight: int
    day: int  # index of the simulated day the farmer registers


@dataclass
class _Customer:
    id: str
    weight: int
    is_poor: bool


@dataclass
class _CatalogueItem:
    id: str
    category: str
    unit: str
    price_fen: int
    platform: str


@dataclass
class _OrderState:
    id: str
    number: str
    farmer_id: str
    status: str
    fate: str  # how this order's story ends, decided when it is placed
    total_fen: int
    platform: str
    slow: bool  # appliances and building materials take longer to come
    paid_on_account: bool


@dataclass
class _BatchState:
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
class _SaleState:
    id: str
    amount_fen: int
    commission_fen: int
    channel: str
    kind: str
    day: int


@dataclass
class _Producer:
    farmer_id: str
    kind: str
    is_poor: bool
    unit: str
    next_day: int
    last_day: int = -1000
    next_feed: int = 0


@dataclass(order=True)
class _Event:
    when: datetime
    seq: int
    action: Callable[[], None] = field(compare=False)


def training_data_dir(base: Path) -> Path:
    """Where the training station lives: beside, never inside, the real ``base/station``."""
    return Path(base) / "training"


def build_training_station(location: Path | str, *, seed: int = 2026,
                           today: date | None = None, farmers: int = 240,
                           progress: Progress | None = None) -> Station:
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
    station = Station.create(location, code=TRAINING_CODE, name=TRAINING_NAME,
                             village=TRAINING_VILLAGE, township=TRAINING_TOWNSHIP,
                             county=TRAINING_COUNTY, manager_name=MANAGER_NAME,
                             manager_pin=MANAGER_PIN, training=True, clock=clock,
                             new_id=new_id)
    path = station.path
    try:
        _Builder(station, clock, rng, start, farmers, progress).run()
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


class _Builder:
    """Walks the simulated year one event at a time, in time order, through the services."""

    def __init__(self, station: Station, clock: ManualClock, rng: random.Random, start: date,
                 farmers: int, progress: Progress | None) -> None:
        self.s = station
        self.clock = clock
        self.rng = rng
        self.start = start
        self.n_farmers = farmers
        self.progress = progress
        self.events: list[_Event] = []
        self.seq = 0
        self.day_index = 0
        self.manager: Operator = station.sign_in(MANAGER_NAME, MANAGER_PIN)
        self.clerk: Operator | None = None
        self.specs: list[_FarmerSpec] = []
        self.customers: list[_Customer] = []
        self.items: dict[str, list[_CatalogueItem]] = {}
        self.item_by_name: dict[str, _CatalogueItem] = {}
        self.orders: dict[str, _OrderState] = {}
        self.batches: dict[str, _BatchState] = {}
        self.unsettled: dict[str, list[_SaleState]] = {}
        self.producers: list[_Producer] = []
        self.remitted: set[str] = set()
        self.closed_days = self._closed_days()

    # -- the clock and the event queue -------------------------------------------------------

    @property
    def today(self) -> date:
        return self.start + timedelta(days=self.day_index)

    def _at(self, day: date, seconds: int) -> datetime:
        return datetime.combine(day, time(), CHINA_TZ) + timedelta(seconds=seconds)

    def _schedule(self, when: datetime, action: Callable[[], None]) -> None:
        self.seq += 1
        heapq.heappush(self.events, _Event(when, self.seq, action))

    def _some_time(self, day: date, lo: int = _OPEN, hi: int = _SHUT) -> datetime:
        return self._at(day, self.rng.randint(lo, hi))

    def _later_today_or_next(self, lo_min: int, hi_min: int) -> datetime:
        """A moment later today if the point is still open then, else the next morning."""
        when = self.clock.current + timedelta(minutes=self.rng.randint(lo_min, hi_min),
                                              seconds=self.rng.randint(0, 59))
        cutoff = self._at(self.clock.current.date(), _LAST_CALL)
        if when > cutoff:
            when = self._some_time(self.clock.current.date() + timedelta(days=1),
                                   9 * 3600, 11 * 3600)
        return when

    def _days_later(self, days: int, lo: int = _OPEN, hi: int = _SHUT) -> datetime:
        return self._some_time(self.clock.current.date() + timedelta(days=days), lo, hi)

    def _closed_days(self) -> set[date]:
        """The point shuts for 春节 (three days) and, now and then, for a family matter."""
        closed: set[date] = set()
        for festival in _SPRING_FESTIVAL.values():
            closed.update(festival + timedelta(days=d) for d in range(3))
        for i in range(1, SIMULATED_DAYS):
            if self.rng.random() < 0.02:
                closed.add(self.start + timedelta(days=i))
        return closed

    def _act(self, clerk_share: float = 0.8) -> None:
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
                midnight = self._at(day + timedelta(days=1), 0)
                while self.events and self.events[0].when < midnight:
                    event = heapq.heappop(self.events)
                    if not is_open:  # whatever was due waits for the next open day
                        self._schedule(event.when + timedelta(days=1), event.action)
                        continue
                    self.clock.set(max(event.when, self.clock.current))
                    event.action()
            if self.progress:
                self.progress("simulate", index + 1, SIMULATED_DAYS)

    # -- day 0: the station opens ---------------------------------------------------------------

    def _setup(self) -> None:
        s = self.s
        day = self.today
        self.clock.set(self._at(day, 8 * 3600))
        s.act_as(self.manager)
        self.clerk = s.operators.add(CLERK_NAME, CLERK_PIN, "operator")
        s.set_setting("opening_float_fen", OPENING_FLOAT_FEN)
        self.clock.advance(minutes=5)
        s.catalogue.import_csv(io.StringIO(self._catalogue_csv()))
        for item in s.catalogue.search("", limit=1000):
            entry = _CatalogueItem(item.id, item.category_code, item.unit, item.price_fen,
                                   item.platform or "京东")
            self.items.setdefault(item.category_code, []).append(entry)
            self.item_by_name[item.name] = entry
        if self.progress:
            self.progress("setup", 1, 2)
        self.specs = self._farmer_specs()
        # Registration day: most of the village signs up at once, the rest over the year.
        self.clock.set(self._at(day, 8 * 3600 + 10 * 60))
        for spec in self.specs:
            if spec.day == 0:
                self._register(spec)
                self.clock.advance(seconds=self.rng.randint(15, 45))
            else:
                self._schedule(self._some_time(self.start + timedelta(days=spec.day)),
                               partial(self._register, spec))
        self._choose_producers()
        # The county changes some prices half way through the year (fertiliser up, TVs down).
        self._schedule(self._at(self.start + timedelta(days=SIMULATED_DAYS // 2), 8 * 3600),
                       self._price_update)
        if self.progress:
            self.progress("setup", 2, 2)

    def _catalogue_csv(self) -> str:
        lines = ["sku,name,category,unit,price,platform,barcode,rate,category_name,"
                 "category_rate"]
        rates = {code: (name, pct) for code, name, pct in _CATEGORIES}
        numbers: dict[str, int] = {}
        for cat, name, unit_code, price, platform in _ITEMS:
            numbers[cat] = numbers.get(cat, 0) + 1
            sku = f"{_SKU_PREFIX[cat]}-{numbers[cat]:03d}"
            barcode = ""
            if cat in ("daily", "food", "digital", "baby") or self.rng.random() < 0.3:
                barcode = _ean13("69" + "".join(str(self.rng.randint(0, 9)) for _ in range(10)))
            rate = _ITEM_RATES.get(name, "")
            cname, cpct = rates[cat]
            lines.append(f"{sku},{name},{cat},{unit_code},{format_yuan(price)},{platform},"
                         f"{barcode},{rate},{cname},{cpct}")
        return "\n".join(lines) + "\n"

    def _price_update(self) -> None:
        self.s.act_as(self.manager)
        # The county republishes the items with their rates: an import without a rate column
        # would clear an item's own rate back to its category's.
        rows = ["sku,name,category,unit,price,platform,rate"]
        numbers: dict[str, int] = {}
        changed: dict[str, int] = {}
        for cat, name, unit_code, price, platform in _ITEMS:
            numbers[cat] = numbers.get(cat, 0) + 1
            if cat == "agri" and unit_code == "bag" and price > 10_000:
                new = price + price * self.rng.choice((5, 8, 10)) // 100 // 10 * 10
            elif cat in ("appliance", "digital") and price > 50_000:
                new = price - self.rng.choice((5_000, 10_000, 20_000))
            else:
                continue
            sku = f"{_SKU_PREFIX[cat]}-{numbers[cat]:03d}"
            changed[sku] = new
            rows.append(f"{sku},{name},{cat},{unit_code},{format_yuan(new)},{platform},"
                        f"{_ITEM_RATES.get(name, '')}")
        self.s.catalogue.import_csv(io.StringIO("\n".join(rows) + "\n"))
        by_id = {item.id: item.price_fen for item in self.s.catalogue.search("", limit=1000)}
        for items in self.items.values():
            for item in items:
                item.price_fen = by_id.get(item.id, item.price_fen)

    # -- farmers --------------------------------------------------------------------------------

    def _farmer_specs(self) -> list[_FarmerSpec]:
        rng = self.rng
        n = self.n_farmers
        surnames = [s for s, _ in _SURNAMES]
        weights = [w for _, w in _SURNAMES]
        poor = set(rng.sample(range(n), round(n * 0.2)))
        first_day = round(n * 0.6)
        later_days = sorted(rng.randint(1, SIMULATED_DAYS - 30) for _ in range(n - first_day))
        names: set[str] = set()
        phones: set[str] = set()
        cards = 0
        specs = []
        for i in range(n):
            for _ in range(20):  # two farmers of the same name confuse a trainee; avoid it
                given = rng.choice(_MALE if rng.random() < 0.5 else _FEMALE)
                name = rng.choices(surnames, weights)[0] + given
                if name not in names:
                    break
            names.add(name)
            phone = None
            if rng.random() < 0.92:  # some old people have no phone of their own
                while phone is None or phone in phones:
                    phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randint(0, 99_999_999):08d}"
                phones.add(phone)
            is_poor = i in poor
            card = None
            if is_poor:
                cards += 1
                card = f"PK{rng.choice((2014, 2015, 2016))}{cards:04d}"
            note = rng.choice(_FARMER_NOTES) if rng.random() < 0.06 else None
            day = 0 if i < first_day else later_days[i - first_day]
            specs.append(_FarmerSpec(name, phone, rng.choice(_GROUPS), is_poor, card, note,
                                     rng.choice((1, 1, 1, 2, 2, 3, 5, 8)), day))
        return specs

    def _register(self, spec: _FarmerSpec) -> None:
        self._act()
        farmer = self.s.farmers.add(spec.name, phone=spec.phone, village_group=spec.group,
                                    is_poor=spec.is_poor, poverty_card_no=spec.card,
                                    note=spec.note)
        self.customers.append(_Customer(farmer.id, spec.weight, spec.is_poor))

    def _choose_producers(self) -> None:
        """Some early registrants also bring produce: chicken raisers are mostly poor households
        (JD's scheme was aimed at them), the rest keep hens, walnut trees, bees or millet."""
        rng = self.rng
        n = self.n_farmers
        poor = [c for c in self.customers if c.is_poor]
        others = [c for c in self.customers if not c.is_poor]
        counts = {"chickens": max(3, n // 24), "eggs": max(3, n // 30),
                  "walnuts": max(3, n // 24), "honey": max(2, n // 60),
                  "millet": max(2, n // 30)}
        raisers = rng.sample(poor, min(len(poor), counts["chickens"] * 2 // 3))
        raisers += rng.sample(others, counts["chickens"] - len(raisers))
        for c in raisers:
            self.producers.append(_Producer(c.id, "chickens", c.is_poor, "bird",
                                            rng.randint(0, 159)))
        for kind in ("eggs", "walnuts", "honey", "millet"):
            for c in rng.sample(self.customers, counts[kind]):
                unit_code = "jin"
                if kind == "eggs" and rng.random() < 0.3:
                    unit_code = "each"
                elif kind == "honey" and rng.random() < 0.5:
                    unit_code = "bottle"
                self.producers.append(_Producer(c.id, kind, c.is_poor, unit_code,
                                                rng.randint(0, 25)))

    # -- planning a day -------------------------------------------------------------------------

    def _plan_day(self, day: date) -> None:
        rng = self.rng
        market_day = self.day_index % 5 == 0  # 赶集: every fifth day the village is busy
        n_orders = rng.choice((2, 3, 4, 4, 5, 5, 6, 7)) + (3 if market_day else 0)
        festival = _SPRING_FESTIVAL.get(day.year + (1 if day.month >= 11 else 0))
        if festival and timedelta(0) < festival - day <= timedelta(days=21):
            n_orders += 3
        for _ in range(n_orders):
            self._schedule(self._some_time(day), self._place_order)
        for farmer_id, owed in sorted(self.s.ledger.debtors()):
            if rng.random() < 0.05 and owed > 0:
                self._schedule(self._some_time(day), partial(self._repay, farmer_id))
        self._plan_consignment(day)
        if day.day >= 3:
            period = _previous_month(day)
            if period not in self.remitted:
                self.remitted.add(period)
                self._schedule(self._some_time(day, 15 * 3600, 17 * 3600),
                               partial(self._remit, period))
        self._schedule(self._some_time(day, _CLOSE, _CLOSE + 40 * 60),
                       partial(self._close_day, day))

    def _plan_consignment(self, day: date) -> None:
        rng = self.rng
        i = self.day_index
        for p in self.producers:
            produce = _PRODUCE[p.kind]
            if p.kind in ("chickens", "eggs") and i >= p.next_feed:
                p.next_feed = i + rng.randint(25, 40)
                self._schedule(self._some_time(day), partial(self._feed_order, p))
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
                self._schedule(self._some_time(day, 9 * 3600, 16 * 3600),
                               partial(self._intake, p))
        for batch in list(self.batches.values()):
            if batch.closed or batch.on_hand <= 0:
                continue
            produce = _PRODUCE[batch.kind]
            age = i - batch.day
            if age >= produce.shelf_days:
                batch.closed = True  # no more sales planned; what is left goes back today
                self._schedule(self._some_time(day, 15 * 3600, _SHUT),
                               partial(self._clear_batch, batch))
                continue
            if age > 0 and rng.random() < produce.sale_chance:
                self._schedule(self._some_time(day), partial(self._sell, batch))
            if age > 0 and rng.random() < 0.15 and batch.kind == "chickens":  # the big buyer
                self._schedule(self._some_time(day), partial(self._sell, batch, "county"))
            if batch.kind == "eggs" and rng.random() < 0.05:
                self._schedule(self._some_time(day), partial(self._spoil, batch, "鸡蛋破损"))
            elif batch.kind == "chickens" and rng.random() < 0.01:
                self._schedule(self._some_time(day), partial(self._spoil, batch, "鸡死亡"))
            elif batch.kind in ("walnuts", "millet") and rng.random() < 0.002:
                why = "受潮发霉" if batch.kind == "walnuts" else "受潮生虫"
                self._schedule(self._some_time(day), partial(self._spoil, batch, why))
        for farmer_id, sales in self.unsettled.items():
            if sales and i - sales[0].day >= 5 and rng.random() < 0.12:
                self._schedule(self._some_time(day, 10 * 3600, 17 * 3600),
                               partial(self._settle, farmer_id))

    # -- money in ------------------------------------------------------------------------------

    def _mobile_ref(self) -> str:
        prefix = self.rng.choice(("WX", "WX", "ZFB"))
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(20))

    def _bank_ref(self) -> str:
        return "YH" + "".join(str(self.rng.randint(0, 9)) for _ in range(16))

    def _cash(self, amount: int) -> Tender:
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
                return [pay.on_account(part), self._cash(due - part)]
            return [pay.mobile(part, self._mobile_ref()), self._cash(due - part)]
        if r < 0.5:
            return [pay.mobile(due, self._mobile_ref())]
        return [self._cash(due)]

    def _drawer(self) -> int:
        """Cash that should be in the drawer right now (the daily close's expected figure)."""
        return self.s.reports.daily(self.clock.current.date().isoformat()).expected_cash_fen

    # -- assisted purchasing --------------------------------------------------------------------

    def _pick_item(self, month: int) -> _CatalogueItem:
        cats = [c for c in _CATEGORY_WEIGHT if self.items.get(c)]
        weights = [_CATEGORY_WEIGHT[c] * _SEASON.get((c, month), 1.0) for c in cats]
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

    def _place_order(self) -> None:
        rng = self.rng
        if not self.customers:
            return
        self._act()
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
            lines.append(LineInput(self._quantity(item.unit, item.price_fen, item.category),
                                   item_id=item.id, unit_price_fen=price))
            platform = platform or item.platform
            slow = slow or item.category in ("appliance", "building")
        if rng.random() < 0.08:
            name, plat, link, lo, hi, cat, unit_code = rng.choice(_ADHOC)
            qty = rng.randint(2, 10) * 250 if unit_code == "jin" else 1
            lines.append(LineInput(qty, name=name, platform=plat,
                                   link_ref=link.format(n=rng.randint(10**11, 10**12 - 1)),
                                   unit_price_fen=rng.randint(lo // 100, hi // 100) * 100,
                                   category_code=cat, unit_code=unit_code))
            platform = platform or plat
        note = rng.choice(_ORDER_NOTES) if rng.random() < 0.05 else None
        self._order(farmer.id, lines, platform, slow, note=note)

    def _feed_order(self, p: _Producer) -> None:
        """The closed loop of BRIEF §1: a raiser's feed goes on account and is later offset
        against the eggs and chickens the point sells for them."""
        rng = self.rng
        self._act()
        feed = self.item_by_name["鸡饲料 全价料 40公斤"]
        lines = [LineInput(rng.randint(1, 4), item_id=feed.id)]
        if p.kind == "chickens" and rng.random() < 0.4:
            lines.append(LineInput(1, item_id=self.item_by_name["雏鸡疫苗 新城疫"].id))
        self._order(p.farmer_id, lines, feed.platform, False, credit_share=0.75)

    def _order(self, farmer_id: str, lines: list[LineInput], platform: str, slow: bool, *,
               note: str | None = None, credit_share: float = 0.12) -> None:
        """Place an order, decide now how its story ends, and schedule its next step."""
        rng = self.rng
        quote = self.s.purchasing.quote(lines)
        tenders = self._tenders(farmer_id, quote.total_fen, credit_share)
        order = self.s.purchasing.place(farmer_id, lines, tenders, note=note)
        r = rng.random()
        multi = len(order.lines) > 1
        fate = ("cancel_placed" if r < 0.035 else "cancel_ordered" if r < 0.06
                else "refused" if r < 0.07 else "never_picked" if r < 0.075
                else "return_full" if r < 0.105 else "return_partial" if r < 0.14 and multi
                else "normal")
        state = _OrderState(order.id, order.number, farmer_id, order.status, fate,
                            order.total_fen, platform, slow,
                            any(t.method == "account" for t in tenders))
        self.orders[order.id] = state
        if rng.random() < 0.004:  # wrong farmer picked: the manager voids it at once
            self.clock.advance(minutes=rng.randint(2, 8))
            self.s.receipts.void(order.number, "选错了农户，作废重开", approver=self.manager)
            state.status = "cancelled"
            return
        # Half are ordered on the platform the same day; the rest wait for the next morning's
        # batch of platform orders (so yesterday's late orders are still "placed" today).
        when = (self._later_today_or_next(20, 180) if rng.random() < 0.5
                else self._days_later(1, 8 * 3600 + 40 * 60, 11 * 3600))
        self._schedule(when, partial(self._order_step, state))

    def _platform_order_no(self, platform: str) -> str:
        rng = self.rng
        if platform == "拼多多":
            return f"{self.clock.current:%y%m%d}-{rng.randint(10**14, 10**15 - 1)}"
        if platform in ("淘宝", "农村淘宝"):
            return str(rng.randint(10**17, 10**18 - 1))
        if platform == "苏宁易购":
            return str(rng.randint(10**10, 10**11 - 1))
        return str(rng.randint(10**11, 10**12 - 1))

    def _order_step(self, o: _OrderState) -> None:
        """Move an order one step along placed → ordered → arrived → completed (or off it)."""
        rng = self.rng
        p = self.s.purchasing
        self._act()
        if o.status == "placed":
            if o.fate == "cancel_placed":
                self._cancel(o, rng.choice(_CANCEL_PLACED))
                return
            p.mark_ordered(o.id, self._platform_order_no(o.platform))
            o.status = "ordered"
            if o.fate == "cancel_ordered":
                self._schedule(self._days_later(rng.randint(1, 3)),
                               partial(self._cancel, o, rng.choice(_CANCEL_ORDERED)))
                return
            days = rng.randint(3, 8) if o.slow else rng.randint(2, 5)
            self._schedule(self._days_later(days, 9 * 3600, 12 * 3600),
                           partial(self._order_step, o))
        elif o.status == "ordered":
            p.mark_arrived(o.id)
            o.status = "arrived"
            if o.fate == "never_picked":  # the farmer went off to work in the city
                return
            days = rng.choices((0, 1, 2, 3, 4), (30, 30, 20, 10, 10))[0]
            when = (self._later_today_or_next(30, 300) if days == 0
                    else self._days_later(days, 10 * 3600, _SHUT))
            self._schedule(when, partial(self._order_step, o))
        elif o.status == "arrived":
            if o.fate == "refused":
                self._cancel(o, rng.choice(_REFUSED))
                return
            p.complete(o.id)
            o.status = "completed"
            if o.fate in ("return_full", "return_partial"):
                days = rng.randint(0, 6)
                when = (self._later_today_or_next(60, 300) if days == 0
                        else self._days_later(days))
                self._schedule(when, partial(self._return, o))

    def _refund_method(self, o: _OrderState, amount: int) -> str | None:
        """Refund the way it was paid, unless the drawer is short of cash for it."""
        if o.paid_on_account or self._drawer() >= amount:
            return None
        return "mobile"

    def _cancel(self, o: _OrderState, reason: str) -> None:
        if o.status not in ("placed", "ordered", "arrived"):
            return
        self._act()
        self.s.purchasing.cancel(o.id, reason, refund_method=self._refund_method(o, o.total_fen))
        o.status = "cancelled"

    def _return(self, o: _OrderState) -> None:
        if o.status != "completed":
            return
        self._act()
        order = self.s.purchasing.get(o.id)
        lines = [li for li in order.lines if not li.returned]
        if o.fate == "return_partial" and len(lines) > 1:
            chosen = [self.rng.choice(lines)]
        else:
            chosen = lines
        amount = sum(li.line_total_fen for li in chosen)
        self.s.purchasing.return_lines(
            o.id, self.rng.choice(_RETURN_REASONS), [li.id for li in chosen],
            refund_method=self._refund_method(o, amount), approver=self.manager)
        if len(chosen) == len(lines):
            o.status = "returned"

    # -- accounts -------------------------------------------------------------------------------

    def _repay(self, farmer_id: str) -> None:
        owed = self.s.ledger.balance(farmer_id)
        if owed <= 0:
            return
        self._act()
        rng = self.rng
        amount = owed
        if rng.random() < 0.5 and owed >= 2_000:
            amount = rng.randint(owed // 400, owed // 100) * 100 or owed
        tender = self._cash(amount) if rng.random() < 0.6 else pay.mobile(amount,
                                                                          self._mobile_ref())
        receipt = self.s.ledger.repay(farmer_id, [tender])
        if tender.method == "cash" and rng.random() < 0.015:
            # It was paid by phone, not in cash: void the receipt and take it again.
            self.clock.advance(minutes=rng.randint(1, 5))
            self.s.receipts.void(receipt.number, "收款方式录错，作废重收", approver=self.manager)
            self.s.ledger.repay(farmer_id, [pay.mobile(amount, self._mobile_ref())])

    # -- consignment ------------------------------------------------------------------------------

    def _intake(self, p: _Producer) -> None:
        self._act(0.7)
        rng = self.rng
        bp = POOR_CONSIGNMENT_BP if p.is_poor else None
        if p.kind == "chickens":
            self._intake_chickens(p, bp)
            return
        grade: str
        if p.kind == "eggs":
            if p.unit == "each":
                qty, floor, price = rng.randint(12, 60) * 5, 120, rng.choice((130, 140, 150))
            else:
                qty, floor, price = rng.randint(40, 120) * 250, 1_200, rng.choice(
                    (1_300, 1_400, 1_500))
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
        batch = self.s.consignment.intake(p.farmer_id, _PRODUCE[p.kind].name, qty, p.unit,
                                          grade=grade, floor_price_fen=floor, commission_bp=bp)
        if rng.random() < 0.01:  # entered twice by mistake: the manager voids the copy
            self.clock.advance(minutes=rng.randint(1, 5))
            self.s.receipts.void(batch.receipt_id, "重复入库，作废", approver=self.manager)
            return
        self._track(batch.id, p, grade, qty, floor, price)

    def _intake_chickens(self, p: _Producer, bp: int | None) -> None:
        """A raiser's flock at the end of its 160-day cycle, graded on the spot into one batch
        per grade, each with the grade's buy-back price as its floor (BRIEF §4)."""
        rng = self.rng
        total = rng.randint(20, 80)
        first = round(total * rng.uniform(0.2, 0.4))
        third = round(total * rng.uniform(0.15, 0.3))
        for grade, count in (("一级", first), ("二级", total - first - third), ("三级", third)):
            if count <= 0:
                continue
            price = CHICKEN_PRICES[grade]
            batch = self.s.consignment.intake(p.farmer_id, "散养土鸡", count, "bird",
                                              grade=grade, floor_price_fen=price,
                                              commission_bp=bp, note="160天散养，按等级回收")
            self._track(batch.id, p, grade, count, price, price)
            self.clock.advance(seconds=rng.randint(60, 180))

    def _track(self, batch_id: str, p: _Producer, grade: str | None, qty: int, floor: int,
               price: int) -> None:
        self.batches[batch_id] = _BatchState(batch_id, p.farmer_id, p.kind, grade, p.unit, qty,
                                             floor, price, self.day_index)

    def _sale_quantity(self, b: _BatchState, channel: str) -> int:
        rng = self.rng
        per = unit(b.unit).base_per_unit
        if b.kind == "chickens":
            n = {"county": rng.randint(5, 20), "online": 1, "other": rng.randint(2, 6)}.get(
                channel, rng.choice((1, 1, 2)))
        elif b.kind == "eggs" and b.unit == "each":
            n = {"wholesale": rng.randint(12, 24) * 5, "online": 30}.get(
                channel, rng.randint(2, 6) * 5)
        elif b.kind == "eggs":
            return {"wholesale": rng.randint(20, 40) * 250, "online": 2_500}.get(
                channel, rng.randint(4, 12) * 250)
        elif b.unit == "bottle":
            n = {"county": rng.randint(10, 20), "online": rng.randint(1, 3)}.get(
                channel, rng.randint(1, 2))
        else:  # walnuts, honey and millet by the 斤
            n = {"county": rng.randint(50, 150), "wholesale": rng.randint(30, 100),
                 "online": rng.randint(5, 10)}.get(channel, rng.randint(2, 8))
        return n * per

    def _sale_price(self, b: _BatchState, channel: str) -> int:
        if b.kind == "chickens":
            return b.price_fen  # bought back at the grade price (BRIEF §4)
        if channel in ("county", "wholesale"):
            return max(b.floor_fen, b.price_fen - b.price_fen // 10 // 10 * 10)
        if channel == "online":
            return b.price_fen + b.price_fen // 10 // 10 * 10
        return b.price_fen

    def _sell(self, b: _BatchState, channel: str | None = None) -> None:
        if b.on_hand <= 0:
            return
        rng = self.rng
        self._act()
        produce = _PRODUCE[b.kind]
        channel = channel or rng.choices([c for c, _ in produce.channels],
                                         [w for _, w in produce.channels])[0]
        qty = min(self._sale_quantity(b, channel), b.on_hand)
        price = self._sale_price(b, channel)
        amount = line_total(qty, price, unit(b.unit).base_per_unit)
        if channel == "county" or (channel == "wholesale" and rng.random() < 0.5):
            tenders = [pay.mobile(amount, self._bank_ref())]
        elif channel == "online":
            tenders = [pay.mobile(amount, self._mobile_ref())]
        else:
            tenders = ([self._cash(amount)] if rng.random() < 0.6
                       else [pay.mobile(amount, self._mobile_ref())])
        buyer = rng.choice(_BUYERS[channel])
        cons = self.s.consignment
        if rng.random() < 0.005 and b.kind != "chickens":
            # An extra zero typed in the price, paid by phone: void it and ring it up again.
            wrong = price * 10
            wrong_amount = line_total(qty, wrong, unit(b.unit).base_per_unit)
            _, receipt = cons.sell(b.id, qty, wrong, [pay.mobile(wrong_amount,
                                                                 self._mobile_ref())],
                                   buyer=buyer, channel=channel)
            self.clock.advance(minutes=rng.randint(1, 4))
            self.s.receipts.void(receipt.number, "单价多打了一个0，作废重录",
                                 approver=self.manager)
        sale, _ = cons.sell(b.id, qty, price, tenders, buyer=buyer, channel=channel)
        b.on_hand -= qty
        self.unsettled.setdefault(b.farmer_id, []).append(_SaleState(
            sale.id, sale.amount_fen, sale.commission_fen, channel, b.kind, self.day_index))

    def _spoil(self, b: _BatchState, reason: str) -> None:
        if b.on_hand <= 0:
            return
        self._act()
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

    def _clear_batch(self, b: _BatchState) -> None:
        """The end of a batch's shelf life: the rest goes back to the farmer (stale eggs are
        sometimes thrown away instead)."""
        if b.on_hand <= 0:
            return
        self._act()
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
        self._act(0.6)
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

    def _pay_out(self, farmer_id: str, sale_ids: list[str], fees: list[Fee], offset: int,
                 payout: int) -> Receipt:
        if payout and payout <= 150_000 and self._drawer() - payout >= 0 \
                and self.rng.random() < 0.7:
            method, reference = "cash", None
        else:
            method, reference = "mobile", self._mobile_ref()
        return self.s.settlement.settle(farmer_id, sale_ids, fees=fees, offset_fen=offset,
                                        method=method, reference=reference)

    # -- the manager's jobs --------------------------------------------------------------------

    def _remit(self, period: str) -> None:
        """Send the county what is due on last month's purchases: cash from the drawer down to
        the float, the rest by bank transfer."""
        self.s.act_as(self.manager)
        due = self.s.commission.statement(period).outstanding_fen
        if due <= 0:
            return
        cash_part = min(due, max(0, self._drawer() - OPENING_FLOAT_FEN))
        if cash_part:
            self.s.commission.remit(cash_part, "cash", period)
        if due - cash_part:
            self.s.commission.remit(due - cash_part, "mobile", period, self._bank_ref())

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


def _ean13(body: str) -> str:
    """A 13-digit EAN barcode from its first 12 digits (69 is China's prefix)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


__all__ = ["CLERK_NAME", "CLERK_PIN", "MANAGER_NAME", "MANAGER_PIN", "TRAINING_CODE",
           "build_training_station", "training_data_dir"]
