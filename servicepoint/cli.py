"""The ``servicepoint`` command: administration and automation.

The operator uses the window; this is for the county technician, scripts and schedulers.
Every command takes ``--data-dir`` (default: the user's data folder from platformdirs, which
holds ``station/`` for the real station and ``training/`` for the demo one, never mixed).
Writes need an operator: ``--operator`` and the PIN from ``SERVICEPOINT_PIN`` or a prompt.
Exit codes: 0 ok, 1 a check found problems, 2 refused input or usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from .core import Station
from .core.errors import ServicePointError
from .core.money import format_quantity, format_yuan
from .core.reports import as_dict

APP_NAME = "servicepoint"
METHOD_ZH = {"cash": "现金", "mobile": "移动支付", "account": "记账"}


def default_base_dir() -> Path:
    return Path(os.environ.get("SERVICEPOINT_DATA_DIR") or user_data_dir(APP_NAME, False))


def station_dir(args: argparse.Namespace) -> Path:
    base = Path(args.data_dir) if args.data_dir else default_base_dir()
    return base / ("training" if getattr(args, "training", False) else "station")


def _lang(args: argparse.Namespace) -> str:
    return "en" if args.lang == "en" else "zh_CN"


def _say(args: argparse.Namespace, zh: str, en: str) -> None:
    print(en if _lang(args) == "en" else zh)


def _pin(args: argparse.Namespace, who: str) -> str:
    pin = os.environ.get("SERVICEPOINT_PIN")
    if pin:
        return pin
    if not sys.stdin.isatty():
        raise SystemExit("PIN: set SERVICEPOINT_PIN or run in a terminal")
    return getpass.getpass(f"{who} PIN: ")


def _open_signed_in(args: argparse.Namespace) -> Station:
    station = Station.open(station_dir(args))
    name = args.operator or os.environ.get("SERVICEPOINT_OPERATOR")
    if not name:
        managers = [o for o in station.operators.list() if o.is_manager and o.active]
        name = managers[0].name if len(managers) == 1 else None
    if not name:
        station.close()
        raise SystemExit("--operator NAME is needed")
    try:
        station.sign_in(name, _pin(args, name))
    except ServicePointError:
        station.close()
        raise
    return station


# -- commands -------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    pin = args.pin or _pin(args, args.manager)
    station = Station.create(station_dir(args), code=args.code, name=args.name,
                             village=args.village, township=args.township, county=args.county,
                             manager_name=args.manager, manager_pin=pin)
    _say(args, f"已创建服务站 {station.code}：{station.path}",
         f"Created station {station.code} at {station.path}")
    station.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .core.training import build_training_station

    base = Path(args.data_dir) if args.data_dir else default_base_dir()
    target = base / "training"

    def progress(stage: str, done: int, total: int) -> None:
        if args.verbose:
            print(f"  {stage} {done}/{total}", file=sys.stderr)

    station = build_training_station(target, seed=args.seed, progress=progress)
    _say(args, f"已建好培训站（{station.farmers.count()} 位农户）：{station.path}",
         f"Training station built ({station.farmers.count()} farmers): {station.path}")
    station.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with Station.open(station_dir(args)) as station:
        problems = station.check()
    if args.json:
        print(json.dumps({"ok": not problems, "problems": problems}, ensure_ascii=False))
    elif problems:
        _say(args, f"发现 {len(problems)} 个问题：", f"{len(problems)} problems found:")
        for p in problems:
            print(f"  - {p}")
    else:
        _say(args, "检查通过：数据完整，所有账目一致。",
             "Check passed: the database is intact and every invariant holds.")
    return 1 if problems else 0


def _print_table(rows: list[tuple[str, str]]) -> None:
    width = max((len(k) for k, _ in rows), default=0)
    for key, value in rows:
        print(f"  {key.ljust(width)}  {value}")


def cmd_report(args: argparse.Namespace) -> int:
    with Station.open(station_dir(args)) as station:
        today = station.clock.now().date()
        rep = station.reports
        report: Any
        if args.kind == "daily":
            report = rep.daily(args.day or today.isoformat())
        elif args.kind == "commission":
            report = rep.commission(args.month or today.strftime("%Y-%m"))
        elif args.kind == "consignment":
            report = rep.consignment()
        else:
            start = args.start or f"{today.year}-01-01"
            report = rep.poverty(start, args.end or today.isoformat())
    if args.json:
        print(json.dumps(as_dict(report), ensure_ascii=False, indent=2))
        return 0
    y = format_yuan
    if args.kind == "daily":
        print(f"日结 Daily close {report.day}")
        rows = [(f"{METHOD_ZH.get(m.method, m.method)} {m.method} 收/付",
                 f"{y(m.received_fen)} / {y(m.paid_out_fen)}") for m in report.by_method]
        rows += [("期初现金 opening cash", y(report.opening_cash_fen)),
                 ("现金收入 cash in", y(report.cash_in_fen)),
                 ("现金支出 cash out", y(report.cash_out_fen)),
                 ("应有现金 expected cash", y(report.expected_cash_fen)),
                 ("清点现金 counted cash",
                  "-" if report.counted_cash_fen is None else y(report.counted_cash_fen)),
                 ("差额 difference",
                  "-" if report.difference_fen is None else y(report.difference_fen)),
                 ("订单 orders placed/completed",
                  f"{report.orders_placed}/{report.orders_completed}")]
        drawer = report.drawer
        if report.counted_in_close_of:
            rows.append(("已在日结中点过 counted in the close of", report.counted_in_close_of))
        elif drawer.later_days:
            rows.append(("现在点钞包含之后的现金 a count now also covers",
                         f"{y(drawer.later_cash_fen)} ({', '.join(drawer.later_days)})"))
    elif args.kind == "commission":
        print(f"佣金月报 Commission statement {report.month}")
        rows = [("代收货款 collected", y(report.collected_fen)),
                ("留存佣金 commission kept", y(report.commission_fen)),
                ("应缴县中心 due to county", y(report.due_to_county_fen)),
                ("已缴 remitted", y(report.remitted_fen)),
                ("累计未缴 outstanding", y(report.outstanding_fen)),
                ("寄售佣金 consignment commission", y(report.consignment_commission_fen))]
        rows += [(f"  {c.category_name}", f"{y(c.sales_fen)} → {y(c.commission_fen)}")
                 for c in report.by_category]
    elif args.kind == "consignment":
        print("寄售 Consignment")
        rows = [(f"{b.trace_code} {b.product}{b.grade or ''}",
                 f"{b.farmer_name} 在库 {format_quantity(b.on_hand_base, b.unit)} "
                 f"已放 {b.age_days} 天")
                for b in report.stock]
        rows += [(f"待结算 {d.farmer_name}", f"{d.sales} 笔 {y(d.net_due_fen)}")
                 for d in report.due]
        rows.append(("待结算合计 total due", y(report.total_due_fen)))
    else:
        print(f"扶贫统计 Poverty alleviation {report.day_from} – {report.day_to}")
        rows = [("登记贫困户 registered poor households", str(report.poor_households_registered)),
                ("服务贫困户 poor households served", str(report.poor_households_served)),
                ("为贫困户代购 purchases for them", y(report.purchases_for_poor_fen)),
                ("贫困户产品销售 their produce sold", y(report.consignment_sales_for_poor_fen)),
                ("付给贫困户收入 income paid to them", y(report.income_to_poor_fen)),
                ("  其中现金/移动支付 paid out", y(report.payouts_to_poor_fen)),
                ("  其中抵扣欠款 settled against debt", y(report.offsets_for_poor_fen)),
                ("服务农户总数 households served", str(report.households_served))]
    _print_table(rows)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    station = _open_signed_in(args)
    try:
        if args.target == "farmers":
            n = station.farmers.import_csv(args.file)
            _say(args, f"已导入 {n} 位农户。", f"Imported {n} farmers.")
        else:
            result = station.catalogue.import_csv(args.file)
            _say(args, f"商品目录：新增 {result.added}，更新 {result.updated}。",
                 f"Catalogue: {result.added} added, {result.updated} updated.")
    finally:
        station.close()
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    """Save or print any printout by the number on it: a receipt (every copy after the first
    says REPRINT; on A4 a settlement statement or Z report), a trace label or the month's
    commission statement."""
    from .printing.by_number import printable_pdf

    station = _open_signed_in(args)
    try:
        found, pdf = printable_pdf(station, args.number, args.width)
    finally:
        station.close()
    if args.action == "pdf":
        path = Path(args.output)
        path.write_bytes(pdf)
        _say(args, f"已保存：{path}", f"Saved: {path}")
        return 0
    return _send_to_printer(args, pdf, found.key)


def _send_to_printer(args: argparse.Namespace, pdf: bytes, number: str) -> int:
    """Hand the PDF to the operating system's printing (CUPS `lp`, or Windows' print verb).

    The copy is kept as a file either way, so a failed print can be printed again.
    """
    import shutil
    import subprocess
    import tempfile

    folder = Path(tempfile.gettempdir()) / "servicepoint-prints"
    folder.mkdir(exist_ok=True)
    path = folder / f"{number}.pdf"
    path.write_bytes(pdf)
    if sys.platform.startswith("win"):
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return 0
    lp = shutil.which("lp") or shutil.which("lpr")
    if lp is None:
        _say(args, f"没有找到打印系统（lp）。收据已保存为 {path}，可以稍后打印。",
             f"No printing system (lp) found. The receipt was saved as {path} to print later.")
        return 2
    done = subprocess.run([lp, str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        _say(args, f"打印失败：{done.stderr.strip() or done.stdout.strip()}。收据已保存为 {path}。",
             f"Printing failed: {done.stderr.strip() or done.stdout.strip()}. Saved as {path}.")
        return 2
    _say(args, f"已送去打印：{number}", f"Sent to the printer: {number}")
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    """The desktop window (PySide6); ``--data-dir`` and ``--training`` apply."""
    if args.data_dir:
        os.environ["SERVICEPOINT_DATA_DIR"] = str(args.data_dir)
    from .ui.app import run

    return run(sys.argv[:1], training=bool(getattr(args, "training", False)))


# -- parser ---------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    def common_options(suppress: bool) -> argparse.ArgumentParser:
        # The options are accepted before and after the sub-command; on the sub-command level
        # their defaults are suppressed so they do not overwrite a value given before it.
        def d(value: object) -> object:
            return argparse.SUPPRESS if suppress else value
        common = argparse.ArgumentParser(add_help=False)
        common.add_argument("--data-dir", default=d(None),
                            help="data folder (default: the user's data folder)")
        common.add_argument("--training", action="store_true", default=d(False),
                            help="use the training station")
        common.add_argument("--lang", choices=("zh", "en"), default=d("zh"),
                            help="message language")
        common.add_argument("--operator", default=d(None),
                            help="operator name for commands that write")
        return common

    common = common_options(suppress=True)
    parser = argparse.ArgumentParser(
        prog="servicepoint", parents=[common_options(suppress=False)],
        description="村级电商服务站 village e-commerce service point. "
                    "With no command, starts the desktop app.")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("init", parents=[common], help="create a new station")
    p.add_argument("--code", required=True, help="station code, e.g. GJ01")
    p.add_argument("--name", required=True)
    p.add_argument("--village", required=True)
    p.add_argument("--township", required=True)
    p.add_argument("--county", required=True)
    p.add_argument("--manager", required=True, help="the first manager's name")
    p.add_argument("--pin", help="manager PIN (else SERVICEPOINT_PIN or a prompt)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[common], help="build the training station")
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--verbose", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("check", parents=[common], help="integrity check and every invariant")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("report", parents=[common], help="daily, commission, consignment, poverty")
    p.add_argument("kind", choices=("daily", "commission", "consignment", "poverty"))
    p.add_argument("--day", help="for daily: YYYY-MM-DD (default today)")
    p.add_argument("--month", help="for commission: YYYY-MM (default this month)")
    p.add_argument("--from", dest="start", help="for poverty: first day (default 1 January)")
    p.add_argument("--to", dest="end", help="for poverty: last day (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("receipt", parents=[common],
                       help="save or print a receipt, label or statement by its number")
    inner = p.add_subparsers(dest="action", required=True)
    for action, helptext in (("pdf", "save a receipt as PDF (later copies say REPRINT)"),
                             ("print", "print a receipt through the system's printer")):
        q = inner.add_parser(action, parents=[common], help=helptext)
        q.add_argument("number", help="the number on the printout: a receipt "
                       "(GJ01-2026-000001), a trace label (GJ01-261202-001) or a commission "
                       "statement (GJ01-202611-COMM)")
        q.add_argument("--width", choices=("58", "80", "a4"), default=None,
                       help="paper: 58 mm or 80 mm roll, or A4 (default: 80 mm for receipts, "
                            "58 mm for labels, A4 for statements)")
        if action == "pdf":
            q.add_argument("--output", required=True, help="the PDF file to write")
        q.set_defaults(func=cmd_receipt)

    for target, helptext in (("farmers", "import farmers from CSV"),
                             ("catalog", "import the county catalogue from CSV")):
        p = sub.add_parser(target, parents=[common], help=helptext)
        inner = p.add_subparsers(dest="action", required=True)
        q = inner.add_parser("import", parents=[common], help=helptext)
        q.add_argument("file")
        q.set_defaults(func=cmd_import, target=target)

    from . import cli_county, cli_sync

    cli_sync.add_commands(sub, common)
    cli_county.add_commands(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--self-test"]:
        from .selftest import run

        return run()
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", cmd_app)
    try:
        return int(func(args))
    except ServicePointError as error:
        print(error.message(_lang(args)), file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
