"""Frozen records passed between stages. Offsets are Python string indices into ``Document.text``:
``text[start:end]`` is always the mention."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class RawDocument:
    """Bytes as loaded from a file or fetched from a URL, before any decoding."""

    source: str
    data: bytes
    url: str | None = None
    kind: str | None = None  # "html" or "text"; None: decided from the source name and the bytes
    language_hint: str | None = None  # from a crawl source: used when detection is unsure
    charset: str | None = None  # declared by the HTTP Content-Type header: decoding tries it first

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph(Span):
    idx: int = 0
    language: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Mention(Span):
    label: str = ""  # PERSON, ORG, LOC
    method: str = "model"  # model, rule, gazetteer
    model_label: str | None = None  # the model's own label (GPE, PER, ...)
    entity: int | None = None  # index into Document.entities


@dataclass(frozen=True)
class EntityRef:
    """One real-world thing within a document; ``key`` links it across documents."""

    key: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateValue(Span):
    value: str = ""
    kind: str = "date"  # date, datetime, month, year, range, partial, relative


@dataclass(frozen=True)
class Money(Span):
    value: Decimal = Decimal(0)
    currency: str = ""
    currency_basis: str = "explicit"  # why this currency: explicit, or the rule that chose it
    range_id: int | None = None  # amounts of one range ("between €2 and €3 million") share an id


@dataclass(frozen=True)
class Role(Span):
    person: str = ""
    role: str = ""
    organization: str | None = None
    status: str | None = None  # former, acting, ... when the text says so
    since: str | None = None  # ISO date the text gives for the start ("since 2019")
    until: str | None = None  # ISO date the text gives for the end ("until June 2021")
    person_entity: int | None = None
    organization_entity: int | None = None


@dataclass(frozen=True)
class EventParty:
    """A party of an event: the fullest form of its name in the document and its role."""

    name: str
    role: str  # funder, recipient, partner, organiser, participant
    entity: int | None = None  # index into Document.entities


@dataclass(frozen=True)
class Event(Span):
    """A cooperation or funding event; the span is its evidence sentence."""

    type: str = ""  # funding, agreement, project, meeting
    parties: tuple[EventParty, ...] = ()
    amount: int | None = None  # index into Document.amounts
    date_value: str | None = None  # a value as in Document.dates
    instrument: str | None = None  # name of the fund, programme, project, agreement or meeting
    method: str = "rule"  # rule; rule+carried when a party was carried over from an earlier sentence


@dataclass(frozen=True)
class Document:
    source: str
    sha256: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    extraction: str = "text"  # text or html
    encoding: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[EntityRef, ...] = ()
    dates: tuple[DateValue, ...] = ()
    amounts: tuple[Money, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
    alternates: tuple[tuple[str, str], ...] = ()  # (language, URL) of the page's other language versions
    release_ids: tuple[str, ...] = ()  # release identifiers the text states ("IP/17/762"), normalised
    fingerprint: str | None = None  # the content fingerprint's key (events/families.py), computed with the stages
    models: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())
