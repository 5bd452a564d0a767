"""Translation families: alternate-language links of a real European Parliament page, release identifiers,
and the content signal; never two documents of one language, never two releases sharing only a topic."""

from __future__ import annotations

import sqlite3

from pipeline.events.families import content_key, release_ids
from pipeline.process import process
from pipeline.records import DateValue, Document, Money, RawDocument
from pipeline.store import Store, connect
from pipeline.text.main_text import alternate_links
from tests.conftest import DATA, requires_en

EP_PAGE = DATA / "html" / "press-release_20190712IPR56948.html"


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


def test_content_signal_needs_day_values_and_entities(tmp_path):
    amount = Money(0, 5, "€5 m", value=__import__("decimal").Decimal(5000000), currency="EUR")
    date = DateValue(0, 5, "1 June", value="2021-06-01")
    assert content_key(doc("a", "en", "x", "2021-05-03", amounts=[amount], dates=[date]))
    assert content_key(doc("a", "en", "x", "2021-05", amounts=[amount], dates=[date])) is None  # day unknown
    assert content_key(doc("a", "en", "x", "2021-05-03", amounts=[amount])) is None  # one value is too few


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
