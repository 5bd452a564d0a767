"""Ranges whose first figure is written without its currency (issue 18): both ends are amounts, with one
range_id, the currency and scale word of the written one; years and plain lists are not ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.money.amounts import extract_amounts

RANGES = [
    ("en", "between 2 and 3 million euros", ["2000000", "3000000"], "EUR"),
    ("en", "it grew 4.5 to 6 billion dollars", ["4500000000", "6000000000"], "USD"),
    ("en", "between EUR 2 and 3 million", ["2000000", "3000000"], "EUR"),
    ("en", "EUR 5 to 10 million", ["5000000", "10000000"], "EUR"),
    ("nl", "tussen 2 en 3 miljoen euro", ["2000000", "3000000"], "EUR"),
    ("nl", "van 2 tot 3 miljoen euro", ["2000000", "3000000"], "EUR"),
    ("fr", "entre 2 et 3 millions d'euros", ["2000000", "3000000"], "EUR"),
    ("fr", "de 2 à 3 millions d'euros", ["2000000", "3000000"], "EUR"),
    ("de", "zwischen 2 und 3 Millionen Euro", ["2000000", "3000000"], "EUR"),
    ("de", "von etwa 250 bis 300 Euro pro Monat", ["250", "300"], "EUR"),
    ("de", "Sets von 3,99 bis 849,99 Euro", ["3.99", "849.99"], "EUR"),
]


@pytest.mark.parametrize(("language", "text", "values", "currency"), RANGES)
def test_bare_first_figure_of_a_range(language: str, text: str, values: list[str], currency: str) -> None:
    found = extract_amounts(text, language)
    assert [(a.value, a.currency) for a in found] == [(Decimal(v), currency) for v in values]
    assert found[0].range_id is not None and found[0].range_id == found[1].range_id
    for a in found:
        assert text[a.start:a.end] == a.text


@pytest.mark.parametrize(("language", "text", "values"), [
    ("en", "Sales rose in 2020 to 3 million euros", ["3000000"]),
    ("en", "5 and 3 million euros", ["3000000"]),  # "and" without "between"
    ("en", "between 5% and 3 million euros", ["3000000"]),
    ("nl", "in 2021 tot 3 miljoen euro", ["3000000"]),
    ("de", "seit 2019 bis 3 Millionen Euro", ["3000000"]),
    ("fr", "en 2020 à 3 millions d'euros", ["3000000"]),
])
def test_not_a_range(language: str, text: str, values: list[str]) -> None:
    assert [a.value for a in extract_amounts(text, language)] == [Decimal(v) for v in values]
