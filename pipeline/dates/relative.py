"""Relative rules, resolved against the publication day: relative days ("yesterday", "vandaag"), units
("last year", "la semaine dernière", "end of the month"), months ("next May"), offsets ("2 days ago",
"vor 2 Tagen"), spans ("the next 3 days"), days of a relative month ("the 15th of next month"), holidays
("last Easter") and the present ("now", only as a range's end); and counts before a date ("3 days after
January 12th", "for 3 days from today"). Weekdays have their own module (weekdays.py).

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`). Every
rule here needs the publication day: it is skipped when that is unknown."""

from __future__ import annotations

import datetime as dt
import itertools
import re

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates import weekdays
from pipeline.dates.patterns import NEVER, B, DatePatterns, E, ci
from pipeline.dates.rules import (
    FULL_DAY,
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    coordinated_without_between,
    count,
    day_number,
    direction,
    relative_month_year,
)
from pipeline.dates.values import PartialDate
from pipeline.resources.langdata import alternation

FAMILY = "relative"
AFTER_NEXT = 2  # "the week after next" is two weeks on
WIDE_GAP = re.compile(r"\s{2,}")  # what a line break or a lost sentence mark of a copied page may have become
NEXT_PART = re.compile(r",|\s{2,}")
OPENING = " \t\"'«“‘(—–-"  # what may stand before a count that opens its sentence
SHORT_UNITS = ("day", "workday", "week", "fortnight")  # "in a week" is a date; "in a year" mostly a duration
YEAR_UNITS = ("year", "decade")  # "eight years ago" names a year ("in two years" a deadline day)


# --- relative days and months: "yesterday", "vandaag", "next May", "now" -------------------------------

def _p_relative_day(p: DatePatterns) -> str | None:
    lang = p.lang
    if not lang["relative_days"]:
        return None
    lower = set(lang["relative_days_lowercase"])  # German "morgen" (tomorrow), not "Morgen" (morning)
    days = f"{alternation(lower)}|{ci(w for w in lang['relative_days'] if w not in lower)}"
    return rf"{B}(?P<rd>{days}){E}"


