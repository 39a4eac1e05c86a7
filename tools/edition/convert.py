"""The conversion pipeline: witness → segments → edited text with apparatus."""

from __future__ import annotations

import bisect
import functools
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, replace
from itertools import islice
from pathlib import Path

from .data.apparatus import EditorialData
from .errors import EditionError
from .model import (
    Block,
    Citation,
    Decision,
    Edition,
    EditorNote,
    EditorNoteRef,
    Entry,
    Furniture,
    HeaderField,
    Note,
    NoteRef,
    Piece,
    Text,
)
from .witness.columns import ColumnPage, ColumnReading, gutter_reading
from .witness.dating import VERSION_LINE_RE, date_phrase, field_date, opening_date
from .witness.emphasis import emphasis_forms
from .witness.emphasis import how as emphasis_how
from .witness.figures import BESIDE, CAPTIONS
from .witness.figures import CAPTION as FIGURE_CAPTION
from .witness.furniture import (
    REPEATED_AT_LEAST,
    byline,
    clock_line,
    date_at_end,
    is_date_line,
    meta_line,
    modified_stamp,
    news_dateline,
    post_byline,
    posted_line,
    skip_link_line,
    spaced_date,
    web_line_kind,
)
from .witness.inline import (
    CAPTION_WORD_BROKEN,
    CAPTION_WORD_REJOINED,
    WORD_BROKEN,
    WORD_REJOINED,
    Edit,
    InlineContext,
    RejoinedMarker,
    apply,
    edits_for,
    heading_edit,
    runs_words_together,
    translator_note,
)
from .witness.labels import (
    APPENDIX_REF_HOW,
    BACKLINK_END_HOW,
    BACKLINK_END_RE,
    BARE,
    BRACKET,
    GLUED,
    SYMBOL,
    BodyLabel,
    appendix_references,
    body_label,
    glued,
    in_sequence,
    index_bracket,
    label_text,
    marker_label,
    marker_matches,
    markers,
    name_numbers,
    normalise,
    sort_key,
)
from .witness.layout import (
    AUTHOR_TITLE,
    AUTHOR_YEAR,
    AUTHORS_PART,
    BARE_FIELD_RE,
    BODY_SITE_LINES,
    BROKEN_OFF_HOW,
    BROWSER_SITE,
    CAPS_BYLINE_RE,
    COMMENT_HEAD,
    CONTENTS_MENU,
    DEFINITION_RE,
    FIELD_RE,
    FIRST_SCREEN_LINES,
    FOOT_NOTE_KIND,
    FRAGMENT_RE,
    HEADLINE_SITE_LINES,
    INDEX_KEY,
    JOURNAL_MASTHEAD,
    LANGUAGE_COUNT_RE,
    LINK_LIST,
    LIST_ITEM_RE,
    MENU_NOTICE,
    PAGE_FURNITURE,
    REJOINED_PART_RE,
    RULE_FIELD_RE,
    SITE_MASTHEAD,
    SITE_NAME,
    SKIP_LINKS,
    STANDFIRST_AUTHOR_RE,
    STANDFIRST_LEAD_RE,
    TOP_ZONE,
    TRUNCATED,
    Layout,
    author_year_of,
    ends_sentence,
    from_source_author,
    head_key,
    item_number,
    lone_small_word,
    segment,
    side_by_side,
)
from .witness.lead import field_line, file_name_line, lead_title, rival_headline
from .witness.letters import closing_lines, dateline, letter_heading, signature_initials
from .witness.lexicon import TextVocabulary, technical, zipf
from .witness.margins import MARGIN_NUMBER
from .witness.pageforms import recurring_at_edges
from .witness.reading import INVISIBLE_RE, Line, Witness, picture
from .witness.references import key_label
from .witness.tables import read_grid, read_tabs, tab_cells
from .witness.wiki import (
    CARET,
    DUMP_MARKS,
    EDIT_LINK,
    LINK_BACK_PHRASE,
    LINK_BACK_WORDS,
    RESIDUE,
    dump_heading,
    edit_prefix,
    edit_suffix,
    glued_edit_link,
    residue_end,
    wiki_line_kind,
)

#: the first paragraphs searched for a catalogue record's "Title: …" line when the top has no title
CATALOGUE_SEARCH = 8
CATALOGUE_TITLE_RE = re.compile(r"^Title:\s+(\S.{0,200})$")
#: segments searched for the furniture above the title
TOP_FURNITURE_SEARCH = TOP_ZONE
#: the segments after the header searched for a byline left in the body (:meth:`_Converter.body_byline`)
BODY_BYLINE_SEARCH = 12
#: the fewest words of a paragraph of prose, where the body's text has begun
BODY_PROSE_WORDS = 8
#: a sentence ending inside a paragraph, another beginning
SENTENCE_INSIDE_RE = re.compile(r"[^\W\d_]{2,}[.!?][\"”’')\]]*\s+[\"“‘(]?[A-Z]")
#: a date line in brackets: "(1910)", "(March 1921)"
BRACKETED_DATE_RE = re.compile(r"^\(\s*([^()]+?)\s*\)$")
#: a year in a date
YEAR_RE = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

HEADER_LABELS = {
    "subtitle": "Part",
    "chapter": "Chapter",
    "byline": "Byline",
    "date": "Date",
    "standfirst": "Standfirst",
    "author": "Author",
    "author-year": "Author",
    "name": "Byline",
    "subheading": "Subtitle",
    "rubric": "Rubric",
    "posted": "Posted",
    "source": "Source",
    "e-mail": "E-mail",
    "report": "Report",
    "number": "Number",
}


#: the parts of a running head, between slashes or bars ("Federal Register / Vol. 85 / Proposed Rules"), a page's
#: number beside it (set apart by a run of spaces) a part too
HEAD_PARTS_RE = re.compile(r"\s+[/|]\s+|\s{3,}")
#: the most words of a title read as one part of a running head, and the fewest lines that print it so
HEAD_PART_MAX_WORDS = 5
HEAD_PART_MIN = 2


#: the names of an archive's header fields whose label is not their name ("Public Domain: …" is the rights)
FIELD_NAMES = (
    (re.compile(r"^(public domain|copyleft)$"), "rights"),
    (re.compile(r"^first (published|printed)$"), "first-published"),
    (re.compile(r"^transcri"), "transcription"),
    (re.compile(r"^(html )?markup$"), "markup"),
    (re.compile(r"^proof"), "proofread"),
    (re.compile(r"^online version$"), "online-version"),
    (re.compile(r"^original source$"), "source"),
    (re.compile(r"^translation$"), "translated"),
    (re.compile(r"^authors$|^authors?\s?\(s\)$"), "author"),
    (re.compile(r"^(release|posting) date$"), "release-date"),
)


def field_name(label: str) -> str:
    """The name of a header field, from the witness's label for it ("Public Domain" → ``rights``)."""
    label = label.lower()
    return next((name for pattern, name in FIELD_NAMES if pattern.search(label)), label)


#: header fields that date the text when it has no Date: line, in order of preference
DATING_FIELDS = ("written", "dictated", "delivered", "first-published")
#: header fields that date the copy (the e-book's release, the library's posting): the last resort
COPY_DATING_FIELDS = ("release-date", "published", "last updated")
#: the lines of a text's opening searched for a title page's imprint (below an e-book's licence header)
TITLE_PAGE_LINES = 150
#: a title page's imprint that dates the text: "First published November 1920", "Written in 1921"
PRINTED_LINE_RE = re.compile(
    r"^(First published|Originally published|First printed|Written)(?: in)?\s+"
    r"((?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December),?\s+)?(?:1[5-9]|20)\d\d)\.?$"
)
#: the verb that opens a date line of a news site or a blog: "Updated 13 March 2019", "Published: …"
STAMP_VERB_RE = re.compile(r"^(Posted|Published|Updated|Written)\b", re.IGNORECASE)
#: a line that is "by NAME", perhaps with a translator after a comma: "by Karl Kautsky, translated by …"
SCREEN_BYLINE_RE = re.compile(
    r"^(?:(?:Written|Reported|Words|Text|Story|Article)\s+)?(?:by|By|BY)\s+((?:[A-Z][\w.’'-]*)(?:\s+(?:and\s+|&\s+)?[A-Z][\w.’'-]*){0,5})"
    r"(?:,\s*(?:translated|edited|with)\b.*)?$"
)


def _anchor_order(anchor: tuple[int, str, str | Citation]) -> tuple[int, str, str]:
    """Anchors at one offset: citations before editor's notes; citations by key, then pages."""
    offset, kind, value = anchor
    if isinstance(value, Citation):
        # the order of the "key|pages" strings this once sorted by, kept so that the output is unchanged
        value = f"{value.key}|{value.pages}" if value.pages else value.key
    return offset, kind, value


def slugify(value: str) -> str:
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[\s_-]+", "-", value).strip("-")[:60] or "text"


def letter_label(index: int) -> str:
    """a, b, … z, aa, ab, … for the editor's notes."""
    letters = string.ascii_lowercase
    label = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        label = letters[rem] + label
    return label


#: why a grid table is a table (:meth:`_Converter.table_block`), and why one is printed as the witness sets it
TABLE_HOW = ("lines drawn as a grid (borders of “+” and “-”, “=” under the header, the rows between “|” at the "
             "columns of the borders) are a table: printed as rows and cells, a cell's lines joined by a space, "
             "the header row above the line of “=”, the borders not printed")
#: how a title beside a language switcher's button was found (:meth:`_Converter.beside_language_button`)
LANGUAGE_BUTTON_HOW = ("the line beside the button of the page's language switcher (its count of languages, "
                       "“53 languages”), where a wiki's skin sets the page's title, amid the menus set aside")
TAB_TABLE_HOW = ("lines one after the other, each of as many cells apart by tabs (a table's rows as a browser's "
                 "copy sets them), are a table: printed as rows and cells, the first row its header where its cells "
                 "are short names of columns (no number, no sentence)")
TABLE_LITERAL_HOW = ("lines drawn as a grid whose rows do not keep to its columns (a cell across two, or a header "
                     "of two rows) are a table the edition cannot write as rows and cells: printed as the witness "
                     "sets them")


