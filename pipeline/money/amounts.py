"""Money amounts: a currency symbol, code or name before or after a number (written in figures or in
words), with scale words, ranges and cents. Number formats follow the document language (``6,7`` is
6.7 in nl/fr/de); every word comes from the data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from pipeline import config
from pipeline.dates import prefilter
from pipeline.money import context, ranges
from pipeline.money import currency as nm
from pipeline.numbers import number_words_pattern, spelled_value
from pipeline.records import Money
from pipeline.resources.langdata import LangData, alternation, load_language

YEAR = ranges.YEAR  # a plain figure that may be a year ("in 2020 euros")
CONTEXT_MARKER = "context"  # what _marker_currency returns for a marker the document's country reads ("P", "kr")
NUMBER = nm.NUMBER


@dataclass(frozen=True)
class AmountPatterns:
    lang: LangData
    regexes: tuple[re.Pattern[str], ...]
    scales: dict[str, str]
    names: dict[str, str]


def _symbols(extra_symbols: tuple[str, ...] = ()) -> str:
    """Currency symbols; prefixed dollars ("US$", "c $", "AUD$") in any case with an optional space,
    except the prefixes that are also words ("A$", "S$": only as written, so "a $5 fee" stays USD); and
    ``extra_symbols``, the context-only markers the document's country makes symbols ("P29 billion",
    "Php 5 billion", "kr 500")."""
    cur = nm.currency_data()
    exact = set(cur["dollar_prefixes_exact"])
    prefixes = sorted(cur["dollar_prefixes"], key=len, reverse=True)
    loose = "|".join(rf"{re.escape(p)}\s?\$" for p in prefixes if p not in exact)
    strict = "|".join(rf"{re.escape(p)}\$" for p in prefixes if p in exact)
    rules = cur.get("context_symbols", {})
    attached = [s for s in extra_symbols if rules[s]["attached"]]
    worded = [s for s in cur["symbols"] if s[:1].isalpha()] + [s for s in extra_symbols if not rules[s]["attached"]]
    signs = [s for s in cur["symbols"] if not s[:1].isalpha()]
    glued = rf"|(?<![\w$.,])(?:{alternation(attached)})(?=\d)" if attached else ""  # "P29 billion", not "P 29"
    suffixed = rf"\$\s?(?:{alternation(cur.get('dollar_suffixes', {}))})(?![A-Za-z])"  # "5 millions $ US", "$CAN"
    return (rf"(?<![\w$])(?:(?i:{loose})|{strict})|{suffixed}|(?<![^\W\d_])(?:{alternation(worded)})"
            rf"|{alternation(signs)}{glued}")


def _codes() -> str:
    """ISO codes, attached or not ("USD115", "115 usd"), with an optional million/thousand prefix
    ("MEUR", "kUSD"); in capitals or in lower case, never capitalised like a name ("1979 Ron Edmonds");
    codes that are also words ("TRY", "PEN") only in capitals."""
    cur = nm.currency_data()
    strict = set(cur["uppercase_only_codes"])
    loose = [c for c in cur["codes"] if c not in strict]
    upper = alternation(c for c in cur["codes"])
    lower = alternation(c.lower() for c in loose)
    multipliers = alternation(cur["code_multipliers"])
    return rf"(?<![A-Za-z])(?P<{{p}}mul>{multipliers})?(?:{upper}|{lower})(?![A-Za-z])"


@cache
def patterns_for(code: str | None, extra_symbols: tuple[str, ...] = ()) -> AmountPatterns:
    """The amount regexes of a language; ``extra_symbols``: the context-only symbols the document activates."""
    lang = load_language(code)
    symbols, codes = _symbols(extra_symbols), _codes()
    names = {k.lower(): v for k, v in lang["currency_names"].items()}
    name_alt = f"(?i:{alternation(lang['currency_names'])})(?!\\w)"
    scales = nm.scale_table(lang["scales"])
    scale_alt = alternation(scales)
    spelled = number_words_pattern(code)
    links = alternation(lang["amount_links"])  # "1,5 milliard d'euros", "10 millions de yuans"
    link = rf"(?:\s*(?:(?i:{links})(?<=['’])|(?i:{links})\s+)?)" if lang["amount_links"] else r"(?:\s*)"

    articles = lang.get("scale_articles", [])  # "a million dollars": the article is the figure one
    full_scales = alternation(w for w in scales if len(w) > 3 and w.isalpha())
    fractions = alternation(lang["fraction_words"])

    def one(p: str, after_marker: bool = False) -> str:
        # "USD115" is fine, "abc115" is not, nor the "911" of "E-911 CAD project" (a name with a number)
        before = r"(?<![\d.,])" if after_marker else r"(?<![\w.,])(?<![^\W\d_]-)"
        fraction = rf"(?:(?P<{p}frac>(?i:{fractions}))\s(?:(?i:{links})\s)?)?"  # "half a", "a quarter of a"
        art = (rf"|(?<!\w){fraction}(?P<{p}art>(?i:{alternation(articles)}))(?=\s(?:{full_scales})(?!\w))"
               if articles else "")
        zero_decimals = r"(?:[.,][-–](?![-–\d]))?"  # "50.000,- Euro", "Fr. 20.–"
        return (rf"(?:{before}(?P<{p}n>{NUMBER})(?![\d]|[.,]\d){zero_decimals}|(?P<{p}w>{spelled}){art})"
                rf"(?:[\s\-]?(?P<{p}sc>{scale_alt})(?!\w))?")  # "$600M", "$600-M", "$10K"

    pre = rf"(?P<pre>{symbols}|{codes.format(p='pre')})\s?"
    post_code = rf"(?P<post>{symbols}|{codes.format(p='post')})(?:\s(?P<psc>{scale_alt})(?!\w))?"
    post = rf"(?:{link}[\s\-]?{post_code}|{link}[\s\-]?(?P<postname>{name_alt}))"
    subunits = f"(?i:{alternation(lang['subunit_words'])})" if lang["subunit_words"] else r"(?!x)x"
    connectors = alternation(lang["coordination"] + lang["number_connectors"])
    cents = (rf"(?:\s+(?:(?i:{connectors})\s+)?(?:(?P<cents>\d{{1,2}})|(?P<centsw>{spelled}))"
             rf"(?:\s*{subunits}(?!\w)|(?=\s*(?:[.!?;](?!\d)|$))))?")  # not "1 pound 9.7 ounces"
    cents_marked = (rf"(?:\s+(?:(?i:{connectors})\s+)?(?:(?P<cents>\d{{1,2}})|(?P<centsw>{spelled}))"
                    rf"\s*{subunits}(?!\w))?")  # "$20 and 43c": one amount
    second = rf"(?:\s*[-–]\s*(?:{symbols})?{one('b')})?"
    name_after = rf"(?:{link}[\s\-]?(?P<postname>{name_alt}))"  # "€ 6,7 million euro": a name may repeat it
    currency_first = re.compile(
        rf"{pre}(?P<neg>[-−](?=\d))?{one('a', after_marker=True)}{second}(?:{name_after}|{cents_marked})")
    number_first = re.compile(rf"{one('a')}{second}{post}{cents}")
    return AmountPatterns(lang, (currency_first, number_first), scales, names)


def _longest_matches(text: str, pats: AmountPatterns) -> list[re.Match[str]]:
    views = prefilter.Views(text)
    found = [m for regex in pats.regexes for m in prefilter.scanned_finditer(regex, views)]
    chosen: list[re.Match[str]] = []
    for match in sorted(found, key=lambda m: (m.start() - m.end(), m.start())):
        if all(match.end() <= c.start() or match.start() >= c.end() for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start())


def _currency(match: re.Match[str]) -> tuple[str, str | None] | None:
    """The currency marker as written and its million/thousand prefix, if any."""
    groups = match.groupdict()
    for group in ("pre", "post"):
        if groups.get(group):
            return str(groups[group]), groups.get(f"{group}mul")
    name = groups.get("postname")
    return (name.lower(), None) if name else None


def _marker_currency(marker: str, multiplier: str | None, pats: AmountPatterns) -> str:
    """The ISO code a marker names, or the key of its entry in ``ambiguous`` ("$", "¥", "franc", "peso")."""
    cur = nm.currency_data()
    if marker.endswith("$") and len(marker) > 1:
        prefixes = {p.upper(): iso for p, iso in cur["dollar_prefixes"].items()}
        return str(prefixes[re.sub(r"\s", "", marker[:-1]).upper()])
    if marker.startswith("$") and len(marker) > 1:
        return str(cur["dollar_suffixes"][marker[1:].strip()])
    bare = marker[len(multiplier):] if multiplier else marker
    if bare.upper() in cur["codes"]:
        return str(cur["codes"][bare.upper()])
    if marker in cur["ambiguous"]:
        return marker
    if marker in cur["symbols"]:
        return str(cur["symbols"][marker])
    if marker in cur.get("context_symbols", {}):
        return CONTEXT_MARKER  # active only in a document about a country of its currencies
    return pats.names[marker.lower()]


def _number(match: re.Match[str], prefix: str, pats: AmountPatterns) -> Decimal:
    digits = match.group(f"{prefix}n")
    if digits:
        return nm.parse_number(digits, pats.lang["decimal_separator"])
    if match.groupdict().get(f"{prefix}art"):
        fraction = match.group(f"{prefix}frac")
        return Decimal(pats.lang["fraction_words"][fraction.lower()]) if fraction else Decimal(1)
    return spelled_value(match.group(f"{prefix}w"), pats.lang.code)


def _values(match: re.Match[str], pats: AmountPatterns, multiplier: str | None) -> list[Decimal]:
    groups = match.groupdict()
    first = _number(match, "a", pats)
    trailing = groups.get("psc") or (nm.currency_data()["code_multipliers"].get(multiplier) if multiplier else None)
    trailing_scale = pats.scales.get(trailing, trailing) if trailing else None
    scale_a = pats.scales.get(groups["asc"]) if groups.get("asc") else None
    if groups.get("bn") is None and groups.get("bw") is None:
        value = nm.scaled(first, scale_a or trailing_scale)
        if groups.get("neg"):  # "€ -12": a negative amount (losses, balances)
            value = -value
        cents = groups.get("cents") or groups.get("centsw")
        if cents and not scale_a:  # "5 euro 50", "3 euro en 50 cent", "thirteen dollars forty-five"
            cents_value = Decimal(cents) if cents.isdigit() else _spelled_cents(cents, pats)
            value += cents_value / 100
        return [value]
    second = _number(match, "b", pats)
    shared = pats.scales.get(groups["bsc"]) if groups.get("bsc") else trailing_scale
    return [nm.scaled(first, scale_a or shared), nm.scaled(second, shared)]


def _spelled_cents(words: str, pats: AmountPatterns) -> Decimal:
    """Spelled cents without their unit: French "cents" is also the number word hundred ("quarante-cinq cents")."""
    unit = alternation(pats.lang["subunit_words"])
    return spelled_value(re.sub(rf"[\s\-]*(?i:{unit})$", "", words) or words, pats.lang.code)


def _vague(text: str, match: re.Match[str], pats: AmountPatterns) -> bool:
    """A spelled figure after a vague quantity word ("a few hundred dollars", "einige tausend Euro"): no value."""
    vague = pats.lang.get("vague_quantity_words", [])
    if not vague or not match.groupdict().get("aw"):
        return False
    before = text[max(0, match.start() - config.MONEY_CONTEXT_CHARS): match.start()]
    return re.search(rf"(?<!\w)(?i:{alternation(vague)})\s+$", before) is not None


def _weighs(text: str, match: re.Match[str], pats: AmountPatterns) -> bool:
    """A currency name that is also a unit, used as the unit: "10 billion pounds of ore", "2 pounds and 5.4
    ounces", or anywhere in a text that weighs things ("the bag weighs ... nearly 3 pounds")."""
    lang = pats.lang
    after, before = lang.get("weight_words_after", []), lang.get("weight_words_before", [])
    if not (after or before):
        return False
    coordination = alternation(lang["coordination"])
    tail = text[match.end(): match.end() + config.MONEY_CONTEXT_CHARS]
    if after and re.match(rf"[\s,]+(?:(?i:{coordination})\s+)?(?:[\d.,]+\s*)?(?i:{alternation(after)})(?!\w)", tail):
        return True
    weighing = [w for w in before + after if w not in lang["amount_links"]]  # "of" says nothing far away
    return bool(weighing) and re.search(rf"(?<!\w)(?i:{alternation(weighing)})(?!\w)", text) is not None


