"""Two columns that an extraction merged line by line.

``pdftotext -layout`` sets a page of two columns as it stands: each line holds
a line of the left column, a wide gap, and the line of the right column beside
it ("The council met in secret and its      the elections were held in the
spring,"). Read as lines, the text runs across both columns, a half-sentence
of each in turn. Where a page shows a gutter at one place, the edition parts
them (:func:`gutter_reading`, below); elsewhere it keeps the witness's order of
lines, finds them by their form and warns the editor to read the left column,
then the right (:func:`merged_columns`). Tests: ``tests/test_pdf_extractions.py``,
``tests/test_conversion_forms.py``.

Where the extraction read the columns' lines in turn, one of each (no gap
shows them), a word broken at a line's end goes on two lines below, not on the
next: "recon-" / "the army with great" / "struction of the church"
(:func:`alternating_columns`).

A page that shows no gutter as a whole may show one in a band of its lines
parted from the rest by blank lines (a title block and an abstract beside a
figure at the page's top, over columns the extraction ran together with a
single space): that band is read apart alone (:func:`_band_columns`).

A line holds two columns when a single gap of three spaces or more parts it
into two runs of prose of three words each, and the right run begins at the
same column as on the other such lines (within :data:`COLUMN_SLACK`): a table's
row has several gaps, a line of text indented after a short one no second run,
and a contents line's page number no prose.

A page of one column may set a column of captions and pull quotes in its right margin, beside the body's lines
or on lines of its own ("…the mostly Greek myths            About 4 years old"): the body is read without them,
its sentences joined, and each run of the margin's lines printed after the body's paragraph it stands beside
(:func:`_margin_column`, :func:`_margin_read`; tests: ``tests/test_pdf_margin_column.py``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple

from .lexicon import is_word
from .reading import Line, Witness, split_lines

#: a gap between two runs of a line: three spaces or more, or tabs
GAP_RE = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")
#: a word of prose: letters, with a stop or a comma after them
WORD_RE = re.compile(r"[^\W\d_]{2,}[.,;:!?’'”)]?")
#: the fewest words of prose on each side of the gap
SIDE_MIN_WORDS = 3
#: how far the right column's lines may begin from their common column
COLUMN_SLACK = 2
#: the fewest lines set in two columns, and their least share of the text's lines
MERGED_MIN_LINES = 8
MERGED_MIN_SHARE = 0.3


def _right_column(text: str) -> int | None:
    """Where the right run of a line of two columns begins (the module's form), or None."""
    if "   " not in text and "\t" not in text:
        return None
    gaps = list(GAP_RE.finditer(text))
    if len(gaps) != 1:
        return None
    left, right = text[:gaps[0].start()], text[gaps[0].end():]
    if len(WORD_RE.findall(left)) < SIDE_MIN_WORDS or len(WORD_RE.findall(right)) < SIDE_MIN_WORDS:
        return None
    return gaps[0].end()


def across_gutter(line: str, following: str) -> bool:
    """Whether *line* and the *following* line both hold two columns side by side, the right one beginning at
    the same place (the module's form, within :data:`COLUMN_SLACK`): the end of the first is the right column's,
    the start of the next the left column's, so that a word broken at the line's end goes on elsewhere, never
    at the next line's start ("incorpo-" / "violence, promote")."""
    right = _right_column(line)
    below = _right_column(following) if right is not None else None
    return below is not None and right is not None and abs(right - below) <= COLUMN_SLACK


def merged_columns(lines: list[Line]) -> tuple[int, int, int, int] | None:
    """Whether the text sets two columns side by side on its lines (the module's words).

    :return: the column where the right column begins, the first and the last line set so, and how many
        lines are set so; or None
    """
    text_lines = [x for x in lines if not x.blank]
    found = [(x.lineno, c) for x in text_lines if (c := _right_column(x.text)) is not None]
    need = max(MERGED_MIN_LINES, MERGED_MIN_SHARE * len(text_lines))
    if len(found) < need:
        return None
    counts = Counter(c for _, c in found)
    column = max(counts, key=lambda c: (sum(counts[c + d] for d in range(-COLUMN_SLACK, COLUMN_SLACK + 1)), -c))
    merged = [n for n, c in found if abs(c - column) <= COLUMN_SLACK]
    if len(merged) < need:
        return None
    return column, merged[0], merged[-1], len(merged)


#: a word broken at a line's end by its hyphen: its first part
BROKEN_END_RE = re.compile(r"(?<![\w-])([^\W\d_]{2,})-$")
#: the first word of a line
FIRST_WORD_RE = re.compile(r"^\s*([^\W\d_]+)")
#: the fewest words broken so, and their least share of the words broken at a line's end
ALTERNATING_MIN = 3
ALTERNATING_MIN_SHARE = 0.5


def alternating_columns(lines: list[Line]) -> tuple[int, int, int] | None:
    """Whether the lines alternate between two columns (the module's words): words broken at a line's end
    that are words only with the first word two lines below ("recon-" … "struction"), not with the next
    line's, :data:`ALTERNATING_MIN` of them at least and most of the words broken at a line's end.

    :return: the first and the last line of such a broken word, and how many; or None
    """
    text = [x for x in lines if not x.blank]
    across: list[int] = []
    joined = 0
    for i, line in enumerate(text[:-2]):
        m = BROKEN_END_RE.search(line.text.rstrip())
        if m is None:
            continue
        nxt, after = FIRST_WORD_RE.match(text[i + 1].text), FIRST_WORD_RE.match(text[i + 2].text)
        if nxt is not None and is_word(m.group(1) + nxt.group(1)):
            joined += 1
        elif after is not None and after.group(1).islower() and is_word(m.group(1) + after.group(1)):
            across.append(line.lineno)
    if len(across) < ALTERNATING_MIN or len(across) < ALTERNATING_MIN_SHARE * (len(across) + joined):
        return None
    return across[0], across[-1], len(across)


# -- Reading a page of two columns apart: the left column, then the right ------------------------------------
#
# ``pdftotext -layout`` sets a page of two columns side by side, so that its lines run across both. Where a
# page shows a gutter, a run of spaces at one place on nearly every line of the page, its columns are read
# apart (:func:`gutter_reading`): the lines above the columns that run across the gutter (a title, a byline),
# then the left column's halves of the lines, then the right column's, the right column read as a page of its
# own (so that a sentence broken at the left column's foot goes on at the right column's top, and a note at a
# column's foot is read as a page's). The gutter is found by the place of the columns' text alone: a page whose
# columns' baselines are offset, each line holding one column's line, is parted as one whose lines hold both,
# and no word is joined across its columns. The lines across the gutter below the columns (the page's foot, a
# journal's imprint) are read after them; a band across the page above or below them, parted by a blank line
# (a table and its caption), is read as it stands. A column that shows a gutter of its own is parted again (a
# page of three columns, :data:`GUTTER_DEPTH`). No character but the spaces between the columns is left out;
# every line of the reading names the witness's line it comes from, and the character of it where it begins,
# so that the apparatus names the witness's lines and offsets.
# A right column shorter than the left (two sections side by side at the page's top, the left going on alone
# below) is read apart as well, where the left holds prose on most lines (:data:`SHORT_RIGHT_MIN_LINES`). The
# lines above and below the columns are found before any line is read, each part bounded by the other, so that
# each witness line is read into one place (``tests/test_column_lines.py``).
# A page whose lines hold two runs of prose with no constant gutter is kept as it stands, and said so.

#: how a column's line ends a sentence, its quotation or bracket closed
SENTENCE_ENDS = (".", "!", "?", ":", ".”", '."', ".)", ".’")
#: the least width of a gutter between two columns, in spaces
GUTTER_MIN = 2
#: where a gutter may stand, as shares of the page's widest line
GUTTER_FROM, GUTTER_TO = 0.25, 0.75
#: the fewest lines of a page read as two columns
GUTTER_MIN_LINES = 12
#: the least share of a page's lines with a run of prose on the gutter's left, and on its right
GUTTER_PROSE_SHARE = 0.25
#: the lines above the columns that may run across the gutter: within this share of the page's lines
GUTTER_HEAD_SHARE = 0.25
#: a figure beside a column of prose: the least share of lines with prose on the right, and on the left
FIGURE_BESIDE_RIGHT_SHARE, FIGURE_BESIDE_LEFT_SHARE = 0.5, 0.2
#: a right column shorter than the left: the fewest lines of prose on its side, and the least share of the
#: columns' lines with prose on the left (:func:`_both_prose`)
SHORT_RIGHT_MIN_LINES, SHORT_RIGHT_LEFT_SHARE = 6, 0.75
#: the widest gutter, as a share of the width of the column on its left
GUTTER_MOST_SHARE = 0.5
#: how deep a page's columns are parted again (2: a column parted once more, a page of three or four columns)
GUTTER_DEPTH = 2


class ColumnPage(NamedTuple):
    """A page of the witness read as two columns (:func:`gutter_reading`)."""

    #: its number among the witness's pages (1 for the first: the form feeds count them)
    page: int
    #: its first and last line in the witness
    first: int
    last: int
    #: the character of its lines where the right column begins
    split: int
    #: the lines above the columns, read first as they stand (a title run across the gutter)
    head: int
    #: the characters where each column after the first begins (two columns: the split alone)
    splits: tuple[int, ...] = ()
    #: the lines below the columns, read last as they stand (a page's foot run across the gutter)
    foot: int = 0


class MarginPage(NamedTuple):
    """A page of one column read with its right margin's column apart (:func:`_margin_column`)."""

    #: its number among the witness's pages
    page: int
    #: its first and last line in the witness
    first: int
    last: int
    #: the character of its lines where the margin's column begins (its leftmost line's)
    column: int
    #: the witness's lines that hold the margin's text
    lines: tuple[int, ...]
    #: the character of each of those lines where its margin's text begins
    at: tuple[int, ...] = ()


class ColumnReading(NamedTuple):
    """A witness with its pages of two columns read apart (:func:`gutter_reading`)."""

    #: the reading: the witness's text with each such page's columns one after the other
    witness: Witness
    #: the witness's line of each line of the reading (the reading's line n is the witness's ``lines[n - 1]``)
    lines: tuple[int, ...]
    #: the pages read as two columns
    pages: tuple[ColumnPage, ...]
    #: the pages (first line, last line) whose lines hold two columns side by side with no constant gutter
    unsure: tuple[tuple[int, int], ...]
    #: the witness's text, and the character of its witness line where each line of the reading begins (a
    #: column's, after the first: where the column begins; 0 for the others)
    source: Witness
    shifts: tuple[int, ...] = ()
    #: the offsets of the reading's lines
    starts: tuple[int, ...] = ()
    #: the pages of one column whose right margin's column (captions, pull quotes) was read apart
    margins: tuple[MarginPage, ...] = ()
    #: the reading's lines (from 0) of a body's line cut short of the margin's text beside it: a place at its end
    #: is the witness line's end, past the margin's text (which is printed, and recorded, apart)
    clipped: frozenset[int] = frozenset()
    #: the reading's lines (from 1) of the margin's text, printed apart: a caption's, a quotation's, never a heading
    asides: frozenset[int] = frozenset()

    def witness_line(self, lineno: int) -> int:
        """The witness's line that the reading's line *lineno* comes from (0 stays 0: the whole text)."""
        return self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else lineno

    def witness_offset(self, offset: int) -> int:
        """The witness's offset of the reading's *offset*: the same place of the witness's line, after the
        character where its column begins."""
        lines = self.witness.lines
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0:
            return offset
        source = self.source.lines[self.lines[k] - 1]
        into = offset - lines[k].start
        if k in self.clipped and into >= len(lines[k].text):
            return source.start + len(source.text)
        if k < len(self.shifts):
            into += self.shifts[k]
        return source.start + min(into, len(source.text))


#: a run of a line's characters, spaces apart
INK_RE = re.compile(r"[^ ]+")


def _prose(text: str) -> bool:
    """Whether *text* holds a run of prose: three words of letters."""
    return len(WORD_RE.findall(text)) >= SIDE_MIN_WORDS


def _longest_gap(marks: list[int], n: int) -> tuple[int, int]:
    """The longest run of the indices 0…*n*-1 that holds none of the sorted *marks*: its first index, and the
    index after its last (the earliest of the longest)."""
    best, prev = (0, 0), -1
    for k in [*marks, n]:
        if k - prev - 1 > best[1] - best[0]:
            best = (prev + 1, k)
        prev = k
    return best


def _band(lines: list[Line], k: int) -> bool:
    """Whether a blank line parts the nonblank *lines* k-1 and k: the edge of a band of lines set across the
    page (a table or a figure above the columns, a caption)."""
    return 0 < k < len(lines) and lines[k].lineno - lines[k - 1].lineno > 1


def _gutter(page: list[Line], least: int = GUTTER_MIN_LINES) -> tuple[int, int, int] | None:
    """Where a page's right column begins, how many of its lines stand above the columns and from which of its
    lines on the lines below them run across the gutter; or None.

    The gutter is a run of :data:`GUTTER_MIN` spaces or more that no line of the page crosses but those above
    the columns and those below them, in the middle of the page, with prose on both sides of it on
    :data:`GUTTER_PROSE_SHARE` of the columns' lines at least (a figure's or a program's lines in a column have
    none; a table's cells are no prose). The lines across the gutter above the columns (a title, a byline) and
    below them (a page's foot, a journal's imprint) are within :data:`GUTTER_HEAD_SHARE` of the page's lines,
    or, where a blank line parts them from the columns, a band of their own (a table or a figure set across
    the page's width) of up to half the page's lines. The place is found by x-position alone, so a page whose
    columns' baselines are offset (each line holding one column's text, the left's and the right's in turn)
    is read apart as one whose lines hold both. Of a gutter's places, those nearest the right column that
    leave the most lines between those across are taken: a line of the left column longer than the others
    crosses the first places of a gutter, never the right column's edge. *least*: the fewest lines of the
    page (:data:`GUTTER_MIN_LINES`; fewer for the lines above or below a page's columns, :func:`_part_gutter`).
    """
    lines = [x for x in page if not x.blank]
    n = len(lines)
    if n < least:
        return None
    width = max(len(x.text) for x in lines)
    low, high = int(width * GUTTER_FROM), int(width * GUTTER_TO)
    # most lines of a page of two columns show a gap between them, or a column's text alone at its place
    if sum(1 for x in lines if "   " in x.text and (GAP_RE.search(x.text) or x.text[:low].isspace())) \
            < GUTTER_PROSE_SHARE * n:
        return None
    crossing = _crossing(lines, low, high)
    # the most lines that may cross a gutter: those that leave the fewest columns' lines (:func:`_outside`)
    most = n - min(n - 2 * int(n * GUTTER_HEAD_SHARE), least)
    best: tuple[int, int, int] | None = None
    run = 0
    for i in range(low, high + 1):
        # a place that no line crosses but those above and below the columns (a place inside a column, crossed
        # by nearly every line, leaves too few)
        if len(crossing[i]) <= most and _outside(lines, *_longest_gap(crossing[i], n)):
            run += 1
            continue
        # the gutter ends where the next column begins (the docstring's words)
        marks: set[int] = set()
        for j in range(i - 1, i - run - 1, -1):
            marks.update(crossing[j])
            if i - j < GUTTER_MIN:
                continue
            first, end = _longest_gap(sorted(marks), n)
            if _outside(lines, first, end) and (best is None or end - first > best[2] - best[1]) \
                    and _both_prose(lines[first:end], i):
                best = (i, first, end)
        if best is not None and best[0] == i:
            best = _gutter_ink_outside(lines, crossing, i, run, best)
        run = 0
    if best is None:
        return None
    split, first, end = best
    head = sum(1 for x in page if x.lineno <= lines[first - 1].lineno) if first else 0
    foot = sum(1 for x in page if x.lineno < lines[end].lineno) if end < n else len(page)
    return split, head, foot


def _gutter_ink_outside(lines: list[Line], crossing: list[list[int]], split: int, run: int,
                        best: tuple[int, int, int]) -> tuple[int, int, int]:
    """The gutter *best* (:func:`_gutter`), the lines at the columns' top or foot whose ink stands inside the
    gutter, apart from the left column's (a page's number set in it), read above or below the columns: no
    column's lines. A line that runs into the gutter from the left column is the column's."""
    _, first, end = best
    inked = set().union(*crossing[split - run:split]) - set(crossing[split - run])
    while end > first and end - 1 in inked:
        end -= 1
    while first < end and first in inked:
        first += 1
    if (first, end) != best[1:] and _outside(lines, first, end) and _both_prose(lines[first:end], split):
        return split, first, end
    return best


def _crossing(lines: list[Line], low: int, high: int) -> list[list[int]]:
    """The lines (their indices) whose characters stand at each place *low*…*high* (:func:`_gutter`)."""
    crossing: list[list[int]] = [[] for _ in range(high + 1)]
    for k, x in enumerate(lines):
        if len(x.text) <= low:
            continue
        for m in INK_RE.finditer(x.text, low, high + 1):
            for i in range(m.start(), min(m.end(), high + 1)):
                crossing[i].append(k)
    return crossing


def _outside(lines: list[Line], first: int, end: int) -> bool:
    """Whether the nonblank *lines* above *first* and from *end* on may stand outside a page's columns
    (:func:`_gutter`): a few (:data:`GUTTER_HEAD_SHARE`), or a band of their own parted from the columns by a
    blank line, up to half the lines, over :data:`GUTTER_MIN_LINES` of columns at least."""
    n = len(lines)
    share = int(n * GUTTER_HEAD_SHARE)
    above, below = first, n - end
    if above <= share and below <= share:
        return True
    return (end - first >= GUTTER_MIN_LINES
            and (above <= share or (_band(lines, first) and above <= n // 2))
            and (below <= share or (_band(lines, end) and below <= n // 2)))


def _both_prose(body: list[Line], split: int) -> bool:
    """Whether enough of the columns' lines hold prose on each side of *split* (:data:`GUTTER_PROSE_SHARE`),
    and the gutter is narrow beside the left column (:data:`GUTTER_MOST_SHARE`): a column of prose fills its
    width up to the gutter; a poem's lines set in alternately leave a gap wider than theirs."""
    need = GUTTER_PROSE_SHARE * len(body)
    lefts = [x.text[:split].rstrip() for x in body]
    rights = sum(1 for x in body if _prose(x.text[split:]))
    # a figure beside a column of prose (its labels, its values, its caption on the left): less prose on the
    # left, where the right holds prose on most lines
    if rights >= FIGURE_BESIDE_RIGHT_SHARE * len(body):
        need = min(need, FIGURE_BESIDE_LEFT_SHARE * len(body))
    left_prose = sum(1 for t in lefts if _prose(t))
    # a right column shorter than the left, beside the page's body (a page's last sections, two of them set
    # side by side at its top): prose on the right on a few lines, on the left on most
    short = rights >= SHORT_RIGHT_MIN_LINES and left_prose >= SHORT_RIGHT_LEFT_SHARE * len(body)
    if left_prose < need or (rights < GUTTER_PROSE_SHARE * len(body) and not short):
        return False
    end = max(len(t) for t in lefts)
    start = min(len(t) - len(t.lstrip()) for t in lefts if t)
    return split - end <= GUTTER_MOST_SHARE * (end - start)


class _Reading:
    """The reading as :func:`gutter_reading` builds it: its lines' texts, the witness's line and the character
    of it where each begins, the reading's lines that begin a page (a column after the first is read as a page
    of its own), and the reading's lines of each witness line split into columns."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.origin: list[int] = []
        self.shifts: list[int] = []
        self.starts: set[int] = set()
        self.parts: dict[int, list[int]] = {}
        self.clipped: set[int] = set()
        self.asides: set[int] = set()

    def whole(self, lines: list[Line]) -> None:
        """Add *lines* as they stand."""
        self.texts += [x.text for x in lines]
        self.origin += [x.lineno for x in lines]
        self.shifts += [0] * len(lines)

    def column(self, lines: list[Line], cut: tuple[int, int | None]) -> None:
        """Add the characters *cut* (from, to) of each of *lines*, a column.

        A line blank in this column where another column has text is that column's line: left out, but after
        a sentence's end, where it stands for the gap before a paragraph or a heading. A line blank in all
        stays blank."""
        last = ""
        start, end = cut
        for x in lines:
            text = x.text[start:end].rstrip() if end is not None else x.text[start:]
            if not text.strip() and not x.blank and not last.rstrip().endswith(SENTENCE_ENDS):
                continue
            self.texts.append(text)
            self.origin.append(x.lineno)
            self.shifts.append(start)
            self.parts.setdefault(x.lineno, []).append(len(self.texts))
            last = text if text.strip() else last

    def columns(self, body: list[Line], cut: tuple[int, int | None], split: int, depth: int = 1) -> list[int]:
        """Add the columns of *body*'s characters *cut*, parted at *split*: the left's, then the right's, each
        parted again where it shows a gutter of its own (a page of three columns; :data:`GUTTER_DEPTH`), the
        lines above and below such a gutter read as they stand in their column.

        :return: the characters where each column after the first begins"""
        start, end = cut
        splits: list[int] = []
        for k, part in enumerate(((start, start + split), (start + split, end))):
            if k:
                self.starts.add(len(self.texts) + 1)  # a column after the first: read as a page of its own
                splits.append(start + split)
            texts = [x.text[part[0]:part[1]].rstrip() if part[1] is not None else x.text[part[0]:] for x in body]
            # most lines of a column parted again show a gap, or a line alone far in (:func:`_gutter`): a column
            # of prose shows neither
            gapped = sum(1 for t in texts if "   " in t.strip() or t.startswith(" " * 8))
            found = None
            if depth < GUTTER_DEPTH and gapped >= GUTTER_PROSE_SHARE * sum(1 for t in texts if t.strip()):
                part_lines = [Line(t, x.lineno, x.start) for t, x in zip(texts, body, strict=True)]
                found = _gutter(part_lines)
                # the notes at the inner column's foot set a little left of its edge: the column's, as a band's are
                found = _caption_at_the_edge(part_lines, found) if found is not None else None
            if found is None:
                self.column(body, part)
                continue
            inner, head, foot = found
            self.column(body[:head], part)
            splits += self.columns(body[head:foot], part, inner, depth + 1)
            self.column(body[foot:], part)
        return sorted(splits)


def _band_columns(page: list[Line], number: int, out: _Reading) -> list[ColumnPage]:
    """Add a page that shows no gutter as a whole to the reading *out*: each band of its lines parted from the rest
    by blank lines that shows a gutter of its own (:func:`_gutter`) read as columns, the others as they stand. A
    title block and an abstract beside a figure's labels and captions at a page's top, over columns that the
    extraction ran together with a single space, are such a band.

    :return: the bands read as columns, each a :class:`ColumnPage` of its lines"""
    read: list[ColumnPage] = []
    bands: list[tuple[int, int]] = []
    k = 0
    while k < len(page):
        end = k + 1
        while not page[k].blank and end < len(page) and not page[end].blank:
            end += 1
        bands.append((k, end))
        k = end
    founds = [_caption_at_the_edge(page[k:end], found) if end - k >= GUTTER_MIN_LINES and not page[k].blank
              and (found := _gutter(page[k:end])) is not None else None for k, end in bands]
    if any(founds):
        # a band of fewer lines beside one read as columns: its columns at a gutter of their own (the page's
        # first paragraphs over a heading across the page, :func:`_part_gutter`)
        founds = [found or (_part_gutter(page[k:end]) if not page[k].blank else None)
                  for found, (k, end) in zip(founds, bands, strict=True)]
    for found, (k, end) in zip(founds, bands, strict=True):
        band = page[k:end]
        if found is None:
            out.whole(band)
        else:
            split, head, foot = found
            out.whole(band[:head])
            splits = out.columns(band[head:foot], (0, None), split)
            out.whole(band[foot:])
            read.append(ColumnPage(number, band[0].lineno, band[-1].lineno, split, head, tuple(splits),
                                   len(band) - foot))
    return read


def _caption_at_the_edge(band: list[Line], found: tuple[int, int, int]) -> tuple[int, int, int]:
    """The gutter *found* in a band of a page (:func:`_gutter`: the split, the lines above and the line where
    those below begin), its lines below the columns taken into them where each holds a run after a gap that
    begins a little left of the split (a figure's caption set at the column's edge, the figure's words set in
    further), no line of the band inked in the gap before it: the split moved there."""
    split, head, foot = found
    lines = [x for x in band[foot:] if not x.blank]
    if not lines:
        return found
    starts = []
    for x in lines:
        gap = next((m for m in GAP_RE.finditer(x.text) if split - CAPTION_EDGE <= m.end() < split), None)
        if gap is None:
            return found
        starts.append(gap.end())
    at = min(starts)
    if any(x.text[at - GUTTER_MIN:at].strip() for x in band[head:] if len(x.text) > at - GUTTER_MIN):
        return found
    return at, head, len(band)


#: how far left of a band's gutter's end a caption under the figure beside the band's text may begin
CAPTION_EDGE = 4
#: the fewest lines of columns above or below a page's columns that show a gutter of their own, each holding
#: prose on both sides of it (:func:`_part_columns`)
GUTTER_PART_MIN_LINES = 6


def _part_gutter(part: list[Line]) -> tuple[int, int, int] | None:
    """The gutter of lines beside a page's columns (:func:`_gutter`, the split, the lines above and where those
    below begin), where most of the lines between those across it hold prose on both sides of it,
    :data:`GUTTER_PART_MIN_LINES` at least; or None."""
    found = _gutter(part, GUTTER_PART_MIN_LINES) if len(part) >= GUTTER_PART_MIN_LINES else None
    if found is None:
        return None
    split, head, foot = found
    body = [x for x in part[head:foot] if not x.blank]
    both = sum(1 for x in body if _prose(x.text[:split]) and _prose(x.text[split:]))
    return found if both >= GUTTER_PART_MIN_LINES and 2 * both >= len(body) else None


def _part_found(page: list[Line], at: int, above: bool, bound: int) -> tuple[int, tuple[int, int, int] | None]:
    """The lines above a page's columns (*above*; else those below them), those that cross its gutter
    (:func:`_gutter`), the page's lines before (else from) its line *at*: whether they show a gutter of their own
    at another place, most of the lines between those across it holding prose on both sides of it,
    :data:`GUTTER_PART_MIN_LINES` at least (the page's first paragraphs set with a wider left column than the
    rest's, over a heading across the page). Such columns end at a blank line, as a band does (:func:`_band`):
    the lines of their left column under the last line across the page's gutter are theirs, but never past
    *bound* (the page's line where the other part begins, or ends: no line is read into two places). A gutter
    whose columns hold none of the lines across the page's gutter is none of theirs: its lines are all the page's
    columns' (the last paragraphs of both columns under a blank line, over the page's number).

    :return: where the page's columns begin (else: where the lines below them begin), and the part's gutter
        (:func:`_gutter`), or None (then *at*)"""
    reach = at
    if above and at:
        while reach < bound and not page[reach].blank:
            reach += 1
    elif not above and at < len(page):
        while reach > bound and not page[reach - 1].blank:
            reach -= 1
    found = _part_gutter(page[:reach] if above else page[reach:])
    if found is None or (found[1] >= at if above else reach + found[2] <= at):
        return at, None
    return reach, found


def _part_columns(part: list[Line], found: tuple[int, int, int] | None, number: int, out: _Reading
                  ) -> list[ColumnPage]:
    """Add the lines above or below a page's columns, *part*, to the reading *out*: as columns at their gutter
    *found* (:func:`_part_found`), else as they stand (a title, a byline, a page's foot).

    :return: the lines read as columns, a :class:`ColumnPage` (none, or one)"""
    if found is None:
        out.whole(part)
        return []
    split, head, foot = found
    out.whole(part[:head])
    splits = out.columns(part[head:foot], (0, None), split)
    out.whole(part[foot:])
    return [ColumnPage(number, part[0].lineno, part[-1].lineno, split, head, tuple(splits), len(part) - foot)]


def gutter_reading(witness: Witness) -> ColumnReading | None:
    """The witness with each page of two columns read apart (the section's words), or None where no page is.

    :return: the reading, with the witness's line of each of its lines, the pages read so and those left as
        they stand, unsure
    """
    if "   " not in witness.text:
        return None
    bounds = [1, *sorted(witness.page_starts), len(witness.lines) + 1]
    out = _Reading()
    pages: list[ColumnPage] = []
    margins: list[MarginPage] = []
    unsure: list[tuple[int, int]] = []
    for number, (first, end) in enumerate(zip(bounds, bounds[1:], strict=False), start=1):
        page = witness.lines[first - 1:end - 1]
        if not page:
            continue
        if first > 1:
            out.starts.add(len(out.texts) + 1)
        found = _gutter(page)
        if found is None and witness.page_starts and (margin := _margin_column(page)) is not None and (
                apart := _margin_read(page, margin, out)) is not None:
            margins.append(MarginPage(number, first, end - 1, *apart))
            continue
        if found is None:
            read = _band_columns(page, number, out)
            pages += read
            rest = [x for x in page if not any(p.first <= x.lineno <= p.last for p in read)]
            if merged_columns(rest) is not None:
                unsure.append((rest[0].lineno, rest[-1].lineno))
            continue
        split, head, foot = found
        # both parts are found before any line is read, each bounded by the other, so that each line of the page
        # is read into one place: above the columns, in them or below them
        head, above_found = _part_found(page, head, True, foot)
        foot, below_found = _part_found(page, foot, False, head)
        above = _part_columns(page[:head], above_found, number, out)
        splits = out.columns(page[head:foot], (0, None), split)
        below = _part_columns(page[foot:], below_found, number, out)
        # the lines above or below the columns read as columns of their own are no lines across both
        top, bottom = (page[head].lineno, 0) if above else (first, head)
        last, under = (page[foot - 1].lineno, 0) if below else (end - 1, len(page) - foot)
        pages += [*above, ColumnPage(number, top, last, split, bottom, tuple(splits), under), *below]
    if not pages and not margins:
        return None if not unsure else ColumnReading(witness, tuple(x.lineno for x in witness.lines), (),
                                                     tuple(unsure), witness)
    text = "\n".join(out.texts) + ("\n" if witness.text.endswith("\n") else "")
    lines = split_lines(text)
    forward = {n: k + 1 for k, n in reversed(list(enumerate(out.origin)))}  # a witness line's first reading line

    def bullet(n: int) -> int:
        # the column whose part of the witness line the mark begins, or the first
        at = out.parts.get(n, [forward[n]])
        return next((k for k in at if lines[k - 1].text.lstrip()[:1] == "•"), at[0])
    reading = witness._replace(
        text=text, lines=lines, page_starts=frozenset(out.starts),
        controls=tuple((forward[n], c) for n, c in witness.controls),
        c1_bullets=frozenset(bullet(n) for n in witness.c1_bullets),
        joiners=tuple((forward[n], c) for n, c in witness.joiners))
    return ColumnReading(reading, tuple(out.origin), tuple(pages), tuple(unsure), witness, tuple(out.shifts),
                         tuple(x.start for x in lines), tuple(margins), frozenset(out.clipped),
                         frozenset(out.asides))


#: the fewest spaces between a body's line and the margin's text beside it
MARGIN_GAP = 4
#: how many characters right of the body's right edge a margin's text begins at least
MARGIN_BEYOND = 2
#: the fewest lines of a page's body, and of the margin's text, for a margin's column to be read apart
MARGIN_BODY_MIN_LINES = 10
MARGIN_MIN_LINES = 1
#: the share of the body's lines (those without a gap) that end left of its right edge
MARGIN_EDGE_SHARE = 0.9
#: the least width of a body's lines beside a margin's column (a narrower run is a list's, a table's, a figure's)
MARGIN_BODY_LEAST_WIDTH = 50
#: the most indent of a body's line (a line set further in is the margin's alone, or a figure's)
MARGIN_BODY_INDENT = 16
#: how many lines below a margin's line its text may go on, the body's lines between (its sentence unended, the
#: next line beginning in lower case)
MARGIN_RUN_REACH = 3
#: the first and last lines of a page that are never the margin's (a running head or foot set across)
MARGIN_EDGE_LINES = 2


def _margin_at(text: str, edge: int) -> int | None:
    """Where the margin's text of a line begins, right of the body's right edge *edge*, or None: after a gap of
    :data:`MARGIN_GAP` spaces or more that follows the body's words (none of their own gaps wide: a table's row
    has several), or after the line's indent alone; words of letters in it."""
    if len(text.rstrip()) <= edge + MARGIN_BEYOND:
        return None
    indent = len(text) - len(text.lstrip())
    if indent > edge + MARGIN_BEYOND:
        at = indent
    else:
        gaps = [g for g in GAP_RE.finditer(text) if g.end() - g.start() >= MARGIN_GAP]
        if not gaps or gaps[-1].end() <= edge + MARGIN_BEYOND or GAP_RE.search(text[indent:gaps[-1].start()]):
            return None
        at = gaps[-1].end()
    return at if WORD_RE.search(text[at:]) else None


def _margin_column(page: list[Line]) -> int | None:
    """The right edge of the body of a one-column page whose right margin holds a column of captions or pull
    quotes ("About 4 years old", "-- T. Wilder", as ``pdftotext -layout`` sets them beside the body's lines or on
    lines of their own), or None. The body's right edge is where :data:`MARGIN_EDGE_SHARE` of its lines without
    a gap (most of the page's lines) end; the margin's text begins right of it (:func:`_margin_at`) on
    :data:`MARGIN_MIN_LINES` lines or more, and on at least one of them beside the body's prose (three words),
    the page's first and last lines aside; the body is :data:`MARGIN_BODY_LEAST_WIDTH` characters wide at
    least. Only where form feeds show the pages; a page of two columns shows a gutter (:func:`_gutter`) and is
    read as such before."""
    text_lines = [x for x in page if not x.blank]
    inner = text_lines[MARGIN_EDGE_LINES:-MARGIN_EDGE_LINES]
    plain = sorted(len(x.text.rstrip()) for x in inner
                   if not GAP_RE.search(x.text.strip()) and _indent(x.text) <= MARGIN_BODY_INDENT)
    if len(plain) < MARGIN_BODY_MIN_LINES or 2 * len(plain) < len(inner):
        return None  # (most of the page's lines are the body's, no gap in them: not a margin's numbers at left)
    edge = plain[int(MARGIN_EDGE_SHARE * (len(plain) - 1))]
    if edge < MARGIN_BODY_LEAST_WIDTH:
        return None
    starts = [(at, _prose(x.text[:at])) for x in inner if (at := _margin_at(x.text, edge)) is not None]
    if len(starts) < MARGIN_MIN_LINES or not any(beside for _, beside in starts):
        return None
    return edge


def _margin_read(page: list[Line], edge: int, out: _Reading) -> tuple[int, tuple[int, ...], tuple[int, ...]] | None:
    """Add a page with a right margin's column (:func:`_margin_column`) to the reading *out*: the body's lines
    without the margin's text, and each run of the margin's lines, a paragraph of its own between blank lines,
    after the body's paragraph in which the run ends (a line ending a sentence over a blank line, a line set
    further in or a short line), or above the page's last line (its folio, its running foot); a run on lines of
    its own between two paragraphs stays there (:func:`_margin_runs`). Where the page's last paragraph goes on
    over the page's foot (its sentence broken there), the run stands before that paragraph; where the page has
    no paragraph's end at all, the page is left to be read as it stands (None, *out* unchanged). The reading's
    lines of the body cut short of the margin's text are *out*'s ``clipped``, those of the margin's ``asides``.

    :return: the character where the margin's column begins (its leftmost line's), the margin's lines and where
        the margin's text begins on each"""
    text_lines = [x for x in page if not x.blank]
    inner = {x.lineno for x in text_lines[MARGIN_EDGE_LINES:-MARGIN_EDGE_LINES]}
    at = {x.lineno: a for x in page if x.lineno in inner and (a := _margin_at(x.text, edge)) is not None}
    _margin_edges(text_lines, at, edge)
    body = [(x, x.text[:at[x.lineno]].rstrip() if x.lineno in at else x.text) for x in page]
    body = [(x, t) for x, t in body if t.strip() or x.blank]
    pending: list[Line] = []
    read: list[tuple[str, int, int]] = []  # the page's reading: each line's text, witness line and shift
    start: int | None = None  # where the paragraph read last begins in *read*, after a paragraph's end

    firsts = {run[0].lineno: run for run in _margin_runs(page, at)}

    def flush(where: int) -> None:
        # (the blank lines about the run stand where the margin's text does: its start, its last line's end)
        run = [("", pending[0].lineno, at[pending[0].lineno]),
               *((x.text[at[x.lineno]:], x.lineno, at[x.lineno]) for x in pending),
               ("", pending[-1].lineno, len(pending[-1].text))]
        read[where:where] = run
        pending.clear()

    k = 0
    for x in page:
        pending += firsts.get(x.lineno, [])
        if not (k < len(body) and body[k][0] is x):
            # a run on lines of its own between two paragraphs (none of the body's text read since the last one
            # ended) stays there
            if pending and x.lineno == pending[-1].lineno and start is not None \
                    and not any(t.strip() for t, _, _ in read[start:]):
                flush(len(read))
            continue
        text = body[k][1]
        read.append((text, x.lineno, 0))
        k += 1
        following = body[k] if k < len(body) else None
        ends = (not x.blank and text.rstrip().endswith(SENTENCE_ENDS) and following is not None
                and following[0].lineno not in at and (following[0].blank or _indent(following[1]) > _indent(text)
                                                       or len(following[1].strip()) < 0.6 * edge))
        # the next line of text is the page's last (a running foot, a folio), or there is none: before it
        foot = not x.blank and next((y is text_lines[-1] for y, _ in body[k:] if not y.blank), True)
        if pending and foot and not text.rstrip().endswith(SENTENCE_ENDS):
            if start is None:
                return None  # no paragraph ends on the page: no place for the run that parts no sentence
            flush(start)
        elif pending and (foot or ends and x.lineno >= pending[-1].lineno):  # (after the run's last line)
            flush(len(read))
        if ends:
            start = len(read)
    if pending:
        if start is None:
            return None
        flush(start)
    out.clipped |= {len(out.texts) + i for i, (_, n, shift) in enumerate(read) if n in at and not shift}
    out.asides |= {len(out.texts) + i + 1 for i, (t, _, shift) in enumerate(read) if shift and t.strip()}
    out.texts += [t for t, _, _ in read]
    out.origin += [n for _, n, _ in read]
    out.shifts += [shift for _, _, shift in read]
    return min(at.values()), tuple(sorted(at)), tuple(at[n] for n in sorted(at))


def _margin_edges(text_lines: list[Line], at: dict[int, int], edge: int) -> None:
    """Add to *at* (a line's number: where its margin's text begins) the lines of the page's edge where a margin's
    run goes on (its last line above the folio, its first under the running head): a line set in the margin alone
    next to a margin's line; never the page's first or last line (*text_lines*, the page's lines of text)."""
    for x in text_lines[len(text_lines) - MARGIN_EDGE_LINES:-1]:
        if x.lineno - 1 in at and _indent(x.text) > edge + MARGIN_BEYOND:
            at[x.lineno] = _indent(x.text)
    for x in reversed(text_lines[1:MARGIN_EDGE_LINES]):
        if x.lineno + 1 in at and _indent(x.text) > edge + MARGIN_BEYOND:
            at[x.lineno] = _indent(x.text)


def _margin_runs(page: list[Line], at: dict[int, int]) -> list[list[Line]]:
    """The runs of the margin's lines of *page* (*at*: a line's number, where its margin's text begins): its lines
    one under the other, or a few lines apart where a line's text goes on (no sentence's end, the next line's in
    lower case), the body's lines between them."""
    runs: list[list[Line]] = []
    for n in sorted(at):
        apart = n - runs[-1][-1].lineno if runs else 0
        if runs and (apart <= 1 or apart <= MARGIN_RUN_REACH and page[n - page[0].lineno].text[at[n]].islower()
                     and not runs[-1][-1].text.rstrip().endswith(SENTENCE_ENDS)):
            runs[-1].append(page[n - page[0].lineno])
        else:
            runs.append([page[n - page[0].lineno]])
    return runs


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())
