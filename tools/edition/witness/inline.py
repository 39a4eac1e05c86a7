"""Inside a block: emendations, note markers and typography, with offsets kept.

A block's raw witness text is turned into inline pieces
(:data:`edition.model.Piece`) by a list of *edits*: each replaces a span of the raw text by
pieces. Edits with a ``kind`` are editorial interventions and become
apparatus entries; edits without one are rendering only (a note marker
becoming a superscript, a line break becoming a space) and are described
once in the editorial principles instead.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from itertools import chain
from typing import NamedTuple

from ..model import EditorialEmendation, Emendation, Emphasis, Entry, NoteRef, Piece, Text, is_empty
from .addresses import URL_RE, broken_addresses
from .code import literal_token
from .columns import across_gutter
from .emphasis import words as emphasised_words
from .labels import (
    BRACKET,
    STOP_ABBREVIATION_RE,
    STOP_MARKER_RE,
    LabelForm,
    glued,
    in_code_word,
    in_formula,
    in_identifier,
    index_bracket,
    index_in_mathematics,
    marker_label,
    marker_matches,
)
from .lexicon import (
    SMALL_TITLE_WORDS,
    UNJOINABLE,
    TextVocabulary,
    fits_its_place,
    is_word,
    joins_across_the_line,
    keep_line_end_hyphen,
    split_glued,
    sure_separation,
    suspended_hyphen,
    title_case,
    zipf,
)
from .margins import MARGIN_NUMBER

#: a hyphen at a line end, possibly across blank lines of a page break (the
#: look-behind only lets a match start at a word's start: linear, not quadratic)
LINE_END_HYPHEN_RE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)-[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*[ \t\u00a0]*([^\W\d_]+)"
)
#: a hyphen at a line end that an OCR or an extraction printed as a sign of
#: its own: "¬" or the soft hyphen (U+00AD); always a word broken at the line
MARKED_HYPHEN_RE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)[¬\u00ad][ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*[ \t\u00a0]*([^\W\d_]+)"
)
#: a section's number alone on its line ("2.1", "A.7", "Chapter 4", "Appendix A"), set apart from its heading by a
#: PDF's extraction (the forms of :func:`edition.witness.headings.number_only`)
SECTION_ONLY_RE = re.compile(
    r"^\s*(?:(?:\d{1,2}|[A-Z]\.\d{1,2})(?:\.\d{1,2})*\.?"
    r"|(?i:(?:chapter|appendix)\s+(?:\d{1,3}|[IVXLC]{1,7}|[A-Z])\.?))\s*$")
#: a word broken at a line's end without a hyphen, as an OCR or an extraction may leave it
#: ("Acqui" / "sition"): the second part begins in lower case
LINE_BREAK_IN_WORD_RE = re.compile(
    r"(?<![\w.-])([^\W\d_]{2,})[ \t\u00a0]*\n[ \t\u00a0]*([a-z][^\W\d_]+)(?![\w’'-])"
)
#: blank lines inside a paragraph: the trace of a page break
PAGE_BREAK_RE = re.compile(r"[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+[ \t\u00a0]*")
#: a token long enough to be three or more words run together
LONG_RUN_RE = re.compile(r"(?<![\w@/.\-])[^\W\d_]{10,}(?![\w@/\-])")
WORD_TOKEN_RE = re.compile(r"(?<![\w@/.\-])[^\W\d_]{4,}(?![\w@/\-])")
#: a word run together with the conjunction after it, before a compound: "upperand lower-case"
SUSPENDED_RE = re.compile(r"(?<![\w@/.\-])([^\W\d_]{4,})(?=\s+([^\W\d_]+-[^\W\d_]+))")
#: a sentence glued to the next: "class.This" (not after a colon: a prefix joins a name so, "de:Nathan",
#: "xml:lang", and a colon ends no sentence)
GLUED_SENTENCE_RE = re.compile(r"(?<![\w.])([a-z]{2,}[.?!;])([A-Z][a-z]+)")
#: a bracketed note marker; the space before it goes with it (other forms: :mod:`edition.witness.labels`)
NOTE_MARKER_RE = BRACKET.marker
#: a note number glued to the word it follows: "budget6" (not to a letter alone, a formula's index: "x2")
GLUED_MARKER_RE = re.compile(r"(?=\d)(?<=[a-z’'”\)])(?<!(?<![^\W\d_])[a-z])(\d{1,2})(?=[\s.,;:!?”\")]|$)")
#: the second part of a word that notes at a column's foot broke ("… made of the con7" / the notes /
#: "catenation of …"): a span of the inner furniture's kind, the first part (:data:`WORD_BROKEN`) rejoined to it
#: as a line's join, the line's end going with the notes (:func:`_data_edits`)
WORD_REJOINED = "word broken at a column's foot, the notes set between its parts, rejoined"
#: the first part of such a word, moved to its second part (:data:`WORD_REJOINED`)
WORD_BROKEN = "first part of a word broken at a column's foot, moved to its second part under the notes"
#: the same, of a word that an engraving's caption glued to its first part broke at a line's end ("… the Southern
#: confedSolid Shot strapped on a Sabot." / "eracy will …", :func:`edition.witness.figures.inline_captions`)
CAPTION_WORD_REJOINED = "word broken at a line's end, an engraving's caption glued to its first part, rejoined"
CAPTION_WORD_BROKEN = ("the first part of a word broken at the line's end, joined to its second part on the next "
                       "line, and the engraving's caption glued to it, printed after the paragraph")
#: the kinds of a broken word's first part, and of its second part with the first rejoined to it
BROKEN_PARTS = frozenset({WORD_BROKEN, CAPTION_WORD_BROKEN})
REJOINED_PARTS = frozenset({WORD_REJOINED, CAPTION_WORD_REJOINED})
#: a note's number raised over the line that an extraction set apart between spaces before a stop ("Named
#: Entities 1 : PERSON"): the marker is the number and the spaces round it
SPACED_MARKER_RE = re.compile(r"(?<=[^\W\d_]) (\d{1,2}) (?=[.,;:!?](?:\s|$))")
#: or set apart between a sentence's stop and the next one's capital ("… in Euros? 13 At this point"): the
#: marker is the space before the number and the number
STOP_SPACED_MARKER_RE = re.compile(r"(?<=[^\W\d_][.?!]) (\d{1,2})(?= [A-Z“\"‘])")
#: a title between slashes, the witness's stand-in for italics
SLASH_ITALIC_RE = re.compile(r"(?<![\w:/<])/(?=[A-Z“\"‘0-9])([^/\n]{2,}?)(?<=[\w.?!”\"’)])/(?![\w/])")
TRANSLATOR_RE = re.compile(r"\((Translator|Translator’s note|Translator's note|Trans\.|Tr\.)\)\s*$")


class Edit(NamedTuple):
    """Replace ``raw[start:end]`` by *pieces*."""

    start: int
    end: int
    pieces: list[Piece]
    #: apparatus kind, or ``""`` for a change of rendering only
    kind: str = ""
    note: str = ""


def text(value: str) -> list[Piece]:
    return [Text(value)] if value else []


class Edits(list):
    """The edits of one stretch of text as they are found, with their spans kept in order, so that
    whether a new edit is free of them is found by bisection, not by comparing it with every one
    (a line of 20,000 pairs of emphasis took 28 s that way). The spans never overlap, so in the
    order of their starts their ends never fall."""

    def __init__(self) -> None:
        super().__init__()
        self.spans: list[tuple[int, int]] = []


def _free(edits: list[Edit], start: int, end: int) -> bool:
    """Whether an edit of [start, end) overlaps none of *edits* (touching is no overlap)."""
    if isinstance(edits, Edits):
        before = bisect.bisect_left(edits.spans, (end, -1)) - 1  # the last span that starts before *end*
        return before < 0 or edits.spans[before][1] <= start
    return all(end <= e.start or start >= e.end for e in edits)


def _add(edits: list[Edit], edit: Edit) -> None:
    if _free(edits, edit.start, edit.end):
        edits.append(edit)
        if isinstance(edits, Edits):
            bisect.insort(edits.spans, (edit.start, edit.end))


class RejoinedMarker(NamedTuple):
    """A note's reference set after a word that notes at a column's foot broke (:data:`WORD_REJOINED`), where
    its number was glued to the word's first part and no other marker of the text calls the note."""

    #: the witness offset where the word's second part begins
    at: int
    label: str


