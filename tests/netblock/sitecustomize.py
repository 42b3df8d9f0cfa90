"""No network but loopback, for every Python process started with this folder on ``PYTHONPATH``.

Python imports ``sitecustomize`` at start-up, so a build run with
``PYTHONPATH=tests/netblock`` (inherited by papermill's kernels and by Sphinx) cannot open a
connection to anything but a Unix socket or a loopback address, nor resolve a host name other
than ``localhost``: such an attempt raises ``OSError`` and, when ``NEWSBOOK_NET_LOG`` names a
file, is appended to it (one line: process id, program, address), so that a test sees attempts
even where a library swallowed the error. Used by ``tests/test_no_network.py``.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import socket
import sys

_LOG = os.environ.get("NEWSBOOK_NET_LOG", "")
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def _is_local(host: object) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    name = str(host).split("%")[0].strip("[]").lower()
    if name in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback or ipaddress.ip_address(name).is_unspecified
    except ValueError:
        return False


def _refuse(what: str, address: object) -> None:
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {' '.join(sys.argv[:2])!r} {what} {address!r}\n")
    raise OSError(errno.ENETUNREACH, f"network blocked by tests/netblock: {what} {address!r}")


def _allowed(sock: socket.socket, address: object) -> bool:
    if getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX:
        return True
    if isinstance(address, tuple) and address:
        return _is_local(address[0])
    return _is_local(address)


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_sendto = socket.socket.sendto
_getaddrinfo = socket.getaddrinfo
_gethostbyname = socket.gethostbyname


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _allowed(self, address):
        _refuse("connect", address)
    return _connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _allowed(self, address):
        _refuse("connect", address)
    return _connect_ex(self, address)


def _guarded_sendto(self: socket.socket, data: bytes, *args: object) -> int:
    address = args[-1]
    if not _allowed(self, address):
        _refuse("sendto", address)
    return _sendto(self, data, *args)


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> list:
    if not _is_local(host):
        _refuse("resolve", host)
    return _getaddrinfo(host, *args, **kwargs)


def _guarded_gethostbyname(host: str) -> str:
    if not _is_local(host):
        _refuse("resolve", host)
    return _gethostbyname(host)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
socket.socket.sendto = _guarded_sendto  # type: ignore[method-assign]
socket.getaddrinfo = _guarded_getaddrinfo  # type: ignore[assignment]
socket.gethostbyname = _guarded_gethostbyname  # type: ignore[assignment]
