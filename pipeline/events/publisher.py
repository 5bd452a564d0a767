"""The publisher of a release, as the funder of the money it announces without naming who pays: "The press
release issued by the Department for Energy Security and Net Zero" ... "Perenna Bank will receive more than
£193,000 in government funding" (the release speaks for its publisher: "we", "the government", or nobody
named in the sentence)."""

from __future__ import annotations

from pipeline.events.arguments import Context, marked, party
from pipeline.records import EventParty


def publisher(ctx: Context) -> EventParty | None:
    """The organisation named after a publisher marker ("press release issued by", "Pressemitteilung des"), as
    a funder, if the text names one."""
    markers = ctx.words.words("publisher_markers")
    for mention in ctx.mentions:
        if mention.label == "ORG" and mention.entity is not None and marked(ctx, markers, mention.start, 0):
            return party(ctx, mention, "funder")
    return None
