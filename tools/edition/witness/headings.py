"""Headings of a PDF text: their numbers set apart, and the running heads that copy them.

A PDF's extraction sets a heading's number on a line of its own ("2", a
blank line, "The ledmac package"; "Chapter 1", then "Introduction"; "A.7",
then "Irish verse"), and prints the running head at each page's top in the
same form as the heading it copies ("6", "1", "Introduction"). The rules
here are decided by the form of the lines and their place on the page,
never by a file's name:

- a section's number alone on its line is "1", "1.2", "A.7", or a label
  with its number, "Chapter 4", "Appendix A" (:func:`number_only`);
- a chapter's or an appendix's label above a title-case line is that
  heading's number, though the text repeats the label's form from page to
  page, as it repeats a running head (:func:`label_lines`);
- a title at a page's top (its number above it, its page number beside
  it) that the text printed before, or prints again lower on the same
  page, is the page's running head: the heading is the other copy
  (:func:`page_top_repeats`);
- a heading's level follows its number's depth: "Chapter 1" and "1" are
  the first level, "1.1" and "A.1" the second (:func:`heading_number`).

Tested in ``tests/test_headings.py``.
"""

from __future__ import annotations

import re

from .reading import Line

#: a chapter's or an appendix's label with its number, alone on its line: "Chapter 4", "APPENDIX A", "Chapter IV"
LABEL_ONLY_RE = re.compile(r"^\s*(?:chapter|appendix)\s+(?:\d{1,3}|[IVXLC]{1,7}|[A-Z])\.?\s*$", re.IGNORECASE)
#: a section's number alone on its line: "2", "2.1", "2.1.", or an appendix's section, "A.7", "B.2.1"
NUMBER_ONLY_RE = re.compile(r"^\s*(?:\d{1,2}|[A-Z]\.\d{1,2})(?:\.\d{1,2})*\.?\s*$")
#: a heading's number at its start: "Chapter 4 ", "Appendix A ", "A.3 ", "1.2.1 ", "2 "
HEADING_NUMBER_RE = re.compile(
    r"^\s*(?:(?P<label>chapter|appendix)\s+(?P<n>\d{1,3}|[IVXLC]{1,7}|[A-Z])\.?"
    r"|(?P<dotted>(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+|\d{1,2})\.?)(?:\s+|$)",
    re.IGNORECASE,
)
#: an appendix's section number before its title: "A.3 How will …" (a capital, a dot, a number)
APPENDIX_SECTION_RE = re.compile(r"^\s*[A-Z]\.\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\S)")
#: the most words of a title a running head copies
RUNNING_TITLE_MAX_WORDS = 10
#: the lines at a page's top searched for its running head (its page number, the number, the title)
TOP_LINES = 3


def number_only(text: str) -> bool:
    """A heading's number alone on its line: "1.2", "A.7", "Chapter 4", "Appendix A"."""
    return bool(NUMBER_ONLY_RE.match(text) or LABEL_ONLY_RE.match(text))


def label_only(text: str) -> bool:
    """A chapter's or an appendix's label with its number, alone on its line: "Chapter 1", "Appendix A"."""
    return bool(LABEL_ONLY_RE.match(text))


def numbered_heading(text: str) -> bool:
    """A line opening with a chapter's label ("Chapter 1 Introduction") or an appendix's section
    number ("A.3 How will Debian attempt …"): numbered as a heading is, though it asks a question."""
    m = HEADING_NUMBER_RE.match(text)
    return bool(m and (m.group("label") or APPENDIX_SECTION_RE.match(text)) and text[m.end():].strip())


def heading_number(text: str) -> tuple[int, ...] | None:
    """The depth of a heading's number, as numbers: "Chapter 4 …" → (4,), "A.3 …" → (1, 3),
    "1.2.1 …" → (1, 2, 1); None for a heading without one. A letter counts as one level."""
    m = HEADING_NUMBER_RE.match(text)
    if m is None:
        return None
    if m.group("label"):
        n = m.group("n")
        return (int(n),) if n.isdigit() else (1,)
    parts = m.group("dotted").split(".")
    return tuple(int(p) if p.isdigit() else 1 for p in parts)


#: the most words of a title that begins in lower case, a program's name ("ledmac", "dpkg internals")
LOWER_TITLE_MAX_WORDS = 4


def lower_title(text: str) -> bool:
    """A short title in lower case, as a program's or a package's name is ("ledmac"): a heading under its
    number on the line above, though it is no title-case line; never a sentence's end or a clause."""
    stripped = text.strip()
    return (0 < len(stripped.split()) <= LOWER_TITLE_MAX_WORDS and stripped[:1].islower()
            and not re.search(r"[.,;:!?]$|[{}=\\@<>]", stripped))


#: a line of a listing numbered in its margin: a number of three figures or more, then a word with a sign of
#: code in it ("4551 h/braonaini", "4547 \\endnumbering"); a section's number has two figures at most, a running
#: head's page number is followed by words ("206 References", "212 the journal of planning")
LISTING_LINE_RE = re.compile(r"^\s*\d{3,}\s+(?=[\\{}<>\[(]|\S*[/\\{}=<>\[\]()])")


