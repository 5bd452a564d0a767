"""Score cooperation and funding events with the rules of EVENTS.md ("How a prediction is scored"): event
precision, recall and F1 (micro, per type and per language), party roles, amount links and dates over the
matched events, and (informative) instruments and evidence spans.

``python -m benchmarks.evalevents`` ingests the development set (``tests/data/gold/dev``, split ``tune`` /
``held-out`` by publisher) and the seeds (``raw/``) into fresh datasets and scores each part; ``--db`` with
``--gold`` scores one existing dataset instead. Scores are named ``<part>.<lang>.<measure>.<stat>``
(``held-out.all.events.f1``, ``tune.all.party_role.accuracy``); ``--floors`` gates them with the ``events``
section of the floors file; ``--show-errors`` prints the missed, spurious, mis-roled and mis-linked events of
the parts rules may be read from (tune, tune-added, seeds; never held-out). Exit status 3 when the dataset has
no events tables."""

from __future__ import annotations

import argparse
import json
import math
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from benchmarks import REPO, TEST_DATA
from pipeline.evaluate import Report, format_report, gate
from pipeline.textnorm import fold, strip_punctuation, tokens

DEV = TEST_DATA / "gold" / "dev"
SEEDS = TEST_DATA / "gold" / "seeds-events.jsonl"
MISSING_TABLES = 3


class NoEventTables(Exception):
    """The dataset has no events tables (exit status 3, event F1 0)."""


@dataclass
class Pred:
    type: str
    parties: list[tuple[str, str]]  # name, role
    amount: tuple[Decimal | str, str] | None
    date: str | None
    instrument: str | None
    span: tuple[int, int]


@dataclass
class DocPreds:
    language: str | None
    text: str
    events: list[Pred] = field(default_factory=list)


def _amount(value: Any, currency: Any) -> tuple[Decimal | str, str] | None:
    if value is None or currency is None:
        return None
    try:
        return Decimal(str(value)).normalize(), str(currency)
    except InvalidOperation:
        return str(value), str(currency)


def _token_set(name: str) -> frozenset[str]:
    return frozenset(t for t in (strip_punctuation(t) for t in tokens(name)) if t)


def name_matches(pred: str, gold: dict[str, Any]) -> bool:
    """EVENTS.md: equal after folding, or one token set contains the other, against the name or an alias."""
    folded, mine = fold(pred), _token_set(pred)
    for form in [gold["name"], *gold.get("aliases", [])]:
        theirs = _token_set(form)
        if folded == fold(form) or (mine and theirs and (mine <= theirs or theirs <= mine)):
            return True
    return False


def _gold_amount(event: dict[str, Any]) -> tuple[Decimal | str, str] | None:
    amount = event.get("amount")
    return _amount(amount["value"], amount["currency"]) if amount else None


def _share(pred: Pred, gold: dict[str, Any]) -> float:
    parties = gold["parties"]
    hits = sum(any(name_matches(name, g) for name, _ in pred.parties) for g in parties)
    return hits / len(parties) if parties else 0.0


def matches(pred: Pred, gold: dict[str, Any], use_amount: bool = True) -> bool:
    if pred.type != gold["type"]:
        return False
    wanted = _gold_amount(gold)
    if use_amount and wanted is not None and pred.amount != wanted:
        return False
    need = max(1, math.ceil(len(gold["parties"]) / 2))
    hits = sum(any(name_matches(name, g) for name, _ in pred.parties) for g in gold["parties"])
    return hits >= need


def _instrument_matches(pred: str | None, gold: str | None) -> bool:
    return bool(pred and gold) and name_matches(pred or "", {"name": gold})


