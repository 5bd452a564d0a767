from __future__ import annotations

import gzip
import os

import pytest

from pipeline.errors import LimitExceeded, LoadError, UsageError
from pipeline.text.decode import discover, gunzip_limited, load_file, read_bytes


def test_discover_is_recursive_sorted_and_relative(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.html").write_text("<p>x</p>")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "c.htm.gz").write_bytes(gzip.compress(b"<p>c</p>"))
    (tmp_path / "skip.pdf").write_text("no")
    (tmp_path / ".hidden.txt").write_text("no")
    root = tmp_path.name  # the identity rule: the given folder's name, then the path below it
    assert [f.source for f in discover([tmp_path])] == [f"{root}/a.txt", f"{root}/c.htm.gz", f"{root}/b/x.html"]


def test_discover_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        discover([tmp_path / "nope"])


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    os.symlink(tmp_path, tmp_path / "loop")
    assert [f.source for f in discover([tmp_path])] == [f"{tmp_path.name}/a.txt"]


def test_gzip_bomb_is_refused():
    bomb = gzip.compress(b"\0" * 5_000_000)
    with pytest.raises(LimitExceeded, match="decompressed size"):
        gunzip_limited(bomb, limit=1_000_000)


def test_gzip_file_is_decompressed(tmp_path):
    path = tmp_path / "p.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>hello</p></body></html>"))
    raw = load_file(discover([path])[0])
    assert raw.kind == "html" and raw.data.startswith(b"<html>")


def test_size_limit_and_vanished_files(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(LimitExceeded, match="over the limit"):
        read_bytes(big, limit=1000)
    with pytest.raises(LoadError, match="vanished"):
        read_bytes(tmp_path / "gone.txt")
