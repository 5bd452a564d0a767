"""Role extraction, the context around a phrase: the organisations a text implies (a title that names its body,
the country of a national office, a name written before the title) and text wrapped over lines. The people a
phrase belongs to are found in :mod:`pipeline.roles.names`."""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from functools import cache

from pipeline import config
from pipeline.entities.clusters import city_countries
from pipeline.entities.gazetteer import SHARED, alias_table
from pipeline.records import EntityRef, Mention
from pipeline.resources.langdata import alternation, dictionary_words
from pipeline.roles.patterns import COUNTRY_KEY, RolePatterns, city_country
from pipeline.textnorm import fold, is_acronym

# --- organisations the text implies ---------------------------------------------------------------------------

def country_key(m: Mention, entities: list[EntityRef]) -> str | None:
    key = entities[m.entity].key if m.entity is not None and m.entity < len(entities) else None
    if key is None:
        entry = alias_table().lookup(m.text)
        key = f"alias:{entry.id}" if entry else None
    return key if key and key.startswith(COUNTRY_KEY) else None


def org_before(text: str, start: int, mentions: list[Mention], entities: list[EntityRef],
                code: str) -> Mention | None:
    """"European Commission President X", "UK Ambassador X", "the World Bank's country director": the
    organisation (or country) written right before the title."""
    for m in mentions:
        if not (start - 3 <= m.end <= start and re.fullmatch(r"(?:['’]s)?[^\S\n]", text[m.end:start])):
            continue  # not adjacent: one blank, or "'s" and one blank
        named = m.label == "ORG" and (is_acronym(m.text) or alias_table().lookup(m.text) is not None
                                      or len(m.text.split()) >= 2 or m.text.lower() not in dictionary_words(code))
        if named or (m.label == "LOC" and country_key(m, entities)):
            return m
    return None


