"""Screenshots of the county's web pages under docs/county/, made by the browser tests.

Run ``.venv/bin/python scripts/county_screenshots.py`` (needs Debian's ``chromium`` and
``chromium-driver``).  It runs ``tests/browser`` with ``--county-screenshots``: each test saves
the pages it walks, at the sizes it asserts on, so a screenshot in the repository is always
a page a passing test saw.  Extra arguments go to pytest (``-k receipt``).  Look at every PNG
afterwards.  Today that is the receipt check page (phone and PC, genuine, voided, forged,
English; ``test_receipt_check.py``) and the console at 1366×768 — overview, a station,
conflicts, a catalogue upload refused and previewed, the catalogue — and its catalogue page
on a phone (``test_console_walk.py``).

A screenshot with Chinese needs a Chinese font the browser can use (``fc-list :lang=zh``);
without one the script stops instead of saving empty boxes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    fonts = shutil.which("fc-list")
    if (
        fonts is None
        or not subprocess.run([fonts, ":lang=zh"], capture_output=True, text=True).stdout.strip()
    ):
        print("no Chinese font for chromium: apt-get install fonts-wqy-microhei", file=sys.stderr)
        return 1
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--county-screenshots",
        str(ROOT / "tests" / "browser"),
        *argv,
    ]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode == 0:
        for png in sorted((ROOT / "docs" / "county").glob("*.png")):
            print(png.relative_to(ROOT))
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
