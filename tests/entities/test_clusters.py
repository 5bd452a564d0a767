from __future__ import annotations

import pytest

from pipeline.entities.clusters import cluster_mentions, country_evidence, shouted
from pipeline.entities.gazetteer import COUNTRY_KEY, LOCAL_KEY, alias_table, weak_form
from pipeline.records import Mention


def mentions_of(text, items):
    out = []
    for surface, label in items:
        start = text.index(surface, out[-1].end if out else 0)
        out.append(Mention(start, start + len(surface), surface, label))
    return out


def clusters(text, items):
    linked, entities = cluster_mentions(text, mentions_of(text, items))
    return {m.text: entities[m.entity].name for m in linked}, entities


def test_acronym_in_parentheses_links_both_ways():
    text = "the National Development and Reform Commission (NDRC) met. BTC (Belgian Technical Cooperation)"
    names, _ = clusters(text, [("National Development and Reform Commission", "ORG"), ("NDRC", "ORG"),
                               ("BTC", "ORG"), ("Belgian Technical Cooperation", "ORG")])
    assert names["NDRC"] == "National Development and Reform Commission"
    assert names["BTC"] == "Belgian Technical Cooperation"


def test_surname_links_to_the_one_full_name():
    text = "Maggie De Block spoke. Later De Block added."
    names, _ = clusters(text, [("Maggie De Block", "PERSON"), ("De Block", "PERSON")])
    assert names["De Block"] == "Maggie De Block"


def test_two_people_sharing_a_surname_are_not_merged():
    text = "Wang Yi met Wang Wei. Wang said so."
    names, entities = clusters(text, [("Wang Yi", "PERSON"), ("Wang Wei", "PERSON"), ("Wang", "PERSON")])
    assert names["Wang Yi"] != names["Wang Wei"]
    assert names["Wang"] == "Wang"  # ambiguous: left alone
    assert len(entities) == 3


def test_alias_table_links_across_languages():
    table = alias_table()
    ids = {table.lookup(n).id for n in ["EU", "European Union", "Europese Unie", "Union européenne",
                                         "Europäische Union"]}
    assert ids == {"european-union"}
    assert table.lookup("FOD Sociale Zekerheid").id == table.lookup("SPF Sécurité sociale").id
    assert table.lookup("OIT").id == table.lookup("International Labour Organization").id == "ilo"
    assert table.lookup("België").id == table.lookup("Belgique").id == table.lookup("Belgium").id


def test_cluster_key_is_shared_for_alias_table_entries():
    text = "The EU and the European Union."
    _, entities = clusters(text, [("EU", "ORG"), ("European Union", "ORG")])
    assert len(entities) == 1 and entities[0].key == "alias:european-union"
    assert set(entities[0].aliases) == {"EU", "European Union"}


def test_inflected_german_names_link_to_their_alias_entry():
    table = alias_table()
    assert table.lookup("Vereinigten Arabischen Emiraten").id == table.lookup("Vereinigte Arabische Emirate").id
    assert table.lookup("Deutschlands").id == table.lookup("Deutschland").id
    assert table.lookup("EUs") is None  # short words are never read as inflected


def test_an_acronym_alone_names_the_organisation_it_starts():
    from pipeline.entities.clusters import cluster_mentions
    from pipeline.records import Mention

    text = "de FOD Sociale Zekerheid en later de FOD; de VN en de VN Agenda en het VN Verdrag"
    items = [("FOD Sociale Zekerheid", "ORG"), ("FOD", "ORG"), ("VN", "ORG"), ("VN Agenda", "ORG"),
             ("VN Verdrag", "ORG")]
    mentions, start = [], 0
    for surface, label in items:
        start = text.index(surface, start)
        mentions.append(Mention(start, start + len(surface), surface, label))
        start += len(surface)
    mentions, _ = cluster_mentions(text, mentions)
    assert mentions[0].entity == mentions[1].entity  # one organisation starts with "FOD"
    assert len({mentions[2].entity, mentions[3].entity, mentions[4].entity}) == 3  # two start with "VN"


@pytest.mark.parametrize(("text", "name", "head"), [
    ("The European Commission proposed it. The Commission said so.", "European Commission", "Commission"),
    ("L'Union européenne aide. L'Union agit.", "Union européenne", "Union"),
    ("Die Europäische Kommission schlägt vor. Die Kommission sagt.", "Europäische Kommission", "Kommission"),
])
def test_institution_head_joins_its_institution(text: str, name: str, head: str) -> None:
    start, later = text.index(name), text.rindex(head)
    mentions = [Mention(start, start + len(name), name, "ORG"), Mention(later, later + len(head), head, "ORG")]
    linked, entities = cluster_mentions(text, mentions)
    assert linked[0].entity == linked[1].entity and len(entities) == 1


