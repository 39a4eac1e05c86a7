"""Dates a text's opening gives in passing: a title page's version line, a title-page note, the title's year,
a labelled date line below the header (:func:`field_date`: "Date: November 1926" after the lead).

When a witness has no Date: line, no "Written:" field and no imprint ("First
published …"), its first page may still date it: "Version 2, February 1998"
under a manual's title, "∗ This file … has version number v0.19.4, last
revised 2016/08/06." in the note on its title, "The Dictatorship of the
Proletariat (1919)" in a wiki's header. Each is read by its form and its place
(the opening lines, before the first page ends), never in the running text, and
each is a guess the report flags with the line it came from.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .furniture import DATE_TEXT, is_date_line
from .labels import SIGNS
from .reading import Line

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: a date as a title page prints it: "February 1998", "6 August 2016", "August 6, 2016", "2016/08/06", "1998"
DATE = (
    rf"(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})(?:\s+\d{{1,2}},)?\s+(?:1[5-9]|20)\d\d"
    r"|(?:1[5-9]|20)\d\d[/-]\d\d[/-]\d\d|\d{1,2}[/.]\d{1,2}[/.](?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d)"
)
#: a title page's line of a version and its date, the whole line: "Version 2, February 1998", "Draft 3 — 1 May 2001"
VERSION_LINE_RE = re.compile(
    rf"^(?:Version|Edition|Release|Revision|Draft|Rev\.)\s+[\w.]{{1,10}}(?:\s*[,–—-]\s*|\s+of\s+|\s+)({DATE})\.?$",
    re.IGNORECASE,
)
#: a note on the title saying when the text was last revised: "… last revised 2016/08/06."
REVISED_RE = re.compile(
    rf"\b(?:last\s+)?(?:revised|updated|modified)(?:\s+on)?\s+({DATE})(?=[\s.,;)]|$)", re.IGNORECASE)
#: a note's line on a title page: it opens with the sign of its note ("∗ This file …")
SIGN_NOTE_RE = re.compile(rf"^\s*[{SIGNS}]\s*\S")
#: a line that is a title and its year in brackets: "The Dictatorship of the Proletariat (1919)"
TITLE_YEAR_RE = re.compile(r"^(.{3,120}?)\s+\(((?:1[5-9]|20)\d\d)\)$")
#: the opening lines searched (a title page, a wiki's header)
OPENING_LINES = 60
#: how far down the first page a date line alone is the title page's date
TITLE_PAGE_DATE_LINES = 8


#: a date inside a field's value: "Dictated by phone on August 17, 1921" → "August 17, 1921"
DATE_IN_RE = re.compile(rf"(?<!\w)(?:{DATE_TEXT})(?!\w)", re.IGNORECASE)
#: a year inside a field's value: "First published in 1958 in the magazine …" → "1958"
YEAR_IN_RE = re.compile(r"(?<![\w/.-])(?:1[5-9]|20)\d\d(?![\w/-])")
#: the most words of a field's value kept whole as its date when it gives a year and no day ("Spring 1920")
SHORT_DATE_WORDS = 3


def date_phrase(value: str) -> str:
    """The date a field's value gives, and nothing else: "Dictated by phone on August 17, 1921" → "August 17,
    1921"; "First published in 1958 in the magazine …" → "1958"; a short value with its year ("Spring 1920")
    whole; "" if it gives none (a sentence is never a date)."""
    value = value.strip()
    if m := DATE_IN_RE.search(value):
        return m.group(0)
    years = YEAR_IN_RE.findall(value)
    if not years:
        return ""
    return value.rstrip(".") if len(value.split()) <= SHORT_DATE_WORDS else years[0]


class Dating(NamedTuple):
    value: str
    how: str
    lineno: int
    #: whether the line names the text's date in so many words ("Date: …", "Written: …"), not a copy's
    sure: bool = False


#: a line that labels the text's date in so many words, alone on its line: "Date: November 1926",
#: "Written: 1921", "First published: Pravda, 3 December 1926", "Published: 3 December 1926" (the label, the value)
FIELD_DATE_RE = re.compile(r"^(Date|Dated|Written|First [Pp]ublished|Published)\s*:\s+(\S.{0,200})$")
#: the labels of :data:`FIELD_DATE_RE` in order of preference; the last dates a copy, not necessarily the text
FIELD_DATE_LABELS = ("date", "dated", "written", "first published", "published")


def field_date(lines: list[Line], page_starts: frozenset, skip: frozenset[int] = frozenset()) -> Dating | None:
    """The date a labelled line among the opening lines gives ("Date: November 1926" under a standfirst, or
    after the first paragraph: below the header, not read as one of its fields), or None.

    The line is one of the opening lines (:func:`_opening`) and holds the label and its value alone; the value
    gives a date (:func:`date_phrase`). "Date:" first, then "Dated:", "Written:", "First published:", and last
    "Published:", which may date the copy, not the text (unsure). *skip*: lines already read (the header's).
    """
    found: dict[str, tuple[str, Line]] = {}
    for line in _opening(lines, page_starts):
        if line.lineno in skip or not (m := FIELD_DATE_RE.match(line.text.strip())):
            continue
        label = m.group(1).lower()
        if label not in found and (date := date_phrase(m.group(2))):
            found[label] = (date, line)
    label = next((label for label in FIELD_DATE_LABELS if label in found), None)
    if label is None:
        return None
    date, line = found[label]
    shown = line.text.strip().split(":", 1)[0]
    copy = label == "published"
    return Dating(date, f"the “{shown}: …” line below the header, among the opening lines"
                  + (" (the copy's date, not necessarily the text's)" if copy else ""), line.lineno, not copy)


def _opening(lines: list[Line], page_starts: frozenset) -> list[Line]:
    """The opening lines: the first page of a PDF extraction, at most :data:`OPENING_LINES`."""
    first_page_end = min(page_starts, default=len(lines) + 1)
    return [line for line in lines[:OPENING_LINES] if line.lineno < first_page_end]


def _bare_title(title: str) -> str:
    """The title without a page name's disambiguator in brackets ("… (Kautsky)"), folded for comparing."""
    return re.sub(r"\s*\([^()]*\)$", "", title).strip().casefold()


def opening_date(lines: list[Line], page_starts: frozenset, title: str) -> Dating | None:
    """A date the opening gives in passing (see the module), or None.

    In order: a version line standing alone ("Version 2, February 1998"), a
    title-page note's "last revised DATE" (a line that opens with the note's
    sign), a line that is the title with a year in brackets, a line among the
    first :data:`TITLE_PAGE_DATE_LINES` that is a date and nothing else
    ("August 2022", under a title and its editor). Prose is never
    read: "In February 1998 the version 2 was released" is no version line,
    and "it was revised in 2016" no note on the title.
    """
    opening = _opening(lines, page_starts)
    for line in opening:
        if m := VERSION_LINE_RE.match(line.text.strip()):
            return Dating(m.group(1), "the version line of the title page (“Version …, DATE”)", line.lineno)
    for line in opening:
        if SIGN_NOTE_RE.match(line.text) and (m := REVISED_RE.search(line.text)):
            return Dating(m.group(1), "the note on the title page (“… last revised DATE”): the date of the "
                          "revision, not necessarily the text's first", line.lineno)
    bare = _bare_title(title)
    for line in opening:
        m = TITLE_YEAR_RE.match(line.text.strip())
        if m and bare and m.group(1).strip().casefold() == bare:
            return Dating(m.group(2), "the year in brackets after the title in the header (“TITLE (YEAR)”)",
                          line.lineno)
    for line in opening[:TITLE_PAGE_DATE_LINES]:
        if is_date_line(line.text):  # "August 2022" under the title and editor: set aside as a date line
            return Dating(line.text.strip(), "a date line alone among the first lines (“August 2022”)",
                          line.lineno)
    return None
