"""Dates as real news writes them (issue 18): a weekday alone by the tense of its clause, a time or a part
of the day with its weekday, a quarter without a year, years before 1900, "'82", German genitive months;
and numbers that are no dates. Published on Wednesday 12 June 2019 unless said otherwise."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2019-06-12"  # a Wednesday

FOUND = [
    # weekday alone: past -> the last such day up to publication, future -> the first from it on, else nearest
    ("en", "The Senate voted on Tuesday.", [("Tuesday", "2019-06-11")]),
    ("en", "The committee will meet Monday.", [("Monday", "2019-06-17")]),
    ("en", "He said Friday that the bill failed.", [("Friday", "2019-06-07")]),
    ("en", "The hearing is on Saturday.", [("Saturday", "2019-06-15")]),
    ("en", "On Thursday the first hearing began.", [("Thursday", "2019-06-06")]),
    ("nl", "De minister zei dinsdag dat het klaar is.", [("dinsdag", "2019-06-11")]),
    ("nl", "De minister zal maandag spreken.", [("maandag", "2019-06-17")]),
    ("fr", "Le ministre a annoncé mardi un plan.", [("mardi", "2019-06-11")]),
    ("fr", "Le ministre va parler lundi.", [("lundi", "2019-06-17")]),
    ("de", "Der Minister sagte am Dienstag, der Plan sei fertig.", [("Dienstag", "2019-06-11")]),
    ("de", "Der Minister wird am Montag sprechen.", [("Montag", "2019-06-17")]),
    # a time with its weekday, a part of the day gives the day
    ("en", "The vote will be held Friday at 18:00.", [("Friday at 18:00", "2019-06-14T18:00")]),
    ("en", "The results came out Friday morning.", [("Friday morning", "2019-06-07")]),
    ("nl", "Hij spreekt vrijdagavond.", [("vrijdagavond", "2019-06-14")]),
    ("fr", "Il parlera vendredi matin.", [("vendredi matin", "2019-06-14")]),
    ("de", "Er wird am Freitagabend reden.", [("Freitagabend", "2019-06-14")]),
    ("de", "Das Treffen findet um 14 Uhr am Donnerstag statt.", [("14 Uhr am Donnerstag", "2019-06-13T14:00")]),
    ("en", "The launch will be Friday at 6.40 p.m.", [("Friday at 6.40 p.m.", "2019-06-14T18:40")]),
    ("nl", "De stemming is donderdag om 14.00 uur.", [("donderdag om 14.00 uur", "2019-06-13T14:00")]),
    ("fr", "Le vote aura lieu jeudi à 18h.", [("jeudi à 18h", "2019-06-13T18:00")]),
    ("de", "Die Sitzung wird am Donnerstag um 14 Uhr sein.", [("Donnerstag um 14 Uhr", "2019-06-13T14:00")]),
    # a quarter or half without a year is one of the publication year
    ("en", "Sales rose in the third quarter.", [("third quarter", "2018-07/2018-09")]),  # not begun: last year's
    ("nl", "De omzet steeg in het eerste kwartaal.", [("eerste kwartaal", "2019-01/2019-03")]),
    ("fr", "Le chiffre a progressé au premier semestre.", [("premier semestre", "2019-01/2019-06")]),
    ("de", "Der Umsatz stieg im ersten Quartal.", [("ersten Quartal", "2019-01/2019-03")]),
    # years before 1900 when plainly years, "'82" after since/in
    ("en", "The company was founded in 1889 and grew.", [("1889", "1889")]),
    ("en", "It has existed since 1865.", [("1865", "1865")]),
    ("en", "It has grown since '82.", [("'82", "1982")]),
    ("nl", "Het bedrijf groeit sinds '82.", [("'82", "1982")]),
    ("fr", "La société grandit depuis '82.", [("'82", "1982")]),
    ("de", "Die Firma wächst seit '82.", [("'82", "1982")]),
    ("nl", "Het bedrijf bestaat sinds 1865.", [("1865", "1865")]),
    ("fr", "La société existe depuis 1865.", [("1865", "1865")]),
    ("de", "Der Verein besteht seit 1865.", [("1865", "1865")]),
    # seasons as month ranges ("last summer" said in June is the one of the year before)
    ("en", "Work began in the autumn of 2019.", [("autumn of 2019", "2019-09/2019-11")]),
    ("en", "The plant opened last summer.", [("last summer", "2018-06/2018-08")]),
    ("en", "The winter of 2018 was cold.", [("winter of 2018", "2018-12/2019-02")]),
    ("nl", "De bouw start in de zomer van 2020.", [("zomer van 2020", "2020-06/2020-08")]),
    ("nl", "Afgelopen zomer was het droog.", [("Afgelopen zomer", "2018-06/2018-08")]),
    ("fr", "Les travaux ont commencé à l'automne 2019.", [("automne 2019", "2019-09/2019-11")]),
    ("fr", "Le chantier reprendra l'été prochain.", [("l'été prochain", "2020-06/2020-08")]),
    ("de", "Der Bau beginnt im Herbst 2019.", [("Herbst 2019", "2019-09/2019-11")]),
    ("de", "Im letzten Sommer war es heiß.", [("letzten Sommer", "2018-06/2018-08")]),
    # lower-case month names next to a day and a year, or before a year
    ("en", "It opened on march 3 2015.", [("march 3 2015", "2015-03-03")]),
    ("en", "It opened on 3 march 2015.", [("3 march 2015", "2015-03-03")]),
    ("en", "It opened in may 2019.", [("may 2019", "2019-05")]),
    # a time before a date, not a version or an article number
    ("en", "Update to version 2.10 on 5.12 with fixes.", [("5.12", "2019-05-12")]),
    ("nl", "Versie 2.10 op 5.12 verschenen.", [("5.12", "2019-12-05")]),
    ("fr", "La version 2.10 le 5.12 est parue.", [("5.12", "2019-12-05")]),
    ("de", "Version 2.10 vom 5.12. ist da.", [("5.12.", "2019-12-05")]),
    # a date with a month may be older than 1900; a year alone needs a year preposition
    ("en", "He was born on 9 February 1858.", [("9 February 1858", "1858-02-09")]),
    ("de", "Er wurde im März 1861 geboren.", [("März 1861", "1861-03")]),
    # German genitive months
    ("de", "am Abend des 9. Februars 1904", [("9. Februars 1904", "1904-02-09")]),
]

NOT_DATES = [
    ("en", "Unemployment rose to 4.4 percent from 18.7% last month."),
    ("en", "Insurance for up to 26.5 million veterans."),
    ("en", "The shop is open every Sunday."),
    ("en", "Open Monday to Friday."),
    ("en", "Super Tuesday voters and Ruby Tuesday guests."),
    ("en", "Schools in 1500 homes, the first half of the game."),
    ("en", "The plant has 1850 employees."),
    ("en", "I'll be out tuesday afternoons."),
    ("nl", "De werkloosheid daalde tot 4.4 procent."),
    ("nl", "Elke maandag is de winkel dicht."),
    ("fr", "Le taux est passé à 4.4 pour cent."),
    ("fr", "Le magasin est ouvert chaque lundi."),
    ("de", "Die Quote stieg auf 4.4 Prozent."),
    ("de", "Jeden Montag ist Markt."),
    ("en", "the march on Washington, and we may 5 times"),
    ("en", "They won the game 3-1 on 3-1."),
    ("fr", "Le match se termine sur le score de 3-1."),
    ("nl", "De wedstrijd eindigde in een stand van 3-1."),
]


def _pairs(language: str, text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(text, language, PUBLISHED)]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_news_dates_found(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text) == expected


@pytest.mark.parametrize(("language", "text"), NOT_DATES)
def test_news_numbers_and_sets_are_no_dates(language: str, text: str) -> None:
    found = _pairs(language, text)
    assert all(value in ("2019-05",) for _, value in found), found  # "last month" is the only date here


SEASON_PUBLISHED = "2019-11-20"


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "The road opens in the spring.", "2020-03/2020-05"),
    ("nl", "De weg gaat in het voorjaar open.", "2020-03/2020-05"),
    ("fr", "La route ouvrira au printemps.", "2020-03/2020-05"),
    ("de", "Die Straße öffnet im Frühjahr.", "2020-03/2020-05"),
    ("en", "The road opened in the fall.", "2019-09/2019-11"),
])
def test_season_alone_is_the_current_or_nearest(language: str, text: str, value: str) -> None:
    assert [d.value for d in extract_dates(text, language, SEASON_PUBLISHED)] == [value]


def test_a_participle_is_no_summer() -> None:
    found = extract_dates("Le résultat a été 2019 fois meilleur.", "fr", SEASON_PUBLISHED)
    assert [d.text for d in found if "/" in d.value] == []


def test_weekday_alone_needs_the_publication_day() -> None:
    assert extract_dates("The Senate voted on Tuesday.", "en", None) == []