class _Converter:
    def __init__(self, witness: Witness, record: dict, editorial: EditorialData, asides: frozenset[int] = frozenset()):
        self.witness = witness
        self.record = record
        self.editorial = editorial
        self.layout: Layout = segment(witness)
        if asides:  # a margin's caption or quotation read apart (*asides*, its lines) is a paragraph, no heading
            self.layout = self.layout._replace(segments=[
                s._replace(role="paragraph", detail="")
                if s.role == "heading" and all(x.lineno in asides for x in s.block.lines) else s
                for s in self.layout.segments])
        self.line_starts = [line.start for line in witness.lines]
        self.paragraph = 0
        self.blocks: list[Block] = []
        self.header: list[HeaderField] = []
        self.notes: list[Note] = []
        self.ednotes: list[EditorNote] = []
        #: the witness offsets at which the editors' notes (``[[annotation]]``) have found their place
        self.annotations_placed: set[int] = set()
        #: the witness offsets at which the editors' citations (``[[citation]]``) have found their place
        self.citations_placed: set[int] = set()
        self.entries: list[Entry] = []
        self.furniture: list[Furniture] = []
        self.markers: list[str] = []
        #: how forms of the witness were read as structures while converting (a table), for the apparatus
        self.decided: list[Decision] = []
        #: the lines of the arrows back ("↩") set aside at the ends of notes
        self.backlinks: list[int] = []
        #: witness spans of the note bodies: (start, end, label)
        self.note_spans: list[tuple[int, int, str]] = []
        # zero-width insertions after a witness offset: editor's notes and citations
        self.anchors: list[tuple[int, str, str | Citation]] = sorted(
            [(a.offset, "ednote", a.text) for a in editorial.annotations]
            + [(c.end, "cite", Citation(c.key, c.pages)) for c in editorial.citations],
            key=_anchor_order,
        )

    def lineno_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    # -- context ---------------------------------------------------------------

    def context(self) -> InlineContext:
        body_roles = {"paragraph", "quote", "list", "definition", "heading", "table"}
        marked: set[str] = set()
        bodies = {seg.detail for seg in self.layout.segments if seg.role == "note"} | set(self.layout.foot_notes)
        names = name_numbers(self.witness.text, bodies) if self.layout.kind == "pdf" else frozenset()
        appendix: list[tuple[int, str]] = []
        for seg in self.layout.segments:
            if seg.role in body_roles:
                raw = self.witness.text[seg.block.start:seg.block.end]
                appendix += [(seg.block.start + at, ref) for at, ref in appendix_references(raw)]
                for form in self.layout.note_forms:
                    for m in marker_matches(raw, form):  # a name's number ("SemEval15") no marker
                        label = marker_label(m.group(1))
                        if (form is not BRACKET or label not in self.layout.cited) \
                                and seg.block.start + m.start(1) not in names:
                            marked.add(label)
        # "µs[0]", "x[1]": an index no note's body confirms, no marker (:func:`index_bracket`)
        indexes: set[str] = set()
        for seg in self.layout.segments:
            if seg.role in body_roles and BRACKET in self.layout.note_forms:
                raw = self.witness.text[seg.block.start:seg.block.end]
                indexes.update(m.group(1) for m in BRACKET.marker.finditer(raw)
                               if index_bracket(raw, m.start(1) - 1, m.group(1)))
        marked -= indexes - bodies
        numbers = {int(label) for label in marked | bodies if label.isdigit()}
        # a glued digit can stand for a note whose marker is missing
        gaps = {str(n) for n in range(1, max(numbers, default=0) + 1)}
        glued = frozenset((gaps | bodies) - marked)
        vocabulary = TextVocabulary(self.witness.text)
        in_technical = technical(self.witness.text)
        emphasis = emphasis_forms(self.witness.text)
        self.decided += [Decision("emphasis", form.name, emphasis_how(form, pairs, strays, example))
                         for form, pairs, strays, example in emphasis]
        controls = tuple(c for c in self.witness.controls if not INVISIBLE_RE.match(chr(c[1])))
        invisible = tuple(c for c in self.witness.controls if INVISIBLE_RE.match(chr(c[1])))
        if controls:
            self.decided.append(controls_decision(controls, self.witness.c1_bullets))
        if invisible:
            self.decided.append(invisible_decision(invisible))
        if self.witness.joiners:
            self.decided.append(joiners_decision(self.witness.joiners))
        if appendix:
            lines = list(dict.fromkeys(self.lineno_of(at) for at, _ in appendix))
            where = ", ".join(map(str, lines[:10])) + (" …" if len(lines) > 10 else "")
            self.decided.append(Decision("appendix references", f"{len(appendix)} (the first {appendix[0][1]}), "
                                         f"line{'s' if len(lines) > 1 else ''} {where}", APPENDIX_REF_HOW,
                                         lines[0], False))
        return InlineContext(
            self.witness.text,
            vocabulary,
            glued,
            self.editorial.emendations,
            self.layout.kind == "pdf",
            self.layout.note_forms,
            frozenset(bodies),
            tuple(self.inner_furniture_spans()),
            self.layout.kind == "web",
            self.layout.kind == "pdf" and runs_words_together(self.witness.text, vocabulary, in_technical),
            self.layout.cited,
            tuple(form for form, *_ in emphasis),
            in_technical,
            self.page_evidence(),
            self.layout.sign_markers,
            frozenset(label for label, linenos in self.layout.foot_notes.items()
                      if len(linenos) > 1 or self.witness.lines[linenos[0] - 1].text.strip() != label),
            tuple(self.rejoined_markers()),
            names,
        )

    def rejoined_markers(self) -> Iterator[RejoinedMarker]:
        """The references of the notes at a column's foot that broke a word, their numbers glued to its first
        part and no other marker calling them: each after the rejoined word (:attr:`FusedNote.called_at_word`)."""
        for note in self.layout.fused_notes:
            line = self.witness.lines[note.joins - 1] if note.joins else None
            if line is not None and note.called_at_word and (part := REJOINED_PART_RE.match(line.text)):
                yield RejoinedMarker(line.start + part.start(1), note.label)

    def page_evidence(self) -> tuple[int, ...]:
        """The witness offsets where a page is shown to break (:attr:`InlineContext.page_evidence`): each
        page's start after a form feed, and the ends of the page's furniture set aside inside the text."""
        found = {self.witness.lines[n - 1].start for n in self.witness.page_starts if n <= len(self.witness.lines)}
        for start, end, what in self._line_spans():
            if what in PAGE_FURNITURE or what.startswith(FOOT_NOTE_KIND):
                found |= {start, end}
        return tuple(sorted(found))

    def inner_furniture_spans(self):
        """The witness spans of the furniture lines inside blocks of text, with their kind.

        A span runs from the line's start to the next text, so that the words
        on either side are joined by the line break before it, and stops at
        the start of the next line of furniture (an indented line, as an
        extraction keeping the layout sets a note's first line). The lines of
        a figure's caption are one span (one entry in the apparatus).
        """
        merged: list[tuple[int, int, str]] = []
        for span in self._line_spans():
            if merged and span[2] in CAPTIONS and span[2] == merged[-1][2] and merged[-1][1] == span[0]:
                merged[-1] = (merged[-1][0], span[1], span[2])
            else:
                merged.append(span)
        yield from merged
        for note in self.layout.fused_notes:  # a note fused into a line of the running text: its label and text
            line = self.witness.lines[note.lineno - 1]
            # the space before it too: the running text's words on either side are joined by the line break
            at = len(line.text[:note.label_at].rstrip())
            # a word the notes broke (:attr:`FusedNote.joins`): the line's end goes with them, its second part
            # rejoined to the first, recorded as a line's join
            part = REJOINED_PART_RE.match(self.witness.lines[note.joins - 1].text) if note.joins else None
            first = FRAGMENT_RE.search(line.text[:at]) if part is not None else None
            if first is not None:
                yield line.start + first.start(1), line.start + first.end(1), WORD_BROKEN
            yield line.start + at, line.end + (part is not None), f"{FOOT_NOTE_KIND}{note.label} at the page's foot"
            if part is not None:
                below = self.witness.lines[note.joins - 1].start
                yield below + part.start(1), below + part.end(1), WORD_REJOINED
        for c in self.layout.inline_captions:  # an engraving's caption on a line of the prose: after the paragraph
            line = self.witness.lines[c.lineno - 1]
            if c.joins:  # glued to a word's first part at the line's end: the word rejoined on the next line
                below = self.witness.lines[c.joins - 1]
                part = REJOINED_PART_RE.match(below.text)
                if part is None:
                    continue
                # the word's first part and the caption glued to it, one span (the witness's token whole in the
                # apparatus), the line's end with them
                yield line.start + c.fragment_start, line.end + 1, CAPTION_WORD_BROKEN
                yield below.start + part.start(1), below.start + part.end(1), CAPTION_WORD_REJOINED
            else:
                yield line.start + c.start, line.start + c.end, FIGURE_CAPTION
        for number in self.layout.margin_numbers:  # a proof's line number at a line's edge: its spaces too
            line = self.witness.lines[number.lineno - 1]
            yield line.start + number.start, line.start + number.end, MARGIN_NUMBER
        for seg in self.layout.segments:  # a caption's residue glued before a paragraph's first words
            block = seg.block
            if seg.role in ("paragraph", "quote") and (n := residue_end(self.witness.text[block.start:block.end])):
                yield block.start, block.start + n, RESIDUE

    def _line_spans(self):
        """The spans of the furniture lines inside blocks of text, one a line (:meth:`inner_furniture_spans`)."""
        text_ = self.witness.text
        starts = {self.witness.lines[n - 1].start for n in self.layout.inner_furniture}
        for lineno, what in sorted(self.layout.inner_furniture.items()):
            line = self.witness.lines[lineno - 1]
            end = line.end
            while end < len(text_) and text_[end].isspace() and end not in starts:
                end += 1
            yield line.start, end, what

    def beside_spans(self, block) -> tuple[tuple[int, int, str], ...]:
        """The spans of the prose's lines between a caption's lines, where a box beside the prose held the caption
        (:func:`edition.witness.figures.side_box_lines`): printed in the paragraph the caption was set aside
        from, left out of the caption's (:data:`edition.witness.figures.BESIDE`), a word the prose's lines broke
        rejoined across them."""
        text_, own = self.witness.text, {x.lineno for x in block.lines}
        spans = []
        for lineno in range(block.lines[0].lineno + 1, block.lines[-1].lineno):
            if lineno not in own:
                line = self.witness.lines[lineno - 1]
                end = line.end
                while end < len(text_) and text_[end].isspace():
                    end += 1
                spans.append((line.start, end, BESIDE))
        # a caption's lines set on lines of the prose (:func:`edition.witness.figures.inline_captions`): the prose
        # after a caption's part of its line, or before it, the paragraph's
        for x in block.lines[:-1]:
            line = self.witness.lines[x.lineno - 1]
            if x.end < line.end and text_[x.end:line.end].strip():
                spans.append((x.end, line.end, BESIDE))
        for x in block.lines[1:]:
            line = self.witness.lines[x.lineno - 1]
            if line.start < x.start and text_[line.start:x.start].strip():
                spans.append((line.start, x.start, BESIDE))
        return tuple(sorted(spans))

    # -- pieces ----------------------------------------------------------------

    def pieces(self, start: int, end: int, ctx: InlineContext, *, markers: bool = True,
               extra: list[Edit] | None = None) -> list[Piece]:
        raw = self.witness.text[start:end]
        edits = extra if extra is not None else edits_for(raw, start, ctx, markers=markers)
        for offset, _kind, value in self.anchors:
            if not (start < offset <= end):
                continue
            # an anchor inside an emended span (a separated or rejoined word)
            # goes after the span, never lost
            rel = offset - start
            rel = max([e.end for e in edits if e.start < rel < e.end], default=rel)
            if isinstance(value, str):  # an editor's note (kind "ednote"); else a citation
                label = letter_label(len(self.ednotes))
                self.ednotes.append(EditorNote(label, value, self.paragraph))
                self.annotations_placed.add(offset)
                piece: Piece = EditorNoteRef(label)
            else:
                piece = value
                self.citations_placed.add(offset)
            edits.append(Edit(rel, rel, [piece]))
        edits.sort(key=lambda e: (e.start, e.end))
        pieces, entries = apply(raw, start, edits, self.lineno_of, self.paragraph)
        # the prose's lines between a side box's caption lines: printed, recorded, in their own paragraph
        entries = [e for e in entries if e.kind != "furniture" or e.note != BESIDE]
        for i, e in enumerate(entries):
            if e.kind == "furniture" and e.note in CAPTIONS:  # printed after the paragraph (layout)
                entries[i] = replace(e, kind="moved", note=CAPTIONS[e.note])
            elif e.kind == "furniture":  # a running head inside a paragraph, set aside there
                self.furniture.append(Furniture(e.note, e.reading.rstrip(), e.start, e.end, e.lineno, e.paragraph))
                entries[i] = replace(e, note=f"{e.note} set aside from the running text")
        self.entries += [replace(e, in_note=self.note_at(e.start)) for e in entries]
        self.markers += [p.label for p in pieces if isinstance(p, NoteRef)]
        return pieces

    def verify_editorial(self) -> None:
        """Every emendation of the editors' data applied and every editor's note placed in running
        text, or the conversion fails: nothing of the editors' data is ever dropped in silence.

        :raises EditionError: naming the passage of the witness that could not be edited
        """
        text_ = self.witness.text
        applied = {(e.start, e.end) for e in self.entries if e.kind == "emendation"}
        forms = [form for form in self.layout.note_forms if not glued(form)]  # a bare digit is also a number
        for em in self.editorial.emendations:
            if (em.start, em.end) not in applied or any(markers(text_[em.start:em.end], f) for f in forms):
                raise EditionError(f"the emendation of {text_[em.start:em.end]!r} (witness line "
                                   f"{self.lineno_of(em.start)}) cannot be made: its reading must lie inside one "
                                   "paragraph, heading or note, cover no note marker and overlap no other edit of "
                                   "the text", line=em.line)
        for block in self.blocks:
            if block.kind == "heading" and any(isinstance(p, EditorNoteRef) for p in block.pieces):
                line = next((a.line for a in self.editorial.annotations if block.start < a.offset <= block.end),
                            None)
                raise EditionError(f"an editor's note follows a passage of the heading on witness line "
                                   f"{block.lineno}, and would be printed inside it: anchor it in the paragraph "
                                   "after", line=line)
        unlinked = [c for c in self.editorial.citations if c.end not in self.citations_placed]
        if unlinked:
            raise EditionError(f"the citation of {text_[unlinked[0].start:unlinked[0].end]!r} (witness line "
                               f"{self.lineno_of(unlinked[0].start)}) has no place in the running text or the "
                               "header's fields: cite a passage of a paragraph or a note", line=unlinked[0].line)
        lost = [a for a in self.editorial.annotations if a.offset not in self.annotations_placed]
        if lost:
            raise EditionError(f"the editor's note after witness line {self.lineno_of(lost[0].offset)} has no place "
                               "in the running text (its passage is in no paragraph or note: a header, a byline, "
                               "furniture set aside?)", line=lost[0].line)

    def editor_note(self, note_text: str, pieces: list[Piece]) -> None:
        label = letter_label(len(self.ednotes))
        self.ednotes.append(EditorNote(label, note_text, self.paragraph))
        pieces.append(EditorNoteRef(label))

    # -- segments ---------------------------------------------------------------

    def header_fields(self, seg) -> None:
        if seg.detail in ("fields", "record"):
            for line in seg.block.lines:
                # an archive's field with no colon after its label ("Written 27 August 1890"): the record's
                m = FIELD_RE.match(line.text) if seg.detail == "fields" else BARE_FIELD_RE.match(line.text.strip())
                cites = [value for offset, kind, value in self.anchors
                         if isinstance(value, Citation) and line.start < offset <= line.end]
                self.citations_placed.update(offset for offset, _kind, value in self.anchors
                                             if isinstance(value, Citation) and line.start < offset <= line.end)
                if m is None:
                    # the value of the field above, wrapped on to this line (layout.field_lines)
                    last = self.header[-1]
                    self.header[-1] = replace(last, value=f"{last.value} {line.text.strip()}".strip(),
                                              cites=[*last.cites, *cites])
                    continue
                name = field_name(m.group(1))
                self.header.append(HeaderField(name, m.group(1), m.group(2).strip(), line.lineno, True, cites))
            return
        if seg.detail == AUTHOR_TITLE:
            # "Ann Lee: Letter to a Friend": the author before the colon, the title after it
            name, title = (part.strip() for part in seg.block.text.split(":", 1))
            self.header += [HeaderField("author", HEADER_LABELS["author"], name, seg.block.lineno),
                            HeaderField("title", "Title", title, seg.block.lineno)]
            return
        value = side_by_side(seg.block.text.strip())
        label = HEADER_LABELS.get(seg.detail, seg.detail.title())
        if seg.detail in ("date", "posted") and (verb := STAMP_VERB_RE.match(value)):
            label = verb.group(1).capitalize()  # "Updated 13 March 2019" is labelled as it says, no "Date"
        note = ""
        bodies = {s.detail for s in self.layout.segments if s.role == "note"} | set(self.layout.foot_notes)
        for form in self.layout.note_forms:
            if glued(form) and seg.detail in AUTHORS_PART:
                continue  # "Ryo Nagata3", "1 Konan University": the numbers of the authors' institutions
            found = [m for m in form.marker.finditer(value) if m.end() == len(value)]
            if found and normalise(found[-1].group(1)) in bodies:
                # a note on the byline or the title ("J.E. King*"): its marker, kept as a marker
                note = normalise(found[-1].group(1))
                value = value[:found[-1].start()]
                self.markers.append(note)
                break
        self.header.append(HeaderField(seg.detail, label, value, seg.block.lineno, note=note))

    def foot_notes(self, ctx: InlineContext) -> None:
        """The notes a PDF extraction left at its pages' feet: out of the running text, printed as notes."""
        if not self.layout.foot_notes:
            return
        # the note's own lines are furniture of the running text, not of the note
        own = ctx._replace(inner_furniture=tuple(
            span for span in ctx.inner_furniture if not span[2].endswith("at the page's foot")))
        owner = {n: label for label, linenos in self.layout.foot_notes.items() for n in linenos}
        for label, linenos in self.layout.foot_notes.items():
            # a note's label on a line of its own ("1", "∗"), or on its first line ("∗This work …", "1 The …")
            lines = [self.witness.lines[n - 1] for n in linenos]
            if lines and lines[0].text.strip() == label_text(lines[0].text):
                lines = lines[1:]
            if not lines:
                continue
            found = body_label(lines[0].text, (SYMBOL,) if not label.isdigit() else (BARE, GLUED)) \
                if lines[0].lineno == linenos[0] else None
            if label in self.layout.foot_text_from and lines[0].lineno == linenos[0]:
                # a sign restarting on each page, as printed or as an OCR disguised it ("t Register …")
                found = BodyLabel(SYMBOL, label, self.layout.foot_text_from[label])
            fused = next((n for n in self.layout.fused_notes if n.label == label), None)
            if fused is not None:
                # fused into a line of the running text ("… it is 1Notably, we …"): its text from its capital
                found = BodyLabel(BARE, label, fused.text_at)
            # the note's lines in runs: another note's lines between two halves of one (as an extraction
            # interleaves the halves of notes set side by side) are never this note's
            spans = [[lines[0]]]
            for line in lines[1:]:
                # (or a line of no note between them: the page's foot, the note's words set under it)
                if any(owner.get(n, label) != label or (n not in owner and not self.witness.lines[n - 1].blank)
                       for n in range(spans[-1][-1].lineno + 1, line.lineno)):
                    spans.append([line])
                else:
                    spans[-1].append(line)
            body: list[Piece] = []
            # the note's own interventions (a hyphen, a blank line) are placed in the note, not the paragraph
            self.note_spans += [(span[0].start + (found.end if found and k == 0 and fused else 0), span[-1].end,
                                 label) for k, span in enumerate(spans)]
            for k, span in enumerate(spans):
                begin = span[0].start + (found.end if found and k == 0 else 0)
                for piece in ([Text(" ")] if k else []) + self.pieces(begin, span[-1].end, own, markers=False):
                    if body and isinstance(body[-1], Text) and isinstance(piece, Text):
                        body[-1] = Text(body[-1].value + piece.value)  # one text, as a paragraph's
                    else:
                        body.append(piece)
            self.notes.append(Note(label, [body], linenos[0], "author"))

    def list_block(self, block, ctx: InlineContext) -> None:
        """A list: its items, and the style of its markers ("1.", "1)", "-"). A list's items are written as
        the witness numbers them: where the marks change their kind ("• README" above "15. …") or the numbers
        do not run on ("3.", "4.", "7."), a new list begins, with its own first number, so that no mark the
        witness prints is renumbered or lost."""
        runs: list[tuple[str, int, list, list]] = []  # (style, first number, lines, items)
        following = None  # the number the next item of the current run has
        for line in block.lines:
            m = LIST_ITEM_RE.match(line.text)
            assert m is not None, "every line of a list block is an item (layout)"
            marker = m.group(1)
            style = ")" if marker.endswith(")") else "." if marker[0].isdigit() else "-"
            number = int(marker[:-1]) if style != "-" else 0
            if not runs or runs[-1][0] != style or (style != "-" and number != following):
                runs.append((style, number or 1, [], []))
            following = number + 1
            runs[-1][2].append(line)
            runs[-1][3].append(self.pieces(line.start + m.end(1), line.end, ctx))
        for style, first, lines, items in runs:
            self.paragraph += 1
            self.blocks.append(Block("list", items, lines[0].start, lines[-1].end, lines[0].lineno,
                                     self.paragraph, style, first))

    def contents_list(self, block, ctx: InlineContext) -> None:
        """A contents list set as indented lines (layout.contents_lists): an item to a line, as printed."""
        self.paragraph += 1
        items = []
        for line in block.lines:
            start = line.start + len(line.text) - len(line.text.lstrip())
            items.append(self.pieces(start, line.end, ctx))
        self.blocks.append(Block("list", items, block.start, block.end, block.lineno, self.paragraph, "-"))

    def block_of_parts(self, seg, ctx: InlineContext) -> None:
        """A list, lines of code, or an item of a definition list."""
        if seg.role == "list" and seg.detail in ("contents", "lines"):
            self.contents_list(seg.block, ctx)
        elif seg.role == "list":
            self.list_block(seg.block, ctx)
        elif seg.role == "code":
            self.code_block(seg.block)
        elif seg.role == "table":
            self.table_block(seg.block, ctx)
        else:
            self.definition_block(seg.block, ctx)

    def definition_block(self, block, ctx: InlineContext) -> None:
        """An item of a definition list: its term (the words that open its first line) and its definition."""
        self.paragraph += 1
        m = DEFINITION_RE.match(block.lines[0].text.lstrip())
        assert m is not None, "a definition's first line opens with its term (layout.definition_starts)"
        term_start = block.lines[0].start + len(block.lines[0].text) - len(block.lines[0].text.lstrip())
        term_end = term_start + len(m.group(1))
        pieces = [self.pieces(term_start, term_end, ctx), self.pieces(term_end, block.end, ctx)]
        self.blocks.append(Block("definition", pieces, block.start, block.end, block.lineno, self.paragraph))

    def code_block(self, block) -> None:
        """Lines of a program: printed as the witness sets them, line by line, their common indentation
        and their trailing spaces aside (a change of spacing only); no word is emended in them."""
        self.paragraph += 1
        # the witness's lines, with the blank lines between the parts of one display
        lines = [line.rstrip() for line in self.witness.text[block.start:block.end].split("\n")]
        indent = min((len(t) - len(t.lstrip()) for t in lines if t.strip()), default=0)
        literal = "\n".join(t[indent:] for t in lines)
        self.blocks.append(Block("code", [Text(literal)], block.start, block.end, block.lineno, self.paragraph))

    def table_block(self, block, ctx: InlineContext) -> None:
        """A grid table (:mod:`edition.witness.tables`): its cells row by row, each cell's lines joined by a
        space; a grid whose rows do not keep to its columns printed as the witness sets it (as code is)."""
        lines = block.lines
        tabs = read_tabs([line.text for line in lines])
        grid = read_grid([line.text for line in lines]) if tabs is None else None
        if tabs is not None:
            # its cells apart by tabs, one row a line (tables.tab_tables)
            self.paragraph += 1
            row_cells = [self.pieces(line.start + a, line.start + b, ctx)
                         for line in lines for a, b in tab_cells(line.text)]
            self.blocks.append(Block("table", row_cells, block.start, block.end, block.lineno, self.paragraph,
                                     f"{len(tabs.columns)} {tabs.header}"))
            if not any(d.what == "table" for d in self.decided):
                self.decided.append(Decision("table", f"line {block.lineno}", TAB_TABLE_HOW, block.lineno))
            return
        if grid is None:
            self.code_block(block)
            self.decided.append(Decision("table", f"line {block.lineno}", TABLE_LITERAL_HOW, block.lineno))
            return
        self.paragraph += 1
        indent = len(lines[0].text) - len(lines[0].text.lstrip())
        cells: list[list[Piece]] = []
        for row in grid.rows:
            for a, b in grid.columns:
                cell: list[Piece] = []
                for n in row:
                    line = lines[n]
                    text = line.text[indent + a:indent + b]
                    lead = len(text) - len(text.lstrip())
                    if not text.strip():
                        continue
                    begin = line.start + indent + a + lead
                    part = self.pieces(begin, begin + len(text.strip()), ctx)
                    cell += [Text(" "), *part] if cell else part
                cells.append(cell)
        style = f"{len(grid.columns)} {grid.header}"
        self.blocks.append(Block("table", cells, block.start, block.end, block.lineno, self.paragraph, style))
        if not any(d.what == "table" for d in self.decided):
            self.decided.append(Decision("table", f"line {block.lineno}", TABLE_HOW, block.lineno))

    def reference_list(self, block, ctx: InlineContext) -> None:
        """A reference list the text's numbers in brackets cite: an item for each entry, its number kept
        as the witness prints it ("[4] Oren Patashnik. BibTeXing. …")."""
        self.paragraph += 1
        entries: list[list] = []
        for line in block.lines:
            if not entries or body_label(line.text, (BRACKET,)) or key_label(line.text):
                entries.append([])
            entries[-1].append(line)
        items = []
        for lines in entries:
            # a page's furniture after an entry (its number, before the next page's entries): set aside there
            own = list(lines)
            while len(own) > 1 and own[-1].lineno in self.layout.inner_furniture:
                own.pop()
            if len(own) > 1 and key_label(own[0].text) and own[0].text.strip()[1:-1] == key_label(own[0].text):
                # a key alone on its line above its entry ("[LW90]", a blank line, "John Lavagnino …"): one item
                label = self.pieces(own[0].start, own[0].end, ctx, markers=False)
                items.append([*label, Text(" "), *self.pieces(own[1].start, own[-1].end, ctx, markers=False)])
            else:
                items.append(self.pieces(own[0].start, own[-1].end, ctx, markers=False))
            for line in lines[len(own):]:
                what = self.layout.inner_furniture[line.lineno]
                self.furniture.append(Furniture(what, line.text, line.start, line.end, line.lineno, self.paragraph))
                self.entries.append(Entry("furniture", line.start, line.end, line.lineno, line.text, "",
                                          f"{what} set aside from the running text", self.paragraph))
        self.blocks.append(Block("list", items, block.start, block.end, block.lineno, self.paragraph, "-"))

    def note_block(self, seg, ctx: InlineContext) -> None:
        """A note's first paragraph, or a further paragraph of the note before it."""
        block = seg.block
        if seg.role == "note":
            found = body_label(block.lines[0].text, self.layout.note_forms)
            # a wiki's caret ("^ …") labels no number: the body's place gives it (layout.caret_notes)
            if found is None or (found.label != seg.detail and found.form is not CARET):
                # the next note's number in a looser form, in sequence (layout._split_in_sequence)
                found = in_sequence(block.lines[0].text, self.layout.note_forms, str(int(seg.detail) - 1)) \
                    if seg.detail.isdigit() else found
            assert found is not None, "a note's first line begins with its label (layout.segment)"
            # a wiki's footnote may cite a work of its citations' list ("^ As Smith says.[5]"): a marker there
            end = max(self.backlink_end(block), block.start + found.end)
            label = self.witness.text[block.start:block.start + found.end]
            if found.form is CARET and LINK_BACK_PHRASE in label:
                # a wiki's link back written in words ("Jump up ^ …", "^ Jump up to: a b …"): set aside, recorded
                words = label.rstrip()
                self.furniture.append(Furniture(LINK_BACK_WORDS, words, block.start, block.start + len(words),
                                                block.lineno, self.paragraph))
                self.entries.append(Entry("furniture", block.start, block.start + len(words), block.lineno, words,
                                          "", f"{LINK_BACK_WORDS} set aside from the note", self.paragraph,
                                          seg.detail))
            body = self.pieces(block.start + found.end, end, ctx, markers=found.form is CARET)
            body = resolve_ibid(body, self.notes)
            by = "translator" if translator_note(body) else "author"
            self.notes.append(Note(seg.detail, [body], block.lineno, by))
            return
        end = self.backlink_end(block)
        if end == block.start:  # the arrow back alone, after a note's quotation: set aside, the note ends
            return
        body = self.pieces(block.start, end, ctx, markers=False)
        last = self.notes[-1]
        by = "translator" if translator_note(body) else last.by
        self.notes[-1] = replace(last, paragraphs=last.paragraphs + [body], by=by)

    def backlink_end(self, block) -> int:
        """Where a note's paragraph ends, the arrows back it ends with ("… 1847. ↩") set aside and counted
        (:data:`~.witness.labels.BACKLINK_END_RE`)."""
        m = BACKLINK_END_RE.search(self.witness.text, block.start, block.end)
        if m is None:
            return block.end
        self.backlinks.append(block.lines[-1].lineno)
        return m.start()

    def heading_block(self, seg, ctx: InlineContext) -> None:
        """A heading: title-cased where the witness sets it in capitals; a wiki's edit link after it and a text
        dump's marks around it set aside, recorded."""
        block = seg.block
        if any(block.start <= s[0] < block.end and s[2] in CAPTIONS for s in ctx.inner_furniture):
            # a side head set aside in the paragraph it parted, printed here (after it): its lines are its own
            ctx = ctx._replace(inner_furniture=tuple(s for s in ctx.inner_furniture
                                                     if not block.start <= s[0] < block.end))
        text_ = self.witness.text
        raw = text_[block.start:block.end]
        edit = heading_edit(raw, text_)
        extra = [edit] if edit else None
        dump = dump_heading(raw)
        cut = edit_suffix(raw)
        if dump is not None:
            # a text dump's marks around its heading ("***** History *****"): set aside, recorded
            marks = [Edit(0, dump[0], [], "furniture", DUMP_MARKS),
                     Edit(dump[1], len(raw), [], "furniture", DUMP_MARKS)]
            inner = [e for e in (extra or edits_for(raw, block.start, ctx)) if dump[0] <= e.start < dump[1]]
            link = [Edit(cut, dump[1], [], "furniture", EDIT_LINK)] if cut >= 0 else []
            extra = sorted([*[e for e in inner if cut < 0 or e.end <= cut], *link, *marks])
        elif (prefix := edit_prefix(raw)) and cut < 0:
            # the edit link an older skin sets before the heading ("[edit] Origin"): set aside, recorded
            extra = [Edit(0, prefix, [], "furniture", EDIT_LINK),
                     *[e for e in (extra or edits_for(raw, block.start, ctx)) if e.start >= prefix]]
        elif cut >= 0 and not glued_edit_link(raw):
            # the wiki's edit link after the heading ("History[edit]", "History" over "[edit]"): set aside, recorded
            extra = [*(extra or edits_for(raw, block.start, ctx)),
                     Edit(cut, len(raw.rstrip()), [], "furniture", EDIT_LINK)]
        elif cut >= 0:
            # a link glued to the heading's last word, no bracket between ("GeschichteBearbeiten"): the entry gives
            # the word as the witness reads it, the word kept in the heading
            word = len(raw[:cut]) - len(raw[:cut].split()[-1]) if raw[:cut].split() else cut
            extra = [*[e for e in (extra or edits_for(raw, block.start, ctx)) if e.end <= word],
                     Edit(word, len(raw.rstrip()), [Text(raw[word:cut])], "furniture", EDIT_LINK)]
        pieces = self.pieces(block.start, block.end, ctx, extra=extra)
        self.blocks.append(Block("heading", pieces, block.start, block.end, block.lineno, 0, seg.detail))

    def paragraph_block(self, seg, ctx: InlineContext) -> None:
        """A paragraph or a block quotation (an editor's note where the witness breaks off in it)."""
        block = seg.block
        self.paragraph += 1
        if seg.detail in CAPTIONS:  # its lines, set aside in the paragraph before, printed here
            ctx = ctx._replace(inner_furniture=tuple(s for s in ctx.inner_furniture
                                                     if not block.start <= s[0] < block.end)
                               + self.beside_spans(block))
        pieces = self.pieces(block.start, block.end, ctx)
        if seg.breaks_off and seg.detail == TRUNCATED:
            last = block.text.split()[-1]
            self.editor_note(f"The witness breaks off here, in mid-word (“{last}”): the copy is truncated.", pieces)
            self.decided.append(Decision("end", last, BROKEN_OFF_HOW, block.lines[-1].lineno, False))
        elif seg.breaks_off:
            self.editor_note(
                "The witness breaks off here: the sentence is incomplete in the source.",
                pieces,
            )
        self.blocks.append(Block(seg.role, pieces, block.start, block.end, block.lineno,
                                 self.paragraph, "byline" if seg.detail == "byline" else ""))

    def run(self) -> Edition:
        ctx = self.context()
        text_ = self.witness.text
        self.note_spans = [
            (seg.block.start, seg.block.end, seg.detail)
            for seg in self.layout.segments
            if seg.role in ("note", "note-continued")
        ]
        for seg in self.layout.segments:
            block = seg.block
            if seg.role == "header":
                self.header_fields(seg)
            elif seg.role == "heading":
                self.heading_block(seg, ctx)
            elif seg.role in ("paragraph", "quote"):
                self.paragraph_block(seg, ctx)
            elif seg.role == "list" and seg.detail == "references":
                self.reference_list(block, ctx)
            elif seg.role in ("list", "code", "definition", "table"):
                self.block_of_parts(seg, ctx)
            elif seg.role in ("note", "note-continued"):
                self.note_block(seg, ctx)
            elif seg.role == "furniture":
                raw = text_[block.start:block.end]
                self.furniture.append(
                    Furniture(seg.detail, raw, block.start, block.end, block.lineno, self.paragraph)
                )
                self.entries.append(
                    Entry("furniture", block.start, block.end, block.lineno, raw, "",
                          f"{seg.detail} set aside from the running text", self.paragraph)
                )
        self.foot_notes(ctx)
        for c in self.editorial.citations:
            if c.discrepancy:
                self.entries.append(
                    Entry("citation", c.start, c.end, self.lineno_of(c.start), text_[c.start:c.end],
                          text_[c.start:c.end], c.discrepancy, self.paragraph_at(c.start),
                          self.note_at(c.start))
                )
        self.check_notes()
        self.decided += backlinks_decisions(self.backlinks)
        self.verify_editorial()
        title, editorial_title = self.title()
        decisions = self.decisions(title)
        return Edition(
            self.witness.path,
            self.record.get("id") or slugify(Path(self.witness.path).stem),
            title,
            editorial_title,
            self.layout.kind,
            self.header,
            self.blocks,
            self.notes,
            self.ednotes,
            sorted(self.entries, key=lambda e: e.start),
            self.furniture,
            self.markers,
            self.record,
            decisions,
        )

    def note_at(self, offset: int) -> str:
        """The label of the note whose body holds a witness offset, or ""."""
        return next((label for s, e, label in self.note_spans if s <= offset < e), "")

    def paragraph_at(self, offset: int) -> int:
        """The number of the paragraph holding a witness offset (0 outside the body)."""
        for block in self.blocks:
            if block.start <= offset < block.end and block.number:
                return block.number
        return 0

    def check_notes(self) -> None:
        """Flag markers without a body and bodies without a marker; drop neither."""
        bodies = {note.label for note in self.notes}
        marked = set(self.markers)
        for label in dict.fromkeys(self.markers):
            if label not in bodies:
                self.notes.append(Note(label, [], 0, "author", "missing-body"))
        seen: set[str] = set()
        checked = []
        for note in self.notes:
            if note.status == "ok" and note.label in seen:
                note = replace(note, status="duplicate")  # a second body with the same number
            elif note.status == "ok" and note.label not in marked:
                note = replace(note, status="orphan")
            seen.add(note.label)
            checked.append(note)
        self.notes = sorted(checked, key=lambda n: sort_key(n.label))

    def decisions(self, title: str) -> list[Decision]:
        """How the title, the author and the date were found, with the layout's decisions."""
        layout = list(self.layout.decisions)
        found = {d.what: d for d in layout if d.what == "author"}
        fields = {f.name: f for f in reversed(self.header)}
        title_d = self.title_decision(title, fields)
        author = (self.author_decision(fields) or found.get("author") or self.body_byline_author(dated=True)
                  or self.screen_byline() or self.body_byline_author() or self.tagged_byline_author(title)
                  or self.signature_author())
        if author is None:
            # nothing found is never a sure reading: the editor is told to look
            author = Decision("author", "", "none found: no byline, standfirst or Author: line", 0, False)
        layout = [d for d in layout if d.what != "author"]
        return [title_d, author, self.date_decision(fields), *layout, *self.decided]

    def title_decision(self, title: str, fields: dict[str, HeaderField]) -> Decision:
        """How the title was found: a Title: line, the first line after the furniture, the manifest, or none."""
        lead = [s for s in self.layout.segments[:TOP_FURNITURE_SEARCH] if s.role == "furniture"
                and s.block.lineno < (fields["title"].lineno if "title" in fields else 0)]
        if "title" in fields:
            return self.title_field_decision(title, fields["title"], lead)
        if self.record.get("title"):
            return Decision("title", title, "the manifest (the witness has no title)", 0)
        found = self.catalogue_title()
        if found:
            return Decision("title", title, "the Title: line of a catalogue record below the top of the "
                            "witness (an e-book's), not a heading of the text", found[1], False)
        named = lead_title(self.witness.lines)
        if named is not None:
            return Decision("title", title, "the subject of the lead sentence, in emphasis at its start (“_TITLE_ "
                            "… was a …”): the copy has no title of its own", named[1], False)
        if (dumped := self.dump_title()) is not None:
            return Decision("title", title, "the page's first heading, of the first level, between a text dump's six "
                            "marks (“****** TITLE ******”, as it writes a page's title)", dumped[1])
        if (ruled := self.rule_title()) is not None:
            return Decision("title", title, "the line right above a register's fields of its rule (“AGENCY:”, "
                            "“ACTION:”, “SUMMARY:”): the rule's title, the journal's masthead above it no title, "
                            "a guess", ruled[1], False)
        return Decision("title", title, "none found: the editor's, made from the file name", 0, False)

    def title_field_decision(self, title: str, t: HeaderField, lead: list) -> Decision:
        """How the title of the header was found (its line, the furniture above it), and whether it is sure."""
        if t.label_in_witness and self.text_above(t.lineno):
            # a catalogue record below a licence, a banner, a caption: the title, probably
            return Decision("title", title, "the Title: line of a catalogue record below the top of the "
                            "witness (an e-book's, a library's), not a heading of the text", t.lineno, False)
        if t.label_in_witness:
            how = "the witness's Title: line"
        elif form := self.title_form(t, lead):
            how = form
        elif lead:
            # the last line of the furniture above the title, however long its run (a site's links: many screens)
            last = max(s.block.lineno for s in self.layout.segments
                       if s.role == "furniture" and s.block.lineno < t.lineno)
            first = lead[0].block.lineno
            where = f"line {first}" if first == last else f"lines {first}–{last}"
            furniture = "the pages' furniture" if self.layout.kind == "pdf" else "the site's furniture"
            how = f"the first heading-like line after {furniture} ({where}), set aside"
        elif any(f.name == AUTHOR_YEAR and f.lineno < t.lineno for f in self.header):
            how = "the line under the archive's line of the author and the year (“NAME YEAR”) at the top"
        elif any(f.name == "author" and not f.label_in_witness and f.lineno < t.lineno for f in self.header):
            how = "the line under the author's name at the top, standing alone (as archives print them)"
        elif self.layout.kind == "pdf" and any(f.name in ("name", "credit") for f in self.header):
            how = "the first of the short lines at the top of the PDF, above its authors' names (its title page)"
        elif above := [f for f in self.header if f.lineno < t.lineno and f.name in ("date", "posted", "rubric")]:
            how = f"the line under the {'date line' if above[0].name != 'rubric' else 'rubric'} at the top"
        else:
            how = "the first line of the witness, standing alone"
        how += self.title_wrapped()
        how, sure = self.competed(how, t.lineno, not any(s.detail == "masthead" for s in lead))
        sure = sure and not how.endswith("a guess")  # a title read by a form that other lines compete with
        if split := self.title_split():
            how, sure = f"{how}: its first word alone on line {t.lineno} (“{split}”), joined with the line " \
                        "under it (a small word alone is no title)", False
        elif refused := title_refused(title):
            # furniture or a date taken for the title: the editor is told to look
            how, sure = f"{how}, though it reads as {refused}", False
        elif doubt := (title_doubt(title) or self.rival_doubt(t.lineno) or self.rule_doubt(title)
                       or self.head_part_doubt(title, t.lineno) or self.edge_doubt(t.lineno)
                       or self.site_name_doubt(title, t.lineno) or self.notice_doubt(t.lineno)):
            how, sure = f"{how}, though {doubt}", False
        return Decision("title", title, how, t.lineno, sure)

    def beside_language_button(self, lineno: int) -> bool:
        """Whether the next line of the witness after *lineno* (blank lines aside) is a language switcher's button
        set aside ("53 languages", :data:`edition.witness.layout.LANGUAGE_COUNT_RE`)."""
        lines = self.witness.lines
        after = next((line for line in lines[lineno:] if not line.blank), None)
        return after is not None and bool(LANGUAGE_COUNT_RE.match(after.text.strip())) and any(
            s.role == "furniture" and s.block.lineno == after.lineno for s in self.layout.segments)

    def rival_doubt(self, lineno: int) -> str:
        """Why the short title at *lineno* is not sure when a headline below it has its byline
        (:func:`rival_headline`: a masthead, a rubric, a section's label over the headline: mixed evidence), or
        ""."""
        if (rival := rival_headline(self.witness.lines, lineno)) is None:
            return ""
        return (f"a headline stands below it over a byline or the authors (“{rival[0]}”, line {rival[1]}): the "
                "title may be the page's furniture (a masthead, a rubric, a section's label)")

    def rule_doubt(self, title: str) -> str:
        """Why a title is not sure when a register's rule below it has a title of its own, right above its fields
        (:meth:`rule_title`), or ""."""
        ruled = self.rule_title()
        if ruled is None or " ".join(title.split()).casefold() == ruled[0].casefold():
            return ""
        return (f"a rule's title stands below it, over its fields “AGENCY:”, “SUMMARY:” (“{ruled[0]}”, line "
                f"{ruled[1]}): the title may be a journal's masthead or section")

    def edge_doubt(self, lineno: int) -> str:
        """Why a title is not sure when its line recurs as a page's furniture does, exactly or with only its numbers
        changed (:func:`recurring_at_edges`: a running head at the top of every page, a printer's slug with each
        page's number), or ""."""
        copies = recurring_at_edges(self.witness.lines, self.witness.page_starts, lineno)
        if not copies:
            return ""
        where = "at the edges of other pages" if self.witness.page_starts else "with other numbers"
        return (f"its line recurs {copies} time{'s' if copies > 1 else ''} more {where}, as a running head or a "
                "printer's slug does: the pages' furniture, no title")

    def byline_decision(self, f: HeaderField) -> Decision:
        """How the author was read from the header's byline: the name alone, a guess where the post after it or a
        menu around it leaves the name in doubt."""
        read = byline(f.value)  # "Written by NAME", "— NAME, DATE", "by NAME | DATE": the name alone
        name = read[0] if read else re.sub(r"^(by|BY|By)\s+", "", f.value).strip()
        if post_byline(f.value):
            # "By Ann Lee Health editor, The Ledger": the name told from the post by its form, a guess
            return Decision("author", name, "the byline, the writer's post after the name (“By NAME POST, "
                            "SITE”) left out: where the name ends is a guess", f.lineno, False)
        if self.byline_in_menu(f.lineno):
            return Decision("author", name, "the byline, though it stands among a run of short lines with no "
                            "blank between them, as a menu's links do (a show's or a section's name that "
                            "begins “By …”), a guess", f.lineno, False)
        return Decision("author", name, "the byline", f.lineno)

    def byline_in_menu(self, lineno: int) -> bool:
        """Whether the byline at witness line *lineno* stands in a run of :data:`MENU_BYLINE_RUN` short lines or
        more (:data:`MENU_LINK_MAX_WORDS` words at most, none a date, none ending a sentence), no blank line
        between them: a menu's links, one of them a name that begins "By" ("By Any Means Necessary"). A byline
        stands alone, or under the headline over the date."""
        lines = self.witness.lines
        if not 0 < lineno <= len(lines):
            return False
        i = lineno - 1
        start, end = i, i + 1
        while start > 0 and not lines[start - 1].blank:
            start -= 1
        while end < len(lines) and not lines[end].blank:
            end += 1
        run = lines[start:end]
        return len(run) >= MENU_BYLINE_RUN and all(
            len(line.text.split()) <= MENU_LINK_MAX_WORDS and not line.text.rstrip().endswith((".", "!", "?", ","))
            and not is_date_line(line.text.strip()) and not re.search(r"\d", line.text) for line in run)

    def notice_doubt(self, lineno: int) -> str:
        """Why a title is not sure when the paragraph right under it is a site's notice to its reader of cookies
        or of its privacy policy (:func:`site_notice`): the title is the notice's heading ("Notice", "We value
        your privacy"), or "". A web page's only."""
        if self.layout.kind != "web":
            return ""
        lines = self.witness.lines
        under = next((line for line in lines[lineno:] if not line.blank), None)
        if under is None or not site_notice(under.text):
            return ""
        return "the paragraph under it is the site's notice of cookies or of its privacy policy: its heading, no title"

    def site_name_doubt(self, title: str, lineno: int) -> str:
        """Why a short title on the witness's first line is not sure when it reads as the site's name, or "": the
        page's copyright line names it ("Copyright © 2016 by The Daily Ledger Group"), or
        :data:`SITE_NAME_LINKS` short lines of the page's links hold it among more words ("Meet the Daily Ledger
        staff", "The Daily Ledger Store"). A headline recurs whole, or inside sentences, not as a site's name
        does; a wiki's title over its tagline is the page's."""
        if self.layout.kind != "web":
            return ""
        first = next((line for line in self.witness.lines if not line.blank), None)
        key = " ".join(title.split()).casefold()
        if first is None or first.lineno != lineno or not key or len(key.split()) > SITE_NAME_TITLE_MAX_WORDS:
            return ""
        under = next((line for line in self.witness.lines[lineno:] if not line.blank), None)
        if under is not None and wiki_line_kind(under.text, "top") == "wiki tagline":
            return ""  # a wiki's title, over its tagline ("From Wikipedia, the free encyclopedia"): its links name it
        inside = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")  # the lines' blanks are made single below
        links = 0
        for line in self.witness.lines:
            if line.lineno == lineno or line.blank:
                continue
            flat = " ".join(line.text.split()).casefold()
            if flat == key or not inside.search(flat):
                continue
            if "©" in flat or flat.startswith("copyright"):
                return (f"it reads as the site's name, which the page's copyright line holds (line {line.lineno}): "
                        "the headline is below it")
            if len(flat.split()) <= SITE_LINK_MAX_WORDS and not ends_sentence(flat):
                links += 1
        if links >= SITE_NAME_LINKS:
            return (f"it reads as the site's name, which {links} of the page's short lines (its links) hold among "
                    "more words: the headline is below it")
        return ""

    def head_part_doubt(self, title: str, lineno: int) -> str:
        """Why a short title is not sure when the lines below it print it as one part of a line that names more
        parts between slashes or bars (a running head: "Federal Register / Vol. 85 / … / Proposed Rules"), on
        :data:`HEAD_PART_MIN` lines at least: the journal's section or its masthead, perhaps no title; or ""."""
        key = " ".join(title.split()).casefold()
        if not key or len(key.split()) > HEAD_PART_MAX_WORDS:
            return ""
        first = key.split()[0]
        found = [line.lineno for line in self.witness.lines if line.lineno > lineno
                 and ("/" in line.text or "|" in line.text) and first in line.text.casefold()
                 and len(parts := [" ".join(p.split()).casefold() for p in HEAD_PARTS_RE.split(line.text.strip())]) > 2
                 and key in parts[1:]]
        if len(found) < HEAD_PART_MIN:
            return ""
        return (f"the later pages print it as a part of their running head, after other parts between slashes "
                f"(line {found[0]} and more): the title may be the journal's section or masthead")

    def competed(self, how: str, lineno: int, sure: bool) -> tuple[str, bool]:
        """How the title at *lineno* was found and whether it is sure, once its competitors are known
        (:meth:`title_competitors`): never sure with them, but beside a language switcher's button."""
        if self.beside_language_button(lineno):
            # the page's title where a wiki's skin sets it: its own form, whatever links ran on above it
            return LANGUAGE_BUTTON_HOW, True
        if not self.title_competitors(lineno):
            return how, sure
        if "twice" in how or "over its byline" in how or "as a browser gives it" in how or "a guess" in how:
            return how, False
        return how + (", a guess: the site's links ran on down to it (under its skip links, or past a notice "
                      "among them)"), False

    def title_competitors(self, lineno: int) -> bool:
        """Whether other lines competed with the title at *lineno*: a site's name above a headline the page gives
        twice, a notice amid the site's menus, the site's links run on from its skip links (the title the line
        they end at)."""
        above = {s.detail for s in self.layout.segments if s.role == "furniture" and s.block.lineno < lineno}
        here = {s.detail for s in self.layout.segments if s.role == "furniture" and s.block.lineno == lineno}
        rivals = {SITE_NAME, MENU_NOTICE, HEADLINE_SITE_LINES, BODY_SITE_LINES, SITE_MASTHEAD, BROWSER_SITE}
        return bool((above | here) & rivals) or {SKIP_LINKS, LINK_LIST} <= above

    def title_form(self, t: HeaderField, lead: list) -> str:
        """How a title was found by its own form, or "": a chapter's heading under a site's menu of the book's
        contents ("Chapter 6 - …"), a letter's heading ("Marx to Ludwig Kugelmann") under its series line, an
        archive's title after its author's name under its key (“NAME: TITLE”), a headline in the body under the
        site's lines kept in the text (:func:`~.witness.layout.body_headline`)."""
        if keys := [s for s in self.layout.segments if s.role == "furniture" and s.detail == INDEX_KEY
                    and s.block.lineno < t.lineno]:
            return (f"the words after the author's name and its colon on line {t.lineno} (“NAME: TITLE”), under "
                    f"the archive's key of the same name and title with its date in figures (line "
                    f"{keys[-1].block.lineno}), set aside")
        kept = [s.block.lineno for s in self.layout.segments
                if s.role in ("paragraph", "heading") and s.block.lineno < t.lineno]
        if (masthead := [s for s in self.layout.segments if s.role == "furniture" and s.detail == JOURNAL_MASTHEAD
                         and s.block.lineno < t.lineno]) and self.rule_fields_under(t.lineno):
            return (f"the rule's title, the lines right above its fields (“AGENCY:”, “ACTION:”, “SUMMARY:”) that "
                    f"the witness runs it into; the journal's section at the top (“{masthead[0].block.text.strip()}”, "
                    f"line {masthead[0].block.lineno}) set aside, a guess")
        if site_lines := [s.block.lineno for s in self.layout.segments
                          if s.role == "furniture" and s.detail == BODY_SITE_LINES and s.block.lineno < t.lineno]:
            where = (f"line {site_lines[0]}" if site_lines[0] == site_lines[-1]
                     else f"lines {site_lines[0]}–{site_lines[-1]}")
            also = (f", {len(kept)} of them kept (prose, a dated label: line {kept[0]}"
                    f"{' and more' if len(kept) > 1 else ''})" if kept else "")
            return (f"the headline in the body, over its byline or its date line, below the site's lines ({where}: "
                    f"its menus, its teasers), set aside{also}, a guess")
        if kept:
            where = f"line {kept[0]}" if kept[0] == kept[-1] else f"lines {kept[0]}–{kept[-1]}"
            return (f"the headline in the body, over its byline or its date line, below the site's lines kept in the "
                    f"text ({where}: its menus, its teasers), a guess")
        if names := [s for s in self.layout.segments if s.role == "furniture" and s.detail == SITE_NAME]:
            again = next((s.block.lineno for s in self.layout.segments if s.block.lineno > t.lineno
                          and " ".join(s.block.text.split()).casefold() == " ".join(t.value.split()).casefold()), 0)
            where = f"lines {t.lineno} and {again}" if again else f"line {t.lineno}"
            return (f"the headline the top of the page gives twice ({where}), under a short line of the site's "
                    f"(“{names[-1].block.text.strip()}”, line {names[-1].block.lineno}: its name, a rubric or a "
                    "menu's label), set aside")
        same = head_key(t.value)
        if self.layout.kind == "pdf" and (heads := [
                s.block.lineno for s in self.layout.segments if s.role == "furniture" and s.block.lineno > t.lineno
                and s.detail == "running head" and head_key(s.block.text) == same]):
            return (f"the first line of the first page, which the later pages repeat as their running head (line "
                    f"{heads[0]}{' and more' if len(heads) > 1 else ''}): its first copy, the title, a guess")
        if site := [s for s in self.layout.segments if s.role == "furniture" and s.detail == BROWSER_SITE
                    and s.block.lineno == t.lineno]:
            return (f"the page's title as a browser gives it (“NAME {site[0].block.text.strip()}”, above the link to "
                    "skip to its content), the site's name after the dash set aside, a guess")
        if aside := [s for s in self.layout.segments if s.role == "furniture" and s.detail == HEADLINE_SITE_LINES
                     and s.block.lineno < t.lineno]:
            first, last = aside[0].block.lineno, aside[-1].block.lineno
            where = f"line {first}" if first == last else f"lines {first}–{last}"
            return (f"the headline over its byline, the first prose below them, under the site's short lines ({where}"
                    f": its name, its section, its menus, the date; “{aside[0].block.text.strip()}” first), set aside, "
                    "a guess")
        if lead and lead[-1].detail == CONTENTS_MENU:
            first, last = lead[0].block.lineno, lead[-1].block.lineno
            return (f"the chapter's heading (“Chapter N - TITLE”), under the site's furniture and its menu of the "
                    f"book's contents (lines {first}–{last}), set aside")
        if not letter_heading(t.value):
            return ""
        how = "the letter's heading (“NAME to NAME”)"
        if series := [f for f in self.header if f.lineno < t.lineno and f.name == "rubric"]:
            how += f", under the collection's series line (line {series[0].lineno}), which is no title"
        return how

    def rule_fields_under(self, lineno: int) -> bool:
        """Whether the segment right under the title at *lineno* opens with a register's rule's field ("AGENCY:")."""
        segments = self.layout.segments
        at = next((i for i, s in enumerate(segments) if s.role == "header" and s.detail == "title"
                   and s.block.lineno == lineno), None)
        return at is not None and at + 1 < len(segments) and bool(
            RULE_FIELD_RE.match(segments[at + 1].block.lines[0].text.strip()))

    def title_wrapped(self) -> str:
        """What the report adds when the witness wraps the title over lines of one run, their numbers; or "" (a
        title of one line, or a small word alone over the rest: :meth:`title_split` says so)."""
        for seg in self.layout.segments:
            if seg.role == "header" and seg.detail == "title":
                lines = seg.block.lines
                if len(lines) < 2 or self.title_split():
                    return ""
                return (f", its lines {lines[0].lineno}–{lines[-1].lineno} joined (the witness wraps the title over "
                        "them)")
        return ""

    def title_split(self) -> str:
        """The small word alone on the title's first line when the title runs on to the next ("THE"), or ""."""
        for seg in self.layout.segments:
            if seg.role == "header" and seg.detail == "title":
                first = seg.block.lines[0].text.strip()
                return first if len(seg.block.lines) > 1 and lone_small_word(first) else ""
        return ""

    def text_above(self, lineno: int) -> bool:
        """Whether a paragraph or a heading of the text stands above witness line *lineno*."""
        return any(s.role in ("paragraph", "heading") and s.block.lineno < lineno for s in self.layout.segments)

    def author_decision(self, fields: dict[str, HeaderField]) -> Decision | None:
        """How the author was found: the manifest, an Author: line, a byline, a standfirst, a Posted line."""
        if self.record.get("author"):
            return Decision("author", str(self.record["author"]), "the manifest", 0)
        if "author" in fields and fields["author"].label_in_witness:
            return Decision("author", fields["author"].value, "the witness's Author: line", fields["author"].lineno)
        if "byline" in fields:
            return self.byline_decision(fields["byline"])
        if "title" in fields and (letter := letter_heading(fields["title"].value)):
            # "Marx to Ludwig Kugelmann": the heading names the letter's writer (the salutation its addressee)
            writer = letter[0].title() if letter[0].isupper() else letter[0]
            return Decision("author", writer, "the letter's heading (“NAME to …”)", fields["title"].lineno)
        if "standfirst" in fields:
            f = fields["standfirst"]
            for pattern, how in ((STANDFIRST_AUTHOR_RE, "the standfirst (“…, writes NAME”)"),
                                 (STANDFIRST_LEAD_RE, "the standfirst (“NAME looks at …”)")):
                if m := pattern.search(f.value):
                    return Decision("author", m.group(1), how, f.lineno)
        posted = posted_line(fields["posted"].value) if "posted" in fields else None
        if posted and posted[0]:
            return Decision("author", posted[0], "the “Posted … by NAME” line", fields["posted"].lineno)
        meta = self.meta_line()
        if meta is not None and meta[0]:
            return Decision("author", meta[0], "the site's line of metadata (“… author by NAME”)", meta[2], False)
        if "source" in fields and (source := from_source_author(fields["source"].value)):
            # "From CrimethInc." under the date: the site reposts the text from NAME, most likely its author
            return Decision("author", source, "the source line at the top (“From NAME”): the text's source, "
                            "perhaps its author", fields["source"].lineno, False)
        return None

    def signature_author(self) -> Decision | None:
        """The name a letter is signed with under its closing ("Yours faithfully," / "Frederick Engels"): its
        author, probably (a guess the report flags); initials alone ("K. M.") name nobody the editor can print.
        The closing comes after the letter's text: one above every paragraph of prose is a site's menu ("Your
        Account" over "Sign In", :meth:`prose_above`)."""
        for i in range(len(self.blocks) - 1, -1, -1):
            block = self.blocks[i]
            if block.kind != "paragraph":
                continue
            lines = [line for line in self.witness.text[block.start:block.end].splitlines() if line.strip()]
            if len(lines) >= 2 and closing_lines(lines):
                if not self.prose_above(i):
                    return None
                name = " ".join(lines[-1].split()).rstrip(".,")
                if sum(c.islower() for c in name) >= 2 and (not signature_initials(name) or " " in name):
                    return Decision("author", name, "the letter's signature under its closing (“Yours, NAME”)",
                                    block.lineno + len(lines) - 1, False)
                return None
        return None

    def prose_above(self, index: int) -> bool:
        """Whether a paragraph of prose stands above the block at *index*: a sentence of
        :data:`SIGNED_PROSE_MIN_WORDS` words at least, ended."""
        for block in self.blocks[:index]:
            if block.kind != "paragraph":
                continue
            raw = self.witness.text[block.start:block.end]
            if len(raw.split()) >= SIGNED_PROSE_MIN_WORDS and ends_sentence(raw.strip()):
                return True
        return False

    def meta_line(self) -> tuple[str, str, int] | None:
        """The site's line of metadata set aside as furniture (:func:`meta_line`): (name, date, line)."""
        for seg in self.layout.segments:
            if seg.role == "furniture" and seg.detail == "meta line" and (found := meta_line(seg.block.text)):
                return found[0], found[1], seg.block.lineno
        return None

    def body_byline(self) -> tuple[str, str, int, str, int] | None:
        """A byline the layout left in the body, near its top (a news site's, under a picture and its caption, a
        share bar): (name, date, line, date of the line under it, its line), or None.

        The first :data:`BODY_BYLINE_SEARCH` segments of the body after the header (the furniture set aside not
        counted), before the first paragraph of prose; a
        line of its own that is a byline by its form (:func:`byline`: "By Jane Roe March 18 at 12:22 PM Follow
        @janeroe", "By Jane Roe | March 3, 2006 | Page 9"; "BY JANE ROE"), perhaps a date line under it."""
        segments = self.layout.segments
        start = next((i for i, seg in enumerate(segments) if seg.role == "header"), None)
        if start is None:
            return None
        while start < len(segments) and segments[start].role == "header":
            start += 1
        body = list(islice((seg for seg in segments[start:] if seg.role != "furniture"), BODY_BYLINE_SEARCH))
        for k, seg in enumerate(body):
            text = " ".join(seg.block.text.split())
            if seg.role not in ("paragraph", "heading"):
                return None
            read = None if len(seg.block.lines) != 1 else byline(text) or (
                (re.sub(r"^BY\s+", "", text), "") if CAPS_BYLINE_RE.match(text) else None)
            if read:
                under = body[k + 1] if k + 1 < len(body) else None
                if under is not None and len(under.block.lines) == 1 and is_date_line(under.block.text):
                    return read[0], read[1], seg.block.lineno, under.block.text.strip(), under.block.lineno
                return read[0], read[1], seg.block.lineno, "", 0
            if len(text.split()) >= BODY_PROSE_WORDS and ends_sentence(text) and (k or SENTENCE_INSIDE_RE.search(text)):
                # the text has begun (a standfirst of one sentence under the title aside): a byline further down
                # is a quotation's, a section's
                return None
        return None

    def body_byline_author(self, dated: bool = False) -> Decision | None:
        """The author named by a byline near the top of the body (:meth:`body_byline`), or None; if *dated*, only
        by a news site's byline, with its date beside the name or under it (a title page's "by NAME" is
        :meth:`screen_byline`'s)."""
        found = self.body_byline()
        if found is None or not found[0] or (dated and not (found[1] or found[3])):
            return None
        return Decision("author", found[0], "a byline at the top of the body, under the title and the page's "
                        "furniture (“By NAME …”), kept in the text", found[2])

    def tagged_byline_author(self, title: str) -> Decision | None:
        """The author named by the one line of the text that is a byline by its form (:func:`byline`), wherever it
        stands ("Written by NAME" under a blog's post, "By NAME" under a headline deep in a site's lines), or
        None: several such lines are the bylines of comments or of teasers, not the text's, a name of one word
        ("By Galileo") no writer's, and the title's subject ("By Galileo Galilei" under "Galileo Galilei") the
        heading of a list of works (a guess the report flags)."""
        found = [(read[0], seg.block.lineno) for seg in self.layout.segments
                 if seg.role == "paragraph" and len(seg.block.lines) == 1 and seg.detail != COMMENT_HEAD
                 and (read := byline(" ".join(seg.block.text.split()))) and len(read[0].split()) > 1]
        if len(found) != 1 or names_title_subject(found[0][0], title):
            return None
        return Decision("author", found[0][0], "the one byline the text prints (“By NAME”), below the top of the "
                        "body, a guess", found[0][1], False)

    def manifest_date(self) -> Decision | None:
        """The date the manifest gives the text, or None."""
        if self.record.get("date") or self.record.get("written"):
            return Decision("date", str(self.record.get("date") or self.record.get("written")), "the manifest", 0)
        return None

    def body_byline_date(self) -> Decision | None:
        """The date of the byline near the top of the body, or of the date line under it (:meth:`body_byline`)."""
        found = self.body_byline()
        if found is None:
            return None
        _, date, lineno, under, under_lineno = found
        if date:
            return Decision("date", date, "the date in a byline at the top of the body (“By NAME DATE …”)"
                            + ("" if YEAR_RE.search(date) else ", which gives no year"), lineno,
                            bool(YEAR_RE.search(date)))
        if under:
            return Decision("date", under, "the date line under a byline at the top of the body", under_lineno)
        return None

    def screen_byline(self) -> Decision | None:
        """A "by NAME" line in the first screen, inside a paragraph or a title page's run of lines: the author.

        "The Project Gutenberg EBook of … / by Bertrand Russell", "by Karl Kautsky, translated by …":
        the name after "by", without what follows a comma (the translator); a guess the report flags.
        """
        for line in self.witness.lines[:FIRST_SCREEN_LINES]:
            if m := SCREEN_BYLINE_RE.match(line.text.strip()):
                if line.text.strip().startswith("Written by"):
                    # "Written by NAME" (over "Edited by NAME"): the writer named as such
                    return Decision("author", m.group(1), "a “Written by NAME” line in the first screen",
                                    line.lineno)
                return Decision("author", m.group(1), "a “by NAME” line in the first screen", line.lineno, False)
        return None

    @staticmethod
    def author_year_date(fields: dict[str, HeaderField]) -> Decision | None:
        """The year on an archive's author-year line above the title ("Alexandra Kollontai 1909"), or None."""
        if AUTHOR_YEAR in fields and (read := author_year_of(fields[AUTHOR_YEAR].value)):
            return Decision("date", read[1], "the year on the archive's line of the author and the year above the "
                            "title (“NAME YEAR”)", fields[AUTHOR_YEAR].lineno)
        return None

    @staticmethod
    def date_field_decision(f: HeaderField) -> Decision:
        """How the header's date line dates the text: its date, a version's, the date a line ends with."""
        if not f.label_in_witness and f.value.lower().startswith("updated") and (stamp := posted_line(f.value)):
            # "Updated 13 March 2019" the only date line: the page's last change, not the text's date
            return Decision("date", stamp[1], "the “Updated …” line (the page's last change, not necessarily "
                            "the text's date)", f.lineno, False)
        if not f.label_in_witness and (version := VERSION_LINE_RE.match(f.value)):
            # "Version 2, February 1998" under the title: its date, the version's (a guess)
            return Decision("date", version.group(1), "the version line under the title (“Version …, DATE”)",
                            f.lineno, False)
        if not f.label_in_witness and (published := modified_stamp(f.value)):
            # "Friday 13 November 2015 07.40 GMT Last modified on …": the day of publication, the change's aside
            return Decision("date", published, "the date line under the title, the day of publication before the "
                            "stamp of the last change (“DATE Last modified on DATE”)", f.lineno)
        if not f.label_in_witness and (date := news_dateline(f.value)):
            return Decision("date", date, "the news dateline under the title (“PLACE WEEKDAY DATE TIME”)", f.lineno)
        if not f.label_in_witness and (date := dateline(f.value)):
            return Decision("date", date, "the letter's dateline (“PLACE, DATE”)", f.lineno)
        if not f.label_in_witness and not is_date_line(f.value) and (date := date_at_end(f.value)):
            # "(Draft of October 7, 2013)", "12 March 2019 | News": the date the line gives
            return Decision("date", date, "the date of a line in the header (“… DATE”, “DATE | RUBRIC”)", f.lineno)
        how = "the witness's Date: line" if f.label_in_witness else "a date line in the header"
        if not f.label_in_witness and (bracketed := BRACKETED_DATE_RE.match(f.value)):
            # "(March 1921)" alone under the title, as archives print the date: the date, its brackets aside
            return Decision("date", spaced_date(bracketed.group(1)), f"{how}, in brackets (“(DATE)”)", f.lineno)
        if (spaced := spaced_date(f.value)) != f.value:
            how += f" (its day and year run together in the copy: “{f.value}”)"
        return Decision("date", spaced, how, f.lineno)

    @staticmethod
    def letter_date(fields: dict[str, HeaderField]) -> Decision | None:
        """The date in a letter's heading ("Karl Marx to Ludwig Kugelmann, 12 October 1868"), or None."""
        if "title" in fields and (letter := letter_heading(fields["title"].value)) and letter[2]:
            return Decision("date", date_phrase(letter[2]) or letter[2], "the date in the letter's heading "
                            "(“NAME to NAME, DATE”)", fields["title"].lineno)
        return None

    def date_decision(self, fields: dict[str, HeaderField]) -> Decision:
        """How the date was found: a Date: line or a date line, a Posted line, the manifest, or none."""
        if found := (self.date_field_decision(fields["date"]) if "date" in fields else self.letter_date(fields)):
            return found
        # "Dictated: Dictated by phone on August 17, 1921": the date the field gives, never its sentence; the
        # text's own date (written, dictated, delivered) before its first printing's
        dating = next((fields[name] for name in DATING_FIELDS if name in fields and date_phrase(fields[name].value)),
                      None)
        if dating is not None:
            return Decision("date", date_phrase(dating.value), f"the witness's {dating.label}: line", dating.lineno)
        posted = posted_line(fields["posted"].value) if "posted" in fields else None
        updated = posted is not None and fields["posted"].value.lower().startswith("updated")
        if posted and not updated:
            return Decision("date", posted[1], "the “Posted …” line", fields["posted"].lineno)
        dated_byline = byline(fields["byline"].value) if "byline" in fields else None
        if dated_byline and dated_byline[1]:
            # "— Jane Roe, 27 March 2001", "by Jane Roe | March 27, 2001": the date beside the name
            yearless = not YEAR_RE.search(dated_byline[1])
            return Decision("date", dated_byline[1], "the date beside the name in the byline (“NAME, DATE”)"
                            + (", which gives no year" if yearless else ""), fields["byline"].lineno, not yearless)
        if found := (self.manifest_date() or ("byline" not in fields and self.body_byline_date())
                     or self.author_year_date(fields) or None):
            return found
        meta = self.meta_line()
        if meta is not None:
            return Decision("date", meta[1], "the site's line of metadata (“… author DATE …”)", meta[2], False)
        if found := self.opening_line_date(fields):
            return found
        title, editorial_title = self.title()
        dated = opening_date(self.witness.lines, self.witness.page_starts, "" if editorial_title else title)
        if dated is not None:
            # a version line, a title-page note's revision, the title's year: the date, probably
            return Decision("date", dated.value, dated.how, dated.lineno, False)
        if posted:
            # "Updated 13 March 2019" and no other date: the date of the page's last change, not the text's
            return Decision("date", posted[1], "the “Updated …” line (the page's last change, not necessarily "
                            "the text's date)", fields["posted"].lineno, False)
        copy = next((fields[name] for name in COPY_DATING_FIELDS if name in fields and date_phrase(fields[name].value)),
                    None)
        if copy is not None:
            # the date of the copy (an e-book's release, a library's posting), not of the text: unsure
            return Decision("date", date_phrase(copy.value), f"the witness's {copy.label}: line (the copy's date, not "
                            "necessarily the text's)", copy.lineno, False)
        return self.page_date() or Decision("date", "", "none found: no date line in the header", 0, False)

    def opening_line_date(self, fields: dict[str, HeaderField]) -> Decision | None:
        """The date a line of the opening gives below the header, or None: a labelled line ("Date: November
        1926" under a standfirst or after the lead), else a title page's imprint ("First published …")."""
        header_lines = frozenset(f.lineno for f in fields.values())
        if (labelled := field_date(self.witness.lines, self.witness.page_starts, header_lines)) is not None:
            return Decision("date", labelled.value, labelled.how, labelled.lineno, labelled.sure)
        for line in self.witness.lines[:TITLE_PAGE_LINES]:
            if m := PRINTED_LINE_RE.match(line.text.strip()):
                # a title page's imprint: "First published November 1920"
                return Decision("date", m.group(2), f"the “{m.group(1)} …” line of the title page", line.lineno, False)
        if (imprint := imprint_year(self.witness.lines[:TITLE_PAGE_LINES])) is not None:
            return Decision("date", imprint[0], "the year alone under the publisher's line of the title page's "
                            "imprint (“Published by …”, “… Publishing Company”, then the year)", imprint[1], False)
        return None

    def page_date(self) -> Decision | None:
        """The date a PDF text prints on its pages' edges ("July 1983" at the foot of each), set aside there as
        furniture: the text's date probably (a preprint's, a report's), unsure; the same line on
        :data:`~edition.witness.furniture.REPEATED_AT_LEAST` pages at least, else None."""
        dated = [(seg.block.text.strip(), seg.block.lines[0].lineno) for seg in self.layout.segments
                 if seg.role == "furniture" and seg.detail == "date line"]
        dated += [(self.witness.lines[n - 1].text.strip(), n) for n, what in self.layout.inner_furniture.items()
                  if what == "date line"]
        counts = Counter(text for text, _ in dated)
        if not counts:
            return None
        text, n = counts.most_common(1)[0]
        if n < REPEATED_AT_LEAST:
            return None
        first = min(lineno for t, lineno in dated if t == text)
        return Decision("date", text, f"the date line on {n} of the pages' edges, set aside as their furniture "
                        "(the date of this copy, not necessarily of the text)", first, False)

    def title(self) -> tuple[str, bool]:
        for field in self.header:
            if field.name == "title":
                return field.value, False
        if self.record.get("title"):
            return self.record["title"], bool(self.record.get("title_editorial", True))
        found = self.catalogue_title()
        if found:
            return found[0], False
        lead = lead_title(self.witness.lines)
        if lead is not None:
            return lead[0], False
        if (ruled := self.rule_title()) is not None:
            return ruled[0], False
        if (dumped := self.dump_title()) is not None:
            return dumped[0], False
        return f"Untitled ({Path(self.witness.path).stem})", True

    def dump_title(self) -> tuple[str, int] | None:
        """The page's title as a text dump sets it, with its line: its first heading of the first level between six
        marks ("****** Code generation (compiler) ******", :func:`edition.witness.wiki.dump_heading`), among the
        first blocks, above every other heading; None if there is none."""
        for block in self.blocks[:CATALOGUE_SEARCH]:
            if block.kind != "heading":
                continue
            raw = self.witness.text[block.start:block.end]
            dump = dump_heading(raw)
            if dump is None or dump[2] < DUMP_TITLE_MARKS:
                return None
            cut = edit_suffix(raw)
            return " ".join(raw[dump[0]:cut if cut >= 0 else dump[1]].split()), block.lineno
        return None

    def rule_title(self) -> tuple[str, int] | None:
        """The title of a register's rule or notice, with its line: the one-line heading or paragraph right above
        its fields "AGENCY:" (or "ACTION:") and, within the next blocks, "SUMMARY:" or "ACTION:" (a journal's
        masthead above it is no title); None if the first blocks have no such run of fields."""
        blocks = self.blocks[:CATALOGUE_SEARCH]
        for i, block in enumerate(blocks[1:], start=1):
            raw = self.witness.text[block.start:block.end].strip()
            if not RULE_FIELD_RE.match(raw) or not any(
                    RULE_FIELD_RE.match(self.witness.text[b.start:b.end].strip()) for b in blocks[i + 1:i + 4]):
                continue
            above = blocks[i - 1]
            text = " ".join(self.witness.text[above.start:above.end].split())
            if (above.kind in ("heading", "paragraph") and "\n" not in self.witness.text[above.start:above.end].strip()
                    and text[:1].isupper() and not text.endswith((".", ":")) and len(text.split()) >= 2):
                return text, above.lineno
            return None
        return None

    def catalogue_title(self) -> tuple[str, int] | None:
        """A "Title: …" line of a catalogue record among the first paragraphs (an e-book's), with its line."""
        for block in self.blocks[:CATALOGUE_SEARCH]:
            raw = self.witness.text[block.start:block.end].strip()
            m = CATALOGUE_TITLE_RE.match(raw)
            if block.kind == "paragraph" and m:
                return m.group(1).strip(), block.lineno
        return None


