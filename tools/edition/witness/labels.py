"""Note labels: the forms in which a witness may print its note markers.

A number in square brackets (``[12]``) is the usual form and is always
recognised. The other forms have other uses in running text too: a letter
in square brackets (``[a]``) may be an editor's insertion, a number in
parentheses (``(2)``) an enumeration, superscript digits (``²``) a unit
such as km². So a witness's markers in one of these forms are taken as note
markers only when the witness confirms it: its notes section has bodies
labelled in that form, and the markers of that form in the running text
have exactly the labels of those bodies, each once (see :func:`confirmed`).
Otherwise they stay text, and so do the would-be bodies.

Three forms come from copies that lost the typography: a number in
brackets whose note is a numbered paragraph (``1. …``), a superscript
number that arrives glued to the word or the punctuation before it
(``line.1``, with the note ``1 Quoted in …``), and the asterisk and the
dagger (``*``, ``†``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

#: superscript digits (not a contiguous Unicode range: ¹²³ are Latin-1)
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
#: spacing before a marker goes with it (it is not printed before a superscript)
_SPACE = r"[ \t\u00a0]*"


class LabelForm(NamedTuple):
    """One way of printing note labels."""

    #: ``bracket`` ``[12]``, ``letter`` ``[a]``, ``paren`` ``(12)``, ``superscript`` ``¹²``
    name: str
    #: a marker in the running text, with the spacing before it; group 1 is the label
    marker: re.Pattern
    #: a note body's label at the start of a line, with the spacing after it
    body: re.Pattern


BRACKET = LabelForm(
    "bracket",
    re.compile(_SPACE + r"\[(\d{1,3})\]"),
    re.compile(r"^\s*\[(\d{1,3})\]\s*(?=\S)"),
)
LETTER = LabelForm(
    "letter",
    re.compile(_SPACE + r"\[([a-z])\]"),
    # a space must follow, so that "[i]n" (an editor's insertion) is no note
    re.compile(r"^\s*\[([a-z])\]\s+(?=\S)"),
)
PAREN = LabelForm(
    "paren",
    re.compile(_SPACE + r"\((\d{1,3})\)"),
    re.compile(r"^\s*\((\d{1,3})\)\s*(?=\S)"),
)
SUPERSCRIPT = LabelForm(
    "superscript",
    re.compile(_SPACE + f"([{SUPERSCRIPT_DIGITS}]{{1,3}})(?![{SUPERSCRIPT_DIGITS}])"),
    re.compile(f"^\\s*([{SUPERSCRIPT_DIGITS}]{{1,3}})(?![{SUPERSCRIPT_DIGITS}])\\s*(?=\\S)"),
)
#: a number in square brackets in the text, its note a numbered paragraph
#: at the end ("1. Quoted in …"), as archives transcribe notes
DOTTED = LabelForm(
    "dotted",
    BRACKET.marker,
    re.compile(r"^\s*(\d{1,3})\.\s+(?=\S)"),
)
#: a superscript number that lost its raising in a copy: glued to the word or
#: the punctuation it follows ("political line.1", "article2"), its note
#: beginning with the bare number ("1 Quoted in …")
BARE = LabelForm(
    "bare",
    re.compile(
        # not after a word of one letter, a name in code or a formula ("z1 and z2", "x2")
        r"(?:(?<=[^\W\d_])(?<!\b[^\W\d_])|(?<=[^\W\d_][.,;:!?’'”\")])|(?<=[^\W\d_][)”’\"'][.,;:!?])|(?<=[^\W\d_][.,;:!?][)”’\"'])"
        # after a year's full stop only before a new sentence: "in 1991.1 Yet", not "2.5 million",
        # nor a section's number ("2.1 New features")
        r"|(?<=\d\d\d\d[.!?])(?=\d{1,3}(?:\s+[A-Z“\"‘]|\s*$)))"
        # nor before a full stop that a name goes on after ("z1.index")
        r"(\d{1,3})(?!\d)(?=[\s,;:!?”’\"')]|\.(?!\w)|$)"
    ),
    re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z“\"‘(])"),
)
#: an asterisk, a dagger or a double dagger after a word, its note at the end
#: beginning with the same sign
SYMBOL = LabelForm(
    "symbol",
    re.compile(r"(?<=[^\s*†‡])([*†‡])(?![*†‡\w])"),
    re.compile(r"^\s*([*†‡])\s*(?=[^\s*†‡])"),
)
#: every form, the always-recognised one first
FORMS: tuple[LabelForm, ...] = (BRACKET, LETTER, PAREN, SUPERSCRIPT, DOTTED, BARE, SYMBOL)


def normalise(label: str) -> str:
    """The label as the edition names it: superscript digits as digits."""
    return label.translate(_FROM_SUPERSCRIPT)


class BodyLabel(NamedTuple):
    """The label at the start of a note body."""

    form: LabelForm
    #: the label, normalised (``"12"``, ``"a"``)
    label: str
    #: offset in the line where the body's text begins
    end: int


def body_label(line: str, forms: Iterable[LabelForm] = FORMS) -> BodyLabel | None:
    """The note label a line starts with, in one of *forms*, or None."""
    for form in forms:
        m = form.body.match(line)
        if m:
            return BodyLabel(form, normalise(m.group(1)), m.end())
    return None


def markers(text: str, form: LabelForm) -> list[str]:
    """The labels of the markers of *form* in *text*, in order, normalised."""
    return [normalise(m.group(1)) for m in form.marker.finditer(text)]


def confirmed(running_text: str, body_lines: Iterable[str]) -> tuple[LabelForm, ...]:
    """The label forms a witness uses for its notes.

    :param running_text: the witness's running text (no header, notes or furniture)
    :param body_lines: the lines of the notes section
    :return: :data:`BRACKET`, and each other form whose bodies' labels are
        exactly the labels of its markers in the running text, each marker once
    """
    bodies: dict[str, set[str]] = {}
    for line in body_lines:
        found = body_label(line)
        if found:
            bodies.setdefault(found.form.name, set()).add(found.label)
    forms = [BRACKET]
    for form in FORMS[1:]:
        if form.name not in bodies:
            continue
        marked = markers(running_text, form)
        if form is BARE:
            # a glued number is also a unit (km2) or a name (G7): only the
            # numbers of the bodies count, and they must come once each, in order
            marked = [label for label in marked if label in bodies[form.name]]
            if marked != sorted(marked, key=int):
                continue
        if len(marked) == len(set(marked)) and set(marked) == bodies[form.name]:
            forms.append(form)
    return tuple(forms)


def sort_key(label: str) -> tuple[int, int, str]:
    """Numbers in numerical order, then letters in alphabetical order."""
    return (0, int(label), "") if label.isdigit() else (1, 0, label)
