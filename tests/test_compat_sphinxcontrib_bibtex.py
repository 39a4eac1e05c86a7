"""Citations resolved as sphinxcontrib-bibtex resolves them, however often a work is cited.

The edition answers a citation repeated in a document from the first one
(:meth:`edition.sphinxext.compat.sphinxcontrib_bibtex.IndexedBibtexDomain.resolve_xref`).
The differential test: the pages with the workarounds of sphinxcontrib-bibtex
and pybtex and without them, byte for byte.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from sphinxtest import assert_no_warnings, warnings_of

CITATION = re.compile(r'<span class="bibtex-citation" id="[^"]+">(.*?)</span>')


@pytest.fixture(scope="module")
def built(rootdir, tmp_path_factory) -> Path:
    """The test project built once for the module, in this process."""
    srcdir = tmp_path_factory.mktemp("citations") / "src"
    shutil.copytree(rootdir / "test-citations", srcdir)
    app = SphinxTestApp("html", srcdir=srcdir, status=io.StringIO(), warning=io.StringIO())
    try:
        app.build()
        assert_no_warnings(app.warning)
    finally:
        # docutils' registries as they were before the next test of this worker makes an application,
        # whichever test of whichever module pytest-xdist sends it next
        app.cleanup()
    return app.outdir


def test_a_repeated_citation_is_resolved_like_the_first(built):
    citations = CITATION.findall((built / "index.html").read_text(encoding="utf-8"))
    assert len(citations) == 6
    first, again, with_page, textual, two_works, once_more = citations
    assert first == again == once_more
    assert 'href="#id' in first and ">Author and Bee, 2020</a>]" in first
    # the same work cited otherwise is formatted otherwise
    assert with_page.startswith("[see ") and with_page.endswith(", p. 3]")
    assert textual.startswith("Author and Bee [")
    assert ">Other, 1999</a>]" in two_works
    # the title shows the entry decoded from LaTeX: quotes and the en dash
    assert "A Book about “Quotes” – and Dashes" in first


def test_the_same_citation_in_another_document_links_across(built):
    (citation,) = CITATION.findall((built / "other.html").read_text(encoding="utf-8"))
    assert 'href="index.html#id' in citation and ">Author and Bee, 2020</a>]" in citation


def test_a_citation_formatted_for_one_document_links_within_another(built):
    """The third page cites as the first does, but its own bibliography: the same texts, its own links."""
    first = CITATION.findall((built / "index.html").read_text(encoding="utf-8"))
    third_html = (built / "third.html").read_text(encoding="utf-8")
    third = CITATION.findall(third_html)
    assert len(third) == 5
    entries = dict(re.findall(r'<div class="citation" id="([^"]+)".*?<p>(.*?)</p>', third_html, re.S))
    assert len(entries) == 2
    link = re.compile(r'href="([^"]*)" title="([^"]*)"')
    for citation, as_in_first in zip(third[:4], [first[0], first[2], first[3], first[4]], strict=True):
        assert re.sub(r' href="[^"]*"', "", citation) == re.sub(r' href="[^"]*"', "", as_in_first)
        for href, title in link.findall(citation):
            assert href.startswith("#") and entries[href[1:]].replace("\xa0", " ").startswith(title.split(".")[0])
    # and the first page's entry, from here, is the first page's
    assert 'href="index.html#id' in third[4]


def test_every_citation_of_an_unknown_key_warns(make_app, rootdir, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(rootdir / "test-citations", project)
    page = project / "other.md"
    page.write_text(page.read_text(encoding="utf-8")
                    + "\nUnknown {cite:p}`missing2000`.\n\nAgain {cite:p}`missing2000`.\n", encoding="utf-8")
    app = make_app("html", srcdir=project)
    app.build()
    log = warnings_of(app.warning)
    assert re.findall(r"other\.md:(\d+): WARNING: could not find bibtex key \"missing2000\"", log) == ["5", "7"], log


PAGES = ["index", "other", "third"]


def build(make_app, srcdir: Path, builddir: Path, **overrides):
    app = make_app("html", srcdir=srcdir, builddir=builddir, confoverrides=overrides, freshenv=True)
    app.build()
    assert_no_warnings(app.warning)
    pages = {page: (app.outdir / f"{page}.html").read_bytes() for page in PAGES}
    app.cleanup()  # another application may follow in this process: docutils' registries as they were
    return pages


def test_the_pages_are_sphinxcontrib_bibtexs_own(make_app, rootdir, tmp_path):
    """Differential: the workarounds of sphinxcontrib-bibtex and pybtex change nothing of the pages."""
    srcdir = tmp_path / "citations"
    shutil.copytree(rootdir / "test-citations", srcdir)
    upstream = build(make_app, srcdir, tmp_path / "upstream",
                     edition_compat_sphinxcontrib_bibtex=False, edition_compat_pybtex=False)
    ours = build(make_app, srcdir, tmp_path / "ours")
    assert ours == upstream
    import sphinxcontrib.bibtex.domain

    from edition.sphinxext.compat.sphinxcontrib_bibtex import FormattedReferences

    assert isinstance(sphinxcontrib.bibtex.domain.format_references, FormattedReferences)  # it was active
