"""The training recipe of the Dutch and German NER route: spans from the annotations, a model that trains."""

from __future__ import annotations

import importlib.util
from itertools import pairwise
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "train_ner.py"
spec = importlib.util.spec_from_file_location("train_ner", TOOL)
assert spec is not None and spec.loader is not None
train_ner = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train_ner)


@pytest.mark.parametrize("lang", ["nl", "de"])
def test_every_annotation_becomes_an_exact_span(lang):
    for row in train_ner.load(lang):
        found = train_ner.spans(row)
        assert {row["text"][s:e] for s, e, _ in found} == {e["text"] for e in row["entities"]} or not row["entities"]
        assert all(a[1] <= b[0] for a, b in pairwise(found))  # no overlaps


def test_a_model_trains_on_a_few_paragraphs_and_tags_what_it_learned():
    rows = train_ner.load("nl")[:6]
    nlp = train_ner.train("nl", rows, epochs=25, seed=0)
    assert nlp.pipe_names == ["ner"]
    learned = train_ner.predicted(nlp, rows[0]["text"])
    assert learned and all(label in train_ner.LABELS for _, label in learned)
