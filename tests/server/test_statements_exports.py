"""The commission statement's files (issue 14, 佣金): the CSV, the XLSX and the printable PDF
read back (csv, openpyxl, ``pdftotext``) total to the same fen as the JSON statement, one
language per document, with the headers a browser needs to save or show them."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from openpyxl import load_workbook

from servicepoint.server.exports import HEADERS, statement_csv, statement_xlsx
from servicepoint.server.exports_pdf import statement_pdf
from servicepoint.server.statements import MONEY, Statement, StationStatement

from .conftest import County
from .test_statements import NOVEMBER, statement_json, synced

HAN = re.compile(r"[\u4e00-\u9fff]")
AMOUNT = re.compile(r"-?[0-9][0-9,]*\.[0-9]{2}")
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def fen(yuan: Decimal | str) -> int:
    value = Decimal(str(yuan).replace(",", "")) * 100
    assert value == value.to_integral_value(), yuan
    return int(value)


def money_of(row: dict[str, Any]) -> list[int]:
    return [int(row[key]) for key in MONEY]


def from_csv(content: bytes) -> tuple[list[str], list[list[int]], list[int]]:
    """(header, station rows' money, total row's money) in fen."""
    assert content.startswith(b"\xef\xbb\xbf"), content[:10]
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    header, *body, total = rows
    assert total[0] in ("合计", "Total") and total[1] == ""
    return header, [[fen(v) for v in r[2:]] for r in body], [fen(v) for v in total[2:]]


def from_xlsx(content: bytes, month: str) -> tuple[list[str], list[list[int]], list[int]]:
    book = load_workbook(io.BytesIO(content))
    assert book.sheetnames == [month]
    sheet = book[month]
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    for row in rows[1:]:
        for cell in row[2:]:
            assert cell.number_format == "#,##0.00"
            assert isinstance(cell.value, (int, float)), cell.value  # a number, not text
        assert sheet.column_dimensions[row[1].column_letter].width >= 8
    assert rows[-1][0].value in ("合计", "Total") and rows[-1][0].font.b

    def money(row: Any) -> list[int]:
        # Read back through the cell's decimal text, never float arithmetic.
        return [fen(Decimal(str(c.value))) for c in row[2:]]

    return header, [money(r) for r in rows[1:-1]], money(rows[-1])


def pdf_text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "statement.pdf"
    path.write_bytes(content)
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def from_pdf(text: str, codes: list[str]) -> tuple[list[list[int]], list[int]]:
    """The station rows (every page) and the total row, in fen."""
    rows: list[list[int]] = []
    total: list[int] = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        if words[0] in codes:
            rows.append([fen(a) for a in AMOUNT.findall(line)])
        elif words[0] in ("合计", "Total"):
            total = [fen(a) for a in AMOUNT.findall(line)]
    return rows, total


def assert_sums(rows: list[list[int]], total: list[int], expected: list[int]) -> None:
    assert total == expected
    assert [sum(col) for col in zip(*rows, strict=True)] == expected


# -- through the API, both back ends ---------------------------------------------------------


def download(county: County, fmt: str, lang: str = "zh") -> Any:
    answer = county.get(
        "/v1/county/statements", params={"month": "2026-11", "format": fmt, "lang": lang}
    )
    assert answer.status_code == 200, answer.text[:300]
    return answer


def test_every_file_totals_to_the_json_statement(station, county, clock, tmp_path):
    """CSV, XLSX and PDF: each station row and the total row, to the fen, equal the JSON."""
    synced(station, county, clock)
    statement = statement_json(county, "2026-11")
    expected = money_of(statement["total"])
    assert expected == [NOVEMBER[key] for key in MONEY]
    by_code = {r["station"]: money_of(r) for r in statement["stations"]}
    codes = sorted(by_code)

    header, rows, total = from_csv(download(county, "csv").content)
    assert header == list(HEADERS["zh"])
    assert rows == [by_code[c] for c in codes]
    assert_sums(rows, total, expected)

    header, rows, total = from_xlsx(download(county, "xlsx").content, "2026-11")
    assert header == list(HEADERS["zh"])
    assert rows == [by_code[c] for c in codes]
    assert_sums(rows, total, expected)

    answer = download(county, "pdf")
    assert answer.content.startswith(b"%PDF-")
    text = pdf_text(answer.content, tmp_path)
    rows, total = from_pdf(text, codes)
    assert rows == [by_code[c] for c in codes]
    assert_sums(rows, total, expected)
    assert "佣金对账单" in text and "对账月份：2026年11月" in text
    assert "第 1 页，共 1 页" in text and "打印时间：" in text


@pytest.mark.parametrize(
    ("fmt", "media", "disposition"),
    [
        ("csv", "text/csv; charset=utf-8", "attachment"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attachment"),
        ("pdf", "application/pdf", "inline"),
    ],
)
def test_content_type_and_file_names(county, fmt, media, disposition):
    """The Chinese file name as RFC 5987 ``filename*``, an ASCII ``filename`` beside it;
    ``lang=en`` names the file in English."""
    answer = download(county, fmt)
    assert answer.headers["content-type"] == media
    value = answer.headers["content-disposition"]
    assert value.startswith(disposition + "; ")
    assert f'filename="commission-statement-2026-11.{fmt}"' in value
    encoded = re.search(r"filename\*=UTF-8''(\S+)", value)
    assert encoded and unquote(encoded.group(1)) == f"佣金对账单-2026-11.{fmt}"
    assert value.isascii()
    english = download(county, fmt, "en").headers["content-disposition"]
    assert f"filename*=UTF-8''commission-statement-2026-11.{fmt}" in english


def test_english_documents_are_english_only(station, county, clock, tmp_path):
    """``lang=en``: English headers, total and titles; no Chinese but the stations' names."""
    synced(station, county, clock)
    names = {r["name"] for r in statement_json(county, "2026-11")["stations"]}
    header, _, total = from_csv(download(county, "csv", "en").content)
    assert header == list(HEADERS["en"]) and total == [NOVEMBER[k] for k in MONEY]
    header, _, _ = from_xlsx(download(county, "xlsx", "en").content, "2026-11")
    assert header == list(HEADERS["en"])
    text = pdf_text(download(county, "pdf", "en").content, tmp_path)
    for name in names:
        text = text.replace(name, "")
    assert not HAN.search(text), text
    assert "Commission statement" in text and "Month: 2026-11" in text
    assert "Page 1 of 1" in text and "Printed at " in text


