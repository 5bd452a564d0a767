"""Places found by name: cities from GeoNames (``pipeline/data/cities.json.gz``); and in languages without a
model, a name-like word after a preposition of place where nouns are not capitalised ("in Merksem"), or one
joined by "and" to a place or person already found ("tussen Geldrop en Mierlo").

A city name counts as a place (LOC) unless the words around it say it is part of something else:
- a name-like capitalised word right before or after it makes it part of a longer name ("Washington
  Post", "Mark Rutte", "Texas Instruments");
- an article right before it makes it a noun ("der Halle", "het Best");
- a month or weekday name is never a city ("March");
- a name that is also a word of the document's language ("Essen" in German, "Reading" in English), at a
  sentence start or where nouns are capitalised, counts only right after a preposition of place ("in
  Essen").
City mentions carry method "gazetteer", the others "rule"; the caller keeps the first of overlapping spans."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import NamedTuple

from pipeline import config
from pipeline.config import DATA_DIR
from pipeline.records import Mention
from pipeline.resources.langdata import (
    alternation,
    available_languages,
    common_words,
    dictionary_words,
    known_words,
    load_language,
)

CITY_FILE = DATA_DIR / "cities.json.gz"
WORD = re.compile(r"[^\W\d_](?:[\w'’]|[\-.](?=[^\W\d_]))*")
NAME_GAP = " "  # the words of a multi-word name are separated by one space ("Frankfurt am Main")


class Word(NamedTuple):
    """A word of the text: ``text[start:end]``."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=2)
def _words(text: str) -> tuple[Word, ...]:
    """The words of ``text``, built once for the place rules that read them all."""
    return tuple(Word(m.start(), m.end(), m.group(0)) for m in WORD.finditer(text))


@cache
def city_names() -> tuple[dict[str, frozenset[str]], int]:
    """City name -> the languages in which it is also a dictionary word; the most words in one name."""
    with gzip.open(CITY_FILE, "rt", encoding="utf-8") as handle:
        names = {row[0]: frozenset(row[3].split()) for row in json.load(handle)["cities"]}
    return names, max(len(n.split()) for n in names)


@cache
def common_word_union() -> frozenset[str]:
    """Common words of any of the project's languages: a capitalised one is not part of a name."""
    return frozenset().union(*(common_words(code) for code in available_languages()))


@dataclass(frozen=True)
class Context:
    """The words of a language that decide whether a capitalised word is a place."""

    prepositions: frozenset[str]  # of place: "in", "te", "aus"
    articles: frozenset[str]
    function_words: frozenset[str]  # capitalised at a sentence start: "De", "Der"
    adjective_suffixes: tuple[str, ...]
    nouns_capitalised: bool


@cache
def _context(code: str | None) -> Context:
    lang = load_language(code)
    return Context(frozenset(p.lower() for p in lang["locative_prepositions"]),
                   frozenset(a.lower() for a in lang["articles"]), frozenset(lang["capitalised_function_words"]),
                   tuple(lang["adjective_suffixes"]), bool(lang["nouns_capitalised"]))


def _name_like(word: Word, text: str, code: str | None) -> bool:
    """A capitalised word inside a sentence that is not a function word and, where every noun is
    capitalised, not a common word either: part of a name."""
    context = _context(code)
    if not word.text[:1].isupper() or word.text in context.function_words or _sentence_start(word, text):
        return False
    return not (context.nouns_capitalised and word.text.lower() in common_word_union())


def _sentence_start(word: Word, text: str) -> bool:
    return sentence_initial(text, word.start)


