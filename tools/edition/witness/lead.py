"""A page's title named by its lead sentence, when the copy lacks the title itself.

A wiki page copied as plain text may lose its title and keep its lead:
"_THE NEW COURSE_ (Russian: _Новый курс)_ was a 1924 brochure …". The lead
names its subject in emphasis (underscores, asterisks, a wiki's quotes) at the
start of its first sentence, and says what it was: that subject is the page's
title, a guess the report flags. "In 1924, _The New Course_ was reprinted" (the
emphasis inside the sentence) and "_Pravda_ printed the articles" (no "was a …")
name no title.
"""

from __future__ import annotations

import re

from .lexicon import title_case
from .reading import Line
from .script import words as _words

#: the subject of a lead in emphasis, at the start of its sentence (a line's start, a sentence's end, a wiki
#: link's residue "…]]" before it), a gloss in brackets after it, then "was a", "is the" …
LEAD_TITLE_RE = re.compile(
    r"(?:^|(?<=[.!?\]]\s)|(?<=\]\]\s))(?P<mark>_|\*\*|\*|'''|'')(?P<title>[^\s_*'][^_*\n]{1,100}?[^\s_*'])(?P=mark)"
    r"\s+(?:\([^()]{0,120}\)_?\s+)?(?:was|is|are|were)\s+(?:a|an|the)\b"
)
#: the opening lines searched for the lead
LEAD_LINES = 12


def lead_title(lines: list[Line]) -> tuple[str, int] | None:
    """The title the lead names in emphasis at its start (see the module), with its line; None if none."""
    for line in lines[:LEAD_LINES]:
        m = LEAD_TITLE_RE.search(line.text.strip())
        if m:
            title = m.group("title").strip()
            return (title_case(title) if title.isupper() else title), line.lineno
    return None


# -- a headline below the title ------------------------------------------------------------------------

#: a name of an author line with its affiliation's marks ("Ann Lee1", "Bo Kim2,3*", "Cy Doe*")
#: (the signs after the number: a corresponding author's "*", a "☯" of equal contribution, "†", "‡", "§")
_MARKED_NAME = r"[A-Z][^\W\d_]*\.?(?:[\s-]+[A-Z][^\W\d_]*\.?){1,3}(?:\d{1,2}(?:,\d{1,2})*[*†‡☯§¶]{0,3}|[*†‡☯§¶]{1,3})"
#: a paper's line of its authors, each name with its affiliation's number: "Ann Lee1, Bo Kim2*, and Cy Doe1"; a
#: comma at its end when the names run on to the next line
MARKED_AUTHORS_RE = re.compile(rf"^{_MARKED_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_MARKED_NAME})*,?$")
#: a news site's byline: "By" and a name, whatever follows it (the writer's post, the site)
_BY_RE = re.compile(r"^(?:By|BY|by)\s+[A-Z]")
#: a byline with the writer's post after the name and a comma ("By Ann Lee, Senior Staff Technologist, the
#: Speech, Privacy, and Technology Project"): the name two to four capitalised words, no figure among them
_BY_POST_RE = re.compile(r"^(?:By|BY|by)\s+(?:[A-Z][^\W\d_]*\.?[\s-]+){1,3}[A-Z][^\W\d_]*\.?,\s")
#: the most words of a byline, and of one with the writer's post
BYLINE_MAX_WORDS = 12
BYLINE_POST_MAX_WORDS = 20
#: the lines under the title searched for a headline (a site's menus and teasers may fill a screen between them)
RIVAL_LINES = 60
#: the most words of a title that a headline below it may displace (a site's name, a rubric, a label)
RIVAL_TITLE_WORDS = 3
#: the short lines between the title and the headline that make the title a masthead (a site's menus)
RIVAL_MENU_LINES = 3
#: the fewest words of the headline
RIVAL_HEADLINE_WORDS = 3
#: a line of prose: more words than a headline has (the search stops there)
RIVAL_PROSE_WORDS = 25


def byline_like(text: str) -> bool:
    """A byline ("By Ann Lee", "By A. Writer Health editor, …") or a paper's authors with their marks."""
    text = text.strip()
    if MARKED_AUTHORS_RE.match(text):
        return True
    if text.endswith(".") or not _BY_RE.match(text):
        return False
    n = len(_words(text))
    return n <= BYLINE_MAX_WORDS or (n <= BYLINE_POST_MAX_WORDS and bool(_BY_POST_RE.match(text)))


def headline_like(text: str) -> bool:
    """A line of a headline's form: three words or more, fewer than prose, no sentence's end, no byline."""
    text = text.strip()
    n = len(_words(text))
    return (RIVAL_HEADLINE_WORDS <= n <= 20 and (text[:1].isupper() or text[:1] in "'\"‘“")
            and not text.endswith((".", ",", ";", ":")) and not byline_like(text) and not text.isupper())


