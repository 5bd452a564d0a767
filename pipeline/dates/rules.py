"""The record of a date rule and what every rule shares: a candidate, the publication date as a reference
(parsed once per call), and the readings of numbers, days and directions that handlers of several families
use.

A rule keeps together its pattern (built from the language's words), its handler (match -> candidate) and
the words its pattern cannot match without, as duckling's and dateparser's rule records do."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates.patterns import DatePatterns
from pipeline.dates.values import PartialDate
from pipeline.numbers import spelled_value

NAME = "name"  # the kind of a candidate that names no date ("the Good Friday Agreement"): it only hides the
#   shorter candidates inside it ("Vendredi" in "l'accord du Vendredi saint") and is left out


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    first: PartialDate | None = None
    last: PartialDate | None = None
    value: str | None = None  # precomputed (relative expressions, quarters)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Reference:
    """The publication date of one call: ``day`` when it states a full date, ``year`` when it states one."""

    published: str | None
    day: dt.date | None
    year: int | None

    @classmethod
    def parse(cls, published: str | None) -> Reference:
        return cls(published, nd.reference_date(published), nd.reference_year(published))

    def known_day(self) -> dt.date:
        """The publication day, for handlers of rules that need it (they only run when it is known)."""
        if self.day is None:
            raise ValueError("this rule needs the publication day (Rule.needs_day)")
        return self.day


Handler = Callable[[re.Match[str], DatePatterns, Reference], Candidate | None]
PatternBuilder = Callable[[DatePatterns], str | None]  # None: the language has no words for this rule


@dataclass(frozen=True)
class Rule:
    """One date form: its pattern, its handler and the word category its pattern needs.

    ``needs`` names a category of :attr:`DatePatterns.triggers`: the rule is skipped when the text holds no
    word of it (a substring test, so never skipped wrongly). ``needs_day``: the rule resolves against the
    publication day and is skipped when that is unknown."""

    name: str
    family: str
    pattern: PatternBuilder
    handler: Handler
    needs: str | None = None
    needs_day: bool = False


def count(word: str, pats: DatePatterns) -> int:
    """A number of units in figures or words ("3", "drei", "three")."""
    if word.isdigit():
        return int(word)
    counted = pats.table["count_words"].get(word.lower())
    return int(counted) if counted is not None else int(spelled_value(word, pats.lang.code))


def group_int(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def single(kind: str, date: PartialDate, match: re.Match[str]) -> Candidate | None:
    return Candidate(match.start(), match.end(), kind, date) if date.is_valid() else None


def day_number(m: re.Match[str], pats: DatePatterns, figures: str = "d", words: str = "dw") -> int:
    """The day of a match in figures (group ``figures``), as an ordinal word (group ``words``: "eleventh")
    or as a number word ("dn": "negenentwintig")."""
    groups = m.groupdict()
    if groups.get(words):
        return int(pats.table["ordinal_words"][groups[words].lower()])
    if groups.get("dn"):
        return count(groups["dn"], pats)
    return int(groups[figures])


def direction(word: str | None, pats: DatePatterns) -> int:
    """-1 for "last", 1 for "next", 0 for "this" (or no word), -2/2 for "vorletzte"/"overvolgende"."""
    word = (word or "").lower()
    if word in pats.table["relative_offsets"]:
        return int(pats.table["relative_offsets"][word])
    return -1 if word in pats.words["relative_last"] else (1 if word in pats.words["relative_next"] else 0)


def relative_month_year(word: str, month: int, when: dt.date, pats: DatePatterns) -> int:
    """The year of "next May" or "come May" (the first May after publication), "last March", "this September"."""
    said = word.lower()
    nearest = int(pats.table["relative_nearest"].get(said, 0))  # "come January", "this coming May"
    if (said in pats.words["relative_next"] or nearest > 0) and month <= when.month:
        return when.year + 1
    if (said in pats.words["relative_last"] or nearest < 0) and month >= when.month:
        return when.year - 1
    return when.year


def stated_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> int | None:
    """The year a pattern states ("2021") or names relative to the publication date ("next year"), or
    the publication year when it says none."""
    if m.groupdict().get("y"):
        return int(m["y"])
    if m.groupdict().get("yu"):
        return ref.day.year + direction(m["dir"], pats) if ref.day else None
    return ref.year


def coordinated_without_between(m: re.Match[str], pats: DatePatterns) -> bool:
    """"1 and 3 June" are two dates; "between 1 and 3 June" is a range."""
    joiner = (m.groupdict().get("j") or "").lower()
    start = (m.groupdict().get("st") or "").lower()
    return joiner in pats.coordination and start not in pats.between


def day_month(a: int, b: int, pats: DatePatterns, separator: str | None = None) -> tuple[int, int]:
    """The day and month of "a/b" in the language's order (a number above 12 is the day). A separator the
    language writes only day first keeps that order in a month-first language ("03.05.2018" in English: the
    3rd of May; the United States write "5/3/2018"). Only full dates give their separator: a short "7.6" keeps
    the language's order."""
    month_first = pats.lang["numeric_date_order"] == "mdy" and (
        not separator or separator not in pats.lang["day_first_separators"])
    if a > 12 or (not month_first and b <= 12):
        return a, b
    return b, a


FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


def full_year(yy: int, ref: Reference) -> int:
    """A two-digit year: in the 2000s unless that is more than ten years after publication (or today)
    ("23/06/18" is 2018, "03/18/40" and "juillet 98" are in the 1900s)."""
    latest = (ref.year or dt.date.today().year) + config.TWO_DIGIT_YEAR_FUTURE_YEARS
    return 2000 + yy if 2000 + yy <= latest else 1900 + yy


def text_before(text: str, pos: int, chars: int) -> str:
    """The ``chars`` characters of ``text`` before ``pos`` (fewer at its start)."""
    return text[max(0, pos - chars): pos]
