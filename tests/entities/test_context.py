"""Issue 17 (entities, French): names and labels decided by the words around a mention
(:mod:`pipeline.entities.context`): ministries written with a lower-case head, a name after a preposition that
takes a bare place, places listed with places, and programme names after their kind. Sentence shapes of
ministries', governments' and EU releases in the four languages."""

from __future__ import annotations

import pytest

from pipeline.entities.context import context_labels, listed_places, lowercase_head_organisations
from pipeline.records import Mention


def _mention(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, label, "model", label)


def _labels(text: str, found: list[tuple[str, str]], language: str) -> set[tuple[str, str]]:
    mentions = [_mention(text, surface, label) for surface, label in found]
    return {(m.text, m.label) for m in context_labels(text, mentions, language)}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le ministère de l'Intérieur a annoncé des mesures avec le ministère des Armées.",
     {"ministère de l'Intérieur", "ministère des Armées"}),
    ("fr", "Selon le ministère de l’Europe et des Affaires étrangères, la situation s'améliore.",
     {"ministère de l’Europe et des Affaires étrangères"}),
    ("fr", "Le ministère de la Santé et le ministère du Travail ont publié un guide.",
     {"ministère de la Santé", "ministère du Travail"}),
    ("fr", "Le ministère a publié un guide pour les entreprises.", set()),
    ("nl", "Het ministerie van Binnenlandse Zaken werkt samen met het ministerie van Defensie.",
     {"ministerie van Binnenlandse Zaken", "ministerie van Defensie"}),
    ("nl", "Volgens het ministerie van Landbouw, Natuur en Voedselkwaliteit is dat zo.",
     {"ministerie van Landbouw, Natuur en Voedselkwaliteit"}),
    ("nl", "Het ministerie heeft de regels aangepast.", set()),
    ("en", "The ministry of Defence said the Department of Health agreed.", set()),  # English capitalises its heads
    ("de", "Das Ministerium für Bildung teilte mit, das ministerium für Kultur auch.", set()),  # nouns capitalised
])
def test_a_lowercase_head_and_its_complement_are_one_organisation(language: str, text: str, expected: set[str]
                                                                   ) -> None:
    found = lowercase_head_organisations(text, language)
    assert all(text[m.start:m.end] == m.text and m.label == "ORG" for m in found)
    assert {m.text for m in found} == expected


