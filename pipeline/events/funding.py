"""Funding events: which amounts of a sentence are granted (not a total, a conversion, an old figure, an amount
only allowed or asked for), and who pays and who receives them (subjects and agents of funding words, recipients
after receiving words, a recipient named by its head noun). Used sentence by sentence by
:mod:`pipeline.events.extract`."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import config
from pipeline.events.arguments import (
    Context,
    event_date,
    instrument,
    is_fund,
    marked,
    name_phrase,
    party,
    unique,
    with_position_holders,
)
from pipeline.events.lexicon import EventWords
from pipeline.records import Event, EventParty, Mention, Money, Span
from pipeline.resources.langdata import alternation, load_language


def is_headline(sentence: Span) -> bool:
    """A title or heading line: the document's first line, or a line without sentence punctuation."""
    return sentence.start == 0 or not sentence.text.rstrip().endswith((".", "!", "?", ":", ";", ","))


CLAUSE_END = re.compile(r"[,;:](?=\s)")


def hedged(words: EventWords, text: str, floor: int, position: int) -> bool:
    """Whether a hedge ("could", "needs", "besoin") stands before ``position`` in the same clause, within
    ``config.EVENT_HEDGE_WINDOW`` characters: in "where people need aid, Switzerland increased its budget"
    the need is another clause's; a hedge that ends a clause ("could, if ...") governs the next. A phrase
    of ``not_hedges`` holds no hedge ("zo snel mogelijk", "as soon as possible")."""
    hedges = words.words("hedges")
    before = words.words("not_hedges").sub(lambda m: " " * len(m.group()),
                                           text[max(floor, position - config.EVENT_HEDGE_WINDOW):position])
    clauses = CLAUSE_END.split(before)
    if hedges.search(clauses[-1]):
        return True
    # a hedge right before an inserted clause still governs: "could, if the Council agrees, grant"
    return any(m.end() == len(c.rstrip()) for c in clauses[:-1] for m in hedges.finditer(c))
OTHER_AGENT = "rule+other-agent"  # a funding whose sentence names another verb's agent: no funder carried to it


def event_amounts(ctx: Context, sentence: Span, amounts: tuple[Money, ...]) -> list[int]:
    """Indexes of the amounts the sentence grants: one per amount, leaving out a conversion in brackets,
    the upper end of a range and the old figure of a change ("from 330 to 616 million")."""
    out: list[int] = []
    seen_ranges: set[int] = set()
    for index, amount in enumerate(amounts):
        if not (sentence.start <= amount.start and amount.end <= sentence.end):
            continue
        if amount.range_id is not None:
            if amount.range_id in seen_ranges:
                continue
            seen_ranges.add(amount.range_id)
        if _conversion(ctx, amounts, amount, sentence):
            continue
        if hedged(ctx.words, ctx.text, sentence.start, amount.start):
            # "is asking for $192 billion", "the cost rose from $3,738"
            continue
        if _old_figure(ctx, amounts, amount, sentence) or _allowed_only(ctx, amount, sentence):
            continue
        if _earlier_grant(ctx, amount, sentence):
            continue
        if out and _resulting_total(ctx, amounts[out[-1]], amount):
            continue
        out.append(index)
    return out


_FEW_WORDS = re.compile(r"\W*(?:[\w’'\-]+\W+){0,2}")  # "on top of (a) £50 million", "adds to (our) £65 million"


def _earlier_grant(ctx: Context, amount: Money, sentence: Span) -> bool:
    """An amount that the new money is added to, a grant told before ("comes on top of a £50 million package
    announced last month", "adds to our £65 million Nature Restoration Fund", "komt bovenop de 50 miljoen euro",
    "s'ajoute aux 50 millions", "zusätzlich zu den 50 Millionen Euro"): no grant of this release."""
    lead = ctx.text[max(sentence.start, amount.start - config.EVENT_HEDGE_WINDOW):amount.start]
    return any(_FEW_WORDS.fullmatch(lead[m.end():]) for m in ctx.words.words("earlier_markers").finditer(lead))


