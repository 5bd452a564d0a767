"""SQL views that give R, DuckDB and Datasette users the joins ``dataset.load`` gives pandas, and the
SQLite full-text index of the documents (FTS5).

The views are written with SQLAlchemy and compiled for the database at hand (SQLite, PostgreSQL): one
definition, portable SQL. :func:`install` runs whenever the schema is created or a dataset is opened for
writing; it (re)creates a view whose definition changed and builds the search index of a dataset made
before it existed. Each view's columns are described in :data:`VIEW_COLUMNS` (the README and the codebook
read them, like the tables' column comments)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, Integer, Select, and_, case, cast, func, or_, select, text
from sqlalchemy.engine import Connection

from pipeline.store import amounts, documents, entities, mentions, roles

log = logging.getLogger(__name__)

FTS_TABLE = "documents_fts"
SENTENCE_ENDS = (". ", "! ", "? ", "\n")  # a gap containing one of these between two spans crosses a sentence
VIEW_DESCRIPTIONS = {
    "mentions_full": "every mention with its document (source, language, date, title) and canonical entity",
    "roles_full": "every role with the person's and organisation's entities and the document",
    "amounts_full": "every amount with its document and the organisations named in the same sentence",
}


def _year(published: Any) -> Any:
    """The year of a (possibly partial) ISO date as an integer, NULL when there is none."""
    head = func.substr(published, 1, 4)
    return case((head.between("1000", "2999"), cast(head, Integer)), else_=None)


def _month(published: Any) -> Any:
    """YYYY-MM of a (possibly partial) ISO date, NULL when it gives no month."""
    return case((func.length(published) >= 7, func.substr(published, 1, 7)), else_=None)


def _document_columns() -> list[Any]:
    return [documents.c.source, documents.c.language, documents.c.published,
            _year(documents.c.published).label("year"), _month(documents.c.published).label("month"),
            documents.c.title]


def mentions_full() -> Select[Any]:
    entity = entities.alias("entity")
    return (select(*mentions.c, *_document_columns(), entity.c.name.label("entity"),
                   entity.c.label.label("entity_label"))
            .join_from(mentions, documents, documents.c.id == mentions.c.document_id)
            .outerjoin(entity, entity.c.id == mentions.c.entity_id))


def roles_full() -> Select[Any]:
    person = entities.alias("person_entity")
    organization = entities.alias("organization_entity")
    return (select(*roles.c, person.c.name.label("person_entity"), organization.c.name.label("organization_entity"),
                   *_document_columns())
            .join_from(roles, documents, documents.c.id == roles.c.document_id)
            .outerjoin(person, person.c.id == roles.c.person_entity_id)
            .outerjoin(organization, organization.c.id == roles.c.organization_entity_id))


def _same_sentence(first_end: Any, second_start: Any) -> Any:
    """No sentence end in documents.text between two spans (SQL substr counts characters from 1)."""
    gap = func.substr(documents.c.text, first_end + 1, second_start - first_end)
    # replace() and length() mean the same in SQLite and PostgreSQL; LIKE's '%' would need escaping per driver
    return and_(*(func.length(func.replace(gap, end, "")) == func.length(gap) for end in SENTENCE_ENDS))


def _sentence_organisations() -> Any:
    """(amount id, organisation entity name): the ORG mentions in the same sentence as each amount."""
    org = mentions.alias("org")
    entity = entities.alias("org_entity")
    before = org.c.end_char <= amounts.c.start_char
    after = org.c.start_char >= amounts.c.end_char
    near = or_(and_(before, _same_sentence(org.c.end_char, amounts.c.start_char)),
               and_(after, _same_sentence(amounts.c.end_char, org.c.start_char)))
    return (select(amounts.c.id.label("amount_id"), func.coalesce(entity.c.name, org.c.text).label("name"))
            .join_from(amounts, org, and_(org.c.document_id == amounts.c.document_id, org.c.label == "ORG"))
            .join(documents, documents.c.id == amounts.c.document_id)
            .outerjoin(entity, entity.c.id == org.c.entity_id)
            .where(near).distinct().subquery("sentence_orgs"))


def amounts_full() -> Select[Any]:
    pairs = _sentence_organisations()
    named = (select(pairs.c.amount_id, func.aggregate_strings(pairs.c.name, "; ").label("organizations"),
                    func.count().label("organization_count"))
             .group_by(pairs.c.amount_id).subquery("named"))
    return (select(*amounts.c, *_document_columns(), named.c.organizations,
                   func.coalesce(named.c.organization_count, 0).label("organization_count"))
            .join_from(amounts, documents, documents.c.id == amounts.c.document_id)
            .outerjoin(named, named.c.amount_id == amounts.c.id))


VIEWS = {"mentions_full": mentions_full, "roles_full": roles_full, "amounts_full": amounts_full}

_DOCUMENT_COLUMNS = {
    "source": "the document's source (documents.source)",
    "language": "the document's language (documents.language)",
    "published": "the document's publication date (documents.published), ISO 8601, may be partial",
    "year": "year of publication as an integer (NULL when not published or not dated)",
    "month": "month of publication, YYYY-MM (NULL when the date gives no month)",
    "title": "the document's title (documents.title)",
}
_OWN = {
    "mentions_full": {"entity": "canonical name of the entity (entities.name)",
                      "entity_label": "the entity's label (entities.label)"},
    "roles_full": {"person_entity": "canonical name of the person's entity (entities.name)",
                   "organization_entity": "canonical name of the organisation's entity, when linked"},
    "amounts_full": {"organizations": "canonical names of the organisations mentioned in the same sentence as "
                                      "the amount, '; '-separated (NULL when none)",
                     "organization_count": "number of those organisations"},
}
_BASE = {"mentions_full": mentions, "roles_full": roles, "amounts_full": amounts}


def view_columns() -> dict[str, list[tuple[str, str, str]]]:
    """View -> (column, type, description) for every column, in order; base columns keep their comments."""
    out = {}
    for name, build in VIEWS.items():
        base = _BASE[name]
        fields = []
        for column in build().selected_columns:
            if column.name in _OWN[name]:
                description = _OWN[name][column.name]
            elif column.name in _DOCUMENT_COLUMNS:
                description = _DOCUMENT_COLUMNS[column.name]
            else:
                description = base.c[column.name].comment or ("row id" if column.name == "id" else "")
            fields.append((column.name, _kind(column), description))
        out[name] = fields
    return out


def _kind(column: Any) -> str:
    """integer, number or string, as in the tables' data dictionary."""
    try:
        python_type = column.type.python_type
    except NotImplementedError:  # a type SQLAlchemy cannot name (NullType)
        return "string"
    return {int: "integer", float: "number"}.get(python_type, "string")


