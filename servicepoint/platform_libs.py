"""The system libraries Qt's xcb platform plugin needs, checked before the window starts.

Issue 12: on a fresh Debian desktop ``make run`` stopped with Qt's English "could not load the
Qt platform plugin xcb", because ``libxcb-cursor0`` and other xcb libraries were missing.  This
module runs ``ldd`` on PySide6's ``platforms/libqxcb.so`` (and on the Qt libraries it loads),
names every library that does not resolve, and gives the one ``apt-get install`` line that
brings them, in the operator's language; run as root it installs them itself.

It imports neither Qt nor the rest of servicepoint, so ``.ci/run`` can read :data:`LIBRARIES`
with the system's python3 before any venv exists.  One table serves all of its users:
``make run`` (``python -m servicepoint.platform_libs``), ``.ci/run`` (``--packages``: it installs
exactly these, so a missing entry leaves CI without the library and the xcb tests fail),
``tests/test_platform_libs.py`` (the real plugin links nothing outside the table), the
bundle's ``--self-test`` and ``installer/build.py`` (:data:`BUNDLED`).

    python -m servicepoint.platform_libs             # check (only on Linux, only for a display)
    python -m servicepoint.platform_libs --packages  # the table's packages, one line
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

#: Every library outside PySide6 that Qt's xcb platform plugin loads, directly or through the
#: Qt libraries and the other system libraries it links (the whole ``ldd`` closure on Debian
#: 12), and the Debian package that carries it.  The names are Debian 12's; where a later
#: release renamed a package (``libglib2.0-0t64``), the new one provides the old name and
#: apt-get picks it.  ``tests/test_platform_libs.py`` fails when the plugin links one not here.
LIBRARIES: dict[str, str] = {
    # xcb and its utility libraries: what a desktop without Qt programs often lacks
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    # OpenGL through glvnd (QtGui links it even when the widgets draw on the CPU)
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    # fonts, D-Bus, GLib and what they link
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libexpat.so.1": "libexpat1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "liblz4.so.1": "liblz4-1",
    "liblzma.so.5": "liblzma5",
    "libzstd.so.1": "libzstd1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libz.so.1": "zlib1g",
    # the C and C++ runtimes (on every Debian; listed so the table is the whole closure)
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
}

#: The libraries the Linux bundle carries (installer/build.py checks each is in it) because a
#: base desktop without Qt programs lacks them: the xcb utility libraries, the xcb extensions
#: only Qt asks for, and xkbcommon's X11 part.  The rest (libxcb itself, X11, OpenGL, fonts,
#: D-Bus) every X desktop has, and the graphics stack must match the PC's own.
BUNDLED = (
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-image.so.0",
    "libxcb-keysyms.so.1",
    "libxcb-render-util.so.0",
    "libxcb-util.so.1",
    "libxcb-shape.so.0",
    "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0",
)

PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")

#: The operator's messages, one language each (Chinese first, English for an English locale).
MESSAGES = {
    "zh": {
        "missing": "Qt 窗口（xcb 平台）缺少这些系统库：{libs}",
        "command": "请先运行下面这条命令安装，然后再启动：",
        "unknown": "以下库不在已知的软件包表里，请自行安装：{libs}",
        "installing": "正在安装 Qt 窗口需要的系统库：{packages}",
        "install_failed": "安装没有成功（apt-get 退出码 {code}），还缺：{libs}",
        "no_plugin": "找不到 PySide6 的 xcb 平台插件：{path}",
        "no_ldd": "找不到 ldd，无法检查 Qt 窗口需要的系统库。",
        "ok": "Qt 窗口（xcb 平台）需要的 {count} 个系统库都已安装。",
    },
    "en": {
        "missing": "The Qt window (xcb platform) is missing these system libraries: {libs}",
        "command": "Install them with this command, then start again:",
        "unknown": "These libraries are not in the known package table; install them yourself: "
        "{libs}",
        "installing": "Installing the system libraries the Qt window needs: {packages}",
        "install_failed": "The install did not succeed (apt-get exit code {code}); still missing: "
        "{libs}",
        "no_plugin": "PySide6's xcb platform plugin was not found: {path}",
        "no_ldd": "ldd was not found, so the libraries the Qt window needs cannot be checked.",
        "ok": "All {count} system libraries of the Qt window (xcb platform) are installed.",
    },
}


#: How each language lists library names.
SEPARATORS = {"zh": "、", "en": ", "}


@dataclass(frozen=True)
class Report:
    """What ``ldd`` found: the libraries that resolved and those that did not (sonames)."""

    found: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def packages(self) -> list[str]:
        """The Debian packages that bring the missing libraries, sorted, each once."""
        return sorted({LIBRARIES[name] for name in self.missing if name in LIBRARIES})

    @property
    def unknown(self) -> list[str]:
        """Missing libraries the table has no package for."""
        return [name for name in self.missing if name not in LIBRARIES]


def language(env: Mapping[str, str] | None = None) -> str:
    """``en`` for an English locale, else ``zh``: the first of LC_ALL, LC_MESSAGES and LANG
    that is set decides, as for any program; no locale (or C) means Chinese."""
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def display_wanted(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether this run would open a window through xcb: on Linux, unless Qt is told to use
    another platform (``offscreen`` in tests and CI, ``wayland``)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    return chosen == "" or chosen.startswith("xcb")


def parse_ldd(text: str) -> dict[str, str | None]:
    """``ldd`` output as soname → the file it resolved to, or None for ``not found``.  The
    vDSO and the dynamic loader (lines without ``=>``) are not libraries to install."""
    libraries: dict[str, str | None] = {}
    for line in text.splitlines():
        name, arrow, target = line.strip().partition("=>")
        if not arrow:
            continue
        target = target.strip()
        if target.startswith("not found"):
            libraries[name.strip()] = None
        else:
            libraries[name.strip()] = target.split(" (")[0].strip() or None
    return libraries


def bundle_dir() -> Path | None:
    """The bundle's contents folder (PyInstaller's ``sys._MEIPASS``), None outside a bundle."""
    folder = getattr(sys, "_MEIPASS", None)
    return Path(folder) if getattr(sys, "frozen", False) and folder else None


def pyside_dir() -> Path | None:
    """PySide6's folder, found without importing Qt."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "PySide6"
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def ldd(path: Path) -> str:
    """``ldd path``'s output; in the bundle its own folder comes first, as when it runs."""
    env = dict(os.environ)
    bundle = bundle_dir()
    if bundle is not None:
        env["LD_LIBRARY_PATH"] = os.pathsep.join(
            [str(bundle), *filter(None, [env.get("LD_LIBRARY_PATH")])]
        )
    done = subprocess.run(
        ["ldd", str(path)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    return done.stdout


def check(plugin: Path, read: Callable[[Path], str] = ldd) -> Report:
    """``ldd`` on the plugin and on each Qt library it resolves to (libQt6XcbQpa, libQt6Gui…):
    the system libraries found (outside PySide6 and the bundle) and every one not found."""
    own = [plugin.parents[3], bundle_dir()]  # …/PySide6 (of …/PySide6/Qt/plugins/platforms)
    seen: dict[str, str | None] = {}
    pending = [plugin]
    done: set[Path] = set()
    while pending:
        path = pending.pop()
        done.add(path)
        for name, target in parse_ldd(read(path)).items():
            seen.setdefault(name, target)
            own_qt = target and "Qt6" in name and _inside(Path(target), own)
            if own_qt and Path(str(target)) not in done:
                pending.append(Path(str(target)))
    found = sorted(n for n, t in seen.items() if t and not _inside(Path(t), own))
    missing = sorted(n for n, t in seen.items() if t is None)
    return Report(tuple(found), tuple(missing))


def _inside(path: Path, folders: Sequence[Path | None]) -> bool:
    resolved = os.path.normpath(path)
    return any(
        folder is not None and resolved.startswith(os.path.normpath(folder) + os.sep)
        for folder in folders
    )


def apt_line(packages: Sequence[str], root: bool = False) -> str:
    """The exact command to type: ``sudo apt-get install …`` (no sudo when already root)."""
    return ("" if root else "sudo ") + "apt-get install " + " ".join(packages)


def message(report: Report, lang: str, root: bool = False) -> str:
    """What the operator reads when libraries are missing, all in one language."""
    text, sep = MESSAGES[lang], SEPARATORS[lang]
    lines = [text["missing"].format(libs=sep.join(report.missing))]
    if report.packages:
        lines += [text["command"], "  " + apt_line(report.packages, root)]
    if report.unknown:
        lines.append(text["unknown"].format(libs=sep.join(report.unknown)))
    return "\n".join(lines)


def install(packages: Sequence[str]) -> int:
    """As root: apt-get update, then install the packages; apt-get's exit code."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
    return subprocess.run(["apt-get", "install", "-y", *packages], env=env, check=False).returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packages", action="store_true", help="print the table's packages")
    parser.add_argument(
        "--force", action="store_true", help="check even when no xcb window is wanted"
    )
    parser.add_argument("--quiet", action="store_true", help="say nothing when all is well")
    args = parser.parse_args(argv)
    if args.packages:
        print(" ".join(sorted(set(LIBRARIES.values()))))
        return 0
    if not args.force and not display_wanted():
        return 0
    lang = language()
    text = MESSAGES[lang]
    folder = pyside_dir()
    plugin = folder / PLUGIN if folder else PLUGIN
    if not plugin.is_file():
        print(text["no_plugin"].format(path=plugin), file=sys.stderr)
        return 1
    try:
        report = check(plugin)
    except FileNotFoundError:
        print(text["no_ldd"], file=sys.stderr)
        return 0  # ldd comes with libc-bin; without it Qt still tells what failed
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if report.missing and root and report.packages:
        print(text["installing"].format(packages=" ".join(report.packages)), flush=True)
        code = install(report.packages)
        report = check(plugin)
        if report.missing:
            libs = SEPARATORS[lang].join(report.missing)
            print(text["install_failed"].format(code=code, libs=libs))
    if report.missing:
        print(message(report, lang, root), file=sys.stderr)
        return 1
    if not args.quiet:
        print(text["ok"].format(count=len(report.found)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
