"""The arguments of an event within its sentence: the parties with their roles, the date and the instrument.

Roles come from the words right before a party ("by", "from", "to", "at the headquarters of") and from its
place relative to the trigger (the subject before a funding verb pays; before "receives" it is paid)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.events.lexicon import EventWords
from pipeline.records import DateValue, EntityRef, EventParty, Mention, Role, Span
from pipeline.resources.langdata import alternation, load_language
from pipeline.textnorm import fold, word_occurrences

PARTY_LABELS = frozenset({"ORG", "LOC", "PERSON"})


@dataclass(frozen=True)
class Context:
    """What the arguments of one document are read from."""

    text: str
    words: EventWords
    mentions: tuple[Mention, ...]
    entities: tuple[EntityRef, ...]
    dates: tuple[DateValue, ...]
    roles: tuple[Role, ...]
    fullest: dict[int, str]  # entity index -> the fullest form of its name in the document
    forms: dict[int, frozenset[str]]  # entity index -> every form of its name in the document
    articles: re.Pattern[str]
    by_start: tuple[int, ...]  # indices of ``mentions`` in the order of their starts
    starts: tuple[int, ...]  # the starts in that order (a sentence's mentions are found by bisection)


def make_context(text: str, words: EventWords, mentions: tuple[Mention, ...], entities: tuple[EntityRef, ...],
                 dates: tuple[DateValue, ...], roles: tuple[Role, ...]) -> Context:
    fullest: dict[int, str] = {}
    forms: dict[int, set[str]] = {}
    for m in mentions:
        if m.entity is not None:
            forms.setdefault(m.entity, set()).add(m.text)
            if len(m.text) > len(fullest.get(m.entity, "")):
                fullest[m.entity] = m.text
    by_start = tuple(sorted(range(len(mentions)), key=lambda i: mentions[i].start))
    return Context(text, words, mentions, entities, dates, roles, fullest,
                   {k: frozenset(v) for k, v in forms.items()}, _articles(words.code), by_start,
                   tuple(mentions[i].start for i in by_start))


@cache
def _articles(code: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(load_language(code)['articles'])})$")


def marked(ctx: Context, pattern: re.Pattern[str], position: int, floor: int) -> bool:
    """Whether a word of ``pattern`` (and an optional article) ends right before ``position``."""
    window = ctx.text[max(floor, position - config.EVENT_MARKER_CHARS):position]
    stripped = window.rstrip()
    article = ctx.articles.search(stripped)
    if article:
        stripped = stripped[:article.start()].rstrip()
    return any(m.end() == len(stripped) for m in pattern.finditer(stripped))


# a dateline opens a sentence: "Washington, D.C. - ", "Bern, 10.04.2018 - ", "BRUSSELS — "
_DATELINE = re.compile(r"^[^\n]{0,60}?\s[-–—]{1,2}\s")


def sentence_mentions(ctx: Context, sentence: Span, amounts: tuple[Span, ...] = ()) -> list[Mention]:
    """The party candidates of a sentence: named mentions, leaving out those inside an amount ("EUR") and
    the places of a dateline ("Washington, D.C. - Senator ...")."""
    dateline = _DATELINE.match(sentence.text)
    opens = sentence.start + dateline.end() if dateline else sentence.start
    capitals = dateline is not None and _in_capitals(dateline.group())  # "DEN HAAG (ANP) - ": no party at all
    inside = sorted(ctx.by_start[bisect_left(ctx.starts, sentence.start):bisect_left(ctx.starts, sentence.end)])
    return [m for m in (ctx.mentions[i] for i in inside) if m.end <= sentence.end
            and m.label in PARTY_LABELS and m.entity is not None
            and not ((m.label == "LOC" or capitals) and m.end <= opens)
            and not any(a.start < m.end and m.start < a.end for a in amounts)
            and not compound_adjective(ctx.text, m) and not _region_of_place(ctx, m)]


def _region_of_place(ctx: Context, m: Mention) -> bool:
    """A place in brackets right after another place only locates it ("zum Landsitz Lohn (BE)", "à Lausanne
    (VD)", "Springfield (Illinois)"): the canton, state or country of that place, no party of its own."""
    if m.label != "LOC" or ctx.text[m.start - 1:m.start] != "(" or ctx.text[m.end:m.end + 1] != ")":
        return False
    lead = ctx.text[:m.start - 1].rstrip()
    return any(o.label == "LOC" and o.end == len(lead) for o in ctx.mentions)


def compound_adjective(text: str, m: Mention) -> bool:
    """A name that opens a hyphenated adjective or compound written in lower case ("Hawaii-related initiatives",
    "the EU-funded project", "EU-gefinancierde projecten", "EU-finanzierte Projekte"): an adjective names no
    party (EVENTS.md)."""
    return text[m.end:m.end + 1] in ("-", "‐") and text[m.end + 1:m.end + 2].islower()


def _in_capitals(dateline: str) -> bool:
    """A news dateline in capitals ("BRUSSELS — ", "DEN HAAG (ANP) - "): its letters outside brackets."""
    letters = [c for c in re.sub(r"\([^)]*\)", "", dateline) if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def party(ctx: Context, mention: Mention, role: str) -> EventParty:
    name = ctx.fullest.get(mention.entity, mention.text) if mention.entity is not None else mention.text
    return EventParty(name=name, role=role, entity=mention.entity)


def is_fund(ctx: Context, mention: Mention) -> bool:
    words = [w.casefold() for w in re.findall(r"\w+", mention.text)]
    return any(w.endswith(head) for w in words for head in ctx.words.fund_heads)


def with_position_holders(ctx: Context, parties: list[EventParty], sentence: Span) -> list[EventParty]:
    """A person acting for an organisation brings the organisation of the position along, same role; so does
    a body named with its parent."""
    parties = with_parents(ctx, parties)
    out = list(parties)
    seen = {p.entity for p in out}
    for person in [p for p in parties if p.entity is not None
                   and ctx.entities[p.entity].label == "PERSON"]:
        for role in ctx.roles:
            if role.person_entity == person.entity and role.organization_entity is not None:
                if role.organization_entity not in seen:
                    seen.add(role.organization_entity)
                    name = ctx.fullest.get(role.organization_entity, role.organization or "")
                    out.append(EventParty(name=name, role=person.role, entity=role.organization_entity))
                break
    return out


def sides(ctx: Context, parties: list[EventParty]) -> set[int | str]:
    """The organisations the parties act for (EVENTS.md: a meeting has two named parties of different
    organisations): a person whose position's organisation is a party too counts as that organisation
    ("Janusz Lewandowski, commissaire européen": one side with the Commission)."""
    entities = {p.entity for p in parties}
    out: set[int | str] = set()
    for p in parties:
        org = next((r.organization_entity for r in ctx.roles if p.entity is not None
                    and r.person_entity == p.entity and r.organization_entity in entities), None)
        out.add(org if org is not None else p.entity if p.entity is not None else p.name)
    return out


def with_parents(ctx: Context, parties: list[EventParty]) -> list[EventParty]:
    """A body named with its parent ("Board of the European Investment Bank", "EIB’s Board of Directors")
    brings the parent along, same role (EVENTS.md: a department named with its parent gives both)."""
    out = list(parties)
    seen = {p.entity for p in parties}
    for p in parties:
        for entity, forms in ctx.forms.items():
            if entity in seen:
                continue
            if any(len(f) >= 2 and f != p.name and f in p.name and next(word_occurrences(p.name, f), None)
                   for f in forms):
                seen.add(entity)
                out.append(EventParty(name=ctx.fullest.get(entity, p.name), role=p.role, entity=entity))
    return out


def unique(parties: list[EventParty]) -> list[EventParty]:
    """One party per entity (the first role given wins)."""
    seen: set[int | str] = set()
    out = []
    for p in parties:
        key: int | str = p.entity if p.entity is not None else fold(p.name)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def event_date(ctx: Context, sentence: Span) -> str | None:
    """The date of the event in its sentence: not a deadline ("by the end of 2020"), not the dateline
    ("Bern, 10.04.2018 - "); the most precise one when several remain ("gestern" before "2019"), else the
    first."""
    dateline = _DATELINE.match(sentence.text)
    opens = sentence.start + dateline.end() if dateline else sentence.start
    found = [d for d in ctx.dates if sentence.start <= d.start and d.end <= sentence.end and d.value
             and d.start >= opens and not marked(ctx, ctx.words.words("deadline_markers"), d.start, sentence.start)]
    if not found:
        return None
    return max(found, key=lambda d: (_precision(d.value), -d.start)).value


def _precision(value: str) -> int:
    """2 for a day or a range of days, 1 for a month, 0 for a year or a range of years."""
    first = value.split("/")[0]
    return 2 if len(first) >= 10 else 1 if len(first) == 7 else 0


_CAPITALISED = r"[A-ZÀ-Þ][\w’'\-+]*"


@cache
def name_phrase(code: str) -> re.Pattern[str]:
    """Capitalised words joined by the language's lower-case name connectors ("Fund for Peace")."""
    lang = load_language(code)
    joiners = alternation([w for w in lang["name_connectors"] if w.islower() and w.isalpha()])
    return re.compile(rf"{_CAPITALISED}(?:\s+(?:(?:{joiners})\s+)?{_CAPITALISED})+")


def instrument(ctx: Context, sentence: Span, mentions: list[Mention]) -> str | None:
    """The proper name of the fund, programme, project or agreement: a mention or a capitalised phrase of the
    sentence holding an instrument head word ("Cohesion Fund", "Corona Response Investment Initiative")."""
    heads = ctx.words.heads
    for m in mentions:
        words = [w.casefold() for w in re.findall(r"[\w\-]+", m.text)]
        if len(words) >= 2 and any(w.endswith(h) for w in words for h in heads):
            return m.text
    for match in name_phrase(ctx.words.code).finditer(sentence.text):
        words = [w.casefold() for w in re.findall(r"[\w\-]+", match.group())]
        if any(w.endswith(h) or w == h for w in words[1:] for h in heads) and match.start() > 0:
            return match.group().strip()
    return None
