"""A figure's labels and caption in a PDF's extraction, known by their form.

pdftotext gives the words drawn in a figure (the names in its boxes, the numbers of its arrows) as short
lines, a word or two each, in runs set apart by blank lines, where the figure stood on the page: often
between the two parts of a sentence that runs on below the figure, and above the figure's caption
("Figure 1: Circles in the picture represent processors …"). Such a cluster (:func:`figure_lines`) is
the figure's labels: short lines (:data:`LABEL_MOST_WORDS` words at most, no sentence's end), at least
:data:`LABELS_MIN` of them, in two runs or more, under a sentence the text breaks off and above either a
caption or the sentence's continuation (a line in lower case). The labels are furniture ("figure
labels"): set aside with their text, never headings, and the sentence is joined across them
(:func:`edition.witness.layout.join_page_breaks`), across the caption too; the caption, the author's
text, is printed as a paragraph of its own after the paragraph the figure interrupts
(:func:`captions_after`), the move recorded in the apparatus.

A web page's caption stands where its image stood, which the copy lacks: a caption is only found where an
image may have stood, never under a heading (a chapter's title under its label, an epigraph under the title)
nor above an epigraph's attribution ("— Karl Marx"), unless the image's trace is beside it
(:func:`image_trace`: "[image]", "![…](…)", a file's name, a wiki's image link or its end "…]]", "Photo: …",
"Figure 3").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .script import words

# -- The captions' grammar: every pattern of a caption's label in the package, here ----------------------------
#
# A caption opens with its label ("Figure", "Fig.", "Table", "TABLE", "Plate", …) and its number ("3", "2.1",
# "4a", "IV"), then a separator (a colon, a stop, a dash) and its words, or its words after a space, or nothing
# (the label alone on its line, its words on the next: "Table 4" over "Thalf (years)"). The forms below differ
# in which labels, numbers and separators each reading asks for; :mod:`edition.witness.headings` reads its
# captions with the same patterns (imported from here), so that a caption is one grammar in one place.

#: a figure's caption: "Figure 1:", "Fig. 2.", "Figure 3 —"
CAPTION_RE = re.compile(r"^\s*(?:Figure|Fig\.)\s*\d+(?:\.\d+)*[a-z]?\s*[:.—–-]\s*\S")
#: a caption by its colon ("Figure 1:", "Fig. 2:", "Table 3:"), which no sentence's words go on to
COLON_CAPTION_RE = re.compile(r"^\s*(?:Figure|Fig\.|Table)\s*\d+(?:\.\d+)*[a-z]?\s*:\s*\S")
#: a table's caption: "Table 1:", "Table 2."
TABLE_CAPTION_RE = re.compile(r"^\s*Table\s*\d+(?:\.\d+)*[a-z]?\s*[:.—–-]\s*\S")
#: a table's caption in any case a PDF's fonts give it ("Table 1.", "TABLE 2:", small capitals "tABLE 3.")
ANY_TABLE_CAPTION_RE = re.compile(r"^\s*(?:Table|TABLE|tABLE)\s*\d+(?:\.\d+)*[a-z]?\s*[:.—–-]\s*\S")
#: a figure's or a table's caption, by its label and number: "Figure 3: …", "Fig. 2.", "Table 2 Delegates …",
#: "Plate IV", "Map 1 —"; the label alone with its number ("Table 2") too (a heading's lookalike)
CAPTION_LABEL_RE = re.compile(
    r"^\s*(?:Figure|FIGURE|Fig\.|FIG\.|Table|TABLE|Tab\.|Plate|PLATE|Map|Chart|Diagram|Graph|Exhibit|Illustration)"
    r"\s+(?:\d{1,3}|[IVXLC]{1,6})(?:[.-]\d{1,3})*[a-z]?(?:\s*[:.—–-]\s*|\s+(?=[A-Z\d“\"‘(])|\s*$)")
#: a table's caption above its cells, its words in capitals after a space or none: "Table 2: …", "TABLE 2 …"
LABELLED_TABLE_RE = re.compile(
    r"^\s*(?:Table|TABLE|Tab\.)\s+(?:\d{1,3}|[IVXLC]{1,6})(?:[.-]\d{1,3})*[a-z]?(?:\s*[:.—–-]\s|\s+(?=[A-Z])|\s*$)")
#: a figure's caption below its labels, a space after its separator: "Figure 3: …", "Fig. 2."
SPACED_FIGURE_CAPTION_RE = re.compile(
    r"^\s*(?:Figure|FIGURE|Fig\.|FIG\.)\s+\d{1,3}(?:[.-]\d{1,3})*[a-z]?\s*[:.—–-]\s")
#: a table's caption whose number a stop or a colon ends ("Table 4: Results of …."), a sentence though it be
STOPPED_TABLE_CAPTION_RE = re.compile(r"^\s*(?:Table|TABLE|Tab\.)\s+[\dIVXLC][\w.-]{0,8}?\s*[:.—–]\s")

#: the most words a label has
LABEL_MOST_WORDS = 3
#: the longest label
LABEL_MOST_CHARS = 30
#: the fewest labels that make a figure
LABELS_MIN = 4
#: the fewest runs of labels (a figure's labels stand apart; a heading and its number are one run)
RUNS_MIN = 2
#: what ends a sentence (a line that ends so is no label)
SENTENCE_END = ".?!:;,"
LABELS = "figure labels"
CAPTION = "figure caption"
#: the reason given in the apparatus, once per text
HOW = ("short lines without a sentence's end, set in runs apart between the two parts of a sentence (or above "
       "a figure's caption), are the labels of a figure the copy lacks: set aside as furniture, and the sentence "
       "joined across them; the figure's caption (“Figure n: …”) printed as a paragraph after the paragraph the "
       "figure interrupts")
#: the apparatus's words on a caption printed after the paragraph
MOVED = "the figure's caption, printed after the paragraph the figure interrupts"
ROWS = "table rows"
TABLE_CAPTION = "table caption"
#: the reason given in the apparatus, once per text
TABLE_HOW = ("lines of cells apart by wide gaps, as an extraction keeping the layout sets a table's rows, above "
             "the table's caption (“Table n: …”), between the two parts of a sentence that goes on below the "
             "caption: the table's rows, printed as the witness sets them after the paragraph the table "
             "interrupts, then its caption as a paragraph, and the sentence joined across them")
TABLE_MOVED = "the table's caption, printed after the paragraph the table interrupts"
ROWS_MOVED = "the table's rows, printed as the witness sets them after the paragraph the table interrupts"
#: each caption's (and a table's rows') kind of furniture, and the apparatus's words on it printed after the
#: paragraph, in the witness's order
CAPTIONS = {CAPTION: MOVED, ROWS: ROWS_MOVED, TABLE_CAPTION: TABLE_MOVED}
#: another column's prose that an extraction set between the two parts of a sentence, the figure's labels and
#: caption with it (:func:`between_sentence_parts`), and the apparatus's words on it printed after the paragraph
BETWEEN = "another column's text set between the two parts of a sentence"
BETWEEN_MOVED = ("another column's text that the extraction set between the two parts of a sentence (under a "
                 "word broken at a column's foot, with a figure's labels and caption), printed after the paragraph")
CAPTIONS[BETWEEN] = BETWEEN_MOVED
#: a side head that a two-column page's raw extraction set between the two halves of a sentence, after the page's
#: furniture (:func:`edition.witness.layout.heads_between_halves`), printed as a heading after the paragraph
HEAD_BETWEEN = "side head set between the two parts of a sentence"
CAPTIONS[HEAD_BETWEEN] = ("a side head that the extraction set between the two parts of a sentence (after the "
                          "page's furniture, the sentence going on in lower case under it), printed as a heading "
                          "after the paragraph")
#: the reason given in the apparatus, once per text
BETWEEN_HOW = ("a word broken at a column's foot, its notes under it and its rest further down the page, past a "
               "figure (its labels, its caption) and another column's text that opens in the middle of its own "
               "sentence, as a plain extraction sets them: the sentence joined across them, the figure's labels "
               "set aside, its caption and the other column's paragraphs printed after the paragraph, in the "
               "witness's order")
#: a whole table's cells (set one a line, or rows of cells) and its notes, between the halves of a sentence
CELLS = "table inside a sentence"
CELLS_MOVED = "the table's cells and notes, printed as the witness sets them after the paragraph the table interrupts"
CAPTIONS[CELLS] = CELLS_MOVED
#: the reason given in the apparatus, once per text
CELLS_HOW = ("a table set between the two halves of a sentence (a page or more of it: its caption “Table n. …”, its "
             "cells one a line or in rows, its notes, under the page's furniture), the sentence going on in lower "
             "case below it: the sentence joined across it, the table printed after the paragraph, its caption a "
             "paragraph, its cells and notes as the witness sets them, line by line")
#: a table's note or its key under its cells: "* First …", "† …", "Abbreviations: …", "Source: …", "Note: …"
TABLE_NOTE_RE = re.compile(r"^\s*(?:[*†‡§¶#]|(?:Abbreviations?|Notes?|Sources?)\s*:)")
#: the fewest cells of a table between a sentence's halves
TABLE_CELLS_MIN = 4
#: a cell that is a number ("61,206", "(4.7)", "—"): never a caption's next line
NUMBER_CELL_RE = re.compile(r"^[\s\d.,()%+\-—–]*$")
#: the fewest rows of a table above its caption, and the fewest cells of a row
ROWS_MIN = 2
ROW_CELLS_MIN = 3


def _label(text: str) -> bool:
    core = text.strip()
    return (0 < len(core) <= LABEL_MOST_CHARS and len(words(core)) <= LABEL_MOST_WORDS
            and core[-1] not in SENTENCE_END and not CAPTION_RE.match(core))


def _breaks_off(text: str) -> bool:
    core = text.strip()
    return bool(core) and core[-1] not in ".?!:;…”\"’')" and not core[-1].isdigit()


def figure_lines(blocks: list, furniture: dict[int, str]) -> dict[int, str]:
    """The lines of the figures' labels and captions among *blocks* (runs of lines, with ``lines`` of
    ``text`` and ``lineno``; *furniture*: the lines of the page's furniture found already), by line number,
    with their kind. Linear: each run is looked at once as a cluster's start or member."""
    found: dict[int, str] = {}
    i = 0
    while i < len(blocks):
        # the page's furniture in the run aside (a running foot above a figure at the next page's top)
        own = [x for x in blocks[i].lines if x.lineno not in furniture]
        if own and (table := _table_rows(blocks, i, own, furniture)):
            found.update(table)
            i += 1
            continue
        if own and (k := _captioned_at(own)) is not None:
            before = next((b for b in reversed(blocks[:i]) if not all(x.lineno in furniture for x in b.lines)), None)
            after = blocks[i + 1] if i + 1 < len(blocks) else None
            if before is not None and _breaks_off(before.lines[-1].text) and after is not None \
                    and after.lines[0].text.strip()[:1].islower():
                # "Why?", "Functionality", …, "Figure 1: Summary of the slogans" in one run inside a sentence
                found.update({line.lineno: LABELS for line in own[:k]})
                found.update({line.lineno: CAPTION for line in own[k:]})
                i += 1
                continue
        if not all(_label(line.text) for line in blocks[i].lines) or \
                all(line.lineno in furniture for line in blocks[i].lines):
            i += 1
            continue
        j, labels, runs = i, 0, 0
        while j < len(blocks) and all(_label(line.text) for line in blocks[j].lines):
            if not all(line.lineno in furniture for line in blocks[j].lines):
                labels += len(blocks[j].lines)
                runs += 1
            j += 1
        before = next((b for b in reversed(blocks[:i]) if not all(x.lineno in furniture for x in b.lines)), None)
        after = blocks[j] if j < len(blocks) else None
        caption = after is not None and bool(CAPTION_RE.match(after.lines[0].text))
        # short lines under a table's caption are its cells, never a figure's labels (:func:`table_pages`)
        broken = before is not None and _breaks_off(before.lines[-1].text) and not _table_caption_run(
            [x for x in before.lines if x.lineno not in furniture])
        goes_on = after is not None and after.lines[0].text.strip()[:1].islower()
        if labels >= LABELS_MIN and runs >= RUNS_MIN and (caption or (broken and goes_on)):
            for block in blocks[i:j]:
                if not all(line.lineno in furniture for line in block.lines):
                    found.update({line.lineno: LABELS for line in block.lines})
            following = blocks[j + 1] if j + 1 < len(blocks) else None
            if caption and after is not None and broken:
                # the sentence goes on below the caption: the caption printed after the paragraph
                found.update({n: CAPTION for n in _caption(after.lines, following)})
        i = max(j, i + 1)
    found |= _captioned_clusters(blocks, furniture, found)
    found |= _bare_captions(blocks, furniture, found)
    found |= _title_captions(blocks, furniture, found)
    return found | table_pages(blocks, furniture, found)


