"""ESC/POS jobs from the receipt layout: the bytes a thermal printer gets, in two modes.

Both modes start from the :class:`~servicepoint.printing.layout.Flow` the PDF and the Qt
painter draw, so the three paths say the same words in the same order:

- **text** — each laid-out line as GB18030 text in the printer's own Chinese font; a label
  and its value become one line padded to the printer's columns; bold stays bold and large
  bold text (titles, strong totals) prints double size.  The QR goes out by the printer's
  own ``GS ( k`` with the Chinese character mode switched off around it (``FS .`` … ``FS &``),
  apart from the Chinese text, which is what leaves a QR blank on many printers.
- **raster** — the layout rendered to a 1-bit image at the printer's dot width (384 dots for
  58 mm, 576 for 80 mm) with the bundled font, sent by ``GS v 0`` in bands.

Both end with a cut; a drawer kick (``ESC p``) follows when the receipt took cash and the
station has a drawer.  The command set comes from python-escpos (its ``Dummy`` printer
collects the bytes); the text itself is encoded here.  No Qt, no SQL, no device I/O
(``printing/escpos_link.py`` sends the bytes).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PIL import Image, ImageDraw, ImageFont
from platformdirs import user_cache_dir

from . import fonts
from .layout import DPI, Flow, Paper, Qr, Rule, Text, dots, paper
from .receipt import layout_receipt
from .test_page import TEST_PAYLOAD, test_page_flow

if TYPE_CHECKING:
    from escpos.printer import Dummy

    from ..core.receipt_data import ReceiptData

Mode = Literal["text", "raster"]
MODES: tuple[Mode, ...] = ("text", "raster")
#: Printable dots across the roll at 203 dpi.
DOTS = {"58": 384, "80": 576}
#: The pins a cash drawer hangs on (the printer's drawer port): 2 on most, 5 on some.
DRAWER_PINS = ("2", "5")
#: Font A is 12 dots wide (a Chinese character 24): 32 columns on 58 mm, 48 on 80 mm.
CHAR_DOTS = 12
#: Rows per ``GS v 0`` band: small enough for the input buffer of a cheap printer.
BAND_ROWS = 128

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
INIT = ESC + b"@"
KANJI_ON, KANJI_OFF = FS + b"&", FS + b"."
#: Characters that GB18030 writes in four bytes, which the GB2312/GBK font of a receipt
#: printer does not have, and what prints in their place.
PRINTER_FORMS = {"¥": "￥", "−": "－"}


def columns(width: str) -> int:
    """Half-width columns of font A across the roll."""
    return DOTS[width] // CHAR_DOTS


def printer_text(text: str) -> str:
    """``text`` in the characters the printer's font has (see :data:`PRINTER_FORMS`)."""
    return "".join(PRINTER_FORMS.get(ch, ch) for ch in text)


def cells(text: str) -> int:
    """Columns ``text`` takes on the printer: one for ASCII, two for anything else (in
    Chinese mode every two-byte character, "×" and "·" too, prints full width)."""
    return sum(1 if ord(ch) < 0x80 else 2 for ch in printer_text(text))


def gb18030(text: str) -> bytes:
    """The printer's bytes for ``text``; a character outside GB18030's two-byte part (the
    GBK range printer fonts carry) prints as ``?``."""
    out = bytearray()
    for ch in printer_text(text):
        code = ch.encode("gb18030")
        out += code if len(code) <= 2 else b"?"
    return bytes(out)


def _width_key(target: str | Paper) -> str:
    p = paper(target)
    if p.name not in DOTS:
        raise ValueError(f"ESC/POS prints on 58 or 80 mm rolls, not {p.name!r}")
    return p.name


def _printer(dots: int) -> Dummy:
    """python-escpos' command set collecting bytes, told the roll's width (its default
    profile knows none and then prints a warning on every image).

    python-escpos pickles its printer profiles into a new temporary folder on every import
    unless told where: the first call points it at one folder in the user's cache."""
    if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
        cache = Path(user_cache_dir("servicepoint", False)) / "escpos"
        cache.mkdir(parents=True, exist_ok=True)
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(cache)
    from escpos.printer import Dummy

    dummy = Dummy()
    data = dict(dummy.profile.profile_data)
    data["media"] = {"dpi": DPI, "width": {"mm": "Unknown", "pixels": dots}}
    dummy.profile.profile_data = data
    return dummy


# -- text mode ------------------------------------------------------------------------------------


#: ``GS !`` sizes: normal, double height, double width and height.
NORMAL, TALL, DOUBLE = 0x00, 0x01, 0x11


@dataclass(frozen=True)
class Line:
    """One printed text line: its words, where they go, and how they are printed."""

    text: str
    align: Literal["left", "center", "right"] = "left"
    bold: bool = False
    size: int = NORMAL


