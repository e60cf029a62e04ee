"""A parcel's slot label (issue 17), read back from its PDF: the pickup code, the slot, the
courier with the waybill's last digits, the recipient's name and the check-in date, and the
phone only masked, never the full number."""

from __future__ import annotations

from servicepoint.core.parcel_printables import slot_label_data
from servicepoint.printing.label import render_label


def test_slot_label_shows_the_code_and_masks_the_phone(station, pdf):
    done = station.parcels.check_in("SF1234567890123", "13800001234", "李四", courier="sf")
    parcel = done.parcel
    data = slot_label_data(station, parcel.id)
    text = pdf.flat(render_label(data))
    for expected in (parcel.code, parcel.slot, "顺丰", "0123", "李四", parcel.phone_masked):
        assert expected in text, expected
    assert parcel.checked_in_at[:10] in text
    assert "1234" in parcel.phone_masked and "13800001234" not in text
    assert "138000" not in text  # nothing of the middle digits either
