"""Run bookkeeping shared by ingest and crawl: failures, the counts and models
written to ``runs``, the progress bar, and a summary line whose categories add up to its total."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from pipeline import config
from pipeline.errors import StorageError
from pipeline.process import process
from pipeline.records import Document, RawDocument
from pipeline.runs.limits import time_limit
from pipeline.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
OUTCOMES = ("stored", "unchanged", "duplicate", "skipped", "failed")  # every document ends in one of these


@dataclass(frozen=True)
class Failure:
    source: str
    stage: str
    error: str


def process_limited(raw: RawDocument) -> Document:
    """Every stage for one document within MAX_SECONDS_PER_DOCUMENT (ingest and crawl alike)."""
    with time_limit(config.MAX_SECONDS_PER_DOCUMENT):
        return process(raw)


def progress(items: Iterable[T], total: int | None, desc: str, unit: str, enabled: bool) -> Iterable[T]:
    """A tqdm bar on stderr when it is a terminal and ``enabled``; else the items as they are."""
    if not enabled or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, total=total, unit=unit, desc=desc, file=sys.stderr)


@dataclass
class Tally:
    """Documents by outcome (they add up to ``seen``), rows extracted, and the models used per language."""

    seen: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    mentions: int = 0
    dates: int = 0
    amounts: int = 0
    roles: int = 0
    seconds: float = 0.0
    models: dict[str, str] = field(default_factory=dict)

    def extracted(self, doc: Document) -> None:
        """Count a stored document's rows and note its language's model."""
        self.stored += 1
        self.mentions += len(doc.mentions)
        self.dates += len(doc.dates)
        self.amounts += len(doc.amounts)
        self.roles += len(doc.roles)
        if doc.language:
            self.models.setdefault(doc.language, doc.models[0] if doc.models else "")

    def outcome(self, name: str) -> None:
        """One document that was not stored: unchanged, duplicate, skipped or failed."""
        attribute = {"duplicate": "duplicates"}.get(name, name)
        setattr(self, attribute, getattr(self, attribute) + 1)

    def counts(self) -> dict[str, int]:
        return {"documents_seen": self.seen, "documents_stored": self.stored,
                "documents_unchanged": self.unchanged, "documents_duplicate": self.duplicates,
                "documents_skipped": self.skipped, "documents_failed": self.failed,
                "mentions": self.mentions, "dates": self.dates, "amounts": self.amounts, "roles": self.roles}

    @property
    def accounted(self) -> int:
        return self.stored + self.unchanged + self.duplicates + self.skipped + self.failed

    def outcomes_line(self) -> str:
        return (f"{self.stored} stored, {self.unchanged} unchanged, {self.duplicates} duplicates, "
                f"{self.skipped} skipped, {self.failed} failed")

    def rows_line(self) -> str:
        return f"{self.mentions} entity mentions, {self.dates} dates, {self.amounts} amounts, {self.roles} roles"

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def record_failure(store: Store, run_id: int, failure: Failure, tally: Tally) -> None:
    log.warning("failed: %s [%s] %s", failure.source, failure.stage, failure.error)
    store.record_failure(run_id, failure.source, failure.stage, failure.error)
    tally.failed += 1


def finish(store: Store, run_id: int, status: str, tally: Tally) -> None:
    """Write the run's end, counts and models; a dataset that cannot be written any more is only logged."""
    try:
        store.finish_run(run_id, status, tally.counts(), tally.models)
    except StorageError:
        log.error("could not record the end of run %s", run_id)
