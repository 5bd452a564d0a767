"""Dates read on unseen releases (issue 18, fifth round): a count after "in" / "within" that tells how long
something took is no date, a holiday inside a name is no date, a day that names an event of one year takes
that year, a participle after an article tells no tense, and a sentence's point after "9/11" is not part of
it. Published on Wednesday 12 June 2019 unless said otherwise."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

PUBLISHED = "2019-06-12"  # a Wednesday

CASES = [
    # "in 3 weeks" in a past clause, or after a superlative or an ordinal of its clause: how long, not when
    ("en", "U.S. forces captured Baghdad within 3 weeks.", PUBLISHED, []),
    ("en", "The bill passed in two days.", PUBLISHED, []),
    ("en", "It was the first increase of the federal minimum wage in ten years.", PUBLISHED, []),
    ("en", "Members of Congress received their eighth pay increase in nine years.", PUBLISHED, []),
    ("en", "It is the most significant new benefit in 40 years.", PUBLISHED, []),
    ("en", "This will be the first time in five years that the president has spoken.", PUBLISHED, []),
    ("en", "Last year, the record for shares traded in one day was 28 million.", PUBLISHED,
     [("Last year", "2018")]),
    ("nl", "De brug werd in twee jaar gebouwd.", PUBLISHED, []),
    ("nl", "Het is de achtste loonsverhoging in negen jaar.", PUBLISHED, []),
    ("nl", "Het is de meest ingrijpende hervorming in veertig jaar.", PUBLISHED, []),
    ("de", "Die Brücke wurde in zwei Jahren gebaut.", PUBLISHED, []),
    ("de", "Es ist die achte Erhöhung in neun Jahren.", PUBLISHED, []),
    ("de", "Die Stadt wurde innerhalb von drei Wochen erobert.", PUBLISHED, []),
    # ... but a future, a deadline or a participle before the count keep the date
    ("en", "The plant will close in two years.", PUBLISHED, [("in two years", "2021-06-12")]),
    ("en", "He said the first phase will be complete in two years.", PUBLISHED, [("in two years", "2021-06-12")]),
    ("en", "When fully implemented in two years, the law would help 133,000 workers.", PUBLISHED,
     [("in two years", "2021-06-12")]),
    ("en", "The Administration should be required, within ten days, to compile a list.", PUBLISHED,
     [("within ten days", "2019-06-12/2019-06-22")]),
    ("en", "Josh, who turns 18 in three days, came on for his debut.", PUBLISHED, [("in three days", "2019-06-15")]),
    ("en", "If these trends continue, in 10 years the share of highly qualified people is smaller.", PUBLISHED,
     [("in 10 years", "2029-06-12")]),  # a word in "-ed" after the count is no past verb
    ("nl", "Twee weken geleden en over 3 dagen.", PUBLISHED,
     [("Twee weken geleden", "2019-05-29"), ("over 3 dagen", "2019-06-15")]),
    ("nl", "De eerste fase zal over twee jaar klaar zijn.", PUBLISHED, [("over twee jaar", "2021-06-12")]),
    ("de", "Das Werk wird in zwei Jahren geschlossen.", PUBLISHED, [("in zwei Jahren", "2021-06-12")]),
    ("fr", "L'usine fermera dans deux ans.", PUBLISHED, [("dans deux ans", "2021-06-12")]),
    # a holiday inside a name names no date
    ("en", "The Good Friday Agreement brought peace.", PUBLISHED, []),
    ("en", "The Easter Rising was a turning point.", PUBLISHED, []),
    ("en", "The office is closed on Good Friday.", PUBLISHED, [("Good Friday", "2019-04-19")]),
    ("fr", "L'accord du Vendredi saint a mis fin au conflit.", PUBLISHED, []),
    ("fr", "Le bureau est fermé le Vendredi saint.", PUBLISHED, [("Vendredi saint", "2019-04-19")]),
    ("nl", "Het Goede Vrijdag-akkoord bracht vrede.", PUBLISHED, []),
    ("nl", "Het kantoor is gesloten op Goede Vrijdag.", PUBLISHED, [("Goede Vrijdag", "2019-04-19")]),
    ("de", "Das Karfreitag-Abkommen brachte Frieden.", PUBLISHED, []),
    ("de", "Das Büro ist am Karfreitag geschlossen.", PUBLISHED, [("Karfreitag", "2019-04-19")]),
    # a day that names an event of one year
    ("en", "The companies exploited the tragedy in the wake of September 11.", PUBLISHED,
     [("September 11", "2001-09-11")]),
    ("en", "The September 11 attacks changed the country.", PUBLISHED, [("September 11", "2001-09-11")]),
    ("en", "Border Patrol staff grew by 42 percent since September 11th.", "2006-02-13",
     [("September 11th", "2001-09-11")]),
    ("en", "Applications received after September 11 will not be considered.", "2019-08-20",
     [("September 11", "2019-09-11")]),
    ("en", "The hearing on September 11 will be long.", "2019-02-13", [("September 11", "2019-09-11")]),
    ("fr", "Depuis le 11 septembre, la sécurité a changé.", "2006-02-13", [("11 septembre", "2001-09-11")]),
    ("fr", "Les attentats du 11 septembre ont marqué le monde.", PUBLISHED, [("11 septembre", "2001-09-11")]),
    ("de", "Seit dem 11. September hat sich die Sicherheit verändert.", "2006-02-13",
     [("11. September", "2001-09-11")]),
    ("de", "Die Anschläge vom 11. September waren ein Schock.", PUBLISHED, [("11. September", "2001-09-11")]),
    ("nl", "Sinds 11 september is de beveiliging veranderd.", "2006-02-13", [("11 september", "2001-09-11")]),
    ("nl", "De aanslagen van 11 september schokten de wereld.", PUBLISHED, [("11 september", "2001-09-11")]),
    # the point after "9/11" ends the sentence: the named day, not day and month
    ("en", "Staff grew by 42 percent since 9/11.", PUBLISHED, [("9/11", "2001-09-11")]),
    ("nl", "De vergadering is op 22/04.", PUBLISHED, [("22/04", "2019-04-22")]),
    # the year of a law's title starts no range (English only: elsewhere the title's preposition is also a
    # range's first word, "la loi de 2004 à 2010", "die Regelung von 2004 bis 2010")
    ("en", "The bill extends the Patriot Act of 2001 until 2009.", PUBLISHED, [("2001", "2001"), ("2009", "2009")]),
    ("en", "The plan ran from 2001 until 2009.", PUBLISHED, [("from 2001 until 2009", "2001/2009")]),
    # a decimal with one digit after its point is no day and month
    ("en", "One windmill can produce up to 1.5 megawatts of power.", PUBLISHED, []),
    ("en", "Returns have been between 5.5 and 12 percent.", PUBLISHED, []),
    ("de", "Die Anlage leistet bis 1.5 Megawatt.", PUBLISHED, []),
    ("de", "Geöffnet bis zum 22.04.", PUBLISHED, [("22.04.", "2019-04-22")]),
    ("nl", "De molen levert tot 1.5 megawatt.", PUBLISHED, []),
    ("nl", "De inschrijving loopt tot 22.04 om middernacht.", PUBLISHED, [("22.04", "2019-04-22")]),
    ("fr", "L'éolienne produit jusqu'à 1.5 mégawatt.", PUBLISHED, []),
    ("fr", "Les inscriptions sont ouvertes jusqu'au 22.04 inclus.", PUBLISHED, [("22.04", "2019-04-22")]),
    # a participle after an article is an adjective: the future of its clause decides
    ("en", "Hatch will send his aides to Nevada Wednesday for a briefing about the proposed detonation.",
     "2006-04-24", [("Wednesday", "2006-04-26")]),
    ("en", "The committee met Wednesday to discuss the revised plan.", "2006-04-24", [("Wednesday", "2006-04-19")]),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_news_durations(lang: str, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = extract_dates(text, lang, published)
    assert [(d.text, d.value) for d in found] == expected


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "The committee meets on Friday 7.6 in Brussels.", "-07-06"),
    ("nl", "De commissie vergadert op vrijdag 7.6 in Brussel.", "-06-07"),
    ("fr", "La commission se réunit le vendredi 7.6 à Bruxelles.", "-06-07"),
    ("de", "Der Ausschuss tagt am Freitag 7.6 in Brüssel.", "-06-07"),
])
def test_a_weekday_before_a_one_digit_day_month_keeps_the_date(language: str, text: str, value: str) -> None:
    """A decimal after a preposition is no date ("up to 1.5 megawatts"), but after a weekday it is a day."""
    assert any(d.value.endswith(value) for d in extract_dates(text, language, "2019-05-20"))
