"""Schema versions: a dataset made by the previous release (main at fcff093) is migrated on open."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline import dataset
from pipeline.migrations import SCHEMA_VERSION
from pipeline.runs.ingest import ingest
from pipeline.store import connect, metadata
from tests.conftest import DATA, ROOT

LEGACY = DATA / "legacy" / "main-fcff093.sqlite"


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    target = tmp_path / "old.sqlite"
    shutil.copy(LEGACY, target)
    return target


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def columns(db: Path, table: str) -> set[str]:
    return {r[1] for r in rows(db, f"PRAGMA table_info({table})")}


def test_the_fixture_has_the_old_schema():
    assert "document_sources" not in {r[0] for r in rows(LEGACY, "SELECT name FROM sqlite_master")}
    assert "published_precision" not in columns(LEGACY, "documents")


def test_opening_an_old_dataset_adds_the_new_tables_and_columns_and_keeps_every_row(legacy):
    before = {t: rows(legacy, f"SELECT count(*) FROM {t}")[0][0] for t in ("documents", "mentions", "entities")}
    connect(str(legacy)).dispose()
    for table in metadata.sorted_tables:
        assert {c.name for c in table.columns} <= columns(legacy, table.name), table.name
    assert rows(legacy, "SELECT max(version) FROM schema_version")[0][0] == SCHEMA_VERSION
    assert {t: rows(legacy, f"SELECT count(*) FROM {t}")[0][0] for t in before} == before
    origins = rows(legacy, "SELECT s.source, d.source, s.content_sha256 = d.content_sha256 FROM document_sources s "
                           "JOIN documents d ON d.id = s.document_id")
    assert len(origins) == before["documents"] and all(a == b and same for a, b, same in origins)
    for text, digest in rows(legacy, "SELECT text, text_sha256 FROM documents"):
        assert digest == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert rows(legacy, "SELECT published, published_precision FROM documents WHERE published IS NOT NULL") == [
        ("2017-05-30T11:15", "minute")]
    connect(str(legacy)).dispose()  # opening again changes nothing
    assert rows(legacy, "SELECT count(*) FROM schema_version")[0][0] == 1


def test_load_and_ingest_work_on_a_migrated_dataset(legacy):
    ds = dataset.load(str(legacy))
    assert len(ds.documents) == 5 and len(ds.document_sources) == 5
    summary = ingest([ROOT / "raw"], str(legacy), "test", workers=1, progress=False)
    # the old sources had no folder name: the same bytes under the new names are origins, not copies
    assert (summary.stored, summary.duplicates) == (0, 5)
    assert rows(legacy, "SELECT count(*) FROM documents")[0][0] == 5
    assert rows(legacy, "SELECT count(*) FROM document_sources")[0][0] == 10


def test_a_new_dataset_records_its_version(tmp_path):
    db = tmp_path / "new.sqlite"
    connect(str(db)).dispose()
    assert rows(db, "SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]


def test_a_dataset_keyed_by_the_old_content_signal_gets_the_fingerprint_keys(tmp_path):
    """Schema 3 as first released stored one exact 'content' key per release; version 4 stores the fingerprint
    rows the linker reads now, the same rows a fresh ingest writes."""
    db = tmp_path / "v3.sqlite"
    ingest([DATA / "families" / "texts"], str(db), "test", workers=1, progress=False)
    fresh = rows(db, "SELECT document_id, kind, key FROM family_keys WHERE kind IN ('figures', 'day', 'amount') "
                     "ORDER BY 1, 2, 3")
    assert fresh
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM family_keys WHERE kind IN ('figures', 'day', 'amount')")
        conn.execute("INSERT INTO family_keys (document_id, kind, key) SELECT id, 'content', 'day|1 EUR|' "
                     "FROM documents")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version, applied_at, pipeline_version) "
                     "VALUES (3, '2026-12-01T00:00:00', 'old')")
    connect(str(db)).dispose()
    assert rows(db, "SELECT count(*) FROM family_keys WHERE kind = 'content'") == [(0,)]
    assert rows(db, "SELECT document_id, kind, key FROM family_keys WHERE kind IN ('figures', 'day', 'amount') "
                    "ORDER BY 1, 2, 3") == fresh
    assert rows(db, "SELECT max(version) FROM schema_version") == [(SCHEMA_VERSION,)]
