"""Round 9 forms of the four languages: the holder of a share of the money receives it ("Hawaii's share of an
allocation"); bearing the costs is a funding without an amount ("die Betriebskosten zu übernehmen"); a name
that opens a lower-case hyphenated adjective is no party ("Hawaii-related initiatives"); a legislator's comment
does not say who pays; and the meeting, project and agreement words the files missed (compounds of "visit",
"a rencontré", "in samenwerking met", "akkoord", "Absichtserklärung")."""

from __future__ import annotations

import pytest

from pipeline.money.amounts import extract_amounts
from tests.events.test_extract import roles, run


def events(text: str, language: str, names: dict[str, str], kind: str) -> list[tuple[str | None, dict[str, str]]]:
    amounts = extract_amounts(text, language)
    return [(str(int(amounts[e.amount].value)) if e.amount is not None else None, roles(e))
            for e in run(text, language, names) if e.type == kind]


SHARES = [
    ("en", "This is Hawaii's share of an allocation of $7,500,000 for ferry infrastructure or vessels.",
     {"Hawaii": "LOC"}, "Hawaii"),
    ("en", "Wyoming's share of the AML funds, $50 million, will be paid this year.", {"Wyoming": "LOC"}, "Wyoming"),
    ("nl", "Het aandeel van Nederland in het fonds bedraagt 20 miljoen euro, toegekend door de Europese Commissie.",
     {"Nederland": "LOC", "Europese Commissie": "ORG"}, "Nederland"),
    ("fr", "La quote-part de la Bretagne s'élève à 2 millions d'euros, accordés par l'Union européenne.",
     {"Bretagne": "LOC", "Union européenne": "ORG"}, "Bretagne"),
    ("de", "Bayerns Anteil an den Mitteln beträgt 20 Millionen Euro, bereitgestellt von der EU.",
     {"Bayerns": "LOC", "EU": "ORG"}, "Bayerns"),
    ("de", "Der Anteil der Schweiz beträgt 5 Millionen Franken, gewährt von der EU.",
     {"Schweiz": "LOC", "EU": "ORG"}, "Schweiz"),
]


@pytest.mark.parametrize("language, text, names, holder", SHARES, ids=[f"{c[0]}-{i}" for i, c in enumerate(SHARES)])
def test_the_holder_of_a_share_receives_it(language, text, names, holder):
    found = events(text, language, names, "funding")
    assert found, "no funding event"
    assert found[0][1].get(holder) == "recipient", found


COSTS = [
    ("en", "The European Union will cover the costs of the training for the Ministry of Health.",
     {"European Union": "ORG", "Ministry of Health": "ORG"}, "European Union"),
    ("nl", "Het Rijk neemt de kosten van de opvang in Ter Apel voor zijn rekening.", {"Rijk": "ORG", "Ter Apel": "LOC"},
     "Rijk"),
    ("fr", "La Région Bretagne prend en charge les frais de transport des élèves.", {"Région Bretagne": "ORG"},
     "Région Bretagne"),
    ("de", "Nach dem Vorschlag wird die EU eine Reserve schaffen, um die Betriebskosten der rescEU-Programme "
           "vollständig zu übernehmen.", {"EU": "ORG"}, "EU"),
    ("de", "Das Land Hessen übernimmt die Kosten für die Sanierung der Schule.", {"Land Hessen": "LOC"}, "Land Hessen"),
]


@pytest.mark.parametrize("language, text, names, funder", COSTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(COSTS)])
def test_bearing_the_costs_is_a_funding_without_an_amount(language, text, names, funder):
    found = events(text, language, names, "funding")
    assert [value for value, _ in found] == [None], found
    assert found[0][1].get(funder) == "funder", found


@pytest.mark.parametrize("language, text, names", [
    ("en", "The Senate could cover the cost of the program.", {"Senate": "ORG"}),
    ("nl", "De gemeente Zeist wil de kosten niet voor haar rekening nemen.", {"Zeist": "LOC"}),
    ("fr", "La commune de Vitré ne prend pas en charge les frais de transport.", {"Vitré": "LOC"}),
    ("de", "Der Bund könnte die Kosten übernehmen.", {"Bund": "ORG"}),
])
def test_a_hedged_cost_bearing_is_no_funding(language, text, names):
    assert events(text, language, names, "funding") == []


