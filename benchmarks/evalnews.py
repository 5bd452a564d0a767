"""Dates in annotated news articles (``tests/data/news-dates``): runs the date extractor on each article body
with its language and publication time, and scores it against the hand annotation, per split (``tune``,
``held-out``) and language.

- relaxed-span precision, recall and F1: a predicted date matches a gold date when their spans overlap (each
  gold date and each prediction is matched at most once, the largest overlaps first); a prediction that
  overlaps an optional gold item is left out of both counts;
- value accuracy: the share of matched dates whose value equals the gold value.

Scores are named ``<split>.<lang>.dates.<stat>`` (``held-out.fr.dates.f1``, ``tune.all.dates.value_accuracy``);
``--floors`` gates them with the ``news`` section of the floors file. ``--errors`` prints the misses, false
dates and wrong values of the ``tune`` split; the held-out split's are never printed, like the development set's
(the part kept apart while writing rules stays unread)."""

from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import TEST_DATA
from pipeline.dates import extract_dates
from pipeline.evaluate import gate

DEFAULT_ROOT = TEST_DATA / "news-dates"
SPLITS = ("tune", "held-out")
Span = tuple[int, int, str]  # start, end, value


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    right_value: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.right_value += other.right_value
        self.errors += other.errors

    def scores(self) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 1.0
        recall = self.matched / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = self.right_value / self.matched if self.matched else 1.0
        return {"precision": precision, "recall": recall, "f1": f1, "value_accuracy": accuracy,
                "gold": float(self.gold), "predicted": float(self.predicted)}


def overlap(a: Span, b: Span) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def score_document(text: str, gold: list[Span], optional: list[Span], predicted: list[Span], name: str) -> Tally:
    """Relaxed-span matching of one document's predictions against its gold dates."""
    kept = [p for p in predicted if not any(overlap(p, o) > 0 for o in optional)
            or any(overlap(p, g) > 0 for g in gold)]
    pairs = sorted(((overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(kept)
                    if overlap(g, p) > 0), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    tally = Tally(gold=len(gold), predicted=len(kept))
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        tally.matched += 1
        g, p = gold[gi], kept[pi]
        if g[2] == p[2]:
            tally.right_value += 1
        else:
            tally.errors.append(f"{name}: VALUE {text[p[0]:p[1]]!r} = {p[2]}, gold {text[g[0]:g[1]]!r} = {g[2]}")
    tally.errors += [f"{name}: MISSED {text[g[0]:g[1]]!r} = {g[2]}  ...{_context(text, g)}"
                     for gi, g in enumerate(gold) if gi not in used_gold]
    tally.errors += [f"{name}: FALSE {text[p[0]:p[1]]!r} = {p[2]}  ...{_context(text, p)}"
                     for pi, p in enumerate(kept) if pi not in used_pred]
    return tally


def _context(text: str, span: Span, chars: int = 40) -> str:
    return " ".join(text[max(0, span[0] - chars): span[1] + chars].split())


def _spans(items: list[dict[str, Any]]) -> list[Span]:
    return [(int(item["start"]), int(item["end"]), str(item["value"])) for item in items]


def evaluate_news(root: Path) -> dict[tuple[str, str], Tally]:
    """Tallies per (split, language), with ``all`` for every language and every split."""
    splits = {row["doc"]: row["split"]
              for row in csv.DictReader((root / "SOURCES.tsv").open(encoding="utf-8"), delimiter="\t")}
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        text = (root / "texts" / doc["doc"]).read_text(encoding="utf-8")
        found = [(d.start, d.end, d.value) for d in extract_dates(text, doc["language"], doc["published"])]
        tally = score_document(text, _spans(doc["dates"]), _spans(doc["optional"]["dates"]), found, doc["doc"])
        split = splits[doc["doc"]]
        for key in ((split, doc["language"]), (split, "all"), ("all", doc["language"]), ("all", "all")):
            tallies[key].add(tally)
    return dict(tallies)


def flat_scores(tallies: dict[tuple[str, str], Tally]) -> dict[str, float]:
    return {f"{split}.{lang}.dates.{stat}": value for (split, lang), tally in tallies.items()
            for stat, value in tally.scores().items() if stat not in ("gold", "predicted")}


def format_table(tallies: dict[tuple[str, str], Tally]) -> str:
    lines = [f"{'split':9} {'lang':4} {'gold':>5} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'value':>6}"]
    for (split, lang) in sorted(tallies, key=lambda k: ((*SPLITS, "all").index(k[0]), k[1] == "all", k[1])):
        s = tallies[(split, lang)].scores()
        lines.append(f"{split:9} {lang:4} {int(s['gold']):5d} {int(s['predicted']):5d} {s['precision']:6.3f} "
                     f"{s['recall']:6.3f} {s['f1']:6.3f} {s['value_accuracy']:6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalnews", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the annotated news folder")
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'news')")
    parser.add_argument("--errors", action="store_true", help="print the errors of the tune split (never held-out)")
    args = parser.parse_args(argv)
    tallies = evaluate_news(args.root)
    print("== dates in annotated news (relaxed span; value accuracy on the matched dates)")
    print(format_table(tallies))
    if args.errors:
        for error in tallies[("tune", "all")].errors:
            print(error)
    return gate(flat_scores(tallies), args.floors, "news", "evalnews") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
