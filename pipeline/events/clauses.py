"""Funding clauses: a sentence whose later clause tells a second grant with its own payer and funding verb
("Der Bund stellt 5 Millionen Euro bereit, das Land Hessen steuert weitere 2 Millionen Euro bei", "The
Department provides £5 million, and the County Council contributes a further £2 million") is read clause by
clause, so that the second amount is not given the first clause's funder and the second payer is not taken
for the first amount's recipient."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipeline.events.arguments import Context, marked
from pipeline.events.funding import CLAUSE_END, event_amounts
from pipeline.records import Event, Mention, Money, Span


def funding_clauses(ctx: Context, sentence: Span, amounts: tuple[Money, ...], mentions: list[Mention],
                    triggers: list[re.Match[str]]) -> list[Span]:
    """The sentence cut at each clause end between two granted amounts after which a named party (not
    marked as paid or as a place) and a funding word of its own follow, before the clause's amount or right
    after it (a verb-final clause: "während das Land Bayern 2 Millionen Euro beisteuert"); the sentence whole
    when there is no such cut. The clause before a cut must hold a funding word too."""
    granted = [amounts[i] for i in event_amounts(ctx, sentence, amounts)]
    verbs = [sentence.start + t.start() for t in triggers]
    cuts: list[int] = []
    for earlier, later in pairwise(granted):
        ends = [sentence.start + c.start() for c in CLAUSE_END.finditer(sentence.text)
                if earlier.end <= sentence.start + c.start() < later.start]
        if not ends:
            continue
        cut = ends[-1]
        floor = cuts[-1] if cuts else sentence.start
        if not any(floor <= v < cut for v in verbs) or not any(
                cut < v < later.start or _right_after(ctx, later, v) for v in verbs):
            continue
        if any(cut < m.start and m.end <= later.start and _payer(ctx, m, cut) for m in mentions):
            cuts.append(cut)
    if not cuts:
        return [sentence]
    bounds = [sentence.start, *cuts, sentence.end]
    return [Span(a, b, ctx.text[a:b]) for a, b in pairwise(bounds)]


_VERB_FINAL = re.compile(r"\W*(?:\w+\W+){0,2}")  # "2 Millionen Euro (für den Ausbau) beisteuert"


def _right_after(ctx: Context, amount: Money, verb: int) -> bool:
    """Whether a funding verb ends the clause within two words after the amount (verb-final order)."""
    gap = ctx.text[amount.end:verb]
    return verb >= amount.end and not CLAUSE_END.search(gap) and bool(_VERB_FINAL.fullmatch(gap))


def _payer(ctx: Context, m: Mention, floor: int) -> bool:
    """A party that may be the clause's subject: no recipient, place or agent word right before it."""
    return not any(marked(ctx, ctx.words.words(key), m.start, floor)
                   for key in ("recipient_markers", "locative_prepositions", "agent_markers", "source_markers"))


def as_sentence(events: list[Event], sentence: Span) -> list[Event]:
    """The events read from clauses, with the whole sentence as their evidence."""
    return [replace(e, start=sentence.start, end=sentence.end, text=sentence.text) for e in events]