#: the marks each side of a text dump's heading of the first level (the page's title: its <h1>)
DUMP_TITLE_MARKS = 6
IBID_RE = re.compile(r"^\s*Ibid\b\.?", re.IGNORECASE)
PAGES_RE = re.compile(r"\bpp?\.\s*([\dxivlc]+(?:\s*[–-]\s*\d+)?(?:,\s*\d+(?:\s*[–-]\s*\d+)?)*)")


def title_refused(title: str) -> str:
    """What a line taken for the title reads as when it can be no title, or "": a date ("12 March 2019"), the
    site's furniture ("Jump to content", a menu, a page counter, a skip link with the site's name: "Skip to main
    content: NAME"), a record's field ("Case No: X-1"), a file's line ("8-K 1 name.htm 8-K"), a small word alone
    ("THE"), a number alone ("243": a letter's in its collection; a year may be a title)."""
    if is_date_line(title):
        return "a date line"
    if clock_line(title):
        return "the site's clock (a date and a time of day: the day the page was copied)"
    if skip_link_line(title):
        return "the site's furniture (a skip link: “Skip to main content”, past the site's menus)"
    if field_line(title):
        return "a record's field (a label and its colon, then a value of codes: “Case No: X-1”)"
    if file_name_line(title):
        return "a file's line (a file's name among codes: an archive's or a filing system's, no title)"
    if kind := web_line_kind(title, at_edge=True):
        return f"the site's furniture ({kind})"
    if home_link_line(title):
        return "the site's furniture (its name and a link back to its home page: “NAME - Back to home”)"
    if masthead_citation(title):
        return ("a journal's masthead citation (its name, the volume, the year, the pages: “Journal 58 (2010) "
                "457–474”), the article's title below it")
    if wiki_line_kind(title, "top") == "wiki tagline":
        return "a wiki's tagline (the page's title is above it)"
    if lone_small_word(title):
        return "a small word alone"
    if item_number(title):
        return "a number alone (an item's, a page's)"
    return ""


