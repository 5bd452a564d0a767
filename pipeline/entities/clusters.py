"""Canonical entities: one cluster per real-world thing within a document (acronyms, surnames,
alias table), and a key that links clusters across documents and languages."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.records import EntityRef, Mention
from pipeline.textnorm import fold, is_acronym, tokens

ALIAS_FILES = ("organisations.json", "places.json")
NEUTRAL = "xx"


@dataclass(frozen=True)
class AliasEntry:
    id: str
    name: str
    label: str


@dataclass(frozen=True)
class AliasTable:
    by_language: dict[str, dict[str, AliasEntry]]  # exact surface form -> entry, per language
    by_fold: dict[str, AliasEntry]  # folded surface form (any language) -> entry

    def names(self, language: str | None) -> dict[str, AliasEntry]:
        """Surface forms to look for in a document of ``language`` (its own and the neutral ones)."""
        out = dict(self.by_language.get(NEUTRAL, {}))
        out.update(self.by_language.get(language or NEUTRAL, {}))
        return out

    def lookup(self, surface: str) -> AliasEntry | None:
        """The entry of a surface form, also when inflected ("Vereinigten Arabischen Emiraten")."""
        found = self.by_fold.get(fold(surface))
        if found is None:
            found = next((self.by_fold[f] for f in uninflected(fold(surface), inflection_suffixes())
                          if f in self.by_fold), None)
        return found


@cache
def inflection_suffixes() -> tuple[str, ...]:
    """Case endings of the languages that inflect names (German: "Deutschlands", "Vereinigten")."""
    from pipeline.resources.langdata import available_languages, load_language

    return tuple(sorted({s for code in available_languages() for s in load_language(code)["inflection_suffixes"]},
                        key=len, reverse=True))




def uninflected(name: str, suffixes: tuple[str, ...]) -> list[str]:
    """The forms of ``name`` with case endings removed from its words (the name itself excluded)."""
    options = []
    for word in name.split(" "):
        forms = [word] + [word[: -len(s)] for s in suffixes
                          if word.endswith(s) and len(word) - len(s) >= config.MIN_INFLECTED_WORD]
        options.append(forms)
    out = [""]
    for forms in options:
        out = [f"{prefix} {form}".strip() for prefix in out for form in forms][:64]
    return [o for o in out if o != name]


@cache
def alias_table() -> AliasTable:
    """The shipped alias table (institutions, countries, regions and cities in en/nl/fr/de)."""
    by_language: dict[str, dict[str, AliasEntry]] = {}
    by_fold: dict[str, AliasEntry] = {}
    for filename in ALIAS_FILES:
        data = json.loads((DATA_DIR / filename).read_text(encoding="utf-8"))
        for item in data["entities"]:
            entry = AliasEntry(item["id"], item["name"], item["label"])
            for language, names in item["names"].items():
                for name in names:
                    by_language.setdefault(language, {}).setdefault(name, entry)
                    by_fold.setdefault(fold(name), entry)
    return AliasTable(by_language, by_fold)


@cache
def names_by_id(language: str | None = None) -> dict[str, tuple[str, ...]]:
    """The alias-table names of each entry: of one language (and the neutral ones), or of all (None)."""
    table = alias_table()
    out: dict[str, list[str]] = {}
    if language is None:
        for folded, entry in table.by_fold.items():
            out.setdefault(entry.id, []).append(folded)
    else:
        for name, entry in table.names(language).items():
            out.setdefault(entry.id, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


class _UnionFind:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _link_same_form(mentions: list[Mention], uf: _UnionFind) -> None:
    first: dict[str, int] = {}
    table = alias_table()
    for i, m in enumerate(mentions):
        entry = table.lookup(m.text)
        key = f"alias:{entry.id}" if entry else f"{m.label}:{fold(m.text)}"
        if key in first:
            uf.union(i, first[key])
        else:
            first[key] = i


def _link_acronyms(text: str, mentions: list[Mention], uf: _UnionFind) -> None:
    """"Long Name (ACR)" and "ACR (Long Name)": the two forms name one thing (never a person and a party)."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    for i, outer in enumerate(mentions):
        match = re.match(r"\s*\(\s*", text[outer.end: outer.end + 4])
        if not match:
            continue
        j = by_start.get(outer.end + match.end())
        if j is None or not re.match(r"\s*\)", text[mentions[j].end: mentions[j].end + 3]):
            continue
        inner = mentions[j]
        if "PERSON" in (inner.label, outer.label):
            continue  # "Malu Dreyer (SPD)": a person and her party
        if is_acronym(inner.text) != is_acronym(outer.text) and (" " in inner.text or " " in outer.text):
            uf.union(i, j)


