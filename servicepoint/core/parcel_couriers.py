"""The one courier table of the parcel desk: names and the waybill patterns that recognise them.

A scanned waybill number is matched against the patterns in order; the first courier whose
pattern matches is suggested.  Numbers no pattern knows fall back to :data:`MANUAL`: the
operator chooses the courier by hand.  Patterns describe the number formats as they appear on
waybills at village points; they are a suggestion, never a refusal, so a courier that changes
its numbering only costs a choice by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InvalidInput


@dataclass(frozen=True)
class Courier:
    code: str
    zh: str
    en: str
    pattern: re.Pattern[str] | None


#: Checked in this order; the first match wins (the longer, prefixed formats come first).
COURIERS: tuple[Courier, ...] = (
    Courier("sf", "顺丰", "SF Express", re.compile(r"^SF[0-9]{12,13}$")),
    Courier("jd", "京东", "JD Logistics", re.compile(r"^JD[A-Z0-9]{11,14}$")),
    Courier("jt", "极兔", "J&T Express", re.compile(r"^JT[0-9]{13}$")),
    Courier("yto", "圆通", "YTO Express", re.compile(r"^YT[0-9]{13}$")),
    Courier(
        "ems", "邮政/EMS", "China Post / EMS", re.compile(r"^(E[A-Z][0-9]{9}CN|[19][0-9]{12})$")
    ),
    Courier("sto", "申通", "STO Express", re.compile(r"^77[0-9]{13}$")),
    Courier("zto", "中通", "ZTO Express", re.compile(r"^7[3-9][0-9]{10}([0-9]{2})?$")),
    Courier("yunda", "韵达", "Yunda Express", re.compile(r"^(3|4)[0-9]{12}$")),
)
#: The fallback: a courier chosen by hand for a number no pattern knows.
MANUAL = Courier("other", "其他", "Other", None)
ALL: tuple[Courier, ...] = (*COURIERS, MANUAL)
BY_CODE = {c.code: c for c in ALL}

_WAYBILL = re.compile(r"^[A-Z0-9]{8,32}$")


def clean_waybill(text: object, field: str = "waybill") -> str:
    """A scanned or typed waybill number: upper case, no spaces or dashes, 8–32 letters and
    digits; anything else is unreadable (a misread scan, a phone number scanned by mistake)."""
    if not isinstance(text, str):
        raise InvalidInput("waybill_unreadable", value=str(text)[:40])
    value = re.sub(r"[\s\-]", "", text).upper()
    if not _WAYBILL.match(value):
        raise InvalidInput("waybill_unreadable", value=text.strip()[:40])
    return value


def recognise(waybill: str) -> Courier:
    """The courier whose pattern matches ``waybill`` (already cleaned), else :data:`MANUAL`."""
    for courier in COURIERS:
        assert courier.pattern is not None
        if courier.pattern.match(waybill):
            return courier
    return MANUAL


def courier(code: object) -> Courier:
    """The courier of ``code``; an unknown code is refused."""
    found = BY_CODE.get(str(code))
    if found is None:
        raise InvalidInput("courier_unknown", value=str(code)[:20])
    return found


def name(code: str, lang: str = "zh_CN") -> str:
    c = BY_CODE.get(code)
    if c is None:
        return code
    return c.zh if lang.startswith("zh") else c.en


#: Destination provinces of outgoing parcels (the 31 mainland provincial divisions, HK, MO, TW).
PROVINCES = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
    "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门",
    "台湾",
)  # fmt: skip


def clean_province(text: object) -> str:
    value = str(text or "").strip()
    for suffix in ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区"):
        if value.endswith(suffix) and value[: -len(suffix)] in PROVINCES:
            value = value[: -len(suffix)]
    if value not in PROVINCES:
        raise InvalidInput("province_unknown", value=value[:20])
    return value