@pytest.mark.parametrize("language, text, names, adjective", [
    ("en", "Other Hawaii-related initiatives include $7.5 million in grants from the Department of Transportation.",
     {"Hawaii": "LOC", "Department of Transportation": "ORG"}, "Hawaii"),
    ("nl", "De EU-gefinancierde projecten ontvangen 2 miljoen euro van de provincie Gelderland.",
     {"EU": "ORG", "provincie Gelderland": "LOC"}, "EU"),
    ("fr", "Le projet UE-labellisé reçoit 2 millions d'euros de la part de la Région Bretagne.",
     {"UE": "ORG", "Région Bretagne": "ORG"}, "UE"),
    ("de", "Die EU-finanzierten Projekte erhalten 2 Millionen Euro vom Land Tirol.",
     {"EU": "ORG", "Land Tirol": "LOC"}, "EU"),
])
def test_a_name_opening_a_hyphenated_adjective_is_no_party(language, text, names, adjective):
    found = events(text, language, names, "funding")
    assert found, "no funding event"
    assert adjective not in found[0][1], found


@pytest.mark.parametrize("language, text, names, funder, lawmaker", [
    ("en", "The Department of Energy awarded $5 million to the University of Utah. Senator Hatch added: I am "
           "proud this bill provides substantial resources. The Utah Science Center will receive $200,000.",
     {"Department of Energy": "ORG", "University of Utah": "ORG", "Hatch": "PERSON", "Utah Science Center": "ORG"},
     "Department of Energy", "Hatch"),
    ("nl", "Het ministerie van OCW kent 5 miljoen euro toe aan de Universiteit Utrecht. Kamerlid Jansen zegt: dit "
           "pakket financiert goed onderwijs. Het Utrecht Science Park ontvangt 200.000 euro.",
     {"ministerie van OCW": "ORG", "Universiteit Utrecht": "ORG", "Jansen": "PERSON", "Utrecht Science Park": "ORG"},
     "ministerie van OCW", "Jansen"),
    ("fr", "Le ministère de la Culture accorde 5 millions d'euros à l'Université de Rennes. Le sénateur Dupont a "
           "ajouté : ce budget finance la recherche. Le Centre de Bretagne recevra 200 000 euros.",
     {"ministère de la Culture": "ORG", "Université de Rennes": "ORG", "Dupont": "PERSON", "Centre de Bretagne": "ORG"},
     "ministère de la Culture", "Dupont"),
    ("de", "Das Bundesministerium gewährt der Universität Wien 5 Millionen Euro. Der Abgeordnete Huber sagte: "
           "dieses Paket finanziert die Forschung. Das Zentrum Graz erhält 200.000 Euro.",
     {"Bundesministerium": "ORG", "Universität Wien": "ORG", "Huber": "PERSON", "Zentrum Graz": "ORG"},
     "Bundesministerium", "Huber"),
])
def test_a_legislators_comment_does_not_say_who_pays(language, text, names, funder, lawmaker):
    found = events(text, language, names, "funding")
    assert found, "no funding event"
    assert found[-1][1].get(funder) == "funder", found
    assert lawmaker not in found[-1][1], found