@pytest.mark.parametrize(("text", "name", "holder", "head"), [
    ("Leden van de Europese Rekenkamer. Zie de website van de Rekenkamer. Persvoorlichter Europese Rekenkamer",
     "Europese Rekenkamer", "Persvoorlichter Europese Rekenkamer", "Rekenkamer"),
    ("The European Commission proposed it. The Commission said so. Representation of the European Commission "
     "in Ireland", "European Commission", "Representation of the European Commission in Ireland", "Commission"),
    ("Die Europäische Kommission schlägt vor. Die Kommission sagt. Vertretung der Europäische Kommission in Bonn",
     "Europäische Kommission", "Vertretung der Europäische Kommission in Bonn", "Kommission"),
])
def test_a_name_holding_the_institutions_name_leaves_it_its_head(text: str, name: str, holder: str,
                                                                 head: str) -> None:
    alone = next(i for i in range(len(text)) if text.startswith(head, i) and not text[:i].endswith(name[:-len(head)]))
    spans = [(text.index(name), name), (alone, head), (text.index(holder), holder)]
    mentions = [Mention(start, start + len(surface), surface, "ORG") for start, surface in spans]
    linked, _ = cluster_mentions(text, mentions)
    assert linked[0].entity == linked[1].entity != linked[2].entity


@pytest.mark.parametrize(("language", "text", "full", "short"), [
    ("en", "Members of the Court of Justice of the European Union. The Court of Justice ruled.",
     "Court of Justice of the European Union", "Court of Justice"),
    ("nl", "Het Hof van Justitie van de Europese Unie. Het Hof van Justitie wijst af.",
     "Hof van Justitie van de Europese Unie", "Hof van Justitie"),
    ("fr", "Membres de la Cour des comptes des Communautés européennes. La Cour des comptes parle.",
     "Cour des comptes des Communautés européennes", "Cour des comptes"),
    ("de", "Die Ständige Vertretung der Bundesrepublik Deutschland lädt ein. Die Ständige Vertretung bittet.",
     "Ständige Vertretung der Bundesrepublik Deutschland", "Ständige Vertretung"),
])
def test_a_short_form_joins_the_full_name_it_leads(language: str, text: str, full: str, short: str) -> None:
    a, b = text.index(full), text.rindex(short)
    mentions = [Mention(a, a + len(full), full, "ORG"), Mention(b, b + len(short), short, "ORG")]
    linked, entities = cluster_mentions(text, mentions, language)
    assert linked[0].entity == linked[1].entity and len(entities) == 1


@pytest.mark.parametrize(("language", "text", "full", "short"), [
    ("de", "Die Vertretung der Europäischen Kommission in Deutschland lädt ein.\nVertretung in Deutschland",
     "Vertretung der Europäischen Kommission in Deutschland", "Vertretung in Deutschland"),
    ("en", "The Representation of the European Commission in Ireland said so.\nRepresentation in Ireland",
     "Representation of the European Commission in Ireland", "Representation in Ireland"),
    ("nl", "De Vertegenwoordiging van de Europese Commissie in Nederland meldt.\nVertegenwoordiging in Nederland",
     "Vertegenwoordiging van de Europese Commissie in Nederland", "Vertegenwoordiging in Nederland"),
    ("fr", "La Représentation de la Commission européenne en France.\nReprésentation en France",
     "Représentation de la Commission européenne en France", "Représentation en France"),
])
def test_a_representation_without_its_body_is_the_one_named_with_it(language, text, full, short) -> None:
    a, b = text.index(full), text.rindex(short)
    mentions = [Mention(a, a + len(full), full, "ORG"), Mention(b, b + len(short), short, "ORG")]
    linked, entities = cluster_mentions(text, mentions, language)
    assert linked[0].entity == linked[1].entity and len(entities) == 1
    alone, other = cluster_mentions(short, [Mention(0, len(short), short, "ORG")], language)[1], cluster_mentions(
        short + " ", [Mention(0, len(short), short, "ORG")], language)[1]
    assert LOCAL_KEY in alone[0].key and alone[0].key != other[0].key  # of which body? the release's own


