"""The dataset built from raw/ must not change unnoticed: compare it with a golden file.

After an intended change, regenerate it with ``UPDATE_GOLDEN=1 make test`` and review the diff."""

from __future__ import annotations

import json
import os
import sqlite3

from pipeline.runs.ingest import ingest
from tests.conftest import DATA, ROOT, requires_en

GOLDEN = DATA / "golden" / "seeds-dataset.json"


def snapshot(db) -> dict:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        out = {}
        for doc in conn.execute("SELECT id, source, language, title, published FROM documents ORDER BY source"):
            def rows(sql, doc_id=doc["id"]):
                return [list(r) for r in conn.execute(sql, (doc_id,))]

            out[doc["source"]] = {
                "language": doc["language"], "title": doc["title"], "published": doc["published"],
                "mentions": rows("SELECT text, label, method, start_char, end_char FROM mentions "
                                 "WHERE document_id=? ORDER BY start_char"),
                "entities": rows("SELECT DISTINCT e.name, e.label FROM mentions m JOIN entities e ON e.id = m.entity_id"
                                 " WHERE m.document_id=? ORDER BY e.name, e.label"),
                "dates": rows("SELECT text, value, start_char FROM dates WHERE document_id=? ORDER BY start_char"),
                "amounts": rows("SELECT text, value, currency FROM amounts WHERE document_id=? ORDER BY start_char"),
                "roles": rows("SELECT person, role, organization FROM roles WHERE document_id=? ORDER BY start_char"),
            }
        return out


@requires_en
def test_dataset_matches_golden_file(tmp_path):
    db = tmp_path / "press.sqlite"
    ingest([str(ROOT / "raw")], str(db), "test", workers=1, progress=False)
    current = snapshot(db)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(current, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for source in golden:
        for key in golden[source]:
            assert current[source][key] == golden[source][key], f"{source}: {key} changed"
    assert set(current) == set(golden)
