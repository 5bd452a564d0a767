"""Weekday rules, resolved against the publication day: a weekday with a direction ("next Friday",
"lundi prochain", "Tuesday of next week"), a weekday and a day of the month ("Tuesday the 11th", "mardi
25"), and a weekday alone ("said on Tuesday", "am Dienstag"), placed by the tense of its clause.

Each rule: a pattern builder (``_p_...``), its handler, and the words it needs (see :data:`RULES`). Every
rule here needs the publication day: it is skipped when that is unknown."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from pipeline import config
from pipeline.dates import values as nd
from pipeline.dates.patterns import NEVER, B, DatePatterns, E, ci, patterns_for
from pipeline.dates.rules import (
    Candidate,
    Handler,
    PatternBuilder,
    Reference,
    Rule,
    day_number,
    direction,
    text_before,
)

FAMILY = "relative"


# --- weekdays: "next Friday", "lundi prochain", "Tuesday of next week", "Tuesday the 11th" -------------

def _weekday(p: DatePatterns) -> str | None:
    """Full weekday names only: "this Sun" and "deze do" are not dates."""
    names = [w for w in p.lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS]
    return rf"(?P<wd>{ci(names)})" if names else None


def _weeks(p: DatePatterns) -> str:
    return ci(w for w, unit in p.lang["relative_units"].items() if unit == "week")


def _p_relative_weekday(p: DatePatterns) -> str | None:  # "next Friday", "volgende week woensdag"
    weekday = _weekday(p)
    if weekday is None:
        return None
    nearest = ci(list(p.lang["relative_nearest"]))
    return (rf"{B}(?P<dir>{nearest}|{p.directions()})\s+(?:(?P<unit>{_weeks(p)})\s*[-–,]?\s*)?{weekday}{E}")


def _p_weekday_postposed(p: DatePatterns) -> str | None:  # "lundi prochain"
    weekday = _weekday(p)
    if weekday is None or not p.lang.get("relative_postposed"):
        return None
    return rf"{B}{weekday}\s+(?P<dir>{p.postposed()}){E}"


def _p_weekday_of_week(p: DatePatterns) -> str | None:
    """"Tuesday of next week", "dinsdag van volgende week", "mardi de la semaine prochaine",
    "Dienstag nächster Woche"."""
    lang, f, weekday = p.lang, p.fragments(), _weekday(p)
    if weekday is None:
        return None
    of = f"(?:{ci(lang['period_part_words'])}\\s+)?" if lang["period_part_words"] else ""
    weeks = _weeks(p)
    return (rf"{B}{weekday}\s+{of}{f['article']}(?:(?P<dir>{p.directions()})\s+(?P<unit>{weeks})"
            rf"|(?P<unit2>{weeks})\s+(?P<dir2>{p.postposed()})){E}")


def _relative_weekday(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """"next Friday" is the Friday of next week; "this coming Friday" / "aanstaande vrijdag" the first one."""
    when = ref.known_day()
    groups = m.groupdict()
    weekday, word = pats.table["weekdays"][m["wd"].lower()], (groups.get("dir") or groups.get("dir2") or "").lower()
    unit = groups.get("unit") or groups.get("unit2")
    if unit and pats.table["relative_units"][unit.lower()] != "week":
        return None
    if word in pats.table["relative_nearest"] and not unit:
        value = nd.nearest_weekday(when, weekday, int(pats.table["relative_nearest"][word]))
    else:
        value = nd.weekday_in_week(when, weekday, direction(word, pats))
    return Candidate(m.start(), m.end(), "weekday", value=value)


def _p_weekday_and_day(p: DatePatterns) -> str | None:
    """"Tuesday the 11th", "Monday 21.", "dinsdag de elfde", "mardi 25", "Dienstag, den 25.": a weekday
    and a day with no month (resolved to the nearest such day around the publication date). A bare
    number needs a marker: an ordinal, an article or punctuation after it ("on Monday 21 people" is
    no date)."""
    lang, f, weekday = p.lang, p.fragments(), _weekday(p)
    if weekday is None:
        return None
    prefix = ci(lang["articles"] + lang["day_prefixes"])
    day = r"(?P<d>[0-3]?\d)(?!\d)"
    marked = rf"(?:{ci(lang['ordinal_suffixes'])})(?!\w)" if lang["ordinal_suffixes"] else NEVER
    no_month = (rf"(?!\s*[-/.:]\s*\d)(?!\s*\d{{1,2}}[./])(?!\s*{f['dmj']}{p.month})"
                rf"(?!\s+(?:{f['ordinals']})(?!\w))")  # not "Donnerstag, 18. 7.", "Dienstag 5:0"
    joiners = p.worded_time_joiners()  # "Monday the 27th at six pm"
    clock = rf"(?:\d{{1,2}}|{p.spelled()})(?:[:.]\d\d)?\s*(?:{p.hour_words}|{p.meridiem})(?!\w)"
    return (rf"{B}{weekday},?\s+(?:(?P<pre>{prefix})\s+)?(?:(?>{day}(?P<mark>{marked})?)|(?P<dw>{f['ordinals']}))"
            rf"(?!\w){no_month}(?P<end>(?=\s*[,.;:!?)](?!\d)|\s*$|\s+(?:{joiners})\s|\s+{clock}))?")


def _p_day_and_weekday(p: DatePatterns) -> str | None:  # "le 25 mardi", "le vingt-cinq mardi", at a clause end
    weekday = _weekday(p)
    if weekday is None:
        return None
    return (rf"{B}(?P<pre>{ci(p.lang['day_prefixes'])})\s+(?:(?>{p.day('d')})|(?P<dn>{p.fragments()['cardinals']}))\s+"
            rf"{weekday}(?=\s*(?:[,.;:!?)]|$))")


def _weekday_and_day(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A weekday and a day of the month: the date nearest to the publication date that has both."""
    groups = m.groupdict()
    if not (groups["pre"] or groups.get("mark") or groups.get("end") is not None):
        return None
    if groups.get("dw") and groups.get("end") is None:
        return None  # "on Thursday the first hearing": an ordinal word is a day only at a clause end
    weekday = pats.table["weekdays"][m["wd"].lower()]
    value = nd.nearest_day_on_weekday(ref.known_day(), day_number(m, pats), weekday, config.WEEKDAY_DAY_SEARCH_MONTHS)
    return Candidate(m.start(), m.end(), "relative", value=value) if value else None