def _size(big: bool, text: str, cols: int) -> int:
    """Double size for large bold text, double height only when double width won't fit."""
    if not big:
        return NORMAL
    return DOUBLE if all(cells(part) * 2 <= cols for part in text.split("\n")) else TALL


def text_lines(ops: list[Text], p: Paper, cols: int) -> list[Line]:
    """Texts on one baseline become one line; a pair (label left, value right) is padded."""
    rows: dict[float, list[Text]] = {}
    for op in ops:
        rows.setdefault(round(op.y, 2), []).append(op)
    per_col = p.inner / cols
    lines = []
    for y in sorted(rows):
        row = sorted(rows[y], key=lambda t: t.x)
        bold = any(t.bold for t in row)
        big = bold and max(t.size for t in row) > p.size * 1.05
        if len(row) >= 2:
            left, right = " ".join(t.text for t in row[:-1]), row[-1].text
            lines.append(_pair(left, right, cols, bold, big))
            continue
        t = row[0]
        w = fonts.width(t.text, t.size)
        if t.x > p.margin + 1 and abs(t.x + w / 2 - p.width / 2) < 2:
            lines.append(Line(t.text, "center", bold, _size(big, t.text, cols)))
        elif t.x > p.margin + 1 and abs(t.x + w - (p.margin + p.inner)) < 1:
            lines.append(Line(t.text, "right", bold, _size(big, t.text, cols)))
        else:
            text = " " * max(0, round((t.x - p.margin) / per_col)) + t.text
            lines.append(Line(text, "left", bold, _size(big, text, cols)))
    return lines


def text_paper(width: str) -> Paper:
    """The roll as the printer's own font fills it, for laying out text mode: a Chinese
    character (1 em in the layout's font) is two columns, so the layout breaks lines where
    the printer's font ends them; titles are twice as large, as double size prints them.
    The same layout as the PDF's, measured for another font."""
    cols = columns(width)
    cell = dots(DOTS[width]) / cols
    size = 2 * cell
    real = paper(width)
    return Paper(width, dots(DOTS[width]), None, 0.0, size, 2 * size, size, real.qr_module)


def _pair(label: str, value: str, cols: int, bold: bool, big: bool) -> Line:
    need = cells(label) + 1 + cells(value)
    size = _size(big, label + " " + value, cols)
    room = cols // (2 if size == DOUBLE else 1) - cells(label) - cells(value)
    if need > cols:  # too long for one line: the value goes on its own, right-aligned
        return Line(label + "\n" + value, "left", bold, size)
    return Line(label + " " * room + value, "left", bold, size)


def _split(text: str, limit: int) -> list[str]:
    """Break a line that does not fit the printer's columns (the layout's font is
    proportional, the printer's is not), never inside a character."""
    out: list[str] = []
    while cells(text) > limit:
        cut = 0
        while cells(text[: cut + 1]) <= limit:
            cut += 1
        space = text.rfind(" ", 0, cut + 1)
        if space > cut // 2:  # a Latin word stays whole when it can
            cut = space
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*out, text]


def _emit_text(printer: Dummy, line: Line, cols: int) -> None:
    # python-escpos' text() goes by code pages and sends GB18030 only for strings with a
    # character in U+4E00–U+9FA5 (a bare "¥12.50" or "，" would leave in the wrong code
    # page): the text is encoded here and sent raw.
    align = {"left": b"\x00", "center": b"\x01", "right": b"\x02"}[line.align]
    printer._raw(ESC + b"a" + align + ESC + b"E" + bytes((int(line.bold),)))
    printer._raw(GS + b"!" + bytes((line.size,)))
    limit = cols // (2 if line.size == DOUBLE else 1)
    for i, part in enumerate(line.text.split("\n")):
        if i and line.align == "left":
            printer._raw(ESC + b"a\x02")  # the value that did not fit beside its label
        for piece in _split(part, limit):
            printer._raw(gb18030(piece) + LF)
    printer._raw(GS + b"!\x00" + ESC + b"E\x00" + ESC + b"a\x00")


def _emit_qr(printer: Dummy, payload: str, module_dots: int) -> None:
    """The QR by ``GS ( k``, with Chinese mode off and alignment of its own."""
    from escpos.constants import QR_ECLEVEL_M

    printer._raw(KANJI_OFF + ESC + b"a\x01")
    printer.qr(payload, ec=QR_ECLEVEL_M, size=max(1, min(16, module_dots)), native=True)
    printer._raw(LF + ESC + b"a\x00" + KANJI_ON)