@pytest.mark.parametrize(("language", "text", "acronym", "longer"), [
    ("en", "The EU acts. Ellen Kelly of the EU Delegation to China spoke.", "EU", "EU Delegation to China"),
    ("nl", "De EU helpt. De EU Delegatie in China meldt het.", "EU", "EU Delegatie in China"),
    ("fr", "L'UE agit. L'UE Délégation en Chine l'annonce.", "UE", "UE Délégation en Chine"),
    ("de", "Die EU hilft. Die EU Delegation in China meldet es.", "EU", "EU Delegation in China"),
])
def test_an_alias_table_acronym_is_not_the_longer_name_it_starts(language, text, acronym, longer) -> None:
    a, b = text.index(acronym), text.index(longer)
    mentions = [Mention(a, a + len(acronym), acronym, "ORG"), Mention(b, b + len(longer), longer, "ORG")]
    linked, _ = cluster_mentions(text, mentions, language)
    assert linked[0].entity != linked[1].entity


def test_ambiguous_head_stays_apart() -> None:
    text = "The European Council met. The Council adopted it."
    a, b = text.index("European Council"), text.rindex("Council")
    mentions = [Mention(a, a + 16, "European Council", "ORG"), Mention(b, b + 7, "Council", "ORG")]
    linked, _ = cluster_mentions(text, mentions)
    assert linked[0].entity != linked[1].entity


@pytest.mark.parametrize(("surface", "language", "entry"), [
    ("CBS", "nl", "nl-cbs"),  # the Dutch statistics office in a Dutch release ...
    ("CBS", "en", None),  # ... not the broadcaster of an English one
    ("ONS", "en", "uk-ons"),
    ("ONS", "nl", None),  # "ons" is a Dutch word
    ("EC", "nl", "european-commission"),
    ("EP", "de", "european-parliament"),
    ("PvdA", "nl", "nl-pvda"),  # the exact spelling wins over the folded one ...
    ("PVDA", "nl", "be-pvda"),  # ... PVDA is the Belgian party
    ("AFD", "fr", "fr-afd"),  # the French development agency ...
    ("AfD", "de", "de-afd"),  # ... and the German party
    ("Europese Commissie", "en", "european-commission"),  # a longer name is one body in any language
    ("Commission européenne", "de", "european-commission"),
    ("Deutschlands", "de", "country-de"),  # the language's case endings
])
def test_one_word_names_are_read_in_their_own_language(surface, language, entry):
    found = alias_table().lookup(surface, language)
    assert (found.id if found else None) == entry


def keys_of(text: str, items: list[tuple[str, str]], language: str) -> dict[str, str]:
    linked, entities = cluster_mentions(text, mentions_of(text, items), language)
    return {m.text: entities[m.entity].key for m in linked}


@pytest.mark.parametrize(("text", "items", "language", "name", "entry"), [
    ("Der Bundesrat der Schweiz tagte in Bern.", [("Bundesrat", "ORG"), ("Schweiz", "LOC"), ("Bern", "LOC")],
     "de", "Bundesrat", "swiss-federal-council"),
    ("Der Bundesrat tagte in Berlin, Deutschland.", [("Bundesrat", "ORG"), ("Berlin", "LOC"),
                                                     ("Deutschland", "LOC")], "de", "Bundesrat", "de-bundesrat"),
    ("Der Nationalrat in Wien und Graz.", [("Nationalrat", "ORG"), ("Wien", "LOC"), ("Graz", "LOC")], "de",
     "Nationalrat", "at-nationalrat"),
    ("De Kamer in Den Haag stemde; Nederland volgt.", [("Kamer", "ORG"), ("Den Haag", "LOC"),
                                                       ("Nederland", "LOC")], "nl", "Kamer", "nl-tweede-kamer"),
    ("De Kamer stemde in Brussel. België volgt.", [("Kamer", "ORG"), ("Brussel", "LOC"), ("België", "LOC")],
     "nl", "Kamer", "be-chamber"),
    ("Le Sénat a voté à Paris. La France suit.", [("Sénat", "ORG"), ("Paris", "LOC"), ("France", "LOC")], "fr",
     "Sénat", "fr-senate"),
    ("Le Sénat a voté. La Belgique suit.", [("Sénat", "ORG"), ("Belgique", "LOC")], "fr", "Sénat", "be-senate"),
    ("The Bundesrat of Switzerland met.", [("Bundesrat", "ORG"), ("Switzerland", "LOC")], "en", "Bundesrat",
     "swiss-federal-council"),
    ("Die Landesregierung besuchte Bern. Die Schweiz dankt.", [("Landesregierung", "ORG"), ("Bern", "LOC"),
                                                              ("Schweiz", "LOC")], "de", "Landesregierung",
     "swiss-federal-council"),
])
def test_a_name_bodies_of_several_countries_bear_is_the_one_of_the_document_s_country(
        text, items, language, name, entry):
    assert keys_of(text, items, language)[name] == f"alias:{entry}"


