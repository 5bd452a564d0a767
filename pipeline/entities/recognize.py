"""People, organisations and places: spaCy NER per language, the alias-table gazetteer and rules.

Order and conflict policy (each step only adds spans that overlap nothing already kept):
1. model entities, cleaned (articles, titles, honorifics, trailing punctuation stripped; fragments
   split by the model at "and"/"of" rejoined); a model span strictly inside a gazetteer name yields to it;
2. gazetteer names (the alias table, in the document language and language-neutral forms), then city
   names (:mod:`pipeline.entities.places`);
3. rules: honorific + name, contact-block names, acronym definitions "Long Name (ACR)"; in languages
   without a model also, first, names after a word for a kind of organisation ("advocatenkantoor DLA
   Piper"), then all-capital acronyms and the model-free name rules of :mod:`pipeline.entities.names`
   (whose organisation names may replace one alias-table match inside them), where nouns are not
   capitalised a name-like word after a preposition of place, street names ("Wetstraat"), and a name-like
   word coordinated with a place or person already found ("tussen Geldrop en Mierlo");
4. every further occurrence of a surface form already found, and the surnames of people found in full."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import Any

from pipeline import config
from pipeline.entities.boundaries import (
    acronym_long_forms,
    cut_at_dash,
    end_after_full_name,
    extend_coordinated,
    leading_part_mentions,
    representation_names,
)
from pipeline.entities.context import context_labels, known_place, listed_places, lowercase_head_organisations
from pipeline.entities.gazetteer import AliasEntry, alias_table
from pipeline.entities.genre import model_mention, resolve
from pipeline.entities.labels import extend_places, genitive_surnames, head_mentions, relabel, surname_then_noun
from pipeline.entities.names import (
    legal_form_organisations,
    listed_persons,
    model_free_mentions,
    typed_organisations,
)
from pipeline.entities.orgplaces import acronym_place_organisations
from pipeline.entities.patterns import (
    LABELS,
    ROMAN_NUMERAL,
    UPPER,
    EntityPatterns,
    clean_span,
    patterns_for,
)
from pipeline.entities.places import (
    bare_place_mentions,
    capitalised_function_words,
    city_mentions,
    city_names,
    coded_place_mentions,
    coordinated_mentions,
    extend_elided,
    part_of_longer_name,
    persons_after_place_prepositions,
    place_name_mentions,
    sentence_initial,
    street_mentions,
    unknown_place_mentions,
)
from pipeline.entities.portfolios import portfolio_mentions
from pipeline.money.currency import currency_data
from pipeline.records import Mention, Paragraph
from pipeline.resources.langdata import (
    alternation,
    common_words,
    dictionary_words,
    known_words,
    load_language,
)
from pipeline.resources.models import ModelInfo, load_nlp
from pipeline.textnorm import fold, is_acronym, longest_word_occurrences


def _is_common_word(mention: Mention, paragraph: Paragraph, lowercase_words: set[str]) -> bool:
    """A single capitalised word that is a heading on its own, or written in lower case elsewhere."""
    word = mention.text
    if " " in word or is_acronym(word) or not word[:1].isupper():
        return False
    return word == paragraph.text.strip(" :") or word.lower() in lowercase_words


def _implausible_name(mention: Mention, pats: EntityPatterns) -> bool:
    """Model organisations that are phrases, not names: ending in a lower-case word where names end
    capitalised ("Promotion of exchange"; not in French: "Union européenne"), holding a quotation mark
    ("Project “Improving China"), or opening with a verb form ("Representing ILO Country Office")."""
    if mention.label != "ORG":
        return False
    words = mention.text.split()
    if pats.lang["org_names_end_capitalised"] and len(words) >= 2 and words[-1][:1].islower():
        return True
    if any(q in mention.text for q in "“”\"«»„"):
        return True
    verb_suffixes = tuple(pats.lang["verb_suffixes"])
    return bool(verb_suffixes) and len(words) >= 2 and words[0].lower().endswith(verb_suffixes)


def _title_case_phrase(mention: Mention, pats: EntityPatterns) -> bool:
    """A model "organisation" of two or more words that are all dictionary words, with no acronym, no place
    and no organisation keyword, is a heading or a programme's title ("Universal Social Protection",
    "Policy Briefs", "Expressions of Interest"), not a name."""
    words = [w.strip("()[],.;:’'") for w in mention.text.split()]
    words = [w for w in words if w[:1].isupper()]
    dictionary = dictionary_words(pats.lang.code)
    if mention.label != "ORG" or len(words) < 2 or not dictionary:
        return False
    for word in words:
        lower = word.lower()
        known = lower in dictionary or (lower.endswith("s") and lower[:-1] in dictionary)
        if not (known and word.isalpha()) or is_acronym(word) or lower in pats.org_keywords \
                or alias_table().lookup(word) is not None or word in city_names()[0]:
            return False
    return True


def _has_title_word(mention: Mention, pats: EntityPatterns) -> bool:
    """A "person" with a job title among its words is a misread title ("Labour Statistician"), and so is one word
    that qualifies a title ("Designate")."""
    if mention.label != "PERSON":
        return False
    if " " not in mention.text and mention.text.lower() in _title_modifiers(pats.lang.code):
        return True  # "Counsel General Designate: Elisabeth Jones": "Designate" is no name
    return any(word in _title_words(pats.lang.code) for word in mention.text.split())


@cache
def _title_modifiers(code: str) -> frozenset[str]:
    """Lower case words that qualify a title ("designate", "acting", "interim")."""
    lang = load_language(code)
    return frozenset(w.lower() for w in [*lang["role_modifiers"], *lang["role_tense_words"]] if w.isalpha())


@cache
def _title_words(code: str) -> frozenset[str]:
    lang = load_language(code)
    return frozenset(w for t in lang["role_titles"] for w in t.split() if w[:1].isupper())


def analyse_paragraphs(documents: Sequence[tuple[Sequence[Paragraph], str | None]]) -> list[list[Any] | None]:
    """The statistical model's analyses of the paragraphs of several documents (paragraphs, language), in one
    ``nlp.pipe`` per language, cut back per document: what :func:`extract_entities` takes as ``parsed``. None
    for a document whose language has no model. Batching several documents' paragraphs fills the model's
    batches (a release has about ten short paragraphs) and gives the same analyses as one document at a time."""
    out: list[list[Any] | None] = [None] * len(documents)
    by_language: dict[str, list[int]] = {}
    for i, (_, language) in enumerate(documents):
        by_language.setdefault(language or "xx", []).append(i)
    for language, indexes in by_language.items():
        nlp, info = load_nlp(language)
        if not info.package:
            continue
        texts = [p.text for i in indexes for p in documents[i][0]]
        analyses = iter(nlp.pipe(texts, batch_size=config.SPACY_BATCH_SIZE))
        for i in indexes:
            out[i] = [next(analyses) for _ in documents[i][0]]
    return out


def _model_mentions(paragraphs: list[Paragraph], nlp: object, pats: EntityPatterns, text: str,
                    parsed: Sequence[Any] | None) -> list[Mention]:
    out: list[Mention] = []
    lowercase_words = set(re.findall(r"(?<![\w\-])[^\W\d_A-ZÀ-Þ][\w'’]*", text))
    docs: Iterable[Any] = parsed if parsed is not None else nlp.pipe(  # type: ignore[attr-defined]
        [p.text for p in paragraphs], batch_size=config.SPACY_BATCH_SIZE)
    for para, doc in zip(paragraphs, docs, strict=True):
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
        for start, end, raw_label in _rejoin(spans, para.text, pats):
            label = LABELS[raw_label]
            if label == "PERSON" and is_acronym(para.text[start:end]):
                label = "ORG"  # people are not acronyms: "INPS", "MoHRSS"
            start, end = cut_at_dash(para.start + start, para.start + end, text)
            label = _person_by_form(text, start, end, label, pats)
            cleaned = clean_span(text, start, end, label, pats)
            if cleaned:
                found = _known_name_after_particle(
                    Mention(cleaned[0], cleaned[1], text[cleaned[0]:cleaned[1]], label, "model", raw_label), pats)
                mention = model_mention(found, text, pats.lang.code)  # titles, portfolios, calendar words
                if mention is not None and not (_is_common_word(mention, para, lowercase_words)
                                                or _has_title_word(mention, pats) or _implausible_name(mention, pats)
                                                or _title_case_phrase(mention, pats)):
                    out.append(_typed_organisation(mention, text, pats))
    return out


def _typed_organisation(mention: Mention, text: str, pats: EntityPatterns) -> Mention:
    """A name right after a word for a kind of organisation, written in lower case, is an organisation whatever
    the model read ("l'agence Bloomberg", "la société Publicis", "le réseau social Telegram", "the carmaker
    Renault"); the rule's label then holds for the name all through the document."""
    if mention.label == "ORG" or pats.type_before is None \
            or not pats.type_before.search(text, max(0, mention.start - config.MAX_TYPE_WORD_CHARS), mention.start):
        return mention
    return replace(mention, label="ORG", method="rule")


def _person_by_form(text: str, start: int, end: int, label: str, pats: EntityPatterns) -> str:
    """A model "organisation" that is a person by its form: an honorific first ("Mme. Milagros Gallego"), a
    post-nominal last ("Eluned Morgan MS"), or a title after it ("Klaus-Heiner Lehne, President of the ECA"),
    where its words are names: two to four capitalised words, none an organisation keyword, not all dictionary
    words, no acronym and no alias-table name."""
    span = text[start:end]
    if label != "ORG":
        return label
    if pats.leading_honorific.match(span):
        return "PERSON"
    post = pats.post_nominal.search(span) if pats.post_nominal else None
    name = span[:post.start()] if post else span
    words = name.split()
    dictionary = known_words(pats.lang.code)
    if not 2 <= len(words) <= config.MAX_NAME_WORDS or not all(w[:1].isupper() for w in words) \
            or any(w.lower().strip(",.") in pats.org_keywords or is_acronym(w) for w in words) \
            or all(w.lower() in dictionary for w in words) or alias_table().lookup(name) is not None:
        return label
    return "PERSON" if post or pats.title_after.match(text, end) else label


def _known_name_after_particle(mention: Mention, pats: EntityPatterns) -> Mention:
    """A model "person" that is a name particle before an organisation or place of the alias table is that name
    ("Met dank overgenomen van Europese Rekenkamer" in an English release: "van" is a preposition there)."""
    first, _, rest = mention.text.partition(" ")
    if mention.label != "PERSON" or first not in pats.lang["name_particles"] or not rest[:1].isupper():
        return mention
    entry = alias_table().lookup(rest)
    if entry is None or entry.label == "PERSON":
        return mention
    start = mention.end - len(rest)
    return replace(mention, start=start, text=rest, label=entry.label)


def _without_participles(text: str, model: list[Mention], gazetteer: list[Mention], pats: EntityPatterns
                         ) -> list[Mention]:
    """A model organisation of one name and a past participle that opens a complement is the name alone ("budget
    de l’Union établi pour l’exercice", "la Commission chargée de"), where the name is known: in the alias table or
    the first word of a longer organisation name of the document ("Union européenne")."""
    endings = tuple(pats.lang.get("participle_endings", []))
    if not endings:
        return model
    complement = re.compile(rf"[^\S\n]+(?:{alternation(pats.lang['participle_complements'])})(?![\w])")
    heads = {m.text.split()[0] for m in model + gazetteer if m.label == "ORG" and len(m.text.split()) >= 2}
    out = []
    for m in model:
        words = m.text.split()
        if m.label == "ORG" and len(words) == 2 and words[1][:1].islower() and words[1].endswith(endings) \
                and complement.match(text, m.end) and alias_table().lookup(m.text) is None \
                and (words[0] in heads or alias_table().lookup(words[0]) is not None):
            m = replace(m, end=m.start + len(words[0]), text=words[0])
        out.append(m)
    return out


def _rejoin(spans: list[tuple[int, int, str]], text: str, pats: EntityPatterns) -> list[tuple[int, int, str]]:
    """"Academy of Labour and" + "Social Security" -> one span (the model cut at a connector)."""
    out: list[tuple[int, int, str]] = []
    for span in spans:
        if out and out[-1][2] == span[2] == "ORG" and text[out[-1][1]: span[0]].strip() == "" \
                and pats.connector_end.search(text[out[-1][0]: out[-1][1]]):
            out[-1] = (out[-1][0], span[1], span[2])
        else:
            out.append(span)
    return out


def _gazetteer_mentions(text: str, language: str | None) -> list[Mention]:
    regex, names = _gazetteer_regex(language)
    function_words = capitalised_function_words(language)  # "Seine Studien" opening a sentence: "his studies"
    out = []
    for match in regex.finditer(text):
        entry = names.get(match.group(0)) or alias_table().lookup(match.group(0))
        if entry is not None and not (match.group(0) in function_words and sentence_initial(text, match.start())):
            out.append(Mention(match.start(), match.end(), match.group(0), entry.label, "gazetteer"))
    return out


@cache
def _gazetteer_regex(language: str | None) -> tuple[re.Pattern[str], dict[str, AliasEntry]]:
    """Alias-table names of the language; where names are inflected, each longer word may carry one of
    the language's case endings ("Vereinigten Arabischen Emirate", "Gazastreifens")."""
    names = alias_table().names(language)
    suffixes = load_language(language)["inflection_suffixes"]
    if not suffixes:
        return re.compile(rf"(?<![\w\-])(?:{alternation(names)})(?![\w\-])"), names
    ending = f"(?:{alternation(suffixes)})?"

    def inflectable(name: str) -> str:
        return r"\s+".join(re.escape(w) + (ending if len(w) >= config.MIN_INFLECTED_WORD and w.isalpha() else "")
                           for w in name.split())

    forms = "|".join(inflectable(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{forms})(?![\w\-])"), names


def _rule_mentions(text: str, pats: EntityPatterns, has_model: bool) -> list[Mention]:
    out: list[Mention] = []
    for regex in (pats.honorific_name, pats.contact_line):
        for match in regex.finditer(text):
            cleaned = clean_span(text, match.start("name"), match.end("name"), "PERSON", pats)
            if cleaned and not _article_first(text[cleaned[0]:cleaned[1]], pats):
                out.append(Mention(*cleaned, text[cleaned[0]:cleaned[1]], "PERSON", "rule"))
    out += _post_nominal_persons(text, pats)
    for match in pats.definition.finditer(text):
        if not _expands(match):
            continue
        for group in ("long", "acr", "long2", "acr2"):
            if match.group(group):
                start = _long_form_start(match) if group == "long" else match.start(group)
                cleaned = clean_span(text, start, match.end(group), "ORG", pats)
                if cleaned:
                    out.append(Mention(*cleaned, text[cleaned[0]:cleaned[1]], "ORG", "rule"))
    if not has_model:
        out += _capitalised_place_names(text)
        common = set(pats.lang["common_acronyms"])
        for match in re.finditer(rf"(?<![\w@#\-&])[{UPPER}][{UPPER}\d&+\-]{{0,9}}[{UPPER}\d+](?![\w\-&])", text):
            word = match.group(0)
            if is_acronym(word) and sum(c.isalpha() for c in word) >= 2 and word not in common \
                    and not ROMAN_NUMERAL.fullmatch(word):  # "deel XXIV"
                label = _capitalised_word_label(word, pats, _in_capitals(text, match.start(), match.end()))
                if label:
                    out.append(Mention(match.start(), match.end(), word, label, "rule"))
    return out


def _post_nominal_persons(text: str, pats: EntityPatterns) -> list[Mention]:
    """Two to four name words before a post-nominal of a member of parliament ("Huw Irranca-Davies MS", "Anna
    Lührmann MdB"): a person, where the words are no dictionary or frequent words, no organisation keyword, no
    title and no alias-table name ("Welsh Government MS", "Living With MS" are none)."""
    if pats.name_post_nominal is None:
        return []
    known = known_words(pats.lang.code)
    out = []
    for match in pats.name_post_nominal.finditer(text):
        cleaned = clean_span(text, match.start("name"), match.end("name"), "PERSON", pats)
        if not cleaned:
            continue
        name = text[cleaned[0]:cleaned[1]]
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) >= 2 and not any(w.lower() in known or w.lower() in pats.org_keywords
                                       or w in _title_words(pats.lang.code) for w in (words[0], words[-1])) \
                and alias_table().lookup(name) is None and not _article_first(name, pats):
            out.append(Mention(*cleaned, name, "PERSON", "rule"))
    return out


def _capitalised_place_names(text: str) -> list[Mention]:
    """Names of two or three words written in capitals, as datelines write them ("DEN HAAG (ANP)", "NEW YORK"):
    known places or organisations once written in title case; the words alone are no acronyms."""
    out = []
    for match in re.finditer(rf"(?<![\w\-])[{UPPER}]{{2,}}(?: [{UPPER}]{{2,}}){{1,2}}(?![\w\-])", text):
        title = " ".join(w[:1] + w[1:].lower() for w in match.group(0).split())
        entry = alias_table().lookup(title)
        label = entry.label if entry is not None else ("LOC" if title in city_names()[0] else None)
        if label:
            out.append(Mention(match.start(), match.end(), match.group(0), label, "rule"))
    return out


def _capitalised_word_label(word: str, pats: EntityPatterns, headline: bool) -> str | None:
    """The label of an all-capital word: an acronym is an organisation, but a headline writes words in capitals
    too ("DIE EU IN DEUTSCHLAND", "ERLEBNIS EUROPA"): a known place or organisation in title case keeps its
    label; a function word, a currency code ("EUR", "CHF") and, among other words in capitals (``headline``), a
    common word of the language (also inside "EU-AKTUELL") are no names ("NAVO" alone is an acronym)."""
    title = word[:1] + word[1:].lower()
    common = headline and any(len(part) > config.MAX_SHORT_ACRONYM and part.lower() in common_words(pats.lang.code)
                              for part in word.split("-"))
    if word in _currency_codes() or title in pats.lang["capitalised_function_words"] or (
            common and alias_table().lookup(title) is None):
        return None
    entry = alias_table().lookup(title)
    return entry.label if entry is not None else "ORG"


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands among words in capitals: a line without lower-case letters, or a
    neighbouring word in capitals ("Besucherzentrum ERLEBNIS EUROPA")."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    if not any(c.islower() for c in line):
        return True
    before, after = text[line_start:start].split()[-1:], text[end:end + 40].split()[:1]
    return any(len(w) >= 2 and w.isalpha() and w.isupper() for w in before + after)


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(currency_data()["codes"])


def _article_first(name: str, pats: EntityPatterns) -> bool:
    """"Die Niedersächsische Landesregierung" as a line is no contact's name: an article that is no name particle
    ("De Block") starts no person."""
    first = name.split()[0]
    return first in pats.lang["articles"] and first.lower() not in pats.lang["name_particles"]


def _long_form_start(match: re.Match[str]) -> int:
    """Where the name an acronym stands for begins: after a lower-case word followed by the word with the
    acronym's first letter ("Anders Levermann vom Potsdam-Institut für Klimafolgenforschung (PIK)")."""
    long_form, first = match.group("long"), match.group("acr")[0].upper()
    words = list(re.finditer(r"\S+", long_form))
    for before, word in pairwise(words):
        if before.group(0)[:1].islower() and word.group(0)[:1] == first:
            return match.start("long") + word.start()
    return match.start("long")


def _expands(match: re.Match[str]) -> bool:
    """"Chinese Ministry of Civil Affairs (MoCA)": a capitalised word of the long form starts with the
    acronym's first letter ("Innenministerin Nancy Faeser (SPD)" is a name and a party, not a definition)."""
    long_form = match.group("long") or match.group("long2") or ""
    acronym = match.group("acr") or match.group("acr2") or ""
    initials = [w[0].upper() for w in long_form.split() if w[:1].isupper()]
    if not acronym or not is_acronym(acronym) or acronym[0].upper() not in initials:
        return False  # "Social Security (Minimum Standards) Convention" defines nothing
    if len(initials) == 1 or len(initials) > config.MAX_PERSON_INITIALS:  # "Bundesverfassungsgericht (BVerfG)"
        return True
    # two or three words are often a person: "Deutsche Bahn (DB)" spells its initials, "Francis Lomel (LCGB)" and
    # "Ministerpräsidenten Stephan Weil (SPD)" do not
    return _in_order([c for c in acronym if c.isupper()], initials)


def _in_order(letters: list[str], initials: list[str]) -> bool:
    """Whether ``letters`` occur in ``initials`` in that order."""
    position = 0
    for letter in letters:
        try:
            position = initials.index(letter, position) + 1
        except ValueError:
            return False
    return True


class _Spans:
    """Kept mentions, refusing any that overlap one already kept."""

    def __init__(self) -> None:
        self.kept: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= m.start or start >= m.end for m in self.kept)

    def add_all(self, mentions: Iterable[Mention], replace_inside: str | None = None) -> None:
        """Keep each mention that overlaps nothing kept; with ``replace_inside``, an organisation name may
        also replace one alias-table match strictly inside it ("Diakonie Bayern" over "Bayern"; never
        two, which would be a coordination: "the ILO and the European Union"; never one introduced by a
        lower-case word, which is a name of its own: "Expertisecentrum van de EU"). ``replace_inside``
        is the document text."""
        for m in mentions:
            if self.free(m.start, m.end):
                self.kept.append(m)
            elif replace_inside and m.label == "ORG":
                inside = [k for k in self.kept if m.start <= k.start and k.end <= m.end]
                overlapping = [k for k in self.kept if k.end > m.start and k.start < m.end]
                lead = replace_inside[m.start: inside[0].start] if inside else ""
                if len(inside) == 1 and inside == overlapping and inside[0].method == "gazetteer" \
                        and (inside[0].start, inside[0].end) != (m.start, m.end) \
                        and not re.search(r"(?:^|\s)[^\W\d_A-ZÀ-Þ][\w'’]*\s+$", lead):
                    self.kept = [k for k in self.kept if k not in inside] + [m]


