"""The organisation of a role read next to the name (``pipeline.roles.orgs``), per language."""

from __future__ import annotations

import pytest

from tests.roles.test_extract import roles_of

PORTFOLIO_IN_BRACKETS = [  # a minister's portfolio in brackets after the name is the position's organisation
    ("nl", "Wethouder Linda van Dort tekende met minister Cora van Nieuwenhuizen (Infrastructuur en Waterstaat).",
     [("Linda van Dort", "PERSON"), ("Cora van Nieuwenhuizen", "PERSON")],
     [("Linda van Dort", "Wethouder", None), ("Cora van Nieuwenhuizen", "minister", "Infrastructuur en Waterstaat")]),
    ("nl", "Dat zei minister Wiebes (Economische Zaken en Klimaat) dinsdag in Den Haag.",
     [("Wiebes", "PERSON"), ("Den Haag", "LOC")], [("Wiebes", "minister", "Economische Zaken en Klimaat")]),
    ("nl", "Staatssecretaris Van Veldhoven (Infrastructuur en Waterstaat) opende de sluis.",
     [("Van Veldhoven", "PERSON")], [("Van Veldhoven", "Staatssecretaris", "Infrastructuur en Waterstaat")]),
    ("en", "The plan was welcomed by Minister Coveney (Foreign Affairs and Trade) on Monday.",
     [("Coveney", "PERSON")], [("Coveney", "Minister", "Foreign Affairs and Trade")]),
    ("fr", "Le plan a été présenté par la ministre Dupont (Économie et Finances) lundi.",
     [("Dupont", "PERSON")], [("Dupont", "ministre", "Économie et Finances")]),
    ("de", "Den Plan stellte Bundesminister Heil (Arbeit und Soziales) am Montag vor.",
     [("Heil", "PERSON")], [("Heil", "Bundesminister", "Arbeit und Soziales")]),
]

NO_PORTFOLIO_IN_BRACKETS = [  # a party, an acronym, a town, a local office's portfolio: no organisation from them
    ("nl", "Minister Hugo de Jonge (CDA) reageerde verheugd.", [("Hugo de Jonge", "PERSON"), ("CDA", "ORG")],
     [("Hugo de Jonge", "Minister", None)]),
    ("nl", "Minister Schouten (GroenLinks) reageerde.", [("Schouten", "PERSON"), ("GroenLinks", "ORG")],
     [("Schouten", "Minister", None)]),
    ("nl", "Namens de gemeente tekende wethouder Marieke de Wit (Ruimtelijke Ordening) het convenant.",
     [("Marieke de Wit", "PERSON")], [("Marieke de Wit", "wethouder", None)]),
    ("en", "Senator Smith (Ohio) and Minister Jones (Cardiff) spoke.",
     [("Smith", "PERSON"), ("Ohio", "LOC"), ("Jones", "PERSON"), ("Cardiff", "LOC")],
     [("Smith", "Senator", None), ("Jones", "Minister", None)]),
    ("fr", "Le ministre Dupont (PS) a réagi.", [("Dupont", "PERSON"), ("PS", "ORG")], [("Dupont", "ministre", None)]),
    ("de", "Ministerpräsidentin Malu Dreyer (SPD) sagte das.", [("Malu Dreyer", "PERSON"), ("SPD", "ORG")],
     [("Malu Dreyer", "Ministerpräsidentin", None)]),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PORTFOLIO_IN_BRACKETS + NO_PORTFOLIO_IN_BRACKETS)
