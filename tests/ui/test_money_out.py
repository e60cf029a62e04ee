"""Remittance to the county, cash to the bank and CSV imports from the window: every core
operation is reachable without the command line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit

from servicepoint.core import payments as pay
from servicepoint.core.purchasing import LineInput
from servicepoint.ui.widgets.money_out import BankDialog, RemitDialog, import_csv

from .conftest import find


def sell_and_complete(station, farmer, cash_fen: int = 10000) -> None:
    order = station.purchasing.place(
        farmer.id,
        [LineInput(1, name="化肥", unit_price_fen=cash_fen, category_code="agri")],
        [pay.cash(cash_fen)],
    )
    station.purchasing.mark_ordered(order.id, "JD-1")
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)


def test_remit_what_is_due_with_a_receipt(app_window, farmer, printed, auto_answer):
    """The dialog offers the amount due; over it is refused at the field; the due amount is
    recorded, printed and no longer outstanding."""
    ctx, _window = app_window
    station = ctx.station
    sell_and_complete(station, farmer)
    month = station.clock.now().strftime("%Y-%m")
    dialog = RemitDialog(ctx, month)
    due = station.commission.statement(month).outstanding_fen
    assert due == 10000 - 800 and dialog.amount.fen() == due
    dialog.amount.set_fen(due + 1)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert station.records.scalar("SELECT COUNT(*) FROM remittances") == 0
    assert any(not label.isHidden() for label in dialog.form.errors.values())
    dialog.amount.set_fen(due)
    dialog.save()
    assert dialog.receipt_number and (printed / f"{dialog.receipt_number}.pdf").exists()
    assert station.commission.statement(month).outstanding_fen == 0


def test_bank_cash_needs_a_manager(app_window, farmer, printed, monkeypatch):
    """An operator's banking is approved by a manager's PIN; more than the drawer is refused."""
    from servicepoint.ui import dialogs

    ctx, _window = app_window
    station = ctx.station
    sell_and_complete(station, farmer)
    clerk = station.operators.add("小李", "5678")
    station.act_as(clerk)

    def approve(self) -> int:
        find(self, QLineEdit, "pinEdit").setText("1234")
        self.check()
        return int(self.result())

    monkeypatch.setattr(dialogs.ManagerApproval, "exec", approve)
    dialog = BankDialog(ctx)
    dialog.amount.set_fen(station.drawer.expected_now() + 100)
    dialog.save()
    assert dialog.receipt_number is None
    dialog.amount.set_fen(5000)
    dialog.save()
    assert dialog.receipt_number and (printed / f"{dialog.receipt_number}.pdf").exists()
    assert (
        station.records.scalar("SELECT SUM(amount_fen) FROM payments WHERE kind = 'cash_banked'")
        == -5000
    )


def test_csv_imports_from_the_window(app_window, tmp_path, monkeypatch, auto_answer):
    """Farmers and the catalogue import from files chosen in a dialog; a bad file says why."""
    ctx, window = app_window
    farmers = tmp_path / "farmers.csv"
    farmers.write_text(
        "name,phone,village_group,is_poor\n李四,13900001111,二组,否\n", encoding="utf-8"
    )
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text(
        "sku,name,category,unit,price\nA9,镰刀,agri,piece,15.00\n", encoding="utf-8"
    )
    for path, kind in ((farmers, "farmers"), (catalogue, "catalogue")):
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, p=path, **_k: (str(p), "CSV (*.csv)")
        )
        assert import_csv(ctx, window, kind) == 1
    assert ctx.station.farmers.search("李四")
    assert ctx.station.catalogue.search("镰刀")
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,name,category,unit,price\nA10,锄头,agri,piece,abc\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), "CSV (*.csv)"))
    assert import_csv(ctx, window, "catalogue") is None
    assert auto_answer and auto_answer[-1][0] == "warning" and "2" in auto_answer[-1][1]
