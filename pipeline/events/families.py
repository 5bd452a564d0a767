"""Translation families: the language versions of one release share ``documents.family_id``.

Three signals, strongest first: the page's alternate-language links (``hreflang``, ``rel=alternate``), a
release identifier printed in every version ("IP/17/762", "WCMS_614122", see ``data/release_ids.json``), and
for plain files their content: the fingerprint of amounts, dates and figures written alike in every language
(:func:`fingerprint`, :func:`same_release`), with the canonical entities as a veto. Two documents in the same
language are never one family (that is a duplicate or an edit).

Linking is done at storage time, inside the document's transaction (like entity linking): a crawl adds
releases one at a time, every signal is an indexed key lookup (no pass over the dataset), and a document's
family changes together with its rows or not at all."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.engine import Connection

from pipeline import config
from pipeline.backends import insert_many
from pipeline.config import DATA_DIR
from pipeline.errors import DataFileError
from pipeline.money.currency import plain
from pipeline.records import DateValue, Document, Money

SIGNALS = ("alternate", "release", "content")  # strongest first


@dataclass(frozen=True)
class IdPattern:
    name: str
    regex: re.Pattern[str]
    key: str


@cache
def id_patterns() -> tuple[IdPattern, ...]:
    path = DATA_DIR / "release_ids.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(IdPattern(p["name"], re.compile(p["pattern"], re.IGNORECASE), p["key"])
                     for p in data["patterns"])
    except (OSError, ValueError, KeyError, re.error) as exc:
        raise DataFileError(f"cannot read {path}: {exc}") from exc


def _key(template: str, match: re.Match[str], year: str | None) -> str | None:
    def group(found: re.Match[str]) -> str:
        name = found.group(1)
        if name == "year":
            return year or ""
        value = match.group(int(name)) or ""
        return str(int(value)) if value.isdigit() and len(value) < 8 else value.upper()
    if "{year}" in template and not year:
        return None
    return re.sub(r"\{(\w+)\}", group, template)


def release_ids(text: str, url: str | None, published: str | None = None) -> list[str]:
    """The release's own identifiers, as keys ("europa:IP/17/762"): from the URL, and from the short lines of
    the text that carry one ("IP/17/762", "Reference: 2017-057-EN"). An identifier inside a sentence is a
    reference to another release ("see the full MEMO/12/12") and is left out."""
    year = published[:4] if published and published[:4].isdigit() else None
    lines = [line for line in text.splitlines() if len(line.strip()) <= config.FAMILY_ID_LINE_CHARS]
    keys: list[str] = []
    for sample in (url or "", *lines):
        for pattern in id_patterns():
            for match in pattern.regex.finditer(sample):
                key = _key(pattern.key, match, year)
                if key and key not in keys:
                    keys.append(key)
    return keys


# a number: digit groups joined across a thousands separator (a group of exactly three digits follows), so that
# "500 000", "500,000" and "500.000" give one figure and "1.5" / "1,5" give the same two in every language
_NUMBER = re.compile(r"(?<![\w+])\d+(?:[ .,\u00a0\u202f'](?=\d{3}(?!\d))\d{3})*(?![\w])")
# a telephone number, international ("+32 229 62253", "+ 32 (0)473 63 61 24") or national ("0473 63 61 24"): the
# press contact, shared by the releases of one office; at least config.FAMILY_PHONE_MIN_DIGITS digits
_PHONE = re.compile(r"(?:\+\s?|(?<![\d.,])0)\d[\d \u00a0./()\-]{5,}\d")


@dataclass(frozen=True)
class Fingerprint:
    """What the language versions of one release state alike: the publication day (None when unknown), the
    amounts ("5000000 EUR"), the full dates other than that day ("@2017-10-10") and the other figures of the
    text ("#127": counts, votes, article and directive numbers), language-independent."""

    day: str | None
    values: frozenset[str]

    def key(self) -> str:
        return f"{self.day or ''}|{';'.join(sorted(self.values))}"

    @classmethod
    def parse(cls, key: str) -> Fingerprint:
        day, _, values = key.partition("|")
        return cls(day or None, frozenset(v for v in values.split(";") if v))

    @property
    def amounts(self) -> list[str]:
        return sorted(v for v in self.values if v[0] not in "@#")


def fingerprint(doc: Document) -> Fingerprint:
    """The document's fingerprint: the one computed with its stages (:func:`content_fingerprint`, in the
    workers), else computed now."""
    if doc.fingerprint is not None:
        return Fingerprint.parse(doc.fingerprint)
    return content_fingerprint(doc.text, doc.published, doc.amounts, doc.dates)


def content_fingerprint(text: str, published: str | None, amounts: Sequence[Money],
                        dates: Sequence[DateValue]) -> Fingerprint:
    """The fingerprint of a text with its amounts and dates. Figures inside a date, an amount, a telephone
    number or a cited release identifier ("see MEMO/12/12", shared by every release of a series) are left out,
    and so are numbers below 10 and years (1900-2099), which any two releases of a period share."""
    day = published[:10] if published and len(published) >= 10 else None
    values = {f"{plain(a.value)} {a.currency}" for a in amounts}
    values |= {f"@{d.value[:10]}" for d in dates
               if len(d.value) >= 10 and d.value[4:5] == "-" and d.value[:10] != day}
    masked = list(text)
    spans = [(a.start, a.end) for a in amounts] + [(d.start, d.end) for d in dates]
    spans += [m.span() for m in _PHONE.finditer(text)
              if len(re.sub(r"\D", "", m.group())) >= config.FAMILY_PHONE_MIN_DIGITS]
    spans += [m.span() for pattern in id_patterns() for m in pattern.regex.finditer(text)]
    for start, end in spans:
        masked[start:end] = " " * (end - start)
    for match in _NUMBER.finditer("".join(masked)):
        digits = re.sub(r"\D", "", match.group())
        number = int(digits)
        if number >= 10 and not 1900 <= number <= 2099:
            values.add(f"#{number}")
    return Fingerprint(day, frozenset(values))


def same_release(mine: Fingerprint, theirs: Fingerprint) -> bool:
    """Whether two fingerprints (of documents in different languages) are those of one release: on the same
    day, enough shared values, one of them strong, that are most of the shorter one's; with a day unknown, many
    more; two different known days never."""
    if mine.day and theirs.day and mine.day != theirs.day:
        return False
    shared = len(mine.values & theirs.values)
    shorter = min(len(mine.values), len(theirs.values))
    if not shorter or shared / shorter < config.FAMILY_MIN_SHARED_SHARE:
        return False
    strong = sum(1 for value in mine.values & theirs.values if _strong(value))
    if mine.day and theirs.day:
        return shared >= config.FAMILY_MIN_SHARED_VALUES and strong >= config.FAMILY_MIN_STRONG_VALUES
    return shared >= config.FAMILY_MIN_SHARED_VALUES_NO_DAY and strong >= config.FAMILY_MIN_STRONG_VALUES_NO_DAY


def _strong(value: str) -> bool:
    """An amount, a full date or a figure of FAMILY_STRONG_FIGURE or more: what two unrelated texts rarely share
    (figures below it, "10", "14", "20", are the days, ages, percentages and counts of any text)."""
    return not value.startswith("#") or int(value[1:]) >= config.FAMILY_STRONG_FIGURE


def document_keys(doc: Document) -> list[tuple[str, str]]:
    """(kind, key) rows of one document: its own URL, the URLs of its other language versions, its release
    identifiers and its content fingerprint with the day and amount keys that find candidates."""
    rows: list[tuple[str, str]] = []
    if doc.url:
        rows.append(("url", _norm_url(doc.url)))
    rows += [("alternate", _norm_url(url)) for lang, url in doc.alternates if lang != doc.language]
    rows += [("release", key) for key in doc.release_ids]
    rows += fingerprint_keys(fingerprint(doc))
    return list(dict.fromkeys(rows))


def fingerprint_keys(prints: Fingerprint) -> list[tuple[str, str]]:
    """The content signal's rows: the fingerprint itself, and the day and amount keys that find candidates."""
    if not prints.values:
        return []
    rows = [("figures", prints.key())]
    if prints.day:
        rows.append(("day", prints.day))
    return rows + [("amount", amount) for amount in prints.amounts]


