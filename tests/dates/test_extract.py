"""Dates in en/nl/fr/de: what must be found (with its value) and what must not."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

FOUND = [
    # (language, text, published, expected (text, value) pairs in order)
    ("en", "On the 31st of August and the 1st of September, experts meet.", None,
     [("31st of August", "XXXX-08-31"), ("1st of September", "XXXX-09-01")]),
    ("en", "held in Beijing on 21 January 2025.", None, [("21 January 2025", "2025-01-21")]),
    ("en", "Signed on January 21, 2025 at 10:30 in Geneva.", None,
     [("January 21, 2025 at 10:30", "2025-01-21T10:30")]),
    ("en", "The training ran from 15 to 24 June 2020.", None, [("from 15 to 24 June 2020", "2020-06-15/2020-06-24")]),
    ("en", "sessions, 18-19 & 22-24 June 2020.", None,
     [("18-19", "2020-06-18/2020-06-19"), ("22-24 June 2020", "2020-06-22/2020-06-24")]),
    ("en", "The 14th Five-Year Plan (2021-25) of China", None, [("2021-25", "2021/2025")]),
    ("en", "by the end of December 2020.", None, [("end of December 2020", "2020-12")]),
    ("en", "from 2007 to the end of 2008, and mid-2022", None,
     [("from 2007 to the end of 2008", "2007/2008"), ("mid-2022", "2022")]),
    ("de", "Anfang März 2020 und Ende 2021", None, [("Anfang März 2020", "2020-03"), ("Ende 2021", "2021")]),
    ("en", "Sales fell last March and will rise next September.", "2021-05-10",
     [("last March", "2021-03"), ("next September", "2021-09")]),
    ("en", "in the 1990s and at Easter 2018", None, [("1990s", "1990/1999"), ("Easter 2018", "2018-04-01")]),
    ("nl", "twee weken geleden en over 3 dagen", "2021-05-10",
     [("twee weken geleden", "2021-04-26"), ("over 3 dagen", "2021-05-13")]),
    ("fr", "il y a 2 jours, le 23/06/18", "2021-05-10", [("il y a 2 jours", "2021-05-08"), ("23/06/18", "2018-06-23")]),
    ("de", "vom 1. August 2019 bis heute", "2021-05-10", [("vom 1. August 2019 bis heute", "2019-08-01/2021-05-10")]),
    ("nl", "vandaag om 20.30", "2021-05-10", [("vandaag om 20.30", "2021-05-10T20:30")]),
    ("en", "It happened 2 weeks before 13 May 1999.", None, [("2 weeks before 13 May 1999", "1999-04-29")]),
    ("de", "Es geschieht 3 Tage nach dem 12. Januar 2017.", None, [("3 Tage nach dem 12. Januar 2017", "2017-01-15")]),
    ("en", "funding from 2021 to 2025 and between 2019 and 2020", None,
     [("from 2021 to 2025", "2021/2025"), ("between 2019 and 2020", "2019/2020")]),
    ("en", "Deadline 2025-01-21, report due 21/01/2025.", None,
     [("2025-01-21", "2025-01-21"), ("21/01/2025", "2025-01-21")]),
    ("en", "Results were published yesterday.", "2021-03-05", [("yesterday", "2021-03-04")]),
    ("en", "Sales rose last year and will grow next month.", "2021-03-05",
     [("last year", "2020"), ("next month", "2021-04")]),
    ("en", "Figures for the first quarter of 2020.", None, [("first quarter of 2020", "2020-01/2020-03")]),
    ("en", "Meeting on the 31st of August.", "2017-05-30", [("31st of August", "2017-08-31")]),
    ("nl", "30 mei 2017 11:15", None, [("30 mei 2017 11:15", "2017-05-30T11:15")]),
    ("nl", "Sinds 2016 en in haar resolutie van 4 mei 2016 (november 2015).", None,
     [("2016", "2016"), ("4 mei 2016", "2016-05-04"), ("november 2015", "2015-11")]),
    ("nl", "De conferentie van 30 mei bouwt verder.", "2017-05-30T11:15", [("30 mei", "2017-05-30")]),
    ("nl", "De cursus loopt van 1 tot 3 juni 2021.", None, [("van 1 tot 3 juni 2021", "2021-06-01/2021-06-03")]),
    ("nl", "Het rapport verscheen vorige week.", "2017-05-30", [("vorige week", "2017-05-22/2017-05-28")]),
    ("nl", "in het eerste kwartaal van 2019", None, [("eerste kwartaal van 2019", "2019-01/2019-03")]),
    ("fr", "Bruxelles, le 3 mars 2021 : la ministre a annoncé", None, [("3 mars 2021", "2021-03-03")]),
    ("fr", "à partir du 1er janvier 2022", None, [("1er janvier 2022", "2022-01-01")]),
    ("fr", "La session se tiendra du 2 au 4 mai 2022.", None, [("du 2 au 4 mai 2022", "2022-05-02/2022-05-04")]),
    ("fr", "Les chiffres de l'année dernière", "2021-03-05", [("l'année dernière", "2020")]),
    ("fr", "le programme 2014-2020 de l'Union", None, [("2014-2020", "2014/2020")]),
    ("de", "Berlin, am 3. Mai 2017 teilte das Ministerium mit", None, [("3. Mai 2017", "2017-05-03")]),
    ("de", "Die Tagung findet vom 2. bis 4. Mai 2019 statt.", None,
     [("vom 2. bis 4. Mai 2019", "2019-05-02/2019-05-04")]),
    ("de", "Stand: 21.01.2025", None, [("21.01.2025", "2025-01-21")]),
    ("de", "Die Zahlen der letzten Woche", "2021-03-05", [("letzten Woche", "2021-02-22/2021-02-28")]),
    ("de", "im März 2020 und im Jahr 2019", None, [("März 2020", "2020-03"), ("2019", "2019")]),
    ("en", "Sales grew in 2017-Q1 and in 2019 H2.", None,
     [("2017-Q1", "2017-01/2017-03"), ("2019 H2", "2019-07/2019-12")]),
    ("de", "im ersten Halbjahr 2021", None, [("ersten Halbjahr 2021", "2021-01/2021-06")]),
    ("en", "report-20170302.html and 2019/Aug/01", None, [("20170302", "2017-03-02"), ("2019/Aug/01", "2019-08-01")]),
    ("en", "i am off April 9th through 17th", None, [("April 9th through 17th", "XXXX-04-09/XXXX-04-17")]),
    ("nl", "Ik ga op 22/04 terug", None, [("22/04", "XXXX-04-22")]),
    ("de", "Ich komme am 22.04. zurück", None, [("22.04.", "XXXX-04-22")]),
    ("fr", "Mer. 6 Mai 2020 à 18h", None, [("6 Mai 2020 à 18h", "2020-05-06T18:00")]),
    ("en", "Meet at 3pm on January 21, 2025 at 8:00 pm", None, [("January 21, 2025 at 8:00 pm", "2025-01-21T20:00")]),
    ("nl", "van mei tot okt 2020 en jan-feb 2017", None,
     [("van mei tot okt 2020", "2020-05/2020-10"), ("jan-feb 2017", "2017-01/2017-02")]),
    ("en", "The range is from 2015 and 2016", None, [("2015", "2015"), ("2016", "2016")]),
    # weekdays, spans, quarters and qualified periods, resolved on a Thursday (2019-01-31)
    ("en", "We meet next Friday, this coming Friday and met last Monday.", "2019-01-31",
     [("next Friday", "2019-02-08"), ("this coming Friday", "2019-02-01"), ("last Monday", "2019-01-28")]),
    ("en", "next week Wednesday and this Friday (Feb 1)", "2019-01-31",
     [("next week Wednesday", "2019-02-06"), ("this Friday (Feb 1", "2019-02-01")]),
    ("nl", "volgende vrijdag, aanstaande vrijdag en afgelopen woensdag", "2019-01-31",
     [("volgende vrijdag", "2019-02-08"), ("aanstaande vrijdag", "2019-02-01"), ("afgelopen woensdag", "2019-01-30")]),
    ("fr", "lundi prochain et mardi dernier", "2019-01-31",
     [("lundi prochain", "2019-02-04"), ("mardi dernier", "2019-01-29")]),
    ("de", "nächsten Freitag und letzten Montag", "2019-01-31",
     [("nächsten Freitag", "2019-02-08"), ("letzten Montag", "2019-01-28")]),
    ("en", "over the next 3 days and the past five years", "2019-01-31",
     [("next 3 days", "2019-02-01/2019-02-03"), ("past five years", "2014-01-31/2019-01-30")]),
    ("nl", "de komende drie dagen en de afgelopen 5 jaar", "2019-01-31",
     [("komende drie dagen", "2019-02-01/2019-02-03"), ("afgelopen 5 jaar", "2014-01-31/2019-01-30")]),
    ("fr", "les 3 prochaines semaines et au cours des dix derniers mois", "2019-01-31",
     [("3 prochaines semaines", "2019-02-01/2019-02-21"), ("dix derniers mois", "2018-03-31/2019-01-30")]),
    ("de", "in den nächsten 3 Tagen und in den letzten fünf Jahren", "2019-01-31",
     [("nächsten 3 Tagen", "2019-02-01/2019-02-03"), ("letzten fünf Jahren", "2014-01-31/2019-01-30")]),
    ("en", "Earlier this year and by the end of the month; next quarter", "2019-01-31",
     [("Earlier this year", "2019"), ("end of the month", "2019-01"), ("next quarter", "2019-04/2019-06")]),
    ("nl", "eerder dit jaar, eind van de maand en vorig kwartaal", "2019-01-31",
     [("eerder dit jaar", "2019"), ("eind van de maand", "2019-01"), ("vorig kwartaal", "2018-10/2018-12")]),
    ("fr", "plus tard cette année, fin du mois, le trimestre dernier", "2019-01-31",
     [("plus tard cette année", "2019"), ("fin du mois", "2019-01"), ("le trimestre dernier", "2018-10/2018-12")]),
    ("de", "Ende des Monats, letztes Quartal, im laufenden Jahr, vorletztes Jahr, übernächste Woche", "2019-01-31",
     [("Ende des Monats", "2019-01"), ("letztes Quartal", "2018-10/2018-12"), ("laufenden Jahr", "2019"),
      ("vorletztes Jahr", "2017"), ("übernächste Woche", "2019-02-11/2019-02-17")]),
    # months alone after a preposition or with a qualifier take the publication year
    ("en", "in April, since August, from March to May and mid-November", "2019-01-31",
     [("April", "2019-04"), ("August", "2018-08"), ("from March to May", "2019-03/2019-05"),
      ("mid-November", "2018-11")]),
    ("nl", "in april, sinds augustus en eind juli", "2019-01-31",
     [("april", "2019-04"), ("augustus", "2018-08"), ("eind juli", "2019-07")]),
    ("fr", "en avril, depuis août et fin juin", "2019-01-31",
     [("avril", "2019-04"), ("août", "2018-08"), ("fin juin", "2019-06")]),
    ("de", "im April, seit August und Ende Juli", None,
     [("April", "XXXX-04"), ("August", "XXXX-08"), ("Ende Juli", "XXXX-07")]),
    # numeric ranges, unambiguous day/month, spaced figures, any order of month name, day and year
    ("en", "from 10/1/2018-10/7/2018 and from 5/1-5/7, 2020 or 5/1/2019-5/7", None,
     [("10/1/2018-10/7/2018", "2018-10-01/2018-10-07"), ("5/1-5/7, 2020", "2020-05-01/2020-05-07"),
      ("5/1/2019-5/7", "2019-05-01/2019-05-07")]),
    ("fr", "du 10/1-11/2/2017, le 28/2-1/3 ou le 29/2", None,
     [("10/1-11/2/2017", "2017-01-10/2017-02-11"), ("28/2-1/3", "XXXX-02-28/XXXX-03-01"), ("29/2", "XXXX-02-29")]),
    ("fr", "Je retournerai 02 04 2009 ou 18 8 1978.", None,
     [("02 04 2009", "2009-04-02"), ("18 8 1978", "1978-08-18")]),
    ("nl", "Ik ga 22/04 terug, of 1/10-2/11/2017", None,
     [("22/04", "XXXX-04-22"), ("1/10-2/11/2017", "2017-10-01/2017-11-02")]),
    ("de", "am 27. 11. und am 2020/23/Sep. oder Sep-23-2020", None,
     [("27. 11.", "XXXX-11-27"), ("2020/23/Sep.", "2020-09-23"), ("Sep-23-2020", "2020-09-23")]),
    # a dotted numeric date is day first even in English, which writes "5/3/2018" month first
    ("en", "Brussels, 03.05.2018: the decision of 4.6.2018 and the 5/3/2018 letter", None,
     [("03.05.2018", "2018-05-03"), ("4.6.2018", "2018-06-04"), ("5/3/2018", "2018-05-03")]),
    ("nl", "Den Haag, 03.05.2018 en 5/3/2018", None, [("03.05.2018", "2018-05-03"), ("5/3/2018", "2018-03-05")]),
    ("fr", "Paris, le 03.05.2018 et le 5/3/2018", None, [("03.05.2018", "2018-05-03"), ("5/3/2018", "2018-03-05")]),
    ("de", "Berlin, 03.05.2018 und 5/3/2018", None, [("03.05.2018", "2018-05-03"), ("5/3/2018", "2018-03-05")]),
    ("en", "from 2017-Q1 to 2018-Q1 and from 10-1-2018-10-7-2018", None,
     [("from 2017-Q1 to 2018-Q1", "2017-01/2018-03"), ("10-1-2018-10-7-2018", "2018-10-01/2018-10-07")]),
    ("de", "vom 1.10.2018-7.10.2018 und vom ersten Quartal 2019 bis zum dritten Quartal 2020", None,
     [("1.10.2018-7.10.2018", "2018-10-01/2018-10-07"),
      ("vom ersten Quartal 2019 bis zum dritten Quartal 2020", "2019-01/2020-09")]),
    ("en", "in the last 3 weeks of this year", "2019-01-31", [("last 3 weeks of this year", "2019-12-09/2019-12-29")]),
    ("en", "in the first six months of 2021 and the last 2 quarters", "2019-07-15",
     [("first six months of 2021", "2021-01/2021-06"), ("last 2 quarters", "2019-01/2019-06")]),
    ("nl", "in de eerste negen maanden van dit jaar", "2019-07-15",
     [("eerste negen maanden van dit jaar", "2019-01/2019-09")]),
    ("de", "in den ersten sechs Monaten des Jahres 2020", None,
     [("ersten sechs Monaten des Jahres 2020", "2020-01/2020-06")]),
    ("en", "between Jan 2019 and now, between now and November 15th; now is the time", "2019-07-15",
     [("between Jan 2019 and now", "2019-01/2019-07-15"), ("between now and November 15th", "2019-07-15/2019-11-15")]),
    ("en", "from next Friday to Oct 1st 2020", "2019-07-15",
     [("from next Friday to Oct 1st 2020", "2019-07-26/2020-10-01")]),
    ("en", "the last week of 2016, but last week of talks", "2019-01-31",
     [("last week of 2016", "2016-12-26/2017-01-01"), ("last week", "2019-01-21/2019-01-27")]),
    ("en", "in week 31 and week 1 of 2019, not in the first months of 2021", "2018-07-15",
     [("week 31", "2018-07-30/2018-08-05"), ("week 1 of 2019", "2018-12-31/2019-01-06"), ("2021", "2021")]),
    ("nl", "in week 43 van 2024 en de eerste week van 2015", None,
     [("week 43 van 2024", "2024-10-21/2024-10-27"), ("eerste week van 2015", "2014-12-29/2015-01-04")]),
    ("de", "in KW 12 2025", None, [("KW 12 2025", "2025-03-17/2025-03-23")]),
    ("en", "week 27 of last year, the third month of 2021 and the 2nd week of 2021", "2018-07-15",
     [("week 27 of last year", "2017-07-03/2017-07-09"), ("third month of 2021", "2021-03"),
      ("2nd week of 2021", "2021-01-11/2021-01-17")]),
    ("en", "between the middle of March and the end of September", "2019-01-31",
     [("between the middle of March and the end of September", "2019-03/2019-09")]),
    ("en", "since last Easter and until next Christmas", "2019-03-23",
     [("last Easter", "2018-04-01"), ("next Christmas", "2019-12-25")]),
    ("nl", "volgende Koningsdag", "2019-03-23", [("volgende Koningsdag", "2019-04-27")]),
    ("de", "Die Ministerin kommt morgen, am Morgen danach", "2019-03-23", [("morgen", "2019-03-24")]),
    ("en", "I bought it for $12 December 27", None, [("December 27", "XXXX-12-27")]),
    ("en", "in 2015-12, the 2011-12 season", None, [("2015-12", "2015-12"), ("2011-12", "2011/2012")]),
    ("en", "over the past year, but last year", "2008-03-12",
     [("past year", "2007-03-12/2008-03-11"), ("last year", "2007")]),
    ("en", "within 9 months, within 3 days of the deadline", "2018-03-23",
     [("within 9 months", "2018-03-23/2018-12-23")]),
    ("nl", "binnen 9 maanden, op de 4e van juli", "2018-03-23",
     [("binnen 9 maanden", "2018-03-23/2018-12-23"), ("4e van juli", "2018-07-04")]),
    ("de", "innerhalb von 6 Monaten", "2018-03-23", [("innerhalb von 6 Monaten", "2018-03-23/2018-09-23")]),
    ("fr", "les 3 dernières semaines de 2018, les neuf premiers mois de 2019", "2019-01-31",
     [("3 dernières semaines de 2018", "2018-12-10/2018-12-30"), ("neuf premiers mois de 2019", "2019-01/2019-09")]),
    ("en", "two weeks before Christmas, on Halloween", None,
     [("Christmas", "XXXX-12-25"), ("Halloween", "XXXX-10-31")]),
    ("de", "am Rosenmontag 2020 und an Allerheiligen", "2019-01-31",
     [("Rosenmontag 2020", "2020-02-24"), ("Allerheiligen", "2018-11-01")]),
    # a weekday and a day without a month: the nearest such day around publication
    ("en", "The vote is on Tuesday the 11th.", "2019-06-10", [("Tuesday the 11th", "2019-06-11")]),
    ("en", "Do you have any arrangement on Monday 21!", "2019-01-25", [("Monday 21", "2019-01-21")]),
    ("nl", "We vergaderen op woensdag de eenendertigste.", "2019-07-19",
     [("woensdag de eenendertigste", "2019-07-31")]),
    ("fr", "La réunion aura lieu le mardi 25, à Paris.", "2018-09-28", [("mardi 25", "2018-09-25")]),
    ("de", "Das Gehalt kommt am Dienstag, den 25.", "2021-05-04", [("Dienstag, den 25.", "2021-05-25")]),
    # a weekday of a week named relative to publication
    ("en", "We met on Tuesday of last week.", "2019-07-29", [("Tuesday of last week", "2019-07-23")]),
    ("nl", "op dinsdag van volgende week", "2019-07-29", [("dinsdag van volgende week", "2019-08-06")]),
    ("fr", "le mardi de la semaine prochaine", "2019-07-29", [("mardi de la semaine prochaine", "2019-08-06")]),
    # months without a year, with a range word or two full names; the end may fall in the next year
    ("en", "open from Sep to Nov, closed from November to March", "2018-06-01",
     [("from Sep to Nov", "2018-09/2018-11"), ("from November to March", "2018-11/2019-03")]),
    ("nl", "van nov tot maart", None, [("van nov tot maart", "XXXX-11/XXXX-03")]),
    ("de", "Ich bin November 19-20 unterwegs", None, [("November 19-20", "XXXX-11-19/XXXX-11-20")]),
    ("fr", "je serai absent novembre 19-20", None, [("novembre 19-20", "XXXX-11-19/XXXX-11-20")]),
    # days of a month named relative to publication
    ("en", "on the 15th day of next month", "2020-07-10", [("15th day of next month", "2020-08-15")]),
    ("de", "Ich bin nächsten Monat vom 4. bis zum 23. weg", "2016-11-07",
     [("nächsten Monat vom 4. bis zum 23.", "2016-12-04/2016-12-23")]),
    ("nl", "volgende maand van 4 tot 23", "2016-11-07", [("volgende maand van 4 tot 23", "2016-12-04/2016-12-23")]),
    ("fr", "le 20 du mois prochain", "2016-11-07", [("20 du mois prochain", "2016-12-20")]),
    # centuries
    ("en", "in the 21st century and the nineteenth century", None,
     [("21st century", "2000/2099"), ("nineteenth century", "1800/1899")]),
    ("nl", "in de 15e eeuw", None, [("15e eeuw", "1400/1499")]),
    ("fr", "au XXe siècle et au XXIe siècle", None, [("XXe siècle", "1900/1999"), ("XXIe siècle", "2000/2099")]),
    ("de", "im 19. Jahrhundert", None, [("19. Jahrhundert", "1800/1899")]),
    # an approximate count before a past offset
    ("fr", "Il y a à peu près un mois.", "2021-05-20", [("Il y a à peu près un mois", "2021-04-20")]),
    ("de", "vor etwa drei Jahren", "2021-05-20", [("vor etwa drei Jahren", "2018")]),
    ("en", "We will come back after the 15th day of June", None, [("15th day of June", "XXXX-06-15")]),
    ("de", "Es wird nächste Arbeitswoche passieren", "2019-08-07", [("nächste Arbeitswoche", "2019-08-12/2019-08-18")]),
    # the current period, said in other words
    ("en", "Shares fell 20% year to date; a decision later in the year", "2018-05-02",
     [("year to date", "2018"), ("later in the year", "2018")]),
    ("nl", "later in het jaar, en eerder in de week", "2018-05-02",
     [("later in het jaar", "2018"), ("eerder in de week", "2018-04-30/2018-05-06")]),
    ("fr", "plus tard dans l'année", "2018-05-02", [("plus tard dans l'année", "2018")]),
    ("de", "Der Umsatz stieg seit Jahresbeginn um 5 %.", "2018-05-02", [("seit Jahresbeginn", "2018")]),
    # decades: calendar decades ahead, ten years back
    ("en", "in the next decade, after two decades ago", "2019-06-01",
     [("next decade", "2020/2029"), ("two decades ago", "1999")]),
    ("de", "im nächsten Jahrzehnt", "2019-06-01", [("nächsten Jahrzehnt", "2020/2029")]),
    # a day without a year up to now: the last such day before publication
    ("en", "between Dec 22 and now", "2019-04-25", [("between Dec 22 and now", "2018-12-22/2019-04-25")]),
    ("nl", "tussen 22 jan en nu", "2019-04-25", [("tussen 22 jan en nu", "2019-01-22/2019-04-25")]),
    # days in words, times with a part of the day, a bare hour after "at"/"om"/"um"/"à" at a clause end
    ("nl", "Ik ga negenentwintig mei terug, op tweeëntwintig februari", None,
     [("negenentwintig mei", "XXXX-05-29"), ("tweeëntwintig februari", "XXXX-02-22")]),
    ("en", "Let's meet on February twenty second.", None, [("February twenty second", "XXXX-02-22")]),
    ("fr", "le vingt-neuf mai", None, [("vingt-neuf mai", "XXXX-05-29")]),
    ("nl", "vorige week dinsdag om 2 uur 's middags", "2018-06-20",
     [("vorige week dinsdag om 2 uur 's middags", "2018-06-12T14:00")]),
    ("de", "am 3. Mai 2021 um 8 Uhr abends", None, [("3. Mai 2021 um 8 Uhr abends", "2021-05-03T20:00")]),
    ("fr", "le 3 mai 2021 à 8 heures du soir", None, [("3 mai 2021 à 8 heures du soir", "2021-05-03T20:00")]),
    ("en", "Let's meet on Friday the 26th at 4.", "2021-03-15", [("Friday the 26th at 4", "2021-03-26T04:00")]),
    ("en", "on 3 May 2021 at 4 locations, on 12 June 2.50 million", None,
     [("3 May 2021", "2021-05-03"), ("12 June", "XXXX-06-12")]),
    # holidays of a stated or relative year; holidays on the nth weekday of a month
    ("de", "an Fastnachtssonntag im nächsten Jahr", "2017-03-01",
     [("Fastnachtssonntag im nächsten Jahr", "2018-02-11")]),
    ("en", "on Independence Day of this year and on Black Friday 2010", "2018-03-01",
     [("Independence Day of this year", "2018-07-04"), ("Black Friday 2010", "2010-11-26")]),
    # a computed weekday up to a named one
    ("de", "nächsten Donnerstag bis Samstag", "2019-09-05",
     [("nächsten Donnerstag bis Samstag", "2019-09-12/2019-09-14")]),
    ("nl", "van volgende maandag tot vrijdag", "2019-09-05",
     [("van volgende maandag tot vrijdag", "2019-09-09/2019-09-13")]),
    ("en", "next Monday and Friday", "2019-09-05", [("next Monday", "2019-09-09")]),
    # German dates said as two ordinals; a month with a two-digit year; month-first dates in any language
    ("de", "Ich komme am Donnerstag, den siebten vierten zurück; das Treffen ist am dritter/11.", None,
     [("Donnerstag, den siebten vierten", "XXXX-04-07"), ("dritter/11.", "XXXX-11-03")]),
    ("fr", "En juillet 98, la France a gagné.", "2019-06-05", [("juillet 98", "1998-07")]),
    ("en", "born in April of 87; the meeting is on April 15.", "2019-06-05",
     [("April of 87", "1987-04"), ("April 15", "2019-04-15")]),
    ("fr", "Je suis né novembre 23 de 1987 et je reviendrai Oct/2", None,
     [("novembre 23 de 1987", "1987-11-23"), ("Oct/2", "XXXX-10-02")]),
    # relative words before months and numeric days; "within the next ..." starts at publication
    ("nl", "van aanstaande mei tot okt 2020, en volgende 12/5", "2018-06-05",
     [("van aanstaande mei tot okt 2020", "2019-05/2020-10"), ("12/5", "2018-05-12")]),
    ("en", "within the next 10 months", "2018-03-23", [("within the next 10 months", "2018-03-23/2019-01-23")]),
    # a day or month without a year is placed nearest to publication; offsets count from it
    ("en", "closed from 20 December to 3 February", "2020-01-10",
     [("from 20 December to 3 February", "2019-12-20/2020-02-03")]),
    ("fr", "le 20 décembre", "2020-01-10", [("20 décembre", "2019-12-20")]),
    ("en", "It will happen 3 days after January 12th.", "2016-11-07", [("3 days after January 12th", "2017-01-15")]),
    ("en", "I'll go back tonight around 7", "2019-12-26", [("tonight around 7", "2019-12-26T19:00")]),
    ("en", "i am off between the ninth and the seventeenth of april, from June the 26th to June the 28th 2020",
     None, [("between the ninth and the seventeenth of april", "XXXX-04-09/XXXX-04-17"),
            ("from June the 26th to June the 28th 2020", "2020-06-26/2020-06-28")]),
    ("en", "I'll go back 03/18/40.", "2016-11-07", [("03/18/40", "1940-03-18")]),
    # spoken times after a day: hours in words, Dutch and German "half"/"halb" (half before the hour)
    ("nl", "op 3 mei om half acht en op maandag de zevenentwintigste om zes uur 's avonds", "2019-05-07",
     [("3 mei om half acht", "2019-05-03T07:30"), ("maandag de zevenentwintigste om zes uur 's avonds",
                                                   "2019-05-27T18:00")]),
    ("de", "am 3. Mai um halb drei", None, [("3. Mai um halb drei", "XXXX-05-03T02:30")]),
    ("en", "on 3 May at six pm; on 4 May at one point", None,
     [("3 May at six pm", "XXXX-05-03T18:00"), ("4 May", "XXXX-05-04")]),
    # the day before the weekday, a month and a day in words, at a clause end
    ("fr", "Mon prochain salaire sera le 25 Mardi.", "2018-09-28", [("le 25 Mardi", "2018-09-25")]),
    ("fr", "Je reviendrai Mai vingt-neuf.", None, [("Mai vingt-neuf", "XXXX-05-29")]),
    ("fr", "en mai trois manifestations ont eu lieu", None, [("mai", "XXXX-05")]),
    ("en", "tonight at 1am, last night at 8.", "2019-08-07",
     [("tonight at 1am", "2019-08-07T01:00"), ("last night at 8", "2019-08-06T20:00")]),
    ("en", "before the thirty-first day of the month", "2019-08-07",
     [("thirty-first day of the month", "2019-08-31")]),
    ("en", "by 20th March, 20th June and 20th September", None,
     [("20th March", "XXXX-03-20"), ("20th June", "XXXX-06-20"), ("20th September", "XXXX-09-20")]),
    ("nl", "gisteravond om 9 uur", "2019-08-07", [("gisteravond om 9 uur", "2019-08-06T21:00")]),
    # a stretch of time from a day ("for", "starting") is a range; a plain count from a day is one day
    ("en", "set OOO for 3 days from today; 2 weeks starting May 20th", "2018-05-23",
     [("for 3 days from today", "2018-05-23/2018-05-25"), ("2 weeks starting May 20th", "2018-05-20/2018-06-02")]),
    ("de", "für 2 Wochen ab dem 3. Mai 2021", None, [("für 2 Wochen ab dem 3. Mai 2021", "2021-05-03/2021-05-16")]),
    ("nl", "Welke datum is 3 dagen vanaf vandaag?", "2019-08-24", [("3 dagen vanaf vandaag", "2019-08-27")]),
    # years and clock times in words
    ("en", "They left in nineteen ninety six and came back in two thousand and fifteen", None,
     [("nineteen ninety six", "1996"), ("two thousand and fifteen", "2015")]),
    ("en", "They arrived 13 Sept nineteen seventy two; the conference was in October two thousand and five", None,
     [("13 Sept nineteen seventy two", "1972-09-13"), ("October two thousand and five", "2005-10")]),
    ("nl", "Laat verkoop zien in tweeduizend twintig.", None, [("tweeduizend twintig", "2020")]),
    ("en", "The sun will set tomorrow at seven twenty-seven", "2016-11-07",
     [("tomorrow at seven twenty-seven", "2016-11-08T07:27")]),
    ("en", "Let's meet on March eighteenth nine thirty.", None, [("March eighteenth nine thirty", "XXXX-03-18T09:30")]),
    # counts said with an article, a couple; fortnights; the week after next; holidays nearest to publication
    ("en", "a year ago, in a fortnight, over the next couple of weeks", "2021-05-20",
     [("a year ago", "2020"), ("in a fortnight", "2021-06-03"),
      ("next couple of weeks", "2021-05-21/2021-06-03")]),
    ("de", "vor einer Woche", "2021-05-20", [("vor einer Woche", "2021-05-13")]),
    ("nl", "een paar maanden geleden, in de week na volgende", "2016-11-07",
     [("een paar maanden geleden", "2016-09-07"), ("de week na volgende", "2016-11-21/2016-11-27")]),
    ("en", "It happened three months after Easter.", "2016-11-07", [("three months after Easter", "2017-07-16")]),
    ("en", "I will leave in two days from today", "2018-07-05", [("two days from today", "2018-07-07")]),
    # working days (Monday to Friday), compound counts, a day and a year in words
    ("en", "within 10 working days; the next 4 business days", "2018-08-24",
     [("within 10 working days", "2018-08-24/2018-09-07"), ("next 4 business days", "2018-08-27/2018-08-30")]),
    ("nl", "binnen 10 werkdagen", "2018-08-24", [("binnen 10 werkdagen", "2018-08-24/2018-09-07")]),
    ("fr", "sous 10 jours ouvrables", "2018-08-24", [("sous 10 jours ouvrables", "2018-08-24/2018-09-07")]),
    ("de", "vor 2 Jahren und 3 Monaten, innerhalb von 5 Werktagen", "2016-11-07",
     [("vor 2 Jahren und 3 Monaten", "2014-08-07"), ("innerhalb von 5 Werktagen", "2016-11-07/2016-11-14")]),
    ("en", "for the last 3 months and 2 days ago; 2 weeks and 2 days ago", "2016-11-07",
     [("last 3 months", "2016-08-07/2016-11-06"), ("2 days ago", "2016-11-05"),
      ("2 weeks and 2 days ago", "2016-10-22")]),
    ("en", "born on January twenty five nineteen eighty six, out August two thousand and fifteen", None,
     [("January twenty five nineteen eighty six", "1986-01-25"), ("August two thousand and fifteen", "2015-08")]),
    ("en", "coffee on tues the 4th 7pm", "2019-06-17", [("tues the 4th 7pm", "2019-06-04T19:00")]),
    ("de", "So etwa 2019 in Berlin-Köpenick, mit rund 2000 Teilnehmern.", None, [("2019", "2019")]),
    # quarters of a relative year, fortnights as periods
    ("en", "in the first quarter of the year and as early as next year's first quarter", "2019-06-17",
     [("first quarter of the year", "2019-01/2019-03"), ("next year's first quarter", "2020-01/2020-03")]),
    ("nl", "het eerste kwartaal van volgend jaar", "2019-06-17",
     [("eerste kwartaal van volgend jaar", "2020-01/2020-03")]),
    ("en", "We hope to leave in the next fortnight.", "2021-05-20", [("next fortnight", "2021-05-31/2021-06-13")]),
    ("en", "over the last decade, in a week", "2007-06-15",
     [("last decade", "1997-06-15/2007-06-14"), ("in a week", "2007-06-22")]),
    ("en", "a cut of 10% in December", "2007-06-15", [("December", "2007-12")]),
    ("en", "What happened in the 5 past years? I went back in the April.", "2018-08-30",
     [("5 past years", "2013-08-30/2018-08-29"), ("April", "2018-04")]),
    ("nl", "op tweeëntwintig februari om 3.30 en 12.30 de 27e van december", None,
     [("tweeëntwintig februari om 3.30", "XXXX-02-22T03:30"), ("12.30 de 27e van december", "XXXX-12-27T12:30")]),
]

NOT_DATES_WHEN_PUBLISHED = [
    ("en", "We will be only 3 next to 5 guests; this Sun is bright; May I ask?"),
    ("en", "Employees working 40 hours a week 52 weeks a year"),
    ("nl", "Deze do-het-zelf gids; het jaar van de draak"),
    ("fr", "La planète Mars et le mois de la photo; les 3 derniers; rendez-vous à sept heures"),
    ("de", "Der Morgen des Tages; die letzten 3 Mitglieder"),
    ("en", "On Monday 21 people were arrested; within 30 days of June; Jan-Feb figures"),
    ("nl", "Op maandag 21 mensen gingen de straat op"),
    ("fr", "Lundi 21 personnes ont été arrêtées"),
    ("de", "Am Montag 21 Menschen gingen auf die Straße"),
    ("fr", "à sept heures et vingt-sept minutes"),
    ("en", "a 12 month period and the 12 month plan"),
    ("en", "in two thousand and twenty cases"),
    ("en", "Is this a valid date? 32 - 2015, 2015 - 32"),
    ("en", "the first time in more than 30 years; the lowest level in a decade; within the 5 year window"),
    ("de", "Bestellung bis zum 20. des Monats"),
    ("en", "in Saint Patrick's Cathedral"),
    ("de", "der zweite 3. Platz und 45 Teilnehmer"),
]

NOT_DATES = [
    ("en", "Certified to ISO 9001 during COVID-19, see IP/21/1234."),
    ("en", "More than 3,500 participants and 1,200 delegates attended."),
    ("en", "the 5 year plans which play a crucial part; a plan for 3 years"),
    ("en", "Call us on 0473 63 61 24 or +32 (0)473 13 13 29."),
    ("en", "Convention No. 1952 was ratified."),
    ("nl", "Bel 0473 13 13 29 of mail naar press@minsoc.fed.be"),
    ("fr", "Le rapport compte 1 250 pages et 2 000 tableaux."),
    ("de", "Artikel 2019 regelt das; die Kosten betragen 1.000 Euro."),
    ("nl", "Zie artikel 1848 en besluit nr. 2003 van de gemeente."),  # number_labels of the language files
    ("fr", "Voir l'article 1901 et la décision n° 1999 du conseil."),
    ("de", "Nach § 1900 und Drucksache Nr. 2004 des Landtags."),
    ("en", "This happened yesterday."),  # relative, but no publication date to resolve it against
    ("en", "The code of this object is 133-03-03-2020, tel +86 138-2010-2015"),
    ("en", "It is 1/3 of the budget and 2015-32 is not a range"),
    ("en", "More than 2000 participants and at least 1900 delegates attended."),
    ("de", "Mit gezählten 1922 Aktivitäten und rund 2000 Teilnehmern."),
    ("nl", "Meer dan 2000 deelnemers en zo'n 1950 gasten."),
    ("fr", "Plus de 2000 participants étaient présents."),
    ("en", "A hotline open 24/7, a 2/3 majority, 1/2-3/4 of them, and 13/4 in favour"),
    ("fr", "Appelez le 01 23 45 67 89 ou le 02 04 20 09 10."),
]


@pytest.mark.parametrize(("language", "text", "published", "expected"), FOUND)
def test_dates_found(language, text, published, expected):
    found = extract_dates(text, language, published)
    assert [(d.text, d.value) for d in found] == expected
    for d in found:
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(("language", "text"), NOT_DATES)
def test_not_dates(language, text):
    assert extract_dates(text, language, None) == []


@pytest.mark.parametrize(("language", "text"), NOT_DATES_WHEN_PUBLISHED)
def test_not_dates_even_with_a_publication_date(language, text):
    assert extract_dates(text, language, "2019-01-31") == []


def test_unknown_language_still_finds_numeric_dates():
    found = extract_dates("Publicado el 2025-01-21 en Madrid", "es")
    assert [(d.text, d.value) for d in found] == [("2025-01-21", "2025-01-21")]


def test_impossible_dates_are_refused():
    values = [d.value for d in extract_dates("on 31 February 2021 and 2021-13-01", "en")]
    assert not any(v.endswith("-02-31") or "-13" in v for v in values)


def test_a_weekday_and_day_followed_by_a_month_number_is_not_read_without_it():
    found = extract_dates("Live-Ticker\nDonnerstag, 18. 7.\n11.04 Uhr: Drohne", "de", "2024-03-15")
    assert all(not d.value.startswith("2024-04-18") for d in found)


@pytest.mark.parametrize(("language", "text", "published"), [
    ("en", "Washington, DC, May 3, 2019 -", "2019-05-03"),
    ("fr", "Bruxelles, le 12 mars 2021", None),
    ("de", "Berlin, den 3. Februar 2020 um 14 Uhr", "2020-02-03"),
    ("nl", "Den Haag, 12-03-2019", None),
])
def test_short_texts_have_their_dates_remembered_and_handed_out_afresh(language, text, published):
    from pipeline.dates.extract import _dates

    first = extract_dates(text, language, published)
    assert first == _dates(text, language, published) and first
    first.clear()  # a caller changing its list changes no other caller's
    assert extract_dates(text, language, published) == _dates(text, language, published)
