"""Forms of the eighth round of issue 21: a sentence whose later clause tells a second grant with its own payer
and funding verb is read clause by clause (the second amount keeps its own funder); an agreement that commits
money carries the amount of its sentence, or of the next sentence when that opens by referring back to it."""

from __future__ import annotations

import pytest

from pipeline.events.extract import extract_events
from pipeline.events.sentences import sentences
from pipeline.money.amounts import extract_amounts
from pipeline.records import EntityRef, Mention, Role
from tests.events.test_extract import roles, run
from tests.events.test_patterns import funding

TWO_CLAUSES = [
    ("en", "The Department of Transport provides £5 million for the bypass, and Kent County Council contributes a "
           "further £2 million.", {"Department of Transport": "ORG", "Kent County Council": "ORG"},
     "Department of Transport", "Kent County Council"),
    ("nl", "De provincie Utrecht stelt 5 miljoen euro beschikbaar voor de wijken, de gemeente Zeist draagt nog eens "
           "2 miljoen euro bij.", {"provincie Utrecht": "ORG", "gemeente Zeist": "ORG"},
     "provincie Utrecht", "gemeente Zeist"),
    ("fr", "La Région Bretagne accorde 5 millions d'euros au projet, et le Département du Finistère verse 2 millions "
           "d'euros.", {"Région Bretagne": "ORG", "Département du Finistère": "ORG"},
     "Région Bretagne", "Département du Finistère"),
    ("de", "Der Bund stellt 5 Millionen Euro für den Ausbau bereit, das Land Hessen steuert weitere 2 Millionen "
           "Euro bei.", {"Bund": "ORG", "Land Hessen": "ORG"}, "Bund", "Land Hessen"),
    ("de", "Die EU fördert das Projekt mit 5 Millionen Euro, während das Land Bayern 2 Millionen Euro beisteuert.",
     {"EU": "ORG", "Land Bayern": "ORG"}, "EU", "Land Bayern"),
]


@pytest.mark.parametrize("language, text, names, first, second", TWO_CLAUSES, ids=[c[0] for c in TWO_CLAUSES])
def test_a_later_clause_with_its_own_payer_is_a_grant_of_its_own(language, text, names, first, second):
    found = funding(text, language, names)
    assert found == [("5000000", {first: "funder"}), ("2000000", {second: "funder"})]


