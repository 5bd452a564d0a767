"""A time of day with its time zone joins the day next to it (``time_zone_words``, pipeline/dates/patterns.py
``time_zone``): "8 p.m. ET Thursday", "Thursday at 10 a.m. EDT", "jeudi à 20h heure locale", "am Donnerstag
um 20 Uhr MEZ", "donderdag om 20.00 uur lokale tijd". The zone is written as the language writes it: "at" is
no zone."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-26T14:20"  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The show airs at 8 p.m. ET Thursday.", [("8 p.m. ET Thursday", "2023-04-27T20:00")]),
    ("en", "The vote is Thursday at 10 a.m. EDT.", [("Thursday at 10 a.m. EDT", "2023-04-27T10:00")]),
    ("en", "The briefing will be at 2 p.m. local time on Friday.",
     [("2 p.m. local time on Friday", "2023-04-28T14:00")]),
    ("fr", "Le vote aura lieu jeudi à 20h heure locale.", [("jeudi à 20h heure locale", "2023-04-27T20:00")]),
    ("de", "Die Abstimmung ist am Donnerstag um 20 Uhr MEZ.", [("Donnerstag um 20 Uhr MEZ", "2023-04-27T20:00")]),
    ("nl", "De stemming is donderdag om 20.00 uur lokale tijd.",
     [("donderdag om 20.00 uur lokale tijd", "2023-04-27T20:00")]),
    # no zone: as before
    ("en", "The show airs at 8 p.m. Thursday.", [("8 p.m. Thursday", "2023-04-27T20:00")]),
    ("en", "The show airs Thursday at 8 p.m. at the theatre.", [("Thursday at 8 p.m.", "2023-04-27T20:00")]),
])
def test_a_time_with_its_zone(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
