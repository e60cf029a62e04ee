"""Sending an ESC/POS job to a receipt printer, and saying honestly whether it took it.

A device is named by one string, as the settings keep it and ``--device`` takes it:

- ``win:NAME`` — a Windows printer by name, sent RAW through the spooler (pywin32);
- ``usb:/dev/usb/lp0`` (or the bare path) — a Linux USB printer device;
- ``serial:PORT[@BAUD][,rtscts|,xonxoff]`` — a serial port (pyserial), 9600 baud by default;
- ``tcp:HOST[:PORT]`` — a network printer, port 9100 by default;
- ``file:PATH`` — a file, for tests and technicians.

:func:`send` returns only when the device took every byte, and raises :class:`DeviceError`
otherwise (a short write, a timeout, a port or socket closed mid-job).  python-escpos has a
class per connection, but its ``_raw`` ignores how many bytes a serial port or the Windows
spooler took and its network close never learns whether the printer read the job, so the
connections are written here.  Blocking I/O: call it on a worker thread, never the GUI's.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import select
import socket
import sys
import time
from dataclasses import dataclass
from typing import Any

DEFAULT_TIMEOUT = 20.0
#: How long a network printer may take to close its side once it has the whole job.
CLOSE_WAIT = 3.0
TCP_PORT = 9100
BAUD = 9600
KINDS = ("win", "usb", "serial", "tcp", "file")

#: Why a job did not get through, in the operator's words (English, Chinese).
REASONS: dict[str, tuple[str, str]] = {
    "bad_device": ("The printer connection is not valid", "打印机连接写法不对"),
    "not_found": ("The printer was not found", "找不到打印机"),
    "refused": ("The printer refused the connection", "打印机拒绝连接"),
    "timeout": ("The printer stopped taking data", "打印机不再接收数据"),
    "closed": ("The printer closed the connection before the job ended", "打印未完打印机就断开了"),
    "failed": ("Sending to the printer failed", "发送到打印机失败"),
    "unsupported": ("This connection needs Windows", "这种连接只能在 Windows 上使用"),
}


class DeviceError(Exception):
    """A job that did not reach the printer whole; ``kind`` is a key of :data:`REASONS`."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind, self.detail = kind, detail

    def message(self, lang: str = "zh") -> str:
        en, zh = REASONS.get(self.kind, REASONS["failed"])
        text = zh if lang == "zh" else en
        return f"{text}{'：' if lang == 'zh' else ': '}{self.detail}" if self.detail else text


@dataclass(frozen=True)
class Device:
    """A parsed device string."""

    kind: str
    target: str
    port: int = TCP_PORT
    baud: int = BAUD
    flow: str = ""

    def __str__(self) -> str:
        if self.kind == "tcp":
            return f"tcp:{self.target}:{self.port}"
        if self.kind == "serial":
            return f"serial:{self.target}@{self.baud}" + (f",{self.flow}" if self.flow else "")
        return f"{self.kind}:{self.target}"


def parse(text: str) -> Device:
    """A device string → :class:`Device`; raises ``DeviceError("bad_device")``."""
    text = (text or "").strip()
    if text.startswith("/dev/"):
        text = "usb:" + text
    kind, sep, rest = text.partition(":")
    if not sep or kind not in KINDS or not rest.strip():
        raise DeviceError("bad_device", text[:80])
    rest = rest.strip()
    try:
        if kind == "tcp":
            host, _, port = rest.rpartition(":") if rest.count(":") == 1 else (rest, "", "")
            return Device("tcp", host or rest, int(port) if port else TCP_PORT)
        if kind == "serial":
            spec, _, flow = rest.partition(",")
            port_name, _, baud = spec.partition("@")
            if flow not in ("", "rtscts", "xonxoff"):
                raise ValueError(flow)
            return Device("serial", port_name, baud=int(baud) if baud else BAUD, flow=flow)
    except ValueError:
        raise DeviceError("bad_device", text[:80]) from None
    return Device(kind, rest)


