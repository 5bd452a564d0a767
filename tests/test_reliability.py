"""Bad input and faults: a clear error for each bad document, nothing lost, a consistent dataset."""

from __future__ import annotations

import contextlib
import gzip
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import cli
from pipeline.entities.clusters import cluster_mentions
from pipeline.money.amounts import extract_amounts
from pipeline.records import Mention
from pipeline.roles import extract_roles
from tests.conftest import DATA, ROOT, requires_en, run_cli

BAD = DATA / "bad"
# file -> words the failure reason must contain
FAILING = {
    "empty.txt": "empty", "whitespace.txt": "empty", "pdf-renamed.html": "PDF", "png-renamed.txt": "PNG",
    "zip-renamed.html": "zip", "nul-bytes.txt": "binary",
    "entity-bomb.html": "no main text",  # the entities are never expanded: nothing is left of the page
}
# decodable or merely unusual: stored, with the right text
STORED = {
    "utf16-bom.txt": "Vandenbroucke", "utf16-nobom.txt": "Vandenbroucke", "latin1.txt": "Sécurité sociale",
    "cp1252.txt": "“Quoted”", "mixed-encodings.txt": "Björn Müller visited Genève. Bürgermeister in Köln",
    "invalid-utf8.txt": "European Union", "chinese.txt": "欧盟", "arabic.txt": "الاتحاد", "greek.txt": "Ευρωπαϊκή",
    "three-words.txt": "Press release today", "odd name (1) ☃ – ünïcødé.txt": "Geneva",
}


def make_generated(folder: Path) -> dict[str, str]:
    """Large or dynamic hostile inputs, built here; returns file -> expected reason."""
    (folder / "50mb.txt").write_bytes(b"word " * (10 * 1024 * 1024))
    (folder / "million-lines.html").write_bytes(b"<html><body>" + b"<p>x</p>\n" * 1_000_000 + b"</body></html>")
    (folder / "deep.html").write_bytes(b"<html><body>" + b"<div>" * 10_000 + b"deep" + b"</div>" * 10_000)
    (folder / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * (60 * 1024 * 1024)))
    (folder / "broken.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    os.symlink("self-loop.txt", folder / "self-loop.txt")
    return {"50mb.txt": "MAX_FILE_BYTES", "million-lines.html": "MAX_HTML_TAGS", "deep.html": "MAX_HTML_DEPTH",
            "bomb.html.gz": "MAX_DECOMPRESSED_BYTES", "broken.html.gz": "gzip", "self-loop.txt": "cannot read"}


@requires_en
def test_hostile_inputs_among_good_documents(corpus, tmp_path):
    for name in [*FAILING, *STORED]:
        shutil.copy(BAD / name, corpus / name)
    failing = dict(FAILING, **make_generated(corpus))
    db = tmp_path / "d.sqlite"
    started = time.monotonic()
    result = run_cli("ingest", str(corpus), "--db", str(db), "--workers", "2")
    assert time.monotonic() - started < 300
    assert result.returncode == 1, result.stderr
    with sqlite3.connect(db) as conn:
        reasons = {s.removeprefix("raw/"): e for s, e in conn.execute("SELECT source, error FROM failures")}
        texts = {s.removeprefix("raw/"): t for s, t in conn.execute(  # identical texts are one document
            "SELECT s.source, d.text FROM document_sources s JOIN documents d ON d.id = s.document_id")}
    assert set(reasons) == set(failing)
    for name, word in failing.items():
        assert word in reasons[name], (name, reasons[name])
    for good in RAW_NAMES:
        assert good in texts
    for name, snippet in STORED.items():
        assert snippet in texts[name], (name, texts[name][:200])
    assert "Björn Müller" in texts["mixed-encodings.txt"]


RAW_NAMES = sorted(p.name for p in (ROOT / "raw").iterdir() if p.suffix == ".txt")


@requires_en
def test_vanishing_file_is_recorded(corpus, tmp_path, monkeypatch):
    from pipeline.runs import ingest as ingest_module

    original = ingest_module.load_file

    def vanish(item):
        if item.source.startswith("raw/000_"):
            item.path.unlink()
        return original(item)

    monkeypatch.setattr(ingest_module, "load_file", vanish)
    summary = ingest_module.ingest([str(corpus)], str(tmp_path / "d.sqlite"), "test", workers=1, progress=False)
    assert (summary.stored, summary.failed) == (4, 1)
    with sqlite3.connect(tmp_path / "d.sqlite") as conn:
        assert "vanished" in conn.execute("SELECT error FROM failures").fetchone()[0]


def consistent(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphans = conn.execute("SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)")
        assert orphans.fetchone()[0] == 0
        bare = conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                            "(SELECT 1 FROM paragraphs p WHERE p.document_id = d.id)")
        assert bare.fetchone()[0] == 0, "a document without its rows"


@requires_en
def test_kill_9_at_random_points_leaves_a_consistent_dataset(corpus, tmp_path):
    for i in range(3):
        for f in list(corpus.glob("0*.txt")):
            (corpus / f"copy{i}_{f.name}").write_bytes(f.read_bytes() + f"\nCopy {i}.".encode())
    db = tmp_path / "d.sqlite"
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db),
                                 "--workers", "1", "-q"], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.0, 4.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if db.exists():
            consistent(db)
    final = run_cli("ingest", str(corpus), "--db", str(db), "--workers", "1")
    assert final.returncode == 0, final.stderr
    consistent(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 20


@requires_en
def test_locked_database_is_a_clear_error(corpus, tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("ingest", str(corpus / RAW_NAMES[0]), "--db", str(db)).returncode == 0
    holder = sqlite3.connect(db, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        env = dict(os.environ, PRESS_PIPELINE_BUSY_TIMEOUT="1")
        result = subprocess.run([sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db", str(db)],
                                cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 2
    assert "locked" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


@requires_en
def test_read_only_database_is_a_clear_error(corpus, tmp_path):
    db = tmp_path / "d.sqlite"
    assert run_cli("ingest", str(corpus / RAW_NAMES[0]), "--db", str(db)).returncode == 0
    result = run_cli("ingest", str(corpus), "--db", f"sqlite:///file:{db}?mode=ro&uri=true")
    assert result.returncode == 2
    assert "readonly" in result.stderr or "read-only" in result.stderr


@requires_en
def test_full_disk_writes_nothing_half(corpus, tmp_path, monkeypatch, capsys):
    from sqlalchemy.exc import OperationalError

    from pipeline import store

    original = store.Store._insert_children

    def full(self, conn, doc, doc_id, entity_ids):
        original(self, conn, doc, doc_id, entity_ids)
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(store.Store, "_insert_children", full)
    db = tmp_path / "d.sqlite"
    code = cli.main(["ingest", str(corpus), "--db", str(db), "--workers", "1", "-q"])
    assert code == 2
    assert "disk is full" in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0
        assert conn.execute("SELECT status FROM runs").fetchone()[0] == "aborted"


LANGS = st.sampled_from(["en", "nl", "fr", "de", "es", None])


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), LANGS)
def test_amounts_never_crash_and_offsets_are_exact(text, language):
    for amount in extract_amounts(text, language):
        assert text[amount.start:amount.end] == amount.text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), LANGS, st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30),
                                                         st.sampled_from(["PERSON", "ORG", "LOC"])), max_size=6))
