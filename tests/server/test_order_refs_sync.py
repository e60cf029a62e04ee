"""Issue 12 #12: an order's platform order numbers, each with its platform, reach the county
as records of their own, and an older county database gains their table (revision 0003)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import inspect, select, text

from servicepoint.core import payments as pay
from servicepoint.server import schema
from servicepoint.server.storage import Storage, head_revision

from .scenario import rice


def test_several_platform_numbers_reach_the_county(enrolled, county):
    """Two numbers when the order is placed on the platforms, a third after arrival: the
    county holds all three with their platforms, and the order's summary of the numbers."""
    station = enrolled
    farmer = station.farmers.add("张三", phone="13800001234")
    order = station.purchasing.place(farmer.id, [rice(), rice(1000)], [pay.cash(11625)])
    station.purchasing.mark_ordered(order.id, [("拼多多", "240101-88"), ("京东", "JD778899")])
    station.purchasing.mark_arrived(order.id)
    station.purchasing.add_platform_refs(order.id, [("jd", "JD778900")])
    result = station.sync.run()
    assert result.ok, result.error
    refs = schema.records["order_platform_refs"]
    orders = schema.records["orders"]
    with county.storage.read() as conn:
        stored = conn.execute(
            select(
                refs.c.order_id, refs.c.platform, refs.c.platform_order_no, refs.c.station
            ).order_by(refs.c.created_at, refs.c.id)
        ).all()
        summary = conn.execute(
            select(orders.c.platform_order_no).where(orders.c.id == order.id)
        ).scalar()
    assert [tuple(r) for r in stored] == [
        (order.id, "pdd", "240101-88", "GJ01"),
        (order.id, "jd", "JD778899", "GJ01"),
        (order.id, "jd", "JD778900", "GJ01"),
    ]
    assert summary == "240101-88 JD778899 JD778900"
    assert station.check() == []


def test_an_older_county_database_gains_the_table(sqlite_url):
    """A county migrated before 0003 has no ``order_platform_refs``; opening it with this
    version adds the table (and a second open changes nothing)."""
    storage = Storage.open(sqlite_url)
    with storage.write() as conn:
        conn.execute(text("DROP TABLE order_platform_refs"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0002_receipt_stated_facts'"))
    storage.close()
    again = Storage.open(sqlite_url)
    found = inspect(again.engine)
    assert "order_platform_refs" in found.get_table_names()
    columns = {c["name"] for c in found.get_columns("order_platform_refs")}
    assert columns == {c.name for c in schema.records["order_platform_refs"].columns}
    with again.read() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()  # 0003 and every later revision ran
    again.close()


def test_an_order_ordered_on_one_of_two_platforms_reaches_the_county_still_paid(enrolled, county):
    """Issue 12 leftovers #1: the 京东 number of a 京东 + 拼多多 order is sent while the order
    is still paid-to-order; the county accepts it, then the order's status once the 拼多多
    number makes it ordered."""
    station = enrolled
    farmer = station.farmers.add("张三", phone="13800001234")
    order = station.purchasing.place(
        farmer.id, [rice(), dataclasses.replace(rice(1000), platform="拼多多")], [pay.cash(11625)]
    )
    station.purchasing.mark_ordered(order.id, [("京东", "JD1")])
    orders = schema.records["orders"]

    def county_order() -> tuple[str, str]:
        result = station.sync.run()
        assert result.ok, result.error
        with county.storage.read() as conn:
            row = conn.execute(
                select(orders.c.status, orders.c.platform_order_no).where(orders.c.id == order.id)
            ).one()
        return (row.status, row.platform_order_no)

    assert county_order() == ("placed", "JD1")
    station.purchasing.mark_ordered(order.id, [("拼多多", "P2")])
    assert county_order() == ("ordered", "JD1 P2")
    assert station.check() == []
