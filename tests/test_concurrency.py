"""Real processes against one dataset: no committed document is ever lost, readers see one snapshot."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, requires_en, run_cli

pytestmark = [requires_en, pytest.mark.usefixtures("time_bound")]


def copies(corpus: Path, n: int) -> int:
    """``n`` changed copies of each release of the corpus; returns the number of files."""
    for i in range(n):
        for f in sorted(corpus.glob("0*.txt")):
            (corpus / f"copy{i}_{f.name}").write_bytes(f.read_bytes() + f"\nCopy {i}.".encode())
    return len(list(corpus.glob("*.txt")))


def ingest_proc(paths: list[Path], db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", *map(str, paths), "--db", str(db),
                             "--workers", "1", "-q"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])


def test_a_reader_between_two_ingests_loses_no_committed_document(corpus, tmp_path):
    """The issue's sequence: one process created the dataset, a second ingest runs, readers open and close the
    dataset (the last user of a WAL database checkpoints and deletes the WAL) and one is still open when the
    ingest exits. Every document the ingest reported stored must be in the dataset."""
    total = copies(corpus, 4)
    db = tmp_path / "d.sqlite"
    assert run_cli("ingest", str(corpus / "000_d24b82f79499c851.txt"), "--db", str(db)).returncode == 0
    second = ingest_proc([corpus], db)
    while count_safely(db) < 3 and second.poll() is None:  # short-lived readers, as a notebook would open it
        time.sleep(0.2)
    keep = sqlite3.connect(db)  # a reader still open when the ingest ends
    keep.execute("SELECT count(*) FROM documents").fetchall()
    while second.poll() is None:
        keep.execute("SELECT count(*) FROM documents").fetchall()
        time.sleep(0.2)
    out, err = second.communicate(timeout=300)
    keep.close()
    assert second.returncode == 0, err
    assert f"{total} documents" in out
    assert count(db) == total, f"documents lost: the dataset has {count(db)} of {total}"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def count_safely(db: Path) -> int:
    try:
        return count(db)
    except sqlite3.OperationalError:  # no table yet
        return 0


def test_two_ingests_of_one_folder_both_succeed(tmp_path):
    """Many small releases, so that both processes often store the same one at the same moment."""
    folder = tmp_path / "in"
    folder.mkdir()
    total = 80
    for i in range(total):
        (folder / f"r{i:03}.txt").write_text(f"Press release {i}\n\nThe city of Ghent signed contract {i} with "
                                             f"Acme Corporation on {1 + i % 28} May 2021 for EUR {i + 1} million.")
    db = tmp_path / "d.sqlite"
    procs = [ingest_proc([folder], db) for _ in range(3)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    assert count(db) == total
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(DISTINCT source) FROM documents").fetchone()[0] == total


def test_dataset_load_during_a_write_is_one_consistent_snapshot(corpus, tmp_path):
    from pipeline import dataset

    copies(corpus, 3)
    db = tmp_path / "d.sqlite"
    assert run_cli("ingest", str(corpus / "000_d24b82f79499c851.txt"), "--db", str(db)).returncode == 0
    writer = ingest_proc([corpus], db)
    loads = 0
    try:
        while writer.poll() is None:
            ds = dataset.load(str(db))
            loads += 1
            docs = set(ds.documents["id"])
            for table in (ds.paragraphs, ds.mentions, ds.dates, ds.amounts, ds.roles):
                assert set(table["document_id"]) <= docs, "rows of a document the documents table does not have"
            assert set(ds.paragraphs["document_id"]) == docs, "a document without its paragraphs"
            assert set(ds.mentions["entity_id"].dropna()) <= set(ds.entities["id"])
    finally:
        writer.communicate(timeout=300)
    assert writer.returncode == 0
    assert loads >= 2