#: the separators between a site's name and a link of its own on one line ("The Ledger - Back to home")
HOME_LINK_SEPARATORS = (" - ", " – ", " — ", " | ", ": ")
#: the most words of a site's name before the link
HOME_LINK_NAME_MAX_WORDS = 5


@functools.cache
def _home_link_re() -> re.Pattern[str]:
    """A link back to a site's home page ("Back to home", "Return to the homepage", "Go to home page"), compiled
    at first use."""
    return re.compile(r"^(?:back|return|go)\s+to\s+(?:the\s+)?home(?:\s*page)?\.?$", re.IGNORECASE)


def home_link_line(text: str) -> bool:
    """A site's logo link as a copy prints it: its name, a separator, a link back to its home page ("The Ledger
    - Back to home"): the site's, never a title. A title that merely speaks of home ("Coming Home - Back to the
    Land") has no link's words after its separator."""
    stripped = " ".join(text.split())
    for sep in HOME_LINK_SEPARATORS:
        head, found, tail = stripped.rpartition(sep)
        if found and head and len(head.split()) <= HOME_LINK_NAME_MAX_WORDS and _home_link_re().match(tail):
            return True
    return False


@functools.cache
def _masthead_citation_re() -> re.Pattern[str]:
    """A journal's citation of its issue: its name, the volume (the issue perhaps), the year in brackets, the
    first and the last page ("Journal of Things 58 (2010) 457–474", "Review of Things, Vol. 12, No. 3 (1999),
    pp. 45-67"), compiled at first use."""
    return re.compile(
        r"^[^\W\d][^()]*?[^\W\d][.,]?\s+(?:vol(?:ume)?\.?\s*)?\d{1,4}(?:\s*\(\d{1,2}\)|,?\s+no\.?\s*\d{1,3})?,?\s*"
        r"\((?:1[6-9]|20)\d\d\),?\s*(?:pp?\.\s*)?\d{1,5}\s*[–-]\s*\d{1,5}\.?$", re.IGNORECASE)