def _year_with_currency(text: str, match: re.Match[str], pats: AmountPatterns) -> bool:
    """A year next to a currency word, not an amount: "in 2020 euros", "seit 2002 Euro-Bargeld", "the
    2021-2027 EUR budget" (a plain figure 1900-2099, no scale, after a year word, in a year range or
    before a compound)."""
    groups = match.groupdict()
    first, second = groups.get("an") or "", groups.get("bn")
    if not YEAR.fullmatch(first) or groups.get("asc") or groups.get("cents"):
        return False
    if second is not None:
        return YEAR.fullmatch(second) is not None
    if re.match(r"-[^\W\d_]", text[match.end(): match.end() + 2]):
        return True
    words = pats.lang.get("year_words_before_money", [])
    head = text[max(0, match.start() - config.MONEY_CONTEXT_CHARS): match.start()]
    return bool(words) and re.search(rf"(?<!\w)(?i:{alternation(words)})\s+$", head) is not None


def _weekday_date(text: str, match: re.Match[str], marker: str) -> bool:
    """"Fr. 12.03." is Friday the 12th of March, not 12.03 francs: a weekday abbreviation before day.month."""
    if marker not in nm.currency_data().get("markers_also_weekdays", []):
        return False
    day_month = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", match.group("an") or "")
    return bool(day_month and 1 <= int(day_month[1]) <= 31 and 1 <= int(day_month[2]) <= 12
                and text[match.end("an"): match.end("an") + 1] == ".")


