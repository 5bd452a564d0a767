from __future__ import annotations

import codecs

import pytest

from pipeline.errors import LimitExceeded, LoadError
from pipeline.records import RawDocument
from pipeline.text.main_text import decode, extract_text, from_html, split_paragraphs
from tests.conftest import DATA

TEXT = "Minister De Block: ‘Onze sociale bescherming is zeer goed.’ Überall, señor, 6,7 € — voilà."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_decode_detects_encodings(encoding):
    text = TEXT if encoding != "cp1252" else TEXT.replace("‘", "'").replace("’", "'").replace("—", "-")
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


def test_latin1_is_decoded_not_crashed():
    decoded, enc = decode("Ministère de l'Économie à Genève, été 2021".encode("latin-1"))
    assert "Genève" in decoded and enc


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"  \n\t ", "empty"), (b"%PDF-1.7 binary", "PDF"), (b"\x89PNG\r\n\x1a\n....", "PNG"),
    (b"PK\x03\x04 zipped", "zip"), (bytes(range(0, 32)) * 50, "binary"),
])
def test_decode_refuses_what_is_not_text(data, reason):
    with pytest.raises(LoadError, match=reason):
        decode(data)


def test_bom_is_stripped():
    assert decode(codecs.BOM_UTF8 + b"Hello")[0] == "Hello"


def test_html_goes_through_trafilatura():
    data = (DATA / "html" / "press-release_20250204IPR26689.html").read_bytes()
    result = extract_text(RawDocument("ep.html", data))
    assert result.extraction == "html"
    assert "Zourabichvili" in result.text
    assert result.title and "Georgia" in result.title
    assert result.published == "2025-02-13"
    assert "  " not in result.text  # white space normalised


def test_deeply_nested_html_is_refused_with_a_clear_reason():
    data = b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000 + b"</body></html>"
    with pytest.raises(LimitExceeded, match="nesting"):
        extract_text(RawDocument("deep.html", data))


def test_plain_text_keeps_the_text_and_normalises_line_ends():
    result = extract_text(RawDocument("a.txt", b"Title\r\n\r\nBody line\r\n"))
    assert result.text == "Title\n\nBody line"
    assert result.extraction == "text"


def test_paragraph_offsets_are_exact():
    text = "  First line  \n\nSecond\n   \nThird one"
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == ["First line", "Second", "Third one"]
    assert all(text[p.start:p.end] == p.text for p in paragraphs)
    assert [p.idx for p in paragraphs] == [0, 1, 2]


@pytest.mark.parametrize(("language", "text", "title", "published"), [
    ("nl", "30 mei 2017 11:15\n\nFOD Sociale Zekerheid draagt bij\n\nTekst.", "FOD Sociale Zekerheid draagt bij",
     "2017-05-30T11:15"),
    ("en", "Commission adopts new rules\nBRUSSELS, 21 January 2025 – The European Commission today adopted ...",
     "Commission adopts new rules", "2025-01-21"),
    ("de", "Neue Regeln\nBerlin, 3. März 2021 – Das Bundesministerium hat heute ...", "Neue Regeln", "2021-03-03"),
    ("fr", "Nouvelles règles\nBruxelles, le 3 mars 2021 - La Commission a adopté ...", "Nouvelles règles",
     "2021-03-03"),
    ("en", "Date: 21 January 2025\nA title", "A title", "2025-01-21"),
    ("en", "A title\nIn 2025, the Commission will review the rules.", "A title", None),
])
def test_plain_text_header(language, text, title, published):
    from pipeline.text.header import read_header

    assert read_header(text, language) == (title, published)


@pytest.mark.parametrize(("meta", "published"), [
    ('<meta name="date" content="2017-05">', "2017-05"),
    ('<meta name="date" content="2017">', "2017"),
    ('<meta property="article:published_time" content="2017-05-01">', "2017-05-01"),
    ('<meta name="date" content="2017-05-14">', "2017-05-14"),
])
def test_html_dates_keep_only_what_the_page_states(meta, published):
    body = "<p>" + "The council agreed on new rules for the internal market today. " * 10 + "</p>"
    html = f"<html><head><title>T</title>{meta}</head><body><article><h1>T</h1>{body}</article></body></html>"
    assert from_html(RawDocument("x.html", html.encode(), kind="html")).published == published


@pytest.mark.parametrize(("value", "precision"), [
    ("2017", "year"), ("2017-05", "month"), ("2017-05-30", "day"), ("2017-05-30T11:15", "minute"), (None, None),
    ("XXXX-05-30", None),
])
def test_published_precision(value, precision):
    from pipeline.text.published import precision as precision_of

    assert precision_of(value) == precision
