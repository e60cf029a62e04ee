"""Sending ESC/POS jobs to simulated printers: a file, a serial port (a pty pair) and a
network printer (a socket server on localhost).

A printer that reads the whole job gets exactly the job's bytes and the copy is printed; a
printer that stops reading mid-job (the pty's reader closes, the server closes its socket)
ends in 未打印: ``print_copy`` says why, and the receipt's PDF is kept in ``unprinted/``,
where the window's list (``core.unprinted``) finds it.
"""

from __future__ import annotations

import errno
import os
import select
import socket
import struct
import threading

import pytest

from servicepoint.core import unprinted
from servicepoint.core.receipt_data import receipt_data
from servicepoint.printing import escpos_job, escpos_link
from servicepoint.printing.escpos_print import EscposSettings, print_copy

from .escpos_decode import decode

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs POSIX ptys")


@pytest.fixture(scope="module")
def data(samples):
    return receipt_data(samples.station, samples.numbers["purchase_twenty"], record_print=False)


class PtyPrinter:
    """The far end of a serial cable: reads the job from a pty's master side, and optionally
    stops after ``stop_after`` bytes by closing it (a printer switched off mid-job)."""

    def __init__(self, stop_after: int | None = None) -> None:
        # pyserial opens the port by name, as it opens COM3 or /dev/ttyUSB0; the slave end
        # stays open here too, so the pty lives until the test is over
        self.master, self.slave = os.openpty()
        self.port = os.ttyname(self.slave)
        self.stop_after = stop_after
        self.got = bytearray()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        try:
            while not self.done.is_set():
                if not select.select([self.master], [], [], 0.05)[0]:
                    continue
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    break
                self.got += chunk
                if self.stop_after is not None and len(self.got) >= self.stop_after:
                    break
        finally:
            if self.stop_after is not None:
                os.close(self.master)

    def close(self) -> None:
        self.done.set()
        self.thread.join(5)
        if self.stop_after is None:
            os.close(self.master)
        os.close(self.slave)


class TcpPrinter:
    """A network printer on localhost: reads everything until we close, or reads
    ``stop_after`` bytes and then closes its socket while more of the job is waiting."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.stop_after = stop_after
        self.got = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.server.accept()
        with conn:
            while True:
                want = 4096 if self.stop_after is None else self.stop_after - len(self.got)
                chunk = conn.recv(want)
                if not chunk:
                    return  # the whole job, then our side closes
                self.got += chunk
                if self.stop_after is not None and len(self.got) >= self.stop_after:
                    # more of the job is on its way: drop it and close (the printer died)
                    select.select([conn], [], [], 5)
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return

    def close(self) -> None:
        self.thread.join(5)
        self.server.close()


@pytest.mark.parametrize("mode", escpos_job.MODES)
def test_a_file_device_gets_the_whole_job(tmp_path, data, mode):
    job = escpos_job.receipt_job(data, mode, "58")
    escpos_link.send(f"file:{tmp_path / 'job.bin'}", job)
    assert (tmp_path / "job.bin").read_bytes() == job


@pytest.mark.parametrize("mode", escpos_job.MODES)
def test_a_serial_printer_that_reads_everything_prints(tmp_path, data, mode):
    printer = PtyPrinter()
    try:
        sent = print_copy(data, EscposSettings(f"serial:{printer.port}@9600", mode, "80"), tmp_path)
        assert sent.ok, sent.error
        job = escpos_job.receipt_job(data, mode, "80")
        for _ in range(100):  # the reader may still be draining the pty
            if len(printer.got) >= len(job):
                break
            printer.done.wait(0.05)
        assert bytes(printer.got) == job
    finally:
        printer.close()
    assert unprinted.entries(tmp_path.parent / tmp_path.name) == []


def test_a_serial_printer_that_stops_reading_mid_job_leaves_it_unprinted(tmp_path, data):
    station_dir = tmp_path / "station"
    printer = PtyPrinter(stop_after=2000)
    try:
        settings = EscposSettings(f"serial:{printer.port}", "raster", "80")
        sent = print_copy(data, settings, unprinted.folder(station_dir), timeout=5)
    finally:
        printer.close()
    assert not sent.ok
    assert sent.error is not None and sent.error.kind in ("closed", "timeout")
    assert len(printer.got) < len(escpos_job.receipt_job(data, "raster", "80"))
    listed = unprinted.entries(station_dir)
    assert [(e.number, e.kind) for e in listed] == [(data.number, "receipt")]
    assert sent.kept == listed[0].path and sent.kept.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("mode", escpos_job.MODES)
def test_a_network_printer_that_reads_everything_prints(tmp_path, data, mode):
    printer = TcpPrinter()
    try:
        sent = print_copy(data, EscposSettings(f"tcp:127.0.0.1:{printer.port}", mode), tmp_path)
    finally:
        printer.close()
    assert sent.ok, sent.error
    assert bytes(printer.got) == escpos_job.receipt_job(data, mode, "80")
    job = decode(bytes(printer.got))
    assert job.cuts == 1


@pytest.mark.parametrize("mode", escpos_job.MODES)
def test_a_network_printer_that_closes_mid_job_leaves_it_unprinted(tmp_path, data, mode):
    station_dir = tmp_path / "station"
    job = escpos_job.receipt_job(data, mode, "80")
    printer = TcpPrinter(stop_after=min(1000, len(job) // 2))
    try:
        sent = print_copy(
            data,
            EscposSettings(f"tcp:127.0.0.1:{printer.port}", mode),
            unprinted.folder(station_dir),
            timeout=5,
        )
    finally:
        printer.close()
    assert not sent.ok
    assert sent.error is not None and sent.error.kind in ("closed", "timeout")
    assert len(printer.got) < len(job)  # it really stopped mid-job
    assert [e.number for e in unprinted.entries(station_dir)] == [data.number]
    assert sent.kept is not None and sent.kept.read_bytes().startswith(b"%PDF")


class _ResetBeforeShutdown:
    """A socket whose printer reset the line after the last send was queued: the kernel
    reports it at ``shutdown`` as ENOTCONN (seen under load in CI), not as a reset."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def sendall(self, data: bytes) -> None:
        pass

    def fileno(self) -> int:
        return -1

    def shutdown(self, how: int) -> None:
        raise OSError(errno.ENOTCONN, os.strerror(errno.ENOTCONN))


