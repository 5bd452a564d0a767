"""Where a name starts and ends: titles and honorifics stay out, a date phrase ends a name, an organisation held in a
run of capitalised words, model organisations that are persons by their form, and head words named in context."""

from __future__ import annotations

import pytest

from pipeline.entities.clusters import cluster_mentions
from pipeline.entities.names import model_free_mentions
from pipeline.entities.recognize import (
    _known_name_after_particle,
    _person_by_form,
    _without_participles,
    patterns_for,
)
from pipeline.records import Mention


def _people(text: str, language: str) -> list[str]:
    return [m.text for m in model_free_mentions(text, language) if m.label == "PERSON"]


def _orgs(text: str, language: str) -> list[str]:
    return [m.text for m in model_free_mentions(text, language) if m.label == "ORG"]


@pytest.mark.parametrize(("language", "text", "person"), [
    ("de", "Theresa Schopper wird Staatsministerin\n\nStaatssekretärin Theresa Schopper wird Staatsministerin.",
     "Theresa Schopper"),  # a heading ending in a title, then a paragraph opening with one
    ("de", "Neue Ministerin\n\nStaatssekretär Florian Stegmann leitet die Staatskanzlei.", "Florian Stegmann"),
    ("nl", "Zij wordt minister\n\nStaatssecretaris Karien van Gennip sprak in Den Haag.", "Karien van Gennip"),
])
def test_a_title_before_a_name_never_reaches_across_a_line(language: str, text: str, person: str) -> None:
    people = _people(text, language)
    assert person in people and not any(p != person and p.endswith(person) for p in people)


@pytest.mark.parametrize(("text", "person"), [
    ("nachdem Staatsminister Klaus-Peter Murawski Anfang September in den Ruhestand getreten ist.",
     "Klaus-Peter Murawski"),
    ("Laut Ministerin Anna Lührmann Mitte Oktober soll das Gesetz kommen.", "Anna Lührmann"),
    ("Zuvor hatte Bundesrat Ignazio Cassis Ende Mai davor gewarnt.", "Ignazio Cassis"),
])
def test_a_date_phrase_after_a_name_is_no_part_of_it(text: str, person: str) -> None:
    assert set(_people(text, "de")) == {person}  # two rules may find the same name


@pytest.mark.parametrize(("text", "org"), [
    ("Neuer Staatssekretär im Ministerium der Justiz und für Verbraucherschutz wurde Dr. Hannes Kopf.",
     "Ministerium der Justiz und für Verbraucherschutz"),
    ("Kriminologin Bärbel Bongartz vom Zentrum für Radikalisierungsforschung und Prävention sagt das.",
     "Zentrum für Radikalisierungsforschung und Prävention"),
    ("Er war bislang bei der Struktur- und Genehmigungsdirektion Süd tätig.",
     "Struktur- und Genehmigungsdirektion Süd"),
])
def test_an_organisation_inside_a_run_of_capitalised_words(text: str, org: str) -> None:
    assert org in _orgs(text, "de")


def test_the_person_before_an_organisation_of_a_run_is_kept() -> None:
    text = "Kriminologin Bärbel Bongartz vom Zentrum für Radikalisierungsforschung und Prävention sagt das."
    assert any(p.endswith("Bärbel Bongartz") for p in _people(text, "de"))


