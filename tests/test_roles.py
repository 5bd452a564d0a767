"""Roles from real sentence shapes per language; mentions are given (no model needed)."""

from __future__ import annotations

import pytest

from pipeline.entities.clusters import cluster_mentions
from pipeline.records import Mention
from pipeline.roles import extract_roles


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
    ("de", "Ministerpräsidentin Malu Dreyer (SPD) und Anne Spiegel, die inzwischen Bundesfamilienministerin war, "
           "mussten aussagen.",
     [("Malu Dreyer", "PERSON"), ("SPD", "ORG"), ("Anne Spiegel", "PERSON")],
     [("Malu Dreyer", "Ministerpräsidentin", None), ("Anne Spiegel", "Bundesfamilienministerin", None)]),
    ("nl", "In 2020 consulteerde Coens haar geregeld.", [("Coens", "PERSON")], []),
    ("en", "Chinese experts of the NDRC and their General Administrator Pu Yufei will meet.",
     [("NDRC", "ORG"), ("Pu Yufei", "PERSON")], [("Pu Yufei", "General Administrator", "NDRC")]),
    ("en", "The course was taught by the head of ILO Regional Actuarial Services Mr. Simon Brimblecombe.",
     [("Simon Brimblecombe", "PERSON")],
     [("Simon Brimblecombe", "head of ILO Regional Actuarial Services", "ILO")]),
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


PERIODS = [
    ("en", "Jane Smith, Director of the ILO since 2019, said", [("Jane Smith", "PERSON"), ("ILO", "ORG")],
     ("2019", None)),
    ("nl", "Jan Peeters, voorzitter van de raad sinds maart 2020, zei", [("Jan Peeters", "PERSON")], ("2020-03", None)),
    ("de", "Anna Schmidt, Präsidentin bis Juni 2021, sagte", [("Anna Schmidt", "PERSON")], (None, "2021-06")),
    ("fr", "Marie Dubois, directrice depuis 2018, a déclaré", [("Marie Dubois", "PERSON")], ("2018", None)),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PERIODS)
def test_role_periods(language, text, items, expected):
    mentions = []
    for surface, label in items:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, label))
    mentions.sort(key=lambda m: m.start)
    mentions, entities = cluster_mentions(text, mentions)
    roles = extract_roles(text, mentions, entities, language)
    assert [(r.since, r.until) for r in roles] == [expected]


def test_former_is_kept_as_status():
    text = "Former Prime Minister Yves Leterme said"
    start = text.index("Yves")
    mentions, entities = cluster_mentions(text, [Mention(start, start + 12, "Yves Leterme", "PERSON")])
    assert extract_roles(text, mentions, entities, "en")[0].status == "former"


@pytest.mark.parametrize(("language", "text", "items", "expected"), [
    ("en", "We met Vice Minister You Jun of MoHRSS yesterday.", [("You Jun", "PERSON"), ("MoHRSS", "ORG")],
     [("You Jun", "Vice Minister", "MoHRSS")]),
    ("en", "Hao Bin (Director-General, NDRC) said", [("Hao Bin", "PERSON"), ("NDRC", "ORG")],
     [("Hao Bin", "Director-General", "NDRC")]),
    ("nl", "de Belgische minister van Sociale Zaken, mevrouw De Block, zei", [("De Block", "PERSON")],
     [("De Block", "minister van Sociale Zaken", "Belgium")]),
    ("de", "Peter Müller, Generaldirektor der Europäischen Kommission, sagte",
     [("Peter Müller", "PERSON"), ("Europäischen Kommission", "ORG")],
     [("Peter Müller", "Generaldirektor", "Europäischen Kommission")]),
])
def test_more_role_shapes(language, text, items, expected):
    assert roles_of(text, language, items) == expected
