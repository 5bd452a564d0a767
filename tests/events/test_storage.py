"""Events and families in the dataset: the tables, the events_full view, dataset.load, export and stats."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from pipeline import dataset
from pipeline.export import export
from pipeline.report import stats
from pipeline.runs.ingest import ingest
from pipeline.store import connect
from tests.conftest import requires_en


@requires_en
def test_events_are_stored_viewed_loaded_and_exported(corpus, tmp_path):
    db = str(tmp_path / "d.sqlite")
    ingest([str(corpus)], db, "test", workers=1, progress=False)
    with sqlite3.connect(db) as conn:
        events = conn.execute("SELECT e.id, e.type, e.start_char, e.end_char, d.text, a.value, a.currency "
                              "FROM events e JOIN documents d ON d.id = e.document_id "
                              "LEFT JOIN amounts a ON a.id = e.amount_id").fetchall()
        assert events and {"funding", "meeting"} <= {e[1] for e in events}
        assert any(e[5] and Decimal(e[5]) == 6700000 and e[6] == "EUR" for e in events)  # the seed's € 6,7 million
        assert all(0 <= e[2] < e[3] <= len(e[4]) for e in events)  # the evidence span indexes the text
        roles = {r for (r,) in conn.execute("SELECT DISTINCT role FROM event_parties")}
        assert roles <= {"funder", "recipient", "partner", "organiser", "participant"} and "funder" in roles
        view = conn.execute("SELECT type, party, role, evidence FROM events_full WHERE type = 'funding'").fetchall()
        assert view and all(row[3] for row in view)
        families = conn.execute("SELECT COUNT(*), COUNT(DISTINCT family_id) FROM documents").fetchone()
        assert families == (5, 5)  # five different releases: five families of one
    ds = dataset.load(db)
    assert len(ds.events) == len(events) and {"party", "role", "entity", "evidence", "amount"} <= set(ds.events_full)
    written = {p.name for p in export(connect(db, create=False), "csv", tmp_path / "out")}
    assert {"events.csv", "event_parties.csv", "family_keys.csv"} <= written
    summary = stats(connect(db, create=False))
    assert "releases 5" in summary and "events per type and year published" in summary


def test_an_older_dataset_gets_the_new_columns(tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, "
                     "content_sha256 VARCHAR(64) NOT NULL, text TEXT NOT NULL)")
        conn.execute("INSERT INTO documents (source, content_sha256, text) VALUES ('a.txt', 'x', 'text')")
    connect(str(db))
    with sqlite3.connect(db) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
        assert {"family_id", "family_signal", "language"} <= columns
        assert conn.execute("SELECT source FROM documents").fetchall() == [("a.txt",)]
