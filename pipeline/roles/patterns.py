"""The language patterns of role extraction (``pipeline.roles``), read once per language from the language data,
and the small span helpers the role modules share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.records import Mention
from pipeline.resources.langdata import LangData, alternation, load_language

DELIMITERS = ".;:!?“”\"()|‘’\n"
WIDE_GAP = re.compile(r"\s{3,}")  # three or more blanks: columns or stripped punctuation, not one phrase
PHRASE_GAP = re.compile(r"[^\S\n]{2,}|\s{3,}")  # inside a title phrase two blanks part it ("Chao  Secretary  ...")
ACRONYM_IN_BRACKETS = re.compile(r"\s\([A-ZÀ-Þ][\w&\-]{1,9}\)")  # "(DDC)", "(UVEK)" inside a role phrase
_CAPITALISED_WORDS = r"[A-ZÀ-Þ][\w\-]*(?:\s[A-ZÀ-Þ][\w\-]*)*"
COUNTRY_KEY = "alias:country-"
# a label line's head up to its colon: "- Cabinet Secretary for Education: ", "Pressesprecherin: " (group t, the
# title phrase, opens and ends on a visible character, so that a line of blanks costs linear time)
LABEL_HEAD = r"[^\S\n]*(?:[-–•*·][^\S\n]*)?(?P<t>[^:\s](?:[^:\n]*[^:\s])?)[^\S\n]*:[^\S\n]*"


@dataclass(frozen=True)
class RolePatterns:
    lang: LangData
    title: re.Pattern[str]
    modifiers_before: re.Pattern[str]
    modifiers_leading: re.Pattern[str]  # modifiers opening a phrase: "Vlaams minister-president"
    honorific_tail: re.Pattern[str]
    after_gap: re.Pattern[str]
    at_split: re.Pattern[str]
    of_tail: re.Pattern[str]
    demonym_head: re.Pattern[str]
    modified_demonym: re.Pattern[str]  # "former Irish ", "ehemalige deutsche ": modifiers, then a demonym
    tense: re.Pattern[str]
    allowed_word: re.Pattern[str]
    period: re.Pattern[str]
    connectors: str  # "of", "van", "de", "der": an organisation after a name
    title_or_plural: re.Pattern[str]
    portfolio: re.Pattern[str]  # "van", "voor" between a minister's name and the portfolio (Dutch)
    title_then_portfolio: re.Pattern[str] | None  # a title and a portfolio connector ending a text: "Commissaris voor "
    title_ending: re.Pattern[str]  # a title, a connector and an article ending a text: "the President of the "
    national: re.Pattern[str]  # titles of a country's office: its country may be named elsewhere
    demonym_any: re.Pattern[str]
    genitive: re.Pattern[str]  # "des", "der" after a title (German)
    country_of: re.Pattern[str]  # "of", "van", "de", "der" before a country that ends a role phrase
    coordination: re.Pattern[str]  # "and", "en", "et", "und" between two positions
    list_tail: re.Pattern[str]  # ", Malaysia, Philippines and Thailand": the rest of a list of capitalised names
    org_word: re.Pattern[str]  # a word that makes a noun phrase an organisation ("Departements", "Kantons")
    appointment: re.Pattern[str]  # "was elected", "wurde zum", "werd benoemd tot", "a été nommée"
    articles: str
    article_words: frozenset[str]  # lower case
    connector_words: frozenset[str]  # lower case: "of", "van", "de", "der" (a phrase does not end on them)
    range_starts: frozenset[str]  # lower case: "from", "van", "de", "von"
    post_nominals: frozenset[str]  # "MP", "MS", "MdB": letters after a name, no part of it
    copula: re.Pattern[str]  # "X is the Director of Y", "X wird Staatsministerin": a title after the verb
    copula_before: re.Pattern[str]  # "Neuer Staatssekretär im X wurde Dr. Y": the verb between title and name
    end_verb: re.Pattern[str]  # "Président de la Cour des comptes a pris la parole": the phrase ends at the verb
    staff_title: re.Pattern[str] | None  # a post on a body's staff: "director", "spokesperson" (roles.org_context)
    local_office: re.Pattern[str] | None  # a title of role_title_bodies: "burgemeester", "Mayor"
    local_body_gap: re.Pattern[str] | None  # " van (de gemeente) ": before the place of a local office
    caption_position: re.Pattern[str] | None  # " (links)", " (left)": where a photo caption places the person


def city_country(name: str, cities: dict[str, str]) -> str | None:
    """The country code of a city (``cities``: English names, :func:`pipeline.entities.clusters.city_countries`),
    named in English or in the release's language ("Wien", "Den Haag", "Genève": the alias table's English name)."""
    from pipeline.entities.gazetteer import alias_table

    entry = alias_table().lookup(name) if name not in cities else None
    return cities.get(name) or (cities.get(entry.name) if entry is not None and entry.label == "LOC" else None)


def _closed_compound(lang: LangData) -> str:
    """"Verteidigungsminister", "Außenministerin", "onderwijsminister": where titles are compounded (Dutch, German) a
    national title may close a word that names its portfolio; the title part is written in lower case."""
    return r"(?:[^\W\d_]+?(?=[a-zà-ÿ]))?" if lang.get("role_title_suffix_match") else ""


@cache
def patterns_for(code: str | None) -> RolePatterns:
    lang = load_language(code)
    titles = alternation(lang["role_titles"])
    endings = alternation(lang["role_title_endings"]) if lang["role_title_endings"] else ""
    suffix = f"(?:{endings})?" if lang.get("role_title_suffix_match") else ""  # "Ministerin", not "consulteerde"
    compound = r"(?:[\w\-]*\w-?|[\w\-]*\w&\w+-)?"  # "Bundes-", "EU-Verkehrs-", "Vize-", "CD&V-" before a title
    title = (rf"(?<![\w\-&]){compound}(?i:{titles}){suffix}(?![\w])" if suffix
             else rf"(?<![\w\-])(?i:{titles})(?![\w])")
    plurals = alternation(lang["role_plurals"])
    compound_plural = r"(?:[\w\-]*\w-?(?=[a-zà-ÿ]))?" if suffix else ""  # "collegeleden", "oud-ministers"
    title_body = title.removeprefix(r"(?<![\w\-])")
    mods = alternation(lang["role_modifiers"] + list(lang["demonyms"]) + list(lang["role_tense_words"]))
    at_words = lang["role_at_connectors"]
    of_words = [c for c in lang["role_org_connectors"] if c not in at_words]
    connectors = alternation(lang["name_connectors"] + lang["role_org_connectors"])
    # "bij het ministerie van ...": where nouns are not capitalised a body word may open the body after "at"
    and_words = alternation([c for c in lang["coordination"] if c[:1].isalpha()])
    lower_body = "" if lang["nouns_capitalised"] else rf"|(?i:{alternation(lang['org_keywords'])})\s"
    return RolePatterns(
        lang=lang,
        title=re.compile(title),
        modifiers_before=re.compile(rf"(?:(?<![\w\-])(?i:{mods})(?:\s+|(?<=-)))+$"),
        modifiers_leading=re.compile(rf"(?:(?i:{mods})(?:[^\S\n]+|(?<=-)))*"),
        honorific_tail=re.compile(rf"[\s,]*(?:(?:{alternation(lang['honorifics'])})\s+)*$"),
        after_gap=re.compile(r"(?:\s*,\s*|\s*\|\s*|[^\S\n]{2,}|[^\S\n]*\n[^\S\n]*|\s*\(\s*)"),
        at_split=re.compile(rf",?\s+(?:(?i:{alternation(at_words)}))\s+(?:(?i:{alternation(lang['articles'])})\s+)?"
                            rf"(?=(?:\w['’])?[A-ZÀ-Þ0-9]{lower_body})"),
        of_tail=re.compile(rf"\s+(?:(?i:{alternation(of_words)})(?:\s+|(?<=['’])))?"
                           rf"(?P<article>(?i:{alternation(lang['articles'])})(?:\s+|(?<=['’])))?$"),
        demonym_head=re.compile(rf"(?P<d>{alternation(lang['demonyms'])})\s+"),
        modified_demonym=re.compile(rf"(?:(?i:{alternation(lang['role_modifiers'] + list(lang['role_tense_words']))})"
                                    rf"\s+)+(?P<d>{alternation(lang['demonyms'])})\s+"),
        tense=re.compile(rf"(?<![\w])(?P<t>{alternation(lang['role_tense_words'])})(?![\w])"),
        allowed_word=re.compile(rf"^(?:(?:\w['’])?[A-ZÀ-Þ0-9].*|(?i:{connectors})|(?i:{mods})|&|-)$"),
        connectors=alternation(of_words),
        title_or_plural=re.compile(rf"(?<![\w\-])(?:{compound_plural}(?i:{plurals})(?![\w])|{title_body})"
                                   if lang["role_plurals"] else title),
        portfolio=re.compile(rf"\s+(?:{alternation(lang['portfolio_connectors'])})\s+(?=[A-ZÀ-Þ])"),
        title_then_portfolio=(re.compile(rf"{title}[^\S\n]+(?:{alternation(lang['portfolio_connectors'])})[^\S\n]+$")
                              if lang["portfolio_connectors"] else None),
        title_ending=re.compile(rf"({title})\s+(?:(?i:{alternation(of_words)})(?:\s+|(?<=['’]))"
                                rf"(?:(?i:{alternation(lang['articles'])})(?:\s+|(?<=['’])))?)?$"),
        country_of=re.compile(rf"\s+(?i:{alternation(lang['role_country_connectors'])})(?:\s+|(?<=['’]))$"),
        coordination=re.compile(rf"\s+(?:{and_words})\s+"),
        list_tail=re.compile(rf"(?:,\s*{_CAPITALISED_WORDS})+,?\s+(?:{and_words})\s+{_CAPITALISED_WORDS}"),
        genitive=re.compile(rf"\s+(?:{alternation(lang['role_genitive_articles'])})\s+(?=[A-ZÀ-Þ])"),
        org_word=re.compile(rf"(?i:[\w\-]*(?:{alternation(lang['org_keywords'] + lang['org_body_words'])}))"
                            rf"(?:{alternation(lang['inflection_suffixes'] + ['s', 'es', 'en', 'n'])})?$"),
        appointment=re.compile(rf"\s+(?:{alternation(lang['role_appointment_words'])}{_gapped_appointment(lang)})\s+"
                               rf"(?:(?:{alternation(lang['articles'])})\s+)?"),
        demonym_any=re.compile(rf"(?<![\w])(?P<d>{alternation(lang['demonyms'])})(?![\w])"),
        national=re.compile(rf"(?<![\w]){_closed_compound(lang)}(?i:{alternation(lang['national_titles'])})"),
        articles=alternation(lang["articles"]),
        article_words=frozenset(a.lower() for a in lang["articles"]),
        connector_words=frozenset(w.lower() for c in lang["name_connectors"] + lang["role_org_connectors"]
                                  + lang["articles"] + lang["role_since_words"] + lang["role_until_words"]
                                  + lang["range_starts"] for w in c.split()),
        range_starts=frozenset(w.lower() for w in lang["range_starts"]),
        post_nominals=frozenset(lang.get("role_post_nominals", [])),
        copula=re.compile(rf"[^\S\n]+(?:{_words(lang, 'role_copulas')})[^\S\n]+"
                          rf"(?:(?:{alternation(lang['articles'])})[^\S\n]+)?"),
        copula_before=re.compile(rf"[^\S\n]+(?:{_words(lang, 'role_copulas')})[^\S\n]+"
                                 rf"(?:{title}[^\S\n]+(?=(?:{alternation(lang['honorifics'])})[^\S\n]))?"
                                 rf"(?:(?:{alternation(lang['honorifics'])})[^\S\n]+)*$"),  # "ist Professor Dr. X"
        end_verb=re.compile(rf"[^\S\n]+(?:{_words(lang, 'role_end_verbs')})(?=[^\S\n]|$)"),
        staff_title=_word_pattern(lang.get("role_body_titles", []) + lang.get("role_staff_titles", [])),
        local_office=_word_pattern(list(lang.get("role_title_bodies", {}))),
        local_body_gap=_local_body_gap(lang, of_words),
        caption_position=(re.compile(rf"[^\S\n]*\([^\S\n]*(?i:{alternation(lang['role_caption_positions'])})[^\S\n]*\)(?=\s*,)")
                          if lang.get("role_caption_positions") else None),
        period=re.compile(rf"(?<![\w])(?:(?P<since>(?i:{alternation(lang['role_since_words'])}))"
                          rf"|(?P<until>(?i:{alternation(lang['role_until_words'])})))\s+"),
    )


def _gapped_appointment(lang: LangData) -> str:
    """"is vandaag begonnen als", "wurde am Montag zum", "was unanimously elected": an auxiliary, a few words
    without punctuation (a day, an adverb), then the participle and its preposition (``role_appointment_auxiliaries``,
    ``role_appointment_participles``), no negation among them; empty where the language data lists none."""
    auxiliaries, participles = lang.get("role_appointment_auxiliaries"), lang.get("role_appointment_participles")
    if not auxiliaries or not participles:
        return ""
    negations = alternation(lang.get("role_appointment_negations", [])) or "(?!)"  # "is niet benoemd tot"
    return (rf"|(?:{alternation(auxiliaries)})(?:[^\S\n]+(?!(?i:{negations})(?![\w]))[^\s,;:.!?()\"“”„«»]+)"
            rf"{{1,{config.APPOINTMENT_GAP_WORDS}}}?"
            rf"[^\S\n]+(?:{alternation(participles)})")


def _local_body_gap(lang: LangData, of_words: list[str]) -> re.Pattern[str] | None:
    """" van ", " van de gemeente ", " of the City of ": a connector, then optionally an article, the kind of body a
    local office governs (``role_title_bodies``) and a connector, before the place's name."""
    kinds = sorted({k for ks in lang.get("role_title_bodies", {}).values() for k in ks})
    if not of_words:
        return None
    of = rf"(?:(?i:{alternation(of_words)})[^\S\n]+)?"  # "of the City of London", "de la ville de Lyon"
    kind = rf"(?:(?:(?i:{alternation(lang['articles'])})[^\S\n]+)?(?i:{alternation(kinds)})[^\S\n]+{of})?" if kinds \
        else ""
    return re.compile(rf"[^\S\n]+(?i:{alternation(of_words)})[^\S\n]+{kind}")


