"""A reader for the ESC/POS bytes our jobs send, written from the command reference, for tests.

It walks the stream command by command, as a printer does, and keeps what would come out:
the text lines (decoded from GB18030, with the bold / size / alignment in force when each was
printed), the payload of every native QR (``GS ( k`` function 180), the raster bands of
``GS v 0`` stacked into one image, cuts and drawer kicks.  A byte it does not know raises, so a
stray command in a job fails the test instead of printing garbage on paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

ESC, GS, FS = 0x1B, 0x1D, 0x1C


@dataclass(frozen=True)
class PrintedLine:
    text: str
    bold: bool
    size: int  # GS ! value: 0x00 normal, 0x01 double height, 0x11 double width and height
    align: int  # 0 left, 1 centre, 2 right
    kanji: bool  # Chinese character mode was on


@dataclass
class Decoded:
    lines: list[PrintedLine] = field(default_factory=list)
    qr_payloads: list[bytes] = field(default_factory=list)
    qr_kanji: list[bool] = field(default_factory=list)  # Chinese mode when each QR printed
    bands: list[tuple[int, int, bytes]] = field(default_factory=list)  # width bytes, rows, bits
    cuts: int = 0
    drawer_kicks: list[int] = field(default_factory=list)  # pin: 0 = pin 2, 1 = pin 5
    order: list[str] = field(default_factory=list)  # "text", "qr", "raster", "cut", "drawer"

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    def image(self) -> Image.Image:
        """The raster bands stacked, as the printer would print them (black = 0)."""
        width = self.bands[0][0]
        assert all(b[0] == width for b in self.bands), "bands of different widths"
        rows = sum(b[1] for b in self.bands)
        data = b"".join(b[2] for b in self.bands)
        # GS v 0 sends 1 for a dot printed; PIL's mode "1" reads 1 as white
        return Image.frombytes("1", (width * 8, rows), bytes(255 - x for x in data))


def decode(data: bytes) -> Decoded:
    out = Decoded()
    i, n = 0, len(data)
    buf = bytearray()
    bold, size, align, kanji = False, 0, 0, False
    stored_qr = b""

    def line() -> None:
        out.lines.append(PrintedLine(buf.decode("gb18030"), bold, size, align, kanji))
        out.order.append("text")
        buf.clear()

    while i < n:
        b = data[i]
        if b == 0x0A:
            line()
            i += 1
        elif b == ESC:
            cmd = data[i + 1]
            if cmd == ord("@"):
                bold, size, align = False, 0, 0
                i += 2
            elif cmd == ord("a"):
                align = data[i + 2] % 48
                i += 3
            elif cmd == ord("E"):
                bold = bool(data[i + 2] & 1)
                i += 3
            elif cmd in (ord("!"), ord("{"), ord("-"), ord("M"), ord("t"), ord("d")):
                i += 3
            elif cmd == ord("p"):
                out.drawer_kicks.append(data[i + 2] % 48)
                out.order.append("drawer")
                i += 5
            else:
                raise ValueError(f"unknown ESC {cmd:#x} at {i}")
        elif b == GS:
            cmd = data[i + 1]
            if cmd == ord("!"):
                size = data[i + 2]
                i += 3
            elif cmd in (ord("b"), ord("B")):
                i += 3
            elif cmd == ord("V"):
                out.cuts += 1
                out.order.append("cut")
                i += 3 if data[i + 2] in (0, 1, 48, 49) else 4
            elif cmd == ord("(") and data[i + 2] == ord("k"):
                length = data[i + 3] + 256 * data[i + 4]
                cn, fn = data[i + 5], data[i + 6]
                body = data[i + 7 : i + 5 + length]
                assert cn == 49, f"GS ( k for symbol {cn}, not a QR"
                if fn == 80:  # store the data (m = body[0])
                    stored_qr = body[1:]
                elif fn == 81:  # print the stored symbol
                    out.qr_payloads.append(stored_qr)
                    out.qr_kanji.append(kanji)
                    out.order.append("qr")
                i += 5 + length
            elif cmd == ord("v") and data[i + 2] in (0, 48):
                xb = data[i + 4] + 256 * data[i + 5]
                rows = data[i + 6] + 256 * data[i + 7]
                start = i + 8
                out.bands.append((xb, rows, data[start : start + xb * rows]))
                out.order.append("raster")
                i = start + xb * rows
            else:
                raise ValueError(f"unknown GS {cmd:#x} at {i}")
        elif b == FS:
            cmd = data[i + 1]
            if cmd == ord("&"):
                kanji = True
            elif cmd == ord("."):
                kanji = False
            else:
                raise ValueError(f"unknown FS {cmd:#x} at {i}")
            i += 2
        elif b < 0x20:
            raise ValueError(f"unknown control byte {b:#x} at {i}")
        else:
            buf.append(b)
            i += 1
    if buf:
        line()
    return out
