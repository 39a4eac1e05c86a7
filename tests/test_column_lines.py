"""Invariant of the column reader (:func:`edition.witness.columns.gutter_reading`): each witness line is read
into exactly one place, so that no line's text is printed twice.

A page of two columns set side by side (``pdftotext -layout``) whose last paragraphs of both columns stand under
a blank line across the page, over the page's number, was read twice: once as the page's columns, once more as
"the lines below the columns" with a gutter of their own, because the lines below the columns reached back to
the blank line into lines already read. The pages here are of our own making, in that form and its near misses.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.convert import convert
from edition.witness.columns import gutter_reading
from edition.witness.reading import read_text
from edition.writers.myst import render

#: where the right column begins, and the width of a column's line
SPLIT, WIDTH = 66, 58
SYLLABLES = ("ka", "lo", "ri", "mu", "te", "sa", "no", "vi", "de", "pu")


def _word(n: int) -> str:
    """A word of our own making, one for each *n*: letters only, so that each is a word of prose and each
    stands once in the page."""
    out = "".join(SYLLABLES[int(d)] for d in str(n))
    return "wor" + out


class _Words:
    def __init__(self) -> None:
        self.n = 0

    def line(self, width: int = WIDTH, stop: bool = False) -> str:
        words: list[str] = []
        while len(" ".join(words)) < width - 12:
            self.n += 1
            words.append(_word(self.n))
        return " ".join(words) + ("." if stop else "")

    def paragraph(self, lines: int) -> list[str]:
        return [self.line(stop=k == lines - 1) if k < lines - 1 else self.line(WIDTH - 20, stop=True)
                for k in range(lines)]


def _rows(left: list[str], right: list[str]) -> list[str]:
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        out.append((a.ljust(SPLIT) + b).rstrip() if b else a)
    return out


def _column(words: _Words, sizes: list[int], heading: bool) -> list[str]:
    """A column's lines: paragraphs of *sizes* lines, blank lines between them, a heading set in over one."""
    out: list[str] = []
    for k, size in enumerate(sizes):
        if k:
            out.append("")
        if heading and k == 1:
            out.append("        " + words.line(30).upper())
        out += words.paragraph(size)
    return out


def _page(words: _Words, number: int, top: list[int], bottom: list[int], tail: int, heading: bool) -> str:
    """A page: its running head, both columns' paragraphs (*top*: the left column's sizes; the right's the
    same less one line each, so that the columns' blank lines fall on other rows), a blank line across both,
    the last paragraphs of both columns (*bottom* lines), the left column going on *tail* lines alone, and the
    page's number set across the gutter."""
    head = " " * 80 + "Instructions for the Form of the Page"
    left = _column(words, top, heading)
    right = _column(words, [max(2, s - 1) for s in top], False)
    rows = _rows(left, right)
    last = _rows(words.paragraph(bottom[0]) + words.paragraph(tail + 1)[:tail],
                 words.paragraph(bottom[1]))
    return "\n".join([head, "", *rows, "", *last, " " * 62 + str(number)]) + "\n"


def _read_once(text: str) -> None:
    """Assert that the reading holds each witness line's characters once: the parts read from each line, in
    the order of the columns they stand in, are the line's text and nothing more."""
    witness = read_text(text)
    reading = gutter_reading(witness)
    assert reading is not None and reading.pages
    parts: dict[int, list[tuple[int, str]]] = {}
    for k, line in enumerate(reading.witness.lines):
        parts.setdefault(reading.lines[k], []).append((reading.shifts[k], line.text))
    for line in witness.lines:
        read = parts.get(line.lineno, [])
        shifts = [s for s, _ in read]
        assert len(shifts) == len(set(shifts)), f"line {line.lineno} read twice: {read}"
        assert " ".join(t for _, t in sorted(read)).split() == line.text.split(), (line.lineno, read)
    # no two pages read as columns share a line
    seen: set[int] = set()
    for page in reading.pages:
        span = set(range(page.first, page.last + 1))
        assert not span & seen, f"pages overlap: {reading.pages}"
        seen |= span


def _printed_once(text: str) -> None:
    """Assert that each word of the input is printed once in the text of the edition (and not lost)."""
    myst = render(convert(read_text(text)))
    body = myst.split("## Apparatus")[0].lower()
    counts = Counter(re.findall(r"wor[a-z]+", body))
    made = set(re.findall(r"wor[a-z]+", text.lower()))
    twice = {w: c for w, c in counts.items() if c > 1}
    assert not twice, f"printed twice: {sorted(twice)[:8]}\n---\n{text}\n---\n{myst}"
    assert made <= set(counts), f"lost: {sorted(made - set(counts))[:8]}"


