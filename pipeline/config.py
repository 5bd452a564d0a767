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
MAX_TEXT_CHARS = 2_000_000  # extracted text kept per document
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

# --- running -------------------------------------------------------------------------------------
DEFAULT_WORKERS = os.cpu_count() or 1
COMMIT_EVERY = 50  # documents per storage batch
SQLITE_BUSY_TIMEOUT_S = float(os.environ.get("PRESS_PIPELINE_BUSY_TIMEOUT", "30"))  # wait for another writer

# --- browsing and reporting ----------------------------------------------------------------------
SEARCH_LIMIT = 100  # documents returned by dataset.search unless asked for more
BROWSE_PORT = 8001  # default port of `browse` (Datasette's own default, 8001)
BROWSE_HOST = "127.0.0.1"  # loopback only unless --host says otherwise: the dataset is not published
BROWSE_SQL_TIME_LIMIT_MS = 5_000  # Datasette's per-query limit (its default 1 s is short for the canned queries)
REPORT_TOP = 10  # entities per language in the report's top-N charts
REPORT_ROLE_PEOPLE = 20  # people (most roles first) on the report's roles timeline
CODEBOOK_MAX_VALUES = 25  # distinct values listed for a categorical column in CODEBOOK.md
