"""``browse``: a real Datasette server on a free loopback port, on the seeds + Senate dataset."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest

from pipeline.browse import QUERIES, datasette_metadata
from pipeline.export import data_dictionary
from pipeline.store import connect
from pipeline.views import VIEW_COLUMNS
from tests.browser import browse_server, get_json
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def server(senate_db) -> Iterator[str]:
    with browse_server(senate_db) as base:
        yield base


def test_metadata_describes_every_table_view_and_column(server):
    meta = get_json(server, "/-/metadata.json")
    assert isinstance(meta, dict)
    assert "0.1.0" in meta["description"] and "public sector" in meta["license"] and meta["source"]
    tables = meta["databases"]["press"]["tables"]
    for name, fields in data_dictionary().items():
        assert tables[name]["description"]
        assert set(tables[name]["columns"]) == {f["name"] for f in fields}
        assert all(tables[name]["columns"].values())
    for view, columns in VIEW_COLUMNS.items():
        assert set(tables[view]["columns"]) == {c for c, _, _ in columns}
    assert {"language", "label", "year"} <= set(tables["mentions_full"]["facets"])


def test_documents_are_searchable(server, senate_db):
    found = get_json(server, "/press/documents.json?_search=Social&_shape=objects&_col=source&_size=max")
    assert isinstance(found, dict)
    sources = {row["source"] for row in found["rows"]}
    assert any(s.endswith(".txt") and "_" in s for s in sources)  # Senate releases (Senator_date.txt)
    with connect(str(senate_db), create=False).connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM documents").scalar()
    assert 0 < len(sources) < total
    assert not get_json(server, "/press/documents.json?_search=qwxyzzy&_shape=array")


def test_facets_and_column_descriptions_show_on_the_pages(server):
    with urllib.request.urlopen(server + "/press/mentions_full", timeout=30) as response:
        page = response.read().decode()
    assert "canonical name of the entity" in page
    facets = get_json(server, "/press/mentions_full.json?_facet=language&_facet=year&_size=0")
    assert isinstance(facets, dict)
    results = facets["facet_results"]
    results = results.get("results", results)  # Datasette versions differ in the nesting
    assert {"en", "nl"} <= {v["value"] for v in results["language"]["results"]}


@pytest.mark.parametrize("query", sorted(QUERIES))
def test_every_canned_query_returns_rows(server, query):
    found = get_json(server, f"/press/{query}.json?_shape=array")
    assert isinstance(found, list) and found, query


def test_canned_queries_answer_their_question(server):
    across = get_json(server, "/press/entity_across_languages.json?_shape=array&entity=European Union"
                      .replace(" ", "%20"))
    assert isinstance(across, list)
    assert {row["language"] for row in across if row["entity"] == "European Union"} == {"en", "nl"}
    money = get_json(server, "/press/amounts_per_currency_year.json?_shape=array")
    assert isinstance(money, list)
    usd = [row for row in money if row["currency"] == "USD"]
    assert usd and all(row["year"] in (2004, 2005, 2006, 2007, 2008) for row in usd)
    assert any(row["organizations"] for row in money)


def test_metadata_is_made_from_the_schema(senate_db):
    meta = datasette_metadata(connect(str(senate_db), create=False), "press")
    assert meta["databases"]["press"]["tables"]["documents"]["fts_table"] == "documents_fts"
    assert set(meta["databases"]["press"]["queries"]) == set(QUERIES)


def test_browse_refuses_what_it_cannot_serve(tmp_path):
    missing = run_cli("browse", "--db", str(tmp_path / "none.sqlite"))
    assert missing.returncode == 2 and "no dataset" in missing.stderr and "serving" not in missing.stdout
    url = run_cli("browse", "--db", "postgresql://localhost/press")
    assert url.returncode == 2 and "SQLite" in url.stderr
