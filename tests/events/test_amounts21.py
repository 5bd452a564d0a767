"""Amounts linked to their funding (issue 21): "from X to Y" is a change only when a figure follows "to"
("von 330 Millionen Euro auf 616 Millionen Euro"); "la somme de 18 millions de francs à des organisations"
names where the amount goes, and the amount stays the grant's."""

from __future__ import annotations

import pytest

from tests.events.test_arguments21 import funding

TO_A_RECIPIENT = [
    ("en", "The Scottish Government has paid grants from £2 million to local charities across Scotland.",
     {"Scottish Government": "ORG", "Scotland": "LOC"}, "2000000"),
    ("nl", "Het Rijk heeft een bijdrage van 3 miljoen euro naar de gemeente Utrecht overgemaakt.",
     {"Rijk": "ORG", "gemeente Utrecht": "ORG"}, "3000000"),
    ("fr", "Par ailleurs, la DDC a déjà versé la somme de 18 millions de francs à des organisations internationales.",
     {"DDC": "ORG"}, "18000000"),
    ("de", "Der Bund hat Mittel von 4 Millionen Euro auf Antrag der Länder bereitgestellt.",
     {"Bund": "ORG"}, "4000000"),
]


@pytest.mark.parametrize("language, text, names, value", TO_A_RECIPIENT, ids=[c[0] for c in TO_A_RECIPIENT])
def test_from_an_amount_to_a_recipient_is_no_change(language, text, names, value):
    assert value in [v for v, _ in funding(text, language, names)]


# English and French "from X to Y" are read as a range by the amount stage (one range_id): not covered here
CHANGES = [
    ("nl", "De Commissie verhoogde de subsidie van 330 miljoen euro naar 616 miljoen euro.", {"Commissie": "ORG"},
     "616000000", "330000000"),
    ("de", "Dazu hat die Kommission das Budget von 330 Millionen Euro auf 616 Millionen Euro aufgestockt.",
     {"Kommission": "ORG"}, "616000000", "330000000"),
]


@pytest.mark.parametrize("language, text, names, new, old", CHANGES, ids=[c[0] for c in CHANGES])
def test_the_old_figure_of_a_change_is_no_grant(language, text, names, new, old):
    values = [v for v, _ in funding(text, language, names)]
    assert new in values and old not in values, values


@pytest.mark.parametrize("language, text, names, funder, recipient", [
    ("en", "The Scottish Government is providing £5 million, of which £2 million will go to NatureScot.",
     {"Scottish Government": "ORG", "NatureScot": "ORG"}, "Scottish Government", "NatureScot"),
    ("en", "The Welsh Government has allocated £3 million, of which £1 million will go to Cardiff University.",
     {"Welsh Government": "ORG", "Cardiff University": "ORG"}, "Welsh Government", "Cardiff University"),
])
def test_a_receiving_verb_of_a_later_allocation_does_not_make_the_funder_paid(language, text, names, funder,
                                                                                recipient):
    found = funding(text, language, names)
    assert all(parties.get(funder) == "funder" for _, parties in found), found
    assert any(parties.get(recipient) == "recipient" for _, parties in found), found


# a payer named right after the amount by a source word ("€ 2 miljoen van de provincie"); a "van" further on
# names no payer ("voor de scholen van de gemeente Velp")
AMOUNT_SOURCES = [
    ("en", "Cardiff Council will receive £2 million from the Welsh Government for the new school.",
     {"Cardiff Council": "ORG", "Welsh Government": "ORG"},
     {"Cardiff Council": "recipient", "Welsh Government": "funder"}),
    ("nl", "De gemeente Arnhem ontvangt € 2 miljoen van de provincie Gelderland voor het project.",
     {"gemeente Arnhem": "LOC", "provincie Gelderland": "ORG"},
     {"gemeente Arnhem": "recipient", "provincie Gelderland": "funder"}),
    ("nl", "Het Zuiderzeemuseum krijgt 2 miljoen euro van het Rijk.",
     {"Zuiderzeemuseum": "ORG", "Rijk": "ORG"}, {"Zuiderzeemuseum": "recipient", "Rijk": "funder"}),
    ("fr", "La commune de Vitré reçoit 2 millions d'euros de la Région Bretagne pour sa médiathèque.",
     {"Vitré": "LOC", "Région Bretagne": "ORG"}, {"Vitré": "recipient", "Région Bretagne": "funder"}),
    ("de", "Die Stadt Graz erhält 2 Millionen Euro vom Land Steiermark.",
     {"Stadt Graz": "LOC", "Land Steiermark": "LOC"}, {"Stadt Graz": "recipient", "Land Steiermark": "funder"}),
    ("nl", "De gemeente Arnhem stelt 2 miljoen euro beschikbaar voor de scholen van de gemeente Velp.",
     {"gemeente Arnhem": "LOC", "gemeente Velp": "LOC"}, {"gemeente Arnhem": "funder", "gemeente Velp": "recipient"}),
]