class InlineContext(NamedTuple):
    """What inline processing needs to know about the whole witness."""

    witness_text: str
    vocabulary: TextVocabulary
    #: labels a glued digit may stand for (notes with no bracketed marker)
    glued_labels: frozenset
    #: emendations from the editors' data
    emendations: list[EditorialEmendation]
    #: whether to separate words run together (``pdf`` layout)
    unwrap: bool
    #: the forms of note marker the witness uses (:func:`edition.witness.labels.confirmed`)
    note_forms: tuple[LabelForm, ...] = (BRACKET,)
    #: the labels of the witness's note bodies
    note_labels: frozenset = frozenset()
    #: lines of furniture inside blocks of text: (start, end, kind), witness offsets
    inner_furniture: tuple = ()
    #: whether to separate runs of three or more words glued together (``web`` layout)
    separate_long_runs: bool = False
    #: whether the extraction runs words together at all (some run of three words or more shows it):
    #: only then is a rare word that reads as two words taken for two (not "cartloads", "betake")
    runs_words: bool = True
    #: numbers in square brackets that are no note's markers where others are (:attr:`Layout.cited`)
    cited: frozenset = frozenset()
    #: the forms of emphasis the witness marks consistently (:func:`edition.witness.emphasis.emphasis_forms`)
    emphasis: tuple = ()
    #: whether the witness quotes code (:func:`edition.witness.lexicon.technical`): its words in lower case
    #: run together may be identifiers (:func:`edition.witness.lexicon.sure_separation`)
    technical: bool = False
    #: the witness offsets where its pages are known to break: the start of a page after a form feed, the
    #: ends of a page's furniture (a page number, a running head, a note at its foot) inside a paragraph.
    #: Only there is a blank line inside a paragraph a page break (:func:`_wrapping_edits`)
    page_evidence: tuple[int, ...] = ()
    #: markers of notes whose signs restart on each page (:class:`edition.witness.pagenotes.SignMarker`),
    #: by witness offsets, each with its page's label: placed before any form's markers
    sign_markers: tuple = ()
    #: the labels of the notes at the pages' feet that have a text: a number glued to a word's stop calls one
    #: of them ("BERT.3 We …", :data:`STOP_MARKER_RE`), never a number alone on its line with no text under it
    foot_texts: frozenset = frozenset()
    #: the references of the notes at a column's foot set after the words they broke (:class:`RejoinedMarker`)
    rejoined_markers: tuple[RejoinedMarker, ...] = ()
    #: the witness offsets of numbers glued to a name that are the name's, no note's markers ("SemEval15" where
    #: the text prints "SemEval-13": :func:`edition.witness.labels.name_numbers`)
    name_numbers: frozenset[int] = frozenset()


