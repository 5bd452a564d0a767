"""A word for an hour before a day (pipeline/dates/times.py ``_clock_word``): after a time joiner in every
language ("at noon on Friday", "à midi samedi"), alone only where the language writes it so
(``clock_words_alone``: English "noon Friday", "by midday Monday"; French "le Midi" is the south)."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-26T14:20"  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The deadline is noon Friday.", [("noon Friday", "2023-04-28T12:00")]),
    ("en", "Bids are due by midday Friday.", [("midday Friday", "2023-04-28T12:00")]),
    ("en", "The deadline is at noon on Friday.", [("at noon on Friday", "2023-04-28T12:00")]),
    ("fr", "La date limite est à midi samedi.", [("à midi samedi", "2023-04-29T12:00")]),
    ("fr", "Des orages sont attendus dans le Midi samedi.", [("samedi", "2023-04-29")]),
    ("de", "Die Frist endet am Samstag um 12 Uhr.", [("Samstag um 12 Uhr", "2023-04-29T12:00")]),
    ("nl", "De deadline is zaterdag om 12 uur.", [("zaterdag om 12 uur", "2023-04-29T12:00")]),
])
def test_a_clock_word_before_a_day(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
