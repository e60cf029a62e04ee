"""`servicepoint --self-test`, the smoke test an installed bundle runs, passes from the venv."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes_and_names_each_check():
    """Exit 0, one ok line per check, in a fresh process as a technician would run it."""
    done = subprocess.run(
        [sys.executable, "-m", "servicepoint.cli", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith(("ok", "FAIL"))]
    assert len(lines) == 8 and all(line.startswith("ok") for line in lines)
    # issue 15: the ESC/POS command set and its printer profiles are in the build
    assert any(line.startswith("ok    ESC/POS receipt, text and raster: ") for line in lines)
    # issue 12: the offscreen window loads none of the xcb libraries, so they are checked apart
    assert any(line.startswith("ok    xcb platform libraries: ") for line in lines)
    # issue 15: pyserial and its URL handlers (the loop port) read a scale's frame
    assert any(line.startswith("ok    scale over a serial loop: 1234 g") for line in lines)
    assert "self-test passed" in done.stdout