def _propagate(text: str, kept: list[Mention]) -> list[Mention]:
    """Further occurrences of surface forms already found (the model misses repeats), and the surnames
    of people found with their full name ("Verlinden" after "Annelies Verlinden")."""
    forms = {m.text: m for m in kept if len(m.text) >= 2}
    for m in kept:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in forms \
                and not known_place(words[-1]):  # "Uni Würzburg" misread: "Würzburg" stays a place
            forms[words[-1]] = Mention(0, 0, words[-1], "PERSON", m.method, m.model_label)
    if not forms:
        return []
    return [Mention(start, end, text[start:end], forms[text[start:end]].label, forms[text[start:end]].method,
                    forms[text[start:end]].model_label)
            for start, end in longest_word_occurrences(text, forms, extra="-")]


def extract_entities(text: str, paragraphs: list[Paragraph], language: str | None,
                     parsed: Sequence[Any] | None = None) -> tuple[list[Mention], ModelInfo]:
    """All entity mentions of a document (sorted by offset) and the model that ran; ``parsed``: the model's
    analyses of ``paragraphs`` when :func:`analyse_paragraphs` made them already."""
    nlp, info = load_nlp(language or "xx")
    pats = patterns_for(language)
    cities = city_mentions(text, language)
    gazetteer = [g for g in _gazetteer_mentions(text, language)
                 if not (g.label == "LOC" and part_of_longer_name(text, g, language))
                 and not any(c.start <= g.start and g.end <= c.end and c.text != g.text for c in cities)]
    model = _model_mentions(paragraphs, nlp, pats, text, parsed) if info.package else []
    model = [m for m in model if not any(g.start <= m.start and m.end <= g.end and (g.start, g.end) != (
        m.start, m.end) for g in gazetteer)]
    model = _without_participles(text, model, gazetteer, pats)
    by_span = {(g.start, g.end): g for g in gazetteer}
    spans = _Spans()
    defined = [d for d in acronym_long_forms(text, language)  # the model's longer name stays whole:
               if not any(m.start < d.start and m.end == d.end for m in model)]  # "China Social ... (SIA)"
    spans.add_all(defined)
    spans.add_all(lowercase_head_organisations(text, language))  # "le ministère de l'Intérieur"
    if info.package:  # "MM. Limon et Meunier", "Senators Collins and King": the model reads some as places
        spans.add_all(listed_persons(text, language))
    spans.add_all(by_span.get((m.start, m.end), m) for m in model)
    spans.add_all(gazetteer)
    spans.add_all(cities)
    spans.add_all(coded_place_mentions(text, language))  # "Courtepin (FR)" before "FR" is read as an acronym
    if info.package is None:
        spans.add_all(typed_organisations(text, language))  # "het advocatenkantoor DLA Piper" before "DLA"
        spans.add_all(legal_form_organisations(text, language), replace_inside=text)  # "LMG Manufacturing GmbH"
    spans.add_all(_rule_mentions(text, pats, info.package is not None))
    spans.add_all(place_name_mentions(text, language))
    if info.package is None:
        _add_model_free(text, language, pats, spans)
    spans.kept = persons_after_place_prepositions(text, spans.kept, language)  # "in Ter Apel"
    spans.kept = listed_places(text, context_labels(text, spans.kept, language), language)  # "à Soumy"; lists
    spans.kept = extend_coordinated(text, end_after_full_name(text, spans.kept, language), language)
    spans.kept = surname_then_noun(text, genitive_surnames(text, spans.kept, language))
    spans.add_all(_propagate(text, spans.kept))
    spans.kept = extend_elided(text, extend_places(text, relabel(text, spans.kept, language), language), language)
    spans.kept = representation_names(text, spans.kept, language)  # "Vertretung der ... Kommission in Deutschland"
    spans.add_all(head_mentions(text, spans.kept, language))
    spans.kept, short_forms = _titles_over_short_forms(leading_part_mentions(text, spans.kept, language), spans.kept,
                                                       pats)
    spans.add_all(short_forms)  # "la Cour des comptes" after its full name
    label_of = {m.text: m.label for m in defined}  # "DRC" is a place all through once defined as one
    kept = [replace(m, label=label_of[m.text]) if m.text in label_of else m for m in spans.kept]
    return sorted(_same_word_same_label(resolve(text, kept, language)), key=lambda m: m.start), info


