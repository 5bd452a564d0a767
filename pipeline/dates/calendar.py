"""Calendar rules with month names: days and months ("21 January 2025", "June 15, 2020", "Sep-23-2020",
"negenentwintig mei", "am siebten Vierten"), ranges of days and months ("from 15 to 24 June 2020",
"November 19-20", "May to Oct 2020"), months ("March 2020", "juillet 98", "in April", "mid-November").

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`)."""

from __future__ import annotations

import datetime as dt
import re

from pipeline import config
from pipeline.dates.patterns import NEVER, NOT_AFTER_MONEY, B, DatePatterns, E, ci
from pipeline.dates.rules import (
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    coordinated_without_between,
    count,
    day_number,
    full_year,
    group_int,
    relative_month_year,
    single,
    stated_year,
    text_before,
)
from pipeline.dates.times import hour_of
from pipeline.dates.values import PartialDate
from pipeline.numbers import spoken_day_and_year
from pipeline.resources.langdata import alternation, full_names

FAMILY = "calendar"
MAX_DAY = 31


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
        return single("date", PartialDate(full_year(yy, ref), month, int(m["d"])), m)
    return single("month", PartialDate(full_year(yy, ref), month), m)


def _p_lone_month(p: DatePatterns) -> str | None:
    """"in April", "mid-November", "seit August", "in (the) April", "the month of March", "im Monat März"."""
    lang, f = p.lang, p.fragments()
    if not (lang["month_prepositions"] or lang["period_qualifiers"]):
        return None
    preps = ci(lang["month_prepositions"] + lang["range_starts"] + lang["range_joiners"])
    quals = ci(lang["period_qualifiers"]) if lang["period_qualifiers"] else NEVER
    labels = ci(lang.get("month_name_labels", [])) if lang.get("month_name_labels") else NEVER
    clear = lang.get("month_prepositions_unambiguous", [])  # "scheduled for June", not "voted for May"
    ambiguous = ci(lang["lowercase_ambiguous_months"]) if lang["lowercase_ambiguous_months"] else NEVER
    for_month = rf"|(?:{ci(clear)})\s+{f['article']}(?!(?:{ambiguous})(?!\w))" if clear else ""
    return (rf"{B}(?:(?:{preps})\s+{f['article']}{for_month}|(?:{labels})\s*|(?=(?:{quals})))"
            rf"(?P<body>{f['qual']}{p.full_month()}){E}")


def _lone_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A month after a preposition or with a qualifier: "in April", "seit August", "mid-November"."""
    return Candidate(m.start("body"), m.end(), "month", PartialDate(None, pats.month_number(m["m"])))


def _p_attributive_month(p: DatePatterns) -> str | None:
    """"the December debate", "a key September hearing", "Norway's October oil production", "October's
    conference": a month before a noun, after a determiner or a possessive (not "May" or "March": "the
    May government", "a march"); a word between only after an article ("a key September hearing", not "her
    stroke April had")."""
    dets = p.lang.get("month_determiners")
    if not dets:
        return None
    ambiguous = {w.lower() for w in p.lang["lowercase_ambiguous_months"]}
    names = [n for n in full_names(p.lang["months"]) if n.lower() not in ambiguous and n[:1].isupper()]
    possessive = ci(p.lang["possessive_endings"]) if p.lang["possessive_endings"] else NEVER
    months = alternation(names)
    articles = ci(p.lang.get("month_articles", [])) if p.lang.get("month_articles") else NEVER
    return (rf"(?:{B}(?:(?:{ci(dets)})|(?:{articles})\s+[a-z]+)\s+|(?<=\w['’]s\s))(?P<m>{months})(?:{possessive})?"
            rf"(?=\s+[a-z])"
            rf"|{B}(?P<m2>{months})(?:{possessive})(?=\s)")


def _attributive_month(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    name = m["m"] or m["m2"]
    start = m.start("m") if m["m"] else m.start("m2")
    return Candidate(start, start + len(name), "month", PartialDate(None, pats.month_number(name)))


def _p_anaphoric_month(p: DatePatterns) -> str | None:
    """"that June", "in jenem September", "in die maand": a month after a determiner that points back to a
    year named before (see extract._anaphoric_years), where the month is no modifier of a noun after it
    ("showing that May unemployment rates", "reported that October's rate"): a clause end or a linking word
    follows it (any lower-case word, the verb, in a language that puts it second: "In die september trad
    hij af")."""
    dets = p.lang.get("anaphoric_determiners")
    if not dets:
        return None
    lang = p.lang
    linkers = [*[w for w in lang["coordination"] if w[:1].isalpha()], *lang.get("alternative_words", []),
               *lang["month_prepositions"], *lang["date_prepositions"], *lang.get("year_clause_words", []),
               *lang.get("subordinators", [])]
    lower = r"|\s+[a-zà-ÿß]" if lang.get("verb_second") else ""  # "In jenem September trat er zurück"
    ambiguous = lang["lowercase_ambiguous_months"]  # "that May": capitalised only where "may" is a verb
    months = full_names(lang["months"])
    names = alternation(n for n in months if n[:1].isupper()) if ambiguous else ci(months)
    return (rf"{B}(?:{ci(dets)})\s+(?P<m>{names})"
            rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{ci(linkers)})(?!\w){lower})")


