"""Numeric date rules: "2025-01-21", "21/01/2025", "23/06/18", "op 22/04", "am 22.04.", "29/2",
"10/1-11/2/2017", "2019/aug/01", "20170302", "2015-12", "12/2015".

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`)."""

from __future__ import annotations

import re

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates.patterns import YEAR_RE, B, DatePatterns, E
from pipeline.dates.rules import (
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    day_month,
    full_year,
    group_int,
    single,
    text_before,
)
from pipeline.dates.times import hour_of
from pipeline.dates.values import PartialDate

FAMILY = "calendar"
ROUND_THE_CLOCK = ("24", "7")  # "open 24/7" is not the 24th of July


# --- numeric dates: "2025-01-21", "21/01/2025", "am 22.04.", "29/2", "10/1-11/2/2017" -------------------

def _p_iso(p: DatePatterns) -> str:
    return rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<hh>\d{{2}}):(?P<mi>\d{{2}}))?(?!\d)"


def _iso(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    date = PartialDate(int(m["y"]), int(m["m"]), int(m["d"]), *hour_of(m))
    return single("datetime" if m["hh"] else "date", date, m)


def _p_numeric(p: DatePatterns) -> str:  # "21/01/2025", "03 / 09 / 2020" (the Commission's Daily News)
    return (rf"(?<![\w\-/.])(?P<a>\d{{1,2}})(?:(?P<sep>[./-])|(?P<sp> / ))(?P<b>\d{{1,2}})(?(sep)(?P=sep)| / )"
            rf"{p.year('y')}{p.time()}")


def _p_numeric_spaced(p: DatePatterns) -> str:  # "18 08 1978"
    return rf"(?<![\d+])(?<!\d\s)(?P<a>\d{{1,2}}) (?P<b>\d{{1,2}}) {p.year('y')}(?!\s?\d)"


def _numeric(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    day, month = day_month(int(m["a"]), int(m["b"]), pats, m.groupdict().get("sep"))
    if ref.day is not None and (ref.day.year, ref.day.month, ref.day.day) == (int(m["y"]), day, month):
        day, month = month, day  # "03/09/2020" in an English release of 3 September 2020: its own date
    hour, minute = hour_of(m)
    return single("datetime" if hour is not None else "date", PartialDate(int(m["y"]), month, day, hour, minute), m)


def _p_numeric_after_context(p: DatePatterns) -> str:  # "op 22/04", "Monday 5/12"
    f = p.fragments()
    return (rf"(?<!\w)(?:{f['context']})[,.]?\s+{f['article']}(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})"
            rf"(?:\.(?=\s|$))?(?![\d/\-]|\.\d){p.not_a_quantity}"  # not "to 4.4 percent", "1.8 million"
            rf"(?!\s*(?:{p.meridiem}|{p.hour_words})(?!\w))")  # not a time: "from 3.30pm", "ab 10.30 Uhr"


def _p_numeric_dotted(p: DatePatterns) -> str | None:
    """German "am 22.04." / "am 27. 11.": a trailing dot marks a date."""
    if "." not in p.lang["ordinal_suffixes"]:
        return None
    return rf"{B}(?P<a>\d{{1,2}})\.(?:(?=\s\d{{2}}\.)\s)?(?P<b>\d{{1,2}})\.(?![\d\w])"


def _p_numeric_dotted_year(p: DatePatterns) -> str | None:
    """German "am 13. 3. 2020": day and month with their dots and spaces, then the year."""
    if "." not in p.lang["ordinal_suffixes"]:
        return None
    return rf"{B}(?P<a>\d{{1,2}})\.\s(?P<b>\d{{1,2}})\.\s?{p.year('y')}"


def _numeric_partial(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"op 22/04", "am 22.04.": day and month without a year, only after a date word (not fractions)."""
    if m.groupdict().get("sep") == "-" \
            and pats.score_before.search(text_before(m.string, m.start(), config.DATE_CONTEXT_CHARS)):
        return None  # "won 3-1 on Sunday", "le score de 3-1": a score
    if m.groupdict().get("sep") == "." and len(m["b"]) == 1 and not m.group(0).endswith(".") \
            and not pats.weekday_before_date.search(m.string, m.start(), m.start("a")):
        return None  # "up to 1.5 megawatts", "between 5.5 and 12 percent", "the 24.4 cents" (not "Friday 7.6")
    day, month = day_month(int(m["a"]), int(m["b"]), pats)
    date = PartialDate(None, month, day)
    end = m.end("b") if m.groupdict().get("sep") in ("/", "-") else m.end()  # "since 9/11.": a sentence ends
    return Candidate(m.start("a"), end, "partial", date) if date.is_valid() else None


def _p_numeric_two_digit_year(p: DatePatterns) -> str:
    return r"(?<![\w\-/.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})(?![\d\-/]|\.\d)"


def _numeric_two_digit_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    day_, month = day_month(int(m["a"]), int(m["b"]), pats)
    return single("date", PartialDate(full_year(int(m["yy"]), ref), month, day_), m)


DAY_MONTH = r"(?P<{0}>\d{{1,2}})/(?P<{1}>\d{{1,2}})"


def _p_unambiguous_day_month(p: DatePatterns) -> str:
    return rf"(?<![\w/.\-,])(?<!/ ){DAY_MONTH.format('a', 'b')}(?![\w/]|[.,]\d|-\d)"  # not "ECA/ 14/01"


def _unambiguous_day_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"29/2", "22/04" (or "2/29" in month-first languages) alone: only when the day cannot be a month,
    so that fractions ("1/3 of the budget") and "24/7" are not dates."""
    if not _unambiguous(int(m["a"]), int(m["b"]), pats) or (m["a"], m["b"]) == ROUND_THE_CLOCK:
        return None
    day, month = day_month(int(m["a"]), int(m["b"]), pats)
    return single("partial", PartialDate(None, month, day), m)


def _unambiguous(a: int, b: int, pats: DatePatterns) -> bool:
    """Whether "a/b" can only be read as a day and a month in the language's order (the day above 12)."""
    day, month = (b, a) if pats.lang["numeric_date_order"] == "mdy" else (a, b)
    return day > 12 and month <= 12


def _p_numeric_range(p: DatePatterns) -> str:  # "10/1-11/2/2017", "from 5/1-5/7, 2020"
    return (rf"(?<![\w/.\-]){DAY_MONTH.format('a', 'b')}(?:/{p.year('y1')})?\s*[-–]\s*"
            rf"{DAY_MONTH.format('c', 'e')}(?:(?:/|,\s*){p.year('y')})?(?![\w/]|-\d)")


def _p_numeric_range_years(p: DatePatterns) -> str:  # "5.1.2019-5.7.2020"
    return (rf"(?<![\w/.\-])(?P<a>\d{{1,2}})(?P<sep>[-.])(?P<b>\d{{1,2}})(?P=sep){p.year('y1')}\s*[-–]\s*"
            rf"(?P<c>\d{{1,2}})(?P=sep)(?P<e>\d{{1,2}})(?P=sep){p.year('y')}(?![\w/]|-\d)")


def _numeric_range(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"10/1-11/2/2017", "5/1/2019-5/7/2020", "28/2-1/3": two numeric days, the year (if any) at the end."""
    first_day, first_month = day_month(int(m["a"]), int(m["b"]), pats)
    last_day, last_month = day_month(int(m["c"]), int(m["e"]), pats)
    year = group_int(m, "y")
    first_year = group_int(m, "y1") or year
    said_range = pats.start_before.search(text_before(m.string, m.start(), config.DATE_PHRASE_BEFORE_CHARS)) is not None
    if first_year is None and not (said_range or _unambiguous(int(m["a"]), int(m["b"]), pats)
                             or _unambiguous(int(m["c"]), int(m["e"]), pats)):
        return None  # "1/2-3/4 of them" is a fraction range
    first = PartialDate(first_year, first_month, first_day)
    last = PartialDate(year if year is not None else first.year, last_month, last_day)
    if not (first.is_valid() and last.is_valid()):
        return None
    if (first.year, first.month, first.day) >= (last.year, last.month, last.day):
        return None
    return Candidate(m.start(), m.end(), "range", first, last)


def _p_ymd(p: DatePatterns) -> str:  # "2019/aug/01", "2016 10 16"
    return (rf"(?<![\w\-/.]){p.year('y')}(?P<sep>[-/. ])(?:{p.month_g('m')}|(?P<mm>0?[1-9]|1[0-2]))(?P=sep)"
            rf"{p.day('d')}{p.time()}(?![\w\-/])")


def _p_ymd_compact(p: DatePatterns) -> str:  # "report-20170302.html"
    return r"(?<![0-9A-Za-z.])(?P<y>(?:1[89]|2[01])\d{2})(?P<mm>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"


def _ymd(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"2019/aug/01", "2016 10 16", "20161016": year first."""
    month = int(m["mm"]) if m.groupdict().get("mm") else pats.month_number(m["m"])
    date = PartialDate(int(m["y"]), month, int(m["d"]), *hour_of(m))
    return single("datetime" if date.hour is not None else "date", date, m)


def _p_month_number_year(p: DatePatterns) -> str:  # "12/2015"
    return rf"(?<![\w\-/.])(?P<mm>0?[1-9]|1[0-2])[-/.]{p.year('y')}{E}"


def _p_year_month_number(p: DatePatterns) -> str:  # "2015-12"
    return rf"{B}(?P<y>{YEAR_RE})-(?P<mm>0[1-9]|[1-9]|1[0-2])(?![\d\-/])"


def _year_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"2015-12", "12/2015"; "2011-12" is the years 2011 to 2012 (a season or a fiscal year)."""
    if len(m["mm"]) == 2 and m["mm"][0] == "1" and m.string[m.start("mm") - 1] == "-" \
            and nd.two_digit_year(int(m["y"]), m["mm"]) is not None:
        return None
    return single("month", PartialDate(int(m["y"]), int(m["mm"])), m)


def _rule(name: str, pattern: PatternBuilder, handler: Handler, needs: str | None = None) -> Rule:
    return Rule(name, FAMILY, pattern, handler, needs)


# The order is the order patterns are tried in: among candidates of one span, the first rule's wins.
RULES: tuple[Rule, ...] = (
    _rule("iso date", _p_iso, _iso),
    _rule("numeric date", _p_numeric, _numeric),
    _rule("numeric day and month after a date word", _p_numeric_after_context, _numeric_partial),
    _rule("numeric date, two-digit year", _p_numeric_two_digit_year, _numeric_two_digit_year),
    _rule("month number and year", _p_month_number_year, _year_month),
    _rule("year and month number", _p_year_month_number, _year_month),
    _rule("year month day", _p_ymd, _ymd),
    _rule("year month day, no separator", _p_ymd_compact, _ymd),
    _rule("numeric range", _p_numeric_range, _numeric_range),
    _rule("numeric range with years", _p_numeric_range_years, _numeric_range),
    _rule("unambiguous day and month", _p_unambiguous_day_month, _unambiguous_day_month),
    _rule("numeric date, spaces", _p_numeric_spaced, _numeric),
    _rule("numeric day and month, dotted", _p_numeric_dotted, _numeric_partial),
    _rule("numeric date, dotted and spaced", _p_numeric_dotted_year, _numeric),
)
