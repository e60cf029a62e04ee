"""Issue 13, enrolment: a newer code ends the older ones (finding 1), a retry from the same
device after a cut answer gets a working token (finding 5), codes a technician can read out
(98 bits in groups of 4, no 0/O/1/I), and per-address limits on the unauthenticated routes.

Every refusal is checked for its status, a filled-in Chinese and English message, and a
county database whose row counts and digest of every table did not move.
"""

from __future__ import annotations

import hashlib
import math
import re
import uuid
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from servicepoint.core import protocol
from servicepoint.core.errors import SyncFailed
from servicepoint.server import county as county_admin
from servicepoint.server import schema
from servicepoint.server.limits import Limits

from .conftest import County, station_headers
from .test_security import assert_refused

SECRET = "5a" * 32
CODE_FORM = re.compile(r"^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){4}$")


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def database_state(county: County) -> dict[str, Any]:
    """Every table's row count and a digest of all its rows, all columns."""
    counts, digest = {}, hashlib.sha256()
    with county.storage.read() as conn:
        for table in schema.metadata.sorted_tables:
            counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
            rows = sorted(repr(tuple(r)) for r in conn.execute(select(table)))
            digest.update(f"{table.name}:{len(rows)}\n".encode())
            for row in rows:
                digest.update(row.encode() + b"\n")
    return {"counts": counts, "digest": digest.hexdigest()}


def refused_unchanged(county: County, send: Any, status: int, code: str) -> dict[str, Any]:
    before = database_state(county)
    body = assert_refused(send(), status, code)
    assert database_state(county) == before
    return body


def app_limits(county: County, limits: Limits) -> None:
    county.server.server.config.app.state.db.limits = limits


def enrol_request(
    county: County, code: str, station: str, device: str, secret: str = SECRET
) -> requests.Response:
    return requests.post(
        county.url + "/v1/enrol",
        timeout=30,
        headers={protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION)},
        json={"code": code, "station": station, "device": device, "secret": secret},
    )


def state_of(county: County, token: str) -> requests.Response:
    return requests.get(
        county.url + "/v1/sync/state",
        params={"epoch": 1},
        headers=station_headers(token),
        timeout=30,
    )


def test_a_newer_code_ends_the_older_unused_one(county):
    """Finding 1: codes C1 then C2 for one station; the PC enrols with C2; another device
    with C1 is refused (409, the station and its token untouched) and the PC keeps working."""
    c1 = county.add_station("GJ21", "廿一村服务站")
    c2 = county.add_station("GJ21", "廿一村服务站")
    pc = str(uuid.uuid4())
    first = enrol_request(county, c2, "GJ21", pc)
    assert first.status_code == 200, first.text
    token = first.json()["token"]
    body = refused_unchanged(
        county,
        lambda: enrol_request(county, c1, "GJ21", str(uuid.uuid4()), secret="66" * 32),
        409,
        "enrolment_code_replaced",
    )
    assert "新的登记码" in body["message"] and "newer" in body["message_en"]
    assert state_of(county, token).status_code == 200
    with county.storage.read() as conn:
        station = conn.execute(
            select(schema.stations).where(schema.stations.c.code == "GJ21")
        ).one()
    assert station.device_id == pc and station.secret == SECRET


def test_an_older_code_is_refused_even_before_the_newer_one_is_used(county):
    """A code handed out by mistake and replaced cannot be used at all any more."""
    c1 = county.add_station("GJ22", "廿二村服务站")
    county.add_station("GJ22", "廿二村服务站")
    refused_unchanged(
        county,
        lambda: enrol_request(county, c1, "GJ22", str(uuid.uuid4())),
        409,
        "enrolment_code_replaced",
    )


def test_a_retry_after_a_cut_answer_gets_a_working_token(county, subtests):
    """Finding 5: the first answer never reached the station (its token is lost); the same
    device retries with the same code and gets a working token, and the lost one is revoked.
    Another device with that used code is still refused."""
    code = county.add_station("GJ23", "廿三村服务站")
    device = str(uuid.uuid4())
    lost = enrol_request(county, code, "GJ23", device)
    assert lost.status_code == 200, lost.text
    retry = enrol_request(county, code.lower().replace("-", " "), "GJ23", device)
    assert retry.status_code == 200, retry.text
    token = retry.json()["token"]
    assert token != lost.json()["token"]
    assert state_of(county, token).status_code == 200
    with subtests.test(msg="the lost token"):
        refused_unchanged(
            county, lambda: state_of(county, lost.json()["token"]), 401, "token_invalid"
        )
    with subtests.test(msg="another device with the used code"):
        refused_unchanged(
            county,
            lambda: enrol_request(county, code, "GJ23", str(uuid.uuid4())),
            422,
            "enrolment_code_invalid",
        )
    assert state_of(county, token).status_code == 200
    with subtests.test(msg="after a newer code enrolled the station, the old one is done"):
        renewed = county.add_station("GJ23", "廿三村服务站")
        assert enrol_request(county, renewed, "GJ23", device).status_code == 200
        refused_unchanged(
            county,
            lambda: enrol_request(county, code, "GJ23", device),
            409,
            "enrolment_code_replaced",
        )
    with subtests.test(msg="after the station was revoked, a retry does not bring it back"):
        last = county.add_station("GJ23", "廿三村服务站")
        assert enrol_request(county, last, "GJ23", device).status_code == 200
        with county.storage.write() as conn:
            county_admin.revoke_station(conn, "GJ23")
        refused_unchanged(
            county,
            lambda: enrol_request(county, last, "GJ23", device),
            422,
            "enrolment_code_invalid",
        )


