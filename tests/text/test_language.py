from __future__ import annotations

import pytest

from pipeline.text.language import detect, paragraph_languages
from pipeline.text.main_text import split_paragraphs

SENTENCES = [
    ("en", "The European Commission announced new funding for social protection programmes in China today."),
    ("nl", "De FOD Sociale Zekerheid ondersteunt partnerlanden bij de uitbouw van hun socialezekerheidssysteem."),
    ("fr", "La ministre fédérale a annoncé un nouveau financement pour la protection sociale en Belgique."),
    ("de", "Die Bundesministerin hat heute neue Mittel für den sozialen Schutz in Deutschland angekündigt."),
]


@pytest.mark.parametrize(("language", "sentence"), SENTENCES)
def test_detects_the_four_languages(language, sentence):
    found, confidence = detect(sentence)
    assert found == language
    assert confidence is not None and 0.5 < confidence <= 1.0


def test_detection_is_deterministic():
    text = "Brussel Bruxelles Brussels 2025"
    assert len({detect(text) for _ in range(10)}) == 1


@pytest.mark.parametrize("text", ["", "12345 67 89", "!!! ???"])
def test_undecidable_text_gives_none(text):
    assert detect(text) == (None, None)


def test_mixed_language_paragraphs():
    text = "\n".join(s for _, s in SENTENCES) + "\nKort."
    paragraphs = paragraph_languages(split_paragraphs(text), "en")
    assert [p.language for p in paragraphs] == ["en", "nl", "fr", "de", "en"]
    assert paragraphs[-1].confidence is None  # too short: inherits the document language
