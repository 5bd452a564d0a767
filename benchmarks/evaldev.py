"""The development set of real releases (``tests/data/gold/dev``): ingests its texts into a fresh dataset and
scores it with the rules of gold/FORMAT.md, split by publisher into the part rules were tuned on (``tune``) and
the part kept apart while writing them (``held-out``), as ``SOURCES.tsv`` says; ``tune-added`` holds tune releases
added after the tune floors were pinned (readable like ``tune``, scored and gated apart so that the ``tune`` floors
keep measuring the releases they were pinned on).

Scores are named ``<split>.<lang>.<measure>.<stat>`` (``held-out.all.roles.f1``); ``--floors`` gates them
with the ``dev`` section of the floors file."""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
from pathlib import Path

from benchmarks import TEST_DATA
from pipeline.evaluate import Report, _entity_set, _find, _predicted, evaluate, format_report, gate, role_matches
from pipeline.runs.ingest import ingest
from pipeline.store import connect

DEFAULT_ROOT = TEST_DATA / "gold" / "dev"
SPLITS = ("tune", "tune-added", "held-out")  # tune-added: tune releases added later, gated apart


def splits(root: Path) -> dict[str, set[str]]:
    """Document names per split, from ``SOURCES.tsv``."""
    out: dict[str, set[str]] = {name: set() for name in SPLITS}
    with (root / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out[row["split"]].add(row["doc"])
    return out


def score(root: Path, db: str) -> dict[str, Report]:
    """Ingest ``root/texts`` into ``db`` and score each split (and ``all``) against ``root/gold.jsonl``."""
    ingest([root / "texts"], db, "evaldev", workers=1, progress=False)
    engine = connect(db, create=False)
    lines = [line for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = splits(root) | {"all": {json.loads(line)["doc"] for line in lines}}
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, docs in parts.items():
            gold = Path(tmp) / f"{name}.jsonl"
            gold.write_text("\n".join(line for line in lines if json.loads(line)["doc"] in docs) + "\n",
                            encoding="utf-8")
            reports[name] = evaluate(gold, engine)
    return reports


def tune_errors(root: Path, db: str) -> list[str]:
    """Missed (``-``) and spurious (``+``) entities per ``tune`` document; held-out documents are never shown."""
    tune = splits(root)["tune"]
    pred = _predicted(connect(db, create=False))
    out: list[str] = []
    for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line) if line.strip() else None
        if not gold or gold["doc"] not in tune:
            continue
        doc = _find(pred, gold["doc"]) or {"mentions": []}
        found = {(t, label) for t, label, _ in doc["mentions"]}
        wanted = _entity_set(gold["entities"])
        optional = _entity_set(gold.get("optional", {}).get("entities", []))
        out += [f"{gold['doc']}\t- {t} [{label}]" for t, label in sorted(wanted - found)]
        out += [f"{gold['doc']}\t+ {t} [{label}]" for t, label in sorted(found - wanted - optional)]
    return out


def role_errors(root: Path, db: str) -> list[str]:
    """Missed (``-``) and spurious (``+``) roles per ``tune`` and ``tune-added`` document, matched as the scorer
    matches them (a spurious role that an optional gold role covers is not listed); held-out documents are never
    shown."""
    parts = splits(root)
    readable = parts["tune"] | parts["tune-added"]
    pred = _predicted(connect(db, create=False))
    out: list[str] = []
    for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line) if line.strip() else None
        if not gold or gold["doc"] not in readable:
            continue
        doc = _find(pred, gold["doc"]) or {"roles": []}
        unmatched = list(doc["roles"])
        for g in gold["roles"]:
            match = next((p for p in unmatched if role_matches(p, g)), None)
            if match is None:
                out.append(f"{gold['doc']}\t- {g['person']} | {g['role']} | {g.get('org')}")
            else:
                unmatched.remove(match)
        optional = gold.get("optional", {}).get("roles", [])
        out += [f"{gold['doc']}\t+ {p['person']} | {p['role']} | {p['organization']}" for p in unmatched
                if not any(role_matches(p, o) for o in optional)]
    return out


def flat_scores(reports: dict[str, Report]) -> dict[str, float]:
    return {f"{split}.{name}": value for split, report in reports.items() for name, value in report.flat().items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evaldev", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the development set folder")
    parser.add_argument("--db", help="dataset to write (default: a temporary file)")
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'dev')")
    parser.add_argument("--show-errors", action="store_true",
                        help="list missed (-) and spurious (+) entities of the tune documents (never held-out)")
    parser.add_argument("--show-role-errors", action="store_true",
                        help="list missed (-) and spurious (+) roles of the tune and tune-added documents "
                             "(never held-out)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "dev.sqlite")
        reports = score(args.root, db)
        if args.show_errors:
            print("\n".join(tune_errors(args.root, db)))
        if args.show_role_errors:
            print("\n".join(role_errors(args.root, db)))
    for name in (*SPLITS, "all"):
        print(f"== development set, {name}")
        print(format_report(reports[name]))
    return gate(flat_scores(reports), args.floors, "dev", "evaldev") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
