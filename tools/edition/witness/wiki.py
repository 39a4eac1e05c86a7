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
(:func:`caret_groups`). Tested in ``tests/test_web_chrome.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .furniture import PAGE_EDITED_RE, link_item, web_line_kind
from .labels import LabelForm

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

#: the link a wiki sets after each section's heading, as a copy keeps it: "History[edit]", "pdf.js [edit source]"
#: (the labels a wiki gives it in a few languages: a closed class, as the names of languages are)
EDIT_SUFFIX_RE = re.compile(
    r"\s*\[(?:edit|edit source|modifier|modifier le code|bearbeiten|Quelltext bearbeiten|editar|"
    r"editar código|modifica|modifica wikitesto|bewerken|edytuj|редактировать|править)\]\s*$",
    re.IGNORECASE,
)
#: the most words of a wiki's heading before its edit link
EDIT_HEADING_MAX_WORDS = 12
#: what the edit link is called in the apparatus
EDIT_LINK = "wiki edit link"


def edit_suffix(text: str) -> int:
    """Where the edit link a line of one heading ends with begins ("History[edit]" → 7), or -1.

    The heading before it is short (:data:`EDIT_HEADING_MAX_WORDS` words at most) and ends no
    sentence; it may begin in lower case ("pdf.js[edit]"): the link makes the line a heading.
    """
    m = EDIT_SUFFIX_RE.search(text)
    if not m or "\n" in text.strip():
        return -1
    stem = text[:m.start()].strip()
    if not stem or len(stem.split()) > EDIT_HEADING_MAX_WORDS or stem.endswith((".", ",", ";", ":")):
        return -1
    return len(text[:m.start()].rstrip())


#: a wiki's lines about the page, not the article, by their form: (form, kind, where it may stand)
#: ``top``: under the title; ``any``: anywhere; ``foot``: at the page's foot
WIKI_LINES: tuple[tuple[re.Pattern, str, str], ...] = (
    # "From Wikipedia, the free encyclopedia": the site's tagline under the title
    (re.compile(r"^From [A-Z][^,.;:]{0,40}, the free [\w -]{1,30}$"), "wiki tagline", "top"),
    # "Jump to: navigation, search", "Jump to navigation Jump to search"
    (re.compile(r"^(?:Jump|Skip) to:?\s+(?:navigation|search|content|main content)"
                r"(?:,?\s+(?:(?:Jump|Skip) to:?\s+)?(?:navigation|search|content))*$", re.IGNORECASE),
     "wiki navigation", "top"),
    # "(Redirected from Mozilla Project)"
    (re.compile(r"^\(Redirected from [^()\n]{1,100}\)$"), "wiki redirect", "top"),
    # "Main article: Firefox", "See also: A and B", "Further information: X": a link to other articles
    (re.compile(r"^(?:Main articles?|See also|Further information|Further reading|For more details, see)"
                r": (?:[^.;!?\n]|\.(?=\S)){1,150}$"), "wiki hatnote", "any"),
    # 'Retrieved from "https://en.wikipedia.org/w/index.php?title=…"'
    (re.compile(r'^Retrieved from\s+["“]?https?://\S+?["”]?$'), "wiki stamp", "any"),
    # "Categories:", "Hidden categories:", "Categories: History | Russia"
    (re.compile(r"^(?:Hidden )?[Cc]ategor(?:y|ies):(?:\s+\S.{0,300})?$"), "category line", "foot"),
)


def wiki_line_kind(text: str, where: str) -> str | None:
    """The kind of a wiki's own line (:data:`WIKI_LINES`) *text* is, if it may stand *where* it does
    (``top``, ``foot`` or ``body``), or None."""
    stripped = " ".join(text.split())
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
    stripped = " ".join(text.split())
    return bool(PAGE_EDITED_RE.match(stripped)) or wiki_line_kind(stripped, "foot") in ("wiki stamp", "category line")