WORDS = [
    ("en", "meeting", "Secretary Vilsack hosted a roundtable with the National Farmers Union and the American Farm "
                      "Bureau Federation.",
     {"Vilsack": "PERSON", "National Farmers Union": "ORG", "American Farm Bureau Federation": "ORG"}),
    ("nl", "meeting", "Minister Kaag bracht een werkbezoek aan Ethiopië, samen met de directeur van UNICEF.",
     {"Kaag": "PERSON", "Ethiopië": "LOC", "UNICEF": "ORG"}),
    ("fr", "meeting", "Le ministre Jean-Yves Le Drian a rencontré son homologue allemand Heiko Maas à Berlin.",
     {"Jean-Yves Le Drian": "PERSON", "Heiko Maas": "PERSON", "Berlin": "LOC"}),
    ("de", "meeting", "Bundesrat Ignazio Cassis ist zu einem Arbeitsbesuch bei Aussenminister Heiko Maas in Berlin "
                      "eingetroffen.", {"Ignazio Cassis": "PERSON", "Heiko Maas": "PERSON", "Berlin": "LOC"}),
    ("en", "project", "The study is carried out by the University of Ghent in collaboration with the World Bank.",
     {"University of Ghent": "ORG", "World Bank": "ORG"}),
    ("fr", "project", "Le projet est mené par l'Organisation internationale du Travail en collaboration avec le "
                      "ministère des Affaires sociales.",
     {"Organisation internationale du Travail": "ORG", "ministère des Affaires sociales": "ORG"}),
    ("nl", "project", "Het project wordt uitgevoerd door de FOD Sociale Zekerheid in samenwerking met het RIZIV.",
     {"FOD Sociale Zekerheid": "ORG", "RIZIV": "ORG"}),
    ("de", "project", "Die Studie wird von der Universität Bern in Zusammenarbeit mit der Weltbank durchgeführt.",
     {"Universität Bern": "ORG", "Weltbank": "ORG"}),
    ("nl", "agreement", "De provincie Utrecht en de gemeente Zeist hebben een akkoord bereikt over de nieuwe woonwijk.",
     {"provincie Utrecht": "LOC", "Zeist": "LOC"}),
    ("nl", "agreement", "Nederland en Vlaanderen ondertekenden een samenwerkingsakkoord over de Schelde.",
     {"Nederland": "LOC", "Vlaanderen": "LOC"}),
    ("de", "agreement", "Die Schweiz und Deutschland haben eine Absichtserklärung zur Zusammenarbeit in der Forschung "
                        "unterzeichnet.", {"Schweiz": "LOC", "Deutschland": "LOC"}),
    ("fr", "agreement", "La France et le Maroc ont signé une déclaration d'intention sur la formation professionnelle.",
     {"France": "LOC", "Maroc": "LOC"}),
    ("en", "agreement", "The United Kingdom and Switzerland signed a Memorandum of Understanding on rail.",
     {"United Kingdom": "LOC", "Switzerland": "LOC"}),
]


@pytest.mark.parametrize("language, kind, text, names", WORDS, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(WORDS)])
def test_meeting_project_and_agreement_words(language, kind, text, names):
    found = events(text, language, names, kind)
    assert found, f"no {kind} event"
    assert len(found[0][1]) >= 2, found


@pytest.mark.parametrize("language, text, names", [
    ("en", "The delegations travelled to Springfield (Illinois), where a reception took place.",
     {"Springfield": "LOC", "Illinois": "LOC"}),
    ("nl", "De delegaties reisden naar Valkenburg (Limburg), waar een ontvangst plaatsvond tijdens het werkbezoek.",
     {"Valkenburg": "LOC", "Limburg": "LOC"}),
    ("fr", "Les délégations se sont rendues à Morges (VD), où une réception a eu lieu.",
     {"Morges": "LOC", "VD": "LOC"}),
    ("de", "Die beiden Delegationen fuhren zum Landsitz Lohn (BE), wo ein offizieller Empfang stattfand.",
     {"Lohn": "LOC", "BE": "LOC"}),
])
def test_a_place_in_brackets_after_a_place_only_locates_it(language, text, names):
    assert events(text, language, names, "meeting") == []


