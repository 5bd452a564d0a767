"""Date values as in gold/FORMAT.md: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-MM-DDThh:mm``,
``XXXX-MM-DD`` (year unknown) and ``START/END`` ranges; relative expressions resolved on a reference date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from pipeline import config

WEEKEND_STARTS = 5  # date.weekday() of Saturday
_ISO_PREFIX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A calendar expression with what it states; ``year`` None means the text gives no year."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None

    def is_valid(self) -> bool:
        earliest = config.MIN_YEAR if self.month is None else config.MIN_DATE_YEAR  # "1858" alone is no date
        if self.year is not None and not earliest <= self.year <= config.MAX_YEAR:
            return False
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            if self.month is None:
                return False
            last = calendar.monthrange(self.year if self.year is not None else 2000, self.month)[1]
            if not 1 <= self.day <= last:
                return False
        return not (self.hour is not None and not (0 <= self.hour <= 23 and 0 <= (self.minute or 0) <= 59))

    def with_year(self, year: int | None) -> PartialDate:
        return PartialDate(year, self.month, self.day, self.hour, self.minute)

    def value(self) -> str:
        """The ISO 8601 form, with ``XXXX`` for an unknown year."""
        year = f"{self.year:04d}" if self.year is not None else "XXXX"
        if self.month is None:
            return year
        out = f"{year}-{self.month:02d}"
        if self.day is None:
            return out
        out += f"-{self.day:02d}"
        if self.hour is not None:
            out += f"T{self.hour:02d}:{(self.minute or 0):02d}"
        return out


def range_value(start: PartialDate, end: PartialDate) -> str:
    return f"{start.value()}/{end.value()}"


def reference_date(published: str | None) -> dt.date | None:
    """The day a document was published, when its ``published`` value states at least a full date."""
    if not published:
        return None
    match = _ISO_PREFIX.match(published)
    if not match or not match.group(3):
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def reference_year(published: str | None) -> int | None:
    match = _ISO_PREFIX.match(published or "")
    return int(match.group(1)) if match else None


def day(date: dt.date) -> str:
    return date.isoformat()


def shift_days(ref: dt.date, days: int) -> str:
    return day(ref + dt.timedelta(days=days))


def relative_period(ref: dt.date, unit: str, offset: int) -> str:
    """The week, month, quarter, year or decade ``offset`` units from the reference date (weeks run Monday
    to Sunday)."""
    if unit in ("week", "fortnight"):  # a fortnight: two weeks from this week's Monday
        weeks = 2 if unit == "fortnight" else 1
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset * weeks)
        return f"{day(monday)}/{day(monday + dt.timedelta(days=7 * weeks - 1))}"
    if unit == "month":
        index = ref.year * 12 + (ref.month - 1) + offset
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + offset
        return quarter_value(index // 4, index % 4 + 1)
    if unit == "year":
        return f"{ref.year + offset:04d}"
    if unit == "decade":  # calendar decades: "the next decade" said in 2019 is 2020/2029
        start = (ref.year // 10 + offset) * 10
        return f"{start:04d}/{start + 9:04d}"
    raise ValueError(f"unknown unit {unit!r}")


def weekday_in_week(ref: dt.date, weekday: int, weeks: int) -> str:
    """The ``weekday`` (Monday=1) of the week ``weeks`` weeks from the reference date's week."""
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=weeks)
    return day(monday + dt.timedelta(days=weekday - 1))


def nearest_weekday(ref: dt.date, weekday: int, step: int) -> str:
    """The first ``weekday`` (Monday=1) strictly after (``step`` 1) or before (-1) the reference date."""
    days = (weekday - 1 - ref.weekday()) % 7 if step > 0 else -((ref.weekday() - (weekday - 1)) % 7)
    if days == 0:
        days = 7 * step
    return day(ref + dt.timedelta(days=days))


def weekday_by_tense(ref: dt.date, weekday: int, tense: int) -> str:
    """The ``weekday`` (Monday=1) a clause of tense ``tense`` means: the last such day up to the reference
    date (past, -1), the first one from it on (future, 1), or the nearest one (0); the day itself counts."""
    back = (ref.isoweekday() - weekday) % 7  # days back to the last such day (0: the reference day)
    if tense < 0:
        days = -back
    elif tense > 0:
        days = (weekday - ref.isoweekday()) % 7  # "expected to pass late Wednesday", said on a Wednesday
    else:
        days = -back if back <= config.NEAREST_WEEKDAY_DAYS else 7 - back
    return day(ref + dt.timedelta(days=days))