def masthead_citation(text: str) -> bool:
    """A journal's masthead citation of the article's issue (:func:`_masthead_citation_re`), as a journal prints
    it over the article's first page and in the running heads of the others: the journal's, never the article's
    title. A title with a year in brackets ("Lenin (1870–1924)"), or a volume and a year without the pages, is
    none."""
    return bool(_masthead_citation_re().match(" ".join(text.split())))


#: the most lines of text between a title page's publisher and the year alone under it (its address)
IMPRINT_GAP_LINES = 2
#: the most words of a publisher's line of an imprint, and the most letters of an abbreviation ending it ("Co.")
IMPRINT_MAX_WORDS = 12
IMPRINT_ABBREVIATION_MAX = 4


@functools.cache
def _publisher_re() -> re.Pattern[str]:
    """A publisher's line of a title page's imprint ("Published by the Labor News Co.", "London: Freethought
    Publishing Company", "Foreign Languages Press"), compiled at first use."""
    return re.compile(r"\b(?:Published\s+by|Publishing|Publishers?|Press)\b")


def imprint_year(lines: list[Line]) -> tuple[str, int] | None:
    """The year of a title page's imprint, with its line: a year alone on its line ("1908") under the
    publisher's line (:func:`_publisher_re`), :data:`IMPRINT_GAP_LINES` lines of its address at most between
    them; a year alone elsewhere (a chronology's heading) is none, and so is a publisher's line in a sentence."""
    text = [line for line in lines if not line.blank]
    for i, line in enumerate(text):
        if not re.fullmatch(r"(?:1[5-9]|20)\d\d\.?", line.text.strip()):
            continue
        for above in text[max(0, i - IMPRINT_GAP_LINES - 1):i]:
            said = " ".join(above.text.split())
            last = said.split()[-1] if said else ""
            # a sentence's end is none, an abbreviation's stop ("… Labor News Co.") is the publisher's name
            ends = said.endswith(("!", "?")) or (said.endswith(".") and len(last) > IMPRINT_ABBREVIATION_MAX)
            if len(said.split()) <= IMPRINT_MAX_WORDS and not ends and _publisher_re().search(said):
                return line.text.strip().rstrip("."), line.lineno
    return None


