"""Cross-document linking (pipeline/entities/linking.py): names written in capitals give way to their usual
spelling, the entities of names several countries' bodies bear stay within their document."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.entities.gazetteer import LOCAL_KEY, alias_table
from pipeline.entities.linking import abbreviates, spelled_names
from pipeline.entities.matching import same_name, sub_body
from pipeline.records import EntityRef
from pipeline.store import Store, connect
from pipeline.textnorm import fold


def resolve_all(tmp_path, refs: list[tuple[EntityRef, str]]) -> tuple[list[int], dict[int, str]]:
    db = tmp_path / "d.sqlite"
    store = Store(connect(str(db)))
    with store.engine.begin() as conn:
        ids = [store.linker.resolve(conn, ref, language) for ref, language in refs]
    with sqlite3.connect(db) as conn:
        names = dict(conn.execute("SELECT id, name FROM entities"))
    return ids, names


@pytest.mark.parametrize(("shouting", "usual", "language"), [
    ("SENATE", "Senate", "en"),
    ("DEPARTMENT OF DEFENSE", "Department of Defense", "en"),
    ("MINISTERIE VAN FINANCIËN", "Ministerie van Financiën", "nl"),
    ("MINISTÈRE DES ARMÉES", "Ministère des Armées", "fr"),
    ("BUNDESMINISTERIUM DER FINANZEN", "Bundesministerium der Finanzen", "de"),
])
def test_a_name_in_capitals_gives_way_to_its_usual_spelling(tmp_path, shouting, usual, language):
    key = f"ORG:{usual.casefold()}"
    ids, names = resolve_all(tmp_path, [(EntityRef(key, shouting, "ORG", (shouting,)), language),
                                        (EntityRef(key, usual, "ORG", (usual,)), language)])
    assert ids[0] == ids[1]
    assert names[ids[0]] == usual


def test_an_acronym_in_capitals_keeps_its_name(tmp_path):
    ids, names = resolve_all(tmp_path, [(EntityRef("ORG:ndrc", "NDRC", "ORG", ("NDRC",)), "en"),
                                        (EntityRef("ORG:ndrc", "NDRC", "ORG", ("NDRC",)), "en")])
    assert ids[0] == ids[1] and names[ids[0]] == "NDRC"


def test_document_local_entities_are_never_linked(tmp_path):
    """"Bundesrat" in two releases that name no country: maybe two bodies, two entities; and no later
    name is matched to them by spelling."""
    refs = [(EntityRef(f"ORG:bundesrat{LOCAL_KEY}{doc}", "Bundesrat", "ORG", ("Bundesrat",)), "de")
            for doc in ("aaaa", "bbbb")]
    refs.append((EntityRef("ORG:bundesrats", "Bundesrats", "ORG", ("Bundesrats",)), "de"))
    ids, _ = resolve_all(tmp_path, refs)
    assert len(set(ids)) == 3


def person(name: str) -> EntityRef:
    return EntityRef(f"PERSON:{name.casefold()}", name, "PERSON", (name,))


@pytest.mark.parametrize(("full", "surname", "language"), [
    ("Mark Rutte", "Rutte", "nl"),
    ("Maggie De Block", "De Block", "nl"),
    ("Ursula von der Leyen", "von der Leyen", "de"),
    ("Jean-Yves Le Drian", "Le Drian", "fr"),
    ("Hillary Rodham Clinton", "Clinton", "en"),
])
def test_a_surname_alone_is_the_one_person_of_the_dataset_with_it(tmp_path, full, surname, language):
    ids, _ = resolve_all(tmp_path, [(person(full), language), (person(surname), language)])
    assert ids[0] == ids[1]


@pytest.mark.parametrize(("first", "second", "surname", "language"), [
    ("Mark Rutte", "Arno Rutte", "Rutte", "nl"),
    ("Ted Kennedy", "John F. Kennedy", "Kennedy", "en"),
    ("Olaf Scholz", "Andreas Scholz", "Scholz", "de"),
])
def test_two_people_sharing_a_surname_stay_apart(tmp_path, first, second, surname, language):
    ids, _ = resolve_all(tmp_path, [(person(first), language), (person(second), language),
                                    (person(surname), language)])
    assert len(set(ids)) == 3


@pytest.mark.parametrize(("long", "acronym", "language"), [
    ("National Development and Reform Commission", "NDRC", "en"),
    ("Direction du développement et de la coopération", "DDC", "fr"),
    ("Bundesamt für Umwelt", "BAFU", "de"),
    ("Rijksdienst voor Ondernemend Nederland", "RVO", "nl"),
])
def test_an_acronym_alone_is_the_organisation_seen_with_it_and_its_expansion(tmp_path, long, acronym, language):
    defined = EntityRef(f"ORG:{long.casefold()}", long, "ORG", (long, acronym))
    alone = EntityRef(f"ORG:{acronym.casefold()}", acronym, "ORG", (acronym,))
    other = "en" if language != "en" else "de"
    ids, _ = resolve_all(tmp_path, [(defined, language), (alone, language), (alone, other)])
    assert ids[0] == ids[1]
    assert ids[2] != ids[0]  # a release of another language: not the same acronym


@pytest.mark.parametrize(("key", "name", "spelled", "not_spelled"), [
    ("ORG:bundesamt fur umwelt", "Bundesamt für Umwelt", "bundesamt fur umwelt", None),
    ("ORG:koninklijk nederlands meteorologisch instituut", "Koninklijk Nederlands Meteorologisch Instituut",
     "koninklijk nederlands meteorologisch instituut", None),
    ("alias:eu-eea", "European Environment Agency", "european environment agency", "eu-eea"),
    ("alias:ch-fso", "Swiss Federal Statistical Office", "office federal de la statistique", "ch-fso"),
    ("alias:ch-fso", "Swiss Federal Statistical Office", "bundesamt fur statistik", "ch-fso"),
    ("alias:fr-afd", "Agence française de développement", "agence francaise de developpement", "fr-afd"),
])
def test_a_key_spells_its_name_and_an_alias_key_its_entrys_names(key, name, spelled, not_spelled):
    names = spelled_names(key, name)
    assert spelled in names
    assert not_spelled not in names  # an alias-table id is no name ("eea" is a word of "eu-eea")


@pytest.mark.parametrize(("entry", "name", "acronym", "language"), [
    ("eu-eea", "European Environment Agency", "EEA", "en"),
    ("ch-fso", "Office fédéral de la statistique", "OFS", "fr"),
    ("ch-fso", "Bundesamt für Statistik", "BFS", "de"),
    ("olaf", "Europees Bureau voor Fraudebestrijding", "EBF", "nl"),
])
def test_an_acronym_alone_is_the_alias_table_entity_seen_with_it(tmp_path, entry, name, acronym, language):
    """The entity of an alias-table name stores the table's English name; an acronym of the release's own
    language abbreviates the name in that language."""
    table_entry = alias_table().lookup(name)
    assert table_entry is not None and table_entry.id == entry
    defined = EntityRef(f"alias:{entry}", table_entry.name, "ORG", (name, acronym))  # as clusters names it
    alone = EntityRef(f"ORG:{acronym.casefold()}", acronym, "ORG", (acronym,))
    ids, _ = resolve_all(tmp_path, [(defined, language), (alone, language)])
    assert ids[0] == ids[1]


def test_an_acronym_of_two_organisations_links_to_neither(tmp_path):
    a = EntityRef("ORG:european defence agency", "European Defence Agency", "ORG", ("European Defence Agency", "EDA"))
    b = EntityRef("ORG:economic development administration", "Economic Development Administration", "ORG",
                  ("Economic Development Administration", "EDA"))
    alone = EntityRef("ORG:eda", "EDA", "ORG", ("EDA",))
    ids, _ = resolve_all(tmp_path, [(a, "en"), (b, "en"), (alone, "en")])
    assert len(set(ids)) == 3


@pytest.mark.parametrize(("acronym", "name", "expected"), [
    ("va", "department of veterans affairs", True),
    ("liheap", "low-income home energy assistance program", True),
    ("ddc", "direction du developpement et de la cooperation", True),
    ("bafu", "bundesamt fur umwelt", True),
    ("rvo", "rijksdienst voor ondernemend nederland", True),
    ("ct", "ct police department", False),  # a word of the name, not its abbreviation
    ("tricare", "tricare for guard members", False),
    ("fod", "federale overheidsdienst", True),
    ("ilo", "world health organization", False),
])
def test_abbreviates(acronym, name, expected):
    assert abbreviates(acronym, name) is expected


def test_an_acronym_that_only_starts_a_name_is_not_linked_to_it(tmp_path):
    named = EntityRef("ORG:ct police department", "CT Police Department", "ORG", ("CT Police Department", "CT"))
    alone = EntityRef("ORG:ct", "CT", "ORG", ("CT",))
    ids, _ = resolve_all(tmp_path, [(named, "en"), (alone, "en")])
    assert ids[0] != ids[1]


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("senate appropriations subcommittee", "senate appropriations committee", True),
    ("unterausschuss fur abrustung", "ausschuss fur abrustung", True),
    ("subcommissie voor de financien", "commissie voor de financien", True),
    ("sous-comite des droits de l'homme", "comite des droits de l'homme", True),
    ("indian health services", "indian health service", False),  # a spelling variant
    ("federal public service social-security", "federal public service social security", False),
])
def test_a_sub_body_is_never_its_body(a, b, expected):
    assert sub_body(a, b) is expected


def test_a_subcommittee_is_not_merged_with_its_committee_by_spelling():
    assert not same_name("Senate Appropriations Subcommittee", "Senate Appropriations Committee")
    assert same_name("Indian Health Services", "Indian Health Service")


def org(name: str) -> EntityRef:
    return EntityRef(f"ORG:{fold(name)}", name, "ORG", (name,))


@pytest.mark.parametrize(("inflected", "plain"), [
    ("Bundesamts für Landestopografie", "Bundesamt für Landestopografie"),
    ("Statistischen Landesamtes", "Statistisches Landesamt"),
    ("Europäischen Zentralbank", "Europäische Zentralbank"),
])
@pytest.mark.parametrize("inflected_first", [True, False])
def test_an_inflected_name_is_the_entity_of_its_plain_form_in_another_release(tmp_path, inflected, plain,
                                                                              inflected_first):
    refs = [(org(inflected), "de"), (org(plain), "de")]
    ids, _ = resolve_all(tmp_path, refs if inflected_first else refs[::-1])
    assert ids[0] == ids[1]


@pytest.mark.parametrize(("a", "b"), [
    ("Bundesamt für Statistik", "Bundesamt für Umwelt"),  # other words, not other endings
    ("Landesamt Nord", "Landesamt Süd"),
])
def test_names_that_differ_by_more_than_endings_stay_apart(tmp_path, a, b):
    ids, _ = resolve_all(tmp_path, [(org(a), "de"), (org(b), "de")])
    assert ids[0] != ids[1]


def test_a_person_with_a_genitive_is_not_linked_by_inflection(tmp_path):
    ids, _ = resolve_all(tmp_path, [(person("Klaus Peters"), "de"), (person("Klaus Peter"), "de")])
    assert ids[0] != ids[1]


def _aliases_and_ids(tmp_path, name: str, refs: list[EntityRef], language: str, together: bool) -> tuple:
    db = tmp_path / f"{name}.sqlite"
    store = Store(connect(str(db)))
    with store.engine.begin() as conn:
        if together:
            ids = store.linker.resolve_all(conn, refs, language)
        else:
            ids = [store.linker.resolve(conn, ref, language) for ref in refs]
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT rowid, entity_id, alias, language, alias_fold FROM aliases "
                            "ORDER BY rowid").fetchall()
    return ids, rows


@pytest.mark.parametrize(("refs", "language"), [
    # a full name met again under another key (found among the aliases written just before)
    ([EntityRef("ORG:department of veterans affairs", "Department of Veterans Affairs", "ORG",
                ("Department of Veterans Affairs",)),
      EntityRef("ORG:us department of veterans affairs", "US Department of Veterans Affairs", "ORG",
                ("US Department of Veterans Affairs", "Department of Veterans Affairs"))], "en"),
    # an acronym alone, then the name it stands for, then the acronym again
    ([EntityRef("ORG:knmi", "KNMI", "ORG", ("KNMI",)),
      EntityRef("ORG:koninklijk nederlands meteorologisch instituut",
                "Koninklijk Nederlands Meteorologisch Instituut", "ORG",
                ("Koninklijk Nederlands Meteorologisch Instituut", "KNMI")),
      EntityRef("ORG:knmi", "KNMI", "ORG", ("KNMI",))], "nl"),
    ([EntityRef("ORG:ministere des armees", "Ministère des Armées", "ORG", ("Ministère des Armées",)),
      EntityRef("PERSON:sebastien lecornu", "Sébastien Lecornu", "PERSON", ("Sébastien Lecornu",)),
      EntityRef("PERSON:lecornu", "Lecornu", "PERSON", ("Lecornu",)),
      EntityRef("ORG:le ministere des armees", "le Ministère des Armées", "ORG",
                ("le Ministère des Armées", "Ministère des Armées"))], "fr"),
])
def test_references_resolved_together_give_what_one_by_one_gives(tmp_path, refs, language):
    """A document's new aliases are inserted together: the same entities and the same rows, in the same order."""
    assert _aliases_and_ids(tmp_path, "together", refs, language, True) == \
        _aliases_and_ids(tmp_path, "one", refs, language, False)


