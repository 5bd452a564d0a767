"""How much a publication date states: ``2017`` is a year, ``2017-05`` a month, ``2017-05-04`` a day,
``2017-05-04T10:30`` a minute. Nothing is filled in: a month stays a month (``published_precision``)."""

from __future__ import annotations

import re
from functools import lru_cache

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
    """An HTML page's date (htmldate fills a missing day or month, with 01 or with today's day) cut back to what
    the page states: the day is kept only when the page writes that day (numerically, or as '1 May 2017' / 'May 1, 2017'
    with the month word of any language of pipeline/data/lang), else the month when the page writes it,
    else the year."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        return value
    year, month, day = value[:4], value[5:7], value[8:10]
    names, d = _month_words(int(month)), int(day)
    if any(form in html for form in _day_forms(year, month, day)) or re.search(
            rf"\b0?{d}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+)?(?:{names})\.?,?\s+{year}\b"
            rf"|\b(?:{names})\.?\s+0?{d}(?:st|nd|rd|th)?,\s*{year}\b", html, re.I):
        return value
    if re.search(rf"{year}-{month}(?!-\d)|\b{month}/{year}\b|\b{month}\.{year}\b|\b(?:{names})\.?,?\s+{year}\b",
                 html, re.I):
        return f"{year}-{month}"
    return year


@lru_cache(maxsize=12)
def _month_words(month: int) -> str:
    """An alternation of the names of one month in every language with a data file."""
    from pipeline.resources.langdata import alternation, available_languages, load_language

    words = {name for code in available_languages() for name, number in load_language(code)["months"].items()
             if number == month}
    return alternation(sorted(words, key=len, reverse=True))