def test_portfolio_in_brackets(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


BODY_OPENING_A_COMPOUND_TITLE = [  # "Statbel-directeur": a body the release names opening the compound title
    ("nl", "Statbel-directeur Nicolas Waeyaert presenteert de kerncijfers van Statbel.",
     [("Nicolas Waeyaert", "PERSON"), ("Statbel", "ORG")], [("Nicolas Waeyaert", "Statbel-directeur", "Statbel")]),
    ("nl", "Volgens Shell-topman Jan Jansen is dat goed. Shell maakte winst.",
     [("Jan Jansen", "PERSON"), ("Shell", "ORG")], [("Jan Jansen", "Shell-topman", "Shell")]),
    ("de", "Destatis-Präsident Georg Thiel stellte die Zahlen vor.", [("Georg Thiel", "PERSON")],
     [("Georg Thiel", "Destatis-Präsident", "Destatis")]),
    # a word that names no body ("Vice-", "Europa-") gives none
    ("nl", "De Europa-minister Jan Jansen sprak.", [("Jan Jansen", "PERSON")],
     [("Jan Jansen", "Europa-minister", None)]),
    ("de", "Vize-Präsidentin Anna Muster sprach.", [("Anna Muster", "PERSON")],
     [("Anna Muster", "Vize-Präsidentin", None)]),
    ("en", "Vice-President Jane Doe spoke.", [("Jane Doe", "PERSON")], [("Jane Doe", "Vice-President", None)]),
    ("fr", "La vice-présidente Marie Dupont a parlé.", [("Marie Dupont", "PERSON")],
     [("Marie Dupont", "vice-présidente", None)]),
]


UNKNOWN_BODY_OPENING_A_COMPOUND = [  # a name no table knows that is no word, no place, no person: the body
    ("de", "„Das ist ein Angriff“, sagte Verdi-Sprecher Tjark Sauer am Montag.", [("Tjark Sauer", "PERSON")],
     [("Tjark Sauer", "Verdi-Sprecher", "Verdi")]),
    ("nl", "Volgens Ahold-topman Frans Muller groeit de omzet.", [("Frans Muller", "PERSON")],
     [("Frans Muller", "Ahold-topman", "Ahold")]),
    # a person's name ("Merkel-Sprecher"), a place, a modifier ("Ex-", "Co-") opens no body
    ("de", "Merkel-Sprecher Steffen Seibert sagte, Angela Merkel werde reisen.",
     [("Steffen Seibert", "PERSON"), ("Angela Merkel", "PERSON")], [("Steffen Seibert", "Merkel-Sprecher", None)]),
    ("de", "Co-Chefin Kerstin Wahala führte durch die Räume.", [("Kerstin Wahala", "PERSON")],
     [("Kerstin Wahala", "Co-Chefin", None)]),
    ("nl", "Amsterdam-directeur Jan Jansen sprak.", [("Jan Jansen", "PERSON")],
     [("Jan Jansen", "Amsterdam-directeur", None)]),
    # English and French write the body apart: a hyphenated compound is no title there
    ("en", "Ahold-CEO Frans Muller spoke.", [("Frans Muller", "PERSON")], []),
    ("fr", "Le Ahold-directeur Frans Muller a parlé.", [("Frans Muller", "PERSON")], []),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), UNKNOWN_BODY_OPENING_A_COMPOUND)
def test_unknown_body_opening_a_compound_title(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


@pytest.mark.parametrize(("language", "text", "items", "expected"), BODY_OPENING_A_COMPOUND_TITLE)
def test_body_opening_a_compound_title(language, text, items, expected):
    assert sorted(roles_of(text, language, items)) == sorted(expected)


ACRONYM_BEFORE_THE_TITLE = [  # "U.S. Department of Agriculture (USDA) Secretary X": the body, its acronym, the title
    ("en", "U.S. Department of Agriculture (USDA) Secretary Tom Vilsack signed the agreement.",
     [("U.S. Department of Agriculture", "ORG"), ("USDA", "ORG"), ("Tom Vilsack", "PERSON")],
     ("Tom Vilsack", "Secretary", "U.S. Department of Agriculture")),
    ("en", "The Securities and Exchange Commission (SEC) Chairman Christopher Cox testified on Tuesday.",
     [("Securities and Exchange Commission", "ORG"), ("SEC", "ORG"), ("Christopher Cox", "PERSON")],
     ("Christopher Cox", "Chairman", "Securities and Exchange Commission")),
    ("nl", "Volgens Centraal Bureau voor de Statistiek (CBS) directeur-generaal Angelique Berg daalt de werkloosheid.",
     [("Centraal Bureau voor de Statistiek", "ORG"), ("CBS", "ORG"), ("Angelique Berg", "PERSON")],
     ("Angelique Berg", "directeur-generaal", "Centraal Bureau voor de Statistiek")),
    ("fr", "Selon l'Office fédéral de la statistique (OFS) directeur Georges-Simon Ulrich, les prix montent.",
     [("Office fédéral de la statistique", "ORG"), ("OFS", "ORG"), ("Georges-Simon Ulrich", "PERSON")],
     ("Georges-Simon Ulrich", "directeur", "Office fédéral de la statistique")),
    ("de", "Das sagte Bundesamt für Sicherheit in der Informationstechnik (BSI) Präsidentin Claudia Plattner heute.",
     [("Bundesamt für Sicherheit in der Informationstechnik", "ORG"), ("BSI", "ORG"), ("Claudia Plattner", "PERSON")],
     ("Claudia Plattner", "Präsidentin", "Bundesamt für Sicherheit in der Informationstechnik")),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), ACRONYM_BEFORE_THE_TITLE)
def test_organisation_with_its_acronym_before_the_title(language, text, items, expected):
    assert expected in roles_of(text, language, items)


