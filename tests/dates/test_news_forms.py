"""Date forms of real news and releases found on unseen text (issue 18, fourth round): a weekday before a
yearless day names its year, a weekday alone is no list across a sentence end nor before "following", a
quarter before a noun of an economic report, German genitive quarters and halves, "the month of March",
months joined by "or", years before 1900 before an article or a conjunction; EU reference numbers are no
dates. Published on Wednesday 12 June 2019 unless said otherwise."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2019-06-12"  # a Wednesday

CASES = [
    # a weekday before a day and month without a year: the year in which that day is that weekday
    ("en", "He visited on Monday, September 3.", PUBLISHED, [("Monday, September 3", "2018-09-03")]),
    ("nl", "Hij kwam op maandag 3 september.", PUBLISHED, [("maandag 3 september", "2018-09-03")]),
    ("fr", "Il s'est rendu le lundi 3 septembre au siège.", PUBLISHED, [("lundi 3 septembre", "2018-09-03")]),
    ("de", "Er kam am Montag, den 3. September.", PUBLISHED, [("Montag, den 3. September", "2018-09-03")]),
    ("fr", "Il s'est rendu le lundi 3 septembre. Le plan du 3 septembre 2018.", None,
     [("lundi 3 septembre", "2018-09-03"), ("3 septembre 2018", "2018-09-03")]),
    ("en", "He will visit on Tuesday, September 3.", PUBLISHED, [("Tuesday, September 3", "2019-09-03")]),
    # a weekday alone: another weekday in the next sentence makes no list; "following" is no direction
    ("en", "That will change on Friday. Friday will feature storms.", "2024-04-24",
     [("Friday", "2024-04-26"), ("Friday", "2024-04-26")]),
    ("nl", "Dat verandert op vrijdag. Vrijdag komt er storm.", "2024-04-24",
     [("vrijdag", "2024-04-26"), ("Vrijdag", "2024-04-26")]),
    ("fr", "Cela changera vendredi. Vendredi, il y aura des orages.", "2024-04-24",
     [("vendredi", "2024-04-26"), ("Vendredi", "2024-04-26")]),
    ("de", "Das ändert sich am Freitag. Am Freitag gibt es Sturm.", "2024-04-24",
     [("Freitag", "2024-04-26"), ("Freitag", "2024-04-26")]),
    ("en", "Beijing called for restraint Wednesday morning following the strike.", "2025-05-07",
     [("Wednesday morning", "2025-05-07")]),
    # a quarter or half before a noun of an economic report; German genitive quarters and halves
    ("en", "The surprise contraction in first quarter GDP.", "2026-06-05", [("first quarter", "2026-01/2026-03")]),
    ("en", "Officials said first quarter growth came in at 5 percent.", "2026-06-05",
     [("first quarter", "2026-01/2026-03")]),
    ("de", "Der Umsatz des dritten Quartals stieg.", PUBLISHED, [("dritten Quartals", "2018-07/2018-09")]),
    ("de", "Im Verlauf des ersten Halbjahres 2023 sank er.", PUBLISHED,
     [("ersten Halbjahres 2023", "2023-01/2023-06")]),
    ("nl", "De groei van het eerste kwartaal bedroeg 2 procent.", PUBLISHED, [("eerste kwartaal", "2019-01/2019-03")]),
    ("fr", "La croissance du premier trimestre était forte.", PUBLISHED, [("premier trimestre", "2019-01/2019-03")]),
    # "the month of March"
    ("en", "The state added 8,000 jobs in the month of March.", PUBLISHED, [("March", "2019-03")]),
    ("nl", "In de maand maart steeg de omzet.", PUBLISHED, [("maart", "2019-03")]),
    ("fr", "Au mois d'avril, les ventes ont augmenté.", PUBLISHED, [("avril", "2019-04")]),
    ("de", "Im Monat März stieg der Umsatz.", PUBLISHED, [("März", "2019-03")]),
    # months joined by "or"
    ("en", "The vote is expected in July or August.", PUBLISHED, [("July", "2019-07"), ("August", "2019-08")]),
    ("nl", "De stemming volgt in juli of augustus.", PUBLISHED, [("juli", "2019-07"), ("augustus", "2019-08")]),
    ("fr", "Le vote aura lieu en juillet ou août.", PUBLISHED, [("juillet", "2019-07"), ("août", "2019-08")]),
    ("de", "Experten hatten auf Juli oder August spekuliert.", PUBLISHED, [("Juli", "2019-07"), ("August", "2019-08")]),
    # a year before 1900 before an article or a conjunction
    ("en", "Founded in 1869 as a hospital, it grew.", PUBLISHED, [("1869", "1869")]),
    ("nl", "Opgericht in 1869 als ziekenhuis.", PUBLISHED, [("1869", "1869")]),
    ("fr", "Fondée en 1869 comme hôpital.", PUBLISHED, [("1869", "1869")]),
    ("de", "Seit 1865 die Stadt wuchs, wuchs auch er.", PUBLISHED, [("1865", "1865")]),
    # no dates: counts, sports halves, a reference number after a slash
    ("en", "Schools in 1500 homes.", PUBLISHED, []),
    ("de", "Schulen in 1500 Häusern.", PUBLISHED, []),
    ("en", "He scored in the fourth quarter with two minutes left.", PUBLISHED, []),
    ("nl", "Luxemburg, 7 januari 2014 ECA/ 14/01 Nieuwe leden", "2014-01-07", [("7 januari 2014", "2014-01-07")]),
    ("en", "Brussels, 7 January 2014 IP/ 14/01 New members", "2014-01-07", [("7 January 2014", "2014-01-07")]),
    ("fr", "Bruxelles, 7 janvier 2014 IP/ 14/02 Nouveaux membres", "2014-01-07", [("7 janvier 2014", "2014-01-07")]),
    ("de", "Brüssel, 7. Januar 2014 IP/ 14/02 Neue Mitglieder", "2014-01-07", [("7. Januar 2014", "2014-01-07")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_news_forms(lang: str, text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, published)] == expected
