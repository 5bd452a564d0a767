"""Short forms of organisation names within a release: a name without its legal form ("Deutsche Bahn" of
"Deutsche Bahn AG", "Pfizer" of "Pfizer Inc."), and an acronym spelled by a name's initials ("HEA" of "Higher
Education Authority", "OECD" of "Organisation for Economic Co-operation and Development")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.textnorm import fold

_WORD_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


@cache
def legal_forms() -> tuple[tuple[str, ...], ...]:
    """The legal forms of companies and associations of every language's ``org_legal_forms`` ("AG", "GmbH",
    "N.V.", "S.A.", "Inc."), as word sequences without dots, longest first: a company keeps its legal form in
    releases of any language ("Siemens AG" in an English release)."""
    from pipeline.resources.langdata import available_languages, load_language

    forms = {tuple(w.replace(".", "") for w in form.split()) for code in available_languages()
             for form in load_language(code).get("org_legal_forms", [])}
    return tuple(sorted(forms, key=len, reverse=True))


def without_legal_form(name: str) -> str:
    """The name without a trailing legal form ("Deutsche Bahn AG" -> "Deutsche Bahn", "Pfizer, Inc." ->
    "Pfizer"); the name itself when it has none or is nothing but one. Capitals must match ("AG", not "ag")."""
    words = name.split()
    bare = [w.replace(".", "").rstrip(",") for w in words]
    for form in legal_forms():
        if len(words) > len(form) and tuple(bare[-len(form):]) == form:
            return " ".join(words[:-len(form)]).rstrip(" ,")
    return name


def legal_key(name: str) -> str:
    """The folded name without its legal form: the key two spellings of one company share."""
    return fold(without_legal_form(name))


@cache
def _skipped_words(language: str | None) -> frozenset[str]:
    """Lower-case words an acronym leaves out: the articles and name connectors of the language ("of", "and",
    "für", "de la")."""
    from pipeline.resources.langdata import load_language

    lang = load_language(language)
    return frozenset(fold(w) for w in lang["articles"] + lang["name_connectors"] if w.strip())


@lru_cache(maxsize=4096)
def _readings(name: str, language: str | None) -> frozenset[str]:
    """The folded letter sequences a name's initials give: of its words but the language's articles and
    connectors; of its capitalised words only; and with each part of a hyphenated word ("Co-operation") and each
    letter of a dotted abbreviation ("U.S.") counted."""
    skipped = _skipped_words(language)
    words = [w for w in (_WORD_EDGE.sub("", w) for w in name.split()) if w]
    content = [w for w in words if fold(w) not in skipped]
    out: set[str] = set()
    for chosen in (content, [w for w in content if w[:1].isupper()]):
        if not chosen:
            continue
        out.add(fold("".join(w[0] for w in chosen)))
        parts = []
        for word in chosen:
            if "." in word:
                parts += [c for c in word if c.isalpha()]
            else:
                parts += [p[0] for p in re.split(r"[\-‐]", word) if p]
        out.add(fold("".join(parts)))
    return frozenset(out)


def spelled_by_initials(acronym: str, name: str, language: str | None) -> bool:
    """Whether an acronym ("HEA", "OECD", "USDA") is the initials of a name of two words or more ("Higher
    Education Authority", "Organisation for Economic Co-operation and Development", "U.S. Department of
    Agriculture"); an acronym with lower-case letters counts only its capitals and digits ("BfS" -> "BS")."""
    letters = fold("".join(c for c in acronym if c.isalpha()))
    if len(letters) < 2 or len(name.split()) < 2:
        return False
    capitals = fold("".join(c for c in acronym if c.isupper()))
    return bool({letters, capitals} & _readings(name, language))
