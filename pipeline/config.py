"""Named limits and thresholds, in one place (trafilatura style). Change them here, not in code."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DEFAULT_DB = "out/press.sqlite"

# --- loading -------------------------------------------------------------------------------------
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".txt.gz")
MAX_FILE_BYTES = 20 * 1024 * 1024  # a press release is a few kB; anything above is not one
MAX_HTML_TAGS = 200_000  # markup with more tags than this is refused before parsing (a page has a few thousand)
MAX_SECONDS_PER_DOCUMENT = 120  # wall-clock limit for all stages of one document
MAX_DECOMPRESSED_BYTES = 20 * 1024 * 1024  # gzip bombs stop here
MAX_TEXT_CHARS = 200_000  # longer texts are refused before the language stages: their time grows faster than
# linearly (one core: 100,000 characters 5 s, 300,000 characters 47 s), so this keeps a document well inside
# MAX_SECONDS_PER_DOCUMENT; a press release has 2,000-20,000 characters
MAX_HTML_DEPTH = 1_000  # deeper markup is refused before parsing
MIN_TEXT_CHARS = 1  # documents with less text are refused as empty
BINARY_CONTROL_RATIO = 0.10  # share of control characters above which decoded text is "binary"

# --- language ------------------------------------------------------------------------------------
LANGDETECT_SEED = 0  # langdetect is random unless seeded: same input, same answer
LANGUAGE_SAMPLE_CHARS = 3_000  # characters of the document given to the detector
MIN_PARAGRAPH_CHARS_FOR_LANGUAGE = 40  # shorter paragraphs inherit the document language
SUPPORTED_LANGUAGES = ("en", "nl", "fr", "de")  # languages with data files; others get model-free fallbacks

# --- extraction ----------------------------------------------------------------------------------
MIN_YEAR = 1900
MAX_YEAR = 2100
TITLE_MAX_CHARS = 250  # a first line longer than this is not taken as the title of a plain-text file
HEADER_LINES_FOR_PUBLISHED = 5  # a date alone on one of the first N lines is the publication date
SPACY_BATCH_SIZE = 64
SPACY_MAX_CHARS_PER_CHUNK = 100_000

# --- canonical entities --------------------------------------------------------------------------
FUZZY_MATCH_THRESHOLD = 94  # rapidfuzz ratio (0-100) from which two ORG/LOC names are one entity; measured on
# tests/data/entity_name_pairs.json by `python -m pipeline.normalize.entities` (92 merged a near miss)
MIN_FUZZY_NAME_CHARS = 8  # shorter names are never fuzzily merged (acronyms, short surnames)

# --- crawling ------------------------------------------------------------------------------------
MAX_CRAWL_DELAY_S = 120.0  # a robots.txt Crawl-delay above this is taken as this (a hostile one could stall a run)
MAX_DISCOVERY_FETCHES = 1_000  # feeds, sitemaps and listing pages fetched per source at most (sitemap indexes
# that list each other or themselves are also caught by a seen-set)

# --- running -------------------------------------------------------------------------------------
DEFAULT_WORKERS = os.cpu_count() or 1
COMMIT_EVERY = 50  # documents per storage batch
WORKER_PARENT_CHECK_S = 0.5  # seconds between a worker's checks that the main process still runs
SQLITE_BUSY_TIMEOUT_S = float(os.environ.get("PRESS_PIPELINE_BUSY_TIMEOUT", "30"))  # wait for another writer