def _short_cell(text: str) -> bool:
    """A table's cell set alone on its line ("Characteristic", "61,206", "total occupied"), or a row of cells
    (:func:`_table_row`)."""
    core = text.strip()
    return (0 < len(core) <= LABEL_MOST_CHARS + 10 and len(core.split()) <= CELL_MOST_WORDS) or _table_row(text)


def table_pages(blocks: list, furniture: dict[int, str], found: dict[int, str]) -> dict[int, str]:
    """The lines of whole tables that stand between the two halves of a sentence (a table set on the pages
    between them), by line number with their kind: a run opening with a table's caption
    (:data:`ANY_TABLE_CAPTION_RE`, or its label alone on its line over its words, :func:`_labelled`) after a line
    of prose that breaks its sentence off (the page's furniture between them), then runs of the table's cells
    (:func:`_short_cell`: short lines one a line, or rows of cells), of its notes (a run opening with a note's
    sign or "Abbreviations:", :data:`TABLE_NOTE_RE`; a note in words, :func:`_table_note`), other
    tables' captions and the page's furniture, down to a run that goes on in lower case with a line of prose
    (the sentence's second half). The caption's lines (:data:`TABLE_CAPTION`) are printed as a paragraph after
    the paragraph, the cells and notes (:data:`CELLS`) as the witness sets them (:func:`captions_after`), the
    sentence joined across them. A table under a sentence's end, one whose next text opens a sentence, a run
    of prose inside it, stay where they stand."""
    def own(block) -> list:
        return [x for x in block.lines if x.lineno not in furniture]

    def caption_at(block) -> bool:
        lines = own(block)
        return _table_caption_run(lines) and not any(x.lineno in found for x in lines)

    def of_table(block) -> bool:
        lines = own(block)
        if not lines or caption_at(block):
            return True
        return not any(x.lineno in found for x in lines) and (
            bool(TABLE_NOTE_RE.match(lines[0].text)) or all(_short_cell(x.text) for x in lines))

    out: dict[int, str] = {}
    j = 0
    while j < len(blocks):
        if not caption_at(blocks[j]):
            j += 1
            continue
        k = _table_end(blocks, j + 1, own, of_table, found)
        i = j - 1
        while i >= 0 and not own(blocks[i]):
            i -= 1
        above = own(blocks[i])[-1] if i >= 0 else None
        following = own(blocks[k])[0] if k < len(blocks) and own(blocks[k]) else None
        table = [x for b in blocks[j:k] for x in own(b)]
        cells = [x for x in table if not ANY_TABLE_CAPTION_RE.match(x.text) and not TABLE_NOTE_RE.match(x.text)]
        if above is not None and following is not None and above.lineno not in found \
                and _breaks_off(above.text) and _sentence_line(above.text) \
                and following.text.strip()[:1].islower() and _sentence_line(following.text) \
                and len(cells) >= TABLE_CELLS_MIN \
                and not (_labelled(own(blocks[j])) and _table_note(own(blocks[k]), own(blocks[k - 1]))):
            for b in blocks[j:k]:
                out.update(_table_kinds(own(b)))
        j = max(k, j + 1)
    return out


