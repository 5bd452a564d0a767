"""Cross-document linking: the dataset-wide entity of a document's entity, by the same key, a full name seen
before for the same label, or (organisations and places) a close spelling (:mod:`pipeline.entities.matching`).

Runs inside the storage transaction of each document; the tables are given by the store."""

from __future__ import annotations

import logging

from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.engine import Connection

from pipeline import config
from pipeline.backends import insert_or_ignore
from pipeline.entities.matching import FUZZY_LABELS, SpellingIndex
from pipeline.records import EntityRef
from pipeline.textnorm import fold, is_acronym

log = logging.getLogger(__name__)


class EntityLinker:
    """Resolves entity references against the ``entities`` and ``aliases`` tables, adding what is new.

    The keys, names and surnames of the dataset's entities, and the aliases of the entities met, are read once
    and kept in memory (entities are never deleted, renamed nor re-keyed): a reference costs a query only when
    its full name must be looked up among the aliases, and the time per document does not grow with the
    dataset. :meth:`catch_up` adds what other writers stored in between."""

    def __init__(self, entities: Table, aliases: Table):
        self.entities, self.aliases = entities, aliases
        # statements built once (building a SQLAlchemy statement costs more than running it on SQLite)
        self._insert_entity = insert(entities)
        self._by_fold = (select(aliases.c.entity_id).join(entities, entities.c.id == aliases.c.entity_id)
                         .where(aliases.c.alias_fold.in_(bindparam("folds", expanding=True)),
                                entities.c.label == bindparam("label")).limit(1))
        self.reset()

    def reset(self) -> None:
        """Forget what was read or created: after a rolled-back transaction, its new entities do not exist."""
        self._loaded = False
        self._last_id = 0  # highest entity id read
        self._keys: dict[str, int] = {}  # key -> id of every entity
        self._spellings: dict[str, SpellingIndex] = {}  # label -> names for spelling matches
        self._surnames: dict[str, set[int]] = {}  # last word -> people of two words or more ending with it
        self._known: dict[int, set[tuple[str, str | None]]] = {}  # entity id -> (alias, language) written

    def catch_up(self, conn: Connection) -> None:
        """Add the entities other processes stored since they were read (concurrent writers; called at the
        start of each document's transaction, under the write lock)."""
        if self._loaded:
            self._read_entities(conn)

    def _load(self, conn: Connection) -> None:
        if not self._loaded:
            self._read_entities(conn)
            self._loaded = True

    def _read_entities(self, conn: Connection) -> None:
        e = self.entities
        for row in conn.execute(select(e.c.id, e.c.name, e.c.label, e.c.key).where(e.c.id > self._last_id)
                                .order_by(e.c.id)):
            self._remember(int(row.id), row.name, row.label, row.key)

    def _remember(self, entity_id: int, name: str, label: str, key: str) -> None:
        self._keys[key] = entity_id
        if label in FUZZY_LABELS:
            self._spellings.setdefault(label, SpellingIndex()).add(name, entity_id)
        words = name.split()
        if label == "PERSON" and len(words) >= 2:
            self._surnames.setdefault(words[-1], set()).add(entity_id)
        self._last_id = max(self._last_id, entity_id)

    def resolve(self, conn: Connection, ref: EntityRef, language: str | None) -> int:
        """The id of the entity ``ref`` names, created when new; its surface forms are recorded as aliases."""
        self._load(conn)
        entity_id, how = self._keys.get(ref.key), "key"
        if entity_id is None:
            entity_id, how = self._by_alias(conn, ref), "alias"
        if entity_id is None and ref.label == "PERSON":
            entity_id, how = self._by_surname(ref), "surname"
        if entity_id is None and ref.label in FUZZY_LABELS:
            entity_id, how = self._by_spelling(ref), "spelling"
        if entity_id is None:
            entity_id, how = self._create(conn, ref), "new"
        log.debug("entity %r (%s) -> %s by %s", ref.name, ref.label, entity_id, how)
        self._record_aliases(conn, int(entity_id), ref, language)
        return int(entity_id)

    def _create(self, conn: Connection, ref: EntityRef) -> int:
        entity_id = int(conn.execute(self._insert_entity, {"name": ref.name, "label": ref.label, "key": ref.key})
                        .inserted_primary_key[0])  # type: ignore[index]
        self._remember(entity_id, ref.name, ref.label, ref.key)
        self._known[entity_id] = set()
        return entity_id

    def _record_aliases(self, conn: Connection, entity_id: int, ref: EntityRef, language: str | None) -> None:
        """Store the surface forms not written for the entity yet. The unique key of ``aliases`` is the truth:
        a form another writer stored meanwhile is skipped by the database (insert or ignore)."""
        known = self._known.setdefault(entity_id, set())
        new = [a for a in dict.fromkeys(ref.aliases) if (a, language) not in known]
        if new:
            conn.execute(insert_or_ignore(conn, self.aliases), [
                dict(entity_id=entity_id, alias=a, language=language, alias_fold=fold(a)) for a in new])
            known.update((a, language) for a in new)

    def _by_alias(self, conn: Connection, ref: EntityRef) -> int | None:
        """Full names seen before for the same label: not acronyms nor single words, which are ambiguous across
        documents ("Commission" is the European Commission in one release and another commission in the next)."""
        folds = [fold(a) for a in ref.aliases
                 if not is_acronym(a) and len(a) >= config.MIN_ALIAS_CHARS and len(a.split()) >= 2]
        if not folds:
            return None
        return conn.execute(self._by_fold, {"folds": folds, "label": ref.label}).scalar()

    def _by_surname(self, ref: EntityRef) -> int | None:
        """A person named by surname alone ("Rutte") is the one person of the dataset whose full name ends with
        it; when two people share the surname, neither (a new entity is made)."""
        if " " in ref.name or len(ref.name) < config.MIN_SURNAME_CHARS or is_acronym(ref.name):
            return None
        people = self._surnames.get(ref.name, set())
        return next(iter(people)) if len(people) == 1 else None

    def _by_spelling(self, ref: EntityRef) -> int | None:
        index = self._spellings.get(ref.label)
        return index.closest(ref.name) if index is not None else None
