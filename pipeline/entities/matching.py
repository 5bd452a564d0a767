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
    the threshold, or None: the rule as a scan of every candidate, which :class:`SpellingIndex` answers
    faster (``tests/test_store.py`` checks that the two agree)."""
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


class SpellingIndex:
    """Known names of one label for :func:`closest`, bucketed by length: a name can only reach the threshold
    against names of nearly its length (an edit ratio of at least t% allows a length gap of at most
    (100 - t)% of the two lengths together), so only those buckets are scored. The answer is the one
    :func:`closest` gives over all the names in the order they were added (best score, earliest on a tie)."""

    def __init__(self) -> None:
        self._buckets: dict[int, tuple[list[str], list[int]]] = {}  # length -> forms, and their positions
        self._ids: list[int] = []  # entity id by position

    def add(self, name: str, entity_id: int) -> None:
        """Add a known entity's name (ignored when :func:`candidate_form` has none)."""
        form = candidate_form(name)
        if form is not None:
            forms, positions = self._buckets.setdefault(len(form), ([], []))
            forms.append(form)
            positions.append(len(self._ids))
            self._ids.append(entity_id)

    def closest(self, name: str, threshold: float | None = None) -> int | None:
        """The entity id of the closest known name at or above the threshold, or None."""
        form = match_form(name)
        if form is None:
            return None
        limit = config.FUZZY_MATCH_THRESHOLD if threshold is None else threshold
        best: tuple[float, int, str] | None = None  # (score, -position, form)
        for length, (forms, positions) in self._buckets.items():
            if 100 * (1 - abs(length - len(form)) / (length + len(form))) < limit - 1e-9:
                continue
            found = process.extractOne(form, forms, scorer=fuzz.ratio, score_cutoff=limit)
            if found is not None and (best is None or (found[1], -positions[found[2]]) > best[:2]):
                best = (found[1], -positions[found[2]], found[0])
        if best is None or sub_body(form, best[2]):
            return None
        return self._ids[-best[1]]


def same_name(a: str, b: str, threshold: float | None = None) -> bool:
    """Whether two names are one entity by their spelling: equal when folded, or close by :func:`closest`."""
    if fold(a) == fold(b):
        return True
    index = SpellingIndex()  # the code path of cross-document linking, so that the benchmark measures it
    index.add(b, 0)
    return index.closest(a, threshold) == 0


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
