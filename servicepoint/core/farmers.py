"""Farmers: register, edit and find them quickly at the counter.

Search matches what an operator types first: pinyin initials (``zs`` → 张三), full pinyin
(``zhangsan``), the start of a Chinese name, a phone number or its last digits, or a village
group.  Prefix matches use plain B-tree indexes with a range (``>= q AND < q+1``) rather than FTS5:
Chinese names are two or three characters, below the trigram tokenizer's minimum, and
range scans stay well under a millisecond at 50,000 farmers (see ``bench/``).
"""

from __future__ import annotations

import builtins
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .csvfile import CsvRowError, read_csv
from .errors import InvalidInput, NotFound, ServicePointError
from .text import (
    CARD_MAX,
    NOTE_MAX,
    clean_code,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
)
from .text import pinyin_keys as pinyin_keys

if TYPE_CHECKING:
    from .operators import Operator
    from .station import Station


@dataclass(frozen=True)
class Farmer:
    id: str
    name: str
    phone: str | None
    village_group: str | None
    is_poor: bool
    poverty_card_no: str | None
    id_number: str | None
    note: str | None
    name_pinyin: str
    name_initials: str
    version: int
    created_at: str


def _row_to_farmer(row: dict[str, Any]) -> Farmer:
    return Farmer(
        row["id"],
        row["name"],
        row["phone"],
        row["village_group"],
        bool(row["is_poor"]),
        row["poverty_card_no"],
        row["id_number"],
        row["note"],
        row["name_pinyin"],
        row["name_initials"],
        row["version"],
        row["created_at"],
    )


_TRUE = {"1", "是", "yes", "y", "true", "贫困户"}
_FALSE = {"", "0", "否", "no", "n", "false"}


