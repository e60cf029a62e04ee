"""The window's scale: one port read on a worker thread, readings handed to the GUI by signal.

Threading: the worker is a plain Python thread that owns the port (``devices.ScaleReader``)
and does nothing but read it; every reading crosses to the GUI thread through a queued Qt
signal, stamped with its arrival time on the worker.  The GUI thread never touches the port
and never waits on the worker: stopping sets a flag, and the worker closes the port within
``READ_TIMEOUT``; a new worker first waits (on its own thread) for stopped ones to let go.
The stability rule and the tare (``devices.Scale``) live on the GUI thread.

``ScaleFeed.of(ctx)`` is the station's scale, shared by every weight widget: the port is open
only while at least one of them is on screen (``hold``/``release``), so Settings can test a
port with a feed of its own (``ScaleFeed(ctx, config=…)``).  A port that cannot be opened or
goes away is retried every ``RETRY_S``; a scale quiet for ``QUIET_S`` gives no weight.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core.changes import Change
from ..devices.scale_frames import PROTOCOLS, Reading
from ..devices.scale_reader import (
    BAUDS,
    DEFAULT_BAUD,
    Refused,
    Scale,
    ScaleConfig,
    ScaleReader,
    ScaleUnavailable,
)

if TYPE_CHECKING:
    from .context import AppContext

#: Seconds between attempts to open a port that failed.
RETRY_S = 2.0
#: A scale that sent nothing for this long gives no weight until it speaks again.
QUIET_S = 2.0


def station_config(ctx: AppContext) -> ScaleConfig | None:
    """The scale saved in the station's settings, or None when none is set up."""
    station = ctx.station
    name = str(station.setting("scale_protocol", "") or "")
    port = str(station.setting("scale_port", "") or "")
    baud = station.setting("scale_baud", DEFAULT_BAUD)
    if name not in PROTOCOLS or not port or baud not in BAUDS:
        return None
    return ScaleConfig(port, name, int(baud))


class _Bridge(QObject):
    """Signals the worker emits; delivered on the GUI thread (queued)."""

    raw = Signal(int, object)  # generation, Reading
    state = Signal(int, str, str)  # generation, state, detail


class _Worker(threading.Thread):
    #: Every worker not yet ended, of every feed (Settings tests a port with a feed of its own);
    #: added on the GUI thread, removed on the worker's: under the lock.
    running: ClassVar[set[_Worker]] = set()
    lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, config: ScaleConfig, generation: int, bridge: _Bridge) -> None:
        super().__init__(name=f"scale-{generation}", daemon=True)
        self.config = config
        self.generation = generation
        self.bridge = bridge
        self.stop = threading.Event()
        with _Worker.lock:
            _Worker.running.add(self)

    def run(self) -> None:
        try:
            with _Worker.lock:
                others = [w for w in _Worker.running if w is not self and w.stop.is_set()]
            for other in others:  # a stopped one lets go of the port first
                if other.is_alive():
                    other.join()
            self._read()
        finally:
            with _Worker.lock:
                _Worker.running.discard(self)

    def _read(self) -> None:
        while not self.stop.is_set():
            self.bridge.state.emit(self.generation, "opening", "")
            try:
                reader = ScaleReader.open(self.config)
            except ScaleUnavailable as error:
                self.bridge.state.emit(self.generation, "lost", str(error))
                self.stop.wait(RETRY_S)
                continue
            self.bridge.state.emit(self.generation, "reading", "")
            try:
                while not self.stop.is_set():
                    for reading in reader.poll():
                        self.bridge.raw.emit(self.generation, reading)
            except ScaleUnavailable as error:
                self.bridge.state.emit(self.generation, "lost", str(error))
                self.stop.wait(RETRY_S)
            finally:
                reader.close()


