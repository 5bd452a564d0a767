"""What a document says about its currencies beyond each amount: the currencies it names and the country it
is about. An ambiguous marker ("$", "¥", "francs", "pesos") and a marker read only in one country ("P29
billion" in a Philippine release) take their currency from here; the words come from the data files."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.money import currency as nm
from pipeline.resources.langdata import alternation, load_language

NO_COUNTRY = "XXX"  # ISO 4217 "no currency": phrases that name no currency country ("Gulf of Mexico")


@dataclass(frozen=True)
class Country:
    """The currency of the country a document is about, with the evidence (mentions of its words)."""
    currency: str
    mentions: int
    runner_up: int

    def evidence(self) -> str:
        return f"the document is about its country ({self.mentions} mentions against {self.runner_up})"


@cache
def _country_words(code: str | None) -> tuple[re.Pattern[str], dict[str, str]]:
    lang = load_language(code)
    table: dict[str, list[str]] = lang.get("currency_countries", {})
    owner = {word: iso for iso, words in table.items() for word in words}
    return re.compile(rf"(?<![\w.])(?:{alternation(owner)})(?![\w])"), owner


def document_country(text: str, language: str | None) -> Country | None:
    """The currency country the document is plainly about: its words (name, people, capital, regions) are
    written at least COUNTRY_MIN_MENTIONS times and COUNTRY_DOMINANCE times as often as those of any other
    currency country. ``None`` when no country stands out (a US release naming Canada twice stays USD)."""
    pattern, owner = _country_words(language)
    if not owner:
        return None
    counts = Counter(owner[m.group(0)] for m in pattern.finditer(text))
    counts.pop(NO_COUNTRY, None)
    if not counts:
        return None
    (top, top_count), *rest = [*counts.most_common(2), ("", 0)]
    runner_up = rest[0][1]
    if top_count < config.COUNTRY_MIN_MENTIONS or top_count < config.COUNTRY_DOMINANCE * runner_up:
        return None
    return Country(top, top_count, runner_up)


def resolve(key: str, named: set[str], country: Country | None) -> tuple[str | None, str]:
    """Currency of an ambiguous marker or name family (``$``, ``¥``, ``franc``, ``peso``) and the reason:
    the one other currency of its family that ``named`` holds (the earlier amounts' currencies), else the
    country the document is about (for the families read by country), else the family's default (``None``:
    the amount is not kept)."""
    rule = nm.currency_data()["ambiguous"][key]
    family, default = rule["family"], rule["default"]
    others = sorted(c for c in named if c in family and c != default)
    if len(others) == 1 and default not in named:
        return others[0], f"{key} read as {others[0]}: an earlier amount names {others[0]} and none {default}"
    if country is not None and country.currency in rule.get("none_in_countries", ()):
        return None, f"{key}: not money in a document about a {country.currency} country"
    if rule.get("by_country") and country is not None and country.currency in family:
        return country.currency, f"{key} read as {country.currency}: {country.evidence()}"
    if default is None:
        return None, f"{key}: no currency named and no country of its family stands out"
    return default, f"{key} read as {default} (default; the document names no other currency of the {key} family)"


def active_context_symbols(country: Country | None) -> tuple[str, ...]:
    """The context-only markers ("P", "Php", "kr") that the document's country makes currency symbols."""
    if country is None:
        return ()
    cur = nm.currency_data()
    return tuple(sorted(symbol for symbol, rule in cur.get("context_symbols", {}).items()
                        if country.currency in rule["currencies"]))
