"""Scales over a real serial port (a pty pair), one simulated scale per protocol: stable and
moving frames, the equal-readings rule, tare, negative/overload/underload readings refused,
line noise, and a cable pulled mid-frame; and the weights in grams through money's grammar."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest

from servicepoint.core.errors import InvalidQuantity
from servicepoint.core.money import parse_quantity, parse_weight_reading
from servicepoint.devices.scale_frames import PROTOCOLS, Reading, Status, protocol
from servicepoint.devices.scale_reader import (
    Refused,
    Scale,
    ScaleConfig,
    ScaleReader,
    ScaleUnavailable,
    Stability,
)

from .simscale import SimScale, cas_frame, xk3190_frame


@pytest.fixture
def sims() -> Iterator[Callable[[str], SimScale]]:
    made: list[SimScale] = []

    def make(name: str) -> SimScale:
        made.append(SimScale(name))
        return made[-1]

    yield make
    for sim in made:
        sim.close()


@pytest.fixture
def readers() -> Iterator[Callable[[SimScale], ScaleReader]]:
    opened: list[ScaleReader] = []

    def open_(sim: SimScale) -> ScaleReader:
        opened.append(ScaleReader.open(ScaleConfig(sim.path, sim.protocol)))
        opened[-1].poll_interval = 0.05
        return opened[-1]

    yield open_
    for reader in opened:
        reader.close()


def read_until(reader: ScaleReader, count: int, polls: int = 200) -> list[Reading]:
    """Poll until ``count`` readings came (each poll waits at most 0.1 s for bytes)."""
    got: list[Reading] = []
    for _ in range(polls):
        got += reader.poll()
        if len(got) >= count:
            break
    return got


def states(readings: list[Reading]) -> list[tuple[Status, int | None]]:
    return [(r.status, r.grams) for r in readings]


def test_weights_convert_through_the_quantity_grammar():
    """kg, 斤 and g become signed grams; a reading may be zero or negative, a typed quantity
    may not; a precision balance's fraction of a gram rounds half up."""
    assert parse_weight_reading("3.650", "kg") == 3650 == parse_quantity("7.3", "jin")
    assert parse_weight_reading("7.3", "jin") == 3650
    assert parse_weight_reading("-0.125", "kg") == -125
    assert parse_weight_reading("0.000", "kg") == 0
    assert parse_weight_reading("12.5", "g") == 13
    with pytest.raises(InvalidQuantity):
        parse_weight_reading("2", "piece")
    with pytest.raises(InvalidQuantity):
        parse_weight_reading("1e3", "kg")


def test_continuous_stable_and_moving_frames(sims, readers):
    sim = sims("continuous")
    reader = readers(sim)
    sim.send(b"US,GS,+  1.230kg\r\nST,GS,+  1.234kg\r\nST,NT,1\xa0,  13.5 kg\r\n")
    sim.send(b"ST,+00123.45  g\r\nST,GS,+  2.5\xbd\xef\r\n")  # A&D 18 bytes; 斤 in GBK
    got = read_until(reader, 5)
    assert states(got) == [
        (Status.MOVING, 1230),
        (Status.STABLE, 1234),
        (Status.STABLE, 13500),
        (Status.STABLE, 123),
        (Status.STABLE, 1250),
    ]
    assert got[2].net and not got[1].net
    scale = Scale()
    for reading in got[:2]:
        scale.take(reading)
    assert scale.stable_grams() == 1234
    scale.take(got[0])
    with pytest.raises(Refused) as why:
        scale.stable_grams()
    assert why.value.code == "moving"


def test_negative_overload_and_unknown_unit_are_refused(sims, readers):
    sim = sims("continuous")
    reader = readers(sim)
    sim.send(b"ST,GS,-  0.120kg\r\nOL,GS,+9999999kg\r\nST,GS,+  1.000lb\r\nST,GS,+  0.000kg\r\n")
    got = read_until(reader, 4)
    codes = []
    for reading in got:
        scale = Scale()
        scale.take(reading)
        with pytest.raises(Refused) as why:
            scale.stable_grams()
        codes.append(why.value.code)
    assert codes == ["negative", "overload", "bad_unit", "empty"]
    assert got[2].unit == "lb"


