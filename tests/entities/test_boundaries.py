import pytest

from pipeline.entities.boundaries import (
    acronym_long_forms,
    cut_at_dash,
    end_after_full_name,
    extend_coordinated,
    institution_heads,
    leading_part_mentions,
    leading_parts,
    representation_names,
)
from pipeline.entities.recognize import extract_entities
from pipeline.records import Mention
from pipeline.text.main_text import split_paragraphs


def found(text: str, language: str) -> set[tuple[str, str]]:
    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    return {(m.text, m.label) for m in mentions}


@pytest.mark.parametrize(("language", "text", "long_form", "acronym"), [
    ("fr", "Selon la Direction du développement et de la coopération (DDC), l'aide arrive.",
     "Direction du développement et de la coopération", "DDC"),
    ("fr", "Le Fonds européen d'ajustement à la mondialisation (FEM) aide les travailleurs.",
     "Fonds européen d'ajustement à la mondialisation", "FEM"),
    ("de", "Die Vorsteherin des Eidgenössischen Departements für auswärtige Angelegenheiten (EDA) reist.",
     "Eidgenössischen Departements für auswärtige Angelegenheiten", "EDA"),
    ("de", "Doris Leuthard, Vorsteherin des Eidgenössischen Departements für Umwelt, Verkehr, Energie und "
     "Kommunikation (UVEK), besucht Freiburg.",
     "Eidgenössischen Departements für Umwelt, Verkehr, Energie und Kommunikation", "UVEK"),
    ("en", "The Potsdam-Institut für Klimafolgenforschung (PIK) said so.", "Potsdam-Institut für Klimafolgenforschung",
     "PIK"),
    ("nl", "Geld uit het Europees Fonds voor Regionale Ontwikkeling (EFRO) gaat naar Twente.",
     "Europees Fonds voor Regionale Ontwikkeling", "EFRO"),
])
def test_long_form_spelled_by_its_acronym(language: str, text: str, long_form: str, acronym: str) -> None:
    forms = {(m.text, m.label) for m in acronym_long_forms(text, language)}
    assert forms == {(long_form, "ORG"), (acronym, "ORG")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Minister Francis Lomel (LCGB) spoke."),  # a person and a union: the initials do not spell it
    ("de", "Innenministerin Nancy Faeser (SPD) sagte das."),
    ("fr", "Le chiffre de 2019 (PIB) augmente."),
])
def test_no_long_form_where_initials_do_not_spell_it(language: str, text: str) -> None:
    assert acronym_long_forms(text, language) == []


@pytest.mark.parametrize(("language", "text", "place"), [
    ("nl", "Nederland steunt de Democratische Republiek Congo (DRC). De DRC kampt met ebola.",
     "Democratische Republiek Congo"),
    ("en", "Aid to the Democratic Republic of Congo (DRC) grows. The DRC welcomed it.", "Democratic Republic of Congo"),
])
def test_a_republic_defined_by_its_acronym_is_a_place_all_through(language: str, text: str, place: str) -> None:
    result = found(text, language)
    assert (place, "LOC") in result and ("DRC", "LOC") in result and ("DRC", "ORG") not in result


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The Ministry of Labour, Family, Social Affairs and Equal Opportunities said so.",
     "Ministry of Labour, Family, Social Affairs and Equal Opportunities"),
    ("de", "Das Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung teilt mit.",
     "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung"),
])
def test_organisation_continued_through_a_comma_list(language: str, text: str, name: str) -> None:
    start = text.index(name)
    first = name.split(",")[0]
    mentions = [Mention(start, start + len(first), first, "ORG", "model")]
    assert [m.text for m in extend_coordinated(text, mentions, language)] == [name]


@pytest.mark.parametrize(("language", "text", "first"), [
    ("en", "The Ministry of Finance and Deutsche Bank agreed.", "Ministry of Finance"),  # no list: two names
    ("nl", "Het ministerie van Financiën en De Nederlandsche Bank zijn het eens.", "ministerie van Financiën"),
])
def test_two_names_joined_by_and_stay_apart(language: str, text: str, first: str) -> None:
    start = text.index(first)
    mentions = [Mention(start, start + len(first), first, "ORG", "model")]
    assert [m.text for m in extend_coordinated(text, mentions, language)] == [first]


@pytest.mark.parametrize("text", ["European Commission - Daily News", "Mina Andreeva – Tel"])
def test_names_stop_at_a_spaced_dash(text: str) -> None:
    start, end = cut_at_dash(0, len(text), text)
    assert text[start:end] == text.split(" ")[0] + " " + text.split(" ")[1]


