"""Roles: a person holding a position ("Maggie De Block, Minister of ...", "Vice Minister of MoHRSS,
Mr You Jun", "Koen Vleminckx | Director ...", "Bundesministerin X"), with the organisation it belongs to.

Two shapes, both read from the language data (titles, modifiers, demonyms, connectors):
- before: a title phrase ends right before the name (an honorific and a comma may sit between);
- after: the name is followed by a comma, a bar, a wide gap or a line break, then a title phrase.
The organisation comes from an "at ORG" part, a nationality adjective ("Belgian" -> Belgium), a
trailing "of ORG", or an organisation named inside the phrase, in that order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.records import EntityRef, Mention, Role
from pipeline.resources.langdata import LangData, alternation, load_language
from pipeline.textnorm import fold, is_acronym

DELIMITERS = ".;:!?“”\"()|‘’\n"


@dataclass(frozen=True)
class RolePatterns:
    lang: LangData
    title: re.Pattern[str]
    modifiers_before: re.Pattern[str]
    honorific_tail: re.Pattern[str]
    after_gap: re.Pattern[str]
    at_split: re.Pattern[str]
    of_tail: re.Pattern[str]
    demonym_head: re.Pattern[str]
    tense: re.Pattern[str]
    allowed_word: re.Pattern[str]
    period: re.Pattern[str]
    connectors: str  # "of", "van", "de", "der": an organisation after a name
    articles: str
    article_words: frozenset[str]  # lower case


@cache
def patterns_for(code: str | None) -> RolePatterns:
    lang = load_language(code)
    titles = alternation(lang["role_titles"])
    endings = alternation(lang["role_title_endings"]) if lang["role_title_endings"] else ""
    suffix = f"(?:{endings})?" if lang.get("role_title_suffix_match") else ""  # "Ministerin", not "consulteerde"
    title = rf"(?<![\w\-])(?:\w+)?(?i:{titles}){suffix}(?![\w])" if suffix else rf"(?<![\w\-])(?i:{titles})(?![\w])"
    mods = alternation(lang["role_modifiers"] + list(lang["demonyms"]) + list(lang["role_tense_words"]))
    at_words = [c for c in lang["role_org_connectors"] if c.split()[0] in ("at", "bij", "auprès", "chez", "bei",
                                                                           "beim")]
    of_words = [c for c in lang["role_org_connectors"] if c not in at_words]
    connectors = alternation(lang["name_connectors"] + lang["role_org_connectors"])
    return RolePatterns(
        lang=lang,
        title=re.compile(title),
        modifiers_before=re.compile(rf"(?:(?<![\w\-])(?i:{mods})(?:\s+|(?<=-)))+$"),
        honorific_tail=re.compile(rf"[\s,]*(?:(?:{alternation(lang['honorifics'])})\s+)*$"),
        after_gap=re.compile(r"(?:\s*,\s*|\s*\|\s*|[^\S\n]{2,}|[^\S\n]*\n[^\S\n]*|\s*\(\s*)"),
        at_split=re.compile(rf",?\s+(?:(?i:{alternation(at_words)}))\s+(?:(?i:{alternation(lang['articles'])})\s+)?"),
        of_tail=re.compile(rf"\s+(?:(?i:{alternation(of_words)})(?:\s+|(?<=['’])))?"
                           rf"(?P<article>(?i:{alternation(lang['articles'])})(?:\s+|(?<=['’])))?$"),
        demonym_head=re.compile(rf"(?P<d>{alternation(lang['demonyms'])})\s+"),
        tense=re.compile(rf"(?<![\w])(?P<t>{alternation(lang['role_tense_words'])})(?![\w])"),
        allowed_word=re.compile(rf"^(?:[A-ZÀ-Þ0-9].*|(?i:{connectors})|(?i:{mods})|&|-)$"),
        connectors=alternation(of_words),
        articles=alternation(lang["articles"]),
        article_words=frozenset(a.lower() for a in lang["articles"]),
        period=re.compile(rf"(?<![\w])(?:(?P<since>(?i:{alternation(lang['role_since_words'])}))"
                          rf"|(?P<until>(?i:{alternation(lang['role_until_words'])})))\s+"),
    )


def _phrase_end(text: str, start: int, limit: int) -> int:
    end = start
    while end < limit and text[end] not in DELIMITERS and not (text[end] == "," and end > start):
        end += 1
    return end


def _mentions_in(mentions: list[Mention], start: int, end: int, labels: tuple[str, ...]) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end and m.label in labels]


def _before(text: str, person: Mention, mentions: list[Mention], pats: RolePatterns) -> tuple[int, int] | None:
    line_start = max(text.rfind("\n", 0, person.start) + 1, person.start - config.LOOKBACK_CHARS)
    head = text[line_start: person.start]
    tail = pats.honorific_tail.search(head)
    end = line_start + (tail.start() if tail else len(head))
    for match in pats.title.finditer(text, line_start, end):
        start = match.start()
        modifiers = pats.modifiers_before.search(text, line_start, start)
        if modifiers:
            start = modifiers.start()
        phrase = text[start:end]
        words = phrase.split()
        if any(c in DELIMITERS or c == "," for c in phrase) or not 0 < len(words) <= config.MAX_ROLE_WORDS:
            continue
        if _mentions_in(mentions, start, end, ("PERSON",)) or _follows_person(text, line_start, start, mentions):
            continue
        lowercase = [w for w in words if not (pats.allowed_word.match(w) or pats.title.search(w))]
        if not lowercase or (len(lowercase) <= 2 and "," in text[end: person.start]):
            return start, end  # lower-case words only in an apposition: "Director of the ILO office, Mrs X"
    return None


def _follows_person(text: str, line_start: int, start: int, mentions: list[Mention]) -> bool:
    """Whether a phrase directly follows a name ("Els Cleemput   Woordvoerster ..."): then it is that name's."""
    return any(m.label == "PERSON" and line_start <= m.end <= start
               and re.fullmatch(r"[^\S\n]{2,}|\s*\|\s*", text[m.end:start]) for m in mentions)