def test_frames_without_a_flag_need_equal_readings_within_the_time():
    """ww001.234kg says nothing of stability: five equal weights within 1.5 s make it stable;
    a changed weight starts the count again, and equal weights spread too long stay moving."""
    clock = iter([0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 9.0, 9.1])
    frames = protocol("continuous").feed(b"ww001.234kg\r\n" * 4 + b"ww001.236kg\r\n" * 5)
    assert all(r.status is Status.UNKNOWN for r in frames)
    scale = Scale(Stability(count=5, within_ms=1500))
    judged = [scale.take(Reading(r.status, r.grams, r.unit, at=next(clock))) for r in frames]
    assert [j.status for j in judged] == [Status.MOVING] * 8 + [Status.STABLE]
    assert scale.stable_grams() == 1236
    slow = Scale(Stability(count=3, within_ms=500))
    for at in (0.0, 0.4, 0.8):  # three equal, but over 0.8 s
        slow.take(Reading(Status.UNKNOWN, 500, "kg", at=at))
    assert slow.latest is not None and slow.latest.status is Status.MOVING
    slow.take(Reading(Status.UNKNOWN, 500, "kg", at=0.9))  # the last three within 0.5 s
    assert slow.stable_grams() == 500


def test_tare_takes_the_basket_off_and_an_empty_pan_clears_it():
    scale = Scale()
    scale.take(Reading(Status.MOVING, 480, "kg"))
    with pytest.raises(Refused) as why:
        scale.tare()
    assert why.value.code == "moving"
    scale.take(Reading(Status.STABLE, 500, "kg"))  # the empty basket
    assert scale.tare() == 500
    shown = scale.take(Reading(Status.STABLE, 3150, "kg"))  # basket and eggs
    assert (shown.grams, shown.tare_g) == (2650, 500)
    assert scale.stable_grams() == 2650
    scale.take(Reading(Status.STABLE, 0, "kg"))  # everything off: net is minus the basket
    with pytest.raises(Refused) as why:
        scale.stable_grams()
    assert why.value.code == "negative"
    assert scale.tare() == 0  # tare on the empty pan clears it
    assert scale.take(Reading(Status.STABLE, 800, "kg")).grams == 800
    scale.take(Reading(Status.OVERLOAD))
    with pytest.raises(Refused) as why:
        scale.tare()
    assert why.value.code == "overload"


def test_noise_between_and_inside_frames_gives_no_reading(sims, readers):
    sim = sims("continuous")
    reader = readers(sim)
    noise = random.Random(15)
    weights = [1000 + 7 * i for i in range(20)]
    for grams in weights:
        junk = bytes(b for b in noise.randbytes(30) if b not in b"\r\n")
        sim.send(junk + b"\r\n")  # a line of noise
        sim.send(f"ST,GS,+{grams / 1000:9.3f}kg\r\n".encode())
        sim.send(b"ST,GS,+  9.9" + junk[:5] + b"kg\r\n")  # a frame spoiled in the middle
    got = read_until(reader, len(weights))
    assert [r.grams for r in got] == weights
    assert reader.protocol.dropped >= len(weights)


def test_a_cable_pulled_mid_frame_loses_the_frame_and_says_so(sims, readers):
    sim = sims("continuous")
    reader = readers(sim)
    sim.send(b"ST,GS,+  1.234kg\r\nST,GS,+  5.6")  # the second frame never ends
    assert states(read_until(reader, 1)) == [(Status.STABLE, 1234)]
    sim.pull_cable()
    with pytest.raises(ScaleUnavailable):
        for _ in range(50):
            assert reader.poll() == []
    assert reader.protocol.buffer == bytearray()  # the half frame is gone
    again = sims("continuous")  # plugged back in (a new port)
    second = readers(again)
    again.send(b"ST,GS,+  5.678kg\r\n")
    assert states(read_until(second, 1)) == [(Status.STABLE, 5678)]


def test_a_port_that_is_not_there_is_unavailable(tmp_path):
    with pytest.raises(ScaleUnavailable):
        ScaleReader.open(ScaleConfig(str(tmp_path / "ttyUSB9"), "sics"))


