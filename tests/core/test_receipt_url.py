"""A receipt's QR code as a check-page URL (issue 14): the payload inside is unchanged, and
every verifier reads both forms."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from servicepoint.core.protocol import (
    PUBLIC_URL_MAX,
    payload_of,
    public_base,
    receipt_payload,
    receipt_url,
    verify_payload,
)

SECRET = b"0123456789abcdef0123456789abcdef"
PAYLOAD = receipt_payload(
    SECRET, "GJ01", "GJ01-2026-000004", 123456, "20261203", "01a200c4-6280-7014-9119-6a9ebcd4c915"
)


def test_both_forms_verify_to_the_same_fields():
    bare = verify_payload(PAYLOAD, SECRET)
    assert bare is not None and bare.amount_fen == 123456
    for base in (
        "https://county.example.cn",
        "https://county.example.cn/",
        "http://10.0.0.5:8750/sp",
        "HTTPS://COUNTY.EXAMPLE.CN",
    ):
        url = receipt_url(base, PAYLOAD)
        assert url.endswith("/v/" + PAYLOAD) and "//v/" not in url
        assert verify_payload(url, SECRET) == bare
        assert verify_payload(url + "?from=wechat#top", SECRET) == bare
    # percent-encoded colons (some scanners re-encode a URL) still read
    assert verify_payload(receipt_url("https://c.cn", PAYLOAD.replace(":", "%3A")), SECRET) == bare


def test_a_url_that_is_not_a_check_page_is_not_ours():
    assert verify_payload("https://county.example.cn/x/" + PAYLOAD, SECRET) is None
    assert verify_payload("https://county.example.cn/", SECRET) is None
    assert payload_of("  " + PAYLOAD + "\n") == PAYLOAD


@given(st.text(min_size=1, max_size=40).filter(lambda t: "/v/" not in t))
def test_any_path_prefix_keeps_the_payload(prefix):
    base = "https://c.example/" + prefix.replace("?", "").replace("#", "")
    assert payload_of(receipt_url(base, PAYLOAD)) == PAYLOAD


def test_public_base_takes_only_a_plain_web_address():
    """What ``county serve --public-url`` and a station accept as the county's address."""
    assert public_base("https://xian.example.cn/") == "https://xian.example.cn"
    assert public_base(" http://10.0.0.5:8750/sp/ ") == "http://10.0.0.5:8750/sp"
    for bad in (
        None,
        42,
        "",
        "xian.example.cn",
        "ftp://xian.example.cn",
        "https://",
        "https://a b.cn",
        "https://x.cn/?q=1",
        "https://x.cn/#top",
        "https://user@x.cn",
        "https://x.cn:port",
        "https://x.cn/" + "a" * PUBLIC_URL_MAX,
    ):
        assert public_base(bad) is None, bad


def test_a_pulled_public_address_is_stored_and_printed(station):
    """A pull naming the county's address stores it and a receipt's QR becomes the check
    page; a pull naming none stores the address the station enrolled with; a page without
    the field (an older county) or with a bad address changes nothing."""
    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput
    from servicepoint.core.receipt_data import receipt_data
    from servicepoint.core.sync_local import apply_pulled

    farmer = station.farmers.add("张三")
    station.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=2500)], [pay.cash(2500)]
    )
    number = station.records.scalar("SELECT number FROM receipts ORDER BY seq DESC LIMIT 1")

    def stored() -> str | None:
        return station.records.scalar("SELECT public_url FROM sync_state WHERE id = 1")  # type: ignore[no-any-return]

    apply_pulled(station, {"changes": [], "cursor": "s:1"})
    assert stored() is None and receipt_data(station, number).qr_url is None
    apply_pulled(station, {"changes": [], "cursor": "s:1", "public_url": "https://c.cn/x/"})
    data = receipt_data(station, number)
    assert stored() == "https://c.cn/x" and data.qr_text == "https://c.cn/x/v/" + data.qr_payload
    for bad in ("javascript:alert(1)", 7, "https://c.cn/?a=b"):
        apply_pulled(station, {"changes": [], "cursor": "s:1", "public_url": bad})
        assert stored() == "https://c.cn/x"
    with station.records.atomic() as db:
        db.execute("UPDATE sync_state SET server_url = 'https://10.0.0.5:8750' WHERE id = 1")
    apply_pulled(station, {"changes": [], "cursor": "s:1", "public_url": None})
    assert stored() == "https://10.0.0.5:8750"
    assert verify_payload(receipt_data(station, number).qr_text, station.secret) is not None