def text_job(flow: Flow, qr_payloads: tuple[str, ...] | list[str]) -> bytes:
    """A flow as text (without cut or drawer): the QR ops take ``qr_payloads`` in order."""
    p, width = flow.paper, _width_key(flow.paper)
    cols = columns(width)
    printer = _printer(DOTS[width])
    printer._raw(INIT + KANJI_ON)
    payloads = iter(qr_payloads)
    texts: list[Text] = []

    def flush() -> None:
        for line in text_lines(texts, p, cols):
            _emit_text(printer, line, cols)
        texts.clear()

    for ops in flow.pages:
        for op in ops:
            if isinstance(op, Text):
                texts.append(op)
                continue
            flush()
            if isinstance(op, Rule):
                indent = max(0, round((op.x1 - p.margin) / (p.inner / cols)))
                mark = "-" if op.dashed or indent == 0 else "_"
                printer._raw(gb18030(" " * indent + mark * (cols - indent)) + LF)
            elif isinstance(op, Qr):
                _emit_qr(printer, next(payloads), round(op.module * DPI / 72))
    flush()
    return printer.output


# -- raster mode ----------------------------------------------------------------------------------


def render_image(flow: Flow) -> Image.Image:
    """The flow as a 1-bit image at 203 dpi, exactly the roll's printable dots wide."""
    width = _width_key(flow.paper)
    k = DPI / 72
    height = round(flow.height() * k)
    image = Image.new("L", (DOTS[width], height), 255)
    draw = ImageDraw.Draw(image)
    faces: dict[float, ImageFont.FreeTypeFont] = {}
    for ops in flow.pages:
        for op in ops:
            if isinstance(op, Text):
                face = faces.get(op.size)
                if face is None:
                    face = ImageFont.truetype(str(fonts.font_path()), round(op.size * k), index=0)
                    faces[op.size] = face
                stroke = 1 if op.bold else 0
                draw.text(
                    (op.x * k, op.y * k), op.text, font=face, fill=0, anchor="ls",
                    stroke_width=stroke, stroke_fill=0,
                )  # fmt: skip
            elif isinstance(op, Rule):
                y, x1, x2 = round(op.y * k), round(op.x1 * k), round(op.x2 * k)
                if op.dashed:
                    for x in range(x1, x2, 8):
                        draw.rectangle((x, y, min(x + 3, x2), y + 1), fill=0)
                else:
                    draw.rectangle((x1, y, x2, y + 1), fill=0)
            elif isinstance(op, Qr):
                m = round(op.module * k)
                x0, y0 = round(op.x * k), round(op.y * k)
                for r, row in enumerate(op.modules):
                    for c, dark in enumerate(row):
                        if dark:
                            x, y = x0 + c * m, y0 + r * m
                            draw.rectangle((x, y, x + m - 1, y + m - 1), 0)
    return image.point(lambda v: 0 if v < 128 else 255, mode="1")


def raster_job(flow: Flow) -> bytes:
    """A flow as ``GS v 0`` bands (without cut or drawer)."""
    image = render_image(flow)
    printer = _printer(image.width)
    printer._raw(INIT)
    printer.image(image, impl="bitImageRaster", fragment_height=BAND_ROWS)
    return printer.output


# -- whole jobs -----------------------------------------------------------------------------------


def finish_job(body: bytes, drawer: str = "") -> bytes:
    """Feed and cut; then kick the drawer on ``drawer``'s pin ("" for none)."""
    printer = _printer(DOTS["58"])
    printer.cut()
    if drawer:
        if drawer not in DRAWER_PINS:
            raise ValueError(f"drawer pin {drawer!r}: use 2 or 5")
        printer.cashdraw(int(drawer))
    return body + printer.output


def flow_job(flow: Flow, mode: str, qr_payloads: tuple[str, ...], drawer: str = "") -> bytes:
    if mode == "text":
        body = text_job(flow, qr_payloads)
    elif mode == "raster":
        body = raster_job(flow)
    else:
        raise ValueError(f"unknown ESC/POS mode {mode!r}: use text or raster")
    return finish_job(body, drawer)


def took_cash(data: ReceiptData) -> bool:
    """Whether cash changed hands on this receipt (in or out of the drawer)."""
    from ..core.receipt_data import METHOD_ZH

    return any(METHOD_ZH["cash"] in pay.label for pay in data.payments)


def receipt_job(
    data: ReceiptData, mode: str = "text", width: str = "80", drawer: str = ""
) -> bytes:
    """The whole job for one receipt copy.  The drawer opens for a cash receipt's original
    only: a reprint hands no money over."""
    key = _width_key(width)
    flow = layout_receipt(data, text_paper(key) if mode == "text" else key)
    kick = drawer if took_cash(data) and not data.reprint else ""
    return flow_job(flow, mode, (data.qr_text,), kick)


def test_page_job(
    station_name: str, mode: str, width: str = "80", when: datetime | None = None
) -> bytes:
    """The printer test page in one mode (the wizard prints one of each); no drawer kick."""
    key = _width_key(width)
    flow = test_page_flow(station_name, text_paper(key) if mode == "text" else key, when)
    flow.para(f"ESC/POS {mode}", flow.paper.size, align="center", bold=True)
    return flow_job(flow, mode, (TEST_PAYLOAD,))
