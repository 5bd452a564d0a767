"""Integrity of the per-language data files (dateparser style): every file complete and consistent."""

from __future__ import annotations

import json
import re

import pytest

from pipeline.config import DATA_DIR
from pipeline.errors import DataFileError
from pipeline.langdata import LANG_DIR, REQUIRED_KEYS, available_languages, load_language, validate

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
    codes = set(json.loads((DATA_DIR / "currencies.json").read_text())["codes"].values())
    for name, iso in load_language(code)["currency_names"].items():
        assert iso in codes or re.fullmatch(r"[A-Z]{3}", iso), (name, iso)


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
