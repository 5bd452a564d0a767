"""Money as news writes it (issue 18): thousands and millions attached to the figure, rupees, an amount
with its cents, and currency names in the four languages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.money.amounts import extract_amounts

CASES = [
    ("en", "a grant of $10K", [("$10K", "10000", "USD")]),
    ("en", "a prize of €5k", [("€5k", "5000", "EUR")]),
    ("en", "a budget of $600-M", [("$600-M", "600000000", "USD")]),
    ("en", "a budget of $600M", [("$600M", "600000000", "USD")]),
    ("en", "tickets cost Rs 20", [("Rs 20", "20", "INR")]),
    ("en", "a loan of Rs. 5 million", [("Rs. 5 million", "5000000", "INR")]),
    ("en", "a fee of ₹20", [("₹20", "20", "INR")]),
    ("en", "it cost $20 and 43c", [("$20 and 43c", "20.43", "USD")]),
    ("en", "up to $5 million", [("$5 million", "5000000", "USD")]),
    ("en", "more than €3 million", [("€3 million", "3000000", "EUR")]),
    ("en", "20 euros each", [("20 euros", "20", "EUR")]),
    ("en", "50 pounds sterling", [("50 pounds sterling", "50", "GBP")]),
    ("en", "100 zloty, 30 koruna, 40 forint and 50 lei", [
        ("100 zloty", "100", "PLN"), ("30 koruna", "30", "CZK"), ("40 forint", "40", "HUF"), ("50 lei", "50", "RON")]),
    ("en", "5 billion yuan and 3 billion renminbi", [
        ("5 billion yuan", "5000000000", "CNY"), ("3 billion renminbi", "3000000000", "CNY")]),
    ("nl", "20 euro's, 100 zloty en 20 pond sterling", [
        ("20 euro's", "20", "EUR"), ("100 zloty", "100", "PLN"), ("20 pond sterling", "20", "GBP")]),
    ("nl", "30 Tsjechische kronen en 40 forint", [("30 Tsjechische kronen", "30", "CZK"), ("40 forint", "40", "HUF")]),
    ("fr", "20 euros, 100 zlotys et 20 livres sterling", [
        ("20 euros", "20", "EUR"), ("100 zlotys", "100", "PLN"), ("20 livres sterling", "20", "GBP")]),
    ("fr", "30 couronnes tchèques et 50 lei", [("30 couronnes tchèques", "30", "CZK"), ("50 lei", "50", "RON")]),
    ("de", "20 Euros, 100 Zloty und 40 Forint", [("20 Euros", "20", "EUR"), ("100 Zloty", "100", "PLN"),
                                              ("40 Forint", "40", "HUF")]),
    ("de", "30 tschechische Kronen und 50 Lei", [("30 tschechische Kronen", "30", "CZK"), ("50 Lei", "50", "RON")]),
    # zero decimals written with a dash (German, Swiss and Dutch price style)
    ("de", "eine Prämie von 50.000,- Euro", [("50.000,- Euro", "50000", "EUR")]),
    ("de", "Eintritt Fr. 20.– pro Person", [("Fr. 20.–", "20", "CHF")]),
    ("nl", "kost € 12,- per maand", [("€ 12,-", "12", "EUR")]),
    ("fr", "l'entrée coûte Fr. 15.– par personne", [("Fr. 15.–", "15", "CHF")]),
    ("en", "a CHF 20.– voucher", [("CHF 20.–", "20", "CHF")]),
    # a thin space as the thousands separator (typeset French and German)
    ("de", "Rund 100\u2009000\u2009Euro Sachschaden", [("100\u2009000\u2009Euro", "100000", "EUR")]),
    ("fr", "un don de 1\u2009000\u2009€", [("1\u2009000\u2009€", "1000", "EUR")]),
    # Swiss and Benelux scale abbreviations (Mia. = Milliarden, mio = millions)
    ("de", "ein Kredit von CHF 2 Mia.", [("CHF 2 Mia.", "2000000000", "CHF")]),
    ("de", "rund 3 Mia. Franken", [("3 Mia. Franken", "3000000000", "CHF")]),
    ("fr", "un crédit de CHF 2,5 mia.", [("CHF 2,5 mia.", "2500000000", "CHF")]),
    ("fr", "un budget de 1,5 mio EUR", [("1,5 mio EUR", "1500000", "EUR")]),
    ("nl", "een budget van 1,5 mio. euro", [("1,5 mio. euro", "1500000", "EUR")]),
    ("en", "a CHF 2 bn programme", [("CHF 2 bn", "2000000000", "CHF")]),
    # scale words in headline case
    ("en", "SEN. BURR ANNOUNCES $15 MILLION GRANT", [("$15 MILLION", "15000000", "USD")]),
    ("en", "Bayh Votes to Authorize $1.5 Million for Local Projects", [("$1.5 Million", "1500000", "USD")]),
    ("nl", "KABINET TREKT € 5 MILJOEN UIT", [("€ 5 MILJOEN", "5000000", "EUR")]),
    ("fr", "LA SUISSE DÉBLOQUE 20 MILLIONS DE FRANCS", [("20 MILLIONS DE FRANCS", "20000000", "CHF")]),
    ("de", "BUND GIBT 3 MILLIONEN EURO", [("3 MILLIONEN EURO", "3000000", "EUR")]),
    # the article as the figure one before a scale word, with a fraction
    ("en", "a grant of a million dollars", [("a million dollars", "1000000", "USD")]),
    ("en", "worth half a billion euros", [("half a billion euros", "500000000", "EUR")]),
    ("en", "a thousand pounds sterling", [("a thousand pounds sterling", "1000", "GBP")]),
    ("en", "almost a quarter of a million dollars", [("a quarter of a million dollars", "250000", "USD")]),
    ("en", "three quarters of a trillion dollars", [("three quarters of a trillion dollars", "750000000000", "USD")]),
]

VAGUE = [
    ("en", "the industry hopes to squeeze a few hundred dollars a month"),
    ("en", "several thousand euros were lost"),
    ("nl", "een paar honderd euro per maand"),
    ("fr", "quelques centaines d'euros et plusieurs mille euros"),
    ("de", "einige tausend Euro im Jahr"),
]


@pytest.mark.parametrize(("language", "text"), VAGUE)
def test_vague_spelled_quantities_are_not_amounts(language: str, text: str) -> None:
    assert extract_amounts(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_news_amounts(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(a.text, a.value, a.currency) for a in extract_amounts(text, language)]
    assert found == [(t, Decimal(v), c) for t, v, c in expected]


@pytest.mark.parametrize("text", ["HRs 5 each", "Mrs 20 guests"])
def test_letters_before_a_worded_symbol(text: str) -> None:
    assert extract_amounts(text, "en") == []
