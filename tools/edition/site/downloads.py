"""The Downloads page: every output of every text, and of the whole edition.

The words of the page are in ``docs/_templates/site/downloads.md.jinja``.
Tested in tests/test_outputs.py.
"""

from __future__ import annotations

from pathlib import Path

from . import render_page, role_text

#: the edition's version, printed in the downloads
release = "0.1"
#: the whole-edition files the full build (``nox -s all``) places in
#: ``docs/_generated/downloads/`` before the HTML is built
EDITION_FILES = {"russian-question.pdf": "PDF (print, via LaTeX)", "russian-question.epub": "EPUB 3 (e-readers)"}


def downloads_page(manifest, titles: dict[str, str], placed: set[str], templates: Path | None = None) -> str:
    """The Downloads page (``docs/downloads.md``).

    :param titles: text id → title as the edition prints it
    :param placed: the whole-edition files this machine's full build placed in ``docs/_generated/downloads/``
        (:func:`edition.pipeline.placed_edition_files`), the only ones listed
    """
    files = [{"name": name, "what": what} for name, what in EDITION_FILES.items() if name in placed]
    texts = [{"id": rec["id"], "title": role_text(titles[rec["id"]]).replace("|", "/")} for rec in manifest.witnesses]
    return render_page("downloads.md.jinja", templates, files=files, texts=texts)
