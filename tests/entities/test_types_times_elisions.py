"""Entity forms of the news genre outside the tune set (issue 17, entities4): an elided article before a long
form spelled by its acronym, a time of day, a name after a word for a kind of organisation."""

import pytest

from pipeline.entities.boundaries import acronym_long_forms
from pipeline.entities.recognize import extract_entities
from pipeline.text.main_text import split_paragraphs


def found(text: str, language: str) -> set[tuple[str, str]]:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    return {(m.text, m.label) for m in mentions}


@pytest.mark.parametrize(("text", "long_form", "acronym"), [
    ("Selon les données publiées par l'Association des constructeurs européens d'automobiles (ACEA), les ventes "
     "progressent.", "Association des constructeurs européens d'automobiles", "ACEA"),
    ("L'Office fédéral de la protection de la population (OFPP) a publié un rapport.",
     "Office fédéral de la protection de la population", "OFPP"),
    ("L’Organisation mondiale de la santé (OMS) recommande la vaccination.", "Organisation mondiale de la santé",
     "OMS"),
])
def test_an_elided_article_is_no_part_of_a_long_form(text: str, long_form: str, acronym: str) -> None:
    forms = {(m.text, m.label) for m in acronym_long_forms(text, "fr")}
    assert forms == {(long_form, "ORG"), (acronym, "ORG")}


@pytest.mark.parametrize(("language", "text", "time"), [
    ("fr", "8h35 - Volvo bat les attentes au deuxième trimestre", "8h35"),
    ("fr", "7h03 - Japon : les exportations ont progressé", "7h03"),
    ("en", "10h30 - Markets open higher in Europe", "10h30"),
    ("nl", "10u15 - Beurs van Brussel opent hoger", "10u15"),
    ("de", "14h30 - Börse in Frankfurt schließt im Plus", "14h30"),
])
def test_a_time_of_day_is_no_name(language: str, text: str, time: str) -> None:
    assert all(name != time and not name.startswith(time + " ") for name, _ in found(text, language))


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "selon le consensus d'économistes sondés par l'agence Bloomberg, qui prévoyait une croissance.",
     "Bloomberg"),
    ("fr", "Le ministre a rencontré les dirigeants de la société Publicis et du groupe Renault.", "Publicis"),
    ("fr", "Il précise sur le réseau social Telegram que des armes ont été saisies.", "Telegram"),
    ("en", "Officials met executives of the company Publicis on Monday.", "Publicis"),
])
def test_a_name_after_a_word_for_a_kind_of_organisation_is_one(language: str, text: str, name: str) -> None:
    assert (name, "ORG") in found(text, language)
    assert (name, "PERSON") not in found(text, language) and (name, "LOC") not in found(text, language)


@pytest.mark.parametrize(("language", "text", "name", "label"), [
    ("fr", "Le président du groupe, Jean Dupont, a salué l'accord.", "Jean Dupont", "PERSON"),
    ("en", "The company said Paris would host the summit.", "Paris", "LOC"),
])
def test_a_name_not_right_after_the_word_keeps_its_label(language: str, text: str, name: str, label: str) -> None:
    assert (name, label) in found(text, language)


@pytest.mark.parametrize(("text", "surname"), [
    ("Après une vigoureuse harangue de M. Roussin, la réunion se termine.", "Roussin"),
    ("Selon Mme Boucher, conseillère municipale, le projet avance.", "Boucher"),
])
def test_a_surname_after_an_honorific_stays_though_it_is_a_word(text: str, surname: str) -> None:
    assert (surname, "PERSON") in found(text, "fr")


@pytest.mark.parametrize(("language", "text", "names"), [
    ("fr", "La confiance des électeurs présents à MM. Limon et Meunier est totale.", ["Limon", "Meunier"]),
    ("fr", "Mmes Binet et Léon ont été reçues à l'Elysée.", ["Binet", "Léon"]),
    ("fr", "Les conseillers fédéraux Berset et Cassis se rendent à Genève.", ["Berset", "Cassis"]),
    ("en", "Senators Snowe, Collins and Kerry wrote to the Secretary of Defense.", ["Snowe", "Collins", "Kerry"]),
    ("en", "Commissioners Vestager and Breton presented the proposal.", ["Vestager", "Breton"]),
])
def test_names_listed_after_a_plural_title_or_honorific_are_persons(language: str, text: str,
                                                                    names: list[str]) -> None:
    entities = found(text, language)
    assert all((name, "PERSON") in entities for name in names)


def test_a_plural_title_before_a_portfolio_lists_no_one() -> None:
    assert not any(label == "PERSON" for _, label in found("The Ministers of Health and Education met in Paris.", "en"))


@pytest.mark.parametrize(("text", "name"), [
    ("Ein Sprecher des Bundesministeriums für Gesundheit sagte am Montag, die Zahlen seien gesunken.",
     "Bundesministeriums für Gesundheit"),
    ("Die Leiterin des Bundesamts für Strahlenschutz warnte vor den Folgen.", "Bundesamts für Strahlenschutz"),
    ("Nach Angaben des Instituts für Arbeitsmarkt- und Berufsforschung steigt die Beschäftigung.",
     "Instituts für Arbeitsmarkt- und Berufsforschung"),
    ("Die Studie des Zentrums für Europäische Wirtschaftsforschung zeigt einen Rückgang.",
     "Zentrums für Europäische Wirtschaftsforschung"),
])
def test_a_german_keyword_with_a_case_ending_before_its_field_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in found(text, "de")


@pytest.mark.parametrize("text", [
    "Er war Vorstandschef des Versicherungskonzerns Aegon.",  # a kind, then the name
    "Andere Posts behaupteten das Gegenteil.",  # a plural
    "Die Leitung des Aufsichtsrats der Deutschen Bank ist ein Privileg.",  # a body of another organisation
])
def test_a_german_keyword_with_a_case_ending_alone_names_nothing(text: str) -> None:
    entities = found(text, "de")
    assert not any(label == "ORG" and name.split()[0].endswith(("s", "es")) and " " in name
                   for name, label in entities)


@pytest.mark.parametrize(("text", "name"), [
    ("Das Buch erschien im Hirzel Verlag in Stuttgart.", "Hirzel Verlag"),
    ("Der Carl Hanser Verlag veröffentlicht den Roman im Herbst.", "Carl Hanser Verlag"),
    ("Jet Airways wird von Wolfgang Prock-Schauer gesteuert.", "Jet Airways"),
    ("Die Lufthansa Group meldet Verluste.", "Lufthansa Group"),
])
def test_a_german_name_then_a_trailing_keyword_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in found(text, "de")