def _after(text: str, person: Mention, mentions: list[Mention], pats: RolePatterns) -> tuple[int, int] | None:
    gap = pats.after_gap.match(text, person.end)
    if not gap:
        return None
    start = gap.end()
    line_end = text.find("\n", start, start + config.LOOKBACK_CHARS)
    end = _phrase_end(text, start, min(len(text), start + config.LOOKBACK_CHARS) if line_end < 0 else line_end)
    if end <= start:
        return None
    title = pats.title.search(text, start, end)
    if not title or len(text[start: title.start()].split()) >= config.TITLE_WITHIN_WORDS:
        return None
    start, end = _around_title(text, start, end, title, pats)
    others = _mentions_in(mentions, start, end, ("PERSON",))
    if others:  # "Woordvoerster minister Maggie De Block": the phrase stops before the other person's title
        cut = _before(text, others[0], mentions, pats)
        end = cut[0] if cut and cut[0] > title.start() else others[0].start
    words = text[start:end].split()
    if not words or len(words) > config.MAX_ROLE_WORDS:
        return None
    follower = re.match(r"\s*,\s*(?:\S+\s+)?", text[end: end + 30])
    if follower and _mentions_in(mentions, end, end + 30, ("PERSON",)):
        return None  # the phrase introduces the next person ("..., Mr X, Ambassador ..., Mr Y")
    return start, end


def _around_title(text: str, start: int, end: int, title: re.Match[str], pats: RolePatterns) -> tuple[int, int]:
    """A phrase after a name starts at its first title-like word ("Anne Spiegel, die inzwischen
    Bundesfamilienministerin war": not "die inzwischen"), and where nouns are capitalised a single
    lower-case word after the title is a verb, not part of it ("... war")."""
    first = start
    for word in re.finditer(r"\S+", text[first: title.start()]):
        if pats.allowed_word.match(word.group(0)) and word.group(0).lower() not in pats.article_words:
            break
        start = first + word.end()
    tail = text[title.end(): end].split()
    if pats.lang["nouns_capitalised"] and len(tail) == 1 and not pats.allowed_word.match(tail[0]):
        end = title.end()
    return start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _organisation(text: str, start: int, end: int, mentions: list[Mention], counts: dict[str, int],
                  pats: RolePatterns, entities: list[EntityRef]) -> tuple[int, int, str | None, Mention | None]:
    """Split the organisation off a role phrase: (role start, role end, organisation, its mention)."""
    after_end = _phrase_end(text, end, min(len(text), end + 120))
    at = pats.at_split.search(text, start, after_end if re.match(r",\s+", text[end:end + 3]) else end)
    if at:
        org_start, org_end = _strip(text, at.end(), _phrase_end(text, at.end(), after_end))
        inside = _mentions_in(mentions, org_start, org_end, ("ORG", "LOC"))
        role_end = min(at.start(), end)
        return start, role_end, text[org_start:org_end] or None, inside[0] if inside else None
    demonym = pats.demonym_head.match(text, start)
    if demonym:
        country = pats.lang["demonyms"][demonym.group("d")]
        return demonym.end(), end, country, None
    titles = [t.span() for t in pats.title.finditer(text, start, end)]
    known = [m for m in _mentions_in(mentions, start, end, ("ORG", "LOC"))
             if _is_named_org(text, m, start, counts, pats, entities)
             and not any(m.start < t_end and t_start < m.end for t_start, t_end in titles)]
    known = [m for m in known if m.label == "ORG"]  # places count only through "of"/"at" or a demonym
    last = max(known, key=lambda m: m.end, default=None)
    if last is not None and last.end == end and last.label == "ORG":
        of = pats.of_tail.search(text, start, last.start)
        if of and pats.title.search(text, start, of.start()):
            return start, of.start(), last.text, last
    if known:
        return start, end, known[0].text, known[0]
    return start, end, None, None


