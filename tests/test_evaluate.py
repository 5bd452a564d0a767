"""The scorer's aggregates (pipeline/evaluate.py): every measure reaches "all" once."""

from __future__ import annotations

import pytest

from pipeline.evaluate import Counts, Report


@pytest.mark.parametrize("language", ["en", "nl", "fr", "de", "all"])
def test_a_count_reaches_the_all_aggregate_once(language: str) -> None:
    report = Report()
    report.count(language, "clusters", Counts(3, 1, 2))
    total = report.measures["all"]["clusters"]
    assert (total.tp, total.fp, total.fn) == (3, 1, 2)
    assert set(report.measures) == {language, "all"}


@pytest.mark.parametrize("language", ["en", "nl", "all"])
def test_a_hit_reaches_the_all_aggregate_once(language: str) -> None:
    report = Report()
    report.hit(language, "language", True)
    report.hit(language, "language", False)
    assert report.accuracy["all"]["language"] == [1, 2]