@pytest.mark.parametrize(("text", "items", "language"), [
    ("Der Bundesrat hat beschlossen.", [("Bundesrat", "ORG")], "de"),
    ("De Kamer heeft gestemd.", [("Kamer", "ORG")], "nl"),
    ("Le Conseil d'État a jugé.", [("Conseil d'État", "ORG")], "fr"),
    ("Der Bundesrat in Bern traf Berlin.", [("Bundesrat", "ORG"), ("Bern", "LOC"), ("Berlin", "LOC")], "de"),
    ("Neue Hausspitze im Staatsministerium in Stuttgart.", [("Staatsministerium", "ORG"), ("Stuttgart", "LOC")],
     "de"),
    ("Die Landesregierung in Stuttgart hat beschlossen.", [("Landesregierung", "ORG"), ("Stuttgart", "LOC")], "de"),
])
def test_without_one_country_such_a_name_stays_the_document_s_own(text, items, language):
    key = keys_of(text, items, language)[items[0][0]]
    assert LOCAL_KEY in key
    assert keys_of(text + " ", items, language)[items[0][0]] != key  # another release, another entity


@pytest.mark.parametrize(("surface", "language"), [
    ("Coronavirus Response Investment Initiative", "en"),
    ("Corona Response Investment Initiative", "nl"),  # the English name quoted in a Dutch release
    ("Corona Respons Investeringsinitiatief", "nl"),
    ("Initiative d’investissement en réaction au coronavirus", "fr"),
    ("Investitionsinitiative zur Bewältigung der Coronavirus-Krise", "de"),
])
def test_a_programme_is_one_entity_across_languages(surface, language):
    assert keys_of(surface, [(surface, "ORG")], language)[surface] == "alias:eu-corona-response-investment-initiative"


@pytest.mark.parametrize(("forms", "language", "name"), [
    (["DEPARTMENT OF DEFENSE", "Department of Defense"], "en", "Department of Defense"),
    (["MINISTERIE VAN FINANCIËN", "Ministerie van Financiën"], "nl", "Ministerie van Financiën"),
    (["MINISTÈRE DES ARMÉES", "Ministère des Armées"], "fr", "Ministère des Armées"),
    (["BUNDESMINISTERIUM DER FINANZEN", "Bundesministerium der Finanzen"], "de", "Bundesministerium der Finanzen"),
])
def test_the_canonical_name_is_not_the_one_in_capitals(forms, language, name):
    text = ". ".join(forms)
    _, entities = cluster_mentions(text, mentions_of(text, [(f, "ORG") for f in forms]), language)
    assert len(entities) == 1 and entities[0].name == name


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("SENATE", "en", True), ("NATO", "en", False), ("NDRC", "en", False), ("Senate", "en", False),
    ("U.S. SENATE", "en", True), ("KAMER", "nl", True), ("SÉNAT", "fr", True), ("BUNDESRAT", "de", True),
    ("UVEK", "de", False), ("RIVM", "nl", False),
])
def test_shouted_names(name, language, expected):
    assert shouted(name, language) is expected


@pytest.mark.parametrize(("text", "forms", "name"), [
    ("Der Ständerat tagte. Die Kommission des Ständerats und des Ständerates.",
     ["Ständerat", "Ständerats", "Ständerates"], "Ständerat"),
    ("Die Stiftung Mercator und die Projekte der Stiftung Mercators.", ["Stiftung Mercator", "Stiftung Mercators"],
     "Stiftung Mercator"),
])
def test_german_case_endings_name_the_same_organisation(text, forms, name):
    _, entities = cluster_mentions(text, mentions_of(text, [(f, "ORG") for f in forms]), "de")
    assert len(entities) == 1 and entities[0].name == name


def test_english_has_no_case_endings():
    text = "The Andes and the Ande."
    _, entities = cluster_mentions(text, mentions_of(text, [("Andes", "LOC"), ("Ande", "LOC")]), "en")
    assert len(entities) == 2


@pytest.mark.parametrize(("text", "items", "language"), [
    ("The EU budget grows. The Commission proposed it.", [("EU", "ORG"), ("Commission", "ORG")], "en"),
    ("Le budget de l'UE augmente. La Commission l'a proposé.", [("UE", "ORG"), ("Commission", "ORG")], "fr"),
    ("De begroting van de EU groeit. De Commissie stelde het voor.", [("EU", "ORG"), ("Commissie", "ORG")], "nl"),
    ("Der Haushalt der EU wächst. Die Kommission schlug es vor.", [("EU", "ORG"), ("Kommission", "ORG")], "de"),
])
def test_the_commission_of_a_release_about_the_eu_is_the_european_commission(text, items, language):
    assert keys_of(text, items, language)[items[1][0]] == "alias:european-commission"


