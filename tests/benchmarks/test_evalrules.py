"""The date/money harness: how the suite's values are compared with ours, and which cases count."""

from __future__ import annotations

from benchmarks.evalrules import (
    DEFAULT_ROOT,
    Case,
    date_value_matches,
    is_press_date_case,
    is_relative_date_case,
    run,
)


def _result(text: str, timex: str, type_name: str = "datetimeV2.date") -> dict:
    return {"Text": text, "Start": 0, "TypeName": type_name, "Resolution": {"values": [{"timex": timex}]}}


def test_values_compare_across_the_suites_conventions():
    assert date_value_matches("2016-11-07", _result("today", "2016-11-07"))
    assert date_value_matches("2018-07-02/2018-07-08", _result("next week", "2018-W27"))  # an ISO week
    assert date_value_matches("2016-11-08/2016-11-10", _result("next 3 days", "(2016-11-08,2016-11-11,P3D)"))
    assert date_value_matches("1990/1999", _result("1990s", "(1990-01-01,2000-01-01,P10Y)"))
    assert date_value_matches("2019-08-31", _result("31st of August", "XXXX-08-31"))  # no year in the text
    assert not date_value_matches("2016-11-08", _result("today", "2016-11-07"))


def test_subsets():
    calendar = Case("en", "DateTimeModel.json", "x", None, (_result("21 January 2025", "2025-01-21"),))
    relative = Case("en", "DateTimeModel.json", "x", None, (_result("yesterday", "2016-11-06"),))
    anaphora = Case("en", "DateTimeModel.json", "x", None, (_result("the year", "2018", "datetimeV2.daterange"),))
    weekday = Case("en", "DateTimeModel.json", "x", None, (_result("friday", "XXXX-WXX-5"),))
    assert is_press_date_case(calendar) and is_relative_date_case(calendar)
    assert not is_press_date_case(relative) and is_relative_date_case(relative)
    assert not is_relative_date_case(anaphora) and not is_relative_date_case(weekday)


def test_run_reports_every_language_and_subset():
    results = run(DEFAULT_ROOT)
    for kind in ("dates", "dates_relative", "money"):
        assert set(results[kind]) == {"en", "nl", "fr", "de"}
        assert all(0 < rate <= 1 for rate in results[kind].values())
    assert all(results["dates_relative_coverage"][lang] > 0.5 for lang in ("en", "nl", "fr", "de"))
