"""Build the one-folder bundle and what a county technician carries on a USB stick.

    python installer/build.py            # bundle, then the tar.gz (Linux) or setup.exe (Windows)
    python installer/build.py --check    # also run the bundle's --self-test (offscreen) and
                                         # compile the NSIS script (on Linux with a stub payload)
    python installer/build.py --reuse    # package the existing dist/servicepoint again

Run from the project's venv with the ``bundle`` extra (``make bundle`` does both).  Output in
``dist/``: ``servicepoint/`` (the bundle), ``servicepoint-VERSION-linux-x86_64.tar.gz`` or
``servicepoint-VERSION-setup.exe``.  PyInstaller's work folder is ``build/pyinstaller``.
Exit status 0 only if every step worked.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_config as cfg  # noqa: E402

from servicepoint import platform_libs  # noqa: E402

ROOT = cfg.ROOT
DIST = ROOT / "dist"
BUNDLE = DIST / cfg.NAME
WORK = ROOT / "build" / "pyinstaller"
WINDOWS = sys.platform == "win32"
LINUX_FILES = (
    "install.sh",
    "uninstall.sh",
    "paths.sh",
    "INSTALL.txt",
    "servicepoint.desktop",
    "servicepoint-sync.service",
    "servicepoint-sync.timer",
)


def step(name: str, func, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    print(f"== {name}", flush=True)
    result = func(*args)
    print(f"   {name}: {time.perf_counter() - start:.1f} s", flush=True)
    return result


def xcb_libraries() -> None:
    """PyInstaller collects the libraries Qt's xcb plugin links from this machine, and silently
    leaves out any it lacks: the bundle then needs them on the village PC (issue 12: no
    libxcb-cursor.so.0).  So the build stops first and says what to install."""
    folder = platform_libs.pyside_dir()
    plugin = folder / platform_libs.PLUGIN if folder else platform_libs.PLUGIN
    report = platform_libs.check(plugin)
    if report.missing:
        raise SystemExit(
            "this machine lacks libraries the bundle must carry:\n"
            + platform_libs.message(report, "en", root=os.geteuid() == 0)
        )
    print(f"   {len(report.found)} system libraries of {plugin.name} present")


def pyinstaller() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(HERE / "servicepoint.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    (BUNDLE / "VERSION").write_text(cfg.version() + "\n", encoding="utf-8")


def executable(console: bool = True) -> Path:
    if WINDOWS:
        return BUNDLE / (cfg.NAME + ("-cli.exe" if console else ".exe"))
    return BUNDLE / cfg.NAME


def self_test() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [str(executable()), "--self-test"],
        env=env,
        timeout=300,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    print(done.stdout, end="")
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        raise SystemExit(f"the bundle's self-test failed ({done.returncode})")


#: Targets (issue 6); ``--check`` fails above them.
MAX_UNPACKED_MB = 150
MAX_PACKED_MB = 60


def verify_bundle() -> None:
    """What the spec promises, checked on the result: no unused Qt, no county server, Qt's
    translations only in zh_CN and en, our resources present, and the size targets."""
    contents = BUNDLE / "_internal"
    problems = []
    names = [p.relative_to(contents).as_posix() for p in contents.rglob("*")]
    for name in names:
        base = name.rsplit("/", 1)[-1]
        if not cfg.keep_qt_file(name):
            problems.append(f"should have been trimmed: {name}")
        if base.split(".")[0] in {m for m in cfg.QT_UNUSED}:
            problems.append(f"unused Qt module: {name}")
        top = name.split("/")[0]
        if top in cfg.EXCLUDED_PACKAGES or name.startswith("servicepoint/server"):
            problems.append(f"excluded package: {name}")
    for src, dest in cfg.RESOURCES:
        if f"{dest}/{Path(src).name}" not in names:
            problems.append(f"missing resource: {dest}/{Path(src).name}")
    if not any(n.endswith("translations/qtbase_zh_CN.qm") for n in names):
        problems.append("missing Qt's own Chinese translation (qtbase_zh_CN.qm)")
    if not WINDOWS:
        problems += [
            f"missing {name}, which the xcb platform plugin needs beyond a base desktop"
            for name in platform_libs.BUNDLED
            if name not in names
        ]
    unpacked = size_mb(BUNDLE)
    if unpacked > MAX_UNPACKED_MB:
        problems.append(f"{unpacked:.1f} MB unpacked, target {MAX_UNPACKED_MB} MB")
    if problems:
        raise SystemExit("the bundle is not as the spec says:\n  " + "\n  ".join(problems))
    files = sum(1 for p in contents.rglob("*") if not p.is_dir())
    print(f"   {files} files in _internal, {unpacked:.1f} MB; contents as the spec says")


def linux_files() -> None:
    for name in LINUX_FILES:
        shutil.copy2(HERE / "linux" / name, BUNDLE / name)
    shutil.copy2(HERE / "icon" / "servicepoint.png", BUNDLE / "servicepoint.png")


def tar_gz() -> Path:
    top = f"{cfg.NAME}-{cfg.version()}"
    out = DIST / f"{top}-linux-x86_64.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(BUNDLE, arcname=top)
    return out


def makensis() -> str:
    found = shutil.which("makensis")
    for candidate in (
        r"C:\Program Files (x86)\NSIS\makensis.exe",
        r"C:\Program Files\NSIS\makensis.exe",
    ):
        if not found and Path(candidate).exists():
            found = candidate
    if not found:
        raise SystemExit(
            "makensis not found: apt-get install nsis (Linux) or choco install nsis (Windows)"
        )
    return found


def nsis(payload: Path, out: Path) -> Path:
    """Compile installer/windows/servicepoint.nsi around ``payload``; -WX: warnings fail."""
    version = cfg.version()
    version4 = ".".join(str(n) for n in cfg.version_numbers())
    subprocess.run(
        [
            makensis(),
            "-V2",
            "-WX",
            f"-DVERSION={version}",
            f"-DVERSION4={version4}",
            f"-DDIST={payload}",
            f"-DOUTFILE={out}",
            "servicepoint.nsi",
        ],
        check=True,
        cwd=HERE / "windows",
    )
    return out


def nsis_stub() -> Path:
    """Check the script on Linux: the same files by name, a few bytes each."""
    stub = Path(tempfile.mkdtemp(prefix="servicepoint-nsis-"))
    (stub / "_internal").mkdir()
    for name in ("servicepoint.exe", "servicepoint-cli.exe", "_internal/placeholder.txt"):
        (stub / name).write_text("stub for checking the installer script\n", encoding="utf-8")
    try:
        out = ROOT / "build" / "nsis-check" / "servicepoint-setup-check.exe"
        out.parent.mkdir(parents=True, exist_ok=True)
        return nsis(stub, out)
    finally:
        shutil.rmtree(stub, ignore_errors=True)


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="run the bundle's self-test and compile the installer script",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="do not run PyInstaller; package dist/servicepoint as it is",
    )
    args = parser.parse_args()

    if not args.reuse:
        if not WINDOWS:
            step("libraries of the xcb platform plugin", xcb_libraries)
        step("PyInstaller", pyinstaller)
    if args.check:
        step("contents of the bundle", verify_bundle)
        step("self-test of the bundle", self_test)
    made = []
    if WINDOWS:
        made.append(
            step("NSIS installer", nsis, BUNDLE, DIST / f"{cfg.NAME}-{cfg.version()}-setup.exe")
        )
    else:
        step("Linux files", linux_files)
        made.append(step("tar.gz", tar_gz))
        if args.check and size_mb(made[-1]) > MAX_PACKED_MB:
            raise SystemExit(f"{made[-1]}: {size_mb(made[-1]):.1f} MB, target {MAX_PACKED_MB} MB")
        if args.check:
            made.append(step("NSIS script check (stub payload)", nsis_stub))
    print(f"bundle {BUNDLE}: {size_mb(BUNDLE):.1f} MB unpacked")
    for path in made:
        print(f"{path}: {size_mb(path):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