FORMS = [
    ("en", "agreement", "The State of Utah entered into an agreement with the Navajo Nation on water rights.",
     {"State of Utah": "LOC", "Navajo Nation": "ORG"}),
    ("nl", "agreement", "De gemeente Houten en de provincie Utrecht sloten een overeenkomst over de nieuwe fietsroute.",
     {"Houten": "LOC", "provincie Utrecht": "LOC"}),
    ("fr", "agreement", "La France et le Sénégal ont paraphé un accord de coopération sur la santé.",
     {"France": "LOC", "Sénégal": "LOC"}),
    ("de", "agreement", "Die Schweiz und Italien unterschrieben ein Abkommen über die Grenzgänger.",
     {"Schweiz": "LOC", "Italien": "LOC"}),
    ("en", "project", "The University of Utah partnered with the National Park Service to study the canyon.",
     {"University of Utah": "ORG", "National Park Service": "ORG"}),
    ("nl", "project", "De FOD Sociale Zekerheid werkt samen met het RIZIV aan een nieuw informatiesysteem.",
     {"FOD Sociale Zekerheid": "ORG", "RIZIV": "ORG"}),
    ("fr", "project", "L'Université de Genève collabore avec l'Organisation mondiale de la santé sur cette étude.",
     {"Université de Genève": "ORG", "Organisation mondiale de la santé": "ORG"}),
    ("de", "project", "Die Universität Bern arbeitet dabei eng mit der Weltbank zusammen.",
     {"Universität Bern": "ORG", "Weltbank": "ORG"}),
    ("en", "meeting", "Governor Herbert will host the Minister of Trade of Canada, Mary Ng, in Salt Lake City.",
     {"Herbert": "PERSON", "Mary Ng": "PERSON", "Canada": "LOC", "Salt Lake City": "LOC"}),
    ("nl", "meeting", "Minister Kaag bezocht samen met de directeur van UNICEF een vluchtelingenkamp in Jordanië.",
     {"Kaag": "PERSON", "UNICEF": "ORG", "Jordanië": "LOC"}),
    ("fr", "meeting", "Le ministre Jean-Yves Le Drian s'entretient avec son homologue Heiko Maas à Paris.",
     {"Jean-Yves Le Drian": "PERSON", "Heiko Maas": "PERSON", "Paris": "LOC"}),
    ("fr", "meeting", "Les ministres de la France et de l'Allemagne se sont réunis à Paris.",
     {"France": "LOC", "Allemagne": "LOC", "Paris": "LOC"}),
    ("de", "meeting", "Bundesrat Ignazio Cassis trifft sich mit Aussenminister Heiko Maas in Berlin.",
     {"Ignazio Cassis": "PERSON", "Heiko Maas": "PERSON", "Berlin": "LOC"}),
]


@pytest.mark.parametrize("language, kind, text, names", FORMS, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(FORMS)])
def test_more_forms_of_agreements_projects_and_meetings(language, kind, text, names):
    found = events(text, language, names, kind)
    assert found, f"no {kind} event"
    assert len(found[0][1]) >= 2, found


GRANTS = [
    ("en", "The Department of Labor granted $400,000 to the Hawaii Workforce Development Council.",
     {"Department of Labor": "ORG", "Hawaii Workforce Development Council": "ORG"}, "400000",
     "Department of Labor", "Hawaii Workforce Development Council"),
    ("nl", "De provincie Gelderland heeft 2 miljoen euro subsidie verleend aan de gemeente Arnhem.",
     {"provincie Gelderland": "LOC", "gemeente Arnhem": "LOC"}, "2000000", "provincie Gelderland", "gemeente Arnhem"),
    ("nl", "Nederland maakt dit jaar 10 miljoen euro vrij voor de bevolking van Jemen.",
     {"Nederland": "LOC", "Jemen": "LOC"}, "10000000", "Nederland", "Jemen"),
    ("fr", "La Banque européenne d'investissement accorde des prêts de 50 millions d'euros à la Région Occitanie.",
     {"Banque européenne d'investissement": "ORG", "Région Occitanie": "ORG"}, "50000000",
     "Banque européenne d'investissement", "Région Occitanie"),
    ("fr", "L'État verse une dotation de 3 millions d'euros à la commune de Lannion.",
     {"État": "ORG", "Lannion": "LOC"}, "3000000", "État", "Lannion"),
    ("de", "Das Land Hessen bewilligt der Stadt Kassel 2 Millionen Euro für die Sanierung.",
     {"Land Hessen": "LOC", "Stadt Kassel": "LOC"}, "2000000", "Land Hessen", "Stadt Kassel"),
    ("de", "Der Kanton Bern gewährt einen Zuschuss von 500.000 Franken an die Gemeinde Thun.",
     {"Kanton Bern": "LOC", "Gemeinde Thun": "LOC"}, "500000", "Kanton Bern", "Gemeinde Thun"),
]


