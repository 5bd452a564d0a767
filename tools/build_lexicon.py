"""Regenerate ``pipeline/data/lexicon/<lang>.txt.gz``: common words of a language that are not common in the
project's other languages ("schwere", "seiten", "nadat", "eigenaar"), from the word frequencies of
wordfreq (data CC BY-SA 4.0, ``pipeline/data/lexicon/LICENSE``).

Where every noun is capitalised (German), or at the start of a line or a heading (any language), a
capitalised word is a name only when it is not such a word; personal names and most place names are
shared across languages and stay out of the lists. Run by hand (``pip install wordfreq==3.1.1``); the
pipeline only reads the files.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from wordfreq import iter_wordlist, zipf_frequency

LANGUAGES = ("en", "nl", "fr", "de")
BUILT = LANGUAGES
MIN_ZIPF = 2.5  # about once in 3 million words
MIN_MARGIN = 1.5  # at least 30 times more frequent than in any other of the languages
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "lexicon"


def common_words(language: str) -> list[str]:
    others = [o for o in LANGUAGES if o != language]
    words = []
    for word in iter_wordlist(language, wordlist="large"):
        frequency = zipf_frequency(word, language)
        if frequency < MIN_ZIPF:
            break
        if word.isalpha() and frequency - max(zipf_frequency(word, o) for o in others) >= MIN_MARGIN:
            words.append(word)
    return sorted(words)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in BUILT:
        words = common_words(language)
        data = ("\n".join(words) + "\n").encode("utf-8")
        with gzip.GzipFile(OUT / f"{language}.txt.gz", "wb", compresslevel=9, mtime=0) as handle:  # reproducible
            handle.write(data)
        print(f"{language}: {len(words)} words")


if __name__ == "__main__":
    main()
