"""Load documents: find input files under the given paths and read their bytes safely."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline import config
from pipeline.archives import gunzip_limited
from pipeline.errors import LimitExceeded, LoadError, UsageError
from pipeline.identity import absolute, name_inputs
from pipeline.records import RawDocument
from pipeline.runs.crawl.snapshots import read_origin

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InputFile:
    path: Path
    source: str  # see pipeline.identity: folder name + path below it, or the URL of a crawl snapshot
    url: str | None = None  # a crawl snapshot's page URL (from its sidecar)
    language: str | None = None  # a crawl snapshot's language hint (from its source in sources.toml)
    root: Path | None = None  # the resolved input folder the file was found in: it may not be left
    problem: str | None = None  # why it cannot be read, found while listing (recorded as its failure)


def is_input_file(path: Path) -> bool:
    return path.name.lower().endswith(config.INPUT_SUFFIXES) and not path.name.startswith(".")


def _walk(folder: Path) -> Iterator[InputFile]:
    """Every input file below ``folder``, sorted, following no symlinked folders (no loops); folders that
    cannot be listed and names that are not UTF-8 come as items with their problem."""
    root = folder.resolve()
    errors: list[OSError] = []
    for top, dirs, files in os.walk(folder, followlinks=False, onerror=errors.append):
        yield from (_listing_problem(folder, root, exc) for exc in errors)
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(top) / name
            if is_input_file(path):
                yield _walked(path, path.relative_to(folder).as_posix(), root)
    yield from (_listing_problem(folder, root, exc) for exc in errors)


def _walked(path: Path, source: str, root: Path) -> InputFile:
    try:
        source.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(source).decode("utf-8", "backslashreplace")
        return InputFile(path, shown, root=root, problem="file name is not valid UTF-8 (rename the file to read it)")
    return InputFile(path, source, root=root)


def _listing_problem(folder: Path, root: Path, exc: OSError) -> InputFile:
    where = Path(str(exc.filename or folder))
    try:
        source = where.relative_to(folder).as_posix()
    except ValueError:
        source = str(where)
    source = os.fsencode(source).decode("utf-8", "backslashreplace")
    return InputFile(where, source + "/", root=root, problem=f"cannot list the folder: {exc.strerror or exc}")


def discover(paths: Sequence[str | Path]) -> list[InputFile]:
    """Files to ingest, each once, named by the identity rule of :mod:`pipeline.identity`; a crawl
    snapshot (with its sidecar) is named by its URL."""
    found: list[tuple[Path, InputFile]] = []  # (folder it was found through, item with its path below it)
    for given in paths:
        root = Path(given)
        if not root.exists() and not root.is_symlink():
            raise UsageError(f"no such file or folder: {given}")
        if root.is_dir():
            found += [(root, item) for item in _walk(root)]
        elif is_input_file(root) or root.is_symlink():
            found.append((root.parent, InputFile(root, root.name)))  # named on the command line: read wherever it
            # points
        else:
            raise UsageError(f"not a supported input file (expected {', '.join(config.INPUT_SUFFIXES)}): {given}")
    items: dict[str, InputFile] = {}
    for _, item in found:
        items.setdefault(absolute(item.path), item)
    named = name_inputs([(folder, item.path, item.source) for folder, item in found])
    return [_named(items[absolute(path)], source) for path, source in named]


def _named(item: InputFile, source: str) -> InputFile:
    """The item under its source; a crawl snapshot (with its sidecar) under its URL."""
    origin = read_origin(item.path) if item.problem is None else None
    if origin is None:
        return replace(item, source=source)
    return replace(item, source=origin.url, url=origin.final_url or origin.url, language=origin.language)


def check_readable(item: InputFile) -> None:
    """Refuse what may not be read: a symlink out of the input folder, a FIFO, device or socket."""
    if item.problem:
        raise LoadError(item.problem)
    try:
        real = item.path.resolve(strict=True)
        mode = real.stat().st_mode
    except (OSError, RuntimeError):
        return  # vanished, broken or looping links: read_bytes says which
    if item.root is not None and not real.is_relative_to(item.root):
        raise LoadError(f"symlink points outside the input folder (to {real}): not read")
    if not stat.S_ISREG(mode):
        raise LoadError("not a regular file (a FIFO, device or socket): not read")


def read_bytes(path: Path, limit: int = config.MAX_FILE_BYTES) -> bytes:
    """Read a file, refusing files over ``limit`` bytes and turning OS errors into :class:`LoadError`."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise LimitExceeded(f"file is {size:,} bytes, over the limit of {limit:,} (MAX_FILE_BYTES)")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise LoadError("file vanished before it could be read") from exc
    except PermissionError as exc:
        raise LoadError("file is not readable (permission denied)") from exc
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise LimitExceeded(f"file grew over the limit of {limit:,} bytes while reading (MAX_FILE_BYTES)")
    return data


def load_file(item: InputFile, data: bytes | None = None) -> RawDocument:
    """The raw document of one input file (gzip-compressed files are decompressed, bounded); ``data``: its
    bytes when already read (by the client of a Dask cluster)."""
    check_readable(item)
    data = read_bytes(item.path) if data is None else data
    name = item.path.name.lower()
    if name.endswith(".gz"):
        data = gunzip_limited(data)
        name = name[:-3]
    kind = "html" if name.endswith((".html", ".htm")) else "text"
    return RawDocument(source=item.source, data=data, url=item.url, kind=kind, language_hint=item.language)


