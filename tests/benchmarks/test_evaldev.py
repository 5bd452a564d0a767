"""The development set of real releases is complete and consistent, and its evaluator scores both splits."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from benchmarks.evaldev import DEFAULT_ROOT, SPLITS, flat_scores, score, splits
from pipeline.evaluate import _entity_set
from tests.conftest import requires_en

ROOT = DEFAULT_ROOT
GOLD = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
SOURCES = list(csv.DictReader((ROOT / "SOURCES.tsv").open(encoding="utf-8", newline=""), delimiter="\t"))


def test_every_text_has_gold_events_and_a_source_row() -> None:
    texts = {p.name for p in (ROOT / "texts").glob("*.txt")}
    events = [json.loads(line)["doc"] for line in (ROOT / "events.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    assert {g["doc"] for g in GOLD} == texts == {r["doc"] for r in SOURCES} == set(events)
    assert len(GOLD) == len(texts) == len(SOURCES) == len(events)
    assert {r["split"] for r in SOURCES} == set(SPLITS)
    assert all(r["licence"] and r["url"].startswith("http") and r["publisher"] for r in SOURCES)


def test_size_and_spread() -> None:
    per_language = Counter(r["language"] for r in SOURCES)
    assert all(per_language[code] >= 10 for code in ("en", "nl", "fr", "de")), per_language
    for code in ("en", "nl", "fr", "de"):
        assert {r["split"] for r in SOURCES if r["language"] == code} == set(SPLITS), code


def test_a_publisher_is_on_one_side_only() -> None:
    sides: dict[str, set[str]] = {}
    for row in SOURCES:
        sides.setdefault(row["publisher"], set()).add(row["split"])
    assert all(len(s) == 1 for s in sides.values()), {p: s for p, s in sides.items() if len(s) > 1}


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_annotations_are_verbatim(gold: dict) -> None:
    text = (ROOT / "texts" / gold["doc"]).read_text(encoding="utf-8")
    for kind in ("entities", "dates", "amounts"):
        for item in gold[kind] + gold.get("optional", {}).get(kind, []):
            assert item["text"] in text, (kind, item["text"])
    for role in gold["roles"]:
        assert role["person"] in text, role


@requires_en
def test_both_splits_are_scored(tmp_path) -> None:
    reports = score(ROOT, str(tmp_path / "dev.sqlite"))
    scores = flat_scores(reports)
    assert set(reports) == {*SPLITS, "all"}
    assert "held-out.all.entities.f1" in scores and "tune.all.entities.f1" in scores
    held = splits(ROOT)["held-out"]
    entities = reports["held-out"].measures["all"]["entities"]
    assert entities.tp + entities.fn == sum(len(_entity_set(g["entities"])) for g in GOLD if g["doc"] in held)