@pytest.mark.parametrize(("text", "items", "language"), [
    ("The EU and the Electoral Commission met. The Commission said so.",
     [("EU", "ORG"), ("Electoral Commission", "ORG"), ("Commission", "ORG")], "en"),
    ("The Commission said so.", [("Commission", "ORG")], "en"),
    ("L'UE et la Commission nationale de l'informatique. La Commission a dit.",
     [("UE", "ORG"), ("Commission nationale de l'informatique", "ORG"), ("Commission", "ORG")], "fr"),
    ("De EU en de Kiescommissie. De Commissie zei het.",
     [("EU", "ORG"), ("Kiescommissie", "ORG"), ("Commissie", "ORG")], "nl"),
    ("Die EU und die Monopolkommission. Die Kommission sagt.",
     [("EU", "ORG"), ("Monopolkommission", "ORG"), ("Kommission", "ORG")], "de"),
])
def test_another_commission_or_no_eu_leaves_the_commission_alone(text, items, language):
    assert keys_of(text, items, language)[items[-1][0]] != "alias:european-commission"


@pytest.mark.parametrize(("text", "items", "language", "country"), [
    ("The Government announced the funding in Ottawa, Canada.", [("Government", "ORG"), ("Ottawa", "LOC"),
                                                                  ("Canada", "LOC")], "en", "ca"),
    ("The Council met in Wellington to discuss New Zealand's budget.",
     [("Council", "ORG"), ("Wellington", "LOC"), ("New Zealand", "LOC")], "en", "nz"),
    ("Het Kabinet heeft in Den Haag besloten dat Nederland meer investeert.",
     [("Kabinet", "ORG"), ("Den Haag", "LOC"), ("Nederland", "LOC")], "nl", "nl"),
    ("Le Gouvernement a présenté à Luxembourg le budget du Luxembourg.",
     [("Gouvernement", "ORG"), ("Luxembourg", "LOC"), ("Luxembourg", "LOC")], "fr", "lu"),
    ("Das Ministerium in Wien teilte mit, dass Österreich zahlt.",
     [("Ministerium", "ORG"), ("Wien", "LOC"), ("Österreich", "LOC")], "de", "at"),
])
def test_a_generic_one_word_name_is_the_one_of_the_release_s_country(text, items, language, country):
    assert keys_of(text, items, language)[items[0][0]].endswith(f"{COUNTRY_KEY}{country}")


@pytest.mark.parametrize(("text", "items", "language"), [
    ("The Government announced the funding today.", [("Government", "ORG")], "en"),
    ("Le Gouvernement a présenté le budget.", [("Gouvernement", "ORG")], "fr"),
    ("Het Kabinet heeft besloten.", [("Kabinet", "ORG")], "nl"),
    ("Das Ministerium teilte mit, Berlin und Wien zahlen.", [("Ministerium", "ORG"), ("Berlin", "LOC"),
                                                              ("Wien", "LOC")], "de"),
])
def test_a_generic_one_word_name_without_one_country_stays_the_release_s_own(text, items, language):
    assert LOCAL_KEY in keys_of(text, items, language)[items[0][0]]


@pytest.mark.parametrize(("text", "items", "language", "key"), [
    ("Europol supported the operation in Canada.", [("Europol", "ORG"), ("Canada", "LOC")], "en",
     "alias:europol"),
    ("Greenpeace protestierte in Wien.", [("Greenpeace", "ORG"), ("Wien", "LOC")], "de", "ORG:greenpeace"),
    ("Le Conseil d'administration de l'Ademe s'est réuni.", [("Ademe", "ORG")], "fr", "ORG:ademe"),
    ("Het KNMI waarschuwt voor Nederland.", [("KNMI", "ORG"), ("Nederland", "LOC")], "nl", "ORG:knmi"),
])
def test_names_that_are_no_common_noun_link_by_their_spelling(text, items, language, key):
    assert keys_of(text, items, language)[items[0][0]] == key


