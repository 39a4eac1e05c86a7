"""The edition's Sphinx extensions, one module per concept.

``witnesses``  checks the witnesses and regenerates the texts before reading
``paragraphs`` visible, linkable paragraph numbers and the ``{para}`` role
``ednotes``    the editor's own note series (``{ednote}`` and ``ednote``)
``bibtex``     sphinxcontrib-bibtex, made to scale with the number of texts
``citations``  back-links from the bibliography to every citing place
``glossary``   glossary terms in the texts, with their definitions
``search``     glossary and index entries in the search, variant spellings
``html``       accessible markup for toctree captions and citations
``footnotes``  the author's own labels for notes the witness letters
``navigation`` furo's sidebar tree, made once per build instead of per page
``design``     sphinx-design's whole-document passes, only where they find something
``safety``     no page carries raw output, another file, a download or an unsafe link
``repository`` links to the repository on GitHub: edit an entry, propose one, report a problem
``latex``      the printed edition: front matter, notes at the foot, indexes with pages
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .. import __version__
from .bibtex import setup_bibtex
from .citations import setup_citations
from .design import setup_design
from .ednotes import setup_ednotes
from .footnotes import setup_footnotes
from .glossary import setup_glossary
from .html import setup_html
from .latex import setup_latex
from .navigation import setup_navigation
from .paragraphs import setup_paragraphs
from .repository import setup_repository
from .safety import setup_safety
from .search import setup_search
from .witnesses import setup_witnesses


def setup(app: Sphinx) -> dict[str, Any]:
    setup_witnesses(app)
    setup_paragraphs(app)
    setup_ednotes(app)
    setup_bibtex(app)
    setup_citations(app)
    setup_glossary(app)
    setup_search(app)
    setup_html(app)
    setup_navigation(app)
    setup_design(app)
    setup_footnotes(app)
    setup_safety(app)
    setup_repository(app)
    setup_latex(app)
    return {
        "version": __version__,
        "env_version": 3,  # 3: glossary definitions are read by the browser, from one file
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
