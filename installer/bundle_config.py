"""What goes into the PyInstaller bundle and what stays out; read by ``servicepoint.spec``.

Kept apart from the spec so ``tests/test_installer.py`` can check it without PyInstaller.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "servicepoint"

#: The Qt modules the app imports (tests/test_installer.py checks the source agrees).
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

#: Every other PySide6 module is excluded, so neither its Python module nor its Qt library,
#: plugins and translations are collected.  The list is checked against the installed PySide6.
QT_UNUSED = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDBus",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

#: Python packages that are installed in the development venv but have no place in the
#: desktop bundle: the county server and its stack, the test and lint tools, Tk, the builder,
#: and Pillow's AVIF, WebP and colour-management parts (reportlab needs Pillow only for
#: bitmaps, and the receipts have none).
EXCLUDED_PACKAGES = (
    "servicepoint.server",
    # the county's make-cert only: a station checks its pinned certificate with the standard
    # ssl module through urllib3 (core/sync_http.py), so 12 MB of OpenSSL bindings stay out
    "cryptography",
    "cffi",
    "_cffi_backend",
    "pycparser",
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "psycopg_binary",
    "psycopg_pool",
    "pydantic",
    "pydantic_core",
    "mako",
    "anyio",
    "sniffio",
    "h11",
    "httpx",
    "httpcore",
    "opentelemetry",
    "annotated_doc",
    # the county console's exports (issue 14): the station writes no Excel file
    "openpyxl",
    "et_xmlfile",
    "annotated_types",
    "typing_inspection",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "mypyc",
    "ruff",
    "iniconfig",
    "pygments",
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL._tkinter_finder",
    "PIL.ImageQt",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    "distutils",
    "lib2to3",
    "pydoc_data",
    "unittest",
    "xmlrpc",
    "IPython",
    "numpy",
)

#: Qt plugins kept, by folder: the files whose names contain one of the listed words ("*" for
#: every file).  platforms: the window (xcb and wayland on Linux, windows, and offscreen for
#: the self-test); platforminputcontexts: Chinese input methods on Linux (ibus, compose);
#: printsupport: the system's printers (CUPS on Linux); imageformats: icons (Qt reads PNG and
#: BMP without a plugin); platformthemes: the desktop portal's file dialogs (not gtk3, which
#: would load the PC's GTK against the bundled cairo and pango); styles: Windows' look;
#: xcbglintegrations and the wayland-* ones: what the xcb and wayland platforms load.
#: Everything else is dropped: generic (evdev, for eglfs), iconengines (SVG needs QtSvg),
#: tls and networkinformation (QtNetwork), sqldrivers, qmltooling, designer, egldevice-
#: integrations, vectorimageformats, and eglfs, linuxfb, vnc, minimal, vkkhrdisplay.
QT_PLUGINS = {
    "platforms": ("xcb", "wayland", "windows", "offscreen"),
    "platforminputcontexts": ("*",),
    "printsupport": ("*",),
    "imageformats": ("ico", "jpeg", "gif"),
    "platformthemes": ("xdgdesktopportal",),
    "styles": ("*",),
    "xcbglintegrations": ("*",),
    "wayland-decoration-client": ("bradient",),  # adwaita needs QtSvg
    "wayland-graphics-integration-client": ("wayland-egl",),
    "wayland-shell-integration": ("xdg-shell",),
}

#: Qt translations kept: Simplified Chinese and English, the app's two languages.
LANGUAGES = ("zh_CN", "en")

#: Our resources: (source relative to ROOT, folder inside the bundle).  The app finds them
#: relative to the package (``servicepoint/ui/i18n.py``: ROOT / "resources"; fonts.py:
#: ``sys._MEIPASS`` / "resources"), which in the bundle is the contents folder.
RESOURCES = (
    ("resources/fonts/wqy-microhei.ttc", "resources/fonts"),
    ("resources/fonts/LICENSE-wqy-microhei.txt", "resources/fonts"),
    ("resources/translations/servicepoint_zh_CN.qm", "resources/translations"),
    ("resources/translations/servicepoint_en.qm", "resources/translations"),
    # The F1 help pages (servicepoint/ui/help.py), every screen in both languages.
    *(
        (f"resources/help/{p.name}", "resources/help")
        for p in sorted(ROOT.glob("resources/help/*.md"))
    ),
    # The window's look (servicepoint/ui/look.py): its style sheet, and the icons as the PNGs
    # it loads (rendered from the SVGs by scripts/icons.py) with their licence.
    ("resources/style/servicepoint.qss", "resources/style"),
    ("resources/icons/LICENSE-tabler-icons.txt", "resources/icons"),
    *(
        (f"resources/icons/{p.name}", "resources/icons")
        for p in sorted(ROOT.glob("resources/icons/*.png"))
    ),
)

_TRANSLATION = re.compile(r"(?:^|[/\\])translations[/\\](?P<file>[^/\\]+)\.qm$")
_PLUGIN = re.compile(r"(?:^|[/\\])plugins[/\\](?P<folder>[^/\\]+)[/\\](?P<file>[^/\\]+)$")
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6(?P<module>[A-Za-z0-9]+?)\.(?:so|dll|dylib)")
#: Qt libraries kept although their Python module is excluded: QtGui links QtDBus on Linux,
#: and xcb's GL integration and the wayland plugins link QtOpenGL.
_QT_LIBRARIES_NEEDED = ("DBus", "OpenGL")
#: Qt libraries that no kept plugin needs (eglfs' support, the wl-shell integration), and
#: the Windows wheel's OpenGL fallbacks: the widgets draw with the CPU (raster), so the
#: software OpenGL (20 MB) and the Direct3D shader compiler are never loaded.
_QT_LIBRARIES_DROPPED = ("EglFSDeviceIntegration", "EglFsKmsSupport", "WlShellIntegration")
_DROPPED_FILES = ("opengl32sw.dll", "d3dcompiler_47.dll")


def keep_qt_file(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    name = Path(dest.replace("\\", "/")).name
    if name.lower() in _DROPPED_FILES:
        return False
    library = _QT_LIBRARY.match(name)
    if library:  # also the symbolic links PyInstaller makes beside the contents folder
        module = library["module"]
        if module in _QT_LIBRARIES_DROPPED or module.startswith("Quick"):
            return False
        return module in _QT_LIBRARIES_NEEDED or "Qt" + module not in QT_UNUSED
    if "PySide6" not in dest:
        return True
    found = _TRANSLATION.search(dest)
    if found:
        catalogue, _, language = found["file"].partition("_")
        return catalogue in ("qt", "qtbase") and language in LANGUAGES
    found = _PLUGIN.search(dest)
    if found:
        words = QT_PLUGINS.get(found["folder"], ())
        return "*" in words or any(word in found["file"].lower() for word in words)
    return True


#: Linux libraries taken from the PC, not the bundle.  libcups: a PC that prints has CUPS
#: installed (its printer driver is a CUPS driver), and leaving libcups out also leaves out
#: what only it needs (GnuTLS, Kerberos, Avahi: 9 MB).  Without CUPS, Qt's CUPS plugin does
#: not load, there are no printers, and receipts are kept as PDF files.
SYSTEM_LIBRARIES = ("libcups.so.2",)

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (path in the bundle, source, kind)


def needed_libraries(path: str) -> list[str]:
    """The shared libraries an ELF file links directly (its DT_NEEDED entries)."""
    out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def prune_libraries(
    binaries: list[Entry], datas: list[Entry], needed: Callable[[str], list[str]] = needed_libraries
) -> tuple[list[Entry], list[Entry]]:
    """Drop the top-level Linux libraries that nothing kept links any more (what the dropped
    Qt plugins and SYSTEM_LIBRARIES pulled in), and the symbolic links to dropped files.

    PyInstaller collects each binary's dependencies before the spec filters the plugins, so
    the filtered ones leave their libraries behind (the GTK theme alone brought cairo, pango
    and GDK).  The roots are the binaries inside folders (Python extensions, PySide6, Qt's
    libraries and plugins, Pillow's libraries) and libpython; the closure follows DT_NEEDED.
    """
    top = {dest: src for dest, src, kind in binaries if "/" not in dest and kind == "BINARY"}
    pending = [
        name
        for dest, src, _ in binaries
        if dest not in top or dest.startswith("libpython")
        for name in needed(src)
    ]
    keep: set[str] = set()
    while pending:
        name = pending.pop()
        if name in top and name not in keep and name not in SYSTEM_LIBRARIES:
            keep.add(name)
            pending.extend(needed(top[name]))
    binaries = [
        entry
        for entry in binaries
        if entry[0] not in top or entry[0] in keep or entry[0].startswith("libpython")
    ]
    present = {entry[0] for entry in binaries} | {
        entry[0] for entry in datas if entry[2] != "SYMLINK"
    }
    datas = [entry for entry in datas if entry[2] != "SYMLINK" or entry[1] in present]
    return binaries, datas


def version() -> str:
    """The project version from pyproject.toml (the installer shows it)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert found, "no version in pyproject.toml"
    return found[1]


def version_numbers() -> tuple[int, int, int, int]:
    """The version as the four numbers Windows resources need: 0.1.0 -> (0, 1, 0, 0)."""
    parts = [int(re.match(r"\d*", part)[0] or 0) for part in version().split(".")][:4]
    a, b, c, d = parts + [0] * (4 - len(parts))
    return a, b, c, d
