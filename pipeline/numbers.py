"""Spelled-out numbers ("thirteen", "vijfenveertig", "siebenhundert", "quatre-vingt-dix") from the
language's ``number_words``; compounds are read word by word, so no compound needs listing."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipeline import config
from pipeline.resources.langdata import alternation, load_language

HUNDRED, THOUSAND = 100, 1000
MAX_DAY = 31


@cache
def number_words_pattern(code: str | None) -> str:
    """A regex for a spelled number in ``code`` (empty-matching never; '(?!x)x' when the language has none)."""
    lang = load_language(code)
    words = alternation(lang["number_words"])
    if not lang["number_words"]:
        return r"(?!x)x"
    connectors = alternation(lang["number_connectors"])
    fractions = alternation(lang["fraction_words"])  # only before a scale word: "half a million" is handled there
    return (rf"(?i:(?<!\w)(?:(?:{fractions})(?=\s+\w)|(?:{words})(?:[\s\-]*(?:(?:{connectors})[\s\-]*)?"
            rf"(?:{words}))*)(?!\w))")


@cache
def _word_regex(code: str | None) -> re.Pattern[str]:
    lang = load_language(code)
    return re.compile(rf"(?i:{alternation(lang['number_words'])})")


def spelled_value(text: str, code: str | None) -> Decimal:
    """The value of a spelled number; raises ValueError when ``text`` holds no number word."""
    lang = load_language(code)
    fractions = {k.lower(): v for k, v in lang["fraction_words"].items()}
    if text.strip().lower() in fractions:
        return Decimal(fractions[text.strip().lower()])
    found = _word_values(text, code)
    if not found:
        raise ValueError(f"not a spelled number: {text!r}")
    return Decimal(_fold(found))


@cache
def _number_table(code: str | None) -> dict[str, int]:
    return {k.lower(): v for k, v in load_language(code)["number_words"].items()}


def _word_values(text: str, code: str | None) -> list[int]:
    words = _number_table(code)
    return [words[m.group(0).lower()] for m in _word_regex(code).finditer(text)]


def _fold(values: list[int]) -> int:
    """The number that word values make: "two hundred and five" -> 205, "tweeduizend twintig" -> 2020."""
    total, current = 0, 0
    for value in values:
        if value == HUNDRED:
            current = (current or 1) * HUNDRED
        elif value >= THOUSAND:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return total + current


def spoken_pair(text: str, code: str | None, first: range, second: range) -> tuple[int, int] | None:
    """Two numbers said one after the other, as in years and clock times: "nineteen ninety six" (19, 96),
    "seven twenty-seven" (7, 27), "dix neuf soixante douze" (19, 72); the first split that fits."""
    return _pair_of(_word_values(text, code), first, second)


def _pair_of(values: list[int], first: range, second: range) -> tuple[int, int] | None:
    for cut in range(1, len(values)):
        if values[cut] < config.PAIR_SECOND_STARTS_AT:  # "dix | neuf soixante douze" is no split: "dix neuf | ..." is
            continue
        a, b = _fold(values[:cut]), _fold(values[cut:])
        if a in first and b in second:
            return a, b
    return None


YEAR_CENTURIES, YEAR_ENDINGS = range(10, 22), range(0, 100)


def spoken_year(text: str, code: str | None) -> int | None:
    """A year said in words: "two thousand and fifteen", "negentienhonderd zesennegentig", "nineteen
    ninety six" (a pair of two-digit numbers); None when the words make no year."""
    return _year_of(_word_values(text, code))


def _year_of(values: list[int]) -> int | None:
    if not values:
        return None
    whole = _fold(values)
    if whole >= THOUSAND:
        return whole
    pair = _pair_of(values, YEAR_CENTURIES, YEAR_ENDINGS)
    return pair[0] * 100 + pair[1] if pair and pair[1] >= config.PAIR_SECOND_STARTS_AT else None


def spoken_day_and_year(text: str, code: str | None) -> tuple[int, int] | None:
    """"twenty five nineteen eighty six" -> (25, 1986): a day of the month, then a year, in words."""
    values = _word_values(text, code)
    for cut in range(1, len(values)):
        day, year = _fold(values[:cut]), _year_of(values[cut:])
        if 1 <= day <= MAX_DAY and year is not None:
            return day, year
    return None