def test_a_last_conjunct_that_is_a_known_name_of_its_own_is_left_out() -> None:
    text = "Le ministère des Armées et de France Télévisions a signé."
    assert [m.text for m in lowercase_head_organisations(text, "fr")] == ["ministère des Armées"]


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("fr", "Les forces ont repoussé une attaque à Soumy, selon l'état-major.", [("Soumy", "ORG")],
     {("Soumy", "LOC")}),
    ("fr", "Le commissaire s'est rendu à Vouhledar mardi.", [("Vouhledar", "ORG")], {("Vouhledar", "LOC")}),
    ("fr", "Le rapport a été transmis à Frontex et à l'OTAN.", [("Frontex", "ORG")], {("Frontex", "ORG")}),
    ("fr", "La demande a été adressée à CICR.", [("CICR", "ORG")], {("CICR", "ORG")}),  # an acronym
    ("fr", "Le dossier a été confié à Agence Europe.", [("Agence Europe", "ORG")], {("Agence Europe", "ORG")}),
    ("en", "The senator spoke in Congress on Tuesday.", [("Congress", "ORG")], {("Congress", "ORG")}),
    ("nl", "De minister sprak in Europol over de cijfers.", [("Europol", "ORG")], {("Europol", "ORG")}),
    ("de", "Die Ministerin sprach in Europol über die Zahlen.", [("Europol", "ORG")], {("Europol", "ORG")}),
])
def test_a_name_after_a_bare_place_preposition_is_a_place(language: str, text: str, found: list[tuple[str, str]],
                                                          expected: set[tuple[str, str]]) -> None:
    assert _labels(text, found, language) == expected


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("fr", "Il s'est rendu à Kharkiv, Avdiïvka et Vouhledar.",
     [("Kharkiv", "LOC"), ("Avdiïvka", "PERSON"), ("Vouhledar", "ORG")],
     {("Kharkiv", "LOC"), ("Avdiïvka", "LOC"), ("Vouhledar", "LOC")}),
    ("en", "Grassley, Stabenow, Landrieu and Coleman join the effort.",  # a model "place" alone proves nothing
     [("Grassley", "ORG"), ("Stabenow", "LOC"), ("Landrieu", "PERSON"), ("Coleman", "PERSON")],
     {("Grassley", "ORG"), ("Stabenow", "LOC"), ("Landrieu", "PERSON"), ("Coleman", "PERSON")}),
    ("fr", "Des réunions auront lieu à Lyon, Villeurbanne et Vénissieux.",
     [("Lyon", "LOC"), ("Villeurbanne", "PERSON"), ("Vénissieux", "PERSON")],
     {("Lyon", "LOC"), ("Villeurbanne", "LOC"), ("Vénissieux", "LOC")}),
    ("fr", "MM. Limon, Meunier et Paris se sont réunis.", [("Limon", "PERSON"), ("Meunier", "PERSON")],
     {("Limon", "PERSON"), ("Meunier", "PERSON")}),
    ("en", "Floods hit Carlisle, Keswick and Cockermouth.",
     [("Carlisle", "LOC"), ("Keswick", "PERSON"), ("Cockermouth", "LOC")],
     {("Carlisle", "LOC"), ("Keswick", "LOC"), ("Cockermouth", "LOC")}),
    ("en", "Senators Collins, King and Warner met in Portland.",
     [("Collins", "PERSON"), ("King", "PERSON"), ("Warner", "PERSON"), ("Portland", "LOC")],
     {("Collins", "PERSON"), ("King", "PERSON"), ("Warner", "PERSON"), ("Portland", "LOC")}),
    ("nl", "Overstromingen in Venlo, Roermond en Maaseik.",
     [("Venlo", "LOC"), ("Roermond", "PERSON"), ("Maaseik", "LOC")],
     {("Venlo", "LOC"), ("Roermond", "LOC"), ("Maaseik", "LOC")}),
    ("de", "Hochwasser in Passau, Deggendorf und Regensburg.",
     [("Passau", "LOC"), ("Deggendorf", "PERSON"), ("Regensburg", "LOC")],
     {("Passau", "LOC"), ("Deggendorf", "LOC"), ("Regensburg", "LOC")}),
    ("de", "Es sprachen Scholz, Habeck und Lindner in Berlin.",
     [("Scholz", "PERSON"), ("Habeck", "PERSON"), ("Lindner", "PERSON"), ("Berlin", "LOC")],
     {("Scholz", "PERSON"), ("Habeck", "PERSON"), ("Lindner", "PERSON"), ("Berlin", "LOC")}),
])
def test_a_name_listed_with_places_and_no_person_is_a_place(language: str, text: str, found: list[tuple[str, str]],
                                                            expected: set[tuple[str, str]]) -> None:
    assert _labels(text, found, language) == expected


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("fr", "Le programme Erasmus+ et le plan France Relance financent ces projets.",
     [("Erasmus+", "ORG"), ("France Relance", "ORG")], set()),
    ("fr", "Le programme Horizon Europe soutient la recherche.", [("Horizon Europe", "PERSON")], set()),
    ("fr", "Le programme de la Commission européenne soutient la recherche.", [("Commission européenne", "ORG")],
     {("Commission européenne", "ORG")}),
    ("en", "The plan Congress passed funds the programme.", [("Congress", "ORG")], {("Congress", "ORG")}),
    ("nl", "Het programma Interreg steunt projecten.", [("Interreg", "ORG")], {("Interreg", "ORG")}),
    ("de", "Das Programm Erasmus+ fördert Austausch.", [("Erasmus+", "ORG")], {("Erasmus+", "ORG")}),
])
def test_a_name_after_a_word_for_a_programme_is_no_organisation(language: str, text: str,
                                                                found: list[tuple[str, str]],
                                                                expected: set[tuple[str, str]]) -> None:
    assert _labels(text, found, language) == expected


