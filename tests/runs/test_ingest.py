"""Ingest runs: idempotency, replacement, failures among good documents, the CLI's errors and exit codes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.runs.ingest import ingest
from tests.conftest import RAW, requires_en, run_cli

pytestmark = requires_en


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "mentions", "dates", "amounts", "roles", "entities", "aliases", "paragraphs")}


def ids(db: Path, table: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_ingest_twice_is_idempotent(corpus, tmp_path):
    db = tmp_path / "d.sqlite"
    first = ingest([str(corpus)], str(db), "test", workers=1, progress=False)
    assert (first.stored, first.failed) == (5, 0)
    before, docs, entities = table_counts(db), ids(db, "documents"), ids(db, "entities")
    second = ingest([str(corpus)], str(db), "test", workers=1, progress=False)
    assert (second.stored, second.unchanged, second.failed) == (0, 5, 0)
    assert table_counts(db) == before
    assert ids(db, "documents") == docs and ids(db, "entities") == entities
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), min(status) FROM runs").fetchone() == (2, "ok")


def test_changed_document_replaces_its_rows(corpus, tmp_path):
    db = tmp_path / "d.sqlite"
    ingest([str(corpus)], str(db), "test", workers=1, progress=False)
    with sqlite3.connect(db) as conn:
        doc_id = conn.execute("SELECT id FROM documents WHERE source LIKE 'raw/000_%'").fetchone()[0]
    target = next(corpus.glob("000_*.txt"))
    target.write_text(target.read_text() + "\nA further grant of EUR 2.3 million was agreed on 3 March 2021.\n")
    summary = ingest([str(corpus)], str(db), "test", workers=1, progress=False)
    assert (summary.stored, summary.unchanged) == (1, 4)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT id FROM documents WHERE source LIKE 'raw/000_%'").fetchone()[0] == doc_id
        values = {r[0] for r in conn.execute("SELECT value FROM amounts WHERE document_id=?", (doc_id,))}
        assert values == {"6700000", "2300000"}
        assert conn.execute("SELECT count(*) FROM dates WHERE document_id=? AND value='2021-03-03'",
                            (doc_id,)).fetchone()[0] == 1


def test_failing_document_among_good_ones(corpus, tmp_path):
    (corpus / "broken.html").write_bytes(b"%PDF-1.4 not really html")
    (corpus / "empty.txt").write_bytes(b"")
    db = tmp_path / "d.sqlite"
    result = run_cli("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert result.returncode == 1, result.stderr
    assert "5 stored" in result.stdout and "2 failed" in result.stdout
    with sqlite3.connect(db) as conn:
        failures = dict(conn.execute("SELECT source, error FROM failures").fetchall())
        assert set(failures) == {"raw/broken.html", "raw/empty.txt"}  # folder name + path below it
        assert "PDF" in failures["raw/broken.html"] and "empty" in failures["raw/empty.txt"]
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_offsets_are_exact_in_the_dataset(corpus, tmp_path):
    db = tmp_path / "d.sqlite"
    ingest([str(corpus)], str(db), "test", workers=1, progress=False)
    with sqlite3.connect(db) as conn:
        texts = dict(conn.execute("SELECT id, text FROM documents"))
        for table in ("mentions", "dates", "amounts"):
            for doc_id, text, start, end in conn.execute(
                    f"SELECT document_id, text, start_char, end_char FROM {table}"):
                assert texts[doc_id][start:end] == text, (table, text)
        for doc_id, start, end in conn.execute("SELECT document_id, start_char, end_char FROM paragraphs"):
            assert texts[doc_id][start:end].strip() == texts[doc_id][start:end]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_parallel_workers_give_the_same_dataset(tmp_path, corpus):
    many = tmp_path / "many"
    many.mkdir()
    for i in range(4):
        for f in corpus.iterdir():
            (many / f"{i}_{f.name}").write_bytes(f.read_bytes() + f"\nCopy {i}.\n".encode())
    serial, parallel = tmp_path / "s.sqlite", tmp_path / "p.sqlite"
    ingest([str(many)], str(serial), "test", workers=1, progress=False)
    ingest([str(many)], str(parallel), "test", workers=2, progress=False)
    query = "SELECT d.source, m.text, m.label, m.start_char FROM mentions m JOIN documents d ON d.id = m.document_id"
    with sqlite3.connect(serial) as a, sqlite3.connect(parallel) as b:
        assert sorted(a.execute(query).fetchall()) == sorted(b.execute(query).fetchall())


@pytest.mark.parametrize(("args", "message"), [
    (["ingest", "does/not/exist"], "no such file or folder"),
    (["ingest", "raw", "--db", "tests"], "not a folder"),
    (["ingest", "raw", "--db", "nosuchdriver://x"], "database"),
    (["stats", "--db", "missing.sqlite"], "no dataset at"),
    (["eval", "--gold", "missing.jsonl", "--db", "missing.sqlite"], "no dataset"),
    (["ingest"], "required"),
    (["frobnicate"], "invalid choice"),
])
def test_cli_usage_errors_exit_2_with_a_message(args, message):
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_help_explains_every_subcommand():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("ingest", "eval", "export", "stats"):
        assert command in result.stdout


def test_language_hint_wins_only_when_detection_is_unsure():
    from pipeline.process import process
    from pipeline.records import RawDocument

    short = process(RawDocument("a.txt", b"Brussel 2025", kind="text", language_hint="nl"))
    assert short.language == "nl"
    text = ("The European Commission announced new funding for social protection programmes in China today. "
            "The programme will support pension reform and the extension of unemployment insurance to workers "
            "in the platform economy over the next three years.")
    sure = process(RawDocument("b.txt", text.encode(), kind="text", language_hint="nl"))
    assert sure.language == "en"


@requires_en
def test_a_chunk_of_files_gives_the_documents_each_file_gives_alone(tmp_path, monkeypatch):
    """The model reads a chunk's paragraphs in one batch; every document equals the one processed alone, a broken
    file keeps its place as a failure, and a failing batch falls back to one document at a time."""
    from pipeline.process import process
    from pipeline.runs import ingest as ingest_module
    from pipeline.text.decode import discover, load_file

    shutil.copytree(RAW, tmp_path / "seeds")
    (tmp_path / "seeds" / "0-broken.html").write_bytes(b"%PDF-1.4 not really html")
    items = discover([tmp_path / "seeds"])
    alone = [process(load_file(item)) for item in items if not item.source.endswith("broken.html")]
    chunk = ingest_module.process_files(items)
    assert [type(r).__name__ for r in chunk] == ["Failure"] + ["Document"] * len(alone)
    assert chunk[1:] == alone

    def broken_batch(_documents):
        raise RuntimeError("the batch failed")

    monkeypatch.setattr(ingest_module, "analyse_paragraphs", broken_batch)
    assert ingest_module.process_files(items)[1:] == alone
