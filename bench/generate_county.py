"""A simulated county for the console's benchmark: 500 stations and a year of synced records.

    python -m bench.generate_county [--stations 500] [--days 365] [--until YYYY-MM-DD]
                                    [--seed 1] [--force] [--pg URL]

How it is made, so that the county holds what real nightly syncs would store:

1. **Template stations through the services.**  ``TEMPLATE_ORDERS`` stations of different sizes
   (quiet hamlets to busy market villages) each play ``--days`` days up to ``--until`` with
   ``bench.generate_station``'s simulator: farmers (about 12 % registered poor households),
   orders through their whole lifecycle with cancels and returns, cash / mobile / on-account
   payments and repayments, commission, consignment intake, sales and spoilage, settlements
   with fees and debt offsets, monthly remittances, receipts, a day close every evening.
   Every night each template **pushes its day through the county's own ingest path**
   (``ingest.parse_batch`` + ``ingest.push`` in batches of ``protocol.BATCH_SIZE``, stamped at
   the night's sync time) into a scratch county of its own, so its records, change log and
   cursor are exactly what the server stores.  Two of the templates stop syncing a few days
   before the end (a PC that went quiet: ``QUIET_DAYS``).
2. **Clones.**  Each of the ``--stations`` stations is one template's scratch-county rows with
   a new identity: the station code in every column, payload and number, every station-owned
   UUID XOR-ed in its low 48 bits with a per-station key (a bijection that keeps UUIDv7's time
   bits, as ``bench_sync`` does), a fresh device id, token and secret.  County catalogue item
   ids are mapped by SKU to the county's one catalogue.  The rows are bulk-inserted into the
   same tables (``executemany`` on SQLite, ``COPY`` on PostgreSQL).
3. **Conflicts.**  A single PC never causes a merge conflict, so a few stations get the rows
   ``ingest`` writes when two PCs edited one farmer (``conflicts``, ``CONFLICT_SHARE``).

Stations are named after ``TOWNSHIPS`` × villages; the township and village of each code are in
the manifest (the county's ``stations`` table has no such columns yet).

The SQLite county is cached under ``bench/out/county/`` (key: every parameter), the scratch
counties of the templates beside it; a PostgreSQL county is built from the same templates into
a database the caller names (``bench_county`` creates ``sp_bench_county_*`` and drops it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from servicepoint.core import CHINA_TZ, ManualClock, Station, protocol
from servicepoint.core.ids import IdMaker
from servicepoint.core.sync_local import _batch_from
from servicepoint.server import ingest, poverty_store, schema
from servicepoint.server.storage import Storage, database_url

from . import generate_station as gen

HERE = Path(__file__).resolve().parent
CACHE = HERE / "out" / "county"
GENERATOR_VERSION = 1

#: Orders a year of each template, smallest to busiest (mean ≈ 1,500: four a day).
TEMPLATE_ORDERS = (400, 700, 1000, 1400, 2000, 3000, 600, 900)
#: How many clones of each template, relative (the last two are the quiet ones).
TEMPLATE_WEIGHTS = (14, 20, 20, 16, 12, 8, 5, 5)
#: Days before ``until`` each template last synced (0: it synced last night).
QUIET_DAYS = (0, 0, 0, 0, 0, 0, 2, 9)
CONFLICT_SHARE = 0.04
COUNTY = "示范县"
TOWNSHIPS = (
    "城关镇", "甘界乡", "石桥镇", "柳河乡", "青山镇", "白沙乡", "龙泉镇", "杨柳乡", "新店镇",
    "桃源乡", "双河镇", "红岩乡", "高坪镇", "大安乡", "马场镇", "清水乡", "金鸡镇", "永兴乡",
    "太平镇", "长岭乡", "东升镇", "西坝乡", "南山镇", "北岭乡", "中和镇",
)  # fmt: skip
VILLAGE_STEMS = (
    "甘界", "李家", "王庄", "上坝", "下坝", "河口", "松林", "竹园", "茶山", "岩脚",
    "田坝", "新寨", "老寨", "水井", "坪上", "沟头", "湾里", "坡脚", "桥头", "庙坝",
)  # fmt: skip
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def china_today() -> date:
    return datetime.now(CHINA_TZ).date()


@dataclass(frozen=True)
class Plan:
    stations: int = 500
    days: int = 365
    until: str = ""  # the last simulated day (the county's "today"); default today in China
    seed: int = 1
    orders: tuple[int, ...] = TEMPLATE_ORDERS
    weights: tuple[int, ...] = TEMPLATE_WEIGHTS
    quiet: tuple[int, ...] = QUIET_DAYS
    version: int = GENERATOR_VERSION

    def resolved(self) -> Plan:
        return self if self.until else Plan(**{**asdict(self), "until": str(china_today())})

    @property
    def start(self) -> date:
        return date.fromisoformat(self.until) - timedelta(days=self.days - 1)

    def key(self) -> str:
        text = json.dumps(asdict(self.resolved()), sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def template_orders(self, t: int) -> int:
        return max(8, round(self.orders[t] * self.days / 365))


# -- templates: stations through the services, pushed nightly through ingest ------------------


class _NightlySim(gen.Simulator):
    """The simulator, with the nightly sync pushing into a county through ``ingest.push``."""

    def __init__(self, county: Storage, quiet_from: int, *args: Any) -> None:
        super().__init__(*args)
        self.county = county
        self.quiet_from = quiet_from  # the day index from which this PC no longer syncs
        self.pushes = 0

    def import_catalogue(self, year: int) -> None:
        super().import_catalogue(year)
        publish_catalogue(self.s, self.county)

    def nightly_sync_ack(self) -> None:
        if self.day_index >= self.quiet_from:
            return
        rows = self.s.records.all(
            "SELECT seq, entity, record_id, op, payload FROM outbox WHERE seq > "
            "(SELECT acked_seq FROM sync_state WHERE id = 1) ORDER BY seq"
        )
        if not rows:
            return
        # the nightly sync starts between 21:00 and 23:00, China time; the county stamps UTC
        night = self.clock.now().replace(hour=21, minute=0, second=0, microsecond=0)
        at = night + timedelta(seconds=self.rng.randrange(7200))
        whole = ingest.parse_batch(_batch_from(self.s, rows), len(rows))
        for part in whole.split(protocol.BATCH_SIZE):
            now = at.astimezone(UTC).isoformat(timespec="milliseconds")
            with self.county.write() as conn:
                ingest.push(conn, self.s.identity.code, part, now)
            self.pushes += 1
            at += timedelta(milliseconds=300 + self.rng.randrange(700))
        self.s.db.execute(
            "UPDATE sync_state SET acked_seq = ?, last_success = ? WHERE id = 1",
            (rows[-1]["seq"], self.clock.stamp()),
        )
        self.s.db.execute("DELETE FROM outbox WHERE seq <= ?", (rows[-1]["seq"],))


def publish_catalogue(station: Station, county: Storage) -> None:
    """The county publishes the catalogue the template's CSV import holds (as a county that
    stations pull from): categories and items, replaced whole."""
    cols = [c.name for c in schema.county_items.columns]
    items = station.records.all(
        f"SELECT {', '.join(cols)} FROM catalogue_items WHERE station IS NULL"
    )
    cats = station.records.all("SELECT code, name, commission_bp, updated_at FROM categories")
    with county.write() as conn:
        conn.execute(schema.county_items.delete())
        conn.execute(schema.categories.delete())
        conn.execute(schema.categories.insert(), cats)
        if items:
            conn.execute(schema.county_items.insert(), items)


def template_code(t: int) -> str:
    return f"TPL{chr(ord('A') + t)}"


def build_template(folder: Path, t: int, plan: Plan, say: Callable[[str], None]) -> Path:
    """Template ``t``'s station and scratch county in ``folder``; returns the county file."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    county = Storage.open(database_url(folder / "county.db"))
    start = plan.start
    clock = ManualClock(datetime.combine(start, datetime.min.time(), CHINA_TZ) + timedelta(hours=7))
    seed = plan.seed * 100 + t
    station = Station.create(
        folder / "station",
        code=template_code(t),
        name="模板电商服务站",
        village="甘界村",
        township="城关镇",
        county=COUNTY,
        manager_name=gen.MANAGER[0],
        manager_pin=gen.MANAGER[1],
        clock=clock,
        new_id=IdMaker(clock.now, random.Random(seed)),
    )
    try:
        station.sign_in(*gen.MANAGER)
        orders = plan.template_orders(t)
        gplan = gen.Plan(
            farmers=max(20, orders * 3 // 5), orders=orders, sales=max(4, orders // 5), seed=seed
        )
        sim = _NightlySim(county, plan.days - plan.quiet[t], station, clock, gplan, say)
        sim.start, sim.days = start, plan.days
        sim.run()
    finally:
        station.close()
        county.close()
    return folder / "county.db"


# -- the template's county rows, and their clones ---------------------------------------------


@dataclass
class Template:
    code: str
    tables: dict[str, tuple[list[str], list[tuple[Any, ...]], list[int]]]  # cols, rows, to fix
    changes: list[tuple[Any, ...]]  # (epoch, seq, entity, record_id, op, payload parts, at)
    cursor: tuple[Any, ...]  # (epoch, epoch_base, acked_seq, updated_at)
    heads: list[str] = field(default_factory=list)
    tails: list[int] = field(default_factory=list)
    items: dict[str, str] = field(default_factory=dict)  # this template's item id → county's
    first_day: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def load_template(path: Path, code: str, county_items: dict[str, dict[str, Any]]) -> Template:
    """Read template ``code``'s rows from its scratch county; ``county_items`` (sku → row)
    collects the one county catalogue (the first template's id for each SKU wins)."""
    conn = sqlite3.connect(str(path))
    try:
        item_cols = [c.name for c in schema.county_items.columns]
        items = {}
        for values in conn.execute(f"SELECT {', '.join(item_cols)} FROM county_items"):
            row = dict(zip(item_cols, values, strict=True))
            kept = county_items.setdefault(row["sku"], row)
            items[row["id"]] = kept["id"]
        pattern = re.compile(f"{UUID_RE.pattern}|{code}")
        owned: set[str] = set()
        tables = {}
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for name, table in schema.records.items():
            if name not in present:
                # a template cached before this entity existed: the simulator makes none
                continue
            cols = [c.name for c in table.columns]
            rows = conn.execute(
                f"SELECT {', '.join(cols)} FROM {name} WHERE station = ?", (code,)
            ).fetchall()
            fix = [
                i
                for i in range(len(cols))
                if any(isinstance(r[i], str) and pattern.search(r[i]) for r in rows)
            ]
            for r in rows:
                for i in fix:
                    if isinstance(r[i], str):
                        owned.update(UUID_RE.findall(r[i]))
            tables[name] = (cols, rows, fix)
        changes = []
        for epoch, seq, entity, rid, op, payload, at in conn.execute(
            "SELECT epoch, seq, entity, record_id, op, payload, received_at FROM changes"
            " WHERE station = ? ORDER BY epoch, seq",
            (code,),
        ):
            owned.add(rid)
            parts = pattern.split(payload)
            tokens = pattern.findall(payload)
            owned.update(x for x in tokens if x != code)
            changes.append((epoch, seq, entity, rid, op, (parts, tokens), at))
        cursor = conn.execute(
            "SELECT epoch, epoch_base, acked_seq, updated_at FROM cursors WHERE station = ?",
            (code,),
        ).fetchone()
        first = conn.execute(
            "SELECT MIN(created_at) FROM farmers WHERE station = ?", (code,)
        ).fetchone()[0]
    finally:
        conn.close()
    owned -= set(items)
    ordered = sorted(owned)
    tpl = Template(code, tables, changes, cursor, items=items, first_day=first or "")
    tpl.heads = [u[:24] for u in ordered]
    tpl.tails = [int(u[24:], 16) for u in ordered]
    tpl.counts = {name: len(rows) for name, (_, rows, _) in tables.items()}
    tpl.counts["changes"] = len(changes)
    return tpl


@dataclass(frozen=True)
class Clone:
    code: str
    name: str
    township: str
    village: str
    template: int
    key: int
    device_id: str
    conflicts: int


def plan_clones(plan: Plan) -> list[Clone]:
    rng = random.Random(f"county-{plan.seed}")
    out = []
    for i in range(plan.stations):
        township = TOWNSHIPS[i % len(TOWNSHIPS)]
        village = VILLAGE_STEMS[(i // len(TOWNSHIPS)) % len(VILLAGE_STEMS)] + "村"
        if i >= len(TOWNSHIPS) * len(VILLAGE_STEMS):
            village = f"{village[:-1]}{i // (len(TOWNSHIPS) * len(VILLAGE_STEMS)) + 1}村"
        t = rng.choices(range(len(plan.orders)), plan.weights)[0]
        if i < len(plan.orders):  # every template has at least one station
            t = i
        out.append(
            Clone(
                code=f"C{i + 1:03d}",
                name=f"{township}{village}电商服务站",
                township=township,
                village=village,
                template=t,
                key=rng.getrandbits(48) | 1,
                device_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                conflicts=rng.randint(1, 4) if rng.random() < CONFLICT_SHARE else 0,
            )
        )
    return out


def clone_rows(
    tpl: Template, clone: Clone
) -> Iterator[tuple[str, list[str], list[tuple[Any, ...]]]]:
    """(table, columns, rows) of ``clone``: the template's rows under the clone's identity."""
    key, code, old = clone.key, clone.code, tpl.code
    idmap: dict[str, str] = {
        u: f"{h}{t ^ key:012x}"
        for u, h, t in zip(
            (f"{h}{t:012x}" for h, t in zip(tpl.heads, tpl.tails, strict=True)),
            tpl.heads,
            tpl.tails,
            strict=True,
        )
    }
    idmap.update(tpl.items)
    idmap[old] = code
    pattern = re.compile(f"{UUID_RE.pattern}|{old}")

    def fix(value: Any) -> Any:
        if type(value) is not str:
            return value
        new = idmap.get(value)
        if new is not None:
            return new
        return pattern.sub(lambda m: idmap.get(m.group(), m.group()), value)

    for name, (cols, rows, fixed) in tpl.tables.items():
        if not rows:
            continue
        if fixed:
            out = []
            for row in rows:
                values = list(row)
                for i in fixed:
                    values[i] = fix(values[i])
                out.append(tuple(values))
            yield name, cols, out
        else:
            yield name, cols, rows
    get = idmap.get
    changes = []
    for epoch, seq, entity, rid, op, (parts, tokens), at in tpl.changes:
        text = [parts[0]]
        for token, part in zip(tokens, parts[1:], strict=True):
            text.append(get(token, token))
            text.append(part)
        changes.append(
            (clone.device_id, epoch, seq, code, entity, get(rid, rid), op, "".join(text), at)
        )
    yield "changes", [c.name for c in schema.changes.columns], changes
    if tpl.cursor is not None:
        epoch, base, acked, updated = tpl.cursor
        yield (
            "cursors",
            [c.name for c in schema.cursors.columns],
            [(clone.device_id, epoch, code, base, acked, updated)],
        )
    rng = random.Random(clone.key)
    created = tpl.first_day or "2026-01-01T08:00:00+08:00"
    yield (
        "stations",
        [
            "code",
            "name",
            "county",
            "device_id",
            "secret",
            "active",
            "created_at",
            "enrolled_at",
            "township",
            "village",
            "last_sync_at",
            "app_version",
        ],
        [
            (
                code,
                clone.name,
                COUNTY,
                clone.device_id,
                f"{rng.getrandbits(256):064x}",
                1,
                created,
                created,
                clone.township,
                clone.village,
                tpl.changes[-1][6] if tpl.changes else created,  # its last night's push
                "0.1.0",
            )
        ],
    )
    yield (
        "tokens",
        [c.name for c in schema.tokens.columns],
        [(f"{rng.getrandbits(256):064x}", code, clone.device_id, created, None)],
    )
    farmers = tpl.tables["farmers"][1]
    if clone.conflicts and farmers:
        cols = ["station", "entity", "record_id", "field", "kept", "lost", "created_at"]
        rows_c = []
        for n in range(clone.conflicts):
            farmer = farmers[rng.randrange(len(farmers))]
            fid, at = get(farmer[0], farmer[0]), tpl.changes[-1][6] if tpl.changes else created
            rows_c.append(
                (
                    code,
                    "farmers",
                    fid,
                    "village_group",
                    json.dumps(f"{n + 1}组", ensure_ascii=False),
                    json.dumps(f"{n + 2}组", ensure_ascii=False),
                    at,
                )
            )
        yield "conflicts", cols, rows_c


# -- writing the county -----------------------------------------------------------------------


class Writer:
    """Bulk inserts into a migrated county database: ``executemany`` on SQLite, ``COPY`` on
    PostgreSQL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        if self.sqlite:
            self.conn: Any = sqlite3.connect(url.split("///", 1)[1], isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=OFF")  # bench data: one sync at the end
            self.conn.execute("BEGIN")
        else:
            import psycopg

            self.conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"))

    def insert(self, table: str, cols: list[str], rows: Iterable[tuple[Any, ...]]) -> None:
        if self.sqlite:
            marks = ", ".join("?" for _ in cols)
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows)
        else:
            with (
                self.conn.cursor() as cur,
                cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)

    def commit(self) -> None:
        if self.sqlite:
            self.conn.execute("COMMIT")
            self.conn.execute("BEGIN")
        else:
            self.conn.commit()

    def close(self) -> None:
        if self.sqlite:
            self.conn.execute("COMMIT")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
        else:
            self.conn.commit()
            self.conn.autocommit = True
            self.conn.execute("ANALYZE")  # what autovacuum does after a county's day of syncs
            self.conn.close()


def templates(plan: Plan, say: Callable[[str], None] = print, cache: Path = CACHE) -> list[Path]:
    """The scratch counties of every template, built once per plan (cached)."""
    folder = cache / f"templates-{plan.key()}"
    done = folder / "done.json"
    paths = [folder / f"t{t}" / "county.db" for t in range(len(plan.orders))]
    if done.exists() and all(p.exists() for p in paths):
        return paths
    for t in range(len(plan.orders)):
        t0 = time.perf_counter()
        build_template(folder / f"t{t}", t, plan, lambda _line: None)
        say(
            f"  template {template_code(t)}: {plan.template_orders(t)} orders, "
            f"{time.perf_counter() - t0:.1f} s"
        )
    done.write_text(json.dumps(asdict(plan.resolved())), encoding="utf-8")
    return paths


def fill(
    url: str, plan: Plan, say: Callable[[str], None] = print, cache: Path = CACHE
) -> dict[str, Any]:
    """Build the county into the (empty) database at ``url``; returns its manifest."""
    plan = plan.resolved()
    t0 = time.perf_counter()
    paths = templates(plan, say, cache)
    t_templates = time.perf_counter() - t0
    county_items: dict[str, dict[str, Any]] = {}
    loaded = [load_template(p, template_code(t), county_items) for t, p in enumerate(paths)]
    storage = Storage.open(url)
    storage.close()
    writer = Writer(storage.url)
    try:
        scratch = sqlite3.connect(str(paths[0]))
        cats = scratch.execute(
            "SELECT code, name, commission_bp, updated_at FROM categories"
        ).fetchall()
        scratch.close()
        writer.insert("categories", ["code", "name", "commission_bp", "updated_at"], cats)
        item_cols = [c.name for c in schema.county_items.columns]
        writer.insert(
            "county_items",
            item_cols,
            [tuple(r[c] for c in item_cols) for r in county_items.values()],
        )
        counts: dict[str, int] = {}
        clones = plan_clones(plan)
        for n, clone in enumerate(clones):
            for table, cols, rows in clone_rows(loaded[clone.template], clone):
                writer.insert(table, cols, rows)
                counts[table] = counts.get(table, 0) + len(rows)
            if n % 25 == 24:
                writer.commit()
                say(
                    f"  {n + 1} stations, {sum(counts.values()):,} rows, "
                    f"{time.perf_counter() - t0:.0f} s"
                )
    finally:
        writer.close()
    # bulk inserts bypass ingest, which keeps the poverty figures: fill them as 0009 does
    storage = Storage.open(url)
    try:
        with storage.write() as conn:
            poverty_store.rebuild(conn)
    finally:
        storage.close()
    return {
        "plan": asdict(plan),
        "key": plan.key(),
        "from": str(plan.start),
        "until": plan.until,
        "rows": counts,
        "templates": [
            {
                "code": tpl.code,
                "orders": plan.template_orders(t),
                "quiet_days": plan.quiet[t],
                "rows": tpl.counts,
            }
            for t, tpl in enumerate(loaded)
        ],
        "stations": [
            {
                "code": c.code,
                "name": c.name,
                "township": c.township,
                "village": c.village,
                "template": template_code(c.template),
            }
            for c in clones
        ],
        "template_folders": [str(p.parent) for p in paths],
        "template_seconds": round(t_templates, 1),
        "build_seconds": round(time.perf_counter() - t0, 1),
    }


def ensure_sqlite(
    plan: Plan, say: Callable[[str], None] = print, force: bool = False
) -> tuple[Path, dict[str, Any]]:
    """The cached SQLite county of ``plan`` (built if missing): its path and manifest."""
    plan = plan.resolved()
    path = CACHE / f"county-{plan.key()}.db"
    manifest_path = path.with_suffix(".json")
    if not force and path.exists() and manifest_path.exists():
        return path, json.loads(manifest_path.read_text(encoding="utf-8"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    manifest = fill(database_url(building), plan, say)
    building.rename(path)
    manifest["size_bytes"] = path.stat().st_size
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return path, manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stations", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--until", default="", help="the county's today (default: today)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="rebuild the cached SQLite county")
    parser.add_argument("--pg", help="fill this (empty) PostgreSQL database instead")
    args = parser.parse_args(argv)
    plan = Plan(stations=args.stations, days=args.days, until=args.until, seed=args.seed)
    if args.pg:
        manifest = fill(database_url(args.pg), plan)
        print(json.dumps(manifest["rows"], indent=1))
        return 0
    path, manifest = ensure_sqlite(plan, force=args.force)
    print(f"{path}: {manifest['size_bytes'] / 1e6:.0f} MB, built in {manifest['build_seconds']} s")
    print(json.dumps(manifest["rows"], indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
