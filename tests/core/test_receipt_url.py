"""A receipt's QR code as a check-page URL (issue 14): the payload inside is unchanged, and
every verifier reads both forms."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from servicepoint.core.protocol import payload_of, receipt_payload, receipt_url, verify_payload

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
