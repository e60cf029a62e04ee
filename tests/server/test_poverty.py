"""Poverty-alleviation monitoring at the county (扶贫监测): the station's own figures, per
station and month, and the watch list of poor households nobody paid lately."""

from __future__ import annotations

from datetime import date, datetime

from servicepoint.core import Station
from servicepoint.core import payments as pay
from servicepoint.core.ids import CHINA_TZ
from servicepoint.core.purchasing import LineInput
from servicepoint.server import poverty

from .conftest import second_station
from .scenario import busy_day
from .test_county_admin import settle_with_offset

FIELDS = (
    "households_served",
    "poor_households_served",
    "purchases_for_poor_fen",
    "consignment_sales_for_poor_fen",
    "payouts_to_poor_fen",
    "offsets_for_poor_fen",
    "income_to_poor_fen",
)


def station_figures(station: Station, day_from: str, day_to: str) -> dict[str, int]:
    report = station.reports.poverty(day_from, day_to)
    return {name: int(getattr(report, name)) for name in FIELDS}


def only_cancelled(station: Station) -> None:
    """A poor household whose only order was cancelled: not served."""
    farmer = station.farmers.add("钱六", is_poor=True, poverty_card_no="PK2016077")
    order = station.purchasing.place(
        farmer.id, [LineInput(1, name="种子", unit_price_fen=3000)], [pay.cash(3000)]
    )
    station.purchasing.cancel(order.id, "不要了")


def voided_settlement(station: Station, name: str, card: str) -> str:
    """A poor household's honey sold and settled in cash, then the settlement voided: sold
    for them, but no income paid.  Returns the farmer's id."""
    farmer = station.farmers.add(name, is_poor=True, poverty_card_no=card)
    batch = station.consignment.intake(farmer.id, "蜂蜜", 2, "bottle")
    station.consignment.sell(batch.id, 2, 5000, [pay.cash(10000)])
    receipt = station.settlement.settle(farmer.id)
    station.receipts.void(receipt.number, "算错了")
    return farmer.id


def test_county_figures_equal_the_stations_own_report(enrolled, county, clock):
    """Day one and day two of a station, a month apart: per period and per month, the
    county's figures are the station's poverty report to the fen, a cancelled order serves
    nobody, and a voided settlement is no income."""
    station = enrolled
    clock.set(datetime(2026, 10, 25, 9, 0, tzinfo=CHINA_TZ))
    busy_day(station, n_orders=2, tag="a")
    settle_with_offset(station)
    only_cancelled(station)
    first_day = station.clock.now().date()
    clock.advance(days=31)
    busy_day(station, n_orders=1, tag="b")
    voided_settlement(station, "孙七", "PK2016088")
    second_day = station.clock.now().date()
    assert station.sync.run().ok
    with county.storage.read() as conn:
        whole = poverty.figures(conn, first_day.isoformat(), second_day.isoformat())
        months = poverty.figures(conn, first_day.isoformat(), second_day.isoformat(), by_month=True)
        registered = poverty.registered_poor(conn)
    assert [row["station"] for row in whole] == ["GJ01"]
    expected = station_figures(station, first_day.isoformat(), second_day.isoformat())
    assert {k: whole[0][k] for k in FIELDS} == expected
    assert expected["poor_households_served"] == 4  # 张三a, 赵五, 张三b, 孙七; not 钱六
    assert expected["offsets_for_poor_fen"] == 8500 and expected["payouts_to_poor_fen"] > 0
    assert registered == {
        "GJ01": int(station.reports.poverty("2000-01-01", "2099-12-31").poor_households_registered)
    }
    by_month = {row["month"]: row for row in months}
    assert set(by_month) == {first_day.isoformat()[:7], second_day.isoformat()[:7]}
    for day in (first_day, second_day):
        month = by_month[day.isoformat()[:7]]
        assert {k: month[k] for k in FIELDS} == station_figures(
            station, day.isoformat(), day.isoformat()
        )
    # The same over HTTP, and the monthly-meeting summary counts the same households.
    period = {"from": first_day.isoformat(), "to": second_day.isoformat()}
    answer = county.get("/v1/county/reports/poverty", params=period)
    assert answer.status_code == 200, answer.text
    assert answer.json()["rows"] == whole and answer.json()["registered_poor"] == registered
    monthly = county.get("/v1/county/reports/poverty", params={**period, "by_month": "true"})
    assert monthly.json()["rows"] == months
    summary = county.get("/v1/county/reports/summary", params=period).json()
    assert summary["total"]["poor_households_served"] == expected["poor_households_served"]
    total = poverty.add_up(months)
    for name in FIELDS:
        if name.endswith("_fen"):
            assert total[name] == expected[name], name  # money adds up over months


