"""``CODEBOOK.md``: the dataset's documentation, generated from the schema and the data, shipped with exports.

Every table and view, every column with its type, meaning (the column comment), how it is derived (the
stage, method and models that write it), its coverage in this dataset (share of rows not NULL) and, for
categorical columns, the values with their counts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import Engine, column, func, select, table, text
from sqlalchemy.engine import Connection

from pipeline import __version__, config
from pipeline.dataset import CATEGORIES
from pipeline.export import TABLE_DESCRIPTIONS, data_dictionary
from pipeline.store import metadata
from pipeline.views import VIEW_COLUMNS, VIEW_DESCRIPTIONS

BOOKKEEPING = "written by the pipeline itself (bookkeeping)"
TABLE_DERIVATION = {
    "runs": BOOKKEEPING + " at the start and end of every ingest or crawl run",
    "documents": "read from the file or page (pipeline/text/decode.py, main_text.py, header.py)",
    "paragraphs": "documents.text split into paragraphs; language by langdetect (seeded) per paragraph",
    "entities": "mentions clustered within a document (acronyms, short forms: pipeline/entities/clusters.py), "
                "then linked across documents (pipeline/entities/linking.py) by key, shared alias or close name "
                "(rapidfuzz ratio >= "
                f"{config.FUZZY_MATCH_THRESHOLD}, organisations and places only)",
    "aliases": "the surface forms of the mentions linked to the entity",
    "mentions": "named-entity recognition: {models}, the alias table (gazetteer) and per-language rules "
                "(pipeline/entities/)",
    "dates": "rule-based date recognition and normalisation (pipeline/dates/, "
             "per-language word lists); relative dates resolved against the "
             "publication date",
    "amounts": "rule-based money recognition (pipeline/money/amounts.py) and normalisation "
               "(pipeline/money/currency.py, pipeline/data/currencies.json)",
    "roles": "rules over the entity mentions and per-language lists of titles (pipeline/roles/extract.py)",
    "failures": BOOKKEEPING + ": a document a stage refused, with the reason",
    "fetches": BOOKKEEPING + " by the crawler, one row per HTTP request",
    "document_sources": BOOKKEEPING + ": every file, URL or snapshot a document was read from (identical text "
                        "is one document, pipeline/identity.py)",
    "events": "rules over trigger words (pipeline/data/events/<lang>.json) and the entities, amounts, dates and "
              "roles of the same sentences (pipeline/events/)",
    "event_parties": "the parties of each event and their role, from the same rules (pipeline/events/arguments.py)",
    "family_keys": "the signals that tie translations of one release together: alternate-language links, "
                   "release identifiers, same-day content (pipeline/events/families.py)",
    "schema_version": BOOKKEEPING + ": the schema versions a dataset was created or migrated to "
                      "(pipeline/migrations.py)",
    "mentions_full": "view: mentions joined to documents and entities",
    "roles_full": "view: roles joined to documents and to the person's and organisation's entities",
    "amounts_full": "view: amounts joined to documents and to the ORG mentions of the same sentence (no '. ', "
                    "'! ', '? ' or line break between the two)",
}
COLUMN_DERIVATION = {
    "documents.content_sha256": "SHA-256 of the raw bytes",
    "documents.title": "HTML metadata and headline (trafilatura), or the first short line of a plain-text file",
    "documents.language": "langdetect (seeded, deterministic) on the first "
                          f"{config.LANGUAGE_SAMPLE_CHARS} characters of the text",
    "documents.language_confidence": "langdetect's probability",
    "documents.published": "HTML metadata (trafilatura, htmldate), else a line that is only a date or a dateline "
                           f"in the first {config.HEADER_LINES_FOR_PUBLISHED} lines (the date rules)",
    "documents.text": "trafilatura main-text extraction (HTML) or decoding of the plain file "
                      "(BOM, UTF-8, UTF-16, Windows-1252, then charset-normalizer)",
    "documents.encoding": "the decoding step",
    "mentions.entity_id": "entity linking (see entities)",
    "mentions.method": "which recogniser found the mention",
    "mentions.model_label": "the spaCy model's own label",
    "roles.person_entity_id": "entity linking of the person's mention",
    "roles.organization_entity_id": "entity linking of the organisation's mention",
    "amounts.value": "number words and digits normalised to an exact decimal",
    "amounts.currency": "symbol, ISO code or currency word; an ambiguous symbol from the document's context",
    "dates.value": "normalised to ISO 8601 (TIMEX-like), see gold/FORMAT.md",
    "entities.name": "alias table name, else the fullest form seen",
}
DOCUMENT_COLUMNS = {"source", "language", "published", "title"}


def _models(conn: Connection) -> str:
    """The NER models that wrote the dataset, from the runs table: 'en: en_core_web_sm==3.8.0; nl: blank:nl'."""
    used: dict[str, set[str]] = {}
    for (raw,) in conn.execute(text("SELECT models FROM runs WHERE models IS NOT NULL")):
        for language, model in json.loads(raw).items():
            used.setdefault(language, set()).add(model)
    if not used:
        return "spaCy NER models (none recorded)"
    return "spaCy NER (" + "; ".join(f"{lang}: {', '.join(sorted(m))}" for lang, m in sorted(used.items())) + ")"


VIEW_BASES = {"mentions_full": "mentions", "roles_full": "roles", "amounts_full": "amounts"}


def _derivation(name: str, col: str) -> str:
    """How the column is made, where it differs from its table's derivation (given above the table)."""
    if f"{name}.{col}" in COLUMN_DERIVATION:
        return COLUMN_DERIVATION[f"{name}.{col}"]
    if name in VIEW_BASES:
        if col in DOCUMENT_COLUMNS:
            return f"documents.{col}"
        if col in ("year", "month"):
            return "from documents.published"
        if col in {c.name for c in metadata.tables[VIEW_BASES[name]].columns}:
            return f"{VIEW_BASES[name]}.{col}"
        return "computed by the view"
    return "as the table"


