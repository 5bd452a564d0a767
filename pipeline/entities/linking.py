"""Cross-document linking: the dataset-wide entity of a document's entity, by the same key, a full name seen
before for the same label, or (organisations and places) a close spelling (:mod:`pipeline.entities.matching`).

Runs inside the storage transaction of each document; the tables are given by the store."""

from __future__ import annotations

import logging

from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.engine import Connection

from pipeline import config
from pipeline.entities.matching import FUZZY_LABELS, candidate_form, closest
from pipeline.records import EntityRef
from pipeline.textnorm import fold, is_acronym

log = logging.getLogger(__name__)


class EntityLinker:
    """Resolves entity references against the ``entities`` and ``aliases`` tables, adding what is new."""

    def __init__(self, entities: Table, aliases: Table):
        self.entities, self.aliases = entities, aliases
        self._names: dict[str, list[tuple[str, int]]] | None = None  # label -> (candidate form, id), lazily
        self._last_id = 0  # highest entity id in ``_names``
        self._ids: dict[str, int] = {}  # key -> id of the entities met: entities are never deleted nor re-keyed
        # statements built once (building a SQLAlchemy statement costs more than running it on SQLite)
        self._by_key = select(entities.c.id).where(entities.c.key == bindparam("key"))
        self._aliases_of = select(aliases.c.alias, aliases.c.language).where(aliases.c.entity_id == bindparam("id"))
        self._insert_alias, self._insert_entity = insert(aliases), insert(entities)
        self._by_fold = (select(aliases.c.entity_id).join(entities, entities.c.id == aliases.c.entity_id)
                         .where(aliases.c.alias_fold.in_(bindparam("folds", expanding=True)),
                                entities.c.label == bindparam("label")).limit(1))

    def reset(self) -> None:
        """Forget what was read or created: after a rolled-back transaction, its new entities do not exist."""
        self._names, self._last_id, self._ids = None, 0, {}

    def catch_up(self, conn: Connection) -> None:
        """Add the entities other processes created since the names were read (concurrent writers; called
        at the start of each document's transaction, under the write lock)."""
        if self._names is not None:
            self._add_names(conn, self._last_id)

    def _add_names(self, conn: Connection, after: int) -> None:
        names = self._names if self._names is not None else {}
        for row in conn.execute(select(self.entities.c.id, self.entities.c.name, self.entities.c.label)
                                .where(self.entities.c.id > after).order_by(self.entities.c.id)):
            if (form := candidate_form(row.name)) is not None:
                names.setdefault(row.label, []).append((form, row.id))
            self._last_id = max(self._last_id, row.id)
        self._names = names

    def resolve(self, conn: Connection, ref: EntityRef, language: str | None) -> int:
        """The id of the entity ``ref`` names, created when new; its surface forms are recorded as aliases."""
        entity_id = self._ids.get(ref.key)
        if entity_id is None:
            entity_id = conn.execute(self._by_key, {"key": ref.key}).scalar()
        how = "key"
        if entity_id is None:
            entity_id, how = self._by_alias(conn, ref), "alias"
        if entity_id is None and ref.label == "PERSON":
            entity_id, how = self._by_surname(conn, ref), "surname"
        if entity_id is None and ref.label in FUZZY_LABELS:
            entity_id, how = self._by_spelling(conn, ref), "spelling"
        if entity_id is None:
            entity_id, how = self._create(conn, ref), "new"
        log.debug("entity %r (%s) -> %s by %s", ref.name, ref.label, entity_id, how)
        self._record_aliases(conn, int(entity_id), ref, language)
        if how in ("key", "new"):
            self._ids[ref.key] = int(entity_id)
        return int(entity_id)

    def _create(self, conn: Connection, ref: EntityRef) -> int:
        entity_id = int(conn.execute(self._insert_entity, {"name": ref.name, "label": ref.label, "key": ref.key})
                        .inserted_primary_key[0])  # type: ignore[index]
        form = candidate_form(ref.name)
        if self._names is not None and form is not None:
            self._names.setdefault(ref.label, []).append((form, entity_id))
        self._last_id = max(self._last_id, entity_id)
        return entity_id

    def _record_aliases(self, conn: Connection, entity_id: int, ref: EntityRef, language: str | None) -> None:
        known = set(conn.execute(self._aliases_of, {"id": entity_id}).all())
        new = [dict(entity_id=entity_id, alias=a, language=language, alias_fold=fold(a))
               for a in ref.aliases if (a, language) not in known]
        if new:
            conn.execute(self._insert_alias, new)

    def _by_alias(self, conn: Connection, ref: EntityRef) -> int | None:
        """Full names seen before for the same label: not acronyms nor single words, which are ambiguous across
        documents ("Commission" is the European Commission in one release and another commission in the next)."""
        folds = [fold(a) for a in ref.aliases
                 if not is_acronym(a) and len(a) >= config.MIN_ALIAS_CHARS and len(a.split()) >= 2]
        if not folds:
            return None
        return conn.execute(self._by_fold, {"folds": folds, "label": ref.label}).scalar()

    def _by_surname(self, conn: Connection, ref: EntityRef) -> int | None:
        """A person named by surname alone ("Rutte") is the one person of the dataset whose full name ends with
        it; when two people share the surname, neither (a new entity is made)."""
        if " " in ref.name or len(ref.name) < config.MIN_SURNAME_CHARS or is_acronym(ref.name):
            return None
        rows = conn.execute(select(self.entities.c.id, self.entities.c.name).where(
            self.entities.c.label == "PERSON", self.entities.c.name.like(f"% {ref.name}"))).all()
        full = {row.id for row in rows if row.name.split()[-1] == ref.name and len(row.name.split()) >= 2}
        return full.pop() if len(full) == 1 else None

    def _by_spelling(self, conn: Connection, ref: EntityRef) -> int | None:
        if self._names is None:
            self._add_names(conn, 0)
        assert self._names is not None
        candidates = self._names.get(ref.label, [])
        found = closest(ref.name, [form for form, _ in candidates])
        return candidates[found][1] if found is not None else None
