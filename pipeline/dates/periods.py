"""Period rules: quarters and halves ("Q1 2020", "the first half of 2020"), parts of a year ("the first six
months of 2021"), ISO weeks ("week 31", "KW 12 2025"), the nth month or week of a year, decades ("the
1990s"), centuries ("the 21st century") and holidays ("Easter 2018", "Christmas").

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates import weekdays
from pipeline.dates.patterns import B, DatePatterns, E, ci
from pipeline.dates.rules import (
    NAME,
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    count,
    day_number,
    direction,
    stated_year,
    text_before,
)
from pipeline.dates.values import PartialDate
from pipeline.resources.langdata import alternation

FAMILY = "periods"
ROMAN = {"I": 1, "V": 5, "X": 10}


# --- quarters and halves: "Q1 2020", "2017-q1", "first half of 2020", "next year's first quarter" -------

def _period_words(p: DatePatterns) -> str | None:
    periods = {**p.lang["quarter_words"], **{k: -v for k, v in p.lang["half_words"].items()}}
    return rf"(?P<q>{ci(periods)})" if periods else None


def _p_quarter_year(p: DatePatterns) -> str | None:
    period = _period_words(p)
    if period is None:
        return None
    qj = ci(p.lang["quarter_joiners"]) if any(p.lang["quarter_joiners"]) else ""
    return rf"{B}{period}(?:\s+(?:{qj}\s+)?|-){p.year('y')}{E}"


def _p_year_quarter(p: DatePatterns) -> str | None:
    period = _period_words(p)
    return rf"{B}{p.year('y')}(?:\s+|-){period}{E}" if period else None


def _p_quarter_of_year(p: DatePatterns) -> str | None:  # "the first quarter of next year"
    period = _period_words(p)
    return rf"{B}{period}\s+{p.of_year(p.directions())}{E}" if period else None


def _p_year_s_quarter(p: DatePatterns) -> str | None:  # "next year's first quarter"
    lang, period = p.lang, _period_words(p)
    if period is None or not lang["possessive_endings"]:
        return None
    years = ci(w for w, unit in lang["relative_units"].items() if unit == "year")
    return (rf"{B}(?P<dir>{p.directions()})\s+(?P<yu>{years})(?:{ci(lang['possessive_endings'])})"
            rf"\s+{period}{E}")


def _p_quarter_alone(p: DatePatterns) -> str | None:  # "in the third quarter,", "au premier semestre."
    period = _period_words(p)
    return rf"{B}{period}{E}(?![\s\-]*\d)" if period else None


def _quarter_alone(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A quarter or half without a year is one of the publication year, where nothing follows that could
    name another whole ("the first half of the game") or another year; a word that only names a part of a
    year ("trimestre", "Quartal", "kwartaal") needs no such context, nor one before a noun of an economic
    report ("first quarter GDP", "second half results")."""
    calendar_only = any(w.lower() in m["q"].lower() for w in pats.lang.get("calendar_period_words", []))
    after = m.string[m.end(): m.end() + config.DATE_WORDS_AFTER_CHARS].split()
    of = {w.lower() for key in ("period_part_words", "quarter_joiners", "day_month_joiners", "year_joiners")
          for w in pats.lang[key] if w}
    reported = bool(after) and after[0].strip(",.;:").lower() in pats.period_report_nouns
    if not calendar_only and not reported and (not pats.year_context_after.match(m.string, m.end())
                                               or (after and after[0].lower() in of)):
        return None  # "au deuxième trimestre de l'économie" is a quarter; "the first half of the game" is not
    cand = _quarter(m, pats, ref)
    return _quarter_by_tense(cand, m, pats, ref) if cand is not None and ref.day is not None else cand


