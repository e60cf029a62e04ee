"""One owner for each rule (issue 11): commission entries, the commission formula and the
voidable kinds each have one module that owns them, and nothing else reaches around it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from servicepoint.core import payments as pay
from servicepoint.core.commission import commission_fen
from servicepoint.core.errors import InvalidState
from servicepoint.core.purchasing import LineInput
from servicepoint.core.receipts import KINDS, Receipts

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "servicepoint"
CORE = PACKAGE / "core"

#: A write to commission_entries: through Records (insert/update/…, the table named as the
#: first argument) or in SQL text.
_COMMISSION_WRITE = re.compile(
    r"\.(?:insert|insert_all|update|upsert|upsert_all)\(\s*[\"']commission_entries[\"']"
    r"|\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"
    r"commission_entries\b",
    re.IGNORECASE,
)
#: A service reaching into another service's private members (``self._s.ledger._x``).
_SERVICES = (
    "purchasing",
    "consignment",
    "settlement",
    "ledger",
    "commission",
    "receipts",
    "drawer",
    "reports",
    "farmers",
    "catalogue",
    "audit",
    "operators",
    "backups",
    "sync",
    "records",
)
_PRIVATE_REACH = re.compile(r"\.(?:" + "|".join(_SERVICES) + r")\._[a-z]\w*")


def _sources(folder: Path) -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in sorted(folder.rglob("*.py"))]


def _offences(pattern: re.Pattern[str], allowed: set[Path], folder: Path = PACKAGE) -> list[str]:
    found = []
    for path, text in _sources(folder):
        if path in allowed:
            continue
        for m in pattern.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"{path.relative_to(ROOT)}:{line}: {m.group(0)!r}")
    return found


# -- commission entries ------------------------------------------------------------------------


def test_only_the_commission_module_writes_commission_entries():
    """Accruals and reversals are written by core/commission.py alone (migrations create the
    table, which is not a write of entries)."""
    assert _offences(_COMMISSION_WRITE, {CORE / "commission.py", CORE / "migrations.py"}) == []


def test_the_grep_sees_the_writes_it_must_refuse():
    """The pattern above matches the ways an entry could be written, so the test cannot pass
    by matching nothing."""
    for text in (
        'self._s.records.insert("commission_entries", {',
        "records.update(\n    'commission_entries', id, {}",
        "INSERT INTO commission_entries (id)",
        "insert or ignore into commission_entries",
        "UPDATE commission_entries SET",
    ):
        assert _COMMISSION_WRITE.search(text), text
    assert not _COMMISSION_WRITE.search('records.all("SELECT * FROM commission_entries")')


def _uses_money_commission(source: str) -> list[int]:
    """Lines that import ``commission`` from money.py or call ``money.commission``."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").endswith("money")
            and any(a.name == "commission" for a in node.names)
        ):
            lines.append(node.lineno)
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "commission"
            and isinstance(node.value, ast.Name)
            and node.value.id == "money"
        ):
            lines.append(node.lineno)
    return lines


def test_the_commission_formula_has_one_owner_in_the_core():
    """Inside the core the commission rule is ``commission.commission_fen``; money.py only
    rounds (its old name stays for the window and the county until they move)."""
    found = {p.name: n for p, text in _sources(CORE) if (n := _uses_money_commission(text))}
    assert found == {}
    assert _uses_money_commission("from .money import (\n    check_fen,\n    commission,\n)")
    assert _uses_money_commission("x = money.commission(a, b)")
    assert not _uses_money_commission("from .commission import commission_fen")


def _agri_line() -> LineInput:
    return LineInput(
        3650, name="东北大米", unit_price_fen=1250, unit_code="jin", category_code="agri"
    )


def test_a_returned_line_reverses_its_accrual_and_points_at_it(station, farmer):
    order = station.purchasing.place(farmer.id, [_agri_line()], [pay.cash(9125)])
    station.purchasing.mark_ordered(order.id, "JD-1")  # arrives once ordered
    station.purchasing.mark_arrived(order.id)
    station.purchasing.complete(order.id)
    station.purchasing.return_lines(order.id, "坏了")
    accrual, reversal = station.records.all(
        "SELECT * FROM commission_entries ORDER BY reverses_id IS NOT NULL"
    )
    assert accrual["amount_fen"] == commission_fen(9125, 800) == 730
    assert reversal["reverses_id"] == accrual["id"]
    assert (reversal["amount_fen"], reversal["base_fen"]) == (-730, -9125)
    assert (reversal["source"], reversal["line_id"], reversal["order_id"]) == (
        "purchase",
        accrual["line_id"],
        order.id,
    )
    assert station.check() == []


def test_a_voided_sale_reverses_its_commission_and_points_at_it(station, farmer):
    batch = station.consignment.intake(farmer.id, "核桃", 5000, "jin")
    sale, receipt = station.consignment.sell(batch.id, 500, 1250, [pay.cash(1250)])
    station.receipts.void(receipt.number, "输错了")
    accrual, reversal = station.records.all(
        "SELECT * FROM commission_entries ORDER BY reverses_id IS NOT NULL"
    )
    assert (accrual["source"], accrual["sale_id"], accrual["amount_fen"]) == (
        "consignment",
        sale.id,
        commission_fen(1250, 1000),
    )
    assert reversal["reverses_id"] == accrual["id"]
    assert reversal["amount_fen"] == -accrual["amount_fen"]
    assert reversal["base_fen"] == -accrual["base_fen"]
    assert station.check() == []


# -- voids ---------------------------------------------------------------------------------------


def test_no_service_reaches_into_another_services_private_members():
    """``Receipts.void`` used to call six services' ``_void_*`` methods; voids now go through
    the table each service fills with its public ``voiders()``."""
    assert _offences(_PRIVATE_REACH, set()) == []
    assert _offences(re.compile(r"\._void_\w+"), set()) == []
    assert _PRIVATE_REACH.search("self._s.ledger._void_repayment")


def test_voidable_kinds_are_the_ones_services_registered(station):
    assert set(station.receipts.voidable_kinds()) == {
        "purchase",
        "intake",
        "sale",
        "settlement",
        "repayment",
        "remittance",
        "buyback",
        "buyback_dispatch",
    }


def test_void_dispatches_through_the_table_and_refuses_what_is_not_in_it(station, farmer):
    """A register nobody filled voids nothing, with the usual typed refusal, and writes
    nothing; the station's register, filled by the services, voids the same receipt."""
    receipt = station.receipts.get(
        station.purchasing.place(farmer.id, [_agri_line()], [pay.cash(9125)]).number
    )
    before = station.records.scalar("SELECT COUNT(*) FROM receipts")
    with pytest.raises(InvalidState) as info:
        Receipts(station).void(receipt.number, "试一下")
    assert info.value.code == "receipt_not_voidable"
    assert station.records.scalar("SELECT COUNT(*) FROM receipts") == before
    void = station.receipts.void(receipt.number, "试一下")
    assert void.voids_receipt_id == receipt.id
    assert station.purchasing.get(receipt.ref_id).status == "cancelled"


def test_a_kind_has_one_voider(station):
    receipts = Receipts(station)
    receipts.register_voider("purchase", station.purchasing.void_purchase)
    receipts.register_voider("purchase", station.purchasing.void_purchase)  # the same: fine
    with pytest.raises(ValueError):
        receipts.register_voider("purchase", station.ledger.void_repayment)
    for kind in ("no_such_kind", "void"):
        with pytest.raises(ValueError):
            receipts.register_voider(kind, station.ledger.void_repayment)
    assert "void" in KINDS  # a real kind, refused because a void is never voided
