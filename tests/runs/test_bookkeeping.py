"""Run bookkeeping shared by ingest and crawl: progress bar, tallies that add up, the per-document limit."""

from __future__ import annotations

import io
import sys
import time

import pytest

from pipeline.errors import TimeLimitExceeded
from pipeline.records import Document
from pipeline.runs import bookkeeping
from pipeline.runs.bookkeeping import Tally, progress


def test_progress_bar_only_on_a_terminal(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    items = [1, 2, 3]
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert progress(items, 3, "crawl", "page", True) is items
    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = progress(items, 3, "crawl", "page", True)
    assert bar is not items and list(bar) == items
    assert "crawl" in sys.stderr.getvalue()
    assert progress(items, 3, "crawl", "page", False) is items


def test_tally_outcomes_add_up_and_models_are_noted():
    tally = Tally(seen=5)
    tally.extracted(Document(source="a", sha256="x", text="t", language="en", models=("en_core_web_sm==3.8.0",)))
    for outcome in ("unchanged", "duplicate", "skipped", "failed"):
        tally.outcome(outcome)
    assert tally.accounted == tally.seen == 5
    counts = tally.counts()
    assert counts["documents_seen"] == sum(counts[f"documents_{k}"] for k in
                                           ("stored", "unchanged", "duplicate", "skipped", "failed"))
    assert tally.models == {"en": "en_core_web_sm==3.8.0"}
    assert tally.outcomes_line() == "1 stored, 1 unchanged, 1 duplicates, 1 skipped, 1 failed"


def test_process_limited_applies_the_per_document_limit(monkeypatch):
    from pipeline import config
    from pipeline.records import RawDocument

    monkeypatch.setattr(config, "MAX_SECONDS_PER_DOCUMENT", 0.2)
    monkeypatch.setattr(bookkeeping, "process", lambda raw: time.sleep(2))
    with pytest.raises(TimeLimitExceeded):
        bookkeeping.process_limited(RawDocument("x", b"text"))
