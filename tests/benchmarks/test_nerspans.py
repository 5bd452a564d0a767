"""Exact-span scoring on corpora in the ../shared/ner format (benchmarks/nerspans.py), on a file made here."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.nerspans import _classify, documents, score


def test_records_of_one_article_are_one_document_and_scored_by_exact_span(tmp_path: Path) -> None:
    text1, text2 = "Bundesministerin Nancy Faeser besuchte Österreich .", "Faeser sprach in Wien ."
    rows = [{"text": text1, "spans": [[17, 29, "PERSON"], [39, 49, "LOC"]], "lang": "de", "source": "http://a/1"},
            {"text": text2, "spans": [[0, 6, "PERSON"], [17, 21, "LOC"]], "lang": "de", "source": "http://a/1"},
            {"text": "Ohne Namen .", "spans": [], "lang": "de", "source": "corpus", "id": "x-2"}]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    docs = documents(path)
    assert len(docs) == 2
    language, text, spans = docs[0]
    assert language == "de"
    assert [text[s:e] for s, e, _ in spans] == ["Nancy Faeser", "Österreich", "Faeser", "Wien"]
    report = score(path)
    assert report.counts["all"].tp == 4 and report.counts["all"].fp == 0


def test_errors_are_classed() -> None:
    gold = {(0, 12, "PERSON"), (20, 25, "LOC"), (30, 35, "ORG")}
    pred = {(6, 12, "PERSON"), (20, 25, "ORG"), (40, 44, "LOC")}
    assert sorted(kind for kind, _ in _classify(gold, pred)) == ["boundary", "label", "missed", "spurious"]