@pytest.mark.parametrize("language, text, names, expected", AMOUNT_SOURCES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(AMOUNT_SOURCES)])
def test_a_source_word_right_after_the_amount_names_the_payer(language, text, names, expected):
    found = funding("Titel\n" + text, language, names)
    assert found and found[0][0] == "2000000", found
    assert found[0][1] == expected


# "Thanks to £2m from X": a word right before an amount makes it a funding; without an amount it does not
AMOUNT_TRIGGERS = [
    ("en", "Thanks to £2 million from the Welsh Government, Cardiff Council will build a new school.",
     {"Welsh Government": "ORG", "Cardiff Council": "ORG"},
     {"Welsh Government": "funder", "Cardiff Council": "recipient"}),
    ("nl", "Dankzij 2 miljoen euro van de provincie Utrecht kan de gemeente Amersfoort een school bouwen.",
     {"provincie Utrecht": "ORG", "gemeente Amersfoort": "LOC"},
     {"provincie Utrecht": "funder", "gemeente Amersfoort": "recipient"}),
    ("fr", "Grâce à 2 millions d'euros de la Région Bretagne, la commune de Vitré construit une école.",
     {"Région Bretagne": "ORG", "Vitré": "LOC"}, {"Région Bretagne": "funder", "Vitré": "recipient"}),
    ("de", "Dank 2 Millionen Euro vom Land Tirol baut die Gemeinde Kufstein eine neue Schule.",
     {"Land Tirol": "LOC", "Gemeinde Kufstein": "LOC"}, {"Land Tirol": "funder", "Gemeinde Kufstein": "recipient"}),
]


@pytest.mark.parametrize("language, text, names, expected", AMOUNT_TRIGGERS, ids=[c[0] for c in AMOUNT_TRIGGERS])
def test_thanks_to_an_amount_is_a_funding(language, text, names, expected):
    found = funding("Titel\n" + text, language, names)
    assert found and found[0][0] == "2000000", found
    assert found[0][1] == expected


THANKS_WITHOUT_AMOUNT = [
    ("en", "Thanks to the Welsh Government, Cardiff Council opened a new school in 2020.",
     {"Welsh Government": "ORG", "Cardiff Council": "ORG"}),
    ("nl", "Dankzij de provincie Utrecht opende de gemeente Amersfoort in 2020 een school.",
     {"provincie Utrecht": "ORG", "gemeente Amersfoort": "LOC"}),
    ("fr", "Grâce à la Région Bretagne, la commune de Vitré a ouvert une école en 2020.",
     {"Région Bretagne": "ORG", "Vitré": "LOC"}),
    ("de", "Dank dem Land Tirol hat die Gemeinde Kufstein 2020 eine neue Schule eröffnet.",
     {"Land Tirol": "LOC", "Gemeinde Kufstein": "LOC"}),
]


@pytest.mark.parametrize("language, text, names", THANKS_WITHOUT_AMOUNT, ids=[c[0] for c in THANKS_WITHOUT_AMOUNT])
def test_thanks_to_without_an_amount_is_no_funding(language, text, names):
    assert funding("Titel\n" + text, language, names) == []