#: the fewest short lines of a run, no blank between them, that make a byline among them a menu's link, and the
#: most words of each (:meth:`_Converter.byline_in_menu`)
MENU_BYLINE_RUN = 5
MENU_LINK_MAX_WORDS = 6
#: the most words of a site's notice to its reader (a paragraph of the text may speak of privacy at length)
SITE_NOTICE_MAX_WORDS = 80


@functools.cache
def _site_notice_re() -> re.Pattern[str]:
    """A site's notice of its privacy policy or its cookies, in its own voice: "Your privacy is important to us",
    "We have updated our privacy policy", "We value your privacy", "This site uses cookies", compiled at first
    use."""
    return re.compile(
        r"^(?:your\s+privacy\s+(?:is\s+important\s+to\s+us|matters)|we\s+(?:value|respect|care\s+about)\s+your\s+"
        r"privacy|we(?:'ve|’ve|\s+have)\s+(?:updated|changed|revised)\s+our\s+(?:privacy|cookie)\s+(?:policy|notice|"
        r"statement)|(?:this|our)\s+(?:web\s*)?site\s+uses\s+cookies|we(?:\s+and\s+our\s+partners)?\s+use\s+cookies)\b",
        re.IGNORECASE)


def site_notice(text: str) -> bool:
    """A site's notice to its reader of its privacy policy or its cookies (:func:`_site_notice_re`), opening the
    paragraph, a paragraph's length at most; a sentence that speaks of privacy ("Privacy is important to the
    union") is none."""
    stripped = " ".join(text.split())
    return len(stripped.split()) <= SITE_NOTICE_MAX_WORDS and bool(_site_notice_re().match(stripped))


