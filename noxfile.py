"""Tasks of The Russian Question: one documented session per task.

Usage::

    nox -s html      # build the HTML edition into build/html/
    nox -s pdf       # build the PDF into build/latex/russian-question.pdf (needs TeX Live)
                     # (-- --paper a5: the trade size A5 instead of A4)
    nox -s epub      # build the EPUB into build/epub/russian-question.epub
    nox -s all       # build every output, linked from build/html/downloads.html
    nox -s tests     # run the test suite (builds HTML and PDF)
    nox -s lint      # ruff (with complexity), mypy; the workflows and .readthedocs.yaml against their schemas
    nox -s check     # validate glossary entries, bibliography and citations
    nox -s data      # the pull-request check of a change to data only (the "data" job)
    nox -s full      # the check of a change to code, and of main (the "full" job)
    nox -s serve     # a live preview on http://127.0.0.1:8000, rebuilt on every save
    nox -s sync      # regenerate docs/texts/ from the witnesses
    nox -s compat-newest  # the workarounds' differential tests against the newest releases
    nox -s bench     # benchmarks against bare Sphinx and pandoc → build/bench/bench.md, bench.json
                     # (-- --quick: 1× and 2× only, no PDF; -- --no-pdf)

Every session installs the versions pinned in ``constraints.txt``, the one
source of tool versions (pre-commit and the workflows use the same; see
tests/test_tooling.py), so that a green local run predicts a green run on
GitHub: each job of ``.github/workflows/checks.yml`` is one session here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "venv"

#: the tested versions of everything installed (pip's ``-c``)
CONSTRAINTS = "constraints.txt"

#: the suite on every core (pytest-xdist); the tests that share a build of the whole edition
#: run on one worker (tests/conftest.py: SHARED_BUILDS), so each build is made once
PYTEST_PARALLEL = ["-n", "auto", "--dist", "loadgroup"]

SPHINX_FLAGS = [
    "-n",  # nit-picky: warn about every reference that does not resolve
    "-W",  # turn warnings into errors: the builds are clean
    "--keep-going",  # but report every warning before failing
    "-c", ".",  # conf.py lives at the repository root, the sources in docs/
]

#: what sphinx-autobuild must not watch: the files the build itself generates
#: (watching them would start a second build after each one)
GENERATED = [
    "docs/texts/*", "docs/terms/*", "docs/_generated/*", "docs/glossary.md",
    "docs/index-of-*.md", "docs/parallels.md", "docs/downloads.md",
]


def doctrees(builder: str) -> str:
    """Sphinx's pickled environment and doctrees, outside the checkout: a pull request could commit a
    pickle under build/, and Sphinx would load it (see SECURITY.md)."""
    import hashlib

    base = Path(os.environ.get("EDITION_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    tree = hashlib.sha256(str(Path.cwd().resolve()).encode()).hexdigest()[:12]
    return str(base / "edition" / "doctrees" / tree / builder)


def install(session: nox.Session, *args: str) -> None:
    """``pip install ARGS``, at the versions of :data:`CONSTRAINTS`: every session installs through this."""
    session.install(*args, "-c", CONSTRAINTS)


def install_newest(session: nox.Session, *args: str) -> None:
    """``pip install --upgrade ARGS`` at their newest releases, WITHOUT :data:`CONSTRAINTS`.

    The one exception to :func:`install`, for :func:`compat_newest` alone: trying the
    workarounds of ``edition.sphinxext.compat`` on releases not yet pinned is its purpose.
    """
    session.install("--upgrade", *args)


def on_github() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


def build_html(session: nox.Session, *extra: str) -> None:
    # -j auto: every extension is safe for parallel reading and writing, and the
    # output is the same; reading in parallel saves 10-20 % (nox -s bench)
    # the doctrees outside build/html: the folder is published as it is (pages.yml)
    session.run("sphinx-build", "-b", "html", "-j", "auto", *SPHINX_FLAGS, "-d", doctrees("html"), "docs",
                "build/html", *extra)


def run_check(session: nox.Session) -> None:
    # on GitHub, each problem becomes an annotation on its line of the pull request
    session.run("edition", "check", *(["--format", "github"] if on_github() else []))


def run_lint(session: nox.Session) -> None:
    session.run("ruff", "check", "tools", "tests", "benchmarks", "conf.py", "noxfile.py")
    # the types of tools/edition, with the settings of [tool.mypy] in pyproject.toml
    session.run("mypy")
    # the schemas ship with check-jsonschema: this runs offline
    workflows = sorted(str(p) for p in Path(".github/workflows").glob("*.yml"))
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflows)
    session.run("check-jsonschema", "--builtin-schema", "vendor.readthedocs", ".readthedocs.yaml")


def build_all(session: nox.Session) -> None:
    # nothing a pull request committed under build/ is published: the site is made anew
    for folder in ("build/html", "build/epub", "build/latex"):
        shutil.rmtree(folder, ignore_errors=True)
    session.run("sphinx-build", "-M", "latexpdf", "docs", "build", "-d", doctrees("latex"), *SPHINX_FLAGS)
    session.run("sphinx-build", "-b", "epub", *SPHINX_FLAGS, "-d", doctrees("epub"), "docs", "build/epub")
    # the Downloads page offers only the files this machine placed (signed), never ones committed there
    session.run("edition", "place-downloads", "build/latex/russian-question.pdf", "build/epub/russian-question.epub")
    session.run("sphinx-build", "-b", "html", *SPHINX_FLAGS, "-d", doctrees("html"), "docs", "build/html")


@nox.session
def html(session: nox.Session) -> None:
    """Build the HTML edition into build/html/."""
    install(session, "-e", ".[docs]")
    build_html(session, *session.posargs)
    session.log("The edition is in build/html/index.html")


def paper_option(posargs: list[str]) -> list[str]:
    """``--paper a5`` (or ``--paper=a5``) among *posargs* → Sphinx's ``-D edition_paper=a5``."""
    args, rest = [], list(posargs)
    while rest:
        arg = rest.pop(0)
        if arg == "--paper" and rest:
            args += ["-D", f"edition_paper={rest.pop(0)}"]
        elif arg.startswith("--paper="):
            args += ["-D", f"edition_paper={arg.split('=', 1)[1]}"]
        else:
            args.append(arg)
    return args


