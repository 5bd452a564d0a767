"""Entity quality on the Dutch and German development sets (``tests/data/ner-dev``), per language and
label, and per route (alias-table gazetteer, rules, both; the model where one runs), scored as in
gold/FORMAT.md: per paragraph, the set of (folded text, label)."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from pipeline.config import PACKAGE_DIR
from pipeline.evaluate import Counts, gate
from pipeline.extract.entities import extract_entities
from pipeline.extract.text import split_paragraphs
from pipeline.textnorm import fold

DEFAULT_ROOT = PACKAGE_DIR.parent / "tests" / "data" / "ner-dev"
ROUTES = {"model": {"model"}, "gazetteer": {"gazetteer"}, "rules": {"rule"}, "gazetteer+rules": {"gazetteer", "rule"},
          "all": {"gazetteer", "rule", "model"}}


def score(root: Path) -> dict[str, dict[str, dict[str, Counts]]]:
    """language -> route -> label (and "all") -> counts."""
    out: dict[str, dict[str, dict[str, Counts]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(Counts)))
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            language, text = item["language"], item["text"]
            gold = {(fold(e["text"]), e["type"]) for e in item["entities"]}
            mentions, _ = extract_entities(text, split_paragraphs(text), language)
            for route, methods in ROUTES.items():
                pred = {(fold(m.text), m.label) for m in mentions if m.method in methods}
                for label in ("PERSON", "ORG", "LOC", "all"):
                    g = {x for x in gold if label in ("all", x[1])}
                    p = {x for x in pred if label in ("all", x[1])}
                    out[language][route][label].add(Counts(len(p & g), len(p - g), len(g - p)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evalner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--floors", type=Path, help="JSON floors (section 'ner': ner.nl.f1, ner.de.f1)")
    args = parser.parse_args(argv)
    results = score(args.root)
    for language, routes in sorted(results.items()):
        for route, labels in routes.items():
            cells = "  ".join(f"{label} {c.f1:.2f}" for label, c in labels.items() if label != "all")
            total = labels["all"]
            print(f"ner {language} {route:<16} P {total.precision:.2f} R {total.recall:.2f} F1 {total.f1:.2f}"
                  f"  ({cells})")
    scores = {f"ner.{lang}.f1": routes["all"]["all"].f1 for lang, routes in results.items()}
    return gate(scores, args.floors, "ner", "evalner") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