def sentence_initial(text: str, start: int) -> bool:
    """Whether ``start`` opens a line or a sentence, where any word is capitalised."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:\n\"“„«("


def capitalised_function_words(code: str | None) -> frozenset[str]:
    """The function words of a language as written at a sentence start ("De", "Der", "Seine")."""
    return _context(code).function_words


def _adjacent(text: str, a: Word, b: Word) -> bool:
    return text[a.end:b.start] == NAME_GAP


def _after_preposition(words: Sequence[Word], i: int, text: str, prepositions: frozenset[str]) -> bool:
    return i > 0 and _adjacent(text, words[i - 1], words[i]) and words[i - 1].text.lower() in prepositions


def _fits(words: Sequence[Word], i: int, n: int, text: str, code: str | None) -> bool:
    """Whether the name made of ``words[i:i+n]`` stands alone as a place in its sentence."""
    context = _context(code)
    before = words[i - 1] if i > 0 and _adjacent(text, words[i - 1], words[i]) else None
    after = words[i + n] if i + n < len(words) and _adjacent(text, words[i + n - 1], words[i + n]) else None
    if before is not None and (before.text.lower() in context.articles or _name_like(before, text, code)
                               or _first_word_of_name(before, text, code)):
        return False
    if after is not None and _name_like(after, text, code):
        return False
    if before is not None and _surname_after_particle(words, i, text, code):
        return False
    if n == 1 and _ambiguous(words[i], text, code):
        return _after_preposition(words, i, text, context.prepositions)
    return True


def _first_word_of_name(word: Word, text: str, code: str | None) -> bool:
    """A capitalised word at a sentence or line start that is no function or common word of any language, right
    before the place name: a first name ("Foto: Michael Nelson"), not "In Berlin" or "Heute Essen"."""
    return _sentence_start(word, text) and word.text[:1].isupper() and word.text not in _context(code).function_words \
        and word.text.lower() not in common_word_union() and word.text.lower() not in dictionary_words(code) \
        and word.text.lower() not in dictionary_words("en")


def _surname_after_particle(words: Sequence[Word], i: int, text: str, code: str | None) -> bool:
    """"Jacco van Maldegem", "Jaimi van Essen": a place name after a lower-case particle that follows a first name
    (a capitalised word that is no dictionary or common word: not "Universiteit van Amsterdam"), or after a
    capitalised particle inside a sentence ("volgens Van Maldegem"), is a surname."""
    particle = words[i - 1].text if i >= 1 else ""
    if particle[:1].isupper() and particle.lower() in _particles(code) and not _sentence_start(words[i - 1], text):
        return True  # "volgens Van Maldegem": a capitalised particle inside a sentence starts a surname
    if i < 2 or particle not in _particles(code) or not _adjacent(text, words[i - 2], words[i - 1]):
        return False
    first = words[i - 2]
    lower = first.text.lower()
    return first.text[:1].isupper() and first.text not in _context(code).function_words \
        and lower not in common_words(code) and lower not in dictionary_words(code) and not lower.endswith(
            _context(code).adjective_suffixes)


@cache
def _particles(code: str | None) -> frozenset[str]:
    return frozenset(p for p in load_language(code)["name_particles"] if " " not in p and p.islower())


def _ambiguous(word: Word, text: str, code: str | None) -> bool:
    """A city name that is also a word of the document's language ("Essen", "Leiden"), where its capital
    says nothing: at a sentence start, or anywhere where nouns are capitalised."""
    nouns_capitalised = _context(code).nouns_capitalised
    if nouns_capitalised and word.text.lower() in common_words(code):
        return True  # "bis Mitte 2025": a frequent German word first
    if code not in city_names()[0][word.text]:
        return False
    return nouns_capitalised or _sentence_start(word, text)


@cache
def _name_starts() -> dict[str, int]:
    """First word of a city name -> the most words of a name that starts with it (most words start none)."""
    starts: dict[str, int] = {}
    for name in city_names()[0]:
        words = name.split(NAME_GAP)
        starts[words[0]] = max(starts.get(words[0], 0), len(words))
    return starts


def _match(words: Sequence[Word], i: int, text: str) -> int:
    """The number of words of the longest city name starting at word ``i`` (0: none)."""
    longest = _name_starts().get(words[i].text)
    if longest is None:
        return 0
    names = city_names()[0]
    for n in range(min(longest, len(words) - i), 0, -1):
        if all(_adjacent(text, a, b) for a, b in zip(words[i:i + n - 1], words[i + 1:i + n], strict=True)):
            name = text[words[i].start:words[i + n - 1].end]
            if name in names and name.lower() not in calendar_words():
                return n
    return 0


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names of every language: "March" is a month before it is a town."""
    return frozenset(w.lower() for code in available_languages() for key in ("months", "weekdays")
                     for w in load_language(code)[key])


