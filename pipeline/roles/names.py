"""Role extraction, the people a title phrase belongs to: names the recogniser missed or took with their title
(a label line "Pressesprecherin: Anna Muster", an honorific opening a mention, a name before a title), and names
the statistical recogniser labelled a place or an organisation right at a title: "la ministre Chartrand" (a place
"Chartrand"), "Le Ministre-Président Elio Di Rupo" (an organisation holding the title). A model's mention that no
table knows (not the gazetteer's, not the alias table's, no city) and that is a name by the role rules' test is
the person the title introduces. Used by :mod:`pipeline.roles.extract`."""

from __future__ import annotations

import re
from functools import cache

from pipeline import config
from pipeline.entities.gazetteer import alias_table
from pipeline.entities.places import city_names
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, common_words, dictionary_words, known_words, load_language
from pipeline.resources.models import choose, model_table
from pipeline.roles.patterns import LABEL_HEAD, RolePatterns, singular_of, strip_span

Titled = tuple[Mention, str | None, tuple[int, int] | None]  # a titled person, its singular title, the plural's span



def titled_mislabelled(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Mention]:
    """People inside or right after a title that the model labelled a place or an organisation (module docstring)."""
    found = []
    for m in mentions:
        if m.label == "PERSON" or m.method != "model" or alias_table().lookup(m.text) is not None or (
                m.text in city_names()[0]):
            continue
        start = _after_title(text, m, pats)
        if start is None:
            continue
        words = text[start:m.end].split()
        if 1 <= len(words) <= config.ROLE_MISLABELLED_NAME_WORDS \
                and all(w[:1].isupper() or w in pats.connector_words for w in words) \
                and _name_ok(text, start, m.end, [], pats):
            found.append(Mention(start, m.end, text[start:m.end], "PERSON", method="rule"))
    return found


def _after_title(text: str, m: Mention, pats: RolePatterns) -> int | None:
    """Where the name starts: past a title that opens the mention ("Ministre-Président Elio Di Rupo"), or at the
    mention's start when a singular title stands right before it ("la ministre Chartrand"); else None."""
    opening = pats.title.match(text, m.start, m.end)
    if opening is not None:
        rest = re.compile(r"[^\S\n]+(?=\S)").match(text, opening.end(), m.end)
        return rest.end() if rest else None
    before = re.search(r"(\S+)[^\S\n]+$", text[max(0, m.start - 60): m.start])
    if before and pats.title.fullmatch(before.group(1)) and before.group(1) not in pats.lang["role_plurals"]:
        return m.start
    return None


def _one_name(code: str | None) -> str:
    """A name of one to three capitalised words, with particles between them ("Van der Bellen")."""
    lang = load_language(code)
    particles = alternation(lang["name_particles"] + [p.capitalize() for p in lang["name_particles"]])
    token = r"(?:(?:[A-ZÀ-Þ]\.-?){1,4}(?<=\.)|[A-ZÀ-Þ][\w'’\-]*[a-zà-ÿ][\w'’\-]*)"  # "P.H.", "J.-P.": initials
    upper = alternation([p.capitalize() for p in lang["name_particles"]])
    return rf"(?:(?:{upper})\s+)?{token}(?:[^\S\n]+(?:(?:{particles})[^\S\n]+)*{token}){{0,2}}"  # within its line


@cache
def _name_pattern(code: str | None) -> re.Pattern[str]:
    lang = load_language(code)
    name = _one_name(code)
    joiners = alternation(lang["coordination"])
    honorifics = alternation(lang["honorifics"])
    return re.compile(rf"\s+(?:(?:{honorifics})\s+)*(?P<names>{name}(?:\s*(?:{joiners})\s*{name})*)")  # "Prof. Dr."


@cache
def has_model(code: str) -> bool:
    return code in model_table() and choose(code).package is not None


