"""The header of plain-text releases (``pipeline/text/header.py``) at scale, on shared evaluation data; only the
header stage runs (no spaCy), so it takes seconds:

- publication dates of US Senate press releases (``corpus/us-senate-grimmer/*.jsonl``, the answer being the
  date in each file's name, ``date_from_filename``): a seeded sample, each release classed as right (the day
  stated is the file's day), wrong (another day, or a month or year that is not the file's), partial (only the
  file's month or year) or none. Scores: ``senate.published.accuracy`` (right / sample),
  ``senate.published.precision`` (right / (right + wrong): a wrong date is worse than none) and
  ``senate.published.coverage`` (any date / sample). The releases are as Grimmer saved them: many lost their
  line breaks and punctuation, so most state no date the header can read, and a few file names carry another
  day than the text (the day the page was saved);
- titles of real news pages (``news-pages/<country>/*.json``, en/nl/fr/de) written out as plain text: the
  headline line, the standfirst and the paragraphs. ``news.title.accuracy``: the headline is found; and the
  same text without its headline: ``news.no_title.accuracy``, no title is made from the lead;
- titles and publication dates of plain-text releases saved as users save them (``tests/data/header``: banners,
  menus, datelines and contact blocks kept; each annotated by hand with its headline, or null when the copy has
  none, and the publication date it states, or null), from publishers the development set does not hold:
  ``releases.published.accuracy`` and ``releases.title.accuracy`` (both exact, a null right when nothing is given).

The Senate and news data stay in the project's shared folder (``--root``, default ``../shared/eval``); without it
those parts are skipped with a message, so a clone without the data still runs ``make eval``."""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks import SHARED, TEST_DATA
from pipeline import config
from pipeline.evaluate import gate
from pipeline.text.header import read_header
from pipeline.text.language import detect
from pipeline.text.published import precision
from pipeline.textnorm import fold

DEFAULT_ROOT = SHARED / "eval"
SENATE = Path("corpus") / "us-senate-grimmer"
NEWS = Path("news-pages")
RELEASES = TEST_DATA / "header"
SAMPLE_SIZE = 1000  # releases; large enough that one more right or wrong date moves a score by 0.1 point
SEED = 16  # the number: the sample is the same on every run
LANGUAGES = ("en", "nl", "fr", "de")  # the languages with header words in pipeline/data/lang
CLASSES = ("right", "wrong", "partial", "none")


@dataclass(frozen=True)
class Outcome:
    source: str
    expected: str
    found: str | None
    verdict: str  # one of CLASSES
    head: str  # the first characters of the text, to look at by eye


def classify(found: str | None, expected: str) -> str:
    """right, wrong, partial or none for a published value against the day of the file's name."""
    if not found:
        return "none"
    if precision(found) in ("day", "minute"):
        return "right" if found[:10] == expected else "wrong"
    return "partial" if expected.startswith(found) else "wrong"


