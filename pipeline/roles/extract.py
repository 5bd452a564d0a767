"""Roles: a person holding a position ("Maggie De Block, Minister of ...", "Vice Minister of MoHRSS,
Mr You Jun", "Koen Vleminckx | Director ...", "Bundesministerin X"), with the organisation it belongs to.

Two shapes, both read from the language data (titles, modifiers, demonyms, connectors):
- before: a title phrase ends right before the name (an honorific and a comma may sit between);
- after: the name is followed by a comma, a bar, a wide gap or a line break, then a title phrase.
The organisation comes from an "at ORG" part, a nationality adjective ("Belgian" -> Belgium), a
trailing "of ORG", or an organisation named inside the phrase, in that order; then from the context
(``pipeline.roles.context``: a name before the title, a title that names its body, a national office's
country). The language patterns live in ``pipeline.roles.patterns``."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline import config
from pipeline.records import EntityRef, Mention, Role
from pipeline.resources.langdata import alternation
from pipeline.roles.context import implied_org, org_before, unwrap
from pipeline.roles.forms import (
    coordination_words,
    copula_before,
    label_before,
    listed_after_plural,
    listed_portfolio,
)
from pipeline.roles.names import (
    Titled,
    honorific_people,
    labelled_names,
    mislabelled_people,
    names_before_titles,
    portfolio_after,
    titled_mislabelled,
    titled_names,
    without_title,
)
from pipeline.roles.org_context import (
    Context,
    context_org,
    generic_at,
    place_after_name,
    possessive_kind,
    publisher,
    referred_body,
    title_body,
)
from pipeline.roles.orgs import (
    acronym_in,
    chamber_of_party_state,
    compound_prefix_org,
    governed_place_before,
    list_end,
    mention_key,
    org_nearby,
    org_of_possessive,
    org_with_acronym_before,
    own_publisher,
    portfolio_in_brackets,
    role_organisation,
)
from pipeline.roles.patterns import (
    ACRONYM_IN_BRACKETS,
    DELIMITERS,
    PHRASE_GAP,
    WIDE_GAP,
    RolePatterns,
    elision,
    mentions_in,
    patterns_for,
    phrase_end,
    strip_span,
)
from pipeline.textnorm import fold, is_acronym

__all__ = ["RolePatterns", "extract_roles", "patterns_for"]


def _before(text: str, person: Mention, mentions: list[Mention], pats: RolePatterns,
            depth: int = 0) -> tuple[int, int] | None:
    line_start = max(text.rfind("\n", 0, person.start) + 1, person.start - config.LOOKBACK_CHARS)
    head = text[line_start: person.start]
    special = label_before(text, line_start, person, pats) or copula_before(text, line_start, person, mentions, pats)
    if special:
        return special
    tail = pats.honorific_tail.search(head)
    end = line_start + (tail.start() if tail else len(head))
    if pats.coordination.search(text[max(line_start, end - 8): end] + " ") and re.search(
            rf"\s(?:{coordination_words(pats)})\s*$", text[line_start:end]):
        return None  # "Staatsministerin und Volker Ratzmann": the title before "and" is someone else's
    for match in pats.title.finditer(text, line_start, end):
        start = match.start()
        modifiers = pats.modifiers_before.search(text, line_start, start)
        if modifiers:
            start = modifiers.start()
        start = _portfolio_before(text, line_start, start, mentions, pats)
        phrase = ACRONYM_IN_BRACKETS.sub(lambda m: " " * len(m.group(0)), text[start:end])
        words = phrase.split()
        listed = "," in phrase and listed_portfolio(text, start, end, pats)  # "minister van X, Y en Z, Naam"
        if any((c in DELIMITERS and not elision(text, start + i)) or (c == "," and not listed)
               for i, c in enumerate(phrase)) or not 0 < len(words) <= config.MAX_ROLE_WORDS:
            continue
        if mentions_in(mentions, start, end, ("PERSON",)) or _follows_person(
                text, line_start, start, mentions, "," in text[end: person.start], pats, depth):
            continue
        lowercase = [w for w in words if not (pats.allowed_word.match(w) or pats.title.search(w))]
        if not lowercase or (len(lowercase) <= 2 and "," in text[end: person.start]):
            return start, end  # lower-case words only in an apposition: "Director of the ILO office, Mrs X"
    return None


def _portfolio_before(text: str, line_start: int, start: int, mentions: list[Mention], pats: RolePatterns) -> int:
    """"Māori Development Minister X", "Transport Secretary X": in English the portfolio stands before the
    title, in capitals (a name written there is the organisation instead: "European Commission President")."""
    if not pats.lang["portfolio_before_title"]:
        return start
    blocked = set(pats.lang["capitalised_function_words"]) | set(pats.lang["months"]) | set(pats.lang["weekdays"])
    title_start, taken = start, 0
    for _ in range(config.PORTFOLIO_WORDS):
        word = re.search(r"(?:^|(?<=\s))([A-ZÀ-Þ][\w'’\-]*[a-zà-ÿ])\s+$", text[line_start:start])
        if not word or word.group(1) in blocked or word.group(1) in pats.lang["demonyms"] or (
                word.group(1).lower() in pats.lang["relative_days"]):
            break
        begin = line_start + word.start(1)
        if any(m.start < start and begin < m.end for m in mentions):
            break
        if any(m.label == "PERSON" and line_start <= m.end <= begin and not text[m.end:begin].strip()
               for m in mentions):
            break  # "Slaughter, Higgins Urge President Bush": a word right after a name is no portfolio
        start, taken = begin, taken + 1
    sentence_start = not text[line_start:start].strip() or re.search(r"[.!?:]\s*$", text[line_start:start])
    return title_start if taken == 1 and sentence_start else start  # "Later President X": an adverb


def _follows_person(text: str, line_start: int, start: int, mentions: list[Mention], apposition: bool,
                    pats: RolePatterns, depth: int) -> bool:
    """Whether a phrase directly follows a name ("Els Cleemput   Woordvoerster ..."): then it is that name's. In a
    list of appositions the first person sets the order: "Mme X, ministre de ..., M. Y, ministre de ..." (names
    first), "Vice Minister of MoHRSS, Mr You Jun, Ambassador of the EU, Mr Nicolas Chapuis" (titles first)."""
    if any(m.label == "PERSON" and line_start <= m.end <= start and re.fullmatch(r"[^\S\n]{2,}|\s*\|\s*",
                                                                                text[m.end:start]) for m in mentions):
        return True
    previous = next((m for m in mentions if m.label == "PERSON" and line_start <= m.end <= start
                     and re.fullmatch(r"\s*,?[^\S\n]", text[m.end:start])), None)
    if not apposition or previous is None:
        return False
    return depth >= config.APPOSITION_CHAIN or _before(text, previous, mentions, pats, depth + 1) is None


def _after(text: str, person: Mention, mentions: list[Mention], pats: RolePatterns) -> tuple[int, int] | None:
    name_end = person.end
    post = re.match(r"[^\S\n]+(\S+?)(?=,)", text[name_end: name_end + 12])
    if post and (pats.title.fullmatch(post.group(1)) or post.group(1) in pats.post_nominals):
        name_end += post.end()  # "The Hon David Littleproud MP, Minister for ...": past the post-nominal title
    caption = (pats.caption_position.match(text, name_end) if pats.caption_position else None) or _party_after(
        text, name_end, mentions)
    name_end = caption.end() if caption else name_end  # "Jan Jansen (links), directeur", "Malu Dreyer (SPD), ..."
    appointed = pats.appointment.match(text, name_end)
    copula = None if appointed else pats.copula.match(text, name_end)
    inverted = None if appointed or copula else _inverted_gap(text, person, name_end, pats)
    gap = appointed or copula or inverted or _block_gap(text, person, name_end) or pats.after_gap.match(text, name_end)
    if not gap:
        return None
    comma = not (appointed or copula or inverted) and "," in text[name_end: gap.end()]
    start = _past_period(text, gap.end(), pats) if appointed or copula or comma else gap.end()  # "X, sinds 2019 ..."
    line_end = text.find("\n", start, start + config.LOOKBACK_CHARS)
    end = phrase_end(text, start, min(len(text), start + config.LOOKBACK_CHARS) if line_end < 0 else line_end)
    if end <= start or (text[end: end + 1] == ":" and "\n" in text[name_end:start]):
        return None  # "Jane Doe MS\n- Minister for X: John Roe": the next line's label
    title = pats.title.search(text, start, end)
    within = config.COPULA_TITLE_WITHIN_WORDS if copula else config.TITLE_WITHIN_WORDS
    if "\n\n" in text[name_end:start]:
        within = 1  # a contact block: the next line opens with the title
    elif inverted:
        within = 2  # "wurde Clemens Hoch neuer Chef der Staatskanzlei": the title at once, or after an adjective
    if copula and (text[start:end].split()[:1] and text[start:end].split()[0].lower() in pats.lang.get(
            "role_copula_indefinites", [])):
        return None  # "X is a longtime leader on ...": a description, not a position
    if not title or len(text[start: title.start()].split()) >= within or re.match(
            r"['’]s\b", text[title.end(): title.end() + 3]):
        return None  # "Smith is the President's nominee": a possessive, not a position
    verb = pats.end_verb.search(text, title.end(), end)
    end = verb.start() if verb else end  # "Président de la Cour des comptes a pris la parole"
    joint = re.search(rf"\s(?:{coordination_words(pats)})\s+(?=[a-zà-ÿ])", text[title.end(): end])
    after_joint = text[title.end() + joint.end():].split(maxsplit=1)[0].lower() if joint else ""
    if joint and after_joint not in pats.connector_words and not pats.title.match(text, title.end() + joint.end()):
        end = title.end() + joint.start()  # "Präsident des Senats und deswegen ...": the position ends at "and"
    start, end = _around_title(text, start, end, title, pats)
    others = mentions_in(mentions, start, end, ("PERSON",))
    if others:  # "Woordvoerster minister Maggie De Block": the phrase stops before the other person's title
        cut = _before(text, others[0], mentions, pats)
        bare = cut is not None and pats.title.fullmatch(text, title.start(), strip_span(text, title.start(),
                                                                                     others[0].start)[1])
        if cut and cut[0] <= title.start() and (copula or bare):
            return None  # "X wurde von Bundeskanzlerin Y empfangen", "X, Präsident Y und ...": the other person's
        end = cut[0] if cut and cut[0] > title.start() else others[0].start
    end = list_end(text, end, pats)
    start, end = _trim_tail(text, start, end, pats)
    words = text[start:end].split()
    if not words or len(words) > config.MAX_ROLE_WORDS:
        return None
    follower = re.match(r"\s*,\s*(?:(\S+)\s+)?", text[end: end + 30])
    described = text[gap.end(): gap.end() + 12].split()[:1] and text[gap.end(): gap.end() + 12].split()[0].lower() \
        in pats.lang.get("role_copula_indefinites", [])
    joined = follower is not None and follower.group(1) is not None and not described and pats.coordination.fullmatch(
        f" {follower.group(1)} ")  # "X, dijkgraaf van Y, en Z": the phrase is X's, Z comes next ("X, an economist,
    # and Z" stays none: a description)
    following = mentions_in(mentions, end, end + 30, ("PERSON",)) if follower and not joined else []
    if following and not _titled_after(text, following[0], pats) and not pats.title.search(
            text, end, following[0].start):  # "..., and Senator Y": the next person has a title of their own
        return None  # the phrase introduces the next person ("..., Mr X, Ambassador ..., Mr Y")
    return start, end


PARTY_BEFORE_COMMA = re.compile(r"[^\S\n]*\([^\S\n]*([^()\n]{1,30}?)[^\S\n]*\)(?=[^\S\n]*,)")


def _party_after(text: str, name_end: int, mentions: list[Mention]) -> re.Match[str] | None:
    """"Malu Dreyer (SPD), Ministerpräsidentin ...": a party (an organisation mention or an acronym alone in
    brackets) between a name and its apposition."""
    found = PARTY_BEFORE_COMMA.match(text, name_end)
    if found is None:
        return None
    inner = found.group(1)
    named = any(m.label == "ORG" and (m.start, m.end) == found.span(1) for m in mentions)
    return found if named or is_acronym(inner) else None


def _inverted_gap(text: str, person: Mention, name_end: int, pats: RolePatterns) -> re.Match[str] | None:
    """"Als weiterer Staatssekretär wurde Clemens Hoch neuer Chef der Staatskanzlei", "Vorig jaar werd Jan Jansen
    voorzitter van de raad": the verb before the name (the subject after it) and the title right after the name."""
    if not pats.lang.get("role_subject_after_verb") or not pats.copula_before.search(
            text, max(0, person.start - config.LOOKBACK_CHARS // 4), person.start):
        return None  # verb-second languages only: "The winner was John Smith Director of Nothing" is no position
    gap = re.compile(r"[^\S\n]+").match(text, name_end)
    if gap is None:
        return None
    word = re.match(r"([a-zà-ÿ][\w\-]*)[^\S\n]+", text[gap.end(): gap.end() + 30])
    titled = pats.title.match(text, gap.end()) or (word and pats.title.match(text, gap.end() + word.end()))
    return gap if titled else None


def _block_gap(text: str, person: Mention, name_end: int) -> re.Match[str] | None:
    """"Contact:\n\nAidas Palubinskas\n\nPersvoorlichter Europese Rekenkamer": in a contact block a name alone on
    its line may be followed by a blank line and the line of its title (a line, not a sentence)."""
    line_start = text.rfind("\n", 0, person.start) + 1
    gap = re.compile(r"[^\S\n]*\n[^\S\n]*\n[^\S\n]*(?=\S)").match(text, name_end)
    if text[line_start: person.start].strip() or gap is None:
        return None
    line_end = text.find("\n", gap.end())
    line = text[gap.end(): line_end if line_end >= 0 else len(text)].strip()
    return gap if len(line.split()) <= config.MAX_ROLE_WORDS and not line.endswith((".", "!", "?")) else None


def _past_period(text: str, start: int, pats: RolePatterns) -> int:
    """"X ist seit März 2020 Generaldirektor der Y", "X is sinds 2019 voorzitter van Y": after the verb a period
    ("since" and a date) may come before the title; the phrase starts past it (the period is read apart)."""
    from pipeline.dates import extract_dates

    period = pats.period.match(text, start)
    if not period:
        return start
    found = extract_dates(text[period.end(): period.end() + config.PERIOD_WINDOW], pats.lang.code)
    if not found or found[0].start != 0:
        return start
    after = re.match(rf"[^\S\n]+(?:(?:{pats.articles})[^\S\n]+)?", text[period.end() + found[0].end:])
    return period.end() + found[0].end + after.end() if after else start


def _titled_after(text: str, person: Mention, pats: RolePatterns) -> bool:
    """"Mme X, ministre de ..., M. Y ministre de l'intérieur": the next person has a title of their own after the
    name, so the phrase before them is the previous person's."""
    gap = pats.after_gap.match(text, person.end) or re.compile(r"[^\S\n]+").match(text, person.end)
    if gap is None:
        return False
    modifiers = pats.modifiers_leading.match(text, gap.end())  # "Y, Vlaams minister-president"
    return bool(pats.title.match(text, modifiers.end() if modifiers else gap.end()))


def _base_title(role: str, pats: RolePatterns) -> str:
    """"Bundespräsidenten" -> "Bundespräsident", "des Ministers für Nationale Sicherheit" -> "Minister für ...":
    a title in an inflected case, named in its base form."""
    if not pats.lang["nouns_capitalised"]:
        return role
    if " " in role:
        head, rest = role.split(" ", 1)
        return f"{_base_title(head, pats)} {rest}"
    titles = {t.lower() for t in pats.lang["role_titles"]}
    for ending in sorted(pats.lang["inflection_suffixes"], key=len, reverse=True):
        base = role[: -len(ending)] if ending and role.endswith(ending) else ""
        if base and (base.lower() in titles or any(base.lower().endswith(t) for t in titles)):
            return base
    return role


def _trim_tail(text: str, start: int, end: int, pats: RolePatterns) -> tuple[int, int]:
    """A role phrase ends before a date ("Director of the ILO from 2014 to 2019": the period is kept apart)
    and before trailing lower-case words that are not part of a title ("... gewählt", "... in")."""
    from pipeline.dates import extract_dates

    found = [d for d in extract_dates(text[start:end], pats.lang.code) if d.start > 0]
    if found:
        end = start + found[0].start
    words = list(re.finditer(r"\S+", text[start:end]))
    while len(words) > 1:
        last = words[-1].group(0).strip(",;")
        if last.lower() not in pats.connector_words and last not in pats.lang["speech_verbs"] and (
                pats.title.fullmatch(last) or pats.allowed_word.match(last) or not pats.lang["nouns_capitalised"]):
            break
        end = start + words[-1].start()
        words.pop()
    return strip_span(text, start, end)


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
    if pats.lang["nouns_capitalised"] and tail and not pats.allowed_word.match(tail[0]):
        end = title.end()  # "... als Staatssekretärin zuständig für ...": a lower-case word after the title
    return start, end




def _period(text: str, start: int, end: int, language: str | None,
            pats: RolePatterns) -> tuple[str | None, str | None]:
    """Dates introduced by "since"/"until" words in or right after the role statement."""
    from pipeline.dates import extract_dates

    stop = phrase_end(text, end, min(len(text), end + config.PERIOD_WINDOW)) if end < len(text) else end
    window = text[start:stop]
    since = until = None
    for match in pats.period.finditer(window):
        found = extract_dates(window[match.end():match.end() + 30], language)
        if found and found[0].start == 0:
            if match.group("since"):
                since = since or found[0].value
            else:
                until = until or found[0].value
    lowered = window.lower()
    if since is None and until is None and any(w in lowered for w in pats.range_starts):
        for span in extract_dates(window, language):  # "from 2014 to 2019", "van 2014 tot 2019": both
            head = window[max(0, span.start - 12): span.start].split()
            opening = head[-1:] + span.text.split()[:1]
            if "/" in span.value and any(w.lower() in pats.range_starts for w in opening):
                since, until = span.value.split("/", 1)
                break
    return since, until


def extract_roles(text: str, mentions: list[Mention], entities: list[EntityRef], language: str | None) -> list[Role]:
    """Roles of the people mentioned in ``text`` (mentions must already be clustered into ``entities``)."""
    pats = patterns_for(language)
    original, text = text, unwrap(text)
    counts: dict[str, int] = {}
    for m in mentions:
        counts[mention_key(m, entities)] = counts.get(mention_key(m, entities), 0) + 1
    honoured = honorific_people(text, mentions, pats) + titled_mislabelled(text, mentions, pats)
    honoured += [m for m in mislabelled_people(text, mentions, pats)
                 if _before(text, m, mentions, pats) or _after(text, m, mentions, pats)]
    mentions = [m for m in mentions if not any(h.start >= m.start and h.end == m.end for h in honoured)] + honoured
    mentions += names_before_titles(text, mentions, pats)
    mentions += labelled_names(text, mentions, pats)
    others = [m for m in mentions if m.label != "PERSON"]
    titled = titled_names(text, mentions, pats)
    listed = {(p.start, p.end) for p, _, span in titled if span is not None}
    people: list[Titled] = [(p, None, None) for m in mentions if m.label == "PERSON"
                            and (p := without_title(text, m, pats)) and (p.start, p.end) not in listed]
    people += titled
    people = [t for t in people if not _bracket_portfolio(text, t[0], mentions, pats)]
    persons = sorted((p for p, _, _ in people), key=lambda m: m.start)
    context = others + persons
    roles: dict[tuple[str, str], Role] = {}
    doc = _Doc(text, original, context, entities, counts, pats, language,
               Context(text, context, entities, pats, publisher(text, context, entities)))
    items = listed_after_plural(text, persons, others, pats)
    for person, singular, plural_span in people:
        span = plural_span or _before(text, person, context, pats) or _after(text, person, context, pats)
        if span is None and (person.start, person.end) in items:  # "two new Members of the ECA:\n— Ms X, ..."
            singular, plural_span = items[(person.start, person.end)]
            span = plural_span
        if span is None:
            continue
        spans = [span]
        became = _after(text, person, context, pats) if pats.copula.match(text, person.end) or _inverted_gap(
            text, person, person.end, pats) else None  # "Staatssekretärin X wird ...", "wurde X neuer Chef der ..."
        if became and became != span:  # "Staatssekretärin X wird Staatsministerin": the old and the new position
            spans.append(became)
        elif not plural_span and span[1] <= person.start and re.match(r"\s*,", text[person.end: person.end + 3]):
            second_after = _after(text, person, context, pats)  # "Bundesrätin X, Vorsteherin des UVEK": two positions
            spans += [second_after] if second_after and _second_position(text, second_after, context, pats) else []
        if span[1] <= person.start and re.search(r",\s*$", text[max(0, span[0] - 3): span[0]]):
            # "Vorsteherin des EDA, Bundesrätin Micheline Calmy-Rey": an apposition gives a second position
            second = _before(text, Mention(span[0], span[0], "", "PERSON"), context, pats)
            spans += [second] if second else []
        for one in [part for span_ in spans for part in _positions(text, span_, pats)]:
            role = _role(doc, person, singular, one)
            if role is not None:
                key = (fold(role.person), fold(role.role))
                first = roles.setdefault(key, role)
                if first.organization is None and role.organization:  # "du président X ... le président russe X"
                    roles[key] = replace(first, organization=role.organization,
                                         organization_entity=role.organization_entity)
    return sorted(_shared_organisations(_most_specific(list(roles.values()))), key=lambda r: r.start)


def _second_position(text: str, span: tuple[int, int], mentions: list[Mention], pats: RolePatterns) -> bool:
    """"Bundesrätin X, Vorsteherin des UVEK": an apposition after a titled name is a second position when it opens
    with its title (modifiers aside: not "zur Direktorin"), runs into no other person ("Bundesrätin X, Bundesrat
    Johann N. Y") and introduces no next name."""
    title = pats.title.search(text, *span)
    if title is None or any(m.label == "PERSON" and m.start < span[1] + 2 and span[0] < m.end for m in mentions):
        return False
    nxt = re.match(rf"\s*,\s*(?:(?:{alternation(pats.lang['honorifics'])})\s+)*", text[span[1]: span[1] + 40])
    if nxt and any(m.label == "PERSON" and m.start == span[1] + nxt.end() for m in mentions):
        return False  # "Vice Minister, Mr X, Ambassador of the EU, Mr Y": titles first, the phrase is Y's
    if re.match(rf"[^\S\n]+[A-ZÀ-Þ][\w\-]*(?:\s*[,;.]|\s+(?:{coordination_words(pats)})\s|\s*$)",
                text[title.end(): span[1] + 3]):
        return False  # "Senator Rockefeller, Senator Kennedy and I": a title and a name, someone else's
    prefix = text[span[0]: title.start()]
    modifiers = pats.modifiers_before.search(prefix)
    return not prefix.strip() or bool(modifiers and modifiers.start() == 0)


def _bracket_portfolio(text: str, person: Mention, mentions: list[Mention], pats: RolePatterns) -> bool:
    """"Angelique Berg (directeur-generaal Volksgezondheid)": a "name" after a title in brackets right after a person
    is that person's portfolio."""
    line_start = max(text.rfind("\n", 0, person.start) + 1, person.start - config.LOOKBACK_CHARS // 2)
    title = next(iter(reversed(list(pats.title.finditer(text, line_start, person.start)))), None)
    if title is None or text[title.end(): person.start].strip():
        return False
    modifiers = pats.modifiers_before.search(text, line_start, title.start())
    head = modifiers.start() if modifiers else title.start()
    return any(m.label == "PERSON" and m.end <= head and re.fullmatch(r"[^\S\n]*\([^\S\n]*", text[m.end: head])
               for m in mentions)


def _most_specific(roles: list[Role]) -> list[Role]:
    """"Kommissar Lenarčič ... Kommissar für Krisenmanagement Janez Lenarčič": a title a person's other role
    only extends is the same position, named once by its fullest form (with the organisation either gives)."""
    def extends(longer: Role, shorter: Role) -> bool:
        return fold(longer.person) == fold(shorter.person) and fold(longer.role).startswith(fold(shorter.role) + " ")

    out = []
    for r in roles:
        if any(extends(o, r) for o in roles):
            continue
        source = next((o for o in roles if extends(r, o) and o.organization), None)
        if r.organization is None and source is not None:
            r = replace(r, organization=source.organization, organization_entity=source.organization_entity)
        out.append(r)
    return out


def _positions(text: str, span: tuple[int, int], pats: RolePatterns) -> list[tuple[int, int]]:
    """"Tánaiste and Minister for Foreign Affairs and Trade", "vicepremier en minister van Werk": one title,
    then a second title with its portfolio, are two positions."""
    start, end = strip_span(text, *span)
    first = pats.title.match(text, start)
    joint = pats.coordination.match(text, first.end()) if first else None
    if first is None or joint is None:
        return [span]
    second = pats.title.match(text, joint.end())
    if second is None or not re.match(rf"\s+(?i:{pats.connectors})\s", text[second.end(): end]):
        return [span]
    return [(start, first.end()), (joint.end(), end)]


@dataclass(frozen=True)
class _Doc:
    text: str  # hard-wrapped lines joined
    original: str
    mentions: list[Mention]
    entities: list[EntityRef]
    counts: dict[str, int]
    pats: RolePatterns
    language: str | None
    context: Context


@cache
def _title_after(title: str) -> re.Pattern[str]:
    """A possessive ending or blanks, then a title (``title``: "IAEA Director General", "the Bank's President")."""
    return re.compile(rf"(?:['’]s)?\s+(?={title})")


@cache
def _coordination_then_blank(coordination: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{coordination})\s+")


def _role(doc: _Doc, person: Mention, singular: str | None, span: tuple[int, int]) -> Role | None:
    """The role of ``person`` stated by the phrase at ``span``, with its organisation and period."""
    text, context, pats, entities = doc.text, doc.mentions, doc.pats, doc.entities
    start, end, org, org_mention = role_organisation(text, *strip_span(text, *span), context, doc.counts, pats,
                                                     entities)
    if org is None:
        org_mention = (org_nearby(text, person, end, context, pats)
                       or org_of_possessive(text, start, context, pats)
                       or org_before(text, start, context, entities, pats.lang.code)
                       or org_with_acronym_before(text, start, context)
                       or governed_place_before(text, start, context, entities)
                       or own_publisher(text, start, doc.context.publisher, pats))
        org = org_mention.text if org_mention else acronym_in(text, start, end, pats)
        opening = _title_after(pats.title.pattern).match(text, start + len(org), end) \
            if org and text.startswith(org, start) else None
        if opening and org_mention is None:  # "IAEA Director General": the acronym opening the phrase is apart
            start = opening.end()
    start, end = strip_span(text, start, end)
    gaps = list(PHRASE_GAP.finditer(text, start, end))
    if gaps and end <= person.start:  # columns, or punctuation stripped to blanks: the part next to the name
        start = gaps[-1].end()
    elif gaps:
        start, end = _trim_tail(text, start, gaps[0].start(), pats)
    coordination = coordination_words(pats)
    joined = end <= person.start and coordination and _coordination_then_blank(coordination).match(text, start, end)
    if joined:  # "Senator X  Chairman of the Y Committee  and Senator Z": what stands before "and" is X's
        start, org, org_mention = joined.end(), None, None
    if gaps and org and org not in text[start:end] and not (org_mention and org_mention.end <= start):
        org, org_mention = None, None  # "Secretary  United States Department of Labor  200 ...  NW": cut off
    start, end = _trim_tail(text, start, end, pats)
    if gaps and not pats.title.search(text, start, end):
        return None
    gap_before_name = end <= person.start and PHRASE_GAP.search(text[end: person.start]) and not (
        singular and "\n" in text[end: person.start])  # "Senator      Byrd"; a list under a plural title apart
    if end <= start or gap_before_name or not _plausible(text[start:end], person.text):
        return None
    if org and WIDE_GAP.search(org):
        org, org_mention = org[: WIDE_GAP.search(org).start()].strip() or None, None  # type: ignore[union-attr]
    role_text = singular or _base_title(text[start:end], pats)
    portfolio = portfolio_after(text, person, pats) if end <= person.start else None
    if portfolio:
        role_text = f"{role_text} {text[portfolio[0]:portfolio[1]].strip()}"
    bracket = portfolio_in_brackets(text, person, context, entities, pats) if org is None and end <= person.start \
        and not text[end:person.start].strip() and pats.national.search(role_text) else None
    if bracket:  # "minister Wiebes (Economische Zaken en Klimaat)": the ministry
        org, org_mention = bracket
    if org is None:
        org, org_mention = implied_org(text, start, end, role_text, context, entities, pats)
    if org is None:  # "SPÖ-Abgeordnete", "Statbel-directeur": the acronym or body a compound title opens with
        org, org_mention = compound_prefix_org(role_text, context, pats)
    if org is None:  # "Senator X (D-HI)": the chamber
        org = chamber_of_party_state(text, person, role_text, pats)
    kind = generic_at(doc.context, org, start, end) if org else possessive_kind(doc.context, start)
    referred = referred_body(doc.context, kind, start) if kind else None
    if referred is not None:  # "Präsident des Amtes", "the agency's director": the body of that kind the release names
        org, org_mention = referred.text, referred
    if org is None:  # "Gedeputeerde Peter Kerris": a province's, the province the release names
        org_mention = place_after_name(doc.context, person, role_text) or title_body(doc.context, role_text, start)
        org = org_mention.text if org_mention else None
    if org is None:  # "..., said Catherine De Bolle, Executive Director": a staff post's body from the context
        addressed = end <= person.start and not text[end:person.start].strip() and bool(
            pats.title.fullmatch(text, start, end))  # "President Bush", "Chairman Akaka": a form of address
        org_mention, _ = context_org(doc.context, (min(start, person.start), max(end, person.end)), role_text,
                                     addressed)
        org = org_mention.text if org_mention else None
    tense = pats.tense.search(role_text)
    first, last = min(start, person.start), max(end, person.end, portfolio[1] if portfolio else 0)
    since, until = _period(text, first, last, doc.language, pats)
    name = entities[person.entity].name if person.entity is not None else person.text
    return Role(first, last, doc.original[first:last], person=name, role=role_text, organization=org,
                status=pats.lang["role_tense_words"][tense.group("t")] if tense else None, since=since, until=until,
                person_entity=person.entity, organization_entity=org_mention.entity if org_mention else None)


def _plausible(role: str, person: str) -> bool:
    """Not a headline ("LIEBERMAN URGE METLIFE CEO TO SAVE CT JOBS") and not a person that is no name
    ("S.843", "U S", "FOR IMMEDIATE RELEASE   WASHINGTON")."""
    if WIDE_GAP.search(person) or re.search(r"\d", person) or not re.search(r"[^\W\d_]{2}", person):
        return False
    letters = [c for c in role if c.isalpha()]
    if len(role.split()) >= config.HEADLINE_ROLE_WORDS and all(c.isupper() for c in letters):
        return False
    return not (len(person.split()) >= 3 and person.isupper())


def _shared_organisations(roles: list[Role]) -> list[Role]:
    """"European Commission President Jean-Claude Juncker ... President Juncker": a role repeated without its
    organisation takes it from the same person's same role."""
    known = {(fold(r.person), fold(r.role)): r for r in roles if r.organization}
    out = []
    for r in roles:
        other = known.get((fold(r.person), fold(r.role)))
        if r.organization is None and other is not None:
            r = replace(r, organization=other.organization, organization_entity=other.organization_entity)
        out.append(r)
    return out