VIEW_COLUMNS = view_columns()


def view_sql(name: str, engine_or_conn: Engine | Connection) -> str:
    """The SELECT of a view, compiled for the connection's dialect with literal values."""
    compiled = VIEWS[name]().compile(dialect=engine_or_conn.dialect, compile_kwargs={"literal_binds": True})
    return str(compiled)


def install(engine: Engine) -> None:
    """Create or update the views, and on SQLite the full-text index with its triggers."""
    with engine.begin() as conn:
        for name in VIEWS:
            _install_view(conn, name)
        if conn.dialect.name == "sqlite":
            install_fts(conn)


def _install_view(conn: Connection, name: str) -> None:
    body = view_sql(name, conn)
    if conn.dialect.name == "sqlite":
        wanted = f"CREATE VIEW {name} AS {body}"
        current = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = :n"),
                               {"n": name}).scalar()
        if current == wanted:
            return
        if current is not None:
            conn.exec_driver_sql(f"DROP VIEW {name}")
        conn.exec_driver_sql(wanted)
    else:  # PostgreSQL and others: columns are only ever added, which CREATE OR REPLACE allows
        conn.exec_driver_sql(f"CREATE OR REPLACE VIEW {name} AS {body}")
    log.debug("view %s installed", name)


FTS_TRIGGERS = {
    "documents_fts_insert": f"""CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
    "documents_fts_delete": f"""CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END""",
    "documents_fts_update": f"""CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text);
END""",
}


def has_fts(conn: Connection) -> bool:
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}).first() is not None


def install_fts(conn: Connection) -> None:
    """The FTS5 index of documents (external content: it stores no second copy of the text), kept in step by
    triggers; a dataset made without it gets it, filled from the documents already stored."""
    if not has_fts(conn):
        # content="documents" (double quotes) is the form Datasette looks for to find a table's index
        conn.execute(text(f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, text, content="documents",
            content_rowid="id", tokenize="unicode61 remove_diacritics 2")"""))
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))
        log.info("built the full-text index of the documents")
    known = {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    for name, sql in FTS_TRIGGERS.items():
        if name not in known:
            conn.execute(text(sql))


def fts_query(query: str) -> str:
    """A user's words as an FTS5 query that cannot be a syntax error: every word quoted, all required."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words)


def search(conn: Connection, query: str, limit: int, raw: bool = False) -> list[Any]:
    """Documents matching ``query``, best first: id, source, title, language, published, snippet, rank.

    SQLite uses the FTS5 index (BM25 rank; ``raw`` passes FTS5 syntax through: OR, NOT, "phrases", prefix*);
    other databases fall back to a case-insensitive match of every word in the title or text (rank NULL)."""
    if conn.dialect.name == "sqlite" and has_fts(conn):
        sql = text(f"""SELECT d.id, d.source, d.title, d.language, d.published,
                snippet({FTS_TABLE}, 1, '[', ']', '…', 16) AS snippet, bm25({FTS_TABLE}) AS rank
            FROM {FTS_TABLE} JOIN documents AS d ON d.id = {FTS_TABLE}.rowid
            WHERE {FTS_TABLE} MATCH :query ORDER BY rank LIMIT :limit""")
        return list(conn.execute(sql, {"query": query if raw else fts_query(query), "limit": limit}))
    conditions = [or_(documents.c.title.ilike(f"%{w}%"), documents.c.text.ilike(f"%{w}%")) for w in query.split()]
    stmt = (select(documents.c.id, documents.c.source, documents.c.title, documents.c.language,
                   documents.c.published, func.substr(documents.c.text, 1, 120).label("snippet"),
                   cast(None, Integer).label("rank"))
            .where(and_(*conditions)).order_by(documents.c.id).limit(limit))
    return list(conn.execute(stmt))