def _allowed_only(ctx: Context, amount: Money, sentence: Span) -> bool:
    """An amount that its clause only allows or foresees, told by a modal verb with a passive after the amount
    (EVENTS.md: "could be funded" is no event): "steun van ten hoogste 500 000 euro kan worden verleend", "up to
    €500,000 can be granted", "jusqu'à 500 000 euros peuvent être accordés", "bis zu 500 000 Euro können den
    Unternehmen gewährt werden"; or a modal right before a receiving word, also in a relative clause ("the £5
    million that the University could receive", "dont la commune pourrait bénéficier"). Otherwise the modal of a
    relative clause is that clause's ("$477 million that can be used to ...": the money is granted)."""
    rest = CLAUSE_END.split(ctx.text[amount.end:min(sentence.end, amount.end + config.EVENT_HEDGE_WINDOW)])[0]
    modal = ctx.words.words("modals").search(rest)
    if modal is None:
        return False
    clause = CLAUSE_END.split(ctx.text[amount.end + modal.end():sentence.end])[0]
    after = re.findall(r"[\w’'\-]+", clause)[:config.EVENT_GAP_WORDS]
    if ctx.words.words("receive_triggers").search(" ".join(after[:_NEAR_VERB])):
        return True  # "the £5 million that the University could receive", "dont la commune pourrait bénéficier"
    if ctx.words.words("relative_pronouns").search(rest[:modal.start()]):
        return False
    return any(ctx.words.words("passive_auxiliaries").fullmatch(w) for w in after)


def _old_figure(ctx: Context, amounts: tuple[Money, ...], amount: Money, sentence: Span) -> bool:
    """The old figure of a change: "from 330 to 616 million", "von 330 Millionen Euro auf 616 Millionen Euro".
    The word after "to" must open a figure; "la somme de 18 millions de francs à des organisations" names whom
    the amount goes to."""
    if not marked(ctx, ctx.words.words("change_from"), amount.start, sentence.start):
        return False
    after = ctx.text[amount.end:min(sentence.end, amount.end + 12)]
    to = re.match(rf"\s*(?:{ctx.words.words('change_to').pattern})\s*", after, re.IGNORECASE)
    if to is None:
        return False
    at = amount.end + to.end()
    return at < sentence.end and (ctx.text[at].isdigit() or any(b.start == at for b in amounts))


def _resulting_total(ctx: Context, earlier: Money, amount: Money) -> bool:
    """An amount after the sentence's granted amount that only sums up ("increased by 5 billion, so that in
    total 14.8 billion", "EUR 2.3 billion ... support overall investment totalling EUR 10.2 billion", "qui
    atteint maintenant 50 millions"): a total or the volume the grant leverages, not a grant of its own."""
    lead = ctx.text[max(earlier.end, amount.start - config.EVENT_HEDGE_WINDOW):amount.start]
    return bool(ctx.words.words("total_markers").search(lead))


def _conversion(ctx: Context, amounts: tuple[Money, ...], amount: Money, sentence: Span) -> bool:
    """An amount in brackets right after another amount converts it ("£4.1 million (€4.7 million)"); an
    amount in brackets after a name is that name's share ("Auray (668 000 €), Saint-Brieuc (500 000 €)")."""
    bracket = _bracket(ctx, amount, sentence)
    if bracket is None:
        return False
    return any(b.end <= bracket and not ctx.text[b.end:bracket].strip(" ,") for b in amounts if b is not amount)


def _bracket(ctx: Context, amount: Money, sentence: Span) -> int | None:
    """The position of the opening bracket right before ``amount``, if there is one."""
    before = ctx.text[max(sentence.start, amount.start - 2):amount.start]
    for mark in "([":
        if mark in before:
            return amount.start - len(before) + before.rindex(mark)
    return None


def _windows(ctx: Context, sentence: Span, amounts: tuple[Money, ...], slots: list[int | None],
             start: int) -> list[tuple[int, int, int]]:
    """Per allocation, the stretch of the sentence naming its recipients: from its amount to the next one
    ("EUR 1 billion for X and EUR 1.2 billion for Y"), or, for amounts in brackets after names, from the
    amount before it ("X (€1 million), Y (€2 million)"); without an amount, from the first trigger. The third
    value: where the parties that are paid begin (a name after it, not marked as paying, receives)."""
    if slots == [None]:
        return [(start, sentence.end, start)]
    indexes = [i for i in slots if i is not None]
    if all(_bracket(ctx, amounts[i], sentence) is not None for i in indexes):
        ends = [sentence.start] + [amounts[i].end for i in indexes[:-1]]
        return [(end, amounts[i].start, max(end, start)) for end, i in zip(ends, indexes, strict=True)]
    starts = [amounts[i].start for i in indexes]
    return [(low, high, low) for low, high in zip(starts, [*starts[1:], sentence.end], strict=True)]


