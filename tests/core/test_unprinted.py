"""core.unprinted: the station's unprinted/ folder is the list of printouts waiting for paper."""

from __future__ import annotations

import os
from pathlib import Path

from servicepoint.core import unprinted


def _kept(folder: Path, name: str, when: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n")
    os.utime(path, (when, when))
    return path


def test_the_folder_is_the_list(tmp_path):
    """One row per number (a reprint's copy joins its receipt), labels apart, oldest first;
    other files are not printouts; the count is what Home shows."""
    station = tmp_path / "station"
    folder = unprinted.folder(station)
    assert folder == station / "unprinted"
    assert unprinted.entries(station) == [] and unprinted.unprinted_count(station) == 0
    _kept(folder, "GJ01-2026-000004.pdf", 1000)
    newest = _kept(folder, "GJ01-2026-000004-copy1.pdf", 3000)
    _kept(folder, "GJ01-261202-001-label.pdf", 2000)
    _kept(folder, "notes.txt", 500)
    _kept(folder, ".hidden.pdf", 500)
    rows = unprinted.entries(station)
    assert [(r.number, r.kind, r.files) for r in rows] == [
        ("GJ01-261202-001", "label", 1),
        ("GJ01-2026-000004", "receipt", 2),
    ]
    assert rows[1].path == newest
    assert unprinted.unprinted_count(station) == 2
    assert unprinted.is_unprinted(station, "GJ01-2026-000004")
    assert not unprinted.is_unprinted(station, "GJ01-261202-001")  # a label, not a receipt


def test_forget_removes_every_copy_of_that_number_only(tmp_path):
    station = tmp_path / "station"
    folder = unprinted.folder(station)
    _kept(folder, "GJ01-2026-000004.pdf", 1000)
    _kept(folder, "GJ01-2026-000004-copy2.pdf", 1000)
    _kept(folder, "GJ01-2026-000040.pdf", 1000)
    assert unprinted.forget(station, "GJ01-2026-000004") == 2
    assert [r.number for r in unprinted.entries(station)] == ["GJ01-2026-000040"]
    assert unprinted.forget(tmp_path / "nowhere", "GJ01-2026-000004") == 0


def test_file_names(tmp_path):
    assert unprinted.file_name("GJ01-2026-000004") == "GJ01-2026-000004.pdf"
    assert unprinted.file_name("GJ01-2026-000004", 2) == "GJ01-2026-000004-copy2.pdf"
    assert unprinted.file_name("GJ01-261202-001", kind="label") == "GJ01-261202-001-label.pdf"
    assert unprinted.parse(Path("GJ01-2026-000004-copy2.pdf")) == ("GJ01-2026-000004", "receipt")
