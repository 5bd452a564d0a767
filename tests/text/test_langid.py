"""The fast language detector gives langdetect's own answer, to the last bit of every probability, on real
releases in several languages, on their paragraphs and on the corpus of bad files."""

from __future__ import annotations

import pytest
from langdetect.lang_detect_exception import LangDetectException

from pipeline import config
from pipeline.text.langid import FastDetector
from pipeline.text.language import _detector
from pipeline.text.main_text import split_paragraphs
from tests.conftest import DATA, RAW


def samples() -> list[tuple[str, int | None]]:
    texts = []
    for folder, pattern in ((DATA / "gold" / "dev" / "texts", "**/*.txt"), (RAW, "*.txt"), (DATA / "bad", "*.txt")):
        for path in sorted(folder.glob(pattern)):
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    out: list[tuple[str, int | None]] = [("", None), ("12 34 %%", None), ("ÆØÅ ÆØÅ", 2), ("Ça va? Überall!", None)]
    for text in texts:
        out.append((text[: config.LANGUAGE_SAMPLE_CHARS], None))
        out += [(p.text[: config.PARAGRAPH_SAMPLE_CHARS], config.PARAGRAPH_TRIALS) for p in split_paragraphs(text)
                if len(p.text) >= config.PARAGRAPH_MIN_CHARS][:4]
    return out


def reference(text: str, trials: int | None) -> object:
    try:
        return [(found.lang, found.prob) for found in _detector(text, trials).get_probabilities()]
    except LangDetectException as exc:
        return exc.code


def fast(detector: FastDetector, text: str, trials: int | None) -> object:
    try:
        return [(found.lang, found.prob) for found in
                detector.probabilities(text, config.LANGDETECT_SEED, trials or config.LANGDETECT_TRIALS)]
    except LangDetectException as exc:
        return exc.code


@pytest.mark.slow
def test_fast_detector_equals_langdetect_exactly():
    detector = FastDetector()
    cases = samples()
    assert len(cases) > 150
    languages = set()
    for text, trials in cases:
        expected = reference(text, trials)
        assert fast(detector, text, trials) == expected, text[:80]
        if isinstance(expected, list) and expected:
            languages.add(expected[0][0])
    assert {"en", "nl", "fr", "de"} <= languages


@pytest.mark.parametrize("text", [
    "  Leading and  doubled   spaces, trailing one ",
    "NATO and the UN met in NEW YORK; ABC abc AbC aBC",
    "Der Bundesrat hat am Mittwoch beschlossen, dass der Bundesrat",  # a word seen twice: memoised n-grams
    "l'Union européenne et la Commission européenne, l'Union",
    "x",
    "Ærø ÆØÅ straße Œuvre",
])
def test_memoised_word_ngrams_give_langdetect_answer(text: str) -> None:
    detector = FastDetector()
    for trials in (None, config.PARAGRAPH_TRIALS):
        assert fast(detector, text, trials) == reference(text, trials)
        assert fast(detector, text, trials) == reference(text, trials)  # again, from the memo