def _relative_day(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    offsets = pats.table["relative_days"]
    return Candidate(m.start(), m.end(), "relative", value=nd.shift_days(ref.known_day(), offsets[m["rd"].lower()]))


def _p_relative_month(p: DatePatterns) -> str:  # "next May"; "come January", "this coming May" (no year after)
    nearest = rf"(?P<near>{ci(list(p.lang['relative_nearest']))})|" if p.lang["relative_nearest"] else "(?P<near>x)?"
    return rf"{B}(?:{nearest}(?P<dir>{p.directions()}))\s+{p.month_g('m')}{E}(?(near)(?!\.?,?\s+\d))"


def _relative_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"this September", "next May", "vorige maand" is a unit; "last March" is the latest March before."""
    month = pats.month_number(m["m"])
    year = relative_month_year(m["near"] or m["dir"], month, ref.known_day(), pats)
    return Candidate(m.start(), m.end(), "relative", value=f"{year:04d}-{month:02d}")


def _p_present(p: DatePatterns) -> str | None:  # "between Jan 2019 and now": only as the end of a range
    return rf"{B}(?P<now>{ci(p.lang['present_words'])}){E}" if p.lang["present_words"] else None


def _present(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    return Candidate(m.start(), m.end(), "present", value=nd.day(ref.known_day()))


def _p_relative_holiday(p: DatePatterns) -> str | None:  # "last Easter", "volgende Koningsdag"
    if not p.lang["holidays"]:
        return None
    return rf"{B}(?P<dir>{p.directions()})\s+(?P<hol>{ci(p.lang['holidays'])}){E}"


def _relative_holiday(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"next Easter" is the first one after the publication date, "last Christmas" the last one before."""
    when = ref.known_day()
    rule, sign = pats.table["holidays"][m["hol"].lower()], direction(m["dir"], pats)
    year = when.year
    value = nd.holiday_value(rule, year)
    if sign > 0 and value is not None and value <= nd.day(when):
        value = nd.holiday_value(rule, year + 1)
    elif sign < 0 and value is not None and value >= nd.day(when):
        value = nd.holiday_value(rule, year - 1)
    return Candidate(m.start(), m.end(), "relative", value=value) if value else None


# --- relative units: "last year", "earlier this month", "end of the month", "la semaine dernière" -------

def _unit_parts(p: DatePatterns) -> tuple[str, str] | None:
    """The alternation of unit words and an optional article ("l'année", "the month"), when the language
    has relative units."""
    if not p.lang["relative_units"]:
        return None
    return ci(p.lang["relative_units"]), rf"(?:{ci(p.lang['articles'])}\s*)?"


def _p_relative_unit(p: DatePatterns) -> str | None:
    lang, parts = p.lang, _unit_parts(p)
    if parts is None:
        return None
    part_of = rf"(?!\s*(?:{ci(lang['period_part_words'])})\s+(?:\d|{ci(lang['articles'])}\s))"
    return rf"{B}{p.fragments()['qual']}(?P<dir>{p.directions()})\s+(?P<unit>{parts[0]}){E}{part_of}"


def _p_qualified_unit(p: DatePatterns) -> str | None:
    """"end of the month", "later in the year", "Ende des Jahres": the current one."""
    lang, parts = p.lang, _unit_parts(p)
    if parts is None or not lang["period_qualifiers"]:
        return None
    within = rf"(?:(?:{ci(lang['period_in_words'])})\s+)?" if lang["period_in_words"] else ""
    return rf"{B}(?P<qual>{ci(lang['period_qualifiers'])})\s*{within}{parts[1]}(?P<unit>{parts[0]}){E}(?!\s*\d)"


def _p_unit_after_next(p: DatePatterns) -> str | None:  # "the week after next", "de week na volgende"
    parts = _unit_parts(p)
    if parts is None or not p.lang["after_next_words"]:
        return None
    return rf"{B}{parts[1]}(?P<unit>{parts[0]})\s+(?P<after>{ci(p.lang['after_next_words'])}){E}"


def _p_unit_postposed(p: DatePatterns) -> str | None:  # "la semaine dernière", "l'an prochain"
    parts = _unit_parts(p)
    if parts is None or not p.lang.get("relative_postposed"):
        return None
    return rf"{B}{p.fragments()['qual']}{parts[1]}(?P<unit>{parts[0]})\s+(?P<dir>{p.postposed()}){E}"


def _relative_unit(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"last year", "earlier this month", "next quarter", "la semaine dernière", "end of the month"."""
    when = ref.known_day()
    unit = pats.table["relative_units"][m["unit"].lower()]
    word = (m.groupdict().get("dir") or "").lower()
    sign = AFTER_NEXT if m.groupdict().get("after") else direction(word, pats)
    if word in pats.words["relative_trailing"] or (unit == "decade" and sign < 0):
        # "the past year" is the twelve months before; "the last decade" the ten years before
        return Candidate(m.start(), m.end(), "relative", value=nd.span_around(when, unit, -1))
    return Candidate(m.start(), m.end(), "relative", value=nd.relative_period(when, unit, sign))


def _p_current_period(p: DatePatterns) -> str | None:  # "year to date", "seit Jahresbeginn"
    if not (p.lang["relative_units"] and p.lang["current_period_phrases"]):
        return None
    return rf"{B}(?P<cur>{ci(p.lang['current_period_phrases'])}){E}"


def _current_period(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"year to date", "jaar tot op heden": the current year or month."""
    unit = pats.table["current_period_phrases"][m["cur"].lower()]
    return Candidate(m.start(), m.end(), "relative", value=nd.relative_period(ref.known_day(), unit, 0))


# --- days of a relative month: "the 15th of next month", "le 20 du mois prochain" ----------------------

def _relative_month_parts(p: DatePatterns) -> tuple[str, str]:
    """The relative month ("of next month", "du mois prochain", "of the month") and the days before it."""
    lang, f = p.lang, p.fragments()
    months = ci(w for w, unit in lang["relative_units"].items() if unit == "month")
    the = rf"(?:{ci(lang['articles'])})\s+" if lang["articles"] else NEVER
    relative = (rf"(?:{f['article']}(?:(?P<dir>{p.directions()})\s+(?P<unit>{months})|(?P<unit2>{months})\s+"
                rf"(?P<dir2>{p.postposed()}))|{the}(?P<unit3>{months})){E}")
    days = rf"{p.day('d1')}(?:\s*(?P<j>{p.joiners})\s*{f['article']}{p.day('d2')})?"
    return relative, days


def _p_days_of_relative_month(p: DatePatterns) -> str:
    lang, f = p.lang, p.fragments()
    relative, days = _relative_month_parts(p)
    of = ci(lang["period_part_words"] + lang["day_month_joiners"] + lang["month_prepositions"])
    start = rf"(?:(?P<st>{p.starts})\s+{f['article']})?"
    one_day = rf"(?:{p.day('d')}|(?P<dw>{f['ordinals']}))(?P<dword>{f['day_word']})"
    return rf"{B}{start}(?:{days}|{one_day})\s+(?:(?:{of})\s+)?{relative}"


def _p_relative_month_days(p: DatePatterns) -> str:  # "nächsten Monat vom 4. bis zum 23."
    relative, days = _relative_month_parts(p)
    return rf"{B}{relative}\s+(?P<st>{p.starts})\s+{p.fragments()['article']}{days}(?!\w|\.\d)"


def _days_of_relative_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A day or a range of days of last, this or next month ("of the month" only with the word "day")."""
    if coordinated_without_between(m, pats):
        return None
    if m["unit3"] and not m.groupdict().get("dword"):
        return None  # "bis zum 20. des Monats" is a rule for every month; "the 31st day of the month" is this one
    month = nd.relative_period(ref.known_day(), "month", direction(m["dir"] or m["dir2"], pats))
    year, month_ = int(month[:4]), int(month[5:])
    first_day = day_number(m, pats, "d1" if m["d1"] else "d")
    first = PartialDate(year, month_, first_day)
    last = PartialDate(year, month_, int(m["d2"])) if m.groupdict().get("d2") else None
    if not first.is_valid() or (last is not None and (not last.is_valid() or last.day <= first_day)):  # type: ignore[operator]
        return None
    return Candidate(m.start(), m.end(), "range" if last else "date", first, last)


# --- offsets and spans: "2 days ago", "in 3 weeks", "the next 3 days", "within 9 months" ---------------

def _p_offset(p: DatePatterns) -> str | None:
    """"2 days ago", "il y a 3 semaines", "vor 2 Tagen", "over 3 weken", "in 3 weeks"."""
    lang = p.lang
    if not lang["offset_units"]:
        return None
    markers = {key: ci(lang[key]) if lang[key] else NEVER
               for key in ("offset_past_before", "offset_past_after", "offset_future_before")}
    amount = rf"(?:(?P<qty>{ci(lang['quantity_words'])})\s+)?(?P<n>{p.amount()})"  # "il y a environ 3 ans"
    units = ci(lang["offset_units"])
    # "2 weeks and 2 days ago": more counts joined by "and"
    more = rf"(?P<more>(?:,?\s+(?:{p.coordination_words()})\s+{p.amount()}\s+(?:{units}))*)"
    return (rf"{B}(?:(?P<pb>{markers['offset_past_before']})\s+|(?P<fb>{markers['offset_future_before']})\s+)?"
            rf"{amount}\s+(?P<unit>{units}){more}(?:\s+(?P<pa>{markers['offset_past_after']}))?{E}")


def _offset(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A day counted from the publication date; a bare "3 weeks" is a duration, not a date."""
    past, future = bool(m["pb"] or m["pa"]), bool(m["fb"])
    if past == future:
        return None
    long_unit = pats.table["offset_units"][m["unit"].lower()] not in SHORT_UNITS
    if future and (m["qty"] or (m["n"].lower() in pats.table["count_words"] and long_unit)):
        return None  # "the first time in more than 30 years", "lowest in a decade": how long, not when
    if future and _duration_in_clause(m, pats, long_unit):
        return None
    start, parts = m.start(), [(m["n"], m["unit"])]
    more = list(pats.count_unit.finditer(m.string, m.start("more"), m.end("more"))) if m["more"] else []
    if more and pats.span_word_before.search(m.string[max(0, m.start() - config.DATE_PHRASE_BEFORE_CHARS): m.start()]):
        start, more = more[-1].start(), more[-1:]  # "the last 3 months and 2 days ago": only "2 days ago"
        parts = []
    day_, units = ref.known_day(), []
    for number, unit_word in parts + [(c[1], c[2]) for c in more]:
        amount, unit = count(number, pats), pats.table["offset_units"][unit_word.lower()]
        units.append(unit)
        day_ = dt.date.fromisoformat(nd.shift(day_, unit, -amount if past else amount))
    value = f"{day_.year:04d}" if past and all(unit in YEAR_UNITS for unit in units) else nd.day(day_)
    return Candidate(start, m.end(), "relative", value=value)


def _duration_in_clause(m: re.Match[str], pats: DatePatterns, long_unit: bool) -> bool:
    """"in 3 weeks" tells how long, not when, in a past clause ("captured Baghdad in 3 weeks", "de brug werd
    in twee jaar gebouwd") and, for a long unit, after a superlative or an ordinal of its clause with no
    future after it ("voor het eerst in 20 jaar", "its worst crash in 30 years", "the first increase of the
    minimum wage in ten years", "our eighth pay increase in nine years", "this will be the first time in
    five years"; not "the first phase will be complete in two years")."""
    tense = _clause_tense_near(m, pats)
    if tense < 0 or (tense == 0 and _perfect_near(m, pats)):
        return True
    before = m.string[_part_start(m, config.DATE_SUPERLATIVE_BEFORE_CHARS): m.start()]
    superlative = pats.superlative_before.search(before) if long_unit else None
    return superlative is not None and not any(t["future"] for t in pats.tense.finditer(before, superlative.start()))


def _clause_tense_near(m: re.Match[str], pats: DatePatterns) -> int:
    """The tense of the clause around a match, read from verbs only (see :func:`weekdays.clause_tense`) at
    most DATE_TENSE_WINDOW_CHARS before it and DATE_TENSE_AFTER_CHARS after it (a text without sentence
    marks is one clause), and on each side only up to a comma after it ("who turns 18 in three days, came on
    for his debut") or two blanks or more (a lost line break or sentence mark)."""
    left, right = _tense_window(m)
    return weekdays.clause_tense(m.string[left: right], m.start() - left, m.end() - left, pats, events_only=True,
                                 verbs_only=True)


def _tense_window(m: re.Match[str]) -> tuple[int, int]:
    """Where the tense of a count is read (see :func:`_clause_tense_near`): a count that opens its sentence
    before a comma reads the clause after the comma ("In two years, Sarah has come a long way")."""
    left = _part_start(m, config.DATE_TENSE_WINDOW_CHARS)
    after = m.end() + config.DATE_TENSE_AFTER_CHARS
    stop = NEXT_PART.search(m.string, m.end(), after)
    opens = not m.string[max(left, weekdays.clause_start(m.string, m.start())): m.start()].strip(OPENING)
    if stop is not None and opens and m.string[stop.start()] == "," and not m.string[m.end(): stop.start()].strip():
        stop = NEXT_PART.search(m.string, stop.end(), after)
    return left, stop.start() if stop else after


def _perfect_near(m: re.Match[str], pats: DatePatterns) -> bool:
    """"has grown in two years", "In two years, Sarah has come a long way", "is in twee jaar verdubbeld":
    a count after a preposition that also tells how long (``duration_prepositions``) in a present-perfect
    clause tells how long; not after "over" ("over twee jaar heeft"), nor an auxiliary of possession, of
    obligation or of a verb of saying ("we have a new stadium", "has to decide", "has said it opens")."""
    said = m.group("fb")
    if said is None or said.lower() not in pats.duration_prepositions:
        return False
    left, right = _tense_window(m)
    said_around = [*m.string[left: m.start()].split(), "#", *m.string[m.end(): right].split(), ""]  # "#": the
    #   count itself ("heeft in twee jaar")
    words = [w.strip(",.;:!?\"'«»“”").lower() for w in said_around]
    return any(word in pats.perfect_auxiliaries and following and following not in pats.not_after_perfect
               and following not in pats.reporting for word, following in itertools.pairwise(words))


def _part_start(m: re.Match[str], chars: int) -> int:
    """Where the text read before a match starts: at most ``chars`` before it, after the last two blanks or
    more (a lost line break or sentence mark: "Third  the authority sunsets in four years")."""
    left = max(0, m.start() - chars)
    gaps = list(WIDE_GAP.finditer(m.string, left, m.start()))
    return gaps[-1].end() if gaps else left


def _p_span(p: DatePatterns) -> str | None:
    """"the next 3 days", "de afgelopen vijf jaar", "les dix derniers mois", "in den letzten 5 Jahren",
    "within 9 months"."""
    lang = p.lang
    if not lang["offset_units"]:
        return None
    amount = p.amount()
    after = ci(lang["relative_after_number"])  # "les 3 prochaines semaines", not "only 3 next week"
    part_of = rf"(?!\s*(?:{ci(lang['period_part_words'])})(?:\s|(?<=['’])))"  # "the last 3 weeks of 2019"
    within = ci(lang["span_within"])  # "within 9 months": from the publication date on
    return (rf"{B}(?:(?P<dir>{p.last_or_next()})\s+(?P<n>{amount})|(?P<n2>{amount})\s+(?P<dir2>{after})"
            rf"|(?P<within>{within})\s+(?:{p.fragments()['article']}(?:{ci(lang['relative_next'])})\s+)?"
            rf"(?P<n3>{amount}))\s+(?P<unit>{ci(lang['offset_units'])}){E}{part_of}")


def _relative_span(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"the next 3 days", "the past five years": a range ending or starting at the publication date."""
    when = ref.known_day()
    amount = count(m["n"] or m["n2"] or m["n3"], pats)
    if amount < 1 or (m["n2"] and amount > 1 and m["unit"].lower() in pats.singular_units):
        return None  # "the 5 past years" is a span; "only 3 next week" is not
    unit = pats.table["offset_units"][m["unit"].lower()]
    if m["within"]:
        if _clause_tense_near(m, pats) < 0:
            return None  # "captured Baghdad within 3 weeks": how long it took
        return Candidate(m.start(), m.end(), "relative", value=f"{nd.day(when)}/{nd.shift(when, unit, amount)}")
    sign = direction(m["dir"] or m["dir2"], pats)
    return Candidate(m.start(), m.end(), "relative", value=nd.span_around(when, unit, sign * amount))


# --- counts before a date: "3 days after January 12th", "for 3 days from today" -------------------------

def _anchor_day(cand: Candidate) -> dt.date | None:
    """The single full day a candidate names ("today", "next Monday", "20 May 2019"), if it names one."""
    first = cand.first
    if cand.value and FULL_DAY.fullmatch(cand.value):
        return dt.date.fromisoformat(cand.value)
    if first is not None and first.year is not None and first.month is not None and first.day is not None \
            and cand.last is None and not cand.value and first.hour is None:
        return dt.date(first.year, first.month, first.day)
    return None


def with_duration_before(text: str, cand: Candidate, pats: DatePatterns) -> Candidate:
    """"for 3 days from today", "2 weeks starting May 20th", "gedurende 3 weken vanaf maandag": a stretch
    of time that starts on the day that follows (a plain "3 days from today" is one day, see offsets)."""
    anchor = _anchor_day(cand)
    if pats.duration_before is None or anchor is None:
        return cand
    window_start = max(0, cand.start - config.DATE_DURATION_BEFORE_CHARS)
    match = pats.duration_before.search(text[window_start: cand.start])
    if not match or not (match["for"] or match["st"].lower() in pats.starting_words):
        return cand
    unit = pats.table["offset_units"][match["unit"].lower()]
    last = dt.date.fromisoformat(nd.shift(anchor, unit, count(match["n"], pats))) - dt.timedelta(days=1)
    return Candidate(window_start + match.start(), cand.end, "range", value=f"{nd.day(anchor)}/{nd.day(last)}")


def with_offset_before(text: str, cand: Candidate, pats: DatePatterns) -> Candidate:
    """"3 days after January 12th", "2 weeks before 13 May 1999", "4 maanden vanaf morgen": count from
    the date that follows (a full date, or a relative day)."""
    anchor = _anchor_day(cand)
    if pats.offset_before_anchor is None or anchor is None:
        return cand
    window_start = max(0, cand.start - config.DATE_CONTEXT_CHARS)
    match = pats.offset_before_anchor.search(text[window_start: cand.start])
    if not match:
        return cand
    amount = count(match["n"], pats)
    unit = pats.table["offset_units"][match["unit"].lower()]
    sign = -1 if match["dir"].lower() in pats.words["offset_anchor_before"] else 1
    return Candidate(window_start + match.start(), cand.end, "relative", value=nd.shift(anchor, unit, sign * amount))


def _rule(name: str, pattern: PatternBuilder, handler: Handler, needs: str) -> Rule:
    return Rule(name, FAMILY, pattern, handler, needs, needs_day=True)


RULES: tuple[Rule, ...] = (
    _rule("relative month", _p_relative_month, _relative_month, "months"),
    _rule("relative day", _p_relative_day, _relative_day, "relative_days"),
    _rule("offset", _p_offset, _offset, "offset_units"),
    _rule("span", _p_span, _relative_span, "offset_units"),
    _rule("relative unit", _p_relative_unit, _relative_unit, "relative_units"),
    _rule("qualified current unit", _p_qualified_unit, _relative_unit, "relative_units"),
    _rule("current period", _p_current_period, _current_period, "current_period_phrases"),
    _rule("unit after next", _p_unit_after_next, _relative_unit, "relative_units"),
    _rule("unit and postposed direction", _p_unit_postposed, _relative_unit, "relative_units"),
    _rule("days of a relative month", _p_days_of_relative_month, _days_of_relative_month, "relative_units"),
    _rule("relative month and days", _p_relative_month_days, _days_of_relative_month, "relative_units"),
    _rule("present", _p_present, _present, "present_words"),
    _rule("relative holiday", _p_relative_holiday, _relative_holiday, "holidays"),
)