def _name_ok(text: str, start: int, end: int, mentions: list[Mention], pats: RolePatterns,
             lexicon: bool = True) -> bool:
    lang = pats.lang
    words = text[start:end].split()
    blocked = set(lang["capitalised_function_words"]) | set(lang["months"]) | set(lang["weekdays"]) | set(
        lang["org_keywords"])
    particles = {p.lower() for p in lang["name_particles"]}
    if any((w in blocked and w.lower() not in particles and not _surname_after_particle(words, i, particles))
           or pats.title.fullmatch(w) for i, w in enumerate(words)) or all(
            w.lower() in particles for w in words):
        return False
    if any(m.start < end and start < m.end and re.search(r"[^\W\d_]{2}", m.text) for m in mentions):
        return False  # another mention there; not a fragment of initials ("J" of "J.A. de Vries")
    known = dictionary_words(lang.code) if lexicon and has_model(lang.code) else frozenset()
    if any(w.lower() in known or w.lower().removesuffix("s") in known for w in words):
        return False  # a recogniser runs: a capitalised dictionary word after a title is no missed name
    if lang["nouns_capitalised"]:  # German: a capitalised word after a title may be any noun
        core = [w for w in words if not re.fullmatch(r"[A-ZÀ-Þ]\.", w)]
        return len(core) >= 2 or (len(core) == 1 and core[0].lower() not in common_words(lang.code))
    return True


def _surname_after_particle(words: list[str], i: int, particles: set[str]) -> bool:
    """"Sanne de Jong", "Piet de Raad": a word that also heads organisations ("Jong CDA", "Raad van State") is a
    surname after a lower-case name particle inside a name."""
    return i > 0 and words[i - 1] in particles and words[i - 1].islower()


def titled_names(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Titled]:
    """People named right after a title: those the recogniser missed ("minister Kaag", "Bundesrat Ignazio
    Cassis"), and every name of a list after a plural title ("de ministers Van Nieuwenhuizen en Van Engelshoven",
    "the Commissioners Elisa Ferreira and Nicolas Schmit", "les ministres X et Y", "die Bundesräte X und Y"),
    found or not: (mention, the singular title of a plural, the plural title's span)."""
    found: list[Titled] = []
    people = [m for m in mentions if m.label == "PERSON"]
    for match in pats.title_or_plural.finditer(text):
        title = match.group(0)
        singular = singular_of(title, pats)
        after = _name_pattern(pats.lang.code).match(text, match.end())
        if not after or "\n\n" in text[match.end(): after.start("names")] or (
                singular and "\n" in text[match.end(): after.start("names")]):
            continue  # a title ends its paragraph (a headline); a plural's list stays on its line
        words = alternation([c for c in pats.lang["coordination"] if c[:1].isalpha()])
        offset, names = after.start("names"), after.group("names")
        cuts = [0] + [x for c in re.finditer(rf"\s*[,&]\s*|\s+(?:{words})\s+", names) for x in c.span()] + [len(names)]
        parts = [strip_span(text, offset + cuts[i], offset + cuts[i + 1]) for i in range(0, len(cuts), 2)]
        if not singular:
            parts = parts[:1]
        span = _title_span(text, match, pats) if singular else None
        for s, e in parts:
            known = next((m for m in people if m.start < e and s < m.end), None)
            if singular and known is not None and s <= known.start and known.end <= offset + len(names):
                found.append((known, singular, span))  # a name of the list the recogniser found
            elif e > s and _name_ok(text, s, e, mentions, pats):
                found.append((Mention(s, e, text[s:e], "PERSON", method="rule"), singular, span))
            elif not singular and (cut := _before_place(text, s, e, mentions, pats)):
                found.append((Mention(s, cut, text[s:cut], "PERSON", method="rule"), None, None))
            elif singular:
                break  # the list stops at the first part that is no name
    return found


def _before_place(text: str, start: int, end: int, mentions: list[Mention], pats: RolePatterns) -> int | None:
    """"Burgemeester Femke Halsema van Amsterdam", "Wethouder X van Utrecht": a name read on into "van" and a place
    or body the recogniser found ends before that particle (two words at least)."""
    later = next((m for m in mentions if start < m.start < end < m.end or start < m.start < m.end <= end), None)
    if later is None or later.label == "PERSON":
        return None
    particles = alternation(pats.lang["name_particles"])
    head = re.fullmatch(rf"(.*?\S)\s+(?:(?:{particles})\s+)+", text[start: later.start])
    if head is None:
        return None
    cut = start + head.end(1)
    ok = len(text[start:cut].split()) >= 2 and _name_ok(text, start, cut, mentions, pats)
    return cut if ok else None


