"""Enrolment with nothing answering (issue 12 #6): one attempt, a short connect timeout, and
words for an operator at the screen, never "it will try again later" (nothing retries before
enrolment)."""

from __future__ import annotations

import socket
import threading

import pytest
import requests

from servicepoint.core import sync as sync_module
from servicepoint.core.errors import SyncFailed


def _closing_server() -> tuple[socket.socket, list[int]]:
    """A port that accepts each connection and drops it at once; counts the connections."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[int] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            accepted.append(1)
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    return listener, accepted


def test_enrolment_tries_once_and_says_what_to_do(station):
    listener, accepted = _closing_server()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with pytest.raises(SyncFailed) as failed:
            station.sync.enroll(url, "ABCD-1234")
    finally:
        listener.close()
        station.sync.close()
    assert failed.value.code == "enrol_offline"
    assert accepted == [1]  # the nightly sync's five retries with backoff took 25–35 s here
    zh, en = failed.value.message("zh_CN"), failed.value.message("en")
    assert "再点“登记”" in zh and "Enrol again" in en
    assert "自动再试" not in zh and "try again later" not in en
    assert station.sync.status().enrolled is False


def test_connecting_gives_up_after_about_five_seconds(station, monkeypatch):
    """The timeout handed to requests while enrolling: connect about 5 s (SYNC.md), and 15 s
    for a server that takes the connection and says nothing (it was 60 s, as for a sync); a
    timeout while enrolling is worded for the operator too."""
    seen: list[object] = []

    def request(self, method, url, **kwargs):
        seen.append(kwargs["timeout"])
        raise requests.exceptions.ConnectTimeout("nothing answered")

    monkeypatch.setattr(requests.Session, "request", request)
    with pytest.raises(SyncFailed) as failed:
        station.sync.enroll("http://10.255.255.1:8750", "ABCD-1234", insecure=True)
    assert failed.value.code == "enrol_timeout"
    assert seen == [sync_module.ENROL_TIMEOUT] and sync_module.ENROL_TIMEOUT == (5.0, 15.0)
    assert sync_module.TIMEOUT == (5.0, 60.0)  # a sync's own requests keep SYNC.md's minute
