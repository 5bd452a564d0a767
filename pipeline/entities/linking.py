"""Cross-document linking: the dataset-wide entity of a document's entity, by the same key, a full name seen
before for the same label, or (organisations and places) a close spelling (:mod:`pipeline.entities.matching`).

Runs inside the storage transaction of each document; the tables are given by the store."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from pipeline import config
from pipeline.backends import insert_many
from pipeline.entities.clusters import shouted
from pipeline.entities.gazetteer import (
    inflection_suffixes,
    language_inflection_suffixes,
    names_by_id,
    scoped,
    uninflected,
)
from pipeline.entities.matching import FUZZY_LABELS, SpellingIndex
from pipeline.records import EntityRef
from pipeline.textnorm import fold, is_acronym

log = logging.getLogger(__name__)
INFLECTED_LABELS = ("ORG", "LOC")  # names read without their case endings across releases (never people's)
_INITIAL = re.compile(r"[^\W\d_]\.")  # "W." of "George W. Bush"


@cache
def name_particles() -> frozenset[str]:
    """Lower-case one-word particles of surnames in every language ("de", "van", "von", "der")."""
    from pipeline.resources.langdata import available_languages, load_language

    return frozenset(p.lower() for code in available_languages() for p in load_language(code)["name_particles"]
                     if " " not in p)


def without_initials(name: str) -> str:
    """A person's name without its middle initials ("Daniel K. Akaka" -> "Daniel Akaka")."""
    words = name.split()
    if len(words) < 3:
        return name
    return " ".join([words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]])


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


def spelled_names(key: str, name: str) -> tuple[str, ...]:
    """The folded names a key spells, for an acronym to abbreviate: the key itself ("ORG:bundesamt fur umwelt"),
    but an alias-table key spells an id ("alias:eu-eea"), so its entity's name ("european environment agency")
    and the entry's names in every language ("office federal de la statistique" of "alias:ch-fso", which a
    French "OFS" abbreviates and the English name does not)."""
    if not key.startswith("alias:"):
        return (key.partition(":")[2],)
    return tuple(dict.fromkeys((fold(name), *names_by_id().get(key.removeprefix("alias:"), ()))))


