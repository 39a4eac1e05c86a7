"""The papers of a numbered series in one file: their numbered headings, their heads, their signatures.

A plain-text copy may hold several papers of a series, one after another, as
a newspaper printed them ("FEDERALIST. No. 1", "FEDERALIST. No. 2", …). Each
paper opens with its numbered heading, its title, the paper it was printed in
and its author's name in capitals ("HAMILTON"), and closes with the series'
signature ("PUBLIUS.") under its last paragraph, its own notes after it. These
lines recur once a paper, as a running head recurs once a page, and the heading
and the signature are in capitals as a heading often is; none of them is a
running head, and only the numbered heading (and the paper's title under it)
heads anything:

- the numbered headings (:func:`series_headings`): lines "NAME. No. N" or
  "No. N" standing alone, two at least, their numbers rising, the words before
  the number the same in each;
- the paper's head (:func:`read_papers`): the short lines under a numbered
  heading down to its first paragraph of prose, where a name in capitals with
  no stop ("HAMILTON", "HAMILTON AND MADISON") is the paper's byline: its
  author, never a heading, never recased;
- a signature (:func:`signature_lines`): a name in capitals with its stop,
  alone on its line ("PUBLIUS.", "A FARMER."), under a paragraph that ends a
  sentence, with nothing after it down to the next numbered heading or the
  text's end but note bodies ("1 The same idea …"). It closes its paper and
  stays in the text.

The forms are found with one scan of the whole text each, for a literal the
search skips to (a numbered heading's "N", a line break), never a pattern
tried on every line or at every character.

Tested in ``tests/test_series.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .reading import Line
from .script import words

#: a numbered heading of a series: "FEDERALIST. No. 1", "THE FEDERALIST No. 12", "No. 3", "No. IV."; group
#: ``name`` is the series' words before the number (perhaps none), ``number`` the number
SERIES_HEADING_RE = re.compile(
    r"[ \t]*(?P<name>(?:[A-Z][\w’'-]*\.?,?[ \t]+){0,3})(?:No\.|NO\.|Number|NUMBER|№)[ \t]*"
    r"(?P<number>\d{1,4}|[IVXLC]{1,9})\.?[ \t]*"
)
#: the end of a line that may be a numbered heading, searched for first: its literal "N" lets the search skip
#: the text fast (a pattern anchored at each line's start is tried at every character)
_NUMBER_END_RE = re.compile(r"N(?:o\.|O\.|umber|UMBER)[ \t]*(?:\d{1,4}|[IVXLC]{1,9})\.?[ \t]*(?=\n|\Z)")
_NUMBER_SIGN_END_RE = re.compile(r"№[ \t]*(?:\d{1,4}|[IVXLC]{1,9})\.?[ \t]*(?=\n|\Z)")
#: the series' name in capitals on the line above its number ("THE FEDERALIST." over "No. II."): one heading
SERIES_NAME_RE = re.compile(r"[ \t]*[A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,3}\.?[ \t]*")
#: a signature: a name in capitals of one to three words, with its stop, alone on its line ("PUBLIUS."), after
#: the line break before it (a literal the search skips to)
SIGNATURE_RE = re.compile(r"\n[ \t]*([A-Z][A-Z’'-]+(?:[ \t]+[A-Z][A-Z’'-]+){0,2}\.)[ \t]*(?=\n|\Z)")
#: a byline in capitals in a paper's head: a name of one to three words, or names joined by "AND", "OR",
#: "WITH" or a comma ("HAMILTON", "HAMILTON OR MADISON", "MADISON, WITH HAMILTON"), no stop
BYLINE_CAPITALS_RE = re.compile(
    r"^[A-Z][A-Z’'.-]+(?:(?:,?[ \t]+(?:AND|OR|WITH|&)[ \t]+|,[ \t]*|[ \t]+)[A-Z][A-Z’'.-]+){0,3}$"
)
#: words that make a line in capitals a heading's, never a name's ("THE UNION", "OF LIBERTY")
NOT_NAME_WORDS = frozenset(
    "THE OF TO IN ON FOR A AN BY FROM AT IS ARE NOTES NOTE FOOTNOTES ENDNOTES REFERENCES SOURCES CONTENTS "
    "INTRODUCTION CONCLUSION APPENDIX END FINIS".split())
#: a note body's first line: a number, a sign or a number in brackets, then its text
NOTE_BODY_START_RE = re.compile(r"^\s*(?:\d{1,3}|[*†‡]|\[\d{1,3}\])\s+\S")
#: the most words of a line of a paper's head (its title, the paper it was printed in, its byline)
HEAD_LINE_MAX_WORDS = 14
#: the fewest numbered headings that make a series
SERIES_MIN = 2
#: the endings a paragraph's last line has when a signature may stand under it
SENTENCE_ENDS = (".", "?", "!", "”", "’", '"', "'", ")")

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


class Papers(NamedTuple):
    """The papers of a series that a witness holds, by their lines (1-based line numbers)."""

    #: each numbered heading's line, with its number
    headings: dict[int, int]
    #: the lines of the papers' heads under their numbered headings (the headings' lines not among them)
    heads: frozenset[int]
    #: the bylines in capitals among the heads' lines
    bylines: tuple[int, ...]
    #: the signatures closing the papers
    signatures: tuple[int, ...]
    #: the lines of the series' name above the numbers of its headings ("THE FEDERALIST." over "No. II.")
    names: frozenset[int] = frozenset()

    def lines(self) -> frozenset[int]:
        """Every line of the papers' own recurring forms: their headings, heads and signatures."""
        return frozenset(self.headings) | self.heads | frozenset(self.signatures) | self.names


