"""The check of the libraries Qt's xcb platform plugin needs (issue 12 #2: `make run` stopped
on a fresh Debian desktop with Qt's English message, for want of libxcb-cursor0)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from servicepoint import platform_libs as pl

ROOT = Path(__file__).resolve().parent.parent

# What ldd prints for the plugin on a desktop that lacks two xcb utility libraries.
PLUGIN_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd4b5f2000)
\tlibQt6XcbQpa.so.6 => {qt}/lib/libQt6XcbQpa.so.6 (0x00007f9e44584000)
\tlibQt6Gui.so.6 => {qt}/lib/libQt6Gui.so.6 (0x00007f9e43a00000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f9e43979000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f9e431b9000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f9e4281e000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f9e44654000)
"""
# ... and for the Qt library it loads, which links one more that is missing.
XCBQPA_LDD = """\
\tlibQt6Core.so.6 => {qt}/lib/libQt6Core.so.6 (0x00007f9e43200000)
\tlibxcb-util.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f9e431b9000)
"""


@pytest.fixture
def fake_pyside(tmp_path):
    """A PySide6 folder and an ldd that answers from the texts above, recording its calls."""
    qt = tmp_path / "site-packages" / "PySide6" / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    answers = {
        plugin: PLUGIN_LDD.format(qt=qt),
        qt / "lib" / "libQt6XcbQpa.so.6": XCBQPA_LDD.format(qt=qt),
    }
    asked: list[Path] = []

    def ldd(path: Path) -> str:
        asked.append(path)
        return answers.get(path, "")

    return plugin, ldd, asked


def test_ldd_output_is_read_as_sonames_found_and_not_found():
    libraries = pl.parse_ldd(PLUGIN_LDD.format(qt="/q"))
    assert libraries["libxcb-cursor.so.0"] is None
    assert libraries["libGL.so.1"] == "/lib/x86_64-linux-gnu/libGL.so.1"
    assert libraries["libQt6Gui.so.6"] == "/q/lib/libQt6Gui.so.6"
    assert "linux-vdso.so.1" not in libraries and not any("ld-linux" in n for n in libraries)


def test_check_follows_the_qt_libraries_and_names_every_missing_one(fake_pyside):
    plugin, ldd, asked = fake_pyside
    report = pl.check(plugin, ldd)
    assert report.missing == ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-util.so.1")
    assert report.packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-util1"]
    # system libraries only: PySide6's own Qt libraries are not counted as found
    assert report.found == ("libGL.so.1", "libc.so.6", "libxcb.so.1")
    assert plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6" in asked


def test_the_apt_line_is_exact_and_without_sudo_for_root():
    report = pl.Report(found=(), missing=("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"))
    assert pl.apt_line(report.packages) == (
        "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0"
    )
    assert pl.apt_line(report.packages, root=True) == (
        "apt-get install libxcb-cursor0 libxkbcommon-x11-0"
    )
    for lang in ("zh", "en"):
        lines = pl.message(report, lang).splitlines()
        assert "  sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in lines


def test_a_library_the_table_does_not_know_is_named_without_a_package():
    report = pl.Report(found=(), missing=("libxcb-cursor.so.0", "libweird.so.3"))
    assert report.packages == ["libxcb-cursor0"] and report.unknown == ["libweird.so.3"]
    text = pl.message(report, "en")
    assert "libweird.so.3" in text.splitlines()[-1] and "libweird" not in pl.apt_line(["x"])


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh"),
    ],
)
def test_the_language_follows_the_locale_chinese_first(env, lang):
    assert pl.language(env) == lang


def test_each_message_is_in_one_language():
    report = pl.Report(found=(), missing=("libxcb-cursor.so.0", "libweird.so.3"))
    cjk = re.compile(r"[\u4e00-\u9fff]")
    english = pl.message(report, "en")
    assert not cjk.search(english)
    chinese = pl.message(report, "zh")
    assert cjk.search(chinese)
    # without the library names and the command, only the names Qt and xcb are in Latin letters
    prose = re.sub(r"lib[\w.+-]+\.so\.\d+|sudo apt-get install .*", "", chinese)
    assert set(re.findall(r"[A-Za-z]+", prose)) <= {"Qt", "xcb"}, prose
    for lang, texts in pl.MESSAGES.items():
        for text in texts.values():
            assert bool(cjk.search(text)) == (lang == "zh"), text


@pytest.mark.parametrize(
    ("platform", "qpa", "wanted"),
    [
        ("linux", None, True),
        ("linux", "xcb", True),
        ("linux", "offscreen", False),
        ("linux", "wayland", False),
        ("win32", None, False),
        ("darwin", None, False),
    ],
)
def test_only_a_linux_window_on_xcb_is_checked(platform, qpa, wanted):
    env = {} if qpa is None else {"QT_QPA_PLATFORM": qpa}
    assert pl.display_wanted(env, platform) is wanted


