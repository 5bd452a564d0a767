"""Money amounts in en/nl/fr/de: exact decimals and ISO 4217 codes; what is not money."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.money.amounts import extract_amounts

FOUND = [
    ("en", "for a total amount of € 6,7 million euro.", [("€ 6,7 million euro", "6700000", "EUR")]),
    ("en", "a grant of EUR 2.3 million", [("EUR 2.3 million", "2300000", "EUR")]),
    ("en", "raised US$ 500,000 in 2020", [("US$ 500,000", "500000", "USD")]),
    ("en", "a $1.2bn deal and £3m for schools", [("$1.2bn", "1200000000", "USD"), ("£3m", "3000000", "GBP")]),
    ("en", "a loan of RMB 10 million", [("RMB 10 million", "10000000", "CNY")]),
    ("en", "worth 2.5 billion euros", [("2.5 billion euros", "2500000000", "EUR")]),
    ("en", "Budget: 1'000'000 CHF", [("1'000'000 CHF", "1000000", "CHF")]),
    ("nl", "een budget van 2,3 mln euro", [("2,3 mln euro", "2300000", "EUR")]),
    ("nl", "goed voor € 6,7 miljoen", [("€ 6,7 miljoen", "6700000", "EUR")]),
    ("nl", "kost 1.000.000 euro", [("1.000.000 euro", "1000000", "EUR")]),
    ("nl", "ruim 3 miljard euro", [("3 miljard euro", "3000000000", "EUR")]),
    ("fr", "un montant de 1,5 milliard d'euros", [("1,5 milliard d'euros", "1500000000", "EUR")]),
    ("fr", "10 millions de yuans", [("10 millions de yuans", "10000000", "CNY")]),
    ("fr", "un prêt de 1 000 000 €", [("1 000 000 €", "1000000", "EUR")]),
    ("de", "CHF 40 Mio. für die Forschung", [("CHF 40 Mio.", "40000000", "CHF")]),
    ("de", "rund 3,5 Milliarden Euro", [("3,5 Milliarden Euro", "3500000000", "EUR")]),
    ("de", "insgesamt 12.500 Euro", [("12.500 Euro", "12500", "EUR")]),
    # spelled-out numbers, compounds included
    ("en", "received five million yen from the industry", [("five million yen", "5000000", "JPY")]),
    ("en", "it only cost thirteen dollars and forty-five cents", [("thirteen dollars and forty-five cents", "13.45",
                                                                   "USD")]),
    ("nl", "Het bedrag is vijf euro", [("vijf euro", "5", "EUR")]),
    ("nl", "kost slechts dertien euro en vijfenveertig cent.",
     [("dertien euro en vijfenveertig cent", "13.45", "EUR")]),
    ("de", "Hast du zwei Euro für mich?", [("zwei Euro", "2", "EUR")]),
    ("de", "achtundsiebzig Millionen Dollar", [("achtundsiebzig Millionen Dollar", "78000000", "USD")]),
    ("de", "siebenhundert Euro", [("siebenhundert Euro", "700", "EUR")]),
    ("fr", "quatre-vingt-dix euros", [("quatre-vingt-dix euros", "90", "EUR")]),
    ("en", "It costs a quarter million us dollars.", [("a quarter million us dollars", "250000", "USD")]),
    # codes: attached, with a million prefix, with a trailing scale; cents; negative amounts
    ("en", "USD115.5 and 115USD", [("USD115.5", "115.5", "USD"), ("115USD", "115", "USD")]),
    ("en", "an increase to 120 MEUR", [("120 MEUR", "120000000", "EUR")]),
    ("en", "They lost 75 USD million", [("75 USD million", "75000000", "USD")]),
    ("nl", "Het bedrag is 3 euro en 50 cent", [("3 euro en 50 cent", "3.5", "EUR")]),
    ("nl", "schrijf € -12 voor een verlies", [("€ -12", "-12", "EUR")]),
    ("en", "the c $ 300 million charge", [("c $ 300 million", "300000000", "CAD")]),
    ("de", "16,4 Millionen kanadischen Dollar", [("16,4 Millionen kanadischen Dollar", "16400000", "CAD")]),
]

NOT_MONEY = [
    ("en", "Unemployment fell by 5% and 3,500 participants attended."),
    ("en", "the same amount as last year"),
    ("nl", "Bel 0473 13 13 29"),
    ("fr", "une hausse de 2,5 % en 2020"),
    ("de", "Paragraph 12 und 3,5 Prozent"),
    ("en", "one of the best; a try at ten"),  # number words without a currency
    ("en", "we will try 10 approaches"),  # TRY (Turkish lira) is a word in lower case
    ("en", "a $"),
    # a year next to a currency word (issue 18: years are never amounts)
    ("en", "prices in 2015 dollars and in constant 2010 US dollars"),
    ("nl", "in 2021 euro's uitgegeven"),
    ("fr", "depuis 2002 euros et francs"),
    ("de", "Im Jahr 2019 Euro-Münzen geprägt, seit 2002 Euro-Bargeld"),
    ("en", "the 2021-2027 EUR budget"),
    # "Fr." is also Freitag: before a day.month it starts a date; a figure followed by ".2021" is no number
    ("de", "Konzert am Fr. 12.03. um 19 Uhr, Fr. 5.6.2021 in Bern"),
    ("fr", "version 1.2.3 EUR"),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_amounts_found(language, text, expected):
    found = extract_amounts(text, language)
    assert [(a.text, a.value, a.currency) for a in found] == [(t, Decimal(v), c) for t, v, c in expected]
    for a in found:
        assert text[a.start:a.end] == a.text
        assert isinstance(a.value, Decimal)


@pytest.mark.parametrize(("language", "text"), NOT_MONEY)
def test_not_money(language, text):
    assert extract_amounts(text, language) == []


def test_range_gives_two_amounts_with_one_range_id():
    found = extract_amounts("between €2 and €3 million", "en")
    assert [a.value for a in found] == [Decimal(2_000_000), Decimal(3_000_000)]
    assert found[0].range_id is not None and found[0].range_id == found[1].range_id
    dashed = extract_amounts("€2-3 million", "en")
    assert [a.value for a in dashed] == [Decimal(2_000_000), Decimal(3_000_000)]


def test_coordination_without_range_word_is_two_amounts():
    found = extract_amounts("2,3 mln euro en € 6,7 miljoen", "nl")
    assert [a.range_id for a in found] == [None, None]


def test_dollar_defaults_to_usd_with_reason_and_follows_context():
    usd = extract_amounts("a $3 million grant", "en")[0]
    assert usd.currency == "USD" and "default" in usd.currency_basis
    cad = extract_amounts("Ottawa pledged C$ 5 million; then another $3 million", "en")
    assert [a.currency for a in cad] == ["CAD", "CAD"]
    assert "CAD" in cad[1].currency_basis
