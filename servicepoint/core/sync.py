"""The station's sync client: push the outbox, pull county data, check the totals.

One :class:`SyncClient` per :class:`~servicepoint.core.station.Station`, on the station's
thread (the GUI runs it in its database worker).  ``run`` never raises for a network or server
problem: it records the run and the reason in plain words (SYNC.md guarantee 4) and returns a
:class:`SyncResult`.  HTTP follows Anki's ``httpclient``: one ``requests.Session``, explicit
timeouts, progress through a plain callback, no Qt.  Retries with backoff and jitter come from
urllib3's ``Retry`` (POST included: a push is idempotent); 401/403/409/422 are never retried
blindly.  The session (``sync_http.py``) is pinned to the county certificate's fingerprint
stored at enrolment (``sync_enrol.py``): another certificate is refused, never retried.
The status and run-result dataclasses (``SyncStatus``, ``SyncResult``) live in
``sync_status.py``; both are re-exported here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import numbering, protocol, schedule, sync_conflicts, sync_enrol, sync_status
from .epoch import start_new_epoch
from .errors import InvalidInput, ServicePointError, SyncFailed
from .sync_conflicts import Conflict
from .sync_http import certificate_refused
from .sync_http import session as new_session
from .sync_local import (
    ExportInfo,
    apply_pulled,
    export_outbox,
    local_items,
    local_totals,
    outbox_batch,
    rows_for_repair,
    trim_outbox,
)
from .sync_status import CLOCK_WARN_S as CLOCK_WARN_S
from .sync_status import SyncResult as SyncResult
from .sync_status import SyncStatus as SyncStatus

if TYPE_CHECKING:
    import requests

    from .operators import Operator
    from .station import Station

Progress = Callable[[str, int, int], None]
TIMEOUT = (5.0, 60.0)  # connect, read (SYNC.md: connect about 5 s, read 60 s)
#: Enrolling, the operator waits at the screen for one small answer: a server that takes the
#: connection and then says nothing is given 15 s, not a minute.
ENROL_TIMEOUT = (5.0, 15.0)


class SyncClient:
    def __init__(
        self,
        station: Station,
        *,
        retries: int = 5,
        backoff: float = 1.0,
        batch_size: int = protocol.BATCH_SIZE,
    ) -> None:
        self._s = station
        self.retries = retries
        self.backoff = backoff
        self.batch_size = batch_size
        self._http: requests.Session | None = None
        self._http_once: requests.Session | None = None

    # -- state -----------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        row = self._s.records.one("SELECT * FROM sync_state WHERE id = 1")
        assert row is not None
        return row

    def _set_state(self, **values: Any) -> None:
        sets = ", ".join(f"{k} = ?" for k in values)
        with self._s.records.atomic() as db:
            db.execute(f"UPDATE sync_state SET {sets} WHERE id = 1", tuple(values.values()))

    def waiting(self) -> int:
        return sync_status.waiting(self._s)

    def status(self) -> SyncStatus:
        return sync_status.read_status(self._s)

    def _schedule_args(self) -> dict[str, Any]:
        st = self._state()

        def when(value: str | None) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        return {
            "last_success": when(st["last_success"]),
            "last_attempt": when(st["last_attempt"]),
            "hour": int(self._s.setting("sync_hour", schedule.DEFAULT_HOUR)),
            "window_min": int(self._s.setting("sync_window_minutes", schedule.DEFAULT_WINDOW_MIN)),
        }

    def due(self, *, starting: bool = False) -> str | None:
        """The trigger to run with now ("startup", "nightly"), or None; never if not enrolled."""
        if not self._state()["token"]:
            return None
        return schedule.due(
            self._s.clock.now(),
            self._s.identity.device_id,
            starting=starting,
            **self._schedule_args(),
        )

    def next_nightly(self) -> datetime:
        args = self._schedule_args()
        return schedule.next_nightly(
            self._s.clock.now(),
            self._s.identity.device_id,
            args["hour"],
            args["window_min"],
            args["last_attempt"],
        )

    def notices(self) -> list[dict[str, Any]]:
        """County notices still in force, newest first."""
        today = self._s.clock.now().date().isoformat()
        return self._s.records.all(
            "SELECT id, title, body, published_at FROM notices WHERE active = 1 AND "
            "(expires_at IS NULL OR expires_at >= ?) ORDER BY published_at DESC",
            (today,),
        )

    def history(self, limit: int = 30) -> list[dict[str, Any]]:
        return self._s.records.all("SELECT * FROM sync_runs ORDER BY id DESC LIMIT ?", (limit,))

    # -- HTTP ------------------------------------------------------------------------------

    @property
    def http(self) -> requests.Session:
        """The sync's session, pinned to the certificate fingerprint stored at enrolment."""
        if self._http is None:
            self._http = new_session(self.retries, self.backoff, self.pinned_fingerprint())
        return self._http

    @property
    def http_once(self) -> requests.Session:
        """A session that tries once: for an operator waiting at the screen (enrolment), who
        should hear within seconds that nothing answers, not after a minute of retries."""
        if self._http_once is None:
            self._http_once = new_session(0, 0.0, self.pinned_fingerprint())
        return self._http_once

    def pinned_fingerprint(self) -> str | None:
        """The county certificate's fingerprint this station enrolled with (None over HTTP)."""
        value = self._state().get("server_fingerprint")
        return str(value) if value else None

    def close(self) -> None:
        for session in (self._http, self._http_once):
            if session is not None:
                session.close()
        self._http = self._http_once = None

    def _call(
        self,
        method: str,
        path: str,
        *,
        token: bool = True,
        once: bool = False,
        server: str | None = None,
        **kwargs: Any,
    ) -> Any:
        import requests

        st = self._state()
        url = (server or st["server_url"] or "").rstrip("/") + path
        headers = kwargs.pop("headers", {})
        if token:
            headers["Authorization"] = f"Bearer {st['token']}"
        try:
            http = self.http_once if once else self.http
            timeout = ENROL_TIMEOUT if once else TIMEOUT
            response = http.request(method, url, headers=headers, timeout=timeout, **kwargs)
        except requests.exceptions.Timeout as error:
            raise SyncFailed("sync_timeout") from error
        except requests.exceptions.RequestException as error:
            if certificate_refused(error):
                raise SyncFailed("sync_certificate_changed") from error
            raise SyncFailed("sync_offline", server=url.split("/v1")[0]) from error
        if _head_cut_short(response):
            # The link dropped while the head was arriving: http.client takes what came as the
            # whole head, and the empty body would read as "a bad answer" (SYNC.md guarantee 4).
            raise SyncFailed("sync_offline", server=url.split("/v1")[0])
        if response.status_code == 200:
            try:
                return response.json()
            except ValueError as error:
                raise SyncFailed("sync_bad_answer", status=200) from error
        try:
            body = response.json()
        except ValueError:
            body = {}
        code = body.get("error") if isinstance(body, dict) else None
        params = body.get("params", {}) if isinstance(body, dict) else {}
        if response.status_code == 409 and code in ("sync_gap", "epoch_retired"):
            raise _Conflict(code, params)
        if response.status_code == 401:
            raise SyncFailed("sync_token_rejected")
        if response.status_code == 426 and code == "client_too_old":
            raise SyncFailed(
                "sync_client_too_old",
                version=str(params.get("version", "?"))[:20],
                min_version=str(params.get("min_version", "?"))[:20],
            )
        if response.status_code == 426:
            raise SyncFailed("sync_protocol_refused")
        if response.status_code == 429:
            wait = response.headers.get("Retry-After", "")
            raise SyncFailed("sync_server_busy", seconds=int(wait) if wait.isdigit() else 60)
        if code:
            raise SyncFailed(
                "sync_refused",
                reason=body.get("message", code),
                reason_en=body.get("message_en", code),
            )
        raise SyncFailed("sync_bad_answer", status=response.status_code)

    def set_server(self, server_url: str) -> str:
        """Point the station at the county's address (checked); the token stays, and so does
        the pinned certificate: an address without encryption is refused once one is pinned."""
        url = sync_enrol.checked_url(server_url)
        if self.pinned_fingerprint() and not url.startswith("https://"):
            raise InvalidInput("pinned_needs_https", server=url[:60])
        self._set_state(server_url=url)
        self.close()
        return url

    # -- enrolment -------------------------------------------------------------------------

    def enrol_check(
        self, server_url: str, code: str, fingerprint: str | None = None, *, insecure: bool = False
    ) -> tuple[str, str, str | None]:
        """The address, code and pin as enrolment uses them (``sync_enrol.enrol_check``)."""
        return sync_enrol.enrol_check(server_url, code, fingerprint, insecure=insecure)

    def presented_fingerprint(self, server_url: str) -> str | None:
        """What the server presents, to show before enrolling (``sync_enrol``)."""
        return sync_enrol.presented_fingerprint(server_url, ENROL_TIMEOUT[1])

    def enroll(
        self,
        server_url: str,
        code: str,
        *,
        fingerprint: str | None = None,
        insecure: bool = False,
    ) -> None:
        """Exchange the county's one-time code for this station's token (manager only).  Over
        ``https://`` the request is pinned to ``fingerprint`` and a server presenting another
        certificate is refused; nothing is written unless the county accepted the code."""
        self._s.require_manager()
        if self._s.identity.training:
            raise InvalidInput("training_cannot_enrol")
        url, code, pin = self.enrol_check(server_url, code, fingerprint, insecure=insecure)
        ident = self._s.identity
        self.close()
        self._http_once = new_session(0, 0.0, pin)
        try:
            answer = self._call(
                "POST",
                "/v1/enrol",
                token=False,
                once=True,
                server=url,
                json={
                    "code": code,
                    "station": ident.code,
                    "device": ident.device_id,
                    "secret": self._s.secret.hex(),
                },
            )
        except SyncFailed as error:
            # Before enrolment nothing retries on its own: say so, not "will try again later".
            if error.code in ("sync_offline", "sync_timeout"):
                raise SyncFailed(error.code.replace("sync_", "enrol_"), server=url) from error
            if error.code == "sync_certificate_changed":
                raise SyncFailed("enrol_fingerprint_mismatch") from error
            if error.code == "sync_server_busy":  # busy, or too many tries from this address
                raise SyncFailed("enrol_try_later", **error.params) from error
            raise
        finally:
            self.close()  # the next session is built with what is stored
        self._set_state(
            server_url=url,
            server_fingerprint=pin,
            token=answer["token"],
            enrolled_at=self._s.clock.stamp(),
            last_error=None,
            last_error_code=None,
        )
        self._s.audit.log(
            "station_enrolled", "sync_state", None, detail={"server": url, "fingerprint": pin}
        )

    def export(self, path: str | Path) -> ExportInfo:
        """Write every unsent change to a signed file for the county to import (USB)."""
        self._s.require_operator()
        info = export_outbox(self._s, path)
        self._s.audit.log(
            "sync_exported",
            "outbox",
            None,
            detail={"first_seq": info.first_seq, "last_seq": info.last_seq, "file": str(info.path)},
        )
        return info

    # -- one run ---------------------------------------------------------------------------

    def run(self, trigger: str = "manual", progress: Progress | None = None) -> SyncResult:
        """Push, then pull, then check totals. Records the run; never raises for failures."""
        report = progress or (lambda _stage, _done, _total: None)
        now = self._s.clock.stamp()
        with self._s.records.atomic() as db:
            run_id = db.execute(
                "INSERT INTO sync_runs (trigger, started_at) VALUES (?, ?)", (trigger, now)
            ).lastrowid
            db.execute("UPDATE sync_state SET last_attempt = ? WHERE id = 1", (now,))
        result = SyncResult(ok=False)
        try:
            if not self._state()["token"]:
                raise SyncFailed("sync_not_enrolled")
            self._handshake()
            self._push(result, report)
            self._fetch_conflicts()
            self._pull(result, report)
            self._check_totals(result, report)
            result.ok = True
        except ServicePointError as error:
            result.error = error
        finally:
            result.open_conflicts = self.conflicts()
            self._finish(run_id, result)
        return result

    # -- conflicts (sync_conflicts.py) ------------------------------------------------------

    def _fetch_conflicts(self) -> None:
        after = sync_conflicts.last_known(self._s)
        answer = self._call("GET", "/v1/sync/conflicts", params={"after": after})
        sync_conflicts.store(self._s, answer.get("conflicts") or [])

    def conflicts(self, *, include_acknowledged: bool = False) -> list[Conflict]:
        return sync_conflicts.listed(self._s, include_acknowledged=include_acknowledged)

    def acknowledge_conflicts(self, *, approver: Operator | None = None) -> int:
        return sync_conflicts.acknowledge(self._s, approver=approver)

    def _finish(self, run_id: int | None, result: SyncResult) -> None:
        now = self._s.clock.stamp()
        error = result.error
        with self._s.records.atomic() as db:
            db.execute(
                "UPDATE sync_runs SET finished_at = ?, ok = ?, pushed = ?, pulled = ?, "
                "error_code = ?, error_params = ? WHERE id = ?",
                (
                    now,
                    int(result.ok),
                    result.pushed,
                    result.pulled,
                    error.code if error else None,
                    json.dumps(error.params, ensure_ascii=False) if error else None,
                    run_id,
                ),
            )
            if result.ok:
                db.execute(
                    "UPDATE sync_state SET last_success = ?, last_error = NULL, "
                    "last_error_code = NULL WHERE id = 1",
                    (now,),
                )
            else:
                assert error is not None
                db.execute(
                    "UPDATE sync_state SET last_error = ?, last_error_code = ? WHERE id = 1",
                    (json.dumps(error.params, ensure_ascii=False, default=str), error.code),
                )

    def _handshake(self) -> None:
        """Learn what the county already has, so nothing is resent or skipped."""
        ident = self._s.identity
        answer = self._call("GET", "/v1/sync/state", params={"epoch": ident.epoch})
        server_time = datetime.fromisoformat(answer["server_time"])
        offset = int((self._s.clock.now() - server_time).total_seconds())
        with self._s.records.atomic():
            self._s.records.db.execute(
                "UPDATE sync_state SET clock_offset_s = ?, confirmed_epoch = ? WHERE id = 1",
                (offset, ident.epoch),
            )
            numbering.confirm_from_county(
                self._s, answer.get("receipt_max") or {}, answer.get("trace_max") or {}
            )
        if answer.get("acked_seq") is not None:
            trim_outbox(self._s, int(answer["acked_seq"]))
        if not self._state()["local_items_sent"]:
            items = local_items(self._s)
            for start in range(0, len(items), self.batch_size):
                self._call(
                    "POST",
                    "/v1/sync/local-items",
                    data=protocol.encode({"items": items[start : start + self.batch_size]}),
                    headers={"Content-Type": "application/gzip"},
                )
            self._set_state(local_items_sent=1)

    def _push(self, result: SyncResult, report: Progress) -> None:
        total = self.waiting()
        while True:
            batch = outbox_batch(self._s, self.batch_size)
            if batch is None:
                break
            report("push", result.pushed, total)
            try:
                answer = self._call(
                    "POST",
                    "/v1/sync/push",
                    data=protocol.encode(batch),
                    headers={"Content-Type": "application/gzip"},
                )
            except _Conflict as conflict:
                self._resolve(conflict)
                continue
            sent = trim_outbox(self._s, int(answer["acked_seq"]))
            result.pushed += sent
            result.conflicts += len(answer.get("conflicts") or [])
        report("push", result.pushed, total)

    def _resolve(self, conflict: _Conflict) -> None:
        if conflict.code == "sync_gap":
            acked = int(conflict.params.get("acked_seq", 0))
            oldest = self._s.records.scalar("SELECT MIN(seq) FROM outbox")
            if oldest is not None and acked + 1 < int(oldest):
                # The county lost changes this PC already trimmed (its database was restored):
                # start a new epoch from here and let the totals check re-send the records.
                start_new_epoch(self._s)
            else:
                trim_outbox(self._s, acked)
        else:  # epoch_retired: the county has seen a newer epoch of this device
            start_new_epoch(self._s, int(conflict.params.get("epoch", 0)))

    def _pull(self, result: SyncResult, report: Progress) -> None:
        while True:
            cursor = self._state()["pull_cursor"]
            page = self._call("GET", "/v1/sync/pull", params={"cursor": cursor} if cursor else {})
            result.pulled += apply_pulled(self._s, page)
            report("pull", result.pulled, result.pulled + (1 if page.get("more") else 0))
            if not page.get("more"):
                break

    def _check_totals(self, result: SyncResult, report: Progress) -> None:
        """SYNC.md "Check after sync": on a mismatch, re-send every row of that record type
        (idempotent at the county), then compare again."""
        if self.waiting():
            return
        for attempt in range(2):
            remote = self._call("GET", "/v1/sync/totals")["totals"]
            local = local_totals(self._s)
            short = [
                e
                for e, (count, total) in local.items()
                if remote.get(e, [0, 0])[0] < count
                or (remote.get(e, [0, 0])[0] == count and remote.get(e, [0, 0])[1] != total)
            ]
            if not short:
                return
            if attempt:
                raise SyncFailed("sync_totals_differ", entities=", ".join(short[:5]))
            for entity in short:
                for chunk in rows_for_repair(self._s, entity, self.batch_size):
                    report("repair", result.repaired, 0)
                    answer = self._call(
                        "POST",
                        "/v1/sync/repair",
                        data=protocol.encode({"rows": chunk}),
                        headers={"Content-Type": "application/gzip"},
                    )
                    result.repaired += int(answer.get("applied", 0))


def _head_cut_short(response: requests.Response) -> bool:
    """The county always sends ``Content-Length`` (or, behind a proxy, chunked encoding); an
    answer with neither had its head cut off."""
    return "content-length" not in response.headers and "transfer-encoding" not in response.headers


class _Conflict(Exception):
    def __init__(self, code: str, params: dict[str, Any]) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
