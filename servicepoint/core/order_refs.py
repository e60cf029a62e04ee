"""An order's platform order numbers, each with its platform, and what an order may do next.

One order is often bought in parts: the fertiliser on 拼多多, the sprayer on 京东.  Each part has
its own platform order number, so an order keeps a list of (platform, number) references in
the append-only, synced table ``order_platform_refs`` (migration ``0006_platform_order_refs``).
The order's own ``platform_order_no`` column still carries the numbers, separated by a space,
so a county report or an older screen reading that column keeps finding them.

A paid order becomes ordered (status "ordered", its one "ordered" event) only once every
platform its lines name has a number (:func:`ordering`); until then it stays "placed" and the
window shows how far it got (已下单 1/2 个平台) and which platform still waits.

:func:`allowed_actions` is the one place that says which steps an order accepts in its state:
``Purchasing`` refuses every other step with it, and the window enables exactly its buttons.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput, InvalidState
from .text import clean_code

if TYPE_CHECKING:
    from .purchasing import Order, Purchasing

#: The platforms a point buys on: code → (Chinese name, English name).  The code is stored.
PLATFORMS: dict[str, tuple[str, str]] = {
    "pdd": ("拼多多", "Pinduoduo"),
    "jd": ("京东", "JD.com"),
    "taobao": ("淘宝", "Taobao"),
    "cuntao": ("农村淘宝", "Rural Taobao"),
    "suning": ("苏宁易购", "Suning"),
    "douyin": ("抖音", "Douyin"),
    "kuaishou": ("快手", "Kuaishou"),
    "other": ("其他平台", "Other platform"),
}
OTHER = "other"
#: More parts than this on one order is a typing accident, not a purchase.
MAX_REFS = 20
NUMBER_MAX = 64

#: The steps on an order, as ``allowed_actions`` names them.
ACTIONS = ("place", "add_ref", "arrived", "pickup", "cancel", "return", "void", "reprint")


@dataclass(frozen=True)
class PlatformRef:
    platform: str  # a PLATFORMS code
    number: str
    created_at: str = ""
    operator_id: str = ""

    @property
    def platform_zh(self) -> str:
        return platform_name(self.platform, "zh_CN")


def platform_name(code: str, lang: str = "zh_CN") -> str:
    """The platform's name in ``lang``; an unknown code (a newer station's) as it is."""
    names = PLATFORMS.get(code)
    if names is None:
        return code
    return names[0] if lang.startswith("zh") else names[1]


def platform_code(name: str | None) -> str | None:
    """The code of a platform given by code or by its Chinese or English name, else None."""
    if name is None:
        return None
    text = name.strip()
    if text in PLATFORMS:
        return text
    for code, names in PLATFORMS.items():
        if text in names:
            return code
    return None


def compact(refs: Sequence[PlatformRef], lang: str = "zh_CN") -> str:
    """References in one short line for a table cell: ``京东 123; 拼多多 456``."""
    return "; ".join(f"{platform_name(r.platform, lang)} {r.number}" for r in refs)


def clean_refs(
    refs: str | Sequence[tuple[str, str]], existing: Sequence[PlatformRef] = ()
) -> list[PlatformRef]:
    """The references as entered, checked: a known platform, a number that is one code
    (stripped, no spaces), no pair twice, on this order or in the list.  A plain string is
    one number on the "other" platform (what a single number meant before 0006)."""
    pairs = [(OTHER, refs)] if isinstance(refs, str) else list(refs)
    if not pairs:
        raise InvalidInput("platform_refs_missing")
    if len(pairs) + len(existing) > MAX_REFS:
        raise InvalidInput("platform_refs_too_many", max=MAX_REFS)
    seen = {(r.platform, r.number) for r in existing}
    cleaned = []
    for platform, number in pairs:
        code = platform_code(platform) if isinstance(platform, str) else None
        if code is None:
            raise InvalidInput("platform_unknown", platform=str(platform)[:20])
        text = clean_code(number, "platform_order_no", max_len=NUMBER_MAX)
        assert text is not None
        if (code, text) in seen:
            raise InvalidInput(
                "platform_ref_twice",
                platform=platform_name(code, "zh_CN"),
                platform_en=platform_name(code, "en"),
                ref=text,
            )
        seen.add((code, text))
        cleaned.append(PlatformRef(code, text))
    return cleaned


def allowed_actions(order: Order) -> frozenset[str]:
    """The steps ``order`` accepts now.  The core checks every step against this and the
    window enables exactly these buttons, so the two cannot disagree.

    A parcel can only arrive once it was ordered on a platform (its number is what the
    operator matches the parcel with); platform numbers can be added while the order is
    being fulfilled, not once the farmer picked it up nor to a cancelled one."""
    status = order.status  # "placed" until every platform has a number (``ordering``)
    found = {"reprint"}
    if status == "placed":
        found |= {"place", "cancel", "void"}
    elif status == "ordered":
        found |= {"add_ref", "arrived", "cancel", "void"}
    elif status == "arrived":
        found |= {"add_ref", "pickup", "cancel", "void"}
    # picked up: every part has arrived, no number to add; what is not returned may be
    elif status == "completed" and any(not li.returned for li in order.lines):
        found.add("return")
    return frozenset(found)


def require_action(orders: Purchasing, order_id: str, action: str) -> Order:
    """The order, when ``action`` is one of its allowed actions; else the refusal naming its
    state (``order_wrong_status``)."""
    from .purchasing import STATUS_ZH

    orders._s.require_operator()
    order = orders.get(order_id)
    if action not in allowed_actions(order):
        raise InvalidState(
            "order_wrong_status",
            number=order.number,
            status=STATUS_ZH[order.status],
            status_en=order.status,
        )
    return order


def write_refs(orders: Purchasing, order: Order, refs: Sequence[PlatformRef]) -> str:
    """Write ``refs`` (already checked) for ``order``; the numbers for the order's summary
    column come back.  The caller holds the transaction."""
    s = orders._s
    now = s.clock.stamp()
    op = s.require_operator()
    for ref in refs:
        s.records.insert(
            "order_platform_refs",
            {
                "order_id": order.id,
                "platform": ref.platform,
                "platform_order_no": ref.number,
                "created_at": now,
                "operator_id": op.id,
            },
        )
    return " ".join(r.number for r in (*order.platform_refs, *refs))


def add(
    orders: Purchasing, order_id: str, refs: str | Sequence[tuple[str, str]], action: str
) -> None:
    """``Purchasing.mark_ordered`` (``action`` "place") and ``add_platform_refs``: keep the
    refs, update the order's summary column, and mark a paid order ordered (status and its
    one "ordered" event) only when the numbers now cover every platform (:func:`ordering`);
    a number that leaves a platform still waiting writes a "platform_ref" event instead.

    A plain string (one number with no platform, as before 0006) belongs to the platform the
    order's lines all name, else to "other"."""
    order = require_action(orders, order_id, action)
    if isinstance(refs, str):
        named = {platform_code(li.platform) or OTHER for li in order.lines} - {OTHER}
        refs = [(named.pop() if len(named) == 1 else OTHER, refs)]
    cleaned = clean_refs(refs, order.platform_refs)
    s = orders._s
    with s.records.atomic():
        numbers = write_refs(orders, order, cleaned)
        after = [r.platform for r in (*order.platform_refs, *cleaned)]
        if order.status == "placed" and ordering(order.lines, after).complete:
            orders._set_status(order, "ordered", {"platform_order_no": numbers}, detail=numbers)
            return
        version = int(s.records.scalar("SELECT version FROM orders WHERE id = ?", (order.id,)))
        s.records.update(
            "orders",
            order.id,
            {"platform_order_no": numbers, "updated_at": s.clock.stamp()},
            base_version=version,
        )
        orders._event(order.id, "platform_ref", " ".join(r.number for r in cleaned))