def _table_end(blocks: list, k: int, own, of_table, found: dict[int, str]) -> int:
    """The index of the first run from *k* on that is no line of the table (:func:`table_pages`: *own(block)*,
    a run's lines that are no furniture; *of_table(block)*, a run of its cells, notes or captions): a table's
    note in words under its cells (:func:`_table_note`) is the table's where the table's lines or the sentence's
    second half (a line in lower case) follow it."""
    def next_own(n: int) -> int:
        while n < len(blocks) and not own(blocks[n]):
            n += 1
        return n

    def note_at(n: int) -> bool:
        lines = own(blocks[n])
        if not lines or any(x.lineno in found for x in lines) or not _table_note(lines, own(blocks[n - 1])):
            return False
        m = next_own(n + 1)
        return m < len(blocks) and (of_table(blocks[m]) or own(blocks[m])[0].text.strip()[:1].islower())

    while k < len(blocks) and (of_table(blocks[k]) or note_at(k)):
        k += 1
    return k


#: the labels of a table's caption set alone on its line, its number after it ("Table 4" over "Thalf (years)")
TABLE_LABELS = ("Table", "TABLE", "tABLE")
#: the most lines of a table's note in words (:func:`_table_note`)
TABLE_NOTE_MOST_LINES = 12
#: a wrapped caption's line as long as this share of the one above at least: the last line is shorter
WRAPPED_SHARE = 0.8
#: the longest key of a table's note opening it ("ns Indicates that no solution was found", "a", "b")
NOTE_KEY_MOST_CHARS = 3


def _table_label(text: str) -> bool:
    """A table's label alone on its line, with its number: "Table 4", "TABLE 2.1", "Table 3a"."""
    ws = text.split()
    return len(ws) == 2 and ws[0] in TABLE_LABELS and ws[1][:1].isdigit() \
        and ws[1].rstrip("abcdefgh").replace(".", "").isdigit()


def _table_caption_run(lines: list) -> bool:
    """Whether a run of *lines* opens with a table's caption (:data:`ANY_TABLE_CAPTION_RE`, :func:`_labelled`)."""
    return bool(lines) and (bool(ANY_TABLE_CAPTION_RE.match(lines[0].text)) or _labelled(lines))


def _labelled(lines: list) -> bool:
    """Whether a run of *lines* opens with a table's caption whose label stands alone on its line, its words on
    the next ("Table 4" / "Thalf (years) for all catchments"): never a sentence's words ("Table 4" / "shows")."""
    return len(lines) >= 2 and _table_label(lines[0].text) and lines[1].text.strip()[:1].isupper()


def _table_note(lines: list, above: list) -> bool:
    """Whether a run of *lines* under a table's cells (the run *above* it) is a note of the table in words: a
    few lines (:data:`TABLE_NOTE_MOST_LINES`) ending a sentence, that open with the note's key ("ns Indicates
    that …", a short key in lower case before a capital), or "Note" ("Note that no solution …"), or stand under
    the key alone ("a" over "Rainfall refers to …")."""
    if len(lines) > TABLE_NOTE_MOST_LINES or not lines[-1].text.rstrip().endswith("."):
        return False
    first = lines[0].text.split()
    keyed = len(first) >= 2 and len(first[0]) <= NOTE_KEY_MOST_CHARS and first[0].isalpha() \
        and first[0].islower() and first[1][:1].isupper()
    under_key = bool(above) and len(above[-1].text.strip()) == 1 and above[-1].text.strip().isalpha()
    return keyed or under_key or first[:1] == ["Note"]


def _table_kinds(lines: list) -> dict[int, str]:
    """The kind of each of a table's *lines* in one run (:func:`table_pages`): a caption's (its first line, and
    the next while the one before runs long, a wrapped caption, and the next is no number; a label alone on its
    line with the caption's words on the next, :func:`_labelled`), or a cell's or a note's."""
    n = 0
    if lines and (ANY_TABLE_CAPTION_RE.match(lines[0].text) or _labelled(lines)):
        n = first = 1 + _labelled(lines)
        # a wrapped caption's lines, as long as its first; the shorter one its last, a head cell under it
        while n < len(lines) and len(lines[n - 1].text.strip()) > LABEL_MOST_CHARS + 10 \
                and not NUMBER_CELL_RE.match(lines[n].text) and (n == first or len(lines[n - 1].text.strip())
                                                                 >= WRAPPED_SHARE * len(lines[n - 2].text.strip())):
            n += 1
    return dict.fromkeys((x.lineno for x in lines[:n]), TABLE_CAPTION) \
        | dict.fromkeys((x.lineno for x in lines[n:]), CELLS)