def test_roles_and_clustering_never_crash(text, language, spans):
    mentions = sorted({(s, min(s + n, len(text)), label) for s, n, label in spans if s < len(text)})
    items = [Mention(s, e, text[s:e], label) for s, e, label in mentions if e > s]
    linked, entities = cluster_mentions(text, items)
    for role in extract_roles(text, linked, entities, language):
        assert text[role.start:role.end] == role.text


def _rule_entities(text, language):
    """Entities of ``text`` with a blank spaCy pipeline in place of the model: the gazetteer and rules only
    (hypothesis runs many examples per test, so a pytest fixture would not be reset between them)."""
    import spacy

    from pipeline.entities import recognize as entities
    from pipeline.resources.models import ModelInfo
    from pipeline.text.main_text import split_paragraphs

    original = entities.load_nlp
    entities.load_nlp = lambda lang: (spacy.blank("xx"), ModelInfo(lang, None, None))
    try:
        found, _ = entities.extract_entities(text, split_paragraphs(text), language)
    finally:
        entities.load_nlp = original
    return found


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300), LANGS)
def test_entity_rules_never_crash(text, language):
    for m in _rule_entities(text, language):
        assert text[m.start:m.end] == m.text


def test_a_document_over_the_time_limit_is_recorded_and_the_run_goes_on(corpus, tmp_path, monkeypatch):
    from pipeline import config
    from pipeline.runs import ingest as ingest_module

    original = ingest_module.process

    def slow(raw):
        if raw.source.startswith("raw/000_"):
            time.sleep(6)
        return original(raw)

    monkeypatch.setattr(config, "MAX_SECONDS_PER_DOCUMENT", 4)
    monkeypatch.setattr(ingest_module, "process", slow)
    summary = ingest_module.ingest([str(corpus)], str(tmp_path / "d.sqlite"), "test", workers=1, progress=False)
    assert (summary.stored, summary.failed) == (4, 1)
    with sqlite3.connect(tmp_path / "d.sqlite") as conn:
        stage, error = conn.execute("SELECT stage, error FROM failures").fetchone()
    assert stage == "time-limit" and "MAX_SECONDS_PER_DOCUMENT" in error


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_a_load_error(data):
    from pipeline.errors import LoadError
    from pipeline.text.main_text import decode

    try:
        text, encoding = decode(data)
    except LoadError:
        return
    assert isinstance(text, str) and encoding and "\x00" not in text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["nl", "de", "fr", "en", None]))
def test_name_rules_and_spelled_numbers_never_crash(text, language):
    from pipeline.entities.names import model_free_mentions
    from pipeline.numbers import spelled_value

    for m in model_free_mentions(text, language):
        assert text[m.start:m.end] == m.text
    with contextlib.suppress(ValueError):
        spelled_value(text, language)


WORDS = ["Essen", "in", "der", "die", "Frankfurt", "am", "Main", "(", ")", "FOD", "Sociale", "Zekerheid", "und", "en",
         "Malu", "Dreyer", "SPD", ",", ".", "advocatenkantoor", "DLA", "Piper", "Wetstraat", "tussen", "Geldrop",
         "next", "Friday", "week", "31", "of", "2021", "the", "first", "six", "months", "10/1-11/2/2017", "29/2",
         "Ende", "des", "Monats", "more", "than", "2000", "AfD-Mann", "Otten", "Hij", "zei", "XXIV", "l’Elysée",
         "Universal", "Social", "Protection", "Belincosoc", "BELINCOSOC", "their", "General", "Administrator", "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), LANGS, st.sampled_from([None, "2019-01-31"]))
def test_sentences_of_real_words_never_crash(words, language, published):
    """Random sentences made of the words the rules react to (cities, titles, acronyms, dates)."""
    from pipeline.dates import extract_dates

    text = " ".join(words)
    found = _rule_entities(text, language)
    linked, refs = cluster_mentions(text, found)
    for item in [*found, *extract_dates(text, language, published), *extract_roles(text, linked, refs, language)]:
        assert text[item.start:item.end] == item.text