def test_a_list_of_companies_stays_one() -> None:
    text = "Seven employers joined: Alcoa, Eli Lilly, Honeywell, Infineon, and Novozymes."
    found = [("Alcoa", "ORG"), ("Eli Lilly", "ORG"), ("Honeywell", "ORG"), ("Infineon", "LOC"), ("Novozymes", "ORG")]
    assert ("Honeywell", "ORG") in _labels(text, found, "en")


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("fr", "Cette page n’est pas disponible. Veuillez choisir une langue ci-dessous:", [("Veuillez", "PERSON")], set()),
    ("fr", "Pour en savoir plus\nConsultez le site de la Commission.", [("Consultez", "PERSON")], set()),
    ("fr", "Le texte est prêt. Darmanin a déclaré qu'il le signerait.", [("Darmanin", "PERSON")],
     {("Darmanin", "PERSON")}),  # a frequent word, but no verb form
    ("fr", "Le texte est prêt. Rodríguez a déclaré qu'il le signerait.", [("Rodríguez", "PERSON")],
     {("Rodríguez", "PERSON")}),  # ends in -ez, but no frequent word
    ("en", "Please note. Chavez said the plan was ready.", [("Chavez", "PERSON")], {("Chavez", "PERSON")}),
    ("nl", "Klik hier. Gomez zei dat het plan klaar was.", [("Gomez", "PERSON")], {("Gomez", "PERSON")}),
    ("de", "Bitte wählen. Lopez sagte, der Plan sei fertig.", [("Lopez", "PERSON")], {("Lopez", "PERSON")}),
])
def test_a_sentence_opening_verb_form_is_no_person(language: str, text: str, found: list[tuple[str, str]],
                                                    expected: set[tuple[str, str]]) -> None:
    assert _labels(text, found, language) == expected


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("fr", "Les bombardements ont touché la ville de Soumy dans la nuit.", [("Soumy", "ORG")], {("Soumy", "LOC")}),
    ("fr", "Le projet concerne la commune d’Avdiïvka.", [("Avdiïvka", "PERSON")], {("Avdiïvka", "LOC")}),
    ("en", "The grant goes to the city of Kapolei and its schools.", [("Kapolei", "PERSON")], {("Kapolei", "LOC")}),
    ("en", "The City of Boston signed the contract.", [("Boston", "ORG")], {("Boston", "ORG")}),  # a council's name
    ("nl", "De gemeente Stichtse Vecht tekende.", [("Stichtse Vecht", "ORG")], {("Stichtse Vecht", "LOC")}),
    ("de", "Die Stadt Essen unterzeichnete.", [("Essen", "ORG")], {("Essen", "ORG")}),  # no model: kinds capitalised
])
def test_a_name_after_a_word_for_a_kind_of_place_is_that_place(language: str, text: str,
                                                              found: list[tuple[str, str]],
                                                              expected: set[tuple[str, str]]) -> None:
    assert _labels(text, found, language) == expected


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("fr", "Le Programme Erasmus+ aide les étudiants.", [("Programme Erasmus+", "ORG")], set()),
    ("fr", "Il est financé par l'Initiative Citoyenne européenne.", [("Initiative Citoyenne", "ORG")], set()),
    ("fr", "Le Programme alimentaire mondial distribue des vivres.", [("Programme alimentaire mondial", "ORG")],
     {("Programme alimentaire mondial", "ORG")}),
    ("fr", "Le Programme des Nations unies pour le développement agit.",
     [("Programme des Nations unies pour le développement", "ORG")],
     {("Programme des Nations unies pour le développement", "ORG")}),
    ("en", "The Innocence Project works on appeals.", [("Innocence Project", "ORG")], {("Innocence Project", "ORG")}),
    ("nl", "Het Programma Interreg steunt projecten.", [("Programma Interreg", "ORG")],
     {("Programma Interreg", "ORG")}),
    ("de", "Das Programm Erasmus+ fördert Austausch.", [("Programm Erasmus+", "ORG")], {("Programm Erasmus+", "ORG")}),
])
def test_a_name_opening_with_a_word_for_a_programme_is_no_organisation(language: str, text: str,
                                                                       found: list[tuple[str, str]],
                                                                       expected: set[tuple[str, str]]) -> None:
    assert _labels(text, found, language) == expected


