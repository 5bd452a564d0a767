"""The alias table: names of organisations and places in every language with their ids (`organisations.json`,
`places.json`), the context heads that name one body in releases about it, and the case endings an entity's name
may carry; read once per process. Used by recognition, roles, the header and clustering."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.textnorm import fold

ALIAS_FILES = ("organisations.json", "places.json")
NEUTRAL = "xx"
QUOTED_LANGUAGE = "en"  # names of several words in this language are looked for in releases of every language
SHARED = "shared:"  # id prefix of a name that bodies of several countries bear ("Bundesrat", "Sénat")
LOCAL_KEY = "#local:"  # in a key: the entity is the document's own, never linked to other documents
COUNTRY_KEY = "#country:"  # in a key: a generic name ("Government") of the releases about one country


def scoped(key: str) -> bool:
    """Whether a key links only by itself, never by alias, spelling or acronym: the document's own entity
    or a generic name of one country's releases."""
    return LOCAL_KEY in key or COUNTRY_KEY in key


@dataclass(frozen=True)
class AliasEntry:
    id: str
    name: str
    label: str


@dataclass(frozen=True)
class ContextHead:
    """A head noun ("Commission", "Council") that names ``entry`` in a release naming one of ``contexts``,
    unless another organisation of the release bears the word (``beside`` ids excepted: "the Council" of a
    release that also names the European Council is still the Council of the EU)."""

    entry: AliasEntry
    contexts: frozenset[str]
    beside: frozenset[str]


@dataclass(frozen=True)
class AliasTable:
    by_language: dict[str, dict[str, AliasEntry]]  # exact surface form -> entry, per language
    by_fold: dict[str, AliasEntry]  # folded surface form (any language) -> entry
    by_language_fold: dict[str, dict[str, AliasEntry]]  # folded surface form -> entry, per language
    shared: dict[str, dict[str, AliasEntry]]  # shared name's id -> country code -> the body it names there
    context_heads: dict[str, dict[str, ContextHead]]  # language -> head -> what it names where
    found: dict[tuple[str, str | None], AliasEntry | None] = field(default_factory=dict, compare=False, repr=False)

    def names(self, language: str | None) -> dict[str, AliasEntry]:
        """Surface forms to look for in a document of ``language``: its own, the neutral ones and English names
        of more than one word, which releases in every language quote ("European Commission", "Horizon
        Europe" in a German or Dutch release)."""
        out = {n: e for n, e in self.by_language.get(QUOTED_LANGUAGE, {}).items() if " " in n}
        out.update(self.by_language.get(NEUTRAL, {}))
        out.update(self.by_language.get(language or NEUTRAL, {}))
        return out

    def lookup(self, surface: str, language: str | None = None) -> AliasEntry | None:
        """The entry of a surface form, also when inflected ("Vereinigten Arabischen Emiraten").

        The exact form wins over a folded one ("PvdA" is the Dutch party, "PVDA" the Belgian one). With a
        ``language``, a one-word name (an acronym, "Kamer") is read only as a name of that language or a
        neutral one: one word names different bodies in different languages ("CBS", "ONS", "CESE"), while a
        longer name is the same body in a release of any language. Answers are remembered (the table does
        not change once built; the entity rules ask for the same words thousands of times)."""
        key = (surface, language)
        if key in self.found:
            return self.found[key]
        if len(self.found) >= config.ALIAS_LOOKUP_MEMO:
            self.found.clear()
        entry = self.found[key] = self._lookup(surface, language)
        return entry

    def _lookup(self, surface: str, language: str | None) -> AliasEntry | None:
        scopes = list(self.by_language) if language is None else [language, NEUTRAL]
        for scope in scopes:
            if (exact := self.by_language.get(scope, {}).get(surface)) is not None:
                return exact
        folded = fold(surface)
        suffixes = inflection_suffixes() if language is None else language_inflection_suffixes(language)
        for form in (folded, *uninflected(folded, suffixes)):
            found = self.by_fold.get(form) if language is None or " " in form else None
            if found is None:  # the language's own names, also those several countries' bodies bear
                found = next((self.by_language_fold[s][form] for s in scopes
                              if form in self.by_language_fold.get(s, {})), None)
            if found is not None:
                return found
        return None


@cache
def inflection_suffixes() -> tuple[str, ...]:
    """Case endings of the languages that inflect names (German: "Deutschlands", "Vereinigten")."""
    from pipeline.resources.langdata import available_languages

    return tuple(sorted({s for code in available_languages() for s in language_inflection_suffixes(code)},
                        key=len, reverse=True))


@cache
def language_inflection_suffixes(language: str) -> tuple[str, ...]:
    """Case endings of one language, longest first (none for a language that does not inflect names)."""
    from pipeline.resources.langdata import available_languages, load_language

    if language not in available_languages():
        return ()
    return tuple(sorted(load_language(language)["inflection_suffixes"], key=len, reverse=True))


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


