"""The lines of a release header read one by one: noise (menus, banners, share bars), the date a line states
with its labels, trailers, datelines and source lines, and the fields of a line laid out in columns. Used by
:mod:`pipeline.text.header` (the publication date) and :mod:`pipeline.text.title` (the headline)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.dates import extract_dates
from pipeline.resources.langdata import alternation, available_languages, load_language

FULL_DATE_KINDS = ("date", "datetime")


PARTIAL_DATE_KINDS = ("month", "year")


SEPARATORS = "|•·–—-:/,()[]"


BULLETS = re.compile(r"^[\s•·*\-–—>|]+")


WIRE_TAG = re.compile(r"^\s*/[\w .\-]{1,30}/")  # "/CNW/", "/PRNewswire/" after a dateline's date


ID_WORD = re.compile(r"^(?:[\w./#\-]*\d[\w./#\-]*|[A-Z]{2,5})$")  # "IP/09/527", "2017-057-EN", "PK0798", "CET"


TIME_AFTER = re.compile(r"^\s*[|,–—\-]?\s*(?P<h>\d{1,2})[:.h](?P<m>[0-5]\d)(?!\d)(?!\s*(?:am|pm|a\.m|p\.m))")


REFERENCE = re.compile(r"[\w.\-]*\d[\w.\-]*[/\-][\w()./\-]*\d[\w()./\-]*")


SENTENCE_END = re.compile(r"[^\W\d_]{2}[\"”’»]?[.!?][\"”’»]?$")


FULL_STOP_END = re.compile(r"[^\W\d_]{2}[\"”’»)\]]?\.$")  # "... in Nürnberg.", "... [Ministers]." (not "..." nor "?")


SENTENCE_INSIDE = re.compile(r"[^\W\d_]{3}[.!?]\s+[\"“„«]?[A-ZÀ-Þ]")  # "... bleibt groß. Auch in Österreich ..."


GLUED_CAPITAL = re.compile(r"^[,.]?\s+[A-ZÀ-Þ]")  # a headline or a lead glued after a date


LAYOUT_GAP = re.compile(rf"\t+|[^\S\n]{{{config.LAYOUT_GAP_SPACES},}}")  # between the columns of a laid-out line


PLACE_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.\-]*|[a-z]{1,3}|D\.C\.|\([A-Z]{1,4}\))$")  # "Den Haag", "(BE)"


DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class HeaderWords:
    labels: re.Pattern[str]  # a release or date label, as a whole
    label_start: re.Pattern[str]  # a label (and a joiner) opening a line
    joiners: re.Pattern[str]  # "vom", "du", "of", "le", "den", "am": between a label or a place and the date
    weekdays: frozenset[str]
    publication: re.Pattern[str]  # a label strong enough to trust anywhere ("Publication date")
    update: re.Pattern[str]  # a label of the last change ("Last updated", "Mis à jour le", "Stand"), opening a line
    update_inside: re.Pattern[str]  # the same label anywhere in a line ("12.03.2021 | Aktualisiert: 15.03.2021")
    published_verb: re.Pattern[str]
    noise_line: re.Pattern[str]
    noise_word: re.Pattern[str]
    letter_opening: re.Pattern[str]  # "Dear", "The Honorable", "Sehr geehrte": a letter's addressee after its date
    footer_label: re.Pattern[str]  # a label of the date itself ("Date", "Datum", "Date de publication"), opening a line
    date_context: re.Pattern[str]  # "Time:", "Venue:", "Lieu :", "Uhrzeit:": the fields of an event announced
    before_date: re.Pattern[str]  # a preposition, article or joiner ending a sentence's words before its date
    caption_opener: re.Pattern[str]  # "From left to right", "Vlnr", "De gauche à droite": who a photo shows


@cache
def header_words() -> HeaderWords:
    """The header words of every shipped language together."""
    data = [load_language(code) for code in available_languages()]

    def words(key: str) -> list[str]:
        return [w for lang in data for w in lang[key]]

    labels = alternation(words("release_labels") + words("date_label_words") + words("publication_labels")
                         + words("update_labels"))
    joiners = alternation(words("release_label_joiners"))
    return HeaderWords(
        labels=re.compile(rf"(?i:{labels})\s*:?"),
        label_start=re.compile(rf"^(?i:{labels})(?![^\W\d_])\s*:?\s*(?:(?i:{joiners})\s+)?"),
        joiners=re.compile(rf"(?i:{joiners})"),
        weekdays=frozenset(w.lower().rstrip(".") for lang in data for w in lang["weekdays"]),
        publication=re.compile(rf"^(?i:{alternation(words('publication_labels'))})(?![^\W\d_])\s*:?\s*"),
        update=re.compile(rf"^(?i:{alternation(words('update_labels'))})(?![^\W\d_])"),
        update_inside=re.compile(rf"(?<![^\W\d_])(?i:{alternation(words('update_labels'))})(?![^\W\d_])"),
        published_verb=re.compile(rf"(?<![^\W\d_])(?i:{alternation(words('published_verbs'))})(?![^\W\d_])"),
        noise_line=re.compile(rf"^(?i:{alternation(words('header_noise_lines'))})(?![^\W\d_])"),
        noise_word=re.compile(rf"(?<![^\W\d_])(?i:{alternation(words('header_noise_words'))})(?![^\W\d_])"),
        letter_opening=re.compile(rf"^(?:{alternation(words('letter_openings'))})(?![^\W\d_])"),
        footer_label=re.compile(rf"^(?i:{alternation(words('date_label_words') + words('publication_labels'))})"
                                rf"(?![^\W\d_])\s*:?\s*"),
        date_context=re.compile(rf"^(?i:{alternation(words('date_context_labels'))})\s*:"),
        before_date=re.compile(rf"(?<![^\W\d_])(?i:{alternation(_word_forms(words, BEFORE_DATE_KEYS))})\s*$"),
        caption_opener=re.compile(rf"^(?i:{alternation(words('caption_openers'))})(?![^\W\d_])\s*[:,]?"),
    )


BEFORE_DATE_KEYS = ("date_prepositions", "range_starts", "range_joiners", "coordination", "day_prefixes",
                    "time_joiners", "articles")


def _word_forms(words: Callable[[str], list[str]], keys: tuple[str, ...]) -> list[str]:
    """The words (not the signs) of some lists of the language data."""
    return sorted({w for key in keys for w in words(key) if re.search(r"[^\W\d_]", w)}, key=len, reverse=True)


# Each opens with the figure it is about (a lookbehind first would make the engine try every position)
GLUED_AFTER_WORD = re.compile(r"\d(?<=[a-zà-ÿ]{3}\d)")  # "Presseartikel22": a space goes before the figure


GLUED_BEFORE_WORD = re.compile(r"\d(?<=\d{4})(?=[A-ZÀ-Þ][a-zà-ÿ])")  # "2019Vertretung": after the year


SPACED_SEPARATOR = re.compile(r"(\d) ?([/.]) ?(?=\d)")  # "30 / 04 / 2019"


def clean_line(line: str) -> str:
    """Undo what copying a page does to a date line: glued words ("Presseartikel22. Januar 2019Vertretung")
    and spaced numeric dates ("30 / 04 / 2019")."""
    line = GLUED_AFTER_WORD.sub(r" \g<0>", line)
    line = GLUED_BEFORE_WORD.sub(r"\g<0> ", line)
    return SPACED_SEPARATOR.sub(r"\1\2", line)


def is_noise(line: str) -> bool:
    """Menus, banners, cookie notices, "Print / E-mail" links: neither title nor date."""
    words = header_words()
    body = BULLETS.sub("", line).strip()
    return bool(words.noise_line.match(body)) or (
        len(body) <= config.NOISE_LINE_MAX_CHARS and bool(words.noise_word.search(body))) or _is_menu(body)


MENU_TOKEN = re.compile(r"[^\s|•·/,]+")  # a word of a menu line, between its separators


def _is_menu(body: str) -> bool:
    """A language menu ("English | Français | Deutsch", "bg cs da de el en ...") or a share bar ("Facebook Twitter
    LinkedIn E-mail"): two names or more, and nothing else. The names are the neutral data's (``language_menu_codes``,
    ``language_menu_names``, ``share_menu_names``): a language's own name is the same on every page."""
    names, count = _menu_names(), 0
    for token in MENU_TOKEN.finditer(body):  # read up to the first word that is no menu name
        if token.group().casefold() not in names:
            return False
        count += 1
    return count >= config.MENU_MIN_NAMES