def part_of_longer_name(text: str, mention: Mention, language: str | None) -> bool:
    """Whether a name-like capitalised word follows the place name right away ("Washington Post",
    "Texas Instruments"): the place names a company or a newspaper, not the place."""
    following = WORD.match(text, mention.end + len(NAME_GAP)) if text[mention.end:mention.end + 1] == NAME_GAP \
        else None
    if following is None:
        return False
    word = Word(following.start(), following.end(), following.group(0))
    return _name_like(word, text, language)


def city_mentions(text: str, language: str | None) -> list[Mention]:
    """Cities named in ``text`` (LOC)."""
    words = _words(text)
    out, i = [], 0
    while i < len(words):
        n = _match(words, i, text) if words[i].text[:1].isupper() else 0
        if n and _fits(words, i, n, text, language):
            start, end = words[i].start, words[i + n - 1].end
            out.append(Mention(start, end, text[start:end], "LOC", "gazetteer"))
        i += max(n, 1)
    return out


def unknown_place_mentions(text: str, language: str | None) -> list[Mention]:
    """"in Merksem", "te Limetz": a single capitalised word inside a sentence right after a preposition of
    place, in a language that does not capitalise nouns (Dutch), not followed by another capitalised word,
    not an adjective ("in Nederlandse handen")."""
    context = _context(language)
    words = _words(text)
    out = []
    for i, word in enumerate(words):
        capitalised = word.text[:1].isupper() and word.text not in context.function_words \
            and not _sentence_start(word, text)
        if not (capitalised and _after_preposition(words, i, text, context.prepositions)):
            continue
        after = words[i + 1] if i + 1 < len(words) and _adjacent(text, word, words[i + 1]) else None
        if (after is not None and after.text[:1].isupper()) or word.text.lower().endswith(context.adjective_suffixes) \
                or word.text.lower() in calendar_words() or _dictionary_word(word.text, language):
            continue
        out.append(Mention(word.start, word.end, word.text, "LOC", "rule"))
    return out


def bare_place_mentions(text: str, language: str | None) -> list[Mention]:
    """Where every noun is capitalised, a name right after a preposition that takes a place without an article
    ("in Randegg", "aus Spiegelau", "nach Tiflis"; `bare_place_prepositions`; a noun takes one: "in der Stadt"),
    when it is no common word of the language or of a related or English dictionary ("in Kraft", "nach Hause"),
    no abstract or compound noun ("in Zusammenarbeit", "aus Kapazitätsgründen") and no part of a longer name."""
    lang = load_language(language)
    prepositions = lang.get("bare_place_prepositions", [])
    if not prepositions or not lang["nouns_capitalised"]:  # elsewhere: unknown_place_mentions
        return []
    known = _known_words(language)
    suffixes = tuple(lang["abstract_noun_suffixes"]) + _context(language).adjective_suffixes
    out = []
    for match in re.finditer(rf"(?<![\w\-])(?:{alternation(prepositions)}) ({WORD.pattern})(?![\w\-'’])(?! [A-ZÀ-Þ])",
                             text):
        word, lower = match.group(1), match.group(1).lower()
        if not word[:1].isupper() or word in _context(language).function_words or lower in known \
                or lower.endswith(suffixes) \
                or (len(word) > config.MAX_NAME_WORD and "-" not in word) or lower in calendar_words():
            continue
        out.append(Mention(match.start(1), match.end(1), word, "LOC", "rule"))
    return out


