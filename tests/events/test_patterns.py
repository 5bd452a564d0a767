"""How releases state funding beyond "X funds Y with Z" (issue 21, generalisation): amounts in brackets after
each recipient, the amounts of a funding given in the next sentence, a headline that names whom an amount is
for, the subject after the verb (German and Dutch word order), the funder after a funding noun ("een subsidie
van", "mit Mitteln des", "avec le soutien de"), the publisher as funder, and a funding told once without and
once with its amount. English sentences are from the Senate releases and the tune part of the development set;
the others follow the same forms in each language."""

from __future__ import annotations

import pytest

from pipeline.money.amounts import extract_amounts
from tests.events.test_extract import roles, run


def funding(text: str, language: str, names: dict[str, str]):
    amounts = extract_amounts(text, language)
    return [(str(int(amounts[e.amount].value)) if e.amount is not None else None, roles(e))
            for e in run(text, language, names) if e.type == "funding"]


BRACKETS = [
    ("en", "Last year, the Transportation Department awarded grants to Rio Arriba County ($252,024), Las Vegas "
           "($98,773), Angel Fire ($70,483), Taos ($59,000) and Questa ($31,200) to provide transportation "
           "services to these areas.",
     {"Transportation Department": "ORG", "Rio Arriba County": "LOC", "Las Vegas": "LOC", "Angel Fire": "LOC",
      "Taos": "LOC", "Questa": "LOC"}, "Transportation Department",
     [("252024", "Rio Arriba County"), ("98773", "Las Vegas"), ("31200", "Questa")]),
    ("nl", "De provincie Overijssel verdeelt subsidies over Zwolle (2 miljoen euro) en Deventer (1,5 miljoen euro).",
     {"provincie Overijssel": "ORG", "Zwolle": "LOC", "Deventer": "LOC"}, "provincie Overijssel",
     [("2000000", "Zwolle"), ("1500000", "Deventer")]),
    ("fr", "La Région Bretagne attribue une subvention aux communes de Lannion (120 000 €) et de Vitré (80 000 €).",
     {"Région Bretagne": "ORG", "Lannion": "LOC", "Vitré": "LOC"}, "Région Bretagne",
     [("120000", "Lannion"), ("80000", "Vitré")]),
    ("de", "Der Freistaat Bayern fördert die Städte Augsburg (2 Millionen Euro) und Regensburg (1,5 Millionen Euro).",
     {"Freistaat Bayern": "ORG", "Augsburg": "LOC", "Regensburg": "LOC"}, "Freistaat Bayern",
     [("2000000", "Augsburg"), ("1500000", "Regensburg")]),
]


@pytest.mark.parametrize("language, text, names, funder, shares", BRACKETS, ids=[c[0] for c in BRACKETS])
def test_an_amount_in_brackets_after_a_name_is_that_names_share(language, text, names, funder, shares):
    found = dict(funding(text, language, names))
    for value, recipient in shares:
        assert found.get(value, {}).get(recipient) == "recipient", (value, found)
        assert found[value].get(funder) == "funder", (value, found)
        others = {n for n, r in found[value].items() if r == "recipient"} - {recipient}
        assert not others, (value, others)  # each share goes to its own name only


@pytest.mark.parametrize("language, text, names, kept", [
    ("en", "The Scottish Government will provide £4.1 million (€4.7 million) to Green Action Trust.",
     {"Scottish Government": "ORG", "Green Action Trust": "ORG"}, "4100000"),
    ("de", "Der Bundesrat gewährt der Ukraine 5 Millionen Franken (4,6 Millionen Euro).",
     {"Bundesrat": "ORG", "Ukraine": "LOC"}, "5000000"),
])
def test_an_amount_in_brackets_after_an_amount_is_a_conversion(language, text, names, kept):
    assert [value for value, _ in funding(text, language, names)] == [kept]


CONTINUED = [
    ("en", "Following the approval the EIB expects to finalise financing for new investment in education. This "
           "includes EUR 1 billion for the completion of the Antwerp by-pass and EUR 1.2 billion for new research "
           "and innovation investment in Spain.", {"EIB": "ORG", "Spain": "LOC"}, "EIB",
     [("1000000000", None), ("1200000000", "Spain")]),
    ("nl", "De Europese Commissie stelt 50 miljoen euro beschikbaar voor herstel na de overstromingen. Daarvan gaat "
           "20 miljoen euro naar België.", {"Europese Commissie": "ORG", "België": "LOC"}, "Europese Commissie",
     [("20000000", "België")]),
    ("fr", "La Suisse finance la reconstruction des écoles. Le montant total est de 3 millions d'euros, dont "
           "1 million d'euros pour le Népal.", {"Suisse": "LOC", "Népal": "LOC"}, "Suisse",
     [("3000000", None)]),
    ("de", "Die Kommission hat 40 Millionen Euro für den Wiederaufbau bereitgestellt. Davon erhält Slowenien 15 "
           "Millionen Euro.", {"Kommission": "ORG", "Slowenien": "LOC"}, "Kommission",
     [("15000000", "Slowenien")]),
]


