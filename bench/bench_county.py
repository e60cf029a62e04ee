"""The county console's speed: the overview, a station page and the poverty page over a
simulated county of 500 stations and a year (``bench.generate_county``), on SQLite and
PostgreSQL.  Target (issue 14): p95 under 300 ms for each page.

    python -m bench.bench_county [--stations 500] [--days 365] [--until YYYY-MM-DD]
                                 [--reps 40] [--pg URL | --no-pg] [--keep-pg] [--out FILE]

What is timed, each in its own read connection from the storage's pool (as a request gets
one), after two warm-up runs, ``--reps`` times; p50 / p95 / max in milliseconds:

- **baseline**: ``SELECT 1`` through the same storage, so figures from different runs and
  machines can be compared as a ratio;
- **overview**: ``overview_figures.overview`` for today (this month's takings, commission and
  due per station, last sync, changes received today, conflicts) over every station;
- **station, a month / a year**: ``station_view.daily`` for one station (a different station
  each repetition, busy and quiet ones in turn);
- **station page**: what the 站点 page reads: the month's daily figures, consignment stock,
  settlements due, the 30 newest receipts with their standing, the notices, and the station's
  poverty figures over the year;
- **poverty, a year by village**: ``poverty_view.report`` over the year ending today, which
  starts mid-month (by township and village, by month, registered poor households: what the
  page shows; the station-by-month rows only the export builds are left out);
- **watch list**: ``poverty_view.watch``: poor households with no income in 90 days, counted
  per village;
- **poverty page**: what ``GET /poverty`` reads by default: the report over this month and
  the five before it, and the watch list;
- **commission statement**: ``statements.monthly_statement`` for this month (the 佣金 page).

When the console (``servicepoint.server.console``) is installed, the same pages are also timed
through FastAPI's ``TestClient`` as a logged-in admin (``/``, ``/stations/{code}``,
``/poverty``): the whole request, templates included.

PostgreSQL: a database ``sp_bench_county_<random>`` is created on ``--pg`` (default: the
``SERVICEPOINT_TEST_PG`` URL, else the local cluster), filled by ``generate_county`` from the
same templates, timed, and dropped (``--keep-pg`` keeps it and prints its URL).

Results: a table on stdout and ``bench/out/county.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from servicepoint.server import overview_figures, poverty, poverty_view, statements, station_view
from servicepoint.server.storage import Storage, database_url

from . import generate_county as gc
from .bench_core import machine

HERE = Path(__file__).resolve().parent
DEFAULT_PG = "postgresql://servicepoint:servicepoint@127.0.0.1:5432/servicepoint"
TARGET_MS = 300.0
SLOW_S, SLOW_REPS = 2.0, 7


def say(line: str = "") -> None:
    print(line, flush=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def stats(times: list[float]) -> dict[str, float]:
    return {
        "n": len(times),
        "p50_ms": round(statistics.median(times) * 1000, 2),
        "p95_ms": round(percentile(times, 95) * 1000, 2),
        "max_ms": round(max(times) * 1000, 2),
    }


def timed(
    storage: Storage, fn: Callable[[Any, int], Any], reps: int, warm: int = 2
) -> dict[str, float]:
    """``fn(conn, i)`` run ``warm`` + ``reps`` times, each in a fresh read connection; a case
    whose last warm-up took over ``SLOW_S`` runs ``SLOW_REPS`` times (enough to see it)."""
    times: list[float] = []
    last, i = 0.0, 0
    while i < warm + reps:
        if i == warm and last > SLOW_S:
            reps = min(reps, SLOW_REPS)
        t0 = time.perf_counter()
        with storage.read() as conn:
            fn(conn, i)
        last = time.perf_counter() - t0
        if i >= warm:
            times.append(last)
        i += 1
    return stats(times)


# -- what the pages read ----------------------------------------------------------------------


class Pages:
    """The reads of each console page, over the county described by ``manifest``."""

    def __init__(self, manifest: dict[str, Any]) -> None:
        self.today = date.fromisoformat(manifest["until"])
        self.year_from = str(self.today - timedelta(days=364))
        self.month_from = str(self.today.replace(day=1))
        self.until = str(self.today)
        self.place = {s["code"]: (s["township"], s["village"]) for s in manifest["stations"]}
        by_template: dict[str, list[str]] = {}
        for s in manifest["stations"]:
            by_template.setdefault(s["template"], []).append(s["code"])
        rng = random.Random(7)
        # every template in turn (busy and quiet stations), a random clone of it each time
        self.codes = [rng.choice(by_template[t]) for _ in range(40) for t in sorted(by_template)]

    def code(self, i: int) -> str:
        return self.codes[i % len(self.codes)]

    def overview(self, conn: Any, _i: int) -> Any:
        return overview_figures.overview(conn, self.today)

    def console_overview(self, conn: Any, _i: int) -> Any:
        from servicepoint.server import station_health  # the console's own (issue 14)

        return station_health.overview(conn)

    def station_month(self, conn: Any, i: int) -> Any:
        return station_view.daily(conn, self.code(i), self.month_from, self.until)

    def station_year(self, conn: Any, i: int) -> Any:
        return station_view.daily(conn, self.code(i), self.year_from, self.until)

    def station_page(self, conn: Any, i: int) -> dict[str, Any]:
        code = self.code(i)
        return {
            "daily": station_view.daily(conn, code, self.month_from, self.until),
            "stock": station_view.stock(conn, code),
            "due": station_view.settlements_due(conn, code),
            "receipts": station_view.recent_receipts(conn, code),
            "notices": station_view.notices(conn),
            "poverty": poverty.figures(conn, self.year_from, self.until, station=code),
        }

    def poverty_year(self, conn: Any, _i: int) -> dict[str, Any]:
        # what the page reads for a year (its station-by-month rows are built for the export)
        return poverty_view.report(
            conn, date.fromisoformat(self.year_from), self.today, with_detail=False
        )

    def watch_list(self, conn: Any, _i: int) -> Any:
        return poverty_view.watch(conn, self.today)

    def poverty_page(self, conn: Any, i: int) -> Any:
        # what GET /poverty reads by default: six months to today, and the watch list
        first = self.today.replace(day=1)
        for _ in range(5):
            first = (first - timedelta(days=1)).replace(day=1)
        report = poverty_view.report(conn, first, self.today, with_detail=False)
        return report, self.watch_list(conn, i)

    def statement(self, conn: Any, _i: int) -> Any:
        return statements.monthly_statement(conn, self.today.strftime("%Y-%m"))


CASES = (
    ("overview (overview_figures)", "overview"),
    ("overview (station_health)", "console_overview"),
    ("station, a month (daily)", "station_month"),
    ("station, a year (daily)", "station_year"),
    ("station page (all reads)", "station_page"),
    ("poverty, a year by village", "poverty_year"),
    ("watch list (90 days)", "watch_list"),
    ("poverty page (both)", "poverty_page"),
    ("commission statement, month", "statement"),
)
PAGES = ("overview", "station_page", "poverty_page")


def explain(url: str, manifest: dict[str, Any], names: list[str]) -> None:
    """Each statement the named cases run, its time, and its plan (``EXPLAIN QUERY PLAN`` on
    SQLite, ``EXPLAIN (ANALYZE, BUFFERS)`` on PostgreSQL): where a slow page spends it."""
    from sqlalchemy import event

    storage = Storage.open(url)
    pages = Pages(manifest)
    seen: list[tuple[float, str, Any]] = []

    def before(
        _conn: Any, _cur: Any, statement: str, params: Any, context: Any, _many: Any
    ) -> None:
        context._bench_t0 = time.perf_counter()

    def after(_conn: Any, _cur: Any, statement: str, params: Any, context: Any, _many: Any) -> None:
        seen.append((time.perf_counter() - context._bench_t0, statement, params))

    event.listen(storage.engine, "before_cursor_execute", before)
    event.listen(storage.engine, "after_cursor_execute", after)
    try:
        for name in names:
            with storage.read() as conn:
                getattr(pages, name)(conn, 0)
            seen.clear()
            with storage.read() as conn:
                getattr(pages, name)(conn, 1)
            say(f"== {name}")
            slow = sorted(seen, key=lambda x: -x[0])[:6]
            event.remove(storage.engine, "before_cursor_execute", before)
            event.remove(storage.engine, "after_cursor_execute", after)
            for spent, statement, params in slow:
                say(f"-- {spent * 1000:.1f} ms: {' '.join(statement.split())[:600]}")
                prefix = (
                    "EXPLAIN QUERY PLAN " if storage.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
                )
                with storage.engine.connect() as conn:
                    raw = conn.connection.driver_connection
                    assert raw is not None
                    cur = raw.cursor()
                    cur.execute(prefix + statement, params)
                    for row in cur.fetchall():
                        say("     " + " | ".join(str(v) for v in row))
            event.listen(storage.engine, "before_cursor_execute", before)
            event.listen(storage.engine, "after_cursor_execute", after)
    finally:
        storage.close()


def backfill_places(storage: Storage, manifest: dict[str, Any]) -> None:
    """A county built before migration 0006 has no township, village or last sync on its
    stations: set them as ``generate_county`` now does (the manifest, the cursors)."""
    with storage.write() as conn:
        missing = conn.execute(text("SELECT COUNT(*) FROM stations WHERE township IS NULL"))
        if not missing.scalar():
            return
        for s in manifest["stations"]:
            conn.execute(
                text(
                    "UPDATE stations SET township = :t, village = :v, app_version = '0.1.0',"
                    " last_sync_at = (SELECT MAX(updated_at) FROM cursors"
                    " WHERE cursors.station = :c) WHERE code = :c"
                ),
                {"t": s["township"], "v": s["village"], "c": s["code"]},
            )


def measure(
    url: str, manifest: dict[str, Any], reps: int, only: list[str] | None = None
) -> dict[str, Any]:
    storage = Storage.open(url)  # migrates: a county that upgrades gets the new indexes
    try:
        backfill_places(storage, manifest)
        pages = Pages(manifest)
        out: dict[str, Any] = {
            "baseline": timed(storage, lambda c, _i: c.execute(text("SELECT 1")).scalar(), reps * 5)
        }
        for label, name in CASES:
            if only and name not in only:
                continue
            t0 = time.perf_counter()
            out[name] = timed(storage, getattr(pages, name), reps)
            out[name]["label"] = label
            say(
                f"    {label:<32} p50 {out[name]['p50_ms']:>8.1f}  p95 {out[name]['p95_ms']:>8.1f}"
                f"  max {out[name]['max_ms']:>8.1f} ms   ({time.perf_counter() - t0:.0f} s)"
            )
        out.update(http_pages(storage, manifest, pages, reps))
        return out
    finally:
        storage.close()


def http_pages(
    storage: Storage, manifest: dict[str, Any], pages: Pages, reps: int
) -> dict[str, Any]:
    """The real pages through ``TestClient`` as a logged-in admin, if the console exists."""
    try:
        import servicepoint.server.console  # noqa: F401
    except ImportError:
        return {}
    import re

    from fastapi.testclient import TestClient

    from servicepoint.server import accounts
    from servicepoint.server.app import create_app

    name, password = "bench-console-admin", "bench-admin-pass-2026"
    with storage.write() as conn:
        if accounts.find_user(conn, name) is None:
            accounts.add_user(conn, name, password, role="admin")
    out: dict[str, Any] = {}
    with TestClient(create_app(storage)) as client:
        page = client.get("/login").text
        found = re.search(r'name="csrf" value="([^"]+)"', page)
        answer = client.post(
            "/login",
            data={"name": name, "password": password, "csrf": found.group(1) if found else ""},
        )
        if answer.status_code != 200:
            return {"http_login": {"error": f"login: HTTP {answer.status_code}"}}
        for key, path in (
            ("http_overview", lambda _i: "/"),
            ("http_station", lambda i: f"/stations/{pages.code(i)}"),
            ("http_poverty", lambda _i: "/poverty"),
        ):
            times: list[float] = []
            last, i, n = 0.0, 0, reps
            while i < n + 2:
                if i == 2 and last > SLOW_S:
                    n = min(n, SLOW_REPS)
                t0 = time.perf_counter()
                response = client.get(path(i))
                last = time.perf_counter() - t0
                if response.status_code != 200 or response.history:
                    # a redirect here is to /login: the session is gone, so the figure
                    # would time the login page, not the page asked for
                    out[key] = {
                        "error": f"{path(i)}: HTTP {response.status_code} at {response.url}"
                    }
                    break
                if i >= 2:
                    times.append(last)
                i += 1
            else:
                out[key] = stats(times)
            say(f"    HTTP GET {key[5:]:<23} {out[key]}")
    return out


# -- PostgreSQL -------------------------------------------------------------------------------


@contextmanager
def pg_database(admin_url: str, keep: bool) -> Iterator[str]:
    import psycopg

    name = "sp_bench_county_" + uuid.uuid4().hex[:8]
    with psycopg.connect(admin_url, connect_timeout=5, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{admin_url.rsplit('/', 1)[0]}/{name}"
    try:
        yield url
    finally:
        if keep:
            say(f"  kept {url}")
        else:
            with psycopg.connect(admin_url, connect_timeout=5, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def table(results: dict[str, Any]) -> None:
    backends = [b for b in ("sqlite", "postgresql") if b in results]
    say()
    say(f"{'measure':<34}" + "".join(f"{b + ' p50/p95/max ms':>34}" for b in backends))
    keys = [
        "baseline",
        *(name for _, name in CASES),
        "http_overview",
        "http_station",
        "http_poverty",
    ]
    for key in keys:
        cells = []
        for b in backends:
            r = results[b]["timings"].get(key)
            if r is None or "p50_ms" not in r:
                cells.append(f"{'—' if r is None else r.get('error', '—'):>34}")
                continue
            mark = " ✔" if r["p95_ms"] < TARGET_MS else " ✘"
            cells.append(f"{r['p50_ms']:>9.1f} {r['p95_ms']:>9.1f} {r['max_ms']:>9.1f}{mark}")
        label = results[backends[0]]["timings"].get(key, {}).get("label", key)
        say(f"{label:<34}" + "".join(f"{c:>34}" for c in cells))
    for b in backends:
        base = results[b]["timings"]["baseline"]["p50_ms"]
        ratios = {
            name: round(results[b]["timings"][name]["p95_ms"] / base)
            for name in (*PAGES, "http_overview", "http_station")
            if base and "p95_ms" in results[b]["timings"].get(name, {})
        }
        say(f"{b}: baseline SELECT 1 p50 {base} ms; page p95 / baseline: {ratios}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stations", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--until", default="")
    parser.add_argument("--reps", type=int, default=40)
    parser.add_argument("--pg", default=os.environ.get("SERVICEPOINT_TEST_PG", DEFAULT_PG))
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--keep-pg", action="store_true")
    parser.add_argument("--cases", nargs="*", metavar="CASE", help="time only these cases")
    parser.add_argument(
        "--pg-filled", metavar="URL", help="a PostgreSQL county already filled (--keep-pg): time it"
    )
    parser.add_argument("--out", type=Path, default=HERE / "out" / "county.json")
    parser.add_argument(
        "--explain", nargs="*", metavar="CASE", help="print the plans of these cases' statements"
    )
    args = parser.parse_args(argv)
    plan = gc.Plan(stations=args.stations, days=args.days, until=args.until).resolved()
    results: dict[str, Any] = {"machine": machine(), "plan": plan.key()}
    say(f"county: {plan.stations} stations, {plan.days} days to {plan.until}")
    t0 = time.perf_counter()
    path, manifest = gc.ensure_sqlite(plan, say)
    say(
        f"  SQLite county {path.name}: {manifest['size_bytes'] / 1e6:,.0f} MB "
        f"({time.perf_counter() - t0:.0f} s, built in {manifest['build_seconds']} s)"
    )
    results["rows"] = manifest["rows"]
    if args.explain is not None:
        names = args.explain or [name for _, name in CASES]
        if not args.no_sqlite:
            explain(database_url(path), manifest, names)
        if args.pg_filled:
            explain(database_url(args.pg_filled or args.pg), manifest, names)
        return 0
    if not args.no_sqlite:
        say("  SQLite:")
        results["sqlite"] = {
            "timings": measure(database_url(path), manifest, args.reps, args.cases)
        }
    if args.pg_filled:
        say("  PostgreSQL (filled before):")
        results["postgresql"] = {
            "timings": measure(database_url(args.pg_filled), manifest, args.reps, args.cases)
        }
    elif not args.no_pg:
        with pg_database(args.pg, args.keep_pg) as url:
            t0 = time.perf_counter()
            gc.fill(database_url(url), plan, say)
            built = time.perf_counter() - t0
            say(f"  PostgreSQL county filled in {built:.0f} s:")
            results["postgresql"] = {
                "build_seconds": round(built, 1),
                "timings": measure(database_url(url), manifest, args.reps, args.cases),
            }
    table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    say(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
