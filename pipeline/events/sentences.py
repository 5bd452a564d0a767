"""Sentences with exact offsets: the unit events are read from (a title or heading line is a sentence)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline import config
from pipeline.records import Span

# a sentence ends at . ! ? (and closing quotes) before white space and a capital, digit or opening quote
_END = re.compile(r"(?<=[.!?])[\"”’»)]*\s+(?=[\"“‘«(]?[A-ZÀ-Þ0-9])"
                  r"|(?<=[a-zß-ÿ]{2}[.!?])(?=[A-ZÀ-Þ])"  # also paragraphs run together: "attention.VETS"
                  r"|(?<=\d[,.’']\d{3})(?=[A-ZÀ-Þ][a-zß-ÿ])")  # a list item's amount glued on: "$300,000This"
_LINE = re.compile(r"[^\n]+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.|\b[A-Z][a-z]{0,2}\.|\b\w\.\w\.|\bnr\.|\bNo\.|\bvs\.|\bca\.|\bz\.B\.)$")
_LIST_ITEM = re.compile(r";\s+(?=[a-z]\)|[-•])")


def sentences(text: str) -> Iterator[Span]:
    """Every sentence of ``text``: lines split at sentence ends (not after abbreviations such as "Mr." or
    "U.S."), over-long ones also at list items ("a) ...; b) ..."); what is still over-long (text without
    sentence punctuation) is left out."""
    for line in _LINE.finditer(text):
        start = line.start()
        for piece_start, piece_end in _pieces(line.group(), start):
            while piece_start < piece_end and text[piece_start].isspace():
                piece_start += 1
            while piece_end > piece_start and text[piece_end - 1].isspace():
                piece_end -= 1
            if piece_end > piece_start:
                yield Span(piece_start, piece_end, text[piece_start:piece_end])


def _pieces(line: str, offset: int) -> Iterator[tuple[int, int]]:
    begin = 0
    for match in _END.finditer(line):
        if _ABBREVIATION.search(line[begin:match.start()].rstrip("\"”’»)")):
            continue
        yield from _short(line, begin, match.start(), offset)
        begin = match.end()
    yield from _short(line, begin, len(line), offset)


def _short(line: str, start: int, end: int, offset: int) -> Iterator[tuple[int, int]]:
    if end - start <= config.EVENT_MAX_SENTENCE_CHARS:
        yield offset + start, offset + end
        return
    begin = start
    for match in _LIST_ITEM.finditer(line, start, end):
        if match.start() + 1 - begin <= config.EVENT_MAX_SENTENCE_CHARS:
            yield offset + begin, offset + match.start() + 1
        begin = match.end()
    if end - begin <= config.EVENT_MAX_SENTENCE_CHARS:
        yield offset + begin, offset + end
