"""Role forms added in the third round of issue 16, per language: label lines, copulas, post-nominal letters, a body
named after the title, a phrase that ends at its verb, a title joined to the next name by "and"."""

from __future__ import annotations

import pytest

from tests.roles.test_extract import roles_of

LABEL_LINES = [  # "Title: Name" opening a line or a list item labels the name after it
    ("en", "Appointments:\n- Cabinet Secretary for Education: Lynne Neagle MS\n"
           "- Minister for Social Care: Dawn Bowden MS",
     [("Lynne Neagle MS", "PERSON"), ("Dawn Bowden MS", "PERSON")],
     [("Lynne Neagle", "Cabinet Secretary for Education", None), ("Dawn Bowden", "Minister for Social Care", None)]),
    ("nl", "Het nieuwe college:\n- wethouder van Financiën: Jan Jansen\n- burgemeester: Anna de Vries",
     [("Jan Jansen", "PERSON"), ("Anna de Vries", "PERSON")],
     [("Jan Jansen", "wethouder van Financiën", None), ("Anna de Vries", "burgemeester", None)]),
    ("fr", "La nouvelle équipe :\n- Porte-parole : Mme Claire Martin\n- directeur général : M. Paul Durand",
     [("Claire Martin", "PERSON"), ("Paul Durand", "PERSON")],
     [("Claire Martin", "Porte-parole", None), ("Paul Durand", "directeur général", None)]),
    ("de", "Kontakt:\nPressesprecherin: Anna Muster\nTelefon: 0123",
     [("Anna Muster", "PERSON")], [("Anna Muster", "Pressesprecherin", None)]),
]

COPULA_AFTER_THE_NAME = [  # "X is the Director of Y", "X wird Staatsministerin"
    ("en", "Since then Jane Doe is the Director of the European Environment Agency.",
     [("Jane Doe", "PERSON"), ("European Environment Agency", "ORG")],
     [("Jane Doe", "Director", "European Environment Agency")]),
    ("nl", "Sinds vorig jaar is het zo: Jan Jansen is directeur van het Centraal Planbureau.",
     [("Jan Jansen", "PERSON"), ("Centraal Planbureau", "ORG")], [("Jan Jansen", "directeur", "Centraal Planbureau")]),
    ("fr", "Depuis lors, Paul Durand est directeur général de l'Agence nationale de la recherche.",
     [("Paul Durand", "PERSON"), ("Agence nationale de la recherche", "ORG")],
     [("Paul Durand", "directeur général", "Agence nationale de la recherche")]),
    ("de", "Staatssekretärin Theresa Schopper wird Staatsministerin und ist zuständig für die Koordination.",
     [("Theresa Schopper", "PERSON")],
     [("Theresa Schopper", "Staatssekretärin", None), ("Theresa Schopper", "Staatsministerin", None)]),
]

COPULA_BEFORE_THE_NAME = [  # the title phrase first, the verb, then the name
    ("en", "The new chair of the Budget Committee is Jane Doe.", [("Budget Committee", "ORG"), ("Jane Doe", "PERSON")],
     [("Jane Doe", "chair", "Budget Committee")]),
    ("nl", "Nieuwe voorzitter van de Raad van State wordt Jan Jansen.",
     [("Raad van State", "ORG"), ("Jan Jansen", "PERSON")], [("Jan Jansen", "Nieuwe voorzitter", "Raad van State")]),
    ("fr", "Le nouveau président de la Cour des comptes est M. Paul Durand.",
     [("Cour des comptes", "ORG"), ("Paul Durand", "PERSON")], [("Paul Durand", "président", "Cour des comptes")]),
    ("de", "Neuer Staatssekretär im Ministerium der Justiz und für Verbraucherschutz wurde Dr. Hannes Kopf.",
     [("Hannes Kopf", "PERSON")],
     [("Hannes Kopf", "Staatssekretär", "Ministerium der Justiz und für Verbraucherschutz")]),
]

POST_NOMINAL_LETTERS = [  # letters after a name are no part of it ("MS", "MdB")
    ("en", "Eluned Morgan MS, First Minister, said today", [("Eluned Morgan MS", "ORG")],
     [("Eluned Morgan", "First Minister", None)]),
    ("de", "Max Muster MdB, Staatssekretär im Bundesministerium der Finanzen, sagte",
     [("Max Muster MdB", "PERSON"), ("Bundesministerium der Finanzen", "ORG")],
     [("Max Muster", "Staatssekretär", "Bundesministerium der Finanzen")]),
]

