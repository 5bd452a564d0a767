"""The identity rule of sources and one document per distinct text (pipeline.identity, store)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pipeline import dataset
from pipeline.identity import folder_labels
from pipeline.runs.ingest import ingest
from pipeline.text.decode import discover
from tests.conftest import run_cli

TEXT = "Press release\n\n{body}\n\nThe Ministry of Finance announced a grant for {place} on 3 March 2021.\n"


def write(path: Path, body: str, place: str = "Ghent") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEXT.format(body=body, place=place), encoding="utf-8")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_folder_labels_tell_same_named_folders_apart():
    labels = folder_labels(["/corpus/a/data", "/corpus/b/data", "/other/raw"])
    assert labels == {"/corpus/a/data": "a/data", "/corpus/b/data": "b/data", "/other/raw": "raw"}


def test_a_file_and_its_folder_name_it_alike_and_it_is_one_input(tmp_path):
    write(tmp_path / "raw" / "001.txt", "One.")
    by_folder = [f.source for f in discover([tmp_path / "raw"])]
    by_file = [f.source for f in discover([tmp_path / "raw" / "001.txt"])]
    both = [f.source for f in discover([tmp_path / "raw", tmp_path / "raw" / "001.txt"])]
    assert by_folder == by_file == both == ["raw/001.txt"]


def test_two_roots_with_the_same_relative_names_keep_both(tmp_path):
    a = write(tmp_path / "A" / "2020" / "release-001.txt", "The first ministry speaks.", "Ghent")
    b = write(tmp_path / "B" / "2020" / "release-001.txt", "The second ministry speaks.", "Bruges")
    db = tmp_path / "d.sqlite"
    result = run_cli("ingest", str(a.parent.parent), str(b.parent.parent), "--db", str(db), "--workers", "1")
    assert result.returncode == 0, result.stderr
    assert "2 documents: 2 stored" in result.stdout
    first = rows(db, "SELECT id, source FROM documents ORDER BY id")
    assert [s for _, s in first] == ["A/2020/release-001.txt", "B/2020/release-001.txt"]
    again = run_cli("ingest", str(a.parent.parent), str(b.parent.parent), "--db", str(db), "--workers", "1")
    assert "2 unchanged" in again.stdout
    assert rows(db, "SELECT id, source FROM documents ORDER BY id") == first  # ids are stable


def test_same_named_files_across_two_runs_do_not_replace_each_other(tmp_path):
    write(tmp_path / "A" / "release-001.txt", "The first ministry speaks.")
    write(tmp_path / "B" / "release-001.txt", "The second ministry speaks.", "Bruges")
    db = tmp_path / "d.sqlite"
    ingest([tmp_path / "A"], str(db), "test", workers=1, progress=False)
    ingest([tmp_path / "B"], str(db), "test", workers=1, progress=False)
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 2


def test_identical_text_under_two_names_is_one_document_with_both_origins(tmp_path):
    write(tmp_path / "site1" / "a.txt", "Syndicated news.")
    write(tmp_path / "site2" / "copy-of-a.txt", "Syndicated news.")
    db = tmp_path / "d.sqlite"
    summary = ingest([tmp_path / "site1", tmp_path / "site2"], str(db), "test", workers=1, progress=False)
    assert (summary.seen, summary.stored, summary.duplicates) == (2, 1, 1)
    assert summary.seen == summary.accounted
    origins = rows(db, "SELECT document_id, source, run_id FROM document_sources ORDER BY id")
    assert origins == [(1, "site1/a.txt", 1), (1, "site2/copy-of-a.txt", 1)]
    ds = dataset.load(str(db))
    assert len(ds.documents) == 1 and len(ds.document_sources) == 2
    stats = run_cli("stats", "--db", str(db))
    assert "documents 1 (distinct releases; 2 origins)" in stats.stdout


def test_a_changed_origin_leaves_the_shared_document_and_comes_back(tmp_path):
    a = write(tmp_path / "one" / "x.txt", "Shared text.")
    write(tmp_path / "two" / "x.txt", "Shared text.")
    db = tmp_path / "d.sqlite"
    roots = [tmp_path / "one", tmp_path / "two"]
    ingest(roots, str(db), "test", workers=1, progress=False)
    write(a, "A new version of the text.")
    summary = ingest(roots, str(db), "test", workers=1, progress=False)
    assert (summary.stored, summary.unchanged) == (1, 1)
    docs = dict(rows(db, "SELECT s.source, s.document_id FROM document_sources s"))
    assert docs["one/x.txt"] != docs["two/x.txt"]
    assert rows(db, "SELECT source FROM documents ORDER BY id") == [("two/x.txt",), ("one/x.txt",)]
    write(a, "Shared text.")  # back to the shared text: one document again, the new one goes
    ingest(roots, str(db), "test", workers=1, progress=False)
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 1
    assert rows(db, "SELECT count(DISTINCT document_id), count(*) FROM document_sources")[0] == (1, 2)
