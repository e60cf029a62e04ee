"""Update the window's translation files and compile them.

    python scripts/translations.py            # lupdate: collect tr() strings into the .ts files
    python scripts/translations.py --release  # lrelease: compile .ts into the .qm the app loads

Source strings are English; ``servicepoint_zh_CN.ts`` holds the Chinese (the default
language), ``servicepoint_en.ts`` is the identity translation so English stays complete when
Qt would otherwise fall back.  Both tools ship with PySide6 (``pyside6-lupdate``,
``pyside6-lrelease``), so nothing needs installing by hand.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "servicepoint" / "ui"
OUT = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def update() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = OUT / f"servicepoint_{lang}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def fill_english(ts: Path) -> None:
    """English is the source language: its file translates each text to itself, so an
    English window never shows a stale or missing text."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        if source is None or translation is None:
            continue
        translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release() -> None:
    fill_english(OUT / "servicepoint_en.ts")
    for lang in LANGS:
        ts = OUT / f"servicepoint_{lang}.ts"
        subprocess.run(
            [tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="compile .ts to .qm")
    args = parser.parse_args()
    if args.release:
        release()
    else:
        update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
