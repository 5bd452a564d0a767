"""Cooperation and funding events (gold/EVENTS.md): funding, agreement, project and meeting, read sentence
by sentence from trigger words of the language's events file and the entities, amounts, dates and roles the
earlier stages found. One event per real-world event: the same funding told in the title and the body is
merged, and a funding sentence that names only the recipient takes the funder of the funding before it."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import config
from pipeline.events.agreements import both_parties, join_single_party, referred_amount
from pipeline.events.arguments import (
    Context,
    event_date,
    instrument,
    make_context,
    marked,
    party,
    sentence_mentions,
    sides,
    unique,
    with_position_holders,
)
from pipeline.events.clauses import as_sentence, funding_clauses
from pipeline.events.funding import CLAUSE_END, OTHER_AGENT, event_amounts, funding, hedged, is_headline
from pipeline.events.lexicon import load_events
from pipeline.events.publisher import publisher
from pipeline.events.sentences import sentences
from pipeline.records import DateValue, EntityRef, Event, EventParty, Mention, Money, Role, Span


def extract_events(text: str, language: str | None, mentions: tuple[Mention, ...] | list[Mention],
                   entities: tuple[EntityRef, ...] | list[EntityRef], amounts: tuple[Money, ...] | list[Money],
                   dates: tuple[DateValue, ...] | list[DateValue],
                   roles: tuple[Role, ...] | list[Role]) -> list[Event]:
    """The events of one document, in text order; none for a language without an events file."""
    words = load_events(language)
    if words is None:
        return []
    ctx = make_context(text, words, tuple(mentions), tuple(entities), tuple(dates), tuple(roles))
    amounts = tuple(amounts)
    found: list[Event] = []
    previous: list[Event] = []
    for sentence in sentences(text):
        events = _sentence_events(ctx, sentence, amounts)
        if not events and _continues(ctx, sentence, previous):
            events = _continued_funding(ctx, sentence, amounts)
        found = referred_amount(ctx, sentence, amounts, found)
        events = both_parties(ctx, sentence, events, found)
        found.extend(events)
        previous = events
    return join_single_party(_merge(_carry_funders(found, publisher(ctx)), amounts))


def _continues(ctx: Context, sentence: Span, previous: list[Event]) -> bool:
    """Whether a sentence without a funding word may still give amounts of a funding: a headline, the
    sentence after a funding told without its amount, or a breakdown of the funding before ("This includes",
    "daarvan", "dont", "davon")."""
    if ctx.words.triggers["funding"].search(sentence.text) or ctx.words.words("receive_triggers").search(
            sentence.text):
        return False  # read as a funding sentence already (hedged, or naming nobody)
    funding = [e for e in previous if e.type in ("funding", "funder-context")]
    return is_headline(sentence) or any(e.amount is None for e in funding) or bool(
        funding and ctx.words.words("breakdown_markers").search(sentence.text))


def _continued_funding(ctx: Context, sentence: Span, amounts: tuple[Money, ...]) -> list[Event]:
    """The amounts of a sentence that follows a funding told without its amount ("The Board approved new
    financing for 21 projects." + "This includes EUR 1 billion for the Antwerp by-pass"), or of a headline
    that names whom an amount is for ("€95 million for Gelderland regions"): funding events whose named
    parties are recipients unless a marker says they pay; the funders are carried from before or merged in
    from the body."""
    if not event_amounts(ctx, sentence, amounts):
        return []
    mentions = sentence_mentions(ctx, sentence, amounts)
    if is_headline(sentence) and not any(
            marked(ctx, ctx.words.words("recipient_markers"), m.start, sentence.start) for m in mentions):
        return []
    return [e for e in funding(ctx, sentence, mentions, amounts, [], continued=True) if e.type == "funding"]


def _live(ctx: Context, pattern: re.Pattern[str], sentence: Span, names: list[Mention]) -> list[re.Match[str]]:
    """Trigger matches of the sentence outside names ("European Investment Bank") that no hedge ("could",
    "intends") stands before."""
    out = []
    for match in pattern.finditer(sentence.text):
        if any(m.start < end and start < m.end for m in names for start, end in _ends(sentence, match)):
            continue
        if not hedged(ctx.words, sentence.text, 0, match.start()):
            out.append(match)
    return out


def _ends(sentence: Span, match: re.Match[str]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The first and the last word of a trigger match: a separable verb holds a name between its parts ("stellt
    der Stadt Kassel 2 Millionen Euro bereit", "kent de gemeente Zeist 2 miljoen euro toe")."""
    words = list(re.finditer(r"\S+", match.group()))
    at = sentence.start + match.start()
    return (at + words[0].start(), at + words[0].end()), (at + words[-1].start(), at + words[-1].end())


RETOLD = "rule+retold"  # a meeting named with a demonstrative ("this workshop"): merged into the one told before


def _sentence_events(ctx: Context, sentence: Span, amounts: tuple[Money, ...]) -> list[Event]:
    mentions = sentence_mentions(ctx, sentence, amounts)
    triggers = {kind: _live(ctx, pattern, sentence, mentions) for kind, pattern in ctx.words.triggers.items()}
    verbs: tuple[int, ...] = ()
    if not triggers["funding"]:  # "die Betriebskosten zu übernehmen": a funding without an amount
        triggers["funding"] = _live(ctx, ctx.words.words("cost_bearing"), sentence, mentions)
        verbs = tuple(sentence.start + t.start() for t in triggers["funding"])
    if not triggers["funding"] and event_amounts(ctx, sentence, amounts):  # "X will receive £500,000"
        triggers["funding"] = _live(ctx, ctx.words.words("receive_triggers"), sentence, mentions) or \
            _amount_trigger(ctx, sentence, amounts, mentions)
        if not triggers["funding"]:
            triggers["funding"] = _support_with_amount(ctx, sentence, amounts, mentions)
            verbs = tuple(sentence.start + t.start() for t in triggers["funding"])
    events: list[Event] = []
    if triggers["funding"]:
        events += _clause_funding(ctx, sentence, mentions, amounts, triggers["funding"], verbs)
    if triggers["agreement"] and ctx.words.words("agreement_acts").search(sentence.text):
        granted = event_amounts(ctx, sentence, amounts)  # an agreement that commits money carries it (EVENTS.md)
        events += [replace(e, amount=granted[0] if granted else None)
                   for e in _simple(ctx, sentence, mentions, "agreement", lambda m: "partner", minimum=1)]
    named = [] if triggers["meeting"] else _meeting_names(ctx, sentence, mentions)
    if triggers["meeting"] or named:
        guests = [m for m in mentions if m not in named]  # the meeting's name is its instrument, not a party
        retold = bool(triggers["meeting"]) and (all(
            marked(ctx, ctx.words.words("retold_markers"), sentence.start + t.start(), sentence.start)
            for t in triggers["meeting"]) or _retold_subject(ctx, sentence))  # "This workshop is part of ..."
        events += [replace(e, instrument=named[0].text if named else e.instrument,
                           method=RETOLD if retold else e.method)
                   for e in _simple(ctx, sentence, guests, "meeting", _meeting_role(ctx, sentence, guests),
                                    minimum=1 if retold else config.EVENT_MIN_MEETING_PARTIES)]
    if triggers["project"]:
        events += _project_beside(ctx, sentence, mentions, events)
    return events


def _clause_funding(ctx: Context, sentence: Span, mentions: list[Mention], amounts: tuple[Money, ...],
                    triggers: list[re.Match[str]], verbs: tuple[int, ...]) -> list[Event]:
    """The funding events of a sentence, clause by clause when a later clause tells a grant of its own payer
    (:func:`pipeline.events.clauses.funding_clauses`)."""
    pieces = funding_clauses(ctx, sentence, amounts, mentions, triggers)
    if len(pieces) == 1:
        return funding(ctx, sentence, mentions, amounts, triggers, verbs=verbs)
    out: list[Event] = []
    for piece in pieces:
        own = [m for m in mentions if piece.start <= m.start and m.end <= piece.end]
        words = _live(ctx, ctx.words.triggers["funding"], piece, own) or \
            _live(ctx, ctx.words.words("receive_triggers"), piece, own)
        if words:
            out += funding(ctx, piece, own, amounts, words,
                           verbs=tuple(v for v in verbs if piece.start <= v < piece.end))
    return as_sentence(out, sentence)


def _retold_subject(ctx: Context, sentence: Span) -> bool:
    """A meeting sentence whose subject refers back, a pronoun or a bare title opening it ("He was welcomed by",
    "Il y a été accueilli par ...", "Le ministre s'est entretenu avec ...", "Der Minister traf sich ..."): the
    visit told before goes on, and its hosts and counterparts join that meeting."""
    return bool(ctx.words.words("retold_subjects").match(sentence.text.lstrip()))


def _project_beside(ctx: Context, sentence: Span, mentions: list[Mention], events: list[Event]) -> list[Event]:
    """The project of a sentence with a project word: read when the sentence tells no other event, or only
    who pays ("ILO provides technical support to the SIA": no amount, no event of its own), or a funding
    (EVENTS.md: "a sentence about a project that also says who pays it gives a funding event besides the
    project event"; "een door Europa gefinancierd project ondersteunt BELINCOSOC de Marokkaanse overheid"):
    then its partners are the parties that do not pay, at least two of them. Not beside a meeting or an
    agreement, which the project word then only describes."""
    told = [e for e in events if e.type != "funder-context"]
    if any(e.type != "funding" for e in told):
        return []
    payers = {p.entity for e in told for p in e.parties if p.role == "funder"}
    own = [m for m in mentions if m.entity not in payers] if told else mentions
    return _simple(ctx, sentence, own, "project", _project_role(ctx, sentence, own), minimum=2)


def _meeting_names(ctx: Context, sentence: Span, mentions: list[Mention]) -> list[Mention]:
    """Names of meetings that the sentence places an act in ("during the Annual Steering Committee", "tijdens de
    Europese Top", "lors du Sommet de Paris"): a name whose last or first word is a meeting word, after a marker
    of the time or place of a meeting."""
    out = []
    for m in mentions:
        last = list(re.finditer(r"[\w’'\-]+", m.text))  # the words of the name
        if m.label != "ORG" or len(last) < 2:
            continue
        words = ctx.words.triggers["meeting"]
        head = any(t.end() == len(m.text) for t in words.finditer(m.text)) or words.match(m.text, 0, last[0].end())
        if head and marked(
                ctx, ctx.words.words("meeting_name_markers"), m.start, sentence.start):
            out.append(m)
    return out


def _amount_trigger(ctx: Context, sentence: Span, amounts: tuple[Money, ...],
                    mentions: list[Mention]) -> list[re.Match[str]]:
    """A word that makes a granted amount right after it a funding ("Thanks to £2m from X", "Dankzij 2 miljoen
    euro van de provincie", "Grâce à 2 millions d'euros de la Région"): its matches that end right before an
    amount of the sentence."""
    starts = {amounts[i].start - sentence.start for i in event_amounts(ctx, sentence, amounts)}
    return [m for m in _live(ctx, ctx.words.words("amount_triggers"), sentence, mentions)
            if any(s >= m.end() and not sentence.text[m.end():s].strip() for s in starts)]


def _support_with_amount(ctx: Context, sentence: Span, amounts: tuple[Money, ...],
                         mentions: list[Mention]) -> list[re.Match[str]]:
    """A support word whose means is a granted amount of its clause, told by a "with" word at most two words
    before it: "Norway supports the programmes of UNICEF with an additional $10 million", "Nederland steunt
    ... met nog eens 10 miljoen euro", "La Suisse soutient ... avec 10 millions de francs", "Deutschland
    unterstützt ... der UN-Organisation Education Cannot Wait in der Ukraine mit weiteren 10 Millionen Euro"
    (too far from its verb for the separable entry): the support word is the funding verb, its subject pays."""
    starts = [amounts[i].start for i in event_amounts(ctx, sentence, amounts)]
    markers = ctx.words.words("support_amount_markers")
    out = []
    for match in _live(ctx, ctx.words.words("support_triggers"), sentence, mentions):
        at = sentence.start + match.end()
        for start in starts:
            if start < at or CLAUSE_END.search(ctx.text, at, start):
                continue
            window = ctx.text[max(at, start - config.EVENT_MARKER_CHARS):start]
            lead = re.findall(r"[\w’'\-]+", window)[-3:]
            if any(markers.fullmatch(w) for w in lead) or any(
                    markers.fullmatch(" ".join(lead[i:])) for i in range(len(lead))):
                out.append(match)
                break
    return out


def _simple(ctx: Context, sentence: Span, mentions: list[Mention], kind: str, role_of: object,
            minimum: int) -> list[Event]:
    """An agreement, meeting or project: every named party of the sentence, with the role ``role_of`` gives.
    A name that is only a word of the event's type ("MOU", "Memorandum of Understanding") is no party."""
    mentions = [m for m in mentions if not ctx.words.triggers[kind].fullmatch(m.text.strip())]
    parties = [party(ctx, m, role_of(m)) for m in mentions if not _only_locates(ctx, m, sentence)]  # type: ignore[operator]
    parties = unique(with_position_holders(ctx, parties, sentence))
    if len(sides(ctx, parties)) < minimum:
        return []
    return [Event(sentence.start, sentence.end, sentence.text, type=kind, parties=tuple(parties),
                  date_value=event_date(ctx, sentence), instrument=instrument(ctx, sentence, mentions))]


def _only_locates(ctx: Context, mention: Mention, sentence: Span) -> bool:
    """A place after "in" only locates the event ("a workshop in Brussels")."""
    return mention.label == "LOC" and marked(ctx, ctx.words.words("locative_prepositions"), mention.start,
                                             sentence.start)


def _meeting_role(ctx: Context, sentence: Span, mentions: list[Mention]) -> object:
    """Organisers: the parties after a host locative ("hosted by", "op uitnodiging van"), before a host word
    ("X welcomed", "X and Y were co-organisers"), the agent of a passive host verb ("vom Bundesrat empfangen"),
    or right after a host verb that opens the clause, its subject put after it ("Am ersten Tag empfing der
    Bundesrat den Präsidenten"); participants: the others. A party after a "led by" marker ("under the
    leadership of", "unter der Leitung von") is on the side of the party right before it."""
    host_verbs = list(ctx.words.words("host_triggers").finditer(sentence.text))
    verbs = [h for h in host_verbs if not _passive(ctx, sentence, h)]
    hosts = sorted([*verbs, *ctx.words.words("host_nouns").finditer(sentence.text)], key=lambda h: h.start())
    host_at = sentence.start + hosts[-1].start() if hosts else None
    passive = len(verbs) < len(host_verbs)
    inverted = None
    if verbs and mentions and all(m.start >= sentence.start + verbs[0].end() for m in mentions):
        inverted = mentions[0].entity
    subject_from, subject = _verb_final_subject(ctx, sentence, mentions, verbs)

    def role(m: Mention) -> str:
        before = [b for b in mentions if b.end <= m.start]
        if before and _led_by(ctx, m, before[-1].end):
            return role(before[-1])  # "der Bundesrat unter der Leitung von Bundespräsident Merz": the leader's side
        if marked(ctx, ctx.words.words("host_locatives"), m.start, sentence.start):
            return "organiser"
        if subject is not None and subject_from <= m.start and host_at is not None and m.end <= host_at:
            return "organiser" if m.entity == subject else "participant"  # "hat der Bundesrat den X eingeladen"
        if host_at is not None and m.end <= host_at:
            return "organiser"
        if passive and marked(ctx, ctx.words.words("agent_markers"), m.start, sentence.start):
            return "organiser"  # "vom Bundesrat empfangen", "welcomed by"
        return "organiser" if inverted is not None and m.entity == inverted else "participant"
    return role


def _verb_final_subject(ctx: Context, sentence: Span, mentions: list[Mention],
                        verbs: list[re.Match[str]]) -> tuple[int, int | None]:
    """A host verb at the end of its clause after a perfect auxiliary ("hat der Bundesrat den Bundespräsidenten
    ... eingeladen", "heeft de minister de delegatie ontvangen"): the first party after the auxiliary is the
    host, the others before the verb its guests. Returns where the auxiliary ends and the host's entity."""
    if not verbs:
        return 0, None
    verb = verbs[-1]
    clause = CLAUSE_END.split(sentence.text[:verb.start()])[-1]
    clause_at = verb.start() - len(clause)
    auxiliary = next((w for w in re.finditer(r"\w+", clause)
                      if ctx.words.words("perfect_auxiliaries").fullmatch(w.group())), None)
    if auxiliary is None:
        return 0, None
    after = sentence.start + clause_at + auxiliary.end()
    inside = [m for m in mentions if after <= m.start and m.end <= sentence.start + verb.start()]
    if len(inside) < 2:
        return 0, None
    return after, inside[0].entity


def _led_by(ctx: Context, m: Mention, floor: int) -> bool:
    """Whether a "led by" marker stands right before the party, after the party before it, with at most an
    article and one title word between ("unter der Leitung von Bundespräsident Hans-Rudolf Merz")."""
    between = ctx.text[floor:m.start]
    for marker in ctx.words.words("led_by_markers").finditer(between):
        rest = between[marker.end():].split()
        if rest and ctx.articles.fullmatch(rest[0]):  # articles is anchored at the end: a lone article matches
            rest = rest[1:]
        if len(rest) <= 1 and not re.search(r"[,;:.]", between[marker.end():]):
            return True
    return False


def _passive(ctx: Context, sentence: Span, verb: re.Match[str]) -> bool:
    """A host verb in the passive ("were welcomed", "empfangen wurden", "a été accueilli"): the parties before it
    are the guests, not the hosts."""
    auxiliaries = ctx.words.words("passive_auxiliaries")
    before = CLAUSE_END.split(sentence.text[:verb.start()])[-1].split()  # German: "wurde am Flughafen ... empfangen"
    after = sentence.text[verb.end():verb.end() + 20].split()[:1]
    return any(auxiliaries.fullmatch(w.strip(",.;:")) for w in [*before, *after])


def _project_role(ctx: Context, sentence: Span, mentions: list[Mention]) -> object:
    """Partners, and the recipients after a support word ("ILO provides technical support to the SIA"). With no
    party before the support word, the first one after it is its subject, a partner (Dutch and German word
    order: "Momenteel ondersteunt BELINCOSOC de Marokkaanse overheid", "Seit 2016 unterstützt die GIZ ...")."""
    support = list(ctx.words.words("support_triggers").finditer(sentence.text))
    support_at = sentence.start + support[0].end() if support else None
    named = [m for m in mentions if not _only_locates(ctx, m, sentence)]  # "In Marokko ondersteunt X ..."
    subject = None
    if support_at is not None and not any(m.start < support_at for m in named):
        subject = next((m.entity for m in named if m.start >= support_at), None)

    def role(m: Mention) -> str:
        if support_at is None or m.start < support_at or (subject is not None and m.entity == subject):
            return "partner"
        return "recipient"
    return role


def _merge(events: list[Event], amounts: tuple[Money, ...]) -> list[Event]:
    """One event per real-world event: same type and same amount, or (without amounts) the same parties, a
    title and a body sentence sharing a party, or a meeting or agreement retold with two of its parties; a
    meeting named with a demonstrative ("This workshop is part of ...") is the last meeting told before it."""
    out: list[Event] = []
    for event in events:
        twin = next((i for i, other in enumerate(out) if _same(event, other, amounts)), None)
        if twin is None and event.method == RETOLD:  # "This workshop ...": the last meeting told before
            twin = next((i for i in range(len(out) - 1, -1, -1) if out[i].type == event.type), None)
        if event.method == RETOLD:
            if twin is None and len({p.entity for p in event.parties}) < config.EVENT_MIN_MEETING_PARTIES:
                continue  # a retold meeting with one party and nothing told before it to join
            event = replace(event, method="rule")
        if twin is None:
            out.append(event)
        else:
            out[twin] = _combine(out[twin], event)
    return out


def _same(a: Event, b: Event, amounts: tuple[Money, ...]) -> bool:
    if a.type != b.type or not a.parties or not b.parties:
        return False
    ours, theirs = {p.entity for p in a.parties}, {p.entity for p in b.parties}
    if a.amount is not None and b.amount is not None:
        x, y = amounts[a.amount], amounts[b.amount]
        return x.value == y.value and x.currency == y.currency
    if a.amount is not None or b.amount is not None:  # "X is financed by the EU" and the EU's amount for X
        without = ours if a.amount is None else theirs
        return a.type == "funding" and (without <= (theirs if a.amount is None else ours)
                                        or ((_is_title(a) or _is_title(b)) and bool(ours & theirs)))
    if ours == theirs or ((_is_title(a) or _is_title(b)) and ours & theirs):
        return True  # the same parties told twice, or a title retold in the body
    # a meeting or agreement retold shares two parties; projects of the same partners are often several
    overlap = len(ours & theirs)
    return a.type != "project" and overlap >= min(2, len(ours), len(theirs))


def _combine(first: Event, second: Event) -> Event:
    """The later sentence (the body rather than the title) is the evidence; parties and arguments pooled."""
    keep, other = (second, first) if first.start < second.start and _is_title(first) else (first, second)
    if keep.amount is None and other.amount is not None:  # the sentence with the amount tells the most
        keep, other = other, keep
    parties = unique(list(keep.parties) + list(other.parties))
    if keep.type == "meeting":  # hosting is told by a marked word, attending is the default: a host told once hosts
        hosts = {p.entity for p in [*keep.parties, *other.parties] if p.role == "organiser"}
        parties = [replace(p, role="organiser") if p.entity in hosts else p for p in parties]
    return replace(keep, parties=tuple(parties), amount=keep.amount if keep.amount is not None else other.amount,
                   date_value=keep.date_value or other.date_value, instrument=keep.instrument or other.instrument)


def _is_title(event: Event) -> bool:
    return is_headline(event)


def _carry_funders(events: list[Event], publisher: EventParty | None = None) -> list[Event]:
    """A funding sentence that names only whom it pays ("X will receive £200,000") takes the funders of the
    funding told before it in the document; with none before, the publisher of the release, when the text
    names it ("The press release issued by the Scottish Government": the money it announces is its own). Not
    to a sentence that names the agent of another verb ("These funds will be used by Hawaii counties"), nor
    to those after it."""
    out: list[Event] = []
    funders: tuple[EventParty, ...] = ()
    for event in events:
        own = tuple(p for p in event.parties if p.role == "funder")
        told_agent = event.method == OTHER_AGENT  # "used by Hawaii", "as required by the FTA": no payer to guess
        if told_agent:
            event = replace(event, method="rule")
        if event.type == "funder-context":
            funders = own
            continue
        if event.type == "funding":
            if own:
                funders = own
            elif told_agent:
                funders = ()  # nor to the sentences after it
            elif funders:
                event = replace(event, parties=tuple(unique(list(funders) + list(event.parties))),
                                method="rule+carried")
            elif publisher is not None and event.amount is not None:
                event = replace(event, parties=tuple(unique([publisher, *event.parties])),
                                method="rule+publisher")
        if event.parties:
            out.append(event)
    return out