def _p_night_of_weekdays(p: DatePatterns) -> str | None:
    """"dans la nuit de jeudi à vendredi", "in der Nacht von Donnerstag auf Freitag", "in de nacht van
    donderdag op vrijdag", "the night of Thursday to Friday": the two days of one night."""
    weekday, nights, tos = _weekday(p), p.lang.get("night_of_words"), p.lang.get("night_to_words")
    if weekday is None or not nights or not tos:
        return None
    names = [w for w in p.lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS]
    return rf"{B}(?:{ci(nights)})\s+{weekday}\s+(?:{ci(tos)})\s+(?P<wd2>{ci(names)}){E}"


def _night_of_weekdays(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """The night's first day by the tense of its clause, and the day after it (the second weekday)."""
    first, second = pats.table["weekdays"][m["wd"].lower()], pats.table["weekdays"][m["wd2"].lower()]
    if second % 7 != (first + 1) % 7:
        return None  # "from Monday to Friday": not one night
    start = nd.weekday_by_tense(ref.known_day(), first, clause_tense(m.string, m.start(), m.end(), pats))
    end = nd.day(dt.date.fromisoformat(start) + dt.timedelta(days=1))
    return Candidate(m.start(), m.end(), "relative", value=f"{start}/{end}")


def _p_lone_weekday(p: DatePatterns) -> str | None:  # "said on Tuesday", "am Dienstag", "vrijdagavond"
    weekday = _weekday(p)
    if weekday is None:
        return None
    parts = p.lang.get("day_parts")
    part = rf"(?:\s*(?P<part>{ci(parts)}))?" if parts else ""  # "Friday morning": the day
    return rf"{B}{weekday}{part}{E}"


CLAUSE_MARKS = ".!?;\n"


def _lone_weekday(m: re.Match[str], pats: DatePatterns, ref: Reference) -> Candidate | None:
    """A weekday alone, resolved by the tense of its clause: the last such day up to publication (past),
    the next one (future) or the nearest one. Not a weekday that starts a date ("Tuesday, June 5"), a
    recurring one ("every Monday", "Monday to Friday") or one in a name ("Black Friday", "Super Tuesday");
    one of a pair of days is a day (see :func:`_pair_value`)."""
    pair = _weekday_pair(m, pats)
    if _names_a_date_or_set(m, pats, pair is not None):
        return None
    if pair is not None:
        value = _pair_value(m, pair, pats, ref)
        return Candidate(m.start(), m.end(), "lone_weekday", value=value) if value else None
    weekday = pats.table["weekdays"][m["wd"].lower()]
    value = nd.weekday_by_tense(ref.known_day(), weekday, _weekday_tense(m, pats))
    return Candidate(m.start(), m.end(), "lone_weekday", value=value)


@cache
def _pointing_back(code: str | None) -> re.Pattern[str]:
    """A determiner pointing back right before a weekday ("that Saturday", "an jenem Samstag")."""
    dets = patterns_for(code).lang.get("anaphoric_determiners", [])
    return re.compile(rf"(?<!\w)(?:{ci(dets)})\s+$" if dets else NEVER)


def _weekday_tense(m: re.Match[str], pats: DatePatterns) -> int:
    """The tense a lone weekday is read in: past after a word that starts a period ("since Monday", "depuis
    lundi", "seit Montag", "sinds maandag") or a determiner pointing back ("that Saturday"), future after
    one that ends it in a clause of unknown tense ("jusqu'à vendredi, la circulation est interdite"), else
    its clause's."""
    before = text_before(m.string, m.start(), config.DATE_PHRASE_BEFORE_CHARS)
    subject = pats.tense.match(m.string, len(m.string) - len(m.string[m.end():].lstrip()))  # "that Saturday will"
    if pats.period_start_before.search(before) or (_pointing_back(pats.lang.code).search(before) and not subject):
        return -1  # "that Saturday evening when I first saw": a day of the story told
    tense = clause_tense(m.string, m.start(), m.end(), pats)
    return 1 if tense == 0 and pats.period_end_before.search(before) else tense


@cache
def _weekday_pair_pattern(code: str | None) -> re.Pattern[str]:
    """Two weekdays joined by "and" ("on Friday and Saturday", "am Freitag und am Samstag") or after "both"
    ("both Friday and Saturday", "sowohl Freitag als auch Samstag", "zowel vrijdag als zaterdag")."""
    pats = patterns_for(code)
    lang = pats.lang
    names = [w for w in lang["weekdays"] if len(w) >= config.MIN_WEEKDAY_NAME_CHARS]
    if not names:
        return re.compile(NEVER)
    both, both_joiners = lang.get("both_words", []), lang.get("both_joiners", [])
    preps = rf"(?:(?:{ci(lang['date_prepositions'])})\s+)?" if lang["date_prepositions"] else ""
    parts = rf"(?:\s*(?:{ci(lang['day_parts'])}))?" if lang.get("day_parts") else ""
    starts = rf"(?:(?P<both>{ci(both)})\s+)?" if both else ""
    joiners = rf"(?P<j>{pats.coordination_words()})" + (rf"|(?P<bj>{ci(both_joiners)})" if both_joiners else "")
    return re.compile(rf"(?<!\w){starts}{preps}(?P<wd1>{ci(names)}){parts}\s+(?:{joiners})\s+{preps}"
                      rf"(?P<wd2>{ci(names)}){parts}(?!\w)")


def _weekday_pair(m: re.Match[str], pats: DatePatterns) -> re.Match[str] | None:
    """The pair of days ``m`` is one of: two weekdays after "both" ("both Friday and Saturday"), or two
    consecutive ones joined by "and" ("met on Friday and Saturday"), with no third weekday near them in
    their clause ("Monday, Tuesday and Friday" is a set, as "every Monday and Tuesday" is)."""
    text = m.string
    window = max(0, m.start() - 2 * config.WEEKDAY_LIST_CHARS)  # "sowohl am Freitag als auch am Samstag"
    pairs = _weekday_pair_pattern(pats.lang.code).finditer(text, window, m.end() + config.WEEKDAY_LIST_CHARS)
    pair = next((p for p in pairs if m.start() in (p.start("wd1"), p.start("wd2"))), None)
    if pair is None or (pair.groupdict().get("bj") and not pair.groupdict().get("both")):
        return None  # "als" joins only after "zowel"
    first, second = (pats.table["weekdays"][pair[g].lower()] for g in ("wd1", "wd2"))
    if not pair.groupdict().get("both") and second != first % 7 + 1:
        return None  # "votes on Monday and Friday": a schedule; "Friday and Saturday": two days
    reach = 2 * config.WEEKDAY_LIST_CHARS  # "8 a.m. to 8 p.m. Monday through Friday and 8 a.m. to 5 p.m. on
    #   Saturday and Sunday": opening hours
    left = max(clause_start(text, pair.start()), pair.start() - reach)
    right = min(clause_end(text, pair.end()), pair.end() + reach)
    if pats.other_weekday.search(text, left, pair.start()) or pats.other_weekday.search(text, pair.end(), right) \
            or pats.after_lone_weekday.match(text, pair.end()):
        return None
    before = text_before(text, pair.start(), config.DATE_CONTEXT_CHARS).split()
    if before and before[-1].lower() in pats.recurring:
        return None  # "every Monday and Tuesday"
    return pair


def _pair_value(m: re.Match[str], pair: re.Match[str], pats: DatePatterns, ref: Reference) -> str | None:
    """The day of one weekday of a pair: without "both", only in a past or future clause ("were held on
    Friday and Saturday", "will meet Friday and Saturday"; "open Friday and Saturday" may be every week);
    the second follows the first within a week (the second is the last such day up to publication in a
    past clause, the first the next one from it in a future clause or the nearest one)."""
    tense = clause_tense(m.string, pair.start(), pair.end(), pats)
    if not pair.groupdict().get("both") and tense == 0:
        return None
    when = ref.known_day()
    first, second = (pats.table["weekdays"][pair[g].lower()] for g in ("wd1", "wd2"))
    is_first, gap = m.start() == pair.start("wd1"), dt.timedelta(days=(second - first) % 7 or 7)
    if tense < 0:
        last = dt.date.fromisoformat(nd.weekday_by_tense(when, second, tense))
        return nd.day(last - gap) if is_first else nd.day(last)
    start = dt.date.fromisoformat(nd.weekday_by_tense(when, first, tense))
    return nd.day(start) if is_first else nd.day(start + gap)


def _listed_with(text: str, m: re.Match[str], window_start: int, window_end: int, pats: DatePatterns) -> bool:
    """Another weekday near ``m`` makes a list ("Monday or Tuesday", "Monday, Tuesday and Friday"), unless a
    verb stands between them: two days of two events ("began on Monday and will end on Friday", "which
    began on Monday, will end on Friday")."""
    before = [w for w in pats.other_weekday.finditer(text, window_start, m.start())]
    after = pats.other_weekday.search(text, m.end(), window_end)
    return bool((before and not pats.tense.search(text, before[-1].end(), m.start()))
                or (after and not pats.tense.search(text, m.end(), after.start())))


def _names_a_date_or_set(m: re.Match[str], pats: DatePatterns, paired: bool = False) -> bool:
    text = m.string
    after = re.match(rf"{pats.weekday_date_gap}(?:\d(?!\d?:\d(?!\d))|{pats.month}(?!\w))",  # not a score "5:0"
                     text[m.end(): m.end() + config.DATE_WORDS_AFTER_CHARS])
    if after and pats.clock_after_weekday.match(text, m.end()):
        after = None  # "am Donnerstag (21 Uhr)", "Freitagabend, 17 Uhr": a time of that day, not a date
    if after or (not paired and pats.weekday_end is not None and pats.weekday_end.match(text, m.end())):
        return True  # "Tuesday, June 5", "Monday to Friday"
    before = text[max(0, m.start() - config.DATE_CONTEXT_CHARS): m.start()]
    if not paired and pats.weekday_start is not None and pats.weekday_start.search(before):
        return True  # the end of "Monday to Friday"
    window_start = max(m.start() - config.WEEKDAY_LIST_CHARS, clause_start(text, m.start()))
    window_end = min(m.end() + config.WEEKDAY_LIST_CHARS, clause_end(text, m.end()))
    listed = _listed_with(text, m, window_start, window_end, pats)
    if (listed and not paired) \
            or pats.after_lone_weekday.match(text, m.end()):  # a list is one clause's: "on Friday. Friday will" is none
        return True  # "Monday or Tuesday", "Wednesday evening next week", "Tuesday afternoons": not alone
    words = before.split()
    previous = words[-1] if words else ""
    if previous.lower() in pats.recurring or previous.lower() in pats.direction_words:
        return True  # "every Monday", "chaque lundi"; "next Monday afternoon" is the relative rule's
    following = text[m.end(): m.end() + config.DATE_WORDS_AFTER_CHARS].split()[:1]
    if f"{previous} {m['wd']}".lower() in pats.named_weekdays or m.group(0).lower() in pats.named_weekdays \
            or (following and f"{m['wd']} {following[0]}".lower().rstrip(",.;:") in pats.named_weekdays):
        return True  # "Black Friday", "the Sunday Times": a name ("told the Committee Tuesday" is a day)
    sentence_start = not before.strip() or before.rstrip()[-1:] in CLAUSE_MARKS + ":–—-"
    return bool(previous[:1].isupper() and previous not in pats.function_words and not sentence_start
                and not pats.lang["nouns_capitalised"] and not pats.named_weekdays and len(words) > 0
                and (len(words) < 2 or words[-2][-1:] not in CLAUSE_MARKS)  # without a list: any capital
                and m["wd"][:1].isupper())  # "affronte Lyon dimanche": a weekday in lower case names no title


def clause_tense(text: str, start: int, end: int, pats: DatePatterns, events_only: bool = False,
                 verbs_only: bool = False) -> int:
    """-1 (past), 1 (future) or 0 (unknown) for the clause around ``text[start:end]``: the tense word
    nearest to it decides ("said the Senate will vote Tuesday": future; "said Tuesday that": past).
    A tense word beyond a comma counts as TENSE_COMMA_CHARS farther. ``events_only``: verbs of saying do not
    count ("said the centre opens in May" tells when it was said, not when the centre opens), nor an
    auxiliary before one ("a annoncé") or of a present perfect.
    ``verbs_only``: the words of another date do not count ("ago", "vorige", "dernier": "twee weken geleden en
    over 3 dagen"), nor a participle by its ending right before the date ("When fully implemented in two
    years")."""
    left, right = clause_start(text, start), clause_end(text, end)
    best: tuple[int, int] | None = None
    future_ends: list[int] = []
    infinitive = {w.lower() for w in pats.lang.get("infinitive_markers", [])}  # "festgehalten zu werden"
    for marker in pats.tense.finditer(text, left, right):
        if (events_only and _reports(text, marker, pats)) or (verbs_only and _no_verb(text, marker, start, pats)):
            continue
        preceding = text[max(left, marker.start() - config.DATE_PHRASE_BEFORE_CHARS): marker.start()].split()
        if marker["future"] and preceding and preceding[-1].lower() in infinitive:
            continue  # an infinitive, no future
        if marker["past"] and not _past_auxiliary(text, marker, pats):
            continue  # "le musée est ouvert samedi": a state in the present
        if marker["past"] and preceding and preceding[-1].lower() in pats.adjective_determiners:
            continue  # "the proposed detonation", "their revised plan": an adjective, no past
        distance = start - marker.end() if marker.end() <= start else marker.start() - end
        if "," in (text[marker.end(): start] if marker.end() <= start else text[end: marker.start()]):
            distance += config.TENSE_COMMA_CHARS  # "which began on Monday, will end": its own clause's verb
        tense = 1 if marker["future"] else 0 if marker.groupdict().get("present") else -1
        if marker["future"]:
            future_ends.append(marker.end())
        elif any(0 <= marker.start() - e <= config.FUTURE_AUXILIARY_GAP_CHARS for e in future_ends):
            tense = 1  # "will be held", "zal worden gehouden": a participle after a future auxiliary
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else 0


def _no_verb(text: str, marker: re.Match[str], start: int, pats: DatePatterns) -> bool:
    """A tense word that is no past verb of its own: a date's word ("ago", "vorige"), a participle after a
    passive or modal auxiliary ("must be paid within 30 days", "moet worden betaald"), or a word known only
    by its past ending right before the date ("When fully implemented in two years") or after it ("in 10
    years the share of highly qualified people")."""
    word = marker.group(0).lower()
    if word in pats.dated_tense_words:
        return True
    if marker["past"] is None:
        return False
    preceding = text[max(0, marker.start() - config.DATE_PHRASE_BEFORE_CHARS): marker.start()].split()
    return (bool(preceding) and preceding[-1].lower() in pats.passive_before) or (
        word not in pats.auxiliaries and (0 <= start - marker.end() <= 1 or marker.start() > start))


def _past_auxiliary(text: str, marker: re.Match[str], pats: DatePatterns) -> bool:
    """A past marker that is also a present verb ("est", "sont": `tense_state_auxiliaries`) marks the past
    only as the auxiliary of a compound past: after a reflexive pronoun ("s'est réuni") or before the
    participle of a verb of motion or state change ("est arrivé", "sont nées", "est finalement parti"),
    not before an adjective or a passive participle ("est ouvert samedi", "sont fermés dimanche")."""
    if marker.group(0).lower() not in pats.state_auxiliaries:
        return True
    if pats.reflexive_before.search(text, max(0, marker.start() - config.DATE_CONTEXT_CHARS), marker.start()):
        return True
    following = text[marker.end(): marker.end() + config.DATE_PHRASE_BEFORE_CHARS].split()[:2]
    return any(_participle_base(w.strip(",.;:!?»\"").lower()) in pats.motion_participles for w in following)


def _participle_base(word: str) -> str:
    """A French participle without its agreement ending: "arrivées" -> "arrivé", "morte" -> "mort"."""
    for ending in ("es", "s", "e"):
        if len(word) > len(ending) + 1 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _decimal_point(text: str, i: int) -> bool:
    """``text[i]`` is a point that ends no clause: of a decimal ("grew 4.1 percent") or after a single letter
    before a lower-case word ("at 6.40 p.m. on Friday", "a.m. on")."""
    if text[i] != "." or not 0 < i < len(text) - 1:
        return False
    if text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
    following = text[i + 1: i + 3].lstrip()[:1]
    return text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalpha()) and following.islower()


