"""The scans of pipeline/dates/prefilter.py: a rule's pattern tried only where its scan finds a start gives
exactly the matches of ``regex.finditer``, for every rule of every language, on real releases and on
generated strings dense in figures and date words; and the prefixes read off a pattern are the right ones."""

from __future__ import annotations

import csv
import json
import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks import SHARED, TEST_DATA
from pipeline.dates import prefilter
from pipeline.dates.extract import compiled_rules
from pipeline.dates.patterns import patterns_for

LANGUAGES = ["en", "nl", "fr", "de", None]
DEV = TEST_DATA / "gold" / "dev"
SENATE = SHARED / "eval" / "corpus" / "us-senate-grimmer" / "grimmer_senate_press_releases_selected.jsonl"
SENATE_SAMPLE = 40


def _scans(language: str | None) -> list[tuple[re.Pattern[str] | None, prefilter.Reads]]:
    """The scan of every rule of a language and what it reads, as the extractor makes them."""
    return [prefilter.scan_of(regex.pattern) for _, regex in compiled_rules(language)]

# hand-written lines dense in the forms the digit-led rules read, in the four languages
DENSE = [
    "On 2020-05-01, 01/05/2020 and 1.5.2020 (also 05-01-20, 20200501, '98 and 2019/20) the fund paid $12 "
    "December 27 and € 5 on 12/05.",
    "Von 2015 bis 2018, am 3.4.2021 um 14.30 Uhr, im Jahr 2020-21 und 1990er Jahre; 24.-26. Mai 2022.",
    "Du 12/03 au 15/03/2019, le 1er mai 2020 à 18h30, les années 1980, en 2021-2022 et 1789.",
    "Op 12-03-2019 om 20.00 uur, tussen 2010 en 2015, in de jaren '90 en op 5/6; nr. 2019/123.",
    "Q1 2020, 2020 Q3, H2-2019, week 12 of 2021, 2021-W05, 31.12.1999, 1999-12-31T23:59, 29/02/2024.",
]


@cache
def real_texts() -> tuple[str, ...]:
    """The development texts that may be read (tune, tune-added) and a sample of Senate releases."""
    texts = []
    with (DEV / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["split"] in ("tune", "tune-added"):
                texts.append((DEV / "texts" / row["doc"]).read_text(encoding="utf-8"))
    if SENATE.exists():
        with SENATE.open(encoding="utf-8") as handle:
            for _, line in zip(range(SENATE_SAMPLE), handle, strict=False):
                texts.append(json.loads(line)["text"])
    return tuple(texts)


def _same_matches(language: str | None, text: str) -> None:
    views = prefilter.Views(text)
    for (rule, regex), (scan, reads) in zip(compiled_rules(language), _scans(language), strict=True):
        starts = prefilter.hits(scan, views[reads]) if scan is not None else None
        expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
        found = [(m.span(), m.groups()) for m in prefilter.finditer(regex, starts, text)]
        assert found == expected, (rule.name, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_scanned_matches_are_finditer_matches_on_real_texts(language: str | None) -> None:
    for text in (*DENSE, *real_texts()):
        _same_matches(language, text)


def test_some_rules_have_a_scan_and_it_skips_most_positions() -> None:
    scans = [scan for scan, reads in _scans("en") if scan is not None and reads == "text"]
    assert len(scans) >= 5
    text = real_texts()[0]
    assert all(len(prefilter.hits(scan, text)) < len(text) / 10 for scan in scans)


def _words(language: str | None) -> list[str]:
    lang = patterns_for(language).lang
    words = [*lang["months"], *lang["weekdays"], *lang["ordinal_suffixes"], *lang["date_prepositions"],
             *lang["range_joiners"], *lang["offset_units"]]
    return sorted({w for w in words if w}) or ["May"]


TOKENS = ["2020", "1998", "12", "3", "05", "31", "1", "0", "-", "/", ".", ",", ":", " ", "  ", "'", "’", "$", "€",
          "(", ")", "T", "Q", "H", "W", "h", "\n", "x", "20", "21"]


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_scanned_matches_are_finditer_matches_on_generated_strings(language: str | None, data: st.DataObject) -> None:
    pieces = st.sampled_from([*TOKENS, *_words(language)])
    text = "".join(data.draw(st.lists(pieces, min_size=1, max_size=40)))
    _same_matches(language, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_match_start_is_a_hit(language: str | None) -> None:
    """Stronger than equal matches: wherever a rule's pattern matches (not only where finditer looks), its
    scan finds the position."""
    for text in DENSE:
        views = prefilter.Views(text)
        for (rule, regex), (scan, reads) in zip(compiled_rules(language), _scans(language), strict=True):
            if scan is None:
                continue
            hit = set(prefilter.hits(scan, views[reads]))
            for at in range(len(text)):
                if regex.match(text, at):
                    assert at in hit, (rule.name, language, text[at:at + 20])


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\w)\d{2}-x", {(r"[\d]", r"[\d]", r"\U0000002d", r"\U00000078")}),
    (r"(?<!\w)(?:a|bc)", {(r"\U00000061",), (r"\U00000062", r"\U00000063")}),
    (r"(?:\$\s)?1\d", {(r"\U00000024", r"[\s]", r"\U00000031", r"[\d]"), (r"\U00000031", r"[\d]")}),
    (r"(?i:a)b", {(r"(?i:\U00000061)", r"\U00000062")}),
    (r"(?P<n>\d)(?P=n)5", {(r"[\d]",)}),  # a back-reference ends the prefix
])
def test_prefixes(pattern: str, expected: set[tuple[str, ...]]) -> None:
    assert prefilter.prefixes(pattern, 4) == expected


