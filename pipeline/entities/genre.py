"""Names the press-release genre misleads a statistical model into, fixed from the language data:

- a title with what follows it is no organisation or place ("Secrétaire général des Nations Unies", "Ministre
  suédois des affaires étrangères", "Minister for Regional Development"): the title phrase is dropped so that
  the alias table can find the body inside it ("Nations Unies", "ONU");
- a portfolio is no organisation: the words after a title and its preposition ("Minister for Regional
  Development, Territories and Local Government", "Secrétaire d'Etat à l'Asile et la Migration") or before a
  title ("Agriculture Minister Gordon Lyons"); a person named right after the portfolio keeps her name
  ("ministre de la Justice Koen Geens" -> "Koen Geens");
- months, weekdays, currency codes, the page's release labels ("Daily News", "Press Release") and words used
  as common acronyms ("SME", "APD") are no names;
- a name written in capitals (a headline, "SNOWE, COLLINS ANNOUNCE ...") takes the label of the same name written
  normally in the document; headline words that are words of the language ("ACTIVITÉS", "UNION ADDRESS") and
  named nowhere else are no names;
- one surface form has one label in a document: the alias table's or a rule's label, else the model's most
  frequent one; a single word that is the surname of a person named in full is that person."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from pipeline import config
from pipeline.entities.gazetteer import alias_table
from pipeline.entities.places import calendar_words, city_names
from pipeline.money.currency import currency_data
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, common_words, dictionary_words, load_language
from pipeline.textnorm import fold, is_acronym

LOWER = r"[a-zà-öø-ÿœ]"
PORTFOLIO_WORD = r"[A-ZÀ-Þ][\w\-]*"  # "Regional Development, Territories and Local Government"


@dataclass(frozen=True)
class GenreData:
    title_led: re.Pattern[str]  # a title at the start, then nothing, a lower-case word or a connector
    after_title: re.Pattern[str]  # a title and a preposition right before a portfolio
    before_title: re.Pattern[str]  # a title right after a portfolio ("Agriculture Minister Gordon Lyons")
    connector_words: frozenset[str]  # lower case
    portfolio: frozenset[str]  # lower case: the words of ministers' portfolios ("foreign", "affairs", "asile")
    labels: frozenset[str]  # folded release labels and page furniture ("daily news", "press release")
    common_acronyms: frozenset[str]
    code: str | None


@cache
def genre_data(code: str | None) -> GenreData:
    lang = load_language(code)
    english = load_language("en")
    titles = alternation(lang["role_titles"])
    modifiers = alternation(lang["role_modifiers"])
    connectors = [c for c in lang["name_connectors"] + lang["role_org_connectors"] + lang["articles"]
                  if c.isalpha() or c.endswith(("'", "’"))]
    connector = alternation(connectors)
    title = rf"(?i:(?:(?:{modifiers})[\s\-]+)*(?:{titles}))"
    labels = {fold(w) for source in (lang, english) for key in ("release_labels", "header_noise_lines")
              for w in source[key]}
    return GenreData(
        title_led=re.compile(rf"^{title}(?=$|\s+{LOWER}|\s+(?:{connector})(?:\s|$)|[’'](?!s\b))"),
        after_title=re.compile(rf"(?<![\w\-]){title}(?:\s+{LOWER}[\w\-]*)?\s+(?i:{connector})"
                               rf"(?:(?:[\s,]+|(?<=[’']))(?:{PORTFOLIO_WORD}|(?i:{connector})))*[\s’']*$"),
        before_title=re.compile(rf"^\s+{title}(?=\s+[A-ZÀ-Þ]|$)"),
        connector_words=frozenset(c.lower() for c in connectors + lang["coordination"]),
        portfolio=frozenset(w.lower() for w in lang.get("portfolio_words", [])),
        labels=frozenset(labels),
        common_acronyms=frozenset(lang["common_acronyms"]),
        code=code,
    )


def known_word(word: str, code: str | None, dictionary_only: bool = False) -> bool:
    """A word of the language's (or English) dictionary or, unless ``dictionary_only`` (the common-word lists
    hold frequent acronyms: "cicr"), common-word list; also as a plural."""
    lower = word.lower().strip(",;:'’")
    forms = {lower, lower[:-1]} if lower.endswith("s") and len(lower) > 3 else {lower}
    return any(f in dictionary_words(code) or f in dictionary_words("en") or (not dictionary_only and (
        f in common_words(code) or f in common_words("en"))) for f in forms)


@lru_cache(maxsize=config.KNOWN_NAME_CACHE)
def _known_name(text: str) -> bool:
    """A name the alias table or the city list knows."""
    return alias_table().lookup(text) is not None or text in city_names()[0]


def _portfolio_words(words: list[str], data: GenreData) -> bool:
    """Every word is a portfolio's word or a connector: "Foreign Affairs", "Asile", "Health and Human Services"."""
    content = [w.strip(",;:") for w in words if w.lower().strip(",;:") not in data.connector_words]
    return bool(content) and all(w.lower() in data.portfolio for w in content)


