"""Issue 17: a heading followed by a blank line is no contact line (no person), while a name with its function
on the same line or the next still is one; German inflected adjectives at the start of a capitalised run
("Andere Regionen", "Weitere Informationen") are no person, first names ending alike are."""

from __future__ import annotations

import pytest

from pipeline.entities.names import model_free_mentions
from pipeline.entities.recognize import _rule_mentions, patterns_for


def persons(text: str, language: str) -> list[str]:
    return [m.text for m in _rule_mentions(text, patterns_for(language), True) if m.label == "PERSON"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Further Information\n\nThe minister said the plan would be published in May."),
    ("en", "Media Contacts\n\nPress office of the ministry"),
    ("nl", "Meer Informatie\n\nDe minister zei dat het plan in mei verschijnt."),
    ("fr", "Informations Complémentaires\n\nLe ministre a présenté le plan."),
    ("de", "Weiterführende Informationen\n\nSpezialseite des Departements zum Staatsbesuch"),
    ("de", "Weitere Auskünfte\n\nDie Medienstelle gibt Auskunft."),
])
def test_a_heading_before_a_blank_line_is_no_person(language: str, text: str) -> None:
    assert persons(text, language) == []


@pytest.mark.parametrize(("language", "text", "person"), [
    ("en", "Jane Doe  Press Officer, +44 20 7946 0000", "Jane Doe"),
    ("en", "John Smith\nSpokesperson", "John Smith"),
    ("nl", "Jan de Vries | woordvoerder", "Jan de Vries"),
    ("fr", "Marie Dupont  Porte-parole", "Marie Dupont"),
    ("de", "Anna Muster  Mediensprecherin", "Anna Muster"),
])
def test_a_contact_line_is_still_a_person(language: str, text: str, person: str) -> None:
    assert persons(text, language) == [person]


@pytest.mark.parametrize("text", [
    "Andere Regionen machten es vor und zogen nach.",
    "Neue Regeln gelten ab dem ersten Januar.",
    "Kleine Unternehmen profitieren von der Reform.",
    "Weitere Informationen finden Sie auf der Website.",
])
def test_an_inflected_adjective_starts_no_person(text: str) -> None:
    assert [m.text for m in model_free_mentions(text, "de") if m.label == "PERSON"] == []


@pytest.mark.parametrize(("language", "text", "person"), [
    ("de", "Erste Ergebnisse stellte Volker Dietz am Montag vor.", "Volker Dietz"),
    ("de", "Die Studie leitet Anne Müller an der Universität.", "Anne Müller"),
    ("de", "Eingeladen hatte George Fry die Partner.", "George Fry"),
    ("nl", "Volgens Anne Jansen is het plan klaar.", "Anne Jansen"),
])
def test_first_names_ending_like_adjectives_stay_names(language: str, text: str, person: str) -> None:
    assert person in [m.text for m in model_free_mentions(text, language) if m.label == "PERSON"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("de", "European Commission Logo\n\nEU-AKTUELL: Die Kommission fördert Robotik.", "European Commission"),
    ("nl", "De lening van de European Investment Bank gaat naar Antwerpen.", "European Investment Bank"),
    ("fr", "Selon la World Health Organization, le risque reste modéré.", "World Health Organization"),
    ("en", "The European Investment Bank signed the loan.", "European Investment Bank"),
])
def test_english_names_of_several_words_in_every_language(language: str, text: str, name: str) -> None:
    from pipeline.entities.recognize import _gazetteer_mentions

    assert (name, "ORG") in {(m.text, m.label) for m in _gazetteer_mentions(text, language)}


def test_one_english_word_is_not_looked_for_in_other_languages() -> None:
    from pipeline.entities.gazetteer import alias_table

    names = alias_table().names("de")
    assert all(" " in n for n in set(names) - set(alias_table().names(None)) - set(alias_table().by_language["de"]))


@pytest.mark.parametrize(("language", "text", "code"), [
    ("en", "The report (ISBN 978-92-79-12345-6) is online; the data set has 32 MB.", "ISBN"),
    ("en", "The study is available under its DOI and in PubMed (PMID 17117481).", "PMID"),
    ("nl", "Het rapport (ISBN 978-90-12-34567-8) staat online, het bestand is 12 MB groot.", "ISBN"),
    ("fr", "Le rapport (ISBN 978-2-07-036822-8) est disponible, avec son DOI.", "DOI"),
    ("de", "Das Buch erschien 1990 in Stuttgart, ISBN 3-7776-0477-1, mit Karten.", "ISBN"),
    ("de", "Gesucht wurde nach PLZ und Ort, gesendet wurde auf UKW.", "UKW"),
])
def test_bibliographic_codes_and_units_are_no_organisations(language: str, text: str, code: str) -> None:
    from pipeline.entities.recognize import extract_entities
    from pipeline.text.main_text import split_paragraphs

    mentions, _ = extract_entities(text, split_paragraphs(text), language)
    assert code not in {m.text for m in mentions}


@pytest.mark.parametrize(("language", "text", "place", "found"), [
    ("de", "Seine Studien über die Geschichte der Chemie sind bekannt.", "Seine", False),  # "his studies"
    ("de", "Die Ausstellung zeigt Boote auf der Seine bei Rouen.", "Seine", True),  # the river
    ("en", "Paris is where the conference opens. Berlin follows.", "Berlin", True),
    ("nl", "Utrecht krijgt geld. Rotterdam ook.", "Rotterdam", True),
    ("fr", "Lyon accueille le sommet. Marseille suivra.", "Marseille", True),
])
def test_a_function_word_at_a_sentence_start_is_no_place(language: str, text: str, place: str, found: bool) -> None:
    from pipeline.entities.recognize import _gazetteer_mentions

    assert (place in {m.text for m in _gazetteer_mentions(text, language)}) is found
