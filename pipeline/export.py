"""Export every table to Parquet or CSV, with a Frictionless ``datapackage.json`` data dictionary (built
with the frictionless library: field types, descriptions, primary and foreign keys) and a ``CODEBOOK.md``
(pipeline/codebook.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, Integer, Table
from sqlalchemy import Float as SAFloat

from pipeline import __version__
from pipeline.dataset import TIMESTAMPS, load_engine
from pipeline.store import metadata

TABLE_DESCRIPTIONS = {
    "documents": "one row per distinct release (identical text is one document, whatever its origins)",
    "document_sources": "every origin of a document: file path or URL, with when and by which run it was seen",
    "paragraphs": "per-paragraph offsets and language",
    "entities": "one row per real-world thing across the dataset",
    "aliases": "every surface form seen for an entity",
    "mentions": "every occurrence of an entity in a document",
    "dates": "calendar expressions with ISO 8601 values",
    "amounts": "money amounts: exact decimal and ISO 4217 currency",
    "roles": "a person holding a position, with the organisation",
    "runs": "provenance: one row per ingest or crawl run",
    "failures": "documents that could not be processed, with the reason",
    "fetches": "crawl log: every URL requested, its HTTP metadata and outcome",
    "schema_version": "schema versions the dataset went through (migrations)",
    "events": "cooperation and funding events: type, amount, date, instrument and evidence span",
    "event_parties": "the parties of an event with their role",
    "family_keys": "the signals that link translations of one release (URLs, release identifiers, content)",
}
CSV_TIMESTAMP = "%Y-%m-%dT%H:%M:%SZ"  # every timestamp is UTC


def _field_type(column: object) -> str:
    kind = getattr(column, "type", None)
    if getattr(column, "name", "") in TIMESTAMPS:
        return "datetime"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, SAFloat):
        return "number"
    return "string"


def data_dictionary() -> dict[str, list[dict[str, str]]]:
    """Table -> fields with type and description, from the schema's column comments."""
    return {name: [{"name": c.name, "type": _field_type(c), "description": c.comment or ""} for c in table.columns]
            for name, table in metadata.tables.items()}


def _keys(table: Table) -> dict[str, Any]:
    """primaryKey and foreignKeys of a table, from the schema (tables without a key of non-null columns
    get none)."""
    keys: dict[str, Any] = {}
    primary = [c.name for c in table.primary_key.columns]
    if primary:
        keys["primaryKey"] = primary
    elif table.name == "paragraphs":
        keys["primaryKey"] = ["document_id", "idx"]
    foreign = [{"fields": [fk.parent.name], "reference": {"resource": fk.column.table.name, "fields": [fk.column.name]}}
               for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)]
    if foreign:
        keys["foreignKeys"] = foreign
    return keys


def package_descriptor(fmt: str) -> dict[str, Any]:
    """The datapackage.json of an export, built and checked by the frictionless library."""
    from frictionless import Package, Resource, Schema

    dictionary = data_dictionary()
    resources = []
    for name, description in TABLE_DESCRIPTIONS.items():
        table = metadata.tables[name]
        fields = []
        for f, column in zip(dictionary[name], table.columns, strict=True):
            field: dict[str, Any] = dict(f)
            if not column.nullable:
                field["constraints"] = {"required": True}
            fields.append(field)
        schema = Schema.from_descriptor({"fields": fields, **_keys(table)})
        resources.append(Resource(name=name, path=f"{name}.{fmt}", format=fmt, description=description,
                                  schema=schema))
    package = Package(name="press-releases", title="Press-release dataset",
                      description=f"Press-release dataset exported by press-pipeline {__version__}",
                      resources=resources)
    return package.to_descriptor()


def export(engine: Engine, fmt: str, out_dir: Path) -> list[Path]:
    """Write one file per table into ``out_dir`` and a datapackage.json describing them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ds = load_engine(engine)
    written = []
    dictionary = data_dictionary()
    for name in TABLE_DESCRIPTIONS:
        frame = _plain(getattr(ds, name)[[f["name"] for f in dictionary[name]]])
        path = out_dir / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_csv(path, index=False, date_format=CSV_TIMESTAMP)
        written.append(path)
    meta = out_dir / "datapackage.json"
    import json

    meta.write_text(json.dumps(package_descriptor(fmt), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    from pipeline import codebook  # imports this module

    book = out_dir / "CODEBOOK.md"
    codebook.write(engine, book)
    return [*written, meta, book]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Categories back to their values (the file types follow the schema, not pandas' categories)."""
    out = frame.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.CategoricalDtype):
            out[column] = out[column].astype("string")
    return out
