"""Page sizes and a tiny flow layout: text that wraps, label/value rows, rules, a QR code.

Layout is kept apart from drawing so that it is measured once (a roll's page is exactly as
tall as its content) and so tests can check every drawn string lies inside the printable width
without rasterising.  Positions are in points from the top-left; ``draw`` turns them into
reportlab's bottom-left coordinates.  No Qt, no SQL.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from . import fonts

DPI = 203
MM = 72 / 25.4


def dots(n: float) -> float:
    """Printer dots at 203 dpi → points."""
    return n * 72 / DPI


@dataclass(frozen=True)
class Paper:
    """A target: roll papers have no fixed height (``height`` None) and grow with content."""

    name: str
    width: float
    height: float | None
    margin: float
    size: float  # body text
    title: float
    small: float
    qr_module: float

    @property
    def inner(self) -> float:
        return self.width - 2 * self.margin


#: 58 mm and 80 mm rolls: the page is the printable width (384 / 576 dots at 203 dpi).
ROLL_58 = Paper("58", dots(384), None, dots(10), 8.0, 12.0, 6.5, dots(5))
ROLL_80 = Paper("80", dots(576), None, dots(14), 9.5, 14.0, 7.5, dots(6))
A4 = Paper("a4", 210 * MM, 297 * MM, 18 * MM, 10.5, 16.0, 8.5, 0.7 * MM)
PAPERS = {"58": ROLL_58, "80": ROLL_80, "a4": A4}
LEADING = 1.32
_CLOSING = set("，。、；：？！）」』》】,.;:?!)%")
GRAY = Color(0.82, 0.82, 0.82)


def paper(name: str | Paper) -> Paper:
    if isinstance(name, Paper):
        return name
    try:
        return PAPERS[str(name).lower().removesuffix("mm")]
    except KeyError:
        raise ValueError(f"unknown paper {name!r}: use 58, 80 or a4") from None


def _wide(ch: str) -> bool:
    return ord(ch) > 0x2E7F  # CJK and full-width forms: a line may break around each


def _tokens(text: str) -> list[str]:
    """CJK characters one by one, Latin words whole, closing punctuation glued to the left."""
    out: list[str] = []
    for ch in text:
        if ch in _CLOSING and out and out[-1] != " ":
            out[-1] += ch
        elif ch == " " or _wide(ch) or not out or out[-1] == " " or _wide(out[-1][-1]):
            out.append(ch)
        else:
            out[-1] += ch
    return out


def wrap(text: str, size: float, limit: float) -> list[str]:
    """Greedy line breaking that never exceeds ``limit``; over-long words break anywhere."""
    lines: list[str] = []
    for para in text.split("\n"):
        cur, cur_w = "", 0.0
        for tok in _tokens(para):
            w = fonts.width(tok, size)
            if cur_w + w <= limit:
                cur, cur_w = cur + tok, cur_w + w
                continue
            if cur.strip():
                lines.append(cur.rstrip())
            cur, cur_w = "", 0.0
            if tok == " ":
                continue
            for ch in tok:  # a token wider than the line: break it by characters
                cw = fonts.width(ch, size)
                if cur_w + cw > limit and cur:
                    lines.append(cur)
                    cur, cur_w = "", 0.0
                cur, cur_w = cur + ch, cur_w + cw
        lines.append(cur.rstrip())
    return lines


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline, from the top of the page
    text: str
    size: float
    bold: bool = False


@dataclass(frozen=True)
class Rule:
    x1: float
    x2: float
    y: float
    dashed: bool = False


@dataclass(frozen=True)
class Qr:
    x: float
    y: float  # top edge
    modules: tuple[tuple[bool, ...], ...]
    module: float

    @property
    def side(self) -> float:
        return len(self.modules) * self.module


#: A fixed mask pattern.  The standard has encoders score all eight masks and take the best;
#: that scoring is 80 % of reportlab's encoding time (5 of 6 ms), and any mask decodes — the
#: tests decode every receipt's QR with zbar from a 203 dpi render.
QR_MASK = 2


def _cache_rs_generator() -> None:
    """reportlab rebuilds the Reed-Solomon generator polynomial (a pure function of the
    number of error-correction bytes) for every block of every code; that is 40 % of encoding.
    Memoise it, process-wide: same results, only faster.  Callers never mutate it."""
    util = getattr(qrencoder, "QRUtil", None)
    original = getattr(util, "getErrorCorrectPolynomial", None)
    if util is not None and callable(original) and not hasattr(original, "cache_info"):
        util.getErrorCorrectPolynomial = staticmethod(lru_cache(maxsize=64)(original))


_cache_rs_generator()


def qr_runs(modules: tuple[tuple[bool, ...], ...]) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules: one rectangle per
    run instead of one per module, for the PDF and the Qt painter alike."""
    runs = []
    for r, row in enumerate(modules):
        start = -1
        for col, dark in enumerate((*row, False)):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                runs.append((r, start, col - start))
                start = -1
    return runs


