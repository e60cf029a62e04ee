"""The new-epoch rule has one home (core/epoch.py): a restore and the sync client, meeting the
same station, start the same epoch from the same base (docs/sync.md "Epochs and restores")."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import requests

from servicepoint.core import Station, protocol
from servicepoint.core import payments as pay
from servicepoint.core.backup import restore
from servicepoint.core.epoch import next_epoch
from servicepoint.core.purchasing import LineInput
from servicepoint.core.sync import SyncResult
from servicepoint.core.sync_local import trim_outbox

CORE = Path(__file__).resolve().parents[2] / "servicepoint" / "core"


def _buy(station: Station, farmer: Any, times: int) -> None:
    for _ in range(times):
        station.purchasing.place(
            farmer.id,
            [
                LineInput(
                    3650,
                    name="东北大米",
                    unit_price_fen=1250,
                    unit_code="jin",
                    category_code="agri",
                )
            ],
            [pay.cash(9125)],
        )


class _County:
    """Just enough of the county's push endpoint: it has seen ``newest`` epochs of this
    device, refuses older ones as retired, and takes a batch that starts right after a new
    epoch's base.  It remembers each accepted batch's head."""

    def __init__(self, newest: int) -> None:
        self.newest = newest
        self.heads: list[dict[str, int]] = []

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        assert (method, url.rsplit("/v1", 1)[1]) == ("POST", "/sync/push")
        batch = protocol.decode(kwargs["data"])
        if batch["epoch"] < self.newest:
            return _answer(409, {"error": "epoch_retired", "params": {"epoch": self.newest}})
        if batch["first_seq"] != batch["epoch_base"] + 1:
            return _answer(409, {"error": "sync_gap", "params": {"acked_seq": batch["epoch_base"]}})
        self.newest = batch["epoch"]
        self.heads.append({k: batch[k] for k in ("epoch", "epoch_base", "first_seq")})
        return _answer(200, {"acked_seq": batch["last_seq"]})


def _answer(status: int, body: dict[str, Any]) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response._content = json.dumps(body).encode()
    response.headers["Content-Length"] = str(len(response._content))
    return response


def _push(station: Station, county: _County) -> dict[str, int]:
    station.db.execute(
        "UPDATE sync_state SET server_url = 'https://county.test', token = 't' WHERE id = 1"
    )
    station.db.conn.commit()
    station.sync._http = county  # the one seam: the session the client sends through
    station.sync._push(SyncResult(ok=True), lambda *args: None)
    return county.heads[-1]


@pytest.mark.parametrize("trimmed", [True, False], ids=["trimmed", "acked-not-trimmed"])
def test_restore_and_sync_start_the_same_epoch_from_the_same_base(
    station, farmer, clock, tmp_path, trimmed
):
    """One backup, two fates: restored over a file that had reached epoch 4, or put back on
    its own and told by the county that epoch 4 was seen.  Both take epoch 5 and open it right
    after what the county acknowledged; the county sees the same batch head from either.
    (Before the rule had one home, sync opened the epoch at the oldest outbox row, so with
    acknowledged rows still in the outbox it re-sent them and moved ``acked_seq`` back.)"""
    _buy(station, farmer, 3)
    acked = int(station.records.scalar("SELECT MAX(seq) FROM outbox")) - 2
    if trimmed:
        trim_outbox(station, acked)
    else:  # as test_backup's round trip: acknowledged, the outbox not yet trimmed
        station.db.execute("UPDATE sync_state SET acked_seq = ? WHERE id = 1", (acked,))
        station.db.conn.commit()
    manager = station.operator
    assert manager is not None
    info = station.backups.backup()
    station.db.execute("UPDATE station SET epoch = 4 WHERE id = 1")  # restored before, twice
    station.db.conn.commit()
    path = station.path
    station.close()
    twin = tmp_path / "twin" / "station.db"
    twin.parent.mkdir()
    with gzip.open(info.path, "rb") as packed, twin.open("wb") as out:
        shutil.copyfileobj(packed, out)

    restored = restore(path, info.path, clock=clock)
    with Station.open(path, clock=clock) as again, Station.open(twin, clock=clock) as other:
        assert again.identity.epoch == restored.epoch == next_epoch(1, 4) == 5
        state = again.records.one("SELECT epoch_base, acked_seq FROM sync_state WHERE id = 1")
        assert state == {"epoch_base": acked, "acked_seq": acked}
        assert other.identity.epoch == 1
        again.act_as(manager)
        other.act_as(manager)
        from_restore = _push(again, _County(newest=4))
        from_sync = _push(other, _County(newest=4))
        assert other.identity.epoch == 5
    assert from_restore == from_sync == {"epoch": 5, "epoch_base": acked, "first_seq": acked + 1}


def test_a_county_that_lost_changes_gets_a_new_epoch_from_the_first_unsent(station, farmer):
    """``sync_gap`` below what this PC already trimmed: the same rule starts epoch 2 right
    after the acknowledged changes, and the push goes on without another gap."""
    _buy(station, farmer, 2)
    acked = int(station.records.scalar("SELECT MAX(seq) FROM outbox")) - 1
    trim_outbox(station, acked)

    class LostCounty(_County):
        def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
            if protocol.decode(kwargs["data"])["epoch"] == 1:
                return _answer(409, {"error": "sync_gap", "params": {"acked_seq": 0}})
            return super().request(method, url, **kwargs)

    head = _push(station, LostCounty(newest=1))
    assert head == {"epoch": 2, "epoch_base": acked, "first_seq": acked + 1}


def test_only_core_epoch_sets_the_epoch():
    """Restore and sync used to carry their own formula; now one module writes the epoch."""
    writers = [
        p.name
        for p in sorted(CORE.glob("*.py"))
        if re.search(r"UPDATE\s+station\s+SET\s+[^\"']*\bepoch\b", p.read_text("utf-8"))
    ]
    assert writers == ["epoch.py"]
