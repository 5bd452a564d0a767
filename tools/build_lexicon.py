"""Regenerate ``pipeline/data/lexicon/<lang>.txt.gz``: common words of a language that are not common in the
project's other languages ("schwere", "seiten", "nadat", "eigenaar"), from the word frequencies of
wordfreq (data CC BY-SA 4.0, ``pipeline/data/lexicon/LICENSE``); and ``<lang>-dictionary.txt.gz``: the
lower-case words of Debian's hunspell dictionaries (SCOWL for English, Dicollecte for French, OpenTaal for
Dutch; licences beside them), with which a model "organisation" made of dictionary
words only ("Universal Social Protection") is read as a title-case phrase, and a capitalised Dutch word that
is a dictionary word ("Nieuwe", "Werken") is not a name.

Where every noun is capitalised (German), or at the start of a line or a heading (any language), a
capitalised word is a name only when it is not such a word; personal names and most place names are
shared across languages and stay out of the lists. Run by hand (``pip install wordfreq==3.1.1``;
``apt-get install hunspell-en-us hunspell-fr-classical hunspell-nl hunspell-de-de``); the pipeline only reads the files.
"""

from __future__ import annotations

import gzip
import re
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


# German is left out: its dictionary is GPL, and German nouns are capitalised anyway
DICTIONARIES = {"en": ("en_US", "hunspell-en-us"), "fr": ("fr", "hunspell-fr-classical"), "nl": ("nl", "hunspell-nl")}
CITY_DICTIONARIES = {**DICTIONARIES, "de": ("de_DE", "hunspell-de-de")}  # only read, to flag city names
HUNSPELL = Path("/usr/share/hunspell")


# each dictionary's flag for entries that exist only inside compounds ("-aachen"), and its flag width
ONLY_IN_COMPOUND = {"en": ("c", 1), "nl": ("Cx", 2), "fr": ("", 2), "de": ("o", 1)}


def dictionary_words(language: str) -> list[str]:
    """The lower-case entries of a hunspell dictionary (common words, not proper names), without the
    entries that only occur inside compounds."""
    name, _ = CITY_DICTIONARIES[language]
    flag, width = ONLY_IN_COMPOUND[language]
    words = set()
    for line in (HUNSPELL / f"{name}.dic").read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        if not line.strip():
            continue
        word, _, flags = line.split()[0].partition("/")
        chunks = {flags[i:i + width] for i in range(0, len(flags), width)}
        if word[:1].islower() and word.replace("-", "").replace("'", "").isalpha() and not (flag and flag in chunks):
            words.add(word)
    return sorted(words)


def write(name: str, words: list[str]) -> None:
    data = ("\n".join(words) + "\n").encode("utf-8")
    with gzip.GzipFile(OUT / name, "wb", compresslevel=9, mtime=0) as handle:  # reproducible
        handle.write(data)
    print(f"{name}: {len(words)} words")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in BUILT:
        write(f"{language}.txt.gz", common_words(language))
    for language, (_, package) in DICTIONARIES.items():
        write(f"{language}-dictionary.txt.gz", dictionary_words(language))
        notice = (Path("/usr/share/doc") / package / "copyright").read_text(encoding="utf-8")
        for licence in sorted(set(re.findall(r"/usr/share/common-licenses/([\w.\-]+)", notice))):
            notice += f"\n\n{licence}:\n\n" + Path("/usr/share/common-licenses", licence).read_text(encoding="utf-8")
        (OUT / f"LICENSE-{language}-dictionary").write_text(notice, encoding="utf-8")


if __name__ == "__main__":
    main()