def _coverage(conn: Connection, name: str, columns: list[str]) -> tuple[int, dict[str, float]]:
    """Rows, and per column the share of rows where it is not NULL."""
    source = table(name, *(column(c) for c in columns))
    counts = conn.execute(select(func.count(), *(func.count(source.c[c]) for c in columns))).one()
    rows = int(counts[0])
    return rows, {c: (int(n) / rows if rows else 0.0) for c, n in zip(columns, counts[1:], strict=True)}


def _values(conn: Connection, name: str, col: str) -> str:
    source = table(name, column(col))
    found = conn.execute(select(source.c[col], func.count()).group_by(source.c[col])
                         .order_by(func.count().desc(), source.c[col]).limit(config.CODEBOOK_MAX_VALUES + 1)).all()
    shown = ", ".join(f"`{value}` {n}" if value is not None else f"NULL {n}"
                      for value, n in found[: config.CODEBOOK_MAX_VALUES])
    return shown + (", …" if len(found) > config.CODEBOOK_MAX_VALUES else "")


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def _section(conn: Connection, name: str, about: str, fields: list[tuple[str, str, str]], models: str) -> str:
    rows, share = _coverage(conn, name, [f[0] for f in fields])
    derived = TABLE_DERIVATION.get(name, "see the column descriptions").format(models=models)
    lines = [f"### `{name}` — {about}", "", f"{rows} rows. Derived: {derived}.",
             "", "| column | type | meaning | derived | coverage | values |", "|---|---|---|---|---|---|"]
    for col, kind, meaning in fields:
        values = _values(conn, name, col) if col in CATEGORIES | {"year"} else ""
        lines.append(f"| `{col}` | {kind} | {_cell(meaning or 'row id')} | {_cell(_derivation(name, col))} "
                     f"| {share[col]:.0%} | {_cell(values)} |")
    return "\n".join(lines) + "\n"


def codebook(engine: Engine, title: str = "press-release dataset") -> str:
    """The codebook of the dataset as Markdown."""
    tables: list[tuple[str, str, list[tuple[str, str, str]]]] = [
        (name, TABLE_DESCRIPTIONS[name], [(f["name"], f["type"], f["description"]) for f in fields])
        for name, fields in data_dictionary().items()]
    tables += [(name, VIEW_DESCRIPTIONS[name], fields) for name, fields in VIEW_COLUMNS.items()]
    with engine.connect() as conn:
        models = _models(conn)
        runs = conn.execute(text("SELECT count(*), min(started_at), max(finished_at) FROM runs")).one()
        sections = [_section(conn, *entry, models) for entry in tables]
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    head = [f"# Codebook: {title}", "",
            f"Generated on {when} by press-pipeline {__version__} from the dataset's schema and data: "
            f"{runs[0]} runs from {runs[1] or '?'} to {runs[2] or '?'}; entity recognition: {models}.", "",
            "Offsets (`start_char`, `end_char`) are Python string indices into `documents.text`. *Coverage* is "
            "the share of rows where the column is not NULL; *values* lists the values of categorical columns "
            f"with their number of rows (the {config.CODEBOOK_MAX_VALUES} most frequent). Dates are ISO 8601, "
            "possibly partial; amounts are exact decimals as text with an ISO 4217 currency.", "",
            "## Tables", ""]
    views_at = len(TABLE_DESCRIPTIONS)
    body = [*sections[:views_at], "## Views", "",
            "The joins `dataset.load` gives pandas users, as SQL views (SQLite and PostgreSQL).", "",
            *sections[views_at:]]
    return "\n".join(head) + "\n" + "\n".join(body)


def write(engine: Engine, path: Path) -> None:
    """Write the codebook of the dataset to ``path``."""
    path.write_text(codebook(engine), encoding="utf-8")
