import pytest

from pipeline.entities.labels import head_mentions, relabel, surname_then_noun
from pipeline.records import Mention


def mention(text: str, name: str, label: str, method: str = "model", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, label, method)


@pytest.mark.parametrize(("language", "text", "name", "wrong"), [
    ("en", "The road from Sibiu to the coast opened.", "Sibiu", "PERSON"),
    ("fr", "La route vers Sibiu est ouverte.", "Sibiu", "ORG"),
    ("de", "Die Straße nach Leipzig ist offen.", "Leipzig", "PERSON"),
])
def test_known_place_read_as_person_or_organisation_is_a_place(language: str, text: str, name: str,
                                                                wrong: str) -> None:
    [fixed] = relabel(text, [mention(text, name, wrong)], language)
    assert fixed.label == "LOC"


def test_surname_that_is_a_city_stays_a_person() -> None:
    text = "Anna Leipzig spoke. Leipzig said more."
    mentions = [mention(text, "Anna Leipzig", "PERSON"), mention(text, "Leipzig", "PERSON", nth=1)]
    assert [m.label for m in relabel(text, mentions, "en")] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("nl", "Geld voor Parkstad Limburg en Twente.", "Parkstad Limburg"),
    ("nl", "Geld voor West Brabant.", "West Brabant"),
    ("de", "Hilfe für Nord Brandenburg.", "Nord Brandenburg"),
])
def test_person_made_of_a_region_or_a_compass_word_is_a_place(language: str, text: str, name: str) -> None:
    [fixed] = relabel(text, [mention(text, name, "PERSON")], language)
    assert fixed.label == "LOC"


@pytest.mark.parametrize(("language", "text", "word"), [
    ("fr", "Les États membres ont décidé.", "États"),
    ("fr", "Voir la Page suivante.", "Page"),
    ("nl", "Lees de Other opties.", "Other"),
])
def test_common_nouns_and_dictionary_words_are_no_names(language: str, text: str, word: str) -> None:
    label = "LOC" if word == "États" else "PERSON"
    assert relabel(text, [mention(text, word, label)], language) == []


@pytest.mark.parametrize(("language", "text", "name", "head"), [
    ("en", "The European Commission proposed it. The Commission said so.", "European Commission", "Commission"),
    ("nl", "De Europese Commissie stelt voor. De Commissie zegt.", "Europese Commissie", "Commissie"),
    ("fr", "L'Union européenne aide. L'Union agit.", "Union européenne", "Union"),
    ("de", "Die Europäische Kommission schlägt vor. Die Kommission sagt.", "Europäische Kommission", "Kommission"),
])
def test_head_alone_names_the_institution(language: str, text: str, name: str, head: str) -> None:
    kept = [mention(text, name, "ORG", "gazetteer")]
    heads = [m for m in head_mentions(text, kept, language) if m.start >= kept[0].end]
    assert [(m.text, m.label) for m in heads] == [(head, "ORG")]
    wrongly_a_place = mention(text, head, "LOC", nth=1)
    assert [m.label for m in relabel(text, [*kept, wrongly_a_place], language)] == ["ORG", "ORG"]


def test_english_surnames_that_are_dictionary_words_stay() -> None:
    text = "Rice said the plan works."
    assert [m.text for m in relabel(text, [mention(text, "Rice", "PERSON")], "en")] == ["Rice"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("nl", "Persbericht IP/19/1234 van de Commissie.", "IP"),
    ("en", "Press Release No: 2019/12/EXC issued.", "EXC"),
    ("fr", "En cours au Siège de l'ONU\nSG/T/2461\nACTIVITÉS DU SECRÉTAIRE GÉNÉRAL", "SG"),
    ("en", "Secretary-General SG/SM/10145 statement", "SG"),
    ("nl", "DE EN FR NL\nDe Commissie besluit.", "FR"),
    ("en", "CONTACT US\nThe ministry said so.", "US"),
    ("nl", "Luxemburg, 7 januari 2014\n\nECA/ 14/01\n\nNieuwe leden", "ECA"),  # a code with a spaced slash
    ("de", "Pressemitteilung IP/ 20/1016 der Kommission", "IP"),
])
def test_codes_menus_and_the_pronoun_us_are_no_names(language: str, text: str, name: str) -> None:
    assert relabel(text, [mention(text, name, "LOC" if name == "US" else "ORG", "rule")], language) == []


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The EU/ China summit", "EU"),
    ("fr", "L'UE/ la Chine", "UE"),
])
def test_a_name_before_a_slash_and_words_stays(language: str, text: str, name: str) -> None:
    assert [m.text for m in relabel(text, [mention(text, name, "ORG", "gazetteer")], language)] == [name]


def test_the_united_states_stay_a_place() -> None:
    text = "Trade with the US grew."
    assert [m.text for m in relabel(text, [mention(text, "US", "LOC", "gazetteer")], "en")] == ["US"]


