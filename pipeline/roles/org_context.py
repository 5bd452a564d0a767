"""The organisation of a role its phrase does not name, read from the release around it. Press releases name the
body a director or a spokesperson works for elsewhere: by its kind ("Präsidentin des Amtes", "the agency's
director"), in a list of people ("Ms X, Acting Director General, Department of State;"), in the sentence before
("... au siège de l'Agence française de développement. Il y a été accueilli par Rémy Rioux, directeur général."),
or only as the publisher of the release (its header line).

The precedence, after the explicit steps of :mod:`pipeline.roles.orgs` and :func:`pipeline.roles.context.implied_org`
(the phrase itself, the name's neighbourhood, a possessive, an organisation before the title, a title that names
its body, a national office's country):

1. ``generic`` (any title): an organisation named only by its kind with an article ("des Amtes", "of the Agency",
   "de l'Office", "the agency's") is the body of that kind the release names (:func:`referred_body`);
2. ``title_place`` and ``title_kind`` (titles of ``role_title_bodies``: "gedeputeerde" -> a province, "dijkgraaf"
   -> a water board, "Bürgermeister" -> a town): the place named right after the name ("burgemeester X van
   Antwerpen", :func:`place_after_name`), else the one body of that kind the release names (:func:`title_body`);
3. for a post on a body's staff only (``role_body_titles`` and ``role_staff_titles``: director, president,
   spokesperson, chief economist; not a minister), and not a bare title used to address someone ("President Bush",
   "Chairman Akaka"), the :data:`POLICIES` in order: ``apposition``, ``previous_sentence``, ``publisher``.

An organisation that is merely the only one in the role's own sentence is not taken: in the Senate releases it is
the object of the sentence ("Congress ... President Bush signed"), not the employer (every such case read was
wrong), and so is the organisation a release names most ("United Nations" in a hearing about it)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.entities.gazetteer import SHARED, alias_table
from pipeline.records import EntityRef, Mention
from pipeline.resources.langdata import alternation, load_language
from pipeline.roles.context import bound_elsewhere, governed_key
from pipeline.roles.forms import coordination_words
from pipeline.roles.patterns import RolePatterns
from pipeline.textnorm import fold

SENTENCE_ENDS = re.compile(r"[.!?…][\"”»’]?\s+(?=[\"“„«‘(]?[A-ZÀ-Þ0-9])|\n")


@dataclass(frozen=True)
class Context:
    """What the policies read: the text, its organisations and the release's publisher (found once per document)."""
    text: str
    mentions: list[Mention]
    entities: list[EntityRef]
    pats: RolePatterns
    publisher: Mention | None


def staff_title(role_text: str, pats: RolePatterns) -> bool:
    """Whether a role is a post on a body's staff (its head title among ``role_body_titles`` or
    ``role_staff_titles``, a compound of one in Dutch and German: "Pressesprecherin", "hoofdwoordvoerder"), not a
    national office."""
    if pats.staff_title is None or pats.national.search(role_text):
        return False
    if pats.staff_title.search(role_text):
        return True
    if not pats.lang.get("role_title_suffix_match"):
        return False
    endings = [fold(e) for e in pats.lang["role_title_endings"]] + [""]
    words = pats.lang.get("role_body_titles", []) + pats.lang.get("role_staff_titles", [])
    heads = [fold(w) for w in words if " " not in w]
    return any(fold(word).endswith(h + e) and len(fold(word)) > len(h + e) for word in role_text.split()
               for h in heads for e in endings)


def descriptive_title(role_text: str, pats: RolePatterns) -> bool:
    """"zegt hoofdeconoom Peter Hein van Mulligen", "sagt Generaldirektor Tobias Thomas", "a déclaré le directeur
    général X", "said Executive Director X": a staff title of ``role_descriptive_titles`` (no head of a state or a
    chamber: no president, no chair) is never a form of address; before a name it describes the post, whose body the
    release names around it. In Dutch and German a compound ending in one counts ("Chefökonomin")."""
    return bool(_descriptive(pats.lang.code).fullmatch(role_text.strip()))


