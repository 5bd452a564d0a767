"""``sources.toml``: what to crawl and how politely."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from pipeline import __version__, config
from pipeline.errors import UsageError

DEFAULT_CONTACT = "set [crawler] contact in sources.toml"


@dataclass(frozen=True)
class Settings:
    """Crawler-wide settings (``[crawler]`` table); every one has a safe default."""

    contact: str = DEFAULT_CONTACT
    user_agent: str = ""
    timeout: float = 20.0  # seconds to connect and between bytes
    max_bytes: int = 10 * 1024 * 1024  # larger responses are refused
    retries: int = 3  # on timeouts, 429 and 5xx
    backoff: float = 1.0  # first retry wait in seconds, doubled each time, with jitter
    max_retry_after: float = 120.0  # a longer Retry-After is capped to this
    max_redirects: int = 5
    delay: float = 1.0  # minimum seconds between two requests to one host
    concurrency: int = 2
    snapshot_dir: str = config.SNAPSHOT_DIR  # every fetched page is saved here, with its metadata

    @property
    def agent(self) -> str:
        return self.user_agent or f"press-pipeline/{__version__} (research crawler; +{self.contact})"


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    include: tuple[re.Pattern[str], ...] = ()  # a release URL matches one of these (all when empty)
    exclude: tuple[re.Pattern[str], ...] = ()
    language: str | None = None
    delay: float | None = None
    concurrency: int | None = None
    max_pages: int | None = None  # listing pages followed through pagination
    allow_private: bool = False  # fetch loopback/private/link-local addresses too (tests, an intranet)

    def wants(self, url: str) -> bool:
        if any(p.search(url) for p in self.exclude):
            return False
        return not self.include or any(p.search(url) for p in self.include)


SOURCE_KEYS = tuple(f.name for f in fields(Source))
CRAWLER_KEYS = tuple(f.name for f in fields(Settings))
TOP_KEYS = ("crawler", "source")


def refuse_unknown(table: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    """A key the pipeline does not read is a usage error naming it and the closest valid key: a misspelt
    ``includes`` would otherwise be ignored and everything crawled."""
    for key in table:
        if key not in known:
            close = get_close_matches(key, known, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]!r}?" if close else f"; valid keys: {', '.join(known)}"
            raise UsageError(f"{where}: unknown key {key!r}{hint}")


def _strings(source: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = source.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _patterns(source: dict[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p) for p in _strings(source, key, where))
    except re.error as exc:
        raise UsageError(f"{where}: bad {key} pattern: {exc}") from exc


def parse_source(raw: dict[str, Any], index: int) -> Source:
    where = f"[[source]] #{index + 1}"
    name = raw.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"\w[\w.\-]*", name):  # never "..": it names a folder
        raise UsageError(f"{where}: name is required (letters, digits, '.', '-', '_'; not starting with '.')")
    refuse_unknown(raw, SOURCE_KEYS, f"{where} ({name})")
    language = raw.get("language")
    if language is not None and not (isinstance(language, str) and re.fullmatch(r"[a-z]{2,3}", language)):
        raise UsageError(f"{where} ({name}): language must be an ISO 639 code such as 'en' or 'nl'")
    if not isinstance(raw.get("allow_private", False), bool):
        raise UsageError(f"{where} ({name}): allow_private must be true or false")
    source = Source(
        name=name, start_urls=_strings(raw, "start_urls", where), sitemaps=_strings(raw, "sitemaps", where),
        feeds=_strings(raw, "feeds", where), include=_patterns(raw, "include", where),
        exclude=_patterns(raw, "exclude", where), language=language,
        allow_private=raw.get("allow_private", False),
        delay=float(raw["delay"]) if "delay" in raw else None,
        concurrency=int(raw["concurrency"]) if "concurrency" in raw else None,
        max_pages=int(raw["max_pages"]) if "max_pages" in raw else None)
    if not (source.start_urls or source.sitemaps or source.feeds):
        raise UsageError(f"{where} ({name}): give start_urls, sitemaps or feeds")
    return source


def load_sources(path: Path) -> tuple[Settings, list[Source]]:
    """Read and check a sources file; every problem is a :class:`UsageError` naming the place."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"no such sources file: {path}") from exc
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the sources file {path}: {exc}") from exc
    refuse_unknown(data, TOP_KEYS, f"{path}")
    crawler = data.get("crawler", {})
    if not isinstance(crawler, dict):
        raise UsageError(f"{path}: [crawler] must be a table")
    refuse_unknown(crawler, CRAWLER_KEYS, f"{path}: [crawler]")
    if not isinstance(data.get("source", []), list) or not all(isinstance(s, dict) for s in data.get("source", [])):
        raise UsageError(f"{path}: sources are given as [[source]] tables")
    try:
        settings = Settings(**{k: type(getattr(Settings, k))(v) for k, v in crawler.items()})
    except (TypeError, ValueError) as exc:
        raise UsageError(f"{path}: bad [crawler] value: {exc}") from exc
    sources = [parse_source(raw, i) for i, raw in enumerate(data.get("source", []))]
    if not sources:
        raise UsageError(f"{path}: no [[source]] entries")
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        raise UsageError(f"{path}: source names must be unique")
    return settings, sources