def names_title_subject(name: str, title: str) -> bool:
    """Whether every word of *name* is a word of *title* (its subject: a page about the writer)."""
    said = {w.strip(string.punctuation).casefold() for w in title.split()}
    return all(w.strip(string.punctuation).casefold() in said for w in name.split())


#: the fewest words of a paragraph of prose above a letter's closing, which makes the name under it a signature
SIGNED_PROSE_MIN_WORDS = 10
#: the most words of a first line read as the site's name (:meth:`_Converter.site_name_doubt`), of a short line of
#: the page's links that holds it, and the fewest of those links
SITE_NAME_TITLE_MAX_WORDS = 5
SITE_LINK_MAX_WORDS = 8
SITE_NAME_LINKS = 3
#: the generic headings of a section, which title no text of their own ("Introduction" as a text's first line)
GENERIC_HEADINGS = frozenset(
    "introduction preface foreword contents abstract summary conclusion conclusions notes footnotes endnotes "
    "references bibliography appendix index glossary acknowledgements acknowledgments prologue epilogue afterword "
    "postscript overview background chapter part section".split()
) | {"table of contents", "further reading", "see also"}
#: the fewest letters of a word in capitals looked up in the lexicon (shorter: an acronym, an initial)
CAPS_WORD_MIN = 4


def title_doubt(title: str) -> str:
    """Why a title read from its place is not sure, or "": a section's generic heading ("Introduction",
    "Preface": a section's, not the text's title); a title in capitals with a word in no lexicon ("ONDEMNED":
    its initial lost in the copy?)."""
    bare = re.sub(r"^(?:\d{1,2}|[IVX]{1,4})\.?\s+", "", " ".join(title.split())).strip(" .:").casefold()
    if bare in GENERIC_HEADINGS:
        return "it is a section's generic heading, no title of a text"
    tokens = re.findall(r"[^\W\d_]+", title)
    if tokens and all(t.isupper() for t in tokens):
        unknown = [t for t in tokens if len(t) >= CAPS_WORD_MIN and zipf(t) == 0.0]
        if unknown:
            return (f"its word in capitals “{unknown[0]}” is no word of the lexicon (a letter lost in the copy, "
                    "a name?)")
    return ""


def resolve_ibid(body: list[Piece], notes: list[Note]) -> list[Piece]:
    """Link a note that begins "Ibid." to the work the previous note cites.

    The note's own page ("Ibid., p. 40.") is kept; a note that already has a
    citation is left alone.
    """
    if not body or not isinstance(body[0], Text) or not IBID_RE.match(body[0].value):
        return body
    if any(isinstance(p, Citation) for p in body):
        return body
    for previous in reversed(notes):
        cites = [p for para in previous.paragraphs for p in para if isinstance(p, Citation)]
        if cites:
            text_ = "".join(p.shown for p in body)
            m = PAGES_RE.search(text_)
            return [*body, Citation(cites[-1].key, m.group(1) if m else "")]
    return body


