"""The tense of a weekday's clause (issue 18, fourth round): a verb that is both a present and the auxiliary
of a compound past ("est", "sont") marks the past only as that auxiliary ("est décédé", "s'est réuni"; not
"est ouvert", "sont fermés"), "a lieu" is a present, and the perfect built with "sein"/"zijn" ("ist gestorben",
"is overleden") is a past. Published on Wednesday 12 June 2019: the nearest Saturday is 15 June, the last
one 8 June."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2019-06-12"  # a Wednesday
LAST, NEAREST = "2019-06-08", "2019-06-15"

CASES = [
    # a state in the present: the nearest Saturday
    ("fr", "Le musée est ouvert samedi de 10h à 18h.", "samedi", NEAREST),
    ("fr", "Les écoles sont fermées samedi en raison de la grève.", "samedi", NEAREST),
    ("fr", "Une manifestation est organisée samedi devant la préfecture.", "samedi", NEAREST),
    ("fr", "Le sommet a lieu samedi à Bruxelles.", "samedi", NEAREST),
    ("fr", "Des frappes ont visé le nord-est du pays samedi.", "samedi", LAST),  # "ont" is the auxiliary
    ("en", "The museum is open on Saturday.", "Saturday", NEAREST),
    ("nl", "Het museum is zaterdag open.", "zaterdag", NEAREST),
    ("de", "Das Museum ist am Samstag geöffnet.", "Samstag", NEAREST),
    # a compound past with "être", "sein", "zijn": the last Saturday
    ("fr", "Le ministre est décédé samedi à l'hôpital.", "samedi", LAST),
    ("fr", "Les ministres se sont réunis samedi à Luxembourg.", "samedi", LAST),
    ("fr", "La délégation est finalement arrivée samedi à Kiev.", "samedi", LAST),
    ("fr", "Les deux dirigeants sont partis samedi pour Pékin.", "samedi", LAST),
    ("en", "The minister died on Saturday.", "Saturday", LAST),
    ("nl", "De oud-minister is zaterdag overleden.", "zaterdag", LAST),
    ("nl", "De delegatie is zaterdag in Kiev aangekomen.", "zaterdag", LAST),
    ("de", "Der frühere Minister ist am Samstag gestorben.", "Samstag", LAST),
    ("de", "Tausende sind am Samstag in Tiflis auf die Straße gegangen.", "Samstag", LAST),
]


@pytest.mark.parametrize(("lang", "text", "span", "value"), CASES)
def test_weekday_tense(lang: str, text: str, span: str, value: str) -> None:
    found = [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)]
    assert found == [(span, value)]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le musée est ouvert samedi et dimanche de 10h à 18h."),  # opening days, maybe every week
    ("en", "The museum is open Saturday and Sunday from 10 a.m."),
    ("nl", "Het museum is zaterdag en zondag open van 10 tot 18 uur."),
    ("de", "Das Museum ist Samstag und Sonntag von 10 bis 18 Uhr geöffnet."),
])
def test_open_days_in_the_present_are_no_dates(lang: str, text: str) -> None:
    assert [d.text for d in extract_dates(text, lang, PUBLISHED)] == []
