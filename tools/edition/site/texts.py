"""The landing page's list of texts: cards in HTML, a table of contents for all.

Made from the manifest; the page's markup is ``docs/_templates/site/texts.md.jinja``,
included by ``docs/index.md``. Tested in tests/test_outputs.py.
"""

from __future__ import annotations

from pathlib import Path

from . import escape, render_page


def year_of(value: str) -> str:
    """The year of a date as the manifest writes it ("1999-05", "after 2017" stays as it is)."""
    return value[:4] if value[:4].isdigit() else value


def texts_page(manifest, templates: Path | None = None) -> str:
    """The list of texts (``docs/_generated/texts.md``) of *manifest* (:class:`~edition.data.manifest.Manifest`)."""
    texts = []
    for rec in manifest.witnesses:
        title = f"[{rec['title']}]" if rec.get("title_editorial") else rec["title"]
        author = f"[{rec['author']}]" if rec.get("author_editorial") else rec["author"]
        texts.append({"id": rec["id"], "title": escape(title), "author": escape(author),
                      "year": escape(year_of(rec["written"])), "tradition": escape(rec["tradition"])})
    return render_page("texts.md.jinja", templates, texts=texts)
