"""A message shown after an action follows a switch of language (issue 12 walk-through): done
in Chinese, then F9 → English, and no Chinese stays on screen except the names the operator
typed (the farmer's, the product's).  The labels keep how to say their message (the values in
it), not the words, and say it again in the new language."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from servicepoint.core import payments as pay
from servicepoint.core.errors import SyncFailed
from servicepoint.ui.widgets.forms import Form

from .conftest import find
from .test_consignment import choose_farmer, click, click_row, consignment, go_tab
from .test_orders import click as click_order
from .test_orders import click_row as click_order_row
from .test_orders import orders_screen, rice

HAN = re.compile(r"[\u4e00-\u9fff]")


def han_left(text: str, *names: str) -> list[str]:
    """The Chinese characters in ``text`` once the typed names are taken out."""
    for name in names:
        text = text.replace(name, "")
    return HAN.findall(text)


def in_english(ctx: Any, qtbot: Any) -> None:
    ctx.language_did_change.emit("en")
    qtbot.wait(50)  # LanguageChange is posted to the windows


def test_consignment_messages_follow_the_language(app_window, qtbot, auto_answer, farmer):
    ctx, window = app_window
    screen = consignment(window, qtbot)
    go_tab(qtbot, screen, 0)
    choose_farmer(qtbot, screen, "consIntakeFarmer", "zs")
    qtbot.keyClicks(find(screen, QLineEdit, "consIntakeProduct"), "eggs")
    qtbot.keyClicks(find(screen, QLineEdit, "consIntakeQty"), "30")
    qtbot.keyClicks(find(screen, QLineEdit, "consIntakeFloor"), "8")
    click(qtbot, find(screen, QPushButton, "consIntakeConfirm"))
    assert "斤" in find(screen, QLabel, "consIntakeResult").text()
    go_tab(qtbot, screen, 1)
    table = find(screen, QTableView, "consStockTable")
    qtbot.waitUntil(lambda: not screen.loading and table.model().rowCount() == 1)
    click_row(qtbot, table, 0)
    qtbot.keyClicks(find(screen, QLineEdit, "consSellQty"), "2")
    qtbot.keyClicks(find(screen, QLineEdit, "consSellPrice"), "10")
    qtbot.keyClicks(find(screen, QLineEdit, "consSellTendered"), "50")
    click(qtbot, find(screen, QPushButton, "consSellConfirm"))
    qtbot.waitUntil(lambda: not screen.loading)
    click_row(qtbot, table, 0)
    info = find(screen, QLabel, "consBatchInfo")
    assert "佣金 10%，最低价" in info.text()  # the Chinese comma between the terms
    go_tab(qtbot, screen, 2)
    choose_farmer(qtbot, screen, "settleFarmer", "zs")
    click(qtbot, find(screen, QPushButton, "settleConfirm"))
    labels = {
        name: find(screen, QLabel, name)
        for name in (
            "consIntakeResult",
            "consSellLastChange",
            "consLastAction",
            "consBatchInfo",
            "consMoveUnit",
            "consSellUnit",
            "settleResult",
        )
    }
    assert all(HAN.search(label.text()) for label in labels.values()), {
        n: lb.text() for n, lb in labels.items()
    }
    try:
        in_english(ctx, qtbot)
        left = {
            name: label.text()
            for name, label in labels.items()
            if han_left(label.text(), farmer.name)
        }
        assert not left, left
        assert find(screen, QComboBox, "consIntakeUnit").currentText() == "jin"
        assert "Commission 10%, floor price" in labels["consBatchInfo"].text()
    finally:
        ctx.language_did_change.emit("zh_CN")
    qtbot.wait(50)
    assert "找零" in labels["consSellLastChange"].text()


def test_an_order_step_and_a_form_error_follow_the_language(
    app_window, station, farmer, qtbot, printed, auto_answer
):
    ctx, window = app_window
    order = station.purchasing.place(farmer.id, [rice()], [pay.cash(9125)])
    screen = orders_screen(app_window, qtbot)
    click_order_row(qtbot, screen, order.id)
    qtbot.keyClicks(find(screen, QLineEdit, "orderReason"), "wrong farmer")
    click_order(qtbot, screen, "orderVoid")
    message = find(screen, QLabel, "orderMessage")
    assert message.text().startswith("收据已作废。收据 ")  # no space after 。
    sync = window.screens["sync"]
    form = sync.findChild(Form)
    form.show_error(SyncFailed("enrol_offline", server="http://127.0.0.1:8750"))
    shown = [lb for lb in form.findChildren(QLabel) if lb.isVisibleTo(form)]
    error = next(lb for lb in shown if "县" in lb.text())
    try:
        in_english(ctx, qtbot)
        assert message.text().startswith("Receipt voided. Receipt "), message.text()
        assert not HAN.search(message.text())
        assert error.text().startswith("Cannot reach the county server"), error.text()
    finally:
        ctx.language_did_change.emit("zh_CN")
