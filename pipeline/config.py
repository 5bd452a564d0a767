"""Named limits and thresholds, in one place (trafilatura style): each with its unit and the reason for its value.
Change them here, not in code. Sections follow the stages in the order a document passes them."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
DEFAULT_DB = "out/press.sqlite"

# --- loading (runs/, text/decode.py) -------------------------------------------------------------
INPUT_SUFFIXES = (".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".txt.gz")
MAX_FILE_BYTES = 20 * 1024 * 1024  # bytes; a press release is a few kB: anything above is not one
MAX_DECOMPRESSED_BYTES = 20 * 1024 * 1024  # bytes; gzip bombs stop here
BINARY_CONTROL_RATIO = 0.10  # share of control characters (0-1) above which decoded text is "binary"

# --- main text (text/main_text.py) ---------------------------------------------------------------
MAX_HTML_TAGS = 200_000  # tags; markup with more is refused before parsing (a page has a few thousand)
MAX_HTML_DEPTH = 1_000  # nesting levels; deeper markup is refused before parsing
MAX_TEXT_CHARS = 2_000_000  # characters of extracted text kept per document
MIN_TEXT_CHARS = 1  # characters; documents with less text are refused as empty

# --- header of plain-text releases (text/header.py) ----------------------------------------------
TITLE_MAX_CHARS = 250  # characters; a first line longer than this is body text, not the title
HEADER_LINES_FOR_PUBLISHED = 5  # lines; a date alone on one of the first N lines is the publication date

# --- language (text/language.py, process.py) -----------------------------------------------------
LANGDETECT_SEED = 0  # langdetect is random unless seeded: same input, same answer
LANGDETECT_TRIALS = 7  # langdetect's own number of trials for a whole document
LANGUAGE_SAMPLE_CHARS = 3_000  # characters of the document given to the detector (more adds time, not accuracy)
PARAGRAPH_MIN_CHARS = 80  # characters; shorter paragraphs inherit the document's language
PARAGRAPH_MIN_PROBABILITY = 0.90  # probability (0-1): a paragraph differs from its document only when this sure
PARAGRAPH_TRIALS = 2  # langdetect trials per paragraph (7 for whole documents): paragraphs are many and short
PARAGRAPH_SAMPLE_CHARS = 200  # characters of a paragraph given to the detector
HINT_WINS_BELOW = 0.90  # probability (0-1): a source's language hint replaces a detection less sure than this,
HINT_WINS_SHORTER_THAN = 200  # characters: or one made on a text this short (langdetect is overconfident there)

# --- entities (entities/) ------------------------------------------------------------------------
SPACY_BATCH_SIZE = 64  # documents per nlp.pipe batch (make bench's bare-spaCy ceiling)
MAX_NAME_WORDS = 4  # capitalised words (particles aside) in a name pattern of the alias and keyword rules
MAX_RUN = 4  # capitalised words in a row read as one person name by the model-free rules
MAX_FIRST_NAME = 10  # letters; "Annekathrin", "Maximilian": longer capitalised words are compound nouns
MAX_NAME_WORD = 14  # letters in a surname read by the model-free rules (longer German words are nouns)
MIN_COMPOUND_KEYWORD = 4  # letters of an organisation keyword found inside a compound: "comité", "raad"; not
# "hof" nor "bv", which end too many words
MIN_COMPOUND_HEAD = 3  # letters that must precede such a keyword inside the compound
MAX_ORG_ADJECTIVES = 2  # adjectives before an organisation keyword ("Allgemeine Deutsche Fahrradclub")
MIN_STREET_NAME = 3  # letters before a street suffix: "Wetstraat", "Hauptstraße"; not "Straat"
MIN_INFLECTED_WORD = 4  # letters left after removing a case ending; shorter words are never read as inflected

# --- canonical entities (entities/clusters.py, linking.py, matching.py) -------------------------
FUZZY_MATCH_THRESHOLD = 94  # rapidfuzz ratio (0-100) from which two ORG/LOC names are one entity; measured on
# tests/data/entity_name_pairs.json by `python -m benchmarks.linking` (92 merged a near miss)
MIN_FUZZY_NAME_CHARS = 8  # characters; shorter names are never fuzzily merged (acronyms, short surnames)
MIN_ALIAS_CHARS = 4  # characters; shorter full names ("Unia", "Sud") are too ambiguous to link documents by

# --- dates and numbers (dates/, numbers.py) ------------------------------------------------------
MIN_YEAR = 1900  # a date value with an earlier year is invalid (older four-digit numbers are mostly counts)
MAX_YEAR = 2100  # and with a later one
PAIR_SECOND_STARTS_AT = 10  # a year said as a pair of numbers ("nineteen | ninety six") has a second part
# that starts with a tens or teens word

# --- roles (roles.py) ----------------------------------------------------------------------------
MAX_ROLE_WORDS = 14  # words in a role title; a longer phrase is a sentence, not a title
LOOKBACK_CHARS = 160  # characters; a title phrase before a name starts at most this far before it
TITLE_WITHIN_WORDS = 5  # words; an "after" phrase ("X, director of Y") must name its title among its first words
PERIOD_WINDOW = 40  # characters after a role statement searched for "since 2019" / "until June"

# --- language data (resources/langdata.py) -------------------------------------------------------
MAX_TRIE_NESTING = 40  # regex group depth; deeper word tries cost the regex parser more than they save

# --- running (runs/) -----------------------------------------------------------------------------
DEFAULT_WORKERS = os.cpu_count() or 1  # worker processes
MAX_SECONDS_PER_DOCUMENT = 120  # seconds of wall-clock time for all stages of one document
MIN_DOCS_PER_WORKER = 8  # documents; below this, worker start-up (loading models) costs more than it saves
IN_FLIGHT_PER_WORKER = 4  # documents queued per worker: bounds memory whatever the corpus size
SQLITE_BUSY_TIMEOUT_S = float(os.environ.get("PRESS_PIPELINE_BUSY_TIMEOUT", "30"))  # seconds to wait for
# another writer before a write fails
DASK_CONNECT_TIMEOUT_S = float(os.environ.get("PRESS_PIPELINE_DASK_TIMEOUT", "30"))  # seconds to reach a Dask
# scheduler (--scheduler) before the run stops
POSTGRES_WRITE_LOCK = 0x7072_6573_7301  # PostgreSQL advisory lock key (any 64-bit number unique to this program)
# held while one document and its entities are written: concurrent writers never duplicate an entity
POSTGRES_SCHEMA_LOCK = 0x7072_6573_7302  # advisory lock key held while the tables are created

# --- crawling (runs/crawl/) ----------------------------------------------------------------------
MAX_SITEMAP_DEPTH = 3  # levels of nested sitemap indexes followed
DEFAULT_LISTING_PAGES = 5  # listing pages followed per source when max_pages is not set