def funding(ctx: Context, sentence: Span, mentions: list[Mention], amounts: tuple[Money, ...],
             triggers: list[re.Match[str]], continued: bool = False, verbs: tuple[int, ...] = ()) -> list[Event]:
    """The funding events of a sentence, one per granted amount. ``verbs``: where funding verbs stand that the
    funding words of the file do not name (a support word whose means is the amount: its subject pays)."""
    indexes = event_amounts(ctx, sentence, amounts)
    if statistic(ctx, sentence, mentions):
        return []
    first_trigger = sentence.start + triggers[0].start() if triggers else sentence.start
    receive = [sentence.start + m.start() for m in ctx.words.words("receive_triggers").finditer(sentence.text)]
    events = []
    slots: list[int | None] = list(indexes) if indexes else [None]
    windows = _windows(ctx, sentence, amounts, slots, first_trigger)
    first = min((m.start for m in mentions), default=sentence.end)
    agent = _passive_agent(ctx, sentence, mentions)
    starts = [amounts[i].start for i in indexes]
    sources = _amount_source_starts(ctx, sentence, mentions, amounts)
    for n, index in enumerate(slots):
        low, high, paid = windows[n]
        opens = amounts[slots[0]].start if slots[0] is not None else sentence.end
        own = [m for m in mentions if m.start < high] if n == 0 else \
            [m for m in mentions if m.start < opens or low <= m.start < high]
        own = [m for m in own if not announcer(ctx, m, sentence, triggers)]
        parties = _coordinated(ctx, sentence, own, [
            party(ctx, m, _funding_role(ctx, m, sentence, receive, after_amount=m.start >= paid,
                                        continued=continued, first=m.start == first, agent=agent,
                                        amounts=starts, sources=sources, verbs=verbs)) for m in own])
        if n > 0:  # a later allocation shares the funders of the sentence, not its first recipients
            parties = [p for p, m in zip(parties, own, strict=True) if low <= m.start < high or p.role == "funder"]
        parties = [p for p in parties if p.role]
        if index is None and not bears_costs(ctx, sentence, parties) and not (
                ctx.words.words("agent_triggers").search(sentence.text) and any(
                p.role == "funder" and _agent_marked(ctx, p, mentions, sentence) for p in parties)):
            lawmakers = {m.entity for m in own if m.label == "PERSON" and _legislator(ctx, m)}
            funders = tuple(p for p in parties if p.role == "funder" and p.entity not in lawmakers)
            if funders:  # not an event, but it says who pays: "the Board of the EIB approved new financing"; a
                # legislator's comment does not ("Senator Akaka added: ... this bill includes resources")
                events.append(Event(sentence.start, sentence.end, sentence.text, type="funder-context",
                                    parties=funders))
            continue  # no amount: only "financed by X" is read as funding ("released by X" is not)
        parties = unique(with_position_holders(ctx, parties, sentence))
        located = {m.entity for m in own if m.label == "LOC"
                   and marked(ctx, ctx.words.words("locative_prepositions"), m.start, sentence.start)}
        if index is not None and not any(p.role == "recipient" and p.entity not in located for p in parties):
            unnamed = _unnamed_recipient(ctx, sentence, max(low, amounts[index].end), high, mentions) or \
                _referred_recipient(ctx, max(low, amounts[index].end), high, parties)
            if unnamed:  # "will go to the Green Action Trust ... across Scotland": the Trust, not the place
                parties = [p for p in parties if p.entity not in located] + unnamed
        other_agent = any(marked(ctx, ctx.words.words("agent_markers"), m.start, sentence.start)
                          and not _funding_agent(ctx, m, sentence) for m in own)
        events.append(Event(sentence.start, sentence.end, sentence.text, type="funding", parties=tuple(parties),
                            amount=index, date_value=event_date(ctx, sentence),
                            instrument=instrument(ctx, sentence, mentions),
                            method=OTHER_AGENT if other_agent else "rule"))
    return events


