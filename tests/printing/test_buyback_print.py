"""Buy-back printouts (issue 16): the 发货单 as an A4 manifest, the monthly buy-back
statement, and a bought lot's trace label, read back from the PDF."""

from __future__ import annotations

from servicepoint.core import payments as pay
from servicepoint.core.buyback import Load
from servicepoint.core.printables import label_data
from servicepoint.printing.label import render_label
from servicepoint.printing.samples import SAMPLE_PRICE
from servicepoint.printing.statements import buyback_statement_pdf, dispatch_manifest_pdf


def _bought(station, farmer):
    station.buyback_prices.replace([SAMPLE_PRICE])
    load = Load(farmer.id, "sample-corn-2", 520_000, 20_000, moisture=160, impurity=10)
    lot, _ = station.buyback.buy(load, [pay.cash(120_048)])
    return lot


def test_dispatch_manifest_and_statement_print_on_a4(station, farmer, pdf):
    """The manifest names every lot's trace code and weight and the fee; the statement shows
    paid to farmers, the fee and what is outstanding."""
    lot = _bought(station, farmer)
    slip = station.buyback_dispatches.dispatch([(lot.id, None)], "县粮食公司", vehicle="云A1234")
    text = pdf.flat(dispatch_manifest_pdf(station, slip.number))
    for expected in ("发货单", lot.trace_code, "976斤", "县粮食公司", "云A1234", "¥19.52"):
        assert expected in text, expected
    text = pdf.flat(buyback_statement_pdf(station, "2026-11"))
    for expected in ("收购结算月报", "¥1,200.48", "¥29.28", "¥19.52", "¥1,220.00"):
        assert expected in text, expected


def test_a_bought_lot_has_a_trace_label(station, farmer, pdf):
    lot = _bought(station, farmer)
    data = label_data(station, lot.trace_code)
    assert (data.trace_code, data.product, data.grade) == (lot.trace_code, "玉米", "二等")
    assert data.farmer_name is None  # the village, not the name, unless the farmer chose
    text = pdf.flat(render_label(data))
    assert lot.trace_code in text and "玉米" in text
