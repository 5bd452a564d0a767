"""Names the model labelled a place or an organisation at a title (pipeline.roles.names); mentions are given with
their method, as the recogniser would make them."""

from __future__ import annotations

import pytest

from pipeline.entities.clusters import cluster_mentions
from pipeline.records import Mention
from pipeline.roles import extract_roles
from pipeline.roles.names import titled_mislabelled
from pipeline.roles.patterns import patterns_for


def _roles(text, language, items):
    mentions = []
    for surface, label, method in items:
        start = text.index(surface, mentions[-1].end if mentions else 0)
        mentions.append(Mention(start, start + len(surface), surface, label, method=method))
    mentions, entities = cluster_mentions(text, mentions)
    return [(r.person, r.role) for r in extract_roles(text, mentions, entities, language)]


MISLABELLED = [  # a model's place or organisation right after (or holding) a title is the person it introduces
    ("fr", "La ministre Chartrand a annoncé un investissement pour le Nord.",
     [("Chartrand", "LOC", "model"), ("Nord", "LOC", "model")], ("Chartrand", "ministre")),
    ("fr", "Le Ministre-Président Elio Di Rupo a présenté le plan de relance.",
     [("Ministre-Président Elio Di Rupo", "ORG", "model")], ("Elio Di Rupo", "Ministre-Président")),
    ("en", "Minister Coveney welcomed the decision of the donors.",
     [("Coveney", "ORG", "model")], ("Coveney", "Minister")),
    ("nl", "Minister Kaag opende de conferentie over humanitaire hulp.",
     [("Kaag", "LOC", "model")], ("Kaag", "Minister")),
    ("de", "Bundesministerin Schulze stellte den Bericht vor.",
     [("Schulze", "ORG", "model")], ("Schulze", "Bundesministerin")),
]


@pytest.mark.parametrize("lang,text,items,expected", MISLABELLED)
def test_a_mislabelled_name_at_a_title_is_a_person(lang, text, items, expected):
    assert expected in _roles(text, lang, items)


KEPT = [  # a place or body a table knows, or one the gazetteer found, stays what it is
    ("fr", "Le ministre Canada a été cité.", [("Canada", "LOC", "model")]),
    ("en", "The Minister Brussels meeting was held.", [("Brussels", "LOC", "model")]),
    ("nl", "De minister Amsterdam bezocht.", [("Amsterdam", "LOC", "gazetteer")]),
    ("de", "Die Ministerin Europäische Kommission sagte.", [("Europäische Kommission", "ORG", "model")]),
]


@pytest.mark.parametrize("lang,text,items", KEPT)
def test_a_known_place_or_body_is_kept(lang, text, items):
    mentions = []
    for surface, label, method in items:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, label, method=method))
    assert titled_mislabelled(text, mentions, patterns_for(lang)) == []
