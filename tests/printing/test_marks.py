"""Reprint, training and void marks; labels; statements; the MAC; layout bounds."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from servicepoint.core import Station
from servicepoint.core.printables import label_data
from servicepoint.core.receipt_data import (
    Amount,
    Item,
    parse_payload,
    receipt_data,
    receipt_payload,
    verify_payload,
)
from servicepoint.printing import fonts
from servicepoint.printing.label import label_pdf, layout_label, save_label_pdf
from servicepoint.printing.layout import PAPERS, Qr, Text, wrap
from servicepoint.printing.receipt import layout_receipt, receipt_pdf, render, save_receipt_pdf
from servicepoint.printing.samples import LONG_NAME, RECEIPT_CASES, make_samples
from servicepoint.printing.statements import commission_statement_pdf, statement_pdf


def test_reprints_say_so_with_their_count(station, farmer, pdf):
    """The first print is the original; each later copy says 重印/REPRINT and its number."""
    from servicepoint.core import payments as pay
    from servicepoint.core.purchasing import LineInput

    order = station.purchasing.place(
        farmer.id, [LineInput(1, name="锄头", unit_price_fen=3500)], [pay.cash(3500)]
    )
    first = pdf.flat(receipt_pdf(station, order.number))
    second = pdf.flat(receipt_pdf(station, order.number))
    third = pdf.flat(receipt_pdf(station, order.number))
    assert "重印" not in first and "REPRINT" not in first
    assert "重印REPRINT第1次" in second and "重印REPRINT第2次" in third
    assert station.receipts.reprint_count(order.number) == 2
    preview = receipt_data(station, order.number)  # a preview counts nothing
    assert preview.reprint == 2 and station.receipts.reprint_count(order.number) == 2


def test_training_receipts_say_training(tmp_path, pdf):
    """A training station's receipts and labels say 培训/TRAINING, in the text and across it."""
    s = Station.create(
        tmp_path / "t",
        code="PX01",
        name="培训服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name="王站长",
        manager_pin="1234",
        training=True,
    )
    with s:
        s.act_as(s.operators.list()[0])
        numbers = make_samples(s)
        out = receipt_pdf(s, numbers["purchase_one"], "58", record_print=False)
        assert "培训TRAINING·练习单据" in pdf.flat(out)
        data = receipt_data(s, numbers["purchase_one"])
        plain = render(replace(data, training=False), "58")
        assert "TRAINING" not in pdf.flat(plain)
        # The watermark across the page: far more light-grey pixels than the plain receipt.
        assert pdf.grey_pixels(out) > 10 * pdf.grey_pixels(plain) + 2000
        assert "TRAINING" in pdf.text(label_pdf(s, numbers["label"]))
        assert pdf.qr(out)  # the watermark does not spoil the QR


def test_void_slip_refers_to_the_original(samples, pdf):
    """The void slip names the original; the original, reprinted, says it was voided."""
    s = samples.station
    void = receipt_data(s, samples.numbers["void"])
    original = s.receipts.get(s.receipts.get(void.number).voids_receipt_id).number
    slip = pdf.flat(render(void, "80"))
    assert f"作废原单{original}" in slip and "原因：录错商品" in slip
    again = pdf.flat(render(receipt_data(s, original), "80"))
    assert f"本单已作废VOID，见{void.number}" in again


def test_trace_label_village_not_name(samples, pdf):
    """The label shows product, grade, quantity, village, date, trace code and a QR that
    verifies; the farmer's name only when chosen; never the card or ID number."""
    s, trace = samples.station, samples.numbers["label"]
    for width in ("58", "80"):
        out = label_pdf(s, trace, width)
        text = pdf.flat(out)
        for want in ("散养土鸡（一级）", "20只", "示范县城关镇甘界村三组", "2026-11-22", trace):
            assert want in text
        assert "李秀英" not in text and "PK2016" not in text
        [payload] = pdf.qr(out)
        fields = verify_payload(payload, s.secret)
        assert fields is not None and fields.number == trace and fields.amount_fen is None
    assert "农户李秀英" in pdf.flat(label_pdf(s, trace, "80", show_farmer=True))


def test_mac_rejects_tampering(samples):
    """Change the amount, the number or the secret and the payload no longer verifies."""
    s = samples.station
    good = receipt_payload(s.secret, "GJ01", "GJ01-2026-000001", 25100, "20261122")
    assert verify_payload(good, s.secret) is not None
    assert verify_payload(good.replace(":25100:", ":2510:"), s.secret) is None
    assert verify_payload(good.replace("000001", "000002"), s.secret) is None
    assert verify_payload(good, b"another station's secret") is None
    assert parse_payload("https://example.com") is None
    assert parse_payload(good).amount_fen == 25100
    assert all(c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for c in good)


