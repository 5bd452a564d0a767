"""Money values: exact decimals (never floats) from locale-formatted numbers, and ISO 4217 currencies."""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from pipeline.config import DATA_DIR

# a figure: "1,000,000", "1 000 000", "1'000'000", "6,7" (grouping by spaces only before three digits), and the
# Indian lakh grouping "12,34,567.89"
NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"
          r"|\d{1,3}(?:(?:[.,]|[ \u00a0\u202f\u2009'’](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
GROUPING_SPACES = " \u00a0\u202f\u2009'’"


@cache
def currency_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / "currencies.json").read_text(encoding="utf-8"))
    return data


def scale_table(words: dict[str, str]) -> dict[str, str]:
    """A language's scale words with the capitalised and upper-case forms of the whole words, as headlines
    write them ("$8 MILLION", "$3 Billion"); abbreviations keep their case ("m" is not "M" everywhere)."""
    table = dict(words)
    for word, value in words.items():
        if len(word) > 3 and word.isalpha():
            table.setdefault(word.upper(), value)
            table.setdefault(word[:1].upper() + word[1:], value)
    return table


def parse_number(raw: str, decimal_separator: str = ".") -> Decimal:
    """``'6,7'`` -> 6.7 (nl/fr/de), ``'1,000,000'`` -> 1000000, ``"1'000'000"`` and ``'1 000 000'`` too.

    A single separator followed by exactly three digits is ambiguous: it is read as the language's
    decimal separator when it is one, else as grouping. Raises ValueError on anything else."""
    text = raw.strip()
    for space in GROUPING_SPACES:
        text = text.replace(space, "")
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", text):
        raise ValueError(f"not a number: {raw!r}")
    separators = set(re.findall(r"[.,]", text))
    if len(separators) == 2:
        decimal = text[max(text.rfind("."), text.rfind(","))]
        grouping = "," if decimal == "." else "."
        text = text.replace(grouping, "").replace(decimal, ".")
    elif separators:
        sep = separators.pop()
        parts = text.split(sep)
        if len(parts) > 2 or (len(parts[1]) == 3 and sep != decimal_separator):
            text = text.replace(sep, "")
        else:
            text = text.replace(sep, ".")
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {raw!r}") from exc


def plain(value: Decimal) -> str:
    """A decimal as plain text: no exponent, no trailing zeros after the point (``6700000``, ``1.25``)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def scaled(number: Decimal, scale: str | None) -> Decimal:
    return number * Decimal(scale) if scale else number

