"""Benchmarks of sync: bytes on the wire per change, and many stations pushing into one server.

    python -m bench.bench_sync [--pg URL | --no-pg] [--stations 200] [--changes 500]
                               [--wire-changes 10000] [--only wire|concurrent]

Both parts run the county server the way it is deployed: a separate process
(``servicepoint.server.runner.serve``, uvicorn, one worker) on a free loopback port, over a
SQLite file in a temporary folder under ``bench/out/`` (a real disk: ``synchronous=FULL`` pays
its fsyncs), and for part 2 also over a fresh PostgreSQL database created on ``--pg`` and
dropped afterwards.  Peak server memory is ``VmHWM`` of that process (``/proc/PID/status``), read
just before it is stopped; PostgreSQL's own backends are not included.

**Part 1, the wire** (SYNC.md: "≤ 80 B per change on the wire in full batches").  One station
with ≥ ``--wire-changes`` changes, generated through the public services by
``bench.generate_station``'s simulator (catalogue import, farmers, orders through their whole
lifecycle with cancels and returns, cash / mobile / on-account payments and repayments,
consignment intake, sales, spoilage and returns, settlements, remittance, a day close every
evening) on a ``ManualClock``, outbox kept.  It is enrolled through the county's
``add_station`` + ``POST /v1/enrol``, then ``station.sync.run()`` is timed.  The station talks to
the server through a counting TCP proxy in this process, so "bytes up" are exactly what crossed
the socket (request lines, headers and bodies of every request of the run: handshake, pushes,
pull, totals); a ``requests`` response hook records each request body and its path, which gives
the push bodies alone and bytes per change in full batches (500 changes, ``BATCH_SIZE``).  For
comparison it prints the same changes as uncompressed JSON, and gzip JSON at other batch sizes.

**Part 2, many stations at once** (SYNC.md: "≥ 2,000 changes/s on SQLite on a 2-core
machine").  ``--stations`` stations with exactly ``--changes`` changes each (the enrolment's
``station_enrolled`` audit entry is one of them) push concurrently,
each with its own ``SyncClient`` (``station.sync.run()``: handshake, push, pull, totals check)
on its own thread, all released together by a barrier; urllib3's ``Retry`` in the client
honours ``429`` + ``Retry-After``.  Reported: wall time from the first request to the last push
acknowledgement, changes per second over it, the same to the end of the last whole run, each
station's time to its acknowledgement, HTTP statuses from the server's access log (429s
included), CPU used by the server process, by this (client) process and by the whole machine
over the window, and peak server memory.

*How the stations are made.*  One template station is generated through the services as in
part 1 (the simulator, then farmer-note edits to land on exactly ``--changes`` - 1 changes;
enrolment writes the last one).  Each of the N stations is a copy of that file with its
identity rewritten consistently: the station code (in every synced row's ``station`` column, in
every outbox payload, in the receipt and order numbers that embed it), every station-owned UUID
(the records, their references, the outbox ``record_id`` and payloads, the operators) mapped by
XOR-ing the low 48 bits with a per-station key — a bijection that keeps the UUIDv7 time and
version bits — and a fresh ``device_id`` and secret.  The append-only triggers are dropped for
the rewrite and put back, and ``PRAGMA foreign_key_check`` must come back empty.  Generating
every station through the services would take ~0.3 s each (a minute for 200, twice: one set per
back end); a copy takes ~20 ms, and the county still has to check and store 200 × N distinct
records of realistic shape.  All stations share the template's county catalogue (its item ids
are not rewritten), as stations that pulled one county catalogue do, so the county database is
seeded with those items and categories before the run; nothing else is seeded.  Enrolment
(``add_station`` at the county, then ``station.sync.enroll``) happens before the clock starts.

*Verification* (a run that does not verify is not a result): afterwards the county must hold
exactly stations × changes rows in ``changes``, each device's cursor must equal its last seq,
each outbox must be empty, every ``run()`` must have succeeded without a repair, and for every
station ``servicepoint.server.reports.station_totals`` must equal
``servicepoint.core.sync_local.local_totals`` (count and money sum per record type).

Results: a table on stdout and ``bench/out/sync.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from servicepoint.core import CHINA_TZ, ManualClock, Station, protocol
from servicepoint.core.ids import IdMaker
from servicepoint.core.migrations import SYNCED
from servicepoint.core.station import DB_FILENAME
from servicepoint.core.sync_local import _batch_from, local_totals
from servicepoint.server import county as county_admin
from servicepoint.server import reports, schema
from servicepoint.server.storage import Storage, database_url

from . import generate_station as gen
from .bench_core import machine, say

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
DEFAULT_PG = "postgresql://servicepoint:servicepoint@127.0.0.1:5432/servicepoint"

TARGET_BYTES_PER_CHANGE = 80
TARGET_SQLITE_PER_S = 2000

TEMPLATE_CODE = "TPL0"
WIRE_CODE = "WB01"
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ACCESS_RE = re.compile(r'"([A-Z]+) ([^ ?"]+)[^"]* HTTP/[0-9.]+" (\d{3})')


# -- stations through the services ------------------------------------------------------------


def _simulate(folder: Path, code: str, orders: int, seed: int) -> Station:
    """A station that did ``orders`` orders' worth of business, outbox kept (nothing synced)."""
    clock = ManualClock(
        datetime.combine(gen.START, datetime.min.time(), CHINA_TZ) + timedelta(hours=7)
    )
    station = Station.create(
        folder,
        code=code,
        name="甘界村电商服务站",
        village="甘界村",
        township="城关镇",
        county="示范县",
        manager_name=gen.MANAGER[0],
        manager_pin=gen.MANAGER[1],
        clock=clock,
        new_id=IdMaker(clock.now, random.Random(seed)),
    )
    station.sign_in(*gen.MANAGER)
    plan = gen.Plan(
        farmers=max(20, orders * 3 // 5),
        orders=orders,
        sales=max(4, orders // 5),
        seed=seed,
        keep_outbox=True,
    )
    sim = gen.Simulator(station, clock, plan, lambda _line: None)
    sim.days = max(3, min(365, orders // 8))  # ~8 orders a day, a day close every evening
    sim.run()
    return station


def outbox_count(station: Station) -> int:
    return int(station.records.scalar("SELECT COUNT(*) FROM outbox"))


def build_station(folder: Path, code: str, changes: int, seed: int = 1) -> dict[str, Any]:
    """A station with exactly ``changes`` unsent changes: the simulator sized to land just
    under, then farmer edits (one change each) for the rest.  Deterministic for a seed.

    Enrolment writes one more change (the ``station_enrolled`` audit entry), so callers that
    want N changes pushed build N - 1."""
    t0 = time.perf_counter()
    orders, tries = max(2, changes // 16), 0
    while True:
        tries += 1
        shutil.rmtree(folder, ignore_errors=True)
        station = _simulate(folder, code, orders, seed)
        made = outbox_count(station)
        if made > changes:  # too many: scale down, aim 2 % under
            orders = max(1, min(orders - 1, int(orders * changes / made * 0.98)))
        elif made < changes * 0.97 and tries < 6:  # far under: scale up, still aim under
            orders = max(orders + 1, int(orders * changes / made * 0.99))
        else:
            break
        station.close()
    farmers = [r["id"] for r in station.records.all("SELECT id FROM farmers ORDER BY id")]
    for i in range(changes - made):
        station.farmers.edit(farmers[i % len(farmers)], note=f"回访记录 {i + 1}")
    # The county catalogue came from the county: nothing to send ahead of the first push.
    with station.records.atomic() as db:
        db.execute("UPDATE sync_state SET local_items_sent = 1 WHERE id = 1")
    composition = {
        f"{r['entity']}.{r['op']}": r["n"]
        for r in station.records.all(
            "SELECT entity, op, COUNT(*) AS n FROM outbox GROUP BY entity, op ORDER BY n DESC"
        )
    }
    total = outbox_count(station)
    station.close()
    assert total == changes, (total, changes)
    return {
        "changes": total,
        "orders": orders,
        "simulated_changes": made,
        "topped_up_with_farmer_edits": changes - made,
        "tries": tries,
        "seconds": round(time.perf_counter() - t0, 2),
        "composition": composition,
    }


# -- copies of the template with their own identity -------------------------------------------


class Template:
    """The template station's rows, loaded once; :meth:`clone` writes a copy as another
    station (see the module docstring)."""

    def __init__(self, path: Path, code: str) -> None:
        self.path = path
        self.code = code
        conn = sqlite3.connect(str(path))
        try:
            owned: set[str] = set()
            for table in SYNCED:
                owned.update(
                    r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE station = ?", (code,))
                )
            owned.update(r[0] for r in conn.execute("SELECT id FROM operators"))
            self.owned = frozenset(owned)
            self.triggers = [
                r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
            ]
            self.trigger_names = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ]
            self.tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
            names = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' AND name <> '_sqlite_migrations'"
                )
            ]
            for name in names:
                cur = conn.execute(f"SELECT * FROM {name}")
                cols = [d[0] for d in cur.description]
                rows = cur.fetchall()
                if any(self._touches(v) for row in rows for v in row):
                    self.tables[name] = (cols, rows)
        finally:
            conn.close()

    def _touches(self, value: Any) -> bool:
        if not isinstance(value, str):
            return False
        return self.code in value or any(m.group() in self.owned for m in UUID_RE.finditer(value))

    def clone(self, dest: Path, index: int, code: str) -> None:
        """Write station ``code`` (the ``index``-th copy) to ``dest``/station.db."""
        assert len(code) >= 2 and code != self.code
        key = random.Random(f"bench-sync-{index}").getrandbits(48) | 1
        owned, old_code = self.owned, self.code

        def new_id(match: re.Match[str]) -> str:
            u = match.group()
            if u not in owned:
                return u
            return f"{u[:24]}{int(u[24:], 16) ^ key:012x}"

        def fix(value: Any) -> Any:
            if not isinstance(value, str):
                return value
            if old_code in value:
                value = value.replace(old_code, code)
            if "-" in value:
                value = UUID_RE.sub(new_id, value)
            return value

        dest.mkdir(parents=True, exist_ok=True)
        target = dest / DB_FILENAME
        shutil.copyfile(self.path, target)
        conn = sqlite3.connect(str(target), isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous=OFF")  # test data: one fsync at the end is enough
            conn.execute("BEGIN")
            for name in self.trigger_names:
                conn.execute(f'DROP TRIGGER "{name}"')
            for name, (cols, rows) in self.tables.items():
                conn.execute(f"DELETE FROM {name}")
                marks = ", ".join("?" for _ in cols)
                conn.executemany(
                    f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({marks})",
                    [tuple(fix(v) for v in row) for row in rows],
                )
            for sql in self.triggers:
                conn.execute(sql)
            conn.execute(
                "UPDATE station SET device_id = ?, secret = ?, name = ? WHERE id = 1",
                (str(uuid.uuid4()), os.urandom(32).hex(), f"{code} 电商服务站"),
            )
            conn.execute("COMMIT")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"clone {code}: foreign keys broken: {problems[:3]}")
        finally:
            conn.close()


# -- the county -------------------------------------------------------------------------------


def seed_county(url: str, station_db: Path, codes: list[str]) -> dict[str, str]:
    """Migrate a new county database, give it the catalogue the station(s) already hold, and
    register ``codes``; returns each station's one-time enrolment code."""
    storage = Storage.open(url)
    try:
        conn_s = sqlite3.connect(str(station_db))
        conn_s.row_factory = sqlite3.Row
        cats = [
            dict(r)
            for r in conn_s.execute("SELECT code, name, commission_bp, updated_at FROM categories")
        ]
        cols = [c.name for c in schema.county_items.columns]
        items = [
            dict(r)
            for r in conn_s.execute(
                f"SELECT {', '.join(cols)} FROM catalogue_items WHERE station IS NULL"
            )
        ]
        conn_s.close()
        codes_out = {}
        with storage.write() as conn:
            conn.execute(schema.categories.insert(), cats)
            if items:
                conn.execute(schema.county_items.insert(), items)
            for code in codes:
                codes_out[code] = county_admin.add_station(conn, code, f"{code} 电商服务站")
        return codes_out
    finally:
        storage.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _proc_status(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmHWM", "VmRSS")):
            key, value = line.split(":", 1)
            out[key] = int(value.split()[0]) * 1024
    return out


def _proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu() -> dict[int, float]:
    """CPU seconds used so far by each process named ``postgres`` (the cluster's backends)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if stat.split("(", 1)[1].rsplit(")", 1)[0] == "postgres":
            fields = stat.rsplit(")", 1)[1].split()
            out[int(entry.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def postgres_cpu_since(before: dict[int, float]) -> float:
    """CPU the ``postgres`` processes used since ``before`` (backends that exited meanwhile
    are not counted; the server's pool keeps its connections, so they are not ours)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in postgres_cpu().items())


CPU_FIELDS = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


def machine_cpu() -> dict[str, float]:
    """CPU seconds of the whole machine since boot by kind, from the first line of /proc/stat."""
    values = Path("/proc/stat").read_text().splitlines()[0].split()[1 : 1 + len(CPU_FIELDS)]
    tick = os.sysconf("SC_CLK_TCK")
    return {k: int(v) / tick for k, v in zip(CPU_FIELDS, values, strict=True)}


class ServerProcess:
    """``runner.serve`` in a child process, its access log in a file."""

    def __init__(self, url: str, log: Path) -> None:
        self.port = free_port()
        self.log_path = log
        self._log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        code = (
            "import sys\n"
            "from servicepoint.server.runner import serve\n"
            "from servicepoint.server.storage import Storage\n"
            "serve(Storage.open(sys.argv[1]), port=int(sys.argv[2]))\n"
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, url, str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            cwd=str(HERE.parent),
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError("the county server exited:\n" + self.log_tail())
            try:
                if requests.get(self.url + "/v1/health", timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the county server did not start:\n" + self.log_tail())
            time.sleep(0.05)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def memory(self) -> dict[str, int]:
        return _proc_status(self.pid)

    def cpu(self) -> float:
        return _proc_cpu(self.pid)

    def log_offset(self) -> int:
        self._log.flush()
        return self.log_path.stat().st_size

    def statuses(self, since: int = 0) -> Counter[str]:
        """``"POST /v1/sync/push 200"`` → count, from the access log after byte ``since``."""
        self._log.flush()
        with open(self.log_path, "rb") as handle:
            handle.seek(since)
            text = handle.read().decode("utf-8", "replace")
        return Counter(f"{m[0]} {m[1]} {m[2]}" for m in ACCESS_RE.findall(text))

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text("utf-8", "replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()


@contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """A fresh database on the cluster of ``admin_url``, dropped afterwards."""
    import psycopg

    name = "sp_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(admin_url, connect_timeout=5, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{admin_url.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(admin_url, connect_timeout=5, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pg_unreachable(admin_url: str) -> str | None:
    try:
        import psycopg

        with psycopg.connect(admin_url, connect_timeout=3):
            return None
    except Exception as error:  # any failure to connect means "not here"
        return str(error).splitlines()[0] if str(error) else type(error).__name__


# -- a counting TCP proxy ---------------------------------------------------------------------


class CountingProxy:
    """Forwards 127.0.0.1:port → the server and counts the bytes each way."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.up = self.down = self.connections = 0
        self._lock = threading.Lock()
        self._closing = False
        threading.Thread(target=self._accept, daemon=True, name="proxy").start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self) -> None:
        with self._lock:
            self.up = self.down = self.connections = 0

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, upstream, "up"), daemon=True).start()
            threading.Thread(
                target=self._pump, args=(upstream, client, "down"), daemon=True
            ).start()

    def _pump(self, src: socket.socket, dst: socket.socket, way: str) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                with self._lock:
                    if way == "up":
                        self.up += len(data)
                    else:
                        self.down += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closing = True
        self.listener.close()


# -- enrolment, verification ------------------------------------------------------------------


def enrol(path: Path, server_url: str, code: str) -> None:
    """The technician's enrolment: a manager enters the county's one-time code."""
    with Station.open(path) as station:
        manager = next(o for o in station.operators.list() if o.is_manager)
        station.act_as(manager)
        station.sync.enroll(server_url, code)
        station.sync.close()


def verify(url: str, stations: dict[str, Path], changes_each: int) -> dict[str, Any]:
    """County against stations, after the server stopped (see the module docstring)."""
    storage = Storage(url)
    problems: list[str] = []
    try:
        with storage.read() as conn:
            from sqlalchemy import func, select

            stored = int(
                conn.execute(select(func.count()).select_from(schema.changes)).scalar_one()
            )
            cursors = {
                row.station: int(row.acked_seq)
                for row in conn.execute(
                    select(schema.cursors.c.station, schema.cursors.c.acked_seq)
                )
            }
            per_station: dict[str, int] = dict(
                conn.execute(
                    select(schema.changes.c.station, func.count()).group_by(
                        schema.changes.c.station
                    )
                ).all()
            )
            matched = 0
            for code, path in stations.items():
                remote = reports.station_totals(conn, code)
                with Station.open(path) as station:
                    local = local_totals(station)
                    waiting = outbox_count(station)
                    last_seq = int(
                        station.records.scalar(
                            "SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"
                        )
                        or 0
                    )
                if waiting:
                    problems.append(f"{code}: {waiting} changes still in the outbox")
                if cursors.get(code) != last_seq:
                    problems.append(
                        f"{code}: county acked {cursors.get(code)}, last seq {last_seq}"
                    )
                if per_station.get(code) != changes_each:
                    problems.append(f"{code}: county holds {per_station.get(code)} changes")
                differ = [e for e in SYNCED if list(local[e]) != list(remote.get(e, [0, 0]))]
                if differ:
                    problems.append(f"{code}: totals differ for {', '.join(differ[:4])}")
                else:
                    matched += 1
    finally:
        storage.close()
    expected = changes_each * len(stations)
    if stored != expected:
        problems.insert(0, f"county holds {stored} changes, expected {expected}")
    return {
        "ok": not problems,
        "changes_stored": stored,
        "changes_expected": expected,
        "stations_totals_equal": matched,
        "stations": len(stations),
        "problems": problems[:20],
    }


# -- part 1: the wire -------------------------------------------------------------------------


def batch_size_table(station: Station, sizes: tuple[int, ...]) -> dict[str, Any]:
    """The outbox as uncompressed JSON and as gzip JSON batches of several sizes."""
    rows = station.records.all(
        "SELECT seq, entity, record_id, op, payload FROM outbox ORDER BY seq"
    )
    batch = _batch_from(station, rows)
    changes = batch["changes"]
    json_each = [len(protocol.dumps(c)) for c in changes]
    gz: dict[str, float] = {}
    for size in sizes:
        total = n = 0
        for start in range(0, len(rows), size):
            part = rows[start : start + size]
            if len(part) < size and start:
                break  # full batches only
            total += len(protocol.encode(_batch_from(station, part)))
            n += len(part)
        gz[str(size)] = round(total / n, 1)
    return {
        "changes": len(rows),
        "json_per_change": round(statistics.mean(json_each), 1),
        "json_payload_per_change": round(statistics.mean(len(r["payload"]) for r in rows), 1),
        "json_batch_per_change": round(len(protocol.dumps(batch)) / len(rows), 1),
        "gzip_per_change_by_batch_size": gz,
    }


def run_wire(work: Path, n_changes: int) -> dict[str, Any]:
    say(f"part 1: a station with {n_changes:,} changes, through the services …")
    folder = work / "wire"
    built = build_station(folder, WIRE_CODE, n_changes - 1, seed=1)  # + enrolment's audit
    path = folder / DB_FILENAME
    say(
        f"  built in {built['seconds']} s ({built['tries']} tries, "
        f"{built['topped_up_with_farmer_edits']} farmer edits to top up)"
    )
    url = database_url(work / "county-wire.db")
    codes = seed_county(url, path, [WIRE_CODE])
    server = ServerProcess(url, work / "server-wire.log")
    proxy = CountingProxy(server.port)
    try:
        enrol(path, proxy.url, codes[WIRE_CODE])
        with Station.open(path) as station:
            sizes = batch_size_table(station, (1, 10, 50, 100, 200, 500, 1000, 2000))
            sent: list[tuple[str, int, int, float]] = []  # path, status, body bytes, elapsed

            def hook(response: requests.Response, *_a: Any, **_k: Any) -> None:
                body = response.request.body
                size = len(body) if isinstance(body, (bytes, str)) else 0
                sent.append(
                    (
                        response.request.path_url.split("?")[0],
                        response.status_code,
                        size,
                        response.elapsed.total_seconds(),
                    )
                )

            station.sync.http.hooks["response"].append(hook)
            marks: list[float] = []

            def progress(stage: str, _done: int, _total: int) -> None:
                if stage == "push":
                    marks.append(time.perf_counter())

            proxy.reset()
            log_from = server.log_offset()
            t0 = time.perf_counter()
            result = station.sync.run(progress=progress)
            seconds = time.perf_counter() - t0
            station.sync.close()
            if not result.ok:
                raise RuntimeError(f"sync failed: {result.error}")
        time.sleep(0.2)  # let the proxy's pumps count the last bytes
        up, down, conns = proxy.up, proxy.down, proxy.connections
        memory = server.memory()
        statuses = server.statuses(log_from)
    finally:
        proxy.close()
        server.stop()
    check = verify(url, {WIRE_CODE: path}, n_changes)
    pushes = [(size, el) for p, status, size, el in sent if p == "/v1/sync/push"]
    full = [size for size, _ in pushes][: n_changes // protocol.BATCH_SIZE]
    push_bytes = sum(size for size, _ in pushes)
    push_s = marks[-1] - marks[0] if len(marks) >= 2 else seconds
    return {
        "station": built,
        "changes": result.pushed,
        "batches": len(pushes),
        "batch_size": protocol.BATCH_SIZE,
        "run_seconds": round(seconds, 3),
        "push_seconds": round(push_s, 3),
        "changes_per_s_push": round(result.pushed / push_s, 1),
        "changes_per_s_run": round(result.pushed / seconds, 1),
        "push_request_ms": {
            "median": round(1000 * statistics.median(e for _, e in pushes), 1),
            "max": round(1000 * max(e for _, e in pushes), 1),
        },
        "push_body_bytes": push_bytes,
        "push_body_per_change": round(push_bytes / result.pushed, 1),
        "push_body_per_change_full_batches": round(sum(full) / (len(full) * protocol.BATCH_SIZE), 1)
        if full
        else None,
        "request_body_bytes_all": sum(s for _, _, s, _ in sent),
        "wire_up_bytes": up,
        "wire_down_bytes": down,
        "tcp_connections": conns,
        "wire_up_per_change": round(up / result.pushed, 1),
        "requests": len(sent),
        "statuses": dict(statuses),
        "uncompressed": sizes,
        "server_memory": memory,
        "verify": check,
    }


# -- part 2: many stations at once ------------------------------------------------------------


@dataclass
class StationRun:
    code: str
    path: Path
    started: float = 0.0
    acked: float | None = None
    finished: float = 0.0
    ok: bool = False
    pushed: int = 0
    repaired: int = 0
    error: str | None = None
    pushes: list[int] = field(default_factory=list)


def _push_thread(run: StationRun, ready: threading.Barrier) -> None:
    station: Station | None = None
    try:
        station = Station.open(run.path)

        def hook(response: requests.Response, *_a: Any, **_k: Any) -> None:
            if response.request.path_url.startswith("/v1/sync/push"):
                run.pushes.append(response.status_code)
                if response.status_code == 200:
                    run.acked = time.perf_counter()

        station.sync.http.hooks["response"].append(hook)
        ready.wait()
        run.started = time.perf_counter()
        result = station.sync.run()
        run.finished = time.perf_counter()
        run.ok, run.pushed, run.repaired = result.ok, result.pushed, result.repaired
        run.error = None if result.error is None else result.error.code
        station.sync.close()
    except Exception as error:  # reported, never silently lost
        run.finished = run.finished or time.perf_counter()
        run.started = run.started or run.finished
        run.error = repr(error)
        ready.abort()  # a no-op once everyone passed; else nobody waits for ever
    finally:
        if station is not None:
            station.close()


def run_concurrent(
    work: Path, label: str, url: str, template: Template, n_stations: int, changes_each: int
) -> dict[str, Any]:
    folder = work / f"stations-{label}"
    codes = [f"S{i:03d}" if n_stations < 1000 else f"S{i:05d}" for i in range(1, n_stations + 1)]
    t0 = time.perf_counter()
    paths = {}
    for i, code in enumerate(codes):
        template.clone(folder / code, i + 1, code)
        paths[code] = folder / code / DB_FILENAME
    clone_s = time.perf_counter() - t0
    enrolment = seed_county(url, template.path, codes)
    server = ServerProcess(url, work / f"server-{label}.log")
    try:
        t0 = time.perf_counter()
        for code in codes:
            enrol(paths[code], server.url, enrolment[code])
        enrol_s = time.perf_counter() - t0
        say(
            f"  {label}: {n_stations} stations cloned in {clone_s:.1f} s, enrolled in "
            f"{enrol_s:.1f} s; pushing …"
        )
        runs = [StationRun(code, paths[code]) for code in codes]
        ready = threading.Barrier(n_stations + 1)
        threads = [
            threading.Thread(target=_push_thread, args=(r, ready), name=r.code) for r in runs
        ]
        for t in threads:
            t.start()
        memory_before = server.memory()
        log_from = server.log_offset()
        ready.wait()
        w0 = time.perf_counter()
        cpu_server0, cpu_client0, machine0 = server.cpu(), time.process_time(), machine_cpu()
        cpu_pg0 = postgres_cpu()
        for t in threads:
            t.join()
        w_end = time.perf_counter()
        cpu_server = server.cpu() - cpu_server0
        cpu_client = time.process_time() - cpu_client0
        machine1 = machine_cpu()
        cpu_pg = postgres_cpu_since(cpu_pg0)
        memory = server.memory()
        statuses = server.statuses(log_from)
    finally:
        server.stop()
    failed = [r for r in runs if not r.ok]
    acks = [r.acked for r in runs if r.acked is not None]
    first = min(r.started for r in runs)
    last_ack = max(acks) if acks else w_end
    total = sum(r.pushed for r in runs)
    wall_ack = last_ack - first
    wall_all = max(r.finished for r in runs) - first
    to_ack = sorted(r.acked - r.started for r in runs if r.acked is not None)
    say(f"  {label}: verifying …")
    check = verify(url, paths, changes_each)
    if failed or any(r.repaired for r in runs):
        check["ok"] = False
        check["problems"].insert(
            0, f"{len(failed)} runs failed, {sum(r.repaired for r in runs)} rows repaired"
        )
    window = w_end - w0
    spent = {k: machine1[k] - machine0[k] for k in CPU_FIELDS}
    busy = sum(v for k, v in spent.items() if k not in ("idle", "iowait", "steal"))
    return {
        "backend": label,
        "stations": n_stations,
        "changes_each": changes_each,
        "changes": total,
        "clone_seconds": round(clone_s, 2),
        "enrol_seconds": round(enrol_s, 2),
        "wall_to_last_ack_s": round(wall_ack, 3),
        "changes_per_s": round(total / wall_ack, 1) if wall_ack else None,
        "wall_to_last_run_end_s": round(wall_all, 3),
        "changes_per_s_whole_runs": round(total / wall_all, 1) if wall_all else None,
        "station_to_ack_s": (
            {
                "p50": round(to_ack[len(to_ack) // 2], 3),
                "p95": round(to_ack[int(len(to_ack) * 0.95) - 1], 3),
                "max": round(to_ack[-1], 3),
            }
            if to_ack
            else None
        ),
        "statuses": dict(sorted(statuses.items())),
        "http_429": sum(n for k, n in statuses.items() if k.endswith(" 429")),
        "client_push_statuses": dict(Counter(s for r in runs for s in r.pushes)),
        "failed_runs": len(failed),
        "failures": Counter(str(r.error) for r in failed).most_common(5),
        "repairs": sum(r.repaired for r in runs),
        "cpu": {
            "window_s": round(window, 3),
            "server_s": round(cpu_server, 2),
            "server_cores": round(cpu_server / window, 2),
            "client_s": round(cpu_client, 2),
            "client_cores": round(cpu_client / window, 2),
            "postgres_s": round(cpu_pg, 2),
            "postgres_cores": round(cpu_pg / window, 2),
            "machine_busy_cores": round(busy / window, 2),
            "other_cores": round((busy - cpu_server - cpu_client - cpu_pg) / window, 2),
            "machine_cores_by_kind": {k: round(v / window, 2) for k, v in spent.items()},
            "server_ms_per_change": round(1000 * cpu_server / total, 3) if total else None,
            "client_ms_per_change": round(1000 * cpu_client / total, 3) if total else None,
        },
        "server_memory_before": memory_before,
        "server_memory": memory,
        "verify": check,
    }


# -- the run ----------------------------------------------------------------------------------


def mb(value: int) -> str:
    return f"{value / 2**20:.0f} MB"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_table(results: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str, str]] = []
    w = results.get("wire")
    if w:
        u = w["uncompressed"]
        full = w["push_body_per_change_full_batches"]
        rows += [
            (f"1 station: changes pushed ({w['batches']} batches)", f"{w['changes']:,}", "", ""),
            (
                "  sync.run() seconds (push phase)",
                f"{w['run_seconds']:.2f} s ({w['push_seconds']:.2f} s)",
                "",
                "",
            ),
            ("  changes/s, push phase", f"{w['changes_per_s_push']:,.0f} /s", "", ""),
            (
                "  push bodies per change, full batches",
                f"{full} B",
                f"≤ {TARGET_BYTES_PER_CHANGE} B",
                verdict(full is not None and full <= TARGET_BYTES_PER_CHANGE),
            ),
            ("  push bodies per change, all", f"{w['push_body_per_change']} B", "", ""),
            (
                "  wire up per change (headers, all requests)",
                f"{w['wire_up_per_change']} B",
                "",
                "",
            ),
            (
                "  wire up / down, total",
                f"{w['wire_up_bytes']:,} / {w['wire_down_bytes']:,} B",
                "",
                "",
            ),
            ("  uncompressed JSON per change", f"{u['json_per_change']} B", "", ""),
            ("  peak server memory (VmHWM)", mb(w["server_memory"]["VmHWM"]), "", ""),
            (
                "  verified (county = station)",
                "yes" if w["verify"]["ok"] else "NO",
                "",
                verdict(w["verify"]["ok"]),
            ),
        ]
    for key in ("sqlite", "postgresql"):
        c = results.get(key)
        if not c:
            continue
        target = f"≥ {TARGET_SQLITE_PER_S:,} /s" if key == "sqlite" else ""
        rows += [
            (
                f"{c['stations']} × {c['changes_each']} on {key}: changes",
                f"{c['changes']:,}",
                "",
                "",
            ),
            ("  wall, first request → last ack", f"{c['wall_to_last_ack_s']:.2f} s", "", ""),
            (
                "  changes/s",
                f"{c['changes_per_s']:,.0f} /s",
                target,
                verdict(c["changes_per_s"] >= TARGET_SQLITE_PER_S) if key == "sqlite" else "",
            ),
            (
                "  wall to the end of every run (pull, totals)",
                f"{c['wall_to_last_run_end_s']:.2f} s",
                "",
                "",
            ),
            (
                "  station → its ack p50 / p95 / max",
                "{p50:.2f} / {p95:.2f} / {max:.2f} s".format(**c["station_to_ack_s"])
                if c["station_to_ack_s"]
                else "-",
                "",
                "",
            ),
            (
                "  HTTP 429 / failed runs / repairs",
                f"{c['http_429']} / {c['failed_runs']} / {c['repairs']}",
                "",
                "",
            ),
            (
                "  CPU cores: server / client / postgres / other / all",
                f"{c['cpu']['server_cores']} / {c['cpu']['client_cores']} / "
                f"{c['cpu']['postgres_cores']} / {c['cpu']['other_cores']} / "
                f"{c['cpu']['machine_busy_cores']}",
                "",
                "",
            ),
            ("  peak server memory (VmHWM)", mb(c["server_memory"]["VmHWM"]), "", ""),
            (
                "  verified (county = every station)",
                f"{c['verify']['stations_totals_equal']}/{c['verify']['stations']}, "
                f"{c['verify']['changes_stored']:,} stored",
                "",
                verdict(c["verify"]["ok"]),
            ),
        ]
    if not rows:
        return
    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    say(f"{'measure':<{width}}  {'value':>{vwidth}}  {'target':>10}  verdict")
    say("-" * (width + vwidth + 24))
    for name, value, target, ok in rows:
        say(f"{name:<{width}}  {value:>{vwidth}}  {target:>10}  {ok}")
    if w:
        say()
        say(
            "gzip JSON per change by batch size (full batches): "
            + ", ".join(
                f"{k}: {v} B" for k, v in w["uncompressed"]["gzip_per_change_by_batch_size"].items()
            )
        )
    for key in ("sqlite", "postgresql"):
        c = results.get(key)
        if c:
            say(f"{key}: server statuses {c['statuses']}")
            if not c["verify"]["ok"]:
                say(f"{key}: VERIFY FAILED: {c['verify']['problems']}")
            if c["failures"]:
                say(f"{key}: failed runs: {c['failures']}")
    for key, reason in results.get("skipped", {}).items():
        say(f"{key}: skipped ({reason})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pg",
        default=os.environ.get("SERVICEPOINT_TEST_PG", DEFAULT_PG),
        help="PostgreSQL URL on whose cluster a fresh database is created and "
        f"dropped (default {DEFAULT_PG})",
    )
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--changes", type=int, default=500, help="changes per station")
    parser.add_argument(
        "--wire-changes", type=int, default=10_000, help="changes of the one station in part 1"
    )
    parser.add_argument("--only", choices=("wire", "concurrent"), default=None)
    parser.add_argument("--out", type=Path, default=OUT / "sync.json")
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the work folder (stations, county databases, server logs)",
    )
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sync-", dir=OUT))
    results: dict[str, Any] = {
        "when": datetime.now(CHINA_TZ).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {
            "stations": args.stations,
            "changes": args.changes,
            "wire_changes": args.wire_changes,
            "batch_size": protocol.BATCH_SIZE,
        },
        "skipped": {},
    }
    results["loadavg_at_start"] = [round(x, 2) for x in os.getloadavg()]
    say(
        f"work folder {work}  ({os.cpu_count()} CPUs, SQLite {sqlite3.sqlite_version}, "
        f"load average {results['loadavg_at_start'][0]})"
    )
    started = time.perf_counter()
    try:
        if args.only in (None, "wire"):
            results["wire"] = run_wire(work, args.wire_changes)
        if args.only in (None, "concurrent"):
            say(f"part 2: template station with {args.changes} changes …")
            # One change less: enrolling writes the station_enrolled audit entry.
            built = build_station(work / "template", TEMPLATE_CODE, args.changes - 1, seed=7)
            results["template"] = built
            template = Template(work / "template" / DB_FILENAME, TEMPLATE_CODE)
            results["sqlite"] = run_concurrent(
                work,
                "sqlite",
                database_url(work / "county.db"),
                template,
                args.stations,
                args.changes,
            )
            reason = "--no-pg" if args.no_pg else pg_unreachable(args.pg)
            if reason is None:
                with postgres_database(args.pg) as pg_url:
                    results["postgresql"] = run_concurrent(
                        work,
                        "postgresql",
                        database_url(pg_url),
                        template,
                        args.stations,
                        args.changes,
                    )
            else:
                results["skipped"]["postgresql"] = reason
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["seconds"] = round(time.perf_counter() - started, 1)
    say()
    print_table(results)
    say(f"total {results['seconds']} s")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
    )
    say(f"results written to {args.out}")
    ok = all(results[k]["verify"]["ok"] for k in ("wire", "sqlite", "postgresql") if k in results)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
