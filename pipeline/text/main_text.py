"""Bytes to text: encoding detection, HTML main-text extraction (trafilatura), plain-text metadata."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

from pipeline import config
from pipeline.archives import archive_kind
from pipeline.charset import WESTERN, declared, decode_declared, detect, non_latin
from pipeline.errors import ExtractionError, LimitExceeded, LoadError
from pipeline.records import Paragraph, RawDocument
from pipeline.text.published import stated_in_html

log = logging.getLogger(__name__)

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_MAGIC = {
    b"%PDF": "a PDF file", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a zip archive (or Office document)",
    b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image", b"\x1f\x8b": "gzip data (name it .gz)",
    b"\x7fELF": "an executable", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7-zip archive",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_TAG_DEPTH = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_LINK_TAG = re.compile(r"<(?:link|xhtml:link|a)\s[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z:\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


@dataclass(frozen=True)
class Text:
    text: str
    title: str | None
    published: str | None
    url: str | None
    extraction: str
    encoding: str
    alternates: tuple[tuple[str, str], ...] = ()  # (language, URL) of the page's other language versions


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark shows NULs in every other byte."""
    if len(data) < 4:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode bytes of unknown encoding; return the text and the encoding used.

    Raises :class:`LoadError` for empty or binary data. Never fails on undecodable bytes otherwise."""
    if not data.strip():
        raise LoadError("empty file (no text at all)")
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise LoadError(f"binary file: looks like {what}, not text or HTML")
    archived = archive_kind(data)
    if archived:
        raise LoadError(f"binary file: looks like {archived}, not text or HTML (unpack it first)")
    marked = next(((bom, enc) for bom, enc in BOMS if data.startswith(bom)), None)
    if marked:
        bom, encoding = marked
        text = data[len(bom):].decode(encoding, errors="replace")
    else:
        text, encoding = _decode_unmarked(data, charset)
    _refuse_binary(text)
    return text.replace("\x00", ""), encoding


def _decode_unmarked(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """The declared charset (HTTP, <meta>) when the bytes fit it, else UTF-8, else UTF-16 without a BOM, else a
    detected legacy encoding of a non-Latin script, else Windows-1252 (the legacy encoding of en/nl/fr/de
    text), else the best guess of charset-normalizer. Undecodable bytes become U+FFFD, never an exception."""
    codec = declared(data, charset)
    text = decode_declared(data, codec) if codec else None
    if text is not None and codec:
        return text, codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    legacy = detect(data) if non_latin(data) else None
    if legacy and legacy not in WESTERN:
        return data.decode(legacy, errors="replace"), legacy
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8+cp1252"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, errors="replace"), encoding
    except LookupError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with some stray legacy bytes (a pasted Latin-1 line): keep the UTF-8, read the rest as cp1252."""
    text = data.decode("utf-8", errors="surrogateescape")
    valid = sum(1 for c in text if ord(c) > 127 and not "\udc80" <= c <= "\udcff")
    if valid == 0:  # no valid multi-byte sequence at all: a legacy encoding, not UTF-8
        return None
    return "".join(bytes([ord(c) - 0xDC00]).decode("cp1252", errors="replace") if "\udc80" <= c <= "\udcff" else c
                   for c in text)


def _refuse_binary(text: str) -> None:
    sample = text[:20_000]
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    if controls / len(sample) > config.BINARY_CONTROL_RATIO:
        raise LoadError(f"binary file: {controls} control characters in the first {len(sample)} characters")


