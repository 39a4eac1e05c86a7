"""The author's note labels on screen: a lettered note keeps its letter in HTML and EPUB."""

from __future__ import annotations

import re

import pytest

from sphinxtest import assert_no_warnings

#: the test page without the edition's static files (the browser tests use them: test_browser.py)
WITHOUT_STATIC = {"html_static_path": [], "html_css_files": [], "html_js_files": [], "html_favicon": None}


@pytest.mark.sphinx("html", testroot="notes", confoverrides=WITHOUT_STATIC)
def test_a_lettered_note_keeps_its_letter_in_html(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    markers = re.findall(r'class="footnote-reference[^>]*>.*?</span>(\w+)<span', page)
    assert markers == ["1", "2", "c"]
    labels = re.findall(r'role="doc-backlink" href="#[^"]+">(\w+)</a>', page)
    assert sorted(labels) == ["1", "2", "c"]


@pytest.mark.sphinx("latex", testroot="notes", confoverrides=WITHOUT_STATIC)
def test_the_pdf_numbers_a_lettered_note_and_builds_clean(app, warning):
    app.build()
    assert_no_warnings(warning)
    tex = next(app.outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert re.findall(r"\\begin\{footnote\}\[(\w+)\]", tex) == ["1", "2", "3"]
