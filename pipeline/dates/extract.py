"""Calendar expressions in en/nl/fr/de: full dates, month-year, years, ranges, quarters, relative days.

Every word comes from the language data files; this module only knows the shapes of dates.
Candidates from all patterns compete: the longest wins, then consecutive ones are joined into ranges."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline.dates import values as nd
from pipeline.dates.values import PartialDate
from pipeline.langdata import LangData, alternation, full_names, load_language
from pipeline.normalize.numbers import (
    number_words_pattern,
    spelled_value,
    spoken_day_and_year,
    spoken_pair,
    spoken_year,
)
from pipeline.records import DateValue

B = r"(?<![\w])"
E = r"(?![\w])"
YEAR_RE = r"(?:1[89]|2[01])\d{2}(?!\d)"
NOT_AFTER_MONEY = r"(?<![\w$€£¥])(?<![$€£¥] )"  # "$12 December 27": 12 is dollars
MIN_WEEKDAY_NAME = 4  # "Friday", "Tues", "lundi", "Montag": shorter abbreviations ("Sun", "do") are common words
NUMBER_PREFIX = re.compile(r"(?i:\b(?:no|nr|n°|art|article|artikel|nummer|number|ref)\.?\s*|[#§]\s*)$")


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


Handler = Callable[[re.Match[str], "DatePatterns", str | None], Candidate | None]


def _ci(words: object) -> str:
    return f"(?i:{alternation(words)})"


class DatePatterns:
    """The compiled patterns of one language."""

    def __init__(self, lang: LangData):
        self.lang = lang
        # lower-cased word tables, built once: handlers look words up on every match
        self.table = {key: {k.lower(): v for k, v in lang[key].items()} for key in (
            "months", "offset_units", "holidays", "ordinal_words", "quarter_words", "half_words",
            "relative_days", "relative_units", "weekdays", "relative_offsets", "relative_nearest", "period_edges",
            "current_period_phrases", "count_words")}
        self.words = {key: {w.lower() for w in lang[key]} for key in (
            "relative_last", "relative_next", "offset_anchor_before", "relative_trailing", "evening_words")}
        self.months = self.table["months"]
        self.full_months = {n.lower() for n in full_names(lang["months"])}  # "september", not "sept"
        self.month = self._months(list(lang["months"]))
        self.ordinal = f"(?:{_ci(lang['ordinal_suffixes'])})?" if lang["ordinal_suffixes"] else ""
        self.coordination = {w.lower() for w in lang["coordination"]}
        self.joiners = _ci(lang["range_joiners"])
        self.starts = _ci(lang["range_starts"])
        self.between = {w.lower() for w in lang["between_words"]}
        self.hour_words = _ci(lang["hour_words"])  # "14 Uhr", "20.00 uur", "18h"
        self.meridiem = _ci(lang["meridiem_words"])  # "8:00 am"
        self.evening, self.morning = _ci(lang["evening_words"]), _ci(lang["morning_words"])  # "'s avonds", "du matin"
        self.meridiem_in = re.compile(rf"\d\s*(?:{self.meridiem})(?!\w)")
        self.patterns: list[tuple[re.Pattern[str], Handler]] = [(re.compile(p), h) for p, h in self._build()]
        self.triggers = {key: {w.lower().rstrip(".") for w in lang[key]} for key in (
            "months", "relative_units", "offset_units", "holidays", "century_words", "current_period_phrases",
            "week_number_words", "present_words", "relative_days", "ordinal_words")}
        self.triggers["weekdays"] = {w.lower() for w in lang["weekdays"] if len(w) >= MIN_WEEKDAY_NAME}
        self.triggers["quarter_words"] = {w.lower() for w in [*lang["quarter_words"], *lang["half_words"]]}
        self._compile_before(lang)
        self._compile_after(lang)

    def _compile_before(self, lang: LangData) -> None:
        """Regexes for what stands right before a date: a time, a count and "after", "between", a start word."""
        self.coord_before = re.compile(
            rf"(?<![\w/.\-])(?P<d1>[0-3]?\d){self.ordinal}(?:\s*[-–]\s*(?P<d2>[0-3]?\d){self.ordinal})?"
            rf"\s*(?:{_ci(lang['coordination'])})\s*$"
        )
        article = f"(?:{_ci(lang['articles'])}\\s+)?" if lang["articles"] else ""
        self.range_between = re.compile(rf"^\s*(?P<j>{self.joiners})\s*{article}$")
        preps = _ci(lang["date_prepositions"] + lang["day_prefixes"] + lang["time_joiners"] + lang["articles"])
        self.time_before = re.compile(rf"(?<![\d:.]){self._clock(False)}\s*,?\s*(?:(?:{preps})\s+)?$")
        anchors = lang["offset_anchor_after"] + lang["offset_anchor_before"]
        self.offset_before_anchor = re.compile(
            rf"(?<!\w)(?P<n>{self.amount()})\s+(?P<unit>{_ci(lang['offset_units'])})\s+"
            rf"(?P<dir>{_ci(anchors)})\s+{article}$") if anchors and lang["offset_units"] else None
        starts = lang["duration_start_words"] + lang["offset_anchor_after"]
        self.duration_before = re.compile(  # "for 3 days from today", "2 weeks starting May 20th"
            rf"(?<!\w)(?:(?P<for>{_ci(lang['duration_words'])})\s+)?(?:{article})?(?P<n>{self.amount()})\s+"
            rf"(?P<unit>{_ci(lang['offset_units'])}),?\s+(?P<st>{_ci(starts)})\s+{article}$"
        ) if lang["offset_units"] and starts else None
        self.starting_words = {w.lower() for w in lang["duration_start_words"]}
        self.span_word_before = re.compile(rf"{B}(?:{self.last_or_next()})\s+$")
        words = _ci(lang["ordinal_words"]) if lang["ordinal_words"] else r"(?!x)x"
        self.day_before = re.compile(rf"(?:\d{{1,2}}\S*|{self.spelled()}|(?:{words}))\s+$")
        self.start_before = re.compile(rf"{B}(?:{self.starts})\s+{article}$")
        self.quantity_before = re.compile(rf"{B}(?:{_ci(lang['quantity_words'])})\s+$")
        places = _ci(lang["locative_prepositions"] + lang["date_prepositions"])
        self.year_context_after = re.compile(rf"\s*(?:[,.;:!?)](?!\d)|$|(?:{places})\s)")  # "etwa 2019 in Berlin"

    def _compile_after(self, lang: LangData) -> None:
        """Regexes for what follows a date: a time, a year in words, a weekday ending a range; and counts."""
        self.count_unit = re.compile(rf"({self.amount()})\s+({_ci(lang['offset_units'])})(?!\w)")
        units = [w.lower() for w in lang["offset_units"]]  # "week" is singular: "weeks" starts with it
        self.singular_units = {w for w in units if any(o != w and o.startswith(w) for o in units)}
        self.spoken_year_after = re.compile(
            rf",?\s+(?:(?:{_ci(lang['year_joiners'])})\s+)?(?P<sy>{self.spelled()})(?!\w)")
        self.time_after = re.compile(rf"\s*,?\s*(?:(?:{_ci(lang['time_joiners'])})\s+)?{self._clock(False)}(?!\d)")
        self.marked_time_after = re.compile(self.marked_time())  # after a date: "11 uur", not "2.50"
        worded = self.worded_time_joiners()  # "at 4", "om 8": not ", 4"
        self.spoken_time_after = re.compile(  # "om zes uur 's avonds", "half tien", "at six pm"
            rf"\s*,?\s*(?:(?P<j>{worded})\s+)?"
            rf"(?:(?P<half>{_ci(lang['half_hour_words'])})\s+)?(?P<hw>{self.spelled()})(?:\s+(?P<hword>{self.hour_words}))?"
            rf"(?:\s+(?P<mword>{_ci(lang['minute_words'])}))?"
            rf"(?:\s+(?P<part>(?P<pm>{self.evening})|(?P<ampm>{self.meridiem})|{self.morning}))?(?!\w)")
        self.bare_hour_after = re.compile(
            rf"\s*,?\s*(?:{worded})\s+(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?(?![.,:]?\d)"
            rf"(?:\s+(?:(?P<pm1>{self.evening})|{self.morning})(?!\w)|(?(mi)|(?=\s*(?:[,.;:!?)]|$))))")
        long_weekdays = [w for w in lang["weekdays"] if len(w) >= MIN_WEEKDAY_NAME]
        self.weekday_end = re.compile(  # "next Thursday to Saturday"
            rf"\s*(?P<j>{self.joiners})\s*(?P<wd>{_ci(long_weekdays)})(?!\w)") if long_weekdays else None

    def directions(self) -> str:
        """Words that place a period relative to the publication date: "last", "next", "this", "vorletzte"."""
        lang = self.lang
        return _ci(lang["relative_last"] + lang["relative_next"] + lang["relative_this"]
                   + list(lang["relative_offsets"]))

    def last_or_next(self) -> str:
        """"last", "next", "vorige", "prochain": the words of spans and of postposed directions."""
        return _ci(self.lang["relative_last"] + self.lang["relative_next"])

    def postposed(self) -> str:
        """Direction words after their unit ("la semaine dernière"), in languages that put them there."""
        return self.last_or_next() if self.lang.get("relative_postposed") else r"(?!x)x"

    def worded_time_joiners(self) -> str:
        """"at", "om", "à", "um": the joiners of a time that are words (not ",")."""
        return _ci(w for w in self.lang["time_joiners"] if w[:1].isalpha())

    def spelled(self) -> str:
        """A number in words ("drei", "twenty nine", "negenentwintig")."""
        return number_words_pattern(self.lang.code)

    def amount(self) -> str:
        """A count of units in figures or words ("3", "drei", "three", "a", "a couple of", "een paar")."""
        counted = f"|{_ci(self.lang['count_words'])}(?!\\w)" if self.lang["count_words"] else ""
        return rf"(?:\d{{1,3}}|{self.spelled()}{counted})"

    def day(self, p: str) -> str:
        return rf"(?P<{p}>[0-3]?\d)(?!\d){self.ordinal}"

    def day_or_word(self, p: str) -> str:
        """A day in figures (group ``p``) or as an ordinal word (group ``p`` + "w": "ninth")."""
        words = _ci(self.lang["ordinal_words"]) if self.lang["ordinal_words"] else r"(?!x)x"
        return rf"(?:{self.day(p)}|(?P<{p}w>{words})(?!\w))"

    def year(self, p: str) -> str:
        return rf"(?P<{p}>{YEAR_RE})"

    def month_g(self, p: str) -> str:
        return rf"(?P<{p}>{self.month})"

    def _clock(self, dot_needs_marker: bool = True) -> str:
        """A time of day with a marker: "11:15", "20.30 uur", "18h", "14 Uhr", "8:00 am", "7pm" (a bare
        number is never a time; "20.30" only next to a date word unless ``dot_needs_marker``)."""
        def marker(i: int) -> str:  # "8 am", "20 uur", "2 uur 's middags", "8 Uhr abends", "7 in the evening"
            part = rf"(?:(?P<pm{i}>{self.evening})|{self.morning})"
            return (rf"(?:\s*(?P<ampm{i}>{self.meridiem})|\s*(?:{self.hour_words})(?:\s+{part})?"
                    rf"|\s+(?:(?P<pmw{i}>{self.evening})|{self.morning}))(?!\w)")

        ahead = rf"(?=\s*(?:{self.meridiem}|{self.hour_words}|{self.evening}|{self.morning})(?!\w))"
        dot = rf"{ahead}{marker(2)}" if dot_needs_marker else rf"(?:{marker(2)})?"
        return (rf"(?P<hh>[01]?\d|2[0-3])(?:[:h](?P<mi>[0-5]\d)(?:{marker(1)})?|\.(?P<mi2>[0-5]\d){dot}"
                rf"|{ahead}{marker(3)})")

    def marked_time(self) -> str:
        """A time after a date, with its marker: "11:15", "18h", "14 Uhr", "8:00am", "20.00 uur"."""
        return rf",?\s+(?:{_ci(self.lang['time_joiners'])}\s+)?{self._clock()}"

    def time(self) -> str:
        """An optional time after a date (see :meth:`marked_time`)."""
        return rf"(?:{self.marked_time()})?"

    def _build(self) -> list[tuple[str, Handler]]:
        return self._calendar_patterns() + self._period_patterns() + self._relative_patterns()

    def _fragments(self) -> dict[str, str]:
        """Regex pieces shared by the patterns, built from the language's words."""
        lang = self.lang
        dmj = f"(?:{_ci(lang['day_month_joiners'])}\\s+)?" if lang["day_month_joiners"] else ""
        yj = f"(?:{_ci(lang['year_joiners'])}\\s+)?" if lang["year_joiners"] else ""
        day_words = [w for w, unit in lang["offset_units"].items() if unit == "day"]
        return {
            "dmj": dmj, "yj": yj,
            "year_opt": rf"(?:(?:\s?,?\s+{yj}|[-/]){dmj}{self.year('y')})?",
            "article": f"(?:{_ci(lang['articles'])}\\s+)?" if lang["articles"] else "",
            "context": _ci(lang["date_prepositions"] + list(lang["weekdays"]) + lang["range_starts"]
                           + lang["relative_this"] + lang["relative_next"]),
            # "end of 2008", "mid-2022", "Anfang März 2020": the qualifier is kept in the span, the value
            # stays the year or month it qualifies (as in the gold: "end of December 2020" -> 2020-12)
            "qual": f"(?:{_ci(lang['period_qualifiers'])}[\\s\\-]?\\s*)?" if lang["period_qualifiers"] else "",
            "ordinals": _ci(lang["ordinal_words"]) if lang["ordinal_words"] else r"(?!x)x",
            "cardinals": self.spelled(),  # a day in words: "negenentwintig mei"
            # "the 15th day of June": the word for one day, the shortest ("day", "dag", "jour", "Tag": not
            # "30 days of June 1")
            "day_word": rf"(?:\s+(?:{_ci([min(day_words, key=len)])}))?" if day_words else "",
        }

    def _calendar_patterns(self) -> list[tuple[str, Handler]]:
        """Dates, month-years, years and their ranges, in figures and month names."""
        lang, f = self.lang, self._fragments()
        dmj, yj, year_opt, article = f["dmj"], f["yj"], f["year_opt"], f["article"]
        found: list[tuple[str, Handler]] = [
            (rf"{B}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:[T ](?P<hh>\d{{2}}):(?P<mi>\d{{2}}))?(?!\d)",
             _iso),
            (rf"(?<![\w\-/.])(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep){self.year('y')}{self.time()}",
             _numeric),
            (rf"(?<!\w)(?:{f['context']})[,.]?\s+{article}(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})"
             rf"(?:\.(?=\s|$))?(?![\d/\-]|\.\d)", _numeric_partial),
            (r"(?<![\w\-/.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<yy>\d{2})(?![\d\-/]|\.\d)",
             _numeric_two_digit_year),
            (rf"{B}(?:(?P<st>{self.starts})\s+)?{article}{self.day_or_word('d1')}\s*(?P<j>{self.joiners})\s*"
             rf"{article}{self.day_or_word('d2')}\s*{dmj}{self.month_g('m')}{year_opt}{E}", _day_range),
            (rf"{NOT_AFTER_MONEY}(?:{self.day('d')}|(?P<dw>{f['ordinals']})|(?P<dn>{f['cardinals']})){f['day_word']}"
             rf"(?:\s*|[-/]){dmj}{self.month_g('m')}{year_opt}{self.time()}(?!\w)", _dmy),
            (rf"{B}{f['qual']}{self.month_g('m')}(?:,?\s+{yj}|[-/]){dmj}{self.year('y')}{E}", _month_year),
            (rf"(?<![\w\-/.])(?P<mm>0?[1-9]|1[0-2])[-/.]{self.year('y')}{E}", _year_month),
            (rf"{B}{self.year('y')}\s+{self.month_g('m')}{E}", _month_year),
            (rf"{B}(?:(?P<st>{self.starts})\s+)?(?:(?P<dir>{self.directions()})\s+)?{self.month_g('m1')}\s*"
             rf"(?P<j>{self.joiners})\s*{self.month_g('m')}(?:,?\s+{yj}{self.year('y')})?{E}", _month_range),
            (rf"{B}(?P<y>{YEAR_RE})-(?P<mm>0[1-9]|[1-9]|1[0-2])(?![\d\-/])", _year_month),
            (rf"(?<![\w\-/]){self.year('y1')}(?:\s*[-–/~]\s*(?P<y2>\d{{4}})|[-–/~](?P<y2s>\d{{2}}))(?![\d\-/])",
             _year_range),
            (rf"(?<![\w$€£¥.,/\-])(?<!\d [-–] ){self.year('y')}(?![.,]\d|-\d|\w| [-–] \d)", _year),  # not "2015 - 32"
            (rf"(?<![\w\-/.]){self.year('y')}(?P<sep>[-/. ])(?:{self.month_g('m')}|(?P<mm>0?[1-9]|1[0-2]))(?P=sep)"
             rf"{self.day('d')}{self.time()}(?![\w\-/])", _ymd),
            (r"(?<![0-9A-Za-z.])(?P<y>(?:1[89]|2[01])\d{2})(?P<mm>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
             _ymd),  # "report-20170302.html"
        ]
        found += self._odd_order_patterns()
        if lang["ordinal_months"]:  # German spoken dates: "am 7. Vierten", "Donnerstag, den siebten vierten"
            found.append((self._ordinal_month_pattern(), _ordinal_month))
        if "." in lang["ordinal_suffixes"]:  # German "am 22.04." / "am 27. 11.": a trailing dot marks a date
            found.append((rf"{B}(?P<a>\d{{1,2}})\.(?:(?=\s\d{{2}}\.)\s)?(?P<b>\d{{1,2}})\.(?![\d\w])",
                          _numeric_partial))
        return found + self._month_first_patterns() + self._spoken_year_patterns()

    def _month_first_patterns(self) -> list[tuple[str, Handler]]:
        """A month name before its day or year, in every language: "novembre 23 de 1987", "Oct/2",
        "juillet 98", "April of '87", "November 19-20"; and "June 15, 2020" where dates are written so."""
        lang, f = self.lang, self._fragments()
        dmj, yj, year_opt, article = f["dmj"], f["yj"], f["year_opt"], f["article"]
        found: list[tuple[str, Handler]] = [
            (rf"{B}{self.month_g('m')}\s+{self.day('d')},?\s+{yj}{self.year('y')}{E}", _dmy),
            (rf"{B}{self.month_g('m')}/{self.day('d')}(?![\d/]|\.\d)", _dmy),
            (rf"{B}{NOT_AFTER_MONEY}(?:{self.day('d')}\s+{dmj})?{self.month_g('m')}\s+(?P<yj>{yj})(?P<ap>['’])?"
             rf"(?P<yy>\d{{2}})(?!\w)(?=\s*(?:[,.;:!?)]|$))", _month_two_digit_year),
            # a full month name and a day in words at a clause end: "Je reviendrai Mai vingt-neuf."
            (rf"{B}{self._full_month()}\s+(?P<dn>{f['cardinals']})(?=\s*(?:[,.;:!?)]|$))", _dmy),
        ]
        prefix = f"(?:{_ci(lang['day_prefixes'])}\\s+)?" if lang["day_prefixes"] else ""
        found.append((rf"{B}(?:(?P<st>{self.starts})\s+)?{self.month_g('m')}\s+{prefix}{self.day_or_word('d1')}\s*"
                      rf"(?P<j>{self.joiners})\s*{article}{self.day_or_word('d2')}{year_opt}{E}", _day_range))
        if lang["month_first_dates"]:  # "June 15, 2020", "June the 28th 2020", "February twenty second"
            found.append((rf"{B}{self.month_g('m')}(?:[\s\-/]{prefix}(?:{self.day('d')}|(?P<dw>{f['ordinals']}))"
                          rf"|\s+(?P<dn>{f['cardinals']})){year_opt}{self.time()}{E}", _dmy))
        return found

    def _spoken_year_patterns(self) -> list[tuple[str, Handler]]:
        """Years in words: after a month ("August two thousand and fifteen") or after "in" at a clause end
        or before "and" ("in nineteen ninety six", "in tweeduizend twintig")."""
        lang, f = self.lang, self._fragments()
        coordination = self.coordination_words()
        return [
            (rf"{B}{self._full_month()}\s+(?:{f['yj']})?(?P<sy>(?>{f['cardinals']}))(?!\w)", _spoken_month_year),
            (rf"{B}(?:{_ci(lang['year_joiners'])})\s+(?P<sy>(?>{f['cardinals']}))"
             rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{coordination})\s)", _spoken_year),
        ]

    def _ordinal_month_pattern(self) -> str:
        """A day and a month said as ordinals, at least one in words ("siebter 4.", "7. vierter",
        "den siebenundzwanzigsten zwölften"), after an optional weekday, with an optional year."""
        lang, f = self.lang, self._fragments()
        weekday = rf"(?:(?:{_ci(lang['weekdays'])}),?\s+(?:{_ci(lang['articles'])}\s+)?)?"
        return (rf"{B}{weekday}(?:(?>(?P<d>[0-3]?\d)\.)|(?P<dw>{f['ordinals']}))(?:\s+|\s*/\s*)"
                rf"(?:(?>(?P<mm>0?[1-9]|1[0-2])\.)(?!\s+[^\W\d_]*[A-ZÄÖÜ])|(?P<mw>{f['ordinals']}))(?!\w)"
                rf"(?:\s+{self.year('y')})?")  # "der zweite 3. Platz" is a rank

    def _odd_order_patterns(self) -> list[tuple[str, Handler]]:
        """Numeric ranges ("10/1-11/2/2017", "from 5/1-5/7, 2020"), day and month alone when unambiguous
        ("29/2", "22/04"), day month year with spaces ("18 08 1978"), and any order of a month name, a day
        and a year with one separator ("Sep-23-2020", "2020/23/Sep")."""
        day_month = r"(?P<{0}>\d{{1,2}})/(?P<{1}>\d{{1,2}})"
        month, day, year, end = self.month_g("m"), self.day("d"), self.year("y"), r"(?![\w/]|-\d)"
        return [
            (rf"(?<![\w/.\-]){day_month.format('a', 'b')}(?:/{self.year('y1')})?\s*[-–]\s*"
             rf"{day_month.format('c', 'e')}(?:(?:/|,\s*){year})?{end}", _numeric_range),
            (rf"(?<![\w/.\-])(?P<a>\d{{1,2}})(?P<sep>[-.])(?P<b>\d{{1,2}})(?P=sep){self.year('y1')}\s*[-–]\s*"
             rf"(?P<c>\d{{1,2}})(?P=sep)(?P<e>\d{{1,2}})(?P=sep){year}(?![\w/]|-\d)", _numeric_range),
            (rf"(?<![\w/.\-,]){day_month.format('a', 'b')}(?![\w/]|[.,]\d|-\d)", _unambiguous_day_month),
            (rf"(?<![\d+])(?<!\d\s)(?P<a>\d{{1,2}}) (?P<b>\d{{1,2}}) {year}(?!\s?\d)", _numeric),
            (rf"{B}{month}(?P<sep>[-/]){day}(?P=sep){year}{E}", _dmy),
            (rf"{B}{month}(?P<sep>[-/]){year}(?P=sep){day}{E}", _dmy),
            (rf"{B}{year}(?P<sep>[-/]){day}(?P=sep){month}{E}", _dmy),
            (rf"{B}{day}(?P<sep>[-/]){year}(?P=sep){month}{E}", _dmy),
        ]

    def _period_patterns(self) -> list[tuple[str, Handler]]:
        """Qualified years, quarters and halves, decades, holidays."""
        lang, f = self.lang, self._fragments()
        quals = _ci(lang["period_qualifiers"]) if lang["period_qualifiers"] else r"(?!x)x"
        found: list[tuple[str, Handler]] = [
            (rf"{B}(?P<qual>{quals})[\s\-]?\s*{self.year('y')}(?![.,]\d|-\d|\w)", _year),
        ]
        periods = {**lang["quarter_words"], **{k: -v for k, v in lang["half_words"].items()}}
        if periods:
            qj = _ci(lang["quarter_joiners"]) if any(lang["quarter_joiners"]) else ""
            period = rf"(?P<q>{_ci(periods)})"
            found.append((rf"{B}{period}(?:\s+(?:{qj}\s+)?|-){self.year('y')}{E}", _quarter))
            found.append((rf"{B}{self.year('y')}(?:\s+|-){period}{E}", _quarter))
            # "the first quarter of next year", "het eerste kwartaal van het jaar", "next year's first quarter"
            found.append((rf"{B}{period}\s+{self._of_year(self.directions())}{E}", _quarter))
            if lang["possessive_endings"]:
                years = _ci(w for w, unit in lang["relative_units"].items() if unit == "year")
                found.append((rf"{B}(?P<dir>{self.directions()})\s+(?P<yu>{years})(?:{_ci(lang['possessive_endings'])})"
                              rf"\s+{period}{E}", _quarter))
        if lang["decade_prefixes"] or lang["decade_suffixes"]:
            before = f"(?:(?P<dp>{_ci(lang['decade_prefixes'])})\\s+)?" if lang["decade_prefixes"] else ""
            after = f"(?P<ds>{_ci(lang['decade_suffixes'])})?" if lang["decade_suffixes"] else ""
            found.append((rf"{B}{before}(?P<dec>(?:1[89]|20)\d0){after}{E}", _decade))
        if lang["century_words"]:  # "the 21st century", "de 15e eeuw", "le XXe siècle", "im 19. Jahrhundert"
            found.append((rf"{B}(?:(?P<c>[12]?\d){self.ordinal}|(?P<roman>[XVI]{{1,5}}){self.ordinal}|"
                          rf"(?P<dw>{f['ordinals']}))\s+(?:{_ci(lang['century_words'])}){E}", _century))
        if lang["holidays"]:
            holidays = alternation(set(lang["holidays"]) | {h[:1].upper() + h[1:] for h in lang["holidays"]})
            found.append((rf"{B}(?P<hol>{holidays})(?:\s+{f['yj']}{self.year('y')})?{E}", _holiday))
            found.append((rf"{B}(?P<hol>{_ci(lang['holidays'])})\s+{f['yj']}{self.year('y')}{E}",
                          _holiday))  # "easter 2018": lower case only with a year
        return found

    def _relative_patterns(self) -> list[tuple[str, Handler]]:
        """Relative days, units, months and weekdays, spans and offsets, resolved against the publication date."""
        lang, f = self.lang, self._fragments()
        dirs = self.directions()
        found: list[tuple[str, Handler]] = [(rf"{B}(?P<dir>{dirs})\s+{self.month_g('m')}{E}", _relative_month)]
        if lang["relative_days"]:
            lower = set(lang["relative_days_lowercase"])  # German "morgen" (tomorrow), not "Morgen" (morning)
            days = f"{alternation(lower)}|{_ci(w for w in lang['relative_days'] if w not in lower)}"
            found.append((rf"{B}(?P<rd>{days}){E}", _relative_day))
        if lang["offset_units"]:
            found.append((self._offset_pattern(), _offset))
            found.append((self._span_pattern(), _relative_span))
        if lang["relative_units"]:
            found += self._relative_unit_patterns(dirs)
        found += self._weekday_patterns(dirs)
        if lang["period_edges"] and lang["offset_units"]:
            found.append((self._part_of_year_pattern(dirs), _part_of_year))
        if lang["week_number_words"]:  # "week 31", "KW 12 2025", "week 27 of last year"
            not_counted = rf"(?!\s+(?:{_ci(lang['offset_units'])}){E})"  # "a week 52 weeks a year"
            found.append((rf"{B}(?:{_ci(lang['week_number_words'])})\s+(?P<wk>[1-9]|[1-4]\d|5[0-3])(?!\d)"
                          rf"{not_counted}(?:\s+{self._of_year(dirs)})?{E}", _week_number))
        if lang["ordinal_words"]:  # "the third month of 2021", "the 9th month of next year"
            units = _ci(w for w, unit in lang["relative_units"].items() if unit in ("week", "month"))
            found.append((rf"{B}(?:(?P<dw>{f['ordinals']})|(?P<d>\d{{1,2}}){self.ordinal})\s+(?P<unit>{units})\s+"
                          rf"{self._of_year(dirs)}{E}", _nth_of_year))
        found += self._days_of_relative_month(dirs)
        if lang["present_words"]:  # "between Jan 2019 and now": only as the end of a range
            found.append((rf"{B}(?P<now>{_ci(lang['present_words'])}){E}", _present))
        if lang["holidays"]:  # "last Easter", "volgende Koningsdag"; "Independence Day of this year"
            found.append((rf"{B}(?P<dir>{dirs})\s+(?P<hol>{_ci(lang['holidays'])}){E}", _relative_holiday))
            found.append((rf"{B}(?P<hol>{_ci(lang['holidays'])})\s+{self._of_year(dirs)}{E}", _holiday))
        if lang["month_prepositions"] or lang["period_qualifiers"]:  # "in April", "mid-November", "seit August"
            preps = _ci(lang["month_prepositions"] + lang["range_starts"] + lang["range_joiners"])
            quals = _ci(lang["period_qualifiers"]) if lang["period_qualifiers"] else r"(?!x)x"
            found.append((rf"{B}(?:(?:{preps})\s+{f['article']}|(?=(?:{quals})))(?P<body>{f['qual']}{self._full_month()})"
                          rf"{E}", _lone_month))  # "in (the) April"
        return found

    def _days_of_relative_month(self, dirs: str) -> list[tuple[str, Handler]]:
        """"the 15th of next month", "le 20 du mois prochain", "nächsten Monat vom 4. bis zum 23.",
        "from 4-23 next month": days of the month named relative to the publication date."""
        lang, f = self.lang, self._fragments()
        months = _ci(w for w, unit in lang["relative_units"].items() if unit == "month")
        post = self.postposed()
        the = rf"(?:{_ci(lang['articles'])})\s+" if lang["articles"] else r"(?!x)x"
        relative = (rf"(?:{f['article']}(?:(?P<dir>{dirs})\s+(?P<unit>{months})|(?P<unit2>{months})\s+(?P<dir2>{post}))"
                    rf"|{the}(?P<unit3>{months})){E}")  # "of next month", "du mois prochain", "of the month"
        of = _ci(lang["period_part_words"] + lang["day_month_joiners"] + lang["month_prepositions"])
        start = rf"(?:(?P<st>{self.starts})\s+{f['article']})?"
        days = rf"{self.day('d1')}(?:\s*(?P<j>{self.joiners})\s*{f['article']}{self.day('d2')})?"
        one_day = rf"(?:{self.day('d')}|(?P<dw>{f['ordinals']}))(?P<dword>{f['day_word']})"
        return [
            (rf"{B}{start}(?:{days}|{one_day})\s+(?:(?:{of})\s+)?{relative}", _days_of_relative_month),
            (rf"{B}{relative}\s+(?P<st>{self.starts})\s+{f['article']}{days}(?!\w|\.\d)", _days_of_relative_month),
        ]

    def _relative_unit_patterns(self, dirs: str) -> list[tuple[str, Handler]]:
        """"last year", "earlier this month", "end of the month", "later in the year", "year to date", "the
        week after next", "la semaine dernière"."""
        lang, f = self.lang, self._fragments()
        found: list[tuple[str, Handler]] = []
        units = _ci(lang["relative_units"])
        art = rf"(?:{_ci(lang['articles'])}\s*)?"  # "l'année", "the month"
        part_of = rf"(?!\s*(?:{_ci(lang['period_part_words'])})\s+(?:\d|{_ci(lang['articles'])}\s))"
        found.append((rf"{B}{f['qual']}(?P<dir>{dirs})\s+(?P<unit>{units}){E}{part_of}", _relative_unit))
        if lang["period_qualifiers"]:  # "end of the month", "later in the year", "Ende des Jahres": the current one
            within = rf"(?:(?:{_ci(lang['period_in_words'])})\s+)?" if lang["period_in_words"] else ""
            found.append((rf"{B}(?P<qual>{_ci(lang['period_qualifiers'])})\s*{within}{art}(?P<unit>{units}){E}"
                          rf"(?!\s*\d)", _relative_unit))
        if lang["current_period_phrases"]:  # "year to date", "seit Jahresbeginn"
            found.append((rf"{B}(?P<cur>{_ci(lang['current_period_phrases'])}){E}", _current_period))
        if lang["after_next_words"]:  # "the week after next", "de week na volgende"
            found.append((rf"{B}{art}(?P<unit>{units})\s+(?P<after>{_ci(lang['after_next_words'])}){E}",
                          _relative_unit))
        if lang.get("relative_postposed"):  # "la semaine dernière", "l'an prochain"
            post = self.postposed()
            found.append((rf"{B}{f['qual']}{art}(?P<unit>{units})\s+(?P<dir>{post}){E}", _relative_unit))
        return found

    def _months(self, names: list[str]) -> str:
        """An alternation of month names; "May" the verb and "March" the noun count only capitalised."""
        if self.lang["months_case_sensitive"]:
            return f"(?:{alternation(names)})"
        ambiguous = {w.lower() for w in self.lang["lowercase_ambiguous_months"]}
        exact = alternation(m for m in names if m.lower() in ambiguous and m[:1].isupper())
        return f"(?:{exact}|(?i:{alternation(m for m in names if m.lower() not in ambiguous)}))"

    def _full_month(self) -> str:
        """Month names that do not abbreviate a longer name of the same month ("septembre", not "sept",
        which is also "seven"): a month alone must be unmistakable."""
        return rf"(?P<m>{self._months(full_names(self.lang['months']))})"

    def _weekday_patterns(self, dirs: str) -> list[tuple[str, Handler]]:
        """"next Friday", "volgende week woensdag", "nächsten Montag", "lundi prochain" (full names only:
        "this Sun" and "deze do" are not dates)."""
        lang = self.lang
        names = [w for w in lang["weekdays"] if len(w) >= MIN_WEEKDAY_NAME]
        if not names:
            return []
        weekday = rf"(?P<wd>{_ci(names)})"
        nearest = list(lang["relative_nearest"])
        weeks = _ci(w for w, unit in lang["relative_units"].items() if unit == "week")
        found: list[tuple[str, Handler]] = [
            (rf"{B}(?P<dir>{_ci(nearest)}|{dirs})\s+(?:(?P<unit>{weeks})\s*[-–,]?\s*)?{weekday}{E}", _relative_weekday)]
        if lang.get("relative_postposed"):
            post = self.postposed()
            found.append((rf"{B}{weekday}\s+(?P<dir>{post}){E}", _relative_weekday))
        found.append((self._weekday_of_week(weekday, dirs, weeks), _relative_weekday))
        found.append((self._weekday_and_day(weekday), _weekday_and_day))
        f = self._fragments()  # "le 25 mardi", "le vingt-cinq mardi": the day first, at a clause end
        found.append((rf"{B}(?P<pre>{_ci(lang['day_prefixes'])})\s+(?:(?>{self.day('d')})|(?P<dn>{f['cardinals']}))\s+"
                      rf"{weekday}(?=\s*(?:[,.;:!?)]|$))", _weekday_and_day))
        return found

    def _weekday_of_week(self, weekday: str, dirs: str, weeks: str) -> str:
        """"Tuesday of next week", "dinsdag van volgende week", "mardi de la semaine prochaine",
        "Dienstag nächster Woche"."""
        lang, f = self.lang, self._fragments()
        of = f"(?:{_ci(lang['period_part_words'])}\\s+)?" if lang["period_part_words"] else ""
        post = self.postposed()
        return (rf"{B}{weekday}\s+{of}{f['article']}(?:(?P<dir>{dirs})\s+(?P<unit>{weeks})"
                rf"|(?P<unit2>{weeks})\s+(?P<dir2>{post})){E}")

    def _weekday_and_day(self, weekday: str) -> str:
        """"Tuesday the 11th", "Monday 21.", "dinsdag de elfde", "mardi 25", "Dienstag, den 25.": a weekday
        and a day with no month (resolved to the nearest such day around the publication date). A bare
        number needs a marker: an ordinal, an article or punctuation after it ("on Monday 21 people" is
        no date)."""
        lang, f = self.lang, self._fragments()
        prefix = _ci(lang["articles"] + lang["day_prefixes"])
        day = r"(?P<d>[0-3]?\d)(?!\d)"
        marked = rf"(?:{_ci(lang['ordinal_suffixes'])})(?!\w)" if lang["ordinal_suffixes"] else r"(?!x)x"
        no_month = (rf"(?!\s*[-/.:]\s*\d)(?!\s*\d{{1,2}}[./])(?!\s*{f['dmj']}{self.month})"
                    rf"(?!\s+(?:{f['ordinals']})(?!\w))")  # not "Donnerstag, 18. 7.", "Dienstag 5:0"
        joiners = self.worded_time_joiners()  # "Monday the 27th at six pm"
        clock = rf"(?:\d{{1,2}}|{self.spelled()})(?:[:.]\d\d)?\s*(?:{self.hour_words}|{self.meridiem})(?!\w)"
        return (rf"{B}{weekday},?\s+(?:(?P<pre>{prefix})\s+)?(?:(?>{day}(?P<mark>{marked})?)|(?P<dw>{f['ordinals']}))"
                rf"(?!\w){no_month}(?P<end>(?=\s*[,.;:!?)](?!\d)|\s*$|\s+(?:{joiners})\s|\s+{clock}))?")

    def _part_of_year_pattern(self, dirs: str) -> str:
        """"the first six months of 2021", "de laatste drie weken van dit jaar", "les neuf premiers mois de
        2019", "in den ersten neun Monaten 2021"."""
        lang = self.lang
        amount = self.amount()
        edges, units = _ci(lang["period_edges"]), _ci(lang["offset_units"])
        return (rf"{B}(?:(?P<edge>{edges})\s+(?:(?P<n>{amount})\s+)?|(?P<n2>{amount})\s+(?P<edge2>{edges})\s+)"
                rf"(?P<unit>{units})\s+{self._of_year(dirs)}{E}")

    def _of_year(self, dirs: str) -> str:
        """"of 2021", "van dit jaar", "des Jahres 2020", "of next year": a stated or relative year."""
        lang, f = self.lang, self._fragments()
        years = _ci(w for w, unit in lang["relative_units"].items() if unit == "year")
        part_of = f"(?:{_ci(lang['period_part_words'])}\\s+)?" if lang["period_part_words"] else ""
        return (rf"{part_of}{f['article']}(?:(?:{years})\s+)?"
                rf"(?:{self.year('y')}|(?:(?P<dir>{dirs})\s+)?(?P<yu>{years}))")  # "of the year": this one

    def _span_pattern(self) -> str:
        """"the next 3 days", "de afgelopen vijf jaar", "les dix derniers mois", "in den letzten 5 Jahren",
        "within 9 months"."""
        lang = self.lang
        amount = self.amount()
        dirs = self.last_or_next()
        after = _ci(lang["relative_after_number"])  # "les 3 prochaines semaines", not "only 3 next week"
        part_of = rf"(?!\s*(?:{_ci(lang['period_part_words'])})(?:\s|(?<=['’])))"  # "the last 3 weeks of 2019"
        within = _ci(lang["span_within"])  # "within 9 months": from the publication date on
        return (rf"{B}(?:(?P<dir>{dirs})\s+(?P<n>{amount})|(?P<n2>{amount})\s+(?P<dir2>{after})"
                rf"|(?P<within>{within})\s+(?:{self._fragments()['article']}(?:{_ci(lang['relative_next'])})\s+)?"
                rf"(?P<n3>{amount}))\s+(?P<unit>{_ci(lang['offset_units'])}){E}{part_of}")

    def _offset_pattern(self) -> str:
        """"2 days ago", "il y a 3 semaines", "vor 2 Tagen", "over 3 weken", "in 3 weeks"."""
        lang = self.lang
        markers = {key: _ci(lang[key]) if lang[key] else r"(?!x)x"
                   for key in ("offset_past_before", "offset_past_after", "offset_future_before")}
        amount = rf"(?:(?P<qty>{_ci(lang['quantity_words'])})\s+)?(?P<n>{self.amount()})"  # "il y a environ 3 ans"
        units = _ci(lang["offset_units"])
        # "2 weeks and 2 days ago": more counts joined by "and"
        more = rf"(?P<more>(?:,?\s+(?:{self.coordination_words()})\s+{self.amount()}\s+(?:{units}))*)"
        return (rf"{B}(?:(?P<pb>{markers['offset_past_before']})\s+|(?P<fb>{markers['offset_future_before']})\s+)?"
                rf"{amount}\s+(?P<unit>{units}){more}(?:\s+(?P<pa>{markers['offset_past_after']}))?{E}")

    def coordination_words(self) -> str:
        """"and", "en", "et", "und": words that join counts or dates (not "&" or ",")."""
        return _ci(w for w in self.lang["coordination"] if w[:1].isalpha())

    def month_number(self, name: str) -> int:
        key = name.lower()
        return self.months[key] if key in self.months else self.months[key.rstrip(".")]


