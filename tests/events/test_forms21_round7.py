"""Forms of the genre read in the seventh round of issue 21, each from the per-language events files: signing
verbs ("ondertekenden", "tekenden"), agreement nouns ("entente", "convenant"), a support word whose means is
an amount ("supports X with $10 million"), meeting verbs ("ontmoette", "s'est entretenu", "traf sich"), a
meeting sentence whose subject refers back to the visit told before ("Il y a été accueilli par ..."), a name
that is only the event word ("MOU") and entries written with an apostrophe, which match either apostrophe."""

from __future__ import annotations

import pytest

from pipeline.events.lexicon import compile_words
from tests.events.test_extract import roles, run
from tests.events.test_patterns import funding

SIGNED = [
    ("en", "The City of Boston and the Port Authority signed a memorandum of understanding on Tuesday.",
     {"City of Boston": "ORG", "Port Authority": "ORG"}),
    ("nl", "De gemeente Zeist en de provincie Utrecht ondertekenden een samenwerkingsovereenkomst.",
     {"gemeente Zeist": "ORG", "provincie Utrecht": "ORG"}),
    ("nl", "Wethouders uit Houten en Zeist tekenden een bestuursovereenkomst met het Ministerie van Financiën.",
     {"Houten": "ORG", "Zeist": "ORG", "Ministerie van Financiën": "ORG"}),
    ("nl", "De gemeente Almere en Rijkswaterstaat hebben een convenant getekend.",
     {"gemeente Almere": "ORG", "Rijkswaterstaat": "ORG"}),
    ("fr", "Le gouvernement du Québec et la Ville de Montréal ont conclu une entente sur le logement.",
     {"gouvernement du Québec": "ORG", "Ville de Montréal": "ORG"}),
    ("fr", "La Région Bretagne et l'Université de Rennes ont signé une convention de partenariat.",
     {"Région Bretagne": "ORG", "Université de Rennes": "ORG"}),
    ("de", "Das Land Berlin und die Charité unterzeichneten eine Kooperationsvereinbarung.",
     {"Land Berlin": "ORG", "Charité": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", SIGNED, ids=[c[0] for c in SIGNED])
def test_signing_an_agreement_makes_every_signatory_a_partner(language, text, names):
    agreements = [roles(e) for e in run(text, language, names) if e.type == "agreement"]
    assert agreements == [{name: "partner" for name in names}]


SUPPORTED = [
    ("en", "Norway supports the education programmes of UNICEF in Ukraine with an additional $10 million.",
     {"Norway": "LOC", "UNICEF": "ORG", "Ukraine": "LOC"}, "Norway", "UNICEF", "10000000"),
    ("nl", "Nederland steunt de onderwijsprogramma's van UNICEF in Oekraïne met nog eens 10 miljoen euro.",
     {"Nederland": "LOC", "UNICEF": "ORG", "Oekraïne": "LOC"}, "Nederland", "UNICEF", "10000000"),
    ("fr", "La Suisse soutient les programmes éducatifs de l'UNICEF en Ukraine avec 10 millions de francs.",
     {"Suisse": "LOC", "UNICEF": "ORG", "Ukraine": "LOC"}, "Suisse", "UNICEF", "10000000"),
    ("de", "Deutschland unterstützt Bildungsmaßnahmen der UN-Organisation Education Cannot Wait in der Ukraine "
           "mit weiteren 10 Millionen Euro.",
     {"Deutschland": "LOC", "Education Cannot Wait": "ORG", "Ukraine": "LOC"}, "Deutschland",
     "Education Cannot Wait", "10000000"),
]


@pytest.mark.parametrize("language, text, names, funder, recipient, value", SUPPORTED,
                         ids=[c[0] for c in SUPPORTED])
def test_support_with_an_amount_is_a_funding_whose_subject_pays(language, text, names, funder, recipient, value):
    found = funding(text, language, names)
    assert [v for v, _ in found] == [value]
    parties = found[0][1]
    assert parties[funder] == "funder" and parties[recipient] == "recipient", parties
    assert list(names)[-1] not in parties  # the place after "in" only locates


@pytest.mark.parametrize("language, text, names", [
    ("en", "The Senator supports the farm bill, which passed with 60 votes.", {"Senator": "PERSON"}),
    ("de", "Die Regierung unterstützt den Plan. Mit 10 Millionen Euro wäre er finanzierbar.", {"Regierung": "ORG"}),
])
def test_support_without_a_granted_amount_in_its_clause_is_no_funding(language, text, names):
    assert funding(text, language, names) == []


MET = [
    ("en", "Minister Smith met her Irish counterpart Mary Jones in Dublin.",
     {"Smith": "PERSON", "Mary Jones": "PERSON", "Dublin": "LOC"}),
    ("nl", "Minister Jansen ontmoette in Brussel haar Belgische collega Marie Peeters.",
     {"Jansen": "PERSON", "Marie Peeters": "PERSON", "Brussel": "LOC"}),
    ("fr", "Le ministre Dupont s'est entretenu avec son homologue allemand Hans Müller à Paris.",
     {"Dupont": "PERSON", "Hans Müller": "PERSON", "Paris": "LOC"}),
    ("fr", "La ministre Lefèvre s’est entretenue avec le commissaire Paolo Rossi.",
     {"Lefèvre": "PERSON", "Paolo Rossi": "PERSON"}),
    ("de", "Bundesminister Müller traf sich in Berlin mit dem französischen Amtskollegen Jean Dupont.",
     {"Müller": "PERSON", "Jean Dupont": "PERSON", "Berlin": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", MET, ids=[c[0] for c in MET])
def test_meeting_verbs_make_a_meeting_of_the_two_persons(language, text, names):
    meetings = [roles(e) for e in run(text, language, names) if e.type == "meeting"]
    persons = [n for n, label in names.items() if label == "PERSON"]
    assert len(meetings) == 1 and all(meetings[0].get(p) for p in persons), meetings


@pytest.mark.parametrize("text", [
    "Als das Coronavirus Europa traf, fehlte es der Kommission an Schutzausrüstung.",
    "„Das trifft sich gut“, sagte der Kommissar der Kommission in Europa.",
])
def test_a_verb_that_only_means_to_hit_is_no_meeting(text):
    assert [e for e in run(text, "de", {"Europa": "LOC", "Kommission": "ORG"}) if e.type == "meeting"] == []


def test_to_guarantee_is_no_funding():
    text = "Das Land Hessen will die Sicherheit der Stadt Kassel mit 2 Millionen Euro gewährleisten."
    assert funding(text.replace("will ", ""), "de", {"Land Hessen": "ORG", "Stadt Kassel": "ORG"}) == []


RETOLD = [
    ("en", "Secretary Brown visited the headquarters of the World Bank in Washington. He then met with "
           "Anna Weber, the vice-president of the World Bank.",
     {"Brown": "PERSON", "World Bank": "ORG", "Washington": "LOC", "Anna Weber": "PERSON"}, "Anna Weber"),
    ("nl", "Minister De Vries bracht een bezoek aan het hoofdkantoor van de Wereldbank. Hij had er een gesprek "
           "met Anna Weber, vicepresident van de Wereldbank.",
     {"De Vries": "PERSON", "Wereldbank": "ORG", "Anna Weber": "PERSON"}, "Anna Weber"),
    ("fr", "Jean-Yves Le Drian s'est rendu au siège de l'Agence française de développement. Il y a été accueilli "
           "par Rémy Rioux, directeur général.",
     {"Jean-Yves Le Drian": "PERSON", "Agence française de développement": "ORG", "Rémy Rioux": "PERSON"},
     "Rémy Rioux"),
    ("de", "Staatssekretär Flasbarth besuchte den Sitz der Weltbank in Washington. Der Staatssekretär traf sich "
           "dort mit Anna Weber, der Vizepräsidentin der Weltbank.",
     {"Flasbarth": "PERSON", "Weltbank": "ORG", "Washington": "LOC", "Anna Weber": "PERSON"}, "Anna Weber"),
]


@pytest.mark.parametrize("language, text, names, joined", RETOLD, ids=[c[0] for c in RETOLD])
def test_a_meeting_sentence_whose_subject_refers_back_continues_the_visit(language, text, names, joined):
    meetings = [roles(e) for e in run(text, language, names) if e.type == "meeting"]
    assert len(meetings) == 1, meetings
    assert joined in meetings[0] and next(iter(names)) in meetings[0], meetings


@pytest.mark.parametrize("language, text, names, word", [
    ("en", "USDA and the 1890s Presidents Council signed a Memorandum of Understanding (MOU) in Washington.",
     {"USDA": "ORG", "1890s Presidents Council": "ORG", "MOU": "ORG", "Washington": "LOC"}, "MOU"),
    ("de", "Die Stadt Wien und die Universität Wien unterzeichneten eine Vereinbarung (Memorandum).",
     {"Stadt Wien": "ORG", "Universität Wien": "ORG", "Memorandum": "ORG"}, "Memorandum"),
])
def test_a_name_that_is_only_the_event_word_is_no_party(language, text, names, word):
    agreements = [roles(e) for e in run(text, language, names) if e.type == "agreement"]
    assert len(agreements) == 1 and word not in agreements[0], agreements


@pytest.mark.parametrize("entry, text", [
    ("avec l'appui de", "avec l’appui de la Région"),
    ("avec l'appui de", "avec l'appui de la Région"),
    ("s’est entretenu", "il s'est entretenu avec"),
])
def test_an_entry_with_an_apostrophe_matches_either_apostrophe(entry, text):
    assert compile_words([entry]).search(text)


ANNOUNCED = [
    ("en", "U.S. Senator George Allen (R-VA) today announced that the U.S. Department of Labor has awarded "
           "$1,965,000 to the Greater Peninsula Workforce Investment Board.",
     {"George Allen": "PERSON", "U.S. Department of Labor": "ORG",
      "Greater Peninsula Workforce Investment Board": "ORG"},
     "George Allen", "U.S. Department of Labor"),
    ("nl", "Gedeputeerde Jansen maakte bekend dat de provincie Utrecht 5 miljoen euro uittrekt voor de gemeente "
           "Zeist.",
     {"Jansen": "PERSON", "provincie Utrecht": "ORG", "gemeente Zeist": "ORG"}, "Jansen", "provincie Utrecht"),
    ("fr", "Le député Martin a annoncé que la Région Bretagne accorde 2 millions d'euros à la commune de Lannion.",
     {"Martin": "PERSON", "Région Bretagne": "ORG", "Lannion": "LOC"}, "Martin", "Région Bretagne"),
    ("de", "Der Abgeordnete Müller gab bekannt, dass das Land Hessen 2 Millionen Euro für die Stadt Kassel "
           "bereitstellt.", {"Müller": "PERSON", "Land Hessen": "ORG", "Stadt Kassel": "ORG"}, "Müller", "Land Hessen"),
]


@pytest.mark.parametrize("language, text, names, reporter, funder", ANNOUNCED, ids=[c[0] for c in ANNOUNCED])
def test_who_announces_that_a_funding_happens_is_no_party(language, text, names, reporter, funder):
    found = funding(text, language, names)
    assert len(found) == 1, found
    assert reporter not in found[0][1] and found[0][1].get(funder) == "funder", found


def test_who_announces_its_own_grant_pays_it():
    text = "The Welsh Government yesterday announced £157 million of new funding to support the priorities."
    assert funding(text, "en", {"Welsh Government": "ORG"}) == [("157000000", {"Welsh Government": "funder"})]


VERB_FINAL = [
    ("de", "Das Land Hessen wird der Stadt Kassel 2 Millionen Euro gewähren.",
     {"Land Hessen": "ORG", "Stadt Kassel": "ORG"}, "Land Hessen", "Stadt Kassel"),
    ("de", "Das Land Hessen hat der Stadt Kassel 2 Millionen Euro zugesagt.",
     {"Land Hessen": "ORG", "Stadt Kassel": "ORG"}, "Land Hessen", "Stadt Kassel"),
    ("nl", "De provincie Utrecht zal de gemeente Zeist 2 miljoen euro toekennen.",
     {"provincie Utrecht": "ORG", "gemeente Zeist": "ORG"}, "provincie Utrecht", "gemeente Zeist"),
    ("nl", "De provincie Utrecht heeft de gemeente Zeist 2 miljoen euro toegekend.",
     {"provincie Utrecht": "ORG", "gemeente Zeist": "ORG"}, "provincie Utrecht", "gemeente Zeist"),
    # English and French put the verb before its objects: the auxiliary changes nothing there
    ("en", "The State of Hawaii and the County of Maui have granted $2 million to the Arc of Hilo.",
     {"State of Hawaii": "ORG", "County of Maui": "ORG", "Arc of Hilo": "ORG"}, "County of Maui", "Arc of Hilo"),
    ("fr", "La Région Bretagne et la commune de Rennes ont accordé 2 millions d'euros à l'Université de Rennes.",
     {"Région Bretagne": "ORG", "commune de Rennes": "ORG", "Université de Rennes": "ORG"}, "commune de Rennes",
     "Université de Rennes"),
]


@pytest.mark.parametrize("language, text, names, funder, recipient", VERB_FINAL, ids=[c[0] for c in VERB_FINAL])
def test_the_object_before_a_clause_final_funding_verb_is_paid(language, text, names, funder, recipient):
    found = funding(text, language, names)
    assert len(found) == 1, found
    assert found[0][1][funder] == "funder" and found[0][1][recipient] == "recipient", found


def test_a_german_intention_is_no_funding():
    assert funding("Der Bund will die Stadt Kassel mit 2 Millionen Euro fördern.", "de",
                   {"Bund": "ORG", "Stadt Kassel": "ORG"}) == []
