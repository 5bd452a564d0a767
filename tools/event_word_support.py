"""How many independent releases show each event word of ``pipeline/data/events/<lang>.json``: the rule is
that a word or pattern is only kept when at least two releases that rules may be read from use it (the seeds,
the ``tune`` part of the development set, the European Parliament pages, and from the shared material beside
the checkout the Senate releases and the news pages).

    python tools/event_word_support.py [--min 2]      # lists the entries seen in fewer releases"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from pipeline.events.lexicon import EVENTS_DIR, LIST_KEYS, available, compile_words

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "gold" / "dev"
SENATE_NAME = "eval/corpus/us-senate-grimmer/grimmer_senate_press_releases_selected.jsonl"
SENATES = (ROOT.parent / "shared" / SENATE_NAME, ROOT.parent.parent / "shared" / SENATE_NAME)  # main, worktree
SEED_LANGUAGES = {"000": "en", "001": "nl", "002": "en", "003": "en", "004": "en"}


def releases() -> dict[str, list[str]]:
    """Language -> texts that rules may be read from: the seeds, the tune part of the development set, the
    European Parliament pages (a tune publisher), the news paragraphs of the NER development sets (one article
    each) and the Senate releases."""
    out: dict[str, list[str]] = {}
    with (DEV / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["split"] in ("tune", "tune-added"):  # the parts rules may be read from
                out.setdefault(row["language"], []).append((DEV / "texts" / row["doc"]).read_text(encoding="utf-8"))
    for path in sorted((ROOT / "raw").glob("*.txt")):
        out.setdefault(SEED_LANGUAGES.get(path.name[:3], "en"), []).append(path.read_text(encoding="utf-8"))
    for code in ("en", "nl", "fr", "de"):
        path = ROOT / "tests" / "data" / "ner-dev" / f"{code}.jsonl"
        articles: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            articles[row["source"]] = articles.get(row["source"], "") + "\n" + row["text"]
        out.setdefault(code, []).extend(articles.values())
    for path in sorted((ROOT / "tests" / "data" / "html").glob("*.html")):
        out["en"].append(path.read_text(encoding="utf-8"))
    for code, text in newspapers():
        out.setdefault(code, []).append(text)
    for code, text in news_pages():
        out.setdefault(code, []).append(text)
    for senate in SENATES:
        if senate.exists():
            with senate.open(encoding="utf-8") as handle:
                out["en"].extend(json.loads(line)["text"] for line in handle)
            break
    return out


def newspapers() -> list[tuple[str, str]]:
    """(language, text) of the newspaper corpora of the shared NER material (``ner/``): Europeana historical
    newspapers (nl, fr, de) in blocks of 20 consecutive sentences (one article, roughly), SmartData German news
    documents and GermEval 2014 German news and Wikipedia sentences in blocks of 20."""
    folder = next((p.parent.parent.parent.parent / "ner" for p in SENATES if p.exists()), None)
    out: list[tuple[str, str]] = []
    for path in sorted(folder.rglob("*.jsonl")) if folder else []:
        block: list[str] = []
        language = None
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            language = row.get("lang")
            block.append(row["text"])
            if len(block) == 20 or "smartdata" in str(path):
                out.append((language or "", " ".join(block)))
                block = []
        if block and language:
            out.append((language, " ".join(block)))
    return out


def news_pages() -> list[tuple[str, str]]:
    """(language, main text) of the shared news pages (``eval/news-pages``), when present beside the checkout."""
    import gzip

    from pipeline.errors import PipelineError
    from pipeline.records import RawDocument
    from pipeline.text.language import detect
    from pipeline.text.main_text import from_html

    folder = next((p.parent.parent.parent / "news-pages" for p in SENATES if p.exists()), None)
    out: list[tuple[str, str]] = []
    truth = folder.parent / "article-extraction" / "ground-truth.json" if folder else None
    if truth and truth.exists():  # article bodies of 181 more news pages
        for page in json.loads(truth.read_text(encoding="utf-8")).values():
            body = page.get("articleBody") or ""
            language, _ = detect(body) if body.strip() else (None, None)
            if language:
                out.append((language, body))
    for path in sorted(folder.rglob("*.html.gz")) if folder else []:
        try:
            text = from_html(RawDocument(source=path.name, data=gzip.decompress(path.read_bytes()))).text
        except (PipelineError, OSError):
            continue
        language, _ = detect(text)
        if language:
            out.append((language, text))
    return out


def support(code: str, texts: list[str]) -> dict[str, int]:
    data = json.loads((EVENTS_DIR / f"{code}.json").read_text(encoding="utf-8"))
    entries = [e for kind in data["triggers"].values() for e in kind] + [e for k in LIST_KEYS for e in data[k]]
    return {entry: sum(1 for t in texts if compile_words([entry]).search(t)) for entry in dict.fromkeys(entries)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min", type=int, default=2)
    args = parser.parse_args()
    for code, texts in sorted(releases().items()):
        if code not in available():
            continue
        weak = {e: n for e, n in support(code, texts).items() if n < args.min}
        print(f"{code}: {len(texts)} releases; {len(weak)} entries seen in fewer than {args.min}:")
        for entry, n in sorted(weak.items()):
            print(f"  {n}  {entry}")


if __name__ == "__main__":
    main()
