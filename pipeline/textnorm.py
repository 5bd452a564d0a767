"""Text folding shared by entity linking and scoring (gold/FORMAT.md comparison rules)."""

from __future__ import annotations

import re
import unicodedata
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
