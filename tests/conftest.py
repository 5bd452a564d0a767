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


TEST_TIME_LIMIT_S = 300  # a test running longer than this is stuck: print every thread's stack and stop


@pytest.fixture
def time_bound():
    """Bound a test in time: a hung test dumps its tracebacks and ends the test process (no pytest-timeout
    needed; faulthandler's watchdog is a thread, so it also fires while the test waits on a socket)."""
    import faulthandler

    faulthandler.dump_traceback_later(TEST_TIME_LIMIT_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


class Tmpfs:
    """A small tmpfs mounted for one test (storage faults: a full disk, read-only storage); needs root."""

    def __init__(self, path: Path):
        self.path = path
        self.mounted = False

    def mount(self, size: str) -> Path:
        self.path.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(self.path)],
                                capture_output=True, text=True, timeout=30)
        if result.returncode:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.strip()}")
        self.mounted = True
        return self.path

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True, timeout=30)

    def unmount(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.path)], check=False, timeout=30)


@pytest.fixture
def tmpfs(tmp_path: Path):
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    fs = Tmpfs(tmp_path / "tmpfs")
    yield fs
    fs.unmount()
