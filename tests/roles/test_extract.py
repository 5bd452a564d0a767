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
     [("De Block", "minister van Sociale Zaken", "België")]),  # the country as the document's language writes it
    ("de", "Peter Müller, Generaldirektor der Europäischen Kommission, sagte",
     [("Peter Müller", "PERSON"), ("Europäischen Kommission", "ORG")],
     [("Peter Müller", "Generaldirektor", "Europäischen Kommission")]),
])
def test_more_role_shapes(language, text, items, expected):
    assert roles_of(text, language, items) == expected


# New forms (issue 16): one case per language for each
TITLE_NAMES_ITS_ORGANISATION = [
    ("en", "Commissioner for Cohesion and Reforms Elisa Ferreira said the European Commission agreed.",
     [("Elisa Ferreira", "PERSON"), ("European Commission", "ORG")],
     [("Elisa Ferreira", "Commissioner for Cohesion and Reforms", "European Commission")]),
    ("nl", "Dat verklaarde Commissaris voor Concurrentie Neelie Kroes. De Europese Commissie keurde het goed.",
     [("Neelie Kroes", "PERSON"), ("Europese Commissie", "ORG")],
     [("Neelie Kroes", "Commissaris voor Concurrentie", "Europese Commissie")]),
    ("fr", "Janusz Lewandowski, commissaire européen chargé du budget, a parlé. La Commission a proposé un budget.",
     [("Janusz Lewandowski", "PERSON"), ("Commission", "ORG")],
     [("Janusz Lewandowski", "commissaire européen chargé du budget", "Commission")]),
    ("de", "EU-Verkehrskommissarin Adina Vălean sagte dazu, die EU-Kommission handle schnell.",
     [("Adina Vălean", "PERSON"), ("EU-Kommission", "ORG")],
     [("Adina Vălean", "EU-Verkehrskommissarin", "EU-Kommission")]),
]
ORGANISATION_BEFORE_THE_TITLE = [
    ("en", "European Commission President Jean-Claude Juncker said", [("European Commission", "ORG"),
                                                                      ("Jean-Claude Juncker", "PERSON")],
     [("Jean-Claude Juncker", "President", "European Commission")]),
    ("nl", "De Europese Commissie voorzitter Ursula von der Leyen zei", [("Europese Commissie", "ORG"),
                                                                       ("Ursula von der Leyen", "PERSON")],
     [("Ursula von der Leyen", "voorzitter", "Europese Commissie")]),
    ("fr", "La France ambassadeur Jean Dupont a dit", [("France", "LOC"), ("Jean Dupont", "PERSON")],
     [("Jean Dupont", "ambassadeur", "France")]),
    ("de", "Der russische Präsident Dmitrij Medwedew kam an.", [("Dmitrij Medwedew", "PERSON")],
     [("Dmitrij Medwedew", "Präsident", "Russland")]),
]
PEOPLE_NAMED_BY_THEIR_TITLE = [  # no recogniser mention: the title introduces the name
    ("nl", "Van Nederlandse zijde waren de ministers Van Nieuwenhuizen en Van Engelshoven aanwezig.", [],
     [("Van Nieuwenhuizen", "minister", "Nederland"), ("Van Engelshoven", "minister", "Nederland")]),
    ("de", "Es sprach Bundesrat Ignazio Cassis in Bern.", [("Bern", "LOC")],
     [("Ignazio Cassis", "Bundesrat", None)]),
]
PORTFOLIO_AFTER_THE_NAME = [
    ("nl", "Dat schrijft minister Carola Schouten van Landbouw, Natuur en Voedselkwaliteit aan de Kamer.",
     [("Carola Schouten van Landbouw", "PERSON")],
     [("Carola Schouten", "minister van Landbouw, Natuur en Voedselkwaliteit", None)]),
    ("nl", "Dat heeft minister Kaag voor Buitenlandse Handel vrijdag gezegd.", [],
     [("Kaag", "minister voor Buitenlandse Handel", None)]),
]
NATIONAL_OFFICE = [
    ("en", "The Belgian delegation met Minister Peeters in Brussels.", [("Peeters", "PERSON"), ("Brussels", "LOC")],
     [("Peeters", "Minister", "Belgium")]),
    ("nl", "Minister Peeters ontving de Belgische delegatie.", [("Peeters", "PERSON")],
     [("Peeters", "Minister", "België")]),
    ("fr", "Le ministre Dupont a reçu la délégation belge.", [("Dupont", "PERSON")],
     [("Dupont", "ministre", "Belgique")]),
    ("de", "Bundeskanzlerin Angela Merkel empfing die französische Delegation.", [("Angela Merkel", "PERSON")],
     [("Angela Merkel", "Bundeskanzlerin", "Frankreich")]),
]
TITLE_INSIDE_THE_NAME = [  # the recogniser took the title into the name
    ("en", "Commissioner Elisa Ferreira spoke.", [("Commissioner Elisa Ferreira", "PERSON")],
     [("Elisa Ferreira", "Commissioner", None)]),
    ("nl", "Staatssecretaris Knops sprak.", [("Staatssecretaris Knops", "PERSON")],
     [("Knops", "Staatssecretaris", None)]),
    ("fr", "Le ministre Dupont parla.", [("ministre Dupont", "PERSON")], [("Dupont", "ministre", None)]),
    ("de", "empfangen von Bundesrätin Micheline Calmy-Rey", [("Bundesrätin Micheline Calmy-Rey", "PERSON")],
     [("Micheline Calmy-Rey", "Bundesrätin", None)]),
]
WRAPPED_LINES = [
    ("en", "According to the report written by the members of the board, Commissioner for Cohesion\nand Reforms "
           "Elisa Ferreira said", [("Elisa Ferreira", "PERSON")],
     [("Elisa Ferreira", "Commissioner for Cohesion and Reforms", None)]),
    ("nl", "Volgens het verslag dat de leden van het bestuur hebben geschreven, zei de staatssecretaris voor Asiel\nen "
           "Migratie Nicole de Moor", [("Nicole de Moor", "PERSON")],
     [("Nicole de Moor", "staatssecretaris voor Asiel en Migratie", None)]),
    ("de", "Laut dem Bericht, den die Mitglieder des Vorstands geschrieben haben, sagte die Generaldirektorin\nfür "
           "Handel Anna Schmidt", [("Anna Schmidt", "PERSON")],
     [("Anna Schmidt", "Generaldirektorin für Handel", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         TITLE_NAMES_ITS_ORGANISATION + ORGANISATION_BEFORE_THE_TITLE + PEOPLE_NAMED_BY_THEIR_TITLE
                         + PORTFOLIO_AFTER_THE_NAME + NATIONAL_OFFICE + TITLE_INSIDE_THE_NAME + WRAPPED_LINES)
def test_new_role_forms(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items"), [
    ("en", "EU Member States agreed.", [("EU", "ORG")]),  # "Member States" is no person
    ("nl", "De minister van Landbouw sprak.", []),  # a portfolio is no name
    ("fr", "Le ministre de la Culture a parlé.", []),
    ("de", "Der Bundesrat zu Gast in Biel.", [("Biel", "LOC")]),  # "zu Gast" is no name
])
def test_title_without_a_name_gives_no_role(language, text, items):
    assert roles_of(text, language, items) == []


def test_a_repeated_role_keeps_its_organisation():
    text = "European Commission President Jean-Claude Juncker said. Later President Juncker added."
    items = [("European Commission", "ORG"), ("Jean-Claude Juncker", "PERSON"), ("Juncker", "PERSON")]
    assert roles_of(text, "en", items) == [("Jean-Claude Juncker", "President", "European Commission")]


APPOINTMENTS = [
    ("en", "Guy Ryder was elected Director-General of the ILO in 2012.", [("Guy Ryder", "PERSON"), ("ILO", "ORG")],
     [("Guy Ryder", "Director-General", "ILO")]),
    ("nl", "Jan Peeters werd verkozen tot voorzitter van de Europese Raad.",
     [("Jan Peeters", "PERSON"), ("Europese Raad", "ORG")], [("Jan Peeters", "voorzitter", "Europese Raad")]),
    ("fr", "Marie Dubois a été élue présidente de la Banque mondiale.",
     [("Marie Dubois", "PERSON"), ("Banque mondiale", "ORG")], [("Marie Dubois", "présidente", "Banque mondiale")]),
    ("de", "Anna Schmidt wurde zur Präsidentin der Europäischen Zentralbank gewählt.",
     [("Anna Schmidt", "PERSON"), ("Europäischen Zentralbank", "ORG")],
     [("Anna Schmidt", "Präsidentin", "Europäischen Zentralbank")]),
]
ORGANISATION_AFTER_AT = [
    ("en", "Ellen Kelly, Head of Cooperation at the EU Delegation to China, said", [("Ellen Kelly", "PERSON")],
     [("Ellen Kelly", "Head of Cooperation", "EU Delegation to China")]),
    ("nl", "Els Peeters, adviseur bij de Nationale Bank, zei", [("Els Peeters", "PERSON"), ("Nationale Bank", "ORG")],
     [("Els Peeters", "adviseur", "Nationale Bank")]),
    ("fr", "Marie Dubois, conseillère au sein de la Banque centrale, a dit",
     [("Marie Dubois", "PERSON"), ("Banque centrale", "ORG")], [("Marie Dubois", "conseillère", "Banque centrale")]),
    ("de", "Anette Kramme, Staatssekretärin im Bundesarbeitsministerium, sagte",
     [("Anette Kramme", "PERSON"), ("Bundesarbeitsministerium", "ORG")],
     [("Anette Kramme", "Staatssekretärin", "Bundesarbeitsministerium")]),
]
APPOSITION_AND_TWO_POSITIONS = [
    ("en", "the Director-General of the ILO, Mr Juan Somavia, said", [("ILO", "ORG"), ("Juan Somavia", "PERSON")],
     [("Juan Somavia", "Director-General", "ILO")]),
    ("fr", "Le Directeur général de l'OIT, M. Juan Somavia, a déclaré", [("OIT", "ORG"), ("Juan Somavia", "PERSON")],
     [("Juan Somavia", "Directeur général", "OIT")]),
    ("nl", "de Directeur-generaal van de IAO, de heer Juan Somavia, zei", [("IAO", "ORG"), ("Juan Somavia", "PERSON")],
     [("Juan Somavia", "Directeur-generaal", "IAO")]),
    ("de", "von der Vorsteherin des Eidgenössischen Departements für auswärtige Angelegenheiten, Bundesrätin Micheline "
           "Calmy-Rey, sowie", [("Micheline Calmy-Rey", "PERSON")],
     [("Micheline Calmy-Rey", "Vorsteherin des Eidgenössischen Departements für auswärtige Angelegenheiten",
       "Eidgenössischen Departements für auswärtige Angelegenheiten"), ("Micheline Calmy-Rey", "Bundesrätin", None)]),
]
ROLE_TEXT_NOT_CUT = [
    ("en", "Ndiame Diop, World Bank country director for Brunei, Malaysia, Philippines and Thailand, said",
     [("Ndiame Diop", "PERSON"), ("World Bank", "ORG"), ("Brunei", "LOC"), ("Malaysia", "LOC"),
      ("Philippines", "LOC"), ("Thailand", "LOC")],
     [("Ndiame Diop", "country director for Brunei, Malaysia, Philippines and Thailand", "World Bank")]),
    ("nl", "Jan Peeters, directeur voor België, Nederland en Luxemburg, zei", [("Jan Peeters", "PERSON")],
     [("Jan Peeters", "directeur voor België, Nederland en Luxemburg", None)]),
    ("fr", "Jean Dupont, directeur pour la Belgique, la France et le Luxembourg, a dit", [("Jean Dupont", "PERSON")],
     [("Jean Dupont", "directeur pour la Belgique", None)]),  # a list with articles is not read as one yet
    ("de", "Anna Schmidt, Direktorin für Belgien, Frankreich und Luxemburg, sagte", [("Anna Schmidt", "PERSON")],
     [("Anna Schmidt", "Direktorin für Belgien, Frankreich und Luxemburg", None)]),
]
ORGANISATION_IN_BRACKETS_OR_GENITIVE = [
    ("fr", "le directeur de la Direction du développement et de la coopération (DDC), Martin Dahinden, lors",
     [("Direction du développement et de la coopération", "ORG"), ("DDC", "ORG"), ("Martin Dahinden", "PERSON")],
     [("Martin Dahinden", "directeur", "Direction du développement et de la coopération")]),
    ("de", "und der Regierungspräsidentin des Kantons Zürich, Regine Aeppli, empfangen", [("Regine Aeppli", "PERSON")],
     [("Regine Aeppli", "Regierungspräsidentin des Kantons Zürich", "Kantons Zürich")]),
    ("en", "the director of the Agency for Development (AfD), Jane Smith, said",
     [("Agency for Development", "ORG"), ("AfD", "ORG"), ("Jane Smith", "PERSON")],
     [("Jane Smith", "director", "Agency for Development")]),
    ("nl", "de directeur van het Agentschap Innoveren en Ondernemen (VLAIO), Jan Peeters, zei",
     [("Agentschap Innoveren en Ondernemen", "ORG"), ("VLAIO", "ORG"), ("Jan Peeters", "PERSON")],
     [("Jan Peeters", "directeur", "Agentschap Innoveren en Ondernemen")]),
]
TITLE_WORD_IS_NO_ORGANISATION = [  # the body a head title leads is the organisation, never the title word
    ("en", "Jane Smith, CEO of Acme, said", [("Jane Smith", "PERSON"), ("Acme", "ORG")],
     [("Jane Smith", "CEO", "Acme")]),
    ("fr", "Jean Dupont, PDG de Renault, a dit", [("Jean Dupont", "PERSON"), ("Renault", "ORG")],
     [("Jean Dupont", "PDG", "Renault")]),
    ("nl", "Jan Peeters, CEO van Acme, zei", [("Jan Peeters", "PERSON"), ("Acme", "ORG")],
     [("Jan Peeters", "CEO", "Acme")]),
    ("de", "Anna Schmidt, CEO von Acme, sagte", [("Anna Schmidt", "PERSON"), ("Acme", "ORG")],
     [("Anna Schmidt", "CEO von Acme", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         APPOINTMENTS + ORGANISATION_AFTER_AT + APPOSITION_AND_TWO_POSITIONS + ROLE_TEXT_NOT_CUT
                         + ORGANISATION_IN_BRACKETS_OR_GENITIVE + TITLE_WORD_IS_NO_ORGANISATION)
def test_more_new_role_forms(language, text, items, expected):
    assert roles_of(text, language, items) == expected


PERIODS_RANGES = [
    ("en", "Jane Smith, Director of the ILO from 2014 to 2019, said", [("Jane Smith", "PERSON"), ("ILO", "ORG")],
     ("Director", "2014", "2019")),
    ("de", "Anna Schmidt, Präsidentin seit März 2020, sagte", [("Anna Schmidt", "PERSON")],
     ("Präsidentin", "2020-03", None)),
    ("nl", "Jan Peeters, voorzitter sinds 2019, zei", [("Jan Peeters", "PERSON")], ("voorzitter", "2019", None)),
    ("fr", "Marie Dubois, directrice depuis 2018, a déclaré", [("Marie Dubois", "PERSON")],
     ("directrice", "2018", None)),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PERIODS_RANGES)
def test_period_is_kept_apart_from_the_role(language, text, items, expected):
    mentions = []
    for surface, label in items:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, label))
    mentions.sort(key=lambda m: m.start)
    mentions, entities = cluster_mentions(text, mentions)
    roles = extract_roles(text, mentions, entities, language)
    assert [(r.role, r.since, r.until) for r in roles] == [expected]


@pytest.mark.parametrize(("language", "text", "items"), [
    ("en", "SEN. DODD, LIEBERMAN URGE METLIFE CEO TO SAVE JOBS", [("LIEBERMAN", "PERSON")]),
    ("en", "S.843 director of the Institute said", [("S.843", "PERSON")]),
    ("en", "Gregg        United States Senator        Byrd", [("Gregg        United States", "PERSON")]),
    ("de", "Donald Trump, Demokrat aus New York, sagte", [("Donald Trump", "PERSON")]),
])
def test_implausible_roles_are_dropped(language, text, items):
    assert roles_of(text, language, items) == []


TWO_POSITIONS = [
    ("en", "Tánaiste and Minister for Foreign Affairs and Trade, Simon Coveney, welcomed",
     [("Simon Coveney", "PERSON")],
     [("Simon Coveney", "Tánaiste", None), ("Simon Coveney", "Minister for Foreign Affairs and Trade", None)]),
    ("nl", "vicepremier en minister van Werk Pierre-Yves Dermagne zei", [("Pierre-Yves Dermagne", "PERSON")],
     [("Pierre-Yves Dermagne", "vicepremier", None), ("Pierre-Yves Dermagne", "minister van Werk", None)]),
    ("fr", "le vice-Premier ministre, ministre de l'Économie, Étienne Schneider, a dit",
     [("Étienne Schneider", "PERSON")],
     [("Étienne Schneider", "vice-Premier ministre", None), ("Étienne Schneider", "ministre de l'Économie", None)]),
    ("de", "Vizekanzler und Bundesminister für Finanzen Michael Spindelegger sagte",
     [("Michael Spindelegger", "PERSON")],
     [("Michael Spindelegger", "Vizekanzler", None), ("Michael Spindelegger", "Bundesminister für Finanzen", None)]),
]
ORGANISATION_IN_THE_TITLE = [
    ("de", "SPÖ-Abgeordnete Andrea Kuntzl betonte", [("Andrea Kuntzl", "PERSON")],
     [("Andrea Kuntzl", "SPÖ-Abgeordnete", "SPÖ")]),
    ("nl", "CBS-hoofdeconoom Peter Hein van Mulligen zei", [("Peter Hein van Mulligen", "PERSON")],
     [("Peter Hein van Mulligen", "CBS-hoofdeconoom", "CBS")]),
    ("de", "Nationalratspräsidentin Barbara Prammer eröffnete die Sitzung des Nationalrates.",
     [("Barbara Prammer", "PERSON"), ("Nationalrates", "ORG")],
     [("Barbara Prammer", "Nationalratspräsidentin", "Nationalrates")]),
    ("fr", "La Commission européenne a parlé. Le commissaire européen Thierry Breton a dit",
     [("Commission européenne", "ORG"), ("Thierry Breton", "PERSON")],
     [("Thierry Breton", "commissaire européen", "Commission européenne")]),
]
COUNTRY_OF_THE_OFFICE = [
    ("en", "Jean Asselborn, Minister of Foreign Affairs of Luxembourg, said",
     [("Jean Asselborn", "PERSON"), ("Luxembourg", "LOC")],
     [("Jean Asselborn", "Minister of Foreign Affairs", "Luxembourg")]),
    ("nl", "de heer Jean Asselborn, minister van Buitenlandse Zaken van Luxemburg, zei",
     [("Jean Asselborn", "PERSON"), ("Luxemburg", "LOC")],
     [("Jean Asselborn", "minister van Buitenlandse Zaken", "Luxemburg")]),
    ("fr", "Jean Asselborn, ministre des Affaires étrangères du Luxembourg, a dit",
     [("Jean Asselborn", "PERSON"), ("Luxembourg", "LOC")],
     [("Jean Asselborn", "ministre des Affaires étrangères", "Luxembourg")]),
    ("de", "Jean Asselborn, Außenminister von Luxemburg, sagte", [("Jean Asselborn", "PERSON"), ("Luxemburg", "LOC")],
     [("Jean Asselborn", "Außenminister", "Luxemburg")]),
    ("nl", "Vlaams minister-president Jan Jambon zei", [("Jan Jambon", "PERSON")],
     [("Jan Jambon", "minister-president", "Vlaanderen")]),  # a region's adjective, as the document's language names it
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         TWO_POSITIONS + ORGANISATION_IN_THE_TITLE + COUNTRY_OF_THE_OFFICE)
def test_positions_and_their_organisations(language, text, items, expected):
    assert roles_of(text, language, items) == expected


PORTFOLIO_BEFORE_THE_TITLE = [  # English writes the portfolio before the title; the other languages do not
    ("en", "Later President Juncker added", [("Juncker", "PERSON")], [("Juncker", "President", None)]),
    ("en", "Māori Development Minister Te Ururoa Flavell says", [("Te Ururoa Flavell", "PERSON")],
     [("Te Ururoa Flavell", "Māori Development Minister", None)]),
    ("en", "The deal was signed by the Transport Secretary Heidi Alexander", [("Heidi Alexander", "PERSON")],
     [("Heidi Alexander", "Transport Secretary", None)]),
    # a sentence connective opening the clause is no portfolio word, alone or before one ("Yet House Speaker X")
    ("en", "Yet House Speaker Nancy Pelosi refused", [("Nancy Pelosi", "PERSON")],
     [("Nancy Pelosi", "House Speaker", None)]),
    ("en", "The bill passed. However Finance Minister Bill English said", [("Bill English", "PERSON")],
     [("Bill English", "Finance Minister", None)]),
    ("en", "Meanwhile Health Secretary Matt Hancock warned", [("Matt Hancock", "PERSON")],
     [("Matt Hancock", "Health Secretary", None)]),
    # a capitalised preposition marks a headline written in title case: no portfolio before it
    ("en", "Jobs Lost Under President Bush", [("Bush", "PERSON")], [("Bush", "President", None)]),
    ("en", "Farmers Rally Against Secretary Jane Doe", [("Jane Doe", "PERSON")], [("Jane Doe", "Secretary", None)]),
    ("en", "The nominee, Under Secretary Jane Doe, said", [("Jane Doe", "PERSON")],
     [("Jane Doe", "Under Secretary", None)]),
    ("nl", "Gisteren zei Minister Hoekstra het", [("Hoekstra", "PERSON")], [("Hoekstra", "Minister", None)]),
    ("fr", "Hier Ministre Dupont a dit", [("Dupont", "PERSON")], [("Dupont", "Ministre", None)]),
    ("de", "Gestern sagte Bundesministerin Nancy Faeser", [("Nancy Faeser", "PERSON")],
     [("Nancy Faeser", "Bundesministerin", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PORTFOLIO_BEFORE_THE_TITLE)
def test_portfolio_before_the_title(language, text, items, expected):
    assert roles_of(text, language, items) == expected


PLURAL_TITLE_LISTS = [  # every name of a list after a plural title holds the singular title, found or not
    ("nl", "Namens Nederland waren de staatssecretarissen Van Veldhoven, Knops en Keijzer aanwezig.",
     [("Nederland", "LOC"), ("Van Veldhoven", "PERSON"), ("Knops", "PERSON")],
     [("Van Veldhoven", "staatssecretaris", "Nederland"), ("Knops", "staatssecretaris", "Nederland"),
      ("Keijzer", "staatssecretaris", "Nederland")]),
    ("en", "The Ministers Simon Coveney and Paschal Donohoe met the Commissioners Elisa Ferreira and Nicolas Schmit.",
     [("Paschal Donohoe", "PERSON"), ("Elisa Ferreira", "PERSON"), ("Nicolas Schmit", "PERSON")],
     [("Simon Coveney", "Minister", None), ("Paschal Donohoe", "Minister", None),
      ("Elisa Ferreira", "Commissioner", None), ("Nicolas Schmit", "Commissioner", None)]),
    ("fr", "Les ministres Jean Asselborn et Xavier Bettel ont rencontré les commissaires Thierry Breton et Paolo "
           "Gentiloni.", [("Jean Asselborn", "PERSON"), ("Thierry Breton", "PERSON"), ("Paolo Gentiloni", "PERSON")],
     [("Jean Asselborn", "ministre", None), ("Xavier Bettel", "ministre", None),
      ("Thierry Breton", "commissaire", None), ("Paolo Gentiloni", "commissaire", None)]),
    ("de", "Die Bundesräte Ignazio Cassis und Alain Berset trafen die Kommissare Thierry Breton und Paolo Gentiloni.",
     [("Ignazio Cassis", "PERSON"), ("Thierry Breton", "PERSON")],
     [("Ignazio Cassis", "Bundesrat", None), ("Alain Berset", "Bundesrat", None),
      ("Thierry Breton", "Kommissar", None), ("Paolo Gentiloni", "Kommissar", None)]),
]
COUNTRY_OF_ANOTHER_OFFICE = [  # a country the sentence ties to another title is not the national office's
    ("de", "empfing der Bundesrat unter der Leitung von Bundespräsident Hans-Rudolf Merz den Präsidenten der "
           "Russischen Föderation, Dmitrij Medwedew, in Bern.",
     [("Hans-Rudolf Merz", "PERSON"), ("Russischen Föderation", "LOC"), ("Dmitrij Medwedew", "PERSON")],
     [("Hans-Rudolf Merz", "Bundespräsident", None), ("Dmitrij Medwedew", "Präsident", "Russischen Föderation")]),
    ("de", "Der russische Präsident Dmitrij Medwedew wurde von Bundeskanzlerin Corina Casanova empfangen.",
     [("Dmitrij Medwedew", "PERSON"), ("Corina Casanova", "PERSON")],
     [("Dmitrij Medwedew", "Präsident", "Russland"), ("Corina Casanova", "Bundeskanzlerin", None)]),
    ("en", "Prime Minister John Key met the President of France, Emmanuel Macron, in Paris.",
     [("John Key", "PERSON"), ("France", "LOC"), ("Emmanuel Macron", "PERSON"), ("Paris", "LOC")],
     [("John Key", "Prime Minister", None), ("Emmanuel Macron", "President", "France")]),
    ("fr", "Le ministre Jean Dupont a reçu l'ambassadeur américain John Smith à Paris.",
     [("Jean Dupont", "PERSON"), ("John Smith", "PERSON"), ("Paris", "LOC")],
     [("Jean Dupont", "ministre", None), ("John Smith", "ambassadeur", "États-Unis")]),
    ("nl", "Minister Jan Peeters ontving de Franse ambassadeur Jean Dupont in Brussel.",
     [("Jan Peeters", "PERSON"), ("Jean Dupont", "PERSON"), ("Brussel", "LOC")],
     [("Jan Peeters", "Minister", None), ("Jean Dupont", "ambassadeur", "Frankrijk")]),
    ("fr", "Jean-Yves Le Drian, ministre de l’Europe, s’est rendu au siège de l’Agence française de développement.",
     [("Jean-Yves Le Drian", "PERSON"), ("Agence française de développement", "ORG")],
     [("Jean-Yves Le Drian", "ministre de l’Europe", None)]),  # a demonym inside a name qualifies that body
]
ONE_POSITION_NAMED_TWICE = [  # the fullest form of a title a person's other role only extends
    ("de", "Kommissar Janez Lenarčič sagte: „Wir helfen.“ Kommissar für Krisenmanagement Janez Lenarčič kam an.",
     [("Janez Lenarčič", "PERSON"), ("Janez Lenarčič", "PERSON")],
     [("Janez Lenarčič", "Kommissar für Krisenmanagement", None)]),
    ("en", "Commissioner Elisa Ferreira said: “We help.” Commissioner for Cohesion and Reforms Elisa Ferreira came.",
     [("Elisa Ferreira", "PERSON"), ("Elisa Ferreira", "PERSON")],
     [("Elisa Ferreira", "Commissioner for Cohesion and Reforms", None)]),
    ("nl", "Minister Jan Peeters zei: ‘Wij helpen.’ Minister van Werk Jan Peeters kwam aan.",
     [("Jan Peeters", "PERSON"), ("Jan Peeters", "PERSON")], [("Jan Peeters", "Minister van Werk", None)]),
    ("fr", "Le ministre Jean Dupont a dit : « Nous aidons. » Le ministre du Travail Jean Dupont est venu.",
     [("Jean Dupont", "PERSON"), ("Jean Dupont", "PERSON")], [("Jean Dupont", "ministre du Travail", None)]),
]
ORGANISATION_OPENING_THE_PHRASE = [  # a possessive or an acronym before the title is the organisation, apart
    ("en", "I'm David Theis, the World Bank's Press Secretary, and thank you.",
     [("David Theis", "PERSON"), ("World Bank", "ORG")], [("David Theis", "Press Secretary", "World Bank")]),
    ("en", "Mohamed ElBaradei, IAEA Director General from 1997 to 2009, attended.", [("Mohamed ElBaradei", "PERSON")],
     [("Mohamed ElBaradei", "Director General", "IAEA")]),
    ("nl", "Peter Hein van Mulligen, CBS hoofdeconoom, zei dat", [("Peter Hein van Mulligen", "PERSON")],
     [("Peter Hein van Mulligen", "hoofdeconoom", "CBS")]),
    ("de", "Georg Thiel, BKA Präsident, sagte", [("Georg Thiel", "PERSON")], [("Georg Thiel", "Präsident", "BKA")]),
]
PEOPLE_THE_RECOGNISER_MISSED = [  # a name opening a sentence before ", title"; a name read as an organisation
    ("de", "Die Zahlen liegen vor. Georg Thiel, Präsident des Statistischen Bundesamtes, stellte sie vor.", [],
     [("Georg Thiel", "Präsident des Statistischen Bundesamtes", "Statistischen Bundesamtes")]),
    ("nl", "Het geld komt er. Peter Kerris, gedeputeerde van Gelderland, is blij.", [],
     [("Peter Kerris", "gedeputeerde van Gelderland", None)]),
    ("en", "The Minister of Infrastructure, the Honourable Dominic LeBlanc, announced funding.",
     [("Honourable Dominic LeBlanc", "ORG")], [("Dominic LeBlanc", "Minister of Infrastructure", None)]),
    ("fr", "Le fonds est lancé. Mélanie Joly, ministre du Développement économique, a annoncé le fonds.", [],
     [("Mélanie Joly", "ministre du Développement économique", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         PLURAL_TITLE_LISTS + COUNTRY_OF_ANOTHER_OFFICE + ONE_POSITION_NAMED_TWICE
                         + ORGANISATION_OPENING_THE_PHRASE + PEOPLE_THE_RECOGNISER_MISSED)
def test_lists_countries_and_missed_people(language, text, items, expected):
    assert roles_of(text, language, items) == expected


PHRASES_IN_STRIPPED_OR_ABBREVIATED_TEXT = [  # two blanks part a phrase; "U.S." ends none
    ("en", "The Honorable Elaine L. Chao  Secretary  United States Department of Labor  200 Constitution Avenue",
     [("Elaine L. Chao", "PERSON")], [("Elaine L. Chao", "Secretary", None)]),
    ("en", "Bobby McDonagh, a former Irish ambassador to the U.S., said the deal was fair.",
     [("Bobby McDonagh", "PERSON"), ("U.S.", "LOC")],
     [("Bobby McDonagh", "former Irish ambassador to the U.S", "Ireland")]),
    ("de", "Die Rede hielt Anna Schmidt  Direktorin  Europäisches Institut  20 Hauptstraße",
     [("Anna Schmidt", "PERSON")],
     [("Anna Schmidt", "Direktorin", None)]),
    ("fr", "Jean Dupont, ancien ambassadeur français aux U.S.A., a dit", [("Jean Dupont", "PERSON")],
     [("Jean Dupont", "ancien ambassadeur français aux U.S.A", "France")]),
]
APPOSITIONS_IN_A_LIST_OF_PEOPLE = [  # each person keeps the phrase written after their name
    ("fr", "avec Mme Cécile Duflot, ministre de l'égalité des territoires, M. Manuel Valls, ministre de l'intérieur, "
           "et M. François Lamy, ministre délégué.",
     [("Cécile Duflot", "PERSON"), ("Manuel Valls", "PERSON"), ("François Lamy", "PERSON")],
     [("Cécile Duflot", "ministre de l'égalité des territoires", None),
      ("Manuel Valls", "ministre de l'intérieur", None), ("François Lamy", "ministre délégué", None)]),
    ("de", "neben dem Vize-Präsidenten Ueli Maurer, Bundesrätin Simonetta Sommaruga, Bundesrat Johann N. "
           "Schneider-Ammann und Bundesrat Ignazio Cassis",
     [("Ueli Maurer", "PERSON"), ("Simonetta Sommaruga", "PERSON"), ("Johann N. Schneider-Ammann", "PERSON"),
      ("Ignazio Cassis", "PERSON")],
     [("Ueli Maurer", "Vize-Präsident", None), ("Simonetta Sommaruga", "Bundesrätin", "Bundesrat"),
      ("Johann N. Schneider-Ammann", "Bundesrat", "Bundesrat"), ("Ignazio Cassis", "Bundesrat", "Bundesrat")]),
    ("en", "The Hon David Littleproud MP, Minister for Agriculture, and Senator Marise Payne spoke.",
     [("David Littleproud MP", "PERSON"), ("Marise Payne", "PERSON")],
     [("David Littleproud", "Minister for Agriculture", None), ("Marise Payne", "Senator", None)]),
    ("nl", "met Jan Peeters, directeur van het bureau, mevrouw Els Jansen, woordvoerster van de minister, en anderen",
     [("Jan Peeters", "PERSON"), ("Els Jansen", "PERSON")],
     [("Jan Peeters", "directeur van het bureau", None), ("Els Jansen", "woordvoerster van de minister", None)]),
]
NAMES_READ_AS_ORGANISATIONS = [  # a name the recogniser labelled otherwise, in apposition after a title
    ("fr", "la ministre chargée des Collectivités territoriales, Dominique Faure, et la secrétaire d'État chargée de "
           "la Ville, Sabrina Agresti-Roubache, rappellent",
     [("Dominique Faure", "ORG"), ("Sabrina Agresti-Roubache", "LOC")],
     [("Dominique Faure", "ministre chargée des Collectivités territoriales", None),
      ("Sabrina Agresti-Roubache", "secrétaire d'État chargée de la Ville", None)]),
    ("en", "The Minister of Health, Jane Philpott, announced funding.", [("Jane Philpott", "ORG")],
     [("Jane Philpott", "Minister of Health", None)]),
    ("nl", "De minister van Financiën, Wopke Hoekstra, reageerde.", [("Wopke Hoekstra", "ORG")],
     [("Wopke Hoekstra", "minister van Financiën", None)]),
    ("de", "und der Regierungspräsidentin des Kantons Zürich, Regine Aeppli, empfangen",
     [("Kantons Zürich", "LOC"), ("Regine Aeppli", "PERSON")],
     [("Regine Aeppli", "Regierungspräsidentin des Kantons Zürich", "Kantons Zürich")]),  # the place stays a place
]
REGIONS_AND_TENSE = [  # a region's adjective before a title; "toenmalig", "damalige" keep the status
    ("de", "Der CDU-Politiker folgt auf den hessischen Ministerpräsidenten Volker Bouffier.",
     [("Volker Bouffier", "PERSON")], [("Volker Bouffier", "Ministerpräsident", "Hessen")]),
    ("de", "Der Berliner Senator für Kultur und Europa, Dr. Klaus Lederer, erklärte.", [("Klaus Lederer", "PERSON")],
     [("Klaus Lederer", "Senator für Kultur und Europa", "Berlin")]),
    ("nl", "In 2021 maakte toenmalig onderwijsminister Arie Slob bekend dat er geld komt.", [("Arie Slob", "PERSON")],
     [("Arie Slob", "toenmalig onderwijsminister", None)]),
    ("nl", "Vlaams minister-president Jan Jambon zei", [("Jan Jambon", "PERSON")],
     [("Jan Jambon", "minister-president", "Vlaanderen")]),
]
MORE_TITLES = [  # titles of local and judicial offices, and speech verbs before ", title"
    ("nl", "Wethouder Jan de Vries opende het centrum.", [("Jan de Vries", "PERSON")],
     [("Jan de Vries", "Wethouder", None)]),
    ("fr", "L'échevine Marie Dubois a inauguré le centre.", [("Marie Dubois", "PERSON")],
     [("Marie Dubois", "échevine", None)]),
    ("de", "Landesrätin Anna Schmidt eröffnete das Zentrum.", [("Anna Schmidt", "PERSON")],
     [("Anna Schmidt", "Landesrätin", None)]),
    ("en", "Attorney General Alberto Gonzales took steps.", [("Alberto Gonzales", "PERSON")],
     [("Alberto Gonzales", "Attorney General", None)]),
    ("de", "„Das ist gut“, sagte Georg Thiel, Präsident des Statistischen Bundesamtes.", [],
     [("Georg Thiel", "Präsident des Statistischen Bundesamtes", "Statistischen Bundesamtes")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         PHRASES_IN_STRIPPED_OR_ABBREVIATED_TEXT + APPOSITIONS_IN_A_LIST_OF_PEOPLE
                         + NAMES_READ_AS_ORGANISATIONS + REGIONS_AND_TENSE + MORE_TITLES)
def test_appositions_regions_and_titles(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items", "expected"), [
    ("de", "Gabi Schwab, Schulleiterin der Volksschule, am Vormittag war es ruhig.", [("Gabi Schwab", "PERSON")],
     [("Gabi Schwab", "Schulleiterin der Volksschule", None)]),  # "am Vormittag" is a time, not a body
    ("de", "Das Büro des Ministers für Nationale Sicherheit Itamar Ben-Gvir teilte mit.",
     [("Itamar Ben-Gvir", "PERSON")],
     [("Itamar Ben-Gvir", "Minister für Nationale Sicherheit", None)]),  # the head title in its base form
    ("fr", "au lendemain d'un discours du président Vladimir Poutine. Le président russe Vladimir Poutine a confirmé",
     [("Vladimir Poutine", "PERSON"), ("Vladimir Poutine", "PERSON")], [("Vladimir Poutine", "président", "Russie")]),
    ("en", "Dear Secretary Chao, we are writing", [("Chao", "PERSON")], [("Chao", "Secretary", None)]),
])
def test_repairs_of_role_phrases(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items", "expected"), [  # an organisation is written next to the title
    ("en", "what help they are getting from FEMA     Senator Clinton said", [("FEMA", "ORG"), ("Clinton", "PERSON")],
     [("Clinton", "Senator", None)]),
    ("de", "Hilfe vom THW     Ministerin Anna Schmidt sagte", [("THW", "ORG"), ("Anna Schmidt", "PERSON")],
     [("Anna Schmidt", "Ministerin", None)]),
    ("nl", "steun van het CBS     minister Jan Peeters zei", [("CBS", "ORG"), ("Jan Peeters", "PERSON")],
     [("Jan Peeters", "minister", None)]),
    ("fr", "aide de l'ADEME     ministre Jean Dupont a dit", [("ADEME", "ORG"), ("Jean Dupont", "PERSON")],
     [("Jean Dupont", "ministre", None)]),
])
def test_organisation_across_a_gap_is_not_the_roles(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items", "expected"), [  # an organisation that ends a portfolio list
    ("en", "- Cabinet Secretary for Finance, Constitution and the Cabinet Office: Rebecca Evans MS\n",
     [("Cabinet Office", "ORG"), ("Rebecca Evans", "PERSON")],
     [("Rebecca Evans", "Cabinet Secretary for Finance, Constitution and the Cabinet Office", None)]),
    ("nl", "- Minister van Financiën, Economie en de Nationale Bank: Jan Peeters\n",
     [("Nationale Bank", "ORG"), ("Jan Peeters", "PERSON")],
     [("Jan Peeters", "Minister van Financiën, Economie en de Nationale Bank", None)]),
    ("fr", "- Ministre des Finances, du Budget et de la Caisse des Dépôts : Jean Dupont\n",
     [("Caisse des Dépôts", "ORG"), ("Jean Dupont", "PERSON")],
     [("Jean Dupont", "Ministre des Finances, du Budget et de la Caisse des Dépôts", None)]),
    ("de", "- Minister für Finanzen, Wirtschaft und der Landesbank: Hans Muster\n",
     [("Landesbank", "ORG"), ("Hans Muster", "PERSON")],
     [("Hans Muster", "Minister für Finanzen, Wirtschaft und der Landesbank", None)]),
    ("en", "Jane Doe, Head of Unit at the Ministry of Finance and the Treasury, said",  # no list: "and" joins one body
     [("Jane Doe", "PERSON"), ("Ministry of Finance", "ORG"), ("Treasury", "ORG")],
     [("Jane Doe", "Head of Unit", "Ministry of Finance and the Treasury")]),
])
def test_an_organisation_ending_a_portfolio_list_is_no_role_organisation(language, text, items, expected):
    assert roles_of(text, language, items) == expected


SECOND_POSITION_AFTER_A_TITLED_NAME = [  # "Title X, Title of Y": one person, two positions
    ("de", "gemeinsam mit Bundesrätin Doris Leuthard, Vorsteherin des Eidgenössischen Departements für Umwelt, "
           "Verkehr, Energie und Kommunikation (UVEK), im Quartier", [("Doris Leuthard", "PERSON"), ("UVEK", "ORG")],
     [("Doris Leuthard", "Bundesrätin", None),
      ("Doris Leuthard", "Vorsteherin des Eidgenössischen Departements für Umwelt, Verkehr, Energie und "
                         "Kommunikation",
       "Eidgenössischen Departements für Umwelt, Verkehr, Energie und Kommunikation")]),
    ("nl", "Samen met minister Wopke Hoekstra, vicepremier van het kabinet, bezocht hij de haven.",
     [("Wopke Hoekstra", "PERSON")],
     [("Wopke Hoekstra", "minister", None), ("Wopke Hoekstra", "vicepremier van het kabinet", None)]),
    ("en", "Senator John Smith, Chairman of the Armed Services Committee, said.",
     [("John Smith", "PERSON"), ("Armed Services Committee", "ORG")],
     [("John Smith", "Chairman", "Armed Services Committee"), ("John Smith", "Senator", None)]),
    ("fr", "le ministre Jean Dupont, président du conseil régional, a déclaré", [("Jean Dupont", "PERSON")],
     [("Jean Dupont", "ministre", None), ("Jean Dupont", "président du conseil régional", None)]),
    # the title after the comma opens the next person's name: theirs
    ("de", "Bundeskanzler Olaf Scholz, Präsident Emmanuel Macron und Ministerpräsident Mario Draghi reisten.",
     [("Olaf Scholz", "PERSON"), ("Emmanuel Macron", "PERSON"), ("Mario Draghi", "PERSON")],
     [("Emmanuel Macron", "Präsident", None), ("Mario Draghi", "Ministerpräsident", None),
      ("Olaf Scholz", "Bundeskanzler", None)]),
    ("en", "in presence of Vice Minister of MoHRSS, Mr You Jun, Ambassador of the European Union to China, Mr Nicolas "
           "Chapuis, and others", [("MoHRSS", "ORG"), ("You Jun", "PERSON"), ("European Union", "ORG"),
                                   ("Nicolas Chapuis", "PERSON")],
     [("Nicolas Chapuis", "Ambassador of the European Union to China", "European Union"),
      ("You Jun", "Vice Minister", "MoHRSS")]),
    ("en", "Ten years ago, Senator John Chafee and Senator Rockefeller, Senator Kennedy and I, began.",
     [("John Chafee", "PERSON"), ("Rockefeller", "PERSON")],
     [("John Chafee", "Senator", None), ("Kennedy", "Senator", None), ("Rockefeller", "Senator", None)]),
]

PERIOD_AFTER_THE_VERB = [  # "X ist seit März 2020 Generaldirektor der Y": the period between the verb and the title
    ("nl", "Pieter Duisenberg is sinds 1 september 2023 president van de Algemene Rekenkamer.",
     [("Pieter Duisenberg", "PERSON"), ("Algemene Rekenkamer", "ORG")],
     [("Pieter Duisenberg", "president", "Algemene Rekenkamer", "2023-09-01")]),
    ("nl", "Jan de Vries wordt per 1 januari 2024 directeur van het Rijksmuseum.",
     [("Jan de Vries", "PERSON"), ("Rijksmuseum", "ORG")],
     [("Jan de Vries", "directeur", "Rijksmuseum", "2024-01-01")]),
    ("de", "Tobias Thomas ist seit März 2020 Generaldirektor der Statistik Austria.",
     [("Tobias Thomas", "PERSON"), ("Statistik Austria", "ORG")],
     [("Tobias Thomas", "Generaldirektor", "Statistik Austria", "2020-03")]),
    ("en", "Jane Smith has been since 2019 the Director of the Office of Management and Budget.",
     [("Jane Smith", "PERSON"), ("Office of Management and Budget", "ORG")],
     [("Jane Smith", "Director", "Office of Management and Budget", "2019")]),
    ("fr", "Marie Dupont est depuis 2019 directrice générale de l'Agence.",
     [("Marie Dupont", "PERSON"), ("Agence", "ORG")], [("Marie Dupont", "directrice générale", "Agence", "2019")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PERIOD_AFTER_THE_VERB)
def test_period_after_the_verb(language, text, items, expected):
    mentions = []
    for surface, label in items:
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, label))
    mentions, entities = cluster_mentions(text, mentions)
    roles = extract_roles(text, mentions, entities, language)
    assert [(r.person, r.role, r.organization, r.since) for r in roles] == expected


SUBJECT_AFTER_THE_VERB = [  # verb-second languages: "wurde X neuer Chef der Y"; not in English or French
    ("de", "Als weiterer Staatssekretär wurde Clemens Hoch neuer Chef der Staatskanzlei.",
     [("Clemens Hoch", "PERSON"), ("Staatskanzlei", "ORG")],
     [("Clemens Hoch", "Chef", "Staatskanzlei"), ("Clemens Hoch", "Staatssekretär", None)]),
    ("nl", "Vorig jaar werd Jan Jansen voorzitter van de Raad van Toezicht.",
     [("Jan Jansen", "PERSON"), ("Raad van Toezicht", "ORG")], [("Jan Jansen", "voorzitter", "Raad van Toezicht")]),
    ("de", "Gestern war Peter Müller Gast bei der Veranstaltung.", [("Peter Müller", "PERSON")], []),
    ("en", "The winner was John Smith Director of Nothing.", [("John Smith", "PERSON")], []),
]

CONTACT_BLOCKS = [  # a name alone on its line, a blank line, the line of its title
    ("nl", "Contact:\n\nAidas Palubinskas\n\nPersvoorlichter\n\nKantoor: +352 4398",
     [("Aidas Palubinskas", "PERSON")], [("Aidas Palubinskas", "Persvoorlichter", None)]),
    ("de", "Pressekontakt:\n\nAnna Muster\n\nPressesprecherin\n\nTelefon: 030 1234", [("Anna Muster", "PERSON")],
     [("Anna Muster", "Pressesprecherin", None)]),
    ("en", "Press contact:\n\nJane Doe\n\nSpokesperson for Trade\n\nPhone: +32 2 555", [("Jane Doe", "PERSON")],
     [("Jane Doe", "Spokesperson for Trade", None)]),
    ("fr", "Contact presse :\n\nClaire Martin\n\nPorte-parole\n\nTél. : 01 23", [("Claire Martin", "PERSON")],
     [("Claire Martin", "Porte-parole", None)]),
    # a sentence after the blank line is no title line
    ("en", "The report was published today.\n\nJane Doe\n\nDirector of the Agency said the results were good.",
     [("Jane Doe", "PERSON")], []),
]

NAMES_AROUND_A_TITLE = [  # honorifics, a place after "van", a date read into the name, a portfolio in brackets
    ("de", "Staatssekretärin Dr. Jutta Allmendinger und Staatssekretär Prof. Dr. Hans Müller nahmen teil.", [],
     [("Hans Müller", "Staatssekretär", None), ("Jutta Allmendinger", "Staatssekretärin", None)]),
    ("nl", "Directeur prof. dr. ir. Jan Jansen opende het symposium.", [], [("Jan Jansen", "Directeur", None)]),
    ("nl", "Burgemeester Femke Halsema van Amsterdam is blij met het besluit.", [("Amsterdam", "LOC")],
     [("Femke Halsema", "Burgemeester", "Amsterdam")]),  # the place after the name: a local office's
    ("de", "Bürgermeister Michael Müller von Berlin eröffnete die Messe.", [("Berlin", "LOC")],
     [("Michael Müller", "Bürgermeister", "Berlin")]),
    ("de", "nachdem Staatsminister Klaus-Peter Murawski Anfang September in den Ruhestand getreten ist.",
     [("Klaus-Peter Murawski Anfang September", "PERSON")], [("Klaus-Peter Murawski", "Staatsminister", None)]),
    ("nl", "Angelique Berg (directeur-generaal Volksgezondheid) lichtte het plan toe.",
     [("Angelique Berg", "PERSON"), ("Volksgezondheid", "PERSON")],
     [("Angelique Berg", "directeur-generaal Volksgezondheid", None)]),
    ("en", "Jane Doe (Director General Health) presented the plan.", [("Jane Doe", "PERSON"), ("Health", "PERSON")],
     [("Jane Doe", "Director General Health", None)]),
]

PEOPLE_BEFORE_A_COPULA_OR_AFTER_A_SPEAKER = [  # names the recogniser missed
    ("nl", "Pieter Duisenberg is sinds 1 september 2023 president van de Algemene Rekenkamer.",
     [("Algemene Rekenkamer", "ORG")], [("Pieter Duisenberg", "president", "Algemene Rekenkamer")]),
    ("de", "Tobias Thomas ist seit März 2020 Generaldirektor der Statistik Austria.", [("Statistik Austria", "ORG")],
     [("Tobias Thomas", "Generaldirektor", "Statistik Austria")]),
    ("fr", "Marie Dupont est directrice générale de l'Agence.", [("Agence", "ORG")],
     [("Marie Dupont", "directrice générale", "Agence")]),
    ("nl", "Volgens Jan de Vries, directeur van Staatsbosbeheer, is dit een goede stap.", [],
     [("Jan de Vries", "directeur van Staatsbosbeheer", None)]),
    ("de", "Laut Peter Schmidt, Präsident des Landesamtes, ist das ein gutes Ergebnis.", [],
     [("Peter Schmidt", "Präsident des Landesamtes", "Landesamtes")]),
    ("fr", "Selon Marie Dupont, directrice de l'agence, les résultats sont bons.", [],
     [("Marie Dupont", "directrice de l'agence", None)]),
    # a headline is never a role
    ("de", "China-Netzwerk: Mutmaßlicher Spion ist Chef einer Automobilfirma in China\nText", [], []),
    # a label line: a title, a colon, a name alone (two positions joined by "and")
    ("en", "Appointments:\n- Deputy First Minister and Cabinet Secretary for Climate Change and Rural Affairs: Huw "
           "Irranca-Davies MS\n- Minister for Culture: Jane Hutt MS", [],
     [("Huw Irranca-Davies", "Cabinet Secretary for Climate Change and Rural Affairs", None),
      ("Huw Irranca-Davies", "Deputy First Minister", None), ("Jane Hutt", "Minister for Culture", None)]),
    ("de", "Kontakt:\nPressesprecherin: Anna Muster\nTelefon: 0123", [], [("Anna Muster", "Pressesprecherin", None)]),
    ("nl", "Contact:\nwoordvoerder: Jan Jansen\nTelefoon: 070 123", [], [("Jan Jansen", "woordvoerder", None)]),
    ("fr", "Contact :\nporte-parole : Claire Martin\nTél. : 01 23", [], [("Claire Martin", "porte-parole", None)]),
    ("en", "Note: The Committee met today.\nSubject: Budget Review", [], []),
    # a modifier the recogniser took for a name is none
    ("en", "- Counsel General Designate: Elisabeth Jones", [("Designate", "PERSON"), ("Elisabeth Jones", "PERSON")],
     [("Elisabeth Jones", "Counsel General Designate", None)]),
]

TITLES_OF_THE_LANGUAGE_DATA = [  # Dutch and German titles, modifiers and plurals
    ("nl", "Korpschef Henk van Essen reageerde.", [], [("Henk van Essen", "Korpschef", None)]),
    ("nl", "De Tweede Kamerleden Joris Thijssen en Lammert van Raan bezochten het instituut.", [],
     [("Joris Thijssen", "Kamerlid", None), ("Lammert van Raan", "Kamerlid", None)]),
    ("nl", "De gedeputeerden Peter Kerris en Christianne van der Wal tekenden.", [],
     [("Christianne van der Wal", "gedeputeerde", None), ("Peter Kerris", "gedeputeerde", None)]),
    ("de", "Parlamentarische Staatssekretärin Rita Schwarzelühr-Sutter eröffnete die Konferenz.", [],
     [("Rita Schwarzelühr-Sutter", "Parlamentarische Staatssekretärin", None)]),
    ("de", "Erster Bürgermeister Peter Tschentscher empfing die Gäste.", [],
     [("Peter Tschentscher", "Erster Bürgermeister", None)]),
    ("de", "Die Landesräte Stefan Kaineder und Markus Achleitner waren anwesend.", [],
     [("Markus Achleitner", "Landesrat", None), ("Stefan Kaineder", "Landesrat", None)]),
    ("de", "Die Ministerialdirektorin Inge Degen leitet künftig die Abteilung.", [],
     [("Inge Degen", "Ministerialdirektorin", None)]),
    ("de", "Das Land schneidet in puncto Fahrradfreundlichkeit eher nicht so gut ab.", [], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         SECOND_POSITION_AFTER_A_TITLED_NAME + SUBJECT_AFTER_THE_VERB + CONTACT_BLOCKS
                         + NAMES_AROUND_A_TITLE + PEOPLE_BEFORE_A_COPULA_OR_AFTER_A_SPEAKER
                         + TITLES_OF_THE_LANGUAGE_DATA)
def test_forms_of_dutch_and_german_releases(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


@pytest.mark.parametrize(("text", "items", "expected"), [  # a capitalised word right after a name is no portfolio
    ("Reps. Slaughter, Higgins Urge President Bush to Compensate Workers",
     [("Slaughter", "PERSON"), ("Higgins", "PERSON"), ("Bush", "PERSON")], [("Bush", "President", None)]),
    ("Senators Reid and Durbin Ask Secretary Rice to Testify",
     [("Reid", "PERSON"), ("Durbin", "PERSON"), ("Rice", "PERSON")],
     [("Reid", "Senator", None), ("Durbin", "Senator", None), ("Rice", "Secretary", None)]),
    ("He met Māori Development Minister Willie Jackson today.", [("Willie Jackson", "PERSON")],
     [("Willie Jackson", "Māori Development Minister", None)]),
])
def test_a_word_after_a_name_is_no_portfolio(text, items, expected):
    assert roles_of(text, "en", items) == expected


AND_BEFORE_THE_TITLE = [  # punctuation stripped to blanks: "and" after the gap starts the next person's title
    ("en", "Senator Edward Kennedy  Ranking Member of the Senate Health Committee  and Senator Joe Lieberman said",
     [("Edward Kennedy", "PERSON"), ("Senate Health Committee", "ORG"), ("Joe Lieberman", "PERSON")],
     ("Joe Lieberman", "Senator", None)),
    ("nl", "Minister Petra De Sutter  voorzitter van de Raad van Bestuur  en minister Vincent Van Peteghem zei",
     [("Petra De Sutter", "PERSON"), ("Raad van Bestuur", "ORG"), ("Vincent Van Peteghem", "PERSON")],
     ("Vincent Van Peteghem", "minister", None)),
    ("fr", "La ministre Anne Dupont  présidente du Conseil régional  et ministre Jean Martin a dit",
     [("Anne Dupont", "PERSON"), ("Conseil régional", "ORG"), ("Jean Martin", "PERSON")],
     ("Jean Martin", "ministre", None)),
    ("de", "Ministerin Anne Spiegel  Vorsitzende des Bundesrates  und Minister Clemens Hoch sagte",
     [("Anne Spiegel", "PERSON"), ("Bundesrates", "ORG"), ("Clemens Hoch", "PERSON")],
     ("Clemens Hoch", "Minister", None)),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), AND_BEFORE_THE_TITLE)
def test_and_after_a_gap_opens_the_next_title(language, text, items, expected):
    assert expected in roles_of(text, language, items)


BRACKET_BEFORE_AN_APPOSITION = [  # a caption's position or a party in brackets between a name and its apposition
    ("nl", "Op de foto: Jan Jansen (links), directeur van Natuurmonumenten, en gedeputeerde Peter Kerris.",
     [("Jan Jansen", "PERSON"), ("Natuurmonumenten", "ORG"), ("Peter Kerris", "PERSON")],
     [("Jan Jansen", "directeur", "Natuurmonumenten"), ("Peter Kerris", "gedeputeerde", None)]),
    ("nl", "Jan Jansen (VVD), directeur van Natuurmonumenten, sprak.",
     [("Jan Jansen", "PERSON"), ("VVD", "ORG"), ("Natuurmonumenten", "ORG")],
     [("Jan Jansen", "directeur", "Natuurmonumenten")]),
    ("en", "Pictured: Jane Doe (left), Director of the Budget Office.",
     [("Jane Doe", "PERSON"), ("Budget Office", "ORG")],
     [("Jane Doe", "Director", "Budget Office")]),
    ("fr", "Paul Durand (PS), maire de Lyon, a dit.", [("Paul Durand", "PERSON"), ("PS", "ORG"), ("Lyon", "LOC")],
     [("Paul Durand", "maire", "Lyon")]),
    ("de", "Malu Dreyer (SPD), Ministerpräsidentin von Rheinland-Pfalz, sagte das.",
     [("Malu Dreyer", "PERSON"), ("SPD", "ORG"), ("Rheinland-Pfalz", "LOC")],
     [("Malu Dreyer", "Ministerpräsidentin", "Rheinland-Pfalz")]),
    # other words in brackets are no caption nor party
    ("nl", "Jan Jansen (foto), directeur van Natuurmonumenten, sprak.", [("Jan Jansen", "PERSON")], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), BRACKET_BEFORE_AN_APPOSITION)
def test_bracket_before_an_apposition(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)