BODY_AFTER_THE_TITLE = [  # "of/de/van" and a named body the recogniser did not give as an organisation
    ("en", "The meeting was chaired by Klaus-Heiner Lehne, President of the ECA, in Luxembourg.",
     [("Klaus-Heiner Lehne", "ORG"), ("ECA", "ORG")], [("Klaus-Heiner Lehne", "President", "ECA")]),
    ("nl", "Volgens Jan Jansen, voorzitter van de Algemene Rekenkamer, is dat nodig.", [("Jan Jansen", "PERSON")],
     [("Jan Jansen", "voorzitter", "Algemene Rekenkamer")]),
    ("fr", "La séance a été ouverte par M. Gil Carlos Rodríguez Iglesias, Président de la Cour de justice, qui a "
           "parlé.",
     [("Gil Carlos Rodríguez Iglesias", "PERSON"), ("Président de la Cour de justice", "PERSON")],
     [("Gil Carlos Rodríguez Iglesias", "Président", "Cour de justice")]),
    ("de", "ernannte die bisherige Leiterin der Zentralabteilung der Staatskanzlei, Inge Degen, zur Direktorin",
     [("Inge Degen", "PERSON")],
     [("Inge Degen", "Leiterin der Zentralabteilung der Staatskanzlei", "Zentralabteilung der Staatskanzlei")]),
]

