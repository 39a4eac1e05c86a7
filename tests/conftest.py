"""Shared fixtures: the repository, and builds of the edition made once per session."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: sphinx.testing: ``@pytest.mark.sphinx("html", testroot="NAME")`` builds ``tests/roots/test-NAME/``
#: in this process, and the ``app``, ``status`` and ``warning`` fixtures
pytest_plugins = ("sphinx.testing.fixtures",)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
# the benchmark harness, outside the package, whose log parsing the build tests use too
sys.path.insert(0, str(ROOT / "benchmarks"))

#: the test modules that concern the edition's data (docs/glossary/, docs/references.bib,
#: docs/indexes/, seeds/editorial/): marked ``data``, they are what a pull request that
#: changes only data is checked with (``nox -s data``, the "data" job of checks.yml).
#: The hostile corpus (test_hostile.py) and the parity of check and build (test_check_parity.py)
#: test the defences, which are code: a change of data alone cannot weaken them, and the data
#: job's own ``edition check`` and ``-n -W`` build of the changed tree are the parity that matters
#: there. They run in the "full" job, on every change to code and on main.
DATA_TESTS = {
    "test_glossary.py",          # the entry files and their checks, term links
    "test_glossary_build.py",    # new and bad entries in a build
    "test_citations.py",         # the editorial data's citations and the bibliography
    "test_indexes.py",           # the index files
    "test_indexes_build.py",     # the indexes checked against the texts
    "test_search.py",            # glossary and index entries, variants, in the search
    "test_nothing_lost.py",      # emendations and notes lose no word of a witness
    "test_markup.py",            # contributed text judged on the parser's tokens
    "test_sourcing.py",          # the sourcing policy of the bibliography
    "test_consistency.py",       # one person, one set of dates
}


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where sphinx.testing finds its test roots: one small project per behaviour."""
    return ROOT / "tests" / "roots"


#: the builds of the whole edition that the tests share, made once per test process; under
#: pytest-xdist (``nox -s tests`` runs ``-n auto --dist loadgroup``) the tests that use one
#: go to one worker, so that each build is made once in a run, not once per worker
SHARED_BUILDS = {"pdf_build": "pdf", "html_build": "html"}


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if item.path.name in DATA_TESTS:
            item.add_marker(pytest.mark.data)
        groups = [group for fixture, group in SHARED_BUILDS.items() if fixture in item.fixturenames]
        if groups:
            item.add_marker(pytest.mark.xdist_group(groups[0]))


def sphinx_build(builder: str, out: Path, *extra: str, cwd: Path = ROOT,
                 src_dir: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``sphinx-build -n -W`` for *builder*; return the finished process.

    The edition's sources are ``docs/`` with ``conf.py`` in *cwd*; a small
    test project (*src_dir*) has its own ``conf.py``.
    """
    cmd = [
        sys.executable, "-m", "sphinx",
        "-b", builder,
        "-n",          # nit-picky: every unresolved reference warns
        "-W",          # warnings are errors
        "--keep-going",
        "--no-color",  # the tests read the log, whatever the terminal or FORCE_COLOR
        "-c", str(src_dir or cwd),
        str(src_dir or cwd / "docs"),
        str(out),
        *extra,
    ]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1764000000"}
    env.pop("FORCE_COLOR", None)
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)


@pytest.fixture(scope="session", autouse=True)
def generated_sources():
    """The generated MyST sources, made once as a build would make them."""
    from edition.sync import sync

    sync(ROOT / "seeds" / "manifest.toml", ROOT / "docs")


@pytest.fixture
def sync_inputs(tmp_path) -> tuple[Path, list[str]]:
    """A copy of what ``edition sync`` reads (the witnesses, the glossary's entries, the indexes' names) under
    *tmp_path*, nothing synced yet: its ``docs`` folder and the arguments that name the copy."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "docs" / "glossary", tmp_path / "docs" / "glossary")
    shutil.copytree(ROOT / "docs" / "indexes", tmp_path / "docs" / "indexes")
    return tmp_path / "docs", ["--manifest", str(tmp_path / "seeds/manifest.toml"), "--docs", str(tmp_path / "docs")]


def copy_project(dest: Path) -> Path:
    """A copy of the parts of the project a build needs, to change without harm."""
    for name in ("seeds", "docs", "tools"):
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", "_research"))
    shutil.copy(ROOT / "conf.py", dest / "conf.py")
    return dest


@pytest.fixture(scope="session")
def html_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html")
    proc = sphinx_build("html", out)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in proc.stderr, proc.stderr
    return out


@pytest.fixture(scope="session")
def pdf_build(tmp_path_factory) -> Path:
    """The PDF in the default paper (A4)."""
    return build_pdf(tmp_path_factory.mktemp("latex"))


def build_pdf(out: Path, *extra: str) -> Path:
    """Build the PDF into *out* (Sphinx's LaTeX builder, then latexmk) and return *out*.

    :param extra: more options for ``sphinx-build`` (``-D edition_paper=a5``)
    """
    if not shutil.which("xelatex") or not shutil.which("latexmk"):
        pytest.fail("xelatex and latexmk are needed for the PDF (see README: Debian packages)")
    proc = sphinx_build("latex", out, *extra)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in proc.stderr, proc.stderr
    make = latexmk(out)
    assert make.returncode == 0, make.stdout[-4000:]
    return out


def latexmk(out: Path) -> subprocess.CompletedProcess:
    """Make the PDF of the LaTeX sources Sphinx wrote to *out* (latexmk, xelatex, xindy); the runs
    it made are kept in ``latexmk.out``."""
    # the indexes are made by xindy with the options Sphinx's Makefile exports
    xindy = re.search(r"^export XINDYOPTS = (.*)$", (out / "Makefile").read_text(encoding="utf-8"), re.M)
    make = subprocess.run(
        ["latexmk", "-pdf", "-dvi-", "-ps-", "-interaction=nonstopmode", "-halt-on-error", "russian-question.tex"],
        cwd=out, capture_output=True, text=True, env={**os.environ, "XINDYOPTS": xindy.group(1) if xindy else ""},
    )
    (out / "latexmk.out").write_text(make.stdout + make.stderr, encoding="utf-8")  # the runs it made
    return make


@pytest.fixture(scope="session")
def manifest():
    from edition.data.manifest import load_manifest

    return load_manifest(ROOT / "seeds" / "manifest.toml")
