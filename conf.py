"""Sphinx configuration of The Russian Question.

Build with ``sphinx-build -c . docs build/html`` (or ``nox -s html``).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).parent.resolve()
# The edition's own package, importable without installation too.
sys.path.insert(0, str(ROOT / "tools"))

# -- Project information -------------------------------------------------------

project = "The Russian Question"
author = "The editors of The Russian Question"
# Reproducible builds: the copyright year follows SOURCE_DATE_EPOCH when set.
_build_time = datetime.fromtimestamp(
    int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or datetime.now(UTC).timestamp(),
    tz=UTC,
)
copyright = f"{_build_time.year}, the editors (apparatus and annotations); the texts belong to their authors"
release = version = "0.1"
language = "en"

# -- General configuration -----------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinxcontrib.bibtex",
    "edition.sphinxext",
]
from edition.data.settings import (  # noqa: E402  (shared with `edition check`)
    EXCLUDE_PATTERNS,
    MYST_EXTENSIONS,
    MYST_FOOTNOTE_TRANSITION,
    MYST_HEADING_ANCHORS,
    ROOT_DOC,
)

exclude_patterns = list(EXCLUDE_PATTERNS)
# The texts keep the witnesses' own quotation marks and dashes.
smartquotes = False
nitpicky = True
suppress_warnings: list[str] = []
root_doc = ROOT_DOC
# Pages are MyST alone: a reStructuredText file added to docs/ is not read (edition check judges .md pages)
source_suffix = {".md": "markdown"}

# -- Options for MyST -------------------------------------------------------------

# The parser `edition check` judges contributed text with (edition/data/markup.py) is set up the same way.
myst_enable_extensions = list(MYST_EXTENSIONS)
myst_footnote_transition = MYST_FOOTNOTE_TRANSITION
myst_heading_anchors = MYST_HEADING_ANCHORS

# -- Options for sphinxcontrib-bibtex -----------------------------------------------

# Paths are relative to this file's folder (the repository root).
bibtex_bibfiles = ["docs/references.bib"]
bibtex_reference_style = "author_year"
bibtex_default_style = "plain"

# -- Options for the edition's extensions ------------------------------------------

# Every edition_* value is declared once, with its validator and help, in
# tools/edition/sphinxext/config.py (EditionConfig); `edition check` and
# `edition sync` read the same values from this file.
edition_manifest = "seeds/manifest.toml"  # from this file's folder
edition_glossary_dir = "glossary"  # the glossary's entry files, under docs/
edition_indexes_dir = "indexes"  # the indexes of persons, places, organisations and parallels, under docs/
edition_bibliography = "bibliography"  # the page with the shared bibliography
# How the edition is named when a text or paragraph is cited ("cite this paragraph").
edition_title = "The Russian Question: An annotated critical edition"
edition_year = str(_build_time.year)
edition_cite_as = f"{author.replace('The ', 'the ', 1)}, {edition_title}, version {version} ({edition_year})"

# -- Options for the workarounds of other packages ----------------------------------

# tools/edition/sphinxext/compat/: each on only for the versions it was tested on
# (outside them, the package's own behaviour and one edition.compat warning)
edition_compat_furo = True  # the sidebar tree made once per build
edition_compat_sphinxcontrib_bibtex = True  # the citations indexed once per build
edition_compat_pybtex = True  # plugins looked up once, plain LaTeX decoded fast
edition_compat_sphinx_design = True  # its passes only on pages with its components

# -- Options for the repository ---------------------------------------------------------

# The edition's repository on GitHub, named here only: every link to GitHub on the pages
# ("Edit this entry", "Propose a new entry", "Report a problem": edition.sphinxext.repository)
# is made from it. A build on GitHub Actions (the published edition, pages.yml) or on
# Read the Docs (the previews) takes the address of the repository it builds, and a build
# in a clone of a repository on GitHub (a contributor's fork) the address of its origin.
EDITION_REPOSITORY = "https://github.com/the-russian-question/edition"


def _github_address(clone: str) -> str | None:
    """The web address of a GitHub repository cloned from *clone* (https or ssh), else ``None``
    (another host, a local path, an address with credentials in it)."""
    import re

    found = re.fullmatch(r"(?:https://github\.com/|ssh://git@github\.com/|git@github\.com:)"
                         r"([A-Za-z0-9-]+/[A-Za-z0-9._-]+?)(?:\.git)?/?", clone.strip())
    if not found or any(not part.strip(".") for part in found.group(1).split("/")):
        return None  # not a repository's name ("..", which a browser would resolve to another page)
    return f"https://github.com/{found.group(1)}"


def _origin() -> str:
    """The address git clones this checkout's ``origin`` from, or ``""`` (no git, no origin)."""
    import subprocess

    try:
        proc = subprocess.run(["git", "config", "--get", "remote.origin.url"], cwd=ROOT,
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return proc.stdout if proc.returncode == 0 else ""


def _repository_url() -> str:
    if os.environ.get("GITHUB_REPOSITORY"):
        server = os.environ.get("GITHUB_SERVER_URL", "https://github.com")
        return f"{server}/{os.environ['GITHUB_REPOSITORY']}"
    for clone in (os.environ.get("READTHEDOCS_GIT_CLONE_URL", ""), _origin()):
        address = _github_address(clone)
        if address:
            return address
    return EDITION_REPOSITORY


edition_repository_url = _repository_url()
edition_repository_branch = "main"

# -- Options for HTML output ---------------------------------------------------------

html_theme = "furo"
html_title = "The Russian Question"
html_static_path = ["docs/_static"]
html_css_files = ["edition.css"]
html_js_files = ["edition.js"]
html_favicon = "docs/_static/favicon.svg"
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False
html_theme_options = {
    "source_repository": "",
    "navigation_with_keys": True,
}

# -- Options for LaTeX output ---------------------------------------------------------

# The printed edition (issue 17): the design is in docs/_latex/, what is made
# from the edition's data (front matter, notes at the foot, indexes with pages,
# the bibliography) in tools/edition/sphinxext/latex.py.
latex_engine = "xelatex"
latex_documents = [
    # the author is the editors, as CITATION.cff names them
    ("index", "russian-question.tex", project, author, "manual", True),
]
# sphinxmanual on the book class: front, main and back matter, recto openings
latex_docclass = {"manual": "book"}
latex_toplevel_sectioning = "chapter"
latex_show_urls = "no"
latex_domain_indices = False
# The design of the printed edition: preamble.tex, frontmatter.tex_t, intro/
edition_print_design = "docs/_latex"
# Paper: A4, or the trade size A5 with -D edition_paper=a5 (or EDITION_PAPER=a5;
# nox -s pdf -- --paper a5); papersize, pointsize and geometry follow it.
edition_paper = os.environ.get("EDITION_PAPER", "a4")
edition_subtitle = (
    "An annotated critical edition of five texts on the class nature of the Soviet Union "
    "and the restoration of capitalism in Russia"
)
edition_date = f"{_build_time.day} {_build_time:%B %Y}"
# the Downloads page lists the files of the web site: not a page of the book
edition_print_omit = ["downloads"]
latex_elements = {
    # Linux Libertine O (Debian fonts-linuxlibertine): Latin, Greek and Cyrillic,
    # small capitals, oldstyle figures; tests/test_latex_build.py checks every character
    "fontpkg": r"""
\setmainfont{Linux Libertine O}[Numbers=OldStyle]
\setsansfont{Linux Biolinum O}[Numbers=OldStyle]
\setmonofont{FreeMono}[Scale=0.9, Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique]
""",
    # links in the text's colour: the PDF is made to be printed
    "sphinxsetup": "InnerLinkColor={rgb}{0,0,0}, OuterLinkColor={rgb}{0,0,0}",
    "fncychap": "",  # the chapter openings are the edition's own (titlesec, preamble.tex)
    # one index per kind of name, each made by xindy (latexmk runs it on every .idx); no
    # general index: nothing prints one ("printindex" below), and an empty .idx costs a run of xindy
    "makeindex": "\n".join([
        r"\usepackage[xindy,noautomatic]{imakeidx}",
        r"\makeindex[name=persons]",
        r"\makeindex[name=places]",
        r"\makeindex[name=organisations]",
    ]),
    "tableofcontents": "\n".join([
        r"\renewcommand{\contentsname}{Contents}",
        r"\tableofcontents",
        r"\cleardoublepage",
        r"\mainmatter",
    ]),
    "printindex": "",  # the indexes are printed in their chapters (\edprintindex)
    # the edition's own running heads replace Sphinx's "Release" (preamble.tex)
    "releasename": "",
}

# -- Options for EPUB output -------------------------------------------------------

epub_title = project
epub_author = author
epub_publisher = "The Russian Question"
epub_copyright = copyright
epub_identifier = "russian-question-" + release.replace(".", "-")
epub_scheme = "URN"
epub_uid = "russian-question-" + release.replace(".", "-")
epub_language = language
epub_basename = "russian-question"
epub_show_urls = "no"
epub_exclude_files = ["search.html"]
epub_description = "An annotated critical edition of five texts on the class nature of the Soviet Union."
