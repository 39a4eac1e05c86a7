"""Numbered paragraphs and ``{para}`` (:mod:`edition.sphinxext.paragraphs`)."""

from __future__ import annotations

import pytest

from sphinxtest import assert_no_warnings


@pytest.mark.sphinx("html", testroot="paragraphs")
def test_each_numbered_paragraph_shows_a_link_to_itself(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<a class="paranum" href="#p1" title="Link to paragraph 1" aria-label="Paragraph 1">1</a>' in page
    assert 'href="#p2"' in page


@pytest.mark.sphinx("html", testroot="paragraphs")
def test_para_links_to_a_paragraph(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'class="para-ref reference internal" href="#p1"' in page and "¶ 1" in page
