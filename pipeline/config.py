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

# --- crawling -----------------------------------------------------------------------------------
SNAPSHOT_DIR = "out/snapshots"  # crawl snapshots: outside raw/, which `make ingest` reads
MIN_ARTICLE_CHARS = 400  # characters of main text from which a page found through a listing reads as an
# article (the five EP releases of tests/data/html have 2,000-4,200 with under 5% in links; an about or
# contact page a few hundred; a listing page of ten releases 850, 80% of it in links)
MAX_LINK_TEXT_SHARE = 0.5  # share of the main text inside links above which a page is a listing, not a release
NON_HTML_SUFFIXES = {  # links whose name gives a type that is not a web page: skipped, never fetched
    ".pdf": "application/pdf", ".doc": "application/msword", ".docx": "application/msword",
    ".xls": "application/vnd.ms-excel", ".xlsx": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.ms-powerpoint", ".odt": "application/vnd.oasis.opendocument", ".zip": "application/zip",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml",
    ".webp": "image/webp", ".mp3": "audio/mpeg", ".mp4": "video/mp4", ".csv": "text/csv", ".xml": "application/xml",
}

# --- running -------------------------------------------------------------------------------------
DEFAULT_WORKERS = os.cpu_count() or 1
COMMIT_EVERY = 50  # documents per storage batch
SQLITE_BUSY_TIMEOUT_S = float(os.environ.get("PRESS_PIPELINE_BUSY_TIMEOUT", "30"))  # wait for another writer
