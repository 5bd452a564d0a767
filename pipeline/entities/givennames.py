"""Names opened by a listed given name (``given_names`` of the language data: Dutch and German, where no model
runs): the given name decides where a person's name starts and ends when the other rules cannot.

- a given name and a surname are a name however frequent the words ("Georg Herold", "Birgit Fischer");
- a noun for a person right before a given name is no part of the name ("Hochspringer Sebastian Fels",
  "Borussia-Manager Peter Pander", "Familie Jakob Becker");
- where nouns are capitalised, a common word after the surname is no part of it either ("Matthew Williams
  Liebeskummer", "Julio Roca Präsident")."""

from __future__ import annotations

from functools import cache

from pipeline import config
from pipeline.entities.places import common_word_union
from pipeline.resources.langdata import available_languages, dictionary_words

Token = tuple[int, str]
MAX_SHORT_NAME = 4  # letters: "Anna", "Jean", "Lea" are words of some list and first names


def given_name_first(capitalised: list[str], given: frozenset[str]) -> bool:
    """A listed given name, then a surname, or a second given name and a surname ("Franz Josef Jung")."""
    return 2 <= len(capitalised) <= 3 and capitalised[0] in given \
        and all(w in given for w in capitalised[1:-1]) and len(capitalised[-1]) <= config.MAX_NAME_WORD


def noun_before_given_name(words: list[Token], given: frozenset[str]) -> bool:
    """The first word is a noun before a given name and a surname: a word of a dictionary or common-word list of
    the project's languages longer than a short first name ("Familie", "Kaiser", "Tante"), a word too long for a
    first name ("Hochspringer") or a compound whose last part is such a word ("Borussia-Manager",
    "Schauspiel-Ikone"); an unlisted first name stays ("Lea Marie Schmidt", "Jean Peter Müller")."""
    if len(words) < 3 or words[0][1] in given or words[1][1] not in given:
        return False
    first = words[0][1]
    tail = first.rsplit("-", 1)[-1].lower()
    return len(first) > config.MAX_FIRST_NAME or (len(tail) > MAX_SHORT_NAME and tail in _noun_words())


@cache
def _noun_words() -> frozenset[str]:
    """Words of the common-word lists and dictionaries of all the project's languages (German shares its nouns
    with Dutch and English: "Familie", "Manager")."""
    return common_word_union().union(*(dictionary_words(code) for code in available_languages()))


def end_after_surname(words: list[Token], given: frozenset[str], common: frozenset[str],
                      nouns_capitalised: bool) -> list[Token]:
    """Where nouns are capitalised, a given name and a surname end before a common word that follows them
    ("Matthew Williams Liebeskummer" is "Matthew Williams"); a second given name goes on ("Franz Josef Jung")."""
    if not nouns_capitalised or len(words) < 3 or words[0][1] not in given:
        return words
    for i in range(1, len(words) - 1):
        if words[i][1] not in given:
            after = words[i + 1][1]
            return words[:i + 1] if after[:1].isupper() and after.lower() in common else words
    return words
