"""The regex fragments of one language, built once from its data file: month and weekday names, days,
years, counts, clock times and the contexts around a date. The rules (calendar, relative, periods) build
their patterns from these pieces; every word comes from pipeline/data/lang/*.json."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline import config
from pipeline.numbers import number_words_pattern
from pipeline.resources.langdata import LangData, alternation, full_names, load_language

B = r"(?<![\w])"
E = r"(?![\w])"
YEAR_RE = r"(?:1[89]|2[01])\d{2}(?!\d)"
NOT_AFTER_MONEY = r"(?<![\w$€£¥])(?<![$€£¥] )"  # "$12 December 27": 12 is dollars
NEVER = r"(?!x)x"  # a pattern that matches nothing, for a language without the words


def ci(words: Iterable[str]) -> str:
    """A case-insensitive alternation of ``words``."""
    return f"(?i:{alternation(words)})"


class DatePatterns:
    """The words and regex fragments of one language (built once per language, see :func:`patterns_for`)."""

    def __init__(self, lang: LangData):
        self.lang = lang
        # lower-cased word tables, built once: handlers look words up on every match
        self.table = {key: {k.lower(): v for k, v in lang[key].items()} for key in (
            "months", "offset_units", "holidays", "ordinal_words", "quarter_words", "half_words",
            "relative_days", "relative_units", "weekdays", "relative_offsets", "relative_nearest", "period_edges",
            "current_period_phrases", "count_words")}
        self.words = {key: {w.lower() for w in lang[key]} for key in (
            "relative_last", "relative_next", "offset_anchor_before", "relative_trailing", "evening_words")}
        genitives = lang.get("genitive_months", {})  # "des 9. Februars 1904": not full names of their own
        self.months = {**self.table["months"], **{k.lower(): v for k, v in genitives.items()}}
        self.full_months = {n.lower() for n in full_names(lang["months"])}  # "september", not "sept"
        self.month = self.months_alternation([*lang["months"], *genitives])
        self.ordinal = f"(?:{ci(lang['ordinal_suffixes'])})?" if lang["ordinal_suffixes"] else ""
        self.coordination = {w.lower() for w in lang["coordination"]}
        self.joiners = ci(lang["range_joiners"])
        self.starts = ci(lang["range_starts"])
        self.between = {w.lower() for w in lang["between_words"]}
        self.hour_words = ci(lang["hour_words"])  # "14 Uhr", "20.00 uur", "18h"
        self.meridiem = ci(lang["meridiem_words"])  # "8:00 am"
        self.evening, self.morning = ci(lang["evening_words"]), ci(lang["morning_words"])  # "'s avonds", "du matin"
        self.meridiem_in = re.compile(rf"\d\s*(?:{self.meridiem})(?!\w)")
        self.triggers = {key: {w.lower().rstrip(".") for w in lang[key]} for key in (
            "months", "relative_units", "offset_units", "holidays", "century_words", "current_period_phrases",
            "week_number_words", "present_words", "relative_days", "ordinal_words")}
        self.triggers["weekdays"] = {w.lower() for w in lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS}
        self.triggers["quarter_words"] = {w.lower() for w in [*lang["quarter_words"], *lang["half_words"]]}
        self.triggers["seasons"] = {w.lower() for w in lang.get("seasons", {})}
        self.triggers["story_words"] = {w.lower() for w in [*lang.get("story_later_words", []),
                                                            *lang.get("story_earlier_words", [])]}  # "later"
        self.seasons = {w.lower(): months for w, months in lang.get("seasons", {}).items()}
        self._compile_before(lang)
        self._compile_after(lang)
        self._compile_clause(lang)

    def _compile_clause(self, lang: LangData) -> None:
        """Regexes for the clause around a date: its tense ("will", "zal", "wird", "va"; "said", "was",
        "hatte", "a annoncé") and what makes a number no date ("4.4 percent", "1.8 million")."""
        def bounded(words: list[str]) -> str:  # "'ll" follows a letter: no word boundary before it
            inner = [w for w in words if w[:1].isalnum()]
            attached = [w for w in words if w and not w[:1].isalnum()]
            return "|".join(filter(None, [rf"(?<!\w)(?:{ci(inner)})" if inner else "",
                                         ci(attached) if attached else ""])) or NEVER
        future, past = lang.get("tense_future", []), lang.get("tense_past", [])
        suffixes = lang.get("tense_past_suffixes", [])  # "predicted", "announced": lower-case words in "-ed"
        # not "need", nor the end of a compound adjective ("star-studded", "long-awaited")
        suffixed = rf"|(?<![\w-])[a-zà-ÿ]{{2,}}[a-df-zà-ÿ](?:{ci(suffixes)})" if suffixes else ""
        present = lang.get("tense_present", [])  # "a lieu": present, though "a" alone is a past auxiliary
        present_group = rf"(?P<present>{bounded(present)})|" if present else ""
        self.tense = re.compile(rf"(?:(?P<future>{bounded(future)})|{present_group}"
                                rf"(?P<past>{bounded(past)}{suffixed}))(?!\w)")
        self.state_auxiliaries = {w.lower() for w in lang.get("tense_state_auxiliaries", [])}  # "est"
        self.adjective_determiners = {w.lower() for w in lang.get("participle_adjective_before", [])}  # "the"
        self.passive_before = {w.lower() for w in [*lang.get("passive_infinitive_before", []),
                                                   *lang.get("modal_verbs", [])]}  # "must be paid"
        self.motion_participles = {w.lower() for w in lang.get("tense_motion_participles", [])}  # "arrivé"
        reflexives = lang.get("reflexive_pronouns", [])  # "s'est réuni", "se sont rencontrés"
        self.reflexive_before = re.compile(rf"(?<!\w)(?:{ci(reflexives)})\s*$" if reflexives else NEVER)
        quantities = [*lang.get("percent_words", []), *lang["scales"]]
        self.not_a_quantity = rf"(?!\s*(?:{ci(quantities)})(?!\w))" if quantities else ""
        self.recurring = {w.lower() for w in lang.get("recurring_words", [])}
        self.reporting = {w.lower() for w in lang.get("tense_reporting", [])}  # "said": the saying's tense
        self.present_perfect = {w.lower() for w in [*lang.get("tense_present_perfect", []),
                                                    *lang.get("tense_weak_future", [])]}  # "a lieu", "would"
        self.perfect_auxiliaries = {w.lower() for w in lang.get("tense_present_perfect", []) if " " not in w}
        self.not_after_perfect = {w.lower() for w in lang.get("perfect_not_before", [])}  # "has to", "has a"
        self.duration_prepositions = {w.lower() for w in lang.get("duration_prepositions", [])}  # "in"
        article = f"(?:{ci(lang['articles'])}\\s*)?" if lang["articles"] else ""
        ends, starts = lang.get("period_end_words", []), lang.get("period_start_words", [])
        self.period_end_before = re.compile(rf"{B}(?:{ci(ends)})\s+{article}$" if ends else NEVER)  # "until"
        self.period_start_before = re.compile(rf"{B}(?:{ci(starts)})\s+{article}$" if starts else NEVER)
        self.auxiliaries = {w.lower() for w in [*future, *past]}
        self.dated_tense_words = {w.lower() for w in [*lang["offset_past_before"], *lang["offset_past_after"],
                                                      *lang["relative_last"], *lang["relative_next"]]}  # "ago"
        # "the first time in 20 years", "our eighth pay increase in nine years": no future date
        superlatives = [*lang.get("superlative_words", []), *lang["ordinal_words"]]
        self.superlative_before = re.compile(
            rf"(?<!\w)(?:{ci(superlatives)})(?!\w)[^.!?;:]*$" if superlatives else NEVER)
        days = lang.get("event_days", {})  # "09-11": 2001 (a day named by its date: "since September 11")
        marked = lang.get("marked_event_days", {})  # "01-06": 2021, the event only with a marker ("the Jan. 6 riot")
        self.event_days = {(int(k[:2]), int(k[3:])): int(v) for k, v in {**days, **marked}.items()}
        self.marked_event_days = {(int(k[:2]), int(k[3:])) for k in marked}
        weak, strong = lang.get("event_day_before", []), lang.get("event_day_marker_before", [])
        self.event_day_before = re.compile(rf"(?<!\w)(?:{ci(weak)})\s*$" if weak else NEVER)
        self.event_day_marker_before = re.compile(rf"(?<!\w)(?:{ci(strong)})\s*$" if strong else NEVER)
        after = lang.get("event_day_marker_after", [])
        self.event_day_marker_after = re.compile(rf"\s+(?:{ci(after)})(?!\w)" if after else NEVER)
        titles = lang.get("title_year_before", [])  # "the Patriot Act of 2001 until 2009": 2001 is a name's
        self.title_year_before = re.compile(rf"(?<!\w)(?:{alternation(titles)})\s+$" if titles else NEVER)
        names_after, names_before = lang.get("holiday_name_after", []), lang.get("holiday_name_before", [])
        self.holiday_name_after = re.compile(rf"(?:\s+|-)(?:{ci(names_after)})(?!\w)" if names_after else NEVER)
        self.holiday_name_before = re.compile(rf"(?<!\w)(?:{ci(names_before)})\s+$" if names_before else NEVER)
        labels = lang.get("number_labels", [])  # "version 2.10 on 5.12": no time of day
        self.number_label_before = re.compile(rf"(?<!\w)(?i:{alternation(labels)})\.?\s*$" if labels else NEVER)
        scores = lang.get("score_words", [])  # "won 3-1 on Sunday", "le score de 3-1"
        self.score_before = re.compile(rf"(?<!\w)(?i:{alternation(scores)})(?!\w)[^.!?;]*$" if scores else NEVER)
        self.direction_words = {w.lower() for w in [*lang["relative_last"], *lang["relative_next"],
                                                    *lang["relative_this"], *lang["relative_nearest"]]}
        long_weekdays = [w for w in lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS]
        parts = lang.get("day_parts", [])
        plural_part = rf"|\s*(?:{ci(parts)})\w" if parts else ""
        self.other_weekday = re.compile(rf"(?<!\w)(?:{ci(long_weekdays)})(?!\w)" if long_weekdays else NEVER)
        article = f"(?:{ci(lang['articles'])}\\s*)?" if lang["articles"] else ""
        of_what = rf"{article}(?:{self.directions()}|{ci(lang['relative_units'])})(?!\w)"  # "of next week"
        units = ci(lang["relative_units"])  # a direction after the weekday needs its unit ("next week") or a clause
        directed = rf"(?:{self.directions()})(?:\s+(?:{units})(?!\w)|(?=\s*(?:[,.;:!?)]|$)))"  # not "following India's"
        self.after_lone_weekday = re.compile(  # "Tuesday afternoons", "Wednesday evening next week", "of"
            rf"[\s,]*(?:{directed}|(?:{ci(lang['period_part_words'])})\s+{of_what}"
            rf"|(?:{ci(lang['week_number_words'])})\s*\d{plural_part})")  # not "accused Wednesday of trying"
        self.function_words = set(lang["capitalised_function_words"])
        prefix = rf"(?:(?:{ci(lang['day_prefixes'])})\s+)?" if lang["day_prefixes"] else ""
        self.weekday_date_gap = rf"[\s,(\-–]*{prefix}"  # "Montag, den 3. Februar", "Tuesday, the 5th"
        self.named_weekdays = {w.lower() for w in lang.get("named_weekdays", [])}  # "Black Friday"
        self.period_report_nouns = {w.lower() for w in lang.get("period_report_nouns", [])}  # "first quarter GDP"
        self.weekday_before_date = re.compile(  # "le lundi 3 septembre": the weekday names the year
            rf"(?<!\w)(?P<wd>{ci(long_weekdays)}){self.weekday_date_gap}$" if long_weekdays else NEVER)

    def _compile_before(self, lang: LangData) -> None:
        """Regexes for what stands right before a date: a time, a count and "after", "between", a start word."""
        zones = lang.get("time_zone_words", [])  # "8 p.m. ET Thursday", "à 20h heure locale": as written (case)
        self.time_zone = rf"(?:\s+(?:{alternation(zones)})(?!\w))?" if zones else ""
        self.coord_before = re.compile(
            rf"(?<![\w/.\-])(?P<d1>[0-3]?\d){self.ordinal}(?:\s*[-–]\s*(?P<d2>[0-3]?\d){self.ordinal})?"
            rf"\s*(?:{ci(lang['coordination'])})\s*$"
        )
        article = f"(?:{ci(lang['articles'])}\\s+)?" if lang["articles"] else ""
        weekday = self._weekday_before_day(lang)  # "from Monday, 1 May to Sunday, 7 May 2023"
        self.range_between = re.compile(rf"^\s*(?P<j>{self.joiners})\s*{weekday}{article}$")
        preps = ci(lang["date_prepositions"] + lang["day_prefixes"] + lang["time_joiners"] + lang["articles"])
        self.time_before = re.compile(
            rf"(?<![\d:.]){self.clock(False)}{self.time_zone}\s*(?:,\s*)?(?:(?:{preps})\s+)?$")
        anchors = lang["offset_anchor_after"] + lang["offset_anchor_before"]
        self.offset_before_anchor = re.compile(
            rf"(?<!\w)(?P<n>{self.amount()})\s+(?P<unit>{ci(lang['offset_units'])})\s+"
            rf"(?P<dir>{ci(anchors)})\s+{article}$") if anchors and lang["offset_units"] else None
        starts = lang["duration_start_words"] + lang["offset_anchor_after"]
        self.duration_before = re.compile(  # "for 3 days from today", "2 weeks starting May 20th"
            rf"(?<!\w)(?:(?P<for>{ci(lang['duration_words'])})\s+)?(?:{article})?(?P<n>{self.amount()})\s+"
            rf"(?P<unit>{ci(lang['offset_units'])}),?\s+(?P<st>{ci(starts)})\s+{article}$"
        ) if lang["offset_units"] and starts else None
        self.starting_words = {w.lower() for w in lang["duration_start_words"]}
        self.span_word_before = re.compile(rf"{B}(?:{self.last_or_next()})\s+$")
        words = ci(lang["ordinal_words"]) if lang["ordinal_words"] else NEVER
        self.day_before = re.compile(rf"(?:\d{{1,2}}\S*|{self.spelled()}|(?:{words}))\s+$")
        self.start_before = re.compile(rf"{B}(?:{self.starts})\s+{weekday}{article}$")
        self.quantity_before = re.compile(rf"{B}(?:{ci(lang['quantity_words'])})\s+$")
        places = ci(lang["locative_prepositions"] + lang["date_prepositions"])
        self.year_context_after = re.compile(  # "etwa 2019 in Berlin"; a line end (a headline's) ends a clause too
            rf"[^\S\n]*(?:[,.;:!?)](?!\d)|$|\n|(?:{places})\s)")

    def _compile_after(self, lang: LangData) -> None:
        """Regexes for what follows a date: a time, a year in words, a weekday ending a range; and counts."""
        self.count_unit = re.compile(rf"({self.amount()})\s+({ci(lang['offset_units'])})(?!\w)")
        units = [w.lower() for w in lang["offset_units"]]  # "week" is singular: "weeks" starts with it
        self.singular_units = {w for w in units if any(o != w and o.startswith(w) for o in units)}
        self.spoken_year_after = re.compile(
            rf",?\s+(?:(?:{ci(lang['year_joiners'])})\s+)?(?P<sy>{self.spelled()})(?!\w)")
        self.time_after = re.compile(  # "today at 8.30pm", "Donnerstag (21 Uhr)", "Dienstag (ab 11 Uhr)"
            rf"\s*(?:[,(]\s*)?(?:(?:{ci([*lang['time_joiners'], *lang.get('time_start_words', [])])})\s+)?"
            rf"{self.clock(False)}(?!\d){self.time_zone}")
        self.marked_time_after = re.compile(rf"\)?{self.marked_time()}")  # "11 uur", "(24. Mai) um 17 Uhr"
        self.clock_after_weekday = re.compile(rf"[\s,(]*{self.clock()}")  # "Donnerstag (21 Uhr)"
        worded = self.worded_time_joiners()  # "at 4", "om 8": not ", 4"
        self.spoken_time_after = re.compile(  # "om zes uur 's avonds", "half tien", "at six pm"
            rf"\s*(?:,\s*)?(?:(?P<j>{worded})\s+)?"
            rf"(?:(?P<half>{ci(lang['half_hour_words'])})\s+)?(?P<hw>{self.spelled()})"
            rf"(?:\s+(?P<hword>{self.hour_words}){self._spoken_minutes()})?"
            rf"(?:\s+(?P<mword>{ci(lang['minute_words'])}))?"
            rf"(?:\s+(?P<part>(?P<pm>{self.evening})|(?P<ampm>{self.meridiem})|{self.morning}))?(?!\w)")
        self.bare_hour_after = re.compile(
            rf"\s*(?:,\s*)?(?:{worded})\s+(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?(?![.,:]?\d)"
            rf"(?:\s+(?:(?P<pm1>{self.evening})|{self.morning})(?!\w)|(?(mi)|(?=\s*(?:[,.;:!?)]|$))))")
        long_weekdays = [w for w in lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS]
        self.weekday_end = re.compile(  # "next Thursday to Saturday"
            rf"\s*(?P<j>{self.joiners})\s*(?P<wd>{ci(long_weekdays)})(?!\w)") if long_weekdays else None
        self.weekday_start = re.compile(  # "Monday to " before a weekday
            rf"{B}(?:{ci(long_weekdays)})\s*(?:{self.joiners})\s*$") if long_weekdays else None

    @staticmethod
    def _weekday_before_day(lang: LangData) -> str:
        """An optional weekday name with its day prefix before a day ("Sonntag, den ", "lundi ")."""
        names = [w for w in lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS]
        if not names:
            return ""
        prefix = rf"(?:(?:{ci(lang['day_prefixes'])})\s+)?" if lang["day_prefixes"] else ""
        return rf"(?:(?:{ci(names)})(?!\w)[\s,]*{prefix})?"

    def _spoken_minutes(self) -> str:
        """Minutes in words after an hour word: "sept heures et vingt-sept minutes", "huit heures moins
        vingt-trois minutes" (the minute word is required)."""
        lang = self.lang
        after, before = lang.get("minute_after_words", []), lang.get("minute_before_words", [])
        if not (after or before) or not lang["minute_words"]:
            return ""
        joiners = rf"(?P<mafter>{ci(after) if after else NEVER})|(?P<mbefore>{ci(before) if before else NEVER})"
        return rf"(?:\s+(?:{joiners})\s+(?P<mw>{self.spelled()})\s+(?:{ci(lang['minute_words'])}))?"

    def directions(self) -> str:
        """Words that place a period relative to the publication date: "last", "next", "this", "vorletzte"."""
        lang = self.lang
        return ci(lang["relative_last"] + lang["relative_next"] + lang["relative_this"]
                   + list(lang["relative_offsets"]))

    def last_or_next(self) -> str:
        """"last", "next", "vorige", "prochain": the words of spans and of postposed directions."""
        return ci(self.lang["relative_last"] + self.lang["relative_next"])

    def postposed(self) -> str:
        """Direction words after their unit ("la semaine dernière"), in languages that put them there."""
        return self.last_or_next() if self.lang.get("relative_postposed") else NEVER

    def worded_time_joiners(self) -> str:
        """"at", "om", "à", "um": the joiners of a time that are words (not ",")."""
        return ci(w for w in self.lang["time_joiners"] if w[:1].isalpha())

    def spelled(self) -> str:
        """A number in words ("drei", "twenty nine", "negenentwintig")."""
        return number_words_pattern(self.lang.code)

    def amount(self) -> str:
        """A count of units in figures or words ("3", "drei", "three", "a", "a couple of", "een paar")."""
        counted = f"|{ci(self.lang['count_words'])}(?!\\w)" if self.lang["count_words"] else ""
        return rf"(?:\d{{1,3}}|{self.spelled()}{counted})"

    def day(self, p: str) -> str:
        return rf"(?P<{p}>[0-3]?\d)(?!\d){self.ordinal}"

    def day_or_word(self, p: str) -> str:
        """A day in figures (group ``p``) or as an ordinal word (group ``p`` + "w": "ninth")."""
        words = ci(self.lang["ordinal_words"]) if self.lang["ordinal_words"] else NEVER
        return rf"(?:{self.day(p)}|(?P<{p}w>{words})(?!\w))"

    def year(self, p: str) -> str:
        return rf"(?P<{p}>{YEAR_RE})"

    def month_g(self, p: str) -> str:
        return rf"(?P<{p}>{self.month})"

    def clock(self, dot_needs_marker: bool = True) -> str:
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
        return rf",?\s+(?:{ci(self.lang['time_joiners'])}\s+)?{self.clock()}"

    def time(self) -> str:
        """An optional time after a date (see :meth:`marked_time`)."""
        return rf"(?:{self.marked_time()})?"

    def fragments(self) -> dict[str, str]:
        """Regex pieces shared by the patterns, built from the language's words."""
        lang = self.lang
        dmj = f"(?:{ci(lang['day_month_joiners'])}\\s+)?" if lang["day_month_joiners"] else ""
        yj = f"(?:{ci(lang['year_joiners'])}\\s+)?" if lang["year_joiners"] else ""
        day_words = [w for w, unit in lang["offset_units"].items() if unit == "day"]
        return {
            "dmj": dmj, "yj": yj,
            "year_opt": rf"(?:(?:\s?,?\s+{yj}|[-/]){dmj}{self.year('y')})?",
            "article": f"(?:{ci(lang['articles'])}\\s+)?" if lang["articles"] else "",
            "context": ci(lang["date_prepositions"] + list(lang["weekdays"]) + lang["range_starts"]
                           + lang["relative_this"] + lang["relative_next"]),
            # "end of 2008", "mid-2022", "Anfang März 2020": the qualifier is kept in the span, the value
            # stays the year or month it qualifies (as in the gold: "end of December 2020" -> 2020-12)
            "qual": f"(?:{ci(lang['period_qualifiers'])}[\\s\\-]?\\s*)?" if lang["period_qualifiers"] else "",
            "ordinals": ci(lang["ordinal_words"]) if lang["ordinal_words"] else NEVER,
            "cardinals": self.spelled(),  # a day in words: "negenentwintig mei"
            # "the 15th day of June": the word for one day, the shortest ("day", "dag", "jour", "Tag": not
            # "30 days of June 1")
            "day_word": rf"(?:\s+(?:{ci([min(day_words, key=len)])}))?" if day_words else "",
        }

    def months_alternation(self, names: list[str]) -> str:
        """An alternation of month names; "May" the verb and "March" the noun count only capitalised, or in
        lower case next to a day and a year or before a year ("march 3 2015", "3 march 2015", "may 2019")."""
        if self.lang["months_case_sensitive"]:
            return f"(?:{alternation(names)})"
        ambiguous = {w.lower() for w in self.lang["lowercase_ambiguous_months"]}
        exact = alternation(m for m in names if m.lower() in ambiguous and m[:1].isupper())
        lower = alternation(m.lower() for m in names if m.lower() in ambiguous and m[:1].isupper())
        suffixes = f"(?:{ci(self.lang['ordinal_suffixes'])})?" if self.lang["ordinal_suffixes"] else ""
        after_day = "".join(f"|(?<=\\d{re.escape(s)}\\s)" for s in self.lang["ordinal_suffixes"] if s.isalpha())
        dated = (rf"(?:{lower})(?=\.?\s+[0-3]?\d{suffixes},?\s+{YEAR_RE}|\.?,?\s+{YEAR_RE})"
                 rf"|(?:(?<=\d\s){after_day})(?:{lower})(?=\s+{YEAR_RE})")
        return f"(?:{exact}|{dated}|(?i:{alternation(m for m in names if m.lower() not in ambiguous)}))"

    def full_month(self) -> str:
        """Month names that do not abbreviate a longer name of the same month ("septembre", not "sept",
        which is also "seven"): a month alone must be unmistakable."""
        return rf"(?P<m>{self.months_alternation(full_names(self.lang['months']))})"

    def of_year(self, dirs: str) -> str:
        """"of 2021", "van dit jaar", "des Jahres 2020", "of next year": a stated or relative year."""
        lang, f = self.lang, self.fragments()
        years = ci(w for w, unit in lang["relative_units"].items() if unit == "year")
        part_of = f"(?:{ci(lang['period_part_words'])}\\s+)?" if lang["period_part_words"] else ""
        return (rf"{part_of}{f['article']}(?:(?:{years})\s+)?"
                rf"(?:{self.year('y')}|(?:(?P<dir>{dirs})\s+)?(?P<yu>{years}))")  # "of the year": this one

    def coordination_words(self) -> str:
        """"and", "en", "et", "und": words that join counts or dates (not "&" or ",")."""
        return ci(w for w in self.lang["coordination"] if w[:1].isalpha())

    def month_number(self, name: str) -> int:
        key = name.lower()
        return self.months[key] if key in self.months else self.months[key.rstrip(".")]


@cache
def patterns_for(code: str | None) -> DatePatterns:
    return DatePatterns(load_language(code))
