"""Farmers: registration, search by pinyin/name/phone/village group, edits and CSV import."""

from __future__ import annotations

import io
import json

import pytest

from servicepoint.core.errors import InvalidInput


@pytest.fixture
def village(station):
    """A handful of farmers with names that share initials and surnames."""
    f = station.farmers
    return {
        "张三": f.add("张三", phone="13800001234", village_group="一组"),
        "赵四": f.add("赵四", phone="13900005678", village_group="二组"),
        "张晓明": f.add("张晓明", village_group="一组", is_poor=True),
        "李秀英": f.add("李秀英", phone="0731-84123456"),
    }


def names(result):
    return [f.name for f in result]


def test_search_by_initials(station, village):
    """`zs` finds 张三 and 赵四 (both z-s), exact initials first; `zxm` finds 张晓明."""
    assert set(names(station.farmers.search("zs"))) >= {"张三", "赵四"}
    assert names(station.farmers.search("zxm")) == ["张晓明"]
    assert names(station.farmers.search("ZXM")) == ["张晓明"]


def test_search_by_full_pinyin_and_name(station, village):
    """Full pinyin prefixes and Chinese name prefixes both work."""
    assert names(station.farmers.search("zhangsan")) == ["张三"]
    assert set(names(station.farmers.search("zhang"))) == {"张三", "张晓明"}
    assert set(names(station.farmers.search("张"))) == {"张三", "张晓明"}
    assert names(station.farmers.search("秀英")) == ["李秀英"]


def test_search_by_phone_and_village_group(station, village):
    """Phone prefixes, the last four digits and village groups find the farmer."""
    assert names(station.farmers.search("138")) == ["张三"]
    assert names(station.farmers.search("5678")) == ["赵四"]
    assert set(names(station.farmers.search("一组"))) == {"张三", "张晓明"}


def test_edit_sends_changed_fields_and_version(station, village):
    """An edit logs only what changed and the version it was based on."""
    farmer = village["张三"]
    edited = station.farmers.edit(farmer.id, phone="13800009999")
    assert edited.version == 2 and edited.phone == "13800009999"
    payload = json.loads(
        station.records.scalar(
            "SELECT payload FROM outbox WHERE record_id = ? ORDER BY seq DESC LIMIT 1", (farmer.id,)
        )
    )
    assert payload["base_version"] == 1
    assert set(payload["fields"]) == {"phone", "updated_at"}
    assert station.farmers.edit(farmer.id, phone="13800009999").version == 2  # no-op edit


def test_sensitive_edit_is_audited(station, village):
    """Changing the poor-household flag or card number leaves an audit entry."""
    station.farmers.edit(village["张三"].id, is_poor=True, poverty_card_no="PK2016002")
    assert station.audit.entries(action="farmer_sensitive_edit")[0].record_id == village["张三"].id


def test_duplicate_phone_refused(station, village):
    """Two farmers cannot share a phone number."""
    with pytest.raises(InvalidInput) as info:
        station.farmers.add("王五", phone="13800001234")
    assert info.value.code == "phone_taken"


def test_import_csv_all_or_nothing(station, village):
    """A farmer CSV imports every row, or none when one row is bad (with its row number)."""
    good = io.StringIO("name,phone,village_group,is_poor\n王五,13700000001,三组,是\n刘六,,三组,0\n")
    assert station.farmers.import_csv(good) == 2
    assert station.farmers.search("ww")[0].is_poor
    bad = io.StringIO(
        "name,phone,village_group,is_poor\n陈七,13700000002,三组,否\n周八,12345,三组,否\n"
    )
    before = station.farmers.count()
    with pytest.raises(InvalidInput) as info:
        station.farmers.import_csv(bad)
    assert info.value.params["row"] == 3
    assert station.farmers.count() == before


def test_import_gb18030_file(station, tmp_path):
    """Excel on Chinese Windows saves CSV as GB18030; it is read correctly."""
    path = tmp_path / "farmers.csv"
    path.write_bytes("name,village_group\n黄小红,五组\n".encode("gb18030"))
    assert station.farmers.import_csv(path) == 1
    assert names(station.farmers.search("hxh")) == ["黄小红"]
