"""Settings that the build (``conf.py``) and ``edition check`` must share.

``conf.py`` reads these, so that the check judges contributed text with
the parser the build uses, and knows which sources the build reads.
"""

from __future__ import annotations

from .markup import MYST_EXTENSIONS, MYST_FOOTNOTE_TRANSITION, MYST_HEADING_ANCHORS

#: sources under ``docs/`` that Sphinx does not read (``exclude_patterns``)
EXCLUDE_PATTERNS = ("_generated", "_research", "glossary/*", "**/.*")

__all__ = ["EXCLUDE_PATTERNS", "MYST_EXTENSIONS", "MYST_FOOTNOTE_TRANSITION", "MYST_HEADING_ANCHORS"]
