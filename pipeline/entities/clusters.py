"""Canonical entities: one cluster per real-world thing within a document (acronyms, surnames,
alias table), and a key that links clusters across documents and languages."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.entities.gazetteer import (
    COUNTRY_KEY,
    LOCAL_KEY,
    NEUTRAL,
    SHARED,
    AliasEntry,
    ContextHead,
    alias_table,
    language_inflection_suffixes,
    names_by_id,
    uninflected,
)
from pipeline.entities.shortforms import legal_key, spelled_by_initials
from pipeline.records import EntityRef, Mention
from pipeline.resources.langdata import common_words, dictionary_words, known_words
from pipeline.textnorm import fold, is_acronym, tokens


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


def _link_same_form(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    first: dict[str, int] = {}
    table = alias_table()
    for i, m in enumerate(mentions):
        entry = table.lookup(m.text, language)
        key = f"alias:{entry.id}" if entry else f"{m.label}:{_form_key(m.text, m.label)}"
        if key in first:
            uf.union(i, first[key])
        else:
            first[key] = i


def _form_key(name: str, label: str) -> str:
    """The folded name two mentions of one entity share: an organisation's without its legal form ("Deutsche
    Bahn AG", "Deutsche Bahn")."""
    return legal_key(name) if label == "ORG" else fold(name)


def _inflected_forms(forms: list[str], language: str | None) -> set[str]:
    """The forms that are another form with a case ending of the language ("Ständerats" beside "Ständerat")."""
    suffixes = language_inflection_suffixes(language) if language else ()
    folds = {fold(f) for f in forms}
    return {f for f in forms if suffixes and any(u in folds for u in uninflected(fold(f), suffixes))}


