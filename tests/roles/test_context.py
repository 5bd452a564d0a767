"""Organisations the context of a role implies (``pipeline.roles.context``): the release's government or country
for a national office, titles that name their body, demonyms that are no country; mentions are given."""

from __future__ import annotations

import pytest

from pipeline.entities.clusters import city_countries
from pipeline.roles.patterns import city_country
from tests.roles.test_extract import roles_of

# a national office the sentence gives no country: the government the header names
HEADER_GOVERNMENT = [
    ("en", "Welsh Government\nNew funding announced\nFirst Minister Jane Roe said: we will deliver.",
     [("Welsh Government", "ORG"), ("Jane Roe", "PERSON")], [("Jane Roe", "First Minister", "Welsh Government")]),
    ("en", "Press release\n\nThe press release issued by the Scottish Government on 16 October 2022.\n\n"
           "More funding for nature.\n\nMinister John Doe said:",
     [("Scottish Government", "ORG"), ("John Doe", "PERSON")], [("John Doe", "Minister", "Scottish Government")]),
    ("nl", "Vlaamse Regering\nNieuwe steun voor scholen\nMinister Jan Peeters zei dat de steun komt.",
     [("Vlaamse Regering", "ORG"), ("Jan Peeters", "PERSON")], [("Jan Peeters", "Minister", "Vlaamse Regering")]),
    ("fr", "Gouvernement wallon\nCommuniqué\nLa ministre Anne Dupont a annoncé un soutien.",
     [("Gouvernement wallon", "ORG"), ("Anne Dupont", "PERSON")], [("Anne Dupont", "ministre", "Gouvernement wallon")]),
    ("de", "Landesregierung Brandenburg\nPressemitteilung\nMinisterin Anna Muster sagte heute zu.",
     [("Landesregierung Brandenburg", "ORG"), ("Anna Muster", "PERSON")],
     [("Anna Muster", "Ministerin", "Landesregierung Brandenburg")]),
]

# a name that several bodies bear (a shared name of the alias table) does not name the publisher's government
SHARED_GOVERNMENT_NAME = [
    ("de", "Landesregierung\nPressemitteilung\nMinisterin Anna Muster sagte heute zu.",
     [("Landesregierung", "ORG"), ("Anna Muster", "PERSON")], [("Anna Muster", "Ministerin", None)]),
]

# ... or the one country (or governed region) the release names, by name, at least twice
DOCUMENT_COUNTRY = [
    ("en", "Cabinet changes\nWales will get new funding. The people of Wales deserve it.\n"
           "- Minister for Social Care: Dawn Roe MS\n",
     [("Wales", "LOC"), ("Wales", "LOC"), ("Dawn Roe", "PERSON")], [("Dawn Roe", "Minister for Social Care", "Wales")]),
    ("nl", "Nederland geeft 10 miljoen euro. Dat heeft minister Kaag vrijdag aangekondigd. "
           "Nederland is mede-organisator.",
     [("Nederland", "LOC"), ("Kaag", "PERSON"), ("Nederland", "LOC")], [("Kaag", "minister", "Nederland")]),
    ("fr", "Le Luxembourg soutient le projet. Le ministre Jean Asselborn a signé l'accord hier. "
           "Le Luxembourg versera 2 millions.",
     [("Luxembourg", "LOC"), ("Jean Asselborn", "PERSON"), ("Luxembourg", "LOC")],
     [("Jean Asselborn", "ministre", "Luxembourg")]),
    ("de", "Österreich beteiligt sich weiter. Bundesminister Hans Muster betonte die Rolle des Heeres. "
           "Österreich stellt 200 Soldaten.",
     [("Österreich", "LOC"), ("Hans Muster", "PERSON"), ("Österreich", "LOC")],
     [("Hans Muster", "Bundesminister", "Österreich")]),
]

