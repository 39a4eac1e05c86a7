"""Accessible HTML: two repairs to Sphinx's and docutils' markup.

- A toctree caption is a ``<p role="heading">`` without a level, which
  assistive technology cannot place; it gets ``aria-level="2"``.
- The bibliography's citations are ``role="doc-biblioentry"`` inside a
  ``role="list"``; DPUB-ARIA 1.1 deprecates that role and a list may hold
  only list items, so each citation is a ``listitem``.

Both are checked by axe-core in the browser tests.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator


class EditionHTMLTranslator(HTML5Translator):
    def visit_title(self, node: nodes.title) -> None:
        if isinstance(node.parent, addnodes.compact_paragraph) and node.parent.get("toctree"):
            aria: dict[str, Any] = {"aria-level": "2"}  # not a Python name: passed as a mapping
            self.body.append(self.starttag(node, "p", "", CLASS="caption", ROLE="heading", **aria))
            self.body.append('<span class="caption-text">')
            self.context.append("</span></p>\n")
            return
        super().visit_title(node)

    def visit_citation(self, node: nodes.citation) -> None:
        if not isinstance(node.previous_sibling(), type(node)):
            self.body.append('<div role="list" class="citation-list">\n')
        self.body.append(self.starttag(node, "div", classes=[node.tagname], role="listitem"))


def setup(app: Sphinx) -> dict[str, Any]:
    for builder in ("html", "dirhtml", "singlehtml", "epub"):
        app.set_translator(builder, EditionHTMLTranslator)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
