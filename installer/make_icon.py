"""Draw the app icon (a village shop with a striped awning on a green tile) with Pillow.

    python installer/make_icon.py

Writes ``installer/icon/servicepoint.png`` (256 px, for Linux desktops) and
``installer/icon/servicepoint.ico`` (16–256 px, for the Windows executable, shortcuts and the
installer).  Drawn here from rectangles and ellipses: no artwork is copied.  The files are
committed, so a build needs no drawing; run this again only to change the icon.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
OUT = HERE / "icon"
BIG = 1024  # drawn large, then scaled down for smooth edges

GREEN = (46, 125, 50, 255)
DARK = (27, 94, 32, 255)
WHITE = (255, 255, 255, 255)
RED = (211, 47, 47, 255)
GOLD = (255, 193, 7, 255)
CREAM = (255, 236, 179, 255)


def draw() -> Image.Image:
    img = Image.new("RGBA", (BIG, BIG), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, BIG - 40, BIG - 40), radius=180, fill=GREEN)
    # the shop: a white body with a door and a window
    d.rectangle((220, 470, 804, 840), fill=WHITE)
    d.rectangle((300, 580, 470, 840), fill=DARK)
    d.rectangle((560, 580, 724, 720), fill=DARK)
    d.rectangle((572, 592, 712, 708), fill=GOLD)
    # the awning: five stripes, red and white, each ending in a scallop
    left, right, top, bottom = 180, 844, 300, 440
    stripe = (right - left) / 5
    for i in range(5):
        x0 = left + i * stripe
        colour = RED if i % 2 == 0 else CREAM
        d.rectangle((x0, top, x0 + stripe, bottom), fill=colour)
        d.ellipse((x0, bottom - stripe / 2, x0 + stripe, bottom + stripe / 2), fill=colour)
    # the roof line and a sign board with three "characters" as bars
    d.rounded_rectangle((160, 230, 864, 310), radius=24, fill=DARK)
    for i in range(3):
        x0 = 330 + i * 130
        d.rounded_rectangle((x0, 252, x0 + 90, 288), radius=10, fill=GOLD)
    return img


def main() -> None:
    OUT.mkdir(exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "servicepoint.png", optimize=True)
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "servicepoint.ico", sizes=sizes)
    print(f"wrote {OUT / 'servicepoint.png'} and {OUT / 'servicepoint.ico'}")


if __name__ == "__main__":
    main()