@cache
def _descriptive(code: str) -> re.Pattern[str]:
    pats = load_language(code)
    words = alternation(pats.get("role_descriptive_titles", []))  # the empty list: a pattern that never matches
    if not pats.get("role_title_suffix_match"):
        return re.compile(rf"(?i:{words})")
    endings = alternation(pats["role_title_endings"])
    return re.compile(rf"(?:[\w\-]*\w-?)?(?i:{words})(?:{endings})?")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end``: from the end of the previous one (or the line) to the end of this one."""
    ends = SENTENCE_ENDS.finditer(text, max(0, start - 2000), min(len(text), start + 1))  # the capital after the end
    left = max((m.end() for m in ends if m.end() <= start), default=0)  # may be the role's own first letter
    right_match = SENTENCE_ENDS.search(text, end)
    return left, right_match.start() + 1 if right_match else len(text)


def _key(m: Mention, entities: list[EntityRef]) -> str:
    return entities[m.entity].key if m.entity is not None and m.entity < len(entities) else fold(m.text)


def _free_orgs(ctx: Context, left: int, right: int, skip: tuple[int, int]) -> list[Mention]:
    """The organisations of ``left:right`` that no other title claims and that are no country (a national office's
    country is read apart), outside the role statement ``skip``."""
    out = []
    for m in ctx.mentions:
        if m.label != "ORG" or not (left <= m.start and m.end <= right) or (m.start < skip[1] and skip[0] < m.end):
            continue
        if governed_key(m, ctx.entities) or bound_elsewhere(ctx.text, m.start, m.end, *skip, left, ctx.pats):
            continue
        out.append(m)
    return out


def _one(orgs: list[Mention], ctx: Context, near: int) -> Mention | None:
    keys = {_key(m, ctx.entities) for m in orgs}
    if len(keys) != 1:
        return None
    return min(orgs, key=lambda m: abs(m.start - near))


def apposition_org(ctx: Context, statement: tuple[int, int]) -> Mention | None:
    """Policy ``apposition``: "Ms Heather Hodges, Acting Director General, Department of State;": in a list of
    people (or a sentence) an organisation that closes the apposition after the title is the post's."""
    gap = re.compile(rf"[^\S\n]*,[^\S\n]*(?:(?:{ctx.pats.articles})[^\S\n]+)?").match(ctx.text, statement[1])
    if gap is None:
        return None
    found = next((m for m in ctx.mentions if m.label == "ORG" and m.start == gap.end()), None)
    if found is None or governed_key(found, ctx.entities):
        return None
    closing = re.compile(rf"[^\S\n]*(?:[;.)\n]|$|,?[^\S\n]+(?:{coordination_words(ctx.pats)})[^\S\n])")
    return found if closing.match(ctx.text, found.end) else None


def previous_sentence_org(ctx: Context, statement: tuple[int, int]) -> Mention | None:
    """Policy ``previous_sentence``: "Le ministre s'est rendu au siège de l'Agence française de développement. Il y a
    été accueilli par Rémy Rioux, directeur général.": the role's sentence names no organisation, the sentence
    before it (in the same paragraph, at most config.ROLE_CONTEXT_SENTENCE_WORDS long) names exactly one."""
    left, right = sentence_bounds(ctx.text, *statement)
    if _free_orgs(ctx, left, right, statement) or left == 0 or "\n" in ctx.text[max(0, left - 2): left]:
        return None
    before_left, _ = sentence_bounds(ctx.text, max(0, left - 2), max(0, left - 2))
    if len(ctx.text[before_left:left].split()) > config.ROLE_CONTEXT_SENTENCE_WORDS:
        return None
    return _one(_free_orgs(ctx, before_left, left, statement), ctx, left)


def publisher_org(ctx: Context, statement: tuple[int, int]) -> Mention | None:
    """Policy ``publisher``: the organisation the release's header names alone on a line (:func:`publisher`)."""
    return ctx.publisher


POLICIES: tuple[tuple[str, Callable[[Context, tuple[int, int]], Mention | None]], ...] = (
    ("apposition", apposition_org),
    ("previous_sentence", previous_sentence_org),
    ("publisher", publisher_org),
)


def generic_body(org: str, pats: RolePatterns) -> str | None:
    """"des Amtes", "the Agency", "l'Office", "het instituut": an organisation named only by its kind (an article
    and one organisation word), which refers to one the release names; the word, folded, else None."""
    words = [w for w in re.split(r"\s+|(?<=['’])", org.strip()) if w]
    if words and words[0].lower() in pats.article_words:
        words = words[1:]
    if len(words) != 1 or not pats.org_word.fullmatch(words[0]):
        return None
    word = fold(words[0])
    kinds = sorted((fold(k) for k in pats.lang["org_keywords"] + pats.lang["org_body_words"] if len(k) >= 3),
                   key=len, reverse=True)
    return next((k for k in kinds if word == k or (word.startswith(k) and len(word) - len(k) <= 2)), None)


def referred_body(ctx: Context, kind: str, near: int) -> Mention | None:
    """The organisation a generic "the agency" refers to: of those the release names by a name holding that word
    ("European Medicines Agency", "Statistisches Bundesamt"), the publisher, else the only one (the mention nearest
    before ``near``)."""
    kind = fold(kind)
    word = re.compile(rf"(?<![\w])(?:{re.escape(kind)})(?![\w])")
    found = []
    for m in ctx.mentions:
        if m.label != "ORG" or governed_key(m, ctx.entities) or generic_body(m.text, ctx.pats):
            continue
        words = [fold(w) for w in re.split(r"[\s\-]+", m.text)]
        if word.search(fold(m.text)) or (" " not in kind and any(
                w.endswith(kind) and len(w) > len(kind) + 2 for w in words)):  # "Bundesamt" for "Amt"
            found.append(m)
    if ctx.publisher is not None and any(_key(m, ctx.entities) == _key(ctx.publisher, ctx.entities) for m in found):
        return ctx.publisher
    before = [m for m in found if m.start < near] or found
    return _one(before, ctx, near) if before else None


