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
NON_LATIN_HIGH_SHARE = 0.30  # share of letters written with high bytes above which a text of unknown encoding is
# not Western European (charset.py): Latin-1 text has a few accented letters among many ASCII ones

# --- main text (text/main_text.py) ---------------------------------------------------------------
MAX_HTML_TAGS = 200_000  # tags; markup with more is refused before parsing (a page has a few thousand)
MAX_HTML_DEPTH = 1_000  # nesting levels; deeper markup is refused before parsing
MAX_TEXT_CHARS = 200_000  # characters; longer texts are refused before the language stages: their time grows
# faster than linearly (one core: 100,000 characters 5 s, 300,000 characters 47 s), so this keeps a document well
# inside MAX_SECONDS_PER_DOCUMENT; a press release has 2,000-20,000 characters
MIN_TEXT_CHARS = 1  # characters; documents with less text are refused as empty

# --- header of plain-text releases (text/header.py) ----------------------------------------------
TITLE_MAX_CHARS = 250  # characters; a first line longer than this is body text, not the title
HEADER_LINES_FOR_PUBLISHED = 8  # lines (banners and menus not counted); a date line among the first N is the
#   publication date: saved pages put a reference, a label and a dateline above the headline or just below it
HEADER_SCAN_LINES = 30  # lines; how far the header reader looks for the headline and date lines (menus included)
TITLE_LINES = 6  # lines (banners not counted); the headline is among the first N lines or there is none
TITLE_MAX_WORDS = 40  # words; a longer first line is the lead sentence, not a headline
TITLE_SENTENCE_WORDS = 20  # words; a first line this long ending a sentence (or holding two) is the lead
CONTACT_LINE_WORDS = 8  # words; a letterhead's address, telephone or e-mail line is this short
SECTION_LINE_WORDS = 2  # words; a line this short above a longer headline (no date line between) is a section or
# publisher line ("Welsh Government", "Landesregierung"), not the headline
TITLE_FULL_STOP_WORDS = 12  # words; a first line this long ending in a full stop is the lead sentence: headlines
#   do not end in one (1 of 191 news-page headlines, an ellipsis; none of the development set's)
NOISE_LINE_MAX_CHARS = 200  # characters; a line this short with a menu or cookie word is a banner
MENU_MIN_NAMES = 2  # names; a line of this many language names or codes, or share links, and nothing else is a menu
DATE_LINE_MAX_CHARS = 90  # characters; a longer line is a sentence, not a date line
DATE_TRAILER_WORDS = 6  # words; a date line may end in a short trailer ("| nieuws", "Vertretung in Deutschland")
DATELINE_PLACE_WORDS = 4  # words; the place of a dateline ("OTTAWA, ON", "Den Haag", "Washington, D.C.")
DATELINE_HEAD_CHARS = 70  # characters after the place in which the dateline's date must start and end
SOURCE_LINE_DATE_CHARS = 90  # characters after "published"/"issued" in which its date must stand
REFERENCE_LINE_WORDS = 4  # words; a line this short opening with a reference ("IP/09/527") is not a title
LABEL_HEAD_WORDS = 3  # words; a date line may open with a head this short holding a date label ("Datum nieuwsfeit:")
HEADER_PROSE_PARAGRAPHS = 2  # paragraphs; after this many paragraphs of body text (20+ words, sentences) the
#   header is over: a date line below them heads a quoted letter or a list of related releases, not this one
PARTIAL_VERB_GAP_WORDS = 2  # words; at most a preposition ("im", "en", "im Jahr") between a publishing verb opening
#   a line and the month or year it gives ("Veröffentlicht im März 2021")
FOOTER_CONTEXT_LINES = 2  # lines; an event's field ("Time:", "Uhrzeit:") this close to a date label line makes
#   that date the day of the event announced, not the release's
LAYOUT_GAP_SPACES = 3  # spaces; a run this long inside a line separates the fields of a layout (columns of a
#   saved page or table); a sentence has single spaces, and a comma or a period lost in a copy leaves two
HEADLINE_DATE_CHARS = 600  # characters; a date after the headline ("Enzi votes for workers April 19 2005 Washington
#   D C ...", a copy that lost its line breaks) starts this near the line's start: headlines run to 40 words, after
#   a site name and a menu of up to ~50 more (Senate pages); 400 found 3 fewer of 1,000 and no fewer wrong days
HEADLINE_DATE_MIN_WORDS = 3  # words; fewer before the date are a label or a place, read by the other date forms
BANNER_DATE_LINES = 6  # lines; a bare date above the headline is the day a page was saved (a site's "today") when
#   a date line within this many lines below it, under the headline, states an earlier day (22 Senate releases of
#   one site carry the day of the crawl above their own date)
BANNER_MAX_WORDS = 7  # words; a line this short holding a release label as one part is a banner, not a title