@pytest.mark.parametrize(("surname", "full", "language"), [
    ("Rutte", "Mark Rutte", "nl"),
    ("van Nieuwenhuizen", "Cora van Nieuwenhuizen", "nl"),
    ("von der Leyen", "Ursula von der Leyen", "de"),
    ("Le Drian", "Jean-Yves Le Drian", "fr"),
    ("Vilsack", "Tom Vilsack", "en"),
])
def test_a_surname_seen_first_is_the_person_named_in_full_later(tmp_path, surname, full, language):
    """The mirror of the surname rule: the order of the releases does not decide; the entity takes the full name
    and a later surname alone still finds it."""
    ids, names = resolve_all(tmp_path, [(person(surname), language), (person(full), language),
                                        (person(surname), language)])
    assert ids[0] == ids[1] == ids[2]
    assert names[ids[0]] == full


@pytest.mark.parametrize(("surname", "first", "second", "language"), [
    ("Rutte", "Mark Rutte", "Arno Rutte", "nl"),
    ("Kennedy", "Ted Kennedy", "John F. Kennedy", "en"),
    ("Scholz", "Olaf Scholz", "Andreas Scholz", "de"),
    ("Le Maire", "Bruno Le Maire", "Anne Le Maire", "fr"),
])
def test_a_surname_seen_first_is_claimed_by_one_full_name_only(tmp_path, surname, first, second, language):
    """The first full name claims the surname seen before; a second person of that surname is another entity."""
    ids, _ = resolve_all(tmp_path, [(person(surname), language), (person(first), language),
                                    (person(second), language)])
    assert ids[0] == ids[1] != ids[2]


