"""An edition → plain text: numbered paragraphs, then the notes.

The plain text is for reading and searching anywhere, without markup: the
words as the edition prints them (emendations in their lemma), note
markers as ``[6]`` and the editor's as ``[a]``, citations and links left out.
Tested in tests/test_outputs.py.
"""

from __future__ import annotations

from ..model import (
    Citation,
    Edition,
    EditorNoteRef,
    Emendation,
    Emphasis,
    NoteRef,
    ParallelLink,
    PieceVisitor,
    TermRef,
    Text,
)
from .tei import ROLE_RE, unmark


class _PlainText(PieceVisitor):
    """Inline pieces → plain text: the words shown, note markers in brackets."""

    def visit_Text(self, piece: Text) -> str:
        return piece.value

    def visit_Emphasis(self, piece: Emphasis) -> str:
        return piece.value

    def visit_Emendation(self, piece: Emendation) -> str:
        return piece.lemma

    def visit_NoteRef(self, piece: NoteRef) -> str:
        return f"[{piece.label}]"

    def visit_EditorNoteRef(self, piece: EditorNoteRef) -> str:
        return f"[{piece.label}]"

    def visit_Citation(self, piece: Citation) -> str:
        return ""

    def visit_TermRef(self, piece: TermRef) -> str:
        return piece.surface  # the words of the text, whatever the glossary links

    def visit_ParallelLink(self, piece: ParallelLink) -> str:
        return ""


def to_plain_text(edition: Edition, record: dict) -> str:
    """The text as plain text: numbered paragraphs, then the notes."""
    def flat(pieces) -> str:
        return "".join(_PlainText().walk(pieces))

    lines = [edition.title, "=" * len(edition.title), ""]
    if record.get("author"):
        lines += [record["author"], ""]
    for field in edition.header:
        if field.name != "title":
            lines += [f"{field.label}: {field.value}"]
    lines.append("")
    for block in edition.blocks:
        if block.kind == "heading":
            text = flat(block.pieces)
            lines += [text, "-" * len(text), ""]
        elif block.kind == "list":
            for i, item in enumerate(block.pieces, 1):
                lines.append(f"{i}{block.style if block.style != '-' else ')'} {flat(item)}")
            lines.append("")
        else:
            prefix = "    " if block.kind == "quote" else ""
            lines += [f"[¶ {block.number}] {prefix}{flat(block.pieces)}", ""]
    if edition.notes:
        lines += ["Notes", "-----", ""]
        for note in edition.notes:
            body = " / ".join(flat(p) for p in note.paragraphs) or "(the witness has no text for this note)"
            lines += [f"[{note.label}] {body}", ""]
    if edition.ednotes:
        lines += ["Editor's notes", "--------------", ""]
        for note in edition.ednotes:
            lines += [f"[{note.label}] {unmark(ROLE_RE.sub(lambda m: m.group(2), note.text))}", ""]
    return "\n".join(lines).rstrip() + "\n"
