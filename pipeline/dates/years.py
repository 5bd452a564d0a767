"""Year rules: "2019", "end of 2008", "2021-25", "in 1898", "since '82", years in words ("in nineteen
ninety six", "August two thousand and fifteen") and a year in words after a day ("13 Sept nineteen
seventy two").

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`)."""

from __future__ import annotations

import re
from functools import cache

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates.patterns import NEVER, B, DatePatterns, ci, patterns_for
from pipeline.dates.rules import (
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    full_year,
    single,
)
from pipeline.dates.values import PartialDate
from pipeline.numbers import spoken_year
from pipeline.resources.langdata import alternation, available_languages, load_language

FAMILY = "calendar"


@cache
def number_prefix() -> re.Pattern[str]:
    """A label that makes the number after it a number, not a year ("No. 1952", "Artikel 1848", "§ 1900"):
    the ``year_number_labels`` of every language (a release quotes "No." whatever its language), or # and §."""
    labels = alternation(w for code in available_languages() for w in load_language(code)["year_number_labels"])
    return re.compile(rf"(?i:\b(?:{labels})\.?\s*|[#§]\s*)$")


# the last group of a telephone number ("703 807 2070", "(800) 829 1954"), not a year
PHONE_GROUPS_BEFORE = re.compile(r"(?<!\d)(?:\d{3}|\(\d{3}\))[\s.]{1,3}\d{3}[\s.]{1,3}$")


# --- years: "2019", "end of 2008", "2021-25", "in nineteen ninety six", "August two thousand and fifteen" -

def _p_year(p: DatePatterns) -> str:  # not "2015 - 32"
    return rf"(?<![\w$€£¥.,/\-])(?<!\d [-–] ){p.year('y')}(?![.,]\d|-\d|\w| [-–] \d)"


def _p_qualified_year(p: DatePatterns) -> str:  # "end of 2008", "mid-2022", "Ende 2021"
    quals = ci(p.lang["period_qualifiers"]) if p.lang["period_qualifiers"] else NEVER
    return rf"{B}(?P<qual>{quals})[\s\-]?\s*{p.year('y')}(?![.,]\d|-\d|\w)"


def _year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    before = m.string[max(0, m.start() - config.DATE_NUMBER_LABEL_CHARS): m.start()]
    counted = not m.groupdict().get("qual") and pats.quantity_before.search(before) \
        and not pats.year_context_after.match(m.string, m.end())
    if number_prefix().search(before) or counted or PHONE_GROUPS_BEFORE.search(before):
        return None  # "No. 1952", "more than 2000 participants" (but "etwa 2019 in Berlin" is a year)
    return single("year", PartialDate(int(m["y"])), m)


def _p_year_range(p: DatePatterns) -> str:
    return rf"(?<![\w\-/]){p.year('y1')}(?:\s*[-–/~]\s*(?P<y2>\d{{4}})|[-–/~](?P<y2s>\d{{2}}))(?![\d\-/])"