@cache
def _known_words(code: str | None) -> frozenset[str]:
    """Words of the language and of the dictionaries it shares words with: none of them is a place's name alone."""
    related = load_language(code).get("related_dictionaries", [])
    return common_words(code) | known_words("en") | frozenset().union(
        *(dictionary_words(c) for c in related))


def _dictionary_word(word: str, code: str | None) -> bool:
    """A word of the language's dictionary, or its inflected adjective ("Nieuwe" from "nieuw")."""
    lower, dictionary = word.lower(), dictionary_words(code)
    return lower in dictionary or (lower.endswith("e") and lower[:-1] in dictionary)


def coordinated_mentions(text: str, kept: list[Mention], language: str | None) -> list[Mention]:
    """"tussen Geldrop en Mierlo", "Lokeren en Oostakker": a single name-like word joined by "and" to a place
    or person already found, before or after it, takes its label."""
    coordination = [w for w in load_language(language)["coordination"] if w.isalpha()]
    adjectives = _context(language).adjective_suffixes
    out = []
    for mention in kept:
        if mention.label not in ("LOC", "PERSON") or " " in mention.text:
            continue
        for word in _coordinated_words(text, mention, coordination):
            if _name_like(word, text, language) and not word.text.lower().endswith(adjectives) \
                    and word.text.lower() not in calendar_words():
                out.append(Mention(word.start, word.end, word.text, mention.label, "rule"))
    return out


def _coordinated_words(text: str, mention: Mention, coordination: list[str]) -> list[Word]:
    found = []
    for joiner in coordination:
        after = re.compile(rf" {re.escape(joiner)} ({WORD.pattern})(?![\w\-])").match(text, mention.end)
        if after:
            found.append(Word(after.start(1), after.end(1), after.group(1)))
        before = re.search(rf"(?<![\w\-])({WORD.pattern}) {re.escape(joiner)} $", text[max(0, mention.start - 60):
                                                                                   mention.start])
        if before:
            offset = max(0, mention.start - 60)
            word = Word(offset + before.start(1), offset + before.end(1), before.group(1))
            if not text[word.end + len(joiner) + 2: mention.start].strip():
                found.append(word)
    return found


NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*"


