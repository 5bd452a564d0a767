"""Names and labels that the words around a mention decide (language data in ``pipeline/data/lang``):

- an organisation named by a lower-case head and its complement, as French and Dutch write ministries in
  running text ("le ministère de l'Intérieur", "het ministerie van Binnenlandse Zaken"; `lowercase_org_heads`);
- a model organisation right after a preposition that takes a bare place name is that place ("à Soumy";
  `bare_place_prepositions_model`), unless it is an acronym, holds an organisation keyword or the alias table
  knows it as an organisation;
- a model person or organisation after a lower-case word for a kind of place ("la ville de Soumy") is that
  place; both relabellings hold for every occurrence of the form (they are the rule's, not the model's);
- a one-word model person or organisation listed with places and no person ("à Lyon, Villeurbanne et
  Vénissieux") is a place;
- a sentence-opening verb form read as a person ("Veuillez choisir une langue") is no name;
- a name right after a lower-case word for a programme, plan or treaty ("le programme Erasmus+", "het
  programma Interreg"; `non_org_type_words`) is no organisation nor person."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline import config
from pipeline.entities.gazetteer import alias_table
from pipeline.entities.places import city_names, sentence_initial
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, common_words, dictionary_words, known_words, load_language
from pipeline.textnorm import is_acronym

CAP = r"[A-ZÀ-ÖØ-Þ]"
GAP = r"[^\S\n]+"


def _list(code: str | None, key: str) -> list[str]:
    return list(load_language(code).get(key, []) or [])


@cache
def _preposition(code: str | None) -> str:
    """A field preposition with the article after it, if any ("de l'", "de la ", "des ", "van het ")."""
    preps = rf"(?:{alternation(_list(code, 'field_prepositions'))})(?:(?<=['’])|{GAP})"
    article = _article(code)
    return rf"{preps}(?:{article})?" if article else preps


@cache
def _article(code: str | None) -> str:
    """The language's lower-case articles as one alternation, an elided one glued to its word ("l'"), the
    others followed by a blank ("de ", "het "); empty when it has none."""
    articles = [a for a in _list(code, "articles") if a[:1].islower()]
    elided = [a for a in articles if a.endswith(("'", "’"))]
    spaced = [a for a in articles if a not in elided]
    return "|".join([*([f"(?:{alternation(elided)})"] if elided else []),
                     *([f"(?:{alternation(spaced)}){GAP}"] if spaced else [])])


@cache
def _head_pattern(code: str | None) -> re.Pattern[str] | None:
    """Head, field preposition (with its article), then capitalised words and the language's lower-case portfolio
    words ("ministère de l'Europe et des Affaires étrangères"), conjuncts joined by a comma or "and"."""
    heads = _list(code, "lowercase_org_heads")
    if not heads:
        return None
    prep = _preposition(code)
    lower = [w for w in _list(code, "portfolio_words") if w[:1].islower()]
    word = rf"{CAP}[\w’'\-]*"
    more = rf"(?:{GAP}(?:{word}|(?:{alternation(lower)})(?![\w\-])))" if lower else rf"(?:{GAP}{word})"
    conjunct = rf"{word}{more}*"
    coordination = _coordination(code)
    joiner = rf"(?:,{GAP}|{GAP}(?:{alternation(coordination)}){GAP}|,{GAP}(?:{alternation(coordination)}){GAP})"
    return re.compile(rf"(?<![\w\-])(?:{alternation(heads)}){GAP}{prep}(?P<first>{conjunct})"
                      rf"(?P<rest>(?:{joiner}(?:{prep})?{conjunct})*)(?![\w\-])")


def lowercase_head_organisations(text: str, language: str | None) -> list[Mention]:
    """"le ministère de l'Intérieur", "het ministerie van Landbouw, Natuur en Voedselkwaliteit": the head and its
    complement are one organisation. A last conjunct that is a name of its own (an alias-table name or a
    city: "ministère des Armées et Airbus" is rare, "et la France" is not) is left out."""
    regex = _head_pattern(language)
    if regex is None:
        return []
    joiner = _joiner(language)
    out = []
    for match in regex.finditer(text):
        end = match.end()
        cuts = [j.start() for j in joiner.finditer(text, match.end("first"), end)]
        while cuts and _own_name(text[cuts[-1]:end], joiner, language):
            end = cuts.pop()
        out.append(Mention(match.start(), end, text[match.start():end], "ORG", "rule"))
    return out


@cache
def _joiner(code: str | None) -> re.Pattern[str]:
    coordination = alternation(_coordination(code))
    return re.compile(rf",{GAP}(?:{coordination}){GAP}|,{GAP}|{GAP}(?:{coordination}){GAP}")


def _own_name(conjunct: str, joiner: re.Pattern[str], language: str | None) -> bool:
    """A last conjunct that names something of its own: an alias-table name, or one starting with an alias-table
    name or city that is no portfolio word ("... et de France Télévisions", "... et Airbus")."""
    words = _leading_preposition(language).sub("", joiner.sub("", conjunct, count=1).strip(), count=1)
    first = words.split()[0] if words.split() else ""
    return alias_table().lookup(words) is not None or (
        first not in _portfolio(language) and (alias_table().lookup(first) is not None or first in city_names()[0]))


@cache
def _leading_preposition(code: str | None) -> re.Pattern[str]:
    return re.compile(rf"^{_preposition(code)}")


@cache
def _portfolio(code: str | None) -> frozenset[str]:
    return frozenset(_list(code, "portfolio_words"))


@cache
def _coordination(code: str | None) -> tuple[str, ...]:
    return tuple(c for c in _list(code, "coordination") if c.isalpha()) or ("and",)


def _known_org(name: str) -> bool:
    entry = alias_table().lookup(name)
    return entry is not None and entry.label == "ORG"


def _org_like(m: Mention, keywords: frozenset[str]) -> bool:
    """An acronym, a name with an organisation keyword or an alias-table organisation: an organisation whatever
    stands before it."""
    return is_acronym(m.text) or any(w.strip(",.") in keywords for w in m.text.split()) or _known_org(m.text)


@cache
def _org_keywords(code: str | None) -> frozenset[str]:
    return frozenset(_list(code, "org_keywords"))


@cache
def _before_place(code: str | None) -> re.Pattern[str] | None:
    words = _list(code, "bare_place_prepositions_model")
    return re.compile(rf"(?<![\w\-'’])(?:{alternation(words)}){GAP}$") if words else None


@cache
def _non_org_type(code: str | None) -> re.Pattern[str] | None:
    words = _list(code, "non_org_type_words")
    return re.compile(rf"(?<![\w\-])(?:{alternation(words)}){GAP}$") if words else None


def _separated(text: str, a: Mention, b: Mention, code: str | None) -> bool:
    """Whether only a list separator stands between ``a`` and ``b`` (", ", " et ", ", et ")."""
    between = text[a.end:b.start]
    words = [w for w in between.replace(",", " ").split()]
    return bool(between.strip(" ,") == "" and "," in between) or (
        len(words) == 1 and words[0] in _coordination(code) and "\n" not in between)


def _listed_with_places(text: str, previous: Mention | None, m: Mention, following: Mention | None,
                        code: str | None) -> bool:
    """Whether ``m`` stands in a list next to a place and no person or organisation ("Eli Lilly, Honeywell,
    Infineon" lists companies): the item before it as already labelled, the item after it only when named in
    several words (one word there may be the next misread place)."""
    before = previous if previous is not None and _separated(text, previous, m, code) else None
    after = following if following is not None and _separated(text, m, following, code) else None
    if (before is not None and before.label != "LOC") or (
            after is not None and after.label != "LOC" and " " in after.text):
        return False
    return any(n is not None and n.label == "LOC" and (n.method != "model" or known_place(n.text))
               for n in (before, after))


def known_place(name: str) -> bool:
    """A place of the alias table or the city list (a model "place" alone may be a misread name)."""
    entry = alias_table().lookup(name)
    return (entry is not None and entry.label == "LOC") or name in city_names()[0]


@cache
def _place_kind(code: str | None) -> re.Pattern[str] | None:
    words = [w for w in _list(code, "place_type_words") if w[:1].islower()]
    return re.compile(rf"(?<![\w\-])(?:{alternation(words)})(?:{GAP}|(?<=['’]))$") if words else None


def _after_place_kind(text: str, m: Mention, code: str | None) -> bool:
    """A model person or organisation right after a lower-case word for a kind of place ("la ville de Soumy",
    "the city of Kapolei"; `place_type_words`) is that place."""
    regex = _place_kind(code)
    start = max(0, m.start - config.MAX_TYPE_WORD_CHARS)
    return regex is not None and m.label in ("PERSON", "ORG") and bool(regex.search(text, start, m.start))


def _after_non_org_type(text: str, m: Mention, non_org: re.Pattern[str] | None, code: str | None) -> bool:
    """A name after a lower-case word for a programme ("le programme Horizon Europe"), or opening with that word
    capitalised, then a name ("Programme Erasmus+", "Initiative Citoyenne"; not "Programme des Nations unies")."""
    if m.label not in ("ORG", "PERSON"):
        return False
    words = m.text.split()
    if len(words) >= 2 and words[0] in _programme_heads(code) and (words[1][:1].isupper() or words[1][:1].isdigit()) \
            and not _known_org(m.text):
        return True
    return non_org is not None and bool(non_org.search(text, max(0, m.start - config.MAX_TYPE_WORD_CHARS), m.start))


@cache
def _programme_heads(code: str | None) -> frozenset[str]:
    return frozenset(w[:1].upper() + w[1:] for w in _list(code, "non_org_type_words"))


def _imperative(text: str, m: Mention, code: str | None) -> bool:
    """A one-word model "person" opening a sentence that is a frequent verb form with an imperative ending, then a
    lower-case word, as saved web pages write them ("Veuillez choisir", "Cliquez ici", "Consultez le site";
    `imperative_endings`): frequent-word lists hold surnames too ("Darmanin"), verb endings tell them apart."""
    endings = tuple(_list(code, "imperative_endings"))
    lower = m.text.lower()
    if not endings or m.label != "PERSON" or " " in m.text or not lower.endswith(endings) \
            or lower not in common_words(code) or not sentence_initial(text[max(0, m.start - 20):m.start], len(
                text[max(0, m.start - 20):m.start])):
        return False
    return bool(re.match(rf"{GAP}[^\W\d_A-ZÀ-Þ]", text[m.end:m.end + 3]))


def context_labels(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """The mentions with the labels their context gives (module docstring); names of programmes dropped."""
    before_place, non_org = _before_place(language), _non_org_type(language)
    keywords = _org_keywords(language)
    ordered = sorted(mentions, key=lambda m: m.start)
    out = []
    for i, m in enumerate(ordered):
        following = ordered[i + 1] if i + 1 < len(ordered) else None
        if m.method != "model":
            out.append(m)
            continue
        if _after_non_org_type(text, m, non_org, language) or _imperative(text, m, language):
            continue  # "le programme Horizon Europe"; "Veuillez choisir une langue"
        if (m.label == "ORG" and before_place is not None and not _org_like(m, keywords)
                and before_place.search(text, max(0, m.start - 8), m.start)) or _after_place_kind(text, m, language):
            m = replace(m, label="LOC", method="rule")  # "à Soumy", "la ville de Soumy": for every "Soumy"
        elif m.label in ("PERSON", "ORG") and " " not in m.text and not _org_like(m, keywords) \
                and _listed_with_places(text, out[-1] if out else None, m, following, language):
            m = replace(m, label="LOC", method="rule")  # "à Lyon, Villeurbanne et Vénissieux"
        out.append(m)
    return out


@cache
def _list_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A list separator, then an optional article ("het Groene Hart", "l’Estonie"); and an item: a run of one to four
    capitalised words, or two elided halves ("Zuid- en Oost-Drenthe")."""
    coordination = alternation(_coordination(code))
    article = _article(code)
    separator = re.compile(rf"(?:,{GAP}(?:{coordination}){GAP}|,{GAP}|{GAP}(?:{coordination}){GAP})"
                           rf"(?:{article})?" if article else rf",{GAP}|{GAP}(?:{coordination}){GAP}")
    word = rf"{CAP}[^\W\d_]*(?:-[^\W\d_]+)*"
    item = re.compile(rf"{CAP}[^\W\d_]*-{GAP}(?:{coordination}){GAP}{word}(?![\w\-])"
                      rf"|{word}(?:{GAP}{word}){{0,3}}(?![\w\-])")
    return separator, item


def listed_places(text: str, kept: list[Mention], language: str | None) -> list[Mention]:
    """Unnamed items of a list that names two places and no person or organisation are places too ("Midden- en West
    Brabant, Den Haag Zuid West, het Groene Hart, Noord Nederland, de Achterhoek, Zuid- en Oost-Drenthe, Parkstad
    Limburg en Twente"); an item that ends with a listed place is that longer place ("Parkstad Limburg")."""
    separator, item = _list_patterns(language)
    by_start = {m.start: m for m in kept}
    replaced: dict[int, Mention] = {}
    added: list[Mention] = []
    done: set[int] = set()
    for first in sorted(kept, key=lambda m: m.start):
        if first.label != "LOC" or first.start in done:
            continue
        items, pos = [first], first.end
        while (sep := separator.match(text, pos)) and "\n" not in sep.group(0):
            start = sep.end()
            if start in by_start:
                items.append(by_start[start])
                pos = by_start[start].end
                continue
            run = item.match(text, start)
            if run is None or _continues(text, run.end(), language):
                break
            items.append(Mention(start, run.end(), run.group(0), "LOC", "rule"))
            pos = run.end()
        done.update(m.start for m in items)
        known = [m for m in items if m in kept]
        if sum(m.label == "LOC" for m in known) < 2 or any(m.label != "LOC" for m in known) \
                or len(known) == len(items) or _title_case_line(text, items):
            continue
        for new in (m for m in items if m not in kept):
            inside = [k for k in kept if new.start <= k.start and k.end <= new.end]
            if not inside and _free(new, kept + added):
                added.append(new)
            elif len(inside) == 1 and inside[0].label == "LOC" and inside[0].end == new.end and _free(new, [
                    k for k in kept if k is not inside[0]]):
                replaced[id(inside[0])] = new
    return [replaced.get(id(k), k) for k in kept] + [m for m in added if _plausible_place(m, language)]


def _title_case_line(text: str, items: list[Mention]) -> bool:
    """Whether the list stands in a headline in title case, where the words around the items look like names too
    ("Wars in Iraq and Afghanistan, Pushing Cost of Iraq War")."""
    first, last = items[0].start, items[-1].end
    start, end = text.rfind("\n", 0, first) + 1, text.find("\n", last)
    line = text[start:first] + " " + text[last: end if end >= 0 else len(text)]
    words = re.findall(r"[^\W\d_]{4,}", line)
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


@cache
def _name_continuation(code: str | None) -> re.Pattern[str]:
    connectors = [c for c in _list(code, "name_connectors") if c.isalpha() and c not in _coordination(code)]
    return re.compile(rf"{GAP}(?:{alternation(connectors)}){GAP}{CAP}")


def _continues(text: str, end: int, code: str | None) -> bool:
    """Whether a longer name goes on after a run ("Pushing Cost of Iraq War"): the run is no list item."""
    return bool(_name_continuation(code).match(text, end))


def _free(m: Mention, kept: list[Mention]) -> bool:
    return all(m.end <= k.start or m.start >= k.end for k in kept)


def _plausible_place(m: Mention, code: str | None) -> bool:
    """No function word, month or weekday, and not one lower-case dictionary word written with a capital; where
    nouns are capitalised, no word of the language at all ("die Ereignisse im Kaukasus")."""
    from pipeline.entities.places import calendar_words, capitalised_function_words

    words = m.text.split()
    if words[0] in capitalised_function_words(code) or m.text.lower() in calendar_words():
        return False
    if load_language(code)["nouns_capitalised"]:
        return not any(w.lower() in known_words(code) for w in words)
    return not (len(words) == 1 and "-" not in m.text and m.text.lower() in dictionary_words(code))
