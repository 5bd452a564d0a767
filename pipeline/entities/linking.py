"""Cross-document linking: the dataset-wide entity of a document's entity, by the same key, a full name seen
before for the same label, or (organisations and places) a close spelling (:mod:`pipeline.entities.matching`).

Runs inside the storage transaction of each document; the tables are given by the store."""

from __future__ import annotations

import logging
import re
from functools import cache

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from pipeline import config
from pipeline.entities.clusters import LOCAL_KEY, shouted
from pipeline.entities.matching import FUZZY_LABELS, candidate_form, closest
from pipeline.records import EntityRef
from pipeline.textnorm import fold, is_acronym

log = logging.getLogger(__name__)


@cache
def name_particles() -> frozenset[str]:
    """Lower-case one-word particles of surnames in every language ("de", "van", "von", "der")."""
    from pipeline.resources.langdata import available_languages, load_language

    return frozenset(p.lower() for code in available_languages() for p in load_language(code)["name_particles"]
                     if " " not in p)


def abbreviates(acronym: str, name: str) -> bool:
    """Whether a folded acronym abbreviates a folded name, not being a word of it: its first letter starts a
    word and its other letters follow in order ("va" of "department of veterans affairs", "bafu" of "bundesamt
    fur umwelt"; not "ct" of "ct police department")."""
    words = [w for w in re.split(r"[\s\-/]+", name) if w]
    if not acronym.isalpha() or acronym in words:
        return False
    for start in (m.start() for m in re.finditer(rf"(?<![^\s\-/]){re.escape(acronym[0])}", name)):
        rest = iter(name[start + 1:])
        if all(c in rest for c in acronym[1:]):
            return True
    return False