def runs_words_together(text: str, vocabulary: TextVocabulary, in_technical: bool = False) -> bool:
    """Whether a text shows that its extraction runs words together.

    A sentence glued to the next ("class.This") or a run of three words or more
    ("Theirauthoritydid") that is surely one (:func:`edition.witness.lexicon.sure_separation`:
    not "noglossbreaks" in a manual) shows it; a text of rare words alone ("cartloads",
    "betake") does not.
    """
    if any(not URL_RE.match(text, m.start()) for m in GLUED_SENTENCE_RE.finditer(text)):
        return True
    return any(
        (parts := split_glued(m.group(0), vocabulary)) is not None and len(parts) >= 3
        and sure_separation(m.group(0), parts, in_technical) and fits_its_place(text, m.start(), m.end(), parts)
        for m in LONG_RUN_RE.finditer(text)
    )


def edits_for(raw: str, base: int, ctx: InlineContext, *, markers: bool = True) -> list[Edit]:
    """Find the edits to make in *raw*, the witness text at offset *base*."""
    edits: list[Edit] = Edits()
    _data_edits(raw, base, ctx, edits)
    # every address has a slash or begins with "www." (:data:`URL_RE`): most paragraphs have neither
    urls = [m.span() for m in URL_RE.finditer(raw)] if "/" in raw or "www." in raw else []

    def in_url(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in urls)

    # hard-wrapped lines, in any layout: hyphens at line ends, page breaks
    if "\n" in raw:
        _wrapping_edits(raw, base, ctx, edits)
    # words run together by a PDF extraction
    if ctx.separate_long_runs and not ctx.unwrap:
        for m in LONG_RUN_RE.finditer(raw):
            parts = None if in_url(m.start(), m.end()) else split_glued(m.group(0), ctx.vocabulary)
            if (parts and len(parts) >= 3 and sure_separation(m.group(0), parts, ctx.technical)
                    and fits_its_place(raw, m.start(), m.end(), parts)
                    and not literal_token(raw, m.start(), m.end())):
                _add(edits, Edit(m.start(), m.end(), text(" ".join(parts)), "separation",
                                 "words run together separated"))
    if ctx.unwrap:
        _extraction_edits(raw, ctx, edits, in_url)
    if markers:
        _sign_marker_edits(raw, base, ctx, edits)
        _marker_edits(raw, base, ctx, edits, in_url)
    for m in SLASH_ITALIC_RE.finditer(raw):
        if not in_url(m.start(), m.end()):
            _add(edits, Edit(m.start(), m.end(), [Emphasis(m.group(1))], "typography",
                             "title between slashes set in italics"))
    _emphasis_edits(raw, ctx, edits, in_url)
    edits.sort(key=lambda e: (e.start, e.end))  # edits never overlap (_add)
    return edits


def _emphasis_edits(raw: str, ctx: InlineContext, edits: list[Edit], in_url) -> None:
    """"_The New Course_": emphasis where the witness marks it so, the marks not printed (the reading is
    stated once, in the apparatus, not at each pair); never in an address or a literal token."""
    for form in ctx.emphasis:
        for m in form.pair.finditer(raw):
            if not in_url(m.start(), m.end()) and not literal_token(raw, m.start(), m.end()):
                _add(edits, Edit(m.start(), m.end(), [Emphasis(emphasised_words(m), form.strong)]))


