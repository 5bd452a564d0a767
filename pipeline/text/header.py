"""Title and publication date of a plain-text release, read from its first lines.

The header of a saved release mixes the headline with banners, menus ("Navigation path", "Available in: ..."),
labels ("Press release", "Persbericht") and date lines in many shapes. The words come from the language data
(``release_labels``, ``date_label_words``, ``publication_labels``, ``published_verbs``, ``header_noise_*``),
read for every shipped language at once: a Dutch page often carries an English menu. The date forms:

- a line that is only a date, with a label or a trailer around it ("Press release | 3 May 2018",
  "Pressemitteilung vom 5. Mai 2021", "4 juni 2020 | nieuws", "03/05/2019 10:15 | ID: 12345");
- a label line with the date on the next line ("Date:" / "Datum der Veröffentlichung");
- a dateline, alone or glued to the lead ("Vienna, April 2, 2019 — The agency ...", "Bern, Medienmitteilung,
  21.09.2009", "OTTAWA, ON, May 5, 2020 /CNW/ - ...", "WASHINGTON (Aug. 3, 2006) – ...");
- a date opening a header line the next line was glued to ("July 6, 2006 Senator Clinton convenes ...");
- a source line ("Source: Council of Europe, published on Monday, March 4 2019", "The press release issued by
  the Department for Transport on 9 May 2025.");
- last, a date between the headline and the lead of a copy that lost its line breaks ("Enzi votes for small
  business workers April 19 2005 Washington D C U S Senator ..."); the headline is then the text before it.
A full date wins over a month or a year alone, which is kept partial ("2019-05") when nothing fuller is given; a
date only an update label gives ("Last updated", "Stand:") yields to any other, and to a date label line after the
body ("Date: 12 March 2021" in a contact block), read when the header has no date. A line laid out in columns is read
field by field, and the header ends after two paragraphs of prose: a date line below them heads a quoted letter.
The headline is never a letterhead (the publisher's name above its address, telephone or e-mail lines), a photo
caption ("From left to right: ..."), a speech's disclaimer ("Check against delivery") nor a one- or two-word section
or publisher line ("Welsh Government", "Landesregierung") above a longer headline."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import config
from pipeline.dates import extract_dates
from pipeline.text.header_lines import (
    BULLETS,
    FULL_DATE_KINDS,
    PARTIAL_DATE_KINDS,
    HeaderWords,
    after_headline,
    clean_line,
    date_of_dateline,
    date_of_line,
    date_of_source_line,
    date_opening,
    dates_stating_year,
    fields,
    header_words,
    is_noise,
    is_prose,
    partial_after_verb,
)
from pipeline.text.title import (
    headline,
    letterhead,
)


def _label_then_date(lines: list[str], i: int, language: str | None, label: re.Pattern[str]) -> str | None:
    """A line that is only a label ("Date:", "Datum der Veröffentlichung") with the date on the next line."""
    body = BULLETS.sub("", lines[i]).strip()
    match = label.match(body)
    if not match or match.end() < len(body.rstrip(" :")) or i + 1 >= len(lines):
        return None
    return date_of_line(lines[i + 1], language)


@dataclass(frozen=True)
class HeaderDates:
    full: str | None  # the first full date of the header (a date in figures whose day could be its month yields)
    updated: str | None  # the first date only an update label gives ("Last updated 7 May 2020", "Stand: 12.03.2021")
    partial: str | None  # the first month or year alone


def _published_in_header(lines: list[str], language: str | None) -> HeaderDates:
    """The dates of the header lines: a date labelled as the last change yields to any other full date
    ("Laatste update: 16 mei 2021" above "8 maart 2021", "Last updated" above "Published")."""
    words = header_words()
    partial = ambiguous = updated = None
    i = prose = 0
    while i < len(lines) and prose < config.HEADER_PROSE_PARAGRAPHS:
        line = lines[i]
        below = _label_then_date(lines, i, language, words.labels)
        found = date_of_line(line, language) or below or date_of_dateline(line, language) or date_of_source_line(
            line, language) or (date_opening(line, language) if not prose else None)
        if found and words.update.match(BULLETS.sub("", line).strip()):
            updated = updated or found
        elif found and _event_date(lines, i, words):
            pass  # "Date: 20 March 2021" above "Time: 10:00" and "Venue: ...": the day of the event announced
        elif found and _ambiguous(line, found, language):
            ambiguous = ambiguous or found
        elif found:
            return HeaderDates(_below_banner_date(lines, i, found, language) or found, updated, partial)
        if partial is None:
            partial = date_of_line(line, language, PARTIAL_DATE_KINDS) or partial_after_verb(line, language)
        prose += is_prose(line)
        i += 2 if below and found == below else 1  # the date under a label line is that label's
    return HeaderDates(ambiguous, updated, partial)


def _below_banner_date(lines: list[str], i: int, found: str, language: str | None) -> str | None:
    """The release's own date when the date of line ``i`` is a site's "today" above the headline: line ``i`` is a
    bare date (no label, no place), a line of text (the headline) follows it, and a date line or dateline below
    that, before the lead, states an earlier day ("July 31 2008 / Press Releases / Thune introduces plan ... /
    April 27th 2006 / Washington DC / Senator Thune today ...": the page was saved on the first day). A later day
    below the headline is an event's ("Date: 10 May 2019" in a media advisory), not the release's."""
    words, line = header_words(), clean_line(BULLETS.sub("", lines[i])).strip()
    dates = dates_stating_year(line, language, FULL_DATE_KINDS)
    before = [t for t in re.split(r"[\s,.]+", line[: dates[0][0]] if dates else "") if t]
    if (not dates or words.labels.search(line) or any(t.lower() not in words.weekdays for t in before)
            or date_of_line(lines[i], language) != found):
        return None
    text_between = False
    for below in lines[i + 1: i + 1 + config.BANNER_DATE_LINES]:
        if is_prose(below):
            return None
        day = date_of_line(below, language) or date_of_dateline(below, language)
        if day and text_between:
            return day if day[:10] < found[:10] else None
        text_between = text_between or (not day and len(below.split()) >= config.HEADLINE_DATE_MIN_WORDS)
    return None


def _ambiguous(line: str, value: str, language: str | None) -> bool:
    """"03 / 09 / 2020": a date in figures whose day could be its month; a date with a month name wins."""
    day, month = int(value[8:10]), int(value[5:7])
    if day > 12 or day == month:
        return False
    return not any(d.value == value and re.search(r"[^\W\d_]{3}", d.text)
                   for d in extract_dates(clean_line(line), language))


def _published_anywhere(lines: list[str], language: str | None) -> str | None:
    """A publication label is trusted anywhere (pages often put "Publication date" in a footer block)."""
    words = header_words()
    for i, line in enumerate(lines):
        body = BULLETS.sub("", line).strip()
        match = words.publication.match(body)
        if match:
            found = date_of_line(body[match.end():], language) if body[match.end():].strip() else None
            found = found or _label_then_date(lines, i, language, words.publication)
            if found:
                return found
    return None


def _published_in_footer(lines: list[str], language: str | None) -> str | None:
    """A date label line after the body, in a contact block or a footer ("Date: 12 March 2021", "Datum:" above
    "12.03.2021", "Date de publication : 12 mars 2021"): below the last paragraph of prose, not labelled as the last
    change, and with no field of an event beside it ("Time:", "Venue:", "Lieu :", "Uhrzeit:": the day of the event
    announced). Read only when the header gives no date."""
    words = header_words()
    last_prose = max((i for i, line in enumerate(lines) if is_prose(line)), default=None)
    if last_prose is None:
        return None
    for i in range(last_prose + 1, len(lines)):
        body = BULLETS.sub("", lines[i]).strip()
        match = words.footer_label.match(body)
        if not match or words.update.match(body):
            continue
        found = date_of_line(body, language) if body[match.end():].strip() else _label_then_date(
            lines, i, language, words.footer_label)
        if found and not _event_date(lines, i, words):
            return found
    return None


def _event_date(lines: list[str], i: int, words: HeaderWords) -> bool:
    """Whether line ``i`` is a date label line ("Date:", "Datum:", not a publication label) among the fields of an
    event ("Time:", "Venue:", "Lieu :", "Uhrzeit:" within a few lines): the day of the event announced. A memo's
    fields ("To:", "Re:") do not count: a memo to the press is dated by its "Date:" line."""
    body = BULLETS.sub("", lines[i]).strip()
    if not words.footer_label.match(body) or words.publication.match(body):
        return False
    near = lines[max(0, i - config.FOOTER_CONTEXT_LINES): i + 2 + config.FOOTER_CONTEXT_LINES]
    return any(words.date_context.match(BULLETS.sub("", line).strip()) for line in near)


def _published_after_headline(lines: list[str], language: str | None) -> tuple[str, str] | None:
    """(a date after the headline, the headline) in one of the first lines, up to the first paragraph of prose
    (the lead the headline and its date were glued to); the columns of a layout are read as one text here."""
    for line in lines[: config.HEADER_LINES_FOR_PUBLISHED]:
        found = after_headline(" ".join(line.split()), language)
        if found or is_prose(line):
            return found
    return None


def read_header(text: str, language: str | None) -> tuple[str | None, str | None]:
    """(title, published) from the first lines of a plain-text document (banners and menus skipped)."""
    all_lines = [line.strip() for line in text.split("\n") if line.strip()]
    scan = all_lines[: config.HEADER_SCAN_LINES]
    in_letterhead = letterhead(scan)
    laid_out = [(line, is_noise(line), [(field, is_noise(field)) for field in fields(line)]) for line in scan]
    lines = [field for (_, noise, parts), ink in zip(laid_out, in_letterhead, strict=True) if not noise and not ink
             for field, field_noise in parts if not field_noise]
    header = [field for _, _, parts in laid_out for field, noise in parts
              if not noise or re.search(r"\d{4}", field)]  # "Source: ..., 4 March 2019"
    found = _published_in_header(header[: config.HEADER_LINES_FOR_PUBLISHED], language)
    published = (found.full or _published_anywhere(all_lines, language) or _published_in_footer(all_lines, language)
                 or found.updated)
    title = headline(lines, language)
    glued = None if published else _published_after_headline([line for line, noise, _ in laid_out if not noise],
                                                              language)
    first = title or (lines[0] if lines else "")
    if glued and " ".join(first.split()).startswith(glued[1]):  # the headline ends where its date starts
        title = headline([glued[1]], language)
    return title, (glued[0] if glued else published or found.partial)
