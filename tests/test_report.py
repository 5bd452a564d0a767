"""``report``: one self-contained HTML page of charts, opened in a real headless Chromium."""

from __future__ import annotations

import os
import re
import shutil

import pytest

from pipeline.report import write_report
from pipeline.store import connect
from tests.browser import CHROMIUM, NetworkTrap, dump_dom, screenshot
from tests.conftest import ROOT, run_cli

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package "
                                    "'chromium'; .ci/run installs it)")
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", re.I)


@pytest.fixture(scope="module")
def report(senate_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = run_cli("report", "--db", str(senate_db), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "8 charts" in result.stdout
    return out


def test_the_report_is_one_self_contained_file(report):
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<link" not in page.lower() and "<img" not in page.lower()
    assert not EXTERNAL.search(page), EXTERNAL.search(page)
    figures = re.findall(r'<figure class="chart" id="([\w-]+)">(.*?)</figure>', page, re.S)
    assert [key for key, _ in figures] == ["months", "organisations", "persons", "places", "money", "roles",
                                           "coverage", "failures"]
    assert all(body.count("<svg") == 1 for _, body in figures)
    for name in ("European Union", "Senate"):  # the top organisations of each part of the dataset
        assert name.lower() in page.lower()


def test_an_empty_dataset_still_gets_every_chart(tmp_path):
    engine = connect(str(tmp_path / "empty.sqlite"))
    assert write_report(engine, tmp_path / "r.html") == 8
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 8


def test_report_needs_a_dataset(tmp_path):
    result = run_cli("report", "--db", str(tmp_path / "none.sqlite"), "--out", str(tmp_path / "r.html"))
    assert result.returncode == 2 and not (tmp_path / "r.html").exists()


@needs_chromium
def test_the_network_trap_sees_what_a_page_loads(tmp_path):
    page = tmp_path / "online.html"
    page.write_text('<!DOCTYPE html><html><head><link rel="stylesheet" href="http://example.org/s.css"></head>'
                    '<body><img src="http://example.org/i.png"></body></html>')
    with NetworkTrap() as trap:
        dump_dom(page, tmp_path / "profile", trap)
    assert any("example.org" in request for request in trap.page_requests())


@needs_chromium
def test_chromium_renders_every_chart_without_the_network(report, tmp_path):
    with NetworkTrap() as trap:
        dom = dump_dom(report, tmp_path / "profile", trap)
        shot = screenshot(report, tmp_path / "profile", trap, tmp_path / "report.png")
    assert trap.page_requests() == []
    figures = re.findall(r'<figure class="chart"[^>]*>(.*?)</figure>', dom, re.S)
    assert len(figures) >= 5
    assert all(re.search(r"<svg[^>]+viewBox", body) and "<path" in body for body in figures)
    from PIL import Image

    with Image.open(shot) as image:
        gray = image.convert("L")
        dark = sum(gray.histogram()[:200])
        assert image.width >= 1000 and dark > 0.01 * image.width * image.height  # charts drawn, not blank
    if os.environ.get("CI") == "true":  # CI keeps a picture of the report
        (ROOT / "out").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "out" / "report.png")
