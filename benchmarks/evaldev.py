"""The development set of real releases (``tests/data/gold/dev``): ingests its texts into a fresh dataset and
scores it with the rules of gold/FORMAT.md, split by publisher into the part rules were tuned on (``tune``) and
the part kept apart while writing them (``held-out``), as ``SOURCES.tsv`` says; ``tune-added`` and ``tune-added-2``
hold tune releases added after the floors of the parts before them were pinned (readable like ``tune``, scored and
gated apart so that each part's floors keep measuring the releases they were pinned on).

Scores are named ``<split>.<lang>.<measure>.<stat>`` (``held-out.all.roles.f1``); ``--floors`` gates them
with the ``dev`` section of the floors file."""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from benchmarks import TEST_DATA
from pipeline.evaluate import (
    Report,
    _cluster_pairs,
    _entity_set,
    _find,
    _org_matches,
    _predicted,
    evaluate,
    format_report,
    gate,
    gold_clusters,
    match_roles,
)
from pipeline.runs.ingest import ingest
from pipeline.store import connect, dates, documents
from pipeline.textnorm import fold

DEFAULT_ROOT = TEST_DATA / "gold" / "dev"
SPLITS = ("tune", "tune-added", "tune-added-2", "held-out")  # tune releases added in later rounds, gated apart


HELD_OUT = "held-out"  # the folder of the held-out annotations, opened only to score them