def paid_in_cash(station: Station, name: str, card: str) -> None:
    farmer = station.farmers.add(name, is_poor=True, poverty_card_no=card)
    batch = station.consignment.intake(farmer.id, "土豆粉", 5, "bag")
    station.consignment.sell(batch.id, 5, 2000, [pay.cash(10000)])
    station.settlement.settle(farmer.id)


def test_watch_list_names_poor_households_nobody_paid_lately(enrolled, county, clock, tmp_path):
    """Paid 146 days ago, a voided settlement, only a cancelled order: on the list.  Paid in
    the window, in cash or by offset: off it.  The same household (name and card) paid at
    another point: off it; a namesake with another card there: on it.  Nothing the county
    may not hold is shown."""
    a = enrolled
    b = second_station(tmp_path, clock, county)
    try:
        clock.set(datetime(2026, 7, 2, 9, 0, tzinfo=CHINA_TZ))
        paid_in_cash(a, "老王", "PK20160001")
        clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))
        paid_in_cash(a, "老李", "PK20160002")
        settle_with_offset(a)  # 赵五: income by offset only
        voided_settlement(a, "孙七", "PK2016088")
        only_cancelled(a)  # 钱六
        b.farmers.add("老李", is_poor=True, poverty_card_no="XX20160002")  # paid at GJ01
        b.farmers.add("老王", is_poor=True, poverty_card_no="PK20169999")  # another household
        b.farmers.add("周八", is_poor=False)
        assert a.sync.run().ok and b.sync.run().ok
        with county.storage.read() as conn:
            listed = poverty.watch_list(conn, date(2026, 11, 25), days=90)
            longer = poverty.watch_list(conn, date(2026, 11, 25), days=150)
    finally:
        b.close()
    assert [(row["station"], row["name"]) for row in listed] == [
        ("GJ01", "孙七"),
        ("GJ01", "老王"),
        ("GJ01", "钱六"),
        ("GJ02", "老王"),
    ]
    rows = {(row["station"], row["name"]): row for row in listed}
    assert rows[("GJ01", "老王")]["last_income_on"] == "2026-07-02"
    assert rows[("GJ01", "孙七")]["last_income_on"] is None  # its only settlement was voided
    assert rows[("GJ01", "钱六")]["last_income_on"] is None
    assert rows[("GJ02", "老王")]["poverty_card"] == "******9999"
    for row in listed:
        assert set(row) == {
            "station",
            "name",
            "village_group",
            "poverty_card",
            "registered_on",
            "last_income_on",
        }
        assert row["poverty_card"] is None or row["poverty_card"].startswith("*")
    # A window reaching back to July: 老王 of GJ01 was paid in it.
    assert ("GJ01", "老王") not in {(row["station"], row["name"]) for row in longer}


def test_county_wide_money_counts_every_station(enrolled, county, clock, tmp_path):
    """Without a station, each station's money is its own: the second station's payouts are
    not dropped, nor the first's credited to it, and one station asked for gives only its row."""
    a = enrolled
    b = second_station(tmp_path, clock, county)
    try:
        clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=CHINA_TZ))
        paid_in_cash(a, "老王", "PK20160001")
        paid_in_cash(b, "老李", "PK20160002")
        paid_in_cash(b, "老赵", "PK20160003")
        day = a.clock.now().date().isoformat()
        assert a.sync.run().ok and b.sync.run().ok
        expected = {
            code: station_figures(one, day, day) for code, one in (("GJ01", a), ("GJ02", b))
        }
    finally:
        b.close()
    with county.storage.read() as conn:
        whole = poverty.figures(conn, day, day)
        only_b = poverty.figures(conn, day, day, station="GJ02")
    assert {row["station"]: {k: row[k] for k in FIELDS} for row in whole} == expected
    assert (
        expected["GJ02"]["payouts_to_poor_fen"] == 2 * expected["GJ01"]["payouts_to_poor_fen"] > 0
    )
    assert [{k: row[k] for k in FIELDS} for row in only_b] == [expected["GJ02"]]
