"""The organisation of a role read from the release around it (pipeline.roles.org_context): a generic body ("des
Amtes", "the agency's"), a title's kind of body ("gedeputeerde"), an organisation closing the apposition, the
sentence before, the publisher's header line; and what takes none (a form of address, a minister)."""

from __future__ import annotations

import pytest

from pipeline.roles.org_context import descriptive_title, generic_body, staff_title
from pipeline.roles.patterns import patterns_for
from tests.roles.test_extract import roles_of

GENERIC = [  # "the agency", "het instituut", "l'Office", "des Amtes": the body of that kind the release names
    ("en", "The European Medicines Agency published its report. Emer Cooke, Executive Director of the Agency, said "
           "the findings were clear.",
     [("European Medicines Agency", "ORG"), ("Emer Cooke", "PERSON")],
     ("Emer Cooke", "European Medicines Agency")),
    ("nl", "Het Nationaal Instituut voor Statistiek meldt een daling. Jan Peeters, directeur van het Instituut, "
           "noemt dat opvallend.",
     [("Nationaal Instituut voor Statistiek", "ORG"), ("Jan Peeters", "PERSON")],
     ("Jan Peeters", "Nationaal Instituut voor Statistiek")),
    ("fr", "L'Office fédéral de la statistique publie ses chiffres. Marie Dupont, directrice de l'Office, a présenté "
           "les résultats.",
     [("Office fédéral de la statistique", "ORG"), ("Marie Dupont", "PERSON")],
     ("Marie Dupont", "Office fédéral de la statistique")),
    ("de", "Das Statistische Bundesamt meldet neue Zahlen. Ruth Brand, Präsidentin des Amtes, stellte die "
           "Ergebnisse vor.",
     [("Statistische Bundesamt", "ORG"), ("Ruth Brand", "PERSON")],
     ("Ruth Brand", "Statistische Bundesamt")),
]


