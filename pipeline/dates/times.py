"""Clock times: the hour and minute of a matched time ("8:00 am", "20.30 uur", "18h", "14 Uhr"), and the
time of day joined to the day next to it ("9h le 13 décembre 2018", "vandaag om 20.30", "today at 8.30pm",
"om zes uur 's avonds", "half tien")."""

from __future__ import annotations

import re
from functools import cache

from pipeline import config
from pipeline.dates.patterns import DatePatterns, ci, patterns_for
from pipeline.dates.rules import CLAUSE_END, FULL_DAY, Candidate, count, text_before
from pipeline.dates.values import PartialDate
from pipeline.numbers import spoken_pair

HOURS_A_DAY = 24  # a fact of the clock, not a threshold
MINUTES_AN_HOUR = 60
TimeFound = tuple[int, int | None, int | None]  # end of the time in the text, hour, minute


def hour_of(m: re.Match[str]) -> tuple[int | None, int | None]:
    """The hour (24-hour clock) and minute of a match of :meth:`DatePatterns.clock`, or None, None."""
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


def with_times(text: str, cands: list[Candidate], pats: DatePatterns) -> list[Candidate]:
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
    relative_day = cand.kind in ("relative", "weekday", "lone_weekday") and cand.value is not None \
        and FULL_DAY.fullmatch(cand.value) is not None
    absolute_day = first is not None and cand.last is None and not cand.value and first.day is not None \
        and first.hour is None
    if not (relative_day or absolute_day):
        return cand
    window_start = max(0, floor, cand.start - config.DATE_TIME_BEFORE_CHARS)
    before = pats.time_before.search(text[window_start: cand.start])
    if before and pats.number_label_before.search(
            text_before(text, window_start + before.start(), config.DATE_PHRASE_BEFORE_CHARS)):
        before = None  # "version 2.10 on 5.12", "Artikel 5.3 vom 5.12.": a number, not a time
    hours = _time_range(text, window_start + before.start() if before else cand.end, before, pats)
    if hours is not None:  # "between 10am and 4pm on Saturday", "samedi de 14h à 18h"
        day = cand.value if relative_day else first.value() if first is not None else ""
        span_start, span_end = (hours[0], cand.end) if before else (cand.start, hours[1])
        return Candidate(span_start, span_end, "range", value=f"{day}T{hours[2]}/{day}T{hours[3]}")
    after = None if before else _time_after(text, cand.end, pats, relative_day)
    if before:
        hour, minute = hour_of(before)
        start, end = window_start + before.start(), cand.end
    elif after:
        start, (end, hour, minute) = cand.start, after
    elif (worded := _clock_word(text, cand, pats, window_start)) is not None:
        start, end, hour, minute = worded
    else:
        return cand
    if hour is None:
        return cand
    if relative_day:
        said = text[cand.start: cand.end].lower()
        if config.EVENING_HOURS[0] <= hour <= config.EVENING_HOURS[1] and said in pats.words["evening_words"] \
                and not pats.meridiem_in.search(text[cand.start: end]):
            hour += 12  # "tonight at 7" (but "tonight at 1am", "tonight around 3")
        return Candidate(start, end, "relative", value=f"{cand.value}T{hour:02d}:{minute or 0:02d}")
    assert first is not None
    return Candidate(start, end, "datetime", PartialDate(first.year, first.month, first.day, hour, minute))