def _next_prefix(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class Farmers:
    def __init__(self, station: Station) -> None:
        self._s = station

    def _clean(
        self,
        name: object,
        phone: object,
        village_group: object,
        is_poor: object,
        poverty_card_no: object,
        id_number: object,
        note: object,
    ) -> dict[str, Any]:
        clean = clean_name(name, "farmer_name")
        assert clean is not None
        if not isinstance(is_poor, bool):
            raise InvalidInput("field_not_bool", field="is_poor")
        card = clean_code(poverty_card_no, "poverty_card_no", required=False, max_len=CARD_MAX)
        full, initials = pinyin_keys(clean)
        return {
            "name": clean,
            "name_pinyin": full,
            "name_initials": initials,
            "phone": clean_phone(phone),
            "village_group": clean_name(village_group, "village_group", required=False),
            "is_poor": int(is_poor),
            "poverty_card_no": card,
            "id_number": clean_id_number(id_number),
            "note": clean_text(note, "note", required=False, max_len=NOTE_MAX),
        }

    def add(
        self,
        name: str,
        *,
        phone: str | None = None,
        village_group: str | None = None,
        is_poor: bool = False,
        poverty_card_no: str | None = None,
        id_number: str | None = None,
        note: str | None = None,
    ) -> Farmer:
        self._s.require_operator()
        fields = self._clean(name, phone, village_group, is_poor, poverty_card_no, id_number, note)
        if fields["phone"] and self._s.records.scalar(
            "SELECT 1 FROM farmers WHERE phone = ?", (fields["phone"],)
        ):
            raise InvalidInput("phone_taken", phone=fields["phone"])
        now = self._s.clock.stamp()
        with self._s.records.atomic():
            row = self._s.records.insert(
                "farmers", {**fields, "created_at": now, "updated_at": now, "version": 1}
            )
        return self.get(row["id"])

    def edit(self, farmer_id: str, **changes: Any) -> Farmer:
        """Change some fields; the change log carries only those and the version they edit."""
        self._s.require_operator()
        current = self.get(farmer_id)
        allowed = {
            "name",
            "phone",
            "village_group",
            "is_poor",
            "poverty_card_no",
            "id_number",
            "note",
        }
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidInput("field_unknown", field=", ".join(sorted(unknown)))
        merged = {k: changes.get(k, getattr(current, k)) for k in allowed}
        fields = self._clean(**merged)
        if fields["phone"] and self._s.records.scalar(
            "SELECT 1 FROM farmers WHERE phone = ? AND id <> ?", (fields["phone"], farmer_id)
        ):
            raise InvalidInput("phone_taken", phone=fields["phone"])
        old = {
            k: (int(v) if isinstance(v, bool) else v)
            for k, v in ((k, getattr(current, k)) for k in fields)
        }
        changed = {k: v for k, v in fields.items() if old.get(k) != v}
        if not changed:
            return current
        changed["updated_at"] = self._s.clock.stamp()
        with self._s.records.atomic():
            self._s.records.update("farmers", farmer_id, changed, base_version=current.version)
            if {"is_poor", "poverty_card_no", "id_number"} & set(changed):
                self._s.audit.log(
                    "farmer_sensitive_edit",
                    "farmers",
                    farmer_id,
                    detail={"fields": sorted(set(changed) - {"updated_at"})},
                )
        return self.get(farmer_id)

    def private_shown(self, farmer_id: str, approver: Operator) -> None:
        """Record that a manager let this farmer's card and ID numbers be shown (synced)."""
        manager = self._s.require_manager(approver)
        self.get(farmer_id)
        with self._s.records.atomic():
            self._s.audit.log(
                "farmer_private_shown", "farmers", farmer_id, detail={"approved_by": manager.id}
            )

    def import_csv(self, source: Path | str | io.TextIOBase) -> int:
        """Farmer list CSV: ``name[,phone,village_group,is_poor,poverty_card_no,id_number,note]``.

        All rows are checked first; one bad row refuses the file with its row number and
        nothing is written.  ``is_poor`` accepts 1/0, 是/否, yes/no, true/false.
        """
        self._s.require_manager()
        rows = read_csv(source)
        if not rows:
            raise InvalidInput("csv_empty")
        cleaned = []
        phones: set[str] = set()
        for number, raw in enumerate(rows, start=2):
            try:
                flag = raw.get("is_poor", "").strip().lower()
                if flag not in _TRUE | _FALSE:
                    raise InvalidInput("field_not_bool", field="is_poor")
                fields = self._clean(
                    raw.get("name"),
                    raw.get("phone") or None,
                    raw.get("village_group") or None,
                    flag in _TRUE,
                    raw.get("poverty_card_no") or None,
                    raw.get("id_number") or None,
                    raw.get("note") or None,
                )
                phone = fields["phone"]
                if phone and (
                    phone in phones
                    or self._s.records.scalar("SELECT 1 FROM farmers WHERE phone = ?", (phone,))
                ):
                    raise InvalidInput("phone_taken", phone=phone)
                if phone:
                    phones.add(phone)
                cleaned.append(fields)
            except ServicePointError as error:
                raise CsvRowError(
                    "csv_row",
                    row=number,
                    reason=error.message("zh_CN"),
                    reason_en=error.message("en"),
                ) from error
        now = self._s.clock.stamp()
        with self._s.records.atomic():
            for fields in cleaned:
                self._s.records.insert(
                    "farmers", {**fields, "created_at": now, "updated_at": now, "version": 1}
                )
            self._s.audit.log("farmers_imported", "farmers", None, detail={"added": len(cleaned)})
        return len(cleaned)

    def get(self, farmer_id: str) -> Farmer:
        row = self._s.records.one("SELECT * FROM farmers WHERE id = ?", (farmer_id,))
        if row is None:
            raise NotFound("farmer_not_found", id=str(farmer_id)[:40])
        return _row_to_farmer(row)

    def count(self) -> int:
        return int(self._s.records.scalar("SELECT COUNT(*) FROM farmers"))

    def list(self, limit: int = 100, offset: int = 0) -> builtins.list[Farmer]:
        rows = self._s.records.all(
            "SELECT * FROM farmers ORDER BY name_pinyin, id LIMIT ? OFFSET ?", (limit, offset)
        )
        return [_row_to_farmer(r) for r in rows]

    def search(self, query: str, limit: int = 30) -> builtins.list[Farmer]:
        """Farmers matching what was typed, best matches first (see module docstring)."""
        q = (query or "").strip()
        if not q:
            return self.list(limit)
        r = self._s.records
        found: dict[str, dict[str, Any]] = {}

        def keep(rows: builtins.list[dict[str, Any]]) -> None:
            for row in rows:
                if len(found) >= limit:
                    return
                found.setdefault(row["id"], row)

        def prefix(column: str, value: str) -> builtins.list[dict[str, Any]]:
            return r.all(
                f"SELECT * FROM farmers WHERE {column} >= ? AND {column} < ? "
                f"ORDER BY {column}, rowid LIMIT ?",
                (value, _next_prefix(value), limit),
            )

        compact = re.sub(r"\s+", "", q)
        if compact.isdigit():
            keep(prefix("phone", compact))
            if len(compact) >= 4 and len(found) < limit:
                keep(
                    r.all(
                        "SELECT * FROM farmers WHERE phone LIKE ? ORDER BY phone LIMIT ?",
                        ("%" + compact, limit),
                    )
                )
            return [_row_to_farmer(x) for x in found.values()]
        if compact.isascii() and compact.isalpha():
            low = compact.lower()
            keep(
                r.all(
                    "SELECT * FROM farmers WHERE name_initials = ? ORDER BY name_pinyin, id "
                    "LIMIT ?",
                    (low, limit),
                )
            )
            keep(prefix("name_initials", low))
            keep(prefix("name_pinyin", low))
            return [_row_to_farmer(x) for x in found.values()]
        keep(r.all("SELECT * FROM farmers WHERE name = ? ORDER BY id LIMIT ?", (q, limit)))
        keep(prefix("name", q))
        keep(prefix("village_group", q))
        if len(found) < limit:
            like = "%" + q.replace("%", "").replace("_", "") + "%"
            keep(
                r.all(
                    "SELECT * FROM farmers WHERE name LIKE ? OR village_group LIKE ? LIMIT ?",
                    (like, like, limit),
                )
            )
        return [_row_to_farmer(x) for x in found.values()]