@pytest.mark.parametrize(("text", "name"), [
    ("Département de l’information • Service des informations et des accréditations", "Département de l’information"),
    ("Department of Public Information • News and Media Division", "Department of Public Information"),
    ("Press Conferences | FAO", "Press Conferences"),
])
def test_names_stop_at_a_bullet_or_a_bar(text: str, name: str) -> None:
    start, end = cut_at_dash(0, len(text), text)
    assert text[start:end].strip() == name


@pytest.mark.parametrize(("language", "name", "head"), [
    ("en", "European Commission", "Commission"),
    ("nl", "Europese Commissie", "Commissie"),
    ("fr", "Union européenne", "Union"),
    ("de", "Europäischen Kommission", "Kommission"),
])
def test_institution_head_names_the_institution(language: str, name: str, head: str) -> None:
    mentions = [Mention(0, len(name), name, "ORG", "gazetteer")]
    assert institution_heads(mentions, language)[head].text == name


@pytest.mark.parametrize(("language", "names", "head"), [
    ("en", ["European Commission", "Representation of the European Commission in Ireland"], "Commission"),
    ("nl", ["Europese Rekenkamer", "Persvoorlichter Europese Rekenkamer"], "Rekenkamer"),
    ("fr", ["Commission européenne", "Représentation de la Commission européenne en France"], "Commission"),
    ("de", ["Europäischen Kommission", "Vertretung der Europäischen Kommission in Deutschland"], "Kommission"),
    ("nl", ["Europees Parlement", "Steun van het Parlement"], "Parlement"),  # a heading about the institution
    ("en", ["European Commission", "Support from the Commission"], "Commission"),
    ("fr", ["Commission européenne", "Soutien de la Commission"], "Commission"),
    ("de", ["Europäische Kommission", "Vorschläge der Kommission"], "Kommission"),
])
def test_a_name_holding_the_institutions_name_is_no_other_owner(language: str, names: list[str], head: str) -> None:
    mentions = [Mention(0, len(n), n, "ORG", "rule") for n in names]
    assert institution_heads(mentions, language)[head].text == names[0]


@pytest.mark.parametrize(("language", "names", "head"), [
    ("en", ["European Council", "Council of the European Union"], "Council"),  # ambiguous in EU texts
    ("en", ["European Commission", "National Commission"], "Commission"),  # two commissions: neither
    ("en", ["European Commission", "Office of the Commission on Human Rights"], "Commission"),
    ("nl", ["Europese Commissie", "Secretariaat van de Commissie Sociale Zaken"], "Commissie"),
])
def test_ambiguous_head_names_nothing(language: str, names: list[str], head: str) -> None:
    mentions = [Mention(0, len(n), n, "ORG", "gazetteer") for n in names]
    assert head not in institution_heads(mentions, language)


def test_a_list_naming_another_body_is_not_absorbed() -> None:
    text = "The Department of Labor, Veterans Employment and Training Service said so."
    first = "Department of Labor"
    mentions = [Mention(text.index(first), text.index(first) + len(first), first, "ORG", "model")]
    assert [m.text for m in extend_coordinated(text, mentions, "en")] == [first]


@pytest.mark.parametrize(("language", "name", "person"), [
    ("nl", "Carola Schouten van Landbouw", "Carola Schouten"),
    ("nl", "Ank van Engelshoven", "Ank van Engelshoven"),
    ("de", "Frank Weber von der SPD", "Frank Weber"),
    ("de", "Ursula von der Leyen", "Ursula von der Leyen"),
    ("fr", "Marc Perrin de Brichambaut", "Marc Perrin de Brichambaut"),  # a surname, not a portfolio, follows
    ("fr", "Jean-Yves Le Drian F. de La Mure", "Jean-Yves Le Drian"),  # a caption, then a photo credit
    ("en", "Ursula Jones P. van der Berg", "Ursula Jones"),
    ("nl", "Mark Rutte J. van der Meer", "Mark Rutte"),
])
def test_person_ends_at_a_particle_after_a_full_name(language: str, name: str, person: str) -> None:
    text = f"Volgens {name} gaat het door."
    start = text.index(name)
    [m] = end_after_full_name(text, [Mention(start, start + len(name), name, "PERSON", "rule")], language)
    assert m.text == person


