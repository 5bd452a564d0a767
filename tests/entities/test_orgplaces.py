"""Organisation names that end in their place where no model runs: an acronym and a city ("TU Delft", "IHK Köln"),
two names joined by a coordination and an article, and an organisation after a noun and a connector
("Onderzoekers van de Universiteit Utrecht"). Sentence shapes of releases of universities, chambers, health
services and ministries."""

from __future__ import annotations

import pytest

from pipeline.entities.orgplaces import acronym_place_organisations, local_place, split_coordinated
from pipeline.entities.recognize import extract_entities
from pipeline.records import Mention
from pipeline.text.main_text import split_paragraphs


def entities(text: str, language: str) -> set[tuple[str, str]]:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    assert all(text[m.start:m.end] == m.text for m in mentions)
    return {(m.text, m.label) for m in mentions}


@pytest.mark.parametrize(("language", "text", "name"), [
    ("de", "Die Studie wurde von der TU Dresden durchgeführt.", "TU Dresden"),
    ("de", "Die IHK Köln begrüßt die Entscheidung.", "IHK Köln"),
    ("de", "Die AOK Niedersachsen informiert über die neuen Tarife.", "AOK Niedersachsen"),
    ("nl", "Onderzoekers werkten samen met het UMC Utrecht.", "UMC Utrecht"),
    ("nl", "Volgens de GGD Amsterdam is het risico klein.", "GGD Amsterdam"),
    ("nl", "Het onderzoek is uitgevoerd door de TU Delft.", "TU Delft"),
    ("en", "The study was led by researchers at TU Dresden, the university said.", "TU Dresden"),
    ("fr", "L'étude a été menée par la TU Delft et publiée lundi.", "TU Delft"),
])
def test_an_acronym_before_its_city_is_one_organisation(no_model, language: str, text: str, name: str) -> None:
    assert (name, "ORG") in entities(text, language)


@pytest.mark.parametrize(("language", "text", "acronym", "place"), [
    ("de", "Wenn die EU Polen sanktioniert, reagiert Warschau.", "EU", "Polen"),  # a subject, then an object
    ("de", "Die SPD Berlin stellt ihre Liste vor.", "SPD", "Berlin"),  # a known party, then a place
    ("nl", "De VVD Amsterdam wil meer groen in de stad.", "VVD", "Amsterdam"),
    ("en", "The EU Brussels office opened on Monday.", "EU", "Brussels"),
    ("fr", "La BCE Francfort a publié ses chiffres.", "BCE", "Francfort"),
])
def test_a_known_acronym_or_a_country_stays_apart(no_model, language: str, text: str, acronym: str,
                                                  place: str) -> None:
    found = entities(text, language)
    assert not any(label == "ORG" and acronym in name and place in name for name, label in found)


def test_the_place_ends_its_word_and_is_no_common_word() -> None:
    text = "durch die SNB Mitte Januar; die TU Berlin-Adlershof"
    snb, tu = text.index("SNB"), text.index("TU")
    mentions = [Mention(snb, snb + 3, "SNB", "ORG", "rule"), Mention(tu, tu + 2, "TU", "ORG", "rule")]
    assert acronym_place_organisations(text, mentions, "de") == mentions
    assert not local_place("Mitte", "de") and local_place("Delft", "nl") and not local_place("Nederland", "nl")


@pytest.mark.parametrize(("language", "text", "names"), [
    ("nl", "Onderzoekers van de Universiteit Utrecht en de TU Delft werkten samen.",
     {"Universiteit Utrecht", "TU Delft"}),
    ("nl", "De Hogeschool Rotterdam en de Erasmus Universiteit Rotterdam tekenden een convenant.",
     {"Hogeschool Rotterdam", "Erasmus Universiteit Rotterdam"}),
    ("de", "Forschende der Hochschule Coburg und der Universität Hamburg haben das Projekt begleitet.",
     {"Hochschule Coburg", "Universität Hamburg"}),
    ("de", "Die Studie der Universität Freiburg zeigt das.", {"Universität Freiburg"}),
    ("de", "Die IHK begrüßt die Entscheidung der Bezirksregierung Köln.", {"Bezirksregierung Köln"}),
    ("en", "Researchers of the University of Utrecht and the TU Dresden worked together.", {"TU Dresden"}),
    ("fr", "Des chercheurs de l'Université d'Utrecht et de la TU Delft ont collaboré.", {"TU Delft"}),
])
def test_an_organisation_after_a_noun_and_a_connector(no_model, language: str, text: str, names: set[str]) -> None:
    assert {(n, "ORG") for n in names} <= entities(text, language)


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("de", "in erster Linie der Landesregierung Versagen", "Landesregierung Versagen"),  # no place after it
    ("nl", "Het ministerie van Infrastructuur en Waterstaat draagt bij.",
     "ministerie van Infrastructuur en Waterstaat"),
    ("de", "Das Bundesministerium für Bildung und Forschung fördert das.",
     "Bundesministerium für Bildung und Forschung"),
    ("en", "The Court of Justice of the European Union ruled.", "Court of Justice of the European Union"),
    ("fr", "Le Conseil de l'Europe et des droits a répondu.", "Conseil de l'Europe"),
])
def test_names_joined_without_an_article_stay_whole(no_model, language: str, text: str, kept: str) -> None:
    found = {name for name, _ in entities(text, language)}
    assert not any(name != kept and name in kept and " " in name for name in found)


@pytest.mark.parametrize(("language", "words", "parts"), [
    ("nl", "Universiteit Utrecht en de TU Delft", [["Universiteit", "Utrecht"], ["TU", "Delft"]]),
    ("de", "Hochschule Coburg und der Universität Hamburg", [["Hochschule", "Coburg"], ["Universität", "Hamburg"]]),
    ("en", "Utrecht and the TU Delft", [["Utrecht"], ["TU", "Delft"]]),
    ("fr", "Utrecht et la TU Delft", [["Utrecht"], ["TU", "Delft"]]),
])
def test_a_coordination_and_an_article_split_a_run(language: str, words: str, parts: list[list[str]]) -> None:
    coordination = {"nl": "en", "de": "und", "en": "and", "fr": "et"}[language]
    articles = {"nl": {"de", "het"}, "de": {"der", "die"}, "en": {"the"}, "fr": {"la", "le"}}[language]
    tokens = [(i, w) for i, w in enumerate(words.split())]
    split = split_coordinated(tokens, frozenset({coordination}), frozenset(articles))
    assert [[w for _, w in part] for part in split] == parts