@pytest.mark.parametrize("pattern", [r"\d*", r"(?:ab)?", r"(?=x)"])
def test_a_pattern_that_can_match_nothing_has_no_prefixes(pattern: str) -> None:
    assert prefilter.prefixes(pattern) is None
    assert prefilter.scan_for(pattern) is None


@pytest.mark.parametrize("pattern", [r"(?<!\w)(?i:may)\s+\d", r"[^x]\d", r".\d", r"\w+"])
def test_a_pattern_that_may_start_with_a_letter_has_no_scan(pattern: str) -> None:
    assert prefilter.scan_for(pattern) is None


def test_scan_finds_overlapping_starts() -> None:
    scan = prefilter.scan_for(r"(?<!\d)\d\d\d")
    assert scan is not None
    assert prefilter.hits(scan, "a 12345 b") == [2, 3, 4]
    regex = re.compile(r"\d\d\d")
    assert [m.span() for m in prefilter.finditer(regex, prefilter.hits(scan, "12345"), "12345")] == [(0, 3)]


def test_the_ascii_characters_matching_beyond_ascii_under_ignorecase_are_listed() -> None:
    beyond = "".join(map(chr, range(128, 0x110000)))
    found = {c for c in map(chr, range(128)) if re.search(f"(?i:{re.escape(c)})", beyond)}
    assert found == prefilter.ASCII_MATCHING_BEYOND


@pytest.mark.parametrize("text", ["Der 3. März 2020", "le 1er août", "İstanbul, 12 May", "ſeptember 3", "\u212aW 5"])
def test_folded_text_keeps_positions(text: str) -> None:
    folded = prefilter.folded(text)
    assert len(folded) == len(text)
    assert all(f == c.lower() if c.isascii() else f == prefilter.OTHER for c, f in zip(text, folded, strict=True))


def test_a_letter_led_pattern_is_scanned_on_the_folded_text() -> None:
    scan = prefilter.folded_scan_for(r"(?<!\w)(?i:may|june)\s+\d")
    assert scan is not None
    text = "In MAY 3 and June 4, maybe 5; ſ May 6"  # "mayb": the fourth character is no space
    assert prefilter.hits(scan, prefilter.folded(text)) == [text.index("MAY"), text.index("June"), text.index("May 6")]
    # the Kelvin sign matches k under (?i): a pattern with k keeps the characters beyond ASCII
    kelvin = prefilter.folded_scan_for(r"(?i:k)m")
    assert kelvin is not None and prefilter.hits(kelvin, prefilter.folded("\u212am km")) == [0, 3]


