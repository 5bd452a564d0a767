"""Per-language word lists (``pipeline/data/lang/<lang>.json``), loaded once and validated.

Adding a language means adding a data file: every extractor reads its words from here."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.errors import DataFileError

LANG_DIR = DATA_DIR / "lang"
NEUTRAL = "xx"
REQUIRED_KEYS = {
    "language": str, "decimal_separator": str, "numeric_date_order": str, "day_first_separators": str,
    "months_case_sensitive": bool,
    "month_first_dates": bool,
    "months": dict, "weekdays": dict, "ordinal_suffixes": list, "day_month_joiners": list,
    "day_prefixes": list, "range_starts": list, "range_joiners": list, "coordination": list,
    "time_joiners": list, "date_label_words": list, "relative_days": dict, "relative_units": dict,
    "relative_last": list, "relative_next": list, "relative_this": list, "quarter_words": dict,
    "quarter_joiners": list, "scales": dict, "currency_names": dict, "articles": list, "honorifics": list,
    "role_titles": list, "role_modifiers": list, "role_tense_words": dict, "role_org_connectors": list,
    "demonyms": dict, "org_heads": list, "name_connectors": list, "name_particles": list, "date_prepositions": list,
    "year_joiners": list, "lowercase_ambiguous_months": list, "subunit_words": list,
    "number_words": dict, "number_connectors": list, "fraction_words": dict,
    "half_words": dict, "between_words": list, "role_since_words": list, "role_until_words": list,
    "org_keywords": list, "speech_verbs": list, "capitalised_function_words": list,
    "adjective_suffixes": list, "common_acronyms": list, "offset_units": dict, "offset_past_before": list,
    "offset_past_after": list, "offset_future_before": list, "holidays": dict, "ordinal_words": dict,
    "decade_prefixes": list, "decade_suffixes": list, "period_qualifiers": list,
    "offset_anchor_after": list, "offset_anchor_before": list, "hour_words": list, "meridiem_words": list,
    "amount_links": list, "inflection_suffixes": list, "verb_suffixes": list,
    "org_names_end_capitalised": bool, "relative_offsets": dict, "relative_nearest": dict,
    "month_prepositions": list, "relative_after_number": list, "period_part_words": list,
    "span_within": list, "relative_days_lowercase": list,
    "relative_trailing": list, "locative_prepositions": list,
    "nouns_capitalised": bool, "org_type_words": list, "street_suffixes": list, "week_number_words": list,
    "role_title_endings": list, "org_possessives": list, "quantity_words": list, "century_words": list,
    "period_in_words": list, "current_period_phrases": dict, "evening_words": list, "morning_words": list,
    "ordinal_months": bool, "half_hour_words": list, "place_type_words": list, "toponym_particles": list,
    "duration_words": list, "duration_start_words": list, "minute_words": list,
    "count_words": dict, "after_next_words": list, "possessive_endings": list,
    "release_labels": list, "release_label_joiners": list, "publication_labels": list, "update_labels": list,
    "date_context_labels": list, "published_verbs": list,
    "header_noise_lines": list, "header_noise_words": list, "caption_openers": list,
    "role_plurals": dict, "portfolio_connectors": list, "title_organisations": dict, "national_titles": list,
    "role_at_connectors": list, "role_genitive_articles": list, "org_body_words": list, "role_appointment_words": list,
    "role_country_connectors": list, "portfolio_before_title": bool, "year_number_labels": list,
    "weak_adjective_endings": dict, "abstract_noun_suffixes": list,
}


Trie = dict[str, "Trie"]  # one character per level; "" marks the end of a word


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words that prefers the longest ("tot en met" over "tot"), written
    as a trie ("tot(?: en met)?") so that the regex engine tests each character once instead of every
    word in turn: the long word lists of dates and names cost little per position. The order of the
    words does not matter, so patterns are memoised by their set of words (rules build some per call)."""
    return _alternation(frozenset(w for w in words if w))


@lru_cache(maxsize=config.ALTERNATION_CACHE_SIZE)
def _alternation(words: frozenset[str]) -> str:
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    try:
        pattern = _trie_branches(trie)
    except RecursionError:
        pattern = ""
    if not pattern or _nesting(pattern) > config.MAX_TRIE_NESTING:  # many words each a prefix of the next
        flat = sorted(words, key=lambda w: (-len(w), w))
        pattern = "|".join(re.escape(w) for w in flat)
    return pattern or r"(?!x)x"




