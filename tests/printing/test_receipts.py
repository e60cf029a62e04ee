"""Every receipt kind at every width reads back exactly: embedded font, text, QR and privacy."""

from __future__ import annotations

import pytest

from servicepoint.core.money import format_yuan
from servicepoint.core.receipt_data import receipt_data, verify_payload
from servicepoint.core.receipts import KINDS
from servicepoint.printing import fonts
from servicepoint.printing.layout import PAPERS
from servicepoint.printing.receipt import render
from servicepoint.printing.samples import ID_NUMBER, POVERTY_CARD, RECEIPT_CASES

CASES = list(RECEIPT_CASES)


def test_cases_cover_every_kind(samples):
    """The sample station has at least one receipt of every kind the register knows."""
    kinds = {samples.station.receipts.get(samples.numbers[c]).kind for c in CASES}
    assert kinds == set(KINDS)


@pytest.mark.parametrize("width", sorted(PAPERS))
@pytest.mark.parametrize("case", CASES)
def test_kind_at_width_reads_back(samples, pdf, case, width, receipt_texts):
    """pdffonts: only the embedded subset font; pdftotext: the Chinese and every amount come
    back exactly; zbarimg: the QR decodes to the payload and its MAC verifies; no poverty-card
    or ID number and no unmasked phone anywhere in the file."""
    station = samples.station
    data = receipt_data(station, samples.numbers[case])
    out = render(data, width)

    rows = pdf.fonts(out)
    assert rows, "no fonts"
    assert all(
        r[0].endswith("WenQuanYiMicroHei-0") and r[-5:-2] == ["yes", "yes", "yes"] for r in rows
    ), rows

    text = pdf.flat(out)
    expected = receipt_texts(data)
    if data.signature:
        expected.append(data.signature)
    for want in expected:
        assert want.replace(" ", "") in text, want
    if data.totals or data.payments:
        assert "¥" in text

    for secret in (POVERTY_CARD, ID_NUMBER, "13912345678", "13800001111"):
        assert secret not in text and secret.encode() not in out

    payloads = pdf.qr(out)
    assert payloads == [data.qr_payload]
    fields = verify_payload(payloads[0], station.secret)
    assert fields is not None
    assert (fields.station, fields.number, fields.amount_fen) == (
        station.code,
        data.number,
        data.amount_fen,
    )


def test_twenty_lines_one_line_zero(samples, pdf):
    """Twenty lines all print with their amounts and the total; one line; a zero order."""
    s, n = samples.station, samples.numbers
    twenty = receipt_data(s, n["purchase_twenty"])
    assert len(twenty.items) == 20
    text = pdf.flat(render(twenty, "58"))
    assert text.count("¥") >= 2 * 20 + 4
    assert f"合计（20项）{format_yuan(twenty.amount_fen, symbol='¥')}" in text
    one = pdf.flat(render(receipt_data(s, n["purchase_one"]), "58"))
    assert "合计（1项）¥251.00" in one and "找零¥49.00" in one and "实收现金¥300.00" in one
    zero = pdf.flat(render(receipt_data(s, n["purchase_zero"]), "80"))
    assert "合计（1项）¥0.00" in zero and "无需付款" in zero


def test_roll_page_grows_with_content(samples):
    """A roll is exactly its printable width and as tall as its content."""
    from servicepoint.printing.receipt import layout_receipt

    s, n = samples.station, samples.numbers
    short = layout_receipt(receipt_data(s, n["purchase_one"]), "80")
    long = layout_receipt(receipt_data(s, n["purchase_twenty"]), "80")
    assert len(short.pages) == len(long.pages) == 1
    assert long.height() > short.height() * 2
    assert round(PAPERS["58"].width * 203 / 72) == 384
    assert round(PAPERS["80"].width * 203 / 72) == 576


def test_font_has_every_printed_character(samples):
    """No character any sample prints would come out as a box (including ¥ and ￥)."""
    assert fonts.missing_glyphs("¥￥×·（）：；，。") == ""
    s = samples.station
    for case in CASES:
        d = receipt_data(s, samples.numbers[case])
        strings = [d.station_name, d.title, d.operator, *d.notes, d.signature or ""]
        strings += [x for p in (*d.party, *d.fields) for x in (p.label, p.value)]
        strings += [x for i in d.items for x in (i.name, i.detail, i.note)]
        strings += [t.label for t in (*d.totals, *d.payments)]
        assert fonts.missing_glyphs("".join(strings)) == "", case


def test_font_registered_once():
    """The 5 MB collection is read once per process."""
    assert fonts.register() is fonts.register()
    assert fonts.font_path().is_file()
    assert (fonts.font_path().parent / "LICENSE-wqy-microhei.txt").is_file()


@pytest.mark.parametrize("width", ["58", "A4"])
def test_large_amounts_print_with_thousands_separators(station, farmer, pdf, width):
    """Issue 12 #10: ¥21220.03 is misread; the receipt prints ¥21,220.03 (line, total, cash
    received and change), and the QR payload still carries the exact fen."""
    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput

    order = station.purchasing.place(
        farmer.id,
        [LineInput(1, name="电动三轮车", unit_price_fen=2_122_003)],
        [pay.cash(2_122_003, 2_200_000)],
    )
    data = receipt_data(station, order.number)
    text = pdf.flat(render(data, width))
    assert "¥21,220.03" in text and "¥22,000.00" in text and "¥779.97" in text
    assert "21220.03" not in text
    assert verify_payload(pdf.qr(render(data, width))[0], station.secret).amount_fen == 2_122_003
