"""A fiscal year by its label (``fiscal_year_labels``, pipeline/dates/years.py): "FY2025", "FY24", "FY
2023", "FY2024-25", "GJ 2023/24" name the year they are called after, or the two a split year spans; Dutch and
French write the word out ("boekjaar 2024", "exercice 2024"), where the year alone is found."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2023-04-28"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The company expects revenue to grow in FY2025.", [("FY2025", "2025")]),
    ("en", "The agency's FY24 budget request was released.", [("FY24", "2024")]),
    ("en", "Results for FY 2023 were strong.", [("FY 2023", "2023")]),
    ("en", "The FY2024-25 budget was tabled in the assembly.", [("FY2024-25", "2024/2025")]),
    ("en", "The FY190 aircraft is new.", []),  # a model number, not a year
    ("de", "Im GJ 2023/24 stieg der Umsatz.", [("GJ 2023/24", "2023/2024")]),
    ("de", "Der Umsatz im GJ24 stieg um drei Prozent.", [("GJ24", "2024")]),
    ("nl", "De omzet steeg in boekjaar 2024.", [("2024", "2024")]),
    ("fr", "Le chiffre d'affaires de l'exercice 2024 a progressé.", [("2024", "2024")]),
])
def test_a_fiscal_year_label(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.value) for d in extract_dates(text, lang, PUBLISHED)] == expected
