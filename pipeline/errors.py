"""Domain exceptions. Each carries the pipeline stage it belongs to, stored in ``failures.stage``."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class of every error the pipeline raises on purpose."""

    stage = "pipeline"


class UsageError(PipelineError):
    """Bad command-line usage: a missing path, a bad option, an unreadable database (exit code 2)."""

    stage = "usage"


class DatasetNotFound(UsageError, FileNotFoundError):
    """The dataset to read does not exist (nothing is created)."""


class LoadError(PipelineError):
    """A document could not be read or decoded (binary, empty, too large, vanished...)."""

    stage = "load"


class LimitExceeded(LoadError):
    """A document exceeded one of the named limits in :mod:`pipeline.config`."""


class TimeLimitExceeded(PipelineError):
    """A document took longer than MAX_SECONDS_PER_DOCUMENT."""

    stage = "time-limit"


class ExtractionError(PipelineError):
    """Text, language or information extraction failed on a document."""

    stage = "extract"

    def __init__(self, message: str, stage: str | None = None):
        super().__init__(message)
        if stage:
            self.stage = stage


class ModelError(PipelineError):
    """A language model is missing, broken or does not match the pinned metadata."""

    stage = "model"


class StorageError(PipelineError):
    """The dataset could not be written (locked, read-only, full disk...)."""

    stage = "store"


class DataFileError(PipelineError):
    """A shipped data file (language data, alias table) is malformed."""

    stage = "data"


class CrawlLocked(PipelineError):
    """Another crawl holds the lock of this dataset (exit code 3)."""

    stage = "lock"