def _is_named_org(text: str, m: Mention, start: int, counts: dict[str, int], pats: RolePatterns,
                  entities: list[EntityRef]) -> bool:
    """Trust an organisation inside a role phrase when it is recurrent, an acronym, in the alias table,
    or introduced with an article ("of the ILO", "der Europäischen Kommission")."""
    if counts.get(_key(m, entities), 0) >= 2 or is_acronym(m.text) or m.method == "gazetteer":
        return True
    of = pats.of_tail.search(text, start, m.start)
    return bool(of and (of.group("article")
                        or pats.article_words & set(re.split(r"\s+|(?<=['’])", of.group(0).lower()))))


def _org_nearby(text: str, person: Mention, role_end: int, mentions: list[Mention],
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
    if "(" in text[person.end: role_end]:
        tail = re.match(r"\s*,\s*", text[role_end: role_end + 5])
        if tail:
            found = next((m for m in orgs if m.start == role_end + tail.end()), None)
            if found and re.match(r"\s*\)", text[found.end: found.end + 3]):
                return found
    return None


def _org_of_possessive(text: str, start: int, mentions: list[Mention], pats: RolePatterns) -> Mention | None:
    """"experts of the NDRC and their General Administrator Pu Yufei": "their" points back to the last
    organisation of the sentence."""
    possessives = pats.lang["org_possessives"]
    before = text[max(0, start - 12): start].split()
    if not possessives or not before or before[-1].lower() not in possessives:
        return None
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    orgs = [m for m in mentions if m.label == "ORG" and sentence_start <= m.start and m.end <= start]
    return orgs[-1] if orgs else None


def _acronym_in(text: str, start: int, end: int) -> str | None:
    """"ILO Program Manager", "head of ILO Regional Actuarial Services": the acronym a role phrase holds."""
    return next((w for w in re.findall(r"[\w&+\-]+", text[start:end]) if is_acronym(w) and w.isalpha()), None)




def _period(text: str, start: int, end: int, language: str | None,
            pats: RolePatterns) -> tuple[str | None, str | None]:
    """Dates introduced by "since"/"until" words in or right after the role statement."""
    from pipeline.dates import extract_dates

    stop = _phrase_end(text, end, min(len(text), end + config.PERIOD_WINDOW)) if end < len(text) else end
    window = text[start:stop]
    since = until = None
    for match in pats.period.finditer(window):
        found = extract_dates(window[match.end():match.end() + 30], language)
        if found and found[0].start == 0:
            if match.group("since"):
                since = since or found[0].value
            else:
                until = until or found[0].value
    return since, until


def _key(mention: Mention, entities: list[EntityRef]) -> str:
    return entities[mention.entity].key if mention.entity is not None else fold(mention.text)


def extract_roles(text: str, mentions: list[Mention], entities: list[EntityRef], language: str | None) -> list[Role]:
    """Roles of the people mentioned in ``text`` (mentions must already be clustered into ``entities``)."""
    pats = patterns_for(language)
    counts: dict[str, int] = {}
    for m in mentions:
        counts[_key(m, entities)] = counts.get(_key(m, entities), 0) + 1
    roles: dict[tuple[str, str], Role] = {}
    for person in (m for m in mentions if m.label == "PERSON"):
        span = _before(text, person, mentions, pats) or _after(text, person, mentions, pats)
        if span is None:
            continue
        start, end, org, org_mention = _organisation(text, *_strip(text, *span), mentions, counts, pats, entities)
        if org is None:
            org_mention = _org_nearby(text, person, end, mentions, pats) or _org_of_possessive(
                text, start, mentions, pats)
            org = org_mention.text if org_mention else _acronym_in(text, start, end)
        start, end = _strip(text, start, end)
        if end <= start:
            continue
        role_text = text[start:end]
        tense = pats.tense.search(role_text)
        since, until = _period(text, min(start, person.start), max(end, person.end), language, pats)
        name = entities[person.entity].name if person.entity is not None else person.text
        key = (fold(name), fold(role_text))
        roles.setdefault(key, Role(
            min(start, person.start), max(end, person.end), text[min(start, person.start): max(end, person.end)],
            person=name, role=role_text, organization=org,
            status=pats.lang["role_tense_words"][tense.group("t")] if tense else None, since=since, until=until,
            person_entity=person.entity, organization_entity=org_mention.entity if org_mention else None))
    return sorted(roles.values(), key=lambda r: r.start)