# --- language (text/language.py, process.py) -----------------------------------------------------
LANGDETECT_SEED = 0  # langdetect is random unless seeded: same input, same answer
LANGDETECT_TRIALS = 7  # langdetect's own number of trials for a whole document
LANGUAGE_SAMPLE_CHARS = 3_000  # characters of the document given to the detector
PARAGRAPH_MIN_CHARS = 80  # characters; shorter paragraphs inherit the document's language
PARAGRAPH_MIN_PROBABILITY = 0.90  # probability (0-1): a paragraph differs from its document only when this sure
PARAGRAPH_TRIALS = 2  # langdetect trials per paragraph (7 for whole documents): paragraphs are many and short
PARAGRAPH_SAMPLE_CHARS = 200  # characters of a paragraph given to the detector
HINT_WINS_BELOW = 0.90  # probability (0-1): a source's language hint replaces a detection less sure than this,
HINT_WINS_SHORTER_THAN = 200  # characters: or one made on a text this short (langdetect is overconfident there)

# --- entities (entities/) ------------------------------------------------------------------------
SPACY_BATCH_SIZE = 64  # documents per nlp.pipe batch (make bench's bare-spaCy ceiling)
BENCH_STAGE_SAMPLE = 300  # documents timed stage by stage in make bench (fewer than 300 vary with their length)
MAX_SHORT_ACRONYM = 3  # letters; an all-capital word this short is an acronym even when it spells a common word
# ("ARD"); a longer one that does is a headline word ("ERLEBNIS EUROPA", "KLEINE")
MAX_PERSON_INITIALS = 3  # capitalised words before "(ACR)" that may be a titled person and a party ("Minister-
# präsidenten Stephan Weil (SPD)"): such a long form must spell the acronym in order; longer ones need not
MIN_BARE_COMPANY_CHARS = 4  # characters; a company's name without its legal form ("Brenntag" of "Brenntag AG") is
# looked for further on only from this length (not "DB", "Post" alone being a common word)
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
LANGID_WORD_MEMO = 200_000  # words whose langdetect n-grams are remembered per process (the memo is emptied beyond)
ALIAS_LOOKUP_MEMO = 200_000  # surface forms whose alias-table entry is remembered per process (then forgotten)
MIN_ADJECTIVE_FORMS = 3  # other case endings of a capitalised word's stem that are common words: an adjective
# ("Andere": "anderen", "anderes", "anderem"); first names and nouns have at most two ("Volker": "Volke", "Volkes")
MAX_LONG_FORM_WORDS = 12  # words before "(ACR)" searched for the long form its initials spell
MAX_SKIPPED_INITIALS = 1  # content words of a long form an acronym may skip ("FEM": Fonds européen
# d'ajustement à la mondialisation); more would let any phrase starting with the right letter pass
MAX_TYPE_WORD_CHARS = 30  # characters searched before a model name for a word for a kind of organisation ("la société")
MAX_PORTFOLIO_CHARS = 80  # characters searched before a model name for a title and its preposition ("Secrétaire
# d'Etat à l'Asile et la Migration"), and after it for a title ("Agriculture Minister"), and before a country for the
# title it belongs to ("the President of "): a portfolio is that short (the longest title in the data files has 29)
KNOWN_NAME_CACHE = 65_536  # names remembered as known or not to the alias table and city list (a lookup costs
# about 0.07 ms; a run meets the same names again and again)
MAX_ACRONYM_WORD_LETTERS = 4  # letters: a word in capitals this short is read as an acronym even when it spells a
# word ("HELP", "NEG"); longer ones in a headline are words ("AMNESTY", "ACTIVITÉS")