def test_a_full_name_does_not_claim_a_surname_another_person_bears(tmp_path):
    ids, _ = resolve_all(tmp_path, [(person("Ted Kennedy"), "en"), (person("Kennedy"), "en"),
                                    (person("John F. Kennedy"), "en")])
    assert ids[0] == ids[1] != ids[2]


@pytest.mark.parametrize(("surname", "run_together", "language"), [
    ("Allard", "Michael Chertoff Allard", "en"),
    ("Gregg", "Sen Judd Gregg", "en"),
    ("Rutte", "Premier Mark Rutte", "nl"),
    ("Macron", "Président Emmanuel Macron", "fr"),
    ("Scholz", "Bundeskanzler Olaf Scholz", "de"),
])
def test_names_run_together_do_not_claim_a_surname(tmp_path, surname, run_together, language):
    """More than one given name before the surname (initials aside) may be two names run together: the surname's
    entity keeps its own name."""
    ids, names = resolve_all(tmp_path, [(person(surname), language), (person(run_together), language)])
    assert ids[0] != ids[1] and names[ids[0]] == surname


@pytest.mark.parametrize(("initialled", "bare", "language"), [
    ("Daniel K. Akaka", "Daniel Akaka", "en"),
    ("Hugo M. de Jonge", "Hugo de Jonge", "nl"),
    ("Jean-Marc P. Dupont", "Jean-Marc Dupont", "fr"),
    ("Frank W. Becker", "Frank Becker", "de"),
])
def test_a_name_with_or_without_middle_initials_is_one_person_across_releases(tmp_path, initialled, bare,
                                                                             language):
    for order in ((initialled, bare), (bare, initialled)):
        ids, _ = resolve_all(tmp_path / "-".join(order), [(person(order[0]), language), (person(order[1]), language)])
        assert ids[0] == ids[1]