class EntityLinker:
    """Resolves entity references against the ``entities`` and ``aliases`` tables, adding what is new."""

    def __init__(self, entities: Table, aliases: Table):
        self.entities, self.aliases = entities, aliases
        self._names: dict[str, list[tuple[str, int]]] | None = None  # label -> (candidate form, id), lazily
        self._last_id = 0  # highest entity id in ``_names``
        self._ids: dict[str, int] = {}  # key -> id of the entities met: entities are never deleted nor re-keyed
        self._shouted: set[int] = set()  # ids met whose name is written in capitals ("SENATE")
        # statements built once (building a SQLAlchemy statement costs more than running it on SQLite)
        self._by_key = select(entities.c.id, entities.c.name).where(entities.c.key == bindparam("key"))
        self._rename = update(entities).where(entities.c.id == bindparam("eid")).values(name=bindparam("new_name"))
        self._aliases_of = select(aliases.c.alias, aliases.c.language).where(aliases.c.entity_id == bindparam("id"))
        self._insert_alias, self._insert_entity = insert(aliases), insert(entities)
        self._by_acronym = (select(entities.c.id, entities.c.key).distinct()
                            .join(aliases, entities.c.id == aliases.c.entity_id)
                            .where(aliases.c.alias_fold == bindparam("fold"), aliases.c.language == bindparam("lang"),
                                   entities.c.label == bindparam("label")))
        self._by_fold = (select(aliases.c.entity_id).join(entities, entities.c.id == aliases.c.entity_id)
                         .where(aliases.c.alias_fold.in_(bindparam("folds", expanding=True)),
                                entities.c.label == bindparam("label")).limit(1))

    def reset(self) -> None:
        """Forget what was read or created: after a rolled-back transaction, its new entities do not exist."""
        self._names, self._last_id, self._ids, self._shouted = None, 0, {}, set()

    def catch_up(self, conn: Connection) -> None:
        """Add the entities other processes created since the names were read (concurrent writers; called
        at the start of each document's transaction, under the write lock)."""
        if self._names is not None:
            self._add_names(conn, self._last_id)

    def _add_names(self, conn: Connection, after: int) -> None:
        names = self._names if self._names is not None else {}
        for row in conn.execute(select(self.entities.c.id, self.entities.c.name, self.entities.c.label,
                                       self.entities.c.key)
                                .where(self.entities.c.id > after).order_by(self.entities.c.id)):
            if LOCAL_KEY not in row.key and (form := candidate_form(row.name)) is not None:
                names.setdefault(row.label, []).append((form, row.id))
            self._last_id = max(self._last_id, row.id)
        self._names = names

    def resolve(self, conn: Connection, ref: EntityRef, language: str | None) -> int:
        """The id of the entity ``ref`` names, created when new; its surface forms are recorded as aliases."""
        entity_id = self._ids.get(ref.key)
        if entity_id is None and (row := conn.execute(self._by_key, {"key": ref.key}).first()) is not None:
            entity_id = int(row.id)
            if shouted(row.name, language):
                self._shouted.add(entity_id)
        if entity_id is not None and entity_id in self._shouted and not shouted(ref.name, language):
            conn.execute(self._rename, {"eid": entity_id, "new_name": ref.name})  # "SENATE" -> "Senate"
            self._shouted.discard(entity_id)
        how = "key"
        if ref.label == "ORG" and not ref.key.startswith("alias:") and all(is_acronym(a) for a in ref.aliases) and \
                (expanded := self._by_expansion(conn, ref, language)) is not None:
            entity_id, how = expanded, "acronym"
        if entity_id is None and LOCAL_KEY in ref.key:
            entity_id, how = self._create(conn, ref), "new"  # the document's own entity ("Bundesrat" of where?)
        if entity_id is None:
            entity_id, how = self._by_alias(conn, ref), "alias"
        if entity_id is None and ref.label == "PERSON":
            entity_id, how = self._by_surname(conn, ref), "surname"
        if entity_id is None and ref.label in FUZZY_LABELS:
            entity_id, how = self._by_spelling(conn, ref), "spelling"
        if entity_id is None:
            entity_id, how = self._create(conn, ref), "new"
            if shouted(ref.name, language):
                self._shouted.add(int(entity_id))
        log.debug("entity %r (%s) -> %s by %s", ref.name, ref.label, entity_id, how)
        self._record_aliases(conn, int(entity_id), ref, language)
        if how in ("key", "new"):
            self._ids[ref.key] = int(entity_id)
        return int(entity_id)

    def _create(self, conn: Connection, ref: EntityRef) -> int:
        entity_id = int(conn.execute(self._insert_entity, {"name": ref.name, "label": ref.label, "key": ref.key})
                        .inserted_primary_key[0])  # type: ignore[index]
        form = candidate_form(ref.name) if LOCAL_KEY not in ref.key else None
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

    def _by_expansion(self, conn: Connection, ref: EntityRef, language: str | None) -> int | None:
        """An acronym alone ("NDRC") is the one organisation of the dataset seen with it and a longer name
        in releases of the same language ("National Development and Reform Commission (NDRC)"); with two such
        organisations, neither. Entities named by the acronym alone do not count."""
        acronym = fold(ref.aliases[0]) if ref.aliases else fold(ref.name)
        rows = conn.execute(self._by_acronym, {"fold": acronym, "lang": language, "label": ref.label}).all()
        found = {int(r.id) for r in rows if r.key != f"{ref.label}:{acronym}" and LOCAL_KEY not in r.key
                 and abbreviates(acronym, r.key.partition(":")[2])}
        return found.pop() if len(found) == 1 else None

    def _by_surname(self, conn: Connection, ref: EntityRef) -> int | None:
        """A person named by surname alone ("Rutte", "De Block", "von der Leyen") is the one person of the
        dataset whose full name ends with it; when two people share the surname, neither (a new entity)."""
        words = ref.name.split()
        if len(words[-1]) < config.MIN_SURNAME_CHARS or is_acronym(ref.name) or \
                any(w.lower() not in name_particles() for w in words[:-1]):
            return None
        rows = conn.execute(select(self.entities.c.id, self.entities.c.name).where(
            self.entities.c.label == "PERSON", self.entities.c.name.like(f"% {ref.name}"))).all()
        full = {row.id for row in rows
                if row.name.split()[-len(words):] == words and len(row.name.split()) > len(words)}
        return full.pop() if len(full) == 1 else None

    def _by_spelling(self, conn: Connection, ref: EntityRef) -> int | None:
        if self._names is None:
            self._add_names(conn, 0)
        assert self._names is not None
        candidates = self._names.get(ref.label, [])
        found = closest(ref.name, [form for form, _ in candidates])
        return candidates[found][1] if found is not None else None