def _word_code_as_label(match: re.Match[str], marker: str) -> bool:
    """A code that is also a word or an abbreviation ("COP30", "ARS 6 V12"), before a figure written
    against it or a bare one- or two-digit integer: a label with a number, not an amount."""
    if marker not in nm.currency_data()["uppercase_only_codes"]:
        return False
    digits = match.group("an") or ""
    attached = match.end("pre") == match.start("an")
    return attached or (re.fullmatch(r"\d{1,2}", digits) is not None and not match.group("asc"))


def _decide(text: str, match: re.Match[str], iso: str, pats: AmountPatterns, named: set[str],
            country: context.Country | None) -> tuple[str | None, str]:
    """The currency of one amount and why; ``named`` collects the explicit ones for the amounts after it
    (a writer names the currency first, then abbreviates: only earlier amounts count)."""
    ambiguous = nm.currency_data()["ambiguous"]
    if iso == CONTEXT_MARKER:
        return (country.currency, f"read as {country.currency}: {country.evidence()}") if country else (None, "")
    if iso in ambiguous:
        unit_use = ambiguous[iso].get("also_a_unit") and not named & set(ambiguous[iso]["family"])
        if unit_use and _weighs(text, match, pats):  # no earlier "£5 million" says the text counts money
            return None, "a weight"
        return context.resolve(iso, named, country)
    named.add(iso)
    return iso, "explicit"


