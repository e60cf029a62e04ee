"""The public receipt check (issue 14): ``GET /v/{payload}``, no login, says 真 / 假 / 已作废
with the station, date and amount of a genuine receipt and nothing of the farmer; old bare
payloads still verify; the page is limited per address like ``/v1/verify`` (429 with
Retry-After and words); and a station that pulled the county's public address prints that
address into a new receipt's QR code, while receipts printed before keep verifying."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
import requests

from servicepoint.core import payments as pay
from servicepoint.core.money import format_yuan
from servicepoint.core.protocol import receipt_url, verify_payload
from servicepoint.core.purchasing import LineInput
from servicepoint.core.receipt_data import receipt_data
from servicepoint.printing.receipt import render
from servicepoint.printing.samples import ID_NUMBER, POVERTY_CARD
from servicepoint.server.app import ServerConfig
from servicepoint.server.limits import Limits

from .conftest import County, enrol, start_county
from .test_enrolment_codes import Clock, app_limits

FARMER = ("赵六", "13612345678")


def buy(station, fen: int = 12550) -> str:
    """A poor household's purchase paid in cash; returns its receipt number."""
    found = station.records.scalar("SELECT id FROM farmers WHERE name = ?", (FARMER[0],))
    farmer_id = found or station.farmers.add(
        FARMER[0], phone=FARMER[1], is_poor=True, poverty_card_no=POVERTY_CARD,
        id_number=ID_NUMBER,
    ).id  # fmt: skip
    station.purchasing.place(
        farmer_id,
        [LineInput(1, name="化肥", unit_price_fen=fen, category_code="agri")],
        [pay.cash(fen)],
    )
    return str(station.records.scalar("SELECT number FROM receipts ORDER BY seq DESC LIMIT 1"))


def page(county: County, payload: str, **params: str) -> requests.Response:
    return requests.get(f"{county.url}/v/{payload}", params=params, timeout=30)


def shown(answer: requests.Response) -> dict[str, str]:
    """The verdict, its note and each fact row of a check page, as the page's text."""
    text = answer.text
    out = {
        "verdict": re.search(r'id="verdict-word">(.*?)</p>', text, re.S)[1],  # type: ignore[index]
        "note": re.search(r'id="verdict-note">(.*?)</p>', text, re.S)[1],  # type: ignore[index]
    }
    for key, value in re.findall(r'id="fact-(\w+)"><dt>.*?</dt><dd>(.*?)</dd>', text, re.S):
        out[key] = html.unescape(value)
    return {k: html.unescape(v) for k, v in out.items()}


def assert_nothing_personal(answer: requests.Response) -> None:
    for secret in (FARMER[0], FARMER[1], "1361", "5678", POVERTY_CARD, ID_NUMBER):
        assert secret not in answer.text, secret


def test_genuine_voided_and_forged_receipts(enrolled, county):
    """A synced receipt reads 真 with its station, number, date and amount; once voided and
    synced, 已作废; an altered amount or a made-up code, 假 with no facts; a receipt not yet
    synced is 真 with a note saying so.  No page shows the farmer's name, phone or numbers."""
    station = enrolled
    number = buy(station)
    voided = buy(station, 3000)
    assert station.sync.run().ok
    data = receipt_data(station, number)

    answer = page(county, data.qr_payload)
    assert answer.status_code == 200 and answer.headers["Cache-Control"] == "no-store"
    facts = shown(answer)
    assert facts["verdict"] == "真" and "已收到" in facts["note"]
    assert facts["station"] == f"{station.identity.name}（{station.code}）"
    assert facts["number"] == number
    day = station.clock.now().date()
    assert facts["date"] == f"{day.year}年{day.month}月{day.day}日"
    assert facts["amount"] == format_yuan(12550, symbol="¥") == "¥125.50"
    assert_nothing_personal(answer)

    station.receipts.void(voided, "录错了")
    before_sync = shown(page(county, receipt_data(station, voided).qr_payload))
    assert before_sync["verdict"] == "真"  # the county does not know of the void yet
    assert station.sync.run().ok
    gone = page(county, receipt_data(station, voided).qr_payload)
    facts = shown(gone)
    assert facts["verdict"] == "已作废" and facts["amount"] == "¥30.00"
    assert facts["number"] == voided
    assert_nothing_personal(gone)

    forged = data.qr_payload.replace(":12550:", ":92550:")
    assert forged != data.qr_payload
    for payload, why in ((forged, "签名对不上"), ("SP2:hello", "不是本县")):
        bad = page(county, payload)
        assert bad.status_code == 200
        facts = shown(bad)
        assert facts["verdict"] == "假" and why in facts["note"]
        assert set(facts) == {"verdict", "note"}  # a forger's station, date and amount: not shown
        assert "925.50" not in bad.text

    fresh = buy(station, 777)
    facts = shown(page(county, receipt_data(station, fresh).qr_payload))
    assert facts["verdict"] == "真" and "还没有" in facts["note"] and facts["amount"] == "¥7.77"


