"""What a wiki's markup leaves in a plain-text copy: the end of an image's caption, known by its form.

A wiki writes an image with its caption as ``[[File:Cover.jpg|thumb|The cover of the 1924 edition.]]``;
a copy that lost the link's opening keeps its end: ``Trotsky-coursnouveau.tiff as early as 1924.]]``,
``Cover.jpg" Publishing|thumb]]``, alone on a line or glued before the lead sentence. Such a run of text
closing with ``]]``, with no ``[[`` opening it, that names an image's file (``.jpg``, ``.png``,
``.tiff`` …) or an image's option (``|thumb``), is the residue of a caption (:func:`residue_end`):
set aside as furniture with its text, never a heading and never the text's. A link the copy keeps whole
(``[[Leon Trotsky]]``) and brackets in prose are no residue.

A whole page copied from a wiki brings the wiki's own lines too, each known by its form: the edit link
after each heading ("History[edit]": :func:`edit_suffix`, the line a heading, the link set aside), the
tagline, the navigation, the hatnotes, the stamp and the categories (:func:`wiki_line_kind`), and its
reference list of bodies that begin with a caret, in the order of the numbers in brackets that call them
(:data:`CARET`, :func:`caret_labels`); a page with two such lists under headings of their own, the notes of a
named group ("[n 1]", :data:`GROUP`) and the citations, each list the group whose count it has
(:func:`caret_groups`). A text dump of a page (html2text, lynx) sets the headings between marks ("*****
History[edit] *****": :func:`dump_heading`) and numbers the reference list, its lines hung under each number
("   1. ^Aho …": :data:`PLACED`, :func:`placed_items`). A browser's copy sets the edit link on the line under the
heading (:func:`lone_edit_link`); each of these headings is a block of its own (:func:`wiki_heading_lines`).
Tested in ``tests/test_web_chrome.py``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from pathlib import Path

from .furniture import PAGE_EDITED_RE, link_item, web_line_kind, wiki_jump_line
from .labels import LabelForm
from .script import words

#: runs of text each closed by "]]", none opened by "[[" (or by any bracket) before it, at a line's start
RESIDUE_RE = re.compile(r"^[ \t]*(?:[^\[\]\n]{1,300}?\]\][ \t]*){1,4}")
#: what shows that a run is an image's caption: a file name of an image, or an image's option
IMAGE_RE = re.compile(r"\.(?:jpe?g|png|gif|svg|tiff?|webp)\b|\|\s*(?:thumb|thumbnail|frame|upright|right|left)\b"
                      r"|\|\s*\d+px\b", re.IGNORECASE)
#: what the furniture is called
RESIDUE = "image caption residue"


def residue_end(text: str) -> int:
    """The length of the caption's residue *text* opens with ("….jpg|thumb]] "), spaces after it
    included, or 0."""
    m = RESIDUE_RE.match(text)
    if not m or not IMAGE_RE.search(m.group(0)):
        return 0
    return m.end()


# -- A wiki page's own lines, by their form --------------------------------------------

#: the labels a wiki gives the link after each section's heading, in several languages (editorial data)
EDIT_LINKS_FILE = Path(__file__).resolve().parent.parent / "data" / "wiki-edit-links.txt"


def _edit_labels() -> list[str]:
    lines = EDIT_LINKS_FILE.read_text(encoding="utf-8").splitlines()
    labels = {" ".join(line.split()) for line in lines if line.strip() and not line.startswith("#")}
    return sorted(labels, key=lambda label: (-len(label), label))  # the longest first: "edit source" before "edit"


#: the link a wiki sets after each section's heading, as a copy keeps it: "History[edit]", "pdf.js [edit source]",
#: "手法[編集]" (the labels of :data:`EDIT_LINKS_FILE`)
EDIT_SUFFIX_RE = re.compile(
    r"\s*\[(?:" + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _edit_labels()) + r")\]\s*$",
    re.IGNORECASE,
)
#: the edit link a wiki's mobile skin glues to its heading, without brackets, its label capitalised
#: ("GeschichteBearbeiten"): the labels of one word in a cased script, :data:`GLUED_LABEL_MIN` letters at least
#: ("HistoryEdit" is too like a name in camel case: "PhotoEdit"), matched in that case only
GLUED_LABEL_MIN = 6
_GLUED = sorted({label[:1].upper() + label[1:] for label in _edit_labels()
                 if " " not in label and len(label) >= GLUED_LABEL_MIN and label[:1].isupper() != label[:1].islower()},
                key=lambda label: (-len(label), label))
GLUED_EDIT_RE = re.compile(r"(?:" + "|".join(re.escape(label) for label in _GLUED) + r")\s*$")
#: the longest of those labels: how far from a line's end one is looked for
GLUED_LABEL_MAX = max((len(label) for label in _GLUED), default=0)
#: what may stand right before a glued label, besides a letter in lower case or a digit: a closing quote, bracket
GLUED_AFTER = frozenset("”“\"»’')")
#: the most words of a wiki's heading before its edit link
EDIT_HEADING_MAX_WORDS = 12
#: what the edit link is called in the apparatus
EDIT_LINK = "wiki edit link"


def edit_suffix(text: str) -> int:
    """Where the edit link a line of one heading ends with begins ("History[edit]" → 7), or -1.

    The heading before it is short (:data:`EDIT_HEADING_MAX_WORDS` words at most) and ends no
    sentence; it may begin in lower case ("pdf.js[edit]"): the link makes the line a heading. A browser's
    copy sets the link on the line below the heading ("History", then "[edit]"): the same. A text dump's
    heading between its marks ("***** History[edit] *****", :func:`dump_heading`) ends with the link inside
    them: the link ends where the heading's text does.
    """
    dump = dump_heading(text)
    if dump is not None:
        text = text[:dump[1]]
    m = EDIT_SUFFIX_RE.search(text) or glued_edit_link(text)
    if not m or "\n" in text[:m.start()].strip():
        return -1
    stem = text[:m.start()].strip()
    if not stem or len(words(stem)) > EDIT_HEADING_MAX_WORDS or stem.endswith((".", ",", ";", ":", "。")):
        return -1
    return len(text[:m.start()].rstrip())


#: the edit link an older skin of a wiki sets before its heading, as a copy keeps it: "[edit] Origin" (the labels of
#: :data:`EDIT_LINKS_FILE`)
EDIT_PREFIX_RE = re.compile(
    r"^[ \t]*\[(?:" + "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _edit_labels()) + r")\][ \t]+",
    re.IGNORECASE,
)


def edit_prefix(text: str) -> int:
    """Where the heading begins after the edit link an older skin of a wiki sets before it ("[edit] Powers and
    duties" → 7), or 0: one line, the heading after the link short (:data:`EDIT_HEADING_MAX_WORDS` words at
    most), opening with a capital or a figure and ending no sentence. A sentence after the brackets ("[edit] We
    changed the text.") or the link alone is none."""
    if not text.lstrip().startswith("["):
        return 0
    m = EDIT_PREFIX_RE.match(text)
    if m is None:
        return 0
    stem = text[m.end():].strip()
    if (not stem or "\n" in stem or not (stem[:1].isupper() or stem[:1].isdigit())
            or len(words(stem)) > EDIT_HEADING_MAX_WORDS or stem.endswith((".", ",", ";", ":", "。"))):
        return 0
    return m.end()


def edit_heading(text: str) -> bool:
    """Whether *text* is a wiki's heading by its edit link, after it (:func:`edit_suffix`) or before it
    (:func:`edit_prefix`)."""
    return edit_suffix(text) >= 0 or edit_prefix(text) > 0


def glued_edit_link(text: str) -> re.Match[str] | None:
    """The edit link a wiki's mobile skin glues to the end of its heading, without brackets ("Das erste
    OktoberfestBearbeiten", "„Wiesn“Bearbeiten", :data:`GLUED_EDIT_RE`): its label capitalised, right after a
    letter in lower case, a digit or a closing quote. The label alone ("Bearbeiten"), after a blank ("Seite
    Bearbeiten") or after a capital ("HTMLBearbeiten") is none."""
    tail = text.rstrip()
    if len(tail) <= GLUED_LABEL_MIN or not tail[-1].islower():
        return None
    m = GLUED_EDIT_RE.search(text, max(0, len(tail) - GLUED_LABEL_MAX - 1))
    if m is None or m.start() == 0:
        return None
    before = text[m.start() - 1]
    return m if (before.islower() or before.isdigit() or before in GLUED_AFTER) else None


def lone_edit_link(text: str) -> bool:
    """A line that is a wiki's edit link alone ("[edit]"), as a browser's copy sets it under its heading."""
    m = EDIT_SUFFIX_RE.search(text)
    return m is not None and not text[:m.start()].strip()


#: a text dump's heading (html2text, lynx): its text between two runs of the same marks, as many each side,
#: "****** Title ******", "***** History[edit] *****", "==== Early life ===="; the fewer the marks, the
#: lower the heading (six for the page's first level, as the dump writes <h1>); four asterisks at least (three
#: each side frame an e-book's boundary line, "*** START OF THIS PROJECT GUTENBERG EBOOK … ***", or "*** THE
#: END ***")
DUMP_HEADING_RE = re.compile(r"^[ \t]*(?P<mark>\*{4,6}|={2,6})[ \t]+(?P<text>[^*=\s](?:[^*=\n]*[^*=\s])?)"
                             r"[ \t]+(?P=mark)[ \t]*$")
#: the most words of a text dump's heading between its marks
DUMP_HEADING_MAX_WORDS = 15
#: what the marks around a text dump's heading are called in the apparatus
DUMP_MARKS = "text dump heading marks"


def dump_heading(text: str) -> tuple[int, int, int] | None:
    """The heading a text dump sets between its marks on one line ("***** History[edit] *****",
    :data:`DUMP_HEADING_RE`): the offsets where its text begins and ends, and its marks' count; or None.

    A line of marks alone ("*****", "* * *": a section break), three asterisks or fewer ("*** THE END ***"),
    marks of two kinds or counts on each side ("**** Note ***", "==== end ****"), a sentence ending in a stop
    between them, or more than
    :data:`DUMP_HEADING_MAX_WORDS` words, are no heading.
    """
    if "\n" in text.strip():
        return None
    m = DUMP_HEADING_RE.match(text)
    if not m:
        return None
    inner = EDIT_SUFFIX_RE.sub("", m.group("text")).strip()
    if (not inner or len(words(inner)) > DUMP_HEADING_MAX_WORDS or inner.endswith((".", ",", ";", ":"))
            or not any(c.isalpha() for c in inner)):
        return None
    return m.start("text"), m.end("text"), len(m.group("mark"))


def dump_level(count: int) -> str:
    """The level of a text dump's heading by its marks' count: six for the page's first level (its title),
    five for a section's (the edition's second level), four and fewer for a subsection's."""
    return "2" if count >= 5 else "3"


def wiki_heading_lines(texts: Sequence[str], dumps: bool = True) -> list[tuple[int, int]]:
    """The runs of lines among *texts* (indices: first, after last) that are a wiki's heading, to be a block of
    their own, whatever lines run on around them: a line ending with its edit link ("History[edit]"), a
    heading over its edit link alone on the next line ("History", "[edit]"), a text dump's heading between
    its marks (:func:`dump_heading`), if the text is a dump's (*dumps*)."""
    out: list[tuple[int, int]] = []
    for i, text in enumerate(texts):
        if dumps and dump_heading(text) is not None:
            out.append((i, i + 1))
        elif (edit_suffix(text) >= 0 and not lone_edit_link(text)) or edit_prefix(text):
            out.append((i, i + 1))
        elif (i + 1 < len(texts) and lone_edit_link(texts[i + 1]) and text.strip()
              and edit_suffix(f"{text}\n{texts[i + 1]}") >= 0):
            out.append((i, i + 2))
    return out


#: the kind of a wiki's line of links to its regions at the page's top ("Jump to: navigation, search")
WIKI_NAVIGATION = "wiki navigation"
#: a wiki's lines about the page, not the article, by their form: (form, kind, where it may stand)
#: ``top``: under the title; ``any``: anywhere; ``foot``: at the page's foot
WIKI_LINES: tuple[tuple[re.Pattern, str, str], ...] = (
    # "From Wikipedia, the free encyclopedia", "From ProleWiki, the proletarian encyclopedia": the site's tagline
    # under the title
    (re.compile(r"^From [A-Z][^,.;:]{0,40}, the (?:free [\w -]{1,30}|[\w’'-]{1,30} encyclopa?edia)$"),
     "wiki tagline", "top"),
    # the same in Japanese and Chinese: "出典: フリー百科事典『ウィキペディア（Wikipedia）』",
    # "维基百科，自由的百科全书"
    (re.compile(r"^(?:出典[:：]\s*フリー百科事典『[^』\n]{1,40}』|[维維]基百科，自由的百科全[书書])$"),
     "wiki tagline", "top"),
    # "(Redirected from Mozilla Project)"
    (re.compile(r"^\(Redirected from [^()\n]{1,100}\)$"), "wiki redirect", "top"),
    # "Main article: Firefox", "See also: A and B", "Further information: X": a link to other articles
    (re.compile(r"^(?:Main articles?|See also|Further information|Further reading|For more details, see)"
                r": (?:[^.;!?\n]|\.(?=\S)){1,150}$"), "wiki hatnote", "any"),
    # "This section is an excerpt from Type conversion § Rust.[edit]": a section the page takes from another
    (re.compile(r"^This (?:section|article|paragraph) is an excerpt from [^\n]{1,150}?\.(?:\s*\[edit\])?$"),
     "wiki hatnote", "any"),
    # "Latest revision as of 01:51, 18 January 2023", "Revision as of …": the stamp of the version a page shows
    # (a page of its history or of a difference between two versions)
    (re.compile(r"^(?:Latest revision|Revision) as of \d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]{2,8} \d{4}$"),
     "wiki revision stamp", "any"),
    # 'Retrieved from "https://en.wikipedia.org/w/index.php?title=…"'
    (re.compile(r'^Retrieved from\s+["“]?https?://\S+?["”]?$'), "wiki stamp", "any"),
    # "Categories:", "Hidden categories:", "Categories: History | Russia"
    (re.compile(r"^(?:Hidden )?[Cc]ategor(?:y|ies):(?:\s+\S.{0,300})?$"), "category line", "foot"),
)


def wiki_line_kind(text: str, where: str) -> str | None:
    """The kind of a wiki's own line (:data:`WIKI_LINES`) *text* is, if it may stand *where* it does
    (``top``, ``foot`` or ``body``), or None."""
    stripped = " ".join(text.split())
    if where == "top" and wiki_jump_line(stripped):
        # "Jump to: navigation, search", "Jump to navigation Jump to search", "ナビゲーションに移動 検索に移動": the
        # skip links' data (:func:`~edition.witness.furniture.wiki_jump_line`)
        return WIKI_NAVIGATION
    for form, what, place in WIKI_LINES:
        if (place == "any" or place == where or (where == "top" and place == "foot")) and form.match(stripped):
            return what
    return None


# -- A page's foot below the article: its end marked, then the site's menus, one short line after another ----

#: what the lines of a page's menus below the article's end are called
FOOT_MENU = "page chrome (navigation)"
#: a menu's item as a text dump sets it: a bullet or the dump's number of the link before its label
#: ("* Article", "• Talk", "[36]Read")
FOOT_ITEM_MARK_RE = re.compile(r"^\s*(?:[*•·+\-]\s+|\[\d{1,4}\]\s*)")
#: the fewest menu lines after the article's end for the foot to be a page's menus
FOOT_MENU_MIN_LINES = 3


def foot_marker(text: str) -> bool:
    """A line that says the article has ended and the page's own lines begin, by its form: a wiki's
    'Retrieved from "https://…"', its categories ("Categories: …", "Hidden categories:"), a page's stamp
    ("This page was last edited on 3 May 2023, at 10:12 (UTC).")."""
    stripped = " ".join(_bare(text.strip()).split())
    return bool(PAGE_EDITED_RE.match(stripped)) or wiki_line_kind(stripped, "foot") in ("wiki stamp", "category line")


def foot_menu(texts: Sequence[str]) -> dict[int, str]:
    """The lines of a page's menus below the article's end (index in *texts* → kind): from the first line that
    marks the end (:func:`foot_marker`) to the last line, when every line after it is blank, a menu's item (a
    link's label, :func:`edition.witness.furniture.link_item`, perhaps after a bullet or a dump's link number),
    a line of furniture by its form (a licence, a call to action: :func:`edition.witness.furniture.web_line_kind`),
    a menu's heading between a text dump's marks ("**** Tools ****") or another marker, and
    :data:`FOOT_MENU_MIN_LINES` of them at least. "Namespaces", "Article", "Talk",
    "Views", "Read", "Edit", "View history", "Tools", "Print/export", "Languages" below a wiki's article are its
    page's, never headings; a sentence or a paragraph after the marker (a categories line above a post's
    text) leaves it all to the text. Lines of a known kind keep it; the others are :data:`FOOT_MENU`. An item a
    text dump hard-wrapped under its bullet (the licence's lines, set under the first's text) is judged whole.

    Tested in ``tests/test_web_chrome.py`` (``-k foot_menu``).
    """
    whole = _wrapped_items(texts)
    items = [whole.get(i, text).strip() for i, text in enumerate(texts)]
    last = None
    for i in range(len(texts) - 1, -1, -1):  # back from the end over the foot's lines: a text's end costs one
        text = items[i]
        if not text:
            continue
        if foot_marker(text):
            last = i
            break
        if not _foot_line(text):
            return {}
    if last is None:
        return {}
    first = last
    for i in range(last - 1, -1, -1):  # the first marker of the run the last one stands in
        text = items[i]
        if text and foot_marker(text):
            first = i
        elif text and not _foot_line(text):
            break
    out: dict[int, str] = {}
    for i in range(first, len(texts)):
        text = items[i]
        if text:
            out[i] = ((wiki_line_kind(_bare(text), "foot") or "page stamp") if foot_marker(text)
                      else web_line_kind(text, at_edge=True) or FOOT_MENU)
    if sum(what == FOOT_MENU for what in out.values()) < FOOT_MENU_MIN_LINES:
        return {}
    return out


def _bare(text: str) -> str:
    """A line of a page's foot without the bullet or the dump's link number before it."""
    mark = FOOT_ITEM_MARK_RE.match(text)
    return text[mark.end():] if mark else text


def _wrapped_items(texts: Sequence[str]) -> dict[int, str]:
    """The items a text dump hard-wrapped under their bullet ("    * Text is available under the …", then
    "      License; additional terms …" set under the item's text): each of the item's lines (index) → the
    item's text whole. A line not set under the text of a bulleted line above it is no item's rest."""
    out: dict[int, str] = {}
    start, under, lines = -1, -1, []
    for i, text in enumerate(texts):
        mark = FOOT_ITEM_MARK_RE.match(text)
        indent = len(text) - len(text.lstrip())
        if text.strip() and not mark and start >= 0 and indent == under:
            lines.append(i)
            continue
        if len(lines) > 1:
            joined = " ".join(texts[n].strip() for n in lines)
            out.update(dict.fromkeys(lines, joined))
        start, under, lines = (i, mark.end(), [i]) if mark and mark.group(0).strip() in "*•·+-" else (-1, -1, [])
    if len(lines) > 1:
        out.update(dict.fromkeys(lines, " ".join(texts[n].strip() for n in lines)))
    return out


def _foot_line(text: str) -> bool:
    """A line of a page's foot: a menu's item (after its bullet or link number, if any) or furniture by form."""
    mark = FOOT_ITEM_MARK_RE.match(text)
    bare = text[mark.end():] if mark else text
    # a menu's own heading, as a text dump sets it between its marks ("**** Personal tools ****")
    return link_item(bare) or web_line_kind(text, at_edge=True) is not None or dump_heading(text) is not None


# -- A wiki's reference list: "^ …", one body for each note, in order ------------------------

#: a wiki's note body: a caret, the letters of its links back to each place that calls it when there are
#: several ("^ a b …"), then its text; no number of its own: the body's place in the list is its number (a
#: text dump that numbers the list's items, "1. ^ a b …", sets the place's number before the caret, kept
#: with the label set aside)
CARET_BODY_RE = re.compile(r"^\s*(?:[-•*]\s+|\d{1,4}\.\s+)?(?:Jump up\s+)?([\^↑])"
                           r"(?P<backlinks>(?:\s+Jump up to:)?\s+a\s+b(?:\s+(?:[c-z]|a[a-z]))*(?=\s))?\s+(?=\S)")
#: the words of a body's link back, as a copy of the page prints them around its caret ("Jump up ^ …" for a note
#: called once, "^ Jump up to: a b …" for one called more often): set aside with the caret
LINK_BACK_PHRASE = "Jump up"
#: how those words are named in the apparatus
LINK_BACK_WORDS = "wiki link back"
#: the number a text dump sets before a body's caret ("1. ^ …"): the body's place in the list
CARET_PLACE_RE = re.compile(r"^\s*(\d{1,4})\.\s+[\^↑]")
#: the form of those bodies, for :func:`edition.witness.labels.body_label`: its label ("^") is no number and
#: it has no marker of its own (the running text calls the notes with numbers in brackets, ``[1]``); the
#: layout numbers the bodies in their order (:func:`caret_labels`)
CARET = LabelForm("caret", re.compile(r"(?!)"), CARET_BODY_RE)
#: how the reading of the caret list is named in the report
CARET_HOW = ("the bodies that begin with a caret (“^ …”, “^ a b …” for a note called twice or more), one "
             "after another, are as many as the numbers in brackets the running text calls, each first "
             "called in its order from [1]: each body is the note of its place in the list, the caret and "
             "the letters of its links back set aside as its label")


#: a body of a wiki's reference list as a text dump numbers it: the place's number, then the caret and the letters
#: of its links back if the body has them ("1. ^Aho …", "2. ^ a b …"), set aside together as the body's label; a
#: body whose caret the dump lost ("2. Smith …") keeps the place's number alone
PLACED = LabelForm("placed", re.compile(r"(?!)"),
                   re.compile(r"^\s*(\d{1,4})\.\s+(?:[\^↑](?:\s+a\s+b(?:\s+(?:[c-z]|a[a-z]))*(?=\s))?\s*)?(?=\S)"))
#: an item of a text dump's numbered list: its indent, its number
DUMP_ITEM_RE = re.compile(r"^(\s*)(\d{1,4})\.\s+\S")
#: how the reading of a text dump's numbered reference list is named in the report
PLACED_HOW = ("a numbered list whose first item begins with a caret after its number (“1. ^…”), as a text dump "
              "writes a wiki's reference list: each item, numbered in sequence from 1, is the note of the number "
              "in brackets the running text calls; its number, caret and the letters of its links back set aside "
              "as its label, the lines hung under its text its own; an item no marker calls is printed as a note "
              "without a marker")


def placed_items(texts: Sequence[str]) -> list[tuple[int, int]] | None:
    """The items of a text dump's numbered reference list among the lines *texts* (:data:`PLACED`): each item's
    first line and the line after its last (indices), from the first line, which opens item 1 with a caret
    ("   1. ^Aho …"): the items numbered one by one at that indent, each with the lines hung deeper under it; None
    if the first line opens no such item. The list ends at its first line set no deeper than its numbers (the
    page's next part), or at a number out of sequence."""
    m = DUMP_ITEM_RE.match(texts[0]) if texts else None
    if not m or m.group(2) != "1" or not CARET_PLACE_RE.match(texts[0]):
        return None
    indent = len(m.group(1))
    out: list[tuple[int, int]] = []
    start = 0
    for i, text in enumerate(texts[1:], 1):
        if not text.strip():
            continue
        item = DUMP_ITEM_RE.match(text)
        if item and len(item.group(1)) == indent and int(item.group(2)) == len(out) + 2:
            out.append((start, i))
            start = i
        elif len(text) - len(text.lstrip()) <= indent:
            out.append((start, i))
            return out
    out.append((start, len(texts)))
    return out


#: a note of a named group, as a wiki calls it: "[n 1]", "[note 3]", "[lower-alpha 2]" (a group's name, a space,
#: its number); the label the edition gives it is the name and the number together, as a footnote's label
#: may hold no space ("n1": :func:`edition.witness.labels.normalise`)
GROUP = LabelForm("group", re.compile(r"[ \t\u00a0]*\[([a-z][a-z-]{0,15} \d{1,3})\]"), re.compile(r"(?!)"))
#: the name of a group's label, apart from its number
GROUP_NAME_RE = re.compile(r"^([a-z][a-z-]*) ?(\d+)$")
#: the name given to a group of notes a wiki calls by letters alone ("[a]", "[b]", in their order), and the form of
#: such a label
LETTERED = "lettered"
LETTER_LABEL_RE = re.compile(r"[a-z]")
#: how the labels of a group's notes are named in the apparatus
GROUP_HOW = ("the running text calls these notes by a group's name and a number in brackets (“[n 1]”), "
             "its own list of bodies that begin with a caret gives them in that order: each note is labelled "
             "with the name and the number together, as a footnote's label holds no space")
#: how the numbers a text dump sets before the carets are named in the apparatus
PLACES_HOW = ("the number before a body's caret (“1. ^ …”) is the list's numbering, the body's place in it, "
              "as the numbers the running text calls in brackets: set aside with the caret, the body's label")
#: how the letters of a body's links back are named in the apparatus
BACKLINKS_HOW = ("the letters after a body's caret (“^ a b …”) are the page's links back to each place that "
                 "calls the note, one letter for each: set aside, the places are the note's markers")


def _letters(count: int) -> list[str]:
    """The first *count* letters, the labels of a group a wiki letters ("a", "b", …)."""
    return [chr(ord("a") + k) for k in range(count)]


def caret_groups(called: list[str], runs: list[int], inside: Sequence[str] = ()) -> list[list[str]] | None:
    """The labels of each run of caret bodies (*runs*: how many bodies each has, in order), given the labels
    of the notes the running text *called* in its order, plain numbers ("7") and a group's ("n 1"): each run
    the list of one group, as many bodies as the group's labels, first called in rising order from 1; the
    groups taken in the order the text first calls them. None if the runs are not the lists of those groups.

    :param inside: the labels the bodies themselves call (a footnote that cites a work: "^ See Smith.[17]"):
        a wiki numbers such a citation where the footnote is called, so the running text skips its number, or
        calls it again later, out of its order
    """
    groups: dict[str, list[str]] = {}
    for label in [*called, *inside]:
        m = GROUP_NAME_RE.match(label)
        # a group a wiki letters ("[a]", "[b]": its notes apart from the citations) is named by its letters
        name = m.group(1) if m else LETTERED if LETTER_LABEL_RE.fullmatch(label) else ""
        seen = groups.setdefault(name, [])
        if label not in seen:
            seen.append(label)
    out: list[list[str]] = []
    free = list(groups)
    for count in runs:
        # a group the wiki letters is its letters from "a" on, as many as the run's bodies, the next letter never
        # called: a letter in brackets further on is none of its notes (a program's index, "a[n]")
        name = next((n for n in free if (n != LETTERED and len(groups[n]) == count)
                     or (n == LETTERED and count < len(string.ascii_lowercase)
                         and [x for x in groups[n] if x < chr(ord("a") + count)] == _letters(count)
                         and chr(ord("a") + count) not in groups[n])), None)
        if name is None:
            return None
        free.remove(name)
        if name == LETTERED:
            out.append(_letters(count))
            continue
        numbers = [int(GROUP_NAME_RE.match(label).group(2) if name else label)  # type: ignore[union-attr]
                   for label in groups[name]]
        # (a citation a footnote's body calls is numbered where the footnote is called: the running text may call
        # it again later, out of its order)
        running = [n for n, label in zip(numbers, groups[name], strict=True) if label in called and label not in inside]
        if sorted(numbers) != list(range(1, count + 1)) or running != sorted(running):
            return None
        out.append([str(n) if not name else f"{name}{n}" for n in range(1, count + 1)])
    return out


def caret_labels(called: list[str], bodies: int) -> list[str] | None:
    """The labels of a run of *bodies* caret bodies, given the numbers in brackets the running text
    *called* in its order: "1" … "n", when the numbers first called are 1, 2, … n in that order and n is
    the number of the bodies; None otherwise (the list is not the notes of these markers)."""
    first: list[str] = []
    for label in called:
        if label not in first:
            first.append(label)
    expected = [str(n) for n in range(1, bodies + 1)]
    return expected if bodies and first == expected else None
