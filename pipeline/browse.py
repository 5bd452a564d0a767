"""``browse``: serve the dataset with Datasette, described from the schema, with facets and canned queries.

Every table and view, and each of their columns, is described from the schema's column comments (the data
dictionary); the documents table is searchable through its FTS5 index (``?_search=``)."""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from pipeline import __version__, config
from pipeline.errors import UsageError
from pipeline.export import TABLE_DESCRIPTIONS, data_dictionary
from pipeline.views import FTS_TABLE, VIEW_COLUMNS, VIEW_DESCRIPTIONS

log = logging.getLogger(__name__)

LICENSE = ("texts: each release under its publisher's terms (the shipped examples in raw/ and the tests' "
           "Senate sample are public sector information); reference data: Unicode CLDR (Unicode licence), "
           "GeoNames (CC BY 4.0), wordfreq (CC BY-SA 4.0); pipeline code: MIT")
SOURCE = "press releases ingested or crawled by press-pipeline"
FACETS = {
    "documents": ["language", "extraction"],
    "entities": ["label"],
    "mentions": ["label", "method"],
    "amounts": ["currency"],
    "failures": ["stage"],
    "fetches": ["outcome", "source_name"],
    "mentions_full": ["language", "label", "year"],
    "roles_full": ["language", "year"],
    "amounts_full": ["currency", "language", "year"],
}

TOP_ORGANISATIONS = """WITH counted AS (
  SELECT language, year, entity, count(*) AS mentions, count(DISTINCT document_id) AS releases
  FROM mentions_full WHERE label = 'ORG' AND entity IS NOT NULL
  GROUP BY language, year, entity
), ranked AS (
  SELECT *, row_number() OVER (PARTITION BY language, year ORDER BY mentions DESC, entity) AS rank FROM counted
)
SELECT language, year, rank, entity, mentions, releases FROM ranked WHERE rank <= 10
ORDER BY language, year, rank"""

AMOUNTS_PER_CURRENCY_YEAR = """WITH RECURSIVE split(currency, year, name, rest) AS (
  SELECT currency, year, '', organizations || '; ' FROM amounts_full WHERE organizations IS NOT NULL
  UNION ALL
  SELECT currency, year, substr(rest, 1, instr(rest, '; ') - 1), substr(rest, instr(rest, '; ') + 2)
  FROM split WHERE rest <> ''
), named AS (
  SELECT currency, year, name, count(*) AS n FROM split WHERE name <> '' GROUP BY currency, year, name
), totals AS (
  SELECT currency, year, count(*) AS amounts, sum(CAST(value AS REAL)) AS total
  FROM amounts_full GROUP BY currency, year
)
SELECT t.currency, t.year, t.amounts, t.total,
  (SELECT group_concat(name || ' (' || n || ')', '; ') FROM
     (SELECT name, n FROM named WHERE named.currency = t.currency AND named.year IS t.year
      ORDER BY n DESC, name)) AS organizations
FROM totals AS t ORDER BY t.currency, t.year"""

ROLES_TIMELINE = """SELECT coalesce(person_entity, person) AS person, role,
  coalesce(organization_entity, organization) AS organization, status, since, until,
  published AS stated_on, source
FROM roles_full
WHERE :person = '' OR person LIKE '%' || :person || '%' OR person_entity LIKE '%' || :person || '%'
ORDER BY coalesce(person_entity, person), coalesce(since, published), role"""

ENTITY_ACROSS_LANGUAGES = """SELECT entity_id, entity, entity_label AS label, language, count(*) AS mentions,
  count(DISTINCT document_id) AS releases, group_concat(DISTINCT text) AS written_as
FROM mentions_full
WHERE entity_id IN (SELECT entity_id FROM mentions_full GROUP BY entity_id HAVING count(DISTINCT language) > 1)
  AND (:entity = '' OR entity LIKE '%' || :entity || '%')
GROUP BY entity_id, entity, entity_label, language
ORDER BY entity, language"""

