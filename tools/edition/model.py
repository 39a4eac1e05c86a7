"""The edition model: the records every step of the pipeline passes on.

A witness is read (:mod:`edition.witness.reading`), laid out and converted
(:mod:`edition.convert`) into an :class:`Edition`; the writers
(:mod:`edition.writers`) turn one into MyST, TEI or plain text by walking its
inline pieces with a :class:`PieceVisitor`, as docutils' writers walk a
document with a ``NodeVisitor``. Each kind of inline piece is a class of its
own (:data:`Piece`), so that no structure travels in strings: a writer never
splits a value, and a new kind of piece makes every writer that lacks a
``visit_`` method for it fail loudly (:meth:`PieceVisitor.unknown_visit`).

Offsets (``start``/``end``) always refer to the witness text as returned by
:func:`edition.witness.reading.read_witness`, so that every piece of the
edition can be traced to what the witness reads.

Every record is a frozen dataclass: a step that changes one makes a new one
(:func:`dataclasses.replace`). The model imports nothing of the rest of the
package (tests/test_layering.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# -- Inline pieces -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """Plain running text."""

    #: the text as the edition prints it (spacing already normalised)
    value: str

    @property
    def shown(self) -> str:
        """The words the reader sees in the running text."""
        return self.value


@dataclass(frozen=True, slots=True)
class Emphasis:
    """Text in italics (a title the witness set between slashes, or between underscores), or in bold."""

    #: the text emphasised
    value: str
    #: strong emphasis (bold: two asterisks each side in a plain-text copy)
    strong: bool = False

    @property
    def shown(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Emendation:
    """An editorial intervention in the running text: the witness's reading and the edition's lemma."""

    #: the apparatus kind: ``hyphenation``, ``separation``, ``page-break``, ``blank-line``,
    #: ``heading``, ``emendation``, ``typography``… (:attr:`Entry.kind`)
    kind: str
    #: what the witness reads, exactly
    reading: str
    #: what the edition prints instead
    lemma: str

    @property
    def shown(self) -> str:
        return self.lemma


@dataclass(frozen=True, slots=True)
class NoteRef:
    """The marker of an author's (or translator's) note."""

    #: the note's label as the witness prints it (:attr:`Note.label`)
    label: str

    @property
    def shown(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class EditorNoteRef:
    """The marker of a note of the editor's own series."""

    #: the letter of the note (:attr:`EditorNote.label`)
    label: str

    @property
    def shown(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class Citation:
    """The editor's link from a citing passage to the bibliography."""

    #: the BibTeX key in ``docs/references.bib``
    key: str
    #: the pages cited, as the edition prints them ("98–9"), or ""
    pages: str = ""

    @property
    def shown(self) -> str:
        return ""


@dataclass(frozen=True, slots=True)
class TermRef:
    """A use of a glossary term in the running text, linked to its entry."""

    #: the entry's slug (its file name in ``docs/glossary/``)
    slug: str
    #: the words of the text that are linked, as the text prints them
    surface: str

    @property
    def shown(self) -> str:
        return self.surface


@dataclass(frozen=True, slots=True)
class ParallelPassage:
    """One passage of another text (or paragraph) that a parallel link points to."""

    #: what the link says, e.g. ``"W ¶ 12"`` (the siglum and the paragraph)
    label: str
    #: the target, e.g. ``"texts/capitalist-restoration#12"``
    target: str


@dataclass(frozen=True, slots=True)
class ParallelLink:
    """The editor's links from a paragraph to the parallel passages of one theme."""

    #: the theme's id in ``docs/indexes/parallels.toml``
    theme: str
    #: the theme's title
    title: str
    #: the other passages of the theme, in the order of the texts
    passages: tuple[ParallelPassage, ...]

    @property
    def shown(self) -> str:
        return ""


#: one piece of inline content: a paragraph, a heading, a list item, a note's
#: paragraph is a list of these
Piece = Text | Emphasis | Emendation | NoteRef | EditorNoteRef | Citation | TermRef | ParallelLink


def is_empty(piece: Piece) -> bool:
    """Whether *piece* carries nothing: a text or an emphasis with no words, a marker with no label."""
    if isinstance(piece, (Text, Emphasis)):
        return not piece.value
    if isinstance(piece, (NoteRef, EditorNoteRef)):
        return not piece.label
    if isinstance(piece, Citation):
        return not (piece.key or piece.pages)
    return False


class PieceVisitor:
    """Walk inline pieces, calling ``visit_<ClassName>(piece)`` for each (docutils' ``NodeVisitor``).

    Subclasses (the MyST, TEI and plain-text writers) define one method per
    kind of piece they render; a kind they do not know raises
    :exc:`NotImplementedError`, never passes silently.
    """

    def dispatch(self, piece: Piece) -> Any:
        """Call the ``visit_`` method for *piece*'s class, and return what it returns."""
        method = getattr(self, f"visit_{type(piece).__name__}", None)
        if method is None:
            return self.unknown_visit(piece)
        return method(piece)

    def walk(self, pieces: list[Piece]) -> list[Any]:
        """Visit every piece of *pieces* in order; return what each visit returned."""
        return [self.dispatch(piece) for piece in pieces]

    def unknown_visit(self, piece: Piece) -> Any:
        """Called for a piece with no ``visit_`` method.

        :raises NotImplementedError: always
        """
        raise NotImplementedError(f"{type(self).__name__} has no visit_{type(piece).__name__}")


# -- The editors' data ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EditorialEmendation:
    """An emendation from the editors' data (``seeds/editorial/*.toml``): an absolute witness span."""

    #: witness span of the reading emended
    start: int
    end: int
    #: what the edition prints instead
    lemma: str
    #: the editor's explanation, shown in the apparatus
    note: str
    #: the line of the editorial file where it is written (for messages)
    line: int | None = None


# -- Records -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One apparatus entry: an editorial intervention and what the witness reads."""

    #: kind of intervention: ``hyphenation``, ``separation``, ``page-break``, ``blank-line``,
    #: ``heading``, ``emendation``, ``furniture``, ``typography``; and
    #: ``citation``, a remark on a wrong citation that changes no word
    kind: str
    #: witness span the entry covers
    start: int
    end: int
    #: 1-based witness line where the span starts
    lineno: int
    #: what the witness reads (exactly ``witness.text[start:end]``)
    reading: str
    #: what the edition prints instead (empty for furniture set aside)
    lemma: str
    #: the editor's explanation, shown in the apparatus
    note: str = ""
    #: paragraph number of the edition where it applies (0 before ¶ 1)
    paragraph: int = 0
    #: the label of the author's note where it applies, if it is in a note
    in_note: str = ""


#: the kinds of block whose pieces are several runs (:attr:`Block.parts`)
MANY_PARTS = frozenset({"list", "definition", "table"})


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the edited text."""

    #: ``paragraph``, ``heading``, ``quote``, ``list``, ``code`` (lines of a program, one
    #: :class:`Text` whose line breaks are the witness's), ``definition`` (an item of a definition list),
    #: ``table`` (a table's cells, row by row: :meth:`rows`)
    kind: str
    #: the inline content; for lists, one list of pieces per item; for a definition, two: the term's and
    #: the definition's
    pieces: list
    #: witness span and first line
    start: int
    end: int
    lineno: int
    #: paragraph number (0 for headings)
    number: int = 0
    #: heading level (2 or 3) or the list's marker style (``1)``, ``1.``, ``-``), or a table's shape:
    #: its number of columns and of header rows ("4 1")
    style: str = ""
    #: a numbered list's first number, as the witness prints it (its items run on from it)
    first: int = 1

    def rows(self) -> list[list[list[Piece]]]:
        """A table's rows, each a list of its cells' pieces (the header row first, if it has one)."""
        columns = int(self.style.split()[0])
        return [self.pieces[i:i + columns] for i in range(0, len(self.pieces), columns)]

    @property
    def parts(self) -> list[list[Piece]]:
        """The block's runs of inline pieces: one per list item, the term and its definition, else one."""
        return self.pieces if self.kind in MANY_PARTS else [self.pieces]


@dataclass(frozen=True, slots=True)
class HeaderField:
    """A line of the witness's header, shown as metadata."""

    #: ``title``, ``subtitle``, ``byline``, ``date``, ``standfirst`` or a field
    #: name read from the witness (``source``, ``notes``)
    name: str
    #: the label shown to the reader (the witness's own, where it has one)
    label: str
    #: the value, verbatim
    value: str
    lineno: int
    #: whether the label is the witness's own (``Title:``) or the editor's
    label_in_witness: bool = False
    #: citations of works named in the line
    cites: list[Citation] = field(default_factory=list)
    #: the label of the author's note whose marker ends the line ("King*"), or ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """An author's (or translator's) note."""

    #: the label as printed in the witness, e.g. ``"6"``
    label: str
    #: paragraphs of the note, each a list of pieces; empty when the witness
    #: has a marker but no text for it
    paragraphs: list
    lineno: int
    #: ``author`` or ``translator``
    by: str = "author"
    #: ``ok``, ``missing-body`` (a marker with no body), ``orphan`` (a body
    #: with no marker) or ``duplicate`` (a second body with the same number)
    status: str = "ok"


@dataclass(frozen=True, slots=True)
class EditorNote:
    """A note of the editor's own series (lettered a, b, c…)."""

    #: the letter
    label: str
    #: the note's text, MyST inline markup allowed (it is the editor's own)
    text: str
    #: paragraph it is attached to
    paragraph: int


@dataclass(frozen=True, slots=True)
class Furniture:
    """Site furniture set aside from the running text."""

    #: what it is: ``image caption``, ``donation appeal``, ``site list``, or a
    #: kind recognised by its form (:mod:`edition.witness.furniture`): ``navigation bar``,
    #: ``breadcrumbs``, ``language switcher``, ``masthead``, ``call to action``,
    #: ``viewer page counter``, ``page stamp``, ``button label``, ``reader's toolbar``, ``table of
    #: contents``, ``running head``, ``page number``, ``date line``, ``archive footer``
    what: str
    #: the furniture's text, verbatim
    text: str
    #: witness span and first line
    start: int
    end: int
    lineno: int
    #: the paragraph it followed
    after_paragraph: int


@dataclass(frozen=True, slots=True)
class Decision:
    """How the converter read one thing of the witness's structure, for the report."""

    #: what was decided: ``title``, ``author``, ``date``, ``layout``, ``furniture``, ``heading``…
    what: str
    #: what was found (the title, the author's name as printed…), or ""
    value: str
    #: how it was found, in an editor's words
    how: str
    #: 1-based witness line, 0 for the whole text
    lineno: int = 0
    #: False where the rule was unsure: ``edition convert`` warns of each such decision
    sure: bool = True


@dataclass(frozen=True, slots=True)
class Edition:
    """A witness edited: the text, its notes and its apparatus."""

    #: the witness file
    source: str
    #: the text's id (the manifest's, or made from the witness's file name:
    #: never from the title, which two texts with one masthead share)
    id: str
    #: the title as the edition prints it
    title: str
    #: whether the title is the editor's (the witness has none)
    title_editorial: bool
    #: ``web`` or ``pdf``
    layout: str
    #: the lines of the witness's header
    header: list[HeaderField]
    #: the edited text
    blocks: list[Block]
    #: the author's (and translator's) notes
    notes: list[Note]
    #: the editor's notes
    ednotes: list[EditorNote]
    #: every intervention, in the order of the witness
    apparatus: list[Entry]
    #: what was set aside from the running text
    furniture: list[Furniture]
    #: note labels in the order their markers occur in the text
    markers: list[str]
    #: the manifest record, or an empty dict for a text not in the manifest
    record: dict
    #: how the title, the author, the date and the layout were found, and each
    #: decision the converter was unsure of
    decisions: list[Decision] = field(default_factory=list)

    @property
    def paragraphs(self) -> int:
        """The number of the last paragraph."""
        return max((b.number for b in self.blocks), default=0)

    def all_pieces(self) -> Iterator[Piece]:
        """Every inline piece of the text and its notes, in order."""
        for block in self.blocks:
            for part in block.parts:
                yield from part
        for note in self.notes:
            for para in note.paragraphs:
                yield from para

    def cited_keys(self) -> list[str]:
        """The bibliography keys the witness's header, text and notes are linked to, sorted, once each."""
        keys = {cite.key for f in self.header for cite in f.cites}
        keys |= {p.key for p in self.all_pieces() if isinstance(p, Citation)}
        return sorted(keys)
