"""A ministry named by its portfolio in brackets after a person where no model runs (Dutch, German): "minister
Cora van Nieuwenhuizen (Infrastructuur en Waterstaat)", "Minister Hugo de Jonge (Volksgezondheid, Welzijn en
Sport)", "Anna Lührmann (Grüne)": the bracket names the body the person speaks for, an organisation."""

from __future__ import annotations

import re
from functools import cache

from pipeline.entities.context import known_place
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, known_words, load_language
from pipeline.textnorm import is_acronym

UPPER = "A-ZÀ-ÖØ-Þ"
MAX_GAP = 1  # characters between the name and its bracket


@cache
def _bracket(code: str | None) -> re.Pattern[str] | None:
    """Capitalised words joined by spaces, commas and the language's coordination, in brackets."""
    joiners = [w for w in load_language(code)["coordination"] if w.isalpha()]
    if not joiners:
        return None
    word = rf"[{UPPER}][\w'’\-]*"
    join = rf"(?:,?[^\S\n]+(?:(?:{alternation(joiners)})[^\S\n]+)?|,[^\S\n]*)"
    return re.compile(rf"\((?P<name>{word}(?:{join}{word}){{0,6}})\)")


@cache
def _title_words(code: str | None) -> frozenset[str]:
    return frozenset(w.lower() for t in load_language(code)["role_titles"] for w in t.split())


def portfolio_mentions(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """The bracket right after a person, when every capitalised word in it is a word of the language and none a
    title ("Jan Jansen (Directeur)" gives a role, not a body); an acronym ("(SPD)") or a place ("(Zeist)") is
    found by the other rules."""
    regex = _bracket(language)
    if regex is None:
        return []
    words, titles = known_words(language), _title_words(language)
    out = []
    for person in (m for m in mentions if m.label == "PERSON"):
        match = regex.match(text, person.end + MAX_GAP) if text[person.end:person.end + MAX_GAP] == " " else None
        if match is None:
            continue
        capitalised = [w for w in re.split(r"[\s,]+", match.group("name")) if w[:1].isupper()]
        if not known_place(match.group("name")) and all(
                w.lower() in words and w.lower() not in titles and not is_acronym(w) for w in capitalised):
            out.append(Mention(match.start("name"), match.end("name"), match.group("name"), "ORG", "rule"))
    return out