def _run_main(monkeypatch, capsys, report, root=False, argv=()):
    """main() on a fake plugin whose check gives ``report``; returns (code, out, err, installs)."""
    installs: list[list[str]] = []
    monkeypatch.setattr(pl, "display_wanted", lambda: True)
    monkeypatch.setattr(pl, "pyside_dir", lambda: Path(__file__).parent)
    monkeypatch.setattr(Path, "is_file", lambda self: True)
    monkeypatch.setattr(pl, "check", lambda plugin: report)
    monkeypatch.setattr(pl.os, "geteuid", lambda: 0 if root else 1000)
    monkeypatch.setattr(pl, "install", lambda packages: installs.append(list(packages)) or 0)
    code = pl.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err, installs


def test_main_prints_the_apt_line_in_the_operators_language_and_fails(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    missing = pl.Report(found=("libc.so.6",), missing=("libxcb-cursor.so.0",))
    code, _out, err, installs = _run_main(monkeypatch, capsys, missing)
    assert code == 1 and installs == []
    assert "缺少" in err and "  sudo apt-get install libxcb-cursor0" in err.splitlines()
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _out, err, _ = _run_main(monkeypatch, capsys, missing)
    assert code == 1 and "missing these system libraries: libxcb-cursor.so.0" in err


def test_main_as_root_installs_the_packages(monkeypatch, capsys):
    reports = iter(
        [
            pl.Report(found=(), missing=("libxcb-cursor.so.0", "libxcb-image.so.0")),
            pl.Report(found=("libxcb-cursor.so.0", "libxcb-image.so.0"), missing=()),
        ]
    )
    installs: list[list[str]] = []
    monkeypatch.setattr(pl, "display_wanted", lambda: True)
    monkeypatch.setattr(pl, "pyside_dir", lambda: Path(__file__).parent)
    monkeypatch.setattr(Path, "is_file", lambda self: True)
    monkeypatch.setattr(pl, "check", lambda plugin: next(reports))
    monkeypatch.setattr(pl.os, "geteuid", lambda: 0)
    monkeypatch.setattr(pl, "install", lambda packages: installs.append(list(packages)) or 0)
    assert pl.main(["--quiet"]) == 0
    assert installs == [["libxcb-cursor0", "libxcb-image0"]]


def test_main_checks_nothing_offscreen(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(pl, "check", lambda plugin: pytest.fail("checked offscreen"))
    assert pl.main([]) == 0


def test_packages_are_the_tables_for_ci_with_the_systems_python():
    """.ci/run reads them with the system's python3 before any venv exists: stdlib only."""
    done = subprocess.run(
        [sys.executable, "-S", "-m", "servicepoint.platform_libs", "--packages"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == sorted(set(pl.LIBRARIES.values()))
    assert set(pl.BUNDLED) <= set(pl.LIBRARIES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_table_covers_every_library_the_real_plugin_loads():
    """The real PySide6 plugin through the real ldd: every system library it loads, found or
    not, has its package in the table (else .ci/run would not install it)."""
    folder = pl.pyside_dir()
    assert folder is not None
    report = pl.check(folder / pl.PLUGIN)
    assert "libxcb-cursor.so.0" in report.found + report.missing
    assert len(report.found + report.missing) > 20
    assert [name for name in report.found + report.missing if name not in pl.LIBRARIES] == []


def test_make_run_checks_first_and_ci_installs_the_table_and_xvfb():
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = make.split("\nrun: $(STAMP)\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert run == ["\t$(BIN)/python -m servicepoint.platform_libs --quiet", "\t$(BIN)/servicepoint"]
    test = make.split("\ntest: $(STAMP)\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert test[-2:] == [
        "\tQT_QPA_PLATFORM=offscreen $(BIN)/pytest -q --ignore=$(XCB_TESTS)",
        "\t$(BIN)/python scripts/xcb_tests.py -q $(XCB_TESTS)",
    ]
    assert "\nXCB_TESTS := tests/ui/keyboard\n" in make
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "xcb_packages=$(python3 -m servicepoint.platform_libs --packages)\n" in ci
    assert "need+=(xvfb)" in ci


def test_readme_lists_what_the_bundle_carries():
    """README's set-up names the xcb utility packages a desktop without Qt programs lacks:
    the packages of the libraries the bundle carries for the same reason."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("sudo apt-get install libxcb-cursor0", 1)[1].split("```", 1)[0]
    listed = {"libxcb-cursor0", *block.replace("\\", " ").split()}
    assert listed == {pl.LIBRARIES[name] for name in pl.BUNDLED}