def _cell(text: str) -> bool:
    """A line of a figure's box: short (:data:`CELL_MOST_WORDS` words at most), ending no sentence but with a
    question or a colon ("Does it work?", "Do one thing well:"), as the slogans of a table drawn as a figure are;
    read so only between a broken sentence and the figure's caption (:func:`_captioned_clusters`)."""
    core = text.strip()
    return (0 < len(core) <= LABEL_MOST_CHARS + 10 and len(words(core)) <= CELL_MOST_WORDS
            and core[-1] not in ".,;" and not CAPTION_RE.match(core))


def _captioned_clusters(blocks: list, furniture: dict[int, str], found: dict[int, str]) -> dict[int, str]:
    """The figures whose boxes hold longer lines than labels do (:func:`_cell`: "Keep basic interfaces
    stable"), known by the strongest form only: their runs stand between a sentence broken off and the
    figure's caption ("Figure 1: …"), and the sentence goes on in lower case under the caption."""
    out: dict[int, str] = {}
    for j, block in enumerate(blocks):
        if not CAPTION_RE.match(block.lines[0].text) or block.lines[0].lineno in found or j + 1 >= len(blocks):
            continue
        i, labels, runs = j, 0, 0
        while i > 0 and all(x.lineno in furniture or _cell(x.text) for x in blocks[i - 1].lines):
            i -= 1
            own = [x for x in blocks[i].lines if x.lineno not in furniture]
            labels += len(own)
            runs += bool(own)
        if i == 0 or labels < LABELS_MIN or runs < RUNS_MIN or not _breaks_off(blocks[i - 1].lines[-1].text) \
                or any(x.lineno in found for b in blocks[i:j] for x in b.lines if x.lineno not in furniture):
            continue
        following = blocks[j + 1]
        if not following.lines[0].text.strip()[:1].islower():
            continue
        for b in blocks[i:j]:
            out.update({x.lineno: LABELS for x in b.lines if x.lineno not in furniture})
        out.update({n: CAPTION for n in _caption(block.lines, following)})
    return out


#: the fewest words of the line of prose above a caption alone inside its sentence
PROSE_MIN_WORDS = 3


def _bare_captions(blocks: list, furniture: dict[int, str], found: dict[int, str]) -> dict[int, str]:
    """The captions that stand alone between the two halves of a sentence (the figure's drawing or the table's
    rows not in the copy), by line number with their kind: runs of lines each opening with a caption ("Figure 12:
    A plot …", "Table 3: …"), one run or more one after the other, the page's furniture between them (a figure at
    a page's top, under the running head), after a line of prose that breaks its sentence off ("… reported,
    except") and before one that goes on in lower case ("for θC …"), neither of them a table's row (cells apart
    by wide gaps). Printed after the paragraph (:func:`captions_after`), the sentence joined across them
    (:func:`edition.witness.layout.join_page_breaks`); a caption under a sentence's end, or over a sentence's
    start, stays where it stands."""
    def aside(block) -> bool:
        return all(x.lineno in furniture for x in block.lines)

    def kind_of(block) -> str | None:
        return _caption_kind(block, furniture, found)

    out: dict[int, str] = {}
    j = 0
    while j < len(blocks):
        if kind_of(blocks[j]) is None:
            j += 1
            continue
        captions, k = [], j
        while k < len(blocks) and (aside(blocks[k]) or kind_of(blocks[k]) is not None):
            if not aside(blocks[k]):
                captions.append(blocks[k])
            k += 1
        i = j - 1
        while i >= 0 and aside(blocks[i]):
            i -= 1
        # the sentence above: the last line of its run that is no furniture (a running head under it, no blank
        # line between, at a page's foot or the next page's top)
        above = next((x for x in reversed(blocks[i].lines) if x.lineno not in furniture), None) if i >= 0 else None
        following = blocks[k] if k < len(blocks) else None
        if above is not None and following is not None and _breaks_off(above.text) and _sentence_line(above.text) \
                and following.lines[0].text.strip()[:1].islower() and _prose_line(following.lines[0].text) \
                and not any(x.lineno in found for x in blocks[i].lines if x.lineno not in furniture):
            for block in captions:
                out.update(dict.fromkeys((x.lineno for x in block.lines if x.lineno not in furniture), kind_of(block)))
        j = max(k, j + 1)
    return out


#: the most words, characters and lines of an engraving's short caption alone on its lines ("Rifled Shell.")
TITLE_CAPTION_MOST_WORDS = 6
TITLE_CAPTION_MOST_CHARS = 40
TITLE_CAPTION_MOST_LINES = 3


def title_caption(text: str) -> bool:
    """An engraving's short caption alone on its line: a few words (:data:`TITLE_CAPTION_MOST_WORDS`), its
    first and last capitalised and half of them at least ("Rifled Shell.", "Fig. A.", "Solid Shot strapped on
    a Sabot."), ending with a full stop; no comma in it (a clause's), no word in lower case opening it, not all
    in capitals (a running head: "THE SIEGE OF THE CITY.")."""
    core = text.strip()
    if not core.endswith(".") or len(core) > TITLE_CAPTION_MOST_CHARS or "," in core or ";" in core \
            or core.isupper():
        return False
    ws = core.rstrip(".").split()
    if not 0 < len(ws) <= TITLE_CAPTION_MOST_WORDS or not all(w[:1].isalpha() for w in ws):
        return False
    capital = [w[:1].isupper() for w in ws]
    return capital[0] and capital[-1] and 2 * sum(capital) >= len(ws)


#: the words that label a figure's panel or a diagram's part alone on its line, its mark after it ("No. 1.",
#: "Fig. A.", "No. •>." as OCR reads a "2")
PANEL_LABELS = frozenset({"No.", "Fig.", "Figs.", "Plate"})
#: the longest mark of a panel's label
PANEL_MARK_MOST_CHARS = 3


def panel_label(text: str) -> bool:
    """A figure's panel or a diagram's part labelled alone on its line: "No. 1.", "Fig. A.", "No. •>."; never
    "No. 12 Downing Street" (more words) or "No. 1" with no stop."""
    ws = text.split()
    return len(ws) == 2 and ws[0] in PANEL_LABELS and text.rstrip().endswith(".") \
        and 0 < len(ws[1].rstrip(".")) <= PANEL_MARK_MOST_CHARS


def _caption_line(text: str) -> bool:
    """An engraving's short caption (:func:`title_caption`) or a panel's label (:func:`panel_label`)."""
    return title_caption(text) or panel_label(text)


#: the closing quotation marks after a comma that lists quoted phrases ("such as " Bull Run, "")
LIST_QUOTES = "\"”’'"
#: the opening quotation marks of the next phrase of such a list
OPEN_QUOTES = "\"“‘'"


