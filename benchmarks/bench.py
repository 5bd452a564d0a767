"""``make bench``: the whole ``ingest`` command against bare spaCy ``nlp.pipe`` over the same files (both timed
end to end as subprocess commands, start-up included, back to back), the same for the Dask engine, the peak
memory of each, the share of time per stage, and the speed of re-ingesting an unchanged corpus. Figures are
printed, never asserted."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import SHARED
from pipeline import config, process
from pipeline.records import RawDocument
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


# Bare spaCy as a user would run it: the same model and components as the pipeline (load_nlp), every file of
# the folder read and piped through nlp.pipe with the same batch size and number of processes.
BARE_SPACY = """
import sys
from pathlib import Path
from pipeline import config
from pipeline.resources.models import load_nlp
nlp, _ = load_nlp("en")
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
n = sum(1 for _ in nlp.pipe(texts, batch_size=config.SPACY_BATCH_SIZE, n_process=int(sys.argv[2])))
print(n, "documents")
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall-clock seconds of a whole command and the peak resident memory (MB) of its largest process (the
    command or one of the processes it waited for)."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    errors = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}): {errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


def commands(folder: Path, db: Path, workers: int) -> dict[str, list[str]]:
    ingest_cmd = [sys.executable, "-m", "pipeline", "ingest", str(folder), "--db", str(db), "--workers", str(workers),
                  "--quiet"]
    return {"bare": [sys.executable, "-c", BARE_SPACY, str(folder), str(workers)],
            "ingest": ingest_cmd, "dask": [*ingest_cmd, "--engine", "dask"]}


def whole_commands(texts: list[str], sizes: list[int], workers: int, repeat: int, dask: bool) -> None:
    """For each size: bare spaCy and ingest back to back, ``repeat`` times (medians reported), then Dask."""
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "docs"
            folder.mkdir()
            for i, text in enumerate(texts[:size]):
                (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
            n = min(size, len(texts))
            runs: dict[str, list[tuple[float, float]]] = {"bare": [], "ingest": [], "dask": []}
            ratios = []
            print(f"whole commands, {n} releases, {workers} processes ({repeat} runs back to back, medians):")
            for attempt in range(repeat):
                cmds = commands(folder, Path(tmp) / f"run{attempt}.sqlite", workers)
                for name in ("bare", "ingest"):
                    runs[name].append(timed(cmds[name]))
                    print(f"  run {attempt + 1}: {name:<6} {runs[name][-1][0]:7.1f} s", flush=True)
                ratios.append(runs["bare"][-1][0] / runs["ingest"][-1][0])
            if dask:
                cmds = commands(folder, Path(tmp) / "dask.sqlite", workers)
                for name in ("dask", "bare"):
                    runs[name].append(timed(cmds[name]))
                    print(f"  dask pair: {name:<6} {runs[name][-1][0]:7.1f} s", flush=True)
            bare_s = statistics.median(s for s, _ in runs["bare"])
            for name, label in (("bare", "bare spaCy nlp.pipe"), ("ingest", "python -m pipeline ingest"),
                                ("dask", "ingest --engine dask")):
                if runs[name]:
                    seconds = statistics.median(s for s, _ in runs[name])
                    memory = max(m for _, m in runs[name])
                    print(f"  {label:<27} {seconds:7.1f} s  {n / seconds:6.1f} docs/s  peak memory {memory:5.0f} MB"
                          f"  = {bare_s / seconds:.2f} of bare spaCy")
            print(f"  ratio ingest / bare spaCy (median of the {repeat} back-to-back pairs): "
                  f"{statistics.median(ratios):.2f}")
            if runs["dask"]:
                print(f"  ratio dask / bare spaCy (back to back): {runs['bare'][-1][0] / runs['dask'][0][0]:.2f}")


def stage_shares(texts: list[str]) -> tuple[dict[str, float], float, float]:
    """Seconds per stage (wall clock) over ``texts`` in this process, and the CPU seconds of all stages and of bare
    spaCy ``nlp.pipe`` on the same texts: their quotient is the best ratio two processes could reach."""
    from pipeline.resources.models import load_nlp

    process.process(RawDocument("warm-up.txt", texts[0].encode("utf-8"), kind="text"))  # load models first
    timings: dict[str, float] = {}
    started = time.process_time()
    for i, text in enumerate(texts):
        process.process(RawDocument(f"{i}.txt", text.encode("utf-8"), kind="text"), timings)
    stages_cpu = time.process_time() - started
    nlp, _ = load_nlp("en")
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=config.SPACY_BATCH_SIZE):
        pass
    return timings, stages_cpu, time.process_time() - started


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
    parser.add_argument("--sizes", default="1000,6498", help="numbers of documents, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="back-to-back runs per size (medians reported)")
    parser.add_argument("--workers", type=int, default=config.DEFAULT_WORKERS)
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask engine")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench: corpus not found: {args.corpus} (give --corpus)")
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    rule_speed()
    texts = read_corpus(args.corpus, max(sizes))
    words = sum(len(t.split()) for t in texts)
    print(f"bench: {len(texts)} documents, {words:,} words, {args.workers} workers")

    sample = texts[: min(len(texts), config.BENCH_STAGE_SAMPLE)]
    shares, stages_cpu, bare_cpu = stage_shares(sample)
    total = sum(shares.values())
    print(f"per document, one process ({len(sample)} documents): {1000 * total / len(sample):.1f} ms; CPU: all stages "
          f"{1000 * stages_cpu / len(sample):.1f} ms, bare spaCy nlp.pipe {1000 * bare_cpu / len(sample):.1f} ms "
          f"(= {bare_cpu / stages_cpu:.2f}, the best whole-command ratio)")
    for name, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<10} {1000 * seconds / len(sample):7.2f} ms  {seconds / total:6.1%}")

    whole_commands(texts, sizes, args.workers, args.repeat, not args.no_dask)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i, text in enumerate(texts[:sizes[0]]):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        db = str(Path(tmp) / "bench.sqlite")
        first = ingest([folder], db, "bench", workers=args.workers, progress=False)
        again = ingest([folder], db, "bench", workers=args.workers, progress=False)
    print(f"re-ingest unchanged ({first.seen} documents): {again.seconds:.2f} s = "
          f"{first.seconds / max(again.seconds, 1e-9):.0f}x faster than the first ingest ({first.seconds:.1f} s)")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