def bears_costs(ctx: Context, sentence: Span, parties: list[EventParty]) -> bool:
    """A funding without an amount told by an active funding verb (:func:`_active_funding`) or a cost-bearing
    phrase whose subject pays (EVENTS.md: funding with no
    amount): "the EU will cover the costs of ...", "het Rijk neemt de kosten voor zijn rekening", "l'État prend
    en charge les frais", "die EU wird die Betriebskosten vollständig übernehmen"; not hedged ("could cover the
    cost")."""
    if any(p.role == "funder" for p in parties) and any(
            not hedged(ctx.words, sentence.text, 0, c.start()) for c in ctx.words.words("cost_bearing").finditer(
                sentence.text)):
        return True
    return _active_funding(ctx, sentence, parties)


def _active_funding(ctx: Context, sentence: Span, parties: list[EventParty]) -> bool:
    """A funding without an amount told by an active funding verb between its payer and whom it pays ("the FPS
    co-finances SOCIEUX+", "de FOD co-financiert SOCIEUX+", "la Région cofinance le projet de la commune de
    Vitré", "der Kanton Bern finanziert die Stiftung"): a funder and a recipient named, the verb not hedged,
    nor negated after it in its clause ("financiert het project niet")."""
    if not (any(p.role == "funder" for p in parties) and any(p.role == "recipient" for p in parties)):
        return False
    hedges = ctx.words.words("hedges")
    return any(not hedged(ctx.words, sentence.text, 0, v.start())
               and not hedges.search(CLAUSE_END.split(sentence.text[v.end():])[0])  # "financiert ... niet"
               for v in ctx.words.words("active_funding_verbs").finditer(sentence.text))


def announcer(ctx: Context, m: Mention, sentence: Span, triggers: list[re.Match[str]]) -> bool:
    """Whether the party only reports the event (EVENTS.md: the person who announces it is no party): it is
    named before a reporting verb whose "that" clause holds the event's word, "Senator X today announced that
    the Department of Labor has awarded ...", "X maakte bekend dat ...", "X a annoncé que ...", "X gab bekannt,
    dass ...". "The Welsh Government announced £157 million of new funding" announces its own grant."""
    if _announcing_person(ctx, m, sentence):
        return True
    for report in ctx.words.words("reporting_verbs").finditer(sentence.text):
        at, end = sentence.start + report.start(), sentence.start + report.end()
        if m.end <= at and any(sentence.start + t.start() >= end for t in triggers) and not any(
                sentence.start + t.start() < at and sentence.start + t.start() >= m.end for t in triggers):
            return True
    return False


def _announcing_person(ctx: Context, m: Mention, sentence: Span) -> bool:
    """A legislator who is the subject of an announcing verb ("Allen, Warner announce $1.8 million in federal
    funding for ...", "Kamerlid X kondigt 2 miljoen euro aan", "Le sénateur X annonce 2 millions d'euros", "Der
    Abgeordnete X kündigt 2 Millionen Euro an"): named before the verb with no funding word between, the member
    of a legislature announces money that a government or agency pays (EVENTS.md: who announces the event is no
    party). A minister or the head of an institution decides the money announced (EVENTS.md: a party), and an
    organisation that announces money announces its own grant."""
    if m.label != "PERSON" or not _legislator(ctx, m):
        return False
    for verb in ctx.words.words("announcing_verbs").finditer(sentence.text):
        at = sentence.start + verb.start()
        if m.end <= at and not ctx.words.triggers["funding"].search(ctx.text, m.end, at) and not any(
                m.end <= o.start and o.end <= at and o.label != "PERSON" for o in ctx.mentions):
            return True
    return False


def _legislator(ctx: Context, m: Mention) -> bool:
    """Whether the person holds a legislator's title in the document ("Sen. George Allen (R-VA)": role Senator)
    or is named right after one."""
    titles = ctx.words.words("legislator_titles")
    return marked(ctx, titles, m.start, 0) or any(
        r.person_entity == m.entity and titles.fullmatch(r.role.strip()) for r in ctx.roles)


_NEAR_AMOUNT = re.compile(r"\s*(?:[a-zß-ÿ]+\s+){0,3}")  # "£200,000 will go to": a few lower-case words at most


