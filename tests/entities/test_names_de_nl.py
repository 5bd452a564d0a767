"""Issue 17, German and Dutch: names after nouns for people, companies by their legal form, headline words in
capitals, bare place names after prepositions. Real sentence shapes from releases and news of different
publishers (Swiss, German and Dutch municipalities, universities, companies, ministries)."""

from __future__ import annotations

import pytest

from pipeline.entities.names import legal_form_organisations, model_free_mentions
from pipeline.entities.places import bare_place_mentions, city_mentions
from pipeline.entities.recognize import extract_entities
from pipeline.text.main_text import split_paragraphs


def entities(text: str, language: str) -> set[tuple[str, str]]:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    assert all(text[m.start:m.end] == m.text for m in mentions)
    return {(m.text, m.label) for m in mentions}


@pytest.mark.parametrize(("language", "text", "person"), [
    ("de", "Darüber hinaus kam Moderatorin Annabelle Mandeng zur Premiere.", "Annabelle Mandeng"),
    ("de", "Der Insolvenzverwalter des Druckmaschinenbauers, Werner Schneider, und die Gruppe.", "Werner Schneider"),
    ("de", "Unterstützt wird er von Sachwalter Dr. Stefan Debus aus Nürnberg.", "Stefan Debus"),
    ("de", "Zu den Gästen gehörte auch Ex-Boxweltmeisterin Regina Halmich.", "Regina Halmich"),
    ("nl", "Het nummer werd geschreven door zanger Bart Peeters.", "Bart Peeters"),
    ("nl", "Onder leiding van dagvoorzitter Jeannette Schoone werd een programma gestart.", "Jeannette Schoone"),
    ("nl", "'Doelen en subsidies met één muisklik in beeld', zegt wethouder Ariane Zwarts.", "Ariane Zwarts"),
])
def test_a_name_after_a_noun_for_a_person(language: str, text: str, person: str) -> None:
    assert (person, "PERSON") in {(m.text, m.label) for m in model_free_mentions(text, language)}


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Für die Spieler Angst zu machen, reicht das nicht."),  # a person noun before a plain noun
    ("de", "Beide Teams haben eine Förderempfehlung erhalten."),  # a determiner and a plural
    ("de", "Vier Projekte im Detail: die Forschung."),  # a number word and a plural
    ("de", "Geographie Der Ort liegt sechs Kilometer südlich."),  # a heading glued to its sentence
    ("de", "Die Landesregierung besuchte zwei Gemeinden im Berner Mittelland."),  # a region, not a person
    ("de", "Das Leipziger Allerlei schmeckt allen."),  # a place adjective and a noun
])
def test_no_person(language: str, text: str) -> None:
    assert [m.text for m in model_free_mentions(text, language) if m.label == "PERSON"] == []


@pytest.mark.parametrize(("language", "text", "company"), [
    ("de", "Mit Wirkung zum 1. Oktober 2020 übernimmt die LMG Manufacturing GmbH den Geschäftsbetrieb.",
     "LMG Manufacturing GmbH"),
    ("de", "Aus der Geschäftsführung der Gebrüder Gerstenberg GmbH & Co. KG hieß es, man sei zuversichtlich.",
     "Gebrüder Gerstenberg GmbH & Co. KG"),
    ("de", "Die Nettoverluste der Brenntag AG sind gering.", "Brenntag AG"),
    ("nl", "De aandelen van Koninklijke Boskalis N.V. stegen.", "Koninklijke Boskalis N.V."),
])
def test_a_company_named_with_its_legal_form(language: str, text: str, company: str) -> None:
    assert company in [m.text for m in legal_form_organisations(text, language)]


def test_a_company_is_named_again_without_its_legal_form(no_model) -> None:
    text = ("Die Pressmetall Gunzenhausen GmbH wurde übernommen. Pressmetall Gunzenhausen ist einer der größten "
            "Arbeitgeber der Region.")
    found = entities(text, "de")
    assert ("Pressmetall Gunzenhausen GmbH", "ORG") in found and ("Pressmetall Gunzenhausen", "ORG") in found
    assert not any(label == "PERSON" for _, label in found)


