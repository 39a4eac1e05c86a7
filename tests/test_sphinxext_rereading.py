"""A build that warned leaves no saved environment, so the next build warns again (``edition.sphinxext.rereading``)."""

from __future__ import annotations

import shutil

from sphinxtest import warnings_of


def _project(tmp_path, rootdir):
    srcdir = tmp_path / "minimal"
    shutil.copytree(rootdir / "test-minimal", srcdir)
    (srcdir / "index.rst").write_text("Minimal\n=======\n\nSee :doc:`nowhere`.\n", encoding="utf-8")
    return srcdir


def test_an_unchanged_tree_warns_again_after_a_build_that_warned(make_app, rootdir, tmp_path):
    srcdir = _project(tmp_path, rootdir)
    overrides = {"extensions": ["edition.sphinxext.rereading"]}
    first = make_app("html", srcdir=srcdir, confoverrides=overrides)
    first.build()
    assert "nowhere" in warnings_of(first._warning)
    assert not (first.doctreedir / "environment.pickle").exists()
    second = make_app("html", srcdir=srcdir, confoverrides=overrides)
    second.build()
    assert "nowhere" in warnings_of(second._warning)  # read again, warned again


def test_without_the_extension_sphinx_forgets_the_warning(make_app, rootdir, tmp_path):
    """The behaviour the extension is for: Sphinx alone does not read the page again."""
    srcdir = _project(tmp_path, rootdir)
    first = make_app("html", srcdir=srcdir)
    first.build()
    assert "nowhere" in warnings_of(first._warning)
    assert (first.doctreedir / "environment.pickle").exists()
    second = make_app("html", srcdir=srcdir)
    second.build()
    assert "nowhere" not in warnings_of(second._warning)


def test_a_clean_build_keeps_its_environment(make_app, rootdir, tmp_path):
    srcdir = tmp_path / "minimal"
    shutil.copytree(rootdir / "test-minimal", srcdir)
    app = make_app("html", srcdir=srcdir, confoverrides={"extensions": ["edition.sphinxext.rereading"]})
    app.build()
    assert warnings_of(app._warning) == ""
    assert (app.doctreedir / "environment.pickle").exists()
