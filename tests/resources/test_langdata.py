"""Integrity of the per-language data files (dateparser style): every file complete and consistent."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.config import DATA_DIR
from pipeline.dates.values import holiday_value, is_valid_value
from pipeline.errors import DataFileError
from pipeline.resources.langdata import (
    LANG_DIR,
    REQUIRED_KEYS,
    alternation,
    available_languages,
    common_words,
    dictionary_words,
    load_language,
    validate,
)

LANGUAGES = available_languages()


def test_the_four_languages_ship_data():
    assert {"en", "nl", "fr", "de"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_file_is_complete(code):
    data = load_language(code)
    assert data.code == code
    assert sorted(set(data["months"].values())) == list(range(1, 13)), "every month needs a name"
    assert sorted(set(data["weekdays"].values())) == list(range(1, 8)), "every weekday needs a name (Monday=1)"
    assert data["decimal_separator"] in {".", ","}
    assert all(re.fullmatch(r"\d+", v) for v in data["scales"].values())
    assert {"1000", "1000000", "1000000000"} <= set(data["scales"].values()), "thousand, million, billion"
    assert data["role_titles"] and data["honorifics"] and data["articles"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_currency_names_map_to_iso_codes(code):
    """A name maps to an ISO 4217 code or to a family of ``ambiguous`` ("francs" -> "franc", "dollars" -> "$")
    that the document decides; every country word list names an ISO code."""
    data = json.loads((DATA_DIR / "currencies.json").read_text())
    codes = set(data["codes"].values())
    for name, iso in load_language(code)["currency_names"].items():
        assert iso in codes or re.fullmatch(r"[A-Z]{3}", iso) or iso in data["ambiguous"], (name, iso)
    for iso in load_language(code).get("currency_countries", {}):
        assert re.fullmatch(r"[A-Z]{3}", iso), iso


DATE_UNITS = {"day", "workday", "week", "fortnight", "month", "quarter", "year", "decade"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_date_words_use_known_units_and_rules(code):
    data = load_language(code)
    assert set(data["offset_units"].values()) <= DATE_UNITS
    assert set(data["relative_units"].values()) <= DATE_UNITS
    assert set(data["current_period_phrases"].values()) <= DATE_UNITS
    for name, rule in data["holidays"].items():  # every rule places the holiday in a real year
        assert holiday_value(rule, 2021) is not None and is_valid_value(holiday_value(rule, 2021)), (name, rule)
    assert not set(w.lower() for w in data["evening_words"]) & set(w.lower() for w in data["morning_words"])


def test_unknown_language_falls_back_to_neutral_data():
    assert load_language("es").code == "xx"
    assert load_language(None).code == "xx"


def test_validation_names_the_problem():
    words = json.loads((LANG_DIR / "en.json").read_text())
    del words["months"]
    with pytest.raises(DataFileError, match="missing key 'months'"):
        validate("en", words)
    words = json.loads((LANG_DIR / "en.json").read_text())
    words["months"]["Smarch"] = 13
    with pytest.raises(DataFileError, match="Smarch"):
        validate("en", words)


def test_required_keys_are_documented_types():
    assert all(isinstance(kind, type) for kind in REQUIRED_KEYS.values())


@pytest.mark.parametrize("code", LANGUAGES)
def test_common_word_lists_hold_language_words_not_shared_names(code):
    words = common_words(code)
    assert len(words) > 10_000
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert not {"david", "paris", "europe", "maria"} & words  # names shared by the languages stay out


def test_city_table_is_well_formed():
    with gzip.open(DATA_DIR / "cities.json.gz", "rt", encoding="utf-8") as handle:
        rows = json.load(handle)["cities"]
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)) > 5_000
    assert all(name[:1].isupper() and len(name) >= 3 for name in names)
    assert all(row[2] >= 15_000 and set(row[3].split()) <= {"en", "nl", "fr", "de"} for row in rows)
    assert {"Elmshorn", "Lokeren", "Tournai", "Tbilisi"} <= set(names)


@pytest.mark.parametrize("code", ["en", "fr"])
def test_dictionaries_of_the_model_languages(code):
    words = dictionary_words(code)
    assert len(words) > 50_000 and all(w[:1].islower() for w in words)
    assert {"social", "protection"} & words


def test_every_data_file_ships_with_the_package():
    import fnmatch
    import tomllib

    patterns = tomllib.loads((DATA_DIR.parent.parent / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["pipeline"]
    files = [p.relative_to(DATA_DIR.parent).as_posix() for p in DATA_DIR.rglob("*") if p.is_file()]
    missing = [f for f in files if not any(fnmatch.fnmatch(f, pattern) for pattern in patterns)]
    assert not missing, f"add to [tool.setuptools.package-data]: {missing}"


WORDS = st.lists(st.text(alphabet="ab .|-()", min_size=1, max_size=6), min_size=1, max_size=8)


@given(WORDS, st.text(alphabet="ab .|-()", max_size=8))
def test_alternation_matches_exactly_its_words_and_prefers_the_longest(words, text):
    regex = re.compile(f"(?:{alternation(words)})")
    assert all(regex.fullmatch(w) for w in words)
    assert (regex.fullmatch(text) is not None) == (text in words)
    prefixes = [w for w in words if text.startswith(w)]
    match = regex.match(text)
    assert (match.group(0) if match else None) == (max(prefixes, key=len) if prefixes else None)


def test_alternation_of_nothing_matches_nothing():
    assert re.search(alternation([]), "anything") is None


def test_alternation_of_nested_prefixes_and_long_words_still_compiles():
    chain = ["word " * n for n in range(1, 300)]  # each a prefix of the next
    assert re.fullmatch(f"(?:{alternation(chain)})", "word " * 150)
    long = ["x" * 5000, "x" * 2500 + "y"]
    assert re.fullmatch(f"(?:{alternation(long)})", "x" * 2500 + "y")


HEADER_KEYS = ("release_labels", "release_label_joiners", "publication_labels", "update_labels", "published_verbs",
               "header_noise_lines", "header_noise_words", "date_context_labels")


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_header_words_are_given(code):
    data = load_language(code)
    for key in HEADER_KEYS:
        assert data[key] and all(isinstance(w, str) and w.strip() == w and w for w in data[key]), key


@pytest.mark.parametrize("code", LANGUAGES)
def test_role_words_are_consistent(code):
    data = load_language(code)
    titles = {t.lower() for t in data["role_titles"]}
    assert all(singular.lower() in titles for singular in data["role_plurals"].values()), "plural of a known title"
    assert all(any(title in t.lower() for title in titles) for t in data["national_titles"]), \
        "a national office holds a known title"
    for title, forms in data["title_organisations"].items():
        assert isinstance(forms, list) and forms and all(isinstance(f, str) and f for f in forms), title
    assert all(c.lower() == c for c in data["portfolio_connectors"])
    for key in ("role_at_connectors", "role_genitive_articles", "org_body_words", "role_appointment_words"):
        assert all(isinstance(w, str) and w and w.strip() == w for w in data[key]), key
    assert all(c.split()[0] == c.split()[0].lower() for c in data["role_at_connectors"]), "connectors are lower case"


@pytest.mark.parametrize("code", ["en", "nl", "fr", "de"])
def test_role_connectors_are_given(code):
    data = load_language(code)
    assert data["role_at_connectors"] and data["role_appointment_words"] and data["national_titles"]
    assert data["title_organisations"] and data["role_plurals"]
