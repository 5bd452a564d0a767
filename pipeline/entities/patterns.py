"""The entity rules' patterns per language (:class:`EntityPatterns`, built once from the language data) and
the clean-up every found span goes through (:func:`clean_span`: titles, articles and trailing junk cut off)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.resources.langdata import LangData, alternation, load_language

LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĮİŁŃŇŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
CAP_WORD = rf"[{UPPER}][\w'’\-]*\+?"
ELIDED_ARTICLE = re.compile(r"[lL]['’](?=[A-ZÀ-Þ])")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
TRAILING_JUNK = re.compile(r"(?:['’]s|[\s\"'’“”.,;:!?)\]]+)$")


@dataclass(frozen=True)
class EntityPatterns:
    lang: LangData
    leading_article: re.Pattern[str]  # articles at the start of an organisation or place
    leading_title: re.Pattern[str]  # honorifics and titles at the start of a person's name
    honorific_name: re.Pattern[str]
    contact_line: re.Pattern[str]
    definition: re.Pattern[str]
    demonym_head: re.Pattern[str]
    connector_end: re.Pattern[str]
    connector_tail: re.Pattern[str]  # a connector the model left at the end: "... du travail à"
    org_keywords: frozenset[str]  # lower case: "ministry", "agency"
    post_nominal: re.Pattern[str] | None  # a post-nominal after a person's name: "Jane Hutt MS", "Anna Lührmann MdB"
    leading_honorific: re.Pattern[str]  # "Mme. ", "Mr ", "de heer ": a person's name follows
    title_after: re.Pattern[str]  # ", President of", ", Staatssekretärin": a person's title after her name
    name_post_nominal: re.Pattern[str] | None  # "Huw Irranca-Davies MS", "Anna Lührmann MdB": a person
    clock_time: re.Pattern[str]  # "8h35", "14 h 30", "10u15": a time of day is no name
    type_before: re.Pattern[str] | None  # "l'agence ", "the carmaker ": a kind of organisation, then its name


@cache
def patterns_for(code: str | None) -> EntityPatterns:
    lang = load_language(code)
    particles = alternation(lang["name_particles"])
    name = rf"{CAP_WORD}(?:\s+(?:(?:{particles})\s+)*{CAP_WORD}){{0,{config.MAX_NAME_WORDS - 1}}}"
    titles = alternation(lang["role_titles"])
    modifiers = alternation(lang["role_modifiers"])
    honorifics = alternation(lang["honorifics"])
    title_words = alternation(lang["honorifics"] + lang["role_titles"] + lang["role_modifiers"])
    connectors = alternation(lang["name_connectors"])
    org_name = rf"{CAP_WORD}(?:[ \-](?:(?:{connectors})\s+)*{CAP_WORD}){{1,8}}"
    acronym = rf"[{UPPER}][\w+&\-]{{1,11}}"
    return EntityPatterns(
        lang=lang,
        leading_article=re.compile(rf"^(?:(?i:{alternation(lang['articles'])})(?:\s+|(?<=['’])))+(?=[{UPPER}\d])"),
        leading_title=re.compile(rf"^(?:(?i:{title_words})(?:\s+|(?<=['’])))+(?=[{UPPER}])"),
        honorific_name=re.compile(rf"(?<!\w)(?:(?:{honorifics})\s+)+(?P<name>{name})"),
        contact_line=re.compile(rf"(?m)^(?P<name>{CAP_WORD}(?:\s(?:(?:{particles})\s)*{CAP_WORD}){{1,3}})"
                                rf"(?:[^\S\n]{{2,}}|\s*\|\s*|\s*\n(?=(?:(?i:{modifiers})\s+)*(?i:{titles})\b))"),
        definition=re.compile(rf"(?P<long>{org_name})\s*\((?P<acr>{acronym})\)"
                              rf"|(?P<acr2>{acronym})\s*\((?P<long2>[{UPPER}][^()\n]{{2,80}}\s[^()\n]{{2,80}})\)"),
        demonym_head=re.compile(rf"^(?:{alternation(lang['demonyms'])})\s+(?=(?:{alternation(lang['org_heads'])})\b)"),
        connector_end=re.compile(rf"\s(?:{connectors})$"),
        connector_tail=re.compile(rf"(?:\s+(?:{connectors}))+$"),
        org_keywords=frozenset(k.lower() for k in lang["org_keywords"]),
        post_nominal=(re.compile(rf"(?<=\w)\s+(?:{alternation(lang['role_post_nominals'])})$")
                      if lang["role_post_nominals"] else None),
        type_before=re.compile(rf"(?<![\w\-])(?:{alternation(lang['org_type_words'])})[^\S\n]+$")
        if lang["org_type_words"] else None,
        clock_time=re.compile(rf"\d{{1,2}}[^\S\n]?(?:{alternation(lang['hour_words'])})(?:[^\S\n]?\d\d)?"),
        leading_honorific=re.compile(rf"^(?:{honorifics})(?:[^\S\n]+|(?<=\.))(?=[{UPPER}])"),
        name_post_nominal=(re.compile(rf"(?<![\w\-])(?P<name>{CAP_WORD}(?:[^\S\n]+(?:(?:{particles})[^\S\n]+)*"
                                      rf"{CAP_WORD}){{1,{config.MAX_NAME_WORDS - 1}}})[^\S\n]+"
                                      rf"(?:{alternation(lang['role_post_nominals'])})(?![\w\-])")
                           if lang["role_post_nominals"] else None),
        title_after=re.compile(rf",[^\S\n]+(?:(?i:{modifiers})[^\S\n]+)*(?i:{titles})(?![\w\-])"
                               rf"(?![^\S\n]+[{UPPER}])"),  # "Acme Zentek, CEO Jane Doe": the title is hers
    )


def clean_span(text: str, start: int, end: int, label: str, pats: EntityPatterns) -> tuple[int, int] | None:
    """Trim a span to the bare name; None when nothing name-like is left."""
    leading = pats.leading_title if label == "PERSON" else pats.leading_article
    while True:
        span = text[start:end]
        stripped = leading.sub("", span.lstrip(" \t\"'“”‘’•·*-–—("))
        if label == "ORG":
            stripped = pats.demonym_head.sub("", stripped)
        start += len(span) - len(stripped)
        if "(" in text[start:end] and ")" not in text[start:end]:
            end = start + text[start:end].index("(")
        junk = TRAILING_JUNK.search(text[start:end])
        if junk:
            end -= len(junk.group(0))
        tail = pats.connector_tail.search(text[start:end]) if label != "PERSON" else None
        if tail:
            end -= len(tail.group(0))
        post = pats.post_nominal.search(text[start:end]) if pats.post_nominal and label == "PERSON" else None
        if post and " " in text[start:start + post.start()].strip():  # two name words are left: not "Unite MP"
            end = start + post.start()
        if text[start:end] == span:
            break
    elided = ELIDED_ARTICLE.match(text, start, end)  # "l’Elysée", "L’Otan", whatever the label
    if elided:
        start = elided.end()
    name = text[start:end]
    title_only = pats.leading_title.match(name + " X")
    if end - start < 2 or not _name_start(name, pats) or "\n" in name or pats.clock_time.fullmatch(name) or (
            title_only is not None and title_only.end() > len(name)):
        return None
    return start, end


def _name_start(name: str, pats: EntityPatterns) -> bool:
    """Names start with a capital, a figure or a particle ("von der Leyen"): "ministre de la Défense" is a
    title."""
    first = name.split()[0] if name.split() else ""
    return name[:1].isupper() or name[:1].isdigit() or (
        first in pats.lang["name_particles"] and any(c.isupper() for c in name))