@lru_cache(maxsize=8)
def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix (error correction M). Cached only for repeated previews of one receipt."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    n = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(n)) for r in range(n))


Op = Text | Rule | Qr


@dataclass
class Flow:
    """Lays blocks down the page; on A4 a block that does not fit starts a new page."""

    paper: Paper
    footer: float = 0.0
    pages: list[list[Op]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    def __post_init__(self) -> None:
        self.y = self.paper.margin

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def need(self, height: float) -> None:
        p = self.paper
        bottom = p.height - p.margin - self.footer if p.height is not None else None
        if bottom is not None and self.y + height > bottom and self.y > p.margin:
            self.pages.append([])
            self.y = p.margin

    def gap(self, height: float) -> None:
        self.y += height

    def _line(self, text: str, size: float, x: float, bold: bool) -> None:
        ascent, _ = fonts.metrics(size)
        lead = size * LEADING
        self.need(lead)
        self.ops.append(Text(x, self.y + (lead - size) / 2 + ascent, text, size, bold))
        self.y += lead

    def para(
        self,
        text: str,
        size: float | None = None,
        *,
        align: str = "left",
        bold: bool = False,
        indent: float = 0.0,
    ) -> None:
        size = size or self.paper.size
        left, inner = self.paper.margin + indent, self.paper.inner - indent
        for line in wrap(text, size, inner):
            w = fonts.width(line, size)
            x = {"left": left, "center": left + (inner - w) / 2, "right": left + inner - w}[align]
            self._line(line, size, x, bold)

    def pair(
        self, label: str, value: str, size: float | None = None, *, bold: bool = False
    ) -> None:
        """Label on the left, value on the right; the value drops below if both do not fit."""
        size = size or self.paper.size
        p = self.paper
        lw, vw = fonts.width(label, size), fonts.width(value, size)
        gap = size * 0.8
        if lw + gap + vw <= p.inner:
            ascent, _ = fonts.metrics(size)
            lead = size * LEADING
            self.need(lead)
            base = self.y + (lead - size) / 2 + ascent
            self.ops.append(Text(p.margin, base, label, size, bold))
            self.ops.append(Text(p.margin + p.inner - vw, base, value, size, bold))
            self.y += lead
            return
        self.para(label, size, bold=bold)
        self.para(value, size, align="right", bold=bold, indent=size)

    def rule(self, *, dashed: bool = False, space: float | None = None) -> None:
        space = self.paper.size * 0.45 if space is None else space
        self.need(2 * space)
        self.y += space
        self.ops.append(
            Rule(self.paper.margin, self.paper.width - self.paper.margin, self.y, dashed)
        )
        self.y += space

    def signature(self, label: str) -> None:
        size = self.paper.size
        self.need(size * 5)
        self.gap(size * 1.2)
        self.para(label + "：", size)
        self.gap(size * 1.6)
        self.ops.append(
            Rule(self.paper.margin + size, self.paper.width - self.paper.margin, self.y)
        )
        self.gap(size * 0.6)

    def qr(self, payload: str, module: float | None = None) -> Qr:
        """A QR centred with its quiet zone (4 modules) kept clear of everything else."""
        module = module or self.paper.qr_module
        matrix = qr_modules(payload)
        side = len(matrix) * module
        quiet = 4 * module
        self.need(side + 2 * quiet)
        self.y += quiet
        code = Qr(self.paper.margin + (self.paper.inner - side) / 2, self.y, matrix, module)
        self.ops.append(code)
        self.y += side + quiet
        return code

    def height(self) -> float:
        return self.y + self.paper.margin


# -- drawing -------------------------------------------------------------------------------------


def draw(c: Canvas, ops: list[Op], page_height: float) -> None:
    """Draw laid-out ops on a canvas (points from the top → reportlab's bottom-left).

    All strings go into one PDF text object: a page of receipt text is one ``BT … ET`` with a
    move per line, rather than one text object per string.
    """
    texts = []
    for op in ops:
        if isinstance(op, Text):
            texts.append(op)
        elif isinstance(op, Rule):
            c.setLineWidth(0.6)
            c.setDash(2, 2) if op.dashed else c.setDash()
            c.line(op.x1, page_height - op.y, op.x2, page_height - op.y)
            c.setDash()
        else:
            _draw_qr(c, op, page_height)
    if not texts:
        return
    c.saveState()
    # The font has one weight: bold is fill + stroke (render mode 2) with a thin outline.
    c.setLineWidth(min(t.size for t in texts) * 0.04)
    t = c.beginText()
    size, bold = 0.0, False
    for op in texts:
        if op.size != size:
            t.setFont(fonts.FONT, op.size)
            size = op.size
        if op.bold != bold:
            t.setTextRenderMode(2 if op.bold else 0)
            bold = op.bold
        t.setTextOrigin(op.x, page_height - op.y)
        t.textOut(op.text)
    t.setTextRenderMode(0)
    c.drawText(t)
    c.restoreState()


def _draw_qr(c: Canvas, code: Qr, page_height: float) -> None:
    """Runs of dark modules as rectangles of one path in module units, written as literal PDF
    (a few hundred ``re`` operators; reportlab's path object formats each float slowly)."""
    quiet = 4 * code.module
    top = page_height - code.y
    n = len(code.modules)
    c.setFillColorRGB(1, 1, 1)
    c.rect(
        code.x - quiet,
        top - code.side - quiet,
        code.side + 2 * quiet,
        code.side + 2 * quiet,
        stroke=0,
        fill=1,
    )
    c.setFillColorRGB(0, 0, 0)
    rects = [f"{start} {n - 1 - r} {length} 1 re" for r, start, length in qr_runs(code.modules)]
    m = code.module
    c.addLiteral(
        f"q {m:.5f} 0 0 {m:.5f} {code.x:.5f} {top - code.side:.5f} cm\n"
        + "\n".join(rects)
        + "\nf Q"
    )


def watermark(c: Canvas, text: str, width: float, height: float, largest: float) -> None:
    """``text`` in light grey across the page, repeated down a long roll (drawn first)."""
    angle = 28
    size = min(largest, width * 0.92 / (fonts.width(text, 1) * math.cos(math.radians(angle))))
    c.saveState()
    c.setFillColor(GRAY)
    c.setFont(fonts.FONT, size)
    w = fonts.width(text, size)
    step = max(w * math.sin(math.radians(angle)) + size * 2.5, size * 5)
    y = step / 2
    while y < height:
        c.saveState()
        c.translate(width / 2, y)
        c.rotate(angle)
        c.drawCentredString(0, -size / 3, text)
        c.restoreState()
        y += step
    c.restoreState()
