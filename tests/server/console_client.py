"""A browser for the console's tests: the county app in-process (Starlette's TestClient), a
login as a county user, the CSRF token of the page last shown, and small readers of the
HTML the pages write (the ``data-*`` attributes carry the exact figures)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from fastapi.testclient import TestClient

from servicepoint.server import accounts
from servicepoint.server.app import ServerConfig, create_app
from servicepoint.server.storage import Storage

from .conftest import ADMIN

VIEWER = ("县中心查看员", "viewer-pass-2026")
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def add_viewer(storage: Storage) -> None:
    with storage.write() as conn:
        accounts.add_user(conn, *VIEWER, role="viewer")


class Console:
    """One browser on the console of ``storage``'s county."""

    def __init__(
        self, storage: Storage, config: ServerConfig | None = None, base_url: str = ""
    ) -> None:
        self.app = create_app(storage, config)
        self.client = TestClient(self.app, base_url=base_url or "http://testserver")
        self.page = ""

    def get(self, path: str, **kwargs: Any) -> Any:
        response = self.client.get(path, **kwargs)
        self.page = response.text
        return response

    def csrf(self) -> str:
        """The CSRF token of the page last shown (every page with a form carries it)."""
        found = _CSRF.search(self.page)
        assert found, "no form on the page last shown"
        return found.group(1)

    def post(self, path: str, data: dict[str, str] | None = None, csrf: bool = True) -> Any:
        """A form; with ``csrf`` the token of the page last shown goes with it."""
        fields = dict(data or {})
        if csrf and "csrf" not in fields:
            fields["csrf"] = self.csrf()
        response = self.client.post(path, data=fields)
        self.page = response.text
        return response

    def login(self, name: str, password: str) -> Any:
        self.get("/login")
        return self.post("/login", {"name": name, "password": password})

    def as_admin(self) -> Console:
        assert self.login(*ADMIN).status_code == 200
        return self

    def as_viewer(self) -> Console:
        assert self.login(*VIEWER).status_code == 200
        return self

    def close(self) -> None:
        self.client.close()


class _Rows(HTMLParser):
    """The rows of one ``<table id=…>``: per row its attributes and the cells' text and
    attributes."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id, self.depth, self.rows = table_id, 0, []
        self._cell: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and a.get("id") == self.table_id:
            self.depth = 1
        elif tag == "table" and self.depth:
            self.depth += 1
        elif self.depth and tag == "tr":
            self.rows.append({"attrs": a, "cells": []})
        elif self.depth and tag in ("td", "th") and self.rows:
            self._cell = {"tag": tag, "attrs": a, "text": ""}
            self.rows[-1]["cells"].append(self._cell)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.depth:
            self.depth -= 1
        elif tag in ("td", "th"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell["text"] += data


def table(html: str, table_id: str) -> list[dict[str, Any]]:
    """The body rows (those with ``<td>``) of ``<table id=table_id>``."""
    parser = _Rows(table_id)
    parser.feed(html)
    return [
        {**row, "texts": [c["text"].strip() for c in row["cells"]]}
        for row in parser.rows
        if row["cells"] and all(c["tag"] == "td" for c in row["cells"])
    ]


def attribute(html: str, element_id: str, name: str) -> str | None:
    """``data-…`` attribute ``name`` of the element with ``id=element_id``."""
    found = re.search(rf'id="{re.escape(element_id)}"[^>]*\b{re.escape(name)}="([^"]*)"', html)
    return found.group(1) if found else None
