"""Language identification with langdetect, made deterministic (seeded), per document and paragraph."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import cache
from typing import Any

from pipeline import config
from pipeline.records import Paragraph
from pipeline.text.langid import FastDetector

log = logging.getLogger(__name__)

_LETTERS = re.compile(r"[^\W\d_]{2,}")


@cache
def _fast() -> FastDetector:
    return FastDetector()


def _detector(text: str, trials: int | None = None) -> Any:
    """A langdetect detector seeded with LANGDETECT_SEED, so that the same input gives the same answer (the
    reference :class:`~pipeline.text.langid.FastDetector` is checked against)."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    detector = detector_factory._factory.create()
    detector.seed = config.LANGDETECT_SEED
    if trials:
        detector.n_trial = trials
    detector.append(text)
    return detector


def detect(text: str, trials: int | None = None) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability of the main language of ``text``; (None, None) when undecidable."""
    from langdetect.lang_detect_exception import LangDetectException

    sample = text[: config.LANGUAGE_SAMPLE_CHARS]
    if not _LETTERS.search(sample):
        return None, None
    try:
        ranked = _fast().probabilities(sample, config.LANGDETECT_SEED, trials or config.LANGDETECT_TRIALS)
    except LangDetectException:
        return None, None
    if not ranked:
        return None, None
    top = ranked[0]
    return top.lang.split("-")[0], round(float(top.prob), 4)


def paragraph_languages(paragraphs: list[Paragraph], language: str | None) -> list[Paragraph]:
    """Each paragraph's language: its own when long enough and clearly different, else the document's."""
    out = []
    for para in paragraphs:
        lang, prob = language, None
        if len(para.text) >= config.PARAGRAPH_MIN_CHARS:
            found, found_prob = detect(para.text[:config.PARAGRAPH_SAMPLE_CHARS], config.PARAGRAPH_TRIALS)
            sure = found_prob is not None and found_prob >= config.PARAGRAPH_MIN_PROBABILITY
            if found and found_prob is not None and (found == language or sure):
                lang, prob = found, found_prob
        out.append(replace(para, language=lang, confidence=prob))
    return out
