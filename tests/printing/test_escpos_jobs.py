"""ESC/POS jobs read back by a decoder written from the command reference.

For every receipt kind at 58 and 80 mm: in text mode every line the PDF prints appears in the
decoded GB18030 text, totals print bold and large, and the native QR (``GS ( k``) carries the
signed payload, sent with Chinese mode off; in raster mode the ``GS v 0`` bands rebuild an
image at the roll's dot width from which zbar reads the same payload.  Both end with a cut,
and a cash receipt's original (not its reprint) kicks the drawer when one is set.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from pyzbar import pyzbar

from servicepoint.core.receipt_data import receipt_data
from servicepoint.printing import escpos_job
from servicepoint.printing.layout import Text
from servicepoint.printing.receipt import layout_receipt
from servicepoint.printing.samples import RECEIPT_CASES

from .escpos_decode import decode

WIDTHS = ("58", "80")
#: The substitutions the printer's GB2312/GBK font needs: GB18030 writes ¥ and the minus sign
#: in four bytes, so the full-width forms print instead.
PRINTER_FORMS = {"¥": "￥", "−": "－"}


def _printer_form(text: str) -> str:
    return "".join(PRINTER_FORMS.get(ch, ch) for ch in text)


def _squash(text: str) -> str:
    return "".join(text.split())


def _pdf_lines(data, width: str) -> list[str]:
    """Every string the PDF draws, line by line (the layout the PDF is drawn from)."""
    flow = layout_receipt(data, width)
    return [op.text for page in flow.pages for op in page if isinstance(op, Text)]


@pytest.fixture(scope="module")
def datas(samples):
    return {
        case: receipt_data(samples.station, samples.numbers[case], record_print=False)
        for case in RECEIPT_CASES
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("case", RECEIPT_CASES)
def test_text_mode_prints_every_line_and_the_signed_qr(datas, samples, case, width):
    data = datas[case]
    job = decode(escpos_job.receipt_job(data, "text", width))
    # The printer's font is fixed-width and larger than the PDF's small text, so it may break
    # a line elsewhere: every line must appear, in order, once line breaks and spaces go.
    printed = _squash(job.text)
    at = 0
    for line in _pdf_lines(data, width):
        found = printed.find(_squash(_printer_form(line)), at)
        assert found >= 0, (case, width, line)
        at = found
    source = "".join(_pdf_lines(data, width))
    assert job.text.count("?") == source.count("?")  # no character the printer's font lacks
    cols = escpos_job.columns(width)
    for line in job.lines:
        scale = 2 if line.size == 0x11 else 1
        assert escpos_job.cells(line.text) * scale <= cols, line
    assert data.qr_payload in data.qr_text  # the signed payload (in its check-page URL)
    assert job.qr_payloads == [data.qr_text.encode("ascii")]
    assert job.qr_kanji == [False]  # Chinese mode off while the QR prints
    assert job.order[-1] in ("cut", "drawer")
    assert job.cuts == 1
    for total in data.totals:
        if total.strong:
            found = [ln for ln in job.lines if ln.text.startswith(_printer_form(total.label))]
            assert found and all(ln.bold and ln.size in (0x11, 0x01) for ln in found), total


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("case", RECEIPT_CASES)
def test_raster_mode_rebuilds_an_image_zbar_reads(datas, case, width):
    data = datas[case]
    job = decode(escpos_job.receipt_job(data, "raster", width))
    assert not job.lines and not job.qr_payloads  # nothing but the image
    image = job.image()
    assert image.width == escpos_job.DOTS[width]
    assert all(rows <= escpos_job.BAND_ROWS for _w, rows, _d in job.bands)
    gray = image.convert("L")
    found = pyzbar.decode((gray.tobytes(), gray.width, gray.height))
    assert [f.data.decode() for f in found] == [data.qr_text]
    assert job.order[-1] == "cut" or job.order[-1] == "drawer"


def test_the_drawer_opens_for_a_cash_original_only(datas):
    """Cash taken: cut, then the kick on the pin set; a reprint, a receipt without cash or a
    station without a drawer: no kick."""
    cash = datas["purchase_one"]
    job = decode(escpos_job.receipt_job(cash, "text", "80", drawer="2"))
    assert job.order[-2:] == ["cut", "drawer"] and job.drawer_kicks == [0]
    assert decode(escpos_job.receipt_job(cash, "raster", "58", drawer="5")).drawer_kicks == [1]
    reprint = replace(cash, reprint=1)
    assert decode(escpos_job.receipt_job(reprint, "text", "80", drawer="2")).drawer_kicks == []
    assert decode(escpos_job.receipt_job(cash, "text", "80")).drawer_kicks == []
    mobile = datas["cancel"]  # paid and refunded by mobile payment
    assert not escpos_job.took_cash(mobile)
    assert decode(escpos_job.receipt_job(mobile, "text", "80", drawer="2")).drawer_kicks == []
    with pytest.raises(ValueError):
        escpos_job.receipt_job(cash, "text", "80", drawer="3")
    with pytest.raises(ValueError):
        escpos_job.receipt_job(cash, "text", "a4")
