"""Names where no statistical model runs (Dutch and German today): rules read from the language data.

- a title, possibly compounded ("partijvoorzitter", "Innenministerin", "MR-vicepremier"), before a name;
- a verb of saying before a name ("so Kopp", "sagte Krapp", "aldus Verlinden"), or after it where
  nouns are not capitalised ("Verlinden zegt");
- a name followed by an age ("Annelies Verlinden (46)");
- a name after a word for a kind of organisation ("het advocatenkantoor DLA Piper", "der Konzern Siemens"),
  and, where nouns are lower case, one capitalised word ending in an organisation keyword ("Overlegcomité");
- runs of capitalised words that are not sentence-initial function words nor, in German, common nouns:
  an organisation when a word is an organisation keyword ("Raad van State", "Hamburger Verfassungsschutz"),
  a person when two or more name-like words remain ("Detlev Zander").
Each returns mentions with method "rule"; the caller keeps the first of overlapping spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.entities.boundaries import complement_start
from pipeline.entities.gazetteer import alias_table
from pipeline.entities.givennames import end_after_surname, given_name_first, noun_before_given_name
from pipeline.entities.orgplaces import organisation_after_connector, split_coordinated
from pipeline.entities.places import city_names
from pipeline.records import Mention
from pipeline.resources.langdata import (
    LangData,
    alternation,
    common_words,
    dictionary_words,
    full_names,
    known_words,
    load_language,
)
from pipeline.textnorm import is_acronym

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĮİŁŃŇŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
WORD = rf"(?:(?:[{UPPER}]\.){{1,3}}(?=\s[{UPPER}])|[{UPPER}][\w'’&]*(?:-[{UPPER}]?[\w'’&]+)*)"  # "E.G. Izod"
SENTENCE_END = (".", "!", "?", ":", '"', "“", "”", "»", "«")


@dataclass(frozen=True)
class NamePatterns:
    lang: LangData
    title_name: re.Pattern[str]
    title_word: re.Pattern[str]
    said_name: re.Pattern[str]
    name_said: re.Pattern[str] | None
    name_age: re.Pattern[str]
    run: re.Pattern[str]
    function_words: frozenset[str]
    particles: frozenset[str]
    field_words: frozenset[str]  # inside a company name: "für", "und", "&" ("Gesellschaft für Sport und Freizeit mbH")
    genitive_articles: frozenset[str]  # "der", "des": "Ministerium der Justiz"
    lone_particles: frozenset[str]  # lower case, particles of one word: "de", "van", "von" (not "der" of "von der")
    indefinite_articles: frozenset[str]  # lower case: "ein", "een": "ein Zentrum für Langzeitpflege" is no name
    org_keywords: tuple[str, ...]  # lower case, also ending a compound: "Bundesministerium", "Landgericht"
    org_whole_words: frozenset[str]  # as written, whole words only: "AG", "GmbH", "e.V." (not "Tag", "Vertrag")
    inflected_keywords: tuple[str, ...]  # lower case, keywords with a case ending: "bundesamts", "instituts"
    field_prepositions: frozenset[str]  # "für", "zur": after an inflected keyword they make it a name
    keywords_after_name: frozenset[str]  # keywords that follow the name they end: "Hirzel Verlag", "Jet Airways"
    adjective_suffixes: tuple[str, ...]
    common_noun_suffixes: tuple[str, ...]  # lower case, where nouns are capitalised: "ung", "heit" ("Regierung")
    adjective_endings: tuple[str, ...]  # inflection of adjectives before a noun: "er", "e", "en" ("Evangelische")
    nouns_capitalised: bool
    common_words: frozenset[str]
    dictionary: frozenset[str]  # lower-case dictionary words, where the language has a list
    english_words: frozenset[str]  # English phrases are common in every language's releases
    number_words: frozenset[str]  # lower case: "vier", "zwei"
    given_names: frozenset[str]  # as written, where the language lists them: "Georg", "Renate"
    street_suffixes: tuple[str, ...]  # lower case: "straße", "straat": a name ending so is a street
    region_suffixes: tuple[str, ...]  # lower case: "land", "tal": "Berner Mittelland" is a region
    unit_words: frozenset[str]  # month, weekday, scale and currency names
    calendar_words: frozenset[str]  # month and weekday names as written: "September", "Montag"
    period_qualifiers: frozenset[str]  # one-word qualifiers of a period: "Anfang", "Mitte", "Ende"
    coordination: frozenset[str]
    type_name: re.Pattern[str] | None  # "het advocatenkantoor DLA Piper", "des Onlinebrokers Flatexdegiro"
    noun_name: re.Pattern[str] | None  # "Moderatorin Annabelle Mandeng", "zanger Bart Peeters": a person noun
    legal_form: re.Pattern[str] | None  # "GmbH", "AG", "B.V.", "GmbH & Co. KG" after a company's name


@cache
def name_patterns(code: str | None) -> NamePatterns:
    lang = load_language(code)
    particles = alternation(lang["name_particles"])
    gap = r"[^\S\n]+"  # names never run across lines
    name = rf"{WORD}(?:{gap}(?:(?:{particles}){gap})*{WORD}){{0,3}}"
    compound = r"(?:[\w]+-)?\w*" if lang.get("role_title_suffix_match") else ""
    titles = rf"(?<![\w\-]){compound}(?i:{alternation(lang['role_titles'])})"
    verbs = alternation(lang["speech_verbs"])
    links = alternation(lang["name_particles"] + lang["name_connectors"])
    honorifics = rf"(?:(?:{alternation(lang['honorifics'])})(?:{gap}|(?<=\.)))*"  # "Sachwalter Dr. Stefan Debus"
    nouns_capitalised = bool(lang["nouns_capitalised"])
    joiners = alternation([w for w in lang["coordination"] if w.isalpha()])
    word = rf"(?:{WORD}-(?={gap}(?:{joiners}){gap}[{UPPER}])|{WORD})"  # "Struktur- und Genehmigungsdirektion"
    return NamePatterns(
        lang=lang,
        title_name=re.compile(rf"{titles}{gap}{honorifics}(?P<name>{name})"),  # a heading's last word is no title
        title_word=re.compile(rf"{titles}$"),
        said_name=re.compile(rf"(?<![\w])(?i:{verbs}){gap}{honorifics}(?P<name>{name})"
                             rf"(?=\s*[.,;:!?]|\s+(?:[a-zäöüßàâçéèêëîïôûù]))"),
        name_said=None if nouns_capitalised else re.compile(rf"(?P<name>{name})\s+(?i:{verbs})(?![\w])"),
        name_age=re.compile(rf"(?P<name>{WORD}(?:{gap}(?:(?:{particles}){gap})*{WORD}){{1,3}})\s*\(\d{{1,3}}\)"),
        run=re.compile(rf"{word}(?:{gap}(?:(?:{links}){gap})*{word}){{0,6}}"),
        function_words=frozenset(lang["capitalised_function_words"] + lang["articles"]),
        particles=frozenset(w for p in lang["name_particles"] for w in p.split()),
        field_words=frozenset(lang.get("field_prepositions", []) + lang["coordination"]),
        genitive_articles=frozenset(lang.get("role_genitive_articles", [])),
        lone_particles=frozenset(p.lower() for p in lang["name_particles"] if " " not in p),
        indefinite_articles=frozenset(w.lower() for w in lang.get("indefinite_articles", [])),
        org_keywords=tuple(k.lower() for k in lang["org_keywords"] if not _whole_word_keyword(k)),
        inflected_keywords=tuple(k.lower() + ending for k in lang["org_keywords"] if not _whole_word_keyword(k)
                                 for ending in lang.get("keyword_case_endings", [])),
        field_prepositions=frozenset(lang.get("field_prepositions", [])),
        keywords_after_name=frozenset(lang.get("org_keywords_after_name", [])),
        org_whole_words=frozenset(k for k in lang["org_keywords"] if _whole_word_keyword(k)),
        adjective_suffixes=tuple(lang["adjective_suffixes"]),
        common_noun_suffixes=tuple(w.lower() for w in lang.get("common_noun_suffixes", [])),
        adjective_endings=tuple(lang.get("adjective_endings", [])),
        nouns_capitalised=nouns_capitalised,
        common_words=common_words(lang.code),
        dictionary=dictionary_words(lang.code),
        english_words=known_words("en") if lang.code != "en" else frozenset(),
        number_words=frozenset(w.lower() for w in lang["number_words"]),
        given_names=frozenset(lang.get("given_names", [])),
        street_suffixes=tuple(w.lower() for w in lang["street_suffixes"]) or ("\0",),
        region_suffixes=tuple(w.lower() for w in lang.get("region_suffixes", [])),
        unit_words=frozenset(w.lower() for w in full_names(lang["months"]) + full_names(lang["weekdays"])
                             + list(lang["scales"]) + list(lang["currency_names"])),
        coordination=frozenset(w for w in lang["coordination"] if w.isalpha()),
        calendar_words=frozenset(full_names(lang["months"]) + full_names(lang["weekdays"])),
        period_qualifiers=frozenset(q for q in lang["period_qualifiers"] if q.isalpha()),
        type_name=re.compile(rf"(?<![\w\-])[\w\-]*(?i:{alternation(lang['org_type_words'])})\s+(?P<name>{name})")
        if lang["org_type_words"] else None,
        noun_name=re.compile(rf"(?<![\w\-]){compound}(?i:{alternation(lang['person_nouns'])}){gap}{honorifics}"
                             rf"(?P<name>{name})")
        if lang.get("person_nouns") else None,
        legal_form=re.compile(rf"(?<=[^\S\n])(?:{alternation(lang['org_legal_forms'])})(?![\w\-])")
        if lang.get("org_legal_forms") else None,
    )


def _known_word(lower: str, pats: NamePatterns) -> bool:
    """A common word of the language or of English, or a number word ("Vier Projekte"); not the related
    language's dictionary, which lists first names ("hans", "jan"), nor a plural ("Peters" is a surname)."""
    return lower in pats.common_words or lower in pats.english_words or lower in pats.number_words