def _title_span(text: str, match: re.Match[str], pats: RolePatterns) -> tuple[int, int]:
    """A plural title with the modifiers before it ("de Vlaamse ministers"): the phrase every name shares."""
    line_start = max(text.rfind("\n", 0, match.start()) + 1, match.start() - config.LOOKBACK_CHARS)
    modifiers = pats.modifiers_before.search(text, line_start, match.start())
    return (modifiers.start() if modifiers else match.start()), match.end()


@cache
def _name_before_title(code: str | None) -> re.Pattern[str]:
    """A name at the start of a sentence or after a speech verb, then a comma (or a copula) and a title phrase
    ("Georg Thiel, Präsident des Statistischen Bundesamtes", "zegt Peter Hein van Mulligen, hoofdeconoom",
    "Tobias Thomas ist seit März 2020 Generaldirektor"); the caller checks the title."""
    lang = load_language(code)
    honorifics = alternation(lang["honorifics"])
    articles = alternation(lang["articles"] + ["a", "an", "een", "un", "une", "ein", "eine"])
    verbs = alternation(lang["speech_verbs"] + lang.get("role_speaker_words", []))  # "zegt", "volgens", "laut"
    copulas = alternation(lang.get("role_copulas", []) + lang["role_appointment_words"]) or "(?!)"
    since = alternation(lang["role_since_words"])
    period = rf"(?:(?:{since})\s+(?:[\w.]+\s+){{1,3}}?)?"  # "sinds 1 september 2023", "seit März 2020", "per 1 juli"
    # "Georg Thiel, Präsident", "Peter de Vries (directeur van X)", "X is sinds 2019 voorzitter"
    link = rf"(?:\s*,\s+|[^\S\n]+\([^\S\n]*|\s+(?:{copulas})\s+{period})"
    return re.compile(rf"(?:^|(?<=[.;:!?(“\"„«]\s)|(?<=\n)|(?<![\w\-])(?:{verbs})\s+)[^\S\n]*"
                      rf"(?:(?:{honorifics})\s+)?(?P<name>{_one_name(code)}){link}(?:(?:{articles})\s+)?$")


