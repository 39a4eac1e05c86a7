"""Notes marked with signs whose sequence restarts on each page, as an old book prints them.

A book of the nineteenth century calls its notes with signs, not numbers: ``*``,
``†``, ``‡``, ``§``, ``‖``, ``¶``, in that order, the sequence beginning again on
each printed page, each note's text at the foot of its own page. The ``*`` of
page 3 and the ``*`` of page 4 are two notes. So the notes are read page by page
(:func:`page_sign_notes`): a page's markers, glued to a word or its punctuation
("vicar,*"), are paired with the bodies at its foot, in order, sign for sign.

An OCR disguises some signs: a dagger read as ``t`` or ``+``, a double dagger as
``J`` or ``X``, a double bar as ``||`` or ``II``, an asterisk as ``\\*``. A
disguised sign is read as the sign only where the page confirms it: its body at
the page's foot stands in the sign's place in the sequence ("t Register …" as the
second note, after "* The Rev. …"), and its marker is glued to punctuation
("register.t") or to a word that is a word without it and none with it
("registert"); "at", "it", "But", a plus sign in a formula and "||" in code stay
text. Every such reading is in the apparatus.

The reading is the witness's only when it shows that form: a sign called on more
than one page, a disguised sign confirmed, or a sign of the later ones (``§``,
``‖``, ``¶``) called; otherwise the notes at the pages' feet are read as before
(:func:`edition.witness.layout.page_foot_blocks`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import is_word
from .reading import Line, Witness
from .script import words

#: the signs in the order a page uses them
SEQUENCE = "*†‡§‖¶"
#: a sign as an OCR may give it, with the sign it stands for; the first of each is the sign itself
DISGUISES = {"\\*": "*", "∗": "*", "t": "†", "+": "†", "J": "‡", "X": "‡", "||": "‖", "II": "‖"}
#: the disguises an OCR gives a sign, recorded where read as the sign (TeX's asterisk ``∗`` is the asterisk)
DISGUISED_SIGNS = frozenset({"\\*", "t", "+", "J", "X", "||", "II"})
#: the signs themselves, as a witness may print them
TRUE_SIGNS = "*∗†‡§‖¶"
#: the disguises that are letters or a plus: never a sign by their own form
_LOOKALIKE = frozenset({"t", "+", "J", "X", "||", "II"})
#: how a sentence ends, its quotation or its bracket closed
SENTENCE_ENDS = (".", "!", "?", ".”", '."', ".)", ".’")
#: the page's furniture that bounds a page where the text shows no form feeds
PAGE_EDGE_KINDS = frozenset({"page number", "running head", "signature"})
#: the most lines of the notes at one page's foot
FOOT_MAX_LINES = 20
#: a note's body at the start of a line: a sign (or a disguise), then its text
BODY_RE = re.compile(r"^\s*(?:(\\\*|\*|∗|†|‡|§|‖|¶)[ \t]*(?=[^\s*∗†‡§‖¶|])(?!\S*\1)|(\|\||II|t|\+|J|X)[ \t]+(?=\S))")
#: a sign glued to a word or its punctuation in the running text ("vicar,*", "Chen†"), not a run of
#: signs ("B***") nor a name's pattern ("heading_*")
MARKER_RE = re.compile(r"(?<=[^\s\\*∗†‡§‖¶_|])(\\\*|\*|∗|†|‡|§|‖|¶)(?![*∗†‡§‖¶\w])")
#: a disguised sign glued to punctuation ("register.t", "roof.J", "parish,+")
PUNCT_DISGUISE_RE = re.compile(r"(?<=[^\W\d_][.,;:!?’'”)])(t|\+|J|X|\|\||II)(?=[\s.,;:!?]|$)")
#: a disguised sign glued to a word ("registert", "parishJ", "field+", "roof||"): the word without it is checked
WORD_DISGUISE_RE = re.compile(r"(?<![\w+|])([^\W\d_]{2,}?)(t|\+|J|X|\|\||II)(?=[\s.,;:!?]|$)")
#: a number in a line of a page's furniture: the page's printed number
PAGE_NUMBER_IN_RE = re.compile(r"(?<![\d.,])(\d{1,4})(?![\d.,])")


class SignNote(NamedTuple):
    """A note at a page's foot, labelled by its sign."""

    label: str
    #: the line numbers of its lines, its sign's line first
    lines: list[int]
    #: the offset in its first line where its text begins (its sign and the space after it aside)
    text_from: int
    #: the sign as the witness prints it (``t`` for ``†``)
    printed: str