@nox.session
def pdf(session: nox.Session) -> None:
    """Build the PDF through LaTeX (xelatex) into build/latex/russian-question.pdf.

    A4 by default; ``nox -s pdf -- --paper a5`` makes the trade size (A5) for print on demand.
    """
    install(session, "-e", ".[docs]")
    session.run("sphinx-build", "-M", "latexpdf", "docs", "build", "-d", doctrees("latex"), *SPHINX_FLAGS,
                *paper_option(session.posargs))
    session.log("The PDF is build/latex/russian-question.pdf")


@nox.session
def epub(session: nox.Session) -> None:
    """Build the EPUB 3 into build/epub/russian-question.epub."""
    install(session, "-e", ".[docs]")
    session.run("sphinx-build", "-b", "epub", *SPHINX_FLAGS, "-d", doctrees("epub"), "docs", "build/epub")


@nox.session(name="all")
def all_outputs(session: nox.Session) -> None:
    """Build every output: PDF, EPUB, then the HTML with a Downloads page linking them all
    (TEI, plain text, MyST and BibTeX are made by every build). build/html/ is then the
    whole site as GitHub Pages publishes it (.github/workflows/pages.yml)."""
    install(session, "-e", ".[docs]")
    build_all(session)
    session.log("Every output is linked from build/html/downloads.html")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the tests (conversion rules, nothing lost, HTML and PDF builds)."""
    install(session, "-e", ".[test]")
    session.run("pytest", *PYTEST_PARALLEL, *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check the code with ruff (complexity included) and its types with mypy, and the workflows and
    .readthedocs.yaml against their schemas."""
    install(session, "-e", ".[docs,lint]")  # docs: mypy reads the types of Sphinx and the extensions
    run_lint(session)


@nox.session
def check(session: nox.Session) -> None:
    """Validate the glossary entries, the bibliography and the citations."""
    install(session, "-e", ".")
    run_check(session)


@nox.session
def data(session: nox.Session) -> None:
    """The check of a pull request that changes only data (the "data" job of checks.yml):
    ``edition check``, the HTML build with -n -W, and the tests marked ``data``."""
    install(session, "-e", ".[test]")
    run_check(session)
    build_html(session)
    session.run("pytest", *PYTEST_PARALLEL, "-m", "data", *session.posargs)


@nox.session
def full(session: nox.Session) -> None:
    """The check of a change to code, and of main (the "full" job of checks.yml):
    lint, ``edition check``, the whole test suite, and every output into build/."""
    install(session, "-e", ".[test,lint]")
    run_lint(session)
    run_check(session)
    session.run("pytest", *PYTEST_PARALLEL, *session.posargs)
    build_all(session)


@nox.session
def serve(session: nox.Session) -> None:
    """A live preview: build the HTML, serve it on http://127.0.0.1:8000 and rebuild the
    changed pages whenever a file under docs/ or seeds/ is saved (sphinx-autobuild)."""
    install(session, "-e", ".[serve]")
    ignores = [arg for pattern in GENERATED for arg in ("--ignore", pattern)]
    session.run("sphinx-autobuild", *SPHINX_FLAGS, "-d", doctrees("serve"), "--watch", "seeds", *ignores,
                "docs", "build/html", *session.posargs)


@nox.session
def sync(session: nox.Session) -> None:
    """Regenerate docs/texts/ from the witnesses, the manifest and seeds/editorial/."""
    install(session, "-e", ".")
    session.run("edition", "sync", *session.posargs)


#: the packages whose internals edition.sphinxext.compat works around, one module each
COMPAT_PACKAGES = ["furo", "sphinxcontrib-bibtex", "pybtex", "sphinx-design"]


@nox.session(name="compat-newest")
def compat_newest(session: nox.Session) -> None:
    """The differential tests of edition.sphinxext.compat against the newest releases of the packages it works around.

    Installs without ``constraints.txt``, upgrades furo, sphinxcontrib-bibtex,
    pybtex and sphinx-design to their newest releases, and runs the
    workarounds even outside their tested versions (``EDITION_COMPAT_FORCE=1``):
    a pass says the range in ``edition.sphinxext.compat.TESTED`` can be widened.
    Not in the default sessions.
    """
    install_newest(session, "-e", ".[test]", *COMPAT_PACKAGES)
    session.run("python", "-m", "pip", "list")  # the versions tried, in the log
    session.run("pytest", "tests/test_compat_furo.py", "tests/test_compat_pybtex.py",
                "tests/test_compat_sphinx_design.py", "tests/test_compat_sphinxcontrib_bibtex.py",
                *session.posargs, env={"EDITION_COMPAT_FORCE": "1"})


@nox.session
def bench(session: nox.Session) -> None:
    """Measure the build against bare Sphinx and pandoc (issue 8): build/bench/bench.md and bench.json.

    Builds only copies under build/bench/; not in the default sessions (about 8 minutes; fails when a target is missed).
    """
    install(session, "-e", ".[bench]")
    session.run("python", "benchmarks/bench.py", *session.posargs)
