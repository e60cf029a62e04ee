"""One station as the county sees it (server/station_view.py): each figure equals what the
station's own books say after a sync."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.server import county as county_admin
from servicepoint.server import poverty, station_view
from servicepoint.server.reports import PURCHASE_KINDS

from .scenario import busy_day


def test_station_page_figures_equal_the_stations_books(enrolled, county):
    station = enrolled
    busy_day(station, n_orders=2, tag="a")
    farmer = station.farmers.add("王五", phone="13700000001")
    batch = station.consignment.intake(farmer.id, "核桃", 20, "bag")
    station.consignment.sell(batch.id, 3, 4000, [pay.cash(12000)])
    _sale, sold = station.consignment.sell(batch.id, 2, 4000, [pay.cash(8000)])
    station.receipts.void(sold.number, "买家退货")
    assert station.sync.run().ok
    with county.storage.write() as conn:
        county_admin.add_notice(conn, "收购通知", "本周五收购土鸡蛋。")
    day = station.clock.now().date().isoformat()
    kinds = ",".join(f"'{k}'" for k in PURCHASE_KINDS)
    one = station.records.scalar
    with county.storage.read() as conn:
        days = station_view.daily(conn, station.code, day, day)
        stock = station_view.stock(conn, station.code)
        due = station_view.settlements_due(conn, station.code)
        receipts = station_view.recent_receipts(conn, station.code, limit=500)
        notices = station_view.notices(conn)
        poor = poverty.figures(conn, day, day, station=station.code)
        others = station_view.daily(conn, "GJ99", day, day)
    assert others == []
    assert days == [
        {
            "day": day,
            "takings_fen": one(f"SELECT SUM(amount_fen) FROM payments WHERE kind IN ({kinds})"),
            "commission_fen": one("SELECT SUM(amount_fen) FROM commission_entries"),
        }
    ]
    assert days[0]["takings_fen"] > 0 and days[0]["commission_fen"] > 0
    # stock: every batch with goods on hand, as the station counts them
    on_hand = {row["trace_code"]: row["on_hand"] for row in stock}
    local = {
        b["trace_code"]: station.consignment.stock(b["id"]).on_hand
        for b in station.records.all("SELECT id, trace_code FROM consignment_batches")
    }
    assert on_hand == {code: n for code, n in local.items() if n > 0}
    assert on_hand[batch.trace_code] == 17  # 20 taken in, 3 sold, the voided sale of 2 back
    # settlements due: 王五's one live sale, net of commission; 张三a was settled
    local_due = station.settlement.farmers_due()
    assert [(d["farmer"], d["sales"], d["net_due_fen"]) for d in due] == [
        ("王五", n, net) for _fid, n, net in local_due
    ]
    assert len(due) == 1 and due[0]["sales"] == 1
    # receipts: the void and the voided sale receipt are told apart from the rest
    standing = {r["number"]: r["standing"] for r in receipts}
    assert len(standing) == one("SELECT COUNT(*) FROM receipts")
    assert standing[sold.number] == "voided"
    void_number = one("SELECT number FROM receipts WHERE voids_receipt_id = ?", (sold.id,))
    assert standing[void_number] == "void"
    assert (
        sum(1 for s in standing.values() if s == "valid")
        == len(standing)
        - one("SELECT COUNT(*) FROM receipts WHERE voids_receipt_id IS NOT NULL") * 2
    )
    assert [n["title"] for n in notices] == ["收购通知"]
    report = station.reports.poverty(day, day)
    assert [(r["station"], r["poor_households_served"]) for r in poor] == [
        (station.code, report.poor_households_served)
    ]