def foot_menu(texts: Sequence[str]) -> dict[int, str]:
    """The lines of a page's menus below the article's end (index in *texts* → kind): from the first line that
    marks the end (:func:`foot_marker`) to the last line, when every line after it is blank, a menu's item (a
    link's label, :func:`edition.witness.furniture.link_item`, perhaps after a bullet or a dump's link number),
    a line of furniture by its form (a licence, a call to action: :func:`edition.witness.furniture.web_line_kind`)
    or another marker, and :data:`FOOT_MENU_MIN_LINES` of them at least. "Namespaces", "Article", "Talk",
    "Views", "Read", "Edit", "View history", "Tools", "Print/export", "Languages" below a wiki's article are its
    page's, never headings; a sentence or a paragraph after the marker (a categories line above a post's
    text) leaves it all to the text. Lines of a known kind keep it; the others are :data:`FOOT_MENU`.

    Tested in ``tests/test_web_chrome.py`` (``-k foot_menu``).
    """
    last = None
    for i in range(len(texts) - 1, -1, -1):  # back from the end over the foot's lines: a text's end costs one
        text = texts[i].strip()
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
        text = texts[i].strip()
        if text and foot_marker(text):
            first = i
        elif text and not _foot_line(text):
            break
    out: dict[int, str] = {}
    for i in range(first, len(texts)):
        text = texts[i].strip()
        if text:
            out[i] = ((wiki_line_kind(text, "foot") or "page stamp") if foot_marker(text)
                      else web_line_kind(text, at_edge=True) or FOOT_MENU)
    if sum(what == FOOT_MENU for what in out.values()) < FOOT_MENU_MIN_LINES:
        return {}
    return out


def _foot_line(text: str) -> bool:
    """A line of a page's foot: a menu's item (after its bullet or link number, if any) or furniture by form."""
    mark = FOOT_ITEM_MARK_RE.match(text)
    bare = text[mark.end():] if mark else text
    return link_item(bare) or web_line_kind(text, at_edge=True) is not None


# -- A wiki's reference list: "^ …", one body for each note, in order ------------------------

#: a wiki's note body: a caret, the letters of its links back to each place that calls it when there are
#: several ("^ a b …"), then its text; no number of its own: the body's place in the list is its number (a
#: text dump that numbers the list's items, "1. ^ a b …", sets the place's number before the caret, kept
#: with the label set aside)
CARET_BODY_RE = re.compile(r"^\s*(?:[-•*]\s+|\d{1,4}\.\s+)?([\^↑])"
                           r"(?P<backlinks>\s+a\s+b(?:\s+(?:[c-z]|a[a-z]))*(?=\s))?\s+(?=\S)")
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


#: a note of a named group, as a wiki calls it: "[n 1]", "[note 3]", "[lower-alpha 2]" (a group's name, a space,
#: its number); the label the edition gives it is the name and the number together, as a footnote's label
#: may hold no space ("n1": :func:`edition.witness.labels.normalise`)
GROUP = LabelForm("group", re.compile(r"[ \t\u00a0]*\[([a-z][a-z-]{0,15} \d{1,3})\]"), re.compile(r"(?!)"))
#: the name of a group's label, apart from its number
GROUP_NAME_RE = re.compile(r"^([a-z][a-z-]*) ?(\d+)$")
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


def caret_groups(called: list[str], runs: list[int], inside: Sequence[str] = ()) -> list[list[str]] | None:
    """The labels of each run of caret bodies (*runs*: how many bodies each has, in order), given the labels
    of the notes the running text *called* in its order, plain numbers ("7") and a group's ("n 1"): each run
    the list of one group, as many bodies as the group's labels, first called in rising order from 1; the
    groups taken in the order the text first calls them. None if the runs are not the lists of those groups.

    :param inside: the labels the bodies themselves call (a footnote that cites a work: "^ See Smith.[17]"):
        a wiki numbers such a citation where the footnote is called, so the running text skips its number
    """
    groups: dict[str, list[str]] = {}
    for label in [*called, *inside]:
        m = GROUP_NAME_RE.match(label)
        name = m.group(1) if m else ""
        seen = groups.setdefault(name, [])
        if label not in seen:
            seen.append(label)
    out: list[list[str]] = []
    free = list(groups)
    for count in runs:
        name = next((n for n in free if len(groups[n]) == count), None)
        if name is None:
            return None
        free.remove(name)
        numbers = [int(GROUP_NAME_RE.match(label).group(2) if name else label)  # type: ignore[union-attr]
                   for label in groups[name]]
        running = [n for n, label in zip(numbers, groups[name], strict=True) if label in called]
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
