"""Helpers for the tests of the converter: the pieces of a block as a string to compare."""

from __future__ import annotations

from edition.model import EditorNoteRef, Emendation, Emphasis, NoteRef, Text


def plain(pieces) -> str:
    """The words shown, with each note marker as ``[note:LABEL]`` (the editor's: ``[ednote:LABEL]``)."""
    def one(p) -> str:
        if isinstance(p, NoteRef):
            return f"[note:{p.label}]"
        if isinstance(p, EditorNoteRef):
            return f"[ednote:{p.label}]"
        return p.shown if isinstance(p, (Text, Emphasis, Emendation)) else f"[{type(p).__name__}]"
    return "".join(one(p) for p in pieces)


#: a paragraph of hard-wrapped lines, so that a text is read in the layout of a PDF's extraction
WRAPPED = """\
Another line of the same paragraph fills the width of the page as lines do in
a paper set by TeX and extracted by pdftotext from the pages of its file, to
show the converter a layout of hard-wrapped lines of about the same width,
and a third sentence runs on over the lines of the page as the others did,
so that most of the lines of the text continue the line above them as the
lines of a page extracted from a PDF do, and the layout is read as such.
"""
