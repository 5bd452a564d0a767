"""Load documents: find input files under the given paths and read their bytes safely."""

from __future__ import annotations

import logging
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline import config
from pipeline.errors import LimitExceeded, LoadError, UsageError
from pipeline.records import RawDocument

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InputFile:
    path: Path
    source: str  # path relative to the ingest root, with forward slashes


def is_input_file(path: Path) -> bool:
    return path.name.lower().endswith(config.INPUT_SUFFIXES) and not path.name.startswith(".")


def _walk(folder: Path) -> Iterator[Path]:
    """Every input file below ``folder``, sorted, following no symlinked folders (no loops)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if is_input_file(path):
                yield path


def discover(paths: Sequence[str | Path]) -> list[InputFile]:
    """Files to ingest. Sources are relative to each given folder (or the file's own folder)."""
    found: list[InputFile] = []
    for given in paths:
        root = Path(given)
        if not root.exists() and not root.is_symlink():
            raise UsageError(f"no such file or folder: {given}")
        if root.is_dir():
            found += [InputFile(p, p.relative_to(root).as_posix()) for p in _walk(root)]
        elif is_input_file(root) or root.is_symlink():
            found.append(InputFile(root, root.name))
        else:
            raise UsageError(f"not a supported input file (expected {', '.join(config.INPUT_SUFFIXES)}): {given}")
    return found


def gunzip_limited(data: bytes, limit: int = config.MAX_DECOMPRESSED_BYTES) -> bytes:
    """Decompress gzip data, refusing to produce more than ``limit`` bytes (gzip bombs)."""
    decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, limit + 1)
    except zlib.error as exc:
        raise LoadError(f"not a valid gzip file: {exc}") from exc
    if len(out) > limit or decomp.unconsumed_tail:
        raise LimitExceeded(f"decompressed size exceeds the limit of {limit:,} bytes (MAX_DECOMPRESSED_BYTES)")
    return out


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
    data = read_bytes(item.path) if data is None else data
    name = item.path.name.lower()
    if name.endswith(".gz"):
        data = gunzip_limited(data)
        name = name[:-3]
    kind = "html" if name.endswith((".html", ".htm")) else "text"
    return RawDocument(source=item.source, data=data, kind=kind)


