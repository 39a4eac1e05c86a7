"""Each page loads only the styles and scripts it uses (``edition.sphinxext.assets``)."""

from __future__ import annotations

import re

import pytest

from sphinxtest import assert_no_warnings


def _assets(app, page: str) -> set[str]:
    html = (app.outdir / f"{page}.html").read_text(encoding="utf-8")
    return {m.split("?")[0].rsplit("/", 1)[-1] for m in re.findall(r'(?:href|src)="([^"]+\.(?:css|js)[^"]*)"', html)}


@pytest.mark.sphinx("html", testroot="assets")
def test_a_page_loads_only_what_its_body_uses(app, warning):
    app.build()
    assert_no_warnings(warning)
    plain, code, cards = (_assets(app, page) for page in ("plain", "code", "cards"))
    design = {name for name in cards if "design" in name}
    assert design, "sphinx-design's style sheet on the page with its cards"
    assert "pygments.css" in code, "the highlighting on the page with code"
    assert not design & plain and "pygments.css" not in plain
    assert not design & code and "pygments.css" not in cards
    # everything else stays: Sphinx's own scripts, the theme's style sheet
    assert {"basic.css", "doctools.js"} <= plain and {"basic.css", "doctools.js"} <= cards


@pytest.mark.sphinx("html", testroot="assets", confoverrides={"extensions": ["myst_parser", "sphinx_design"]})
def test_without_the_extension_every_page_has_every_file(app, warning):
    """What the extension is for: Sphinx and sphinx-design add their files to every page."""
    app.build()
    plain = _assets(app, "plain")
    assert "pygments.css" in plain and any("design" in name for name in plain)
