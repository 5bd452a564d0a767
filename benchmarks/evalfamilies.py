"""Translation families on real releases: pairwise precision and recall of ``documents.family_id``.

Ingests the development set (52 releases of 18 publishers, several of them EU institutions writing on the same
topics in different languages), the European Parliament press pages of ``tests/data/html`` and the seeds into
one dataset. ``tests/data/families/pairs.tsv`` lists the pairs of sources that are language versions of one
release (gold pairs); every other pair of documents is a different release, so any other linked pair is a false
link. Scores: ``families.precision`` (linked pairs that are gold pairs; 1.0 when nothing is linked),
``families.recall`` (gold pairs linked; 1.0 without gold pairs) and ``families.linked_pairs``."""

from __future__ import annotations

import argparse
import csv
import sqlite3
import tempfile
from itertools import combinations
from pathlib import Path

from benchmarks import REPO, TEST_DATA
from pipeline.evaluate import gate
from pipeline.runs.ingest import ingest

SOURCES = (TEST_DATA / "gold" / "dev" / "texts", TEST_DATA / "html", REPO / "raw")
PAIRS = TEST_DATA / "families" / "pairs.tsv"


def gold_pairs(path: Path = PAIRS) -> set[frozenset[str]]:
    """Pairs of file names (sources without folders) that are versions of one release."""
    if not path.exists():
        return set()
    with path.open(encoding="utf-8", newline="") as handle:
        return {frozenset((row["a"], row["b"])) for row in csv.DictReader(handle, delimiter="\t")}


def linked_pairs(db: str) -> set[frozenset[str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT family_id, source FROM documents").fetchall()
    members: dict[int, list[str]] = {}
    for family, source in rows:
        members.setdefault(family, []).append(Path(source).name)
    return {frozenset(pair) for names in members.values() for pair in combinations(sorted(names), 2)}


def score(db: str) -> dict[str, float]:
    ingest(list(SOURCES), db, "evalfamilies", workers=1, progress=False)
    found, gold = linked_pairs(db), gold_pairs()
    right = len(found & gold)
    return {"families.precision": right / len(found) if found else 1.0,
            "families.recall": right / len(gold) if gold else 1.0,
            "families.linked_pairs": float(len(found)), "families.gold_pairs": float(len(gold))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalfamilies", description=__doc__.split("\n\n")[0])
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'families')")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        scores = score(str(Path(tmp) / "families.sqlite"))
    for name, value in scores.items():
        print(f"{name:<24} {value:.3f}")
    return gate(scores, args.floors, "families", "evalfamilies") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