def _count(word: str, pats: DatePatterns) -> int:
    """A number of units in figures or words ("3", "drei", "three")."""
    if word.isdigit():
        return int(word)
    counted = pats.table["count_words"].get(word.lower())
    return int(counted) if counted is not None else int(spelled_value(word, pats.lang.code))


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.groupdict().get(group)
    return int(value) if value else None


def _single(kind: str, date: PartialDate, match: re.Match[str]) -> Candidate | None:
    return Candidate(match.start(), match.end(), kind, date) if date.is_valid() else None


def _iso(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    date = PartialDate(int(m["y"]), int(m["m"]), int(m["d"]), *_hour(m))
    return _single("datetime" if m["hh"] else "date", date, m)


def _day_month(a: int, b: int, pats: DatePatterns) -> tuple[int, int]:
    if a > 12 or (pats.lang["numeric_date_order"] != "mdy" and b <= 12):
        return a, b
    return b, a


def _hour(m: re.Match[str]) -> tuple[int | None, int | None]:
    groups = m.groupdict()
    if not groups.get("hh"):
        return None, None
    hour = int(groups["hh"])
    minute = int(groups.get("mi") or groups.get("mi2") or 0)
    ampm = next((groups[g] for g in ("ampm1", "ampm2", "ampm3") if groups.get(g)), "").lower()
    ampm = ampm.replace(".", "").replace(" ", "")
    evening = any(groups.get(g) for g in ("pm1", "pm2", "pm3", "pmw1", "pmw2", "pmw3"))
    if (ampm == "pm" or evening) and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


def _numeric(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    day, month = _day_month(int(m["a"]), int(m["b"]), pats)
    hour, minute = _hour(m)
    return _single("datetime" if hour is not None else "date", PartialDate(int(m["y"]), month, day, hour, minute), m)


def _numeric_partial(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"op 22/04", "am 22.04.": day and month without a year, only after a date word (not fractions)."""
    day, month = _day_month(int(m["a"]), int(m["b"]), pats)
    date = PartialDate(None, month, day)
    return Candidate(m.start("a"), m.end(), "partial", date) if date.is_valid() else None


ROUND_THE_CLOCK = ("24", "7")  # "open 24/7" is not the 24th of July


def _unambiguous_day_month(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"29/2", "22/04" (or "2/29" in month-first languages) alone: only when the day cannot be a month,
    so that fractions ("1/3 of the budget") and "24/7" are not dates."""
    if not _unambiguous(int(m["a"]), int(m["b"]), pats) or (m["a"], m["b"]) == ROUND_THE_CLOCK:
        return None
    day, month = _day_month(int(m["a"]), int(m["b"]), pats)
    return _single("partial", PartialDate(None, month, day), m)


def _unambiguous(a: int, b: int, pats: DatePatterns) -> bool:
    """Whether "a/b" can only be read as a day and a month in the language's order (the day above 12)."""
    day, month = (b, a) if pats.lang["numeric_date_order"] == "mdy" else (a, b)
    return day > 12 and month <= 12


def _numeric_range(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"10/1-11/2/2017", "5/1/2019-5/7/2020", "28/2-1/3": two numeric days, the year (if any) at the end."""
    first_day, first_month = _day_month(int(m["a"]), int(m["b"]), pats)
    last_day, last_month = _day_month(int(m["c"]), int(m["e"]), pats)
    year = _int(m, "y")
    first_year = _int(m, "y1") or year
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


FUTURE_YEARS = 10  # a two-digit year may lie this far after publication ("15.05.99" is 1999, "23/06/18" 2018)


def _numeric_two_digit_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    day_, month = _day_month(int(m["a"]), int(m["b"]), pats)
    return _single("date", PartialDate(_full_year(int(m["yy"]), ref), month, day_), m)


def _full_year(yy: int, ref: str | None) -> int:
    """A two-digit year: in the 2000s unless that is more than ten years after publication (or today)
    ("23/06/18" is 2018, "03/18/40" and "juillet 98" are in the 1900s)."""
    latest = (nd.reference_year(ref) or dt.date.today().year) + FUTURE_YEARS
    return 2000 + yy if 2000 + yy <= latest else 1900 + yy


MAX_DAY = 31


def _month_two_digit_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"juillet 98", "15 April of 87", "April '19": a two-digit year after a month, only when it cannot be a
    day ("April 15." is the 15th) or is marked as a year."""
    yy = int(m["yy"])
    if yy <= MAX_DAY and not (m["ap"] or m["yj"]):
        return None
    month = pats.month_number(m["m"])
    if m["d"]:
        return _single("date", PartialDate(_full_year(yy, ref), month, int(m["d"])), m)
    return _single("month", PartialDate(_full_year(yy, ref), month), m)


def _spoken_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    year = spoken_year(m["sy"], pats.lang.code)
    date = PartialDate(year)
    return Candidate(m.start("sy"), m.end(), "year", date) if year and date.is_valid() else None


def _relative_month(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"this September", "next May", "vorige maand" is a unit; "last March" is the latest March before."""
    when = nd.reference_date(ref)
    if when is None:
        return None
    month = pats.month_number(m["m"])
    return Candidate(m.start(), m.end(), "relative", value=f"{_relative_month_year(m['dir'], month, when, pats):04d}"
                     f"-{month:02d}")


def _relative_month_year(word: str, month: int, when: dt.date, pats: DatePatterns) -> int:
    """The year of "next May" (the first May after publication), "last March", "this September"."""
    direction = word.lower()
    if direction in pats.words["relative_next"] and month <= when.month:
        return when.year + 1
    if direction in pats.words["relative_last"] and month >= when.month:
        return when.year - 1
    return when.year


def _decade(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"the 1990s", "de jaren 1990", "les années 1990", "die 1990er Jahre": 1990/1999."""
    if not (m.groupdict().get("dp") or m.groupdict().get("ds")):
        return None  # a year alone is a year
    start = int(m["dec"])
    return Candidate(m.start(), m.end(), "range", PartialDate(start), PartialDate(start + 9))


ROMAN = {"I": 1, "V": 5, "X": 10}
MAX_CENTURY = 21  # centuries are named up to the current one (years before MIN_YEAR are fine here)


def _roman(numeral: str) -> int:
    values = [ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _century(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"the 21st century" is 2000/2099 (as the suite and common usage count it, not 2001/2100)."""
    if m["c"]:
        number = int(m["c"])
    elif m["roman"]:
        number = _roman(m["roman"])
    else:
        number = pats.table["ordinal_words"][m["dw"].lower()]
    if not 1 <= number <= MAX_CENTURY:
        return None
    start = (number - 1) * 100
    return Candidate(m.start(), m.end(), "range", value=f"{start:04d}/{start + 99:04d}")


SHORT_UNITS = ("day", "workday", "week", "fortnight")  # "in a week" is a date; "in a year" mostly a duration


def _offset(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """A day counted from the publication date; a bare "3 weeks" is a duration, not a date."""
    when = nd.reference_date(ref)
    past, future = bool(m["pb"] or m["pa"]), bool(m["fb"])
    if when is None or past == future:
        return None
    long_unit = pats.table["offset_units"][m["unit"].lower()] not in SHORT_UNITS
    if future and (m["qty"] or (m["n"].lower() in pats.table["count_words"] and long_unit)):
        return None  # "the first time in more than 30 years", "lowest in a decade": how long, not when
    start, parts = m.start(), [(m["n"], m["unit"])]
    more = list(pats.count_unit.finditer(m.string, m.start("more"), m.end("more"))) if m["more"] else []
    if more and pats.span_word_before.search(m.string[max(0, m.start() - 20): m.start()]):
        start, more = more[-1].start(), more[-1:]  # "the last 3 months and 2 days ago": only "2 days ago"
        parts = []
    day_ = when
    for count, unit_word in parts + [(c[1], c[2]) for c in more]:
        amount = _count(count, pats)
        day_ = dt.date.fromisoformat(nd.shift(day_, pats.table["offset_units"][unit_word.lower()],
                                              -amount if past else amount))
    return Candidate(start, m.end(), "relative", value=nd.day(day_))


def _holiday(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"Easter 2018", "Fastnachtssonntag im nächsten Jahr", "Christmas" (the one nearest to publication)."""
    rule = pats.table["holidays"][m["hol"].lower()]
    when = nd.reference_date(ref)
    if when is not None and not (m.groupdict().get("y") or m.groupdict().get("yu")):
        value = nd.nearest_holiday(rule, when)  # "three months after Easter" said in November: next Easter
    else:
        value = nd.holiday_value(rule, _stated_year(m, pats, ref))
    return Candidate(m.start(), m.end(), "date", value=value) if value else None


def _relative_holiday(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"next Easter" is the first one after the publication date, "last Christmas" the last one before."""
    when = nd.reference_date(ref)
    if when is None:
        return None
    rule, direction = pats.table["holidays"][m["hol"].lower()], _direction(m["dir"], pats)
    year = when.year
    value = nd.holiday_value(rule, year)
    if direction > 0 and value is not None and value <= nd.day(when):
        value = nd.holiday_value(rule, year + 1)
    elif direction < 0 and value is not None and value >= nd.day(when):
        value = nd.holiday_value(rule, year - 1)
    return Candidate(m.start(), m.end(), "relative", value=value) if value else None


def _year_month(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"2015-12", "12/2015"; "2011-12" is the years 2011 to 2012 (a season or a fiscal year)."""
    if len(m["mm"]) == 2 and m["mm"][0] == "1" and m.string[m.start("mm") - 1] == "-" \
            and nd.two_digit_year(int(m["y"]), m["mm"]) is not None:
        return None
    return _single("month", PartialDate(int(m["y"]), int(m["mm"])), m)


def _month_range(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"May to Oct 2020", "from Nov to March", "van mei tot juli": without a year, only after a range word
    or between two full month names (so that "Jan-Feb" in a table header is no range)."""
    if _coordinated_without_between(m, pats):
        return None
    first, last = pats.month_number(m["m1"]), pats.month_number(m["m"])
    when = nd.reference_date(ref)
    if m["dir"] and when is not None:  # "from this May to Oct 2020": the first month is placed relative
        start = PartialDate(_relative_month_year(m["dir"], first, when, pats), first)
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


def _ordinal_month(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    if not (m["dw"] or m["mw"]):
        return None  # figures alone are the numeric patterns' job
    month = int(pats.table["ordinal_words"][m["mw"].lower()]) if m["mw"] else int(m["mm"])
    return _single("date" if m["y"] else "partial", PartialDate(_int(m, "y"), month, _day_number(m, pats)), m)


def _spoken_day_and_year(m: re.Match[str], pats: DatePatterns) -> Candidate | None:
    found = spoken_day_and_year(m["dn"], pats.lang.code)
    date = PartialDate(found[1], pats.month_number(m["m"]), found[0]) if found else None
    return _single("date", date, m) if date is not None else None


def _spoken_month_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"August two thousand and fifteen": a full month name and a year in words."""
    if pats.day_before.search(m.string[max(0, m.start() - 40): m.start()]):
        return None  # "twenty five January nineteen eighty six": the day's pattern takes the year
    year = spoken_year(m["sy"], pats.lang.code)
    return _single("month", PartialDate(year, pats.month_number(m["m"])), m) if year else None


def _spelled_day_fits(m: re.Match[str], pats: DatePatterns) -> bool:
    """A day in words goes with a full month name and a space: "vingt-neuf mai", not "vingt-sept" (27)."""
    between = m.string[min(m.end("dn"), m.end("m")): max(m.start("dn"), m.start("m"))]
    return m["m"].lower() in pats.full_months and not re.search(r"[-/]", between)


def _day_number(m: re.Match[str], pats: DatePatterns, figures: str = "d", words: str = "dw") -> int:
    """The day of a match in figures (group ``figures``), as an ordinal word (group ``words``: "eleventh")
    or as a number word ("dn": "negenentwintig")."""
    groups = m.groupdict()
    if groups.get(words):
        return int(pats.table["ordinal_words"][groups[words].lower()])
    if groups.get("dn"):
        return _count(groups["dn"], pats)
    return int(groups[figures])


def _dmy(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    if m.groupdict().get("dn") and not _spelled_day_fits(m, pats):
        return None
    if m.groupdict().get("dn") and not 1 <= _count(m["dn"], pats) <= MAX_DAY:
        return _spoken_day_and_year(m, pats)  # "January twenty five nineteen eighty six"
    hour, minute = _hour(m)
    date = PartialDate(_int(m, "y"), pats.month_number(m["m"]), _day_number(m, pats), hour, minute)
    kind = "datetime" if date.hour is not None else ("date" if date.year is not None else "partial")
    return _single(kind, date, m)


def _coordinated_without_between(m: re.Match[str], pats: DatePatterns) -> bool:
    """"1 and 3 June" are two dates; "between 1 and 3 June" is a range."""
    joiner = (m.groupdict().get("j") or "").lower()
    start = (m.groupdict().get("st") or "").lower()
    return joiner in pats.coordination and start not in pats.between


def _day_range(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    if _coordinated_without_between(m, pats):
        return None
    month, year = pats.month_number(m["m"]), _int(m, "y")
    first = PartialDate(year, month, _day_number(m, pats, "d1", "d1w"))
    last = PartialDate(year, month, _day_number(m, pats, "d2", "d2w"))
    if not (first.is_valid() and last.is_valid()) or first.day >= last.day:  # type: ignore[operator]
        return None
    return Candidate(m.start(), m.end(), "range", first, last)


def _month_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    return _single("month", PartialDate(int(m["y"]), pats.month_number(m["m"])), m)


MAX_SHORT_RANGE_YEARS = 10  # "2021-25" is a range; "2015-32" is not (a plan spans a few years)


def _year_range(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    first = int(m["y1"])
    last = nd.two_digit_year(first, m["y2"] or m["y2s"])
    limit = 100 if m["y2"] else MAX_SHORT_RANGE_YEARS
    if last is None or not PartialDate(last).is_valid() or last - first > limit:
        return None
    return Candidate(m.start(), m.end(), "range", PartialDate(first), PartialDate(last))


def _year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    before = m.string[max(0, m.start() - 16): m.start()]
    counted = not m.groupdict().get("qual") and pats.quantity_before.search(before) \
        and not pats.year_context_after.match(m.string, m.end())
    if NUMBER_PREFIX.search(before) or counted:
        return None  # "No. 1952", "more than 2000 participants" (but "etwa 2019 in Berlin" is a year)
    return _single("year", PartialDate(int(m["y"])), m)


def _quarter(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """Quarters ("Q1 2020", "2017-q1", "first quarter of 2020") and halves ("2019 H2", "first half of 2020")."""
    quarters, halves = pats.table["quarter_words"], pats.table["half_words"]
    year, word = _stated_year(m, pats, ref), m["q"].lower()
    if year is None:
        return None
    if word in quarters:
        return Candidate(m.start(), m.end(), "range", value=nd.quarter_value(year, quarters[word]))
    first = 1 if halves[word] == 1 else 7
    return Candidate(m.start(), m.end(), "range", value=f"{year:04d}-{first:02d}/{year:04d}-{first + 5:02d}")


def _ymd(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"2019/aug/01", "2016 10 16", "20161016": year first."""
    month = int(m["mm"]) if m.groupdict().get("mm") else pats.month_number(m["m"])
    date = PartialDate(int(m["y"]), month, int(m["d"]), *_hour(m))
    return _single("datetime" if date.hour is not None else "date", date, m)


def _relative_day(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    when = nd.reference_date(ref)
    if when is None:
        return None
    offsets = pats.table["relative_days"]
    return Candidate(m.start(), m.end(), "relative", value=nd.shift_days(when, offsets[m["rd"].lower()]))


def _direction(word: str | None, pats: DatePatterns) -> int:
    """-1 for "last", 1 for "next", 0 for "this" (or no word), -2/2 for "vorletzte"/"overvolgende"."""
    word = (word or "").lower()
    if word in pats.table["relative_offsets"]:
        return int(pats.table["relative_offsets"][word])
    return -1 if word in pats.words["relative_last"] else (1 if word in pats.words["relative_next"] else 0)


AFTER_NEXT = 2  # "the week after next" is two weeks on


def _relative_unit(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"last year", "earlier this month", "next quarter", "la semaine dernière", "end of the month"."""
    when = nd.reference_date(ref)
    if when is None:
        return None
    unit = pats.table["relative_units"][m["unit"].lower()]
    word = (m.groupdict().get("dir") or "").lower()
    direction = AFTER_NEXT if m.groupdict().get("after") else _direction(word, pats)
    if word in pats.words["relative_trailing"] or (unit == "decade" and direction < 0):
        # "the past year" is the twelve months before; "the last decade" the ten years before
        return Candidate(m.start(), m.end(), "relative", value=nd.span_around(when, unit, -1))
    return Candidate(m.start(), m.end(), "relative", value=nd.relative_period(when, unit, direction))


def _current_period(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"year to date", "jaar tot op heden": the current year or month."""
    when = nd.reference_date(ref)
    if when is None:
        return None
    unit = pats.table["current_period_phrases"][m["cur"].lower()]
    return Candidate(m.start(), m.end(), "relative", value=nd.relative_period(when, unit, 0))


def _relative_weekday(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"next Friday" is the Friday of next week; "this coming Friday" / "aanstaande vrijdag" the first one."""
    when = nd.reference_date(ref)
    if when is None:
        return None
    groups = m.groupdict()
    weekday, word = pats.table["weekdays"][m["wd"].lower()], (groups.get("dir") or groups.get("dir2") or "").lower()
    unit = groups.get("unit") or groups.get("unit2")
    if unit and pats.table["relative_units"][unit.lower()] != "week":
        return None
    if word in pats.table["relative_nearest"] and not unit:
        value = nd.nearest_weekday(when, weekday, int(pats.table["relative_nearest"][word]))
    else:
        value = nd.weekday_in_week(when, weekday, _direction(word, pats))
    return Candidate(m.start(), m.end(), "weekday", value=value)


WEEKDAY_DAY_SEARCH_MONTHS = 12  # "Tuesday the 11th": the nearest such day within a year of publication


def _weekday_and_day(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """A weekday and a day of the month: the date nearest to the publication date that has both."""
    when = nd.reference_date(ref)
    groups = m.groupdict()
    if when is None or not (groups["pre"] or groups.get("mark") or groups.get("end") is not None):
        return None
    if groups.get("dw") and groups.get("end") is None:
        return None  # "on Thursday the first hearing": an ordinal word is a day only at a clause end
    weekday = pats.table["weekdays"][m["wd"].lower()]
    value = nd.nearest_day_on_weekday(when, _day_number(m, pats), weekday, WEEKDAY_DAY_SEARCH_MONTHS)
    return Candidate(m.start(), m.end(), "relative", value=value) if value else None


def _days_of_relative_month(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """A day or a range of days of last, this or next month ("of the month" only with the word "day")."""
    when = nd.reference_date(ref)
    if when is None or _coordinated_without_between(m, pats):
        return None
    if m["unit3"] and not m.groupdict().get("dword"):
        return None  # "bis zum 20. des Monats" is a rule for every month; "the 31st day of the month" is this one
    month = nd.relative_period(when, "month", _direction(m["dir"] or m["dir2"], pats))
    year, month_ = int(month[:4]), int(month[5:])
    first_day = _day_number(m, pats, "d1" if m["d1"] else "d")
    first = PartialDate(year, month_, first_day)
    last = PartialDate(year, month_, int(m["d2"])) if m.groupdict().get("d2") else None
    if not first.is_valid() or (last is not None and (not last.is_valid() or last.day <= first_day)):  # type: ignore[operator]
        return None
    return Candidate(m.start(), m.end(), "range" if last else "date", first, last)


def _relative_span(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"the next 3 days", "the past five years": a range ending or starting at the publication date."""
    when = nd.reference_date(ref)
    if when is None:
        return None
    amount = _count(m["n"] or m["n2"] or m["n3"], pats)
    if amount < 1 or (m["n2"] and amount > 1 and m["unit"].lower() in pats.singular_units):
        return None  # "the 5 past years" is a span; "only 3 next week" is not
    unit = pats.table["offset_units"][m["unit"].lower()]
    if m["within"]:
        return Candidate(m.start(), m.end(), "relative", value=f"{nd.day(when)}/{nd.shift(when, unit, amount)}")
    sign = _direction(m["dir"] or m["dir2"], pats)
    return Candidate(m.start(), m.end(), "relative", value=nd.span_around(when, unit, sign * amount))


def _part_of_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """The first or last months, quarters, weeks or days of a stated or relative year."""
    year = _stated_year(m, pats, ref)
    if year is None:
        return None
    if not (m["n"] or m["n2"]) and m["unit"].lower() not in pats.table["relative_units"]:
        return None  # "the first months of 2021" says no number
    amount = _count(m["n"] or m["n2"] or "1", pats)  # "the first week of 2015"
    edge = pats.table["period_edges"][(m["edge"] or m["edge2"]).lower()]
    value = nd.part_of_year(year, pats.table["offset_units"][m["unit"].lower()], amount, edge)
    return Candidate(m.start(), m.end(), "range", value=value) if value else None


def _stated_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> int | None:
    """The year a pattern states ("2021") or names relative to the publication date ("next year"), or
    the publication year when it says none."""
    if m.groupdict().get("y"):
        return int(m["y"])
    if m.groupdict().get("yu"):
        when = nd.reference_date(ref)
        return when.year + _direction(m["dir"], pats) if when else None
    return nd.reference_year(ref)


def _week_number(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"week 31" (of the publication year), "KW 12 2025": the ISO week, Monday to Sunday."""
    year = _stated_year(m, pats, ref)
    if year is None or int(m["wk"]) > dt.date(year, 12, 28).isocalendar()[1]:
        return None
    monday = dt.date.fromisocalendar(year, int(m["wk"]), 1)
    return Candidate(m.start(), m.end(), "range", value=f"{nd.day(monday)}/{nd.day(monday + dt.timedelta(days=6))}")


def _nth_of_year(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """"the third month of 2021" (March), "the 2nd week of 2021" (its second ISO week)."""
    year = _stated_year(m, pats, ref)
    n = _day_number(m, pats)
    unit = pats.table["relative_units"][m["unit"].lower()]
    if year is None or not 1 <= n <= (12 if unit == "month" else dt.date(year, 12, 28).isocalendar()[1]):
        return None
    if unit == "month":
        return Candidate(m.start(), m.end(), "month", PartialDate(year, n))
    monday = dt.date.fromisocalendar(year, n, 1)
    return Candidate(m.start(), m.end(), "range", value=f"{nd.day(monday)}/{nd.day(monday + dt.timedelta(days=6))}")


def _present(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    when = nd.reference_date(ref)
    return Candidate(m.start(), m.end(), "present", value=nd.day(when)) if when else None


def _lone_month(m: re.Match[str], pats: DatePatterns, ref: str | None) -> Candidate | None:
    """A month after a preposition or with a qualifier: "in April", "seit August", "mid-November"."""
    return Candidate(m.start("body"), m.end(), "month", PartialDate(None, pats.month_number(m["m"])))


@cache
def patterns_for(code: str | None) -> DatePatterns:
    return DatePatterns(load_language(code))


# What a handler's patterns cannot match without (spaCy style: components declare what they need): a
# pattern is skipped when the text holds no word of a category it needs (a substring test, so never
# skipped wrongly). Categories are built from the language's words in DatePatterns.triggers.
NEEDS: dict[Handler, str] = {
    _dmy: "months", _day_range: "months", _month_range: "months", _month_year: "months",
    _month_two_digit_year: "months", _relative_month: "months", _lone_month: "months",
    _relative_unit: "relative_units", _nth_of_year: "relative_units", _days_of_relative_month: "relative_units",
    _offset: "offset_units", _relative_span: "offset_units", _part_of_year: "offset_units",
    _weekday_and_day: "weekdays", _relative_weekday: "weekdays", _holiday: "holidays", _relative_holiday: "holidays",
    _century: "century_words", _current_period: "current_period_phrases", _week_number: "week_number_words",
    _present: "present_words", _relative_day: "relative_days", _quarter: "quarter_words",
    _ordinal_month: "ordinal_words",
}


def _candidates(text: str, pats: DatePatterns, ref: str | None) -> list[Candidate]:
    found = []
    lowered = text.lower()
    present = {name for name, words in pats.triggers.items() if any(w in lowered for w in words)}
    for regex, handler in pats.patterns:
        if handler in NEEDS and NEEDS[handler] not in present:
            continue
        for match in regex.finditer(text):
            candidate = handler(match, pats, ref)
            if candidate is not None:
                found.append(candidate)
    return found


def select_longest(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, the longest first (ties: the earliest)."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (-c.length, c.start)):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


def _join_ranges(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """Join "from A to B" / "A - B" / "between A and B" into one range candidate."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, cand):
            between = pats.range_between.match(text[prev.end: cand.start])
            start_word = pats.start_before.search(text[max(0, prev.start - 20): prev.start])
            said_between = start_word is not None and start_word.group(0).split()[0].lower() in pats.between
            if between and (between["j"].lower() not in pats.coordination or said_between):
                out[-1] = _joined(prev, cand, prev.start - (len(start_word.group(0)) if start_word else 0))
                continue
        out.append(cand)
    return out


def _joined(prev: Candidate, cand: Candidate, start: int) -> Candidate:
    """One range from two joinable candidates (see :func:`_joinable`)."""
    if prev.value and cand.value:  # two periods ("from Q1 2017 to Q3 2018"), or relative days
        return Candidate(start, cand.end, "range", value=f"{prev.value.split('/')[0]}/{cand.value.split('/')[-1]}")
    if prev.value:  # from a relative day: "from next Friday to Oct 1st 2020", "between now and 15 November"
        assert cand.first is not None
        last = cand.first.with_year(cand.first.year or int(prev.value[:4]))
        return Candidate(start, cand.end, "range", value=f"{prev.value}/{last.value()}")
    assert prev.first is not None
    if cand.value:  # up to a relative day: "van 01-aug-2019 tot vandaag", "between Jan 22 and now"
        first = prev.first
        if first.year is None:  # the last such day before the end
            year = int(cand.value[:4])
            first = first.with_year(year if first.with_year(year).value() <= cand.value[:10] else year - 1)
        return Candidate(start, cand.end, "range", value=f"{first.value()}/{cand.value}")
    assert cand.first is not None
    return Candidate(start, cand.end, "range", prev.first.with_year(prev.first.year or cand.first.year), cand.first)


def _single_day(cand: Candidate) -> bool:
    """A day computed from the publication date: "today", "next Friday", "now"."""
    return cand.kind in RELATIVE_DAY_KINDS and cand.value is not None and FULL_DAY.fullmatch(cand.value) is not None


def _joinable(a: Candidate, b: Candidate) -> bool:
    """Two dates of the same precision (or a year and a finer date, both with years) can form a range;
    so can a date and a relative day in either order ("from 1 August 2019 to today", "between now and
    15 November"), and two quarters or halves."""
    if a.kind == b.kind == "range" and a.value and b.value and "/" in a.value and "/" in b.value:
        return True
    if a.first is not None and (a.first.year is not None or a.first.day is not None) and not a.value \
            and not a.last and _single_day(b):
        return True
    if _single_day(a) and (_single_day(b) or (b.first is not None and b.first.day is not None and not b.last
                                               and not b.value)):
        return True
    if a.value or b.value or a.last or b.last or a.first is None or b.first is None:
        return False
    same_shape = (a.first.month is None) == (b.first.month is None) and (a.first.day is None) == (
        b.first.day is None)
    both_years = a.first.year is not None and b.first.year is not None
    return same_shape or (both_years and a.first.month is None)


FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
RELATIVE_DAY_KINDS = ("relative", "weekday", "present")
WEEKDAY_DATE_GAP = re.compile(r"[\s,(\-–]*")


def _weekdays_with_dates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"this Friday (Jun-15)", "next Friday 5/12": the stated date wins over the computed weekday."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "weekday" and cand.first is not None and cand.first.day is not None \
                and WEEKDAY_DATE_GAP.fullmatch(text[prev.end: cand.start]):
            out[-1] = Candidate(prev.start, cand.end, cand.kind, cand.first, cand.last, cand.value)
            continue
        out.append(cand)
    return out


def _weekday_ranges(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"next Thursday to Saturday", "van volgende maandag tot vrijdag": a computed weekday and a weekday
    name after a range word make a range up to the first such day after the start."""
    if pats.weekday_end is None:
        return cands
    out = []
    for cand in cands:
        end = pats.weekday_end.match(text, cand.end) if _single_day(cand) and cand.kind == "weekday" else None
        if end is None or end["j"].lower() in pats.coordination:
            out.append(cand)
            continue
        assert cand.value is not None
        first = dt.date.fromisoformat(cand.value)
        days = (pats.table["weekdays"][end["wd"].lower()] - first.isoweekday()) % 7 or 7
        said = pats.start_before.search(text[max(0, cand.start - 20): cand.start])
        start = cand.start - (len(said.group(0)) if said else 0)
        last = nd.day(first + dt.timedelta(days=days))
        out.append(Candidate(start, end.end(), "range", value=f"{cand.value}/{last}"))
    return out


def _coordinated_days(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"18-19 & 22-24 June 2020": bare days before a dated expression take its month and year."""
    extra: list[Candidate] = []
    for cand in cands:
        anchor = cand.first
        if anchor is None or anchor.day is None or cand.value:
            continue
        window_start = max(0, cand.start - 40)
        match = pats.coord_before.search(text[window_start: cand.start])
        if not match:
            continue
        first = PartialDate(anchor.year, anchor.month, int(match["d1"]))
        last = PartialDate(anchor.year, anchor.month, int(match["d2"])) if match["d2"] else None
        start = window_start + match.start()
        end = window_start + (match.end("d2") if match["d2"] else match.end("d1"))
        if first.is_valid() and (last is None or (last.is_valid() and last.day > first.day)):  # type: ignore[operator]
            extra.append(Candidate(start, end, "range" if last else "date", first, last))
    return sorted(cands + extra, key=lambda c: c.start)


def _with_times(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """Each candidate with the time of day next to it; a time already taken by the previous one is not
    taken again ("tonight at 1am, last night at 8")."""
    out: list[Candidate] = []
    for cand in cands:
        out.append(_with_time_before(text, cand, pats, out[-1].end if out else 0))
    return out


def _with_time_before(text: str, cand: Candidate, pats: DatePatterns, floor: int = 0) -> Candidate:
    """A time just before a day ("9h le 13 décembre 2018", "13:00 February 28, 2013", "20.30 vandaag"),
    or just after a relative day ("vandaag om 20.30", "today at 8.30pm")."""
    first = cand.first
    relative_day = cand.kind in ("relative", "weekday") and cand.value is not None \
        and FULL_DAY.fullmatch(cand.value) is not None
    absolute_day = first is not None and cand.last is None and not cand.value and first.day is not None \
        and first.hour is None
    if not (relative_day or absolute_day):
        return cand
    window_start = max(0, floor, cand.start - 25)
    before = pats.time_before.search(text[window_start: cand.start])
    after = None if before else _time_after(text, cand.end, pats, relative_day)
    if before:
        hour, minute = _hour(before)
        start, end = window_start + before.start(), cand.end
    elif after:
        start, (end, hour, minute) = cand.start, after
    else:
        return cand
    if hour is None:
        return cand
    if relative_day:
        said = text[cand.start: cand.end].lower()
        if EVENING_HOURS[0] <= hour <= EVENING_HOURS[1] and said in pats.words["evening_words"] \
                and not pats.meridiem_in.search(text[cand.start: end]):
            hour += 12  # "tonight at 7" (but "tonight at 1am", "tonight around 3")
        return Candidate(start, end, "relative", value=f"{cand.value}T{hour:02d}:{minute or 0:02d}")
    assert first is not None
    return Candidate(start, end, "datetime", PartialDate(first.year, first.month, first.day, hour, minute))


HOURS_A_DAY, HALF_HOUR_MAX = 24, 12  # "half tien" is 9:30: "half" counts to an hour of the clock face
EVENING_HOURS = (5, 11)  # "tonight at 7" is 19:00; "tonight at 2" is still 2 in the morning
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")


TimeFound = tuple[int, int | None, int | None]  # end of the time in the text, hour, minute


def _time_after(text: str, pos: int, pats: DatePatterns, relative_day: bool) -> TimeFound | None:
    """The end, hour and minute of a time right after a day: "om 20.30", "at 4", "11 uur 's ochtends",
    "om zes uur 's avonds", "half tien"."""
    match = (pats.time_after if relative_day else pats.marked_time_after).match(text, pos) \
        or pats.bare_hour_after.match(text, pos)
    if match:
        return (match.end(), *_hour(match))
    spoken = pats.spoken_time_after.match(text, pos)
    if not spoken:
        return None
    clause_end = CLAUSE_END.match(text, spoken.end()) is not None
    hour, minute = _spoken_clock(spoken["hw"], bool(spoken["half"]), pats)
    marked = spoken["half"] or spoken["hword"] or spoken["mword"] or spoken["part"]
    if hour is None or not (marked or ((spoken["j"] or minute) and clause_end)):
        return None  # "June 3 two people", "on 3 May at one point" are no times
    evening = spoken["pm"] or (spoken["ampm"] or "").lower().replace(".", "").replace(" ", "") == "pm"
    return spoken.end(), hour + 12 if evening and hour < 12 else hour, minute


def _spoken_clock(words: str, half: bool, pats: DatePatterns) -> tuple[int | None, int]:
    """The hour and minute of a time in words: "zes" (6:00), "half tien" (9:30), "seven twenty-seven"."""
    hour = _count(words, pats)
    if half:
        return (hour - 1, 30) if 1 <= hour <= HALF_HOUR_MAX else (None, 0)
    if 1 <= hour <= HOURS_A_DAY:
        return hour % HOURS_A_DAY, 0
    pair = spoken_pair(words, pats.lang.code, range(0, HOURS_A_DAY + 1), range(0, 60))
    return (pair[0] % HOURS_A_DAY, pair[1]) if pair else (None, 0)


def _anchor_day(cand: Candidate) -> dt.date | None:
    """The single full day a candidate names ("today", "next Monday", "20 May 2019"), if it names one."""
    first = cand.first
    if cand.value and FULL_DAY.fullmatch(cand.value):
        return dt.date.fromisoformat(cand.value)
    if first is not None and first.year is not None and first.month is not None and first.day is not None \
            and cand.last is None and not cand.value and first.hour is None:
        return dt.date(first.year, first.month, first.day)
    return None


def _with_duration_before(text: str, cand: Candidate, pats: DatePatterns) -> Candidate:
    """"for 3 days from today", "2 weeks starting May 20th", "gedurende 3 weken vanaf maandag": a stretch
    of time that starts on the day that follows (a plain "3 days from today" is one day, see offsets)."""
    anchor = _anchor_day(cand)
    if pats.duration_before is None or anchor is None:
        return cand
    window_start = max(0, cand.start - 50)
    match = pats.duration_before.search(text[window_start: cand.start])
    if not match or not (match["for"] or match["st"].lower() in pats.starting_words):
        return cand
    unit = pats.table["offset_units"][match["unit"].lower()]
    last = dt.date.fromisoformat(nd.shift(anchor, unit, _count(match["n"], pats))) - dt.timedelta(days=1)
    return Candidate(window_start + match.start(), cand.end, "range", value=f"{nd.day(anchor)}/{nd.day(last)}")


def _with_offset_before(text: str, cand: Candidate, pats: DatePatterns) -> Candidate:
    """"3 days after January 12th", "2 weeks before 13 May 1999", "4 maanden vanaf morgen": count from
    the date that follows (a full date, or a relative day)."""
    anchor = _anchor_day(cand)
    if pats.offset_before_anchor is None or anchor is None:
        return cand
    window_start = max(0, cand.start - 40)
    match = pats.offset_before_anchor.search(text[window_start: cand.start])
    if not match:
        return cand
    amount = _count(match["n"], pats)
    unit = pats.table["offset_units"][match["unit"].lower()]
    sign = -1 if match["dir"].lower() in pats.words["offset_anchor_before"] else 1
    return Candidate(window_start + match.start(), cand.end, "relative", value=nd.shift(anchor, unit, sign * amount))


def _with_spoken_year(text: str, cand: Candidate, pats: DatePatterns) -> Candidate:
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


def _in_year(cand: Candidate, ref: dt.date | None, ref_year: int | None) -> Candidate:
    """A day or month stated without a year takes the year that puts it nearest to the publication date
    (or the publication year when only that is known); a range's end without a year follows its start
    ("from November to March": March of the next year)."""
    first, last = cand.first, cand.last
    if first is None:
        return cand
    if first.year is None and first.month is not None and (ref is not None or ref_year is not None):
        placed = first.with_year(nd.nearest_year(ref, first.month, first.day) if ref is not None else ref_year)
        first = placed if placed.is_valid() else first  # 29 February and no leap year near: still unknown
    if last is not None and last.year is None and first.year is not None:
        wraps = (last.month or 0, last.day or 0) < (first.month or 0, first.day or 0)
        last = last.with_year(first.year + 1 if wraps else first.year)
    return Candidate(cand.start, cand.end, cand.kind, first, last, cand.value)


def _to_value(cand: Candidate) -> str:
    if cand.value:
        return cand.value
    assert cand.first is not None
    return cand.first.value() if cand.last is None else nd.range_value(cand.first, cand.last)


def extract_dates(text: str, language: str | None, published: str | None = None) -> list[DateValue]:
    """All calendar expressions of ``text`` with their normalised values.

    Dates without a year take the year that puts them nearest to ``published`` (else ``XXXX``); relative
    expressions are resolved against it and left out when it is unknown."""
    pats = patterns_for(language)
    cands = _weekdays_with_dates(text, select_longest(_candidates(text, pats, published)))
    cands = [c for c in _join_ranges(text, cands, pats) if c.kind != "present"]  # "now" only ends a range
    cands = _coordinated_days(text, _weekday_ranges(text, cands, pats), pats)
    ref_year = nd.reference_year(published)
    cands = [_in_year(_with_spoken_year(text, c, pats), nd.reference_date(published), ref_year) for c in cands]
    cands = select_longest([_with_offset_before(text, _with_duration_before(text, c, pats), pats)
                            for c in _with_times(text, cands, pats)])  # "in two days from today": one
    out = []
    for cand in cands:
        kind = "partial" if cand.first is not None and cand.first.year is None else cand.kind
        kind = "relative" if kind == "weekday" else kind
        out.append(DateValue(cand.start, cand.end, text[cand.start: cand.end], _to_value(cand), kind))
    return out
