"""An edition → plain text: numbered paragraphs, then the notes.

The plain text is for reading and searching anywhere, without markup: the
words as the edition prints them (emendations in their lemma), note
markers as ``[6]`` and the editor's as ``[a]``, citations and links left out.
Tested in tests/test_outputs.py.
"""

from __future__ import annotations

from ..model import (
    Block,
    Citation,
    Edition,
    EditorNoteRef,
    Emendation,
    Emphasis,
    NoteRef,
    ParallelLink,
    Piece,
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
    lines = _header_lines(edition, record)
    for block in edition.blocks:
        lines += _block_lines(block)
    lines += _notes_lines(edition)
    return "\n".join(lines).rstrip() + "\n"


def _flat(pieces: list[Piece]) -> str:
    return "".join(_PlainText().walk(pieces))


def _header_lines(edition: Edition, record: dict) -> list[str]:
    """The title, underlined; the author from the manifest's *record*; the other fields of the header."""
    lines = [edition.title, "=" * len(edition.title), ""]
    if record.get("author"):
        lines += [record["author"], ""]
    for field in edition.header:
        if field.name != "title":
            lines += [f"{field.label}: {field.value}"]
    lines.append("")
    return lines


def _block_lines(block: Block) -> list[str]:
    """A heading underlined, a list's items numbered, a paragraph (a quotation indented) with its number,
    lines of code indented below it."""
    if block.kind == "heading":
        text = _flat(block.pieces)
        return [text, "-" * len(text), ""]
    if block.kind == "list":
        lines = [f"{i}{block.style if block.style != '-' else ')'} {_flat(item)}"
                 for i, item in enumerate(block.pieces, block.first)]
        return [*lines, ""]
    if block.kind == "table":  # a row a line, the cells apart, the header underlined
        rows = [" | ".join(_flat(cell) for cell in row) for row in block.rows()]
        if block.style.split()[1] != "0":
            rows.insert(1, "-" * len(rows[0]))
        return [f"[¶ {block.number}]", *("    " + row for row in rows), ""]
    if block.kind == "definition":  # the term, then its definition indented below it
        term, definition = block.pieces
        return [f"[¶ {block.number}] {_flat(term)}", f"    {_flat(definition)}", ""]
    if block.kind == "code":  # lines of a program, each indented, as the witness sets them
        literal = "".join(p.shown for p in block.pieces)
        return [f"[¶ {block.number}]", *("    " + line for line in literal.split("\n")), ""]
    prefix = "    " if block.kind == "quote" else ""
    return [f"[¶ {block.number}] {prefix}{_flat(block.pieces)}", ""]


def _notes_lines(edition: Edition) -> list[str]:
    """The witness's notes, then the editor's, each under its heading (none where there are no notes)."""
    lines: list[str] = []
    if edition.notes:
        lines += ["Notes", "-----", ""]
        for note in edition.notes:
            body = " / ".join(_flat(p) for p in note.paragraphs) or "(the witness has no text for this note)"
            lines += [f"[{note.label}] {body}", ""]
    if edition.ednotes:
        lines += ["Editor's notes", "--------------", ""]
        for ednote in edition.ednotes:
            lines += [f"[{ednote.label}] {unmark(ROLE_RE.sub(lambda m: m.group(2), ednote.text))}", ""]
    return lines