PHRASE_ENDS_AT_ITS_VERB = [  # no comma after the apposition: the phrase stops at the verb
    ("en", "Jane Doe, Director of the Joint Research Centre has announced the results.",
     [("Jane Doe", "PERSON"), ("Joint Research Centre", "ORG")], [("Jane Doe", "Director", "Joint Research Centre")]),
    ("nl", "Jan Jansen, directeur van het Centraal Planbureau heeft de cijfers toegelicht.",
     [("Jan Jansen", "PERSON"), ("Centraal Planbureau", "ORG")], [("Jan Jansen", "directeur", "Centraal Planbureau")]),
    ("fr", "Par la suite, M. Jan O. Karlsson, Président de la Cour des comptes a pris la parole.",
     [("Jan O. Karlsson", "PERSON"), ("Cour des comptes", "ORG")],
     [("Jan O. Karlsson", "Président", "Cour des comptes")]),
    ("de", "Max Muster, Präsident des Statistischen Bundesamtes hat die Zahlen erläutert.",
     [("Max Muster", "PERSON"), ("Statistischen Bundesamtes", "ORG")],
     [("Max Muster", "Präsident", "Statistischen Bundesamtes")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         LABEL_LINES + COPULA_AFTER_THE_NAME + COPULA_BEFORE_THE_NAME + POST_NOMINAL_LETTERS
                         + BODY_AFTER_THE_TITLE + PHRASE_ENDS_AT_ITS_VERB)
def test_role_forms(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


@pytest.mark.parametrize(("language", "text", "items", "expected"), [
    # the title before "and" belongs to the sentence's first person, not to the name after it
    ("en", "Jane Doe becomes Minister and John Roe stays in charge of the budget.",
     [("Jane Doe", "PERSON"), ("John Roe", "PERSON")], [("Jane Doe", "Minister", None)]),
    ("nl", "Anna de Vries wordt minister en Jan Jansen blijft verantwoordelijk voor de begroting.",
     [("Anna de Vries", "PERSON"), ("Jan Jansen", "PERSON")], [("Anna de Vries", "minister", None)]),
    ("fr", "Claire Martin devient ministre et Paul Durand reste chargé du budget.",
     [("Claire Martin", "PERSON"), ("Paul Durand", "PERSON")], [("Claire Martin", "ministre", None)]),
    ("de", "Theresa Schopper wird Staatsministerin und Volker Ratzmann ist für die Bundespolitik zuständig.",
     [("Theresa Schopper", "PERSON"), ("Volker Ratzmann", "PERSON")], [("Theresa Schopper", "Staatsministerin", None)]),
    # a list label on the next line is not the apposition of the name on the line before
    ("en", "- Minister for Social Care: Dawn Bowden MS\n- Minister for Social Partnership: Jack Sargeant MS",
     [("Dawn Bowden MS", "PERSON"), ("Jack Sargeant MS", "PERSON")],
     [("Dawn Bowden", "Minister for Social Care", None), ("Jack Sargeant", "Minister for Social Partnership", None)]),
    # a plural title ending a headline does not name the people of the next paragraph
    ("de", "Ministerpräsidentin Malu Dreyer ernennt neue Staatssekretäre\n\nMinisterpräsidentin Malu Dreyer hat heute",
     [("Malu Dreyer", "PERSON"), ("Malu Dreyer", "PERSON")], [("Malu Dreyer", "Ministerpräsidentin", None)]),
    # a possessive after the title is no position: "the President's nominee"
    ("en", "Jane Doe is the President's nominee for the post.", [("Jane Doe", "PERSON")], []),
])
def test_role_forms_precision(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


LISTED_PORTFOLIOS = [  # commas that list a portfolio after a title and its connector stay in the title phrase
    ("nl", "Dat schrijft minister van Onderwijs, Cultuur en Wetenschap, Robbert Dijkstra, aan de Kamer.",
     [("Robbert Dijkstra", "PERSON")],
     [("Robbert Dijkstra", "minister van Onderwijs, Cultuur en Wetenschap", None)]),
    ("nl", "De minister van Landbouw, Natuur en Voedselkwaliteit, Carola Schouten, opende de beurs.",
     [("Carola Schouten", "PERSON")],
     [("Carola Schouten", "minister van Landbouw, Natuur en Voedselkwaliteit", None)]),
    ("de", "Die Ministerin für Umwelt, Energie und Klimaschutz, Katrin Eder, eröffnete die Tagung.",
     [("Katrin Eder", "PERSON")], [("Katrin Eder", "Ministerin für Umwelt, Energie und Klimaschutz", None)]),
    ("de", "Die Bundesministerin für Frauen, Familie und Jugend, Susanne Raab, begrüßte den Beschluss.",
     [("Susanne Raab", "PERSON")], [("Susanne Raab", "Bundesministerin für Frauen, Familie und Jugend", None)]),
    ("fr", "La ministre de l'Économie, des Finances et de la Relance, Marie Dupont, a annoncé",
     [("Marie Dupont", "PERSON")], [("Marie Dupont", "ministre de l'Économie, des Finances et de la Relance", None)]),
    ("en", "The Minister for Infrastructure, Transport and Regional Development, Jane Doe, said",
     [("Jane Doe", "PERSON")], [("Jane Doe", "Minister for Infrastructure, Transport and Regional Development", None)]),
    # no title before the list: no role
    ("en", "Apples, pears and plums, Jane Doe said, are good.", [("Jane Doe", "PERSON")], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), LISTED_PORTFOLIOS)
def test_listed_portfolio(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


ACADEMIC_TITLE_AFTER_THE_VERB = [  # "ist Professor Dr. X": a title before an honorific is part of the address
    ("de", "Nachfolger als Staatssekretär im Ministerium der Justiz ist Professor Dr. Thomas Deufel, der bislang ...",
     [("Thomas Deufel", "PERSON")], [("Thomas Deufel", "Staatssekretär", "Ministerium der Justiz")]),
    ("nl", "De nieuwe decaan van de Faculteit der Letteren is professor dr. Jan Jansen.",
     [("Faculteit der Letteren", "ORG"), ("Jan Jansen", "PERSON")],
     [("Jan Jansen", "nieuwe decaan", "Faculteit der Letteren")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), ACADEMIC_TITLE_AFTER_THE_VERB)
def test_academic_title_after_the_verb(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


LISTS_UNDER_A_PLURAL_TITLE = [  # a list of names after a colon, under a paragraph naming a plural title
    ("en", "Today the Council appointed two new Members of the European Court of Auditors (ECA):\n\n"
           "— Ms Jane Doe, from Croatia, has been appointed for six years.\n\n— Mr John Roe, from Romania, too.",
     [("Council", "ORG"), ("European Court of Auditors", "ORG"), ("Jane Doe", "PERSON"), ("John Roe", "PERSON")],
     [("Jane Doe", "Member", "European Court of Auditors"), ("John Roe", "Member", "European Court of Auditors")]),
    ("nl", "De Raad heeft vier nieuwe leden van de Europese Rekenkamer benoemd. Zij treden in functie:\n\n"
           "  • de heer Jan Jansen (Nederland)\n  • mevrouw Anna de Vries (België)",
     [("Raad", "ORG"), ("Europese Rekenkamer", "ORG"), ("Jan Jansen", "PERSON"), ("Nederland", "LOC"),
      ("Anna de Vries", "PERSON"), ("België", "LOC")],
     [("Jan Jansen", "lid", "Europese Rekenkamer"), ("Anna de Vries", "lid", "Europese Rekenkamer")]),
    ("fr", "Le Conseil a nommé deux nouveaux membres de la Cour des comptes européenne :\n"
           "- M. Paul Durand (France)\n- Mme Claire Martin (Belgique)",
     [("Conseil", "ORG"), ("Cour des comptes européenne", "ORG"), ("Paul Durand", "PERSON"), ("France", "LOC"),
      ("Claire Martin", "PERSON"), ("Belgique", "LOC")],
     [("Paul Durand", "membre", "Cour des comptes européenne"),
      ("Claire Martin", "membre", "Cour des comptes européenne")]),
    ("de", "Die Ministerpräsidentin hat zwei neue Staatssekretäre ernannt:\n- Dr. Hans Meier (SPD)\n- Eva Kunz (Grüne)",
     [("Hans Meier", "PERSON"), ("SPD", "ORG"), ("Eva Kunz", "PERSON")],
     [("Hans Meier", "Staatssekretär", None), ("Eva Kunz", "Staatssekretär", None)]),
    # an item's own title stays its own; a single item, or items that are no names, take nothing
    ("en", "The Ministers met the following delegates:\n- Jane Doe, Director of the Red Cross\n- John Roe, Director "
           "of UNICEF",
     [("Jane Doe", "PERSON"), ("Red Cross", "ORG"), ("John Roe", "PERSON"), ("UNICEF", "ORG")],
     [("Jane Doe", "Director", "Red Cross"), ("John Roe", "Director", "UNICEF")]),
    ("nl", "Een van de leden is herbenoemd:\n- de heer Jan Jansen (Luxemburg)", [("Jan Jansen", "PERSON")], []),
    ("de", "Die Mitglieder haben beschlossen:\n- mehr Geld für Schulen\n- Anna Muster prüft die Kosten",
     [("Anna Muster", "PERSON")], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), LISTS_UNDER_A_PLURAL_TITLE)
def test_list_under_a_plural_title(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


BODY_RIGHT_AFTER_THE_TITLE = [  # "Name\nTitle Organisation" in a contact block: the organisation apart
    ("en", "Media contact:\nJane Doe\nSpokesperson Department for Education\nTel: 020 7946 0000",
     [("Jane Doe", "PERSON"), ("Department for Education", "ORG")],
     [("Jane Doe", "Spokesperson", "Department for Education")]),
    ("nl", "Meer informatie:\n\nJan de Vries\nWoordvoerder Ministerie van Binnenlandse Zaken\nTel: 070 123 4567",
     [("Jan de Vries", "PERSON"), ("Ministerie van Binnenlandse Zaken", "ORG")],
     [("Jan de Vries", "Woordvoerder", "Ministerie van Binnenlandse Zaken")]),
    ("fr", "Contact presse :\nClaire Martin\nPorte-parole Ministère de la Culture\nTél. : 01 23 45 67 89",
     [("Claire Martin", "PERSON"), ("Ministère de la Culture", "ORG")],
     [("Claire Martin", "Porte-parole", "Ministère de la Culture")]),
    ("de", "Pressekontakt:\nAnna Müller\nPressesprecherin Bundesministerium für Gesundheit\nTel.: 030 1234567",
     [("Anna Müller", "PERSON"), ("Bundesministerium für Gesundheit", "ORG")],
     [("Anna Müller", "Pressesprecherin", "Bundesministerium für Gesundheit")]),
]

A_PLACE_AFTER_THE_TITLE = [  # "burgemeester van Amsterdam": a city's office, the city apart (German keeps its genitive)
    ("en", "The talks were opened by Jane Doe, Mayor of Leeds, on Monday.", [("Jane Doe", "PERSON"), ("Leeds", "LOC")],
     [("Jane Doe", "Mayor", "Leeds")]),
    ("nl", "Aan het overleg namen deel: mevrouw Femke Halsema, burgemeester van Amsterdam, en anderen.",
     [("Femke Halsema", "PERSON"), ("Amsterdam", "LOC")], [("Femke Halsema", "burgemeester", "Amsterdam")]),
    ("fr", "La réunion a été ouverte par Paul Durand, maire de Lyon, lundi.",
     [("Paul Durand", "PERSON"), ("Lyon", "LOC")], [("Paul Durand", "maire", "Lyon")]),
    ("de", "Auch Peter Weber, Bürgermeister der Stadt Köln, sprach.", [("Peter Weber", "PERSON"), ("Köln", "LOC")],
     [("Peter Weber", "Bürgermeister der Stadt Köln", "Stadt Köln")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         BODY_RIGHT_AFTER_THE_TITLE + A_PLACE_AFTER_THE_TITLE)
def test_the_body_or_place_apart_from_the_title(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


A_BODY_A_HEAD_TITLE_LEADS = [  # "directeur van Natuurmonumenten": the body a head title leads, apart from the title
    ("en", "“We welcome it,” said Jane Doe, CEO of Acme Industries.",
     [("Jane Doe", "PERSON"), ("Acme Industries", "ORG")], [("Jane Doe", "CEO", "Acme Industries")]),
    ("nl", "“We zijn blij”, zegt Marieke de Groot, directeur van Natuurmonumenten.", [("Marieke de Groot", "PERSON")],
     [("Marieke de Groot", "directeur", "Natuurmonumenten")]),
    ("nl", "Dit zegt Jan de Vries, CEO van Philips.", [("Jan de Vries", "PERSON")],
     [("Jan de Vries", "CEO", "Philips")]),
    ("fr", "« Nous saluons cette décision », a déclaré Paul Durand, PDG de Renault.",
     [("Paul Durand", "PERSON"), ("Renault", "ORG")], [("Paul Durand", "PDG", "Renault")]),
    # at a university: the body after "aan"
    ("nl", "Volgens Anna Smit, hoogleraar aan de Universiteit Utrecht, is dit een goede stap.",
     [("Anna Smit", "PERSON"), ("Universiteit Utrecht", "ORG")], [("Anna Smit", "hoogleraar", "Universiteit Utrecht")]),
    # a portfolio title's "of" names its portfolio; a single dictionary word is a department; no model, no ORG
    ("nl", "Dat schrijft Anna de Vries, minister van Financiën, aan de Kamer.", [("Anna de Vries", "PERSON")],
     [("Anna de Vries", "minister van Financiën", None)]),
    ("nl", "Dat zegt Jan Jansen, directeur van Communicatie.", [("Jan Jansen", "PERSON")],
     [("Jan Jansen", "directeur van Communicatie", None)]),
    ("en", "said Jane Doe, Director of Communications.", [("Jane Doe", "PERSON")],
     [("Jane Doe", "Director of Communications", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), A_BODY_A_HEAD_TITLE_LEADS)
def test_a_body_a_head_title_leads(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


THE_NEXT_PERSON_HAS_A_MODIFIED_TITLE = [  # "..., en Jan Jambon, Vlaams minister-president": the phrase is still X's
    ("en", "Jane Doe, Minister of Finance, and John Roe, former Minister of Health, signed the accord.",
     [("Jane Doe", "PERSON"), ("John Roe", "PERSON")],
     [("Jane Doe", "Minister of Finance", None), ("John Roe", "former Minister of Health", None)]),
    ("nl", "Koen Geens, minister van Justitie, en Jan Jambon, Vlaams minister-president, ondertekenden het akkoord.",
     [("Koen Geens", "PERSON"), ("Jan Jambon", "PERSON")],
     [("Koen Geens", "minister van Justitie", None), ("Jan Jambon", "minister-president", "Vlaanderen")]),
    ("fr", "Paul Durand, ministre de l'Intérieur, et Claire Martin, ancienne ministre de la Santé, ont signé.",
     [("Paul Durand", "PERSON"), ("Claire Martin", "PERSON")],
     [("Paul Durand", "ministre de l'Intérieur", None), ("Claire Martin", "ancienne ministre de la Santé", None)]),
    ("de", "Anna Schmidt, Ministerin für Finanzen, und Peter Weber, ehemaliger Minister für Gesundheit, unterzeichnen.",
     [("Anna Schmidt", "PERSON"), ("Peter Weber", "PERSON")],
     [("Anna Schmidt", "Ministerin für Finanzen", None), ("Peter Weber", "ehemaliger Minister für Gesundheit", None)]),
]

NAMES_THE_RECOGNISER_MISSED = [  # a name before a title in brackets; a surname that is also an organisation word
    ("nl", "Peter van den Berg (directeur van Havenbedrijf Rotterdam) is tevreden over de cijfers.", [],
     [("Peter van den Berg", "directeur", "Havenbedrijf Rotterdam")]),
    ("de", "Anna Schmidt (Geschäftsführerin der Stadtwerke) begrüßte die Entscheidung.", [],
     [("Anna Schmidt", "Geschäftsführerin der Stadtwerke", None)]),
    ("nl", "Voor meer informatie:\nSanne de Jong, persvoorlichter, 06 12345678", [("Sanne de Jong", "ORG")],
     [("Sanne de Jong", "persvoorlichter", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         THE_NEXT_PERSON_HAS_A_MODIFIED_TITLE + NAMES_THE_RECOGNISER_MISSED)
def test_people_in_appositions(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


A_LISTED_BODY_AFTER_AT = [  # "im Ministerium für Bildung, Wissenschaft und Kultur": the body's own list of portfolios
    ("de", "Neuer Staatssekretär im Ministerium für Bildung, Wissenschaft, Weiterbildung und Kultur ist Dr. Hans Mai.",
     [("Hans Mai", "PERSON")],
     [("Hans Mai", "Staatssekretär", "Ministerium für Bildung, Wissenschaft, Weiterbildung und Kultur")]),
    ("nl", "Dat zegt Jan Jansen, woordvoerder bij het ministerie van Onderwijs, Cultuur en Wetenschap, tegen de krant.",
     [("Jan Jansen", "PERSON")], [("Jan Jansen", "woordvoerder", "ministerie van Onderwijs, Cultuur en Wetenschap")]),
    ("en", "said Jane Doe, a spokesperson at the Department for Environment, Food and Rural Affairs, on Monday.",
     [("Jane Doe", "PERSON"), ("Department for Environment, Food and Rural Affairs", "ORG")],
     [("Jane Doe", "spokesperson", "Department for Environment, Food and Rural Affairs")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), A_LISTED_BODY_AFTER_AT)
def test_a_listed_body_after_at(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


CONTACT_BLOCK_ORGANISATION_LINE = [  # name, title and organisation on three lines of a contact block
    ("en", "Media contact:\nJane Doe\nPress Officer\nDepartment for Education\nTel: 020 7946 0000",
     [("Jane Doe", "PERSON"), ("Department for Education", "ORG")],
     [("Jane Doe", "Press Officer", "Department for Education")]),
    ("nl", "Meer informatie:\nJan de Vries\nWoordvoerder\nMinisterie van Binnenlandse Zaken\nTel: 070 123 4567",
     [("Jan de Vries", "PERSON"), ("Ministerie van Binnenlandse Zaken", "ORG")],
     [("Jan de Vries", "Woordvoerder", "Ministerie van Binnenlandse Zaken")]),
    ("fr", "Contact presse :\nClaire Martin\nPorte-parole\nMinistère de la Culture\nTél. : 01 23 45 67 89",
     [("Claire Martin", "PERSON"), ("Ministère de la Culture", "ORG")],
     [("Claire Martin", "Porte-parole", "Ministère de la Culture")]),
    ("de", "Pressekontakt:\nJulia Klein\nPressesprecherin\nMinisterium für Umwelt, Klima und Energiewirtschaft\nTel.",
     [("Julia Klein", "PERSON"), ("Ministerium für Umwelt, Klima und Energiewirtschaft\nTel", "ORG")],
     [("Julia Klein", "Pressesprecherin", "Ministerium für Umwelt, Klima und Energiewirtschaft")]),
    # a title line with a comma, or a line below that is no organisation, takes nothing
    ("en", "Contact:\nJane Doe\nPress Officer\nTel: 020 7946 0000", [("Jane Doe", "PERSON")],
     [("Jane Doe", "Press Officer", None)]),
]

A_LIST_ITEM_NAME_ENDS_AT_ITS_LINE = [  # "- Staatssekretär X\n\nDanach ...": a name does not run over a blank line
    ("de", "Teilnehmer:\n- Staatssekretär Jochen Flasbarth\n\nDanach gab es Kaffee.", [],
     [("Jochen Flasbarth", "Staatssekretär", None)]),
    ("nl", "Aanwezig:\n- wethouder Karin Bakker\n\nDaarna volgde een lunch.", [],
     [("Karin Bakker", "wethouder", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         CONTACT_BLOCK_ORGANISATION_LINE + A_LIST_ITEM_NAME_ENDS_AT_ITS_LINE)
def test_contact_blocks_and_list_items(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


PORTFOLIO_TAKEN_INTO_THE_NAME = [  # "Commissaris voor Handel Cecilia Malmström": the portfolio is no part of the name
    ("nl", "Commissaris voor Handel Cecilia Malmström verklaarde dat de gesprekken goed verlopen.",
     [("Handel Cecilia Malmström", "PERSON")], [("Cecilia Malmström", "Commissaris voor Handel", None)]),
    ("nl", "Europees commissaris voor Justitie Didier Reynders reageerde tevreden.",
     [("Justitie Didier Reynders", "PERSON")],
     [("Didier Reynders", "Europees commissaris voor Justitie", "Europese Commissie")]),
    # a two-word "name" keeps both words
    ("nl", "Commissaris voor Handel Malmström verklaarde het.", [("Handel Malmström", "PERSON")],
     [("Handel Malmström", "Commissaris", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PORTFOLIO_TAKEN_INTO_THE_NAME)
def test_portfolio_taken_into_the_name(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


THE_BODY_A_LOCAL_OFFICE_GOVERNS = [  # "dijkgraaf van het Hoogheemraadschap van Rijnland": the kind names the body
    ("nl", "De dijkgraaf van het Hoogheemraadschap van Rijnland, Rogier van der Sande, tekende het akkoord.",
     [("Rogier van der Sande", "PERSON")], [("Rogier van der Sande", "dijkgraaf", "Hoogheemraadschap van Rijnland")]),
]

AN_APPOSITION_BEFORE_AND = [  # "X, title, and Y": the title is X's, Y comes next (no title of Y's before it)
    ("nl", "De overeenkomst werd ondertekend door Rogier van der Sande, dijkgraaf van het Hoogheemraadschap van "
           "Rijnland, en Jan Jansen.", [("Rogier van der Sande", "PERSON"), ("Jan Jansen", "PERSON")],
     [("Rogier van der Sande", "dijkgraaf", "Hoogheemraadschap van Rijnland")]),
    ("en", "The bill was signed by Jane Doe, Director of the Budget Office, and John Roe.",
     [("Jane Doe", "PERSON"), ("Budget Office", "ORG"), ("John Roe", "PERSON")],
     [("Jane Doe", "Director", "Budget Office")]),
    ("fr", "La convention a été signée par Marie Dupont, directrice de l’Agence, et Paul Durand.",
     [("Marie Dupont", "PERSON"), ("Agence", "ORG"), ("Paul Durand", "PERSON")],
     [("Marie Dupont", "directrice", "Agence")]),
    ("de", "Unterzeichnet haben Anna Muster, Präsidentin des Landesamtes, und Hans Meier.",
     [("Anna Muster", "PERSON"), ("Hans Meier", "PERSON")],
     [("Anna Muster", "Präsidentin des Landesamtes", "Landesamtes")]),
    # a description with an indefinite article is no position
    ("en", "She was born to Donald Harris, a Jamaican-American economist, and Shyamala Gopalan Harris, a scientist.",
     [("Donald Harris", "PERSON"), ("Shyamala Gopalan Harris", "PERSON")], []),
    ("nl", "Zij is de dochter van Jan Jansen, een bekende econoom, en Anna de Vries.",
     [("Jan Jansen", "PERSON"), ("Anna de Vries", "PERSON")], []),
    # titles first: the phrase introduces the name after the comma
    ("en", "in presence of Vice Minister of MoHRSS, Mr You Jun, and others.",
     [("MoHRSS", "ORG"), ("You Jun", "PERSON")], [("You Jun", "Vice Minister", "MoHRSS")]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"),
                         THE_BODY_A_LOCAL_OFFICE_GOVERNS + AN_APPOSITION_BEFORE_AND)
def test_apposition_before_and(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)
