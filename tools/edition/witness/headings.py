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
  the first level, "1.1" and "A.1" the second (:func:`heading_number`);
- a short line that stands alone as a heading does is none when its form
  is another thing's (:func:`lookalike`): a figure's or a table's debris
  (figures, single letters, arrows, an axis's label with its unit, a row of
  cells repeating their words), a caption ("Figure 3: …", "Table 2 …"), a
  line of a table of contents ("3 Methods .... 12"), an infobox's field
  ("Born 12 May 1880", "Party: …"), a date with its year first, a site's
  chrome ("Navigation menu", "Jump to content"), a measurement with its
  unit, a program's output ("6.6 Mbytes of cons cells used (53%)").

Tested in ``tests/test_headings.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .figures import CAPTION_LABEL_RE, STOPPED_TABLE_CAPTION_RE
from .figures import LABELLED_TABLE_RE as TABLE_CAPTION_RE
from .figures import SPACED_FIGURE_CAPTION_RE as FIGURE_CAPTION_RE
from .furniture import MONTHS, line_shape
from .reading import Line
from .script import words

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
    return (0 < len(words(stripped)) <= LOWER_TITLE_MAX_WORDS and stripped[:1].islower()
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
    if m is None or len(words(text)) > RUNNING_TITLE_MAX_WORDS:
        return False
    n = int(m.group(1))
    return any(len(s) >= 2 and s[0] == n - 1 for s in subsections)


def _title_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _short_title(text: str) -> bool:
    stripped = text.strip()
    return (0 < len(words(stripped)) <= RUNNING_TITLE_MAX_WORDS and stripped[:1].isupper()
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


def _list_entry(lines: list[Line], line: Line) -> bool:
    """A short title between two short titles, no blank line between them: an entry of a list of titles (a
    table of contents), which no running head copies as it copies the heading of its chapter."""
    i = line.lineno - 1
    return (0 < i < len(lines) - 1 and lines[i].lineno == line.lineno
            and all(not x.blank and _short_title(x.text) for x in (lines[i - 1], line, lines[i + 1])))


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
        if _list_entry(lines, line):
            continue  # an entry of a list of titles (a table of contents' "Economy"), no copy of the heading
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


# -- lines that stand alone as headings do, and are none -----------------------------------------

#: a line of a table of contents: its entry, then leader dots or a wide gap, then the page's number
#: ("3 Methods .... 12", "Introduction . . . . . 1", "2 Background      4" as ``pdftotext -layout`` sets it)
#: (pdftotext may set the pages' numbers apart: "1.1 Motivation . . . . . . ." without its number)
CONTENTS_TAIL_RE = re.compile(r"(?:(?:\.\s?){3,}|…+)\s*\d{0,4}\s*$|\s{3,}\d{1,4}\s*$")
#: a table of contents' heading
CONTENTS_HEADING_RE = re.compile(r"^\s*(?:table of )?contents\s*$", re.IGNORECASE)
#: a unit in brackets closing an axis's label: "Time (s)", "Frequency (MHz)", "Speed [km/h]", "Share (%)"
_UNIT = r"(?:[kMGTmµμnp]?(?:s|Hz|m|g|W|V|J|N|Pa|B|b|bit|bps|l|L)|%|‰|°C?|dBm?|min|h|sec|px|pt|mol|ppm)"
AXIS_LABEL_RE = re.compile(rf"^[^\W\d_][\w\s.,'’-]{{0,40}}?\s*[(\[]{_UNIT}(?:\s?[/·]\s?{_UNIT})*[23²³]?[)\]]$")
#: a measurement opening a line, a program's output or a table's row, no section's number: a figure, then its
#: unit ("6.6 Mbytes of cons cells used", "12 ms per call", "3.5 kg"), or a line closing on a figure's share in
#: brackets after it ("13.2 Mbytes of vectors used (32%)")
MEASUREMENT_RE = re.compile(
    rf"^\d+(?:\.\d+)?\s*(?:{_UNIT}|[kKMGT]?(?:bytes?|iB)|[KMGT]i?B)(?:\s+[a-z(]|\s*$)"
    r"|^\d+(?:\.\d+)*\s.*\(\s*\d+(?:\.\d+)?\s?%\s*\)$")
#: an arrow or a sign of a diagram's drawing
ARROWS = "→←↑↓↔↕⇒⇐⇔⇑⇓⟶⟵⟷↦↗↘↙↖▶◀▲▼►◄"
#: an infobox's field, as a wiki sets it beside the article: "Born 12 May 1880", "Party: Bolshevik"
INFOBOX_FIELDS = (
    r"Born|Died|Spouses?|Partners?|Children|Parents|Relatives|Occupation|Profession|Nationality|Citizenship|"
    r"(?:Political )?[Pp]arty|Alma mater|Education|Resting place|Known for|Notable works?|Years active|"
    r"Cause of death|Other names|Preceded by|Succeeded by|In office|Ideology|Headquarters|Founded|Dissolved|"
    r"Membership|Newspaper|Website|Signature|Religion"
)
_DAY_MONTH_YEAR = rf"(?:\d{{1,2}}\s+(?:{MONTHS})\s+\d{{4}}|(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}|\d{{4}})"
INFOBOX_RE = re.compile(
    rf"^(?:(?:{INFOBOX_FIELDS}):\s+[A-Z\d(“\"]|(?:{INFOBOX_FIELDS})\t"
    rf"|(?:Born|Died)\s+{_DAY_MONTH_YEAR}(?:\s*\(aged\s+\d{{1,3}}\))?(?:,?\s+(?:in\s+)?[A-Z][\w.’'-]*)*$"
    rf"|(?:Preceded|Succeeded) by\s+[A-Z]|In office\s+\d)"
)
#: the labels of an infobox's rows about a place, a state or a body, a closed class as the fields above are
#: (a country's: "Capital", "Largest city", "Official languages", "Demonym(s)", "Time zone", "Calling code")
INFOBOX_ROW_LABELS = (
    rf"{INFOBOX_FIELDS}|Capital(?: and largest city)?|Largest city|(?:Official|National|Recognised|Recognized|"
    r"Regional|Minority) languages?|Languages?|Ethnic groups|Religions?|Demonyms?|Demonym\(s\)|Government|"
    r"Legislature|Upper house|Lower house|Monarch|President|Prime Minister|Vice President|Chancellor|Governor|"
    r"Mayor|Leader|Chairman|General Secretary|Area|Total|Water(?: \(%\))?|Land|Population|Density|GDP(?: \(PPP\)| "
    r"\(nominal\))?|Per capita|Gini|HDI|Currency|Time zone|Summer \(DST\)|Date format|Driving side|Calling code|"
    r"ISO 3166 code|Internet TLD|Motto|Anthem|Royal anthem|National anthem|Sovereign state|Independence|"
    r"Established|Formation|Location|Coordinates|Country|Region|State|Province|District|Elevation|Postal code|"
    r"Area code|Status|Type|Members|Predecessor|Successor|"
    # a program's, a language's, a body's: "Developer", "First appeared", "Typing discipline", "License"
    r"Developers?|Designed by|Original authors?|First appeared|Initial release|Stable release|Preview release|"
    r"Typing discipline|Implementation language|Written in|Platforms?|OS|Operating system|Licen[cs]es?|"
    r"Filename extensions?|Paradigms?|Influenced by|Influenced|Repository|Genre|Major implementations|Dialects|"
    r"Founders?|Founded by|Purpose|Key people|Focus|Engine|Available in|Formation|Legal status"
)
#: an infobox's row label alone on its line, perhaps with its year, a note's number or its value after a colon
#: or a tab: "Capital", "Ethnic groups (2023)[8]", "Motto: “Forward”[1]", "Currency\tDollar"
INFOBOX_ROW_RE = re.compile(
    rf"^(?:[•·]\s*)?(?:{INFOBOX_ROW_LABELS})(?:\s*\((?:\d{{4}}|est\.)[^)]{{0,12}}\))?(?:\[\w{{1,4}}\])*"
    r"(?:\s*$|:\s+\S|\t)"
)
#: a date with its year first: "2001 March 27", "1917 October 25th", "2001/03/27"
YEAR_FIRST_DATE_RE = re.compile(
    rf"^\d{{4}},?\s+(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?$|^\d{{4}}/\d{{1,2}}/\d{{1,2}}$", re.IGNORECASE)
#: a site's own lines about its page, not the text's: the links to skip to its parts, its menus' and tools'
#: names, a wiki's page tools, the calls under an article (a line that is nothing else)
SITE_CHROME_RE = re.compile(
    r"^(?:(?:jump|skip) to (?:the )?(?:main )?(?:content|navigation|search|menu)|main menu|navigation menu|"
    r"site navigation|personal tools|page tools|toggle (?:the )?(?:table of contents|navigation|menu|sidebar)|"
    r"(?:move to )?sidebar|hide|show|print/export|in other projects|what links here|related changes|"
    r"permanent link|page information|cite this page|edit (?:links|source|this page)|view (?:history|source)|"
    r"retrieved from\b.*|share this:?|like this:?|leave a (?:reply|comment)|\d+ comments?|advertisement|"
    r"you may also like|read next|recommended for you|most read|trending now)\s*[:.]?$",
    re.IGNORECASE,
)
#: the longest line that may be one of the forms of :func:`lookalike` other than a caption
LOOKALIKE_MOST_CHARS = 160
#: the most cells of a table's row read as debris (a longer line is prose)
DEBRIS_MOST_TOKENS = 24
#: the fewest figures that make a line a row of a table or an axis's scale ("0 10 20 30 40")
FIGURES_MIN = 3
#: the fewest single signs (letters, figures, arrows) that make a line a diagram's labels ("A B C D")
SIGNS_MIN = 3
#: the fewest words of a table's row of headers that repeat ("MCS MCS RSSI RSSI")
ROW_WORDS_MIN = 4
#: words that make a line a sentence's or a title's, not a row of cells
_PHRASE_WORDS = frozenset("a an and as at but by for from in into nor of on or the to with".split())


def debris(text: str) -> bool:
    """A line of a figure's or a table's drawing, extracted as text: figures ("0 10 20 30 40", "RBT 1.62 1.13
    1.29"), single signs ("A B C D", "x → y"), an axis's label with its unit ("Time (s)"), a row of short
    cells whose words repeat ("MCS MCS RSSI RSSI"), a sign alone without a word ("A", "−"). A heading with a
    year or two ("1905 and 1917"), a question and its answer ("Q & A") and a heading that repeats a word in a
    phrase are none."""
    tokens = text.split()
    if not tokens or len(tokens) > DEBRIS_MOST_TOKENS:
        return False
    if len(tokens) > 1 and section_number_token(tokens[0]):
        tokens = tokens[1:]  # "2.3 Results": the section's number is no figure of a table
    if (len(tokens) == 1 and sum(c.isalpha() for c in text) < 2 and not any(c.isdigit() for c in text)
            and not re.fullmatch(r"[IVXLC]\.?", text)):
        return True  # "A", "H", "−" alone: no word (a figure, "2,409", is a number's line; "I" a roman number)
    figures = sum(any(c.isdigit() for c in t) for t in tokens)
    if figures >= FIGURES_MIN and 2 * figures >= len(tokens):
        return True
    signs = sum(len(t) == 1 and (t.isalnum() or t in ARROWS) for t in tokens)
    if signs >= SIGNS_MIN and 2 * signs >= len(tokens):
        return True
    if any(c in ARROWS for c in text) and not any(sum(c.isalpha() for c in t) >= 4 for t in tokens):
        return True
    if len(tokens) <= 4 and text.rstrip()[-1:] in ")]" and AXIS_LABEL_RE.match(text.strip()):
        return True
    cells = [t.casefold() for t in tokens]
    return (len(cells) >= ROW_WORDS_MIN and len(set(cells)) < len(cells) and not _PHRASE_WORDS & set(cells)
            and not any(t[-1:] in ",.;:!?" for t in tokens))


def section_number_token(token: str) -> bool:
    """A section's number as the first word of a line: "2", "2.3", "2.3.", "IV."."""
    return bool(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.", token))


def lookalike(text: str) -> str | None:
    """What a short line that stands alone as a heading does is, when its form is not a heading's, or None:
    "figure caption", "contents line", "figure or table debris", "infobox field", "date line", "site chrome",
    "measurement" (a figure and its unit, "6.6 Mbytes of cons cells used (53%)": a program's output).

    A title with a subtitle after a colon ("Kronstadt: The Last Stand"), a numbered heading ("2.3 Results"),
    a heading with a year in it ("The Events of March 1921") are headings still."""
    stripped = text.strip()
    if not stripped:
        return None
    if CAPTION_LABEL_RE.match(stripped):
        return "figure caption"
    if len(stripped) > LOOKALIKE_MOST_CHARS:
        return None  # a paragraph's length: none of these forms (and a web page's paragraph is one line)
    if (tail := CONTENTS_TAIL_RE.search(stripped)) and any(c.isalpha() for c in stripped[:tail.start()]):
        return "contents line"  # an entry's words, then its leader dots or its gap and its page's number
    if INFOBOX_RE.match(text.lstrip()):
        return "infobox field"
    if YEAR_FIRST_DATE_RE.match(stripped):
        return "date line"
    if SITE_CHROME_RE.match(stripped):
        return "site chrome"
    if debris(stripped):
        return "figure or table debris"
    if MEASUREMENT_RE.match(stripped):
        return "measurement"
    return None


#: the fewest words of a paragraph of prose, which ends a table's cells
PROSE_MIN_WORDS = 8
#: the fewest headings above a figure's caption, since the prose before it, that are its labels
FIGURE_LABEL_HEADINGS_MIN = 2


def _prose(text: str) -> bool:
    stripped = text.strip()
    return len(words(stripped)) >= PROSE_MIN_WORDS and bool(re.search(r"[.?!:][\"”’')\]]*$", stripped))


def _section(text: str) -> tuple[int, ...] | None:
    """The number of a heading numbered as a section is ("6.2 Space-Time Tradeoffs" → (6, 2)), or None."""
    m = re.match(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S", text)
    return tuple(int(n) for n in m.group(1).split(".")) if m else None


def table_cells(segments: list) -> list[int]:
    """The indices of the headings among *segments* (each with ``role`` and ``block.text``) that are the cells
    of a table or the labels of a figure, extracted one a line: those after a table's caption ("Table 2:
    Normalized Scores", then "Structure", "Insert Search Delete", …) down to the next paragraph of prose,
    and those above a figure's caption back to the prose before it, two of them at least. A numbered heading
    numbered after the heading before it ("6.2 Space-Time Tradeoffs" after "6.1 …") ends the table and is
    a heading ("3.37 Average" after "5.5 …" is a cell); a heading over prose with no caption near it is one."""
    out: list[int] = []
    last: tuple[int, ...] = ()
    in_table = False
    since_prose: list[int] = []
    for i, seg in enumerate(segments):
        text = seg.block.text
        if seg.role == "heading":
            number = _section(text)
            if number is not None and (not in_table or number > last):
                last, in_table = number, False  # a later section's heading ends the table
                since_prose = []
                continue
            if in_table:
                out.append(i)
            elif _section(text) is None:
                since_prose.append(i)
            continue
        if seg.role != "paragraph":
            continue
        if TABLE_CAPTION_RE.match(text) and not _prose(text):
            in_table = True  # "Table 1: …", not "Table 1 presents the results …."
        elif FIGURE_CAPTION_RE.match(text):
            if len(since_prose) >= FIGURE_LABEL_HEADINGS_MIN:
                out += since_prose
            since_prose = []
        elif (in_table or since_prose) and _prose(text):
            in_table = False
            since_prose = []
    return sorted(set(out))


def above_rows(text: str, following: str) -> bool:
    """Whether the line *text* stands above *following* as a table's or a contents list's line does, not as a
    heading: a heading heads prose, never a contents list's line ("1 Introduction", then "1.1 Motivation . . .
    . .") unless it is the list's own heading ("Contents"), and never a table's row ("Party Delegates Share",
    then "RBT 1.62 1.13 1.29") unless it is numbered as a section is ("4.1 Raw Data", then its table)."""
    below = lookalike(following)
    if below == "contents line":
        return not CONTENTS_HEADING_RE.match(text)
    return below == "figure or table debris" and _section(text) is None


#: a numbered heading as ``pdftotext -layout`` sets it: the section's number, a gap of two spaces or more (the
#: number's box), then its title: "1     Introduction", "2.3    Results"; a list's item is numbered "1." with
#: one level and its dot ("1.  Every council …")
LAYOUT_HEADING_RE = re.compile(
    r"^\s{0,8}(?P<number>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2})(?: {2,8}|\t)(?P<title>[A-Z“\"‘][^\s].*?)\s*$")
#: (the number's box is two to eight spaces wide: a running head's page number stands further from its title)
#: the widest gap inside a title (a wider one parts the columns of a table or a contents line's page number)
TITLE_GAP = "   "


#: the most words of the title of a heading numbered "1." of one level, as ``pdftotext -layout`` sets it
DOTTED_TITLE_MOST_WORDS = 4


def dotted_layout_heading(line: str, following: str | None) -> re.Match | None:
    """A heading of one level numbered "1." with its dot, a wide gap (three spaces or more) after it, as ``pdftotext
    -layout`` sets an article's section ("1.    Introduction"), its title short (:data:`DOTTED_TITLE_MOST_WORDS`
    words) and in title case, over a line that opens with a capital; or None. A list's item numbered so ("1.  Every
    council …") has a sentence after its number, one or two spaces after it; the caller looks at the line above
    (a list's items, each short, under a colon)."""
    if "." not in line[:4] or following is None or not following.strip()[:1].isupper():
        return None
    m = re.match(r"^\s{0,8}(?P<number>\d{1,2}\.)(?: {3,8}|\t)(?P<title>[A-Z][^\s].*?)\s*$", line)
    title = words(m.group("title")) if m is not None else []
    if m is None or len(title) > DOTTED_TITLE_MOST_WORDS or not all(
            w[:1].isupper() or w in ("and", "of", "the", "in", "for", "to", "a", "on") for w in title):
        return None
    return m


def layout_heading(line: str, following: str | None = None) -> bool:
    """A numbered heading set as ``pdftotext -layout`` sets it: "1     Introduction", "2.3    Results" on its own
    line, its number apart from its title by the number's box; a heading though the line above does not end
    a sentence (a list's last item, a page's number). A title of ten words at most that ends no sentence, in
    one column; never the first of a list's items numbered in sequence ("1  Every council …", then "2  The
    delegates …"), a contents line or a table's row; never above a line in lower case (that line's sentence may
    be the numbered line's)."""
    m = LAYOUT_HEADING_RE.match(line)
    if m is None:
        return False
    title = m.group("title")
    if (TITLE_GAP in title or len(words(title)) > 10 or title[-1] in ".,;:!?" or lookalike(line) is not None
            or re.search(r"[{}=\\@<>]", title)):
        return False
    if following is not None and following.strip()[:1].islower():
        return False  # "2       The planning package", then "ledmac is …": the other rules decide (next_section)
    if following is not None:
        number = [int(n) for n in m.group("number").rstrip(".").split(".")]
        n = LAYOUT_HEADING_RE.match(following) or re.match(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s", following)
        if n is not None:
            theirs = [int(x) for x in n.group("number").rstrip(".").split(".")]
            if len(theirs) == len(number) and theirs[:-1] == number[:-1] and theirs[-1] == number[-1] + 1:
                return False  # "1  Every council …", "2  The delegates …": a list's items, one under the other
    return True


def _layout_number(text: str) -> tuple[int, ...] | None:
    m = LAYOUT_HEADING_RE.match(text)
    return tuple(int(n) for n in m.group("number").rstrip(".").split(".")) if m else None


def layout_heading_lines(lines: list[Line], found: dict[int, str]) -> list[int]:
    """The numbered headings at a page's top (``pdftotext -layout``: "1     Introduction", "2.1    Binary Search
    Trees") taken in *found* for running heads by the number at their start: a heading's where the number is
    a section's, of two levels or more, or of one level with its first subsection on the next line ("1.1 …")
    or after the section of the number before it ("2" after "1.3"). A running head repeats, and its page
    number stands further from its title (:data:`LAYOUT_HEADING_RE`)."""
    out = []
    text_lines = [x for x in lines if not x.blank]
    last: tuple[int, ...] | None = None
    for i, line in enumerate(text_lines):
        number = _layout_number(line.text)
        if number is None or not layout_heading(line.text):
            continue
        if line.lineno in found and found[line.lineno] in ("running head", "page number"):
            following = _layout_number(text_lines[i + 1].text) if i + 1 < len(text_lines) else None
            if (len(number) >= 2 or following == (*number, 1)
                    or (last is not None and number[0] == last[0] + 1)):
                out.append(line.lineno)
            else:
                continue
        last = number
    return out


# -- Short lines whose form is no heading's, whatever stands around them ----------------------------------

#: a relative time at a line's end, as a comment's or a post's head prints it: "2 weeks ago", "an hour ago",
#: "51 seconds ago (7:18 PM)"
RELATIVE_TIME_RE = re.compile(
    r"\b(?:\d{1,3}|a|an|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|w(?:ee)?k|mo(?:nth)?|y(?:ea)?r)s?\s+ago"
    # (the clock's time after it in brackets: "51 seconds ago (7:18 PM)")
    r"(?:\s*\(\d{1,2}:\d{2}\s*[ap]\.?m\.?\))?\W*$",
    re.IGNORECASE)
#: a separator between two items on one line: "Item · Item", "Jane Roe • 2 weeks ago"
ITEM_SEPARATOR_RE = re.compile(r"\S\s+[•·]\s+\S")
#: the most words of a comment's head: a name and its time
COMMENT_HEAD_MAX_WORDS = 8


def comment_head(text: str) -> bool:
    """The head of a reader's comment: a name, then the time of posting relative to now, set off by a
    separator ("Jane Roe • 2 weeks ago", "jroe · 3 days ago") or alone after it on a short line ("Jane Roe
    2 hours ago"). A heading that names a time ago in prose ("Seventy Years Ago") has no number of them."""
    stripped = text.strip()
    return len(words(stripped)) <= COMMENT_HEAD_MAX_WORDS and bool(RELATIVE_TIME_RE.search(stripped))


def separated_items(text: str) -> bool:
    """A line of items set side by side with "•" or "·" between them ("Item · Item · Item", a navbox's row,
    a footer's links): a row of a list or a menu, never a heading. A list's item opening with its bullet
    ("• Land to the peasants") has none between two words."""
    return bool(ITEM_SEPARATOR_RE.search(text.strip()))


#: a field's label and its value on one line: "Kingdom: Animalia", "Temporal range: Paleocene–Recent" (a label of
#: one to three words, only its first capitalised, no figure in it; a short value)
LABEL_VALUE_RE = re.compile(r"^[A-Z][a-z’'-]+(?:\s[a-z][a-z’'-]*){0,2}:\s+\S+(?:\s+\S+){0,5}$")


def label_value(text: str) -> bool:
    """A line of a field's label and its value (:data:`LABEL_VALUE_RE`): an infobox's row when another stands
    beside it; a title with its subtitle after a colon ("Kronstadt: The Last Stand") alone is a heading."""
    return bool(LABEL_VALUE_RE.match(text.strip()))


#: the most characters of a table's cell extracted one a line ("Baseline", "8/16", "2005-09-23")
CELL_MAX_CHARS = 30
#: the most words of such a cell ("Mean absolute error")
CELL_MAX_WORDS = 3
#: the fewest cells of a run that stands by a table's caption
CAPTIONED_CELLS_MIN = 3
#: the fewest cells of a run with no caption near it, most of them numbers
NUMERIC_CELLS_MIN = 6
#: the most lines between a table's caption and its cells (the caption's own wrapped lines)
CAPTION_GAP_MAX = 2
#: a cell of numbers: "0.82", "8/16", "2005-09-23", "12%", "±0.3", "(4)", "3.2x"
_NUMERIC_CELL_RE = re.compile(r"^[(\[]?[-+−±~≈<>]?\d[\d.,:/%\s−–-]*[a-z%]{0,2}[)\]*]?$|^[-–—]$")
#: the furniture a table's cells are taken for by their form alone ("8/16", "2005-09-23", "Katrina")
CELL_LOOKALIKE_KINDS = frozenset({"viewer page counter", "date line", "running head", "page number",
                                  "figure labels"})


def _cell_line(text: str) -> bool:
    """Whether *text* has the form of a table's cell on a line of its own: short, a few words or a number, no
    sentence (no end stop after a word, no comma or colon at its end), no caption."""
    t = " ".join(text.split())
    if not t or len(t) > CELL_MAX_CHARS or len(words(t)) > CELL_MAX_WORDS:
        return False
    if _NUMERIC_CELL_RE.match(t):
        return True
    return (t[-1] not in ".,;:!?" and not TABLE_CAPTION_RE.match(t) and not FIGURE_CAPTION_RE.match(t)
            and any(c.isalnum() for c in t))


def _numeric_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL_RE.match(" ".join(text.split())))


def table_cell_lines(lines: list[Line], page_starts: frozenset = frozenset()) -> frozenset[int]:
    """The line numbers of a table's cells that a plain extraction set one a line ("System", "Rows", "Ours",
    "8/16", "0.82", …): a run of short lines (:func:`_cell_line`; blank lines between them allowed, a page's
    break ending it) of :data:`CAPTIONED_CELLS_MIN` lines at least, standing under or over a table's caption
    ("Table 4: …", its own lines between at most :data:`CAPTION_GAP_MAX`), or of :data:`NUMERIC_CELLS_MIN`
    lines at least most of them numbers, line under line, no blank line between, or a table's columns set one
    after another (:func:`_alike_columns`). Such lines are the text's,
    never a page's counter, date line or running head, never headings, whatever their form alone would make
    them."""
    runs: list[list[int]] = []  # indices into *lines*
    run: list[int] = []
    for i, line in enumerate(lines):
        if line.lineno in page_starts and run:
            runs.append(run)
            run = []
        if line.blank:
            continue
        if _cell_line(line.text):
            run.append(i)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    captions = [i for i, line in enumerate(lines) if not line.blank and TABLE_CAPTION_RE.match(line.text)
                and (not _prose(line.text) or STOPPED_TABLE_CAPTION_RE.match(line.text))]
    text_at = [i for i, line in enumerate(lines) if not line.blank]
    rank = {i: k for k, i in enumerate(text_at)}
    out: set[int] = set()
    for r in runs:
        numeric = sum(1 for i in r if _numeric_cell(lines[i].text))
        by_caption = len(r) >= CAPTIONED_CELLS_MIN and any(
            0 < rank[r[0]] - rank[c] <= CAPTION_GAP_MAX + 1 or 0 < rank[c] - rank[r[-1]] <= 1
            or _short_lines_between(lines, text_at[rank[r[-1]] + 1:rank[c]]) for c in captions)
        # with no caption, the cells stand line under line: section numbers over their headings, a blank line
        # between each ("1.2", "History", "1.2.1", "EDMAC"), are no table's
        close = r[-1] - r[0] == len(r) - 1
        if by_caption or (close and len(r) >= NUMERIC_CELLS_MIN and 2 * numeric > len(r)):
            out.update(lines[i].lineno for i in r)
    for r in runs:
        out.update(lines[i].lineno for i in _alike_columns(lines, r))
    for c in captions:
        out.update(_captioned_groups(lines, c, page_starts))
    return frozenset(out)


#: the fewest numbers of one form line under line that make a table's column ("2005-09-23", "2005-09-25", …)
ALIKE_CELLS_MIN = 3


def _alike_columns(lines: list[Line], run: list[int]) -> list[int]:
    """The indices (of *run*, a run of short lines: :func:`table_cell_lines`) of a table extracted a column at a
    time: a stretch of the run's lines line under line (no blank line between) that holds
    :data:`ALIKE_CELLS_MIN` numbers of one form one under the other ("2005-09-23", "2005-09-25", "2005-09-26":
    a column of dates, never a page's date lines) is a column, its head ("Article") with it; so is every
    other stretch of the run of as many lines (the next columns: "1:dump", "Rita", …). A line numbered as a
    section ("4 Results") is never a column's."""
    stretches: list[list[int]] = []
    for i in run:
        if stretches and i == stretches[-1][-1] + 1:
            stretches[-1].append(i)
        else:
            stretches.append([i])
    sizes: set[int] = set()
    for s in stretches:
        alike = 1
        for a, b in zip(s, s[1:], strict=False):
            same = _numeric_cell(lines[a].text) and _numeric_cell(lines[b].text) and (
                _cell_shape(lines[a].text) == _cell_shape(lines[b].text))
            alike = alike + 1 if same else 1
            if alike >= ALIKE_CELLS_MIN:
                sizes.add(len(s))
                break
    return [i for s in stretches if len(s) in sizes for i in s
            if _section(lines[i].text) is None or not re.search(r"[^\W\d_]", lines[i].text)]


def _cell_shape(text: str) -> str:
    """A cell's form, its figures made alike ("2005-09-23" → "#-#-#")."""
    return re.sub(r"\d+", "#", " ".join(text.split()))


#: the most lines between a table's last cell and its caption below it, each short and no sentence
CAPTION_BELOW_GAP_MAX = 3
#: the most words of such a line ("Keywords: storm, evacuate, coast, rain, hurricane", "1.", "...")
GAP_LINE_MAX_WORDS = 8


def _short_lines_between(lines: list[Line], between: list[int]) -> bool:
    """Whether the lines at indices *between* (a table's last cell's run and its caption below it: "1.", "…",
    "Keywords: storm, evacuate, coast") are a table's other cells: :data:`CAPTION_BELOW_GAP_MAX` lines at most,
    each of :data:`GAP_LINE_MAX_WORDS` words at most, none a sentence of prose."""
    return 0 < len(between) <= CAPTION_BELOW_GAP_MAX and all(
        len(words(lines[i].text)) <= GAP_LINE_MAX_WORDS and not _prose(lines[i].text) for i in between)


#: the most lines of one cell of a table set a cell to a run of lines, blank lines between the cells
CELL_GROUP_MAX_LINES = 2
#: the most lines of a table's caption
CAPTION_MAX_LINES = 4


def _cell_group(group: list[Line]) -> bool:
    """Whether a run of lines between blank lines under a table's caption is its cells: no line ends in a full
    stop, and it holds :data:`CELL_GROUP_MAX_LINES` lines at most, or more each a cell's form (:func:`_cell_line`:
    "Genotype" / "Replication")."""
    return not any(x.text.rstrip().endswith((".", "!", "?", ":")) for x in group) and (
        len(group) <= CELL_GROUP_MAX_LINES or all(_cell_line(x.text) or not any(c.isalnum() for c in x.text)
                                                  for x in group))


def _captioned_groups(lines: list[Line], caption: int, page_starts: frozenset) -> list[int]:
    """The line numbers of a table's cells under its caption (line index *caption*, "Table 4. Selected 12
    metabolites …") that a plain extraction set a cell to a run of a line or two, blank lines between them
    ("Compound" / "Pathway involved" / "L-Tryptophan" / "Aminoacyl-tRNA biosynthesis; …"), under the caption's
    last line (the first that ends its sentence, within :data:`CAPTION_MAX_LINES` lines): each run of
    :data:`CELL_GROUP_MAX_LINES` lines at most, none of them ending in a full stop, down to the first run that is
    prose (longer, or a sentence's end: :func:`_cell_group`) or the page's end; :data:`CAPTIONED_CELLS_MIN` runs
    at least."""
    end = caption  # the caption's last line: the first that ends its sentence, its lines running on
    while (end - caption < CAPTION_MAX_LINES - 1 and not lines[end].text.rstrip().endswith(".") and end + 1 < len(lines)
           and not lines[end + 1].blank):
        end += 1
    groups: list[list[Line]] = [[]]
    for line in lines[end + 1:]:
        if line.lineno in page_starts:
            break
        if line.blank:
            if groups[-1]:
                groups.append([])
            continue
        groups[-1].append(line)
        if not _cell_group(groups[-1]):
            break
    cells = [g for g in groups if g]
    if cells and not _cell_group(cells[-1]):
        cells = cells[:-1]
    return [x.lineno for g in cells for x in g] if len(cells) >= CAPTIONED_CELLS_MIN else []


def cells_kept(furniture: dict[int, str], lines: list[Line], cells: frozenset[int],
               page_starts: frozenset = frozenset()) -> dict[int, str]:
    """*furniture* without the table's cells (*cells*, :func:`table_cell_lines`) it took for a page's counter,
    a date line, a running head or a figure's labels by their form: a cell is such furniture only at its page's
    edge, the first or the last line of text of its page, or beside the page's running head or counter there
    (on its own page); a cell at the edge taken for a running head whose like stands at the edge of few pages is
    the table's (:func:`_cells_at_few_edges`)."""
    starts = sorted(page_starts)
    text_at = [line for line in lines if not line.blank]
    edges: set[int] = set()
    if starts and text_at:
        edges.update({text_at[0].lineno, text_at[-1].lineno})
        for k, line in enumerate(text_at[1:], 1):
            if _breaks_between(text_at[k - 1].lineno, line.lineno, starts):
                edges.update({text_at[k - 1].lineno, line.lineno})
    kept = edges - _cells_at_few_edges(furniture, lines, cells, edges, starts)
    for k, line in enumerate(text_at):
        if line.lineno in kept or line.lineno not in furniture:
            continue
        near = [text_at[j].lineno for j in (k - 1, k + 1) if 0 <= j < len(text_at)
                and not _breaks_between(min(line.lineno, text_at[j].lineno), max(line.lineno, text_at[j].lineno),
                                        starts)]  # beside it on its own page
        if any(n in edges and n in furniture and n not in cells for n in near) or \
                any(n in edges and furniture.get(n) in ("running head", "viewer page counter") for n in near):
            kept.add(line.lineno)
    return {n: what for n, what in furniture.items()
            if n not in cells or n in kept or what not in CELL_LOOKALIKE_KINDS}


def _cells_at_few_edges(furniture: dict[int, str], lines: list[Line], cells: frozenset[int], edges: set[int],
                        starts: list[int]) -> set[int]:
    """The table's cells at a page's edge (*edges*) taken for a running head that atop or at the foot of fewer
    than half the pages: a column's head opening a page ("Article", over its dates), whose like opens another
    table lower on a page; a running head stands at the edge of most pages, though a table repeats its words."""
    pages: dict[str, set[int]] = {}
    for n in edges:
        pages.setdefault(line_shape(lines[n - 1].text), set()).add(bisect_right(starts, n))
    return {n for n in edges if n in cells and furniture.get(n) == "running head"
            and 2 * len(pages[line_shape(lines[n - 1].text)]) < len(starts) + 1}


def _breaks_between(above: int, below: int, starts: list[int]) -> bool:
    """Whether a page breaks between the lines *above* and *below* (a form feed stood before a line in
    between, or before *below*)."""
    k = bisect_right(starts, above)
    return k < len(starts) and starts[k] <= below