def weak_form(name: str, language: str) -> str:
    """A name of several words with its adjectives in the weak form of the language ("europaischer rat" ->
    "europaische rat", as in "der Europäische Rat"; its case endings are then removed as usual). The last
    word is the noun and stays."""
    from pipeline.resources.langdata import available_languages, load_language

    endings = load_language(language)["weak_adjective_endings"] if language in available_languages() else {}
    words = name.split(" ")
    for i, word in enumerate(words[:-1]):
        for strong, weak in endings.items():
            if word.endswith(strong) and len(word) - len(strong) >= config.MIN_INFLECTED_WORD:
                words[i] = word[: -len(strong)] + weak
                break
    return " ".join(words)


@cache
def alias_table() -> AliasTable:
    """The shipped alias table (institutions, countries, regions and cities in en/nl/fr/de)."""
    by_language: dict[str, dict[str, AliasEntry]] = {}
    by_fold: dict[str, AliasEntry] = {}
    by_language_fold: dict[str, dict[str, AliasEntry]] = {}
    files = [json.loads((DATA_DIR / filename).read_text(encoding="utf-8")) for filename in ALIAS_FILES]
    by_id: dict[str, AliasEntry] = {}
    for data in files:
        for item in data["entities"]:
            entry = by_id[item["id"]] = AliasEntry(item["id"], item["name"], item["label"])
            for language, names in item["names"].items():
                for name in names:
                    by_language.setdefault(language, {}).setdefault(name, entry)
                    for form in {fold(name), weak_form(fold(name), language)}:
                        by_fold.setdefault(form, entry)
                        by_language_fold.setdefault(language, {}).setdefault(form, entry)
    for language, name, entry in _acronym_variants(files):
        by_language[language].setdefault(name, entry)
        by_fold.setdefault(fold(name), entry)
        by_language_fold[language].setdefault(fold(name), entry)
    shared: dict[str, dict[str, AliasEntry]] = {}
    for data in files:
        for item in data.get("shared_names", []):
            first_language, first_names = next(iter(item["names"].items()))
            entry = AliasEntry(f"{SHARED}{first_language}:{fold(first_names[0])}", first_names[0], item["label"])
            shared[entry.id] = {country: by_id[i] for country, i in item["countries"].items()}
            for language, names in item["names"].items():
                for name in names:  # recognised as names, resolved by the document's country (not by_fold)
                    by_language.setdefault(language, {})[name] = entry
                    by_language_fold.setdefault(language, {})[fold(name)] = entry
    context_heads: dict[str, dict[str, ContextHead]] = {}
    for data in files:
        for item in data.get("context_heads", []):
            contexts = item["context"] if isinstance(item["context"], list) else [item["context"]]
            head = ContextHead(by_id[item["entry"]], frozenset(contexts), frozenset(item.get("beside", [])))
            for language, names in item["names"].items():
                for name in names:
                    context_heads.setdefault(language, {})[name] = head
    return AliasTable(by_language, by_fold, by_language_fold, shared, context_heads)


def _acronym_variants(files: list[dict]) -> list[tuple[str, str, AliasEntry]]:
    """Names of an entry that hold the name of another entry, written with that entry's acronym in the same
    language ("Conseil de l'UE" of "Conseil de l'Union européenne", "EU Aviation Safety Agency" of "European
    Union Aviation Safety Agency", "UN Development Programme"): (language, name, entry)."""
    from pipeline.textnorm import is_acronym

    names: dict[str, list[tuple[str, str]]] = {}  # language -> (name, id)
    acronyms: dict[tuple[str, str], list[str]] = {}  # (id, language) -> acronyms
    entries: dict[str, AliasEntry] = {}
    for data in files:
        for item in data["entities"]:
            entries[item["id"]] = AliasEntry(item["id"], item["name"], item["label"])
            for language, forms in item["names"].items():
                names.setdefault(language, []).extend((f, item["id"]) for f in forms)
                acronyms.setdefault((item["id"], language), []).extend(f for f in forms if is_acronym(f))
    out = []
    for language, forms in names.items():
        inner = [(f, i) for f, i in forms if " " in f]
        for name, owner in forms:
            for held, other in inner:
                if other == owner or held not in name or not _holds_word_run(name, held):
                    continue
                for acronym in _own_acronyms(acronyms.get((other, language), []), acronyms.get((other, NEUTRAL), [])):
                    out.append((language, name.replace(held, acronym), entries[owner]))
    return out


def _holds_word_run(name: str, held: str) -> bool:
    """``held`` occurs in ``name`` as whole words (not inside a longer word or hyphenated compound)."""
    return re.search(rf"(?<![\w\-]){re.escape(held)}(?![\w\-])", name) is not None


def _own_acronyms(own: list[str], neutral: list[str]) -> list[str]:
    """The language's acronyms of an entry and the neutral ones it spells alike ("U.N." and "UN"); not a
    neutral one the language spells otherwise ("EU" where French writes "UE")."""
    def letters(acronym: str) -> str:
        return "".join(c for c in acronym if c.isalnum()).lower()

    spelled = {letters(a) for a in own}
    return own + [a for a in neutral if not spelled or letters(a) in spelled]


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