@pytest.mark.parametrize(("text", "items", "language"), [
    ("The European Parliament and the Council agreed on the EU budget.",
     [("European Parliament", "ORG"), ("Council", "ORG"), ("EU", "ORG")], "en"),
    ("Le Parlement européen et le Conseil ont adopté le budget de l'UE.",
     [("Parlement européen", "ORG"), ("Conseil", "ORG"), ("UE", "ORG")], "fr"),
    ("Het Europees Parlement en de Raad keurden de EU-begroting goed; de EU betaalt.",
     [("Europees Parlement", "ORG"), ("Raad", "ORG"), ("EU", "ORG")], "nl"),
    ("Das Europäische Parlament und der Rat einigten sich auf den Haushalt der EU.",
     [("Europäische Parlament", "ORG"), ("Rat", "ORG"), ("EU", "ORG")], "de"),
    ("The European Parliament and the Council adopted the Solidarity Fund.",
     [("European Parliament", "ORG"), ("Council", "ORG")], "en"),
    ("Le Parlement et le Conseil ont suivi la Commission européenne.",
     [("Parlement", "ORG"), ("Conseil", "ORG"), ("Commission européenne", "ORG")], "fr"),
    ("The European Council met; the Council said the EU will act.",
     [("European Council", "ORG"), ("Council", "ORG"), ("EU", "ORG")], "en"),
    ("Le Conseil européen a demandé au Conseil et à l'UE d'agir.",
     [("Conseil européen", "ORG"), ("Conseil", "ORG"), ("UE", "ORG")], "fr"),
    ("De Europese Raad vroeg de Raad en de EU om op te treden.",
     [("Europese Raad", "ORG"), ("Raad", "ORG"), ("EU", "ORG")], "nl"),
    ("Der Europäische Rat bat den Rat und die EU zu handeln.",
     [("Europäische Rat", "ORG"), ("Rat", "ORG"), ("EU", "ORG")], "de"),
    ("The Council of the European Union met. The Council adopted the text in Brussels.",
     [("Council of the European Union", "ORG"), ("Council", "ORG"), ("Brussels", "LOC")], "en"),
    ("Le Conseil de l'Union européenne s'est réuni. Le Conseil a adopté le texte.",
     [("Conseil de l'Union européenne", "ORG"), ("Conseil", "ORG")], "fr"),
    ("De Raad van de Europese Unie kwam bijeen. De Raad nam de tekst aan.",
     [("Raad van de Europese Unie", "ORG"), ("Raad", "ORG")], "nl"),
    ("Der Rat der Europäischen Union tagte. Der Rat nahm den Text an.",
     [("Rat der Europäischen Union", "ORG"), ("Rat", "ORG")], "de"),
])
def test_the_council_of_a_release_about_the_eu_is_the_council_of_the_eu(text, items, language):
    assert keys_of(text, items, language)[next(t for t, _ in items if t in ("Council", "Conseil", "Raad", "Rat"))] \
        == "alias:council-of-the-eu"


@pytest.mark.parametrize(("text", "items", "language"), [
    ("The Security Council met; the Council said the EU will act.",
     [("Security Council", "ORG"), ("Council", "ORG"), ("EU", "ORG")], "en"),
    ("The Council met in Dublin.", [("Council", "ORG"), ("Dublin", "LOC")], "en"),
    ("Le Conseil fédéral et le Conseil ont parlé de l'UE.",
     [("Conseil fédéral", "ORG"), ("Conseil", "ORG"), ("UE", "ORG")], "fr"),
    ("De Raad van State en de Raad spraken over de EU.", [("Raad van State", "ORG"), ("Raad", "ORG"), ("EU", "ORG")],
     "nl"),
    ("Der Bundesrat tagte; der Rat sprach über die EU.",
     [("Bundesrat", "ORG"), ("Rat", "ORG"), ("EU", "ORG")], "de"),
])
def test_another_council_leaves_the_council_alone(text, items, language):
    assert keys_of(text, items, language)[items[1][0]] != "alias:council-of-the-eu"


@pytest.mark.parametrize(("surface", "language", "entry"), [
    ("Europäische Rat", "de", "european-council"),  # "der Europäische Rat": the weak form of "Europäischer"
    ("Europäischen Rechnungshof", "de", "eu-court-of-auditors"),  # weak form and a case ending
    ("Internationale Währungsfonds", "de", "imf"),
    ("Europäische Auswärtige Dienst", "de", "eu-eeas"),  # every adjective, the noun kept
    ("European Council", "en", "european-council"),
    ("Europese Raad", "nl", "european-council"),
    ("Conseil européen", "fr", "european-council"),
])
def test_adjectives_in_their_weak_form_name_the_alias_entry(surface, language, entry):
    found = alias_table().lookup(surface, language)
    assert (found.id if found else None) == entry