def extract_amounts(text: str, language: str | None) -> list[Money]:
    """Every money amount in ``text``; ranges ("€2-3 million") give two amounts with one ``range_id``.
    An ambiguous marker takes its currency from the document (see :mod:`pipeline.money.context`); an
    amount whose currency the document leaves open ("500 pesos" in no particular country) is not kept."""
    country = context.document_country(text, language)
    pats = patterns_for(language, context.active_context_symbols(country))
    matches = [(m, c) for m in _longest_matches(text, pats)
               if (c := _currency(m)) and not (m.groupdict().get("pre") and (_word_code_as_label(m, c[0])
                                                                             or _weekday_date(text, m, c[0])))
               and not _vague(text, m, pats) and not _year_with_currency(text, m, pats)]
    named: set[str] = set()  # currencies the amounts so far name unambiguously ("C$ 5 million", "EUR 3 million")
    out: list[Money] = []
    for index, (match, (marker, multiplier)) in enumerate(matches):
        currency, basis = _decide(text, match, _marker_currency(marker, multiplier, pats), pats, named, country)
        if currency is None:
            continue
        try:
            values = _values(match, pats, multiplier)
        except ValueError:
            continue
        range_id = index if len(values) > 1 else None
        for value in values:
            out.append(Money(match.start(), match.end(), match.group(0), value, currency, basis, range_id))
    joined = ranges.join_between(text, out, pats.lang, pats.scales)
    return ranges.bare_range_ends(text, joined, pats.lang, pats.scales)