QUERIES = {
    "top_organisations": ("Top organisations per language and year",
                          "The ten organisations mentioned most per language and year of publication.",
                          TOP_ORGANISATIONS),
    "amounts_per_currency_year": ("Amounts per currency and year, with their organisations",
                                  "Count and sum of the amounts per currency and year (both ends of a range "
                                  "count), and the organisations named in the same sentences (times named).",
                                  AMOUNTS_PER_CURRENCY_YEAR),
    "roles_timeline": ("Who held which role when",
                       "Every role statement, per person in time order: the dates the text gives (since, "
                       "until) and the release's date (stated_on). Filter by a part of the name.",
                       ROLES_TIMELINE),
    "entity_across_languages": ("One entity across languages",
                                "Entities mentioned in releases of more than one language, with their "
                                "spellings per language. Filter by a part of the canonical name.",
                                ENTITY_ACROSS_LANGUAGES),
}


def _table(description: str, fields: list[tuple[str, str]], facets: list[str] | None) -> dict[str, Any]:
    table: dict[str, Any] = {"description": description, "columns": dict(fields)}
    if facets:
        table["facets"] = facets
    return table


def _versions(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text(
            "SELECT DISTINCT pipeline_version FROM runs WHERE pipeline_version IS NOT NULL ORDER BY 1"))]


def datasette_metadata(engine: Engine, name: str) -> dict[str, Any]:
    """Datasette's metadata for the dataset served under ``name``: every table, view and column described."""
    tables = {}
    for table, fields in data_dictionary().items():
        columns = [(f["name"], f["description"] or "row id") for f in fields]
        tables[table] = _table(TABLE_DESCRIPTIONS[table], columns, FACETS.get(table))
    for view, view_fields in VIEW_COLUMNS.items():
        tables[view] = _table(VIEW_DESCRIPTIONS[view], [(c, d) for c, _, d in view_fields], FACETS.get(view))
    tables["documents"].update(fts_table=FTS_TABLE, fts_pk="id", sort_desc="published")
    written_by = ", ".join(_versions(engine)) or "none yet"
    description = (f"Press releases with their entities, dates, money amounts and roles. Served by press-pipeline "
                   f"{__version__}; rows written by pipeline version(s) {written_by}. Search the releases on "
                   f"the documents table; start from the canned queries below.")
    queries = {key: {"title": title, "description": about, "sql": sql} for key, (title, about, sql) in QUERIES.items()}
    return {"title": "Press-release dataset", "description": description, "license": LICENSE, "source": SOURCE,
            "databases": {name: {"description": description, "license": LICENSE, "source": SOURCE,
                                 "tables": tables, "queries": queries}}}


def prepare(db: str) -> tuple[Path, dict[str, Any]]:
    """The SQLite file to serve and its Datasette metadata; an older dataset gets its views and search index
    here when the file can be written."""
    from pipeline.store import connect

    if "://" in db:
        raise UsageError("browse serves a SQLite file; give its path with --db")
    path = Path(db)
    if not path.is_file():
        raise UsageError(f"no dataset at {db} (run `python -m pipeline ingest` first)")
    try:
        engine = connect(db)
    except UsageError:
        engine = connect(db, create=False)  # read-only: serve it as it is
    meta = datasette_metadata(engine, path.stem)
    engine.dispose()
    return path, meta


def serve(path: Path, meta: dict[str, Any], host: str = config.BROWSE_HOST, port: int = config.BROWSE_PORT) -> int:
    """Serve the SQLite dataset at ``path`` until interrupted; returns Datasette's exit status."""
    from datasette.cli import cli

    with tempfile.TemporaryDirectory(prefix="press-browse-") as tmp:
        meta_file = Path(tmp) / "metadata.json"
        meta_file.write_text(json.dumps(meta, indent=1, ensure_ascii=False), encoding="utf-8")
        args = ["serve", str(path), "--host", host, "--port", str(port), "--metadata", str(meta_file),
                "--setting", "sql_time_limit_ms", str(config.BROWSE_SQL_TIME_LIMIT_MS)]
        log.info("datasette %s", " ".join(args))
        try:
            cli.main(args=args, prog_name="datasette", standalone_mode=False)
        except SystemExit as exc:  # click exits on errors such as a port in use
            return int(exc.code or 0)
    return 0
