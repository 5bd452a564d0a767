from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.money.currency import parse_number, plain

CASES = [
    ("6,7", ",", "6.7"), ("6,7", ".", "6.7"), ("1,000,000", ".", "1000000"), ("1.000.000", ",", "1000000"),
    ("1 000 000", ",", "1000000"), ("1'000'000", ".", "1000000"), ("1,500", ".", "1500"), ("1,500", ",", "1.5"),
    ("1.500", ",", "1500"), ("1.500", ".", "1.5"), ("1.234,56", ",", "1234.56"), ("1,234.56", ".", "1234.56"),
    ("0,25", ",", "0.25"), ("12", ".", "12"),
]


@pytest.mark.parametrize(("raw", "decimal", "expected"), CASES)
def test_parse_number(raw, decimal, expected):
    assert parse_number(raw, decimal) == Decimal(expected)


@pytest.mark.parametrize("bad", ["", "abc", "1,,2", "€5"])
def test_parse_number_refuses_non_numbers(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_plain_has_no_exponent_or_trailing_zeros():
    assert plain(Decimal("6.7") * Decimal(1_000_000)) == "6700000"
    assert plain(Decimal("1.2500")) == "1.25"
    assert plain(Decimal("0")) == "0"


@given(st.text(max_size=30), st.sampled_from([".", ","]))
def test_parse_number_only_raises_value_error(text, decimal):
    with contextlib.suppress(ValueError):
        assert isinstance(parse_number(text, decimal), Decimal)
