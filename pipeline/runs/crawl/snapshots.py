"""Crawl snapshots: every fetched page is kept gzip-compressed, with its URL and fetch metadata beside it
in a JSON file of the same name (``page-<sha>.html.gz`` and ``page-<sha>.json``), so that
``ingest SNAPSHOT_FOLDER`` stores the crawl's documents again under their URLs (an offline replay).

The default folder is ``out/snapshots`` (config.SNAPSHOT_DIR): outside ``raw/``, which ``make ingest`` reads."""

from __future__ import annotations

import gzip
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)
SNAPSHOT_SUFFIX = ".html.gz"
SIDECAR_SUFFIX = ".json"


@dataclass(frozen=True)
class Origin:
    """What a snapshot's sidecar says about the page."""

    url: str
    final_url: str | None
    language: str | None


SLUG_BYTES = 80  # bytes of the URL path kept in a snapshot's file name (a name may have 255 bytes)


def snapshot_path(folder: Path, source: str, url: str, sha: str) -> Path:
    """Where the raw page is kept: always inside ``folder``, every name well under 255 bytes."""
    parts = urlsplit(url)
    slug = re.sub(r"[^\w.\-]+", "_", parts.path.strip("/")) or "index"
    slug = slug.encode("utf-8")[-SLUG_BYTES:].decode("utf-8", "ignore").lstrip(".") or "index"
    host = re.sub(r"[^\w.\-]+", "_", parts.netloc)[:100].lstrip(".") or "host"
    path = folder / source / host / f"{slug}-{sha[:12]}{SNAPSHOT_SUFFIX}"
    if not path.resolve().is_relative_to(folder.resolve()):
        raise ValueError(f"snapshot path {path} would leave the snapshot folder")
    return path


def sidecar_of(path: Path) -> Path:
    name = path.name
    stem = name[: -len(SNAPSHOT_SUFFIX)] if name.lower().endswith(SNAPSHOT_SUFFIX) else path.stem
    return path.with_name(stem + SIDECAR_SUFFIX)


def write_snapshot(path: Path, body: bytes, meta: dict[str, Any]) -> None:
    """The page body, gzip-compressed, and its metadata beside it (written first: a body is never alone)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sidecar_of(path).write_text(json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                encoding="utf-8")
    path.write_bytes(gzip.compress(body))


def read_origin(path: Path) -> Origin | None:
    """The URL of a snapshot file from its sidecar, or None for an ordinary file (or an unreadable sidecar)."""
    if not path.name.lower().endswith(SNAPSHOT_SUFFIX):
        return None
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return None
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("ignoring the unreadable snapshot metadata %s: %s", sidecar, exc)
        return None
    url = meta.get("url") if isinstance(meta, dict) else None
    if not isinstance(url, str) or not url:
        return None
    final = meta.get("final_url")
    language = meta.get("language")
    return Origin(url, final if isinstance(final, str) else None, language if isinstance(language, str) else None)
