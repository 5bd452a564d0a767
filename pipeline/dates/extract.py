"""Finding dates: every rule's pattern is tried (skipping rules whose words are absent, or that need the
publication day when it is unknown), the longest candidates win, consecutive ones are joined into ranges
("from A to B"), and what stands next to a date is added (a time, a year in words, a count before it).

Every word comes from the language data files; the rules live in numeric, calendar, years, periods,
relative, story (counted from the story's time) and weekdays; coordination.py joins consecutive years."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import re
import time
from functools import cache, lru_cache

from pipeline import config
from pipeline.dates import calendar, coordination, numeric, periods, prefilter, relative, story, weekdays, years
from pipeline.dates import values as nd
from pipeline.dates.patterns import NEVER, DatePatterns, ci, patterns_for
from pipeline.dates.rules import FULL_DAY, NAME, Candidate, Reference, Rule, text_before
from pipeline.dates.times import with_times
from pipeline.dates.values import PartialDate
from pipeline.records import DateValue

log = logging.getLogger(__name__)

RULES: tuple[Rule, ...] = (numeric.RULES + calendar.RULES + years.RULES + periods.RULES + story.RULES + relative.RULES
                           + weekdays.RULES)
RELATIVE_DAY_KINDS = ("relative", "weekday", "present")
BLANK_LINE = re.compile(r"\n\s*\n")  # a paragraph break is never inside one date
LINE_GAP = re.compile(r"\s{3,}")  # what a line break of a copied page may have become


@cache
def compiled_rules(code: str | None) -> tuple[tuple[Rule, re.Pattern[str]], ...]:
    """The rules of a language with their compiled patterns (rules without words in it left out)."""
    pats = patterns_for(code)
    built = ((rule, rule.pattern(pats)) for rule in RULES)
    return tuple((rule, re.compile(pattern)) for rule, pattern in built if pattern is not None)


def _candidates(text: str, code: str | None, pats: DatePatterns, ref: Reference,
                costs: dict[str, float] | None = None) -> list[Candidate]:
    """Every rule's candidates, its pattern tried only where its scan finds a start (see
    :mod:`pipeline.dates.prefilter`; made when a text first needs it, cached). ``costs``, when given,
    receives the CPU seconds of each rule's search and handler (``benchmarks/profile_stages.py --rules``)."""
    found = []
    lowered = text.lower()
    present = {name for name, words in pats.triggers.items() if any(w in lowered for w in words)}
    starts: dict[re.Pattern[str], list[int]] = {}  # the hits of each scan, shared by the rules that have it
    views = prefilter.Views(text)
    for rule, regex in compiled_rules(code):
        if (rule.needs is not None and rule.needs not in present) or (rule.needs_day and ref.day is None):
            continue
        started = time.process_time() if costs is not None else 0.0
        scan, reads = prefilter.scan_of(regex.pattern)
        if scan is not None and scan not in starts:
            starts[scan] = prefilter.hits(scan, views[reads])
        for match in prefilter.finditer(regex, starts[scan] if scan is not None else None, text):
            candidate = rule.handler(match, pats, ref)
            if candidate is not None:
                found.append(candidate)
        if costs is not None:
            costs[rule.name] = costs.get(rule.name, 0.0) + time.process_time() - started
    return found