def title_body(ctx: Context, role_text: str, near: int) -> Mention | None:
    """Policy ``title_kind``: "gedeputeerde" is a province's, "dijkgraaf" a water board's, "Bürgermeister" a town's
    (``role_title_bodies`` of the language data): the one body of that kind the release names."""
    for title, kinds in ctx.pats.lang.get("role_title_bodies", {}).items():
        if not re.search(rf"(?<![\w\-])(?i:{re.escape(title)})(?![\w])", role_text):
            continue
        for kind in kinds:
            found = referred_body(ctx, kind, near)
            if found is not None:
                return found
    return None


def generic_at(ctx: Context, org: str, start: int, end: int) -> str | None:
    """The kind of a generic body found as a role's organisation, written with its article in the text ("of the
    Agency", "des Amtes", "de l'Office"): a bare "Senate" or "Congress" is a name, not a reference."""
    kind = generic_body(org, ctx.pats)
    at = ctx.text.find(org, start, end + len(org) + 80)
    if kind is None or at < 0:
        return None
    if generic_body(org.split()[0], ctx.pats) is None and org.split()[0].lower() in ctx.pats.article_words:
        return kind  # the article is part of the organisation's text
    before = re.search(rf"(?:^|(?<=\s))(?:{ctx.pats.articles})(?:\s+|(?<=['’]))$", ctx.text[max(0, at - 8):at])
    return kind if before else None


def place_after_name(ctx: Context, person: Mention, role_text: str) -> Mention | None:
    """Policy ``title_place``: "burgemeester Bart De Wever van Antwerpen", "Mayor Sadiq Khan of London", "wethouder
    Jan Jansen van de gemeente Utrecht": a local office (a title of ``role_title_bodies``) takes the place named right
    after the name with of/van (and the kind of body it governs)."""
    if ctx.pats.local_office is None or not ctx.pats.local_office.search(role_text):
        return None
    gap = ctx.pats.local_body_gap.match(ctx.text, person.end) if ctx.pats.local_body_gap else None
    return next((m for m in ctx.mentions if gap and m.label == "LOC" and m.start == gap.end()), None)


def possessive_kind(ctx: Context, start: int) -> str | None:
    """"the agency's director": a generic organisation in the possessive right before the title."""
    match = re.search(rf"(?:^|(?<=\s))(?:{ctx.pats.articles})\s+(\w+)['’]s\s+$", ctx.text[max(0, start - 40):start])
    return generic_body(match.group(1), ctx.pats) if match else None


def context_org(ctx: Context, statement: tuple[int, int], role_text: str,
                addressed: bool) -> tuple[Mention | None, str | None]:
    """The organisation of a staff post from its context, and the name of the policy that found it. A bare title
    used to address someone ("President Bush", "Chairman Akaka") says nothing of the body: no policy applies; a
    descriptive staff title is none (:func:`descriptive_title`: "zegt hoofdeconoom X")."""
    if (addressed and not descriptive_title(role_text, ctx.pats)) or not staff_title(role_text, ctx.pats):
        return None, None
    for name, policy in POLICIES:
        found = policy(ctx, statement)
        if found is not None:
            return found, name
    return None, None


def publisher(text: str, mentions: list[Mention], entities: list[EntityRef]) -> Mention | None:
    """The organisation that publishes a release: one named alone on a line of its header (the first
    config.HEADER_ROLE_LINES lines: "European Court of Auditors" above the headline). A country or governed region
    and a name several bodies bear ("Landesregierung") are never the publisher. (The organisation a release names
    most is not: in the Senate releases it is the topic, "Congress", "United Nations".)"""
    orgs = [m for m in mentions if m.label == "ORG" and not governed_key(m, entities) and not _shared_name(m)]
    lines = [x for x in re.finditer(r"[^\n]*\S[^\n]*", text)][: config.HEADER_ROLE_LINES]
    header_end = lines[-1].end() if lines else 0
    for m in orgs:
        if m.start >= header_end:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end) % (len(text) + 1)
        if not text[line_start:m.start].strip(" \t|•-") and not text[m.end:line_end].strip(" \t|•-"):
            return m
    return None


def _shared_name(m: Mention) -> bool:
    entry = alias_table().lookup(m.text)
    return bool(entry and entry.id.startswith(SHARED))
