"""Places by name: GeoNames cities where the words around them allow it, and Dutch unknown places."""

from __future__ import annotations

import pytest

from pipeline.entities.places import (
    city_mentions,
    coordinated_mentions,
    place_name_mentions,
    sentence_initial,
    street_mentions,
    unknown_place_mentions,
)

FOUND = [
    ("de", "Große Aufregung in Elmshorn (Kreis Pinneberg): Anwohner riefen die Feuerwehr.", ["Elmshorn"]),
    ("de", "Die Proben gingen an ein Labor in Dresden und nach Bremerhaven.", ["Dresden", "Bremerhaven"]),
    ("de", "Das Verfahren in Essen beginnt.", ["Essen"]),  # a German word, but after "in"
    ("de", "Der Sitz ist in Frankfurt am Main.", ["Frankfurt am Main"]),
    ("nl", "Het baanvak tussen Lokeren en Sint-Niklaas werd geëlektrificeerd.", ["Lokeren", "Sint-Niklaas"]),
    ("nl", "De brouwerij in Oudenaarde bleef open.", ["Oudenaarde"]),
    ("en", "The meeting took place in Tbilisi on Monday.", ["Tbilisi"]),
    ("fr", "La conférence s'est tenue à Lyon et à Tournai.", ["Lyon", "Tournai"]),
]

NOT_FOUND = [
    ("de", "Das Essen war gut, die Halle voll, bis Mitte 2025."),  # German nouns
    ("en", "The Washington Post and Texas Instruments reported it in March."),  # longer names, a month
    ("en", "Reading the report. Nice words were said."),  # common words at a sentence start
    ("nl", "Best wel goed, vond ook Mark Rutte."),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_cities_found(language, text, expected):
    found = city_mentions(text, language)
    assert [m.text for m in found] == expected
    assert all(text[m.start:m.end] == m.text and m.label == "LOC" for m in found)


@pytest.mark.parametrize(("language", "text"), NOT_FOUND)
def test_not_cities(language, text):
    assert city_mentions(text, language) == []


def test_dutch_unknown_places_after_a_preposition_of_place():
    text = ("Zij werd geboren in Merksem en woonde te Limetz, niet in Nederlandse handen. In Mei kwam ze. Het boek "
            "verscheen in Nieuwe verhalen.")
    assert [m.text for m in unknown_place_mentions(text, "nl")] == ["Merksem", "Limetz"]


def test_a_word_coordinated_with_a_place_or_person_takes_its_label():
    from pipeline.records import Mention

    text = "een bosgebied tussen Geldrop en Mierlo, en Nederlandse bossen; Gaetz und Bondi"
    kept = [Mention(21, 28, "Geldrop", "LOC", "gazetteer"), Mention(63, 68, "Gaetz", "PERSON", "rule")]
    assert [(m.text, m.label) for m in coordinated_mentions(text, kept, "nl")] == [("Mierlo", "LOC")]
    assert [(m.text, m.label) for m in coordinated_mentions(text, kept, "de")] == [("Bondi", "PERSON")]


def test_streets():
    assert [m.text for m in street_mentions("Coens kwam in de Wetstraat terecht.", "nl")] == ["Wetstraat"]
    assert [m.text for m in street_mentions("Sie wohnt in der Hauptstraße, nicht an der Straße.", "de")] \
        == ["Hauptstraße"]


PLACE_NAMES = [
    ("nl", "tot die gemeente opging in de gemeente Veere; het Franse departement Seine-et-Marne",
     ["Veere", "Seine-et-Marne"]),
    ("nl", "De stad Gent en Saint-Josse-ten-Noode", ["Gent", "Saint-Josse-ten-Noode"]),
    ("de", "Die Stadt Essen und der Landkreis Harburg", ["Essen", "Harburg"]),
    ("fr", "la commune de Limetz, la ville d’Anvers et Ivry-sur-Seine", ["Limetz", "Anvers", "Ivry-sur-Seine"]),
    ("en", "the city of Ghent and the town of Leuven", ["Ghent", "Leuven"]),
    ("en", "the city of March, Jean-Pierre and Baden-Württemberg's capital", []),  # no month, no plain compound
    ("de", "ein Kopf-an-Kopf-Rennen in der Stadt Gaza", ["Gaza"]),  # German nouns joined by "an" are no place
]


@pytest.mark.parametrize(("language", "text", "expected"), PLACE_NAMES)
def test_places_named_by_their_kind_or_their_shape(language, text, expected):
    found = place_name_mentions(text, language)
    assert [m.text for m in found] == expected
    assert all(text[m.start:m.end] == m.text and m.label == "LOC" for m in found)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Bremen liegt im Norden.", "Bremen", True),
    ("Es regnet. \tBremen liegt im Norden.", "Bremen", True),
    ("Il a dit : Lyon gagne.", "Lyon", True),
    ("Het weer in Gent is mooi.", "Gent", False),
    ("The \u201cLondon\u201d office", "London", True),
    ("Visit  Paris today", "Paris", False),
])
def test_sentence_initial(text: str, word: str, expected: bool) -> None:
    assert sentence_initial(text, text.index(word)) is expected
