"""The per-document flow: each stage is logged at debug level and timed without global state."""

from __future__ import annotations

import logging

import pytest

from pipeline.errors import ExtractionError
from pipeline.process import Stages, process
from pipeline.records import RawDocument
from tests.conftest import requires_en

TEXT = ("Commission approves plan\n\nBrussels, 3 May 2021 - The European Commission today approved "
        "a €5 million grant, said Commissioner Elisa Ferreira.\n")


@requires_en
def test_every_stage_is_logged_and_timed(caplog: pytest.LogCaptureFixture) -> None:
    timings: dict[str, float] = {}
    with caplog.at_level(logging.DEBUG, logger="pipeline.process"):
        doc = process(RawDocument("a.txt", TEXT.encode(), kind="text"), timings)
    assert set(timings) >= {"text", "language", "header", "entities", "dates", "amounts", "roles"}
    assert all(seconds >= 0 for seconds in timings.values())
    logged = [r.getMessage() for r in caplog.records if r.name == "pipeline.process"]
    for name in timings:
        assert any(m.startswith(f"a.txt: {name} ") for m in logged), name
    assert any(f"{len(doc.dates)} dates" in m for m in logged)


@requires_en
def test_timings_are_per_call_not_global() -> None:
    first: dict[str, float] = {}
    process(RawDocument("a.txt", TEXT.encode(), kind="text"), first)
    process(RawDocument("b.txt", TEXT.encode(), kind="text"))  # no dict: nothing is collected anywhere
    again: dict[str, float] = {}
    process(RawDocument("c.txt", TEXT.encode(), kind="text"), again)
    assert set(first) == set(again)


def test_an_unexpected_error_names_its_stage() -> None:
    def broken() -> None:
        raise ValueError("bad value")

    with pytest.raises(ExtractionError) as err:
        Stages("x.txt")("dates", broken)
    assert err.value.stage == "dates" and "ValueError: bad value" in str(err.value)
