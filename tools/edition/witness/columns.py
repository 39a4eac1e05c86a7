"""Two columns that an extraction merged line by line.

``pdftotext -layout`` sets a page of two columns as it stands: each line holds
a line of the left column, a wide gap, and the line of the right column beside
it ("The council met in secret and its      the elections were held in the
spring,"). Read as lines, the text runs across both columns, a half-sentence
of each in turn. The edition does not part them (its readings keep the witness's
order of lines); it finds them by their form and warns the editor to read the
left column, then the right (:func:`merged_columns`).

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

import re
from collections import Counter

from .lexicon import is_word
from .reading import Line

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