def send(device: str | Device, data: bytes, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send ``data`` to the printer; returns only when it took every byte."""
    dev = parse(device) if isinstance(device, str) else device
    if dev.kind in ("file", "usb"):
        _send_fd(dev, data, timeout)
    elif dev.kind == "tcp":
        _send_tcp(dev, data, timeout)
    elif dev.kind == "serial":
        _send_serial(dev, data, timeout)
    else:
        _send_windows(dev, data)


# -- files and Linux USB printer devices ---------------------------------------------------------


def _send_fd(dev: Device, data: bytes, timeout: float) -> None:
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0)
    if dev.kind == "file":
        flags |= os.O_CREAT | os.O_TRUNC
    else:
        flags |= getattr(os, "O_NONBLOCK", 0)  # a printer that is off must not hang the job
    try:
        fd = os.open(dev.target, flags, 0o644)
    except FileNotFoundError as error:
        raise DeviceError("not_found", dev.target) from error
    except OSError as error:
        raise DeviceError("failed", f"{dev.target}: {error.strerror}") from error
    try:
        _write_all(fd, data, timeout, dev.kind == "usb")
        if dev.kind == "file":
            os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes, timeout: float, wait: bool) -> None:
    view, deadline = memoryview(data), time.monotonic() + timeout
    while view:
        if wait:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [fd], [], left)[1]:
                raise DeviceError("timeout", f"{len(data) - len(view)}/{len(data)}")
        try:
            n = os.write(fd, view)
        except BlockingIOError:
            continue
        except OSError as error:
            raise DeviceError("failed", error.strerror or str(error)) from error
        if n <= 0:
            raise DeviceError("timeout", f"{len(data) - len(view)}/{len(data)}")
        view = view[n:]


# -- network printers ----------------------------------------------------------------------------


def _send_tcp(dev: Device, data: bytes, timeout: float) -> None:
    try:
        sock = socket.create_connection((dev.target, dev.port), timeout=timeout)
    except TimeoutError as error:
        raise DeviceError("not_found", f"{dev.target}:{dev.port}") from error
    except ConnectionRefusedError as error:
        raise DeviceError("refused", f"{dev.target}:{dev.port}") from error
    except OSError as error:
        raise DeviceError("not_found", f"{dev.target}:{dev.port} {error.strerror}") from error
    with sock:
        try:
            sock.sendall(data)
            if _peer_closed(sock):  # a printer closes only once it has all we send
                raise DeviceError("closed", f"{dev.target}:{dev.port}")
            sock.shutdown(socket.SHUT_WR)
            _await_close(sock, min(timeout, CLOSE_WAIT), dev)
        except TimeoutError as error:
            raise DeviceError("timeout", f"{dev.target}:{dev.port}") from error
        except (ConnectionResetError, BrokenPipeError, ConnectionAbortedError) as error:
            raise DeviceError("closed", f"{dev.target}:{dev.port}") from error
        except OSError as error:
            # A reset that lands between our last send and the shutdown surfaces as ENOTCONN.
            if error.errno in _GONE:
                raise DeviceError("closed", f"{dev.target}:{dev.port}") from error
            raise DeviceError("failed", error.strerror or str(error)) from error


_GONE = frozenset({errno.ENOTCONN, errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED})


def _peer_closed(sock: socket.socket) -> bool:
    """Whether the printer already closed its side (end of stream waiting to be read)."""
    readable = select.select([sock], [], [], 0)[0]
    if not readable:
        return False
    try:
        return sock.recv(1, socket.MSG_PEEK) == b""
    except BlockingIOError:
        return False


def _await_close(sock: socket.socket, wait: float, dev: Device) -> None:
    """After our end of the job: the printer closing (end of stream) means it read it all; a
    reset means it threw part away.  A printer that keeps the line open is taken at its word
    once every byte is acknowledged (Linux tells how many are not: ``SIOCOUTQ``)."""
    sock.settimeout(wait)
    try:
        while sock.recv(256):  # status bytes a printer may send back
            pass
        return
    except TimeoutError:
        pass
    if _unacknowledged(sock) > 0:
        raise DeviceError("timeout", f"{dev.target}:{dev.port}")


def _unacknowledged(sock: socket.socket) -> int:
    try:
        import fcntl
        import termios

        buf = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")
        return int.from_bytes(buf, sys.byteorder)
    except (ImportError, OSError, AttributeError):
        return 0  # not on this system: the spooler-less path can tell no more


# -- serial ports ------------------------------------------------------------------------------


def _send_serial(dev: Device, data: bytes, timeout: float) -> None:
    import serial

    try:
        port = serial.Serial(
            dev.target,
            dev.baud,
            timeout=1,
            write_timeout=timeout,
            rtscts=dev.flow == "rtscts",
            xonxoff=dev.flow == "xonxoff",
        )
    except serial.SerialException as error:
        kind = "not_found" if _missing(error) else "failed"
        raise DeviceError(kind, f"{dev.target}: {error}") from error
    try:
        written = port.write(data)
        if written != len(data):
            raise DeviceError("timeout", f"{written}/{len(data)}")
        port.flush()  # waits until the port has sent it (tcdrain)
        if _hung_up(port):
            raise DeviceError("closed", dev.target)
    except serial.SerialTimeoutException as error:
        raise DeviceError("timeout", dev.target) from error
    except serial.SerialException as error:
        raise DeviceError("closed", f"{dev.target}: {error}") from error
    finally:
        with contextlib.suppress(Exception):
            port.close()


def _missing(error: Exception) -> bool:
    return getattr(error, "errno", None) == errno.ENOENT or "FileNotFound" in str(error)


def _hung_up(port: Any) -> bool:
    """Whether the other end went away (a USB-serial cable pulled, a pty's reader closed)."""
    if not hasattr(select, "poll") or not hasattr(port, "fileno"):
        return False
    poller = select.poll()
    poller.register(port.fileno(), select.POLLOUT)
    return any(ev & (select.POLLHUP | select.POLLERR) for _fd, ev in poller.poll(0))


# -- Windows printers ------------------------------------------------------------------------


def _send_windows(dev: Device, data: bytes) -> None:
    """RAW through the spooler.  The spooler taking the job is as far as Windows lets us see;
    a printer that then fails is reported by Windows, not here."""
    try:
        import win32print  # pywin32, Windows only
    except ImportError as error:
        raise DeviceError("unsupported", dev.target) from error
    try:
        handle = win32print.OpenPrinter(dev.target)
    except Exception as error:
        raise DeviceError("not_found", f"{dev.target}: {error}") from error
    try:
        win32print.StartDocPrinter(handle, 1, ("servicepoint receipt", None, "RAW"))
        try:
            win32print.StartPagePrinter(handle)
            written = win32print.WritePrinter(handle, data)
            win32print.EndPagePrinter(handle)
        finally:
            win32print.EndDocPrinter(handle)
    except Exception as error:
        raise DeviceError("failed", f"{dev.target}: {error}") from error
    finally:
        win32print.ClosePrinter(handle)
    if written != len(data):
        raise DeviceError("timeout", f"{written}/{len(data)}")


# -- finding devices -------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A connection the wizard offers: its device string and what the system calls it."""

    device: str
    label: str


def windows_printers() -> list[str]:
    try:
        import win32print
    except ImportError:
        return []
    flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
    return [str(p[2]) for p in win32print.EnumPrinters(flags, None, 1)]


def list_devices() -> list[Found]:
    """Windows printers, Linux USB printer devices and serial ports, as found now."""
    found = [Found(f"win:{name}", name) for name in windows_printers()]
    found += [Found(f"usb:{path}", path) for path in sorted(glob.glob("/dev/usb/lp*"))]
    try:
        from serial.tools import list_ports

        ports = sorted(list_ports.comports(), key=lambda p: p.device)
    except ImportError:
        ports = []
    for p in ports:
        text = f"{p.device} ({p.description})" if p.description not in ("", "n/a") else p.device
        found.append(Found(f"serial:{p.device}@{BAUD}", text))
    return found
