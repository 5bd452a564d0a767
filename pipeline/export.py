"""Export every table to Parquet or CSV, with a Frictionless ``datapackage.json`` data dictionary."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, Integer
from sqlalchemy import Float as SAFloat

from pipeline import __version__
from pipeline.dataset import load_engine
from pipeline.store import metadata

TABLE_DESCRIPTIONS = {
    "documents": "one row per distinct source (file path or URL)",
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
    "events": "cooperation and funding events: type, amount, date, instrument and evidence span",
    "event_parties": "the parties of an event with their role",
    "family_keys": "the signals that link translations of one release (URLs, release identifiers, content)",
}


def _field_type(column: object) -> str:
    kind = getattr(column, "type", None)
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, SAFloat):
        return "number"
    return "string"


def data_dictionary() -> dict[str, list[dict[str, str]]]:
    """Table -> fields with type and description, from the schema's column comments."""
    return {name: [{"name": c.name, "type": _field_type(c), "description": c.comment or ""} for c in table.columns]
            for name, table in metadata.tables.items()}


def export(engine: Engine, fmt: str, out_dir: Path) -> list[Path]:
    """Write one file per table into ``out_dir`` and a datapackage.json describing them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ds = load_engine(engine)
    written, resources = [], []
    dictionary = data_dictionary()
    for name in TABLE_DESCRIPTIONS:
        frame = getattr(ds, name)[[f["name"] for f in dictionary[name]]]
        path = out_dir / f"{name}.{fmt}"
        if fmt == "parquet":
            frame.to_parquet(path, index=False)
        else:
            frame.to_csv(path, index=False)
        written.append(path)
        resources.append({"name": name, "path": path.name, "format": fmt, "description": TABLE_DESCRIPTIONS[name],
                          "schema": {"fields": dictionary[name]}})
    package = {"name": "press-releases", "profile": "tabular-data-package",
               "description": f"Press-release dataset exported by press-pipeline {__version__}",
               "resources": resources}
    meta = out_dir / "datapackage.json"
    meta.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return [*written, meta]
