"""Roles from real sentence shapes per language; mentions are given (no model needed)."""

from __future__ import annotations

import pytest

from pipeline.extract.roles import extract_roles
from pipeline.normalize.entities import cluster_mentions
from pipeline.records import Mention


def roles_of(text, language, items):
    mentions = []
    for surface, label in items:
        start = text.index(surface, mentions[-1].end if mentions else 0)
        mentions.append(Mention(start, start + len(surface), surface, label))
    mentions, entities = cluster_mentions(text, mentions)
    return [(r.person, r.role, r.organization) for r in extract_roles(text, mentions, entities, language)]


CASES = [
    ("en", "Maggie De Block, Belgian Minister of Social Affairs and Public Health: “Our ...",
     [("Maggie De Block", "PERSON")], [("Maggie De Block", "Minister of Social Affairs and Public Health", "Belgium")]),
    ("en", "in presence of Vice Minister of MoHRSS, Mr You Jun, and others.",
     [("MoHRSS", "ORG"), ("You Jun", "PERSON")], [("You Jun", "Vice Minister", "MoHRSS")]),
    ("en", "Ellen Kelly, Head of Cooperation at the EU Delegation to China, stated that",
     [("Ellen Kelly", "PERSON"), ("EU", "ORG"), ("China", "LOC")],
     [("Ellen Kelly", "Head of Cooperation", "EU Delegation to China")]),
    ("en", "Koen Vleminckx | Director International Cooperation department of the FPS Social Security\nFPS Social "
           "Security Press Service",
     [("Koen Vleminckx", "PERSON"), ("FPS Social Security", "ORG"), ("FPS Social Security", "ORG")],
     [("Koen Vleminckx", "Director International Cooperation department", "FPS Social Security")]),
    ("en", "Rubén Vicente Andrés\nProject Manager\nEmail: x@ilo.org", [("Rubén Vicente Andrés", "PERSON")],
     [("Rubén Vicente Andrés", "Project Manager", None)]),
    ("en", "Former Prime Minister Yves Leterme said", [("Yves Leterme", "PERSON")],
     [("Yves Leterme", "Former Prime Minister", None)]),
    ("nl", "Maggie De Block is er. Minister De Block: ‘Onze ...",
     [("Maggie De Block", "PERSON"), ("De Block", "PERSON")],
     [("Maggie De Block", "Minister", None)]),
    ("nl", "Els Cleemput     Woordvoerster minister Maggie De Block",
     [("Els Cleemput", "PERSON"), ("Maggie De Block", "PERSON")],
     [("Els Cleemput", "Woordvoerster", None), ("Maggie De Block", "minister", None)]),
    ("nl", "staatssecretaris voor Asiel en Migratie Nicole de Moor kondigde aan", [("Nicole de Moor", "PERSON")],
     [("Nicole de Moor", "staatssecretaris voor Asiel en Migratie", None)]),
    ("fr", "la ministre fédérale Hadja Lahbib a déclaré", [("Hadja Lahbib", "PERSON")],
     [("Hadja Lahbib", "ministre fédérale", None)]),
    ("fr", "Jean Dupont, directeur général de l'OIT, a déclaré", [("Jean Dupont", "PERSON"), ("OIT", "ORG")],
     [("Jean Dupont", "directeur général", "OIT")]),
    ("de", "Bundesministerin Nancy Faeser sagte", [("Nancy Faeser", "PERSON")],
     [("Nancy Faeser", "Bundesministerin", None)]),
    ("de", "Anna Schmidt, Generaldirektorin der Europäischen Kommission, sagte", [("Anna Schmidt", "PERSON"),
                                                                               ("Europäischen Kommission", "ORG")],
     [("Anna Schmidt", "Generaldirektorin", "Europäischen Kommission")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), CASES)
def test_roles(language, text, items, expected):
    assert roles_of(text, language, items) == expected


NEGATIVE = [
    ("en", "The Minister said the plan was ready.", []),  # a title without a name
    ("en", "We are hiring a Project Manager for our Brussels office.", [("Brussels", "LOC")]),  # a job advert
    ("en", "the Minister met Mr Jan Peeters yesterday.", [("Jan Peeters", "PERSON")]),
    ("en", "Maggie De Block, who visited China, said", [("Maggie De Block", "PERSON"), ("China", "LOC")]),
]


@pytest.mark.parametrize(("language", "text", "items"), NEGATIVE)
def test_no_role(language, text, items):
    assert roles_of(text, language, items) == []
