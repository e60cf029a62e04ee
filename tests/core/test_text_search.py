"""``matches_search``: in-memory lists (the consignment stock) search like the farmer and
catalogue searches: characters, full pinyin or initials, case and spaces ignored."""

from __future__ import annotations

from servicepoint.core.text import matches_search


def test_characters_full_pinyin_and_initials_match() -> None:
    assert matches_search("鸡蛋", "土鸡蛋")
    assert matches_search("tjd", "土鸡蛋")
    assert matches_search("TJD", "土鸡蛋")
    assert matches_search("tuji", "土鸡蛋")
    assert matches_search("zs", None, "土鸡蛋", "张三")
    assert matches_search(" zhang san ", "张三")
    assert matches_search("gj01", "GJ01-261122-001")
    assert matches_search("", "anything")


def test_other_words_do_not_match() -> None:
    assert not matches_search("dm", "土鸡蛋", "张三")
    assert not matches_search("鸭", "土鸡蛋")
    assert not matches_search("x", None, "")