#: a witness that holds no series
NONE = Papers({}, frozenset(), (), ())


def number_of(text: str) -> int:
    """The value of a number in figures or in Roman numerals ("12", "XII")."""
    if text.isdigit():
        return int(text)
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _line_of(starts: list[int], offset: int) -> int:
    """The 1-based number of the line of *text* that holds *offset*, given the lines' starts."""
    return bisect_right(starts, offset)


def _alone(lines: list[Line], lineno: int) -> bool:
    """Whether line *lineno* stands alone: a blank line (or the text's edge) above and below it."""
    above = lineno - 2
    below = lineno
    return (above < 0 or lines[above].blank) and (below >= len(lines) or lines[below].blank)


def name_above(lines: list[Line], lineno: int) -> int | None:
    """The line of the series' name in capitals over the number on line *lineno* ("THE FEDERALIST." over
    "No. II."), the two standing alone together, or None."""
    if lineno < 2 or lines[lineno - 2].blank or not SERIES_NAME_RE.fullmatch(lines[lineno - 2].text):
        return None
    below_blank = lineno >= len(lines) or lines[lineno].blank
    return lineno - 1 if below_blank and (lineno < 3 or lines[lineno - 3].blank) else None


def series_headings(text: str, lines: list[Line]) -> dict[int, int]:
    """The numbered headings of the papers *text* holds, by line number, with their numbers: lines of
    :data:`SERIES_HEADING_RE` standing alone, at least :data:`SERIES_MIN`, the same words before the number
    in each, the numbers rising from one to the next; or one, the text's first line (a paper copied alone).
    A masthead's "Vol. 3, No. 2" repeated on each page
    keeps its number, and a list's "No. 1", "No. 2" items stand together, not alone. The series' name may
    stand on the line above the number (:func:`name_above`)."""
    starts = [line.start for line in lines]
    found: dict[str, list[tuple[int, int]]] = {}
    ends = [*_NUMBER_END_RE.finditer(text), *(_NUMBER_SIGN_END_RE.finditer(text) if "№" in text else ())]
    for end in sorted(ends, key=lambda e: e.start()):
        lineno = _line_of(starts, end.start())
        if not (m := SERIES_HEADING_RE.fullmatch(lines[lineno - 1].text)):
            continue
        above = None if _alone(lines, lineno) else name_above(lines, lineno)
        if above is None and not _alone(lines, lineno):
            continue
        words = (lines[above - 1].text + " " if above else "") + m.group("name")
        name = " ".join(words.replace(".", " ").replace(",", " ").split()).casefold()
        found.setdefault(name, []).append((lineno, number_of(m.group("number"))))
    out: dict[int, int] = {}
    first = next((x.lineno for x in lines if not x.blank), 0)
    for copies in found.values():
        numbers = [n for _, n in copies]
        if (len(copies) >= SERIES_MIN and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))
                or copies == [(first, numbers[0])]):
            out.update(copies)  # one paper of the series alone: its numbered heading the text's first line
    return out


def _prose(line: Line) -> bool:
    """A line of a paragraph's prose, not a line of a head: longer than a head's line, or ending mid-sentence
    with the next line going on, or a salutation ("To the People of the State of New York:")."""
    stripped = line.text.strip()
    return len(words(stripped)) > HEAD_LINE_MAX_WORDS or stripped.endswith(":")


def _head_lines(lines: list[Line], heading: int) -> list[Line]:
    """The lines of the head under the numbered heading on line *heading*: the short lines standing alone
    down to the first line of prose or the first block of two lines or more."""
    out: list[Line] = []
    i = heading  # the line after the heading, 0-based
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.blank:
            continue
        if _prose(line) or not _alone(lines, line.lineno):
            break
        out.append(line)
    return out


