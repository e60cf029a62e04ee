"""Sync under faults (SYNC.md guarantees 2 and 3): connections cut at any byte of the request
or of the answer, and the county server killed in the middle of a sync.

The cuts come from a small proxy (``proxy.py``) between the station and the county server.
The station is enrolled directly, then its ``sync_state.server_url`` is pointed at the proxy.
After every fault a clean run follows; at the end each test checks the same things: the
outbox is empty, the county holds every change of the device once and without a gap up to the
station's last seq, no record id was inserted twice, the county's count and sum per record
type equal the station's, and the station's own invariants hold.

Random offsets and kill moments come from a fixed seed, so a failure can be replayed.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import and_, func, select

from servicepoint.core import payments as pay
from servicepoint.core import protocol
from servicepoint.core.money import line_total
from servicepoint.core.sync_local import local_totals, outbox_batch
from servicepoint.server import county as county_admin
from servicepoint.server import reports as county_reports
from servicepoint.server import schema
from servicepoint.server.storage import Storage, database_url

from .conftest import enrol
from .proxy import PULL, PUSH, STATE, TOTALS, Cut, Proxy
from .scenario import busy_day, rice

SEED = 20261122
ROOT = Path(__file__).resolve().parents[2]


# -- helpers ----------------------------------------------------------------------------------


def through(station, proxy: Proxy) -> None:
    """Send this station's sync through ``proxy`` (the URL is kept in ``sync_state``)."""
    with station.records.atomic() as db:
        db.execute("UPDATE sync_state SET server_url = ? WHERE id = 1", (proxy.url,))
    station.sync.close()


def quick(station, retries: int) -> None:
    """Few, short retries (the session is rebuilt to pick them up)."""
    station.sync.retries = retries
    station.sync.backoff = 0.01
    station.sync.close()


def small_sale(station, tag: str) -> None:
    """A new farmer and one cash purchase: a handful of changes, every one carrying money."""
    n = int(station.farmers.count())
    farmer = station.farmers.add("赵六" + tag, phone=f"137{n:08d}")
    station.purchasing.place(
        farmer.id, [rice(1000 + n)], [pay.cash(line_total(1000 + n, 1250, 500), 100_000)]
    )