def _unnamed_recipient(ctx: Context, sentence: Span, low: int, high: int,
                       mentions: list[Mention]) -> list[EventParty]:
    """The recipient of an allocation named after its amount by a recipient word but not found as an entity:
    "A further £200,000 will go to the Green Action Trust": a name of two or more capitalised words right
    after such a word (and an article) that follows the amount within three lower-case words, outside every
    mention; none in a title. German capitalises every noun: its file lists no such word."""
    if is_headline(sentence):
        return []
    segment = ctx.text[low:high]
    marker = ctx.words.words("recipient_name_markers").search(segment)
    if marker is None or not _NEAR_AMOUNT.fullmatch(segment[:marker.start()]):
        return []
    lead = re.match(rf"\s+(?:(?:{alternation(load_language(ctx.words.code)['articles'])})\s+)?", segment[marker.end():])
    if lead is None:
        return []
    at = marker.end() + lead.end()
    stop = min([m.start - low for m in mentions if m.start - low >= at] + [len(segment)])
    name = name_phrase(ctx.words.code).match(segment[:stop].rstrip(), at)  # "... College in Beloit": the College
    if name is None or any(m.start < low + name.end() and low + name.start() < m.end for m in mentions):
        return []
    return [EventParty(name=name.group().strip(), role="recipient", entity=None)]


def _referred_recipient(ctx: Context, low: int, high: int, parties: list[EventParty]) -> list[EventParty]:
    """The recipient named by the head noun of an organisation named before in the document: "seront accordés à
    l'agence" (the Agence française de développement), "€5 million will go to the Bank" (the European
    Investment Bank): a recipient word, an article and one noun that is the first or last word of exactly one
    organisation's name of two or more words, named earlier and not already a party of the event."""
    segment = ctx.text[low:high]
    marker = ctx.words.words("recipient_name_markers").search(segment)
    if marker is None:
        return []
    lead = re.match(rf"\s*(?:{alternation(load_language(ctx.words.code)['articles'])})\s*(\w+)\b(?!\s+[A-Z])",
                    segment[marker.end():])
    if lead is None:
        return []
    noun = lead.group(1).casefold()
    known = {p.entity for p in parties}
    heads = {m.entity for m in ctx.mentions if m.label == "ORG" and m.end <= low and m.entity is not None
             and m.entity not in known and len(words := re.findall(r"\w+", ctx.fullest.get(m.entity, m.text))) >= 2
             and noun in (words[0].casefold(), words[-1].casefold())}
    if len(heads) != 1:
        return []
    entity = heads.pop()
    return [EventParty(name=ctx.fullest[entity], role="recipient", entity=entity)]


def statistic(ctx: Context, sentence: Span, mentions: list[Mention]) -> bool:
    """A statistic, not an act of funding (EVENTS.md): a sentence with a rate or a comparison ("percent",
    "gegenüber dem Vorjahr") that names no organisation or person, only places ("Investment in Germany rose
    3 percent")."""
    return bool(ctx.words.words("statistic_markers").search(sentence.text)) and all(
        m.label == "LOC" for m in mentions)


def _coordinated(ctx: Context, sentence: Span, mentions: list[Mention], parties: list[EventParty]) -> list[EventParty]:
    """A party joined to the one before by "and" shares its role ("funded by the EC and China")."""
    out: list[EventParty] = []
    for m, p in zip(mentions, parties, strict=True):
        if out and out[-1].role and marked(ctx, ctx.words.words("coordination"), m.start, sentence.start):
            p = replace(p, role=out[-1].role)
        out.append(p)
    return out


