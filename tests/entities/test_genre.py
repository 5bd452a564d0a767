"""The genre's traps for a statistical model: titles, portfolios, headlines, calendar words, one label per form.
The sentences are written as real releases write them (UN, Belgian federal, Northern Ireland Executive, US Senate
releases, European Commission and EIB pages)."""

import pytest

from pipeline.entities.genre import model_mention, resolve
from pipeline.records import Mention


def mention(text: str, name: str, label: str, method: str = "model", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label, method)


@pytest.mark.parametrize(("language", "text", "name", "label"), [
    ("fr", "Le Secrétaire général des Nations Unies, M. Ban Ki-moon, est arrivé à Genève.",
     "Secrétaire général des Nations Unies", "LOC"),
    ("fr", "Il a rencontré le Ministre suédois des affaires étrangères, Carl Bildt.",
     "Ministre suédois des affaires étrangères", "ORG"),
    ("fr", "Il s’est entretenu avec la prochaine Directrice générale de l’OMS, Margaret Chan.",
     "Directrice générale de l’OMS", "ORG"),
    ("fr", "Plus tard, le Secrétaire général s’est rendu à Berne.", "Secrétaire général s", "LOC"),
    ("en", "Note to Correspondents: Assistant Secretary-General for Middle East and Asia Pacific Khaled Khiari.",
     "Assistant Secretary-General for Middle East and Asia Pacific", "ORG"),
    ("en", "He met the President of the European Investment Bank in Luxembourg.",
     "President of the European Investment Bank", "ORG"),
])
def test_a_title_with_what_follows_is_no_name(language: str, text: str, name: str, label: str) -> None:
    assert model_mention(mention(text, name, label), text, language) is None


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The Premier League clubs agreed.", "Premier League"),
    ("en", "The Expert Group on Climate met.", "Expert Group"),
    ("fr", "L’Organisation mondiale de la santé a publié un rapport.", "Organisation mondiale de la santé"),
])
def test_names_that_start_like_a_title_stay(language: str, text: str, name: str) -> None:
    m = mention(text, name, "ORG")
    assert model_mention(m, text, language) == m


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Secretary of Labor Elaine Chao announced the grant.", "Labor"),
    ("en", "Former Secretary of State Colin Powell spoke.", "State"),
    ("en", "She thanked the Minister for Foreign Affairs and Trade for his support.", "Foreign Affairs and Trade"),
    ("fr", "Le Secrétaire d’Etat à l’Asile et la Migration Theo Francken a présenté la liste.", "Asile"),
    ("fr", "Le Secrétaire d’Etat à l’Asile et la Migration Theo Francken a présenté la liste.", "Migration"),
    ("fr", "Le ministre de la Sécurité et de l’Intérieur Jan Jambon a ensuite annoncé.", "Intérieur"),
    ("en", "Letters of Offer have started to issue, Agriculture Minister Gordon Lyons has confirmed.", "Agriculture"),
])
def test_a_portfolio_is_no_organisation(language: str, text: str, name: str) -> None:
    assert model_mention(mention(text, name, "ORG"), text, language) is None


@pytest.mark.parametrize(("language", "text", "wrong", "person"), [
    ("fr", "Le ministre de la Justice Koen Geens a détaillé plusieurs projets.", "Justice Koen Geens", "Koen Geens"),
    ("en", "The Minister for the Economy and Investment Edwin Poots said.", "Investment Edwin Poots", "Edwin Poots"),
])
def test_a_person_named_after_her_portfolio_keeps_her_name(language: str, text: str, wrong: str,
                                                            person: str) -> None:
    fixed = model_mention(mention(text, wrong, "LOC"), text, language)
    assert fixed is not None and (fixed.text, fixed.label) == (person, "PERSON")
    assert text[fixed.start:fixed.end] == person


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Professor Edelman was Director of the New York State Division for Youth.",
     "New York State Division for Youth"),
    ("en", "He served as Counselor to the White House in 1994.", "White House"),
    ("en", "Navy Secretary Donald Winter visited the yard.", "Navy"),
    ("en", "Mr Lewis is a member of the Health, Education, Labor and Pensions Committee.",
     "Health, Education, Labor and Pensions Committee"),
    ("fr", "Le représentant de l’Union européenne pour la Géorgie, M. Pierre Morel.", "Union européenne"),
])
def test_bodies_named_after_a_title_stay(language: str, text: str, name: str) -> None:
    m = mention(text, name, "ORG")
    assert model_mention(m, text, language) == m