def listing_line(text: str) -> bool:
    """A numbered line of a program's listing ("4551 h/braonaini"): never a heading, nor a running head."""
    return bool(LISTING_LINE_RE.match(text))


#: a section's number of one level and its title: "2 The ledmac package"
NEXT_SECTION_RE = re.compile(r"^(\d{1,2})\s+(?=[A-Z])")


def next_section(text: str, subsections: frozenset[tuple[int, ...]]) -> bool:
    """A short line numbered as the section after one of the text's numbered subsections ("2 The ledmac
    package" after "1.2.2 …", among *subsections*) and titled with a capital: a heading, though the line
    below it opens in lower case ("ledmac is a three-pass package …")."""
    m = NEXT_SECTION_RE.match(text.strip())
    if m is None or len(text.split()) > RUNNING_TITLE_MAX_WORDS:
        return False
    n = int(m.group(1))
    return any(len(s) >= 2 and s[0] == n - 1 for s in subsections)


def _title_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _short_title(text: str) -> bool:
    stripped = text.strip()
    return (0 < len(stripped.split()) <= RUNNING_TITLE_MAX_WORDS and stripped[:1].isupper()
            and not stripped.endswith((".", ",", ";", ":")))


def label_lines(lines: list[Line], found: dict[int, str], page_starts: frozenset = frozenset()) -> list[int]:
    """The chapter's and appendix's labels ("Chapter 2", "Appendix A") taken for running heads in *found*
    that are the number of the heading below them: a short title-case line, the next line of text
    within two lines and on the same page, that is no furniture."""
    out = []
    text_lines = [x for x in lines if not x.blank]
    for i, line in enumerate(text_lines[:-1]):
        if line.lineno not in found or not LABEL_ONLY_RE.match(line.text):
            continue
        following = text_lines[i + 1]
        if (following.lineno in found or following.lineno > line.lineno + 2 or not _short_title(following.text)
                or any(line.lineno < start <= following.lineno for start in page_starts)):
            continue
        out.append(line.lineno)
    return out


def _free(line: Line, found: dict[int, str]) -> bool:
    """A line no furniture yet, or a running head by its repetition alone (a title the text repeats)."""
    return found.get(line.lineno, "running head") == "running head"


def _top_group(page: list[Line], found: dict[int, str]) -> tuple[list[Line], bool]:
    """The title at a page's top, with its number's line above it, and whether a page number is beside it:
    ("6"), "1", "Introduction" → ([1, Introduction], True); "1.2 History" → ([1.2 History], False)."""
    top = page[:TOP_LINES]
    numbered = False
    i = 0
    while i < len(top) and found.get(top[i].lineno) == "page number":
        numbered, i = True, i + 1
    group: list[Line] = []
    if i < len(top) and _free(top[i], found) and number_only(top[i].text):
        group.append(top[i])
        i += 1
    if i < len(top) and _free(top[i], found) and _short_title(top[i].text):
        group.append(top[i])
        if not numbered and i + 1 < len(top) and found.get(top[i + 1].lineno) == "page number":
            numbered = True  # "1.2", "History", then the page's number "7"
        return group, numbered
    return [], numbered


def page_top_repeats(lines: list[Line], found: dict[int, str],
                     page_starts: frozenset) -> tuple[list[int], list[int]]:
    """The lines of a running head that copies a heading at a page's top: (its page number,) its number
    and its title ("6", "1", "Introduction"); and the lines of the heading it copies lower on its page.

    A page's first lines, the page number aside, are a running head when
    their title, with its number, is the text's again: when the same
    lines stand lower on the same page (there, the section begins: "1.2",
    "History" twice at the top of a page; that copy is the heading, though
    the text repeats the title as a running head is repeated), or when
    they stood before in the text and the page's number is beside them.
    The first copy of a title, a section that opens a page, is its heading.

    :return: the running head's lines, and the heading's lines below it
    """
    if not page_starts:
        return [], []
    bounds = [1, *sorted(page_starts), len(lines) + 1]
    pages = [[x for x in lines[start - 1:end - 1] if not x.blank]
             for start, end in zip(bounds, bounds[1:], strict=False)]
    seen: dict[str, int] = {}  # each title's key → the line of its first copy
    text_lines = [x for x in lines if not x.blank]
    for i, line in enumerate(text_lines):
        if number_only(line.text) and i + 1 < len(text_lines):
            seen.setdefault(_title_key(line.text + " " + text_lines[i + 1].text), line.lineno)
        seen.setdefault(_title_key(line.text), line.lineno)
    heads: list[int] = []
    headings: list[int] = []
    for page in pages[1:]:
        group, numbered = _top_group(page, found)
        if not group:
            continue
        key = _title_key(" ".join(x.text for x in group))
        first, last = group[0].lineno, group[-1].lineno
        # the copy lower on the page, above its last lines (where a running foot repeats a running head)
        below = next((page[j:j + len(group)] for j in range(len(page) - TOP_LINES) if page[j].lineno > last
                      and _title_key(" ".join(x.text for x in page[j:j + len(group)])) == key), None)
        if below is not None or (seen.get(key, first) < first and numbered):
            heads += [x.lineno for x in group]
            headings += [x.lineno for x in below or []]
    return heads, headings
