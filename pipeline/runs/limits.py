"""The per-document time limit: SIGALRM in the main thread of a process (the process pool, a run in one
process), a timer raising in the task's thread where signals cannot reach (the threads Dask runs tasks in)."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline import config
from pipeline.errors import TimeLimitExceeded


class Expired(TimeLimitExceeded):
    """A document's stages ran past MAX_SECONDS_PER_DOCUMENT (raised as a class, without arguments, in the
    thread case: PyThreadState_SetAsyncExc takes a class)."""

    def __init__(self) -> None:
        super().__init__(f"processing took longer than {config.MAX_SECONDS_PER_DOCUMENT:g} s "
                         "(MAX_SECONDS_PER_DOCUMENT)")


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`Expired` when the block runs longer than ``seconds`` (none when ``seconds`` is not
    positive): the per-document limit, or what is left of it."""
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "SIGALRM"):
        with _signal_limit(seconds):
            yield
    else:
        with thread_time_limit(seconds):
            yield


@contextmanager
def _signal_limit(seconds: float) -> Iterator[None]:
    def expire(_signum: int, _frame: object) -> None:
        raise Expired()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class thread_time_limit:
    """Raise :class:`Expired` in the current thread when the block runs longer than ``seconds``
    (delivered between two Python instructions, like a signal handler)."""

    def __init__(self, seconds: float):
        self.seconds, self.lock, self.done = seconds, threading.Lock(), False
        self.thread_id = threading.get_ident()
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        with self.lock:
            if not self.done:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id),
                                                           ctypes.py_object(Expired))

    def __enter__(self) -> None:
        if self.seconds > 0:
            self.timer.start()

    def __exit__(self, *_exc: object) -> None:
        with self.lock:
            self.done = True
        self.timer.cancel()

