"""Every row an ingest writes, as sorted JSON lines: to show that a change meant only for speed leaves the
dataset identical (documents with their language and family, paragraphs, entities, aliases, mentions, dates,
amounts, roles, events and their parties, family keys).

    python -m benchmarks.dump_rows senate OUT.jsonl [--n 300]   # the first N Senate releases (bench corpus)
    python -m benchmarks.dump_rows dev OUT.jsonl                 # the development set, as evaldev ingests it
    python -m benchmarks.dump_rows --compare BEFORE.jsonl AFTER.jsonl

Each line names its table, the source of its document and, for the development set, the document's split.
Timestamps are left out (they differ between runs); ids are kept (the same input order gives the same ids).
``--compare`` prints the lines that differ, except those of ``held-out`` documents: of these it prints only
how many differ per table (held-out texts and predictions are never shown)."""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import TEST_DATA
from benchmarks.bench import DEFAULT_CORPUS, read_corpus
from pipeline.runs.ingest import ingest

DEV = TEST_DATA / "gold" / "dev"
SKIPPED_TABLES = {"runs", "schema_version", "fetches", "sqlite_sequence"}
TIMESTAMPS = {"ingested_at", "first_seen", "started_at", "finished_at", "applied_at", "at", "fetched_at", "run_id"}


def dump(db: Path, splits: dict[str, str]) -> list[str]:
    """Sorted JSON lines of every table of ``db`` (see the module docstring)."""
    conn = sqlite3.connect(db)
    sources = dict(conn.execute("SELECT id, source FROM documents").fetchall())
    events = dict(conn.execute("SELECT id, document_id FROM events").fetchall())
    lines = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        if table in SKIPPED_TABLES:
            continue
        cursor = conn.execute(f'SELECT * FROM "{table}"')  # table names come from the schema
        names = [column[0] for column in cursor.description]
        for row in cursor:
            values: dict[str, Any] = {k: v.hex() if isinstance(v, bytes) else v
                                      for k, v in zip(names, row, strict=True) if k not in TIMESTAMPS}
            doc_id = values.get("document_id", values.get("id") if table == "documents" else None)
            if table == "event_parties":
                doc_id = events.get(values["event_id"])
            source = sources.get(doc_id) if doc_id is not None else None
            name = Path(source).name if source else None
            lines.append(json.dumps({"table": table, "doc": source, "split": splits.get(name or ""), "row": values},
                                    ensure_ascii=False, sort_keys=True))
    conn.close()
    return sorted(lines)


def dev_splits() -> dict[str, str]:
    with (DEV / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["doc"]: row["split"] for row in csv.DictReader(handle, delimiter="\t")}


def run(kind: str, out: Path, n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "dump.sqlite"
        if kind == "dev":
            folder, splits = DEV / "texts", dev_splits()
        else:
            folder, splits = Path(tmp) / "senate", {}
            folder.mkdir()
            for i, text in enumerate(read_corpus(DEFAULT_CORPUS, n)):
                (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        ingest([folder], str(db), "dump", workers=1, progress=False)
        lines = dump(db, splits)
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} rows written to {out}")


def compare(before: Path, after: Path) -> int:
    """Print the differing lines (not of held-out documents); 0 when the two dumps are identical."""
    old = set(before.read_text(encoding="utf-8").splitlines())
    new = set(after.read_text(encoding="utf-8").splitlines())
    hidden: collections.Counter[str] = collections.Counter()
    shown = 0
    for sign, lines in (("-", sorted(old - new)), ("+", sorted(new - old))):
        for line in lines:
            record = json.loads(line)
            if record.get("split") == "held-out":
                hidden[f"{sign} {record['table']}"] += 1
            else:
                print(sign, line)
                shown += 1
    for key, number in sorted(hidden.items()):
        print(f"{key}: {number} held-out rows differ (not shown)")
    print(f"{len(old)} rows before, {len(new)} after; {shown + sum(hidden.values())} differ")
    return 0 if old == new else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.dump_rows", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", nargs="?", choices=("senate", "dev"))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--n", type=int, default=300, help="Senate releases (default 300)")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not args.what or not args.out:
        parser.error("give senate|dev and an output file, or --compare BEFORE AFTER")
    run(args.what, args.out, args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
