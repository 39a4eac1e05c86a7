"""What a wiki's markup leaves in a plain-text copy: the end of an image's caption, known by its form.

A wiki writes an image with its caption as ``[[File:Cover.jpg|thumb|The cover of the 1924 edition.]]``;
a copy that lost the link's opening keeps its end: ``Trotsky-coursnouveau.tiff as early as 1924.]]``,
``Cover.jpg" Publishing|thumb]]``, alone on a line or glued before the lead sentence. Such a run of text
closing with ``]]``, with no ``[[`` opening it, that names an image's file (``.jpg``, ``.png``,
``.tiff`` …) or an image's option (``|thumb``), is the residue of a caption (:func:`residue_end`):
set aside as furniture with its text, never a heading and never the text's. A link the copy keeps whole
(``[[Leon Trotsky]]``) and brackets in prose are no residue.
"""

from __future__ import annotations

import re

#: runs of text each closed by "]]", none opened by "[[" (or by any bracket) before it, at a line's start
RESIDUE_RE = re.compile(r"^[ \t]*(?:[^\[\]\n]{1,300}?\]\][ \t]*){1,4}")
#: what shows that a run is an image's caption: a file name of an image, or an image's option
IMAGE_RE = re.compile(r"\.(?:jpe?g|png|gif|svg|tiff?|webp)\b|\|\s*(?:thumb|thumbnail|frame|upright|right|left)\b"
                      r"|\|\s*\d+px\b", re.IGNORECASE)
#: what the furniture is called
RESIDUE = "image caption residue"


def residue_end(text: str) -> int:
    """The length of the caption's residue *text* opens with ("….jpg|thumb]] "), spaces after it
    included, or 0."""
    m = RESIDUE_RE.match(text)
    if not m or not IMAGE_RE.search(m.group(0)):
        return 0
    return m.end()
