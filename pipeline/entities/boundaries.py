"""Where a name begins and ends, beyond what the model or a single rule sees (data from the language files):

- a long form confirmed by the acronym in brackets after it: the initials of its words, connectors aside,
  spell the acronym ("Direction du développement et de la coopération (DDC)", "Eidgenössischen Departements
  für auswärtige Angelegenheiten (EDA)"); a long form that only names the portfolio after a preposition
  takes the organisation word before it ("Departements für Umwelt, Verkehr, Energie und Kommunikation (UVEK)");
- an organisation name with a preposition goes on through a list of capitalised words joined by commas and a
  coordinating word ("Ministry of Labour, Family, Social Affairs and Equal Opportunities");
- a name never runs across a spaced dash, which separates a banner from a page title ("European Commission -
  Daily News", "Mina Andreeva - Tel");
- the head of a two-word institution name (its noun, without the adjective: "Commission" of "European
  Commission", "Union" of "Union européenne") names it again further on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import config
from pipeline.entities.gazetteer import alias_table, names_by_id
from pipeline.records import Mention
from pipeline.resources.langdata import alternation, common_words, dictionary_words, load_language
from pipeline.textnorm import is_acronym

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĮİŁŃŇŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
CAP_WORD = rf"[{UPPER}][\w'’\-]*"
SPACED_DASH = re.compile(r"\s[-–—|·]\s|•")  # and bullets: "Département de l’information • New York"
WORD = re.compile(r"[^\s()]+")


@dataclass(frozen=True)
class BoundaryData:
    connectors: frozenset[str]  # lower case: words skipped when reading initials ("of", "du", "für")
    prepositions: frozenset[str]  # lower case: connectors that introduce an organisation's field ("für")
    function_words: frozenset[str]
    state_words: frozenset[str]  # lower case: "republic", "republiek": a long form that is a country
    institution_adjectives: frozenset[str]  # lower case: "european", "europese", "européenne"
    head_first: bool  # the noun comes first in "Union européenne"
    ambiguous_heads: frozenset[str]  # "Council": "the Council" of EU texts is not the "European Council"
    list_continuation: re.Pattern[str]  # ", Family, Social Affairs and Equal Opportunities"
    org_keywords: tuple[str, ...]  # lower case: a list holding one ("Training Service") names another body
    elided_articles: tuple[str, ...]  # articles glued to the next word: "l'", "L’" ("l'Office fédéral de ...")


@cache
def boundary_data(code: str | None) -> BoundaryData:
    lang = load_language(code)
    connectors = [c for c in lang["name_connectors"] if c != "&"]
    coordination = [w for w in lang["coordination"] if w.isalpha()]
    words = rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,{config.MAX_NAME_WORDS - 1}}}"
    return BoundaryData(
        connectors=frozenset(c.lower() for c in connectors + lang["articles"] + coordination),
        prepositions=frozenset(w.lower() for w in lang.get("field_prepositions", [])),
        function_words=frozenset(w.lower() for w in lang["capitalised_function_words"] + lang["articles"]),
        state_words=frozenset(w.lower() for w in lang.get("state_words", [])),
        institution_adjectives=frozenset(w.lower() for w in lang.get("institution_adjectives", [])),
        head_first=bool(lang.get("institution_head_first", False)),
        ambiguous_heads=frozenset(lang.get("ambiguous_heads", [])),
        org_keywords=tuple(k.lower() for k in lang["org_keywords"]),
        elided_articles=tuple(a for a in lang["articles"] if a.endswith(("'", "’"))),
        list_continuation=re.compile(rf"(?:,[^\S\n]+{words})*,?[^\S\n]+(?:{alternation(coordination)})[^\S\n]+{words}"),
    )


def _initials(word: str) -> list[str]:
    """The letters a word gives an acronym: one per capitalised part of a compound ("Potsdam-Institut"),
    without an elided article ("d'ajustement")."""
    word = re.sub(r"^[dlDL]['’]", "", word.strip(",;:"))
    parts = [p for p in re.split(r"[-‑]", word) if p]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return [p[0].upper() for p in parts]
    return [word[0].upper()] if word[:1].isalpha() else []


def _spells(letters: str, initials: list[str]) -> bool:
    """The acronym's first letter is the first initial, its last the last one, and the letters between
    are initials in order, skipping at most :data:`config.MAX_SKIPPED_INITIALS` words ("FEM": Fonds
    européen d'ajustement à la mondialisation; "EDA": Eidgenössischen Departements für auswärtige
    Angelegenheiten)."""
    if len(letters) < 2 or len(initials) < 2 or initials[0] != letters[0] \
            or len(initials) - len(letters) > config.MAX_SKIPPED_INITIALS:
        return False
    position = len(initials) - 1
    for letter in reversed(letters[1:]):
        while position >= 1 and initials[position] != letter:
            if position == len(initials) - 1:
                return False  # the last word must give the last letter
            position -= 1
        if position < 1:
            return False
        position -= 1
    return True


def acronym_long_forms(text: str, language: str | None) -> list[Mention]:
    """Long forms confirmed by their acronym, and the acronym, with one label (a "Republic" is a place)."""
    data = boundary_data(language)
    out = []
    for match in re.finditer(rf"\(\s*(?P<acr>[{UPPER}][\w&\-]{{1,11}})\s*\)", text):
        acronym = match.group("acr")
        if not is_acronym(acronym):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        words = list(WORD.finditer(text, line_start, match.start()))[-config.MAX_LONG_FORM_WORDS:]
        start = _long_form_start(words, acronym, data)
        if start is None:
            continue
        start = _organisation_before(words, start, data)
        begin = words[start].start() + _elision(words[start].group(0), data)  # "l'Office fédéral ... (OFPP)"
        long_form = text[begin: words[-1].end()].rstrip(",;:")
        label = _long_form_label(long_form, data)
        out.append(Mention(begin, begin + len(long_form), long_form, label, "rule"))
        out.append(Mention(match.start("acr"), match.end("acr"), acronym, label, "rule"))
    return out


def _long_form_start(words: list[re.Match[str]], acronym: str, data: BoundaryData) -> int | None:
    """The index of the nearest word from which the initials spell the acronym."""
    letters = "".join(c for c in acronym if c.isupper())
    for start in range(len(words) - 2, -1, -1):
        first = words[start].group(0)[_elision(words[start].group(0), data):]
        if not first[:1].isupper() or first.lower() in data.function_words:
            continue
        content = [w.group(0) for w in words[start:] if w.group(0).lower().strip(",;:") not in data.connectors]
        if any(not w[:1].isalpha() for w in content):
            return None  # figures or quotes: not a name
        initials = [i for w in content for i in _initials(w)]
        if _spells(letters, initials):
            return start
    return None


def _elision(word: str, data: BoundaryData) -> int:
    """The length of an elided article glued to a capitalised word ("l'Association des constructeurs européens
    d'automobiles (ACEA)" is "Association ..."), else 0."""
    for article in data.elided_articles:
        if word.startswith(article) and word[len(article):][:1].isupper():
            return len(article)
    return 0


def _organisation_before(words: list[re.Match[str]], start: int, data: BoundaryData) -> int:
    """"(Departements) für Umwelt, Verkehr ... (UVEK)": the acronym spells the field after a preposition;
    the name starts at the capitalised organisation word before it, with its capitalised adjectives."""
    if start < 2 or words[start - 1].group(0).lower() not in data.prepositions \
            or not words[start - 2].group(0)[:1].isupper():
        return start
    start -= 2
    for _ in range(config.MAX_ORG_ADJECTIVES):
        if start == 0:
            break
        before = words[start - 1].group(0)
        if not before[:1].isupper() or before.lower() in data.function_words or before.endswith((",", ".", ":")):
            break
        start -= 1
    return start


def _long_form_label(long_form: str, data: BoundaryData) -> str:
    entry = alias_table().lookup(long_form)
    if entry is not None:
        return entry.label
    return "LOC" if any(w.lower() in data.state_words for w in long_form.split()) else "ORG"


def extend_coordinated(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """Organisation names with a preposition continued through a comma list ("Ministry of Labour, Family,
    Social Affairs and Equal Opportunities"); mentions inside the extension give way to it."""
    data = boundary_data(language)
    if not data.prepositions:
        return mentions
    out = sorted(mentions, key=lambda m: m.start)
    for m in list(out):
        if m.label != "ORG" or m not in out or not any(w.lower() in data.prepositions for w in m.text.split()[1:]):
            continue
        tail = data.list_continuation.match(text, m.end)
        if not tail or "," not in tail.group(0) or any(w.lower().strip(",").endswith(data.org_keywords)
                                                        for w in tail.group(0).split()):
            continue  # "Ministry of Finance and Deutsche Bank", "Department of Labor, Veterans ... Service": two
        inside = [k for k in out if k is not m and k.start >= m.end and k.start < tail.end()]
        if any(k.end > tail.end() or k.label == "PERSON" for k in inside):
            continue
        longer = Mention(m.start, tail.end(), text[m.start:tail.end()], "ORG", m.method, m.model_label)
        out = [k for k in out if k is not m and k not in inside] + [longer]
    return sorted(out, key=lambda m: m.start)


def cut_at_dash(start: int, end: int, text: str) -> tuple[int, int]:
    """A span cut before a spaced dash: a banner and a page title are two things."""
    lead = start
    while lead < end and text[lead] in " \t•·|-–—":  # a bullet before the name is no separator
        lead += 1
    dash = SPACED_DASH.search(text, lead, end)
    return (start, dash.start()) if dash else (start, end)


def institution_heads(mentions: list[Mention], language: str | None) -> dict[str, Mention]:
    """The head noun of each two-word institution name of the document ("Commission" -> "European
    Commission"), also of the alias-table names of an organisation found under another form ("Union" of
    "Union européenne" where the release writes "UE"); a head that two organisation names of the document
    hold names neither ("Council" beside "European Council" and "Council of the European Union"). A name that
    holds the institution's own name ("Persvoorlichter Europese Rekenkamer", a contact line) is no other
    owner of its head."""
    data = boundary_data(language)
    table = alias_table()
    names_of = names_by_id(language)
    owner: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    keyed: list[tuple[Mention, str, bool]] = []
    institutions: dict[str, str] = {}  # two-word institution name -> its key
    head_keys: dict[str, str] = {}  # its head -> its key
    for m in mentions:
        if m.label != "ORG":
            continue
        entry = table.lookup(m.text)
        key = entry.id if entry else m.text
        keyed.append((m, key, entry is not None))
        for name in [m.text, *(names_of.get(key, []))]:
            words = name.split()
            if len(words) != 2:
                continue
            adjective, head = (words[1], words[0]) if data.head_first else (words[0], words[1])
            if adjective.lower() in data.institution_adjectives and head[:1].isupper() and head.isalpha() \
                    and head not in data.ambiguous_heads:
                first.setdefault(head, m)
                institutions.setdefault(name, key)
                head_keys.setdefault(head, key)
    for m, key, known in keyed:
        if not known:
            key = holder_key(m.text, institutions, key, head_keys, language)
        for name in [m.text, *(names_of.get(key, []))]:
            words = name.split()
            if len(words) >= 2 and m.text != name.split()[0]:
                for word in words:
                    owner.setdefault(word, set()).add(key)
    return {head: m for head, m in first.items() if len(owner.get(head, ())) == 1}


def holder_key(text: str, institutions: dict[str, str], default: str, heads: dict[str, str] | None = None,
               language: str | None = None) -> str:
    """The key of the institution whose name a longer organisation name holds as whole words ("Persvoorlichter
    Europese Rekenkamer" holds "Europese Rekenkamer"), or whose head (of ``heads``) it ends with after an article
    of the language, as a phrase about the institution ("Steun van het Parlement"); else ``default``."""
    held = next((key for name, key in institutions.items()
                 if text != name and re.search(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)), None)
    if held is None and heads:
        articles = alternation(load_language(language)["articles"])
        held = next((key for head, key in heads.items()
                     if re.search(rf"\s(?:{articles})\s+{re.escape(head)}$", text)), None)
    return held if held is not None else default


def representation_names(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A body's representation abroad is named by its kind and the place, with the body between ("Vertretung
    der Europäischen Kommission in Deutschland", "Representation of the European Commission in Ireland") or
    without it ("Vertretung in Deutschland", the author line of the body's own releases), or before it ("EU
    Delegation to China"): one organisation over the mentions inside it. The body must be a mention that ends
    where the preposition of place begins, the place a mention of a place."""
    lang = load_language(language)
    heads, preps = lang.get("representation_heads", []), lang.get("representation_prepositions", [])
    if not heads or not preps:
        return mentions
    connectors = alternation([c for c in lang["name_connectors"] + lang["articles"] if c.isalpha()])
    regex = re.compile(rf"(?<![\w\-])(?P<head>{alternation(heads)})(?:[^\S\n]+(?:(?:{connectors})[^\S\n]+)+"
                       rf"(?P<body>[^\n]{{2,80}}?))?[^\S\n]+(?:{alternation(preps)})[^\S\n]+$")
    out = sorted(mentions, key=lambda m: m.start)
    for place in [m for m in out if m.label == "LOC"]:
        window = max(0, place.start - 140)
        found = regex.search(text, window, place.start)
        if found is None:
            continue
        start = found.start("head")
        before = next((k for k in out if k.label == "ORG" and text[k.end:start] == " "), None)
        if before is not None and found.group("body") is None:  # "EU Delegation to China"
            start = before.start
        if found.group("body") is not None and not any(
                k.label == "ORG" and k.start == found.start("body") and k.end == found.end("body") for k in out):
            continue
        inside = [k for k in out if start <= k.start and k.end <= place.end]
        if any(k.start < start < k.end for k in out) or any(k.label == "PERSON" for k in inside):
            continue
        out = [k for k in out if k not in inside] + [Mention(start, place.end, text[start:place.end], "ORG", "rule")]
    return sorted(out, key=lambda m: m.start)


def leading_parts(mentions: list[Mention], language: str | None) -> dict[str, Mention]:
    """Short forms that name an organisation named in full earlier: the words of its name before a connector
    that introduces what it belongs to ("Cour des comptes" of "Cour des comptes des Communautés européennes",
    "Court of Justice" of "Court of Justice of the European Union"), where that rest is a body or place of the
    alias table or the full name is one. The short form holds two words or more, is no alias-table name of its
    own and is the leading part of one full name of the document only."""
    data, table = boundary_data(language), alias_table()
    elision = re.compile(r"^[dlDL]['’]")
    found: dict[str, set[Mention]] = {}
    for m in mentions:
        words = m.text.split()
        if m.label != "ORG" or len(words) < 4:
            continue
        known = table.lookup(m.text, language) is not None
        for i in range(2, len(words) - 1):
            if words[i].lower() not in data.connectors or words[i - 1].lower() in data.connectors:
                continue
            rest = words[i + 1:]
            while rest and rest[0].lower() in data.connectors:
                rest = rest[1:]
            if rest and elision.match(rest[0]):
                rest = [elision.sub("", rest[0]), *rest[1:]]
            if not rest or not rest[0][:1].isupper():
                continue
            if known or table.lookup(" ".join(rest), language) is not None:
                short = " ".join(words[:i])
                if table.lookup(short, language) is None and short[:1].isupper():
                    found.setdefault(short, set()).add(m)
    longer = {m.text for m in mentions if m.label == "ORG"}
    return {short: next(iter(ms)) for short, ms in found.items()
            if len({name for name in longer if name.startswith(f"{short} ")}) == 1}


def leading_part_mentions(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """Further occurrences of the short forms of :func:`leading_parts` ("la Cour des comptes"), as
    organisations."""
    parts = leading_parts(mentions, language)
    if not parts:
        return []
    regex = re.compile(rf"(?<![\w\-])(?:{alternation(parts)})(?![\w\-])")
    return [Mention(match.start(), match.end(), match.group(0), "ORG", "rule") for match in regex.finditer(text)]


def _word_of_language(word: str, language: str | None) -> bool:
    """A portfolio's word ("Landbouw"), not a surname ("Marc Perrin de Brichambaut")."""
    lower = word.lower()
    return lower in common_words(language) or lower in dictionary_words(language)


@cache
def _lower_particles(language: str | None) -> frozenset[str]:
    return frozenset(p for p in load_language(language)["name_particles"] if p[:1].islower())


def complement_start(words: list[str], language: str | None) -> int:
    """Where the complement glued to a person's name begins, ``len(words)`` if none: a lower-case particle after
    two name words before a word of the language ("Carola Schouten van Landbouw") or a known place or body
    ("Femke Halsema van Amsterdam", "Malu Dreyer von Rheinland-Pfalz"), and a second particle after the surname
    of the first ("Stientje van Veldhoven van Infrastructuur"); "Ank van Engelshoven", "Marc Perrin de
    Brichambaut" and "Ursula von der Leyen" keep theirs."""
    particles = _lower_particles(language)
    for i, word in enumerate(words):
        if word not in particles or (i and words[i - 1] in particles):
            continue  # "von der": one particle of two words
        if any(w in particles and any(x[:1].isupper() for x in words[j + 1:i]) for j, w in enumerate(words[:i])):
            return i
        if i >= 2 and (i + 1 == len(words) or _word_of_language(words[i + 1], language)
                       or _known_name(words[i + 1:])):
            return i
    return len(words)


def _known_name(words: list[str]) -> bool:
    """The words start with a name of the alias table ("Amsterdam", "Rheinland-Pfalz"); a town of the city list
    may be a noble's name ("Karl Theodor zu Guttenberg")."""
    return any(alias_table().lookup(" ".join(words[:n]).rstrip(".,;:")) is not None
               for n in range(min(len(words), 3), 0, -1))


def end_after_full_name(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """A person's name ends where its complement begins (:func:`complement_start`); an initial before the particle
    opens the next name ("Jean-Yves Le Drian F. de La Mure", a photo credit after a caption)."""
    out = []
    for m in mentions:
        words = list(re.finditer(r"\S+", m.text))
        i = complement_start([w.group(0) for w in words], language) if m.label == "PERSON" else len(words)
        if i < len(words):
            kept = m.text[:words[i].start()].rstrip()
            initial = re.search(r"\s+[^\W\d_]\.$", kept)  # "Jean-Yves Le Drian F. de La Mure": "F." opens the next
            if initial and initial.group(0)[-2:-1].isupper() and len(kept[:initial.start()].split()) >= 2:
                kept = kept[:initial.start()]
            end = m.start + len(kept)
            out.append(Mention(m.start, end, text[m.start:end], m.label, m.method, m.model_label))
        else:
            out.append(m)
    return out