def _whole_word_keyword(keyword: str) -> bool:
    """Keywords written as acronyms or abbreviations ("AG", "GmbH", "e.V.", "vzw") name an organisation only as a
    word of their own: "Tag" and "Vertrag" end in "ag" but are no companies."""
    return not keyword.isalpha() or keyword.islower() or any(c.isupper() for c in keyword[1:])


def _person_words(words: list[str], pats: NamePatterns) -> bool:
    """Two or more name-like words: no lower-case word but particles, no common noun, no adjective first,
    not only words of the language's common-word list ("Schwere Vorwürfe", "Zwei Tage")."""
    capitalised = [w for w in words if w[:1].isupper()]
    if len(capitalised) < 2 or any(w[:1].islower() and w not in pats.particles for w in words):
        return False
    if any(w.endswith("-") for w in words):
        return False  # "zum Thema Asyl- und Fremdenrecht": half of a compound shared with the next word
    if pats.common_words and all(_known_word(w.lower(), pats) for w in capitalised):
        return False  # "Schwere Vorwürfe", "Human Rights", "Vier Projekte"
    if any(w.lower() in pats.unit_words for w in capitalised):
        return False  # "Oktober Parlamentswahlen", "Milliarden Euro"
    if given_name_first(capitalised, pats.given_names):
        return not _is_org(capitalised, pats)  # "Georg Herold", "Birgit Fischer": however frequent or adjective-like
    if pats.nouns_capitalised and (len(capitalised[0]) > config.MAX_FIRST_NAME + 2
                                   or capitalised[0].lower() in pats.common_words):
        return False  # "Rüstungsunternehmen Renk", "Grad Celsius"
    if any(_common_noun(w, pats) for w in capitalised) or _is_org(capitalised, pats):
        return False
    if pats.nouns_capitalised and any(len(w) > config.MAX_NAME_WORD and "-" not in w for w in capitalised):
        return False  # "Lienzer Kindergartenkindern": a compound noun, not a surname
    if any(re.search(r"-[^\W\d_A-ZÀ-Þ]", w) for w in capitalised):
        return False  # "WTA-toernooi van Pattaya", "Covid-uitbraak": a compound noun, not a name
    if pats.nouns_capitalised and _place_adjective(capitalised[0]):
        return False  # "Berner Mittelland", "Osttiroler Gerichte": an adjective of a place, then a noun
    if pats.nouns_capitalised and _inflected_adjective(capitalised[0], pats):
        return False  # "Strengere Kontrollen", "Großes Theater": an adjective, then a noun
    return not (pats.adjective_suffixes and any(w.lower().endswith(pats.adjective_suffixes) for w in capitalised))