def _titles_over_short_forms(short_forms: list[Mention], kept: list[Mention], pats: EntityPatterns
                             ) -> tuple[list[Mention], list[Mention]]:
    """The model reads a title and the short form of an organisation after it as a person ("Président de la
    Cour" of "Président de la Cour des comptes", "Cour" alone, whatever label it has been given since): a model
    mention overlapping a short form whose words are all title words, connectors and words of the short form
    gives way to it."""
    titles = {w.lower() for w in _title_words(pats.lang.code)} | {
        w.lower() for t in pats.lang["role_titles"] for w in t.split()}
    connectors = {c.lower() for c in pats.lang["name_connectors"] + pats.lang["articles"]}
    dropped: set[int] = set()
    for form in short_forms:
        own = {w.lower() for w in form.text.split()}
        for k in kept:
            if k.label in ("PERSON", "ORG") and k.method == "model" and k.start < form.end and form.start < k.end \
                    and all(w.lower() in titles | connectors | own for w in k.text.split()):
                dropped.add(id(k))
    return [k for k in kept if id(k) not in dropped], short_forms


def _same_word_same_label(mentions: list[Mention]) -> list[Mention]:
    """Persons that are organisations: one word written as an acronym elsewhere ("What is Belincosoc?"
    after "BELINCOSOC"), or two words one of which names a country ("Expertise France")."""
    acronyms = {fold(m.text) for m in mentions if m.label == "ORG" and is_acronym(m.text)}
    return [replace(m, label="ORG") if m.label == "PERSON" and (
        (" " not in m.text and fold(m.text) in acronyms) or _names_a_country(m)) else m for m in mentions]


def _names_a_country(mention: Mention) -> bool:
    """"Expertise France": a country's name inside a two-word "person" makes it an agency."""
    words = mention.text.split()
    return len(words) == 2 and any((entry := alias_table().lookup(w)) is not None and entry.id.startswith("country-")
                                   for w in words)


def _add_model_free(text: str, language: str | None, pats: EntityPatterns, spans: _Spans) -> None:
    """The rules for languages without a model, after the gazetteer and the acronyms."""
    spans.add_all(model_free_mentions(text, language), replace_inside=text)
    if not pats.lang["nouns_capitalised"]:
        spans.add_all(unknown_place_mentions(text, language))
    spans.add_all(bare_place_mentions(text, language))  # "in Randegg"
    spans.add_all(street_mentions(text, language))
    spans.add_all(coordinated_mentions(text, spans.kept, language))
    spans.kept = acronym_place_organisations(text, spans.kept, language)  # "TU Delft", "IHK Köln"
    spans.add_all(portfolio_mentions(text, spans.kept, language))  # "(Infrastructuur en Waterstaat)"