def _data_edits(raw: str, base: int, ctx: InlineContext, edits: list[Edit]) -> None:
    """The editors' emendations and the lines of furniture inside *raw*."""
    for em in ctx.emendations:
        if em.start >= base and em.end <= base + len(raw):
            _add(edits, Edit(em.start - base, em.end - base, text(em.lemma), "emendation", em.note))
    fragment = ""
    for start, end, what in ctx.inner_furniture:
        if what == WORD_BROKEN:
            fragment = ctx.witness_text[start:end]
        elif what == CAPTION_WORD_BROKEN:  # the part in lower case, the caption glued after it from its capital
            span = ctx.witness_text[start:end]
            fragment = span[:next((k for k in range(1, len(span)) if span[k].isupper()), len(span))]
        if base <= start < base + len(raw) < end and not ctx.witness_text[base + len(raw):end].strip():
            end = base + len(raw)  # a note's line that ends the paragraph: the line's end after it goes with it
        if start >= base and end <= base + len(raw):
            if what in BROKEN_PARTS:  # a word's first part, above the notes at a column's foot that broke it
                _add(edits, Edit(start - base, end - base, [], "moved" if what == CAPTION_WORD_BROKEN else "line-join",
                                 what))
            elif what in REJOINED_PARTS:  # its second part under them, the first rejoined to it
                _add(edits, Edit(start - base, end - base, text(fragment + raw[start - base:end - base]),
                                 "line-join", what))
                # the note's reference after the rejoined word, where no other marker calls the note
                for marker in ctx.rejoined_markers:
                    if marker.at == start:
                        _add(edits, Edit(end - base, end - base, [NoteRef(marker.label)]))
            else:
                _add(edits, Edit(start - base, end - base, [], "furniture", what))


def _across_gutter(raw: str, m: re.Match) -> bool:
    """Whether the line-end hyphen *m* of *raw* ends a line of two columns kept side by side over another such
    line (:func:`edition.witness.columns.across_gutter`): its word is broken at the right column's end."""
    start = raw.rfind("\n", 0, m.start()) + 1
    end = raw.find("\n", m.start(2))
    return across_gutter(raw[start:m.end(1) + 1], raw[raw.rfind("\n", 0, m.start(2)) + 1:end if end >= 0 else None])


def _wrapping_edits(raw: str, base: int, ctx: InlineContext, edits: list[Edit]) -> None:
    """Hyphens at line ends (removed or kept), addresses broken at line ends and the blank lines of page breaks
    (where the witness shows a page, :attr:`InlineContext.page_evidence`) or of a paragraph's other breaks."""
    # first: an address's hyphen at the line's end is its own ("ledmac-" / "users/"), never a soft one
    for address in broken_addresses(raw):
        _add(edits, Edit(address.start, address.end, text(address.joined), "line-join",
                         "an address broken at the line's end joined"))
    for m in MARKED_HYPHEN_RE.finditer(raw):
        _add(edits, Edit(m.start(), m.end(), text(m.group(1) + m.group(2)), "hyphenation",
                         "hyphen at a line end removed"))
    for m in LINE_END_HYPHEN_RE.finditer(raw):
        first, second = m.group(1), m.group(2)
        if _across_gutter(raw, m):
            continue  # the word goes on in the right column's next line, not at the left column's start
        if keep_line_end_hyphen(first, second, ctx.vocabulary):
            # the parts joined, the hyphen kept: a join of the editor's, recorded as the removals are
            _add(edits, Edit(m.start(), m.end(), text(f"{first}-{second}"), "hyphen-kept",
                             "hyphen at a line end kept: a compound"))
        else:
            _add(
                edits,
                Edit(m.start(), m.end(), text(first + second), "hyphenation",
                     "hyphen at a line end removed"),
            )
    _hyphens_across_furniture(raw, base, ctx, edits)
    for m in PAGE_BREAK_RE.finditer(raw):
        if SECTION_ONLY_RE.match(raw[:m.start()]):
            _add(edits, Edit(m.start(), m.end(), text(" "), "section-number",
                             "a section's number on a line of its own joined to its heading"))
            continue
        at = bisect.bisect_left(ctx.page_evidence, base + m.start())
        if at < len(ctx.page_evidence) and ctx.page_evidence[at] <= base + m.end():
            _add(edits, Edit(m.start(), m.end(), text(" "), "page-break",
                             "blank line left by a page break removed"))
        else:
            # no form feed, page number or running head there: a blank line in mid-sentence, no page's
            _add(edits, Edit(m.start(), m.end(), text(" "), "blank-line",
                             "blank line inside a sentence removed"))


#: a word broken by its hyphen at the end of a line, white space after it to the end of the stretch
BROKEN_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-[ \t\u00a0]*\n\s*\Z")
#: such a word's first part before a proof's line number at the line's end (:data:`margins.MARGIN_NUMBER`)
BROKEN_BEFORE_MARGIN_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-[ \t\u00a0]*(?:\n\s*)?\Z")
#: the longest first part of a word broken so, with the white space after it, looked for
WORD_MOST = 60
#: the first word after a stretch, white space before it
WORD_AFTER_RE = re.compile(r"\s*([^\W\d_]+)")


