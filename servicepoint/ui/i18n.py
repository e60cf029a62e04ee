"""Languages: Simplified Chinese by default, English available, switchable while running.

Our strings go through ``tr()`` with the ``.ts``/``.qm`` files in ``resources/translations``
(source texts are English; ``servicepoint_zh_CN.qm`` turns them into Chinese).  Qt's own
``qtbase_zh_CN.qm`` is loaded too, so standard dialogs and buttons (OK, Cancel, file dialogs)
speak Chinese.  The bundled CJK font is registered so Chinese renders on a PC without one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .look import BODY_PT

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []
_qm_data: list[bytes] = []
_font_family: str | None = None


def install(language: str) -> str:
    """Replace the installed translators; returns the language actually used."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _qm_data.clear()
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English)
    )
    if language == "zh_CN":
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
            mnemonics = MnemonicFallback(qt, app)
            app.installTranslator(mnemonics)
            _installed.append(mnemonics)
    ours = QTranslator(app)
    # Loaded from bytes kept in memory, not mapped from the file: an update that rewrites the
    # .qm while the window runs then cannot pull the texts from under it (seen: a crash in
    # QtCore right after the file was replaced in place).
    try:
        data = (TRANSLATIONS / f"servicepoint_{language}.qm").read_bytes()
    except OSError:
        data = b""
    if data and ours.load(data):
        _qm_data.append(data)  # QTranslator keeps a pointer into these bytes
        app.installTranslator(ours)
        _installed.append(ours)
    return language


class MnemonicFallback(QTranslator):
    """Qt's own texts that gained an Alt key in Qt 6 ("&Look in:", "Files of &type:") while
    ``qtbase_zh_CN.qm`` still translates them without it ("Look in:" → "查找范围："): the file
    dialog came out half English (issue 12 walk-through).  This finds the translation of the
    text without its ``&`` and puts the key back the Chinese way: "查找范围(&L)："."""

    def __init__(self, base: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.base = base

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty string is a translation (to nothing), None lets Qt ask the
        # other translators and fall back to the source text
        if "&" not in source or source.endswith("&"):
            return None
        key = source[source.index("&") + 1]
        found = self.base.translate(context, source.replace("&", ""), disambiguation, n)
        if not found or key == "&" or "&" in found:
            return None
        mark = f"(&{key.upper()})"
        for colon in ("：", ":"):
            if found.endswith(colon):
                return found[: -len(colon)] + mark + colon
        return found + mark

    def isEmpty(self) -> bool:
        return False


def register_font(app: QApplication) -> str | None:
    """Register the bundled WenQuanYi Micro Hei and make it the application font."""
    global _font_family
    if _font_family is None:
        font_file = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else None
    if _font_family:
        font = QFont(_font_family)
        font.setPointSize(BODY_PT)
        app.setFont(font)
    return _font_family


if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _MixinBase
else:
    _MixinBase = object


class Retranslating(_MixinBase):
    """Mixin for a widget with a ``retranslate()`` that sets all its texts: when the language
    changes (``install`` sends every widget a LanguageChange) it calls it.  Put it first in
    the bases (``class Panel(Retranslating, QWidget)``) so Qt finds this ``changeEvent``.
    (The type checker sees a QWidget base, so ``super().changeEvent`` is checked; at run time
    the base is ``object`` and the widget class comes from the subclass.)"""

    if TYPE_CHECKING:

        def retranslate(self) -> None: ...

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