def _inflected_adjective(word: str, pats: NamePatterns) -> bool:
    """An inflected adjective: its stem with other case endings makes common words ("Andere": "anderen",
    "anderes", "anderem"; "Weitere", "Neue"); a first name or a noun has at most one such form ("George":
    "Georgen", "Volker": "Volke", "Volkes"; "Familie": "Familien")."""
    lower = word.lower()
    for ending in sorted(pats.adjective_endings, key=len, reverse=True):
        stem = lower[: -len(ending)]
        if lower.endswith(ending) and len(stem) >= config.MIN_INFLECTED_WORD - 1:
            forms = sum(stem + other in pats.common_words for other in pats.adjective_endings if other != ending)
            return forms >= config.MIN_ADJECTIVE_FORMS
    return False


def _region_name(words: list[str], pats: NamePatterns) -> bool:
    """A place adjective and a noun for a kind of region ("Berner Mittelland", "Zürcher Oberland"; the
    language's `region_suffixes`)."""
    return len(words) == 2 and pats.nouns_capitalised and bool(pats.region_suffixes) \
        and words[1].lower().endswith(pats.region_suffixes) and _place_adjective(words[0])


def _place_adjective(word: str) -> bool:
    """German adjectives of places end in "-er" after the place's name ("Berner", "Tiroler", "Leipziger")."""
    if not word.endswith("er") or len(word) < config.MIN_INFLECTED_WORD + 2:
        return False
    place = word[:-2]
    entry = alias_table().lookup(place)
    return (entry is not None and entry.label == "LOC") or place in city_names()[0]


