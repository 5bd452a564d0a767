"""Calendar rules: days, months and years stated in figures or month names ("21 January 2025", "2025-01-21",
"21/01/2025", "June 15, 2020", "March 2020", "2019", "from 15 to 24 June 2020", "2021-25", "in April"),
in any order the languages write them, and years in words ("in nineteen ninety six").

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`)."""

from __future__ import annotations

import datetime as dt
import re

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates.patterns import NEVER, NOT_AFTER_MONEY, YEAR_RE, B, DatePatterns, E, ci
from pipeline.dates.rules import (
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    coordinated_without_between,
    count,
    day_month,
    day_number,
    group_int,
    relative_month_year,
    single,
)
from pipeline.dates.times import hour_of
from pipeline.dates.values import PartialDate
from pipeline.normalize.numbers import spoken_day_and_year, spoken_year

FAMILY = "calendar"
MAX_DAY = 31
ROUND_THE_CLOCK = ("24", "7")  # "open 24/7" is not the 24th of July
NUMBER_PREFIX = re.compile(r"(?i:\b(?:no|nr|n°|art|article|artikel|nummer|number|ref)\.?\s*|[#§]\s*)$")


# --- numeric dates: "2025-01-21", "21/01/2025", "am 22.04.", "29/2", "10/1-11/2/2017" -------------------

def _p_iso(p: DatePatterns) -> str:
    return rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<hh>\d{{2}}):(?P<mi>\d{{2}}))?(?!\d)"


