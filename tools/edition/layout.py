"""Segmenting a witness: lines → blocks, each with a role.

Two layouts are recognised from the text itself, never from a file name:

``web``
    a copy of a web page: each paragraph is one long line, blocks are
    separated by blank lines.
``pdf``
    text extracted from a PDF: paragraphs are hard-wrapped into lines of
    roughly equal width, page breaks leave blank lines or indented lines in
    mid-paragraph, headings are set in capitals.

The roles are: header (title, byline, date, ``Field:`` lines), body
(headings, paragraphs, quotations, lists), notes (``[n] …`` bodies at the
end, or bodies labelled in another form the witness confirms, see
:mod:`edition.labels`) and furniture (captions of absent images, donation
appeals, the site's lists of other articles).
"""

from __future__ import annotations

import re
import statistics
from typing import NamedTuple

from .labels import BRACKET, FORMS, SUPERSCRIPT_DIGITS, LabelForm, body_label, confirmed
from .reading import Line, Witness

#: characters that may end a sentence (and so a paragraph)
TERMINAL = ".?!:;…”\"’')"
OPENING_QUOTES = "“\"‘"

FIELD_RE = re.compile(
    r"^(Title|Subtitle|Author|Authors|Date|Source|Notes|Publisher|Translator|"
    r"Translated by|URL|Topics|Tags|Language):\s*(.*)$"
)
PART_RE = re.compile(r"^Part\s+(\d+|[IVX]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b.{0,40}$")
BYLINE_RE = re.compile(r"^By\s+[A-Z][\w.’'-]*(\s+(and\s+)?[A-Z][\w.’'-]*){0,5}$")
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
DATE_RE = re.compile(
    rf"^((\d{{1,2}}\s+)?({MONTHS})(\s+\d{{1,2}},)?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$"
)
STANDFIRST_RE = re.compile(
    r"[,—–-]?\s+(writes|argues|reports|explains|says)\s+[A-Z][\w.’'-]+(\s+[A-Z][\w.’'-]+){0,3}\.?$"
)
#: a note body in the usual form, ``[n] …`` (other forms: :mod:`edition.labels`)
NOTE_BODY_RE = BRACKET.body
LIST_ITEM_RE = re.compile(r"^\s*(\d{1,2}[.)]|[-•*–])\s+\S")
NAV_RE = re.compile(
    r"^(latest articles|read more|related articles|related posts|related stories|"
    r"more articles|recent articles|recent posts|most read|most popular|"
    r"share this( article| page)?|further reading on this site)$",
    re.IGNORECASE,
)
#: a heading over the notes section
NOTES_HEADING_RE = re.compile(r"^(notes|footnotes|endnotes|references|sources)\s*:?$", re.IGNORECASE)
DONATION_RE = re.compile(r"\bdonat(e|es|ion|ions|ing)\b", re.IGNORECASE)
#: last words that mark a line as the caption of an image
CAPTION_NOUNS = frozenset(
    "photo photograph picture image seal emblem logo poster portrait map cartoon "
    "banner cover badge stamp illustration drawing painting".split()
)
CAPTION_DATE_RE = re.compile(rf"\b(in|on)\s+(({MONTHS})\s+)?\d{{4}}$|\(\d{{4}}\)$")
#: the most words a heading may have
HEADING_MAX_WORDS = 12
#: the most paragraphs a note may have after its first
NOTE_CONTINUATIONS = 5


class Blk(NamedTuple):
    """A block of witness lines before it is given a role."""

    lines: list[Line]
    #: blank lines before and after the block
    blank_before: int
    blank_after: int

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def lineno(self) -> int:
        return self.lines[0].lineno

    @property
    def text(self) -> str:
        return " ".join(line.text.strip() for line in self.lines)


class Segment(NamedTuple):
    """A block with its role."""

    #: ``header``, ``heading``, ``paragraph``, ``quote``, ``list``, ``note``,
    #: ``note-continued``, ``furniture``
    role: str
    block: Blk
    #: role detail: the header field's name, the heading level, the kind of
    #: furniture, the note label, the list style
    detail: str = ""
    #: set on a paragraph the witness breaks off in mid-sentence
    breaks_off: bool = False


class Layout(NamedTuple):
    """A segmented witness."""

    kind: str
    segments: list[Segment]
    #: typical line width (``pdf`` layout), 0 otherwise
    width: int
    #: the forms of note label the witness uses (:func:`edition.labels.confirmed`)
    note_forms: tuple[LabelForm, ...] = (BRACKET,)


