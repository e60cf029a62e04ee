"""Run pytest on Qt's real ``xcb`` platform under a fresh Xvfb: the second run of `make test`.

    python scripts/xcb_tests.py -q tests/ui/keyboard

The first run of `make test` is offscreen, which loads none of the xcb libraries, so a PC
missing ``libxcb-cursor0`` passed every test and still could not open the window (issue 12).
This run starts an X server of its own at 1366×768 (PyVirtualDisplay around Debian's Xvfb),
sets ``QT_QPA_PLATFORM=xcb`` and ``DISPLAY`` for a pytest child with the arguments given, and
exits with pytest's code.  It never skips: without Xvfb, or with a library the xcb plugin
needs missing, it stops with exit 2 and says which package to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from servicepoint import platform_libs

NO_XVFB = {
    "zh": "找不到 Xvfb，无法在真实的 xcb 平台上运行窗口测试。请安装：sudo apt-get install xvfb",
    "en": "Xvfb was not found, so the window tests cannot run on the real xcb platform. "
    "Install it: sudo apt-get install xvfb",
}
NOT_LINUX = {
    "zh": "xcb 窗口测试只在 Linux 上运行。",
    "en": "The xcb window tests run on Linux only.",
}


def main(argv: list[str]) -> int:
    lang = platform_libs.language()
    if not sys.platform.startswith("linux"):
        print(NOT_LINUX[lang])
        return 0
    if shutil.which("Xvfb") is None:
        print(NO_XVFB[lang], file=sys.stderr)
        return 2
    if platform_libs.main(["--force", "--quiet"]) != 0:
        return 2
    from pyvirtualdisplay import Display

    with Display(
        backend="xvfb", size=(1366, 768), color_depth=24, manage_global_env=False
    ) as display:
        env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display.new_display_var)
        env.pop("WAYLAND_DISPLAY", None)
        print(f"xcb run: Xvfb on {display.new_display_var}, QT_QPA_PLATFORM=xcb", flush=True)
        return subprocess.run([sys.executable, "-m", "pytest", *argv], env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