def _persons(text: str, regex: re.Pattern[str] | None, pats: NamePatterns) -> list[Mention]:
    if regex is None:
        return []
    out = []
    for match in regex.finditer(text):
        words = [(m.start() + match.start("name"), m.group(0)) for m in re.finditer(r"\S+", match.group("name"))]
        while len(words) > 1 and ((words[0][1] in pats.function_words and words[0][1].lower() not in pats.particles)
                                  or (pats.nouns_capitalised and _descriptor(words[0][1]))
                                  or pats.title_word.search(words[0][1])
                                  or noun_before_given_name(words, pats.given_names)):
            words = words[1:]  # "aldus Het ..." loses "Het"; "minister De Block" keeps its "De"; "Dr. ..." its title
        words = words[:_date_phrase_start(words, pats)]
        words = words[:complement_start([w for _, w in words], pats.lang.code)]  # "Femke Halsema van Amsterdam"
        words = end_after_surname(words, pats.given_names, pats.common_words, pats.nouns_capitalised)
        if not words:
            continue
        names = [w for _, w in words]
        if names == [w for w in names if w in pats.function_words]:
            continue  # "Hij zei": a pronoun, not a name
        if not _is_org(names, pats) and not any(_common_noun(w, pats) for w in names):
            start, end = words[0][0], words[-1][0] + len(words[-1][1])
            out.append(Mention(start, end, text[start:end], "PERSON", "rule"))
    return out


def _date_phrase_start(words: list[tuple[int, str]], pats: NamePatterns) -> int:
    """Where a date phrase after the name begins: a qualifier of a period and a month or weekday ("Staatsminister
    Klaus-Peter Murawski Anfang September in den Ruhestand" ends at "Murawski"); the words' count if none."""
    for i, (_, word) in enumerate(words[1:-1], start=1):
        if word in pats.period_qualifiers and words[i + 1][1] in pats.calendar_words:
            return i
    return len(words)


def _noun_persons(text: str, pats: NamePatterns) -> list[Mention]:
    """A name after a noun for a person ("Moderatorin Annabelle Mandeng", "Insolvenzverwalter Werner Schneider",
    "zanger Bart Peeters"): unlike a title, such a noun also comes before plain nouns ("die Spieler Angst
    machen"), so the name's first word is no common word, month or currency."""
    return [m for m in _persons(text, pats.noun_name, pats)
            if not _known_word(m.text.split()[0].lower(), pats) and m.text.split()[0].lower() not in pats.unit_words]


def _common_noun(word: str, pats: NamePatterns) -> bool:
    return pats.nouns_capitalised and word.lower().endswith(pats.common_noun_suffixes)


def _is_org(words: list[str], pats: NamePatterns) -> bool:
    return any(_keyword(words, i, pats) for i, w in enumerate(words) if w[:1].isupper() or w in pats.org_whole_words)


def _keyword(words: list[str], i: int, pats: NamePatterns) -> bool:
    """The i-th word is an organisation keyword; with a case ending ("des Bundesamts für Strahlenschutz", "des
    Instituts für ...") only before a field preposition: "des Konzerns Danone", "Andere Posts", "des Aufsichtsrats
    der Deutschen Bank" name a kind, a plural or a body of another organisation."""
    word = words[i]
    if word.lower().endswith(pats.org_keywords) or word in pats.org_whole_words:
        return True
    return bool(pats.inflected_keywords) and word.lower().endswith(pats.inflected_keywords) \
        and i + 1 < len(words) and words[i + 1] in pats.field_prepositions


