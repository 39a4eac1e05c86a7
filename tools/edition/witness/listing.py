"""A program's listing with its line numbers, as a manual extracted from a PDF prints it::

    4546
    4547 \\endnumbering
    4548
    4549 \\end{document}

A run of lines that open with numbers rising by one from line to line, some of them with a line of a
program after the number (:func:`edition.witness.code.strong_code`), is a listing: each of its lines,
the numbers alone on theirs and the lines between them too, is a line of the listing
(:func:`listing_lines`), never a page's number, a heading or a paragraph. A page's number stands alone
a page's length from the next; the numbers of a list or of a table of contents have no program beside
them.
"""

from __future__ import annotations

import re

from .code import strong_code

#: a line number at a line's start: alone, or before the line's text
NUMBERED_RE = re.compile(r"^\s*(\d{1,5})(?:\s+(\S.*))?$")
#: the fewest numbered lines that make a listing
LISTING_MIN = 3
#: the farthest apart two numbered lines of one listing may be (blank and unnumbered lines between)
GAP_MOST = 5


def listing_lines(texts: list[str]) -> set[int]:
    """The indices of the lines of *texts* that are lines of a numbered listing. Linear: one pass."""
    found: set[int] = set()
    run: list[tuple[int, int, bool]] = []  # (index, number, whether a program's line follows the number)

    def close() -> None:
        if len(run) >= LISTING_MIN and any(code for *_, code in run):
            found.update(range(run[0][0], run[-1][0] + 1))
        run.clear()

    for i, text in enumerate(texts):
        m = NUMBERED_RE.match(text) if len(text) <= 240 else None
        if m is None:
            if run and i - run[-1][0] > GAP_MOST:
                close()
            continue
        number = int(m.group(1))
        if run and (number != run[-1][1] + 1 or i - run[-1][0] > GAP_MOST):
            close()
        run.append((i, number, bool(m.group(2)) and strong_code(m.group(2))))
    close()
    return found
