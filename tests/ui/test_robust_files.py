"""The window survives its files changing under it, and a crash inside Qt leaves a trace
(issue 12: a walk-through crashed in QtCore right after the .qm was rewritten in place, and
nothing reached the log)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

from PySide6.QtCore import QCoreApplication

from servicepoint.ui import i18n


def test_texts_stay_when_the_translation_file_is_rewritten(qapp, tmp_path, monkeypatch):
    for name in ("servicepoint_zh_CN.qm", "servicepoint_en.qm"):
        shutil.copy(i18n.TRANSLATIONS / name, tmp_path / name)
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        assert QCoreApplication.translate("MainWindow", "Home") == "首页"
        # an update writes the file again, in place, while the window runs
        (tmp_path / "servicepoint_zh_CN.qm").write_bytes(b"\0" * 64)
        assert QCoreApplication.translate("MainWindow", "Home") == "首页"
    finally:
        monkeypatch.undo()
        i18n.install("zh_CN")


def test_a_hard_crash_leaves_the_python_stack_in_the_log(tmp_path):
    log = tmp_path / "window.log"
    code = textwrap.dedent(
        f"""
        import faulthandler
        from pathlib import Path
        from servicepoint.ui import crash
        crash.install(Path({str(log)!r}), lambda: "zh_CN")
        faulthandler._sigsegv()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
    assert done.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "Segmentation fault" in text
