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
from edition.settings import (  # noqa: E402  (shared with `edition check`)
    EXCLUDE_PATTERNS,
    MYST_EXTENSIONS,
    MYST_FOOTNOTE_TRANSITION,
    MYST_HEADING_ANCHORS,
)

exclude_patterns = list(EXCLUDE_PATTERNS)
# The texts keep the witnesses' own quotation marks and dashes.
smartquotes = False
nitpicky = True
suppress_warnings: list[str] = []
root_doc = "index"

# -- Options for MyST -------------------------------------------------------------

# The parser `edition check` judges contributed text with (edition/markup.py) is set up the same way.
myst_enable_extensions = list(MYST_EXTENSIONS)
myst_footnote_transition = MYST_FOOTNOTE_TRANSITION
myst_heading_anchors = MYST_HEADING_ANCHORS

# -- Options for sphinxcontrib-bibtex -----------------------------------------------

# Paths are relative to this file's folder (the repository root).
bibtex_bibfiles = ["docs/references.bib"]
bibtex_reference_style = "author_year"
bibtex_default_style = "plain"

# -- Options for the edition's extensions ------------------------------------------

edition_manifest = "seeds/manifest.toml"
edition_bibliography = "bibliography"  # the page with the shared bibliography
# How the edition is named when a text or paragraph is cited ("cite this paragraph").
edition_title = "The Russian Question: An annotated critical edition"
edition_year = str(_build_time.year)
edition_cite_as = f"{author.replace('The ', 'the ', 1)}, {edition_title}, version {version} ({edition_year})"

# -- Options for the repository ---------------------------------------------------------

# The edition's repository on GitHub, named here only: every link to GitHub on the pages
# ("Edit this entry", "Propose a new entry", "Report a problem": edition.sphinxext.repository)
# is made from it. A build on GitHub Actions (the published edition, pages.yml) or on
# Read the Docs (the previews) takes the address of the repository it builds.
EDITION_REPOSITORY = "https://github.com/the-russian-question/edition"


def _repository_url() -> str:
    if os.environ.get("GITHUB_REPOSITORY"):
        server = os.environ.get("GITHUB_SERVER_URL", "https://github.com")
        return f"{server}/{os.environ['GITHUB_REPOSITORY']}"
    clone = os.environ.get("READTHEDOCS_GIT_CLONE_URL", "")
    if clone.startswith("https://github.com/"):
        return clone.removesuffix(".git")
    if clone.startswith("git@github.com:"):
        return "https://github.com/" + clone.removeprefix("git@github.com:").removesuffix(".git")
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

latex_engine = "xelatex"
latex_documents = [
    ("index", "russian-question.tex", "The Russian Question",
     "An annotated critical edition", "manual", True),
]
latex_toplevel_sectioning = "chapter"
latex_show_urls = "no"
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    "preamble": (ROOT / "docs" / "_latex" / "preamble.tex").read_text(encoding="utf-8"),
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
