"""Issue 12 #12, orders: several platform order numbers per order (each with its platform),
the net amount and 部分退货 after a partial return, and one rule for which steps an order
accepts (the core refuses what the window disables)."""

from __future__ import annotations

import json

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.errors import InvalidInput, InvalidState
from servicepoint.core.migrations import migrations
from servicepoint.core.order_refs import (
    ACTIONS,
    Ordering,
    PlatformRef,
    allowed_actions,
    of_list_row,
    ordering,
    ordering_of_list_row,
    progress,
)
from servicepoint.core.purchasing import STATUS_ZH, LineInput
from servicepoint.core.receipt_data import receipt_data


def rice(qty_g: int = 3650, platform: str = "京东") -> LineInput:
    return LineInput(
        qty_g,
        name="东北大米",
        unit_price_fen=1250,
        unit_code="jin",
        category_code="agri",
        platform=platform,
    )


def two_line_order(station, farmer):
    return station.purchasing.place(farmer.id, [rice(), rice(1000)], [pay.cash(11625)])


def refs_of(order) -> list[tuple[str, str]]:
    return [(r.platform, r.number) for r in order.platform_refs]


def test_one_order_keeps_several_numbers_each_with_its_platform(station, farmer):
    """Marked ordered with a 拼多多 and a 京东 number (names or codes, spaces around them
    stripped); a third number added after arrival; each row says who and when; the order's
    summary column carries all the numbers."""
    order = two_line_order(station, farmer)
    done = station.purchasing.mark_ordered(
        order.id, [("拼多多", " 240101-88 "), ("jd", "JD778899")]
    )
    assert done.status == "ordered"
    assert refs_of(done) == [("pdd", "240101-88"), ("jd", "JD778899")]
    assert all(r.operator_id and r.created_at for r in done.platform_refs)
    station.purchasing.mark_arrived(order.id)
    later = station.purchasing.add_platform_refs(order.id, [("京东", "JD778900")])
    assert refs_of(later)[-1] == ("jd", "JD778900") and later.status == "arrived"
    assert later.platform_order_no == "240101-88 JD778899 JD778900"
    row = station.purchasing.list()[0]
    assert [(r.platform, r.number) for r in of_list_row(row)] == refs_of(later)
    assert station.check() == []


@pytest.mark.parametrize(
    ("refs", "code"),
    [
        ([("jd", "JD1"), ("京东", "JD1")], "platform_ref_twice"),
        ([("亚马逊", "A1")], "platform_unknown"),
        ([("jd", "JD 1")], "code_bad_characters"),
        ([("jd", "   ")], "field_required"),
        ([], "platform_refs_missing"),
    ],
)
def test_bad_references_are_refused_and_write_nothing(station, farmer, refs, code):
    order = two_line_order(station, farmer)
    before = station.records.scalar("SELECT COUNT(*) FROM outbox")
    with pytest.raises(InvalidInput) as info:
        station.purchasing.mark_ordered(order.id, refs)
    assert info.value.code == code
    assert station.purchasing.get(order.id).status == "placed"
    assert station.records.scalar("SELECT COUNT(*) FROM outbox") == before
    assert station.records.scalar("SELECT COUNT(*) FROM order_platform_refs") == 0


def test_a_number_already_on_the_order_is_refused_on_the_same_platform_only(station, farmer):
    order = two_line_order(station, farmer)
    station.purchasing.mark_ordered(order.id, [("jd", "123456")])
    with pytest.raises(InvalidInput) as info:
        station.purchasing.add_platform_refs(order.id, [("京东", "123456")])
    assert info.value.code == "platform_ref_twice"
    assert "京东" in str(info.value) and "123456" in str(info.value)
    same_number_other_platform = station.purchasing.add_platform_refs(order.id, [("pdd", "123456")])
    assert refs_of(same_number_other_platform) == [("jd", "123456"), ("pdd", "123456")]