def _nesting(pattern: str) -> int:
    """The deepest group nesting of a pattern made by :func:`alternation` (escaped brackets skipped)."""
    depth = deepest = 0
    escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif char == ")":
            depth -= 1
    return deepest


def _trie_branches(node: Trie) -> str:
    """The alternatives below a trie node; a word ending here is tried after its longer continuations.
    Runs of single continuations are written out flat, so nesting grows with branch points only."""
    branches = []
    for char, child in sorted(node.items()):
        if not char:
            continue
        run = re.escape(char)
        while len(child) == 1 and "" not in child:
            ((next_char, child),) = child.items()
            run += re.escape(next_char)
        branches.append(run + _trie_tail(child))
    return "|".join(branches)


def _trie_tail(node: Trie) -> str:
    """The rest of the words below a node: one group when they branch, optional when a word ends here."""
    children = [char for char in node if char]
    if not children:
        return ""
    body = _trie_branches(node)
    grouped = body if len(children) == 1 else f"(?:{body})"
    return f"(?:{grouped})?" if "" in node else grouped


@dataclass(frozen=True)
class LangData:
    code: str
    words: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.words[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.words.get(key, default)


def available_languages() -> list[str]:
    """Codes of the languages that ship a data file (the neutral fallback excluded)."""
    return sorted(p.stem for p in LANG_DIR.glob("*.json") if p.stem != NEUTRAL)


def validate(code: str, words: dict[str, Any]) -> None:
    """Raise :class:`DataFileError` when a language file misses a key or has a wrong type."""
    for key, kind in REQUIRED_KEYS.items():
        if key not in words:
            raise DataFileError(f"language file {code}.json: missing key {key!r}")
        if not isinstance(words[key], kind):
            raise DataFileError(f"language file {code}.json: {key!r} must be a {kind.__name__}")
    if words["language"] != code:
        raise DataFileError(f"language file {code}.json declares language {words['language']!r}")
    if words["numeric_date_order"] not in ("dmy", "mdy", "ymd"):
        raise DataFileError(f"language file {code}.json: numeric_date_order must be dmy, mdy or ymd")
    for name, month in words["months"].items():
        if not (isinstance(month, int) and 1 <= month <= 12):
            raise DataFileError(f"language file {code}.json: month {name!r} -> {month!r} is not 1..12")
    for name, weekday in words["weekdays"].items():
        if not (isinstance(weekday, int) and 1 <= weekday <= 7):
            raise DataFileError(f"language file {code}.json: weekday {name!r} -> {weekday!r} is not 1..7 (Monday=1)")


@cache
def load_language(code: str | None) -> LangData:
    """The data of ``code``, or the language-neutral data when the language has no file."""
    path = LANG_DIR / f"{code}.json"
    if not code or not re.fullmatch(r"[a-z]{2,3}", code) or not path.exists():  # a code, never a path
        path, code = LANG_DIR / f"{NEUTRAL}.json", NEUTRAL
    try:
        words = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read {path}: {exc}") from exc
    validate(code, words)
    return LangData(code, words)


def full_names(table: dict[str, int]) -> list[str]:
    """The names of a months or weekdays table that do not abbreviate a longer name of the same value
    ("September", not "Sept" nor "Sep")."""
    return [n for n in table if not any(
        o != n and table[o] == table[n] and o.lower().startswith(n.lower().rstrip(".")) for o in table)]


@cache
def common_words(code: str | None) -> frozenset[str]:
    """Lower-case words frequent in the language and not in the project's other languages
    (``pipeline/data/lexicon/<lang>.txt.gz``, built by ``tools/build_lexicon.py``); empty without a list."""
    return _word_list(f"{code}.txt.gz") if code else frozenset()


@cache
def dictionary_words(code: str | None) -> frozenset[str]:
    """The lower-case words of the language's dictionary (``pipeline/data/lexicon/<lang>-dictionary.txt.gz``,
    for the languages whose names come from a model); empty without one."""
    return _word_list(f"{code}-dictionary.txt.gz") if code else frozenset()


@cache
def known_words(code: str | None) -> frozenset[str]:
    """The language's frequent and dictionary words together (built once: the union of two large sets)."""
    return common_words(code) | dictionary_words(code)


def _word_list(name: str) -> frozenset[str]:
    path = DATA_DIR / "lexicon" / name
    if not path.exists():
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return frozenset(handle.read().split())
