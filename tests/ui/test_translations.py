"""The window's translations: the Chinese file is complete and current, the compiled .qm
files match their .ts, and the running window switches between Chinese and English.

The .ts files are refreshed with ``python scripts/translations.py`` (lupdate) and compiled
with ``python scripts/translations.py --release`` (lrelease); these tests run the same tools
into a temporary folder, so a new ``tr()`` text without a Chinese translation fails here.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QLabel, QListWidget

from servicepoint.ui import i18n

from .conftest import find

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "servicepoint_zh_CN.ts"
PLACEHOLDER = re.compile(r"%\d+|%n|\{[^{}]*\}")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _script() -> ModuleType:
    """scripts/translations.py, for the same tools, sources and languages as the build."""
    spec = importlib.util.spec_from_file_location(
        "translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCRIPT = _script()


class Message:
    """One <message> of a .ts file."""

    def __init__(self, context: str, element: ET.Element) -> None:
        self.context = context
        self.source = element.findtext("source") or ""
        translation = element.find("translation")
        self.text = (translation.text or "") if translation is not None else ""
        self.state = translation.get("type", "") if translation is not None else "missing"
        self.files = [loc.get("filename", "") for loc in element.findall("location")]

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source

    def __repr__(self) -> str:
        return f"[{self.context or '<no context>'}] {self.source!r} → {self.text!r}"


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [Message(name, m) for m in context.findall("message")]
    return found


def test_every_chinese_text_is_finished_and_keeps_placeholders():
    """Each window text has a finished Chinese translation that contains
    Chinese characters and keeps the source's placeholders (%1, %n, {name}) and its number of
    '&' accelerator marks."""
    found = messages(ZH_TS)
    assert len(found) > 500  # the whole window, not an empty file
    problems = []
    for m in found:
        if m.state or not m.text.strip():
            problems.append(f"not translated: {m}")
        elif not HAN.search(m.text):
            problems.append(f"no Chinese: {m}")
        elif sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.text)):
            problems.append(f"placeholders differ: {m}")
        elif m.source.count("&") != m.text.count("&"):
            problems.append(f"accelerators differ: {m}")
    assert problems == [], "\n".join(problems)


def test_no_text_lacks_a_context():
    """lupdate files a text under an empty context when it cannot see the class or context
    (a call made through a variable): the window would never find its translation."""
    stray = [m for m in messages(ZH_TS) if m.context in ("", "None")]
    assert stray == [], stray


def test_no_text_mixes_languages():
    """Every source text is English only: a bilingual "中文 English" text would show both
    languages whatever the operator chose (printing's messages once did)."""
    mixed = [m for m in messages(ZH_TS) if HAN.search(m.source)]
    assert mixed == [], mixed


@pytest.mark.parametrize("language", SCRIPT.LANGS)
def test_ts_files_are_up_to_date_with_the_code(language, tmp_path):
    """Running lupdate over the window's sources into a copy of the .ts adds, drops and
    reopens nothing: every tr() text in the code is in the file, translated."""
    ts = TRANSLATIONS / f"servicepoint_{language}.ts"
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    subprocess.run(
        [
            SCRIPT.tool("lupdate"),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
            *SCRIPT.sources(),
            "-ts",
            str(copy),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    before = {m.key for m in messages(ts)}
    after = messages(copy)
    new = sorted({m.key for m in after} - before)
    gone = sorted(before - {m.key for m in after})
    assert new == [], f"texts missing from {ts.name} (run scripts/translations.py): {new}"
    assert gone == [], f"texts no longer in the code still in {ts.name}: {gone}"
    unfinished = [m for m in after if m.state or not m.text]
    assert unfinished == [], f"untranslated in {ts.name}: {unfinished}"


def _loaded(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    return translator


@pytest.mark.parametrize("language", SCRIPT.LANGS)
def test_qm_files_are_compiled_from_the_current_ts(language, tmp_path):
    """The .qm the window loads is what ``scripts/translations.py --release`` makes of the
    .ts now: the same bytes, or (another lrelease version) the same translations."""
    ts = TRANSLATIONS / f"servicepoint_{language}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run scripts/translations.py --release"
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    if language == "en":
        SCRIPT.fill_english(copy)  # as --release does before compiling
    fresh = copy.with_suffix(".qm")
    subprocess.run(
        [SCRIPT.tool("lrelease"), str(copy), "-qm", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    if fresh.read_bytes() == qm.read_bytes():
        return
    shipped, expected = _loaded(qm), _loaded(fresh)
    stale = [
        m
        for m in messages(copy)
        if shipped.translate(m.context, m.source) != expected.translate(m.context, m.source)
    ]
    assert stale == [], f"{qm.name} is stale (run scripts/translations.py --release): {stale}"


def _window_texts(window) -> dict[str, list[str]]:
    nav = find(window, QListWidget, "navigation")
    return {
        "navigation": [nav.item(i).text() for i in range(nav.count())],
        "menus": [window.menu_go.title(), window.menu_station.title()],
        "status": [
            find(window, QLabel, n).text()
            for n in ("statusOperator", "statusOnline", "statusWaiting", "statusLastSync")
        ],
    }


def test_window_speaks_chinese_then_english_then_chinese(app_window, qtbot):
    """With the Chinese translations installed the navigation, the menu titles and the status
    bar read Chinese; after ``i18n.install("en")`` they read English; Chinese comes back."""
    _ctx, window = app_window

    def all_chinese() -> bool:
        return all(HAN.search(t) for texts in _window_texts(window).values() for t in texts)

    assert i18n.install("zh_CN") == "zh_CN"
    qtbot.waitUntil(all_chinese)
    texts = _window_texts(window)
    assert texts["navigation"][:3] == ["F2  首页", "F3  代购", "F4  订单"]
    assert texts["menus"] == ["转到(&G)", "站点(&S)"]
    assert texts["status"][0].startswith("操作员：")
    try:
        assert i18n.install("en") == "en"
        qtbot.waitUntil(lambda: window.menu_go.title() == "&Go")
        texts = _window_texts(window)
        assert texts["navigation"][:3] == ["F2  Home", "F3  Purchase", "F4  Orders"]
        assert texts["menus"] == ["&Go", "&Station"]
        assert texts["status"][0].startswith("Operator: ")
        assert texts["status"][2].startswith("Waiting to sync: ")
        assert texts["status"][3].startswith("Last sync: ")
        readable = texts["navigation"] + texts["menus"] + texts["status"][1:]
        assert not any(HAN.search(t) for t in readable), readable
    finally:
        i18n.install("zh_CN")
    qtbot.waitUntil(all_chinese)
    assert _window_texts(window)["menus"] == ["转到(&G)", "站点(&S)"]
