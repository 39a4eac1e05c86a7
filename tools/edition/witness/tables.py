"""Grid tables in plain text, known by their form.

A web page rendered as plain text (pandoc's ``plain`` writer, a wiki's export) draws a table as a grid:
border lines of ``+`` and ``-`` (``=`` under the header row), and rows between ``|`` set at the columns of
the border's ``+``::

    +---------+------+
    | Country | Date |
    +=========+======+
    | France  | 1924 |
    +---------+------+

Such a run of lines is one table (:func:`grid_tables`), never a paragraph a line: each row's cells are
read between the column lines (:func:`read_grid`), a cell's lines joined. A grid whose rows do not keep
to the border's columns (a cell spanning two, a diagram of boxes and arrows) is no table the edition
can write as rows and cells: it is printed as the witness sets it (a literal block). A line of dashes, a
box drawn beside text, a ``|`` in a sentence are no grid: a grid has two borders at least and every line
between them is a border or a row at the same columns.

A browser's copy of a page (a wiki's, a report's) sets a table's rows one a line, its cells apart by tabs::

    Type<TAB>Description<TAB>Since
    jmp_buf<TAB>An array type …<TAB>C89

Two lines or more one after the other, each of as many cells as the others (two at least) between tabs, are
one table (:func:`tab_tables`, read by :func:`read_tabs`). A tab inside one line of prose, a line indented by a
tab, lines of different counts of cells, are no table.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# a table's caption ("Table 324. Arrests by Sex and Age: 2009"), the wide gap between a row's cells
from .figures import CELL_GAP_RE, TABLE_CAPTION_RE
from .script import words

#: a border: "+", then runs of "-" (or "=", under the header; ":" marks an alignment) each closed by "+"
BORDER_RE = re.compile(r"^\+(?:[-:]+\+)+$|^\+(?:[=:]+\+)+$")
#: the fewest columns' width: "+-+" is a line of characters, no border
CELL_MIN = 1
#: the longest line searched: a table wider than this is no table of a page of text
TABLE_LINE_MOST = 400


class Grid(NamedTuple):
    """A grid table read: the columns' spans (character offsets between two column lines), the rows
    (each the indices of its lines among the table's), and how many rows the header has."""

    columns: list[tuple[int, int]]
    rows: list[list[int]]
    header: int


def _border(text: str) -> bool:
    return len(text) <= TABLE_LINE_MOST and bool(BORDER_RE.match(text))


def _crossings(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == "+"]


def grid_tables(texts: list[str]) -> list[tuple[int, int]]:
    """The grid tables among the lines *texts*: each as the indices of its first line and of the line
    after its last. A table opens and closes with a border; every line between is a border or a row (a line
    between two ``|``); whether its rows keep to the columns is :func:`read_grid`'s to say."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        first = texts[i].strip()
        if not _border(first):
            i += 1
            continue
        indent = len(texts[i]) - len(texts[i].lstrip())
        j, last = i + 1, i
        while j < len(texts):
            line = texts[j][indent:].rstrip() if texts[j][:indent].strip() == "" else ""
            if _border(line):
                last = j
            elif not (line.startswith("|") and line.endswith("|") and len(line) > 1):
                break
            j += 1
        if last > i + 1:
            found.append((i, last + 1))
            i = last + 1
        else:
            i += 1
    return found


def read_grid(texts: list[str]) -> Grid | None:
    """The columns, rows and header of a grid table's lines (:func:`grid_tables`), or None where a row
    does not keep to the columns (a cell spanning two): then the table is printed as the witness has it."""
    indent = len(texts[0]) - len(texts[0].lstrip())
    lines = [t[indent:].rstrip() for t in texts]
    cols = _crossings(lines[0])
    rows: list[list[int]] = []
    current: list[int] = []
    header = 0
    for n, line in enumerate(lines[1:], 1):
        if _border(line):
            if _crossings(line) != cols:
                return None  # a border of other columns: a cell across two
            if current:
                rows.append(current)
                current = []
            if "=" in line:
                if header or not rows:
                    return None  # a second header line, or one above no row
                header = len(rows)
            continue
        if len(line) != cols[-1] + 1 or any(line[c] != "|" for c in cols):
            return None
        current.append(n)
    if header > 1 or not rows:
        return None  # a pipe table has one header row
    return Grid([(a + 1, b) for a, b in zip(cols, cols[1:], strict=False)], rows, header)


# -- Tables whose cells are apart by tabs ------------------------------------------------

#: the fewest rows of a table whose cells are apart by tabs
TAB_ROWS_MIN = 2
#: the most words of a cell of a table's header row (a row of column names)
TAB_HEAD_MAX_WORDS = 4


def tab_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a line whose cells are apart by tabs: each cell's start and end in *text*, its spaces
    aside; [] for a line with no tab between two runs of text (prose, a line indented by a tab)."""
    stripped = text.strip()
    if "\t" not in stripped or len(text) > TABLE_LINE_MOST:
        return []
    lead = len(text) - len(text.lstrip())
    out: list[tuple[int, int]] = []
    at = lead
    for part in stripped.split("\t"):
        inner = part.strip()
        start = at + (len(part) - len(part.lstrip()))
        out.append((start, start + len(inner)))
        at += len(part) + 1
    return out


def _row(text: str, count: int = 0) -> bool:
    """A line that is a table's row of cells apart by tabs (of *count* cells, if given): two cells at least, no
    cell empty but the last, the line not ending as a line broken in a word or a clause does ("-", ",")."""
    cells = tab_cells(text)
    return (len(cells) >= 2 and (not count or len(cells) == count) and not any(a == b for a, b in cells[:-1])
            and not text.rstrip().endswith(("-", ",")))


def tab_tables(texts: list[str]) -> list[tuple[int, int]]:
    """The tables whose cells are apart by tabs among the lines *texts*: each as the indices of its first line
    and of the line after its last: :data:`TAB_ROWS_MIN` lines or more one after the other, each of the same
    count of cells, two at least, no cell empty but the last of a row, none broken at its end ("hyphen-")."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if not _row(texts[i]):
            i += 1
            continue
        count = len(tab_cells(texts[i]))
        j = i + 1
        while j < len(texts) and _row(texts[j], count):
            j += 1
        if j - i >= TAB_ROWS_MIN:
            found.append((i, j))
        i = j
    return found


def read_tabs(texts: list[str]) -> Grid | None:
    """The rows of a table whose cells are apart by tabs (:func:`tab_tables`), as a :class:`Grid` whose
    columns are the cells' places (their spans are each line's own: :func:`tab_cells`), and whether its first
    row is a header: its cells column names, short (:data:`TAB_HEAD_MAX_WORDS` words at most), none ending a
    sentence, none a number; None if the lines are no such table."""
    rows = [tab_cells(t) for t in texts]
    if len(rows) < TAB_ROWS_MIN or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows):
        return None
    first = [texts[0][a:b] for a, b in rows[0]]
    header = int(all(c and len(words(c)) <= TAB_HEAD_MAX_WORDS and not c.endswith((".", ";", ":"))
                     and not any(ch.isdigit() for ch in c) for c in first))
    return Grid([(0, 0)] * len(rows[0]), [[n] for n in range(len(rows))], header)


# -- A statistical table as an extraction keeping the layout sets it ---------------------------------------
#
# A statistical abstract's table, extracted keeping the page's layout, sets each row's label, then dot leaders
# (". . . . ."), then its figures in columns apart by wide gaps; a long label runs over two lines, the first
# without figures; the columns' heads stand above the first row, cells apart by wide gaps::
#
#                       Total        Male
#     Offense charged          Under 18
#     Total . . . . . . .  11,062.6  8,263.3
#      Murder and nonnegligent
#       manslaughter. . . .   10.0      9.0
#
# Such a run of lines (:func:`leader_tables`) is a table, printed line for line as the witness sets it, never run
# into a paragraph; its caption above it, its notes and its source below, are paragraphs of their own.

#: a figure of a table's cell: "11,062.6", "(X)", "–" (zero), "12.5%", "$1,200"
NUMBER_CELL_RE = re.compile(r"^[(\[]?[-–—+−]?[$€£]?\d[\d,]*(?:\.\d+)?%?[)\]]?$|^[–—-]$|^\((?:X|NA|Z|S|D)\)$")
#: dot leaders between a row's label and its figures: ". . . ." or "....", then the figures or the line's end
LEADER_RE = re.compile(r"(?:\.[ \t]{1,3}){2,}\.|\.{4,}")
#: a row's label: a word of two letters or more before its figures ("Germany   27.5", "Total . . .")
LABEL_RE = re.compile(r"^\s*[^\W\d_]{2,}")
#: the fewest rows of figures that make a table
FIGURE_ROWS_MIN = 3
#: the fewest figures of a row
ROW_FIGURES_MIN = 2
#: the longest line inside a table that holds no figure (a label run over two lines, a note's sign alone)
FILLER_MOST_CHARS = 45
#: the most words of a column's head
HEAD_CELL_MOST_WORDS = 5
#: the least indent of a column's head alone on its line ("American" over "Indian/Alaskan")
HEAD_INDENT = 20


def figure_row(text: str) -> bool:
    """A row of a table's figures: :data:`ROW_FIGURES_MIN` figures or more at the line's end, after its label
    and its dot leaders, a wide gap, or nothing ("Fraud. . . . .   173.7   5.1", "    11,062.6 1,540.0"); a
    sentence's figures ("rose from 5.2 to 6.1 in 2009") have words after them or no gap before them."""
    body = text.rstrip()
    spans = [m.span() for m in re.finditer(r"\S+", body)]
    n = 0
    while n < len(spans) and NUMBER_CELL_RE.match(body[slice(*spans[-1 - n])]):
        n += 1
    if n < ROW_FIGURES_MIN:
        return False
    if n == len(spans):
        return True
    label = body[:spans[-n][0]]
    gap = len(label) - len(label.rstrip())
    return gap >= 2 or LEADER_RE.search(label.rstrip()[-8:]) is not None and label.rstrip().endswith(".")