def test_two_receipts_with_one_number_never_share_a_payload(samples):
    """Issue 10 case 2: an SP2 payload names the receipt record, so the same number, amount
    and day on two receipts give two payloads, each verifying to its own record; a swapped id
    no longer verifies, and SP1 codes already printed still verify."""
    s = samples.station
    ids = ("01a200c4-6280-7014-9119-6a9ebcd4c915", "01a200c4-6280-7014-9119-6a9ebcd4c916")
    one, two = (
        receipt_payload(s.secret, "GJ01", "GJ01-2026-000005", 1500, "20261122", i) for i in ids
    )
    assert one != two and one.startswith("SP2:")
    assert verify_payload(one, s.secret).doc_id == ids[0].replace("-", "").upper()
    assert verify_payload(two, s.secret).doc_id == ids[1].replace("-", "").upper()
    assert (
        verify_payload(
            one.replace(ids[0].replace("-", "").upper(), ids[1].replace("-", "").upper()), s.secret
        )
        is None
    )
    assert all(c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:" for c in one)
    old = receipt_payload(s.secret, "GJ01", "GJ01-2026-000005", 1500, "20261122")
    assert old.startswith("SP1:") and verify_payload(old, s.secret).doc_id is None
    assert parse_payload(old.replace("SP1:", "SP2:", 1)) is None


@pytest.mark.parametrize("width", sorted(PAPERS))
def test_nothing_overflows_and_qr_is_clear(samples, width):
    """Every string lies inside the printable width; no text inside the QR's quiet zone."""
    s = samples.station
    paper = PAPERS[width]
    flows = [layout_receipt(receipt_data(s, samples.numbers[c]), width) for c in RECEIPT_CASES]
    flows.append(layout_label(label_data(s, samples.numbers["label"]), width))
    for flow in flows:
        for page in flow.pages:
            texts = [op for op in page if isinstance(op, Text)]
            for op in texts:
                right = op.x + fonts.width(op.text, op.size)
                assert op.x >= paper.margin - 0.01 and right <= paper.width - paper.margin + 0.01
            for code in (op for op in page if isinstance(op, Qr)):
                quiet = 4 * code.module
                top, bottom = code.y - quiet, code.y + code.side + quiet
                for op in texts:
                    ascent, descent = fonts.metrics(op.size)
                    assert op.y + descent <= top or op.y - ascent >= bottom, op.text


def test_wrap_never_exceeds_and_keeps_every_character():
    """Long names wrap: no line wider than the limit, nothing lost, Latin words kept whole
    where they fit."""
    for limit in (60.0, 120.0, 200.0):
        lines = wrap(LONG_NAME, 8, limit)
        assert all(fonts.width(line, 8) <= limit for line in lines)
        assert "".join(lines).replace(" ", "") == LONG_NAME.replace(" ", "")
    assert wrap("hello world", 10, fonts.width("hello world", 10) - 1) == ["hello", "world"]
    assert wrap("", 10, 50) == [""]


def test_a4_breaks_onto_pages_with_a_footer(samples, pdf):
    """An A4 statement longer than a page continues with 第 n/N 页 at the foot; the QR
    is on the last page."""
    base = receipt_data(samples.station, samples.numbers["purchase_one"])
    items = tuple(Item(f"商品{n}", "1件 × ¥1.00/件", 100) for n in range(80))
    long = replace(base, items=items, totals=(Amount("合计", 8000, strong=True),))
    flow = layout_receipt(long, "a4")
    assert len(flow.pages) >= 2
    out = render(long, "a4")
    text = pdf.flat(out)
    assert f"第1/{len(flow.pages)}页" in text and "商品79" in text
    assert pdf.qr(out, dpi=150) == [long.qr_payload]


def test_statements_on_a4(samples, pdf):
    """The monthly commission statement and a settlement statement print on A4 and verify."""
    s = samples.station
    out = commission_statement_pdf(s, "2026-11")
    st = s.reports.commission("2026-11")
    text = pdf.flat(out)
    assert "月度佣金对账单" in text and "2026-11" in text
    assert f"应缴县中心¥{st.due_to_county_fen // 100}.{st.due_to_county_fen % 100:02d}" in text
    [payload] = pdf.qr(out, dpi=150)
    assert verify_payload(payload, s.secret).amount_fen == st.due_to_county_fen
    settle = pdf.flat(statement_pdf(s, samples.numbers["settlement"], record_print=False))
    assert "结算付款单" in settle and "实付农户" in settle and "农户签字" in settle


def test_files_are_written(samples, tmp_path):
    """The core API writes a receipt or a label to a file."""
    s = samples.station
    path = save_receipt_pdf(
        s, samples.numbers["sale"], tmp_path / "r.pdf", "58", record_print=False
    )
    assert path.read_bytes().startswith(b"%PDF")
    label = save_label_pdf(s, samples.numbers["label"], tmp_path / "l.pdf")
    assert label.read_bytes().startswith(b"%PDF")


def test_receipt_data_stays_pure():
    """receipt_data is core: importing it loads neither reportlab nor Qt."""
    code = (
        "import sys, servicepoint.core.receipt_data\n"
        "print(','.join(n for n in sys.modules if n.startswith(('reportlab', 'PySide6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_same_receipt_same_bytes(samples):
    """Rendering is deterministic (no time stamps in the file): a re-render is identical."""
    d = receipt_data(samples.station, samples.numbers["purchase_one"])
    assert render(d, "80") == render(d, "80")