# a part of an amount going to a named recipient ("waarvan", "davon", "of which", "dont"): an allocation of
# its own, paid by the funder of the sentence
PARTS = [
    ("en", "The Scottish Government is providing £10 million to the sector, of which £2 million will go to "
           "Glasgow City Council.", {"Scottish Government": "ORG", "Glasgow City Council": "ORG"},
     "Scottish Government", "Glasgow City Council"),
    ("nl", "De provincie Gelderland stelt 10 miljoen euro beschikbaar voor de regio, waarvan 2 miljoen euro "
           "naar de gemeente Arnhem gaat.", {"provincie Gelderland": "ORG", "gemeente Arnhem": "LOC"},
     "provincie Gelderland", "gemeente Arnhem"),
    ("fr", "Le Canton de Genève accorde 10 millions de francs au secteur, dont 2 millions de francs à la Ville de "
           "Genève.", {"Canton de Genève": "LOC", "Ville de Genève": "LOC"}, "Canton de Genève", "Ville de Genève"),
    ("de", "Der Bund gewährt 10 Millionen Euro, davon gehen 2 Millionen Euro an die Stadt Graz.",
     {"Bund": "ORG", "Stadt Graz": "LOC"}, "Bund", "Stadt Graz"),
]


@pytest.mark.parametrize("language, text, names, funder, recipient", PARTS, ids=[c[0] for c in PARTS])
def test_a_part_going_to_a_recipient_is_its_own_allocation(language, text, names, funder, recipient):
    found = dict(funding("Titel\n" + text, language, names))
    assert found["10000000"] == {funder: "funder"}, found
    assert found["2000000"] == {funder: "funder", recipient: "recipient"}, found


# a recipient named right after its amount but missed by the entity stage: the capitalised name after the
# recipient word (not in German, which capitalises every noun); a place after "across" is no recipient then
UNNAMED = [
    ("en", "The Scottish Government announced the package. A further £200,000 will go to the Green Action Trust "
           "to help expand nature networks across Scotland.", {"Scottish Government": "ORG", "Scotland": "LOC"},
     "200000", "Green Action Trust"),
    ("en", "The Department of Labor announced grants today. $1.6 million was awarded to the North Central Kansas "
           "Technical College in Beloit.", {"Department of Labor": "ORG", "Beloit": "LOC"},
     "1600000", "North Central Kansas Technical College"),
    ("nl", "Het Rijk maakte de steun bekend. Daarnaast wordt 2 miljoen euro toegekend aan het Nationaal Park Hoge "
           "Veluwe.",
     {"Rijk": "ORG"}, "2000000", "Nationaal Park Hoge Veluwe"),
    ("fr", "Le Conseil d'Etat a adopté le plan. Un montant de 2 millions de francs est versé à la Fondation Pro "
           "Senectute.", {"Conseil d'Etat": "ORG"}, "2000000", "Fondation Pro Senectute"),
]


@pytest.mark.parametrize("language, text, names, value, recipient", UNNAMED,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(UNNAMED)])
def test_a_recipient_the_entities_missed_is_named_after_its_amount(language, text, names, value, recipient):
    found = dict(funding("Titel\n" + text, language, names))
    assert found[value].get(recipient) == "recipient", found
    assert all(role != "recipient" for name, role in found[value].items() if name != recipient), found


def test_german_capitalised_nouns_are_no_recipient():
    found = funding("Titel\nDer Bund gewährt Kredite in Höhe von 3 Millionen Euro an Hunderte von Banken.", "de",
                    {"Bund": "ORG"})
    assert all("Hunderte von Banken" not in parties for _, parties in found), found