# --- canonical entities (entities/clusters.py, linking.py, matching.py) -------------------------
ALTERNATION_CACHE_SIZE = 4_096  # word sets whose regex alternation is remembered: the language files' lists are
# a few hundred; the rest are per-document name lists, which must not grow with the corpus
FOLD_CACHE_SIZE = 262_144  # folded strings remembered (textnorm.fold): linking and matching fold the same names
# thousands of times per release; 256k short strings are a few tens of MB at most
FUZZY_MATCH_THRESHOLD = 94  # rapidfuzz ratio (0-100) from which two ORG/LOC names are one entity; measured on
# tests/data/entity_name_pairs.json by `python -m benchmarks.linking` (92 merged a near miss)
MIN_FUZZY_NAME_CHARS = 8  # characters; shorter names are never fuzzily merged (acronyms, short surnames)
MIN_SUB_BODY_PREFIX = 3  # letters before a word of another name that make it a sub-body ("Sub", "Unter"), not
# a spelling variant: such names are never merged by spelling
MIN_ALIAS_CHARS = 4  # characters; shorter full names ("Unia", "Sud") are too ambiguous to link documents by
MIN_SURNAME_CHARS = 4  # a surname alone links across documents to the one full name ending so; shorter ones
# ("Li", "Wu") are shared by too many people
MIN_SHOUTED_WORD = 5  # letters; a one-word name in capitals is a common word written for emphasis
# ("KAMER", "SENATE") from this length: the common-word lists also hold acronyms ("rivm", "uvek")

# --- dates and numbers (dates/, numbers.py) ------------------------------------------------------
MIN_YEAR = 1900  # a date value with an earlier year is invalid (older four-digit numbers are mostly counts)
MAX_YEAR = 2100  # and with a later one
PAIR_SECOND_STARTS_AT = 10  # a year said as a pair of numbers ("nineteen | ninety six") has a second part
# that starts with a tens or teens word

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
PAST_VERB_NEAR_MONTH_CHARS = 40  # "created only 21,000 jobs in February": the verb near the month, ...
PAST_VERB_NEAR_MONTH_WORDS = 3  # ... with at most this many words between
TENSE_YEAR_MIN_DAYS = 90  # days; a yearless date nearer than this to publication keeps its nearest year whatever
#   the tense of its clause (deadlines and meetings of the coming weeks are written in any tense: 'a letter
#   sent in anticipation of the March 15 deadline'); farther, the tense decides ('joined NATO in March')
# how far around a date its context is read (characters; a phrase of a few words, never the next clause)
DATE_PHRASE_BEFORE_CHARS = 20  # "from", "between", "the last", a number label ("version") before a date or time
DATE_CONTEXT_CHARS = 40  # a count before a date ("3 days after"), a day before it, a score word, a weekday list
DATE_TENSE_WINDOW_CHARS = 120  # the tense of "in 3 weeks" is read this far before it (texts without sentence marks)
DATE_TENSE_AFTER_CHARS = 60  # ... and this far after it ("in 23 years of employment with PECO Harold received")
TENSE_COMMA_CHARS = 12  # a tense word beyond a comma counts this much farther from the date it tells
DATE_SUPERLATIVE_BEFORE_CHARS = 80  # "the first increase of the federal minimum wage in ten years": its clause
DATE_MEMO_MAX_CHARS = 500  # texts this short (header lines, role phrases) have their dates remembered
DATE_MEMO_SIZE = 4096  # short texts whose dates are remembered, per process (least recently used forgotten)
DATE_DURATION_BEFORE_CHARS = 50  # "for 3 days from today", "gedurende 3 weken vanaf maandag"
DATE_TIME_BEFORE_CHARS = 25  # a time before its day ("9h le 13 décembre", "13:00 February 28")
DATE_NUMBER_LABEL_CHARS = 16  # "No. 1952", "more than 2000": the words right before a year
DATE_WORDS_AFTER_CHARS = 30  # the words after a quarter or a weekday ("of the game", ", June 5")
DATE_WORD_BESIDE_CHARS = 12  # one word beside a year or a season ("1889 and", "a été 2019")
WEEKDAY_LIST_CHARS = 25  # another weekday this close makes a list or a set ("Monday or Tuesday")
NEAREST_WEEKDAY_DAYS = 2  # a weekday in a clause of unknown tense is the one at most two days back, else the next
#   one: a present tense schedules ("Manchester City tritt Sonntag an" on a Wednesday is next Sunday)
ANAPHORIC_YEAR_CHARS = 400  # 'that June', 'March of that year': a year named at most this far before (a sentence)
FUTURE_AUXILIARY_GAP_CHARS = 12  # characters; "will be held": a participle this close after "will" is future

