"""Model-free names (Dutch, German): real sentence shapes, and what must not become a name."""

from __future__ import annotations

import pytest

from pipeline.extract.names import model_free_mentions

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
]

NOT_NAMES = [
    ("de", "Die Landessynode der evangelischen Kirche hat begonnen."),  # nouns, not names
    ("de", "Zu Beginn der Sitzung gab es Kritik an der Regierung."),
    ("de", "Der Schutz der Bevölkerung hat Vorrang."),
    ("nl", "Als minister van Binnenlandse Zaken is ze verantwoordelijk."),  # a portfolio, not a person
    ("nl", "Onze Belgische sociale bescherming is zeer goed."),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_names_found(language, text, expected):
    found = model_free_mentions(text, language)
    assert expected in {(m.text, m.label) for m in found}
    assert all(text[m.start:m.end] == m.text for m in found)


@pytest.mark.parametrize(("language", "text"), NOT_NAMES)
def test_no_names(language, text):
    assert [m for m in model_free_mentions(text, language) if m.label == "PERSON"] == []