@dataclass(frozen=True)
class Ordering:
    """How far a paid order got on its platforms: ``done`` of ``needed`` have a number;
    ``missing`` names the platforms still waiting, in the order the lines name them."""

    done: int
    needed: int
    missing: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing


def ordering(lines: Iterable[Any], ref_platforms: Iterable[str]) -> Ordering:
    """Which platforms ``lines`` (order lines, or their platform texts) need a number on,
    given the platforms of the numbers kept.

    Each platform a line names (by code or name) needs one number on that platform.  A line
    that names none, one the station does not know, or 其他平台, needs no number of its own:
    the station cannot know which part it was bought in (a catalogue item, or one bought in
    the same 京东 order as the rest), so requiring one would make the operator invent a
    number.  When no line names a platform, any one number (其他平台 included) orders the
    whole order, as a single number always did."""
    named: list[str] = []
    for line in lines:
        code = platform_code(line if isinstance(line, str) or line is None else line.platform)
        if code is not None and code != OTHER and code not in named:
            named.append(code)
    have = set(ref_platforms)
    if not named:
        return Ordering(1 if have else 0, 1, () if have else (OTHER,))
    missing = tuple(code for code in named if code not in have)
    # A number on a platform no line names (the catalogue rice bought on 京东 beside a 拼多多
    # sprayer) is a part ordered too: it counts in how far the order got (1/2), never in
    # what is still missing; before, such an order read 已付款待下单 with a number kept.
    extra = len({code for code in have if code not in named})
    return Ordering(len(named) - len(missing) + extra, len(named) + extra, missing)