@pytest.mark.parametrize(("name", "language", "expected"), [
    ("europaischer rat", "de", "europaische rat"),
    ("rat der europaischen union", "de", "rat der europaischen union"),  # "der" is an article, too short
    ("bundesamt fur umwelt", "de", "bundesamt fur umwelt"),
    ("european regional development fund", "en", "european regional development fund"),
    ("europees sociaal fonds", "nl", "europees sociaal fonds"),
    ("conseil superieur", "fr", "conseil superieur"),
])
def test_weak_form(name, language, expected):
    assert weak_form(name, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("The Senate passed the bill; Maine and Ohio will benefit.", "en"),
    ("Le Sénat américain a voté; la Pennsylvanie et la Virginie en profitent.", "fr"),
    ("De Senaat stemde; Pennsylvanië en Ohio profiteren.", "nl"),
    ("Der Senat stimmte zu; Pennsylvanien und Ohio profitieren.", "de"),
])
def test_us_states_point_to_the_united_states(text, language):
    states = [w.strip(".;") for w in text.split() if w.strip(".;") in
              ("Maine", "Ohio", "Pennsylvanie", "Virginie", "Pennsylvanië", "Pennsylvanien")]
    assert set(country_evidence(mentions_of(text, [(w, "LOC") for w in states]), language)) == {"us"}


@pytest.mark.parametrize(("surface", "language"), [
    ("European Commission", "en"), ("Europese Commissie", "nl"), ("Vereinigten Arabischen Emiraten", "de"),
    ("Commission européenne", "fr"), ("PvdA", "nl"), ("PVDA", None), ("Kamer", "nl"), ("no such body", "en"),
])
def test_alias_lookups_are_remembered_with_the_same_answer(surface, language):
    table = alias_table()
    first = table.lookup(surface, language)
    assert first == table._lookup(surface, language)
    assert table.lookup(surface, language) is first


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("Das Land Berlin fördert das Projekt. In Berlin beginnt es im Mai.", "Land Berlin", "Berlin"),
    ("Der Freistaat Sachsen zahlt. Sachsen hat 4 Millionen Einwohner.", "Freistaat Sachsen", "Sachsen"),
])
def test_a_place_named_with_its_own_kind_is_the_place(text: str, kind: str, place: str) -> None:
    linked, _ = cluster_mentions(text, mentions_of(text, [(kind, "LOC"), (place, "LOC")]), "de")
    assert linked[0].entity == linked[1].entity


def test_a_canton_is_not_its_capital() -> None:
    text = "Der Kanton Bern zahlt. In Bern tagt der Rat."
    linked, _ = cluster_mentions(text, mentions_of(text, [("Kanton Bern", "LOC"), ("Bern", "LOC")]), "de")
    assert linked[0].entity != linked[1].entity


@pytest.mark.parametrize("text, full, short", [
    ("Pfizer Inc. wrote to the agency. Pfizer said it would answer.", "Pfizer Inc.", "Pfizer"),
    ("Air New Zealand Limited reported a loss; Air New Zealand will cut flights.", "Air New Zealand Limited",
     "Air New Zealand"),
    ("Koninklijke Boskalis N.V. bouwt de dijk. Koninklijke Boskalis verwacht winst.", "Koninklijke Boskalis N.V.",
     "Koninklijke Boskalis"),
    ("La Société Générale SA publie ses résultats. La Société Générale prévoit une hausse.",
     "Société Générale SA", "Société Générale"),
    ("Die Deutsche Bahn AG investiert. Die Deutsche Bahn erwartet mehr Fahrgäste.", "Deutsche Bahn AG",
     "Deutsche Bahn"),
    ("Die Pressmetall Gunzenhausen GmbH & Co. KG baut aus. Pressmetall Gunzenhausen stellt ein.",
     "Pressmetall Gunzenhausen GmbH & Co. KG", "Pressmetall Gunzenhausen"),
])
def test_a_company_named_without_its_legal_form_is_one_entity(text, full, short):
    names, entities = clusters(text, [(full, "ORG"), (short, "ORG")])
    assert names[full] == names[short] and len(entities) == 1
    assert entities[0].key == f"ORG:{short.lower().replace('é', 'e')}"  # one key across releases


def test_a_legal_form_alone_or_in_lower_case_is_not_dropped():
    from pipeline.entities.shortforms import without_legal_form

    assert without_legal_form("AG") == "AG"
    assert without_legal_form("Banque de la ag") == "Banque de la ag"
    assert without_legal_form("Pfizer, Inc.") == "Pfizer"