# -- Lines to blocks ---------------------------------------------------------


def runs(lines: list[Line]) -> list[Blk]:
    """Group lines into runs of non-blank lines, counting the blanks around them."""
    blocks: list[Blk] = []
    current: list[Line] = []
    blanks = 0
    before = 0
    for line in lines:
        if line.blank:
            if current:
                blocks.append(Blk(current, before, 0))
                current = []
                before = 0
            blanks += 1
            continue
        if not current:
            if blocks:
                blocks[-1] = blocks[-1]._replace(blank_after=blanks)
            before = blanks
            blanks = 0
        current.append(line)
    if current:
        blocks.append(Blk(current, before, 0))
    if blocks and blanks:
        blocks[-1] = blocks[-1]._replace(blank_after=blanks)
    return blocks


def detect_layout(lines: list[Line]) -> str:
    """``pdf`` when most text sits in hard-wrapped lines, else ``web``."""
    text_lines = [line for line in lines if not line.blank]
    if len(text_lines) < 4:
        return "web"
    continued = sum(
        1 for a, b in zip(lines, lines[1:], strict=False) if not a.blank and not b.blank
    )
    lengths = [len(line.text) for line in text_lines]
    if continued / len(text_lines) > 0.5 and statistics.median(lengths) < 130:
        return "pdf"
    return "web"


def line_width(lines: list[Line]) -> int:
    """The typical full width of a hard-wrapped line (90th percentile)."""
    lengths = sorted(len(line.text.strip()) for line in lines if not line.blank)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def is_caps(text: str) -> bool:
    """Whether a line is set in capitals (a heading in ``pdf`` layout)."""
    # stops at the first letter not in capitals: most lines are decided at once,
    # which matters in a text of megabytes
    letters = 0
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 4


TRAILING_MARKERS_RE = re.compile(rf"(\s*(\[\d{{1,3}}\]|\[[a-z]\]|[{SUPERSCRIPT_DIGITS}]{{1,3}}))+\s*$")


def ends_sentence(text: str) -> bool:
    """Whether *text* ends a sentence (a trailing note marker is looked through)."""
    return TRAILING_MARKERS_RE.sub("", text).rstrip().endswith(tuple(TERMINAL))


def split_pdf_run(block: Blk, width: int) -> list[Blk]:
    """Split a run of hard-wrapped lines at paragraph ends and capital headings.

    A line that ends a sentence and is clearly shorter than the full width is
    the last line of a paragraph; a line in capitals is a heading.
    """
    out: list[list[Line]] = []
    current: list[Line] = []
    for line in block.lines:
        caps = is_caps(line.text)
        if current and caps != is_caps(current[-1].text):
            out.append(current)
            current = []
        current.append(line)
        stripped = line.text.strip()
        if not caps and ends_sentence(stripped) and len(stripped) < 0.8 * width:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return [
        Blk(
            part,
            block.blank_before if i == 0 else 0,
            block.blank_after if i == len(out) - 1 else 0,
        )
        for i, part in enumerate(out)
    ]


def join_page_breaks(blocks: list[Blk], width: int) -> list[Blk]:
    """Rejoin paragraphs that a page break split, in ``pdf`` layout.

    A block that stops without ending its sentence, followed after blank lines
    by one that starts in lower case (or after a full-width line), is one
    paragraph broken by the page.

    The blank lines themselves become apparatus entries in :mod:`edition.inline`.
    """
    out: list[Blk] = []
    for block in blocks:
        if out:
            prev = out[-1]
            last = prev.lines[-1].text.strip()
            first = block.lines[0].text.strip()
            heading_like = is_caps(last) or (len(prev.lines) == 1 and len(last) < 0.6 * width)
            if (
                not heading_like
                and not is_caps(first)
                and not ends_sentence(last)
                and (first[:1].islower() or len(last) >= 0.8 * width or last.endswith("-"))
            ):
                out[-1] = Blk(prev.lines + block.lines, prev.blank_before, block.blank_after)
                continue
        out.append(block)
    return out


def blocks_of(witness: Witness) -> tuple[str, list[Blk], int]:
    """Cut a witness into blocks according to its layout."""
    kind = detect_layout(witness.lines)
    blocks = runs(witness.lines)
    if kind == "pdf":
        width = line_width(witness.lines)
        split = [part for block in blocks for part in split_pdf_run(block, width)]
        return kind, join_page_breaks(split, width), width
    # web layout: a run of lines is one block (a list, or a wrapped paragraph)
    return kind, blocks, 0