def test_the_references_travel_in_the_change_log(station, farmer):
    """Each reference is its own synced record: an outbox insert carrying the order, the
    platform and the number; the order's update carries the summary."""
    order = two_line_order(station, farmer)
    station.purchasing.mark_ordered(order.id, [("pdd", "P1"), ("jd", "J2")])
    sent = [
        json.loads(r["payload"])
        for r in station.records.all(
            "SELECT payload FROM outbox WHERE entity = 'order_platform_refs' ORDER BY seq"
        )
    ]
    assert [(p["order_id"], p["platform"], p["platform_order_no"]) for p in sent] == [
        (order.id, "pdd", "P1"),
        (order.id, "jd", "J2"),
    ]
    assert all(p["station"] == "GJ01" and p["operator_id"] for p in sent)
    update = json.loads(
        station.records.scalar(
            "SELECT payload FROM outbox WHERE entity = 'orders' AND op = 'update' "
            "ORDER BY seq DESC LIMIT 1"
        )
    )
    assert update["fields"]["platform_order_no"] == "P1 J2"


def test_migration_moves_an_existing_number_into_the_references(station, farmer, clock):
    """A station from before 0006 has one number in the order's column: the migration makes
    it the order's first reference (on the platform its lines all name), with the time and
    operator of the "ordered" event, and logs it for sync."""
    jd = two_line_order(station, farmer)
    mixed = station.purchasing.place(farmer.id, [rice(), rice(1000, "拼多多")], [pay.cash(11625)])
    op = station.require_operator()
    db = station.db
    for order, number in ((jd, "JD778899"), (mixed, "X-1")):
        db.execute(
            "UPDATE orders SET platform_order_no = ?, status = 'ordered' WHERE id = ?",
            (number, order.id),
        )
        db.execute(
            "INSERT INTO order_events (id, station, change_seq, order_id, event, detail, "
            "created_at, operator_id) VALUES (?, 'GJ01', 0, ?, 'ordered', ?, "
            "'2026-11-20T09:30:00.000+08:00', ?)",
            (station.new_id(), order.id, number, op.id),
        )
    # back to a station before 0006
    db.execute("DROP TABLE order_platform_refs")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_platform_order_refs'")
    assert [m.name for m in migrations.pending(db)] == ["0006_platform_order_refs"]
    migrations.apply(db)
    moved = station.purchasing.get(jd.id).platform_refs
    assert moved == [PlatformRef("jd", "JD778899", "2026-11-20T09:30:00.000+08:00", op.id)]
    assert refs_of(station.purchasing.get(mixed.id)) == [("other", "X-1")]
    logged = station.records.all(
        "SELECT o.payload FROM outbox o JOIN order_platform_refs r ON r.change_seq = o.seq "
        "AND r.id = o.record_id WHERE o.entity = 'order_platform_refs'"
    )
    assert len(logged) == 2
    assert {json.loads(r["payload"])["platform_order_no"] for r in logged} == {"JD778899", "X-1"}
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE order_platform_refs SET platform = 'pdd'")


def test_partial_return_shows_the_net_and_partly_returned(station, farmer):
    """After one of two lines comes back the order shows its net amount and 部分退货, in the
    order and in the list; returning the rest keeps the ordinary 已退货."""
    order = two_line_order(station, farmer)
    station.purchasing.mark_ordered(order.id, [("jd", "JD1")])
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    first = order.lines[1]
    station.purchasing.return_lines(order.id, "坏了", [first.id])
    partly = station.purchasing.get(order.id)
    assert (partly.status, partly.shown_status) == ("completed", "partly_returned")
    assert partly.returned_fen == first.line_total_fen == 2500
    assert partly.net_fen == 11625 - 2500
    assert partly.net_commission_fen == partly.commission_fen - first.commission_fen
    row = station.purchasing.list()[0]
    assert (row["returned_lines"], row["returned_fen"]) == (1, 2500)
    station.purchasing.return_lines(order.id, "都不要了")
    full = station.purchasing.get(order.id)
    assert (full.status, full.shown_status, full.net_fen) == ("returned", "returned", 0)


