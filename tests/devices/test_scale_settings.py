"""The station's device settings take exactly the protocols and speeds servicepoint/devices
knows, and refuse anything else without writing it."""

from __future__ import annotations

import pytest

from servicepoint.core.errors import InvalidInput
from servicepoint.devices.scale_frames import PROTOCOLS
from servicepoint.devices.scale_reader import BAUDS


def test_settings_take_the_devices_names(station):
    for name in PROTOCOLS:
        station.set_setting("scale_protocol", name)
        assert station.setting("scale_protocol") == name
    for baud in BAUDS:
        station.set_setting("scale_baud", baud)
    assert station.setting("scale_baud") == BAUDS[-1]
    station.set_setting("scale_port", "  COM3 ")
    assert station.setting("scale_port") == "COM3"
    station.set_setting("scanner_suffix", "tab")
    assert station.setting("scanner_suffix") == "tab"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("scale_protocol", "dialog06"),
        ("scale_baud", 9601),
        ("scale_baud", "9600"),
        ("scale_port", "COM3\x00"),
        ("scanner_suffix", "space"),
    ],
)
def test_settings_refuse_what_no_device_takes(station, key, value):
    before = station.setting(key)
    with pytest.raises(InvalidInput):
        station.set_setting(key, value)
    assert station.setting(key) == before
