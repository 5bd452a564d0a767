"""Run the date and money extractors over an external test suite (Microsoft Recognizers-Text cases,
``tests/data/dates-money``) and print pass rates per language and file.

Which cases count (the press-release subsets), and why:
- dates (calendar): the cases of ``DateTimeModel.json`` whose expected results are all dates, date ranges
  or date-times anchored in the calendar (a TIMEX value with a year or an explicit month: ``2016-11-07``,
  ``XXXX-04-22``, ``2016-11``, ``(2016-11-01,2016-11-08,P7D)``) and stated with a figure or a month name,
  plus the cases that expect no result at all (false friends). This is what releases state most.
- dates_relative (calendar and relative): the same, plus expressions resolved on the reference date
  ("yesterday", "next week", "vorige maand", "l'année dernière", "next Friday", ISO weeks), which the
  issue asks for too. Anaphora that need the previous sentence ("the day", "het jaar", "das Jahr") are
  left out, and so are days counted from an event the text narrates rather than from the publication date
  ("3 weeks later", "the day before", "de dag erna", "le lendemain"): a press release's "three weeks
  later" is not three weeks after it was published.
  In both, times of day alone, durations, recurring sets, weekday-only expressions the suite leaves
  unresolved (``XXXX-WXX-1``) and the present ("now") are left out, as are impossible calendar dates
  (30 February), which the extractor refuses by design.
- money: every case of ``CurrencyModel.json`` whose currency is an ISO 4217 currency our data knows
  (obsolete or exotic units such as "finnish markka" or "kwanza" are left out).
A date case passes when every expected expression is found (overlapping span) with the same value and
nothing else is found; a money case when every expected amount is found with the same value and currency."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from benchmarks import TEST_DATA
from pipeline.dates import extract_dates
from pipeline.evaluate import gate
from pipeline.money.amounts import extract_amounts
from pipeline.records import DateValue

DEFAULT_ROOT = TEST_DATA / "dates-money"
LANGUAGES = {"English": "en", "Dutch": "nl", "French": "fr", "German": "de"}
DATE_TYPES = {"datetimeV2.date", "datetimeV2.daterange", "datetimeV2.datetime"}
ANCHORED = re.compile(r"^\(?(?:\d{4}|XXXX)-\d{2}(?:-\d{2})?(?:T\d{2}(?::\d{2})?)?(?:,|\)|$)|^\d{4}$")
ISO_WEEK = re.compile(r"(\d{4})-W(\d{2})")
ANAPHORA = re.compile(  # "the day", "same week", "het jaar", "dezelfde maand", "das Jahr", "la journée"
    r"^(?:voor\s+)?(?:the|same|that|de|het|deze|dat|dezelfde|hetzelfde|das|dem|des|la)\s+"
    r"(?:day|week|weekend|month|year|dag|maand|jaar|jahr|jahres|journée)$", re.IGNORECASE)
COUNTED_FROM_EVENT = re.compile(  # "3 weeks later", "the day before", "de dag erna", "le lendemain": from an event
    r"(?:\b(?:later|später|plus tard)|\b(?:day|dag)\s+(?:before|after|ervoor|erna)"
    r"|^(?:le\s+)?(?:lendemain|veille)\b.*)$", re.IGNORECASE)
CALENDAR_WORD = re.compile(r"\d{4}|\d{1,2}\s*[./-]\s*\d{1,2}|[^\W\d_]{3,}\.?\s*\d|\d\S*\s+[^\W\d_]{3,}")
UNIT_TO_ISO = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "british pound": "GBP",
    "pound": "GBP", "pound sterling": "GBP", "swiss franc": "CHF", "japanese yen": "JPY", "yen": "JPY",
    "chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "canadian dollar": "CAD", "australian dollar": "AUD",
    "hong kong dollar": "HKD", "indian rupee": "INR", "rupee": "INR",
}


@dataclass(frozen=True)
class Case:
    language: str
    file: str
    text: str
    reference: str | None
    expected: tuple[dict[str, Any], ...]


def load_cases(root: Path, filename: str) -> list[Case]:
    cases = []
    for folder, code in LANGUAGES.items():
        path = root / folder / filename
        if not path.exists():
            continue
        for item in json.loads(path.read_text(encoding="utf-8-sig")):
            if "dotnet" in str(item.get("NotSupported", "")).lower():
                continue  # the reference implementation itself does not pass it
            ref = (item.get("Context") or {}).get("ReferenceDateTime")
            cases.append(Case(code, filename, item["Input"], ref, tuple(item.get("Results", []))))
    return cases


def _timex(result: dict[str, Any]) -> str:
    values = result.get("Resolution", {}).get("values") or [{}]
    return str(values[0].get("timex", ""))


def _possible(timex: str) -> bool:
    """Impossible calendar dates (30 February) are refused by design, so their cases are left out."""
    for year, month, day in re.findall(r"(\d{4}|XXXX)-(\d{2})-(\d{2})", timex):
        try:
            dt.date(2000 if year == "XXXX" else int(year), int(month), int(day))
        except ValueError:
            return False
    return True


def is_press_date_case(case: Case) -> bool:
    """Calendar-anchored dates, ranges and date-times (or no date at all); see the module docstring."""
    return all(r.get("TypeName") in DATE_TYPES and ANCHORED.match(_timex(r)) and CALENDAR_WORD.search(r["Text"])
               and _possible(_timex(r)) for r in case.expected)


def is_relative_date_case(case: Case) -> bool:
    """Calendar-anchored or resolved relative dates, ranges and date-times (or no date at all)."""
    return all(r.get("TypeName") in DATE_TYPES and (ANCHORED.match(_timex(r)) or ISO_WEEK.fullmatch(_timex(r)))
               and _possible(_timex(r)) and not ANAPHORA.match(r["Text"].strip())
               and not COUNTED_FROM_EVENT.search(r["Text"].strip()) for r in case.expected)


def _ours(value: str) -> tuple[str, str]:
    start, _, end = value.partition("/")
    return start, end or start


def _theirs(result: dict[str, Any]) -> tuple[str, str]:
    timex = _timex(result)
    week = ISO_WEEK.fullmatch(timex)
    if week:  # an ISO week: Monday to Sunday, as we write weeks
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if timex.startswith("("):
        start, end, _ = timex.strip("()").split(",")
        return start, end
    return timex, timex


def _same(ours: str, theirs: str) -> bool:
    """Equal values; a whole hour may be written T08 or T08:00; a range bound may be given at a finer
    granularity by the suite (their "2014-01-01" for our year "2014", "2020-05-01" for "2020-05")."""
    ours = ours[:-3] if ours.endswith(":00") else ours
    theirs = theirs[:-3] if theirs.endswith(":00") else theirs
    if theirs.startswith("XXXX") or ours.startswith("XXXX"):  # the year is not in the text: any year is right
        ours, theirs = "XXXX" + ours[4:], "XXXX" + theirs[4:]
    return theirs in (ours, ours + "-01", ours + "-01-01")


def _next_period(value: str) -> str:
    """The first day after a year, month or day: the suite writes most range ends exclusively ("1990s" ends
    2000-01-01, "the next 3 days" from 7 November end on the 11th)."""
    if re.fullmatch(r"\d{4}", value):
        return f"{int(value) + 1:04d}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()
    return value


def date_value_matches(ours: str, result: dict[str, Any]) -> bool:
    (a, b), (c, d) = _ours(ours), _theirs(result)
    return _same(a, c) and (_same(b, d) or (a != b and _same(_next_period(b), d)))


def check_date_case(case: Case) -> bool:
    published = case.reference[:16] if case.reference else None
    found: list[DateValue] = extract_dates(case.text, case.language, published)
    used: set[int] = set()
    for result in case.expected:
        start = result.get("Start", result.get("start", 0))
        end = start + len(result["Text"])
        match = next((i for i, d in enumerate(found) if i not in used and d.start < end and start < d.end
                      and date_value_matches(d.value, result)), None)
        if match is None:
            return False
        used.add(match)
    return len(used) == len(found)


def _iso(unit: str) -> str | None:
    return UNIT_TO_ISO.get(unit.lower())


def is_press_money_case(case: Case) -> bool:
    """Amounts in ISO currencies; a currency word with no amount ("the dollar rose") is not an amount."""
    return all(r.get("TypeName") == "currency" and _iso(r["Resolution"].get("unit", ""))
               and r["Resolution"].get("value") is not None for r in case.expected)


def check_money_case(case: Case) -> bool:
    found = extract_amounts(case.text, case.language)
    wanted = []
    for r in case.expected:
        try:
            value = str(r["Resolution"]["value"])  # the suite writes nl/fr/de decimals with a comma
            wanted.append((Decimal(value.replace(",", ".")), _iso(r["Resolution"]["unit"])))
        except (InvalidOperation, KeyError):
            return False
    return sorted((a.value, a.currency) for a in found) == sorted(wanted)


KINDS = ("dates", "dates_relative", "money")


def _subsets(date_cases: list[Case], money_cases: list[Case]) -> list[tuple[str, list[Case], Any, Any]]:
    return [("dates", date_cases, is_press_date_case, check_date_case),
            ("dates_relative", date_cases, is_relative_date_case, check_date_case),
            ("money", money_cases, is_press_money_case, check_money_case)]


def run(root: Path) -> dict[str, dict[str, float]]:
    """Pass rates: {"dates": {"en": 0.93, ...}, "dates_relative": ..., "money": ..., "dates_coverage": ...}."""
    results: dict[str, dict[str, float]] = defaultdict(dict)
    date_cases = load_cases(root, "DateTimeModel.json")
    money_cases = load_cases(root, "CurrencyModel.json")
    for kind, cases, chosen, check in _subsets(date_cases, money_cases):
        by_lang: dict[str, list[bool]] = defaultdict(list)
        total: dict[str, int] = defaultdict(int)
        for case in cases:
            if kind != "money" and not any(r.get("TypeName") in DATE_TYPES for r in case.expected) and case.expected:
                continue
            total[case.language] += 1
            if chosen(case):
                by_lang[case.language].append(check(case))
        for lang, passes in by_lang.items():
            results[kind][lang] = sum(passes) / len(passes)
            results[f"{kind}_cases"][lang] = len(passes)
            results[f"{kind}_coverage"][lang] = len(passes) / total[lang]
    return results


def failures(root: Path, language: str, kind: str = "dates", limit: int = 30) -> list[str]:
    """Failing cases, to work on the rules (``--show-failures``)."""
    name = "CurrencyModel.json" if kind == "money" else "DateTimeModel.json"
    chosen, check = next((c, k) for n, _, c, k in _subsets([], []) if n == kind)
    out = []
    for case in load_cases(root, name):
        if case.language == language and chosen(case) and not check(case):
            got = extract_amounts(case.text, language) if kind == "money" else \
                extract_dates(case.text, language, case.reference[:16] if case.reference else None)
            want = [(r["Text"], r["Resolution"] if kind == "money" else _timex(r)) for r in case.expected]
            out.append(f"{case.text!r}\n   want {want}\n   got  {[(g.text, getattr(g, 'value', '')) for g in got]}")
    return out[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalrules", description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="folder of the test cases")
    parser.add_argument("--floors", type=Path, help="JSON floors (keys rules.dates.en, rules.money.fr, ...)")
    parser.add_argument("--show-failures", metavar="LANG", help="print failing cases of one language")
    parser.add_argument("--kind", choices=KINDS, default="dates")
    args = parser.parse_args(argv)
    if args.show_failures:
        print("\n".join(failures(args.root, args.show_failures, args.kind, limit=400)))
        return 0
    results = run(args.root)
    for kind in KINDS:
        for lang in sorted(results[kind]):
            coverage = results[f"{kind}_coverage"][lang]
            print(f"rules {kind:<14} {lang}: {results[kind][lang]:6.1%} of {int(results[f'{kind}_cases'][lang]):4d} "
                  f"chosen cases ({coverage:.0%} of the language's {kind.split('_')[0]} cases)")
    scores = {f"rules.{k}.{lang}": v for k in (*KINDS, "dates_coverage", "dates_relative_coverage")
              for lang, v in results[k].items()}
    return gate(scores, args.floors, "rules", "evalrules") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
