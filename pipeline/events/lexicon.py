"""Per-language event words (``pipeline/data/events/<lang>.json``), validated and compiled once.

Word entries are literal phrases, matched case-insensitively at word boundaries, with three marks:
``word*`` matches any continuation ("fund*": funded, funding), ``*word`` any beginning (German compounds:
"*abkommen": Kooperationsabkommen) and ``A ... B`` a separable verb whose parts are at most
``config.EVENT_GAP_WORDS`` words apart ("maakt ... vrij", "stellt ... bereit")."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.errors import DataFileError

EVENTS_DIR = DATA_DIR / "events"
EVENT_TYPES = ("funding", "agreement", "project", "meeting")
LIST_KEYS = ("agreement_acts", "receive_triggers", "host_triggers", "agent_markers", "source_markers",
             "recipient_markers", "support_triggers", "support_amount_markers", "host_locatives",
             "locative_prepositions", "hedges", "deadline_markers", "change_from", "change_to", "instrument_heads",
             "fund_heads", "coordination", "subject_after", "breakdown_markers", "publisher_markers",
             "statistic_markers", "agent_triggers", "total_markers", "host_nouns", "passive_auxiliaries",
             "relative_pronouns", "amount_sources", "amount_triggers", "led_by_markers", "meeting_name_markers",
             "retold_markers", "retold_subjects", "reporting_verbs",
             "verb_final_auxiliaries", "recipient_name_markers",
             "instrument_only_heads", "not_hedges", "perfect_auxiliaries", "modals", "agreement_references",
             "announcing_verbs", "legislator_titles", "route_to",
             "both_parties", "earlier_markers", "share_nouns", "share_markers", "cost_bearing",
             "active_funding_verbs", "channel_markers")


def _phrase(entry: str) -> str:
    """The regex of one word entry (see the module docstring), without the word-start check of its first word
    (``compile_words`` puts one check before all entries that need it)."""
    parts = [p.strip() for p in entry.split("...")]
    gap = rf"(?:\W+\w+){{0,{config.EVENT_GAP_WORDS}}}\W+"
    return gap.join(_literal(p, first=n == 0) for n, p in enumerate(parts))


def _literal(entry: str, first: bool = False) -> str:
    head = r"\w*" if entry.startswith("*") else "" if first else r"(?<![\w\-])"
    tail = r"\w*" if entry.endswith("*") else r"(?![\w])"
    body = re.sub("['’]", "['’]", re.escape(entry.strip("*")).replace(r"\ ", r"\s+"))  # either apostrophe
    return head + body + tail


def compile_words(entries: list[str]) -> re.Pattern[str]:
    """One case-insensitive pattern for a list of entries, longest first. The entries that start at a word
    start share one look-behind, so that positions inside words are refused at once (the patterns run over
    every sentence of every document)."""
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    starts = [f"(?:{_phrase(e)})" for e in ordered if not e.startswith("*")]
    inside = [f"(?:{_phrase(e)})" for e in ordered if e.startswith("*")]
    branches = ([rf"(?<![\w\-])(?:{'|'.join(starts)})"] if starts else []) + inside
    return re.compile("|".join(branches) or r"(?!x)x", re.IGNORECASE)


@dataclass(frozen=True)
class EventWords:
    code: str
    triggers: dict[str, re.Pattern[str]]
    lists: dict[str, re.Pattern[str]]
    heads: frozenset[str]  # instrument head words, case-folded ("fund", "programme")
    fund_heads: frozenset[str]  # the heads of fund names, case-folded: a fund so named is a funder too
    sets: dict[str, frozenset[str]]  # every word list as plain case-folded entries

    def words(self, key: str) -> re.Pattern[str]:
        """The compiled pattern of one word list of the file (``hedges``, ``agent_markers``, ...)."""
        return self.lists[key]

    def words_set(self, key: str) -> frozenset[str]:
        """The entries of one word list, case-folded, without marks (``instrument_only_heads``)."""
        return self.sets[key]


def available() -> list[str]:
    """Codes of the languages that ship an events file."""
    return sorted(p.stem for p in EVENTS_DIR.glob("*.json"))


def validate(code: str, data: dict[str, Any]) -> None:
    """Raise :class:`DataFileError` when an events file misses a key, has a wrong type or an empty entry."""
    where = f"events file {code}.json"
    if data.get("language") != code:
        raise DataFileError(f"{where} declares language {data.get('language')!r}")
    triggers = data.get("triggers")
    if not isinstance(triggers, dict) or set(triggers) != set(EVENT_TYPES):
        raise DataFileError(f"{where}: 'triggers' must map exactly {', '.join(EVENT_TYPES)} to word lists")
    lists = {f"triggers.{k}": v for k, v in triggers.items()} | {k: data.get(k) for k in LIST_KEYS}
    for key, words in lists.items():
        if not isinstance(words, list):  # may be empty: no word of that kind attested yet (tools/event_word_support.py)
            raise DataFileError(f"{where}: {key!r} must be a list")
        for word in words:
            if not isinstance(word, str) or not word.strip("*. "):
                raise DataFileError(f"{where}: {key!r} holds an empty or non-text entry {word!r}")
            if word != word.strip():
                raise DataFileError(f"{where}: {key!r} entry {word!r} has surrounding spaces")


@cache
def load_events(code: str | None) -> EventWords | None:
    """The compiled event words of ``code``, or None for a language without an events file."""
    if not code:
        return None
    path = EVENTS_DIR / f"{code}.json"
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read {path}: {exc}") from exc
    validate(code, data)
    return EventWords(
        code=code,
        triggers={kind: compile_words(data["triggers"][kind]) for kind in EVENT_TYPES},
        lists={key: compile_words(data[key]) for key in LIST_KEYS},
        heads=frozenset(h.strip("*").casefold() for h in data["instrument_heads"]),
        fund_heads=frozenset(h.strip("*").casefold() for h in data["fund_heads"]),
        sets={key: frozenset(w.strip("*").casefold() for w in data[key]) for key in LIST_KEYS},
    )