def test_last_paragraphs_under_a_blank_line_read_once():
    """The judged form: both columns' last paragraphs under a blank line across the page, over its number: read
    once, as the page's columns (the left column's last lines before the right column's)."""
    words = _Words()
    text = "".join(_page(words, n, [7, 6, 5], [7, 8], 2, True) + "\f" for n in (7, 8))
    _read_once(text)
    _printed_once(text)
    reading = gutter_reading(read_text(text))
    assert reading is not None
    # one page of columns each, from the running head to the page's number
    assert [(p.page, p.foot) for p in reading.pages] == [(1, 1), (2, 1)]


def test_lines_below_with_a_gutter_of_their_own_still_read_apart():
    """Near miss: lines across the page's gutter under the columns that show a gutter of their own at another
    place (a wider left column) are still read as columns of their own, once."""
    words = _Words()
    head = " " * 80 + "Instructions for the Form of the Page"
    rows = _rows(_column(words, [7, 6, 5], False), _column(words, [6, 5, 4], False))
    # below: a left column wider than the page's, its right column beginning past the page's split
    below = [(words.line(70) + " " * 4 + words.line(40)) for _ in range(7)]
    text = "\n".join([head, "", *rows, "", *below, " " * 62 + "9"]) + "\n"
    _read_once(text)
    reading = gutter_reading(read_text(text))
    assert reading is not None
    assert len(reading.pages) == 2 and reading.pages[1].first > reading.pages[0].last
    assert reading.pages[1].split != reading.pages[0].split


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.lists(st.integers(min_value=3, max_value=8), min_size=3, max_size=4),
                          st.tuples(st.integers(min_value=2, max_value=10), st.integers(min_value=2, max_value=10)),
                          st.integers(min_value=0, max_value=3), st.booleans()),
                min_size=1, max_size=3))
def test_no_line_read_twice(pages):
    """Property: pages of two columns of our own making, with paragraphs of any length, the last ones under a
    blank line across both columns or not, the left column going on alone under the right's, a heading set in:
    each witness line is read into one place, and no word is printed twice."""
    words = _Words()
    text = "".join(_page(words, n, top, bottom, tail, heading) + "\f"
                   for n, (top, bottom, tail, heading) in enumerate(pages, start=1))
    _read_once(text)
    _printed_once(text)


# -- A right column shorter than the left: two last sections side by side at a page's top ---------------------


def _short_right(words: _Words, right: tuple[int, ...], left_prose: bool) -> str:
    """A page: a heading over each column, paragraphs of *right* lines of prose in the right column, each under
    a heading of its own, beside the left column's first lines, the left column going on alone to the page's
    foot (prose, or a list of names with a line of prose after each)."""
    left = (words.paragraph(13) + words.paragraph(8) + words.paragraph(8) + words.paragraph(8)
            if left_prose
            else [words.line() if k % 2 else f"      {_word(900 + k).title()} {_word(950 + k).title()}"
                  for k in range(37)])
    lines: list[str] = []
    for k, size in enumerate(right):
        lines += ([""] if k else []) + ([f"SECTION {_word(990 + k).upper()}."] if k else []) + words.paragraph(size)
    rows = _rows(["SECTION ONE.", *left], ["SECTION THREE.", *lines])
    return "\n".join(["Article the Third.", *rows]) + "\n"


def test_short_right_column_read_apart():
    """The right column holds prose on nine lines (under a fourth of the lines) beside the left column's first, the
    left going on alone:
    read as two columns, the left column's sentences whole, then the right's."""
    words = _Words()
    text = _short_right(words, (4, 3, 2), True)
    _read_once(text)
    _printed_once(text)
    reading = gutter_reading(read_text(text))
    assert reading is not None and [p.split for p in reading.pages] == [SPLIT]
    myst = render(convert(read_text(text))).split("## Apparatus")[0]
    # the left column's first paragraph (its words 1…) runs on with no word of the right column inside it
    first = re.search(r"worlo .*?\.", myst)
    assert first is not None and _word(words.n - 20) not in first.group(0)
    right = [_word(n) for n in range(words.n - 30, words.n + 1)]
    assert all(myst.index(w) > myst.index(first.group(0)) for w in right if w in myst)


def test_short_right_column_near_misses_left_as_they_stand():
    """Near misses: prose on five lines on the right only (a few lines of a box beside the text), or a left
    column of names each over a line of prose (prose on half its lines, no column of prose): no page read as
    columns."""
    for text in (_short_right(_Words(), (1, 1, 1, 1, 1), True), _short_right(_Words(), (4, 3, 2), False)):
        reading = gutter_reading(read_text(text))
        assert reading is None or not reading.pages, reading.pages
