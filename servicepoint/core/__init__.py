"""The Qt-free heart of a service point. Open a station with :class:`Station`."""

from .errors import ServicePointError
from .ids import CHINA_TZ, Clock, IdMaker, ManualClock
from .station import Station

__all__ = ["CHINA_TZ", "Clock", "IdMaker", "ManualClock", "ServicePointError", "Station"]
