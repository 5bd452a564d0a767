"""The researcher's side: pandas DataFrames, exports with a data dictionary, stats, evaluation, README."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from pipeline import dataset
from pipeline.evaluate import evaluate
from pipeline.export import data_dictionary
from pipeline.runs.ingest import ingest
from pipeline.store import connect
from tests.conftest import DATA, ROOT, requires_en, run_cli


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    db = tmp_path_factory.mktemp("ds") / "press.sqlite"
    ingest([str(ROOT / "raw")], str(db), "test", workers=1, progress=False)
    return db


@requires_en
def test_load_gives_typed_frames(seeded):
    ds = dataset.load(str(seeded))
    assert len(ds.documents) == 5
    assert isinstance(ds.documents["language"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_datetime64_any_dtype(ds.documents["published_date"])
    assert ds.documents.loc[ds.documents["language"] == "nl", "year"].tolist() == [2017]
    tidy = ds.mentions_full
    assert {"source", "language", "entity", "year"} <= set(tidy.columns)
    top = tidy[tidy["label"] == "ORG"].groupby("entity").size().sort_values(ascending=False)
    assert "European Union" in top.index[:5]
    assert {"person", "role", "organization", "source", "language", "year"} <= set(ds.roles_full.columns)


@requires_en
def test_gold_scores_meet_the_issue_thresholds(seeded):
    scores = evaluate(DATA / "gold" / "seeds.jsonl", connect(str(seeded))).flat()
    assert scores["all.entities.f1"] >= 0.75
    assert scores["all.dates.f1"] >= 0.90 and scores["all.amounts.f1"] >= 0.90
    assert scores["all.language.accuracy"] == 1.0


@requires_en
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_writes_every_table_and_a_datapackage(seeded, tmp_path, fmt):
    out = tmp_path / "export"
    result = run_cli("export", "--format", fmt, "--out", str(out), "--db", str(seeded))
    assert result.returncode == 0, result.stderr
    package = json.loads((out / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert names == set(data_dictionary())
    frame = pd.read_csv(out / "amounts.csv") if fmt == "csv" else pd.read_parquet(out / "amounts.parquet")
    assert frame["currency"].tolist() == ["EUR"]


@requires_en
def test_stats_counts_languages_labels_months(seeded):
    result = run_cli("stats", "--db", str(seeded))
    assert result.returncode == 0
    assert re.search(r"en\s+4", result.stdout) and re.search(r"nl\s+1", result.stdout)
    assert "PERSON" in result.stdout and "2017-05" in result.stdout


def test_every_column_has_a_description_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for table, fields in data_dictionary().items():
        assert f"`{table}`" in readme, table
        for field in fields:
            assert field["description"] or field["name"] in ("id",), (table, field["name"])
            assert f"`{field['name']}`" in readme, (table, field["name"])


@requires_en
def test_eval_gate_fails_below_a_floor_and_reads_only_its_section(seeded, tmp_path):
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"gold": {"all.dates.f1": 0.5}, "rules": {"rules.dates.en": 2.0}}))
    ok = run_cli("eval", "--gold", str(DATA / "gold" / "seeds.jsonl"), "--db", str(seeded), "--floors", str(floors))
    assert ok.returncode == 0, ok.stderr
    floors.write_text(json.dumps({"gold": {"all.entities.f1": 0.99}}))
    low = run_cli("eval", "--gold", str(DATA / "gold" / "seeds.jsonl"), "--db", str(seeded), "--floors", str(floors))
    assert low.returncode == 1
    assert "all.entities.f1" in low.stderr and "below its floor" in low.stderr