def answered(
    sim: SimScale, reader: ScaleReader, answer: bytes, expected: tuple[Status, int | None]
) -> bool:
    """Set the scale's next answer and poll until its reading came as ``expected`` (answers
    to polls sent before the change come first)."""
    sim.set_answer(answer)
    for _ in range(20):
        if any((r.status, r.grams) == expected for r in read_until(reader, 1)):
            return True
    return False


def test_sics_poll_stable_dynamic_overload_underload(sims, readers):
    sim = sims("sics")
    reader = readers(sim)
    for answer, expected in (
        (b"S S      1.234 kg\r\n", (Status.STABLE, 1234)),
        (b"S D      1.236 kg\r\n", (Status.MOVING, 1236)),
        (b"S +\r\n", (Status.OVERLOAD, None)),
        (b"S -\r\n", (Status.UNDERLOAD, None)),
        (b"S S     -0.050 kg\r\n", (Status.STABLE, -50)),
        (b"S S    250.0 g\r\n", (Status.STABLE, 250)),
    ):
        assert answered(sim, reader, answer, expected), answer
    assert sim.heard.startswith(b"SI\r\n")
    assert set(bytes(sim.heard).split(b"\r\n")) == {b"SI", b""}


def test_sics_errors_and_busy_give_no_reading():
    sics = protocol("sics")
    assert sics.feed(b"ES\r\nET\r\nEL\r\nS I\r\nS S   1.2\r\n") == []
    assert sics.dropped == 5


def test_cas_ecr_handshake_and_frames(sims, readers):
    sim = sims("cas-ecr")
    reader = readers(sim)
    assert answered(sim, reader, cas_frame("S", " ", "01.234"), (Status.STABLE, 1234))
    assert sim.heard.startswith(b"\x05\x11")  # ENQ, then DC1 only after the scale's ACK
    assert answered(sim, reader, cas_frame("U", " ", "02.000"), (Status.MOVING, 2000))
    assert answered(sim, reader, cas_frame("S", "-", "00.150"), (Status.STABLE, -150))
    assert answered(sim, reader, cas_frame("S", "F", "99.999"), (Status.OVERLOAD, None))


def test_cas_ecr_drops_a_frame_with_a_wrong_check_byte():
    cas = protocol("cas-ecr")
    good = cas_frame("S", " ", "01.500")
    bad = cas_frame("S", " ", "01.500", bcc=0x41)
    cut = b"\x01\x02S 01.2"  # a new STX comes before its ETX
    assert states(cas.feed(bad + cut + good)) == [(Status.STABLE, 1500)]
    assert cas.dropped == 2
    assert cas.feed(b"\x06") == [] and cas.pending == bytearray(b"\x11")


def test_xk3190_frames_need_equal_readings_and_a_right_check(sims, readers):
    """The Yaohua A9's continuous frames carry no stability flag: five equal weights make a
    stable one; a frame whose XOR does not match, or that is cut short, gives nothing."""
    sim = sims("continuous")  # it talks on its own, like the A9 in tF=0
    reader = readers(sim)
    reader.protocol = protocol("xk3190")
    frames = xk3190_frame("+", "002000", 2) * 5 + xk3190_frame("-", "000150", 3)
    sim.send(xk3190_frame("+", "002000", 2, check="00") + b"\x02+00200" + frames)
    got = read_until(reader, 6)
    assert states(got) == [(Status.UNKNOWN, 20000)] * 5 + [(Status.UNKNOWN, -150)]
    assert reader.protocol.dropped == 2  # the wrong check, and the frame a new STX cut
    scale = Scale()
    judged = [scale.take(r) for r in got[:5]]
    assert [j.status for j in judged] == [Status.MOVING] * 4 + [Status.STABLE]
    assert scale.stable_grams() == 20000
    assert protocol("xk3190").feed(xk3190_frame("+", "001234", 0)) == [
        Reading(Status.UNKNOWN, 1234000, "kg")
    ]


def test_every_protocol_is_named_once():
    assert list(PROTOCOLS) == ["continuous", "sics", "cas-ecr", "xk3190"]
    with pytest.raises(ValueError):
        ScaleConfig("/dev/null", "dialog06")
    with pytest.raises(ValueError):
        ScaleConfig("/dev/null", "sics", 1234)