def senate_sample(root: Path, size: int = SAMPLE_SIZE, seed: int = SEED) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted((root / SENATE).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    rows = [r for r in rows if r.get("date_from_filename") and r.get("text")]
    return random.Random(seed).sample(rows, min(size, len(rows)))


def senate(root: Path, size: int = SAMPLE_SIZE, seed: int = SEED) -> list[Outcome]:
    out = []
    for row in senate_sample(root, size, seed):
        found = read_header(row["text"], "en")[1]
        out.append(Outcome(row.get("source_path", "?"), row["date_from_filename"], found,
                           classify(found, row["date_from_filename"]), " ".join(row["text"][:300].split())))
    return out


def senate_scores(outcomes: list[Outcome]) -> dict[str, float]:
    counts = Counter(o.verdict for o in outcomes)
    total, given = len(outcomes), counts["right"] + counts["wrong"]
    return {"senate.published.accuracy": counts["right"] / total if total else 0.0,
            "senate.published.precision": counts["right"] / given if given else 1.0,
            "senate.published.coverage": (total - counts["none"]) / total if total else 0.0,
            "senate.published.wrong": float(counts["wrong"]), "senate.published.sample": float(total)}


def news_texts(root: Path) -> list[tuple[str, str, str, str]]:
    """(page, language, headline, body as plain text) of every news page in a language with header words."""
    out = []
    for meta in sorted((root / NEWS).glob("*/*.json")):
        for key, item in sorted(json.loads(meta.read_text(encoding="utf-8")).items()):
            body = item.get("body") or {}
            parts = list(body.get("summary") or [])
            for section in body.get("sections") or []:
                parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
            text = "\n".join(p.strip() for p in parts if p and p.strip())
            title = (item.get("title") or "").strip()
            language = detect(text)[0] if text else None
            if title and text and language in LANGUAGES:
                out.append((f"{meta.parent.name}/{meta.stem}/{key}", language, title, text))
    return out


def news(root: Path) -> tuple[dict[str, float], list[str]]:
    """Scores of the title rule on the news pages, and the misses (for ``--show``)."""
    hits, silent, misses = [], [], []
    for page, language, title, text in news_texts(root):
        ours = read_header(f"{title}\n{text}", language)[0]
        hits.append(ours is not None and fold(ours) == fold(title))
        if not hits[-1]:
            misses.append(f"title   {page} ({language}): want {title!r}, got {ours!r}")
        without = read_header(text, language)[0]
        lead = next(p for p in text.split("\n") if p.strip())
        if len(lead.split()) >= config.TITLE_SENTENCE_WORDS:  # only leads that are sentences, not standfirsts
            silent.append(without is None)
            if without is not None:
                misses.append(f"lead    {page} ({language}): got {without!r}")
    return ({"news.title.accuracy": sum(hits) / len(hits) if hits else 0.0,
             "news.no_title.accuracy": sum(silent) / len(silent) if silent else 1.0,
             "news.pages": float(len(hits)), "news.leads": float(len(silent))}, misses)


def releases(root: Path = RELEASES) -> tuple[dict[str, float], list[str]]:
    """Scores of the header reader on the annotated releases, and one line per document (for ``--show``)."""
    path = root / "gold.jsonl"
    if not path.is_file():
        return {}, []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    titles = dates = 0
    lines = []
    for row in rows:
        title, published = read_header((root / "texts" / row["doc"]).read_text(encoding="utf-8"), row["language"])
        title_ok = fold(title or "") == fold(row["title"] or "") and (title is None) == (row["title"] is None)
        date_ok = published == row["published"]
        titles, dates = titles + title_ok, dates + date_ok
        lines.append(f"{'ok ' if date_ok else 'BAD'} published {row['doc']}: want {row['published']}, got {published}")
        lines.append(f"{'ok ' if title_ok else 'BAD'} title     {row['doc']}: want {row['title']!r}, got {title!r}")
    total = len(rows)
    return ({"releases.published.accuracy": dates / total if total else 0.0,
             "releases.title.accuracy": titles / total if total else 0.0, "releases.documents": float(total)}, lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalheader", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="the shared eval folder")
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE, help="Senate releases in the sample")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the sample")
    parser.add_argument("--show", nargs="*", choices=(*CLASSES, "titles", "releases"), default=[],
                        help="print the releases of these classes (and the title misses) to look at by eye")
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'header')")
    args = parser.parse_args(argv)
    release_scores, release_lines = releases()
    if "releases" in args.show:
        print("\n".join(release_lines))
    if release_scores:
        print(f"releases ({int(release_scores['releases.documents'])} documents): published "
              f"{release_scores['releases.published.accuracy']:.3f}, "
              f"title {release_scores['releases.title.accuracy']:.3f}")
    if not (args.root / SENATE).is_dir() or not (args.root / NEWS).is_dir():
        print(f"evalheader: Senate and news parts skipped, no evaluation data at {args.root}")
        return 0
    outcomes = senate(args.root, args.size, args.seed)
    for o in outcomes:
        if o.verdict in args.show:
            print(f"{o.verdict:<7} {o.source} want {o.expected} got {o.found}\n        {o.head[:240]}")
    counts = Counter(o.verdict for o in outcomes)
    scores = senate_scores(outcomes)
    print(f"senate published ({len(outcomes)} releases, seed {args.seed}): " + ", ".join(
        f"{name} {counts[name]}" for name in CLASSES)
        + f"; accuracy {scores['senate.published.accuracy']:.3f}, precision "
        f"{scores['senate.published.precision']:.3f}, coverage {scores['senate.published.coverage']:.3f}")
    title_scores, misses = news(args.root)
    if "titles" in args.show:
        print("\n".join(misses))
    print(f"news titles ({int(title_scores['news.pages'])} pages): headline found "
          f"{title_scores['news.title.accuracy']:.3f}; no title from a lead ({int(title_scores['news.leads'])} "
          f"pages) {title_scores['news.no_title.accuracy']:.3f}")
    scores |= title_scores | release_scores
    return gate(scores, args.floors, "header", "evalheader") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