def is_list(block: Blk) -> bool:
    return len(block.lines) > 1 and all(LIST_ITEM_RE.match(line.text) for line in block.lines)


def _header_role(text: str) -> str | None:
    if PART_RE.match(text):
        return "subtitle"
    if BYLINE_RE.match(text):
        return "byline"
    if DATE_RE.match(text):
        return "date"
    return None


def _single_lines(block: Blk) -> list[Blk]:
    last = len(block.lines) - 1
    return [
        Blk([line], block.blank_before if i == 0 else 0, block.blank_after if i == last else 0)
        for i, line in enumerate(block.lines)
    ]


# -- Roles -------------------------------------------------------------------


def words(text: str) -> list[str]:
    return text.split()


def heading_like(text: str) -> bool:
    """A short line that does not end a sentence: a heading, or a caption."""
    text = text.strip()
    if not text or len(words(text)) > HEADING_MAX_WORDS:
        return False
    if text.endswith((".", ",", ";", ":", "…")) and not text.endswith(("Inc.", "etc.")):
        return False
    if ". " in text:  # two sentences
        return False
    return text[0].isupper() or text[0] in OPENING_QUOTES or text[0].isdigit()


def caption_like(text: str) -> bool:
    """A line that describes an absent picture rather than heading a section."""
    text = text.strip()
    if ends_sentence(text) and not text.endswith(")"):
        return False
    words_ = re.findall(r"[^\W\d_]+", text.lower())
    if words_ and (words_[-1] in CAPTION_NOUNS or any(w in CAPTION_NOUNS for w in words_[:2])):
        return True
    if CAPTION_DATE_RE.search(text):
        return True
    return len(words(text)) > HEADING_MAX_WORDS


def header_segments(blocks: list[Blk], kind: str) -> list[Segment]:
    """Read the header from the first blocks: fields, or title/part/byline/date/standfirst."""
    if not blocks:
        return []
    segments: list[Segment] = []
    first = blocks[0]
    if FIELD_RE.match(first.lines[0].text):
        # "Field: value" lines, one after another at the top
        for i, block in enumerate(blocks):
            if not all(FIELD_RE.match(line.text) for line in block.lines):
                break
            if i and block.blank_before:
                break
            segments.append(Segment("header", block, "fields"))
        return segments
    title = first.text
    if len(first.lines) > 1 or not heading_like(title) or first.lines[0].text.startswith(" "):
        return []
    segments.append(Segment("header", first, "title"))
    for block in blocks[1:5]:
        # a byline and a date may share a run of lines: each line is a field
        roles = [_header_role(line.text.strip()) for line in block.lines]
        if all(roles):
            segments += [Segment("header", b, r) for b, r in zip(_single_lines(block), roles, strict=True)]
        elif STANDFIRST_RE.search(block.text) and len(segments) <= 3:
            segments.append(Segment("header", block, "standfirst"))
        else:
            break
    return segments


def trailing_furniture(blocks: list[Blk]) -> int:
    """Index of the first block of the furniture at the end of the text (len if none).

    Two kinds are recognised: the site's lists of other articles (a line such
    as "Latest articles" or "Read more", with any short menu lines just before
    it, and everything after it), and a donation appeal (a closing passage of
    at most two blocks that asks for donations).
    """
    cut = len(blocks)
    nav = next((i for i, b in enumerate(blocks) if i > 0 and NAV_RE.match(b.text.strip())), None)
    if nav is not None and nav >= len(blocks) // 2:
        cut = nav
        while cut > 1 and heading_like(blocks[cut - 1].text) and len(words(blocks[cut - 1].text)) <= 5:
            cut -= 1
            if blocks[cut].blank_before >= 2:
                break
    tail = blocks[max(cut - 2, 0):cut]
    for offset, block in enumerate(tail):
        if DONATION_RE.search(block.text) and all(
            len(words(b.text)) <= 80 for b in tail[offset:]
        ):
            start = cut - len(tail) + offset
            if start > 0 and heading_like(blocks[start - 1].text) and not blocks[start - 1].text.startswith("["):
                start -= 1
            return start
    return cut


def notes_start(blocks: list[Blk], end: int, forms: tuple[LabelForm, ...] = FORMS) -> int:
    """Index where the notes section begins (``end`` if there is none).

    Walking back from the end, note bodies (``[n] …``, or a label in another
    of *forms*) are taken into the section together with the paragraphs that
    follow each, at most :data:`NOTE_CONTINUATIONS`: the last note's too, so
    that a last note of several paragraphs stays whole.
    """
    start = end
    pending = 0
    for i in range(end - 1, -1, -1):
        if body_label(blocks[i].lines[0].text, forms):
            start, pending = i, 0
        elif pending < NOTE_CONTINUATIONS:
            pending += 1  # a continuation paragraph, if a note body precedes it
        else:
            break
    return start


