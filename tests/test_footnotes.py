"""The author's note labels on screen: a lettered note keeps its letter in HTML and EPUB."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, sphinx_build

pytestmark = pytest.mark.build
NOTES = ROOT / "tests" / "roots" / "test-notes"


def test_a_lettered_note_keeps_its_letter_in_html(tmp_path):
    proc = sphinx_build("html", tmp_path, src_dir=NOTES)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    markers = re.findall(r'class="footnote-reference[^>]*>.*?</span>(\w+)<span', page)
    assert markers == ["1", "2", "c"]
    labels = re.findall(r'role="doc-backlink" href="#[^"]+">(\w+)</a>', page)
    assert sorted(labels) == ["1", "2", "c"]


def test_the_pdf_numbers_a_lettered_note_and_builds_clean(tmp_path):
    proc = sphinx_build("latex", tmp_path, src_dir=NOTES)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    tex = next(tmp_path.glob("*.tex")).read_text(encoding="utf-8")
    assert re.findall(r"\\begin\{footnote\}\[(\w+)\]", tex) == ["1", "2", "3"]
