"""Currencies the document decides (issue 18): bare "francs" in Swiss releases, "$" in Canadian ones, the
Philippine "P29 billion", "pounds" as money or weight, codes that are also labels ("COP30")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.money.amounts import extract_amounts
from pipeline.money.context import document_country

FRANCS = [
    ("fr", "Le Conseil fédéral a approuvé un crédit de 20 millions de francs.", "20000000"),
    ("fr", "La contribution s'élève à 100’000 francs par an.", "100000"),
    ("fr", "un crédit d'engagement de 1,102 milliard de francs", "1102000000"),
    ("de", "Der Bundesrat beantragt 56 Millionen Franken.", "56000000"),
    ("nl", "Zwitserland betaalt 5 miljoen franken.", "5000000"),
    ("en", "The Federal Council approved 18 million francs.", "18000000"),
]


@pytest.mark.parametrize(("language", "text", "value"), FRANCS)
def test_francs_alone_are_swiss_francs(language: str, text: str, value: str) -> None:
    assert [(a.value, a.currency) for a in extract_amounts(text, language)] == [(Decimal(value), "CHF")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Au Sénégal, un programme de 5 milliards de francs CFA, dont 200 millions de francs pour l'eau."),
    ("en", "A budget of 5 billion CFA francs, of which 200 million francs for water."),
])
def test_francs_after_cfa_francs_are_cfa(language: str, text: str) -> None:
    assert {a.currency for a in extract_amounts(text, language)} == {"XOF"}


CANADA = [
    ("en", "OTTAWA, Ontario - The Government of Canada is investing $5 million in Manitoba. "
           "Canadians will benefit, the Canadian minister said.", "5000000"),
    ("fr", "OTTAWA (Ontario) - Le gouvernement du Canada investit 5 millions de dollars au Québec. "
           "Les Canadiens en profiteront, a dit la ministre canadienne.", "5000000"),
    ("de", "Kanada investiert 5 Millionen Dollar in Ontario; die kanadische Regierung und Ottawa "
           "stimmen zu.", "5000000"),
    ("nl", "Canada investeert $5 miljoen in Ontario; de Canadese regering in Ottawa is tevreden.", "5000000"),
]


@pytest.mark.parametrize(("language", "text", "value"), CANADA)
def test_dollars_of_a_canadian_release_are_canadian(language: str, text: str, value: str) -> None:
    found = extract_amounts(text, language)
    assert [(a.value, a.currency) for a in found] == [(Decimal(value), "CAD")]
    assert "about its country" in found[0].currency_basis


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le gouvernement du Canada et les Canadiens, à Ottawa: 5 millions $ et 2 millions $ US.",
     [("5 millions $", "CAD"), ("2 millions $ US", "USD")]),
    ("fr", "un contrat de 5 M$ CAN et un autre de 2,5 M$", [("5 M$ CAN", "CAD"), ("2,5 M$", "CAD")]),  # named before
    ("fr", "10 millions de dollars US", [("10 millions de dollars US", "USD")]),
    ("en", "a $US 5 million loan and CDN$5 million more", [("$US 5 million", "USD"), ("CDN$5 million", "CAD")]),
    ("nl", "5 miljoen US-dollar", [("5 miljoen US-dollar", "USD")]),
    ("de", "5 Mio. US-Dollar", [("5 Mio. US-Dollar", "USD")]),
])
def test_dollars_with_a_country_suffix_or_prefix(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.text, a.currency) for a in extract_amounts(text, language)] == expected


@pytest.mark.parametrize("text", [
    "Senator Bennett hosted 500 business leaders; Utah exports to Canada and Alberta, and a visitor from "
    "Alberta spoke. The U.S. program gives $2 million.",  # Canada named three times, the US once: not enough
    "WASHINGTON - The debt rose by $219 billion. The dollar now buys one Canadian dollar.",  # named after
])
def test_dollars_of_a_us_release_stay_us_dollars(text: str) -> None:
    assert extract_amounts(text, "en")[0].currency == "USD"


PHILIPPINES = [
    ("en", "MANILA - The Philippine Senate approved the P29 billion fund; Filipino farmers and the "
           "Philippines' provinces get P500 each and Php 1.2 billion more.",
     [("P29 billion", "29000000000"), ("P500", "500"), ("Php 1.2 billion", "1200000000")]),
    ("en", "The Philippines, Manila and Filipino families: the 6.352 trillion pesos budget.",
     [("6.352 trillion pesos", "6352000000000")]),
    ("fr", "Aux Philippines, Manille et les provinces philippines reçoivent 3 milliards de pesos.",
     [("3 milliards de pesos", "3000000000")]),
    ("de", "Die Philippinen und Manila: die philippinische Regierung zahlt 3 Milliarden Pesos.",
     [("3 Milliarden Pesos", "3000000000")]),
    ("nl", "De Filipijnen, Manilla en de Filipijnse regering: 3 miljard pesos.", [("3 miljard pesos", "3000000000")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), PHILIPPINES)
def test_pesos_of_a_philippine_release(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    found = extract_amounts(text, language)
    assert [(a.text, a.value, a.currency) for a in found] == [(t, Decimal(v), "PHP") for t, v in expected]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Product P29 billion units"), ("en", "The P500 model costs"), ("en", "about 500 pesos"),
    ("de", "rund 500 Pesos"),
])
def test_p_and_pesos_elsewhere_are_not_read(language: str, text: str) -> None:
    assert extract_amounts(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Spark weighs a mere 1 pound 9.7 ounces; the other bag weighs 3 pounds."),
    ("en", "Grace shipped almost 10 billion pounds of ore."),
    ("en", "Washington: Americans in the United States and America waste 96 billion pounds a year."),
    ("fr", "La bibliothèque a reçu 10 000 livres."),
    ("de", "Das Paket wiegt 5 Pfund."),
    ("nl", "Het pakket weegt 2 pond."),
])
def test_pounds_that_weigh_are_not_money(language: str, text: str) -> None:
    assert extract_amounts(text, language) == []


@pytest.mark.parametrize(("language", "text", "values"), [
    ("en", "its quarterly operating profit improved to 361 million pounds", ["361000000"]),
    ("de", "ein Verlust von 50 Millionen Pfund", ["50000000"]),
    ("nl", "een boete van 20 miljoen pond", ["20000000"]),
    ("en", "A £5 million fund and another two million pounds for schools.", ["5000000", "2000000"]),
    ("en", "LONDON - The UK and British regions, England and Scotland: two million pounds for schools.",
     ["2000000"]),
    ("de", "5 Millionen britische Pfund", ["5000000"]),
    ("fr", "Le Royaume-Uni, Londres et l'Écosse: 2 millions de livres.", ["2000000"]),
])
def test_pounds_with_sterling_evidence_are_sterling(language: str, text: str, values: list[str]) -> None:
    found = extract_amounts(text, language)
    assert [(a.value, a.currency) for a in found] == [(Decimal(v), "GBP") for v in values]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "When the nations meet for COP30 in Belém"),
    ("fr", "lors de la COP21 à Paris"),
    ("de", "auf der COP28 in Dubai"),
    ("nl", "tijdens COP26 in Glasgow"),
    ("en", "H 60 AN ARS 6 V12"),
    ("en", "In 1979 Ron Edmonds wrote"),
    ("en", "$200,000 for the Montgomery County E-911 CAD Acquisition Project"),
])
def test_codes_that_are_labels_or_names_are_not_currencies(language: str, text: str) -> None:
    assert all(a.currency == "USD" for a in extract_amounts(text, language))


@pytest.mark.parametrize(("language", "text", "currency"), [
    ("en", "China and Chinese firms in Beijing: ¥10 billion", "CNY"),
    ("en", "Sweden, Swedish firms in Stockholm: 500 kr", "SEK"),
    ("en", "a ₱5 million grant", "PHP"),
    ("en", "a KSh 200 fee", "KES"),
    ("fr", "un prêt de ₦5 millions", "NGN"),
])
def test_currency_from_country_or_symbol(language: str, text: str, currency: str) -> None:
    assert [a.currency for a in extract_amounts(text, language)] == [currency]


def test_document_country_needs_mentions_and_dominance() -> None:
    assert document_country("Canada, Canadians, Ottawa", "en") is not None
    assert document_country("Canada and Canadians", "en") is None
    assert document_country("Canada, Canadians, Ottawa and the United States", "en") is None
    assert document_country("New Mexico, New Mexico, New Mexico", "en").currency == "USD"  # type: ignore[union-attr]
