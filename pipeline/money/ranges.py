"""Ranges of amounts: two amounts that share a ``range_id``. "between €2 and €3 million" joins two found
amounts; "between 2 and 3 million euros", "2 bis 3 Millionen Euro" and "between EUR 2 and 3 million" give
the figure written without a currency its own amount, with the currency and scale word of the other."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipeline import config
from pipeline.money import currency as nm
from pipeline.records import Money
from pipeline.resources.langdata import LangData, alternation, load_language

YEAR = re.compile(r"(?:19|20)\d\d")


def scale_of(text: str, scales: dict[str, str]) -> str | None:
    match = re.search(rf"\d\s?({alternation(scales)})(?!\w)", text)
    return match.group(1) if match else None


def _joiner(lang: LangData, joiner: str, started: bool) -> bool:
    """A range joiner; "and"/"en"/"et"/"und" only after a range start ("between")."""
    return started or joiner.lower() not in {w.lower() for w in lang["coordination"]}


def _figure(lang: LangData, scales: dict[str, str]) -> str:
    return rf"(?<![\w.,])(?P<num>{nm.NUMBER})(?![\d%])(?:[\s\-]?(?P<sc>{alternation(scales)})(?!\w))?"


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A bare figure and joiner before an amount, a joiner and bare figure after one, a range start."""
    lang = load_language(code)
    scales = nm.scale_table(lang["scales"])
    joiners = alternation(lang["range_joiners"] + lang["coordination"])
    starts = alternation(lang["range_starts"]) if lang["range_starts"] else r"(?!x)x"
    before = re.compile(rf"(?:(?<!\w)(?P<start>(?i:{starts}))\s+)?{_figure(lang, scales)}\s*(?P<j>(?i:{joiners}))\s*$")
    after = re.compile(rf"\s*(?P<j>(?i:{joiners}))\s*{_figure(lang, scales)}")
    return before, after, re.compile(rf"(?<!\w)(?i:{starts})\s+$")


def bare_range_ends(text: str, amounts: list[Money], lang: LangData, scales: dict[str, str]) -> list[Money]:
    """The figure of a range written without its currency, as an amount of its own: before an amount
    ("between 2 and 3 million euros") or after one ("between EUR 2 and 3 million": the first takes the scale)."""
    if not amounts or not scales:
        return amounts
    before, after, start_words = _patterns(lang.code)
    out: list[Money] = []
    taken = [(a.start, a.end) for a in amounts]
    for index, a in enumerate(amounts):
        range_id = -(len(amounts) + index + 1)
        if a.range_id is not None:
            out.append(a)
            continue
        head = text[max(0, a.start - config.RANGE_LOOKBACK_CHARS): a.start]
        m = before.search(head)
        year = m is not None and not m.group("sc") and YEAR.fullmatch(m.group("num")) is not None  # "in 2020 to"
        if m and not year and a.text[:1].isdigit() and _joiner(lang, m.group("j"), bool(m.group("start"))):
            start = a.start - len(head) + m.start("num")
            end = a.start - len(head) + m.end("sc" if m.group("sc") else "num")
            scale = scales.get(m.group("sc") or "") or scales.get(scale_of(a.text, scales) or "")
            if not any(s < end and start < e for s, e in taken) and (value := _value(m.group("num"), scale, lang)):
                out.append(Money(start, end, text[start:end], value, a.currency, a.currency_basis, range_id))
                out.append(_with_range(a, a.value, range_id))
                continue
        m = after.match(text, a.end)
        if m and not a.text[:1].isdigit() and not scale_of(a.text, scales) and m.group("sc"):
            started = start_words.search(text[max(0, a.start - 20): a.start]) is not None
            end = m.end("sc")
            if _joiner(lang, m.group("j"), started) and not any(m.start("num") < e and s < end for s, e in taken):
                scale = scales[m.group("sc")]
                value = _value(m.group("num"), scale, lang)
                if value:
                    out.append(_with_range(a, a.value * Decimal(scale), range_id))
                    out.append(Money(m.start("num"), end, text[m.start("num"):end], value, a.currency,
                                     a.currency_basis, range_id))
                    continue
        out.append(a)
    return out


def _value(figure: str, scale: str | None, lang: LangData) -> Decimal | None:
    try:
        return nm.scaled(nm.parse_number(figure, lang["decimal_separator"]), scale)
    except ValueError:
        return None


def _with_range(a: Money, value: Decimal, range_id: int) -> Money:
    return Money(a.start, a.end, a.text, value, a.currency, a.currency_basis, range_id)


def join_between(text: str, amounts: list[Money], lang: LangData, scales: dict[str, str]) -> list[Money]:
    """"between €2 and €3 million", "from €2 to €3 million": one range; the first amount takes the
    second's scale word when it has none. "€2 and €3 million" without a range start stays two amounts."""
    coordination = {w.lower() for w in lang["coordination"]}
    joiners = alternation(lang["range_joiners"] + lang["coordination"])
    starts = alternation(lang["range_starts"])
    out = list(amounts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        between = re.fullmatch(rf"\s*(?i:({joiners}))\s*", text[a.end: b.start])
        if a.range_id is not None or b.range_id is not None or a.currency != b.currency or not between:
            continue
        started = re.search(rf"(?i:\b(?:{starts}))\s+$", text[max(0, a.start - 20): a.start])
        if between.group(1).lower() in coordination and not started:
            continue
        value = a.value
        b_scale = scale_of(b.text, scales)
        if b_scale and not scale_of(a.text, scales):
            value = a.value * Decimal(scales[b_scale])
        out[i] = _with_range(a, value, -(i + 1))
        out[i + 1] = _with_range(b, b.value, -(i + 1))
    return out
