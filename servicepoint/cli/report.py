"""``servicepoint report daily|commission|consignment|poverty``: the reports as text or JSON.

Text is bilingual labels with yuan; ``--json`` is the report's data with money in integer fen.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..core.money import format_quantity, format_yuan
from ..core.reports import as_dict
from ..core.station import Station
from .common import SubParsers, station_dir

METHOD_ZH = {"cash": "现金", "mobile": "移动支付", "account": "记账"}


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
        rows = [
            (
                f"{METHOD_ZH.get(m.method, m.method)} {m.method} 收/付",
                f"{y(m.received_fen)} / {y(m.paid_out_fen)}",
            )
            for m in report.by_method
        ]
        rows += [
            ("期初现金 opening cash", y(report.opening_cash_fen)),
            ("现金收入 cash in", y(report.cash_in_fen)),
            ("现金支出 cash out", y(report.cash_out_fen)),
            ("应有现金 expected cash", y(report.expected_cash_fen)),
            (
                "清点现金 counted cash",
                "-" if report.counted_cash_fen is None else y(report.counted_cash_fen),
            ),
            ("差额 difference", "-" if report.difference_fen is None else y(report.difference_fen)),
            ("订单 orders placed/completed", f"{report.orders_placed}/{report.orders_completed}"),
        ]
        if report.parcels is not None:
            p = report.parcels
            rows += [
                (
                    "快递 parcels in/picked up/returned/sent",
                    f"{p.checked_in}/{p.picked_up}/{p.returned}/{p.sent}",
                ),
                (
                    "快递收入 parcel fees (senders + couriers)",
                    y(p.send_fees_fen + p.courier_fees_fen),
                ),
            ]
        drawer = report.drawer
        if report.counted_in_close_of:
            rows.append(("已在日结中点过 counted in the close of", report.counted_in_close_of))
        elif drawer.later_days:
            rows.append(
                (
                    "现在点钞包含之后的现金 a count now also covers",
                    f"{y(drawer.later_cash_fen)} ({', '.join(drawer.later_days)})",
                )
            )
    elif args.kind == "commission":
        print(f"佣金月报 Commission statement {report.month}")
        rows = [
            ("代收货款 collected", y(report.collected_fen)),
            ("留存佣金 commission kept", y(report.commission_fen)),
            ("应缴县中心 due to county", y(report.due_to_county_fen)),
            ("已缴 remitted", y(report.remitted_fen)),
            ("累计未缴 outstanding", y(report.outstanding_fen)),
            ("代销佣金 consignment commission", y(report.consignment_commission_fen)),
        ]
        rows += [
            (f"  {c.category_name}", f"{y(c.sales_fen)} → {y(c.commission_fen)}")
            for c in report.by_category
        ]
    elif args.kind == "consignment":
        print("代销 Consignment")
        rows = [
            (
                f"{b.trace_code} {b.product}{b.grade or ''}",
                f"{b.farmer_name} 在库 {format_quantity(b.on_hand_base, b.unit)} "
                f"已放 {b.age_days} 天",
            )
            for b in report.stock
        ]
        rows += [
            (f"待结算 {d.farmer_name}", f"{d.sales} 笔 {y(d.net_due_fen)}") for d in report.due
        ]
        rows.append(("待结算合计 total due", y(report.total_due_fen)))
    else:
        print(f"扶贫统计 Poverty alleviation {report.day_from} – {report.day_to}")
        rows = [
            ("登记贫困户 registered poor households", str(report.poor_households_registered)),
            ("服务贫困户 poor households served", str(report.poor_households_served)),
            ("为贫困户代购 purchases for them", y(report.purchases_for_poor_fen)),
            ("贫困户产品销售 their produce sold", y(report.consignment_sales_for_poor_fen)),
            ("付给贫困户收入 income paid to them", y(report.income_to_poor_fen)),
            ("  其中现金/移动支付 paid out", y(report.payouts_to_poor_fen)),
            ("  其中抵扣欠款 settled against debt", y(report.offsets_for_poor_fen)),
            ("  其中收购 produce bought outright", y(report.buyback_for_poor_fen)),
            ("    含贫困户加价 of which premium", y(report.buyback_premium_for_poor_fen)),
            ("服务农户总数 households served", str(report.households_served)),
        ]
    _print_table(rows)
    return 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="daily, commission, consignment, poverty")
    p.add_argument("kind", choices=("daily", "commission", "consignment", "poverty"))
    p.add_argument("--day", help="for daily: YYYY-MM-DD (default today)")
    p.add_argument("--month", help="for commission: YYYY-MM (default this month)")
    p.add_argument("--from", dest="start", help="for poverty: first day (default 1 January)")
    p.add_argument("--to", dest="end", help="for poverty: last day (default today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)