def test_a_trace_label_reads_genuine_without_an_amount(enrolled, county):
    """A batch's trace label (bare payload; a scanner app may still open it here) is genuine,
    named as a trace code, with no amount and no farmer."""
    from servicepoint.core.printables import label_data

    station = enrolled
    farmer = station.farmers.add(FARMER[0], phone=FARMER[1])
    batch = station.consignment.intake(farmer.id, "核桃", 20, "bag")
    assert station.sync.run().ok
    label = label_data(station, batch.id, show_farmer=True)
    answer = page(county, label.qr_payload)
    facts = shown(answer)
    assert facts["verdict"] == "真" and "追溯标签" in facts["note"]
    assert facts["trace"] == batch.trace_code and "amount" not in facts
    assert_nothing_personal(answer)


def test_english_on_request_one_language_per_message(enrolled, county):
    """``?lang=en`` gives the English page; each message is in one language only."""
    station = enrolled
    number = buy(station)
    assert station.sync.run().ok
    payload = receipt_data(station, number).qr_payload
    english = page(county, payload, lang="en")
    facts = shown(english)
    assert facts["verdict"] == "Genuine"
    assert facts["station"] == f"{station.identity.name} ({station.code})"
    assert facts["date"] == station.clock.now().date().isoformat()
    assert not re.search(r"[\u4e00-\u9fff]", facts["note"])
    assert 'lang="en"' in english.text and 'href="?lang=zh"' in english.text
    chinese = page(county, payload)
    assert 'lang="zh-CN"' in chinese.text and 'href="?lang=en"' in chinese.text
    assert not re.search(r"[A-Za-z]", shown(chinese)["note"])
    assert shown(page(county, "SP2:hello", lang="en"))["verdict"] == "Not genuine"


def test_both_forms_verify_and_the_stylesheet_is_served(enrolled, county):
    """A bare payload (receipts printed before the county's address was known) and the
    check-page URL give the same answer at ``/v1/verify``; the page's stylesheet comes from
    the county itself."""
    station = enrolled
    number = buy(station)
    assert station.sync.run().ok
    payload = receipt_data(station, number).qr_payload
    url = receipt_url(county.url, payload)

    def verify(qr: str) -> dict[str, object]:
        return requests.get(county.url + "/v1/verify", params={"qr": qr}, timeout=30).json()  # type: ignore[no-any-return]

    assert verify(payload) == verify(url) and verify(url)["valid"] is True
    whole = requests.get(url, timeout=30)  # the URL as a phone opens it
    assert shown(whole)["verdict"] == "真"
    # a scanner that percent-encodes the colons, or adds its own query, lands on the same
    encoded = requests.get(
        url.replace(payload, payload.replace(":", "%3A")) + "?from=wx", timeout=30
    )
    assert shown(encoded) == shown(whole)
    css = requests.get(county.url + "/v/static/check.css", timeout=30)
    assert css.status_code == 200 and ".verdict" in css.text
    assert 'href="static/check.css"' in whole.text


