"""The parcel slot label from the check-in tab (issue 17): with "print a slot label" ticked
(remembered as the station setting ``parcel_slot_label``) checking a parcel in prints its
label, read back from the PDF with the pickup code and the phone masked, never in full; and
the label job paints the same label on a Qt printer on the print thread."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

from servicepoint.core.parcel_printables import slot_label_data
from servicepoint.ui.printing import print_pool
from servicepoint.ui.widgets.consignment_label import LabelJob

from .test_consignment import pdf_text
from .test_printing import pdf_printer


def parcels(window: Any, qtbot: Any) -> Any:
    window.go("parcels")
    screen = window.screens["parcels"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen)
    return screen.checkin


def test_check_in_with_the_label_option_prints_a_slot_label(app_window, qtbot, printed):
    ctx, window = app_window
    station = ctx.station
    panel = parcels(window, qtbot)
    assert not panel.slot_label.isChecked() and not panel.print_label.isEnabled()
    panel.slot_label.setChecked(True)
    assert station.setting("parcel_slot_label") is True  # the manager's choice is kept
    qtbot.keyClicks(panel.scan, "SF1234567890123")
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.phone, "13800001234")
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return)
    [parcel] = station.parcels.shelved()
    path = printed / f"slot-{parcel.code}-label.pdf"
    text = pdf_text(path)
    assert parcel.code in text and parcel.slot in text and "顺丰" in text
    assert parcel.phone_masked in text and "13800001234" not in text
    assert str(path) in panel.label_state.text()  # a PDF copy says where, not 已打印
    assert panel.print_label.isEnabled()
    path.unlink()
    panel.print_label.click()  # the last parcel's label again
    assert parcel.code in pdf_text(path)


def test_without_the_option_no_label_is_printed(app_window, qtbot, printed):
    ctx, window = app_window
    panel = parcels(window, qtbot)
    qtbot.keyClicks(panel.scan, "SF1234567890123")
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.phone, "5678")
    qtbot.keyClick(panel.phone, Qt.Key.Key_Return)
    assert len(ctx.station.parcels.shelved()) == 1
    assert not printed.exists() or not list(printed.glob("slot-*"))
    assert panel.label_state.text() == ""


def test_slot_label_prints_through_qt(app_window, qtbot, tmp_path):
    """Without a PDF folder the slot label is painted by the trace label's job."""
    ctx, _window = app_window
    station = ctx.station
    parcel = station.parcels.check_in("JDVA12345678901", "13800001234", "王五", courier="jd").parcel
    data = slot_label_data(station, parcel.id)
    out = tmp_path / "slot.pdf"
    job = LabelJob(data, "58", pdf_printer(out, 203))
    with qtbot.waitSignal(job.signals.print_did_finish, timeout=10_000) as blocker:
        print_pool().start(job)
    assert blocker.args[:2] == [f"slot-{parcel.code}", True]
    text = re.sub(r"\s+", "", pdf_text(out))
    assert parcel.code in text and "王五" in text and "8901" in text
    assert parcel.phone_masked in text and "13800001234" not in text