class SignMarker(NamedTuple):
    """A marker in the running text, with the witness offsets of its sign."""

    start: int
    end: int
    label: str
    #: the sign as the witness prints it
    printed: str
    #: whether it has a body at the page's foot
    paired: bool


class SignNotes(NamedTuple):
    """The notes of a text whose sign sequence restarts on each page (:func:`page_sign_notes`)."""

    notes: list[SignNote]
    markers: list[SignMarker]
    #: how many pages have notes
    pages: int

    @property
    def labels(self) -> frozenset[str]:
        return frozenset(n.label for n in self.notes)


NONE = SignNotes([], [], 0)


def _pages(witness: Witness, furniture: dict[int, str]) -> list[tuple[int, int]]:
    """The pages as (first line, line after the last): by the form feeds, or else cut at the lines of the
    pages' furniture (a page number, a running head), which stand at a page's top or foot."""
    end = len(witness.lines) + 1
    if witness.page_starts:
        bounds = [1, *sorted(witness.page_starts), end]
        return list(zip(bounds, bounds[1:], strict=False))
    cuts = [n for n, what in sorted(furniture.items()) if what in PAGE_EDGE_KINDS]
    pages, start = [], 1
    for n in cuts:
        if n > start:
            pages.append((start, n))
        start = n + 1
    pages.append((start, end))
    return pages


def _body(text: str) -> tuple[str, str, int] | None:
    """The sign a line of a note's body begins with: (the sign it stands for, as printed, where the text
    begins), or None."""
    m = BODY_RE.match(text)
    if m is None:
        return None
    printed = m.group(1) or m.group(2)
    if printed in _LOOKALIKE and not text[m.end():m.end() + 1].isupper():
        return None  # "t" before a word in lower case is a word's end broken off, no sign
    return DISGUISES.get(printed, printed), printed, m.end()


def _foot(page: list[Line]) -> list[tuple[str, str, int, list[Line]]] | None:
    """The notes at a page's foot: (sign, sign as printed, where its text begins, its lines), or None.

    The foot is the page's last lines, from a line that begins with a sign itself (no disguise); each
    next note begins with a sign not yet used on the page, a disguise only in its place in the sequence;
    a sign used twice is a list's: the foot begins lower, at the next line with a sign, if any."""
    window = page[-FOOT_MAX_LINES:]
    firsts = [i for i, x in enumerate(window) if (b := _body(x.text)) is not None and b[1] not in _LOOKALIKE]
    for first in firsts:
        if first == 0 and len(window) == len(page):
            continue  # a page of nothing but would-be notes has no running text to call them
        notes = _notes_from(window[first:])
        if notes is not None:
            return notes
    return None


def _notes_from(lines: list[Line]) -> list[tuple[str, str, int, list[Line]]] | None:
    """The notes of a page's foot from its first line (:func:`_foot`), or None where a sign stands twice."""
    notes: list[tuple[str, str, int, list[Line]]] = []
    for x in lines:
        b = _body(x.text)
        if b is not None and b[1] in _LOOKALIKE and (len(notes) >= len(SEQUENCE) or SEQUENCE[len(notes)] != b[0]):
            b = None  # a disguise out of its place: the note's next line
        if b is not None and b[0] in {n[0] for n in notes}:
            return None  # the same sign again: a list's items
        last = notes[-1][3][-1] if notes else None
        if b is None and last is not None and x.lineno > last.lineno + 1 \
                and last.text.rstrip().endswith(SENTENCE_ENDS) and x.text.lstrip()[:1].isupper():
            return None  # a sentence ended, a blank line, a capital: a paragraph of the text below, no note's
        if b is not None:
            notes.append((b[0], b[1], b[2], [x]))
        else:
            notes[-1][3].append(x)
    return notes