def _hyphens_across_furniture(raw: str, base: int, ctx: InlineContext, edits: list[Edit]) -> None:
    """A word broken at a line's end by its hyphen, its second part in lower case after lines set aside there
    (a page's foot and the next page's head, a table's rows): the word printed whole where its first part stands
    and its second part taken from below the lines set aside ("vec-" … "tors": "vectors"), each recorded; a
    compound's hyphen kept (:func:`keep_line_end_hyphen`)."""
    spans = sorted((s - base, e - base) for s, e, _ in ctx.inner_furniture if s >= base and e <= base + len(raw))
    # a proof's line number at the line's end stands between the hyphen and the line's end ("soft-    25")
    margins = {s - base for s, e, what in ctx.inner_furniture if what == MARGIN_NUMBER}
    k = 0
    while k < len(spans):
        start, end = spans[k]
        while k + 1 < len(spans) and not raw[end:spans[k + 1][0]].strip():  # the lines set aside one after another
            k += 1
            end = spans[k][1]
        k += 1
        if not raw[max(0, start - 40):start].rstrip().endswith("-"):
            continue
        before = (BROKEN_BEFORE_MARGIN_RE if start in margins else BROKEN_BEFORE_RE).search(
            raw, max(0, start - WORD_MOST), start)
        after = WORD_AFTER_RE.match(raw, end)
        if before is None or after is None or not after.group(1)[:1].islower():
            continue
        if keep_line_end_hyphen(before.group(1), after.group(1), ctx.vocabulary):
            if start in margins and _free(edits, before.start(1), start) and _free(edits, end, after.end(1)):
                # a compound's hyphen before a proof's line number: the compound whole, its hyphen kept
                _add(edits, Edit(before.start(1), start, text(f"{before.group(1)}-{after.group(1)}"), "hyphen-kept",
                                 "hyphen at a line end kept: a compound, going on after the lines set aside there"))
                _add(edits, Edit(end, after.end(1), [], "hyphen-kept",
                                 "the compound's second part, after the lines set aside, joined to its first"))
            continue
        # the word whole where its first part stands, its second part taken from below the lines set aside
        word = before.group(1) + after.group(1)
        if _free(edits, before.start(1), start) and _free(edits, end, after.end(1)):
            _add(edits, Edit(before.start(1), start, text(word), "hyphenation",
                             "hyphen at a line end removed, the word going on after the lines set aside there"))
            _add(edits, Edit(end, after.end(1), [], "hyphenation",
                             "the word's second part, after the lines set aside, joined to its first"))


def _extraction_edits(raw: str, ctx: InlineContext, edits: list[Edit], in_url) -> None:
    """Sentences and words a PDF extraction ran together, separated; words it broke at a line's end, joined."""
    for m in LINE_BREAK_IN_WORD_RE.finditer(raw):
        if joins_across_the_line(m.group(1), m.group(2)):
            _add(edits, Edit(m.start(), m.end(), text(m.group(1) + m.group(2)), "line-join",
                             "word broken at a line's end without a hyphen joined"))
    for m in GLUED_SENTENCE_RE.finditer(raw):
        if not in_url(m.start(), m.end()):
            _add(edits, Edit(m.start(), m.end(), text(f"{m.group(1)} {m.group(2)}"),
                             "separation", "space missing after a full stop supplied"))
    for m in SUSPENDED_RE.finditer(raw):
        # "upper-" / "and lower-case", joined by the extraction: "upperand lower-case"
        first = suspended_hyphen(m.group(1), m.group(2), ctx.vocabulary)
        if first and not literal_token(raw, m.start(), m.end(1)):
            _add(edits, Edit(m.start(), m.end(1), text(f"{first}- {m.group(1)[len(first):]}"), "separation",
                             "a hyphen before a word the extraction joined to the next restored "
                             "(a suspended compound: “upper- and lower-case”)"))
    for m in WORD_TOKEN_RE.finditer(raw):
        if in_url(m.start(), m.end()):
            continue
        parts = split_glued(m.group(0), ctx.vocabulary)
        # a literal token is looked for only where a separation would be made: they are few
        if (parts and (ctx.runs_words or _shows_a_join(m.group(0), parts))
                and sure_separation(m.group(0), parts, ctx.technical)
                and fits_its_place(raw, m.start(), m.end(), parts)
                and not literal_token(raw, m.start(), m.end())):
            _add(edits, Edit(m.start(), m.end(), text(" ".join(parts)), "separation",
                             "words run together by the extraction separated"))


def _shows_a_join(token: str, parts: list[str]) -> bool:
    """Whether a separation shows by itself that words were run together, in a text that shows it nowhere else.

    Three words, a capital inside the token ("theWest"), or a word that begins
    or ends no compound ("Revolutionwhich") show it; two words alone
    ("cartloads", "betake") do not.
    """
    return (len(parts) > 2 or not token[1:].islower()
            or parts[0].lower() in UNJOINABLE or parts[-1].lower() in UNJOINABLE)


