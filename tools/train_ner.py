"""Train a small spaCy NER for Dutch or German on the project's own annotated paragraphs and measure it
by cross-validation on the same development set (``tests/data/ner-dev/<lang>.jsonl``), scored as
``python -m benchmarks.evalner``: the trained model alone, the pipeline alone, and the pipeline with the
model's entities added where they overlap nothing.

This is the "train a model" route of the Dutch and German entity issues. Without ``--corpus`` the only
annotations are the development set itself: each fold trains on the other paragraphs and is scored on its own, so
no paragraph is scored by a model that saw it. With ``--corpus FILE`` (repeatable; the openly licensed corpora of
``../shared/ner``, never copied into the repository) it trains on those records plus every dev paragraph, for at
most ``--minutes``, and writes the model to ``--save DIR``; the README ("Model measurements") records how such
models measured on the development set of real releases (not shipped: they did not gain 0.03 entity F1).

Run: ``make train-ner LANG=nl`` (or ``python tools/train_ner.py --lang de``); about a minute per language.
With an openly licensed corpus in the same JSONL format, ``--data FILE`` trains on it and scores on the whole
development set instead."""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import minibatch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.evalner import DEFAULT_ROOT, paragraph_predictions
from pipeline.evaluate import Counts, shown
from pipeline.textnorm import fold

LABELS = ("PERSON", "ORG", "LOC")
DROPOUT = 0.2
BATCH_SIZE = 8


def load(lang: str, path: Path | None = None) -> list[dict[str, Any]]:
    """Annotated paragraphs: the dev set of ``lang``, or a JSONL file in its format (text, entities)."""
    path = path or DEFAULT_ROOT / f"{lang}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_corpus(paths: list[Path]) -> list[dict[str, Any]]:
    """Records of openly licensed corpora in the ``../shared/ner`` format (text and character spans)."""
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append({"text": item["text"], "spans": [tuple(s) for s in item["spans"]]})
    return rows


def spans(row: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Every occurrence of every annotated surface form, longest first where they overlap (or the
    corpus's own character spans)."""
    if "spans" in row:
        return sorted((int(s), int(e), str(label)) for s, e, label in row["spans"] if label in LABELS)
    found: list[tuple[int, int, str]] = []
    for entity in sorted(row["entities"], key=lambda e: -len(e["text"])):
        for match in re.finditer(rf"(?<!\w){re.escape(entity['text'])}(?!\w)", row["text"]):
            if all(match.end() <= s or match.start() >= e for s, e, _ in found):
                found.append((match.start(), match.end(), entity["type"]))
    return sorted(found)


def examples(nlp: Language, rows: list[dict[str, Any]]) -> list[Example]:
    out = []
    for row in rows:
        doc = nlp.make_doc(row["text"])
        ents = [(s, e, label) for s, e, label in spans(row)
                if doc.char_span(s, e, alignment_mode="strict") is not None]  # drop spans inside a token
        out.append(Example.from_dict(doc, {"entities": ents}))
    return out


def train(lang: str, rows: list[dict[str, Any]], epochs: int, seed: int, minutes: float | None = None) -> Language:
    """A blank pipeline with spaCy's default NER (its own hashed-embedding CNN), trained on ``rows`` for
    ``epochs`` passes or until ``minutes`` have passed, whichever comes first."""
    started = time.monotonic()
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank(lang)
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)  # type: ignore[attr-defined]
    data = examples(nlp, rows)
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=BATCH_SIZE):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
            if minutes is not None and time.monotonic() - started > minutes * 60:
                print(f"time budget of {minutes} min reached in epoch {epoch + 1}", flush=True)
                return nlp
        print(f"epoch {epoch + 1}: loss {losses.get('ner', 0.0):.1f} ({time.monotonic() - started:.0f} s)", flush=True)
    return nlp


def predicted(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(fold(ent.text), ent.label_) for ent in nlp(text).ents if ent.label_ in LABELS}


def evaluate(lang: str, splits: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]], epochs: int,
             seed: int) -> dict[str, Counts]:
    """Train on the first rows of each split, score on the second: the model, the pipeline, both."""
    ours = {item["source"]: {(fold(m.text), m.label) for m in mentions}
            for item, _, mentions in paragraph_predictions(DEFAULT_ROOT, lang)}
    totals = {name: Counts() for name in ("model", "pipeline", "pipeline + model")}
    for training, held_out in splits:
        nlp = train(lang, training, epochs, seed)
        for row in held_out:
            gold = {(fold(e["text"]), e["type"]) for e in row["entities"]}
            model, mine = predicted(nlp, row["text"]), ours[row["source"]]
            added = {m for m in model if not any(m[0] in p[0] or p[0] in m[0] for p in mine)}
            for name, guess in (("model", model), ("pipeline", mine), ("pipeline + model", mine | added)):
                totals[name].add(Counts(len(guess & gold), len(guess - gold), len(gold - guess)))
    return totals


def folds_of(rows: list[dict[str, Any]], folds: int) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    return [([r for i, r in enumerate(rows) if i % folds != k], [r for i, r in enumerate(rows) if i % folds == k])
            for k in range(folds)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", required=True, choices=("nl", "de"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data", type=Path, help="train on this JSONL corpus (dev-set format) and score on the "
                        "whole dev set, instead of cross-validating on the dev set")
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="an openly licensed corpus in the ../shared/ner format (repeatable): train on it plus "
                        "every dev paragraph, write the model to --save; no cross-validation")
    parser.add_argument("--minutes", type=float, help="stop training after this many minutes")
    parser.add_argument("--save", type=Path, help="also train on every paragraph and write the model here")
    args = parser.parse_args(argv)
    dev = load(args.lang)
    if args.corpus:
        if not args.save:
            parser.error("--corpus needs --save")
        rows = load_corpus(args.corpus) + dev
        print(f"train-ner {args.lang}: {len(rows)} records ({len(dev)} dev paragraphs), {args.epochs} epochs "
              f"at most, {args.minutes} min at most", flush=True)
        train(args.lang, rows, args.epochs, args.seed, args.minutes).to_disk(args.save)
        print(f"model written to {args.save}")
        return 0
    rows = load(args.lang, args.data) if args.data else dev
    splits = [(rows, dev)] if args.data else folds_of(dev, args.folds)
    how = f"scored on the {len(dev)} dev paragraphs" if args.data else f"{args.folds}-fold cross-validation"
    print(f"train-ner {args.lang}: {len(rows)} training paragraphs, {how}, {args.epochs} epochs")
    for name, c in evaluate(args.lang, splits, args.epochs, args.seed).items():
        print(f"{name:<17} P {shown(c.precision, 2, 0)} R {shown(c.recall, 2, 0)} F1 {shown(c.f1, 2, 0)}")
    if args.save:
        train(args.lang, rows, args.epochs, args.seed).to_disk(args.save)
        size = sum(f.stat().st_size for f in args.save.rglob("*") if f.is_file())
        print(f"model trained on all {len(rows)} paragraphs written to {args.save} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
