"""Date forms found missing or misread on the annotated news set (tests/data/news-dates, tune part) and on
the development set: the year a clause's tense gives a yearless date, a month with its relative year or with
the year of the month coordinated after it, quarters named by a calendar-only word, generic seasons and spans
that are no dates, and spaced numeric dates."""

from __future__ import annotations

import pytest

from pipeline.dates import extract_dates

AUTUMN = "2019-11-18"  # a month alone in spring lies nearer to next spring than to the last one
WINTER = "2019-01-20"  # September is nearer last year's than this year's


def _pairs(language: str, text: str, published: str | None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in extract_dates(text, language, published)]


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    # a past clause: the last such month up to publication (the nearest would be next March)
    ("en", "Sweden joined NATO in March.", AUTUMN, [("March", "2019-03")]),
    ("fr", "La Suède avait rejoint l'Otan en mars.", AUTUMN, [("mars", "2019-03")]),
    ("de", "Schweden war im März der Nato beigetreten.", AUTUMN, [("März", "2019-03")]),
    ("nl", "Zweden werd in maart lid van de NAVO.", AUTUMN, [("maart", "2019-03")]),
    # a future clause: the next one (the nearest would be last September)
    ("en", "The plant will open in September.", WINTER, [("September", "2019-09")]),
    ("fr", "L'usine va ouvrir en septembre.", WINTER, [("septembre", "2019-09")]),
    ("de", "Das Werk wird im September eröffnet.", WINTER, [("September", "2019-09")]),
    ("nl", "De fabriek zal in september opengaan.", WINTER, [("september", "2019-09")]),
    # the nearest year stands: close to publication, after a period end, after a verb of saying or "a lieu"
    ("en", "The letter was sent ahead of the December 2 deadline.", AUTUMN, [("December 2", "2019-12-02")]),
    ("en", "The ban was extended until March.", AUTUMN, [("March", "2020-03")]),
    ("en", "Smith said the centre opens in May.", AUTUMN, [("May", "2020-05")]),
    ("fr", "La réunion a lieu en mai.", AUTUMN, [("mai", "2020-05")]),
    ("de", "Das Verbot wurde bis März verlängert.", AUTUMN, [("März", "2020-03")]),
    ("nl", "Het verbod werd verlengd tot maart.", AUTUMN, [("maart", "2020-03")]),
])
def test_a_yearless_month_takes_the_year_of_its_tense(language: str, text: str, published: str,
                                                     expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, published) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "It joined NATO in April last year.", [("April last year", "2018-04")]),
    ("en", "At the end of June last year, a statement came.", [("end of June last year", "2018-06")]),
    ("en", "It crashed in January this year.", [("January this year", "2019-01")]),
    ("fr", "Elle a adhéré en avril de l'année dernière.", [("avril de l'année dernière", "2018-04")]),
    ("de", "Sie trat im April letzten Jahres bei.", [("April letzten Jahres", "2018-04")]),
    ("nl", "Zij trad in april vorig jaar toe.", [("april vorig jaar", "2018-04")]),
])
def test_a_month_takes_the_relative_year_after_it(language: str, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, AUTUMN) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Floods in October and November 2023.", [("October", "2023-10"), ("November 2023", "2023-11")]),
    ("fr", "Les inondations en octobre et en novembre 2023.", [("octobre", "2023-10"), ("novembre 2023", "2023-11")]),
    ("de", "Hochwasser im Oktober und November 2023.", [("Oktober", "2023-10"), ("November 2023", "2023-11")]),
    ("nl", "Overstromingen in oktober en november 2023.", [("oktober", "2023-10"), ("november 2023", "2023-11")]),
])
def test_a_month_takes_the_year_of_the_month_coordinated_after_it(language: str, text: str,
                                                                 expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, None) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Une reprise au deuxième trimestre de l'économie nippone.", [("deuxième trimestre", "2019-04/2019-06")]),
    ("fr", "Une hausse au premier semestre et un recul ensuite.", [("premier semestre", "2019-01/2019-06")]),
    ("fr", "Nokia dans le rouge au deuxième trimestre\n\nLe groupe", [("deuxième trimestre", "2019-04/2019-06")]),
    ("de", "Der Umsatz stieg im zweiten Quartal und fiel dann.", [("zweiten Quartal", "2019-04/2019-06")]),
    ("nl", "De omzet steeg in het tweede kwartaal en daalde daarna.", [("tweede kwartaal", "2019-04/2019-06")]),
    ("en", "Sales rose in Q3 and fell later.", [("Q3", "2018-07/2018-09")]),  # in June: last year's Q3
    ("en", "Sales rise in the third quarter\n\nThe company", [("third quarter", "2019-07/2019-09")]),
])
def test_a_quarter_named_by_a_calendar_word_needs_no_clause_end(language: str, text: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2019-06-12") == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Indoor temperatures drop in winter, and the heating stays on."),
    ("en", "They raised the minimum wage for the first time in 10 years."),
    ("en", "Its worst plane crash in 30 years killed 72 people."),
    ("nl", "Agenten krijgen voor het eerst in 20 jaar een loonsverhoging."),
    ("de", "Die Löhne steigen zum ersten Mal in 20 Jahren."),
    ("en", "The first half of the game was dull."),
])
def test_generic_seasons_and_spans_are_no_dates(language: str, text: str) -> None:
    assert _pairs(language, text, AUTUMN) == []


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("en", "Daily News 03 / 09 / 2020", "2020-09-03", [("03 / 09 / 2020", "2020-09-03")]),
    ("en", "Daily News 03/09/2020", "2020-09-03", [("03/09/2020", "2020-09-03")]),
    ("en", "Filed on 03/09/2020.", "2020-06-01", [("03/09/2020", "2020-03-09")]),
    ("nl", "Nieuws 03 / 09 / 2020", "2020-09-03", [("03 / 09 / 2020", "2020-09-03")]),
    ("fr", "Actualités 03 / 09 / 2020", "2020-09-03", [("03 / 09 / 2020", "2020-09-03")]),
    ("de", "Nachrichten 03 / 09 / 2020", "2020-09-03", [("03 / 09 / 2020", "2020-09-03")]),
])
def test_numeric_dates_with_spaced_slashes_and_their_own_day(language: str, text: str, published: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, published) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The committee will meet Thursday (10 a.m.) in Washington.", [("Thursday (10 a.m.", "2019-06-13T10:00")]),
    ("fr", "Le match aura lieu jeudi (21h) à Paris.", [("jeudi (21h", "2019-06-13T21:00")]),
    ("de", "Am Donnerstag (21 Uhr) tritt City an.", [("Donnerstag (21 Uhr", "2019-06-13T21:00")]),
    ("de", "Es ist Freitagabend, 17 Uhr.", [("Freitagabend, 17 Uhr", "2019-06-14T17:00")]),
    ("nl", "De wedstrijd is donderdag (20.00 uur) in Gent.", [("donderdag (20.00 uur", "2019-06-13T20:00")]),
    ("de", "Los geht es am Freitag (14. Juni) um 17 Uhr.", [("Freitag (14. Juni) um 17 Uhr", "2019-06-14T17:00")]),
])
def test_a_weekday_with_its_time_in_parentheses(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2019-06-12") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Floods hit in May, August and September 2023.",
     [("May", "2023-05"), ("August", "2023-08"), ("September 2023", "2023-09")]),
    ("fr", "Des crues en mai, juin et juillet 2020.",
     [("mai", "2020-05"), ("juin", "2020-06"), ("juillet 2020", "2020-07")]),
    ("de", "Hochwasser gab es im Mai, August und September 2023.",
     [("Mai", "2023-05"), ("August", "2023-08"), ("September 2023", "2023-09")]),
    ("nl", "Overstromingen in mei, juni en juli 2020.",
     [("mei", "2020-05"), ("juni", "2020-06"), ("juli 2020", "2020-07")]),
    ("en", "In March 2020, August Bebel spoke.", [("March 2020", "2020-03")]),
])
def test_months_listed_with_a_month(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2024-01-15") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He testified before the House Intelligence Committee Tuesday about it.", [("Tuesday", "2019-06-11")]),
    ("Noem told the Argus Leader Monday afternoon that it works.", [("Monday afternoon", "2019-06-10")]),
    ("He witnessed a key September conversation in Warsaw.", [("September", "2018-09")]),
    ("Norway's October oil production was above forecasts.", [("October", "2018-10")]),
    ("As of October, the fleet had 270 aircraft.", [("October", "2018-10")]),
    ("Shoppers wait for Black Friday and Cyber Monday deals, he told the Sunday Times.",
     [("Black Friday", "2019-11-29")]),
    ("The May government fell and the march went on.", []),
])
def test_english_news_weekdays_after_names_and_months_before_nouns(text: str,
                                                                   expected: list[tuple[str, str]]) -> None:
    assert _pairs("en", text, "2019-06-12") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a score after a weekday is no day of the month, and the weekday is still that day
    ("de", "Arsenal hatte am Dienstag 5:0 gegen Chelsea gewonnen.", [("Dienstag", "2019-06-11")]),
    ("en", "Arsenal had beaten Chelsea on Tuesday 5:0.", [("Tuesday", "2019-06-11")]),
    # "of" after a weekday names its week only with a week word
    ("en", "Britain's Conservative Party was accused Wednesday of trying to deceive voters.",
     [("Wednesday", "2019-06-12")]),
    ("en", "The vote is on Tuesday of next week.", [("Tuesday of next week", "2019-06-18")]),
    ("fr", "Le vote a lieu mardi de la semaine prochaine.", [("mardi de la semaine prochaine", "2019-06-18")]),
    # a month and its relative year without a preposition before it
    ("en", "The design was changed as recently as May of this year.", [("May of this year", "2019-05")]),
    ("fr", "Les prix montent depuis mars de l'année dernière.", [("mars de l'année dernière", "2018-03")]),
])
def test_weekdays_before_scores_and_of_and_months_of_relative_years(language: str, text: str,
                                                                   expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2019-06-12") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a quarter or half with its number in figures
    ("de", "Der Umsatz stieg im 2. Quartal 2020.", [("2. Quartal 2020", "2020-04/2020-06")]),
    ("de", "Im 1. Halbjahr 2020 sank er.", [("1. Halbjahr 2020", "2020-01/2020-06")]),
    ("fr", "Le chiffre a progressé au 2e trimestre 2020.", [("2e trimestre 2020", "2020-04/2020-06")]),
    ("nl", "De omzet steeg in het 2e kwartaal van 2020.", [("2e kwartaal van 2020", "2020-04/2020-06")]),
    ("en", "Sales rose in the 3rd quarter of 2020.", [("3rd quarter of 2020", "2020-07/2020-09")]),
    # German day and month with dots and spaces before the year
    ("de", "Die Sitzung fand am 13. 3. 2020 statt.", [("13. 3. 2020", "2020-03-13")]),
    # a weekday with "den" / "the" before its date is that date, not a weekday alone
    ("de", "Die Sitzung war am Montag, den 3. Februar.", [("Montag, den 3. Februar", "2020-02-03")]),
    ("en", "The hearing was on Tuesday, the 5th of May.", [("Tuesday, the 5th of May", "2020-05-05")]),
])
def test_numbered_quarters_spaced_german_dates_and_weekdays_before_dates(language: str, text: str,
                                                                         expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2020-06-15") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Dans la nuit de jeudi à vendredi, des frappes ont eu lieu.",
     [("la nuit de jeudi à vendredi", "2024-11-21/2024-11-22")]),
    ("de", "In der Nacht von Donnerstag auf Freitag griff Russland an.",
     [("In der Nacht von Donnerstag auf Freitag", "2024-11-21/2024-11-22")]),
    ("nl", "In de nacht van donderdag op vrijdag was er een aanval.",
     [("In de nacht van donderdag op vrijdag", "2024-11-21/2024-11-22")]),
    ("en", "Drones were shot down overnight Thursday into Friday.",
     [("overnight Thursday into Friday", "2024-11-21/2024-11-22")]),
    ("fr", "Le magasin est ouvert du lundi au vendredi.", []),
])
def test_the_night_from_one_weekday_to_the_next(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2024-11-22T07:22") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die Ermittlungen sollen im Sommer oder Herbst abgeschlossen werden.",
     [("Sommer", "2023-06/2023-08"), ("Herbst", "2023-09/2023-11")]),
    ("en", "It opens in the spring or summer.", [("spring", "2023-03/2023-05"), ("summer", "2023-06/2023-08")]),
    ("fr", "Il ouvrira au printemps ou en été.", [("printemps", "2023-03/2023-05"), ("été", "2023-06/2023-08")]),
    ("nl", "Het gaat open in de zomer of de herfst.", [("zomer", "2023-06/2023-08"), ("herfst", "2023-09/2023-11")]),
])
def test_two_seasons_after_one_preposition(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2023-04-28") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Wiesbaden, 19.04.2021 – 08:00 (ots)", [("19.04.2021 – 08:00", "2021-04-19T08:00")]),
    ("en", "Washington, May 5, 2021 – 10:00 am", [("May 5, 2021 – 10:00 am", "2021-05-05T10:00")]),
    ("fr", "Paris, le 5 mai 2021 – 10h00", [("5 mai 2021 – 10h00", "2021-05-05T10:00")]),
    ("nl", "Den Haag, 5 mei 2021 – 10:00 uur", [("5 mei 2021 – 10:00 uur", "2021-05-05T10:00")]),
    ("de", "Das BIP stieg im 3. Vierteljahr 2016.", [("3. Vierteljahr 2016", "2016-07/2016-09")]),
    ("de", "Im ersten Vierteljahr stieg es um 2 %.", [("ersten Vierteljahr", "2021-01/2021-03")]),
])
def test_a_dateline_time_after_a_dash_and_german_vierteljahr(language: str, text: str,
                                                            expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2021-04-19") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At the time of her stroke April had about 7,000 dollars in debt.", []),
    ("A transcript of FOX News Sunday was released.", []),
    ("Prodi announced in July he would raise the retirement age.", [("July", "2019-07")]),
])
def test_names_and_a_future_seen_from_the_past(text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs("en", text, "2019-11-18") == expected


WEDNESDAY = "2019-06-12"


@pytest.mark.parametrize(("language", "text", "expected"), [
    # two consecutive weekdays joined by "and" in a past or future clause: two days, one apart
    ("en", "The talks were held on Friday and Saturday in Geneva.",
     [("Friday", "2019-06-07"), ("Saturday", "2019-06-08")]),
    ("en", "Ministers will meet on Thursday and Friday.", [("Thursday", "2019-06-13"), ("Friday", "2019-06-14")]),
    ("fr", "Les négociations auront lieu vendredi et samedi.", [("vendredi", "2019-06-14"), ("samedi", "2019-06-15")]),
    ("de", "Die Gespräche wurden am Freitag und Samstag geführt.",
     [("Freitag", "2019-06-07"), ("Samstag", "2019-06-08")]),
    ("de", "Die Minister werden am Donnerstag und am Freitag beraten.",
     [("Donnerstag", "2019-06-13"), ("Freitag", "2019-06-14")]),
    ("nl", "De gesprekken werden vrijdag en zaterdag gevoerd.",
     [("vrijdag", "2019-06-07"), ("zaterdag", "2019-06-08")]),
    # after "both" in any tense, the second after the first
    ("en", "Storms are possible both Friday and Saturday.", [("Friday", "2019-06-14"), ("Saturday", "2019-06-15")]),
    ("en", "The forums are scheduled for both Monday and Thursday.",
     [("Monday", "2019-06-17"), ("Thursday", "2019-06-20")]),
    ("de", "Die Gespräche finden sowohl am Freitag als auch am Samstag statt.",
     [("Freitag", "2019-06-14"), ("Samstag", "2019-06-15")]),
    ("nl", "De gesprekken vinden zowel vrijdag als zaterdag plaats.",
     [("vrijdag", "2019-06-14"), ("zaterdag", "2019-06-15")]),
    # still sets: a schedule, opening hours, a recurring pair, a list of three, a pair without tense
    ("en", "This year, the Senate will work full weeks, with votes on Monday and Friday.", [("This year", "2019")]),
    ("en", "Lines are open from 8 a.m. to 8 p.m. Monday through Friday and 8 a.m. to 5 p.m. on Saturday and Sunday.",
     []),
    ("en", "Hearings are held every Monday and Tuesday.", []),
    ("en", "They met on Monday, Tuesday and Friday.", []),
    ("fr", "Le musée ouvre samedi et dimanche.", []),
    ("de", "Das Museum ist am Samstag und Sonntag geöffnet.", []),
    ("nl", "Het museum is zaterdag en zondag open.", []),
    ("en", "Storms hit the coast on Friday and Saturday mornings.", []),
])
def test_two_weekdays_joined_by_and(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, WEDNESDAY) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "come January": the first such month (or day) after publication
    ("en", "Come January, we are going to have a Congress that works.", [("Come January", "2007-01")]),
    ("en", "If I'm around in a leadership role come January, we will act.", [("come January", "2007-01")]),
    ("en", "Come September, farmers will find themselves without help.", [("Come September", "2007-09")]),
    ("en", "The vote is set for come Monday.", [("come Monday", "2006-12-11")]),
    ("en", "for years to come    April 2005 News Releases", [("April 2005", "2005-04")]),  # a year after: no "come"
    # the same in the other languages, with their words for "the coming"
    ("nl", "Komende januari gaat de wet in.", [("Komende januari", "2007-01")]),
    ("de", "Im kommenden Januar tritt das Gesetz in Kraft.", [("kommenden Januar", "2007-01")]),
    ("fr", "En janvier prochain, la loi entre en vigueur.", [("janvier", "2007-01")]),
])
def test_come_january(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2006-12-08") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a determiner pointing back: the year named last
    ("en", "In 1990 Maggie joined the campaign. She returned to Hawaii that June and spent a week there.",
     [("1990", "1990"), ("June", "1990-06")]),
    ("en", "The warrant was issued in 2005. He was arrested that May because he had not registered.",
     [("2005", "2005"), ("May", "2005-05")]),
    ("en", "The invasion started in February 2022, with more following that September, when it mobilised.",
     [("February 2022", "2022-02"), ("September", "2022-09")]),
    ("de", "Das Gesetz wurde 2015 beschlossen. In jenem September trat er zurück.",
     [("2015", "2015"), ("September", "2015-09")]),
    ("nl", "De wet werd in 2015 aangenomen. In die september trad hij af.",
     [("2015", "2015"), ("september", "2015-09")]),
    # a year pointing back after the month
    ("en", "NASDAQ peaked in 2000. It peaked in March of that year but fell.",
     [("2000", "2000"), ("March of that year", "2000-03")]),
    ("en", "In 2004, five were confirmed. Twelve judges were confirmed in September and October of that year.",
     [("2004", "2004"), ("September", "2004-09"), ("October of that year", "2004-10")]),
    ("fr", "La loi a été votée en 2015. Elle est entrée en vigueur en mars de la même année.",
     [("2015", "2015"), ("mars de la même année", "2015-03")]),
    ("de", "Das Gesetz wurde 2015 beschlossen. Es trat im März desselben Jahres in Kraft.",
     [("2015", "2015"), ("März desselben Jahres", "2015-03")]),
    ("nl", "De wet werd in 2015 aangenomen. Ze werd van kracht in maart van dat jaar.",
     [("2015", "2015"), ("maart van dat jaar", "2015-03")]),
    # "that" as a conjunction before a month modifying a noun: no month pointing back
    ("en", "The report showing that May unemployment rates continue to fall was released in 2004.", [("2004", "2004")]),
    ("nl", "Het is de maand die september heet.", []),
])
def test_a_month_pointing_back_takes_the_year_named_before(language: str, text: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2006-03-13") == expected


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    # a present tense schedules: three days back is too far without a past tense
    ("de", "Liverpool spielt Samstag bei West Ham. Manchester City tritt Sonntag bei Nottingham Forest an.",
     "2024-04-24",
     [("Samstag", "2024-04-27"), ("Sonntag", "2024-04-28")]),
    ("en", "I am looking forward to Monday's sessions on the new program.", "2005-11-17", [("Monday", "2005-11-21")]),
    ("fr", "Le PSG affronte Lyon dimanche au Parc des Princes.", "2024-04-24", [("dimanche", "2024-04-28")]),
    ("nl", "Ajax speelt zondag tegen PSV.", "2024-04-24", [("zondag", "2024-04-28")]),
    # German "vor dem" is no past; an infinitive "zu werden", "te gaan" no future
    ("de", "„Wir müssen gut vorbereitet sein“, warnt Kerr vor dem Aufeinandertreffen am Dienstag.", "2024-08-05",
     [("Dienstag", "2024-08-06")]),
    ("de", "Am Montag plädierten sie auf nicht schuldig und erklärten, unrechtmäßig festgehalten zu werden.",
     "2026-01-06", [("Montag", "2026-01-05")]),
    ("nl", "Hij riep op maandag iedereen op om te gaan stemmen.", "2026-01-06", [("maandag", "2026-01-05")]),
    ("en", "On Monday, he urged everyone to go and vote.", "2026-01-06", [("Monday", "2026-01-05")]),
])
def test_a_weekday_by_tense_in_news(language: str, text: str, published: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, published) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a time of day with its day: "p.m." ends no clause, a word for noon is an hour
    ("en", "The attack happened at 6.40 p.m. on Friday.", [("6.40 p.m. on Friday", "2024-05-03T18:40")]),
    ("en", "At noon on Friday, the deadline passed.", [("At noon on Friday", "2024-05-03T12:00")]),
    ("en", "The polls close today at noon.", [("today at noon", "2024-05-08T12:00")]),
    ("en", "They met on 5 May at noon.", [("5 May at noon", "2024-05-05T12:00")]),
    ("fr", "La grève a commencé mardi à midi.", [("mardi à midi", "2024-05-07T12:00")]),
    ("de", "Der Streik begann am Dienstag gegen Mittag.", [("Dienstag gegen Mittag", "2024-05-07T12:00")]),
    ("nl", "De staking begon dinsdag rond het middaguur.", [("dinsdag rond het middaguur", "2024-05-07T12:00")]),
    ("de", "Am Dienstag gab es Mittagessen.", [("Dienstag", "2024-05-07")]),  # no joiner: no time
    ("en", "The strike began at midnight on Tuesday.", [("Tuesday", "2024-05-07")]),  # midnight: which night?
    # past markers of news verbs
    ("en", "He died in the early hours of Sunday.", [("Sunday", "2024-05-05")]),
    ("de", "Der Anschlag ereignete sich am Freitag um 18.40 Uhr.", [("Freitag um 18.40 Uhr", "2024-05-03T18:40")]),
    ("nl", "De aanslag vond vrijdag om 18.40 uur plaats.", [("vrijdag om 18.40 uur", "2024-05-03T18:40")]),
    ("fr", "L'attaque a eu lieu vendredi à 18h40.", [("vendredi à 18h40", "2024-05-03T18:40")]),
    # two days back and ahead
    ("en", "The day before yesterday he left.", [("The day before yesterday", "2024-05-06")]),
    ("en", "The day after tomorrow he returns.", [("The day after tomorrow", "2024-05-10")]),
    ("fr", "Avant-hier, il est parti.", [("Avant-hier", "2024-05-06")]),
    ("de", "Vorgestern ist er abgereist.", [("Vorgestern", "2024-05-06")]),
    ("nl", "Eergisteren vertrok hij.", [("Eergisteren", "2024-05-06")]),
])
def test_times_of_day_and_past_markers_in_news(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2024-05-08T10:00") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a quarter that has not begun at publication is last year's in a past clause
    ("en", "Profits rose in the third quarter, the company said.", [("third quarter", "2023-07/2023-09")]),
    ("fr", "Au troisième trimestre, le PIB a progressé.", [("troisième trimestre", "2023-07/2023-09")]),
    ("de", "Im dritten Quartal stieg der Umsatz.", [("dritten Quartal", "2023-07/2023-09")]),
    ("nl", "In het derde kwartaal steeg de omzet.", [("derde kwartaal", "2023-07/2023-09")]),
    ("en", "The company expects growth in the third quarter.", [("third quarter", "2024-07/2024-09")]),
    ("en", "The company will publish first quarter results soon.", [("first quarter", "2024-01/2024-03")]),
    # French futures and "doit" + infinitive
    ("fr", "Le sommet se tiendra vendredi et samedi à Bruxelles.",
     [("vendredi", "2024-05-10"), ("samedi", "2024-05-11")]),
    ("fr", "Lundi, le PSG affrontera Lyon.", [("Lundi", "2024-05-13")]),
    ("fr", "Le président doit s'exprimer lundi.", [("lundi", "2024-05-13")]),
    # a weekday after "since" is past, whatever the clause
    ("fr", "Les écoles sont fermées depuis lundi, et elles resteront fermées.", [("lundi", "2024-05-06")]),
    ("en", "Since Monday, the schools will stay closed.", [("Monday", "2024-05-06")]),
    ("de", "Seit Montag werden die Schulen geschlossen bleiben.", [("Montag", "2024-05-06")]),
    ("nl", "Sinds maandag zullen de scholen dicht blijven.", [("maandag", "2024-05-06")]),
    # a weekday pointing back is a day of the story told, not one to come; "that" before a subject is no pointer
    ("en", "“I will never forget that Saturday evening when I first saw the tanks,” he says.",
     [("Saturday evening", "2024-05-04")]),
    ("de", "Ich werde an jenem Samstag nie vergessen, wie es war.", [("Samstag", "2024-05-04")]),
    ("en", "They say that Saturday will be sunny.", [("Saturday", "2024-05-11")]),
    # after "until" in a clause of unknown tense: the next one
    ("de", "Die Straße ist bis Freitag gesperrt.", [("Freitag", "2024-05-10")]),
    ("nl", "De weg is tot vrijdag afgesloten.", [("vrijdag", "2024-05-10")]),
])
def test_quarters_and_weekdays_by_tense_and_period_words(language: str, text: str,
                                                         expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2024-05-08T10:00") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "ahead of" an event on a weekday: the next one
    ("en", "Connolly has built a commanding polling lead ahead of Friday's election.", [("Friday", "2025-10-24")]),
    ("en", "I am looking forward to Monday's sessions on the program.", [("Monday", "2025-10-27")]),
    ("de", "Die Parteien werben im Vorfeld der Wahl am Sonntag um Stimmen.", [("Sonntag", "2025-10-26")]),
    ("fr", "Les candidats débattent à la veille du scrutin de dimanche.", [("dimanche", "2025-10-26")]),
    ("nl", "In aanloop naar de verkiezingen van zondag voerden de partijen campagne.", [("zondag", "2025-10-26")]),
])
def test_a_weekday_of_an_event_ahead(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _pairs(language, text, "2025-10-23T15:50") == expected
