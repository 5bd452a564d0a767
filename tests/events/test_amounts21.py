"""Amounts linked to their funding (issue 21): "from X to Y" is a change only when a figure follows "to"
("von 330 Millionen Euro auf 616 Millionen Euro"); "la somme de 18 millions de francs à des organisations"
names where the amount goes, and the amount stays the grant's."""

from __future__ import annotations

import pytest

from tests.events.test_arguments21 import funding

TO_A_RECIPIENT = [
    ("en", "The Scottish Government has paid grants from £2 million to local charities across Scotland.",
     {"Scottish Government": "ORG", "Scotland": "LOC"}, "2000000"),
    ("nl", "Het Rijk heeft een bijdrage van 3 miljoen euro naar de gemeente Utrecht overgemaakt.",
     {"Rijk": "ORG", "gemeente Utrecht": "ORG"}, "3000000"),
    ("fr", "Par ailleurs, la DDC a déjà versé la somme de 18 millions de francs à des organisations internationales.",
     {"DDC": "ORG"}, "18000000"),
    ("de", "Der Bund hat Mittel von 4 Millionen Euro auf Antrag der Länder bereitgestellt.",
     {"Bund": "ORG"}, "4000000"),
]


@pytest.mark.parametrize("language, text, names, value", TO_A_RECIPIENT, ids=[c[0] for c in TO_A_RECIPIENT])
def test_from_an_amount_to_a_recipient_is_no_change(language, text, names, value):
    assert value in [v for v, _ in funding(text, language, names)]


# English and French "from X to Y" are read as a range by the amount stage (one range_id): not covered here
CHANGES = [
    ("nl", "De Commissie verhoogde de subsidie van 330 miljoen euro naar 616 miljoen euro.", {"Commissie": "ORG"},
     "616000000", "330000000"),
    ("de", "Dazu hat die Kommission das Budget von 330 Millionen Euro auf 616 Millionen Euro aufgestockt.",
     {"Kommission": "ORG"}, "616000000", "330000000"),
]


@pytest.mark.parametrize("language, text, names, new, old", CHANGES, ids=[c[0] for c in CHANGES])
def test_the_old_figure_of_a_change_is_no_grant(language, text, names, new, old):
    values = [v for v, _ in funding(text, language, names)]
    assert new in values and old not in values, values


@pytest.mark.parametrize("language, text, names, funder, recipient", [
    ("en", "The Scottish Government is providing £5 million, of which £2 million will go to NatureScot.",
     {"Scottish Government": "ORG", "NatureScot": "ORG"}, "Scottish Government", "NatureScot"),
    ("en", "The Welsh Government has allocated £3 million, of which £1 million will go to Cardiff University.",
     {"Welsh Government": "ORG", "Cardiff University": "ORG"}, "Welsh Government", "Cardiff University"),
])
def test_a_receiving_verb_of_a_later_allocation_does_not_make_the_funder_paid(language, text, names, funder,
                                                                                recipient):
    found = funding(text, language, names)
    assert all(parties.get(funder) == "funder" for _, parties in found), found
    assert any(parties.get(recipient) == "recipient" for _, parties in found), found
