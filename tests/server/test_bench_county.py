"""The simulated county of ``bench.generate_county``, built tiny (two templates, three
stations, a week), holds what the county's own ingest path stored for its templates: every
record passes the server's checks for a pushed insert, each clone's totals, monthly statement
and poverty figures equal its template's under the server's own reports, the templates that
synced nightly hold exactly their station's records, and the overview figures
(``overview_figures``) agree with the monthly statement and the change log.  So the benchmark
cannot silently measure something else; no timing is asserted here."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from servicepoint.core import Station
from servicepoint.core.sync_local import local_totals
from servicepoint.server import overview_figures, poverty, reports, schema, statements
from servicepoint.server.entities import ENTITIES, check_row
from servicepoint.server.storage import Storage, database_url

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import generate_county as gc  # noqa: E402

UNTIL = date(2026, 11, 20)
PLAN = gc.Plan(
    stations=3,
    days=7,
    until=UNTIL.isoformat(),
    orders=(60, 30),
    weights=(1, 1),
    quiet=(0, 2),
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, dict]:
    cache = tmp_path_factory.mktemp("county-cache")
    url = database_url(cache / "county.db")
    manifest = gc.fill(url, PLAN, lambda _line: None, cache)
    return cache / "county.db", manifest


def _rename(rows: list[dict], old: str, new: str) -> list[dict]:
    return [{**r, "station": new if r["station"] == old else r["station"]} for r in rows]


def test_every_record_passes_the_servers_checks(built):
    path, manifest = built
    storage = Storage.open(database_url(path))
    try:
        with storage.read() as conn:
            stations = [s["code"] for s in manifest["stations"]]
            seen = 0
            for entity in ENTITIES:
                table = schema.records[entity]
                for row in conn.execute(select(table)):
                    data = {k: v for k, v in row._mapping.items()}
                    check_row(entity, data, data["station"], None)
                    assert data["station"] in stations
                    seen += 1
            assert seen == sum(v for k, v in manifest["rows"].items() if k in ENTITIES)
    finally:
        storage.close()


def test_clones_report_what_their_template_reports(built):
    path, manifest = built
    storage = Storage.open(database_url(path))
    month = UNTIL.strftime("%Y-%m")
    try:
        with storage.read() as conn:
            statement = {s.station: s for s in statements.monthly_statement(conn, month).stations}
            figures = poverty.figures(conn, str(PLAN.start), str(UNTIL))
            for clone in manifest["stations"]:
                t = ord(clone["template"][-1]) - ord("A")
                scratch = Storage.open(
                    database_url(Path(manifest["template_folders"][t]) / "county.db")
                )
                try:
                    with scratch.read() as tconn:
                        want_totals = reports.station_totals(tconn, clone["template"])
                        want_statement = {
                            s.station: s
                            for s in statements.monthly_statement(tconn, month).stations
                        }[clone["template"]]
                        want_poverty = poverty.figures(
                            tconn, str(PLAN.start), str(UNTIL), station=clone["template"]
                        )
                finally:
                    scratch.close()
                code = clone["code"]
                assert reports.station_totals(conn, code) == want_totals
                assert want_totals["orders"][0] > 0 and want_totals["payments"][1] != 0
                got = statement[code]
                assert (got.collected_fen, got.commission_fen, got.outstanding_fen) == (
                    want_statement.collected_fen,
                    want_statement.commission_fen,
                    want_statement.outstanding_fen,
                )
                mine = [dict(r, station=clone["template"]) for r in figures if r["station"] == code]
                assert mine == want_poverty
    finally:
        storage.close()


def test_templates_that_synced_hold_their_stations_records(built):
    _, manifest = built
    for t, folder in enumerate(manifest["template_folders"]):
        station = Station.open(Path(folder) / "station")
        try:
            scratch = Storage.open(database_url(Path(folder) / "county.db"))
            try:
                with scratch.read() as conn:
                    county = reports.station_totals(conn, station.code)
            finally:
                scratch.close()
            local = {k: list(v) for k, v in local_totals(station).items()}
            waiting = station.records.scalar("SELECT COUNT(*) FROM outbox")
        finally:
            station.close()
        if PLAN.quiet[t] == 0:
            assert waiting == 0
            assert county == {k: local[k] for k in county}
        else:  # it stopped syncing: the county has less than the PC, the rest still waits
            assert waiting > 0
            assert county["orders"][0] <= local["orders"][0]


def test_overview_figures_agree_with_the_statement_and_the_change_log(built):
    path, manifest = built
    storage = Storage.open(database_url(path))
    try:
        with storage.read() as conn:
            rows = {r["code"]: r for r in overview_figures.overview(conn, UNTIL)}
            statement = {
                s.station: s
                for s in statements.monthly_statement(conn, UNTIL.strftime("%Y-%m")).stations
            }
    finally:
        storage.close()
    start, end = overview_figures.day_bounds_utc(UNTIL)
    raw = sqlite3.connect(str(path))
    try:
        for clone in manifest["stations"]:
            row, code = rows[clone["code"]], clone["code"]
            assert row["takings_fen"] == statement[code].collected_fen
            assert row["commission_fen"] == statement[code].commission_fen
            assert row["due_fen"] == statement[code].due_fen
            today = raw.execute(
                "SELECT COUNT(*) FROM changes WHERE station = ? AND received_at >= ?"
                " AND received_at < ?",
                (code, start, end),
            ).fetchone()[0]
            assert row["changes_today"] == today
            quiet = PLAN.quiet[ord(clone["template"][-1]) - ord("A")]
            assert (today > 0) == (quiet == 0)
            assert row["last_sync"] is not None
            # a quiet station's last sync is its last night before it went quiet
            synced_day = row["last_sync"][:10]
            assert (synced_day >= str(UNTIL)) == (quiet == 0)
    finally:
        raw.close()
