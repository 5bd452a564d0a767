"""The organisation of a role: named in the role phrase (after at/bei/bij, a genitive, of + a country, a head
title's body), next to the name (a bracket, the line below in a contact block), or by a possessive ("the
World Bank's director"). Used by :mod:`pipeline.roles`."""

from __future__ import annotations

import re
from functools import cache

from pipeline import config
from pipeline.entities.gazetteer import alias_table
from pipeline.records import EntityRef, Mention
from pipeline.resources.langdata import alternation, common_words, load_language
from pipeline.roles.context import (
    governed_key,
    localised_country,
)
from pipeline.roles.forms import (
    coordination_words,
    headed_body_after,
    named_body_after,
)
from pipeline.roles.patterns import (
    RolePatterns,
    mentions_in,
    phrase_end,
    strip_span,
)
from pipeline.textnorm import fold, is_acronym


def list_end(text: str, end: int, pats: RolePatterns) -> int:
    """"country director for Brunei, Malaysia, Philippines and Thailand": a list of names goes on past commas."""
    found = pats.list_tail.match(text, end)
    return found.end() if found else end


def role_organisation(text: str, start: int, end: int, mentions: list[Mention], counts: dict[str, int],
                  pats: RolePatterns, entities: list[EntityRef]) -> tuple[int, int, str | None, Mention | None]:
    """Split the organisation off a role phrase: (role start, role end, organisation, its mention)."""
    after_end = phrase_end(text, end, min(len(text), end + 120))
    at = pats.at_split.search(text, start, after_end if re.match(r",\s+", text[end:end + 3]) else end)
    if at and at.start() >= end and not mentions_in(mentions, at.end(), phrase_end(text, at.end(), after_end),
                                                    ("ORG",)):
        at = None  # after the comma only a named body: "Schulleiterin der MS X, am Vormittag" is a time
    if at:
        # "im Ministerium für Bildung, Kultur und X"
        org_stop = list_end(text, phrase_end(text, at.end(), after_end), pats)
        org_start, org_end = strip_span(text, at.end(), min(org_stop, end) if at.start() < end else org_stop)
        inside = mentions_in(mentions, org_start, org_end, ("ORG", "LOC"))
        role_end = min(at.start(), end)
        return start, role_end, text[org_start:org_end] or None, inside[0] if inside else None
    lead = next((m for m in mentions if m.start == start and m.label == "ORG" and m.end < end
                 and (is_acronym(m.text) or alias_table().lookup(m.text) is not None)), None)
    if lead is not None and pats.title.search(text, lead.end, end):
        role_start = lead.end + re.match(r"(?:['’]s)?\s*", text[lead.end:end]).end()  # type: ignore[union-attr]
        return role_start, end, lead.text, lead
    demonym = pats.demonym_head.match(text, start)
    if demonym:
        country, mention = localised_country(pats.lang["demonyms"][demonym.group("d")], mentions, entities, pats)
        return demonym.end(), end, country, mention
    modified = pats.modified_demonym.match(text, start)
    if modified and pats.title.match(text, modified.end()):  # "former Irish ambassador to the U.S."
        country, mention = localised_country(pats.lang["demonyms"][modified.group("d")], mentions, entities, pats)
        return start, end, country, mention
    first = pats.title.match(text, start)
    spaced = first is not None and text[first.end(): first.end() + 1] == " "
    after_title = pats.demonym_head.match(text, first.end() + 1) if first is not None and spaced else None
    if after_title and after_title.end("d") <= end and not pats.lang["nouns_capitalised"]:  # not "Frans Timmermans"
        country, mention = localised_country(pats.lang["demonyms"][after_title.group("d")], mentions, entities, pats)
        alone = not text[after_title.end():end].strip()  # "l'ambassadeur américain": the country apart
        return start, first.end() if alone else end, country, mention  # type: ignore[union-attr]
    titles = [t.span() for t in pats.title.finditer(text, start, end)]
    genitive = _genitive_org(text, start, end, titles, pats)
    known = [m for m in mentions_in(mentions, start, end, ("ORG", "LOC"))
             if _is_named_org(text, m, start, counts, pats, entities)
             and not any(m.start < t_end and t_start < m.end for t_start, t_end in titles)]
    known = [m for m in known if m.label == "ORG" and not _portfolio_item(text, start, m, pats)]  # places count only
    # through "of"/"at" or a demonym; "Cabinet Secretary for Finance, Constitution and the Cabinet Office": a portfolio
    nation = next((m for m in mentions_in(mentions, start, end, ("LOC", "ORG")) if m.end == end
                   and governed_key(m, entities)), None)  # a country or a governed region ("de la Wallonie")
    of_country = pats.country_of.search(text, start, nation.start) if nation is not None else None
    if nation is not None and of_country and of_country.start() > start and pats.title.search(
            text, start, of_country.start()):  # "Minister of Foreign Affairs of Luxembourg"
        return start, of_country.start(), nation.text, nation
    place = next((m for m in mentions_in(mentions, start, end, ("LOC",)) if m.end == end and titles
                  and pats.country_of.fullmatch(text, titles[0][1], m.start)), None)
    if nation is None and place is not None and not pats.lang["nouns_capitalised"]:  # German keeps its genitive
        return start, titles[0][1], place.text, place  # "burgemeester van Amsterdam", "Mayor of London"
    last = max(known, key=lambda m: m.end, default=None)
    bracket = re.search(r"\s\([A-ZÀ-Þ][\w&\-]{1,9}\)?$", text[start:end])
    if bracket:  # "directeur de la Direction du développement et de la coopération (DDC)"
        core_end = end - len(bracket.group(0))
        before = [m for m in mentions_in(mentions, start, core_end, ("ORG",)) if m.end == core_end]
        of = pats.of_tail.search(text, start, before[0].start) if before else None
        if before and of and pats.title.search(text, start, of.start()):
            return start, of.start(), before[0].text, before[0]
    if last is not None and last.end == end and last.label == "ORG":
        of = pats.of_tail.search(text, start, last.start)
        if of and pats.title.search(text, start, of.start()):
            return start, of.start(), last.text, last
    if known:
        return start, end, known[0].text, known[0]
    if genitive:
        inside = mentions_in(mentions, genitive[0], genitive[1], ("ORG", "LOC"))
        return start, end, text[genitive[0]:genitive[1]], inside[0] if inside else None
    named = named_body_after(text, end, titles, pats)
    if named and "," in text[named[1]:end] and pats.coordination.search(text, named[1], end):
        named = None  # "for Finance, Constitution and the Cabinet Office": a list of portfolios, not one body
    if named:  # "Président de la Cour de justice", the body unrecognised or taken into a "person"
        inside = mentions_in(mentions, named[1], end, ("ORG", "LOC"))
        return start, named[0], text[named[1]:end], inside[0] if inside else None
    headed = headed_body_after(text, start, end, titles, mentions, pats)
    if headed:  # "directeur van Natuurmonumenten", "CEO of Acme Corp": the body a head title leads
        inside = mentions_in(mentions, headed[1], end, ("ORG",))
        return start, headed[0], text[headed[1]:end], inside[0] if inside else None
    return start, end, None, None


