from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import extract_dates
from pipeline.dates.values import (
    PartialDate,
    is_valid_value,
    nearest_weekday,
    part_of_year,
    reference_date,
    relative_period,
    span_around,
    weekday_in_week,
)

LANGUAGES = ["en", "nl", "fr", "de", "es", None]


@pytest.mark.parametrize(("date", "value"), [
    (PartialDate(2025, 1, 21), "2025-01-21"), (PartialDate(None, 8, 31), "XXXX-08-31"),
    (PartialDate(2017, 5, 30, 11, 15), "2017-05-30T11:15"), (PartialDate(2020, 12), "2020-12"),
    (PartialDate(2021), "2021"),
])
def test_values(date, value):
    assert date.value() == value and is_valid_value(value)


def test_validity():
    assert not PartialDate(2021, 2, 29).is_valid()
    assert PartialDate(2020, 2, 29).is_valid()
    assert PartialDate(None, 2, 29).is_valid()
    assert not PartialDate(1850).is_valid()


def test_reference_date_needs_a_full_date():
    assert reference_date("2017-05-30T11:15") == dt.date(2017, 5, 30)
    assert reference_date("2017-05") is None and reference_date(None) is None


def test_relative_periods():
    ref = dt.date(2017, 5, 30)  # a Tuesday
    assert relative_period(ref, "week", -1) == "2017-05-22/2017-05-28"
    assert relative_period(ref, "month", -5) == "2016-12"
    assert relative_period(ref, "year", 1) == "2018"
    assert relative_period(ref, "quarter", -1) == "2017-01/2017-03"
    assert relative_period(dt.date(2017, 1, 3), "quarter", -1) == "2016-10/2016-12"


def test_weekdays():
    ref = dt.date(2017, 5, 30)  # a Tuesday
    assert weekday_in_week(ref, 1, 0) == "2017-05-29" and weekday_in_week(ref, 5, 1) == "2017-06-09"
    assert nearest_weekday(ref, 2, 1) == "2017-06-06" and nearest_weekday(ref, 2, -1) == "2017-05-23"
    assert nearest_weekday(ref, 1, -1) == "2017-05-29" and nearest_weekday(ref, 7, 1) == "2017-06-04"


def test_spans_end_or_start_the_day_beside_the_reference():
    ref = dt.date(2016, 11, 7)
    assert span_around(ref, "day", 3) == "2016-11-08/2016-11-10"
    assert span_around(ref, "month", -3) == "2016-08-07/2016-11-06"
    assert span_around(ref, "quarter", -2) == "2016-04/2016-09"  # whole quarters before the current one
    assert span_around(ref, "quarter", 3) == "2017-01/2017-09"


def test_parts_of_a_year():
    assert part_of_year(2021, "month", 6, 1) == "2021-01/2021-06"
    assert part_of_year(2021, "quarter", 3, 1) == "2021-01/2021-09"
    assert part_of_year(2019, "week", 3, -1) == "2019-12-09/2019-12-29"  # ISO weeks
    assert part_of_year(2020, "day", 10, -1) == "2020-12-22/2020-12-31"
    assert part_of_year(2021, "month", 13, 1) is None and part_of_year(2021, "year", 1, 1) is None


@settings(deadline=None)  # the first call of a language compiles its patterns; speed is the benchmark's job
@given(st.text(max_size=200), st.sampled_from(LANGUAGES), st.sampled_from([None, "2020-02-29", "2017"]))
def test_any_text_gives_exact_offsets_and_valid_values(text, language, published):
    for d in extract_dates(text, language, published):
        assert text[d.start:d.end] == d.text
        assert is_valid_value(d.value), d


WEDNESDAY = dt.date(2019, 6, 12)


@pytest.mark.parametrize(("weekday", "tense", "expected"), [
    (2, -1, "2019-06-11"), (2, 1, "2019-06-18"), (2, 0, "2019-06-11"),
    (3, -1, "2019-06-12"), (3, 1, "2019-06-12"), (3, 0, "2019-06-12"),  # the day itself counts
    (6, -1, "2019-06-08"), (6, 1, "2019-06-15"), (6, 0, "2019-06-15"),
    (7, 0, "2019-06-16"), (1, 0, "2019-06-10"),  # three days back is too far without a past tense: next Sunday
])
def test_weekday_by_tense(weekday: int, tense: int, expected: str) -> None:
    from pipeline.dates.values import weekday_by_tense
    assert weekday_by_tense(WEDNESDAY, weekday, tense) == expected


@pytest.mark.parametrize(("months", "offset", "expected"), [
    ([6, 8], 0, 2019), ([6, 8], -1, 2018), ([6, 8], 1, 2020),  # in summer: this one, the one before, next
    ([3, 5], -1, 2019), ([3, 5], 1, 2020), ([3, 5], 0, 2019),
    ([12, 2], 0, 2018), ([12, 2], -1, 2018), ([12, 2], 1, 2019),  # not current: the nearest
])
def test_season_start_year(months: list[int], offset: int, expected: int) -> None:
    from pipeline.dates.values import season_start_year
    assert season_start_year(WEDNESDAY, months, offset) == expected


def test_winter_spans_two_years() -> None:
    from pipeline.dates.values import season_value
    assert season_value(2019, [12, 2]) == "2019-12/2020-02"
    assert season_value(2019, [3, 5]) == "2019-03/2019-05"