def pairing(preds: list[Pred], golds: list[dict[str, Any]], use_amount: bool = True) -> list[tuple[int, int]]:
    """Greedy one-to-one: candidate pairs best first (share of gold parties, same date, amount, instrument)."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if matches(p, g, use_amount):
                rank = (_share(p, g), p.date == g.get("date"), p.amount == _gold_amount(g),
                        _instrument_matches(p.instrument, g.get("instrument")))
                candidates.append((rank, i, j))
    candidates.sort(key=lambda c: (c[0], -c[1], -c[2]), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _rank, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _role_right(pred: Pred, party: dict[str, Any]) -> bool:
    """Whether the predicted event names the gold party in its gold role."""
    return any(name_matches(n, party) and r == party["role"] for n, r in pred.parties)


def _overlaps(pred: Pred, gold: dict[str, Any], text_: str) -> bool:
    """Whether the predicted event's span overlaps the gold evidence (False when the gold has none or it is
    not in the text)."""
    evidence: str = gold.get("evidence") or ""
    start = text_.find(evidence) if evidence else -1
    return start >= 0 and pred.span[0] < start + len(evidence) and start < pred.span[1]


def _spurious(events: list[Pred], matched: set[int], optional: list[dict[str, Any]]) -> list[int]:
    """Predicted events matched to no gold event nor to an optional one."""
    return [i for i, p in enumerate(events) if i not in matched and not any(matches(p, o) for o in optional)]


def score_document(preds: DocPreds, gold: dict[str, Any], report: Report) -> None:
    lang = preds.language or gold.get("language") or "?"
    golds, optional = gold["events"], gold.get("optional", {}).get("events", [])
    pairs = pairing(preds.events, golds)
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    fp = _spurious(preds.events, matched_p, optional)
    for kind in {e["type"] for e in golds} | {preds.events[i].type for i in fp} | {"funding"}:
        counts = _counts(sum(1 for i, j in pairs if golds[j]["type"] == kind),
                         sum(1 for i in fp if preds.events[i].type == kind),
                         sum(1 for j in range(len(golds)) if j not in matched_g and golds[j]["type"] == kind))
        report.count(lang, f"events_{kind}", counts)
    report.count(lang, "events", _counts(len(pairs), len(fp), len(golds) - len(pairs)))
    for i, j in pairs:
        p, g = preds.events[i], golds[j]
        for party in g["parties"]:
            report.hit(lang, "party_role", _role_right(p, party))
        if g.get("date"):
            report.hit(lang, "date", p.date == g["date"])
        if g.get("instrument"):
            report.hit(lang, "instrument", _instrument_matches(p.instrument, g["instrument"]))
        if g.get("evidence"):
            report.hit(lang, "evidence", _overlaps(p, g, preds.text))
    for i, j in pairing(preds.events, golds, use_amount=False):
        if _gold_amount(golds[j]) is not None:
            report.hit(lang, "amount_link", preds.events[i].amount == _gold_amount(golds[j]))


SHOWN_PARTS = ("tune", "tune-added", "tune-added-2", "seeds")  # the parts whose errors may be read; never held-out


def _show_pred(p: Pred) -> str:
    amount = f" {p.amount[0]} {p.amount[1]}" if p.amount else ""
    parties = "; ".join(f"{n} ({r})" for n, r in p.parties)
    return f"{p.type}{amount} [{parties}]"


def _show_gold(g: dict[str, Any]) -> str:
    amount = _gold_amount(g)
    shown = f" {amount[0]} {amount[1]}" if amount else ""
    parties = "; ".join(f"{x['name']} ({x['role']})" for x in g["parties"])
    return f"{g['type']}{shown} [{parties}]"


def document_errors(preds: DocPreds, gold: dict[str, Any]) -> list[str]:
    """The errors of one document: missed (``-``) and spurious (``+``) events, wrong roles (``role``) and wrong
    amounts of events matched without the amount condition (``amount``), each with its sentence."""
    golds, optional = gold["events"], gold.get("optional", {}).get("events", [])
    out: list[str] = []
    pairs = pairing(preds.events, golds)
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    loose = dict(pairing(preds.events, golds, use_amount=False))
    for j, g in enumerate(golds):
        if j not in matched_g:
            out.append(f"  - {_show_gold(g)}\n      {g.get('evidence', '')}")
    for i in _spurious(preds.events, matched_p, optional):
        p = preds.events[i]
        out.append(f"  + {_show_pred(p)}\n      {preds.text[p.span[0]:p.span[1]]}")
    for i, j in pairs:
        p, g = preds.events[i], golds[j]
        wrong = [x for x in g["parties"] if not _role_right(p, x)]
        if wrong:
            out.append(f"  role gold {_show_gold(g)}\n       pred {_show_pred(p)}\n      {g.get('evidence', '')}")
    for i, j in loose.items():
        g = golds[j]
        if _gold_amount(g) is not None and preds.events[i].amount != _gold_amount(g):
            out.append(f"  amount gold {_show_gold(g)}\n         pred {_show_pred(preds.events[i])}\n"
                       f"      {g.get('evidence', '')}")
    return out


CAUSES = ("trigger", "type", "amount", "parties", "spurious")


def _cause(pred: Pred, gold: dict[str, Any], text_: str) -> str | None:
    """Why a predicted and a gold event that tell the same sentence or the same parties do not match: the type
    (they would match as the other type), the amount (they match without the amount rule), the parties (same
    type, same sentence, too few gold parties named); None when they have nothing to do with each other."""
    if pred.type != gold["type"] and (matches(replace(pred, type=gold["type"]), gold)
                                      or (_overlaps(pred, gold, text_)
                                          and matches(replace(pred, type=gold["type"]), gold, use_amount=False))):
        return "type"
    if pred.type == gold["type"] and matches(pred, gold, use_amount=False):
        return "amount"
    if pred.type == gold["type"] and _overlaps(pred, gold, text_):
        return "parties"
    return None


def error_causes(preds: DocPreds, gold: dict[str, Any]) -> dict[str, int]:
    """The cause of each missed (``fn.<cause>``) and spurious (``fp.<cause>``) event: ``trigger`` (no predicted
    event tells the gold event at all), ``type``, ``amount``, ``parties`` (see ``_cause``), ``spurious`` (the
    predicted event tells no gold or optional event). A missed event takes the first cause found with a left-over
    prediction, else with any prediction."""
    golds, optional = gold["events"], gold.get("optional", {}).get("events", [])
    pairs = pairing(preds.events, golds)
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    out: dict[str, int] = {}
    left = [p for i, p in enumerate(preds.events) if i not in matched_p]
    for j, g in enumerate(golds):
        if j in matched_g:
            continue
        found = [c for p in left if (c := _cause(p, g, preds.text))] or \
            [c for p in preds.events if (c := _cause(p, g, preds.text))]
        key = "fn." + (min(found, key=CAUSES.index) if found else "trigger")
        out[key] = out.get(key, 0) + 1
    for i in _spurious(preds.events, matched_p, optional):
        found = [c for g in golds if (c := _cause(preds.events[i], g, preds.text))]
        key = "fp." + (min(found, key=CAUSES.index) if found else "spurious")
        out[key] = out.get(key, 0) + 1
    return out


def cause_totals(gold_lines: list[dict[str, Any]], engine: Engine) -> dict[str, int]:
    preds = load_predictions(engine)
    total: dict[str, int] = {}
    for gold in gold_lines:
        for key, n in error_causes(preds.get(Path(gold["doc"]).name) or DocPreds(None, ""), gold).items():
            total[key] = total.get(key, 0) + n
    return dict(sorted(total.items()))


def show_errors(gold_lines: list[dict[str, Any]], engine: Engine) -> list[str]:
    preds = load_predictions(engine)
    out: list[str] = []
    for gold in gold_lines:
        errors = document_errors(preds.get(Path(gold["doc"]).name) or DocPreds(None, ""), gold)
        if errors:
            out += [f"# {gold['doc']}", *errors]
    return out


def _counts(tp: int, fp: int, fn: int) -> Any:
    from pipeline.evaluate import Counts

    return Counts(tp, fp, fn)


def load_predictions(engine: Engine) -> dict[str, DocPreds]:
    """File name of the source -> the document's language, text and events."""
    if not {"events", "event_parties"} <= set(inspect(engine).get_table_names()):
        raise NoEventTables("the dataset has no events/event_parties tables")
    out: dict[str, DocPreds] = {}
    with engine.connect() as conn:
        by_id: dict[int, DocPreds] = {}
        for row in conn.execute(text("SELECT id, source, language, text FROM documents")):
            doc = DocPreds(row.language, row.text)
            by_id[row.id] = out[Path(row.source.replace("\\", "/")).name] = doc
        parties: dict[int, list[tuple[str, str]]] = {}
        for row in conn.execute(text("SELECT event_id, name, role FROM event_parties ORDER BY rowid")):
            parties.setdefault(row.event_id, []).append((row.name, row.role))
        query = text("SELECT e.id, e.document_id, e.type, e.date_value, e.instrument, e.start_char, e.end_char, "
                     "a.value, a.currency FROM events e LEFT JOIN amounts a ON a.id = e.amount_id ORDER BY e.id")
        for row in conn.execute(query):
            by_id[row.document_id].events.append(Pred(row.type, parties.get(row.id, []),
                                                      _amount(row.value, row.currency), row.date_value,
                                                      row.instrument, (row.start_char, row.end_char)))
    return out


