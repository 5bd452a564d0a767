"""Seasons and halves of a year (pipeline/dates/periods.py). A season alone takes its clause's tense as a
yearless quarter does (``_quarter_by_tense``): one still to begin at publication is last year's in a past
clause ("the merger was completed in the fall" in April), else the current or nearest one; a winter keeps
its two years. "This" and a season not under way is the publication year's; a winter the nearest."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-28"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The merger was completed in the fall.", [("fall", "2022-09/2022-11")]),
    ("en", "The law was passed in the summer.", [("summer", "2022-06/2022-08")]),
    ("fr", "Les ventes ont reculé à l'automne.", [("automne", "2022-09/2022-11")]),
    ("de", "Die Fusion wurde im Herbst abgeschlossen.", [("Herbst", "2022-09/2022-11")]),
    ("nl", "De fusie werd in de herfst afgerond.", [("herfst", "2022-09/2022-11")]),
    # a future or the current season: unchanged
    ("en", "The festival returns in the fall.", [("fall", "2023-09/2023-11")]),
    ("en", "Sales fell in the spring.", [("spring", "2023-03/2023-05")]),
    ("fr", "La fusion sera finalisée à l'automne.", [("automne", "2023-09/2023-11")]),
    ("de", "Die Fusion wird im Herbst abgeschlossen.", [("Herbst", "2023-09/2023-11")]),
    ("nl", "De fusie wordt in de herfst afgerond.", [("herfst", "2023-09/2023-11")]),
])
def test_a_season_alone_by_tense(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The plant was shut in the winter.", [("winter", "2022-12/2023-02")]),
    ("nl", "De fabriek werd in de winter gesloten.", [("winter", "2022-12/2023-02")]),
    ("fr", "Les ventes ont reculé en hiver.", [("hiver", "2022-12/2023-02")]),
    ("de", "Das Werk wurde im Winter geschlossen.", [("Winter", "2022-12/2023-02")]),
])
def test_a_winter_in_the_past_keeps_its_two_years(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, "2023-09-28")] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "this" and a season not under way: the publication year's, even when last year's is as near
    ("en", "This fall, parliament will decide.", [("This fall", "2024-09/2024-11")]),
    ("fr", "Cet automne, le Parlement décidera.", [("Cet automne", "2024-09/2024-11")]),
    ("de", "Diesen Herbst entscheidet das Parlament.", [("Diesen Herbst", "2024-09/2024-11")]),
    ("nl", "Deze herfst beslist het parlement.", [("Deze herfst", "2024-09/2024-11")]),
    # a winter straddles two years: the nearest (in April, the one just over)
    ("en", "This winter was cold.", [("This winter", "2023-12/2024-02")]),
    ("de", "Diesen Winter war es kalt.", [("Diesen Winter", "2023-12/2024-02")]),
])
def test_this_season(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, "2024-04-15")] == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the first half of the year, in each language's words ("Jahreshälfte" besides "Halbjahr")
    ("de", "In der ersten Jahreshälfte stieg der Umsatz.", [("ersten Jahreshälfte", "2024-01/2024-06")]),
    ("de", "In der zweiten Jahreshälfte 2023 sank der Umsatz.", [("zweiten Jahreshälfte 2023", "2023-07/2023-12")]),
    ("nl", "In de eerste jaarhelft van 2024 steeg de omzet.", [("eerste jaarhelft van 2024", "2024-01/2024-06")]),
    ("fr", "Au premier semestre 2024, le chiffre d'affaires a progressé.",
     [("premier semestre 2024", "2024-01/2024-06")]),
    ("en", "Sales rose in the first half of 2024.", [("first half of 2024", "2024-01/2024-06")]),
])
def test_half_of_a_year(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, "2024-08-15")] == expected
