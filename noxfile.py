"""Tasks of The Russian Question: one documented session per task.

Usage::

    nox -s html      # build the HTML edition into build/html/
    nox -s pdf       # build the PDF into build/latex/russian-question.pdf (needs TeX Live)
                     # (-- --paper a5: the trade size A5 instead of A4)
    nox -s epub      # build the EPUB into build/epub/russian-question.epub
    nox -s all       # build every output, linked from build/html/downloads.html
    nox -s tests     # run the test suite (builds HTML and PDF)
    nox -s lint      # ruff
    nox -s check     # validate glossary entries, bibliography and citations
    nox -s sync      # regenerate docs/texts/ from the witnesses
    nox -s bench     # benchmarks against bare Sphinx and pandoc → build/bench/bench.md, bench.json
                     # (-- --quick: 1× and 2× only, no PDF; -- --no-pdf)
"""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "tests"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "venv"

SPHINX_FLAGS = [
    "-n",  # nit-picky: warn about every reference that does not resolve
    "-W",  # turn warnings into errors: the builds are clean
    "--keep-going",  # but report every warning before failing
    "-c", ".",  # conf.py lives at the repository root, the sources in docs/
]


@nox.session
def html(session: nox.Session) -> None:
    """Build the HTML edition into build/html/."""
    session.install("-e", ".[docs]")
    # -j auto: every extension is safe for parallel reading and writing, and the
    # output is the same; reading in parallel saves 10-20 % (nox -s bench)
    session.run("sphinx-build", "-b", "html", "-j", "auto", *SPHINX_FLAGS, "docs", "build/html", *session.posargs)
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
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-M", "latexpdf", "docs", "build", *SPHINX_FLAGS, *paper_option(session.posargs))
    session.log("The PDF is build/latex/russian-question.pdf")


@nox.session
def epub(session: nox.Session) -> None:
    """Build the EPUB 3 into build/epub/russian-question.epub."""
    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-b", "epub", *SPHINX_FLAGS, "-d", "build/doctrees-epub", "docs", "build/epub")


@nox.session(name="all")
def all_outputs(session: nox.Session) -> None:
    """Build every output: PDF, EPUB, then the HTML with a Downloads page linking them all
    (TEI, plain text, MyST and BibTeX are made by every build)."""
    import shutil
    from pathlib import Path

    session.install("-e", ".[docs]")
    session.run("sphinx-build", "-M", "latexpdf", "docs", "build", *SPHINX_FLAGS)
    session.run("sphinx-build", "-b", "epub", *SPHINX_FLAGS, "-d", "build/doctrees-epub", "docs", "build/epub")
    downloads = Path("docs/_generated/downloads")
    downloads.mkdir(parents=True, exist_ok=True)
    shutil.copy("build/latex/russian-question.pdf", downloads)
    shutil.copy("build/epub/russian-question.epub", downloads)
    session.run("sphinx-build", "-b", "html", *SPHINX_FLAGS, "docs", "build/html")
    session.log("Every output is linked from build/html/downloads.html")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the tests (conversion rules, nothing lost, HTML and PDF builds)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Check the code with ruff."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "tools", "tests", "conf.py", "noxfile.py")


@nox.session
def check(session: nox.Session) -> None:
    """Validate the glossary entries, the bibliography and the citations."""
    session.install("-e", ".")
    session.run("edition", "check")


@nox.session
def sync(session: nox.Session) -> None:
    """Regenerate docs/texts/ from the witnesses, the manifest and seeds/editorial/."""
    session.install("-e", ".")
    session.run("edition", "sync", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Measure the build against bare Sphinx and pandoc (issue 8): build/bench/bench.md and bench.json.

    Builds only copies under build/bench/; not in the default sessions (about 8 minutes; fails when a target is missed).
    """
    session.install("-e", ".[bench]")
    session.run("python", "-m", "edition.bench", *session.posargs)