def test_a_slash_between_names_is_no_code() -> None:
    text = "The EU/China collaboration grows."
    assert [m.text for m in relabel(text, [mention(text, "EU", "ORG", "gazetteer")], "en")] == ["EU"]


@pytest.mark.parametrize(("language", "title"), [("nl", "Commissaris"), ("de", "Bundesrätin"), ("en", "Minister")])
def test_a_title_alone_is_no_person(language: str, title: str) -> None:
    text = f"Zo sprak {title} gisteren."
    assert relabel(text, [mention(text, title, "PERSON", "rule")], language) == []


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "They signed a Memorandum of Understanding (MoU) on trade. The MoU runs.", "Memorandum of Understanding"),
    ("en", "Progress on the Sustainable Development Goals is slow.", "Sustainable Development Goals"),
    ("fr", "Le Sommet de Paris a eu lieu.", "Sommet de Paris"),
    ("de", "Das Abkommen von Paris gilt.", "Abkommen von Paris"),
    ("nl", "Het Verdrag van Lissabon geldt.", "Verdrag van Lissabon"),
])
def test_agreements_goals_and_summits_are_no_organisations(language: str, text: str, name: str) -> None:
    mentions = [mention(text, name, "ORG")]
    if "(MoU)" in text:
        mentions += [mention(text, "MoU", "ORG", "rule"), mention(text, "MoU", "ORG", "rule", nth=1)]
    assert relabel(text, mentions, language) == []


def test_a_programme_the_alias_table_knows_stays_an_organisation() -> None:
    text = "The World Food Programme helps."
    assert [m.text for m in relabel(text, [mention(text, "World Food Programme", "ORG")], "en")] == [
        "World Food Programme"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The road through the Carpathian Mountains opened.", "Carpathian Mountains"),
    ("fr", "Les navires de la Mer du Nord.", "Mer du Nord"),
    ("de", "Urlaub am Tegernseer Tal.", "Tegernseer Tal"),
])
def test_geographic_features_are_places(language: str, text: str, name: str) -> None:
    [fixed] = relabel(text, [mention(text, name, "PERSON")], language)
    assert fixed.label == "LOC"


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "Mina Andreeva - Tel: +32 2 295", "Tel"),
    ("en", "The Federal Councillor spoke.", "Federal Councillor"),
])
def test_contact_labels_and_titles_are_no_names(language: str, text: str, name: str) -> None:
    assert relabel(text, [mention(text, name, "PERSON")], language) == []


@pytest.mark.parametrize(("text", "full", "wrong"), [
    ("Donald Trump kam. Damit hat Trump Probleme.", "Donald Trump", "Trump Probleme"),
    ("Mark Rutte sprak. Volgens Rutte Kabinet gaat het.", "Mark Rutte", "Rutte Kabinet"),
])
def test_a_surname_then_a_noun_is_the_surname(text: str, full: str, wrong: str) -> None:
    mentions = [mention(text, full, "PERSON"), mention(text, wrong, "PERSON", "rule")]
    assert [m.text for m in surname_then_noun(text, mentions)] == [full, wrong.split()[0]]


@pytest.mark.parametrize(("language", "text", "context", "head"), [
    ("en", "The EU will act. The Commission proposed a reserve.", "EU", "Commission"),
    ("nl", "De EU helpt. Volgens de Commissie is dat nodig.", "EU", "Commissie"),
    ("fr", "L'UE agit. La Commission propose une réserve.", "UE", "Commission"),
    ("de", "Die EU hilft. Nach dem Vorschlag der Kommission wird die EU handeln.", "EU", "Kommission"),
])
def test_context_head_alone_is_a_mention_where_its_context_is_named(language: str, text: str, context: str,
                                                                     head: str) -> None:
    kept = [mention(text, context, "ORG", "gazetteer")]
    assert [(m.text, m.label) for m in head_mentions(text, kept, language)] == [(head, "ORG")]
    assert head_mentions(text.replace(context, "Land"), [], language) == []  # no context named: no head


@pytest.mark.parametrize(("language", "text", "context", "other"), [
    ("en", "The EU will act. The Electoral Commission said so.", "EU", "Electoral Commission"),
    ("nl", "De EU helpt. De Kiescommissie zegt het.", "EU", "Kiescommissie"),
    ("de", "Die EU hilft. Die Monopolkommission sagt es.", "EU", "Monopolkommission"),
])
def test_context_head_borne_by_another_organisation_is_no_mention(language: str, text: str, context: str,
                                                                   other: str) -> None:
    kept = [mention(text, context, "ORG", "gazetteer"), mention(text, other, "ORG")]
    assert head_mentions(text, kept, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The EU will act. The Council adopted it."),
    ("nl", "De EU helpt. De Raad besluit."),
    ("de", "Die EU hilft. Der Rat beschließt."),
])
def test_an_ambiguous_context_head_is_no_mention_alone(language: str, text: str) -> None:
    assert head_mentions(text, [mention(text, "EU", "ORG", "gazetteer")], language) == []