def test_allowed_actions_follow_the_state_and_the_core_refuses_the_rest(station, farmer):
    """One rule: what ``allowed_actions`` leaves out, the core refuses (a parcel does not
    arrive before the order is on a platform; nothing is added to a cancelled order)."""
    p = station.purchasing
    order = two_line_order(station, farmer)
    expected = {
        "placed": {"place", "cancel", "void", "reprint"},
        "ordered": {"add_ref", "arrived", "cancel", "void", "reprint"},
        "arrived": {"add_ref", "pickup", "cancel", "void", "reprint"},
        "completed": {"return", "reprint"},  # picked up: no more numbers (issue 12 walk)
    }
    assert allowed_actions(p.get(order.id)) == expected["placed"]
    with pytest.raises(InvalidState):
        p.mark_arrived(order.id)
    with pytest.raises(InvalidState):
        p.add_platform_refs(order.id, [("jd", "J1")])
    p.mark_ordered(order.id, [("jd", "J1")])
    assert allowed_actions(p.get(order.id)) == expected["ordered"]
    with pytest.raises(InvalidState):
        p.mark_ordered(order.id, [("jd", "J2")])
    with pytest.raises(InvalidState):
        p.complete(order.id)
    p.mark_arrived(order.id)
    assert allowed_actions(p.get(order.id)) == expected["arrived"]
    p.complete(order.id)
    assert allowed_actions(p.get(order.id)) == expected["completed"]
    with pytest.raises(InvalidState):
        p.cancel(order.id, "不要了")
    with pytest.raises(InvalidState):
        p.add_platform_refs(order.id, [("jd", "J5")])
    p.return_lines(order.id, "都不要了")
    assert allowed_actions(p.get(order.id)) == {"reprint"}
    cancelled = two_line_order(station, farmer)
    p.cancel(cancelled.id, "不要了")
    assert allowed_actions(p.get(cancelled.id)) == {"reprint"}
    with pytest.raises(InvalidState):
        p.add_platform_refs(cancelled.id, [("jd", "J9")])
    assert set().union(*expected.values()) == set(ACTIONS)


def test_the_pickup_slip_names_each_platform_number_and_has_a_signature_line(station, farmer):
    """The pickup slip lists the order's numbers with their platforms, still reads 已取货 on a
    reprint after a line came back (it is the slip as issued), and ends with the farmer's
    signature line."""
    order = two_line_order(station, farmer)
    station.purchasing.mark_ordered(order.id, [("pdd", "240101-88"), ("jd", "JD778899")])
    station.purchasing.mark_arrived(order.id)
    _done, slip = station.purchasing.complete(order.id)
    data = receipt_data(station, slip.number)
    fields = {p.label: p.value for p in data.fields}
    assert fields["平台单号"] == "拼多多 240101-88; 京东 JD778899"
    assert data.signature == "农户签字（确认已取货）"
    station.purchasing.return_lines(order.id, "坏了", [order.lines[0].id])
    again = {p.label: p.value for p in receipt_data(station, slip.number).fields}
    assert again["订单状态"] == "已取货"


def events_of(station, order_id) -> list[str]:
    return [
        r["event"]
        for r in station.records.all(
            "SELECT event FROM order_events WHERE order_id = ? ORDER BY rowid", (order_id,)
        )
    ]


