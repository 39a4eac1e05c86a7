"""Back-links from the bibliography to every place citing a work (:mod:`edition.sphinxext.citations`)."""

from __future__ import annotations

import re

import pytest

from sphinxtest import assert_no_warnings


@pytest.mark.sphinx("html", testroot="citations", confoverrides={"edition_bibliography": "index"})
def test_each_entry_lists_the_pages_citing_it(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    cited = re.findall(r'<p class="cited-in">(.*?)</p>', page, re.S)
    assert cited, "no back-links"
    assert any('href="other.html#' in links for links in cited)
    assert any('href="#' in links or 'href="index.html#' in links for links in cited)
