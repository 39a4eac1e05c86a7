"""furo's sidebar tree, made once per build (:mod:`edition.sphinxext.navigation`, :mod:`edition.sphinxext.compat.furo`).

The test project's ``conf.py`` records, on every page, the tree the edition
made and the one furo makes by itself; they must be the same, byte for byte.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sphinxtest import assert_no_warnings

PAGES = {"index", "appendix", "orphan", "genindex", "search", "part/one", "part/two", "part/deep/three"}


def recorded(out: Path) -> dict[str, dict]:
    folder = out / "_navigation"
    return {
        path.relative_to(folder).with_suffix("").as_posix(): json.loads(path.read_text(encoding="utf-8"))
        for path in folder.rglob("*.json")
    }


def build(make_app, rootdir, tmp_path, builder: str = "html", **kwargs) -> Path:
    """The navigation project built in this process; its output folder."""
    srcdir = tmp_path / "navigation"
    shutil.copytree(rootdir / "test-navigation", srcdir)
    app = make_app(builder, srcdir=srcdir, freshenv=True, **kwargs)
    app.build()
    assert_no_warnings(app.warning)
    return app.outdir


@pytest.mark.parametrize("jobs", [0, 2])
def test_the_tree_made_once_is_furos_on_every_page(make_app, rootdir, tmp_path, jobs):
    out = build(make_app, rootdir, tmp_path, parallel=jobs)
    pages = recorded(out)
    assert set(pages) == PAGES
    for name, page in pages.items():
        assert page["fast"], f"{name}: furo made the tree itself"
        assert page["edition"] == page["furo"], name
    # and the trees are the pages' own, not one tree for all
    assert len({page["edition"] for page in pages.values()}) == len(PAGES) - 1  # two pages are in no toctree
    two = pages["part/two"]["edition"]
    assert two.count('class="current reference internal" href="#"') == 4  # listed four times
    assert two.count("current-page") == 1 and 'href="../index.html"' in two
    three = pages["part/deep/three"]["edition"]
    assert 'href="../../genindex.html"' in three and 'href="https://example.org/"' in three
    assert "current" not in pages["orphan"]["edition"]


def test_other_builders_keep_furos_own_tree(make_app, rootdir, tmp_path):
    out = build(make_app, rootdir, tmp_path, "dirhtml")
    pages = recorded(out)
    assert set(pages) == PAGES
    for name, page in pages.items():
        assert not page["fast"], name
        assert page["edition"] == page["furo"], name


def test_with_the_workaround_off_furo_makes_its_tree_itself(make_app, rootdir, tmp_path):
    out = build(make_app, rootdir, tmp_path, confoverrides={"edition_compat_furo": False})
    pages = recorded(out)
    assert set(pages) == PAGES
    assert not any(page["fast"] for page in pages.values())