def _quarter_by_tense(cand: Candidate, m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate:
    """A yearless quarter, half or season that starts after publication is last year's in a past clause
    ("sales rose in the fourth quarter" in a March release, "le PIB a progressé au troisième trimestre" in
    May, "the merger was completed in the fall" in April); one that
    ended more than TENSE_YEAR_MIN_DAYS before publication is next year's in a future clause (nearer, "will
    publish first-quarter results" in May is this year's)."""
    assert cand.value is not None and ref.day is not None
    start, end = cand.value.split("/")
    year, when = int(start[:4]), ref.day
    first = dt.date(year, int(start[5:7]), 1)
    last_month = int(end[5:7])
    last = dt.date(int(end[:4]), last_month, calendar.monthrange(int(end[:4]), last_month)[1])
    ahead, over = first > when, (when - last).days > config.TENSE_YEAR_MIN_DAYS  # not begun: no past yet
    tense = weekdays.clause_tense(m.string, m.start(), m.end(), pats, events_only=True) if ahead or over else 0
    if ahead and tense < 0:
        year -= 1
    elif over and tense > 0:
        year += 1
    else:
        return cand
    shift = year - int(start[:4])  # a winter ends in the year after it starts
    value = f"{year:04d}{start[4:]}/{int(end[:4]) + shift:04d}{end[4:]}"
    return Candidate(cand.start, cand.end, cand.kind, value=value)


def _quarter(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """Quarters ("Q1 2020", "2017-q1", "first quarter of 2020") and halves ("2019 H2", "first half of 2020")."""
    quarters, halves = pats.table["quarter_words"], pats.table["half_words"]
    year, word = stated_year(m, pats, ref), m["q"].lower()
    if year is None:
        return None
    if word in quarters:
        return Candidate(m.start(), m.end(), "range", value=nd.quarter_value(year, quarters[word]))
    first = 1 if halves[word] == 1 else 7
    return Candidate(m.start(), m.end(), "range", value=f"{year:04d}-{first:02d}/{year:04d}-{first + 5:02d}")


# --- parts of a year: "the first six months of 2021", "the 2nd week of 2021", "week 31" ----------------

def _p_part_of_year(p: DatePatterns) -> str | None:
    """"the first six months of 2021", "de laatste drie weken van dit jaar", "les neuf premiers mois de
    2019", "in den ersten neun Monaten 2021"."""
    lang = p.lang
    if not (lang["period_edges"] and lang["offset_units"]):
        return None
    amount = p.amount()
    edges, units = ci(lang["period_edges"]), ci(lang["offset_units"])
    return (rf"{B}(?:(?P<edge>{edges})\s+(?:(?P<n>{amount})\s+)?|(?P<n2>{amount})\s+(?P<edge2>{edges})\s+)"
            rf"(?P<unit>{units})\s+{p.of_year(p.directions())}{E}")


def _part_of_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """The first or last months, quarters, weeks or days of a stated or relative year."""
    year = stated_year(m, pats, ref)
    if year is None:
        return None
    if not (m["n"] or m["n2"]) and m["unit"].lower() not in pats.table["relative_units"]:
        return None  # "the first months of 2021" says no number
    amount = count(m["n"] or m["n2"] or "1", pats)  # "the first week of 2015"
    edge = pats.table["period_edges"][(m["edge"] or m["edge2"]).lower()]
    value = nd.part_of_year(year, pats.table["offset_units"][m["unit"].lower()], amount, edge)
    return Candidate(m.start(), m.end(), "range", value=value) if value else None


def _p_week_number(p: DatePatterns) -> str | None:  # "week 31", "KW 12 2025", "week 27 of last year"
    lang = p.lang
    if not lang["week_number_words"]:
        return None
    not_counted = rf"(?!\s+(?:{ci(lang['offset_units'])}){E})"  # "a week 52 weeks a year"
    return (rf"{B}(?:{ci(lang['week_number_words'])})\s+(?P<wk>[1-9]|[1-4]\d|5[0-3])(?!\d)"
            rf"{not_counted}(?:\s+{p.of_year(p.directions())})?{E}")


def _week_number(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"week 31" (of the publication year), "KW 12 2025": the ISO week, Monday to Sunday."""
    year = stated_year(m, pats, ref)
    if year is None or int(m["wk"]) > dt.date(year, 12, 28).isocalendar()[1]:
        return None
    return Candidate(m.start(), m.end(), "range", value=_iso_week(year, int(m["wk"])))


def _iso_week(year: int, week: int) -> str:
    monday = dt.date.fromisocalendar(year, week, 1)
    return f"{nd.day(monday)}/{nd.day(monday + dt.timedelta(days=6))}"


def _p_nth_of_year(p: DatePatterns) -> str | None:  # "the third month of 2021", "the 9th month of next year"
    lang, f = p.lang, p.fragments()
    if not lang["ordinal_words"]:
        return None
    units = ci(w for w, unit in lang["relative_units"].items() if unit in ("week", "month"))
    return (rf"{B}(?:(?P<dw>{f['ordinals']})|(?P<d>\d{{1,2}}){p.ordinal})\s+(?P<unit>{units})\s+"
            rf"{p.of_year(p.directions())}{E}")


def _nth_of_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"the third month of 2021" (March), "the 2nd week of 2021" (its second ISO week)."""
    year = stated_year(m, pats, ref)
    n = day_number(m, pats)
    unit = pats.table["relative_units"][m["unit"].lower()]
    if year is None or not 1 <= n <= (12 if unit == "month" else dt.date(year, 12, 28).isocalendar()[1]):
        return None
    if unit == "month":
        return Candidate(m.start(), m.end(), "month", PartialDate(year, n))
    return Candidate(m.start(), m.end(), "range", value=_iso_week(year, n))


# --- decades and centuries: "the 1990s", "die 1990er Jahre", "le XXe siècle" ---------------------------

def _p_decade(p: DatePatterns) -> str | None:
    lang = p.lang
    if not (lang["decade_prefixes"] or lang["decade_suffixes"]):
        return None
    before = f"(?:(?P<dp>{ci(lang['decade_prefixes'])})\\s+)?" if lang["decade_prefixes"] else ""
    after = f"(?P<ds>{ci(lang['decade_suffixes'])})?" if lang["decade_suffixes"] else ""
    return rf"{B}{before}(?P<dec>(?:1[89]|20)\d0){after}{E}"


def _decade(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"the 1990s", "de jaren 1990", "les années 1990", "die 1990er Jahre": 1990/1999."""
    if not (m.groupdict().get("dp") or m.groupdict().get("ds")):
        return None  # a year alone is a year
    start = int(m["dec"])
    return Candidate(m.start(), m.end(), "range", PartialDate(start), PartialDate(start + 9))


def _p_century(p: DatePatterns) -> str | None:  # "the 21st century", "de 15e eeuw", "im 19. Jahrhundert"
    lang = p.lang
    if not lang["century_words"]:
        return None
    return (rf"{B}(?:(?P<c>[12]?\d){p.ordinal}|(?P<roman>[XVI]{{1,5}}){p.ordinal}|"
            rf"(?P<dw>{p.fragments()['ordinals']}))\s+(?:{ci(lang['century_words'])}){E}")


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _century(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"the 21st century" is 2000/2099 (as the suite and common usage count it, not 2001/2100)."""
    if m["c"]:
        number = int(m["c"])
    elif m["roman"]:
        number = _roman(m["roman"])
    else:
        number = pats.table["ordinal_words"][m["dw"].lower()]
    if not 1 <= number <= config.MAX_CENTURY:
        return None
    start = (number - 1) * 100
    return Candidate(m.start(), m.end(), "range", value=f"{start:04d}/{start + 99:04d}")


# --- holidays: "Easter 2018", "Christmas", "Independence Day of this year" ------------------------------

def _p_holiday(p: DatePatterns) -> str | None:
    lang = p.lang
    if not lang["holidays"]:
        return None
    holidays = alternation(set(lang["holidays"]) | {h[:1].upper() + h[1:] for h in lang["holidays"]})
    return rf"{B}(?P<hol>{holidays})(?:\s+{p.fragments()['yj']}{p.year('y')})?{E}"


def _p_holiday_lowercase_year(p: DatePatterns) -> str | None:  # "easter 2018": lower case only with a year
    if not p.lang["holidays"]:
        return None
    return rf"{B}(?P<hol>{ci(p.lang['holidays'])})\s+{p.fragments()['yj']}{p.year('y')}{E}"


def _p_holiday_of_year(p: DatePatterns) -> str | None:  # "Independence Day of this year"
    if not p.lang["holidays"]:
        return None
    return rf"{B}(?P<hol>{ci(p.lang['holidays'])})\s+{p.of_year(p.directions())}{E}"


def _holiday(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"Easter 2018", "Fastnachtssonntag im nächsten Jahr", "Christmas" (the one nearest to publication)."""
    rule = pats.table["holidays"][m["hol"].lower()]
    if not m.groupdict().get("y") and (pats.holiday_name_after.match(m.string, m.end())
                                       or pats.holiday_name_before.search(text_before(m.string, m.start(),
                                                                                      config.DATE_CONTEXT_CHARS))):
        return Candidate(m.start(), m.end(), NAME)  # "the Good Friday Agreement", "l'accord du Vendredi saint"
    if nd.FULL_DATE_RULE.fullmatch(rule):  # "9/11": its own day, whatever the year
        return Candidate(m.start(), m.end(), "date", PartialDate(*map(int, rule.split("-"))))
    if ref.day is not None and not (m.groupdict().get("y") or m.groupdict().get("yu")):
        value = nd.nearest_holiday(rule, ref.day)  # "three months after Easter" said in November: next Easter
        value = _holiday_by_tense(m, pats, rule, value, ref.day)
    else:
        value = nd.holiday_value(rule, stated_year(m, pats, ref))
    return Candidate(m.start(), m.end(), "date", value=value) if value else None


def _holiday_by_tense(m: re.Match[str], pats: DatePatterns, rule: str, value: str | None,
                      when: dt.date) -> str | None:
    """The nearest holiday, or the one a year before or after it when its clause's tense puts it on the
    other side of publication ("will be back by Easter" in May: next year's), in a past clause only when
    it is TENSE_YEAR_MIN_DAYS or more ahead ("On Labor Day, the mayor spoke" in May: last September's)."""
    anchor = pats.offset_before_anchor
    if value is None or value == nd.day(when) or (anchor is not None and anchor.search(
            text_before(m.string, m.start(), config.DATE_CONTEXT_CHARS))):
        return value  # "It happened 2 weeks before Christmas": the tense is the count's
    tense = weekdays.clause_tense(m.string, m.start(), m.end(), pats, events_only=True)
    later = value > nd.day(when)
    near = (dt.date.fromisoformat(value) - when).days < config.TENSE_YEAR_MIN_DAYS
    if tense == 0 or (tense < 0) != later or (tense < 0 and near):
        return value  # "has introduced legislation to designate March 8 as International Women's Day"
    year = int(value[:4]) + (-1 if later else 1)
    return nd.holiday_value(rule, year) or value


# --- seasons: "the autumn of 2019", "Herbst 2019", "last summer", "l'automne dernier", "im Frühjahr" ---

def _seasons(p: DatePatterns) -> str | None:
    return rf"(?P<s>{ci(p.lang['seasons'])})" if p.lang.get("seasons") else None


def _p_season_of_year(p: DatePatterns) -> str | None:  # "the autumn of 2019", "in de zomer van 2020"
    season = _seasons(p)
    return rf"{B}{p.fragments()['qual']}{season}[\s\-]+{p.of_year(p.directions())}{E}" if season else None


def _season_of_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    year = stated_year(m, pats, ref)
    before = m.string[max(0, m.start() - config.DATE_WORD_BESIDE_CHARS): m.start()].split()
    if year is None or (before and before[-1].lower() in pats.auxiliaries):
        return None  # "a été 2019": the participle of "être", not the summer
    return Candidate(m.start(), m.end(), "range", value=nd.season_value(year, pats.seasons[m["s"].lower()]))


def _p_relative_season(p: DatePatterns) -> str | None:  # "last summer", "next spring", "cet été"
    season = _seasons(p)
    return rf"{B}(?P<dir>{p.directions()})\s+{season}{E}" if season else None


def _p_season_postposed(p: DatePatterns) -> str | None:  # "l'automne dernier", "l'été prochain"
    season = _seasons(p)
    if season is None or not p.lang.get("relative_postposed"):
        return None
    return rf"{B}(?:{ci(p.lang['articles'])}\s*)?{season}\s+(?P<dir>{p.postposed()}){E}"


def _p_season_alone(p: DatePatterns) -> str | None:  # "in the spring", "im Frühjahr", "au printemps"
    season, preps = _seasons(p), p.lang.get("season_prepositions")
    if season is None or not preps:
        return None
    not_counted = rf"(?![\s\-]+(?:\d|{p.fragments()['ordinals']}))"  # "in the summer 2 weeks", not a season here
    article = rf"(?:{ci(p.lang['articles'])}\s*)" + ("" if p.lang.get("season_needs_article") else "?")
    return rf"{B}(?:{ci(preps)})\s+{article}{season}{E}{not_counted}"  # English "in winter": every winter


def _p_second_season(p: DatePatterns) -> str | None:  # the "Herbst" of "im Sommer oder Herbst"
    season, preps = _seasons(p), p.lang.get("season_prepositions")
    if season is None or not preps:
        return None
    joiners = ci([w for w in p.lang["coordination"] if w[:1].isalpha()] + p.lang.get("alternative_words", []))
    articles = ci(p.lang["articles"])
    return (rf"{B}(?:{ci(preps)})\s+(?:{articles}\s*)?{season}\s+(?:{joiners})\s+(?:{articles}\s*)?"
            rf"(?P<s2>{ci(p.lang['seasons'])}){E}")


def _second_season(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """The second of two seasons after one preposition: placed as a season alone (the first is that rule's)."""
    months = pats.seasons[m["s2"].lower()]
    year = nd.season_start_year(ref.known_day(), months, 0)
    return Candidate(m.start("s2"), m.end(), "range", value=nd.season_value(year, months))


def _relative_season(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A season placed from the publication day: the last one over ("last summer"), the next to start
    ("next spring"), or the current or nearest one ("this winter", "in the autumn")."""
    months = pats.seasons[m["s"].lower()]
    offset = direction(m.groupdict().get("dir"), pats)
    year = nd.season_start_year(ref.known_day(), months, max(-1, min(1, offset)))
    if m.groupdict().get("dir") and offset == 0:  # "this autumn" in April: this year's, not last year's
        year = _this_season_year(ref.known_day(), months, year)
    start = m.start() if m.groupdict().get("dir") else m.start("s")
    cand = Candidate(start, m.end(), "range", value=nd.season_value(year, months))
    return cand if m.groupdict().get("dir") else _quarter_by_tense(cand, m, pats, ref)


def _this_season_year(when: dt.date, months: list[int], nearest: int) -> int:
    """The year "this summer", "cet automne", "diesen Herbst" start in: the current season's, else the one
    of the publication year ("this autumn" in April is still to come, in December it is over); a winter,
    which straddles two years, stays the nearest."""
    first, last = months
    if first > last or first <= when.month <= last:
        return nearest
    return when.year


def _rule(name: str, pattern: PatternBuilder, handler: Handler, needs: str | None = None,
          needs_day: bool = False) -> Rule:
    return Rule(name, FAMILY, pattern, handler, needs, needs_day)


RULES: tuple[Rule, ...] = (
    _rule("quarter and year", _p_quarter_year, _quarter, "quarter_words"),
    _rule("year and quarter", _p_year_quarter, _quarter, "quarter_words"),
    _rule("quarter of a relative year", _p_quarter_of_year, _quarter, "quarter_words"),
    _rule("relative year's quarter", _p_year_s_quarter, _quarter, "quarter_words"),
    _rule("decade", _p_decade, _decade),
    _rule("century", _p_century, _century, "century_words"),
    _rule("holiday", _p_holiday, _holiday, "holidays"),
    _rule("holiday in lower case with a year", _p_holiday_lowercase_year, _holiday, "holidays"),
    _rule("part of a year", _p_part_of_year, _part_of_year, "offset_units"),
    _rule("week number", _p_week_number, _week_number, "week_number_words"),
    _rule("nth month or week of a year", _p_nth_of_year, _nth_of_year, "relative_units"),
    _rule("holiday of a relative year", _p_holiday_of_year, _holiday, "holidays"),
    _rule("quarter of the publication year", _p_quarter_alone, _quarter_alone, "quarter_words"),
    _rule("season of a year", _p_season_of_year, _season_of_year, "seasons"),
    _rule("relative season", _p_relative_season, _relative_season, "seasons", needs_day=True),
    _rule("season and postposed direction", _p_season_postposed, _relative_season, "seasons", needs_day=True),
    _rule("season after a preposition", _p_season_alone, _relative_season, "seasons", needs_day=True),
    _rule("second season after a preposition", _p_second_season, _second_season, "seasons", needs_day=True),
)
