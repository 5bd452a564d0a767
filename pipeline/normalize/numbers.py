"""Spelled-out numbers ("thirteen", "vijfenveertig", "siebenhundert", "quatre-vingt-dix") from the
language's ``number_words``; compounds are read word by word, so no compound needs listing."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipeline.langdata import alternation, load_language

HUNDRED, THOUSAND = 100, 1000


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
    words = {k.lower(): v for k, v in lang["number_words"].items()}
    found = [words[m.group(0).lower()] for m in _word_regex(code).finditer(text)]
    if not found:
        raise ValueError(f"not a spelled number: {text!r}")
    total, current = 0, 0
    for value in found:
        if value == HUNDRED:
            current = (current or 1) * HUNDRED
        elif value >= THOUSAND:
            total += (current or 1) * value
            current = 0
        else:
            current += value
    return Decimal(total + current)
