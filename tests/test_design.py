"""sphinx-design's passes, run only on documents with their components (:mod:`edition.sphinxext.compat.sphinx_design`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docutils import nodes
from docutils.utils import new_document

from conftest import sphinx_build
from edition.sphinxext.compat.sphinx_design import NEW_TAB, census

ROOT = Path(__file__).parent / "roots" / "design"


def test_the_census_names_the_components_and_new_tabs():
    document = new_document("test")
    section = nodes.section()
    section += nodes.container(design_component="dropdown")
    section += nodes.container(design_component="tab-set", sd_new_tab=True)
    document += section
    assert census(document) == {"dropdown", "tab-set", NEW_TAB}
    assert census(new_document("empty")) == frozenset()


@pytest.mark.build
def test_components_are_still_made_where_they_are(tmp_path):
    out = tmp_path / "html"
    proc = sphinx_build("html", out, src_dir=ROOT)
    assert proc.returncode == 0, proc.stderr
    html = (out / "index.html").read_text(encoding="utf-8")
    assert '<details class="sd-sphinx-override sd-dropdown' in html  # DropdownHtmlTransform
    assert html.count('class="sd-tab-set') == 1 and html.count('type="radio"') == 2  # TabSetHtmlTransform
    assert 'href="https://example.org/" rel="noreferrer noopener" target="_blank"' in html  # the new-tab handler
    plain = (out / "plain.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/"' in plain and 'target="_blank"' not in plain