def names_before_titles(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Mention]:
    """People the recogniser missed, named at the start of a sentence or after a speech verb right before ", title"
    ("Georg Thiel, Präsident des Statistischen Bundesamtes, stellte ...", "..., zegt Jan Peeters, directeur van")."""
    found: list[Mention] = []
    pattern = _name_before_title(pats.lang.code)
    speakers = alternation(pats.lang.get("role_speaker_words", []))
    for title in pats.title.finditer(text):
        line_start = max(0, title.start() - config.LOOKBACK_CHARS // 2)
        modifiers = pats.modifiers_before.search(text, line_start, title.start())
        head_end = modifiers.start() if modifiers else title.start()
        before = pattern.search(text, line_start, head_end)
        if before is None:
            continue
        s, e = before.start("name"), before.end("name")
        lead = re.match(rf"(?:{speakers})\s+", text[s:e]) if speakers else None
        s += lead.end() if lead else 0  # "Volgens Jan de Vries, directeur ...": the speaker word opens the sentence
        if "," not in text[e:head_end] and not _in_sentence(text, title.end()):
            continue  # "Mutmaßlicher Spion ist Chef einer Firma" as a headline: no sentence, no role
        if _name_ok(text, s, e, mentions + found, pats) and len(text[s:e].split()) >= 2:
            found.append(Mention(s, e, text[s:e], "PERSON", method="rule"))
    return found


def _in_sentence(text: str, i: int) -> bool:
    """Whether the line around ``i`` holds a sentence (punctuation ends it or a sentence inside it), not a headline."""
    line_end = text.find("\n", i)
    line = text[i: line_end if line_end >= 0 else len(text)].rstrip()
    return bool(re.search(r"[.!?…][\"”“’»]?$|[.!?]\s", line))


@cache
def _label_line(code: str | None) -> re.Pattern[str]:
    lang = load_language(code)
    posts = alternation(sorted(lang.get("role_post_nominals", [])))  # matches nothing when empty
    return re.compile(rf"^{LABEL_HEAD}(?:(?:{alternation(lang['honorifics'])})\s+)*"
                      rf"(?P<name>{_one_name(code)})(?:[^\S\n]+(?:{posts}))?[^\S\n]*$", re.M)


def labelled_names(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Mention]:
    """People the recogniser missed on a label line: "- Deputy First Minister and Cabinet Secretary for Climate Change:
    Huw Irranca-Davies MS", "Pressesprecherin: Anna Muster" (a title before the colon, a name alone after it)."""
    found = []
    for match in _label_line(pats.lang.code).finditer(text):
        s, e = match.span("name")
        if pats.title.search(match.group("t")) and len(text[s:e].split()) >= 2 and _name_ok(
                text, s, e, mentions, pats, lexicon=False):
            found.append(Mention(s, e, text[s:e], "PERSON", method="rule"))
    return found


def honorific_people(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Mention]:
    """"the Honourable Dominic LeBlanc" read as an organisation: a mention that opens with an honorific is a
    person (the name after it)."""
    pattern = re.compile(rf"(?:(?:{alternation(pats.lang['honorifics'])})\s+)+")
    found = []
    for m in mentions:
        opening = pattern.match(text, m.start) if m.label != "PERSON" else None
        if opening and opening.end() < m.end and _name_ok(text, opening.end(), m.end, [], pats):
            found.append(Mention(opening.end(), m.end, text[opening.end():m.end], "PERSON", method="rule"))
    return found


def mislabelled_people(text: str, mentions: list[Mention], pats: RolePatterns) -> list[Mention]:
    """"la ministre chargée des Collectivités territoriales, Dominique Faure", "Klaus-Heiner Lehne, President of the
    ECA", "Minister for X: Rebecca Evans MS": names the recogniser labelled an organisation or a place that no table
    knows and no organisation word marks (the caller keeps those a title phrase introduces)."""
    from pipeline.entities.places import city_names

    found = []
    keywords = {w.lower() for w in pats.lang["org_keywords"]}
    particles = {p.lower() for p in pats.lang["name_particles"]}
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" or not 2 <= len(words) <= 4 or not all(  # "Sanne de Jong": particles inside
                w[:1].isupper() or (0 < i < len(words) - 1 and w in particles) for i, w in enumerate(words)) or any(
                w.lower() in keywords and not _surname_after_particle(words, i, particles)
                for i, w in enumerate(words)) or alias_table().lookup(m.text) is not None \
                or m.text in city_names()[0] or not _name_ok(text, m.start, m.end, [], pats, lexicon=False):
            continue
        honorifics = alternation(pats.lang["honorifics"])
        if re.search(rf"[^\W\d]\s*,\s*(?:(?:{honorifics})\s+)?$", text[max(0, m.start - 40):m.start]):
            found.append(Mention(m.start, m.end, m.text, "PERSON", method="rule"))  # an apposition after the title
        elif re.search(r"\S:[^\S\n]*$", text[max(0, m.start - 3):m.start]) or re.match(
                rf"\s*,\s*(?:(?:{alternation(pats.lang['articles'])})\s+)?{pats.title.pattern}", text[m.end:]):
            found.append(_without_post_nominal(text, Mention(m.start, m.end, m.text, "PERSON", method="rule"), pats))
    return found


def _without_post_nominal(text: str, m: Mention, pats: RolePatterns) -> Mention:
    last = re.search(r"\s+(\S+)$", m.text)
    if last and last.group(1) in pats.post_nominals:
        return Mention(m.start, m.start + last.start(), m.text[: last.start()], m.label, method=m.method)
    return m


