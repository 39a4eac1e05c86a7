"""The edition's Sphinx extensions, one module per concept.

``witnesses``  checks the witnesses and regenerates the texts before reading
``paragraphs`` visible, linkable paragraph numbers and the ``{para}`` role
``ednotes``    the editor's own note series (``{ednote}`` and ``ednote``)
``citations``  back-links from the bibliography to every citing place
``glossary``   glossary terms in the texts, with their definitions
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from .. import __version__
from .citations import setup_citations
from .ednotes import setup_ednotes
from .glossary import setup_glossary
from .paragraphs import setup_paragraphs
from .witnesses import setup_witnesses


def setup(app: Sphinx) -> dict[str, Any]:
    setup_witnesses(app)
    setup_paragraphs(app)
    setup_ednotes(app)
    setup_citations(app)
    setup_glossary(app)
    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
