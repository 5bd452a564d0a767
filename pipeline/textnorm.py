"""Text folding shared by entity linking and scoring (gold/FORMAT.md comparison rules)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pipeline import config

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_punctuation(text: str) -> str:
    """Remove punctuation and symbols from both ends (letters, digits and marks stay)."""
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start])[0] in "PSZ":
        start += 1
    while end > start and unicodedata.category(text[end - 1])[0] in "PSZ":
        end -= 1
    return text[start:end]


@lru_cache(maxsize=config.FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """NFKC, case folding, no diacritics, no leading "the ", collapsed white space, no surrounding
    punctuation: the comparison form of gold/FORMAT.md. Memoised: linking folds the same names over and over."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    text = strip_diacritics(text)
    text = _WS.sub(" ", text).strip()
    text = strip_punctuation(text)
    if text.startswith("the "):
        text = text[4:]
    return strip_punctuation(text).strip()


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", fold(text)) if t]


def is_acronym(text: str) -> bool:
    """"NDRC", "MoHRSS", "SOCIEUX+": one word, mostly capitals, at least two of them."""
    word = text.strip()
    if not word or " " in word or len(word) > 12:
        return False
    letters = [c for c in word if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper / max(len(letters), 1) >= 0.5


def _is_word_char(char: str, extra: str) -> bool:
    return char.isalnum() or char == "_" or char in extra


def word_occurrences(text: str, form: str, extra: str = "") -> Iterator[tuple[int, int]]:
    """The spans of ``form`` in ``text`` with no word character (``\\w``, or one of ``extra``) right before or
    after it: what ``re.finditer(rf"(?<![\\w{extra}]){re.escape(form)}(?![\\w{extra}])", text)`` finds, without
    compiling a pattern per form (a pattern per name floods the regex module's cache)."""
    if not form:
        return
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        framed_before = not (at and _is_word_char(text[at - 1], extra))
        if framed_before and not (end < len(text) and _is_word_char(text[end], extra)):
            yield at, end
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def longest_word_occurrences(text: str, forms: Iterable[str], extra: str = "") -> list[tuple[int, int]]:
    """Non-overlapping whole-word occurrences of any of ``forms``, left to right, the longest at each start: what
    ``finditer`` of an alternation of the forms that prefers the longest finds, framed as in
    :func:`word_occurrences`."""
    found = sorted(((s, -e) for form in set(forms) for s, e in word_occurrences(text, form, extra)))
    out: list[tuple[int, int]] = []
    for start, neg_end in found:
        if not out or start >= out[-1][1]:
            out.append((start, -neg_end))
    return out
