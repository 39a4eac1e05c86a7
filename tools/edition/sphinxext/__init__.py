"""The edition's Sphinx extensions, one module per concept, each loadable alone.

``extensions = ["edition.sphinxext"]`` loads them all; any one can be loaded
by itself (``extensions = ["edition.sphinxext.glossary"]``), and loads what
it needs with ``app.setup_extension``. Every module's ``setup()`` returns its
parallel safety and ``env_version``.

``config``       every ``edition_*`` value, declared once and validated (also for ``edition check``/``sync``)
``domain``       the ``edition`` domain: the extensions' state, per document and for the build
``witnesses``    checks the witnesses and regenerates the texts before reading
``paragraphs``   visible, linkable paragraph numbers and the ``{para}`` role
``footnotes``    the author's own labels for notes the witness letters
``ednotes``      the editor's own note series (``{ednote}`` and ``ednote``)
``bibliography`` sphinxcontrib-bibtex, with every .bib file checked first
``citations``    back-links from the bibliography to every citing place
``glossary``     glossary terms in the texts, with their definitions
``search``       glossary and index entries in the search, variant spellings
``safety``       no page carries raw output, another file, a download or an unsafe link
``rereading``    a build that warned is not remembered: the next one reads every page again
``assets``       each page loads only the styles and scripts it uses
``repository``   links to the repository on GitHub: edit an entry, propose one, report a problem
``navigation``   furo's sidebar tree, made once per build instead of per page
``design``       sphinx-design's whole-document passes, only where they find something
``html``         accessible markup for toctree captions and citations
``latex``        the printed edition: front matter, notes at the foot, indexes with pages
``compat/``      the workarounds of other packages' internals, one module per package

Also: ``errors`` (the fatal errors, and how a build stops on one) and
``warning_types`` (every warning's type and subtype). Tested in
``tests/test_sphinxext_setup.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: the extensions, in the order they are set up (the order their handlers of one event run in)
EXTENSIONS = (
    "config", "domain", "witnesses", "paragraphs", "ednotes", "bibliography", "citations", "glossary",
    "search", "html", "navigation", "design", "footnotes", "safety", "rereading", "assets", "repository", "latex",
)


def setup(app: Sphinx) -> dict[str, Any]:
    from .. import __version__

    for name in EXTENSIONS:
        app.setup_extension(f"{__name__}.{name}")
    return {
        "version": __version__,
        "env_version": 4,  # 4: the extensions' state in the edition domain
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
