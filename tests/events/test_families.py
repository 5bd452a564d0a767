"""Translation families: alternate-language links of a real European Parliament page, release identifiers,
and the content signal (fingerprints of figures, amounts and dates, on real language versions of EU releases);
never two documents of one language, never two releases sharing only a topic."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.events.families import Fingerprint, fingerprint, release_ids, same_release
from pipeline.process import process
from pipeline.records import DateValue, Document, Money, RawDocument
from pipeline.store import Store, connect
from pipeline.text.main_text import alternate_links
from tests.conftest import DATA, requires_en

EP_PAGE = DATA / "html" / "press-release_20190712IPR56948.html"
FAMILIES = DATA / "families" / "texts"
DEV = DATA / "gold" / "dev" / "texts"


def test_alternate_links_of_a_real_page():
    html = EP_PAGE.read_text(encoding="utf-8")
    links = dict(alternate_links(html, "https://www.europarl.europa.eu/news/en/press-room/20190712IPR56948/x"))
    assert {"de", "fr", "nl"} <= set(links)
    assert links["de"].startswith("https://www.europarl.europa.eu/news/de/press-room/20190712IPR56948/")


def test_release_identifiers_from_text_and_url():
    assert release_ids("Brussels, 12 May 2017\nIP/17/762\nThe Commission ...", None) == ["europa:IP/17/762"]
    assert release_ids("MEMO/19/1234", "https://europa.eu/rapid/press-release_MEMO-19-1234_fr.htm") == [
        "europa:MEMO/19/1234"]
    assert release_ids("see WCMS_614122", None) == ["ilo:614122"]
    assert release_ids("Parlamentskorrespondenz PK Nr. 798", None, "2017-09-12") == ["parlament-at:2017/798"]
    assert release_ids("PK Nr. 798", None, None) == []  # the number repeats every year: no year, no key
    assert release_ids("Reference: 2017-057-EN", None) == ["eib:2017-57"]  # no leading zeros: PK0798 = PK 798
    assert release_ids("The Commission adopted a proposal on 12 May 2017.", None) == []
    cited = "For more information on the EU infringement procedure, see the full MEMO/12/12."
    assert release_ids(f"Brussels, 13 July 2017\n{cited}\nMEMO/17/1517", None) == ["europa:MEMO/17/1517"]


def doc(source, language, text, published=None, url=None, amounts=(), dates=()):
    return Document(source=source, sha256=source, text=text, language=language, published=published, url=url,
                    release_ids=tuple(release_ids(text, url, published)), amounts=tuple(amounts),
                    dates=tuple(dates))


def families(db):
    with sqlite3.connect(db) as conn:
        return {source: (family, signal) for source, family, signal in
                conn.execute("SELECT source, family_id, family_signal FROM documents")}


def test_release_identifier_links_languages_but_never_one_language(tmp_path):
    db = str(tmp_path / "f.sqlite")
    store = Store(connect(db))
    run = store.start_run("test")
    store.save(doc("en.txt", "en", "IP/17/762\nThe Commission approves funding."), run)
    store.save(doc("fr.txt", "fr", "IP/17/762\nLa Commission approuve un financement."), run)
    store.save(doc("en-edit.txt", "en", "IP/17/762\nThe Commission approves the funding."), run)
    store.save(doc("other.txt", "de", "IP/17/763\nDie Kommission genehmigt eine Förderung."), run)
    found = families(db)
    assert found["en.txt"][0] == found["fr.txt"][0]
    assert found["fr.txt"][1] == "release" and found["en.txt"][1] == "release"
    assert found["en-edit.txt"][0] != found["en.txt"][0]  # same language: a duplicate or an edit, not a family
    assert found["other.txt"] == (4, None)  # a different release on the same topic stays alone


@pytest.mark.parametrize("language, text", [
    ("en", "The Commission has today taken 127 decisions, including 27 reasoned opinions; 1,500 jobs."),
    ("fr", "La Commission a pris aujourd'hui 127 décisions, dont 27 avis motivés ; 1 500 emplois."),
    ("de", "Die Kommission hat heute 127 Beschlüsse gefasst, darunter 27 Stellungnahmen; 1.500 Arbeitsplätze."),
    ("nl", "De Commissie heeft vandaag 127 beslissingen genomen: bij 27 daarvan een advies; 1.500 banen."),
])
def test_figures_are_the_same_in_every_language(language, text):
    assert fingerprint(doc("a", language, text)).values == {"#127", "#27", "#1500"}


@pytest.mark.parametrize("language, text", [
    ("en", "(For more information: Christian Wigand – Tel.: +32 229 62253; Sara Soumillion – Tel.: +32 229 67094)"),
    ("nl", "Koen Vleminckx + 32 (0)473 63 61 24, of bel 0473 63 61 24"),
    ("fr", "Pour en savoir plus, voir le texte intégral du MEMO/12/12 (voir IP/08/1993)."),
    ("de", "Im Jahr 2018 wurden 5 Verfahren eingestellt, 2 davon in 3 Monaten."),
])
def test_phones_cited_releases_years_and_small_numbers_are_not_figures(language, text):
    assert fingerprint(doc("a", language, text)).values == set()


def test_amounts_and_dates_other_than_the_day_are_values():
    amount = Money(0, 5, "€5 m", value=Decimal(5000000), currency="EUR")
    dates = [DateValue(0, 5, "1 June", value="2021-06-01"), DateValue(6, 9, "3 May", value="2021-05-03"),
             DateValue(10, 14, "June", value="2021-06")]
    prints = fingerprint(doc("a", "en", "x" * 20, "2021-05-03", amounts=[amount], dates=dates))
    assert prints.day == "2021-05-03" and prints.values == {"5000000 EUR", "@2021-06-01"}
    assert Fingerprint.parse(prints.key()) == prints


def prints(day, *values):
    return Fingerprint(day, frozenset(values))


@pytest.mark.parametrize("mine, theirs, expected", [
    (prints("2018-05-17", "#96", "#1794", "@2017-10-10"), prints("2018-05-17", "#96", "#1794"), True),
    (prints("2018-05-17", "#96", "#1794"), prints("2018-05-18", "#96", "#1794"), False),  # two days
    (prints("2018-05-17", "#14", "#18"), prints("2018-05-17", "#14", "#18"), False),  # no strong value
    (prints("2018-05-17", "#1794"), prints("2018-05-17", "#1794"), False),  # one value is too few
    (prints("2018-05-17", "#96", "#1794", "#10", "#20", "#30"), prints("2018-05-17", "#96", "#1794", "#11",
                                                                         "#21", "#31"), False),  # most differ
    (prints(None, "#14", "#19", "#671", "#683", "37000000000 EUR", "800000000 EUR"),
     prints("2020-03-27", "#14", "#19", "#671", "#683", "37000000000 EUR", "800000000 EUR", "@2020-03-26"), True),
    (prints(None, "#87", "500000 EUR", "@2008-07-01"),
     prints("2009-07-16", "#87", "500000 EUR", "@2008-07-01", "@2008-12-30"), False),  # no day: 3 is too few
])
def test_same_release(mine, theirs, expected):
    assert same_release(mine, theirs) is expected and same_release(theirs, mine) is expected


def store_files(tmp_path, *paths: Path) -> dict[str, tuple[int, str | None]]:
    db = str(tmp_path / "f.sqlite")
    store = Store(connect(db))
    run = store.start_run("test")
    for path in paths:
        store.save(process(RawDocument(source=path.name, data=path.read_bytes(), kind="text")), run)
    return families(db)


@requires_en
@pytest.mark.parametrize("first, second", [
    (FAMILIES / "en-ec-memo-18-3446.txt", FAMILIES / "fr-ec-memo-18-3446.txt"),  # same day, copies cut apart
    (FAMILIES / "nl-ec-memo-15-5053.txt", FAMILIES / "en-ec-memo-15-5053.txt"),  # a republisher's day line
    (DEV / "nl-ep-01.txt", FAMILIES / "en-ep-20200325IPR75811.txt"),  # the Dutch copy states no day
])
def test_content_links_real_language_versions(tmp_path, first, second):
    found = store_files(tmp_path, first, second)
    assert found[first.name][0] == found[second.name][0] and found[second.name][1] == "content"


@requires_en
@pytest.mark.parametrize("first, second", [
    (DEV / "nl-ec-01.txt", FAMILIES / "en-ec-state-aid-2009-07-16.txt"),  # €500 000 crisis aid, two schemes
    (FAMILIES / "nl-ec-memo-14-470.txt", FAMILIES / "en-ec-memo-15-5356.txt"),  # two infringement packages
    (DEV / "nl-ep-02.txt", FAMILIES / "en-ep-20200325IPR75811.txt"),  # two EP releases on COVID-19 support
])
def test_content_never_links_same_topic_releases(tmp_path, first, second):
    found = store_files(tmp_path, first, second)
    assert found[first.name][0] != found[second.name][0]


@requires_en
def test_alternate_link_links_a_translation_stored_later(tmp_path):
    db = str(tmp_path / "f.sqlite")
    store = Store(connect(db))
    run = store.start_run("test")
    english = process(RawDocument(source="ep-en.html", data=EP_PAGE.read_bytes(), kind="html",
                                  url="https://www.europarl.europa.eu/news/en/press-room/20190712IPR56948/x"))
    assert english.alternates and english.language == "en"
    store.save(english, run)
    de_url = dict(english.alternates)["de"]
    german = doc("ep-de.html", "de", "Venezuela: Europäisches Parlament fordert weitere Sanktionen.", url=de_url)
    store.save(german, run)
    found = families(db)
    assert found["ep-de.html"][0] == found["ep-en.html"][0]
    assert found["ep-de.html"][1] in {"alternate", "release"}