def nearest_day_on_weekday(ref: dt.date, day_of_month: int, weekday: int, months: int) -> str | None:
    """The date nearest to ``ref`` (within ``months`` months either way) that is the ``day_of_month`` and
    falls on ``weekday`` (Monday=1): "Tuesday the 11th"."""
    found = []
    for offset in range(-months, months + 1):
        index = ref.year * 12 + ref.month - 1 + offset
        year, month = divmod(index, 12)
        if day_of_month <= calendar.monthrange(year, month + 1)[1]:
            candidate = dt.date(year, month + 1, day_of_month)
            if candidate.isoweekday() == weekday:
                found.append(candidate)
    return day(min(found, key=lambda d: (abs((d - ref).days), d < ref))) if found else None


def nearest_year(ref: dt.date, month: int, day_of_month: int | None) -> int:
    """The year of a day or month stated without one: the publication year, unless that puts it more
    than half a year away and another year puts it nearer ("on 20 December" in a January release is last
    December; "in December" in a June release is this December; a month alone counts from its middle)."""
    def distance(year: int) -> int:
        return abs((dt.date(year, month, day_of_month or 15) - ref).days)

    years = [y for y in (ref.year, ref.year - 1, ref.year + 1)
             if day_of_month is None or day_of_month <= calendar.monthrange(y, month)[1]]  # 29 February
    if ref.year in years and distance(ref.year) <= config.NEAREST_YEAR_DAYS:
        return ref.year
    return min(years, key=distance) if years else ref.year


def span_around(ref: dt.date, unit: str, amount: int) -> str:
    """"The next 3 days" (``amount`` 3) or "the last 5 years" (-5): from the day after the reference date
    to ``amount`` units ahead, or from ``amount`` units back to the day before it."""
    if unit == "quarter":  # whole quarters: "the last 2 quarters" are the two before the current one
        current = ref.year * 4 + (ref.month - 1) // 3
        first, last = (current + 1, current + amount) if amount > 0 else (current + amount, current - 1)
        return f"{_quarter_start(first)}/{_quarter_start(last)[:5]}{(last % 4) * 3 + 3:02d}"
    step = "workday" if unit == "workday" else "day"  # "the next 4 business days" start on the next one
    if amount > 0:
        return f"{shift(ref, step, 1)}/{shift(ref, unit, amount)}"
    return f"{shift(ref, unit, amount)}/{shift(ref, step, -1)}"


def _quarter_start(index: int) -> str:
    """The first month (``YYYY-MM``) of the quarter numbered ``year * 4 + quarter - 1``."""
    return f"{index // 4:04d}-{(index % 4) * 3 + 1:02d}"


def part_of_year(year: int, unit: str, amount: int, edge: int) -> str | None:
    """"The first six months of 2021" (``edge`` 1) or "the last 3 weeks of 2019" (-1), weeks as ISO weeks;
    None when the year has fewer such units."""
    sizes = {"month": 12, "quarter": 4, "week": dt.date(year, 12, 28).isocalendar()[1],
             "day": 366 if calendar.isleap(year) else 365}
    if unit not in sizes or not 1 <= amount <= sizes[unit]:
        return None
    if unit in ("month", "quarter"):
        months = amount * (3 if unit == "quarter" else 1)
        first, last = (1, months) if edge > 0 else (13 - months, 12)
        return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    if unit == "week":
        start, end = dt.date.fromisocalendar(year, 1, 1), dt.date.fromisocalendar(year, sizes["week"], 7)
        days = 7 * amount
    else:
        start, end, days = dt.date(year, 1, 1), dt.date(year, 12, 31), amount
    if edge > 0:
        return f"{day(start)}/{day(start + dt.timedelta(days=days - 1))}"
    return f"{day(end - dt.timedelta(days=days - 1))}/{day(end)}"


def season_value(year: int, months: list[int]) -> str:
    """The months of a season that starts in ``year``: spring 2019 is 2019-03/2019-05, winter 2019 runs
    from December 2019 to February 2020."""
    first, last = months
    return f"{year:04d}-{first:02d}/{year + (last < first):04d}-{last:02d}"


