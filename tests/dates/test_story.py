"""Dates counted from the story's time (pipeline/dates/story.py): "the next day", "the previous year", "two
years later" take the date named last before them, not the publication date; a phrase that looks back keeps
the year before publication when none is named, a count or a phrase that looks ahead is then no date."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-25"  # a Tuesday


def _found(lang: str, text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the day after the one told
    ("en", "The riot happened on Jan. 6, 2021. The next day, Congress certified the results.",
     [("Jan. 6, 2021", "2021-01-06"), ("The next day", "2021-01-07")]),
    ("en", "Police arrested him on Monday. The following day, he was charged.",
     [("Monday", "2023-04-24"), ("The following day", "2023-04-25")]),
    ("nl", "De rellen waren op 6 januari 2021. De dag daarop keurde het Congres de uitslag goed.",
     [("6 januari 2021", "2021-01-06"), ("De dag daarop", "2021-01-07")]),
    ("fr", "L'émeute a eu lieu le 6 janvier 2021. Le lendemain, le Congrès a certifié les résultats.",
     [("6 janvier 2021", "2021-01-06"), ("Le lendemain", "2021-01-07")]),
    ("de", "Der Sturm tobte am 6. Januar 2021. Am nächsten Tag räumten Helfer auf.",
     [("6. Januar 2021", "2021-01-06"), ("Am nächsten Tag", "2021-01-07")]),
    # a count of days, months or years later or earlier
    ("en", "He was arrested on March 3, 2020 and released two days later.",
     [("March 3, 2020", "2020-03-03"), ("two days later", "2020-03-05")]),
    ("en", "She left the company in 2015 and returned three years later.",
     [("2015", "2015"), ("three years later", "2018")]),
    ("en", "The plant closed in October 2022. A month later, the last workers left.",
     [("October 2022", "2022-10"), ("A month later", "2022-11")]),
    ("nl", "Ze vertrok in 2015 en keerde drie jaar later terug.", [("2015", "2015"), ("drie jaar later", "2018")]),
    ("fr", "Il a quitté l'entreprise en 2015 et il est revenu trois ans plus tard.",
     [("2015", "2015"), ("trois ans plus tard", "2018")]),
    ("de", "Er verließ 2015 die Firma und kehrte drei Jahre später zurück.",
     [("2015", "2015"), ("drei Jahre später", "2018")]),
    ("de", "Das Werk schloss 2020; zwei Jahre zuvor war es verkauft worden.",
     [("2020", "2020"), ("zwei Jahre zuvor", "2018")]),
    # the year before the one told
    ("en", "He died in 2018, aged 80. The previous year, he had retired.",
     [("2018", "2018"), ("The previous year", "2017")]),
    ("nl", "In 2022 steeg de omzet sterker dan het jaar daarvoor.", [("2022", "2022"), ("het jaar daarvoor", "2021")]),
    ("fr", "En 2022, les ventes ont dépassé celles de l'année précédente.",
     [("2022", "2022"), ("l'année précédente", "2021")]),
    ("de", "Der Umsatz stieg 2022 stärker als im Vorjahr.", [("2022", "2022"), ("im Vorjahr", "2021")]),
])
def test_a_story_count_takes_the_date_told_before(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # no year told: looking back a year is the year before publication
    ("en", "Revenue rose 4% from the previous year.", [("the previous year", "2022")]),
    ("nl", "De omzet steeg met 4% ten opzichte van het voorgaande jaar.", [("het voorgaande jaar", "2022")]),
    ("fr", "Le chiffre d'affaires a progressé par rapport à l'année précédente.", [("l'année précédente", "2022")]),
    ("de", "Der Umsatz stieg im Vergleich zum Vorjahr um vier Prozent.", []),  # "zum Vorjahr": no phrase
    # no date told: a count or a look ahead is no date
    ("en", "The results will be published the next day.", []),
    ("en", "Three years later, nothing had changed.", []),
    ("nl", "Drie jaar later was er niets veranderd.", []),
    ("fr", "Trois ans plus tard, rien n'avait changé.", []),
    ("de", "Drei Jahre später hatte sich nichts geändert.", []),
    # a stretch of years is no year to count from
    ("en", "In the early 2010s, Sweden ended conscription. Seven years later, it brought it back.",
     [("2010s", "2010/2019")]),
    # what follows makes it no story time
    ("en", "It was even worse the year before last.", []),
    ("fr", "Au lendemain de l'élection, le parti a changé de chef.", []),
])
def test_a_story_count_without_a_date_told(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a year opening the sentence frames its months and days
    ("en", "In 2020, lockdowns began in March.", [("2020", "2020"), ("March", "2020-03")]),
    ("en", "Back in 2016, the plant closed on March 3 and reopened in June.",
     [("2016", "2016"), ("March 3", "2016-03-03"), ("June", "2016-06")]),
    ("nl", "In 2020 begon in maart de lockdown.", [("2020", "2020"), ("maart", "2020-03")]),
    ("fr", "En 2020, le confinement a commencé en mars.", [("2020", "2020"), ("mars", "2020-03")]),
    ("de", "Im Jahr 2020 begann im März der Lockdown.", [("2020", "2020"), ("März", "2020-03")]),
    ("de", "2020 begann im März der Lockdown.", [("2020", "2020"), ("März", "2020-03")]),
    # not inside the sentence, not after a verb of saying, not after a relative year
    ("en", "The company, founded in 2010, said in March it would expand.", [("2010", "2010"), ("March", "2023-03")]),
    ("en", "In 2022, sales rose 5%, the company said in March.", [("2022", "2022"), ("March", "2023-03")]),
    ("en", "In 2019, the firm was sold. In March, the new owners left.", [("2019", "2019"), ("March", "2023-03")]),
    ("nl", "In 2019 werd het bedrijf verkocht. In maart vertrokken de nieuwe eigenaars.",
     [("2019", "2019"), ("maart", "2023-03")]),
    ("fr", "En 2019, l'entreprise a été vendue. En mars, les nouveaux propriétaires sont partis.",
     [("2019", "2019"), ("mars", "2023-03")]),
    ("de", "2019 wurde die Firma verkauft. Im März gingen die neuen Eigentümer.",
     [("2019", "2019"), ("März", "2023-03")]),
])
def test_a_year_opening_the_sentence(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(lang, text) == expected