# --- money (money/) -----------------------------------------------------------------------------
COUNTRY_MIN_MENTIONS = 3  # mentions; a document is about a currency country (Canada: "$" is CAD; the Philippines:
#   "P29 billion" is PHP) when the country's words occur at least this often: fewer are passing references
COUNTRY_DOMINANCE = 4  # ratio; ... and this many times as often as the words of any other currency country, so
#   that a US release naming Canada and Alberta three times and the U.S. once keeps its "$" in USD (Senate corpus)
MONEY_CONTEXT_CHARS = 20  # characters around an amount searched for a vague word ("a few"), a weight word ("of",
#   "ounces") or a year word ("in 2020 euros"): one or two words
RANGE_LOOKBACK_CHARS = 60  # characters before an amount searched for the start of a range ("between 2.5 and"):
#   a range start, a figure, a scale word and a joiner

# --- roles (roles/) -------------------------------------------------------------------------------
MAX_ROLE_WORDS = 14  # words in a role title; a longer phrase is a sentence, not a title
HEADER_ROLE_LINES = 4  # lines; a government named alone on one of a release's first lines publishes it
ROLE_COUNTRY_MIN_MENTIONS = 2  # mentions; a national office takes the country a release names at least this often
ROLE_COUNTRY_DOMINANCE = 2  # ratio; ... and this many times as often as any other country or governed region
ROLE_CONTEXT_SENTENCE_WORDS = 60  # words; a sentence before a role longer than this is no introduction of the
#   body it works for, it tells a story of its own (a press-release sentence has 20-30 words)
LOOKBACK_CHARS = 160  # characters; a title phrase before a name starts at most this far before it
TITLE_WITHIN_WORDS = 5  # words; an "after" phrase ("X, director of Y") must name its title among its first words
COPULA_TITLE_WITHIN_WORDS = 3  # words; after "is"/"wird" the title comes at once ("ist jetzt als Staatssekretärin")
PORTFOLIO_WORDS = 3  # words; capitalised portfolio words read before an English title ("Economic Development Minister")
HEADLINE_ROLE_WORDS = 4  # words; a role phrase this long in capitals only is a headline
WRAPPED_LINE_CHARS = 60  # characters; a line this long broken before a lower-case word is one hard-wrapped sentence
APPOSITION_CHAIN = 6  # people; how far back a list of appositions ("T1, N1, T2, N2, ...") is read for its order
PERIOD_WINDOW = 40  # characters after a role statement searched for "since 2019" / "until June"
APPOINTMENT_GAP_WORDS = 4  # words between an auxiliary and its participle: "is op 1 september begonnen als"
ROLE_MISLABELLED_NAME_WORDS = 4  # words of a name taken from a mention the model labelled a place or an organisation
# at a title ("la ministre Chartrand"): a longer mention is a body's name, not a person's
ROLE_MIN_BODY_CHARS = 3  # letters; "Ex-", "Co-" open a compound title as modifiers: no body is named so short
# (acronyms aside)

# --- language data (resources/langdata.py) -------------------------------------------------------
MAX_TRIE_NESTING = 40  # regex group depth; deeper word tries cost the regex parser more than they save

# --- running (runs/) -----------------------------------------------------------------------------
DEFAULT_WORKERS = os.cpu_count() or 1  # worker processes
MAX_SECONDS_PER_DOCUMENT = 120  # seconds of wall-clock time for all stages of one document
MIN_SECONDS_LEFT = 1  # seconds; a document whose preparation used up its time limit still gets this much
MIN_DOCS_PER_WORKER = 8  # documents; below this, worker start-up (loading models) costs more than it saves
DOCS_PER_TASK = 8  # documents per task of an engine: the model reads their paragraphs in one batch (make bench)
TASKS_IN_FLIGHT_PER_WORKER = 2  # tasks queued per worker: bounds memory whatever the corpus size
WORKER_PARENT_CHECK_S = 0.5  # seconds between a worker's checks that the main process still runs
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
SNAPSHOT_DIR = "out/snapshots"  # crawl snapshots: outside raw/, which `make ingest` reads
MIN_ARTICLE_CHARS = 400  # characters of main text from which a page found through a listing reads as an
# article (the five EP releases of tests/data/html have 2,000-4,200 with under 5% in links; an about or
# contact page a few hundred; a listing page of ten releases 850, 80% of it in links)
MAX_LINK_TEXT_SHARE = 0.5  # share of the main text inside links above which a page is a listing, not a release
MAX_CRAWL_DELAY_S = 120.0  # seconds; a robots.txt Crawl-delay above this is taken as this (a hostile one could
# stall a run)
MAX_DISCOVERY_FETCHES = 1_000  # feeds, sitemaps and listing pages fetched per source at most (sitemap indexes
# that list each other or themselves are also caught by a seen-set)
NON_HTML_SUFFIXES = {  # links whose name gives a type that is not a web page: skipped, never fetched
    ".pdf": "application/pdf", ".doc": "application/msword", ".docx": "application/msword",
    ".xls": "application/vnd.ms-excel", ".xlsx": "application/vnd.ms-excel", ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.ms-powerpoint", ".odt": "application/vnd.oasis.opendocument", ".zip": "application/zip",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".svg": "image/svg+xml",
    ".webp": "image/webp", ".mp3": "audio/mpeg", ".mp4": "video/mp4", ".csv": "text/csv", ".xml": "application/xml",
}

