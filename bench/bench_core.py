"""Benchmarks of the station core on a five-year station.

    python -m bench.bench_core [--station DIR] [--quick]

What it measures, and why each number matters at the counter:

- farmer search latency (p50/p95/max) over ~1,000 queries as operators type them — pinyin
  initials, pinyin prefixes, the start of a Chinese name, the last 4 digits of a phone, a village
  group — because the search box answers on every keystroke (target p95 < 20 ms);
- order + payment commits per second: ``purchasing.place()`` one order per transaction with
  the counter's durability (WAL, synchronous=FULL), against plain sqlite-utils
  ``db[table].insert(...)`` of exactly the rows those calls wrote, same pragmas, one transaction
  per order, in the same run — the cost of the service layer over bare inserts
  (target ratio ≥ 0.5);
- the monthly commission statement, the daily close and the consignment report
  (target for the statement < 300 ms);
- the database size and row counts.

Write benchmarks run on copies made with the SQLite backup API (never a file copy of a live
database, SYNC.md), so the generated station stays as built.  Times are ``perf_counter``
medians.  Results go to a table on stdout and to ``bench/out/results.json``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from servicepoint.core import CHINA_TZ, ManualClock, ServicePointError, Station
from servicepoint.core.db import apply_pragmas
from servicepoint.core.ids import IdMaker
from servicepoint.core.station import DB_FILENAME

from . import generate_station as gen

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
DEFAULT_STATION = OUT / "five_year"
QUICK_STATION = OUT / "quick"
#: ``--quick`` builds (once) and uses a small station, so a smoke run takes a minute or two.
QUICK_PLAN = gen.Plan(farmers=2_000, orders=10_000, sales=2_400)

TARGET_SEARCH_P95_MS = 20.0
TARGET_COMMIT_RATIO = 0.5
TARGET_COMMISSION_MS = 300.0


@dataclass(frozen=True)
class Settings:
    """How much to measure: the full run, or a quick smoke run."""

    queries: int
    orders: int
    rounds: int
    report_runs: int


FULL = Settings(queries=1_000, orders=500, rounds=5, report_runs=7)
QUICK = Settings(queries=200, orders=100, rounds=2, report_runs=3)


# -- statistics and output ----------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile: the value p % of the samples are at or below."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "max_ms": round(max(ms), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


def say(text: str = "") -> None:
    print(text, flush=True)


def machine() -> dict[str, Any]:
    """Enough about the machine to compare runs: the figures are only meaningful with it."""
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def backup_copy(source: Path, target: Path) -> None:
    """Copy a station with the SQLite backup API (consistent even if the source were live)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def last_day(path: Path) -> date:
    """The last simulated day: the benchmarks' clock starts the morning after it."""
    conn = sqlite3.connect(str(path))
    try:
        stamp = conn.execute("SELECT MAX(created_at) FROM receipts").fetchone()[0]
    finally:
        conn.close()
    return datetime.fromisoformat(stamp).date() if stamp else date.today()


# -- database size ------------------------------------------------------------------------


def measure_size(path: Path) -> dict[str, Any]:
    """File size, pages, row counts, and bytes per table (with its indexes) where dbstat is."""
    conn = sqlite3.connect(str(path))
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        rows = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in gen.COUNTED}
        by_table: dict[str, int] = {}
        try:
            owner = dict(
                conn.execute(
                    "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"
                ).fetchall()
            )
            for name, size in conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"):
                table = owner.get(name, name)
                by_table[table] = by_table.get(table, 0) + size
        except sqlite3.OperationalError:  # this SQLite was built without dbstat
            by_table = {}
    finally:
        conn.close()
    files = sum(
        Path(str(path) + s).stat().st_size for s in ("", "-wal") if Path(str(path) + s).exists()
    )
    return {
        "file_mb": round(files / 1e6, 1),
        "pages": pages,
        "page_size": page_size,
        "free_pages": free,
        "rows": rows,
        "table_mb": {
            k: round(v / 1e6, 1) for k, v in sorted(by_table.items(), key=lambda kv: -kv[1])
        },
    }


# -- farmer search ------------------------------------------------------------------------


