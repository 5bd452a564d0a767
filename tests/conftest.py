from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
RAW = ROOT / "raw"
pytest_plugins = ["tests.postgres"]  # the postgres_server and postgres_db fixtures


def have_model(language: str) -> bool:
    from pipeline.resources.models import choose

    return choose(language).package is not None


requires_en = pytest.mark.skipif(not have_model("en"), reason="English spaCy model not installed (make setup)")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of the example corpus."""
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m pipeline ARGS`` in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600)
