"""The development set of real releases is complete and consistent, and its evaluator scores both splits."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from benchmarks.evaldev import (
    DEFAULT_ROOT,
    SPLITS,
    flat_scores,
    gold_lines,
    role_org_errors,
    score,
    splits,
    tune_date_errors,
)
from pipeline.evaluate import _entity_set
from tests.conftest import requires_en

ROOT = DEFAULT_ROOT
GOLD = [json.loads(line) for line in gold_lines(ROOT)]
SOURCES = list(csv.DictReader((ROOT / "SOURCES.tsv").open(encoding="utf-8", newline=""), delimiter="\t"))


def test_every_text_has_gold_events_and_a_source_row() -> None:
    texts = {p.name for p in (ROOT / "texts").glob("*.txt")}
    events = [json.loads(line)["doc"] for line in gold_lines(ROOT, "events.jsonl")]
    assert {g["doc"] for g in GOLD} == texts == {r["doc"] for r in SOURCES} == set(events)
    assert len(GOLD) == len(texts) == len(SOURCES) == len(events)


@pytest.mark.parametrize("name", ["gold.jsonl", "events.jsonl"])
def test_held_out_annotations_are_in_their_own_file(name: str) -> None:
    """Only the scores open the held-out annotations: the readable file holds none of them."""
    held_out = {r["doc"] for r in SOURCES if r["split"] == "held-out"}
    readable = {json.loads(line)["doc"] for line in gold_lines(ROOT, name, held_out=False)}
    assert readable and not readable & held_out
    assert {json.loads(line)["doc"] for line in gold_lines(ROOT, name)} - readable == held_out
    assert {r["split"] for r in SOURCES} == set(SPLITS)
    assert all(r["licence"] and r["url"].startswith("http") and r["publisher"] for r in SOURCES)


def test_size_and_spread() -> None:
    per_language = Counter(r["language"] for r in SOURCES)
    assert all(per_language[code] >= 10 for code in ("en", "nl", "fr", "de")), per_language
    for code in ("en", "nl", "fr", "de"):  # every language in the first three parts; later parts may hold fewer
        parts = {r["split"] for r in SOURCES if r["language"] == code}
        assert {"tune", "tune-added", "held-out"} <= parts <= set(SPLITS), code


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


def _write_gold(root, gold: list[dict], held_out: set[str]) -> None:
    """The layout of the development set: held-out annotations in ``held-out/gold.jsonl``."""
    (root / "held-out").mkdir()
    for path, records in ((root / "gold.jsonl", [g for g in gold if g["doc"] not in held_out]),
                          (root / "held-out" / "gold.jsonl", [g for g in gold if g["doc"] in held_out])):
        path.write_text("\n".join(json.dumps(g) for g in records) + "\n", encoding="utf-8")


@requires_en
def test_role_organisation_errors_list_readable_documents_only(tmp_path) -> None:
    from pipeline.runs.ingest import ingest

    root = tmp_path / "dev"
    (root / "texts").mkdir(parents=True)
    text = "Jane Doe, Director of the World Bank, said the plan works.\n"
    rows = ["doc\tlanguage\tpublisher\turl\tlicence\tsplit"]
    gold = []
    for name, split in (("a.txt", "tune"), ("b.txt", "tune-added"), ("c.txt", "held-out")):
        (root / "texts" / name).write_text(text.replace("Jane", name[0].upper() + "ane"), encoding="utf-8")
        rows.append(f"{name}\ten\tP{name}\thttps://example.org/{name}\tCC0\t{split}")
        gold.append({"doc": name, "language": "en", "published": None, "entities": [], "dates": [], "amounts": [],
                     "roles": [{"person": name[0].upper() + "ane Doe", "role": "Director", "org": "IMF"}],
                     "optional": {}})
    (root / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _write_gold(root, gold, held_out={"c.txt", "en-c.txt"})
    db = str(tmp_path / "dev.sqlite")
    ingest([root / "texts"], db, "test", workers=1, progress=False)
    errors = role_org_errors(root, db)
    assert [e.split("\t")[0] for e in errors] == ["a.txt", "b.txt"]
    assert "gold: Director -> IMF" in errors[0] and "-> World Bank" in errors[0]


@requires_en
def test_date_errors_show_tune_and_tune_added_documents_only(tmp_path) -> None:
    root = tmp_path / "dev"
    (root / "texts").mkdir(parents=True)
    text = "The committee met on 3 March 2020 in Brussels. The report was published on 5 May 2020."
    rows = ["doc\tlanguage\tpublisher\turl\tlicence\tsplit"]
    gold = []
    for doc, split in (("en-a.txt", "tune"), ("en-b.txt", "tune-added"), ("en-c.txt", "held-out")):
        (root / "texts" / doc).write_text(f"{text} Reference {doc}.", encoding="utf-8")  # three releases, not one
        rows.append(f"{doc}\ten\tP-{doc}\thttps://example.org/{doc}\tCC BY 4.0\t{split}")
        gold.append({"doc": doc, "language": "en", "published": None, "entities": [], "amounts": [], "roles": [],
                     "dates": [{"text": "3 March 2020", "value": "2020-03-03"},
                               {"text": "in 1999", "value": "1999"}],
                     "optional": {"dates": []}})
    (root / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    _write_gold(root, gold, held_out={"c.txt", "en-c.txt"})
    db = str(tmp_path / "dev.sqlite")
    score(root, db)
    errors = tune_date_errors(root, db)
    assert "en-a.txt\t- 1999 ['in 1999']" in errors and "en-b.txt\t- 1999 ['in 1999']" in errors
    assert "en-a.txt\t+ 2020-05-05 ['5 May 2020']" in errors
    assert not any(line.startswith("en-c.txt") for line in errors)
    assert not any("2020-03-03" in line for line in errors)