def model_mention(m: Mention, text: str, language: str | None) -> Mention | None:
    """A model mention as the genre reads it: None when it is no name, a person where a portfolio came
    before her name."""
    data = genre_data(language)
    name = m.text
    if fold(name) in data.labels or name in data.common_acronyms or _calendar_or_currency(name):
        return None
    if m.label == "PERSON":
        return m
    words = name.split()
    line_start = text.rfind("\n", 0, m.start) + 1
    if data.portfolio and data.after_title.search(text[max(line_start, m.start - config.MAX_PORTFOLIO_CHARS): m.start]):
        person = _person_after_portfolio(m, words, data)
        if person is not None or _portfolio_words(words, data):
            return person  # "(ministre de la) Justice Koen Geens"; "(Minister for) Foreign Affairs"
    if data.portfolio and _portfolio_words(words, data) \
            and data.before_title.match(text[m.end: m.end + config.MAX_PORTFOLIO_CHARS]):
        return None  # "Agriculture (Minister Gordon Lyons)"
    if not _known_name(name) and data.title_led.match(name):
        return None  # "Secrétaire général des Nations Unies": the title, then the alias table inside it
    return m


def _person_after_portfolio(m: Mention, words: list[str], data: GenreData) -> Mention | None:
    """"(ministre de la) Justice Koen Geens": the portfolio's words, then two or more name words."""
    position = 0
    while position < len(words) and words[position].lower() in data.portfolio:
        position += 1
    rest = words[position:]
    if position == 0 or len(rest) < 2 or not all(w[:1].isupper() and not known_word(w, data.code) for w in rest):
        return None
    start = m.start + m.text.index(rest[0], sum(len(w) for w in words[:position]))
    return Mention(start, m.end, m.text[start - m.start:], "PERSON", m.method, m.model_label)


def _calendar_or_currency(name: str) -> bool:
    return name.lower() in calendar_words() or name in currency_data()["codes"]


def _capitals(name: str) -> bool:
    return not any(c.islower() for c in name) and sum(c.isalpha() for c in name) >= 2


def _acronym_like(name: str) -> bool:
    """"NEG", "HELP": one short word in capitals is an acronym, whatever word it spells."""
    return " " not in name and sum(c.isalpha() for c in name) <= config.MAX_ACRONYM_WORD_LETTERS


def resolve(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """Headline names and surnames take the label the document gives them elsewhere; one form, one label."""
    persons = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}
    votes = Counter((m.text, m.label) for m in mentions if m.method == "model")
    written = [k for k in mentions if not _capitals(k.text)]
    context = (_labels_of(written), {fold(k.text) for k in written}, {fold(p) for p in persons})
    out = []
    for m in mentions:
        mostly_place = m.label == "LOC" and votes[m.text, "PERSON"] + 1 < votes[m.text, "LOC"]
        if m.method == "model" and " " not in m.text and m.text in persons and m.label != "PERSON" \
                and not _known_name(m.text) and not mostly_place:
            out.append(replace(m, label="PERSON"))  # "Enzi", "Trump (campaign)"; not a place it mostly is ("Arkansas")
        elif _capitals(m.text) and m.method != "gazetteer" and not _acronym_like(m.text) \
                and not (m.method == "rule" and is_acronym(m.text)):
            out.extend(_headline_name(m, context, language))
        else:
            out.append(m)
    return _one_label_per_form(out)


def _headline_name(m: Mention, context: tuple[dict[str, str], set[str], set[str]],
                   language: str | None) -> list[Mention]:
    """A name in capitals with the label of its form written normally ("SNOWE" of "Olympia Snowe"); nothing for
    headline words named nowhere else ("ACTIVITÉS", "UNION ADDRESS") unless their usual spelling is a known
    name ("DEN HAAG", a dateline). ``context``: the labels of the forms
    written normally, those forms, and the folded surnames of the people named in full."""
    labels, forms, surnames = context
    key = fold(m.text)
    label = labels.get(key) or ("PERSON" if key in surnames else None)
    if label is None and key not in forms and not _known_name(m.text.title()) and any(
            len(w) >= 3 and known_word(w, language, dictionary_only=True) and not _known_name(w)
            for w in re.findall(r"[^\W\d_]+", m.text)):
        return []
    return [replace(m, label=label) if label and label != m.label else m]


def _labels_of(mentions: object) -> dict[str, str]:
    """Folded form -> its label: the first non-model label, else the model's most frequent one (none on a tie)."""
    votes: dict[str, Counter[str]] = {}
    fixed: dict[str, str] = {}
    for m in mentions:  # type: ignore[attr-defined]
        key = fold(m.text)
        if m.method != "model":
            fixed.setdefault(key, m.label)
        votes.setdefault(key, Counter())[m.label] += 1
    out = {}
    for key, counts in votes.items():
        ranked = counts.most_common(2)
        if key in fixed or len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            out[key] = fixed.get(key) or ranked[0][0]
    return out


def _one_label_per_form(mentions: list[Mention]) -> list[Mention]:
    labels = _labels_of(mentions)
    return [replace(m, label=labels[fold(m.text)]) if m.method == "model" and labels.get(fold(m.text), m.label)
            != m.label else m for m in mentions]
