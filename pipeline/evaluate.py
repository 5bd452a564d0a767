"""Score a dataset against a gold file with the rules of gold/FORMAT.md: entities, dates, amounts,
roles (+ organisation accuracy), entity clusters (pairwise), language and publication date."""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from pipeline.errors import UsageError
from pipeline.store import amounts, dates, documents, mentions, roles
from pipeline.textnorm import fold, tokens

LABEL_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
ROLE_JACCARD = 0.5  # gold/FORMAT.md's rule: the token sets of two role titles overlap at least this much


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted: there is nothing to score (printed n/a, not 1.000)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None when the gold holds nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """None when both are empty; 0 when only one side has items."""
        if not (self.tp + self.fp + self.fn):
            return None
        p, r = self.precision or 0.0, self.recall or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    measures: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(dict))  # lang -> measure
    accuracy: dict[str, dict[str, list[int]]] = field(default_factory=lambda: defaultdict(dict))
    missing: list[str] = field(default_factory=list)

    def count(self, language: str, measure: str, counts: Counts) -> None:
        for lang in dict.fromkeys((language, "all")):  # a measure of "all" itself is counted once
            self.measures[lang].setdefault(measure, Counts()).add(counts)

    def hit(self, language: str, measure: str, ok: bool) -> None:
        for lang in dict.fromkeys((language, "all")):
            pair = self.accuracy[lang].setdefault(measure, [0, 0])
            pair[0] += int(ok)
            pair[1] += 1

    def flat(self) -> dict[str, float]:
        """``{"all.entities.f1": 0.83, "nl.dates.precision": 1.0, "all.language.accuracy": 1.0, ...}``."""
        out: dict[str, float] = {}
        for lang, measures in self.measures.items():
            for name, c in measures.items():
                for kind, value in (("precision", c.precision), ("recall", c.recall), ("f1", c.f1)):
                    if value is not None:  # an empty measure has no score (a floor on it fails)
                        out[f"{lang}.{name}.{kind}"] = value
        for lang, accs in self.accuracy.items():
            for name, (ok, total) in accs.items():
                if total:
                    out[f"{lang}.{name}.accuracy"] = ok / total
        return out


def _set_counts(pred: set[Any], gold: set[Any], optional: set[Any]) -> Counts:
    return Counts(len(pred & gold), len(pred - gold - optional), len(gold - pred))


def _entity_set(items: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(fold(e["text"]), LABEL_MAP[e["type"]]) for e in items if e["type"] in LABEL_MAP}


def _amount_key(value: str, currency: str) -> tuple[Decimal | str, str]:
    try:
        return Decimal(value).normalize(), currency
    except InvalidOperation:
        return value, currency


def person_matches(a: str, b: str) -> bool:
    ta, tb = tokens(a), tokens(b)
    short, long_ = sorted((ta, tb), key=len)
    return bool(short) and long_[-len(short):] == short


def role_matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if not person_matches(pred["person"], gold["person"]):
        return False
    a, b = set(tokens(pred["role"])), set(tokens(gold["role"]))
    return bool(a | b) and len(a & b) / len(a | b) >= ROLE_JACCARD


def _org_matches(pred: str | None, gold: str | None, clusters: dict[str, str]) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    fp, fg = fold(pred), fold(gold)
    return fp == fg or (fp in clusters and clusters.get(fp) == clusters.get(fg))


def gold_clusters(gold: dict[str, Any]) -> dict[str, str]:
    """Folded entity text -> gold cluster id, optional entities included (organisations are compared by cluster)."""
    optional = gold.get("optional", {}).get("entities", [])
    return {fold(e["text"]): e["entity"] for e in gold["entities"] + optional}