def byline_capitals(text: str) -> bool:
    """Whether *text* is a name (or names) in capitals as a paper's head prints its author ("HAMILTON")."""
    stripped = text.strip()
    return bool(BYLINE_CAPITALS_RE.match(stripped)) and not any(
        w.strip(",.") in NOT_NAME_WORDS for w in stripped.split())


def signature_lines(text: str, lines: list[Line], headings: dict[int, int] | frozenset[int]) -> tuple[int, ...]:
    """The signatures closing the papers (:data:`SIGNATURE_RE`): alone on their lines, under a line that ends
    a sentence, nothing but note bodies after them down to the next numbered heading or the text's end.

    :param headings: the lines of the numbered headings (and of the series' names above their numbers)
    """
    starts = [line.start for line in lines]
    out = []
    for m in SIGNATURE_RE.finditer(text):
        lineno = _line_of(starts, m.start(1))
        if not _alone(lines, lineno) or lineno in headings or not byline_capitals(m.group(1)[:-1]):
            continue
        above = next((x for x in reversed(lines[:lineno - 1]) if not x.blank), None)
        if above is None or not above.text.rstrip().endswith(SENTENCE_ENDS) or (
                len(words(above.text)) < 4 and _alone(lines, above.lineno)):
            continue  # a heading over the text, or a line of a list: no paragraph's end above it
        closes = True
        previous_blank = True
        for x in lines[lineno:]:
            if x.lineno in headings:
                break
            if not x.blank and previous_blank and not NOTE_BODY_START_RE.match(x.text):
                closes = False  # a paragraph of the text goes on under it: a heading in capitals
                break
            previous_blank = x.blank
        if closes:
            out.append(lineno)
    return tuple(out)


#: the address of a public letter to its readers, under its byline: "To the People of the State of New York:"
ADDRESS_RE = re.compile(r"^\s*To\s+(?:the\s+)?[A-Z][^.!?]*:\s*$")


def _byline_over_address(lines: list[Line]) -> tuple[int, ...]:
    """The byline in capitals of a paper copied alone, without its numbered heading: the last of the short
    lines standing alone at the text's top, a name in capitals ("HAMILTON"), right above the paper's address
    to its readers ("To the People of the State of New York:"). A heading in capitals stands over prose."""
    head = _head_lines(lines, 0)
    if not head or not byline_capitals(head[-1].text):
        return ()
    below = next((x for x in lines[head[-1].lineno:] if not x.blank), None)
    return (head[-1].lineno,) if below is not None and ADDRESS_RE.match(below.text) else ()


def read_papers(text: str, lines: list[Line]) -> Papers:
    """The papers of a series *text* holds: their headings, heads, bylines and signatures (a text of one
    paper, with no numbered heading, only its signature and its byline over its address)."""
    headings = series_headings(text, lines)
    names = frozenset(n for h in headings if (n := name_above(lines, h)) is not None)
    signatures = signature_lines(text, lines, frozenset(headings) | names)
    if not headings:
        return NONE._replace(signatures=signatures, bylines=_byline_over_address(lines))
    heads = [x for n in sorted(headings) for x in _head_lines(lines, n)]
    bylines = tuple(x.lineno for x in heads if byline_capitals(x.text))
    return Papers(headings, frozenset(x.lineno for x in heads), bylines, signatures, names)


#: a note body's number at its start ("1 The same idea …", "[2] Ibid.")
_NOTE_NUMBER_RE = re.compile(r"^\s*\[?(\d{1,3})\]?\s+\S")


def notes_renumbered(lines: list[Line], papers: Papers) -> tuple[int, str] | None:
    """The first note body whose number a note under an earlier paper's signature has already taken, as
    (line number, number), or None: the papers number their notes anew, each from 1, and a number then
    stands for a note of each paper. The edition pairs a number with one note in a text, so such notes
    stay in the text as paragraphs, their markers unpaired: the editor is told."""
    if len(papers.signatures) < SERIES_MIN:
        return None
    seen: set[str] = set()
    bounds = [*papers.signatures, len(lines) + 1]
    for start, end in zip(bounds, bounds[1:], strict=False):
        ends = [n for n in papers.headings if start < n < end]
        mine: set[str] = set()
        previous_blank = True
        for x in lines[start:min([end - 1, *ends])]:
            if previous_blank and (m := _NOTE_NUMBER_RE.match(x.text)):
                if m.group(1) in seen:
                    return x.lineno, m.group(1)
                mine.add(m.group(1))
            previous_blank = x.blank
        seen |= mine
    return None