class ScaleFeed(QObject):
    """One scale's readings for the window (module docstring).

    ``state``: "off" (no scale set up, or nobody showing a weight), "opening", "reading",
    "lost" (``detail`` says why), "quiet" (open, but nothing arrives).  ``scale.latest`` is
    the newest reading after the stability rule and the tare.
    """

    reading_did_arrive = Signal(object)  # Reading, judged and tared
    state_did_change = Signal(str)

    _shared: ClassVar[weakref.WeakKeyDictionary[AppContext, ScaleFeed]] = (
        weakref.WeakKeyDictionary()
    )

    @classmethod
    def of(cls, ctx: AppContext) -> ScaleFeed:
        """The station's scale (its settings), one per window."""
        feed = cls._shared.get(ctx)
        if feed is None:
            feed = cls._shared[ctx] = cls(ctx)
            ctx.changed.connect(feed._settings_changed)
        return feed

    def __init__(
        self,
        ctx: AppContext,
        config: Callable[[], ScaleConfig | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or ctx)
        self.ctx = ctx
        self.config_source = config or (lambda: station_config(ctx))
        self.config: ScaleConfig | None = None
        self.scale = Scale()
        self.state = "off"
        self.detail = ""
        self._holders: weakref.WeakSet[QObject] = weakref.WeakSet()
        self._generation = 0
        self._worker: _Worker | None = None
        self._last_at = 0.0
        self._bridge = _Bridge()
        self._bridge.raw.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._bridge.state.connect(self._state, Qt.ConnectionType.QueuedConnection)
        self._quiet = QTimer(self)
        self._quiet.setInterval(500)
        self._quiet.timeout.connect(self._check_quiet)

    # -- who is showing a weight ---------------------------------------------------------------

    def hold(self, holder: QObject) -> None:
        """``holder`` shows this scale's weight: the port opens if it was closed."""
        self._holders.add(holder)
        if self._worker is None:
            self.restart()

    def release(self, holder: QObject) -> None:
        self._holders.discard(holder)
        if not len(self._holders):
            self.stop()

    @property
    def held(self) -> bool:
        return bool(len(self._holders))

    def restart(self) -> None:
        """(Re)open the port with the configuration as it is now."""
        self.stop()
        self.config = self.config_source()
        if self.config is None:
            self._set_state("off")
            return
        self._generation += 1
        self._worker = _Worker(self.config, self._generation, self._bridge)
        self._worker.start()
        self._last_at = time.monotonic()
        self._quiet.start()

    def stop(self) -> None:
        """Close the port (the worker lets go within a tenth of a second; nobody waits)."""
        if self._worker is not None:
            self._worker.stop.set()
            self._worker = None
        self._generation += 1  # whatever the old worker still sends is ignored
        self._quiet.stop()
        self.scale.forget()
        self._set_state("off")

    def _settings_changed(self, changes: set[object]) -> None:
        if Change.SETTINGS in changes and self.held and self.config_source() != self.config:
            self.restart()

    # -- what the worker says ------------------------------------------------------------------

    def _arrived(self, generation: int, reading: Reading) -> None:
        if generation != self._generation:
            return
        self._last_at = time.monotonic()
        if self.state != "reading":
            self._set_state("reading")
        self.reading_did_arrive.emit(self.scale.take(reading))

    def _state(self, generation: int, state: str, detail: str) -> None:
        if generation != self._generation:
            return
        if state != "reading":
            self.scale.forget()
        else:
            self._last_at = time.monotonic()
        self._set_state(state, detail)

    def _check_quiet(self) -> None:
        if self.state == "reading" and time.monotonic() - self._last_at > QUIET_S:
            self.scale.forget()
            self._set_state("quiet")

    def _set_state(self, state: str, detail: str = "") -> None:
        if (state, detail) != (self.state, self.detail):
            self.state, self.detail = state, detail
            self.state_did_change.emit(state)

    # -- what the operator does ----------------------------------------------------------------

    def stable_grams(self) -> int:
        """The weight to take now; :class:`Refused` says why there is none."""
        if self.state not in ("reading",):
            raise Refused("no_reading")
        return self.scale.stable_grams()

    def tare(self) -> int:
        if self.state != "reading":
            raise Refused("no_reading")
        grams = self.scale.tare()
        if self.scale.latest is not None:
            self.reading_did_arrive.emit(self.scale.latest)
        return grams
