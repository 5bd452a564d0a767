"""The header benchmark classes a publication date against the file's date and skips without shared data."""

from __future__ import annotations

import pytest

from benchmarks.evalheader import Outcome, classify, main, senate_scores


@pytest.mark.parametrize(("found", "verdict"), [
    ("2006-08-03", "right"), ("2006-08-03T10:15", "right"), ("2006-08-04", "wrong"), ("2006-08", "partial"),
    ("2006", "partial"), ("2005-08", "wrong"), (None, "none"),
])
def test_classify(found, verdict):
    assert classify(found, "2006-08-03") == verdict


def test_scores_count_a_wrong_date_against_precision_only():
    found = [("2006-08-03", "right"), ("2006-08-01", "wrong"), (None, "none"), (None, "none")]
    outcomes = [Outcome(str(i), "2006-08-03", value, verdict, "") for i, (value, verdict) in enumerate(found)]
    scores = senate_scores(outcomes)
    assert scores["senate.published.accuracy"] == 0.25
    assert scores["senate.published.precision"] == 0.5
    assert scores["senate.published.coverage"] == 0.5
    assert scores["senate.published.wrong"] == 1


def test_skipped_without_shared_data(tmp_path, capsys):
    assert main(["--root", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
