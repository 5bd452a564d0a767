"""The one rule that decides whether two organisation or place names are the same entity by their spelling.

Used by cross-document linking (:mod:`pipeline.entities.linking`) and measured, exactly as production runs it,
by ``python -m benchmarks.linking`` on labelled name pairs. People are never matched by spelling."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from pipeline import config
from pipeline.textnorm import fold, is_acronym

FUZZY_LABELS = ("ORG", "LOC")


def match_form(name: str) -> str | None:
    """The folded form of a name that may be matched by spelling, or None: acronyms and short names are
    ambiguous ("ILO", "Unia") and only ever match exactly."""
    folded = fold(name)
    if len(folded) < config.MIN_FUZZY_NAME_CHARS or is_acronym(name):
        return None
    return folded


def candidate_form(name: str) -> str | None:
    """The folded form under which a known entity's name can be found by spelling, or None when too short."""
    folded = fold(name)
    return folded if len(folded) >= config.MIN_FUZZY_NAME_CHARS else None


def closest(name: str, candidates: list[str], threshold: float | None = None) -> int | None:
    """Index of the candidate (as :func:`candidate_form` gives them) closest to ``name`` at or above
    the threshold, or None."""
    form = match_form(name)
    if form is None or not candidates:
        return None
    limit = config.FUZZY_MATCH_THRESHOLD if threshold is None else threshold
    best = process.extractOne(form, candidates, scorer=fuzz.ratio, score_cutoff=limit)
    return int(best[2]) if best and not sub_body(form, best[0]) else None


def sub_body(a: str, b: str) -> bool:
    """Whether two folded names differ only in one word that is the other with a prefix: a body and its
    sub-body ("senate appropriations subcommittee" / "... committee", "unterausschuss" / "ausschuss",
    "sous-comite" / "comite"), never one entity however close their spelling."""
    words_a, words_b = a.replace("-", "").split(), b.replace("-", "").split()
    if len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    short, long = sorted(differ[0], key=len)
    return long.endswith(short) and len(long) - len(short) >= config.MIN_SUB_BODY_PREFIX


def same_name(a: str, b: str, threshold: float | None = None) -> bool:
    """Whether two names are one entity by their spelling: equal when folded, or close by :func:`closest`."""
    if fold(a) == fold(b):
        return True
    form_b = candidate_form(b)
    return form_b is not None and closest(a, [form_b], threshold) == 0


def measure(pairs: list[tuple[str, str, bool]], thresholds: list[float]) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) of :func:`same_name` on labelled name pairs."""
    rows = []
    for threshold in thresholds:
        merged = [(same, same_name(a, b, threshold)) for a, b, same in pairs]
        tp = sum(1 for same, m in merged if same and m)
        fp = sum(1 for same, m in merged if not same and m)
        fn = sum(1 for same, m in merged if same and not m)
        rows.append((threshold, tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0))
    return rows