def clause_start(text: str, start: int) -> int:
    """Where the clause around a position starts: after the last clause mark before it."""
    pos = start
    while True:
        mark = max(text.rfind(c, 0, pos) for c in CLAUSE_MARKS)
        if mark < 0 or not _decimal_point(text, mark):
            return mark + 1
        pos = mark


def clause_end(text: str, end: int) -> int:
    """Where the clause around a position ends: at the first clause mark after it."""
    pos = end
    while True:
        stops = [i for i in (text.find(c, pos) for c in CLAUSE_MARKS) if i >= 0]
        if not stops:
            return len(text)
        if not _decimal_point(text, min(stops)):
            return min(stops)
        pos = min(stops) + 1


def _reports(text: str, marker: re.Match[str], pats: DatePatterns) -> bool:
    """A tense word that says little of when the event is: a verb of saying ("said", "a déclaré"), the
    auxiliary of one ("a" before "annoncé"), of a present perfect ("has", "a", "est": "a lieu" and "est
    le 5" are present), or a future seen from the past ("announced in July he would raise")."""
    said = marker.group(0).lower()
    if said in pats.reporting or said in pats.present_perfect:
        return True
    following = text[marker.end(): marker.end() + config.DATE_CONTEXT_CHARS].split()
    return bool(following) and following[0].lower().strip(",.;:") in pats.reporting


