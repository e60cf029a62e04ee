"""Issue 12 walk-through: a new station's empty catalogue list says what to do, and Qt's own
file dialog speaks Chinese (its Qt 6 labels with Alt keys were left in English)."""

from __future__ import annotations

import io
import re

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from servicepoint.ui import i18n

from .conftest import find


def test_the_empty_catalogue_says_where_items_come_from(app_window, qtbot):
    ctx, window = app_window
    assert ctx.station.catalogue.count() == 0  # a new station
    window.go("purchase")
    panel = window.screens["purchase"]
    hint = find(panel, QLabel, "purchaseItemMatchesEmpty")
    assert "设置" in hint.text() and hint.isVisible()
    search = find(panel, QLineEdit, "purchaseItemSearch")
    search.setText("hf")
    items = search.parent()
    while not hasattr(items, "update_matches"):
        items = items.parent()
    items.update_matches()
    assert hint.isVisible() and "设置" in hint.text()
    csv = "sku,name,category,unit,price\nA2,化肥 50kg,agri,bag,120.00\n"
    ctx.write(lambda st: st.catalogue.import_csv(io.StringIO(csv)))
    items.update_matches()
    assert items.matches.count() == 1 and not hint.isVisible()
    search.setText("xyz")
    items.update_matches()
    assert hint.isVisible() and "xyz" in hint.text() and "拼音" in hint.text()


def test_the_file_dialog_labels_are_chinese(qapp):
    i18n.install("zh_CN")
    try:
        dialog = QFileDialog(None, "导入", "", "CSV (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == "查找范围(&L)："
        assert labels["fileTypeLabel"] == "文件类型(&T)："
        for text in labels.values():
            assert not re.search(r"[A-Za-z]{2,}", text), text
        dialog.deleteLater()
    finally:
        i18n.install("zh_CN")
    assert QApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