@cache
def _place_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name after a word for a kind of place ("de gemeente Veere", "die Stadt Essen", "la commune de
    Limetz"), and a hyphenated name with a place-name particle inside ("Cousances-les-Forges",
    "Seine-et-Marne", "Saint-Josse-ten-Noode")."""
    lang = load_language(code)
    particles = alternation(lang["toponym_particles"])
    hyphenated = rf"{NAME_WORD}(?:-(?:(?:{particles})-)*{NAME_WORD})*"
    kinds = alternation(lang["place_type_words"]) if lang["place_type_words"] else r"(?!x)x"
    after_kind = re.compile(rf"(?<![\w\-])(?i:{kinds})(?:\s+|(?<=['’]))(?P<name>{hyphenated}(?: {hyphenated}){{0,2}})"
                            rf"(?![\w\-])")
    with_particle = re.compile(rf"(?<![\w\-]){NAME_WORD}(?:-(?:{NAME_WORD}|(?:{particles})))*-(?:{particles})-"
                               rf"{NAME_WORD}(?:-(?:{NAME_WORD}|(?:{particles})))*(?![\w\-])")
    return after_kind, with_particle


def place_name_mentions(text: str, language: str | None) -> list[Mention]:
    """Places named by their kind ("gemeente Veere", "la ville de Lyon") or by their shape
    ("Île-de-France", "Ivry-sur-Seine"); a month, weekday or function word is no place."""
    after_kind, with_particle = _place_patterns(language)
    function_words = _context(language).function_words
    out = []
    for match in after_kind.finditer(text):
        name = match.group("name")
        if name.split()[0] not in function_words and name.lower() not in calendar_words():
            out.append(Mention(match.start("name"), match.end("name"), name, "LOC", "rule"))
    taken = {(m.start, m.end) for m in out}
    out += [Mention(m.start(), m.end(), m.group(0), "LOC", "rule") for m in with_particle.finditer(text)
            if (m.start(), m.end()) not in taken]
    return sorted(out, key=lambda m: m.start)




def coded_place_mentions(text: str, language: str | None) -> list[Mention]:
    """A place with its region's code in brackets, as Swiss texts write their towns ("Courtepin (FR)", "Landsitz
    Lohn (BE)", "Münchenstein (BL)"; `region_codes`): the town and the code are places. The town is one word not
    preceded by a capitalised word that is no common word ("Ständerätin Anna Muster (ZH)" is a person)."""
    codes = load_language(language).get("region_codes", [])
    if not codes:
        return []
    out = []
    regex = rf"(?<![\w\-’'.])(?P<name>{WORD.pattern}) \((?P<code>{alternation(codes)})\)"
    for match in re.finditer(regex, text):
        name, before = match.group("name"), text[max(0, match.start() - 30): match.start()].split()[-1:]
        if name[:1].isupper() and name not in _context(language).function_words and not (
                before and before[0][:1].isupper() and before[0] not in _context(language).function_words
                and before[0].lower() not in common_words(language)):
            out.append(Mention(match.start("name"), match.end("name"), name, "LOC", "rule"))
            out.append(Mention(match.start("code"), match.end("code"), match.group("code"), "LOC", "rule"))
    return out


def extend_elided(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A name whose first part is shared with an elided word before it: "Midden- en West Brabant", "Zuid- en
    Oost-Drenthe", "Nord- und Ostsee" are one name each (the hyphen stands for the shared part)."""
    coordination = [w for w in load_language(language)["coordination"] if w.isalpha()]
    if not coordination:
        return mentions
    elided = re.compile(rf"(?<![\w\-])[A-ZÀ-Þ][\w]*- (?:{alternation(coordination)}) $")
    out = []
    for m in mentions:
        before = elided.search(text, max(0, m.start - 40), m.start) if m.label != "PERSON" else None
        if before and not any(k.start < m.start and k.end > before.start() for k in mentions if k is not m):
            out.append(Mention(before.start(), m.end, text[before.start():m.end], m.label, m.method, m.model_label))
        else:
            out.append(m)
    return out


def persons_after_place_prepositions(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A "person" right after a preposition that takes a bare place name is that place: "in Ter Apel", "in Sankt
    Petersburg" (people are not "in" anything without an article)."""
    prepositions = frozenset(load_language(language).get("bare_place_prepositions", []))
    if not prepositions:
        return mentions
    out = []
    for m in mentions:
        before = text[max(0, m.start - 12): m.start]
        word = before.split()[-1:] if before.endswith(" ") else []
        out.append(replace(m, label="LOC") if m.label == "PERSON" and m.method == "rule" and word
                   and word[0] in prepositions else m)
    return out


def street_mentions(text: str, language: str | None) -> list[Mention]:
    """Streets and squares: one capitalised word inside a sentence ending in the language's street word
    ("de Wetstraat", "in der Hauptstraße"); where nouns are capitalised, not a common word ("Landstraße")."""
    suffixes = tuple(s.lower() for s in load_language(language)["street_suffixes"])
    if not suffixes:
        return []
    out = []
    for match in WORD.finditer(text):
        word = Word(match.start(), match.end(), match.group(0))
        lower = word.text.lower()
        common = _context(language).nouns_capitalised and lower in common_words(language)
        if word.text[:1].isupper() and not _sentence_start(word, text) and not common \
                and any(lower.endswith(s) and len(lower) >= len(s) + config.MIN_STREET_NAME for s in suffixes):
            out.append(Mention(word.start, word.end, word.text, "LOC", "rule"))
    return out