def season_start_year(ref: dt.date, months: list[int], offset: int) -> int:
    """The year in which the season of ``months`` starts: the last one over before the reference date
    (``offset`` -1), the next one to start after it (1), or the current one, else the nearest (0)."""
    first, last = months
    def span(year: int) -> tuple[dt.date, dt.date]:
        end_year = year + (last < first)
        return dt.date(year, first, 1), dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
    years = range(ref.year - 2, ref.year + 2)
    if offset < 0:
        return max(y for y in years if span(y)[1] < ref)
    if offset > 0:
        return min(y for y in years if span(y)[0] > ref)
    current = [y for y in years if span(y)[0] <= ref <= span(y)[1]]
    return current[0] if current else min(years, key=lambda y: min(abs((d - ref).days) for d in span(y)))


def quarter_value(year: int, quarter: int) -> str:
    first = 3 * (quarter - 1) + 1
    return f"{year:04d}-{first:02d}/{year:04d}-{first + 2:02d}"


def two_digit_year(first: int, second: str) -> int | None:
    """The end year of ``2021-25`` style ranges: 25 -> 2025, only when it comes after the start."""
    year = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return year if year > first else None


def is_valid_value(value: str) -> bool:
    """Whether ``value`` has one of the forms of FORMAT.md (used by tests and the eval harness)."""
    part = r"(?:\d{4}|XXXX)(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?"
    return re.fullmatch(rf"{part}(?:/{part})?", value) is not None


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day_ = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day_ + 1)


NTH_WEEKDAY_RULE = re.compile(r"(?P<month>\d{2})-(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?P<n>[1-5])(?P<off>[+-]\d+)?")
RULE_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
FULL_DATE_RULE = re.compile(r"\d{4}-\d{2}-\d{2}")


def holiday_value(rule: str, year: int | None) -> str | None:
    """``"12-25"``, ``"easter+39"`` or ``"11-thu4+1"`` (the day after the fourth Thursday of November) in
    ``year``, or ``"2001-09-11"`` whatever the year (a day named by its event); fixed dates without a year
    give ``XXXX-MM-DD``, movable feasts without a year give None
    (they cannot be placed)."""
    if FULL_DATE_RULE.fullmatch(rule):
        return rule  # a day named by its event: "9/11", "le 11-Septembre"
    nth = NTH_WEEKDAY_RULE.fullmatch(rule)
    if rule.startswith("easter") or nth:
        if year is None:
            return None
        if nth is None:
            return day(easter(year) + dt.timedelta(days=int(rule[6:] or 0)))
        first = dt.date(year, int(nth["month"]), 1)
        shift_to_weekday = (RULE_WEEKDAYS.index(nth["wd"]) - first.weekday()) % 7
        return day(first + dt.timedelta(days=shift_to_weekday + 7 * (int(nth["n"]) - 1) + int(nth["off"] or 0)))
    return f"{year:04d}-{rule}" if year is not None else f"XXXX-{rule}"


def nearest_holiday(rule: str, ref: dt.date) -> str | None:
    """The holiday of ``rule`` nearest to the reference date (last year's, this year's or next year's)."""
    values = [v for v in (holiday_value(rule, year) for year in (ref.year, ref.year - 1, ref.year + 1)) if v]
    return min(values, key=lambda v: abs((dt.date.fromisoformat(v) - ref).days)) if values else None


def shift(ref: dt.date, unit: str, amount: int) -> str:
    """The day ``amount`` units (day, week, month, quarter, year, decade; negative: before) from ``ref``."""
    if unit == "day":
        return day(ref + dt.timedelta(days=amount))
    if unit == "workday":  # Monday to Friday; public holidays differ by country and are not counted
        current, left, sign = ref, abs(amount), 1 if amount > 0 else -1
        while left:
            current += dt.timedelta(days=sign)
            left -= current.weekday() < WEEKEND_STARTS
        return day(current)
    if unit in ("week", "fortnight"):
        return day(ref + dt.timedelta(weeks=amount * (2 if unit == "fortnight" else 1)))
    months = ref.year * 12 + ref.month - 1 + amount * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
    year, month = divmod(months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return day(dt.date(year, month + 1, min(ref.day, last)))
