"""Settings that the build (``conf.py``) and ``edition check`` must share.

``conf.py`` reads these, so that the check judges contributed text with
the parser the build uses, and knows which sources the build reads.
"""

from __future__ import annotations

from .markup import MYST_EXTENSIONS, MYST_FOOTNOTE_TRANSITION, MYST_HEADING_ANCHORS

#: sources under ``docs/`` that Sphinx does not read (``exclude_patterns``); the glossary's
#: entry files are left out too, in the folder ``edition_glossary_dir`` names
#: (:func:`glossary_pattern`, added by :mod:`edition.sphinxext.glossary`)
EXCLUDE_PATTERNS = ("_generated", "_research", "**/.*")
#: the page at the root of the tables of contents (``root_doc``), whose tree every HTML page's sidebar shows
ROOT_DOC = "index"


def glossary_pattern(glossary_dir: str) -> str:
    """The pattern of the glossary's entry files among the sources: data, not pages."""
    return f"{glossary_dir.strip('/')}/*"

__all__ = ["EXCLUDE_PATTERNS", "MYST_EXTENSIONS", "MYST_FOOTNOTE_TRANSITION", "MYST_HEADING_ANCHORS",
           "ROOT_DOC", "glossary_pattern"]
