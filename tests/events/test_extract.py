"""Events read from real sentences of the seeds and the tune part of the development set, per language:
the type, the amount, the roles of the parties. Entities are given as the entity stage would find them;
amounts and dates come from the real extractors."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates
from pipeline.events.extract import extract_events
from pipeline.events.sentences import sentences
from pipeline.money.amounts import extract_amounts
from pipeline.records import EntityRef, Mention


def run(text: str, language: str, names: dict[str, str]):
    """Events of ``text`` with ``names`` (surface form -> label) as its recognised mentions."""
    mentions, entities = [], []
    for index, (name, label) in enumerate(names.items()):
        entities.append(EntityRef(key=f"{label}:{name}", name=name, label=label))
        start = text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, label=label, entity=index))
            start = text.find(name, start + len(name))
    mentions.sort(key=lambda m: m.start)
    return extract_events(text, language, mentions, entities, extract_amounts(text, language),
                          extract_dates(text, language, None), [])


def roles(event) -> dict[str, str]:
    return {p.name: p.role for p in event.parties}


CASES = [
    ("en", "This workshop is part of the EU-CHINA Social Protection Reform Project, a project funded by the "
           "European Commission and the People’s Republic of China for a total amount of € 6,7 million euro.",
     {"European Commission": "ORG", "People’s Republic of China": "LOC"},
     "funding", "6700000", {"European Commission": "funder", "People’s Republic of China": "funder"}),
    ("en", "A further £200,000 will go to the Green Action Trust to help expand nature networks.",
     {"Green Action Trust": "ORG"}, "funding", "200000", {"Green Action Trust": "recipient"}),
    ("nl", "Het Rijk draagt ruim 145 miljoen euro bij aan de realisatie van de deals, de regio verdubbelt dat "
           "bedrag ruim.", {"Rijk": "ORG"}, "funding", "145000000", {"Rijk": "funder"}),
    ("fr", "b)  un montant de 428 405 059 EUR en faveur de la Slovénie en rapport avec les inondations.",
     {"Slovénie": "LOC"}, "funding", "428405059", {"Slovénie": "recipient"}),
    ("de", "Mit Blick auf die Europawahlen haben das Land Berlin und die Vertretung der Europäischen Kommission "
           "in Deutschland gestern ein Partnerschaftsabkommen zur Europakommunikation unterzeichnet.",
     {"Land Berlin": "LOC", "Vertretung der Europäischen Kommission in Deutschland": "ORG"}, "agreement", None,
     {"Land Berlin": "partner", "Vertretung der Europäischen Kommission in Deutschland": "partner"}),
    ("en", "Meeting at the European Investment Bank headquarters in Luxembourg representatives of the bank’s "
           "shareholders, as well as the European Commission, approved new financing for 21 projects.",
     {"European Investment Bank": "ORG", "Luxembourg": "LOC", "European Commission": "ORG"}, "meeting", None,
     {"European Investment Bank": "organiser", "European Commission": "participant"}),
]


@pytest.mark.parametrize("language, text, names, kind, value, expected", CASES,
                         ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(CASES)])
def test_events_of_real_sentences(language, text, names, kind, value, expected):
    amounts = extract_amounts(text, language)
    events = [e for e in run(text, language, names) if e.type == kind]
    assert events, f"no {kind} event"
    event = events[0]
    assert (str(int(amounts[event.amount].value)) if event.amount is not None else None) == value
    got = roles(event)
    for name, role in expected.items():
        assert got.get(name) == role, (name, got)
    assert text[event.start:event.end] == event.text  # the evidence span indexes the text


@pytest.mark.parametrize("language, text, names", [
    ("en", "The projects could be funded by the European Commission with €5 million.", {"European Commission": "ORG"}),
    ("nl", "De Europese Commissie zou 5 miljoen euro kunnen financieren.", {"Europese Commissie": "ORG"}),
    ("fr", "La Commission pourrait financer le projet à hauteur de 5 millions d'euros.", {"Commission": "ORG"}),
    ("de", "Die Kommission könnte das Projekt mit 5 Millionen Euro finanzieren.", {"Kommission": "ORG"}),
])
def test_hedged_funding_is_no_event(language, text, names):
    assert [e for e in run(text, language, names) if e.type == "funding"] == []


def test_a_meeting_needs_two_named_parties():
    text = "The European Commission hosted a workshop in Brussels."
    assert [e for e in run(text, "en", {"European Commission": "ORG", "Brussels": "LOC"})
            if e.type == "meeting"] == []


def test_title_and_body_telling_one_funding_are_one_event():
    text = ("EIB backs EUR 3.4 billion new financing\n\nThe European Investment Bank approved new financing "
            "worth EUR 3.4 billion for Spain.")
    events = [e for e in run(text, "en", {"EIB": "ORG", "European Investment Bank": "ORG", "Spain": "LOC"})
              if e.type == "funding"]
    assert len(events) == 1 and events[0].start > 0  # the body sentence is the evidence


def test_the_funder_is_carried_to_a_sentence_naming_only_the_recipient():
    text = ("The Scottish Government awarded £2.9 million to nature projects. "
            "A further £200,000 will go to the Green Action Trust.")
    events = run(text, "en", {"Scottish Government": "ORG", "Green Action Trust": "ORG"})
    last = next(e for e in events if "Green Action Trust" in roles(e))
    assert roles(last) == {"Green Action Trust": "recipient", "Scottish Government": "funder"}
    assert last.method == "rule+carried"


def test_no_events_without_an_events_file():
    assert run("The EU funds Spain with €5 million.", "xx", {"EU": "ORG", "Spain": "LOC"}) == []


def test_sentences_keep_offsets_and_abbreviations():
    text = "Mr. Smith met the U.S. delegation. They signed.\nA title line"
    found = [s.text for s in sentences(text)]
    assert found == ["Mr. Smith met the U.S. delegation.", "They signed.", "A title line"]
    assert all(text[s.start:s.end] == s.text for s in sentences(text))