def _portfolio_item(text: str, start: int, m: Mention, pats: RolePatterns) -> bool:
    """An organisation that ends a list ("for Finance, Constitution and the Cabinet Office") is one item of a
    portfolio, not the body the position belongs to ("Spitzenvertreter von ÖVP und NEOS" keeps its parties)."""
    return bool(re.search(rf",[^,]+\s(?:{coordination_words(pats)})\s+(?:(?i:{pats.connectors})(?:\s+|(?<=['’])))?"
                          rf"(?:(?i:{pats.articles})(?:\s+|(?<=['’])))?$", text[start:m.start]))


def _genitive_org(text: str, start: int, end: int, titles: list[tuple[int, int]],
                  pats: RolePatterns) -> tuple[int, int] | None:
    """"Regierungspräsidentin des Kantons Zürich", "Vorsteherin des Eidgenössischen Departements für ...":
    where nouns are capitalised, the genitive after a title names its body when it holds an organisation word."""
    if not pats.lang["nouns_capitalised"] or not titles:
        return None
    match = pats.genitive.match(text, titles[0][1], end)
    if not match:
        return None
    words = text[match.end():end].split()
    if any(pats.org_word.match(w) for w in words):
        return match.end(), end
    return None


def _is_named_org(text: str, m: Mention, start: int, counts: dict[str, int], pats: RolePatterns,
                  entities: list[EntityRef]) -> bool:
    """Trust an organisation inside a role phrase when it is recurrent, an acronym, in the alias table,
    or introduced with an article ("of the ILO", "der Europäischen Kommission")."""
    if counts.get(mention_key(m, entities), 0) >= 2 or is_acronym(m.text) or m.method == "gazetteer":
        return True
    if any(t.end() + 1 == m.start and text[t.end()] == " " for t in pats.title.finditer(text, start, m.start)):
        return True  # "Woordvoerder Ministerie van Binnenlandse Zaken": the body's name right after the title
    of = pats.of_tail.search(text, start, m.start)
    return bool(of and (of.group("article")
                        or pats.article_words & set(re.split(r"\s+|(?<=['’])", of.group(0).lower()))))