@cache
def _time_range_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The first time of a range of hours, before the time of a day ("between 10am and 4pm on Saturday",
    "de 8h à 20h dimanche") and after the day ("samedi de 14h à 18h", "am Samstag von 10 bis 16 Uhr",
    "zaterdag van 10.00 tot 16.00 uur", "on Saturday from 10am to 4pm")."""
    pats = patterns_for(code)
    first = (rf"(?:(?P<st>{pats.starts})\s+)?(?<![\w:.])(?P<h1>[01]?\d|2[0-3])(?:[:h.](?P<m1>[0-5]\d))?"
             rf"(?:\s*(?P<ap1>{pats.meridiem})(?!\w)|\s*(?:{pats.hour_words})(?!\w))?\s*(?P<j>{pats.joiners})\s*")
    return re.compile(rf"{first}$"), re.compile(rf",?\s+{first}{pats.clock(False)}")


def _time_range(text: str, pos: int, before: re.Match[str] | None,
                pats: DatePatterns) -> tuple[int, int, str, str] | None:
    """A range of hours on one day, ending with the time ``before`` the day (found at ``pos``) or after the
    day ending at ``pos``: its start, end, first and last time ("hh:mm"); None when there is none, when "and"
    joins two times without "between" ("at 9am and 4pm"), or when the hours are not in order ("from 10pm
    to 2am")."""
    lead, trail = _time_range_patterns(pats.lang.code)
    match = lead.search(text, max(0, pos - config.DATE_TIME_BEFORE_CHARS), pos) if before else trail.match(text, pos)
    last = before or match
    if match is None or last is None:
        return None
    last_hour, last_minute = hour_of(last)
    if last_hour is None or (match["j"].lower() in pats.coordination
                             and (match["st"] or "").lower() not in pats.between):
        return None
    first_hour = int(match["h1"])
    ampm = (match["ap1"] or "").lower().replace(".", "").replace(" ", "")
    said_pm = last_hour > int(last["hh"])  # "4pm", "4 in the afternoon"
    if first_hour < 12 and (ampm == "pm" or (not ampm and said_pm and first_hour + 12 <= last_hour)):
        first_hour += 12  # "from 2 to 4pm" (not "de 8h à 20h")
    first_minute = int(match["m1"] or 0)
    if (first_hour, first_minute) >= (last_hour, last_minute or 0):
        return None
    return (match.start(), match.end(), f"{first_hour:02d}:{first_minute:02d}",
            f"{last_hour:02d}:{last_minute or 0:02d}")


@cache
def _clock_word_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A word for an hour before a day, after a time joiner or one of ``clock_words_alone`` ("at noon on
    Friday", "noon Friday", "à minuit samedi"), or after it and a joiner ("Friday at midnight", "um
    Mitternacht", "om middernacht")."""
    pats = patterns_for(code)
    words, joiners = pats.lang.get("clock_words", {}), pats.worded_time_joiners()
    if not words:
        return None
    preps = [*pats.lang["date_prepositions"], *pats.lang["day_prefixes"]]
    gap = rf"(?:(?:{ci(preps)})\s+)?" if preps else ""
    bare = pats.lang.get("clock_words_alone", [])  # "noon Friday"; not French "Midi" (the south)
    alone = rf"|(?P<alone>{ci(bare)})" if bare else ""
    return (re.compile(rf"(?<!\w)(?:(?:{joiners})\s+(?P<cw>{ci(words)}){alone})\s*(?:,\s*)?{gap}$"),
            re.compile(rf"\s*(?:,\s*)?(?:{joiners})\s+(?P<cw>{ci(words)})(?!\w)"))


def _clock_word(text: str, cand: Candidate, pats: DatePatterns, window_start: int) -> tuple[int, int, int, int] | None:
    """The start, end, hour and minute of a day with a word for its hour: "at noon on Friday", "Friday at
    midnight" (see :func:`_clock_word_patterns`)."""
    found = _clock_word_patterns(pats.lang.code)
    if found is None:
        return None
    before, after = found
    hours = {w.lower(): int(h) for w, h in pats.lang["clock_words"].items()}
    if (match := before.search(text, window_start, cand.start)) is not None:
        return match.start(), cand.end, hours[(match["cw"] or match["alone"]).lower()], 0
    if (match := after.match(text, cand.end)) is not None:
        return cand.start, match.end(), hours[match["cw"].lower()], 0
    return None


def _time_after(text: str, pos: int, pats: DatePatterns, relative_day: bool) -> TimeFound | None:
    """The end, hour and minute of a time right after a day: "om 20.30", "at 4", "11 uur 's ochtends",
    "om zes uur 's avonds", "half tien"."""
    match = (pats.time_after if relative_day else pats.marked_time_after).match(text, pos) \
        or pats.bare_hour_after.match(text, pos)
    if match:
        return (match.end(), *hour_of(match))
    spoken = pats.spoken_time_after.match(text, pos)
    if not spoken:
        return None
    clause_end = CLAUSE_END.match(text, spoken.end()) is not None
    hour, minute = _spoken_clock(spoken["hw"], bool(spoken["half"]), pats)
    if hour is not None and spoken.groupdict().get("mw"):
        hour, minute = _with_spoken_minutes(hour, count(spoken["mw"], pats), bool(spoken["mbefore"]))
    marked = spoken["half"] or spoken["hword"] or spoken["mword"] or spoken["part"]
    if hour is None or not (marked or ((spoken["j"] or minute) and clause_end)):
        return None  # "June 3 two people", "on 3 May at one point" are no times
    evening = spoken["pm"] or (spoken["ampm"] or "").lower().replace(".", "").replace(" ", "") == "pm"
    return spoken.end(), hour + 12 if evening and hour < 12 else hour, minute


def _with_spoken_minutes(hour: int, minutes: int, before: bool) -> tuple[int | None, int]:
    """"sept heures et vingt-sept" (7:27), "huit heures moins vingt-trois" (7:37); None past 59 minutes."""
    if not 0 < minutes < MINUTES_AN_HOUR:
        return None, 0
    return ((hour - 1) % HOURS_A_DAY, MINUTES_AN_HOUR - minutes) if before else (hour, minutes)


def _spoken_clock(words: str, half: bool, pats: DatePatterns) -> tuple[int | None, int]:
    """The hour and minute of a time in words: "zes" (6:00), "half tien" (9:30), "seven twenty-seven"."""
    hour = count(words, pats)
    if half:
        return (hour - 1, 30) if 1 <= hour <= config.HALF_HOUR_MAX else (None, 0)
    if 1 <= hour <= HOURS_A_DAY:
        return hour % HOURS_A_DAY, 0
    pair = spoken_pair(words, pats.lang.code, range(0, HOURS_A_DAY + 1), range(0, 60))
    return (pair[0] % HOURS_A_DAY, pair[1]) if pair else (None, 0)

