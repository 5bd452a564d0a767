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
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    assert schemas["documents"]["primaryKey"] == ["id"]
    assert {"fields": ["document_id"], "reference": {"resource": "documents", "fields": ["id"]}} in (
        schemas["mentions"]["foreignKeys"])
    from frictionless import validate

    report = validate(out / "datapackage.json")  # data, types, primary and foreign keys
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])[:5]


@requires_en
def test_nullable_integers_stay_integers_in_pandas_csv_and_parquet(seeded, tmp_path):
    ds = dataset.load(str(seeded))
    roles = ds.roles
    assert roles["organization_entity_id"].dtype == "Int64" and roles["organization_entity_id"].isna().any()
    assert str(ds.runs["started_at"].dtype) == "datetime64[us, UTC]" or ds.runs["started_at"].dt.tz is not None
    run_cli("export", "--format", "csv", "--out", str(tmp_path / "csv"), "--db", str(seeded))
    run_cli("export", "--format", "parquet", "--out", str(tmp_path / "pq"), "--db", str(seeded))
    column = (tmp_path / "csv" / "roles.csv").read_text().splitlines()
    header = column[0].split(",")
    assert not any(".0," in line for line in column[1:]), column[1]
    assert "organization_entity_id" in header
    import pyarrow.parquet as pq

    schema = pq.read_schema(tmp_path / "pq" / "roles.parquet")
    assert str(schema.field("organization_entity_id").type) == "int64"
    assert "timestamp" in str(pq.read_schema(tmp_path / "pq" / "runs.parquet").field("started_at").type)


def test_partial_publication_dates_stay_partial(tmp_path):
    db = tmp_path / "d.sqlite"
    folder = tmp_path / "in"
    folder.mkdir()
    for name, when in (("year.txt", "2017"), ("month.txt", "May 2017"), ("day.txt", "30 May 2017")):
        (folder / name).write_text(f"Title {name}\n\n{when}\n\nThe council met in Brussels.\n", encoding="utf-8")
    ingest([folder], str(db), "test", workers=1, progress=False)
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.executemany("UPDATE documents SET published = ?, published_precision = ? WHERE source = ?",
                         [("2017", "year", "in/year.txt"), ("2017-05", "month", "in/month.txt"),
                          ("2017-05-30", "day", "in/day.txt")])
    docs = dataset.load(str(db)).documents.set_index("source")
    assert pd.isna(docs.loc["in/year.txt", "published_date"]) and pd.isna(docs.loc["in/month.txt", "published_date"])
    assert docs.loc["in/day.txt", "published_date"] == pd.Timestamp("2017-05-30")
    assert docs.loc["in/month.txt", "year"] == 2017 and docs.loc["in/month.txt", "published_precision"] == "month"


def test_load_of_a_missing_dataset_is_a_clear_error_and_creates_nothing(tmp_path):
    from pipeline.errors import DatasetNotFound

    with pytest.raises(DatasetNotFound, match="no dataset at"):
        dataset.load(str(tmp_path / "sub" / "typo.sqlite"))
    with pytest.raises(FileNotFoundError):
        dataset.load(str(tmp_path / "typo.sqlite"))
    assert list(tmp_path.iterdir()) == []


def test_a_database_url_without_its_driver_is_a_usage_error_naming_the_package(tmp_path):
    for url, package in (("mysql+pymysql://user@127.0.0.1:1/press", "PyMySQL"),
                         ("mssql+pymssql://user@127.0.0.1:1/press", "pymssql")):  # drivers not installed here
        result = run_cli("ingest", str(ROOT / "raw"), "--db", url)
        assert result.returncode == 2, result.stderr
        assert f"pip install '{package}'" in result.stderr and "Traceback" not in result.stderr


@requires_en
def test_eval_without_any_gold_document_is_a_usage_error(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "x.txt").write_text("Unrelated release\n\nThe council met in Brussels on 3 March 2021.\n")
    db = tmp_path / "d.sqlite"
    ingest([folder], str(db), "test", workers=1, progress=False)
    result = run_cli("eval", "--gold", str(DATA / "gold" / "seeds.jsonl"), "--db", str(db))
    assert result.returncode == 2
    assert "none of the" in result.stderr and "nothing to score" in result.stderr


def test_empty_measures_print_n_a_not_a_perfect_score():
    from pipeline.evaluate import Counts, Report, format_report

    report = Report()
    report.count("en", "amounts", Counts(0, 0, 0))
    report.count("en", "dates", Counts(0, 0, 2))
    text = format_report(report)
    amounts = next(line for line in text.splitlines() if line.startswith("en    amounts"))
    assert amounts.split()[2:5] == ["n/a", "n/a", "n/a"]
    dates = next(line for line in text.splitlines() if line.startswith("en    dates"))
    assert dates.split()[2:5] == ["n/a", "0.000", "0.000"]
    assert "en.amounts.precision" not in report.flat() and report.flat()["en.dates.recall"] == 0.0


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