def leader_row(text: str) -> bool:
    """A row's label with its dot leaders and no figures (they stand on the next line): "Violent crime . . . ."."""
    body = text.rstrip()
    m = LEADER_RE.search(body)
    return m is not None and m.start() > 0 and not body[m.end():].strip("0123456789,.–—-() X")


def _filler(text: str) -> bool:
    """A line inside a table that holds no row: a label run over two lines, a note's sign alone ("1")."""
    body = text.strip()
    return 0 < len(body) <= FILLER_MOST_CHARS and body[-1] not in ".?!:;" and len(body.split()) <= 6


def _head(text: str) -> bool:
    """A line of a table's columns' heads: short cells apart by wide gaps, none ending a sentence, or one such
    cell set far in ("Total      Male      Female", "      American")."""
    cells = CELL_GAP_RE.split(text.strip())
    indent = len(text) - len(text.lstrip())
    if len(cells) < 2 and indent < HEAD_INDENT:
        return False
    return all(0 < len(c) <= 30 and len(c.split()) <= HEAD_CELL_MOST_WORDS and c[-1] not in ".;:!?,]"
               for c in cells)


def leader_tables(texts: list[str]) -> list[tuple[int, int]]:
    """The tables among the lines *texts* set as an extraction keeping the layout sets a statistical table: each
    as the indices of its first line and of the line after its last. A table is a run of rows
    (:func:`figure_row`, :func:`leader_row`), :data:`FIGURE_ROWS_MIN` of figures at least, a short line among
    them where a label runs over two lines, and the columns' heads right above the first row (:func:`_head`).
    Lines with a figure or two (a table of contents' pages, a sentence's years), an ellipsis, one row alone, rows
    of figures with no label (a matrix), are no table."""
    kinds = ["row" if figure_row(t) else "leader" if leader_row(t) else "filler" if _filler(t)
             else "blank" if not t.strip() else "" for t in texts]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if kinds[i] not in ("row", "leader"):
            i += 1
            continue
        j, last, rows, named = i, i, 0, 0
        while j < len(texts) and kinds[j] in ("row", "leader", "filler", "blank"):
            if kinds[j] in ("row", "leader"):
                last = j
                rows += kinds[j] == "row"
                named += kinds[j] == "leader" or bool(LABEL_RE.match(texts[j]))
            elif kinds[j] == "blank" and not (j + 1 < len(texts) and kinds[j + 1] in ("row", "leader")):
                break
            j += 1
        # a table's rows are named (a matrix's rows of figures alone, a formula's, are no table's)
        if rows >= FIGURE_ROWS_MIN and named >= FIGURE_ROWS_MIN:
            start = i
            while start > 0 and texts[start - 1].strip() and _head(texts[start - 1]) \
                    and not NUMBER_CELL_RE.match(texts[start - 1].strip()):
                start -= 1
            found.append((start, last + 1))
        i = last + 1
    return found


#: a table's source or its notes under it: "Source: …", "Notes: …"
TABLE_SOURCE_RE = re.compile(r"^\s*(?:Sources?|Notes?)\s*:\s*\S")


def table_part_starts(texts: list[str], tables: list[tuple[int, int]]) -> frozenset[int]:
    """The indices of the lines that open a part of a table's text of their own, apart from the lines above or
    below them without a blank line (:func:`leader_tables`): under the caption right above the table ("Table 324.
    Arrests …"), its headnote ("[In thousands …]"); under the table, each "Source: …" or "Notes: …". A caption
    with no table under it, a "Source:" line in the prose, cut nothing."""
    out: set[int] = set()
    for a, b in tables:
        k = a - 1
        while k >= 0 and texts[k].strip() and not TABLE_CAPTION_RE.match(texts[k]):
            k -= 1
        if k >= 0 and texts[k].strip() and k + 1 < a:
            out.add(k + 1)
        k = b
        while k < len(texts) and texts[k].strip():
            if k > b and TABLE_SOURCE_RE.match(texts[k]):
                out.add(k)
            k += 1
    return frozenset(out)