@pytest.mark.parametrize("language, text, names, value, funder, recipient", GRANTS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(GRANTS)])
def test_granting_words_of_the_four_languages(language, text, names, value, funder, recipient):
    found = events(text, language, names, "funding")
    assert found and found[0][0] == value, found
    assert found[0][1].get(funder) == "funder" and found[0][1].get(recipient) == "recipient", found


ACTIVE = [
    ("en", "The Federal Public Service Social Security co-finances SOCIEUX+ through its platform.",
     {"Federal Public Service Social Security": "ORG", "SOCIEUX+": "ORG"},
     "Federal Public Service Social Security", "SOCIEUX+"),
    ("nl", "Sinds 2016 co-financiert de FOD Sociale Zekerheid mee SOCIEUX+.", {"FOD Sociale Zekerheid": "ORG",
                                                                            "SOCIEUX+": "ORG"},
     "FOD Sociale Zekerheid", "SOCIEUX+"),
    ("fr", "La Région Bretagne cofinance le projet de la commune de Vitré.", {"Région Bretagne": "ORG", "Vitré": "LOC"},
     "Région Bretagne", "Vitré"),
    ("de", "Der Kanton Bern finanziert die Stiftung Pro Senectute.", {"Kanton Bern": "LOC", "Pro Senectute": "ORG"},
     "Kanton Bern", "Pro Senectute"),
]


@pytest.mark.parametrize("language, text, names, funder, recipient", ACTIVE, ids=[c[0] for c in ACTIVE])
def test_an_active_funding_verb_between_payer_and_paid_is_a_funding_without_an_amount(language, text, names, funder,
                                                                                     recipient):
    found = events(text, language, names, "funding")
    assert [value for value, _ in found] == [None], found
    assert found[0][1].get(funder) == "funder" and found[0][1].get(recipient) == "recipient", found


@pytest.mark.parametrize("language, text, names", [
    ("en", "The Region could finance the project of the city of Vitré.", {"Region": "ORG", "Vitré": "LOC"}),
    ("nl", "De provincie Utrecht financiert niet het project van de gemeente Zeist.",
     {"provincie Utrecht": "LOC", "Zeist": "LOC"}),
    ("fr", "La Région Bretagne ne finance pas le projet de la commune de Vitré.",
     {"Région Bretagne": "ORG", "Vitré": "LOC"}),
    ("de", "Der Kanton Bern finanziert die Stiftung nicht, sagte die Stadt Thun.", {"Kanton Bern": "LOC"}),
])
def test_a_hedged_or_one_sided_active_funding_verb_is_no_funding(language, text, names):
    assert events(text, language, names, "funding") == []


CHANNELS = [
    ("en", "The Federal Public Service Social Security co-finances SOCIEUX+ via its platform BELINCOSOC.",
     {"Federal Public Service Social Security": "ORG", "SOCIEUX+": "ORG", "BELINCOSOC": "ORG"}),
    ("nl", "Sinds 2016 co-financiert de FOD Sociale Zekerheid mee SOCIEUX+ via haar platform BELINCOSOC.",
     {"FOD Sociale Zekerheid": "ORG", "SOCIEUX+": "ORG", "BELINCOSOC": "ORG"}),
    ("fr", "Le SPF Sécurité sociale cofinance SOCIEUX+ via sa plateforme BELINCOSOC.",
     {"SPF Sécurité sociale": "ORG", "SOCIEUX+": "ORG", "BELINCOSOC": "ORG"}),
    ("de", "Der Bund finanziert SOCIEUX+ über seine Plattform BELINCOSOC.",
     {"Bund": "ORG", "SOCIEUX+": "ORG", "BELINCOSOC": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", CHANNELS, ids=[c[0] for c in CHANNELS])
def test_the_payers_own_channel_pays_too(language, text, names):
    found = events(text, language, names, "funding")
    assert found, "no funding event"
    assert found[0][1].get("BELINCOSOC") == "funder" and found[0][1].get("SOCIEUX+") == "recipient", found
