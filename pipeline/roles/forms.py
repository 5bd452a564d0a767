"""Role forms that name a position with a label or a verb rather than an apposition ("Minister for X: Jane Doe",
"Neuer Staatssekretär im X wurde Y"), and the body named after a title where the recogniser gave none; used by
``pipeline.roles``."""

from __future__ import annotations

import re

from pipeline import config
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, dictionary_words
from pipeline.roles.names import has_model
from pipeline.roles.patterns import LABEL_HEAD, RolePatterns, mentions_in, singular_of, strip_span


def coordination_words(pats: RolePatterns) -> str:
    return "|".join(re.escape(c) for c in pats.lang["coordination"] if c[:1].isalpha())


def listed_portfolio(text: str, start: int, end: int, pats: RolePatterns) -> bool:
    """"minister van Onderwijs, Cultuur en Wetenschap", "Ministerin für Umwelt, Energie und Klimaschutz", "Cabinet
    Secretary for Housing, Local Government and Planning": commas that list the portfolio after a title and its
    connector, every item capitalised and the last one joined by "and", are part of the title phrase."""
    head, *items = text[start:end].split(",")
    title = pats.title.search(head)
    if not items or title is None or not re.match(
            rf"\s+(?i:{pats.connectors})(?:\s+|(?<=['’]))(?:(?i:{pats.articles})\s+)?[A-ZÀ-Þ]", head[title.end():]):
        return False
    lead = rf"(?:(?:(?i:{pats.connectors}|{pats.articles})(?:\s+|(?<=['’])))*)"
    if not all(re.fullmatch(rf"\s+{lead}[A-ZÀ-Þ][^,]*", item) and all(
            pats.allowed_word.match(w) for w in item.split()) for item in items):
        return False
    return bool(re.search(rf"\s(?:{coordination_words(pats)})\s+{lead}[A-ZÀ-Þ]", items[-1]))


def label_before(text: str, line_start: int, person: Mention, pats: RolePatterns) -> tuple[int, int] | None:
    """"- Cabinet Secretary for Education: Lynne Neagle MS", "Pressesprecherin: Anna Muster": a line (or list item)
    that opens with a title phrase and a colon labels the name after it."""
    found = re.fullmatch(rf"{LABEL_HEAD}(?:(?:{alternation(pats.lang['honorifics'])})[^\S\n]+)*",
                         text[line_start: person.start])
    if not found:
        return None
    start, end = line_start + found.start("t"), line_start + found.end("t")
    title = pats.title.search(text, start, end)
    words = text[start:end].split()
    if title is not None and len(text[start: title.start()].split()) > config.PORTFOLIO_WORDS:
        return None
    if title is None or len(words) > config.MAX_ROLE_WORDS or not all(
            pats.allowed_word.match(w.strip(",")) or pats.title.search(w) for w in words):
        return None
    return start, end


def copula_before(text: str, line_start: int, person: Mention, mentions: list[Mention],
                   pats: RolePatterns) -> tuple[int, int] | None:
    """"Neuer Staatssekretär im Ministerium der Justiz wurde Dr. Hannes Kopf", "the new chair is Jane Doe": the
    title phrase of the sentence, then a copula, then the name."""
    verb = pats.copula_before.search(text, line_start, person.start)
    if not verb:
        return None
    sentence = max(line_start, *(text.rfind(c, line_start, verb.start()) + 1 for c in ".!?;:“„\"«"))
    for title in pats.title.finditer(text, sentence, verb.start()):
        start, end = title.start(), verb.start()
        joint = re.search(rf"\s(?:{coordination_words(pats)})\s+(?=[a-zà-ÿ])", text[title.end(): end])
        after = text[title.end() + joint.end():].split(maxsplit=1)[0].lower() if joint else ""
        if joint and after not in pats.connector_words and not pats.title.match(text, title.end() + joint.end()):
            end = title.end() + joint.start()  # "Chef der Staatskanzlei und damit Nachfolger ...": the first position
        if mentions_in(mentions, start, end, ("PERSON",)):
            continue
        modifiers = pats.modifiers_before.search(text, sentence, start)
        start = modifiers.start() if modifiers else start
        if len(text[start:end].split()) > config.MAX_ROLE_WORDS or re.search(r"['’]s\b", text[start:end]):
            return None
        return strip_span(text, start, end)
    return None


def named_body_after(text: str, end: int, titles: list[tuple[int, int]],
                      pats: RolePatterns) -> tuple[int, int] | None:
    """(end of the title, start of the body) when the first title is followed by "of/de/van" and a capitalised name
    holding an organisation word ("de la Cour de justice", "of the Court of Auditors"), where nouns are not
    capitalised anyway (German reads its genitive in ``_genitive_org``)."""
    if pats.lang["nouns_capitalised"] or not titles:
        return None
    of = re.match(rf"\s+(?i:{pats.connectors})(?:\s+|(?<=['’]))(?:(?i:{pats.articles})(?:\s+|(?<=['’])))?"
                  rf"(?=[A-ZÀ-Þ])", text[titles[0][1]:end])
    if not of:
        return None
    body = titles[0][1] + of.end()
    title = text[titles[0][0]: titles[0][1]].lower()  # "dijkgraaf van het Hoogheemraadschap ...": its own kinds
    kinds = [k for t, ks in pats.lang.get("role_title_bodies", {}).items() if t.lower() == title for k in ks]
    keywords = {w.lower() for w in pats.lang["org_keywords"] + kinds}
    words = text[body:end].split()
    if not words or not any(w[:1].isupper() and any(w.lower() == k or (len(k) >= 4 and w.lower().endswith(k))
                                                    for k in keywords) for w in words) or pats.title.search(
            text, body, end):
        return None
    return titles[0][1], body


