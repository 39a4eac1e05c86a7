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
