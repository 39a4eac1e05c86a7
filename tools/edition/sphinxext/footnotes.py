"""The author's own note labels: a note the witness calls *a* is *a* on screen.

MyST numbers every footnote whose label is not a number (``[^a]`` becomes
note 3 after notes 1 and 2). For the formats read on screen (HTML, EPUB) this
post-transform gives such a note, and its markers, the witness's label back.
LaTeX's footnote counters take only numbers, so the PDF keeps MyST's number;
the TEI and plain-text outputs keep the label in any case.
Tested in ``tests/test_footnotes.py``.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms.post_transforms import SphinxPostTransform


class AuthorNoteLabels(SphinxPostTransform):
    default_priority = 100
    builders = ("html", "dirhtml", "singlehtml", "epub")

    def run(self, **kwargs) -> None:
        labels = {}
        for note in self.document.findall(nodes.footnote):
            names: list[str] = note.get("names", [])
            if note.get("auto") and names and not names[0].isdigit() and note.children:
                label = note[0]
                if isinstance(label, nodes.label):
                    label.children = []
                    label.append(nodes.Text(names[0]))
                    for note_id in note["ids"]:
                        labels[note_id] = names[0]
        for ref in self.document.findall(nodes.footnote_reference):
            if ref.get("refid") in labels:
                ref.children = []
                ref.append(nodes.Text(labels[ref["refid"]]))


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_post_transform(AuthorNoteLabels)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
