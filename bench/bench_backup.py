"""Backup time and size on the five-year station: compressed (what ``Backups.backup`` writes
into the station's folder) against the plain copy of the SQLite backup API (what it wrote
before, and still writes to a named ``.db`` file), measured in the same run.

    python -m bench.bench_backup [--station DIR] [--runs 3] [--out FILE]

Also times a restore from each form, and works out what the rotation (14 daily + 12 monthly)
would keep on disk in each form against the default budget.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from servicepoint.core import CHINA_TZ, ManualClock, Station
from servicepoint.core.backup import restore
from servicepoint.core.backup_space import DEFAULT_BUDGET_BYTES

from . import generate_station as gen

HERE = Path(__file__).resolve().parent
DEFAULT_STATION = HERE / "out" / "five_year"
OUT = HERE / "out" / "backup_results.json"
ROTATION_COPIES = 14 + 12


def _timed(work: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = work()
    return time.perf_counter() - start, value


def measure(station_dir: Path, runs: int) -> dict[str, Any]:
    from datetime import datetime

    results: dict[str, Any] = {
        "station_mb": round((station_dir / "station.db").stat().st_size / 1024**2, 1)
    }
    with tempfile.TemporaryDirectory(dir=HERE / "out") as scratch_name:
        scratch = Path(scratch_name)
        work = scratch / "station"
        shutil.copytree(station_dir, work, ignore=shutil.ignore_patterns("backups", "*.json"))
        clock = ManualClock(datetime(2026, 1, 5, 21, 0, tzinfo=CHINA_TZ))
        plain_times, packed_times, plain_size, packed_size = [], [], 0, 0
        with Station.open(work, clock=clock) as station:
            for n in range(runs):
                clock.advance(minutes=1)
                t, info = _timed(lambda n=n: station.backups.backup(dest=scratch / f"plain-{n}.db"))
                plain_times.append(t)
                plain_size = info.size_bytes
                t, info = _timed(lambda: station.backups.backup(kind="manual"))
                packed_times.append(t)
                packed_size = info.size_bytes
                packed_path = info.path
        plain_path = scratch / "plain-0.db"
        restores = {}
        for name, source in (("plain", plain_path), ("compressed", packed_path)):
            target = scratch / f"restore-{name}"
            t, _ = _timed(lambda s=source, d=target: restore(d, s, clock=clock))
            restores[name] = round(t, 2)
    plain_s, packed_s = statistics.median(plain_times), statistics.median(packed_times)
    results.update(
        {
            "runs": runs,
            "plain": {
                "median_s": round(plain_s, 2),
                "mb": round(plain_size / 1024**2, 1),
                "rotation_gb": round(plain_size * ROTATION_COPIES / 1024**3, 1),
            },
            "compressed": {
                "median_s": round(packed_s, 2),
                "mb": round(packed_size / 1024**2, 1),
                "rotation_gb": round(packed_size * ROTATION_COPIES / 1024**3, 1),
            },
            "time_ratio_compressed_over_plain": round(packed_s / plain_s, 2),
            "size_ratio_compressed_over_plain": round(packed_size / plain_size, 3),
            "copies_within_default_budget": {
                "plain": DEFAULT_BUDGET_BYTES // plain_size,
                "compressed": DEFAULT_BUDGET_BYTES // packed_size,
            },
            "restore_s": restores,
        }
    )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--station", type=Path, default=DEFAULT_STATION)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.station / "station.db").exists():
        gen.ensure(args.station, gen.Plan())
    results = measure(args.station, args.runs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
