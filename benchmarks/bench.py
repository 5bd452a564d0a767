"""``make bench``: end-to-end throughput against the ceiling of bare spaCy NER, the share of time per
stage, peak memory, and the speed of re-ingesting an unchanged corpus. Figures are printed, never asserted."""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from benchmarks import SHARED
from pipeline import config, process
from pipeline.records import RawDocument
from pipeline.resources.models import load_nlp
from pipeline.runs.ingest import ingest

DEFAULT_CORPUS = SHARED / "eval" / "corpus" / "us-senate-grimmer"


def read_corpus(path: Path, limit: int) -> list[str]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    texts: list[str] = []
    for file in files:
        with file.open(encoding="utf-8") as handle:
            for line in handle:
                texts.append(json.loads(line)["text"])
                if len(texts) >= limit:
                    return texts
    return texts


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB (Linux: KB units)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def bare_spacy(texts: list[str], workers: int) -> float:
    nlp, _ = load_nlp("en")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=config.SPACY_BATCH_SIZE, n_process=workers):
        pass
    return time.perf_counter() - started


def stage_shares(texts: list[str]) -> dict[str, float]:
    process.process(RawDocument("warm-up.txt", texts[0].encode("utf-8"), kind="text"))  # load models first
    timings: dict[str, float] = {}
    for i, text in enumerate(texts):
        process.process(RawDocument(f"{i}.txt", text.encode("utf-8"), kind="text"), timings)
    return timings


def rule_speed() -> None:
    """Sentences per second of the date and money extractors alone, on the Recognizers-Text sentences."""
    from benchmarks.evalrules import DEFAULT_ROOT, load_cases
    from pipeline.dates import extract_dates
    from pipeline.money.amounts import extract_amounts

    cases = load_cases(DEFAULT_ROOT, "DateTimeModel.json") + load_cases(DEFAULT_ROOT, "CurrencyModel.json")
    if not cases:
        return
    for language in ("en", "nl", "fr", "de"):  # compile the per-language patterns outside the timing
        extract_dates("1 May 2020", language)
        extract_amounts("€ 5", language)
    started = time.perf_counter()
    for case in cases:
        extract_dates(case.text, case.language, case.reference[:16] if case.reference else None)
        extract_amounts(case.text, case.language)
    seconds = time.perf_counter() - started
    print(f"rule extractors (dates + money) on {len(cases)} test sentences: {len(cases) / seconds:,.0f} sentences/s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL file or folder (field 'text')")
    parser.add_argument("--limit", type=int, default=500, help="number of documents (default 500)")
    parser.add_argument("--workers", type=int, default=config.DEFAULT_WORKERS)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus} (give --corpus)")
        return 2
    rule_speed()
    texts = read_corpus(args.corpus, args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"bench: {len(texts)} documents, {words:,} words, {args.workers} workers")

    sample = texts[: min(len(texts), 100)]
    shares = stage_shares(sample)
    total = sum(shares.values())
    print(f"per document, one process ({len(sample)} documents): {1000 * total / len(sample):.1f} ms")
    for name, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<10} {1000 * seconds / len(sample):7.2f} ms  {seconds / total:6.1%}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        db = str(Path(tmp) / "bench.sqlite")
        first = ingest([folder], db, "bench", workers=args.workers, progress=False)
        again = ingest([folder], db, "bench", workers=args.workers, progress=False)
    own, workers_peak = peak_mb()  # before bare spaCy starts processes of its own
    ceiling = bare_spacy(texts, args.workers)
    print(f"bare spaCy nlp.pipe (tok2vec+ner, {args.workers} processes): {len(texts) / ceiling:7.1f} docs/s "
          f"{words / ceiling:9.0f} words/s")
    print(f"end to end (ingest, {args.workers} workers):           {len(texts) / first.seconds:7.1f} docs/s "
          f"{words / first.seconds:9.0f} words/s  = {ceiling / first.seconds:.0%} of bare spaCy")
    print(f"re-ingest unchanged: {again.seconds:.2f} s = {first.seconds / max(again.seconds, 1e-9):.0f}x faster "
          f"than the first ingest ({first.seconds:.1f} s)")
    print(f"peak memory of the ingest: main process {own:.0f} MB, largest worker {workers_peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
