"""Screenshots of every screen, on the training station, for docs/screenshots/ and README.

    python scripts/screenshots.py [--lang zh_CN|en] [--out docs/screenshots]

Runs the real window on an X server whose work area is 1366×728 (a 1366×768 screen less
a taskbar): under ``xvfb-run``
when there is no display (Debian's ``xvfb``), so it works on a headless machine.  It builds a
fresh training station in a temporary folder, signs in its manager, fills a purchase in
progress so the Purchase screen shows what an operator sees mid-sale, and saves one PNG per
screen plus the sign-in dialog and the first-run wizard.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _reexec_under_xvfb() -> None:
    if os.environ.get("DISPLAY") or os.environ.get("SERVICEPOINT_SHOTS_CHILD"):
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("no display and no xvfb-run: apt-get install xvfb")
    env = dict(os.environ, SERVICEPOINT_SHOTS_CHILD="1", QT_QPA_PLATFORM="xcb")
    done = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1366x728x24", sys.executable, *sys.argv], env=env
    )
    raise SystemExit(done.returncode)


def settle(app: object, window: object, rounds: int = 30) -> None:
    """Let background loads finish and the screen repaint."""
    from PySide6.QtCore import QCoreApplication, QThread

    for _ in range(rounds):
        window.ctx.tasks.wait(5000)  # type: ignore[attr-defined]
        QCoreApplication.processEvents()
        QThread.msleep(20)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    _reexec_under_xvfb()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sp-shots-"))
    os.environ["SERVICEPOINT_DATA_DIR"] = str(work)
    os.environ["SERVICEPOINT_PRINT_TO_PDF"] = str(work / "printed")

    from PySide6.QtWidgets import QApplication

    from servicepoint.core.training import build_training_station
    from servicepoint.ui import i18n
    from servicepoint.ui.app import build_window
    from servicepoint.ui.dialogs import SignIn
    from servicepoint.ui.wizard import FirstRun

    app = QApplication(sys.argv[:1])
    i18n.register_font(app)
    i18n.install(args.lang)
    suffix = "" if args.lang == "zh_CN" else "-en"
    station = build_training_station(work / "training")
    manager = next(o for o in station.operators.list() if o.is_manager)
    station.act_as(manager)
    ctx, window = build_window(station, work / "app.json", args.lang)
    window.idle.stop()
    window.schedule.stop()
    window.startup_check.stop()
    window.show_maximised()
    settle(app, window)
    saved = []
    for key in window.screens:
        window.go(key)
        settle(app, window)
        if key == "purchase":
            _fill_purchase(window)
            settle(app, window)
        if key == "parcels":
            _fill_parcels(window)
            settle(app, window)
            pickup = out / f"parcels-pickup{suffix}.png"
            _parcel_pickup(window, lambda: settle(app, window))
            window.grab().save(str(pickup))
            saved.append(pickup)
            window.screens["parcels"].show_tab(0)
            settle(app, window)
        path = out / f"{key}{suffix}.png"
        window.grab().save(str(path))
        saved.append(path)
    from screenshots_printing import printing_shots  # the print banner and unprinted list

    saved += printing_shots(window, out, suffix, lambda rounds=30: settle(app, window, rounds))
    saved.append(_day_close(window, out / f"day-close{suffix}.png", lambda: settle(app, window)))
    sign_in = SignIn(ctx)
    sign_in.show()
    settle(app, window, 5)
    sign_in.grab().save(str(out / f"sign-in{suffix}.png"))
    saved.append(out / f"sign-in{suffix}.png")
    sign_in.close()
    wizard = FirstRun(work / "new", "en" if args.lang == "en" else "zh_CN")
    wizard.resize(640, 480)
    wizard.show()
    settle(app, window, 5)
    wizard.grab().save(str(out / f"wizard{suffix}.png"))
    saved.append(out / f"wizard{suffix}.png")
    wizard.close()
    window.close()
    station.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def _day_close(window: object, path: Path, settle_now: object) -> Path:
    """The day-close dialog over Reports, a count by note under way (short by ¥20)."""
    from servicepoint.ui.widgets.day_close_dialog import DayCloseDialog

    window.go("reports")  # type: ignore[attr-defined]
    panel = window.screens["reports"].day  # type: ignore[attr-defined]
    settle_now()  # type: ignore[operator]
    dialog = DayCloseDialog(panel.ctx, panel.data.daily, panel)
    expected = panel.data.daily.drawer.expected_cash_fen
    dialog.show()
    dialog.by_note.setChecked(True)
    hundreds, rest = divmod(max(expected - 2000, 0), 10000)
    dialog.piles[10000].setValue(hundreds)
    dialog.coins.setText(f"{rest // 100}.{rest % 100:02d}")
    settle_now()  # type: ignore[operator]
    dialog.grab().save(str(path))
    dialog.reject()
    return path


def _fill_parcels(window: object) -> None:
    """The parcel desk mid-morning: parcels on the shelves (one for a farmer with an order
    waiting, so the match shows), two more scanned and waiting for their recipient."""
    screen = window.screens["parcels"]  # type: ignore[attr-defined]
    ctx = screen.ctx
    farmers = [f for f in ctx.station.farmers.list(limit=20) if f.phone][:3]
    for i, f in enumerate(farmers):
        ctx.write(
            lambda st, i=i, f=f: st.parcels.check_in(f"75{i + 1}234567890", f.phone or "", f.name)
        )
    panel = screen.checkin
    for number in ("YT4302211893300", "JT0012345678901", "SF1409875543210"):
        panel.scan.setText(number)
        panel.take_scan()
    panel.phone.setText("8826")
    panel.name.setText("赵桂兰")
    panel.check_in()
    for number in ("4312345678901", "773123456789012"):
        panel.scan.setText(number)
        panel.take_scan()
    panel.phone.setText("13907")


def _parcel_pickup(window: object, settle_now: object) -> None:
    """The pickup tab with a parcel found by the last four digits of a phone."""
    screen = window.screens["parcels"]  # type: ignore[attr-defined]
    screen.show_tab(1)
    settle_now()  # type: ignore[operator]
    shelved = screen.ctx.station.parcels.shelved()
    if shelved:
        screen.pickup.find_edit.setText(shelved[-1].phone_last4)
        screen.pickup.search()
    settle_now()  # type: ignore[operator]


def _fill_purchase(window: object) -> None:
    """A sale in progress: a farmer chosen and two catalogue items on the order."""
    from servicepoint.core.money import unit
    from servicepoint.core.purchasing import LineInput

    screen = window.screens["purchase"]  # type: ignore[attr-defined]
    station = screen.ctx.station
    farmers = station.farmers.search("zs", limit=1) or station.farmers.list(limit=1)
    screen.picker.choose(farmers[0])
    for item in station.catalogue.search("", limit=2):
        screen.add_line(
            LineInput(
                unit(item.unit).base_per_unit * 2,
                item_id=item.id,
                unit_code=item.unit,
                category_code=item.category_code,
            )
        )


if __name__ == "__main__":
    sys.exit(main())