def match_roles(pred: list[dict[str, Any]], gold: dict[str, Any]
                ) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Gold roles matched greedily, in gold order, to predicted ones: the (gold, predicted) pairs, the gold roles
    missed, and the predicted roles left over that no optional gold role covers (the spurious ones)."""
    unmatched = list(pred)
    pairs, missed = [], []
    for g in gold["roles"]:
        match = next((p for p in unmatched if role_matches(p, g)), None)
        if match is None:
            missed.append(g)
            continue
        unmatched.remove(match)
        pairs.append((g, match))
    optional = gold.get("optional", {}).get("roles", [])
    return pairs, missed, [p for p in unmatched if not any(role_matches(p, o) for o in optional)]


def _score_roles(pred: list[dict[str, Any]], gold: dict[str, Any], report: Report, lang: str) -> None:
    clusters = gold_clusters(gold)
    pairs, missed, spurious = match_roles(pred, gold)
    for g, match in pairs:
        report.hit(lang, "role_org", _org_matches(match["organization"], g["org"], clusters))
    report.count(lang, "roles", Counts(tp=len(pairs), fp=len(spurious), fn=len(missed)))


def _predicted(engine: Engine) -> dict[str, dict[str, Any]]:
    """Per document source: what the dataset holds, in gold-comparable form."""
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for d in conn.execute(select(documents.c.id, documents.c.source, documents.c.language,
                                     documents.c.published)):
            out[d.source] = {"id": d.id, "language": d.language, "published": d.published, "mentions": [],
                             "dates": set(), "amounts": set(), "roles": []}
        by_id = {v["id"]: v for v in out.values()}
        for m in conn.execute(select(mentions.c.document_id, mentions.c.text, mentions.c.label, mentions.c.entity_id)):
            by_id[m.document_id]["mentions"].append((fold(m.text), LABEL_MAP.get(m.label, m.label), m.entity_id))
        for dv in conn.execute(select(dates.c.document_id, dates.c.value)):
            by_id[dv.document_id]["dates"].add(dv.value)
        for a in conn.execute(select(amounts.c.document_id, amounts.c.value, amounts.c.currency)):
            by_id[a.document_id]["amounts"].add(_amount_key(a.value, a.currency))
        for r in conn.execute(select(roles.c.document_id, roles.c.person, roles.c.role, roles.c.organization)):
            by_id[r.document_id]["roles"].append({"person": r.person, "role": r.role,
                                                   "organization": r.organization})
    return out


def _find(pred: dict[str, dict[str, Any]], doc: str) -> dict[str, Any] | None:
    if doc in pred:
        return pred[doc]
    return next((v for k, v in pred.items() if k.endswith("/" + doc)), None)


def _cluster_pairs(items: dict[tuple[str, str], str]) -> set[frozenset[tuple[str, str]]]:
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for item, cluster in items.items():
        groups[cluster].append(item)
    return {frozenset(pair) for members in groups.values() for pair in combinations(sorted(members), 2)}


def evaluate(gold_path: Path, engine: Engine) -> Report:
    """Score the dataset behind ``engine`` against the gold JSONL file."""
    try:
        gold_docs = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the gold file {gold_path}: {exc}") from exc
    pred = _predicted(engine)
    if gold_docs and not any(_find(pred, gold["doc"]) is not None for gold in gold_docs):
        raise UsageError(f"none of the {len(gold_docs)} documents of {gold_path} is in the dataset: nothing to "
                         "score (ingest them first; gold 'doc' names match a source or its end)")
    report = Report()
    gold_clusters: dict[tuple[str, str], str] = {}
    pred_clusters: dict[tuple[str, str], str] = {}
    for gold in gold_docs:
        doc = _find(pred, gold["doc"])
        lang = gold.get("language") or "xx"
        if doc is None:
            report.missing.append(gold["doc"])
            doc = {"language": None, "published": None, "mentions": [], "dates": set(), "amounts": set(),
                   "roles": []}
        optional = gold.get("optional", {})
        gold.setdefault("optional", optional)
        report.hit(lang, "language", doc["language"] == gold.get("language"))
        report.hit(lang, "published", (doc["published"] or None) == gold.get("published"))
        pred_entities = {(t, label) for t, label, _ in doc["mentions"]}
        report.count(lang, "entities", _set_counts(pred_entities, _entity_set(gold["entities"]),
                                                   _entity_set(optional.get("entities", []))))
        report.count(lang, "dates", _set_counts(doc["dates"], {d["value"] for d in gold["dates"]},
                                                {d["value"] for d in optional.get("dates", [])}))
        report.count(lang, "amounts", _set_counts(
            doc["amounts"], {_amount_key(a["value"], a["currency"]) for a in gold["amounts"]},
            {_amount_key(a["value"], a["currency"]) for a in optional.get("amounts", [])}))
        _score_roles(doc["roles"], gold, report, lang)
        entity_of = Counter((t, e) for t, _, e in doc["mentions"] if e is not None)
        for e in gold["entities"]:
            item = (gold["doc"], fold(e["text"]))
            gold_clusters[item] = e["entity"]
            found = [ent for (t, ent), _ in entity_of.most_common() if t == item[1]]
            if found:
                pred_clusters[item] = str(found[0])
    gold_pairs, pred_pairs = _cluster_pairs(gold_clusters), _cluster_pairs(pred_clusters)
    report.count("all", "clusters", Counts(len(gold_pairs & pred_pairs), len(pred_pairs - gold_pairs),
                                           len(gold_pairs - pred_pairs)))
    return report


def format_report(report: Report) -> str:
    lines = [f"{'lang':<5} {'measure':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for lang in sorted(report.measures, key=lambda x: (x == "all", x)):
        for name, c in sorted(report.measures[lang].items()):
            lines.append(f"{lang:<5} {name:<10} {_score(c.precision)} {_score(c.recall)} {_score(c.f1)} "
                         f"{c.tp:5d} {c.fp:5d} {c.fn:5d}")
    for lang in sorted(report.accuracy, key=lambda x: (x == "all", x)):
        for name, (ok, total) in sorted(report.accuracy[lang].items()):
            lines.append(f"{lang:<5} {name:<10} accuracy {ok}/{total}")
    if report.missing:
        lines.append(f"documents of the gold file missing from the dataset: {', '.join(report.missing)}")
    return "\n".join(lines)


def shown(value: float | None, digits: int = 3, width: int = 6) -> str:
    """A score as printed: ``n/a`` for an empty measure (nothing predicted, or nothing to find)."""
    return f"{value:{width}.{digits}f}" if value is not None else f"{'n/a':>{width}}"


def _score(value: float | None) -> str:
    return shown(value)


def check_floors(scores: dict[str, float], floors: dict[str, float]) -> list[str]:
    """Messages for every pinned floor that a score falls below (a missing score counts as 0)."""
    return [f"{name} = {scores.get(name, 0.0):.3f} is below its floor {floor:.3f}"
            for name, floor in sorted(floors.items()) if scores.get(name, 0.0) + 1e-9 < floor]


def gate(scores: dict[str, float], floors_file: Path, section: str, prog: str) -> int:
    """The evaluation gate: compare ``scores`` with one section of the floors file; print what falls
    below and return 1 then, else 0. An unreadable floors file is a :class:`UsageError`."""
    try:
        floors = json.loads(floors_file.read_text(encoding="utf-8")).get(section, {})
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the floors file {floors_file}: {exc}") from exc
    problems = check_floors(scores, floors)
    for problem in problems:
        print(f"{prog}: FAIL {problem}", file=sys.stderr)
    if not problems:
        print(f"{prog}: all {len(floors)} pinned floors met")
    return 1 if problems else 0
