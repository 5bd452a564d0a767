"""The per-document time limit: by signal in a process's main thread, by a timer in any other thread (the threads
Dask runs tasks in); a quick block is left alone."""

from __future__ import annotations

import threading
import time

import pytest

from pipeline.errors import TimeLimitExceeded
from pipeline.runs.limits import thread_time_limit, time_limit


def _busy(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


def test_time_limit_stops_a_long_block_in_the_main_thread():
    with pytest.raises(TimeLimitExceeded, match="MAX_SECONDS_PER_DOCUMENT"), time_limit(0.2):
        time.sleep(2)


@pytest.mark.parametrize("limit", [time_limit, thread_time_limit])
def test_time_limit_stops_a_long_task_in_another_thread(limit):
    outcome = {}

    def task():
        try:
            with limit(0.2):
                _busy(10)
            outcome["result"] = "finished"
        except TimeLimitExceeded as exc:
            outcome["result"] = str(exc)

    worker = threading.Thread(target=task)
    worker.start()
    worker.join(15)
    assert "MAX_SECONDS_PER_DOCUMENT" in outcome["result"]


@pytest.mark.parametrize("seconds", [5, 0])
def test_a_quick_block_or_no_limit_is_left_alone(seconds):
    with time_limit(seconds):
        _busy(0.05)