# a visit: the guest's country is bound to the guest's title, the host's capital counts for the host's country
VISIT = [
    ("de", "Bern, 21.09.2009\n\nDer Präsident der Russischen Föderation kam nach Bern. Die Schweiz und Russland "
           "unterzeichneten Abkommen.\n\nBundespräsident Hans Muster empfing ihn.",
     [("Bern", "LOC"), ("Russischen Föderation", "LOC"), ("Bern", "LOC"), ("Schweiz", "LOC"), ("Russland", "LOC"),
      ("Hans Muster", "PERSON")], [("Hans Muster", "Bundespräsident", "Schweiz")]),
    ("en", "London, 3 May 2021\n\nThe President of France came to London. The UK and France signed a treaty.\n\n"
           "The Minister Jane Roe welcomed him.",
     [("London", "LOC"), ("France", "LOC"), ("London", "LOC"), ("UK", "LOC"), ("France", "LOC"),
      ("Jane Roe", "PERSON")], [("Jane Roe", "Minister", "UK")]),
]

# no country: two countries as often named, a country named once, or only a demonym ("Belgische experten")
NO_DOCUMENT_COUNTRY = [
    ("en", "The UK and the US signed a deal. UK firms and US firms gain.\n\nScience Minister Jane Roe said:",
     [("UK", "LOC"), ("US", "LOC"), ("UK", "LOC"), ("US", "LOC"), ("Jane Roe", "PERSON")],
     [("Jane Roe", "Minister", None)]),
    ("nl", "Belgische experten helpen. De Belgische aanpak werkt.\n\nMinister De Block: ‘Onze aanpak werkt.’",
     [("De Block", "PERSON")], [("De Block", "Minister", None)]),
    ("fr", "La France et l'Allemagne coopèrent. La France et l'Allemagne aident.\n\nLe ministre Jean Dupont a déclaré.",
     [("France", "LOC"), ("Allemagne", "LOC"), ("France", "LOC"), ("Allemagne", "LOC"), ("Jean Dupont", "PERSON")],
     [("Jean Dupont", "ministre", None)]),
    ("de", "Deutschland und Frankreich beraten. Deutschland und Frankreich einigen sich.\n\n"
           "Bundesminister Hans Muster begrüßte das.",
     [("Deutschland", "LOC"), ("Frankreich", "LOC"), ("Deutschland", "LOC"), ("Frankreich", "LOC"),
      ("Hans Muster", "PERSON")], [("Hans Muster", "Bundesminister", None)]),
]

# a title that names its body even where the text does not
OWN_ORGANISATION = [
    ("en", "MEP Jane Doe said the vote matters.", [("Jane Doe", "PERSON")],
     [("Jane Doe", "MEP", "European Parliament")]),
    ("nl", "Europarlementariër Kathleen Van Brempt zei dat het moet.", [("Kathleen Van Brempt", "PERSON")],
     [("Kathleen Van Brempt", "Europarlementariër", "Europees Parlement")]),
    ("nl", "Eurocommissaris Frans Timmermans zei dat het kan.", [("Frans Timmermans", "PERSON")],
     [("Frans Timmermans", "Eurocommissaris", "Europese Commissie")]),
    ("fr", "L'eurodéputée Nathalie Loiseau a déclaré que", [("Nathalie Loiseau", "PERSON")],
     [("Nathalie Loiseau", "eurodéputée", "Parlement européen")]),
    ("fr", "Le commissaire européen Thierry Breton a déclaré que", [("Thierry Breton", "PERSON")],
     [("Thierry Breton", "commissaire européen", "Commission européenne")]),
    ("de", "EU-Kommissarin Stella Kyriakides sagte, dass", [("Stella Kyriakides", "PERSON")],
     [("Stella Kyriakides", "EU-Kommissarin", "Europäische Kommission")]),
    ("de", "Europaabgeordnete Katarina Barley sagte, dass", [("Katarina Barley", "PERSON")],
     [("Katarina Barley", "Europaabgeordnete", "Europäisches Parlament")]),
]

