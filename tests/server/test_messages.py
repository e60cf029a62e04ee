"""Every refusal the county server or the sync client can give has Chinese and English text
with no placeholder left unfilled by the parameters it is raised with."""

from __future__ import annotations

import re
from pathlib import Path

from servicepoint.core.messages import MESSAGES, render

ROOT = Path(__file__).resolve().parents[2] / "servicepoint"
RAISES = re.compile(
    r"\b(?:Refusal|SyncFailed|DecodeError)\(\s*\"([a-z0-9_]+)\"|"
    r"\bApiError\(\s*\d+,\s*\"([a-z0-9_]+)\""
)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def raised_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for path in [
        *sorted((ROOT / "server").rglob("*.py")),
        ROOT / "core" / "sync.py",
        ROOT / "core" / "protocol.py",
        ROOT / "core" / "sync_local.py",
    ]:
        for match in RAISES.finditer(path.read_text(encoding="utf-8")):
            codes.setdefault(match.group(1) or match.group(2), path.name)
    return codes


def test_every_server_and_sync_code_has_both_texts():
    """A code without text would reach the operator as a bare identifier."""
    codes = raised_codes()
    assert len(codes) > 40, sorted(codes)
    missing = sorted(f"{c} ({f})" for c, f in codes.items() if c not in MESSAGES)
    assert missing == []
    for code in codes:
        zh, en = MESSAGES[code]
        assert re.search(r"[\u4e00-\u9fff]", zh), code
        assert en.isascii() or "–" in en, code


def test_messages_fill_every_placeholder_from_typical_parameters():
    """Rendering with the parameter names used in the code leaves no {placeholder}."""
    params = {
        "entity": "payments",
        "field": "amount_fen",
        "owner": "GJ02",
        "expected": 100,
        "item": "x",
        "number": "GJ01-2026-000001",
        "acked_seq": 5,
        "epoch": 2,
        "station": "GJ02",
        "limit": 2000,
        "version": "9",
        "min_version": "9.1.0",
        "supported": "1",
        "seconds": 3,
        "method": "x",
        "first_seq": 9,
        "server": "http://x",
        "status": 500,
        "reason": "原因",
        "reason_en": "why",
        "entities": "payments",
        "value": "x",
        "path": "/x",
        "row": 2,
        "code": "c",
        "start": "2026-11-01",
        "end": "2026-10-01",
        "role": "boss",
        "minutes": 15,
        "month": "2027-01",  # issue 14: the commission statement's month (statements.py)
        "current": "2026-12",
        "barcode": "6901234567890",  # issue 14: the county refuses a barcode twice (county.py)
        "name": "五常大米",
        "product": "玉米",  # issue 16: buy-back price lines (server/buyback.py)
        "grade": "二等",
    }
    for code in raised_codes():
        for lang in ("zh_CN", "en"):
            text = render(code, lang, params)
            assert not PLACEHOLDER.search(text), (code, lang, text)