@pytest.mark.parametrize("text", [
    "Israel hat ein Waffenlager der Hizbullah-Miliz im Süden Libanons angegriffen.",  # no place inside the name
    "Dagegen wirft die Opposition in erster Linie der Landesregierung Versagen vor.",
])
def test_no_organisation_runs_into_a_place_or_a_noun(text: str) -> None:
    assert not [o for o in _orgs(text, "de") if " " in o and ("Libanons" in o or "Versagen" in o)]


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Sie forschte zudem zum Thema Asyl- und Fremdenrecht an der Universität."),
    ("nl", "Zij sprak over Onderwijs- en Cultuurbeleid in de Kamer."),
])
def test_half_of_a_shared_compound_is_no_name(language: str, text: str) -> None:
    assert not [p for p in _people(text, language) if p.endswith("-")]


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(("language", "text", "name"), [
    ("fr", "Pour de plus amples informations veuillez contacter Mme. Milagros Gallego, tél: 43 03.",
     "Mme. Milagros Gallego"),
    ("en", "For more information contact Mr. John Harding at the press office.", "Mr. John Harding"),
    ("en", "Eluned Morgan MS, First Minister", "Eluned Morgan MS"),
    ("en", "The College, chaired by Klaus-Heiner Lehne, President of the ECA, will meet.", "Klaus-Heiner Lehne"),
    ("fr", "La réunion, présidée par Koen Lenaerts, président de la Cour, a eu lieu.", "Koen Lenaerts"),
    ("nl", "Volgens Wopke Hoekstra, minister van Financiën, is dat goed.", "Wopke Hoekstra"),
    ("de", "Das sagte Anna Lührmann MdB am Montag.", "Anna Lührmann MdB"),
])
def test_a_model_organisation_that_is_a_person_by_its_form(language: str, text: str, name: str) -> None:
    assert _person_by_form(text, *_span(text, name), "ORG", patterns_for(language)) == "PERSON"


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The European Court of Auditors, President of the panel, said so.", "European Court of Auditors"),
    ("en", "Members of the ECA, President Lehne said.", "ECA"),
    ("fr", "La Cour des comptes, président en tête, a publié.", "Cour des comptes"),
    ("en", "The Human Rights Watch, Director of the programme said.", "Human Rights Watch"),
    ("en", "Shares of Zentek Varro, CEO Jane Doe said, rose.", "Zentek Varro"),  # the title is the next name's
])
def test_an_organisation_before_a_title_stays_one(language: str, text: str, name: str) -> None:
    assert _person_by_form(text, *_span(text, name), "ORG", patterns_for(language)) == "ORG"


@pytest.mark.parametrize(("language", "surface", "expected"), [
    ("en", "van Europese Rekenkamer", ("Europese Rekenkamer", "ORG")),  # "Met dank overgenomen van ..."
    ("fr", "de Commission européenne", ("Commission européenne", "ORG")),
    ("en", "van Gogh", ("van Gogh", "PERSON")),
    ("nl", "van der Meer", ("van der Meer", "PERSON")),
])
def test_a_particle_before_a_known_name_is_no_person(language: str, surface: str, expected: tuple[str, str]) -> None:
    found = _known_name_after_particle(Mention(10, 10 + len(surface), surface, "PERSON", "model"),
                                       patterns_for(language))
    assert (found.text, found.label) == expected and found.end == 10 + len(surface)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("dans le cadre du budget général de l’Union établi pour l’exercice 2024", "Union établi", "Union"),
    ("la Commission chargée de la politique de concurrence", "Commission chargée", "Commission"),
    ("le Parlement wallon a voté", "Parlement wallon", "Parlement wallon"),  # no complement follows
    ("l’Union européenne pour la Méditerranée", "Union européenne", "Union européenne"),  # an alias-table name
])
def test_a_french_participle_after_a_name_is_no_part_of_it(text: str, name: str, expected: str) -> None:
    start, end = _span(text, name)
    model = [Mention(start, end, name, "ORG", "model")]
    known = [Mention(0, 0, f"{name.split()[0]} européenne", "ORG", "model")]  # a longer name of the release
    assert [m.text for m in _without_participles(text, model, known, patterns_for("fr"))] == [expected]


@pytest.mark.parametrize(("language", "parliament", "fund", "head"), [
    ("fr", "Parlement européen", "Fonds de solidarité de l’Union européenne", "Union"),
    ("nl", "Europees Parlement", "Solidariteitsfonds van de Europese Unie", "Unie"),
])
def test_union_alone_is_the_eu_in_releases_about_it(language: str, parliament: str, fund: str, head: str) -> None:
    text = f"{parliament} {fund} {head}"
    mentions = [Mention(0, len(parliament), parliament, "ORG", "gazetteer"),
                Mention(len(parliament) + 1, len(parliament) + 1 + len(fund), fund, "ORG", "gazetteer"),
                Mention(len(text) - len(head), len(text), head, "ORG", "model")]
    _, entities = cluster_mentions(text, mentions, language)
    assert "alias:european-union" in [e.key for e in entities]


def test_die_union_is_not_the_eu_in_german() -> None:
    text = "Europäisches Parlament Union"
    mentions = [Mention(0, 22, "Europäisches Parlament", "ORG", "gazetteer"), Mention(23, 28, "Union", "ORG", "model")]
    _, entities = cluster_mentions(text, mentions, "de")
    assert "alias:european-union" not in [e.key for e in entities]