def select_longest(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, the longest first (ties: the earliest, then one that knows its year:
    the named day "9/11" over the day and month it is written with)."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (-c.length, c.start, _yearless(c))):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


@cache
def _gap_before_month(code: str | None) -> re.Pattern[str]:
    """A figure, three blanks or more, then a month name: a headline's number, then the dateline of a page
    whose line breaks became blanks ("Highway 16          July 11th 2007", "Act of 2007        November
    14th 2007", "Kids First          January 27 2005"), not one date (hard-wrapped text keeps its dates:
    "on May       8  2006")."""
    pats = patterns_for(code)
    words = pats.fragments()
    return re.compile(rf"(?:\d{pats.ordinal}\.?|(?<!\w)(?:{words['ordinals']}|{words['cardinals']}))\s{{3,}}"
                      rf"(?:{pats.month})(?!\w)")


def _yearless(cand: Candidate) -> bool:
    return cand.first is None or cand.first.year is None


def _join_ranges(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """Join "from A to B" / "A - B" / "between A and B" into one range candidate (not from the year of a
    law's title: "extends the Patriot Act of 2001 until 2009")."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and _joinable(prev, cand) \
                and not pats.title_year_before.search(text_before(text, prev.start, config.DATE_PHRASE_BEFORE_CHARS)):
            between = pats.range_between.match(text[prev.end: cand.start])
            start_word = pats.start_before.search(text_before(text, prev.start, config.DATE_PHRASE_BEFORE_CHARS))
            said_between = start_word is not None and start_word.group(0).split()[0].lower() in pats.between
            if between and (between["j"].lower() not in pats.coordination or said_between):
                joined = _joined(prev, cand, prev.start - (len(start_word.group(0)) if start_word else 0))
                if _in_order(joined):  # "August 20 2006  Until six months ago": a dateline, then a sentence
                    out[-1] = joined
                    continue
        out.append(cand)
    return out


def _in_order(cand: Candidate) -> bool:
    """A range whose value is known does not end before it starts (compared at the coarser end's
    precision: "2005-05/2006-02-28" is in order, "2006-08-20/2006-02-28" is not)."""
    if not cand.value or "/" not in cand.value:
        return True
    start, end = cand.value.split("/", 1)
    if "X" in start or "X" in end:
        return True
    size = min(len(start), len(end))
    return start[:size] <= end[:size]


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



def _weekdays_with_dates(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"this Friday (Jun-15)", "next Friday 5/12": the stated date wins over the computed weekday."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "weekday" and cand.first is not None and cand.first.day is not None \
                and re.fullmatch(pats.weekday_date_gap, text[prev.end: cand.start]):
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
        said = pats.start_before.search(text[max(0, cand.start - config.DATE_PHRASE_BEFORE_CHARS): cand.start])
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
        window_start = max(0, cand.start - config.DATE_CONTEXT_CHARS)
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


YEAR_VALUE = re.compile(r"\d{4}")
MID_MONTH = 15  # the day a month alone is measured from (as values.nearest_year does)


@cache
def _relative_year_gap(code: str | None) -> re.Pattern[str]:
    """What may stand between a day or month and its relative year: nothing, "of", "de", "van", "des"."""
    lang = patterns_for(code).lang
    joiners = [*lang["period_part_words"], *lang["day_month_joiners"], *lang["year_joiners"]]
    article = f"(?:(?:{ci(lang['articles'])})\\s+)?" if lang["articles"] else ""
    return re.compile(rf"\s+(?:(?:{ci(joiners)})\s+)?{article}" if joiners else r"\s+")


def _with_relative_year(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"April last year", "the end of June last year", "janvier de cette année", "im April letzten Jahres",
    "in april vorig jaar": a day or month without a year takes the relative year right after it."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        first = prev.first if prev is not None else None
        if prev is not None and first is not None and first.year is None and first.month is not None \
                and not prev.last and not prev.value and cand.kind == "relative" and cand.value \
                and YEAR_VALUE.fullmatch(cand.value) \
                and _relative_year_gap(pats.lang.code).fullmatch(text, prev.end, cand.start):
            out[-1] = Candidate(prev.start, cand.end, prev.kind, first.with_year(int(cand.value)))
            continue
        out.append(cand)
    return out


@cache
def _month_list_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A month name listed right after a month, or right before one: ", August", "und September",
    "et en juin", "oder Juni" (a full name: "Mai, August und September"); group ``and`` when "and" or "or"
    joins it."""
    pats = patterns_for(code)
    lang = pats.lang
    joining = f"{pats.coordination_words()}|{ci(lang['alternative_words'])}" if lang.get("alternative_words") \
        else pats.coordination_words()  # "Mai oder Juni", "May or June": a choice of months is months too
    joiner = (rf"(?:\s*,\s*|\s+(?P<and>{joining})\s+)"
              rf"(?:(?:{ci(lang['month_prepositions'])})\s+)?")
    month = pats.full_month()
    return re.compile(rf"{joiner}{month}(?!\w)"), re.compile(rf"(?<!\w){month}{joiner}$")


def _listed_months(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"Im Mai, August und September", "mai, juin et juillet 2020": the months listed with a month are
    months too ("August" alone may be a name, "juin" alone needs a preposition). A list ends with "and"
    ("In March, August Bebel said" lists nothing)."""
    after, before = _month_list_patterns(pats.lang.code)
    taken = [(c.start, c.end) for c in cands]
    extra: list[Candidate] = []
    for cand in cands:
        if cand.first is None or cand.first.month is None or cand.first.day is not None or cand.last or cand.value:
            continue
        listed, pos = [], cand.end
        while (found := after.match(text, pos)) is not None:
            listed.append(found)
            pos = found.end()
        while listed and not listed[-1]["and"]:
            listed.pop()  # the list goes on to its "and"
        start, window_start = cand.start, max(0, cand.start - config.DATE_CONTEXT_CHARS)
        while (found := before.search(text, window_start, start)) is not None and (found["and"] or len(listed)):
            listed.append(found)
            start, window_start = found.start(), max(0, found.start() - config.DATE_CONTEXT_CHARS)
        for found in listed:
            span = (found.start("m"), found.end("m"))
            if not any(s < span[1] and span[0] < e for s, e in taken):
                taken.append(span)
                extra.append(Candidate(*span, "month", PartialDate(None, pats.month_number(found["m"]))))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


@cache
def _coordination_gap(code: str | None) -> re.Pattern[str]:
    """What joins two months: "and", "et en", ", und im", "en in"."""
    lang = patterns_for(code).lang
    preps = [*lang["month_prepositions"], *lang["date_prepositions"], *lang["articles"]]
    return re.compile(rf"\s*(?:{ci(lang['coordination'])})\s*(?:(?:{ci(preps)})\s+)?")


def _coordinated_months(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"en octobre et en novembre 2023", "October and November 2020", "im März und April 2021": a month
    without a year takes the year of the month coordinated right after it."""
    out = list(cands)
    for i in range(len(out) - 2, -1, -1):
        cand, after = out[i], out[i + 1]
        first, next_first = cand.first, after.first
        if first is None or first.year is not None or first.month is None or first.day is not None \
                or cand.last or cand.value or next_first is None or next_first.year is None \
                or next_first.month is None or (next_first.month or 0) <= first.month \
                or not _coordination_gap(pats.lang.code).fullmatch(text, cand.end, after.start):
            continue
        out[i] = Candidate(cand.start, cand.end, cand.kind, first.with_year(next_first.year))
    return out


@cache
def _anaphora_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A determiner pointing back right before a month ("that June", "in jenem September") and a year
    pointing back right after one ("March of that year", "mars de la même année", "im März desselben
    Jahres", "maart van dat jaar")."""
    lang = patterns_for(code).lang
    dets, years_back = lang.get("anaphoric_determiners", []), lang.get("anaphoric_years", [])
    before = rf"(?<!\w)(?:{ci(dets)})\s+$" if dets else NEVER
    after = rf",?\s+(?:{ci(years_back)})(?!\w)" if years_back else NEVER
    return re.compile(before), re.compile(after)


def _year_named_before(cands: list[Candidate], pos: int) -> int | None:
    """The year of the last date before ``pos`` (within ANAPHORIC_YEAR_CHARS) that states or computes one."""
    for cand in reversed(cands):
        if cand.end > pos:
            continue
        if pos - cand.end > config.ANAPHORIC_YEAR_CHARS:
            return None
        said = cand.last if cand.last is not None and cand.last.year is not None else cand.first
        if said is not None and said.year is not None:
            return said.year
        if cand.value and YEAR_VALUE.match(cand.value.split("/")[-1]):
            return int(cand.value.split("/")[-1][:4])
    return None


def _anaphoric_years(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
    """"that June", "in August of that year", "en mars de la même année", "im März desselben Jahres": a
    month without a year, after a determiner or before a year that points back, takes the year of the date
    named last before it (the month alone keeps its nearest year when none is)."""
    before, after = _anaphora_patterns(pats.lang.code)
    out = list(cands)
    for i, cand in enumerate(out):
        first = cand.first
        if first is None or first.year is not None or first.month is None or cand.last or cand.value:
            continue
        back = after.match(text, cand.end)
        if back is None and not before.search(text_before(text, cand.start, config.DATE_PHRASE_BEFORE_CHARS)):
            continue
        year = _year_named_before(out[:i], cand.start)
        if year is not None:
            out[i] = Candidate(cand.start, back.end() if back else cand.end, cand.kind, first.with_year(year))
    return out


def _on_named_weekday(text: str, cand: Candidate, ref: Reference, pats: DatePatterns,
                      stated_years: list[int]) -> Candidate | None:
    """"le lundi 3 septembre", "on Monday, September 3": a yearless day after its weekday takes the year in
    which that day is that weekday: the nearest to publication or one on either side of it, else (the
    publication date unknown) a year the text states. None when no such year is found."""
    first = cand.first
    said = weekdays.weekday_before(text, cand.start, pats)
    if first is None or first.month is None or first.day is None or said is None:
        return None
    if ref.day is not None:
        nearest = _year_by_tense(text, cand, ref.day, nd.nearest_year(ref.day, first.month, first.day), pats)
        years = [nearest, nearest - 1, nearest + 1]
    else:
        years = [ref.year, ref.year - 1, ref.year + 1] if ref.year is not None else stated_years
    year = weekdays.year_on_weekday(first.month, first.day, said[1], years)
    if year is None:
        return None
    return Candidate(said[0], cand.end, "date", first.with_year(year))


def _in_year(text: str, cand: Candidate, ref: Reference, pats: DatePatterns,
             stated_years: list[int] | None = None) -> Candidate:
    """A day or month stated without a year takes the year that puts it nearest to the publication date
    (or the publication year when only that is known), or the year its clause's tense says (see
    :func:`_year_by_tense`); a range's end without a year follows its start ("from November to March":
    March of the next year)."""
    first, last = cand.first, cand.last
    if first is None:
        return cand
    if first.year is None and first.month is not None and first.day is not None and last is None:
        named = calendar.named_day(text, cand, ref, pats) \
            or _on_named_weekday(text, cand, ref, pats, stated_years or [])
        if named is not None:
            return named
    if first.year is None and first.month is not None and (ref.day is not None or ref.year is not None):
        year = ref.year if ref.day is None else _year_by_tense(
            text, cand, ref.day, nd.nearest_year(ref.day, first.month, first.day), pats)
        placed = first.with_year(year)
        first = placed if placed.is_valid() else first  # 29 February and no leap year near: still unknown
    if last is not None and last.year is None and first.year is not None:
        wraps = (last.month or 0, last.day or 0) < (first.month or 0, first.day or 0)
        last = last.with_year(first.year + 1 if wraps else first.year)
    return Candidate(cand.start, cand.end, cand.kind, first, last, cand.value)


def _year_by_tense(text: str, cand: Candidate, when: dt.date, year: int, pats: DatePatterns) -> int:
    """The year of a yearless day or month whose nearest year puts it on the other side of the publication
    date than the tense of its clause: a past clause means the last such day or month up to publication
    ("joined NATO in March" in a November article, "In September, the group identified..." in an April
    one), a future clause the next one ("will open in December" in a January release). Not after a word
    that ends a period ("until March", "by June", "jusqu'au 3 mai": a past clause may set a deadline
    still to come) or that starts one ("since March" in a future clause). Only beyond
    TENSE_YEAR_MIN_DAYS from publication: nearer, the nearest year stands."""
    first = cand.first
    if first is None or first.month is None or cand.last is not None:
        return year
    placed = first.with_year(year)
    if not placed.is_valid():
        return year
    stated = (year, first.month, first.day or 0)
    published = (when.year, when.month, when.day if first.day else 0)
    if abs((dt.date(year, first.month, first.day or MID_MONTH) - when).days) < config.TENSE_YEAR_MIN_DAYS:
        near_past = first.day is None and stated > published and _month_of_a_past_verb(text, cand, pats)
        return year - 1 if near_past else year  # "traveled to Iraq in January" in late October: last January
    before = text_before(text, cand.start, config.DATE_PHRASE_BEFORE_CHARS)
    if stated > published and not pats.period_end_before.search(before) \
            and weekdays.clause_tense(text, cand.start, cand.end, pats, events_only=True) < 0:
        return year - 1
    if stated < published and not pats.period_start_before.search(before) \
            and weekdays.clause_tense(text, cand.start, cand.end, pats, events_only=True) > 0:
        return year + 1
    return year


@cache
def _event_month_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The preposition of a month said as the time of an event ("in", "im", "en"), right before it, and
    a word that makes the participle after it an infinitive or a passive ("to be released in February"), and
    a modal verb ("could", "kann", "zou", "pourrait")."""
    lang = patterns_for(code).lang
    preps, infinitive = lang.get("event_month_prepositions", []), lang.get("passive_infinitive_before", [])
    modals = lang.get("modal_verbs", [])
    return (re.compile(rf"(?<!\w)(?:{ci(preps)})\s+$" if preps else NEVER),
            re.compile(rf"(?<!\w)(?:{ci(infinitive)})\s+$" if infinitive else NEVER),
            re.compile(rf"(?<!\w)(?:{ci(modals)})(?!\w)" if modals else NEVER))


def _month_of_a_past_verb(text: str, cand: Candidate, pats: DatePatterns) -> bool:
    """A month after its preposition whose nearest tense word is a past verb a few words from it, with
    no future in its clause ("I traveled to Iraq in January", "created only 21,000 jobs in February",
    "die Preise stiegen im Januar", "In January, I introduced"): the month the event took place, so not
    one still to come, however near."""
    prep, infinitive, modal = _event_month_patterns(pats.lang.code)
    before = text_before(text, cand.start, config.DATE_PHRASE_BEFORE_CHARS)
    match = prep.search(before)
    if match is None or weekdays.clause_tense(text, cand.start, cand.end, pats) >= 0:
        return False
    start = cand.start - len(before) + match.start()
    left = max(weekdays.clause_start(text, start), start - config.PAST_VERB_NEAR_MONTH_CHARS)
    right = min(weekdays.clause_end(text, cand.end), cand.end + config.PAST_VERB_NEAR_MONTH_CHARS)
    opens = not text[weekdays.clause_start(text, start): start].strip() or LINE_GAP.search(text, left, start)
    for marker in pats.tense.finditer(text, left, right):
        after = marker.start() >= cand.end
        between = text[cand.end: marker.start()] if after else text[marker.end(): start]
        if marker["past"] and (opens or not after) and not infinitive.search(text, left, marker.start()) \
                and not modal.search(text, left, marker.start()) \
                and len(between.split()) <= config.PAST_VERB_NEAR_MONTH_WORDS:
            return True  # after the month only when it opens the clause: "In January, I introduced"; no
            #   modal before the verb: "we could get this calendared sometime in January"
    return False


def _to_value(cand: Candidate) -> str:
    if cand.value:
        return cand.value
    assert cand.first is not None
    return cand.first.value() if cand.last is None else nd.range_value(cand.first, cand.last)


GLUED = re.compile(  # "Presseartikel22. Januar", "December 21 2007Contact": a day or a year glued to a word
    r"(?<=[a-zà-ÿ])(?=[0-3]?\d\.?\s*[^\W\d_]{3,})|(?<=(?<!\d)(?:1[89]|20)\d\d)(?=[A-ZÀ-Ý][a-zà-ÿ])")
NAMED = re.compile(r"[^\W\d_]{3,}")  # a date with a month or weekday name ("22. Januar 2019")


def extract_dates(text: str, language: str | None, published: str | None = None) -> list[DateValue]:
    """All calendar expressions of ``text`` with their normalised values.

    Dates without a year take the year that puts them nearest to ``published`` (else ``XXXX``); relative
    expressions are resolved against it and left out when it is unknown. A date with a month name glued to
    the words around it, as a flattened web page writes its menu lines ("Presseartikel22. Januar
    2019Vertretung", "December 21 2007Contact"), counts as if they were apart."""
    if len(text) <= config.DATE_MEMO_MAX_CHARS:
        return list(_memoised(text, language, published))
    return _dates(text, language, published)


@lru_cache(maxsize=config.DATE_MEMO_SIZE)
def _memoised(text: str, language: str | None, published: str | None) -> tuple[DateValue, ...]:
    """The dates of a short text (a header line, a role's phrase), remembered: the header and the role rules
    ask for those of one line several times."""
    return tuple(_dates(text, language, published))


def _dates(text: str, language: str | None, published: str | None) -> list[DateValue]:
    found = _extract(text, language, published)
    glue = [m.start() for m in GLUED.finditer(text)]
    return _with_glued(text, found, glue, _extract(_spaced(text, glue), language, published)) if glue else found


def _spaced(text: str, cuts: list[int]) -> str:
    """``text`` with a space at each cut."""
    bounds = [0, *cuts, len(text)]
    return " ".join(text[a:b] for a, b in itertools.pairwise(bounds))


def _with_glued(text: str, found: list[DateValue], glue: list[int], spaced: list[DateValue]) -> list[DateValue]:
    """The dates of the spaced text that touch a cut and name a month, mapped back onto ``text``: new ones
    added, and a longer reading replacing the one it overlaps ("December 21" by "December 21 2007")."""
    def original(pos: int) -> int:  # the cuts before a position of the spaced text each added one space
        return pos - bisect.bisect_right([cut + n for n, cut in enumerate(glue)], pos - 1)
    kept = list(found)
    for date in spaced:
        start, end = original(date.start), original(date.end)
        if not (any(start <= cut <= end for cut in glue) and NAMED.search(date.text)):
            continue
        glued = DateValue(start, end, text[start:end], date.value, date.kind)
        overlapping = [f for f in kept if f.start < end and start < f.end]
        if not overlapping:
            kept.append(glued)
        elif len(overlapping) == 1 and overlapping[0].end - overlapping[0].start < end - start:
            kept[kept.index(overlapping[0])] = glued
    return sorted(kept, key=lambda d: d.start)


def _extract(text: str, language: str | None, published: str | None) -> list[DateValue]:
    """:func:`extract_dates` on a text as it stands."""
    pats, ref = patterns_for(language), Reference.parse(published)
    gap = _gap_before_month(language)
    found = [c for c in _candidates(text, language, pats, ref)
             if not BLANK_LINE.search(text, c.start, c.end) and not gap.search(text, c.start, c.end)]
    chosen = [c for c in select_longest(found) if c.kind != NAME]
    cands = _with_relative_year(text, _weekdays_with_dates(text, chosen, pats), pats)
    cands = _listed_months(text, cands, pats)
    cands = [c for c in _join_ranges(text, cands, pats) if c.kind != "present"]  # "now" only ends a range
    cands = _coordinated_days(text, _weekday_ranges(text, cands, pats), pats)
    cands = story.story_dates(text, _anaphoric_years(text, cands, pats), pats)
    cands = [years.with_spoken_year(text, c, pats) for c in _coordinated_months(text, cands, pats)]
    cands = coordination.with_bare_days(text, cands, pats)  # "May 2 and 3"
    stated = list(dict.fromkeys(c.first.year for c in cands if c.first is not None and c.first.year is not None))
    cands = [_in_year(text, c, ref, pats, stated) for c in cands]
    cands = select_longest([relative.with_offset_before(text, relative.with_duration_before(text, c, pats), pats)
                            for c in with_times(text, cands, pats)])  # "in two days from today": one
    out = []
    for cand in cands:
        kind = "partial" if cand.first is not None and cand.first.year is None else cand.kind
        kind = "relative" if kind in ("weekday", "lone_weekday") else kind
        out.append(DateValue(cand.start, cand.end, text[cand.start: cand.end], _to_value(cand), kind))
    if log.isEnabledFor(logging.DEBUG):
        log.debug("dates (%s): %d candidates, %d kept: %s", language, len(found), len(out),
                  ", ".join(f"{d.text!r}={d.value}" for d in out))
    return out
