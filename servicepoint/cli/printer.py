"""``servicepoint printer list|test``: receipt printers spoken to by ESC/POS, for technicians.

``list`` shows the connections this computer has (Windows printers, ``/dev/usb/lp*``, serial
ports) as device strings; ``test --device …`` prints the test page in text mode, raster mode
or both and says whether the printer took every byte (docs/hardware.md).  Neither needs a
sign-in: nothing is written to the station.
"""

from __future__ import annotations

import argparse

from ..core.station import Station
from .common import SubParsers, say, station_dir


def cmd_printer_list(args: argparse.Namespace) -> int:
    from ..printing.escpos_link import list_devices

    found = list_devices()
    if not found:
        say(args, "没有找到打印机连接。", "No printer connection found.")
        return 1
    for device in found:
        print(f"{device.device}\t{device.label}")
    return 0


def _station_name(args: argparse.Namespace) -> str:
    try:
        with Station.open(station_dir(args)) as station:
            return station.identity.name
    except Exception:  # no station yet: a technician may test the printer first
        return "servicepoint"


def cmd_printer_test(args: argparse.Namespace) -> int:
    from ..printing.escpos_job import MODES, test_page_job
    from ..printing.escpos_link import DeviceError, send

    name = _station_name(args)
    failed = 0
    for mode in MODES if args.mode == "both" else (args.mode,):
        try:
            send(args.device, test_page_job(name, mode, args.width), timeout=args.timeout)
        except DeviceError as error:
            failed += 1
            lang = "en" if getattr(args, "lang", "zh") == "en" else "zh"
            say(
                args,
                f"测试页（{mode}）没有打印：{error.message(lang)}",
                f"Test page ({mode}) not printed: {error.message(lang)}",
            )
            continue
        say(
            args,
            f"测试页（{mode}）已全部送到打印机：{args.device}",
            f"Test page ({mode}) taken whole by the printer: {args.device}",
        )
    return 2 if failed else 0


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "printer", parents=[common], help="receipt printers by ESC/POS: list, test page"
    )
    inner = p.add_subparsers(dest="action", required=True)
    q = inner.add_parser("list", parents=[common], help="list printer connections found")
    q.set_defaults(func=cmd_printer_list)
    q = inner.add_parser("test", parents=[common], help="print the ESC/POS test page")
    q.add_argument(
        "--device",
        required=True,
        help="win:NAME, usb:/dev/usb/lp0, serial:COM3@9600, tcp:192.168.1.87[:9100] or file:PATH",
    )
    q.add_argument(
        "--mode", choices=("text", "raster", "both"), default="both", help="default: both"
    )
    q.add_argument("--width", choices=("58", "80"), default="80", help="roll width in mm")
    q.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for the printer")
    q.set_defaults(func=cmd_printer_test)