#: the apparatus's note on a marker whose sign an OCR disguised (:mod:`edition.witness.pagenotes`)
SIGN_READ = "the OCR's {printed!r} read as the sign {sign} of note {label}, as the notes at its page's foot confirm"


def _sign_marker_edits(raw: str, base: int, ctx: InlineContext, edits: list[Edit]) -> None:
    """The markers of notes whose signs restart on each page, each with its page's label; a disguised sign
    ("register.t") in the apparatus, a sign itself ("vicar,*") a marker only."""
    if not ctx.sign_markers:
        return
    at = bisect.bisect_left(ctx.sign_markers, (base,))
    for marker in ctx.sign_markers[at:]:
        if marker.end > base + len(raw):
            break
        sign = marker.label[-1]
        # a paper's note ("2.12", printed "12": :func:`edition.witness.layout.paper_notes`) is printed as labelled
        disguised = not marker.label.endswith(marker.printed) and marker.printed != "∗"
        _add(edits, Edit(marker.start - base, marker.end - base, [NoteRef(marker.label)],
                         "note-sign" if disguised else "",
                         SIGN_READ.format(printed=marker.printed, sign=sign, label=marker.label) if disguised else ""))


def _foot_marker_edits(raw: str, ctx: InlineContext, edits: list[Edit], in_url) -> None:
    """The markers of notes at the pages' or the columns' feet that no confirmed form reads: a number glued to a
    word's stop ("… by means of BERT.3 We then …", "(2019, WiC),16 i.e.", :data:`STOP_MARKER_RE`), or set apart
    before a stop ("Named Entities 1 : PERSON", :data:`SPACED_MARKER_RE`), each only where a note of that number
    stands at a foot with its text."""
    if not ctx.foot_texts or not ctx.glued_labels:
        return  # no note at a foot, or none a glued number may call: no such marker
    for m in STOP_MARKER_RE.finditer(raw):
        if (m.group(1) in ctx.foot_texts and m.group(1) in ctx.glued_labels and not in_url(m.start(), m.end())
                and not STOP_ABBREVIATION_RE.search(raw, max(0, m.start() - 8), m.start())
                and not in_identifier(raw, m.start()) and not index_in_mathematics(raw, m.start())):
            _add(edits, Edit(m.start(), m.end(), [NoteRef(m.group(1))]))
    for m in chain(SPACED_MARKER_RE.finditer(raw), STOP_SPACED_MARKER_RE.finditer(raw)):
        if m.group(1) in ctx.foot_texts and m.group(1) in ctx.glued_labels and not in_url(m.start(), m.end()):
            _add(edits, Edit(m.start(), m.end(), [NoteRef(m.group(1))]))


def _marker_edits(raw: str, base: int, ctx: InlineContext, edits: list[Edit], in_url) -> None:
    """Note markers, in each form the witness uses, and numbers glued to words that notes confirm."""
    for form in ctx.note_forms:
        for m in marker_matches(raw, form):
            if glued(form) and (m.group(1) not in ctx.note_labels or base + m.start(1) in ctx.name_numbers):
                continue  # a glued number no note confirms: a unit, a name
            if form is BRACKET and m.group(1) in ctx.cited:
                continue  # a citation, a page number: no note's marker
            if form.marker is BRACKET.marker and m.group(1) not in ctx.note_labels \
                    and index_bracket(raw, m.start(1) - 1, m.group(1)):
                continue  # "µs[0]", "x[1]": an index, no note's marker
            if form is BRACKET or not in_url(m.start(), m.end()):
                _add(edits, Edit(m.start(), m.end(), [NoteRef(marker_label(m.group(1)))]))
    _foot_marker_edits(raw, ctx, edits, in_url)
    for m in GLUED_MARKER_RE.finditer(raw):
        if (m.group(1) in ctx.glued_labels and base + m.start(1) not in ctx.name_numbers
                and not in_url(m.start(), m.end()) and not in_identifier(raw, m.start())
                and not index_in_mathematics(raw, m.start()) and not in_code_word(raw, m.start())
                and not in_formula(raw, m.start())):
            _add(edits, Edit(m.start(), m.end(), [NoteRef(m.group(1))]))


#: line breaks with the spacing around them, runs of spaces, and tabs: each
#: becomes one space (a change of spacing only, not recorded in the apparatus)
WHITESPACE_RE = re.compile(r"[ \t]*\n[ \t\u00a0]*|[ \t]{2,}|\t")


#: the interventions printed as running text, recorded in the apparatus only: a line-end hyphen kept joins
#: the parts as the witness prints them, its line break aside (a glossary's term is linked in them as anywhere)
AS_TEXT = frozenset({"hyphen-kept"})