def implied_org(text: str, start: int, end: int, role_text: str, mentions: list[Mention],
                 entities: list[EntityRef], pats: RolePatterns) -> tuple[str | None, Mention | None]:
    """A title that names its organisation ("Commissioner" -> the European Commission, "Bundesrätin" -> the
    Bundesrat) when the document names it too; a national office ("Minister", "Bundespräsident") -> the
    one country its sentence names."""
    folded, around = fold(role_text), fold(text[max(0, start - config.LOOKBACK_CHARS // 4):end])
    own = pats.lang.get("title_own_organisations", [])
    for word, forms in pats.lang["title_organisations"].items():
        if fold(word) not in folded and not (word in own and around.endswith(fold(word))):
            continue  # "European Commissioner X": the role is "Commissioner", the title before it names the body
        wanted = {fold(f) for f in forms}
        present = [m for m in mentions if m.label == "ORG" and fold(m.text) in wanted]
        if present:
            best = max(present, key=lambda m: (len(m.text), -m.start))
            return best.text, best
        for form in sorted(forms, key=len, reverse=True):
            found = next((f for f in re.finditer(rf"(?<![\w\-]){re.escape(form)}(?![\w\-])", text)
                          if not start <= f.start() < end), None)
            if found:
                return found.group(0), None
        if word in own:
            return forms[0], None  # "MEP", "eurodéputée": the title names its body even where the text does not
    compound = compound_org(text, start, role_text, mentions, pats)
    if compound is not None:
        return compound.text, compound
    if not pats.national.search(role_text):
        return None, None
    org, mention = _country_of_sentence(text, start, end, mentions, entities, pats)
    if org is None:
        mention = document_government(text, mentions, pats)
        org = mention.text if mention else None
    if org is None:
        federal = pats.lang.get("federal_titles", [])
        named_only = not (federal and re.search(rf"(?<![\w\-])(?:{alternation(federal)})(?![\w])", role_text))
        org, mention = document_country(text, start, end, mentions, entities, pats, named_only)
    return org, mention


def compound_org(text: str, start: int, role_text: str, mentions: list[Mention], pats: RolePatterns) -> Mention | None:
    """"Parlamentspräsident", "Kamervoorzitter", "Commission Vice-President": a title compounded with (or written right
    after) the head word of an organisation the release names ("das Europäische Parlament", "de Tweede Kamer", "the
    European Commission") is that organisation's; the head must be an organisation word ("Transport Secretary" is no
    Department for Transport's)."""
    heads = []
    window = max(0, start - config.LOOKBACK_CHARS // 4)
    before = re.search(r"(?:^|(?<=\s))([A-ZÀ-Þ][\w\-]*[a-zà-ÿ]) $", text[window:start])
    if before and not any(m.start < start and window + before.start(1) < m.end and m.text != before.group(1)
                          for m in mentions):
        heads.append(fold(before.group(1)))  # a head word alone ("Senate"); a longer name there is org_before's
    first = fold(role_text.split()[0]) if role_text.split() else ""
    endings = {""} | {fold(e) for e in pats.lang["role_title_endings"]}
    if pats.lang.get("role_title_suffix_match"):  # Dutch, German: titles are compounded
        for title in sorted((fold(t) for t in pats.lang["role_titles"] if " " not in t), key=len, reverse=True):
            at = first.rfind(title)
            if at > 2 and first[at + len(title):] in endings:
                heads.append(first[:at].rstrip("-"))
                break
    words = {fold(w) for w in pats.lang["org_keywords"] + pats.lang["org_body_words"]}
    for head in heads:
        for form in dict.fromkeys((head, head.removesuffix("s"), head.removesuffix("es"))):
            if not form or not any(form == w or (len(w) >= 3 and form.endswith(w)) for w in words):
                continue
            found = [m for m in mentions if m.label == "ORG" and re.split(r"[\s\-]", fold(m.text))[-1] == form
                     and not start <= m.start < start + len(role_text)]
            known = [m for m in found if alias_table().lookup(m.text) is not None]
            own = [m for m in found if m.end == start - 1 and " " not in m.text]  # "Senate" in "Senate ... Leader"
            if known or own:  # a name of the table, else the head itself: not "Republican Senate", "Floor of the US
                found = known or own  # Senate" for "Senate Democratic Leader"
            if found:
                return max(found, key=lambda m: (len(m.text.split()), -m.start))
    return None


def document_government(text: str, mentions: list[Mention], pats: RolePatterns) -> Mention | None:
    """The government that publishes the release, as its header names it: a line that is only its name ("Welsh
    Government" above the headline) or a publisher phrase ("The press release issued by the Scottish Government
    on ..."); a national office the text gives no country is that government's."""
    words = pats.lang.get("role_government_words", [])
    if not words:
        return None
    government = re.compile(rf"(?<![\w\-])(?:{alternation(words)})(?![\w\-])")
    phrases = pats.lang.get("role_publisher_phrases", [])
    publisher = re.compile(rf"(?<![\w\-])(?:{alternation(phrases)})\s+(?:(?:{pats.articles})\s+)?$") if phrases \
        else None
    header_end = _header_end(text)
    for m in mentions:
        entry = alias_table().lookup(m.text)
        if m.label != "ORG" or not government.search(m.text) or not (
                len(m.text.split()) >= 2 or entry is not None) or (entry and entry.id.startswith(SHARED)):
            continue  # a name several bodies bear ("Landesregierung") is not the publisher's own government
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end) % (len(text) + 1)
        alone = m.start < header_end and not text[line_start:m.start].strip(" \t|•-") and not text[
            m.end:line_end].strip(" \t|•-")
        if alone or (publisher and publisher.search(text, line_start, m.start)):
            return m
    return None


def _header_end(text: str) -> int:
    """Where the header of a release ends: after its first config.HEADER_ROLE_LINES lines that hold text."""
    lines = [x for x in re.finditer(r"[^\n]*\S[^\n]*", text)][: config.HEADER_ROLE_LINES]
    return lines[-1].end() if lines else 0


def document_country(text: str, start: int, end: int, mentions: list[Mention], entities: list[EntityRef],
                     pats: RolePatterns, named_only: bool = True) -> tuple[str | None, Mention | None]:
    """The country (or governed region: Wales, Flanders, a Land) a release is plainly about, for a national office
    its sentence gives none: the one the document names by name, and by name or demonym at least
    config.ROLE_COUNTRY_MIN_MENTIONS times and config.ROLE_COUNTRY_DOMINANCE times as often as any other (a city
    counts for its country, which it names alone only for a federal title: "Wien (OTS) - ... Bundesminister X"
    when ``named_only`` is false)."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    people_orgs = [m for m in mentions if m.label in ("ORG", "PERSON")]
    def free(c_start: int, c_end: int) -> bool:  # "des russischen Präsidenten": another office's country
        left = max(text.rfind(". ", 0, c_start), text.rfind("\n", 0, c_start)) + 1
        return not bound_elsewhere(text, c_start, c_end, start, end, left, pats)

    cities, names = city_countries(), alias_table().by_language.get(pats.lang.code, {})
    for m in mentions:
        key = governed_key(m, entities)
        if key and free(m.start, m.end):
            counts[key] = counts.get(key, 0) + 1
            if key not in first or (m.text in names and first[key].text not in names):
                first[key] = m  # the first mention spelt as a name of the table ("Northern Irelands" is no name)
        elif key is None and m.label == "LOC" and (city := city_country(m.text, cities)):  # "Bern, 21.09.2009", "Wien"
            counts[f"{COUNTRY_KEY}{city}"] = counts.get(f"{COUNTRY_KEY}{city}", 0) + 1
    for d in pats.demonym_any.finditer(text):
        key = _demonym_key(d.group("d"), pats)
        inside = any(m.start <= d.start() and d.end() <= m.end for m in people_orgs)
        if key and _governed(key) and not inside and free(d.start(), d.end()):
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None, None
    top, top_count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top_count < config.ROLE_COUNTRY_MIN_MENTIONS or top_count < config.ROLE_COUNTRY_DOMINANCE * runner_up:
        return None, None
    if top in first:
        return first[top].text, first[top]
    if named_only or not top.startswith(COUNTRY_KEY):
        return None, None  # a demonym alone ("Belgische experten") describes; the release must name the country
    return local_name(top.removeprefix("alias:"), pats.lang.code), None  # "Wien (OTS) - Bundesminister X": Österreich


@cache
def _governed_places() -> frozenset[str]:
    """Places with a government of their own (``governed_places`` of organisations.json): a minister there is theirs."""
    data = json.loads((config.DATA_DIR / "organisations.json").read_text(encoding="utf-8"))
    return frozenset(f"alias:{i}" for i in data.get("governed_places", []))


def _governed(key: str) -> bool:
    return key.startswith(COUNTRY_KEY) or key in _governed_places()


def governed_key(m: Mention, entities: list[EntityRef]) -> str | None:
    """The alias key of a mention that names a country or a governed region, else None."""
    if m.label not in ("LOC", "ORG"):
        return None
    key = entities[m.entity].key if m.entity is not None and m.entity < len(entities) else None
    if key is None or not key.startswith("alias:"):
        entry = alias_table().lookup(m.text)
        key = f"alias:{entry.id}" if entry else None
    return key if key and _governed(key) else None


def _country_of_sentence(text: str, start: int, end: int, mentions: list[Mention], entities: list[EntityRef],
                         pats: RolePatterns) -> tuple[str | None, Mention | None]:
    """The country of a national office: the one country its sentence names, by name or demonym."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [x for x in (text.find(mark, end) for mark in (". ", "\n", ":", "‘", "“", "«", "„", '"')) if x >= 0]
    right = min(ends) if ends else len(text)
    named: dict[str, Mention | None] = {}
    for m in mentions:
        key = country_key(m, entities) if left <= m.start and m.end <= right else None
        if key and not bound_elsewhere(text, m.start, m.end, start, end, left, pats):
            named.setdefault(key, m)
    orgs = [m for m in mentions if m.label in ("ORG", "PERSON")]
    for d in pats.demonym_any.finditer(text, left, right):
        key = _demonym_key(d.group("d"), pats)
        inside_org = any(m.start <= d.start() and d.end() <= m.end for m in orgs)  # "Agence française", "Frans X"
        if key and key.startswith(COUNTRY_KEY) and not inside_org and not bound_elsewhere(
                text, d.start(), d.end(), start, end, left, pats):
            named.setdefault(key, None)
    if len(named) != 1:
        return None, None
    key, mention = next(iter(named.items()))
    if mention is not None:
        return mention.text, mention
    country = next((m for m in mentions if country_key(m, entities) == key), None)
    if country is not None:
        return country.text, country
    return local_name(key.removeprefix("alias:"), pats.lang.code), None


def bound_elsewhere(text: str, c_start: int, c_end: int, start: int, end: int, left: int,
                     pats: RolePatterns) -> bool:
    """A country the sentence ties to another title ("den Präsidenten der Russischen Föderation", "Der russische
    Präsident Medwedew", "the President of France") is that office's, not the country of the one at start:end."""
    window = max(left, c_start - config.MAX_PORTFOLIO_CHARS)
    before = pats.title_ending.search(text[window:c_start])
    if before and not start <= window + before.start() < end:
        return True
    after = pats.title.match(text, c_end + len(text[c_end:c_end + 3]) - len(text[c_end:c_end + 3].lstrip()))
    return bool(after and after.start() > c_end and not start <= after.start() < end)


def _demonym_key(word: str, pats: RolePatterns) -> str | None:
    entry = alias_table().lookup(pats.lang["demonyms"][word])
    return f"alias:{entry.id}" if entry else None


def localised_country(country: str, mentions: list[Mention], entities: list[EntityRef],
                       pats: RolePatterns) -> tuple[str, Mention | None]:
    """"Germany" (a demonym's country) as the document writes it ("Deutschland"), with its mention."""
    entry = alias_table().lookup(country)
    if entry is None:
        return country, None
    same = [m for m in mentions if country_key(m, entities) == f"alias:{entry.id}"]
    if same:
        return same[0].text, same[0]
    return local_name(entry.id, pats.lang.code) or country, None


def local_name(entry_id: str, code: str) -> str | None:
    """The name of an alias-table entry in a language ("country-de" -> "Deutschland"): of its names there,
    the one closest in spelling to the entry's own name ("Nederland", not "Holland")."""
    names = alias_table().by_language.get(code, {})
    found = [(name, entry.name) for name, entry in names.items() if entry.id == entry_id]
    if not found:
        return None
    return max(found, key=lambda pair: (SequenceMatcher(None, fold(pair[0]), fold(pair[1])).ratio(),
                                        -len(pair[0])))[0]


# --- a role spread over lines ---------------------------------------------------------------------------------

def unwrap(text: str) -> str:
    """Hard-wrapped lines joined (same length): "Commissioner for Cohesion\\nand Reforms Elisa Ferreira"."""
    def join(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        return " " if match.start() - line_start >= config.WRAPPED_LINE_CHARS else "\n"
    return re.sub(r"(?<=[^\n.:;!?\"”])\n(?=[a-zà-ÿ])", join, text)
