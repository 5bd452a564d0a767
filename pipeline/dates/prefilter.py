"""Where a rule's match can start, found with one fast scan: the same matches as ``regex.finditer``, faster.

A date pattern opens with a lookbehind (``(?<!\\w)``), an optional word or a word under (?i), so Python's regex
engine cannot skip ahead to the characters a match can start with: it tries the whole pattern at every
position of the text, once per rule. :func:`prefixes` reads the pattern's first ``PREFIX_CHARS`` characters
off its parse tree (the character class each position of a match can hold, over every branch and repetition,
lookarounds left out), and a scan built from them opens with characters the engine skips ahead to in C;
:func:`finditer` tries the rule's pattern only where the scan found a start (:func:`hits`, shared by the rules
with the same scan). Two kinds of scan:

- :func:`scan_for`, on the text itself, when every match starts with a figure or a sign ("2020-05-01",
  "12/05", "'98"): one character class, then the prefixes;
- :func:`folded_scan_for`, on the folded text (:func:`folded`: ASCII letters in lower case, every character
  beyond ASCII one ``OTHER``, position for position), for the others: alternatives that each open with one
  literal character ("j(?=an)|f(?=eb)|...");
- the same on the word starts (:func:`word_starts`: the folded text with the letters inside a word in upper
  case) when every match opens after a character other than a word character (``(?<![\\w...])``, as date
  rules do): its first letter only in lower case, so the engine skips ahead over the letters inside words.

A scan finds a superset of where the pattern matches: a construct it cannot read (a back-reference, a
conditional group, more branches than ``MAX_PREFIXES``) ends the prefix there (fewer characters checked,
never a match lost), a character beyond ASCII counts as any that the pattern's character may match there
(under (?i), ``k`` and the Kelvin sign are one), and a pattern that can match the empty string gets no scan
(``tests/dates/test_prefilter.py`` checks, for every rule of every language, that the matches are those of
``finditer`` on real and generated texts, and that every position where a pattern matches is a hit)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Literal

PREFIX_CHARS = 4  # characters of a match's start checked by the scan
MAX_PREFIXES = 3_000  # prefixes kept while reading a pattern; beyond, they are cut where they stand

Prefix = tuple[str, ...]  # one regex fragment (one character) per position
Reads = Literal["text", "folded", "starts"]  # what a scan reads: the text, :func:`folded`, :func:`word_starts`
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_ZERO_WIDTH = {sre.ASSERT, sre.ASSERT_NOT, sre.AT}


class _Unreadable(Exception):
    """A class the scan cannot state (a category under a flag other than Unicode's, say)."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _class(items: list[tuple[Any, Any]]) -> str:
    parts = []
    for op, av in items:
        if op is sre.NEGATE:
            parts.append("^")
        elif op is sre.LITERAL:
            parts.append(_char(av))
        elif op is sre.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unreadable(op)
    return f"[{''.join(parts)}]"


def _fragment(op: Any, av: Any, flags: int) -> str | None:
    """One character the op matches, as a regex of its own (None: not a single-character op)."""
    if op is sre.LITERAL:
        body = _char(av)
    elif op is sre.NOT_LITERAL:
        body = f"[^{_char(av)}]"
    elif op is sre.IN:
        body = _class(av)
    elif op is sre.ANY:
        body = "(?s:.)" if flags & re.DOTALL else "."
    else:
        return None
    return f"(?i:{body})" if flags & re.IGNORECASE else body


class _Reader:
    def __init__(self, size: int):
        self.size = size

    def sequence(self, items: Any, flags: int, open_: set[Prefix], closed: set[Prefix]) -> set[Prefix]:
        """The prefixes after ``items``: ``open_`` ones extended (those reaching ``size`` or cut move to
        ``closed``); returns the prefixes still open."""
        for op, av in items:
            if not open_:
                break
            open_ = self.op(op, av, flags, open_, closed)
            if len(open_) + len(closed) > MAX_PREFIXES:
                closed |= open_
                return set()
        return open_

    def op(self, op: Any, av: Any, flags: int, open_: set[Prefix], closed: set[Prefix]) -> set[Prefix]:
        fragment = _fragment(op, av, flags)
        if fragment is not None:
            out: set[Prefix] = set()
            for prefix in open_:
                longer = (*prefix, fragment)
                (closed if len(longer) >= self.size else out).add(longer)
            return out
        if op in _ZERO_WIDTH:  # a lookaround or an anchor: checked by the pattern itself
            return open_
        if op is sre.SUBPATTERN:
            _, add, remove, inner = av
            return self.sequence(inner, (flags | add) & ~remove, open_, closed)
        if op is sre.ATOMIC_GROUP:
            return self.sequence(av, flags, open_, closed)
        if op is sre.BRANCH:
            out = set()
            for branch in av[1]:
                out |= self.sequence(branch, flags, set(open_), closed)
            return out
        if op in _REPEATS:
            low, high, inner = av
            out, current = set(), set(open_)
            for times in range(self.size + 1):
                if times >= low:
                    out |= current
                if times >= high or not current:
                    return out
                current = self.sequence(inner, flags, current, closed)
            closed |= current  # more repetitions than characters read: cut where they stand
            return out
        closed |= open_  # a back-reference, a conditional group: the prefix ends here
        return set()


@cache
def _parsed(pattern: str) -> Any:
    """The parse tree of ``pattern`` (read, never changed: the scans of one pattern read it several times)."""
    return sre_parse.parse(pattern)


@cache
def prefixes(pattern: str, size: int = PREFIX_CHARS) -> frozenset[Prefix] | None:
    """The first ``size`` characters (fewer where the pattern ends or cannot be read further) of every match
    of ``pattern``, as tuples of one-character regexes; None when a match may be empty or start anywhere."""
    parsed = _parsed(pattern)
    if parsed.getwidth()[0] == 0:
        return None
    closed: set[Prefix] = set()
    try:
        closed |= _Reader(size).sequence(parsed.data, parsed.state.flags, {()}, closed)
    except _Unreadable:
        return None
    return None if () in closed else frozenset(closed)


_LETTERS = "".join(chr(c) for c in range(0x250) if chr(c).isalpha())  # Latin letters: in every text


def _first_class(fragments: set[str]) -> str | None:
    """One character class without flags, so that the engine skips ahead to it, holding every first character
    (the fragments' own classes and characters put together); None when a fragment is not a plain class or
    character (a negated class, any character, one under (?i)) or the class holds a letter: the scan would stop
    in most words and save nothing, the pattern is better searched as it is."""
    items = []
    for fragment in sorted(fragments):
        if fragment.startswith("\\U"):
            items.append(fragment)
        elif fragment.startswith("[") and not fragment.startswith("[^"):
            items.append(fragment[1:-1])
        else:
            return None
    first = f"[{''.join(items)}]"
    return None if re.search(first, _LETTERS) else first


@cache
def scan_for(pattern: str) -> re.Pattern[str] | None:
    """A scan whose matches start at every position where ``pattern`` can match (and a few more), each one
    character long so that none hides the next; None (see the module docstring). Rules with the same first
    characters share one scan (cached), so that :func:`hits` runs it once per text."""
    found = prefixes(pattern)
    if not found:
        return None
    first = _first_class({prefix[0] for prefix in found})
    if first is None:
        return None
    rest = sorted({"".join((f"(?<={prefix[0]})", "(?=", *prefix[1:], ")")) for prefix in found})
    return _compiled(f"{first}(?:{'|'.join(rest)})")


# --- a scan on the folded text, for patterns whose matches may start with a letter -----------------------------
# A class of letters would stop the engine in most words, and one under (?i) gives it no class to skip ahead to
# at all. On the folded text (ASCII letters in lower case, every character beyond ASCII one OTHER), a pattern's
# prefixes become alternatives that each open with one literal character ("j(?=an)|f(?=eb)|..."): the engine
# skips ahead to their first characters and tells the alternatives apart by that character alone.

OTHER = "\x80"  # every character beyond ASCII, in the folded text
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


def folded(text: str) -> str:
    """``text`` with its ASCII letters in lower case and every other character beyond ASCII as OTHER (the
    same length: position for position)."""
    return _BEYOND_ASCII.sub(OTHER, text).lower()


# the ASCII characters that (?i) also makes match a character beyond ASCII: İ and ı (i), ſ (s), the Kelvin sign
# (k), as the re documentation lists them (tests/dates/test_prefilter.py checks the list against every character)
ASCII_MATCHING_BEYOND = frozenset("iIsSkK")


def _may_match_beyond_ascii(fragment: str) -> bool:
    caseless = fragment.startswith("(?i:")
    body = fragment[4:-1] if caseless else fragment
    if re.fullmatch(r"\\U[0-9a-f]{8}", body):
        code = int(body[2:], 16)
        return code >= 128 or (caseless and chr(code) in ASCII_MATCHING_BEYOND)
    return True  # a class or any character: it may


@cache
def _folded_class(fragment: str) -> str:
    """The characters of the folded text that stand for a character ``fragment`` matches."""
    chars = [c for c in map(chr, range(128))
             if c == c.lower() and (re.fullmatch(fragment, c) or re.fullmatch(fragment, c.upper()))]
    return "".join(chars) + (OTHER if _may_match_beyond_ascii(fragment) else "")


def _in_class(chars: str) -> str:
    """A class of ``chars`` (ASCII and OTHER), runs of three or more written as ranges: shorter to compile."""
    codes = sorted({ord(c) for c in chars})
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"\\x{codes[i]:02x}-\\x{codes[j]:02x}")
        else:
            parts.extend(f"\\x{code:02x}" for code in codes[i: j + 1])
        i = j + 1
    return "[" + "".join(parts) + "]"


