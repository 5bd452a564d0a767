"""Values of dates in real news and releases (issue 18, third round): a count of years back names a year,
minutes in words after an hour, and a range never ends before it starts. Published on Wednesday 12 June
2019 unless said otherwise."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2019-06-12"  # a Wednesday

CASES = [
    # years or decades back: the year, not the day so many years before publication
    ("en", "The plant closed eight years ago.", PUBLISHED, [("eight years ago", "2011")]),
    ("en", "The law passed three decades ago.", PUBLISHED, [("three decades ago", "1989")]),
    ("en", "The survey began two months ago.", PUBLISHED, [("two months ago", "2019-04-12")]),
    ("en", "The clinic will open in two years.", PUBLISHED, [("in two years", "2021-06-12")]),
    ("nl", "De fabriek sloot acht jaar geleden.", PUBLISHED, [("acht jaar geleden", "2011")]),
    ("nl", "De wet kwam er twee jaar geleden.", PUBLISHED, [("twee jaar geleden", "2017")]),
    ("fr", "L'usine a fermé il y a huit ans.", PUBLISHED, [("il y a huit ans", "2011")]),
    ("fr", "La loi a été votée il y a trois ans.", PUBLISHED, [("il y a trois ans", "2016")]),
    ("de", "Das Werk schloss vor acht Jahren.", PUBLISHED, [("vor acht Jahren", "2011")]),
    ("de", "Das Gesetz trat vor zwei Jahrzehnten in Kraft.", PUBLISHED, [("vor zwei Jahrzehnten", "1999")]),
    # minutes in words after an hour word
    ("fr", "Le vote aura lieu demain à sept heures et vingt minutes.", PUBLISHED,
     [("demain à sept heures et vingt minutes", "2019-06-13T07:20")]),
    ("fr", "Le train part demain à huit heures moins vingt minutes.", PUBLISHED,
     [("demain à huit heures moins vingt minutes", "2019-06-13T07:40")]),
    ("de", "Die Sitzung beginnt morgen um sieben Uhr und zwanzig Minuten.", PUBLISHED,
     [("morgen um sieben Uhr und zwanzig Minuten", "2019-06-13T07:20")]),
    ("nl", "De stemming begint morgen om zeven uur en twintig minuten.", PUBLISHED,
     [("morgen om zeven uur en twintig minuten", "2019-06-13T07:20")]),
    ("en", "The vote is tomorrow at seven o'clock.", PUBLISHED, [("tomorrow", "2019-06-13")]),
    # a range never ends before it starts: a dateline, then a sentence
    ("en", "June 10, 2019     Until six months ago, the plant was open.", PUBLISHED,
     [("June 10, 2019", "2019-06-10"), ("six months ago", "2018-12-12")]),
    ("nl", "10 juni 2019     Tot zes maanden geleden was de fabriek open.", PUBLISHED,
     [("10 juni 2019", "2019-06-10"), ("zes maanden geleden", "2018-12-12")]),
    ("fr", "10 juin 2019     Jusqu'à il y a six mois, l'usine était ouverte.", PUBLISHED,
     [("10 juin 2019", "2019-06-10"), ("il y a six mois", "2018-12-12")]),
    ("de", "10. Juni 2019     Bis vor sechs Monaten war das Werk offen.", PUBLISHED,
     [("10. Juni 2019", "2019-06-10"), ("vor sechs Monaten", "2018-12-12")]),
    ("en", "from May 2018 until six months ago", PUBLISHED,
     [("from May 2018 until six months ago", "2018-05/2018-12-12")]),
    ("nl", "van mei 2018 tot vandaag", PUBLISHED, [("van mei 2018 tot vandaag", "2018-05/2019-06-12")]),
    ("fr", "du 3 mai 2019 à aujourd'hui", PUBLISHED, [("du 3 mai 2019 à aujourd'hui", "2019-05-03/2019-06-12")]),
    ("de", "vom 3. Mai 2019 bis heute", PUBLISHED, [("vom 3. Mai 2019 bis heute", "2019-05-03/2019-06-12")]),
    # a range between two days that each have their weekday; German "bis einschließlich", "bis und mit"
    ("en", "The exhibition runs from Monday, May 1 to Sunday, May 7, 2023.", PUBLISHED,
     [("from Monday, May 1 to Sunday, May 7, 2023", "2023-05-01/2023-05-07")]),
    ("en", "The offer runs from Monday 1 May to Sunday 7 May 2023.", PUBLISHED,
     [("from Monday 1 May to Sunday 7 May 2023", "2023-05-01/2023-05-07")]),
    ("nl", "De tentoonstelling loopt van maandag 1 mei tot en met zondag 7 mei 2023.", PUBLISHED,
     [("van maandag 1 mei tot en met zondag 7 mei 2023", "2023-05-01/2023-05-07")]),
    ("fr", "L'exposition a lieu du lundi 1er mai au dimanche 7 mai 2023.", PUBLISHED,
     [("du lundi 1er mai au dimanche 7 mai 2023", "2023-05-01/2023-05-07")]),
    ("de", "Die Aktion läuft von Montag, den 1. Mai bis Sonntag, den 7. Mai 2023.", PUBLISHED,
     [("von Montag, den 1. Mai bis Sonntag, den 7. Mai 2023", "2023-05-01/2023-05-07")]),
    ("de", "Die Aktion läuft vom 1. Mai bis einschließlich 7. Mai 2023.", PUBLISHED,
     [("vom 1. Mai bis einschließlich 7. Mai 2023", "2023-05-01/2023-05-07")]),
    ("de", "Die Frist läuft vom 3. bis und mit 7. Juli 2023.", PUBLISHED,
     [("vom 3. bis und mit 7. Juli 2023", "2023-07-03/2023-07-07")]),
    # a month a meeting is moved to
    ("de", "Die Sitzung wurde auf Juni 2020 verschoben.", PUBLISHED, [("Juni 2020", "2020-06")]),
    ("de", "Die Abstimmung wurde auf September verschoben.", PUBLISHED, [("September", "2019-09")]),
    ("nl", "De stemming is uitgesteld naar september.", PUBLISHED, [("september", "2019-09")]),
    ("en", "The vote was postponed to September.", PUBLISHED, [("September", "2019-09")]),
    ("fr", "Le vote a été reporté à septembre.", PUBLISHED, [("septembre", "2019-09")]),
    ("de", "Der Anteil stieg auf 3 Prozent.", PUBLISHED, []),
    # a yearless quarter or half still to come in a past clause is last year's (published in March)
    ("en", "Sales rose 2% in the fourth quarter.", "2024-03-15", [("fourth quarter", "2023-10/2023-12")]),
    ("en", "GDP fell in the second half.", "2024-03-15", [("second half", "2023-07/2023-12")]),
    ("en", "Sales rose in the first quarter.", "2024-03-15", [("first quarter", "2024-01/2024-03")]),
    ("en", "Sales will rise in the first quarter.", "2024-11-15", [("first quarter", "2025-01/2025-03")]),
    ("de", "Der Umsatz stieg im 4. Quartal um 2 %.", "2024-03-15", [("4. Quartal", "2023-10/2023-12")]),
    ("de", "Im zweiten Halbjahr sank die Zahl der Insolvenzen.", "2024-03-15",
     [("zweiten Halbjahr", "2023-07/2023-12")]),
    ("nl", "De omzet steeg in het vierde kwartaal.", "2024-03-15", [("vierde kwartaal", "2023-10/2023-12")]),
    ("nl", "De omzet zal in het derde kwartaal stijgen.", "2024-03-15", [("derde kwartaal", "2024-07/2024-09")]),
    ("fr", "Les ventes ont augmenté au quatrième trimestre.", "2024-03-15",
     [("quatrième trimestre", "2023-10/2023-12")]),
    ("fr", "Cela laisse présager une reprise au deuxième trimestre.", "2024-07-18",
     [("deuxième trimestre", "2024-04/2024-06")]),
    # a decimal point ends no clause: the verb before the figure gives the tense
    ("en", "GDP grew a robust 4.1 percent in the third quarter.", "2006-01-09", [("third quarter", "2005-07/2005-09")]),
    ("en", "Exports rose 4.1 percent on Tuesday.", PUBLISHED, [("Tuesday", "2019-06-11")]),
    ("de", "Der Umsatz stieg um 4.1 Prozent im 4. Quartal.", "2024-03-15", [("4. Quartal", "2023-10/2023-12")]),
    ("nl", "De export steeg met 4.1 procent in het vierde kwartaal.", "2024-03-15",
     [("vierde kwartaal", "2023-10/2023-12")]),
    ("fr", "Les ventes ont augmenté de 4.1 pour cent au quatrième trimestre.", "2024-03-15",
     [("quatrième trimestre", "2023-10/2023-12")]),
    # a date glued to the words of a flattened web page's menu lines
    ("de", "Presseartikel22. Januar 2019Vertretung in Deutschland", PUBLISHED, [("22. Januar 2019", "2019-01-22")]),
    ("en", "FOR IMMEDIATE RELEASE December 21 2007Contact Jane Doe 202 224 4843", PUBLISHED,
     [("December 21 2007", "2007-12-21")]),
    ("nl", "Persbericht3 maart 2020Contact", PUBLISHED, [("3 maart 2020", "2020-03-03")]),
    ("fr", "Communiqué3 mars 2020Contact presse", PUBLISHED, [("3 mars 2020", "2020-03-03")]),
    ("en", "The COVID19 response and mp3 files", PUBLISHED, []),
    ("de", "Die Covid19-Pandemie und das Modell A4", PUBLISHED, []),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_news_values(lang: str, text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, published)] == expected
