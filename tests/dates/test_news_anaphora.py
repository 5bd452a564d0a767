"""Dates read on news (issue 18, sixth round): a count after "in" in a present-perfect clause tells how
long, "the following year" is the year after the one told, two weekdays with a verb between them are two
days, a tense word beyond a comma weighs less than one in the date's own clause, a range of hours
joined to its day is one range, "is expected" marks a future, US and Canadian holidays are days and a
holiday takes the year its clause's tense says. Published on
Wednesday 15 May 2024 unless said otherwise."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2024-05-15"  # a Wednesday

PERFECT_DURATIONS = [
    # a count after a preposition that also tells how long, in a present-perfect clause: how long
    ("en", "In two years, Sarah has come a long way.", []),
    ("en", "The company has doubled its sales in three years.", []),
    ("nl", "In twee jaar heeft het bedrijf zijn omzet verdubbeld.", []),
    ("nl", "Het bedrijf heeft in twee jaar de omzet verdubbeld.", []),
    ("de", "In zwei Jahren hat sich der Umsatz verdoppelt.", []),
    ("de", "Die Firma hat ihren Umsatz in zwei Jahren verdoppelt.", []),
    ("fr", "En deux ans, la société a doublé son chiffre d'affaires.", []),
    # ... but a future, an obligation, a possession, a verb of saying or a future-only preposition keep it
    ("en", "In three years, we will open a new plant.", [("In three years", "2027-05-15")]),
    ("en", "The council has to decide in two weeks.", [("in two weeks", "2024-05-29")]),
    ("en", "In two years, we have a new stadium.", [("In two years", "2026-05-15")]),
    ("en", "The company has said it opens the plant in two years.", [("in two years", "2026-05-15")]),
    ("nl", "Over twee jaar heeft de stad een nieuw stadion.", [("Over twee jaar", "2026-05-15")]),
    ("nl", "In twee jaar opent het bedrijf een fabriek.", [("In twee jaar", "2026-05-15")]),
    ("de", "In zwei Jahren eröffnet die Firma ein Werk.", [("In zwei Jahren", "2026-05-15")]),
    ("fr", "Dans deux ans, la société ouvrira une usine.", [("Dans deux ans", "2026-05-15")]),
]

FOLLOWING_YEARS = [
    # the year after the one named last before; no date when none is
    ("en", "The plant opened in 2019, and the following year it doubled its output.",
     [("2019", "2019"), ("the following year", "2020")]),
    ("en", "He was elected in 2010. A year later, he resigned.", [("2010", "2010"), ("A year later", "2011")]),
    ("en", "The best time to book is usually through April (for the following year).", [("April", "2024-04")]),
    ("fr", "L'usine a ouvert en 2019 et l'année suivante, elle a doublé sa production.",
     [("2019", "2019"), ("l'année suivante", "2020")]),
    ("fr", "Réservez en avril pour l'année suivante.", [("avril", "2024-04")]),
    ("de", "Das Werk wurde 2019 eröffnet, im Jahr darauf verdoppelte es die Produktion.",
     [("2019", "2019"), ("im Jahr darauf", "2020")]),
    ("de", "Buchen Sie im April für das folgende Jahr.", [("April", "2024-04")]),
    ("nl", "De fabriek opende in 2019 en het jaar daarop verdubbelde de productie.",
     [("2019", "2019"), ("het jaar daarop", "2020")]),
    ("nl", "Boek in april voor het jaar daarop.", [("april", "2024-04")]),
]

WEEKDAYS = [
    # two weekdays with a verb between them are two days, each read in its own clause
    ("en", "The talks, which began on Monday, will end on Friday.",
     [("Monday", "2024-05-13"), ("Friday", "2024-05-17")]),
    ("en", "They began on Monday and will end on Friday.", [("Monday", "2024-05-13"), ("Friday", "2024-05-17")]),
    ("en", "The report, released Monday, will show the damage.", [("Monday", "2024-05-13")]),
    ("en", "The office is open Monday or Tuesday.", []),
    ("de", "Die Gespräche begannen am Montag und werden am Freitag enden.", [("Freitag", "2024-05-17")]),
    ("nl", "De gesprekken zijn maandag begonnen en zullen vrijdag eindigen.", [("vrijdag", "2024-05-17")]),
    ("fr", "Les négociations, qui ont commencé lundi, vont se terminer vendredi.", [("vendredi", "2024-05-17")]),
    # the end of a compound adjective is no past verb
    ("en", "The mogul will be honoured at the star-studded gala on December 4, where he'll be presented.",
     [("December 4", "2024-12-04")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PERFECT_DURATIONS + FOLLOWING_YEARS)
def test_news_anaphora(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), WEEKDAYS)
def test_weekdays_of_two_clauses(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)]
    assert all(item in found for item in expected), found


TIME_RANGES = [
    # a range of hours before or after its day: one range on that day
    ("en", "The event takes place between 10am and 4pm on Saturday.",
     [("between 10am and 4pm on Saturday", "2024-05-18T10:00/2024-05-18T16:00")]),
    ("en", "The shop is open on Saturday from 2 to 4pm.",
     [("Saturday from 2 to 4pm", "2024-05-18T14:00/2024-05-18T16:00")]),
    ("en", "The hearing is on May 10, 2007, from 1:00 p.m. to 3:00 p.m.",
     [("May 10, 2007, from 1:00 p.m. to 3:00 p.m.", "2007-05-10T13:00/2007-05-10T15:00")]),
    ("fr", "Le vote a lieu de 8h à 20h dimanche.", [("de 8h à 20h dimanche", "2024-05-19T08:00/2024-05-19T20:00")]),
    ("fr", "La manifestation aura lieu samedi de 14h à 18h.",
     [("samedi de 14h à 18h", "2024-05-18T14:00/2024-05-18T18:00")]),
    ("de", "Die Veranstaltung findet am Samstag von 10 bis 16 Uhr statt.",
     [("Samstag von 10 bis 16 Uhr", "2024-05-18T10:00/2024-05-18T16:00")]),
    ("de", "Von 10 bis 16 Uhr am Samstag ist das Rathaus geöffnet.",
     [("Von 10 bis 16 Uhr am Samstag", "2024-05-18T10:00/2024-05-18T16:00")]),
    ("nl", "Het evenement is zaterdag van 10.00 tot 16.00 uur.",
     [("zaterdag van 10.00 tot 16.00 uur", "2024-05-18T10:00/2024-05-18T16:00")]),
    ("nl", "Van 10.00 tot 16.00 uur op zaterdag is het stadhuis open.",
     [("Van 10.00 tot 16.00 uur op zaterdag", "2024-05-18T10:00/2024-05-18T16:00")]),
    # ... not two times joined by "and" without "between", nor hours out of order
    ("en", "He spoke at 9am and 4pm on Saturday.", [("4pm on Saturday", "2024-05-11T16:00")]),
    ("en", "The party runs from 10pm to 2am on Saturday.", [("2am on Saturday", "2024-05-18T02:00")]),
    ("de", "Am Samstag um 10 Uhr beginnt das Fest.", [("Samstag um 10 Uhr", "2024-05-18T10:00")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TIME_RANGES)
def test_time_ranges_on_a_day(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected


EXPECTED_AND_HOLIDAYS = [
    # "is expected", "est attendu", "verwacht", "erwartet": a future
    ("en", "A decision is expected Monday.", [("Monday", "2024-05-20")]),
    ("en", "As expected, the board met Monday.", [("Monday", "2024-05-13")]),
    ("fr", "La décision est attendue lundi.", [("lundi", "2024-05-20")]),
    ("nl", "De uitspraak wordt maandag verwacht.", [("maandag", "2024-05-20")]),
    ("de", "Die Firma erwartet am Montag eine Entscheidung.", [("Montag", "2024-05-20")]),
    # "is due", "set for", "slated": a future (and their equivalents)
    ("en", "He is due in court Monday.", [("Monday", "2024-05-20")]),
    ("en", "Closing arguments are set for Monday.", [("Monday", "2024-05-20")]),
    ("en", "The vote is slated for Monday.", [("Monday", "2024-05-20")]),
    ("en", "The flight was cancelled due to rain on Monday.", [("Monday", "2024-05-13")]),
    ("fr", "Il doit comparaître lundi devant le tribunal.", [("lundi", "2024-05-20")]),
    ("de", "Er soll am Montag vor Gericht erscheinen.", [("Montag", "2024-05-20")]),
    ("nl", "De stemming staat gepland voor maandag.", [("maandag", "2024-05-20")]),
    # US and Canadian holidays
    ("en", "The office is closed on Martin Luther King Jr. Day.", [("Martin Luther King Jr. Day", "2024-01-15")]),
    ("en", "Memorial Day 2023 was hot.", [("Memorial Day 2023", "2023-05-29")]),
    ("en", "The mayor will speak on Labor Day.", [("Labor Day", "2024-09-02")]),
    ("en", "On Canada Day, fireworks will light the sky.", [("Canada Day", "2024-07-01")]),
    ("en", "Stores will be closed on Victoria Day.", [("Victoria Day", "2024-05-20")]),  # the Monday before 25 May
    ("en", "On the Civic Holiday, the mayor will speak.", [("Civic Holiday", "2024-08-05")]),  # August's first Monday
    ("fr", "Les magasins seront fermés pour la Journée nationale des patriotes.",
     [("Journée nationale des patriotes", "2024-05-20")]),  # Quebec's name of Victoria Day
    ("fr", "Les bureaux seront fermés à la fête de Victoria.", [("fête de Victoria", "2024-05-20")]),
    # a holiday on the other side of publication than its clause's tense: the year before or after
    ("en", "On Labor Day, the mayor spoke.", [("Labor Day", "2023-09-04")]),
    ("en", "He will be back by Easter.", [("Easter", "2025-04-20")]),
    ("en", "It happened 2 weeks before Christmas.", [("2 weeks before Christmas", "2023-12-11")]),
    ("fr", "Il sera de retour à Pâques.", [("Pâques", "2025-04-20")]),
    ("de", "An Ostern wird er zurück sein.", [("Ostern", "2025-04-20")]),
    ("nl", "Met Pasen zal hij terug zijn.", [("Pasen", "2025-04-20")]),
    ("en", "The senator introduced a resolution to recognise Juneteenth.", [("Juneteenth", "2024-06-19")]),  # near
]

FOR_MONTHS = [
    # a month after "for" / "pour" / "für" (not an English month that is also a name: "voted for May")
    ("en", "The vote is scheduled for June.", [("June", "2024-06")]),
    ("en", "The election is planned for November.", [("November", "2024-11")]),
    ("en", "MPs voted for May in the contest.", []),
    ("fr", "Le vote est prévu pour juin.", [("juin", "2024-06")]),
    ("de", "Die Abstimmung ist für Juni geplant.", [("Juni", "2024-06")]),
    ("nl", "De stemming is gepland voor juni.", [("juni", "2024-06")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EXPECTED_AND_HOLIDAYS + FOR_MONTHS)
def test_expected_futures_and_holidays(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
