"""Validation of text the operator types: names, phones, ID and card numbers, notes, months;
and the pinyin keys a name is searched by.

Receipt printers print GB18030 text through a CJK font that has no emoji and nothing outside
the Basic Multilingual Plane, so such characters are refused at the door rather than printed
as boxes.  Names may not contain SQL or shell punctuation: no real name needs ``;`` or quotes,
and refusing them keeps imported junk out of the farmer list.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .errors import InvalidInput

NAME_MAX = 40
TEXT_MAX = 200
NOTE_MAX = 500
CARD_MAX = 30  # a poverty-card number

_NAME_OK = re.compile(r"^[\w\u00b7\u30fb\-\(\)（）. ]+$")
_SQLISH = re.compile(r"(--|;|/\*|\*/|'|\"|`|\\)")
_MOBILE = re.compile(r"^1[3-9][0-9]{9}$")
_LANDLINE = re.compile(r"^0[1-9][0-9]{1,2}-?[0-9]{7,8}$")
_ID18 = re.compile(r"^[0-9]{17}[0-9X]\Z")
_CODE = re.compile(r"^[A-Za-z0-9\-_/]+$")
_MONTH = re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])\Z")


def _is_emoji_or_astral(ch: str) -> bool:
    cp = ord(ch)
    return (
        cp > 0xFFFF
        or 0x2600 <= cp <= 0x27BF
        or 0x231A <= cp <= 0x23FF
        or 0x2B00 <= cp <= 0x2BFF
        or 0xFE00 <= cp <= 0xFE0F
        or cp in (0x200D, 0x20E3)
    )


def clean_text(
    value: object, field: str, *, required: bool = True, max_len: int = TEXT_MAX
) -> str | None:
    """Trim and check free text. Returns ``None`` for an empty optional field."""
    if value is None:
        if required:
            raise InvalidInput("field_required", field=field)
        return None
    if not isinstance(value, str):
        raise InvalidInput("field_not_text", field=field)
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        if required:
            raise InvalidInput("field_required", field=field)
        return None
    if len(text) > max_len:
        raise InvalidInput("field_too_long", field=field, max=max_len, length=len(text))
    for ch in text:
        if _is_emoji_or_astral(ch):
            raise InvalidInput("field_has_emoji", field=field)
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch not in "\n\t":
            raise InvalidInput("field_has_control", field=field)
    return text


def clean_name(value: object, field: str = "name", *, required: bool = True) -> str | None:
    """A person's, product's or place's name: letters (any script), digits, spaces, · - ( )."""
    text = clean_text(value, field, required=required, max_len=NAME_MAX)
    if text is None:
        return None
    if _SQLISH.search(text) or not _NAME_OK.match(text):
        raise InvalidInput("name_bad_characters", field=field, value=text)
    return text


def clean_item_name(value: object, field: str = "item_name") -> str:
    """Product names from platforms carry more punctuation (+, /, %, ×) than people's names."""
    text = clean_text(value, field, max_len=TEXT_MAX)
    assert text is not None
    if _SQLISH.search(text):
        raise InvalidInput("name_bad_characters", field=field, value=text[:40])
    return text


def clean_phone(value: object, *, required: bool = False) -> str | None:
    """Mainland mobile (11 digits from 13x–19x) or landline with area code."""
    text = clean_text(value, "phone", required=required, max_len=20)
    if text is None:
        return None
    digits = re.sub(r"[\s\-]", "", text)
    if digits.startswith("+86"):
        digits = digits[3:]
    if _MOBILE.match(digits):
        return digits
    if _LANDLINE.match(text.replace(" ", "")) or re.fullmatch(r"0[1-9][0-9]{8,10}", digits):
        return digits
    raise InvalidInput("phone_malformed", value=text)


def mask_phone(phone: str | None) -> str:
    """138****0000 for receipts (BRIEF §3 privacy)."""
    if not phone:
        return ""
    if len(phone) <= 7:
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def clean_id_number(value: object) -> str | None:
    """18-character resident ID with its ISO 7064 MOD 11-2 check digit."""
    text = clean_text(value, "id_number", required=False, max_len=18)
    if text is None:
        return None
    text = text.upper()
    if not _ID18.match(text):
        raise InvalidInput("id_number_malformed")
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(text[:17], weights, strict=True))
    if "10X98765432"[total % 11] != text[17]:
        raise InvalidInput("id_number_malformed")
    return text


def clean_code(
    value: object, field: str, *, required: bool = True, max_len: int = 40
) -> str | None:
    """References and codes: platform order numbers, card numbers, SKUs, payment refs."""
    text = clean_text(value, field, required=required, max_len=max_len)
    if text is None:
        return None
    if not _CODE.match(text):
        raise InvalidInput("code_bad_characters", field=field, value=text[:40])
    return text


def clean_link(value: object, field: str = "link_ref") -> str | None:
    """A product link or platform reference; URLs have punctuation, but never quotes."""
    text = clean_text(value, field, required=False, max_len=TEXT_MAX)
    if text is None:
        return None
    if any(c in text for c in "'\"`;\\ "):
        raise InvalidInput("code_bad_characters", field=field, value=text[:40])
    return text


def check_month(month: str) -> str:
    """A calendar month as ``YYYY-MM`` (a commission period)."""
    if not isinstance(month, str) or not _MONTH.match(month):
        raise InvalidInput("month_malformed", value=str(month)[:20])
    return month


def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) in lower case without spaces: 张三 → ("zhangsan", "zs")."""
    # Imported here: pypinyin's phrase tables take 150 ms and tens of MB to load, and only
    # adding or renaming a farmer or an item needs them (search reads the stored keys).
    from pypinyin import Style, lazy_pinyin

    full = "".join(lazy_pinyin(name, errors="default")).lower()
    initials = "".join(p[:1] for p in lazy_pinyin(name, style=Style.FIRST_LETTER)).lower()
    return re.sub(r"[^a-z0-9]", "", full), re.sub(r"[^a-z0-9]", "", initials)


@lru_cache(maxsize=4096)
def _search_keys(text: str) -> tuple[str, str, str]:
    """(the text in lower case, its full pinyin, its initials), remembered: a list filtered on
    every key press asks for the same few hundred names again and again."""
    full, initials = pinyin_keys(text)
    return text.lower(), full, initials


def matches_search(query: str, *texts: str | None) -> bool:
    """Whether ``query`` finds one of ``texts`` the way the farmer and catalogue searches do:
    a piece of the text itself, of its full pinyin (tudan), or of its pinyin initials (tjd
    for 土鸡蛋), case and spaces ignored.  An empty query finds everything.  For lists that
    are filtered in memory (the consignment stock), so they search like the rest."""
    q = "".join(query.split()).lower()
    if not q:
        return True
    for text in texts:
        if not text:
            continue
        plain, full, initials = _search_keys(text)
        if q in plain or q in "".join(plain.split()) or q in full or q in initials:
            return True
    return False
