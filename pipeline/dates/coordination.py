"""Two consecutive years joined by "and" are one stretch of time, as the annotation writes them ("in 2009
and 2010": 2009/2010); two that are not consecutive stay two ("in 2019 and 2021"), and so do two months
("en octobre et en novembre 2023") and two days ("am 14. und 15. Juli 2021": the 14th and the 15th). A bare
day after a month-first day and "and" is that month's ("May 2 and 5", "May 2 and 3": the 3rd is May's too).
A comma is no such join ("in 2019, 2020 and 2021" is a list), nor "and" after a range's first word ("from
2015 and 2016")."""

from __future__ import annotations

import re
from functools import cache

from pipeline import config
from pipeline.dates.patterns import DatePatterns, ci, patterns_for
from pipeline.dates.rules import Candidate
from pipeline.dates.values import PartialDate

WRITTEN = ("year", "month")  # the kinds of a year or a month as written ("2019", "March 2020", "in April")
LIST_COMMA = re.compile(r"\s*,\s*")  # "in 2019, 2020 and 2021": a list, not a stretch


@cache
def _joins(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What joins two dates ("and", "et en", "und im", "en in") and a bare day after a month-first day and
    such a join ("May 2 and 3", before a clause end, a year or a preposition)."""
    pats = patterns_for(code)
    lang = pats.lang
    preps = [*lang["month_prepositions"], *lang["date_prepositions"], *lang["articles"]]
    join = rf"{pats.ordinal}\s*(?:{pats.coordination_words()})\s+(?:(?:{ci(preps)})\s+)?"  # "3. und 4. Mai"
    return re.compile(join), re.compile(rf"{join}(?P<d>[0-3]?\d){pats.ordinal}(?!\w)")


def _starts_range(text: str, pos: int, pats: DatePatterns) -> bool:
    """A range's first word ("from", "van", "de", "von") right before ``pos``: "from 2015 and 2016" is no
    coordination of two years."""
    return pats.start_before.search(text, max(0, pos - config.DATE_PHRASE_BEFORE_CHARS), pos) is not None


def _plain(cand: Candidate) -> PartialDate | None:
    """The single date a candidate states, without a time, if it states one and nothing else (a year as
    written: not one counted from the story, "en 2019 et l'année suivante")."""
    first = cand.first
    if first is None or cand.last is not None or cand.value or first.hour is not None \
            or (first.day is None and cand.kind not in WRITTEN):
        return None
    return first


def _consecutive(a: PartialDate, b: PartialDate) -> bool:
    return a.month is None and b.month is None and a.year is not None and b.year == a.year + 1


def consecutive_ranges(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """Each pair of consecutive years joined by a coordinating word as one range; the bare day after a
    month-first day and such a word as that month's (see the module)."""
    join, bare_day = _joins(pats.lang.code)
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        a, b = (_plain(prev), _plain(cand)) if prev is not None else (None, None)
        listed = (len(out) > 1 and LIST_COMMA.fullmatch(text, out[-2].end, out[-1].start) is not None) \
            or (prev is not None and _starts_range(text, prev.start, pats))  # "from 2015 and 2016": two
        if prev is not None and a is not None and b is not None and _consecutive(a, b) and not listed \
                and join.fullmatch(text, prev.end, cand.start):
            out[-1] = Candidate(prev.start, cand.end, "range", a, b)
            continue
        out.extend(_with_bare_day(text, cand, pats, bare_day))
    return out


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
