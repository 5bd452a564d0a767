"""The per-document pipeline: a pure function of one raw document (no database, no global state
beyond cached models), so that runs can be spread over processes or a cluster."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pipeline import config
from pipeline.dates import extract_dates
from pipeline.entities.clusters import cluster_mentions
from pipeline.entities.recognize import extract_entities
from pipeline.errors import ExtractionError, PipelineError
from pipeline.events.extract import extract_events
from pipeline.events.families import content_fingerprint, release_ids
from pipeline.money.amounts import extract_amounts
from pipeline.records import Document, Paragraph, RawDocument
from pipeline.roles import extract_roles
from pipeline.text.header import read_header
from pipeline.text.language import detect, paragraph_languages
from pipeline.text.main_text import Text, extract_text, split_paragraphs

log = logging.getLogger(__name__)
T = TypeVar("T")


class Stages:
    """Runs the stages of one document: turns unexpected exceptions into :class:`ExtractionError` naming the
    stage, logs each stage at debug level and, when given a dict, adds the seconds spent per stage to it (read
    from ``clock``: wall-clock seconds by default, ``time.process_time`` for CPU seconds)."""

    def __init__(self, source: str, timings: dict[str, float] | None = None,
                 clock: Callable[[], float] = time.perf_counter):
        self.source, self.timings, self.clock = source, timings, clock

    def __call__(self, name: str, func: Callable[..., T], *args: object) -> T:
        started = self.clock()
        try:
            return func(*args)
        except PipelineError:
            raise
        except RecursionError as exc:
            raise ExtractionError("input too deeply nested to process", stage=name) from exc
        except MemoryError as exc:
            raise ExtractionError("out of memory on this document", stage=name) from exc
        except Exception as exc:  # any other bug or library failure: keep the run going, record it
            raise ExtractionError(f"{type(exc).__name__}: {exc}", stage=name) from exc
        finally:
            seconds = self.clock() - started
            log.debug("%s: %s %.1f ms", self.source, name, 1000 * seconds)
            if self.timings is not None:
                self.timings[name] = self.timings.get(name, 0.0) + seconds


@dataclass(frozen=True)
class Prepared:
    """A document after the stages that come before the statistical model: its text, language, title,
    publication date and paragraphs (what :func:`pipeline.entities.recognize.analyse_paragraphs` reads)."""

    raw: RawDocument
    extracted: Text
    language: str | None
    confidence: float | None
    title: str | None
    published: str | None
    paragraphs: tuple[Paragraph, ...]


def prepare(raw: RawDocument, stage: Stages) -> Prepared:
    """Text, language, header (plain text) and paragraphs of one document."""
    extracted = stage("text", extract_text, raw)
    text = extracted.text
    language, confidence = stage("language", detect, text)
    unsure = language is None or (confidence or 0) < config.HINT_WINS_BELOW or len(text) < config.HINT_WINS_SHORTER_THAN
    if raw.language_hint and unsure:
        language, confidence = raw.language_hint, None
    title, published = extracted.title, extracted.published
    if extracted.extraction == "text":
        header_title, header_date = stage("header", read_header, text, language)
        title, published = title or header_title, published or header_date
    paragraphs = stage("language", paragraph_languages, split_paragraphs(text), language)
    return Prepared(raw, extracted, language, confidence, title, published, tuple(paragraphs))


def complete(prepared: Prepared, stage: Stages, parsed: Sequence[Any] | None = None) -> Document:
    """Entities, dates, amounts, roles, events and family keys of a prepared document. ``parsed``: the model's
    analyses of its paragraphs when :func:`pipeline.entities.recognize.analyse_paragraphs` made them for several
    documents at once (the same analyses the entity stage makes alone otherwise)."""
    raw, extracted, language, published = prepared.raw, prepared.extracted, prepared.language, prepared.published
    text, paragraphs = extracted.text, list(prepared.paragraphs)
    mentions, model = stage("entities", extract_entities, text, paragraphs, language, parsed)
    mentions, entities = stage("entities", cluster_mentions, text, mentions, language)
    found_dates = tuple(stage("dates", extract_dates, text, language, published))
    found_amounts = tuple(stage("amounts", extract_amounts, text, language))
    found_roles = tuple(stage("roles", extract_roles, text, mentions, entities, language))
    doc = Document(
        source=raw.source, sha256=raw.sha256, text=text, title=prepared.title, published=published,
        url=extracted.url, extraction=extracted.extraction, encoding=extracted.encoding,
        language=language, language_confidence=prepared.confidence, paragraphs=prepared.paragraphs,
        mentions=tuple(mentions), entities=tuple(entities), dates=found_dates, amounts=found_amounts,
        roles=found_roles,
        events=tuple(stage("events", extract_events, text, language, mentions, entities, found_amounts,
                           found_dates, found_roles)),
        alternates=extracted.alternates,
        release_ids=tuple(stage("families", release_ids, text, extracted.url, published)),
        fingerprint=stage("families", content_fingerprint, text, published, found_amounts, found_dates).key(),
        models=(model.label,),
    )
    log.debug("%s: %s, %d mentions, %d entities, %d dates, %d amounts, %d roles, %d events", raw.source, language,
              len(doc.mentions), len(doc.entities), len(doc.dates), len(doc.amounts), len(doc.roles),
              len(doc.events))
    return doc


def process(raw: RawDocument, timings: dict[str, float] | None = None,
            clock: Callable[[], float] = time.perf_counter) -> Document:
    """Every stage for one document: text, language, entities, dates, amounts, roles. ``timings``, when
    given, receives the seconds spent per stage, read from ``clock`` (``make bench``,
    ``benchmarks/profile_stages.py``)."""
    stage = Stages(raw.source, timings, clock)
    return complete(prepare(raw, stage), stage)
