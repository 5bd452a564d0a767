"""Worker processes that end with the run: a kill -9 of the main process leaves no orphan behind.

A worker of a process pool waits on a queue whose write end it holds itself, so it never notices that its
parent died. Each worker therefore watches its parent id and exits as soon as it changes."""

from __future__ import annotations

import os
import threading
import time

from pipeline import config


def die_with_parent(parent: int) -> None:
    """Pool initializer: exit this process when ``parent`` is no longer its parent."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(config.WORKER_PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
