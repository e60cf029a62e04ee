"""The command line sits on top: nothing below imports it, and its modules share only public
helpers (issue 11: the window imported the CLI for the data folder, and the CLI modules
reached into each other's private functions through an ``Any``-typed accessor)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "servicepoint"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, root: Path) -> Iterator[tuple[int, str, list[str]]]:
    """Every import in a module, anywhere in it (functions too), as (line, absolute module,
    names imported from it); relative imports are resolved against the module's package."""
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package.pop()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield node.lineno, module, [alias.name for alias in node.names]


def cli_imports_below_it(folders: list[Path], root: Path = ROOT) -> list[str]:
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            for line, module, names in imports(path, root):
                targets = [module] + [f"{module}.{n}" for n in names]
                if any(
                    t == "servicepoint.cli" or t.startswith("servicepoint.cli.") for t in targets
                ):
                    found.append(f"{path.relative_to(root)}:{line} imports {module}")
    return found


def private_cross_imports(folder: Path, root: Path = ROOT) -> list[str]:
    """``from .x import _y`` (or ``from servicepoint… import _y``), and ``x._y`` on a module
    imported by name (the old ``cli._open_signed_in``)."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules: set[str] = set()
        for line, module, names in imports(path, root):
            if not module.startswith("servicepoint"):
                continue
            found += [
                f"{path.relative_to(root)}:{line} imports {module}.{n}"
                for n in names
                if n.startswith("_") and not n.startswith("__")
            ]
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (
                node.level or (node.module or "").startswith("servicepoint")
            ):
                modules |= {a.asname or a.name for a in node.names}
            elif isinstance(node, ast.Import):
                modules |= {
                    a.asname or a.name.split(".")[0]
                    for a in node.names
                    if a.name.startswith("servicepoint")
                }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(
                    f"{path.relative_to(root)}:{node.lineno} uses {node.value.id}.{node.attr}"
                )
    return found


def test_core_and_window_never_import_the_cli():
    """No module under servicepoint/core or servicepoint/ui imports servicepoint.cli, however
    it is spelled (``from ..cli import x``, ``from .. import cli``, ``import servicepoint.cli``)."""
    assert cli_imports_below_it([PACKAGE / "core", PACKAGE / "ui"]) == []


def test_cli_modules_share_only_public_names():
    """Inside servicepoint/cli no module imports a private name from another module or reaches
    for one through a module attribute."""
    assert private_cross_imports(PACKAGE / "cli") == []


def test_the_checks_catch_what_they_are_for(tmp_path):
    """The two checks above see each spelling of what they forbid (run on a scratch tree laid
    out like the package)."""
    ui = tmp_path / "servicepoint" / "ui"
    ui.mkdir(parents=True)
    (ui / "__init__.py").write_text("")
    (ui / "a.py").write_text("def f():\n    from ..cli import main\n")
    (ui / "b.py").write_text("from .. import cli\nimport servicepoint.cli.common\n")
    (ui / "c.py").write_text("from ..core.paths import default_base_dir\n")
    assert len(cli_imports_below_it([ui], tmp_path)) == 3
    cli = tmp_path / "servicepoint" / "cli"
    cli.mkdir()
    (cli / "x.py").write_text("from .common import _say, say\nfrom ..core import db\n")
    (cli / "y.py").write_text("def f():\n    from . import common\n    common._lang(1)\n")
    (cli / "z.py").write_text(
        "from .common import say\nfrom os import _exit\ndef _local():\n    return say.__name__\n"
    )
    assert [f.split(" ", 1)[1] for f in private_cross_imports(cli, tmp_path)] == [
        "imports servicepoint.cli.common._say",
        "uses common._lang",
    ]