def search_queries(station: Station, n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, text) pairs as operators type them, drawn from the station's real farmers."""
    farmers = station.records.all(
        "SELECT name, name_pinyin, name_initials, phone, village_group FROM farmers"
    )
    with_phone = [f for f in farmers if f["phone"]]
    kinds = ["initials", "pinyin", "hanzi", "phone4", "village"]
    weights = [30, 20, 25, 15, 10]
    out: list[tuple[str, str]] = []
    while len(out) < n:
        kind = rng.choices(kinds, weights)[0]
        f = rng.choice(farmers)
        if kind == "initials":  # "zs", or all the initials of a three-character name
            text = f["name_initials"][: rng.choice((2, 2, len(f["name_initials"])))]
        elif kind == "pinyin":  # "zhang", "zhangxi", "zhangxiaoming"
            full = f["name_pinyin"]
            text = full[: rng.randint(min(3, len(full)), len(full))]
        elif kind == "hanzi":  # 张, 张小, 张小明
            text = f["name"][: rng.choice((1, 2, 2, len(f["name"])))]
        elif kind == "phone4":  # the last four digits, a real one mostly
            text = (
                rng.choice(with_phone)["phone"][-4:]
                if rng.random() < 0.8
                else f"{rng.randrange(10_000):04d}"
            )
        else:  # 甘界村三组, 甘界村, or just 三组
            group = f["village_group"] or gen.VILLAGE_GROUPS[0]
            text = rng.choice((group, group, group[:3], group[3:]))
        out.append((kind, text))
    return out


def bench_search(station: Station, settings: Settings) -> dict[str, Any]:
    rng = random.Random("bench-search")
    queries = search_queries(station, settings.queries, rng)
    for _, text in queries[:50]:  # warm the page cache as a morning's first searches would
        station.farmers.search(text)
    times: list[float] = []
    by_kind: dict[str, list[float]] = {}
    empty = 0
    for kind, text in queries:
        t0 = time.perf_counter()
        found = station.farmers.search(text)
        elapsed = time.perf_counter() - t0
        times.append(elapsed)
        by_kind.setdefault(kind, []).append(elapsed)
        empty += not found
    slowest = sorted(zip(times, queries, strict=True), reverse=True)[:5]
    return {
        **summary_ms(times),
        "empty_results": empty,
        "by_kind": {k: summary_ms(v) for k, v in by_kind.items()},
        "slowest": [{"ms": round(t * 1000, 2), "kind": q[0], "query": q[1]} for t, q in slowest],
    }


# -- order + payment commits ------------------------------------------------------------------


@dataclass
class Captured:
    """The rows one ``place()`` wrote, in the order it wrote them."""

    writes: list[tuple[dict[str, Any], str, dict[str, Any]]]  # (outbox row, table, row)
    counter: dict[str, Any]


def capture(station: Station, after_seq: int, upto_seq: int, year: int) -> Captured:
    r = station.records
    writes = []
    for ob in r.all(
        "SELECT * FROM outbox WHERE seq > ? AND seq <= ? ORDER BY seq", (after_seq, upto_seq)
    ):
        row = r.one(f"SELECT * FROM {ob['entity']} WHERE id = ?", (ob["record_id"],))
        assert row is not None
        writes.append((ob, ob["entity"], row))
    counter = r.one("SELECT * FROM receipt_counters WHERE year = ?", (year,))
    assert counter is not None
    return Captured(writes, counter)


def outbox_seq(db: Database) -> int:
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    return int(row[0]) if row else 0


def plain_insert(db: Database, captured: Captured) -> None:
    """One order the plain way: sqlite-utils inserts of the same rows, one transaction."""
    with db.atomic():
        for outbox_row, table, row in captured.writes:
            db["outbox"].insert(outbox_row)
            db[table].insert(row)
        db["receipt_counters"].upsert(captured.counter, pk="year")


