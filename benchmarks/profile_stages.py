"""CPU time per stage of the per-document pipeline, in one process, over N Senate releases.

    python -m benchmarks.profile_stages [--n 200] [--offset 0] [--corpus FILE.jsonl] [--bare] [--store]
                                        [--rules] [--cprofile OUT.prof]

CPU seconds (``time.process_time``) rather than wall-clock: on a machine shared with other jobs a stage's CPU
time hardly changes with the load, its wall-clock time does. Models are loaded and patterns compiled on a
first release before the timing starts. Printed, per release (milliseconds):

- every stage of :func:`pipeline.process.process` (text, language, header, entities, dates, amounts, roles,
  events, families), with ``entities`` split into spaCy's ``nlp.pipe`` and the entity rules around it;
- ``--store``: the main process's work on the same documents (storing each one into a fresh SQLite dataset,
  linking and family keys included), and of it the family keys (:func:`pipeline.events.families.document_keys`);
- ``--bare``: bare spaCy ``nlp.pipe`` over the same texts (same model and components), as ``make bench``
  runs it, and the quotient bare / all stages (the ceiling of the whole-command ratio on one core);
- ``--rules``: each date rule's own cost (its pattern's search and its handler), the costliest first;
- ``--cprofile``: the stages under cProfile (the figures above then include its overhead), the 30 functions
  with the most own time printed and all of them written to OUT.prof (``python -m pstats OUT.prof``)."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks.bench import DEFAULT_CORPUS, read_corpus
from pipeline import config, process
from pipeline.records import Document, RawDocument

CPU = time.process_time


def _timed_pipe(spent: list[float]) -> Callable[..., Any]:
    """spaCy's ``Language.pipe``, counting the CPU seconds spent producing its documents into ``spent``."""
    from spacy.language import Language

    original = Language.pipe

    def pipe(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        started = CPU()
        docs = original(self, *args, **kwargs)
        spent[0] += CPU() - started
        while True:
            started = CPU()
            try:
                doc = next(docs)
            except StopIteration:
                spent[0] += CPU() - started
                return
            spent[0] += CPU() - started
            yield doc

    Language.pipe = pipe  # type: ignore[method-assign]
    return original


def stages(texts: list[str], profile: cProfile.Profile | None) -> tuple[list[Document], dict[str, float], float]:
    """The documents, the CPU seconds per stage (spaCy's ``nlp.pipe`` apart) and in all."""
    from spacy.language import Language

    process.process(RawDocument("warm-up.txt", texts[0].encode("utf-8"), kind="text"))
    spent = [0.0]
    original = _timed_pipe(spent)
    timings: dict[str, float] = {}
    docs = []
    try:
        if profile:
            profile.enable()
        started = CPU()
        for i, text in enumerate(texts):
            docs.append(process.process(RawDocument(f"{i:06d}.txt", text.encode("utf-8"), kind="text"), timings, CPU))
        total = CPU() - started
        if profile:
            profile.disable()
    finally:
        Language.pipe = original  # type: ignore[method-assign]
    timings["entities: spaCy nlp.pipe"] = spent[0]
    timings["entities: rules"] = timings.get("entities", 0.0) - spent[0]
    return docs, timings, total


def storing(docs: list[Document]) -> tuple[float, float]:
    """CPU seconds of storing ``docs`` into a fresh dataset, and of computing their family keys."""
    from pipeline.events.families import document_keys
    from pipeline.store import Store, connect

    started = CPU()
    for doc in docs:
        document_keys(doc)
    keys = CPU() - started
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(connect(str(Path(tmp) / "profile.sqlite")))
        run_id = store.start_run("profile")
        started = CPU()
        for doc in docs:
            store.store(doc, run_id)
        return CPU() - started, keys


def bare_spacy(texts: list[str]) -> float:
    from pipeline.resources.models import load_nlp

    nlp, _ = load_nlp("en")
    for _ in nlp.pipe(texts[:1]):
        pass
    started = CPU()
    for _ in nlp.pipe(texts, batch_size=config.SPACY_BATCH_SIZE):
        pass
    return CPU() - started


def date_rules(docs: list[Document]) -> dict[str, float]:
    """CPU seconds of each date rule (pattern search and handler) over the documents, as
    :func:`pipeline.dates.extract._candidates` runs them (rules whose words are absent skipped)."""
    from pipeline.dates import extract
    from pipeline.dates.patterns import patterns_for
    from pipeline.dates.rules import Reference

    spent: dict[str, float] = {}
    for doc in docs:
        extract._candidates(doc.text, doc.language, patterns_for(doc.language), Reference.parse(doc.published),
                            spent)
    return spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSONL file or folder (field 'text')")
    parser.add_argument("--n", type=int, default=200, help="releases timed (default 200)")
    parser.add_argument("--offset", type=int, default=0, help="releases skipped first")
    parser.add_argument("--bare", action="store_true", help="also bare spaCy nlp.pipe on the same texts")
    parser.add_argument("--store", action="store_true", help="also storing the documents (the main process)")
    parser.add_argument("--rules", action="store_true", help="also each date rule's cost")
    parser.add_argument("--cprofile", type=Path, help="run the stages under cProfile, write the stats here")
    args = parser.parse_args(argv)
    texts = read_corpus(args.corpus, args.offset + args.n)[args.offset:]
    n = len(texts)
    profile = cProfile.Profile() if args.cprofile else None
    docs, timings, total = stages(texts, profile)
    print(f"{n} releases, CPU ms per release (one process):")
    print(f"  {'all stages':<26} {1000 * total / n:7.2f}")
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<26} {1000 * seconds / n:7.2f}  {seconds / total:6.1%}")
    if args.store:
        stored, keys = storing(docs)
        print(f"  {'store (main process)':<26} {1000 * stored / n:7.2f}  of it family keys {1000 * keys / n:.2f}")
    if args.bare:
        bare = bare_spacy(texts)
        print(f"  {'bare spaCy nlp.pipe':<26} {1000 * bare / n:7.2f}  = {bare / total:.2f} of all stages")
    if args.rules:
        spent = date_rules(docs)
        print(f"date rules, CPU ms per release (sum {1000 * sum(spent.values()) / n:.2f}):")
        for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<45} {1000 * seconds / n:6.3f}")
    if profile and args.cprofile:
        profile.dump_stats(args.cprofile)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
