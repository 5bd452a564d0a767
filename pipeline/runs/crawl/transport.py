"""The connection layer of the crawler: a urllib3 pool whose connections enforce two rules per request.

- Address: unless the request's source allows private addresses, the connected socket's peer must be a
  public address (:mod:`pipeline.runs.crawl.addresses`), checked before a byte of the request is sent.
- Deadline: the per-request ``timeout`` bounds the whole request (headers and body), not each read: urllib3's
  read timeout restarts with every byte, so a server dripping one byte a second would otherwise hold a
  connection for ever. A watchdog shuts the socket down at the deadline."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from pipeline.runs.crawl.addresses import check_peer

_current = threading.local()  # the Guard of the request this thread is making


class Guard:
    """Rules of one request; used as a context manager around it (``with Guard(...)``)."""

    def __init__(self, allow_private: bool, seconds: float):
        self.allow_private = allow_private
        self.deadline = time.monotonic() + seconds
        self.expired = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> Guard:
        _current.guard = self
        return self

    def __exit__(self, *_exc: object) -> None:
        _current.guard = None
        if self._timer is not None:
            self._timer.cancel()

    def watch(self, sock: socket.socket | None) -> None:
        """Shut ``sock`` down when the deadline passes (once per request)."""
        if sock is None or self._timer is not None:
            return

        def expire() -> None:
            self.expired = True
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

        self._timer = threading.Timer(max(self.deadline - time.monotonic(), 0.0), expire)
        self._timer.daemon = True
        self._timer.start()


def _guard() -> Guard | None:
    return getattr(_current, "guard", None)


class _Checked:
    """Mixin for urllib3 connections: peer address check on connect, deadline watchdog on each request."""

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        guard = _guard()
        if guard is not None:
            if not guard.allow_private:
                try:
                    check_peer(str(sock.getpeername()[0]))
                except BaseException:
                    sock.close()
                    raise
            guard.watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        guard = _guard()
        if guard is not None:
            guard.watch(getattr(self, "sock", None))  # a kept-alive connection: no _new_conn this time
        super().request(*args, **kwargs)  # type: ignore[misc]


class CheckedHTTPConnection(_Checked, HTTPConnection):
    pass


class CheckedHTTPSConnection(_Checked, HTTPSConnection):
    pass


class CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = CheckedHTTPConnection


class CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = CheckedHTTPSConnection


def pool_manager(**kwargs: Any) -> urllib3.PoolManager:
    manager = urllib3.PoolManager(**kwargs)
    manager.pool_classes_by_scheme = {"http": CheckedHTTPPool, "https": CheckedHTTPSPool}
    return manager
