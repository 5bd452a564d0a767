"""Agreements told across sentences: the amount of a sentence referring back to an agreement ("Daarin ...
rijksbijdrage van €802.000"), the signatories named only as "both parties" ("zwischen den beiden Staaten":
the parties of the event told before), and an agreement retold with one of its parties, which is the
document's agreement told with more of them (EVENTS.md: one event per real-world event)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.events.arguments import Context, event_date, unique
from pipeline.events.funding import event_amounts
from pipeline.records import Event, Money, Span


def referred_amount(ctx: Context, sentence: Span, amounts: tuple[Money, ...], found: list[Event]) -> list[Event]:
    """An agreement told without its amount takes the granted amount of a sentence that opens by referring
    back to it ("Daarin legden zij de afspraken vast ... rijksbijdrage van €802.000", "Under the agreement,
    the city receives £2 million", "Darin sagt der Bund 2 Millionen Euro zu")."""
    if not found or found[-1].type != "agreement" or found[-1].amount is not None:
        return found
    if not ctx.words.words("agreement_references").match(sentence.text.lstrip()):
        return found
    granted = event_amounts(ctx, sentence, amounts)
    return [*found[:-1], replace(found[-1], amount=granted[0])] if granted else found


def both_parties(ctx: Context, sentence: Span, events: list[Event], found: list[Event]) -> list[Event]:
    """An agreement signed by "both parties" ("Nach den Gesprächen wurden vier Kooperationsabkommen zwischen
    den beiden Staaten unterzeichnet", "the two countries signed an agreement", "les deux pays ont signé un
    accord", "beide landen ondertekenden een verdrag") with fewer than two named parties of its own: the
    parties of the last event told before it with two or more, as partners."""
    words = ctx.words
    if any(e.type == "agreement" and len({p.entity for p in e.parties}) >= 2 for e in events):
        return events
    if not (words.triggers["agreement"].search(sentence.text) and words.words("agreement_acts").search(sentence.text)
            and words.words("both_parties").search(sentence.text)):
        return events
    before = next((e for e in reversed(found) if len({p.entity for p in e.parties}) >= 2), None)
    if before is None:
        return events
    own = [p for e in events if e.type == "agreement" for p in e.parties]
    parties = unique([replace(p, role="partner") for p in before.parties] + own)
    agreement = Event(sentence.start, sentence.end, sentence.text, type="agreement", parties=tuple(parties),
                      date_value=event_date(ctx, sentence))
    return [e for e in events if e.type != "agreement"] + [agreement]


def join_single_party(events: list[Event]) -> list[Event]:
    """An agreement with one named party joins the first agreement of the document told with two or more
    ("... as the Transport Secretary signs a landmark agreement to progress a new direct rail link to
    Switzerland" and "Memorandum of Understanding signed today between the Transport Secretary, Heidi
    Alexander, and Federal Councillor, Albert Rösti")."""
    main = next((i for i, e in enumerate(events)
                 if e.type == "agreement" and len({p.entity for p in e.parties}) >= 2), None)
    if main is None:
        return events
    out = list(events)
    for i, e in enumerate(events):
        if e.type == "agreement" and len({p.entity for p in e.parties}) == 1 and (
                e.amount is None or out[main].amount is None or e.amount == out[main].amount):
            target = out[main]
            out[main] = replace(target, parties=tuple(unique([*target.parties, *e.parties])),
                                amount=target.amount if target.amount is not None else e.amount,
                                date_value=target.date_value or e.date_value,
                                instrument=target.instrument or e.instrument)
            out[i] = replace(e, parties=())
    return [e for e in out if e.parties]
