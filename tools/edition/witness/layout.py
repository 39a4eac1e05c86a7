"""Segmenting a witness: lines → blocks, each with a role.

Two layouts are recognised from the text itself, never from a file name:

``web``
    a copy of a web page: each paragraph is one long line, blocks are
    separated by blank lines, or, copied without them, each line is a block
    (no line stops in mid-sentence: nothing was hard-wrapped; or more lines
    are whole paragraphs hundreds of characters long than stop in
    mid-sentence: :func:`layout_evidence`).
``pdf``
    text extracted from a PDF: paragraphs are hard-wrapped into lines of
    roughly equal width, page breaks leave blank lines or indented lines in
    mid-paragraph, headings are set in capitals.

The roles are: header (title, byline, date, ``Field:`` lines), body
(headings, paragraphs, quotations, lists), notes (``[n] …`` bodies at the
end, or bodies labelled in another form the witness confirms, see
:mod:`edition.witness.labels`) and furniture (captions of absent images, donation
appeals, the site's lists of other articles, and the menus, counters,
running heads and page numbers :mod:`edition.witness.furniture` knows by their form).

Tested in ``tests/test_conversion.py``, on small texts and on the corpus of
``tests/corpus/``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Decision
from .addresses import URL_RE, continues_address
from .code import code_lines, output_row, weak_code
from .columns import alternating_columns, merged_columns
from .figures import (
    BETWEEN,
    BETWEEN_HOW,
    CAPTIONS,
    COLON_CAPTION_RE,
    HEAD_BETWEEN,
    TABLE_CAPTION,
    TABLE_HOW,
    attribution,
    between_sentence_parts,
    captions_after,
    figure_lines,
    image_trace,
    inline_captions,
    inline_captions_after,
    side_box_lines,
)
from .figures import CAPTION as FIGURE_CAPTION
from .figures import CELLS as TABLE_CELLS
from .figures import CELLS_HOW as TABLE_CELLS_HOW
from .figures import HOW as FIGURE_HOW
from .figures import LABELS as FIGURE_LABELS
from .figures import ROWS as TABLE_ROWS
from .figures import goes_on as caption_goes_on
from .furniture import (
    ARCHIVE_FOOTER,
    BUTTON_RUN_MIN,
    BYLINE_RE,
    DATE_BY_RE,
    DATE_TEXT,
    EBOOK_MATTER_HEADING_RE,
    FURNITURE_MAX_WORDS,
    LINK_MAX_WORDS,
    LINK_RUN_MIN,
    MENU_KINDS,
    NOTICE_LABEL_RE,
    RULE,
    archive_banner,
    archive_footer,
    body_chrome_kind,
    button_line,
    byline,
    call_to_action,
    comment_count,
    cookie_notice,
    date_at_end,
    dated_line,
    dated_rubric,
    ebook_production,
    is_date_line,
    language_name,
    line_shape,
    link_item,
    menu_kind,
    meta_line,
    modified_stamp,
    news_dateline,
    notice_button,
    number_like,
    old_page_notice,
    page_edge_kind,
    page_sequence,
    pdf_line_kind,
    posted_line,
    print_address,
    print_time,
    region_label,
    repeated_kind,
    repeated_lines,
    rule_line,
    share_status,
    share_target,
    share_targets_line,
    skip_call,
    toolbar_line,
    web_line_kind,
    widget_line,
    widget_word,
)
from .headings import (
    CAPTION_LABEL_RE,
    CELL_LOOKALIKE_KINDS,
    CONTENTS_TAIL_RE,
    INFOBOX_RE,
    INFOBOX_ROW_RE,
    above_rows,
    cells_kept,
    comment_head,
    dotted_layout_heading,
    heading_number,
    label_lines,
    label_only,
    label_value,
    layout_heading,
    layout_heading_lines,
    listing_line,
    lookalike,
    lower_title,
    next_section,
    number_only,
    numbered_heading,
    page_top_repeats,
    section_number_token,
    separated_items,
    table_cell_lines,
    table_cells,
)
from .labels import (
    BARE,
    BRACKET,
    DOTTED,
    FORMS,
    LETTER,
    NOT_EMPHASIS,
    PAGE_NUMBERS_HOW,
    REFERENCES_HEADING_RE,
    SIGNS,
    SUPERSCRIPT,
    SUPERSCRIPT_DIGITS,
    SYMBOL,
    BracketReading,
    LabelForm,
    body_label,
    confirmed,
    in_sequence,
    label_text,
    marker_label,
    marker_matches,
    markers,
    normalise,
    read_brackets,
    reference_list,
    sort_key,
    stop_markers,
)
from .lead import MARKED_AUTHORS_RE, RIVAL_TITLE_WORDS, byline_like, headline_like, marked_authors, rival_headline
from .letters import (
    addressee,
    closing,
    closing_lines,
    dateline,
    letter_heading,
    salutation,
    signature_initials,
)
from .lexicon import KNOWN, is_word, zipf
from .listing import listing_lines
from .margins import MARGIN_NUMBER, MarginNumber, margin_numbers
from .pageforms import PageForms, page_forms
from .pagenotes import (
    DISGUISED_SIGNS,
    SHORT_LINE_WORDS,
    SignMarker,
    SignNote,
    SignNotes,
    broken_off_end,
    page_sign_notes,
)
from .pagenotes import NONE as NO_SIGN_NOTES
from .reading import Line, Witness
from .references import entry_blocks, key_reference_lists
from .script import FULL_STOPS, unspaced, words
from .series import NONE as NO_PAPERS
from .series import Papers, notes_renumbered, read_papers
from .tables import grid_tables, leader_tables, tab_tables, table_part_starts
from .teasers import stamp_line, teaser_lists
from .wiki import (
    BACKLINKS_HOW,
    CARET,
    CARET_BODY_RE,
    CARET_HOW,
    CARET_PLACE_RE,
    DUMP_ITEM_RE,
    FOOT_MENU,
    GROUP,
    GROUP_HOW,
    GROUP_NAME_RE,
    LETTER_LABEL_RE,
    PLACED,
    PLACED_HOW,
    PLACES_HOW,
    RESIDUE,
    caret_groups,
    caret_labels,
    dump_heading,
    dump_level,
    edit_heading,
    edit_prefix,
    edit_suffix,
    foot_menu,
    lone_edit_link,
    placed_items,
    residue_end,
    wiki_heading_lines,
    wiki_line_kind,
)

#: characters that may end a sentence (and so a paragraph)
TERMINAL = ".?!:;…”\"’')" + FULL_STOPS  # and the stops of scripts without spaces ("。")
OPENING_QUOTES = "“\"‘"

FIELD_RE = re.compile(
    r"^(Title|Subtitle|Author|Authors|Date|Source|Notes|Publisher|Translator|"
    r"Translated by|URL|Topics|Tags|Language|"
    # an archive's record of the text under its title: when it was written and first printed,
    # who translated and transcribed it, its rights ("Public Domain: …", "Copyleft: …")
    r"Written|Dictated|First [Pp]ublished|First [Pp]rinted|Delivered|Original [Ss]ource|Translated|Translation|"
    r"Transcription(?:\s?[/\\]\s?(?:HTML\s)?[Mm]arkup)?|Transcribed(?: by)?|(?:HTML )?[Mm]arkup|"
    r"Proofread(?:ing)?|Proofed(?: and [Cc]orrected)?|Online [Vv]ersion|Public [Dd]omain|Copyleft|"
    # an e-book's or a library's record: when the copy was released or published, its encoding
    r"Release [Dd]ate|Posting [Dd]ate|First [Pp]osted|Published|Last [Uu]pdated|Character set encoding):\s*(.*)$"
)
PART_RE = re.compile(r"^Part\s+(\d+|[IVX]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b.{0,40}$")
#: a chapter's label alone on its line above the chapter's title: "CHAPTER II", "Chapter 3", "BOOK IV"
CHAPTER_LABEL_RE = re.compile(r"^(chapter|book|section)\s+(\d{1,3}|[ivxlc]{1,7})\.?$", re.IGNORECASE)
#: a byline in capitals: "BY MARIA LIND" (kept as it is: a byline is never recased)
CAPS_BYLINE_RE = re.compile(r"^BY\s+[A-Z][A-Z.’'-]*(\s+(AND\s+)?[A-Z][A-Z.’'-]*){0,5}$")
#: a name, or names, with initials, as a journal prints its authors:
#: "M.C. Howard and J.E. King*" (a note marker may follow)
INITIALS_BYLINE_RE = re.compile(
    r"^(?:[A-Z]\.\s?){1,3}[A-Z][\w’'-]+(?:(?:,| and| &|, and)\s+(?:[A-Z]\.\s?){1,3}[A-Z][\w’'-]+)*\s*[*†‡]?$"
)
#: a line that labels what follows, not a heading: the signature under a
#: resolution, an editor's remark, a source line
#: a "Field: value" line of a catalogue record inside the text ("Title: …", "Posting Date: …", "Date: …"): no
#: heading
FIELD_LINE_RE = re.compile(
    r"^(Title|Subtitle|Author|Authors|Translator|Editor|Illustrator|Language|Date|Release Date|Posting Date|"
    r"First Posted|Last Updated|Character set encoding|Credits|Original publication):\s+\S", re.IGNORECASE)
#: a wiki's category links copied as text: "Category:Political parties … Category:…"
CATEGORY_RE = re.compile(r"(?<!\S)Category:\S")
#: a line framed by runs of asterisks: an e-book's boundary ("*** START OF … ***"), never a heading
BOUNDARY_RE = re.compile(r"^\*{3,}\s.*\s\*{3,}$")
LABEL_LINE_RE = re.compile(
    r"^(Signed|Sgd\.?|Note|NB|N\.B\.|P\.S\.|Editor’s note|Editor's note|Editorial note|"
    r"Source|Posted|Published|Updated|First published|Written|Dated|Translated|Transcribed)\b\s*[:.,-]",
    re.IGNORECASE,
)
#: a line that names where the text was first printed or who transcribed it
SOURCE_LINE_RE = re.compile(
    r"^(From\s+[^,.]{2,80}(,|\s+\()|First published\b|Originally published\b|Transcribed\b|"
    r"Translated by\b|Source:)"
)
#: words that make a "From …" line the record of where a text was printed
SOURCE_CLUE_RE = re.compile(
    r"(\bNo\.|\bVol\.|\bpp?\.|\b(published|report|journal|review|magazine|newspaper|edition|"
    r"pamphlet|bulletin|press|issue|series|encyclopa?edia|wiki|archive|library)\b)",
    re.IGNORECASE,
)


#: a periodical's issue: "Communist Review #105 (Autumn 2022)", "Vol. 3, No. 2, 1975"
ISSUE_LINE_RE = re.compile(
    r"(#\d+|\bNo\.\s?\d+|\bVol\.\s?\d+|\bVolume\s+\d+|\bIssue\s+\d+)\D*\b(1[89]|20)\d{2}\b"
    r"|^(Issue|Volume|Vol\.|Number|No\.)\s*:?\s*\d+$"
    # the year first, as a journal's masthead dates its issue: "August 2014, Volume 59, Issue 10."
    r"|^(?:[A-Z][a-z]+\s+)?(1[89]|20)\d{2},?\s+(?:Vol\.|Volume)\s?\d+(?:,?\s+(?:No\.|Issue)\s?\d+)?\.?$"
    # the volume and the number, then the issue's date: "Vol. 85, No. 152 / Friday, August 7, 2020"
    r"|\b(?:Vol\.|Volume)\s?\d+,?\s+(?:No\.|Issue)\s?\d+\s*[/,|·]\s*[^/|]{0,40}\b(1[89]|20)\d{2}\b"
)


def issue_line(text: str) -> bool:
    """A short line naming a periodical's issue and its year."""
    return len(words(text)) <= HEADING_MAX_WORDS and bool(ISSUE_LINE_RE.search(text))


#: a line that names the text's source and nothing else, under its title or its date: "From New World
#: Encyclopedia", "From Wikipedia, the free encyclopedia" (a wiki's tagline), "From CrimethInc." (a site
#: reposting another's text); a small word between capitalised ones ("From Moscow to Petrograd") makes a title
FROM_SOURCE_RE = re.compile(
    r"^From\s+(?P<name>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}?)\.?(?:,\s+the\s+[a-z]+(?:\s+[a-z]+)?)?$")


def from_source_line(text: str) -> bool:
    """A "From NAME" line alone (:data:`FROM_SOURCE_RE`): the site's tagline or the source it reposts."""
    return bool(FROM_SOURCE_RE.match(text.strip()))


def from_source_author(text: str) -> str:
    """The name a "From NAME" line gives, when it names no publication (an encyclopedia, a journal, a
    wiki: :data:`SOURCE_CLUE_RE`) and so may be the text's author ("From CrimethInc." → "CrimethInc."); or ""."""
    m = FROM_SOURCE_RE.match(text.strip())
    if m is None or SOURCE_CLUE_RE.search(text):
        return ""
    name = m.group("name")
    # the line's full stop is no part of the name, an abbreviation's is ("CrimethInc.", "Smith & Co.")
    return name if not name.endswith(".") or re.search(r"[A-Z][a-z]{0,2}\.$", name) else name[:-1]


def source_line(text: str) -> bool:
    """A line that says where the text was first printed, or who transcribed it."""
    if len(text) > 400 or not SOURCE_LINE_RE.match(text):
        return False
    return not text.startswith("From") or bool(SOURCE_CLUE_RE.search(text))
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
DATE_RE = re.compile(
    rf"^((\d{{1,2}}\s+)?({MONTHS})(\s+\d{{1,2}},)?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$"
)
#: a standfirst naming its author: "…, writes Maria Lind"; group 2 is the name
STANDFIRST_AUTHOR_RE = re.compile(
    r"(?:writes|argues|reports|explains|says)\s+([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})\.?$"
)
#: a standfirst that names its author at the start of a sentence:
#: "… what was it? Jack Conrad looks at some alternatives"; group 1 is the name
STANDFIRST_LEAD_RE = re.compile(
    r"(?:^|[.?!]\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:looks at|looks back|examines|explains|"
    r"argues|asks|reports|considers|investigates|describes|reviews|assesses|discusses|recalls|analyses)\b"
)
STANDFIRST_RE = re.compile(
    r"[,—–-]?\s+(writes|argues|reports|explains|says)\s+[A-Z][\w.’'-]+(\s+[A-Z][\w.’'-]+){0,3}\.?$"
)
#: a note body in the usual form, ``[n] …`` (other forms: :mod:`edition.witness.labels`)
NOTE_BODY_RE = BRACKET.body
LIST_ITEM_RE = re.compile(r"^\s*(\d{1,2}[.)]|[-•*–])\s+\S")
NAV_RE = re.compile(
    r"^(latest articles|read more|related articles|related posts|related stories|"
    r"more articles|recent articles|recent posts|most read|most popular|"
    r"share this( article| page)?|further reading on this site)$",
    re.IGNORECASE,
)
#: the heading of the readers' comments under a post: "2 comments on “Title”", "3 Responses to Title", "Leave a Reply"
COMMENTS_RE = re.compile(
    r"^(?:\d+|no|one|two|three) (?:comments?|responses?|replies|thoughts) (?:on|to) \S.{0,150}$"
    r"|^(?:leave a (?:reply|comment)|post a comment)$",
    re.IGNORECASE,
)
#: a heading over the notes section
NOTES_HEADING_RE = re.compile(r"^(notes|footnotes?|endnotes|references|sources)\s*:?$", re.IGNORECASE)
DONATION_RE = re.compile(r"\bdonat(e|es|ion|ions|ing)\b", re.IGNORECASE)
#: last words that mark a line as the caption of an image
CAPTION_NOUNS = frozenset(
    "photo photograph picture image seal emblem logo poster portrait map cartoon "
    "banner cover badge stamp illustration drawing painting".split()
)
#: the most words of an image's caption (one sentence: "Yuri Andropov with …, in December 1981, after …")
CAPTION_MAX_WORDS = 30
#: a table's row: "| Soviet Union | January 1924 | … |"
TABLE_ROW_RE = re.compile(r"^\|.*\|$")
#: a citation in brackets at a line's end, a name or a title and a number: "[Avrich, Kronstadt 1921, pp. 35-9]"
CITATION_END_RE = re.compile(r"\[[^\]]*[^\W\d_]{2,}[^\]]*\d[^\]]*\]$")
#: one sentence ending and the next beginning, after a word in lower case, a long word or a number
#: ("… in isolation. The Russian …"), not after an initial or a title ("J. Smith", "Gen. Wrangel")
SENTENCE_BREAK_RE = re.compile(r"(?:\b[a-z][^\W\d_]+|[^\W\d_]{4,}|\d)[.!?][\"”’')\]]*\s+[\"“‘(]?[A-Z]")
CAPTION_DATE_RE = re.compile(rf"\b(in|on)\s+(({MONTHS})\s+)?\d{{4}}$|\(\d{{4}}\)$")
#: what ends a line whose sentence goes on in the next block
CONTINUING = (",", ";", ":", "—", "–", "-")
#: the most words of a question or an exclamation that may be a heading in sentence case
QUESTION_HEADING_MAX_WORDS = 6
#: the most words a heading may have
HEADING_MAX_WORDS = 12
#: the most words of a title-case heading found inside a run of PDF lines
HEADING_TITLE_MAX_WORDS = 10
#: words a title leaves in lower case
SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to vs via with".split()
)
#: words a heading does not end on: a line that does is a sentence broken off
BROKEN_OFF_WORDS = frozenset("a an and that the of to which who whose than".split())
#: the most paragraphs a note may have after its first
NOTE_CONTINUATIONS = 5


class Blk(NamedTuple):
    """A block of witness lines before it is given a role."""

    lines: list[Line]
    #: blank lines before and after the block
    blank_before: int
    blank_after: int
    #: whether the block is lines of a program, printed as the witness sets them (:mod:`edition.witness.code`)
    code: bool = False
    #: whether the block is an item of a definition list, its term opening its first line (:func:`definition_starts`)
    definition: bool = False
    #: whether the block is a grid table, its borders and rows (:mod:`edition.witness.tables`)
    table: bool = False
    #: whether the block is lines of verse set apart from the running text (:func:`verse_block`): a quotation
    verse: bool = False

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

    #: ``header``, ``heading``, ``paragraph``, ``quote``, ``list``, ``code``, ``definition``, ``note``,
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
    #: the forms of note label the witness uses (:func:`edition.witness.labels.confirmed`)
    note_forms: tuple[LabelForm, ...] = (BRACKET,)
    #: lines of furniture inside a block of text (a running head in a paragraph
    #: a page break split), by line number, with their kind: set aside there
    inner_furniture: dict = {}
    #: how the layout was read: its kind, and what it was unsure of (:class:`~edition.model.Decision`)
    decisions: list = []
    #: notes a PDF extraction left at the feet of its pages, by label: the line numbers of each
    #: note's text (:func:`page_foot_notes`); the lines are furniture of the running text
    foot_notes: dict = {}
    #: numbers in square brackets that are no note's markers, in a text whose others are (citations,
    #: page numbers, beside a note set in its place): printed as the witness has them
    cited: frozenset = frozenset()
    #: the markers of notes whose signs restart on each page, by their witness offsets, labelled with their
    #: page's note (:class:`edition.witness.pagenotes.SignMarker`)
    sign_markers: tuple = ()
    #: where the text of each such note begins in its first line, its sign aside, by label
    foot_text_from: dict = {}
    #: the notes a plain extraction fused into a line of the running text (:func:`fused_notes`)
    fused_notes: tuple = ()
    #: a proof's line numbers at the edges of lines of text, set aside there (:func:`margins.margin_numbers`)
    margin_numbers: tuple = ()
    #: engravings' captions set on lines of the prose, set aside there and printed after their paragraphs
    #: (:func:`edition.witness.figures.inline_captions`)
    inline_captions: tuple = ()


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


@dataclass(frozen=True)
class LayoutEvidence:
    """What the layout is judged on, by form: the lines broken in mid-sentence (a page's width) against
    the whole paragraphs a line (a web page's), counted in the text that most of whose lines continue."""

    #: the layout judged: ``pdf`` or ``web``
    kind: str
    #: lines that stop in mid-sentence, their sentence going on in the next (:func:`_broken_lines`), counted
    #: as far as the call needs
    broken: int = 0
    #: lines hundreds of characters long that end a sentence (:func:`_whole_paragraphs`): paragraphs a line
    whole: int = 0
    #: whether the count of broken lines stopped before the text's end (there are that many or more)
    more: bool = False
    #: the pages form feeds show and how many show a folio or a running head or foot at an edge
    #: (:func:`~edition.witness.pageforms.page_forms`), when they made the layout ``pdf``
    pages: PageForms = PageForms()

    @property
    def mixed(self) -> bool:
        """Both forms in the text, the fewer at least :data:`LAYOUT_MIXED_SHARE` of the more: the call is
        no sure one."""
        few, many = sorted((self.broken, self.whole))
        return few > 0 and few >= LAYOUT_MIXED_SHARE * many


#: the share of the other form's lines (broken in mid-sentence against whole paragraphs) that makes the
#: layout's evidence mixed (:attr:`LayoutEvidence.mixed`)
LAYOUT_MIXED_SHARE = 0.1


def layout_evidence(lines: list[Line], page_starts: frozenset = frozenset()) -> LayoutEvidence:
    """The layout by its lines (:func:`_line_evidence`), or ``pdf`` where they say ``web`` but form feeds show the
    text's pages and most of them show a folio or a running head or foot at an edge (:func:`page_forms`): a
    PDF's pages set in columns, charts and tables break few lines in mid-sentence."""
    evidence = _line_evidence(lines)
    if evidence.kind == "web" and page_starts and (forms := page_forms(lines, page_starts)).paged:
        return LayoutEvidence("pdf", evidence.broken, evidence.whole, evidence.more, forms)
    return evidence


def _line_evidence(lines: list[Line]) -> LayoutEvidence:
    """The layout (``pdf`` when most text sits in hard-wrapped lines, else ``web``) and what it was judged on.

    An archive's record at the top whose values the copy broke at its <br> (:func:`record_extent`) is no
    hard-wrapped text: its lines are left out of the count. A text most of whose lines continue the line
    before is hard-wrapped when more of its lines stop in mid-sentence than are whole paragraphs, hundreds
    of characters long and ending a sentence, as a web page's copied without blank lines (a browser's
    "copy all"): a PDF's lines are broken at its page's width, some 120 characters at most, and one caption
    or list item of a web page without its stop is no page's width.
    """
    top = next((i for i, line in enumerate(lines) if not line.blank), 0)
    lines = lines[top + record_extent(lines[top:]):]
    text_lines = [line for line in lines if not line.blank]
    if len(text_lines) < 4:
        return LayoutEvidence("web")
    continued = sum(
        1 for a, b in zip(lines, lines[1:], strict=False) if not a.blank and not b.blank
    )
    lengths = [len(line.text) for line in text_lines]
    if continued / len(text_lines) <= 0.5 or statistics.median(lengths) >= 130:
        return LayoutEvidence("web")
    whole = _whole_paragraphs(text_lines)
    # counted only as far as the call needs: past ten times the whole paragraphs, the call is a sure one
    most = int(whole / LAYOUT_MIXED_SHARE) + 1
    broken = _broken_lines(lines, most)
    return LayoutEvidence("pdf" if broken > whole else "web", broken, whole, broken >= most)


def detect_layout(lines: list[Line], page_starts: frozenset = frozenset()) -> str:
    """``pdf`` when most text sits in hard-wrapped lines or on pages form feeds show, else ``web``
    (:func:`layout_evidence`)."""
    return layout_evidence(lines, page_starts).kind


def broken_in_mid_sentence(line: str, following: str) -> bool:
    """Whether a line stops in the middle of a sentence that goes on in the next line (hard wrapping).

    It does when it ends in a hyphen or a comma, or ends no sentence and
    the next line goes on in lower case, or is too long for a heading
    (:data:`HEADING_MAX_WORDS`), ends no sentence and is followed by a
    shorter line that does ("… of the Railway", then "Workers' Federation.");
    a standfirst ("…, writes NAME") ends no sentence but is whole.
    """
    line, following = line.rstrip(), following.strip()
    if line.endswith(("-", ",")):
        return True
    if ends_sentence(line):
        return False
    if following[:1].islower():
        return True
    return (len(words(line)) > HEADING_MAX_WORDS and len(following) < len(line) and ends_sentence(following)
            and not STANDFIRST_RE.search(line))


#: the fewest words of a line broken at the page's width (:func:`_wrapped`)
WRAP_MIN_WORDS = 4
#: the longest line read as broken at a page's width (a page of a PDF is at most some 120 characters wide)
WRAPPED_LINE_MAX = 200


def _broken_lines(lines: list[Line], most: int) -> int:
    """How many lines of the text stop in mid-sentence, their sentence going on in the next, up to *most*.

    A text in which none does was not hard-wrapped: it is a web page copied
    without blank lines between its paragraphs, each paragraph a line.
    """
    # a line of a menu copied one item to a line ("move to sidebar", "hide") is too short to be a line of a
    # page broken at its width: only a line of WRAP_MIN_WORDS words or more is read as one
    # and a line far longer than a page is wide (a paragraph of a web page, a line) was never broken at its width
    # and a single letter alone on the next line is no sentence's rest but a box's links ("v", "t", "e": a wiki's
    # navigation box, its view, talk and edit links)
    found = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if (not a.blank and not b.blank and len(a.text) <= WRAPPED_LINE_MAX and len(b.text.strip()) > 1
                and len(words(a.text)) >= WRAP_MIN_WORDS and broken_in_mid_sentence(a.text, b.text)):
            found += 1
            if found >= most:
                break
    return found


def _whole_paragraphs(text_lines: list[Line]) -> int:
    """How many lines are longer than any line broken at a page's width (:data:`WRAPPED_LINE_MAX`) and end a
    sentence: a web page's paragraphs, one a line."""
    return sum(1 for line in text_lines if len(line.text) > WRAPPED_LINE_MAX and ends_sentence(line.text))


def _header_lines_below(lines: list[Line]) -> bool:
    """Lines of the header ("Written: …", a byline, a date) below a first line that is none: a title's run.

    A single word above the date is no title but a button's label ("Print"),
    read with the date (:func:`_header_fields`).
    """
    def header(text: str) -> bool:
        return bool(FIELD_RE.match(text) or _header_role(text.strip()))

    first = lines[0].text
    return len(words(first)) > 1 and not header(first) and any(header(line.text) for line in lines[1:])


#: the shortest line that shows a run of lines is a web page's paragraphs, each unwrapped
UNWRAPPED_MIN = 80


def split_unwrapped(block: Blk) -> list[Blk]:
    """A run of lines of a web page copied without blank lines: each line a block of its own.

    The run holds an unwrapped paragraph (a line longer than a wrapped one,
    :data:`UNWRAPPED_MIN`), or lines of the header ("Written: …", a byline,
    a date, "Posted by …") below one that is none (the title), and no line
    of it stops in mid-sentence; a list, or a paragraph wrapped into lines,
    stays one block.
    """
    lines = block.lines
    if len(lines) < 2 or is_list(block):
        return [block]
    if max(len(line.text) for line in lines) < UNWRAPPED_MIN and not _header_lines_below(lines):
        return [block]
    # a short line ending in a comma over a long one is a salutation ("Dear Comrades,"), no line broken at a
    # page's width: only a line of WRAP_MIN_WORDS words or more, and no longer than WRAPPED_LINE_MAX, is read
    # as one, as in _broken_lines; and a run more of whose lines are whole paragraphs hundreds of characters
    # long than stop in mid-sentence is a page's copy (as layout_evidence judges), its caption without a stop
    # over a short paragraph no line broken at a page's width
    # and a letter's closing over its signature ("With assurances of my deep respect,", then "V. Ilyin") ends in a
    # comma over a short line, no line broken at a page's width either (:func:`_closing_over_signature`)
    broken = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                 if len(words(a.text)) >= WRAP_MIN_WORDS and len(a.text) <= WRAPPED_LINE_MAX
                 and broken_in_mid_sentence(a.text, b.text) and not _closing_over_signature(a.text, b.text))
    if broken and broken >= _whole_paragraphs(lines):
        return [block]
    return _items_together(_single_lines(block))


#: the most words of a letter's closing ("With assurances of my deep respect,") and of the signature under it
CLOSING_MAX_WORDS = 8
SIGNATURE_MAX_WORDS = 4


def _closing_over_signature(line: str, following: str) -> bool:
    """A letter's closing over its signature: a short line ending in a comma ("Yours faithfully,", "With
    assurances of my deep respect,", :data:`CLOSING_MAX_WORDS` words at most) over a name of a few words in
    capitals ("V. Ilyin", :data:`SIGNATURE_MAX_WORDS` at most) that ends no sentence and no clause: a line
    that stops in mid-sentence goes on in lower case, or in a longer line."""
    line, following = line.rstrip(), following.strip()
    if not line.endswith(",") or len(words(line)) > CLOSING_MAX_WORDS:
        return False
    names = following.split()
    return (0 < len(names) <= SIGNATURE_MAX_WORDS and all(name[:1].isupper() for name in names)
            and not following.endswith((",", ";", ":", "-")) and not ends_sentence(following))


def _items_together(singles: list[Blk]) -> list[Blk]:
    """The lines of a run split one a block, with the items of a list ("- …", "1. …") kept together."""
    out: list[Blk] = []
    for single in singles:
        prev = out[-1] if out else None
        if prev and LIST_ITEM_RE.match(single.lines[0].text) and LIST_ITEM_RE.match(prev.lines[-1].text):
            out[-1] = Blk(prev.lines + single.lines, prev.blank_before, single.blank_after)
        else:
            out.append(single)
    return out


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


def quoted_capitals(text: str) -> bool:
    """Capitals that close a quotation ('… OF HONEST LABOR."1') or break a word at a line end: no heading."""
    bare = TRAILING_MARKERS_RE.sub("", text.rstrip()).rstrip()
    return bare.endswith(('."', ".”", ".'", ".’", '!"', "!”", '?"', "?”")) or bool(re.search(r"[A-Z]-\n", text))


TRAILING_MARKERS_RE = re.compile(
    rf"(\s*(\[\d{{1,3}}\]|\[[a-z]\]|[{SUPERSCRIPT_DIGITS}]{{1,3}})|(?<=[.?!”\"’'])\d{{1,3}}|(?<=\S)[*†‡])+\s*$"
)


#: a sentence in square brackets ended: an editor's remark ("[This document will be expanded … welcome.]")
BRACKETED_ENDS = (".]", "?]", "!]", ").]", ")]")


def ends_sentence(text: str) -> bool:
    """Whether *text* ends a sentence (a trailing note marker is looked through)."""
    text = text.rstrip()
    if text.endswith(_TERMINAL) or text.endswith(BRACKETED_ENDS):
        return True  # no marker ends in a sentence's last character: no need to look for one
    if not text or not (text[-1] in _MARKER_ENDS or text[-1].isdigit()):
        return False  # no marker ends the text: the pattern, tried from every character, would find none
    return TRAILING_MARKERS_RE.sub("", text).rstrip().endswith(_TERMINAL)


#: the last characters of a marker :data:`TRAILING_MARKERS_RE` takes away (besides digits)
_MARKER_ENDS = frozenset(f"]*†‡{SUPERSCRIPT_DIGITS}")


_TERMINAL = tuple(TERMINAL)


def title_cased(text: str) -> bool:
    """Whether a line is set in title case: every word capitalised but the small ones.

    "State Capitalism Before 1917", "Introduction", "The Role of the State".
    """
    letters = re.findall(r"[^\W\d_][\w’'-]*", text)
    if not letters or not letters[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in SMALL_WORDS for w in letters)


#: the least share of a byline's words that are rare as English words (names, not "State Capitalism")
NAMES_RARE_SHARE = 0.5
#: a word rarer than this may be a name (Zipf: "Engels" 2.9, "Marx" 3.7, "inadequate" 3.8, "answers" 4.6)
NAME_RARER_THAN = 3.5


def names_byline(text: str) -> bool:
    """A paper's authors, listed: "Torsten Hothorn, Frank Bretz, and Alan Genz", in capitals or not.

    Two names or more, each of two to four capitalised words, with a comma
    between two of them, and half their words at least rare in English (a
    heading of common words, "Inadequate Answers, Inadequate Questions", is
    no list of names).
    """
    if "," not in text or len(text) > 120:
        return False
    parts = [p for p in NAMES_APART_RE.split(text) if p]
    if len(parts) < 2 or not all(_name_line(p) for p in parts):
        return False
    names = [w for p in parts for w in words(p)]
    return sum(zipf(w.strip(".")) < NAME_RARER_THAN for w in names) >= NAMES_RARE_SHARE * len(names)


def not_a_heading(text: str) -> str | None:
    """Why a short line that stands alone is not a heading, or None.

    A byline, a date line, the signature under a resolution or an editor's
    remark ("Signed: …", "Note: …") stand alone as headings do, and so do a
    figure's caption, a contents line, a table's debris, an infobox's field,
    a site's chrome (:func:`edition.witness.headings.lookalike`).
    """
    stripped = text.strip()
    return label_reason(stripped) or lookalike(stripped)


def label_reason(stripped: str) -> str | None:
    """Why a line that stands alone labels the text or part of it rather than heading it, or None: a byline,
    a date line, a label line ("Signed: …", "Note: …"), a listing's line."""
    if BYLINE_RE.match(stripped) or CAPS_BYLINE_RE.match(stripped) or INITIALS_BYLINE_RE.match(stripped):
        return "byline"
    if names_byline(stripped):
        return "byline"
    if is_date_line(stripped) or dateline(stripped):
        return "date line"  # "London, 6 March 1868": a letter's dateline too
    if salutation(stripped) or addressee(stripped):
        return "salutation"  # "Dear Kugelmann,", "To Comrade Smith": a letter's, kept in the text
    if closing(stripped) or signature_initials(stripped):
        return "closing"  # "Salut", "Yours faithfully,", "Yours KM", "K. M.": a letter's closing, its signature
    if LABEL_LINE_RE.match(stripped) or FIELD_LINE_RE.match(stripped):
        return "label line"
    if listing_line(stripped):
        return "line of a listing"
    return None


#: a line of a program quoted in the text ("R> z <- zoo(x)", "@BOOK(key,", "\\cite{key}"): no heading
CODE_LINE_RE = re.compile(r"^\S*>\s|<-|[{}=\\@]|[^\W_]\(")
#: a sign of relation or of mathematics: a displayed formula ("P (−∞ < X1 ≤ 1)"), no heading
FORMULA_RE = re.compile(r"[<>≤≥≈≠≡∞∑∏∫±√∂∇⊤]")
#: a section's number with its dot, or of two levels, before a heading in sentence case
#: ("2. The class of the plan", "2.1. Creation of objects", "3.2 Notes on the text")
PDF_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s+\S|^\d{1,2}(?:\.\d{1,2})+\s+\S")


#: a section's number at a line's start: "1 ", "1.2 ", "1.2.1. ", "5.1"
SECTION_NUMBER_AT_RE = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s+(?=\S)|$)")


def section_number(text: str) -> tuple[int, ...] | None:
    """The section number a line opens with, as numbers: "1.2.1 LATEX with Babel" → (1, 2, 1)."""
    m = SECTION_NUMBER_AT_RE.match(text.strip())
    return tuple(int(n) for n in m.group(1).split(".")) if m else None


def numbering_follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether section *after* may follow section *before*: its first subsection (1 → 1.1), the next
    section of its level (1.2 → 1.3) or of a level above (1.2.3 → 1.3, 2)."""
    if after == (*before, 1):
        return True
    depth = len(after)
    return depth <= len(before) and after[:-1] == before[:depth - 1] and after[-1] == before[depth - 1] + 1


def subsection_numbers(lines: list[Line], width: int) -> frozenset[tuple[int, ...]]:
    """The numbers of the lines that look like numbered headings of two levels or more ("1.1 Plain TEX",
    "2.3. The managers"): short, in the form of a section's number, ending no sentence."""
    found = set()
    for line in lines:
        text = line.text.strip()
        if (PDF_SECTION_NUMBER_RE.match(text) and len(text) < 0.6 * max(width, 1) and not ends_sentence(text)
                and len(words(text)) <= HEADING_TITLE_MAX_WORDS):
            number = section_number(text)
            if number is not None and len(number) >= 2:
                found.add(number)
    return frozenset(found)


#: the most share of the text's line width of a numbered heading whose numbering the text's headings follow
LONG_NUMBERED_HEADING_SHARE = 0.8


def _long_numbered_heading(text: str, subsections: frozenset[tuple[int, ...]], width: int) -> bool:
    """A numbered heading longer than a heading's share of the width, under :data:`LONG_NUMBERED_HEADING_SHARE`
    of it, in title case, ending no sentence, whose number's next ("3.2" after "3.1. Key HPC Security
    Characteristics and Use Requirements") or first subsection ("3.1.1") is among the text's numbered
    headings (*subsections*): a heading, though as long as a short line of prose."""
    if (not subsections or len(text) >= LONG_NUMBERED_HEADING_SHARE * max(width, 1)
            or not PDF_SECTION_NUMBER_RE.match(text)):
        return False
    number = section_number(text)
    if number is None or len(number) < 2 or ends_sentence(text) or len(words(text)) > HEADING_TITLE_MAX_WORDS:
        return False
    return ((*number[:-1], number[-1] + 1) in subsections or (*number, 1) in subsections) and title_cased(text)


def _numbered_run(previous: str, line: str, width: int) -> bool:
    """A heading of several levels of number under a short numbered line whose numbering it follows:
    "1.2 LATEX", then "1.2.1 LATEX with Babel"; the line above is a heading, though it ends no sentence."""
    before, after = section_number(previous), section_number(line)
    return (before is not None and after is not None and len(after) >= 2 and numbering_follows(before, after)
            and len(previous.strip()) < 0.6 * max(width, 1) and len(words(previous)) <= HEADING_TITLE_MAX_WORDS)


def numbered_over_paragraph(line: str, following: str | None, width: int) -> bool:
    """A heading numbered with two levels ("2.1 Keep it simple"), short, ending no sentence, over a paragraph's
    first line set further in (``pdftotext -layout``) that opens with a capital: a heading though the line above
    it ends no sentence (a paragraph whose last stop the extraction lost, a page break between them), never run
    into that paragraph. A list's item ("2. …") is none: one level."""
    stripped = line.strip()
    number = section_number(stripped)
    title = SECTION_NUMBER_AT_RE.sub("", stripped)
    if (number is None or len(number) < 2 or 0 in number or not PDF_SECTION_NUMBER_RE.match(stripped)
            or following is None or len(stripped) >= 0.6 * max(width, 1)
            or len(words(stripped)) > HEADING_TITLE_MAX_WORDS or not heading_like(stripped)
            or not title[:1].isupper()):
        return False  # "10.0 tICL", "4.3 tICL": a chart's figures and its labels, no section
    nxt = following.strip()
    return bool(nxt) and nxt[0].isupper() and _indent(following) >= _indent(line) + INDENT_STEP


#: a contact's field in an address block: "E-mail: …", "Tel.: …", "URL: http://…"
CONTACT_FIELD_RE = re.compile(r"^(?:e-?mail|tel(?:ephone)?|phone|fax|url|web(?:site)?|homepage)\.?\s*:", re.IGNORECASE)
#: a figure of three or more, a street's or a postcode's ("De Boelelaan 1081", "1081 HV Amsterdam")
ADDRESS_FIGURE_RE = re.compile(r"\d{3,}")


def address_line(line: str, following: str | None) -> bool:
    """A line of an address block, straight over a contact's field (:data:`CONTACT_FIELD_RE`), that holds a
    street's or a postcode's figure or a comma ("1081 HV Amsterdam, The Netherlands" over "E-mail: …"): no
    heading. A heading over the field ("Author details", "5 Contact") holds neither."""
    stripped = line.strip()
    return (following is not None and bool(CONTACT_FIELD_RE.match(following.strip()))
            and ("," in stripped or bool(ADDRESS_FIGURE_RE.search(stripped))))


def pdf_heading_line(line: str, previous: str | None, following: str | None, width: int,
                     subsections: frozenset[tuple[int, ...]] = frozenset(), column: int = 0,
                     after_list: bool = False) -> bool:
    """A title-case line standing alone inside a run of hard-wrapped lines: a heading.

    It is short, ends no sentence, follows the end of a sentence (or opens
    the run) and is followed by a line that opens one, never a list's first item that goes on its sentence in
    lower case (:func:`into_list`). The short last line
    of a paragraph ends a sentence, or follows a line that does not. A line
    that opens with a section's number ("2.1. Creation of objects") may be in
    sentence case, and so may one numbered "1" above its first subsection
    ("1.1 Plain TEX"); under a short numbered line whose numbering it follows
    a numbered line is a heading too ("1.2 LATEX", "1.2.1 LATEX with Babel"),
    and so is a line numbered "1" in sentence case whose first subsection
    ("1.1 …") is among the text's numbered headings (*subsections*), though
    prose comes between them; a line numbered as the section after one of
    them ("2 The ledmac package" after "1.2.2 …") is one though the line
    below opens in lower case; "References" is one above its first entry
    ("[Bre96] …"). Set out at the margin under a list's items set in (*after_list*, :func:`list_ends_above`),
    it is one though the last item ends no sentence ("2. the views of the staff", "Methods").
    A line of a program or a formula quoted in the text is none, and so is an address's line over its contact
    field (:func:`address_line`).
    """
    stripped = line.strip()
    if (not stripped or following is None
            or (len(stripped) >= 0.6 * max(width, 1) and not long_numbered_heading(stripped, previous, subsections)
                and not _long_numbered_heading(stripped, subsections, width))
            or address_line(line, following)):  # "1081 HV Amsterdam, The Netherlands" over "E-mail: …"
        return False
    if layout_heading(line, following) or _dotted_heading(line, previous, following):
        return True  # "2.3    Results" (``pdftotext -layout``), though a list's last item is above it
    if len(words(stripped)) > HEADING_TITLE_MAX_WORDS or ends_sentence(stripped) or stripped.endswith(",") \
            or sentence_start(stripped):
        return False
    if previous is not None and not ends_sentence(previous.strip()) and not _numbered_run(previous, stripped, width) \
            and not numbered_over_paragraph(line, following, width) and not after_list:
        return False
    nxt = following.strip()
    if next_section(stripped, subsections) and not (CODE_LINE_RE.search(stripped) or FORMULA_RE.search(stripped)):
        return True  # "2 The ledmac package" after "1.2.2 ledmac", though its first line opens in lower case
    if REFERENCES_HEADING_RE.match(stripped) and nxt.startswith("["):
        return True  # "References", then "[Bre96] Herbert Breger. …": the list's heading and its first entry
    if not nxt or not (nxt[0].isupper() or nxt[0] in OPENING_QUOTES or nxt[0].isdigit()):
        return False
    if into_list(stripped, nxt) or above_rows(stripped, nxt) or numbered_label_rest(nxt):
        # "The specific objectives were to assess", then "1. the organization of …": one sentence;
        # "Party Delegates Share", then "RBT 1.62 1.13": a table's heads, above its row; "Microwave series",
        # then "I: horn omitted; …": a note's label wrapped before its number
        return False
    if (CODE_LINE_RE.search(stripped) or FORMULA_RE.search(stripped) or is_caps(stripped)
            or not_a_heading(stripped) is not None or not WORD_RE.search(stripped)
            or (weak_code(stripped) and not title_cased(stripped))):
        return False
    if PDF_SECTION_NUMBER_RE.match(stripped) and not LIST_ITEM_RE.match(nxt):
        return True
    number = section_number(stripped)
    if number is not None and len(number) == 1 and (section_number(nxt) == (*number, 1)
                                                    or (*number, 1) in subsections):
        return True  # "1 Using hyphenation patterns", then "1.1 Plain TEX": a section and its first subsection
    # "   Historical Tables, Budget of the United States" / "Government, 2014 provides data…": a paragraph's opening
    return not (number is None and run_in_opening(line, following)) and (
        title_cased(stripped) or sentence_case_heading(stripped, nxt, width, column))


#: the most a paragraph's first line is set in further than the paragraph's next line, in steps of
#: :data:`INDENT_STEP` (a centred heading is set in further)
RUN_IN_STEPS_MOST = 2
#: the least length of a paragraph's first line, as a share of the next line's (a heading is shorter)
RUN_IN_LENGTH_SHARE = 0.6


def run_in_opening(line: str, following: str) -> bool:
    """Whether *line*, no sentence's end, is a paragraph's first line that goes on on the *following* line
    (``pdftotext -layout``): set in a paragraph's indent further than it (:data:`INDENT_STEP`, up to
    :data:`RUN_IN_STEPS_MOST` of them), nearly as long (:data:`RUN_IN_LENGTH_SHARE`), over a longer line that
    ends no sentence either: a run-in title set in bold, or a sentence's opening words, wider in the PDF than
    their letters are here ("   Historical Tables, Budget of the United States" / "Government, Fiscal Year
    2014 provides data on budget"). A heading is centred (set in further) or short, or its paragraph's first
    line is set in under it."""
    step = _indent(line) - _indent(following)
    stripped, nxt = line.strip(), following.strip()
    return (INDENT_STEP <= step <= RUN_IN_STEPS_MOST * INDENT_STEP
            and RUN_IN_LENGTH_SHARE * len(nxt) <= len(stripped) <= len(nxt)
            and not ends_sentence(stripped) and not stripped.endswith(":") and not ends_sentence(nxt))


def long_numbered_heading(stripped: str, previous: str | None, subsections: frozenset[tuple[int, ...]]) -> bool:
    """Whether *stripped*, a line as long as a narrow column's, is a numbered heading all the same: numbered
    with two levels or more in a heading's form ("4.2. Adjusted flows—magnitude of the reductions"), a section
    next to one of the text's short numbered headings (*subsections*: "4.1", "4.3"), under a sentence's end or
    opening the run. A sentence's line that opens with a number ("1.0. Higher values indicate greater agreement
    between", under "…ranges from −∞ to") goes on a sentence above it, or ends on a word that breaks off."""
    number = section_number(stripped)
    if (number is None or len(number) < 2 or 0 in number or not PDF_SECTION_NUMBER_RE.match(stripped)
            or (previous is not None and not ends_sentence(previous.strip()))
            or not SECTION_NUMBER_AT_RE.sub("", stripped)[:1].isupper()):
        return False
    *parent, last = number
    near = {(*parent, last - 1), (*parent, last + 1), (*number, 1)}
    return bool(near & subsections) and heading_like(stripped) and len(words(stripped)) <= HEADING_TITLE_MAX_WORDS


#: the numbers that may end a note's label wrapped over two lines ("Microwave series" / "I: horn omitted")
_LABEL_NUMERALS = frozenset("IVX")


def numbered_label_rest(following: str) -> bool:
    """Whether *following* opens with a label's number and its colon, a space after it, roman or arabic ("I: horn
    omitted; …", "II: …", "2: …"): the rest of a label the line above began ("Microwave series"), as a table's
    notes wrap it, no sentence under a heading. A ratio ("1:2") or a time ("10:30") has no space after its colon."""
    first = following.split(maxsplit=1)[0] if following.strip() else ""
    number = first[:-1]
    return (len(first) > 1 and first.endswith(":") and len(following.split()) > 1
            and (number.isdigit() and len(number) <= 2 or set(number) <= _LABEL_NUMERALS and len(number) <= 4))


def _dotted_heading(line: str, previous: str | None, following: str) -> bool:
    """"1.    Introduction" under the keywords' line (:func:`edition.witness.headings.dotted_layout_heading`), no
    list's item: not under a colon, nor under another item."""
    return dotted_layout_heading(line, following) is not None and not (previous is not None and (
        previous.rstrip().endswith(":") or bool(LIST_ITEM_RE.match(previous))))


def into_list(text: str, following: str) -> bool:
    """Whether the line *text*, no sentence's end, runs on into the list under it: the first item (*following*)
    goes on in lower case after its label ("The specific objectives were to assess", then "1. the organization
    of patient flow"): the sentence's opening, no heading. A list's heading ("Objectives", then "1. To assess
    …"), a heading in title case, a numbered one, over such an item, are headings still."""
    m = LIST_ITEM_RE.match(following)
    return (m is not None and following[m.end(1):].lstrip()[:1].islower() and not title_cased(text)
            and section_number(text) is None and not ends_sentence(text))


#: a heading in sentence case is under this share of the text's line width ("Performance aspects")
SENTENCE_HEADING_MAX_SHARE = 0.6
#: the most words of a heading in sentence case
SENTENCE_HEADING_MAX_WORDS = 7
#: the paragraph under a heading in sentence case opens with a line at least this share of the line width
FULL_LINE_SHARE = 0.75
#: the fewest lines of a run whose longest line gives the width of its column
COLUMN_RUN_MIN = 4
#: the least share of the text's line width that a column's is
COLUMN_SHARE_MIN = 0.7


def sentence_case_heading(stripped: str, following: str, width: int, column: int = 0) -> bool:
    """A heading in sentence case inside a run of hard-wrapped lines ("End-to-end caretaking", "Other examples
    of the end-to-end argument"): much shorter than the line width, a few words ending in a letter, over a line of
    the full width, the width of its run's column where given (*column*, :func:`split_pdf_run`) (the caller has
    seen that it follows a sentence's end and that the line below opens with a capital). The short last line
    of a paragraph ends a sentence; a list's item, a caption, a line broken off
    on "of", "the" are none."""
    bare = words(stripped)
    return (len(stripped) < SENTENCE_HEADING_MAX_SHARE * max(width, 1) and 1 < len(bare) <= SENTENCE_HEADING_MAX_WORDS
            and stripped[0].isupper() and stripped[-1].isalpha()
            and bare[-1].lower() not in BROKEN_OFF_WORDS
            and not LIST_ITEM_RE.match(stripped) and not CAPTION_LABEL_RE.match(stripped)
            and len(following) >= FULL_LINE_SHARE * max(column or width, 1))


def pdf_label_line(line: str, previous: str | None, following: str | None) -> bool:
    """A byline, a date or a "Signed: …" line standing alone between sentences in a PDF run.

    It is a block of its own (and no heading: :func:`not_a_heading`), not
    the first line of the paragraph below.
    """
    stripped = line.strip()
    if following is None or (previous is not None and not ends_sentence(previous.strip())):
        return False
    # the other lines in a heading's form (:func:`lookalike`) stay in their run: a caption opens a block, whose
    # lines run on to its sentence's end (:func:`split_pdf_run`); a figure's debris, a table's row, stays joined
    return (label_reason(stripped) is not None and len(words(stripped)) <= HEADING_MAX_WORDS
            and not ends_sentence(stripped))


#: how much further in a paragraph's first line is set than the line above it (``pdftotext -layout``)
INDENT_STEP = 3


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


#: an entry's label opening its first line, the entry's text set after it: "[4] Kamp, Hans: …", "• It is …"
HANGING_LABEL_RE = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,2}[.)]|[-•*–])\s+(?=\S)")


def _hangs(current: list[Line], line: Line) -> bool:
    """Whether *line* goes on with the entry *current* opens with its label, set with a hanging indent:
    its text at the column where the entry's text begins after the label ("[4] Kamp, Hans: … In Jeroen A. G."
    / "    Groenendijk, …"), as every line of the entry after the first; no paragraph's indented first line."""
    m = HANGING_LABEL_RE.match(current[0].text)
    return m is not None and all(_indent(x.text) == m.end() for x in [*current[1:], line])


#: the fewest and the most lines of verse set apart as a block (an epigraph, a stanza quoted)
VERSE_LINES_MIN, VERSE_LINES_MAX = 3, 12
#: a line of verse is under this share of the running text's line width
VERSE_MAX_SHARE = 0.7
#: the least words of most of a block's lines of verse (a figure's cells, "Why?", "Speed", have one or two)
VERSE_LINE_WORDS = 3


def verse_block(block: Blk, width: int, furniture: dict[int, str]) -> bool:
    """Lines of verse set apart between blank lines in a PDF text: an epigraph ("Remember thee?", "Ay, thou
    poor ghost, while memory holds a seat", "In this distracted globe.", then its source), a stanza quoted.

    Three lines to twelve, each shorter than the running text's lines and opening with a capital (as verse
    sets its lines), most of three words or more, two at least with two words in lower case (no title over its
    authors' names), a sentence ending on a line before the last and running on over another line's end (no
    list of one-line items); no line a list's item, a caption, a section's number, a byline or furniture. A
    block quotation, never a heading over a paragraph."""
    lines = block.lines
    if not VERSE_LINES_MIN <= len(lines) <= VERSE_LINES_MAX or width < 40 or block.code or block.table:
        return False
    texts = [line.text.strip() for line in lines]
    if any(line.lineno in furniture for line in lines) or not all(texts):
        return False
    if any(len(t) >= VERSE_MAX_SHARE * width or not (t[0].isupper() or t[0] in OPENING_QUOTES) for t in texts):
        return False
    if 2 * sum(len(words(t)) >= VERSE_LINE_WORDS for t in texts) <= len(texts):
        return False
    if any(LIST_ITEM_RE.match(t) or CAPTION_LABEL_RE.match(t) or section_number(t) is not None
           or label_reason(t) == "byline" for t in texts):
        return False
    if sum(len(re.findall(r"\b[a-z][\w’'-]*", t)) >= VERSE_LINE_WORDS - 1 for t in texts) < 2:
        return False  # a title and its authors' names ("… How Different Are They", "Really?", "Daniel J. Abadi")
    ended = [ends_sentence(t) or t.endswith(("?", "!")) for t in texts[:-1]]
    return any(ended) and not all(ended)


#: a token of a table's cells or a formula's pieces: a number ("0.82", "−3", "91%"), a formula's number
#: ("(3)"), a single letter ("P", "x"), a symbol or two ("=", "±", "||")
DEBRIS_TOKEN_RE = re.compile(r"^(?:[-−+]?\d+(?:[.,]\d+)?%?|\(\d{1,3}\)|[^\W\d_]|[^\w\s]{1,2})$")
#: a token that is a table's cell or a formula's number by itself, alone on its line: "0.82", "(3)"
DEBRIS_ALONE_RE = re.compile(r"^(?:[-−+]?\d+[.,]\d+%?|\(\d{1,3}\))$")


def debris_line(text: str) -> bool:
    """A line of a table's cells or a formula's pieces and nothing else (:data:`DEBRIS_TOKEN_RE`): two tokens
    or more ("0.82 0.75 0.91", "P R F", "x = y"), or one that is a decimal number or a formula's number in
    parentheses ("0.82", "(3)"), a number or a letter among them; never a word of two letters ("in 2011 the F score
    was 0.82", "Table 2"), nor a row of asterisks ("* * *", a section's break)."""
    tokens = text.split()
    return bool(tokens) and all(DEBRIS_TOKEN_RE.match(t) for t in tokens) and any(ch.isalnum() for ch in text) and (
        len(tokens) >= 2 or bool(DEBRIS_ALONE_RE.match(tokens[0])))


#: a word of three letters or more: a line of prose has one
PROSE_WORD_RE = re.compile(r"[^\W\d_]{3,}")


def debris_beside_prose(above: str, below: str) -> bool:
    """Whether of two lines one following the other one is debris (:func:`debris_line`) and the other holds
    words: a sentence and a table's row, never one run of text. Debris beside debris ("1" / "1 3 11 15", a
    formula's lines) is left as the rest of the layout reads it."""
    return (debris_line(above) and bool(PROSE_WORD_RE.search(below))) or (
        debris_line(below) and bool(PROSE_WORD_RE.search(above)))


def list_ends_above(current: list[Line], line: str) -> bool:
    """Whether *line* is set out at the margin under a list's items set in: the paragraph's lines so far
    (*current*) hold an item ("  2. the views of …") set further in than *line*, and the last of them, the
    item's run-over, is set in by :data:`INDENT_STEP` at least ("     of care in the department", then
    "Methods"): the list has ended, whether or not its last item ends a sentence."""
    if not current or _indent(current[-1].text) < _indent(line) + INDENT_STEP:
        return False
    return any(LIST_ITEM_RE.match(x.text) and _indent(x.text) > _indent(line) for x in current)


#: the fewest words of a line of prose in a run whose paragraphs open set in (:func:`split_pdf_run`)
PROSE_LINE_MIN_WORDS = 6


#: the lines under a word alone on its line that show a justified line exploded, one word a line
EXPLODED_RUN = 3


def exploded_line(line: Line, rest: list[Line]) -> bool:
    """Whether *line*, a word or two alone on its line, opens a justified line an extraction set one word a line
    ("Edward" / "Faulkner's" / "1943" / "book" / "[43]" / "Plowman's Folly,"): the :data:`EXPLODED_RUN` lines
    under it are a word or two each, one of them a sentence's word in lower case or a note's marker ("[43]").
    Its words go on with the sentence, never a heading. A heading over a list of single words, each capitalised
    ("Ingredients" / "Flour" / "Sugar" / "Eggs"), is none such."""
    if len(words(line.text)) > 2:
        return False
    under = [x.text.strip() for x in rest[:EXPLODED_RUN]]
    return (len(under) == EXPLODED_RUN and all(0 < len(words(t)) <= 2 for t in under)
            and any(t[:1].islower() or (t[:1] == "[" and t[-1:] == "]" and t[1:-1].isdigit()) for t in under))


def split_pdf_run(block: Blk, width: int, furniture: dict[int, str] | None = None,
                  code: frozenset[int] = frozenset(), terms: frozenset[int] = frozenset(),
                  subsections: frozenset[tuple[int, ...]] = frozenset()) -> list[Blk]:
    """Split a run of hard-wrapped lines at paragraph ends and headings.

    A line that ends a sentence and is clearly shorter than the full width is
    the last line of a paragraph (in a run of prose whose paragraphs open set in, a column read apart: the run's
    own width, :data:`PROSE_LINE_MIN_WORDS`); a line in capitals is a heading, and so is a
    title-case line standing alone (:func:`pdf_heading_line`); a line of
    furniture (*furniture*, by line number) is a block of its own; lines of
    code (*code*, by line number) one after another are a block of their own, whole; a line that opens
    an item of a definition list (*terms*, by line number) begins a block;
    *subsections* are the numbers of the text's numbered headings of two
    levels or more (:func:`subsection_numbers`).
    """
    furniture = furniture or {}
    out: list[list[Line]] = []
    current: list[Line] = []
    lines = block.lines
    # the width of the column the run is set in: its longest line, where it is somewhat narrower than the text's
    # lines (a page of two columns read apart, whose lines across both widen the text's); a run much narrower
    # (an address, a list of short lines) is no column's
    longest = max(len(x.text.strip()) for x in lines)
    column = longest if len(lines) >= COLUMN_RUN_MIN and COLUMN_SHARE_MIN * width <= longest < width else width
    # a run whose paragraphs open set in (``pdftotext -layout``, a column read apart): a line ends its paragraph
    # where it is short beside the run's own lines, not the text's (wider on the text's pages in one column)
    full = longest if len(lines) >= COLUMN_RUN_MIN and any(
        _indent(a.text) >= _indent(b.text) + INDENT_STEP and ends_sentence(c.text.strip())
        for c, a, b in zip(lines, lines[1:], lines[2:], strict=False)) and 3 * sum(
        len(words(x.text)) >= PROSE_LINE_MIN_WORDS for x in lines) >= 2 * len(lines) else width
    for i, line in enumerate(lines):
        if line.lineno in furniture:
            if current:
                out.append(current)
                current = []
            out.append([line])
            continue
        if current and ((line.lineno in code) != (current[-1].lineno in code) or line.lineno in terms):
            out.append(current)
            current = []
        if line.lineno in code:
            current.append(line)
            continue
        if current and debris_beside_prose(current[-1].text, line.text):
            # a table's or a formula's debris among the lines of prose ("0.82 0.75 0.91", "P R F", "(3)"), as a
            # plain extraction sets a page of two columns around them: a block of its own, never run into a
            # sentence
            out.append(current)
            current = []
        following = next((x.text for x in lines[i + 1:] if x.lineno not in furniture), None)
        previous = current[-1].text if current else None
        # "…for the first time in" / "SAVE.": the sentence's end, in the paragraph, whatever its case
        completes = completes_sentence(line.text, previous)
        # "Edward" / "Faulkner's" / "1943" / "book": a justified line exploded one word a line, never a heading
        exploded = exploded_line(line, lines[i + 1:i + 1 + EXPLODED_RUN])
        if not completes and not exploded and (
                pdf_heading_line(line.text, previous, following, width, subsections, column,
                                 list_ends_above(current, line.text))
                # "The judgment" / "12.": a heading over its section's first paragraph's number, the run's last
                or (i == len(lines) - 2 and heading_over_number(line.text, previous, lines[-1].text))
                or pdf_label_line(line.text, previous, following)
                # a chart's title under a sentence's end, over its axis's values: a block of its own, never the
                # paragraph's last line
                or (previous is not None and previous.rstrip().endswith((".", "!", "?"))
                    and chart_title_line(line.text, following))
                # the run's last line, a numbered heading by its form under a sentence's end ("… to this paper." /
                # "2.1 Keep it simple"), its section below a blank line (an epigraph set in): never run in
                or (following is None and previous is not None and ends_sentence(previous.strip())
                    and numbered_heading_line(line.text))):
            if current:
                out.append(current)
            out.append([line])
            current = []
            continue
        caps = is_caps(line.text) and not completes
        # a list's item after a line that ends a sentence of full width ("… how to use them.", "1. With …"),
        # or a paragraph's indented first line, as an extraction keeping the layout sets it (not an entry's
        # next line under its text, after its label: :func:`_hangs`)
        item = bool(current) and ends_sentence(current[-1].text.strip()) and (
            bool(LIST_ITEM_RE.match(line.text)) or bool(CAPTION_LABEL_RE.match(line.text))
            or (_indent(line.text) >= _indent(current[-1].text) + INDENT_STEP and not _hangs(current, line)))
        if current and not completes and (caps != is_caps(current[-1].text) or item):
            out.append(current)
            current = []
        current.append(line)
        stripped = line.text.strip()
        # (or the front matter's address over the text's first line: "University of Bologna" / "jane@unibo.it" /
        # "“Quote”.1 Ibn Sina’s …")
        if (not caps and ends_sentence(stripped) and len(stripped) < 0.8 * min(width, full)
                and not (following is not None and continues_address(stripped, following))) or (
                "@" in stripped and address_over_text(current, following)):
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


def address_over_text(current: list[Line], following: str | None) -> bool:
    """Whether the last line of *current* is an author's e-mail address alone (:func:`email_line`) under the
    line of the institution (:func:`_institution`), and *following* opens a sentence (a capital, a figure or a
    quotation mark): the front matter's last lines over the text's first, in one run of lines, which part
    there. An address alone on its line inside a sentence ("… write to" / "ann@example.org" / "for the data")
    has no institution over it, and the sentence goes on in lower case."""
    if following is None or len(current) < 2 or not email_line(current[-1].text):
        return False
    first = following.strip()[:1]
    return (first.isupper() or first.isdigit() or first in OPENING_QUOTES) and _institution(current[-2].text)


def _next_line(blocks: list[Blk], k: int) -> str | None:
    """The text of the line after the first line of ``blocks[k]``: its second, or the next block's first."""
    if len(blocks[k].lines) > 1:
        return blocks[k].lines[1].text
    return blocks[k + 1].lines[0].text if k + 1 < len(blocks) else None


def _all_in(block: Blk, linenos: frozenset[int]) -> bool:
    return all(line.lineno in linenos for line in block.lines)


#: the gap between two columns of a line that ``pdftotext -layout`` kept side by side
COLUMN_GAP_RE = re.compile(r"\S\s{3,}\S")


def _parenthesis_goes_on(first: str) -> bool:
    """Whether a block's first line opens with a parenthesis that goes on the sentence broken off above it (a
    citation, "(Selley et al., 2005). These …", the sentence's stop or its words after it), not with a list's
    label ("(a)", "(iv)", "(2)") nor a line of its own in parentheses ("(Received 3 December 1954)")."""
    if not (first[:1] == "(" and first[1:2].isalpha() and not list_label(first.split()[0])) or ")" not in first:
        return False
    after = first[first.index(")") + 1:].lstrip()
    return after[:1] in (".", ",", ";", ":") and len(after) > 1 or after[:1].islower()


def labelled_caption(text: str) -> bool:
    """Whether *text* opens with a caption's label, a word and a number closed by a stop or a colon ("Fig. 1.",
    "Image 3.", "Photo 2:", "Figure 4:"), some words after it."""
    if CAPTION_LABEL_RE.match(text):
        return True
    parts = text.split(maxsplit=2)
    return (len(parts) == 3 and parts[0].isalpha() and parts[0][:1].isupper() and parts[1][-1:] in ".:"
            and parts[1][:-1].isdigit() and len(parts[1]) <= 4)


def join_page_breaks(blocks: list[Blk], width: int, furniture: dict[int, str] | None = None,
                     code: frozenset[int] = frozenset()) -> list[Blk]:
    """Rejoin paragraphs that a page break split, in ``pdf`` layout.

    A block that stops without ending its sentence, followed after blank lines
    by one that starts in lower case (or after a full-width line), is one
    paragraph broken by the page. The page's furniture between them (a
    running head, a page number) is taken into the paragraph, to be set
    aside there (:mod:`edition.witness.inline`). Lines of code (*code*) are
    never joined to a paragraph.

    The blank lines themselves become apparatus entries in :mod:`edition.witness.inline`.
    """
    furniture = furniture or {}

    def is_furniture(block: Blk) -> bool:
        return all(line.lineno in furniture for line in block.lines)

    out: list[Blk] = []
    #: furniture blocks met since the last block of text
    between: list[Blk] = []
    for k, block in enumerate(blocks):
        if is_furniture(block):
            between.append(block)
            continue
        # a rule between two blocks separates them (a page's furniture does not)
        ruled = any(furniture[b.lines[0].lineno] == RULE for b in between)
        if out and not ruled and not _all_in(out[-1], code) and not _all_in(block, code):
            prev = out[-1]
            # the notes at a column's or a page's foot that close the block, under a word they broke, their first
            # number glued to it ("… made of the con7", :func:`column_foot_notes`), or under a sentence broken off
            # ("… the datasets of" / "6" / its text), stand aside: the sentence goes on above them
            own = [x for x in prev.lines if not furniture.get(x.lineno, "").startswith(FOOT_NOTE_KIND)]
            last = (own[-1] if own else prev.lines[-1]).text.strip()
            first = block.lines[0].text.strip()
            # a block of one line in a heading's form: short, in title case, or numbered as one ("4.2. Adjusted
            # flows—magnitude of the reductions" over "Following the fit…", as long as a narrow column's line)
            heading_like_ = is_caps(last) or (len(prev.lines) == 1 and (
                ((len(last) < 0.6 * width or title_cased(last)) and not opens_next_sentence(last, first))
                or (numbered_heading_line(last) and first[:1].isupper())))
            # a list of quoted phrases going on past an engraving's caption set between two of them ("… as " Bull
            # Run, "" / "Grape Shot." / ""Fort Donelson," and …")
            listed = any(furniture.get(x.lineno) == FIGURE_CAPTION for b in between for x in b.lines) \
                and caption_goes_on(last, first)
            if (
                not heading_like_
                and not is_caps(first)
                and not layout_heading(block.lines[0].text)  # "1     Introduction" opens a page: no sentence goes on
                # "2.1 Keep it simple" over its paragraph's first line, set further in: a heading, never run on
                and not numbered_over_paragraph(block.lines[0].text, _next_line(blocks, k), width)
                and (not ends_sentence(last) or listed)
                and not debris_beside_prose(last, first)  # a table's or a formula's debris: never run on
                and not first.endswith("{")  # a program's or an algorithm's first line opening its braces
                and not COLON_CAPTION_RE.match(first)  # "Figure 4: A plot …" opens a caption, never goes on a sentence
                # a caption closing a page ("Image 3. An ecosystem. Source: Fab City"): the next page's text, in
                # capitals, opens a paragraph or a heading of its own (one in lower case may go on the caption)
                and not (first[:1].isupper() and labelled_caption(prev.lines[0].text))
                # a line of columns side by side ("Achim Zeileis      Friedrich Leisch …", -layout) is as wide as
                # the page without being a line of prose that goes on
                and (first[:1].islower() or (len(last) >= 0.8 * width and not COLUMN_GAP_RE.search(last))
                     or last.endswith("-") or listed or _parenthesis_goes_on(first))
            ):
                lines = prev.lines + [line for b in between for line in b.lines] + block.lines
                out[-1] = Blk(lines, prev.blank_before, block.blank_after)
                between = []
                continue
        out += between
        between = []
        out.append(block)
    return out + between


#: the longest paragraph's number alone on its line, in figures ("12.", "147.")
PARAGRAPH_NUMBER_MOST_DIGITS = 3


def heading_over_number(line: str, previous: str | None, following: str) -> bool:
    """Whether *line* is a heading over the number of its section's first paragraph alone on the *following*
    line, the run's last, as a judgment's or a report's numbered paragraphs set it ("The judgment" / "12.", the
    paragraph's text below a blank line): short, heading-like (:func:`heading_like`, a few words, no sentence's
    end), opening the run or under a sentence's end. A sentence's last line over the number ("…as the judge
    found" / "12.") ends no sentence above it but is no heading's form either, nor is a list's item."""
    stripped, number = line.strip(), following.strip()
    return (number.endswith(".") and number[:-1].isdigit() and len(number) <= PARAGRAPH_NUMBER_MOST_DIGITS + 1
            and (previous is None or ends_sentence(previous.strip())) and heading_like(stripped)
            and len(words(stripped)) <= HEADING_TITLE_MAX_WORDS and not LIST_ITEM_RE.match(stripped)
            and not sentence_start(stripped))


#: the fewest words of prose on the line that goes on a sentence opened on a line of its own
RUN_ON_MIN_WORDS = 4
#: what may stand between a sentence's stop and the next sentence's first word on a line ("JUNE 17TH.—I was")
SENTENCE_GAP = " —–-"


def opens_next_sentence(line: str, following: str) -> bool:
    """Whether *line*, a line of its own between blank lines, ends one sentence and opens the next, which goes
    on on the *following* line: a stop after a word inside it, a capital after the stop, the line's last word in
    lower case, and the next line's first in lower case too, a line of prose (:data:`RUN_ON_MIN_WORDS`)
    ("JUNE 17TH.—I was detailed" / "to the charge of a squad of", where an OCR left a blank line beside a
    figure): one paragraph, never a heading over one. A heading ("4.2. Adjusted flows", "Chapter 1. The
    rise") ends no sentence of its own inside it, and a table's cells are no prose."""
    stripped, nxt = line.strip(), following.strip()
    last = stripped.split()[-1] if stripped else ""
    if not (last.isalpha() and last.islower() and nxt[:1].islower() and len(words(nxt)) >= RUN_ON_MIN_WORDS):
        return False
    for i, c in enumerate(stripped[1:-1], start=1):
        if c in ".!?" and stripped[i - 1].isalpha():
            rest = stripped[i + 1:].lstrip(SENTENCE_GAP)
            if rest[:1].isupper() and rest != stripped[i + 1:]:
                return True
    return False
def heads_between_halves(blocks: list[Blk], width: int, furniture: dict[int, str]) -> dict[int, str]:
    """The side heads alone on their line (a short title-case line between blank lines) that a two-column
    page's raw extraction set between the two halves of a sentence, after the page's furniture, by line number
    (:data:`HEAD_BETWEEN`): the paragraph above breaks its sentence off ("… because of competition", then the
    page's foot and the next page's head), the next block of text goes on in lower case ("for the enzymes.
    …"). The sentence is joined across the head (:func:`join_page_breaks`), and the head, which opens the
    section after that paragraph, printed after it (:func:`edition.witness.figures.captions_after`). A head
    under a sentence's end, over a sentence's start, or with no page's furniture above it, stays where it
    stands."""
    def aside(block: Blk) -> bool:
        return all(x.lineno in furniture for x in block.lines)

    out: dict[int, str] = {}
    for k in range(1, len(blocks) - 1):
        block = blocks[k]
        if len(block.lines) != 1 or not block.blank_before or not block.blank_after or aside(block):
            continue
        head = block.lines[0].text.strip()
        if not (title_cased(head) and len(head) < 0.6 * width and not ends_sentence(head)):
            continue
        i = k - 1
        while i >= 0 and aside(blocks[i]):
            i -= 1
        own = [x for x in blocks[i].lines if x.lineno not in furniture] if i >= 0 and i < k - 1 else []
        if len(own) < 2 or ends_sentence(last := own[-1].text.strip()) or last.endswith((":", "-")):
            continue
        following = next((b for b in blocks[k + 1:] if not aside(b)), None)
        if (following is not None and following.lines[0].text.strip()[:1].islower()
                and len(words(following.lines[0].text)) >= 3):
            out[block.lines[0].lineno] = HEAD_BETWEEN
    return out


def furniture_lines(lines: list[Line], kind: str, page_starts: frozenset = frozenset(),
                    papers: Papers = NO_PAPERS) -> dict[int, str]:
    """The lines of a PDF text that are its pages' furniture, by line number, with their kind.

    :param page_starts: the lines a form feed stood before: the lines on
        either side of a page break are where running heads and feet stand
    :param papers: the papers of a series the text holds: their numbered headings, heads and
        signatures recur once a paper, never running heads (:mod:`edition.witness.series`)
    """
    if kind != "pdf":
        return {}
    found = _form_furniture(lines, page_starts)
    numbered = _page_edge_heads(lines, found, page_starts)
    _headings_back(lines, found, page_starts)
    heads, headings = page_top_repeats(lines, found, page_starts)
    found.update({n: "running head" for n in heads})
    if (first := _first_page_head(lines, found, page_starts)) is not None:
        found[first] = "running head"
    for lineno in headings:
        found.pop(lineno, None)  # the heading a running head copies, lower on its page
    for lineno in _out_of_sequence(lines, found, page_starts, numbered):
        del found[lineno]  # "550" on a chart's axis, "De Boelelaan 1081" closing a page: the text's
    if not page_starts:
        numbers = [n for n, what in sorted(found.items()) if what == "page number"]
        fits = page_sequence([int(re.sub(r"\D", "", lines[n - 1].text)) for n in numbers])
        for lineno in [n for i, n in enumerate(numbers) if i not in fits]:
            del found[lineno]  # out of the pages' sequence: a number of the text's
    title = next((n for n in (_title_over_byline(lines, found), _title_atop_first_page(lines, found, page_starts))
                  if n is not None), None)
    if title is not None:
        del found[title]  # "END-TO-END ARGUMENTS IN SYSTEM DESIGN" over its authors: the title, first of its copies
    for lineno in [n for n, what in found.items() if what == "running head" and _never_a_head(lines, n, found,
                                                                                                 page_starts)]:
        del found[lineno]  # "(b)", "Table 2", the judge's name under "Before :": the text's
    return _papers_back(found, papers)


def list_label(text: str) -> bool:
    """Whether a line is a list's enumerator alone: "(a)", "(b)", "(iv)", "1.", "2)", "c)"."""
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        core = s[1:-1]
    elif s.endswith((")", ".")):
        core = s[:-1]
    else:
        return False
    return (core.isdigit() and len(core) <= 3 or len(core) == 1 and core.isalpha()
            or 0 < len(core) <= 5 and set(core) <= set("ivxlc"))


def _never_a_head(lines: list[Line], lineno: int, found: dict[int, str], page_starts: frozenset) -> bool:
    """Whether a line taken for a running head is the text's by its form, however often it recurs: a list's
    enumerator alone (:func:`list_label`), a caption's label ("Table 2", "Figure 3"), or, on the cover (the
    first page), a line that completes the one above it (which breaks off on a function word: "… OF THE", then
    "SECURITIES EXCHANGE ACT OF 1934") or a field's value under its label ("Before :", then the judge's name);
    lower on the pages, a margin's stamp may stand between a sentence's halves.
    The line above counts only where it is no furniture itself (a running head of two lines)."""
    text = lines[lineno - 1].text
    if list_label(text) or CAPTION_LABEL_RE.match(text):
        return True
    i = lineno - 2
    while i >= 0 and lines[i].blank:
        i -= 1
    if i < 0 or lines[i].lineno in found or any(lines[i].lineno < n <= lineno for n in page_starts):
        return False
    above = lines[i].text.rstrip()
    last = above.split()[-1].casefold() if above.split() else ""
    # on the cover, the first page, under the line above
    return (bool(page_starts) and lineno < min(page_starts) and i == lineno - 2
            and (last in BROKEN_OFF_WORDS or above.endswith(":")))


def _page_edge_heads(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> set[int]:
    """Add to *found* (changed in place) the running heads and feet at the pages' edges: a short line with a
    page's number at its start or its end (:func:`page_edge_kind`), a line that repeats the title or the authors
    beside the page's number (:func:`_repeats_the_top`). The lines found by their number, returned."""
    top = _top_words(lines)
    numbered: set[int] = set()
    for start in page_starts:
        after = next((x for x in lines[start - 1:] if not x.blank), None)
        before = next((x for x in reversed(lines[:start - 1]) if not x.blank), None)
        for edge in (after, before):
            if (edge is not None and edge.lineno not in found and (what := page_edge_kind(edge.text))
                    and not listing_line(edge.text)):  # "4551 h/braonaini" closes a page of a listing
                found[edge.lineno] = what
                numbered.add(edge.lineno)
        for edge in _edge_lines(lines, start):
            if edge.lineno not in found and _repeats_the_top(edge, lines, top, found, start):
                found[edge.lineno] = "running head"
    return numbered


#: how far a page's number may stray from the sequence of the others' (a page's number minus its place among
#: the pages): a blank page the extraction dropped, a plate
PAGE_OFFSET_SLACK = 1


def _out_of_sequence(lines: list[Line], found: dict[int, str], page_starts: frozenset,
                     numbered: set[int]) -> list[int]:
    """The lines of *found* taken for a page's number that are none, where form feeds show the pages.

    A page's number fits the sequence of the pages' numbers: less its page's place among the pages, it is what
    another page's number is, less that page's place (:data:`PAGE_OFFSET_SLACK` aside); the numbers of the
    running heads count ("24   TIMP: …"). A lone number is its page's where it fits, or where it stands at
    the page's very top or foot (nothing but the page's furniture between it and the page's break); a
    number inside a page that fits nothing is a chart's tick ("550"), an institution's mark over its name
    ("5"). A line found by the number at its end (*numbered*: "De Boelelaan 1081" closing a page) goes back to
    the text where the pages' numbers run in another sequence; where they show none, it stays aside.
    """
    if not page_starts:
        return []
    breaks = sorted(page_starts)

    def page_of(lineno: int) -> int:
        return bisect.bisect_right(breaks, lineno)

    offsets: dict[int, tuple[int, int]] = {}  # lineno → (page, number less page)
    for lineno, what in found.items():
        text = lines[lineno - 1].text
        if what == "page number":
            digits = re.sub(r"\D", "", text)
        elif what == "running head" and (m := _HEAD_NUMBER_RE.search(text)):
            digits = m.group().strip()
        else:
            continue
        if digits:
            offsets[lineno] = (page_of(lineno), int(digits) - page_of(lineno))

    def fits(lineno: int) -> bool:
        page, offset = offsets[lineno]
        return any(p != page and abs(o - offset) <= PAGE_OFFSET_SLACK for n, (p, o) in offsets.items() if n != lineno)

    sequence = any(fits(n) for n in offsets if n not in numbered)
    out = []
    for lineno in offsets:
        if found[lineno] == "page number" and not fits(lineno) and not _at_page_break(lines, lineno, found, breaks):
            out.append(lineno)
        elif lineno in numbered and not fits(lineno) and (sequence or _goes_with_the_text(lines, lineno, found,
                                                                                           breaks)):
            out.append(lineno)
    return out


def _goes_with_the_text(lines: list[Line], lineno: int, found: dict[int, str], breaks: list[int]) -> bool:
    """Whether a line found by the number at its end, at a page's edge, is the text's though no page's number
    fits it: it stands against the page's text, no blank line between them (the last line of a caption,
    "agriculture" in 1911", under its first lines at a page's foot; a heading, "Zone 4", over its paragraph at
    a page's top) and from the same margin (a foot set off at the right margin, "Statistical Abstract: 2012",
    under a note stays aside), and no other page's edge gives its words again (a running head recurs, its
    numbers aside). A line between the halves of a sentence ("… so that the" / "12 JOURNAL OF STUDIES" /
    "sentence goes on …") is the page's furniture, whatever stands against it."""
    line = lines[lineno - 1]
    k = bisect.bisect_right(breaks, lineno)
    top = k and lineno == next((x.lineno for x in lines[breaks[k - 1] - 1:] if not x.blank), None)
    near = lines[lineno] if top and lineno < len(lines) else lines[lineno - 2] if lineno > 1 and not top else None
    if near is None or near.blank or near.lineno in found or abs(_indent(line.text) - _indent(near.text)) > 2:
        return False
    above = next((x for x in reversed(lines[:lineno - 1]) if not x.blank and x.lineno not in found), None)
    below = next((x for x in lines[lineno:] if not x.blank and x.lineno not in found), None)
    if above is not None and below is not None and not ends_sentence(above.text.strip()) \
            and below.text.strip()[:1].islower():
        return False  # "… so that the" / "12 JOURNAL OF STUDIES" / "sentence goes on": between a sentence's halves
    shape = line_shape(line.text)
    return not any(n != lineno and line_shape(lines[n - 1].text) == shape for n in found)


def _at_page_break(lines: list[Line], lineno: int, found: dict[int, str], breaks: list[int]) -> bool:
    """Whether line *lineno* stands at its page's very top or foot: nothing but blank lines and the page's
    furniture (*found*) between it and the page's break (or the text's start or end)."""
    k = bisect.bisect_right(breaks, lineno)
    start = breaks[k - 1] if k else 1
    end = breaks[k] if k < len(breaks) else len(lines) + 1
    return (all(x.blank or x.lineno in found for x in lines[start - 1:lineno - 1])
            or all(x.blank or x.lineno in found for x in lines[lineno:end - 1]))


#: the fewest words of a title the later pages repeat as their running head (:func:`_title_atop_first_page`)
TITLE_HEAD_MIN_WORDS = 3


def _title_atop_first_page(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> int | None:
    """The line number of the text's first line where it is the title that every later page repeats as its
    running head ("THE COAL INDUSTRY ACT OF 1998"), or None: the first line of the first page, nothing above it,
    a heading's line of :data:`TITLE_HEAD_MIN_WORDS` words at least, set aside as a running head by its
    repetition only (no page number beside it, no form of a page's furniture but a year at its end), naming no
    journal, its issue or its series (:data:`SOURCE_CLUE_RE`: a periodical's running head), a heading's line
    under it (its subtitle; prose under it leaves it a running head). Its later copies stay running heads; the
    title so read is a guess the report flags."""
    first = next((x for x in lines if not x.blank), None)
    if first is None or found.get(first.lineno) != "running head" or not page_starts:
        return None
    text = " ".join(first.text.split())
    # a year at its end ("… ACT OF 1998") is no page's number: the copies give the same year on every page
    kind = pdf_line_kind(re.sub(r"\s+(?:1[5-9]|20)\d\d$", "", text))
    under = next((x for x in lines[first.lineno:] if not x.blank), None)
    short = under is not None and under.lineno == first.lineno + 1 and _field_under_name(text, under.text)
    if (len(words(text)) < TITLE_HEAD_MIN_WORDS and not short or not (heading_like(text) or short) or kind
            or HEAD_NUMBERED_RE.search(first.text) or issue_line(text) or SOURCE_CLUE_RE.search(text)):
        return None
    key = head_key(text)
    copies = [n for n, what in found.items() if what == "running head" and n != first.lineno
              and head_key(lines[n - 1].text) == key]
    # a heading's line under it, or a short line that ends no sentence ("U.S. Office Summary"), which would be
    # taken for the title (its subtitle); the text's prose under it leaves it a running head
    return first.lineno if (copies and under is not None and under.lineno not in found and (
        heading_like(under.text) or (len(words(under.text)) <= SUBTITLE_MAX_WORDS
                                     and not ends_sentence(under.text.strip())))) else None


#: the most words of a field's label under a short title (:func:`_field_under_name`)
FIELD_LABEL_MAX_WORDS = 3


def _field_under_name(text: str, under: str) -> bool:
    """A name of one or two capitalised words, no figure in it ("Aspirin"), with a field of the document's
    record on the next line ("Brand Name: Bayer, Ecotrin"): a fact sheet's title over its fields, which its
    later pages repeat as their running head. A date's field under it ("Received: 3 May 2001") is a journal's
    page: its name there is the running head of every page."""
    label, colon, value = under.strip().partition(":")
    parts = words(text)
    return (0 < len(parts) < TITLE_HEAD_MIN_WORDS and all(w[:1].isupper() and w.isalpha() for w in parts)
            and bool(colon) and 0 < len(words(label)) <= FIELD_LABEL_MAX_WORDS and label[:1].isupper()
            and bool(value.strip()) and not any(c.isdigit() for c in under))


#: the most words of a short line under the first page's title that is its subtitle (:func:`_title_atop_first_page`)
SUBTITLE_MAX_WORDS = 8
#: a page's number at either end of a running head, apart from it
_HEAD_NUMBER_RE = re.compile(r"^\s*\d{1,4}\s+|\s+\d{1,4}\s*$")
#: a leading article, which a running head may add to the title it copies ("THE TITLE OF …")
_HEAD_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+")


def head_key(text: str) -> str:
    """A running head as compared with the title it copies: its page's number at either end, its case, its
    spacing and a leading article aside ("3  THE TITLE OF THE ACT OF 1998" ≈ "Title of the Act of 1998")."""
    bare = " ".join(_HEAD_NUMBER_RE.sub(" ", text).split()).casefold()
    return _HEAD_ARTICLE_RE.sub("", bare)


def _papers_back(found: dict[int, str], papers: Papers) -> dict[int, str]:
    """*found* without the papers' own lines it took for running heads by their repetition: a series'
    numbered headings, the papers' heads and signatures ("FEDERALIST. No. 2", "JAY", "PUBLIUS.") recur
    once a paper, not once a page (:mod:`edition.witness.series`)."""
    for lineno in papers.lines():
        if found.get(lineno) == "running head":
            del found[lineno]
    return found


#: a line's numbers and its runs of spaces, which a running head changes from page to page
_HEAD_VARIES_RE = re.compile(r"\d+|\s+")


def _first_page_head(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> int | None:
    """The first page's top line where it is the running head that the later pages' tops print, its page's
    number and its spacing aside ("SALTZER ET AL.      End-to-End Arguments …      1", as ``pdftotext
    -layout`` sets a running head on one line): no page break stands above it to find it by. None where the
    first line is no copy of a later page's top line set aside as a running head."""
    first = next((x for x in lines if not x.blank), None)
    if first is None or first.lineno in found or not page_starts or not any(c.isdigit() for c in first.text):
        return None
    key = _HEAD_VARIES_RE.sub(" ", first.text).strip()
    tops = (next((x for x in lines[start - 1:] if not x.blank), None) for start in page_starts)
    return first.lineno if any(top is not None and found.get(top.lineno) == "running head"
                               and _HEAD_VARIES_RE.sub(" ", top.text).strip() == key for top in tops) else None


#: the most lines of a title standing over its byline on the first page
TITLE_OVER_BYLINE_LINES = 2
#: a running head with its page's number beside it, a wide gap between: never a title
HEAD_NUMBERED_RE = re.compile(r"\S\s{3,}\d{1,4}\s*$|^\s*\d{1,4}\s{3,}\S")
#: the most lines of the first page's furniture above its title (a running head, its page's number)
TITLE_BELOW_HEAD_LINES = 4


def _title_over_byline(lines: list[Line], found: dict[int, str]) -> int | None:
    """The line number of the text's first line (the first page's furniture above it aside, at most
    :data:`TITLE_BELOW_HEAD_LINES` lines), taken for a running head because later pages repeat it, where it is
    the title: a byline ("J.H. Saltzer, D.P. Reed and D.D. Clark*") stands under it (the title's next line
    between them at most), as it stands under no running head; else None."""
    text = [x for x in lines[:TITLE_OVER_BYLINE_LINES * 4 + 4 + TITLE_BELOW_HEAD_LINES] if not x.blank]
    # the title may stand under the first page's own running head and number ("SALTZER ET AL.", "1"), each a
    # line of the page's furniture: the first line that is none, or is a running head by repetition only
    for k, line in enumerate(text[:TITLE_BELOW_HEAD_LINES + 1]):
        if found.get(line.lineno) != "running head" or pdf_line_kind(line.text) or HEAD_NUMBERED_RE.search(line.text):
            if line.lineno in found:
                continue  # the page's number, or a running head by its form ("157 SCIENCE & SOCIETY")
            return None  # the text has begun
        for x in text[k + 1:k + TITLE_OVER_BYLINE_LINES + 1]:
            if x.lineno in found:
                break
            if label_reason(x.text.strip()) == "byline":
                return line.lineno
    return None


def _headings_back(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> None:
    """Take out of *found* (changed in place) the headings' lines it took for running heads: a section's
    number alone, a chapter's label above its title, a numbered heading at a page's top."""
    for lineno in section_number_lines(lines, found, page_starts):
        found.pop(lineno, None)
    for lineno in label_lines(lines, found, page_starts):
        found.pop(lineno, None)  # "Chapter 2" above "Leadership": the heading's number, no running head
    for lineno in layout_heading_lines(lines, found):
        found.pop(lineno, None)  # "1     Introduction" at a page's top: a numbered heading, no running head


#: a field of a paper's margin box on its first page: "Competing interests: …", "Funding: …", "Received: …"
MARGIN_BOX_RE = re.compile(
    r"^\s*(?:Competing interests|Conflicts? of interest|Funding|Copyright|Editor|Academic Editor|Received|"
    r"Accepted|Published|Data Availability|Citation|Correspondence|Author contributions)\s*:\s*\S")
#: the kind of its lines set aside
MARGIN_BOX = "margin box"


#: the openings of a first page's box of its copyright and its printing, as journals and proceedings set it at the
#: foot of a column ("Copyright is held by the author/owner(s). This paper was published in …")
COPYRIGHT_BOX_OPENINGS = ("Copyright is held by", "Copyright ©", "Copyright (c)", "Copyright 19", "Copyright 20",
                          "© 19", "© 20", "Permission to make digital or hard copies")
#: the most lines of such a box
COPYRIGHT_BOX_MOST_LINES = 8


def copyright_box_lines(blocks: list[Blk], furniture: dict[int, str]) -> dict[int, str]:
    """The lines of a page's box of its copyright (:data:`COPYRIGHT_BOX_OPENINGS`: "Copyright is held by the
    author/owner(s). …", "Permission to make digital or hard copies …") that an extraction set inside a sentence
    at a column's foot, by line number: the lines from the box's opening to the end of its run (ending a
    sentence, :data:`COPYRIGHT_BOX_MOST_LINES` at most), under a line that breaks its sentence off ("… a
    programming language [6]; Gupta"), the next block of text going on in lower case ("discussed requirements
    …"). Set aside as :data:`MARGIN_BOX`, the sentence joins across them (:func:`join_page_breaks`); such a line
    under a sentence's end, or over a sentence's start, stays the text."""
    def aside(block: Blk) -> bool:
        return all(line.lineno in furniture for line in block.lines)

    found: dict[int, str] = {}
    for i, block in enumerate(blocks):
        if aside(block):
            continue
        own = [x for x in block.lines if x.lineno not in furniture]
        at = next((k for k, x in enumerate(own) if x.text.lstrip().startswith(COPYRIGHT_BOX_OPENINGS)), None)
        if at is None or len(own) - at > COPYRIGHT_BOX_MOST_LINES or not ends_sentence(own[-1].text.strip()):
            continue
        if at:
            before: Line | None = own[at - 1]
        else:
            above = next((b for b in reversed(blocks[:i]) if not aside(b)), None)
            before = next((x for x in reversed(above.lines) if x.lineno not in furniture), None) if above else None
        after = next((b for b in blocks[i + 1:] if not aside(b)), None)
        if (before is not None and after is not None and not ends_sentence(before.text.strip())
                and not before.text.rstrip().endswith((":", "-")) and after.lines[0].text.strip()[:1].islower()):
            found.update(dict.fromkeys((x.lineno for x in own[at:]), MARGIN_BOX))
    return found


def margin_box_lines(blocks: list[Blk], furniture: dict[int, str], page_starts: frozenset) -> dict[int, str]:
    """The lines of a page's margin box a plain extraction set inside a sentence the page broke, by line
    number: blocks whose every one opens with a box's field (:data:`MARGIN_BOX_RE`, "Competing interests: The
    authors have declared …"), after a block whose last line ends no sentence ("… it has been estimated that")
    and before one that opens in lower case ("global production will decline"), a page breaking between them,
    the page's furniture aside. Set aside as :data:`MARGIN_BOX`, the sentence joins across them
    (:func:`join_page_breaks`); a box's field elsewhere (under the title, between sentences) stays the text."""
    def aside(block: Blk) -> bool:
        return all(line.lineno in furniture for line in block.lines)

    found: dict[int, str] = {}
    heads = {" ".join(line.text.split()) for block in blocks for line in block.lines
             if furniture.get(line.lineno) == "running head"}
    i = 0
    while i < len(blocks):
        if aside(blocks[i]) or not MARGIN_BOX_RE.match(blocks[i].lines[0].text):
            i += 1
            continue
        # above the box, the page's running foot that other pages' feet repeat, though the box kept it from
        # the page's edge: a running head too
        copies = []
        k = i - 1
        while k >= 0 and (aside(blocks[k]) or (len(blocks[k].lines) == 1
                                                and " ".join(blocks[k].text.split()) in heads)):
            copies += [] if aside(blocks[k]) else [blocks[k].lines[0].lineno]
            k -= 1
        before = blocks[k] if k >= 0 else None
        box: list[Line] = []
        after: Line | None = None
        j = i
        while j < len(blocks) and after is None:
            block = blocks[j]
            if aside(block):
                j += 1
                continue
            if not MARGIN_BOX_RE.match(block.lines[0].text):
                after = block.lines[0]
                break
            # the next page may go on in the same run, no blank line between: the box ends at its break
            cut = next((k for k, line in enumerate(block.lines) if k and line.lineno in page_starts), None)
            box += block.lines[:cut]
            after = block.lines[cut] if cut is not None else None
            j += 1
        if (before is not None and after is not None and box and not ends_sentence(before.lines[-1].text.strip())
                and not before.lines[-1].text.rstrip().endswith(":") and after.text.strip()[:1].islower()
                and any(before.lines[-1].lineno < n <= after.lineno for n in page_starts)):
            found.update({line.lineno: MARGIN_BOX for line in box if line.lineno not in furniture})
            found.update({n: "running head" for n in copies})
        i = max(j, i + 1)
    return found


def _form_furniture(lines: list[Line], page_starts: frozenset) -> dict[int, str]:
    """The lines of a PDF text that are furniture by their form (:func:`pdf_line_kind`) or their
    repetition (:func:`repeated_lines`), where a page's furniture stands: a lone number, a
    repeated line at a page's edge (:func:`page_edges`), never in mid-page."""
    edges = page_edges(lines, page_starts)
    found = {}
    for line in lines:
        what = pdf_line_kind(line.text)
        if what == "page number" and not _lone_at_edge(line, lines, edges, page_starts):
            continue  # an entry of a matrix, a number of a table or a listing in mid-page
        if what:
            found[line.lineno] = what
    found.update(_print_titles(lines, found))
    found.update(_folios_in_mid_page(lines, found, page_starts))
    found.update(_continued_heads(lines, found, page_starts))
    repeated = repeated_lines((line.text for line in lines), frozenset(start - 1 for start in page_starts))
    repeated -= _twice_on_a_page(lines, repeated, page_starts)
    repeated -= _numbered_headings(lines, repeated, edges)
    refrains = _refrains(lines, repeated, found, page_starts)
    for i, line in enumerate(lines):
        if line.lineno not in found and repeated_kind(line.text, repeated) and (
                line.lineno in edges if page_starts else _apart(lines, i, found)) \
                and not repeated_kind(line.text, refrains):
            found[line.lineno] = "running head"
    return found


def _numbered_headings(lines: list[Line], repeated: frozenset[str], edges: set[int]) -> frozenset[str]:
    """The repeated lines (:func:`repeated_lines`) alike but for their numbers whose numbers run back from one
    page's edge to a later one's, or that stand more often inside the pages than at their edges: a running
    head's numbers stay (a volume's, a year's) or climb with the pages (its folio: "12 HISTORY.", "HISTORY.
    13"), and it stands at the pages' edges; a numbered heading's start again ("SECTION. 7.", then "SECTION.
    10.", then "SECTION. 1." under the next article) and stand mostly in mid-page, signs that its copies are
    the text's headings wherever a page's break set them. A line whose copies have no number is not judged
    here, nor a text whose pages' edges are not known."""
    if not edges:
        return frozenset()
    seen: dict[str, tuple[int, ...]] = {}
    inside: Counter = Counter()
    out: set[str] = set()
    for line in lines:
        if (shape := line_shape(line.text)) not in repeated or "#" not in shape:
            continue
        if line.lineno not in edges:
            inside[shape] += 1
            continue
        inside[shape] -= 1
        numbers = tuple(int(d) for d in re.findall(r"\d+", line.text))
        if shape in seen and numbers < seen[shape]:
            out.add(shape)
        seen[shape] = numbers
    return frozenset(out | {shape for shape, n in inside.items() if n > 0})


#: the marks of a heading repeated at a page's top over the section it goes on with ("Pharmacology (cont.)")
CONTINUED_MARKS = ("(cont.)", "(cont’d)", "(cont'd)", "(continued)", "(contd.)")


def _continued_heads(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> dict[int, str]:
    """The side heads a page repeats at its top, with "(cont.)", over the section it goes on with from the page
    before ("Pharmacology (cont.)", among the first :data:`EDGE_LINES` lines of text of a later page, the
    heading "Pharmacology" standing earlier in the text): the page's furniture, as a running head is, which
    the sentence it parts goes on across. A "(cont.)" line in mid-page, or one whose heading the text never
    gave, is the text's."""
    if not page_starts:
        return {}
    out = {}
    earlier: set[str] = set()
    tops: set[int] = set()
    for start in page_starts:
        page = [x for x in lines[start - 1:] if not x.blank][:EDGE_LINES]
        tops.update(x.lineno for x in page)
    for line in lines:
        text = " ".join(line.text.split())
        mark = next((m for m in CONTINUED_MARKS if text.casefold().endswith(m)), None)
        head = text[:len(text) - len(mark)].strip() if mark else ""
        if (mark and line.lineno in tops and line.lineno not in found and head.casefold() in earlier
                and heading_like(head)):
            out[line.lineno] = "running head"
        if text:
            earlier.add(text.casefold())
    return out


def _folios_in_mid_page(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> dict[int, str]:
    """The pages' numbers a raw extraction of two columns sets in mid-page (after the first column): a lone
    number between blank lines, the line above breaking its sentence off and the line below going on in lower
    case, on a page that has no number yet, and the very number its page has in the sequence the numbers at
    the pages' edges give (page k numbered k plus the same offset on most pages). A number of the sentence's
    own ("rose to", "255", "units") fits no such sequence and stays the text's."""
    if not page_starts:
        return {}
    bounds = [1, *sorted(page_starts), len(lines) + 1]
    page_of = {}
    numbered: set[int] = set()
    offsets: Counter = Counter()
    for k, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        for n in range(start, end):
            page_of[n] = k
            if found.get(n) == "page number" and (digits := lines[n - 1].text.strip()).isdigit():
                offsets[int(digits) - k] += 1
                numbered.add(k)
    if not offsets:
        return {}
    offset, votes = offsets.most_common(1)[0]
    if 2 * votes <= sum(offsets.values()) or votes < 2:
        return {}
    out = {}
    for i in range(1, len(lines) - 1):
        line = lines[i]
        digits = line.text.strip()
        if (line.lineno in found or not digits.isdigit() or page_of[line.lineno] in numbered
                or int(digits) != page_of[line.lineno] + offset
                or not (lines[i - 1].blank and lines[i + 1].blank)):
            continue
        above = next((x for x in reversed(lines[:i]) if not x.blank), None)
        below = next((x for x in lines[i + 1:] if not x.blank), None)
        if (above is not None and below is not None and not ends_sentence(above.text.rstrip())
                and below.text.strip()[:1].islower()):
            out[line.lineno] = "page number"
    return out


def _twice_on_a_page(lines: list[Line], repeated: frozenset[str], page_starts: frozenset) -> frozenset[str]:
    """The repeated lines (:func:`repeated_lines`) that some page holds twice, not as its head and its foot:
    a running head stands once on a page, at its top or its foot (its first or last :data:`EDGE_LINES` lines);
    a line a page gives twice, one copy inside it, is the text's, wherever its other copies stand (an output
    a listing prints after each command, "Read 1 item"; an axis's title under each of a page's charts; a
    table's head), unless its copies stand at the top or the foot of most pages (a running head, which a
    table's cell may repeat). Empty where no form feed shows the pages."""
    if not page_starts or not repeated:
        return frozenset()
    bounds = [1, *sorted(page_starts), len(lines) + 1]
    out: set[str] = set()
    edged: Counter = Counter()  # shape → the pages where a copy stands at the top or the foot
    for k, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
        page = [x for x in lines[start - 1:end - 1] if not x.blank]
        top = {x.lineno for x in page[:EDGE_LINES]}
        foot = {x.lineno for x in page[-EDGE_LINES:]}
        at: dict[str, list[Line]] = {}
        for x in page:
            if (shape := line_shape(x.text)) in repeated:
                at.setdefault(shape, []).append(x)
        edged.update(shape for shape, copies in at.items() if any(x.lineno in top | foot for x in copies))
        if k == 0:
            continue  # the first page: its title, the running heads' like
        # copies alike to the letter ("Read 1 item" twice), not the head's title-case copy in capitals
        out.update(shape for shape, copies in at.items()
                   if len({" ".join(x.text.split()) for x in copies}) < len(copies)
                   and (len(copies) > 2 or not (copies[0].lineno in top and copies[1].lineno in foot)))
    # a running head atop most pages stays one, though a page gives its words again (a table's cell "Katrina")
    return frozenset(shape for shape in out if 2 * edged[shape] < len(bounds) - 1)


def _print_titles(lines: list[Line], found: dict[int, str]) -> dict[int, str]:
    """The page's title a browser's print sets on the line under the time it printed it ("12/3/26, 10:15 AM",
    then "The Factory Committees"): short, no sentence, and found again in the text (on each page, or as the
    article's own title below it), a running head; the line under such a stamp that is found only there, or is
    a sentence, is the text's. So is the page's address alone over the print's page counter ("https://…", then
    "1/7", :func:`edition.witness.furniture.print_address`)."""
    out = {line.lineno: "running head" for line, under in zip(lines, lines[1:], strict=False)
           if line.lineno not in found and found.get(under.lineno) == "viewer page counter"
           and print_address(line.text, under.text)}  # "https://example.org/page" over "1/7"
    stamps = [i for i, line in enumerate(lines[:-1]) if line.lineno in found and print_time(line.text)]
    if not stamps:
        return out
    seen = Counter(" ".join(line.text.split()) for line in lines if not line.blank)
    for i in stamps:
        under = lines[i + 1]
        if (not under.blank and under.lineno not in found and len(words(under.text)) <= FURNITURE_MAX_WORDS
                and not ends_sentence(under.text) and seen[" ".join(under.text.split())] >= 2):
            out[under.lineno] = "running head"
    return out


#: the fewest lines of a page: a running head recurs about this far apart or more, a poem's refrain every stanza
RUNNING_HEAD_GAP_MIN = 20
#: the most words of a line of verse where the whole text is set in short lines (its width a line of verse's)
VERSE_MAX_WORDS = 8


def _refrains(lines: list[Line], repeated: frozenset[str], found: dict[int, str],
              page_starts: frozenset = frozenset()) -> frozenset[str]:
    """The repeated lines (:func:`repeated_lines`) that are a poem's refrain, not a running head: repeated
    every few lines (the gaps' median under :data:`RUNNING_HEAD_GAP_MIN`), and most copies inside a stanza, set
    with no blank line against a short line of the text (a line of verse, not the running text's full width;
    the refrain's other lines passed over, never across a page break: a running foot above the next page's
    heading is no line of a stanza), not beside a page's number (*found*: a running head of short pages
    stands beside it on most)."""
    width = line_width(lines)
    at: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if repeated_kind(line.text, repeated):
            at.setdefault(line_shape(line.text), []).append(i)

    def verse(x: Line) -> bool:
        return not x.blank and bool(re.search(r"[^\W\d_]", x.text)) and (
            len(x.text.strip()) < 0.8 * width or len(words(x.text)) <= VERSE_MAX_WORDS)

    def crosses(a: int, b: int) -> bool:  # a page break between lines a and b, next to each other
        return lines[max(a, b)].lineno in page_starts

    def in_stanza(i: int) -> bool:
        # the nearest line above and below on its page, no blank line between, past the refrain's other lines
        for step in (-1, 1):
            j = i + step
            while (0 <= j < len(lines) and not crosses(j - step, j) and not lines[j].blank
                   and repeated_kind(lines[j].text, repeated)):
                j += step
            if 0 <= j < len(lines) and not crosses(j - step, j) and verse(lines[j]):
                return True
        return False

    def every_few_lines(copies: list[int]) -> bool:
        return len(copies) > 1 and statistics.median(b - a for a, b in zip(copies, copies[1:], strict=False)) \
            < RUNNING_HEAD_GAP_MIN

    return frozenset(shape for shape, copies in at.items()
                     if every_few_lines(copies) and 2 * sum(map(in_stanza, copies)) > len(copies)
                     and 2 * sum(_beside_page_number(lines, i, found) for i in copies) <= len(copies))


def _beside_page_number(lines: list[Line], i: int, found: dict[int, str]) -> bool:
    """Whether the line next to line *i*, above or below it (blank lines aside), is a page number."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if 0 <= j < len(lines) and found.get(lines[j].lineno) == "page number":
            return True
    return False


def page_edges(lines: list[Line], page_starts: frozenset) -> set[int]:
    """The lines at the edges of a PDF text's pages, where its page numbers and running heads stand.

    At each end of a page: its first (last) :data:`EDGE_LINES` lines, and
    all the short lines from the edge in (the notes at a page's foot, their
    labels, a running head and a date), up to the first line of the running
    text's full width. Empty when the text has no form feeds (its pages'
    edges are not known).
    """
    if not page_starts:
        return set()
    width = line_width(lines)
    bounds = [1, *sorted(page_starts), len(lines) + 1]
    edges: set[int] = set()
    for start, end in zip(bounds, bounds[1:], strict=False):
        page = [x for x in lines[start - 1:end - 1] if not x.blank]
        for side in (page, page[::-1]):
            edges.update(x.lineno for x in side[:EDGE_LINES])
            for x in side:
                if len(x.text.strip()) >= 0.8 * width:
                    break
                edges.add(x.lineno)
    return edges


def _lone_at_edge(line: Line, lines: list[Line], edges: set[int], page_starts: frozenset) -> bool:
    """Whether a lone number may be its page's number: at its page's edge where form feeds show the
    pages (:func:`page_edges`); where none do, not beside another line of figures (a matrix, a table)."""
    if page_starts:
        return line.lineno in edges
    i = line.lineno - 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= 2 and lines[j].blank:
            j += step
        if 0 <= j < len(lines) and abs(j - i) <= 2 and number_like(lines[j].text):
            return False
    return True


def _apart(lines: list[Line], i: int, found: dict[int, str]) -> bool:
    """Whether line *i* of a text without form feeds stands where a running head does: a blank line
    or a line of the page's furniture above or below it."""
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return len(near) < 2 or any(x.blank or x.lineno in found for x in near)


#: a section's number alone on its line, as pdftotext sets it apart from its heading ("2", "2.1")
SECTION_ONLY_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s*$")


def section_number_lines(lines: list[Line], found: dict[int, str], page_starts: frozenset) -> list[int]:
    """The lines that are a section's number set apart from its heading, not a page number.

    "1", a blank line, then "Overview" and a blank line: the number heads the
    section when a short heading-like line that is no furniture follows it,
    when it is not the last line of its page, and, where it opens a page,
    when that page has its number at its foot, or above it ("5", "1",
    "Introduction": a page has one number).
    """
    text_lines = [x for x in lines if not x.blank]
    breaks = sorted(page_starts)
    out = []
    skipping = numbering_skips(lines)
    for i, line in enumerate(text_lines[:-1]):
        following = text_lines[i + 1]
        if not SECTION_ONLY_RE.match(line.text) or following.lineno in found or following.lineno > line.lineno + 2:
            continue
        if line.lineno in skipping:
            continue  # "10" over "References" after "2. Functionality": out of the sections' numbering, a page's
        title = following.text.strip()
        if (not heading_like(title) or len(words(title)) > HEADING_TITLE_MAX_WORDS
                or SECTION_NUMBER_RE.match(title) or PDF_SECTION_NUMBER_RE.match(title)):
            continue  # no heading, or one numbered already
        if any(line.lineno < b <= following.lineno for b in breaks):
            continue  # the last line of its page
        # the first line of its page but for the page's furniture (a running head above it)
        opens = [b for b in breaks if b <= line.lineno
                 and all(x.lineno in found for x in text_lines if b <= x.lineno < line.lineno)]
        # its page numbered above it already ("5", then "1", then "Introduction"): the section's number
        numbered_above = any(found.get(x.lineno) == "page number" for x in text_lines
                             if opens and opens[-1] <= x.lineno < line.lineno)
        if opens and not numbered_above:
            end = next((b for b in breaks if b > line.lineno), len(lines) + 1)
            foot = next((x for x in reversed(text_lines) if x.lineno < end), None)
            if foot is None or found.get(foot.lineno) != "page number":
                continue
        out.append(line.lineno)
    return out


def _heading_number_of(text: str) -> tuple[int, ...] | None:
    """The number of a numbered heading on one line ("2. Functionality", "3.1 Hints"), or None: a short line in
    a heading's form, ending no sentence."""
    stripped = text.strip()
    if not SECTION_NUMBER_AT_RE.match(stripped) or len(words(stripped)) > HEADING_TITLE_MAX_WORDS + 1:
        return None
    title = SECTION_NUMBER_AT_RE.sub("", stripped)
    # a heading's title is short or in title case: "2. We propose a new technique for …" is a list's item
    return section_number(stripped) if title and heading_like(title) and (
        title_cased(title) or len(words(title)) <= SHORT_HEADING_WORDS) else None


#: the most words of a numbered heading's title in sentence case, counted for the sections' numbering
SHORT_HEADING_WORDS = 4


#: an appendix's letter alone on its line: "A", "B"
APPENDIX_LETTER_RE = re.compile(r"^\s*[A-Z]\s*$")
#: the fewest appendices' letters in sequence that make lone capitals appendices' numbers
APPENDIX_LETTERS_MIN = 2


def appendix_letters(blocks: list[Blk], furniture: dict[int, str]) -> frozenset[int]:
    """The lines of the capitals alone in their blocks ("A", then "B") that number the appendices, each over
    a title-case line of its own ("Distant Supervision"): the letters in sequence from "A", two at least ("A",
    "B", "C"; a figure's panel "A" over its label, without a "B" over a title after it, is none). By line."""
    found: list[int] = []
    expected = "A"
    for block, below in zip(blocks, blocks[1:], strict=False):
        if (len(block.lines) == 1 and len(below.lines) == 1 and APPENDIX_LETTER_RE.match(block.text)
                and block.text.strip() == expected and block.lineno not in furniture
                and below.lineno not in furniture and below.text.strip()[:1].isupper() and heading_like(below.text)):
            found.append(block.lineno)
            expected = chr(ord(expected) + 1)
    return frozenset(found) if len(found) >= APPENDIX_LETTERS_MIN else frozenset()


def appendix_lettered(block: Blk) -> bool:
    """A heading joined to its appendix's letter above it across a blank line ("A", "", "Distant Supervision",
    :func:`appendix_letters`); a capital alone straight over a line of its block ("Z" over "B ERT (λ, σ)", a
    formula's signs) is none."""
    return (len(block.lines) >= 2 and bool(APPENDIX_LETTER_RE.match(block.lines[0].text))
            and block.lines[1].lineno > block.lines[0].lineno + 1)


def join_section_numbers(blocks: list[Blk], furniture: dict[int, str],
                         skipping: frozenset[int] = frozenset(), titled: frozenset[int] = frozenset()) -> list[Blk]:
    """A section's number alone in its block ("2", "A.7", "Chapter 4"), joined to the heading of one line below it;
    not a number under a line without a word, the numbers of a figure's axis ("1.0", "1.5", "Residuals of e").

    A chapter's label that opens the text ("CHAPTER VI", then "DWELLINGS") is the header's, read there; a
    number that skips sections (*skipping*: :func:`numbering_skips`) is a page's, never joined; one read as a
    page's that the numbering wants (*titled*: :func:`numbered_titles`) is joined all the same. An appendix's
    letter alone ("A", :func:`appendix_letters`) is joined to its title below.
    """
    out: list[Blk] = []
    letters = appendix_letters(blocks, furniture)
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and len(prev.lines) == 1 and prev.lineno in letters:
            out[-1] = Blk(prev.lines + block.lines, prev.blank_before, block.blank_after)
            continue
        if (prev is not None and len(prev.lines) == 1 and len(block.lines) == 1
                and number_only(prev.text) and (prev.lineno not in furniture or prev.lineno in titled)
                # a number under a line of numbers is a figure's axis ("1.0", "1.5", "Residuals of e")
                and not (len(out) >= 2 and len(out[-2].lines) == 1 and out[-2].lineno not in furniture
                         and out[-2].text.strip() and not WORD_RE.search(out[-2].text))
                and not (len(out) == 1 and label_only(prev.text))
                and block.lineno not in furniture and (heading_like(block.text) or lower_title(block.text))
                and prev.lineno not in skipping and section_number(block.text) is None  # "6" over "3.2 Data Flow"
                and not axis_tick(prev.text, block.text)):
            out[-1] = Blk(prev.lines + block.lines, prev.blank_before, block.blank_after)
            continue
        out.append(block)
    return out


def join_series_names(blocks: list[Blk], papers: Papers) -> list[Blk]:
    """A series' name in capitals alone in its block ("THE FEDERALIST."), joined to the number of the paper's
    heading on the line below it ("No. II."): one heading (:func:`edition.witness.series.name_above`)."""
    if not papers.names:
        return blocks
    out: list[Blk] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (prev is not None and len(prev.lines) == 1 and len(block.lines) == 1 and prev.lineno in papers.names
                and block.lineno == prev.lineno + 1 and block.lineno in papers.headings):
            out[-1] = Blk(prev.lines + block.lines, prev.blank_before, block.blank_after)
            continue
        out.append(block)
    return out


def numbering_skips(lines: list[Line]) -> frozenset[int]:
    """The lone numbers over a heading's line that skip sections ("10" over "References" where the highest
    section above is "2. Functionality"): a page's number, by line number. The sections' numbers are those of
    the numbered headings ("2. Functionality", "3.1 Hints") and of the lone numbers over a title. Linear."""
    text_lines = [x for x in lines if not x.blank]
    out = set()
    last: tuple[int, ...] | None = None  # the highest number of the numbered headings above
    for i, line in enumerate(text_lines[:-1]):
        if not SECTION_ONLY_RE.match(line.text):
            if (number := _heading_number_of(line.text)) is not None:
                last = max(last or number, number)
            continue
        title = text_lines[i + 1].text.strip()
        number = section_number(line.text)
        if number is None or not heading_like(title) or section_number(title) is not None:
            continue
        if _in_numbering(last, line.text):
            last = max(last or number, number)
        else:
            out.add(line.lineno)
    return frozenset(out)


def _follows(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """Whether section number *after* comes next after *before*: "2" → "3", "2.3" → "2.4" or "3", "2" → "2.1"."""
    return after == before + (1,) or any(after == before[:k] + (before[k] + 1,) for k in range(len(before)))


def numbered_titles(lines: list[Line], furniture: dict[int, str]) -> frozenset[int]:
    """The lone numbers read as a page's number that number the title on the next line all the same: "3" over
    "Preliminaries" between the numbered headings "2 Related Work" and "4 Method" -- the number comes next after
    the numbered heading above and the numbered heading below comes next after it (or is its subsection), so
    the section's number, not a page's ("3" over "Preliminaries" before "3 Method" is a page's). Linear."""
    text_lines = [x for x in lines if not x.blank]
    numbers = [_heading_number_of(x.text) for x in text_lines]
    out = set()
    last: tuple[int, ...] | None = None
    for i, line in enumerate(text_lines[:-1]):
        if numbers[i] is not None:
            last = numbers[i]
            continue
        if (last is None or furniture.get(line.lineno) != "page number" or not SECTION_ONLY_RE.match(line.text)
                or (number := section_number(line.text)) is None or not _follows(last, number)):
            continue
        title = text_lines[i + 1]
        if (title.lineno in furniture or not heading_like(title.text.strip())
                or section_number(title.text) is not None):
            continue
        below = next((n for n in numbers[i + 2:] if n is not None), None)
        if below is not None and (_follows(number, below)
                                  or (len(below) > len(number) and below[:len(number)] == number)):
            out.add(line.lineno)
            last = number
    return frozenset(out)


#: a number below one, its fraction after the point: a chart's tick ("0.1", "0.20", "0.00"), a value
TICK_RE = re.compile(r"^\s*0\.\d{1,2}\s*$")


def axis_tick(number: str, title: str) -> bool:
    """Whether the lone number *number* over the line *title* is a chart's tick over its axis's title ("0.20",
    then "wavelength"), no section's number over its heading: a fraction below one (:data:`TICK_RE`) over a
    title in lower case, or set to the right of the title's start, as ``pdftotext -layout`` sets a tick beside
    its axis. "0.1", then "Notation" under it, numbers a section still."""
    return bool(TICK_RE.match(number)) and (lower_title(title) or _indent(number) > _indent(title))


def _over_title(following: Blk) -> bool:
    """Whether *following* may be the title a lone section's number stands over: one short line in a heading's
    form, itself unnumbered ("ROW-ORIENTED EXECUTION", "Compression")."""
    text = following.text.strip()
    return len(following.lines) == 1 and heading_like(text) and section_number(text) is None


def _in_numbering(last: tuple[int, ...] | None, text: str) -> bool:
    """Whether the lone number *text* may number a section where the highest number of the numbered headings
    above is *last* (none above: any may): "10" after "2. Functionality" skips sections, out of the numbering, a
    page's number; a number as low or lower may (a list's item, "4. …", in section 1, a figure's label)."""
    number = section_number(text)
    return last is None or number is None or number[0] <= last[0] + 1


#: the lines at a page's edge searched for a running head beside its page number
EDGE_LINES = 3


def _top_words(lines: list[Line]) -> set[str]:
    """The words of a text's head: its short lines at the top (title, authors, institutions), in lower case."""
    width = line_width(lines)
    found: set[str] = set()
    for line in [x for x in lines if not x.blank][:TOP_ZONE]:
        if len(line.text.strip()) >= 0.8 * width:
            break
        found |= {w.lower() for w in re.findall(r"[^\W\d_]{3,}", line.text)}
    return found


def _edge_lines(lines: list[Line], start: int) -> list[Line]:
    """The first lines of the page that begins at line *start*, and the last lines of the page before."""
    if start < 1:
        return [x for x in lines[start - 1:] if not x.blank][:EDGE_LINES] + \
            [x for x in reversed(lines[:start - 1]) if not x.blank][:EDGE_LINES]
    # walked from the page's start, each way, to the few lines wanted (a list of the text's lines for each page
    # of a text of many pages was quadratic)
    after: list[Line] = []
    i = start - 1
    while i < len(lines) and len(after) < EDGE_LINES:
        if not lines[i].blank:
            after.append(lines[i])
        i += 1
    before: list[Line] = []
    i = start - 2
    while i >= 0 and len(before) < EDGE_LINES:
        if not lines[i].blank:
            before.append(lines[i])
        i -= 1
    return after + before


def _repeats_the_top(edge: Line, lines: list[Line], top: set[str], found: dict[int, str], start: int) -> bool:
    """A running head that repeats the title or the authors: at a page's edge, beside its page number.

    "2", then "zoo: An S3 Class and Methods …" above the page's text; or
    "Achim Zeileis, Gabor Grothendieck" above the page number "3". The line
    stands between blank lines, ends no sentence, and every word of it
    (two at least) is a word of the text's head (:func:`_top_words`).
    """
    text = edge.text.strip()
    found_words = [w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)]
    if len(found_words) < 2 or not set(found_words) <= top or ends_sentence(text):
        return False
    i = edge.lineno - 1
    if not (i == 0 or lines[i - 1].blank or lines[i - 1].lineno == start - 1) or (
            i + 1 < len(lines) and not lines[i + 1].blank and lines[i + 1].lineno != start):
        return False
    return any(found.get(x.lineno) == "page number" for x in _edge_lines(lines, start))


#: a note's number alone on its line, as an extraction sets it at the foot of a page
FOOT_LABEL_RE = re.compile(r"^\s*(\d{1,3})\s*$")
#: the most lines of the notes at one page's foot
FOOT_NOTES_MAX_LINES = 20
#: the prefix of the furniture kind of a line of a note at a page's foot
FOOT_NOTE_KIND = "note "


def page_foot_notes(witness: Witness, furniture: dict[int, str]) -> dict[str, list[int]]:
    """The notes a PDF extraction left at the feet of its pages: ``1`` alone on a line, then its text.

    A number alone on its line is a note's label, not a page number, when the
    running text of its own page, above it, calls a note of that number with a
    marker glued to a word ("… HONEST LABOR."1", "marriage.2"; a marker on another
    page calls another page's note) and text follows it before the page ends (a
    form feed, or the end of the text), within a page foot's length. Its text runs
    to the next such label or to the page's end; or, where the label stands
    between the halves of a broken sentence (the line above it ends no sentence),
    to the end of its paragraph when that ends a sentence and the text below goes
    on in lower case: the foot of a column, as a plain extraction of a page of two
    columns sets it mid-page ("… the number of strong" / "1" / "For example, …
    content." / "parties invested …"). A note begins as a sentence does, and is no
    formula, numbered heading or list's item (:func:`_foot_note_refused`). Where the
    text shows no form feeds (an OCR's pages run together), only the text's end is
    known to be a page's foot, and a label there may have been taken for a page's
    number.

    :return: each note's label with the line numbers of its label and its text
    """
    return _page_foot_reading(witness, furniture)[0]


def refused_page_feet(witness: Witness, furniture: dict[int, str]) -> list[Decision]:
    """The lone numbers that a marker of their page calls, with text below them at the page's foot, that
    were left in the running text because that text is no note's by its form (:func:`_foot_note_refused`):
    each an unsure decision for the apparatus."""
    return [Decision("note labels", f"“{witness.lines[n - 1].text.strip()}” on line {n}", FOOT_REFUSED_HOW.format(why),
                     n, False) for n, why in _page_foot_reading(witness, furniture)[1] if n not in furniture]


#: the reason given for a lone number left in the text (:func:`refused_page_feet`)
FOOT_REFUSED_HOW = ("a number alone on its line, called by a marker of its page, with text below it: no note at "
                    "the page's foot, as the text below it is {} (a note begins with its number, then a capital "
                    "or a quotation); left in the running text where it stands")
#: a sign of a formula in a would-be note's first line: a relation, an operator between spaces, a bar
FOOT_FORMULA_RE = re.compile(r"[=<>≤≥≈≠≡∞∑∏∫±√∂∇|]|\s[−+×÷/]\s|[−+×÷]\s*$")


#: a note's number raised over the line that an extraction set apart between spaces, before a stop ("Named
#: Entities 1 : PERSON", "and FACILITY 2 . After"): a text's own number never stands so ("Table 1.", "step 1:")
SPACED_MARKER_RE = re.compile(r" (?<=[^\W\d_] )(\d{1,2}) (?=[.,;:!?](?:\s|$))")


#: a note's number raised over the line that an extraction set apart between a sentence's stop and the next
#: sentence's capital ("… in Euros? 13 At this point"): a text's own number after a stop is a word's ("in 2008.
#: 13 of them", lower case) or a section's ("Section 3. 4 Results": a digit before the stop)
STOP_SPACED_MARKER_RE = re.compile(r" (?<=[^\W\d_][.?!] )(\d{1,2})(?= [A-Z“\"‘])")


def spaced_markers(text: str) -> set[str]:
    """The labels *text* calls with numbers set apart before a stop (:data:`SPACED_MARKER_RE`), or after one
    (:data:`STOP_SPACED_MARKER_RE`)."""
    return {m.group(1) for m in SPACED_MARKER_RE.finditer(text)} \
        | {m.group(1) for m in STOP_SPACED_MARKER_RE.finditer(text)}


def _foot_note_refused(text: str) -> str | None:
    """Why the first line of a would-be note at a page's foot is no note's (a formula's line, a numbered
    heading, a list's item), or None."""
    if FOOT_FORMULA_RE.search(text):
        return "a formula"
    if numbered_heading_line(text):
        return "a numbered heading"
    if LIST_ITEM_RE.match(text):
        return "a list's item"
    return None


def _column_foot(witness: Witness, label: Line, end: int, lower_below: bool = True) -> list[Line] | None:
    """The note under *label* at a column's foot (:func:`page_foot_notes`), or None: the label between the halves
    of a broken sentence, its text one paragraph that ends a sentence, the text below in lower case (or, not
    *lower_below*, anything: a figure's labels, the next column)."""
    before = next((x for x in reversed(witness.lines[:label.lineno - 1]) if not x.blank), None)
    if before is None or ends_sentence(before.text):
        return None
    body: list[Line] = []
    for x in witness.lines[label.lineno:end - 1]:
        if x.blank and body:
            break
        if not x.blank:
            body.append(x)
    if not body or len(body) > FOOT_NOTES_MAX_LINES or not (ends_sentence(body[-1].text)
                                                            or URL_RE.fullmatch(body[-1].text.strip())):
        return None  # a note ends a sentence, or is an address alone ("6" / "http://example.org/tool/")
    below = next((x for x in witness.lines[body[-1].lineno:end - 1] if not x.blank), None)
    return body if not lower_below or (below is not None and below.text.lstrip()[:1].islower()) else None


def _next_note_under(body: list[Line], label: str, called: set[str]) -> bool:
    """Whether the next note's number (*label* and one), called by the page, stands alone in *body*, the lines
    under note *label*'s number at a column's foot, under a line that ends a sentence or is an address alone."""
    following = str(int(label) + 1)
    return any(FOOT_LABEL_RE.match(x.text) and x.text.strip() == following and following in called
               and (ends_sentence(y.text) or URL_RE.fullmatch(y.text.strip()))
               for y, x in zip(body, body[1:], strict=False))


def _called_for(witness: Witness, line: Line, start: int, end: int, label: str) -> set[str] | None:
    """The labels the page (lines *start* to *end*) of *line*, a number alone, calls by markers, if one above
    *line* calls *label*; or None.

    The marker is on the label's own page, above it: a marker of another page calls another page's note; the
    numbers glued to the authors' names ("Mamoru Komachi1,2") are their institutions', no markers. Where no glued
    marker calls it, a note at a column's foot, its number between the halves of a broken sentence, is called by
    a number glued to a word's stop ("(Lee, 2017),6 comprising", "BERThyp ),11"), or by the next note's number,
    called, standing under its text ("14" / "We also …." / "15" / …)."""
    above = "\n".join(x.text for x in witness.lines[start - 1:line.lineno - 1] if not authors_marks(x.text))
    foot = None
    if label not in set(markers(above, BARE)) | spaced_markers(above):
        foot = _column_foot(witness, line, end, lower_below=False)
        if foot is None:
            return None
    page = "\n".join(x.text for x in witness.lines[start - 1:end - 1] if not authors_marks(x.text))
    called = set(markers(page, BARE)) | spaced_markers(page)
    if foot is not None:
        if not (label in stop_markers(above) or _next_note_under(foot, label, called)):
            return None
        called |= stop_markers(page)
    return called


def _page_foot_reading(witness: Witness, furniture: dict[int, str]) -> tuple[dict[str, list[int]],
                                                                            list[tuple[int, str]]]:
    """The notes of :func:`page_foot_notes`, and the lone numbers refused for their text's form (line, why)."""
    ends = sorted(witness.page_starts) + [len(witness.lines) + 1]
    starts = [1, *ends[:-1]]
    # a number that opens a page is its page number, never a note's label at its foot
    tops = {next((x.lineno for x in witness.lines[start - 1:] if not x.blank), 0) for start in witness.page_starts}
    found: dict[str, list[int]] = {}
    refused: list[tuple[int, str]] = []
    for line in witness.lines:
        if not line.text or not (line.text[0].isdigit() or line.text[0].isspace()):
            continue
        m = FOOT_LABEL_RE.match(line.text)
        if not m or m.group(1) in found or line.lineno in tops:
            continue
        k = next(i for i, e in enumerate(ends) if e > line.lineno)
        end, start = ends[k], starts[k]
        called = _called_for(witness, line, start, end, m.group(1))
        if called is None:
            continue
        column = _column_foot(witness, line, end)
        zone = column if column is not None else [
            x for x in witness.lines[line.lineno:end - 1] if not x.blank and (
                x.lineno not in furniture or (not witness.page_starts and furniture[x.lineno] == "page number"
                                              and FOOT_LABEL_RE.match(x.text) and x.text.strip() in called))]
        zone = _foot_zone(witness, zone, column, line.lineno, (furniture, found, start))
        if len(zone) > FOOT_NOTES_MAX_LINES and column is None:
            # the page goes on below the notes at a column's foot (a figure, the next column): the notes' one
            # paragraph, each later note under its number alone, is theirs
            zone = _column_foot(witness, line, end, lower_below=False) or zone
        if not zone or len(zone) > FOOT_NOTES_MAX_LINES or FOOT_LABEL_RE.match(zone[0].text) \
                or not FOOT_NOTE_OPENING_RE.match(zone[0].text):
            continue  # a note begins as a sentence does: "¯ 2." under a lone "2" is a formula's end
        if why := _foot_note_refused(zone[0].text):
            refused.append((line.lineno, why))
            continue
        text: list[int] = []
        for k, x in enumerate(zone):
            if FOOT_LABEL_RE.match(x.text) and x.text.strip() in called:
                break  # the next note's label
            if k and ends_sentence(zone[k - 1].text) and (
                    section_heading_line(x.text) or _next_label_opens(x.text, m.group(1), called)):
                break  # a section's heading under the note's last sentence ("2 Related Work"), or the next note
            text.append(x.lineno)
        if not _heading_inside(witness, [line, *zone[:len(text)]]):
            found[m.group(1)] = [line.lineno, *text]
    return found, refused


def _foot_zone(witness: Witness, zone: list[Line], column: list[Line] | None, label: int,
               read: tuple[dict[int, str], dict[str, list[int]], int]) -> list[Line]:
    """The lines of *zone* (under note *label*'s number) that are its note's, above the page's foot
    (:func:`_above_running_foot`); the lines under the foot given to the note of the page that broke off in
    mid-sentence (this one, or one found already on the page: *read* is the furniture, the notes found and the
    page's first line), or to none (the running text's). A column's foot (*column*), or pages unknown, as read."""
    furniture, found, start = read
    if column is not None or not witness.page_starts:
        return zone
    zone, tail = _above_running_foot(witness, zone, label, furniture)
    owner = _broken_off_note(witness, found, [label, *(x.lineno for x in zone)], start) if tail else None
    if owner == "":
        return zone + tail  # the words of this note, broken off, that the extraction set under the page's foot
    if owner is not None:
        found[owner] += [x.lineno for x in tail]  # an earlier note's, broken off
    return zone


def _above_running_foot(witness: Witness, zone: list[Line], label: int,
                        furniture: dict[int, str]) -> tuple[list[Line], list[Line]]:
    """The lines of *zone*, the text under a note's number *label* to its page's end, above the page's foot (its
    number, its running foot: furniture below the note's text), and the lines under that foot (or none). No text
    above the foot, the zone is left whole."""
    for k, x in enumerate(zone):
        if k and any(furniture.get(n) in PAGE_FOOT_KINDS for n in range(zone[k - 1].lineno + 1 if k else label + 1,
                                                                  x.lineno)):
            return zone[:k], zone[k:]
    return zone, []


#: the furniture of a page's foot that ends the notes there: its number, its running foot
PAGE_FOOT_KINDS = frozenset({"page number", "running head"})


def _broken_off_note(witness: Witness, found: dict[str, list[int]], current: list[int], start: int) -> str | None:
    """The label of the last note of the page from *start* (those *found*, and *current*: the lines of the note
    being read, "") whose text breaks off in mid-sentence, or None: the note that words under the page's foot go
    on. Under no such note they are the running text's."""
    page = [(label, lines) for label, lines in found.items() if lines[0] >= start]
    for label, lines in reversed(page + [("", current)]):
        if len(lines) > 1 and not ends_sentence(witness.lines[lines[-1] - 1].text):
            return label
    return None


def stacked_foot_notes(witness: Witness, furniture: dict[int, str]) -> dict[str, list[int]]:
    """The notes at a page's foot whose numbers a plain extraction stacked above their texts: two numbers alone
    or more, one a line, counting on ("18" / "19"), then, after blank lines or none, as many lines, each a note's
    whole text (an address alone, or a sentence of one line) down to a blank line or the page's end
    ("https://example.org/x/tool" / "https://example.org"), each number called by a marker of its page above
    them. The numbers and the texts are paired in order; a number may have been read as a page's.

    :return: each note's label with its label's line and its text's line
    """
    ends = sorted(witness.page_starts) + [len(witness.lines) + 1]
    lines = witness.lines
    found: dict[str, list[int]] = {}
    i = 0
    while i < len(lines):
        run: list[Line] = []
        # (a note's number alone may have been read as a page's)
        while i + len(run) < len(lines) and furniture.get((x := lines[i + len(run)]).lineno, "page number") \
                == "page number" and FOOT_LABEL_RE.match(x.text) and (not run or int(x.text) == int(run[-1].text) + 1):
            run.append(x)
        if len(run) < 2:
            i += 1
            continue
        j = i + len(run)
        while j < len(lines) and lines[j].blank:
            j += 1
        end = next(e for e in ends if e > run[0].lineno)
        start = max([e for e in ends if e <= run[0].lineno] + [1])
        texts = []
        while j < len(lines) and not lines[j].blank and lines[j].lineno not in furniture and lines[j].lineno < end:
            texts.append(lines[j])
            j += 1
        i += len(run)
        above = "\n".join(x.text for x in lines[start - 1:run[0].lineno - 1] if not authors_marks(x.text))
        called = set(markers(above, BARE))
        if (len(texts) != len(run)
                or not all(x.text.strip() in called for x in run)
                or not all(URL_RE.fullmatch(t.text.strip()) or (t.text.strip()[:1].isupper() and ends_sentence(t.text))
                           for t in texts)):
            continue
        found.update({x.text.strip(): [x.lineno, t.lineno] for x, t in zip(run, texts, strict=True)})
    return found


def authors_marks(text: str) -> bool:
    """A line of authors' names with their institutions' numbers glued to them ("Ryo Nagata3", "Kengo Koyama1,2
    and John Smith3"): the numbers call no notes (:data:`AFFILIATION_MARK_RE`)."""
    return bool(AFFILIATION_MARK_RE.search(text)) and len(words(text)) <= HEADING_MAX_WORDS \
        and _names_line(AFFILIATION_MARK_RE.sub("", text.strip()))


#: a section's number of one level or more before its title's capital: "2 Related Work", "3. Method", "4.1 Data"
SECTION_TITLE_START_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-Z])")


def section_heading_line(text: str) -> bool:
    """A line that is a section's numbered heading by its form ("2 Related Work", "3. Method"): a number of one
    level or more, a title opening with a capital, short and ending no sentence (:func:`heading_like`). Under a
    line that ends a sentence it ends a note at a page's or a column's foot (:func:`page_foot_notes`): a note's
    line that opens with a number goes on a sentence ("2 million people were …") or ends one ("3 vols.")."""
    m = SECTION_TITLE_START_RE.match(text)
    return m is not None and heading_like(text) and len(words(text)) <= HEADING_TITLE_MAX_WORDS


def _next_label_opens(text: str, label: str, called: set[str]) -> bool:
    """Whether *text* opens the next note after note *label* with its number before its text ("2 The data were
    …" under note 1), a note the page calls."""
    m = FOOT_BLOCK_LABEL_RE.match(text)
    return m is not None and m.group(2) is not None and label.isdigit() \
        and m.group(2) == str(int(label) + 1) and m.group(2) in called


#: how a note's text begins: a capital, a quotation, a bracket or a number ("In principle …", "“Quoted …",
#: "(See …", "1917 was …"), or an address alone on its line ("https://example.org/tool/")
FOOT_NOTE_OPENING_RE = re.compile(r"^\s*(?:[A-Z“\"‘'(\[\d]|(?:https?://|www\.)\S+\s*$)")


def _heading_inside(witness: Witness, lines: list[Line]) -> bool:
    """Whether a would-be note, its label's line and its text, holds a section's heading: its number alone on a
    line ("3"), then a short heading-like line ("The data") standing apart, a blank line under it. A note never
    does: such lines are the running text's, and the lone number is the section's, no note's label ("1", then
    "Introduction"). A note's first line under its label runs on to the next ("2" / "It is a significant fact
    that the book was" / "excluded …"): no heading. Nor does a note hold a numbered heading of two levels
    ("2.1 The data", :func:`numbered_heading_line`), the section after the page's lone number."""
    def apart(x: Line) -> bool:
        return x.lineno >= len(witness.lines) or witness.lines[x.lineno].blank
    return any(SECTION_ONLY_RE.match(x.text) and heading_like(y.text) and apart(y)
               and len(words(y.text)) <= HEADING_TITLE_MAX_WORDS for x, y in zip(lines, lines[1:], strict=False)) \
        or any(numbered_heading_line(x.text) for x in lines[1:])


#: a numbered heading's number of two levels and its title's capital: "2.1 Data", "3.2. The model"
NUMBERED_TITLE_START_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z]")


def numbered_heading_line(text: str) -> bool:
    """A line that is a numbered heading by its form alone ("2.1 The second part"): a number of two levels, a
    title in capitals' case that ends no sentence, short; a note's text holds none (:func:`_heading_inside`)."""
    return (bool(NUMBERED_TITLE_START_RE.match(text)) and heading_like(text)
            and len(words(text)) <= HEADING_TITLE_MAX_WORDS)


#: a note's label at the start of a line at a page's foot: a sign alone or before its text ("∗", "† Thanks"),
#: a number, a full stop after it or none, before its text ("1 The program …", "37.   It is …"); group 1 or 2
#: the label
FOOT_BLOCK_LABEL_RE = re.compile(
    rf"^\s*(?:([{SIGNS}])(?=\s*$|\s*[^\W\d_]){NOT_EMPHASIS}|(\d{{1,3}})\.?\s+(?=[A-Z“\"‘(]))")


#: the asterisk and TeX's, one sign for telling a list's items (an item's sign against the next's)
_ASTERISKS = str.maketrans("∗", "*")
#: a line set in columns: two gaps of three spaces or more between its words (a table's row, as
#: ``pdftotext -layout`` sets it: "*reconstruction      the lost line      B")
COLUMNS_RE = re.compile(r"\S(?: {3,}|\t)\S.*\S(?: {3,}|\t)\S")


def _foot_label(text: str) -> str | None:
    """The label a line at a page's foot begins with (:data:`FOOT_BLOCK_LABEL_RE`), as the witness prints it
    (``∗`` and ``*`` apart: :func:`_called_on`), or None. A line set in columns (:data:`COLUMNS_RE`) is a
    table's row, whatever its first cell begins with: no note. A number with a full stop ("37.   It is worth
    noting …") opens a note as a bare one does, but for a section's numbered heading ("2. The method")."""
    m = FOOT_BLOCK_LABEL_RE.match(text)
    if m is not None and m.group(2) and text[m.end(2)] == "." and section_heading_line(text):
        return None  # "2. The implementation of TIMP": a section's numbered heading at the page's foot, no note
    return None if m is None or COLUMNS_RE.search(text) else m.group(1) or m.group(2)


def _called_on(text: str) -> set[str]:
    """The labels a stretch of a page calls with markers glued to a word or its punctuation:
    signs ("Processing∗", "Chen†"), numbers ("zero,2", "TEX3.1"), superscript digits ("terms¹").

    A sign is kept as the witness prints it: a note called by TeX's asterisk ``∗`` is labelled ``∗``
    at the page's foot, as the same font sets both; a line beginning with the ASCII ``*`` (a table's
    cell "*reconstruction …", a list's item) is no note of it. The edition names both the asterisk
    (:func:`edition.witness.labels.normalise`)."""
    return {m.group(1) for m in SYMBOL.marker.finditer(text)} | set(markers(text, BARE)) \
        | set(markers(text, SUPERSCRIPT))


def page_foot_blocks(witness: Witness, furniture: dict[int, str]) -> dict[str, list[int]]:
    """The notes at the foot of a PDF's pages that begin with their label: a sign, alone on its line or
    before its text ("∗" / "Sponsored in part by …", "† Thanks to …"), or a number before its text
    ("1 The program …").

    The notes are the page's last lines (its number and running head aside), at most
    :data:`FOOT_NOTES_MAX_LINES`, from the first line that begins with a label to the page's end; each
    label once, each called by a marker glued to a word or its punctuation on the same page above
    them ("Processing∗", "zero,2", "TEX3.1"), the numbers rising; the running text above them.

    :return: each note's label with the line numbers of its lines (its label's line first)
    """
    if not witness.page_starts:
        return {}
    bounds = [1, *sorted(witness.page_starts), len(witness.lines) + 1]
    found: dict[str, list[int]] = {}
    for start, end in zip(bounds, bounds[1:], strict=False):
        page = [x for x in witness.lines[start - 1:end - 1] if not x.blank and x.lineno not in furniture]
        foot = page[-FOOT_NOTES_MAX_LINES:]
        first = next((i for i, x in enumerate(foot) if _foot_label(x.text)), None)
        while first is not None:
            notes = _foot_block(witness, page, foot[first:], found)
            if notes:
                found.update(notes)
                break
            first = next((i for i, x in enumerate(foot) if i > first and _foot_label(x.text)), None)
    return found


#: a note's number glued to the capital of its first word, after a space in the running text ("… and it is
#: 1Notably, we do not …"): a note at a column's foot that a plain extraction fused into the line
FUSED_NOTE_RE = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;:] ))(\d{1,2})(?=[A-Z][a-z]+\b)")
#: the most lines of a note fused into the running text
FUSED_NOTE_MAX_LINES = 4


class FusedNote(NamedTuple):
    """A note's label and text fused into a line of the running text (:func:`fused_notes`)."""

    label: str
    #: the line it opens in, and where its label and its text begin in that line
    lineno: int
    label_at: int
    text_at: int
    #: the lines its text goes on over, whole
    more: tuple[int, ...]
    #: the line whose first word the word its label is glued to is rejoined to, under the notes (a column's
    #: foot's note inside a broken word, :func:`column_foot_notes`), or 0
    joins: int = 0
    #: whether the note's reference is set after the rejoined word: its number glued to the word's first part
    #: is the only one that calls it (no marker elsewhere in the text)
    called_at_word: bool = False


def fused_notes(witness: Witness, furniture: dict[int, str], bodies: set[str]) -> list[FusedNote]:
    """The notes a plain extraction fused into the running text, their number glued to the capital of the first
    word after a space in mid-line ("… the ranker, and it is 1Notably, we do not" / "use it here, as it was
    slow." / "trained on …").

    A note only where a marker of that number glued to a word's letters stands earlier in the text ("system1"), no body
    of that number is found elsewhere, and its text, from the glued number, ends a sentence at a line's end within
    :data:`FUSED_NOTE_MAX_LINES` lines, and the line below goes on in lower case (the running text, broken by
    the note). Otherwise the line is left as it stands."""
    found: list[FusedNote] = []
    labels = set(bodies)
    lines = witness.lines
    bodied: set[str] | None = None
    for line in lines:
        if line.blank or line.lineno in furniture or not any(ch.isdigit() for ch in line.text):
            continue
        for m in FUSED_NOTE_RE.finditer(line.text):
            label = m.group(1)
            before = witness.text[:line.start + m.start()]
            if label in labels or label not in markers(before, BARE) \
                    or not re.search(rf"[^\W\d_]{label}(?=[\s,;:]|$)", before):
                continue  # the marker glued to a word ("system1 and"), as the running text's markers are read
            run = [line]
            while not ends_sentence(run[-1].text) and len(run) < FUSED_NOTE_MAX_LINES and run[-1].lineno < len(lines):
                after = lines[run[-1].lineno]
                if after.blank or after.lineno in furniture:
                    break
                run.append(after)
            below = lines[run[-1].lineno] if run[-1].lineno < len(lines) else None
            if not ends_sentence(run[-1].text) or len(words(line.text[m.end():])) < 3 or below is None \
                    or below.blank or not below.text.lstrip()[:1].islower():
                continue
            if bodied is None:  # the notes' bodies set elsewhere ("[1] The code …"), read once
                bodied = {b.label for x in lines if (b := body_label(x.text))}
            if label in bodied:
                continue
            labels.add(label)
            found.append(FusedNote(label, line.lineno, m.start(), m.end(), tuple(x.lineno for x in run[1:])))
            break
    return found


#: a word broken at a line's end, the number of a note at the column's foot glued to its fragment ("… made of the
#: con7", then the notes, then "text vectors of …"); group 2 the fragment's last word
COLUMN_FOOT_LABEL_RE = re.compile(r"(?<=[^\W\d_][a-z])(\d{1,2})\s*$")
#: a fragment of a word before a column foot's label: the line's last word, in letters
FRAGMENT_RE = re.compile(r"([^\W\d_]+)$")
#: the rest of an address a line's end broke, alone on the next line ("mwsd-datasets", "tool/index.html")
ADDRESS_TAIL_RE = re.compile(r"[\w.\-~%#?=&/]+")
#: the most lines of one note's sentence at a column's foot
COLUMN_NOTE_MAX_LINES = 4


def _column_note_lines(lines: list[Line], i: int, furniture: dict[int, str]) -> list[int]:
    """The lines of one note's text at a column's foot from line index *i*: an address, its rest that a line's
    end broke alone on the next line ("https://example.org/x/" / "mwsd-datasets"); or a sentence opening with a
    capital, over :data:`COLUMN_NOTE_MAX_LINES` lines at most, up to the line that ends it. Empty where the line
    opens neither (the running text going on, another note's number)."""
    def usable(k: int) -> bool:
        return k < len(lines) and not lines[k].blank and lines[k].lineno not in furniture

    if not usable(i):
        return []
    text = lines[i].text.strip()
    if URL_RE.fullmatch(text):
        found = [lines[i].lineno]
        tail = lines[i + 1].text.strip() if usable(i + 1) else ""
        if tail and text[-1] in "/-_." and ADDRESS_TAIL_RE.fullmatch(tail) and not FOOT_LABEL_RE.match(tail):
            found.append(lines[i + 1].lineno)
        return found
    if not text[:1].isupper():
        return []
    found = []
    for k in range(i, min(i + COLUMN_NOTE_MAX_LINES, len(lines))):
        if not usable(k) or (k > i and FOOT_LABEL_RE.match(lines[k].text)):
            return []
        found.append(lines[k].lineno)
        if ends_sentence(lines[k].text):
            return found
    return []


def column_foot_notes(witness: Witness, furniture: dict[int, str], bodies: set[str]) -> list[FusedNote]:
    """The notes at a column's foot that a plain extraction set inside a word broken at the line's end: "… are made
    of the con7" / "https://github.com/…" / "8" / "We used the script …." / "text vectors of …". The number glued
    to the line's last word (two letters at least, the last in lower case: never "CO2", "x2") is the first note's
    label, no marker of the fragment; the lines below are the notes' bodies, each an address alone on its line
    (its rest a line's end broke on the next) or a sentence of a line or more (:func:`_column_note_lines`), the
    later notes each under its number alone on its line, counting on; the running text goes on in lower case
    below them, after blank lines or none. The first note and its text as a note fused into the line
    (:class:`FusedNote`, its text the lines below); each later note's lines the page's foot's. Only where the
    fragment and the first word under the notes make one word (:func:`_rejoins`), which is what confirms the
    form, and the word is rejoined across them (:attr:`FusedNote.joins`: the fragment's line's end and the first
    word below are rejoined)."""
    found: list[FusedNote] = []
    lines = witness.lines
    for line in lines:
        if line.blank or line.lineno in furniture or not (m := COLUMN_FOOT_LABEL_RE.search(line.text)):
            continue
        label = m.group(1)
        if label in bodies or int(label) == 0:
            continue
        notes: list[tuple[str, list[int]]] = [(label, [])]
        number = int(label)  # the last note's number met, read here or at the page's foot already
        i = line.lineno  # index of the next line
        while i < len(lines) and not lines[i].blank:
            text = lines[i].text.strip()
            kind = furniture.get(lines[i].lineno, "")
            if FOOT_LABEL_RE.match(text) and int(text) == number + 1 and kind == f"{FOOT_NOTE_KIND}{text} at the " \
                    "page's foot" and notes[-1][1]:
                # the next note, read at the page's foot already: its lines passed over
                number += 1
                while i < len(lines) and not lines[i].blank and furniture.get(lines[i].lineno) == kind:
                    i += 1
                continue
            if (FOOT_LABEL_RE.match(text) and int(text) == number + 1 and notes[-1][1]
                    and (not kind or kind == "page number")):  # a note's number alone may have been read as a page's
                notes.append((text, [lines[i].lineno]))
                number += 1
                i += 1
                continue
            if len(notes[-1][1]) > (0 if len(notes) == 1 else 1) or not (more := _column_note_lines(lines, i,
                                                                                                   furniture)):
                break
            notes[-1][1].extend(more)
            i += len(more)
        complete = all(linenos and not FOOT_LABEL_RE.match(lines[linenos[-1] - 1].text) for _, linenos in notes)
        if not complete or any(n in bodies for n, _ in notes):
            continue
        below = next((x for x in lines[i:] if not x.blank), None)
        if below is None or below.lineno in furniture or not below.text.lstrip()[:1].islower() \
                or not _rejoins(witness, line.text[:m.start(1)], below.text):
            # the running text goes on further down the page (under a figure, the next column's lines), at a
            # paragraph's first line that rejoins the word; else no word broken across the notes ("the article2"
            # / "Soviet." / "the."): a glued number no other evidence confirms, no note's marker taken from it
            below = _rejoined_further(witness, furniture, i, line.text[:m.start(1)])
            if below is None:
                continue
        joins = below.lineno
        # no marker elsewhere calls the note ("… at the con7" the only "7"): its reference goes to the rejoined word
        rest = witness.text[:line.start] + "\n" + witness.text[line.end:]
        alone = label not in set(markers(rest, BARE)) | stop_markers(rest) | spaced_markers(rest)
        found.append(FusedNote(label, line.lineno, m.start(1), len(line.text), tuple(notes[0][1]), joins, alone))
        found += [FusedNote(n, linenos[0], 0, 0, tuple(linenos)) for n, linenos in notes[1:]]
    return found


def _rejoined_further(witness: Witness, furniture: dict[int, str], i: int, before: str) -> Line | None:
    """The line further down the page, from line index *i* (under a column's foot's notes), where the running
    text goes on with the second part of the word broken at the end of *before* ("… training with mul" / the
    notes / a figure's labels, the next column's paragraphs / "tiple datasets, …"): the first line of a
    paragraph (after a blank line), no furniture, opening in lower case, that rejoins the word
    (:func:`_rejoins`); or None. Never a line inside a paragraph, nor one on another page."""
    lines = witness.lines
    end = min((n for n in witness.page_starts if n > i), default=len(lines) + 1)
    for k in range(i, end - 1):
        x = lines[k]
        if (not x.blank and x.lineno not in furniture and x.text.lstrip()[:1].islower() and lines[k - 1].blank
                and _rejoins(witness, before, x.text)):
            return x
    return None


def _between_broken_word(blocks: list[Blk], furniture: dict[int, str], column: list[FusedNote], width: int,
                         literal: frozenset[int], terms: frozenset[int],
                         subsections: frozenset[tuple[int, ...]]) -> tuple[dict[int, str], frozenset[int]]:
    """The lines between the two parts of a sentence a column's foot's notes broke a word of, the word's rest
    further down the page (:func:`_rejoined_further`), where a figure and another column's text stand between
    (:func:`edition.witness.figures.between_sentence_parts`), by line number with their kind; and the first
    lines of the other column's paragraphs, as its runs are read (:func:`split_pdf_run`)."""
    found: dict[int, str] = {}
    for fn in column:
        if fn.label_at and fn.joins:
            found.update(between_sentence_parts(blocks, furniture, fn.lineno, fn.joins))
    starts = frozenset(part.lines[0].lineno for block in blocks if any(found.get(x.lineno) == BETWEEN
                                                                       for x in block.lines)
                       for part in split_pdf_run(block, width, furniture, literal, terms, subsections))
    return found, starts


def _joined_runs(witness: Witness, papers: Papers, blocks: list[Blk], width: int, furniture: dict[int, str],
                 literal: frozenset[int], terms: frozenset[int], subsections: frozenset[tuple[int, ...]],
                 titled: frozenset[int]) -> list[Blk]:
    """The runs of a ``pdf`` witness split at their paragraphs' ends and headings, then joined where a page or
    the furniture broke a paragraph, a section's number and its title, a series' names."""
    # an archive's record broken at its <br> (split_broken_record) is a record's lines, never a PDF's run
    split = [part for block in blocks
             for part in ([block] if record_extent(block.lines) == len(block.lines)
                          else [block._replace(verse=True)] if verse_block(block, width, furniture)
                          else split_pdf_run(block, width, furniture, literal, terms, subsections))]
    kept = {n: what for n, what in furniture.items() if n not in titled}
    if witness.page_starts:
        heads = heads_between_halves(split, width, kept)
        furniture.update(heads)
        kept.update(heads)
    return join_series_names(join_section_numbers(join_page_breaks(split, width, kept, literal), furniture,
                                                  numbering_skips(witness.lines), titled), papers)


def _joined_across(witness: Witness, papers: Papers, blocks: list[Blk], width: int, furniture: dict[int, str],
                   column: list[FusedNote], sets: tuple[frozenset[int], frozenset[int], frozenset[tuple[int, ...]],
                                                 frozenset[int]]) -> tuple[list[Blk], frozenset[int]]:
    """The runs read (:func:`_joined_runs`; *sets*: the lines of literal text, the definitions' terms, the
    subsections' numbers, the titles' numbers), a sentence joined across a figure and another column's text
    where a column's foot's notes broke a word of it (:func:`_between_broken_word`: their lines set in
    *furniture*), with the first lines of that text's paragraphs; where the sentence is not joined across them
    after all, the lines between stand where they are, as they were."""
    literal, terms, subsections, titled = sets
    between, starts = _between_broken_word(blocks, furniture, column, width, literal, terms, subsections)
    furniture.update(between)
    joined = _joined_runs(witness, papers, blocks, width, furniture, literal, terms, subsections, titled)
    if between and not _all_rejoined(joined, column, between):
        for n in between:
            del furniture[n]
        starts = frozenset()
        joined = _joined_runs(witness, papers, blocks, width, furniture, literal, terms, subsections, titled)
    return joined, starts


def _all_rejoined(joined: list[Blk], column: list[FusedNote], between: dict[int, str]) -> bool:
    """Whether each sentence that lines were set aside between (:func:`_between_broken_word`) is one paragraph
    across them: the broken word's line and its rest's in one block."""
    within = {x.lineno: k for k, block in enumerate(joined) for x in block.lines}
    return all(within.get(fn.lineno) == within.get(fn.joins) for fn in column if fn.label_at and fn.joins
               and any(fn.lineno < n < fn.joins for n in between))


#: the first word of the line a column's foot's notes broke a word before: the word's second part ("catenation")
REJOINED_PART_RE = re.compile(r"\s*([a-z][^\W\d_]*)(?![\w’'-])")


def _rejoins(witness: Witness, before: str, below: str) -> bool:
    """Whether the last word of *before* (the line a column's foot broke, its note's number aside: "… made of the
    con") and the first word of *below* (the line the running text goes on in under the notes: "catenation of
    …") are one word broken at the line's end: together a known word, or one the text prints elsewhere, more
    common than the rarer of its parts ("con" / "text": "context"; never "the table" / "which", "end" / "less")."""
    first, second = FRAGMENT_RE.search(before), REJOINED_PART_RE.match(below)
    if first is None or second is None:
        return False
    a, b = first.group(1), second.group(1)
    joined = a + b
    used = re.search(rf"(?<![^\W\d_]){re.escape(joined)}(?![^\W\d_])", witness.text, re.IGNORECASE) is not None
    known = zipf(joined) >= KNOWN
    if not (known or used):
        return False
    return not (is_word(a) and is_word(b)) or zipf(joined) > min(zipf(a), zipf(b))


#: a printer's signature: a capital or two and a small number alone on a line ("A 2", "B3")
SIGNATURE_RE = re.compile(r"^\s*[A-Z]{1,2} ?\d{1,2}\s*$")


def page_signatures(witness: Witness, furniture: dict[int, str]) -> dict[int, str]:
    """The printers' signatures (:data:`SIGNATURE_RE`): the last line of a page (before a form feed, or the
    text's end) whose number stands among its last lines (:data:`FOOT_NOTES_MAX_LINES`), below it or above
    it. A line of that form elsewhere ("A 2" in a table, a heading "B 1" in mid-page) is text.

    :return: the signatures' line numbers, with their kind
    """
    bounds = [1, *sorted(witness.page_starts), len(witness.lines) + 1]
    found: dict[int, str] = {}
    for start, end in zip(bounds, bounds[1:], strict=False):
        page = [x for x in witness.lines[start - 1:end - 1] if not x.blank]
        if page and SIGNATURE_RE.match(page[-1].text) and page[-1].lineno not in furniture and any(
                furniture.get(x.lineno) == "page number" for x in page[-FOOT_NOTES_MAX_LINES:-1]):
            found[page[-1].lineno] = "signature"
    return found


def numbered_page_feet(witness: Witness, furniture: dict[int, str]) -> dict[str, list[int]]:
    """The notes at a page's foot where the text shows no form feeds (an OCR's pages run together): the lines
    right below a page's number set aside (no blank line between), the first beginning with a label, confirmed
    as :func:`page_foot_blocks` confirms them by the markers of the text above, back to the page number before.

    "… interchangeable terms¹, …", then "6", then "1 The 'colonus' in the Digest …": note 1.

    :return: each note's label with the line numbers of its lines (its label's line first)
    """
    if witness.page_starts:
        return {}
    numbers = [n for n, what in sorted(furniture.items()) if what == "page number"]
    found: dict[str, list[int]] = {}
    previous = 0
    for number in numbers:
        foot = []
        for x in witness.lines[number:]:
            if x.blank or FOOT_LABEL_RE.match(x.text):
                break
            if x.lineno not in furniture:
                foot.append(x)
        page = [x for x in witness.lines[previous:number - 1] if not x.blank and x.lineno not in furniture]
        if page and foot and len(foot) <= FOOT_NOTES_MAX_LINES and _foot_label(foot[0].text):
            found.update(_foot_block(witness, page + foot, foot, found))
        previous = number
    return found


#: a line that ends in a name's initial after an abbreviation, a comma or another initial ("ed. M.", "Folkerts, J."),
#: not after a word ("Appendix A."): the name goes on on the next line, no sentence ended
NAME_INITIAL_END_RE = re.compile(r"(?:[.,]\s+|^\s*)[A-Z]\.\s*$")


def _foot_block(witness: Witness, page: list[Line], lines: list[Line],
                found: dict[str, list[int]]) -> dict[str, list[int]]:
    """The notes of *lines*, the foot of *page*, if its labels are confirmed (:func:`page_foot_blocks`)."""
    above = page[:page.index(lines[0])]
    if not above:
        return {}
    called = _called_on(witness.text[above[0].start:above[-1].end])
    sign = _foot_label(lines[0].text)
    if sign is not None and not sign.isdigit() and (_foot_label(above[-1].text) or "").translate(_ASTERISKS) == \
            sign.translate(_ASTERISKS):
        return {}  # the line above begins with the sign too: a list's items, no note
    notes: dict[str, list[int]] = {}
    label = ""
    for k, line in enumerate(lines):
        sign = _foot_label(line.text)
        next_label = None if sign is None else normalise(sign)
        if next_label is not None and next_label not in notes and sign in called and next_label not in found:
            label = next_label
            notes[label] = []
        elif not label:
            return {}  # the first line opens no note the page calls
        elif sign is not None and not sign.isdigit() and normalise(sign) == label:
            return {}  # a note's sign again on the next line: the items of a list that begin with it, no notes
        elif (k and ends_sentence(lines[k - 1].text) and not NAME_INITIAL_END_RE.search(lines[k - 1].text)
              and line.text.lstrip()[:1].isupper()
              and any(x.blank for x in witness.lines[lines[k - 1].lineno:line.lineno - 1])):
            # a sentence ended, a blank line, a capital: a paragraph of the text, no note's next line
            # (a note broken by a blank line in mid-sentence, as a layout extraction sets it, goes on)
            return {}
        notes[label].append(line.lineno)
    notes = _join_halves(witness, notes)
    numbers = [int(label) for label in notes if label.isdigit()]
    before = [int(label) for label in found if label.isdigit()]
    # the numbers rise on the page and from the pages before (a list's "1 …", "2 …" begin again)
    return notes if numbers == sorted(numbers) and (not numbers or numbers[0] > max(before, default=0)) else {}


def _join_halves(witness: Witness, notes: dict[str, list[int]]) -> dict[str, list[int]]:
    """The notes of a page's foot whose lines an extraction set in two halves: the notes' first halves on
    lines that follow each other ("† herries", "‡ maieul"), none ending a sentence, then a blank line, then
    as many lines in lower case, one for each ("dot press at earthlink dot net", "at maieul dot net"), all
    taken by the last note; each note is given its second half, in order."""
    labels = list(notes)
    last = notes[labels[-1]]
    rest = last[1:]
    if not rest or not any(x.blank for x in witness.lines[last[0]:rest[0] - 1]):
        return notes
    run: list[tuple[str, int]] = []
    for label in reversed(labels):
        head = notes[label][0]
        if (label != labels[-1] and len(notes[label]) != 1) or ends_sentence(witness.lines[head - 1].text) \
                or (run and head != run[-1][1] - 1):
            break
        run.append((label, head))
    run.reverse()
    if (len(run) < 2 or len(run) != len(rest) or rest != list(range(rest[0], rest[0] + len(rest)))
            or not all(witness.lines[n - 1].text.lstrip()[:1].islower() for n in rest)):
        return notes
    return notes | {label: [head, n] for (label, head), n in zip(run, rest, strict=True)}


#: a note at the foot of the first page that begins with its sign, the marker in the text lost or on the
#: title: "∗This work was supported by …", "† Thanks to …"
TITLE_PAGE_NOTE_RE = re.compile(rf"^\s*([{SIGNS}])\s*(?=[^\W\d_]){NOT_EMPHASIS}")
#: the most lines of such a note
TITLE_PAGE_NOTE_MAX_LINES = 4


def title_page_note(witness: Witness, furniture: dict[int, str]) -> dict[str, list[int]]:
    """A note at the foot of the first page that begins with a sign (``∗``, ``*``, ``†``, ``‡``), its marker
    lost by the extraction or set on the title or the byline.

    Its lines are the last of the first page (a page number below them aside), after running text,
    the first beginning with the sign followed by a word, at most :data:`TITLE_PAGE_NOTE_MAX_LINES`;
    never the last item of a list whose items begin with the sign.

    :return: the note's label (the sign) with the line numbers of its text, or nothing
    """
    if not witness.page_starts:
        return {}
    page = [x for x in witness.lines[:min(witness.page_starts) - 1] if x.lineno not in furniture]
    while page and page[-1].blank:
        page.pop()
    # the signs the text calls notes with, as it prints them (:func:`_called_on`)
    signs = {m.group(1) for m in SYMBOL.marker.finditer(witness.text)}
    for back in range(1, min(TITLE_PAGE_NOTE_MAX_LINES, len(page) - 1) + 1):
        if page[-back].blank:
            break  # a note's lines follow each other: above a blank line is the running text's paragraph
        m = TITLE_PAGE_NOTE_RE.match(page[-back].text)
        if m and page[-back - 1].text.lstrip()[:1].translate(_ASTERISKS) == m.group(1).translate(_ASTERISKS):
            break  # the last item of a list whose items begin with the sign, not a note
        if m and (COLUMNS_RE.search(page[-back].text) or (m.group(1) not in signs and normalise(m.group(1)) in
                                                            {normalise(sign) for sign in signs})):
            break  # a table's row, or a line that begins with the ASCII * where the text calls with TeX's ∗
        if m:
            return {normalise(m.group(1)): [x.lineno for x in page[-back:]]}
        if FOOT_LABEL_RE.match(page[-back].text):
            break
    return {}


#: the furniture a line that is code may be: a page's number, its running head
CODE_FURNITURE = frozenset({"page number", "running head"})


def _margin_furniture(witness: Witness, furniture: dict[int, str], numbers: list[MarginNumber]) -> None:
    """Set a proof's line numbers alone on their lines, and its folios under them, aside in *furniture*
    (*numbers*, as :func:`margins.margin_numbers` found them); a line of the text with its number in the margin is
    judged without it (the line "4   ousness.6" is no page's counter)."""
    for m in numbers:
        text = witness.lines[m.lineno - 1].text
        if m.start == 0 and m.end == len(text):
            furniture[m.lineno] = m.kind
        elif m.lineno in furniture and pdf_line_kind(text[:m.start] + text[m.end:]) is None:
            del furniture[m.lineno]


def blocks_of(witness: Witness, papers: Papers = NO_PAPERS) -> tuple[str, list[Blk], int, dict[int, str], SignNotes,
                                                                     list[FusedNote], frozenset[int],
                                                                     list[MarginNumber]]:
    """Cut a witness into blocks according to its layout.

    :return: the layout, the blocks, the line width (``pdf``), the lines of
        furniture found by their form (``pdf``: running heads, page numbers),
        the notes whose signs restart on each page (:func:`page_sign_notes`), the notes fused into lines of
        the running text, the first lines of the paragraphs of another column's text moved after a
        paragraph (:func:`_between_broken_word`), and a proof's line numbers in its margins (``pdf``:
        :func:`margins.margin_numbers`, found once)
    """
    kind = detect_layout(witness.lines, witness.page_starts)
    texts = [line.text for line in witness.lines]
    grids = [(a + 1, b + 1) for a, b in grid_tables(texts)]
    # a listing's lines with their numbers ("4547 \\endnumbering", "4548") are code, never a page's number
    listing = frozenset(i + 1 for i in listing_lines(texts))
    coded = frozenset(i + 1 for i in code_lines(texts))
    # a table's rows, its cells apart by tabs (a browser's copy of a web page; in lines wrapped at a page's
    # width a tab is spacing): lines of a program that hold tabs stay code
    grids += [(a + 1, b + 1) for a, b in (tab_tables(texts) if kind == "web" else [])
              if not any(n in coded or n in listing for n in range(a + 1, b + 1))]
    grids.sort()
    tables = frozenset(n for a, b in grids for n in range(a, b))
    code = coded - tables | listing
    # a statistical table's rows, its figures in columns after dot leaders: printed as the witness sets them, its
    # caption, its headnote, its notes and its source apart from them
    stats = leader_tables(texts) if kind == "pdf" else []
    code |= frozenset(n for a, b in stats for n in range(a + 1, b + 1)) - tables
    table_parts = frozenset(k + 1 for k in table_part_starts(texts, stats))
    # a line of rule characters is a separator: a block of its own, set aside, never joined to a neighbour
    rules = {line.lineno: RULE for line in witness.lines
             if line.lineno not in code and line.lineno not in tables and rule_line(line.text)}
    # a table's lines, like a program's, are never reflowed, split as a page's or joined across one
    literal = code | tables
    blocks = split_broken_record(split_at_rules(runs(witness.lines), rules))
    if kind == "pdf":
        # a text dump's headings ("***** History[edit] *****") among its wrapped lines: blocks of their own
        blocks = split_before(split_wiki_headings(blocks), table_parts)
        width = line_width(witness.lines)
        # a line of code is a page's number or its running head, never other furniture ("1st Qu.:935")
        furniture = {n: what for n, what in furniture_lines(witness.lines, kind, witness.page_starts, papers).items()
                     if n not in tables and n not in listing and (n not in code or what in CODE_FURNITURE)}
        # a table's cells set one a line ("8/16", "2005-09-23", "Katrina"): the text's, whatever their form
        cells = table_cell_lines(witness.lines, witness.page_starts)
        furniture = cells_kept(furniture, witness.lines, cells, witness.page_starts)
        furniture.update(page_signatures(witness, furniture))
        # a proof's line numbers alone on their lines (the page's line blank), its folio under them: the
        # margin's and the page's, never the text's
        margins = margin_numbers(witness)
        _margin_furniture(witness, furniture, margins)
        # an old book's notes, their signs restarting on each page: read page by page, before the rest
        signs = page_sign_notes(witness, furniture)
        for note in signs.notes:
            furniture.update({n: f"{FOOT_NOTE_KIND}{note.label} at the page's foot" for n in note.lines})
        foot = page_foot_blocks(witness, furniture) | page_foot_notes(witness, furniture) \
            | numbered_page_feet(witness, furniture) | stacked_foot_notes(witness, furniture)
        for label, linenos in foot.items():
            furniture.update({n: f"note {label} at the page's foot" for n in linenos})
        # a note a plain extraction fused into a line of the running text: its next lines the note's, whole
        fused = fused_notes(witness, furniture, set(foot))
        column = column_foot_notes(witness, furniture, set(foot) | {fn.label for fn in fused})
        for fn in column:
            furniture.update({n: f"note {fn.label} at the page's foot" for n in fn.more})
        # the first note, its label glued to the broken word, fused into its line; the others the column's foot's
        fused += [fn for fn in column if fn.label_at]
        for fn in fused:
            furniture.update({n: f"note {fn.label} at the page's foot" for n in fn.more})
        # after the notes the page's foot labels: never a line of theirs taken again
        for label, linenos in title_page_note(witness, furniture).items():
            furniture.update({n: f"note {label} at the page's foot" for n in linenos})
        # a figure's labels and caption where the figure stood: furniture, the sentence joined across them
        # (a table's cells set one a line among them when the whole table stands inside the sentence)
        furniture.update({n: what for n, what in figure_lines(blocks, furniture).items()
                          if n not in cells or what == TABLE_CELLS})
        # a caption set in a box beside one column's prose, its lines and the prose's interleaved: set aside there
        furniture.update({n: what for n, what in side_box_lines(blocks, furniture, width).items() if n not in cells})
        # the first page's margin box ("Competing interests: …") inside a sentence the page broke: set aside
        furniture.update(margin_box_lines(blocks, furniture, witness.page_starts))
        # a copyright's box at a column's foot inside a sentence the column broke ("Copyright is held by …")
        furniture.update(copyright_box_lines(blocks, furniture))
        furniture.update(rules)
        # a section's number over its title read as a page's: the section's after all, joined to its title
        titled = numbered_titles(witness.lines, furniture)
        # the page's menus below the article's end ("Retrieved from …", "Namespaces", "Article", "Talk", …) of
        # a page a text dump hard-wrapped: furniture, never headings, never joined to a paragraph
        furniture.update({i + 1: what for i, what in foot_menu(texts).items()
                          if i + 1 not in furniture and i + 1 not in literal})
        terms = definition_starts(witness.lines)
        subsections = subsection_numbers(witness.lines, width)
        # a figure and another column's text between the parts of a sentence a column's foot's notes broke a
        # word of: the figure's labels set aside, its caption and the other column's paragraphs after the paragraph
        joined, starts = _joined_across(witness, papers, blocks, width, furniture, column,
                                        (literal, terms, subsections, titled))
        for block in joined:
            if len(block.lines) == 2 and block.lineno in titled:
                del furniture[block.lineno]
            # a caption set aside that no paragraph was joined across (the sentence above it a table's cell, a
            # heading): the text's, where it stands, never furniture
            if all(line.lineno in furniture for line in block.lines):
                for line in block.lines:
                    if furniture[line.lineno] in (FIGURE_CAPTION, TABLE_CAPTION, TABLE_CELLS):
                        del furniture[line.lineno]
        marked = [b._replace(definition=True) if b.lines[0].lineno in terms else b
                  for b in split_glued_notes(split_list_heading(joined), furniture)]
        # a reference list's entries, one a block, where its lines ran them on or hung them
        marked = entry_blocks(marked, furniture, REFERENCES_HEADING_RE.match)
        return kind, mark_code(mark_tables(marked, grids), code), width, furniture, signs, fused, starts, margins
    # web layout: a run of lines is one block (a list, or a wrapped paragraph),
    # or, copied without blank lines, one block a line
    split, furniture = unwrapped_blocks(blocks)
    # a wiki's headings over the lines the copy runs on under them, a table's, a hatnote's: blocks of their own
    # (after the runs are split, so that the cut gives no run the look of a wrapped one)
    split = split_wiki_headings(split)
    furniture = {n: what for n, what in furniture.items() if n not in tables and n not in listing}
    web = mark_code(mark_tables(split_glued_notes(split_list_heading(split)), grids), code)
    # the page's chrome anywhere in it, by the runs it stands in (a share bar, a notice, a language switcher)
    return kind, web, 0, body_chrome(web, furniture | rules) | furniture | rules, NO_SIGN_NOTES, [], frozenset(), []


#: the fewest headings between a text dump's marks that make a text a dump (a line framed so once, "*****
#: This file should be named … *****", is an e-book's licence's)
DUMP_HEADINGS_MIN = 2


def split_wiki_headings(blocks: list[Blk]) -> list[Blk]:
    """Cut each block around the wiki's headings among its lines (:func:`edition.witness.wiki.wiki_heading_lines`:
    "Types[edit]", "History" over "[edit]", "***** History[edit] *****" in a text that has
    :data:`DUMP_HEADINGS_MIN` such headings or more): each heading a block of its own, never glued to the table,
    the hatnote or the paragraph the copy sets under it without a blank line."""
    dumps = sum(1 for block in blocks for line in block.lines
                if ("****" in line.text or "==" in line.text) and dump_heading(line.text)) >= DUMP_HEADINGS_MIN
    out: list[Blk] = []
    for block in blocks:
        found = wiki_heading_lines([line.text for line in block.lines], dumps) if len(block.lines) > 1 else []
        if not found or found == [(0, len(block.lines))]:
            out.append(block)
            continue
        cuts = sorted({0, len(block.lines), *(n for run in found for n in run)})
        parts = [block.lines[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
        out += [Blk(p, block.blank_before if i == 0 else 0, block.blank_after if i == len(parts) - 1 else 0)
                for i, p in enumerate(parts)]
    return out


def split_before(blocks: list[Blk], starts: frozenset[int]) -> list[Blk]:
    """Cut each block before its lines in *starts* (by line number): each opens a block of its own."""
    if not starts:
        return blocks
    out: list[Blk] = []
    for block in blocks:
        cuts = [0, *(k for k, line in enumerate(block.lines) if k and line.lineno in starts), len(block.lines)]
        parts = [block.lines[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
        out += [Blk(p, block.blank_before if i == 0 else 0, block.blank_after if i == len(parts) - 1 else 0)
                for i, p in enumerate(parts)]
    return out


def split_at_rules(blocks: list[Blk], rules: dict[int, str]) -> list[Blk]:
    """Cut each block at its rule lines (*rules*, by line number): each rule line a block of its own."""
    out: list[Blk] = []
    for block in blocks:
        if not any(line.lineno in rules for line in block.lines):
            out.append(block)
            continue
        parts: list[list[Line]] = [[]]
        for line in block.lines:
            if line.lineno in rules:
                parts += [[line], []]
            else:
                parts[-1].append(line)
        parts = [p for p in parts if p]
        out += [Blk(p, block.blank_before if i == 0 else 0, block.blank_after if i == len(parts) - 1 else 0)
                for i, p in enumerate(parts)]
    return out


#: the most blank lines between two blocks of code that are one display ("> f(x)", a blank line, "[1] 2")
CODE_GAP = 2


#: the term of a definition list's item and the definition's first word, on the item's first line:
#: "global variables These are …", "ENTRY Declares the fields …" (terms in lower case or in capitals)
DEFINITION_RE = re.compile(r"^([a-z][\w.$-]*(?: [a-z][\w.$-]*){0,2}|[A-Z][A-Z0-9_$.]{2,}) (?=[A-Z][a-z]+\b)")
#: the fewest items of a definition list
DEFINITIONS_MIN = 2
#: the most lines of one item of a definition list
DEFINITION_MOST_LINES = 10


def definition_starts(lines: list[Line]) -> frozenset[int]:
    """The lines (by number) that open the items of a definition list in hard-wrapped text.

    Each opens with its term, in lower case or in capitals, and goes on with
    the definition's first word, capitalised ("global variables These are
    either …", "ENTRY Declares the fields …"): the line above ends a sentence
    (the item before) or, above the first item, introduces the list with a
    colon ("There are three kinds of variables:"); two items or more follow
    each other, none longer than :data:`DEFINITION_MOST_LINES`. Prose never
    opens a sentence in lower case, so that a paragraph is no such list.
    """
    found: set[int] = set()
    group: list[int] = []
    previous = ""
    since = 0  # lines since the group's last item began

    def close() -> None:
        if len(group) >= DEFINITIONS_MIN:
            found.update(group)
        group.clear()

    for line in lines:
        if line.blank:
            continue
        text = line.text.strip()
        before = previous.rstrip()
        starts = bool(DEFINITION_RE.match(text)) and section_number(text) is None
        if starts and before.endswith(":") and not group:
            group.append(line.lineno)
            since = 0
        elif starts and group and ends_sentence(before):
            group.append(line.lineno)
            since = 0
        elif group:
            since += 1
            if since >= DEFINITION_MOST_LINES or section_number(text) is not None:
                close()
        previous = text
    close()
    return frozenset(found)


def mark_tables(blocks: list[Blk], grids: list[tuple[int, int]]) -> list[Blk]:
    """The blocks, the lines of each grid table (*grids*: its first line number and the one after its last)
    one block marked as a table (:attr:`Blk.table`), cut from the blocks around it."""
    if not grids:
        return blocks
    where = {n: k for k, (a, b) in enumerate(grids) for n in range(a, b)}
    out: list[Blk] = []
    for block in blocks:
        if not any(line.lineno in where for line in block.lines):
            out.append(block)
            continue
        groups: list[list[Line]] = []
        for line in block.lines:
            if groups and where.get(groups[-1][-1].lineno) == where.get(line.lineno):
                groups[-1].append(line)
            else:
                groups.append([line])
        for g, lines in enumerate(groups):
            k = where.get(lines[0].lineno)
            before = block.blank_before if g == 0 else 0
            after = block.blank_after if g == len(groups) - 1 else 0
            prev = out[-1] if out else None
            if k is not None and prev is not None and prev.table and where.get(prev.lines[-1].lineno) == k:
                out[-1] = prev._replace(lines=[*prev.lines, *lines], blank_after=after)  # the same table
            elif k is not None:
                out.append(Blk(lines, before, after, table=True))
            else:
                out.append(block._replace(lines=lines, blank_before=before, blank_after=after))
    return out


def mark_code(blocks: list[Blk], code: frozenset[int]) -> list[Blk]:
    """The blocks, each of lines of code only marked as code (:attr:`Blk.code`); blocks of code with
    only a blank line or two between them are one display, one block."""
    out: list[Blk] = []
    for block in blocks:
        if not (code and _all_in(block, code)):
            out.append(block)
        elif out and out[-1].code and block.blank_before <= CODE_GAP:
            out[-1] = Blk(out[-1].lines + block.lines, out[-1].blank_before, block.blank_after, True)
        else:
            out.append(block._replace(code=True))
    return out


#: the kinds of a PDF page's furniture that a text of unwrapped lines may hold too
PAGE_FURNITURE = frozenset({"page number", "running head", "viewer page counter", "signature"})


def unwrapped_blocks(blocks: list[Blk]) -> tuple[list[Blk], dict[int, str]]:
    """The blocks of a web layout, runs of unwrapped lines split (:func:`split_unwrapped`).

    A line of such a run that is a page's furniture by its form (a page
    number, a running head with page numbers: a PDF extracted a paragraph
    a line) is furniture, by line number, with its kind.
    """
    out: list[Blk] = []
    furniture: dict[int, str] = {}
    for block in blocks:
        parts = split_unwrapped(block)
        if len(parts) > 1:
            furniture.update({part.lineno: what for i, part in enumerate(parts)
                              if (what := pdf_line_kind(part.text)) in PAGE_FURNITURE
                              and not (what == "page number" and _among_figures(parts, i))})
        out += parts
    return out, furniture


def split_list_heading(blocks: list[Blk]) -> list[Blk]:
    """Split off a heading of notes or references printed on the line above the first body, no blank line between.

    "References", then "[1] D. E. Knuth. …" on the next line: the heading is a block of its own, and
    so is the paragraph above it, if the heading was its last line (after a sentence's end).
    """
    out: list[Blk] = []
    for block in blocks:
        lines = block.lines
        at = next((k for k in range(len(lines) - 1) if _list_heading(lines[k].text)
                   and (k == 0 or ends_sentence(lines[k - 1].text)) and body_label(lines[k + 1].text, (BRACKET,))),
                  None)
        if at is None:
            out.append(block)
            continue
        if at:
            out.append(Blk(lines[:at], block.blank_before, 0))
        out += [Blk(lines[at:at + 1], block.blank_before if not at else 0, 0),
                Blk(lines[at + 1:], 0, block.blank_after)]
    return out


def _list_heading(line: str) -> bool:
    """A heading over notes or a reference list: "Notes", "References", "Bibliography"."""
    text = line.strip()
    return text[:1].isupper() and bool(NOTES_HEADING_RE.match(text) or REFERENCES_HEADING_RE.match(text))


def _among_figures(parts: list[Blk], i: int) -> bool:
    """Whether the line next to a lone number is figures too: a table's column, no page number."""
    return any(number_like(parts[j].text) for j in (i - 1, i + 1) if 0 <= j < len(parts))


def split_glued_notes(blocks: list[Blk], furniture: dict[int, str] | None = None) -> list[Blk]:
    """Split off the first note bodies that the last paragraph took in, no blank line between them.

    "… pass through.", then "1 Quoted in …" on the next line, then "2 See …":
    the line that starts a body whose label comes just before the first
    label of the notes found after it ("1" before "2"), in the same form,
    and whose marker the text before it carries, begins the notes section.
    A note at a page's foot (*furniture*) that a paragraph broken by the page took in is set aside there,
    never a notes section's start: the paragraph goes on under it.
    """
    blocks = list(blocks)
    start = notes_start(blocks, len(blocks))
    if start == len(blocks):
        # no body starts a block: all of them may be in the last paragraph's
        start = _split_sequence_inside(blocks, furniture or {})
    while 0 < start < len(blocks):
        found = body_label(blocks[start].lines[0].text)
        if found is None or not found.label.isdigit() or int(found.label) < 2:
            break
        want = str(int(found.label) - 1)
        lines = blocks[start - 1].lines
        at = next((j for j in range(len(lines) - 1, 0, -1)
                   if (label := body_label(lines[j].text, (found.form,))) and label.label == want), None)
        if at is None or (furniture or {}).get(lines[at].lineno, "").startswith(FOOT_NOTE_KIND):
            break
        before = "\n".join(line.text for block in blocks[:start - 1] for line in block.lines)
        before += "\n" + "\n".join(line.text for line in lines[:at])
        if want not in markers(before, found.form):
            break
        prev = blocks[start - 1]
        head, tail = Blk(lines[:at], prev.blank_before, 0), Blk(lines[at:], 0, prev.blank_after)
        blocks = [*blocks[:start - 1], head, tail, *blocks[start:]]
    return blocks


#: the blocks at the end searched for note bodies inside a paragraph
GLUED_NOTES_SEARCH = 3


def _split_sequence_inside(blocks: list[Blk], furniture: dict[int, str]) -> int:
    """Split a block at the end before its first line that starts a body followed by the next body.

    "… pass through.", "1 Quoted in …", "2 See …", all in one block: the
    notes begin at "1 Quoted", whose next body is labelled "2" in the same
    form, if the text before it carries the marker "1"; never at a note of a page's foot (*furniture*), set
    aside inside the paragraph a page broke.

    :return: the index of the block split off (the notes), or ``len(blocks)``
    """
    for i in range(len(blocks) - 1, max(len(blocks) - 1 - GLUED_NOTES_SEARCH, -1), -1):
        lines = blocks[i].lines
        found = [(j, label) for j in range(1, len(lines)) if (label := body_label(lines[j].text))
                 and not furniture.get(lines[j].lineno, "").startswith(FOOT_NOTE_KIND)]
        in_sequence = [(j, label) for (j, label), (_, nxt) in zip(found, found[1:], strict=False)
                       if label.label.isdigit() and nxt.form is label.form and nxt.label == str(int(label.label) + 1)]
        if not in_sequence:
            continue
        before = "\n".join(line.text for block in blocks[:i] for line in block.lines)
        for j, label in in_sequence[:GLUED_NOTES_SEARCH]:  # the first few: a long text is read once or twice
            if label.label in markers(before + "\n" + "\n".join(x.text for x in lines[:j]), label.form):
                block = blocks[i]
                head, tail = Blk(lines[:j], block.blank_before, 0), Blk(lines[j:], 0, block.blank_after)
                blocks[i:i + 1] = [head, tail]
                return i + 1
    return len(blocks)


def is_list(block: Blk) -> bool:
    return len(block.lines) > 1 and all(LIST_ITEM_RE.match(line.text) for line in block.lines)


#: the most lines a field's value may wrap on to below its own ("Public Domain: … display", "and perform …")
FIELD_WRAP_MAX = 3


def field_continues(previous: str, line: str) -> bool:
    """Whether *line* is the wrapped rest of the field's value on the line above (*previous*): no field of its
    own, and the value above ends no sentence or the line opens in lower case."""
    text = line.strip()
    return (bool(text) and not FIELD_RE.match(line) and not line.startswith(" " * 4)
            and (text[0].islower() or not previous.rstrip().endswith((".", "!", "?", ":"))))


#: the most lines the value of a label standing alone may be broken over ("Source:", then "Lenin", "Collected
#: Works,", "Progress Publishers," … at an archive's <br>)
FIELD_BROKEN_MAX = 8


def _broken_value_line(text: str) -> bool:
    """A line of a field's value broken at the record's <br>: short, no list's item, no date line and no
    field (the page's own text begins with a longer line, a link "• README" or a date "20/XII.")."""
    stripped = text.strip()
    return (bool(stripped) and len(words(stripped)) <= FURNITURE_MAX_WORDS and not FIELD_RE.match(text)
            and not LIST_ITEM_RE.match(stripped) and not is_date_line(stripped) and not dated_line(stripped)
            and not text.startswith(" " * 4))


def record_extent(lines: list[Line]) -> int:
    """How many lines at the top of *lines* are an archive's record of the work whose values the copy broke at
    its <br>: "Published:" alone on its line, its value on the lines under it down to the next field's label
    (at most :data:`FIELD_BROKEN_MAX`, each short: :func:`_broken_value_line`); a value on the label's line
    wrapped as :func:`field_lines` reads it. 0 when no label stands alone among them (a record read as it is).
    """
    i, alone = 0, False
    while i < len(lines) and (m := FIELD_RE.match(lines[i].text)):
        j = i + 1
        if not m.group(2).strip():
            alone = True
            while j < len(lines) and j - i <= FIELD_BROKEN_MAX and _broken_value_line(lines[j].text):
                j += 1
        else:
            while (j < len(lines) and j - i <= FIELD_WRAP_MAX
                   and field_continues(lines[j - 1].text, lines[j].text)):
                j += 1
        i = j
    return i if alone else 0


def split_broken_record(blocks: list[Blk]) -> list[Blk]:
    """The first block cut after an archive's record broken at its <br> (:func:`record_extent`), when the page's
    text follows in the same run of lines: the record a block of its own."""
    if not blocks:
        return blocks
    first = blocks[0]
    k = record_extent(first.lines)
    if not k or k == len(first.lines):
        return blocks
    return [Blk(first.lines[:k], first.blank_before, 0), Blk(first.lines[k:], 0, first.blank_after), *blocks[1:]]


def field_lines(lines: list[Line]) -> bool:
    """Lines that are "Field: value" lines, one to a line, a value perhaps wrapped over the next lines
    (:func:`field_continues`, at most :data:`FIELD_WRAP_MAX`), or broken at the record's <br> under a label
    alone (:func:`record_extent`): an archive's record of the work."""
    if not lines or not FIELD_RE.match(lines[0].text):
        return False
    if record_extent(lines) == len(lines):
        return True
    wrapped = 0
    for previous, line in zip(lines, lines[1:], strict=False):
        if FIELD_RE.match(line.text):
            wrapped = 0
        elif field_continues(previous.text, line.text) and wrapped < FIELD_WRAP_MAX:
            wrapped += 1
        else:
            return False
    return True


def _header_role(text: str) -> str | None:
    if letter_heading(text):
        return None  # "Karl Marx to Ludwig Kugelmann, 12 October 1868": the letter's heading, a title, no date line
    if PART_RE.match(text):
        return "subtitle"
    if byline(text) or CAPS_BYLINE_RE.match(text) or INITIALS_BYLINE_RE.match(text):
        return "byline"
    posted = posted_line(text)
    if posted and posted[0]:
        return "posted"  # "Posted by NAME on DATE" names the author too: more than a date line
    if (DATE_RE.match(text) or is_date_line(text) or dated_line(text) or dated_rubric(text) or news_dateline(text)
            or modified_stamp(text)):
        return "date"
    if posted:
        return "posted"
    return None


def _single_lines(block: Blk) -> list[Blk]:
    last = len(block.lines) - 1
    return [
        Blk([line], block.blank_before if i == 0 else 0, block.blank_after if i == last else 0)
        for i, line in enumerate(block.lines)
    ]


# -- Roles -------------------------------------------------------------------


#: a section's number before its heading: "6. ", "2.1 ", "IV. "
SECTION_NUMBER_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]+\.)\s+(?=[A-Z“\"‘])")
#: a title numbered in a series: "#01 - After the coup", "№ 3. The plan"
NUMBERED_TITLE_RE = re.compile(r"^[#№]\s?\d+")


#: a note's number glued to a sentence's last word and its stop ("… of the page.1"), never a section's
#: number ("2.1", "Version 2.1")
#: or to a citation's year in parentheses and the stop after it ("… based on Hansen (1997).1")
GLUED_END_MARKER_RE = re.compile(r"(?:(?<=[^\W\d_][.?!])|(?<=\d\d\d\d\)[.?!]))\d{1,3}$")


#: a key in brackets after a heading, a sign and the words it stands for: "New members (★ = first visit)";
#: its "=" no code's
LEGEND_RE = re.compile(r"\(\s*[^\w\s()]{1,3}\s*=\s*[^\W\d_][\w’' -]*\)")


#: a word: two letters together ("0.0429", "0.5 1.5", "−1" head nothing)
WORD_RE = re.compile(r"[^\W\d_]")


#: a sentence's first word and its comma before words in lower case, no other comma ("Indeed, when tested in the …";
#: never a heading that lists its parts: "Verification, testing, and analysis")
SENTENCE_OPENING_RE = re.compile(r"^[A-Z][a-z]+, [a-z][^,]*$")


def sentence_start(text: str) -> bool:
    """A line that opens a sentence that goes on below it, no heading: its first word and a comma before words in
    lower case ("Indeed, when tested in the Word-in-Context (WiC)"), or a bracket it opens and does not close
    ("In this paper we present ARES (context-AwaRe")."""
    text = text.strip()
    return bool(SENTENCE_OPENING_RE.match(text)) or text.count("(") > text.count(")")


#: what ends a sentence or a clause, never a heading ("。", "、" in a script without spaces)
SENTENCE_PUNCTUATION = (".", ",", ";", ":", "…", *FULL_STOPS, "、", "，", "；", "：")


def heading_like(text: str) -> bool:
    """A short line that does not end a sentence: a heading, or a caption. A line without a word of two
    letters (a figure's axis, "0.0429") or of a console's output not in title case
    (:func:`edition.witness.code.weak_code`: "z.lag.1", "Call:"; not "Version 2.1") is none."""
    text = text.strip()
    if (not text or len(words(text)) > HEADING_MAX_WORDS or CODE_LINE_RE.search(LEGEND_RE.sub("", text))
            or FORMULA_RE.search(text) or not WORD_RE.search(text) or (weak_code(text) and not title_cased(text))):
        return False
    # a note marker after the full stop does not make a sentence a heading
    bare = TRAILING_MARKERS_RE.sub("", text).rstrip() if text.endswith(("]", "*", "†", "‡")) else text
    bare = GLUED_END_MARKER_RE.sub("", bare)  # "… of the page.1": a sentence and its note's number
    if bare.endswith(SENTENCE_PUNCTUATION) and not bare.endswith(("Inc.", "etc.")):
        return False
    # a section's number ("6. ‘We Need State Capitalism’", "2.1 The plan") is not a sentence
    if ". " in SECTION_NUMBER_RE.sub("", text):  # two sentences
        return False
    # a dateline's run-in ("JUNE 17TH.—I was detailed"): a sentence's first words after the stop and the dash, not
    # in title case ("CHAPTER I.—The Siege" heads a chapter)
    run_in = next((bare.rpartition(dash)[2] for dash in (".—", ".--", ". —") if dash in bare), "")
    if len(words(run_in)) > 1 and not title_cased(run_in):
        return False
    # a line that stops on "that", "the", "of": a sentence broken off, whose words go on elsewhere
    last = words(bare)[-1].lower() if words(bare) else ""
    if last in BROKEN_OFF_WORDS and len(words(bare)) > 1:
        return False
    # a script without capitals (Han, kana, Thai) opens a heading as a capital does
    return (text[0].isupper() or text[0] in OPENING_QUOTES or text[0].isdigit() or bool(NUMBERED_TITLE_RE.match(text))
            or unspaced(text[0]))


def sentence_question(text: str) -> bool:
    """A question or an exclamation of a paragraph's length in sentence case, alone on its line.

    "What is to be done?" may head a section of the text; "Well, then,--What are
    we going to do when the thunderbolt has fallen?" is a paragraph of one sentence.
    """
    text = TRAILING_MARKERS_RE.sub("", text.strip()).rstrip()
    return text.endswith(("?", "!")) and len(words(text)) > QUESTION_HEADING_MAX_WORDS and not title_cased(text)


def caption_like(text: str) -> bool:
    """A line that describes an absent picture rather than heading a section.

    A caption is short and one sentence at most: never two sentences or more, never a
    line ending in a citation ("… [Avrich, Kronstadt 1921, pp. 35-9]"), never a table's row.
    """
    text = text.strip()
    if ends_sentence(text) and not text.endswith(")"):
        return False
    if text.endswith(CONTINUING):
        return False  # its sentence goes on in the next block (a quotation, a list): no caption
    if (len(words(text)) > CAPTION_MAX_WORDS or TABLE_ROW_RE.match(text) or CITATION_END_RE.search(text)
            or SENTENCE_BREAK_RE.search(text)):
        return False  # running text: a paragraph, a table's row
    if len(words(text)) > 1 and words(text)[-1].lower() in BROKEN_OFF_WORDS:
        return False  # "… and waited there for the": a sentence broken off, no caption
    # a long line is a caption's length, but a caption only where an image's trace is beside it (the caller)
    return names_picture(text) or len(words(text)) > HEADING_MAX_WORDS


#: a place under a picture after a comma: "Mozilla spaces, London", "The works' gate, Nizhny Novgorod"
PLACE_CAPTION_RE = re.compile(r"^[A-Z][^,.;:!?]*\b[a-z][\w’'-]*,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?$")
#: the most words of a place's caption
PLACE_CAPTION_MAX_WORDS = 6
#: a date set off by commas inside a caption: "…, in December 1981, after the proclamation …"
CAPTION_DATE_INSIDE_RE = re.compile(rf",\s+(?:in|on)\s+(?:(?:{MONTHS})\s+)?\d{{4}},")


#: a season and its year at a caption's end: "…, in the winter of 1917"
CAPTION_SEASON_RE = re.compile(r"\b(?:in|during)\s+the\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)"
                               r"\s+of\s+\d{4}$")


def names_picture(text: str, dated: bool = True) -> bool:
    """Whether *text* has a caption's own form, evidence of a picture where the copy keeps no trace of it:
    it names the picture ("Firefox logo", "Kuzbass Colony seal", "Portrait of …"), dates it ("Mikhail
    Gorbachev in 1987", "…, in December 1981, after …") or places it ("Mozilla spaces, London").

    A picture's noun is a word of its own: "Picture-in-Picture" names a feature, no picture; and it names a
    picture of something: the noun alone ("Logo", "Maps") names what a section is about, as a heading does.
    """
    text = text.strip()
    tokens = [t.strip("\"“”‘’'()[].,;:!?").lower() for t in words(text)]
    tokens = [t for t in tokens if t]
    if len(tokens) == 1 and _picture_noun(tokens[0]) and text.isalpha():
        return False  # (an image's trace, "[image]", is no section's heading)
    if tokens and (tokens[-1] in CAPTION_NOUNS or any(t in CAPTION_NOUNS for t in tokens[:2])):
        return True
    if dated and any(form.search(text) for form in (CAPTION_DATE_RE, CAPTION_DATE_INSIDE_RE, CAPTION_SEASON_RE)):
        return True  # (a heading may end on its years: "Final attempt at unity (1910)"; *dated* False)
    return len(words(text)) <= PLACE_CAPTION_MAX_WORDS and bool(PLACE_CAPTION_RE.match(text))


def _picture_noun(token: str) -> bool:
    """A picture's noun (:data:`CAPTION_NOUNS`), singular or plural ("logo", "maps")."""
    return token in CAPTION_NOUNS or (token.endswith("s") and token[:-1] in CAPTION_NOUNS)


#: the first or last word of a list's item, numbers as one shape: "Bug 1677080 – …", "… Bug 1669725"
_ITEM_WORD_RE = re.compile(r"\d+")


def same_form(text: str, other: str) -> bool:
    """Whether the lines *text* and *other* are items of one list: each one line that ends no sentence, both
    opening with the same word ("Bug 1677080 – …", "Bug 1677107 – …"; "Gijs made …", "Gijs fixed …") or
    closing with it (numbers alike: "… Bug 1669725", "… Bug 1676199")."""
    if not text.strip() or not other.strip() or "\n" in text.strip() or "\n" in other.strip():
        return False
    if ends_sentence(text) or ends_sentence(other):
        return False
    mine, theirs = words(text), words(other)
    if len(mine) < 2 or len(theirs) < 2:
        return False  # "Sonia" beside "Sonia Smith": names, no items of a form

    def shape(word: str) -> str:
        return _ITEM_WORD_RE.sub("0", word.strip("()[]"))
    return shape(mine[0]) == shape(theirs[0]) or shape(mine[-1]) == shape(theirs[-1])


#: a person's name: "Jane Doe", "S. Orator", "Rosa M. Example"
NAME_LINE_RE = re.compile(r"^[A-Z][\w’'.-]+(?:\s+(?:[A-Z]\.\s?)*[A-Z][\w’'-]+){1,3}$")


#: the header's line of an archive that names the author and the year of the work: "Alexandra Kollontai 1909"
AUTHOR_YEAR = "author-year"
#: a name, then a year (or two years) alone: "Rosa Luxemburg 1915", "V. I. Lenin 1917-18"
AUTHOR_YEAR_RE = re.compile(r"^(?P<name>.+?)\s+(?P<year>(?:1[5-9]|20)\d\d(?:\s?[-–/]\s?(?:\d\d){1,2})?)$")


def author_year_of(text: str) -> tuple[str, str] | None:
    """An archive's author-year line (:data:`AUTHOR_YEAR_RE`): (name, year), or None. The name must read as a
    person's name alone (:func:`_name_line`): "Revolution 1905" or "The Spring of 1848" is a title."""
    if not (m := AUTHOR_YEAR_RE.match(" ".join(text.split()))):
        return None
    return (m.group("name"), m.group("year")) if _name_line(m.group("name")) else None


def author_year(block: Blk) -> tuple[str, str] | None:
    """An archive's author-year line alone in its block (:func:`author_year_of`), or None."""
    return author_year_of(block.text) if len(block.lines) == 1 else None


def _label_above_title(blocks: list[Blk]) -> str:
    """What the first line is when it labels the title under it, or "": a chapter's label
    (:func:`_chapter_label_above_title`), an archive's author-year line (:func:`_author_year_above_title`)."""
    if _chapter_label_above_title(blocks):
        return "chapter"
    return AUTHOR_YEAR if _author_year_above_title(blocks) else ""


def _author_year_above_title(blocks: list[Blk]) -> bool:
    """An archive's author-year line (:func:`author_year`) above a title: a line of a heading's form alone in
    its block, no date, byline or other author-year line. A person's name is never written in lower case in the
    text ("Moscow Trials 1937" over "The Verdict", the trials named in the text: a heading, no author)."""
    if len(blocks) < 2 or (read := author_year(blocks[0])) is None:
        return False
    title = blocks[1]
    if (len(title.lines) != 1 or not _title_like(title.text) or _header_role(title.text.strip())
            or author_year(title)):
        return False
    name = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", read[0])}
    return not any(w in name for block in blocks[1:] for line in block.lines
                   for w in LOWER_WORD_RE.findall(ADDRESS_RE.sub(" ", line.text)))


def _name_line(text: str) -> bool:
    """A line that is a person's name and nothing else: two to four capitalised words, no small word."""
    text = text.strip()
    if salutation(text) or closing(text):
        return False  # "Dear Kugelmann": the addressee, never the author; "Yours Truly": a closing
    return bool(NAME_LINE_RE.match(text)) and not any(w.lower() in SMALL_WORDS for w in words(text))


#: the least indentation of a line set in the middle of the page (``pdftotext -layout``): a title's, no paragraph's
CENTRED_INDENT = 10


def centred(block: Blk) -> bool:
    """A line of one block set far in, as ``pdftotext -layout`` keeps a centred title ("            End-to-End
    Arguments in System Design"): a paragraph's first line is set in by a few spaces only."""
    return len(block.lines) == 1 and _indent(block.lines[0].text) >= CENTRED_INDENT


def _set_in_over_byline(blocks: list[Blk]) -> bool:
    """A line set in by a few spaces only, alone in its block, over a byline that is set in further ("      END-TO-END
    ARGUMENTS IN SYSTEM DESIGN" over "               J.H. Saltzer, D.P. Reed and D.D. Clark*"): a title that
    ``pdftotext -layout`` set in a larger font, its width fewer characters than a centred line's would be."""
    if len(blocks) < 2 or len(blocks[0].lines) != 1 or not heading_like(blocks[0].text.strip()):
        return False
    under = blocks[1].lines[0].text
    return label_reason(under.strip()) == "byline" and _indent(under) > _indent(blocks[0].lines[0].text)


def header_segments(blocks: list[Blk], kind: str) -> list[Segment]:
    """Read the header from the first blocks: fields, or title/part/byline/date/standfirst.

    An archive's transcription may name its author on a line above the title
    ("Jane Doe", then the title, then "(March 1976)" or "From …"): that line is
    the byline, and the line after it the title.
    """
    if not blocks:
        return []
    if (formed := _title_of_lines(blocks)) is not None:
        return formed
    segments: list[Segment] = []
    first = blocks[0]
    if FIELD_RE.match(first.lines[0].text):
        return _fields_at_top(blocks)
    if _header_role(first.lines[0].text.strip()) in ("date", "posted") and (len(first.lines) > 1 or len(blocks) > 1):
        return _date_first_header(blocks)
    if len(first.lines) > 1 or first.lines[0].text.startswith(" ") and not (
            kind == "pdf" and (centred(first) or _set_in_over_byline(blocks))):
        return []
    if label := _label_above_title(blocks):
        # "CHAPTER II", then the chapter's title: the label is no author, and no title; "Alexandra Kollontai
        # 1909" above "The Social Basis of the Woman Question": the archive's line of the author and the year
        segments.append(Segment("header", first, label))
        blocks = blocks[1:]
        first = blocks[0]
    if (len(first.lines) == 1 and _name_line(" ".join(first.text.split()))
            and (fields := _field_run(blocks[1:]))):
        # "V. I.   Lenin" above the archive's record of the work ("Dictated: …", "Source: …"), no title
        # between: the archive's author line (a name only: "Leon Trotsky" above a paragraph is no author's)
        return [*segments, Segment("header", first, "author"), *fields]
    if not (_title_like(first.text) or _name_line(first.text)) or _sections_at_the_top(blocks):
        return []
    rest = blocks[1:]
    if _author_above_title(blocks):
        segments.append(Segment("header", first, "author"))
        first, rest = blocks[1], blocks[2:]
    elif _header_role(first.text.strip()) in ("byline", "date", "posted"):
        # a byline or a date is never the title: the text has none of its own
        return _header_fields(blocks, segments)
    if above := _line_above_title(first, rest, kind):
        # "243", then "To: HIS SISTER MARIA": the letter's number in its collection, never its title; "Culture"
        # above "The Year the Internet Argued" and its byline: the site's section
        segments.append(Segment("header", first, above))
        first, rest = rest[0], rest[1:]
    segments.append(Segment("header", first, "title"))
    return _under_title(rest, segments)


def _title_of_lines(blocks: list[Blk]) -> list[Segment] | None:
    """The header of a title the top of the witness breaks over lines, or None: a small word alone over the
    rest (:func:`_title_broken_after_small_word`), a paper's title under its type's label
    (:func:`_type_rubric_above_title`)."""
    if (broken := _title_broken_after_small_word(blocks)) is not None:
        # "THE" alone on the top line (a title page's first word, OCR'd apart), "RUSSIAN QUESTION" under it:
        # one title of both lines; "THE" alone is never the title
        title, rest = broken
        return _under_title(rest, [Segment("header", title, "title")])
    if (typed := _type_rubric_above_title(blocks)) is not None:
        # "RESEARCH ARTICLE" over the title broken over lines and its authors with their numbers: the label of
        # the document's type, a rubric; the lines under it the title, the last of them its authors
        title, authors, rest = typed
        head = [Segment("header", blocks[0], "rubric"), Segment("header", title, "title"),
                Segment("header", authors, "author")]
        if rest and not any(rest[0] is b for b in blocks):
            # the lines the extraction ran on in the authors' block: the text's, printed where they stand
            return [*head, Segment("paragraph", rest[0], "")]
        return _under_title(rest, head)
    if (archived := _archive_title_over_record(blocks)) is not None:
        return archived
    return _dated_title_over_record(blocks)


#: an archive's field whose label the page set in a cell of its own, no colon after it ("Author(s) Friedrich
#: Engels", "Written 27 August 1890"): the label, then a name or a date; read only in the record under the title
BARE_FIELD_RE = re.compile(
    r"^(Authors?(?:\s?\(s\))?|Written|Dictated|Delivered|Translated|Transcribed|Date)\s+"
    r"((?:by\s+)?[A-Z0-9][^:]*)$")
#: a line of an archive's record that says where the text was printed, no colon after its verb: "Printed
#: according to the original", "Published in English for the first time in …", "First published abridged in …"
RECORD_NOTE_RE = re.compile(
    r"^(?:(?:First|Originally)\s+)?(?:Printed|Published|Reprinted|Translated|Transcribed)\s+"
    r"(?:according\s+to|from|in|for|by|abridged|on)\b")
#: the most blank lines between two lines of an archive's record of the work
RECORD_GAP = 2
#: the most lines of an archive's title wrapped under its author's line, and the most words of it
ARCHIVE_TITLE_LINES = 3
ARCHIVE_TITLE_MAX_WORDS = 40
#: the most words of the line of the record's kind between an archive's title and its record ("Newspaper Report")
RECORD_KIND_MAX_WORDS = 4


def record_line(text: str) -> bool:
    """A line of an archive's record of the work, without the colon of a field: a bare field
    (:data:`BARE_FIELD_RE`), a note of where it was printed (:data:`RECORD_NOTE_RE`), a source line."""
    text = text.strip()
    return bool(BARE_FIELD_RE.match(text) or RECORD_NOTE_RE.match(text)) or source_line(text)


def _record_run(rest: list[Blk]) -> list[Segment]:
    """The archive's record of the work that opens *rest*: its "Field: value" lines (:func:`field_lines`), or its
    lines without a colon (:func:`record_line`), each block one or the other, :data:`RECORD_GAP` blank lines
    between at most; the bare fields are the record's ("record"), its notes of the printing its sources."""
    segments: list[Segment] = []
    for block in rest:
        if segments and block.blank_before > RECORD_GAP:
            break
        if field_lines(block.lines):
            segments.append(Segment("header", block, "fields"))
        elif all(BARE_FIELD_RE.match(line.text.strip()) for line in block.lines):
            segments.append(Segment("header", block, "record"))
        elif all(record_line(line.text) for line in block.lines):
            # "Printed according to the original", "Published in English …": each line a source of its own
            segments += [Segment("header", b, "source") for b in _single_lines(block)]
        else:
            break
    return segments if any(seg.detail != "source" for seg in segments) else []


def _wrapped_title(lines: list[Line]) -> bool:
    """Lines that may be one title wrapped at the page's width: none a field, a byline or a date, none but the
    last ending a sentence or a clause, the whole beginning with a capital and ending on no stop or comma (a note's
    marker after it kept), :data:`ARCHIVE_TITLE_MAX_WORDS` words at most."""
    texts = [line.text.strip() for line in lines]
    if any(not t or FIELD_RE.match(t) or _header_role(t) or record_line(t) for t in texts):
        return False
    if any(t.endswith((".", ",", ";", ":", "!", "?")) for t in texts[:-1]):
        return False
    if not all(_wrapped_at(a, b) for a, b in zip(texts, texts[1:], strict=False)):
        return False
    whole = " ".join(texts)
    bare = GLUED_END_MARKER_RE.sub("", TRAILING_MARKERS_RE.sub("", whole).rstrip())
    return (len(words(whole)) <= ARCHIVE_TITLE_MAX_WORDS and (whole[0].isupper() or whole[0] in OPENING_QUOTES)
            and not bare.endswith((".", ",", ";", ":")))


def _wrapped_at(line: str, below: str) -> bool:
    """Whether a title's *line* runs on to the line *below* it, wrapped at the page's width: it stops on a small
    word ("… Ceremony for a"), or the line below goes on in lower case ("and the Committees"). A whole heading's
    line over another ("On the Pits" over "A Study of the Strike") is a title over its subtitle, no wrap."""
    last = words(line)[-1].lower() if words(line) else ""
    return last in SMALL_WORDS or last in BROKEN_OFF_WORDS or below[:1].islower()


def _archive_title_over_record(blocks: list[Blk]) -> list[Segment] | None:
    """An archive's page that opens with its author's name alone ("V. I. Lenin"), then the title, which the page
    may wrap over :data:`ARCHIVE_TITLE_LINES` lines of one run (no blank line between: one title, its note's
    marker kept), perhaps a short line alone that names the record's kind ("Newspaper Report": a subtitle, no
    heading), then the archive's record of the work (:func:`_record_run`: "Delivered: …", "Source: …"); or None.
    The record right under it is what makes the lines above it the title: a name over prose is no author's."""
    if len(blocks) < 3 or len(blocks[0].lines) != 1 or not _name_line(" ".join(blocks[0].text.split())):
        return None
    lines, k = list(blocks[1].lines), 2
    while k < len(blocks) and not blocks[k].blank_before and len(lines) <= ARCHIVE_TITLE_LINES:
        lines += blocks[k].lines
        k += 1
    if len(lines) > ARCHIVE_TITLE_LINES or not _wrapped_title(lines):
        return None
    title = Blk(lines, blocks[1].blank_before, blocks[k - 1].blank_after)
    segments = [Segment("header", blocks[0], "author"), Segment("header", title, "title")]
    rest = blocks[k:]
    if (rest and len(rest[0].lines) == 1 and rest[0].blank_before and heading_like(rest[0].text)
            and len(words(rest[0].text)) <= RECORD_KIND_MAX_WORDS and not _header_role(rest[0].text.strip())
            and not record_line(rest[0].text) and (record := _record_run(rest[1:]))):
        return [*segments, Segment("header", rest[0], "subheading"), *record]
    record = _record_run(rest)
    return [*segments, *record] if record else None


def _dated_title_over_record(blocks: list[Blk]) -> list[Segment] | None:
    """A title that ends with its date on the first line ("Letter to Ann Lee, August 27, 1890", "Speech at the
    Congress, 3 May 1920"), the archive's record of the work right under it (:func:`_record_run`: "Author(s)
    NAME", "Written DATE"), or None. Its date after a comma, the words before it not a place's (a word in lower
    case among them: "Moscow, 12 March 1920" is a letter's dateline): the title, never a date line."""
    first = blocks[0]
    if len(blocks) < 2 or len(first.lines) != 1 or first.text.startswith(" "):
        return None
    text = " ".join(first.text.split())
    head, comma, date = text.partition(", ")
    if (not comma or not DATED_TITLE_DATE_RE.match(date) or not head[:1].isupper() or len(words(head)) < 2
            or not any(w.islower() for w in words(head)) or _header_role(head) or record_line(text)):
        return None
    record = _record_run(blocks[1:])
    return [Segment("header", first, "title"), *record] if record else None


#: the date a title ends with, after a comma: "August 27, 1890", "27 August 1890", "1890"
DATED_TITLE_DATE_RE = re.compile(rf"^(?:(?:\d{{1,2}}\s+)?(?:{MONTHS})(?:\s+\d{{1,2}},)?\s+)?\d{{4}}$")


#: the most lines of a title under a rubric of the document's type
TYPE_TITLE_LINES = 4


def _type_rubric_above_title(blocks: list[Blk]) -> tuple[Blk, Blk, list[Blk]] | None:
    """A label of the document's type above its title and its authors, as a paper prints them ("RESEARCH
    ARTICLE", "REVIEW", "OPEN ACCESS"): the first block one line in capitals of :data:`RUBRIC_MAX_WORDS` words at
    most; the lines under it (of one run, however an extraction cut it into blocks) a title of a heading's form
    (title or sentence case, more words than the label) broken over one to :data:`TYPE_TITLE_LINES` lines, then
    its authors, each name with its affiliation's number (:data:`MARKED_AUTHORS_RE`: "Ann Lee1, Bo Kim2*"), on a
    line or on lines that run on after a comma. The title, the authors' lines and the blocks after them (the
    rest of the authors' block, if any, a block of its own); None if the form is not there. A label in capitals
    over a title and a plain byline ("By Ann Lee") is no rubric: the title in capitals its own."""
    if len(blocks) < 2 or len(blocks[0].lines) != 1:
        return None
    label = blocks[0].text.strip()
    if not label.isupper() or not 1 <= len(words(label)) <= RUBRIC_MAX_WORDS or _header_role(label):
        return None
    run: list[tuple[Line, int]] = []  # the lines of the run under the label, each with its block's index
    for k, block in enumerate(blocks[1:], 1):
        if run and block.blank_before:
            break
        run += [(line, k) for line in block.lines]
        if len(run) > TYPE_TITLE_LINES + TYPE_AUTHOR_LINES:
            break
    at = next((n for n, (line, _k) in enumerate(run) if MARKED_AUTHORS_RE.match(line.text.strip())), 0)
    after = run[-1][1] + 1 if run else len(blocks)
    if (not at and 1 <= len(run) <= TYPE_TITLE_LINES and after < len(blocks) and len(blocks[after].lines) == 1
            and MARKED_AUTHORS_RE.match(blocks[after].text.strip())):
        # the title, then its authors' line in a block of its own, after a blank line
        run.append((blocks[after].lines[0], after))
        at = len(run) - 1
    if not 1 <= at <= TYPE_TITLE_LINES:
        return None
    end = at + 1
    while (end < len(run) and end - at < TYPE_AUTHOR_LINES and run[end - 1][0].text.rstrip().endswith(",")
           and MARKED_AUTHORS_RE.match(run[end][0].text.strip())):
        end += 1  # "Ann Lee1, Bo Kim2," then "Cy Doe3": the names run on
    if run[end - 1][0].text.rstrip().endswith(","):
        return None  # the names run on to a line of another form: not the authors' lines alone
    head = [line for line, _k in run[:at]]
    text = " ".join(line.text.strip() for line in head)
    if (text.isupper() or not text[:1].isupper() or len(words(text)) <= len(words(label))
            or text.endswith((".", ";", ":"))):
        return None
    last = run[end - 1][1]
    left = [line for line, k in run[end:] if k == last]  # the rest of the authors' block
    title = Blk(head, blocks[1].blank_before, 0)
    authors = Blk([line for line, _k in run[at:end]], 0, 0 if left else blocks[last].blank_after)
    rest = ([Blk(left, 0, blocks[last].blank_after)] if left else []) + blocks[last + 1:]
    return title, authors, rest


#: the most lines of a paper's authors under its title
TYPE_AUTHOR_LINES = 3


def _line_above_title(first: Blk, rest: list[Blk], kind: str) -> str:
    """What the first line is when it stands above the title, or "": an item's number
    (:func:`_number_above_title`), a web page's rubric (:func:`_rubric_above_title`)."""
    if _number_above_title(first, rest):
        return "number"
    if (kind == "pdf" and len(first.lines) == 1 and _institution(first.text) and rest and len(rest[0].lines) == 1
            and heading_like(rest[0].text) and not _header_role(rest[0].text.strip())
            and not _institution(rest[0].text) and not _name_line(rest[0].text)):
        # "DEPARTMENT OF COAL" above "Rules for the Pits": the body that issues it, above its title (a name under
        # it is its author's: "The Center of Things" above "Ann Lee" is the title over its byline)
        return "rubric"
    return "rubric" if kind == "web" and _rubric_above_title(first, rest) else ""


#: the most words of a web page's rubric above its title (its section: "Culture", "Middle East")
RUBRIC_MAX_WORDS = 3


def _rubric_above_title(first: Blk, rest: list[Blk]) -> bool:
    """A web page's rubric above its title: a line of :data:`RUBRIC_MAX_WORDS` words at most with no byline or
    date under it, above a longer line of a heading's form that has its byline or its date under it
    (:func:`_dated_title`). A title is followed by its byline, its date or its standfirst, and the text."""
    return (len(first.lines) == 1 and len(words(first.text)) <= RUBRIC_MAX_WORDS and bool(rest)
            and len(rest[0].lines) == 1 and len(words(rest[0].text)) > len(words(first.text))
            and not _dated_title([first, *rest]) and _dated_title(rest))


def _letter_title(block: Blk) -> bool:
    """A letter's heading (:func:`letter_heading`) alone in its block, perhaps with the place it was sent to on
    the line under it ("Marx To Ludwig Kugelmann" / "In Hanover")."""
    if len(block.lines) > 2 or block.lines[0].text.startswith(" ") or not letter_heading(block.lines[0].text):
        return False
    return len(block.lines) == 1 or (heading_like(block.lines[1].text) and not salutation(block.lines[1].text)
                                     and not _header_role(block.lines[1].text.strip()))


def _letter_header(blocks: list[Blk]) -> list[Segment] | None:
    """The header of a letter as an archive prints it, or None: perhaps the collection's series line
    ("Marx-Engels Correspondence 1868", a rubric, never the title), the letter's heading (the title: "Marx to
    Ludwig Kugelmann"), then the archive's record ("Source: …") and the letter's dateline."""
    segments: list[Segment] = []
    first = blocks[0]
    if (not _letter_title(first) and len(blocks) > 1 and len(first.lines) == 1 and heading_like(first.text)
            and not first.text.startswith(" ") and _letter_title(blocks[1])):
        segments.append(Segment("header", first, "rubric"))
        blocks = blocks[1:]
    if not _letter_title(blocks[0]):
        return None
    title, rest = blocks[0], blocks[1:]
    if (len(title.lines) == 1 and rest and len(rest[0].lines) == 1 and not rest[0].blank_before
            and LETTER_PLACE_RE.match(rest[0].text.strip())):
        # "In Hanover" under the heading, the page's lines run together: the heading's second line
        title, rest = Blk([*title.lines, *rest[0].lines], title.blank_before, rest[0].blank_after), rest[1:]
    segments.append(Segment("header", title, "title"))
    fields = _field_run(rest)
    return _header_fields(rest[len(fields):], segments + fields)


#: the place a letter was sent to, under its heading: "In Hanover", "IN LONDON", "In New York"
LETTER_PLACE_RE = re.compile(r"^(?:In|IN)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}$")


def _letter_places(segments: list[Segment]) -> list[Segment]:
    """The place a letter was sent to (:data:`LETTER_PLACE_RE`: "IN HOBOKEN", "In London") alone under the
    letter's heading ("ENGELS TO FRIEDRICH ADOLPH SORGE") read as a heading of its own: the letter's line of its
    address, a paragraph as the witness prints it (never a heading to recase). A line "In London" under any other
    heading is read as before."""
    out = list(segments)
    for i in range(1, len(out)):
        seg, above = out[i], out[i - 1]
        if (seg.role == "heading" and above.role == "heading" and len(seg.block.lines) == 1
                and LETTER_PLACE_RE.match(seg.block.text.strip()) and letter_heading(above.block.text)):
            out[i] = seg._replace(role="paragraph", detail="")
    return out


#: a letter's signature: initials and a surname, perhaps another name in brackets ("V. Ulyanov (Lenin)", "F. Engels",
#: "K. Marx"), or initials alone ("F. E.")
LETTER_SIGNATURE_RE = re.compile(
    r"^(?:[A-Z]\.\s?){1,3}(?:[A-Z][\w’'-]+)?(?:\s+\([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\))?$")
#: the most words of the signer's post under a signature ("Chairman, C.P.C.", "Secretary of the Committee")
SIGNER_POST_MAX_WORDS = 6
#: the most segments of the body above a letter's addressee (its dateline)
ADDRESSEE_SEARCH = 2


def _signature_at(segments: list[Segment], i: int) -> bool:
    """Whether the heading or the paragraph at *i* is a letter's signature: a name of :data:`LETTER_SIGNATURE_RE`
    under a paragraph, with under it the signer's post (one short line, :data:`SIGNER_POST_MAX_WORDS` words at
    most, no sentence), a postscript ("P.S. …") or nothing more of the text (the notes, the end)."""
    seg = segments[i]
    if (seg.role not in ("heading", "paragraph") or len(seg.block.lines) != 1 or i == 0
            or not LETTER_SIGNATURE_RE.match(" ".join(seg.block.text.split())) or segments[i - 1].role != "paragraph"):
        return False
    after = segments[i + 1] if i + 1 < len(segments) else None
    if after is None or after.role in ("note", "furniture"):
        return True
    text = " ".join(after.block.text.split())
    return after.role == "paragraph" and (
        POSTSCRIPT_RE.match(text) is not None
        or (len(after.block.lines) == 1 and len(words(text)) <= SIGNER_POST_MAX_WORDS and not _header_role(text)
            and not SENTENCE_BREAK_RE.search(text) and not text.endswith(("!", "?", ":"))))


#: a letter's postscript: "P.S.", "PS", "P.P.S."
POSTSCRIPT_RE = re.compile(r"^(?:P\.\s?)+S\.?\s")


def _letter_signature(segments: list[Segment]) -> list[Segment]:
    """A letter's signature read as a heading (:func:`_signature_at`: "V. Ulyanov (Lenin)" over "Chairman, C.P.C."
    or a "P.S."), and the line of its addressee read as one: the heading right under the letter's date at the
    body's top ("15. I. 1920", then "Deputy People's Commissar for Education"), in a text so signed. Both are the
    letter's lines, paragraphs as the witness prints them, never headings."""
    signed = [i for i in range(len(segments)) if _signature_at(segments, i)]
    if not signed:
        return segments
    out = list(segments)
    for i in signed:
        if out[i].role == "heading":
            out[i] = out[i]._replace(role="paragraph", detail="")
    body = [i for i, seg in enumerate(out) if seg.role in ("paragraph", "heading", "list")][:ADDRESSEE_SEARCH + 1]
    for a, b in zip(body, body[1:], strict=False):
        date, head = out[a], out[b]
        if (date.role in ("paragraph", "list") and _header_role(date.block.lines[-1].text.strip()) == "date"
                and head.role == "heading" and len(head.block.lines) == 1 and b < signed[0]):
            out[b] = head._replace(role="paragraph", detail="")
            break
    return out


#: a chapter's heading with its number and its title on one line: "Chapter 6 - Embracing Risk", "CHAPTER IV. The
#: Plan", "Chapter 3: Who Rules?"
CHAPTER_TITLE_RE = re.compile(r"^(?:Chapter|CHAPTER)\s+(?:\d{1,3}|[IVXLC]{1,7})\s*(?:[.:–—-]\s*|\s+)[A-Z“\"‘]\S*")
#: the blocks searched for a chapter's heading under a site's menus
CHAPTER_SEARCH = 12
#: the most words of a line of a site's contents menu
MENU_LINE_MAX_WORDS = 14
CONTENTS_MENU = "contents menu"


def _menu_lines(block: Blk) -> bool:
    """A block of short lines, none a sentence: a site's menu, its book's contents, a dialog's buttons."""
    return all(len(words(line.text)) <= MENU_LINE_MAX_WORDS and not ends_sentence(line.text.strip())
               for line in block.lines)


def _chapter_page(blocks: list[Blk]) -> list[Segment] | None:
    """A book's chapter on a web page, or None: under the site's furniture and its menu of the book's contents
    (short lines, no sentence: "Table of Contents", "Preface", "3. Embracing Risk"), the chapter's heading with
    its number and its title ("Chapter 6 - Monitoring Distributed Systems"), set apart by blank lines, then the
    byline or the text. The chapter's heading is the title; the menu's lines above it (three at least) the
    site's, set aside, never the title."""
    for i, block in enumerate(blocks[:CHAPTER_SEARCH]):
        if len(block.lines) == 1 and CHAPTER_TITLE_RE.match(block.text.strip()) and heading_like(block.text):
            if (i + 1 >= len(blocks) or not block.blank_before or not block.blank_after
                    or sum(len(b.lines) for b in blocks[:i]) < MENU_MIN_LINES):
                return None  # a chapter's line in the archive's run of header lines (its author, its work): no menu
            segments = [Segment("furniture", b, CONTENTS_MENU) for b in blocks[:i]]
            return _header_fields(blocks[i + 1:], [*segments, Segment("header", block, "title")])
        if not _menu_lines(block):
            return None
    return None


#: the most blocks of a site's own lines above a dated or signed title
SITE_LINES_MOST = 4
SITE_LINES = "site lines"


def _dated_title(blocks: list[Blk]) -> bool:
    """A title with its byline, its date or its "Posted …" line under it, in its run of lines or the next."""
    first = blocks[0]
    if len(first.lines) > 2 or not heading_like(first.lines[0].text) or _header_role(first.lines[0].text.strip()):
        return False
    under = first.lines[1] if len(first.lines) == 2 else (blocks[1].lines[0] if len(blocks) > 1 else None)
    return under is not None and _header_role(under.text.strip()) in ("byline", "date", "posted")


#: the furniture of a site's name above the headline the page gives twice (:func:`_repeated_title`)
SITE_NAME = "site name"
#: the most blocks above the headline: the site's name, a menu's label ("Sections")
REPEAT_ABOVE_MOST = 3
#: the most words of each of those lines ("The Daily Ledger")
SITE_NAME_MAX_WORDS = 5
#: the fewest words of a headline read by its repetition ("Home" twice is a menu's)
REPEAT_TITLE_MIN_WORDS = 3


def _repeated_title(blocks: list[Blk]) -> list[Segment] | None:
    """A web page's headline below the site's name, found by its repetition, or None: a line of a heading's form
    (:data:`REPEAT_TITLE_MIN_WORDS` words at least) that the top of the page gives twice, once as the heading
    and once again a few blocks below (in the share or print block: :data:`TITLE_REPEAT_SEARCH`), under
    :data:`REPEAT_ABOVE_MOST` short lines at most (:data:`SITE_NAME_MAX_WORDS` words each, none a sentence or a
    line of the header). Those lines are the site's name and its menu's label ("Sections" / "The Daily
    Ledger"), set aside as furniture, never the title; the headline is the title (a guess the report flags:
    the site's name was a competitor)."""
    for i in range(1, min(REPEAT_ABOVE_MOST + 1, len(blocks))):
        above = blocks[i - 1]
        if (len(above.lines) != 1 or len(words(above.text)) > SITE_NAME_MAX_WORDS or ends_sentence(above.text.strip())
                or _header_role(above.text.strip())):
            return None
        head = blocks[i]
        if (len(head.lines) != 1 or len(words(head.text)) < REPEAT_TITLE_MIN_WORDS or not heading_like(head.text)
                or _header_role(head.text.strip())):
            continue
        again = blocks[i + 1:i + 2 + TITLE_REPEAT_SEARCH]
        if any(title_repeated(b, head.text) for b in again):
            return [*(Segment("furniture", b, SITE_NAME) for b in blocks[:i]), *header_segments(blocks[i:], "web")]
    return None


#: the detail of an archive's title line that names its author before a colon ("Ann Lee: Letter to a Friend")
AUTHOR_TITLE = "author-title"
#: the kind of an archive's line of the author, the date in figures and the title, above the title: its index's key
INDEX_KEY = "index key"
#: a line of a name, a date in eight figures (year, month, day: "19321100", the day or month 00 when unknown)
#: and a title: "Ann Lee 19321100 Letter to a Friend"
CODE_DATED_RE = re.compile(r"^(?P<name>\S.*?)\s+(?:1[5-9]|20)\d\d(?:0\d|1[0-2])(?:[0-2]\d|3[01])\s+(?P<title>\S.*)$")


def _code_dated_title(blocks: list[Blk]) -> list[Segment] | None:
    """An archive's title under its index's key, or None: a line of a name, a date in figures and the title
    (:data:`CODE_DATED_RE`: "Ann Lee 19321100 Letter to a Friend"), then, alone on the next line, the name, a
    colon and the same title ("Ann Lee: Letter to a Friend"). The first is the site's key of the text in its
    index, set aside (:data:`INDEX_KEY`); the second names the author before the colon and the title after it
    (:data:`AUTHOR_TITLE`). A line of the same form with no such line under it is read as any other."""
    if len(blocks) < 2 or len(blocks[0].lines) != 1 or len(blocks[1].lines) != 1:
        return None
    m = CODE_DATED_RE.match(" ".join(blocks[0].text.split()))
    if m is None or " ".join(blocks[1].text.split()) != f"{m.group('name')}: {m.group('title')}":
        return None
    if not _names_line(m.group("name")) or not heading_like(m.group("title")):
        return None
    return _under_title(blocks[2:], [Segment("furniture", blocks[0], INDEX_KEY),
                                     Segment("header", blocks[1], AUTHOR_TITLE)])


def _site_lines_above_title(blocks: list[Blk]) -> list[Segment] | None:
    """The site's own lines above a web page's title, or None: runs of short lines, none a sentence, one of them
    of two lines or more ("Skip to content" / "Red Notes" / "A blog about labour history", then "Home" /
    "About"), above a title with its date or byline under it ("The Strike" / "Posted on … by …"). Set aside,
    each kept and listed (a guess the report flags); the title and its lines the header."""
    for k in range(1, min(SITE_LINES_MOST, len(blocks) - 1) + 1):
        above = blocks[:k]
        if not _menu_lines(above[-1]):
            return None
        if any(len(b.lines) > 1 for b in above) and _dated_title(blocks[k:]):
            return [*(Segment("furniture", b, SITE_LINES) for b in above), *header_segments(blocks[k:], "web")]
    return None


#: the most blocks searched for a headline over its byline, under the site's lines
HEADLINE_SEARCH = 10
#: the fewest words of a headline found over its byline ("Introduction" over a byline is a section's)
HEADLINE_MIN_WORDS = 3
HEADLINE_SITE_LINES = "site lines above the headline"


def _byline_block(block: Blk) -> bool:
    """A byline alone on its line: "By NAME", "By NAME DATE", a blog's "Posted … by NAME"."""
    return len(block.lines) == 1 and _header_role(block.text.strip()) in ("byline", "posted") and bool(
        _comment_count_apart(block) or byline(block.text.strip()) or (posted_line(block.text) or ("",))[0])


def _same_line(a: Blk, b: Blk) -> bool:
    """Two blocks of one short line each with the same words, whatever their case and spacing."""
    return (len(a.lines) == len(b.lines) == 1 and len(words(a.text)) <= SITE_NAME_MAX_WORDS
            and " ".join(a.text.split()).casefold() == " ".join(b.text.split()).casefold())


def _headline_over_byline(blocks: list[Blk]) -> list[Segment] | None:
    """A web page's headline with its byline under it, below the site's lines, or None.

    Before the first paragraph of prose, every block short lines and none a sentence (:func:`_menu_lines`), a
    byline of its own ("By A. Writer", "By A and B24 comments") under a line of a heading's form
    (:data:`HEADLINE_MIN_WORDS` words at least, no date, no byline): that line is the headline, the title. The
    blocks above it are the site's (its name, its section, its menus, the date), when a date line or a menu (a
    block of two lines or more) is among them: a line standing alone above them is a masthead, no title. The
    date line among them is the header's date; the other lines are set aside (:data:`HEADLINE_SITE_LINES`), each
    kept and listed. A title with a subtitle and its byline ("Title" / "A Reply" / "By …") has neither date nor
    menu above the byline's line: read as before.
    """
    for k, block in enumerate(blocks[:HEADLINE_SEARCH]):
        if k >= 2 and _signed(block):
            head, above = blocks[k - 1], blocks[:k - 1]
            if (len(head.lines) != 1 or len(words(head.text)) < HEADLINE_MIN_WORDS or not heading_like(head.text)
                    or _header_role(head.text.strip()) or from_source_line(head.text)):
                return None
            singles = [b for a in above for b in _single_lines(a)]
            dated = [b for b in singles if _header_role(b.text.strip()) in ("date", "posted")]
            # a short line the page gives twice right above the headline ("Health" / "Health"): a section's label
            doubled = len(above) >= 2 and len(above[-1].lines) == 1 and _same_line(above[-1], above[-2])
            if not dated and not doubled and (all(len(b.lines) == 1 for b in above)
                                              or _site_lines_above_title(blocks)):
                return None  # no date among them: the site's lines above a signed title, read as such
            segments = [Segment("header", b, _header_role(b.text.strip()) or "date") if dated and b is dated[0]
                        else Segment("furniture", b, HEADLINE_SITE_LINES) for b in singles]
            return _header_fields(blocks[k:], [*segments, Segment("header", head, "title")])
        headline = k + 1 < len(blocks) and _signed(blocks[k + 1]) and heading_like(block.text)
        if not (_menu_lines(block) or headline) or block.code or block.table or FIELD_RE.match(block.lines[0].text):
            return None
    return None


def _signed(block: Blk) -> bool:
    """A byline alone on its line (:func:`_byline_block`), or a news site's "By NAME" with the writer's post and
    the site after it ("By A. Writer Health editor, The Ledger": :func:`byline_like`)."""
    return _byline_block(block) or (len(block.lines) == 1 and byline_like(block.text))


def item_number(text: str) -> bool:
    """A number alone on its line, as a collection numbers its letters ("243", "17."): no year ("1917" may be a
    title, a chronology's), no letter ("No. 12", "Letter 12")."""
    return number_like(text) and not YEAR_ALONE_RE.match(text.strip())


#: a year alone on its line
YEAR_ALONE_RE = re.compile(r"^(?:1[5-9]|20)\d\d$")


def _title_like(text: str) -> bool:
    """A line at the top that may be the title, or stand where it stands: a heading's line, or a number alone
    (a year, a chronology's title; an item's number, :func:`_number_above_title`), which :func:`heading_like`
    refuses in the body as a figure's axis."""
    return heading_like(text) or number_like(text)


def _number_above_title(first: Blk, rest: list[Blk]) -> bool:
    """An item's number (:func:`item_number`) above a title's line: the item's number, never its title."""
    return (len(first.lines) == 1 and item_number(first.text) and bool(rest) and len(rest[0].lines) == 1
            and heading_like(rest[0].text) and not number_like(rest[0].text) and not _header_role(rest[0].text.strip()))


def _fields_at_top(blocks: list[Blk]) -> list[Segment]:
    """The blocks of "Field: value" lines one after another at the top, with no blank line between."""
    segments: list[Segment] = []
    for i, block in enumerate(blocks):
        if not field_lines(block.lines) or (i and block.blank_before):
            break
        segments.append(Segment("header", block, "fields"))
    return segments


def lone_small_word(text: str) -> bool:
    """A line that is one small word and nothing else ("THE", "Of", "A"): a title's first word set apart,
    never a title of its own."""
    return text.strip().rstrip(",").casefold() in SMALL_WORDS


def _title_broken_after_small_word(blocks: list[Blk]) -> tuple[Blk, list[Blk]] | None:
    """A title whose first word stands alone on the top line, the rest on the line under it (in the same run
    of lines, or after a blank line): the title's block of both lines, and the blocks after it; or None.

    The line under the small word must be a title's line (heading-like, a single line, no date or byline):
    "THE" above a paragraph is no title broken in two.
    """
    first = blocks[0]
    if not lone_small_word(first.lines[0].text) or first.lines[0].text.startswith(" "):
        return None
    if len(first.lines) == 2:
        below, rest = [first.lines[1]], blocks[1:]
        blank_after = first.blank_after
    elif len(first.lines) == 1 and len(blocks) > 1 and len(blocks[1].lines) == 1:
        below, rest = blocks[1].lines, blocks[2:]
        blank_after = blocks[1].blank_after
    else:
        return None
    text = below[0].text.strip()
    if not heading_like(text) or _header_role(text) or lone_small_word(text):
        return None
    return Blk([first.lines[0], *below], first.blank_before, blank_after), rest


def running_heads_aside(header: list[Segment], furniture: dict[int, str]) -> list[Segment]:
    """The header's lines below its title that are a page's running head or number (by their form and their
    place, :func:`furniture_lines`: "A Brief History of Debian … 1 / 21" under the title): furniture, never a
    subtitle."""
    return [Segment("furniture", seg.block, what)
            if seg.role == "header" and seg.detail != "title"
            and (what := furniture.get(seg.block.lines[0].lineno, "")) in PAGE_FURNITURE
            and all(line.lineno in furniture for line in seg.block.lines) else seg
            for seg in header]


def _sections_at_the_top(blocks: list[Blk]) -> bool:
    """A section's heading and its first subsection's at the top ("1 Using …", "1.1 Plain TEX"), or the heading
    of a text's opening section over its prose with numbered sections below (:func:`_opening_section`): no
    title."""
    if _opening_section(blocks):
        return True
    number = section_number(blocks[0].text)
    below = section_number(blocks[1].text) if number is not None and len(blocks) > 1 else None
    return number is not None and below is not None and numbering_follows(number, below)


#: the heading of a text's opening section, left unnumbered before its numbered ones ("Preliminary",
#: "Introduction", "Preface", "Preliminary Remarks")
OPENING_HEADING_RE = re.compile(
    r"(?i)^(?:preliminary(?:\s+(?:remarks|note|notes|observations))?|prefatory\s+(?:note|remarks)|"
    r"introductory(?:\s+(?:note|remarks))?|opening\s+remarks|introduction|preface|foreword|prologue)\s*:?$")
#: the fewest numbered sections below it, siblings of one another ("I. Production and Wages", "II. …")
OPENING_SIBLINGS_MIN = 2


def _numbered_section_line(block: Blk) -> bool:
    """A block of one line that reads as a numbered section's heading: "I. Production and Wages", "2. Method"."""
    text = block.text.strip()
    first = text.split(maxsplit=1)
    return (len(block.lines) == 1 and len(first) == 2 and section_number_token(first[0])
            and heading_like(first[1]) and not ends_sentence(text))


def _opening_section(blocks: list[Blk]) -> bool:
    """The first line a section's name (:data:`OPENING_HEADING_RE`), over prose, with
    :data:`OPENING_SIBLINGS_MIN` headings of numbered sections or more below it: the opening section of a text
    that prints no title of its own (a chapter's file), its heading a section's, no title. A title over
    numbered sections ("Value, Price and Profit" over "I. …") is no section's name; "Introduction" over a
    text without numbered sections may be its title."""
    if len(blocks) < 3 or len(blocks[0].lines) != 1 or not OPENING_HEADING_RE.match(blocks[0].text.strip()):
        return False
    if _numbered_section_line(blocks[1]) or not (_prose(blocks[1]) or _prose(blocks[2])):
        return False
    return sum(1 for b in blocks[2:] if _numbered_section_line(b)) >= OPENING_SIBLINGS_MIN


#: words that make a short line under an article's authors their institution
#: ("Universität Innsbruck", "GKX Associates Inc.", "Department of Mathematics")
AFFILIATION_WORDS = frozenset(
    "university universität université universidad università universiteit college institute institut "
    "school department faculty laboratory centre center academy inc. ltd. llc associates corporation "
    "foundation society press division".split()
)
#: the most lines of an article's title, wrapped at the top of a PDF
TITLE_MAX_LINES = 3
#: names side by side on one line, as an extraction keeping the layout sets two authors
NAMES_APART_RE = re.compile(r"\s{3,}|,\s+(?:and\s+|AND\s+)?|\s+(?:and|AND|&)\s+")


def side_by_side(text: str) -> str:
    """Names or institutions set side by side on one line, columns apart (``pdftotext -layout``), one after another.

    "Achim Zeileis          Gabor Grothendieck" → "Achim Zeileis, Gabor Grothendieck"; a gap after a name's
    initials is one name spaced out ("V. I.   Lenin" → "V. I. Lenin").
    """
    return re.sub(r"\s{2,}", " ", re.sub(r"(?<!\b[A-Z]\.)\s{3,}", ", ", text.strip()))


#: the words of a state's name ("UNITED STATES", "Republic of Ireland"), never a person's: the line of a
#: country over its agency's ("SECURITIES AND EXCHANGE COMMISSION") is the issuing body's, no author's
POLITY_WORDS = frozenset("states republic kingdom commonwealth federation emirates".split())


def _names_line(text: str) -> bool:
    """A line of one person's name, or of several side by side ("Ada Morel, Ivan Petrov"); a state's name
    (:data:`POLITY_WORDS`: "UNITED STATES") is no person's."""
    parts = [p for p in NAMES_APART_RE.split(text.strip()) if p]
    # a report's number ("SMLI TR-94-29") is no person's name: a name has no figure
    return bool(parts) and all(_name_line(p) and not re.search(r"\d", p)
                               and not any(w.casefold() in POLITY_WORDS for w in words(p)) for p in parts)


def _affiliation_line(text: str) -> bool:
    """A short line naming an institution under an article's authors, or several side by side."""
    return all(
        len(words(part)) <= 6 and not part.endswith((",", ";", ":")) and part[:1].isupper()
        and any(w.lower() in AFFILIATION_WORDS for w in words(part))
        for part in re.split(r"\s{3,}", text.strip())
    )


#: a word in lower case, as the text uses it
LOWER_WORD_RE = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]{2,}")
#: a name in code that opens a title ("zoo: An S3 Class …")
TITLE_NAME_RE = re.compile(r"^[a-z][\w.]*:\s+(?=[A-Z])")


#: the small word a line of a title wrapped over lines may stop on ("… and the Plan in the")
TITLE_BROKEN_OFF_RE = re.compile(r"\s+(?:" + "|".join(sorted(BROKEN_OFF_WORDS)) + r")$")


def _title_line(text: str) -> bool:
    """A line of an article's title: heading-like, ending no sentence; it may open with a name in code,
    and stop on a small word that the next line of the title goes on from."""
    stripped = TITLE_BROKEN_OFF_RE.sub("", TITLE_NAME_RE.sub("", text.strip()))
    return heading_like(stripped) and not ends_sentence(stripped)


#: an e-mail address, or a web address, whose words are no words of the text ("jane.roe@example.edu")
ADDRESS_RE = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")
#: a line of e-mail addresses under an article's authors, one or several side by side, perhaps in braces
#: ("jane.roe@example.edu", "{roe, doe}@example.edu", "Email: j.doe@example.ac.uk")
EMAIL_LINE_RE = re.compile(
    r"^(?:e-?mail:?\s*)?(?:(?:\{[\w.+,\s-]+\}|[(<]?[\w.+-]+)@[\w-]+(?:\.[\w-]+)+[>)]?[,;]?\s*)+$", re.IGNORECASE)


#: a technical report's number, a line of its own: a series' letters, then letters and figures joined by
#: hyphens ("SMLI TR-94-29", "MIT-LCS-TR-123", "Technical Report CS-2001-14")
REPORT_NUMBER_RE = re.compile(r"^(?:[A-Z][\w.]*\s+){0,3}[A-Z]{1,8}(?:-[A-Z]{1,8})*-\d{1,4}(?:-\d{1,4})*$")


def email_line(text: str) -> bool:
    """A line of authors' e-mail addresses and nothing else (:data:`EMAIL_LINE_RE`)."""
    return bool(EMAIL_LINE_RE.match(text.strip()))


def _pdf_article_header(blocks: list[Blk]) -> list[Segment]:
    """The head of an article in a PDF: a title of up to three lines, its authors, their institutions.

    "zoo: An S3 Class and Methods for Indexed Totally", "Ordered
    Observations", "Achim Zeileis", then "Universität Innsbruck": the title
    lines are one title, each line of names an author (a guess the report
    flags), each institution's line an affiliation. Found only where a name
    follows the title; otherwise the header is read as any other's.
    """
    lines = [line for block in blocks[:TOP_ZONE] for line in block.lines][:ARTICLE_HEAD_MAX_LINES]
    # a person's name is never written in lower case in the text; the words of a title may be
    lower = {w for block in blocks for line in block.lines if not email_line(line.text)  # "{ann, bo}@…"
             for w in LOWER_WORD_RE.findall(ADDRESS_RE.sub(" ", line.text))}  # "jane.roe@…" is no word "jane"

    def person(text: str) -> bool:
        text = AFFILIATION_MARK_RE.sub("", text)  # "Mamoru Komachi1,2": the name, its institutions' numbers aside
        # "Ann Lee∗, Bo Kim† ,": the typeset signs of the names' notes aside (an asterisk is a byline's note's
        # marker: "D.D. Clark*"), and the comma a list of names goes on after
        if NAMES_APART_RE.search(text.strip()):  # a line of several names; one with its sign is a title page's
            text = _plain_letters(TYPESET_SIGNS_RE.sub("", text)).strip().removesuffix(",")
        return _names_line(text) and not any(w.lower() in lower for w in re.findall(r"[^\W\d_]{3,}", text)
                                             if w.lower() != "and")  # "…, AND ALAN GENZ"

    title: list[Line] = []
    for line in lines[:TITLE_MAX_LINES]:
        # a title's line may end on the colon before its subtitle's ("The Class Nature of the State:"); its next
        # line may go on in lower case ("Learning to Correct Errors" / "in Learner Essays")
        text = line.text.strip().removesuffix(":")
        if person(line.text) or not _title_line(text[:1].upper() + text[1:] if title else text) or (
                title and text.casefold() == "by"):
            break  # "WALDEN", "BY", "HENRY DAVID THOREAU": the byline's word alone on its line is no title's
        title.append(line)
    rest = lines[len(title):]
    by = 1 if len(rest) > 1 and rest[0].text.strip().casefold() == "by" and rest[0].lineno + 1 == rest[1].lineno \
        else 0
    if (not title or len(rest) <= by or not (person(rest[by].text) or _name_then_place(rest[by].text, person))
            or not _long_title(" ".join(x.text.strip() for x in title))):
        return []
    if any(a.lineno + 1 != b.lineno for a, b in zip(title, title[1:], strict=False)):
        return []  # the title's lines are one run of lines
    segments = [Segment("header", Blk(title, blocks[0].blank_before, 0), "title")]
    if by:
        # the byline's "BY" and the name under it: one byline
        segments.append(Segment("header", Blk(rest[:2], 0, 0), "byline"))
        rest = rest[2:]
    for line in rest:
        detail = _author_line_detail(line, segments, person)
        if detail is None:
            break
        segments.append(Segment("header", Blk([line], 0, 0), detail))
    return _whole_blocks(segments, blocks)


#: an abstract's heading alone on its line ("Abstract", "SUMMARY:")
ABSTRACT_LINE_RE = re.compile(r"^\s*(?:abstract|summary)\s*:?\s*$", re.IGNORECASE)
#: the lines of a PDF's top in which an abstract's heading parts a run of lines
ABSTRACT_ZONE_LINES = 40


def _abstract_apart(blocks: list[Blk]) -> list[Blk]:
    """A PDF's blocks with the run of lines at the text's top that holds the abstract's heading alone on a line
    ("… Sapienza University of Rome" / "{…}@…" / "Abstract" / "Contextualized word embeddings …", no blank line
    between) parted there: the head above it (title, authors, institutions) a block of its own, the heading one
    of its own, the abstract's text the next."""
    out: list[Blk] = []
    for block in blocks:
        at = next((k for k, x in enumerate(block.lines) if 0 < k < len(block.lines) - 1
                   and x.lineno <= ABSTRACT_ZONE_LINES and ABSTRACT_LINE_RE.match(x.text)), None)
        if at is None:
            out.append(block)
            continue
        out += [Blk(block.lines[:at], block.blank_before, 0), Blk(block.lines[at:at + 1], 0, 0),
                Blk(block.lines[at + 1:], 0, block.blank_after)]
    return out


#: the most words of a PDF article's title over its lines (each line a title's: :func:`_title_line`)
ARTICLE_TITLE_MAX_WORDS = 24


def _long_title(joined: str) -> bool:
    """Whether the lines of a PDF article's title, joined, read as one title (:func:`_title_line`), or as one
    longer than a heading, its lines each a title's (the caller has seen them), that ends no sentence and holds
    no two: "With More Contexts Comes Better Performance: Contextualized Sense Embeddings for All-Round Word
    Sense Disambiguation"."""
    return _title_line(joined) or (len(words(joined)) <= ARTICLE_TITLE_MAX_WORDS and not ends_sentence(joined)
                                   and ". " not in joined)


#: the authors' part of a PDF's header, above which a line of their institution may stand
AUTHORS_PART = ("name", "affiliation", "e-mail")
#: the most lines of a PDF article's head (:func:`_pdf_article_header`): a title, names, institutions with their
#: numbers on lines of their own, e-mails
ARTICLE_HEAD_MAX_LINES = 24
#: the numbers of an author's institutions glued to the name ("Ryo Nagata3", "Mamoru Komachi1,2", "Koyama1,2 and
#: Smith3"): no note's markers
AFFILIATION_MARK_RE = re.compile(r"(?<=[^\W\d_])\d{1,2}(?:,\d{1,2})*(?=[\s,;]|$)")
#: an institution's number before its name ("1 Tokyo Metropolitan University", "2RIKEN AIP"), or alone on its line
#: over it
AFFILIATION_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:\s*$|\s*(?=[^\W\d_]))")
#: the signs of notes as TeX sets them after an author's name ("Ann Lee∗", "Bo Kim†"), never a typed asterisk
TYPESET_SIGNS_RE = re.compile(r"[∗†‡](?=[\s,;]|$)")
#: the signs of notes alone on a line, as an extraction sets an institution's marks over its name ("†", "‡")
SIGNS_ONLY_RE = re.compile(rf"\s*[{SIGNS}]+\s*")
#: the first words of a section's heading that opens the text under the authors, never an institution's
OPENING_SECTION_RE = re.compile(r"^(?:abstract|summary|introduction|contents|keywords)\b", re.IGNORECASE)


def _author_line_detail(line: Line, segments: list[Segment], person: Callable[[str], bool]) -> str | None:
    """What a line under a PDF's title and authors is: a name, an affiliation, an e-mail, a report's number,
    a date or a byline; or None (the header ends)."""
    last = segments[-1]
    if last.detail in AUTHORS_PART and (m := AFFILIATION_NUMBER_RE.match(line.text)) and (
            not line.text[m.end():].strip() or _affiliation_line(line.text[m.end():])):
        return "affiliation"  # an institution under its number, or its number alone on the line over it
    if last.detail in AUTHORS_PART and SIGNS_ONLY_RE.fullmatch(line.text):
        return "affiliation"  # an institution's sign alone on the line over it ("†" over "Acme AI")
    if last.detail == "affiliation" and (AFFILIATION_NUMBER_RE.fullmatch(last.block.text.strip())
                                         or SIGNS_ONLY_RE.fullmatch(last.block.text)):
        return "affiliation"  # the institution under its number or sign ("2" / "RIKEN AIP"), whatever its words
    if _affiliation_line(line.text) and last.detail in AUTHORS_PART:
        return "affiliation"
    if email_line(line.text) and last.detail in AUTHORS_PART:
        return "e-mail"  # the authors' addresses under their names or institutions
    if REPORT_NUMBER_RE.match(line.text.strip()) and last.detail != "title":
        return "report"  # a technical report's number under the authors ("SMLI TR-94-29")
    if person(line.text) or (last.detail == "title" and _name_then_place(line.text, person)):
        return "name"
    if last.detail == "name" and person(TYPESET_SIGNS_RE.sub("", line.text)):
        return "name"  # the last name of a list going on over lines, its sign after it ("Cy Doe‡")
    role = _header_role(line.text.strip())
    if role in ("date", "byline"):
        return role
    if last.detail in AUTHORS_PART and _under_the_names(line, segments):
        return "affiliation"
    return None


def _name_then_place(text: str, person: Callable[[str], bool]) -> bool:
    """A person's name, then after a comma the institution ("John Hughes, Institutionen för Datavetenskap,"):
    an institution's line, or words whose address goes on on the next line (the comma at the end). "Karl Marx,
    the Man and His Work" is a subtitle."""
    m = NAME_THEN_PLACE_RE.match(text.strip())
    if m is None:
        return False
    place = text.strip()[m.end(1) + 1:].strip()
    return (person(m.group(1)) and len(words(text)) <= HEADING_MAX_WORDS
            and (place.endswith(",") or _affiliation_line(place)))


def _bare_names(text: str) -> str:
    """A line of names without their notes' signs, the space before a comma and the comma a list of names goes
    on after ("Ann Lee∗, Bo Kim† ," → "Ann Lee, Bo Kim")."""
    bare = re.sub(r"\s+,", ",", NAME_SIGNS_RE.sub("", side_by_side(text)))
    return " ".join(bare.split()).removesuffix(",")


def _person_of(text: str) -> str:
    """The name of a line of a name and its institution ("John Hughes, Institutionen …" → "John Hughes"); a line
    of names, or any other, as it is."""
    text = text.strip()
    m = NAME_THEN_PLACE_RE.match(text)
    if _names_line(text) or not m or not _name_line(m.group(1)):
        return text
    return m.group(1).strip()


def _under_the_names(line: Line, segments: list[Segment]) -> bool:
    """A line in the run of lines under the authors' names, set in as many columns as the names are
    ("The Free Haven Project     The Free Haven Project     Naval Research Lab"), or, under one name, one
    short line: an institution or its address, each column a few words that end no sentence."""
    above = segments[-1].block.lines[-1]
    names = next(seg for seg in reversed(segments) if seg.detail == "name").block.text
    columns = [part for part in re.split(r"\s{3,}", line.text.strip()) if part]
    return (line.lineno == above.lineno + 1 and len(columns) == len(re.split(r"\s{3,}", names.strip()))
            and not OPENING_SECTION_RE.match(line.text.strip())
            and all(len(words(part)) <= 6 and not part.endswith((".", "!", "?", ":", ";"))
                    and (part[:1].isupper() or part[:1].isdigit()) for part in columns))


#: a name's last word with the sign of its note ("Maïeul Rouquette‡"), or an institution's
NAME_SIGN_RE = re.compile(rf"[{SIGNS}]$")
#: the sign of a note after each name of a line ("Seth Gilbert∗     Nancy Lynch∗")
NAME_SIGNS_RE = re.compile(rf"[{SIGNS}](?=[\s,;]|$)")
#: the words that hand a title page's credit to the names below ("based on the original work by")
CREDIT_RE = re.compile(r"\b(?:by|with|from|after|and)$")
#: the others of a list of authors, on a line of their own under the last name ("et al.‡")
ET_AL_RE = re.compile(rf"^et\s+al\.?\s*[{SIGNS}]?$")


def _plain_letters(text: str) -> str:
    """*text* without its combining marks ("Maı̈eul" → "Maıeul"), as a name's test reads it."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if not unicodedata.combining(ch))


def _signed_name(text: str) -> bool:
    """A line of names, a note's sign after it or not ("Maïeul Rouquette‡")."""
    # each name of a line of names side by side may carry its sign ("Seth Gilbert∗     Nancy Lynch∗")
    return _names_line(_plain_letters(NAME_SIGNS_RE.sub("", text.strip())))


def _institution(text: str) -> bool:
    """An institution's line, a note's sign after it or not ("Herries Press†")."""
    return _affiliation_line(NAME_SIGN_RE.sub("", text.strip()))


def _title_page_head(lines: list[Line]) -> list[Line]:
    """The short lines at the top of a PDF, above its first line of prose (a sentence's end or break in it)."""
    head: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if (len(words(text)) > HEADING_MAX_WORDS or (text.endswith((".", "?", "!", ":", ";", ","))
                                                     and not ET_AL_RE.match(text))
                or SENTENCE_BREAK_RE.search(text) or CODE_LINE_RE.search(text)):
            break
        head.append(line)
    return head


def _pdf_title_page(blocks: list[Blk], furniture: dict[int, str]) -> list[Segment]:
    """A PDF's title page: its short lines above the first line of prose: the title, a subtitle, the authors.

    "ledmac (deprecated)", "A presumptuous attempt to port", "EDMAC, TABMAC and
    EDSTANZA to LaTeX∗", "Peter Wilson", "Herries Press†", "Maïeul Rouquette‡",
    "based on the original work by", "John Lavagnino, …": the first line is the
    title (it may open in lower case, as a program's name does), the lines
    down to the first author's name the subtitle, each name with the sign of
    its note, or above an institution, a byline, the institution its
    affiliation, and a line handing a credit on ("… by") with the names
    below it a credit. Found only where a name with a note's sign or an
    institution stands among those lines (a short line alone above the text
    is read as any header is); a page's furniture (a running head that
    repeats on every page) is never the title.
    """
    lines = [line for block in blocks[:TOP_ZONE] for line in block.lines if line.lineno not in furniture][:TOP_ZONE]
    head = _title_page_head(lines)
    if len(head) < 3 or head[-1] is lines[-1]:
        return []
    people = [i for i, line in enumerate(head[1:], 1) if _signed_name(line.text) and (
        NAME_SIGN_RE.search(line.text.strip()) or (i + 1 < len(head) and _institution(head[i + 1].text)))]
    if not people or any(_header_role(NAME_SIGN_RE.sub("", line.text.strip())) for line in head[1:people[0] + 1]):
        return []  # a byline in its form ("M.C. Howard and J.E. King*"): the header is read as any other's
    first = people[0]
    if TITLE_BROKEN_OFF_RE.search(head[0].text.rstrip()):
        # "Brewer’s Conjecture and the Feasibility of", "Consistent, …", "Services": one title over its lines
        return _whole_blocks(_title_page_people(head, first, [Segment("header", Blk(head[:first], 0, 0), "title")]),
                             blocks)
    segments = [Segment("header", Blk([head[0]], 0, 0), "title")]
    if first > 1:
        segments.append(Segment("header", Blk(head[1:first], 0, 0), "subheading"))
    return _whole_blocks(_title_page_people(head, first, segments), blocks)


#: a title page's "by NAME" line in any case ("by The NT S Team"): the byline under a dated title
TITLE_PAGE_BY_RE = re.compile(r"^(?:by|By|BY)\s+[A-Z][\w.’'-]*(?:\s+[\w.’'&-]+){0,7}$")
#: a person's name that opens a line, before a comma and the institution ("Peter Breitenlohner, Max-Planck-…")
NAME_THEN_PLACE_RE = re.compile(r"^([^,]+),\s+\S")


#: the small words of a place's name ("Kronberg im Taunus", "Frankfurt am Main", "Stratford upon Avon")
PLACE_PARTICLES = frozenset("im am an der den de la le für upon on of del di du y".split())


def _place(text: str) -> bool:
    """A place after a name and its comma: capitalised words and a place's particles ("Kronberg im Taunus",
    "Max-Planck-Institut für Physik, München"); "the Man and His Work" is a subtitle's."""
    parts = [w.strip(",") for w in words(text)]
    return bool(parts) and parts[0][:1].isupper() and all(w[:1].isupper() or w in PLACE_PARTICLES for w in parts)


def _pdf_dated_title_page(blocks: list[Blk], furniture: dict[int, str]) -> list[Segment]:
    """A PDF's title page whose title a line of its date or version stands under (a manual's, a report's).

    "The ε-TEX manual", "Version 2, February 1998", "by The NT S Team",
    "Peter Breitenlohner, Max-Planck-Institut für Physik, München": the first
    short line is the title, the line under it its date line (a version line
    is one), a "by …" line below them the byline, and a name on a line of its
    own there, its institution after a comma or not, a byline too. Found only
    where the second of the short lines at the top dates the text (a title
    alone above the prose is read as any header is), and only when those
    lines take whole blocks (the body begins at a block's start).
    """
    # a date line is the title page's own here, never a page's furniture
    lines = [line for block in blocks[:TOP_ZONE] for line in block.lines
             if furniture.get(line.lineno, "date line") == "date line"][:TOP_ZONE]
    head = _title_page_head(lines)
    if len(head) < 2 or head[-1] is lines[-1]:
        return []
    title = head[0].text.strip()
    # "by Jane Roe" between the title and its date ("The Class Nature …", "by Jane Roe", "27 March 2001")
    # or the author's name, the place after a comma ("Dr. Bernhard Pfaff, Kronberg im Taunus")
    second = head[1].text.strip() if len(head) > 2 else ""
    by_line = bool(TITLE_PAGE_BY_RE.match(second))
    named = None if by_line else NAME_THEN_PLACE_RE.match(second)
    name_line = named is not None and _name_line(named.group(1)) and _place(second[named.end(1) + 1:])
    by = 1 if by_line or name_line else 0
    dated = head[1 + by].text.strip()
    if (not _title_line(title) or section_number(title) is not None or _header_role(title)
            or _header_role(dated) != "date"):
        return []
    segments = [Segment("header", Blk([head[0]], 0, 0), "title")]
    segments += [Segment("header", Blk([head[1]], 0, 0), "name" if name_line else "byline")] if by else []
    segments.append(Segment("header", Blk([head[1 + by]], 0, 0), "date"))
    for line in head[2 + by:]:
        text = line.text.strip()
        if TITLE_PAGE_BY_RE.match(text) and not any(s.detail in ("byline", "name") for s in segments):
            segments.append(Segment("header", Blk([line], 0, 0), "byline"))
        elif (m := NAME_THEN_PLACE_RE.match(text)) and _name_line(m.group(1)) or _signed_name(text):
            segments.append(Segment("header", Blk([line], 0, 0), "name"))
        elif _institution(text) and segments[-1].detail in ("name", "affiliation"):
            segments.append(Segment("header", Blk([line], 0, 0), "affiliation"))
        else:
            break
    kept = _taken_whole(segments, blocks)
    return kept if len(kept) >= 2 + by and kept[1 + by].detail == "date" else []


def _title_page_people(head: list[Line], i: int, segments: list[Segment]) -> list[Segment]:
    """The bylines, affiliations and credits of a title page from its line *i*, after *segments*."""
    while i < len(head):
        text = head[i].text.strip()
        if CREDIT_RE.search(text) and i + 1 < len(head) and _signed_name(head[i + 1].text):
            segments.append(Segment("header", Blk(head[i:i + 2], 0, 0), "credit"))
            i += 2
            continue
        run_on = head[i].lineno == head[i - 1].lineno + 1  # in the run of lines above, no blank line between
        last = segments[-1]
        if ET_AL_RE.match(text) and last.detail == "name" and run_on:
            # "Michael A. Harrison", then "et al.‡": one byline
            segments[-1] = last._replace(block=Blk([*last.block.lines, head[i]], 0, 0))
        elif _signed_name(text) and not (_institution(text) and last.detail == "name"):
            segments.append(Segment("header", Blk([head[i]], 0, 0), "name"))
        elif (_institution(text) and last.detail in ("name", "affiliation")) or (
                last.detail == "affiliation" and run_on and len(words(text)) <= 6 and text[:1].isupper()):
            # an institution, or its address under it ("Berkeley, CA 94720")
            segments.append(Segment("header", Blk([head[i]], 0, 0), "affiliation"))
        else:
            break
        i += 1
    return segments


def _taken_whole(segments: list[Segment], blocks: list[Blk]) -> list[Segment]:
    """The header's segments up to the last block they take whole: the body begins at a block's start."""
    taken = {line.lineno for seg in segments for line in seg.block.lines}
    whole: set[int] = set()
    for block in blocks:
        linenos = {line.lineno for line in block.lines}
        if not linenos <= taken:
            break
        whole |= linenos
    return [seg for seg in segments if all(line.lineno in whole for line in seg.block.lines)]


def _whole_blocks(segments: list[Segment], blocks: list[Blk]) -> list[Segment]:
    """A title page's segments taken whole (:func:`_taken_whole`), if a title and a name are among them."""
    kept = _taken_whole(segments, blocks)
    return kept if kept and kept[0].detail == "title" and any(s.detail == "name" for s in kept) else []


#: the blocks below an archive's title searched for its record of the work
RECORD_NEAR = 3
#: a record's line that names the title or the author
RECORD_NAMES_RE = re.compile(r"^(Title|Authors?):")


def _author_above_title(blocks: list[Blk]) -> bool:
    """An archive's author line above the title: a name, the title, then a date, a source or a chapter."""
    if len(blocks) <= 2 or not _name_line(blocks[0].text):
        return False
    title, third = blocks[1], blocks[2]
    if (len(title.lines) != 1 or not _title_like(title.text) or _header_role(title.text.strip())
            or from_source_line(title.text) or title.text.strip().casefold() == "by"):
        # "Leon Trotsky", then "From New World Encyclopedia": the title, then the site's tagline; "WALDEN POND",
        # then "BY" and the name: the title over its byline
        return False
    return (
        _header_role(third.lines[0].text.strip()) in ("date", "posted")
        or source_line(third.text)
        # the archive's record of the work ("Written: …", "Source: …") a little below, past a caption:
        # a record that names no title and no author (one that does names them itself)
        or any(field_lines(b.lines)
               and not any(RECORD_NAMES_RE.match(line.text) for line in b.lines) for b in blocks[2:2 + RECORD_NEAR])
        # author, work, then the chapter's label over its title ("Chapter 19", "Pravda")
        or bool(CHAPTER_LABEL_RE.match(third.lines[0].text.strip()))
        # author, work, chapter: three short lines at the top
        or (len(third.lines) == 1 and len(words(third.text)) <= HEADING_MAX_WORDS
            and not third.text.rstrip().endswith((".", ",", ";", ":"))
            and third.text[:1].isalnum())
    )


def _under_title(rest: list[Blk], segments: list[Segment]) -> list[Segment]:
    """The header's lines under the title: a wiki's fields, a subtitle, a name, then the other fields."""
    fields = _field_run(rest)
    if fields:
        # a wiki page, an archive: the title, then its "Field: value" lines
        return segments + fields
    if (len(rest) > 2 and len(rest[0].lines) == 1 and rest[0].text.strip().casefold() == "by"
            and len(rest[1].lines) == 1 and not rest[1].blank_before and _name_line(rest[1].text)):
        # "BY" alone under the title, the name under it ("WALDEN", "BY", "HENRY DAVID THOREAU"): one byline
        segments.append(Segment("header", Blk(rest[0].lines + rest[1].lines, rest[0].blank_before,
                                              rest[1].blank_after), "byline"))
        rest = rest[2:]
    if rest and len(rest[0].lines) == 1 and not rest[0].blank_before and not _header_role(rest[0].text.strip()):
        # a person's name under the title, in its run of lines, is the byline (below), no subtitle
        name = _name_line(rest[0].text) and len(rest) > 1
        if (not name and heading_like(rest[0].text) and not is_caps(rest[0].text)
                and section_number(rest[0].text) is None and not from_source_line(rest[0].text)):
            # the line under the title, in the same run of lines: its subtitle (a numbered line is a section's)
            segments.append(Segment("header", rest[0], "subheading"))
            rest = rest[1:]
    if (rest and len(rest[0].lines) == 1 and _name_line(rest[0].text) and len(rest) > 1
            and not _repeats_title(rest[0], segments)):
        # a name alone under the title: the author (a guess the report flags)
        segments.append(Segment("header", rest[0], "name"))
        rest = rest[1:]
    # an archive's fields under the title and its subtitle (the chapter), or the byline
    fields = _field_run(rest)
    return segments + fields if fields else _header_fields(rest, segments)


def _repeats_title(block: Blk, segments: list[Segment]) -> bool:
    """A line under the title that is the title again ("Leon Trotsky" over a wiki's infobox, under the page's
    title "Leon Trotsky"): the subject's name, never the author's."""
    title = next((seg.block.text for seg in segments if seg.detail == "title"), None)
    return title is not None and " ".join(block.text.split()).casefold() == " ".join(title.split()).casefold()


def _field_run(rest: list[Blk]) -> list[Segment]:
    """The blocks of "Field: value" lines that open *rest*, one after another (a blank line between or none)."""
    fields: list[Segment] = []
    for block in rest:
        if not field_lines(block.lines) or (fields and block.blank_before > 1):
            break
        fields.append(Segment("header", block, "fields"))
    return fields


def _chapter_label_above_title(blocks: list[Blk]) -> bool:
    """A chapter's label alone at the top ("CHAPTER II"), with a title of one line under it."""
    return (
        len(blocks) > 1 and len(blocks[0].lines) == 1 and bool(CHAPTER_LABEL_RE.match(blocks[0].text.strip()))
        and len(blocks[1].lines) == 1 and heading_like(blocks[1].text)
    )


def _date_first_header(blocks: list[Blk]) -> list[Segment]:
    """A header that opens with its date: "10.08.2023", a rubric, then the title.

    Of the short lines stacked between the date and the text, the last is
    the title and those above it are rubrics (the series, the section).
    """
    singles = _single_lines(blocks[0])
    segments = [Segment("header", singles[0], _header_role(singles[0].text.strip()) or "date")]
    stack = singles[1:]
    rest = blocks[1:]
    while (rest and len(rest[0].lines) == 1 and heading_like(rest[0].text) and not _header_role(rest[0].text.strip())
           and not from_source_line(rest[0].text)):  # "Feb 28 2022", "From CrimethInc.": the source, no title
        stack.append(rest[0])
        rest = rest[1:]
    if not stack or not all(heading_like(b.text) for b in stack):
        return _header_fields(blocks, [])
    segments += [Segment("header", b, "rubric") for b in stack[:-1]]
    segments.append(Segment("header", stack[-1], "title"))
    return _header_fields(rest, segments)


#: a site's name set as a logo: words run together, each capitalised ("WeeklyWorker")
LOGO_RE = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")


#: the furniture of a count of readers' comments glued to the byline ("By Jane Roe24 comments")
COMMENT_COUNT = "comment count"


def _comment_count_apart(block: Blk) -> list[Segment] | None:
    """A byline of one line that ends with the count of its readers' comments (:func:`comment_count`: "By Jane Roe
    and John Doe24 comments"), as two segments: the byline, and the count set aside (:data:`COMMENT_COUNT`);
    or None."""
    if len(block.lines) != 1 or (cut := comment_count(block.lines[0].text)) < 0:
        return None
    line = block.lines[0]
    name = Blk([Line(line.text[:cut].rstrip(), line.lineno, line.start)], block.blank_before, 0)
    count = Blk([Line(line.text[cut:], line.lineno, line.start + cut)], 0, block.blank_after)
    if _header_role(name.text.strip()) != "byline":
        return None
    return [Segment("header", name, "byline"), Segment("furniture", count, COMMENT_COUNT)]


#: the most words of a standfirst of one sentence between the title and the byline
STANDFIRST_MAX_WORDS = 45


def _standfirst_over_byline(block: Blk, rest: list[Blk], segments: list[Segment]) -> bool:
    """A standfirst of one sentence on one line right under the title (nothing else of the header between), its
    byline with its date alone on the next line (:func:`_byline_block`: "Ann Lee Dec 28 2014, 8:01 AM ET"); a
    sentence over "By NAME" alone is the text's, the byline a quotation's or a section's."""
    if [seg.detail for seg in segments if seg.role == "header"][-1:] != ["title"] or len(block.lines) != 1:
        return False
    text = block.text.strip()
    i = next((k for k, b in enumerate(rest) if b is block), -1)
    if not 0 <= i < len(rest) - 1 or not _byline_block(rest[i + 1]):
        return False
    dated = byline(rest[i + 1].text.strip())
    return (ends_sentence(text) and len(words(text)) <= STANDFIRST_MAX_WORDS and not SENTENCE_BREAK_RE.search(text)
            and dated is not None and bool(dated[1]))


def _header_fields(rest: list[Blk], segments: list[Segment]) -> list[Segment]:
    """The header's lines after its title: byline, date, part, standfirst, source."""
    for block in rest[:5]:
        if (apart := _comment_count_apart(block)) is not None:
            segments += apart
            continue
        # a byline and a date may share a run of lines: each line is a field
        roles = [_header_role(line.text.strip()) for line in block.lines]
        if all(roles):
            segments += [Segment("header", b, r or "") for b, r in zip(_single_lines(block), roles, strict=True)]
        elif any(roles) and all(r or len(words(line.text)) == 1 for r, line in zip(roles, block.lines, strict=True)):
            # a single word beside the byline or the date: a button's label ("Print", in any language)
            segments += [Segment("header", b, r) if r else Segment("furniture", b, "button label")
                         for b, r in zip(_single_lines(block), roles, strict=True)]
        elif (STANDFIRST_RE.search(block.text) or STANDFIRST_LEAD_RE.search(block.text)) and len(segments) <= 4:
            segments.append(Segment("header", block, "standfirst"))
        elif _standfirst_over_byline(block, rest, segments):
            # "A one-sentence standfirst about the story." under the title, its byline under it
            segments.append(Segment("header", block, "standfirst"))
        elif (
            len(block.lines) == 1 and _name_line(block.text) and not _repeats_title(block, segments)
            and not any(seg.detail in ("byline", "name", "author") for seg in segments)
        ):
            # a name alone under the title and the issue: the author (a guess the report flags)
            segments.append(Segment("header", block, "name"))
        elif (source_line(block.text) or issue_line(block.text)
              or (len(block.lines) == 1 and from_source_line(block.text))):
            segments.append(Segment("header", block, "source"))
        elif segments and field_lines(block.lines):
            # "Author: Jane Roe" under the title and the "Posted … by admin" line: the header's own fields
            segments.append(Segment("header", block, "fields"))
        else:
            break
    return segments


#: the fewest lines of a menu copied one item to a line
MENU_MIN_LINES = 3


def _menu_item(text: str) -> bool:
    """An item of a menu: one to three words, capitalised, no punctuation of a sentence."""
    stripped = text.strip()
    return (0 < len(words(stripped)) <= 3 and stripped[0].isupper()
            and not re.search(r"[.,;:!?]", stripped) and not stripped.startswith(" "))


def edge_furniture(block: Blk, kind: str, furniture: dict[int, str], *, top: bool = False) -> str | None:
    """The kind of furniture a block at the top or the bottom of the text is, by its form, or None.

    Every line of the block must be furniture; the block's kind is that of its first line.
    """
    kinds = []
    for i, line in enumerate(block.lines):
        what = furniture.get(line.lineno) or web_line_kind(line.text, at_edge=True) or (
            "running head" if i + 1 < len(block.lines) and print_address(line.text, block.lines[i + 1].text)
            else None)  # a browser's print's address over its page counter
        if not what:
            break
        kinds.append(what)
    if kinds and len(kinds) == len(block.lines):
        return kinds[0]
    menu = len(block.lines) >= MENU_MIN_LINES and all(_menu_item(line.text) for line in block.lines)
    if not menu and kinds and len(block.lines) >= MENU_MIN_LINES:
        # a menu copied one item to a line from a skip link down ("Jump to content", "Main menu", "move to
        # sidebar", "hide", "Navigation", …): short items, in lower case or not, under a line of furniture
        menu = all(_menu_item(line.text) or _menu_item(line.text.capitalize()) for line in block.lines)
    if top and kind == "web" and menu:
        # a menu copied one item to a line, above the text (below it, such lines may be a signature)
        return "navigation bar"
    return None


# -- Link lists: the site's menus, sidebars, tag clouds, archives and footers, by their form ------------

#: what a run of a site's links set aside is called
LINK_LIST = "link list"
#: the fewest words of a paragraph of prose, where the page's furniture at its top ends
PROSE_MIN_WORDS = 8
#: the most words of a line that a link list at the page's foot passes over (a form's label, a short notice:
#: "Your email address will not be published. Required fields are marked *")
BRIDGE_MAX_WORDS = 16
#: the most such lines one after another
BRIDGE_MOST = 2


def link_block(block: Blk) -> bool:
    """A block that reads as one link of a site's list: each of its lines a link's label
    (:func:`edition.witness.furniture.link_item`), all of them :data:`LINK_MAX_WORDS` words at most
    ("Mozilla" above "Labs", the two lines of one entry of a box of links), and no wiki's heading."""
    return (not block.code and not block.table and not edit_heading(block.text)
            and sum(len(words(line.text)) for line in block.lines) <= LINK_MAX_WORDS
            and all(link_item(line.text) for line in block.lines))


def _prose(block: Blk) -> bool:
    """A paragraph of prose: :data:`PROSE_MIN_WORDS` words or more, a sentence ending in it or at its end."""
    text = block.text.strip()
    return len(words(text)) >= PROSE_MIN_WORDS and (ends_sentence(text) or bool(SENTENCE_BREAK_RE.search(text)))


def _header_line(block: Blk) -> bool:
    """A block that opens with a line of the text's header, by its form: a record's field ("Written: 1936"),
    a part, a byline, a date line, a blog's "Posted on …", a date and its author ("Tuesday 15 October 2019
    by Jane Doe")."""
    first = " ".join(block.lines[0].text.split())
    return bool(FIELD_RE.match(block.lines[0].text) or _header_role(first) or DATE_BY_RE.match(first))


def top_link_list(blocks: list[Blk]) -> int:
    """How many blocks at the top of a web page are the site's links (0 if none): its menus, its tag cloud,
    its sidebar, copied one link to a line above the text.

    The page must open with :data:`LINK_RUN_MIN` blocks or more that each read as a link
    (:func:`link_block`), none a line of the header (:func:`_header_line`). The furniture goes on over
    short lines (a tagline, a search box's label) down to the title: the line above the first line of the
    header, if one stands before the first paragraph of prose (with the byline and the author's name above
    it, and a standfirst); else the run of links ends it, its last line kept when prose follows it at once
    (the title, or a heading: a heading is followed by prose). A menu is never the text: each of its lines
    is kept, set aside, with the reason.
    """
    run = bridged = 0
    while True:
        while run < len(blocks) and _top_link(blocks[run]):
            run += 1
        if _menu_notice(blocks, run):
            run = bridged = run + 1  # "Wrong language? Change it here …" amid the site's menus: theirs
            continue
        break
    columns = [i for i in range(run) if link_column(blocks[i])]
    if columns and run - columns[-1] - 1 < LINK_RUN_MIN:
        run = columns[-1] + 1  # the lines under a column of links, too few for a menu: the title, a tagline
    if _link_lines(blocks[:run]) < LINK_RUN_MIN:
        return 0
    prose = next((i for i, block in enumerate(blocks) if i >= bridged and _prose(block)), None)
    if prose is None:
        return 0  # short lines and nothing else (a poem's, a list's): no page's menu above a text
    end = min(run, prose - 1)
    header = next((i for i in range(run, prose) if _header_line(blocks[i])), None)
    if header is not None and all(len(b.lines) == 1 and len(words(b.text)) <= FURNITURE_MAX_WORDS
                                  for b in blocks[run:header]):
        end = header - 1  # the title, above the header's first line
        while end > 0 and (_name_line(blocks[end].text) or _header_role(blocks[end].text.strip()) == "byline"
                           or byline_like(blocks[end].text)
                           or STANDFIRST_RE.search(blocks[end].text) or STANDFIRST_LEAD_RE.search(blocks[end].text)
                           or credited_caption(blocks[end].text)):
            end -= 1  # a byline, a standfirst, a picture's caption and its credit: the title above them
        if end > 0 and _name_line(blocks[end - 1].text):
            end -= 1  # the author's name above the title, as archives print it
    elif 0 < end < len(blocks) and _signed(blocks[end]) and heading_like(blocks[end - 1].text):
        end -= 1  # a line of a heading's form right above a byline: the headline, never a link of the site's
    return end if _link_lines(blocks[:end]) >= LINK_RUN_MIN else 0


#: a picture's caption with its credit: a sentence, then the credit after a bar ("Rep. Jane Roe. | A. Photographer/
#: Agency") or in brackets at its end ("… on March 18. (A. Photographer/Agency)"): its last part names the
#: picture's maker, never a title's words
CREDITED_CAPTION_RE = re.compile(
    r"^[^|]*[^\W\d_][.!?][\"”’)]?\s*(?:\|\s*[A-Z][^|!?]{0,60}[^\W_]|\([A-Z][^()]{0,60}\))$"
)


def credited_caption(text: str) -> bool:
    """A picture's caption with its credit (:data:`CREDITED_CAPTION_RE`), one line."""
    stripped = " ".join(text.split())
    return "\n" not in text.strip() and bool(CREDITED_CAPTION_RE.match(stripped))


#: the furniture of a short notice amid the site's menus at the top of its page (:func:`_menu_notice`)
MENU_NOTICE = "menu notice"


def _top_link(block: Blk) -> bool:
    """A block of the site's links at the top of its page (:func:`top_link_list`)."""
    return (link_block(block) or link_column(block)) and not _header_line(block)


def _menu_notice(blocks: list[Blk], i: int) -> bool:
    """A short notice of one line at *i* amid the site's menus at the top of its page ("Wrong language? Change it
    here …", "50 kitchens, one city"): :data:`BRIDGE_MAX_WORDS` words at most, no date, no byline and no line
    of the header, with twice :data:`LINK_RUN_MIN` links at least above it and below it (a standfirst under the
    title has the text below it, not menus)."""
    if (not (2 * LINK_RUN_MIN <= i < len(blocks) - 2 * LINK_RUN_MIN) or len(blocks[i].lines) != 1
            or _top_link(blocks[i])):
        return False
    text = blocks[i].text.strip()
    return (len(words(text)) <= BRIDGE_MAX_WORDS and not _header_line(blocks[i])
            and not date_at_end(text) and not byline(text)
            and all(_top_link(b) for b in blocks[i - 2 * LINK_RUN_MIN:i])
            and all(_top_link(b) for b in blocks[i + 1:i + 1 + 2 * LINK_RUN_MIN]))


#: the fewest lines of a column of links copied without blank lines between them (:func:`link_column`)
LINK_COLUMN_MIN_LINES = 12
#: the most words of such a column's lines on average (each a link's label: :data:`LINK_MAX_WORDS` at most)
LINK_COLUMN_MEAN_WORDS = 5


def link_column(block: Blk) -> bool:
    """A block of many links, one to a line, copied without blank lines between them: a sidebar's box of links
    (a wiki's navigation box: "Machine learning and data mining", "Problems", "Classification", "Clustering",
    …), :data:`LINK_COLUMN_MIN_LINES` lines or more, each a link's label (:func:`link_item`), of
    :data:`LINK_COLUMN_MEAN_WORDS` words or fewer on average. A stanza's lines end in commas and stops, a
    paragraph's are long."""
    return (len(block.lines) >= LINK_COLUMN_MIN_LINES and not block.code and not block.table
            and sum(len(words(line.text)) for line in block.lines) <= LINK_COLUMN_MEAN_WORDS * len(block.lines)
            and all(link_item(line.text) for line in block.lines))


def _link_lines(blocks: list[Blk]) -> int:
    """How many links *blocks* hold: a block of one link (:func:`link_block`) one, a column (:func:`link_column`)
    one for each line."""
    return sum(len(block.lines) if link_column(block) else 1 for block in blocks)


def bottom_link_list(blocks: list[Blk], start: int, kind: str, furniture: dict[int, str]) -> int:
    """Where the site's links at the foot of a web page begin (``len(blocks)`` if they are not there): its
    sidebar, its archive's months, its categories, its languages, its footer, copied one link to a line.

    Walking back from the end: blocks that read as links (:func:`link_block`), lines of furniture by their
    form (a licence, a page's stamp, a wiki's categories: :func:`edge_furniture`), and at most
    :data:`BRIDGE_MOST` short lines one after another between them (a form's labels, a notice). It stops
    at prose, a wiki's heading or a note's body, and takes from the first link or line of furniture after
    them; :data:`LINK_RUN_MIN` links at least one after another must be among them, and a line of furniture
    by its form (a licence, "Log in", "Tags", a wiki's categories): an article's closing list ("See also",
    four titles; its signatories, every link a person's name) is its text. The page's last block is a link
    or furniture, never a sentence.
    """
    first = len(blocks)
    run = longest = bridges = links = names = 0
    formed = False
    for i in range(len(blocks) - 1, start - 1, -1):
        block = blocks[i]
        if edit_heading(block.text) or CARET_BODY_RE.match(block.lines[0].text):
            break
        if link_block(block):
            run, bridges, first = run + 1, 0, i
            longest = max(longest, run)
            if edge_furniture(block, kind, furniture):
                formed = True  # "Download Firefox", "Log in"
            else:
                links, names = links + 1, names + _name_line(block.text)
        elif edge_furniture(block, kind, furniture) or wiki_line_kind(block.text, "foot"):
            run, bridges, first, formed = 0, 0, i, True
        elif first < len(blocks) and len(words(block.text)) <= BRIDGE_MAX_WORDS and bridges < BRIDGE_MOST:
            run, bridges = 0, bridges + 1
        else:
            break
    return first if longest >= LINK_RUN_MIN and formed and names < links else len(blocks)


#: a post's stamp names itself: "Posted on …", "Published …" (a date and a name alone may date a diary's entry)
STAMP_START_RE = re.compile(r"^\s*(?:Posted|Published|Written|Updated)\b", re.IGNORECASE)


def closing_stamp(blocks: list[Blk], start: int, end: int) -> int:
    """The index after a post's closing stamp ("Posted on 15 October 2019 at 09:11 by Jane Doe.") in the
    second half of *blocks[start:end]*, or *end*: what follows the stamp is the site's (its footer, its
    comments), never the post's."""
    for i in range(end - 1, max(start, len(blocks) // 2) - 1, -1):
        if len(blocks[i].lines) == 1 and STAMP_START_RE.match(blocks[i].text) and posted_line(blocks[i].text):
            return i + 1
    return end


#: the most blocks at the top of a text searched for the site's furniture
TOP_ZONE = 12
#: the first blocks of the body, where a call to action under the title is furniture
TOP_CALLS = 2


def _tagline(text: str) -> bool:
    """A wiki's tagline under its page's title ("From Wikipedia, the free encyclopedia")."""
    return wiki_line_kind(text, "top") == "wiki tagline"


#: a page's title as a browser gives it, the site's name after a dash or a bar: "Pit committee - Wikipedia"
BROWSER_TITLE_RE = re.compile(r"^(?P<name>\S.*?\S)(?P<site>\s+[-–—|]\s+[A-Z][\w.’'&]*(?:\s+[\w.’'&]+){0,3})$")
#: the furniture of the site's name after the page's title in a browser's title
BROWSER_SITE = "site name in the page's title"


def _skip_call(text: str) -> bool:
    """A link to skip to the page's content or its navigation ("Jump to content", "Jump to navigation")."""
    stripped = " ".join(text.split())
    return skip_call(stripped) and len(words(stripped)) <= 6 or (
        wiki_line_kind(stripped, "top") == "wiki navigation")


def _browser_title(blocks: list[Blk]) -> bool:
    """The first line a page's title as a browser gives it ("NAME - SITE", :data:`BROWSER_TITLE_RE`), the link to
    skip to the content under it ("Jump to content"), the page's own heading NAME nowhere below it at the top."""
    if not blocks or blocks[0].code or blocks[0].table:
        return False
    first = blocks[0].lines[0].text
    m = BROWSER_TITLE_RE.match(first.strip())
    under = blocks[0].lines[1] if len(blocks[0].lines) > 1 else (blocks[1].lines[0] if len(blocks) > 1 else None)
    if m is None or first.startswith(" ") or under is None or not _skip_call(under.text):
        return False
    name = " ".join(m.group("name").split()).casefold()
    return heading_like(m.group("name")) and not any(
        " ".join(b.text.split()).casefold() == name for b in blocks[1:TOP_ZONE])


def _browser_title_apart(segments: list[Segment], blocks: list[Blk]) -> list[Segment]:
    """The segments with the page's title as a browser gives it at the top (:func:`_browser_title`) read as the
    title NAME, the site's name after its dash set aside (:data:`BROWSER_SITE`), when the header has no other
    title."""
    if not segments or not _browser_title(blocks) or segments[0].block.lines[0] != blocks[0].lines[0]:
        return segments
    first = segments[0]
    # a title the site's links ran on down to that is the site's own line ("Log in"): the site's, no title
    segments = [Segment("furniture", seg.block, "site chrome")
                if k and seg.role == "header" and seg.detail == "title" and web_line_kind(seg.block.text, at_edge=True)
                else seg for k, seg in enumerate(segments)]
    if any(seg.role == "header" and seg.detail == "title" for seg in segments[1:]) or not (
            (first.role == "header" and first.detail == "title") or first.role == "furniture"):
        return segments
    line = first.block.lines[0]
    m = BROWSER_TITLE_RE.match(line.text.strip())
    assert m is not None
    cut = len(line.text) - len(line.text.lstrip()) + m.start("site")
    name = Blk([Line(line.text[:cut], line.lineno, line.start)], first.block.blank_before, 0)
    site = Blk([Line(line.text[cut:], line.lineno, line.start + cut)], 0, first.block.blank_after)
    return [Segment("header", name, "title"), Segment("furniture", site, BROWSER_SITE), *segments[1:]]


#: the fewest headings with the wiki's edit link (or a text dump's marks) that make a page's headings the wiki's
WIKI_HEADINGS_MIN = 3
#: how the lines of a heading's form without the edit link on such a page were read
UNEDITED_HOW = ("on a wiki's page whose headings each carry the wiki's edit link (“History[edit]”), or a text "
                "dump's marks, a short line below the first of them without one is none of its headings: an "
                "image's caption, a navigation box's row, a box's title; printed as a paragraph")


def _wiki_headings_only(segments: list[Segment]) -> tuple[list[Segment], list[Decision]]:
    """The segments with the headings of a wiki's page that carry no edit link read as paragraphs, below its first
    heading that does, when :data:`WIKI_HEADINGS_MIN` of them do or more (:func:`wiki_heading`): "Mozilla
    Foundation headquarters, 650 Castro Street …" (an image's caption), "Compilers" (a navigation box's row)
    between "History[edit]" and "Safety[edit]" are none of its sections. A page with fewer such headings keeps
    the headings of its form."""
    wiki = [i for i, seg in enumerate(segments) if seg.role == "heading" and wiki_heading(seg.block)]
    if len(wiki) < WIKI_HEADINGS_MIN:
        return segments, []
    out = list(segments)
    changed = []
    for i in range(wiki[0] + 1, len(out)):
        if out[i].role == "heading" and i not in wiki:
            out[i] = out[i]._replace(role="paragraph", detail="")
            changed.append(out[i].block)
    if not changed:
        return out, []
    where = f"line {changed[0].lineno}" + (f" and {len(changed) - 1} more" if len(changed) > 1 else "")
    return out, [Decision("heading", where, UNEDITED_HOW, changed[0].lineno, False)]


def _title_by_language_button(segments: list[Segment]) -> list[Segment]:
    """The segments with the page's title read where a wiki's skin sets it, beside the button of its language
    switcher ("Rust (programming language)", then "53 languages", :data:`LANGUAGE_COUNT_RE`): the line alone in
    its block just above the button, of a heading's form, set aside with the menus around it, above the text's
    first paragraph, when the header has no title but the wiki's tagline under the menus ("From Wikipedia, the
    free encyclopedia": set aside then, as the tagline it is). A line above a count of languages in the text (a
    paragraph, a heading over it) is none."""
    titles = [i for i, seg in enumerate(segments) if seg.role == "header" and seg.detail == "title"]
    tagline = all(wiki_line_kind(segments[i].block.text, "top") == "wiki tagline" for i in titles)
    if not tagline and not all(_menu_label_title(segments, i) for i in titles):
        return segments
    for i, seg in enumerate(segments[:-1]):
        if seg.role in ("paragraph", "heading", "list", "table", "code", "quote") or (i in titles and tagline):
            return segments  # the text has begun
        after = segments[i + 1]
        if (seg.role == "furniture" and len(seg.block.lines) == 1 and after.role == "furniture"
                and LANGUAGE_COUNT_RE.match(after.block.text.strip())
                and heading_like(seg.block.text) and not language_name(seg.block.text)):
            out = [Segment("furniture", s.block, "wiki tagline" if tagline else LINK_LIST) if k in titles else s
                   for k, s in enumerate(segments)]
            return [*out[:i], Segment("header", seg.block, "title"), *out[i + 1:]]
    return segments


def _menu_label_title(segments: list[Segment], i: int) -> bool:
    """A title at segment *i* that reads as the label of one of the site's menus ("Personal tools"): a short line
    (:data:`~edition.witness.lead.RIVAL_TITLE_WORDS` words at most) with the site's links set aside right under
    it, no line of a header: the menus go on under it (down to the wiki's button of its languages, where its
    skin sets the title: :func:`_title_by_language_button`)."""
    seg = segments[i]
    return (len(seg.block.lines) == 1 and len(words(seg.block.text)) <= RIVAL_TITLE_WORDS
            and i + 1 < len(segments) and segments[i + 1].role == "furniture"
            and segments[i + 1].detail == LINK_LIST)


def _tagline_apart(blocks: list[Blk]) -> list[Blk]:
    """The blocks with the first at the top that holds a wiki's tagline under a line of a heading's form (the
    page's title: "Pit committee" / "From Wikipedia, the free encyclopedia", the lines run together), or opens
    with the tagline under the title alone in its block, split into its lines, each a block: the title, the
    tagline, the lines under it, read each by its form."""
    if blocks and len(blocks[0].lines) > 1 and _browser_title(blocks):
        # "Pit committee - Wikipedia" / "Jump to content" / "Main menu" …, the lines run together: each read apart
        blocks = [*_single_lines(blocks[0]), *blocks[1:]]
    for i, block in enumerate(blocks[:TOP_ZONE]):
        k = next((k for k, line in enumerate(block.lines) if k and _tagline(line.text)), 0)
        if k and not block.code and not block.table and heading_like(block.lines[k - 1].text):
            return [*blocks[:i], *_single_lines(block), *blocks[i + 1:]]
        # the tagline over the lines under it in a block of its own, the title alone in the block above
        if (i and len(block.lines) > 1 and _tagline(block.lines[0].text) and not block.code and not block.table
                and len(blocks[i - 1].lines) == 1 and heading_like(blocks[i - 1].text)):
            return [*blocks[:i], *_single_lines(block), *blocks[i + 1:]]
    return blocks


def leading_furniture(blocks: list[Blk], kind: str, furniture: dict[int, str]) -> list[tuple[int, str]]:
    """The blocks at the top of a text that are the site's or the viewer's furniture.

    Menus, language switchers, breadcrumbs, navigation bars, page counters
    and calls to action are recognised by their form (:mod:`edition.witness.furniture`);
    a heading-like line above the last of them is the site's masthead. The
    search stops at the first paragraph of text.

    :return: (block index, kind) for each block set aside, from the first
    """
    found = _leading_forms(blocks, kind, furniture)
    links = top_link_list(blocks) if kind == "web" else 0
    if kind == "web" and found and found[-1][1] == SKIP_LINKS and links <= len(found):
        # the site's links under its skip links (and a cookie notice above them): the run begins below them
        links = len(found) + (top_link_list(blocks[len(found):]) or -len(found))
    if kind == "web" and links > len(found):
        # a run of links longer than the menus found by their form: the menus keep their kind
        known = dict(found)
        found = [(i, known.get(i) or edge_furniture(blocks[i], kind, furniture, top=True)
                  or wiki_line_kind(blocks[i].text, "top") or (MENU_NOTICE if _menu_notice(blocks, i) else LINK_LIST))
                 for i in range(links)]
    headline = _repeated_headline(blocks, 0, len(found)) if kind == "web" else None
    if headline is not None:
        # the headline the page gives twice, among the links that ran on to the byline (its share bar, its
        # print block): the title, the short line above it the site's name
        found = found[:headline]
        above = blocks[headline - 1] if headline else None
        if found and above is not None and len(above.lines) == 1 and len(words(above.text)) <= SITE_NAME_MAX_WORDS:
            found[-1] = (headline - 1, SITE_NAME)
    titled = _title_over_tagline(blocks) if kind == "web" else None
    if titled is not None and titled > len(found):
        # the page's title over its wiki's tagline, the site's lines above it (its toggles, its notice to the
        # reader not logged in) read as none of the known menus: set aside, each listed
        found += [(i, WIKI_TOP_LINES) for i in range(len(found), titled)]
    tagged = next((i for i, _ in found if i + 1 < len(blocks) and len(blocks[i].lines) == 1
                   and heading_like(blocks[i].text) and _tagline(blocks[i + 1].text)), None)
    if tagged is not None:
        # the line above "From Wikipedia, the free encyclopedia" is the page's title, never the site's links;
        # but not a tab of a run of them ("Article", "Talk", "Read", "Edit", "View history", "Tools": items of
        # one or two words, three or more), which leaves the run to the links (and the report unsure)
        top = tagged
        while top > 0 and _tab_like(blocks[top]) and _tab_like(blocks[top - 1]):
            top -= 1
        if tagged - top < TAB_RUN_MIN - 1:
            found = [(i, what) for i, what in found if i < tagged]
    return found


#: the fewest tabs in a run between a wiki page's title and its tagline
TAB_RUN_MIN = 3
#: the furniture of the site's lines above a wiki page's title over its tagline
WIKI_TOP_LINES = "wiki's lines above the page's title"
#: the most blocks above a wiki page's title over its tagline, all of them the site's
WIKI_TOP_MOST = 4


#: the toggle a wiki sets after the heading of its table of contents ("Contents [hide]")
CONTENTS_TOGGLES = ("[hide]", "[show]")


def _toggle_off(text: str) -> str:
    """A line without the toggle a wiki sets after its table of contents' heading (:data:`CONTENTS_TOGGLES`)."""
    line = " ".join(text.split())
    for toggle in CONTENTS_TOGGLES:
        if line.endswith(toggle):
            return line[:-len(toggle)].rstrip()
    return line


def _title_over_tagline(blocks: list[Blk]) -> int | None:
    """The index of a wiki page's title over its tagline near the top (within :data:`WIKI_TOP_MOST` blocks): one
    line of a heading's form alone in its block, the tagline the first line of the next ("From Wikipedia, the free
    encyclopedia", :func:`_tagline`); None if none. The blocks above it are the site's (its menus' toggles, its
    notice to a reader not logged in), none of their lines a sentence of prose
    (:data:`BODY_PROSE_MIN_WORDS` words or more)."""
    for i in range(1, min(WIKI_TOP_MOST + 1, len(blocks) - 1)):
        block, under = blocks[i], blocks[i + 1]
        if (len(block.lines) == 1 and heading_like(block.text) and not block.code and not block.table
                and _tagline(under.lines[0].text)):
            if any(ends_sentence(line.text) and len(words(line.text)) > BODY_PROSE_MIN_WORDS
                   for b in blocks[:i] for line in b.lines):
                return None  # prose above: the text's, not the site's
            return i
    return None


def _tab_like(block: Blk) -> bool:
    """A tab of a page's menu copied alone on its line: one line of one or two words, no sentence."""
    return len(block.lines) == 1 and len(words(block.text)) <= 2 and not ends_sentence(block.text.strip())


#: the fewest words of a headline found among the site's links by its repetition (:func:`_repeated_headline`)
REPEATED_HEADLINE_MIN_WORDS = 4


def _repeated_headline(blocks: list[Blk], start: int, end: int) -> int | None:
    """The index of the last headline among *blocks[start:end]* that the page gives twice, a few blocks apart
    (:data:`TITLE_REPEAT_SEARCH`, the second in its share or print block), or None: one line of a heading's
    form, :data:`REPEATED_HEADLINE_MIN_WORDS` words at least, one of them in lower case (a headline's, no menu's
    "Terms Of Service")."""
    for i in range(end - 1, start - 1, -1):
        block = blocks[i]
        if (len(block.lines) != 1 or len(words(block.text)) < REPEATED_HEADLINE_MIN_WORDS
                or not heading_like(block.text) or not any(w[:1].islower() for w in words(block.text))
                or _header_role(block.text.strip())):
            continue
        if any(title_repeated(b, block.text) for b in blocks[i + 1:i + 2 + TITLE_REPEAT_SEARCH]):
            return i
    return None


#: the furniture of a page's tabs above its article ("Article" / "Comments (0)")
TAB_BAR = "tab bar"
#: the most words of a tab's label
TAB_MAX_WORDS = 3


def _tab_bar(block: Blk) -> bool:
    """A page's tabs at its top, a block of two lines or more: each a link's label of :data:`TAB_MAX_WORDS` words
    at most, one of them the site's by its form ("Comments (0)"): "Article" / "Comments (0)"."""
    return (len(block.lines) >= 2 and not block.code and not block.table
            and all(len(words(line.text)) <= TAB_MAX_WORDS and link_item(line.text) for line in block.lines)
            and any(web_line_kind(line.text, at_edge=True) for line in block.lines))


def _top_kinds(blocks: list[Blk], kind: str, furniture: dict[int, str]) -> dict[int, str]:
    """The blocks at the top that are furniture by their own form, by index, down to the first that is neither
    furniture nor a heading's line (the site's name among its menus), a field or a byline."""
    kinds: dict[int, str] = dict.fromkeys(skip_links(blocks) if kind == "web" else (), SKIP_LINKS)
    margin = 0  # the blocks of a proof's line numbers alone, not counted in the zone
    for i, block in enumerate(blocks):
        if i - margin >= TOP_ZONE or FIELD_RE.match(block.lines[0].text):
            break
        if i in kinds:
            continue
        if all(furniture.get(line.lineno) == MARGIN_NUMBER for line in block.lines):
            kinds[i] = MARGIN_NUMBER
            margin += 1
            continue
        if i and _header_role(block.lines[0].text.strip()) == "byline":
            break  # the article's byline: the line above it its title, never a masthead above a menu lower down
        what = edge_furniture(block, kind, furniture, top=True) or (TAB_BAR if kind == "web" and _tab_bar(block)
                                                                   else None)
        if what:
            kinds[i] = what
        elif not (len(block.lines) == 1 and (heading_like(block.text) or _name_line(block.text))):
            break
    return kinds


def _leading_forms(blocks: list[Blk], kind: str, furniture: dict[int, str]) -> list[tuple[int, str]]:
    """The blocks at the top of a text that are furniture by the form of each (:func:`leading_furniture`)."""
    kinds = _top_kinds(blocks, kind, furniture)
    # a heading-like line is the masthead only above a menu; above a call to
    # action or a page counter alone it is the title
    last_menu = max((i for i, what in kinds.items() if what in MENU_KINDS), default=-1)
    last_skip = max((i for i, what in kinds.items() if what == SKIP_LINKS), default=-1)
    if (
        not kinds and len(blocks) > 1 and len(blocks[0].lines) == 1 and LOGO_RE.match(blocks[0].text.strip())
        and _header_role(blocks[1].lines[0].text.strip()) in ("date", "posted")
    ):
        return [(0, "masthead")]  # the site's logo above the date and the title
    found = []
    margin = sum(what == MARGIN_NUMBER for what in kinds.values())  # a proof's line numbers: not counted
    for i in range(len(blocks[:TOP_ZONE + margin])):
        if i in kinds:
            found.append((i, kinds[i]))
        elif i < last_skip:
            found.append((i, "site chrome"))  # a line above the skip links ("More info OK" under a cookie notice)
        elif i < last_menu and not _header_role(blocks[i].text.strip()):
            found.append((i, "masthead"))
        else:
            break
    if not found and kind == "pdf":
        return [(i, JOURNAL_MASTHEAD) for i in range(_journal_masthead(blocks))]
    return found


#: the furniture of a page's skip links at its very top
SKIP_LINKS = "skip links"
#: the fewest skip links one after another (two when one of them says "skip to" or "jump to")
SKIP_LINKS_MIN = 3
#: the blocks above the skip links at most (a cookie notice and its button)
SKIP_LINKS_START = 3


def skip_links(blocks: list[Blk]) -> range:
    """The blocks at the very top of a web page that are its skip links (an empty range if none): a run of short
    lines, one to a block or in one block, each the label of a region of the page
    (:func:`edition.witness.furniture.region_label`: "Inhalt", "Navigation", "Weitere Inhalte",
    "Metanavigation", "Suche"; "Skip to content", "Aller au contenu"), :data:`SKIP_LINKS_MIN` at least
    (two if one of them is a call to skip, :func:`~edition.witness.furniture.skip_call`: "Skip to content" /
    "Navigation"),
    beginning within the first :data:`SKIP_LINKS_START` blocks, before the masthead and the menus. The form
    decides (short lines at the top, each a region's label); the region words, in several languages, are the
    editors' data."""
    for start in range(min(SKIP_LINKS_START, len(blocks))):
        end = start
        while (end < min(len(blocks), TOP_ZONE) and not blocks[end].code and not blocks[end].table
               and all(region_label(line.text) for line in blocks[end].lines)):
            end += 1
        lines = [line.text for block in blocks[start:end] for line in block.lines]
        if len(lines) >= SKIP_LINKS_MIN or (len(lines) == 2 and any(skip_call(t) for t in lines)):
            return range(start, end)
        if end > start:
            break
    return range(0)


#: the furniture of a journal's masthead at the top of a PDF's first page
JOURNAL_MASTHEAD = "journal masthead"
#: the most blocks of a journal's masthead
MASTHEAD_MAX_BLOCKS = 4


def _journal_masthead(blocks: list[Blk]) -> int:
    """How many blocks at the top of a PDF are its journal's masthead, or 0: short lines ("JSS", "Journal of
    Statistical Software") down to a line that names the issue ("August 2014, Volume 59, Issue 10.") or gives
    the journal's address alone ("http://www.jstatsoft.org/"), above a title and its authors' names."""
    end = 0
    for i, block in enumerate(blocks[:MASTHEAD_MAX_BLOCKS]):
        if any(len(words(line.text)) > HEADING_MAX_WORDS or SENTENCE_BREAK_RE.search(line.text)
               for line in block.lines):
            break
        columns = [part for line in block.lines for part in re.split(r"\s{3,}", line.text.strip()) if part]
        if any(EMAIL_LINE_RE.match(part) for part in columns):
            break  # the authors' e-mail addresses ("{ann,bo}@acme.com"): the title's block, no journal's masthead
        if any(issue_line(part) or ADDRESS_RE.fullmatch(part) for part in columns):
            end = i + 1
    return end if end and (_pdf_article_header(blocks[end:]) or _heading_under_masthead(blocks[end:])) else 0


def _heading_under_masthead(blocks: list[Blk]) -> bool:
    """The document's own heading under a journal's masthead: a line of a heading's form alone in its block, set
    apart by a blank line, with no date or byline of its own ("DEPARTMENT OF COAL", "Rules for the Pits"); a
    section's heading of the front matter ("Abstract") is none: the lines above it are the title and authors."""
    return (bool(blocks) and len(blocks[0].lines) == 1 and blocks[0].blank_before > 0
            and heading_like(blocks[0].text) and not _header_role(blocks[0].text.strip())
            and not MATTER_HEADING_RE.match(blocks[0].text.strip()))


def trailing_furniture(blocks: list[Blk], kind: str = "web", furniture: dict[int, str] | None = None) -> int:
    """Index of the first block of the furniture at the end of the text (len if none).

    Three kinds are recognised: lines whose form makes them furniture (calls
    to share, subscribe or donate, menus, page counters: :func:`edge_furniture`),
    the site's lists of other articles (a line such as "Latest articles" or
    "Read more", with any short menu lines just before it, and everything
    after it), and a donation appeal (a closing passage of at most two blocks
    that asks for donations).
    """
    furniture = furniture or {}
    cut = len(blocks)
    # never above the text's first paragraph of prose: the page's foot is below it
    below = next((i + 1 for i, block in enumerate(blocks) if _prose(block)), len(blocks))
    if (foot := archive_foot(blocks, below, kind, furniture)) < cut:
        # an archive's foot under the text and its notes: what is above it may end in the site's own furniture
        return min(foot, trailing_furniture(blocks[:foot], kind, furniture))
    if kind == "web":
        cut = closing_stamp(blocks, 0, bottom_link_list(blocks, below, kind, furniture))
    # the site's list of articles in the second half of the text, the links of its foot aside
    half = cut // 2
    while cut > 1 and edge_furniture(blocks[cut - 1], kind, furniture):
        cut -= 1
    nav = next((i for i, b in enumerate(blocks[:cut]) if i > 0 and (NAV_RE.match(b.text.strip())
                                                                    or COMMENTS_RE.match(b.text.strip()))), None)
    if nav is not None and nav >= half and _site_list_below_text(blocks, below, nav, cut):
        cut = nav
        while cut > 1 and heading_like(blocks[cut - 1].text) and len(words(blocks[cut - 1].text)) <= 5:
            cut -= 1
            if blocks[cut].blank_before >= 2:
                break
        if kind == "web":
            cut = bottom_link_list(blocks[:cut], below, kind, furniture)  # the site's links above its list
        while cut > 1 and edge_furniture(blocks[cut - 1], kind, furniture):
            cut -= 1  # a call to share the article, just above the site's list
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


def _archive_footer_block(block: Blk) -> bool:
    """A block whose every line is a line of an archive's foot (:func:`archive_footer`)."""
    return not block.code and not block.table and all(archive_footer(line.text) for line in block.lines)


def archive_foot(blocks: list[Blk], below: int, kind: str, furniture: dict[int, str]) -> int:
    """The index of the first block of an archive's foot at the end of *blocks* (len if none): walking back from
    the end, blocks of that form (:func:`archive_footer`: "Back to the Kollontai Archive", "Lenin Internet
    Archive", "Transcribed by … for …, 2004", "The End"), and the site's furniture by its form between them,
    down to the first that is neither, never above *below* (the first paragraph of prose). The foot must hold
    one line of the archive's at least: the run is set aside whole, never left in the last note's body."""
    i, found = len(blocks), False
    while i > below:
        block = blocks[i - 1]
        if _archive_footer_block(block):
            found = True
        elif not edge_furniture(block, kind, furniture):
            break
        i -= 1
    if not found:
        return len(blocks)
    while i < len(blocks) and not _archive_footer_block(blocks[i]):
        i += 1  # the site's furniture above the foot's first line: left to its own rules
    return i


def _prose_words(blocks: list[Blk]) -> int:
    """The words of the paragraphs of prose (:func:`_prose`) among *blocks*."""
    return sum(len(words(block.text)) for block in blocks if _prose(block))


def _site_list_below_text(blocks: list[Blk], below: int, nav: int, cut: int) -> bool:
    """Whether a line that opens a site's list ("Related articles", "Read more") at *nav* stands below the
    text: after its first paragraph of prose (*below*), and with less prose after it than above it. A
    sidebar's box of links copied above the article ends in such a line too ("Related articles", then its
    titles, then the article's lead, its sections, its references): the prose after it is the text, never
    the site's list, whatever surrounds it. (A page with no paragraph of prose: the line's place decides.)"""
    if nav < below < len(blocks):
        return False
    return _prose_words(blocks[nav:cut]) <= _prose_words(blocks[:nav])


def notes_start(blocks: list[Blk], end: int, forms: tuple[LabelForm, ...] = FORMS) -> int:
    """Index where the notes section begins (``end`` if there is none).

    Walking back from the end, note bodies (``[n] …``, or a label in another
    of *forms*) are taken into the section together with the paragraphs that
    follow each, at most :data:`NOTE_CONTINUATIONS`: the last note's too, so
    that a last note of several paragraphs stays whole; but a sign's note
    (``* …``) with paragraphs after it is none: a page's foot note in the
    running text, the text going on below it.
    """
    start = end
    pending = 0
    for i in range(end - 1, -1, -1):
        if (found := body_label(blocks[i].lines[0].text, forms)) and not blocks[i].code:
            if found.form is SYMBOL and pending:
                break  # a sign's note, a page's foot's, takes no paragraphs of the text that go on below it
            start, pending = i, 0
        elif pending < NOTE_CONTINUATIONS:
            pending += 1  # a continuation paragraph, if a note body precedes it
        else:
            break
    return _under_notes_heading(blocks, start, forms)


#: how many blocks above the notes found a notes' heading is looked for (:func:`_under_notes_heading`)
NOTES_HEADING_REACH = 40


def _under_notes_heading(blocks: list[Blk], start: int, forms: tuple[LabelForm, ...]) -> int:
    """The start of the notes section, taken back to the notes' heading above it ("Endnotes") where a
    note of more paragraphs than :data:`NOTE_CONTINUATIONS` stands between (a note quoting a page of
    theses): the heading's next block a body, the bodies' numbers from there rising one by one to the
    first found. Else *start* as it is."""
    if start == 0 or start >= len(blocks) or (label := body_label(blocks[start].lines[0].text, forms)) is None \
            or not label.label.isdigit():
        return start
    heading = next((i for i in range(start - 1, max(start - NOTES_HEADING_REACH, 0) - 1, -1)
                    if NOTES_HEADING_RE.match(blocks[i].text.strip())), None)
    if heading is None or heading + 1 >= start:
        return start
    numbers = [found.label for b in blocks[heading + 1:start + 1]
               if (found := body_label(b.lines[0].text, forms)) and not b.code]
    if numbers != [str(n) for n in range(1, int(label.label) + 1)] or not body_label(blocks[heading + 1].lines[0].text,
                                                                                     forms):
        return start
    return heading + 1


def closing_notes(blocks: list[Blk], end: int, forms: tuple[LabelForm, ...]) -> int:
    """Index where the closing run of note bodies begins, with no paragraph between them (``end`` if none)."""
    start = end
    while start > 0 and body_label(blocks[start - 1].lines[0].text, forms) and not blocks[start - 1].code:
        start -= 1
    return start


def notes_interleaved(blocks: list[Blk], start: int, end: int) -> bool:
    """Whether paragraphs among the note bodies call notes set after them: the text goes on between its notes."""
    later: set[str] = set()
    for i in range(end - 1, start - 1, -1):
        found = body_label(blocks[i].lines[0].text, (BRACKET,))
        if found:
            later.add(found.label)
        elif later.intersection(markers(blocks[i].text, BRACKET)):
            return True
    return False


def notes_in_place(blocks: list[Blk], start: int, end: int) -> dict[int, str]:
    """The note bodies (``[n] …``) among the running text, each after a paragraph that calls it.

    A plain-text book sets each footnote after the paragraph that calls it, the
    text going on after it: such a body is a note in its place, by its label,
    when a marker of that label comes before it and the running text goes on
    after it.

    :return: the blocks' indices, each with its note's label
    """
    found: dict[int, str] = {}
    called: set[str] = set()
    for i in range(start, end):
        text = blocks[i].text
        label = None if blocks[i].code else body_label(blocks[i].lines[0].text, (BRACKET,))
        if label and label.label in called and i + 1 < end:
            found[i] = label.label
        else:
            called.update(markers(text, BRACKET))
    return found


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


#: a quotation's speaker named between two of its parts, however long the words that name them: "”, said Jane
#: Roe, a former ambassador to Israel under two presidents. “" (a news report's paragraph, no block quotation)
ATTRIBUTION_INSIDE_RE = re.compile(
    r"”[^“]*\b(?:said|says|wrote|writes|told|tells|added|adds|asked|asks|replied|replies|explained|explains"
    r"|recalled|recalls|noted|notes|argued|argues|according\s+to)\b[^“]*“"
)


def is_block_quote(text: str, previous: str) -> bool:
    """A paragraph that is one quotation from end to end."""
    stripped = text.strip()
    if not stripped or stripped[0] not in OPENING_QUOTES:
        return False  # what the pattern below takes away is at the end: the first character is the same
    core = re.sub(rf"(\s*\[(\d+|[a-z])\]|\s*[{SUPERSCRIPT_DIGITS}]+|\s*\([^()]*\)\.?)+$", "", stripped)
    if not core or core[0] not in OPENING_QUOTES:
        return False
    if core[0] == "“":
        if not core.endswith("”") or core.count("“") != core.count("”"):
            return False
        if re.search(r"”[^“]{1,60}“", core) or ATTRIBUTION_INSIDE_RE.search(core):
            return False  # interrupted: “…,” he said, “…”; “…,” said Jane Roe, a former ambassador. “…”
    elif core[0] == '"':
        if not core.endswith('"') or core.count('"') != 2:
            return False
    else:
        return False
    return previous.rstrip().endswith(":") or len(words(core)) >= 40


#: the heading over a table of contents
CONTENTS_HEADING_RE = re.compile(r"^(?:table of )?contents$", re.IGNORECASE)
#: a section number before a line of a table of contents: "1 ", "2.3 ", "IV. ", or glued to its entry as a wiki's
#: copied contents glue a subsection's number to its title ("2.1Firmware")
CONTENTS_NUMBER_RE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+|^\d{1,2}(?:\.\d{1,2})+(?=[A-Z][a-z])")


def contents_entries(block: Blk) -> list[str] | None:
    """The entries *block* would have as lines of a table of contents (their numbers cut), or None where its
    lines have no entry's form (what :func:`is_contents_line` judges before it looks at the text below)."""
    if len(block.lines) == 2 and number_only(block.lines[0].text):
        return None  # a heading and its number set on the line above (:func:`join_section_numbers`)
    if (len(block.lines) == 1 and not block.lines[0].text.startswith((" ", "\t"))
            and not CONTENTS_NUMBER_RE.match(block.lines[0].text.strip())):
        return None  # a line of its own, neither indented nor numbered
    entries = []
    for line in block.lines:
        entry = CONTENTS_NUMBER_RE.sub("", line.text.strip())
        # a heading's form, or a wiki's heading in lower case ("pdf.js", found below with its edit link)
        if not entry or not (heading_like(entry) or (entry[:1].islower() and len(words(entry)) <= 3)):
            return None
        entries.append(entry)
    return entries


class Later:
    """The blocks after one in a run of blocks, the one-line blocks among them indexed by their text, so that
    each line asked about (:func:`is_contents_line`, :func:`headed_contents`) is looked up, not searched for
    in every block below it: the run is indexed once, when first asked, each place in it a view (:meth:`after`).
    """

    def __init__(self, blocks: list[Blk], start: int = 0, index: dict[str, dict[str, int]] | None = None):
        self.blocks, self.start = blocks, start
        #: "alone": a one-line block's text, stripped → the last index where it stands; "edited": a wiki
        #: heading's text without its edit link ("pdf.js[edit]") → the same; shared by every view of the run
        self._index: dict[str, dict[str, int]] = {} if index is None else index

    def after(self, i: int) -> Later:
        """The blocks after the *i*-th of the run (of the whole run, whatever this view's start)."""
        return Later(self.blocks, i + 1, self._index)

    @property
    def first(self) -> Blk | None:
        return self.blocks[self.start] if self.start < len(self.blocks) else None

    def _last(self, kind: str) -> dict[str, int]:
        if not self._index:
            alone: dict[str, int] = {}
            edited: dict[str, int] = {}
            for k, b in enumerate(self.blocks):
                if len(b.lines) == 1:
                    line = b.lines[0].text
                    alone[line.strip()] = k
                    if line.rstrip().endswith("]") and (cut := edit_suffix(line)) >= 0:
                        edited[line[:cut].strip()] = k
            self._index.update(alone=alone, edited=edited)
        return self._index[kind]

    def alone(self, text: str) -> bool:
        """Whether *text* stands alone, a line of its own, further down."""
        return self._last("alone").get(text, -1) >= self.start

    def edited(self, text: str) -> bool:
        """Whether *text* stands further down as a wiki's heading, its edit link aside."""
        return self._last("edited").get(text, -1) >= self.start


def is_contents_line(block: Blk, later: Later, entries: list[str] | None = None) -> bool:
    """A line of a table of contents: short and indented, or in a run of such lines,
    each repeating a heading that stands alone further down.

    :param entries: its :func:`contents_entries`, where already known
    """
    entries = entries if entries is not None else contents_entries(block)
    if entries is None:
        return False
    first = later.first
    if (len(block.lines) == 1 and not block.lines[0].text.startswith((" ", "\t")) and first is not None
            and _prose_block(first)):
        return False  # "2. Functionality", then its prose: a numbered heading, no contents line (none beside it)
    # the entries that stand alone further down, each as a line of its own (a block of one line), or as a wiki's
    # heading, its edit link aside ("3.7.7 pdf.js" above "pdf.js[edit]"), in any case
    return all((heading_like(entry) and later.alone(entry)) or later.edited(entry) for entry in entries)


#: the least share of a headed table of contents' entries that stand as headings below it (the rest: sections
#: the copy lost, or headings it gives in another form)
HEADED_CONTENTS_SHARE = 2 / 3


def headed_contents(block: Blk, later: Later) -> bool:
    """Lines under "Contents", each numbered ("1 History", "2.1Firmware"), :data:`HEADED_CONTENTS_SHARE` of them
    or more repeating a heading alone further down, two at least: a table of contents, though some entries
    have no heading below (:func:`is_contents_line` wants them all where no "Contents" heads the lines)."""
    if len(block.lines) < 2 or not all(CONTENTS_NUMBER_RE.match(line.text.strip()) for line in block.lines):
        return False
    entries = contents_entries(block)
    if entries is None:
        return False
    found = sum(later.alone(entry) for entry in entries)
    return found >= 2 and found >= HEADED_CONTENTS_SHARE * len(entries)


def _lone_entry(block: Blk, body: list[Blk], i: int, below: Later) -> bool:
    """Whether *block*, the *i*-th of *body*, is one unnumbered line that would be a table of contents' entry
    alone, no entry above or below it: in a PDF a word of a chart (a box's "HOME", its copy in the next box),
    where a table of contents lists its entries in a run."""
    if len(block.lines) != 1 or CONTENTS_NUMBER_RE.match(block.lines[0].text.strip()):
        return False
    return not any(0 <= j < len(body) and is_contents_line(body[j], below.after(j)) for j in (i - 1, i + 1))


def _prose_block(block: Blk) -> bool:
    """A block of running text: two lines or more, or one that ends a sentence (what follows a heading, never a
    contents line, whose like follows it in a contents list)."""
    return len(block.lines) >= 2 or ends_sentence(block.text.strip())


def _item_beside(text: str, other: str, step: int = 0) -> bool:
    """Whether *other*, beside the numbered line *text*, is an item of the same list ("1. …" beside "2. …"),
    not a section of another level ("1 Using …" above "1.1 Plain TEX"); with a *step* (1: *other* follows
    *text*, -1: it comes before it), numbered after it or before it as a list counts (or alike, as a contents
    list's pages: "1 Methods", "1 Results"), so that the last line of a contents list ("9 Conclusion …") is no
    item beside the heading "1 Introduction" under it."""
    if not (SECTION_NUMBER_RE.match(other) or LIST_ITEM_RE.match(other)):
        return False
    mine, theirs = section_number(text), section_number(other)
    if mine is None or theirs is None:
        # "IV. …" beside any item; a numbered line beside a bulleted one ("• Land …"), or beside a roman
        # numeral, is in no list with it
        return mine is None or bool(SECTION_NUMBER_RE.match(other))
    if _dotted(text) != _dotted(other):
        return False  # "8. Investigate …" above "9     Conclusion": an item, then a section, numbered alike
    return len(mine) == len(theirs) and (not step or (theirs[-1] - mine[-1]) * step >= 0)


def _dotted(text: str) -> bool:
    """Whether the number opening *text* has its stop: "8. …" (an item's, or a section's in that form)."""
    return bool(re.match(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s", text))


def _figures_or_web_furniture(text: str, single: bool, kind: str, previous: str, following: Blk | None,
                              under_heading: bool = False, after_image: bool = False) -> tuple[str, str, bool] | None:
    """The role of a block of figures among figures (a matrix's, a table's: a paragraph, never
    a heading), or of a web page's furniture in its body (a reader's toolbar, breadcrumbs, the
    caption of an absent image), or None.

    A caption needs the place of an image: the block under a heading (*under_heading*: a chapter's
    title under its label, its epigraph under its title), the body's first block and the block above an
    attribution ("— Karl Marx") are the text's, never a caption, unless an image's trace is beside
    them (:func:`edition.witness.figures.image_trace`; *after_image*: the block above, furniture or not,
    holds one)."""
    if number_like(text) and (number_like(previous) or (following is not None and number_like(following.text))):
        return "paragraph", "", False
    if kind == "web" and single and (chrome := body_chrome_kind(text)):
        return "furniture", chrome, False  # "… (Thomas Coex/AFP/Getty Images)", "Watch video 02:17", "Read more: …"
    if kind == "web" and single and toolbar_line(text):
        return "furniture", "reader's toolbar", False  # "Font Size: [Large] [Small]", "Add Bookmark"
    if kind == "web" and single and meta_line(text):
        return "furniture", "meta line", False  # "… author <date> … author by NAME …": the site's, not the text's
    if kind == "web" and single and not ends_sentence(text) and caption_like(text) and not STANDFIRST_RE.search(text):
        traced = after_image or image_trace(text) or (following is not None and image_trace(following.text))
        placed = not (under_heading or not previous or (following is not None and attribution(following.text)))
        if menu_kind(text) == "breadcrumbs" and (traced or placed):
            return "furniture", "breadcrumbs", False  # a caption's length, but the site's menu
        # no image's trace: a caption by its own form only, where an image may stand, and none of a list's items
        if traced or (placed and names_picture(text) and not same_form(text, previous)
                      and not (following is not None and same_form(text, following.text))):
            return "furniture", "image caption", False
    return None


def _item_or_contents_line(block: Blk) -> bool:
    """A list's item ("- List of books") or a contents line (short and indented: "    Appendix 4. Two
    Generations") alone in its block: it lacks a full stop by its form, and breaks off nothing."""
    if len(block.lines) != 1:
        return False
    line = block.lines[0].text
    return bool(LIST_ITEM_RE.match(line)) or (
        line.startswith((" ", "\t")) and len(words(line)) <= HEADING_MAX_WORDS
    )


#: the fewest words of a block that can be a sentence broken off (fewer: an OCR's fragment, a label)
BROKEN_SENTENCE_MIN_WORDS = 5


def _sentence_in_progress(text: str) -> bool:
    """Whether *text*, which ends without a stop, reads as a sentence cut short: words enough (an
    OCR's fragment "en o", a masthead's "Vol. III, No. 1", a field "Transcription: A. Name" are not)
    and its last character a letter or a sign inside a sentence, not a number ("Radios .... 676")."""
    stripped = text.rstrip()
    if sum(any(c.isalpha() for c in w) for w in words(stripped)) < BROKEN_SENTENCE_MIN_WORDS:
        return False
    if FIELD_RE.match(stripped.splitlines()[-1].strip()):  # a record's field ("Transcription/Markup: …")
        return False
    return stripped[-1].isalpha() or stripped[-1] in ",;:–—-"


#: the last word of a sentence in progress: a word in lower case, or any word before a comma
_IN_PROGRESS_RE = re.compile(r"(?:\b[a-z][^\W\d_]*|[^\W\d_]+,)$")


#: the most words of a line that ends the sentence of the line above it (:func:`completes_sentence`)
COMPLETING_MAX_WORDS = 3
#: the fewest words of that line above: a line of prose
COMPLETED_MIN_WORDS = 6


def completes_sentence(text: str, previous: str | None) -> bool:
    """Whether a short line (:data:`COMPLETING_MAX_WORDS` words at most) ends the sentence of the line of
    prose above it, and is never a heading: it ends with a stop, bears no section's number, and the line
    above (:data:`COMPLETED_MIN_WORDS` words or more) ends in a word in lower case or a comma, no stop
    ("…for the first time in" / "SAVE."). A heading ends with no stop, or stands under a line that ends
    its own sentence, or under a heading."""
    stripped = text.strip()
    if (previous is None or not stripped.endswith(".") or stripped.endswith("..") or "\n" in stripped
            or not 0 < len(words(stripped)) <= COMPLETING_MAX_WORDS or SECTION_NUMBER_RE.match(stripped)
            or re.match(r"^(?:\d+(?:\.\d+)*|[IVXLC]+)\.?$", stripped.split()[0])):
        return False
    last = previous.rstrip().rsplit("\n", 1)[-1]
    return len(words(last)) >= COMPLETED_MIN_WORDS and _IN_PROGRESS_RE.search(last) is not None


def _no_heading_role(text: str, kind: str, previous: str, following: Blk | None, under_heading: bool,
                     after_image: bool) -> tuple[str, str, bool] | None:
    """The role of a line that stands alone as a heading does and is none (:func:`not_a_heading`), or None."""
    if completes_sentence(text, previous):
        return "paragraph", "", False  # "…for the first time in" / "SAVE.": the sentence's last words
    why = not_a_heading(text)
    if why == "site chrome":
        return "furniture", why, False  # "Navigation menu", "Jump to content": the site's, not the text's
    if why == "figure caption" and (found := _figures_or_web_furniture(text, True, kind, previous, following,
                                                                       under_heading, after_image)):
        return found  # a web page's "Figure 3: …" without its image
    if why:
        return "paragraph", "", False  # a byline, a date, a signature: never a heading, never recased
    return None


#: the most words with letters of a heading in sentence case on a web page; more, and no stop: a list's item
#: or a sentence without its stop ("Currently investigating a bizarre regression caused by one of these …")
SENTENCE_CASE_HEADING_MAX_WORDS = 10
#: a clause's subject, a pronoun or its contraction with a verb: "Here’s our …!", "We did it!"
CLAUSE_SUBJECT_RE = re.compile(
    r"(?i)\b(?:I|we|you|he|she|they|us|our|your|my|their)\b|\b\w+[’'](?:s|ve|re|m|ll|d)\b")


def _no_web_heading(text: str, previous: str, following: Blk) -> bool:
    """Whether a web page's short line, a heading's form, is none: a caption that names a picture
    ("Firefox logo", "Mozilla spaces, London": kept in the text, never a heading); a sentence that exclaims
    or asks after a clause ("Here’s our Year in Review!"); an item of a list of one form with the line beside
    it (:func:`same_form`); a line in sentence case of more than :data:`SENTENCE_CASE_HEADING_MAX_WORDS`
    words. A title in title case ("What Is to Be Done?", "Project Updates") is none of these but a caption."""
    stripped = text.strip()
    if names_picture(stripped, dated=False):
        return True
    if title_cased(stripped):
        return False
    if stripped.endswith(("!", "?")) and CLAUSE_SUBJECT_RE.search(stripped):
        return True
    if same_form(stripped, previous) or same_form(stripped, following.text):
        return True
    return sum(1 for w in words(stripped) if any(c.isalpha() for c in w)) > SENTENCE_CASE_HEADING_MAX_WORDS


#: a credit under a byline: "Edited by Jane Roe", "Translated by …", "Illustrations by …"
CREDIT_LINE_RE = re.compile(
    r"^(?:(?:Edited|Translated|Illustrated|Reviewed|Compiled|Transcribed|Photographs?|Photos?|Illustrations?|Art|"
    r"Foreword|Introduced|Drawings?)\s+(?:by|By|BY)\s+)[A-Z][\w.’'-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w.’'-]*){0,5}"
    r"(?:,\s*(?:and\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})*$"
)
#: the most lines of a byline and its credits in one block
CREDIT_LINES_MAX = 4


def body_role(block: Blk, following: Blk | None, previous: str, kind: str,
              notes_follow: bool, under_heading: bool = False, after_image: bool = False) -> tuple[str, str, bool]:
    """The role of a block of the body: (role, detail, breaks off); *under_heading*: the block
    before it (furniture aside) is a heading; *after_image*: the block before it holds an image's trace."""
    text = block.text
    # one line, or a section's number on its line and its heading (:func:`join_section_numbers`)
    single = len(block.lines) == 1 or (len(block.lines) == 2 and number_only(block.lines[0].text)
                                       and not axis_tick(block.lines[0].text, block.lines[1].text)) or (
        len(block.lines) == 2 and appendix_lettered(block))
    if is_list(block):
        return "list", "", False
    if kind == "pdf" and single and is_date_line(text):
        return "furniture", "date line", False
    if single and BOUNDARY_RE.match(text.strip()):
        return "furniture", "boundary line", False
    if single and len(CATEGORY_RE.findall(text)) >= 2:
        return "furniture", "category line", False
    if found := ((single and _no_heading_role(text, kind, previous, following, under_heading, after_image))
                 or _plain_role(block, single, following)):
        return found
    if (kind == "pdf" and is_caps(text) and not quoted_capitals(text) and not FORMULA_RE.search(text)
            and not lookalike(" ".join(text.split())) and not text.lstrip().startswith("#")
            and not output_row(text.strip()) and not _contents_rows(block)):
        # "HT VHT" / "MCS MCS": a table's cells, in capitals; never "## [1] TRUE", a console's output
        return "heading", "2", False
    if found := (_figures_or_web_furniture(text, single, kind, previous, following, under_heading, after_image)
                 or _short_lines_role(block, single, kind, previous, following)):
        return found
    # "1. …", "2. …" one after another: the items of a list, not headings
    numbered_items = bool(SECTION_NUMBER_RE.match(text)) and (
        (following is not None and _item_beside(text, following.text, 1)) or _item_beside(text, previous, -1)
    ) and not (kind == "pdf" and len(block.lines) == 1  # "1     Introduction": its number's box, no item's
               and layout_heading(block.lines[0].text, following.lines[0].text if following is not None else None))
    # "Item 2.02 Results of Operations and Financial Condition.": a filing's item, though it ends with a stop
    if (kind == "pdf" and single and following is not None and division_heading(text)
            and not division_heading(following.text) and not division_heading(previous)) or (
        heading_like(text) and following is not None and not (kind == "pdf" and not single) and not numbered_items
        # "6" alone over a numbered heading or prose, a figure's label or a page's number: no section's number
        and not (kind == "pdf" and number_only(text) and not _over_title(following))
        and not (kind == "web" and single and _no_web_heading(text, previous, following))
        and not (sentence_question(text) and not (kind == "pdf" and numbered_heading(text)))
        and not previous.rstrip().endswith((",", ";"))
        and not (following.lines and above_rows(text, following.lines[0].text))
        and not (kind == "pdf" and _among_numbers(previous, following))
        and not (kind == "pdf" and following.lines and address_line(text, following.lines[0].text))
    ):
        return "heading", "3" if kind == "pdf" else "2", False
    if following is None and notes_follow and (NOTES_HEADING_RE.match(text.strip())
                                                or REFERENCES_HEADING_RE.match(text.strip())):
        return "heading", "2", False
    if is_block_quote(text, previous):
        return "quote", "", False
    if (
        kind == "web" and not ends_sentence(text) and block.blank_after >= 2 and following is not None
        and not _item_or_contents_line(block) and _sentence_in_progress(text)
    ):
        return "paragraph", "", True
    return "paragraph", "", False


#: the words that name a numbered division of a filing, a statute, a contract or a book ("Item 2.02", "Article 5")
DIVISION_WORDS = frozenset({"item", "section", "article", "part", "chapter", "rule", "schedule"})
#: the most words of a division's title after its number
DIVISION_TITLE_MAX_WORDS = 14


def division_heading(text: str) -> bool:
    """Whether *text*, a line alone, is a division's heading: a division's word and its number (:data:`DIVISION_WORDS`:
    "Item 2.02", "Article IV"), then its title in title case, a full stop after it or none ("Item 2.02 Results of
    Operations and Financial Condition.", as a filing sets its items): a heading though it ends with a stop. A
    sentence that names a division ("Section 18 of the Act applies.") is in lower case after its number, and a
    caption's label ("Figure 2. …") is none of these words. (A contents list's lines, one division after another,
    are no headings: :func:`body_role` asks of the blocks beside it.)"""
    parts = text.strip().split(None, 2)
    if len(parts) < 3 or parts[0].lower() not in DIVISION_WORDS or not parts[0][0].isupper():
        return False
    number, title = parts[1].rstrip(".:"), parts[2].rstrip().removesuffix(".")
    numbered = bool(number) and (number.replace(".", "").isdigit() or set(number) <= set("IVXL"))
    return (numbered and not number.startswith(".") and title_cased(title) and not ends_sentence(title)
            and len(words(title)) <= DIVISION_TITLE_MAX_WORDS)


# -- Chrome in a web page's body, by the runs it stands in: share bars, notices, language switchers --------

#: what a run of a page's buttons for sharing and reading an article is called
SHARE_BAR = "share bar"
#: the fewest lines of a language switcher copied one name to a line
LANGUAGE_RUN_MIN = 5
#: a language switcher's button, its count of the languages: "53 languages", "1 language"
LANGUAGE_COUNT_RE = re.compile(r"^\d{1,4} languages?$", re.IGNORECASE)
#: how far into a language switcher's run its button is looked for
LANGUAGE_COUNT_REACH = 3
#: the fewest lines of a site's menu copied above the text's first paragraph, after its title
MENU_RUN_MIN_LINES = 15
#: the first blocks of a page, where a site's notice over an old page stands
NOTICE_ZONE = 20
#: the most words of a line of an ebook's colophon between two of its statements
EBOOK_SHORT_WORDS = 12
#: how far below such a heading its statement stands
EBOOK_LOOKAHEAD = 4


def _whole(block: Blk, test: Callable[[str], bool]) -> bool:
    return not block.code and not block.table and all(test(line.text) for line in block.lines)


def _mark(found: dict[int, str], blocks: list[Blk], what: str) -> None:
    for block in blocks:
        for line in block.lines:
            found.setdefault(line.lineno, what)


def _share_item(text: str) -> bool:
    """A line of a share bar: a button (:func:`button_line`) or a network's name beside them ("Facebook")."""
    stripped = text.strip()
    return 0 < len(words(stripped)) <= 6 and (
        button_line(stripped) or share_status(stripped)
        or (len(words(stripped)) <= 2 and link_item(stripped) and stripped[0].isupper()))


def _runs_of(blocks: list[Blk], test: Callable[[Blk], bool]) -> list[tuple[int, int]]:
    """The maximal runs [a, b) of blocks one after another that pass *test*."""
    out, i = [], 0
    while i < len(blocks):
        if test(blocks[i]):
            j = i + 1
            while j < len(blocks) and test(blocks[j]):
                j += 1
            out.append((i, j))
            i = j + 1  # blocks[j] failed the test: never asked twice
        else:
            i += 1
    return out


#: a field's or a button's label of a form for signing in or subscribing, alone on its line
FORM_FIELD_RE = re.compile(
    r"(?i)^(?:e-?mail(?: address)?|password|confirm password|user ?name|(?:first |last |full )?name|"
    r"remember me|forgot (?:your )?password\??|(?:sign|log) ?in|sign up|register|subscribe(?: for access| now)?|"
    r"create (?:an )?account)\s*\*?:?$")
#: the fewest of a form's labels in a run of short lines that make it a form
FORM_FIELDS_MIN = 2
#: the most words of a line of a form
FORM_LINE_MAX_WORDS = 4


def body_chrome(blocks: list[Blk], furniture: dict[int, str]) -> dict[int, str]:
    """The lines of a web page's chrome anywhere in it, found by the run they stand in, line number → kind.

    A share bar: :data:`BUTTON_RUN_MIN` buttons or more one after another ("Share on Facebook", "Share via
    Email", "More options", "Resize Text", "Print Article", "Comments"), a network's name among them; a
    cookie notice ("We use cookies to improve …") and its buttons ("More info", "OK"); a notice over an old
    part of a site ("You've come to an old part of … click here …") and its label ("NOTE:"), near the top; a
    language switcher, :data:`LANGUAGE_RUN_MIN` names of languages or more one to a line, half of them known;
    a site's menu of :data:`MENU_RUN_MIN_LINES` links or more above the first paragraph of prose (its last
    line kept when prose follows it at once: a title); a form for signing in or subscribing, :data:`SHORT_RUN_MIN`
    short lines or more, half of them and :data:`FORM_FIELDS_MIN` at least a form's labels ("E-mail Address",
    "Password", "Subscribe for Access", "Forgot password?"; a site's menu with "Log in" among its links is
    none); an ebook publisher's pages ("Imprint", "Colophon",
    "Uncopyright", then its statements of production and licence). Each block is taken whole; a paragraph of
    prose never (its sentences are the text's, whatever surrounds them).
    """
    found: dict[int, str] = {}
    for a, b in _runs_of(blocks, lambda blk: _whole(blk, _share_item)):
        lines = [line.text for blk in blocks[a:b] for line in blk.lines]
        buttons = sum(button_line(text) or share_status(text) for text in lines)
        # the places it sends to count with its buttons, one button among them at least ("Share", "Reddit",
        # "Pocket", "Flipboard", "Email"): three networks' names alone are a list of the text's
        sent = sum(share_target(text) and not button_line(text) for text in lines)
        if buttons and buttons + sent >= BUTTON_RUN_MIN + (buttons < BUTTON_RUN_MIN) \
                and 2 * (buttons + sent) >= len(lines):
            _mark(found, blocks[a:b], SHARE_BAR)
    _notices(blocks, found)
    for a, b in _runs_of(blocks, lambda blk: _whole(blk, lambda t: 0 < len(words(t)) <= 3 and link_item(t))):
        lines = [line.text for blk in blocks[a:b] for line in blk.lines]
        known = sum(language_name(text) for text in lines)
        if known >= LANGUAGE_RUN_MIN and 2 * known >= len(lines):
            # the switcher's button, its count of languages ("53 languages"), opens it: a line above it in the
            # run that names no language is the page's (its title, set beside the button), never the switcher's
            button = next((k for k in range(a, min(b, a + LANGUAGE_COUNT_REACH))
                           if LANGUAGE_COUNT_RE.match(blocks[k].text.strip())), a)
            _mark(found, [blk for blk in blocks[a:button] if _whole(blk, language_name)], "language switcher")
            _mark(found, blocks[button:b], "language switcher")
    for a, b in _runs_of(blocks, lambda blk: _whole(blk, lambda s: 0 < len(words(s)) <= FORM_LINE_MAX_WORDS)):
        lines = [line.text for blk in blocks[a:b] for line in blk.lines]
        fields = sum(bool(FORM_FIELD_RE.match(text.strip())) for text in lines)
        if len(lines) >= SHORT_RUN_MIN and fields >= FORM_FIELDS_MIN and 2 * fields >= len(lines):
            _mark(found, blocks[a:b], "form")
    _menu_above_prose(blocks, found)
    _ebook_matter(blocks, found)
    _gallery_titles(blocks, found)
    _widgets(blocks, found)
    _comment_threads(blocks, found)
    _stamped_comments(blocks, found)
    return {n: what for n, what in found.items() if n not in furniture}


#: the furniture of a page's widgets around its article: its comments' controls, its tools for sharing and reuse
PAGE_WIDGET = "page widget"
#: the furniture of a thread of readers' comments under an article
COMMENT_THREAD = "comment thread"


def _widgets(blocks: list[Blk], found: dict[int, str]) -> None:
    """A page's widgets (:func:`body_chrome`): a run of blocks of short lines, each a widget's phrase
    (:func:`~edition.witness.furniture.widget_line`: "View comments", "Reuse this content", "Order by") or a
    control of a comment widget beside one (:func:`~edition.witness.furniture.widget_word`: "newest", "Show 25",
    "Threads", "50"), one phrase at least among them; a figure's or a video's toolbar, the names of networks side
    by side ("Facebook   Twitter   Pinterest", :func:`~edition.witness.furniture.share_targets_line`), its line
    alone."""
    for a, b in _runs_of(blocks, lambda blk: _whole(blk, lambda t: widget_line(t) or widget_word(t))):
        if any(widget_line(line.text) for blk in blocks[a:b] for line in blk.lines):
            _mark(found, blocks[a:b], PAGE_WIDGET)
    for block in blocks:
        for line in block.lines:
            if not block.code and not block.table and share_targets_line(line.text):
                found.setdefault(line.lineno, SHARE_BAR)
    # a share bar's buttons in one run of lines with the article's teaser between them ("Tweet" / "Share this" /
    # "MUMBAI (Reuters) - …" / "Email" / "Print"): the run's buttons, three or more, set aside, the teaser kept
    start = 0
    for i in range(1, len(blocks) + 1):
        if i < len(blocks) and blocks[i].blank_before == 0:
            continue
        run = [blk for blk in blocks[start:i] if not blk.code and not blk.table and len(blk.lines) == 1]
        buttons = [blk for blk in run if _run_button(blk.text)]
        if len(buttons) >= BUTTON_RUN_MIN and i - start > len(buttons):
            _mark(found, buttons, SHARE_BAR)
        start = i


def _run_button(text: str) -> bool:
    """A share bar's button alone on its line, a word or two ("Tweet", "Share this", "Email", "Print")."""
    return len(words(text)) <= 2 and (button_line(text) or call_to_action(text))


#: the most blocks of one comment, from its head to its "Reply" button
COMMENT_MOST_BLOCKS = 12
#: the fewest comments of a thread
COMMENT_THREAD_MIN = 2
#: a comment's "Reply" button, alone on its line or at the end of the comment's last line
REPLY_BUTTON_RE = re.compile(r"(?:^|\s)Reply\s*$")


#: the most words of a comment's row of controls ("History | Permalink | Share it"), and the fewest times the
#: thread repeats it
CONTROLS_MAX_WORDS = 6
CONTROLS_MIN = 3


def _repeated_controls(blocks: list[Blk]) -> frozenset[str]:
    """The rows of controls that close the comments of a thread instead of a "Reply" button: a short line of
    items between bars ("History | Permalink | Share it", :data:`CONTROLS_MAX_WORDS` words at most) that ends a
    block :data:`CONTROLS_MIN` times or more, the same each time."""
    seen = Counter(" ".join(b.lines[-1].text.split()) for b in blocks if not b.code and not b.table)
    return frozenset(text for text, n in seen.items()
                     if n >= CONTROLS_MIN and "|" in text and len(words(text)) <= CONTROLS_MAX_WORDS)


def _comment_threads(blocks: list[Blk], found: dict[int, str]) -> None:
    """A thread of readers' comments (:func:`body_chrome`): :data:`COMMENT_THREAD_MIN` comments or more, each its
    head ("Jane Roe • 2 weeks ago", :func:`~edition.witness.headings.comment_head`), its words, and its "Reply"
    button alone on its line or ending its last line (or the row of controls every comment of the thread ends
    with, :func:`_repeated_controls`), within :data:`COMMENT_MOST_BLOCKS` blocks: each comment
    taken whole, from its head to its button. A "Reply" without a head above it ("Reply to my critics", a
    heading; a letter's "Reply"), a head without its button, are no comment."""
    spans: list[tuple[int, int]] = []
    controls = _repeated_controls(blocks)
    for i, block in enumerate(blocks):
        # the head alone in its block, or over the comment's words when the thread sets its rows of controls
        if (not comment_head(block.lines[0].text) or block.code or block.table
                or (len(block.lines) > 1 and not controls)):
            continue
        for j in range(i, min(i + COMMENT_MOST_BLOCKS, len(blocks))):
            if j > i and comment_head(blocks[j].lines[0].text):
                break  # the next comment's head before this one's button: no comment's form
            if (REPLY_BUTTON_RE.search(blocks[j].lines[-1].text.rstrip())
                    or (j > i and " ".join(blocks[j].lines[-1].text.split()) in controls)):
                spans.append((i, j + 1))
                break
    if len(spans) >= COMMENT_THREAD_MIN:
        for a, b in _with_heads(blocks, spans):
            _mark(found, blocks[a:b], COMMENT_THREAD)


#: the most blocks of a commenter's lines above a comment's stamp (the name, a motto, the count of followers)
COMMENTER_MOST_BLOCKS = 3


def _with_heads(blocks: list[Blk], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The comments of a thread, each from its stamp to its controls (*spans*), with the commenter's lines above
    its stamp when the thread sets them there ("Ann Lee" / "121 Fans" / "51 seconds ago (7:18 PM)"): the blocks
    between two comments, :data:`COMMENTER_MOST_BLOCKS` at most, none a sentence of prose (the first comment's as
    many above it as above the second)."""
    gaps = [after - end for (_, end), (after, _) in itertools.pairwise(spans)]

    def short(i: int) -> bool:
        return i >= 0 and not blocks[i].code and not blocks[i].table and not any(
            ends_sentence(line.text) and len(words(line.text)) >= BODY_PROSE_MIN_WORDS for line in blocks[i].lines)

    if not gaps or not all(0 < gap <= COMMENTER_MOST_BLOCKS for gap in gaps) or not all(
            short(i) for (_, end), (after, _) in itertools.pairwise(spans) for i in range(end, after)):
        return spans
    top = spans[0][0] - gaps[0]
    first = top if all(short(i) for i in range(top, spans[0][0])) else spans[0][0]
    return [(first, spans[0][1]), *((spans[k - 1][1], spans[k][1]) for k in range(1, len(spans)))]


#: a comment's "reply" button alone on its line, over the comment's date and time; or the comment's number in its
#: thread with the button's word ("Reply #7", "Comment #12", "#3"), over its date and time
REPLY_LINE_RE = re.compile(r"^(?:reply|(?:(?:reply|comment|post)\s+)?#\d{1,5})$", re.IGNORECASE)
#: the fewest stamps of a thread of comments, and of them the fewest with their "reply" button
STAMPED_COMMENTS_MIN = 3
STAMPED_REPLIES_MIN = 2
#: the most words of a commenter's name over the comment's words
COMMENTER_MAX_WORDS = 4
#: a comment form's field: a label and its mark ("Your name *", "Comment *"), or its words ("Email is Required",
#: "Signature (Optional)")
REQUIRED_LABEL_RE = re.compile(r"^[A-Z][\w’' -]{0,30}(?:\s\*|\sis [Rr]equired|\s\((?:[Oo]ptional|[Rr]equired)\)):?$")
#: the most words of a line of a comment form (its labels, its help on text formats)
COMMENT_FORM_LINE_WORDS = 12
#: the most blocks of a comment form above its thread
COMMENT_FORM_MOST_BLOCKS = 15
#: the furniture of a comment form's labels above its thread
COMMENT_FORM = "comment form"


def _comment_stamp(block: Blk) -> tuple[bool, bool]:
    """Whether *block* is a comment's stamp under its words (its "reply" button, its date, its time, one a line:
    "reply" / "April 5, 2018" / "6:32 PM"), and whether its button is among them."""
    texts = [line.text.strip() for line in block.lines]
    if block.code or block.table or not 2 <= len(texts) <= 3:
        return False, False
    kinds = ["reply" if REPLY_LINE_RE.match(t) else "date" if is_date_line(t) else "time" if stamp_line(t)
             and not is_date_line(t) else "" for t in texts]
    if "" in kinds or "date" not in kinds or ("reply" in kinds and kinds[0] != "reply"):
        return False, False
    return True, "reply" in kinds


def _comment_stamps(blocks: list[Blk]) -> list[tuple[int, int, bool]]:
    """The comments' stamps among *blocks* (:func:`_comment_stamp`), each (its first block, the block after its
    last, whether its button is among them): a block of its lines, or a run of two or three blocks of one line each
    with no blank line between them (a copy that makes each line of a page its own block)."""
    out: list[tuple[int, int, bool]] = []
    for i, block in enumerate(blocks):
        stamp, reply = _comment_stamp(block)
        if stamp:
            out.append((i, i + 1, reply))
            continue
        if len(block.lines) != 1 or (i and blocks[i].blank_before == 0 and len(blocks[i - 1].lines) == 1):
            continue  # inside a run of lines, or no line alone
        for n in (2, 3):
            run = blocks[i:i + n]
            if len(run) < n or any(b.blank_before or len(b.lines) != 1 for b in run[1:]):
                break
            stamp, reply = _comment_stamp(Blk([b.lines[0] for b in run], block.blank_before, run[-1].blank_after))
            if stamp:
                out.append((i, i + n, reply))
                break
    return out


#: the most words of a comment's control that closes each comment of a thread ("Reply", "Quote", "Report Abuse")
COMMENT_CONTROL_MAX_WORDS = 3


def _last_comment_end(blocks: list[Blk], run: list[tuple[int, int, bool]]) -> int:
    """Where the thread of stamps *run* ends: after its last stamp, or after the last comment's words and the
    controls that close every comment of the thread ("Reply" / "Quote" / "Report Abuse": a block of short lines
    the thread repeats once a comment at least), within :data:`COMMENT_MOST_BLOCKS` blocks."""
    end = run[-1][1]
    seen = Counter(" ".join(b.text.split()) for b in blocks[run[0][1]:run[-1][0]]
                   if all(len(words(line.text)) <= COMMENT_CONTROL_MAX_WORDS for line in b.lines))
    controls = {text for text, n in seen.items() if n >= len(run) - 1}
    at = next((j for j in range(end, min(end + COMMENT_MOST_BLOCKS, len(blocks)))
               if " ".join(blocks[j].text.split()) in controls), None)
    if at is None:
        return end
    while at < len(blocks) and " ".join(blocks[at].text.split()) in controls:
        at += 1
    return at


def _stamped_comments(blocks: list[Blk], found: dict[int, str]) -> None:
    """A thread of readers' comments stamped under their words (:func:`body_chrome`): :data:`STAMPED_COMMENTS_MIN`
    stamps or more (:func:`_comment_stamp`), each within :data:`COMMENT_MOST_BLOCKS` blocks of the next, two at
    least with their "reply" button; the thread runs from the first commenter's name (a short line alone, above
    the first comment's words) to the last stamp. The comment form right above it (short lines, a required
    field's label among them: "Your name *", "Comment *", its help on text formats) is set aside with it. A
    diary's entries dated and timed (no "reply" among them), a thread of two comments, are none."""
    stamps = _comment_stamps(blocks)
    runs: list[list[tuple[int, int, bool]]] = []
    for stamp in stamps:
        if runs and stamp[0] - runs[-1][-1][0] <= COMMENT_MOST_BLOCKS:
            runs[-1].append(stamp)
        else:
            runs.append([stamp])
    for run in runs:
        if len(run) < STAMPED_COMMENTS_MIN or sum(reply for _, _, reply in run) < STAMPED_REPLIES_MIN:
            continue
        first = run[0][0]
        # the commenter's name over the comment's words and its stamp; over the stamp that numbers the comment
        # ("Reply #1" / its date, the words under them), right above it
        numbered = "#" in blocks[first].lines[0].text
        for j in range(first - 1, max(first - (2 if numbered else COMMENT_MOST_BLOCKS), -1), -1):
            texts = [line.text.strip() for line in blocks[j].lines]
            # the name alone, or over the commenter's label ("Ann Lee" / "Party: Independent")
            if len(texts) <= 2 and all(len(words(t)) <= COMMENTER_MAX_WORDS and not ends_sentence(t) for t in texts):
                first = j
                break
        end = _last_comment_end(blocks, run)
        _mark(found, blocks[first:end], COMMENT_THREAD)
        form = _comment_form(blocks, range(first - 1, max(first - 1 - COMMENT_FORM_MOST_BLOCKS, -1), -1))
        if any(_form_label(line.text) for block in form for line in block.lines) and (
                not numbered or _labelled(form)):
            _mark(found, form, COMMENT_FORM)
        # the form under the thread, to its last field's label ("Email is Required", "Signature (Optional)")
        form = _comment_form(blocks, range(end, min(end + COMMENT_FORM_MOST_BLOCKS, len(blocks))))
        labels = [k for k, block in enumerate(form) if any(_form_label(line.text) for line in block.lines)]
        if labels and labels[0] < FORM_UNDER_THREAD_NEAR and _labelled(form):
            _mark(found, form[:labels[-1] + 1], COMMENT_FORM)


#: the blocks under a thread of comments within which its form's first field begins (a link to the rest of the
#: thread, a notice to sign in above it)
FORM_UNDER_THREAD_NEAR = 3


def _labelled(form: list[Blk]) -> bool:
    """Whether a comment form's blocks hold :data:`FORM_FIELDS_MIN` labels of its fields, required or optional
    ("Email is Required", "Your name *"): a form's, not a list of links ("Email" beside a reporter's name)."""
    return sum(bool(REQUIRED_LABEL_RE.match(line.text.strip())) for block in form
               for line in block.lines) >= FORM_FIELDS_MIN


def _form_label(text: str) -> bool:
    """A line of a comment form: a field's label, required or optional ("Your name *", "Email is Required",
    "Signature (Optional)"), or a field's own ("Email", "Password")."""
    return bool(REQUIRED_LABEL_RE.match(text.strip()) or FORM_FIELD_RE.match(text.strip()))


def _comment_form(blocks: list[Blk], places: range) -> list[Blk]:
    """The blocks at *places* (from the thread outwards) that may be a comment form's, to the first that cannot:
    short lines (:data:`COMMENT_FORM_LINE_WORDS`), none a sentence of six words or more, no code, no table."""
    form = []
    for j in places:
        block = blocks[j]
        texts = [line.text.strip() for line in block.lines]
        if (block.code or block.table or any(len(words(t)) > COMMENT_FORM_LINE_WORDS for t in texts)
                or (len(texts) == 1 and ends_sentence(texts[0]) and len(words(texts[0])) >= 6)):
            break
        form.append(block)
    return form


#: the fewest copies of a gallery's title, and the most blocks between two of them
GALLERY_COPIES_MIN = 3
GALLERY_GAP_MAX = 4


def _gallery_titles(blocks: list[Blk], found: dict[int, str]) -> None:
    """A gallery's title, repeated over each of its pictures: a short line of two words or more alone in its
    block, no sentence, :data:`GALLERY_COPIES_MIN` times or more, at most :data:`GALLERY_GAP_MAX` blocks
    between two copies (a heading stands once; a refrain is a stanza's line, a slogan ends with its "!")."""
    seen: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        if len(block.lines) != 1:
            continue
        text = " ".join(block.lines[0].text.split())
        if (2 <= len(words(text)) <= HEADING_MAX_WORDS and not ends_sentence(text)
                and not text.endswith(CONTINUING)):
            seen.setdefault(text, []).append(i)
    for places in seen.values():
        if len(places) >= GALLERY_COPIES_MIN and all(b - a <= GALLERY_GAP_MAX + 1
                                                     for a, b in zip(places, places[1:], strict=False)):
            _mark(found, [blocks[i] for i in places], "image gallery")


def _notices(blocks: list[Blk], found: dict[int, str]) -> None:
    """A site's cookie notice and its buttons; its notice over an old part of it, near the top, and its label
    (:func:`body_chrome`)."""
    for i, block in enumerate(blocks):
        if any("ookie" in line.text for line in block.lines) and cookie_notice(block.text):
            j = i + 1
            while j < len(blocks) and j <= i + 3 and _whole(blocks[j], notice_button):
                j += 1
            k = i
            while k > 0 and k >= i - 2 and _whole(blocks[k - 1], notice_button):
                k -= 1
            _mark(found, blocks[k:j], "cookie notice")
        elif i < NOTICE_ZONE and old_page_notice(block.text):
            k = i - 1 if i > 0 and _whole(blocks[i - 1], lambda t: bool(NOTICE_LABEL_RE.match(t.strip()))) else i
            _mark(found, blocks[k:i + 1], "site notice")


def _menu_above_prose(blocks: list[Blk], found: dict[int, str]) -> None:
    """A site's menu of :data:`MENU_RUN_MIN_LINES` links or more above the first paragraph of prose, wherever it
    begins (:func:`body_chrome`): the lines under it kept, if too few for a menu, or the last when prose follows
    it at once (a title, a tagline)."""
    prose = next((i for i, block in enumerate(blocks) if _prose(block)), len(blocks))
    def link(blk: Blk) -> bool:  # a byline is the article's, never a link of the site's ("By Jane Roe")
        return (link_block(blk) or link_column(blk)) and not (
            len(blk.lines) == 1 and _header_role(blk.text.strip()) == "byline")
    for a, b in _runs_of(blocks[:prose], link):
        columns = [i for i in range(a, b) if link_column(blocks[i])]
        if columns and b - columns[-1] - 1 < LINK_RUN_MIN:
            b = columns[-1] + 1  # the lines under a column of links, too few for a menu: the title, a tagline
        elif b == prose and b - a > 1:
            b -= 1  # the title or the heading above the first paragraph
        if _link_lines(blocks[a:b]) >= MENU_RUN_MIN_LINES:
            _mark(found, blocks[a:b], LINK_LIST)


def _ebook_matter(blocks: list[Blk], found: dict[int, str]) -> None:
    """An ebook publisher's own pages (:func:`body_chrome`): a heading of them alone on its line, a statement of
    the ebook's production or licence after it, and what follows while it is such statements, another of the
    pages' headings, or short blocks (a colophon's lines, a dedication's) before more of them or the end."""
    def matter(block: Blk) -> bool:
        return ebook_production(block.text) or bool(EBOOK_MATTER_HEADING_RE.match(block.text.strip()))

    def short(block: Blk) -> bool:  # a colophon's lines: "was published in 1842 by", "Nikolai Gogol."
        return all(len(words(line.text)) <= EBOOK_SHORT_WORDS for line in block.lines)

    i = 0
    while i < len(blocks):
        if not (len(blocks[i].lines) == 1 and EBOOK_MATTER_HEADING_RE.match(blocks[i].text.strip())
                and any(ebook_production(b.text) for b in blocks[i + 1:i + 1 + EBOOK_LOOKAHEAD])):
            i += 1
            continue
        j = i + 1
        while j < len(blocks):
            if not matter(blocks[j]) and not (j == i + 1 and j + 1 < len(blocks) and matter(blocks[j + 1])):
                # (the words under the heading, a motto's, before the statement: "May you do good and not evil.")
                k = j
                while k < len(blocks) and short(blocks[k]) and not matter(blocks[k]):
                    k += 1
                if k < len(blocks) and not matter(blocks[k]):
                    break  # short lines above the text's prose: its title, its first lines
                j = max(k, j + 1)  # the short lines before the next statement, or the end: one pass over them
                continue
            j += 1
        _mark(found, blocks[i:j], "ebook publisher's page")
        i = j


def _contents_rows(block: Blk) -> bool:
    """Whether a block holds :data:`SHORT_RUN_MIN` lines or more of a table of contents, each an entry and its
    page's number after a gap or leader dots ("I.    WHAT IS HOPED FROM BOLSHEVISM        15"): a contents
    list in capitals, never one heading."""
    return sum(bool(CONTENTS_TAIL_RE.search(line.text)) for line in block.lines) >= SHORT_RUN_MIN


#: the fewest short lines in one block that are a list, a menu, a form or a figure's labels, never one heading
SHORT_RUN_MIN = 3


#: a signature's name of two words or more under a letter's closing line: "V. Ulyanov (Lenin)", "Frederick Engels"
#: (one word, "Notes", heads what follows the letter)
SIGNED_NAME_RE = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s+\([A-Z][\w’'. -]*\))?$")


#: a reference's authors alone on their line, each a surname, its comma and initials: "Smith, J. and Roe, A.",
#: "van der Linden, M. H.", "Carr, E. H., Davies, R. W. & Roe, A."
AUTHOR_LINE_RE = re.compile(
    r"^(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*[A-Z][\w’'-]+,\s+(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)"
    r"(?:(?:,\s*|\s+)(?:and\s+|&\s+)?(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*[A-Z][\w’'-]+,\s+"
    r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*))*(?:,?\s*(?:et al\.|\(eds?\.\)))?\s*$")


def _short_lines_role(block: Blk, single: bool, kind: str, previous: str,
                      following: Blk | None) -> tuple[str, str, bool] | None:
    """The role of a block of short lines that a heading's form would mislead, or None: a signature's name under
    a letter's closing (:data:`SIGNED_NAME_RE`, after "Yours, N."), a reference's title under its authors'
    line (:data:`AUTHOR_LINE_RE`: "Smith, J. and Roe, A.", then "A Study of Things"), a reader's comment's
    head ("Jane Roe • 2 weeks ago": a web page's furniture, its comments), a row of items side by side ("Item ·
    Item · Item"), a field's label and its value beside another ("Kingdom: Animalia" over "Phylum: Chordata",
    an infobox's rows), and, on a web page, :data:`SHORT_RUN_MIN` short lines or more in one block (a form's
    fields, a list's items: a heading is one line, or one wrapped onto a second), or two with a button among them
    ("Reply" over "Share ›")."""
    lines = [line.text for line in block.lines]
    if (single and "\n" not in previous.strip() and closing(previous.strip())
            and SIGNED_NAME_RE.match(name := lines[-1].strip()) and len(words(name)) >= 2):
        return "paragraph", "", False  # "Yours, N.", then "V. Ulyanov (Lenin)": the letter's signature
    if single and "\n" not in previous.strip() and AUTHOR_LINE_RE.match(previous.strip()) and not closing(previous):
        return "paragraph", "", False  # "Smith, J. and Roe, A.", then "A Study of Things": a reference's title
    if single and comment_head(lines[-1]):
        return ("furniture", "comments", False) if kind == "web" else ("paragraph", "", False)
    if any(separated_items(line) for line in lines):
        return "paragraph", "", False
    if single and label_value(lines[-1]) and (
            label_value(previous) or (following is not None and label_value(following.lines[0].text))):
        return "paragraph", "", False
    if not single and sum(label_value(line) for line in lines) >= 2:
        return "paragraph", "", False
    if kind != "pdf" and len(lines) >= SHORT_RUN_MIN and not number_only(lines[0]):
        return "paragraph", "", False
    if kind == "web" and not single and any(call_to_action(line) or button_line(line) for line in lines):
        return "paragraph", "", False  # "Reply" over "Share ›": a comment's buttons, no heading wrapped
    return None


def _among_numbers(previous: str, following: Blk) -> bool:
    """Whether a line stands between two without a word (:data:`WORD_RE`): a figure's axis and its title
    ("1.0", "ACF of Residuals", "−0.5"), or a table's numbers and their label; no heading."""
    return bool(previous.strip()) and not WORD_RE.search(previous) and not WORD_RE.search(following.lines[0].text)


def _plain_role(block: Blk, single: bool, following: Blk | None) -> tuple[str, str, bool] | None:
    """The role of a block that a heading's form would mislead, or None: a letter's closing and its signature
    ("Yours" / "K Marx"), a byline and its credits ("Written by NAME" / "Edited by NAME"), the body's last
    paragraph where the copy breaks off in mid-word (:func:`ends_in_mid_word`)."""
    lines = [line.text.strip() for line in block.lines]
    if not single and closing_lines(lines):
        return "paragraph", "", False
    if (not single and len(lines) <= CREDIT_LINES_MAX and any(byline(line) for line in lines)
            and all(byline(line) or CREDIT_LINE_RE.match(line) for line in lines)):
        return "paragraph", "byline", False
    if following is None and ends_in_mid_word(block.text) and not short_lines_end(lines):
        return "paragraph", TRUNCATED, True  # "… what's about to brea": the copy cut off in mid-word
    return None


def short_lines_end(lines: list[str]) -> bool:
    """Whether a block ends in a run of short lines (:data:`SHORT_LINE_WORDS` words at most, its last line and
    the one above it), as a footer's links or a menu stand one to a line ("privacy policy" / "securedrop"): its
    last word is a link's, no sentence's; a paragraph's last line, however short, has a long line above it."""
    return len(lines) >= 2 and all(len(words(line)) <= SHORT_LINE_WORDS for line in lines[-2:])


#: the detail of the body's last paragraph when the copy breaks off in it, in mid-word
TRUNCATED = "truncated"
#: the fewest letters of a last word read as cut short (shorter: an initial, a unit)
CUT_WORD_MIN = 2
#: a last word rarer than this, in lower case, is a word cut short ("brea", "informat"): wordfreq keeps many
#: such stubs, but rarely; a text's last word in full is seldom so rare
CUT_WORD_ZIPF = 3.0
_LAST_WORD_RE = re.compile(r"(?:^|\s)([^\W\d_]+)$")


def ends_in_mid_word(text: str) -> bool:
    """Whether the body's last paragraph breaks off in mid-word ("… what's about to brea"): a sentence in
    progress (:func:`_sentence_in_progress`) whose last word, all letters in lower case, is rare or no word of
    the lexicon (:data:`CUT_WORD_ZIPF`)."""
    stripped = text.rstrip()
    if ends_sentence(stripped) or not _sentence_in_progress(stripped):
        return False
    m = _LAST_WORD_RE.search(stripped)
    last = m.group(1) if m else ""
    return len(last) >= CUT_WORD_MIN and last.islower() and zipf(last) < CUT_WORD_ZIPF


def _foot_menus_from(witness: Witness, blocks: list[Blk], where: tuple[str, int, int],
                     furniture: dict[int, str]) -> int:
    """Where a web page's closing furniture begins, its menus below the article's end
    (:func:`edition.witness.wiki.foot_menu`) taken in: the walk back over its foot's links
    (:func:`bottom_link_list`) misses them when a line of none of its forms breaks them (a text dump's
    bulleted items). Their lines are marked as furniture in *furniture*, a kind of their own; never headings,
    never a note's continuation.

    :param where: the layout's kind (a ``pdf`` text has them by :func:`blocks_of`), where the body begins and
        where the closing furniture was found to begin
    """
    kind, body_from, furniture_from = where
    if kind != "web":
        return furniture_from
    menus = {i + 1: what for i, what in foot_menu([line.text for line in witness.lines]).items()}
    start = furniture_from
    while start > body_from and all(line.lineno in menus for line in blocks[start - 1].lines):
        start -= 1
    if body_from < start < furniture_from:  # the article's end: the page's from there
        furniture.update({line.lineno: menus[line.lineno] for block in blocks[start:furniture_from]
                          for line in block.lines if line.lineno not in furniture})
        return start
    return furniture_from


#: the fewest lines of a run of short lines line under line that makes a table's column, not headings
ROW_RUN_MIN = 4


def row_runs(segments: list[Segment]) -> list[int]:
    """The headings of a PDF text that stand in a run of short lines set line under line, no blank line and no
    other line between them (:data:`ROW_RUN_MIN` lines or more, each a segment of one line, unnumbered, that
    ends in no stop, all but one of them headings at least): a table's column extracted a row to a line ("Sep
    17-20 (?)", "Sep 17-26 (Louisiana, Texas, etc.)", "Oct 1-5 (Mexico, …)"), never headings; a heading stands
    over its text."""
    out: list[int] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= ROW_RUN_MIN and sum(segments[k].role == "heading" for k in run) >= ROW_RUN_MIN - 1:
            out.extend(k for k in run if segments[k].role == "heading")

    for i, seg in enumerate(segments):
        one = (seg.role in ("heading", "paragraph") and len(seg.block.lines) == 1
               and seg.block.text.rstrip()[-1:] not in ".!?;:," and heading_number(seg.block.text) is None)
        if one and run and seg.block.lineno == segments[run[-1]].block.lineno + 1:
            run.append(i)
            continue
        close()
        run = [i] if one else []
    close()
    return out


def _cells(segments: list[Segment], witness: Witness, furniture: dict[int, str], kind: str) -> list[int]:
    """The indices of the *segments* that are a table's cells or a figure's labels read as headings, or a
    table's cells set one a line that a block's form alone set aside ("2005-09-23", a date line), all printed
    as paragraphs where they stand (:func:`table_cells`, :func:`unnumbered_labels`, :func:`table_cell_lines`)."""
    cells = table_cells(segments) + (unnumbered_labels(segments) + row_runs(segments) if kind == "pdf" else [])
    if kind != "pdf" or not (one_a_line := table_cell_lines(witness.lines, witness.page_starts)):
        return cells
    # a table's cells set one a line, by their run: never headings, never a page's furniture by their form
    cells += [i for i, seg in enumerate(segments)
              if (seg.role == "heading" or (seg.role == "furniture" and seg.detail in CELL_LOOKALIKE_KINDS
                                            and not any(line.lineno in furniture for line in seg.block.lines)))
              and all(line.lineno in one_a_line for line in seg.block.lines)]
    return sorted(set(cells))


def _set_aside_in_sentences(furniture: dict[int, str]) -> list[Decision]:
    """The apparatus's statements on a figure's labels and a table's rows set aside from the sentence they
    interrupt (:func:`edition.witness.figures.figure_lines`), once each, at the first such line."""
    out = []
    for kind, how in ((FIGURE_LABELS, FIGURE_HOW), (TABLE_ROWS, TABLE_HOW), (BETWEEN, BETWEEN_HOW),
                      (TABLE_CELLS, TABLE_CELLS_HOW)):
        if lines := sorted(n for n, what in furniture.items() if what == kind):
            out.append(Decision(kind, f"line {lines[0]}", how, lines[0]))
    return out


def segment(witness: Witness) -> Layout:
    """Segment *witness* into roles."""
    papers = read_papers(witness.text, witness.lines)
    kind, blocks, width, furniture, signs, fused, starts, margins = blocks_of(witness, papers)
    blocks = _tagline_apart(_abstract_apart(blocks) if kind == "pdf" else blocks)
    segments = [Segment("furniture", blocks[i], what) for i, what in leading_furniture(blocks, kind, furniture)]
    lead = len(segments)
    # a file of papers of a series that opens with the first's numbered heading: no title of its own
    segments += [] if lead < len(blocks) and blocks[lead].lines[0].lineno in {*papers.headings, *papers.names} else (
                 (kind == "pdf" and (_pdf_article_header(blocks[lead:]) or _pdf_title_page(blocks[lead:], furniture)
                                     or _pdf_dated_title_page(blocks[lead:], furniture)))
                 or (kind == "web" and _code_dated_title(blocks[lead:]))
                 or _letter_header(blocks[lead:]) or (kind == "web" and _chapter_page(blocks[lead:]))
                 or (kind == "web" and _repeated_title(blocks[lead:]))
                 or (kind == "web" and _headline_over_byline(blocks[lead:]))
                 or (kind == "web" and _site_lines_above_title(blocks[lead:]))
                 or header_segments(blocks[lead:], kind))
    segments[lead:] = running_heads_aside(segments[lead:], furniture)
    segments = _browser_title_apart(segments, blocks) if kind == "web" else segments
    header_lines = {line.lineno for seg in segments[lead:] for line in seg.block.lines}
    body_from = lead + sum(1 for b in blocks[lead:] if b.lines[0].lineno in header_lines)
    furniture_from = max(trailing_furniture(blocks, kind, furniture), body_from)
    furniture_from = _foot_menus_from(witness, blocks, (kind, body_from, furniture_from), furniture)
    foot = _foot_notes(witness, furniture, fused)
    # the notes of signs restarting on each page are paired page by page: no form's confirmation needed
    notes_from, forms, in_place = _notes_section(witness, blocks, (lead, body_from, furniture_from),
                                                 {k: v for k, v in foot.items() if k not in signs.labels})
    notes_from = _first_note_body(blocks, notes_from, furniture_from, forms, furniture)
    blocks, furniture_from, carets, placed = _wiki_notes(witness, blocks, (lead, body_from, furniture_from), kind,
                                                         notes_from == furniture_from)
    if carets is not None:
        # a wiki's reference list ("^ …", or "1. ^…" as a text dump numbers it), each body the note of its number
        notes_from, forms, in_place = carets[0], (BRACKET, PLACED) if placed else (BRACKET, GROUP, CARET), {}
        if not placed and (lettered := [label for label in carets[2] if LETTER_LABEL_RE.fullmatch(label)]):
            # a group the wiki letters ("[a]", "[b]"): its markers are notes, a letter past them none ("a[n]")
            forms = (BRACKET, GROUP, lettered_form(max(lettered)), CARET)
    brackets = None if carets is not None else _bracket_reading(
        witness, blocks, (lead, body_from, notes_from, furniture_from), forms, furniture, in_place)
    refs_from = furniture_from
    cited: frozenset[str] = frozenset()
    if brackets is not None and brackets[0].citations and brackets[4]:
        # the notes stay notes; the other numbers are no markers; a reference list after the notes
        cited, refs_from = brackets[3], brackets[1]
    elif brackets is not None and brackets[0].citations:
        # numbers in brackets that cite a reference list: no note markers; the list is the text's
        forms = tuple(form for form in forms if form is not BRACKET)
        refs_from = brackets[1]
        notes_from = max(min(notes_start(blocks, refs_from, forms), refs_from), body_from)
        notes_from = _first_note_body(blocks, notes_from, refs_from, forms, furniture)
        # decided per number: a number whose note is set in its place is a note's marker all the same
        in_place = {i: label for i, label in in_place.items() if i < notes_from}
        if in_place:
            forms, cited = (BRACKET, *forms), brackets[3]
    notes_from, in_place, forms, paper_markers = _with_paper_notes(witness, blocks, papers,
                                                                   (body_from, notes_from, refs_from), in_place, forms)
    title = next((seg.block.text for seg in segments[lead:] if seg.role == "header" and seg.detail == "title"), "")
    body = _BodyReader(kind, furniture, in_place, notes_from < furniture_from, title, papers=papers)
    # the headings between the runs of caret bodies ("References[edit]" under "Notes") and the blocks after them
    after = (*(b for b in blocks[carets[0]:carets[1]] if not CARET_BODY_RE.match(b.lines[0].text)),
             *blocks[carets[1]:furniture_from]) if carets is not None else ()
    segments += body._replace(after=after).segments(blocks, body_from, notes_from)
    segments = promo_title(segments, lead, kind, title)
    segments = site_name_title(segments, witness.lines, kind)
    segments = teasers_aside(segments, witness.lines, kind)
    segments = rule_title_apart(segments)
    if kind == "pdf" and not any(seg.role == "heading" and seg.detail == "2"
                                 and not NOTES_HEADING_RE.match(seg.block.text.strip())
                                 and not REFERENCES_HEADING_RE.match(seg.block.text.strip()) for seg in segments):
        # title-case headings with no capitals heading above them are the text's first level
        segments = [seg._replace(detail="2") if seg.role == "heading" else seg for seg in segments]
    # the cells of a table under its caption, the labels of a figure above its caption: no headings
    cells = _cells(segments, witness, furniture, kind)
    for i in cells:
        segments[i] = segments[i]._replace(role="paragraph", detail="")
    cell_lines = [segments[i].block.lineno for i in cells]
    segments = _letter_places(segments)
    segments = _letter_signature(segments)
    segments = roman_sections(_pdf_false_headings(segments, kind))
    segments = heading_levels(segments)
    # a figure's caption the paragraph was joined across: a paragraph of its own after it
    # (a table's rows as the witness sets them, its columns apart by their gaps: lines kept, as a program's)
    # an engraving's caption set on a line of the prose, inside the word or the sentence it interrupts: likewise,
    # the paragraph it opens joined to the one above where the sentence goes on beside it
    inline = _inline_captions(witness, segments, furniture) if kind == "pdf" else ()
    segments = _joined_at_captions(segments, inline)
    # (a side head set between the halves of a sentence: a heading after it)
    segments = captions_after(segments, furniture, lambda lines, kind: Segment(
        "heading", Blk(lines, 0, 0), "2") if kind == HEAD_BETWEEN else Segment(
        "code" if kind in (TABLE_ROWS, TABLE_CELLS) else "paragraph", Blk(lines, 0, 0), kind), starts)
    segments = inline_captions_after(segments, inline, lambda group: Segment("paragraph", Blk([Line(
        witness.lines[c.lineno - 1].text[c.text_start:c.text_end], c.lineno,
        witness.lines[c.lineno - 1].start + c.text_start) for c in group], 0, 0), FIGURE_CAPTION))
    if carets is not None:
        start, end, labels = carets
        segments += _caret_segments(blocks[start:end], labels, placed)
        segments += heading_levels(body.segments(blocks, end, furniture_from))  # the page goes on after its notes
        refs_from = furniture_from
    else:
        segments += _note_segments(blocks[notes_from:refs_from], forms, furniture)
    refs = blocks[refs_from:furniture_from]
    if refs and notes_from < refs_from and REFERENCES_HEADING_RE.match(refs[0].text.strip()):
        segments.append(Segment("heading", refs[0], "2"))  # the list's heading, below the notes
        refs = refs[1:]
    segments += _reference_segments(refs, furniture)
    stamped = (kind == "web" and furniture_from > 0 and bool(STAMP_START_RE.match(blocks[furniture_from - 1].text))
               and bool(posted_line(blocks[furniture_from - 1].text)))
    segments += _tail_segments(blocks[furniture_from:], kind, furniture, POST_FOOT if stamped else "")
    segments = contents_levels(segments)
    segments = _title_by_language_button(segments) if kind == "web" else segments
    segments, unedited = _wiki_headings_only(segments)
    segments = screen_fields(segments)
    segments, lists = key_reference_lists(segments, furniture)
    if cell_lines:
        lists.append(Decision("table cells", f"line {cell_lines[0]}" + (f" and {len(cell_lines) - 1} more"
                                                                         if len(cell_lines) > 1 else ""),
                              CELLS_HOW, cell_lines[0], False))
    lists += _set_aside_in_sentences(furniture)
    segments, listed = contents_lists(segments)
    listed += [Decision("verse", seg.block.lines[0].text.strip(),
                        f"short lines set apart, lines {seg.block.lines[0].lineno}–{seg.block.lines[-1].lineno}: "
                        "verse (an epigraph, a stanza quoted), a block quotation, no heading over a paragraph",
                        seg.block.lineno, True) for seg in segments if seg.role == "quote" and seg.detail == "verse"]
    segments, signed = section_bylines(segments)
    inner = {
        lineno: what for seg in segments if seg.role in BODY_ROLES and len(seg.block.lines) > 1
        for line in seg.block.lines if (lineno := line.lineno) in furniture and (what := furniture[lineno])
    }
    decisions = (decisions_of(segments, kind, witness) + lists + listed + signed + link_lists(segments) + unedited
                 + _page_decisions(blocks, furniture_from, carets, stamped, placed))
    if brackets is not None:
        reading, _, lineno, _, _ = brackets
        decisions.append(Decision("notes", reading.what if reading.citations else "notes", reading.how, lineno,
                                  reading.sure))
    segments, broken = _broken_off(segments, broken_off_end(witness, furniture) if kind == "pdf" else None)
    decisions += _sign_decisions(witness, signs) + (_copy_decisions(witness, furniture, broken) if kind == "pdf"
                                                    else [])
    decisions += paper_decisions(witness, papers, segments, len(paper_markers))
    return Layout(kind, segments, width, forms, inner, decisions, foot, cited,
                  tuple(sorted([*signs.markers, *paper_markers])), {n.label: n.text_from for n in signs.notes},
                  tuple(fused),
                  tuple(m for m in margins if m.lineno not in furniture),
                  inline)


def _inline_captions(witness: Witness, segments: list[Segment], furniture: dict[int, str]) -> tuple:
    """The engravings' captions set on lines of the prose of the paragraphs (:func:`figures.inline_captions`),
    a word they broke rejoined where its parts make a word (:func:`_rejoins`)."""
    para = {line.lineno: k for k, seg in enumerate(segments) if seg.role == "paragraph"
            and seg.detail not in CAPTIONS for line in seg.block.lines}
    firsts = {seg.block.lines[0].lineno for seg in segments}
    lasts = {seg.block.lines[-1].lineno for seg in segments}

    def one_sentence(a: int, b: int, beside: bool) -> bool:
        # one paragraph; or, the caption beside the sentence's second half (*beside*), the paragraph above ending
        # on line a and the next opening on line b
        return a in para and (para.get(b) == para[a]
                              or (beside and para.get(b) == para[a] + 1 and a in lasts and b in firsts))

    return inline_captions(witness.lines, furniture, one_sentence,
                           lambda before, below: _rejoins(witness, before, below))


def _joined_at_captions(segments: list[Segment], captions: tuple) -> list[Segment]:
    """The *segments*, each paragraph that opens with an engraving's caption set beside its first words
    (:func:`figures.inline_captions`) joined to the paragraph above: the sentence goes on beside the caption."""
    opens = {c.lineno for c in captions if not c.joins}  # a line's caption at its left, a side column's lines
    out: list[Segment] = []
    for seg in segments:
        if out and seg.role == "paragraph" and out[-1].role == "paragraph" and seg.block.lines[0].lineno in opens \
                and not seg.detail and not out[-1].detail:
            prev = out[-1].block
            out[-1] = out[-1]._replace(block=prev._replace(lines=prev.lines + seg.block.lines,
                                                           blank_after=seg.block.blank_after))
            continue
        out.append(seg)
    return out


#: how a text that breaks off mid-word at its end was read (:func:`edition.witness.pagenotes.broken_off_end`)
BROKEN_OFF_HOW = ("the text breaks off mid-word at its end: a truncated copy, the rest of the text lost; "
                  "printed as far as the witness goes")
#: how a text of two columns merged line by line was read (:func:`edition.witness.columns.merged_columns`)
COLUMNS_HOW = ("columns merged: read left column then right; {count} lines hold two columns side by side, the "
               "right one from character {column}, as an extraction keeping the layout sets a page of two columns: "
               "the edition prints each line across both, as the witness has it")
#: how a text whose lines alternate between two columns was read (:func:`edition.witness.columns.alternating_columns`)
ALTERNATING_HOW = ("columns merged: read left column then right; {count} words broken at a line's end go on two "
                   "lines below, not on the next: the extraction read the two columns' lines in turn; the edition "
                   "prints the lines in the witness's order")
#: how the notes of signs restarting on each page were read (:mod:`edition.witness.pagenotes`)
SIGN_NOTES_HOW = ("the notes are marked with signs (* † ‡ § ‖ ¶) whose sequence begins again on each page: "
                  "each page's markers are paired with the notes at its foot, in order; a sign used on more "
                  "than one page is labelled with its page (p.4* is the * of page 4)")


def _broken_off(segments: list[Segment], broken: tuple[int, str] | None
                ) -> tuple[list[Segment], tuple[int, str] | None]:
    """The segments with the paragraph a PDF's copy breaks off in (:func:`edition.witness.pagenotes.broken_off_end`,
    its line and word) marked as the body's last paragraph is where it ends in mid-word (:data:`TRUNCATED`): one
    rule, one statement and one editor's note, whichever form found it; and the break where no paragraph holds it
    (a heading's line, a list's), to be stated on its own."""
    if broken is None:
        return segments, None
    for i in range(len(segments) - 1, -1, -1):
        seg = segments[i]
        if seg.role in BODY_ROLES and any(line.lineno == broken[0] for line in seg.block.lines):
            if seg.role == "paragraph" and seg.detail in ("", TRUNCATED):
                segments = [*segments[:i], seg._replace(detail=TRUNCATED, breaks_off=True), *segments[i + 1:]]
                return segments, None
            break
    return segments, broken


def _copy_decisions(witness: Witness, furniture: dict[int, str], broken: tuple[int, str] | None) -> list[Decision]:
    """What a PDF's or a scan's copy lacks, to be checked: its end broken off mid-word (a truncated copy) where
    no paragraph of the body holds the break (:func:`_broken_off`), its columns merged line by line."""
    out = []
    if broken:
        out.append(Decision("end", broken[1], BROKEN_OFF_HOW, broken[0], False))
    out += refused_page_feet(witness, furniture)
    if columns := merged_columns(witness.lines):
        column, first, last, count = columns
        out.append(Decision("columns", f"lines {first}–{last}", COLUMNS_HOW.format(count=count, column=column),
                            first, False))
    elif turns := alternating_columns(witness.lines):
        first, last, count = turns
        out.append(Decision("columns", f"lines {first}–{last}", ALTERNATING_HOW.format(count=count), first, False))
    return out


def _sign_decisions(witness: Witness, signs: SignNotes) -> list[Decision]:
    """The decisions on the notes of signs restarting on each page: the reading, and each disguise of a sign
    by an OCR (a dagger read as "t") that the pages' pairing confirmed at their feet, once with its count
    (each note's line, as the witness reads it, is among the pages' furniture set aside)."""
    if not signs.notes and not signs.markers:
        return []
    out = [Decision("page notes", f"{len(signs.notes)} notes on {signs.pages} pages", SIGN_NOTES_HOW,
                    signs.notes[0].lines[0] if signs.notes else 0)]
    disguised: dict[tuple[str, str], list[SignNote]] = {}
    for note in signs.notes:
        if note.printed in DISGUISED_SIGNS:
            disguised.setdefault((note.printed, note.label[-1]), []).append(note)
    for (printed, sign), notes in disguised.items():
        where = notes[0].label if len(notes) == 1 else f"{len(notes)} notes, the first {notes[0].label}"
        out.append(Decision("page notes", f"“{printed}” read as {sign}",
                            f"the OCR's reading of the sign of the notes at their pages' feet ({where}), in the "
                            "sign's place in each page's sequence", notes[0].lines[0]))
    return out


#: the reason given in the apparatus for the cells and labels read as no headings (:func:`table_cells`)
CELLS_HOW = ("short lines standing alone under a table's caption (“Table n: …”) down to the next paragraph of "
             "prose, or above a figure's caption back to the prose before it, are the table's cells or the "
             "figure's labels, extracted one a line: printed as paragraphs where they stand, never as headings")


#: the lines of a text's first screen, where a run of "Field: value" lines is its header's record
FIRST_SCREEN_LINES = 60
#: the fewest "Field: value" lines that make a record (one alone may be a label in the text: "Source: …")
FIELD_RUN_MIN = 2


#: the fewest one-line items of a contents list set under its heading
CONTENTS_ITEMS_MIN = 3
#: the least indentation of a contents list's items
CONTENTS_INDENT_MIN = 2


#: the label that opens a contents list's item ("Chapter 1. ", "Appendix A. ", "3. ")
CONTENTS_LABEL_RE = re.compile(r"^(?:(?:Chapter|Appendix|Part|Book|Section)\s+)?(?:\d{1,3}|[IVXLC]{1,7}|[A-Z])\.?\s+")


def _contents_item(block: Blk) -> bool:
    """An item of a contents list: one short indented line that ends no sentence ("    Chapter 1. The …")."""
    text = block.lines[0].text
    stripped = text.strip()
    return (len(block.lines) == 1 and _indent(text) >= CONTENTS_INDENT_MIN
            and 0 < len(words(stripped)) <= HEADING_MAX_WORDS and not stripped.endswith((".", ",", ";", ":", "!"))
            and not SENTENCE_BREAK_RE.search(CONTENTS_LABEL_RE.sub("", stripped)))


def contents_lists(segments: list[Segment]) -> tuple[list[Segment], list[Decision]]:
    """A run of indented one-line paragraphs right under a heading, each short and ending no sentence, all
    indented alike ("Contents", then "    Chapter 1. The Question of Party Generations", …): one list, an
    item to a line, recorded with its lines. An indented quotation (lines that wrap, sentences) stays."""
    out: list[Segment] = []
    decisions: list[Decision] = []
    i = 0
    while i < len(segments):
        out.append(segments[i])
        if segments[i].role != "heading":
            i += 1
            continue
        j = i + 1
        while (j < len(segments) and segments[j].role == "paragraph" and _contents_item(segments[j].block)
               and _indent(segments[j].block.lines[0].text) == _indent(segments[i + 1].block.lines[0].text)):
            j += 1
        if j - i - 1 >= CONTENTS_ITEMS_MIN:
            run = [seg.block for seg in segments[i + 1:j]]
            lines = [line for block in run for line in block.lines]
            out.append(Segment("list", Blk(lines, run[0].blank_before, run[-1].blank_after), "contents"))
            decisions.append(Decision(
                "list", segments[i].block.text.strip(),
                f"indented one-line items under the heading, lines {lines[0].lineno}–{lines[-1].lineno}: a list "
                "(a contents list), an item to a line, as the witness prints them", lines[0].lineno, True))
            i = j
        else:
            i += 1
    return out, decisions


#: a section's byline, a line of its own under its heading: "Written by Ian A. Murdock, Revised 01/06/94",
#: "By Jane Doe"; group 1 the name, group 2 the date if any
SECTION_BYLINE_RE = re.compile(
    r"^(?:(?:Written|Compiled|Edited|Drafted)\s+by|By)\s+([A-Z][^,;:]{2,60}?)"
    r"(?:,\s*(?:Revised|Updated|Dated|Written)\s+(?:on\s+)?([^,;]{4,30}?))?\.?$"
)


def section_byline(text: str) -> tuple[str, str] | None:
    """The name and the date of a section's byline (:data:`SECTION_BYLINE_RE`) whose name is a person's, or None:
    "Written by hand, then copied" is no byline."""
    m = SECTION_BYLINE_RE.match(text.strip())
    if not m or not _name_line(m.group(1).strip()):
        return None
    return m.group(1).strip(), (m.group(2) or "").strip()


def section_bylines(segments: list[Segment]) -> tuple[list[Segment], list[Decision]]:
    """A one-line paragraph right under a heading that is a byline by its form ("Written by NAME, Revised DATE"):
    the section's byline (its author and date), printed as the witness has it and recorded, a guess the report
    flags."""
    decisions: list[Decision] = []
    out = list(segments)
    for i in range(1, len(out)):
        seg = out[i]
        if (seg.role == "paragraph" and out[i - 1].role == "heading" and len(seg.block.lines) == 1
                and (found := section_byline(seg.block.text))):
            out[i] = seg._replace(detail="byline")
            name, date = found
            decisions.append(Decision(
                "byline", f"{name}, {date}" if date else name,
                f"the byline of the section “{out[i - 1].block.text.strip()}” (a line of its own under its "
                "heading: “Written by NAME, Revised DATE”), not the text's author", seg.block.lineno, False))
    return out, decisions


def screen_fields(segments: list[Segment]) -> list[Segment]:
    """The runs of "Field: value" lines in the first screen, below the site's or the e-book's chrome: header fields.

    A catalogue record (an e-book's "Title: / Author: / Release Date:", a library's "Date: / Authors: /
    Topics:", an archive's "Written: / Source: / Transcription/Markup:") may stand below a banner,
    a licence's first paragraph or a title and a caption: each of its lines is a field, never a
    paragraph or a heading, wherever in the first screen the run stands. A run is blocks each of
    whose lines is a field, one after another (a blank line between or none).
    """
    out = list(segments)
    run: list[int] = []

    def close() -> None:
        if sum(len(out[i].block.lines) for i in run) >= FIELD_RUN_MIN:
            for i in run:
                out[i] = Segment("header", out[i].block, "fields")
        run.clear()

    for i, seg in enumerate(out):
        if seg.block.lineno > FIRST_SCREEN_LINES:
            break
        fits = seg.role in ("paragraph", "heading") and field_lines(seg.block.lines)
        if fits and (not run or seg.block.blank_before <= 1):
            run.append(i)
            continue
        close()
        if fits:
            run.append(i)
    close()
    return out


def _bracket_reading(witness: Witness, blocks: list[Blk], bounds: tuple[int, int, int, int],
                     forms: tuple[LabelForm, ...], furniture: dict[int, str], in_place: dict[int, str]):
    """Whether the numbers in square brackets cite a reference list or call notes (:func:`read_brackets`).

    :param bounds: the indices where the header, the body, the notes and the closing furniture begin
    :param in_place: the notes set in their place (:func:`notes_in_place`): their numbers are notes'
    :return: the reading, the index of the reference list's first block (the notes' first, or the
        closing furniture's, if none), the line of its first entry (0 if none), the numbers read as no
        note's markers, and whether the notes section stays notes (beside page numbers); None if there
        is nothing to decide
    """
    lead, body_from, notes_from, furniture_from = bounds
    if DOTTED in forms:
        return None  # numbered paragraphs confirm the numbers in brackets as note markers
    noted = set(in_place.values())
    running = "\n".join(witness.text[b.start:b.end] for i, b in enumerate(blocks[lead:notes_from], lead)
                         if i not in in_place)
    # a number whose note is set in its place is a note's marker: the others are read
    called = [label for label in markers(running, BRACKET) if label not in noted]
    section = [b for b in blocks[notes_from:furniture_from] if not all(x.lineno in furniture for x in b.lines)]
    bodies, bodied = [], set()
    for part in (p for b in section for p in split_note_bodies(b, (BRACKET,))):
        found = body_label(part.lines[0].text, (BRACKET,))
        if found:
            bodied.add(found.label)
            bodies.append(part.text[found.end:] if len(part.lines) == 1 else
                          " ".join([part.lines[0].text[found.end:], *(x.text.strip() for x in part.lines[1:])]))
    heading = ""
    if bodies and notes_from > body_from:
        above = blocks[notes_from - 1].text.strip()
        if NOTES_HEADING_RE.match(above) or REFERENCES_HEADING_RE.match(above):
            heading = above.rstrip(":").strip()
    both = _notes_and_references(blocks, notes_from, furniture_from, furniture)
    if both is not None:
        return both
    reading = read_brackets(called, bodies, heading, print_page_numbers(running, noted))
    lineno = section[0].lineno if bodies else 0
    if (reading is None or not reading.citations) and bodied and print_page_numbers(running, noted | bodied):
        # decided per number: the numbers with a note's text are notes, those rising one by one
        # without any, a print edition's page numbers
        labels = ", ".join(f"[{label}]" for label in sorted(bodied, key=sort_key))
        where = f"under the heading “{heading}”" if heading else "at the end"
        how = (f"{PAGE_NUMBERS_HOW}; but {labels} {'has' if len(bodied) == 1 else 'have'} a note's text in the "
               f"witness, {where}: read as {'a note' if len(bodied) == 1 else 'notes'}, the number as its marker")
        pages = BracketReading(True, how, False, "page numbers")
        return pages, furniture_from, lineno, frozenset(called) - bodied, True
    if reading is None:
        return None
    if noted and reading.citations:
        labels = ", ".join(f"[{label}]" for label in sorted(noted, key=sort_key))
        reading = reading._replace(how=f"{reading.how}; but {labels} {'has' if len(noted) == 1 else 'have'} "
                                   "its text in the witness, set after the paragraph that calls it: read as a "
                                   "note, its number as its marker")
    return reading, notes_from if bodies else furniture_from, lineno, frozenset(called), False


def _bodies(blocks: list[Blk], furniture: dict[int, str]) -> dict[str, str]:
    """The bodies labelled ``[n]`` among *blocks*, by label (without it), the furniture's lines aside."""
    found: dict[str, str] = {}
    for part in (p for b in blocks if not all(x.lineno in furniture for x in b.lines)
                 for p in split_note_bodies(b, (BRACKET,))):
        label = body_label(part.lines[0].text, (BRACKET,))
        if label:
            found[label.label] = " ".join([part.lines[0].text[label.end:], *(x.text.strip() for x in part.lines[1:])])
    return found


def _notes_and_references(blocks: list[Blk], start: int, end: int, furniture: dict[int, str]):
    """A notes section that a reference list follows under its own heading ("References"), both labelled
    ``[n]`` with numbers of their own, read per number: the numbers of the notes as notes' markers,
    those of the list as citations (:func:`_bracket_reading`'s return), or None."""
    heading = next((i for i in range(start + 1, end) if len(blocks[i].lines) == 1
                    and REFERENCES_HEADING_RE.match(blocks[i].text.strip())), None)
    if heading is None:
        return None
    notes, works = _bodies(blocks[start:heading], furniture), _bodies(blocks[heading + 1:end], furniture)
    if not notes or set(notes) & set(works) or reference_list(list(notes.values())) \
            or not reference_list(list(works.values()), True):
        return None
    name = blocks[heading].text.strip().rstrip(":").strip()
    how = (f"the entries numbered [n] under the heading “{name}” name one work each, as a reference list does, "
           "and the bodies numbered [n] above it read as notes: decided per number, the list's numbers in the "
           "text are citations, printed as the witness has them, the notes' numbers their markers")
    return BracketReading(True, how, True), heading, blocks[heading].lineno, frozenset(works), True


#: the fewest numbers in brackets that can show a print edition's pages
PAGE_NUMBERS_MIN = 5
#: the fewest lines between two page numbers, as a rule (a page is longer than a few lines)
PAGE_LINES_MIN = 8
#: the share of the numbers that must rise by one (a page without a number may be skipped),
#: and of them that must be glued to the next word or stand on a line of their own
PAGE_NUMBERS_SHARE = 0.75


def print_page_numbers(text: str, noted: set[str]) -> bool:
    """Whether the numbers in square brackets of *text* (but the notes' *noted*) are the page numbers
    of the print edition a witness was copied from: rising through the text, most by one, a page's
    length apart (:data:`PAGE_LINES_MIN` lines or more, as a rule), each glued to the word after it
    ("[7]what") or on a line of its own; a citation stands apart ("[7] and", "[7].")."""
    found: list[tuple[int, int]] = []
    glued = 0
    line, at = 0, 0
    for m in BRACKET.marker.finditer(text):
        if m.group(1) in noted:
            continue
        line, at = line + text.count("\n", at, m.start()), m.start()
        found.append((int(m.group(1)), line))
        after = text[m.end():m.end() + 1]
        glued += not after or after.isalnum() or after in "\n“\"‘"
    if len(found) < PAGE_NUMBERS_MIN or glued < PAGE_NUMBERS_SHARE * len(found):
        return False
    steps = [b[0] - a[0] for a, b in zip(found, found[1:], strict=False)]
    if any(step <= 0 for step in steps) or sum(step == 1 for step in steps) < PAGE_NUMBERS_SHARE * len(steps):
        return False
    apart = sorted(b[1] - a[1] for a, b in zip(found, found[1:], strict=False))
    return apart[len(apart) // 2] >= PAGE_LINES_MIN


def _reference_segments(section: list[Blk], furniture: dict[int, str]) -> list[Segment]:
    """The segments of a reference list: its entries as one list, with the lines of furniture between them
    (a page's number and its running head, set aside there); furniture before and after it on its own."""
    def aside(block: Blk) -> bool:
        return all(line.lineno in furniture for line in block.lines)

    start, end = 0, len(section)
    while start < end and aside(section[start]):
        start += 1
    while end > start and aside(section[end - 1]):
        end -= 1
    out = [Segment("furniture", b, furniture[b.lines[0].lineno]) for b in section[:start]]
    if start < end:
        run = section[start:end]
        out.append(Segment("list", Blk([x for b in run for x in b.lines], run[0].blank_before, run[-1].blank_after),
                           "references"))
    return out + [Segment("furniture", b, furniture[b.lines[0].lineno]) for b in section[end:]]


#: the deepest level of heading MyST writes
DEEPEST_HEADING = 6


#: a section's number in Roman numerals and a period, alone on its line or before a short title: "II.",
#: "III. The Family and the State"
ROMAN_SECTION_RE = re.compile(r"^(?P<n>[IVXL]{1,7})\.(?:\s+(?P<title>\S.*))?$")
#: the values of the Roman numerals
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
#: the fewest numbered sections that make a sequence of them
ROMAN_SECTIONS_MIN = 2


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral in capitals ("IV" → 4), or 0 if it is written in no regular form."""
    total = 0
    for i, c in enumerate(numeral):
        v = _ROMAN_VALUES[c]
        total += -v if i + 1 < len(numeral) and _ROMAN_VALUES[numeral[i + 1]] > v else v
    return total if _to_roman(total) == numeral else 0


def _to_roman(n: int) -> str:
    out = ""
    for value, sign in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + sign, n - value
    return out


def _roman_section(seg: Segment) -> int:
    """The number of a section a paragraph or a heading opens with (:data:`ROMAN_SECTION_RE`), or 0: its first
    line the numeral alone ("II.", the section's text on the lines under it), or the paragraph one short line,
    the numeral and a title that ends no sentence ("III. The Family and the State")."""
    if seg.role not in ("paragraph", "heading") or seg.block.code or seg.block.table:
        return 0
    m = ROMAN_SECTION_RE.match(seg.block.lines[0].text.strip())
    if m is None:
        return 0
    title = m.group("title")
    if title is not None and (len(seg.block.lines) > 1 or not heading_like(title)
                              or len(words(title)) > HEADING_TITLE_MAX_WORDS or ends_sentence(title)):
        return 0
    return roman_value(m.group("n"))


def roman_sections(segments: list[Segment]) -> list[Segment]:
    """An archive's sections numbered in Roman numerals ("I.", "II.", "III. The Family and the State") made
    headings where they form a sequence: :data:`ROMAN_SECTIONS_MIN` at least, numbered I, II, III … one after
    another. A numeral alone on the first line of a paragraph (its text run on under it) is split from it as
    the section's heading. A numeral out of the sequence ("I." alone, "V." after "II.") stays the text's."""
    found = [(i, n) for i, seg in enumerate(segments) if (n := _roman_section(seg))]
    run: list[int] = []
    for i, n in found:
        if n == len(run) + 1:
            run.append(i)
        elif n == 1:
            run = [i] if len(run) < ROMAN_SECTIONS_MIN else run
    if len(run) < ROMAN_SECTIONS_MIN:
        return segments
    out: list[Segment] = []
    chosen = set(run)
    for i, seg in enumerate(segments):
        if i not in chosen or seg.role == "heading":
            out.append(seg)
            continue
        block = seg.block
        if len(block.lines) == 1:
            out.append(Segment("heading", block, "2"))
            continue
        out.append(Segment("heading", Blk(block.lines[:1], block.blank_before, 0), "2"))
        out.append(seg._replace(block=block._replace(lines=block.lines[1:], blank_before=0)))
    return out


#: the sections a numbered text leaves unnumbered: its front and back matter ("Abstract", "References", "Appendix A")
MATTER_HEADING_RE = re.compile(
    r"(?i)^(?:abstract|summary|keywords|preface|foreword|prologue|introduction|conclusions?|epilogue|afterword|"
    r"acknowledge?ments?|dedication|contents|table of contents|index|glossary|notes|footnotes|endnotes|"
    r"references|bibliography|literature|sources|works cited|further reading|appendix(?:\s+[A-Z\d]{1,3})?|"
    r"appendices|about the authors?|author'?s? note|errata|colophon)\s*:?$")
#: a section's number of digits alone before its title ("2. Longwang", "3 Method"; never "Appendix A", "Chapter 2")
BARE_SECTION_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s")
#: the most words of an unnumbered short line read as a figure's label in a numbered text
UNNUMBERED_LABEL_MAX_WORDS = 2


def unnumbered_labels(segments: list[Segment]) -> list[int]:
    """The headings of a PDF text that numbers its sections ("1 Introduction", "2 Related Work": two numbered
    headings or more) that are one or two words without a number, none in capitals and none of a text's
    unnumbered matter (:data:`MATTER_HEADING_RE`): a figure's labels ("Gamma", "Florida", "x0") between a
    sentence broken off and the caption, a map's place names; no heading repeats the form of the text's
    others. So is a word in capitals alone straight over the next heading ("SUFFIX" over "3.2 Parsing"), and a
    heading whose number an earlier heading has ("2. Longwang" after "2 Basic Idea") with a line or none under
    it. A text that numbers none of its headings keeps them all."""
    heads = [i for i, seg in enumerate(segments) if seg.role == "heading"]
    if sum(heading_number(segments[i].block.text) is not None for i in heads) < 2:
        return []
    out = []
    seen: set[tuple[int, ...]] = set()
    for i in heads:
        text = segments[i].block.text.strip()
        number = heading_number(text)
        matter = MATTER_HEADING_RE.match(text) or NOTES_HEADING_RE.match(text) or REFERENCES_HEADING_RE.match(text)
        nothing_under = i + 1 < len(segments) and segments[i + 1].role == "heading"
        # a line of text under it, no section's first paragraph nor its subsection's heading
        short_under = i + 1 < len(segments) and segments[i + 1].role == "paragraph" \
            and len(segments[i + 1].block.lines) < 2
        if (len(segments[i].block.lines) == 1 and number is None
                and len(words(text)) <= UNNUMBERED_LABEL_MAX_WORDS and not is_caps(text)
                and not matter and not label_only(text)):
            out.append(i)
        elif len(segments[i].block.lines) == 1 and number is None and is_caps(text) and len(words(text)) == 1 \
                and nothing_under and not matter:
            out.append(i)  # a label in capitals ("SUFFIX") straight over the next heading: nothing under it
        elif (number is not None and number in seen and short_under and len(segments[i].block.lines) <= 2
              and BARE_SECTION_NUMBER_RE.match(text)):
            out.append(i)  # a section's number again ("2. Longwang" after "2 Basic Idea"), a line under it: a label
        if number is not None and i not in out:
            seen.add(number)
    return out


def _pdf_false_headings(segments: list[Segment], kind: str) -> list[Segment]:
    """A PDF's lines that a heading's form alone took for headings, read as the text they are: a sentence's first
    line, a line wholly in brackets (:func:`sentence_heads`), a reference list's lines
    (:func:`reference_list_lines`). Other layouts' segments as they are."""
    return chart_titles(reference_list_lines(sentence_heads(segments))) if kind == "pdf" else segments


#: a chart's title: its unit in brackets at its end ("Spreads (bp)", "Rates (%)", "Prevalence (In percent)")
CHART_TITLE_RE = re.compile(r"\S\s*\([^()]{1,15}\)$")
#: an axis's value alone on its line ("1200", "0.5", "-50", "25%")
AXIS_VALUE_RE = re.compile(r"^\s*[-−+]?\d[\d,.]*%?\s*$")


def chart_title_line(text: str, following: str | None) -> bool:
    """Whether *text* is a chart's title by its form: its unit in brackets at its end (:data:`CHART_TITLE_RE`),
    a few words, no sentence's end inside it, no wide gap (a table's cells), over an axis's value alone
    (:data:`AXIS_VALUE_RE`)."""
    core = text.strip()
    return (bool(CHART_TITLE_RE.search(core)) and len(core.split()) <= CHART_TITLE_MOST_WORDS
            and "   " not in core and not re.search(r"[.;:!?]\s", core) and following is not None
            and bool(AXIS_VALUE_RE.match(following)))


#: the most words of a chart's title
CHART_TITLE_MOST_WORDS = 10


def chart_titles(segments: list[Segment]) -> list[Segment]:
    """The segments of a PDF text with each heading that is a chart's title read as a paragraph: a line that
    ends with its unit in brackets (:data:`CHART_TITLE_RE`: "CDS spreads (bp)"), over the chart's axis values,
    a number alone on the next segment's first line (:data:`AXIS_VALUE_RE`: "1200"), or over another such
    title (two charts side by side). A heading with a bracket over prose stays a heading."""
    out = list(segments)
    for k in range(len(out) - 1, -1, -1):
        seg = out[k]
        if seg.role != "heading" or not CHART_TITLE_RE.search(seg.block.text.strip()):
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if nxt is not None and (
                (nxt.role == "paragraph" and AXIS_VALUE_RE.match(nxt.block.lines[0].text))
                or (nxt.role == "paragraph" and nxt.detail == CHART_TITLE)):
            out[k] = seg._replace(role="paragraph", detail=CHART_TITLE)
    return out


#: a heading read as a chart's title (:func:`chart_titles`)
CHART_TITLE = "chart title"


#: a line wholly in brackets: a remark, a file's type ("(DOCX)"), no heading
BRACKETED_LINE_RE = re.compile(r"^\([^()]*\)$")


def sentence_heads(segments: list[Segment]) -> list[Segment]:
    """The segments of a PDF text with each heading that opens a sentence (:func:`sentence_start`: "Indeed, when
    tested in the Word-in-Context (WiC)") joined to the paragraph under it that goes on in lower case ("task
    (Pilehvar …"), after a blank line (a column's break) or none: the sentence's first line, no heading; and a
    heading wholly in brackets ("(DOCX)", :data:`BRACKETED_LINE_RE`) a paragraph."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if (prev is not None and prev.role == "heading" and seg.role == "paragraph"
                and sentence_start(prev.block.text) and heading_number(prev.block.text) is None
                and seg.block.text.lstrip()[:1].islower()):
            out[-1] = seg._replace(block=Blk(prev.block.lines + seg.block.lines, prev.block.blank_before,
                                             seg.block.blank_after))
            continue
        if (prev is not None and prev.role == "heading" and prev.block.lines
                and into_list(prev.block.text.strip(), seg.block.lines[0].text)):
            out[-1] = prev._replace(role="paragraph", detail="")  # its sentence runs on into the list below
        if seg.role == "heading" and BRACKETED_LINE_RE.match(seg.block.text.strip()):
            seg = seg._replace(role="paragraph", detail="")  # "(DOCX)": a file's type under its description
        out.append(seg)
    return out


#: an entry's number alone, the start of the next entry of a reference list ("40.", "[12]")
ENTRY_NUMBER_RE = re.compile(r"^\s*(?:\d{1,3}\.|\[\d{1,3}\])\s*$")


def reference_list_lines(segments: list[Segment]) -> list[Segment]:
    """The segments of a PDF text with the headings inside a reference list that runs on in the body under its heading
    ("References") read as parts of its entries: an entry's author line ("Adam Meyers, Michiko Kosaka, Satoshi
    Sekine, Ralph"), the venue that closes it ("EDBT ’98.", "(AAAI-96).", "PMID: 21637195") are no headings. A
    line under a paragraph that ends no sentence is that entry's last line, joined to it; a line that ends none
    over a paragraph, in a name or a comma, is its entry's first, joined to what follows (never to the next
    entry's number alone, "40."); any other a paragraph. The list ends at a numbered
    heading ("A.1 Computing Infrastructures", "5 Appendix"), an appendix's heading under its letter ("A" /
    "Distant Supervision", :func:`appendix_lettered`) or one of the text's matter ("Appendix",
    "Acknowledgments")."""
    out: list[Segment] = []
    inside = False
    pending: Segment | None = None  # an entry's first line, waiting for the rest of its entry
    for seg in segments:
        text = seg.block.text.strip()
        if seg.role == "heading":
            if REFERENCES_HEADING_RE.match(text):
                inside = True
                out.append(seg)
                continue
            if inside and (heading_number(text) is not None or MATTER_HEADING_RE.match(text)
                           or NOTES_HEADING_RE.match(text) or appendix_lettered(seg.block)):
                inside = False
            elif inside:
                prev = out[-1] if out else None
                if (prev is not None and prev.role == "paragraph" and pending is None
                        and not ends_sentence(prev.block.text)):
                    out[-1] = prev._replace(block=Blk(prev.block.lines + seg.block.lines, prev.block.blank_before,
                                                      seg.block.blank_after))
                    continue
                seg = seg._replace(role="paragraph", detail="")
                if not ends_sentence(text) and (text[-1:].isalpha() or text.endswith(",")):
                    if pending is not None:
                        out.append(pending)
                    pending = seg
                    continue
        if pending is not None:
            if seg.role == "paragraph" and not ENTRY_NUMBER_RE.match(seg.block.text):
                seg = seg._replace(block=Blk(pending.block.lines + seg.block.lines, pending.block.blank_before,
                                             seg.block.blank_after))
            else:
                out.append(pending)
            pending = None
        out.append(seg)
    if pending is not None:
        out.append(pending)
    return out


def heading_levels(segments: list[Segment]) -> list[Segment]:
    """The headings' levels made consistent with their numbers, where two headings or more are numbered.

    "1", "1.2" and "1.3" are a level apart, "1.2" and "1.3" at one level: the
    least deep number is level 2, each further part a level below ("Chapter 4"
    and "Appendix A" are numbers of one part, "A.1" of two: :func:`heading_number`). A heading
    is never more than one level below the heading before it (MyST, like a
    reader, needs no level skipped); unnumbered headings keep their level.
    """
    numbers = {i: heading_number(seg.block.text) for i, seg in enumerate(segments) if seg.role == "heading"}
    numbered = {i: n for i, n in numbers.items() if n is not None}
    if len(numbered) < 2:
        return segments
    least = min(len(n) for n in numbered.values())
    out = list(segments)
    above = 1
    for i in sorted(numbers):
        level = 2 + len(numbered[i]) - least if i in numbered else int(out[i].detail or 2)
        level = max(2, min(level, above + 1, DEEPEST_HEADING))
        out[i] = out[i]._replace(detail=str(level))
        above = level
    return out


def contents_levels(segments: list[Segment]) -> list[Segment]:
    """A wiki's headings at the levels its table of contents gives them: "1.1 Eich CEO promotion" among the
    contents lines set aside makes "Eich CEO promotion[edit]" a heading a level below "1 History[edit]"'s
    (a heading without an edit link, or not in the contents, keeps its level)."""
    numbers: dict[str, int] = {}
    for seg in segments:
        m = CONTENTS_NUMBER_RE.match(seg.block.text.strip())
        if seg.role == "furniture" and seg.detail == "table of contents" and m:
            numbers.setdefault(seg.block.text.strip()[m.end():].strip(), m.group(0).strip().rstrip(".").count(".") + 1)
    if not numbers:
        return segments
    out = list(segments)
    for i, seg in enumerate(out):
        cut = edit_suffix(seg.block.text) if seg.role == "heading" else -1
        stem = seg.block.text[:cut] if cut >= 0 else seg.block.text[edit_prefix(seg.block.text) or len(seg.block.text):]
        if stem.strip() and (depth := numbers.get(stem.strip())):
            out[i] = seg._replace(detail=str(min(1 + depth, DEEPEST_HEADING)))
    return out


def _first_note_body(blocks: list[Blk], start: int, end: int, forms: tuple[LabelForm, ...],
                     furniture: dict[int, str]) -> int:
    """Where the notes section begins: at its first note body, never at a line of furniture or text before it.

    A running head that begins with a page number ("2 A RUNNING HEAD") reads as a note's
    label; it, and the running text after it, stay before the notes.
    """
    while start < end and (
        not body_label(blocks[start].lines[0].text, forms) or blocks[start].code
        or all(line.lineno in furniture for line in blocks[start].lines)
    ):
        start += 1
    return start


def _foot_notes(witness: Witness, furniture: dict[int, str], fused: list[FusedNote]) -> dict[str, list[int]]:
    """The notes at the pages' feet, from the lines of furniture of that kind: each label's lines; a note fused
    into a line of the running text (:func:`fused_notes`) from that line, the running text's, on."""
    foot: dict[str, list[int]] = {}
    for lineno, what in sorted(furniture.items()):
        if what.startswith(FOOT_NOTE_KIND) and what.endswith("at the page's foot"):
            foot.setdefault(what.split()[1], []).append(lineno)
    for note in fused:  # its first line is the running text's: its label and text a span of it
        foot[note.label] = [note.lineno, *note.more]
    return foot


def _notes_section(
    witness: Witness, blocks: list[Blk], bounds: tuple[int, int, int], foot: dict[str, list[int]]
) -> tuple[int, tuple[LabelForm, ...], dict[int, str]]:
    """Where the notes section begins, the note forms the witness uses, and the notes set in place.

    :param bounds: the indices where the header, the body and the closing furniture begin
    :param foot: the notes at the pages' feet, whose labels count as the bodies' labels
    """
    lead, body_from, furniture_from = bounds
    notes_from = notes_start(blocks, furniture_from)
    # a note's label on its first line ("∗This work …", "1 The …"), or on a line of its own ("1", "∗")
    firsts = {label: witness.lines[lines[0] - 1].text for label, lines in foot.items()}
    # (the label as the witness prints it: a sign's body begins with the marker's own character, labels.confirmed)
    foot_bodies = [f"{label_text(firsts[label])} {witness.lines[lines[1] - 1].text.strip()}"
                   if label_text(firsts[label]) else firsts[label]
                   for label, lines in foot.items() if len(lines) > 1 or not label_text(firsts[label])]
    # the header's lines too: a journal's byline may carry a note ("King*")
    running = "\n".join(witness.text[b.start:b.end] for b in blocks[lead:notes_from])
    # a note at a page's foot numbered bare ("1 The …") that the text calls with a superscript digit only
    # ("terms¹"): its body counts in the superscript form, which the markers must then confirm
    # (the running text's markers read only when there are such notes: a web page has none)
    bare = set(markers(running, BARE)) if foot_bodies else set()
    raised = set(markers(running, SUPERSCRIPT)) - bare if foot_bodies else set()
    foot_bodies = [_raised(body) if (found := body_label(body, (BARE,))) and found.label in raised else body
                   for body in foot_bodies]
    # one called by a number set apart only ("in Euros? 13 At"): called as the page's foot's notes are, by that
    # form (:func:`spaced_markers`), no count against the glued numbers that call the others
    spaced = spaced_markers(running) - bare if foot_bodies else set()
    foot_bodies = [body for body in foot_bodies
                   if not ((found := body_label(body, (BARE,))) and found.label in spaced)]
    forms = confirmed(
        running,
        [line.text for b in blocks[notes_from:furniture_from] for line in b.lines] + foot_bodies,
    )
    untitled = _sign_bodies_untitled(blocks[body_from:furniture_from], firsts)
    if SYMBOL in forms and (_signs_after_numbers(running, firsts) or untitled):
        # "are 2* in number": a number's star, no marker, where no note at a page's foot opens with the sign;
        # or the sign's only bodies a caption's words ("*SMITH'S SHELL.") over the text's paragraphs
        forms = tuple(form for form in forms if form is not SYMBOL)
    if notes_from > body_from and blocks[notes_from - 1].text.rstrip().endswith(":"):
        # "(1) …" after a colon: a list the paragraph introduces, not notes; the notes at the pages' feet are
        forms = tuple(form for form in forms if form is BRACKET or any(body_label(b, (form,)) for b in foot_bodies))
    if len(forms) < len(FORMS):
        # bodies in a form the running text does not confirm are not notes
        notes_from = notes_start(blocks, furniture_from, forms)
    notes_from = max(notes_from, body_from)
    in_place = notes_in_place(blocks, body_from, notes_from)
    if in_place or notes_interleaved(blocks, notes_from, furniture_from):
        # notes set after the paragraphs that call them: only a closing run of bodies is a notes section
        notes_from = max(closing_notes(blocks, furniture_from, forms), body_from)
        in_place = notes_in_place(blocks, body_from, notes_from)
    if SYMBOL not in forms and not _signs_after_numbers(running, firsts) and not untitled \
            and (signed := sign_note_in_place(blocks, body_from, notes_from)):
        # a sign's one note at the article's end, the site's lines after it: the sign its marker
        in_place, forms = {**in_place, **signed}, (*forms, SYMBOL)
    return notes_from, forms, in_place


def _sign_bodies_untitled(blocks: list[Blk], firsts: dict[str, str]) -> bool:
    """Whether the bodies that open with a sign among *blocks* (the notes section found) are all no note's text:
    a caption's words in capitals after the sign, no word in lower case ("*SMITH'S SHELL.", an engraving's
    caption that OCR read with a star before it), and no note at a page's foot (*firsts*) opens with a sign to
    confirm the form. A note's body is a sentence ("* The first hand that read the copy …")."""
    bodies = [b.lines[0].text[found.end:] for b in blocks
              if (found := body_label(b.lines[0].text, (SYMBOL,))) is not None and not b.code]
    return bool(bodies) and all(not any(c.islower() for c in body) for body in bodies) \
        and not any(label_text(first) and not first.strip()[:1].isalnum() for first in firsts.values())


def _signs_after_numbers(running: str, firsts: dict[str, str]) -> bool:
    """Whether every sign that would call a note in the *running* text is glued after a number standing alone
    ("are 2* in number", a mark of the number's own; not a name's index, "Roe1*") and no note at a page's foot
    (*firsts*: their first lines by label) opens with a sign to confirm one: no marker, a line opening with the
    sign below no note's body."""
    def after_number(at: int) -> bool:  # a number alone before the sign, no name's index ("Duah1*")
        k = at
        while k > 0 and running[k - 1].isdigit():
            k -= 1
        return k < at and (k == 0 or running[k - 1] in " \n\t(")

    found = list(marker_matches(running, SYMBOL))
    return bool(found) and all(after_number(m.start(1)) for m in found) \
        and not any(label_text(first) and not first.strip()[:1].isalnum() for first in firsts.values())


def sign_note_in_place(blocks: list[Blk], start: int, end: int) -> dict[int, str]:
    """A note of a sign set in the running text below the place that calls it, the page going on under it
    (a site's lines after the article's end): "* Comcast's NBCUniversal is an investor …" under "…providers
    like Comcast* and …". The body is one block opening with the sign, the only one of the text that opens
    with it (no list's item, no neighbour opening with it), and the sign is a marker once in the running
    text, above it (after a word: "*dūcan", a reconstructed form, is none). Returns {block's index: label}."""
    opening = [(i, found) for i in range(start, end) if not blocks[i].code
               and (found := body_label(blocks[i].lines[0].text, (SYMBOL,))) is not None]
    out: dict[int, str] = {}
    for i, found in opening:
        sign = SYMBOL.body.match(blocks[i].lines[0].text)
        if sign is None or sum(1 for _, f in opening if f.label == found.label) != 1 or len(blocks[i].lines) != 1:
            continue
        called = [k for k in range(start, end) if k != i
                  for m in SYMBOL.marker.finditer(blocks[k].text) if m.group(1) == sign.group(1)]
        if len(called) == 1 and called[0] < i:
            out[i] = found.label
    return out


def _raised(body: str) -> str:
    """A note's body with its bare number written in superscript digits ("1 The …" → "¹ The …")."""
    found = body_label(body, (BARE,))
    assert found is not None
    label = found.label.translate(str.maketrans("0123456789", SUPERSCRIPT_DIGITS))
    return f"{label} {body[found.end:]}"


def _introduces(text: str) -> bool:
    """A line in sentence case, no section's number before it, that reads as the start of a sentence
    the lines of code below it end ("The user command is supposed to be"), not as a heading."""
    return heading_number(text) is None and not title_cased(text.strip())  # "A.7 Irish verse" is numbered


#: the first blocks of the body searched for a repeat of the title
TITLE_REPEAT_SEARCH = 4


def title_repeated(block: Blk, title: str) -> bool:
    """A block of one line that repeats the text's *title* word for word (spaces and case aside)."""
    return (bool(title) and len(block.lines) == 1
            and " ".join(block.text.split()).casefold() == " ".join(title.split()).casefold())


#: the most words of a term of a definition list on its own line
TERM_MAX_WORDS = 5
#: the fewest words of the definition under a term
DEFINITION_MIN_WORDS = 5


def term_pair(body: list[Blk], i: int) -> bool:
    """A web page's item of a definition list at block *i*: a term alone on its line ("White-box monitoring"), a
    short line that ends no sentence, and its definition on the next line (no blank line between), a sentence."""
    if i < 0 or i + 1 >= len(body) or len(body[i].lines) != 1 or len(body[i + 1].lines) != 1:
        return False
    if body[i].blank_after or body[i + 1].blank_before:
        return False
    term, definition = body[i].text.strip(), body[i + 1].text.strip()
    # a wiki's heading with its edit link ("Legacy[edit]") over its section's one paragraph is no term
    return (0 < len(words(term)) <= TERM_MAX_WORDS and heading_like(term) and not term.endswith(("?", "!"))
            and not edit_heading(term)
            and not LIST_ITEM_RE.match(term) and len(words(definition)) >= DEFINITION_MIN_WORDS
            and ends_sentence(definition))


def web_definition(body: list[Blk], i: int) -> bool:
    """Whether block *i* of a web page's body is the term of an item of a definition list (:func:`term_pair`)
    beside another item (a heading over a single paragraph, without a blank line between, stands alone: no
    list): kept in the text as a paragraph, never a heading."""
    return term_pair(body, i) and (term_pair(body, i - 2) or term_pair(body, i + 2))


#: the furniture of a wiki's infobox beside the article
INFOBOX = "infobox"
#: the body's first blocks searched for an infobox
INFOBOX_SEARCH = 8
#: the most lines of an infobox
INFOBOX_MOST_LINES = 60
#: the fewest fields of an infobox ("Born …", "Died …")
INFOBOX_MIN_FIELDS = 2


def infobox_run(body: list[Blk]) -> frozenset[int]:
    """The blocks (by index) of a wiki's infobox at the top of a web page's body: one run of lines (no blank
    line between) before the article's first sentence, two of them an infobox's fields or more ("Born\t7
    November 1879", "Died …", "Political party\tBolshevik"), the lines between them its values and captions
    ("Mexico City, Mexico", "Leon Trotsky in 1929"). Set aside, each line kept and listed."""
    run: list[int] = []
    for i, block in enumerate(body[:INFOBOX_MOST_LINES]):
        if block.blank_before and run:
            break
        if (not run and i >= INFOBOX_SEARCH) or (_prose(block) and not INFOBOX_RE.match(block.text.strip())):
            return frozenset()
        run.append(i)
    fields = sum(bool(INFOBOX_RE.match(body[j].text.strip())) for j in run)
    return frozenset(run) if fields >= INFOBOX_MIN_FIELDS else frozenset()


#: the body's first blocks where an infobox's rows, a label and its value a line each, may begin
INFOBOX_ROWS_SEARCH = 20
#: the fewest labels of rows (:data:`edition.witness.headings.INFOBOX_ROW_RE`) in such a run
INFOBOX_ROWS_MIN_LABELS = 3
#: the fewest lines of the run, and the most words of each of its lines (a map's caption aside)
INFOBOX_ROWS_MIN_LINES = 6
INFOBOX_ROW_MAX_WORDS = 8
#: the most of its lines longer than that (an image's or a map's caption)
INFOBOX_ROWS_LONG_MOST = 2


#: a row's value that closes with a date or a figure in brackets, no sentence in it: "1.94.1[1] / March 26, 2026;
#: 12 days ago (March 26, 2026)"
DATED_VALUE_RE = re.compile(r"^[^.!?]*(?:\.(?!\s)[^.!?]*)*\([^()]*\d[^()]*\)$")


def _dated_value(block: Blk) -> bool:
    """A row's value closing with a date or a figure in brackets (:data:`DATED_VALUE_RE`), on one line, or on the
    line under its label ("First appeared", "January 19, 2012; 14 years ago (2012-01-19)"): no prose."""
    return len(block.lines) <= 2 and bool(DATED_VALUE_RE.match(block.lines[-1].text.strip())) and (
        len(block.lines) == 1 or bool(INFOBOX_ROW_RE.match(block.lines[0].text.strip())))


def infobox_rows(body: list[Blk]) -> frozenset[int]:
    """The blocks (by index) of a wiki's infobox copied a cell to a line, anywhere among the body's first
    :data:`INFOBOX_ROWS_SEARCH` blocks and above its first wiki heading ("History[edit]"): a run of blocks
    with no paragraph of prose in it, :data:`INFOBOX_ROWS_MIN_LINES` lines or more, each short
    (:data:`INFOBOX_ROW_MAX_WORDS` words, but for a caption or two) and ending no sentence, among them
    :data:`INFOBOX_ROWS_MIN_LABELS` labels of an infobox's rows or more ("Capital", "Largest city",
    "Official languages", "Motto: …"), the others their values ("Wellington", "English[1]"). Rows are data,
    never headings: set aside, each line kept and listed. A run of an article's own short lines names no
    three such labels; a heading over prose that closes the run ("Geography", then a paragraph) is kept.
    """
    def member(block: Blk) -> bool:
        if block.code or block.table or (_prose(block) and not _dated_value(block)) or edit_heading(block.text) \
                or wiki_line_kind(block.text, "top"):  # the wiki's tagline above the infobox: its own
            return False
        return all(len(words(line.text)) <= INFOBOX_ROW_MAX_WORDS or not ends_sentence(line.text.strip())
                   or _dated_value(block) for line in block.lines)

    # (its first blocks only: a long text's every block is never searched for a wiki's heading)
    limit = next((i for i, block in enumerate(body[:INFOBOX_ROWS_SEARCH]) if edit_heading(block.text)),
                 min(len(body), INFOBOX_ROWS_SEARCH))
    i = 0
    while i < limit:
        if not member(body[i]):
            i += 1
            continue
        j = i
        while j < len(body) and member(body[j]):  # (a wiki's heading is no member: the run ends at it)
            j += 1
        texts = [line.text.strip() for block in body[i:j] for line in block.lines]
        labels = sum(bool(INFOBOX_ROW_RE.match(t)) for t in texts)
        long = sum(len(words(t)) > INFOBOX_ROW_MAX_WORDS for t in texts)
        if labels >= INFOBOX_ROWS_MIN_LABELS and len(texts) >= INFOBOX_ROWS_MIN_LINES \
                and long <= INFOBOX_ROWS_LONG_MOST:
            end = j
            if (j < len(body) and _prose(body[j]) and len(body[j - 1].lines) == 1
                    and body[j - 1].text.strip()[:1].isupper() and not INFOBOX_ROW_RE.match(body[j - 1].text.strip())
                    and heading_like(body[j - 1].text)):
                end -= 1  # a heading over the prose below the run: the article's
            return frozenset(range(i, end))
        i = j
    return frozenset()


def wiki_heading(block: Blk) -> str:
    """The level of the wiki's heading *block* is ("2", "3"), or "": a line ending with its edit link ("History[edit]"),
    a line over its edit link alone ("History", "[edit]"), a text dump's heading between its marks ("***** History
    *****", the level by the marks' count: :func:`edition.witness.wiki.dump_level`)."""
    if block.code or block.table or not 1 <= len(block.lines) <= 2:
        return ""
    text = block.text
    if len(block.lines) == 1 and (dump := dump_heading(text)) is not None:
        return dump_level(dump[2])
    return "2" if edit_heading(text) and (len(block.lines) == 1 or lone_edit_link(block.lines[1].text)) else ""


class _BodyReader(NamedTuple):
    """What deciding the roles of the body's blocks needs to know of the witness."""

    kind: str
    furniture: dict[int, str]
    #: note bodies set among the running text, by block index, with their labels
    in_place: dict[int, str]
    #: whether a notes section follows the body
    notes_follow: bool
    #: the text's title, as the header reads it ("" if none)
    title: str = ""
    #: the blocks of the page after the body's end that a contents line may repeat (its headings after the notes)
    after: tuple[Blk, ...] = ()
    #: the papers of a series the text holds (:mod:`edition.witness.series`)
    papers: Papers = NO_PAPERS

    def segments(self, blocks: list[Blk], start: int, end: int) -> list[Segment]:
        """The segments of the body, ``blocks[start:end]``."""
        body = blocks[start:end]
        out: list[Segment] = []
        previous, previous_role = "", ""
        shaped: set[int] = set()  # the blocks a heading's form alone made headings (no wiki's mark, no paper's)
        # the first block not set aside whole as the page's chrome (its menus, a language switcher): where the
        # page's top is, its tagline and its infobox
        first = next((k for k, b in enumerate(body) if not all(line.lineno in self.furniture for line in b.lines)), 0)
        infobox = frozenset(first + k for k in infobox_run(body[first:]) | infobox_rows(body[first:])) \
            if self.kind == "web" else frozenset()
        below = Later([*body, *self.after])  # indexed when a contents line is asked about
        asides = [Segment("table", block) if block.table else
                  Segment("furniture", block, INFOBOX) if i in infobox
                  else self.aside(block, i, body, start, below, first)
                  for i, block in enumerate(body)]
        for i, block in enumerate(body):
            seg = asides[i]
            if seg is None and (paper := self.paper_role(block, previous_role)) is not None:
                seg = paper
                previous, previous_role = block.text, seg.role
            elif seg is None and block.code:
                seg = Segment("code", block)  # lines of a program, printed as the witness sets them
            elif seg is None and (block.definition or (self.kind == "web" and web_definition(body, i))):
                # an item of a definition list: its term, its definition; a web page's term alone on its line,
                # its definition on the next, a paragraph (never a heading)
                seg = Segment("definition" if block.definition else "paragraph", block)
            elif seg is None and (level := wiki_heading(block)):
                # "History[edit]", "pdf.js[edit]", "History" over "[edit]": the wiki's edit link makes the line a
                # heading, in any case; "***** History *****": a text dump's marks do
                seg = Segment("heading", block, level)
                previous, previous_role = block.text, "heading"
            elif seg is None:
                following = body[i + 1] if i + 1 < len(body) else None
                after_image = bool(out) and image_trace(out[-1].block.text)  # "[image]", set aside or not
                role, detail, breaks_off = body_role(block, following, previous, self.kind, self.notes_follow,
                                                     previous_role == "heading", after_image)
                if role == "heading":
                    shaped.add(i)
                if role == "heading" and following is not None and following.code and _introduces(block.text):
                    role, detail = "paragraph", ""  # "The user command is supposed to be", then the command
                seg = Segment(role, block, detail, breaks_off)
                if role != "furniture":
                    previous, previous_role = block.text, role
            out.append(seg)
        out = self.lists(body, asides, capitals_list(body, out))
        return sectionless_headings(out, shaped) if self.kind == "web" else out

    def lists(self, body: list[Blk], asides: list[Segment | None], out: list[Segment]) -> list[Segment]:
        """*out* with the headings a web page's run of short lines would make read as its items."""
        for run in list_runs(body, asides) if self.kind == "web" else []:
            heads = [i for i in run if out[i].role == "heading"]
            if len(heads) >= 2 and 2 * len(heads) > len(run):  # items of a run of short lines: a list's, no headings
                over = _list_heads(body, run)  # but the heading over them stays
                for i in heads:
                    if i not in over:
                        out[i] = out[i]._replace(role="paragraph", detail="")
        return out

    def paper_role(self, block: Blk, previous_role: str) -> Segment | None:
        """The segment of a paper's own line (:mod:`edition.witness.series`), or None: its numbered heading
        (a heading of the first level), its byline in capitals and its signature (paragraphs, never recased),
        the title under its heading (a heading of the second level)."""
        lineno = block.lines[0].lineno
        papers = self.papers
        if len(block.lines) == 2 and lineno in papers.names and block.lines[1].lineno in papers.headings:
            return Segment("heading", block, "2")  # "THE FEDERALIST." over "No. II.": one heading
        if len(block.lines) != 1 or not (papers.headings or papers.signatures or papers.bylines):
            return None
        if lineno in papers.headings:
            return Segment("heading", block, "2")
        if lineno in papers.signatures:
            return Segment("paragraph", block, SIGNATURE)
        if lineno in papers.bylines:
            return Segment("paragraph", block, "byline")
        if lineno in papers.heads and previous_role == "heading" and heading_like(block.text) \
                and not not_a_heading(block.text):
            return Segment("heading", block, "3")  # "General Introduction" under "FEDERALIST. No. 1"
        if lineno in papers.heads:
            return Segment("paragraph", block)  # "For the Independent Journal.": the paper it was printed in
        return None

    def aside(self, block: Blk, i: int, body: list[Blk], start: int, below: Later, first: int = 0) -> Segment | None:
        """The segment of a block set aside from the running text (a note in place, furniture), or None.

        :param below: the body's blocks and those after it (:attr:`after`)
        :param first: the index in *body* of its first block not set aside whole as the page's chrome
        """
        if start + i in self.in_place:
            return Segment("note", block, self.in_place[start + i])
        if block.verse:
            return Segment("quote", block, "verse")  # an epigraph, a stanza quoted: no heading in it
        if all(line.lineno in self.furniture for line in block.lines):
            return Segment("furniture", block, self.furniture[block.lines[0].lineno])
        if residue_end(block.text) >= len(block.text.rstrip()):
            return Segment("furniture", block, RESIDUE)  # "….jpg, featuring a translation by Max Shachtman.]]"
        entries = contents_entries(block)
        headed = len(block.lines) > 2 and CONTENTS_HEADING_RE.match(block.lines[0].text.strip())
        if entries is not None or headed:
            if (entries is not None and is_contents_line(block, below.after(i), entries)
                    and not (self.kind == "pdf" and _lone_entry(block, body, i, below))) or (
                    headed and (is_contents_line(Blk(block.lines[1:], 0, 0), below.after(i))
                                or headed_contents(Blk(block.lines[1:], 0, 0), below.after(i)))):
                # "Contents" over its numbered lines in one run, each repeating a heading below: the page's
                return Segment("furniture", block, "table of contents")
        if (self.kind == "web" and CONTENTS_HEADING_RE.match(_toggle_off(block.text)) and i + 1 < len(body)
                and CONTENTS_NUMBER_RE.match(body[i + 1].text.strip())
                and is_contents_line(body[i + 1], below.after(i + 1))):
            # "Contents" (perhaps with the wiki's toggle, "[hide]"), over the lines set aside
            return Segment("furniture", block, "table of contents")
        # the page's top: its first blocks after the lines set aside as its chrome (menus, a language switcher)
        top = i - first < TOP_CALLS + 1
        if self.kind == "web" and len(block.lines) == 1 and (
            what := wiki_line_kind(block.text, "top" if top else "body")
        ):
            # "From Wikipedia, the free encyclopedia", "Main article: Firefox": the wiki's, not the article's
            return Segment("furniture", block, what)
        if i < TITLE_REPEAT_SEARCH and title_repeated(block, self.title):
            # "Kronstadt 1921: the end of the Bolshevik Myth" again under the standfirst: the page's, no heading
            return Segment("furniture", block, "title repeated")
        if self.kind == "web" and i < TOP_CALLS and len(block.lines) == 1 and archive_banner(block.text):
            # "Archived View for … captured on 2023-07-10 …": the archive's, above the page it keeps
            return Segment("furniture", block, "archive banner")
        if self.kind == "web" and i < TOP_CALLS and len(block.lines) == 1 and call_to_action(block.text):
            # "Share this", "Subscribe" under the title, before the text begins
            return Segment("furniture", block, "call to action")
        return None


#: the fewest items under the headings that open a run of short lines (:func:`_list_heads`)
LIST_HEAD_ITEMS_MIN = 3
#: the most headings one over the other that open a run of short lines
LIST_HEADS_MAX = 2


def _list_heads(body: list[Blk], run: list[int]) -> frozenset[int]:
    """The lines that open the run of short lines *run* (block indices into *body*) as the headings over the
    items below them (one, or a heading and its subheading): in sentence case, three words or more, no stop,
    each longer than every item, over :data:`LIST_HEAD_ITEMS_MIN` items or more of one form, names or titles,
    no word opening in lower case ("Fixed more than one bug" over "Jane Doe [:jd]", "Sonia", "Tim Roe :tr").
    A menu's entries open no run so: a call among them ("Donate", "Log in") makes them a menu's, and an
    entry as short as the rest ("Privacy policy" over "About Us") heads nothing."""

    def named(text: str) -> bool:
        return not any(w[0].islower() for w in words(text))

    def heads(text: str) -> bool:
        return len(words(text)) >= 3 and not named(text) and not text.rstrip().endswith((".", ",", ";", ":", "!", "?"))

    for k in range(min(LIST_HEADS_MAX, len(run) - LIST_HEAD_ITEMS_MIN), 0, -1):
        top, items = [body[i].text for i in run[:k]], [body[i].text for i in run[k:]]
        if (all(heads(t) for t in top) and all(named(t) and not call_to_action(t) for t in items)
                and min(len(words(t)) for t in top) > max(len(words(t)) for t in items)):
            return frozenset(run[:k])
    return frozenset()


#: the most blocks between a headline in the body and its byline or date line (a standfirst, a picture's caption)
BODY_HEADLINE_GAP = 2
#: the most segments after a headline's byline before the article's prose begins (a share bar's words)
BODY_HEADLINE_PROSE_NEAR = 4
#: the most segments after a headline's byline with its date before the article's prose begins, none of them
#: prose or dated (a share bar's buttons, a reader's menu of tags and alerts: the date makes the byline sure)
BODY_HEADLINE_CHROME_NEAR = 12
#: the fewest words of a paragraph of prose, which no headline stands below in the site's menus
BODY_PROSE_MIN_WORDS = 12
#: the most paragraphs of prose above a headline over its byline and its date line (a mega-menu's blurbs), and
#: how many times as many the article's below it must be
BODY_PROSE_ABOVE_MOST = 3
BODY_PROSE_BELOW_SHARE = 5
#: the most words of a section's label right above a headline ("Weather", "UK News")
SECTION_LABEL_MAX_WORDS = 3
#: the furniture of a section's label right above a headline found in the body
SECTION_LABEL = "section label"
#: the furniture of the site's buttons between a headline's dated byline and the article's prose
SHARE_CHROME = "site's buttons between the byline and the article"
#: the furniture of the site's lines above a headline found in the body
BODY_SITE_LINES = "site's lines above the headline in the body"


def _line_of(seg: Segment) -> str:
    return " ".join(seg.block.text.split()) if len(seg.block.lines) == 1 else ""


def _dated_under(kept: list[int], segments: list[Segment], k: int) -> list[tuple[int, str]] | None:
    """The byline and the date of a headline at *kept[k]*, as (segment index, header detail), or None: a
    news dateline right under it ("MOSCOW Tue Dec 30, 2014 4:33pm IST"); a byline with its date ("Ann Lee Dec
    28 2014, 8:01 AM ET", "By Ann Lee | March 3, 2014"), or a name alone over a date line ("Press Association" /
    "Friday 13 November 2015 07.40 GMT Last modified …"), within :data:`BODY_HEADLINE_GAP` one-line blocks
    under it (a standfirst, a caption)."""
    for g in range(1, BODY_HEADLINE_GAP + 2):
        if k + g >= len(kept):
            return None
        i = kept[k + g]
        text = _line_of(segments[i])
        if segments[i].role in ("paragraph", "heading") and _byline_over_dates(segments[i].block):
            return [(i, BYLINE_DATES)]
        if not text or segments[i].role not in ("paragraph", "heading"):
            return None
        if g == 1 and (news_dateline(text) or modified_stamp(text) or _posted_date(text)):
            return [(i, "date")]
        if (read := byline(text)) and read[1]:
            return [(i, "byline")]
        if g <= BODY_HEADLINE_GAP and _dated_byline_at(kept, segments, k + g + 1):
            continue  # a picture's caption, prose perhaps, between the headline and its byline with its date
        under = _line_of(segments[kept[k + g + 1]]) if k + g + 1 < len(kept) else ""
        if g == 1 and byline_like(text) and under and is_date_line(under):
            # "By Ann Lee, Senior Staff Technologist, …" over "April 5, 2018 | 6:00 PM"
            return [(i, "byline"), (kept[k + g + 1], "date")]
        if _name_line(text) and under and (is_date_line(under) or modified_stamp(under) or news_dateline(under)):
            return [(i, "name"), (kept[k + g + 1], "date")]
        if ends_sentence(text) and len(words(text)) > STANDFIRST_MAX_WORDS:
            return None  # prose: the text has begun
    return None


def _initialism_end(text: str) -> bool:
    """Whether a line in title case ends with an initialism's stops, no sentence's ("… Relations With U.S.")."""
    return title_cased(text) and re.search(r"\b(?:[A-Z]\.){2,}$", text) is not None


def _posted_date(text: str) -> bool:
    """A date line with its verb and no name ("Published August 14, 2010", "Updated on 3 May 2019")."""
    read = posted_line(text)
    return read is not None and not read[0]


def _dated_byline_at(kept: list[int], segments: list[Segment], k: int) -> bool:
    """Whether the segment at *kept[k]* is a byline with its date in one line ("By Ann Lee | 10/9/10 7:15 AM")."""
    if k >= len(kept) or segments[kept[k]].role not in ("paragraph", "heading"):
        return False
    text = _line_of(segments[kept[k]])
    return bool(text) and bool((read := byline(text)) and read[1])


def _labelled_headline(seg: Segment) -> str:
    """The headline of a heading's block of two lines whose first is a short label over it ("Main Content" /
    "The Map Takes Shape", a skip link's target or the site's name set over the h1), or ""."""
    lines = [line.text.strip() for line in seg.block.lines]
    if seg.role != "heading" or len(lines) != 2 or len(words(lines[0])) > SECTION_LABEL_MAX_WORDS:
        return ""
    return lines[1] if len(words(lines[1])) >= HEADLINE_MIN_WORDS and heading_like(lines[1]) else ""


def _dated_lines(segments: list[Segment], dated: list[tuple[int, str]]) -> bool:
    """Whether the header's lines found under a headline (*dated*) give its date, a byline's or a line's own."""
    return all(detail == "date" or bool((read := byline(_line_of(segments[j]))) and read[1]) for j, detail in dated)


def _chrome_then_prose(kept: list[int], segments: list[Segment], last: int) -> bool:
    """Whether the article's prose begins within :data:`BODY_HEADLINE_CHROME_NEAR` segments under *kept[last]*,
    those before it short lines of the site's (no prose, no date, no byline: another teaser's)."""
    for j in kept[last + 1:last + 1 + BODY_HEADLINE_CHROME_NEAR]:
        seg = segments[j]
        if seg.role == "paragraph" and _body_prose(seg.block.text):
            return True
        text = " ".join(seg.block.text.split())
        if ends_sentence(text) and len(words(text)) >= BODY_PROSE_MIN_WORDS:
            return False
        if any(is_date_line(line.text) or byline(line.text) for line in seg.block.lines):
            return False
    return False


#: the most words of a rubric's line that ends with the date, right above a headline ("politics  May 16, 2020")
DATED_RUBRIC_MAX_WORDS = 8


#: the detail of a byline's block with its date lines under it, in one run of lines (split when it is found)
BYLINE_DATES = "byline over dates"


def _byline_over_dates(block: Blk) -> bool:
    """A run of lines of a byline ("By Ann Lee") over one or two date lines ("January 19, 2017" / "February
    2017", the story's day and the magazine's issue)."""
    lines = [line.text.strip() for line in block.lines]
    return (2 <= len(lines) <= 3 and byline_like(lines[0]) and not date_at_end(lines[0])
            and all(is_date_line(text) for text in lines[1:]))


def _dated_over(kept: list[int], segments: list[Segment], k: int) -> list[tuple[int, str]] | None:
    """The byline of a headline at *kept[k]* dated from above, as (segment index, header detail), or None: a
    short line ending with a date right above the headline (a rubric and the date, "politics  May 16, 2020", or
    the date alone), and a byline without a date right under it ("By Ann Lee"): the line above is the header's
    date, the byline its byline."""
    if not k or k + 1 >= len(kept):
        return None
    above, under = _line_of(segments[kept[k - 1]]), _line_of(segments[kept[k + 1]])
    if (not above or len(words(above)) > DATED_RUBRIC_MAX_WORDS or not date_at_end(above)
            or not under or segments[kept[k + 1]].role not in ("paragraph", "heading") or not byline_like(under)):
        return None
    return [(kept[k - 1], "date"), (kept[k + 1], "byline")]


#: the paragraphs of prose right under a headline dated from above without a byline (the article begins at once)
DATED_ALONE_PROSE = 2


def _dated_alone_over(kept: list[int], segments: list[Segment], k: int) -> list[tuple[int, str]] | None:
    """The date of a headline at *kept[k]* dated from above without a byline, as (segment index, header detail),
    or None: a date line alone right above the headline ("For Immediate Release" / "April 11, 2015" / "Weekly
    Address: …", a release's form) and :data:`DATED_ALONE_PROSE` paragraphs of prose right under it, the
    article begun at once (a teaser's date, headline and blurb have the next teaser's date under them)."""
    if not k or k + DATED_ALONE_PROSE >= len(kept):
        return None
    above = _line_of(segments[kept[k - 1]])
    if not above or segments[kept[k - 1]].role not in ("paragraph", "heading") or not is_date_line(above):
        return None
    if not all(segments[j].role == "paragraph" and _body_prose(segments[j].block.text)
               for j in kept[k + 1:k + 1 + DATED_ALONE_PROSE]):
        return None
    return [(kept[k - 1], "date")]


@functools.lru_cache(maxsize=1 << 14)
def _body_prose(text: str) -> bool:
    """A paragraph of prose: :data:`BODY_PROSE_MIN_WORDS` words or more, a sentence's end, not in title case (a
    teaser's headline, "In Partial Defense of the U.S.A.'", ends so)."""
    return ends_sentence(text) and len(words(text)) >= BODY_PROSE_MIN_WORDS and not title_cased(text)


def body_headline(segments: list[Segment], lead: int, kind: str = "web", title: str = "") -> list[Segment]:
    """A web page's headline in its body, when no title heads it (the site's menus kept in the text above it):
    the first line of a headline's form (:func:`heading_like`, :data:`HEADLINE_MIN_WORDS` words or more, no
    sentence) with its date under it (:func:`_dated_under`: a dateline, a dated byline, a name over a date line)
    and the article's prose below them (:data:`BODY_HEADLINE_PROSE_NEAR`), no paragraph of prose above it (but
    for a headline over its byline and its date line, "By Ann Lee, Post" / "April 5, 2018 | 6:00 PM": a few
    paragraphs above, a site's menu's blurbs, :data:`BODY_PROSE_ABOVE_MOST`, the article's many times more). The
    headline is the title, its byline and date the header's, the one-line block under the headline its
    standfirst; a short line right above the headline, a heading, is its section's label (set aside, listed), and
    the site's lines above it are set aside (:data:`BODY_SITE_LINES`, each listed). A headline that is a short
    phrase counts; a headline in title case that asks ("… Is Y the Solution?") counts when a rubric's line ends
    with the date right above it and its byline stands under it (:func:`_dated_over`); a line over a byline
    without a date (a teaser's "By NAME") is none. Only on a web page (*kind*) whose top gave no *title*."""
    if kind != "web" or title:
        return segments
    kept = [i for i in range(lead, len(segments)) if segments[i].role != "furniture"]
    prose = [i for i in kept if segments[i].role == "paragraph" and _body_prose(segments[i].block.text)]
    for k, i in enumerate(kept):
        seg = segments[i]
        labelled = "" if _line_of(seg) else _labelled_headline(seg)
        text = _line_of(seg) or labelled
        above = bisect.bisect_left(prose, i)  # the paragraphs of prose above it
        if above and (above > BODY_PROSE_ABOVE_MOST or above * BODY_PROSE_BELOW_SHARE > len(prose) - above):
            return segments  # the text's prose before any headline: the page has none in its body
        if seg.role == "paragraph" and _body_prose(seg.block.text):
            continue
        if (seg.role not in ("paragraph", "heading") or not text or len(words(text)) < HEADLINE_MIN_WORDS
                or _header_role(text)):
            continue
        bare = text[:-1] if _initialism_end(text) else text  # "… With U.S.": an initialism's stop, no sentence's
        # (a headline in title case may be longer than a heading: :func:`~edition.witness.lead.headline_like`'s)
        plain = (heading_like(bare) or (title_cased(bare) and headline_like(bare))) and not ends_sentence(bare)
        # a headline in title case that asks or exclaims, in two sentences perhaps ("The X Is the Problem. Is Y
        # the Solution?"): only dated from above, with its byline under it
        asks = not plain and title_cased(text) and text.endswith(("?", "!", "?’", "?”"))
        if not plain and not asks:
            continue
        dated = (_dated_under(kept, segments, k) if plain else None) or _dated_over(kept, segments, k)
        alone = dated is None and plain and (dated := _dated_alone_over(kept, segments, k)) is not None
        if dated is None or (above and not alone and [d for _, d in dated] not in (["byline", "date"], [BYLINE_DATES])):
            # under prose (a menu's blurbs, a notice), only a headline over its byline and its date line, or
            # under its date line over the article's prose
            continue
        if not _line_of(seg) and (not labelled or any(j < i for j, _ in dated)):
            continue  # a label over the headline only over its byline or its date below it
        last = kept.index(dated[-1][0])
        after = [segments[j] for j in kept[last + 1:last + 1 + BODY_HEADLINE_PROSE_NEAR]]
        near = any(s.role == "paragraph" and _body_prose(s.block.text) for s in after)
        if not near and not ([d for _, d in dated] in (["byline"], ["date"]) and _dated_lines(segments, dated)
                             and _chrome_then_prose(kept, segments, last)):
            continue
        if _line_of(seg) and k + 1 < len(kept) and _nearer_headline(kept, segments, k, dated):
            k += 1  # a rubric's line over the headline, both over the same byline: the headline the nearer
        out = _headline_found(segments, kept, k, dated)
        return out if near else _buttons_aside(out, segments, kept[last + 1:])
    return segments


def _buttons_aside(out: list[Segment], segments: list[Segment], under: list[int]) -> list[Segment]:
    """*out* (:func:`_headline_found` of *segments*) with the site's buttons between the dated line and the
    article's prose (its reactions, its tags, its alerts; the segments *under* it until the first prose) set aside,
    each listed. The indices under the dated line hold but for the lines spliced above it."""
    shift = len(out) - len(segments)
    for j in under:
        if segments[j].role == "paragraph" and _body_prose(segments[j].block.text):
            break
        out[j + shift] = Segment("furniture", segments[j].block, SHARE_CHROME)
    return out


def _nearer_headline(kept: list[int], segments: list[Segment], k: int, dated: list[tuple[int, str]]) -> bool:
    """Whether the line under the headline found at *kept[k]* is a headline of its own over the same byline and
    date (*dated*): "Essays   Magazine   Brexit" over "The Anglosphere: an old dream", a standfirst, "By Ann
    Lee" and its date; the line right over them is the headline, the one above it a rubric's."""
    text = _line_of(segments[kept[k + 1]])
    return (bool(text) and segments[kept[k + 1]].role in ("paragraph", "heading")
            and len(words(text)) >= HEADLINE_MIN_WORDS and heading_like(text) and not ends_sentence(text)
            and _dated_under(kept, segments, k + 1) == dated)


def _headline_found(segments: list[Segment], kept: list[int], k: int, dated: list[tuple[int, str]]) -> list[Segment]:
    """*segments* with the headline at *kept[k]* the title (:func:`body_headline`), its *dated* lines the
    header's, its standfirst, its section's label and the site's lines above it set aside."""
    i = kept[k]
    out = list(segments)
    out[i] = Segment("header", segments[i].block, "title")
    for j, detail in dated:
        out[j] = Segment("header", segments[j].block, detail)
    first = kept[k + 1]
    taken = {j for j, _ in dated}
    if (first not in taken and segments[first].role == "paragraph" and _line_of(segments[first])
            and any(j > i for j in taken)):  # dated from above alone: the article's prose begins under it
        out[first] = Segment("header", segments[first].block, "standfirst")
    above = kept[k - 1] if k else None
    if (above is not None and above == i - 1 and above not in taken and segments[above].role == "heading"
            and len(words(segments[above].block.text)) <= SECTION_LABEL_MAX_WORDS):
        out[above] = Segment("furniture", segments[above].block, SECTION_LABEL)
    for j in kept[:k]:
        # the site's lines above the headline (its menus, its dialogs' buttons, its teasers), none of the
        # article's: a paragraph of prose among them kept
        if j not in taken and out[j].role in ("paragraph", "heading") and not (
                out[j].role == "paragraph" and _body_prose(out[j].block.text)):
            out[j] = Segment("furniture", segments[j].block, BODY_SITE_LINES)
    for j, detail in dated:
        if detail == BYLINE_DATES:
            # the byline and its date lines, each line the header's own
            parts = _single_lines(segments[j].block)
            out[j:j + 1] = [Segment("header", parts[0], "byline"),
                            *(Segment("header", b, "date") for b in parts[1:])]
    if not _line_of(segments[i]):
        # a label over the headline in its block (:func:`_labelled_headline`; its byline below it, so *i* holds):
        # the label set aside, the headline the title
        label, head = _single_lines(segments[i].block)
        out[i:i + 1] = [Segment("furniture", label, SECTION_LABEL), Segment("header", head, "title")]
    return out


#: the furniture of a promotion's box at the top taken for the header: its heading and its standfirst
PROMO_BOX = "promotion's box over a headline in the body"
#: the words of a site's promotion of its own wares ("Latest Issue", "Read Now Or Checkout the archive")
PROMO_WORDS_RE = re.compile(
    r"(?i)\b(?:issues?|subscribe|subscriptions?|archives?|newsletters?|podcasts?|episodes?)\b")
#: the most words of the line under the box's standfirst that names the site's wares
PROMO_LINE_MAX_WORDS = 8


def promo_title(segments: list[Segment], lead: int, kind: str, title: str) -> list[Segment]:
    """A web page's headline in its body (:func:`body_headline`), once a promotion's box at the top is taken
    for no header: a short heading (:data:`~edition.witness.lead.RIVAL_TITLE_WORDS` words at most) whose only
    header is a standfirst naming someone inside its sentence ("The June issue: Jane Roe asks what next …"),
    the site's words of its wares in the heading or in the short line under the standfirst ("Latest Issue",
    "Read Now Or Checkout the archive"), and below them a headline over its byline and its date. The box is
    set aside (:data:`PROMO_BOX`), the headline the title. Without such a headline below, or without the
    site's words, or with a byline or a date of its own in the header, the short heading stays the title."""
    if kind != "web" or not title:
        return body_headline(segments, lead, kind, title)
    at = next((i for i, seg in enumerate(segments) if seg.role == "header" and seg.detail == "title"), None)
    if at is None or len(segments[at].block.lines) != 1 or len(words(title)) > RIVAL_TITLE_WORDS:
        return segments
    end = at + 1
    while end < len(segments) and segments[end].role == "header":
        end += 1
    header = segments[at + 1:end]
    if not header or any(seg.detail != "standfirst" for seg in header) or not any(
            STANDFIRST_LEAD_RE.search(seg.block.text) or STANDFIRST_RE.search(seg.block.text) for seg in header):
        return segments
    under = next((seg for seg in segments[end:] if seg.role != "furniture"), None)
    named = PROMO_WORDS_RE.search(title) or (
        under is not None and len(words(under.block.text)) <= PROMO_LINE_MAX_WORDS
        and PROMO_WORDS_RE.search(under.block.text))
    if not named:
        return segments
    box = [*segments[:at], *(Segment("furniture", seg.block, PROMO_BOX) for seg in segments[at:end]),
           *segments[end:]]
    found = body_headline(box, lead, kind, "")
    return found if any(seg.role == "header" and seg.detail == "title" for seg in found) else segments


#: the furniture of a short title at the top that the page's chrome names again: the site's name, a masthead
SITE_MASTHEAD = "site's name over a headline"
#: the most words of a line of the page's chrome that names the site ("Sign Up For The Weekly Daily")
SITE_CHROME_MAX_WORDS = 8
#: the fewest lines of the chrome, the copyright line aside, that name the site again
SITE_NAMED_MIN = 2
#: the signs cut from a line before its words are compared (punctuation: "The Weekly." names "The Weekly")
CUT_WORD_RE = re.compile(r"[^\w\s'’&-]")
#: a page's copyright line, which names its owner: the site
COPYRIGHT_RE = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)


def _names_phrase(line: str, key: str) -> bool:
    """Whether *line* holds the words *key* (folded, single spaces) as a phrase of whole words, and more."""
    flat = " ".join(CUT_WORD_RE.sub(" ", line).split()).casefold()
    return flat != key and f" {key} " in f" {flat} "


def site_name_title(segments: list[Segment], lines: list[Line], kind: str) -> list[Segment]:
    """A web page's short title at the top that is the site's name, displaced by the headline below it.

    The title (:data:`~edition.witness.lead.RIVAL_TITLE_WORDS` words at most) competes with a headline over
    its byline below the site's menus (:func:`~edition.witness.lead.rival_headline`); it is the site's name
    when the page names it again inside other lines: its copyright line ("Copyright 2015 © The Weekly"), or
    :data:`SITE_NAMED_MIN` short lines of its chrome ("Sign Up For The Weekly Daily", "Get The Weekly for
    $20"). The headline is then the title, the byline under it the header's, a dated label right above it
    ("Politics" / "November 22, 2014") the header's date; the name and the site's lines kept between it and the
    headline (its menus, its teasers) are set aside. A
    real short title ("Perestroika") that the article's prose repeats is kept: prose is no chrome, and no
    copyright line names it."""
    if kind != "web":
        return segments
    at = next((i for i, seg in enumerate(segments) if seg.role == "header" and seg.detail == "title"), None)
    if at is None or len(segments[at].block.lines) != 1:
        return segments
    title = segments[at].block.lines[0]
    key = " ".join(CUT_WORD_RE.sub(" ", title.text).split()).casefold()
    if not key:
        return segments
    rival = rival_headline(lines, title.lineno)
    if rival is None:
        return segments
    naming = [line.text for line in lines if line.lineno != title.lineno and _names_phrase(line.text, key)]
    copyright_named = any(COPYRIGHT_RE.search(text) for text in naming)
    chrome = [text for text in naming if len(words(text)) <= SITE_CHROME_MAX_WORDS and not ends_sentence(text.strip())]
    if not copyright_named and len(chrome) < SITE_NAMED_MIN:
        return segments
    head = next((i for i, seg in enumerate(segments) if i > at and seg.block.lineno == rival[1]
                 and seg.role in ("paragraph", "heading")), None)
    if head is None or " ".join(segments[head].block.text.split()) != rival[0]:
        return segments
    out = list(segments)
    out[at] = Segment("furniture", segments[at].block, SITE_MASTHEAD)
    out[head] = Segment("header", segments[head].block, "title")
    for i in range(at + 1, head):
        # the site's menus and teasers between its name and the headline; a dated label right above the headline
        # ("Politics" / "November 22, 2014") the header's date
        if segments[i].role not in ("paragraph", "heading"):
            continue
        if (i == head - 1 and is_date_line(segments[i].block.lines[-1].text.strip())
                and len(words(segments[i].block.text)) <= DATED_RUBRIC_MAX_WORDS):
            out[i] = Segment("header", segments[i].block, "date")
        else:
            out[i] = Segment("furniture", segments[i].block, BODY_SITE_LINES)
    under = next((i for i in range(head + 1, len(segments)) if segments[i].role != "furniture"), None)
    if under is not None and segments[under].role == "paragraph" and byline_like(segments[under].block.text):
        out[under] = Segment("header", segments[under].block, "byline")
    return out


#: a field of a register's rule or notice at its line's start ("AGENCY: …", "ACTION: …", "SUMMARY: …")
RULE_FIELD_RE = re.compile(r"^(?:AGENCY|ACTION|SUMMARY):\s")
#: the segments under the title searched for a rule's fields, and the most lines of the rule's title above them
RULE_SEARCH = 12
RULE_TITLE_MAX_LINES = 3
#: the most words of a title that a rule's title below it displaces (the journal's section: "Proposed Rules")
RULE_MASTHEAD_MAX_WORDS = 3


def _rule_head(lines: list[Line], below: list[Line]) -> int:
    """How many lines open *lines* above a rule's first field ("AGENCY:") that read as the rule's title (one to
    :data:`RULE_TITLE_MAX_LINES`, the first capitalised, the last ending no sentence or field), with a second
    field among the lines below it or the first lines of the next blocks (*below*); 0 if none."""
    k = next((n for n, line in enumerate(lines) if RULE_FIELD_RE.match(line.text.strip())), 0)
    if not 0 < k <= RULE_TITLE_MAX_LINES or not any(
            RULE_FIELD_RE.match(line.text.strip()) for line in [*lines[k + 1:], *below]):
        return 0
    head = " ".join(" ".join(line.text.split()) for line in lines[:k])
    if not head[:1].isupper() or head.endswith((".", ":", ",", ";")) or len(words(head)) < 2:
        return 0
    return k


def rule_title_apart(segments: list[Segment]) -> list[Segment]:
    """A register's rule or notice whose title the witness runs into its fields ("Airworthiness Directives; The
    Bolt Company Airplanes" / "AGENCY: Federal Aviation Administration", no blank line between): the lines above
    the first field are the rule's title, apart (a block of its own right above the fields is the rule's title
    too); they displace a short title at the top
    (:data:`RULE_MASTHEAD_MAX_WORDS` words: the journal's section, "Proposed Rules"), set aside as the journal's
    masthead. A block whose fields stand alone (no line above "AGENCY:"), a title that ends a sentence, are read as
    before."""
    at = next((i for i, seg in enumerate(segments) if seg.role == "header" and seg.detail == "title"), None)
    if at is None or len(words(segments[at].block.text)) > RULE_MASTHEAD_MAX_WORDS:
        return segments
    for i in range(at + 1, min(at + 1 + RULE_SEARCH, len(segments))):
        seg = segments[i]
        if seg.role not in ("paragraph", "heading"):
            continue
        lines = seg.block.lines
        below = [s.block.lines[0] for s in segments[i + 1:i + 4] if s.block.lines]
        k = _rule_head(lines, below)
        if not k and RULE_FIELD_RE.match(lines[0].text.strip()) and i - 1 > at and _rule_head(
                [*segments[i - 1].block.lines, *lines], below) == len(segments[i - 1].block.lines) and segments[
                i - 1].role in ("paragraph", "heading"):
            # the rule's title in a block of its own right above its fields
            return [*segments[:at], Segment("furniture", segments[at].block, JOURNAL_MASTHEAD), *segments[at + 1:i - 1],
                    Segment("header", segments[i - 1].block, "title"), *segments[i:]]
        if not k:
            if any(RULE_FIELD_RE.match(line.text.strip()) for line in lines):
                return segments  # the fields with no title above them
            continue
        head = Blk(lines[:k], seg.block.blank_before, 0)
        rest = Blk(lines[k:], 0, seg.block.blank_after)
        return [*segments[:at], Segment("furniture", segments[at].block, JOURNAL_MASTHEAD), *segments[at + 1:i],
                Segment("header", head, "title"), Segment("paragraph", rest), *segments[i + 1:]]
    return segments


#: the furniture of a news site's list of teasers (:mod:`edition.witness.teasers`), and of the page's foot under it
TEASER_LIST = "teaser list"
TEASER_FOOT = "site's foot under its teasers"
#: the fewest paragraphs of prose outside the lists of teasers (the article they stand beside)
TEASER_ARTICLE_MIN = 3
#: the most blocks right above a list of teasers searched for another list of headlines ("Most Viewed" over them)
HEADLINE_LIST_ABOVE = 3
#: the most words of a line of such a list (half its lines at least of a headline's form, a stop allowed the rest)
HEADLINE_MAX_WORDS = 20


def teasers_aside(segments: list[Segment], lines: list[Line], kind: str) -> list[Segment]:
    """A web page's lists of teasers (:func:`edition.witness.teasers.teaser_lists`) set aside, each block of the
    body that begins in one (its headlines, bylines, deks, stamps, the feed's quick posts); and, under the last
    list, the page's short lines to its end when no prose follows (its calls to comment, its links). A list that
    holds the header's lines (the article's headline, its byline) is none, and a page with less than
    :data:`TEASER_ARTICLE_MIN` paragraphs of prose beside its lists is a list of stories itself (an issue's
    contents), kept: the article is never set aside."""
    if kind != "web":
        return segments
    found = teaser_lists(lines)
    header = [line.lineno for seg in segments if seg.role == "header" for line in seg.block.lines]
    found = [t for t in found if not any(t.first <= n <= t.last for n in header)]
    if not found:
        return segments
    outside = sum(1 for seg in segments if seg.role == "paragraph" and _body_prose(seg.block.text)
                  and not any(t.first <= seg.block.lineno <= t.last for t in found))
    if not found or outside < TEASER_ARTICLE_MIN:
        return segments  # no article beside the lists: the page is a list of stories (an issue's contents)
    out = list(segments)
    for i, seg in enumerate(segments):
        if seg.role in ("paragraph", "heading") and any(t.first <= seg.block.lineno <= t.last for t in found):
            out[i] = Segment("furniture", seg.block, TEASER_LIST)
    for t in found:
        # right above a list, another of the site's lists of headlines (one a line, no bylines) under its heading
        at = next(i for i, seg in enumerate(out) if seg.block.lineno >= t.first)
        for i in range(at - 1, max(at - 1 - HEADLINE_LIST_ABOVE, -1), -1):
            seg = out[i]
            if seg.role == "heading" and len(seg.block.lines) == 1 or (
                    seg.role == "paragraph" and len(seg.block.lines) >= LIST_HEAD_ITEMS_MIN
                    and all(3 <= len(words(line.text)) <= HEADLINE_MAX_WORDS for line in seg.block.lines)
                    and 2 * sum(headline_like(line.text) for line in seg.block.lines) >= len(seg.block.lines)):
                out[i] = Segment("furniture", seg.block, TEASER_LIST)
            elif seg.role != "furniture":
                break
    after = [i for i, seg in enumerate(out) if seg.block.lineno > found[-1].last and seg.role != "furniture"]
    if after and all(out[i].role in ("paragraph", "heading") and not _body_prose(out[i].block.text) for i in after):
        for i in after:
            out[i] = Segment("furniture", out[i].block, TEASER_FOOT)
    return out


#: the furniture set aside amid a run of short lines that breaks no run: a widget's line, a comment
RUN_TRANSPARENT = frozenset({PAGE_WIDGET, COMMENT_THREAD})


#: the fewest words with letters of a paragraph that is a section's prose (fewer: a caption, a link, a name)
SECTION_PROSE_MIN_WORDS = 8
#: the fewest lines of a web page's body dated after a name ("Jane Roe April 26, 2017 at 10:22 am") that make them
#: a thread's comment heads
COMMENT_HEADS_MIN = 2
#: the fewest words of a sentence that is a section's prose when it ends with its stop ("It was sold.")
SENTENCE_MIN_WORDS = 2
#: the fewest short lines under a heading that are a section (a list of links, of names, without bullets)
SECTION_LINES_MIN = 2
#: the detail of a paragraph that is a comment's head (:func:`sectionless_headings`): a name and its date, no byline
COMMENT_HEAD = "comment head"
#: the most characters of a line read as a byline or a comment's head (longer: prose, asked no more)
BYLINE_MAX_CHARS = 120
#: the most headings in a row, the last over prose, that stay headings (more: a menu's lines)
CHAIN_MOST = 3
#: the most words of a name and its date and time
DATED_NAME_MAX_WORDS = 12
#: the roles of segments that are a section's matter whatever their length
SECTION_MATTER_ROLES = frozenset({"list", "table", "code", "definition", "quote", "note"})


@functools.cache
def _dated_name_re() -> re.Pattern[str]:
    """A name of one to five words, no figure in them, then a date and its time ("Jane Roe April 26, 2017 at
    10:22 am", "jroe May 1, 2017"): compiled when first asked for."""
    return re.compile(rf"^[^\W\d][^\s\d]*(?:\s+[^\s\d]+){{0,4}}\s+(?:{DATE_TEXT})"
                      r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$", re.IGNORECASE)


def dated_name(text: str) -> bool:
    """Whether *text*, one line, is a name and the date (and time) after it: a comment's head in a thread."""
    stripped = text.strip()
    return len(stripped) <= BYLINE_MAX_CHARS and "\n" not in stripped and any(c.isdigit() for c in stripped) \
        and len(words(stripped)) <= DATED_NAME_MAX_WORDS and bool(_dated_name_re().match(stripped))


def section_prose(seg: Segment) -> bool:
    """Whether *seg* is a section's matter: a list, a table, a quotation, a program (:data:`SECTION_MATTER_ROLES`),
    a list's item alone, or a paragraph of prose (:data:`SECTION_PROSE_MIN_WORDS` words or more, or a sentence with its
    stop: no caption, no link, no name)."""
    if seg.role in SECTION_MATTER_ROLES:
        return True
    if seg.role != "paragraph":
        return False
    if LIST_ITEM_RE.match(seg.block.text):
        return True  # "- List of books": a list's one item
    count = sum(1 for w in words(seg.block.text) if any(c.isalpha() for c in w))
    return count >= SECTION_PROSE_MIN_WORDS or (
        count >= SENTENCE_MIN_WORDS and seg.block.text.rstrip().endswith((".", ":", "!", "?")))


def sectionless_headings(out: list[Segment], shaped: set[int]) -> list[Segment]:
    """A web page's body with each heading its form alone made (*shaped*) and that heads no section read as a
    paragraph, kept in the text: a heading needs prose under it (:func:`section_prose`) before the next heading.
    A menu's lines, a caption, a widget's "Reply", a teaser's name over the next teaser, a footer's box are
    short lines with no prose of their own. A comment's head, a name and its date repeated down a thread
    (:func:`dated_name`, :data:`COMMENT_HEADS_MIN` or more), is no heading either, and ends the section above it.
    A heading straight over another that heads a section ("Part One" / "Chapter 1" / prose) stays one, up to
    :data:`CHAIN_MOST` in a row (more: a menu's); a section's byline under its heading, the page's furniture and a
    markup's residue are read past; the body's last heading (over the notes) and a notes' heading stay."""
    if not shaped:
        return out
    dated = [i for i, seg in enumerate(out) if seg.role in ("heading", "paragraph") and dated_name(seg.block.text)]
    comments = frozenset(dated) if len(dated) >= COMMENT_HEADS_MIN else frozenset()
    out = [seg._replace(role="paragraph", detail=COMMENT_HEAD)
           if i in comments and i in shaped and seg.role == "heading" else seg for i, seg in enumerate(out)]
    sections = [False] * len(out)  # whether the heading at i heads prose of its own
    depth = [0] * len(out)  # the headings from i down to the one over prose, 0: none
    # what a reader reads past: the page's furniture, a markup's residue with no letter (", 1920]]"), a byline (the
    # section's, under its heading: "Written by Jane Roe", "By ANN WRITER | 10/9/10")
    seen = [seg.role != "furniture" and any(c.isalpha() for c in seg.block.text)
            and not (k not in comments and len(seg.block.lines) == 1 and len(seg.block.text) <= BYLINE_MAX_CHARS
                     and (byline(text := " ".join(seg.block.text.split())) or section_byline(text)))
            for k, seg in enumerate(out)]
    for i in range(len(out) - 1, -1, -1):
        if out[i].role != "heading":
            continue
        below = next((k for k in range(i + 1, len(out)) if seen[k]), None)
        if below is None:
            sections[i], depth[i] = True, 1  # the body's last: over the notes, or nothing to tell
            continue
        lines = 0
        for k in range(below, len(out)):
            if not seen[k]:
                continue
            if out[k].role == "heading" or k in comments:
                break
            lines += 1
            if section_prose(out[k]) or lines >= SECTION_LINES_MIN:
                sections[i] = True  # prose, or a list of links and names ("External links" over its links)
                break
        if sections[i]:
            depth[i] = 1
        elif depth[below] and depth[below] < CHAIN_MOST:
            depth[i] = depth[below] + 1  # "Part One" over "Chapter 1" over its prose; a picture's caption between
        elif i in shaped and not NOTES_HEADING_RE.match(text := out[i].block.text.strip()) \
                and not REFERENCES_HEADING_RE.match(text):  # "Notes" over its notes' kinds, no prose
            out[i] = out[i]._replace(role="paragraph", detail="")
    return out


def list_runs(body: list[Blk], asides: list[Segment | None]) -> list[list[int]]:
    """The blocks of a web page's body in runs of :data:`LINK_RUN_MIN` short lines or more, one after
    another, none a sentence (each a heading's form or a link's: :func:`heading_like`,
    :func:`edition.witness.furniture.link_item`): a list, an item to a line, never a run of headings.
    The caller makes no heading of a run most of whose lines would be headings; a heading alone over a
    list's items stays ("Contents" over its chapters).

    A block set aside (*asides*, furniture or a table), a wiki's heading and a line the copy sets off with
    two blank lines or more (a section's heading) break a run. The run's last line may head what follows
    it when that is prose, longer than a link (a heading is followed by prose), unless it names a web
    address (a link: "Website example.org").
    """
    found: list[list[int]] = []
    run: list[int] = []
    for i, block in enumerate([*body, None]):
        if block is not None and (aside := asides[i]) is not None and aside.role == "furniture" \
                and aside.detail in RUN_TRANSPARENT:
            continue  # a widget's line set aside amid a list's ("Cancel Reply" in a form's): the run goes on
        if block is not None and asides[i] is None and len(block.lines) == 1 and not block.code \
                and block.blank_before < 2 and not edit_heading(block.text) \
                and (heading_like(block.text) or link_item(block.text)):
            run.append(i)
            continue
        if len(run) >= LINK_RUN_MIN:
            last = body[run[-1]].text
            if (block is not None and asides[i] is None and len(words(block.text)) > LINK_MAX_WORDS
                    and not URL_RE.search(last) and not DOMAIN_RE.search(last)):
                run.pop()  # "PDFs & Printing" over the section's first paragraph: its heading
            found.append(run)
        run = []
    return found


#: the detail of a paper's signature ("PUBLIUS."): a paragraph of its own, kept in the text, never recased
SIGNATURE = "signature"
#: the detail of a list whose items are the block's lines, as printed (a list in capitals under a colon)
LINES_LIST = "lines"
#: the share of a line's letters in capitals that makes it a line in capitals ("ITS ANALOGY … and lastly, THE …")
CAPITALS_SHARE = 0.8


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


def capitals_list(body: list[Blk], out: list[Segment]) -> list[Segment]:
    """The body's segments with the lines in capitals that a paragraph ending in a colon introduces read as
    the items of its list, an item a line, not as headings: two lines or more, one after another (a block
    set aside between them aside), each mostly capitals ("I propose … the following particulars:", then
    "THE UTILITY OF THE UNION …", "THE INSUFFICIENCY …"). One line in capitals under a colon may head what
    follows; it stays as it was read."""
    i = 0
    while i < len(out):
        if not (out[i].role == "paragraph" and out[i].block.lines[-1].text.rstrip().endswith(":")):
            i += 1
            continue
        run = []
        j = i + 1
        while j < len(out) and (out[j].role == "furniture" or (
                out[j].role in ("heading", "paragraph") and all(_mostly_capitals(x.text) for x in out[j].block.lines)
                and not out[j].block.lines[-1].text.rstrip().endswith(":"))):
            if out[j].role != "furniture":
                run.append(j)
            j += 1
        if sum(len(out[k].block.lines) for k in run) >= 2:
            for k in run:
                out[k] = Segment("list", out[k].block, LINES_LIST)
        i = j if run else i + 1
    return out


def _with_paper_notes(witness: Witness, blocks: list[Blk], papers: Papers, bounds: tuple[int, int, int],
                      in_place: dict[int, str], forms: tuple[LabelForm, ...]
                      ) -> tuple[int, dict[int, str], tuple[LabelForm, ...], list[SignMarker]]:
    """Where the notes section begins, the notes in place and the note forms, with the notes of papers that
    number them anew (:func:`paper_notes`) in their places; and those notes' markers. The notes section the
    text seemed to end with is the last paper's notes where each of its bodies is one of them.

    :param bounds: the indices of the blocks where the body, the notes section and the reference list (or
        the closing furniture) begin
    """
    body_from, notes_from, refs_from = bounds
    places, found = paper_notes(witness, blocks, papers, (body_from, refs_from))
    if not places:
        return notes_from, in_place, forms, []
    if all(i in places for i in range(notes_from, refs_from) if body_label(blocks[i].lines[0].text, forms)):
        notes_from = refs_from
    else:  # a notes section of the text's own: the papers' notes above it only
        kept = {i for i in places if i < notes_from}
        places = {i: label for i, label in places.items() if i in kept}
        found = [m for m in found if m.label in places.values()]
    used = {form for form in (BARE, BRACKET) if any(body_label(blocks[i].lines[0].text, (form,)) for i in places)}
    return (notes_from, {**{i: label for i, label in in_place.items() if i not in places}, **places},
            (*forms, *(form for form in (BARE, BRACKET) if form in used and form not in forms)), found)


#: the forms of the notes papers number anew: a bare number ("1 The same idea …", called "whole.1") or one in
#: brackets ("[1] The same idea …", called "whole.[1]")
PAPER_NOTE_FORMS = (BARE, BRACKET)


def paper_notes(witness: Witness, blocks: list[Blk], papers: Papers,
                bounds: tuple[int, int]) -> tuple[dict[int, str], list[SignMarker]]:
    """The notes of papers that number them anew, each from 1 (:func:`edition.witness.series.notes_renumbered`):
    under each paper's signature the bodies that begin with a bare number ("1 The same idea …"), down to the
    next paper's heading, each called by a number glued to a word or its stop in that paper's text ("whole.1"),
    the first such number of its label, in order. Each note is labelled with its paper's number and its own
    ("2.1": note 1 of No. 2), as the edition pairs a label with one note in a text.

    :param bounds: the indices of the blocks where the body and its notes section begin
    :return: the bodies' block indices, each with its label (notes in their place), and their markers
    """
    if notes_renumbered(witness.lines, papers) is None:
        return {}, []
    body_from, end = bounds
    headings = sorted(papers.headings)
    places: dict[int, str] = {}
    found: list[SignMarker] = []
    for k, signature in enumerate(papers.signatures):
        top = max((h for h in headings if h < signature), default=1)
        bottom = min((h for h in headings if h > signature), default=len(witness.lines) + 1)
        number = papers.headings.get(top, k + 1)
        bodies: dict[str, tuple[int, LabelForm]] = {}
        for i in range(body_from, end):
            first = blocks[i].lines[0]
            if signature < first.lineno < bottom and not blocks[i].code and (
                    opening := body_label(first.text, PAPER_NOTE_FORMS)):
                bodies.setdefault(opening.label, (i, opening.form))
        start, stop = witness.lines[top - 1].start, witness.lines[signature - 1].start
        called: dict[str, re.Match] = {}
        for form in dict.fromkeys(form for _, form in bodies.values()):
            for m in marker_matches(witness.text[start:stop], form):
                if bodies.get(m.group(1), (0, None))[1] is form:
                    called.setdefault(m.group(1), m)
        called = dict(sorted(called.items(), key=lambda item: item[1].start()))
        if list(called) != sorted(called, key=int):
            continue  # not called in order: numbers of the text's, no markers
        for label, m in called.items():
            places[bodies[label][0]] = f"{number}.{label}"
            found.append(SignMarker(start + m.start(), start + m.end(), f"{number}.{label}", label, True))
    return places, found


def paper_decisions(witness: Witness, papers: Papers, segments: list[Segment], paired: int = 0) -> list[Decision]:
    """The decisions on the papers of a series the text holds (:mod:`edition.witness.series`): their numbered
    headings, their bylines (the author), their signatures, the notes they number anew (*paired*: how many
    of them were paired with their markers, paper by paper); and the lists in capitals read as lists."""
    out: list[Decision] = []
    text = {line.lineno: line.text.strip() for line in witness.lines}
    if papers.headings:
        first, last = min(papers.headings), max(papers.headings)
        out.append(Decision("series", f"{text[first]} … {text[last]}", f"{len(papers.headings)} numbered headings "
                            "of one form, their numbers rising (“NAME No. N”): the papers of a series in one file, "
                            "each under its heading (a heading of the first level), never a running head",
                            first))
    names = list(dict.fromkeys(text[n] for n in papers.bylines))
    if names:
        where = ("in the head of each paper, under its numbered heading" if papers.headings else
                 "alone over the paper's address to its readers (“To the People …:”)")
        out.append(Decision("author", ", ".join(names), f"the name in capitals {where} (“HAMILTON”): its byline, "
                            "kept in the text as printed, never a heading, never recased", papers.bylines[0],
                            len(names) == 1))
    if papers.signatures:
        signed = list(dict.fromkeys(text[n] for n in papers.signatures))
        where = ", ".join(map(str, papers.signatures))
        out.append(Decision("signature", f"{' '.join(signed)} (line{'s' if len(papers.signatures) > 1 else ''} "
                            f"{where})", "a name in capitals with its stop alone under a paper's last paragraph, "
                            "only notes after it (“PUBLIUS.”): the paper's signature, its closing, kept in the text "
                            "as printed, never a heading, never a running head however often it recurs",
                            papers.signatures[0]))
    renumbered = notes_renumbered(witness.lines, papers)
    if renumbered is not None and paired:
        out.append(Decision("note numbers", f"{paired} notes, each labelled with its paper's number and its own "
                            "(“2.1”: note 1 of No. 2)", "the papers number their notes anew, each from 1, their "
                            "bodies under each paper's signature: each body is paired with the number that calls "
                            "it in its own paper (“whole.1”, “whole.[1]”), in order",
                            renumbered[0]))
    elif renumbered is not None:
        lineno, number = renumbered
        out.append(Decision("note numbers", f"note {number} again, line {lineno}", "the papers number their "
                            "notes anew, each from 1, their bodies after each paper's signature, but no paper calls "
                            "its notes in order in their bodies' form (“whole.1” for “1 …”, “whole.[1]” for "
                            "“[1] …”): the bodies are read as in a text of one paper, a number standing for a note "
                            "of each paper, and may stay in the text as paragraphs, their numbers as printed",
                            lineno, False))
    out += [Decision("list items", seg.block.lines[0].text.strip(), "lines in capitals one after another "
                     "under a paragraph that ends with a colon: the items of the list it introduces, an item a "
                     "line, never headings, never recased", seg.block.lineno)
            for k, seg in enumerate(segments) if seg.role == "list" and seg.detail == LINES_LIST
            and not (k and segments[k - 1].role == "list" and segments[k - 1].detail == LINES_LIST)]
    return out


#: a web address without its scheme: "mozilla.org/", "www.example.com"
DOMAIN_RE = re.compile(r"\b(?:www\.)?[a-z0-9-]+\.(?:org|com|net|edu|gov|info|io)\b")


def caret_notes(witness: Witness, blocks: list[Blk], bounds: tuple[int, int, int]) -> tuple[int, int, list[str]] | None:
    """A wiki's reference list: a run of note bodies each beginning with a caret ("^ …", :data:`CARET_BODY_RE`),
    as many as the numbers in brackets the running text above them calls, first called in order from [1]
    (:func:`edition.witness.wiki.caret_labels`).

    The blocks after the last body, up to the page's next heading (a wiki's heading, or, in a page with none,
    a heading's form), at most :data:`NOTE_CONTINUATIONS`, are its further paragraphs.

    :param bounds: the indices where the header, the body and the closing furniture begin
    :return: the index of the first body, the index after the list, and each body's label; None if there
        is no such list
    """
    lead, body_from, furniture_from = bounds
    start = next((i for i in range(body_from, furniture_from) if CARET_BODY_RE.match(blocks[i].lines[0].text)), None)
    if start is None:
        return None
    running = "\n".join(witness.text[b.start:b.end] for b in blocks[lead:start])
    wiki = any(edit_heading(b.text) for b in blocks[body_from:furniture_from])
    # the runs of bodies, each under a heading of its own after the first ("Footnotes", then "Citations")
    runs: list[tuple[int, int]] = []
    at = start
    while True:
        end = at
        while end < furniture_from and CARET_BODY_RE.match(blocks[end].lines[0].text):
            end += 1
        runs.append((at, end))
        after = _next_caret_run(blocks, end, furniture_from, wiki)
        if after == end or after >= furniture_from or not CARET_BODY_RE.match(blocks[after].lines[0].text):
            break
        at = after
    bodies = [[part for b in blocks[a:z] for part in split_note_bodies(b, (CARET,))] for a, z in runs]
    # a text dump's numbers before the carets ("1. ^ …") are the bodies' places in their list, or it is no such list
    if any((m := CARET_PLACE_RE.match(part.lines[0].text)) and int(m.group(1)) != k + 1
           for run in bodies for k, part in enumerate(run)):
        return None
    counts = [len(run) for run in bodies]
    if len(runs) == 1:
        labels = caret_labels(markers(running, BRACKET), counts[0])
        groups = None if labels is None else [labels]
    else:
        lists = "\n".join(witness.text[b.start:b.end] for a, z in runs for b in blocks[a:z])
        groups = caret_groups(_bracket_calls(running), counts, _bracket_calls(lists))
    if groups is None:
        return None
    start, end = runs[0][0], runs[-1][1]
    more = 0
    while (end < furniture_from and more < NOTE_CONTINUATIONS and not edit_heading(blocks[end].text)
           and (wiki or not heading_like(blocks[end].text))):
        end, more = end + 1, more + 1
    return start, end, [label for group in groups for label in group]


def placed_notes(witness: Witness, blocks: list[Blk], bounds: tuple[int, int, int]
                 ) -> tuple[list[Blk], int, int, list[str]] | None:
    """A wiki's reference list as a text dump numbers it (:func:`edition.witness.wiki.placed_items`: "   1. ^Aho …",
    "   2. …", the lines hung under each its own), whose numbers the running text above it calls in brackets,
    first called 1, 2, … in order, each an item's; an item after them no marker calls (none with the letters of
    its links back, "^ a b", that say it is called) is printed as a note without a marker.

    :param bounds: the indices where the header, the body and the closing furniture begin
    :return: the blocks, those of the list cut one an item (and the block the list ends inside cut after it), the
        indices of the list's first block and of the block after it, and each item's label; None if there is no
        such list
    """
    _lead, body_from, furniture_from = bounds
    start = next((i for i in range(body_from, furniture_from) if CARET_PLACE_RE.match(blocks[i].lines[0].text)
                  and (m := DUMP_ITEM_RE.match(blocks[i].lines[0].text)) and m.group(2) == "1"), None)
    if start is None:
        return None
    lines = [line for b in blocks[start:furniture_from] for line in b.lines]
    items = placed_items([line.text for line in lines])
    if not items:
        return None
    labels = [str(n) for n in range(1, len(items) + 1)]
    # (the running text's markers: a number in brackets in the header is none)
    running = "\n".join(witness.text[b.start:b.end] for b in blocks[body_from:start])
    called = list(dict.fromkeys(markers(running, BRACKET)))
    # the numbers first called are 1, 2, … k in order, each an item's; the items after k no marker calls (a dump
    # that lost their markers with the box that held them)
    if not called or called != labels[:len(called)]:
        return None
    # an item with the letters of its links back ("2. ^ a b …") is called twice or more: never an item no marker calls
    if any(label not in called and (m := CARET_BODY_RE.match(lines[a].text)) and m.group("backlinks")
           for label, (a, _z) in zip(labels, items, strict=True)):
        return None
    last = lines[items[-1][1] - 1].lineno  # the list's last line
    parts = [Blk(lines[a:z], 0, 0) for a, z in items]
    end = next(i for i in range(start, furniture_from) if blocks[i].lines[-1].lineno >= last)
    rest = [line for line in blocks[end].lines if line.lineno > last]
    parts[0] = parts[0]._replace(blank_before=blocks[start].blank_before)
    parts[-1] = parts[-1]._replace(blank_after=0 if rest else blocks[end].blank_after)
    tail = [Blk(rest, 0, blocks[end].blank_after)] if rest else []
    return [*blocks[:start], *parts, *tail, *blocks[end + 1:]], start, start + len(parts), labels


def lettered_form(last: str) -> LabelForm:
    """The form of a lettered group's markers, "[a]" to "[*last*]": :data:`~edition.witness.labels.LETTER`'s, its
    letters no further than the group's."""
    pattern = LETTER.marker.pattern.replace("[a-z]", f"[a-{last}]")
    assert pattern != LETTER.marker.pattern
    return LabelForm(LETTER.name, re.compile(pattern), LETTER.body)


def _bracket_calls(text: str) -> list[str]:
    """The labels of the numbers in brackets and of a group's notes ("[n 1]") *text* calls, in order."""
    found = sorted((*BRACKET.marker.finditer(text), *GROUP.marker.finditer(text), *LETTER.marker.finditer(text)),
                   key=lambda m: m.start())
    return [marker_label(m.group(1)) for m in found]


#: the most headings between two runs of a wiki's caret bodies ("Citations", or "Notes" over "Footnotes")
CARET_HEADINGS = 2


#: the most blocks of a section of its own between two runs of a wiki's caret bodies ("Book sources" over its
#: entries, between "Notes" and "Others")
CARET_SECTION_MOST = 40


#: the most paragraphs between a wiki's heading and the run of caret bodies under it (a note over the list)
CARET_LEAD_MOST = 1


def _next_caret_run(blocks: list[Blk], end: int, stop: int, wiki: bool) -> int:
    """Where the next run of caret bodies may begin after the run that ends at *end*: past the headings over it
    (:data:`CARET_HEADINGS` at most, :func:`_caret_heading`), and, on a wiki's page (*wiki*: its headings carry
    the edit link), past a section of its own under one of them down to the next heading ("References[edit]",
    "Book sources[edit]", its entries, "Others[edit]"): *end* where no heading follows the run."""
    after = end
    while after < stop and after - end < CARET_HEADINGS and _caret_heading(blocks[after].text, wiki):
        after += 1
    if not wiki or after == end or after >= stop or CARET_BODY_RE.match(blocks[after].lines[0].text):
        return after
    k = after
    while k < stop and k - after < CARET_SECTION_MOST and not CARET_BODY_RE.match(blocks[k].lines[0].text) \
            and not edit_heading(blocks[k].text):
        k += 1
    if k - after <= CARET_LEAD_MOST and k < stop and CARET_BODY_RE.match(blocks[k].lines[0].text):
        return k  # a line over the list under its heading ("This article incorporates material from …")
    m = k
    while m < stop and m - k < CARET_HEADINGS and edit_heading(blocks[m].text):
        m += 1
    return m if m > k and m < stop and CARET_BODY_RE.match(blocks[m].lines[0].text) else after


def _caret_heading(text: str, wiki: bool) -> bool:
    """Whether a block between two runs of caret bodies is a heading over the second: a wiki's heading
    (its edit link), or, in a page with none, a heading's form."""
    return edit_heading(text) or (not wiki and "\n" not in text.strip() and heading_like(text))


def _wiki_notes(witness: Witness, blocks: list[Blk], bounds: tuple[int, int, int], kind: str, free: bool
                ) -> tuple[list[Blk], int, tuple[int, int, list[str]] | None, bool]:
    """A wiki's reference list where no other notes were found (*free*): its caret list (:func:`caret_notes`, a
    web page's), or the list a text dump numbers (:func:`placed_notes`, its items cut one a block).

    :return: the blocks, the index where the closing furniture begins, the list's first block, the block after
        it and its labels (or None), and whether it is a text dump's numbered list
    """
    carets = caret_notes(witness, blocks, bounds) if kind == "web" and free else None
    placed = placed_notes(witness, blocks, bounds) if carets is None and free else None
    if placed is None:
        return blocks, bounds[2], carets, False
    return placed[0], bounds[2] + len(placed[0]) - len(blocks), (placed[1], placed[2], placed[3]), True


def _caret_segments(section: list[Blk], labels: list[str], placed: bool = False) -> list[Segment]:
    """The segments of a wiki's reference list (:func:`caret_notes`): each body a note, by its place; a text
    dump's numbered list (*placed*, :func:`placed_notes`): each block an item, the note of its number."""
    if placed:
        return [Segment("note", block, label) for block, label in zip(section, labels, strict=True)]
    out: list[Segment] = []
    found = iter(labels)
    current = ""
    parts = [part for whole in section for part in split_note_bodies(whole, (CARET,))]
    wiki = any(edit_heading(b.text) for b in parts)
    last = max((i for i, b in enumerate(parts) if CARET_BODY_RE.match(b.lines[0].text)), default=-1)
    for i, block in enumerate(parts):
        if CARET_BODY_RE.match(block.lines[0].text):
            current = next(found)
            out.append(Segment("note", block, current))
        elif (current and any(CARET_BODY_RE.match(b.lines[0].text) for b in parts[i + 1:i + 1 + CARET_HEADINGS])
              and _caret_heading(block.text, False)):  # a heading over the next run ("Citations")
            out.append(Segment("heading", block, "2"))
        elif current and wiki and i < last and edit_heading(block.text):
            out.append(Segment("heading", block, "2"))  # a wiki's heading between two runs ("Book sources[edit]")
        elif out and out[-1].role in ("heading", "paragraph") and i < last:
            out.append(Segment("paragraph", block))  # the entries of a section of its own between two runs
        else:
            out.append(Segment("note-continued", block, current))
    return out


def _caret_label_decisions(section: list[Blk], labels: list[str]) -> list[Decision]:
    """The apparatus's statements on a caret list's labels: the letters of the bodies' links back set aside
    ("^ a b …"), and a group's labels written without their space ("[n 1]" as n1)."""
    out: list[Decision] = []
    lines = [line for whole in section for line in whole.lines
             if (m := CARET_BODY_RE.match(line.text)) and m.group("backlinks")]
    if lines:
        where = ", ".join(str(line.lineno) for line in lines[:10]) + (" …" if len(lines) > 10 else "")
        out.append(Decision("backlinks", f"{len(lines)} bodies, line{'s' if len(lines) > 1 else ''} {where}",
                            BACKLINKS_HOW, lines[0].lineno))
    placed = [line for whole in section for line in whole.lines if CARET_PLACE_RE.match(line.text)]
    if placed:
        where = f"lines {placed[0].lineno}–{placed[-1].lineno}" if len(placed) > 1 else f"line {placed[0].lineno}"
        out.append(Decision("note labels", f"{len(placed)} bodies numbered before their carets, {where}",
                            PLACES_HOW, placed[0].lineno))
    grouped = [label for label in labels if not label.isdigit()]
    if grouped:
        named = [GROUP_NAME_RE.match(label) for label in (grouped[0], grouped[-1])]
        shown = [f"[{m.group(1)} {m.group(2)}] as {m.group(1)}{m.group(2)}" for m in named if m]
        out.append(Decision("note labels", " … ".join(dict.fromkeys(shown)), GROUP_HOW,
                            section[0].lineno if section else 0))
    return out


def _page_decisions(blocks: list[Blk], furniture_from: int, carets: tuple[int, int, list[str]] | None,
                    stamped: bool, placed: bool = False) -> list[Decision]:
    """The decisions on a web page's own parts: its caret reference list (:func:`caret_notes`; a text dump's
    numbered one, *placed*: :func:`placed_notes`), its foot after the post's closing stamp (:func:`closing_stamp`)."""
    out: list[Decision] = []
    if carets is not None:
        out.append(Decision("notes", "notes", PLACED_HOW if placed else CARET_HOW, blocks[carets[0]].lineno, True))
        out += _caret_label_decisions(blocks[carets[0]:carets[1]], carets[2])
    if stamped and furniture_from < len(blocks):
        out.append(Decision(
            "furniture", f"lines {blocks[furniture_from].lineno}–{blocks[-1].lines[-1].lineno}",
            f"the blocks after the post's closing stamp (“{blocks[furniture_from - 1].text.strip()}”): the "
            "site's foot (its comments, licence, signature), set aside from the running text, each line kept",
            blocks[furniture_from].lineno, False))
    return out


def link_lists(segments: list[Segment]) -> list[Decision]:
    """One decision for each run of a site's links set aside (:data:`LINK_LIST`), with its lines and reason: a
    run of furniture, one block after another, with a link list among it."""
    out: list[Decision] = []
    runs: list[list[int]] = []
    for i, seg in enumerate(segments):
        if seg.role == "furniture":
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        links = sum(1 for i in run if segments[i].detail == LINK_LIST)
        if not links:
            continue
        first, last = segments[run[0]].block.lineno, segments[run[-1]].block.lines[-1].lineno
        where = "top" if run[0] == 0 else "foot" if run[-1] == len(segments) - 1 else "body"
        out.append(Decision(
            "furniture", f"lines {first}–{last}",
            f"{len(run)} blocks of furniture one after another at the page's {where}, {links} of them short "
            "lines read as the site's links, most of them no sentence (the form of a site's menu, sidebar, tag "
            "cloud, list of languages, months or categories, footer): set aside from the running text, each line "
            "kept and listed", first, links >= 2 * LINK_RUN_MIN))
    return out


def _note_segments(section: list[Blk], forms: tuple[LabelForm, ...], furniture: dict[int, str]) -> list[Segment]:
    """The segments of the notes section: each note, its continuations, furniture among them."""
    out: list[Segment] = []
    current = ""
    parts = [part for whole in section for part in split_note_bodies(whole, forms)]
    strict = _strict_labels(parts, forms)
    for block in _split_in_sequence(parts, forms, furniture):
        if all(line.lineno in furniture for line in block.lines):
            out.append(Segment("furniture", block, furniture[block.lines[0].lineno]))
            continue
        found = body_label(block.lines[0].text, forms)
        if found is None and current and (nxt := in_sequence(block.lines[0].text, forms, current)) \
                and nxt.label not in strict:
            found = nxt
        if found:
            current = found.label
            out.append(Segment("note", block, current))
        else:
            out.append(Segment("note-continued", block, current))
    return out


def _split_in_sequence(parts: list[Blk], forms: tuple[LabelForm, ...], furniture: dict[int, str]) -> list[Blk]:
    """Split the parts of the notes section before each line that begins with the next note's number
    (:func:`edition.witness.labels.in_sequence`): notes 2 and 3 that begin "2 ibid.", "3 1917 …" on lines
    of a wrapped paragraph are notes of their own, not note 1's lines. A number out of sequence ("5 vols.")
    and one the section labels in the strict form elsewhere (its own note) stay the line's text."""
    strict = _strict_labels(parts, forms)
    out: list[Blk] = []
    current = ""
    for part in parts:
        starts: list[int] = []
        for i, line in enumerate(part.lines):
            found = body_label(line.text, forms) if i == 0 else None
            if found:
                current = found.label
                continue
            nxt = in_sequence(line.text, forms, current) if current and line.lineno not in furniture else None
            if nxt is not None and nxt.label not in strict:
                if i:
                    starts.append(i)
                current = nxt.label
        out += _split_before(part, starts) if starts else [part]
    return out


def _strict_labels(parts: list[Blk], forms: tuple[LabelForm, ...]) -> set[str]:
    """The labels the notes section's parts begin with in the strict form (:func:`body_label`)."""
    return {found.label for part in parts if (found := body_label(part.lines[0].text, forms))}


def _split_before(block: Blk, starts: list[int]) -> list[Blk]:
    """The block split before each of its lines *starts*."""
    bounds = [0, *starts, len(block.lines)]
    return [Blk(block.lines[a:b], block.blank_before if a == 0 else 0,
                block.blank_after if b == len(block.lines) else 0)
            for a, b in zip(bounds, bounds[1:], strict=False)]


#: what the blocks after a post's closing stamp are called (:func:`closing_stamp`)
POST_FOOT = "site's foot after the post's stamp"


def _tail_segments(tail: list[Blk], kind: str, furniture: dict[int, str], rest_kind: str = "") -> list[Segment]:
    """The closing furniture: lines of furniture by their form keep their own kind; the rest is one list.

    A line of that form inside a site's list of articles is part of the list. In a web page's tail of many
    links (:func:`bottom_link_list`), a block that reads as a link is a link list's, and each line of
    furniture by its form keeps its kind. After a post's closing stamp, the rest is *rest_kind*.
    """
    if not tail:
        return []
    by_form: dict[int, str | None] = {i: None for i in range(len(tail))}
    j = len(tail)
    while j > 0 and (what := edge_furniture(tail[j - 1], kind, furniture)
                     or (ARCHIVE_FOOTER if _archive_footer_block(tail[j - 1]) else None)):
        j -= 1
        by_form[j] = what
    links = {i for i, block in enumerate(tail) if kind == "web" and not by_form[i] and link_block(block)}
    if len(links) < 2 * LINK_RUN_MIN or bottom_link_list(tail, 0, kind, furniture) == len(tail):
        links = set()  # no long run of links: the site's list, whole
    rest = [b for i, b in enumerate(tail) if not by_form[i] and i not in links]
    what = rest_kind or ("donation appeal" if any(DONATION_RE.search(b.text) for b in rest) else "site list")
    if links:  # a page's foot of links: each line of furniture by its form keeps its kind there
        for i, block in enumerate(tail):
            by_form[i] = by_form[i] or wiki_line_kind(block.text, "foot") or edge_furniture(block, kind, furniture)
    return [Segment("furniture", block, by_form[i] or (LINK_LIST if i in links else what))
            for i, block in enumerate(tail)]


#: how many points of the share of continuing lines either side of 50 % make the layout a close call
LAYOUT_MARGIN = 10


#: the furniture the layout names in its decisions: (whether its text is stripped, how it was found, sure)
FURNITURE_DECISIONS: dict[str, tuple[bool, str, bool]] = {
    "title repeated": (True, "a line at the top of the text that repeats its title, as a page prints it again "
                       "above the article", True),
    "masthead": (False, "a short line at the top, above the site's menus or the date, taken for the site's "
                 "masthead", False),
    JOURNAL_MASTHEAD: (True, "a line at the top of the first page naming the journal, its issue or its address "
                       "(its masthead), above the title and its authors", False),
    "button label": (True, "a single word beside the date or the byline, or a dialog's button alone at the top "
                     "(“Close”), taken for the label of a button", False),
    "meta line": (False, "a site's line of metadata (the words “author” or “posted”, “by” and a name, a date), "
                  "naming the author and the date", False),
    "image caption": (False, "a short line that reads as the caption of an image the copy lacks", False),
    "site chrome": (True, "a line of the site's own about its page (a link to skip to its content, a menu's "
                    "or a tool's name, a call under the article), nothing else on its line", False),
    "archive banner": (False, "a line at the top that says when a web archive captured the page", False),
    "table of contents": (True, "a line of the text's table of contents, repeating a heading below it", True),
    INDEX_KEY: (True, "a line of the author's name, a date in figures (“19321100”) and the title, over the line "
                "that gives the name and the title again (“NAME: TITLE”): the archive's key of the text in its "
                "index, never the title", True),
    MENU_NOTICE: (True, "a short notice of one line amid the site's menus at the top of the page, many links above "
                  "it and below it, taken for the site's (the title below the menus is a guess)", False),
    SITE_MASTHEAD: (True, "a short line at the top, taken for the title, that the page names again in its "
                    "chrome (its copyright line, its calls to subscribe): the site's name, over the headline and its "
                    "byline below the site's menus, which is the title", False),
    PROMO_BOX: (False, "a short heading at the top and its standfirst that names someone inside its sentence, "
                "the site's words of its wares in or under them (“Latest Issue”, “the archive”), above the headline "
                "found in the body over its byline and its date: the site's promotion, never the title or the author",
                False),
    BODY_SITE_LINES: (False, "the site's lines above the headline found in the body, no prose among them (its "
                      "menus, its dialogs' buttons, its teasers): none of the article, each kept and listed (the "
                      "title's decision says whether the headline is a guess)", True),
    COMMENT_FORM: (False, "a comment form's labels and help right above its thread of comments (a required "
                   "field's label among them: “Your name *”), short lines: the site's", True),
    TEASER_LIST: (False, "a list of other stories' teasers (a short headline over its byline, a line of its dek, "
                  "three times or more, each near the next; their dates, rubrics and the feed's quick posts between "
                  "them): the site's, none of the article", True),
    TEASER_FOOT: (False, "the page's short lines under its list of teasers to its end, no prose among them (its "
                  "calls to comment, its links)", True),
    SITE_NAME: (True, "a short line above the headline that the top of the page gives twice: the site's name "
                "(or its menu's label), never the title", False),
    SKIP_LINKS: (True, "a run of short lines at the very top of the page, each the label of a region of it "
                 "(“Skip to content”, “Navigation”, “Search”, in any language): the page's skip links, above its "
                 "masthead, never its title or its author", True),
    BROWSER_SITE: (True, "the site's name after the dash in the page's title as a browser gives it (“NAME - "
                   "SITE”, above the link to skip to its content): the site's, no part of the title", False),
    TAB_BAR: (True, "short lines at the top of the page, each a link's label, one of them the site's (“Comments "
              "(0)”): the page's tabs, never its title", True),
    COMMENT_COUNT: (True, "the count of the readers' comments at the end of the byline (“By NAME24 comments”), "
                    "the site's, no part of the name", True),
    HEADLINE_SITE_LINES: (False, "short lines above the headline and its byline, none a sentence, among them a date "
                          "line or a menu (the site's name, its section, its menus): set aside as the site's, each "
                          "line kept and listed, never the title", False),
    SHARE_CHROME: (False, "short lines between a headline's byline with its date and the article's first "
                   "paragraph of prose, none of them prose or dated (the site's reactions, its tags, its alerts, "
                   "its buttons to share): set aside, each kept and listed", False),
    WIKI_TOP_LINES: (False, "the lines at the very top of a wiki's page above its title and the wiki's tagline "
                     "under it (“From NAME, the free encyclopedia”): the site's toggles and notices, set aside, each "
                     "line kept and listed, never the title", True),
    SITE_LINES: (False, "short lines above the title and its date or byline, none a sentence (the site's name, "
                 "its tagline, its menu): set aside as the site's, each line kept and listed", False),
    FOOT_MENU: (True, "a short line of the page's menus below the article's end (after a wiki's “Retrieved "
                "from …”, its categories or the page's “last edited” stamp, every line to the end a menu's "
                "item or the page's furniture): the site's navigation, never a heading", True),
    INFOBOX: (True, "a line of a wiki's infobox beside the article (a run of lines before its first sentence, "
              "its fields “Born …”, “Died …” and their values), kept out of the running text", True),
    CONTENTS_MENU: (False, "the site's menu above a chapter's heading (“Chapter N - TITLE”): short lines, no "
                    "sentence, the book's contents or the site's links, never the title", True),
    RESIDUE: (False, "the end of a wiki's image caption (an image's file name or option and the closing “]]”) "
              "that the copy kept without its opening", True),
}


def _lines(count: int, more: bool = False) -> str:
    """*count* lines said in words: "no line", "1 line", "12 lines" ("12 lines or more" if *more*)."""
    return "no line" if not count else f"{count} line{'s' if count > 1 else ''}{' or more' if more else ''}"


def _layout_decision(kind: str, witness: Witness) -> Decision:
    """The layout's decision: how it was judged (:func:`layout_evidence`), and whether it was a close call."""
    text_lines = [line for line in witness.lines if not line.blank]
    continued = sum(1 for a, b in zip(witness.lines, witness.lines[1:], strict=False) if not a.blank and not b.blank)
    share = round(100 * continued / max(len(text_lines), 1))
    how = (
        f"hard-wrapped lines: {share} % of the lines continue the line before (text extracted from a PDF)"
        if kind == "pdf" else
        f"one line per paragraph: {share} % of the lines continue the line before (a web page copied as text)"
    )
    unwrapped = kind == "web" and share > 50  # most lines continue, but few or none in mid-sentence
    evidence = layout_evidence(witness.lines, witness.page_starts)
    if kind == "pdf" and evidence.pages.paged:
        # its lines alone did not say so: its pages did, a sure call
        return Decision("layout", kind, (
            f"pages of a PDF: {evidence.pages.pages} page{'s' if evidence.pages.pages > 1 else ''} between form "
            f"feeds, {evidence.pages.edged} with a page number or a running head or foot at an edge, though "
            f"{_lines(evidence.broken, evidence.more)} in mid-sentence ({share} % of the lines continue the line "
            "before: columns, charts or tables)"), 0, True)
    if share <= 50:
        evidence = LayoutEvidence(kind)
    if unwrapped and not evidence.broken:
        how = (f"one line per paragraph, without blank lines between them: {share} % of the lines continue "
               "the line before, none in mid-sentence (a web page copied as text, or a PDF extracted a "
               "paragraph a line)")
    elif unwrapped:
        how = (f"one line per paragraph, without blank lines between them: {share} % of the lines continue "
               f"the line before, {evidence.whole} of them whole paragraphs hundreds of characters long, "
               f"{_lines(evidence.broken)} in mid-sentence (a web page copied as text)")
    elif evidence.whole:
        how += (f"; {_lines(evidence.broken, evidence.more)} in mid-sentence against {_lines(evidence.whole)} "
                "hundreds of characters long that end a sentence (a paragraph a line)")
    # near the line between the layouts (half the lines continuing), the call is a close one,
    # unless no line stops in mid-sentence (then nothing was hard-wrapped); so it is when lines broken in
    # mid-sentence and lines of whole paragraphs are both found, the fewer not much fewer (mixed evidence)
    close = len(text_lines) >= 4 and ((abs(share - 50) <= LAYOUT_MARGIN and not unwrapped) or evidence.mixed)
    return Decision("layout", kind, how + ("; a close call" if close else ""), 0, not close)


def _paper_decision(segments: list[Segment], i: int) -> Decision | None:
    """The decision on segment *i* of a paper's head (:func:`_type_rubric_above_title`), or None: its label of
    the document's type over its title and authors, a rubric; its line of authors with their numbers."""
    seg = segments[i]
    if seg.role != "header":
        return None
    if (seg.detail == "rubric" and i + 2 < len(segments) and segments[i + 1].detail == "title"
            and segments[i + 2].detail == "author" and marked_authors(segments[i + 2].block.text)):
        return Decision("rubric", seg.block.text.strip(), "a label of the document's type in capitals above its "
                        "title and its authors with their affiliations' numbers (“RESEARCH ARTICLE”): a rubric, "
                        "never the title", seg.block.lineno)
    if seg.detail == "author" and (read := marked_authors(seg.block.text)):
        return Decision("author", read, "the paper's line of its authors under its title, each name with its "
                        "affiliation's number (the numbers set aside)", seg.block.lineno)
    return None


def _archive_author(seg: Segment) -> Decision | None:
    """The author an archive's header line names, or None: its line of the author and the year above the title
    ("NAME YEAR"), or the title's line that opens with the author's name and a colon ("NAME: TITLE")."""
    if seg.role == "header" and seg.detail == AUTHOR_TITLE:
        return Decision("author", seg.block.text.split(":", 1)[0].strip(), "the name before the colon of the "
                        "title's line (“NAME: TITLE”), under the archive's key of the same name and title with its "
                        "date in figures", seg.block.lineno)
    if seg.role == "header" and seg.detail == AUTHOR_YEAR and (read := author_year(seg.block)):
        return Decision("author", read[0], "the archive's line of the author and the year above the title "
                        "(“NAME YEAR”)", seg.block.lineno)
    return None


def decisions_of(segments: list[Segment], kind: str, witness: Witness) -> list[Decision]:
    """The layout's decisions an editor should know of: the layout, and each one it was unsure of."""
    out = [_layout_decision(kind, witness)]
    for i, seg in enumerate(segments):
        lineno = seg.block.lineno
        if (seg.role == "header" and seg.detail == "rubric" and i + 1 < len(segments)
                and segments[i + 1].detail == "title" and _letter_title(segments[i + 1].block)):
            out.append(Decision("rubric", seg.block.text.strip(), "the line above the letter's heading (“NAME to "
                                "NAME”): the collection's series line, a rubric, never the title", lineno))
        elif (paper := _paper_decision(segments, i)) is not None:
            out.append(paper)
        elif seg.role == "header" and seg.detail == "rubric":
            out.append(Decision("rubric", seg.block.text.strip(), "a short line above the title (under the date, "
                                "or above the title and its byline or date), taken for a rubric (the series or "
                                "the section)", lineno, False))
        if seg.role == "furniture" and seg.detail in FURNITURE_DECISIONS:
            strip, why, sure = FURNITURE_DECISIONS[seg.detail]
            out.append(Decision("furniture", seg.block.text.strip() if strip else seg.block.text, why, lineno, sure))
        elif (seg.role == "paragraph" and kind == "web" and len(seg.block.lines) == 1
              and names_picture(seg.block.text, dated=False)):
            out.append(Decision("caption", seg.block.text.strip(), "a short line that names a picture (its "
                                "noun, or a place after a comma), kept in the text as a paragraph, never a "
                                "heading: the caption of an image the copy lacks?", lineno, False))
        elif seg.role == "header" and seg.detail == "author" and not marked_authors(seg.block.text):
            out.append(Decision("author", side_by_side(seg.block.text), "a name alone on the line above "
                                "the title or the record, as archives print the author", lineno, False))
        elif (archived := _archive_author(seg)) is not None:
            out.append(archived)
        elif (
            seg.role == "heading" and kind == "pdf" and not is_caps(seg.block.text)
            and not seg.block.blank_before and not seg.block.blank_after and not wiki_heading(seg.block)
        ):  # found inside a run of lines (:func:`pdf_heading_line`), not set off by blank lines
            out.append(Decision("heading", seg.block.text.strip(), "a short title-case line standing "
                                "alone between sentences", lineno, False))
    names = [seg.block for seg in segments if seg.role == "header" and seg.detail == "name"]
    if len(names) == 1 and side_by_side(names[0].text) == names[0].text.strip():
        out.append(Decision("author", HONORIFIC_RE.sub("", _person_of(names[0].text)), "a name alone on the line "
                            "under the title", names[0].lineno, False))
    elif names:
        # a name's note sign ("Maïeul Rouquette‡") is the note's, no part of the name
        # a list of names going on over lines ("Ann Lee∗, Bo Kim† ," / "Cy Doe"): its signs and commas, once
        out.append(Decision("author", ", ".join(_bare_names(b.text) for b in names),
                            "names alone on their "
                            "lines under the title (an article's authors)", names[0].lineno, False))
    return out


#: a title of address before a name, no part of the author's name as the edition records it ("Dr. Bernhard
#: Pfaff" → "Bernhard Pfaff"); the witness keeps it
HONORIFIC_RE = re.compile(r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mme|Rev|Sir)\.?\s+)+(?=[A-Z])")

#: roles whose text is the author's
BODY_ROLES = frozenset({"paragraph", "quote", "list", "definition", "heading", "note", "note-continued"})