def _p_month_of_relative_year(p: DatePatterns) -> str:  # "May of this year", "mars de l'année dernière"
    return rf"{B}{p.fragments()['qual']}{p.full_month()}\s+{p.of_year(p.directions())}{E}"


def _month_of_relative_year(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A month and the year named relative to publication right after it ("as recently as May of this
    year"), where no preposition before the month makes it a month on its own."""
    if not m["yu"]:
        return None  # "May of 2019": the month-year rules
    year = stated_year(m, pats, ref)
    return single("month", PartialDate(year, pats.month_number(m["m"])), m) if year else None


# --- a day that names an event: "since September 11", "the Jan. 6 attack" -----------------------------

def named_day(text: str, cand: Candidate, ref: Reference, pats: DatePatterns) -> Candidate | None:
    """A yearless day that names an event of one year (``event_days``: 11 September is 2001's) is that day
    next to a word that makes it the event ("in the wake of September 11", "the September 11 attacks",
    "les attentats du 11 septembre", "die Anschläge vom 11. September", "de aanslagen van 11 september"),
    or after one that starts or follows a period ("since September 11", "depuis le 11 septembre", "seit dem
    11. September", "sinds 11 september") unless this year's is near publication (a deadline: "after
    September 11" in an August release). A day of ``marked_event_days`` ("the Jan. 6 riot", "l'assaut du 6
    janvier", "Sturm auf das Kapitol am 6. Januar") is the event only next to such a word: "since January
    6" is mostly this year's."""
    first = cand.first
    assert first is not None and first.month is not None and first.day is not None
    year = pats.event_days.get((first.month, first.day))
    if year is None or ref.day is None:
        return None
    before = text_before(text, cand.start, config.DATE_PHRASE_BEFORE_CHARS)
    marked = pats.event_day_marker_before.search(before) or pats.event_day_marker_after.match(text, cand.end)
    this_year = first.with_year(ref.day.year)
    near = this_year.is_valid() and abs((dt.date(ref.day.year, first.month, first.day) - ref.day).days) \
        <= config.TENSE_YEAR_MIN_DAYS
    weak = (first.month, first.day) not in pats.marked_event_days and pats.event_day_before.search(before)
    if not (marked or (not near and weak)):
        return None
    return Candidate(cand.start, cand.end, cand.kind, first.with_year(year), None, cand.value)


def _rule(name: str, pattern: PatternBuilder, handler: Handler, needs: str | None = None) -> Rule:
    return Rule(name, FAMILY, pattern, handler, needs)


# The order is the order patterns are tried in: among candidates of one span, the first rule's wins.
RULES: tuple[Rule, ...] = (
    _rule("days before a month", _p_day_range, _day_range, "months"),
    _rule("day month year", _p_dmy, _dmy, "months"),
    _rule("month year", _p_month_year, _month_year, "months"),
    _rule("year and month name", _p_year_month_name, _month_year, "months"),
    _rule("month range", _p_month_range, _month_range, "months"),
    _rule("month-day-year, one separator", _one_separator("mdy"), _dmy, "months"),
    _rule("month-year-day, one separator", _one_separator("myd"), _dmy, "months"),
    _rule("year-day-month, one separator", _one_separator("ydm"), _dmy, "months"),
    _rule("day-year-month, one separator", _one_separator("dym"), _dmy, "months"),
    _rule("ordinal day and month", _p_ordinal_month, _ordinal_month, "ordinal_words"),
    _rule("month day year", _p_month_day_year, _dmy, "months"),
    _rule("month/day", _p_month_slash_day, _dmy, "months"),
    _rule("month and two-digit year", _p_month_two_digit_year, _month_two_digit_year, "months"),
    _rule("month and day in words", _p_month_day_words, _dmy, "months"),
    _rule("month and days", _p_month_day_range, _day_range, "months"),
    _rule("month first", _p_month_first, _dmy, "months"),
    _rule("lone month", _p_lone_month, _lone_month, "months"),
    _rule("month before a noun", _p_attributive_month, _attributive_month, "months"),
    _rule("month of a relative year", _p_month_of_relative_year, _month_of_relative_year, "months"),
    _rule("month after a determiner pointing back", _p_anaphoric_month, _attributive_month, "months"),
)