_VOIDED = (
    "EXISTS (SELECT 1 FROM receipts p JOIN receipts v ON v.voids_receipt_id = p.id "
    "WHERE p.ref_id = o.id AND p.kind = 'purchase')"
)
#: A ``Purchasing.list`` row's extra columns: its platform references ("code number" a line,
#: in the order added); for a paid order not yet ordered, its lines' platforms (a line each,
#: empty when none) to show how far it got; for a cancelled one, whether it was a void.
LIST_COLUMNS = (
    "(SELECT GROUP_CONCAT(x, char(10)) FROM (SELECT p.platform || ' ' || p.platform_order_no "
    "AS x FROM order_platform_refs p WHERE p.order_id = o.id ORDER BY p.created_at, p.rowid)) "
    "AS platform_refs, "
    "CASE WHEN o.status = 'placed' THEN (SELECT GROUP_CONCAT(COALESCE(l.platform, ''), "
    "char(10)) FROM order_lines l WHERE l.order_id = o.id) END AS line_platforms, "
    f"CASE WHEN o.status = 'cancelled' THEN {_VOIDED} ELSE 0 END AS voided"
)


def progress(order: Order) -> Ordering:
    """How far ``order`` got on its platforms (:func:`ordering` of its lines and numbers)."""
    return ordering(order.lines, [r.platform for r in order.platform_refs])


def ordering_of_list_row(row: dict[str, Any]) -> Ordering | None:
    """How far a paid order of a ``Purchasing.list`` row got; None for any other status."""
    if row.get("status") != "placed" or row.get("line_platforms") is None:
        return None
    lines = [text or None for text in str(row["line_platforms"]).split("\n")]
    return ordering(lines, [r.platform for r in of_list_row(row)])


def of_list_row(row: dict[str, Any]) -> list[PlatformRef]:
    """The references of a ``Purchasing.list`` row (its ``platform_refs`` text)."""
    text = row.get("platform_refs") or ""
    return [PlatformRef(*part.split(" ", 1)) for part in text.split("\n") if " " in part]


def voided(orders: Purchasing, order_id: str) -> bool:
    """Whether the order's purchase receipt was voided (the order is then cancelled)."""
    return bool(orders._s.records.scalar("SELECT " + _VOIDED.replace("o.id", "?"), (order_id,)))


def read_refs(orders: Purchasing, order_id: str) -> list[PlatformRef]:
    return [
        PlatformRef(r["platform"], r["platform_order_no"], r["created_at"], r["operator_id"])
        for r in orders._s.records.all(
            "SELECT platform, platform_order_no, created_at, operator_id "
            "FROM order_platform_refs WHERE order_id = ? ORDER BY created_at, rowid",
            (order_id,),
        )
    ]
