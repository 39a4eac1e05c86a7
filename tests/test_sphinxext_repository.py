"""Links to the repository (:mod:`edition.sphinxext.repository`)."""

from __future__ import annotations

import pytest

from sphinxtest import assert_no_warnings


@pytest.mark.sphinx("html", testroot="repository")
def test_an_edit_link_opens_githubs_editor_on_the_configured_repository(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/example/edition/edit/main/docs/glossary/commune.md"' in page
    assert '<meta name="edition:repository" content="https://github.com/example/edition" />' in page