# a title compounded with (or written after) the head word of an organisation the release names
COMPOUND = [
    ("en", "Commission Vice-President Margrethe Vestager said the European Commission would act.",
     [("Margrethe Vestager", "PERSON"), ("European Commission", "ORG")],
     [("Margrethe Vestager", "Vice-President", "European Commission")]),
    ("en", "Transport Secretary Jane Roe said the Department for Transport would act.",  # no organisation word
     [("Jane Roe", "PERSON"), ("Department for Transport", "ORG")], [("Jane Roe", "Secretary", None)]),
    ("nl", "Kamervoorzitter Vera Bergkamp zei dat de Tweede Kamer beslist.",
     [("Vera Bergkamp", "PERSON"), ("Tweede Kamer", "ORG")], [("Vera Bergkamp", "Kamervoorzitter", "Tweede Kamer")]),
    ("nl", "Rekenkamerpresident Arno Visser zei dat de Algemene Rekenkamer onderzoekt.",
     [("Arno Visser", "PERSON"), ("Algemene Rekenkamer", "ORG")],
     [("Arno Visser", "Rekenkamerpresident", "Algemene Rekenkamer")]),
    ("de", "Parlamentspräsident David Sassoli sagte, das Europäische Parlament werde handeln.",
     [("David Sassoli", "PERSON"), ("Europäische Parlament", "ORG")],
     [("David Sassoli", "Parlamentspräsident", "Europäische Parlament")]),
    ("de", "Bundestagsabgeordnete Anna Muster sagte, der Deutsche Bundestag berät.",
     [("Anna Muster", "PERSON"), ("Deutsche Bundestag", "ORG")],
     [("Anna Muster", "Bundestagsabgeordnete", "Deutsche Bundestag")]),
    ("de", "Verkehrsminister Hans Muster sagte, das Bundesministerium für Verkehr werde handeln.",
     [("Hans Muster", "PERSON"), ("Bundesministerium für Verkehr", "ORG")],
     [("Hans Muster", "Verkehrsminister", None)]),
    # of the names ending in the head, one the alias table knows, else the head itself: not another body's name
    ("en", "Senate Democratic Leader Harry Reid released a statement on the Republican Senate's rejection.",
     [("Senate", "ORG"), ("Harry Reid", "PERSON"), ("Republican Senate", "ORG")],
     [("Harry Reid", "Democratic Leader", "Senate")]),
    ("en", "Senate Republican Leader Mitch McConnell spoke on the floor of the U.S. Senate and the Republican Senate.",
     [("Senate", "ORG"), ("Mitch McConnell", "PERSON"), ("U.S. Senate", "ORG"), ("Republican Senate", "ORG")],
     [("Mitch McConnell", "Republican Leader", "U.S. Senate")]),
]

# a title that names its body before the title the role keeps
TITLE_BEFORE = [
    ("en", "European Commissioner Jane Doe said", [("Jane Doe", "PERSON")],
     [("Jane Doe", "Commissioner", "European Commission")]),
    ("en", "Police Commissioner Jane Doe said", [("Jane Doe", "PERSON")], [("Jane Doe", "Commissioner", None)]),
    ("nl", "Kamerlid Jan Peeters zei dat de Tweede Kamer beslist.",
     [("Jan Peeters", "PERSON"), ("Tweede Kamer", "ORG")],
     [("Jan Peeters", "Kamerlid", "Tweede Kamer")]),
    ("nl", "Kamerlid Jan Peeters zei het.", [("Jan Peeters", "PERSON")], [("Jan Peeters", "Kamerlid", None)]),
    ("nl", "Europees Commissaris Frans Timmermans zei", [("Frans Timmermans", "PERSON")],
     [("Frans Timmermans", "Europees Commissaris", "Europese Commissie")]),
]

