"""Benchmark of the parcel desk (issue 17) on a busy point: 5,000 parcels on the shelves and
200,000 in its history.

    python -m bench.bench_parcels [--history 200000] [--shelved 5000] [--runs 500]

What it measures, each beside a baseline measured in the same run on the same database:

- **check-in, scan to slot shown**: ``Parcels.recognise`` (the scan: clean, courier,
  duplicate check) then ``Parcels.check_in`` (slot suggestion, pickup code, the parcel, its
  event and the day's synced count, one transaction with WAL and synchronous=FULL), against a
  bare ``INSERT`` of the same parcel and event rows in one transaction (target p95 < 50 ms);
  after each check-in an untimed pickup keeps the shelves at their size;
- **pickup search**: ``Parcels.find`` by pickup code, last four digits, name and waybill scan,
  against a primary-key read of one parcel (target p95 < 20 ms).

Times are ``perf_counter`` in milliseconds (p50 / p95 / max).  Results go to stdout and
``bench/out/parcels.json``.  The station is built in a temporary folder: history rows are
written with plain SQL (the desk's own path would take an hour for 200,000), then every timed
call goes through the core as the window's would.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from servicepoint.core import CHINA_TZ, ManualClock, Station

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
TARGET_CHECKIN_P95_MS = 50.0
TARGET_SEARCH_P95_MS = 20.0
LAYOUT = {"shelves": 10, "rows": 5, "positions": 20, "per_slot": 8}  # 8,000 places
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = [
    "秀英",
    "建国",
    "桂兰",
    "志强",
    "海燕",
    "明",
    "丽",
    "军",
    "芳",
    "伟",
    "静",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "霞",
    "斌",
    "平",
    "刚",
]


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return {
        "p50": round(statistics.median(ordered), 3),
        "p95": round(p95, 3),
        "max": round(ordered[-1], 3),
        "n": len(ordered),
    }


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def build(folder: Path, history: int, shelved: int, rng: random.Random) -> Station:
    clock = ManualClock(datetime(2026, 11, 22, 9, 0, tzinfo=CHINA_TZ))
    st = Station.create(
        folder, code="BJ01", name="快递压测站", village="压测村", township="城关镇",
        county="示范县", manager_name="王站长", manager_pin="1234", clock=clock,
    )  # fmt: skip
    st.act_as(st.operators.list()[0])
    st.set_setting("parcel_shelves", LAYOUT)
    op = st.operators.list()[0].id
    start = clock.now() - timedelta(days=730)
    rows, events = [], []
    for i in range(history + shelved):
        on_shelf = i >= history
        when = (
            clock.now() - timedelta(minutes=rng.randint(10, 4 * 24 * 60))
            if on_shelf
            else start + timedelta(seconds=i * (730 * 86400 // max(history, 1)))
        ).isoformat(timespec="milliseconds")
        k = i - history
        shelf, cell = (k // 8) // 100 + 1, (k // 8) % 100 + 1
        seq = k + 1 if on_shelf else rng.randint(1, 9999)
        phone = f"1{rng.randint(3, 9)}{rng.randint(0, 999_999_999):09d}"
        full = phone if rng.random() < 0.6 else None
        pid = st.new_id()
        rows.append(
            (pid, f"YT{i:013d}", "yto", full, phone[-4:], _name(rng), shelf if on_shelf else 1,
             cell if on_shelf else 1, seq, f"{shelf}-{cell}-{seq:04d}",
             "shelved" if on_shelf else rng.choice(("picked_up", "picked_up", "returned")),
             40, when, None if on_shelf else when, op)
        )  # fmt: skip
        events.append((pid, "checked_in", rows[-1][9], when, op))
    with st.records.atomic() as db:
        db.conn.executemany(
            "INSERT INTO parcels (id, waybill, courier, phone, phone_last4, name, shelf, cell, "
            "code_seq, code, state, fee_fen, checked_in_at, closed_at, operator_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.conn.executemany(
            "INSERT INTO parcel_events (parcel_id, event, detail, created_at, operator_id) "
            "VALUES (?, ?, ?, ?, ?)",
            events,
        )
        db.execute("INSERT INTO parcel_counters (name, last_seq) VALUES ('code', ?)", (shelved,))
    st.db.execute("ANALYZE")
    return st


def bench_check_in(st: Station, runs: int, rng: random.Random) -> dict[str, Any]:
    timings, baseline = [], []
    op = st.require_operator().id
    for i in range(runs):
        number = f"JT{9_000_000_000_000 + i}"

        def scan_to_slot(number: str = number) -> None:
            st.parcels.recognise(number)
            st.parcels.check_in(number, f"{rng.randint(0, 9999):04d}", _name(rng))

        timings.append(_timed(scan_to_slot))
        st.clock.advance(seconds=20)  # type: ignore[attr-defined]
        # keep the shelves at their size: hand a random shelved parcel over (untimed)
        victim = st.db.execute(
            "SELECT id, waybill FROM parcels WHERE state = 'shelved' AND code_seq = ?",
            (rng.randint(1, 5000),),
        ).fetchone()
        if victim is not None:
            st.parcels.pickup(victim[0], victim[1])

        def bare(i: int = i) -> None:
            pid = st.new_id()
            with st.records.atomic() as db:
                db.execute(
                    "INSERT INTO parcels (id, waybill, courier, phone_last4, shelf, cell, "
                    "code_seq, code, state, fee_fen, checked_in_at, operator_id) VALUES "
                    "(?, ?, 'jt', '0000', 1, 1, 0, ?, 'picked_up', 0, ?, ?)",
                    (pid, f"BASE{i:010d}", f"b{i}", st.clock.stamp(), op),
                )
                db.execute(
                    "INSERT INTO parcel_events (parcel_id, event, created_at, operator_id) "
                    "VALUES (?, 'checked_in', ?, ?)",
                    (pid, st.clock.stamp(), op),
                )

        baseline.append(_timed(bare))
    return {"check_in": _ms(timings), "baseline_insert": _ms(baseline)}


def bench_search(st: Station, runs: int, rng: random.Random) -> dict[str, Any]:
    shelved = st.db.execute(
        "SELECT id, code, phone_last4, name, waybill FROM parcels WHERE state = 'shelved'"
    ).fetchall()
    old = st.db.execute(
        "SELECT waybill FROM parcels WHERE state <> 'shelved' ORDER BY random() LIMIT 500"
    ).fetchall()
    kinds: dict[str, list[float]] = {"code": [], "last4": [], "name": [], "waybill": []}
    baseline = []
    found = 0
    for _ in range(runs):
        row = rng.choice(shelved)
        kind = rng.choice(tuple(kinds))
        query = {
            "code": row[1],
            "last4": row[2],
            "name": row[3][:1] if rng.random() < 0.3 else row[3],
            "waybill": row[4] if rng.random() < 0.7 else rng.choice(old)[0],
        }[kind]
        start = time.perf_counter()
        result = st.parcels.find(query)
        kinds[kind].append((time.perf_counter() - start) * 1000)
        found += bool(result)
        baseline.append(
            _timed(
                lambda r=row: st.db.execute(
                    "SELECT * FROM parcels WHERE id = ?", (r[0],)
                ).fetchone()
            )
        )
    every = [t for ts in kinds.values() for t in ts]
    return {
        "search": _ms(every),
        **{f"search_{k}": _ms(v) for k, v in kinds.items()},
        "baseline_pk_read": _ms(baseline),
        "found_share": round(found / runs, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history", type=int, default=200_000)
    parser.add_argument("--shelved", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        st = build(Path(tmp), args.history, args.shelved, rng)
        build_s = time.perf_counter() - t0
        on_shelf = st.records.scalar("SELECT COUNT(*) FROM parcels WHERE state = 'shelved'")
        total = st.records.scalar("SELECT COUNT(*) FROM parcels")
        checkin = bench_check_in(st, args.runs, rng)
        search = bench_search(st, args.runs * 4, rng)
        st.close()
    result = {
        "history": args.history,
        "shelved_at_start": on_shelf,
        "parcels_total": total,
        "build_seconds": round(build_s, 1),
        **checkin,
        **search,
        "ratio_check_in_over_insert_p95": round(
            checkin["check_in"]["p95"] / checkin["baseline_insert"]["p95"], 2
        ),
        "ratio_search_over_pk_read_p95": round(
            search["search"]["p95"] / search["baseline_pk_read"]["p95"], 2
        ),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "parcels.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    ok = {
        True: "✔",
        False: "✘",
    }
    print(f"parcels: {total:,} ({on_shelf:,} on the shelves), built in {build_s:.0f} s")
    print("| measure | p50 / p95 / max ms | target |")
    print("|---|---:|---|")
    targets: dict[str, float | None] = {
        "check_in": TARGET_CHECKIN_P95_MS,
        "baseline_insert": None,
        "search": TARGET_SEARCH_P95_MS,
        "search_code": None,
        "search_last4": None,
        "search_name": None,
        "search_waybill": None,
        "baseline_pk_read": None,
    }
    for key, target in targets.items():
        m = result[key]
        verdict = f"< {target:.0f} {ok[m['p95'] < target]}" if target else ""
        print(f"| {key} | {m['p50']} / {m['p95']} / {m['max']} | {verdict} |")
    print(
        f"ratios (p95): check-in / bare insert {result['ratio_check_in_over_insert_p95']}, "
        f"search / primary-key read {result['ratio_search_over_pk_read_p95']}"
    )


if __name__ == "__main__":
    main()
