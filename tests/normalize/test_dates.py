from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.dates import extract_dates
from pipeline.normalize.dates import PartialDate, is_valid_value, reference_date, relative_period

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


@given(st.text(max_size=200), st.sampled_from(LANGUAGES), st.sampled_from([None, "2020-02-29", "2017"]))
def test_any_text_gives_exact_offsets_and_valid_values(text, language, published):
    for d in extract_dates(text, language, published):
        assert text[d.start:d.end] == d.text
        assert is_valid_value(d.value), d