@pytest.mark.parametrize("language, text, names, funder, shares", CONTINUED, ids=[c[0] for c in CONTINUED])
def test_the_amounts_of_a_funding_in_the_next_sentence(language, text, names, funder, shares):
    found = dict(funding(text, language, names))
    for value, recipient in shares:
        assert value in found, (value, found)
        assert found[value].get(funder) == "funder", found
        if recipient:
            assert found[value].get(recipient) == "recipient", found


@pytest.mark.parametrize("language, text, names, funder, value", [
    ("nl", "Met 12 miljoen euro steunt het Rijk de aanpak van laaggeletterdheid in de regio.", {"Rijk": "ORG"},
     "Rijk", "12000000"),
    ("de", "Mit 12 Millionen Euro fördert das Bundesministerium für Bildung und Forschung 20 Vorhaben in der "
           "Region.", {"Bundesministerium für Bildung und Forschung": "ORG"},
     "Bundesministerium für Bildung und Forschung", "12000000"),
])
def test_the_subject_after_the_verb_pays(language, text, names, funder, value):
    assert (value, {funder: "funder"}) in funding(text, language, names)


@pytest.mark.parametrize("language, text, names, funder", [
    ("en", "The centre received a €2 million grant with the support of the European Commission.",
     {"European Commission": "ORG"}, "European Commission"),
    ("nl", "Het project krijgt een bijdrage van de provincie Gelderland van 2 miljoen euro.",
     {"provincie Gelderland": "ORG"}, "provincie Gelderland"),
    ("fr", "Le projet bénéficie d'une subvention de 200 000 euros de la part de la Région Bretagne.",
     {"Région Bretagne": "ORG"}, "Région Bretagne"),
    ("de", "Das Projekt wird mit Mitteln des Bundesministeriums für Verkehr in Höhe von 3 Millionen Euro "
           "gefördert.", {"Bundesministeriums für Verkehr": "ORG"}, "Bundesministeriums für Verkehr"),
])
def test_the_funder_after_a_funding_noun(language, text, names, funder):
    found = funding(text, language, names)
    assert found and found[0][1].get(funder) == "funder", found


@pytest.mark.parametrize("language, text, names, recipient, funder", [
    ("en", "£2 million for Highland communities\n\nThe Scottish Government has awarded £2 million to Highland "
           "communities for new housing.", {"Scottish Government": "ORG", "Highland": "LOC"}, "Highland",
     "Scottish Government"),
    ("nl", "95 miljoen euro voor Gelderland\n\nHet Rijk investeert 95 miljoen euro in Gelderland.",
     {"Rijk": "ORG", "Gelderland": "LOC"}, "Gelderland", "Rijk"),
])
def test_a_headline_and_its_body_are_one_funding(language, text, names, recipient, funder):
    found = funding(text, language, names)
    assert len(found) == 1, found
    assert found[0][1].get(funder) == "funder" and found[0][1].get(recipient) == "recipient", found


def test_a_headline_amount_without_a_named_recipient_is_no_event():
    assert funding("£2 million boost\n\nMinisters met today.", "en", {}) == []


def test_the_publisher_pays_what_the_release_announces_without_naming_who_pays():
    text = ("The press release issued by the Department for Energy Security and Net Zero on 19 May 2023.\n\n"
            "Perenna Bank will receive more than £193,000 in government funding to help develop their "
            "long-term, fixed-rate mortgage.")
    found = funding(text, "en", {"Department for Energy Security and Net Zero": "ORG", "Perenna Bank": "ORG"})
    assert found == [("193000", {"Department for Energy Security and Net Zero": "funder",
                                 "Perenna Bank": "recipient"})]


@pytest.mark.parametrize("language, text, names, recipient", [
    ("en", "A report by the Department for Energy Security and Net Zero.\n\nPerenna Bank will receive more than "
           "£193,000 in funding.", {"Department for Energy Security and Net Zero": "ORG", "Perenna Bank": "ORG"},
     "Perenna Bank"),
    ("de", "Pressemitteilung des Bundesministeriums für Bildung und Forschung\n\nDie Stadt Augsburg erhält 15 "
           "Millionen Euro.",
     {"Bundesministeriums für Bildung und Forschung": "ORG", "Augsburg": "LOC"}, "Augsburg"),
])
def test_who_pays_is_the_publisher_only_when_named_so(language, text, names, recipient):
    found = funding(text, language, names)
    if language == "en":  # no publisher line: nobody pays
        assert found == [("193000", {recipient: "recipient"})]
    else:
        ministry = "Bundesministeriums für Bildung und Forschung"
        assert found == [("15000000", {recipient: "recipient", ministry: "funder"})]