def word_starts(folded_text: str) -> str:
    """The :func:`folded` text with every letter that follows a letter, a figure or ``_`` in upper case (the
    same length): a lower-case letter is one that may open a word (one after OTHER too, which may stand for a
    character other than a word character)."""
    return folded_text.title().swapcase()  # title(): upper case after an uncased character, else lower


def _either_case(chars: str) -> str:
    return chars + "".join(c.upper() for c in chars if "a" <= c <= "z")


@cache
def folded_scan_for(pattern: str, on_word_starts: bool = False) -> re.Pattern[str] | None:
    """A scan of the folded text (:func:`folded`; ``on_word_starts``: of :func:`word_starts`, for a pattern
    that opens after a character other than a word character) whose matches start at every position where
    ``pattern`` can match in the text (and a few more), each one character long; None when the pattern may
    match the empty string."""
    found = prefixes(pattern)
    if not found:
        return None
    sequences: set[tuple[str, ...]] = set()
    for prefix in found:
        classes = [_folded_class(fragment) for fragment in prefix]
        if not all(classes):
            continue  # a character no text holds: the prefix never matches
        rest = [_either_case(chars) if on_word_starts else chars for chars in classes[1:]]
        sequences.add((classes[0], *rest))
    if not sequences:
        return None
    return _compiled(_opening(_continuations(sequences), after_non_word=on_word_starts))


