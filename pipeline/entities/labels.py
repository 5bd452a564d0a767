"""Labels fixed after recognition, from the document's other mentions and the language data:

- the head of a two-word institution name is that institution ("Commission" after "European Commission",
  "Union" after "Union européenne"), also where the model read it as a place;
- a single word the model read as a person or an organisation that is a known city, country or region is a
  place ("Sibiu", "Constanta" stays unknown), unless it is the surname of a person of the document;
- a "person" ending in a region (not a country: "Expertise France"), or made of a compass word and a name,
  is a place ("Parkstad Limburg", "West Brabant");
- agreements, strategies, goals, summits and speeches are no organisations ("Memorandum of Understanding" and
  its "MoU"), geographic features are places ("Carpathian Mountains"), contact labels ("Tel") and titles
  ("Federal Councillor") are no names;
- capitalised common nouns of the language ("État") and, outside English (whose surnames are often
  dictionary words: "Bush", "Rice"), single dictionary words read as a person ("Page", "Other") are no names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.entities.boundaries import institution_heads
from pipeline.entities.clusters import names_entry_within
from pipeline.entities.gazetteer import alias_table
from pipeline.entities.places import city_names
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, dictionary_words, load_language
from pipeline.textnorm import is_acronym

REGION_PREFIXES = ("region-",)  # not countries: "Expertise France" is an agency
ENGLISH_SURNAMES = ("en",)  # where many surnames are dictionary words ("Bush", "Rice"): never dropped as words


@cache
def _words(code: str | None, key: str) -> frozenset[str]:
    return frozenset(load_language(code).get(key, []))


@cache
def _title_words(code: str | None) -> frozenset[str]:
    """Lower case words of titles, their modifiers and honorifics ("federal", "councillor")."""
    lang = load_language(code)
    return frozenset(w.lower() for t in lang["role_titles"] + lang["role_modifiers"] + lang["honorifics"]
                     for w in t.split())


def _head_first(code: str | None) -> bool:
    return bool(load_language(code).get("institution_head_first", False))


@cache
def _titles(code: str | None) -> frozenset[str]:
    return frozenset(t.lower() for t in load_language(code)["role_titles"])


def _surnames(mentions: list[Mention]) -> set[str]:
    return {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) >= 2}


def _is_region(word: str) -> bool:
    entry = alias_table().lookup(word)
    return entry is not None and entry.label == "LOC" and entry.id.startswith(REGION_PREFIXES)


def _known_place(word: str) -> bool:
    """A city, country or region of the alias table or of the city list."""
    entry = alias_table().lookup(word)
    if entry is not None:
        return entry.label == "LOC"
    return word in city_names()[0]


def _dictionary_word(word: str, code: str | None) -> bool:
    lower = word.lower()
    return lower in dictionary_words(code) or lower in dictionary_words("en")


def _thing_not_organisation(m: Mention, code: str | None) -> bool:
    """Agreements, treaties, strategies, goals, summits, speeches and days are no organisations ("Memorandum
    of Understanding", "Sustainable Development Goals", "Sommet de Paris"): their head word says so, at either
    end of the name, unless the alias table knows the name as an organisation ("World Food Programme")."""
    words = [w.strip("()[],.;:") for w in m.text.split()]
    if m.label != "ORG" or len(words) < 2:
        return False
    entry = alias_table().lookup(m.text)
    return (entry is None or entry.label != "ORG") and bool({words[0], words[-1]} & _words(code, "non_org_heads"))


@cache
def _after_honorific(code: str | None) -> re.Pattern[str] | None:
    """An honorific ending right before a name ("M. ", "Mme ", "MM. "): searched only where a name would be dropped."""
    honorifics = load_language(code)["honorifics"]
    return re.compile(rf"(?<![\w\-])(?:{alternation(honorifics)})[^\S\n]+$") if honorifics else None


def _titled_surnames(text: str, mentions: list[Mention], code: str | None) -> set[str]:
    """Single words named right after an honorific somewhere in the document ("M. Meunier", "Mme Roussin"): a
    surname, even where it is also a dictionary word ("meunier", "roussin"), all through the document."""
    regex = _after_honorific(code)
    if regex is None:
        return set()
    return {m.text for m in mentions if m.label == "PERSON" and " " not in m.text
            and regex.search(text, max(0, m.start - 20), m.start)}


def _new_label(m: Mention, heads: dict[str, Mention], surnames: set[str], code: str | None) -> str | None:
    """The mention's corrected label, "" to drop it, None to keep it as it is."""
    words = m.text.split()
    if m.text in _words(code, "contact_labels") or _thing_not_organisation(m, code) \
            or (len(words) >= 2 and all(w.lower() in _title_words(code) for w in words)):
        return ""  # "Tel"; "Memorandum of Understanding"; "Federal Councillor" is a title
    if m.label in ("PERSON", "ORG") and len(words) >= 2 and words[-1 if not _head_first(code) else 0] \
            in _words(code, "geo_feature_words"):
        return "LOC"  # "Carpathian Mountains", "Mer du Nord"
    if m.text in _words(code, "capitalised_common_nouns") or (m.label == "PERSON" and m.text.lower() in _titles(code)):
        return ""  # "État"; "Commissaris" alone is a title
    if len(words) == 1 and m.text in heads:
        return "ORG"
    if m.method != "model" or m.label == "LOC":
        return None
    if len(words) == 1:
        if m.text in surnames:
            return None
        if _known_place(m.text):
            return "LOC"
        if m.label == "PERSON" and code not in ENGLISH_SURNAMES and _dictionary_word(m.text, code):
            return ""
        return None
    if m.label == "PERSON" and (_is_region(words[-1]) or words[0] in _words(code, "compass_words")):
        return "LOC"
    return None


def _not_a_name(m: Mention, text: str) -> bool:
    """Document codes ("IP/19/1234", "2019/12/EXC", "SG/T/2461"), a language menu's codes ("DE EN FR"), and "US" after a
    capitalised verb of a menu or banner ("CONTACT US", "JOIN US")."""
    after, before = text[m.end: m.end + 12], text[max(0, m.start - 2): m.start]
    if re.match(r"/[^\S\n]?(?:[A-Z]{1,5}/)*\d", after) or re.search(r"\d/$", before):  # "SG/SM/10145", "ECA/ 14/01"
        return True
    line_start, line_end = text.rfind("\n", 0, m.start) + 1, text.find("\n", m.end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    codes = menu_codes()
    if m.text.lower() in codes and sum(1 for w in re.findall(r"\w+", line)
                                                if w.isupper() and w.lower() in codes) >= 2:
        return True
    previous = text[line_start: m.start].split()[-1:]
    return m.text == "US" and bool(previous) and previous[0].isupper() and len(previous[0]) >= 3 \
        and _dictionary_word(previous[0], "en") and alias_table().lookup(previous[0]) is None


@cache
def menu_codes() -> frozenset[str]:
    """Language codes of a page's language menu: those of the shipped languages and of the other EU ones."""
    from pipeline.resources.langdata import load_language as load

    return frozenset(load(None).get("language_menu_codes", [])) | {"en", "nl", "fr", "de"}


def relabel(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """The mentions with the labels above, without document codes, menu codes and "JOIN US"."""
    mentions = [m for m in mentions if not (m.label in ("ORG", "LOC") and _not_a_name(m, text))]
    things = {m.end for m in mentions if _thing_not_organisation(m, language)}
    defined = {m.text for m in mentions if is_acronym(m.text)  # "Memorandum of Understanding (MoU)": its acronym too
               and any(re.fullmatch(r"\s*\(\s*", text[end:m.start]) for end in things)}
    mentions = [m for m in mentions if m.text not in defined]
    heads = institution_heads(mentions, language)
    surnames = _surnames(mentions)
    if language not in ENGLISH_SURNAMES:
        surnames |= _titled_surnames(text, mentions, language)
    out = []
    for m in mentions:
        label = _new_label(m, heads, surnames, language)
        if label == "":
            continue
        out.append(replace(m, label=label) if label and label != m.label else m)
    return out


def extend_places(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A place with the word its name starts with: a compass word ("Noord Nederland", "West Brabant") or, in
    German, a kind that is part of the name ("Kanton Bern", "Kantons Zürich", "Land Berlin", "Flughafen
    Zürich")."""
    before = _words(language, "compass_words") | _words(language, "place_name_heads")
    if not before:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    out = []
    for m in mentions:
        word = re.search(r"([^\W\d_][\w\-]*)[^\S\n]+$", text[max(0, m.start - 30): m.start])
        start = m.start - len(word.group(0)) if word else m.start
        if m.label == "LOC" and word and word.group(1) in before \
                and not any(s < m.start and e > start for s, e in taken):
            out.append(Mention(start, m.end, text[start:m.end], "LOC", m.method, m.model_label))
        else:
            out.append(m)
    return out


def surname_then_noun(text: str, mentions: list[Mention]) -> list[Mention]:
    """A "person" that starts with the surname of a person named in full and goes on is the surname, then other
    words ("Trump Probleme"): names are not written surname first in running text."""
    surnames = _surnames(mentions)
    out = []
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[0] in surnames:
            end = m.start + len(words[0])
            out.append(Mention(m.start, end, text[m.start:end], "PERSON", m.method, m.model_label))
        else:
            out.append(m)
    return out


def genitive_surnames(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A surname with a genitive ending names the person named in full in the document: a letter ending is part of
    the word as written ("Nachfolger Murawskis", "Steinmeiers Besuch", "Ruttes kabinet"; the clusters link it to
    the person), an apostrophe is not ("Rutte’s", "Lindners’")."""
    endings = sorted(_words(language, "genitive_endings"), key=len, reverse=True)
    surnames = _surnames(mentions)
    if not endings or not surnames:
        return mentions
    regex = re.compile(rf"(?<![\w\-])(?P<name>{alternation(surnames)})(?P<ending>{alternation(endings)})(?![\w\-])")
    found = [Mention(m.start("name"), end, text[m.start("name"):end], "PERSON", "rule") for m in regex.finditer(text)
             for end in [m.end() if m.group("ending").isalpha() else m.end("name")]]
    inside = {id(k) for f in found for k in mentions if k.start == f.start and k.label == "PERSON" and k.end > f.end}
    kept = [k for k in mentions if id(k) not in inside]
    return kept + [f for f in found if all(f.end <= k.start or f.start >= k.end for k in kept)]


def head_mentions(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """Further occurrences of an institution's head noun alone ("Commission"), as that organisation; also the
    alias table's context heads ("die Kommission" of a release that names the EU, :func:`context_heads`)."""
    heads = [*institution_heads(mentions, language), *context_heads(mentions, language)]
    if not heads:
        return []
    regex = re.compile(rf"(?<![\w\-])(?:{alternation(heads)})(?![\w\-])")
    return [Mention(match.start(), match.end(), match.group(0), "ORG", "rule") for match in regex.finditer(text)]


def context_heads(mentions: list[Mention], language: str | None) -> list[str]:
    """Head nouns that name an institution alone where the release names its context ("Kommission",
    "Commissie" where it names the EU: ``context_heads`` of the alias table) and no other organisation of the
    release bears the word ("Kiescommissie"). A head the language reads as ambiguous ("Council", "Rat") is
    left to the names found in full."""
    table = alias_table()
    heads = table.context_heads.get(language or "xx", {})
    if not heads:
        return []
    entries = {m.text: table.lookup(m.text, language) for m in mentions if m.label in ("ORG", "LOC")}
    named = {e.id for e in entries.values() if e is not None}
    orgs = {m.text for m in mentions if m.label == "ORG"}
    ambiguous = set(load_language(language)["ambiguous_heads"])
    out = []
    for word, head in heads.items():
        if word in ambiguous or not head.contexts & named:
            continue
        others = [(name, e) for name, e in entries.items() if name != word and name in orgs and any(
            w.endswith(word.lower()) for w in re.split(r"[\s\-]+", name.lower()))]
        if all((e is not None and (e.id == head.entry.id or e.id in head.beside))
               or names_entry_within(name, head.entry, language) for name, e in others):
            out.append(word)
    return out