def _after_lowercase(text: str, start: int, coordination: frozenset[str] = frozenset()) -> bool:
    """German: a capitalised word right after a lower-case word or an article may be a noun ("der Kirche")."""
    window = text[max(0, start - 30): start]
    before = window.split()
    if not before or "\n" in window[window.rfind(before[-1]):] or before[-1].endswith(SENTENCE_END):
        return False  # a new line or sentence: the capital says nothing
    return before[-1][:1].islower() and before[-1] not in coordination  # "und Francis Lomel" is a name


def _droppable(words: list[tuple[int, str]], text: str, pats: NamePatterns, nouns: bool = True) -> bool:
    start, first = words[0]
    if first in pats.function_words or first[:1].islower() or pats.title_word.search(first):
        return True
    if first in pats.given_names and len(words) > 1:
        return False  # "Mit Renate Bassen", "Kritiker Heribert Bruchhagen": a given name opens the name
    if nouns and noun_before_given_name(words, pats.given_names):
        return True  # "Hochspringer Sebastian Fels", "Familie Jakob Becker"
    if nouns and len(words) > 2 and (first.lower() in pats.common_words or first.lower() in pats.dictionary):
        return True  # "Politikwissenschaftler Uwe Jun", "Eigenaar Arthur Barnett": two words stay
    if nouns and pats.nouns_capitalised and len(words) > 1 and _descriptor(first):
        return True  # "CSU-Mann Hahn", "SWR-Landeskorrespondent Matthias Zahn"
    if not (nouns and pats.nouns_capitalised and len(words) > 1):
        return False
    previous = text[max(0, start - 12): start].split()[-1:]
    if _common_noun(first, pats):
        return True
    after_lowercase = _after_lowercase(text, start, pats.coordination) and not _name_pair(words, pats)
    return after_lowercase or (bool(previous) and previous[0] in pats.function_words)


def _name_pair(words: list[tuple[int, str]], pats: NamePatterns) -> bool:
    """German: two capitalised words that are no common words and are short enough to be a first name and
    a surname ("stellt Nora Back", "während Isabelle Schömann"), even after a lower-case word."""
    first, second = words[0][1], words[1][1]
    return bool(pats.common_words) and len(first) <= config.MAX_FIRST_NAME and len(second) <= config.MAX_NAME_WORD \
        and first.lower() not in pats.common_words and second.lower() not in pats.common_words


def _descriptor(word: str) -> bool:
    """An acronym joined to a noun describes a person, it does not name her: "AfD-Mann", "CSU-Mann"."""
    head, _, tail = word.partition("-")
    return bool(tail) and tail[:1].isalpha() and is_acronym(head) and len(head) >= 2


def _trim(words: list[tuple[int, str]], text: str, pats: NamePatterns, nouns: bool = True) -> list[tuple[int, str]]:
    """Drop leading function words, titles and (German, with ``nouns``) the noun after an article."""
    while words and _droppable(words, text, pats, nouns):
        words = words[1:]
    return _drop_tail(words, pats)


def _drop_tail(words: list[tuple[int, str]], pats: NamePatterns) -> list[tuple[int, str]]:
    """Names end capitalised: trailing lower-case and function words go."""
    while words and (words[-1][1][:1].islower() or words[-1][1] in pats.function_words):
        words = words[:-1]
    return words


def _runs(text: str, pats: NamePatterns) -> list[Mention]:
    """Capitalised runs: organisations by keyword, people by two or more name-like words."""
    out = []
    articles = _articles(pats)
    for match in pats.run.finditer(text):
        found = [(m.start() + match.start(), m.group(0)) for m in re.finditer(r"\S+", match.group(0))]
        for tokens in split_coordinated(found, pats.coordination, articles):  # "X en de TU Delft"
            out += _run_mentions(tokens, text, pats)
    return out


def _articles(pats: NamePatterns) -> frozenset[str]:
    return frozenset(a for a in pats.lang["articles"] if a.islower())