# a branch of a word-start scan: the character it consumes follows none of these (digits have no case to show it)
_AFTER_NON_WORD = "(?<![0-9A-Za-z_].)"


def _opening(continuations: dict[str, str], after_non_word: bool = False) -> str:
    """The scan: one character consumed, the rest a lookahead; a branch per first character, each opening with
    its literal so that the engine skips ahead to the first characters of all of them."""
    branches = []
    for rest, chars in continuations.items():
        tail = (_AFTER_NON_WORD if after_non_word else "") + (f"(?={rest})" if rest else "")
        branches += [f"\\x{ord(char):02x}{tail}" for char in chars]
    return "|".join(sorted(branches))


def _continuations(sequences: set[tuple[str, ...]]) -> dict[str, str]:
    """The sequences (classes of characters, each the string of its members) by their first class: each
    continuation as a regex (:func:`_merged`) with the characters it follows, the first classes whose
    continuations are alike put together."""
    after: dict[str, set[tuple[str, ...]]] = {}
    for sequence in sequences:
        after.setdefault(sequence[0], set()).add(sequence[1:])
    heads: dict[str, str] = {}
    for chars, rests in sorted(after.items()):
        rest = _merged(rests)
        heads[rest] = "".join(sorted(set(heads.get(rest, "") + chars)))
    return heads


