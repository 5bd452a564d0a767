"""The per-document pipeline: a pure function of one raw document (no database, no global state
beyond cached models), so that runs can be spread over processes or a cluster."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

from pipeline.dates import extract_dates
from pipeline.errors import ExtractionError, PipelineError
from pipeline.extract.amounts import extract_amounts
from pipeline.extract.entities import extract_entities
from pipeline.extract.header import read_header
from pipeline.extract.language import detect, paragraph_languages
from pipeline.extract.roles import extract_roles
from pipeline.extract.text import extract_text, split_paragraphs
from pipeline.normalize.entities import cluster_mentions
from pipeline.records import Document, RawDocument

log = logging.getLogger(__name__)
T = TypeVar("T")
HINT_WINS_BELOW = 0.90  # a source's language hint replaces a detection less sure than this,
HINT_WINS_SHORTER_THAN = 200  # or one made on a text this short (langdetect is overconfident there)


TIMINGS: dict[str, float] | None = None  # when a dict, seconds spent per stage are added to it (make bench)


def stage(name: str, func: Callable[..., T], *args: object) -> T:
    """Run one stage; an unexpected exception becomes an :class:`ExtractionError` naming the stage."""
    started = time.perf_counter()
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
        if TIMINGS is not None:
            TIMINGS[name] = TIMINGS.get(name, 0.0) + time.perf_counter() - started


def process(raw: RawDocument) -> Document:
    """Every stage for one document: text, language, entities, dates, amounts, roles."""
    extracted = stage("text", extract_text, raw)
    text = extracted.text
    language, confidence = stage("language", detect, text)
    unsure = language is None or (confidence or 0) < HINT_WINS_BELOW or len(text) < HINT_WINS_SHORTER_THAN
    if raw.language_hint and unsure:
        language, confidence = raw.language_hint, None
    title, published = extracted.title, extracted.published
    if extracted.extraction == "text":
        header_title, header_date = stage("header", read_header, text, language)
        title, published = title or header_title, published or header_date
    paragraphs = stage("language", paragraph_languages, split_paragraphs(text), language)
    mentions, model = stage("entities", extract_entities, text, paragraphs, language)
    mentions, entities = stage("entities", cluster_mentions, text, mentions)
    return Document(
        source=raw.source, sha256=raw.sha256, text=text, title=title, published=published,
        url=extracted.url, extraction=extracted.extraction, encoding=extracted.encoding,
        language=language, language_confidence=confidence, paragraphs=tuple(paragraphs),
        mentions=tuple(mentions), entities=tuple(entities),
        dates=tuple(stage("dates", extract_dates, text, language, published)),
        amounts=tuple(stage("amounts", extract_amounts, text, language)),
        roles=tuple(stage("roles", extract_roles, text, mentions, entities, language)),
        models=(model.label,),
    )
