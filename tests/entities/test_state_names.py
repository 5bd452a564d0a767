"""The Dutch state as an actor: "het Rijk" (and "de Rijksoverheid") of municipal, provincial and ministerial
releases is the government of the Netherlands, one entity with its names in the other languages."""

from __future__ import annotations

import pytest

from pipeline.entities.gazetteer import alias_table
from pipeline.entities.recognize import extract_entities
from pipeline.text.main_text import split_paragraphs


@pytest.mark.parametrize(("language", "text", "name"), [
    ("nl", "Het Rijk draagt ruim 145 miljoen euro bij aan de regio.", "Rijk"),
    ("nl", "Utrecht diende de maatregelpakketten eerder in bij het Rijk.", "Rijk"),
    ("nl", "De Rijksoverheid wil meer duurzame energie.", "Rijksoverheid"),
    ("en", "The Dutch government pledged 10 million euros.", "Dutch government"),
    ("fr", "Le gouvernement néerlandais a annoncé une aide.", "gouvernement néerlandais"),
    ("de", "Die niederländische Regierung kündigte Hilfe an.", "niederländische Regierung"),
])
def test_the_dutch_state_is_one_organisation(language: str, text: str, name: str) -> None:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    assert (name, "ORG") in {(m.text, m.label) for m in mentions}
    entry = alias_table().lookup(name, language)
    assert entry is not None and entry.id == "nl-government"


@pytest.mark.parametrize(("text", "name"), [
    ("In der Landesvertretung in Berlin fand ein Empfang statt.", "Landesvertretung"),
    ("Der Präsident des Landtags eröffnete die Sitzung.", "Landtags"),
    ("Der Landtag hat das Gesetz am Mittwoch beschlossen.", "Landtag"),
    ("Der Bayerische Landtag und die Staatsregierung luden ein.", "Bayerische Landtag"),
])
def test_the_bodies_every_german_land_has_are_organisations(text: str, name: str) -> None:
    mentions, _ = extract_entities(text, split_paragraphs(text), "de")
    assert (name, "ORG") in {(m.text, m.label) for m in mentions}


@pytest.mark.parametrize(("language", "name"), [("en", "Landesvertretung"), ("fr", "Landtag"), ("nl", "Landtag")])
def test_german_state_bodies_are_german_names(language: str, name: str) -> None:
    entry = alias_table().lookup(name, language)
    assert entry is None or entry.label == "ORG"  # never a place, whatever the language