def clean_lines(text: str) -> str:
    """Normalise line ends and runs of spaces, drop blank-line runs (kept as one empty line)."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def check_html_depth(data: bytes, limit: int = config.MAX_HTML_DEPTH) -> None:
    """Refuse pathologically nested or huge markup before it reaches the parser."""
    tags = data.count(b"<")
    if tags > config.MAX_HTML_TAGS:
        raise LimitExceeded(f"HTML has {tags:,} tags, over the limit of {config.MAX_HTML_TAGS:,} (MAX_HTML_TAGS)")
    depth = 0
    for match in _TAG_DEPTH.finditer(data[:5_000_000]):
        closing, selfclosing = match.group(1), match.group(3)
        if closing:
            depth = max(depth - 1, 0)
        elif not selfclosing:
            depth += 1
            if depth > limit:
                raise LimitExceeded(f"HTML nesting deeper than {limit} levels (MAX_HTML_DEPTH)")


def check_length(text: str) -> None:
    """Refuse a text over MAX_TEXT_CHARS before any language stage sees it (time and memory grow with it)."""
    if len(text) > config.MAX_TEXT_CHARS:
        raise LimitExceeded(f"text is {len(text):,} characters, over the limit of {config.MAX_TEXT_CHARS:,} "
                            "(MAX_TEXT_CHARS)")


def from_html(raw: RawDocument) -> Text:
    """Main text, title, date and URL of an HTML page, via trafilatura."""
    import trafilatura

    check_html_depth(raw.data)
    html, encoding = decode(raw.data, raw.charset)
    try:
        result = trafilatura.bare_extraction(html, url=raw.url, with_metadata=True, include_comments=False,
                                             include_tables=True)
    except Exception as exc:  # trafilatura/lxml raise many kinds of errors on hostile markup
        raise ExtractionError(f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    if isinstance(result, dict) or result is None or not (result.text or "").strip():
        raise ExtractionError("no main text found in the HTML page")
    text = clean_lines(result.text or "")
    check_length(text)
    title = clean_lines(result.title or "") or None
    published = stated_in_html(result.date or None, html)  # htmldate fills a missing day with 01
    url = result.url or raw.url
    return Text(text, title, published, url, "html", encoding, alternate_links(html, url))


def alternate_links(html: str, base: str | None = None) -> tuple[tuple[str, str], ...]:
    """(language, URL) of every alternate-language link of a page: ``<link rel="alternate" hreflang="fr"
    href="...">`` (also ``xhtml:link`` and ``<a hreflang>``); relative URLs resolved against ``base``."""
    from urllib.parse import urljoin

    found: list[tuple[str, str]] = []
    for tag in _LINK_TAG.finditer(html[: config.MAX_TEXT_CHARS]):
        attrs = {m.group(1).lower(): html_unescape(next(g for g in m.groups()[1:] if g is not None))
                 for m in _ATTRIBUTE.finditer(tag.group())}
        lang, href = attrs.get("hreflang", "").strip(), attrs.get("href", "").strip()
        if not lang or not href or lang.lower() == "x-default":
            continue
        if tag.group().lower().startswith("<link") and "alternate" not in attrs.get("rel", "").lower():
            continue
        url = urljoin(base, href) if base else href
        pair = (lang.lower().split("-")[0], url)
        if pair not in found:
            found.append(pair)
    return tuple(found)


def html_unescape(value: str) -> str:
    import html

    return html.unescape(value)


def from_plain(raw: RawDocument) -> Text:
    """Plain text as written (line ends normalised). Title and date come later, once the language is known."""
    text, encoding = decode(raw.data, raw.charset)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").strip()
    check_length(text)
    return Text(text, None, None, raw.url, "text", encoding)


def extract_text(raw: RawDocument) -> Text:
    """Dispatch on the kind of document: HTML pages go through trafilatura, the rest is plain text."""
    kind = raw.kind or ("html" if raw.source.lower().endswith((".html", ".htm")) else "text")
    result = from_html(raw) if kind == "html" else from_plain(raw)
    if len(result.text.strip()) < config.MIN_TEXT_CHARS:
        raise LoadError("no text in the document")
    return result


def split_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per non-empty line, with exact offsets."""
    paragraphs: list[Paragraph] = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            paragraphs.append(Paragraph(start, end, text[start:end], idx=len(paragraphs)))
    return paragraphs