def split_note_bodies(block: Blk, forms: tuple[LabelForm, ...]) -> list[Blk]:
    """Split a block of the notes section before each line that starts a note.

    Notes printed on consecutive lines, with no blank line between them, are
    each a note of their own.
    """
    starts = [i for i, line in enumerate(block.lines) if i and body_label(line.text, forms)]
    if not starts:
        return [block]
    bounds = [0, *starts, len(block.lines)]
    return [
        Blk(block.lines[a:b], block.blank_before if a == 0 else 0,
            block.blank_after if b == len(block.lines) else 0)
        for a, b in zip(bounds, bounds[1:], strict=False)
    ]


def is_block_quote(text: str, previous: str) -> bool:
    """A paragraph that is one quotation from end to end."""
    core = re.sub(rf"(\s*\[(\d+|[a-z])\]|\s*[{SUPERSCRIPT_DIGITS}]+|\s*\([^()]*\)\.?)+$", "", text.strip())
    if not core or core[0] not in OPENING_QUOTES:
        return False
    if core[0] == "“":
        if not core.endswith("”") or core.count("“") != core.count("”"):
            return False
        if re.search(r"”[^“]{1,60}“", core):  # interrupted: “…,” he said, “…”
            return False
    elif core[0] == '"':
        if not core.endswith('"') or core.count('"') != 2:
            return False
    else:
        return False
    return previous.rstrip().endswith(":") or len(words(core)) >= 40


def segment(witness: Witness) -> Layout:
    """Segment *witness* into roles."""
    kind, blocks, width = blocks_of(witness)
    segments = header_segments(blocks, kind)
    header_lines = {line.lineno for seg in segments for line in seg.block.lines}
    body_from = sum(1 for b in blocks if b.lines[0].lineno in header_lines)
    furniture_from = trailing_furniture(blocks)
    notes_from = notes_start(blocks, furniture_from)
    forms = confirmed(
        "\n".join(witness.text[b.start:b.end] for b in blocks[body_from:notes_from]),
        [line.text for b in blocks[notes_from:furniture_from] for line in b.lines],
    )
    if notes_from > body_from and blocks[notes_from - 1].text.rstrip().endswith(":"):
        forms = (BRACKET,)  # "(1) …" after a colon: a list the paragraph introduces, not notes
    if len(forms) < len(FORMS):
        # bodies in a form the running text does not confirm are not notes
        notes_from = notes_start(blocks, furniture_from, forms)
    body = blocks[body_from:notes_from]
    previous = ""
    for i, block in enumerate(body):
        text = block.text
        following = body[i + 1] if i + 1 < len(body) else None
        role, detail, breaks_off = "paragraph", "", False
        if is_list(block):
            role = "list"
        elif kind == "pdf" and is_caps(text):
            role, detail = "heading", "2"
        elif kind == "web" and len(block.lines) == 1 and not ends_sentence(text) and caption_like(text):
            role, detail = "furniture", "image caption"
        elif heading_like(text) and following is not None and not (
            kind == "pdf" and len(block.lines) > 1
        ):
            role, detail = "heading", "3" if kind == "pdf" else "2"
        elif following is None and notes_from < furniture_from and NOTES_HEADING_RE.match(text.strip()):
            role, detail = "heading", "2"
        elif is_block_quote(text, previous):
            role = "quote"
        elif (
            kind == "web"
            and not ends_sentence(text)
            and block.blank_after >= 2
            and following is not None
        ):
            breaks_off = True
        segments.append(Segment(role, block, detail, breaks_off))
        if role != "furniture":
            previous = text
    current = ""
    notes = [part for block in blocks[notes_from:furniture_from] for part in split_note_bodies(block, forms)]
    for block in notes:
        found = body_label(block.lines[0].text, forms)
        if found:
            current = found.label
            segments.append(Segment("note", block, current))
        else:
            segments.append(Segment("note-continued", block, current))
    tail = blocks[furniture_from:]
    if tail:
        what = "donation appeal" if any(DONATION_RE.search(b.text) for b in tail) else "site list"
        for block in tail:
            segments.append(Segment("furniture", block, what))
    return Layout(kind, segments, width, forms)
