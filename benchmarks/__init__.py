"""Evaluation gates and benchmarks, outside the installed package: they read the project's test data and,
where present, the shared evaluation material beside the checkout (``../shared``)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = REPO / "tests" / "data"
SHARED = REPO.parent / "shared"
