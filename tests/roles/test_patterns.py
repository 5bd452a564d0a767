"""The language patterns of role extraction (``pipeline.roles.patterns``), per language."""

from __future__ import annotations

import pytest

from pipeline.roles.patterns import patterns_for
from tests.roles.test_extract import roles_of

APPOINTMENT_WITH_A_GAP = [  # an auxiliary, a day or an adverb, then the participle: the title after it
    ("nl", "Pieter Duisenberg is vandaag begonnen als nieuwe president van de Algemene Rekenkamer.",
     [("Pieter Duisenberg", "PERSON"), ("Algemene Rekenkamer", "ORG")],
     [("Pieter Duisenberg", "nieuwe president", "Algemene Rekenkamer")]),
    ("nl", "Anna de Wit is op 1 september benoemd tot directeur van het Centraal Planbureau.",
     [("Anna de Wit", "PERSON"), ("Centraal Planbureau", "ORG")],
     [("Anna de Wit", "directeur", "Centraal Planbureau")]),
    ("en", "Jane Doe was unanimously elected Chair of the Board of the European Environment Agency.",
     [("Jane Doe", "PERSON"), ("European Environment Agency", "ORG")],
     [("Jane Doe", "Chair of the Board", "European Environment Agency")]),
    ("fr", "Marie Dupont a été officiellement nommée directrice générale de l'Agence nationale de la recherche.",
     [("Marie Dupont", "PERSON"), ("Agence nationale de la recherche", "ORG")],
     [("Marie Dupont", "directrice générale", "Agence nationale de la recherche")]),
    ("de", "Anna Muster wurde am Montag zur Präsidentin des Statistischen Landesamtes gewählt.",
     [("Anna Muster", "PERSON"), ("Statistischen Landesamtes", "ORG")],
     [("Anna Muster", "Präsidentin", "Statistischen Landesamtes")]),
    # the appointment words without a gap
    ("nl", "Jan Jansen is begonnen als directeur van het Rijksmuseum.",
     [("Jan Jansen", "PERSON"), ("Rijksmuseum", "ORG")],
     [("Jan Jansen", "directeur", "Rijksmuseum")]),
    ("en", "John Roe took office as President of the Court of Auditors.",
     [("John Roe", "PERSON"), ("Court of Auditors", "ORG")], [("John Roe", "President", "Court of Auditors")]),
    ("fr", "Paul Durand a pris ses fonctions de président de la Cour des comptes.",
     [("Paul Durand", "PERSON"), ("Cour des comptes", "ORG")], [("Paul Durand", "président", "Cour des comptes")]),
    ("de", "Hans Meier übernimmt das Amt des Präsidenten des Bundesamtes für Statistik.",
     [("Hans Meier", "PERSON"), ("Bundesamtes für Statistik", "ORG")],
     [("Hans Meier", "Präsident", "Bundesamtes für Statistik")]),
]

NO_APPOINTMENT = [  # a negation in the gap, or punctuation, ends it (a copula may still read "was not elected Chair")
    ("nl", "Jan Jansen is niet benoemd tot directeur van het museum.", [("Jan Jansen", "PERSON")], []),
    ("fr", "Marie Dupont n'a pas été nommée directrice.", [("Marie Dupont", "PERSON")], []),
    ("de", "Anna Muster wurde, wie erwartet, zur Präsidentin gewählt.", [("Anna Muster", "PERSON")], []),
    ("en", "Jane Doe was, as expected, elected Chair.", [("Jane Doe", "PERSON")], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), APPOINTMENT_WITH_A_GAP + NO_APPOINTMENT)
