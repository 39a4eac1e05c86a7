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

A line holds two columns when a single gap of three spaces or more parts it
into two runs of prose of three words each, and the right run begins at the
same column as on the other such lines (within :data:`COLUMN_SLACK`): a table's
row has several gaps, a line of text indented after a short one no second run,
and a contents line's page number no prose.
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
# column's foot is read as a page's). No character but the spaces between the columns is left out; every line
# of the reading names the witness's line it comes from, so that the apparatus names the witness's lines.
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
    #: the witness's text, and the reading's line of the right column's half of each witness line split
    source: Witness
    rights: frozenset[int] = frozenset()
    #: the offsets of the reading's lines
    starts: tuple[int, ...] = ()

    def witness_line(self, lineno: int) -> int:
        """The witness's line that the reading's line *lineno* comes from (0 stays 0: the whole text)."""
        return self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else lineno

    def witness_offset(self, offset: int) -> int:
        """The witness's offset of the reading's *offset*: the same place of the witness's line, after the
        split for a right column's half."""
        lines = self.witness.lines
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0:
            return offset
        source = self.source.lines[self.lines[k] - 1]
        into = offset - lines[k].start
        if k + 1 in self.rights:
            into += len(source.text) - len(lines[k].text)
        return source.start + min(into, len(source.text))


#: a run of a line's characters, spaces apart
INK_RE = re.compile(r"[^ ]+")


def _prose(text: str) -> bool:
    """Whether *text* holds a run of prose: three words of letters."""
    return len(WORD_RE.findall(text)) >= SIDE_MIN_WORDS


def _gutter(page: list[Line]) -> tuple[int, int] | None:
    """Where a page's right column begins, and how many lines above the columns run across the gutter; or None.

    The gutter is a run of :data:`GUTTER_MIN` spaces or more that no line of the page crosses but those above
    the columns (:data:`GUTTER_HEAD_SHARE`), in the middle of the page, with prose on both sides of it on
    :data:`GUTTER_PROSE_SHARE` of the page's lines at least (a figure's or a program's lines in a column have
    none; a table's cells are no prose)."""
    lines = [x for x in page if not x.blank]
    # most lines of a page of two columns show a gap between them: a page with few such lines is read as it is
    if len(lines) < GUTTER_MIN_LINES \
            or sum(1 for x in lines if "   " in x.text and GAP_RE.search(x.text)) < GUTTER_PROSE_SHARE * len(lines):
        return None
    width = max(len(x.text) for x in lines)
    low, high = int(width * GUTTER_FROM), int(width * GUTTER_TO)
    crossing: list[set[int]] = [set() for _ in range(high + 1)]
    for k, x in enumerate(lines):
        if len(x.text) <= low:
            continue
        for m in INK_RE.finditer(x.text, low, high + 1):
            for i in range(m.start(), m.end()):
                crossing[i].add(k)
    head_most = int(len(lines) * GUTTER_HEAD_SHARE)
    best: tuple[int, int] | None = None
    run = 0
    for i in range(low, high + 1):
        # a place no line crosses but the head's: the lines that cross it all stand above the columns
        if not crossing[i] or max(crossing[i]) < head_most:
            run += 1
            continue
        if run >= GUTTER_MIN:
            head = max(set().union(*crossing[i - run:i]), default=-1) + 1
            if best is None or head < best[1]:
                best = (i, head)
        run = 0
    if best is None:
        return None
    split, head = best
    body = lines[head:]
    need = GUTTER_PROSE_SHARE * len(body)
    if sum(1 for x in body if _prose(x.text[:split])) < need or sum(1 for x in body if _prose(x.text[split:])) < need:
        return None
    return split, sum(1 for x in page if x.lineno <= lines[head - 1].lineno) if head else 0


def _column(texts: list[str], origin: list[int], body: list[Line], split: int, left: bool) -> dict[int, int]:
    """Add one column of *body*, the *left* or the right of each line's halves at *split*, to the reading
    (:func:`gutter_reading`).

    A line blank in this column where the other column has text is the other column's line: left out,
    but after a sentence's end, where it stands for the gap before a paragraph or a heading. A line blank
    in both stays blank.

    :return: the reading line of each witness line in the column
    """
    at: dict[int, int] = {}
    last = ""
    for x in body:
        text = x.text[:split].rstrip() if left else x.text[split:]
        if not text.strip() and not x.blank and not last.rstrip().endswith(SENTENCE_ENDS):
            continue
        texts.append(text)
        origin.append(x.lineno)
        at[x.lineno] = len(texts)
        last = text if text.strip() else last
    return at


def gutter_reading(witness: Witness) -> ColumnReading | None:
    """The witness with each page of two columns read apart (the section's words), or None where no page is.

    :return: the reading, with the witness's line of each of its lines, the pages read so and those left as
        they stand, unsure
    """
    if "   " not in witness.text:
        return None
    bounds = [1, *sorted(witness.page_starts), len(witness.lines) + 1]
    texts: list[str] = []
    origin: list[int] = []
    starts: set[int] = set()
    pages: list[ColumnPage] = []
    unsure: list[tuple[int, int]] = []
    halves: dict[int, tuple[int, int]] = {}
    rights: set[int] = set()
    for number, (first, end) in enumerate(zip(bounds, bounds[1:], strict=False), start=1):
        page = witness.lines[first - 1:end - 1]
        if not page:
            continue
        if first > 1:
            starts.add(len(texts) + 1)
        found = _gutter(page)
        if found is None:
            if merged_columns(page) is not None:
                unsure.append((first, end - 1))
            texts += [x.text for x in page]
            origin += [x.lineno for x in page]
            continue
        split, head = found
        pages.append(ColumnPage(number, first, end - 1, split, head))
        texts += [x.text for x in page[:head]]
        origin += [x.lineno for x in page[:head]]
        body = page[head:]
        left = _column(texts, origin, body, split, True)
        starts.add(len(texts) + 1)  # the right column: read as a page of its own
        right = _column(texts, origin, body, split, False)
        halves.update({n: (left.get(n, right.get(n, 0)), right.get(n, left.get(n, 0))) for n in left | right})
        rights.update(right.values())
    if not pages:
        return None if not unsure else ColumnReading(witness, tuple(x.lineno for x in witness.lines), (),
                                                     tuple(unsure), witness)
    text = "\n".join(texts) + ("\n" if witness.text.endswith("\n") else "")
    lines = split_lines(text)
    forward = {n: k + 1 for k, n in reversed(list(enumerate(origin)))}  # a witness line's first reading line

    def bullet(n: int) -> int:
        left, right = halves.get(n, (forward[n], forward[n]))
        return right if lines[right - 1].text.lstrip()[:1] == "•" and lines[left - 1].text.lstrip()[:1] != "•" \
            else left
    reading = witness._replace(
        text=text, lines=lines, page_starts=frozenset(starts),
        controls=tuple((forward[n], c) for n, c in witness.controls),
        c1_bullets=frozenset(bullet(n) for n in witness.c1_bullets),
        joiners=tuple((forward[n], c) for n, c in witness.joiners))
    return ColumnReading(reading, tuple(origin), tuple(pages), tuple(unsure), witness, frozenset(rights),
                         tuple(x.start for x in lines))
