"""Render the bundled SVG icons to the PNG files the window loads.

    python scripts/icons.py

The SVGs in ``resources/icons/svg`` are Tabler Icons (MIT, see LICENSE-tabler-icons.txt),
drawn with ``stroke="currentColor"``.  The window shows them as PNGs in two colours: the
accent colour, and white for a selected navigation row.  Rendering here, once, keeps QtSvg out
of the desktop bundle (installer/bundle_config.py drops it) and the start-up free of SVG work.
Run it after adding an SVG or changing the accent colour; ``tests/ui/test_look.py`` checks
that every SVG has both PNGs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from servicepoint.ui.look import ACCENT, ICON_PX, ICONS  # noqa: E402

COLOURS = {"": ACCENT, "-on": "#ffffff"}


def render(svg: Path, colour: str, out: Path) -> None:
    data = svg.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    image = QImage(ICON_PX, ICON_PX, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(out), "PNG")


def main() -> None:
    QGuiApplication.instance() or QGuiApplication([])
    for svg in sorted(ICONS.glob("svg/*.svg")):
        for suffix, colour in COLOURS.items():
            render(svg, colour, ICONS / f"{svg.stem}{suffix}.png")
    print(f"rendered {len(list(ICONS.glob('svg/*.svg')))} icons into {ICONS}")


if __name__ == "__main__":
    main()
