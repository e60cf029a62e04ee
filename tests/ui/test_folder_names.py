"""The station's folders named in Chinese text (issue 12): the folders on disk keep their
English names (``unprinted``, ``replaced``), so a Chinese message or help page that names one
says which folder it is (数据文件夹里的 unprinted（未打印）文件夹), never a bare English word,
and the name it gives is the folder the code really uses."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from servicepoint.core.restore import REPLACED_FOLDER
from servicepoint.core.unprinted import FOLDER as UNPRINTED_FOLDER

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")
FOLDERS = (UNPRINTED_FOLDER, REPLACED_FOLDER)


def chinese_texts() -> list[tuple[str, str]]:
    """(where, text) of every Chinese translation and Chinese help page."""
    texts = []
    ts = ET.parse(ROOT / "resources/translations/servicepoint_zh_CN.ts")
    for message in ts.iter("message"):
        texts.append((message.findtext("source") or "", message.findtext("translation") or ""))
    for page in sorted((ROOT / "resources/help").glob("*.zh_CN.md")):
        texts.append((page.name, page.read_text(encoding="utf-8")))
    return [(where, text) for where, text in texts if HAN.search(text)]


def test_a_folder_named_in_chinese_is_explained():
    bare = []
    for where, text in chinese_texts():
        for folder in FOLDERS:
            for found in re.finditer(rf"(?<![\w/.]){folder}(?![\w/.])", text):
                after = text[found.end() : found.end() + 12]
                if not re.match(r"`?（[\u4e00-\u9fff]+）文件夹", after):
                    bare.append(
                        f"{where[:50]}: …{text[max(0, found.start() - 10) : found.end() + 12]}…"
                    )
    assert not bare, "\n".join(bare)


def test_the_restore_and_printing_words_name_the_real_folders():
    texts = {where: text for where, text in chinese_texts()}
    restore = [t for w, t in texts.items() if '"replaced" folder' in w]
    printing = [t for w, t in texts.items() if "in the unprinted folder" in w]
    assert restore and all(f"{REPLACED_FOLDER}（" in t for t in restore)
    assert printing and all(f"{UNPRINTED_FOLDER}（" in t for t in printing)