@pytest.mark.parametrize("lang,text,items,expected", GENERIC)
def test_a_generic_body_is_the_one_the_release_names(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


TITLE_KINDS = [  # a title that belongs to a kind of body: the one body of that kind the release names
    ("nl", "Provincie Gelderland\n\nNieuw natuurgebied\n\nGedeputeerde Peter Kerris opende het bezoekerscentrum.",
     [("Provincie Gelderland", "ORG"), ("Peter Kerris", "PERSON")], ("Peter Kerris", "Provincie Gelderland")),
    ("nl", "Het Hoogheemraadschap van Rijnland versterkt de dijk. Dijkgraaf Rogier van der Sande is tevreden.",
     [("Hoogheemraadschap van Rijnland", "ORG"), ("Rogier van der Sande", "PERSON")],
     ("Rogier van der Sande", "Hoogheemraadschap van Rijnland")),
    ("de", "Die Stadt Freiburg baut eine neue Schule. Bürgermeister Martin Horn eröffnete die Baustelle.",
     [("Stadt Freiburg", "ORG"), ("Martin Horn", "PERSON")], ("Martin Horn", "Stadt Freiburg")),
    ("fr", "La Ville de Genève ouvre un parc. Le maire Alfonso Gomez a inauguré le site.",
     [("Ville de Genève", "ORG"), ("Alfonso Gomez", "PERSON")], ("Alfonso Gomez", "Ville de Genève")),
    ("en", "The City of Cardiff opened a new library. Mayor Jane Smith thanked the volunteers.",
     [("City of Cardiff", "ORG"), ("Jane Smith", "PERSON")], ("Jane Smith", "City of Cardiff")),
]


@pytest.mark.parametrize("lang,text,items,expected", TITLE_KINDS)
def test_a_title_takes_the_body_of_its_kind(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


PLACE_AFTER_NAME = [  # a local office: the place named right after the name
    ("nl", "Het akkoord werd ondertekend door burgemeester Bart De Wever van Antwerpen.",
     [("Bart De Wever", "PERSON"), ("Antwerpen", "LOC")], ("Bart De Wever", "Antwerpen")),
    ("nl", "Ook wethouder Karin Dekker van Utrecht was aanwezig.",
     [("Karin Dekker", "PERSON"), ("Utrecht", "LOC")], ("Karin Dekker", "Utrecht")),
    ("en", "The plan was welcomed by Mayor Sadiq Khan of London yesterday.",
     [("Sadiq Khan", "PERSON"), ("London", "LOC")], ("Sadiq Khan", "London")),
]


@pytest.mark.parametrize("lang,text,items,expected", PLACE_AFTER_NAME)
def test_a_local_office_takes_the_place_after_the_name(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


APPOSITION = [  # "Name, Title, Organisation;": the organisation closes the apposition
    ("en", "Witnesses included Ms. Heather Hodges, Acting Director General, Department of State; and others.",
     [("Heather Hodges", "PERSON"), ("Department of State", "ORG")], ("Heather Hodges", "Department of State")),
    ("nl", "Aanwezig waren Jan Peeters, directeur, Natuurpunt; en anderen.",
     [("Jan Peeters", "PERSON"), ("Natuurpunt", "ORG")], ("Jan Peeters", "Natuurpunt")),
    ("fr", "Étaient présents Marie Dupont, directrice, Croix-Rouge suisse; et d'autres.",
     [("Marie Dupont", "PERSON"), ("Croix-Rouge suisse", "ORG")], ("Marie Dupont", "Croix-Rouge suisse")),
    ("de", "Anwesend waren Anna Muster, Direktorin, Deutsches Museum; und weitere Gäste.",
     [("Anna Muster", "PERSON"), ("Deutsches Museum", "ORG")], ("Anna Muster", "Deutsches Museum")),
]


@pytest.mark.parametrize("lang,text,items,expected", APPOSITION)
def test_an_organisation_closing_the_apposition(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


PREVIOUS = [  # the role's sentence names no organisation, the one before names exactly one
    ("fr", "Le ministre s'est rendu au siège de l'Agence française de développement. Il y a été accueilli par Rémy "
           "Rioux, directeur général.",
     [("Agence française de développement", "ORG"), ("Rémy Rioux", "PERSON")],
     ("Rémy Rioux", "Agence française de développement")),
    ("en", "The minister visited the headquarters of the Royal Society. He was welcomed by Jane Roe, President.",
     [("Royal Society", "ORG"), ("Jane Roe", "PERSON")], ("Jane Roe", "Royal Society")),
    ("nl", "De minister bezocht het hoofdkantoor van Natuurmonumenten. Hij werd ontvangen door Marc van den Tweel, "
           "directeur.",
     [("Natuurmonumenten", "ORG"), ("Marc van den Tweel", "PERSON")], ("Marc van den Tweel", "Natuurmonumenten")),
    ("de", "Die Ministerin besuchte den Sitz des Deutschen Roten Kreuzes. Dort empfing sie Gerda Hasselfeldt, "
           "Präsidentin.",
     [("Deutschen Roten Kreuzes", "ORG"), ("Gerda Hasselfeldt", "PERSON")],
     ("Gerda Hasselfeldt", "Deutschen Roten Kreuzes")),
]


@pytest.mark.parametrize("lang,text,items,expected", PREVIOUS)
def test_the_sentence_before_names_the_body(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


def test_the_publisher_header_line():
    text = "European Court of Auditors\n\nAnnual report published\n\nThe report was presented today.\n\n" \
           "Contact:\n\nJane Roe\n\nSpokesperson"
    items = [("European Court of Auditors", "ORG"), ("Jane Roe", "PERSON")]
    assert ("Jane Roe", "Spokesperson", "European Court of Auditors") in roles_of(text, "en", items)


NONE = [  # a form of address, or an office that is no body's staff, takes nothing from the context
    ("en", "Congress passed the bill, and President Bush signed it into law.",
     [("Congress", "ORG"), ("Bush", "PERSON")]),
    ("en", "The Budget Committee met today. I am grateful to have Chairman Bernanke here.",
     [("Budget Committee", "ORG"), ("Bernanke", "PERSON")]),
    ("nl", "Het ministerie van Financiën publiceert de cijfers. Dat zegt Jan de Vries, minister.",
     [("ministerie van Financiën", "ORG"), ("Jan de Vries", "PERSON")]),
    ("de", "Die Deutsche Bahn erhöht die Preise. Präsident Steinmeier reiste dennoch mit dem Zug.",
     [("Deutsche Bahn", "ORG"), ("Steinmeier", "PERSON")]),
]


@pytest.mark.parametrize("lang,text,items", NONE)
def test_no_organisation_from_context(lang, text, items):
    found = roles_of(text, lang, items)
    assert found and all(org is None for _, _, org in found)


DESCRIBED_BEFORE_THE_NAME = [  # "zegt hoofdeconoom X": a staff title before the name describes; the sentence before
    # (the first of its sentence, the role opening the next) names the body
    ("en", "The European Environment Agency published its air quality report. Executive Director Hans Bruyninckx "
           "said the findings were clear.",
     [("European Environment Agency", "ORG"), ("Hans Bruyninckx", "PERSON")],
     ("Hans Bruyninckx", "European Environment Agency")),
    ("nl", "Het Centraal Bureau voor de Statistiek meldt een daling van de werkloosheid. “Dat is opvallend”, zegt "
           "hoofdeconoom Peter Hein van Mulligen.",
     [("Centraal Bureau voor de Statistiek", "ORG"), ("Peter Hein van Mulligen", "PERSON")],
     ("Peter Hein van Mulligen", "Centraal Bureau voor de Statistiek")),
    ("nl", "Het KNMI verwacht zware windstoten. Directeur Gerard van der Steenhoven roept op tot voorzichtigheid.",
     [("KNMI", "ORG"), ("Gerard van der Steenhoven", "PERSON")], ("Gerard van der Steenhoven", "KNMI")),
    ("fr", "L'Office fédéral de la statistique publie ses chiffres. Le directeur Georges-Simon Ulrich a présenté "
           "les résultats.",
     [("Office fédéral de la statistique", "ORG"), ("Georges-Simon Ulrich", "PERSON")],
     ("Georges-Simon Ulrich", "Office fédéral de la statistique")),
    ("de", "Statistik Austria meldet steigende Verbraucherpreise. „Die Inflation zieht an“, sagt Generaldirektor "
           "Tobias Thomas.",
     [("Statistik Austria", "ORG"), ("Tobias Thomas", "PERSON")], ("Tobias Thomas", "Statistik Austria")),
]


@pytest.mark.parametrize("lang,text,items,expected", DESCRIBED_BEFORE_THE_NAME)
def test_a_descriptive_title_before_the_name_takes_the_sentence_before(lang, text, items, expected):
    found = {(person, org) for person, _, org in roles_of(text, lang, items)}
    assert expected in found


@pytest.mark.parametrize("lang,role,descriptive", [
    ("en", "Executive Director", True), ("en", "President", False), ("en", "Chairman", False),
    ("nl", "hoofdeconoom", True), ("nl", "voorzitter", False), ("de", "Chefökonomin", True),
    ("de", "Präsident", False), ("fr", "directrice générale", True), ("fr", "président", False),
])
def test_descriptive_titles(lang, role, descriptive):
    assert descriptive_title(role, patterns_for(lang)) is descriptive


@pytest.mark.parametrize("lang,role,staff", [
    ("en", "Executive Director", True), ("en", "Minister", False), ("nl", "hoofdeconoom", True),
    ("nl", "staatssecretaris", False), ("de", "Pressesprecherin", True), ("de", "Bundespräsident", False),
    ("fr", "porte-parole", True), ("fr", "ministre", False),
])
def test_staff_titles(lang, role, staff):
    assert staff_title(role, patterns_for(lang)) is staff


@pytest.mark.parametrize("lang,org,kind", [
    ("en", "the Agency", "agency"), ("en", "European Medicines Agency", None), ("nl", "het Instituut", "instituut"),
    ("fr", "l'Office", "office"), ("de", "des Amtes", "amt"), ("de", "Statistisches Bundesamt", None),
])
def test_generic_body(lang, org, kind):
    assert generic_body(org, patterns_for(lang)) == kind


LOCAL_BODY_AFTER_THE_NAME = [  # "van de gemeente X", "of the City of X": the place of a local office after its kind
    ("nl", "Wethouder Jan Janssen van de gemeente Utrecht is blij.", [("Jan Janssen", "PERSON"), ("Utrecht", "LOC")],
     [("Jan Janssen", "Wethouder", "Utrecht")]),
    ("nl", "Gedeputeerde Peter Kerris van de provincie Gelderland is tevreden.",
     [("Peter Kerris", "PERSON"), ("Gelderland", "LOC")], [("Peter Kerris", "Gedeputeerde", "Gelderland")]),
    ("en", "Mayor Jane Doe of the City of Cardiff welcomed the plan.", [("Jane Doe", "PERSON"), ("Cardiff", "LOC")],
     [("Jane Doe", "Mayor", "Cardiff")]),
    ("fr", "Le maire Jean Dupont de la ville de Lyon a salué le plan.", [("Jean Dupont", "PERSON"), ("Lyon", "LOC")],
     [("Jean Dupont", "maire", "Lyon")]),
    ("de", "Bürgermeisterin Anna Muster von der Gemeinde Musterdorf begrüßte den Plan.",
     [("Anna Muster", "PERSON"), ("Musterdorf", "LOC")], [("Anna Muster", "Bürgermeisterin", "Musterdorf")]),
    # the kind without a place gives none
    ("nl", "Wethouder Jan Janssen van de gemeente is blij met Utrecht.",
     [("Jan Janssen", "PERSON"), ("Utrecht", "LOC")], [("Jan Janssen", "Wethouder", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), LOCAL_BODY_AFTER_THE_NAME)
def test_local_body_after_the_name(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)
