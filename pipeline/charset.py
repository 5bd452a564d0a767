"""Which character encoding bytes are in, when they carry no byte-order mark.

Order (as browsers do, WHATWG "encoding sniffing"): the charset the HTTP Content-Type declares, then the
document's own ``<meta charset>`` / ``<meta http-equiv="Content-Type">``; a declaration is used when the bytes
decode under it (valid UTF-8 labelled as a Western single-byte charset is UTF-8: a frequent mislabel). Without a
usable declaration, bytes whose high-bit share says a non-Latin script (Cyrillic, Greek, Japanese, Chinese...)
go to charset-normalizer, which knows those encodings; Western text stays with Windows-1252."""

from __future__ import annotations

import codecs
import re

from pipeline import config

META_SCAN_BYTES = 4096  # the HTML spec's prescan window for <meta charset>
# (Western text has 1-8% accented letters; Cyrillic, Greek and CJK text has 60-100%)
WESTERN = {"cp1252", "iso8859-1", "iso8859-15", "ascii", "utf-8", "mac-roman", "cp850", "cp437"}  # codecs names
_META = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def declared(data: bytes, http_charset: str | None) -> str | None:
    """The declared encoding: the HTTP one, else a <meta> one near the start; None if unknown or unusable."""
    found = _META.search(data[:META_SCAN_BYTES])
    for label in (http_charset, found.group(1).decode("ascii", "ignore") if found else None):
        codec = _codec(label)
        if codec and not codec.startswith(("utf-16", "utf-32")):
            return codec
    return None


def decode_declared(data: bytes, codec: str) -> str | None:
    """``data`` in the declared ``codec``, or None when it does not decode (the declaration is wrong)."""
    if codec in WESTERN and codec != "utf-8":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if any(ord(c) > 127 for c in text):
                return None  # valid UTF-8 with non-ASCII: labelled Western by mistake; the UTF-8 step reads it
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def non_latin(data: bytes) -> bool:
    """Whether the bytes look like a legacy encoding of a non-Latin script rather than Western text."""
    sample = data[:100_000]
    high = sum(1 for b in sample if b >= 0x80)
    letters = sum(1 for b in sample if (0x41 <= b <= 0x5A) or (0x61 <= b <= 0x7A)) + high
    return letters > 0 and high / letters > config.NON_LATIN_HIGH_SHARE


def detect(data: bytes) -> str | None:
    """charset-normalizer's encoding for non-Latin legacy text, None when it finds none."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return _codec(best.encoding) if best is not None else None