def without_title(text: str, m: Mention, pats: RolePatterns) -> Mention | None:
    """A person mention that holds its title ("Bundesrätin Micheline Calmy-Rey") loses it; one that is only a
    title ("Commissaris") is none; "Carola Schouten van Landbouw" stops before the portfolio."""
    title = pats.title.match(text, m.start)
    start, end = m.start, m.end
    if title and title.end() <= m.end:
        start = title.end()
        while start < end and text[start].isspace():
            start += 1
    start = _past_portfolio(text, m, start, end, pats)
    last = re.search(r"\s+(\S+)$", text[start:end])
    if last and ((pats.title.fullmatch(last.group(1)) and len(text[start:end].split()) >= 3)
                 or (last.group(1) in pats.post_nominals and len(text[start:end].split()) >= 2)):
        end = start + last.start()  # "David Littleproud MP", "Lynne Neagle MS": post-nominal letters are no name
    words = list(re.finditer(r"\S+", text[start:end]))
    month = next((i for i, w in enumerate(words) if i >= 2 and w.group(0) in pats.lang["months"]), None)
    if month is not None:  # "Klaus-Peter Murawski Anfang September": a date read into the name
        cut = month - 1 if words[month - 1].group(0) in pats.lang.get("period_qualifiers", []) else month
        end = start + words[cut - 1].end() if cut >= 2 else end
    portfolio = pats.portfolio.search(text, start, end)
    minister = pats.national.search(text, max(0, m.start - config.LOOKBACK_CHARS // 4), start)
    if portfolio and minister and (len(text[start:portfolio.start()].split()) >= 2 or _portfolio_words(
            text, portfolio.end(), end, pats)):
        end = portfolio.start()  # only a minister has a portfolio: "Peter Hein van Mulligen" is one name; a surname
        # after "van" is one word ("Cora van Nieuwenhuizen"), a portfolio more ("Ollongren van Binnenlandse Zaken")
    if end <= start or not text[start].isupper() or text[start:end].lower() in {
            w.lower() for w in list(pats.lang["role_tense_words"]) + pats.lang["role_modifiers"]}:
        return None  # "Counsel General Designate": a modifier of the title, no name
    if start != m.start and not _name_ok(text, start, end, [], pats):
        return None  # "Head Start": a title and a word, not a titled name
    if (start, end) == (m.start, m.end):
        return m
    return Mention(start, end, text[start:end], "PERSON", method=m.method)


def _portfolio_words(text: str, start: int, end: int, pats: RolePatterns) -> bool:
    """"Binnenlandse Zaken", "Justitie en Veiligheid": after a one-word name and "van", two capitalised words or a
    list that goes on past the name with "en" and a dictionary word are a portfolio (a surname is one word)."""
    words = text[start:end].split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words):
        return True
    joint = _list_goes_on(pats.lang.code).match(text[end: end + 60])
    particles = {p.lower() for p in pats.lang["name_particles"]}
    name_goes_on = joint and joint.group(2) and (joint.group(2)[:1].isupper() or joint.group(2).lower() in particles)
    return bool(joint and len(words) == 1 and not name_goes_on and joint.group(1).lower() in known_words(
        pats.lang.code))  # "Cora van Dijk en Jan de Vries": two people


@cache
def _list_goes_on(code: str | None) -> re.Pattern[str]:
    """A comma or "and" and a capitalised word, then the word after it: "... en Veiligheid opende"."""
    joints = alternation([c for c in load_language(code)["coordination"] if c[:1].isalpha()])
    return re.compile(rf"[^\S\n]*(?:,|\s(?:{joints}))[^\S\n]+([A-ZÀ-Þ][\w\-]+)(?:[^\S\n]+(\S+))?")


def _past_portfolio(text: str, m: Mention, start: int, end: int, pats: RolePatterns) -> int:
    """"Commissaris voor Handel Cecilia Malmström": after a title and a portfolio connector, the leading dictionary
    words of a longer "name" are the portfolio (two words of the name at least are kept)."""
    before = pats.title_then_portfolio
    if before is None or start != m.start or not before.search(text[max(0, start - config.LOOKBACK_CHARS // 4): start]):
        return start
    words = list(re.finditer(r"\S+", text[start:end]))
    known = known_words(pats.lang.code)
    taken = 0
    while len(words) - taken > 2 and words[taken].group(0).lower() in known:
        taken += 1
    return start + words[taken].start() if taken else start


def portfolio_after(text: str, person: Mention, pats: RolePatterns) -> tuple[int, int] | None:
    """"minister Carola Schouten van Landbouw, Natuur en Voedselkwaliteit": the portfolio after the name, up to
    the first word that is neither capitalised nor a connector."""
    match = pats.portfolio.match(text, person.end)
    if not match or not pats.national.search(text, max(0, person.start - config.LOOKBACK_CHARS // 4), person.start):
        return None
    end = match.start()
    for word in re.finditer(r"\S+", text[match.end(): match.end() + config.LOOKBACK_CHARS]):
        core = word.group(0).rstrip(",.;:")
        if core[:1].isupper():
            end = match.end() + word.start() + len(core)
        elif not pats.allowed_word.match(core):
            break
        if word.group(0) != core and not word.group(0).endswith(","):
            break
    return (person.end, end) if end > match.end() else None
