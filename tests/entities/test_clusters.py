from __future__ import annotations

import pytest

from pipeline.entities.clusters import alias_table, cluster_mentions
from pipeline.records import Mention


def mentions_of(text, items):
    out = []
    for surface, label in items:
        start = text.index(surface, out[-1].end if out else 0)
        out.append(Mention(start, start + len(surface), surface, label))
    return out


def clusters(text, items):
    linked, entities = cluster_mentions(text, mentions_of(text, items))
    return {m.text: entities[m.entity].name for m in linked}, entities


def test_acronym_in_parentheses_links_both_ways():
    text = "the National Development and Reform Commission (NDRC) met. BTC (Belgian Technical Cooperation)"
    names, _ = clusters(text, [("National Development and Reform Commission", "ORG"), ("NDRC", "ORG"),
                               ("BTC", "ORG"), ("Belgian Technical Cooperation", "ORG")])
    assert names["NDRC"] == "National Development and Reform Commission"
    assert names["BTC"] == "Belgian Technical Cooperation"


def test_surname_links_to_the_one_full_name():
    text = "Maggie De Block spoke. Later De Block added."
    names, _ = clusters(text, [("Maggie De Block", "PERSON"), ("De Block", "PERSON")])
    assert names["De Block"] == "Maggie De Block"


def test_two_people_sharing_a_surname_are_not_merged():
    text = "Wang Yi met Wang Wei. Wang said so."
    names, entities = clusters(text, [("Wang Yi", "PERSON"), ("Wang Wei", "PERSON"), ("Wang", "PERSON")])
    assert names["Wang Yi"] != names["Wang Wei"]
    assert names["Wang"] == "Wang"  # ambiguous: left alone
    assert len(entities) == 3


def test_alias_table_links_across_languages():
    table = alias_table()
    ids = {table.lookup(n).id for n in ["EU", "European Union", "Europese Unie", "Union européenne",
                                         "Europäische Union"]}
    assert ids == {"european-union"}
    assert table.lookup("FOD Sociale Zekerheid").id == table.lookup("SPF Sécurité sociale").id
    assert table.lookup("OIT").id == table.lookup("International Labour Organization").id == "ilo"
    assert table.lookup("België").id == table.lookup("Belgique").id == table.lookup("Belgium").id


def test_cluster_key_is_shared_for_alias_table_entries():
    text = "The EU and the European Union."
    _, entities = clusters(text, [("EU", "ORG"), ("European Union", "ORG")])
    assert len(entities) == 1 and entities[0].key == "alias:european-union"
    assert set(entities[0].aliases) == {"EU", "European Union"}


def test_inflected_german_names_link_to_their_alias_entry():
    table = alias_table()
    assert table.lookup("Vereinigten Arabischen Emiraten").id == table.lookup("Vereinigte Arabische Emirate").id
    assert table.lookup("Deutschlands").id == table.lookup("Deutschland").id
    assert table.lookup("EUs") is None  # short words are never read as inflected


def test_an_acronym_alone_names_the_organisation_it_starts():
    from pipeline.entities.clusters import cluster_mentions
    from pipeline.records import Mention

    text = "de FOD Sociale Zekerheid en later de FOD; de VN en de VN Agenda en het VN Verdrag"
    items = [("FOD Sociale Zekerheid", "ORG"), ("FOD", "ORG"), ("VN", "ORG"), ("VN Agenda", "ORG"),
             ("VN Verdrag", "ORG")]
    mentions, start = [], 0
    for surface, label in items:
        start = text.index(surface, start)
        mentions.append(Mention(start, start + len(surface), surface, label))
        start += len(surface)
    mentions, _ = cluster_mentions(text, mentions)
    assert mentions[0].entity == mentions[1].entity  # one organisation starts with "FOD"
    assert len({mentions[2].entity, mentions[3].entity, mentions[4].entity}) == 3  # two start with "VN"


@pytest.mark.parametrize(("text", "name", "head"), [
    ("The European Commission proposed it. The Commission said so.", "European Commission", "Commission"),
    ("L'Union européenne aide. L'Union agit.", "Union européenne", "Union"),
    ("Die Europäische Kommission schlägt vor. Die Kommission sagt.", "Europäische Kommission", "Kommission"),
])
def test_institution_head_joins_its_institution(text: str, name: str, head: str) -> None:
    start, later = text.index(name), text.rindex(head)
    mentions = [Mention(start, start + len(name), name, "ORG"), Mention(later, later + len(head), head, "ORG")]
    linked, entities = cluster_mentions(text, mentions)
    assert linked[0].entity == linked[1].entity and len(entities) == 1


def test_ambiguous_head_stays_apart() -> None:
    text = "The European Council met. The Council adopted it."
    a, b = text.index("European Council"), text.rindex("Council")
    mentions = [Mention(a, a + 16, "European Council", "ORG"), Mention(b, b + 7, "Council", "ORG")]
    linked, _ = cluster_mentions(text, mentions)
    assert linked[0].entity != linked[1].entity
