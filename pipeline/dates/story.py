"""Dates counted from the story's time, not from publication: "the following year", "the previous year",
"the next day", "two years later", "three days earlier", "l'année suivante", "le lendemain", "zwei Jahre
später", "de dag daarop". A news story that tells what happened on 6 January 2021 and "the next day" means 7
January 2021, not the day after publication: such a phrase takes the date named last before it (within
ANAPHORIC_YEAR_CHARS), of the granularity of its unit (a year for years, a month for months, a day for days
and weeks). When none is named, a phrase that looks back ("the previous year") means the year before
publication, as "last year" does; one that looks ahead, or a count ("two years later"), is no date.

Words: ``following_year_phrases`` (a year on), ``story_phrases`` (phrase: [unit, offset]), and
``story_later_words`` / ``story_earlier_words`` after a count and a unit; ``story_not_before`` the words after
which a phrase names no story time ("the year before last", "au lendemain de l'élection")."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates import weekdays
from pipeline.dates.patterns import NEVER, B, DatePatterns, E, ci, patterns_for
from pipeline.dates.rules import FULL_DAY, Candidate, Reference, Rule, count
from pipeline.dates.values import PartialDate

FAMILY = "relative"
STORY = "story"  # the kind of a candidate counted from the story's time: f"{STORY}:{unit}:{offset}"
UNITS = ("day", "week", "month", "year")  # the units a story count names a date in
YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")


def _not_before(p: DatePatterns) -> str:
    words = p.lang.get("story_not_before", [])
    return rf"(?!\s+(?:{ci(words)})(?!\w))" if words else ""


@cache
def _phrase_table(code: str | None) -> dict[str, tuple[str, int]]:
    """``story_phrases`` in lower case: phrase -> (unit, offset)."""
    phrases = patterns_for(code).lang.get("story_phrases", {})
    return {k.lower(): (str(v[0]), int(v[1])) for k, v in phrases.items()}


def _p_story_phrase(p: DatePatterns) -> str | None:
    phrases = [*p.lang.get("following_year_phrases", []), *p.lang.get("story_phrases", {})]
    return rf"{B}(?:{ci(phrases)}){E}{_not_before(p)}" if phrases else None


def _story_phrase(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A phrase's unit and offset; the year before publication kept for one that looks back a year (used
    when the story names no year before it)."""
    unit, offset = _phrase_table(pats.lang.code).get(m[0].lower(), ("year", 1))
    fallback = str(ref.day.year + offset) if unit == "year" and offset < 0 and ref.day else None
    return Candidate(m.start(), m.end(), f"{STORY}:{unit}:{offset}", value=fallback)


def _p_story_count(p: DatePatterns) -> str | None:
    """"two years later", "three days earlier", "deux ans plus tard", "zwei Tage zuvor"."""
    later, earlier = p.lang.get("story_later_words", []), p.lang.get("story_earlier_words", [])
    if not p.lang["offset_units"] or not (later or earlier):
        return None
    units = ci(w for w, unit in p.table["offset_units"].items() if unit in UNITS)
    return (rf"{B}(?P<n>{p.amount()})\s+(?P<unit>{units})\s+(?:(?P<later>{ci(later) if later else NEVER})"
            rf"|(?P<earlier>{ci(earlier) if earlier else NEVER})){E}{_not_before(p)}")


