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

import pytest
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

    def vanish(item, data=None):  # load_file's signature
        if item.source.startswith("raw/000_"):
            item.path.unlink()
        return original(item, data)

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

    original = ingest_module.prepare

    def slow(raw, stage):
        if raw.source.startswith("raw/000_"):
            time.sleep(6)
        return original(raw, stage)

    monkeypatch.setattr(config, "MAX_SECONDS_PER_DOCUMENT", 4)
    monkeypatch.setattr(ingest_module, "prepare", slow)
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


# --- issue 22: one bad value never stops a run, nothing read from outside the input ------------------------------

GOOD = b"Press release\n\nThe European Commission approved EUR 2 million for Ghent on 3 May 2021."


def _below_folder(source: str) -> str:
    """A source without the name of the folder it was found through (pipeline.identity): "in/a.txt" -> "a.txt"."""
    return source.split("/", 1)[1] if "/" in source else source


def failures_of(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return {_below_folder(source): error for source, error in conn.execute("SELECT source, error FROM failures")}


def sources_of(db: Path) -> set[str]:
    """Every origin stored (identical texts are one document with several origins)."""
    with sqlite3.connect(db) as conn:
        return {_below_folder(row[0]) for row in conn.execute("SELECT source FROM document_sources")}


def ingest_folder(folder: Path, db: Path):
    from pipeline.runs.ingest import ingest

    return ingest([str(folder)], str(db), "test", workers=1, progress=False)


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_symlinks_leaving_the_input_folder_are_refused(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_bytes(GOOD)
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN=hunter2 outside the input folder")
    os.symlink("/etc/passwd", folder / "passwd.txt")
    os.symlink("/proc/self/environ", folder / "environ.txt")
    os.symlink(secret, folder / "sub" / "secret.txt")
    os.symlink("../good.txt", folder / "sub" / "inside.txt")  # stays inside: read
    os.mkfifo(folder / "fifo.txt")  # would block a reader forever
    db = tmp_path / "d.sqlite"
    summary = ingest_folder(folder, db)
    assert summary.stored == 1 and summary.duplicates == 1 and summary.failed == 4  # inside.txt is good.txt
    reasons = failures_of(db)
    for name in ("passwd.txt", "environ.txt", "sub/secret.txt"):
        assert "outside the input folder" in reasons[name], reasons
    assert "not a regular file" in reasons["fifo.txt"]
    with sqlite3.connect(db) as conn:
        texts = " ".join(row[0] for row in conn.execute("SELECT text FROM documents"))
    assert "hunter2" not in texts and "root:" not in texts and "PATH=" not in texts
    assert sources_of(db) == {"good.txt", "sub/inside.txt"}


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_a_file_name_that_is_not_utf8_is_recorded_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(GOOD)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(GOOD + b" Latin-1 name.")
    (folder / "z.txt").write_bytes(GOOD + b" The last one.")
    db = tmp_path / "d.sqlite"
    result = run_cli("ingest", str(folder), "--db", str(db), "--workers", "1")
    assert result.returncode == 1, result.stderr
    assert sources_of(db) == {"a.txt", "z.txt"}
    (source, reason), = failures_of(db).items()
    assert "caf" in source and "not valid UTF-8" in reason


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_terminal_escape_codes_in_file_names_never_reach_stderr(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]2;owned\x07\x1b[31m.txt").write_bytes(b"")  # empty: a failure naming the file
    (folder / "good.txt").write_bytes(GOOD)
    result = run_cli("ingest", str(folder), "--db", str(tmp_path / "d.sqlite"), "--workers", "1")
    assert result.returncode == 1
    assert "evil" in result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b" in result.stderr  # shown escaped


@pytest.mark.usefixtures("time_bound")
def test_over_long_and_unreadable_subfolders_are_recorded(tmp_path):
    from pipeline.text.decode import discover

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD)
    fd = os.open(folder, os.O_RDONLY)
    for _ in range(25):  # 25 x 200 characters: past PATH_MAX (4096), made relative to each parent
        os.mkdir("d" * 200, dir_fd=fd)
        child = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = child
    os.close(fd)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "x.txt").write_bytes(GOOD)
    locked.chmod(0)
    try:
        items = discover([folder])
    finally:
        locked.chmod(0o755)
    problems = {i.source: i.problem for i in items if i.problem}
    assert [i.source for i in items if not i.problem][:1] == [f"{folder.name}/good.txt"]
    assert any("too long" in p or "name too long" in p.lower() for p in problems.values()), problems
    if not os.access(locked, os.R_OK) or os.geteuid() != 0:  # root reads any folder
        assert any("locked" in s and "cannot list" in p for s, p in problems.items()), problems


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_compressed_and_archived_inputs(tmp_path):
    import bz2
    import io
    import tarfile

    folder = tmp_path / "in"
    folder.mkdir()
    whole = gzip.compress(GOOD + b" " + b"More text. " * 2000 + b"The very end of the release.")
    (folder / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "members.txt.gz").write_bytes(gzip.compress(GOOD) + gzip.compress(b"\nSecond member: Antwerp."))
    (folder / "report.txt").write_bytes(bz2.compress(GOOD * 20))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("release.txt")
        info.size = len(GOOD * 200)
        tar.addfile(info, io.BytesIO(GOOD * 200))
    (folder / "bundle.txt").write_bytes(buffer.getvalue())
    (folder / "bundle.txt.gz").write_bytes(gzip.compress(buffer.getvalue()))
    db = tmp_path / "d.sqlite"
    summary = ingest_folder(folder, db)
    reasons = failures_of(db)
    assert "truncated" in reasons["truncated.txt.gz"]
    assert "bzip2" in reasons["report.txt"]
    assert "tar archive" in reasons["bundle.txt"] and "tar archive" in reasons["bundle.txt.gz"]
    with sqlite3.connect(db) as conn:
        text = conn.execute("SELECT text FROM documents WHERE source LIKE '%/members.txt.gz'").fetchone()[0]
    assert "Ghent" in text and "Second member: Antwerp." in text
    assert (summary.stored, summary.failed) == (1, 4)


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_an_over_long_document_is_refused_early_with_the_documented_limit(tmp_path):
    from pipeline import config

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "huge.txt").write_bytes((GOOD.decode() + "\n").encode() * (1_900_000 // len(GOOD)))
    (folder / "huge.html").write_bytes(b"<html><body>" + (b"<p>" + GOOD + b"</p>\n") * (1_900_000 // len(GOOD))
                                       + b"</body></html>")
    db = tmp_path / "d.sqlite"
    started = time.monotonic()
    summary = ingest_folder(folder, db)
    assert time.monotonic() - started < 60  # refused before the slow stages, not after 116 s
    assert summary.failed == 2
    for reason in failures_of(db).values():
        assert "MAX_TEXT_CHARS" in reason and f"{config.MAX_TEXT_CHARS:,}" in reason
    readme = (ROOT / "README.md").read_text()
    assert f"`MAX_TEXT_CHARS` ({config.MAX_TEXT_CHARS:,} characters)" in readme  # the documented limit


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_an_in_memory_database_is_a_usage_error(tmp_path, url):
    (tmp_path / "a.txt").write_bytes(GOOD)
    result = run_cli("ingest", str(tmp_path / "a.txt"), "--db", url)
    assert result.returncode == 2
    assert "in-memory" in result.stderr


def test_passwords_in_database_urls_are_masked(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    for url in ("postgresql://reader:s3cr3t-pw@127.0.0.1:9/press", "sqlite+nosuchdriver://u:s3cr3t-pw@h/x"):
        result = run_cli("ingest", str(tmp_path / "a.txt"), "--db", url)
        assert result.returncode == 2, result.stderr
        assert "s3cr3t-pw" not in result.stderr + result.stdout
        assert "***" in result.stderr


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_worker_processes_die_with_a_kill_9_of_the_main_process(corpus, tmp_path):
    for i in range(4):
        for f in list(corpus.glob("0*.txt")):
            (corpus / f"copy{i}_{f.name}").write_bytes(f.read_bytes() + f"\nCopy {i}.".encode())
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "ingest", str(corpus), "--db",
                             str(tmp_path / "d.sqlite"), "--workers", "2", "-q"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 120
    while len(children) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
        children = _children(proc.pid)
    assert len(children) >= 2, "no worker processes started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    survivors = [pid for pid in children if _alive(pid)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert survivors == []


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@requires_en
@pytest.mark.usefixtures("time_bound")
def test_a_dataset_on_read_only_storage_can_be_read(corpus, tmp_path, tmpfs):
    from pipeline import dataset

    place = tmpfs.mount("200m")
    db = place / "d.sqlite"
    assert run_cli("ingest", str(corpus), "--db", str(db), "--workers", "1", "-q").returncode == 0
    tmpfs.read_only()
    stats = run_cli("stats", "--db", str(db))
    assert stats.returncode == 0, stats.stderr
    exported = run_cli("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "export"))
    assert exported.returncode == 0, exported.stderr
    assert len(dataset.load(str(db)).documents) == 5
    assert (tmp_path / "export" / "documents.csv").exists()


LEGACY = [  # text, encoding
    ("Европейская комиссия одобрила финансирование проекта в Москве на сумму два миллиона евро.", "cp1251"),
    ("Европейская комиссия одобрила финансирование проекта в Москве на сумму два миллиона евро.", "koi8_r"),
    ("Η Ευρωπαϊκή Επιτροπή ενέκρινε τη χρηματοδότηση του έργου στην Αθήνα για δύο εκατομμύρια ευρώ.",
     "iso8859_7"),
    ("欧州委員会は東京のプロジェクトに二百万ユーロの資金提供を承認しました。発表は本日行われました。", "shift_jis"),
    ("欧州委員会は東京のプロジェクトに二百万ユーロの資金提供を承認しました。発表は本日行われました。", "euc_jp"),
    ("欧盟委员会今天批准了为北京项目提供两百万欧元的资金。该项目将于明年开始实施并持续三年。", "gb18030"),
    ("歐盟委員會今天批准了為台北項目提供兩百萬歐元的資金。該項目將於明年開始實施並持續三年。", "big5"),
]


@pytest.mark.parametrize(("text", "encoding"), LEGACY)
def test_legacy_non_western_encodings_are_decoded(text, encoding):
    from pipeline.text.main_text import decode

    decoded, used = decode((text + "\n").encode(encoding) * 3)
    assert decoded.startswith(text), (used, decoded[:80])


def test_the_declared_charset_comes_first():
    from pipeline.records import RawDocument
    from pipeline.text.main_text import decode, extract_text

    body = "<p>Der Bürgermeister von Köln sagte: Ja. Über 2 Mio. Euro.</p>" * 5
    html = f"<html><head><meta charset=\"iso-8859-2\"><title>t</title></head><body>{body}</body></html>"
    text, used = decode(html.encode("iso-8859-2"))
    assert "Bürgermeister von Köln" in text and used == "iso8859-2"
    ru = "<p>" + LEGACY[0][0] + "</p>"
    raw = RawDocument("http://example.org/a", f"<html><body>{ru * 20}</body></html>".encode("cp1251"),
                      kind="html", charset="windows-1251")
    assert "Европейская комиссия" in extract_text(raw).text
    mislabelled = f"<html><head><meta charset='iso-8859-1'></head><body>{body}</body></html>".encode()
    assert "Bürgermeister" in decode(mislabelled)[0]  # valid UTF-8 labelled Latin-1 is UTF-8