def _listed(text: str, found: list[tuple[str, str]], language: str) -> set[tuple[str, str]]:
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, label, "gazetteer") for s, label in found]
    return {(m.text, m.label) for m in listed_places(text, mentions, language)}


@pytest.mark.parametrize(("language", "text", "found", "expected"), [
    ("nl", "Plannen voor de volgende gebieden: Midden- en West Brabant, Den Haag Zuid West, het Groene Hart, Noord "
           "Nederland, Zuid- en Oost-Drenthe, Parkstad Limburg en Twente.",
     [("Midden- en West Brabant", "LOC"), ("Limburg", "LOC"), ("Twente", "LOC")],
     {("Midden- en West Brabant", "LOC"), ("Den Haag Zuid West", "LOC"), ("Groene Hart", "LOC"),
      ("Noord Nederland", "LOC"), ("Zuid- en Oost-Drenthe", "LOC"), ("Parkstad Limburg", "LOC"), ("Twente", "LOC")}),
    ("fr", "Des réunions auront lieu à Lyon, Villeurbanne, Vaulx-en-Velin et Marseille.",
     [("Lyon", "LOC"), ("Marseille", "LOC")],
     {("Lyon", "LOC"), ("Villeurbanne", "LOC"), ("Vaulx-en-Velin", "LOC"), ("Marseille", "LOC")}),
    ("fr", "Le projet réunit la France, Airbus et l'Allemagne.", [("France", "LOC"), ("Airbus", "ORG"),
                                                                  ("Allemagne", "LOC")],
     {("France", "LOC"), ("Airbus", "ORG"), ("Allemagne", "LOC")}),
    ("en", "Good news for Harrisonburg, Rockingham, and Staunton.", [("Harrisonburg", "LOC"), ("Staunton", "LOC")],
     {("Harrisonburg", "LOC"), ("Rockingham", "LOC"), ("Staunton", "LOC")}),
    ("en", "Another $192 Billion for Wars in Iraq and Afghanistan, Pushing Cost of Iraq War higher than ever",
     [("Iraq", "LOC"), ("Afghanistan", "LOC")], {("Iraq", "LOC"), ("Afghanistan", "LOC")}),  # a glued headline
    ("de", "Themen waren die Schweiz und Russland, die Ereignisse im Kaukasus und Georgien.",
     [("Schweiz", "LOC"), ("Russland", "LOC")], {("Schweiz", "LOC"), ("Russland", "LOC")}),  # a noun, no place
])
def test_unnamed_items_of_a_list_of_places_are_places(language: str, text: str, found: list[tuple[str, str]],
                                                      expected: set[tuple[str, str]]) -> None:
    assert _listed(text, found, language) == expected


@pytest.mark.parametrize(("language", "text", "first"), [
    ("nl", "Wethouders uit de gemeenten Houten, Nieuwegein, Utrecht en Zeist tekenden.", "Houten"),
    ("fr", "Les maires des communes de Vaison-la-Romaine, Carpentras et Bollène se sont réunis.", "Vaison-la-Romaine"),
    ("en", "A disaster declaration for the Virginia counties of Tazewell, Russell and Lee.", "Tazewell"),
    ("de", "Vertreter der Gemeinden Riggisberg, Rüeggisberg und Thun trafen sich.", "Riggisberg"),
])
def test_a_plural_word_for_a_kind_of_place_names_the_first_of_a_list(language: str, text: str, first: str) -> None:
    from pipeline.entities.places import place_name_mentions

    assert first in {m.text for m in place_name_mentions(text, language) if m.label == "LOC"}