@pytest.mark.parametrize("language, text, names", [
    ("en", "The project is financed by the European Union. The European Union provides €5 million for the "
           "project.", {"European Union": "ORG"}),
    ("de", "Das Projekt wird von der EU finanziert. Die EU hat dafür 5 Millionen Euro bereitgestellt.", {"EU": "ORG"}),
])
def test_a_funding_told_without_and_with_its_amount_is_one_event(language, text, names):
    found = funding(text, language, names)
    assert [value for value, _ in found] == ["5000000"], found


@pytest.mark.parametrize("language, text, names", [
    ("en", "Federal investment in Texas rose 4 percent to $2.1 billion compared with last year.", {"Texas": "LOC"}),
    ("nl", "De investeringen in Nederland waren 3 procent hoger dan vorig jaar: 12 miljard euro.",
     {"Nederland": "LOC"}),
    ("fr", "Les investissements en France atteignent 5 milliards d'euros, en hausse de 2 pour cent.",
     {"France": "LOC"}),
    ("de", "Die Investitionen in Deutschland stiegen um 3 Prozent auf 12 Milliarden Euro.", {"Deutschland": "LOC"}),
])
def test_a_statistic_of_places_is_no_funding(language, text, names):
    assert funding(text, language, names) == []


def test_a_rate_in_a_sentence_where_an_organisation_pays_is_still_funding():
    text = "The European Commission increased its aid to Syria by 20 percent to €50 million."
    found = funding(text, "en", {"European Commission": "ORG", "Syria": "LOC"})
    assert [v for v, _ in found] == ["50000000"], found


@pytest.mark.parametrize("language, text, names", [
    ("en", "The Project is financed by the European Union under the Neighborhood Instrument.",
     {"European Union": "ORG"}),
    ("fr", "Le projet est financé par l'Union européenne.", {"Union européenne": "ORG"}),
    ("de", "Das Projekt wird von der Europäischen Union gefördert.", {"Europäischen Union": "ORG"}),
])
def test_the_passive_names_the_funder(language, text, names):
    assert funding(text, language, names) == [(None, {next(iter(names)): "funder"})]


@pytest.mark.parametrize("language, text, names", [
    ("en", "U.S. Senator Kit Bond praised the new economic and jobs figures released by the Department of Labor "
           "today.", {"Kit Bond": "PERSON", "Department of Labor": "ORG"}),
    ("nl", "De cijfers zijn beschikbaar gesteld door het Centraal Bureau voor de Statistiek.",
     {"Centraal Bureau voor de Statistiek": "ORG"}),
])
def test_without_an_amount_only_a_funding_verb_makes_by_x_a_funder(language, text, names):
    assert funding(text, language, names) == []


@pytest.mark.parametrize("language, text, names, kept", [
    ("nl", "DEN HAAG (ANP) - Gemeenten krijgen van het Rijk 777 miljoen euro extra.",
     {"DEN HAAG": "ORG", "ANP": "ORG", "Rijk": "ORG"}, {"Rijk": "funder"}),
    ("en", "WASHINGTON (AP) - The Department of Labor awarded $5 million to Ohio.",
     {"WASHINGTON": "LOC", "AP": "ORG", "Department of Labor": "ORG", "Ohio": "LOC"},
     {"Department of Labor": "funder", "Ohio": "recipient"}),
])
def test_a_dateline_in_capitals_names_no_party(language, text, names, kept):
    assert [p for _, p in funding(text, language, names)] == [kept]


@pytest.mark.parametrize("language, text, names, kind", [
    ("en", "We respectfully request that you include in the appropriations bill an additional $430 million for "
           "the Social Security Administration.", {"Social Security Administration": "ORG"}, "funding"),
    ("nl", "De gemeenten Zwolle en Deventer vroegen in totaal 860 miljoen euro subsidie aan.",
     {"Zwolle": "LOC", "Deventer": "LOC"}, "funding"),
    ("fr", "En tant qu'expression des relations qu'entretient la Suisse avec le Comité international de la "
           "Croix-Rouge, cette somme couvre la moitié des dépenses.", {"Suisse": "LOC",
                                                                      "Comité international de la Croix-Rouge": "ORG"},
     "meeting"),
])
def test_money_asked_for_and_a_verb_like_a_meeting_noun_are_no_events(language, text, names, kind):
    assert [e for e in run(text, language, names) if e.type == kind] == []