def goes_on(above: str, below: str) -> bool:
    """Whether the line *below* goes on with the sentence the line *above* breaks off (:func:`_breaks_off`): in
    lower case; or, where *above* ends a quoted phrase with a comma inside its marks ("catch phrases as " Bull
    Run, ""), with the next quoted phrase ("“Fort Donelson," and …")."""
    head = below.strip()[:1]
    if _breaks_off(above):
        return head.islower()
    core = above.rstrip().rstrip(LIST_QUOTES).rstrip()
    return core.endswith(",") and core != above.rstrip() and head in OPEN_QUOTES and head != ""


def _title_captions(blocks: list, furniture: dict[int, str], found: dict[int, str]) -> dict[int, str]:
    """The short captions of engravings (:func:`title_caption`), a line each and a few
    (:data:`TITLE_CAPTION_MOST_LINES`) one after the other, that stand between the two halves of a word or a
    sentence: the line of prose above breaks off (a hyphen, or no stop: "… the Northern confed-", "… but have
    no") and the line below goes on in lower case ("eracy will fall."). Printed after the paragraph
    (:func:`captions_after`), the word or the sentence joined across them. A heading under a sentence's end, a
    short sentence in capitals ending the sentence above (the next line opening a sentence), stay."""
    lines = [x for b in blocks for x in b.lines if x.lineno not in furniture]
    out: dict[int, str] = {}
    k = 1
    while k < len(lines):
        if not _caption_line(lines[k].text) or lines[k].lineno in found:
            k += 1
            continue
        end = k
        while end < len(lines) and _caption_line(lines[end].text) and lines[end].lineno not in found:
            end += 1
        above, below = lines[k - 1], lines[end] if end < len(lines) else None
        if below is not None and end - k <= TITLE_CAPTION_MOST_LINES and above.lineno not in found \
                and below.lineno not in found and _sentence_line(above.text) \
                and goes_on(above.text, below.text) and _sentence_line(below.text):
            out.update(dict.fromkeys((x.lineno for x in lines[k:end]), CAPTION))
        k = end + 1
    return out


def _caption_kind(block, furniture: dict[int, str], found: dict[int, str]) -> str | None:
    """The kind of caption that the run *block* opens (its lines that are the page's furniture aside, a running
    foot under it), or None."""
    own = [x for x in block.lines if x.lineno not in furniture]
    if not own or any(x.lineno in found for x in own):
        return None
    first = own[0].text
    return CAPTION if CAPTION_RE.match(first) else TABLE_CAPTION if TABLE_CAPTION_RE.match(first) else None


def _prose_line(text: str) -> bool:
    """A line of prose, never a table's row: no wide gap between its words."""
    return not CELL_GAP_RE.search(text.strip())


def _sentence_line(text: str) -> bool:
    """A line of a sentence: prose of a few words at least (:data:`PROSE_MIN_WORDS`), never a table's cell or a
    heading's line ("Model")."""
    return _prose_line(text) and len(words(text)) >= PROSE_MIN_WORDS


#: the least indent of a line of a box beside the prose, in characters, and as a share of a line of prose
SIDE_BOX_MIN_INDENT = 20
SIDE_BOX_SHARE = 0.4
#: the prose's lines between a side box's caption lines, left out of the caption printed after the paragraph
BESIDE = "the prose beside the caption"
#: how far a line of the box may begin from the column of its first line
BOX_SLACK = 2


def side_box_lines(blocks: list, furniture: dict[int, str], width: int) -> dict[int, str]:
    """The lines of a figure's or a table's caption that ``pdftotext -layout`` set in a box beside the prose of
    one column, by line number with their kind (:data:`CAPTION`, :data:`TABLE_CAPTION`): in a run of lines, a
    line set far in (at :data:`SIDE_BOX_SHARE` of the prose's *width* at least) opens with a caption ("Figure 1:
    Model discov-"), the lines below it at the same column (within :data:`BOX_SLACK`) go on with it, and lines of
    the prose stand between them or beside them, each set at the column's left and ending before the box's
    column (the prose narrowed beside the figure: "didate model. Validation considers whether the fit-"). The
    prose's sentence is joined across the box's lines (a word broken at the prose line's end rejoined across
    them, :mod:`edition.witness.inline`), and the caption printed after the paragraph (:func:`captions_after`).
    A caption set far in under its figure, no prose beside it, a caption line that a line of prose crosses
    below, a line set far in that is no caption, stay where they stand."""
    found: dict[int, str] = {}
    if width <= 0:
        return found
    least = max(SIDE_BOX_MIN_INDENT, int(SIDE_BOX_SHARE * width))
    for block in blocks:
        lines = block.lines
        k = 0
        while k < len(lines):
            line = lines[k]
            x = len(line.text) - len(line.text.lstrip())
            kind = CAPTION if CAPTION_RE.match(line.text) else TABLE_CAPTION if TABLE_CAPTION_RE.match(line.text) \
                else None
            if x < least or kind is None or line.lineno in furniture:
                k += 1
                continue
            box, beside, between, end = [line], 0, 0, k + 1
            for nxt in lines[k + 1:]:
                if nxt.lineno in furniture:
                    break
                if abs(len(nxt.text) - len(nxt.text.lstrip()) - x) <= BOX_SLACK:
                    box.append(nxt)
                    between = beside
                elif _beside(nxt.text, x):
                    beside += 1
                else:
                    break
                end += 1
            # the prose beside the box: a line of it above the box in the run, or between the box's lines
            if beside and (between or (k > 0 and _beside(lines[k - 1].text, x))):
                found.update({b.lineno: kind for b in box})
            k = end
    return found


def _beside(text: str, x: int) -> bool:
    """Whether a line of prose stands beside a box set at column *x*: at the column's left, ending before it."""
    return len(text) - len(text.lstrip()) < x // 2 and len(text.rstrip()) < x - 1


def _table_row(text: str) -> bool:
    """A line of a table's row as ``pdftotext -layout`` sets it: :data:`ROW_CELLS_MIN` cells or more apart by
    wide gaps, each short ("Input   Output   cbow   count", "A◦N   A, N   0.31,0.59"); a line of prose has one
    run of words, or two where it is justified wide."""
    cells = CELL_GAP_RE.split(text.strip())
    return len(cells) >= ROW_CELLS_MIN and all(
        0 < len(c) <= LABEL_MOST_CHARS + 10 and len(words(c)) <= CELL_MOST_WORDS for c in cells)