def _person(text: str, name: str, after: int = 0) -> Mention:
    start = text.index(name, after)
    return Mention(start, start + len(name), name, "PERSON", "model")


@pytest.mark.parametrize(("language", "text", "full", "first"), [
    ("en", "I have asked Mark Drakeford to join the team. Mark will bring his knowledge.", "Mark Drakeford", "Mark"),
    ("fr", "Nous accueillons Élisabeth Guigou. Élisabeth a présidé la séance.", "Élisabeth Guigou", "Élisabeth"),
    ("nl", "Wij verwelkomen Femke Zeldenrust. Femke opende de vergadering.", "Femke Zeldenrust", "Femke"),
    ("de", "Wir begrüßen Theresa Schopper. Theresa übernimmt die Koordination.", "Theresa Schopper", "Theresa"),
])
def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(language: str, text: str, full: str,
                                                                     first: str) -> None:
    mentions = [_person(text, full), _person(text, first, text.index(full) + len(full))]
    linked, _ = cluster_mentions(text, mentions, language)
    assert linked[0].entity == linked[1].entity


@pytest.mark.parametrize(("text", "names", "other"), [
    ("Mark Drakeford and Mark Isherwood spoke. Mark left early.", ["Mark Drakeford", "Mark Isherwood", "Mark"], None),
    ("Morgan Jones met Eluned Morgan. Morgan said so.", ["Morgan Jones", "Eluned Morgan", "Morgan"],
     "Eluned Morgan"),  # a surname of the release: the surname rule decides
])
def test_a_first_name_of_two_people_or_a_surname_links_no_first_name(text: str, names: list[str],
                                                                      other: str | None) -> None:
    mentions, position = [], 0
    for name in names:
        mentions.append(_person(text, name, position))
        position = mentions[-1].end
    linked, _ = cluster_mentions(text, mentions, "en")
    entity = {m.text: m.entity for m in linked}
    assert entity[names[2]] != entity[names[0]]
    assert (entity[names[2]] == entity[other]) if other else entity[names[2]] != entity[names[1]]


@pytest.mark.parametrize(("language", "word"), [("en", "Designate"), ("en", "Acting"), ("fr", "Intérimaire")])
def test_a_word_qualifying_a_title_is_no_person(language: str, word: str) -> None:
    from pipeline.entities.recognize import _has_title_word

    assert _has_title_word(Mention(0, len(word), word, "PERSON", "model"), patterns_for(language))


@pytest.mark.parametrize(("text", "full", "first", "after"), [
    ("Bush Took Office in 2001. Bush said so.", "Bush Took Office", "Bush", 5),  # a misread phrase, no full name
    ("Alexander Will Serve on the panel. Alexander said so.", "Alexander Will Serve", "Alexander", 5),
    ("said Sen  Lamar Alexander. Sen  Alexander said so.", "Sen  Alexander", "Sen", 0),  # a cut name, not alone
])
def test_a_first_name_links_to_no_misread_full_name(text: str, full: str, first: str, after: int) -> None:
    linked, _ = cluster_mentions(text, [_person(text, full), _person(text, first, after)], "en")
    assert linked[0].entity != linked[1].entity


@pytest.mark.parametrize(("language", "text", "person"), [
    ("en", "- Deputy First Minister: Huw Irranca-Davies MS", "Huw Irranca-Davies"),
    ("en", "The motion was tabled by Alun Cairns MP yesterday.", "Alun Cairns"),
    ("de", "Es sprach Anna Lührmann MdB über Europa.", "Anna Lührmann"),
    ("de", "Dazu äußerte sich Katarina Barley MdEP kritisch.", "Katarina Barley"),
])
def test_a_name_before_a_post_nominal_is_a_person(language: str, text: str, person: str) -> None:
    from pipeline.entities.recognize import _post_nominal_persons

    assert [m.text for m in _post_nominal_persons(text, patterns_for(language))] == [person]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A new service for People Living With MS opens."),
    ("en", "The Welsh Government MS said so."),
    ("de", "Die Bundesregierung MdB lehnte ab."),
])
def test_words_before_a_post_nominal_that_are_no_name(language: str, text: str) -> None:
    from pipeline.entities.recognize import _post_nominal_persons

    assert _post_nominal_persons(text, patterns_for(language)) == []
