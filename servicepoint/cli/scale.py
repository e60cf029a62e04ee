"""``servicepoint scale read|ports``: check a scale from the command line (for technicians).

``scale read --port P --protocol X [--count N]`` prints each new stable weight in grams on
its own line (the same weight again only after the pan changed), and what else the scale
says (moving, overload, negative…) once per change on stderr.  It stops after ``--count``
weights, after ``--seconds``, or on Ctrl+C.  ``scale ports`` lists the serial ports.
Exit codes: 0 done, 1 fewer weights than ``--count`` before ``--seconds`` ran out, 2 the port
could not be opened or went away.  Nothing here opens a station.
"""

from __future__ import annotations

import argparse
import sys
import time

from ..devices.scale_frames import PROTOCOLS, Reading, Status
from ..devices.scale_reader import (
    BAUDS,
    DEFAULT_BAUD,
    Scale,
    ScaleConfig,
    ScaleReader,
    ScaleUnavailable,
    refusal,
    serial_ports,
)
from .common import SubParsers, pick, say

#: What the scale said instead of a weight, zh and en (stderr, once per change).
NOTES = {
    "moving": ("称重中（不稳定）", "moving"),
    "overload": ("超载", "overload"),
    "underload": ("欠载", "underload"),
    "bad_unit": ("单位不是 kg、g 或斤：{unit}", "unit is not kg, g or jin: {unit}"),
    "negative": ("负重量：{grams} g", "negative weight: {grams} g"),
    "empty": ("秤上没有东西（0 g）", "nothing on the scale (0 g)"),
}


def add_commands(sub: SubParsers, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("scale", parents=[common], help="read an electronic scale (technicians)")
    inner = p.add_subparsers(dest="action", required=True)
    q = inner.add_parser(
        "read",
        parents=[common],
        help="print the stable weights a scale sends",
        description="Prints each new stable weight in grams; docs/hardware.md says more.",
    )
    q.add_argument("--port", required=True, help="COM3, /dev/ttyUSB0 or socket://HOST:PORT")
    q.add_argument(
        "--protocol",
        required=True,
        choices=list(PROTOCOLS),
        help="; ".join(f"{name}: {cls.summary}" for name, cls in PROTOCOLS.items()),
    )
    q.add_argument(
        "--baud",
        type=int,
        choices=BAUDS,
        default=DEFAULT_BAUD,
        metavar="BAUD",
        help=f"{', '.join(map(str, BAUDS))} (default {DEFAULT_BAUD})",
    )
    q.add_argument("--count", type=int, default=0, help="stop after N weights (0: never)")
    q.add_argument("--seconds", type=float, default=0, help="stop after S seconds (0: never)")
    q.set_defaults(func=cmd_read)
    q = inner.add_parser("ports", parents=[common], help="list the serial ports")
    q.set_defaults(func=cmd_ports)


def cmd_ports(args: argparse.Namespace) -> int:
    ports = serial_ports()
    if not ports:
        say(args, "没有找到串口。", "No serial port found.")
    for device, description in ports:
        print(f"{device}\t{description}")
    return 0


def note(args: argparse.Namespace, reading: Reading) -> str | None:
    why = refusal(reading)
    if why is None or why == "no_reading":
        return None
    zh, en = NOTES[why]
    return pick(args, zh, en).format(unit=reading.unit, grams=reading.grams)


def cmd_read(args: argparse.Namespace) -> int:
    config = ScaleConfig(args.port, args.protocol, args.baud)
    try:
        reader = ScaleReader.open(config)
    except ScaleUnavailable as error:
        print(pick(args, "无法打开串口：", "Cannot open the port: ") + str(error), file=sys.stderr)
        return 2
    scale = Scale()
    printed = 0
    last: str | None = None  # the last line written (weight or note), to print changes only
    until = time.monotonic() + args.seconds if args.seconds > 0 else None
    try:
        while args.count <= 0 or printed < args.count:
            if until is not None and time.monotonic() > until:
                return 1 if args.count > 0 else 0
            for raw in reader.poll():
                reading = scale.take(raw)
                text = note(args, reading)
                if text is None and reading.status is Status.STABLE:
                    line = f"{reading.grams} g"
                    if line != last:
                        print(line, flush=True)
                        printed += 1
                    last = line
                elif text is not None and text != last:
                    print(text, file=sys.stderr, flush=True)
                    last = text
                if args.count > 0 and printed >= args.count:
                    break
    except ScaleUnavailable as error:
        print(pick(args, "秤已断开：", "The scale went away: ") + str(error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    finally:
        reader.close()
    return 0