# a programme, initiative or plan named before the funding verb is its instrument, not who pays; marked as
# the source ("from the ... Programme") it still pays
INSTRUMENTS = [
    ("en", "The European Parliament approved the plan. The Coronavirus Response Investment Initiative will channel "
           "€37 billion to the regions.",
     {"European Parliament": "ORG", "Coronavirus Response Investment Initiative": "ORG"},
     "Coronavirus Response Investment Initiative"),
    ("nl", "Het Europees Parlement keurde de maatregelen goed. Het Corona Respons Investeringsinitiatief stelt "
           "37 miljard euro beschikbaar voor de regio's.",
     {"Europees Parlement": "ORG", "Corona Respons Investeringsinitiatief": "ORG"},
     "Corona Respons Investeringsinitiatief"),
    ("fr", "Le Parlement européen a approuvé les mesures. Le Nouveau Plan finance 37 milliards d'euros pour les "
           "régions.", {"Parlement européen": "ORG", "Nouveau Plan": "ORG"}, "Nouveau Plan"),
    ("de", "Das Europäische Parlament hat die Maßnahmen gebilligt. Das Corona Investitionsprogramm gewährt 37 "
           "Milliarden Euro für die Regionen.",
     {"Europäische Parlament": "ORG", "Corona Investitionsprogramm": "ORG"}, "Corona Investitionsprogramm"),
]


@pytest.mark.parametrize("language, text, names, name", INSTRUMENTS, ids=[c[0] for c in INSTRUMENTS])
def test_a_programme_before_the_verb_does_not_pay(language, text, names, name):
    assert name in text
    for _, parties in funding("Titel\n" + text, language, names):
        assert parties.get(name) != "funder", parties


def test_a_programme_marked_as_the_source_pays():
    found = funding("Titel\nThe city of Leeds will receive £2 million from the Levelling Up Programme.", "en",
                    {"Leeds": "LOC", "Levelling Up Programme": "ORG"})
    assert found and found[0][1].get("Levelling Up Programme") == "funder", found


# Dutch approval told with a separable verb ("keurt ... goed") says who pays: the funder of the amounts after it
APPROVALS = [
    ("Europees Parlement keurt cruciale EU-steunmaatregelen goed\nMet deze regeling wordt in 2020 een bedrag van "
     "800 miljoen euro beschikbaar gesteld voor de Europese landen.", {"Europees Parlement": "ORG"},
     "800000000", "Europees Parlement"),
    ("De gemeenteraad van Utrecht keurt het plan goed.\nDaarmee wordt 2 miljoen euro beschikbaar gesteld voor de "
     "wijken.", {"gemeenteraad van Utrecht": "ORG"}, "2000000", "gemeenteraad van Utrecht"),
]


@pytest.mark.parametrize("text, names, value, funder", APPROVALS, ids=["title", "body"])
def test_a_dutch_approval_names_the_funder_of_the_amounts_after_it(text, names, value, funder):
    found = dict(funding(text, "nl", names))
    assert found[value].get(funder) == "funder", found


# a fund named after a hedge that follows the funding word is asked for, not paying
ASKED_FOR = [
    ("en", "MEPs approved €3 billion for health care and called for a new EU Solidarity Fund.",
     {"EU Solidarity Fund": "ORG"}, "EU Solidarity Fund"),
    ("nl", "EP-leden keurden ook 3 miljard euro goed voor de gezondheidszorg en roepen op tot een "
           "EU-coronasolidariteitsfonds.", {"EU-coronasolidariteitsfonds": "ORG"}, "EU-coronasolidariteitsfonds"),
    ("fr", "Le Parlement a approuvé un financement de 3 milliards d'euros et demande un nouveau Fonds de solidarité.",
     {"Fonds de solidarité": "ORG"}, "Fonds de solidarité"),
    ("de", "Die Abgeordneten haben 3 Milliarden Euro bereitgestellt und fordern einen neuen Solidaritätsfonds.",
     {"Solidaritätsfonds": "ORG"}, "Solidaritätsfonds"),
]


@pytest.mark.parametrize("language, text, names, fund", ASKED_FOR, ids=[c[0] for c in ASKED_FOR])
def test_a_fund_asked_for_after_the_grant_does_not_pay(language, text, names, fund):
    assert fund in text
    for _, parties in funding("Titel\n" + text, language, names):
        assert fund not in parties, parties


def test_a_fund_before_a_later_hedge_still_pays():
    found = funding("Titel\nThe Cohesion Fund will finance €2 million for Romania, which needs more roads.", "en",
                    {"Cohesion Fund": "ORG", "Romania": "LOC"})
    assert found and found[0][1].get("Cohesion Fund") == "funder", found
