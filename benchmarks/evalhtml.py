"""Quality of the HTML path (trafilatura + our clean-up), on shared evaluation data:

- article bodies of the article-extraction benchmark (181 pages), scored with that benchmark's metric
  (re-implemented here: word 4-gram shingles, per-page normalised TP/FP/FN, mean precision and recall);
- titles and publication dates of real news pages (``news-pages/<country>/``), per detected language.

The data stays in the project's shared folder (``--root``, default ``../shared/eval``); without it the
evaluation is skipped with a message (exit 0), so a clone without the data still runs ``make eval``."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
from collections import Counter, defaultdict
from pathlib import Path

from benchmarks import SHARED
from pipeline.errors import PipelineError
from pipeline.evaluate import gate
from pipeline.records import RawDocument
from pipeline.text.language import detect
from pipeline.text.main_text import from_html
from pipeline.textnorm import fold

DEFAULT_ROOT = SHARED / "eval"
SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i: i + n]) for i in range(max(1, len(words) - n + 1)) if words[i: i + n])


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    """TP, FP, FN of one page over shingle counts, normalised to sum to 1 (long pages weigh no more)."""
    a, b = shingles(true), shingles(pred)
    tp = sum(min(a[k], b[k]) for k in a.keys() | b.keys())
    fp = sum(max(0, b[k] - a[k]) for k in a.keys() | b.keys())
    fn = sum(max(0, a[k] - b[k]) for k in a.keys() | b.keys())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(part: float, other: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return part / (part + other) if part + other else 0.0


def body_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    counts = [page_counts(t, p) for t, p in pairs]
    precision = statistics.mean(_ratio(tp, fp, fp, fn) for tp, fp, fn in counts if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp, fn) for tp, fp, fn in counts if tp + fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def _extract(data: bytes, name: str) -> tuple[str, str | None, str | None]:
    try:
        result = from_html(RawDocument(name, data, kind="html"))
    except PipelineError:
        return "", None, None
    return result.text, result.title, result.published


def article_extraction(root: Path) -> dict[str, float]:
    truth = json.loads((root / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    pairs = []
    for key, item in sorted(truth.items()):
        data = gzip.decompress((root / "article-extraction" / "html" / f"{key}.html.gz").read_bytes())
        pairs.append((item.get("articleBody", ""), _extract(data, key)[0]))
    return body_scores(pairs)


def title_matches(ours: str | None, expected: str) -> bool:
    """Equal after folding, or ours is the expected title followed by a site-name suffix."""
    if not ours:
        return False
    a, b = fold(ours), fold(expected)
    return a == b or (a.startswith(b) and re.match(r"\s*[|\-–—:·]", ours[len(expected):] or "x") is not None)


def news_pages(root: Path) -> dict[str, dict[str, float]]:
    """Per language: share of correct titles and publication dates."""
    hits: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for meta in sorted((root / "news-pages").glob("*/*.json")):
        expected = json.loads(meta.read_text(encoding="utf-8"))
        pages = sorted(meta.parent.glob(f"{meta.stem}_*.html.gz"))
        for key, page in zip(sorted(expected, key=lambda k: (len(k), k)), pages, strict=False):
            item = expected[key]
            text, title, published = _extract(gzip.decompress(page.read_bytes()), page.name)
            language = detect(text)[0] or "?"
            want_date = str(item.get("publishing_date") or "")[:10]
            hits[language].append((title_matches(title, item.get("title", "")),
                                   bool(want_date) and (published or "")[:10] == want_date))
    return {lang: {"pages": len(v), "title": sum(t for t, _ in v) / len(v), "date": sum(d for _, d in v) / len(v)}
            for lang, v in hits.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalhtml", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the shared eval folder")
    parser.add_argument("--floors", type=Path, help="JSON floors (keys html.body.f1, html.title.de, ...)")
    args = parser.parse_args(argv)
    if not (args.root / "article-extraction").is_dir():
        print(f"evalhtml: skipped, no evaluation data at {args.root}")
        return 0
    scores: dict[str, float] = {}
    body = article_extraction(args.root)
    print(f"html body (article-extraction benchmark, 181 pages): P {body['precision']:.3f} R {body['recall']:.3f} "
          f"F1 {body['f1']:.3f}")
    scores["html.body.f1"] = body["f1"]
    for lang, values in sorted(news_pages(args.root).items()):
        print(f"html news pages {lang}: {int(values['pages']):3d} pages, titles {values['title']:.0%}, "
              f"dates {values['date']:.0%}")
        scores[f"html.title.{lang}"], scores[f"html.date.{lang}"] = values["title"], values["date"]
    return gate(scores, args.floors, "html", "evalhtml") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
