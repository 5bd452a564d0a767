from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
RAW = ROOT / "raw"


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


SENATE = DATA / "senate-sample"


@pytest.fixture(scope="session")
def senate_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dataset of the seeds (raw/) and 40 Senate releases, built once per session with the CLI. Named
    press.sqlite, so that Datasette serves it as `press`. Read it; copy it before changing it."""
    if not have_model("en"):
        pytest.skip("English spaCy model not installed (make setup)")
    db = tmp_path_factory.mktemp("senate") / "press.sqlite"
    result = run_cli("ingest", str(RAW), str(SENATE), "--db", str(db), "--workers", "1", "--no-progress", "-q")
    assert result.returncode == 0, result.stderr
    return db