def test_appointments(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


AMPERSAND_ACRONYM_COMPOUND = [  # a title compounded with an acronym holding "&" ("CD&V-voorzitter"): the acronym's
    ("nl", "In oktober tovert CD&V-voorzitter Joachim Coens haar uit de hoed.", [("Joachim Coens", "PERSON")],
     [("Joachim Coens", "CD&V-voorzitter", "CD&V")]),
    ("nl", "Volgens S&P-topman Jan Jansen is dat goed nieuws.", [("Jan Jansen", "PERSON")],
     [("Jan Jansen", "S&P-topman", "S&P")]),
    ("de", "Die SPÖ-Abgeordnete Anna Muster sagte das.", [("Anna Muster", "PERSON")],
     [("Anna Muster", "SPÖ-Abgeordnete", "SPÖ")]),
    ("de", "Der B&O-Vorstand Hans Meier sagte das.", [("Hans Meier", "PERSON")],
     [("Hans Meier", "B&O-Vorstand", "B&O")]),
    # English and French name the body apart
    ("en", "The AT&T CEO John Stankey said.", [("AT&T", "ORG"), ("John Stankey", "PERSON")],
     [("John Stankey", "CEO", "AT&T")]),
    ("fr", "Le PDG de LVMH, Bernard Arnault, a dit.", [("LVMH", "ORG"), ("Bernard Arnault", "PERSON")],
     [("Bernard Arnault", "PDG", "LVMH")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), AMPERSAND_ACRONYM_COMPOUND)
def test_ampersand_acronym_compound(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


APPOINTED_OBJECT = [  # "heeft X beëdigd als president": the participle and its preposition right after the name
    ("nl", "Koning Willem-Alexander heeft Pieter Duisenberg beëdigd als president van de Algemene Rekenkamer.",
     [("Willem-Alexander", "PERSON"), ("Pieter Duisenberg", "PERSON"), ("Algemene Rekenkamer", "ORG")],
     [("Pieter Duisenberg", "president", "Algemene Rekenkamer"), ("Willem-Alexander", "Koning", None)]),
    ("nl", "De ministerraad heeft Jan Jansen benoemd tot directeur-generaal van Rijkswaterstaat.",
     [("Jan Jansen", "PERSON"), ("Rijkswaterstaat", "ORG")], [("Jan Jansen", "directeur-generaal", "Rijkswaterstaat")]),
    # the other languages name the appointed person as the subject of a passive
    ("en", "Jane Doe was appointed Director of the European Environment Agency.",
     [("Jane Doe", "PERSON"), ("European Environment Agency", "ORG")],
     [("Jane Doe", "Director", "European Environment Agency")]),
    ("fr", "Marie Dupont a été nommée directrice générale de l'Agence nationale de la recherche.",
     [("Marie Dupont", "PERSON"), ("Agence nationale de la recherche", "ORG")],
     [("Marie Dupont", "directrice générale", "Agence nationale de la recherche")]),
    ("de", "Anna Muster wurde zur Präsidentin des Statistischen Landesamtes gewählt.",
     [("Anna Muster", "PERSON"), ("Statistischen Landesamtes", "ORG")],
     [("Anna Muster", "Präsidentin", "Statistischen Landesamtes")]),
]

A_PERIOD_OPENING_THE_APPOSITION = [  # "X, sinds 2019 directeur van Y,": the period is read apart
    ("nl", "Jan Jansen, sinds 2019 directeur van het KNMI, leidde de bezoekers rond.",
     [("Jan Jansen", "PERSON"), ("KNMI", "ORG")], [("Jan Jansen", "directeur", "KNMI")]),
    ("en", "Jane Doe, since 2019 Director of the European Environment Agency, said so.",
     [("Jane Doe", "PERSON"), ("European Environment Agency", "ORG")],
     [("Jane Doe", "Director", "European Environment Agency")]),
    ("fr", "Marie Dupont, depuis 2019 directrice de l’Agence nationale de la recherche, a dit.",
     [("Marie Dupont", "PERSON"), ("Agence nationale de la recherche", "ORG")],
     [("Marie Dupont", "directrice", "Agence nationale de la recherche")]),
    ("de", "Anna Muster, seit März 2020 Präsidentin des Statistischen Landesamtes, sagte das.",
     [("Anna Muster", "PERSON"), ("Statistischen Landesamtes", "ORG")],
     [("Anna Muster", "Präsidentin", "Statistischen Landesamtes")]),
    ("en", "Jane Doe, since then, said so.", [("Jane Doe", "PERSON")], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), APPOINTED_OBJECT + A_PERIOD_OPENING_THE_APPOSITION)
def test_appointed_object_and_period_apposition(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


def test_the_period_of_an_apposition_is_kept():
    from pipeline.entities.clusters import cluster_mentions
    from pipeline.records import Mention
    from pipeline.roles import extract_roles

    text = "Jan Jansen, sinds 2019 directeur van het KNMI, leidde de bezoekers rond."
    mentions, entities = cluster_mentions(text, [Mention(0, 10, "Jan Jansen", "PERSON")])
    assert [r.since for r in extract_roles(text, mentions, entities, "nl")] == ["2019"]


PORTFOLIO_COMPOUNDS = [  # "Verteidigungsminister", "onderwijsminister": a national title closing a compound is
    # national too (the country its sentence names); English and French write the portfolio apart
    ("de", "Verteidigungsminister Gerald Klug betonte, dass Österreich bei den Einsätzen präsent bleibe.",
     [("Gerald Klug", "PERSON"), ("Österreich", "LOC")], ("Gerald Klug", "Österreich")),
    ("de", "Außenministerin Annalena Baerbock sagte, Deutschland stehe an der Seite der Ukraine.",
     [("Annalena Baerbock", "PERSON"), ("Deutschland", "LOC"), ("Ukraine", "LOC")], None),
    ("nl", "Onderwijsminister Robbert Dijkgraaf zei dat Nederland meer in onderzoek investeert.",
     [("Robbert Dijkgraaf", "PERSON"), ("Nederland", "LOC")], ("Robbert Dijkgraaf", "Nederland")),
    ("en", "Defence Minister Jane Smith said New Zealand would send a frigate.",
     [("Jane Smith", "PERSON"), ("New Zealand", "LOC")], ("Jane Smith", "New Zealand")),
    ("fr", "La ministre de la Défense Florence Parly a déclaré que la France enverrait une frégate.",
     [("Florence Parly", "PERSON"), ("France", "LOC")], ("Florence Parly", "France")),
]


@pytest.mark.parametrize("lang,text,items,expected", PORTFOLIO_COMPOUNDS)
def test_a_portfolio_compound_is_a_national_title(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    if expected is None:  # two countries in the sentence: neither is taken
        assert found and all(org is None for _, org in found)
    else:
        assert expected in found


@pytest.mark.parametrize("lang,word,national", [
    ("de", "Verteidigungsminister", True), ("de", "Außenministerin", True), ("de", "Generaldirektor", False),
    ("nl", "onderwijsminister", True), ("nl", "hoofdeconoom", False), ("en", "Defence Minister", True),
    ("fr", "ministre", True),
])
def test_national_pattern(lang, word, national):
    assert bool(patterns_for(lang).national.search(word)) is national