def test_an_order_split_across_platforms_is_ordered_once_each_has_a_number(station, farmer):
    """Issue 12 leftovers #1: a 京东 and a 拼多多 line.  The 京东 number alone keeps the order
    paid-to-order (1 of 2 platforms, 拼多多 still waiting; no parcel may arrive); the 拼多多
    number makes it ordered, with the one "ordered" event, as the list row says too."""
    p = station.purchasing
    order = p.place(farmer.id, [rice(), rice(1000, "拼多多")], [pay.cash(11625)])
    half = p.mark_ordered(order.id, [("jd", "J1")])
    assert half.status == "placed" and refs_of(half) == [("jd", "J1")]
    assert progress(half) == Ordering(1, 2, ("pdd",))
    assert "arrived" not in allowed_actions(half) and "place" in allowed_actions(half)
    with pytest.raises(InvalidState):
        p.mark_arrived(order.id)
    assert ordering_of_list_row(p.list()[0]) == Ordering(1, 2, ("pdd",))
    assert events_of(station, order.id) == ["placed", "platform_ref"]
    assert half.platform_order_no == "J1"
    full = p.mark_ordered(order.id, [("拼多多", "P2")])
    assert full.status == "ordered" and progress(full).complete
    assert events_of(station, order.id) == ["placed", "platform_ref", "ordered"]
    assert full.platform_order_no == "J1 P2"
    assert ordering_of_list_row(p.list()[0]) is None  # ordered: nothing left to show
    p.add_platform_refs(order.id, [("jd", "J3")])
    assert events_of(station, order.id).count("ordered") == 1
    assert p.mark_arrived(order.id).status == "arrived"
    assert station.check() == []


@pytest.mark.parametrize(
    ("lines", "refs", "expected"),
    [
        (["京东", "拼多多", None], ["jd"], Ordering(1, 2, ("pdd",))),
        (["京东", None, "亚马逊", "其他平台"], ["jd"], Ordering(1, 1, ())),
        ([None, None], [], Ordering(0, 1, ("other",))),
        ([None, "其他平台"], ["taobao"], Ordering(1, 1, ())),
        (["jd", "JD.com"], ["pdd"], Ordering(1, 2, ("jd",))),
        ([None, "拼多多"], ["jd"], Ordering(1, 2, ("pdd",))),  # the walk's catalogue rice
    ],
)
def test_which_platforms_an_order_waits_for(lines, refs, expected):
    """Each named platform needs its number; lines naming none (or an unknown one, or 其他平台)
    wait for no number of their own, and an order of such lines only takes any number."""
    assert ordering(lines, refs) == expected


def test_a_plain_number_belongs_to_the_one_platform_the_lines_name(station, farmer):
    """A number given with no platform (as before several numbers) orders a 京东-only order
    on 京东; on an order split across platforms it is kept on 其他平台 and orders nothing."""
    p = station.purchasing
    jd = p.mark_ordered(two_line_order(station, farmer).id, "JD1")
    assert (jd.status, refs_of(jd)) == ("ordered", [("jd", "JD1")])
    mixed = p.place(farmer.id, [rice(), rice(1000, "拼多多")], [pay.cash(11625)])
    kept = p.mark_ordered(mixed.id, "X1")
    assert (kept.status, refs_of(kept)) == ("placed", [("other", "X1")])


def test_a_voided_order_shows_voided_and_nets_nothing(station, farmer):
    """Issue 12 leftovers #2: voiding the purchase receipt cancels the order; it reads
    已作废 with a net of ¥0.00 (all of it went back), in the order and its list row, while a
    cancelled order reads 已取消 and nets nothing either."""
    p = station.purchasing
    voided = two_line_order(station, farmer)
    station.receipts.void(voided.number, "录错了")
    cancelled = two_line_order(station, farmer)
    p.cancel(cancelled.id, "不要了")
    kept = two_line_order(station, farmer)
    got = p.get(voided.id)
    assert (got.status, got.shown_status, got.net_fen) == ("cancelled", "voided", 0)
    other = p.get(cancelled.id)
    assert (other.shown_status, other.net_fen) == ("cancelled", 0)
    assert p.get(kept.id).net_fen == 11625
    rows = {r["id"]: r for r in p.list()}
    assert [bool(rows[o.id]["voided"]) for o in (voided, cancelled, kept)] == [True, False, False]
    assert STATUS_ZH["voided"] == "已作废"