def _markers(witness: Witness, lines: list[Line], signs: set[str]) -> list[tuple[int, int, str, str]]:
    """The markers of a page's running text, in order: (start, end, sign, as printed). Signs themselves
    anywhere; the disguises of *signs* only (those the page's foot has a body for)."""
    found: list[tuple[int, int, str, str]] = []
    text = witness.text
    for line in lines:
        segment = text[line.start:line.end]
        for m in MARKER_RE.finditer(segment):
            found.append((line.start + m.start(1), line.start + m.end(1), DISGUISES.get(m.group(1), m.group(1)),
                          m.group(1)))
        if not signs & {"†", "‡", "‖"}:
            continue
        for m in PUNCT_DISGUISE_RE.finditer(segment):
            if DISGUISES[m.group(1)] in signs:
                found.append((line.start + m.start(1), line.start + m.end(1), DISGUISES[m.group(1)], m.group(1)))
        for m in WORD_DISGUISE_RE.finditer(segment):
            stem, sign = m.group(1), m.group(2)
            if DISGUISES[sign] in signs and is_word(stem) and (not sign.isalpha() or not is_word(stem + sign)):
                found.append((line.start + m.start(2), line.start + m.end(2), DISGUISES[sign], sign))
    return sorted(set(found))


def _page_number(witness: Witness, furniture: dict[int, str], start: int, end: int) -> str:
    """The number the page prints in its furniture (its page number, its running head's), or "": its own
    lines where form feeds show the pages; else the running head above it, or the page number below it (a
    running head below it is the next page's, a page number above it the last page's foot)."""
    around: list[tuple[int, tuple[str, ...]]]
    if witness.page_starts:
        around = [(n, ("page number", "running head")) for n in range(start, end)]
    else:
        around = [(start - 1, ("running head",)), (end, ("page number",))]
    for n, kinds in around:
        if 0 < n <= len(witness.lines) and furniture.get(n) in kinds:
            m = PAGE_NUMBER_IN_RE.search(witness.lines[n - 1].text)
            if m:
                return m.group(1)
    return ""


#: a page's notes at its foot: (sign, sign as printed, where its text begins, its lines)
_Foot = list[tuple[str, str, int, list[Line]]]
#: a page's markers: (start, end, sign, sign as printed, whether a body pairs with it)
_Kept = list[tuple[int, int, str, str, bool]]


def _read_page(witness: Witness, page: list[Line]) -> tuple[_Foot, _Kept, bool]:
    """A page's notes and markers, paired (:func:`page_sign_notes`), and whether a pair shows the form of
    restarting signs by itself (a disguise, or a sign of the later ones)."""
    foot = _foot(page) if page else None
    above = page if foot is None else page[:page.index(foot[0][3][0])]
    marks = _markers(witness, above, {n[0] for n in foot} if foot else set())
    paired: set[int] = set()
    confirmed = False
    for sign, printed, _, _ in foot or []:
        k = next((i for i, m in enumerate(marks) if i not in paired and m[2] == sign), None)
        if k is not None:
            paired.add(k)
            confirmed = confirmed or printed in _LOOKALIKE or marks[k][3] in _LOOKALIKE or sign in "§‖¶"
    kept = [(*m, i in paired) for i, m in enumerate(marks) if i in paired or m[3] not in _LOOKALIKE]
    # no marker of the page calls its would-be notes: a list, the text's
    return (foot or []) if paired else [], kept, confirmed


def page_sign_notes(witness: Witness, furniture: dict[int, str]) -> SignNotes:
    """The notes of a text that marks them with signs restarting on each page (the module's words).

    Each page's notes are its foot's bodies (:func:`_foot`) when one of them is called by a marker of the
    page above them; each body is paired with the page's first unpaired marker of its sign, in order. A
    body without a marker stays a note (no marker calls it); a marker of a sign itself without a body stays
    a marker (no text for it); a disguise without a body stays text.

    :param furniture: the lines of the pages' furniture found so far, by line number
    """
    if not any(sign in witness.text for sign in TRUE_SIGNS):
        return NONE  # a page's notes begin with a sign itself: a text without one has none
    found: list[tuple[str, _Foot, _Kept]] = []
    confirmed = False
    pages = _pages(witness, furniture)
    numbers = _numbers([_page_number(witness, furniture, start, end) for start, end in pages])
    for number, (start, end) in zip(numbers, pages, strict=True):
        page = [x for x in witness.lines[start - 1:end - 1] if not x.blank and x.lineno not in furniture]
        foot, kept, shown = _read_page(witness, page)
        confirmed = confirmed or shown
        if foot or kept:
            found.append((number, foot, kept))
    # the form is the witness's: a sign on more than one page, or a disguise or a later sign confirmed
    pages_of: dict[str, set[int]] = {}
    for k, (_, foot, kept) in enumerate(found):
        for sign in [n[0] for n in foot] + [m[2] for m in kept if m[4]]:
            pages_of.setdefault(sign, set()).add(k)
    if not (confirmed or any(len(p) > 1 for p in pages_of.values())):
        return NONE
    return _labelled(found)


