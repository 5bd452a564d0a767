"""Dataset-wide entities: stable ids across runs and documents, cross-language linking, no merging of
different people, fuzzy merging of organisation spellings at the measured threshold."""

from __future__ import annotations

import json
import sqlite3

from pipeline.config import FUZZY_MATCH_THRESHOLD
from pipeline.entities.matching import measure
from pipeline.records import EntityRef
from pipeline.runs.ingest import ingest
from pipeline.store import Store, connect
from tests.conftest import DATA, requires_en


def entity_of(db, alias: str) -> set[int]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT entity_id FROM mentions WHERE text = ?", (alias,))}


@requires_en
def test_entity_ids_are_stable_and_shared_across_documents_and_languages(corpus, tmp_path):
    db = tmp_path / "d.sqlite"
    ingest([str(corpus)], str(db), "test", workers=1, progress=False)
    eu = entity_of(db, "European Union")
    assert len(eu) == 1
    assert entity_of(db, "Europese Unie") == eu == entity_of(db, "EU")  # en and nl releases, one entity
    assert entity_of(db, "FOD Sociale Zekerheid") == entity_of(db, "FPS Social Security")
    with sqlite3.connect(db) as conn:
        before = dict(conn.execute("SELECT key, id FROM entities"))
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "new.txt").write_text("The European Union and the ILO signed an agreement with the Chinese Academy of "
                                   "Labour and Social Security (CALSS) in Beijing on 3 March 2021.\n")
    ingest([str(extra)], str(db), "test", workers=1, progress=False)
    with sqlite3.connect(db) as conn:
        after = dict(conn.execute("SELECT key, id FROM entities"))
    assert all(after[key] == value for key, value in before.items())
    assert entity_of(db, "European Union") == eu
    assert len(entity_of(db, "Chinese Academy of Labour and Social Security")) == 1


def test_people_are_never_fuzzily_merged_but_organisations_are(tmp_path):
    store = Store(connect(str(tmp_path / "d.sqlite")))
    with store.engine.begin() as conn:
        wang_yi = store.linker.resolve(conn, EntityRef("PERSON:wang yi", "Wang Yi", "PERSON", ("Wang Yi",)), "en")
        wang_wei = store.linker.resolve(conn, EntityRef("PERSON:wang wei", "Wang Wei", "PERSON", ("Wang Wei",)), "en")
        labour = store.linker.resolve(conn, EntityRef("ORG:chinese academy of labour and social security",
                                                "Chinese Academy of Labour and Social Security", "ORG",
                                                ("Chinese Academy of Labour and Social Security",)), "en")
        labor = store.linker.resolve(conn, EntityRef("ORG:chinese academy of labor and social security",
                                               "Chinese Academy of Labor and Social Security", "ORG",
                                               ("Chinese Academy of Labor and Social Security",)), "en")
        finance = store.linker.resolve(conn, EntityRef("ORG:ministry of finance", "Ministry of Finance", "ORG",
                                                 ("Ministry of Finance",)), "en")
        justice = store.linker.resolve(conn, EntityRef("ORG:ministry of justice", "Ministry of Justice", "ORG",
                                                 ("Ministry of Justice",)), "en")
    assert wang_yi != wang_wei
    assert labour == labor
    assert finance != justice


def test_fuzzy_threshold_is_measured_on_labelled_pairs():
    pairs = [tuple(p) for p in json.loads((DATA / "entity_name_pairs.json").read_text())["pairs"]]
    [(_, precision, recall)] = measure(pairs, [FUZZY_MATCH_THRESHOLD])
    assert precision == 1.0, "the threshold merges a near miss"
    assert recall >= 0.9