ONE_PAYER = [
    ("en", "The Scottish Government provides £5 million for the parks, and £2 million for the rivers.",
     {"Scottish Government": "ORG"}),
    ("nl", "De provincie Utrecht trekt 5 miljoen euro uit voor de wijken, en 2 miljoen euro voor de dijken.",
     {"provincie Utrecht": "ORG"}),
    ("fr", "La Région Bretagne accorde 5 millions d'euros aux lycées, et 2 millions d'euros aux collèges.",
     {"Région Bretagne": "ORG"}),
    ("de", "Das Land Hessen stellt 5 Millionen Euro für Schulen bereit, und 2 Millionen Euro für Kitas.",
     {"Land Hessen": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", ONE_PAYER, ids=[c[0] for c in ONE_PAYER])
def test_a_later_clause_without_a_payer_keeps_the_funder_of_the_sentence(language, text, names):
    payer = next(iter(names))
    assert [(v, r.get(payer)) for v, r in funding(text, language, names)] == [
        ("5000000", "funder"), ("2000000", "funder")]


def _agreement_amounts(text: str, language: str, names: dict[str, str]) -> list[str | None]:
    amounts = extract_amounts(text, language)
    return [str(int(amounts[e.amount].value)) if e.amount is not None else None
            for e in run(text, language, names) if e.type == "agreement"]


REFERRED = [
    ("en", "The City of Leeds and the Department for Transport signed an agreement on the tram. Under the agreement, "
           "the department grants £3 million to the city.",
     {"City of Leeds": "ORG", "Department for Transport": "ORG"}),
    ("nl", "Wethouders uit Houten en Zeist tekenden een bestuursovereenkomst met het Rijk. Daarin legden zij de "
           "afspraken vast over de eerder toegezegde rijksbijdrage van €3.000.000,-.",
     {"Houten": "LOC", "Zeist": "LOC", "Rijk": "ORG"}),
    ("fr", "La Ville de Rennes et la Région Bretagne ont signé une convention. La convention prévoit une subvention "
           "de 3 millions d'euros.", {"Ville de Rennes": "ORG", "Région Bretagne": "ORG"}),
    ("de", "Das Land Berlin und der Bund unterzeichneten eine Vereinbarung. Darin sagt der Bund 3 Millionen Euro "
           "für den Ausbau zu.", {"Land Berlin": "ORG", "Bund": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", REFERRED, ids=[c[0] for c in REFERRED])
def test_an_agreement_takes_the_amount_of_the_sentence_that_refers_back_to_it(language, text, names):
    assert _agreement_amounts(text, language, names) == ["3000000"]


OWN_AMOUNT = [
    ("en", "The City of Leeds and the Department for Transport signed a £3 million agreement on the tram.",
     {"City of Leeds": "ORG", "Department for Transport": "ORG"}),
    ("nl", "De gemeente Zeist en de provincie Utrecht ondertekenden een overeenkomst van 3 miljoen euro.",
     {"gemeente Zeist": "ORG", "provincie Utrecht": "ORG"}),
    ("fr", "La Ville de Rennes et la Région Bretagne ont signé un accord de 3 millions d'euros.",
     {"Ville de Rennes": "ORG", "Région Bretagne": "ORG"}),
    ("de", "Das Land Berlin und der Bund unterzeichneten eine Vereinbarung über 3 Millionen Euro.",
     {"Land Berlin": "ORG", "Bund": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", OWN_AMOUNT, ids=[c[0] for c in OWN_AMOUNT])
def test_an_agreement_carries_the_amount_of_its_sentence(language, text, names):
    assert _agreement_amounts(text, language, names) == ["3000000"]


UNREFERRED = [
    ("en", "The City of Leeds and the Department for Transport signed an agreement on the tram. Separately, the "
           "department grants £3 million to the city.", {"City of Leeds": "ORG", "Department for Transport": "ORG"}),
    ("nl", "De gemeente Zeist en de provincie Utrecht tekenden een overeenkomst. Verder kent de provincie 3 miljoen "
           "euro toe aan Houten.", {"gemeente Zeist": "ORG", "provincie Utrecht": "ORG", "Houten": "LOC"}),
    ("fr", "La Ville de Rennes et la Région Bretagne ont signé une convention. Par ailleurs, la Région verse 3 "
           "millions d'euros à Brest.", {"Ville de Rennes": "ORG", "Région Bretagne": "ORG", "Brest": "LOC"}),
    ("de", "Das Land Berlin und der Bund unterzeichneten eine Vereinbarung. Außerdem stellt der Bund 3 Millionen "
           "Euro bereit.", {"Land Berlin": "ORG", "Bund": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", UNREFERRED, ids=[c[0] for c in UNREFERRED])
def test_an_amount_of_a_sentence_that_does_not_refer_back_stays_with_its_own_event(language, text, names):
    assert _agreement_amounts(text, language, names) == [None]
    assert roles(run(text, language, names)[0])


ANNOUNCED = [
    ("en", "Senator Jane Smith announces $2 million grant for Hilo Medical Center",
     {"Jane Smith": "PERSON", "Hilo Medical Center": "ORG"}, "Hilo Medical Center"),
    ("en", "Allen, Warner Announce $1.8 Million in Federal Funding for Virginia Tech",
     {"Allen": "PERSON", "Warner": "PERSON", "Virginia Tech": "ORG"}, "Virginia Tech"),
    ("nl", "Kamerlid Linda van Dort kondigt 2 miljoen euro subsidie aan voor de wijk Zuilen.",
     {"Linda van Dort": "PERSON", "Zuilen": "LOC"}, "Zuilen"),
    ("fr", "Le sénateur Jean Dupont annonce une subvention de 2 millions d'euros pour la commune de Lannion.",
     {"Jean Dupont": "PERSON", "Lannion": "LOC"}, "Lannion"),
    ("de", "Die Abgeordnete Anna Schmidt kündigt 2 Millionen Euro Förderung für die Stadt Kassel an.",
     {"Anna Schmidt": "PERSON", "Kassel": "LOC"}, "Kassel"),
]


@pytest.mark.parametrize("language, text, names, recipient", ANNOUNCED, ids=[c[0] for c in ANNOUNCED])
def test_a_legislator_who_announces_money_is_no_party(language, text, names, recipient):
    if language == "en" and "Allen" in text:  # the body names them as senators: their roles in the document
        entities = [EntityRef(key=f"{label}:{n}", name=n, label=label) for n, label in names.items()]
        mentions = [Mention(text.find(n), text.find(n) + len(n), n, label=label, entity=i)
                    for i, (n, label) in enumerate(names.items())]
        roles_ = [Role(0, 5, "Allen", person="Allen", role="Senator", person_entity=0),
                  Role(7, 13, "Warner", person="Warner", role="Senator", person_entity=1)]
        events = extract_events(text, language, mentions, entities, extract_amounts(text, language), [], roles_)
        found = [e for e in events if e.type == "funding"]
        assert [roles(e) for e in found] == [{recipient: "recipient"}]
        return
    assert [r for _, r in funding(text, language, names)] == [{recipient: "recipient"}]


DECIDED = [
    ("en", "Minister Jane Smith announces $2 million grant for Hilo Medical Center",
     {"Jane Smith": "PERSON", "Hilo Medical Center": "ORG"}),
    ("nl", "Minister Linda van Dort kondigt 2 miljoen euro subsidie aan voor de wijk Zuilen.",
     {"Linda van Dort": "PERSON", "Zuilen": "LOC"}),
    ("fr", "Le ministre Jean Dupont annonce une subvention de 2 millions d'euros pour la commune de Lannion.",
     {"Jean Dupont": "PERSON", "Lannion": "LOC"}),
    ("de", "Ministerin Anna Schmidt kündigt 2 Millionen Euro Förderung für die Stadt Kassel an.",
     {"Anna Schmidt": "PERSON", "Kassel": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", DECIDED, ids=[c[0] for c in DECIDED])
def test_a_minister_who_announces_money_decides_it(language, text, names):
    person = next(iter(names))
    assert [r.get(person) for _, r in funding(text, language, names)] == ["funder"]


GLUED = [
    ("en", "Rural Bus Program: $2,000,000These funds will be used by the counties to purchase buses.",
     "Rural Bus Program: $2,000,000"),
    ("nl", "Klimaatbestendige wijken: €802.000Deze bijdrage is bedoeld voor vijf wijken.",
     "Klimaatbestendige wijken: €802.000"),
    ("fr", "Protection civile: CHF 1’600’000Ce montant finance du matériel médical.",
     "Protection civile: CHF 1’600’000"),
    ("de", "Ländlicher Busverkehr: 2.000.000Diese Mittel werden für neue Busse verwendet.",
     "Ländlicher Busverkehr: 2.000.000"),
]


@pytest.mark.parametrize("language, text, first", GLUED, ids=[c[0] for c in GLUED])
def test_a_list_items_amount_glued_to_the_next_sentence_ends_the_item(language, text, first):
    assert [s.text for s in sentences(text)][:2] == [first, text[len(first):]]


ROUTES = [
    ("en", "The Department of Transportation awards $7.5 million for a ferry service from West Oahu to Honolulu.",
     {"Department of Transportation": "ORG", "West Oahu": "LOC", "Honolulu": "LOC"}, "Department of Transportation"),
    ("nl", "De provincie Utrecht kent 5 miljoen euro toe voor een snelfietsroute van Houten naar Amersfoort.",
     {"provincie Utrecht": "ORG", "Houten": "LOC", "Amersfoort": "LOC"}, "provincie Utrecht"),
    ("fr", "La Région accorde 5 millions d'euros pour la liaison ferroviaire de Lyon à Turin.",
     {"Région": "ORG", "Lyon": "LOC", "Turin": "LOC"}, "Région"),
    ("de", "Der Bund gewährt 5 Millionen Euro für die Bahnstrecke von Basel nach Zürich.",
     {"Bund": "ORG", "Basel": "LOC", "Zürich": "LOC"}, "Bund"),
]


@pytest.mark.parametrize("language, text, names, funder", ROUTES, ids=[c[0] for c in ROUTES])
def test_the_places_of_a_route_are_no_parties(language, text, names, funder):
    assert [r for _, r in funding(text, language, names)] == [{funder: "funder"}]


PAID_FROM = [
    ("en", "Kenya receives $5 million in funding from Norway to fight drought.", "Norway", "Kenya"),
    ("nl", "Kenia ontvangt 5 miljoen euro van Nederland naar aanleiding van de droogte.", "Nederland", "Kenia"),
    ("fr", "Le Kenya reçoit 5 millions d'euros de la Suisse à titre d'aide.", "Suisse", "Kenya"),
    ("de", "Kenia erhält 5 Millionen Euro von Deutschland nach der Dürre.", "Deutschland", "Kenia"),
]


@pytest.mark.parametrize("language, text, funder, recipient", PAID_FROM, ids=[c[0] for c in PAID_FROM])
def test_a_place_named_as_the_source_of_an_amount_still_pays(language, text, funder, recipient):
    found = funding(text, language, {funder: "LOC", recipient: "LOC"})
    assert [r.get(funder) for _, r in found] == ["funder"]


BOTH = [
    ("en", "The Prime Minister of Norway met the President of Chile in Oslo. After the talks, the two countries signed "
           "a cooperation agreement.", {"Norway": "LOC", "Chile": "LOC"}),
    ("nl", "Minister-president Rutte ontmoette de premier van Vlaanderen in Den Haag. Na afloop ondertekenden beide "
           "partijen een verdrag.", {"Rutte": "PERSON", "Vlaanderen": "LOC"}),
    ("fr", "Le Conseil fédéral a reçu le président du Sénégal à Berne. Les deux pays ont ensuite signé un accord.",
     {"Conseil fédéral": "ORG", "Sénégal": "LOC"}),
    ("de", "Am ersten Tag empfing der Bundesrat den Präsidenten der Russischen Föderation in Bern. Nach den "
           "Gesprächen wurden vier Kooperationsabkommen zwischen den beiden Staaten unterzeichnet.",
     {"Bundesrat": "ORG", "Russischen Föderation": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", BOTH, ids=[c[0] for c in BOTH])
def test_an_agreement_of_both_parties_takes_the_parties_of_the_event_before(language, text, names):
    agreements = [roles(e) for e in run(text, language, names) if e.type == "agreement"]
    assert agreements == [{name: "partner" for name in names}]


RETOLD_AGREEMENT = [
    ("en", "Passengers will benefit as the Transport Secretary signs an agreement on a rail link to Switzerland.\n"
           "The Memorandum of Understanding was signed today by Heidi Alexander and Albert Rösti.",
     {"Switzerland": "LOC", "Heidi Alexander": "PERSON", "Albert Rösti": "PERSON"}),
    ("nl", "De gemeente Zeist en de provincie Utrecht ondertekenden een bestuursovereenkomst.\n"
           "Lees meer over de ondertekende overeenkomst op de site van Rijkswaterstaat.",
     {"gemeente Zeist": "ORG", "provincie Utrecht": "ORG", "Rijkswaterstaat": "ORG"}),
    ("fr", "La Ville de Rennes et la Région Bretagne ont signé une convention.\n"
           "Page spéciale du DFAE sur la convention signée.",
     {"Ville de Rennes": "ORG", "Région Bretagne": "ORG", "DFAE": "ORG"}),
    ("de", "Das Land Berlin und der Bund unterzeichneten eine Vereinbarung.\n"
           "Spezialseite des EDA zum Staatsbesuch: Reden und Fact Sheet zu den unterzeichneten Abkommen",
     {"Land Berlin": "ORG", "Bund": "ORG", "EDA": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", RETOLD_AGREEMENT, ids=[c[0] for c in RETOLD_AGREEMENT])
def test_an_agreement_told_with_one_party_is_the_documents_agreement(language, text, names):
    agreements = [roles(e) for e in run(text, language, names) if e.type == "agreement"]
    assert agreements == [{name: "partner" for name in names}]


EARLIER = [
    ("en", "The Welsh Government is providing £21 million for diagnostic equipment, which comes on top of a £50 "
           "million package announced last month.", {"Welsh Government": "ORG"}),
    ("nl", "De provincie Utrecht trekt 21 miljoen euro uit voor de wijken, wat komt bovenop de 50 miljoen euro van "
           "vorig jaar.", {"provincie Utrecht": "ORG"}),
    ("fr", "La Région Bretagne accorde 21 millions d'euros aux lycées, qui s'ajoutent aux 50 millions d'euros déjà "
           "versés.", {"Région Bretagne": "ORG"}),
    ("de", "Das Land Hessen stellt 21 Millionen Euro für Schulen bereit, zusätzlich zu den 50 Millionen Euro des "
           "Vorjahres.", {"Land Hessen": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", EARLIER, ids=[c[0] for c in EARLIER])
def test_the_amount_new_money_is_added_to_is_no_grant_of_the_release(language, text, names):
    assert [v for v, _ in funding(text, language, names)] == ["21000000"]


def test_an_earlier_grant_alone_gives_no_funding():
    text = "This new package of funding adds to our £65 million Nature Restoration Fund."
    assert funding(text, "en", {"Nature Restoration Fund": "ORG"}) == []


def _with_roles(text: str, language: str, names: dict[str, str], person: str, org: str):
    entities = [EntityRef(key=f"{label}:{n}", name=n, label=label) for n, label in names.items()]
    mentions = sorted((Mention(text.find(n), text.find(n) + len(n), n, label=label, entity=i)
                       for i, (n, label) in enumerate(names.items())), key=lambda m: m.start)
    index = list(names)
    role = Role(text.find(person), text.find(person) + len(person), person, person=person, role="Commissioner",
                organization=org, person_entity=index.index(person), organization_entity=index.index(org))
    return extract_events(text, language, mentions, entities, extract_amounts(text, language), [], [role])


ONE_SIDE = [
    ("en", "Commissioner Janusz Lewandowski of the European Commission spoke at the summit.",
     {"Janusz Lewandowski": "PERSON", "European Commission": "ORG"}),
    ("nl", "Eurocommissaris Janusz Lewandowski van de Europese Commissie sprak op de top.",
     {"Janusz Lewandowski": "PERSON", "Europese Commissie": "ORG"}),
    ("fr", "Janusz Lewandowski, commissaire de la Commission européenne, s'exprime sur l'issue du sommet.",
     {"Janusz Lewandowski": "PERSON", "Commission européenne": "ORG"}),
    ("de", "Kommissar Janusz Lewandowski von der Europäischen Kommission sprach auf dem Gipfel.",
     {"Janusz Lewandowski": "PERSON", "Europäischen Kommission": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", ONE_SIDE, ids=[c[0] for c in ONE_SIDE])
def test_a_person_and_the_organisation_of_his_position_are_one_side_of_a_meeting(language, text, names):
    person, org = list(names)
    assert [e.type for e in _with_roles(text, language, names, person, org)] == []


TWO_SIDES = [
    ("en", "Commissioner Janusz Lewandowski of the European Commission met the Council at the summit.",
     {"Janusz Lewandowski": "PERSON", "European Commission": "ORG", "Council": "ORG"}),
    ("nl", "Eurocommissaris Janusz Lewandowski van de Europese Commissie sprak op de top met de Raad.",
     {"Janusz Lewandowski": "PERSON", "Europese Commissie": "ORG", "Raad": "ORG"}),
    ("fr", "Janusz Lewandowski, commissaire de la Commission européenne, s'exprime au sommet avec le Conseil.",
     {"Janusz Lewandowski": "PERSON", "Commission européenne": "ORG", "Conseil": "ORG"}),
    ("de", "Kommissar Janusz Lewandowski von der Europäischen Kommission sprach auf dem Gipfel mit dem Rat.",
     {"Janusz Lewandowski": "PERSON", "Europäischen Kommission": "ORG", "Rat": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", TWO_SIDES, ids=[c[0] for c in TWO_SIDES])
def test_a_meeting_with_a_counterpart_of_another_organisation_stays(language, text, names):
    person, org, _ = list(names)
    assert [e.type for e in _with_roles(text, language, names, person, org)] == ["meeting"]


PACKAGES = [
    ("en", "A new package of Scottish Government support totalling over £2.9 million will focus on conservation.",
     {"Scottish Government": "ORG"}, "2900000"),
    ("nl", "Een nieuw steunpakket van de provincie Utrecht van 2,9 miljoen euro richt zich op natuurherstel.",
     {"provincie Utrecht": "ORG"}, "2900000"),
    ("fr", "Une enveloppe de la Région Bretagne de 2,9 millions d'euros est consacrée à la biodiversité.",
     {"Région Bretagne": "ORG"}, "2900000"),
    ("de", "Ein neues Hilfspaket des Landes Hessen über 2,9 Millionen Euro richtet sich an Vereine.",
     {"Landes Hessen": "ORG"}, "2900000"),
]


@pytest.mark.parametrize("language, text, names, value", PACKAGES, ids=[c[0] for c in PACKAGES])
def test_a_package_with_an_amount_is_a_funding_of_the_organisation_named_with_it(language, text, names, value):
    payer = next(iter(names))
    assert funding(text, language, names) == [(value, {payer: "funder"})]


PAST_FORMS = [
    ("en", "The Scottish Government granted £2 million to the Green Action Trust.",
     {"Scottish Government": "ORG", "Green Action Trust": "ORG"}),
    ("nl", "De provincie Utrecht kende vorig jaar 2 miljoen euro toe aan de gemeente Zeist.",
     {"provincie Utrecht": "ORG", "gemeente Zeist": "ORG"}),
    ("nl", "De provincie Utrecht droeg 2 miljoen euro bij aan de gemeente Zeist.",
     {"provincie Utrecht": "ORG", "gemeente Zeist": "ORG"}),
    ("fr", "La Région Bretagne a octroyé 2 millions d'euros à la Ville de Rennes.",
     {"Région Bretagne": "ORG", "Ville de Rennes": "ORG"}),
    ("de", "Das Land Hessen stellte der Stadt Kassel 2 Millionen Euro bereit.",
     {"Land Hessen": "ORG", "Stadt Kassel": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", PAST_FORMS, ids=[c[0] for c in PAST_FORMS])
def test_past_forms_of_the_funding_verbs_are_funding_words(language, text, names):
    payer, paid = list(names)
    assert funding(text, language, names) == [("2000000", {payer: "funder", paid: "recipient"})]


AROUND_A_NAME = [
    ("en", "The European Investment Bank grants £2 million to the Port of Antwerp.",
     {"European Investment Bank": "ORG", "Port of Antwerp": "ORG"}),
    ("nl", "De provincie Utrecht kent de gemeente Zeist 2 miljoen euro toe.",
     {"provincie Utrecht": "ORG", "gemeente Zeist": "ORG"}),
    ("fr", "La Banque européenne d'investissement accorde 2 millions d'euros au Port d'Anvers.",
     {"Banque européenne d'investissement": "ORG", "Port d'Anvers": "ORG"}),
    ("de", "Das Land Hessen stellt der Stadt Kassel 2 Millionen Euro bereit.",
     {"Land Hessen": "ORG", "Stadt Kassel": "ORG"}),
]


@pytest.mark.parametrize("language, text, names", AROUND_A_NAME, ids=[c[0] for c in AROUND_A_NAME])
def test_a_separable_verb_around_a_name_is_still_a_funding_word(language, text, names):
    payer, paid = list(names)
    assert funding(text, language, names) == [("2000000", {payer: "funder", paid: "recipient"})]
