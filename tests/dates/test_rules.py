"""The rule records: every rule names a known word category, builds a valid pattern in every language,
and rules that need the publication day find nothing without it."""

from __future__ import annotations

import logging
import re

import pytest

from pipeline.dates import extract_dates
from pipeline.dates.extract import RULES, compiled_rules
from pipeline.dates.patterns import patterns_for
from pipeline.dates.rules import Reference

LANGUAGES = ["en", "nl", "fr", "de"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rule_needs_a_known_category(language: str) -> None:
    triggers = patterns_for(language).triggers
    for rule in RULES:
        assert rule.needs is None or rule.needs in triggers, rule.name
        assert rule.family in ("calendar", "periods", "relative"), rule.name


@pytest.mark.parametrize("language", LANGUAGES)
def test_rules_compile_in_every_language(language: str) -> None:
    built = compiled_rules(language)
    assert len(built) > len(RULES) // 2
    assert all(isinstance(regex, re.Pattern) for _, regex in built)


def test_reference_is_parsed_once_into_day_and_year() -> None:
    assert Reference.parse("2021-05-10T08:00").day is not None
    partial = Reference.parse("2021-05")
    assert (partial.day, partial.year) == (None, 2021)
    with pytest.raises(ValueError):
        partial.known_day()


@pytest.mark.parametrize(("language", "text"), [
    ("en", "yesterday, next Friday and 2 days ago"),
    ("nl", "gisteren, volgende vrijdag en 2 dagen geleden"),
    ("fr", "hier, vendredi prochain et il y a 2 jours"),
    ("de", "gestern, nächsten Freitag und vor 2 Tagen"),
])
def test_day_rules_need_the_publication_day(language: str, text: str) -> None:
    assert len(extract_dates(text, language, "2021-05-10")) == 3
    assert extract_dates(text, language, "2021-05") == []


def test_debug_log_counts_candidates(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="pipeline.dates.extract"):
        extract_dates("on 21 January 2025", "en")
    assert any("1 kept" in r.getMessage() and "2025-01-21" in r.getMessage() for r in caplog.records)
