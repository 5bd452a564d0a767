"""The annotated news set is complete and consistent (spans point at their text, one split per site), and
its scorer matches spans by overlap and counts values on the matched dates."""

from __future__ import annotations

import csv
import json

from benchmarks.evalnews import DEFAULT_ROOT, SPLITS, evaluate_news, flat_scores, score_document

ROOT = DEFAULT_ROOT
GOLD = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
SOURCES = list(csv.DictReader((ROOT / "SOURCES.tsv").open(encoding="utf-8", newline=""), delimiter="\t"))


def test_every_text_has_gold_and_a_source_row() -> None:
    texts = {p.name for p in (ROOT / "texts").glob("*.txt")}
    assert {g["doc"] for g in GOLD} == texts == {r["doc"] for r in SOURCES}
    assert all(r["url"].startswith("http") and r["split"] in SPLITS for r in SOURCES)
    assert (ROOT / "LICENCE-fundus.txt").exists()


def test_spans_point_at_their_text_and_values_are_iso() -> None:
    for doc in GOLD:
        text = (ROOT / "texts" / doc["doc"]).read_text(encoding="utf-8")
        for item in doc["dates"] + doc["optional"]["dates"]:
            assert text[item["start"]: item["end"]] == item["text"], (doc["doc"], item)
            assert item["value"][:4].isdigit(), (doc["doc"], item)


def test_a_site_is_on_one_side_only_and_english_and_french_are_on_both() -> None:
    sides: dict[str, set[str]] = {}
    for row in SOURCES:
        sides.setdefault(row["site"], set()).add(row["split"])
    assert all(len(s) == 1 for s in sides.values()), sides
    for code in ("en", "fr", "de"):
        assert {r["split"] for r in SOURCES if r["language"] == code} == set(SPLITS), code


def test_overlap_matching_values_and_optional_items() -> None:
    text = "On Monday and in March 2020 the weekend passed."
    gold = [(3, 9, "2020-06-01"), (17, 27, "2020-03")]
    optional = [(32, 39, "2020-06-06/2020-06-07")]
    predicted = [(0, 9, "2020-06-01"), (17, 22, "2020-03-01"), (32, 39, "2020-06-06"), (40, 46, "2020")]
    tally = score_document(text, gold, optional, predicted, "doc")
    assert (tally.gold, tally.predicted, tally.matched, tally.right_value) == (2, 3, 2, 1)
    scores = tally.scores()
    assert scores["recall"] == 1.0 and round(scores["precision"], 3) == 0.667 and scores["value_accuracy"] == 0.5


def test_the_scorer_names_every_split_and_language() -> None:
    scores = flat_scores(evaluate_news(ROOT))
    for split in (*SPLITS, "all"):
        for code in ("en", "fr", "all"):
            assert 0.0 <= scores[f"{split}.{code}.dates.f1"] <= 1.0
            assert 0.0 <= scores[f"{split}.{code}.dates.value_accuracy"] <= 1.0
