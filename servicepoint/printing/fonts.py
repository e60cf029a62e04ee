"""The receipt font: WenQuanYi Micro Hei from ``resources/fonts``, registered once per process.

Reading the 5 MB TrueType collection takes about 0.1 s, so it happens on first use and never
again (a lock makes that safe if the GUI prints from a worker thread).  reportlab embeds only
the glyphs a PDF uses.  Width measuring reads the face's width table directly: it runs for
every character of every receipt, and ``pdfmetrics.stringWidth`` adds a layer of lookups.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
#: The yuan sign. The font has both U+00A5 ¥ and U+FFE5 ￥; the half-width one keeps amounts
#: narrow on a 58 mm roll.  ``tests/printing`` checks the glyph is really there.
YUAN = "¥"

_lock = threading.Lock()
_font: TTFont | None = None


def font_path() -> Path:
    """``SERVICEPOINT_FONT`` if set, else the bundled file (also inside a PyInstaller build)."""
    override = os.environ.get("SERVICEPOINT_FONT")
    if override:
        return Path(override)
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return root / "resources" / "fonts" / FONT_FILE


def register() -> TTFont:
    """Register the font with reportlab (first call only) and return it."""
    global _font
    if _font is None:
        with _lock:
            if _font is None:
                font = TTFont(FONT, str(font_path()), subfontIndex=0)
                pdfmetrics.registerFont(font)
                _font = font
    return _font


def width(text: str, size: float) -> float:
    """Width of ``text`` in points at ``size``."""
    face = register().face
    widths = face.charWidths
    default = face.defaultWidth
    return sum(widths.get(ord(ch), default) for ch in text) * 0.001 * size


def missing_glyphs(text: str) -> str:
    """The characters of ``text`` the font cannot draw (they would print as boxes)."""
    cmap = register().face.charToGlyph
    return "".join(ch for ch in dict.fromkeys(text) if ch not in " \n" and ord(ch) not in cmap)


def metrics(size: float) -> tuple[float, float]:
    """(ascent, descent) in points at ``size``; descent is positive."""
    face = register().face
    return face.ascent * 0.001 * size, -face.descent * 0.001 * size
