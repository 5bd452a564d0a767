"""Translation families on real releases: pairwise precision and recall of ``documents.family_id``.

Ingests the development set (77 releases of many publishers, several of them EU institutions writing on the
same topics in different languages), the European Parliament press pages of ``tests/data/html``, the seeds and
the language versions and same-topic releases of ``tests/data/families/texts`` into one dataset.
``tests/data/families/pairs.tsv`` lists the pairs of sources that are language versions of one release (gold
pairs, each of the ``tune`` or the ``report`` split); every other pair of documents is a different release, so
any other linked pair is a false link. Scores: ``families.precision`` (linked pairs that are gold pairs; 1.0
when nothing is linked), ``families.recall`` (gold pairs linked; 1.0 without gold pairs), the recall of each
split, and per signal the pairs it linked, their precision and the share of gold pairs it linked (a pair's
signal is the one that brought its later-stored document into the family)."""

from __future__ import annotations

import argparse
import csv
import sqlite3
import tempfile
from itertools import combinations
from pathlib import Path

from benchmarks import REPO, TEST_DATA
from pipeline.evaluate import gate
from pipeline.events.families import SIGNALS
from pipeline.runs.ingest import ingest

FAMILIES = TEST_DATA / "families"
SOURCES = (TEST_DATA / "gold" / "dev" / "texts", TEST_DATA / "html", REPO / "raw", FAMILIES / "texts")
PAIRS = FAMILIES / "pairs.tsv"


def gold_pairs(path: Path = PAIRS) -> dict[frozenset[str], str]:
    """Pairs of file names (sources without folders) that are versions of one release, with their split."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {frozenset((row["a"], row["b"])): row.get("split") or "tune"
                for row in csv.DictReader(handle, delimiter="\t")}


def linked_pairs(db: str) -> dict[frozenset[str], str]:
    """Pairs of documents that share a family, with the signal of the later-stored one."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, family_id, source, family_signal FROM documents ORDER BY id").fetchall()
    members: dict[int, list[tuple[str, str]]] = {}
    for _, family, source, signal in rows:
        members.setdefault(family, []).append((Path(source).name, signal or ""))
    return {frozenset((a[0], b[0])): b[1] or a[1]
            for docs in members.values() for a, b in combinations(docs, 2)}


def score(db: str) -> dict[str, float]:
    ingest(list(SOURCES), db, "evalfamilies", workers=1, progress=False)
    found, gold = linked_pairs(db), gold_pairs()
    right = set(found) & set(gold)
    scores = {"families.precision": len(right) / len(found) if found else 1.0,
              "families.recall": len(right) / len(gold) if gold else 1.0}
    for split in sorted(set(gold.values())):
        wanted = {pair for pair, where in gold.items() if where == split}
        scores[f"families.{split}.recall"] = len(wanted & right) / len(wanted)
    for signal in SIGNALS:
        mine = {pair for pair, how in found.items() if how == signal}
        scores[f"families.{signal}.linked_pairs"] = float(len(mine))
        scores[f"families.{signal}.precision"] = len(mine & right) / len(mine) if mine else 1.0
        scores[f"families.{signal}.recall"] = len(mine & right) / len(gold) if gold else 1.0
    scores["families.linked_pairs"] = float(len(found))
    scores["families.gold_pairs"] = float(len(gold))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalfamilies", description=__doc__.split("\n\n")[0])
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'families')")
    parser.add_argument("--show-pairs", action="store_true",
                        help="list the linked pairs that are not gold and the tune pairs left unlinked")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "families.sqlite")
        scores = score(db)
        if args.show_pairs:
            found, gold = linked_pairs(db), gold_pairs()
            for pair in sorted(set(found) - set(gold), key=sorted):
                print("false link:", " ~ ".join(sorted(pair)), f"({found[pair]})")
            for pair in sorted(set(gold) - set(found), key=sorted):
                if gold[pair] == "tune":
                    print("missed (tune):", " ~ ".join(sorted(pair)))
    for name, value in scores.items():
        print(f"{name:<34} {value:.3f}")
    return gate(scores, args.floors, "families", "evalfamilies") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
