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
    """Known names of one label for :func:`closest`, with an index of their trigrams. A name reaches an edit
    ratio of t% only against names within e = (100 - t)% of the two lengths together in insertions and
    deletions (so of nearly its length), and a name within e edits keeps at least n - 3e of its n trigrams
    (an edit breaks at most three): it holds one of any 3e + 1 of them. So only the names of a near length
    holding one of the query's 3e + 1 rarest trigrams are scored (all names of a near length when that bound
    says nothing). The answer is the one :func:`closest` gives over all the names in the order they were
    added (best score, earliest on a tie); ``tests/test_store.py`` checks it."""

    def __init__(self) -> None:
        self._forms: list[str] = []  # by position (order of addition)
        self._ids: list[int] = []  # entity id by position
        self._postings: dict[str, dict[int, list[int]]] = {}  # trigram -> length -> positions holding it, ascending
        self._counts: dict[str, int] = {}  # trigram -> how many forms hold it
        self._by_length: dict[int, list[int]] = {}  # length -> positions of the forms of that length

    def add(self, name: str, entity_id: int) -> None:
        """Add a known entity's name (ignored when :func:`candidate_form` has none)."""
        form = candidate_form(name)
        if form is None:
            return
        position = len(self._forms)
        for gram in _trigrams(form):
            self._postings.setdefault(gram, {}).setdefault(len(form), []).append(position)
            self._counts[gram] = self._counts.get(gram, 0) + 1
        self._by_length.setdefault(len(form), []).append(position)
        self._forms.append(form)
        self._ids.append(entity_id)

    def closest(self, name: str, threshold: float | None = None) -> int | None:
        """The entity id of the closest known name at or above the threshold, or None."""
        form = match_form(name)
        if form is None:
            return None
        limit = config.FUZZY_MATCH_THRESHOLD if threshold is None else threshold
        positions = self._candidates(form, 1 - limit / 100)
        if not positions:
            return None
        found = process.extractOne(form, [self._forms[i] for i in positions], scorer=fuzz.ratio, score_cutoff=limit)
        if found is None or sub_body(form, found[0]):
            return None
        return self._ids[positions[found[2]]]

    def _candidates(self, form: str, share: float) -> list[int]:
        """Positions, ascending, of every form that may be within ``share`` of the two lengths in edits."""
        def edits(length: int) -> int:  # the most insertions and deletions a score at the threshold allows
            return int(share * (len(form) + length) + 1e-9)

        shortest = longest = len(form)  # the near lengths: |length - len(form)| <= edits(length), a band
        while shortest > 1 and len(form) - (shortest - 1) <= edits(shortest - 1):
            shortest -= 1
        most = max(self._by_length, default=0)
        while longest < most and longest + 1 - len(form) <= edits(longest + 1):
            longest += 1
        near = [n for n in range(shortest, longest + 1) if n in self._by_length]
        grams = _trigrams(form)
        rare = 3 * edits(longest) + 1
        if rare >= len(grams):
            return sorted(i for n in near for i in self._by_length[n])
        chosen = sorted(grams, key=lambda g: self._counts.get(g, 0))[:rare]
        lists = [by_length[n] for g in chosen if (by_length := self._postings.get(g)) for n in near if n in by_length]
        return sorted({i for positions in lists for i in positions})


def _trigrams(form: str) -> list[str]:
    """The trigrams of a form, a repeated one numbered by its occurrence ("abab" -> "aba", "bab"; a second
    "aba" would be "aba1"), so that the trigrams two forms share as sets are those they share as multisets."""
    seen: dict[str, int] = {}
    out = []
    for i in range(len(form) - 2):
        gram = form[i:i + 3]
        count = seen.get(gram, 0)
        seen[gram] = count + 1
        out.append(gram if count == 0 else f"{gram}{count}")
    return out


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