def evaluate_events(gold_lines: list[dict[str, Any]], engine: Engine) -> Report:
    preds = load_predictions(engine)
    report = Report()
    for gold in gold_lines:
        doc = preds.get(Path(gold["doc"]).name)
        if doc is None:
            report.missing.append(gold["doc"])
            doc = DocPreds(None, "")
        score_document(doc, gold, report)
    return report


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_parts(ingest_into: Callable[[list[Path], str], Engine] | None = None,
                errors: dict[str, list[str]] | None = None,
                causes: dict[str, dict[str, int]] | None = None) -> dict[str, Report]:
    """Ingest the development set and the seeds into temporary datasets and score tune, held-out and seeds;
    with ``errors``, fill it with the errors of the parts in ``SHOWN_PARTS`` (never held-out), with ``causes``
    with their error causes (``error_causes``)."""
    from benchmarks.evaldev import gold_lines, splits

    def ingest_fresh(paths: list[Path], db: str) -> Engine:
        from pipeline.runs.ingest import ingest
        from pipeline.store import connect

        ingest(paths, db, "evalevents", workers=1, progress=False)
        return connect(db, create=False)

    run = ingest_into or ingest_fresh
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory() as tmp:
        dev_engine = run([DEV / "texts"], str(Path(tmp) / "dev.sqlite"))
        dev_gold = [json.loads(line) for line in gold_lines(DEV, "events.jsonl")]
        for name, docs in splits(DEV).items():
            part = [g for g in dev_gold if g["doc"] in docs]
            reports[name] = evaluate_events(part, dev_engine)
            if errors is not None and name in SHOWN_PARTS:
                errors[name] = show_errors(part, dev_engine)
            if causes is not None and name in SHOWN_PARTS:
                causes[name] = cause_totals(part, dev_engine)
        seeds_engine = run([REPO / "raw"], str(Path(tmp) / "seeds.sqlite"))
        reports["seeds"] = evaluate_events(read_gold(SEEDS), seeds_engine)
        if errors is not None:
            errors["seeds"] = show_errors(read_gold(SEEDS), seeds_engine)
        if causes is not None:
            causes["seeds"] = cause_totals(read_gold(SEEDS), seeds_engine)
    return reports