def listed_after_plural(text: str, people: list[Mention], mentions: list[Mention],
                        pats: RolePatterns) -> dict[tuple[int, int], tuple[str, tuple[int, int]]]:
    """"appointed two new Members of the European Court of Auditors (ECA):\\n— Ms Ivana Maletić, from Croatia, ...",
    "vier nieuwe leden van de Europese Rekenkamer benoemd. Zij traden in functie:\\n• de heer Alex Brenninkmeijer
    (Nederland)": a list whose items open with a name, after a paragraph that ends with a colon and names a plural
    title: every name holds the singular title (with the body named right after the plural). Returns, per person
    (start, end), the singular title and the plural phrase's span."""
    plurals = pats.lang["role_plurals"]
    if not plurals:
        return {}
    honorifics = alternation(pats.lang["honorifics"])
    bullet = re.compile(r"\s*[-–—•*·▪][^\S\n]*")  # from a line's start: blank lines may part the items
    prefix = re.compile(rf"(?:(?:{honorifics}|[a-zà-ÿ]{{1,4}})[^\S\n]+){{0,3}}")  # "de heer", "d e heer", "Ms"
    connector = re.compile(rf"\s+(?i:{pats.connectors})(?:\s+|(?<=['’]))(?:(?i:{pats.articles})\s+)?")
    found: dict[tuple[int, int], tuple[str, tuple[int, int]]] = {}
    for colon in re.finditer(r":[^\S\n]*\n", text):
        intro_start = text.rfind("\n\n", 0, colon.start()) + 1
        plural = None
        for match in pats.title_or_plural.finditer(text, intro_start, colon.start()):
            singular = singular_of(match.group(0), pats)
            plural = (match, singular) if singular else plural
        if plural is None:
            continue
        match, singular = plural
        of = connector.match(text, match.end())
        body = next((m for m in mentions if m.label == "ORG" and of and m.start == of.end()), None)
        span = (match.start(), body.end if body else match.end())
        items: list[Mention] = []
        pos = colon.end()
        while True:
            item = bullet.match(text, pos)
            line_end = text.find("\n", item.end()) % (len(text) + 1) if item else 0
            person = next((p for p in people if item and item.end() <= p.start < line_end), None)
            if item is None or person is None or not prefix.fullmatch(text, item.end(), person.start):
                break
            items.append(person)
            pos = text.find("\n", person.end)
            if pos < 0:
                break
        if len(items) >= 2:
            for person in items:
                found[(person.start, person.end)] = (singular, span)
    return found


def headed_body_after(text: str, start: int, end: int, titles: list[tuple[int, int]], mentions: list[Mention],
                      pats: RolePatterns) -> tuple[int, int] | None:
    """(end of the title, start of the body) for "directeur van Natuurmonumenten", "CEO of Acme Corp", "PDG de
    Renault": a title that heads a body (``role_body_titles``: director, CEO, chair, spokesperson; not a minister,
    whose "of" names a portfolio), alone in the phrase, then of/van/de and a name that ends the phrase: an
    organisation the recogniser found, or, in a language without a model, capitalised words that are no single
    dictionary word ("directeur van Communicatie" is a department)."""
    heads = pats.lang.get("role_body_titles", [])
    if not heads or not titles or pats.lang["nouns_capitalised"]:
        return None
    title_start, title_end = titles[0]
    prefix = pats.modifiers_before.search(text, start, title_start)
    if (prefix.start() if prefix else title_start) != start or not re.fullmatch(
            rf"(?i:{alternation(heads)})", text[title_start:title_end]):
        return None
    of = re.compile(rf"\s+(?i:{alternation(pats.lang['role_country_connectors'])})(?:\s+|(?<=['’]))"
                    rf"(?:(?i:{pats.articles})(?:\s+|(?<=['’])))?(?=[A-ZÀ-Þ])").match(text, title_end, end)
    if not of or any((m.label == "PERSON" and m.start < end and of.end() < m.end) or (
            m.label == "LOC" and (m.start, m.end) == (of.end(), end)) for m in mentions):
        return None  # a place ends the phrase: its office ("burgemeester van Amsterdam") is read apart
    body = text[of.end():end]
    if any(m.label == "ORG" and m.start == of.end() and m.end == end for m in mentions):
        return title_end, of.end()
    words = body.split()
    connectors = {w.lower() for w in pats.lang["name_connectors"]}
    if has_model(pats.lang.code) or not words or len(words) > config.MAX_ROLE_WORDS or not all(  # a model: its ORGs
            w[:1].isupper() or w.lower() in connectors for w in words) or not words[-1][:1].isupper():
        return None
    if len(words) == 1 and words[0].lower() in dictionary_words(pats.lang.code):
        return None
    return title_end, of.end()