def _table_rows(blocks: list, i: int, own: list, furniture: dict[int, str]) -> dict[int, str]:
    """The rows and the caption of a table set between the two parts of a sentence, by line number with their
    kind (:data:`ROWS`, :data:`TABLE_CAPTION`), or none: block *i* (*own*: its lines that are no furniture of the
    page) holds :data:`ROWS_MIN` rows of cells or more (:func:`_table_row`; a row taken for the page's running
    head among them), then the table's caption ("Table 1: …") to its end; the last line of text above it breaks
    its sentence off, and the sentence goes on in lower case below the caption ("… with cbow vec-" / rows /
    "Table 1: …" / "tors we obtain …")."""
    k = next((n for n, line in enumerate(own) if TABLE_CAPTION_RE.match(line.text)), None)
    if k is None or not own[:k] or not all(_table_row(line.text) for line in own[:k]):
        return {}
    lines = blocks[i].lines
    rows = [x for x in lines if x.lineno < own[k].lineno and _table_row(x.text)]
    if len(rows) < ROWS_MIN or any(x.lineno < own[k].lineno and x.lineno not in furniture and not _table_row(x.text)
                                   for x in lines):
        return {}
    before = next((x for b in reversed(blocks[:i]) for x in reversed(b.lines) if x.lineno not in furniture), None)
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if before is None or not _breaks_off(before.text) or after is None \
            or not after.lines[0].text.strip()[:1].islower():
        return {}
    return {x.lineno: ROWS for x in rows} | dict.fromkeys((x.lineno for x in own[k:]), TABLE_CAPTION)


def _captioned_at(lines: list) -> int | None:
    """Where the caption begins in a run of lines that is a figure's labels, then its caption, with no blank
    line ("Why?", "Functionality", "Speed", "Does it work?", then "Figure 1: Summary of the slogans"): at
    least :data:`LABELS_MIN` labels (a label here may be a question, as a figure's boxes ask it), or rows of
    them as ``pdftotext -layout`` sets a figure's boxes side by side (:func:`_row`), over caption lines to the
    run's end; else None."""
    k = next((n for n, line in enumerate(lines) if CAPTION_RE.match(line.text)), None)
    if k is None or k < LABELS_MIN or len(lines) - k > LABELS_MIN:
        return None
    if not all(_label(line.text.rstrip().rstrip("?")) or _row(line.text) for line in lines[:k]):
        return None
    return k


#: the gap between a figure's cells on a line (``pdftotext -layout``)
CELL_GAP_RE = re.compile(r"\s{3,}")
#: the most words of a cell of a figure's row ("Keep basic interfaces stable", "Leave it to the client")
CELL_MOST_WORDS = 5
#: how far in a line holding one cell of a row is set, at least (under the row's second column)
CELL_INDENT = 8


def _row(text: str) -> bool:
    """A line of a figure's boxes set side by side: cells apart by wide gaps, each short and ending no
    sentence ("Completeness      Separate normal and      Shed load"), or one such cell set far in (under
    the row above it); a line of prose has one long run of words."""
    cells = CELL_GAP_RE.split(text.strip())
    if len(cells) < 2 and len(text) - len(text.lstrip()) < CELL_INDENT:
        return False
    return all(0 < len(c) <= LABEL_MOST_CHARS + 10 and len(words(c)) <= CELL_MOST_WORDS and c[-1] not in ".,;"
               for c in cells)


def captions_after(segments: list, furniture: dict[int, str], make,
                   starts: frozenset[int] = frozenset()) -> list:
    """The segments, each figure's or table's caption that a paragraph was joined across (its lines are the
    paragraph's, set aside there) after that paragraph as a paragraph of its own, made by
    *make(lines, kind)* (the caption's kind: :data:`CAPTIONS`); another column's text set between the parts of
    a sentence (:data:`BETWEEN`) a paragraph from each of its paragraphs' first lines (*starts*), all in the
    witness's order where the other column's text is among them."""
    out = []
    for seg in segments:
        out.append(seg)
        if seg.role != "paragraph" or len(seg.block.lines) < 2:
            continue
        if any(furniture.get(line.lineno) == CELLS for line in seg.block.lines):
            out += _tables_after(seg.block.lines, furniture, make)
            continue
        after = []
        for kind in CAPTIONS:
            lines = [line for line in seg.block.lines if furniture.get(line.lineno) == kind]
            # two captions one after the other (a figure's at a page's foot, another's at the next page's top):
            # a paragraph each, the second opening apart from the first's lines with its own "Figure n:"
            # (another column's text: a paragraph from each of its paragraphs' first lines, or after a gap)
            cuts = [k for k in range(1, len(lines)) if (lines[k].lineno > lines[k - 1].lineno + 1 and (
                kind == BETWEEN or CAPTION_RE.match(lines[k].text) or TABLE_CAPTION_RE.match(lines[k].text)))
                or (kind == BETWEEN and lines[k].lineno in starts)]
            for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True):
                if lines[a:b]:
                    after.append(make(lines[a:b], kind))
        if any(furniture.get(line.lineno) == BETWEEN for line in seg.block.lines):
            after.sort(key=lambda s: s.block.lines[0].lineno)
        out += after
    return out


#: a section's numbered heading on one line ("5.2 Ablation Study", "6 Conclusion"): never a figure's label
SECTION_HEAD_RE = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+[A-Z][a-z]")


def _figure_matter(block, furniture: dict[int, str]) -> bool:
    """Whether the run *block* is no prose: a figure's labels or its axis's values ("90", "Top-k accuracy (%)",
    "k: # of retrieved passages"), each of its lines that is no furniture short (:data:`LABEL_MOST_CHARS`), no
    sentence ending on it."""
    return all(x.lineno in furniture or (len(x.text.strip()) <= LABEL_MOST_CHARS
                                         and x.text.strip()[-1:] not in ".?!") for x in block.lines)


def between_sentence_parts(blocks: list, furniture: dict[int, str], broken: int, rest: int) -> dict[int, str]:
    """The lines between the two parts of a sentence that a word broken at a column's foot splits (line
    *broken*, "… When training with mul8" over the notes, and line *rest*, "tiple datasets, …", the first of
    a run further down the page), by line number with their kind, where the runs between them are a figure
    and another column's text: a figure's caption among them ("Figure 1: …"), every other run a figure's
    labels or axis's values (:func:`_figure_matter`), the page's furniture, or prose of another column whose
    first run opens in lower case (the rest of another sentence: "traditional methods, the effects …"). The
    labels are furniture (:data:`LABELS`), the caption and the prose printed after the paragraph
    (:data:`CAPTION`, :data:`BETWEEN`), the sentence joined across them. Prose between that opens with a
    capital (the text's own next paragraph), or no caption between, a table's rows or caption, a section's
    numbered heading: none, nothing moved."""
    at = next((k for k, b in enumerate(blocks) if b.lines[0].lineno <= broken <= b.lines[-1].lineno), None)
    to = next((k for k, b in enumerate(blocks) if b.lines[0].lineno == rest), None)
    if at is None or to is None or to <= at + 1:
        return {}
    found: dict[int, str] = {}
    captioned, prose = False, False
    for block in blocks[at + 1:to]:
        own = [x for x in block.lines if x.lineno not in furniture]
        if not own:
            continue
        if CAPTION_RE.match(own[0].text):
            captioned = True
            found.update(dict.fromkeys((x.lineno for x in own), CAPTION))
        elif TABLE_CAPTION_RE.match(own[0].text) or any(_table_row(x.text) or SECTION_HEAD_RE.match(x.text)
                                                           for x in own):
            return {}  # a table, a section's numbered heading: no figure's labels
        elif _figure_matter(block, furniture):
            found.update(dict.fromkeys((x.lineno for x in own), LABELS))
        elif prose or own[0].text.strip()[:1].islower():
            prose = True  # another column's text, from the rest of a sentence on
            found.update(dict.fromkeys((x.lineno for x in own), BETWEEN))
        else:
            return {}  # the text's own next paragraph: the sentence's parts stand apart
    return found if captioned else {}
