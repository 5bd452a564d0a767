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
    ("fr", "Le musée est ouvert samedi de 10h à 18h.", "samedi de 10h à 18h", f"{NEAREST}T10:00/{NEAREST}T18:00"),
    ("fr", "Les écoles sont fermées samedi en raison de la grève.", "samedi", NEAREST),
    ("fr", "Une manifestation est organisée samedi devant la préfecture.", "samedi", NEAREST),
    ("fr", "Le sommet a lieu samedi à Bruxelles.", "samedi", NEAREST),
    ("fr", "Des frappes ont visé le nord-est du pays samedi.", "samedi", LAST),  # "ont" is the auxiliary
    ("en", "The museum is open on Saturday.", "Saturday", NEAREST),
    ("nl", "Het museum is zaterdag open.", "zaterdag", NEAREST),
    ("de", "Das Museum ist am Samstag geöffnet.", "Samstag", NEAREST),
    ("de", "Was passiert am Samstag in Berlin?", "Samstag", NEAREST),  # a present, though a participle too
    ("nl", "De gevangene ontsnapt zaterdag naar het buitenland.", "zaterdag", NEAREST),
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


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Buses run again from 3.30pm, the council said."),
    ("en", "Doors open from 10.30 am for visitors."),
    ("nl", "De winkels zijn open vanaf 10.30 uur."),
    ("de", "Seit 8.30 Uhr liefen zahlreiche Grundschüler durch Hamburg."),
    ("fr", "Les portes ouvrent dès 10.30 h au public."),
])
def test_a_time_after_a_date_word_is_no_day_and_month(lang: str, text: str) -> None:
    assert [d.text for d in extract_dates(text, lang, PUBLISHED)] == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a headline's number, then the dateline after three blanks or more (a line break of a copied page)
    ("en", "Funding will alleviate congestion at I 25 and state Highway 16          July 11th  2007   WASHINGTON",
     [("July 11th  2007", "2007-07-11")]),
    ("en", "Senate votes to approve Improving Head Start Act of 2007        November 14th  2007   WASHINGTON",
     [("2007", "2007"), ("November 14th  2007", "2007-11-14")]),
    ("nl", "Subsidie voor de A 16      juli 2007 verleend", [("juli 2007", "2007-07")]),
    ("nl", "Jaarverslag 2007\n\nJuni 2008 Den Haag", [("2007", "2007"), ("Juni 2008", "2008-06")]),
    ("de", "Förderung für die B 16      Juli 2007 vergeben", [("Juli 2007", "2007-07")]),
    ("de", "Jahresbericht 2007\n\nJuni 2008 Berlin", [("2007", "2007"), ("Juni 2008", "2008-06")]),
    ("fr", "La route 16      juillet 2007 financée", [("juillet 2007", "2007-07")]),
    ("fr", "Rapport annuel 2007\n\nJuin 2008 Paris", [("2007", "2007"), ("Juin 2008", "2008-06")]),
    # hard-wrapped text keeps its dates whole
    ("en", "On  May       8  2006  The New York Times reported", [("May       8  2006", "2006-05-08")]),
    ("en", "Senator John Kerry  Kids First                     January 27  2005", [("January 27  2005", "2005-01-27")]),
])
def test_no_date_from_a_number_and_a_month_across_a_gap(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, None)] == expected


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("en", "The only time Article 5 has been invoked was after the 9/11 attacks against the US.", "9/11"),
    ("en", "He wishes he had recognised post-9/11 the challenge of the region.", "9/11"),
    ("fr", "Depuis les attentats du 11-Septembre, la coopération s'est renforcée.", "11-Septembre"),
])
def test_a_day_named_by_its_event(lang: str, text: str, span: str) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == [(span, "2001-09-11")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "CONTACT: Ed Fulginiti, 703 807 2070"),
    ("en", "Taxpayers can call (800) 829 1954 for the status of a refund."),
    ("nl", "Meer informatie: bel 020 555 2019."),
    ("de", "Rückfragen unter 030 227 2016."),
    ("fr", "Renseignements au 022 322 2015."),
])
def test_the_last_group_of_a_telephone_number_is_no_year(lang: str, text: str) -> None:
    assert [d.text for d in extract_dates(text, lang, None)] == []