def org_nearby(text: str, person: Mention, role_end: int, mentions: list[Mention],
                pats: RolePatterns) -> Mention | None:
    """"Vice Minister You Jun of MoHRSS", "X (Director-General, NDRC)": an organisation right after the
    name (introduced by "of"/"van"/...) or right after the role inside the same parentheses."""
    orgs = [m for m in mentions if m.label == "ORG"]
    after_name = re.match(rf"\s+(?i:{pats.connectors})\s+(?:(?i:{pats.articles})\s+)?",
                          text[person.end: person.end + 30])
    if after_name:
        found = next((m for m in orgs if m.start == person.end + after_name.end()), None)
        if found:
            return found
    block = _org_line_below(text, person, role_end, orgs)
    if block is not None:
        return block
    if "(" in text[person.end: role_end]:
        tail = re.match(r"\s*,\s*", text[role_end: role_end + 5])
        if tail:
            found = next((m for m in orgs if m.start == role_end + tail.end()), None)
            if found and re.match(r"\s*\)", text[found.end: found.end + 3]):
                return found
    return None


def _org_line_below(text: str, person: Mention, role_end: int, orgs: list[Mention]) -> Mention | None:
    """"Pressekontakt:\nJulia Klein\nPressesprecherin\nMinisterium für Umwelt, ...": in a contact block the title has
    a line of its own, below the name, and the organisation the line below it (an organisation the line opens with,
    cut at the line's end)."""
    line_start = text.rfind("\n", 0, role_end) + 1
    line_end = text.find("\n", role_end)
    if line_end < 0 or person.end > line_start or text[role_end:line_end].strip() or "," in text[line_start:line_end]:
        return None
    below = re.compile(r"[^\S\n]*").match(text, line_end + 1)
    found = next((m for m in orgs if below and m.start == below.end()), None)
    if found is None:
        return None
    below_end = text.find("\n", found.start)
    if below_end < 0 or found.end <= below_end:  # the organisation fills its line: not "United States" of "... Senate"
        return found if not text[found.end: below_end if below_end >= 0 else len(text)].strip() else None
    return Mention(found.start, below_end, text[found.start:below_end].rstrip(), "ORG", method=found.method)