@cache
def _menu_names() -> frozenset[str]:
    neutral = load_language(None)
    return frozenset(w.casefold() for key in ("language_menu_codes", "language_menu_names", "share_menu_names")
                     for w in neutral.get(key, []))


def _with_time(value: str, after: str) -> str:
    """"26-03-2021 | 14:00", "12.05.2022 – 08:00": a time set apart from its date on a date line."""
    time = TIME_AFTER.match(after)
    if "T" in value or not time or int(time.group("h")) > 23:
        return value
    return f"{value}T{int(time.group('h')):02d}:{time.group('m')}"


def dates_stating_year(text: str, language: str | None, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The dates of ``text`` of these kinds that state their year, in figures ("Christmas" is a day of any year:
    no date; a line without a figure is not read)."""
    if not DIGIT.search(text):
        return []
    return [(d.start, d.end, d.value) for d in extract_dates(text, language)
            if d.kind in kinds and d.value[:4].isdigit()]


def is_filler(text: str, words: HeaderWords, place: bool = False) -> bool:
    """Whether ``text`` holds nothing but labels, joiners, weekdays, ids (and, at a line start, a place)."""
    rest = " ".join(t for t in words.labels.sub(" ", text).split() if not ID_WORD.match(t.strip(SEPARATORS)))
    tokens = [t for t in re.split(r"[\s" + re.escape(SEPARATORS) + r"]+", rest) if t]
    for i, token in enumerate(tokens):
        low = token.lower().rstrip(".")
        if low in words.weekdays or words.joiners.fullmatch(token) or ID_WORD.match(token):
            continue
        if place and i < config.DATELINE_PLACE_WORDS and PLACE_WORD.match(token):
            continue
        return False
    return True


def date_of_line(line: str, language: str | None, kinds: tuple[str, ...] = FULL_DATE_KINDS) -> str | None:
    """The date of a line that is only a date with labels, joiners, a weekday, an id or a short trailer
    around it ("Press release | 3 May 2018", "Pressemitteilung vom 5. Mai 2021", "4 juni 2020 | nieuws")."""
    body = _before_update(clean_line(BULLETS.sub("", line)).strip(" .;"), language, kinds)
    long = len(body) > config.DATE_LINE_MAX_CHARS  # then only "May 5, 2020 – Moncton – The Government ..."
    body = body[: config.DATE_LINE_MAX_CHARS]
    found = dates_stating_year(body, language, kinds)
    if not found or (len(found) > 1 and not long):
        return None
    start, end, value = found[0]
    words = header_words()
    before, after = body[:start], body[end:]
    if long:
        dash_lead = kinds == FULL_DATE_KINDS and is_filler(before, words) and re.match(r"\s+[–—\-|]\s", after)
        return value if dash_lead else None
    if _sentence_opener(before, language) and after.strip(" ."):
        return None  # "On Saturday, March 5, 2005 at 9:06 a.m. (MT) Sen. Bingaman will ...": a sentence, cut by a wrap
    labelled = bool(words.label_start.match(before.strip()))
    if not (before.strip() == "" or is_filler(before, words, place="," in before) or _labelled_head(before, words)):
        return None
    labelled = labelled or _labelled_head(before, words)
    if kinds != FULL_DATE_KINDS:  # a month or a year alone: nothing after it but a label set apart
        trailer = re.match(r"\s*[|•·–—\-]?\s", after) and is_filler(after, words)  # "March 2021 | Press release"
        return value if (not after.strip(" .") or trailer) and (
            labelled or is_filler(before, words)) else None
    value = _with_time(value, after)
    if is_filler(after, words) or (re.match(r"\s*[|•·–—\-(]", after)
                                 and len(after.split()) <= config.DATE_TRAILER_WORDS):
        return value
    if is_filler(before, words) and re.match(r"\s+[–—\-|]\s", after):  # "May 5, 2020 – Moncton, New Brunswick – ..."
        return value
    if labelled and len(after.split()) <= config.DATE_TRAILER_WORDS:  # "Presseartikel 22. Januar 2019 Vertretung"
        return value
    return None


def _before_update(body: str, language: str | None, kinds: tuple[str, ...]) -> str:
    """A date line cut before the label of a later change that follows its date ("12 March 2021 | Updated 15
    March 2021", "12/03/2021 - Mis à jour le 15/03/2021", "Datum: 12.03.2021, zuletzt aktualisiert am 15.03.2021"):
    the date before the label is the release's. Only a label between two dates cuts the line."""
    found = dates_stating_year(body[: config.DATE_LINE_MAX_CHARS], language, kinds)
    if len(found) < 2:
        return body
    label = header_words().update_inside.search(body, found[0][1], found[1][0])
    return body[: label.start()].rstrip(" ,;|–—-") if label else body


def date_opening(line: str, language: str | None) -> str | None:
    """The date a header line opens with when the next line was glued to it ("July 6, 2006 Senator Clinton
    convenes ...", "FOR IMMEDIATE RELEASE July 25, 2007 Schumer announces ...", "21. Oktober 2020Am heutigen
    Mittwoch meldet ..."): a full date, with nothing but a weekday or a label before it (a preposition opens a
    sentence: "On May 26, 2005 Subcommittee Chairman ..."), and a capitalised word right after it."""
    found = date_opening_line(line, language)
    return found[0] if found else None


def date_opening_line(line: str, language: str | None) -> tuple[str, str] | None:
    """(the date opening a line, the text glued after it)."""
    body = clean_line(BULLETS.sub("", line)).strip()
    found = dates_stating_year(body[: config.DATE_LINE_MAX_CHARS], language, FULL_DATE_KINDS)
    if not found:
        return None
    start, end, value = found[0]
    before, words = body[:start], header_words()
    opener = before.split()[0] if before.split() else ""
    if before.strip() and (not is_filler(before, words) or words.joiners.fullmatch(opener)):
        return None  # "On May 26, 2005 Subcommittee Chairman Santorum introduced ...": a sentence
    return (_with_time(value, body[end:]), body[end:].strip(" ,.")) if GLUED_CAPITAL.match(body[end:]) else None


AFTER_HEADLINE = re.compile(r"^\s*(?:[–—\-|]\s*)?[A-ZÀ-Þ]")  # a dateline's place, a label or the lead after the date


SENTENCE_STOP = re.compile(r"[^\W\d_]{4}[.!?][\"”’»]?\s")  # "... the Senate. The ..." (not "Sen. " nor "U.S. ")


def after_headline(line: str, language: str | None) -> tuple[str, str] | None:
    """(the date after the headline, the headline before it): the date set between the headline and the lead when
    a copy lost the line breaks ("Enzi votes for small business workers April 19 2005 Washington D C U S Senator
    ...", "Kabinet investeert in regio's 12 mei 2019 Den Haag – Het kabinet ..."): the first full date of the line,
    near its start, with headline words before it (no sentence ends there, and no preposition, article or joiner
    makes the date part of a sentence: "on May 5, 2005") and a capitalised word after it. Weaker than any other
    date form: used only when the header has none."""
    body = clean_line(BULLETS.sub("", line)).strip()
    window = body[: config.HEADLINE_DATE_CHARS]
    found = dates_stating_year(window, language, FULL_DATE_KINDS)
    if not found:
        return None
    start, end, value = found[0]
    words = header_words()
    before = window[:start].rstrip(" ,")
    heads = before.split()
    while heads and heads[-1].lower().rstrip(".,") in words.weekdays:  # "... Act Thursday April 24 2008"
        heads.pop()
    head = " ".join(heads)
    if (len(heads) < config.HEADLINE_DATE_MIN_WORDS or words.before_date.search(head) or SENTENCE_STOP.search(head)
            or not AFTER_HEADLINE.match(body[end:]) or len(body[end:].split()) < config.TITLE_SENTENCE_WORDS
            or _letter_date(head, body[end:], words)):
        return None
    if words.label_start.match(body[end:].strip(" ,.")):  # "... Tuesday April 10 2007 FOR IMMEDIATE RELEASE ..."
        return None  # a label after it: on 3,000 Senate releases 17% of these are not the file's day (2% otherwise)
    return _with_time(value, body[end:]), head


def _sentence_opener(before: str, language: str | None) -> bool:
    """Whether the text before a date opens with a preposition ("On Saturday, ...", "Op zaterdag", "Am Samstag"):
    the start of a sentence, not a label or a place."""
    first = before.split()[0].strip(",") if before.split() else ""
    return first.lower() in _prepositions(language)


@cache
def _prepositions(language: str | None) -> frozenset[str]:
    """The date prepositions of the document's language ("on", "op", "le", "am"; of none when it has no data file:
    a German "den" opens the Dutch "Den Haag"), lower-cased."""
    if language not in available_languages():
        return frozenset()
    return frozenset(w.lower() for w in load_language(language)["date_prepositions"])


def _labelled_head(before: str, words: HeaderWords) -> bool:
    """"Datum nieuwsfeit:", "Date of issue:": a short head with a date label, ending in a colon."""
    head = before.strip()
    count = len([w for w in head.split() if w.strip(":")])
    return head.endswith(":") and count <= config.LABEL_HEAD_WORDS and bool(words.labels.search(head))


# "BRUSSELS, " "Den Haag, " "OTTAWA, ON, ": a place holds no figure ("Veröffentlicht am 12.03.2021, aktualisiert ...")
DATELINE = re.compile(r"^(?P<place>(?:['’]s-)?[^\W\d_](?:[^\W\d]|['’. \-/()]){1,40}),\s*")  # "'s-Gravenhage, "


DATELINE_END = re.compile(r"^\s*(?:[-–—:|(]|$)")


BRACKETED_DATELINE = re.compile(  # "WASHINGTON (Aug. 3, 2006) – ", "NASHVILLE, TENNESSEE (April 8, 2021) – "
    r"^(?P<place>[^\W\d_][\w'’. ,\-/]{0,40}?)\s*\((?P<date>[^()]{6,50})\)\s*[-–—:|]")


def date_of_dateline(line: str, language: str | None) -> str | None:
    """The date of a dateline opening a paragraph: "BRUSSELS, 21 January 2025 – The Commission ...",
    "Bern, Medienmitteilung, 21.09.2009", "Wellington, Tuesday 7 February 2017, 3:05 pm",
    "WASHINGTON (Aug. 3, 2006) – Sen. Tom Carper ..."."""
    found = dateline_parts(line, language)
    return found[0] if found else None


def dateline_parts(line: str, language: str | None) -> tuple[str, str] | None:
    """(the date of a dateline, the text after it: the lead when the dateline is glued to it)."""
    line = clean_line(line)
    bracketed = _bracketed_dateline(line, language)
    if bracketed:
        return bracketed
    place = DATELINE.match(line)
    if not place or len(place.group("place").split()) > config.DATELINE_PLACE_WORDS or _sentence_opener(
            place.group("place"), language):
        return None
    head = line[place.end(): place.end() + config.DATELINE_HEAD_CHARS]
    found = dates_stating_year(head, language, FULL_DATE_KINDS)
    if not found:
        return None
    start, end, value = found[0]
    words = header_words()
    between = head[:start]
    if between.strip() and not is_filler(between, words, place=True):
        return None
    rest = head[end:]
    wire = WIRE_TAG.match(rest)
    if wire:
        rest = rest[wire.end():]
    return (value, line[place.end() + end:]) if DATELINE_END.match(rest) else None


def _bracketed_dateline(line: str, language: str | None) -> tuple[str, str] | None:
    """"WASHINGTON (Aug. 3, 2006) – Sen. Tom Carper ...": the place, then the date alone in brackets."""
    match = BRACKETED_DATELINE.match(line)
    words = header_words()
    if not match or len(match["place"].replace(",", " ").split()) > config.DATELINE_PLACE_WORDS or not is_filler(
            match["place"], words, place=True):
        return None
    found = dates_stating_year(match["date"], language, FULL_DATE_KINDS)
    if len(found) != 1 or not is_filler(match["date"][:found[0][0]], words) or match["date"][found[0][1]:].strip():
        return None
    return found[0][2], line[match.end():]


def date_of_source_line(line: str, language: str | None) -> str | None:
    """"Source: Council of Europe, published on Monday, March 4 2019", "gepubliceerd op donderdag 28 april
    2016", "The press release issued by the Department for Transport on 9 May 2025": a publishing verb with
    a full date shortly after it."""
    verb = header_words().published_verb.search(line)
    if not verb:
        return None
    head = clean_line(line[verb.end(): verb.end() + config.SOURCE_LINE_DATE_CHARS])
    found = dates_stating_year(head, language, FULL_DATE_KINDS)
    for other in _verb_languages(verb.group(0)) if not found else ():
        # an English release with the Dutch source line of the site that republished it ("..., gepubliceerd op
        # dinsdag 21 mei 2019"): the date in the verb's language
        found = dates_stating_year(head, other, FULL_DATE_KINDS)
        if found:
            break
    return found[0][2] if found else None


def partial_after_verb(line: str, language: str | None) -> str | None:
    """"Veröffentlicht im März 2021", "Publié en mars 2021", "Published in 2019": a line opening with a publishing
    verb, a month or a year right after it (a preposition at most between them) and nothing after but a label."""
    body = clean_line(BULLETS.sub("", line)).strip(" .")
    verb = header_words().published_verb.match(body)
    if not verb:
        return None
    rest = body[verb.end():]
    found = dates_stating_year(rest[: config.SOURCE_LINE_DATE_CHARS], language, PARTIAL_DATE_KINDS)
    if len(found) != 1 or len(rest[: found[0][0]].split()) > config.PARTIAL_VERB_GAP_WORDS:
        return None
    after = rest[found[0][1]:]
    return found[0][2] if not after.strip(" .") or is_filler(after, header_words()) else None


@cache
def _verb_languages(verb: str) -> tuple[str, ...]:
    """The languages whose data lists this publishing verb ("gepubliceerd": nl; "published": en)."""
    return tuple(code for code in available_languages()
                 if verb.lower() in {w.lower() for w in load_language(code)["published_verbs"]})


def is_prose(line: str) -> bool:
    """A paragraph of body text: 20+ words ending a sentence, or holding two."""
    return len(line.split()) >= config.TITLE_SENTENCE_WORDS and bool(
        SENTENCE_END.search(line) or SENTENCE_INSIDE.search(line))


def _letter_date(head: str, after: str, words: HeaderWords) -> bool:
    """The date of a letter quoted in the release: after a colon introducing it ("... the following letter:
    December 7, 2006 The Honorable ..."), or before its addressee ("June 14 2007 The Honorable ...", "Dear ...")."""
    return head.endswith(":") or bool(words.letter_opening.match(after.strip(" ,.")))


def fields(line: str) -> list[str]:
    """The fields of a line laid out in columns, cut at runs of spaces or tabs: text saved from a page or a
    table keeps the gaps of its layout ("Press Releases      March 7, 2005     Press Release      Pryor votes",
    "STATEMENT 30 October 2020   Appointment as Minister")."""
    return [part.strip() for part in LAYOUT_GAP.split(line) if part.strip()]
