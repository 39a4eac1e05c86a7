"""The editor's notes: a lettered series kept apart from the author's notes.

``{ednote}`a``` marks the place; the ``ednote`` directive holds the note::

    :::{ednote} a
    The witness breaks off here.
    :::

Marker and note link to each other. The author's notes stay MyST footnotes
with the author's own numbers; the two series never share a numbering. Tested in ``tests/test_sphinxext_ednotes.py``.
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective, SphinxRole

from . import warning_types

logger = logging.getLogger(__name__)
LABEL_RE = re.compile(r"^[a-z]{1,3}$")


class ednote_ref(nodes.inline):
    """The marker of an editor's note in the text."""


class ednote(nodes.container):
    """An editor's note."""


class ednote_backref(nodes.inline):
    """The label at the start of an editor's note, linking back to its marker."""


def _check_label(label: str, location) -> bool:
    if LABEL_RE.match(label):
        return True
    logger.warning("editor's note label %r is not a letter label (a, b, … aa)", label,
                   type=warning_types.TYPE, subtype=warning_types.EDNOTE, location=location)
    return False


class EdnoteRole(SphinxRole):
    def run(self):
        label = self.text.strip()
        if not _check_label(label, self.get_location()):
            return [], []
        node = ednote_ref("", label, label=label, classes=["ednote-ref"])
        return [node], []


class EdnoteDirective(SphinxDirective):
    required_arguments = 1
    has_content = True

    def run(self):
        label = self.arguments[0].strip()
        if not _check_label(label, self.get_location()):
            return []
        note = ednote(classes=["ednote"], label=label)
        note += ednote_backref("", label, label=label)
        self.state.nested_parse(self.content, self.content_offset, note)
        return [note]


def visit_ednote_ref_html(self, node):
    label = node["label"]
    self.body.append(
        f'<sup class="ednote-ref" id="ednote-ref-{label}"><a href="#ednote-{label}" '
        f'role="doc-noteref" aria-label="Editor’s note {label}">'
    )


def depart_ednote_ref_html(self, node):
    self.body.append("</a></sup>")


def visit_ednote_html(self, node):
    self.body.append(f'<aside class="ednote" id="ednote-{node["label"]}" role="doc-footnote">')


def depart_ednote_html(self, node):
    self.body.append("</aside>")


def visit_ednote_backref_html(self, node):
    label = node["label"]
    self.body.append(
        f'<a class="ednote-label" href="#ednote-ref-{label}" role="doc-backlink" '
        f'aria-label="Back to the text">'
    )


def depart_ednote_backref_html(self, node):
    self.body.append("</a> ")


def visit_ednote_ref_latex(self, node):
    label = node["label"]
    self.body.append(self.hypertarget(f"ednote-ref-{label}", anchor=True))
    target = f"{self.curfilestack[-1]}:ednote-{label}"
    self.body.append(r"\edednoteref{" + self.hyperlink(target))


def depart_ednote_ref_latex(self, node):
    self.body.append("}}}")


def visit_ednote_latex(self, node):
    self.body.append("\n\\begin{edednote}")


def depart_ednote_latex(self, node):
    self.body.append("\\end{edednote}\n")


def visit_ednote_backref_latex(self, node):
    label = node["label"]
    self.body.append(self.hypertarget(f"ednote-{label}", anchor=True))
    self.body.append(r"\edednotelabel{")


def depart_ednote_backref_latex(self, node):
    self.body.append("} ")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_node(ednote_ref, html=(visit_ednote_ref_html, depart_ednote_ref_html),
                 latex=(visit_ednote_ref_latex, depart_ednote_ref_latex))
    app.add_node(ednote, html=(visit_ednote_html, depart_ednote_html),
                 latex=(visit_ednote_latex, depart_ednote_latex))
    app.add_node(ednote_backref, html=(visit_ednote_backref_html, depart_ednote_backref_html),
                 latex=(visit_ednote_backref_latex, depart_ednote_backref_latex))
    app.add_role("ednote", EdnoteRole())
    app.add_directive("ednote", EdnoteDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
