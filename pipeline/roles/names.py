"""Names the statistical recogniser labelled a place or an organisation right at a title: "la ministre Chartrand"
(a place "Chartrand"), "Le Ministre-Président Elio Di Rupo" (an organisation holding the title). A model's mention
that no table knows (not the gazetteer's, not the alias table's, no city) and that is a name by the role rules'
test is the person the title introduces. Used by :mod:`pipeline.roles`."""

from __future__ import annotations

import re

from pipeline.entities.gazetteer import alias_table
from pipeline.entities.places import city_names
from pipeline.records import Mention
from pipeline.roles.context import _name_ok
from pipeline.roles.patterns import RolePatterns

MAX_NAME_WORDS = 4  # words of a name taken from a mislabelled mention


def titled_mislabelled(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Mention]:
    """People inside or right after a title that the model labelled a place or an organisation (module docstring)."""
    found = []
    for m in mentions:
        if m.label == "PERSON" or m.method != "model" or alias_table().lookup(m.text) is not None or (
                m.text in city_names()[0]):
            continue
        start = _after_title(text, m, pats)
        if start is None:
            continue
        words = text[start:m.end].split()
        if 1 <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() or w in pats.connector_words for w in words) \
                and _name_ok(text, start, m.end, [], pats):
            found.append(Mention(start, m.end, text[start:m.end], "PERSON", method="rule"))
    return found


def _after_title(text: str, m: Mention, pats: RolePatterns) -> int | None:
    """Where the name starts: past a title that opens the mention ("Ministre-Président Elio Di Rupo"), or at the
    mention's start when a singular title stands right before it ("la ministre Chartrand"); else None."""
    opening = pats.title.match(text, m.start, m.end)
    if opening is not None:
        rest = re.compile(r"[^\S\n]+(?=\S)").match(text, opening.end(), m.end)
        return rest.end() if rest else None
    before = re.search(r"(\S+)[^\S\n]+$", text[max(0, m.start - 60): m.start])
    if before and pats.title.fullmatch(before.group(1)) and before.group(1) not in pats.lang["role_plurals"]:
        return m.start
    return None
