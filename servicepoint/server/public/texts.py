"""The check page's words, Chinese first: one table, each message whole in one language.

``text(lang)`` gives the page every message in one language; the page never mixes the two in
one line.  The county's API messages stay in ``core/messages.py``; these are the page's own,
written for a farmer reading a phone, not for an operator."""

from __future__ import annotations

LANGS = ("zh", "en")

#: key -> (Chinese, English)
TEXTS: dict[str, tuple[str, str]] = {
    "title": ("收据查验", "Receipt check"),
    "centre": ("县电商服务中心", "County e-commerce service centre"),
    "genuine": ("真", "Genuine"),
    "forged": ("假", "Not genuine"),
    "voided": ("已作废", "Voided"),
    "busy": ("请稍后再试", "Please wait"),
    "genuine_synced": (
        "这张收据是服务站开具的，县中心已收到它的记录。",
        "A service point issued this receipt, and the county holds its record.",
    ),
    "genuine_unsynced": (
        "这张收据的签名正确。服务站还没有把它同步到县中心，同步后可再查一次。",
        "This receipt's signature is right. The service point has not sent it to the county "
        "yet; check again after its next sync.",
    ),
    "genuine_label": (
        "这个追溯标签是服务站签发的，签名正确。",
        "A service point issued this trace label; its signature is right.",
    ),
    "voided_note": (
        "服务站已作废这张收据，它上面的款项已经冲销。请向服务站询问。",
        "The service point voided this receipt and reversed its money. Ask the service point.",
    ),
    "signature_wrong": (
        "收据上的内容和签名对不上，可能被改过。请拿着收据去服务站或县中心问清楚。",
        "What the receipt says does not match its signature: it may have been altered. Take "
        "it to the service point or the county centre.",
    ),
    "station_unknown": (
        "县中心不认识开这张收据的服务站。请拿着收据去县中心问清楚。",
        "The county does not know the service point named on this receipt. Take it to the "
        "county centre.",
    ),
    "not_ours": (
        "这不是本县服务站收据上的二维码。",
        "This is not the QR code of a receipt from this county's service points.",
    ),
    "rate_limited": (
        "查询太频繁了。请 {seconds} 秒后再扫一次。",
        "Too many checks from this network. Scan again in {seconds} seconds.",
    ),
    "station": ("服务站", "Service point"),
    "number": ("收据号", "Receipt no."),
    "trace": ("追溯码", "Trace code"),
    "date": ("日期", "Date"),
    "amount": ("金额", "Amount"),
    "privacy": (
        "本页只显示服务站、日期和金额，不显示农户的姓名、电话或证件号。",
        "This page shows the service point, date and amount only: never a farmer's name, "
        "phone or ID number.",
    ),
    "other_lang": ("English", "中文"),
}


def text(lang: str) -> dict[str, str]:
    """Every message of the page in ``lang`` (``zh`` or ``en``)."""
    index = LANGS.index(lang)
    return {key: pair[index] for key, pair in TEXTS.items()}


def lang_of(asked: str | None) -> str:
    """``en`` when asked for, else Chinese."""
    return "en" if (asked or "").strip().lower() in ("en", "en-us", "en_us", "english") else "zh"
