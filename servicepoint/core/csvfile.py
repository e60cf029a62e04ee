"""Reading CSV files that county staff and operators make in Excel.

Excel on a Chinese Windows PC saves CSV as GB18030 by default, and as UTF-8 with a BOM when
asked; both are accepted.  Importers check every row before writing any, and report the first
bad row by its number as the operator sees it in Excel (header is row 1).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .errors import InvalidInput


class CsvRowError(InvalidInput):
    """A CSV row is wrong; carries the row number and the underlying reason."""


def read_csv(source: Path | str | io.TextIOBase) -> list[dict[str, str]]:
    if isinstance(source, Path | str):
        raw = Path(source).read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):  # Excel on Chinese Windows saves GB18030
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise InvalidInput("csv_encoding")
    else:
        text = source.read()
    rows = []
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        if None in row:  # more fields than the header, e.g. an unquoted "1,250"
            raise CsvRowError(
                "csv_row",
                row=number,
                reason="列数比表头多（带逗号的数字要加引号）",
                reason_en="it has more columns than the header (quote numbers that contain commas)",
            )
        rows.append({(k or "").strip(): (v or "").strip() for k, v in row.items()})
    return rows
