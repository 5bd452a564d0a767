"""Entity rules and cleaning, model-free (spacy.blank): gazetteer, honorifics, titles, acronyms."""

from __future__ import annotations

import pytest

from pipeline.entities.clusters import cluster_mentions
from pipeline.entities.recognize import clean_span, extract_entities, patterns_for
from pipeline.text.main_text import split_paragraphs

CLEAN = [
    ("en", "the European Commission", "ORG", "European Commission"),
    ("en", "Mrs Claire Courteille Mulder", "PERSON", "Claire Courteille Mulder"),
    ("en", "Minister Maggie De Block's", "PERSON", "Maggie De Block"),
    ("en", "Chinese Ministry of Finance", "ORG", "Ministry of Finance"),
    ("en", "Chinese Academy of Labour", "ORG", "Chinese Academy of Labour"),
    ("nl", "de Europese Commissie", "ORG", "Europese Commissie"),
    ("nl", "Maggie De Block", "PERSON", "Maggie De Block"),  # "De" is part of the name, not an article
    ("fr", "la Commission européenne", "ORG", "Commission européenne"),
    ("fr", "Mme Hadja Lahbib", "PERSON", "Hadja Lahbib"),
    ("de", "der Europäischen Kommission", "ORG", "Europäischen Kommission"),
    ("de", "Bundesministerin Nancy Faeser", "PERSON", "Nancy Faeser"),
    ("en", "Eurostat (European Union", "ORG", "Eurostat"),
    ("fr", "Organisation internationale du travail à", "ORG", "Organisation internationale du travail"),
]


@pytest.mark.parametrize(("language", "span", "label", "expected"), CLEAN)
def test_clean_span(language, span, label, expected):
    result = clean_span(span, 0, len(span), label, patterns_for(language))
    assert result is not None and span[result[0]:result[1]] == expected


def test_clean_span_refuses_titles_alone_and_lowercase():
    assert clean_span("Minister", 0, 8, "PERSON", patterns_for("en")) is None
    assert clean_span("the report", 0, 10, "ORG", patterns_for("en")) is None


RULES = [
    ("nl", "Minister De Block: ‘Onze Belgische sociale bescherming is goed.’ De FOD Sociale Zekerheid helpt.",
     {("De Block", "PERSON"), ("FOD Sociale Zekerheid", "ORG")}),
    ("nl", "Het Belgisch Ontwikkelingsagentschap (BTC) werkt in de Volksrepubliek China.",
     {("Belgisch Ontwikkelingsagentschap", "ORG"), ("BTC", "ORG"), ("Volksrepubliek China", "LOC")}),
    ("de", "Frau Dr. Anna Schmidt traf die Vertreter der Europäischen Union in Brüssel.",
     {("Anna Schmidt", "PERSON"), ("Brüssel", "LOC")}),
    ("de", "Bundesministerin Nancy Faeser besuchte Österreich.", {("Nancy Faeser", "PERSON"), ("Österreich", "LOC")}),
    ("fr", "M. Jean Dupont a rencontré l'OIT à Genève.", {("Jean Dupont", "PERSON"), ("OIT", "ORG"),
                                                          ("Genève", "LOC")}),
    ("en", "Koen Vleminckx | Director International Cooperation department", {("Koen Vleminckx", "PERSON")}),
]


@pytest.mark.parametrize(("language", "text", "expected"), RULES)
def test_rules_and_gazetteer_without_model(no_model, language, text, expected):
    mentions, info = extract_entities(text, split_paragraphs(text), language)
    assert info.package is None
    found = {(m.text, m.label) for m in mentions}
    assert expected <= found
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_gazetteer_mentions_say_so(no_model):
    text = "The ILO and the European Union met in Beijing."
    methods = {m.text: m.method for m in extract_entities(text, split_paragraphs(text), "en")[0]}
    assert methods["ILO"] == methods["European Union"] == methods["Beijing"] == "gazetteer"


def test_repeated_forms_are_all_found(no_model):
    text = "BELINCOSOC (Belgian International Cooperation on Social protection) helps. BELINCOSOC grows."
    found = [m.text for m in extract_entities(text, split_paragraphs(text), "nl")[0]]
    assert found.count("BELINCOSOC") == 2
    assert "Belgian International Cooperation on Social protection" in found


@pytest.mark.parametrize(("language", "surface", "implausible"), [
    ("en", "Promotion of exchange", True),
    ("en", "Project “Improving China", True),
    ("en", "Representing ILO Country Office", True),
    ("en", "Ministry of Finance", False),
    ("en", "International Labour Organization", False),
    ("fr", "Union européenne", False),  # French names end in lower case
    ("fr", "Rassemblement national", False),
])
def test_model_phrases_that_are_not_names(language, surface, implausible):
    from pipeline.entities.recognize import _implausible_name
    from pipeline.records import Mention

    mention = Mention(0, len(surface), surface, "ORG", "model")
    assert _implausible_name(mention, patterns_for(language)) is implausible


def test_an_acronym_definition_starts_at_the_name_it_stands_for():
    from pipeline.entities.recognize import _rule_mentions, patterns_for

    text = "sagt Anders Levermann vom Potsdam-Institut für Klimafolgenforschung (PIK) und Francis Lomel (LCGB)."
    found = {m.text for m in _rule_mentions(text, patterns_for("de"), False)}
    assert "Potsdam-Institut für Klimafolgenforschung" in found and "PIK" in found
    assert "Francis Lomel" not in found  # two words that do not spell the acronym: a person and a union