def org_of_possessive(text: str, start: int, mentions: list[Mention], pats: RolePatterns) -> Mention | None:
    """"experts of the NDRC and their General Administrator Pu Yufei": "their" points back to the last
    organisation of the sentence."""
    possessives = pats.lang["org_possessives"]
    before = text[max(0, start - 12): start].split()
    if not possessives or not before or before[-1].lower() not in possessives:
        return None
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    orgs = [m for m in mentions if m.label == "ORG" and sentence_start <= m.start and m.end <= start]
    return orgs[-1] if orgs else None


ACRONYM_BEFORE_TITLE = re.compile(r"[^\S\n]*\([^\S\n]*([A-ZÀ-Þ][\w&.\-]{1,9})[^\S\n]*\)[^\S\n]+")


def org_with_acronym_before(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """"U.S. Department of Agriculture (USDA) Secretary Tom Vilsack", "Securities and Exchange Commission (SEC)
    Chairman X": the organisation named with its acronym in brackets right before the title."""
    for m in mentions:
        gap = ACRONYM_BEFORE_TITLE.fullmatch(text, m.end, start) if m.label == "ORG" and m.end < start else None
        if gap is not None and is_acronym(gap.group(1)):
            return m
    return None


def governed_place_before(text: str, start: int, mentions: list[Mention], entities: list[EntityRef]) -> Mention | None:
    """"Hessens Arbeitsministerin X", "Nordrhein-Westfalens Ministerpräsident X", "Vlaanderens minister-president X",
    "Florida's Governor X": a country or a governed region written right before the title (in the genitive) is the
    government the office belongs to."""
    return next((m for m in mentions if m.label == "LOC" and m.end < start and GENITIVE_GAP.fullmatch(
        text, m.end, start) and governed_key(m, entities)), None)


GENITIVE_GAP = re.compile(r"(?:['’]s?)?[^\S\n]")


def chamber_of_party_state(text: str, person: Mention, role_text: str, pats: RolePatterns) -> str | None:
    """"Senator Daniel K. Akaka (D-HI)", "Congressman John Doe (R-Ohio)": a party letter and a state in brackets after
    the name mark a member of a chamber (``role_party_state_chambers``: the U.S. Senate, the House)."""
    chambers = pats.lang.get("role_party_state_chambers", {})
    chamber = next((body for title, body in chambers.items() if fold(title) == fold(role_text)), None)
    return chamber if chamber is not None and _party_state(pats.lang.code).match(text, person.end) else None


@cache
def _party_state(code: str) -> re.Pattern[str]:
    letters = alternation(load_language(code).get("role_party_letters", []))  # none: a pattern that never matches
    return re.compile(rf"[^\S\n]*\([^\S\n]*(?:{letters})[^\S\n]*[-–][^\S\n]*[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?"
                      rf"[^\S\n]*\)")


def own_publisher(text: str, start: int, publisher: Mention | None, pats: RolePatterns) -> Mention | None:
    """"said our Executive Director X", "aldus onze directeur X", "unsere Präsidentin X": a title the release calls
    its own (``role_own_possessives``) is a post of the publisher its header names."""
    before = text[max(0, start - 12): start].split()
    own = {w.lower() for w in pats.lang.get("role_own_possessives", [])}
    return publisher if publisher is not None and before and before[-1].lower() in own else None


def acronym_in(text: str, start: int, end: int, pats: RolePatterns) -> str | None:
    """"ILO Program Manager", "head of ILO Regional Actuarial Services": the acronym a role phrase holds."""
    return next((w for w in re.findall(r"[\w&+\-]+", text[start:end])
                 if is_acronym(w) and w.isalpha() and not pats.title.fullmatch(w)
                 and w not in pats.lang["common_acronyms"]), None)


def mention_key(mention: Mention, entities: list[EntityRef]) -> str:
    return entities[mention.entity].key if mention.entity is not None else fold(mention.text)


BRACKET_AFTER_NAME = re.compile(r"[^\S\n]*\([^\S\n]*([^()\n]{2,80}?)[^\S\n]*\)")


def portfolio_in_brackets(text: str, person: Mention, mentions: list[Mention], entities: list[EntityRef],
                          pats: RolePatterns) -> tuple[str, Mention | None] | None:
    """"minister Cora van Nieuwenhuizen (Infrastructuur en Waterstaat)", "Minister Hoekstra (Financiën)": the
    portfolio in brackets right after a titled name is the organisation of the position (its ministry); a country
    there ("(Nederland)") is the country. A party is none: an acronym ("(VVD)", "(SPD)") or a name the alias
    table knows ("(GroenLinks)"), nor a person or a place that governs nothing ("(Den Haag)")."""
    found = BRACKET_AFTER_NAME.match(text, person.end)
    if found is None:
        return None
    start, end = found.span(1)
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    country = next((m for m in inside if (m.start, m.end) == (start, end) and governed_key(m, entities)), None)
    if country is not None:
        return country.text, country
    words = text[start:end].replace(",", " ").split()
    joints = {c.lower() for c in pats.lang["coordination"]} | pats.connector_words
    if any(m.label in ("PERSON", "LOC") for m in inside) or alias_table().lookup(text[start:end]) is not None:
        return None
    if not words[0][:1].isupper() or not words[-1][:1].isupper() or any(
            re.search(r"\d", w) or is_acronym(w) or not (w[:1].isupper() or w.lower() in joints) for w in words):
        return None
    return text[start:end], next((m for m in inside if (m.start, m.end) == (start, end)), None)


COMPOUND_ACRONYM = re.compile(r"([A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,7})-\w")
COMPOUND_NAME = re.compile(r"([A-ZÀ-Þ][\w&]*[a-zà-ÿ][\w&]*)-(?=\w)")


def compound_prefix_org(role_text: str, mentions: list[Mention],
                        pats: RolePatterns) -> tuple[str | None, Mention | None]:
    """"SPÖ-Abgeordnete", "CBS-hoofdeconoom": the acronym a compound title opens with; "Statbel-directeur",
    "Destatis-Präsident": the body opening the compound, when the release names it as an organisation or the alias
    table knows it as one."""
    acronym = COMPOUND_ACRONYM.match(role_text)
    if acronym and is_acronym(acronym.group(1)):
        return acronym.group(1), None
    prefix = COMPOUND_NAME.match(role_text)
    if prefix is None or not role_text.split() or not pats.title.fullmatch(role_text.split()[0]):
        return None, None
    name = prefix.group(1)
    named = next((m for m in mentions if m.label == "ORG" and fold(m.text) == fold(name)), None)
    if named is not None:
        return named.text, named
    entry = alias_table().lookup(name)
    if entry is not None:
        return (name, None) if entry.label == "ORG" and not entry.id.startswith("country-") else (None, None)
    return (name, None) if _unknown_body(name, mentions, pats) else (None, None)


def _unknown_body(name: str, mentions: list[Mention], pats: RolePatterns) -> bool:
    """"Verdi-Sprecher", "Kawasaki-Präsident", "Rabobank-topman": where titles are compounded (Dutch, German) a name
    opening the compound that is no word of the language ("Vize-", "Grünen-"), no modifier, no place and no name of
    a person the release mentions ("Merkel-Sprecher") is the body the post belongs to."""
    from pipeline.entities.places import city_names

    lowered = name.lower()
    if not pats.lang.get("role_title_suffix_match") or len(name) < config.ROLE_MIN_BODY_CHARS \
            or lowered in common_words(pats.lang.code) or lowered in {
            w.lower() for w in pats.lang["role_modifiers"] + list(pats.lang["demonyms"])} or name in city_names()[0]:
        return False
    return not any(m.label in ("PERSON", "LOC") and fold(name) in fold(m.text).split() for m in mentions)
