"""The Qt-free heart of a service point. Open a station with :class:`Station`.

The names below load on first use (PEP 562), so importing one shared module such as
``servicepoint.core.money`` or ``servicepoint.core.protocol`` — as the county server does —
loads that module alone, not the station, its services and sqlite-utils.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import ServicePointError
    from .ids import CHINA_TZ, Clock, IdMaker, ManualClock
    from .station import Station

__all__ = ["CHINA_TZ", "Clock", "IdMaker", "ManualClock", "ServicePointError", "Station"]

_HOMES = {
    "CHINA_TZ": "ids",
    "Clock": "ids",
    "IdMaker": "ids",
    "ManualClock": "ids",
    "ServicePointError": "errors",
    "Station": "station",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
