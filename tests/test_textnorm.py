"""Whole-word occurrences without a pattern per form: the same spans as the regex they replace."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.resources.langdata import alternation
from pipeline.textnorm import longest_word_occurrences, word_occurrences


@pytest.mark.parametrize(("text", "form", "extra", "spans"), [
    ("Steinmeier traf Steinmeiers Gast", "Steinmeier", "", [(0, 10)]),
    ("la Commission, Commissioner", "Commission", "", [(3, 13)]),
    ("Jean-Luc and Luc", "Luc", "-", [(13, 16)]),
    ("Jean-Luc and Luc", "Luc", "", [(5, 8), (13, 16)]),
    ("EU_funds EU", "EU", "", [(9, 11)]),
    ("Zoë, Zoë!", "Zoë", "", [(0, 3), (5, 8)]),
])
def test_word_occurrences(text: str, form: str, extra: str, spans: list[tuple[int, int]]) -> None:
    assert list(word_occurrences(text, form, extra)) == spans


def test_longest_prefers_the_longest_form_at_a_start() -> None:
    text = "Annelies Verlinden met Verlinden; European Investment Bank and European Investment"
    forms = ["Verlinden", "Annelies Verlinden", "European Investment Bank", "European Investment"]
    spans = longest_word_occurrences(text, forms, extra="-")
    assert [text[s:e] for s, e in spans] == ["Annelies Verlinden", "Verlinden", "European Investment Bank",
                                             "European Investment"]


def test_the_same_spans_as_the_regex_on_random_texts() -> None:
    """Random texts over a small alphabet (so that forms overlap, nest and touch): the spans of the regex
    alternation each replaced, for one form and for several."""
    rng = random.Random(7)
    alphabet = "ab -_é."
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        forms = {"".join(rng.choice("ab-é") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 4))}
        for extra, frame in (("", r"\w"), ("-", r"\w\-")):
            regex = re.compile(rf"(?<![{frame}])(?:{alternation(forms)})(?![{frame}])")
            assert longest_word_occurrences(text, forms, extra) == [m.span() for m in regex.finditer(text)]
            for form in forms:
                single = re.compile(rf"(?<![{frame}]){re.escape(form)}(?![{frame}])")
                assert list(word_occurrences(text, form, extra)) == [m.span() for m in single.finditer(text)]
