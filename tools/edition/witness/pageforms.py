"""A PDF extraction's pages, known by their forms: the form feeds between them, and at their edges their numbers
and the running head or foot each repeats.

The layout is judged first by its lines (:func:`edition.witness.layout.layout_evidence`: lines broken in
mid-sentence against whole paragraphs a line). A PDF's page whose text is set in columns, charts or tables
breaks few of its lines in mid-sentence and yet is a page: its form feeds say so, and at the top or the foot of
its pages a folio ("19", "xiv", "206 Law Enforcement, Courts, and Prisons") or a line that recurs there on
other pages ("Supplement", "MMWR / January 14, 2011 / Vol. 60", its numbers alone changing). A web page copied as
text has no form feeds; a wiki's dump or an archive's copy none either.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from .furniture import PAGE_NUMBER_RE, line_shape
from .reading import Line

#: how many lines at each end of a page are its edge, where its number and its running head stand
EDGE_LINES = 3
#: the most words of a line at a page's edge read as its running head or foot
EDGE_MAX_WORDS = 14
#: a page's number in roman figures, alone ("xiv"), or said so ("Page 12", "12 of 30")
ROMAN_FOLIO_RE = re.compile(r"^\s*[-–—]?\s*[ivxlc]{1,7}\s*[-–—]?\s*$|^\s*(?:page\s+)?\d{1,4}\s+of\s+\d{1,4}\s*$"
                            r"|^\s*page\s+\d{1,4}\s*$", re.IGNORECASE)
#: a page's number with a running head or foot beside it, the number at either end of a short line
#: ("206 Law Enforcement, Courts, and Prisons", "Introduction 3"): a number of one to four figures set apart
#: from words that end no sentence
FOLIO_LINE_RE = re.compile(r"^\s*\d{1,4}\s+(?=\S*[^\W\d_])[^.!?]*[^.!?:;,\s]\s*$"
                           r"|^\s*(?=\S*[^\W\d_])[^.!?]*\S\s+\d{1,4}\s*$")


class PageForms(NamedTuple):
    """What the form feeds and the pages' edges show of a text's pages."""

    #: the pages that hold text
    pages: int = 0
    #: the pages with a folio or a recurring running head or foot at an edge
    edged: int = 0

    @property
    def paged(self) -> bool:
        """Whether the text is a PDF's pages: form feeds between pages, and most pages (at least half, one at
        the least) show a folio or a running head or foot at an edge."""
        return self.pages > 0 and self.edged > 0 and 2 * self.edged >= self.pages


def _pages(lines: list[Line], page_starts: frozenset) -> list[list[Line]]:
    """The non-blank lines of each page, the pages cut where the form feeds stood."""
    bounds = [1, *sorted(page_starts), len(lines) + 1]
    pages = [[x for x in lines[a - 1:b - 1] if not x.blank] for a, b in zip(bounds, bounds[1:], strict=False)]
    return [page for page in pages if page]


def _edge(page: list[Line]) -> list[Line]:
    """The lines at a page's edges: its first and its last :data:`EDGE_LINES` lines."""
    return page[:EDGE_LINES] + page[EDGE_LINES:][-EDGE_LINES:]


def _folio(text: str) -> bool:
    """Whether a line is a page's number, alone or beside its running head or foot."""
    return bool(PAGE_NUMBER_RE.match(text) or ROMAN_FOLIO_RE.match(text)
                or (len(text.split()) <= EDGE_MAX_WORDS and FOLIO_LINE_RE.match(text)))


def page_forms(lines: list[Line], page_starts: frozenset) -> PageForms:
    """The pages of a text with form feeds (:attr:`~edition.witness.reading.Witness.page_starts`) and how
    many show a page's furniture at an edge: a folio, or a short line with a letter in it that stands at the
    edge of another page too, its numbers aside (:func:`~edition.witness.furniture.line_shape`). Without form
    feeds, no pages are known."""
    if not page_starts:
        return PageForms()
    pages = _pages(lines, page_starts)
    shapes = [{line_shape(x.text) for x in _edge(page)
               if len(x.text.split()) <= EDGE_MAX_WORDS and re.search(r"[^\W\d_]", x.text)} for page in pages]
    seen: Counter = Counter(shape for page in shapes for shape in page)
    edged = sum(1 for page, own in zip(pages, shapes, strict=True)
                if any(_folio(x.text) for x in _edge(page)) or any(seen[shape] >= 2 for shape in own))
    return PageForms(len(pages), edged)


#: a number in roman figures, a word of its own ("xiv", "XIII"): a page's number changes in it as in figures
ROMAN_WORD_RE = re.compile(r"\b[mdclxvi]+\b")
#: a number in roman figures, whole
ROMAN_RE = re.compile(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
#: the fewest copies elsewhere, its numbers changed, that make a line a page's furniture where no form feed shows
#: the pages (a printer's slug on each page: "1234_00_i-xviii.qxd 2/10/04 3:46 PM Page xiii", "… Page xiv")
RECURRING_MIN = 2


@functools.lru_cache(maxsize=1 << 16)
def edge_shape(text: str) -> str:
    """A line with its numbers made alike, in figures or in roman figures ("Page xiii", "Page 12": "page #")."""
    return ROMAN_WORD_RE.sub(lambda m: "#" if ROMAN_RE.fullmatch(m.group()) else m.group(),
                             re.sub(r"\d+", "#", " ".join(text.split()).casefold()))


def recurring_at_edges(lines: list[Line], page_starts: frozenset, lineno: int) -> int:
    """How many other lines repeat line *lineno* as a page's furniture does, exactly or with only its numbers
    changed (:func:`edge_shape`): where form feeds show the pages, the copies at the edges of other pages
    (their first or last :data:`EDGE_LINES` lines); where none do, the copies anywhere whose numbers differ
    from its own (a slug, a folio line), counted only when there are :data:`RECURRING_MIN` of them."""
    line = lines[lineno - 1]
    shape = edge_shape(line.text)
    if not re.search(r"[^\W\d_]", shape.replace("#", "")):
        return 0
    if page_starts:
        return sum(1 for page in _pages(lines, page_starts) if line not in page
                   for x in _edge(page) if edge_shape(x.text) == shape)
    copies = sum(1 for x in lines if x.lineno != lineno and not x.blank and x.text.strip() != line.text.strip()
                 and edge_shape(x.text) == shape)
    return copies if copies >= RECURRING_MIN else 0
