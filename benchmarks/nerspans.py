"""Exact-span entity scores on openly licensed NER corpora in the ``../shared/ner`` format (one JSON record a
line: ``text``, ``spans`` as ``[start, end, label]``, ``lang``, ``source``): SmartData (German news), GermEval
2014 (German news and Wikipedia), Europeana (historical newspapers).

Consecutive records of one source (the sentences of one article) are read together as one document, as the
pipeline reads a release; a mention counts when its start, end and label equal a gold span's (PERSON, ORG,
LOC; micro-averaged over all spans). The errors are classed as missed (no predicted span overlaps), spurious
(no gold span overlaps), boundary (overlapping, same label, other offsets) and label (same offsets, other
label). Run through ``python -m benchmarks.evalner --corpus FILE [--show-errors LANG]``."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any

from pipeline.entities.recognize import extract_entities
from pipeline.evaluate import Counts
from pipeline.text.main_text import split_paragraphs

RECORD_GAP = "\n\n"
LABELS = ("PERSON", "ORG", "LOC")
Span = tuple[int, int, str]


@dataclass
class SpanReport:
    """Counts per label ("all" too) and the classified errors, each with its text and a little context."""

    counts: dict[str, Counts] = field(default_factory=lambda: {label: Counts() for label in (*LABELS, "all")})
    errors: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


def documents(path: Path) -> list[tuple[str, str, list[Span]]]:
    """(language, text, gold spans) per document: consecutive records of one source joined."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for _, group in groupby(rows, key=_document_key):
        records: list[dict[str, Any]] = list(group)
        text, spans, offset = "", [], 0
        for record in records:
            spans += [(offset + s, offset + e, label) for s, e, label in record["spans"] if label in LABELS]
            text += record["text"] + RECORD_GAP
            offset = len(text)
        out.append((records[0]["lang"], text[: -len(RECORD_GAP)], spans))
    return out


def _document_key(record: dict[str, Any]) -> str:
    """The article a record comes from: its source URL (GermEval's sentences), else the record itself (a
    SmartData document; a corpus name is no article)."""
    source = str(record.get("source") or "")
    return source if "://" in source else str(record.get("id"))


def _classify(gold: set[Span], pred: set[Span]) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = []
    for span in sorted(gold - pred):
        overlapping = [p for p in pred if p[0] < span[1] and span[0] < p[1]]
        if not overlapping:
            out.append(("missed", span))
        elif any(p[:2] == span[:2] for p in overlapping):
            out.append(("label", span))
        elif any(p[2] == span[2] for p in overlapping):
            out.append(("boundary", span))
        else:
            out.append(("boundary+label", span))
    out += [("spurious", p) for p in sorted(pred - gold) if not any(g[0] < p[1] and p[0] < g[1] for g in gold)]
    return out


def score(path: Path, limit: int | None = None) -> SpanReport:
    report = SpanReport()
    for language, text, spans in documents(path)[:limit]:
        mentions, _ = extract_entities(text, split_paragraphs(text), language)
        gold = set(spans)
        pred = {(m.start, m.end, m.label) for m in mentions if m.label in LABELS}
        for label in (*LABELS, "all"):
            g = {s for s in gold if label in ("all", s[2])}
            p = {s for s in pred if label in ("all", s[2])}
            report.counts[label].add(Counts(len(p & g), len(p - g), len(g - p)))
        for kind, (start, end, label) in _classify(gold, pred):
            report.errors[kind] += 1
            near = sorted((p for p in pred | gold if p[0] < end and start < p[1]), key=lambda p: p[0])
            shown = "; ".join(f"{'gold' if p in gold else 'pred'} {text[p[0]:p[1]]!r} {p[2]}" for p in near)
            context = text[max(0, start - 40): end + 40].replace("\n", " ")
            report.examples.append(f"{kind:<14} {text[start:end]!r} {label}  [{shown}]  …{context}…")
    return report