def _tables_after(lines: list, furniture: dict[int, str], make) -> list:
    """The tables (:func:`table_pages`) a paragraph of *lines* was joined across, in the witness's order: each
    caption a paragraph, each stretch of cells and notes that no other line parts (the page's furniture, a note
    at its foot) one block, printed as the witness sets it; the other captions after them."""
    out: list = []
    run: list = []
    kind_: str | None = None
    for line in [*lines, None]:
        kind = furniture.get(line.lineno) if line is not None else None
        if run and (kind != kind_ or (kind == TABLE_CAPTION and (ANY_TABLE_CAPTION_RE.match(line.text)
                                                                     or _table_label(line.text)))):
            out.append(make(run, kind_))
            run = []
        if kind in (CELLS, TABLE_CAPTION):
            run.append(line)
        kind_ = kind
    others = [line for line in lines if furniture.get(line.lineno) in CAPTIONS
              and furniture.get(line.lineno) not in (CELLS, TABLE_CAPTION)]
    return out + ([make(others, furniture[others[0].lineno])] if others else [])


def _caption(lines: list, following) -> list[int]:
    """The line numbers of a caption under a sentence the figure broke: its lines down to the one that
    ends its sentence before a line in lower case (the sentence going on), or all of them where the block
    *following* goes on so; none where the sentence does not go on below it (the caption stays in place)."""
    for k, line in enumerate(lines[:-1]):
        if line.text.rstrip().endswith((".", "?", "!")) and lines[k + 1].text.strip()[:1].islower():
            return [x.lineno for x in lines[:k + 1]]
    if following is not None and following.lines[0].text.strip()[:1].islower():
        return [x.lineno for x in lines]
    return []


#: the trace of an image in a copy of its page: a placeholder ("[image]", "[Photo: …]"), an image in Markdown
#: ("![alt](…)"), an HTML tag, an image file's name, a credit or a label ("Photo: …", "Figure 3")
IMAGE_TRACE_RE = re.compile(
    r"^\s*(?:\[(?:image|img|picture|photo|photograph|figure|illustration)\b[^\]]*\]|!\[|<img\b"
    r"|(?:image|photo|photograph|picture|illustration|credit|source)s?\s*:"
    r"|(?:Figure|Fig\.|Plate)\s+\d)"
    r"|\.(?:jpe?g|png|gif|svg|webp|tiff?)\b"
    # a wiki's image link, or its end ("[[File:Lenin.jpg|thumb|…", "… Lenin and Rykov]]")
    r"|\[\[(?:File|Image):|\|thumb\b|\]\]\s*$",
    re.IGNORECASE,
)
#: an epigraph's attribution, on the line under it: "— Karl Marx", "-- Lenin, 1917"
ATTRIBUTION_RE = re.compile(r"^\s*(?:—|–|--?)\s*[A-Z]")


def image_trace(text: str) -> bool:
    """Whether *text* is or holds the trace of an image: "[image]", "![Lenin](lenin.jpg)", "Photo: TASS"; a
    paragraph's length holds none (a trace is a line's: its placeholder, its link, its caption)."""
    return len(text) <= TRACE_MOST_CHARS and bool(IMAGE_TRACE_RE.search(text))


#: the longest text that may be an image's trace or a caption beside it
TRACE_MOST_CHARS = 400


def attribution(text: str) -> bool:
    """An epigraph's or a quotation's attribution: "— Karl Marx"."""
    return bool(ATTRIBUTION_RE.match(text)) and len(words(text)) <= 12


# -- A caption set on a line of the prose, inside the word or the sentence it interrupts ------------------------


class InlineCaption(NamedTuple):
    """An engraving's caption that an extraction set on a line of the prose (:func:`inline_captions`): its span
    in the line (set aside there, its spaces with it) and its words (printed after the paragraph)."""

    #: the line it stands on
    lineno: int
    #: where its span begins and ends in the line (characters)
    start: int
    end: int
    #: where its words begin and end in the line
    text_start: int
    text_end: int
    #: the first part of the word it broke, glued before it (its characters in the line), and the line whose
    #: first word is the word's second part (0: the caption breaks no word of its line)
    fragment_start: int = 0
    joins: int = 0
    #: the first line of the caption it is a line of (0: a caption of one line): a caption set in a narrow column
    #: beside the prose, its lines and the prose's interleaved, is printed as one paragraph
    group: int = 0


#: how far the prose beside a caption may begin from the column of the line above it (``pdftotext -layout``)
BESIDE_SLACK = 2
#: the fewest letters of a word's first part that a caption is glued to ("confed" + "Solid Shot …")
FRAGMENT_MIN = 2


def _indent_of(text: str) -> int:
    return len(text) - len(text.lstrip())


def _left_captions(text: str, above: str) -> int | None:
    """Where the prose begins on a line that ``pdftotext -layout`` opens with captions set apart by wide gaps
    ("   SibieyTent.        ble shape.", "No. 1.     No. 2.    use for a man"), the prose at the column of the
    line *above* (within :data:`BESIDE_SLACK`) going on with its sentence (:func:`goes_on`); else None."""
    at = _indent_of(above)
    for gap in CELL_GAP_RE.finditer(text):
        if gap.start() <= _indent_of(text):
            continue
        runs = CELL_GAP_RE.split(text[:gap.start()].strip())
        if not all(_caption_line(r) for r in runs):
            return None
        body = text[gap.end():]
        if abs(gap.end() - at) <= BESIDE_SLACK and goes_on(above, body) and body.strip():
            return gap.end()
    return None


def _glued_caption(text: str) -> tuple[int, int] | None:
    """The caption glued at a line's end to the first part of a word it broke, as a plain extraction sets an
    engraving's caption beside a word broken at the line's end ("… the Southern confedSolid Shot strapped on a
    Sabot."): the word's first part's start and the caption's start, the caption an engraving's
    (:func:`title_caption`), the part in lower case; else None."""
    for p in range(max(1, len(text) - TITLE_CAPTION_MOST_CHARS - 1), len(text)):
        if text[p].isupper() and text[p - 1].islower() and title_caption(text[p:]):
            q = p
            while q > 0 and text[q - 1].isalpha():
                q -= 1
            if p - q >= FRAGMENT_MIN and text[q:p].islower():
                return q, p
            return None
    return None