def _iso(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    date = PartialDate(int(m["y"]), int(m["m"]), int(m["d"]), *hour_of(m))
    return single("datetime" if m["hh"] else "date", date, m)


def _p_numeric(p: DatePatterns) -> str:
    return rf"(?<![\w\-/.])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep){p.year('y')}{p.time()}"


def _p_numeric_spaced(p: DatePatterns) -> str:  # "18 08 1978"
    return rf"(?<![\d+])(?<!\d\s)(?P<a>\d{{1,2}}) (?P<b>\d{{1,2}}) {p.year('y')}(?!\s?\d)"


def _numeric(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    day, month = day_month(int(m["a"]), int(m["b"]), pats)
    hour, minute = hour_of(m)
    return single("datetime" if hour is not None else "date", PartialDate(int(m["y"]), month, day, hour, minute), m)


def _p_numeric_after_context(p: DatePatterns) -> str:  # "op 22/04", "Monday 5/12"
    f = p.fragments()
    return (rf"(?<!\w)(?:{f['context']})[,.]?\s+{f['article']}(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})"
            rf"(?:\.(?=\s|$))?(?![\d/\-]|\.\d){p.not_a_quantity}")  # not "to 4.4 percent", "1.8 million"


def _p_numeric_dotted(p: DatePatterns) -> str | None:
    """German "am 22.04." / "am 27. 11.": a trailing dot marks a date."""
    if "." not in p.lang["ordinal_suffixes"]:
        return None
    return rf"{B}(?P<a>\d{{1,2}})\.(?:(?=\s\d{{2}}\.)\s)?(?P<b>\d{{1,2}})\.(?![\d\w])"


def _numeric_partial(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"op 22/04", "am 22.04.": day and month without a year, only after a date word (not fractions)."""
    if m.groupdict().get("sep") == "-" and pats.score_before.search(m.string[max(0, m.start() - 40): m.start()]):
        return None  # "won 3-1 on Sunday", "le score de 3-1": a score
    day, month = day_month(int(m["a"]), int(m["b"]), pats)
    date = PartialDate(None, month, day)
    return Candidate(m.start("a"), m.end(), "partial", date) if date.is_valid() else None


def _p_numeric_two_digit_year(p: DatePatterns) -> str:
    return r"(?<![\w\-/.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})(?![\d\-/]|\.\d)"


def _numeric_two_digit_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    day_, month = day_month(int(m["a"]), int(m["b"]), pats)
    return single("date", PartialDate(_full_year(int(m["yy"]), ref), month, day_), m)


def _full_year(yy: int, ref: Reference) -> int:
    """A two-digit year: in the 2000s unless that is more than ten years after publication (or today)
    ("23/06/18" is 2018, "03/18/40" and "juillet 98" are in the 1900s)."""
    latest = (ref.year or dt.date.today().year) + config.TWO_DIGIT_YEAR_FUTURE_YEARS
    return 2000 + yy if 2000 + yy <= latest else 1900 + yy


DAY_MONTH = r"(?P<{0}>\d{{1,2}})/(?P<{1}>\d{{1,2}})"


def _p_unambiguous_day_month(p: DatePatterns) -> str:
    return rf"(?<![\w/.\-,]){DAY_MONTH.format('a', 'b')}(?![\w/]|[.,]\d|-\d)"


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
    said_range = pats.start_before.search(m.string[max(0, m.start() - 20): m.start()]) is not None
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


# --- a day and a month name: "21 January 2025", "June 15, 2020", "Sep-23-2020", "negenentwintig mei" -----

def _p_dmy(p: DatePatterns) -> str:
    f = p.fragments()
    return (rf"{NOT_AFTER_MONEY}(?:{p.day('d')}|(?P<dw>{f['ordinals']})|(?P<dn>{f['cardinals']})){f['day_word']}"
            rf"(?:\s*|[-/]){f['dmj']}{p.month_g('m')}{f['year_opt']}{p.time()}(?!\w)")


def _p_month_day_year(p: DatePatterns) -> str:  # "novembre 23 de 1987"
    return rf"{B}{p.month_g('m')}\s+{p.day('d')},?\s+{p.fragments()['yj']}{p.year('y')}{E}"


def _p_month_slash_day(p: DatePatterns) -> str:  # "Oct/2"
    return rf"{B}{p.month_g('m')}/{p.day('d')}(?![\d/]|\.\d)"


def _p_month_day_words(p: DatePatterns) -> str:  # a full month name and a day in words: "Mai vingt-neuf."
    return rf"{B}{p.full_month()}\s+(?P<dn>{p.fragments()['cardinals']})(?=\s*(?:[,.;:!?)]|$))"


def _p_month_first(p: DatePatterns) -> str | None:
    """"June 15, 2020", "June the 28th 2020", "February twenty second", where dates are written so."""
    if not p.lang["month_first_dates"]:
        return None
    f = p.fragments()
    return (rf"{B}{p.month_g('m')}(?:[\s\-/]{_day_prefix(p)}(?:{p.day('d')}|(?P<dw>{f['ordinals']}))"
            rf"|\s+(?P<dn>{f['cardinals']})){f['year_opt']}{p.time()}{E}")


def _day_prefix(p: DatePatterns) -> str:
    return f"(?:{ci(p.lang['day_prefixes'])}\\s+)?" if p.lang["day_prefixes"] else ""


def _one_separator(order: str) -> PatternBuilder:
    """Any order of a month name, a day and a year with one separator ("Sep-23-2020", "2020/23/Sep")."""
    def build(p: DatePatterns) -> str:
        parts = {"m": p.month_g("m"), "d": p.day("d"), "y": p.year("y")}
        first, second, third = (parts[c] for c in order)
        return rf"{B}{first}(?P<sep>[-/]){second}(?P=sep){third}{E}"
    return build


def _dmy(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    if m.groupdict().get("dn") and not _spelled_day_fits(m, pats):
        return None
    if m.groupdict().get("dn") and not 1 <= count(m["dn"], pats) <= MAX_DAY:
        return _spoken_day_and_year(m, pats)  # "January twenty five nineteen eighty six"
    hour, minute = hour_of(m)
    date = PartialDate(group_int(m, "y"), pats.month_number(m["m"]), day_number(m, pats), hour, minute)
    kind = "datetime" if date.hour is not None else ("date" if date.year is not None else "partial")
    return single(kind, date, m)


def _spelled_day_fits(m: re.Match[str], pats: DatePatterns) -> bool:
    """A day in words goes with a full month name and a space: "vingt-neuf mai", not "vingt-sept" (27)."""
    between = m.string[min(m.end("dn"), m.end("m")): max(m.start("dn"), m.start("m"))]
    return m["m"].lower() in pats.full_months and not re.search(r"[-/]", between)


def _spoken_day_and_year(m: re.Match[str], pats: DatePatterns) -> Candidate | None:
    found = spoken_day_and_year(m["dn"], pats.lang.code)
    date = PartialDate(found[1], pats.month_number(m["m"]), found[0]) if found else None
    return single("date", date, m) if date is not None else None


def _p_ordinal_month(p: DatePatterns) -> str | None:
    """A day and a month said as ordinals, at least one in words ("siebter 4.", "7. vierter",
    "den siebenundzwanzigsten zwölften"), after an optional weekday, with an optional year."""
    lang, f = p.lang, p.fragments()
    if not lang["ordinal_months"]:
        return None
    weekday = rf"(?:(?:{ci(lang['weekdays'])}),?\s+(?:{ci(lang['articles'])}\s+)?)?"
    return (rf"{B}{weekday}(?:(?>(?P<d>[0-3]?\d)\.)|(?P<dw>{f['ordinals']}))(?:\s+|\s*/\s*)"
            rf"(?:(?>(?P<mm>0?[1-9]|1[0-2])\.)(?!\s+[^\W\d_]*[A-ZÄÖÜ])|(?P<mw>{f['ordinals']}))(?!\w)"
            rf"(?:\s+{p.year('y')})?")  # "der zweite 3. Platz" is a rank


def _ordinal_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    if not (m["dw"] or m["mw"]):
        return None  # figures alone are the numeric patterns' job
    month = int(pats.table["ordinal_words"][m["mw"].lower()]) if m["mw"] else int(m["mm"])
    return single("date" if m["y"] else "partial", PartialDate(group_int(m, "y"), month, day_number(m, pats)), m)


# --- ranges of days and months: "from 15 to 24 June 2020", "November 19-20", "May to Oct 2020" ----------

def _p_day_range(p: DatePatterns) -> str:
    f = p.fragments()
    return (rf"{B}(?:(?P<st>{p.starts})\s+)?{f['article']}{p.day_or_word('d1')}\s*(?P<j>{p.joiners})\s*"
            rf"{f['article']}{p.day_or_word('d2')}\s*{f['dmj']}{p.month_g('m')}{f['year_opt']}{E}")


def _p_month_day_range(p: DatePatterns) -> str:
    f = p.fragments()
    return (rf"{B}(?:(?P<st>{p.starts})\s+)?{p.month_g('m')}\s+{_day_prefix(p)}{p.day_or_word('d1')}\s*"
            rf"(?P<j>{p.joiners})\s*{f['article']}{p.day_or_word('d2')}{f['year_opt']}{E}")


def _day_range(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    if coordinated_without_between(m, pats):
        return None
    month, year = pats.month_number(m["m"]), group_int(m, "y")
    first = PartialDate(year, month, day_number(m, pats, "d1", "d1w"))
    last = PartialDate(year, month, day_number(m, pats, "d2", "d2w"))
    if not (first.is_valid() and last.is_valid()) or first.day >= last.day:  # type: ignore[operator]
        return None
    return Candidate(m.start(), m.end(), "range", first, last)


def _p_month_range(p: DatePatterns) -> str:
    return (rf"{B}(?:(?P<st>{p.starts})\s+)?(?:(?P<dir>{p.directions()})\s+)?{p.month_g('m1')}\s*"
            rf"(?P<j>{p.joiners})\s*{p.month_g('m')}(?:,?\s+{p.fragments()['yj']}{p.year('y')})?{E}")


def _month_range(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"May to Oct 2020", "from Nov to March", "van mei tot juli": without a year, only after a range word
    or between two full month names (so that "Jan-Feb" in a table header is no range)."""
    if coordinated_without_between(m, pats):
        return None
    first, last = pats.month_number(m["m1"]), pats.month_number(m["m"])
    when = ref.day
    if m["dir"] and when is not None:  # "from this May to Oct 2020": the first month is placed relative
        start = PartialDate(relative_month_year(m["dir"], first, when, pats), first)
        end = PartialDate(int(m["y"]) if m["y"] else start.year + (last < first), last)  # type: ignore[operator]
        return Candidate(m.start(), m.end(), "range", start, end) if start.value() < end.value() else None
    if m["dir"]:
        return None
    if m["y"] is None:
        full = pats.full_months
        if not (m["st"] or (m["m1"].lower() in full and m["m"].lower() in full)) or first == last:
            return None
        return Candidate(m.start(), m.end(), "range", PartialDate(None, first), PartialDate(None, last))
    year = int(m["y"])
    start = PartialDate(year - 1 if first > last else year, first)
    return Candidate(m.start(), m.end(), "range", start, PartialDate(year, last)) if start.is_valid() else None


# --- months: "March 2020", "2015-12", "12/2015", "juillet 98", "in April", "mid-November" --------------

def _p_month_year(p: DatePatterns) -> str:
    f = p.fragments()
    return rf"{B}{f['qual']}{p.month_g('m')}(?:,?\s+{f['yj']}|[-/]){f['dmj']}{p.year('y')}{E}"


def _p_year_month_name(p: DatePatterns) -> str:  # "2020 März"
    return rf"{B}{p.year('y')}\s+{p.month_g('m')}{E}"


def _month_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    return single("month", PartialDate(int(m["y"]), pats.month_number(m["m"])), m)


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


def _p_month_two_digit_year(p: DatePatterns) -> str:
    f = p.fragments()
    return (rf"{B}{NOT_AFTER_MONEY}(?:{p.day('d')}\s+{f['dmj']})?{p.month_g('m')}\s+(?P<yj>{f['yj']})(?P<ap>['’])?"
            rf"(?P<yy>\d{{2}})(?!\w)(?=\s*(?:[,.;:!?)]|$))")


def _month_two_digit_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"juillet 98", "15 April of 87", "April '19": a two-digit year after a month, only when it cannot be a
    day ("April 15." is the 15th) or is marked as a year."""
    yy = int(m["yy"])
    if yy <= MAX_DAY and not (m["ap"] or m["yj"]):
        return None
    month = pats.month_number(m["m"])
    if m["d"]:
        return single("date", PartialDate(_full_year(yy, ref), month, int(m["d"])), m)
    return single("month", PartialDate(_full_year(yy, ref), month), m)


def _p_lone_month(p: DatePatterns) -> str | None:
    """"in April", "mid-November", "seit August", "in (the) April"."""
    lang, f = p.lang, p.fragments()
    if not (lang["month_prepositions"] or lang["period_qualifiers"]):
        return None
    preps = ci(lang["month_prepositions"] + lang["range_starts"] + lang["range_joiners"])
    quals = ci(lang["period_qualifiers"]) if lang["period_qualifiers"] else NEVER
    return (rf"{B}(?:(?:{preps})\s+{f['article']}|(?=(?:{quals})))(?P<body>{f['qual']}{p.full_month()})"
            rf"{E}")


def _lone_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A month after a preposition or with a qualifier: "in April", "seit August", "mid-November"."""
    return Candidate(m.start("body"), m.end(), "month", PartialDate(None, pats.month_number(m["m"])))


# --- years: "2019", "end of 2008", "2021-25", "in nineteen ninety six", "August two thousand and fifteen" -

def _p_year(p: DatePatterns) -> str:  # not "2015 - 32"
    return rf"(?<![\w$€£¥.,/\-])(?<!\d [-–] ){p.year('y')}(?![.,]\d|-\d|\w| [-–] \d)"


def _p_qualified_year(p: DatePatterns) -> str:  # "end of 2008", "mid-2022", "Ende 2021"
    quals = ci(p.lang["period_qualifiers"]) if p.lang["period_qualifiers"] else NEVER
    return rf"{B}(?P<qual>{quals})[\s\-]?\s*{p.year('y')}(?![.,]\d|-\d|\w)"


def _year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    before = m.string[max(0, m.start() - 16): m.start()]
    counted = not m.groupdict().get("qual") and pats.quantity_before.search(before) \
        and not pats.year_context_after.match(m.string, m.end())
    if NUMBER_PREFIX.search(before) or counted:
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
    if pats.day_before.search(m.string[max(0, m.start() - 40): m.start()]):
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


def _early_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A year before MIN_YEAR counts only after a year preposition and before a clause end or a preposition
    ("in 1898.", "since 1865 in", not "in 1500 homes")."""
    joined = re.match(rf"\s+(?:{pats.coordination_words()})\s", m.string[m.end(): m.end() + 12])
    if not (pats.year_context_after.match(m.string, m.end()) or joined):
        return None
    return Candidate(m.start("y"), m.end(), "year", value=m["y"])


def _p_apostrophe_year(p: DatePatterns) -> str | None:  # "since '82", "in ’99"
    preps = p.lang.get("year_prepositions")
    return rf"{B}(?:{ci(preps)})\s+(?P<ap>['’])(?P<yy>\d{{2}})(?![\w'’])" if preps else None


def _apostrophe_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    date = PartialDate(_full_year(int(m["yy"]), ref))
    return Candidate(m.start("ap"), m.end(), "year", date) if date.is_valid() else None


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
    _rule("iso date", _p_iso, _iso),
    _rule("numeric date", _p_numeric, _numeric),
    _rule("numeric day and month after a date word", _p_numeric_after_context, _numeric_partial),
    _rule("numeric date, two-digit year", _p_numeric_two_digit_year, _numeric_two_digit_year),
    _rule("days before a month", _p_day_range, _day_range, "months"),
    _rule("day month year", _p_dmy, _dmy, "months"),
    _rule("month year", _p_month_year, _month_year, "months"),
    _rule("month number and year", _p_month_number_year, _year_month),
    _rule("year and month name", _p_year_month_name, _month_year, "months"),
    _rule("month range", _p_month_range, _month_range, "months"),
    _rule("year and month number", _p_year_month_number, _year_month),
    _rule("year range", _p_year_range, _year_range),
    _rule("year", _p_year, _year),
    _rule("year month day", _p_ymd, _ymd),
    _rule("year month day, no separator", _p_ymd_compact, _ymd),
    _rule("numeric range", _p_numeric_range, _numeric_range),
    _rule("numeric range with years", _p_numeric_range_years, _numeric_range),
    _rule("unambiguous day and month", _p_unambiguous_day_month, _unambiguous_day_month),
    _rule("numeric date, spaces", _p_numeric_spaced, _numeric),
    _rule("month-day-year, one separator", _one_separator("mdy"), _dmy, "months"),
    _rule("month-year-day, one separator", _one_separator("myd"), _dmy, "months"),
    _rule("year-day-month, one separator", _one_separator("ydm"), _dmy, "months"),
    _rule("day-year-month, one separator", _one_separator("dym"), _dmy, "months"),
    _rule("ordinal day and month", _p_ordinal_month, _ordinal_month, "ordinal_words"),
    _rule("numeric day and month, dotted", _p_numeric_dotted, _numeric_partial),
    _rule("month day year", _p_month_day_year, _dmy, "months"),
    _rule("month/day", _p_month_slash_day, _dmy, "months"),
    _rule("month and two-digit year", _p_month_two_digit_year, _month_two_digit_year, "months"),
    _rule("month and day in words", _p_month_day_words, _dmy, "months"),
    _rule("month and days", _p_month_day_range, _day_range, "months"),
    _rule("month first", _p_month_first, _dmy, "months"),
    _rule("month and year in words", _p_spoken_month_year, _spoken_month_year),
    _rule("year in words", _p_spoken_year, _spoken_year),
    _rule("qualified year", _p_qualified_year, _year),
    _rule("lone month", _p_lone_month, _lone_month, "months"),
    _rule("year before 1900 after a preposition", _p_early_year, _early_year),
    _rule("two-digit year with an apostrophe", _p_apostrophe_year, _apostrophe_year),
)