def _year_range(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    first = int(m["y1"])
    last = nd.two_digit_year(first, m["y2"] or m["y2s"])
    limit = 100 if m["y2"] else config.MAX_SHORT_RANGE_YEARS
    if last is None or not PartialDate(last).is_valid() or last - first > limit:
        return None
    return Candidate(m.start(), m.end(), "range", PartialDate(first), PartialDate(last))


def _p_spoken_month_year(p: DatePatterns) -> str:
    f = p.fragments()
    return rf"{B}{p.full_month()}\s+(?:{f['yj']})?(?P<sy>(?>{f['cardinals']}))(?!\w)"


def _spoken_month_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"August two thousand and fifteen": a full month name and a year in words."""
    if pats.day_before.search(m.string[max(0, m.start() - config.DATE_CONTEXT_CHARS): m.start()]):
        return None  # "twenty five January nineteen eighty six": the day's pattern takes the year
    year = spoken_year(m["sy"], pats.lang.code)
    return single("month", PartialDate(year, pats.month_number(m["m"])), m) if year else None


def _p_spoken_year(p: DatePatterns) -> str:  # "in nineteen ninety six", "in tweeduizend twintig"
    return (rf"{B}(?:{ci(p.lang['year_joiners'])})\s+(?P<sy>(?>{p.fragments()['cardinals']}))"
            rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{p.coordination_words()})\s)")


def _spoken_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    year = spoken_year(m["sy"], pats.lang.code)
    date = PartialDate(year)
    return Candidate(m.start("sy"), m.end(), "year", date) if year and date.is_valid() else None


def _p_early_year(p: DatePatterns) -> str | None:  # "in 1898", "seit 1865", "founded in 1889"
    preps = p.lang.get("year_prepositions")
    return rf"{B}(?:{ci(preps)})\s+(?P<y>1[0-8]\d\d)(?![\d.,]\d|\w)" if preps else None


@cache
def _year_word_after(code: str | None) -> re.Pattern[str]:
    """What may follow a year before MIN_YEAR, besides a clause end or a preposition: "and", an article or a
    conjunction that starts a clause ("founded in 1869 as a hospital", "seit 1865 die Stadt"): no count
    of things ("in 1500 homes") goes on so."""
    pats = patterns_for(code)
    lang = pats.lang
    words = [*lang["articles"], *lang.get("year_clause_words", [])]
    more = f"|{ci(words)}" if words else ""
    return re.compile(rf"\s+(?:{pats.coordination_words()}{more})(?!\w)")


def _early_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A year before MIN_YEAR counts only after a year preposition and before a clause end, a preposition,
    "and", an article or a clause's conjunction ("in 1898.", "since 1865 in", "founded in 1869 as a",
    not "in 1500 homes")."""
    after = _year_word_after(pats.lang.code)
    if not (pats.year_context_after.match(m.string, m.end()) or after.match(m.string, m.end())):
        return None
    return Candidate(m.start("y"), m.end(), "year", value=m["y"])


def _p_apostrophe_year(p: DatePatterns) -> str | None:  # "since '82", "in ’99"
    preps = p.lang.get("year_prepositions")
    return rf"{B}(?:{ci(preps)})\s+(?P<ap>['’])(?P<yy>\d{{2}})(?![\w'’])" if preps else None


def _apostrophe_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    date = PartialDate(full_year(int(m["yy"]), ref))
    return Candidate(m.start("ap"), m.end(), "year", date) if date.is_valid() else None


def _p_fiscal_year(p: DatePatterns) -> str | None:  # "FY2025", "FY 24", "FY2024-25", "GJ 2023/24"
    labels = p.lang.get("fiscal_year_labels", [])
    return (rf"{B}(?:{ci(labels)})\s?(?P<y>\d{{4}}|\d{{2}})(?:[-–/](?P<y2>\d{{4}}|\d{{2}}))?(?![\w\-/])"
            if labels else None)


def _fiscal_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A fiscal year by its label: the year it is named after ("FY25": 2025), or the two it spans."""
    first = int(m["y"]) if len(m["y"]) == 4 else full_year(int(m["y"]), ref)
    if not m["y2"]:
        return single("year", PartialDate(first), m)
    last = nd.two_digit_year(first, m["y2"])
    if last is None or last - first > 1:
        return None
    return Candidate(m.start(), m.end(), "range", PartialDate(first), PartialDate(last))


def with_spoken_year(text: str, cand: Candidate, pats: DatePatterns) -> Candidate:
    """"13 Sept nineteen seventy two", "October two thousand and five": a year in words after a day or a
    month that states none."""
    first = cand.first
    if first is None or first.year is not None or first.month is None or cand.last is not None or cand.value:
        return cand
    match = pats.spoken_year_after.match(text, cand.end)
    year = spoken_year(match["sy"], pats.lang.code) if match else None
    if match is None or year is None or not first.with_year(year).is_valid():
        return cand
    kind = "month" if first.day is None else cand.kind if cand.kind != "partial" else "date"
    return Candidate(cand.start, match.end(), kind, first.with_year(year))


def _rule(name: str, pattern: PatternBuilder, handler: Handler, needs: str | None = None) -> Rule:
    return Rule(name, FAMILY, pattern, handler, needs)


# The order is the order patterns are tried in: among candidates of one span, the first rule's wins.
RULES: tuple[Rule, ...] = (
    _rule("year range", _p_year_range, _year_range),
    _rule("year", _p_year, _year),
    _rule("month and year in words", _p_spoken_month_year, _spoken_month_year),
    _rule("year in words", _p_spoken_year, _spoken_year),
    _rule("qualified year", _p_qualified_year, _year),
    _rule("year before 1900 after a preposition", _p_early_year, _early_year),
    _rule("two-digit year with an apostrophe", _p_apostrophe_year, _apostrophe_year),
    _rule("fiscal year", _p_fiscal_year, _fiscal_year),
)