def test_two_initialled_names_are_two_people_across_releases(tmp_path):
    ids, _ = resolve_all(tmp_path, [(person("George Bush"), "en"), (person("George W. Bush"), "en"),
                                    (person("George H. W. Bush"), "en")])
    assert ids[0] == ids[1] and ids[2] != ids[0]
    ids, _ = resolve_all(tmp_path / "b", [(person("George H. W. Bush"), "en"), (person("George W. Bush"), "en"),
                                          (person("George Bush"), "en")])
    assert len(set(ids)) == 3


@pytest.mark.parametrize(("full", "surname", "language"), [
    ("Cora van Nieuwenhuizen", "Van Nieuwenhuizen", "nl"),
    ("Ursula von der Leyen", "Von der Leyen", "de"),
    ("Charles de Gaulle", "De Gaulle", "fr"),
    ("Ursula von der Leyen", "Von der Leyen", "en"),
])
def test_a_surname_alone_with_a_capitalised_particle_is_the_person_named_in_full(tmp_path, full, surname, language):
    ids, _ = resolve_all(tmp_path, [(person(full), language), (person(surname), language)])
    assert ids[0] == ids[1]


@pytest.mark.parametrize(("full", "surname", "language"), [
    ("Maroš Šefčovič", "Sefcovic", "en"),
    ("Janez Lenarčič", "Lenarcic", "nl"),
    ("Mirko Čolić", "Colic", "de"),
    ("Aurélie Pétrel", "Petrel", "fr"),
])
def test_a_surname_alone_written_without_diacritics_is_the_person_named_in_full(tmp_path, full, surname, language):
    for order in ((full, surname), (surname, full)):
        ids, _ = resolve_all(tmp_path / order[0][:3], [(person(order[0]), language), (person(order[1]), language)])
        assert ids[0] == ids[1]