def _norm_url(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return url.split("#")[0].rstrip("/").lower()


@dataclass
class FamilyLinker:
    documents: Table
    keys: Table
    mentions: Table

    def __post_init__(self) -> None:
        # statements built once (building a SQLAlchemy statement costs more than running it on SQLite)
        k, d, m = self.keys.c, self.documents.c, self.mentions.c
        self._drop_keys = delete(self.keys).where(k.document_id == bindparam("doc"))
        self._set_family = (update(self.documents).where(d.id == bindparam("doc"))
                            .values(family_id=bindparam("family"), family_signal=bindparam("signal")))
        self._sharing = (select(k.document_id).join(self.documents, d.id == k.document_id)
                         .where(k.kind == bindparam("kind"), k.key == bindparam("value"),
                                k.document_id != bindparam("doc"), d.language != bindparam("language"))
                         .order_by(k.document_id.desc()).limit(bindparam("most")))
        self._figures = select(k.key).where(k.document_id == bindparam("doc"), k.kind == "figures")
        self._entities_of = (select(m.entity_id).distinct()
                             .where(m.document_id == bindparam("doc"), m.entity_id.is_not(None)))
        self._family_of = select(d.family_id).where(d.id == bindparam("doc"))
        self._languages = select(d.language).where((d.family_id == bindparam("family")) | (d.id == bindparam("also")),
                                                   d.id != bindparam("leave_out"))
        self._mark_signal = (update(self.documents).where(d.id == bindparam("doc"), d.family_signal.is_(None))
                             .values(family_signal=bindparam("signal")))

    def link(self, conn: Connection, doc: Document, doc_id: int, entity_ids: list[int]) -> None:
        """Store the document's keys and give it a family: a family of another language that one of the
        signals links it to, else its own id."""
        conn.execute(self._drop_keys, {"doc": doc_id})
        rows = document_keys(doc)
        insert_many(conn, self.keys, [dict(document_id=doc_id, kind=k, key=v) for k, v in rows])
        family, signal = doc_id, None
        if doc.language:
            for candidate, how in self._candidates(conn, doc, doc_id, rows, set(entity_ids)):
                joined = self._join(conn, doc.language, doc_id, family, candidate)
                if joined is not None:
                    family, signal = joined, signal or how
                    self._mark(conn, candidate, how)
        conn.execute(self._set_family, {"doc": doc_id, "family": family, "signal": signal})

    def _candidates(self, conn: Connection, doc: Document, doc_id: int, rows: list[tuple[str, str]],
                    entity_ids: set[int]) -> list[tuple[int, str]]:
        wanted = {
            "alternate": [("url", v) for kind, v in rows if kind == "alternate"]
            + [("alternate", v) for kind, v in rows if kind == "url"],
            "release": [("release", v) for kind, v in rows if kind == "release"],
            "content": [(kind, v) for kind, v in rows if kind in ("day", "amount")],
        }
        prints = next((Fingerprint.parse(v) for kind, v in rows if kind == "figures"), None)
        out: list[tuple[int, str]] = []
        compared: set[int] = set()  # content candidates already compared (found again under another day or amount key)
        for signal in SIGNALS:
            for kind, value in wanted[signal]:
                found = conn.execute(self._sharing, {"kind": kind, "value": value, "doc": doc_id,
                                                     "language": doc.language, "most": config.FAMILY_MAX_CANDIDATES})
                for (other,) in found:  # of other languages only: a family never holds two of one
                    fresh = all(o != other for o, _ in out)
                    if fresh and signal == "content":
                        fresh = other not in compared
                        compared.add(other)
                    if fresh and (signal != "content" or self._same_content(conn, other, prints, entity_ids)):
                        out.append((int(other), signal))
        return out

    def _same_content(self, conn: Connection, other: int, prints: Fingerprint | None, mine: set[int]) -> bool:
        """The content signal: the fingerprints tell one release, and the canonical entities do not tell two."""
        theirs = conn.execute(self._figures, {"doc": other}).scalar()
        if prints is None or theirs is None or not same_release(prints, Fingerprint.parse(theirs)):
            return False
        their_entities = {row[0] for row in conn.execute(self._entities_of, {"doc": other})}
        return not _different_entities(mine, their_entities)


    def _members(self, conn: Connection, family: int, also: int, leave_out: int) -> list[Any]:
        """Languages of the documents of ``family`` and of document ``also``, leaving ``leave_out`` aside."""
        return [row[0] for row in conn.execute(self._languages, {"family": family, "also": also,
                                                                 "leave_out": leave_out})]

    def _join(self, conn: Connection, language: str, doc_id: int, family: int, candidate: int) -> int | None:
        """The family after joining ``candidate``'s, or None when that would put two documents of one
        language together."""
        d = self.documents.c
        theirs = conn.execute(self._family_of, {"doc": candidate}).scalar() or candidate
        if theirs == family:
            return family
        ours = [language, *self._members(conn, family, doc_id, doc_id)]
        other_languages = self._members(conn, theirs, candidate, doc_id)
        if set(ours) & set(other_languages) or len(set(other_languages)) < len(other_languages):
            return None
        merged = min(family, theirs)
        conn.execute(update(self.documents).where((d.family_id.in_([family, theirs])) | (d.id == candidate))
                     .values(family_id=merged))
        return merged

    def _mark(self, conn: Connection, candidate: int, signal: str) -> None:
        conn.execute(self._mark_signal, {"doc": candidate, "signal": signal})


def _different_entities(mine: set[int], theirs: set[int]) -> bool:
    """Two sets of canonical entities that tell two releases: both name several and share none (names in each
    language link to one entity only through the alias table, so versions share fewer than originals do)."""
    return min(len(mine), len(theirs)) >= config.FAMILY_ENTITY_VETO_MIN and not mine & theirs
