"""Organisation names that end in the name of their place, where no statistical model runs (Dutch, German).

- an acronym right before a city or region names one body of that place: "TU Delft", "UMC Utrecht",
  "GGD Amsterdam", "TU Dresden", "IHK Köln", "AOK Niedersachsen" (:func:`acronym_place_organisations`);
- a capitalised run of words that holds two names joined by a coordination and an article ("de Universiteit
  Utrecht en de TU Delft", "der Hochschule Coburg und der Universität Hamburg") is two runs
  (:func:`split_coordinated`);
- a run whose first words hold no organisation keyword, then a lower-case connector, then a keyword, holds the
  organisation after the connector ("Onderzoekers van de Universiteit Utrecht", "Studie der Universität
  Freiburg": :func:`organisation_after_connector`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from pipeline.entities.gazetteer import alias_table
from pipeline.entities.places import city_names
from pipeline.records import Mention
from pipeline.resources.langdata import load_language
from pipeline.textnorm import is_acronym

MAX_PLACE_ACRONYM = 4  # "TU", "UMC", "LMU", "GGD": longer all-capital words are names of their own
COUNTRY_PREFIX = "country-"
MAX_PLACE_WORDS = 3  # "Den Haag", "Frankfurt am Main"
MAX_PLACE_CHARS = 40
PLACE_WORD = re.compile(r"[\w'’]+")  # one word of a place name, up to the next space or sign

Token = tuple[int, str]


def local_place(name: str, language: str | None) -> bool:
    """A city or a region of the city list or the alias table, not a country: the seat of a body named after
    it ("TU Delft"; "die EU Polen ..." is a subject and an object); a city's name that is a word of the language
    is not one ("VW Golf"), nor a word that qualifies a period ("die SNB Mitte Januar")."""
    if not name[:1].isupper() or name in load_language(language)["period_qualifiers"]:
        return False
    cities = city_names()[0]
    if name in cities:
        return language not in cities[name]
    entry = alias_table().lookup(name)
    return entry is not None and entry.label == "LOC" and not entry.id.startswith(COUNTRY_PREFIX)


def _place_acronym(mention: Mention) -> bool:
    """An acronym of two to four letters that the alias table does not know: a known one is a body of its own
    ("SPD Berlin", "EU Brüssel" name a party or a union and a place)."""
    letters = sum(c.isalpha() for c in mention.text)
    return mention.label == "ORG" and is_acronym(mention.text) and mention.text.isalpha() \
        and 2 <= letters <= MAX_PLACE_ACRONYM and alias_table().lookup(mention.text) is None


def acronym_place_organisations(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """An acronym and the city or region right after it (one space, one to three words, found as a place or
    not: "de TU Delft") are one organisation: "TU Delft", "IHK Köln". The place must end its word and overlap
    no other name ("TU Berlin-Adlershof" is left alone)."""
    merged: dict[int, Mention] = {}
    dropped: set[int] = set()
    for m in mentions:
        if not _place_acronym(m) or text[m.end:m.end + 1] != " ":
            continue
        end = _place_end(text, m.end + 1, language)
        inside = [k for k in mentions if k is not m and k.start < end and m.end < k.end]
        if end and all(k.label == "LOC" and k.start == m.end + 1 and k.end == end for k in inside):
            merged[id(m)] = replace(m, end=end, text=text[m.start:end], method="rule")
            dropped.update(id(k) for k in inside)
    return [merged.get(id(m), m) for m in mentions if id(m) not in dropped]


def _place_end(text: str, start: int, language: str | None) -> int:
    """The end of the longest local place of one to three words at ``start`` on its line, else 0."""
    words = list(PLACE_WORD.finditer(text, start, min(len(text), start + MAX_PLACE_CHARS)))
    best, position = 0, start
    for word in words[:MAX_PLACE_WORDS]:
        if word.start() != position:
            break
        if local_place(text[start:word.end()], language) and text[word.end():word.end() + 1] != "-":
            best = word.end()
        position = word.end() + 1
    return best


def split_coordinated(tokens: Sequence[Token], coordination: frozenset[str], articles: frozenset[str]
                      ) -> list[list[Token]]:
    """A run cut where a coordination is followed by an article: "Universiteit Utrecht en de TU Delft" holds two
    names; a name joins its fields without an article ("Infrastructuur en Waterstaat", "für Bildung und
    Forschung")."""
    parts: list[list[Token]] = [[]]
    for i, token in enumerate(tokens):
        if token[1] in coordination and i + 1 < len(tokens) and tokens[i + 1][1] in articles and parts[-1]:
            parts.append([])
            continue
        if not parts[-1] and token[1] in articles and parts[:-1]:
            continue  # the article after the cut opens the second name
        parts[-1].append(token)
    return [p for p in parts if p]


def organisation_after_connector(words: list[Token], is_keyword: Callable[[list[str], int], bool],
                                 links: frozenset[str], language: str | None) -> list[Token]:
    """The words from the first keyword that follows a lower-case connector, where no word before that connector
    is a keyword: "Onderzoekers van de Universiteit Utrecht" -> "Universiteit Utrecht", "Studie der Universität
    Freiburg" -> "Universität Freiburg"; "Hof van Justitie van de Europese Unie" keeps its keyword first. The
    organisation then ends in a place ("Universiteit Utrecht") or joins its words by ``links`` only (field
    prepositions, coordination, articles: "Raad van State"): "in erster Linie der Landesregierung Versagen" is
    a noun phrase, "der Hizbullah-Miliz im Süden Libanons" runs into a place."""
    names = [w for _, w in words]
    for i in range(1, len(names)):
        if names[i - 1][:1].islower() and names[i][:1].isupper():
            if any(is_keyword(names, j) for j in range(i)) or not is_keyword(names, i):
                return words
            inner = names[i:]
            lower = [w for w in inner if w[:1].islower()]
            if (lower and all(w in links for w in lower)) or local_place(" ".join(inner[1:]), language):
                return words[i:]
            return words
    return words
