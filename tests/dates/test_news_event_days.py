"""A day named by its date that is the event only next to a word of that event (``marked_event_days``,
pipeline/dates/calendar.py ``named_day``): 6 January is 2021's in "the Jan. 6 riot", "l'assaut du 6 janvier",
"der Sturm auf das Kapitol am 6. Januar", "de bestorming van het Capitool op 6 januari"; alone, or after
"since", it is the nearest 6 January as any other day."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-26"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Carlson aired footage from the Jan. 6 riot at the Capitol.", [("Jan. 6", "2021-01-06")]),
    ("en", "The Jan. 6 committee released its final report.", [("Jan. 6", "2021-01-06")]),
    ("en", "Rioters stormed the Capitol on Jan. 6 to stop the count.", [("Jan. 6", "2021-01-06")]),
    ("en", "He was among the January 6 defendants.", [("January 6", "2021-01-06")]),
    ("fr", "L'assaut du 6 janvier a choqué le pays.", [("6 janvier", "2021-01-06")]),
    ("fr", "Il a été inculpé pour les émeutes du 6 janvier.", [("6 janvier", "2021-01-06")]),
    ("de", "Nach dem Sturm auf das Kapitol am 6. Januar wurde er angeklagt.", [("6. Januar", "2021-01-06")]),
    ("nl", "Na de bestorming van het Capitool op 6 januari werd hij aangeklaagd.", [("6 januari", "2021-01-06")]),
    # no word of the event: the nearest 6 January, even after "since"
    ("en", "The strike has continued since January 6.", [("January 6", "2023-01-06")]),
    ("en", "The hearing is set for Jan. 6.", [("Jan. 6", "2024-01-06")]),
    ("fr", "La grève dure depuis le 6 janvier.", [("6 janvier", "2023-01-06")]),
    ("de", "Der Streik dauert seit dem 6. Januar an.", [("6. Januar", "2023-01-06")]),
    ("nl", "De staking duurt al sinds 6 januari.", [("6 januari", "2023-01-06")]),
])
def test_a_marked_event_day(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
