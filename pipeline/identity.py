"""The identity rule of an input file: the ``source`` that names it in the dataset.

A file's source is the name of the folder it was found through, then its path below that folder, with
forward slashes: ``ingest raw`` and ``ingest raw/001.txt`` both name ``raw/001.txt``; ``ingest A/ B/`` names
``A/release-001.txt`` and ``B/release-001.txt``. Given folders that share a name (``x/data`` and
``y/data``) are told apart by as many parent folders as it takes (``x/data/...``, ``y/data/...``).

So two different files never share a source within a run, and the same command names the same files
the same way on every run (document ids do not change). A file reached twice (a folder and a file in it)
is one input. The source is an origin of a document (``document_sources``); a document itself is
identified by the SHA-256 of its stored text (see :mod:`pipeline.store`)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath


def absolute(path: Path) -> str:
    """Absolute and normalised, without resolving symlinks (a symlinked folder keeps its own name)."""
    return os.path.abspath(path)


def folder_labels(folders: Iterable[str]) -> dict[str, str]:
    """Absolute folder path -> its label: the shortest tail of its path that no other given folder shares."""
    parts = {folder: PurePath(folder).parts[1:] for folder in set(folders)}
    depth = dict.fromkeys(parts, 1)
    while True:
        labels = {folder: "/".join(p[-depth[folder]:]) if p else "" for folder, p in parts.items()}
        taken = Counter(labels.values())
        clashing = [f for f, label in labels.items() if taken[label] > 1 and depth[f] < len(parts[f])]
        if not clashing:
            return labels
        for folder in clashing:
            depth[folder] += 1


def name_inputs(entries: Sequence[tuple[Path, Path, str]]) -> list[tuple[Path, str]]:
    """``(folder it was found through, file, path below that folder)`` -> ``(file, source)``, in order,
    each file once."""
    labels = folder_labels(absolute(folder) for folder, _, _ in entries)
    named: list[tuple[Path, str]] = []
    seen: set[str] = set()
    for folder, path, relative in entries:
        key = absolute(path)
        if key in seen:
            continue
        seen.add(key)
        label = labels[absolute(folder)]
        named.append((path, f"{label}/{relative}" if label else relative))
    return named
