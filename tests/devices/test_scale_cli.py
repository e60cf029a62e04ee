"""``servicepoint scale read`` against a scale simulated on a pty: the stable weights on stdout
(each change once), what else the scale said on stderr, the protocols named by ``--help``,
and exit code 2 for a port that is not there."""

from __future__ import annotations

import pytest

from servicepoint.cli import main

from .simscale import SimScale


@pytest.fixture
def sim():
    made: list[SimScale] = []

    def make(protocol: str) -> SimScale:
        made.append(SimScale(protocol))
        return made[-1]

    yield make
    for scale in made:
        scale.close()


def test_read_prints_each_new_stable_weight(sim, capsys):
    scale = sim("continuous")
    scale.send_once_open(
        b"US,GS,+  1.100kg\r\nST,GS,+  1.234kg\r\nST,GS,+  1.234kg\r\nUS,GS,+  1.900kg\r\n"
        b"ST,GS,+  2.000kg\r\nOL,GS,+9999999kg\r\nST,GS,+  2.000kg\r\nST,GS,-  0.100kg\r\n"
    )
    args = ["--lang", "en", "scale", "read", "--port", scale.path, "--protocol", "continuous"]
    assert main([*args, "--count", "3", "--seconds", "20"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["1234 g", "2000 g", "2000 g"]
    assert err.splitlines() == ["moving", "moving", "overload"]


def test_read_sics_polls_and_stops_after_count(sim, capsys):
    scale = sim("sics")
    scale.set_answer(b"S S      0.750 kg\r\n")
    args = ["scale", "read", "--port", scale.path, "--protocol", "sics", "--count", "1"]
    assert main([*args, "--seconds", "20"]) == 0
    assert capsys.readouterr().out.splitlines() == ["750 g"]
    assert scale.heard.startswith(b"SI\r\n")


def test_too_few_weights_before_the_time_is_exit_1(sim, capsys):
    scale = sim("continuous")
    scale.send_once_open(b"US,GS,+  1.100kg\r\n")
    args = ["scale", "read", "--port", scale.path, "--protocol", "continuous", "--count", "1"]
    assert main([*args, "--seconds", "0.5"]) == 1
    assert capsys.readouterr().out == ""


def test_a_missing_port_is_exit_2(tmp_path, capsys):
    port = str(tmp_path / "ttyUSB7")
    assert main(["--lang", "en", "scale", "read", "--port", port, "--protocol", "sics"]) == 2
    assert "Cannot open the port" in capsys.readouterr().err


def test_help_names_every_protocol(capsys):
    with pytest.raises(SystemExit):
        main(["scale", "read", "--help"])
    out = capsys.readouterr().out
    assert all(name in out for name in ("continuous", "sics", "cas-ecr", "xk3190"))