def weekday_before(text: str, start: int, pats: DatePatterns) -> tuple[int, int] | None:
    """The start and ISO number of a weekday right before a date ("le lundi 3 septembre", "on Monday,
    September 3"), or None."""
    found = pats.weekday_before_date.search(text, max(0, start - config.DATE_PHRASE_BEFORE_CHARS), start)
    return (found.start(), pats.table["weekdays"][found["wd"].lower()]) if found else None


def year_on_weekday(month: int, day_of_month: int, weekday: int, years: list[int]) -> int | None:
    """The first of ``years`` (the likeliest first) in which ``day_of_month`` of ``month`` is ``weekday``."""
    for year in years:
        try:
            if dt.date(year, month, day_of_month).isoweekday() == weekday:
                return year
        except ValueError:
            continue
    return None


def _rule(name: str, pattern: PatternBuilder, handler: Handler, needs: str) -> Rule:
    return Rule(name, FAMILY, pattern, handler, needs, needs_day=True)


RULES: tuple[Rule, ...] = (
    _rule("relative weekday", _p_relative_weekday, _relative_weekday, "weekdays"),
    _rule("weekday and postposed direction", _p_weekday_postposed, _relative_weekday, "weekdays"),
    _rule("weekday of a relative week", _p_weekday_of_week, _relative_weekday, "weekdays"),
    _rule("weekday and day", _p_weekday_and_day, _weekday_and_day, "weekdays"),
    _rule("day and weekday", _p_day_and_weekday, _weekday_and_day, "weekdays"),
    _rule("night from one weekday to the next", _p_night_of_weekdays, _night_of_weekdays, "weekdays"),
    _rule("weekday alone, by the tense of its clause", _p_lone_weekday, _lone_weekday, "weekdays"),
)
