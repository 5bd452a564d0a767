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

# --- dates (pipeline/dates/) ----------------------------------------------------------------------
MIN_WEEKDAY_NAME_CHARS = 4  # characters; "Friday", "Tues", "lundi": shorter abbreviations ("Sun", "do") are words
EVENING_HOURS = (5, 11)  # hours; "tonight at 7" is 19:00, "tonight at 2" is still 2 in the morning
HALF_HOUR_MAX = 12  # hours; "half tien" is 9:30: "half" counts up to an hour of the clock face
TWO_DIGIT_YEAR_FUTURE_YEARS = 10  # years; "23/06/18" is 2018 unless that is this far after publication (1918)
MAX_SHORT_RANGE_YEARS = 10  # years; "2021-25" is a range, "2015-32" is not (a plan spans a few years)
MAX_CENTURY = 21  # centuries are named up to the current one ("the 35th century" is no date)
WEEKDAY_DAY_SEARCH_MONTHS = 12  # months either way; "Tuesday the 11th" is the nearest such day within a year
MIN_DATE_YEAR = 1800  # a date with a month may be this old ("9 February 1858"); a bare year needs MIN_YEAR
NEAREST_YEAR_DAYS = 183  # days; a yearless date keeps the publication year within half a year of it
# how far around a date its context is read (characters; a phrase of a few words, never the next clause)
DATE_PHRASE_BEFORE_CHARS = 20  # "from", "between", "the last", a number label ("version") before a date or time
DATE_CONTEXT_CHARS = 40  # a count before a date ("3 days after"), a day before it, a score word, a weekday list
DATE_DURATION_BEFORE_CHARS = 50  # "for 3 days from today", "gedurende 3 weken vanaf maandag"
DATE_TIME_BEFORE_CHARS = 25  # a time before its day ("9h le 13 décembre", "13:00 February 28")
DATE_NUMBER_LABEL_CHARS = 16  # "No. 1952", "more than 2000": the words right before a year
DATE_WORDS_AFTER_CHARS = 30  # the words after a quarter or a weekday ("of the game", ", June 5")
DATE_WORD_BESIDE_CHARS = 12  # one word beside a year or a season ("1889 and", "a été 2019")
WEEKDAY_LIST_CHARS = 25  # another weekday this close makes a list or a set ("Monday or Tuesday")
FUTURE_AUXILIARY_GAP_CHARS = 12  # characters; "will be held": a participle this close after "will" is future

# --- canonical entities --------------------------------------------------------------------------
FUZZY_MATCH_THRESHOLD = 94  # rapidfuzz ratio (0-100) from which two ORG/LOC names are one entity; measured on
# tests/data/entity_name_pairs.json by `python -m pipeline.normalize.entities` (92 merged a near miss)
MIN_FUZZY_NAME_CHARS = 8  # shorter names are never fuzzily merged (acronyms, short surnames)

# --- running -------------------------------------------------------------------------------------
DEFAULT_WORKERS = os.cpu_count() or 1
COMMIT_EVERY = 50  # documents per storage batch
SQLITE_BUSY_TIMEOUT_S = float(os.environ.get("PRESS_PIPELINE_BUSY_TIMEOUT", "30"))  # wait for another writer