def _run_mentions(tokens: list[tuple[int, str]], text: str, pats: NamePatterns) -> list[Mention]:
    """One run: an organisation by keyword (and the people before it), else people."""
    out: list[Mention] = []
    trimmed = _trim(_after_heading(tokens, pats), text, pats, nouns=False)  # it keeps its leading noun
    org = _inner_organisation(trimmed, pats)
    if org is trimmed:  # "Onderzoekers van de Universiteit Utrecht", "Studie der Universität Freiburg"
        org = organisation_after_connector(trimmed, lambda names, i: _keyword(names, i, pats),
                                           pats.field_words | pats.genitive_articles | _articles(pats), pats.lang.code)
    names = [w for _, w in org]
    capitalised = [w for w in names if w[:1].isupper()]
    hyphen_org = len(names) == 1 and "-" in names[0] and names[0].split("-")[0].isupper()
    if names and names[0].lower() in pats.unit_words:
        return out  # "Montag der Kombination": a day, then a noun phrase
    if names and _is_org(names, pats) and (len(capitalised) >= 2 or hyphen_org) and _org_start(names, pats):
        if not _after_indefinite_article(text, org[0][0], pats):
            out.append(_mention(text, _org_end(org, pats), "ORG"))
        if org is trimmed:
            return out
        tokens = [t for t in tokens if t[0] < org[0][0]]  # "Kriminologin Bärbel Bongartz vom Zentrum für ..."
    out += _run_persons(tokens, text, pats)
    return out


def _run_persons(tokens: list[tuple[int, str]], text: str, pats: NamePatterns) -> list[Mention]:
    out = []
    for part in _person_parts(tokens, pats):  # "Quentin Tarantino en Robert Rodriguez"
        person = end_after_surname(_trim(part, text, pats), pats.given_names, pats.common_words, pats.nouns_capitalised)
        if _region_name([w for _, w in person], pats):
            out.append(_mention(text, person, "LOC"))  # "Berner Mittelland", "Zürcher Oberland"
            continue
        if person and len(person) <= config.MAX_RUN and _person_words([w for _, w in person], pats) \
                and not _subject_then_article(person, text, pats):
            street = person[-1][1].lower().endswith(pats.street_suffixes)  # "Emmericher Straße"
            out.append(_mention(text, person, "LOC" if street else "PERSON"))
    return out


def _inner_organisation(words: list[tuple[int, str]], pats: NamePatterns) -> list[tuple[int, str]]:
    """Where nouns are capitalised, a run that does not start as an organisation name may hold one after a
    lower-case connector: "Neuer Staatssekretär im Ministerium der Justiz und für Verbraucherschutz" holds
    "Ministerium der Justiz und für Verbraucherschutz", its words joined by genitive articles, field prepositions
    and coordination only; without such a connector it stays a noun ("in erster Linie der Landesregierung
    Versagen"), nor does it run into a place ("der Hizbullah-Miliz im Süden Libanons")."""
    names = [w for _, w in words]
    if not pats.nouns_capitalised or not _is_org(names, pats) or _org_start(names, pats):
        return words
    for i in range(1, len(words)):
        inner = names[i:]
        links = [w for w in inner if w[:1].islower()]
        if names[i - 1][:1].islower() and inner[0][:1].isupper() and not _is_org(names[:i], pats) \
                and links and all(w in pats.field_words or w in pats.genitive_articles for w in links) \
                and _org_start(inner, pats):
            return words[i:]
    return words


def _after_indefinite_article(text: str, start: int, pats: NamePatterns) -> bool:
    """"ein Zentrum für Langzeitpflege", "eine Stiftung für ...": a kind of organisation, not its name."""
    before = text[max(0, start - 12): start].split()[-1:]
    return bool(before) and before[0].lower() in pats.indefinite_articles


def _subject_then_article(words: list[tuple[int, str]], text: str, pats: NamePatterns) -> bool:
    """"In juni trekt Verlinden de Kamerlijst": after a verb, a name, then "de" and a noun, is a subject and an
    object, not a name with a particle ("van Felix de Mûelenaere" is one; "fractieleider, Jacco van Maldegem" has
    no article inside)."""
    if not any(w[:1].islower() and w in pats.function_words for _, w in words):
        return False
    before = text[max(0, words[0][0] - 30): words[0][0]].split()
    return bool(before) and before[-1] not in pats.particles and _after_lowercase(text, words[0][0])


def _after_heading(tokens: list[tuple[int, str]], pats: NamePatterns) -> list[tuple[int, str]]:
    """A heading glued to the sentence that follows it ("Debat Het Google Cultural Institute ...",
    "Persbericht De minister ..."): a word, then a capitalised article, starts a new sentence."""
    if len(tokens) > 2 and tokens[1][1] in pats.function_words and tokens[1][1][:1].isupper():
        return tokens[1:]
    return tokens


