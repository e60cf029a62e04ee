"""``servicepoint receipt pdf|print|escpos NUMBER``: any printout by the number on it.

A receipt (every copy after the first says 重印/REPRINT; on A4 a settlement statement or the Z
report), a trace label or the month's commission statement.  Printing goes through the
operating system (CUPS ``lp``, Windows' print verb); the PDF is kept if it fails.
``receipt escpos`` writes a receipt's ESC/POS job (text or raster, docs/hardware.md) to a file
for a technician, who can send it to a printer by hand or read it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..core import unprinted
from .common import SubParsers, open_signed_in, say


def cmd_receipt(args: argparse.Namespace) -> int:
    """Save or print any printout by the number on it: a receipt (every copy after the first
    says REPRINT; on A4 a settlement statement or Z report), a trace label or the month's
    commission statement."""
    from ..printing.by_number import printable_pdf

    station = open_signed_in(args)
    try:
        found, pdf = printable_pdf(station, args.number, args.width)
    finally:
        station.close()
    # a receipt or label that fails to print joins the window's unprinted list
    kept = unprinted.folder(station) if found.kind in ("receipt", "label") else None
    if args.action == "pdf":
        path = Path(args.output)
        path.write_bytes(pdf)
        say(args, f"已保存：{path}", f"Saved: {path}")
        return 0
    return _send_to_printer(
        args, pdf, found.key, kept, "label" if found.kind == "label" else "receipt"
    )


def cmd_escpos(args: argparse.Namespace) -> int:
    """Write a receipt's ESC/POS job to a file (counted like ``receipt pdf``: a later copy
    says REPRINT)."""
    from ..core.receipt_data import receipt_data
    from ..printing.escpos_job import receipt_job

    station = open_signed_in(args)
    try:
        data = receipt_data(station, args.number, record_print=True)
    finally:
        station.close()
    path = Path(args.output)
    path.write_bytes(receipt_job(data, args.mode, args.width))
    say(
        args,
        f"已保存 ESC/POS（{args.mode}，{args.width} 毫米）：{path}",
        f"Saved the ESC/POS job ({args.mode}, {args.width} mm): {path}",
    )
    return 0


def _send_to_printer(
    args: argparse.Namespace,
    pdf: bytes,
    number: str,
    kept: Path | None = None,
    kind: unprinted.Kind = "receipt",
) -> int:
    """Hand the PDF to the operating system's printing (CUPS `lp`, or Windows' print verb).

    The copy is kept as a file either way, so a failed print can be printed again; a failed
    receipt or label is kept in the station's ``unprinted/`` folder, where the window lists it.
    """
    import shutil
    import subprocess
    import tempfile

    folder = Path(tempfile.gettempdir()) / "servicepoint-prints"
    folder.mkdir(exist_ok=True)
    path = folder / f"{number}.pdf"
    path.write_bytes(pdf)

    def keep() -> Path:
        if kept is None:
            return path
        kept.mkdir(parents=True, exist_ok=True)
        copy = 0
        while (kept / unprinted.file_name(number, copy, kind=kind)).exists() and kind != "label":
            copy += 1
        target = kept / unprinted.file_name(number, copy, kind=kind)
        target.write_bytes(pdf)
        return target

    if sys.platform.startswith("win"):
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return 0
    lp = shutil.which("lp") or shutil.which("lpr")
    if lp is None:
        path = keep()
        say(
            args,
            f"没有找到打印系统（lp）。收据已保存为 {path}，可以稍后打印。",
            f"No printing system (lp) found. The receipt was saved as {path} to print later.",
        )
        return 2
    done = subprocess.run([lp, str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        path = keep()
        say(
            args,
            f"打印失败：{done.stderr.strip() or done.stdout.strip()}。收据已保存为 {path}。",
            f"Printing failed: {done.stderr.strip() or done.stdout.strip()}. Saved as {path}.",
        )
        return 2
    say(args, f"已送去打印：{number}", f"Sent to the printer: {number}")
    return 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "receipt",
        parents=[common],
        help="save or print a receipt, label or statement by its number",
    )
    inner = p.add_subparsers(dest="action", required=True)
    for action, helptext in (
        ("pdf", "save a receipt as PDF (later copies say REPRINT)"),
        ("print", "print a receipt through the system's printer"),
    ):
        q = inner.add_parser(action, parents=[common], help=helptext)
        q.add_argument(
            "number",
            help="the number on the printout: a receipt "
            "(GJ01-2026-000001), a trace label (GJ01-261202-001) or a commission "
            "statement (GJ01-202611-COMM)",
        )
        q.add_argument(
            "--width",
            choices=("58", "80", "a4"),
            default=None,
            help="paper: 58 mm or 80 mm roll, or A4 (default: 80 mm for receipts, "
            "58 mm for labels, A4 for statements)",
        )
        if action == "pdf":
            q.add_argument("--output", required=True, help="the PDF file to write")
        q.set_defaults(func=cmd_receipt)
    q = inner.add_parser(
        "escpos",
        parents=[common],
        help="write a receipt as an ESC/POS job for a receipt printer (later copies say REPRINT)",
    )
    q.add_argument("number", help="the receipt's number (GJ01-2026-000001)")
    q.add_argument("--output", required=True, help="the file to write the printer's bytes to")
    q.add_argument(
        "--mode",
        choices=("text", "raster"),
        default="text",
        help="text: the printer's own Chinese font (GB18030) and its QR command; raster: the "
        "receipt as an image (any ESC/POS printer). Default: text",
    )
    q.add_argument("--width", choices=("58", "80"), default="80", help="roll width in mm")
    q.set_defaults(func=cmd_escpos)