def convert(witness: Witness, record: dict | None = None,
            editorial: EditorialData | None = None) -> Edition:
    """Convert a witness into an :class:`Edition`.

    :param witness: the witness as read
    :param record: its manifest record, if it has one (title, id, siglum…)
    :param editorial: the editors' data for it (emendations, annotations)
    """
    editorial = editorial or EditorialData.empty()
    # the editors' data names the witness's offsets: a witness they have read is read as it stands
    columns = None if any(editorial) else gutter_reading(witness)
    if columns is None or not (columns.pages or columns.margins):
        # the witness read as it stands: its columns merged, if any, are reported as the text's (``columns``)
        return _Converter(witness, record or {}, editorial).run()
    edition = _Converter(columns.witness, record or {}, editorial, columns.asides).run()
    return _in_witness_lines(edition, columns, witness)


#: how a page of two columns set side by side was read apart (:func:`edition.witness.columns.gutter_reading`)
GUTTER_HOW = ("read as two columns: the page sets them side by side on its lines, as an extraction keeping the "
              "layout does, a gutter of spaces at one place on every line, the right column from character "
              "{split}{head}; read as the left column, then the right, each a page of its own (a sentence broken at "
              "the left column's foot goes on at the right column's top); every line this apparatus names is the "
              "witness's")
#: how a page of one column with a column of captions and pull quotes in its right margin was read
#: (:func:`edition.witness.columns.gutter_reading`)
MARGIN_HOW = ("read apart from its margin: the page sets a column of captions or quotations in its right margin, "
              "beside the body's lines, from character {column} on ({lines}), as an extraction keeping the "
              "layout does; the body read without them, and each run of the margin's lines printed as a paragraph "
              "after the body's paragraph it stands beside (or where it stands, on lines of its own between two "
              "paragraphs); every line this apparatus names is the witness's")
#: how a page with two columns side by side and no constant gutter was read
GUTTER_UNSURE_HOW = ("columns merged: lines {first}–{last} hold two columns side by side, but no gutter stands at one "
                     "place on the page's lines: kept as the witness has them, each line across both columns")


def _gutter_how(page: ColumnPage) -> str:
    """How a page of columns set side by side was read (:data:`GUTTER_HOW`; three columns or more: each gutter
    named, and the lines below the columns read after them)."""
    how = GUTTER_HOW.format(split=page.split + 1,
                            head=(f", under {page.head} line{'s' if page.head > 1 else ''} across both (a title, a "
                                  "byline)") if page.head else "")
    if len(page.splits) > 1:
        how = (how.replace("read as two columns", f"read as {len(page.splits) + 1} columns")
               .replace("a gutter of spaces at one place", "a gutter of spaces at one place between each two")
               .replace(f"the right column from character {page.split + 1}",
                        "the columns from characters " + ", ".join(str(s + 1) for s in page.splits))
               .replace("read as the left column, then the right,", "read column by column,")
               .replace("the left column's foot goes on at the right column's top",
                        "a column's foot goes on at the next one's top"))
    if page.foot:
        lines = "line" if page.foot == 1 else f"{page.foot} lines"
        how += f"; the {lines} below the columns, across them (a page's foot), read after them"
    return how


def _unsure_columns(columns: ColumnReading) -> list[Decision]:
    """The pages of two columns left as they stand (:data:`GUTTER_UNSURE_HOW`), each an unsure decision."""
    return [Decision("columns", f"lines {first}–{last}", GUTTER_UNSURE_HOW.format(first=first, last=last), first,
                     False) for first, last in columns.unsure]


def _in_witness_lines(edition: Edition, columns: ColumnReading, witness: Witness) -> Edition:
    """The edition of a reading with its pages of two columns apart, its line numbers and offsets the witness's
    (:class:`edition.witness.columns.ColumnReading`), and the apparatus saying how each page was read."""
    line, offset = columns.witness_line, columns.witness_offset
    controls = tuple(c for c in witness.controls if not INVISIBLE_RE.match(chr(c[1])))
    invisible = tuple(c for c in witness.controls if INVISIBLE_RE.match(chr(c[1])))
    # the statements that list lines in their words are made again from the witness's own lines
    again = {"control characters": (controls_decision(controls, witness.c1_bullets) if controls else None),
             "invisible characters": (invisible_decision(invisible) if invisible else None),
             "word joiners": (joiners_decision(witness.joiners) if witness.joiners else None)}
    # the reading's own report of columns merged names the reading's lines: each page left so is reported instead
    decisions = [again.get(d.what) or replace(d, lineno=line(d.lineno)) for d in edition.decisions
                 if d.what != "columns"]
    decisions += [Decision("columns", f"page {p.page}, lines {p.first}–{p.last}", _gutter_how(p), p.first)
                  for p in columns.pages]
    decisions += [Decision("columns", f"page {m.page}, lines {m.first}–{m.last}", MARGIN_HOW.format(
        column=m.column + 1, lines=f"line{'s' * (len(m.lines) > 1)} " + ", ".join(map(str, m.lines))), m.first)
        for m in columns.margins]
    def first(start: int, end: int) -> int:
        # a span across the column break (from the left column's foot to the right column's top) ends in the
        # witness above where it starts: it is given from the first of its offsets to the last, never reversed
        return min(offset(start), offset(end))

    def last(start: int, end: int) -> int:
        return max(offset(start), offset(end))

    return replace(
        edition,
        header=[replace(f, lineno=line(f.lineno)) for f in edition.header],
        blocks=[replace(b, start=first(b.start, b.end), end=last(b.start, b.end), lineno=line(b.lineno))
                for b in edition.blocks],
        notes=[replace(n, lineno=line(n.lineno)) for n in edition.notes],
        apparatus=_margins_moved(edition, [replace(e, start=first(e.start, e.end), end=last(e.start, e.end),
                                                   lineno=line(e.lineno)) for e in edition.apparatus],
                                 columns, witness, [first(b.start, b.end) for b in edition.blocks]),
        furniture=[replace(f, start=first(f.start, f.end), end=last(f.start, f.end), lineno=line(f.lineno))
                   for f in edition.furniture],
        decisions=decisions + _unsure_columns(columns))


#: why a right margin's text is printed after the body's paragraph beside it (:data:`MARGIN_HOW`)
MARGIN_MOVED = ("the right margin's text (a caption, a quotation) beside the body's lines, printed as a paragraph "
                "after the body's paragraph it stands beside")


def _margins_moved(edition: Edition, apparatus: list[Entry], columns: ColumnReading, witness: Witness,
                   starts: list[int]) -> list[Entry]:
    """The *apparatus* (in the witness's offsets) with an entry ``moved`` for the margin's text of each line of a
    page read apart from its margin (:class:`edition.witness.columns.MarginPage`), and the entries the reading
    made at a margin's line's end (a line joined to the margin's next) ending there: an entry beginning in the
    margin's text of a line covers none of the body's lines below it. A margin's text that the reading set
    aside whole (a running head) is recorded so already. *starts* are the blocks' first offsets."""
    pieces = []
    for m in columns.margins:
        for n, at in zip(m.lines, m.at, strict=True):
            source = witness.lines[n - 1]
            pieces.append((source.start + at, source.start + len(source.text.rstrip()), n))
    if not pieces:
        return apparatus
    out = []
    for e in apparatus:
        piece = next((p for p in pieces if p[0] <= e.start <= p[1] < e.end), None)
        out.append(replace(e, end=piece[1]) if piece else e)
    for start, end, n in pieces:
        if any(e.start < end and start < e.end and not (start <= e.start and e.end <= end) for e in out) \
                or any(e.kind == "furniture" and e.start <= start and end <= e.end for e in out):
            continue  # (set aside, or inside another's span: recorded there)
        # the paragraph printing it: the last paragraph beginning at or before it
        number = max((edition.blocks[k].number for k, b in enumerate(starts) if b <= start), default=0)
        # (in its place among the entries, which stand in the witness's order)
        at = next((k for k, e in enumerate(out) if e.start > start), len(out))
        out.insert(at, Entry("moved", start, end, n, witness.text[start:end], "", MARGIN_MOVED, number))
    return out


def controls_decision(controls: tuple[tuple[int, int], ...], bullets: frozenset = frozenset()) -> Decision:
    """The apparatus's statement on the witness's control characters, printed as their pictures."""
    codes = dict.fromkeys(code for _, code in controls)
    lines = list(dict.fromkeys(line for line, _ in controls))
    where = ", ".join(str(n) for n in lines[:10]) + (" …" if len(lines) > 10 else "")
    value = ", ".join(f"U+{code:04X}" for code in codes)
    how = (f"{len(controls)} in all, on line{'s' if len(lines) > 1 else ''} {where}: characters a page "
           f"cannot print (a symbol font's glyphs in a PDF's extraction, a terminal's colours), each "
           f"printed as its picture ({', '.join(picture(chr(c)) for c in codes if not 0x80 <= c <= 0x9F)})")
    read, marked = [], set()
    for line, code in controls:
        if 0x80 <= code <= 0x9F:  # each C1 control read one by one: a list's mark (a line's first) or not
            bullet = line in bullets and line not in marked
            marked.add(line)
            read.append(f"line {line} U+{code:04X} as {'•' if bullet else chr(0xFFFD)}")
    if read and len(read) == len(controls):
        how = how[:how.index(", each printed")]
    if read:
        how += ("; a C1 control (U+0080–U+009F, in a text that shows no other sign of a bad conversion) standing "
                "as a list's mark, at a line's start with a space after it, is read as a bullet (•), elsewhere "
                "as \ufffd: " + ", ".join(read))
    return Decision("control characters", value, how, lines[0], False)


def _lines_named(lines: list[int]) -> str:
    """The first ten of *lines*, and an ellipsis for more."""
    return ", ".join(map(str, lines[:10])) + (" …" if len(lines) > 10 else "")


def _characters_found(found: tuple[tuple[int, int], ...]) -> tuple[list[int], str, str]:
    """Characters found as (line, code point): their lines (each once), those lines named
    (:func:`_lines_named`), and the characters named by code point and Unicode name, each once."""
    lines = list(dict.fromkeys(line for line, _ in found))
    codes = dict.fromkeys(code for _, code in found)
    value = ", ".join(f"U+{code:04X} {unicodedata.name(chr(code), '')}".rstrip() for code in codes)
    return lines, _lines_named(lines), value


def invisible_decision(found: tuple[tuple[int, int], ...]) -> Decision:
    """The apparatus's statement on the witness's invisible characters (bidirectional controls, zero-width
    characters outside the scripts that use them), each printed as U+FFFD and named here."""
    lines, where, value = _characters_found(found)
    return Decision("invisible characters", value,
                    f"{len(found)} in all, on line{'s' if len(lines) > 1 else ''} {where}: characters that print "
                    "nothing yet may reorder what a reader sees (bidirectional controls) or join or part words "
                    "unseen (zero-width characters), each printed as \ufffd (U+FFFD); a zero-width space, "
                    "non-joiner or joiner between letters of a script that uses it (Arabic, Persian, the Indic "
                    "scripts, Thai, Khmer…) or inside an emoji is the text's own and kept as it stands",
                    lines[0], False)


def backlinks_decisions(lines: list[int]) -> list[Decision]:
    """The apparatus's statement on the arrows back ("↩") set aside at the ends of notes, if any."""
    if not lines:
        return []
    where = _lines_named(lines)
    return [Decision("backlinks", f"{len(lines)} notes, line{'s' if len(lines) > 1 else ''} {where}",
                     BACKLINK_END_HOW, lines[0])]


def joiners_decision(found: tuple[tuple[int, int], ...]) -> Decision:
    """The apparatus's statement on the word joiners the reading removed (:data:`~.witness.reading.JOINER`)."""
    lines, where, value = _characters_found(found)
    return Decision("word joiners", value,
                    f"{len(found)} in all, on line{'s' if len(lines) > 1 else ''} {where}: characters that print "
                    "nothing and only forbid a line break, beside signs that do not break anyway (a dash, a "
                    "letter, punctuation: an ebook's typesetting sets one beside each em dash): removed, what a "
                    "reader sees unchanged; beside a letter of a script that joins its words with them (Arabic, "
                    "the Indic scripts…) each is the text's own and kept as it stands", lines[0])


def report(edition: Edition) -> dict:
    """The JSON report of one converted text."""
    out = _report(edition)
    lists = [{"heading": d.value, "how": d.how, "line": d.lineno} for d in edition.decisions if d.what == "list"]
    if lists:
        # lines the witness sets as paragraphs, read as a list (a contents list): each with its reason
        out["lists"] = lists
    return out


def _report(edition: Edition) -> dict:
    """The report's fields every text has."""
    bodies = [n.label for n in edition.notes if n.status != "missing-body"]
    return {
        "source": edition.source,
        "id": edition.id,
        "title": edition.title,
        "layout": edition.layout,
        "paragraphs": edition.paragraphs,
        "headings": [
            "".join(p.shown for p in b.pieces)
            for b in edition.blocks
            if b.kind == "heading"
        ],
        "notes": {
            "markers": edition.markers,
            "bodies": bodies,
            "missing_bodies": [n.label for n in edition.notes if n.status == "missing-body"],
            "orphan_bodies": [n.label for n in edition.notes if n.status in ("orphan", "duplicate")],
            "duplicate_bodies": [n.label for n in edition.notes if n.status == "duplicate"],
        },
        "emendations": sum(1 for e in edition.apparatus if e.kind not in ("furniture", "citation")),
        "citations": [p.key for p in edition.all_pieces() if isinstance(p, Citation)],
        "furniture_blocks": len(edition.furniture),
        "author": next((d.value for d in edition.decisions if d.what == "author"), ""),
        "date": next((d.value for d in edition.decisions if d.what == "date"), ""),
        #: how each of title, author, date and layout was found, and how the numbers in brackets were read
        "found": {d.what: {"value": d.value, "how": d.how, "line": d.lineno, "sure": d.sure}
                  for d in edition.decisions if d.what in ("title", "author", "date", "layout", "notes")},
        "unsure": [{"what": d.what, "value": d.value, "how": d.how, "line": d.lineno}
                   for d in edition.decisions if not d.sure],
        "apparatus": [asdict(e) for e in edition.apparatus],
    }