class EntityLinker:
    """Resolves entity references against the ``entities`` and ``aliases`` tables, adding what is new.

    The keys, names and surnames of the dataset's entities, and the aliases written for the entities met, are
    read once and kept in memory (entities are never deleted nor re-keyed): a reference costs a query only when
    its full name or acronym must be looked up among the aliases, and the time per document does not grow with
    the dataset. :meth:`catch_up` adds the entities other writers stored in between."""

    def __init__(self, entities: Table, aliases: Table):
        self.entities, self.aliases = entities, aliases
        # statements built once (building a SQLAlchemy statement costs more than running it on SQLite)
        self._rename = update(entities).where(entities.c.id == bindparam("eid")).values(name=bindparam("new_name"))
        self._insert_entity = insert(entities)
        self._newer = (select(entities.c.id, entities.c.name, entities.c.label, entities.c.key)
                       .where(entities.c.id > bindparam("last")).order_by(entities.c.id))
        self._by_acronym = (select(entities.c.id, entities.c.key).distinct()
                            .join(aliases, entities.c.id == aliases.c.entity_id)
                            .where(aliases.c.alias_fold == bindparam("fold"), aliases.c.language == bindparam("lang"),
                                   entities.c.label == bindparam("label")))
        self._by_fold = (select(aliases.c.entity_id).join(entities, entities.c.id == aliases.c.entity_id)
                         .where(aliases.c.alias_fold.in_(bindparam("folds", expanding=True)),
                                entities.c.label == bindparam("label")).limit(1))
        self.reset()

    def reset(self) -> None:
        """Forget what was read or created: after a rolled-back transaction, its new entities do not exist."""
        self._loaded = False
        self._last_id = 0  # highest entity id read
        self._keys: dict[str, int] = {}  # key -> id of every entity
        self._name_of: dict[int, str] = {}  # id -> name of every entity
        self._spellings: dict[str, SpellingIndex] = {}  # label -> names for spelling matches (not local ones)
        self._surnames: dict[str, set[int]] = {}  # folded last word -> people of two words or more ending with it
        self._initialled: dict[str, set[int]] = {}  # name without middle initials -> people named with them
        self._known: dict[int, set[tuple[str, str | None]]] = {}  # entity id -> (alias, language) written
        self._bases: dict[str, set[int]] = {}  # key without case endings -> entities whose key has them
        self._pending: list[dict[str, Any]] = []  # alias rows not inserted yet (see :meth:`flush`)
        self._pending_folds: set[str] = set()

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
        for row in conn.execute(self._newer, {"last": self._last_id}):
            self._remember(int(row.id), row.name, row.label, row.key)

    def _remember(self, entity_id: int, name: str, label: str, key: str) -> None:
        self._keys[key] = entity_id
        self._name_of[entity_id] = name
        if label in FUZZY_LABELS and not scoped(key):
            self._spellings.setdefault(label, SpellingIndex()).add(name, entity_id)
        if label == "PERSON":
            self._add_surname(entity_id, name)
        elif label in INFLECTED_LABELS and key.startswith(f"{label}:") and not scoped(key):
            name_part = key.partition(":")[2]
            for form in (name_part, *uninflected(name_part, inflection_suffixes())):
                self._bases.setdefault(f"{label}:{form}", set()).add(entity_id)
        self._last_id = max(self._last_id, entity_id)

    def _add_surname(self, entity_id: int, name: str) -> None:
        if len(words := name.split()) >= 2:
            self._surnames.setdefault(fold(words[-1]), set()).add(entity_id)
        if (bare := without_initials(name)) != name:
            self._initialled.setdefault(fold(bare), set()).add(entity_id)

    def resolve(self, conn: Connection, ref: EntityRef, language: str | None) -> int:
        """The id of the entity ``ref`` names, created when new; its surface forms are recorded as aliases."""
        entity_id = self._resolve(conn, ref, language)
        self.flush(conn)
        return entity_id

    def resolve_all(self, conn: Connection, refs: Sequence[EntityRef], language: str | None) -> list[int]:
        """:meth:`resolve` of each reference in turn, their new aliases inserted together at the end."""
        ids = [self._resolve(conn, ref, language) for ref in refs]
        self.flush(conn)
        return ids

    def flush(self, conn: Connection) -> None:
        """Insert the alias rows kept back. They are kept back only until a query could read them (one of
        their folded forms is looked up): every query sees the same rows as with one insert per reference, and
        the rows are inserted in the same order."""
        if self._pending:
            insert_many(conn, self.aliases, self._pending, ignore=True)
            self._pending, self._pending_folds = [], set()

    def _flush_for(self, conn: Connection, folds: Sequence[str]) -> None:
        if self._pending_folds and not self._pending_folds.isdisjoint(folds):
            self.flush(conn)

    def _resolve(self, conn: Connection, ref: EntityRef, language: str | None) -> int:
        self._load(conn)
        entity_id, how = self._keys.get(ref.key), "key"
        if entity_id is not None and shouted(self._name_of[entity_id], language) and not shouted(ref.name, language):
            self._rename_to(conn, entity_id, ref)  # "SENATE" -> "Senate"
        if ref.label == "ORG" and not ref.key.startswith("alias:") and all(is_acronym(a) for a in ref.aliases) and \
                (expanded := self._by_expansion(conn, ref, language)) is not None:
            entity_id, how = expanded, "acronym"
        if entity_id is None and scoped(ref.key):
            entity_id, how = self._create(conn, ref), "new"  # "Bundesrat" of where? "Government" of which country?
        if entity_id is None and ref.label in INFLECTED_LABELS and not scoped(ref.key):
            entity_id, how = self._by_inflection(ref, language), "inflection"
        if entity_id is None:
            entity_id, how = self._by_alias(conn, ref), "alias"
        if entity_id is None and ref.label == "ORG" and (entity_id := self._by_definition(conn, ref, language)):
            how = "definition"
            self._rename_to(conn, entity_id, ref)  # "KNMI" -> "Koninklijk Nederlands Meteorologisch Instituut"
            self._spellings.setdefault(ref.label, SpellingIndex()).add(ref.name, entity_id)
        if entity_id is None and ref.label == "PERSON":
            entity_id, how = self._by_initials(ref), "middle initials"
        if entity_id is None and ref.label == "PERSON":
            entity_id, how = self._by_surname(ref), "surname"
        if entity_id is None and ref.label == "PERSON" and (entity_id := self._by_bare_surname(ref)):
            how = "named in full"
            self._rename_to(conn, entity_id, ref)  # "Van Nieuwenhuizen" -> "Cora van Nieuwenhuizen"
        if entity_id is None and ref.label in FUZZY_LABELS:
            entity_id, how = self._by_spelling(ref), "spelling"
        if entity_id is None:
            entity_id, how = self._create(conn, ref), "new"
        log.debug("entity %r (%s) -> %s by %s", ref.name, ref.label, entity_id, how)
        self._record_aliases(conn, int(entity_id), ref, language)
        return int(entity_id)

    def _rename_to(self, conn: Connection, entity_id: int, ref: EntityRef) -> None:
        """Give an entity first stored under a name in capitals the name as normally written, or one first
        stored under its acronym the name the acronym stands for."""
        conn.execute(self._rename, {"eid": entity_id, "new_name": ref.name})
        old = self._name_of[entity_id]
        self._name_of[entity_id] = ref.name
        if ref.label == "PERSON" and len(words := old.split()) >= 2:
            self._surnames.get(fold(words[-1]), set()).discard(entity_id)
            self._add_surname(entity_id, ref.name)

    def _create(self, conn: Connection, ref: EntityRef) -> int:
        entity_id = int(conn.execute(self._insert_entity, {"name": ref.name, "label": ref.label, "key": ref.key})
                        .inserted_primary_key[0])  # type: ignore[index]
        self._remember(entity_id, ref.name, ref.label, ref.key)
        return entity_id

    def _record_aliases(self, conn: Connection, entity_id: int, ref: EntityRef, language: str | None) -> None:
        """Store the surface forms not written for the entity yet. The unique key of ``aliases`` is the truth:
        a form another writer stored meanwhile is skipped by the database (insert or ignore)."""
        known = self._known.setdefault(entity_id, set())
        new = [a for a in dict.fromkeys(ref.aliases) if (a, language) not in known]
        if new:
            rows = [dict(entity_id=entity_id, alias=a, language=language, alias_fold=fold(a)) for a in new]
            self._pending += rows
            self._pending_folds.update(str(row["alias_fold"]) for row in rows)
            known.update((a, language) for a in new)

    def _by_inflection(self, ref: EntityRef, language: str | None) -> int | None:
        """An organisation or place named with case endings of the release's language in one release and with
        others or none in another ("Bundesamts für Landestopografie", "Bundesamt für Landestopografie";
        "Statistischen Landesamtes", "Statistisches Landesamt"): the one entity of the dataset whose name, its
        endings removed, is this one's with its endings removed."""
        suffixes = language_inflection_suffixes(language) if language else ()
        label, _, name = ref.key.partition(":")
        if not suffixes or label != ref.label:
            return None
        found = {i for f in (name, *uninflected(name, suffixes)) for i in self._bases.get(f"{label}:{f}", ())}
        return found.pop() if len(found) == 1 else None

    def _by_alias(self, conn: Connection, ref: EntityRef) -> int | None:
        """Full names seen before for the same label: not acronyms nor single words, which are ambiguous across
        documents ("Commission" is the European Commission in one release and another commission in the next)."""
        folds = [fold(a) for a in ref.aliases
                 if not is_acronym(a) and len(a) >= config.MIN_ALIAS_CHARS and len(a.split()) >= 2]
        if not folds:
            return None
        self._flush_for(conn, folds)
        return conn.execute(self._by_fold, {"folds": folds, "label": ref.label}).scalar()

    def _by_expansion(self, conn: Connection, ref: EntityRef, language: str | None) -> int | None:
        """An acronym alone ("NDRC") is the one organisation of the dataset seen with it and a longer name
        in releases of the same language ("National Development and Reform Commission (NDRC)"); with two such
        organisations, neither. Entities named by the acronym alone do not count."""
        acronym = fold(ref.aliases[0]) if ref.aliases else fold(ref.name)
        self._flush_for(conn, [acronym])
        rows = conn.execute(self._by_acronym, {"fold": acronym, "lang": language, "label": ref.label}).all()
        found = {int(r.id) for r in rows if r.key != f"{ref.label}:{acronym}" and not scoped(r.key)
                 and any(abbreviates(acronym, n) for n in spelled_names(r.key, self._name_of[int(r.id)]))}
        return found.pop() if len(found) == 1 else None

    def _by_definition(self, conn: Connection, ref: EntityRef, language: str | None) -> int | None:
        """A name given with its acronym ("Koninklijk Nederlands Meteorologisch Instituut (KNMI)") is the
        organisation seen before under the acronym alone, in releases of the same language, when it is the only
        one seen with that acronym and no name has claimed it yet: the mirror of :meth:`_by_expansion`, so
        that the order of the releases does not decide."""
        acronyms = [fold(a) for a in ref.aliases if is_acronym(a)]
        names = [fold(a) for a in ref.aliases if not is_acronym(a)]
        if len(set(acronyms)) != 1 or not any(abbreviates(acronyms[0], n) for n in names):
            return None
        bare = self._keys.get(f"{ref.label}:{acronyms[0]}")
        if bare is None or not is_acronym(self._name_of[bare]):
            return None
        self._flush_for(conn, acronyms[:1])
        rows = conn.execute(self._by_acronym, {"fold": acronyms[0], "lang": language, "label": ref.label}).all()
        return bare if {int(r.id) for r in rows if not scoped(r.key)} == {bare} else None

    def _by_initials(self, ref: EntityRef) -> int | None:
        """A person named with middle initials in one release and without them in another ("Daniel K. Akaka",
        "Daniel Akaka"): the one person of the dataset so named. A name with initials takes the person of its
        bare name only when no other initialled name reduces to it ("George H. W. Bush", "George W. Bush")."""
        bare = fold(without_initials(ref.name))
        initialled = self._initialled.get(bare, set())
        if bare != fold(ref.name):
            plain = self._keys.get(f"PERSON:{bare}")
            others = {i for i in initialled if fold(self._name_of[i]) != fold(ref.name)}
            if plain is None or others:
                return None
            self._initialled.setdefault(bare, set()).add(plain)  # a second initialled name is another person
            return plain
        return next(iter(initialled)) if len(initialled) == 1 else None

    def _by_surname(self, ref: EntityRef) -> int | None:
        """A person named by surname alone ("Rutte", "De Block", "von der Leyen") is the one person of the
        dataset whose full name ends with it, compared folded: particles in any case (Dutch capitalises the first
        one of a surname alone: "Van Nieuwenhuizen"), letters with or without diacritics ("Sefcovic" of "Maroš
        Šefčovič"); when two people share the surname, neither (a new entity)."""
        words = ref.name.split()
        if len(words[-1]) < config.MIN_SURNAME_CHARS or is_acronym(ref.name) or \
                any(w.lower() not in name_particles() for w in words[:-1]):
            return None
        folded = fold(" ".join(words))  # "Van Nieuwenhuizen" alone, "Cora van Nieuwenhuizen" in full
        full = {entity_id for entity_id in self._surnames.get(fold(words[-1]), ())
                if fold(" ".join((name := self._name_of[entity_id].split())[-len(words):])) == folded
                and len(name) > len(words)}
        return full.pop() if len(full) == 1 else None

    def _by_bare_surname(self, ref: EntityRef) -> int | None:
        """A person named in full ("Cora van Nieuwenhuizen") is the person seen before under the surname alone
        ("Van Nieuwenhuizen") when no other person of the dataset bears that surname yet: the mirror of
        :meth:`_by_surname`, so that the order of the releases does not decide. The surname may begin with
        particles ("van", "von der", "de"). The full name must read as one given name, maybe with initials, and
        the surname ("George W. Bush"): a longer one may be words run together by the recogniser ("Michael
        Chertoff Allard", "Sen Judd Gregg Ranking"), whose name the surname's entity would take."""
        words = ref.name.split()
        if len(words[-1]) < config.MIN_SURNAME_CHARS or is_acronym(ref.name):
            return None
        for size in range(1, len(words)):
            if any(w.lower() not in name_particles() for w in words[-size:-1]):
                break
            if any(not _INITIAL.fullmatch(w) for w in words[1:-size]):
                continue
            surname = fold(" ".join(words[-size:]))
            bare = self._keys.get(f"PERSON:{surname}")
            if bare is None or fold(self._name_of[bare]) != surname:
                continue
            bearers = [i for i in self._surnames.get(fold(words[-1]), ()) if i != bare
                       and fold(" ".join(self._name_of[i].split()[-size:])) == surname]
            return None if bearers else bare
        return None

    def _by_spelling(self, ref: EntityRef) -> int | None:
        index = self._spellings.get(ref.label)
        return index.closest(ref.name) if index is not None else None
