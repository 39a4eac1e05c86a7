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


@pytest.mark.sphinx("html", testroot="paragraphs")
def test_a_numbered_code_block_shows_its_number_outside_the_code(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    box = page.index('id="p3"')
    assert 'class="para para-block docutils container"' in page[box - 80:box]
    number = page.index('<a class="paranum" href="#p3"', box)
    code = page.index("<pre>", box)
    assert number < code  # the number before the block, not inside it
    assert page.count('id="p3"') == 1
    assert "return" in page[code:page.index("</pre>", code)] and "paranum" not in page[code:page.index("</pre>", code)]


@pytest.mark.sphinx("latex", testroot="paragraphs")
def test_a_numbered_code_block_has_its_number_and_anchor_before_it_in_latex(app, warning):
    app.build()
    assert_no_warnings(warning)
    tex = next(app.outdir.glob("*.tex")).read_text(encoding="utf-8")
    number = tex.index(r"\edparanumblock{3}")
    assert tex.index(r"\begin{sphinxVerbatim}", number) > number
    assert r"\edparanum{1}" in tex and r"\edparanumblock{1}" not in tex