def test_the_station_enrols_again_with_the_code_whose_answer_was_cut(station, county):
    """The real station: the county took the code but the answer never came back; the
    technician presses 登记 again with the same code, and the station syncs."""
    code = county.add_station(station.code, station.identity.name)
    device, secret = station.identity.device_id, station.secret.hex()
    cut = enrol_request(county, code, station.code, device, secret)
    assert cut.status_code == 200, cut.text
    station.sync.enroll(county.url, code)
    station.sync.backoff = 0.05
    result = station.sync.run()
    assert result.ok, result.error
    assert state_of(county, cut.json()["token"]).status_code == 401


def test_codes_are_read_out_in_groups_without_confusable_letters(county, subtests):
    codes = [county.add_station(f"GJ3{i}", "三十村服务站") for i in range(10)]
    for code in codes:
        assert CODE_FORM.match(code), code
        assert not set(code) & set("01OIL"), code
    assert len(set(codes)) == len(codes)
    assert 20 * math.log2(len(county_admin.CODE_ALPHABET)) >= 80
    assert not set(county_admin.CODE_ALPHABET) & set("01OI")
    typed = {
        "lower case": str.lower,
        "no dashes": lambda c: c.replace("-", ""),
        "spaces": lambda c: c.replace("-", " "),
        "full-width dashes and spaces around": lambda c: "  " + c.replace("-", "－") + " ",
    }
    for n, (label, form) in enumerate(typed.items()):
        with subtests.test(msg=label):
            answer = enrol_request(county, form(codes[n]), f"GJ3{n}", str(uuid.uuid4()))
            assert answer.status_code == 200, answer.text


def test_a_code_issued_before_the_upgrade_still_enrols(county):
    """Codes issued before 0004 were hex groups stored by their typed form."""
    county.add_station("GJ40", "四十村服务站")
    legacy = "AB12-CD34-EF56-7890"
    with county.storage.write() as conn:
        conn.execute(
            schema.enrolment_codes.update()
            .where(schema.enrolment_codes.c.station == "GJ40")
            .values(code_hash=protocol.token_hash(legacy))
        )
    answer = enrol_request(county, legacy.lower(), "GJ40", str(uuid.uuid4()))
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize("route", ["enrol", "verify"])
def test_unauthenticated_routes_are_limited_per_address(sqlite_county, route):
    """Over the limit: 429 with Retry-After and a zh/en message, nothing written; once the
    window has passed the address may try again."""
    county, clock = sqlite_county, Clock()
    app_limits(county, Limits(clock=clock, enrol_per_address=(3, 600), verify_per_address=(3, 60)))
    if route == "enrol":

        def send() -> requests.Response:
            return enrol_request(county, "ABCD-EFGH-JKMN-PQRS-TVWX", "GJ50", str(uuid.uuid4()))

        allowed_status = 422
    else:

        def send() -> requests.Response:
            return requests.get(county.url + "/v1/verify", params={"qr": "x"}, timeout=30)

        allowed_status = 200
    for _ in range(3):
        assert send().status_code == allowed_status
    answer = send()
    body = refused_unchanged(county, lambda: answer, 429, "rate_limited")
    wait = answer.headers.get("Retry-After")
    assert wait is not None and wait.isdigit() and int(wait) >= 1
    assert body["params"]["seconds"] == int(wait) and wait in body["message_en"]
    clock.now += int(wait)
    assert send().status_code == allowed_status


def test_the_station_told_to_wait_says_when_to_press_enrol_again(sqlite_county, station):
    """Over the enrolment limit the station is not told "will try again later" (nothing
    retries before enrolment): it names the wait the county gave, in both languages, and
    stays unenrolled."""
    county, clock = sqlite_county, Clock()
    app_limits(county, Limits(clock=clock, enrol_per_address=(1, 600)))
    first = enrol_request(county, "ABCD-EFGH-JKMN-PQRS-TVWX", "GJ50", str(uuid.uuid4()))
    assert first.status_code == 422  # a wrong code: the address has used its one try
    code = county.add_station(station.code, station.identity.name)
    with pytest.raises(SyncFailed) as refused:
        station.sync.enroll(county.url, code)
    assert refused.value.code == "enrol_try_later"
    seconds = refused.value.params["seconds"]
    assert 1 <= seconds <= 600
    assert f"过 {seconds} 秒再登记" in refused.value.message("zh_CN")
    assert f"wait {seconds} s" in refused.value.message("en")
    assert not station.sync.status().enrolled


def test_behind_a_local_proxy_each_client_has_its_own_limit(sqlite_county):
    """A proxy on the county's own machine names the client in X-Forwarded-For: the limit
    counts each named client on its own (one client over the limit does not shut out the
    next), which only works because uvicorn believes the header from 127.0.0.1."""
    county, clock = sqlite_county, Clock()
    app_limits(county, Limits(clock=clock, verify_per_address=(3, 60)))

    def check(client: str) -> requests.Response:
        return requests.get(
            county.url + "/v1/verify",
            params={"qr": "x"},
            headers={"X-Forwarded-For": client},
            timeout=30,
        )

    for _ in range(3):
        assert check("203.0.113.5").status_code == 200
    assert check("203.0.113.5").status_code == 429
    assert check("203.0.113.9").status_code == 200