def _lines_over(below: list[Line], k: int) -> list[Line]:
    """The lines right above line *k* of *below* (three at most, across one blank line at most)."""
    head: list[Line] = []
    j = k - 1
    if j >= 0 and not below[j].text.strip():
        j -= 1
    while j >= 0 and below[j].text.strip() and len(head) < 3:
        head.insert(0, below[j])
        j -= 1
    return head


def rival_headline(lines: list[Line], title_lineno: int) -> tuple[str, int] | None:
    """A headline below the short title at witness line *title_lineno* that competes with it, with its first
    line; None if none.

    The headline is one to three lines of a headline's form (:func:`headline_like`, their words joined)
    right above a byline or a paper's line of authors with their affiliations' numbers. It displaces a title
    of at most three words that reads as the head's furniture: a label in capitals over a headline broken
    over lines or over numbered authors ("RESEARCH ARTICLE", a rubric of the document's type); a line over
    the site's menus (three short lines or more between the two: a masthead); a line the page repeats under
    itself ("Health", "Health": a section's label). "The Russian Question" over its subtitle over "By Ann
    Lee" has nothing between them: the subtitle is no rival."""
    by_no = {line.lineno: line for line in lines}
    if title_lineno not in by_no:
        return None
    title = by_no[title_lineno].text.strip()
    if not title or len(_words(title)) > RIVAL_TITLE_WORDS:
        return None
    below = [line for line in lines if title_lineno < line.lineno <= title_lineno + RIVAL_LINES]
    short = 0
    repeated = False
    for k, line in enumerate(below):
        text = line.text.strip()
        if not text:
            continue
        if len(_words(text)) > RIVAL_PROSE_WORDS:
            return None  # the prose begins: no headline above it
        if not byline_like(text):
            if " ".join(text.split()).casefold() == " ".join(title.split()).casefold():
                repeated = True
            elif len(_words(text)) <= RIVAL_TITLE_WORDS:
                short += 1
            continue
        head = _lines_over(below, k)
        text_of = " ".join(h.text.strip() for h in head)
        if not head or not headline_like(text_of):
            return None
        # the short lines counted include none of the headline's
        short -= sum(1 for h in head if len(_words(h.text.strip())) <= RIVAL_TITLE_WORDS)
        label = title.isupper() and (len(head) > 1 or bool(MARKED_AUTHORS_RE.match(text)))
        if label or repeated or short >= RIVAL_MENU_LINES:
            return " ".join(text_of.split()), head[0].lineno
        return None
    return None


#: an affiliation's mark after a name of :data:`MARKED_AUTHORS_RE`
_MARK_RE = re.compile(r"(?<=[^\W\d_])(?:\d{1,2}(?:,\d{1,2})*[*†‡☯§¶]{0,3}|[*†‡☯§¶]{1,3})")


def marked_authors(text: str) -> str:
    """The names of a paper's line of authors (:data:`MARKED_AUTHORS_RE`) without their affiliations' marks
    ("Ann Lee1, Bo Kim2*" → "Ann Lee, Bo Kim"), or "" if the line is not of that form."""
    text = " ".join(text.split())
    return _MARK_RE.sub("", text) if MARKED_AUTHORS_RE.match(text) else ""


#: a record's field on one line: a label of words (no figures) ending in a colon, then its value
FIELD_LINE_RE = re.compile(r"^(?P<label>[^\W\d_][\w’'.]*(?:\s+[^\W\d_][\w’'.]*){1,4})\s*:\s+(?P<value>\S.*)$")
#: a file's name on a line: a word with the ending of a web page, a text or a PDF ("q2release8-k.htm")
FILE_NAME_RE = re.compile(r"^[\w.-]*\w\.(?:html?|txt|pdf)$", re.IGNORECASE)


def field_line(text: str) -> bool:
    """Whether a line is a record's field ("Neutral Citation Number: [2017] EWHC 1 (Ch)", "Case No: X-1"): a
    label of two to five words without figures and a colon, then a value of codes, with a figure and no word in
    lower case. A title with a colon has words after it ("Russia: The Road to Revolution"), or figures in its
    label ("Chapter 1: 1917")."""
    m = FIELD_LINE_RE.match(" ".join(text.split()))
    if m is None:
        return False
    value = m.group("value")
    return any(c.isdigit() for c in value) and not any(
        t.islower() and len(t) > 1 for t in re.findall(r"[^\W\d_]+", value))


def file_name_line(text: str) -> bool:
    """Whether a line is a file's line of an archive or a filing system: a file's name (:data:`FILE_NAME_RE`)
    among codes ("8-K 1 q2release8-k.htm 8-K": the form's type, its number, the file's name), every other word
    with a figure or in capitals. A sentence that names a file has words ("Why index.html matters")."""
    tokens = text.split()
    names = [t for t in tokens if FILE_NAME_RE.match(t)]
    rest = [t for t in tokens if not FILE_NAME_RE.match(t)]
    return bool(names) and bool(rest) and all(any(c.isdigit() for c in t) or t.isupper() for t in rest)