def test_the_page_is_limited_per_address(sqlite_county):
    """Over the limit the page answers 429 with Retry-After and says in words how long to
    wait; the JSON check and the page count together; after the wait it answers again."""
    county, clock = sqlite_county, Clock()
    app_limits(county, Limits(clock=clock, verify_per_address=(3, 60)))
    assert page(county, "SP2:one").status_code == 200
    assert requests.get(county.url + "/v1/verify", params={"qr": "x"}, timeout=30).ok
    assert page(county, "SP2:two").status_code == 200
    busy = page(county, "SP2:three")
    assert busy.status_code == 429
    wait = busy.headers["Retry-After"]
    assert wait.isdigit() and int(wait) >= 1
    facts = shown(busy)
    assert facts["verdict"] == "请稍后再试" and f"请 {wait} 秒后再扫一次" in facts["note"]
    assert f"in {wait} seconds" in shown(page(county, "SP2:x", lang="en"))["note"]
    clock.now += int(wait)
    assert page(county, "SP2:four").status_code == 200


def qr_texts(pdf: bytes, folder: Path) -> list[str]:
    """Every QR code zbarimg reads from the PDF rendered at a thermal printer's 203 dpi."""
    path = folder / "receipt.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(path), str(folder / "qr")], check=True)
    pngs = sorted(str(p) for p in folder.glob("qr*.png"))
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", *pngs],
        capture_output=True,
        text=True,
    ).stdout
    return [line for line in out.splitlines() if line]


@pytest.mark.parametrize("public", ["https://xian.example.cn/check/", None])
def test_a_pulled_public_address_goes_into_new_receipts(station, sqlite_url, tmp_path, public):
    """A receipt printed before the station pulled from a county that serves the check page
    carries the bare payload; after the pull, a new receipt's QR (decoded from the PDF) is the
    check page under ``--public-url``, or, without one, under the address the station
    enrolled with; both still verify, at the station and at the county."""
    county = start_county(sqlite_url, ServerConfig(public_url=public and public.rstrip("/")))
    try:
        before = buy(station)
        enrol(station, county)
        old = receipt_data(station, before)
        assert old.qr_url is None and old.qr_text == old.qr_payload
        assert station.sync.run().ok
        base = public.rstrip("/") if public else county.url
        assert station.records.scalar("SELECT public_url FROM sync_state") == base

        after = buy(station, 4321)
        for number in (after, before):  # a reprint of the old one carries the URL too
            data = receipt_data(station, number)
            want = receipt_url(base, data.qr_payload)
            assert data.qr_text == data.qr_url == want
            for width in ("58", "80"):
                (tmp_path / width).mkdir(exist_ok=True)
                assert qr_texts(render(data, width), tmp_path / width) == [want]
            assert verify_payload(want, station.secret) is not None
        assert station.sync.run().ok
        for qr in (old.qr_payload, receipt_data(station, after).qr_text):
            answer = requests.get(county.url + "/v1/verify", params={"qr": qr}, timeout=30)
            assert answer.json()["valid"] and answer.json()["synced"]
        direct = page(county, receipt_data(station, after).qr_payload)
        assert shown(direct)["verdict"] == "真" and shown(direct)["amount"] == "¥43.21"
    finally:
        station.sync.close()
        county.admin.close()
        county.server.stop()
        county.storage.close()


def test_county_serve_takes_a_public_url(tmp_path, monkeypatch, capsys):
    """``county serve --public-url`` hands the cleaned address to the server; an address that
    is not ``http(s)://host[/path]`` is refused before anything starts, in words."""
    from servicepoint.cli import main
    from servicepoint.server import runner

    started: list[object] = []
    monkeypatch.setattr(runner.uvicorn, "run", lambda app, **kw: started.append(app))
    args = ["county", "serve", "--db", str(tmp_path / "county.db")]
    for bad in (
        "ftp://county.example.cn",
        "county.example.cn",
        "https://a b.cn",
        "https://x.cn/?a=1",
    ):
        assert main([*args, "--public-url", bad]) == 2
        assert "公开地址" in capsys.readouterr().err
    assert not started
    assert main([*args, "--public-url", "https://xian.example.cn/check/"]) == 0
    assert started[0].state.config.public_url == "https://xian.example.cn/check"  # type: ignore[attr-defined]
    assert main(args) == 0
    assert started[1].state.config.public_url is None  # type: ignore[attr-defined]