def apply(raw: str, base: int, edits: list[Edit], lineno_of, paragraph: int) -> tuple[list[Piece], list[Entry]]:
    """Apply *edits* to *raw*; return the pieces and the apparatus entries.

    Text outside edits has its line breaks turned into spaces; the pieces are
    merged so that adjacent text pieces form one.
    """
    pieces: list[Piece] = []
    entries: list[Entry] = []
    pos = 0
    for edit in edits:
        pieces += text(WHITESPACE_RE.sub(" ", raw[pos:edit.start]))
        if edit.kind and edit.kind not in AS_TEXT and len(edit.pieces) == 1 and isinstance(edit.pieces[0], Text):
            # keep what the witness reads beside the edition's reading (for TEI)
            pieces.append(Emendation(edit.kind, raw[edit.start:edit.end], edit.pieces[0].value))
        else:
            pieces += edit.pieces
        if edit.kind:
            start, end = base + edit.start, base + edit.end
            lemma = "".join(p.value for p in edit.pieces if isinstance(p, (Text, Emphasis)))
            entries.append(
                Entry(edit.kind, start, end, lineno_of(start), raw[edit.start:edit.end],
                      lemma, edit.note, paragraph)
            )
        pos = edit.end
    pieces += text(WHITESPACE_RE.sub(" ", raw[pos:]))
    return merge(pieces), entries


def merge(pieces: list[Piece]) -> list[Piece]:
    """Join adjacent text pieces and trim the ends."""
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].value + piece.value)
        else:
            out.append(piece)
    if out and isinstance(out[0], Text):
        out[0] = Text(out[0].value.lstrip())
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].value.rstrip())
    return [p for p in out if not is_empty(p)]


