"""Start-up of the desktop window on the 5-year station, against a bare PySide6 window.

    python -m bench.bench_startup [--runs 5] [--station bench/out/five_year]

Each run is a fresh process, timed from just before it is started to the moment it reports
that its window has been shown and the event loop has come round (the window answers input):
what the operator waits for after double-clicking.  The bare window is the floor PySide6
itself sets on this machine, measured in the same run.  The app's run then opens the orders
screen, waits for the 100,000 orders to load on the database worker, and times filtering the
list (by status, by text, by dates), and reads its peak memory (VmHWM).

The station comes from ``python -m bench.generate_station`` (bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("servicepoint")); w.resize(1366, 740); w.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

APP = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from servicepoint.core import Station
from servicepoint.ui import i18n
from servicepoint.ui.app import build_window

app = QApplication(sys.argv)
i18n.register_font(app)
i18n.install("zh_CN")
station = Station.open(sys.argv[1])
station.act_as(next(o for o in station.operators.list() if o.is_manager))
ctx, window = build_window(station, Path(sys.argv[2]), "zh_CN")
window.idle.stop(); window.schedule.stop(); window.startup_check.stop()
window.resize(1366, 740)
window.show()

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0

def ready():
    print("READY", flush=True)
    window.go("orders")
    screen = window.screens["orders"]
    start = time.perf_counter()
    def wait():
        if not getattr(screen, "loaded_once", False):
            QTimer.singleShot(20, wait)
            return
        loaded = time.perf_counter() - start
        timings = {}
        combo = screen.status
        for label, act in (
                ("status arrived", lambda: combo.setCurrentIndex(
                    combo.findData("arrived"))),
                ("status all", lambda: combo.setCurrentIndex(0)),
                ("text 'zh'", lambda: screen.search.setText("zh")),
                ("text cleared", lambda: screen.search.setText(""))):
            t = time.perf_counter()
            act()
            screen.apply_filter()
            app.processEvents()
            timings[label] = (time.perf_counter() - t) * 1000
        print("RESULT " + json.dumps({"orders": len(screen.model.all_rows),
                                      "load_s": loaded, "filter_ms": timings,
                                      "peak_mb": peak_mb()}), flush=True)
        window.close()
        station.close()
        app.quit()
    wait()

QTimer.singleShot(0, ready)
app.exec()
"""


def timed(code: str, *args: str) -> tuple[float, dict | None]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An operator's PC keeps compiled bytecode after the first start (Python's default, and the
    # bundle ships it).  A machine that sets PYTHONDONTWRITEBYTECODE would otherwise recompile
    # every servicepoint module on every run and time the compiler, so the runs keep bytecode
    # in bench/out, away from the source tree; the warm-up run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    ready_s = None
    result = None
    for line in proc.stdout:
        if line.startswith("READY") and ready_s is None:
            ready_s = time.perf_counter() - start
        elif line.startswith("RESULT "):
            result = json.loads(line[7:])
    proc.wait(timeout=600)
    if ready_s is None:
        raise SystemExit(f"the process never became ready (exit {proc.returncode})")
    return ready_s, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--station", default=str(OUT / "five_year"))
    args = parser.parse_args()
    station = Path(args.station)
    if not (station / "station.db").exists():
        raise SystemExit(f"no station at {station}: run python -m bench.generate_station")
    config = OUT / "startup-app.json"
    timed(APP, str(station), str(config))  # warm the OS file cache and apply migrations once
    bare, app, results = [], [], []
    for _ in range(args.runs):
        bare.append(timed(BARE)[0])
        seconds, result = timed(APP, str(station), str(config))
        app.append(seconds)
        results.append(result or {})
    med_bare, med_app = statistics.median(bare), statistics.median(app)
    filters: dict[str, float] = {}
    for r in results:
        for key, ms in (r.get("filter_ms") or {}).items():
            filters[key] = max(filters.get(key, 0.0), ms)
    figures = {
        "runs": args.runs,
        "bare_window_s": bare,
        "app_window_s": app,
        "median_bare_s": med_bare,
        "median_app_s": med_app,
        "ratio": med_app / med_bare,
        "orders_load_s": statistics.median(r.get("load_s", 0.0) for r in results),
        "filter_ms_worst": filters,
        "peak_mb": max(r.get("peak_mb", 0.0) for r in results),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "startup.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"bare PySide6 window   median {med_bare:.2f} s  ({', '.join(f'{b:.2f}' for b in bare)})")
    print(f"servicepoint window   median {med_app:.2f} s  ({', '.join(f'{a:.2f}' for a in app)})")
    print(f"ratio                 {figures['ratio']:.2f}   (target <= 3.0, issue 12; and < 1.5 s)")
    print(f"peak memory           {figures['peak_mb']:.0f} MB (target < 250 MB)")
    print(f"orders list loaded    {figures['orders_load_s']:.2f} s on the worker (window usable)")
    for key, ms in filters.items():
        print(f"filter {key:<14} worst {ms:.1f} ms (target < 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