PARTY_AND_STATE = [  # "Senator X (D-HI)": a party letter and a state after the name mark a member of the U.S.
    # Congress; the other languages write no such bracket (a party alone is no chamber)
    ("en", "WASHINGTON - Senator Daniel K. Akaka (D-HI) today introduced the bill.",
     [("Daniel K. Akaka", "PERSON")], ("Daniel K. Akaka", "Senator", "U.S. Senate")),
    ("en", "The bill was introduced by Congresswoman Tammy Baldwin (D-Wis.) in the House.",
     [("Tammy Baldwin", "PERSON")], ("Tammy Baldwin", "Congresswoman", "U.S. House of Representatives")),
    ("en", "Senator Jane Doe (Labour) welcomed the report.",
     [("Jane Doe", "PERSON")], ("Jane Doe", "Senator", None)),
    ("de", "Senator Klaus Lederer (Linke) eröffnete die Ausstellung.",
     [("Klaus Lederer", "PERSON")], ("Klaus Lederer", "Senator", None)),
    ("nl", "Senator Jan Anthonie Bruijn (VVD) diende een motie in.",
     [("Jan Anthonie Bruijn", "PERSON")], ("Jan Anthonie Bruijn", "Senator", None)),
    ("fr", "Le sénateur Jean Dupont (LR) a déposé un amendement.",
     [("Jean Dupont", "PERSON")], ("Jean Dupont", "sénateur", None)),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), PARTY_AND_STATE)
def test_party_and_state_after_the_name(language, text, items, expected):
    assert expected in roles_of(text, language, items)


GOVERNED_PLACE_BEFORE_THE_TITLE = [  # "Bayerns Ministerpräsident X": a country or governed region in the genitive
    # right before the title is the government of the office (not the country the release names most)
    ("de", "Bayerns Ministerpräsident Markus Söder kündigte das Programm an. Deutschland und Deutschland investieren.",
     [("Bayerns", "LOC"), ("Markus Söder", "PERSON"), ("Deutschland", "LOC"), ("Deutschland", "LOC")],
     ("Markus Söder", "Ministerpräsident", "Bayerns")),
    ("en", "Flanders' Minister-President Jan Jambon met the delegation. Belgium and Belgium agree.",
     [("Flanders", "LOC"), ("Jan Jambon", "PERSON"), ("Belgium", "LOC"), ("Belgium", "LOC")],
     ("Jan Jambon", "Minister-President", "Flanders")),
    ("nl", "Vlaanderens minister-president Jan Jambon ontving de delegatie. België en België zijn het eens.",
     [("Vlaanderens", "LOC"), ("Jan Jambon", "PERSON"), ("België", "LOC"), ("België", "LOC")],
     ("Jan Jambon", "minister-president", "Vlaanderens")),
    ("fr", "Le ministre-président de la Wallonie Elio Di Rupo a reçu la délégation.",
     [("Wallonie", "LOC"), ("Elio Di Rupo", "PERSON")], ("Elio Di Rupo", "ministre-président", "Wallonie")),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), GOVERNED_PLACE_BEFORE_THE_TITLE)
def test_governed_place_before_the_title(language, text, items, expected):
    assert expected in roles_of(text, language, items)


OWN_TITLE = [  # "said our President X": a post the release calls its own is the publisher's (its header line)
    ("en", "European Investment Bank\n\nEIB backs new financing\n\nThe Board approved the loans. \"This is a strong "
           "signal,\" said our President Werner Hoyer.",
     [("European Investment Bank", "ORG"), ("EIB", "ORG"), ("Werner Hoyer", "PERSON")],
     ("Werner Hoyer", "President", "European Investment Bank")),
    ("nl", "Gemeente Utrecht\n\nNieuw park geopend\n\nHet park is klaar. \"Een mooie dag,\" zegt onze voorzitter Jan "
           "Jansen.",
     [("Gemeente Utrecht", "ORG"), ("Jan Jansen", "PERSON")], ("Jan Jansen", "voorzitter", "Gemeente Utrecht")),
    ("de", "Statistik Austria\n\nNeue Preisdaten\n\nDie Preise steigen. „Ein klares Signal“, sagt unsere Präsidentin "
           "Anna Huber.",
     [("Statistik Austria", "ORG"), ("Anna Huber", "PERSON")], ("Anna Huber", "Präsidentin", "Statistik Austria")),
    ("fr", "Office fédéral de la statistique\n\nNouveaux prix\n\nLes prix montent. « Un signal clair », a déclaré "
           "notre président Jean Dupont.",
     [("Office fédéral de la statistique", "ORG"), ("Jean Dupont", "PERSON")],
     ("Jean Dupont", "président", "Office fédéral de la statistique")),
]


@pytest.mark.parametrize(("language", "text", "items", "expected"), OWN_TITLE)
def test_own_title_is_the_publishers(language, text, items, expected):
    assert expected in roles_of(text, language, items)