def test_a_reset_seen_only_at_shutdown_counts_as_closed(monkeypatch):
    monkeypatch.setattr(
        escpos_link.socket, "create_connection", lambda *a, **k: _ResetBeforeShutdown()
    )
    monkeypatch.setattr(escpos_link, "_peer_closed", lambda sock: False)
    with pytest.raises(escpos_link.DeviceError) as raised:
        escpos_link.send("tcp:127.0.0.1:9100", b"\x1b@job")
    assert raised.value.kind == "closed"


def test_no_printer_listening_is_unprinted_too(tmp_path, data):
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nothing listens there
    sent = print_copy(data, EscposSettings(f"tcp:127.0.0.1:{port}"), unprinted.folder(tmp_path))
    assert sent.error is not None and sent.error.kind == "refused"
    assert [e.number for e in unprinted.entries(tmp_path)] == [data.number]


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("tcp:192.168.1.87", escpos_link.Device("tcp", "192.168.1.87", 9100)),
        ("tcp:printer.local:9101", escpos_link.Device("tcp", "printer.local", 9101)),
        (
            "serial:COM3@19200,rtscts",
            escpos_link.Device("serial", "COM3", baud=19200, flow="rtscts"),
        ),
        ("/dev/usb/lp0", escpos_link.Device("usb", "/dev/usb/lp0")),
        ("win:XP-58 (copy 1)", escpos_link.Device("win", "XP-58 (copy 1)")),
    ],
)
def test_device_strings(text, device):
    assert escpos_link.parse(text) == device
    assert escpos_link.parse(str(device)) == device


@pytest.mark.parametrize("text", ["", "lpt1", "tcp:", "serial:COM3@fast", "serial:COM3,dtr"])
def test_bad_device_strings_are_refused(text):
    with pytest.raises(escpos_link.DeviceError) as refused:
        escpos_link.parse(text)
    assert refused.value.kind == "bad_device"


def test_windows_printers_say_they_need_windows_elsewhere(data):
    if os.name == "nt":
        pytest.skip("on Windows the spooler is really there")
    with pytest.raises(escpos_link.DeviceError) as refused:
        escpos_link.send("win:XP-80C", b"\x1b@")
    assert refused.value.kind == "unsupported"
