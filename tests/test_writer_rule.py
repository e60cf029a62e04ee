"""The writer rule (docs/architecture.md "Threads and the writer"): the window writes only
through ``ctx.write`` / ``ctx.attempt`` / ``ctx.ops``, on the one writer connection.

The core's writing methods are found from the code itself: a function that opens a
transaction (``.atomic(``) writes, and so does any function that calls one of those by name.
A widget that calls such a method on ``ctx.station`` (the window's reading connection) breaks
the rule.  Sync and backups are the documented exception: they write on their own connection
in a background job and wait their turn on SQLite's write lock.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "servicepoint" / "core"
UI = ROOT / "servicepoint" / "ui"
CORE_MODULES = {path.stem for path in CORE.glob("*.py")}
#: Services that write on their own connection under the write lock (documented).
OWN_CONNECTION = {"sync", "backups"}
#: Station methods that change only the in-memory sign-in, never the file.
NOT_WRITES = {"act_as", "sign_out", "close"}


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            yield node


def _called_names(fn: ast.AST, module_functions: set[str]) -> set[str]:
    """Functions called by name, and methods called on ``self`` or a station (``self._s.x``,
    ``station.x``): a method of a local value (``seen.add``) is not a station write."""
    names = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute):
                root = _chain(node.func)[0]
                if root in ("self", "station", "db", *CORE_MODULES) or node.func.attr == "atomic":
                    names.add(node.func.attr)
            elif isinstance(node.func, ast.Name) and node.func.id in module_functions:
                names.add(node.func.id)
    return names


def core_writers() -> set[str]:
    """Names of core functions and methods that write (directly or through another)."""
    calls: dict[str, set[str]] = {}
    trees = [
        ast.parse(path.read_text(encoding="utf-8"))
        for path in CORE.glob("*.py")
        if path.name not in ("migrations.py", "db.py", "records.py")
    ]
    module_functions = {
        node.name for tree in trees for node in tree.body if isinstance(node, ast.FunctionDef)
    }
    for tree in trees:
        for fn in _functions(tree):
            calls.setdefault(fn.name, set()).update(_called_names(fn, module_functions))
    writers = {name for name, called in calls.items() if "atomic" in called}
    while True:
        more = {name for name, called in calls.items() if name not in writers and called & writers}
        if not more:
            return writers - NOT_WRITES
        writers |= more


def _chain(node: ast.AST) -> list[str]:
    """``self.ctx.station.farmers.add`` → ["self", "ctx", "station", "farmers", "add"]."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
    return names[::-1]


def writes_outside_the_writer(source: str, writers: set[str]) -> list[tuple[int, str]]:
    """Writing methods named on the window's station (``ctx.station``), called or handed on
    as a callable (``ctx.attempt(self, ctx.station.receipts.void, …)``), directly or through
    a name bound to it or to one of its services (``farmers = self.ctx.station.farmers``), and
    writing functions handed the window's station (``open_fresh_block(ctx.station)``).  In a
    background job, a station parameter may run only sync and backups."""
    tree = ast.parse(source)
    window: dict[str, str | None] = {}  # name bound to ctx.station -> the service it names
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            chain = _chain(node.value)
            if "ctx" in chain and "station" in chain:
                rest = chain[chain.index("station") + 1 :]
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        window[target.id] = rest[0] if rest else None

    def on_window(chain: list[str]) -> bool:
        return ("ctx" in chain and "station" in chain) or (bool(chain) and chain[0] in window)

    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in writers:
            chain = _chain(node)
            in_job = chain[0] == "station" and len(chain) > 2 and chain[1] not in OWN_CONNECTION
            if on_window(chain[:-1]) or in_job:
                found.append((node.lineno, ".".join(chain)))
        if isinstance(node, ast.Call):
            name = _chain(node.func)[-1:] or [""]
            if name[0] in writers and any(
                on_window(_chain(a)) and _chain(a)[-1] in ("station", *window) for a in node.args
            ):
                found.append((node.lineno, ".".join(_chain(node.func)) + "(ctx.station)"))
    return found


def test_the_core_writers_are_found():
    """The detector knows the writing methods (if this fails, the detection rule broke)."""
    writers = core_writers()
    for name in (
        "place",
        "settle",
        "intake",
        "sell",
        "void",
        "set_setting",
        "add",
        "record_print",
        "close_day",
        "change_pin",
        "import_csv",
        "remit",
    ):
        assert name in writers, name
    for name in ("get", "list", "search", "quote", "preview", "daily", "balance"):
        assert name not in writers, name


def test_no_widget_writes_on_the_reading_connection():
    writers = core_writers()
    bad = []
    for path in UI.rglob("*.py"):
        if path.name == "operations.py":
            continue
        for line, call in writes_outside_the_writer(path.read_text(encoding="utf-8"), writers):
            bad.append(f"{path.relative_to(ROOT)}:{line} {call}")
    assert bad == []


def test_a_violation_is_caught():
    """A widget calling a writer directly is reported; the same call inside an op is not."""
    writers = core_writers()
    direct = (
        "def save(self):\n"
        "    self.ctx.station.farmers.add('张三')\n"
        "    s = self.ctx.station\n"
        "    s.set_setting('receipt_width', '80')\n"
        "    s.sync.acknowledge_conflicts()\n"
        "    numbering.open_fresh_block(self.ctx.station)\n"
        "    self.ctx.tasks.database(lambda station, _p: station.farmers.add('李四'))\n"
    )
    assert sorted(c for _, c in writes_outside_the_writer(direct, writers)) == [
        "numbering.open_fresh_block(ctx.station)",
        "s.set_setting",
        "s.sync.acknowledge_conflicts",
        "self.ctx.station.farmers.add",
        "station.farmers.add",
    ]
    job = "self.ctx.tasks.network(lambda station, _p: station.sync.run())\n"
    assert writes_outside_the_writer(job, writers) == []
    through_op = "def save(self):\n    self.ctx.write(lambda st: st.farmers.add('张三'))\n"
    assert writes_outside_the_writer(through_op, writers) == []
