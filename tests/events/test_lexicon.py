"""Integrity of the per-language event word files (pipeline/data/events/<lang>.json)."""

from __future__ import annotations

import json

import pytest

from pipeline.errors import DataFileError
from pipeline.events.lexicon import EVENT_TYPES, EVENTS_DIR, LIST_KEYS, available, compile_words, load_events, validate

LANGUAGES = available()


def test_the_four_languages_ship_event_words():
    assert {"en", "nl", "fr", "de"} <= set(LANGUAGES)


@pytest.mark.parametrize("code", LANGUAGES)
def test_events_file_is_complete_and_compiles(code):
    words = load_events(code)
    assert words is not None and words.code == code
    assert set(words.triggers) == set(EVENT_TYPES)
    data = json.loads((EVENTS_DIR / f"{code}.json").read_text(encoding="utf-8"))
    for key in ("triggers", *LIST_KEYS):
        assert key in data
    for kind in EVENT_TYPES:
        assert len(data["triggers"][kind]) == len(set(data["triggers"][kind])), f"{kind}: duplicate entries"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_trigger_matches_its_own_words(code):
    data = json.loads((EVENTS_DIR / f"{code}.json").read_text(encoding="utf-8"))
    for kind, entries in data["triggers"].items():
        pattern = compile_words(entries)
        for entry in entries:
            sample = entry.replace("...", "dit jaar").strip("*")
            assert pattern.search(f"x {sample} y"), f"{code} {kind}: {entry!r} does not match itself"


def test_word_marks_prefix_suffix_and_gap():
    assert compile_words(["fund*"]).search("a project funded by")
    assert not compile_words(["fund"]).search("a project funded by")
    assert compile_words(["*abkommen"]).search("vier Kooperationsabkommen wurden")
    assert compile_words(["maakt ... vrij"]).search("Nederland maakt dit jaar ruim 10 miljoen euro vrij voor")
    assert not compile_words(["maakt ... vrij"]).search("maakt " + "een " * 12 + "vrij")


def test_no_events_file_means_no_event_words():
    assert load_events("xx") is None and load_events(None) is None


@pytest.mark.parametrize("broken, message", [
    ({"language": "en"}, "triggers"),
    ({"language": "fr", "triggers": {}}, "declares language"),
])
def test_broken_files_are_refused(broken, message):
    with pytest.raises(DataFileError, match=message):
        validate("en", broken)


def test_empty_entries_are_refused():
    data = json.loads((EVENTS_DIR / "en.json").read_text(encoding="utf-8"))
    data["hedges"] = ["could", " "]
    with pytest.raises(DataFileError, match="empty"):
        validate("en", data)
