"""The editor's notes (:mod:`edition.sphinxext.ednotes`)."""

from __future__ import annotations

import pytest

from sphinxtest import assert_no_warnings


@pytest.mark.sphinx("html", testroot="ednotes")
def test_marker_and_note_link_to_each_other(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<sup class="ednote-ref" id="ednote-ref-a"><a href="#ednote-a"' in page
    assert '<aside class="ednote" id="ednote-a" role="doc-footnote">' in page
    assert '<a class="ednote-label" href="#ednote-ref-a"' in page
