"""Architecture rules that keep the core headless and the layout honest."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "servicepoint" / "core"


def test_core_imports_no_qt():
    """Importing the whole core in a fresh interpreter loads no PySide6 module."""
    code = (
        "import pkgutil, importlib, sys, servicepoint.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('servicepoint.core.' + m.name)\n"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_core_source_never_names_qt_or_float_money():
    """No core module imports Qt, and none calls float() (money and quantities are ints)."""
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                assert not any(n.startswith("PySide") for n in names), path.name
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "float":
                raise AssertionError(f"float() in {path.name}:{node.lineno}")


def test_modules_stay_small():
    """Modules stay under ~500 lines (STYLE.md); split before they grow."""
    for path in (ROOT / "servicepoint").rglob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 520, f"{path.relative_to(ROOT)} has {lines} lines"


def test_only_station_opens_the_database():
    """sqlite3.connect appears only in core/db.py: one way to open a station."""
    for path in (ROOT / "servicepoint").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "sqlite3.connect(" in text:
            assert path == CORE / "db.py", path


def test_change_notices_use_the_names_of_one_module():
    """What the window refreshes is named by ``core.changes.Change``, never a bare string: in
    every ``changed.emit(…)``, every ``changes=`` passed to an operation, every screen's
    ``watches`` and every module-level ``CHANGES`` set (issue 11: a typo skipped a refresh)."""
    import ast

    bare = []
    for path in (ROOT / "servicepoint" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets: list[ast.AST] = []
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and (
                    node.func.attr == "emit"
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr == "changed"
                )
            ):
                targets += node.args
            if isinstance(node, ast.Call):
                targets += [k.value for k in node.keywords if k.arg == "changes"]
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in ("watches", "CHANGES", "changes")
                for t in node.targets
            ):
                targets.append(node.value)
            for target in targets:
                bare += [
                    f"{path.relative_to(ROOT)}:{c.lineno} {c.value!r}"
                    for c in ast.walk(target)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                ]
    assert bare == []
