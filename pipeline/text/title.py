"""The headline of a plain-text release: the first header line that is neither noise, a label, a date line, a
place, a letterhead, a photo caption nor the lead sentence (see :mod:`pipeline.text.header`)."""

from __future__ import annotations

import re

from pipeline import config
from pipeline.text.header_lines import (
    BULLETS,
    FULL_DATE_KINDS,
    FULL_STOP_END,
    PARTIAL_DATE_KINDS,
    REFERENCE,
    HeaderWords,
    date_of_line,
    date_of_source_line,
    date_opening_line,
    dateline_parts,
    dates_stating_year,
    header_words,
    is_filler,
    is_prose,
)


def _is_banner(body: str, words: HeaderWords) -> bool:
    """"European Commission - Daily News", "Commission européenne - Fiche d'information": a short line whose
    last parts hold a release label."""
    parts = [p.strip() for p in re.split(r"\s+[|–—\-:]\s+|:\s+", body) if p.strip()]
    return len(body.split()) <= config.BANNER_MAX_WORDS and len(parts) > 1 and any(
        words.labels.fullmatch(p) for p in parts[1:])  # "Label: headline" is a headline with its label


def _is_reference(body: str) -> bool:
    """"IP/09/527", "9337/05 (Presse 123)", "2024/0212(BUD)": a reference number line."""
    tokens = body.split()
    return len(tokens) <= config.REFERENCE_LINE_WORDS and bool(REFERENCE.fullmatch(tokens[0]))


def headline(lines: list[str], language: str | None) -> str | None:
    """The headline: the first line that is not a banner, a label or a date, before the body starts. A
    document that opens with its lead sentence has no title."""
    words = header_words()
    for i, line in enumerate(lines[: config.TITLE_LINES]):
        body = BULLETS.sub("", line).strip()
        stripped = words.label_start.sub("", body, count=1).strip(" :|-–—") if words.label_start.match(body) else body
        if (not stripped or is_filler(stripped, words) or body.endswith(":") or _is_banner(body, words)
                or _is_reference(body) or _dateline_place(lines, i, language) or _is_caption(lines, i, words)):
            continue
        dateline = dateline_parts(line, language)
        if (dateline and len(dateline[1].split()) > config.DATE_TRAILER_WORDS) or (
                len(line) > config.DATE_LINE_MAX_CHARS and date_of_line(line, language)):
            return None  # the lead with its dateline ("BRUSSELS, 3 May 2019 – The ..."): no headline above it
        if (dateline or date_of_line(line, language) or date_of_source_line(line, language)
                or date_of_line(line, language, PARTIAL_DATE_KINDS)):
            continue
        opening = date_opening_line(line, language)
        if opening:  # "July 6, 2006 Senator Clinton convenes ...": the headline after the date
            body = stripped = opening[1]
        words_in = len(body.split())
        if len(body) > config.TITLE_MAX_CHARS or words_in > config.TITLE_MAX_WORDS or is_prose(body) or (
                words_in >= config.TITLE_FULL_STOP_WORDS and FULL_STOP_END.search(body)):
            return None  # the lead: a sentence ending in a full stop, or two sentences ("... groß. Auch in ...")
        if len(stripped.split()) <= config.SECTION_LINE_WORDS and not SENTENCE_PUNCTUATION.search(stripped):
            end = next((k for k in range(i + 1, min(config.TITLE_LINES, len(lines))) if _has_date(lines[k], language)),
                       config.TITLE_LINES)
            below = headline(lines[i + 1: end], language)  # a date line between: the short line is the headline
            if (below and len(below.split()) > len(stripped.split()) and not below.endswith(".")
                    and not _has_date(below, language)):
                return below  # "Welsh Government", "Landesregierung", "Evenementen" above the headline
        return stripped
    return None


SENTENCE_PUNCTUATION = re.compile(r"[.!?:]")


def _has_date(line: str, language: str | None) -> bool:
    """Whether a line states a day or a month ("January 13th 2005", "Gepubliceerd in maart 2021"; a year alone,
    as in "Budget 2013", does not count)."""
    return bool(dates_stating_year(line, language, (*FULL_DATE_KINDS, "month")))


# the lines of a publisher's letterhead: an e-mail or web address, a postcode and a place ("4021 Linz • ...", "3000 KP
# Rotterdam"), a telephone or fax number after its label ("Telefon (+43 732) 77 20-0", "tél. 021 316 40 50"; a
# release number with its year, "Nr. 123/2020", is none)
CONTACT_LINE = re.compile(r"(?:^|\s)(?:[\w.\-]+@[\w\-]+\.[\w.\-]+|www\.[\w\-]+\.\w+|https?://\S+)"
                          r"|^\d{4,5}(?:\s?[A-Z]{2})?\s+[A-ZÀ-Þ][^\W\d_]+"
                          r"|^[^\W\d_]{2,12}\.?\s*:?\s*(?!\d{1,4}/(?:19|20)\d\d\b)\(?\+?\d[\d\s()/\-]{6,}\d\b")


def letterhead(lines: list[str]) -> list[bool]:
    """Which header lines are the publisher's letterhead ("Amt der Oö. Landesregierung" above "4021 Linz •
    Landhausplatz 1", "Telefon ...", "E-Mail post@..."): the contact lines and the line right above each."""
    contact = [len(line.split()) <= config.CONTACT_LINE_WORDS and not line.endswith(".")
               and bool(CONTACT_LINE.search(BULLETS.sub("", line).strip()))
               for line in lines]  # a short line, no sentence: a lead giving an e-mail address keeps its headline
    return [contact[i] or (i + 1 < len(lines) and contact[i + 1]) for i in range(len(lines))]


def _is_caption(lines: list[str], i: int, words: HeaderWords) -> bool:
    """A photo caption: a line naming who the photo shows ("Vlnr : Bernard Clerfayt, ...", "From left to right:
    ..."), or the line right above it (the caption's own title, "The members of the Government of ...")."""
    return any(words.caption_opener.match(BULLETS.sub("", line).strip()) for line in lines[i: i + 2])


def _dateline_place(lines: list[str], i: int, language: str | None) -> bool:
    """A line that is only a place, next to a date line: a dateline set over two lines ("Press release / 12 March
    2021 / Brussels", "Bruxelles / 12 mars 2021"), not the headline. A place is a city of the gazetteer or a place
    of the alias table, in any of their languages ("Brussel", "Bruxelles", "Brüssel")."""
    body = BULLETS.sub("", lines[i]).strip(" ,.;")
    if not body or len(body.split()) > config.DATELINE_PLACE_WORDS or not _is_place(body):
        return False
    near = lines[max(0, i - 1): i] + lines[i + 1: i + 2]
    return any(date_of_line(line, language) for line in near)


def _is_place(name: str) -> bool:
    from pipeline.entities.gazetteer import alias_table
    from pipeline.entities.places import city_names

    forms = {name, name.title()} if name.isupper() else {name}  # "BRUSSELS"
    cities = city_names()[0]
    return any(form in cities or getattr(alias_table().lookup(form), "label", None) == "LOC" for form in forms)