def test_a_bad_format_or_language_is_refused(county):
    """Only json, csv, xlsx and pdf; only zh and en: 422 ``request_invalid``."""
    from .test_enrolment_codes import refused_unchanged

    for params in ({"format": "docx"}, {"lang": "fr"}):
        refused_unchanged(
            county,
            lambda p=params: county.get("/v1/county/statements", params={"month": "2026-11", **p}),
            422,
            "request_invalid",
        )


# -- the exports alone: many stations, large and negative figures ----------------------------


def big_statement(count: int = 70) -> Statement:
    rows = [
        StationStatement(
            station=f"S{i:03d}",
            name=f"第{i}村服务站",
            brought_forward_fen=-1234 * i,  # over-remitted earlier: a credit
            collected_fen=9_876_543_21 + i,
            commission_fen=7_901_23 + 7 * i,
            due_fen=9_876_543_21 + i - (7_901_23 + 7 * i),
            remitted_fen=5_000_000_00,
            outstanding_fen=-1234 * i + 9_876_543_21 + i - (7_901_23 + 7 * i) - 5_000_000_00,
            county_paid_fen=i % 3,
        )
        for i in range(count)
    ]
    sums = {
        key: sum(getattr(r, key) for r in rows) for key in (*MONEY, "consignment_commission_fen")
    }
    return Statement(
        "2026-11", "示范县", rows, StationStatement("", "", **sums), "2026-12-01T08:30:00+08:00"
    )


def test_many_stations_over_several_pages_to_the_fen(tmp_path):
    """70 stations with figures in the millions and credits brought forward: every export
    reads back to the same fen; the PDF numbers its pages out of the total."""
    statement = big_statement()
    expected = [getattr(statement.total, key) for key in MONEY]
    rows_fen = [[getattr(r, key) for key in MONEY] for r in statement.stations]
    _, rows, total = from_csv(statement_csv(statement))
    assert rows == rows_fen and total == expected
    _, rows, total = from_xlsx(statement_xlsx(statement), "2026-11")
    assert rows == rows_fen and total == expected
    text = pdf_text(statement_pdf(statement), tmp_path)
    rows, total = from_pdf(text, [r.station for r in statement.stations])
    assert rows == rows_fen and total == expected
    pages = text.count("\f")
    assert pages >= 2
    assert f"第 1 页，共 {pages} 页" in text and f"第 {pages} 页，共 {pages} 页" in text
    assert text.count("打印时间：2026-12-01 08:30") == pages
    for page in text.split("\f"):  # the headers repeat on every page with rows
        assert ("S0" in page) == (HEADERS["zh"][3] in page), page
    assert text.count("示范县佣金对账单") == pages  # the title, then a running head
