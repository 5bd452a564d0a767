"""Writes the article bodies of the annotated news set (tests/data/news-dates/texts) from the fundus test
pages (MIT licence): summary, then every section's headline and paragraphs, one block per line pair.

    python tools/build_news_dates.py /work/shared/eval/news-pages

The documents and their split are listed in tests/data/news-dates/SOURCES.tsv; the texts are stored in the
project, so the benchmark needs no copy of the pages."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data" / "news-dates"


def body_text(article: dict) -> str:
    body = article.get("body") or {}
    blocks = list(body.get("summary", []))
    for section in body.get("sections", []):
        blocks += section.get("headline", []) + section.get("paragraphs", [])
    return "\n\n".join(b.strip() for b in blocks if b.strip()) + "\n"


def main(pages: Path) -> None:
    (ROOT / "texts").mkdir(parents=True, exist_ok=True)
    with (ROOT / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            data = json.loads((pages / row["page"]).read_text(encoding="utf-8"))
            article = data[row["key"]]
            (ROOT / "texts" / row["doc"]).write_text(body_text(article), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