@pytest.mark.parametrize("language, text, full, acronym", [
    ("en", "The Higher Education Authority - HEA published a report. The HEA said so.",
     "Higher Education Authority", "HEA"),
    ("en", "The U.S. Department of Agriculture announced aid. USDA will pay farmers.",
     "U.S. Department of Agriculture", "USDA"),
    ("en", "The Pan-American Health Organization met in Lima. PAHO figures show a rise.",
     "Pan-American Health Organization", "PAHO"),
    ("nl", "De Autoriteit Consument en Markt controleert. Volgens de ACM is alles in orde.",
     "Autoriteit Consument en Markt", "ACM"),
    ("fr", "L'Agence fédérale pour la sécurité de la chaîne alimentaire contrôle. Selon l'AFSCA, tout va bien.",
     "Agence fédérale pour la sécurité de la chaîne alimentaire", "AFSCA"),
    ("de", "Das Bundesamt für Strahlenschutz warnt. Das BfS empfiehlt Vorsicht.", "Bundesamt für Strahlenschutz",
     "BfS"),
])
def test_an_acronym_alone_names_the_organisation_its_initials_spell(language, text, full, acronym):
    linked, entities = cluster_mentions(text, mentions_of(text, [(full, "ORG"), (acronym, "ORG")]), language)
    assert linked[0].entity == linked[1].entity and entities[0].name == full


def test_an_acronym_spelled_by_two_names_or_of_another_label_stays_apart():
    text = "The Senate Budget Committee and the Small Business Administration met. SBC and SBA agreed. " \
           "The Court of Appeals ruled in CA."
    names, _ = clusters(text, [("Senate Budget Committee", "ORG"), ("Small Business Administration", "ORG"),
                               ("SBC", "ORG"), ("SBA", "ORG"), ("Court of Appeals", "ORG"), ("CA", "LOC")])
    assert names["SBC"] == "Senate Budget Committee" and names["SBA"] == "Small Business Administration"
    assert names["CA"] == "CA"
    text = "The Senate Budget Committee and the State Bar of California met. The SBC agreed."
    names, _ = clusters(text, [("Senate Budget Committee", "ORG"), ("State Bar of California", "ORG"),
                               ("SBC", "ORG")])
    assert names["SBC"] == "SBC"  # two names spell it


@pytest.mark.parametrize("language, text, full, bare", [
    ("en", "Senator Charles E. Grassley wrote today. Charles Grassley said Grassley would wait.",
     "Charles E. Grassley", "Charles Grassley"),
    ("nl", "Minister Hugo M. de Jonge opende het centrum. Volgens Hugo de Jonge is het nodig.",
     "Hugo M. de Jonge", "Hugo de Jonge"),
    ("fr", "Le ministre Jean-Marc P. Dupont a signé. Pour Jean-Marc Dupont, c'est essentiel.",
     "Jean-Marc P. Dupont", "Jean-Marc Dupont"),
    ("de", "Bundesminister Frank W. Becker eröffnete die Messe. Frank Becker sagte, sie sei wichtig.",
     "Frank W. Becker", "Frank Becker"),
])
def test_a_name_without_its_middle_initial_is_the_same_person(language, text, full, bare):
    linked, entities = cluster_mentions(text, mentions_of(text, [(full, "PERSON"), (bare, "PERSON")]), language)
    assert linked[0].entity == linked[1].entity and entities[0].name == full


def test_two_initialled_names_leave_the_bare_name_alone():
    text = "George H. W. Bush and George W. Bush met. George Bush spoke."
    names, _ = clusters(text, [("George H. W. Bush", "PERSON"), ("George W. Bush", "PERSON"),
                               ("George Bush", "PERSON")])
    assert len({names["George H. W. Bush"], names["George W. Bush"], names["George Bush"]}) == 3


@pytest.mark.parametrize("language, variant, entry", [
    ("en", "EU Aviation Safety Agency", "easa"),
    ("en", "UN Development Programme", "undp"),
    ("nl", "Solidariteitsfonds van de EU", "eu-solidarity-fund"),
    ("fr", "Conseil de l’UE", "council-of-the-eu"),
    ("fr", "Cour de justice de l'UE", "ecj"),
])
def test_a_name_holding_another_entry_is_also_written_with_its_acronym(language, variant, entry):
    table = alias_table()
    assert table.lookup(variant, language).id == entry
    assert variant in table.names(language)  # recognised in releases too


def test_an_acronym_variant_uses_the_language_s_own_acronym():
    assert alias_table().lookup("Conseil de l'EU", "fr") is None  # "UE" in French
    assert alias_table().lookup("Rat der Europäischen Union", "de").id == "council-of-the-eu"