@pytest.mark.parametrize("text", [
    "Erster Tag der Bundesratsreise 2015: Bundesrat besucht Bern.",  # "Tag" ends in "ag" but is no company
    "Der Vertrag wurde am Dienstag unterzeichnet.",
    "Stationen waren eine kantonale Asylunterkunft und ein Zentrum für Langzeitpflege.",  # a kind, not a name
])
def test_no_organisation(no_model, text: str) -> None:
    assert {name for name, label in entities(text, "de") if label == "ORG"} <= {"Bundesrat"}


@pytest.mark.parametrize(("language", "text", "expected", "absent"), [
    ("de", "EU-AKTUELL\n\nDIE EU IN DEUTSCHLAND\n\nNachrichten", {("EU", "ORG"), ("DEUTSCHLAND", "LOC")},
     {"DIE", "IN", "EU-AKTUELL"}),
    ("de", "Der Nettoverlust sei mit CHF 7 Mio. gering, 5 EUR pro Aktie.", set(), {"CHF", "EUR"}),
    ("nl", "De NAVO komt bijeen.", {("NAVO", "ORG")}, set()),  # an acronym alone stays one
])
def test_words_in_capitals(no_model, language: str, text: str, expected: set[tuple[str, str]],
                           absent: set[str]) -> None:
    found = entities(text, language)
    assert expected <= found
    assert not {name for name, _ in found} & absent


def test_a_titled_person_and_a_party_are_no_definition(no_model) -> None:
    text = "Neben dem Ministerpräsidenten Stephan Weil (SPD) gehören dem Kabinett zehn Minister an."
    found = entities(text, "de")
    assert ("Stephan Weil", "PERSON") in found and not any(n.startswith("Minister") for n, _ in found)


@pytest.mark.parametrize(("text", "place"), [
    ("Bis zum Höchststand wohnten 351 Juden in Randegg.", "Randegg"),
    ("Es gibt Initiativen aus Spiegelau, über die berichtet wurde.", "Spiegelau"),
    ("Danach reiste die Delegation nach Tiflis.", "Tiflis"),
])
def test_a_bare_place_after_a_german_preposition(text: str, place: str) -> None:
    assert [m.text for m in bare_place_mentions(text, "de")] == [place]


@pytest.mark.parametrize("text", [
    "Das Gesetz tritt in Kraft.", "Er kam nach Hause.", "Das geschah in Zusammenarbeit mit der Stadt.",
    "Die Stelle bleibt aus Kapazitätsgründen unbesetzt.", "Das liegt in der Stadt.",
])
def test_no_bare_place(text: str) -> None:
    assert bare_place_mentions(text, "de") == []


@pytest.mark.parametrize(("language", "text", "place"), [
    ("nl", "Verder mist het college aandacht voor de problemen in Ter Apel.", "Ter Apel"),
    ("de", "Die Konferenz findet in Sankt Petersburg statt.", "Sankt Petersburg"),
    ("de", "Das Bild befindet sich heute in Florenz.", "Florenz"),
    ("nl", "De ministers vergaderden in Praag.", "Praag"),
])
def test_places_after_prepositions_and_exonyms(no_model, language: str, text: str, place: str) -> None:
    assert (place, "LOC") in entities(text, language)


@pytest.mark.parametrize(("text", "person"), [
    ("‘Doelen en subsidies in beeld’, zegt fractievoorzitter Jacco van Maldegem.", "Jacco van Maldegem"),
    ("De beoogde landbouwminister Jaimi van Essen (D66) wil een andere film afspelen.", "Jaimi van Essen"),
])
def test_a_city_after_a_first_name_and_a_particle_is_a_surname(no_model, text: str, person: str) -> None:
    found = entities(text, "nl")
    assert (person, "PERSON") in found and not any(label == "LOC" for _, label in found)
    assert city_mentions("De Universiteit van Amsterdam groeit.", "nl")  # not after a dictionary word


@pytest.mark.parametrize(("text", "street"), [
    ("Sterkrader Straße: Bauarbeiten bis Juni.", "Sterkrader Straße"),
])
def test_a_name_ending_in_a_street_word_is_a_street(text: str, street: str) -> None:
    assert (street, "LOC") in {(m.text, m.label) for m in model_free_mentions(text, "de")}