def _story_count(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    amount = count(m["n"], pats)
    unit = pats.table["offset_units"][m["unit"].lower()]
    return Candidate(m.start(), m.end(), f"{STORY}:{unit}:{amount if m['later'] else -amount}")


def _said(cand: Candidate) -> tuple[int | None, int | None, int | None]:
    """The year, month and day a candidate states (the end of a range), each None when it does not."""
    said = cand.last if cand.last is not None and cand.last.year is not None else cand.first
    if said is not None and said.year is not None:
        return said.year, said.month, said.day
    value = (cand.value or "").split("/")[-1]
    if FULL_DAY.fullmatch(value):
        day = dt.date.fromisoformat(value)
        return day.year, day.month, day.day
    month = YEAR_MONTH.match(value)
    if month:
        return int(month[1]), int(month[2]), None
    return (int(value[:4]), None, None) if value[:4].isdigit() else (None, None, None)


def _anchor(cands: list[Candidate], pos: int) -> tuple[int | None, int | None, int | None] | None:
    """What the last date before ``pos`` (within ANAPHORIC_YEAR_CHARS) that states a year states."""
    for cand in reversed(cands):
        if cand.end > pos or cand.kind.startswith(STORY):
            continue
        if pos - cand.end > config.ANAPHORIC_YEAR_CHARS:
            return None
        if _years_wide(cand):
            return None  # "In the early 2010s ... seven years later": no year to count from
        said = _said(cand)
        if said[0] is not None:
            return said
    return None


def _years_wide(cand: Candidate) -> bool:
    """A stretch of years ("the 1990s", "from 2019 to 2021"): no one year to count from."""
    if cand.first is not None and cand.last is not None:
        return cand.first.year != cand.last.year
    ends = (cand.value or "").split("/")
    return len(ends) == 2 and ends[0][:4].isdigit() and ends[1][:4] != ends[0][:4]


def _resolved(cand: Candidate, anchor: tuple[int | None, int | None, int | None] | None) -> Candidate | None:
    """The date ``cand`` counts from its anchor, at its unit's granularity; its fallback, else None."""
    _, unit, offset_text = cand.kind.split(":")
    offset = int(offset_text)
    year, month, day = anchor or (None, None, None)
    if year is not None and unit == "year":
        return Candidate(cand.start, cand.end, "date", PartialDate(year + offset))
    if year is not None and month is not None and unit == "month":
        index = year * 12 + month - 1 + offset
        return Candidate(cand.start, cand.end, "date", PartialDate(index // 12, index % 12 + 1))
    if year is not None and month is not None and day is not None and unit in ("day", "week"):
        return Candidate(cand.start, cand.end, "relative", value=nd.shift(dt.date(year, month, day), unit, offset))
    return Candidate(cand.start, cand.end, "relative", value=cand.value) if cand.value and anchor is None else None


def story_dates(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"In 2019 the plant opened; the following year it doubled", "On Jan. 6, 2021 ... The next day": each
    story count takes the date named last before it (no date when none is and it has no fallback); a
    month or day without a year in a sentence opened by a year takes that year (see :func:`_framed`)."""
    out: list[Candidate] = []
    for cand in _framed(text, cands, pats):
        if not cand.kind.startswith(STORY):
            out.append(cand)
            continue
        resolved = _resolved(cand, _anchor(out, cand.start))
        if resolved is not None:
            out.append(resolved)
    return out


@cache
def _framing(code: str | None) -> re.Pattern[str]:
    """What may stand between a sentence's start and the year that opens it ("In", "During", "En", "Im
    Jahr"): ``framing_year_words``, or nothing."""
    words = patterns_for(code).lang.get("framing_year_words", [])
    return re.compile(rf"[\s\"'«“‘(—–-]*(?:(?:{ci(words)})\s+)?" if words else r"[\s\"'«“‘(—–-]*", re.IGNORECASE)


def _framed(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"In 2020, lockdowns began in March", "En 2020, le confinement a commencé en mars", "2020 begann im März
    der Lockdown": a month or day without a year takes the year that opens its sentence (a year alone, the
    last date with a year before it), not the one nearest to publication."""
    out = list(cands)
    opening = _framing(pats.lang.code)
    framing: Candidate | None = None
    for i, cand in enumerate(out):
        first = cand.first
        if (first is not None and first.year is not None) or cand.value:
            framing = cand if not cand.value else None  # "last year", "today": the year is no longer the frame
            continue
        if framing is None or first is None or first.month is None or framing.first is None \
                or framing.first.month is not None or framing.last is not None:
            continue
        start = weekdays.clause_start(text, cand.start)
        said = opening.fullmatch(text, start, framing.start)
        if said is None or framing.start < start or _reported(text[framing.end: cand.start], pats):
            continue  # "In 2022, sales rose 5%, the company said in March": when it was said
        year = framing.first.year
        last = cand.last.with_year(year) if cand.last is not None and cand.last.year is None else cand.last
        out[i] = Candidate(cand.start, cand.end, cand.kind, first.with_year(year), last)
    return out


def _reported(between: str, pats: DatePatterns) -> bool:
    return any(word.strip(",.;:\"'”’").lower() in pats.reporting for word in between.split())


RULES: tuple[Rule, ...] = (
    Rule("date of the story's time", FAMILY, _p_story_phrase, _story_phrase, None, needs_day=True),
    Rule("count from the story's time", FAMILY, _p_story_count, _story_count, "story_words", needs_day=True),
)
