"""Years, months and days joined by "and" stay apart; a bare day after a month-first day takes its month
(pipeline/dates/coordination.py)."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-26"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # consecutive years: two years, as the seed gold writes them
    ("en", "Aid may be granted in 2009 and 2010.", [("2009", "2009"), ("2010", "2010")]),
    ("nl", "Steun mag in 2009 en 2010 worden verleend.", [("2009", "2009"), ("2010", "2010")]),
    ("fr", "Une aide peut être accordée en 2009 et 2010.", [("2009", "2009"), ("2010", "2010")]),
    ("de", "Die Hilfe kann 2009 und 2010 gewährt werden.", [("2009", "2009"), ("2010", "2010")]),
    ("en", "The range is from 2015 and 2016", [("2015", "2015"), ("2016", "2016")]),  # after "from": two
    ("fr", "L'usine a ouvert en 2019 et l'année suivante.", [("2019", "2019"), ("l'année suivante", "2020")]),
    # not consecutive, or a list with commas: apart
    ("en", "Elections were held in 2019 and 2021.", [("2019", "2019"), ("2021", "2021")]),
    ("nl", "Er waren verkiezingen in 2019 en 2021.", [("2019", "2019"), ("2021", "2021")]),
    ("fr", "Des élections ont eu lieu en 2019 et 2021.", [("2019", "2019"), ("2021", "2021")]),
    ("de", "Wahlen fanden 2019 und 2021 statt.", [("2019", "2019"), ("2021", "2021")]),
    ("en", "Sales rose in 2019, 2020 and 2021.", [("2019", "2019"), ("2020", "2020"), ("2021", "2021")]),
    # two days: two dates
    ("de", "Am 14. und 15. Juli 2021 kamen viele ums Leben.", [("14", "2021-07-14"), ("15. Juli 2021", "2021-07-15")]),
    ("fr", "Le sommet se tiendra les 9 et 10 septembre.", [("9", "2023-09-09"), ("10 septembre", "2023-09-10")]),
    ("nl", "De raad vergadert op 3 en 4 mei.", [("3", "2023-05-03"), ("4 mei", "2023-05-04")]),
    ("en", "The Fed meets on May 2 and 3.", [("May 2", "2023-05-02"), ("3", "2023-05-03")]),
    ("en", "The votes were held on May 2 and 5.", [("May 2", "2023-05-02"), ("5", "2023-05-05")]),
    ("en", "He met on May 2 and 3 others joined.", [("May 2", "2023-05-02")]),  # a count, not a day
])
def test_coordinated_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