def test_a_model_organisation_of_dictionary_words_is_a_title_case_phrase():
    from pipeline.entities.recognize import _title_case_phrase, patterns_for
    from pipeline.records import Mention

    pats = patterns_for("en")
    def org(text):
        return Mention(0, len(text), text, "ORG", "model")
    assert _title_case_phrase(org("Universal Social Protection"), pats)
    assert _title_case_phrase(org("Expressions of Interest"), pats)
    for name in ("National Healthcare Administration", "S&D", "Team Europe", "Expertise France", "ILO Programme"):
        assert not _title_case_phrase(org(name), pats), name


def test_roman_numerals_are_no_acronyms():
    from pipeline.entities.recognize import _rule_mentions, patterns_for

    found = {m.text for m in _rule_mentions("de delen XXIV en XXV van de NAVO", patterns_for("nl"), False)}
    assert found == {"NAVO"}


def test_names_start_with_a_capital_or_a_particle():
    from pipeline.entities.recognize import clean_span, patterns_for

    text = "le ministre de la Défense, l’Elysée et von der Leyen"

    def span(surface, label, language):
        start = text.index(surface)
        cleaned = clean_span(text, start, start + len(surface), label, patterns_for(language))
        return text[cleaned[0]:cleaned[1]] if cleaned else None

    assert span("ministre de la Défense", "ORG", "fr") is None  # a title, not a name
    assert span("l’Elysée", "LOC", "fr") == "Elysée"
    assert span("von der Leyen", "PERSON", "de") == "von der Leyen"


def test_persons_that_are_organisations():
    from pipeline.entities.recognize import _same_word_same_label
    from pipeline.records import Mention

    mentions = [Mention(0, 10, "BELINCOSOC", "ORG", "model"), Mention(20, 30, "Belincosoc", "PERSON", "model"),
                Mention(40, 56, "Expertise France", "PERSON", "model"),
                Mention(60, 71, "Mark Rutte", "PERSON", "model")]
    assert [m.label for m in _same_word_same_label(mentions)] == ["ORG", "ORG", "ORG", "PERSON"]


def test_a_definition_needs_an_acronym():
    from pipeline.entities.recognize import _rule_mentions, patterns_for

    text = "the Social Security (Minimum Standards) Convention and the Belgian Development Agency (BTC)"
    found = {m.text for m in _rule_mentions(text, patterns_for("en"), True)}
    assert "Minimum Standards" not in found and "Security" not in found


def test_well_known_ngos_survive_the_title_case_filter():
    from pipeline.entities.recognize import extract_entities
    from pipeline.text.main_text import split_paragraphs

    text = "Amnesty International and Save the Children criticised the plan."
    found = {(m.text, m.label) for m in extract_entities(text, split_paragraphs(text), "en")[0]}
    assert {("Amnesty International", "ORG"), ("Save the Children", "ORG")} <= found


@pytest.mark.parametrize(("language", "text", "person", "surname"), [
    ("de", "Bundespräsident Frank-Walter Steinmeier kam nach Bern. Steinmeiers Besuch dauerte zwei Tage.",
     "Frank-Walter Steinmeier", "Steinmeiers"),
    ("de", "Staatsminister Klaus-Peter Murawski geht. Chef der Staatskanzlei und Nachfolger Murawskis wird Florian "
     "Stegmann.", "Klaus-Peter Murawski", "Murawskis"),
    ("nl", "Minister Mark Rutte sprak. Ruttes kabinet viel.", "Mark Rutte", "Ruttes"),
    ("nl", "Minister Mark Rutte sprak. Rutte's kabinet viel.", "Mark Rutte", "Rutte"),
])
def test_a_genitive_surname_is_the_person_named_in_full(language: str, text: str, person: str, surname: str) -> None:
    """The surname with a genitive letter ending is written as it stands and is one entity with the full name."""
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    linked, _ = cluster_mentions(text, mentions, language)
    people = [m for m in linked if m.label == "PERSON" and m.text != "Florian Stegmann"]
    assert [m.text for m in people] == [person, surname] and people[0].entity == people[1].entity


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ministerin Anna Murawski traf Staatssekretär Klaus Murawski. Murawskis Rede folgte."),
    ("nl", "Minister Anna Rutte sprak met staatssecretaris Jan Rutte. Ruttes voorstel viel."),
])
def test_a_genitive_surname_of_two_people_links_neither(language: str, text: str) -> None:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    linked, _ = cluster_mentions(text, mentions, language)
    people = {m.text: m.entity for m in linked if m.label == "PERSON"}
    genitive = next(e for name, e in people.items() if " " not in name)
    assert all(e != genitive for name, e in people.items() if " " in name)


@pytest.mark.parametrize(("language", "text", "key"), [
    ("de", "Mittel des Europäischen Sozialfonds fließen. Der Europäische Sozialfonds hilft.",
     "alias:european-social-fund"),
    ("de", "Die Vorsteherin des Eidgenössischen Departements für auswärtige Angelegenheiten (EDA) reiste.",
     "alias:ch-federal-department-of-foreign-affairs"),
    ("nl", "Het Europees Sociaal Fonds (ESF) betaalt mee.", "alias:european-social-fund"),
])
def test_inflected_forms_and_acronyms_are_one_entity(language: str, text: str, key: str) -> None:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    _, entities = cluster_mentions(text, mentions)
    assert [e.key for e in entities if e.label == "ORG"] == [key]