def _link_inflected(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Ständerats", "Ständerates" -> "Ständerat": an organisation or place with a case ending of the language
    is the one the document also names without it."""
    suffixes = language_inflection_suffixes(language) if language else ()
    if not suffixes:
        return
    first: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        first.setdefault((m.label, fold(m.text)), i)
    for i, m in enumerate(mentions):
        if m.label == "PERSON":
            continue
        j = next((first[(m.label, u)] for u in uninflected(fold(m.text), suffixes) if (m.label, u) in first), None)
        if j is not None:
            uf.union(i, j)


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


def _link_first_names(text: str, mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Mark" -> "Mark Drakeford" ("Mark will bring his knowledge"): a first name alone names the one person of the
    document named in full with it, when no person bears it as a surname, no place or organisation of the alias
    table is so called, no capitalised word follows it ("said Sen  Lamar Alexander": a cut name, not a first name
    alone), and the full name's other words are names (capitalised, no frequent or dictionary word of the language:
    "Bush Took Office", "Alexander Will Serve" and "Allard  s" are misread phrases, not a full name; a surname that
    is a word, "Tessa Bishop", is given up)."""
    frequent = known_words(language)
    people = [(i, tokens(m.text)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    surnames = {words[-1] for _, words in people if len(words) > 1}
    full_names = {tuple(words): i for i, words in people if len(words) > 1 and _name_words(mentions[i].text, frequent)}
    for i, words in people:
        if len(words) != 1 or words[0] in surnames or alias_table().lookup(mentions[i].text) is not None \
                or text[mentions[i].end:].lstrip(" \t")[:1].isupper():
            continue
        bearers = {tuple(full) for _, full in people if len(full) > 1 and full[0] == words[0]}
        if len(bearers) == 1 and (full := bearers.pop()) in full_names:
            uf.union(i, full_names[full])


def _name_words(name: str, frequent: frozenset[str]) -> bool:
    """The words after a first name are names: capitalised and no frequent or dictionary word ("Took Office")."""
    rest = re.split(r"[\s\-]+", name.strip())[1:]
    return bool(rest) and all(w[:1].isupper() and len(w) >= 2 and w.lower().strip(".") not in frequent for w in rest)


def _link_genitives(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Murawskis" (German, Dutch: a surname with a genitive letter ending) -> "Murawski", the one person of the
    document whose surname it is; never where two people bear the surname."""
    from pipeline.resources.langdata import load_language

    endings = tuple(e for e in load_language(language).get("genitive_endings", []) if e.isalpha())
    if not endings:
        return
    people = [(i, tokens(m.text)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    surnames = {words[-1] for _, words in people if words}
    for i, words in people:
        if len(words) != 1 or (words[0] in surnames and any(len(w) > 1 and w[-1] == words[0] for _, w in people)):
            continue  # "Peters" named in full is a surname of its own
        stems = {words[0][: -len(e)] for e in endings if words[0].endswith(e)} & surnames
        bearers = {uf.find(j) for j, full in people if full and full[-1] in stems}
        if len(bearers) == 1 and len({tuple(full) for _, full in people if len(full) > 1 and full[-1] in stems}) <= 1:
            uf.union(i, bearers.pop())


_INITIAL = re.compile(r"[^\W\d_]\.")  # "E." of "Charles E. Grassley"


def _link_middle_initials(mentions: list[Mention], uf: _UnionFind) -> None:
    """"Charles Grassley" -> "Charles E. Grassley": a person's name without its middle initials is the one
    person of the document named so with them ("George W. Bush" and "George H. W. Bush" leave "George Bush"
    alone)."""
    variants: dict[str, dict[str, int]] = {}
    for i, m in enumerate(mentions):
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 3 and any(_INITIAL.fullmatch(w) for w in words[1:-1]):
            bare = " ".join([words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]])
            variants.setdefault(fold(bare), {}).setdefault(m.text, i)
    if not variants:
        return
    for i, m in enumerate(mentions):
        found = variants.get(fold(m.text)) if m.label == "PERSON" else None
        if found is not None and len(found) == 1:
            uf.union(i, next(iter(found.values())))


def _link_surnames(mentions: list[Mention], uf: _UnionFind) -> None:
    """"De Block" -> "Maggie De Block", only when exactly one fuller name in the document ends so."""
    people = [(i, tokens(m.text)) for i, m in enumerate(mentions) if m.label == "PERSON"]
    for i, short in people:
        fuller = {uf.find(j) for j, full in people
                  if len(full) > len(short) and full[-len(short):] == short}
        if len(fuller) == 1:
            uf.union(i, fuller.pop())


def _link_place_kinds(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Land Berlin", "Freistaat Sachsen" -> "Berlin", "Sachsen": a place named with its
    own kind (``place_self_heads``; not "Flughafen Zürich", which is another place) is the place the document also
    names alone, case endings aside ("Landes Berlin"); a canton is not its capital ("Kanton Bern", "Bern")."""
    from pipeline.resources.langdata import load_language

    heads = frozenset(load_language(language).get("place_self_heads", [])) if language else frozenset()
    if not heads:
        return
    suffixes = language_inflection_suffixes(language) if language else ()
    places = {fold(m.text): i for i, m in enumerate(mentions) if m.label == "LOC"}
    for i, m in enumerate(mentions):
        head, _, rest = m.text.partition(" ")
        if m.label != "LOC" or head not in heads or not rest:
            continue
        folded = fold(rest)
        j = places.get(folded)
        if j is None:
            j = next((places[u] for u in uninflected(folded, suffixes) if u in places), None) if suffixes else None
        if j is not None:
            uf.union(i, j)


def _link_heads(mentions: list[Mention], uf: _UnionFind, language: str | None = None) -> None:
    """"FOD" -> "FOD Sociale Zekerheid": an acronym alone names the one organisation of the document whose
    name starts with it; not an acronym of the alias table, which names its own entity ("EU" is not the "EU
    Delegation to China")."""
    table = alias_table()
    orgs = [(i, m.text.split()) for i, m in enumerate(mentions) if m.label == "ORG"]
    for i, words in orgs:
        if len(words) != 1 or not is_acronym(words[0]):
            continue
        own = table.lookup(words[0], language)
        longer = {uf.find(j) for j, other in orgs if len(other) > 1 and other[0] == words[0]
                  and (own is None or table.lookup(mentions[j].text, language) == own)}
        if len(longer) == 1:
            uf.union(i, longer.pop())


def _link_initials(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"HEA" -> "Higher Education Authority", "DB" -> "Deutsche Bahn": an acronym alone names the one
    organisation of the document whose initials spell it; not an acronym of the alias table naming another
    entity. Places are left alone: "D.C." is the District of Columbia, not "Decatur County"."""
    table = alias_table()
    for i, m in enumerate(mentions):
        if m.label != "ORG" or not is_acronym(m.text):
            continue
        own = table.lookup(m.text, language)
        spelled = {uf.find(j) for j, other in enumerate(mentions)
                   if other.label == "ORG" and " " in other.text and spelled_by_initials(m.text, other.text, language)
                   and (own is None or table.lookup(other.text, language) == own)}
        if len(spelled) == 1:
            uf.union(i, spelled.pop())


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


def _link_institution_heads(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Commission" -> "European Commission", "Union" -> "UE" (alias "Union européenne"): a head noun alone
    names the one institution of the document whose name, or alias-table name, is it and an adjective. A name
    holding the institution's name ("Persvoorlichter Europese Rekenkamer") owns its head as the institution."""
    from pipeline.entities.boundaries import holder_key

    adjectives, table = institution_adjectives(), alias_table()
    owners: dict[str, set[str]] = {}
    heads: dict[str, set[int]] = {}
    keyed: list[tuple[Mention, str, list[str], bool]] = []
    institutions: dict[str, str] = {}
    head_keys: dict[str, str] = {}
    for i, m in enumerate(mentions):
        if m.label != "ORG" or (" " not in m.text and not is_acronym(m.text)):
            continue
        entry = table.lookup(m.text, language)
        names = [m.text, *(names_by_id().get(entry.id, ()) if entry else ())]
        keyed.append((m, entry.id if entry else m.text, names, entry is not None))
        for name in names:
            words = name.split()
            if len(words) == 2:
                for head, other in ((words[0], words[1]), (words[1], words[0])):
                    if other.lower() in adjectives and head.lower() not in ambiguous_heads():
                        heads.setdefault(head.lower(), set()).add(i)
                        institutions.setdefault(name, entry.id if entry else m.text)
                        head_keys.setdefault(head, entry.id if entry else m.text)
    for m, key, names, known in keyed:
        if not known and (held := holder_key(m.text, institutions, key, head_keys, language)) != key:
            key, names = held, [m.text]
        for name in names:
            words = name.split()
            for word in words if len(words) >= 2 else []:
                owners.setdefault(word.lower(), set()).add(key)
    for i, m in enumerate(mentions):
        key = m.text.lower()
        if m.label == "ORG" and " " not in m.text and key in heads and len(owners.get(key, ())) == 1:
            roots = {uf.find(j) for j in heads[key]}
            if len(roots) == 1:
                uf.union(i, roots.pop())


def _link_leading_parts(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Cour des comptes" -> "Cour des comptes des Communautés européennes": a short form of the one full name
    of the document it leads (:func:`pipeline.entities.boundaries.leading_parts`)."""
    from pipeline.entities.boundaries import leading_parts

    parts = leading_parts(mentions, language)
    index = {id(m): i for i, m in enumerate(mentions)}
    for i, m in enumerate(mentions):
        full = parts.get(m.text) if m.label == "ORG" else None
        if full is not None and id(full) in index:
            uf.union(i, index[id(full)])


@cache
def _representation_regex(language: str | None) -> re.Pattern[str] | None:
    """"Vertretung (der Europäischen Kommission) in Deutschland": kind, body (optional) and place."""
    from pipeline.resources.langdata import alternation, load_language

    lang = load_language(language)
    heads, preps = lang.get("representation_heads", []), lang.get("representation_prepositions", [])
    if not heads or not preps:
        return None
    connectors = alternation([c for c in lang["name_connectors"] + lang["articles"] if c.isalpha()])
    return re.compile(rf"(?P<head>{alternation(heads)})(?:\s+(?:(?:{connectors})\s+)+(?P<body>.+?))?"
                      rf"\s+(?:{alternation(preps)})\s+(?P<place>.+)")


def short_representation(name: str, language: str | None) -> tuple[str, str] | None:
    """Kind and place of a representation named without its body ("Vertretung in Deutschland"), else None."""
    regex = _representation_regex(language)
    found = regex.fullmatch(name) if regex is not None else None
    return (found.group("head"), found.group("place")) if found and found.group("body") is None else None


def _link_representations(mentions: list[Mention], uf: _UnionFind, language: str | None) -> None:
    """"Vertretung in Deutschland" -> "Vertretung der Europäischen Kommission in Deutschland": the one
    representation of the document of that kind and place named with its body."""
    regex = _representation_regex(language)
    if regex is None:
        return
    full: dict[tuple[str, str], set[int]] = {}
    short: list[tuple[int, tuple[str, str]]] = []
    for i, m in enumerate(mentions):
        found = regex.fullmatch(m.text) if m.label == "ORG" else None
        if found is None:
            continue
        key = (found.group("head"), found.group("place"))
        if found.group("body") is None:
            short.append((i, key))
        else:
            full.setdefault(key, set()).add(i)
    for i, key in short:
        texts = {mentions[j].text for j in full.get(key, ())}
        if len(texts) == 1:
            uf.union(i, next(iter(full[key])))


def _canonical(members: list[Mention], language: str | None, context: _Context) -> tuple[str, str, str]:
    """Key, canonical name and label of a cluster. A name several countries' bodies bear is the body of
    the document's country; when the document names no one country, the entity stays the document's own."""
    table = alias_table()
    entries = [e for m in members if (e := table.lookup(m.text, language)) is not None]
    entry = next((e for e in entries if not e.id.startswith(SHARED)), None)
    shared = [e for e in entries if e.id.startswith(SHARED)]
    if entry is None and shared:
        entry = context.country_entry(shared[0])
    if entry is None and not shared:
        entry = context.implied_entry(members)
    if entry is not None:
        return f"alias:{entry.id}", entry.name, entry.label
    label = Counter(m.label for m in members).most_common(1)[0][0]
    forms = [m.text for m in members if m.label == label]
    full = [f for f in forms if not is_acronym(f)] or forms
    inflected = _inflected_forms(full, language)
    name = max(full, key=lambda f: (len(tokens(f)), f not in inflected, len(f), not shouted(f, language)))
    scope = ""
    if shared or (label == "ORG" and short_representation(name, language) is not None):
        scope = f"{LOCAL_KEY}{context.digest}"  # "Vertretung in Deutschland": of which body?
    elif label == "ORG" and generic_name(name, language):
        country = context.leading_country()
        scope = f"{COUNTRY_KEY}{country}" if country else f"{LOCAL_KEY}{context.digest}"
    return f"{label}:{_form_key(name, label)}{scope}", name, label


def generic_name(name: str, language: str | None) -> bool:
    """A one-word organisation name that is a common noun of the language ("Government", "Council",
    "Ministerium", "regering"): every country has one, so the spelling alone says nothing across releases. The
    language's dictionary decides, else (German) its list of frequent words; frequent-word lists also hold
    names ("ademe", "knmi"), dictionaries hardly."""
    if " " in name or "-" in name or is_acronym(name) or not language:
        return False
    return name.lower() in (dictionary_words(language) or common_words(language))


def names_entry_within(name: str, entry: AliasEntry, language: str | None) -> bool:
    """Whether an organisation's name holds a name of ``entry`` of two or more words ("Fonds de solidarité de
    l’Union européenne" holds "Union européenne"): it bears the entry's head word because it names the entry."""
    from pipeline.entities.boundaries import holder_key

    names = {n: entry.id for n in names_by_id(language).get(entry.id, ()) if " " in n}
    return bool(names) and holder_key(name, names, "") == entry.id


@dataclass
class _Context:
    """What the canonical names of a document's clusters depend on beyond their mentions."""

    text: str
    mentions: list[Mention]
    language: str | None
    _countries: Counter[str] | None = None
    _ids: set[str] | None = None  # alias-table ids the document's mentions name

    @property
    def digest(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]

    def leading_country(self) -> str | None:
        """The country code the document points to most, or None when it points to none or to two equally."""
        ranked = self._evidence().most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _evidence(self) -> Counter[str]:
        if self._countries is None:
            self._countries = country_evidence(self.mentions, self.language)
        return self._countries

    def country_entry(self, entry: AliasEntry) -> AliasEntry | None:
        """The body a shared name names in the document's country: of the countries that have one, the one
        the document points to most (by countries, regions, cities and national bodies); None on a tie."""
        bodies = alias_table().shared.get(entry.id, {})
        ranked = sorted(((n, c) for c, n in self._evidence().items() if c in bodies), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return None
        return bodies[ranked[0][1]]


    def implied_entry(self, members: list[Mention]) -> AliasEntry | None:
        """"la Commission" of a release that names the EU and no other commission: the European Commission
        (``context_heads`` of the alias table)."""
        heads = alias_table().context_heads.get(self.language or NEUTRAL, {})
        for m in members:
            if m.label != "ORG" or m.text not in heads:
                continue
            head = heads[m.text]
            if head.contexts & self._named_ids() and self._owned_only_by(m.text, head):
                return head.entry
        return None

    def _named_ids(self) -> set[str]:
        if self._ids is None:
            table = alias_table()
            self._ids = {e.id for m in self.mentions if (e := table.lookup(m.text, self.language)) is not None}
        return self._ids

    def _owned_only_by(self, name: str, head: ContextHead) -> bool:
        """Whether every other organisation name of the document with the head word in it is the head's entry
        (or one of the bodies it is told apart from)."""
        table, word = alias_table(), name.lower()
        for m in self.mentions:
            if m.label == "ORG" and m.text != name and any(
                    w.endswith(word) for w in re.split(r"[\s\-]+", m.text.lower())):  # also "Kiescommissie"
                found = table.lookup(m.text, self.language)
                if (found is None or (found.id != head.entry.id and found.id not in head.beside)) \
                        and not names_entry_within(m.text, head.entry, self.language):
                    return False
        return True


def country_evidence(mentions: list[Mention], language: str | None) -> Counter[str]:
    """Country codes the document's mentions point to: countries, their regions and cities, and bodies
    whose alias-table id starts with the country ("ch-detec")."""
    table, cities, codes = alias_table(), city_countries(), country_codes()
    out: Counter[str] = Counter()
    for m in mentions:
        entry = table.lookup(m.text, language)
        parts = entry.id.split("-") if entry is not None else []
        if parts[:1] in (["country"], ["region"]) and len(parts) > 1 and parts[1] in codes:
            out[parts[1]] += 1
        elif len(parts) > 1 and parts[0] in codes:
            out[parts[0]] += 1
        elif m.label == "LOC" and (city := cities.get(m.text) or (cities.get(entry.name) if entry else None)):
            out[city] += 1
    return out


@cache
def country_codes() -> frozenset[str]:
    """Lower-case ISO codes of the alias table's countries ("ch" of "country-ch")."""
    return frozenset(e.id.removeprefix("country-") for names in alias_table().by_language.values()
                     for e in names.values() if e.id.startswith("country-"))


@cache
def city_countries() -> dict[str, str]:
    """City name -> lower-case country code, the most populous city of a name winning (GeoNames list)."""
    with gzip.open(DATA_DIR / "cities.json.gz", "rt", encoding="utf-8") as handle:
        rows = json.load(handle)["cities"]
    out: dict[str, str] = {}
    for name, country, *_ in sorted(rows, key=lambda row: -int(row[2])):
        out.setdefault(name, country.lower())
    return out


def shouted(name: str, language: str | None) -> bool:
    """A name written in capitals for emphasis ("SENATE", "DEPARTMENT OF DEFENSE" in a headline), not an
    acronym: several words, or one word of the language's dictionary, all in capitals."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or any(not c.isupper() for c in letters):
        return False
    word = name.lower()
    return " " in name or word in dictionary_words(language) or (
        len(letters) >= config.MIN_SHOUTED_WORD and word in common_words(language))


def cluster_mentions(text: str, mentions: list[Mention], language: str | None = None
                     ) -> tuple[list[Mention], list[EntityRef]]:
    """Group a document's mentions into entities; each mention gets the index of its entity. ``language``
    (the document's) decides which one-word alias-table names apply (:meth:`AliasTable.lookup`)."""
    uf = _UnionFind(len(mentions))
    _link_same_form(mentions, uf, language)
    _link_inflected(mentions, uf, language)
    _link_acronyms(text, mentions, uf)
    _link_middle_initials(mentions, uf)
    _link_surnames(mentions, uf)
    _link_genitives(mentions, uf, language)  # after the surnames: "Murawski" is one with "Klaus-Peter Murawski"
    _link_first_names(text, mentions, uf, language)
    _link_heads(mentions, uf, language)
    _link_initials(mentions, uf, language)
    _link_place_kinds(mentions, uf, language)
    _link_institution_heads(mentions, uf, language)
    _link_leading_parts(mentions, uf, language)
    _link_representations(mentions, uf, language)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(uf.find(i), []).append(i)
    entities: list[EntityRef] = []
    linked = list(mentions)
    context = _Context(text, mentions, language)
    for members in sorted(groups.values(), key=lambda g: mentions[g[0]].start):
        key, name, label = _canonical([mentions[i] for i in members], language, context)
        aliases = tuple(dict.fromkeys(mentions[i].text for i in members))
        for i in members:
            linked[i] = replace(mentions[i], entity=len(entities))
        entities.append(EntityRef(key, name, label, aliases))
    return linked, entities
