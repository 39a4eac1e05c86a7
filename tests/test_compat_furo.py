"""furo's sidebar tree, made once per build (:mod:`edition.sphinxext.navigation`, :mod:`edition.sphinxext.compat.furo`).

The test project's ``conf.py`` records, on every page, the tree the edition
made and the one furo makes by itself; they must be the same, byte for byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import sphinx_build

ROOT = Path(__file__).parent / "roots" / "test-navigation"
PAGES = {"index", "appendix", "orphan", "genindex", "search", "part/one", "part/two", "part/deep/three"}


def recorded(out: Path) -> dict[str, dict]:
    folder = out / "_navigation"
    return {
        path.relative_to(folder).with_suffix("").as_posix(): json.loads(path.read_text(encoding="utf-8"))
        for path in folder.rglob("*.json")
    }


@pytest.mark.build
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_tree_made_once_is_furos_on_every_page(tmp_path, jobs):
    out = tmp_path / "html"
    proc = sphinx_build("html", out, "-j", jobs, src_dir=ROOT)
    assert proc.returncode == 0, proc.stderr
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


@pytest.mark.build
def test_other_builders_keep_furos_own_tree(tmp_path):
    out = tmp_path / "dirhtml"
    proc = sphinx_build("dirhtml", out, src_dir=ROOT)
    assert proc.returncode == 0, proc.stderr
    pages = recorded(out)
    assert set(pages) == PAGES
    for name, page in pages.items():
        assert not page["fast"], name
        assert page["edition"] == page["furo"], name


@pytest.mark.build
def test_with_the_workaround_off_furo_makes_its_tree_itself(tmp_path):
    out = tmp_path / "html"
    proc = sphinx_build("html", out, "-D", "edition_compat_furo=0", src_dir=ROOT)
    assert proc.returncode == 0 and "WARNING" not in proc.stderr, proc.stderr
    pages = recorded(out)
    assert set(pages) == PAGES
    assert not any(page["fast"] for page in pages.values())
