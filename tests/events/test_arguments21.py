"""Argument patterns of the genre in the four languages (issue 21): the passive with its agent ("funded by",
"gefinancierd door", "financé par", "von ... gefördert") makes the subject the recipient; "with support from"
names a funder; a total or leveraged volume after the granted amount is not a grant of its own; a hedge in an
earlier clause does not hedge the next; a party right before a funding verb is its subject ("que le Parlement
a débloqué"); and hosts of a meeting: host nouns, a host verb that opens the clause, a passive host verb."""

from __future__ import annotations

import pytest

from pipeline.money.amounts import extract_amounts
from tests.events.test_extract import roles, run


def funding(text: str, language: str, names: dict[str, str]) -> list[tuple[str | None, dict[str, str]]]:
    amounts = extract_amounts(text, language)
    return [(str(int(amounts[e.amount].value)) if e.amount is not None else None, roles(e))
            for e in run(text, language, names) if e.type == "funding"]


PASSIVE = [
    ("en", "Oxfam is funded by the Department for International Development with £3 million.",
     {"Oxfam": "ORG", "Department for International Development": "ORG"}, "3000000",
     {"Oxfam": "recipient", "Department for International Development": "funder"}),
    ("en", "The new research centre of the University of Leeds is co-funded by the Wellcome Trust.",
     {"University of Leeds": "ORG", "Wellcome Trust": "ORG"}, None, {"Wellcome Trust": "funder"}),
    ("nl", "Het onderzoek van de Universiteit Utrecht wordt met 2 miljoen euro gefinancierd door NWO.",
     {"Universiteit Utrecht": "ORG", "NWO": "ORG"}, "2000000", {"Universiteit Utrecht": "recipient", "NWO": "funder"}),
    ("nl", "Het project wordt gefinancierd door de Europese Commissie.", {"Europese Commissie": "ORG"}, None,
     {"Europese Commissie": "funder"}),
    ("fr", "La commune de Vitré est financée par la Région Bretagne à hauteur de 80 000 euros.",
     {"Région Bretagne": "ORG", "Vitré": "LOC"}, "80000", {"Vitré": "recipient", "Région Bretagne": "funder"}),
    ("fr", "Le programme est cofinancé par l'Union européenne.", {"Union européenne": "ORG"}, None,
     {"Union européenne": "funder"}),
    ("de", "Die Stadt Graz wird von der Europäischen Union mit 2 Millionen Euro gefördert.",
     {"Europäischen Union": "ORG", "Stadt Graz": "LOC"}, "2000000",
     {"Stadt Graz": "recipient", "Europäischen Union": "funder"}),
    ("de", "Das Vorhaben wird vom Land Tirol kofinanziert.", {"Land Tirol": "LOC"}, None, {"Land Tirol": "funder"}),
]


@pytest.mark.parametrize("language, text, names, value, expected", PASSIVE,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(PASSIVE)])
def test_the_passive_agent_pays_and_its_subject_is_paid(language, text, names, value, expected):
    found = funding(text, language, names)
    assert found, "no funding event"
    assert found[0][0] == value
    for name, role in expected.items():
        assert found[0][1].get(name) == role, (name, found[0][1])