@pytest.mark.parametrize(("lang", "text", "published", "expected"), [
    # a month right after (or opening the clause before) a past verb is the last one, however near the
    # next one is
    ("en", "I traveled to Iraq in January, soon after the announcement.", "2007-10-31", ("January", "2007-01")),
    ("en", "The economy created only 21,000 jobs in February.", "2004-11-30", ("February", "2004-02")),
    ("en", "In January, I introduced legislation with Senator Smith.", "2007-11-06", ("January", "2007-01")),
    ("de", "Die Preise stiegen im Januar um drei Prozent.", "2019-11-20", ("Januar", "2019-01")),
    ("nl", "De prijzen stegen in januari met drie procent.", "2019-11-20", ("januari", "2019-01")),
    ("fr", "Les prix ont augmenté en janvier de 3 %.", "2019-11-20", ("janvier", "2019-01")),
    # not after a present passive, an infinitive or a modal: the nearest one
    ("en", "The vote is expected in January.", "2019-11-20", ("January", "2020-01")),
    ("en", "The budget is due to be released in February.", "2006-12-01", ("February", "2007-02")),
    ("en", "We could get this calendared sometime in January.", "2006-12-07", ("January", "2007-01")),
    ("de", "Die Preise könnten im Januar steigen.", "2019-11-20", ("Januar", "2020-01")),
    ("nl", "De prijzen zouden in januari stijgen.", "2019-11-20", ("januari", "2020-01")),
    ("fr", "Les prix pourraient augmenter en janvier.", "2019-11-20", ("janvier", "2020-01")),
])
def test_a_month_of_a_past_verb(lang: str, text: str, published: str, expected: tuple[str, str]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, published)] == [expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the present of a timetable ("begins", "takes effect", "commence", "beginnt", "begint"): the next one
    ("en", "The strike begins Monday.", [("Monday", "2019-06-17")]),
    ("en", "The new rules take effect Monday.", [("Monday", "2019-06-17")]),
    ("en", "The museum reopens Monday after repairs.", [("Monday", "2019-06-17")]),
    ("fr", "La grève commence lundi.", [("lundi", "2019-06-17")]),
    ("fr", "La loi entre en vigueur lundi.", [("lundi", "2019-06-17")]),
    ("de", "Der Streik beginnt am Montag.", [("Montag", "2019-06-17")]),
    ("de", "Das Gesetz tritt am Montag in Kraft.", [("Montag", "2019-06-17")]),
    ("nl", "De staking begint maandag.", [("maandag", "2019-06-17")]),
    ("nl", "De wet treedt maandag in werking.", [("maandag", "2019-06-17")]),
    # its past: the last one
    ("en", "The strike, which began Monday, goes on.", [("Monday", "2019-06-10")]),
    ("en", "Housing starts fell on Monday, data showed.", [("Monday", "2019-06-10")]),  # "starts": a noun
    ("de", "Der Streik begann am Montag.", [("Montag", "2019-06-10")]),
])
def test_the_present_of_a_timetable(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a past of the present's form: English "hit", "shut", "quit" without a future marker (not "cut", a noun)
    ("en", "The storm hit the coast on Monday.", [("Monday", "2019-06-10")]),
    ("en", "The plant was shut on Monday after a leak.", [("Monday", "2019-06-10")]),
    ("en", "Families will benefit from the tax cut in January.", [("January", "2020-01")]),  # "cut": a noun
    ("en", "A storm will hit the coast on Monday.", [("Monday", "2019-06-17")]),
    ("en", "Storms are expected to hit the region Monday.", [("Monday", "2019-06-17")]),
    # the strong pasts of the other languages
    ("nl", "De storm trof maandag de kust.", [("maandag", "2019-06-10")]),
    ("nl", "De zanger stierf maandag in Gent.", [("maandag", "2019-06-10")]),
    ("nl", "De storm zal maandag de kust treffen.", [("maandag", "2019-06-17")]),
    ("de", "Der Sturm traf am Montag die Küste.", [("Montag", "2019-06-10")]),
    ("fr", "La tempête a frappé la côte lundi.", [("lundi", "2019-06-10")]),
])
def test_a_past_of_the_same_form_or_a_strong_past(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