# a demonym inside a person's name names no country
DEMONYM_IN_A_NAME = [
    ("nl", "Minister Frans Weekers zei dat het kan.", [("Frans Weekers", "PERSON")],
     [("Frans Weekers", "Minister", None)]),
    ("en", "Minister Irish Murphy said it works.", [("Irish Murphy", "PERSON")], [("Irish Murphy", "Minister", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         HEADER_GOVERNMENT + SHARED_GOVERNMENT_NAME + DOCUMENT_COUNTRY + VISIT + NO_DOCUMENT_COUNTRY
                         + OWN_ORGANISATION + COMPOUND + TITLE_BEFORE + DEMONYM_IN_A_NAME)
def test_implied_organisations(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items", "expected"), [
    ("en", "Albert Doe, Federal Councillor, met the UK delegation. Switzerland and the UK agreed.",
     [("Albert Doe", "PERSON"), ("UK", "LOC"), ("Switzerland", "LOC"), ("UK", "LOC")],
     [("Albert Doe", "Federal Councillor", "Switzerland")]),
])
def test_federal_councillor_is_swiss(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items", "expected"), [  # "of" a governed region ends the role phrase
    ("en", "Mark Drakeford, First Minister of Wales, said", [("Mark Drakeford", "PERSON"), ("Wales", "LOC")],
     [("Mark Drakeford", "First Minister", "Wales")]),
    ("nl", "Jan Jambon, minister-president van Vlaanderen, zei", [("Jan Jambon", "PERSON"), ("Vlaanderen", "LOC")],
     [("Jan Jambon", "minister-president", "Vlaanderen")]),
    ("fr", "Elio Di Rupo, ministre-président de la Wallonie, a déclaré",
     [("Elio Di Rupo", "PERSON"), ("Wallonie", "LOC")],
     [("Elio Di Rupo", "ministre-président", "Wallonie")]),
    ("de", "Markus Söder, Ministerpräsident von Bayern, sagte", [("Markus Söder", "PERSON"), ("Bayern", "LOC")],
     [("Markus Söder", "Ministerpräsident", "Bayern")]),
])
def test_a_governed_region_after_the_title(language, text, items, expected):
    assert roles_of(text, language, items) == expected


@pytest.mark.parametrize(("language", "text", "items", "expected"), [  # a federal title: the cities' country
    ("de", "Wien (OTS) - Bundesminister Martin Kocher sagte heute in Wien, dass Graz und Linz profitieren.",
     [("Wien", "LOC"), ("Martin Kocher", "PERSON"), ("Wien", "LOC"), ("Graz", "LOC"), ("Linz", "LOC")],
     [("Martin Kocher", "Bundesminister", "Österreich")]),
    ("de", "Berlin - Bundesministerin Nancy Faeser sagte in Berlin und Hamburg.",
     [("Berlin", "LOC"), ("Nancy Faeser", "PERSON"), ("Berlin", "LOC"), ("Hamburg", "LOC")],
     [("Nancy Faeser", "Bundesministerin", "Deutschland")]),
    ("de", "Mainz - Ministerin Anna Muster sagte in Mainz und Trier.",  # no federal title: a Land's minister
     [("Mainz", "LOC"), ("Anna Muster", "PERSON"), ("Mainz", "LOC"), ("Trier", "LOC")],
     [("Anna Muster", "Ministerin", None)]),
])
def test_a_federal_office_takes_the_country_of_the_releases_cities(language, text, items, expected):
    assert roles_of(text, language, items) == expected


# a one-word surname before "van" and a portfolio: the portfolio is no part of the name (a minister's only)
PORTFOLIO_AFTER_A_ONE_WORD_NAME = [
    ("nl", "Dat schrijft minister Ollongren van Binnenlandse Zaken aan de Tweede Kamer.",
     [("Ollongren van Binnenlandse Zaken", "PERSON"), ("Tweede Kamer", "ORG")],
     [("Ollongren", "minister van Binnenlandse Zaken", None)]),
    ("nl", "Minister Grapperhaus van Justitie en Veiligheid opende het gebouw.",
     [("Grapperhaus van Justitie", "PERSON")], [("Grapperhaus", "Minister van Justitie en Veiligheid", None)]),
    # a surname after "van" is one word; two people joined by "en" are no portfolio list
    ("nl", "Minister Cora van Nieuwenhuizen opende het gebouw.", [("Cora van Nieuwenhuizen", "PERSON")],
     [("Cora van Nieuwenhuizen", "Minister", None)]),
    ("nl", "Minister Cora van Dijk en Jan de Vries openden het gebouw.", [("Cora van Dijk", "PERSON")],
     [("Cora van Dijk", "Minister", None)]),
    ("nl", "Directeur Peter van Mulligen van Statistiek opende het gebouw.", [("Peter van Mulligen", "PERSON")],
     [("Peter van Mulligen", "Directeur", None)]),
    # the other languages write the portfolio before the name ("Minister for Finance Jane Doe"): names stay whole
    ("en", "Minister for Finance Paschal Donohoe and Minister Simon Coveney spoke.",
     [("Paschal Donohoe", "PERSON"), ("Simon Coveney", "PERSON")],
     [("Paschal Donohoe", "Minister for Finance", None), ("Simon Coveney", "Minister", None)]),
    ("fr", "Le ministre Jean Van Den Berg a parlé.", [("Jean Van Den Berg", "PERSON")],
     [("Jean Van Den Berg", "ministre", None)]),
    ("de", "Bundesminister Olaf von Scholz Finanzen sprach.", [("Olaf von Scholz", "PERSON")],
     [("Olaf von Scholz", "Bundesminister", None)]),
]

# the plurals of a head of government: every name of the list holds the singular title
HEADS_OF_GOVERNMENT_LISTED = [
    ("nl", "De minister-presidenten Jan Jambon en Mark Rutte kwamen digitaal samen.", [],
     [("Jan Jambon", "minister-president", None), ("Mark Rutte", "minister-president", None)]),
    ("en", "The First Ministers Mark Drakeford and Nicola Sturgeon met in Cardiff.",
     [("Mark Drakeford", "PERSON"), ("Nicola Sturgeon", "PERSON"), ("Cardiff", "LOC")],
     [("Mark Drakeford", "First Minister", None), ("Nicola Sturgeon", "First Minister", None)]),
    ("fr", "Les ministres-présidents Elio Di Rupo et Jan Jambon se sont rencontrés.",
     [("Elio Di Rupo", "PERSON"), ("Jan Jambon", "PERSON")],
     [("Elio Di Rupo", "ministre-président", None), ("Jan Jambon", "ministre-président", None)]),
    ("de", "Die Ministerpräsidenten Malu Dreyer und Winfried Kretschmann trafen sich.", [],
     [("Malu Dreyer", "Ministerpräsident", None), ("Winfried Kretschmann", "Ministerpräsident", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         PORTFOLIO_AFTER_A_ONE_WORD_NAME + HEADS_OF_GOVERNMENT_LISTED)
def test_names_of_ministers(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


# initials written together ("P.H.", "J.-P.") open a name the recogniser missed; a one-letter fragment of them is none
INITIALS = [
    ("nl", "Volgens P.H. van Mulligen, hoofdeconoom van het CBS, groeit de economie.", [("CBS", "ORG")],
     [("P.H. van Mulligen", "hoofdeconoom", "CBS")]),
    ("nl", "Directeur J.A. de Vries opende het gebouw.", [("J", "PERSON")], [("J.A. de Vries", "Directeur", None)]),
    ("en", "The results are good. J.R. Kowalczyk, Director of the Agency, said so.", [("Agency", "ORG")],
     [("J.R. Kowalczyk", "Director", "Agency")]),
    ("fr", "Selon J.-P. Dupont, directeur de l’agence, les résultats sont bons.", [],
     [("J.-P. Dupont", "directeur de l’agence", None)]),
    ("de", "Laut H.-J. Müller, Präsident des Landesamtes, ist das gut.", [],
     [("H.-J. Müller", "Präsident des Landesamtes", "Landesamtes")]),
]

# a plural title ending a compound ("collegeleden", "oud-ministers"): every name holds the compound singular
COMPOUND_PLURALS = [
    ("nl", "Zij spraken met president Arno Visser en collegeleden Ewout Irrgang en Ellen van Schoten.", [],
     [("Arno Visser", "president", None), ("Ewout Irrgang", "collegelid", None),
      ("Ellen van Schoten", "collegelid", None)]),
    ("nl", "De oud-ministers Jan Jansen en Piet de Vries waren aanwezig.", [],
     [("Jan Jansen", "oud-minister", None), ("Piet de Vries", "oud-minister", None)]),
    ("nl", "Twee jaar geleden Jan Jansen en Piet de Vries.", [], []),  # "geleden" is no compound of "leden"
    ("de", "Die Landtagsabgeordneten Anna Muster und Hans Meier waren anwesend.", [],
     [("Anna Muster", "Landtagsabgeordnete", None), ("Hans Meier", "Landtagsabgeordnete", None)]),
    # English and French write no compounds: a plural stays as listed
    ("en", "The former Ministers Jane Doe and John Roe attended.", [("Jane Doe", "PERSON"), ("John Roe", "PERSON")],
     [("Jane Doe", "Minister", None), ("John Roe", "Minister", None)]),
    ("fr", "Les anciens ministres Paul Durand et Marie Dupont étaient présents.",
     [("Paul Durand", "PERSON"), ("Marie Dupont", "PERSON")],
     [("Marie Dupont", "ministre", None), ("Paul Durand", "ministre", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), INITIALS + COMPOUND_PLURALS)
def test_initials_and_compound_plurals(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


DATELINE_CITY_IN_THE_LANGUAGE = [  # the dateline's city, written in the release's language, counts for its
    # country: with one mention of the country that makes the country the release is about
    ("de", "Wien - Bundeskanzler Sebastian Kurz hat heute das Programm vorgestellt. Österreich investiert in Bildung.",
     [("Wien", "LOC"), ("Sebastian Kurz", "PERSON"), ("Österreich", "LOC")], ("Sebastian Kurz", "Österreich")),
    ("nl", "Den Haag - Minister van Buitenlandse Zaken Stef Blok heeft vandaag de conferentie geopend. Nederland "
           "steunt het initiatief.",
     [("Den Haag", "LOC"), ("Stef Blok", "PERSON"), ("Nederland", "LOC")], ("Stef Blok", "Nederland")),
    ("fr", "Genève - Ignazio Cassis, ministre des Affaires étrangères, a ouvert la conférence. La Suisse soutient "
           "le processus.",
     [("Genève", "LOC"), ("Ignazio Cassis", "PERSON"), ("Suisse", "LOC")], ("Ignazio Cassis", "Suisse")),
    ("en", "Vienna - Foreign Minister Alexander Schallenberg opened the conference. Austria supports the process.",
     [("Vienna", "LOC"), ("Alexander Schallenberg", "PERSON"), ("Austria", "LOC")],
     ("Alexander Schallenberg", "Austria")),
]


@pytest.mark.parametrize("lang,text,items,expected", DATELINE_CITY_IN_THE_LANGUAGE)
def test_a_dateline_city_in_the_language_counts_for_its_country(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


@pytest.mark.parametrize("name,code", [("Wien", "at"), ("Den Haag", "nl"), ("Vienna", "at"), ("Bern", "ch")])
def test_city_country(name, code):
    assert city_country(name, city_countries()) == code