@pytest.mark.parametrize(("language", "text", "full", "short"), [
    ("en", "Judges of the Court of Justice of the European Union met. The Court of Justice ruled.",
     "Court of Justice of the European Union", "Court of Justice"),
    ("nl", "Het Hof van Justitie van de Europese Unie oordeelt. Het Hof van Justitie wijst het af.",
     "Hof van Justitie van de Europese Unie", "Hof van Justitie"),
    ("fr", "Les Membres de la Cour des comptes des Communautés européennes. La Cour des comptes a parlé.",
     "Cour des comptes des Communautés européennes", "Cour des comptes"),
    ("de", "Die Ständige Vertretung der Bundesrepublik Deutschland lädt ein. Die Ständige Vertretung bittet.",
     "Ständige Vertretung der Bundesrepublik Deutschland", "Ständige Vertretung"),
])
def test_the_leading_part_of_a_full_name_names_it_again(language: str, text: str, full: str, short: str) -> None:
    mentions = [Mention(text.index(full), text.index(full) + len(full), full, "ORG", "gazetteer")]
    assert leading_parts(mentions, language)[short].text == full
    again = [m for m in leading_part_mentions(text, mentions, language) if m.start >= mentions[0].end]
    assert [(m.text, m.label) for m in again] == [(short, "ORG")]


@pytest.mark.parametrize(("language", "names"), [
    ("en", ["Court of Justice of the European Union", "Court of Justice of the EFTA States"]),  # two courts
    ("en", ["Ministry of Labour of the city"]),  # no body or place after the connector
    ("nl", ["Ministerie van Buitenlandse Zaken van het Koninkrijk der Nederlanden", "Ministerie van Buitenlandse "
            "Zaken van België"]),
    ("fr", ["Office fédéral de la statistique"]),  # "Office fédéral" leads, "statistique" is no name
    ("de", ["Ministerium der Justiz und für Verbraucherschutz"]),
])
def test_no_leading_part_without_a_named_rest_or_with_two_full_names(language: str, names: list[str]) -> None:
    assert leading_parts([Mention(0, len(n), n, "ORG", "rule") for n in names], language) == {}


def spans_of(text: str, items: list[tuple[str, str]]) -> list[Mention]:
    return [Mention(text.index(t), text.index(t) + len(t), t, label, "gazetteer") for t, label in items]


@pytest.mark.parametrize(("language", "text", "items", "name"), [
    ("de", "Das Land Berlin und die Vertretung der Europäischen Kommission in Deutschland vereinbaren es.",
     [("Europäischen Kommission", "ORG"), ("Deutschland", "LOC")],
     "Vertretung der Europäischen Kommission in Deutschland"),
    ("de", "Autor\n- Vertretung in Deutschland", [("Deutschland", "LOC")], "Vertretung in Deutschland"),
    ("en", "Ellen Kelly, Counsellor at the EU Delegation to China, stated", [("EU", "ORG"), ("China", "LOC")],
     "EU Delegation to China"),
    ("de", "Die EU-Delegation in China und die Schweizer Botschaft in Peking", [("Peking", "LOC")],
     "Botschaft in Peking"),
    ("en", "The Representation of the European Commission in Ireland said so.",
     [("European Commission", "ORG"), ("Ireland", "LOC")], "Representation of the European Commission in Ireland"),
    ("nl", "De Vertegenwoordiging van de Europese Commissie in Nederland meldt het.",
     [("Europese Commissie", "ORG"), ("Nederland", "LOC")],
     "Vertegenwoordiging van de Europese Commissie in Nederland"),
    ("fr", "La Représentation de la Commission européenne en France l'annonce.",
     [("Commission européenne", "ORG"), ("France", "LOC")], "Représentation de la Commission européenne en France"),
])
def test_a_representation_is_named_by_its_kind_body_and_place(language: str, text: str,
                                                              items: list[tuple[str, str]], name: str) -> None:
    found = representation_names(text, spans_of(text, items), language)
    assert [(m.text, m.label) for m in found] == [(name, "ORG")]


@pytest.mark.parametrize(("language", "text", "items"), [
    ("de", "Die Vertretung der Interessen der Bauern in Deutschland ist stark.", [("Deutschland", "LOC")]),
    ("en", "Representation of women in Ireland grew.", [("Ireland", "LOC")]),
    ("nl", "De vertegenwoordiging in Nederland groeit.", [("Nederland", "LOC")]),  # lower case: no name
    ("fr", "La Représentation de Jean Dupont en France.", [("Jean Dupont", "PERSON"), ("France", "LOC")]),
])
def test_no_representation_without_a_body_mention_before_the_place(language: str, text: str,
                                                                   items: list[tuple[str, str]]) -> None:
    mentions = spans_of(text, items)
    assert representation_names(text, mentions, language) == sorted(mentions, key=lambda m: m.start)
