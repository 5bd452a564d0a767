"""Money amounts: a currency symbol, code or name before or after a number, with scale words.

Number formats follow the document language (``6,7`` is 6.7 in nl/fr/de); all words come from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pipeline.langdata import LangData, alternation, load_language
from pipeline.normalize import money as nm
from pipeline.records import Money

NUMBER = r"\d{1,3}(?:(?:[.,]|[ \u00a0\u202f'’](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class AmountPatterns:
    lang: LangData
    regexes: tuple[re.Pattern[str], ...]
    scales: dict[str, str]
    names: dict[str, str]


@cache
def patterns_for(code: str | None) -> AmountPatterns:
    lang = load_language(code)
    cur = nm.currency_data()
    symbols = alternation(cur["symbols"])
    codes = r"\b(?:" + alternation(cur["codes"]) + r")\b"
    names = {k.lower(): v for k, v in lang["currency_names"].items()}
    name_alt = f"(?i:{alternation(lang['currency_names'])})(?!\\w)"
    scale_alt = alternation(lang["scales"])
    link = r"(?:\s*(?:d'|d’|de\s+|of\s+|an\s+)?)"  # "1,5 milliard d'euros", "10 millions de yuans"

    def one(p: str) -> str:
        return rf"(?<![\w.,])(?P<{p}n>{NUMBER})(?!\d)(?:\s?(?P<{p}sc>{scale_alt})(?!\w))?"

    pre = rf"(?P<pre>{symbols}|{codes})\s?"
    post = rf"(?:\s?(?P<post>{symbols}|{codes})|{link}\s?(?P<postname>{name_alt}))"
    second = rf"(?:\s*[-–]\s*(?:{symbols})?{one('b')})?"
    currency_first = re.compile(rf"{pre}{one('a')}{second}(?:{post})?")
    number_first = re.compile(rf"{one('a')}{second}{post}")
    return AmountPatterns(lang, (currency_first, number_first), dict(lang["scales"]), names)


def _longest_matches(text: str, pats: AmountPatterns) -> list[re.Match[str]]:
    found = [m for regex in pats.regexes for m in regex.finditer(text)]
    chosen: list[re.Match[str]] = []
    for match in sorted(found, key=lambda m: (m.start() - m.end(), m.start())):
        if all(match.end() <= c.start() or match.start() >= c.end() for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start())


def _currency(match: re.Match[str], pats: AmountPatterns) -> str | None:
    groups = match.groupdict()
    for group in ("pre", "post"):
        if groups.get(group):
            return str(groups[group])
    name = groups.get("postname")
    return name.lower() if name else None


def _iso(marker: str, pats: AmountPatterns) -> str:
    cur = nm.currency_data()
    if marker in cur["codes"]:
        return str(cur["codes"][marker])
    if marker in cur["symbols"]:
        return str(cur["symbols"][marker])
    return pats.names[marker.lower()]


def _values(match: re.Match[str], pats: AmountPatterns) -> list[Decimal]:
    sep = pats.lang["decimal_separator"]
    first = nm.parse_number(match["an"], sep)
    scale_a, scale_b = match["asc"], match["bsc"]
    if match["bn"] is None:
        return [nm.scaled(first, pats.scales.get(scale_a) if scale_a else None)]
    second = nm.parse_number(match["bn"], sep)
    shared = pats.scales.get(scale_b) if scale_b else None
    return [nm.scaled(first, pats.scales.get(scale_a) if scale_a else shared), nm.scaled(second, shared)]


def _named_currencies(text: str, pats: AmountPatterns, markers: list[str]) -> set[str]:
    cur = nm.currency_data()
    named = {_iso(m, pats) for m in markers if m not in cur["ambiguous"]}
    lowered = text.lower()
    named |= {iso for name, iso in pats.names.items() if name in lowered and name not in ("dollar", "dollars")}
    return named


def extract_amounts(text: str, language: str | None) -> list[Money]:
    """Every money amount in ``text``; ranges ("€2-3 million") give two amounts with one ``range_id``."""
    pats = patterns_for(language)
    matches = [(m, _currency(m, pats)) for m in _longest_matches(text, pats)]
    named = _named_currencies(text, pats, [c for _, c in matches if c])
    ambiguous = nm.currency_data()["ambiguous"]
    out: list[Money] = []
    for index, (match, marker) in enumerate(matches):
        assert marker is not None
        if marker in ambiguous:
            currency, basis = nm.resolve_ambiguous(marker, named)
        else:
            currency, basis = _iso(marker, pats), "explicit"
        try:
            values = _values(match, pats)
        except ValueError:
            continue
        range_id = index if len(values) > 1 else None
        for value in values:
            out.append(Money(match.start(), match.end(), match.group(0), value, currency, basis, range_id))
    return _join_between(text, out, pats)


def _join_between(text: str, amounts: list[Money], pats: AmountPatterns) -> list[Money]:
    """"between €2 and €3 million", "from €2 to €3 million": one range; the first amount takes the
    second's scale word when it has none. "€2 and €3 million" without a range start stays two amounts."""
    lang = pats.lang
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
        b_scale = _scale_of(b.text, pats)
        if b_scale and not _scale_of(a.text, pats):
            value = a.value * Decimal(pats.scales[b_scale])
        out[i] = Money(a.start, a.end, a.text, value, a.currency, a.currency_basis, range_id=-(i + 1))
        out[i + 1] = Money(b.start, b.end, b.text, b.value, b.currency, b.currency_basis, range_id=-(i + 1))
    return out


def _scale_of(text: str, pats: AmountPatterns) -> str | None:
    match = re.search(rf"\d\s?({alternation(pats.scales)})(?!\w)", text)
    return match.group(1) if match else None
