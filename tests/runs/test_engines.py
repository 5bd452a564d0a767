"""Engines: a Dask cluster (local, processes on 127.0.0.1) gives the same dataset as the process pool, failures
included; documents are streamed in chunks with a bounded number in flight, in input order."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys

import pytest

from pipeline import config
from pipeline.runs import engines
from pipeline.runs.ingest import ingest
from pipeline.text.decode import discover
from tests.conftest import DATA, RAW, requires_en, run_cli
from tests.test_backends import snapshot


@pytest.fixture
def mixed(tmp_path):
    """The seed releases and the corpus of bad files (some unreadable, empty or binary): 25 files, enough for
    the process pool to start."""
    folder = tmp_path / "mixed"
    shutil.copytree(RAW, folder / "seeds")
    shutil.copytree(DATA / "bad", folder / "bad")
    (folder / "bad" / "broken.html").write_bytes(b"%PDF-1.4 not really html")
    return folder


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR) as running:
        yield running


@requires_en
@pytest.mark.slow
def test_dask_gives_the_dataset_of_the_process_pool(mixed, tmp_path):
    pool_db, dask_db = str(tmp_path / "pool.sqlite"), str(tmp_path / "dask.sqlite")
    assert len(discover([mixed])) >= 2 * config.MIN_DOCS_PER_WORKER  # the pool really runs
    pool = ingest([str(mixed)], pool_db, "test", workers=2, progress=False)
    on_dask = ingest([str(mixed)], dask_db, "test", workers=2, progress=False, engine="dask")
    assert pool.failed > 0 and pool.stored >= 5
    assert (on_dask.stored, on_dask.failed, on_dask.mentions) == (pool.stored, pool.failed, pool.mentions)
    assert snapshot(dask_db) == snapshot(pool_db)  # every row, failures included, same ids


@requires_en
@pytest.mark.slow
def test_cli_joins_a_running_scheduler(cluster, tmp_path):
    local_db, dask_db = str(tmp_path / "local.sqlite"), str(tmp_path / "dask.sqlite")
    assert run_cli("ingest", str(RAW), "--db", local_db, "--workers", "1", "--quiet").returncode == 0
    done = run_cli("ingest", str(RAW), "--db", dask_db, "--scheduler", cluster.scheduler_address, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "5 stored" in done.stdout
    assert snapshot(dask_db) == snapshot(local_db)


def _echo(items, data=None):
    return [(item.source, len(d)) for item, d in zip(items, data or [b""] * len(items), strict=True)]


def test_dask_streams_with_a_bounded_number_in_flight(cluster, tmp_path, monkeypatch):
    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text("x" * i)
    items = discover([tmp_path])
    read = []
    original = engines.read_bytes
    monkeypatch.setattr(engines, "read_bytes", lambda path: read.append(path) or original(path))
    stream = engines.results(_echo, lambda item, exc: None, items, "dask", scheduler=cluster.scheduler_address)
    first = next(stream)
    window = 2 * config.TASKS_IN_FLIGHT_PER_WORKER * config.DOCS_PER_TASK  # two worker threads
    assert first == (f"{tmp_path.name}/00.txt", 0)
    assert len(read) <= window + 1  # not the whole corpus
    rest = list(stream)
    assert [r[0] for r in [first, *rest]] == [i.source for i in items]  # input order
    assert [r[1] for r in rest] == list(range(1, 40))


def test_dask_reports_an_unreachable_scheduler(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pipeline", "ingest", str(RAW), "--db", str(tmp_path / "d.sqlite"),
                           "--scheduler", "tcp://127.0.0.1:9", "--quiet"], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PRESS_PIPELINE_DASK_TIMEOUT": "2"})
    assert done.returncode == 2 and "cannot reach the Dask scheduler" in done.stderr
