"""Model-free names (Dutch, German): real sentence shapes, and what must not become a name."""

from __future__ import annotations

import pytest

from pipeline.entities.names import listed_persons, model_free_mentions, typed_organisations

FOUND = [
    ("nl", "In oktober 2020 tovert partijvoorzitter Joachim Coens haar uit de hoed.", ("Joachim Coens", "PERSON")),
    ("nl", "Samen met MR-vicepremier David Clarinval is zij bevoegd.", ("David Clarinval", "PERSON")),
    ("nl", "Annelies Verlinden (46) maakt opnieuw haar opwachting.", ("Annelies Verlinden", "PERSON")),
    ("nl", "Ze treedt op als advocate in de rechtszaak bij de Raad van State.", ("Raad van State", "ORG")),
    ("nl", "“We gaan door”, aldus Vincent Van Peteghem.", ("Vincent Van Peteghem", "PERSON")),
    ("de", "Innenministerin Nancy Faeser nannte die Kundgebung schwer erträglich.", ("Nancy Faeser", "PERSON")),
    ("de", "Der Betroffenenvertreter Detlev Zander kritisierte die Synode.", ("Detlev Zander", "PERSON")),
    ("de", "Das Ministerium für Arbeit und Soziales teilte mit.", ("Ministerium für Arbeit und Soziales", "ORG")),
    ("de", "Die Gruppe wird vom Hamburger Verfassungsschutz beobachtet.", ("Hamburger Verfassungsschutz", "ORG")),
    ("de", "„Das ist wichtig“, so Kopp.", ("Kopp", "PERSON")),
    ("de", "die die Studie zuvor beschrieben habe.\n\nKarin Krapp, eine weitere Betroffene, kritisierte das.",
     ("Karin Krapp", "PERSON")),  # a new paragraph: the capital after "habe." is not a noun's
    ("de", "Der Trierer Politikwissenschaftler Uwe Jun stellt dem Ausschuss ein gutes Zeugnis aus.",
     ("Uwe Jun", "PERSON")),  # leading common words dropped; "Jun" is no month here
    ("de", "„Die Regierung muss sich bewegen“, stellt Nora Back nach ihrer Rede klar.", ("Nora Back", "PERSON")),
    ("nl", "Ook hebben filmmakers als Quentin Tarantino en Robert Rodriguez dat gezegd.",
     ("Robert Rodriguez", "PERSON")),
    ("nl", "Sherman stuurde James B. McPherson naar Kingston.", ("James B. McPherson", "PERSON")),
    ("nl", "De ministers bespraken het in het Overlegcomité van woensdag.", ("Overlegcomité", "ORG")),
    ("nl", "Eigenaar Arthur Barnett had bij Singer gewerkt.", ("Arthur Barnett", "PERSON")),
    ("de", "Da verteilte der Allgemeine Deutsche Fahrradclub ADFC Noten an Städte.",
     ("Allgemeine Deutsche Fahrradclub", "ORG")),
    ("de", "Auf die Aktivitäten von AfD-Mann Gerold Otten hätte man verzichtet.", ("Gerold Otten", "PERSON")),
    ("de", "„Das war knapp“, sagt SWR-Landeskorrespondent Matthias Zahn.", ("Matthias Zahn", "PERSON")),
    ("nl", "Debat Het Google Cultural Institute draagt bij aan de toegang tot cultuur.",
     ("Google Cultural Institute", "ORG")),  # a heading glued to its sentence
]

NOT_NAMES = [
    ("de", "Die Landessynode der evangelischen Kirche hat begonnen."),  # nouns, not names
    ("de", "Zu Beginn der Sitzung gab es Kritik an der Regierung."),
    ("de", "Der Schutz der Bevölkerung hat Vorrang."),
    ("nl", "Als minister van Binnenlandse Zaken is ze verantwoordelijk."),  # a portfolio, not a person
    ("nl", "Onze Belgische sociale bescherming is zeer goed."),
    ("de", "Schwere Vorwürfe, 6700 Seiten Protokoll, Zwei Tage später, 5 Milliarden Euro."),
    ("de", "In Japan werden am 27. Oktober Parlamentswahlen abgehalten."),
    ("nl", "In juni 2024 trekt Verlinden de Kamerlijst voor CD&V in Antwerpen."),  # a subject, then an object
    ("nl", "Hij zei hierover dat het goed was."),  # a pronoun before a verb of saying
]

NOT_ORGS = [
    ("de", "Dagegen wirft die Opposition in erster Linie der Landesregierung Versagen vor."),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_names_found(language, text, expected):
    found = model_free_mentions(text, language)
    assert expected in {(m.text, m.label) for m in found}
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize(("language", "text"), NOT_NAMES)
def test_no_names(language, text):
    assert [m for m in model_free_mentions(text, language) if m.label == "PERSON"] == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("nl", "Na haar studies gaat ze aan de slag bij het internationale advocatenkantoor DLA Piper.", "DLA Piper"),
    ("de", "Und zeitweise verbilligten sich die Aktien des Onlinebrokers Flatexdegiro.", "Flatexdegiro"),
    ("de", "Das teilte der Konzern Siemens am Montag mit.", "Siemens"),
])
def test_a_name_after_a_kind_of_organisation(language, text, expected):
    assert [(m.text, m.label) for m in typed_organisations(text, language)] == [(expected, "ORG")]


@pytest.mark.parametrize(("language", "text"), NOT_ORGS)
def test_no_organisations(language, text):
    assert [m.text for m in model_free_mentions(text, language) if m.label == "ORG"] == []


@pytest.mark.parametrize(("language", "text", "people"), [
    ("nl", "Aanwezig waren de staatssecretarissen Van Veldhoven, Knops en Keijzer.",
     ["Van Veldhoven", "Knops", "Keijzer"]),
    ("nl", "Ook de ministers Van Nieuwenhuizen en Van Engelshoven kwamen.", ["Van Nieuwenhuizen", "Van Engelshoven"]),
    ("de", "Es sprachen die Bundesräte Alain Berset und Ignazio Cassis.", ["Alain Berset", "Ignazio Cassis"]),
])
def test_names_listed_after_a_plural_title(language: str, text: str, people: list[str]) -> None:
    assert [m.text for m in listed_persons(text, language)] == people


@pytest.mark.parametrize("text", [
    "Geschenke für die Lienzer Kindergartenkindern kamen an.",  # a compound noun is no surname
    "Weiterführende Informationen gibt es hier.",  # a participle adjective and a plural noun
])
def test_german_nouns_are_no_person(text: str) -> None:
    assert not [m for m in model_free_mentions(text, "de") if m.label == "PERSON"]
