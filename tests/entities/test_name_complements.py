"""A person's name ends before a complement glued to it ("Femke Halsema van Amsterdam", "Stientje van Veldhoven van
Infrastructuur"), and a listed given name opens a name whatever else the rules read in its words ("Georg Herold",
"Mit Renate Bassen"). Sentence shapes of municipal, ministerial and company releases."""

from __future__ import annotations

import pytest

from pipeline.entities.boundaries import complement_start
from pipeline.entities.givennames import noun_before_given_name
from pipeline.entities.names import model_free_mentions, name_patterns
from pipeline.entities.recognize import extract_entities
from pipeline.resources.langdata import full_names, load_language
from pipeline.text.main_text import split_paragraphs


def people(text: str, language: str) -> set[str]:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    return {m.text for m in mentions if m.label == "PERSON"}


@pytest.mark.parametrize(("language", "name", "kept"), [
    ("nl", "Femke Halsema van Amsterdam", "Femke Halsema"),  # a place after the full name
    ("nl", "Stientje van Veldhoven van Infrastructuur", "Stientje van Veldhoven"),  # a second particle
    ("nl", "Ank van Engelshoven", "Ank van Engelshoven"),
    ("de", "Malu Dreyer von Rheinland-Pfalz", "Malu Dreyer"),
    ("de", "Ursula von der Leyen", "Ursula von der Leyen"),  # one particle of two words
    ("en", "Ursula von der Leyen", "Ursula von der Leyen"),
    ("fr", "Marc Perrin de Brichambaut", "Marc Perrin de Brichambaut"),  # a surname, not a place
    ("fr", "Jean-Yves Le Drian de Paris", "Jean-Yves Le Drian"),
])
def test_a_complement_after_a_full_name_is_cut(language: str, name: str, kept: str) -> None:
    words = name.split()
    assert " ".join(words[:complement_start(words, language)]) == kept


@pytest.mark.parametrize(("language", "text", "person"), [
    ("nl", "Burgemeester Femke Halsema van Amsterdam opende de tentoonstelling.", "Femke Halsema"),
    ("nl", "Staatssecretaris Stientje van Veldhoven van Infrastructuur en Waterstaat opende de dijk.",
     "Stientje van Veldhoven"),
    ("de", "Ministerpräsidentin Malu Dreyer von Rheinland-Pfalz eröffnete die Messe.", "Malu Dreyer"),
    ("de", "Bürgermeister Peter Kurz von Mannheim begrüßte die Gäste.", "Peter Kurz"),
])
def test_a_titled_name_ends_before_its_place(no_model, language: str, text: str, person: str) -> None:
    assert person in people(text, language)


@pytest.mark.parametrize(("language", "text", "person"), [
    ("de", "Georg Herold hat den Apparat im Keller entdeckt.", "Georg Herold"),  # "georg" is a frequent word
    ("de", "Mit Renate Bassen habe man jetzt auch eine Stellvertreterin.", "Renate Bassen"),  # after a function word
    ("de", "Das hatte Reinhard Keller vom Mikrobiologischen Institut am Montag gesagt.", "Reinhard Keller"),
    ("de", "Der Vorstand hat seinen Kritiker Heribert Bruchhagen aufgefordert, sich zu entschuldigen.",
     "Heribert Bruchhagen"),
    ("de", "Auch Verteidigungsminister Franz Josef Jung (CDU) war da.", "Franz Josef Jung"),
    ("nl", "Jan de Vries, directeur van de stichting, opende de bijeenkomst.", "Jan de Vries"),  # "jan": a word
    ("nl", "Marieke Koekkoek en Pieter Omtzigt dienden een motie in.", "Marieke Koekkoek"),  # "koekkoek" too
    ("nl", "Het onderzoek werd geleid door Kees Boele en Anouk Visser.", "Kees Boele"),
])
def test_a_given_name_opens_a_name(no_model, language: str, text: str, person: str) -> None:
    assert person in people(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Das Robert Koch-Institut meldet neue Zahlen."),  # a given name inside an organisation's name
    ("de", "Die Peter Müller GmbH stellt neue Mitarbeiter ein."),
    ("nl", "De Johan Cruijff Foundation steunt het project."),
    ("en", "The Thomas Cook Group reported losses."),
    ("fr", "La Fondation Anne Frank a ouvert ses portes."),
])
def test_a_given_name_inside_an_organisation_makes_no_person(language: str, text: str) -> None:
    found = {m.text for m in model_free_mentions(text, language) if m.label == "PERSON"}
    assert not any(w in found for w in ("Robert Koch-Institut", "Peter Müller GmbH", "Johan Cruijff Foundation",
                                        "Thomas Cook Group", "Fondation Anne Frank"))


@pytest.mark.parametrize("code", ["de", "nl"])
def test_given_names_are_capitalised_words_of_their_own(code: str) -> None:
    names = load_language(code)["given_names"]
    assert len(names) == len(set(names)) and all(n[:1].isupper() and n.isalpha() for n in names)
    months = {m.capitalize() for m in full_names(load_language(code)["months"])}
    assert not months & set(names)  # "August" is a month before it is a name ("Jan" is no full month name)


@pytest.mark.parametrize(("language", "text", "person"), [
    ("de", "Hochspringer Sebastian Fels liebäugelt mit einem Ergebnis.", "Sebastian Fels"),  # a long noun first
    ("de", "Das erklärte Borussia-Manager Peter Pander nach dem Spiel.", "Peter Pander"),  # a compound noun
    ("de", "Der Landesvater Jürgen Rüttgers sprach zu den Gästen.", "Jürgen Rüttgers"),
    ("de", "Gestern sagte Thomas Becker Präsident des Vereins zu bleiben.", "Thomas Becker"),  # a noun after it
    ("de", "Karl Theodor zu Guttenberg trat zurück.", "Karl Theodor zu Guttenberg"),  # a noble's place stays
    ("nl", "Volgens projectleider Kees Boele is het resultaat goed.", "Kees Boele"),
    ("nl", "Heute kommt Lea Marie Schmidt zu Besuch, zei Anouk Visser.", "Anouk Visser"),
])
def test_a_given_name_bounds_the_name(no_model, language: str, text: str, person: str) -> None:
    assert person in people(text, language)


@pytest.mark.parametrize(("language", "words", "kept"), [
    ("de", "Lea Marie Schmidt", "Lea Marie Schmidt"),  # an unlisted first name is no noun
    ("de", "Tante Renate Bassen", "Renate Bassen"),
    ("de", "Familie Jakob Becker", "Jakob Becker"),
    ("nl", "Eigenaar Jan Jansen", "Jan Jansen"),
    ("en", "Director Peter Smith", "Director Peter Smith"),  # no given names listed: the rule stays out
    ("fr", "Directeur Pierre Martin", "Directeur Pierre Martin"),
])
def test_a_noun_before_a_given_name_goes(language: str, words: str, kept: str) -> None:
    given = name_patterns(language).given_names
    tokens = [(i, w) for i, w in enumerate(words.split())]
    dropped = noun_before_given_name(tokens, given)
    assert " ".join(w for _, w in tokens[int(dropped):]) == kept
