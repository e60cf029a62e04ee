"""Crash test: ``kill -9`` a process that is placing orders, again and again, on one station.

BRIEF §3 / SYNC.md guarantee 1: a sale confirmed on screen survives a power cut at any instant.
The child (``crash_child.py``) places orders in a loop and prints an acknowledgement after each
``place`` call returns.  The parent kills it at a random moment, reads every acknowledgement,
and checks the database: it is intact, every acknowledged order is there whole (lines,
payments, receipt, ledger entries, change-log entries), at most the one order whose commit
returned just before the kill is there unacknowledged, and ``station.check()`` is clean.

``CRASH_KILLS`` sets the number of kills (default 50; the benchmark runs 1000),
``CRASH_SEED`` the seed of the kill timing, and ``CRASH_CHECK_EVERY`` (default 1) how often
the full ``station.check()`` runs.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from servicepoint.core import Station
from servicepoint.core.money import MAX_AMOUNT_FEN

CHILD = Path(__file__).with_name("crash_child.py")
REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("CRASH_KILLS", "50"))
SEED = int(os.environ.get("CRASH_SEED", "20261122"))
#: station.check() reads the whole database, so over 1000 kills it dominates; a benchmark may
#: run it every N kills (and always after the last).  Everything else is checked every kill.
CHECK_EVERY = int(os.environ.get("CRASH_CHECK_EVERY", "1"))
#: Every this many kills, the child is killed without waiting for it to open the station,
#: so some kills land while it starts up (opening, quick_check, migrations).
EARLY_EVERY = 10


@dataclass(frozen=True)
class Ack:
    order_id: str
    total_fen: int
    lines: int
    parts: dict[str, int]


def parse_acks(output: bytes) -> list[Ack]:
    """Acknowledgement lines the child finished writing (a torn last line does not count)."""
    acks = []
    for raw in output.split(b"\n")[:-1]:
        words = raw.decode().split()
        if not words or words[0] != "ack":
            assert words == ["ready"], f"unexpected child output {raw!r}"
            continue
        order_id, total, lines, cash, mobile, account = words[1:]
        parts = {
            m: int(v)
            for m, v in (("cash", cash), ("mobile", mobile), ("account", account))
            if int(v)
        }
        acks.append(Ack(order_id, int(total), int(lines), parts))
    return acks


class Child:
    """One run of ``crash_child.py``.  It starts importing at once and opens the station only
    on :meth:`go`, so the next child's start-up overlaps this one's run and checks."""

    def __init__(self, folder: Path, farmer_ids: list[str], seed: int, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
        with open(stderr_path, "wb") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(CHILD), str(folder), str(seed), *farmer_ids],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
            )
        self.chunks: list[bytes] = []
        self.ready = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.chunks.append(line)
            if line == b"ready\n":
                self.ready.set()

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def go(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"go\n")
        self.proc.stdin.close()

    def run_and_kill(self, rng: random.Random, early: bool) -> bytes:
        """Let it write for a random moment, SIGKILL it, and return everything it printed.

        ``early``: kill at a random moment from "go" on, ready or not, so that some kills land
        while the child opens the station."""
        try:
            self.go()
            if not early:
                assert self.ready.wait(60), "child never opened the station: " + self.stderr()
            pause = rng.uniform(0.05, 0.6) if not early else rng.uniform(0.0, 0.3)
            threading.Event().wait(pause)
            assert self.proc.poll() is None, "child died before the kill: " + self.stderr()
            self.proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        finally:
            self.close()
        if os.name == "posix":
            assert self.proc.returncode == -signal.SIGKILL, self.proc.returncode
        return b"".join(self.chunks)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.reader.join(timeout=60)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def has_change_log_entry(s: Station, table: str, row_id: str, change_seq: int) -> bool:
    return (
        s.records.scalar(
            "SELECT COUNT(*) FROM outbox WHERE seq = ? AND record_id = ? AND entity = ?",
            (change_seq, row_id, table),
        )
        == 1
    )


def verify_order(s: Station, ack: Ack) -> None:
    """The acknowledged order is there whole, with the change-log entry of each of its rows."""
    order = s.records.one("SELECT * FROM orders WHERE id = ?", (ack.order_id,))
    assert order is not None, f"acknowledged order {ack.order_id} was lost"
    assert (order["total_fen"], order["status"]) == (ack.total_fen, "placed")
    rows: list[tuple[str, dict]] = [("orders", order)]

    lines = s.records.all("SELECT * FROM order_lines WHERE order_id = ?", (ack.order_id,))
    assert len(lines) == ack.lines
    assert sum(li["line_total_fen"] for li in lines) == ack.total_fen
    rows += [("order_lines", li) for li in lines]
    for li in lines:
        item = s.records.one("SELECT * FROM catalogue_items WHERE id = ?", (li["item_id"],))
        assert item is not None and item["source"] == "adhoc"
        rows.append(("catalogue_items", item))

    receipts = s.records.all("SELECT * FROM receipts WHERE ref_id = ?", (ack.order_id,))
    assert len(receipts) == 1
    receipt = receipts[0]
    assert (receipt["kind"], receipt["number"], receipt["amount_fen"]) == (
        "purchase",
        order["number"],
        ack.total_fen,
    )
    rows.append(("receipts", receipt))

    payments = s.records.all("SELECT * FROM payments WHERE order_id = ?", (ack.order_id,))
    assert {p["method"]: p["amount_fen"] for p in payments} == ack.parts
    assert len(payments) == len(ack.parts)
    assert sum(p["amount_fen"] for p in payments) == ack.total_fen
    assert all(p["receipt_id"] == receipt["id"] for p in payments)
    rows += [("payments", p) for p in payments]

    ledger = s.records.all("SELECT * FROM ledger_entries WHERE order_id = ?", (ack.order_id,))
    account = [p for p in payments if p["method"] == "account"]
    assert [(e["kind"], e["amount_fen"], e["payment_id"], e["farmer_id"]) for e in ledger] == [
        ("credit_purchase", p["amount_fen"], p["id"], order["farmer_id"]) for p in account
    ]
    rows += [("ledger_entries", e) for e in ledger]

    events = s.records.all("SELECT * FROM order_events WHERE order_id = ?", (ack.order_id,))
    assert [e["event"] for e in events] == ["placed"]
    rows += [("order_events", e) for e in events]

    for table, row in rows:
        assert has_change_log_entry(s, table, row["id"], row["change_seq"]), (
            f"{table} {row['id']} of order {ack.order_id} has no change-log entry"
        )


def test_kill_9_loses_no_acknowledged_order(tmp_path: Path) -> None:
    """After each of CRASH_KILLS kill -9s of an order-placing loop: integrity_check is ok,
    every acknowledged order survives whole with its change log, at most one unacknowledged
    order per kill committed, and station.check() is clean."""
    folder = tmp_path / "station"
    with Station.create(
        folder,
        code="GJ01",
        name="甘界村服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name="王站长",
        manager_pin="1234",
    ) as s:
        s.act_as(s.operators.list()[0])
        # The loop buys on account without end; the child pays accounts down (see there).
        s.set_setting("credit_limit_fen", MAX_AMOUNT_FEN)
        farmer_ids = [
            s.farmers.add(name, is_poor=n == 0).id
            for n, name in enumerate(("张三", "李四", "王五"))
        ]
    rng = random.Random(SEED)
    acked: set[str] = set()
    orders_seen = 0
    children = [Child(folder, farmer_ids, rng.randrange(2**31), tmp_path / "child0.err")]
    try:
        for kill in range(KILLS):
            early = kill % EARLY_EVERY == EARLY_EVERY - 1
            if kill + 1 < KILLS:  # the next child imports while this one runs and is checked
                children.append(
                    Child(
                        folder,
                        farmer_ids,
                        rng.randrange(2**31),
                        tmp_path / f"child{(kill + 1) % 3}.err",
                    )
                )
            output = children.pop(0).run_and_kill(rng, early)
            acks = parse_acks(output)
            with Station.open(folder) as s:
                assert s.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                for ack in acks:
                    verify_order(s, ack)
                acked.update(a.order_id for a in acks)
                ids = {r[0] for r in s.db.execute("SELECT id FROM orders")}
                assert acked <= ids, f"kill {kill}: {len(acked - ids)} acknowledged orders lost"
                # Only the order whose commit returned just before the kill may lack its ack.
                assert len(acks) <= len(ids) - orders_seen <= len(acks) + 1, (
                    kill,
                    len(acks),
                    len(ids) - orders_seen,
                )
                orders_seen = len(ids)
                if kill % CHECK_EVERY == CHECK_EVERY - 1 or kill + 1 == KILLS:
                    assert s.check() == [], f"kill {kill}"
    finally:
        for child in children:  # started for a next kill that will not come
            child.close()
    # The loop must really have been writing when killed, or the test proves nothing.
    assert len(acked) >= KILLS, f"only {len(acked)} orders acknowledged over {KILLS} kills"
