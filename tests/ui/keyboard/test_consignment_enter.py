"""Consignment (F5), the batch list: the FIRST Enter on a batch chooses it (issue 12: "the
first Enter on a batch sometimes does nothing").

Enter in a list answers its current row.  The list had none when its rows came after it got
the keyboard (the stock still loading after F5) or were reset by the reload after a sale; and
after a search left by Tab, Enter acted on the last search's row before the list changed.
The stock list is loaded on the database worker; ``held`` holds that load back, so the list
arrives exactly when each case needs it, without any timing."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from servicepoint.ui.screens import consignment

from .conftest import focused


class Held:
    """The consignment screen's stock load, held back until ``release``."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.gate.set()

    def hold(self) -> None:
        self.gate.clear()

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held(app_window, monkeypatch) -> Any:
    gate = Held()
    load = consignment.load_report

    def held_load(station: Any, progress: Any) -> Any:
        gate.gate.wait(30)
        return load(station, progress)

    monkeypatch.setattr(consignment, "load_report", held_load)
    yield gate
    gate.release()  # never leave the worker waiting (the window waits for it when it closes)


@pytest.fixture
def batches(station, farmer):
    """Three batches, oldest first as the list shows them: eggs, rice (another farmer), duck
    (2 birds, to sell out)."""
    other = station.farmers.add("李四", phone="13800005678", village_group="二组")
    return (
        station.consignment.intake(farmer.id, "eggs", 5000, "jin"),
        station.consignment.intake(other.id, "rice", 5000, "jin"),
        station.consignment.intake(farmer.id, "duck", 2, "piece"),
    )


def chosen(screen: Any) -> str | None:
    """The batch in the sale form (its id), once Enter chose it."""
    batch = screen.stock.sell.batch
    return batch.id if batch is not None else None


def test_first_enter_after_f5_while_the_list_was_loading(keys, qtbot, held, batches):
    eggs, _rice, _duck = batches
    held.hold()
    screen = keys.open("consignment")
    keys.ctrl(Qt.Key.Key_2)
    keys.wait_focus("consStockFilter")
    keys.tab()
    assert focused() == "consStockTable" and screen.loading  # the keys reached the list first
    held.release()
    qtbot.waitUntil(lambda: screen.stock.proxy.rowCount() == 3)
    keys.enter()
    assert chosen(screen) == eggs.id  # the first row, the oldest batch
    assert focused() == "consSellQty"


def test_first_enter_after_a_search(keys, qtbot, batches):
    _eggs, rice, duck = batches
    screen = keys.open("consignment")
    qtbot.waitUntil(lambda: not screen.loading)
    keys.ctrl(Qt.Key.Key_F)
    keys.type("duck")
    keys.enter()  # Enter in the filter: to the list
    assert focused() == "consStockTable"
    keys.enter()
    assert chosen(screen) == duck.id and focused() == "consSellQty"
    # a new search left by Tab: the list shows it before Enter acts
    keys.ctrl(Qt.Key.Key_F)
    keys.type("rice")
    keys.tab()
    assert focused() == "consStockTable"
    keys.enter()
    assert chosen(screen) == rice.id and focused() == "consSellQty"


def test_first_enter_after_a_sale(keys, station, qtbot, held, batches):
    eggs, rice, duck = batches
    screen = keys.open("consignment")
    qtbot.waitUntil(lambda: not screen.loading)
    keys.ctrl(Qt.Key.Key_F)
    keys.type("duck")
    keys.enter()
    keys.enter()
    assert chosen(screen) == duck.id
    keys.ctrl(Qt.Key.Key_F)
    keys.press(Qt.Key.Key_Delete)  # the filter goes, the list shows every batch again
    keys.ctrl(Qt.Key.Key_2)
    keys.wait_focus("consSellQty")
    # a sale that sells the batch out, while the list's reload is slow (an old PC)
    held.hold()
    keys.type("2")
    keys.tab()
    keys.type("3")
    keys.enter()
    assert station.consignment.batch(duck.id).stock.on_hand == 0
    keys.wait_focus("consStockTable")  # nothing more to sell from it: back to the list
    held.release()
    qtbot.waitUntil(lambda: not screen.loading)
    assert screen.stock.proxy.rowCount() == 2
    keys.enter()
    assert chosen(screen) == eggs.id and focused() == "consSellQty"
    # a sale that leaves some, then the next batch by search, the reload arriving meanwhile
    keys.type("1")
    keys.tab()
    keys.type("3")
    held.hold()
    keys.enter()
    keys.ctrl(Qt.Key.Key_F)
    keys.type("rice")
    keys.enter()
    assert focused() == "consStockTable"
    held.release()
    qtbot.waitUntil(lambda: not screen.loading)
    keys.enter()
    assert chosen(screen) == rice.id and focused() == "consSellQty"


def test_the_filter_finds_pinyin_and_lets_go_of_a_hidden_batch(keys, station, qtbot, farmer):
    """Issue 12 walk-through: ``tjd`` found no 土鸡蛋 batch (only the characters did), and a
    chosen batch the filter hid stayed in the sale form with the list empty."""
    other = station.farmers.add("李四", phone="13800005678", village_group="二组")
    eggs = station.consignment.intake(farmer.id, "土鸡蛋", 5000, "jin")
    rice = station.consignment.intake(other.id, "大米", 5000, "jin")
    screen = keys.open("consignment")
    qtbot.waitUntil(lambda: not screen.loading and screen.stock.proxy.rowCount() == 2)
    keys.ctrl(Qt.Key.Key_F)
    keys.type("tjd")  # the product's pinyin initials
    keys.enter()
    assert screen.stock.proxy.rowCount() == 1 and focused() == "consStockTable"
    keys.enter()
    assert chosen(screen) == eggs.id and screen.stock.sell.isEnabled()
    keys.ctrl(Qt.Key.Key_F)
    keys.type("lisi")  # the other farmer's full pinyin: the eggs batch is hidden
    keys.tab()
    assert focused() == "consStockTable"
    assert [screen.stock.proxy.row_at(0).batch_id] == [rice.id]
    assert chosen(screen) is None and not screen.stock.sell.isEnabled()
    keys.enter()  # the first Enter chooses the batch shown
    assert chosen(screen) == rice.id and focused() == "consSellQty"
    keys.ctrl(Qt.Key.Key_F)
    keys.type("zzz")  # nothing: the list is empty and no sale form stays open
    keys.tab()
    assert screen.stock.proxy.rowCount() == 0
    assert chosen(screen) is None and not screen.stock.sell.isEnabled()
