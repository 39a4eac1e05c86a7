"""Records passed between the steps of the conversion.

Offsets (``start``/``end``) always refer to the witness text as returned by
:func:`edition.reading.read_witness`, so that every piece of the edition
can be traced to what the witness reads.
"""

from __future__ import annotations

from typing import NamedTuple


class Entry(NamedTuple):
    """One apparatus entry: an editorial intervention and what the witness reads."""

    #: kind of intervention: ``hyphenation``, ``separation``, ``page-break``,
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


#: separates the fields of a ``choice`` piece's value
CHOICE_SEP = "\x1f"


class Piece(NamedTuple):
    """A piece of inline content."""

    #: ``text`` (plain), ``em`` (italics), ``choice`` (an editorial
    #: intervention: ``kind␟reading␟lemma``), ``note`` (an author's note
    #: marker), ``ednote`` (an editor's note marker), ``cite`` (the editor's
    #: link to the bibliography: ``key`` or ``key|pages``), ``term`` (a
    #: glossary link), ``parallel`` (links to parallel passages)
    kind: str
    #: the text, or the note label
    value: str

    @property
    def shown(self) -> str:
        """The words the reader sees in the running text."""
        if self.kind in ("text", "em"):
            return self.value
        if self.kind == "choice":
            return self.value.split(CHOICE_SEP)[2]
        return ""


class Block(NamedTuple):
    """A block of the edited text."""

    #: ``paragraph``, ``heading``, ``quote``, ``list``
    kind: str
    #: the inline content; for lists, one list of pieces per item
    pieces: list
    #: witness span and first line
    start: int
    end: int
    lineno: int
    #: paragraph number (0 for headings)
    number: int = 0
    #: heading level (2 or 3) or the list's marker style (``1)``, ``1.``, ``-``)
    style: str = ""


class HeaderField(NamedTuple):
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
    #: citations of works named in the line (``key`` or ``key|pages``)
    cites: list = []
    #: the label of the author's note whose marker ends the line ("King*"), or ""
    note: str = ""


class Note(NamedTuple):
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


class EditorNote(NamedTuple):
    """A note of the editor's own series (lettered a, b, c…)."""

    label: str
    #: the note's text, MyST inline markup allowed (it is the editor's own)
    text: str
    #: paragraph it is attached to
    paragraph: int


class Furniture(NamedTuple):
    """Site furniture set aside from the running text."""

    #: what it is: ``image caption``, ``donation appeal``, ``site list``, or a
    #: kind recognised by its form (:mod:`edition.furniture`): ``navigation bar``,
    #: ``breadcrumbs``, ``language switcher``, ``masthead``, ``call to action``,
    #: ``viewer page counter``, ``page stamp``, ``button label``, ``table of
    #: contents``, ``running head``, ``page number``, ``date line``
    what: str
    text: str
    start: int
    end: int
    lineno: int
    #: the paragraph it followed
    after_paragraph: int


class Decision(NamedTuple):
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
