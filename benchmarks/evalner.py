"""Entity quality on the Dutch and German development sets (``tests/data/ner-dev``), per language and
label, and per route (alias-table gazetteer, rules, both; the model where one runs), scored as in
gold/FORMAT.md: per paragraph, the set of (folded text, label). The annotated paragraphs of one article are
read together, as one document, as the pipeline reads a release."""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks import TEST_DATA, nerspans
from pipeline.entities.recognize import extract_entities
from pipeline.evaluate import Counts, gate, shown
from pipeline.records import Mention
from pipeline.text.main_text import split_paragraphs
from pipeline.textnorm import fold

PARAGRAPH_GAP = "\n\n"
DEFAULT_ROOT = TEST_DATA / "ner-dev"
ROUTES = {"model": {"model"}, "gazetteer": {"gazetteer"}, "rules": {"rule"}, "gazetteer+rules": {"gazetteer", "rule"},
          "all": {"gazetteer", "rule", "model"}}


def _documents(root: Path) -> list[list[dict[str, Any]]]:
    """The annotated paragraphs grouped by the article they come from, in order."""
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for path in sorted(root.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            docs[f"{item['language']}:{item['source'].split('#')[0]}"].append(item)
    return list(docs.values())


def predictions(paragraphs: list[dict[str, Any]]) -> list[list[Mention]]:
    """Entities of each paragraph, read as the pipeline reads them: the article's annotated paragraphs
    form one document, so that a surname is linked to the full name given earlier."""
    text = PARAGRAPH_GAP.join(p["text"] for p in paragraphs)
    mentions, _ = extract_entities(text, split_paragraphs(text), paragraphs[0]["language"])
    out, start = [], 0
    for paragraph in paragraphs:
        end = start + len(paragraph["text"])
        out.append([replace(m, start=m.start - start, end=m.end - start) for m in mentions
                    if start <= m.start and m.end <= end])  # offsets into the paragraph
        start = end + len(PARAGRAPH_GAP)
    return out


def paragraph_predictions(root: Path, language: str | None = None
                          ) -> Iterator[tuple[dict[str, Any], set[tuple[str, str]], list[Mention]]]:
    """Each annotated paragraph (of one language, or all), its gold (folded text, label) set and the
    mentions the pipeline finds in it."""
    for paragraphs in _documents(root):
        if language is None or paragraphs[0]["language"] == language:
            for item, mentions in zip(paragraphs, predictions(paragraphs), strict=True):
                yield item, {(fold(e["text"]), e["type"]) for e in item["entities"]}, mentions


def score(root: Path) -> dict[str, dict[str, dict[str, Counts]]]:
    """language -> route -> label (and "all") -> counts."""
    out: dict[str, dict[str, dict[str, Counts]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(Counts)))
    for item, gold, mentions in paragraph_predictions(root):
        for route, methods in ROUTES.items():
            pred = {(fold(m.text), m.label) for m in mentions if m.method in methods}
            for label in ("PERSON", "ORG", "LOC", "all"):
                g = {x for x in gold if label in ("all", x[1])}
                p = {x for x in pred if label in ("all", x[1])}
                out[item["language"]][route][label].add(Counts(len(p & g), len(p - g), len(g - p)))
    return out


def errors(root: Path, language: str) -> list[str]:
    """Missed (-) and spurious (+) entities per paragraph of one language, all routes together."""
    out = []
    for item, gold, mentions in paragraph_predictions(root, language):
        pred = {(fold(m.text), m.label) for m in mentions}
        if gold != pred:
            out.append(f"{item['source']}: - {sorted(gold - pred)}  + {sorted(pred - gold)}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--floors", type=Path, help="JSON floors (section 'ner': ner.nl.f1, ner.de.f1)")
    parser.add_argument("--show-errors", metavar="LANG", help="print missed and spurious entities of one language")
    parser.add_argument("--corpus", type=Path, help="score exact spans on an openly licensed corpus in the "
                        "../shared/ner format instead (benchmarks/nerspans.py); --show-errors lists its errors")
    parser.add_argument("--limit", type=int, help="with --corpus: only the first N documents")
    args = parser.parse_args(argv)
    if args.corpus:
        return _corpus(args.corpus, args.limit, bool(args.show_errors))
    if args.show_errors:
        print("\n".join(errors(args.root, args.show_errors)))
        return 0
    results = score(args.root)
    for language, routes in sorted(results.items()):
        for route, labels in routes.items():
            cells = "  ".join(f"{label} {shown(c.f1, 2, 0)}" for label, c in labels.items() if label != "all")
            total = labels["all"]
            print(f"ner {language} {route:<16} P {shown(total.precision, 2, 0)} R {shown(total.recall, 2, 0)} "
                  f"F1 {shown(total.f1, 2, 0)}"
                  f"  ({cells})")
    scores = {f"ner.{lang}.f1": routes["all"]["all"].f1 or 0.0 for lang, routes in results.items()}
    return gate(scores, args.floors, "ner", "evalner") if args.floors else 0


def _corpus(path: Path, limit: int | None, show_errors: bool) -> int:
    report = nerspans.score(path, limit)
    if show_errors:
        print("\n".join(report.examples))
    total = report.counts["all"]
    cells = "  ".join(f"{label} {shown(c.f1, 2, 0)}" for label, c in report.counts.items() if label != "all")
    print(f"spans {path.parent.name}/{path.name} P {shown(total.precision, 3, 0)} R {shown(total.recall, 3, 0)} "
          f"F1 {shown(total.f1, 3, 0)}  ({cells})  errors: {dict(report.errors.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