AMOUNT_LINES = [
    "The EU gave €5 million, USD 2.3bn, $10K, 20 euros, two million dollars and half a billion pounds in 2020.",
    "Die Stadt zahlt 50.000,- Euro, Fr. 20.– und drei Millionen Franken; 1,5 Mrd. EUR bis 2025.",
    "La région verse 1,5 milliard d'euros, 10 millions de yuans et 300 000 € à 12 communes.",
    "De provincie geeft € 6,7 miljoen euro, 20 miljard dollar en twee miljoen euro aan 3 gemeenten.",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_scanned_amount_matches_are_finditer_matches(language: str | None) -> None:
    """The money rules use the same scans (:func:`prefilter.scanned_finditer`): the same matches, groups
    included, on real texts and lines dense in amounts of the four languages."""
    from pipeline.money.amounts import patterns_for as amount_patterns

    for regex in amount_patterns(language).regexes:
        for text in (*AMOUNT_LINES, *DENSE, *real_texts()):
            expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
            found = prefilter.scanned_finditer(regex, prefilter.Views(text))
            assert [(m.span(), m.groups()) for m in found] == expected


@pytest.mark.parametrize(("text", "opening"), [
    ("In May, dismay 3", "i m d"),
    ("Der 3. März 2020 im Mai", "d m r i m"),  # r after ä (OTHER): it may open a word
    ("l'été 2020, aujourd'hui", "l t a h"),
    ("Op 5 mei_2020 (nieuw)", "o m n"),
])
def test_word_starts_keeps_positions_and_lowers_only_letters_that_may_open_a_word(text: str, opening: str) -> None:
    starts = prefilter.word_starts(prefilter.folded(text))
    assert len(starts) == len(text)
    assert starts.lower() == prefilter.folded(text)
    assert " ".join(c for c in starts if c.islower()) == opening  # "été": é is OTHER, t may open a word


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<!\w)(?i:may)\s+\d", True),
    (r"(?<![\w$€£¥])(?<![$€£¥] )\d", True),
    (r"(?P<m>(?<!\w)may)", False),  # inside a group: not read (the folded text is scanned)
    (r"(?i:may)\s+\d", False),
    (r"(?<!\d)may", False),
    (r"(?<=\s)may", False),
    (r"(?<![^\w])may", False),
])
def test_opens_after_non_word(pattern: str, expected: bool) -> None:
    assert prefilter.opens_after_non_word(pattern) is expected


def test_a_scan_on_word_starts_skips_the_letters_inside_words() -> None:
    pattern = r"(?<!\w)(?i:may)\s+\d"
    assert prefilter.scan_of(pattern)[1] == "starts"
    text = "dismay 3, MAY 4, ÉMAY 5 and 2May 6"  # after É (OTHER): tried, the pattern decides; after 2: not
    views = prefilter.Views(text)
    hit = prefilter.hits(prefilter.scan_of(pattern)[0], views["starts"])  # type: ignore[arg-type]
    assert hit == [text.index("MAY"), text.index("MAY 5")]
    assert [m.start() for m in prefilter.scanned_finditer(re.compile(pattern), views)] == [text.index("MAY")]


def test_a_scan_on_word_starts_skips_the_figures_inside_numbers() -> None:
    pattern = r"(?<![\w\-])(?:\d|may)\d? (?i:may)"
    assert prefilter.scan_of(pattern)[1] == "starts"
    text = "On 12 May, 3 May and x4 May; may May"
    views = prefilter.Views(text)
    hit = prefilter.hits(prefilter.scan_of(pattern)[0], views["starts"])  # type: ignore[arg-type]
    # "2" follows a figure and "4" a letter: skipped; "May and" opens like "may May": tried
    assert hit == [text.index("12"), text.index("3 May"), text.index("May and"), text.index("may May")]


@settings(max_examples=200, deadline=None)
@given(sequences=st.sets(st.lists(st.sets(st.sampled_from("abc1 "), min_size=1).map("".join), min_size=1,
                                  max_size=3).map(tuple), min_size=1, max_size=6),
       text=st.text(alphabet="abc1 x", max_size=8))
def test_merged_scan_matches_where_one_sequence_matches(sequences: set[tuple[str, ...]], text: str) -> None:
    """The tree of sequences finds a position exactly when one sequence matches there (as a flat
    alternation of the sequences would)."""
    scan = re.compile(prefilter._opening(prefilter._continuations(sequences)))
    def matches_at(at: int) -> bool:
        return any(len(text) - at >= len(seq) and all(text[at + i] in chars for i, chars in enumerate(seq))
                   for seq in sequences)
    assert prefilter.hits(scan, text) == [at for at in range(len(text)) if matches_at(at)]


@pytest.mark.parametrize(("chars", "expected"), [
    ("a", "[\\x61]"), ("ba", "[\\x61\\x62]"), ("cab", "[\\x61-\\x63]"), ("abcx z", "[\\x20\\x61-\\x63\\x78\\x7a]"),
])
def test_a_class_writes_runs_as_ranges(chars: str, expected: str) -> None:
    assert prefilter._in_class(chars) == expected
    assert all(re.fullmatch(expected, c) for c in chars)
