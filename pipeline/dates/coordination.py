"""Dates joined by "and": a bare day after a month-first day and "and" is that month's ("May 2 and 5", "May 2
and 3": the 3rd is May's too). Two years joined by "and" stay two years, consecutive or not ("in 2009 and
2010", "throughout 2020 and 2021": FORMAT.md's ranges are written as ranges, and the seed gold keeps both
years), and so do two months ("en octobre et en novembre 2023") and two days ("am 14. und 15. Juli 2021")."""

from __future__ import annotations

import re
from functools import cache

from pipeline.dates.patterns import DatePatterns, ci, patterns_for
from pipeline.dates.rules import Candidate
from pipeline.dates.values import PartialDate

WRITTEN = ("year", "month")  # the kinds of a year or a month as written ("2019", "March 2020", "in April")


@cache
def _bare_day(code: str | None) -> re.Pattern[str]:
    """A bare day after a month-first day and what joins two dates ("and", "et en", "und im", "en in"):
    "May 2 and 3", before a clause end, a year or a preposition."""
    pats = patterns_for(code)
    lang = pats.lang
    preps = [*lang["month_prepositions"], *lang["date_prepositions"], *lang["articles"]]
    join = rf"{pats.ordinal}\s*(?:{pats.coordination_words()})\s+(?:(?:{ci(preps)})\s+)?"  # "3. und 4. Mai"
    return re.compile(rf"{join}(?P<d>[0-3]?\d){pats.ordinal}(?!\w)")


def _plain(cand: Candidate) -> PartialDate | None:
    """The single date a candidate states, without a time, if it states one and nothing else (a year as
    written: not one counted from the story, "en 2019 et l'année suivante")."""
    first = cand.first
    if first is None or cand.last is not None or cand.value or first.hour is not None \
            or (first.day is None and cand.kind not in WRITTEN):
        return None
    return first


def with_bare_days(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """The candidates, each bare day after a month-first day and a coordinating word added as that month's
    (see the module)."""
    bare_day = _bare_day(pats.lang.code)
    return [found for cand in cands for found in _with_bare_day(text, cand, pats, bare_day)]


def _with_bare_day(text: str, cand: Candidate, pats: DatePatterns, bare_day: re.Pattern[str]) -> list[Candidate]:
    """"May 2 and 5": the day after the join takes the month (and year) of the day before it."""
    first = _plain(cand)
    match = bare_day.match(text, cand.end) if first is not None and first.day is not None else None
    if first is None or match is None or not text[cand.start: cand.start + 1].isalpha() \
            or not pats.year_context_after.match(text, match.end()):
        return [cand]  # "9 and 10 September" is read from its last day (extract.py's coordinated days)
    day = PartialDate(first.year, first.month, int(match["d"]))
    if not day.is_valid() or day.day is None or first.day is None or day.day <= first.day:
        return [cand]
    return [cand, Candidate(match.start("d"), match.end(), cand.kind, day)]