def _numbers(printed: list[str]) -> list[str]:
    """The pages' numbers: each page's printed one, a page without one numbered on from the page before
    ("3", "", "" → "3", "4", "5") or back from the page after ("", "4" → "3", "4"), else by its place."""
    out = [str(i + 1) for i in range(len(printed))]
    after: tuple[int, int] | None = None
    for i in range(len(printed) - 1, -1, -1):  # back from the next printed number
        if printed[i]:
            after = (i, int(printed[i]))
        elif after is not None and after[1] - (after[0] - i) > 0:
            out[i] = str(after[1] - (after[0] - i))
    before: tuple[int, int] | None = None
    for i, n in enumerate(printed):  # on from the last printed number, first
        if n:
            before = (i, int(n))
            out[i] = n
        elif before is not None:
            out[i] = str(before[1] + i - before[0])
    return out


def _labelled(found: list[tuple[str, _Foot, _Kept]]) -> SignNotes:
    """The pages' notes and markers labelled: a sign used on one page only keeps its label (``*``); one used on
    several is labelled with its page, the page's printed number where its furniture has one, else the number
    its neighbours give it (:func:`_numbers`): ``p.4*``; ``p.4.2*`` where two pages have one number ("p4" would
    be a paragraph's id)."""
    used: dict[str, set[int]] = {}
    for k, (_, foot, kept) in enumerate(found):
        for sign in [n[0] for n in foot] + [m[2] for m in kept]:
            used.setdefault(sign, set()).add(k)
    notes: list[SignNote] = []
    markers: list[SignMarker] = []
    taken: set[str] = set()
    for k, (number, foot, kept) in enumerate(found):
        names = {}
        for sign in sorted({n[0] for n in foot} | {m[2] for m in kept}):
            name = sign if len(used[sign]) == 1 else f"p.{number}{sign}"
            names[sign] = name if name not in taken else f"p.{number}.{k + 1}{sign}"
        taken.update(names.values())
        notes += [SignNote(names[sign], [x.lineno for x in lines], at, printed) for sign, printed, at, lines in foot]
        markers += [SignMarker(s, e, names[sign], printed, ok) for s, e, sign, printed, ok in kept]
    return SignNotes(notes, markers, sum(1 for _, foot, _ in found if foot))


#: the most words of a line in a run of short lines (a footer's links, one to a line)
SHORT_LINE_WORDS = 4


def broken_off_end(witness: Witness, furniture: dict[int, str]) -> tuple[int, str] | None:
    """Where a text breaks off mid-word at its end, as a truncated copy does: its last line of text (the
    pages' furniture aside) ends in a word's letters and a hyphen ("… the parish regis-"), or in letters in
    lower case, no stop after them, that are no word of the language nor of the text elsewhere ("… the parish
    regis"). A heading, a name, a number, a sentence broken off between words are no broken word.

    :return: (the line's number, the broken word as it stands), or None
    """
    last = next((x for x in reversed(witness.lines) if not x.blank and x.lineno not in furniture), None)
    if last is None:
        return None
    above = witness.lines[last.lineno - 2] if last.lineno >= 2 else None
    if above is not None and not above.blank and all(
            len(words(x.text)) <= SHORT_LINE_WORDS for x in (above, last)):
        return None  # a run of short lines at the end (a footer's links, one to a line): no sentence broken off
    m = re.search(r"(?<![\w'’-])([^\W\d_]{2,})(-?)$", last.text.rstrip())
    if m is None or not m.group(1).islower():
        return None
    word = m.group(1)
    if m.group(2):
        return last.lineno, m.group(0)
    body = witness.text[:last.start + m.start(1)]
    if is_word(word) or re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", body, re.IGNORECASE):
        return None
    return last.lineno, word
