"""Glossary terms in the texts (:mod:`edition.sphinxext.glossary`)."""

from __future__ import annotations

import pytest

from sphinxtest import assert_no_warnings, warnings_of


@pytest.mark.sphinx("html", testroot="glossary")
def test_a_term_links_to_its_entry_and_its_definition_is_in_the_tooltips_file(app, warning):
    app.build()
    assert_no_warnings(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<span class="gloss" data-gloss="commune">' in page
    assert 'href="#gloss-commune"' in page and "glossary-definitions.js" in page
    script = (app.outdir / "_static" / "glossary-definitions.js").read_text(encoding="utf-8")
    assert '"commune": ["commune", "A self-governing body of the working population."]' in script


@pytest.mark.sphinx("html", testroot="glossary-unknown")
def test_a_term_without_an_entry_warns_and_keeps_its_text(app, warning):
    app.build()
    assert "{gloss}: no glossary entry 'soviet' (glossary-unknown/glossary/soviet.md) [edition.glossary]" \
        in warnings_of(warning)
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "The Soviet of 1905." in page and "data-gloss" not in page


@pytest.mark.sphinx("html", testroot="glossary-folder")
def test_the_entry_files_in_the_configured_folder_are_data_not_pages(app, warning):
    assert "entries/*" in app.config.exclude_patterns
    app.build()
    assert_no_warnings(warning)  # read as a page, the entry would warn: in no toctree
    assert not (app.outdir / "entries" / "commune.html").exists()
    page = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert '<span class="gloss" data-gloss="commune">' in page
