"""Translation families: the language versions of one release share ``documents.family_id``.

Three signals, strongest first: the page's alternate-language links (``hreflang``, ``rel=alternate``), a
release identifier printed in every version ("IP/17/762", "WCMS_614122", see ``data/release_ids.json``), and
for plain files the same publication day with the same amounts and dates and mostly the same canonical
entities. Two documents in the same language are never one family (that is a duplicate or an edit).

Linking is done at storage time, inside the document's transaction (like entity linking): a crawl adds
releases one at a time, every signal is an indexed key lookup (no pass over the dataset), and a document's
family changes together with its rows or not at all."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.engine import Connection

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.errors import DataFileError
from pipeline.money.currency import plain
from pipeline.records import Document

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


def content_key(doc: Document) -> str | None:
    """Publication day, amounts and dates of a release: the same in each of its translations. None when the
    day is unknown or the release states too few values to tell it from another release of that day."""
    if not doc.published or len(doc.published) < 10:
        return None
    day = doc.published[:10]
    amounts = sorted({f"{plain(a.value)} {a.currency}" for a in doc.amounts})
    dates = sorted({d.value for d in doc.dates if d.value and d.value[:10] != day})
    if len(amounts) + len(dates) < config.FAMILY_MIN_SHARED_VALUES:
        return None
    return f"{day}|{';'.join(amounts)}|{';'.join(dates)}"


def document_keys(doc: Document) -> list[tuple[str, str]]:
    """(kind, key) rows of one document: its own URL, the URLs of its other language versions, its release
    identifiers and its content key."""
    rows: list[tuple[str, str]] = []
    if doc.url:
        rows.append(("url", _norm_url(doc.url)))
    rows += [("alternate", _norm_url(url)) for lang, url in doc.alternates if lang != doc.language]
    rows += [("release", key) for key in doc.release_ids]
    content = content_key(doc)
    if content:
        rows.append(("content", content))
    return list(dict.fromkeys(rows))


def _norm_url(url: str) -> str:
    url = re.sub(r"^https?://(www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return url.split("#")[0].rstrip("/").lower()


@dataclass
class FamilyLinker:
    documents: Table
    keys: Table
    mentions: Table

    def link(self, conn: Connection, doc: Document, doc_id: int, entity_ids: list[int]) -> None:
        """Store the document's keys and give it a family: a family of another language that one of the
        signals links it to, else its own id."""
        conn.execute(delete(self.keys).where(self.keys.c.document_id == doc_id))
        rows = document_keys(doc)
        if rows:
            conn.execute(insert(self.keys), [dict(document_id=doc_id, kind=k, key=v) for k, v in rows])
        family, signal = doc_id, None
        if doc.language:
            for candidate, how in self._candidates(conn, doc, doc_id, rows, set(entity_ids)):
                joined = self._join(conn, doc.language, doc_id, family, candidate)
                if joined is not None:
                    family, signal = joined, signal or how
                    self._mark(conn, candidate, how)
        conn.execute(update(self.documents).where(self.documents.c.id == doc_id)
                     .values(family_id=family, family_signal=signal))

    def _candidates(self, conn: Connection, doc: Document, doc_id: int, rows: list[tuple[str, str]],
                    entity_ids: set[int]) -> list[tuple[int, str]]:
        k = self.keys.c
        wanted = {
            "alternate": [("url", v) for kind, v in rows if kind == "alternate"]
            + [("alternate", v) for kind, v in rows if kind == "url"],
            "release": [("release", v) for kind, v in rows if kind == "release"],
            "content": [("content", v) for kind, v in rows if kind == "content"],
        }
        out: list[tuple[int, str]] = []
        for signal in SIGNALS:
            for kind, value in wanted[signal]:
                query = (select(k.document_id, self.documents.c.language)
                         .join(self.documents, self.documents.c.id == k.document_id)
                         .where(k.kind == kind, k.key == value, k.document_id != doc_id))
                for other, language in conn.execute(query):
                    fresh = language and language != doc.language and all(o != other for o, _ in out)
                    if fresh and (signal != "content" or self._same_entities(conn, other, entity_ids)):
                        out.append((int(other), signal))
        return out

    def _same_entities(self, conn: Connection, other: int, mine: set[int]) -> bool:
        theirs = {row[0] for row in conn.execute(select(self.mentions.c.entity_id).distinct()
                                                 .where(self.mentions.c.document_id == other,
                                                        self.mentions.c.entity_id.is_not(None)))}
        union = mine | theirs
        return bool(union) and len(mine & theirs) / len(union) >= config.FAMILY_MIN_ENTITY_JACCARD

    def _members(self, conn: Connection, family: int, also: int, leave_out: int) -> list[Any]:
        """Languages of the documents of ``family`` and of document ``also``, leaving ``leave_out`` aside."""
        d = self.documents.c
        query = select(d.language).where((d.family_id == family) | (d.id == also), d.id != leave_out)
        return [row[0] for row in conn.execute(query)]

    def _join(self, conn: Connection, language: str, doc_id: int, family: int, candidate: int) -> int | None:
        """The family after joining ``candidate``'s, or None when that would put two documents of one
        language together."""
        d = self.documents.c
        theirs = conn.execute(select(d.family_id).where(d.id == candidate)).scalar() or candidate
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
        d = self.documents.c
        conn.execute(update(self.documents).where(d.id == candidate, d.family_signal.is_(None))
                     .values(family_signal=signal))
