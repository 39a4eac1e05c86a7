"""sphinx-design's passes, run only on documents with their components (:mod:`edition.sphinxext.compat.sphinx_design`).

The differential test: the pages with the workaround and without, byte for byte.
"""

from __future__ import annotations

import shutil

import pytest
from docutils import nodes
from docutils.utils import new_document

from edition.sphinxext.compat.sphinx_design import NEW_TAB, census
from sphinxtest import assert_no_warnings, warnings_of


def test_the_census_names_the_components_and_new_tabs():
    document = new_document("test")
    section = nodes.section()
    section += nodes.container(design_component="dropdown")
    section += nodes.container(design_component="tab-set", sd_new_tab=True)
    document += section
    assert census(document) == {"dropdown", "tab-set", NEW_TAB}
    assert census(new_document("empty")) == frozenset()


@pytest.mark.sphinx("html", testroot="design")
def test_components_are_still_made_where_they_are(app, warning):
    app.build()
    assert_no_warnings(warning)
    out = app.outdir
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<details class="sd-sphinx-override sd-dropdown' in html  # DropdownHtmlTransform
    assert html.count('class="sd-tab-set') == 1 and html.count('type="radio"') == 2  # TabSetHtmlTransform
    assert 'href="https://example.org/" rel="noreferrer noopener" target="_blank"' in html  # the new-tab handler
    plain = (out / "plain.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/"' in plain and 'target="_blank"' not in plain


def test_the_pages_are_sphinx_designs_own(make_app, rootdir, tmp_path):
    """Differential: with the passes narrowed and without, the same pages."""
    srcdir = tmp_path / "design"
    shutil.copytree(rootdir / "test-design", srcdir)
    pages = {}
    for switch in (False, True):
        app = make_app("html", srcdir=srcdir, builddir=tmp_path / str(switch), freshenv=True,
                       confoverrides={"edition_compat_sphinx_design": switch})
        app.build()
        assert_no_warnings(app.warning)
        narrowed = [t.__module__ for t in app.registry.post_transforms if t.__name__ == "DropdownHtmlTransform"]
        assert narrowed == ["edition.sphinxext.compat.sphinx_design" if switch else "sphinx_design.dropdown"]
        pages[switch] = {name: (app.outdir / f"{name}.html").read_bytes() for name in ("index", "plain")}
        app.cleanup()  # docutils' registries as they were, for the next application
    assert pages[True] == pages[False]


def test_an_untested_version_keeps_sphinx_designs_passes_with_one_warning(make_app, rootdir, tmp_path, monkeypatch):
    from packaging.specifiers import SpecifierSet

    import edition.sphinxext.compat as compat

    monkeypatch.setitem(compat.TESTED, "sphinx-design", SpecifierSet("<0.1"))
    srcdir = tmp_path / "design"
    shutil.copytree(rootdir / "test-design", srcdir)
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    log = warnings_of(app.warning)
    assert log.count("[edition.compat]") == 1, log
    assert "sphinx-design 0." in log and "sphinx-design's own behaviour is kept" in log
    assert all(t.__module__.startswith("sphinx_design.") for t in app.registry.post_transforms
               if t.__name__ in ("DropdownHtmlTransform", "TabSetHtmlTransform"))