def inline_captions(lines: list, furniture: dict[int, str], same_block, rejoins) -> tuple[InlineCaption, ...]:
    """The captions of engravings set on the lines of the prose, between the two halves of a word or a sentence
    (:class:`InlineCaption`): a line that ``pdftotext -layout`` opens with captions set apart by wide gaps, the
    prose beside them at the column of the line above and going on with its sentence (:func:`_left_captions`),
    or a line that a plain extraction ends with a caption glued to the first part of a word, whose second part
    opens the next line in lower case and makes a word with it (*rejoins(before, below)*). *same_block(a, b,
    beside)*: whether the lines *a* and *b* are in one paragraph (or, *beside*, in two that the sentence going on
    beside a caption joins). The caption is set aside from the paragraph and printed
    after it, the word rejoined; a caption under a sentence's end, prose beside it that opens a sentence, a
    line's end that no word goes on from, stay."""
    seq = [x for x in lines if not x.blank and x.lineno not in furniture]
    out: list[InlineCaption] = list(_side_column(seq, same_block))
    taken = {c.lineno for c in out}
    for i, line in enumerate(seq):
        if line.lineno in taken:
            continue
        above = seq[i - 1] if i else None
        if above is not None and "   " in line.text and _sentence_line(above.text) \
                and same_block(above.lineno, line.lineno, True):
            body = _left_captions(line.text, above.text)
            if body is not None:
                start = _indent_of(line.text)
                end = len(line.text[:body].rstrip())
                out.append(InlineCaption(line.lineno, 0, body, start, end))
                continue
        below = seq[i + 1] if i + 1 < len(seq) else None
        if below is None or below.lineno != line.lineno + 1 or not below.text.lstrip()[:1].islower() \
                or not same_block(line.lineno, below.lineno, False):
            continue
        glued = _glued_caption(line.text.rstrip())
        if glued is not None and rejoins(line.text[:glued[1]], below.text):
            q, p = glued
            out.append(InlineCaption(line.lineno, p, len(line.text), p, len(line.text.rstrip()), q, below.lineno))
    return tuple(out)


#: the fewest lines of a side column's caption alone on its line, and sharing one with the prose
SIDE_CAPTION_MIN_LINES = 2
#: the farthest from the page's left a side column's lines begin
SIDE_COLUMN_MOST_INDENT = 2


def _side_column(seq: list, same_block) -> list[InlineCaption]:
    """The lines of captions set in a narrow column at the page's left beside the prose, as ``pdftotext
    -layout`` interleaves them ("Cannister shot is a tin cylinder with" / " iron heads, filled with balls packed
    brave it out. Their sacrifices and" / …): under a line of the prose set in at its column (:data:`
    SIDE_BOX_MIN_INDENT` at least, the sentence broken off), a run of lines set at the page's left, some the
    caption's alone (:data:`SIDE_CAPTION_MIN_LINES` at least, no longer than the prose's column is far in, the
    first opening with a capital), the others the caption's line and the prose's after it; the caption's part of
    such a line its longest run of words no wider than its lines alone, the prose's the rest, the first of them
    going on with the sentence above. Each line's caption part is set aside (its span from the line's start), and
    the caption printed after the paragraph as one."""
    out: list[InlineCaption] = []
    i = 1
    while i < len(seq):
        above, line = seq[i - 1], seq[i]
        # the prose's column: where the line above's last run begins (past debris set before it, "mw-   pose …")
        x = max([_indent_of(above.text), *(g.end() for g in CELL_GAP_RE.finditer(above.text.rstrip()))])
        if x < SIDE_BOX_MIN_INDENT or _indent_of(line.text) > SIDE_COLUMN_MOST_INDENT \
                or len(line.text.rstrip()) > x or not line.text.strip()[:1].isupper() or not _breaks_off(above.text) \
                or not same_block(above.lineno, line.lineno, True):
            i += 1
            continue
        j = i + 1
        # the column's lines, in one paragraph or in those that a caption's line ending its sentence parted
        while j < len(seq) and _indent_of(seq[j].text) <= SIDE_COLUMN_MOST_INDENT \
                and same_block(seq[j - 1].lineno, seq[j].lineno, True):
            j += 1
        alone = [x_ for x_ in seq[i:j] if len(x_.text.rstrip()) <= x]
        width = max((len(x_.text.rstrip()) for x_ in alone), default=0)
        shared = [(x_, _caption_part(x_.text, width)) for x_ in seq[i:j] if len(x_.text.rstrip()) > x]
        first_body = next((x_.text[k:] for x_, k in shared if k), None)
        if len(alone) < SIDE_CAPTION_MIN_LINES or len(shared) < SIDE_CAPTION_MIN_LINES \
                or any(not k for _, k in shared) or first_body is None or not goes_on(above.text, first_body):
            i = j
            continue
        parts = dict(shared)
        for x_ in seq[i:j]:
            k = parts.get(x_)
            if k is None:  # the caption's line alone: its span to the next line's start
                out.append(InlineCaption(x_.lineno, 0, len(x_.text) + 1, _indent_of(x_.text), len(x_.text.rstrip()),
                                         group=line.lineno))
            else:
                out.append(InlineCaption(x_.lineno, 0, k, _indent_of(x_.text), len(x_.text[:k].rstrip()),
                                         group=line.lineno))
        i = j
    return out


def _caption_part(text: str, width: int) -> int:
    """Where the prose begins on a line that a side column's caption opens (:func:`_side_column`): after the
    longest run of whole words no wider than *width*; 0 where none is, or no prose follows."""
    end = 0
    for k in range(len(text)):
        if text[k] == " " and k > 0 and text[k - 1] != " " and k <= width:
            end = k
    if not end or len(text[:end].strip()) == 0 or not text[end:].strip():
        return 0
    return len(text) - len(text[end:].lstrip())


def inline_captions_after(segments: list, captions: tuple[InlineCaption, ...], make) -> list:
    """The segments, each caption of *captions* a paragraph of its own after the paragraph it stands in (after
    the captions :func:`captions_after` printed there), made by *make(captions)*: the caption's lines (one, or a
    side column's, :attr:`InlineCaption.group`), their places in their lines."""
    if not captions:
        return segments
    by_line = {c.lineno: c for c in captions}
    out = []
    pending: list = []
    for seg in segments:
        if pending and not (seg.detail in CAPTIONS and seg.role in ("paragraph", "code")):
            out += pending
            pending = []
        out.append(seg)
        if seg.role == "paragraph" and seg.detail not in CAPTIONS:
            mine = [c for line in seg.block.lines if (c := by_line.get(line.lineno)) is not None]
            groups: list[list[InlineCaption]] = []
            for c in mine:
                if groups and c.group and groups[-1][0].group == c.group:
                    groups[-1].append(c)
                else:
                    groups.append([c])
            pending = [make(g) for g in groups]
    return out + pending
