"""Compare Debian's Frog (Dutch NER, ``apt-get install frog frogdata``) with the pipeline's Dutch entity rules
on the Dutch development set (``tests/data/ner-dev/nl.jsonl``), scored as ``python -m benchmarks.evalner``:
Frog alone, the pipeline alone, and the pipeline with Frog's entities added where they overlap nothing.

Run by hand: ``python tools/compare_frog.py``. Frog is not a dependency of the pipeline (see the README,
"Dutch and German")."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.evalner import DEFAULT_ROOT, paragraph_predictions
from pipeline.evaluate import Counts, shown
from pipeline.textnorm import fold

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}  # Frog's MISC, PRO and EVE are not scored


def frog_tags(texts: list[str]) -> tuple[list[list[tuple[str, str]]], float]:
    """(word, BIO tag) per paragraph, and the seconds Frog took (start-up included)."""
    with tempfile.TemporaryDirectory() as tmp:
        indir, outdir = Path(tmp, "in"), Path(tmp, "out")
        indir.mkdir()
        outdir.mkdir()
        for i, text in enumerate(texts):
            (indir / f"p{i:04d}.txt").write_text(text + "\n", encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(["frog", f"--testdir={indir}", f"--outputdir={outdir}", "--skip=mp"], check=True,
                       capture_output=True)
        seconds = time.perf_counter() - started
        tags = []
        for i in range(len(texts)):
            output = (outdir / f"p{i:04d}.txt.out").read_text(encoding="utf-8")
            rows = [line.split("\t") for line in output.splitlines()]
            tags.append([(row[1], row[6]) if len(row) > 6 else ("", "O") for row in rows])
    return tags, seconds


def entities(tags: list[tuple[str, str]], text: str) -> set[tuple[str, str]]:
    """Frog's BIO tags as (folded surface, label), the surface taken from the paragraph."""
    spans: list[tuple[str, list[str]]] = []
    for word, tag in tags:
        if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][0] != tag[2:] or not word)):
            spans.append((tag[2:], [word]))
        elif tag.startswith("I-"):
            spans[-1][1].append(word)
        else:
            spans.append(("O", []))
    out = set()
    for label, words in spans:
        if label in LABELS and words:
            found = re.search(r"\s*".join(re.escape(w) for w in words), text)
            out.add((fold(found.group(0) if found else " ".join(words)), LABELS[label]))
    return out


def main() -> int:
    if shutil.which("frog") is None:
        print("frog is not installed (apt-get install frog frogdata)")
        return 1
    rows = [json.loads(line) for line in (DEFAULT_ROOT / "nl.jsonl").read_text(encoding="utf-8").splitlines()]
    ours = {item["source"]: {(fold(m.text), m.label) for m in mentions}
            for item, _, mentions in paragraph_predictions(DEFAULT_ROOT, "nl")}
    tags, seconds = frog_tags([row["text"] for row in rows])
    totals = {name: Counts() for name in ("frog", "pipeline", "pipeline + frog")}
    for row, paragraph_tags in zip(rows, tags, strict=True):
        gold = {(fold(e["text"]), e["type"]) for e in row["entities"]}
        frog, mine = entities(paragraph_tags, row["text"]), ours[row["source"]]
        added = {f for f in frog if not any(f[0] in m[0] or m[0] in f[0] for m in mine)}
        for name, predicted in (("frog", frog), ("pipeline", mine), ("pipeline + frog", mine | added)):
            totals[name].add(Counts(len(predicted & gold), len(predicted - gold), len(gold - predicted)))
    words = sum(len(row["text"].split()) for row in rows)
    for name, c in totals.items():
        print(f"{name:<16} P {shown(c.precision, 2, 0)} R {shown(c.recall, 2, 0)} F1 {shown(c.f1, 2, 0)}")
    print(f"frog: {words} words in {seconds:.1f} s, start-up included")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
