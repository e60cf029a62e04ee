"""The training station: a year of realistic, deterministic demo business (BRIEF §2.9, §4).

One station is built per module (a full build takes seconds) and shared by the read-only
tests; only the determinism tests build again, because that is what they are about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from servicepoint.core import Station
from servicepoint.core.errors import InvalidInput
from servicepoint.core.migrations import SYNCED
from servicepoint.core.training import (
    CHICKEN_PRICES,
    CLERK_NAME,
    CLERK_PIN,
    MANAGER_NAME,
    TRAINING_CODE,
    build_training_station,
    training_data_dir,
)

TODAY = date(2026, 11, 22)
SEED = 2026
FARMERS = 200
PRODUCTS = ("鸡蛋", "核桃", "散养土鸡", "蜂蜜", "小米")


def _build(folder: Path, seed: int = SEED) -> Station:
    return build_training_station(folder, seed=seed, today=TODAY, farmers=FARMERS)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Station]:
    station = _build(tmp_path_factory.mktemp("demo") / "training")
    yield station
    station.close()


def _scalar(station: Station, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(station.records.scalar(sql, params) or 0)


def _business_rows(station: Station) -> dict[str, list[tuple[object, ...]]]:
    """Every row a trainee or the county could see, in a stable order.

    The station secret and the PIN salts and hashes come from ``os.urandom`` on purpose (they
    protect receipts and PINs), so they are the only columns left out.
    """
    db = station.db
    tables = {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in (*SYNCED, "outbox", "categories", "settings", "receipt_counters")
    }
    tables["station"] = db.execute(
        "SELECT code, name, village, township, county, training, device_id, epoch, created_at "
        "FROM station"
    ).fetchall()
    tables["operators"] = db.execute(
        "SELECT id, name, role, active, created_at FROM operators ORDER BY id"
    ).fetchall()
    return tables


# -- what is in it ------------------------------------------------------------------------------


def test_is_a_clean_training_station_signed_in_as_manager(demo):
    """The demo passes every invariant check, is marked training, and opens signed in."""
    assert demo.check() == []
    ident = demo.identity
    assert ident.training is True
    assert ident.code == TRAINING_CODE
    assert demo.operator is not None and demo.operator.name == MANAGER_NAME
    assert demo.operator.is_manager
    assert demo.operators.verify(CLERK_NAME, CLERK_PIN).role == "operator"


def test_farmers_are_plausible_villagers_with_poor_households(demo):
    """At least 200 farmers with Chinese names, valid unique mobiles, village groups, and
    about a fifth of them registered poor households carrying a poverty card number."""
    rows = demo.records.all("SELECT * FROM farmers")
    assert len(rows) >= FARMERS
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", r["name"]) for r in rows)
    phones = [r["phone"] for r in rows if r["phone"]]
    assert len(phones) > len(rows) * 0.8
    assert len(set(phones)) == len(phones)
    assert all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones)
    assert {r["village_group"] for r in rows} <= {f"{n}组" for n in "一二三四五六七八"}
    poor = [r for r in rows if r["is_poor"]]
    assert 0.1 * len(rows) <= len(poor) <= 0.3 * len(rows)
    assert all(re.fullmatch(r"PK20\d{6}", r["poverty_card_no"]) for r in poor)
    assert any(r["note"] for r in rows)
    # Farmers keep registering through the year, not only on the first day.
    days = {r["created_at"][:10] for r in rows}
    assert len(days) > 10


def test_catalogue_has_over_a_hundred_items_in_sensible_categories(demo):
    """100+ county items across several categories, with the county's rates per category
    (农资 8%, 家电 5%, 手机数码 3% …), selling units and positive prices."""
    assert demo.catalogue.count() >= 100
    rates = {c.name: c.commission_bp for c in demo.catalogue.categories()}
    assert rates["农资"] == 800 and rates["家电"] == 500 and rates["手机数码"] == 300
    assert rates["日用品"] == 1000 and rates["服装"] == 1000 and rates["食品"] == 1000
    items = demo.catalogue.search("", limit=1000)
    assert len({i.category_code for i in items}) >= 8
    assert all(i.price_fen > 0 for i in items)
    assert {i.unit for i in items} >= {"jin", "kg", "piece", "bag", "bottle", "box"}
    assert demo.catalogue.search("复合肥")[0].commission_bp == 500  # a county subsidy rate


def test_a_year_of_orders_in_every_state(demo):
    """Some 1,500–3,000 orders over the past year, in every status, including a partial
    return; old orders are mostly completed while recent ones are still on their way."""
    counts = demo.purchasing.counts_by_status()
    assert set(counts) == {"placed", "ordered", "arrived", "completed", "cancelled", "returned"}
    assert 1500 <= sum(counts.values()) <= 3000
    partial = _scalar(
        demo,
        """
        SELECT COUNT(*) FROM orders o WHERE o.status = 'completed'
           AND EXISTS (SELECT 1 FROM order_returns r WHERE r.order_id = o.id)""",
    )
    assert partial > 0
    first = demo.records.scalar("SELECT MIN(created_at) FROM orders")
    last = demo.records.scalar("SELECT MAX(created_at) FROM orders")
    assert first[:10] >= (TODAY - timedelta(days=366)).isoformat()
    assert last[:10] < TODAY.isoformat()
    month_ago = (TODAY - timedelta(days=30)).isoformat()
    old = {
        r["status"]: r["n"]
        for r in demo.records.all(
            "SELECT status, COUNT(*) AS n FROM orders WHERE created_at < ? GROUP BY status",
            (month_ago,),
        )
    }
    assert (old["completed"] + old["returned"]) / sum(old.values()) > 0.8
    week_ago = (TODAY - timedelta(days=7)).isoformat()
    recent = {
        r["status"]
        for r in demo.records.all(
            "SELECT DISTINCT status FROM orders WHERE created_at >= ?", (week_ago,)
        )
    }
    assert {"placed", "ordered", "arrived"} <= recent


def test_orders_are_paid_every_way(demo):
    """Cash with change, mobile references, on account and split payments all occur, and
    some orders are for ad-hoc platform items with a link."""
    methods = {
        r["method"]
        for r in demo.records.all("SELECT DISTINCT method FROM payments WHERE kind = 'purchase'")
    }
    assert methods == {"cash", "mobile", "account"}
    assert (
        _scalar(
            demo,
            "SELECT COUNT(*) FROM payments WHERE kind = 'purchase' "
            "AND method = 'cash' AND change_fen > 0",
        )
        > 0
    )
    assert (
        _scalar(
            demo,
            "SELECT COUNT(*) FROM (SELECT receipt_id FROM payments "
            "WHERE kind = 'purchase' GROUP BY receipt_id HAVING COUNT(*) = 2)",
        )
        > 0
    )
    refs = [
        r["reference"]
        for r in demo.records.all(
            "SELECT reference FROM payments WHERE method = 'mobile' AND kind = 'purchase'"
        )
    ]
    assert all(re.fullmatch(r"(WX|ZFB)\d{20}", ref) for ref in refs)
    adhoc = demo.records.all(
        "SELECT l.* FROM order_lines l JOIN catalogue_items i "
        "ON i.id = l.item_id WHERE i.source = 'adhoc'"
    )
    assert adhoc and all(li["platform"] and li["link_ref"] for li in adhoc)
    assert _scalar(demo, "SELECT COUNT(*) FROM ledger_entries WHERE kind = 'repayment'") > 0


def test_consignment_of_the_five_products_with_chickens_by_grade(demo):
    """Batches of eggs, walnuts, free-range chickens, honey and millet; chickens sell at
    ¥128/¥168/¥188 by grade (BRIEF §4); sales go through every channel; there is spoilage,
    returns to the farmer, and settlements with fees and offsets of what farmers owe."""
    products = {
        r["product"] for r in demo.records.all("SELECT DISTINCT product FROM consignment_batches")
    }
    assert set(PRODUCTS) <= products
    chicken_sales = demo.records.all(
        "SELECT DISTINCT b.grade, s.unit_price_fen FROM consignment_sales s "
        "JOIN consignment_batches b ON b.id = s.batch_id WHERE b.product = '散养土鸡'"
    )
    assert {(r["grade"], r["unit_price_fen"]) for r in chicken_sales} == set(CHICKEN_PRICES.items())
    assert set(CHICKEN_PRICES.values()) == {12800, 16800, 18800}
    assert (
        _scalar(
            demo,
            "SELECT COUNT(*) FROM consignment_batches WHERE product = '散养土鸡' "
            "AND unit <> 'bird'",
        )
        == 0
    )
    channels = {
        r["channel"] for r in demo.records.all("SELECT DISTINCT channel FROM consignment_sales")
    }
    assert channels == {"counter", "online", "wholesale", "county", "other"}
    kinds = {
        r["kind"]: r["n"]
        for r in demo.records.all("SELECT kind, COUNT(*) AS n FROM stock_movements GROUP BY kind")
    }
    assert kinds["spoil"] > 0 and kinds["return"] > 0
    assert (
        _scalar(
            demo,
            "SELECT COUNT(*) FROM stock_movements m JOIN consignment_batches b "
            "ON b.id = m.batch_id WHERE m.kind = 'spoil' "
            "AND b.product = '散养土鸡'",
        )
        > 0
    )
    assert _scalar(demo, "SELECT COUNT(*) FROM settlements") > 0
    assert {
        r["description"]
        for r in demo.records.all("SELECT DISTINCT description FROM settlement_fees")
    } >= {"运费", "包装费"}
    assert _scalar(demo, "SELECT COUNT(*) FROM settlements WHERE offset_fen > 0") > 0
    for batch in demo.consignment.batches(limit=50):
        s = batch.stock
        assert s.intake == s.sold + s.returned + s.spoiled + s.on_hand


def test_daily_closes_remittances_and_voids(demo):
    """Most past days are closed (some with a small cash difference), last month's money is
    remitted to the county, and a few receipts were voided with their originals kept."""
    closes = demo.records.all("SELECT * FROM day_closes")
    assert len({c["day"] for c in closes}) >= 330
    diffs = [c["difference_fen"] for c in closes if c["difference_fen"]]
    assert diffs and all(abs(d) <= 500 for d in diffs)
    assert max(c["day"] for c in closes) >= (TODAY - timedelta(days=4)).isoformat()
    periods = {r["period"] for r in demo.records.all("SELECT DISTINCT period FROM remittances")}
    assert len(periods) >= 11
    # October's money went to the county early in November (counted for October's period,
    # which is then settled); November's is not due yet.
    october = demo.commission.statement("2026-10")
    assert (
        _scalar(demo, "SELECT SUM(amount_fen) FROM remittances WHERE period = '2026-10'")
        == october.remitted_fen
        > 0
    )
    assert october.outstanding_fen == 0
    assert "2026-11" not in periods
    voided = {
        r["kind"]
        for r in demo.records.all(
            "SELECT o.kind FROM receipts v JOIN receipts o ON o.id = v.voids_receipt_id"
        )
    }
    assert voided and voided <= {"purchase", "intake", "sale", "settlement", "repayment"}


def test_reports_work_on_the_demo(demo):
    """The poverty-alleviation report finds poor households served and paid."""
    report = demo.reports.poverty(
        (TODAY - timedelta(days=365)).isoformat(), (TODAY - timedelta(days=1)).isoformat()
    )
    assert report.poor_households_registered >= FARMERS * 0.1
    assert report.poor_households_served > 0
    assert report.payouts_to_poor_fen > 0
    assert demo.reports.consignment().stock  # something is still on the shelf today


# -- deterministic, separate, never over a real station -------------------------------------------


def test_same_seed_and_day_give_identical_data(demo, tmp_path):
    """Two builds with the same seed and day hold the same rows in every business table:
    farmers, orders, lines, payments, receipts (numbers included), ids and amounts."""
    with _build(tmp_path / "again") as again:
        assert _business_rows(again) == _business_rows(demo)


def test_a_different_seed_gives_different_data(demo, tmp_path):
    """Another seed gives other farmers, orders and payments (still a clean station)."""
    with _build(tmp_path / "other", seed=SEED + 1) as other:
        assert other.check() == []
        mine, theirs = _business_rows(demo), _business_rows(other)
        for table in ("farmers", "orders", "order_lines", "payments", "receipts"):
            assert mine[table] != theirs[table], table


def test_refuses_to_build_over_an_existing_station(demo, tmp_path):
    """Building where a station already is (the demo itself, or a real one) is refused with
    'station_exists', and the station there is left untouched."""
    with pytest.raises(InvalidInput) as refused:
        build_training_station(demo.path.parent, today=TODAY, farmers=FARMERS)
    assert refused.value.code == "station_exists"
    real = Station.create(
        tmp_path / "station",
        code="GJ01",
        name="甘界村服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name="王站长",
        manager_pin="1234",
    )
    with real, pytest.raises(InvalidInput) as refused:
        build_training_station(tmp_path / "station", today=TODAY, farmers=FARMERS)
    assert refused.value.code == "station_exists"
    with Station.open(tmp_path / "station") as reopened:
        assert reopened.identity.training is False
        assert reopened.farmers.count() == 0


def test_training_data_lives_apart_from_the_real_station(tmp_path):
    """The CLI keeps the demo in ``<base>/training``, beside the real ``<base>/station``."""
    assert training_data_dir(tmp_path) == tmp_path / "training"
    assert training_data_dir(tmp_path) != tmp_path / "station"


def test_too_few_farmers_is_refused_before_writing(tmp_path):
    """A village of a handful of farmers cannot carry the scenario; nothing is created."""
    with pytest.raises(ValueError):
        build_training_station(tmp_path / "training", today=TODAY, farmers=5)
    assert not (tmp_path / "training").exists()


def test_the_parcel_desk_has_three_weeks_of_parcels(demo):
    """Issue 17: parcels collected, returned and still on the shelves, some for farmers, a few
    sent out with their fee; the county's day counts add up to them."""
    states = dict(demo.db.execute("SELECT state, COUNT(*) FROM parcels GROUP BY state").fetchall())
    assert {"shelved", "picked_up", "returned"} <= set(states)
    assert 80 <= sum(states.values()) <= 400
    assert demo.records.scalar("SELECT COUNT(*) FROM parcels WHERE farmer_id IS NOT NULL") > 0
    assert demo.records.scalar("SELECT COUNT(*) FROM parcel_sends") > 0
    days = demo.parcels.counts("2000-01-01", "2999-12-31")
    assert sum(d["parcels_in"] for d in days) == sum(states.values())


def test_the_buying_point_has_prices_and_a_month_of_loads(demo):
    """Issue 16: the season's prices to buy at today, loads bought (some offsetting a debt,
    the poor households' with their premium), weekly dispatches, and lots still on hand; the
    stock and money invariants hold."""
    today = demo.clock.now().date().isoformat()
    valid = demo.records.scalar(
        "SELECT COUNT(*) FROM buyback_prices"
        " WHERE active = 1 AND valid_from <= ? AND valid_to >= ?",
        (today, today),
    )
    assert valid == 3
    lots = demo.buyback.lots()
    assert len(lots) >= 10
    assert any(lot.premium_amount_fen > 0 for lot in lots)
    assert any(lot.offset_fen > 0 for lot in lots)
    assert demo.buyback_dispatches.recent(), "no dispatch in a month of buying"
    assert demo.check() == []