def _person_parts(tokens: list[tuple[int, str]], pats: NamePatterns) -> list[list[tuple[int, str]]]:
    """A run split where no personal name goes on: at lower-case words other than particles ("und", "vom",
    "en"), and at capitalised function words other than a particle ("Geographie Der Ort"; "Maggie De Block")."""
    parts: list[list[tuple[int, str]]] = [[]]
    for i, token in enumerate(tokens):
        if (token[1][:1].islower() and token[1] not in pats.particles) or (
                i and token[1] in pats.function_words and token[1].lower() not in pats.lone_particles):
            parts.append([])  # "Astronomie Die Himmelsschau": a heading, then a sentence
        else:
            parts[-1].append(token)
    return [p for p in parts if p]


def _org_start(names: list[str], pats: NamePatterns) -> bool:
    """Where every noun is capitalised, an organisation name starts with its keyword ("Ministerium für
    Arbeit") or with adjectives before it ("Hamburger Verfassungsschutz", "Allgemeine Deutsche
    Fahrradclub"); "Erfahrung für das Amt" is a noun phrase, not a name."""
    if not pats.nouns_capitalised:
        return True
    if len(names) >= 2 and names[-1] in pats.keywords_after_name and all(w[:1].isupper() for w in names):
        return True  # "Hirzel Verlag", "Kuwait National Airways": a name, then the keyword
    if len(names) > 2 and names[0].endswith("-") and names[1] in pats.coordination:
        names = names[2:]  # "Struktur- und Genehmigungsdirektion Süd": the compound it shares
    for i, word in enumerate(names[:config.MAX_ORG_ADJECTIVES + 1]):  # "Allgemeine Deutsche Fahrradclub"
        if _keyword(names, i, pats):
            return True
        if not (word[:1].isupper() and word.lower().endswith(pats.adjective_endings)):
            return False  # "Linie der Landesregierung" is no name
    return False


def _org_end(org: list[tuple[int, str]], pats: NamePatterns) -> list[tuple[int, str]]:
    """A name of two or more words ends before the acronym that follows its keyword: "Allgemeine Deutsche
    Fahrradclub ADFC Noten" is "Allgemeine Deutsche Fahrradclub" (but "Großbank HSBC" is a kind, then a
    name)."""
    for i, (_, word) in enumerate(org[:-1]):
        if i >= 1 and (word.lower().endswith(pats.org_keywords) or word in pats.org_whole_words) \
                and is_acronym(org[i + 1][1]):
            return org[:i + 1]
    return org


def _mention(text: str, words: list[tuple[int, str]], label: str) -> Mention:
    start, end = words[0][0], words[-1][0] + len(words[-1][1])
    return Mention(start, end, text[start:end], label, "rule")


def typed_organisations(text: str, language: str | None) -> list[Mention]:
    """A name right after a word for a kind of organisation: "het advocatenkantoor DLA Piper", "de bank ING",
    "des Onlinebrokers Flatexdegiro", "der Konzern Siemens"."""
    pats = name_patterns(language)
    if pats.type_name is None:
        return []
    out = []
    for match in pats.type_name.finditer(text):
        words = _drop_tail([(m.start() + match.start("name"), m.group(0))
                            for m in re.finditer(r"\S+", match.group("name"))], pats)
        first = words[0][1] if words else ""
        if words and first not in pats.function_words and first.lower() not in pats.common_words \
                and first.lower() not in pats.unit_words and not pats.title_word.search(first):
            out.append(_mention(text, words, "ORG"))
    return out


def legal_form_organisations(text: str, language: str | None) -> list[Mention]:
    """A company named with its legal form: the capitalised words (and connectors) right before "GmbH", "AG",
    "B.V.", "GmbH & Co. KG" ("die Pressmetall Gunzenhausen GmbH", "Gebrüder Gerstenberg GmbH & Co. KG", "de
    Koninklijke Boskalis N.V."), without a leading article, title or lower-case word."""
    pats = name_patterns(language)
    if pats.legal_form is None:
        return []
    out = []
    for form in pats.legal_form.finditer(text):
        line_start = text.rfind("\n", 0, form.start()) + 1
        words = [(m.start() + line_start, m.group(0)) for m in re.finditer(r"\S+", text[line_start:form.start()])]
        name: list[tuple[int, str]] = []
        for start, word in reversed(words[-config.MAX_RUN - 2:]):
            if word.endswith((",", ";", ":", ".", ")")) or not (word[:1].isupper() or word[:1].isdigit()
                                                                  or word in pats.field_words):
                break  # "Geschäftsführung der Gebrüder Gerstenberg GmbH": not across an article
            name.insert(0, (start, word))
        while name and (name[0][1] in pats.function_words or not name[0][1][:1].isupper()
                        or pats.title_word.search(name[0][1])):
            name = name[1:]
        if name:
            start = name[0][0]
            out.append(Mention(start, form.end(), text[start:form.end()], "ORG", "rule"))
    return out + _bare_company_names(text, out, pats)


