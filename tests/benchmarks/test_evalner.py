"""The NER development-set harness: paragraphs of one article are read as one document."""

from __future__ import annotations

from benchmarks.evalner import DEFAULT_ROOT, _documents, predictions, score


def test_each_paragraph_gets_the_mentions_inside_it():
    for paragraphs in _documents(DEFAULT_ROOT)[:4]:
        for item, mentions in zip(paragraphs, predictions(paragraphs), strict=True):
            assert all(item["text"][m.start:m.end] == m.text for m in mentions)


def test_scores_cover_the_four_languages():
    results = score(DEFAULT_ROOT)
    assert {"nl", "de", "fr", "en"} <= set(results)
    assert all(0 <= routes["all"]["all"].f1 <= 1 for routes in results.values())