def test_a_city_after_a_first_name_at_a_line_start_is_a_surname(no_model) -> None:
    found = entities("Die Messe beginnt.\nFoto: Michael Nelson\nDie Autos fahren.", "de")
    assert not any(label == "LOC" for _, label in found)


@pytest.mark.parametrize(("text", "place", "code"), [
    ("Im September stimmte die Bevölkerung von Courtepin (FR) der Einführung eines Generalrates zu.", "Courtepin",
     "FR"),
    ("Die Delegationen fuhren im Zug zum Landsitz Lohn (BE), wo ein Empfang stattfand.", "Lohn", "BE"),
    ("Wie kann die Gemeinde Münchenstein (BL) Barrieren abbauen?", "Münchenstein", "BL"),
])
def test_a_swiss_town_with_its_canton_code(no_model, text: str, place: str, code: str) -> None:
    assert {(place, "LOC"), (code, "LOC")} <= entities(text, "de")


def test_a_person_with_a_canton_code_stays_a_person() -> None:
    from pipeline.entities.places import coded_place_mentions

    assert coded_place_mentions("Es sprach Ständerätin Anna Muster (ZH) im Rat.", "de") == []


@pytest.mark.parametrize(("language", "text", "expected", "absent"), [
    ("nl", "DEN HAAG (ANP) - Het kabinet stelt geld beschikbaar.", {("DEN HAAG", "LOC"), ("ANP", "ORG")},
     {"DEN", "HAAG"}),  # a dateline in capitals
    ("de", "„Das gibt Spielraum“, sagt Dr. Selahattin Danisman, Referent bei der Stiftung.",
     {("Selahattin Danisman", "PERSON")}, {"Dr"}),
    ("de", "Die Niedersächsische Landesregierung\n\nAm 9. Oktober 2022 wurde gewählt.", set(),
     {"Die Niedersächsische Landesregierung"}),
    ("nl", "Dat is de kern van een voorstel dat de fractieleider, Jacco van Maldegem, heeft gemaakt.",
     {("Jacco van Maldegem", "PERSON")}, {"Maldegem"}),
])
def test_datelines_honorifics_headings_and_particles(no_model, language: str, text: str,
                                                     expected: set[tuple[str, str]], absent: set[str]) -> None:
    found = entities(text, language)
    assert expected <= found
    assert not {name for name, _ in found} & absent


@pytest.mark.parametrize(("language", "text", "name"), [
    ("nl", "Plannen voor de gebieden Midden- en West Brabant en Twente.", "Midden- en West Brabant"),
    ("de", "Die Häfen in Nord- und Westdeutschland wachsen.", "Nord- und Westdeutschland"),
])
def test_a_name_sharing_its_part_with_an_elided_word(language: str, text: str, name: str) -> None:
    from pipeline.entities.places import extend_elided
    from pipeline.records import Mention

    last = name.split(" ", 2)[2]  # what was found: "West Brabant", "Westdeutschland"
    start = text.index(last)
    [m] = extend_elided(text, [Mention(start, start + len(last), last, "LOC", "gazetteer")], language)
    assert m.text == name


@pytest.mark.parametrize(("text", "region"), [
    ("Die Landesregierung besuchte zwei Gemeinden im Berner Mittelland sowie die Stadt Biel.", "Berner Mittelland"),
    ("Mehrere Gemeinden im Tiroler Oberland wachsen.", "Tiroler Oberland"),
])
def test_a_place_adjective_and_a_region_noun_are_a_region(text: str, region: str) -> None:
    assert (region, "LOC") in {(m.text, m.label) for m in model_free_mentions(text, "de")}


@pytest.mark.parametrize(("language", "text", "name"), [
    ("de", "Im Mittelpunkt standen die Herausforderungen der G-20.", "G-20"),
    ("nl", "De leiders van de G7 kwamen bijeen.", "G7"),
])
def test_groups_of_states_are_organisations(no_model, language: str, text: str, name: str) -> None:
    assert (name, "ORG") in entities(text, language)