def _bare_company_names(text: str, companies: list[Mention], pats: NamePatterns) -> list[Mention]:
    """A company named once with its legal form is named without it further on ("Pressmetall Gunzenhausen GmbH"
    ... "Pressmetall Gunzenhausen ist"); a single common word ("Post") is left alone."""
    assert pats.legal_form is not None
    bare = set()
    for m in companies:
        form = pats.legal_form.search(m.text)
        name = m.text[: form.start()].strip() if form else ""
        if len(name) >= config.MIN_BARE_COMPANY_CHARS and (" " in name or (
                name.lower() not in pats.common_words and name.lower() not in pats.dictionary)):
            bare.add(name)
    if not bare:
        return []
    regex = re.compile(rf"(?<![\w\-])(?:{alternation(sorted(bare))})(?![\w\-])")
    return [Mention(m.start(), m.end(), m.group(0), "ORG", "rule") for m in regex.finditer(text)
            if not any(c.start <= m.start() < c.end for c in companies)]


def _compound_organisations(text: str, pats: NamePatterns) -> list[Mention]:
    """Where nouns are lower case, one capitalised word inside a sentence ending in an organisation keyword
    is an organisation's name: "het Overlegcomité", "het Europarlement"."""
    if pats.nouns_capitalised:
        return []
    keywords = tuple(k for k in pats.org_keywords if len(k) >= config.MIN_COMPOUND_KEYWORD)
    out = []
    for match in re.finditer(rf"(?<=[^\W\d_] |, ){WORD}(?![\w\-])", text):
        word = match.group(0).lower()
        if word.endswith(keywords) and any(len(word) >= len(k) + config.MIN_COMPOUND_HEAD for k in keywords
                                           if word.endswith(k)) and word not in pats.common_words:
            out.append(Mention(match.start(), match.end(), match.group(0), "ORG", "rule"))
    return out


@cache
def _listed_pattern(code: str | None) -> re.Pattern[str] | None:
    lang = load_language(code)
    plurals = lang.get("plural_role_titles", [])
    if not plurals:
        return None
    # one space between the words of a name: "Domenici  Bingaman" (a comma lost) is two names
    particles = alternation(lang["name_particles"])
    name = rf"(?:(?:{particles}) )*{WORD}(?: (?:(?:{particles}) )*{WORD}){{0,2}}"
    coordination = alternation([w for w in lang["coordination"] if w.isalpha()])
    return re.compile(rf"(?<![\w\-])(?:{alternation(plurals)})[^\S\n]+(?P<list>{name}(?:\s*,\s*{name})*"
                      rf"[^\S\n]+(?:{coordination})[^\S\n]+{name})")


def listed_persons(text: str, language: str | None) -> list[Mention]:
    """Names listed after a plural title: "de staatssecretarissen Van Veldhoven, Knops en Keijzer", "die
    Bundesräte Berset und Cassis"."""
    regex = _listed_pattern(language)
    if regex is None:
        return []
    pats = name_patterns(language)
    out = []
    separator = re.compile(rf"\s*,\s*|[^\S\n]+(?:{alternation(list(pats.coordination))})[^\S\n]+")
    for match in regex.finditer(text):
        position = match.start("list")
        for gap in [*separator.finditer(text, position, match.end("list")), None]:
            end = gap.start() if gap else match.end("list")
            name = text[position:end]
            if name[:1].isupper() and name not in pats.function_words and not _is_org(name.split(), pats):
                out.append(Mention(position, end, name, "PERSON", "rule"))
            position = gap.end() if gap else end
    return out


def model_free_mentions(text: str, language: str | None) -> list[Mention]:
    """Person and organisation mentions found by the rules above, most specific first."""
    pats = name_patterns(language)
    return (listed_persons(text, language) + _persons(text, pats.title_name, pats) + _noun_persons(text, pats)
            + _persons(text, pats.name_age, pats)
            + _persons(text, pats.said_name, pats) + _persons(text, pats.name_said, pats)
            + _runs(text, pats) + _compound_organisations(text, pats))