def singular_of(title: str, pats: RolePatterns) -> str | None:
    """The singular title of a plural one ("ministers" -> "minister"); in a language that compounds its titles the
    plural may end a compound ("collegeleden" -> "collegelid", "oud-ministers" -> "oud-minister")."""
    plurals = pats.lang["role_plurals"]
    found = plurals.get(title) or plurals.get(title.lower())
    if found or not pats.lang.get("role_title_suffix_match") or title.lower() in pats.lang.get(
            "role_compound_plural_exceptions", []):  # "geleden", "overleden": no compounds of "leden"
        return found
    for plural, singular in sorted(plurals.items(), key=lambda kv: -len(kv[0])):
        if len(title) >= len(plural) + 3 and title.lower().endswith(plural.lower()) and title[-len(plural)].islower():
            return title[: -len(plural)] + singular[:1].lower() + singular[1:]  # "Landtagsabgeordnete"
    return None


def _word_pattern(words: list[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, in any case; None when the list is empty."""
    return re.compile(rf"(?<![\w\-])(?i:{alternation(words)})(?![\w])") if words else None


def _words(lang: LangData, key: str) -> str:
    """The alternation of an optional word list of the language data; a list that is empty matches nothing."""
    return alternation(lang.get(key, [])) if lang.get(key) else "(?!)"


def elision(text: str, i: int) -> bool:
    """"l’Europe", "d’Etat": an apostrophe between letters joins words, it does not close a quote."""
    return text[i] in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def initials_dot(text: str, i: int) -> bool:
    """"U.S.", "U.K.", "E.U.": a full stop inside an abbreviation of single capitals ends no phrase."""
    return (text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isupper() and text[i + 1].isupper()
            and (i < 2 or not text[i - 2].isalpha()))


def phrase_end(text: str, start: int, limit: int) -> int:
    end = start
    while end < limit and (text[end] not in DELIMITERS or elision(text, end) or initials_dot(text, end)) \
            and not (text[end] == "," and end > start):
        end += 1
    return end


def mentions_in(mentions: list[Mention], start: int, end: int, labels: tuple[str, ...]) -> list[Mention]:
    return [m for m in mentions if start <= m.start and m.end <= end and m.label in labels]


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