SUPPORT = [
    ("en", "With support from the European Union, the city of Porto will receive €2 million.",
     {"European Union": "ORG", "Porto": "LOC"}),
    ("nl", "Met steun van de Europese Unie ontvangt de gemeente Utrecht 2 miljoen euro.",
     {"Europese Unie": "ORG", "Utrecht": "LOC"}),
    ("fr", "Avec le soutien de l'Union européenne, la ville de Lyon reçoit 2 millions d'euros.",
     {"Union européenne": "ORG", "Lyon": "LOC"}),
    ("de", "Mit Unterstützung der Europäischen Union erhält die Stadt Graz 2 Millionen Euro.",
     {"Europäischen Union": "ORG", "Stadt Graz": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", SUPPORT, ids=[c[0] for c in SUPPORT])
def test_with_support_from_names_the_funder(language, text, names):
    funder, recipient = names
    found = funding(text, language, names)
    assert found and found[0][0] == "2000000"
    assert found[0][1].get(funder) == "funder" and found[0][1].get(recipient) == "recipient", found


TOTALS = [
    ("en", "Financing totalling EUR 2.3 billion for 13 projects approved by the EIB will support overall "
           "investment totalling EUR 10.2 billion.", {"EIB": "ORG"}, ["2300000000"]),
    ("nl", "Het Rijk verhoogt zijn bijdrage aan Gelderland met 5 miljoen euro, waarmee de steun in totaal "
           "20 miljoen euro bedraagt.", {"Rijk": "ORG", "Gelderland": "LOC"}, ["5000000"]),
    ("fr", "La Suisse a augmenté de 20 millions de francs son budget humanitaire destiné à la Syrie, qui atteint "
           "maintenant 50 millions de francs pour l'année en cours.", {"Suisse": "LOC", "Syrie": "LOC"}, ["20000000"]),
    ("de", "Die Kommission hat eine Aufstockung ihres Budgets für humanitäre Hilfe um 5 Mrd. Euro vorgeschlagen, "
           "so dass insgesamt 14,8 Mrd. Euro bereitgestellt werden.", {"Kommission": "ORG"}, ["5000000000"]),
]


@pytest.mark.parametrize("language, text, names, values", TOTALS, ids=[c[0] for c in TOTALS])
def test_a_total_after_the_granted_amount_is_no_grant_of_its_own(language, text, names, values):
    assert [v for v, _ in funding(text, language, names)] == values


CLAUSES = [
    ("en", "While many families still need help, the Scottish Government has allocated £2 million to the Green "
           "Action Trust.", {"Scottish Government": "ORG", "Green Action Trust": "ORG"}, "2000000"),
    ("nl", "Waar duizenden mensen hulp nodig hebben, stelt Nederland 10 miljoen euro beschikbaar voor Congo.",
     {"Nederland": "LOC", "Congo": "LOC"}, "10000000"),
    ("fr", "Face à la situation en Syrie, où des millions de personnes ont besoin d'aide, la Suisse a débloqué "
           "20 millions de francs.", {"Suisse": "LOC", "Syrie": "LOC"}, "20000000"),
    ("de", "Weil viele Menschen Hilfe benötigen, hat die Schweiz 20 Millionen Franken für Syrien bereitgestellt.",
     {"Schweiz": "LOC", "Syrien": "LOC"}, "20000000"),
]


@pytest.mark.parametrize("language, text, names, value", CLAUSES, ids=[c[0] for c in CLAUSES])
def test_a_hedge_of_an_earlier_clause_does_not_hedge_the_grant(language, text, names, value):
    assert [v for v, _ in funding(text, language, names)] == [value]


@pytest.mark.parametrize("language, text, names", [
    ("en", "The Commission could, if the Council agrees, grant €5 million to Greece.",
     {"Commission": "ORG", "Greece": "LOC"}),
    ("nl", "De Commissie zou, als de Raad instemt, 5 miljoen euro aan Griekenland toekennen.",
     {"Commissie": "ORG", "Griekenland": "LOC"}),
    ("fr", "La Commission pourrait, si le Conseil l'accepte, accorder 5 millions d'euros à la Grèce.",
     {"Commission": "ORG", "Grèce": "LOC"}),
    ("de", "Die Kommission könnte, wenn der Rat zustimmt, Griechenland 5 Millionen Euro gewähren.",
     {"Kommission": "ORG", "Griechenland": "LOC"}),
])
def test_a_hedge_before_an_inserted_clause_still_hedges(language, text, names):
    assert funding(text, language, names) == []


SUBJECTS = [
    ("en", "The scheme builds on the £65 million fund which the Scottish Government allocated to councils.",
     {"Scottish Government": "ORG"}, "Scottish Government"),
    ("nl", "Het gaat om een bedrag van 20 miljoen euro, dat het kabinet heeft uitgetrokken voor Gelderland.",
     {"kabinet": "ORG", "Gelderland": "LOC"}, "kabinet"),
    ("fr", "Ils sont financés par le crédit-cadre d’un montant total de 1,102 milliard de francs, que le Parlement "
           "a débloqué le 30 septembre 2021.", {"Parlement": "ORG"}, "Parlement"),
    ("de", "Die Projekte nutzen den Kredit von 1,1 Milliarden Franken, den das Parlament gewährt hat.",
     {"Parlament": "ORG"}, "Parlament"),
]


@pytest.mark.parametrize("language, text, names, funder", SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_the_party_before_a_funding_verb_pays(language, text, names, funder):
    found = funding(text, language, names)
    assert found and found[0][1].get(funder) == "funder", found


def test_a_party_that_will_be_awarded_is_paid():
    found = funding("Ashman Bank Limited will be awarded £200,000 to design and develop this.", "en",
                    {"Ashman Bank Limited": "ORG"})
    assert found == [("200000", {"Ashman Bank Limited": "recipient"})]


MEETINGS = [
    ("en", "The ministerial conference took place in Geneva. The EU and the Netherlands were co-organisers of "
           "the conference.", {"EU": "ORG", "Netherlands": "LOC"}, {"EU": "organiser", "Netherlands": "organiser"}),
    ("nl", "Minister Kaag sprak tijdens een humanitaire conferentie in Genève. De EU en Nederland waren "
           "mede-organisatoren van de bijeenkomst.", {"EU": "ORG", "Nederland": "LOC"},
     {"EU": "organiser", "Nederland": "organiser"}),
    ("fr", "La conférence a réuni la France et le Sénégal. La France et le Sénégal étaient les co-organisateurs "
           "de la réunion.", {"France": "LOC", "Sénégal": "LOC"}, {"France": "organiser", "Sénégal": "organiser"}),
    ("de", "Am ersten Tag des Staatsbesuchs empfing der Bundesrat den Präsidenten der Russischen Föderation in "
           "Bern.", {"Bundesrat": "ORG", "Russischen Föderation": "LOC", "Bern": "LOC"},
     {"Bundesrat": "organiser", "Russischen Föderation": "participant"}),
    ("de", "Der Präsident der Russischen Föderation wurde am Flughafen vom Bundesrat empfangen, danach folgte ein "
           "Treffen.", {"Bundesrat": "ORG", "Russischen Föderation": "LOC"},
     {"Russischen Föderation": "participant"}),
    ("en", "The delegation of the Ministry of Health was welcomed by the European Commission for a meeting.",
     {"Ministry of Health": "ORG", "European Commission": "ORG"},
     {"Ministry of Health": "participant", "European Commission": "organiser"}),
]


@pytest.mark.parametrize("language, text, names, expected", MEETINGS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(MEETINGS)])
def test_hosts_of_a_meeting(language, text, names, expected):
    meetings = [e for e in run(text, language, names) if e.type == "meeting"]
    assert meetings, "no meeting"
    got = roles(meetings[0])
    for name, role in expected.items():
        assert got.get(name) == role, (name, got)


# a party after a "led by" marker is on the side of the party before it: the host's leader hosts, a
# delegation's leader attends
LED_BY = [
    ("en", "The Federal Council, led by President Alain Berset, hosted a meeting with the President of Germany, "
           "Frank-Walter Steinmeier, in Bern.",
     {"Federal Council": "ORG", "Alain Berset": "PERSON", "Frank-Walter Steinmeier": "PERSON", "Bern": "LOC"},
     {"Federal Council": "organiser", "Alain Berset": "organiser", "Frank-Walter Steinmeier": "participant"}),
    ("en", "The delegation of the European Parliament, headed by Roberta Metsola, visited the Senate of Canada.",
     {"European Parliament": "ORG", "Roberta Metsola": "PERSON", "Senate of Canada": "ORG"},
     {"European Parliament": "participant", "Roberta Metsola": "participant"}),
    ("nl", "De Vlaamse regering onder leiding van minister-president Jan Jambon ontving een delegatie van "
           "Nederland voor een gesprek in Brussel.",
     {"Vlaamse regering": "ORG", "Jan Jambon": "PERSON", "Nederland": "LOC", "Brussel": "LOC"},
     {"Vlaamse regering": "organiser", "Jan Jambon": "organiser", "Nederland": "participant"}),
    ("de", "Am Nachmittag empfing der Bundesrat unter der Leitung von Bundespräsident Alain Berset den Präsidenten "
           "Frankreichs, Emmanuel Macron, in Bern.",
     {"Bundesrat": "ORG", "Alain Berset": "PERSON", "Emmanuel Macron": "PERSON", "Frankreichs": "LOC", "Bern": "LOC"},
     {"Bundesrat": "organiser", "Alain Berset": "organiser", "Emmanuel Macron": "participant"}),
    ("fr", "Le bureau du Sénat, conduit par Gérard Larcher, a été accueilli par le Bundesrat à Berlin.",
     {"Sénat": "ORG", "Gérard Larcher": "PERSON", "Bundesrat": "ORG", "Berlin": "LOC"},
     {"Sénat": "participant", "Gérard Larcher": "participant", "Bundesrat": "organiser"}),
    ("fr", "Le Conseil d'État, sous la présidence de Thierry Apothéloz, a reçu une délégation du Canton de Vaud.",
     {"Conseil d'État": "ORG", "Thierry Apothéloz": "PERSON", "Canton de Vaud": "LOC"},
     {"Conseil d'État": "organiser", "Thierry Apothéloz": "organiser", "Canton de Vaud": "participant"}),
]


@pytest.mark.parametrize("language, text, names, expected", LED_BY, ids=[f"{c[0]}-{i}" for i, c in enumerate(LED_BY)])
def test_a_leader_is_on_the_side_of_the_body_it_leads(language, text, names, expected):
    meetings = [e for e in run("Titel\n" + text, language, names) if e.type == "meeting"]
    assert meetings, "no meeting"
    got = roles(meetings[0])
    for name, role in expected.items():
        assert got.get(name) == role, (name, got)


# "can" is a possibility, not an act (EVENTS.md): no funding
CAN = [
    ("en", "Local businesses can receive £2 million from the Welsh Government.", {"Welsh Government": "ORG"}),
    ("nl", "Gemeenten kunnen 2 miljoen euro van het Rijk ontvangen.", {"Rijk": "ORG"}),
    ("fr", "Les communes peuvent recevoir 2 millions d'euros de la Région Bretagne.", {"Région Bretagne": "ORG"}),
    ("de", "Gemeinden können 2 Millionen Euro vom Land Tirol erhalten.", {"Land Tirol": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", CAN, ids=[c[0] for c in CAN])
def test_a_possibility_is_no_funding(language, text, names):
    assert funding("Titel\n" + text, language, names) == []


# a meeting placed by its name ("during the Annual Steering Committee"): a meeting, the name its instrument and
# not a party
MEETING_NAMES = [
    ("en", "The European Union and the Ministry of Labour renewed their cooperation during the Annual Steering "
           "Committee held in Beijing.",
     {"European Union": "ORG", "Ministry of Labour": "ORG", "Annual Steering Committee": "ORG", "Beijing": "LOC"},
     "Annual Steering Committee"),
    ("nl", "Nederland en België ondertekenden een verklaring tijdens de Benelux Top in Luxemburg.",
     {"Nederland": "LOC", "België": "LOC", "Benelux Top": "ORG", "Luxemburg": "LOC"}, "Benelux Top"),
    ("fr", "La France et le Sénégal ont renforcé leur coopération lors du Sommet Afrique-France à Montpellier.",
     {"France": "LOC", "Sénégal": "LOC", "Sommet Afrique-France": "ORG", "Montpellier": "LOC"},
     "Sommet Afrique-France"),
    ("de", "Die Schweiz und Österreich bekräftigten ihre Zusammenarbeit während des Europäischen Gipfels in Wien.",
     {"Schweiz": "LOC", "Österreich": "LOC", "Europäischen Gipfels": "ORG", "Wien": "LOC"}, "Europäischen Gipfels"),
]


@pytest.mark.parametrize("language, text, names, name", MEETING_NAMES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(MEETING_NAMES)])
def test_a_meeting_placed_by_its_name(language, text, names, name):
    meetings = [e for e in run("Titel\n" + text, language, names) if e.type == "meeting"]
    assert meetings, "no meeting"
    assert meetings[0].instrument == name
    assert name not in roles(meetings[0]) and len(roles(meetings[0])) >= 2, roles(meetings[0])


# "This workshop is part of ...": the meeting told before, not a new one
RETOLD = [
    ("en", "Experts of the NDRC will meet officials of the European Commission during a workshop in Brussels. "
           "This workshop is part of a project funded by the European Union and China.",
     {"NDRC": "ORG", "European Commission": "ORG", "Brussels": "LOC", "European Union": "ORG", "China": "LOC"}),
    ("nl", "De minister ontmoette de Vlaamse regering en de provincie Limburg tijdens een conferentie in Hasselt. "
           "Deze conferentie werd gesteund door de Europese Unie en Nederland.",
     {"Vlaamse regering": "ORG", "provincie Limburg": "ORG", "Hasselt": "LOC", "Europese Unie": "ORG",
      "Nederland": "LOC"}),
    ("fr", "Le ministre a rencontré la Commission européenne et l'OCDE lors d'une conférence à Paris. Cette "
           "conférence était organisée avec le soutien de la Suisse et du Canada.",
     {"Commission européenne": "ORG", "OCDE": "ORG", "Paris": "LOC", "Suisse": "LOC", "Canada": "LOC"}),
    ("de", "Der Bundesrat traf die Europäische Kommission und die OECD zu einem Gespräch in Bern. Dieses "
           "Gespräch wurde von der Schweiz und Österreich vorbereitet.",
     {"Bundesrat": "ORG", "Europäische Kommission": "ORG", "OECD": "ORG", "Bern": "LOC", "Schweiz": "LOC",
      "Österreich": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", RETOLD, ids=[c[0] for c in RETOLD])
def test_a_meeting_named_with_a_demonstrative_is_the_one_told_before(language, text, names):
    meetings = [e for e in run("Titel\n" + text, language, names) if e.type == "meeting"]
    assert len(meetings) == 1, [roles(e) for e in meetings]


# "as soon as possible" holds no hedge: the act is stated
NOT_HEDGES = [
    ("en", "The European Commission will, as soon as possible, provide €37 billion to the regions.",
     {"European Commission": "ORG"}),
    ("nl", "De maatregelen zijn bedoeld om 37 miljard euro uit de EU-fondsen zo snel mogelijk door te sluizen naar "
           "de regio's.", {"EU-fondsen": "ORG"}),
    ("fr", "La Commission européenne accorde le plus rapidement possible 37 milliards d'euros aux régions.",
     {"Commission européenne": "ORG"}),
    ("de", "Die Europäische Kommission wird möglichst rasch 37 Milliarden Euro für die Regionen bereitgestellt haben.",
     {"Europäische Kommission": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", NOT_HEDGES, ids=[c[0] for c in NOT_HEDGES])
def test_as_soon_as_possible_is_no_hedge(language, text, names):
    found = funding("Titel\n" + text, language, names)
    assert "37000000000" in [value for value, _ in found], found


# a host verb at the end of its clause after a perfect auxiliary: the first party after the auxiliary hosts,
# the others before the verb are its guests
VERB_FINAL = [
    ("de", "Zum Abschluss hat der Bundesrat den deutschen Bundespräsidenten Frank-Walter Steinmeier zum "
           "Staatsbesuch in die Schweiz eingeladen.",
     {"Bundesrat": "ORG", "Frank-Walter Steinmeier": "PERSON", "Schweiz": "LOC"},
     {"Bundesrat": "organiser", "Frank-Walter Steinmeier": "participant"}),
    ("de", "Gestern hat die Landesregierung eine Delegation der Europäischen Kommission in Mainz empfangen.",
     {"Landesregierung": "ORG", "Europäischen Kommission": "ORG", "Mainz": "LOC"},
     {"Landesregierung": "organiser", "Europäischen Kommission": "participant"}),
    ("nl", "Vandaag heeft de provincie Limburg voor de Vlaamse regering een bezoek aan Maastricht georganiseerd.",
     {"provincie Limburg": "ORG", "Vlaamse regering": "ORG", "Maastricht": "LOC"},
     {"provincie Limburg": "organiser", "Vlaamse regering": "participant"}),
]


@pytest.mark.parametrize("language, text, names, expected", VERB_FINAL,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(VERB_FINAL)])
def test_the_subject_of_a_verb_final_host_verb_hosts(language, text, names, expected):
    meetings = [e for e in run("Titel\n" + text, language, names) if e.type == "meeting"]
    assert meetings, "no meeting"
    got = roles(meetings[0])
    for name, role in expected.items():
        assert got.get(name) == role, (name, got)
