"""installer/: fast static checks of the bundle spec, the installers and their system files.

The bundle itself is built and self-tested by `make bundle-check` (CI runs it after
`make test`); these checks need neither PyInstaller nor a build.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
NSI = INSTALLER / "windows" / "servicepoint.nsi"
LINUX = INSTALLER / "linux"


def _module(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


cfg = _module("bundle_config")


# -- the PyInstaller spec ------------------------------------------------------------------


def test_spec_builds_one_folder_from_the_config():
    """One folder (COLLECT, exclude_binaries), the config's excludes, no UPX."""
    spec = (INSTALLER / "servicepoint.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec and "exclude_binaries=True" in spec
    assert "onefile" not in spec.lower().replace("one-file", "")
    assert "cfg.QT_UNUSED" in spec and "cfg.EXCLUDED_PACKAGES" in spec
    assert "cfg.keep_qt_file" in spec and "cfg.RESOURCES" in spec
    assert "upx=False" in spec and "upx=True" not in spec


def test_qt_modules_used_are_exactly_those_kept():
    """Every PySide6 module the app imports is kept; every other installed one is excluded."""
    used = set()
    for path in (ROOT / "servicepoint").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used == set(cfg.QT_USED)
    assert not used & set(cfg.QT_UNUSED)
    import PySide6

    installed = {
        p.name.split(".")[0]
        for p in Path(PySide6.__file__).parent.iterdir()
        if p.name.startswith("Qt") and p.suffix in (".pyi", ".so", ".pyd")
    }
    unaccounted = installed - set(cfg.QT_USED) - set(cfg.QT_UNUSED)
    assert unaccounted == set(), "new PySide6 modules: add them to QT_UNUSED"
    for heavy in ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtSql", "QtSvg"):
        assert heavy in cfg.QT_UNUSED


def test_county_server_and_tools_stay_out_but_sync_needs_stay_in():
    excluded = set(cfg.EXCLUDED_PACKAGES)
    for name in (
        "servicepoint.server",
        "fastapi",
        "uvicorn",
        "starlette",
        "sqlalchemy",
        "alembic",
        "psycopg",
        "pydantic",
        "pytest",
        "hypothesis",
        "mypy",
        "tkinter",
    ):
        assert name in excluded
    for needed in (
        "requests",
        "urllib3",
        "certifi",
        "idna",
        "charset_normalizer",
        "sqlite_utils",
        "reportlab",
        "PIL",
        "pypinyin",
        "platformdirs",
        "PySide6",
    ):
        assert needed not in excluded


def test_qt_translations_plugins_and_libraries_are_trimmed():
    keep = cfg.keep_qt_file
    tr = "PySide6/Qt/translations/"
    assert keep(tr + "qtbase_zh_CN.qm") and keep(tr + "qtbase_en.qm") and keep(tr + "qt_zh_CN.qm")
    for other in (
        "qtbase_de.qm",
        "qtbase_zh_TW.qm",
        "qtbase_ja.qm",
        "qt_help_zh_CN.qm",
        "qtmultimedia_zh_CN.qm",
    ):
        assert not keep(tr + other), other
    pl = "PySide6/Qt/plugins/"
    for kept in (
        "platforms/libqxcb.so",
        "platforms/qwindows.dll",
        "platforms/libqoffscreen.so",
        "printsupport/libcupsprintersupport.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
        "imageformats/qico.dll",
        "styles/qmodernwindowsstyle.dll",
    ):
        assert keep(pl + kept), kept
    for dropped in (
        "platforms/libqeglfs.so",
        "platforms/libqvnc.so",
        "tls/libqopensslbackend.so",
        "platformthemes/libqgtk3.so",
        "sqldrivers/libqsqlite.so",
        "iconengines/libqsvgicon.so",
        "imageformats/libqsvg.so",
        "generic/x.so",
    ):
        assert not keep(pl + dropped), dropped
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6") and keep("PySide6\\Qt6Core.dll")
    assert keep("libQt6DBus.so.6") and keep("PySide6/Qt/lib/libQt6OpenGL.so.6")
    for dropped in (
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libQt6Network.so.6",
        "Qt6Qml.dll",
        "PySide6/Qt/lib/libQt6QuickControls2.so.6",
        "PySide6\\opengl32sw.dll",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    ):
        assert not keep(dropped), dropped
    assert keep("resources/fonts/wqy-microhei.ttc") and keep("libpython3.11.so.1.0")


def test_unneeded_libraries_are_pruned_with_their_links():
    """A library only a dropped plugin (or libcups) needed goes, and so do links to it."""
    links = {
        "/a.so": ["liba.so"],
        "/liba.so": ["libb.so"],
        "/libb.so": [],
        "/libc.so": ["libd.so"],
        "/libd.so": [],
        "/cups.so": ["libcups.so.2"],
        "/libcups.so.2": ["libgnutls.so"],
        "/libgnutls.so": [],
        "/py": [],
    }
    binaries = [
        ("PySide6/plugins/a.so", "/a.so", "BINARY"),
        ("liba.so", "/liba.so", "BINARY"),
        ("libb.so", "/libb.so", "BINARY"),
        ("libc.so", "/libc.so", "BINARY"),
        ("libd.so", "/libd.so", "BINARY"),
        ("PySide6/plugins/cups.so", "/cups.so", "BINARY"),
        ("libcups.so.2", "/libcups.so.2", "BINARY"),
        ("libgnutls.so", "/libgnutls.so", "BINARY"),
        ("libpython3.11.so.1.0", "/py", "BINARY"),
    ]
    datas = [
        ("liblink.so", "libc.so", "SYMLINK"),
        ("liba.so.1", "liba.so", "SYMLINK"),
        ("x.txt", "/x.txt", "DATA"),
    ]
    kept, kept_datas = cfg.prune_libraries(binaries, datas, needed=lambda src: links[src])
    assert {d for d, _, _ in kept} == {
        "PySide6/plugins/a.so",
        "liba.so",
        "libb.so",
        "PySide6/plugins/cups.so",
        "libpython3.11.so.1.0",
    }
    assert [d for d, _, _ in kept_datas] == ["liba.so.1", "x.txt"]


def test_resources_exist_where_the_app_looks_for_them():
    """The bundle puts resources/ at the contents folder, which is where i18n.py and
    fonts.py look (the package's parent; sys._MEIPASS in a bundle)."""
    for src, dest in cfg.RESOURCES:
        assert (ROOT / src).is_file(), src
        assert dest.startswith("resources/")
    i18n = (ROOT / "servicepoint" / "ui" / "i18n.py").read_text(encoding="utf-8")
    fonts = (ROOT / "servicepoint" / "printing" / "fonts.py").read_text(encoding="utf-8")
    assert 'ROOT / "resources" / "translations"' in i18n and "parents[2]" in i18n
    assert "_MEIPASS" in fonts and '"resources" / "fonts"' in fonts
    assert (
        cfg.version()
        == re.search(
            r'^version = "(.+)"',
            (ROOT / "pyproject.toml").read_text(encoding="utf-8"),
            re.MULTILINE,
        )[1]
    )


def test_icon_is_drawn_in_every_size():
    from PIL import Image

    png = Image.open(INSTALLER / "icon" / "servicepoint.png")
    assert png.size == (256, 256) and png.mode == "RGBA"
    ico = Image.open(INSTALLER / "icon" / "servicepoint.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])


# -- Windows: the NSIS script and the scheduled task -----------------------------------------


def _nsi() -> str:
    return NSI.read_text(encoding="utf-8")


def test_nsis_script_is_unicode_per_machine_and_bilingual():
    nsi = _nsi()
    assert re.search(r"^Unicode true$", nsi, re.MULTILINE)
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in nsi
    assert '!insertmacro MUI_LANGUAGE "English"' in nsi
    assert "RequestExecutionLevel admin" in nsi and "SetShellVarContext all" in nsi
    assert "$PROGRAMFILES64" in nsi and "${RunningX64}" in nsi and "${AtLeastBuild} 17763" in nsi
    # every text exists in both languages
    names = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", nsi, re.MULTILINE)
    by_name: dict[str, set[str]] = {}
    for name, lang in names:
        by_name.setdefault(name, set()).add(lang)
    assert by_name and all(langs == {"SIMPCHINESE", "ENGLISH"} for langs in by_name.values())
    used = set(re.findall(r"\$\((\w+)\)", nsi))
    assert used <= set(by_name), used - set(by_name)


def test_nsis_script_makes_shortcuts_shows_the_version_and_registers_the_task():
    nsi = _nsi()
    assert 'CreateShortcut "$DESKTOP\\' in nsi and 'CreateShortcut "$SMPROGRAMS\\' in nsi
    assert 'Name "servicepoint ${VERSION}"' in nsi
    assert '"DisplayVersion" "${VERSION}"' in nsi and "VIProductVersion" in nsi
    assert 'File "sync-task.ps1"' in nsi and "-Unregister" in nsi
    ps1 = (INSTALLER / "windows" / "sync-task.ps1").read_text(encoding="utf-8")
    assert '-Argument "sync --backup"' in ps1 and "Register-ScheduledTask" in ps1
    assert "-Daily" in ps1 and "-StartWhenAvailable" in ps1 and "S-1-5-32-545" in ps1
    assert ps1.isascii(), "Windows PowerShell 5 reads a file without BOM as ANSI"


def test_nsis_uninstaller_keeps_the_data_folder():
    """Nothing deletes the station's data: only program files, and $INSTDIR only if empty."""
    nsi = _nsi()
    for line in nsi.splitlines():
        line = line.strip()
        if re.match(r"(Delete|RMDir)\s", line):
            assert "LOCALAPPDATA" not in line and "$APPDATA" not in line and "$PROFILE" not in line
            assert "$INSTDIR" in line or "$DESKTOP" in line or "$SMPROGRAMS" in line, line
            if line.startswith("RMDir /r"):
                assert line in ('RMDir /r "$INSTDIR\\_internal"', 'RMDir /r "$INSTDIR\\tools"')
    assert 'RMDir "$INSTDIR"' in nsi
    assert "%LOCALAPPDATA%\\servicepoint" in nsi  # and the user is told where it stays


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian's nsis) missing")
def test_nsis_script_compiles_without_warnings(tmp_path):
    stub = tmp_path / "dist"
    (stub / "_internal").mkdir(parents=True)
    for name in ("servicepoint.exe", "servicepoint-cli.exe", "_internal/x.txt"):
        (stub / name).write_text("stub", encoding="utf-8")
    out = tmp_path / "servicepoint-1.2.3-setup.exe"  # a bare "setup.exe" gets Windows' shims
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            "-DVERSION=1.2.3",
            f"-DDIST={stub}",
            f"-DOUTFILE={out}",
            NSI.name,
        ],
        cwd=NSI.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.stat().st_size > 50_000


# -- Linux: the menu entry, the timer, the scripts -------------------------------------------


def _ini(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser


def test_desktop_entry_is_valid():
    entry = _ini(LINUX / "servicepoint.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Exec"] == "servicepoint"
    assert entry["Icon"] == "servicepoint" and entry["Name[zh_CN]"] == "村级电商服务站"
    assert entry["StartupWMClass"] == "servicepoint"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(LINUX / "servicepoint.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_systemd_timer_and_service_parse(tmp_path):
    service = _ini(LINUX / "servicepoint-sync.service")
    assert service["Service"]["Type"] == "oneshot"
    assert service["Service"]["ExecStart"] == "@BIN@ sync --backup"
    timer = _ini(LINUX / "servicepoint-sync.timer")
    assert timer["Timer"]["OnCalendar"] == "*-*-* 23:15:00"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"
    if not shutil.which("systemd-analyze"):
        return
    (tmp_path / "servicepoint-sync.service").write_text(
        (LINUX / "servicepoint-sync.service")
        .read_text(encoding="utf-8")
        .replace("@BIN@", "/bin/true"),
        encoding="utf-8",
    )
    shutil.copy(LINUX / "servicepoint-sync.timer", tmp_path)
    done = subprocess.run(
        ["systemd-analyze", "verify", "servicepoint-sync.service", "servicepoint-sync.timer"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "Failed to initialize manager" in done.stderr:
        pytest.skip("systemd-analyze cannot run here")
    assert done.returncode == 0 and "servicepoint" not in done.stderr, done.stderr
    calendar = subprocess.run(
        ["systemd-analyze", "calendar", timer["Timer"]["OnCalendar"]],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert calendar.returncode == 0, calendar.stderr


def test_linux_scripts_parse_and_keep_the_data():
    for name in ("install.sh", "uninstall.sh"):
        path = LINUX / name
        assert subprocess.run(["sh", "-n", str(path)]).returncode == 0, name
        assert path.stat().st_mode & 0o111, f"{name} is not executable"
        text = path.read_text(encoding="utf-8")
        assert ".local/share/servicepoint" in text
        for line in text.splitlines():
            if "rm -" in line:
                assert ".local/share/servicepoint" not in line and "XDG_DATA_HOME" not in line


# -- build wiring ----------------------------------------------------------------------------


def test_make_test_does_not_build_the_bundle_but_ci_does_after_it():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^test: \$\(STAMP\)$", make, re.MULTILINE)
    assert re.search(r"^bundle: ", make, re.MULTILINE)
    assert re.search(r"^bundle-check: ", make, re.MULTILINE)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line for line in ci if line.startswith("make ")]
    assert commands == ["make test", "make bundle-check"]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^bundle = \[\n\s+"pyinstaller', pyproject, re.MULTILINE)
    constraints = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("pyinstaller==") for line in constraints)
    assert constraints == sorted(constraints, key=str.lower)


def test_windows_workflow_builds_installs_and_uninstalls():
    flow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-" in flow and 'python-version: "3.11"' in flow
    assert "installer\\build.py --check" in flow and '-e ".[bundle]"' in flow
    assert '-ArgumentList "/S"' in flow and "--self-test" in flow
    assert "LOCALAPPDATA\\servicepoint\\station\\station.db" in flow
    assert "\t" not in flow


# -- the libraries of Qt's xcb platform (issue 12 #2) ------------------------------------------


def test_the_check_of_the_bundle_names_a_missing_xcb_library(tmp_path, monkeypatch):
    """PyInstaller silently leaves out a library the build machine lacks; the bundle check
    names each of platform_libs.BUNDLED that is not in the bundle."""
    from servicepoint import platform_libs

    build = _module("build")
    contents = tmp_path / "servicepoint" / "_internal"
    contents.mkdir(parents=True)
    for name in platform_libs.BUNDLED:
        if name != "libxcb-cursor.so.0":
            (contents / name).write_bytes(b"\x7fELF")
    monkeypatch.setattr(build, "BUNDLE", contents.parent)
    with pytest.raises(SystemExit) as stop:
        build.verify_bundle()
    problems = str(stop.value)
    assert "missing libxcb-cursor.so.0, which the xcb platform plugin needs" in problems
    assert "missing libxcb-icccm.so.4" not in problems


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is Linux's")
@pytest.mark.parametrize(
    ("lang", "lacks", "failed"),
    [
        ("en_US.UTF-8", "This PC lacks system libraries the window needs: ", "nothing was"),
        ("zh_CN.UTF-8", "这台电脑缺少程序窗口需要的系统库：", "自检失败，没有安装。"),
    ],
)
def test_install_sh_names_the_libraries_the_bundled_xcb_plugin_cannot_load(
    tmp_path, lang, lacks, failed
):
    """A bundle whose libqxcb.so finds no Qt libraries: install.sh names them, in the locale's
    language only, and installs nothing (its self-test fails too)."""
    from servicepoint import platform_libs

    folder = platform_libs.pyside_dir()
    assert folder is not None
    bundle = tmp_path / "servicepoint-0.1.0"
    platforms = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy(folder / platform_libs.PLUGIN, platforms / "libqxcb.so")
    for name in ("install.sh", "paths.sh"):
        shutil.copy2(LINUX / name, bundle / name)
    (bundle / "servicepoint").write_text("#!/bin/sh\necho 'FAIL  stub'\nexit 1\n")
    (bundle / "servicepoint").chmod(0o755)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "LANG": lang,
        "PREFIX": str(tmp_path / "opt" / "servicepoint"),
    }
    done = subprocess.run(
        ["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    named = [line for line in lines if line.startswith(lacks)]
    assert named and "libQt6XcbQpa.so.6" in named[0].split(), done.stderr
    assert failed in lines[-1]
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert all(bool(cjk.search(line)) == lang.startswith("zh") for line in [named[0], lines[-1]])
    assert not (tmp_path / "opt").exists()