# --- browsing and reporting (browse.py, report.py, codebook.py) ---------------------------------
SEARCH_LIMIT = 100  # documents returned by dataset.search unless asked for more
BROWSE_PORT = 8001  # default port of `browse` (Datasette's own default, 8001)
BROWSE_HOST = "127.0.0.1"  # loopback only unless --host says otherwise: the dataset is not published
BROWSE_SQL_TIME_LIMIT_MS = 5_000  # Datasette's per-query limit (its default 1 s is short for the canned queries)
REPORT_TOP = 10  # entities per language in the report's top-N charts
REPORT_ROLE_PEOPLE = 20  # people (most roles first) on the report's roles timeline
CODEBOOK_MAX_VALUES = 25  # distinct values listed for a categorical column in CODEBOOK.md

# --- events (events/) ----------------------------------------------------------------------------
EVENT_GAP_WORDS = 8  # words between the parts of a separable verb ("maakt dit jaar ruim 10 miljoen euro vrij")
EVENT_MAX_SENTENCE_CHARS = 800  # characters; a longer "sentence" is a list (read in its items) or text without
# sentence punctuation (not read: its events cannot be told apart); the longest gold evidence is 412
EVENT_HEDGE_WINDOW = 60  # characters before a trigger searched for a hedge ("could be funded")
EVENT_MIN_MEETING_PARTIES = 2  # named parties of different entities; a meeting with one is optional in the gold
EVENT_MARKER_CHARS = 40  # characters before a party searched for the preposition that marks its role ("by",
# "door", "de la part de"): a preposition and an article or two before the name

# --- translation families (events/families.py) ---------------------------------------------------
FAMILY_PHONE_MIN_DIGITS = 8  # digits; a shorter number is no telephone number of a press contact (a national
# number has 9-10 digits, an international one 11 or more)
FAMILY_ID_LINE_CHARS = 60  # characters; a release identifier counts on a line this short ("IP/17/762",
# "Reference: 2017-057-EN"), not inside a sentence, where it cites another release ("see MEMO/12/12")
FAMILY_MIN_SHARED_VALUES = 2  # fingerprint values (amounts, full dates, figures of 10 or more) two documents of one
# publication day must share before their content links them: one shared figure is what two releases of a day
# often share
FAMILY_MIN_SHARED_VALUES_NO_DAY = 5  # the same when a publication day is unknown: only the figures tell the release
# apart from the releases of other days on the subject (the Commission's infringement packages of two months share
# article, directive and case numbers; a state-aid release and another a few months later share 3 values)
FAMILY_STRONG_FIGURE = 100  # a figure this large counts as strong, like an amount or a full date: smaller ones (10,
# 14, 18, 20, 24) are what unrelated texts of different languages share (news articles of the news date set)
FAMILY_MIN_STRONG_VALUES = 1  # strong values among the shared ones, same publication day
FAMILY_MIN_STRONG_VALUES_NO_DAY = 2  # the same with a publication day unknown
FAMILY_MIN_SHARED_SHARE = 0.5  # share (0-1) of the shorter fingerprint found in the other one: saved copies are
# cut at different places, but the values the shorter one states must mostly be the other one's
FAMILY_ENTITY_VETO_MIN = 3  # canonical entities each document must name before naming none in common forbids a
# content link (fewer is too little to tell: translations share entities only through the alias table)
FAMILY_MAX_CANDIDATES = 200  # documents of other languages looked at per shared day or amount key: a crawl of
# thousands of releases a day must not compare each new one with all of them; a translation is stored near its
# original
