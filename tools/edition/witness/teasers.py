"""A news site's list of teasers beside or under the article, recognised by its form.

A page copied from a news site or a magazine brings its feed along: other
stories' teasers, each a short headline over its byline ("By Ann Lee"), with
a line or two of its dek, often under a date or a clock time and a rubric
("10/18/2020" / "politics"), and between them the feed's quick posts (a date,
a headline, a quotation, its source). None of it is the article's. Its form
is the repetition: :data:`TEASERS_MIN` teasers or more, each anchor (a
teaser's byline, a date alone on its line) within :data:`ANCHOR_GAP`
non-blank lines of the next. A teaser's byline is followed by a line of dek
at most, then by no prose: the article's own headline over its byline, which
its prose follows, is none, and no run begins before the first teaser, so the
article's text is never taken into the list.

The layout sets the run aside, each block kept in the apparatus with its
reason (:func:`edition.witness.layout.teaser_lists`); tested in
``tests/test_news_pages.py``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .furniture import is_date_line
from .lead import byline_like, headline_like
from .reading import Line
from .script import words

#: the fewest teasers (a headline over its byline) of a list
TEASERS_MIN = 3
#: the most non-blank lines between two anchors of one list (a quick post: a headline, a quotation, its source)
ANCHOR_GAP = 10
#: the most short lines above the first teaser's headline taken into the list (its date, its rubric, the list's
#: own heading: "THE FEED")
LEAD_LINES = 6
#: the most words of such a line
LEAD_WORDS = 5
#: a clock time alone on its line ("7:00 a.m.", "12:29 PM", "18:05")
CLOCK_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?$", re.IGNORECASE)
#: the fewest words of a line of prose, which no teaser's dek is followed by
PROSE_WORDS = 12
SENTENCE_END_RE = re.compile(r"[.!?…][”’\"')\]]*$")


class TeaserList(NamedTuple):
    """A run of teasers: its first and last witness lines, and how many teasers it holds."""

    first: int
    last: int
    teasers: int


def stamp_line(text: str) -> bool:
    """A date or a clock time alone on its line, as a feed stamps its items ("10/18/2020", "7:00 a.m.")."""
    text = text.strip()
    return bool(text) and (is_date_line(text) or bool(CLOCK_RE.match(text)))


def _prose(text: str) -> bool:
    text = text.strip()
    return len(words(text)) >= PROSE_WORDS and bool(SENTENCE_END_RE.search(text))


def _teaser(filled: list[Line], k: int) -> bool:
    """Whether line *k* of *filled* is a teaser's byline: a byline under a headline, followed by a line of dek
    at most before the next item, no prose after it (an article's byline is followed by its prose)."""
    text = filled[k].text.strip()
    if not k or not byline_like(text) or not headline_like(filled[k - 1].text):
        return False
    if k + 1 < len(filled) and stamp_line(filled[k + 1].text):
        return True
    return not (k + 2 < len(filled) and _prose(filled[k + 2].text))


def teaser_lists(lines: list[Line]) -> list[TeaserList]:
    """The runs of teasers in *lines* (see the module), in order."""
    filled = [line for line in lines if line.text.strip()]
    #: anchors: (index in *filled*, whether a teaser's byline)
    anchors = [(k, teaser) for k, line in enumerate(filled)
               if (teaser := _teaser(filled, k)) or stamp_line(line.text)]
    runs: list[list[tuple[int, bool]]] = []
    for anchor in anchors:
        if runs and anchor[0] - runs[-1][-1][0] <= ANCHOR_GAP + 1:
            runs[-1].append(anchor)
        else:
            runs.append([anchor])
    out: list[TeaserList] = []
    for run in runs:
        teasers = [k for k, teaser in run if teaser]
        if len(teasers) < TEASERS_MIN:
            continue
        # the list begins at its first teaser's headline, with the short lines right above it (a stamp, a rubric,
        # the list's heading), none a sentence
        first = teasers[0] - 1
        for _ in range(LEAD_LINES):
            above = filled[first - 1].text.strip() if first else ""
            if (not above or len(words(above)) > LEAD_WORDS
                    or (SENTENCE_END_RE.search(above) is not None and not stamp_line(above))):
                break
            first -= 1
        # it ends with its last teaser's dek: the line under the byline, unless an item or a headline begins there
        last = teasers[-1]
        if last + 1 < len(filled) and not stamp_line(filled[last + 1].text) and not (
                last + 2 < len(filled) and byline_like(filled[last + 2].text)):
            last += 1
        out.append(TeaserList(filled[first].lineno, filled[last].lineno, len(teasers)))
    return out