def _merged(sequences: set[tuple[str, ...]]) -> str:
    """A regex matching a text's start exactly when one of ``sequences`` does, as a tree (the sequences that
    share a first class share it; first classes with alike continuations are one class). A sequence that ends
    makes its longer ones redundant: the scan looks ahead, it consumes nothing."""
    if () in sequences:
        return ""
    branches = [_in_class(chars) + rest for rest, chars in _continuations(sequences).items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def opens_after_non_word(pattern: str) -> bool:
    """Whether every match of ``pattern`` follows a character other than a word character (or the text's
    start): the pattern opens, before any character, with a lookbehind ``(?<![\\w...])``."""
    for op, av in _parsed(pattern).data:
        if op is sre.ASSERT_NOT and av[0] == -1 and _is_word_class(av[1]):
            return True
        if op not in _ZERO_WIDTH:
            return False
    return False


def _is_word_class(items: Any) -> bool:
    """One class, not negated, holding every word character."""
    if len(items) != 1 or items[0][0] is not sre.IN:
        return False
    members = items[0][1]
    return (sre.CATEGORY, sre.CATEGORY_WORD) in members and all(op is not sre.NEGATE for op, _ in members)


@cache
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(source)


def hits(scan: re.Pattern[str], text: str) -> list[int]:
    """The positions ``scan`` finds in ``text``."""
    return [found.start() for found in scan.finditer(text)]


def finditer(regex: re.Pattern[str], starts: list[int] | None, text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, trying ``regex`` only at ``starts`` (the :func:`hits` of its scan; None:
    everywhere)."""
    if starts is None:
        yield from regex.finditer(text)
        return
    pos = 0
    for at in starts:
        if at < pos:
            continue
        match = regex.match(text, at)
        if match is not None:
            yield match
            pos = match.end()  # never the empty string: a pattern that can match it has no scan


@cache
def scan_of(pattern: str) -> tuple[re.Pattern[str] | None, Reads]:
    """The scan of ``pattern`` and what it reads: the text itself when every match starts with a figure or a
    sign, the word starts when every match opens after a character other than a word character, else the
    folded text (None: no scan, the pattern is tried everywhere)."""
    scan = scan_for(pattern)
    if scan is not None:
        return scan, "text"
    if opens_after_non_word(pattern):
        return folded_scan_for(pattern, on_word_starts=True), "starts"
    return folded_scan_for(pattern), "folded"


class Views:
    """What the scans of one text read (:data:`Reads`), each made once, when first asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._made: dict[Reads, str] = {"text": text}

    def __getitem__(self, reads: Reads) -> str:
        made = self._made.get(reads)
        if made is None:
            made = folded(self.text) if reads == "folded" else word_starts(self["folded"])
            self._made[reads] = made
        return made


def scanned_finditer(regex: re.Pattern[str], views: Views) -> Iterator[re.Match[str]]:
    """``regex.finditer(views.text)`` with ``regex`` tried only where its scan finds a start."""
    scan, reads = scan_of(regex.pattern)
    if scan is None:
        return regex.finditer(views.text)
    return finditer(regex, hits(scan, views[reads]), views.text)
