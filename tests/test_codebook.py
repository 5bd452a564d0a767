"""CODEBOOK.md: every table, view and column, with type, meaning, derivation, coverage and values."""

from __future__ import annotations

import re

from pipeline.codebook import codebook
from pipeline.export import data_dictionary
from pipeline.store import connect
from pipeline.views import VIEW_COLUMNS
from tests.conftest import run_cli


def sections(text: str) -> dict[str, dict[str, list[str]]]:
    """Table -> column -> the cells of its row."""
    out: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in text.splitlines():
        if heading := re.match(r"### `(\w+)`", line):
            current = out.setdefault(heading.group(1), {})
        elif current is not None and (row := re.match(r"\| `(\w+)` \|(.*)\|$", line)):
            current[row.group(1)] = [cell.strip() for cell in re.split(r"(?<!\\)\|", row.group(2))]
    return out


def test_export_writes_a_codebook_covering_every_column(senate_db, tmp_path):
    result = run_cli("export", "--format", "csv", "--out", str(tmp_path), "--db", str(senate_db))
    assert result.returncode == 0, result.stderr
    book = sections((tmp_path / "CODEBOOK.md").read_text(encoding="utf-8"))
    expected = {name: [f["name"] for f in fields] for name, fields in data_dictionary().items()}
    expected |= {name: [c for c, _, _ in columns] for name, columns in VIEW_COLUMNS.items()}
    assert set(book) == set(expected)
    for name, columns in expected.items():
        assert list(book[name]) == columns, name
        for column, cells in book[name].items():
            kind, meaning, derived, coverage, _values = cells
            assert kind in ("integer", "number", "string", "datetime") and meaning and derived, (name, column)
            assert re.fullmatch(r"\d+%", coverage), (name, column, coverage)


def test_every_table_and_view_says_how_it_is_derived():
    from pipeline.codebook import TABLE_DERIVATION

    assert set(data_dictionary()) | set(VIEW_COLUMNS) <= set(TABLE_DERIVATION)


def test_the_codebook_measures_this_dataset(senate_db):
    text = codebook(connect(str(senate_db), create=False))
    book = sections(text)
    language = book["documents"]["language"]
    assert language[3] == "100%" and re.search(r"`en` \d+, `nl` 1", language[4])
    assert book["documents"]["published"][3] not in ("0%", "100%")  # the seeds are mostly undated
    assert "`USD`" in book["amounts"]["currency"][4] and "`EUR` 1" in book["amounts"]["currency"][4]
    assert "en_core_web_sm" in book["mentions"]["method"][2] or "en_core_web_sm" in text
    assert book["fetches"]["url"][3] == "0%"  # no crawl in this dataset
