"""The tables the training station is built from: names, the county catalogue, produce.

Kept apart from the builder (``training.py``) so the simulation reads as a story and the
numbers a trainer may want to adjust — prices, rates, seasons, shelf lives — sit in one place.
Prices are integer fen (BRIEF §3); rates are percent as the county publishes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: BRIEF §4: JD's free-range chickens are bought back at ¥128, ¥168 and ¥188 by grade.
CHICKEN_PRICES = {"一级": 18_800, "二级": 16_800, "三级": 12_800}
#: Poor households pay the point half the usual consignment commission (a common local policy).
POOR_CONSIGNMENT_BP = 500

# -- business hours, in seconds after midnight --------------------------------------------------
OPEN = 8 * 3600 + 30 * 60
SHUT = 18 * 3600 + 30 * 60
LAST_CALL = 18 * 3600 + 50 * 60
CLOSE = 19 * 3600

#: 春节 (the first day of the lunar year): the point shuts for three days from it, and the three
#: weeks before it are the busiest of the year for food and clothes (年货).
SPRING_FESTIVAL = {
    2022: date(2022, 2, 1),
    2023: date(2023, 1, 22),
    2024: date(2024, 2, 10),
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
    2029: date(2029, 2, 13),
    2030: date(2030, 2, 3),
    2031: date(2031, 1, 23),
    2032: date(2032, 2, 11),
    2033: date(2033, 1, 31),
    2034: date(2034, 2, 19),
    2035: date(2035, 2, 8),
}

# -- people ----------------------------------------------------------------------------------------

#: Common surnames with rough weights (the big five first, then the south-west's 韦覃蒙莫).
SURNAMES = (
    ("王", 9),
    ("李", 9),
    ("张", 8),
    ("刘", 7),
    ("陈", 6),
    ("杨", 5),
    ("黄", 4),
    ("赵", 4),
    ("吴", 3),
    ("周", 3),
    ("徐", 3),
    ("孙", 2),
    ("马", 2),
    ("朱", 2),
    ("胡", 2),
    ("郭", 2),
    ("何", 2),
    ("高", 2),
    ("林", 2),
    ("罗", 2),
    ("郑", 1),
    ("梁", 1),
    ("谢", 1),
    ("宋", 1),
    ("唐", 1),
    ("韦", 2),
    ("覃", 1),
    ("蒙", 1),
    ("莫", 1),
    ("冯", 1),
    ("邓", 1),
    ("曹", 1),
)
MALE = (
    "建国",
    "国强",
    "志强",
    "建华",
    "永刚",
    "海涛",
    "德福",
    "福贵",
    "长生",
    "春生",
    "金山",
    "家树",
    "文斌",
    "建军",
    "宏伟",
    "玉林",
    "振华",
    "明亮",
    "树林",
    "有才",
    "军",
    "伟",
    "强",
    "磊",
    "勇",
    "明",
    "刚",
    "平",
    "辉",
    "斌",
    "林",
    "鹏",
    "波",
    "涛",
    "东",
    "兵",
)
FEMALE = (
    "秀英",
    "桂英",
    "秀兰",
    "玉兰",
    "桂兰",
    "凤英",
    "春梅",
    "红梅",
    "淑珍",
    "翠花",
    "美玲",
    "小红",
    "金凤",
    "玉梅",
    "丽华",
    "秀珍",
    "海燕",
    "春燕",
    "晓燕",
    "桂芳",
    "丽",
    "芳",
    "霞",
    "娟",
    "英",
    "敏",
    "静",
    "燕",
    "萍",
    "红",
    "梅",
    "琴",
)
GROUPS = ("一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组")
PHONE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)
FARMER_NOTES = (
    "行动不便，到货后可帮忙送到家",
    "儿子在外打工，有事打儿子电话",
    "听力不好，说话请大声些",
    "养鸡合作社社员",
    "种植大户，春耕时化肥用量大",
    "不识字，收据请念给他听",
    "村小学老师",
    "常住县城，周末回村",
    "孙子在镇上读书，常买文具",
)

# -- the county catalogue -------------------------------------------------------------------------

#: (code, name, commission in percent) — the county's rates, BRIEF §4 (~10% by default).
CATEGORIES = (
    ("agri", "农资", 8),
    ("daily", "日用品", 10),
    ("appliance", "家电", 5),
    ("clothing", "服装", 10),
    ("food", "食品", 10),
    ("digital", "手机数码", 3),
    ("baby", "母婴", 8),
    ("building", "建材", 6),
    ("stationery", "文具", 10),
)
SKU_PREFIX = {
    "agri": "NZ",
    "daily": "RY",
    "appliance": "JD",
    "clothing": "FZ",
    "food": "SP",
    "digital": "SJ",
    "baby": "MY",
    "building": "JC",
    "stationery": "WJ",
}
#: (category, name, unit, price in fen, platform)
ITEMS: tuple[tuple[str, str, str, int, str], ...] = (
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
ITEM_RATES = {"复合肥 15-15-15 50公斤": 5, "尿素 40公斤": 5, "婴儿奶粉 1段 900克": 5}
CATEGORY_WEIGHT = {
    "agri": 3.0,
    "daily": 4.0,
    "appliance": 1.0,
    "clothing": 2.0,
    "food": 3.0,
    "digital": 1.5,
    "baby": 1.0,
    "building": 1.0,
    "stationery": 0.6,
}
#: (category, month) → how much busier that category is that month (spring ploughing, summer
#: fans, winter clothes, school start, mid-autumn).
SEASON = {
    ("agri", 3): 3.0,
    ("agri", 4): 3.0,
    ("agri", 5): 2.0,
    ("agri", 9): 1.5,
    ("agri", 10): 2.0,
    ("appliance", 6): 2.0,
    ("appliance", 7): 2.0,
    ("appliance", 12): 1.8,
    ("appliance", 1): 2.0,
    ("clothing", 10): 1.8,
    ("clothing", 11): 2.5,
    ("clothing", 12): 2.5,
    ("clothing", 1): 2.5,
    ("food", 9): 1.5,
    ("stationery", 2): 3.0,
    ("stationery", 8): 4.0,
    ("stationery", 9): 4.0,
    ("building", 3): 1.5,
    ("building", 4): 1.5,
    ("building", 10): 1.5,
    ("building", 11): 1.5,
}
#: Things farmers saw on a platform that the county catalogue lacks:
#: (name, platform, link pattern, lowest and highest price in fen, category, unit).
ADHOC = (
    (
        "老年人助听器 充电款",
        "拼多多",
        "https://mobile.yangkeduo.com/goods.html?goods_id={n}",
        8_900,
        12_900,
        "other",
        "piece",
    ),
    ("儿童电动摩托车", "京东", "https://item.jd.com/{n}.html", 39_900, 59_900, "baby", "piece"),
    ("电动三轮车 60V", "京东", "https://item.jd.com/{n}.html", 189_900, 259_900, "other", "piece"),
    ("黄精种苗", "淘宝", "https://item.taobao.com/item.htm?id={n}", 1_200, 1_800, "agri", "jin"),
    (
        "自动饮水器 养鸡用",
        "淘宝",
        "https://item.taobao.com/item.htm?id={n}",
        2_500,
        4_500,
        "agri",
        "piece",
    ),
    (
        "红薯苗 100株",
        "拼多多",
        "https://mobile.yangkeduo.com/goods.html?goods_id={n}",
        1_990,
        3_990,
        "agri",
        "bag",
    ),
    ("折叠轮椅", "京东", "https://item.jd.com/{n}.html", 39_900, 69_900, "other", "piece"),
    ("电子血压计", "京东", "https://item.jd.com/{n}.html", 12_900, 19_900, "other", "piece"),
    (
        "摩托车头盔",
        "拼多多",
        "https://mobile.yangkeduo.com/goods.html?goods_id={n}",
        4_900,
        8_900,
        "other",
        "piece",
    ),
    (
        "三轮车轮胎 4.00-12",
        "淘宝",
        "https://item.taobao.com/item.htm?id={n}",
        18_000,
        26_000,
        "other",
        "piece",
    ),
    (
        "草鱼苗 1000尾",
        "淘宝",
        "https://item.taobao.com/item.htm?id={n}",
        15_000,
        22_000,
        "agri",
        "bag",
    ),
)
ORDER_NOTES = (
    "农户要求到货后电话通知",
    "急用，请尽快下单",
    "帮在外打工的儿子买的",
    "到货后送到家",
    "孙子上学用",
)
CANCEL_PLACED = ("农户改主意不要了", "选错了商品，重新下单", "家里人已经买了")
CANCEL_ORDERED = ("平台缺货，订单取消", "商家迟迟不发货", "平台涨价，农户不要了")
REFUSED = ("农户拒收：尺码不合适", "农户拒收：颜色不对", "到货破损，农户拒收")
RETURN_REASONS = ("质量问题", "尺码不合适", "与描述不符", "农户不满意", "买重复了")

# -- consignment --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Produce:
    """How one kind of farm produce behaves at the point."""

    name: str
    months: tuple[int, ...]  # intake season
    shelf_days: int  # after this, whatever is left goes back to the farmer (or is spoiled)
    sale_chance: float  # chance that some of a batch sells on a given day
    channels: tuple[tuple[str, int], ...]  # (channel, weight)


PRODUCE = {
    "eggs": Produce(
        "鸡蛋",
        tuple(range(1, 13)),
        14,
        0.5,
        (("counter", 60), ("wholesale", 18), ("online", 18), ("other", 4)),
    ),
    "chickens": Produce(
        "散养土鸡",
        tuple(range(1, 13)),
        21,
        0.35,
        (("county", 50), ("counter", 28), ("online", 18), ("other", 4)),
    ),
    "walnuts": Produce(
        "核桃",
        (9, 10, 11, 12),
        100,
        0.15,
        (("online", 35), ("county", 25), ("counter", 20), ("wholesale", 20)),
    ),
    "honey": Produce(
        "蜂蜜", (5, 6, 7, 8, 9, 10), 150, 0.15, (("online", 50), ("counter", 35), ("county", 15))
    ),
    "millet": Produce(
        "小米", (10, 11, 12, 1, 2), 120, 0.15, (("online", 35), ("wholesale", 35), ("counter", 30))
    ),
}
BUYERS = {
    "counter": (None, None, None, "张婶", "李老师", "村卫生室", "邻村王老板", "过路游客"),
    "online": ("网店订单", "网店 张女士", "网店 刘先生", "网店 陈女士"),
    "wholesale": ("镇上超市", "县城农贸市场 刘老板", "镇中心小学食堂", "县城饭店"),
    "county": ("县电商服务中心",),
    "other": ("村委会", "驻村扶贫工作队"),
}
