"""A scale simulated on a pty pair (``os.openpty``): the station opens the pty's far end by its
path, exactly as it opens /dev/ttyUSB0, and the test speaks for the scale on the near end.

For a scale that talks on its own (``continuous``) the test writes frames with ``send``, or,
with ``every=`` seconds, sets ``answer`` and the scale sends it again and again as a real one
does (then a port opened late, which flushes what waited, still gets it).
For a polled one (``sics``, ``cas-ecr``) a thread answers each request with the frame the
test last set in ``answer`` (SICS), or with the ENQ → ACK, DC1 → frame exchange (CAS ECR).
``pull_cable`` closes the near end, as a cable pulled out of the PC.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import sys
import termios
import threading
import time
from collections.abc import Callable


def cas_frame(
    state: str, sign: str, weight: str, unit: str = "kg", *, bcc: int | None = None
) -> bytes:
    """SOH STX STA SIGN weight unit BCC ETX EOT, the BCC the XOR of STA … unit."""
    body = f"{state}{sign}{weight}{unit}".encode("latin-1")
    check = 0
    for byte in body:
        check ^= byte
    return b"\x01\x02" + body + bytes([check if bcc is None else bcc]) + b"\x03\x04"


def xk3190_frame(sign: str, digits: str, places: int, *, check: str | None = None) -> bytes:
    """STX sign six-digits decimals XOR-as-two-hex-digits ETX (Yaohua XK3190-A9, tF=0)."""
    body = f"{sign}{digits}{places}".encode("latin-1")
    xor = 0
    for byte in body:
        xor ^= byte
    return b"\x02" + body + (check or f"{xor:02X}").encode("latin-1") + b"\x03"


class SimScale:
    def __init__(self, protocol: str = "continuous", every: float | None = None) -> None:
        self.protocol = protocol
        self.master, slave = os.openpty()
        self.path = os.ttyname(slave)
        self._slave = slave  # kept open so the far end exists until the test is done
        os.set_blocking(self.master, False)  # a port nobody reads must not stop the scale
        self.every = every
        self.answer = b""
        self.heard = bytearray()  # every byte the station sent
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        if protocol != "continuous" or every is not None:
            self._thread = threading.Thread(target=self._serve, daemon=True)
            self._thread.start()

    def send(self, data: bytes) -> None:
        os.set_blocking(self.master, True)
        os.write(self.master, data)
        os.set_blocking(self.master, False)

    def send_once_open(self, data: bytes) -> threading.Thread:
        """Send ``data`` once the station has opened the port.  Opening flushes what waited
        in the port, so: wait until the port is set raw (the open configures it), then send
        a blank line until it is taken (read, or flushed by the open: either way the open is
        over), then the data."""

        def wait(condition: Callable[[], bool]) -> None:
            for _ in range(2000):
                if condition() or self._stop.is_set():
                    return
                time.sleep(0.005)

        def waiting() -> int:
            got = fcntl.ioctl(self._slave, termios.FIONREAD, b"\0\0\0\0")
            return int.from_bytes(got, sys.byteorder)

        def run() -> None:
            wait(lambda: not termios.tcgetattr(self._slave)[3] & termios.ICANON)
            self._write(b"\r\n")
            wait(lambda: waiting() == 0)
            self._write(data)

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    def _serve(self) -> None:
        if self.every is not None:
            while not self._stop.wait(self.every):
                with self._lock:
                    answer = self.answer
                if answer:
                    self._write(answer)
            return
        pending = bytearray()
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(self.master, 256)
            except OSError:
                return  # the cable is out
            self.heard += data
            pending += data
            with self._lock:
                answer = self.answer
            if self.protocol == "sics":
                while b"\r\n" in pending:
                    line, _, rest = bytes(pending).partition(b"\r\n")
                    pending[:] = rest
                    if line == b"SI" and answer:
                        self._write(answer)
            else:  # cas-ecr
                for byte in bytes(pending):
                    if byte == 0x05:
                        self._write(b"\x06" if answer else b"\x15")
                    elif byte == 0x11 and answer:
                        self._write(answer)
                pending.clear()

    def _write(self, data: bytes) -> None:
        with contextlib.suppress(OSError):
            os.write(self.master, data)

    def set_answer(self, data: bytes) -> None:
        with self._lock:
            self.answer = data

    def pull_cable(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        with contextlib.suppress(OSError):
            os.close(self.master)

    def close(self) -> None:
        self.pull_cable()
        with contextlib.suppress(OSError):
            os.close(self._slave)
