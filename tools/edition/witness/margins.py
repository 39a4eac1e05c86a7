"""Line numbers printed in a page's margin, as a book's proof numbers its lines.

A proof numbers the lines of each page in its margin, from 1 down the page ("1", "2", …, "32S", "33R": the
last lines flagged for the press), at the left edge of a left-hand page and the right edge of a right-hand one.
An extraction keeping the layout sets each number at the edge of its line, apart by spaces or glued to the
line's last word ("Laws of In16"), and alone on a line where the page's line is blank. The numbers are the
proof's furniture, never the text's: each is set aside where it stands, and the words on either side run on
(:func:`margin_numbers`).

The form is the sequence: at least :data:`MARGIN_RUN_MIN` numbers counting on by one, line after line, at
the same edge of a page (a line without one between them, a heading set in the middle, at most
:data:`MARGIN_GAP_MAX`), over lines of running prose (a table's rows numbered "1  Alabama  4.5" are its own,
and so are a numbered list's items, each a sentence of its own on its line).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .reading import Line, Witness

#: the kind of a line number set aside
MARGIN_NUMBER = "line number in the margin"
#: a line's number alone on its line (the page's line blank), a press mark "S", "R" before or after it
LONE_RE = re.compile(r"^\s*[SR]?(\d{1,3})[SR]?\s*$")
#: a line's number at the line's left edge, apart from its words by two spaces or more
LEFT_RE = re.compile(r"^ {0,2}[SR]?(\d{1,3})[SR]?\s{2,}(?=\S)")
#: a line's number at the line's right edge, apart from its words by two spaces or more, or glued to the last
#: word (never to a digit: "1999" is a year)
RIGHT_RE = re.compile(r"(?:(?<=\S)\s{2,}|(?<=[^\W\d_]))[SR]?(\d{1,3})[SR]?\s*$")
#: the fewest numbers counting on that make a margin's numbering
MARGIN_RUN_MIN = 8
#: the most lines without a number between two numbers of the sequence (a heading, a folio)
MARGIN_GAP_MAX = 3
#: the fewest words of a numbered line's text, on most lines: prose, no table's row
PROSE_WORDS_MIN = 5


#: a page's number, arabic or roman in lower case, alone or beside a running head's words in capitals ("xiii",
#: "xiv PREFACE", "PREFACE xv", "2 FREE CULTURE")
FOLIO_RE = re.compile(r"^\s*(?:(?P<n>[ivxlc]{1,7}|\d{1,4})(?:\s+(?P<after>[A-Z][A-Z ]*[A-Z]))?"
                      r"|(?P<before>[A-Z][A-Z ]*[A-Z])\s+(?:[ivxlc]{1,7}|\d{1,4}))\s*$")
#: the kinds of a page's number and of its running head, as :mod:`furniture` names them
PAGE_NUMBER = "page number"
RUNNING_HEAD = "running head"


class MarginNumber(NamedTuple):
    """A line number in the margin, set aside: its line and where it stands in the line's text (the spaces
    between it and the words with it); or the page's number under them (its running head), the whole line."""

    lineno: int
    start: int
    end: int
    kind: str = MARGIN_NUMBER


def _candidates(line: Line) -> list[tuple[int, int, int]]:
    """The numbers *line* may carry at its edges: (number, start, end) in the line's text."""
    head, tail = line.text.lstrip()[:2], line.text.rstrip()[-1:]
    if not (head[:1].isdigit() or (head[:1] in "SR" and head[1:2].isdigit())
            or tail.isdigit() or (tail != "" and tail in "SR")):
        return []  # no number at either edge (said first: most lines of a text)
    if m := LONE_RE.match(line.text):
        return [(int(m.group(1)), 0, len(line.text))]
    found = []
    if m := LEFT_RE.match(line.text):
        found.append((int(m.group(1)), m.start(), m.end()))
    if m := RIGHT_RE.search(line.text):
        found.append((int(m.group(1)), m.start(), len(line.text)))
    return found


def _prose(run: list[tuple[Line, int, int]]) -> bool:
    """Whether the lines of *run* that have words besides their number are running prose, most of them: a
    line's worth of words, not a table's few cells; the numbers all at one edge of the page; and most lines no
    whole sentence of their own (a capital at its start, a stop at its end), as a page's lines broken where the
    measure ends are, never the items of a numbered list ("1  The committee shall meet …." one to a line)."""
    worded = [(line.text, start, end) for line, start, end in run if (line.text[:start] + line.text[end:]).strip()]
    if not worded:
        return False
    texts = [text[:start] + text[end:] for text, start, end in worded]
    if 2 * sum(len(t.split()) >= PROSE_WORDS_MIN for t in texts) <= len(worded):
        return False
    if len({start == 0 for _, start, _ in worded}) > 1:
        return False  # numbers at the left of some lines and at the right of others: no margin's numbering
    whole = sum(t.strip()[:1].isupper() and t.strip()[-1:] in ".!?:;" for t in texts)
    return 2 * whole < len(worded)


def margin_numbers(witness: Witness) -> list[MarginNumber]:
    """The line numbers of the pages' margins (module docstring), each where it stands: a line's whole text
    where the number stands alone (start 0, end the line's length)."""
    if not any(line.text[:1].isdigit() or line.text.rstrip()[-1:].isdigit() for line in witness.lines):
        return []
    bounds = [1, *sorted(witness.page_starts), len(witness.lines) + 1]
    found: list[MarginNumber] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        for run in _runs(witness.lines[start - 1:end - 1]):
            if len(run) >= MARGIN_RUN_MIN and _prose(run):
                found.extend(MarginNumber(line.lineno, a, b) for line, a, b in run)
                folio = _folio_under(witness, run[-1][0].lineno, end)
                if folio is not None:
                    found.append(folio)
    return found


def _runs(page: list[Line]) -> list[list[tuple[Line, int, int]]]:
    """The runs of numbers counting on by one at the edges of the lines of *page*, each number with its line
    and its place in it; a line without one, or with a number out of the sequence, may stand between two of a
    long run (at most :data:`MARGIN_GAP_MAX` lines)."""
    runs: list[list[tuple[Line, int, int]]] = []
    run: list[tuple[Line, int, int]] = []
    last = gap = 0
    for line in page:
        if line.blank:
            continue
        options = _candidates(line)
        following = next(((a, b) for n, a, b in options if run and n == last + 1), None)
        if following is not None:
            run.append((line, *following))
            last, gap = last + 1, 0
            continue
        gap += 1
        if gap > MARGIN_GAP_MAX or (options and len(run) < MARGIN_RUN_MIN):
            # the sequence broken off (a number out of it inside a long one is a gap's line)
            runs.append(run)
            run = []
            if options:
                n, a, b = options[0]
                run, last, gap = [(line, a, b)], n, 0
    return [*runs, run]


def _folio_under(witness: Witness, lineno: int, end: int) -> MarginNumber | None:
    """The page's number (or its running head with it) on the first line with words under line *lineno*, the
    last numbered in the margin, before the page's end *end*: the proof's folio, set under its lines (a line
    numbered in the margin the page's last of text), or None."""
    below = next((x for x in witness.lines[lineno:end - 1] if not x.blank), None)
    if below is None or not (m := FOLIO_RE.match(below.text)):
        return None
    return MarginNumber(below.lineno, 0, len(below.text),
                        RUNNING_HEAD if m.group("after") or m.group("before") else PAGE_NUMBER)
