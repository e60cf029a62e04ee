"""Child process for ``test_crash.py``: place orders forever until the parent kills it.

Usage: ``python crash_child.py <station folder> <seed> <farmer id>...``

It imports, then waits for a line on stdin (so the parent can start it while still checking
the previous kill), opens the station and prints ``ready``; then, after every ``place`` call
returns (the commit has returned), it prints one acknowledgement line and flushes stdout::

    ack <order id> <total fen> <line count> <cash fen> <mobile fen> <account fen>

The parent treats exactly these lines as "confirmed on screen" and checks, after ``kill -9``,
that every one of them survived.  Payments alternate: cash, on account, split.
"""

from __future__ import annotations

import random
import sys

from servicepoint.core import payments as P
from servicepoint.core.purchasing import LineInput
from servicepoint.core.station import Station

ITEMS = ("化肥", "玉米种子", "大米", "食用油 5L", "手机壳", "洗衣粉")
UNITS = ("jin", "kg", "piece")
PAY_DOWN_ABOVE = 50_000_000  # fen: half the largest credit limit a station can set


def main(argv: list[str]) -> None:
    folder, seed, farmers = argv[1], int(argv[2]), argv[3:]
    rng = random.Random(seed)
    if sys.stdin.readline().strip() != "go":
        return  # the parent went away before starting this run
    station = Station.open(folder)
    station.act_as(next(o for o in station.operators.list() if o.is_manager))
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        lines = []
        for _ in range(rng.randint(1, 3)):
            unit_code = rng.choice(UNITS)
            quantity = rng.randint(1, 20000) if unit_code != "piece" else rng.randint(1, 5)
            lines.append(
                LineInput(
                    quantity,
                    name=rng.choice(ITEMS),
                    unit_code=unit_code,
                    unit_price_fen=rng.randint(1, 9000),
                    platform="拼多多",
                )
            )
        total = station.purchasing.quote(lines).total_fen
        kind = n % 3
        if total == 0:  # a few grams at a few fen per 斤 rounds to nothing: nothing to pay
            parts, tenders = {}, []
        elif kind == 0:
            parts = {"cash": total}
            tenders = [P.cash(total, total + rng.randint(0, 5000))]
        elif kind == 1 or total < 3:
            parts = {"account": total}
            tenders = [P.on_account(total)]
        else:
            cash = rng.randint(1, total - 2)
            mobile = rng.randint(1, total - cash - 1)
            parts = {"cash": cash, "mobile": mobile, "account": total - cash - mobile}
            tenders = [
                P.on_account(parts["account"]),
                P.cash(cash),
                P.mobile(mobile, f"WX{seed}{n}"),
            ]
        farmer = rng.choice(farmers)
        order = station.purchasing.place(farmer, lines, tenders)
        out.write(
            f"ack {order.id} {order.total_fen} {len(order.lines)} {parts.get('cash', 0)} "
            f"{parts.get('mobile', 0)} {parts.get('account', 0)}\n"
        )
        out.flush()
        n += 1
        owed = station.ledger.balance(farmer)
        if owed > PAY_DOWN_ABOVE:  # stay under the credit limit however long the loop runs
            station.ledger.repay(farmer, [P.cash(owed)])


if __name__ == "__main__":
    main(sys.argv)