def flat_scores(reports: dict[str, Report]) -> dict[str, float]:
    return {f"{part}.{name}": value for part, report in reports.items() for name, value in report.flat().items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.evalevents", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="score this dataset (with --gold) instead of ingesting the gold sets")
    parser.add_argument("--gold", type=Path, help="events gold file for --db")
    parser.add_argument("--floors", type=Path, help="fail when a score falls below its floor (section 'events')")
    parser.add_argument("--show-errors", action="store_true",
                        help="print the errors of the tune, tune-added and seeds parts (never held-out)")
    parser.add_argument("--causes", action="store_true",
                        help="print why events were missed or spurious in tune, tune-added and seeds (never held-out)")
    args = parser.parse_args(argv)
    errors: dict[str, list[str]] | None = {} if args.show_errors else None
    causes: dict[str, dict[str, int]] | None = {} if args.causes else None
    try:
        if args.db:
            from sqlalchemy import create_engine

            from pipeline.store import database_url

            if not args.gold:
                parser.error("--db needs --gold")
            engine = create_engine(database_url(args.db, write=False))  # as it is: a scorer never migrates
            reports = {"dataset": evaluate_events(read_gold(args.gold), engine)}
        else:
            reports = score_parts(errors=errors, causes=causes)
    except NoEventTables as exc:
        print(f"evalevents: {exc}: event F1 0")
        return MISSING_TABLES
    for name, report in reports.items():
        print(f"== events, {name}")
        print(format_report(report))
    for name, counts in (causes or {}).items():
        print(f"== error causes, {name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for name, lines in (errors or {}).items():
        print(f"== errors, {name}")
        print("\n".join(lines))
    return gate(flat_scores(reports), args.floors, "events", "evalevents") if args.floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