def last_seq(station) -> int:
    return int(station.records.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'") or 0)


def local_acked(station) -> int:
    return int(station.records.scalar("SELECT acked_seq FROM sync_state WHERE id = 1"))


def county_acked(storage: Storage, station) -> int | None:
    cur = schema.cursors
    with storage.read() as conn:
        return conn.execute(
            select(cur.c.acked_seq).where(
                and_(
                    cur.c.device_id == station.identity.device_id,
                    cur.c.epoch == station.identity.epoch,
                )
            )
        ).scalar()


def clean_run(station) -> Any:
    """The run after a fault: it must succeed at once (no stale connection, no stuck state)."""
    result = station.sync.run()
    assert result.ok, f"sync did not recover: {result.error!r}"
    return result


def assert_exactly_once(storage: Storage, station) -> None:
    """Outbox empty; the county's change log for this device is seqs epoch_base+1 … last, each
    once; no record id inserted twice; per record type count and sum equal; station sound."""
    device = station.identity.device_id
    last = last_seq(station)
    base = int(station.records.scalar("SELECT epoch_base FROM sync_state WHERE id = 1"))
    assert station.sync.waiting() == 0
    assert local_acked(station) == last
    ch = schema.changes
    with storage.read() as conn:
        per_epoch = conn.execute(
            select(
                ch.c.epoch,
                func.count(),
                func.count(func.distinct(ch.c.seq)),
                func.min(ch.c.seq),
                func.max(ch.c.seq),
            )
            .where(ch.c.device_id == device)
            .group_by(ch.c.epoch)
        ).all()
        twice = conn.execute(
            select(ch.c.entity, ch.c.record_id, func.count())
            .where(and_(ch.c.device_id == device, ch.c.op == "insert"))
            .group_by(ch.c.entity, ch.c.record_id)
            .having(func.count() > 1)
        ).all()
        county = {k: tuple(v) for k, v in county_reports.station_totals(conn, station.code).items()}
    assert len(per_epoch) == 1, per_epoch
    epoch, count, distinct, low, high = per_epoch[0]
    assert epoch == station.identity.epoch
    assert count == distinct == high - low + 1, per_epoch  # no gap, nothing twice
    assert (low, high) == (base + 1, last)
    assert county_acked(storage, station) == last
    assert twice == []
    assert county == local_totals(station)
    assert station.check() == []


def stratified(rng: random.Random, n: int) -> list[float]:
    """``n`` random fractions of [0, 1), one in each n-th of the range: spread, not clumped."""
    return [(i + rng.random()) / n for i in range(n)]


def push_request_size(station, proxy: Proxy) -> tuple[int, int]:
    """(bytes of the next push request, bytes of its head), computed from the body the
    client is about to send and the head of the last push the proxy carried."""
    request, _answer, _conn = proxy.messages(PUSH)[-1]
    body = len(protocol.encode(outbox_batch(station, station.sync.batch_size)))
    old_body = request.size - request.head
    head = request.head - len(str(old_body)) + len(str(body))  # Content-Length digits
    return head + body, head


def answer_bytes(proxy: Proxy, conn_id: int, message: Any) -> bytes:
    conn = next(c for c in proxy.connections if c.id == conn_id)
    return bytes(conn.down[message.start : message.end])


def cut_then_resume(station, proxy: Proxy, cut: Cut, retries: int) -> Any:
    """One sync with ``cut`` armed (it may fail or succeed), then a clean one."""
    quick(station, retries)
    proxy.schedule(cut)
    faulty = station.sync.run()
    assert proxy.clear() == [], "the cut was never reached"
    clean_run(station)
    return faulty


def make_proxy(request, url: str) -> Proxy:
    proxy = Proxy.to_url(url)
    request.addfinalizer(proxy.stop)
    return proxy


# -- cuts at random bytes ---------------------------------------------------------------------


def test_request_cut_at_random_bytes_resumes_exactly_once(request, station, sqlite_county):
    """The push request cut at 60+ byte offsets spread over its real size (head, body, the
    last byte, and just after it): whether the run failed or urllib3's retry got through,
    the next run completes and every change is stored exactly once."""
    enrol(station, sqlite_county)
    proxy = make_proxy(request, sqlite_county.url)
    through(station, proxy)
    quick(station, 1)
    busy_day(station, n_orders=1, tag="w")
    clean_run(station)  # measures a real push through the proxy
    rng = random.Random(SEED)
    plan: list[tuple[str, float]] = [("frac", f) for f in stratified(rng, 56)]
    plan += [("first", 0), ("head_end", 0), ("body_start", 0), ("last", 0), ("whole", 0)]
    rng.shuffle(plan)
    outcomes: dict[str, int] = {}
    for i, (kind, frac) in enumerate(plan):
        busy_day(station, n_orders=1, tag=f"q{i}")
        size, head = push_request_size(station, proxy)
        offset = {
            "frac": int(frac * size),
            "first": 0,
            "head_end": head - 1,
            "body_start": head,
            "last": size - 1,
            "whole": size,
        }[kind]
        cut = Cut("request", offset, match=PUSH, reset=i % 3 == 0)
        faulty = cut_then_resume(station, proxy, cut, retries=i % 2)
        assert cut.fired and cut.at == offset, (kind, offset, size, cut)
        key = "ok" if faulty.ok else faulty.error.code
        outcomes[key] = outcomes.get(key, 0) + 1
    print(f"\nrequest cuts: {len(plan)} offsets over ~{size} bytes, runs {outcomes}")
    assert len(plan) >= 50
    assert_exactly_once(sqlite_county.storage, station)


def _answer_size(proxy: Proxy, first_line: bytes) -> tuple[int, int]:
    _req, answer, _conn = proxy.messages(first_line)[-1]
    assert answer is not None
    return answer.size, answer.head


def test_response_cut_at_random_bytes_resumes_exactly_once(request, station, sqlite_county):
    """The push answer cut at 50+ offsets (byte 0 — the county committed, the station heard
    nothing —, inside the head, at the blank line, inside the body, the last byte), and the
    handshake, pull and totals answers cut at their head and body: each record exactly once."""
    enrol(station, sqlite_county)
    proxy = make_proxy(request, sqlite_county.url)
    through(station, proxy)
    quick(station, 1)
    small_sale(station, "w")
    clean_run(station)
    rng = random.Random(SEED + 1)
    push_size, push_head = _answer_size(proxy, PUSH)
    plan: list[tuple[bytes, int]] = [(PUSH, int(f * (push_size - 3))) for f in stratified(rng, 52)]
    plan += [(PUSH, o) for o in (0, 1, push_head - 2, push_head, push_head + 1, push_size - 4)]
    for target in (STATE, PULL, TOTALS):
        size, head = _answer_size(proxy, target)
        plan += [(target, o) for o in (0, head // 2, head, (head + size) // 2, size - 4)]
    rng.shuffle(plan)
    outcomes: dict[str, int] = {}
    for i, (target, offset) in enumerate(plan):
        small_sale(station, f"r{i}")
        cut = Cut("response", offset, match=target, reset=i % 3 == 0)
        faulty = cut_then_resume(station, proxy, cut, retries=i % 2)
        assert cut.fired and cut.at == offset, (target, offset, cut)
        key = "ok" if faulty.ok else faulty.error.code
        outcomes[key] = outcomes.get(key, 0) + 1
    on_push = sum(1 for target, _ in plan if target == PUSH)
    print(
        f"\nresponse cuts: {on_push} on the push answer (~{push_size} bytes, head "
        f"{push_head}), {len(plan) - on_push} on state/pull/totals, runs {outcomes}"
    )
    assert on_push >= 50
    assert_exactly_once(sqlite_county.storage, station)


def test_cuts_on_both_back_ends(request, station, county):
    """A smaller round of request and answer cuts, on SQLite and on PostgreSQL."""
    enrol(station, county)
    proxy = make_proxy(request, county.url)
    through(station, proxy)
    quick(station, 1)
    busy_day(station, n_orders=1, tag="w")
    clean_run(station)
    rng = random.Random(SEED + 2)
    for i, frac in enumerate(stratified(rng, 8)):
        busy_day(station, n_orders=1, tag=f"b{i}")
        size, _head = push_request_size(station, proxy)
        cut = Cut("request", int(frac * size), match=PUSH)
        cut_then_resume(station, proxy, cut, retries=i % 2)
        assert cut.fired
    answer, _head = _answer_size(proxy, PUSH)
    for i, frac in enumerate([0.0, *stratified(rng, 7)]):
        small_sale(station, f"c{i}")
        cut = Cut("response", int(frac * (answer - 3)), match=PUSH)
        cut_then_resume(station, proxy, cut, retries=i % 2)
        assert cut.fired
    assert_exactly_once(county.storage, station)


@pytest.mark.parametrize("target", [PUSH, STATE], ids=["push", "state"])
def test_answer_cut_inside_its_head_is_reported_as_a_dropped_link(
    request, station, sqlite_county, target
):
    """SYNC.md guarantee 4: the operator is told in plain words why a run failed.  An answer
    cut after ``HTTP/1.1 200 OK`` but before its ``Content-Length`` line is a dropped link,
    like a cut anywhere else; the station must not send the operator to the county centre.

    Today ``http.client`` takes the truncated head as complete, the empty body fails to parse
    as JSON, and ``SyncClient._call`` reports ``sync_bad_answer`` (status 200).  Offsets 12 to
    87 of every answer (state, push, pull, totals) do this, with or without retries.  Nothing
    is lost: the next run resumes (see the random-cut tests)."""
    enrol(station, sqlite_county)
    proxy = make_proxy(request, sqlite_county.url)
    through(station, proxy)
    quick(station, 0)
    small_sale(station, "a")
    cut = Cut("response", 40, match=target)  # inside the date header
    proxy.schedule(cut)
    failed = station.sync.run()
    assert cut.fired and not failed.ok
    assert station.sync.status().error_code in ("sync_offline", "sync_timeout"), (
        station.sync.status().last_error("en")
    )
    assert clean_run(station).ok


# -- the answer lost after the county committed -----------------------------------------------


def test_lost_answer_next_handshake_trims_and_pushes_only_new(request, station, county):
    """The push answer dropped at byte 0 (the county has committed), no retry: the run fails
    and the station still holds the changes.  The next run's handshake learns the county's
    acked_seq and trims them; it pushes only the changes made since, nothing twice."""
    enrol(station, county)
    proxy = make_proxy(request, county.url)
    through(station, proxy)
    quick(station, 0)
    busy_day(station, n_orders=1, tag="a")
    waiting, sent_up_to = station.sync.waiting(), last_seq(station)
    cut = Cut("response", 0, match=PUSH)
    proxy.schedule(cut)
    failed = station.sync.run()
    assert cut.fired and not failed.ok and failed.error.code == "sync_offline"
    assert county_acked(county.storage, station) == sent_up_to  # committed, answer lost
    assert station.sync.waiting() == waiting and local_acked(station) < sent_up_to
    small_sale(station, "b")
    new = last_seq(station) - sent_up_to
    result = station.sync.run()
    assert result.ok and result.pushed == new
    pushes = proxy.messages(PUSH)
    assert len(pushes) == 2  # the lost one and one with only the new changes
    assert_exactly_once(county.storage, station)


def test_replayed_batch_after_lost_answer_changes_nothing(request, station, county):
    """The same cut with one retry: urllib3 sends the same batch again, the county answers
    it as a replay, and nothing is stored twice."""
    enrol(station, county)
    proxy = make_proxy(request, county.url)
    through(station, proxy)
    quick(station, 1)
    busy_day(station, n_orders=1, tag="a")
    waiting = station.sync.waiting()
    cut = Cut("response", 0, match=PUSH)
    proxy.schedule(cut)
    result = station.sync.run()
    assert cut.fired and result.ok and result.pushed == waiting
    (_first, lost, lost_on), (_again, answer, again_on) = proxy.messages(PUSH)
    assert lost_on == cut.conn_id and cut.at == 0 and again_on != lost_on
    assert lost is not None and answer is not None  # the county had begun to answer: committed
    # The identical second batch was answered as a replay (the proxy recorded the answer).
    assert b'"replay":true' in answer_bytes(proxy, again_on, answer)
    assert_exactly_once(county.storage, station)


# -- the county server killed mid-sync --------------------------------------------------------

SERVE = """\
import sys
from servicepoint.server.runner import serve
from servicepoint.server.storage import Storage
serve(Storage.open(sys.argv[1]), port=int(sys.argv[2]))
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """The county server in its own process, so it can be SIGKILLed and started again on the
    same database and port."""

    def __init__(self, url: str, port: int, log: Path) -> None:
        self.url, self.port, self.log = url, port, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.kills = 0

    def start(self) -> None:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", SERVE, self.url, str(self.port)],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"county server exited: {self.log.read_text()[-2000:]}")
            try:
                if (
                    requests.get(f"http://127.0.0.1:{self.port}/v1/health", timeout=1).status_code
                    == 200
                ):
                    return
            except requests.RequestException:
                pass
            time.sleep(0.02)
        raise AssertionError("county server did not start")

    def kill(self) -> None:
        """SIGKILL, as a power cut or the OOM killer would; safe to call twice."""
        assert self.proc is not None
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.kills += 1

    def wait(self) -> None:
        if self.proc is not None:
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _county_acked_file(path: Path, station) -> int:
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT acked_seq FROM cursors WHERE device_id = ? AND epoch = ?",
            (station.identity.device_id, station.identity.epoch),
        ).fetchone()
    return int(row[0]) if row else 0


def test_server_killed_mid_sync_resumes_exactly_once(request, station, tmp_path):
    """SIGKILL the county server at seeded moments spread over a sync run (some land in the
    push transaction, some between its commit and its answer), and three times exactly when
    its answer to a push starts (committed, answer never sent).  After each kill: restart on
    the same database and port, sync until ok.  Then: each record once, sums equal, and the
    SQLite database passes ``PRAGMA integrity_check``."""
    db_path = tmp_path / "county.db"
    url = database_url(db_path)
    admin = Storage.open(url)
    with admin.write() as conn:
        code = county_admin.add_station(conn, station.code, station.identity.name)
    port = free_port()
    server = ServerProcess(url, port, tmp_path / "server.log")
    request.addfinalizer(server.stop)
    request.addfinalizer(admin.close)
    server.start()
    station.sync.enroll(f"http://127.0.0.1:{port}", code)
    proxy = make_proxy(request, f"http://127.0.0.1:{port}")
    through(station, proxy)
    quick(station, 1)
    busy_day(station, n_orders=2, tag="w")
    began = time.perf_counter()
    clean_run(station)
    span = time.perf_counter() - began  # how long a run of this size takes here
    rng = random.Random(SEED + 3)
    moments = stratified(rng, 12)
    moments += [-1.0] * 3  # -1: kill when the push answer starts
    seen: dict[str, int] = {}
    for i, moment in enumerate(moments):
        busy_day(station, n_orders=2, tag=f"k{i}")
        last = last_seq(station)
        mark = proxy.mark()
        if moment < 0:
            cut = Cut("response", 0, match=PUSH, on_cut=server.kill)
            proxy.schedule(cut)
            result = station.sync.run()
            assert cut.fired
        else:
            timer = threading.Timer(moment * span, server.kill)
            timer.start()
            result = station.sync.run()
            timer.join()
        server.wait()
        sent_push = any(PUSH in up for _c, up, _d in proxy.since(mark))
        stored = _county_acked_file(db_path, station)
        if result.ok:
            where = "after the run"
        elif local_acked(station) >= last:
            where = "after the push answer"
        elif stored >= last:
            where = "after commit, before the answer"
        elif sent_push:
            where = "during the push"
        else:
            where = "before the push"
        seen[where] = seen.get(where, 0) + 1
        proxy.clear()
        server.start()
        clean_run(station)
    server.stop()
    print(f"\nkills: {server.kills} ({seen}); run span {span * 1000:.0f} ms")
    assert server.kills >= 10
    assert seen.get("after commit, before the answer", 0) >= 3
    assert_exactly_once(admin, station)
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