def gold_lines(root: Path, name: str = "gold.jsonl", held_out: bool = True) -> list[str]:
    """The annotation lines of ``root/name`` (the readable parts) and, with ``held_out``, of
    ``root/held-out/name``: the held-out annotations live in a file of their own, which only the scores read."""
    paths = [root / name, *([root / HELD_OUT / name] if held_out else [])]
    return [line for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def splits(root: Path) -> dict[str, set[str]]:
    """Document names per split, from ``SOURCES.tsv``."""
    out: dict[str, set[str]] = {name: set() for name in SPLITS}
    with (root / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out[row["split"]].add(row["doc"])
    return out


def score(root: Path, db: str) -> dict[str, Report]:
    """Ingest ``root/texts`` into ``db`` and score each split (and ``all``) against the annotations."""
    ingest([root / "texts"], db, "evaldev", workers=1, progress=False)
    engine = connect(db, create=False)
    lines = gold_lines(root)
    parts = splits(root) | {"all": {json.loads(line)["doc"] for line in lines}}
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, docs in parts.items():
            gold = Path(tmp) / f"{name}.jsonl"
            gold.write_text("\n".join(line for line in lines if json.loads(line)["doc"] in docs) + "\n",
                            encoding="utf-8")
            reports[name] = evaluate(gold, engine)
    return reports


READABLE = ("tune", "tune-added", "tune-added-2")  # the splits whose errors may be shown; held-out never


def tune_errors(root: Path, db: str) -> list[str]:
    """Missed (``-``) and spurious (``+``) entities per ``tune`` and ``tune-added`` document, then the cluster
    pairs among those documents that were missed (``-``) or made wrongly (``+``); held-out documents are never
    shown."""
    pred = _predicted(connect(db, create=False))
    out: list[str] = []
    gold_clusters: dict[tuple[str, str], str] = {}
    pred_clusters: dict[tuple[str, str], str] = {}
    for gold in _readable_gold(root):
        doc = _find(pred, gold["doc"]) or {"mentions": []}
        found = {(t, label) for t, label, _ in doc["mentions"]}
        wanted = _entity_set(gold["entities"])
        optional = _entity_set(gold.get("optional", {}).get("entities", []))
        out += [f"{gold['doc']}\t- {t} [{label}]" for t, label in sorted(wanted - found)]
        out += [f"{gold['doc']}\t+ {t} [{label}]" for t, label in sorted(found - wanted - optional)]
        entity_of = Counter((t, e) for t, _, e in doc["mentions"] if e is not None)
        for e in gold["entities"]:
            item = (gold["doc"], fold(e["text"]))
            gold_clusters[item] = e["entity"]
            ids = [ent for (t, ent), _ in entity_of.most_common() if t == item[1]]
            if ids:
                pred_clusters[item] = str(ids[0])
    gold_pairs, pred_pairs = _cluster_pairs(gold_clusters), _cluster_pairs(pred_clusters)
    for sign, pairs in (("-", gold_pairs - pred_pairs), ("+", pred_pairs - gold_pairs)):
        out += sorted(f"clusters\t{sign} " + " ~ ".join(f"{d}:{t}" for d, t in sorted(pair)) for pair in pairs)
    return out


def _readable_gold(root: Path) -> list[dict]:
    """Gold records of the readable documents; the held-out file is not even opened."""
    parts = splits(root)
    readable = set().union(*(parts[name] for name in READABLE))
    return [gold for line in gold_lines(root, held_out=False) if (gold := json.loads(line))["doc"] in readable]


def role_org_errors(root: Path, db: str) -> list[str]:
    """Role organisations of the ``tune`` and ``tune-added`` documents (never held-out), scored as ``evaluate``
    scores them: for every gold role matched by a predicted one whose organisation is wrong, the gold role and
    organisation, then the predicted ones (``doc  person | gold role -> org | predicted role -> org``)."""
    pred = _predicted(connect(db, create=False))
    out: list[str] = []
    for gold in _readable_gold(root):
        clusters = gold_clusters(gold)
        pairs, _, _ = match_roles((_find(pred, gold["doc"]) or {"roles": []})["roles"], gold)
        out += [f"{gold['doc']}\t{g['person']} | gold: {g['role']} -> {g['org']} | "
                f"predicted: {match['role']} -> {match['organization']}"
                for g, match in pairs if not _org_matches(match["organization"], g["org"], clusters)]
    return out


def tune_date_errors(root: Path, db: str) -> list[str]:
    """Missed (``-``, with the gold text) and spurious (``+``, with the text found) date values per ``tune`` and
    ``tune-added`` document, scored as :func:`pipeline.evaluate.evaluate` does (by value); held-out documents
    are never shown."""
    engine = connect(db, create=False)
    with engine.connect() as conn:
        rows = conn.execute(select(documents.c.source, dates.c.value, dates.c.text)
                            .join(dates, dates.c.document_id == documents.c.id)).all()
    found: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        found.setdefault(row.source, {}).setdefault(row.value, set()).add(row.text)
    out: list[str] = []
    for gold in _readable_gold(root):
        doc = next((v for k, v in found.items() if k == gold["doc"] or k.endswith("/" + gold["doc"])), {})
        wanted: dict[str, set[str]] = {}
        for item in gold["dates"]:
            wanted.setdefault(item["value"], set()).add(item["text"])
        optional = {item["value"] for item in gold.get("optional", {}).get("dates", [])}
        out += [f"{gold['doc']}\t- {value} {sorted(texts)}" for value, texts in sorted(wanted.items())
                if value not in doc]
        out += [f"{gold['doc']}\t+ {value} {sorted(texts)}" for value, texts in sorted(doc.items())
                if value not in wanted and value not in optional]
    return out


def role_errors(root: Path, db: str) -> list[str]:
    """Missed (``-``) and spurious (``+``) roles per ``tune`` and ``tune-added`` document, matched as the scorer
    matches them (a spurious role that an optional gold role covers is not listed); held-out documents are never
    shown."""
    pred = _predicted(connect(db, create=False))
    out: list[str] = []
    for gold in _readable_gold(root):
        _, missed, spurious = match_roles((_find(pred, gold["doc"]) or {"roles": []})["roles"], gold)
        out += [f"{gold['doc']}\t- {g['person']} | {g['role']} | {g.get('org')}" for g in missed]
        out += [f"{gold['doc']}\t+ {p['person']} | {p['role']} | {p['organization']}" for p in spurious]
    return out


def flat_scores(reports: dict[str, Report]) -> dict[str, float]:
    return {f"{split}.{name}": value for split, report in reports.items() for name, value in report.flat().items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evaldev", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the development set folder")
    parser.add_argument("--db", help="dataset to write (default: a temporary file)")
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'dev')")
    parser.add_argument("--show-errors", action="store_true",
                        help="list missed (-) and spurious (+) entities and cluster pairs of the tune and tune-added "
                             "documents (never held-out)")
    parser.add_argument("--show-role-orgs", action="store_true",
                        help="list wrong role organisations (gold vs predicted) of the tune and tune-added documents "
                             "(never held-out)")
    parser.add_argument("--show-date-errors", action="store_true",
                        help="list missed (-) and spurious (+) date values of the tune and tune-added documents "
                             "(never held-out)")
    parser.add_argument("--show-role-errors", action="store_true",
                        help="list missed (-) and spurious (+) roles of the tune and tune-added documents "
                             "(never held-out)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "dev.sqlite")
        reports = score(args.root, db)
        if args.show_errors:
            print("\n".join(tune_errors(args.root, db)))
        if args.show_role_orgs:
            print("\n".join(role_org_errors(args.root, db)))
        if args.show_date_errors:
            print("\n".join(tune_date_errors(args.root, db)))
        if args.show_role_errors:
            print("\n".join(role_errors(args.root, db)))
    for name in (*SPLITS, "all"):
        print(f"== development set, {name}")
        print(format_report(reports[name]))
    return gate(flat_scores(reports), args.floors, "dev", "evaldev") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
