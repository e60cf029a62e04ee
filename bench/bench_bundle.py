"""The PyInstaller bundle: its size, and start-up of the frozen app against the venv's.

    python -m bench.bench_bundle [--runs 5] [--nsis]

Needs a built bundle (``make bundle``: dist/servicepoint and the tar.gz).  Measures, in one run:

- **size**: the bundle folder unpacked (bytes of every file, links not followed), its file
  count and largest parts, and the tar.gz (targets ≤ 150 MB unpacked, ≤ 60 MB packed);
  with ``--nsis`` also the NSIS installer compiled around this bundle's contents (the Linux
  contents with stub .exe files: an estimate of the Windows installer's size, whose own
  contents are built on Windows);
- **start-up**, frozen (``dist/servicepoint/servicepoint``) against the same app from the
  venv (``.venv/bin/servicepoint``), alternating, each run a fresh process:
  ``--self-test`` until its "main window" line (a station made, a receipt rendered, the font
  and translations loaded, the window built offscreen) and until it exits; and a bare
  command (``sync status`` on an empty data folder, which exits 2 at once): interpreter and
  imports only.  Medians and ranges over ``--runs``.

Prints a table and writes bench/out/bundle.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BUNDLE = ROOT / "dist" / "servicepoint"
FROZEN = BUNDLE / ("servicepoint-cli.exe" if os.name == "nt" else "servicepoint")
VENV = ROOT / ".venv" / ("Scripts/servicepoint.exe" if os.name == "nt" else "bin/servicepoint")


def files_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def largest(folder: Path, count: int = 8) -> list[tuple[str, float]]:
    """The biggest files and package folders directly under the contents folder."""
    contents = folder / "_internal"
    parts = []
    for p in contents.iterdir():
        size = files_mb(p) if p.is_dir() and not p.is_symlink() else p.lstat().st_size / 1e6
        parts.append((p.name, size))
    qt = contents / "PySide6" / "Qt" / "lib"
    for p in qt.iterdir():
        parts.append((f"PySide6/Qt/lib/{p.name}", p.lstat().st_size / 1e6))
    parts.sort(key=lambda item: -item[1])
    return [(name, round(size, 1)) for name, size in parts[:count]]


def timed_self_test(exe: Path) -> tuple[float, float]:
    """Seconds until the 'main window' check passed, and until the process exited."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "--self-test"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
        encoding="utf-8",
    )
    window = None
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("ok    main window"):
            window = time.perf_counter() - start
    code = proc.wait()
    ended = time.perf_counter() - start
    if code != 0 or window is None:
        raise SystemExit(f"{exe} --self-test failed ({code})")
    return window, ended


def timed_bare(exe: Path, empty: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [str(exe), "--data-dir", str(empty), "sync", "status"],
        capture_output=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 2:
        raise SystemExit(f"{exe} sync status on an empty folder gave {done.returncode}")
    return elapsed


def nsis_estimate() -> float:
    """The installer compiled around the Linux contents with stub .exe files (MB)."""
    with tempfile.TemporaryDirectory(prefix="servicepoint-nsis-") as tmp:
        stub = Path(tmp) / "dist"
        stub.mkdir()
        shutil.copytree(BUNDLE / "_internal", stub / "_internal", symlinks=True)
        for name in ("servicepoint.exe", "servicepoint-cli.exe"):
            shutil.copy2(FROZEN, stub / name)
        out = Path(tmp) / "servicepoint-estimate-setup.exe"
        subprocess.run(
            [
                "makensis",
                "-V1",
                "-DVERSION=0.0.0",
                f"-DDIST={stub}",
                f"-DOUTFILE={out}",
                "servicepoint.nsi",
            ],
            cwd=ROOT / "installer" / "windows",
            check=True,
        )
        return out.stat().st_size / 1e6


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 3),
        "min": round(min(values), 3),
        "max": round(max(values), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--nsis",
        action="store_true",
        help="also compile the NSIS installer around this bundle (slow)",
    )
    args = parser.parse_args()
    if not FROZEN.exists():
        raise SystemExit("no bundle: run `make bundle` first")
    packed = sorted((ROOT / "dist").glob("servicepoint-*-linux-x86_64.tar.gz"))
    results: dict[str, object] = {
        "machine": f"{os.cpu_count()} cores, {platform.platform()}, Python "
        f"{platform.python_version()}",
        "unpacked_mb": round(files_mb(BUNDLE), 1),
        "files": sum(1 for p in BUNDLE.rglob("*") if not p.is_dir()),
        "largest_mb": largest(BUNDLE),
        "tar_gz_mb": round(packed[-1].stat().st_size / 1e6, 1) if packed else None,
    }
    if args.nsis:
        results["nsis_estimate_mb"] = round(nsis_estimate(), 1)

    timings: dict[str, dict[str, list[float]]] = {
        kind: {"window": [], "exit": [], "bare": []} for kind in ("frozen", "venv")
    }
    with tempfile.TemporaryDirectory() as empty:
        for exe in (FROZEN, VENV):  # one warm-up each: the first run reads from disk
            timed_self_test(exe)
        for _ in range(args.runs):
            for kind, exe in (("frozen", FROZEN), ("venv", VENV)):
                window, ended = timed_self_test(exe)
                timings[kind]["window"].append(window)
                timings[kind]["exit"].append(ended)
                timings[kind]["bare"].append(timed_bare(exe, Path(empty)))
    results["startup_s"] = {
        kind: {k: summary(v) for k, v in t.items()} for kind, t in timings.items()
    }

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bundle.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    print(f"machine: {results['machine']}")
    print(
        f"bundle unpacked: {results['unpacked_mb']} MB in {results['files']} files "
        f"(target ≤ 150 MB)"
    )
    print(f"tar.gz: {results['tar_gz_mb']} MB (target ≤ 60 MB)")
    if args.nsis:
        print(f"NSIS installer around these contents: {results['nsis_estimate_mb']} MB")
    print("largest parts (MB): " + ", ".join(f"{n} {s}" for n, s in results["largest_mb"]))
    print(f"start-up over {args.runs} runs, median (min–max) s:")
    for label, key in (
        ("--self-test to the window check", "window"),
        ("--self-test to exit", "exit"),
        ("bare command to exit", "bare"),
    ):
        row = []
        for kind in ("frozen", "venv"):
            s = results["startup_s"][kind][key]  # type: ignore[index]
            row.append(f"{kind} {s['median']:.2f} ({s['min']:.2f}–{s['max']:.2f})")
        print(f"  {label}: " + ", ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