def fsync_floor(path: Path, n: int) -> float:
    """Commits/s of one tiny insert per transaction with the same pragmas: the disk's ceiling."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = Database(sqlite3.connect(str(path)), execute_plugins=False)
    apply_pragmas(db)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    t0 = time.perf_counter()
    for i in range(n):
        with db.atomic():
            db.execute("INSERT INTO t (v) VALUES (?)", (f"row {i}",))
    elapsed = time.perf_counter() - t0
    db.conn.close()
    return n / elapsed


def bench_commits(source: Path, work: Path, settings: Settings) -> dict[str, Any]:
    """``place()`` versus plain sqlite-utils inserts of the same rows, in alternating rounds."""
    service_path, plain_path = work / "service.db", work / "plain.db"
    backup_copy(source, service_path)
    backup_copy(source, plain_path)
    day = last_day(source) + timedelta(days=1)
    clock = ManualClock(datetime.combine(day, datetime.min.time(), CHINA_TZ) + timedelta(hours=9))
    station = Station.open(
        service_path, clock=clock, new_id=IdMaker(clock.now, random.Random("bench-commits"))
    )
    plain = Database(sqlite3.connect(str(plain_path), timeout=5), execute_plugins=False)
    apply_pragmas(plain)
    modes = {
        "service": station.db.execute("PRAGMA journal_mode").fetchone()[0],
        "service_sync": station.db.execute("PRAGMA synchronous").fetchone()[0],
        "plain": plain.execute("PRAGMA journal_mode").fetchone()[0],
        "plain_sync": plain.execute("PRAGMA synchronous").fetchone()[0],
    }
    try:
        station.sign_in(*gen.CLERK)
        rng = random.Random("bench-orders")
        items = gen.load_items(station)
        farmer_ids = [r["id"] for r in station.records.all("SELECT id FROM farmers")]
        service_times: list[float] = []
        plain_times: list[float] = []
        cpu = {"service": 0.0, "plain": 0.0}
        refused = 0
        per_round = math.ceil(settings.orders / settings.rounds)
        rows_written = 0
        for _ in range(settings.rounds):
            batch: list[Captured] = []
            for _ in range(per_round):
                if len(service_times) >= settings.orders:
                    break
                clock.advance(seconds=rng.randint(20, 90))
                fid = rng.choice(farmer_ids)
                lines, total = gen.make_order(rng, items, clock.now().month)
                tenders = gen.counter_tenders(rng, total, lambda f=fid: station.ledger.balance(f))
                before = outbox_seq(station.db)
                c0, t0 = time.process_time(), time.perf_counter()
                try:
                    station.purchasing.place(fid, lines, tenders)
                except ServicePointError:
                    refused += 1
                    continue
                service_times.append(time.perf_counter() - t0)
                cpu["service"] += time.process_time() - c0
                batch.append(capture(station, before, outbox_seq(station.db), clock.now().year))
            for captured in batch:
                c0, t0 = time.process_time(), time.perf_counter()
                plain_insert(plain, captured)
                plain_times.append(time.perf_counter() - t0)
                cpu["plain"] += time.process_time() - c0
                rows_written += 2 * len(captured.writes) + 1
        same = {
            t: (
                station.records.scalar(f"SELECT COUNT(*) FROM {t}"),
                plain.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0],
            )
            for t in (
                "orders",
                "order_lines",
                "payments",
                "receipts",
                "order_events",
                "ledger_entries",
                "catalogue_items",
                "outbox",
            )
        }
    finally:
        station.close()
        plain.conn.close()
    floor = fsync_floor(work / "floor.db", max(100, settings.orders))
    service_rate = len(service_times) / sum(service_times)
    plain_rate = len(plain_times) / sum(plain_times)
    return {
        "orders": len(service_times),
        "refused": refused,
        "rounds": settings.rounds,
        "pragmas": modes,
        "rows_per_order": round(rows_written / max(1, len(plain_times)), 1),
        "service_per_s": round(service_rate, 1),
        "plain_per_s": round(plain_rate, 1),
        "ratio": round(service_rate / plain_rate, 3),
        "service_latency": summary_ms(service_times),
        "plain_latency": summary_ms(plain_times),
        "empty_commit_floor_per_s": round(floor, 1),
        # CPU per order (Python + SQLite in this process); the rest of the wall time is the
        # disk's fsync, which both sides pay once per commit.
        "service_cpu_ms_per_order": round(1000 * cpu["service"] / len(service_times), 3),
        "plain_cpu_ms_per_order": round(1000 * cpu["plain"] / len(plain_times), 3),
        "same_rows": all(a == b for a, b in same.values()),
        "row_counts": same,
    }


# -- reports --------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], runs: int) -> dict[str, Any]:
    """First (cold-ish) run and the median of the following ``runs``."""
    t0 = time.perf_counter()
    fn()
    first = time.perf_counter() - t0
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return {
        "first_ms": round(first * 1000, 2),
        "median_ms": round(statistics.median(times) * 1000, 2),
        "max_ms": round(max(times) * 1000, 2),
        "runs": runs,
    }


def bench_reports(station: Station, settings: Settings) -> dict[str, Any]:
    r = station.records
    busy_month = r.scalar(
        "SELECT substr(created_at, 1, 7) AS m FROM commission_entries "
        "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1"
    )
    last_month = r.scalar("SELECT substr(MAX(created_at), 1, 7) FROM commission_entries")
    busy_day = r.scalar(
        "SELECT substr(created_at, 1, 10) AS d FROM payments "
        "GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1"
    )
    last = station.clock.now().date()
    year_from = (last - timedelta(days=364)).isoformat()
    runs = settings.report_runs
    out: dict[str, Any] = {}
    out["commission_busy_month"] = {
        "month": busy_month,
        **timed(lambda: station.reports.commission(busy_month), runs),
    }
    out["commission_last_month"] = {
        "month": last_month,
        **timed(lambda: station.reports.commission(last_month), runs),
    }
    out["daily_close_busy_day"] = {
        "day": busy_day,
        **timed(lambda: station.reports.daily(busy_day), runs),
    }
    out["consignment"] = timed(station.reports.consignment, runs)
    out["poverty_last_year"] = {
        "from": year_from,
        "to": last.isoformat(),
        **timed(lambda: station.reports.poverty(year_from, last.isoformat()), runs),
    }
    return out


# -- the run ---------------------------------------------------------------------------------


def resolve_station(args: argparse.Namespace) -> tuple[Path, dict[str, Any] | None]:
    """The station to measure; generated (or reused from cache) if it is not there."""
    if args.station is not None:
        path = Path(args.station)
        if (path / DB_FILENAME).exists():
            manifest_path = path / gen.MANIFEST
            manifest = (
                json.loads(manifest_path.read_text(encoding="utf-8"))
                if manifest_path.exists()
                else None
            )
            return path, manifest
        return path, gen.ensure(path, QUICK_PLAN if args.quick else gen.Plan())
    if args.quick:
        return QUICK_STATION, gen.ensure(QUICK_STATION, QUICK_PLAN)
    return DEFAULT_STATION, gen.ensure(DEFAULT_STATION, gen.Plan())


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def print_table(results: dict[str, Any]) -> None:
    s, c, rep, size = (results["search"], results["commits"], results["reports"], results["size"])
    rows = [
        ("farmer search p50", f"{s['p50_ms']:.2f} ms", "", ""),
        (
            "farmer search p95",
            f"{s['p95_ms']:.2f} ms",
            f"< {TARGET_SEARCH_P95_MS:.0f} ms",
            verdict(s["p95_ms"] < TARGET_SEARCH_P95_MS),
        ),
        ("farmer search max", f"{s['max_ms']:.2f} ms", "", ""),
        ("place() commits/s", f"{c['service_per_s']:.1f} /s", "", ""),
        ("sqlite-utils inserts/s", f"{c['plain_per_s']:.1f} /s", "", ""),
        (
            "ratio place/plain",
            f"{c['ratio']:.3f}",
            f"≥ {TARGET_COMMIT_RATIO}",
            verdict(c["ratio"] >= TARGET_COMMIT_RATIO),
        ),
        ("empty-commit floor", f"{c['empty_commit_floor_per_s']:.1f} /s", "", ""),
        (
            f"commission {rep['commission_busy_month']['month']} (busiest)",
            f"{rep['commission_busy_month']['median_ms']:.1f} ms",
            f"< {TARGET_COMMISSION_MS:.0f} ms",
            verdict(rep["commission_busy_month"]["median_ms"] < TARGET_COMMISSION_MS),
        ),
        (
            f"commission {rep['commission_last_month']['month']} (latest)",
            f"{rep['commission_last_month']['median_ms']:.1f} ms",
            f"< {TARGET_COMMISSION_MS:.0f} ms",
            verdict(rep["commission_last_month"]["median_ms"] < TARGET_COMMISSION_MS),
        ),
        (
            f"daily close {rep['daily_close_busy_day']['day']}",
            f"{rep['daily_close_busy_day']['median_ms']:.1f} ms",
            "",
            "",
        ),
        ("consignment report", f"{rep['consignment']['median_ms']:.1f} ms", "", ""),
        ("poverty report (1 year)", f"{rep['poverty_last_year']['median_ms']:.1f} ms", "", ""),
        ("database size", f"{size['file_mb']:.1f} MB", "", ""),
    ]
    if "check" in results:
        rows.append(
            (
                "station.check()",
                f"{results['check']['seconds']:.1f} s",
                "",
                f"{results['check']['problems']} problems",
            )
        )
    width = max(len(r[0]) for r in rows)
    say(f"{'measure':<{width}}  {'value':>12}  {'target':>9}  verdict")
    say("-" * (width + 36))
    for name, value, target, ok in rows:
        say(f"{name:<{width}}  {value:>12}  {target:>9}  {ok}")
    say()
    say(
        "farmer search by kind (ms):  "
        + "  ".join(
            f"{k} p50 {v['p50_ms']:.2f} / p95 {v['p95_ms']:.2f}" for k, v in s["by_kind"].items()
        )
    )
    say(
        "slowest searches: "
        + ", ".join(f"{x['query']!r} ({x['kind']}) {x['ms']} ms" for x in s["slowest"])
    )
    say(
        f"place() latency p50 {c['service_latency']['p50_ms']:.2f} ms / p95 "
        f"{c['service_latency']['p95_ms']:.2f} ms; plain p50 {c['plain_latency']['p50_ms']:.2f}"
        f" ms / p95 {c['plain_latency']['p95_ms']:.2f} ms; CPU per order: place() "
        f"{c['service_cpu_ms_per_order']:.2f} ms, plain {c['plain_cpu_ms_per_order']:.2f} ms; "
        f"{c['rows_per_order']} rows per order; same rows on both copies: {c['same_rows']}"
    )
    say("rows: " + ", ".join(f"{k} {v:,}" for k, v in size["rows"].items()))
    if size["table_mb"]:
        say(
            "MB by table (with indexes): "
            + ", ".join(f"{k} {v}" for k, v in list(size["table_mb"].items())[:10])
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--station",
        type=Path,
        default=None,
        help=f"station folder (default {DEFAULT_STATION.relative_to(HERE.parent)}"
        ", generated if missing)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: a small station (bench/out/quick) and fewer repeats",
    )
    parser.add_argument("--out", type=Path, default=OUT / "results.json")
    parser.add_argument(
        "--check",
        action="store_true",
        help="also time station.check() (hours on the five-year station: see README)",
    )
    parser.add_argument(
        "--keep-copies", action="store_true", help="keep the backup copies the write benchmark used"
    )
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    path, manifest = resolve_station(args)
    db_path = path / DB_FILENAME
    results: dict[str, Any] = {
        "when": datetime.now(CHINA_TZ).isoformat(timespec="seconds"),
        "machine": machine(),
        "quick": args.quick,
        "station": str(path),
        "settings": asdict(settings),
    }
    if manifest is not None:
        results["generation"] = {
            "build_seconds": manifest.get("build_seconds"),
            "plan": manifest.get("plan"),
            "changes_written": manifest.get("changes_written"),
        }
    say(f"station {path}  ({os.cpu_count()} CPUs, SQLite {sqlite3.sqlite_version})")
    results["size"] = measure_size(db_path)

    day = last_day(db_path)
    clock = ManualClock(datetime.combine(day, datetime.min.time(), CHINA_TZ) + timedelta(hours=19))
    with Station.open(db_path, clock=clock) as station:
        say(f"farmer search: {settings.queries} queries …")
        results["search"] = bench_search(station, settings)
        say(f"reports: {settings.report_runs} runs each …")
        results["reports"] = bench_reports(station, settings)
        if args.check:
            say("station.check() …")
            t0 = time.perf_counter()
            problems = station.check()
            results["check"] = {
                "seconds": round(time.perf_counter() - t0, 2),
                "problems": len(problems),
                "first": problems[:5],
            }

    work = OUT / "tmp"
    say(f"commits: {settings.orders} orders in {settings.rounds} rounds, on backup copies …")
    try:
        results["commits"] = bench_commits(db_path, work, settings)
    finally:
        if not args.keep_copies:
            shutil.rmtree(work, ignore_errors=True)

    say()
    print_table(results)
    if manifest is not None:
        say(
            f"generation: {manifest.get('build_seconds')} s for "
            f"{manifest['counts']['orders']:,} orders / "
            f"{manifest['counts']['order_lines']:,} lines / "
            f"{manifest['counts']['consignment_sales']:,} consignment sales / "
            f"{manifest['counts']['farmers']:,} farmers"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    say(f"results written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