def _link_surnames(mentions: list[Mention], uf: _UnionFind) -> None:
    """"De Block" -> "Maggie De Block", only when exactly one fuller name in the document ends so."""
    people = [(i, tokens(m.text)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    for i, short in people:
        fuller = {uf.find(j) for j, full in people
                  if len(full) > len(short) and full[-len(short):] == short}
        if len(fuller) == 1:
            uf.union(i, fuller.pop())


def _link_heads(mentions: list[Mention], uf: _UnionFind) -> None:
    """"FOD" -> "FOD Sociale Zekerheid": an acronym alone names the one organisation of the document whose
    name starts with it."""
    orgs = [(i, m.text.split()) for i, m in enumerate(mentions) if m.label == "ORG"]
    for i, words in orgs:
        if len(words) != 1 or not is_acronym(words[0]):
            continue
        longer = {uf.find(j) for j, other in orgs if len(other) > 1 and other[0] == words[0]}
        if len(longer) == 1:
            uf.union(i, longer.pop())


@cache
def institution_adjectives() -> frozenset[str]:
    """Lower case adjectives of two-word institution names in every language ("european", "européenne")."""
    from pipeline.resources.langdata import available_languages, load_language

    return frozenset(w.lower() for code in available_languages()
                     for w in load_language(code).get("institution_adjectives", []))


@cache
def ambiguous_heads() -> frozenset[str]:
    """Heads that never name the institution alone ("Council" is not the "European Council")."""
    from pipeline.resources.langdata import available_languages, load_language

    return frozenset(w.lower() for code in available_languages()
                     for w in load_language(code).get("ambiguous_heads", []))


def _link_institution_heads(mentions: list[Mention], uf: _UnionFind) -> None:
    """"Commission" -> "European Commission", "Union" -> "UE" (alias "Union européenne"): a head noun alone
    names the one institution of the document whose name, or alias-table name, is it and an adjective."""
    adjectives, table = institution_adjectives(), alias_table()
    owners: dict[str, set[str]] = {}
    heads: dict[str, set[int]] = {}
    for i, m in enumerate(mentions):
        if m.label != "ORG" or (" " not in m.text and not is_acronym(m.text)):
            continue
        entry = table.lookup(m.text)
        names = [m.text, *(names_by_id()[entry.id] if entry else ())]
        for name in names:
            words = name.split()
            for word in words if len(words) >= 2 else []:
                owners.setdefault(word.lower(), set()).add(entry.id if entry else m.text)
            if len(words) == 2:
                for head, other in ((words[0], words[1]), (words[1], words[0])):
                    if other.lower() in adjectives and head.lower() not in ambiguous_heads():
                        heads.setdefault(head.lower(), set()).add(i)
    for i, m in enumerate(mentions):
        key = m.text.lower()
        if m.label == "ORG" and " " not in m.text and key in heads and len(owners.get(key, ())) == 1:
            roots = {uf.find(j) for j in heads[key]}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _canonical(members: list[Mention]) -> tuple[str, str, str]:
    """Key, canonical name and label of a cluster."""
    table = alias_table()
    for m in members:
        entry = table.lookup(m.text)
        if entry:
            return f"alias:{entry.id}", entry.name, entry.label
    label = Counter(m.label for m in members).most_common(1)[0][0]
    forms = [m.text for m in members if m.label == label]
    full = [f for f in forms if not is_acronym(f)] or forms
    name = max(full, key=lambda f: (len(tokens(f)), len(f)))
    return f"{label}:{fold(name)}", name, label


def cluster_mentions(text: str, mentions: list[Mention]) -> tuple[list[Mention], list[EntityRef]]:
    """Group a document's mentions into entities; each mention gets the index of its entity."""
    uf = _UnionFind(len(mentions))
    _link_same_form(mentions, uf)
    _link_acronyms(text, mentions, uf)
    _link_surnames(mentions, uf)
    _link_heads(mentions, uf)
    _link_institution_heads(mentions, uf)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(uf.find(i), []).append(i)
    entities: list[EntityRef] = []
    linked = list(mentions)
    for members in sorted(groups.values(), key=lambda g: mentions[g[0]].start):
        key, name, label = _canonical([mentions[i] for i in members])
        aliases = tuple(dict.fromkeys(mentions[i].text for i in members))
        for i in members:
            linked[i] = replace(mentions[i], entity=len(entities))
        entities.append(EntityRef(key, name, label, aliases))
    return linked, entities
