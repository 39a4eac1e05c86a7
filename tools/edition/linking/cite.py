"""How to cite a text of the edition and one of its paragraphs.

The forms are those of the edition's "How to cite" section (docs/witnesses.md):
the text (its author and title, square brackets marking what the editors
supply), the paragraph number, the edition, and the address. The HTML offers
them on every numbered paragraph ("cite this paragraph"); this module only
formats the strings and imports nothing from Sphinx.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def bracket(value: str, editorial: bool) -> str:
    """*value*, in square brackets when the editors supplied it."""
    return f"[{value}]" if editorial else value


def cite_text(witness: Mapping[str, Any]) -> str:
    """The author and title of a text, from its manifest record.

    >>> cite_text({"author": "Tom Orsag", "title": "Stalinism in Russia"})
    'Tom Orsag, “Stalinism in Russia”'
    """
    title = bracket(witness["title"], witness.get("title_editorial", False))
    author = witness.get("author", "").strip()
    if not author:
        return f"“{title}”"
    return f"{bracket(author, witness.get('author_editorial', False))}, “{title}”"


def cite_paragraph(text: str, number: int | str, edition: str, url: str) -> str:
    """The citation of one paragraph: text, ¶, edition, address.

    The page's JavaScript builds the same string from the page's metadata;
    the browser tests compare the two.
    """
    return f"{text}, ¶ {number}, in {edition}, {url}"
