"""Title and publication date of a plain-text release, read from its first lines."""

from __future__ import annotations

import re

from pipeline import config
from pipeline.dates import extract_dates
from pipeline.resources.langdata import alternation, load_language

FULL_DATE_KINDS = ("date", "datetime")
DATELINE = re.compile(r"^[^\W\d_][\w'’. \-/]{1,40},\s*")  # "BRUSSELS, " "Den Haag, " "Berlin, den "
DATELINE_END = re.compile(r"^\s*(?:[-–—:|(]|$)")


def published_from_line(line: str, language: str | None) -> str | None:
    """The date of a line that is only a date ("30 mei 2017 11:15", "Date: 21 January 2025")."""
    labels = alternation(load_language(language)["date_label_words"])
    body = re.sub(rf"^\s*(?i:{labels})\s*[:\-–]?\s*", "", line).strip(" .,;|")
    if not body or len(body) > 60:
        return None
    found = [d for d in extract_dates(body, language) if d.kind in FULL_DATE_KINDS]
    if len(found) == 1 and len(found[0].text) >= len(body) - 12:  # allow a weekday or "Uhr" around it
        return found[0].value
    return None


def published_from_dateline(line: str, language: str | None) -> str | None:
    """The date of a dateline opening a paragraph: "BRUSSELS, 21 January 2025 – The Commission ..."."""
    place = DATELINE.match(line)
    if not place:
        return None
    head = line[place.end(): place.end() + 60]
    found = [d for d in extract_dates(head, language) if d.kind in FULL_DATE_KINDS]
    if found and found[0].start <= 12 and DATELINE_END.match(head[found[0].end:]):
        return found[0].value
    return None


def read_header(text: str, language: str | None) -> tuple[str | None, str | None]:
    """(title, published) from the first non-empty lines of a plain-text document: a line that is only a
    date, or a dateline ("BRUSSELS, 21 January 2025 –"), gives the publication date."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][: config.HEADER_LINES_FOR_PUBLISHED]
    published, title = None, None
    for line in lines:
        date = None
        if published is None:
            date = published_from_line(line, language)
            if date is None and (dateline := published_from_dateline(line, language)):
                published = dateline  # the line is body text with a dateline: not the title
                continue
        if date:
            published = date
        elif title is None and len(line) <= config.TITLE_MAX_CHARS:
            title = line
    return title, published