def unique_mentions(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def _agent_marked(ctx: Context, p: EventParty, mentions: list[Mention], sentence: Span) -> bool:
    return any(m.entity == p.entity and _funding_agent(ctx, m, sentence) for m in mentions)


def _passive_agent(ctx: Context, sentence: Span, mentions: list[Mention]) -> int | None:
    """Where the agent of a passive funding verb is named ("funded by", "gefinancierd door", "financé par",
    "von der EU gefördert"): the start of the first party marked as agent, in a sentence with an agent verb."""
    if not ctx.words.words("agent_triggers").search(sentence.text):
        return None
    return next((m.start for m in mentions
                 if marked(ctx, ctx.words.words("agent_markers"), m.start, sentence.start)), None)


_NEAR_AGENT = 3  # words between a funding word and the agent marker, other names counted as one word


def _funding_agent(ctx: Context, m: Mention, sentence: Span) -> bool:
    """Whether the party is the agent of a funding word: named after an agent marker ("by", "door", "par",
    "von") right after another name or an amount ("accordée à la commune de Lannion par la Région"), or with a
    funding or receiving word at most ``_NEAR_AGENT`` words before the marker ("a project funded in part by",
    "financé par") or at most ``config.EVENT_GAP_WORDS`` after the party, in its clause ("een door Europa
    gefinancierd project", "von der EU mit 2 Millionen Euro gefördert"). In "le cap fixé par le Président" or
    "announced by Senator X" the party is another verb's agent (EVENTS.md: who announces the event is no
    party)."""
    if not marked(ctx, ctx.words.words("agent_markers"), m.start, sentence.start):
        return False
    before = ctx.text[sentence.start:m.start]
    for other in sorted((o for o in ctx.mentions if sentence.start <= o.start and o.end <= m.start),
                        key=lambda o: -o.start):  # a name between counts as one word
        before = before[:other.start - sentence.start] + "X" + before[other.end - sentence.start:]
    tokens = re.findall(r"[\w’'\-]+", before)
    marker = next((i for i in range(len(tokens) - 1, -1, -1)
                   if ctx.words.words("agent_markers").fullmatch(tokens[i])), None)
    if marker is None:
        return False
    if marker > 0 and (tokens[marker - 1] == "X" or tokens[marker - 1][0].isdigit()):
        return True  # "accordée à la commune de Lannion par la Région": the agent of the verb before the name
    near = " ".join(tokens[max(0, marker - _NEAR_AGENT):marker])
    after = " ".join(re.findall(r"[\w’'\-]+", CLAUSE_END.split(ctx.text[m.end:sentence.end])[0])[
        :config.EVENT_GAP_WORDS])  # a verb-final participle: "von der EU mit 2 Millionen Euro gefördert"
    words = ctx.words
    return any(p.search(text) for text in (near, after)
               for p in (words.triggers["funding"], words.words("agent_triggers"), words.words("receive_triggers")))


def _receives(m: Mention, receive: list[int], amounts: list[int]) -> bool:
    """Whether a receiving verb follows the party before the next granted amount: "X will receive £500,000";
    in "X is providing £5 million, of which £2 million will go to Y" the verb is the second allocation's."""
    bound = min((a for a in amounts if a >= m.end), default=None)
    return any(m.end <= r and (bound is None or r < bound) for r in receive)


def _funding_role(ctx: Context, m: Mention, sentence: Span, receive: list[int], after_amount: bool,
                  continued: bool = False, first: bool = False, agent: int | None = None,
                  amounts: list[int] | None = None, sources: frozenset[int] = frozenset(),
                  verbs: tuple[int, ...] = ()) -> str:
    """funder, recipient, or "" for a place that only locates. ``continued``: a sentence without a funding
    word that gives the amounts of the funding before it; ``first``: the first party of the sentence;
    ``agent``: where the agent of a passive verb is named (a party before it is the subject, who is paid);
    ``amounts``: where the sentence's granted amounts begin; ``sources``: where the parties named as the
    source right after an amount begin ("€ 2 miljoen van de provincie")."""
    words = ctx.words
    amounts = amounts or []
    if is_fund(ctx, m) and _asked_for(ctx, m, sentence):
        return ""  # "... en roepen op tot een EU-coronasolidariteitsfonds": a fund asked for pays nothing yet
    if m.start not in sources and _route(ctx, m, sentence, sources):
        return ""  # "a ferry system from West Oahu to Honolulu": places of a route, not a payer
    if _share_holder(ctx, m, sentence):
        return "recipient"  # "This is Hawaii's share of an allocation": a place's share is paid to it
    if marked(ctx, words.words("channel_markers"), m.start, sentence.start):
        return "funder"  # "co-financiert SOCIEUX+ via haar platform BELINCOSOC": the payer's own channel pays
    if is_fund(ctx, m) or m.start in sources or _funding_agent(ctx, m, sentence) \
            or marked(ctx, words.words("source_markers"), m.start, sentence.start):
        return "funder"
    if marked(ctx, words.words("agent_markers"), m.start, sentence.start):
        return ""  # the agent of another verb: "le cap fixé par le Président", "announced by Senator X"
    if marked(ctx, words.words("recipient_markers"), m.start, sentence.start):
        return "recipient"
    if marked(ctx, words.words("locative_prepositions"), m.start, sentence.start):
        return "recipient" if m.label == "LOC" and after_amount else ""
    if first and not continued and marked(ctx, words.words("subject_after"), m.start, sentence.start):
        return "funder"  # the subject after the verb: "Mit 29 Millionen Euro fördert das Ministerium ..."
    if not (agent is not None and m.end <= agent) and _subject_of_verb(ctx, m, sentence):
        return "funder"  # "..., que le Parlement a débloqué", "das der Bund bereitgestellt hat"
    if _receives(m, receive, amounts) or after_amount or continued or (agent is not None and m.end <= agent):
        return "recipient"
    first_verb = min((sentence.start + t.start() for t in words.triggers["funding"].finditer(sentence.text)
                      if not (m.start <= sentence.start + t.start() < m.end)
                      and not hedged(words, sentence.text, 0, t.start())
                      and not (t.end() <= m.start - sentence.start  # a noun of an earlier clause: "need aid, X"
                               and CLAUSE_END.search(sentence.text, t.end(), m.start - sentence.start))),
                     default=sentence.end)
    first_verb = min([first_verb, *(v for v in verbs if not m.start <= v < m.end)]) if verbs else first_verb
    if m.end <= first_verb and _object_before_final_verb(ctx, m, sentence, first_verb):
        return "recipient"  # "Das Land hat der Stadt Kassel 2 Millionen Euro zugesagt": the subject pays
    if m.end <= first_verb:
        return "" if _instrument_name(ctx, m) else "funder"  # "The Corona Response Investment Initiative: to channel"
    return "recipient"


_POSSESSIVE = re.compile(r"(?:['’]s?)?\s+")


def _share_holder(ctx: Context, m: Mention, sentence: Span) -> bool:
    """Whether the party holds a share of the money, named before a share word as its possessor ("Hawaii's
    share of an allocation", "Bayerns Anteil an den Mitteln") or after a share marker ("het aandeel van
    Nederland", "la quote-part de la Bretagne", "der Anteil der Schweiz"): it receives that share, it does
    not pay it."""
    lead = _POSSESSIVE.match(ctx.text, m.end, sentence.end)
    if lead and ctx.words.words("share_nouns").match(ctx.text, lead.end(), sentence.end):
        return True
    return marked(ctx, ctx.words.words("share_markers"), m.start, sentence.start)


def _route(ctx: Context, m: Mention, sentence: Span, sources: frozenset[int]) -> bool:
    """A place of a route: after a "from" word, with a "to" word and another place after it, or that other
    place ("from West Oahu to Honolulu", "van Houten naar Amersfoort", "de Lyon à Turin", "von Basel nach
    Zürich")."""
    if m.label != "LOC":
        return False
    before = [o for o in ctx.mentions if sentence.start <= o.start and o.end <= m.start and o.label == "LOC"]
    return _route_start(ctx, m, sentence) is not None or any(
        o.start not in sources and _route_start(ctx, o, sentence) == m.start for o in before[-1:])


def _route_start(ctx: Context, m: Mention, sentence: Span) -> int | None:
    """Where the other place starts when ``m`` opens a route; not when the "from" word follows an amount or a
    funding word ("$5 million from Norway to Kenya", "aid from Norway to Kenya": who pays whom)."""
    if not marked(ctx, ctx.words.words("change_from"), m.start, sentence.start):
        return None
    lead = re.findall(r"[\w’'\-]+", ctx.text[max(sentence.start, m.start - 60):m.start])
    word = lead[-3] if len(lead) >= 3 and ctx.articles.fullmatch(lead[-2]) else lead[-2] if len(lead) >= 2 else ""
    if not word or word[0].isdigit() or ctx.words.triggers["funding"].fullmatch(word) or \
            ctx.words.words("receive_triggers").fullmatch(word):
        return None
    to = re.match(rf"\s+(?:{ctx.words.words('route_to').pattern})\s+", ctx.text[m.end:sentence.end], re.IGNORECASE)
    at = m.end + to.end() if to else None
    return at if at is not None and any(o.start == at and o.label == "LOC" for o in ctx.mentions) else None


def _object_before_final_verb(ctx: Context, m: Mention, sentence: Span, verb: int) -> bool:
    """Whether the party stands between an auxiliary and the funding verb that ends the clause, with the subject
    named before the auxiliary (Dutch and German put the participle or infinitive last: "Das Land Hessen wird
    der Stadt Kassel 2 Millionen Euro gewähren", "De provincie heeft de gemeente Zeist 2 miljoen euro
    toegekend"): the party is the verb's object, who is paid, not a second payer."""
    if verb >= sentence.end:
        return False
    clause_start = max([sentence.start] + [sentence.start + c.end() for c in CLAUSE_END.finditer(
        sentence.text, 0, m.start - sentence.start)])
    if CLAUSE_END.search(ctx.text, m.end, verb):
        return False
    lead = ctx.text[clause_start:m.start]
    for aux in ctx.words.words("verb_final_auxiliaries").finditer(lead):
        at = clause_start + aux.start()
        if any(clause_start <= o.start and o.end <= at for o in ctx.mentions if o.entity != m.entity):
            return True
    return False


def _asked_for(ctx: Context, m: Mention, sentence: Span) -> bool:
    """Whether a hedge stands between the sentence's first funding word and the party, in the party's clause:
    "keurden 3 miljard euro goed ... en roepen op tot een EU-coronasolidariteitsfonds"."""
    first = ctx.words.triggers["funding"].search(sentence.text, 0, m.start - sentence.start)
    return first is not None and hedged(ctx.words, sentence.text, first.end(), m.start - sentence.start)


def _instrument_name(ctx: Context, m: Mention) -> bool:
    """A programme, initiative or plan by its name ("Corona Respons Investeringsinitiatief"): the instrument of
    the funding, not who pays (EVENTS.md), unless a word marks it as the source."""
    words = re.findall(r"\w+", m.text)
    heads = ctx.words.words_set("instrument_only_heads")
    return len(words) >= 2 and any(words[-1].casefold().endswith(h) for h in heads)


def _amount_source_starts(ctx: Context, sentence: Span, mentions: list[Mention],
                          amounts: tuple[Money, ...]) -> frozenset[int]:
    """The parties named right after an amount by a source word and an optional article, nothing else between:
    "€ 2 miljoen van de provincie", "2 Millionen Euro von der EU", "2 millions d'euros de la Région" (the
    payer); "2 miljoen euro voor de scholen van de gemeente" names no source."""
    ends = [a.end for a in amounts if sentence.start <= a.start and a.end <= sentence.end]
    out = set()
    for m in mentions:
        end = max((e for e in ends if e <= m.start), default=None)
        if end is None:
            continue
        between = ctx.text[end:m.start].strip()
        article = ctx.articles.search(between)
        if article:
            between = between[:article.start()].strip()
        if between and ctx.words.words("amount_sources").fullmatch(between):
            out.add(m.start)
    return frozenset(out)


_NEAR_VERB = 2  # words between a party and the funding verb it is the subject of ("le Parlement a débloqué")


def _subject_of_verb(ctx: Context, m: Mention, sentence: Span) -> bool:
    """Whether the party opens a relative or "that" clause whose funding verb (not a receiving one, not a
    passive) follows it at most ``_NEAR_VERB`` words on: "..., que le Parlement a débloqué", "dat het kabinet
    heeft uitgetrokken", "den das Parlament gewährt hat", "announced that the Department is providing"."""
    if not marked(ctx, ctx.words.words("relative_pronouns"), m.start, sentence.start):
        return False
    rest = ctx.text[m.end:sentence.end]
    words = list(re.finditer(r"[\w’'\-]+", rest[:120]))[:_NEAR_VERB + 1]
    for word in words:
        if CLAUSE_END.search(rest, 0, word.start()) or re.search(r"[.;:()\[\]]", rest[:word.start()]):
            return False
        tail = rest[word.start():]
        if ctx.words.words("receive_triggers").match(tail) or ctx.words.words("passive_auxiliaries").fullmatch(
                word.group()):
            return False  # "X will be awarded", "X is funded by": the party is paid
        if ctx.words.triggers["funding"].match(tail):
            return not hedged(ctx.words, ctx.text, sentence.start, m.end + word.start())
    return False
