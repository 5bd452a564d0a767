"""Self-test of the events scorer (EVENTS.md): gold as prediction scores 1.0, predicting the optional events
too changes nothing, spoiled predictions lose what they should, no events tables -> status 3."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, insert

from benchmarks.evalevents import MISSING_TABLES, SEEDS, evaluate_events, main, read_gold
from pipeline.store import amounts, documents, event_parties, events, metadata


def dataset(tmp_path, gold_lines, with_optional=False, spoil=None):
    """A dataset whose events are the gold ones (``spoil`` may change each event dict first)."""
    engine = create_engine(f"sqlite:///{tmp_path / 'pred.sqlite'}")
    metadata.create_all(engine)
    with engine.begin() as conn:
        for n, line in enumerate(gold_lines):
            todo = line["events"] + (line["optional"]["events"] if with_optional else [])
            text = " ".join(e["evidence"] for e in todo) or "no events"
            doc_id = conn.execute(insert(documents).values(
                source=f"x/{line['doc']}", content_sha256=str(n), language=line["language"],
                text=text)).inserted_primary_key[0]
            for event in copy.deepcopy(todo):
                if spoil:
                    event = spoil(event)
                    if event is None:
                        continue
                amount_id = None
                if event["amount"]:
                    amount_id = conn.execute(insert(amounts).values(
                        document_id=doc_id, text="x", value=event["amount"]["value"],
                        currency=event["amount"]["currency"], start_char=0, end_char=1)).inserted_primary_key[0]
                start = text.find(event["evidence"])
                event_id = conn.execute(insert(events).values(
                    document_id=doc_id, type=event["type"], amount_id=amount_id, date_value=event["date"],
                    instrument=event["instrument"], start_char=start, end_char=start + len(event["evidence"]),
                    method="gold")).inserted_primary_key[0]
                conn.execute(insert(event_parties), [dict(event_id=event_id, name=p["name"], role=p["role"])
                                                     for p in event["parties"]])
    return engine


@pytest.fixture
def gold():
    return read_gold(SEEDS)


def flat(report):
    return report.flat()


def test_gold_as_prediction_scores_one(tmp_path, gold):
    scores = flat(evaluate_events(gold, dataset(tmp_path, gold)))
    for name in ("all.events.f1", "all.party_role.accuracy", "all.date.accuracy", "all.evidence.accuracy",
                 "all.instrument.accuracy"):
        assert scores[name] == 1.0, name


def test_predicting_optional_events_changes_nothing(tmp_path, gold):
    assert flat(evaluate_events(gold, dataset(tmp_path, gold, with_optional=True)))["all.events.f1"] == 1.0


def test_spoiled_predictions_lose_what_they_should(paths, gold):
    tmp_path = paths
    def wrong_role(e):
        e["parties"] = [dict(p, role="participant" if p["role"] != "participant" else "funder") for p in e["parties"]]
        return e

    def wrong_date(e):
        e["date"] = "1999" if e["date"] else None
        return e

    def wrong_type(e):
        e["type"] = "agreement" if e["type"] != "agreement" else "meeting"
        return e

    def wrong_amount(e):
        if e["amount"]:
            e["amount"] = {"value": str(Decimal(e["amount"]["value"]) + 1), "currency": e["amount"]["currency"]}
        return e

    roles = flat(evaluate_events(gold, dataset(tmp_path / "r", gold, spoil=wrong_role)))
    assert roles["all.events.f1"] == 1.0 and roles["all.party_role.accuracy"] == 0.0
    dates = flat(evaluate_events(gold, dataset(tmp_path / "d", gold, spoil=wrong_date)))
    assert dates["all.events.f1"] == 1.0 and dates["all.date.accuracy"] == 0.0
    types = flat(evaluate_events(gold, dataset(tmp_path / "t", gold, spoil=wrong_type)))
    assert types["all.events.recall"] == 0.0 and types["all.events.precision"] == 0.0
    money = flat(evaluate_events(gold, dataset(tmp_path / "m", gold, spoil=wrong_amount)))
    assert money["all.amount_link.accuracy"] == 0.0 and money["all.events.recall"] < 1.0
    dropped = flat(evaluate_events(gold, dataset(tmp_path / "x", gold,
                                                 spoil=lambda e: None if e["type"] == "project" else e)))
    assert dropped["all.events.precision"] == 1.0 and dropped["all.events.recall"] < 1.0


@pytest.fixture
def paths(tmp_path):
    for sub in ("r", "d", "t", "m", "x"):
        (tmp_path / sub).mkdir()
    return tmp_path


def test_no_events_tables_is_status_3(tmp_path, capsys):
    import sqlite3

    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, source TEXT, language TEXT, text TEXT)")
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc": "a.txt", "language": "en", "events": [], "optional": {"events": []}}) + "\n")
    assert main(["--db", str(db), "--gold", str(gold)]) == MISSING_TABLES


def _pred(kind, parties, amount=None, span=(0, 10)):
    from benchmarks.evalevents import Pred

    return Pred(kind, parties, amount, None, None, span)


@pytest.mark.parametrize("pred, cause", [
    (None, {"fn.trigger": 1}),  # nothing told: the trigger was missed
    (_pred("project", [("European Union", "partner")], (Decimal("5E+6"), "EUR")), {"fn.type": 1, "fp.type": 1}),
    (_pred("funding", [("European Union", "funder")], (Decimal("6E+6"), "EUR")), {"fn.amount": 1, "fp.amount": 1}),
    (_pred("funding", [("Frankrijk", "funder")], (Decimal("5E+6"), "EUR")), {"fn.parties": 1, "fp.parties": 1}),
    (_pred("meeting", [("Ministerie", "participant")], span=(40, 60)), {"fn.trigger": 1, "fp.spurious": 1}),
])
def test_error_causes_split_missed_and_spurious_events(pred, cause):
    from benchmarks.evalevents import DocPreds, error_causes

    text = "The European Union grants EUR 5 million. Later a visit took place."
    gold = {"events": [{"type": "funding", "parties": [{"name": "European Union", "role": "funder"}],
                        "amount": {"value": "5000000", "currency": "EUR"},
                        "evidence": "The European Union grants EUR 5 million."}]}
    assert error_causes(DocPreds("en", text, [pred] if pred else []), gold) == cause
