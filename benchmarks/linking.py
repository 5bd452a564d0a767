"""``python -m benchmarks.linking [PAIRS.json]``: precision and recall of the name-matching rule that
cross-document linking runs (:func:`pipeline.entities.matching.same_name`), at several thresholds, on
labelled pairs of organisation and place names; the basis of ``config.FUZZY_MATCH_THRESHOLD``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from benchmarks import TEST_DATA
from pipeline.config import FUZZY_MATCH_THRESHOLD
from pipeline.entities.matching import measure

DEFAULT_PAIRS = TEST_DATA / "entity_name_pairs.json"
THRESHOLDS: list[float] = [80, 85, 88, 90, 92, 94, 96, 98]


def load_pairs(path: Path = DEFAULT_PAIRS) -> list[tuple[str, str, bool]]:
    return [(a, b, bool(same)) for a, b, same in json.loads(path.read_text(encoding="utf-8"))["pairs"]]


def main() -> int:
    pairs = load_pairs(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PAIRS)
    print(f"{len(pairs)} labelled name pairs; FUZZY_MATCH_THRESHOLD = {FUZZY_MATCH_THRESHOLD}")
    for threshold, precision, recall in measure(pairs, THRESHOLDS):
        print(f"  threshold {threshold:3.0f}: merge precision {precision:.2f}, recall {recall:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