def heading_edit(raw: str, source: str = "") -> Edit | None:
    """Title-case a heading set in capitals (an apparatus entry of kind ``heading``). A heading of one word that
    the witness's text (*source*) prints in capitals inside a line of prose too ("PLATINUM" over "… the PLATINUM
    tool …") is a name, a program's or an acronym's: it keeps its capitals."""
    flat = WHITESPACE_RE.sub(" ", raw).strip()
    letters = [c for c in flat if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return None
    if source and named_in_prose(flat, source):
        return None
    joined = small_caps_joined(flat)
    note = "heading in capitals set in title case"
    if joined != flat:
        flat, note = joined, "heading in small capitals, each word's first letter rejoined, set in title case"
    if not mostly_words(flat):
        return None  # letter-spaced capitals, a file's name (README), an OCR's misreadings: kept as they stand
    cased = title_case(flat, capitals_in_prose(flat, source) if source else frozenset())
    if cased == flat:
        return None  # capitals that stay capitals ("1.2 LATEX", "USSR"): no change to record
    return Edit(0, len(raw), text(cased), "heading", note)


def named_in_prose(word: str, text: str) -> bool:
    """Whether the one word *word*, in capitals, stands in capitals in a line of *text* that has lower-case letters
    (a line of prose: "… the PLATINUM tool …"), as a name or an acronym does."""
    return bool(re.fullmatch(r"[^\W\d_]{2,}", word)) and word in _capitals_in_lines_of_prose(text)


#: a run of letters none of which is a lower-case ASCII letter: every word in capitals is one, bounded by no
#: letter or digit (:func:`_capitals_in_lines_of_prose`)
_NOT_LOWER_RUN_RE = re.compile(r"[^\W\d_a-z]{2,}")
#: a run of capitals, ASCII (:func:`_capitals_alone_in_prose`)
_CAPITALS_RUN_RE = re.compile(r"[A-Z]{2,}")
#: the first word of letters after what is not a word ("… (NATO": "NATO"), at the start of a text
_NEXT_WORD_RE = re.compile(r"\W*([^\W\d_]+)")


def _word_char(c: str) -> bool:
    """Whether *c* is what a pattern's ``\\w`` matches (a letter, a digit, an underscore)."""
    return c.isalnum() or c == "_"


def _whole_words(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """The runs *pattern* finds in *text* that are whole words (no letter, digit or underscore either side), with
    where their line begins: one pass over the text, never over each of its lines."""
    n = len(text)
    for m in pattern.finditer(text):
        a, b = m.span()
        if (a and _word_char(text[a - 1])) or (b < n and _word_char(text[b])):
            continue
        yield a, b, m.group(0)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


@functools.lru_cache(maxsize=4)
def _capitals_in_lines_of_prose(text: str) -> frozenset[str]:
    """Every word in capitals that stands in a line of *text* with lower-case letters (:func:`named_in_prose`),
    found in one pass over the text (once a text, however many its headings)."""
    found: set[str] = set()
    lower: dict[int, bool] = {}  # a line's start → whether it has lower-case letters
    for a, b, word in _whole_words(text, _NOT_LOWER_RUN_RE):
        if not word.isupper():
            continue
        start = text.rfind("\n", 0, a) + 1
        if (prose := lower.get(start)) is None:
            prose = lower[start] = any(c.islower() for c in text[start:_line_end(text, b)])
        if prose:
            found.add(word)
    return frozenset(found)


#: the most frequent word in capitals a heading keeps as the prose prints it ("NATO", 4.0; never "NOT", "WAR")
KEPT_CAPITALS_BELOW = 4.5
#: the fewest words in lower case of a line of running prose ("… under the WIPO treaties, which …"); a heading in
#: mixed case ("Dr. GAVIN Wood Answers") has none
PROSE_LOWER_WORDS = 3
#: a word in lower case (:data:`PROSE_LOWER_WORDS`)
_LOWER_WORD_RE = re.compile(r"(?<!\S)[a-z][a-z'’]*\b")


def capitals_in_prose(heading: str, text: str) -> frozenset[str]:
    """The words of a heading in capitals, rare as words (:data:`KEPT_CAPITALS_BELOW`), that *text* prints in
    capitals, alone among words in lower case, in a line of running prose too (:data:`PROSE_LOWER_WORDS` words in
    lower case at least; "the PROJECT GUTENBERG-tm concept" is a phrase in capitals, no acronym's): acronyms
    ("WIPO TREATIES IMPLEMENTATION ACT" over "… the WIPO treaties …"), kept as printed when the heading is
    recased; a name in capitals only in headings ("GAVIN WOOD", "Dr. GAVIN Wood Answers") is none."""
    words_in_prose = _capitals_alone_in_prose(text)
    return frozenset(word for word in set(re.findall(r"(?<![\w.])[A-Z]{2,}(?![\w.])", heading))
                     if zipf(word) < KEPT_CAPITALS_BELOW and word in words_in_prose)


@functools.lru_cache(maxsize=4)
def _capitals_alone_in_prose(text: str) -> frozenset[str]:
    """Every word in capitals that *text* prints alone among words in lower case in a line of running prose
    (:func:`capitals_in_prose`), found in one pass over the text (once a text, however many its headings)."""
    found: set[str] = set()
    prose: dict[int, bool] = {}  # a line's start → whether it is a line of running prose
    for a, b, word in _whole_words(text, _CAPITALS_RUN_RE):
        start = text.rfind("\n", 0, a) + 1
        end = _line_end(text, b)
        if (running := prose.get(start)) is None:
            running = prose[start] = len(_LOWER_WORD_RE.findall(text, start, end)) >= PROSE_LOWER_WORDS
        if not running:
            continue
        # alone in capitals among the prose's words: "the WIPO treaties", never "the PROJECT GUTENBERG-tm";
        # the word before it read backwards
        left = _NEXT_WORD_RE.match(text[a - 1:start - 1:-1] if start else text[a - 1::-1]) if a > start else None
        right = _NEXT_WORD_RE.match(text, b, end)
        if not any(n is not None and n.group(1).isupper() and len(n.group(1)) > 1 for n in (left, right)):
            found.add(word)
    return frozenset(found)


#: a word's first letter split from the rest, as an extraction of small capitals reads it: "I MAGE", "D ATA"
SPLIT_CAPITAL_RE = re.compile(r"(?<![^\s(“\"‘])([A-Z]) ([A-Z]{2,})(?![^\s.,:;!?)”\"’])")
#: the fewest split words in a line that make it an extraction of small capitals (one alone: "A GAIN", a phrase)
SPLIT_CAPITALS_MIN = 2


def small_caps_joined(caps: str) -> str:
    """A line in capitals with its words rejoined where an extraction of small capitals split each word's first
    letter from the rest ("III. I MAGE D ATA" → "III. IMAGE DATA"): :data:`SPLIT_CAPITALS_MIN` splits or more,
    each joined only if the letter and the rest make a known word; else the line as written ("A MAN", one split,
    stays)."""
    splits = SPLIT_CAPITAL_RE.findall(caps)
    if len(splits) < SPLIT_CAPITALS_MIN or not all(is_word(a + b) for a, b in splits):
        return caps
    return SPLIT_CAPITAL_RE.sub(lambda m: m.group(1) + m.group(2), caps)


#: the letters of a word of a heading in capitals
CAPS_WORD_RE = re.compile(r"[^\W\d_]+")
#: a Roman numeral, a word of a heading ("PART II")
ROMAN_RE = re.compile(r"[IVXLC]+")


def mostly_words(caps: str) -> bool:
    """Whether at least half the words of a line in capitals are words, so that title case can be read.

    A word counts when it is a known word of three letters or more, a small word of titles
    ("OF", "THE") or a Roman numeral; the letters of a letter-spaced line ("T H E  T E C H N
    I C A L", as an extraction reads it: "TH E TE CH N ICA L"), a file's name ("README") or an
    OCR's misreadings are no words, and a line mostly of them keeps its capitals.
    """
    runs = CAPS_WORD_RE.findall(caps)
    known = sum(1 for w in runs if (len(w) >= 3 and is_word(w)) or w.lower() in SMALL_TITLE_WORDS
                or ROMAN_RE.fullmatch(w))
    return 2 * known >= len(runs)


def translator_note(pieces: list[Piece]) -> bool:
    """Whether a note ends with the translator's mark, "(Translator)"."""
    return bool(pieces) and isinstance(pieces[-1], Text) and bool(TRANSLATOR_RE.search(pieces[-1].value))
