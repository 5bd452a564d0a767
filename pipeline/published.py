"""How much a publication date states: ``2017`` is a year, ``2017-05`` a month, ``2017-05-04`` a day,
``2017-05-04T10:30`` a minute. Nothing is filled in: a month stays a month (``published_precision``)."""

from __future__ import annotations

import re

PRECISIONS = ("year", "month", "day", "minute")
_FORMS = (
    (re.compile(r"\d{4}"), "year"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*"), "minute"),
)


def precision(value: str | None) -> str | None:
    """year, month, day or minute for an ISO 8601 value; None when there is none or it is not a date."""
    if not value:
        return None
    for pattern, name in _FORMS:
        if pattern.fullmatch(value.strip()):
            return name
    return None


def _day_forms(year: str, month: str, day: str) -> list[str]:
    d, m = int(day), int(month)
    return [f"{year}-{month}-{day}", f"{year}/{month}/{day}", f"{year}{month}{day}", f"{day}.{month}.{year}",
            f"{d}.{m}.{year}", f"{day}/{month}/{year}", f"{d}/{m}/{year}", f"{day}-{month}-{year}"]


def stated_in_html(value: str | None, html: str) -> str | None:
    """An HTML page's date (htmldate fills a missing day or month with 01) cut back to what the page states:
    a day ending in 01 is kept only when the page writes that day in some numeric form or with a month name
    (``1 May 2017``, ``May 1, 2017``); else the month when the page writes it, else the year."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return value
    year, month, day = value[:4], value[5:7], value[8:10]
    if day != "01":
        return value
    if any(form in html for form in _day_forms(year, month, day)) or _worded_first(html, year):
        return value
    if month != "01" or re.search(rf"{year}-{month}(?!-\d)|{month}/{year}|{month}\.{year}", html):
        return f"{year}-{month}"
    return year


def _worded_first(html: str, year: str) -> bool:
    """'1 May 2017', '1st of May 2017', 'May 1, 2017', '1. Mai 2017', '1er mai 2017' (any language's month
    word: the year next to a 1 written as a day is enough)."""
    return bool(re.search(rf"\b1(?:st|er|\.)?\s+(?:of\s+)?[^\W\d_]{{3,}}\.?,?\s+{year}\b"
                          rf"|\b[^\W\d_]{{3,}}\.?\s+1(?:st)?,\s*{year}\b", html))