@pytest.mark.parametrize(("language", "text", "name", "label"), [
    ("en", "European Commission - Daily News\nBrussels, 10 May 2019", "Daily News", "ORG"),
    ("en", "FOR IMMEDIATE RELEASE\nWashington, DC", "FOR IMMEDIATE RELEASE", "PERSON"),
    ("fr", "Vendredi, le Secrétaire général s’est rendu à Berne.", "Vendredi", "LOC"),
    ("fr", "ACTIVITÉS DU SECRÉTAIRE GÉNÉRAL EN SUISSE, DU 30 SEPTEMBRE AU 2 OCTOBRE", "SEPTEMBRE", "ORG"),
    ("fr", "un montant de 1,2 million EUR pour la Toscane", "EUR", "LOC"),
    ("en", "The EIB backs financing for SMEs and mid-caps.", "SMEs", "ORG"),
    ("fr", "un niveau d’APD de 0,55% du revenu national brut", "APD", "ORG"),
])
def test_calendar_words_currencies_labels_and_common_acronyms_are_no_names(language: str, text: str, name: str,
                                                                           label: str) -> None:
    assert model_mention(mention(text, name, label), text, language) is None


@pytest.mark.parametrize(("language", "text", "caps", "wrong", "written", "label"), [
    ("en", "SENS. SNOWE, COLLINS ANNOUNCE GRANT\nSens. Olympia Snowe and Susan Collins today announced.",
     "SNOWE", "ORG", "Olympia Snowe", "PERSON"),
    ("fr", "ACTIVITÉS DU SECRÉTAIRE GÉNÉRAL EN SUISSE\nLe Secrétaire général est arrivé en Suisse.",
     "SUISSE", "ORG", "Suisse", "LOC"),
    ("en", "SENATE PASSES BILL FOR NEBRASKA\nThe bill helps Nebraska farmers.", "NEBRASKA", "ORG", "Nebraska", "LOC"),
])
def test_a_name_in_capitals_takes_the_label_it_has_elsewhere(language: str, text: str, caps: str, wrong: str,
                                                             written: str, label: str) -> None:
    found = resolve(text, [mention(text, caps, wrong), mention(text, written, label)], language)
    assert {(m.text, m.label) for m in found} == {(caps, label), (written, label)}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("en", "BURNS ANNOUNCES FUNDING FOR SCHOOLS\nSenator Conrad Burns said.", "BURNS ANNOUNCES"),
    ("en", "DEMOCRATS OPPOSE AMNESTY\nThe Senate voted.", "AMNESTY"),
    ("fr", "ACTIVITÉS DU SECRÉTAIRE GÉNÉRAL EN SUISSE\nLe Secrétaire général est arrivé.", "ACTIVITÉS"),
])
def test_headline_words_named_nowhere_else_are_no_names(language: str, text: str, words: str) -> None:
    assert resolve(text, [mention(text, words, "ORG")], language) == []


@pytest.mark.parametrize(("language", "text", "acronym"), [
    ("en", "HELP COMMITTEE CHAIRMAN\nThe committee met.", "HELP"),
    ("fr", "Les organismes d’aide de l’ONU, CICR, organisations non gouvernementales.", "CICR"),
])
def test_short_words_in_capitals_are_acronyms(language: str, text: str, acronym: str) -> None:
    assert [m.text for m in resolve(text, [mention(text, acronym, "ORG")], language)] == [acronym]


def test_a_surname_is_the_person_named_in_full() -> None:
    text = "Senator Mike Enzi spoke. Enzi said the Senate agreed."
    found = resolve(text, [mention(text, "Mike Enzi", "PERSON"), mention(text, "Enzi", "ORG")], "en")
    assert [(m.text, m.label) for m in found] == [("Mike Enzi", "PERSON"), ("Enzi", "PERSON")]


def test_a_place_named_like_a_surname_stays_where_it_is_mostly_a_place() -> None:
    text = "Van Buren Arkansas and Arkansas farmers. Projects in Arkansas."
    mentions = [mention(text, "Van Buren Arkansas", "PERSON"), mention(text, "Arkansas", "LOC", nth=1),
                mention(text, "Arkansas", "LOC", nth=2)]
    assert [m.label for m in resolve(text, mentions, "en")] == ["PERSON", "LOC", "LOC"]


def test_one_form_one_label() -> None:
    text = "Funding for Raichur. The Raichur university. Raichur millets."
    mentions = [mention(text, "Raichur", "LOC"), mention(text, "Raichur", "LOC", nth=1),
                mention(text, "Raichur", "PERSON", nth=2)]
    assert [m.label for m in resolve(text, mentions, "en")] == ["LOC", "LOC", "LOC"]


def test_a_tie_between_labels_changes_nothing() -> None:
    text = "Jack Abramoff lobbyist scandal. Jack Abramoff was convicted."
    mentions = [mention(text, "Jack Abramoff", "ORG"), mention(text, "Jack Abramoff", "PERSON", nth=1)]
    assert [m.label for m in resolve(text, mentions, "en")] == ["ORG", "PERSON"]



def test_a_surname_read_as_an_organisation_is_the_person_however_often() -> None:
    text = "Donald Trump spoke. The Trump campaign and the Trump team. Trump said so."
    mentions = [mention(text, "Donald Trump", "PERSON"), mention(text, "Trump", "ORG", nth=1),
                mention(text, "Trump", "ORG", nth=2), mention(text, "Trump", "PERSON", nth=3)]
    assert [m.label for m in resolve(text, mentions, "en")] == ["PERSON"] * 4
