"""PDF extractions nobody prepared for the converter (issue 16): a note's body at its own page's foot (or a
column's), markers glued to words in formulas and code, two columns read across by ``pdftotext -layout``.

Every text here is of our own making, in the forms the real extractions show.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.convert import convert
from edition.witness.furniture import print_address, print_stamp
from edition.witness.headings import _cell_line, lookalike, table_cell_lines
from edition.witness.inline import WORD_REJOINED
from edition.witness.labels import BARE, markers
from edition.witness.layout import address_line, list_ends_above
from edition.witness.reading import Line, read_text
from pieces import WRAPPED, plain


def _running(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks)


def _notes(ed) -> list[tuple[str, str]]:
    return [(n.label, " ".join(plain(p) for p in n.paragraphs)) for n in ed.notes if n.status != "missing"]


# -- A note at a column's foot, a formula's lone number at another page's foot -------------------------------

#: page 1: a marker ("repurposings1"), the note at the left column's foot mid-page, between the halves of a
#: broken sentence; page 2: a formula whose numerator "1" stands alone, the formula's lines and a sentence below
COLUMN_FOOT = (
    "A Paper in Two Columns\n\n"
    + WRAPPED
    + "While there have been successful repurposings1 , no general system has emerged that offers\n"
    "global and decentralized distribution. Perhaps this is because a good enough system exists\n"
    "for most uses, and the number of parties invested in it is large, given the number of strong\n"
    "1\n"
    "\n"
    "For example, the distributions of a system use it to transmit disk images.\n"
    "\n"
    "interests in the current model. But from another perspective, new protocols have emerged and\n"
    "gained wide use since then, and the rest of the first page goes on with the argument of it.\n"
    "\f"
    "The second page gives the function of the exchange, which is drawn in the figure below it:\n"
    "Let the debt ratio r between a node and its peer be the bytes sent over the bytes received.\n"
    "The exchange keeps a ledger for each of its peers, and the ledger counts the bytes of each\n"
    "block sent and received, so that the ratio is known to the node at any time it needs it.\n"
    "\n"
    "1\n"
    "P send | r = 1 −\n"
    "1 + exp(6 − 3r)\n"
    "As you can see in the figure, this function drops off quickly as the ratio grows large.\n"
)


def test_a_note_at_a_column_s_foot_is_its_marker_s_and_a_formula_on_another_page_stays_text():
    """The lone "1" of page 1 stands in a broken sentence: its paragraph is the note; the lone "1" of page 2
    is a formula's numerator, no marker of page 2 calls it: the formula and the sentence stay in place."""
    ed = convert(read_text(COLUMN_FOOT))
    assert _notes(ed) == [("1", "For example, the distributions of a system use it to transmit disk images.")]
    running = _running(ed)
    assert "P send | r = 1 −" in running and "As you can see in the figure" in running
    assert "the number of strong interests in the current model" in running
    assert "For example, the distributions" not in running


def test_a_note_like_text_under_a_lone_number_of_another_page_stays_text():
    """Near miss: the marker is on page 1, the lone number and a sentence that looks like a note on page 2."""
    text = COLUMN_FOOT.replace("1\n\nFor example, the distributions of a system use it to transmit disk images.\n\n",
                               "").replace("P send | r = 1 −\n1 + exp(6 − 3r)\n", "")
    ed = convert(read_text(text))
    assert _notes(ed) == []
    assert "As you can see in the figure" in _running(ed)


def test_a_formula_under_a_lone_number_its_page_calls_stays_text_and_the_apparatus_says_so():
    """The marker ("exchange1") is on the page, but the text under the lone "1" is a formula: no note's."""
    text = COLUMN_FOOT.replace("repurposings1 ,", "repurposings ,").replace(
        "1\n\nFor example, the distributions of a system use it to transmit disk images.\n\n", "").replace(
        "of the exchange,", "of the exchange1,")
    ed = convert(read_text(text))
    assert _notes(ed) == []
    assert "P send | r = 1 −" in _running(ed)
    unsure = [d for d in ed.decisions if d.what == "note labels" and not d.sure and "formula" in d.how]
    assert unsure and unsure[0].lineno == text.split("\n").index("P send | r = 1 −")


@pytest.mark.parametrize(("line", "why"), [
    ("P send | r = 1 −", "a formula"), ("x = 2 y", "a formula"), ("2.1 The Exchange of Blocks", "a numbered heading"),
    ("2.1 million people were counted then.", None),  # a number opens the note's sentence
    ("1. Peers track their balance with other nodes.", "a list's item"),
    # near misses: notes
    ("For example, the distributions use it.", None), ("“Quoted in the paper,” he said.", None),
    ("See the second chapter, pp. 12-14.", None),
])
def test_what_is_no_note_s_first_line_by_its_form(line, why):
    from edition.witness.layout import _foot_note_refused
    assert _foot_note_refused(line) == why


@pytest.mark.parametrize("body", [
    "2.1 The Exchange of Blocks",  # a numbered heading
])
def test_a_heading_under_a_lone_number_is_no_note(body):
    text = COLUMN_FOOT.replace("repurposings1 ,", "repurposings ,").replace(
        "1\n\nFor example, the distributions of a system use it to transmit disk images.\n\n", "").replace(
        "of the exchange,", "of the exchange1,").replace("P send | r = 1 −\n1 + exp(6 − 3r)\n", body + "\n")
    ed = convert(read_text(text))
    assert _notes(ed) == []
    assert body.split()[-1] in _running(ed)


# -- Markers glued to words in formulas and code -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "queries on average contact dlog2 (n)e nodes of the network",  # a function's index before its argument
    "the lookup takes log2(n) steps in all",
    "> ipfs ls /XLZ1625Jjn7SubMDgEyeaynFuR84ginqvzb XLHBNmRQ5sJJrdMPuu48tNDR5 19441 script",  # a hash
    "the checksum md5sum2 of the file",
])
def test_a_number_glued_in_a_formula_or_a_hash_is_no_marker(text):
    assert markers(text, BARE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("the first article2 of the series", ["2"]),
    ("a party3 (the old one) was formed", ["3"]),  # prose in the parentheses: no argument
    ("the state.4 (See below.)", ["4"]),
])
def test_a_number_glued_to_a_word_of_prose_is_a_marker(text, expected):
    assert markers(text, BARE) == expected


# -- Two columns read across by an extraction keeping the layout ---------------------------------------------

#: the left and the right column of a page, as a paper in two columns sets them
LEFT = [
    "The first column of the paper begins its",
    "argument here, and its lines run down the",
    "page as a column's lines do, each of them",
    "about as long as the others, so that the",
    "gutter beside them stays where it is. The",
    "second sentence of the column goes on to",
    "say what the paper is about, and a third",
    "one follows it down to the foot of the",
    "column, where the sentence is broken off",
    "in the middle, as a column's last line is",
    "broken when the text runs on to the next",
    "column of the page, at the top of the",
    "page's right column, where the reader",
    "goes on with the argument of the paper,",
    "and the first column ends its text with",
]
RIGHT = [
    "these words at the top of the right col-",
    "umn, which goes on with the argument of",
    "the left one. The right column has its",
    "own sentences, which the extraction set",
    "beside the left column's lines, so that",
    "each line of the witness runs across the",
    "two columns, and the converter has to",
    "read the left column first and the right",
    "one after it, keeping every word of both.",
    "The recon-",
    "struction of the text is the editor's,",
    "and the apparatus says how the page was",
    "read, naming the witness's lines for each",
    "thing it records, as every apparatus does.",
    "The right column ends its page here.",
]
#: where the right column begins
SPLIT = 46


def _two_columns(left: list[str], right: list[str], title: str = "") -> str:
    head = f"{title}\n\n" if title else ""
    return head + "".join(f"{a.ljust(SPLIT)}{b}".rstrip() + "\n" for a, b in zip(left, right, strict=True))


TWO_COLUMNS = (_two_columns(LEFT, RIGHT, "      A Paper Set in Two Columns of Prose on Its Pages")
               + "\f" + _two_columns([x.replace("first", "third") for x in LEFT],
                                     [x.replace("right", "fourth") for x in RIGHT]))


def test_a_page_of_two_columns_is_read_left_column_then_right_every_word_kept():
    from collections import Counter
    ed = convert(read_text(TWO_COLUMNS))
    running = _running(ed)
    # the sentence broken at the left column's foot goes on at the right column's top
    assert "the first column ends its text with these words at the top of the right column" in running
    assert running.index("goes on with the argument of the paper") < running.index("The right column has its")
    words = Counter(w for w in TWO_COLUMNS.split() if w.isalpha())
    shown = Counter(w.strip(".,’'") for w in " ".join([running, ed.title]).split())
    assert not [w for w, n in words.items() if shown[w] < n and w not in ("col", "umn", "recon", "struction")]
    pages = [d for d in ed.decisions if d.what == "columns"]
    assert [(d.value, d.sure) for d in pages] == [("page 1, lines 1–17", True), ("page 2, lines 18–32", True)]


def test_the_apparatus_names_the_witness_s_lines_and_offsets_of_a_right_column():
    witness = read_text(TWO_COLUMNS)
    ed = convert(witness)
    line = next(k for k, x in enumerate(TWO_COLUMNS.split("\n"), start=1) if x.endswith("The recon-"))
    joins = [e for e in ed.apparatus if e.reading.startswith("recon")]
    assert joins and joins[0].lineno == line
    assert witness.text[joins[0].start:joins[0].start + len("recon-")] == "recon-"


def test_a_page_in_one_column_with_a_table_is_read_as_it_stands():
    """Near miss: a table's two columns of short cells have a gutter, but no prose on either side."""
    rows = "".join(f"{f'Witness {k}'.ljust(SPLIT)}{1900 + k}\n" for k in range(14))
    text = "A Paper With a Table\n\n" + WRAPPED + "\n" + rows + "\n" + WRAPPED
    ed = convert(read_text(text))
    assert not [d for d in ed.decisions if d.what == "columns"]


def test_two_columns_with_lines_across_the_gutter_mid_page_are_kept_as_they_stand_and_said_unsure():
    """Near miss: lines in the middle of the page run across the gutter (a wide formula, a figure's row): the
    split is unsure, the lines are kept as the witness has them, and the apparatus says so."""
    text = _two_columns(LEFT, RIGHT).replace(
        LEFT[7].ljust(SPLIT), LEFT[7] + " and this line runs on across the gutter ").replace(
        LEFT[8].ljust(SPLIT), LEFT[8] + " as a formula set wide across the page ")
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [False]
    running = _running(ed)
    assert f"{LEFT[0]} {RIGHT[0]}" in running  # each line across both columns, as the witness has it


# -- A title under the first page's running head, its copies running heads on the later pages ----------------

#: a page's prose, hard-wrapped
PROSE = WRAPPED * 2


def _titled(plain: bool) -> str:
    if plain:
        head = "SMITH ET AL.\n\nOn the Placing of Functions\n\n{n}\n\n"
        title = "ON THE PLACING OF FUNCTIONS\nA.B. Smith, C.D. Jones and E.F. Brown\nInstitute of Things\n\n"
    else:
        head = "SMITH ET AL.{gap}On the Placing of Functions{gap}{n}\n\n\n"
        title = ("      ON THE PLACING OF FUNCTIONS\n"
                 "                 A.B. Smith, C.D. Jones and E.F. Brown\n"
                 "                  Institute of Things\n\n")
    pages = [head.format(n=n, gap=" " * (16 + n)) + (title if n == 1 else "") + PROSE for n in (1, 2, 3)]
    return "\f".join(pages)


@pytest.mark.parametrize("plain_text", [True, False])
def test_the_title_over_its_byline_under_the_first_page_s_running_head_is_the_title(plain_text):
    """The running head repeats the title on every page, the first page's too; the title's own copy, over the
    byline, is the title, and the first page's running head (with its number, on one line in a layout
    extraction) is set aside as the later pages' are."""
    ed = convert(read_text(_titled(plain_text)))
    assert ed.title == "ON THE PLACING OF FUNCTIONS"
    assert not [b for b in ed.blocks if "SMITH ET AL" in plain(b.pieces)]
    assert any(f.lineno == 1 and f.what == "running head" for f in ed.furniture)


def test_a_set_in_line_over_a_paragraph_is_no_title():
    """Near miss: the line set in stands over prose, no byline: not read as the title by this rule."""
    text = _titled(False).replace("                 A.B. Smith, C.D. Jones and E.F. Brown\n"
                                  "                  Institute of Things\n", "")
    ed = convert(read_text(text))
    assert ed.title != "ON THE PLACING OF FUNCTIONS"


def test_a_first_line_no_later_page_repeats_stays_text():
    """Near miss: the later pages' tops are no copies of the first page's top line."""
    from edition.witness.layout import _first_page_head
    text = _titled(False).replace("SMITH ET AL.                 On the Placing", "BROWN AND FRIENDS      Another Title")
    witness = read_text(text)
    found = {n: "running head" for n in (x.lineno for x in witness.lines) if n in
             {next(y.lineno for y in witness.lines[s - 1:] if not y.blank) for s in witness.page_starts}}
    assert _first_page_head(witness.lines, found, witness.page_starts) is None
    assert _first_page_head(read_text(_titled(False)).lines, found, witness.page_starts) == 1


# -- A figure's rows and caption inside a broken sentence; a numbered heading ending its run ----------------

#: a sentence broken by a figure of boxes set side by side (``pdftotext -layout``), its caption, and the
#: sentence going on below
FIGURE_ROWS = (
    "A Paper With a Figure\n\n" + WRAPPED
    + "The interface must satisfy three requirements: it should be simple, it should be complete, and it\n"
    "should\n"
    "\n"
    "      How?                 Reading                      Copying             Keeping\n"
    "Witness            Compare the hands           Collate the lines        Record the variants\n"
    "                     Keep the order            Note the gaps\n"
    "                    Leave it to the editor\n"
    "Edition            Print the reading           Mark the lemma           Keep the apparatus\n"
    "                                   Figure 1: The tasks of the edition\n"
    "\n"
    "admit a small and fast implementation, which the rest of this paper describes at some length.\n"
)


def test_a_figure_s_rows_and_caption_inside_a_sentence_are_set_aside_and_the_caption_printed_after():
    ed = convert(read_text(FIGURE_ROWS))
    running = " ".join(_running(ed).split())
    assert "and it should admit a small and fast implementation" in running
    assert "Figure 1: The tasks of the edition" in running  # the caption, a paragraph of its own
    assert not [b for b in ed.blocks if "Compare the hands" in plain(b.pieces)]
    assert any(f.what == "figure labels" and "Compare the hands" in f.text for f in ed.furniture)


@pytest.mark.parametrize("line", [
    "Witness            Compare the hands of the scribes in every line of the text as you go.",  # prose
    "The interface must satisfy three requirements, and it should be simple and complete for",
])
def test_a_line_of_prose_is_no_figure_s_row(line):
    from edition.witness.figures import _row
    assert not _row(line)


HEADING_AT_RUN_END = (
    "A Paper With Sections\n\n" + WRAPPED
    + "Hoare's hints on the design of languages can thus be read as a supplement to this paper.\n"
    "2.1 Keep it simple\n"
    "\n"
    "        Perfection is reached not when there is no longer anything to add,\n"
    "        but when there is no longer anything to take away.\n"
    "\n"
    "Everyone knows that it is good to keep things simple, and the paper says why at some length.\n"
)


def test_a_numbered_heading_ending_its_run_under_a_sentence_s_end_is_a_heading():
    ed = convert(read_text(HEADING_AT_RUN_END))
    assert any(b.kind == "heading" and plain(b.pieces) == "2.1 Keep it simple" for b in ed.blocks)
    assert not [b for b in ed.blocks if b.kind != "heading" and "Keep it simple" in plain(b.pieces)]


def test_a_number_ending_a_run_after_a_broken_sentence_is_no_heading():
    """Near miss: the line above ends no sentence: "… of" / "2.1 Keep it simple" is the sentence's."""
    ed = convert(read_text(HEADING_AT_RUN_END.replace("supplement to this paper.", "supplement to section")))
    assert not any(b.kind == "heading" and "Keep it simple" in plain(b.pieces) for b in ed.blocks)


# -- Property: a page of two columns read apart loses no word -------------------------------------------------

COLUMN_WORDS = st.sampled_from(
    "the council met in secret and its members were chosen by committee of party which had decided on list "
    "candidates long before elections announced provinces local committees same power over lists voters given "
    "no choice at all between whose names printed ballot papers order".split())


def _wrap(words: list[str], width: int) -> list[str]:
    lines, line = [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return [*lines, line] if line else lines


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(COLUMN_WORDS, min_size=120, max_size=200), st.lists(COLUMN_WORDS, min_size=120, max_size=200),
       st.integers(min_value=2, max_value=8))
def test_every_word_of_a_page_of_two_columns_survives(left, right, gap):
    from collections import Counter
    a, b = _wrap(left, 40), _wrap(right, 40)
    n = min(len(a), len(b))
    text = "A Title of Two Columns\n\n" + "".join(f"{x.ljust(40 + gap)}{y}\n" for x, y in zip(a[:n], b[:n],
                                                                                             strict=True))
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]  # the page read as two columns
    shown = Counter(" ".join([_running(ed), ed.title, *(f.text for f in ed.furniture)]).lower().split())
    wanted = Counter(text.lower().split())
    assert not [w for w, k in wanted.items() if shown[w] < k]


# -- Columns found by their place alone: offset baselines, three columns, a page's foot and a band across ------

#: where the right column begins on a page whose columns' baselines are offset
OFFSET = 50


def _offset_columns(left: list[str], right: list[str], head: str = "", foot: str = "") -> str:
    """A page whose columns' baselines are offset, as ``pdftotext -layout`` sets it: each line holds one
    column's line, the left's at the margin and the right's at :data:`OFFSET`, in turn."""
    rows = []
    for a, b in zip(left, right, strict=True):
        rows += [f"    {a}" if a else "", " " * OFFSET + b if b else ""]
    return head + "\n".join(rows) + "\n" + foot


#: the left column: a heading inside it, after its first paragraph; words broken at its lines' ends
OFFSET_LEFT = [
    "We begin with the problem of the",
    "edition in general terms: Given a distri-",
    "bution of copies over the archives, how",
    "can we read the witness that best keeps",
    "the text the author meant? We mo-",
    "tivate the approach on practical grounds",
    "and propose a simple rule of thumb.",
    "",
    "1   Introduction",
    "Editions of letters have a long history",
    "in the study of the period, and the one",
    "we describe here follows the others in",
    "most of what it does with the letters.",
]
OFFSET_RIGHT = [
    "Besides these reasons, the reading of",
    "copies has many useful applica-",
    "tions. We can, for example, compare the",
    "hands of the scribes that made them, and",
    "then date the copies by the paper and",
    "the ink that the scribes used for them",
    "as the archives describe them to us.",
    "Translation is another application of",
    "the method: Given the copies in two",
    "languages, one can compare the readings",
    "and find the older of the two versions",
    "with some confidence in most of the",
    "cases that the archives hold for us.",
]


def test_a_page_whose_columns_baselines_are_offset_is_read_column_by_column():
    """Each line holds one column's text, the left's and the right's in turn: the columns are found by their
    place alone, no word is broken across them, and a heading inside a column stays a heading."""
    text = _offset_columns(OFFSET_LEFT, OFFSET_RIGHT, "A Paper on the Reading of Copies\n\n")
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]
    running = " ".join(_running(ed).split())
    assert "Given a distribution of copies over the archives" in running
    assert "many useful applications. We can, for example" in running
    assert "applica-We" not in running and "distri-" not in running and "distribution of copies" in running
    assert any(b.kind == "heading" and plain(b.pieces) == "1 Introduction" for b in ed.blocks)
    assert running.index("a simple rule of thumb") < running.index("Besides these reasons")
    assert not [e for e in ed.apparatus if e.kind == "hyphenation" and " " in e.lemma]
    whole = " ".join(["A Paper on the Reading of Copies", *OFFSET_LEFT, *OFFSET_RIGHT]).replace("- ", "")
    words = Counter(w for w in whole.split() if w.isalpha())
    shown = Counter(w.strip(".,:?") for w in " ".join([running, ed.title]).split())
    assert not [w for w, k in words.items() if shown[w] < k]


def test_a_page_of_one_column_with_indented_quotations_and_a_centred_heading_is_read_as_it_stands():
    """Near miss: the quotation's lines are set in but run across the page's middle, and so does the centred
    heading; no place of the page is clear of text: no columns."""
    quote = ("        as the letter says, the copies were made in the spring by a clerk who wrote\n"
             "        them out in a fair hand and sent them on to the archive in the capital\n")
    text = ("A Paper With Quotations\n\n" + WRAPPED + quote + WRAPPED
            + "\n                              The Second Part of the Paper\n\n" + WRAPPED + quote + WRAPPED)
    ed = convert(read_text(text))
    assert not [d for d in ed.decisions if d.what == "columns"]
    assert "the copies were made in the spring by a clerk" in " ".join(_running(ed).split())


def test_a_page_of_verse_set_in_alternately_is_no_pair_of_columns():
    """Near miss: a poem whose every other line is set in far: the set-in lines begin where no other line
    reaches, but the page's lines are a poem's, a few words each; no prose on the left of the place."""
    verse = ["Over the hills", "the wind is high,", "under the trees", "the leaves go by,"] * 4
    text = "A Poem\n\n" + "".join(f"{line}\n" if k % 2 == 0 else f"{' ' * 24}{line}\n"
                                 for k, line in enumerate(verse))
    ed = convert(read_text(text))
    assert not [d for d in ed.decisions if d.what == "columns"]


#: three columns of prose side by side, as a register prints its pages
THIRD = [x.replace("first", "middle").replace("left", "middle") for x in LEFT]


def _three_columns(foot: str = "") -> str:
    rows = [f"{a.ljust(SPLIT)}{b.ljust(SPLIT)}{c}".rstrip() for a, b, c in zip(LEFT, THIRD, RIGHT, strict=True)]
    return "        A Register Set in Three Columns of Prose\n\n" + "\n".join(rows) + "\n" + foot


def test_a_page_of_three_columns_is_read_column_by_column():
    ed = convert(read_text(_three_columns()))
    (page,) = [d for d in ed.decisions if d.what == "columns"]
    assert page.sure and "read as 3 columns" in page.how and f"{SPLIT + 1}, {2 * SPLIT + 1}" in page.how
    running = " ".join(_running(ed).split())
    left, middle, right = (running.index(x) for x in (
        "The first column of the paper", "The middle column of the paper", "these words at the top of the right"))
    assert left < middle < right
    assert "the middle column ends its text with these words at the top of the right column" in running
    assert "The first column of the paper begins its argument here, and its lines run down the page" in running


def test_a_page_s_foot_across_its_columns_is_read_after_them():
    """The lines below the columns that run across the gutter (a journal's imprint, the page's number) stand
    outside the columns: the page is read column by column, the foot after them, every word kept."""
    foot = ("\n\n" + " " * 40 + "624\n        Proceedings of the Meeting of the Society for the Study of Copies, "
            "pages 624–633,\n")
    text = _two_columns(LEFT, RIGHT, "      A Paper Set in Two Columns of Prose on Its Pages") + foot
    ed = convert(read_text(text))
    (page,) = [d for d in ed.decisions if d.what == "columns"]
    assert page.sure and "below the columns, across them (a page's foot), read after them" in page.how
    shown = " ".join([_running(ed), *(f.text for f in ed.furniture)])
    assert "the first column ends its text with these words at the top of the right column" in " ".join(
        _running(ed).split())
    assert "Proceedings of the Meeting of the Society" in " ".join(shown.split())


def test_a_band_across_the_page_above_its_columns_is_read_first():
    """A table and its caption set across the page above the columns, a blank line under them, more lines than
    a title's: read first as they stand, then the columns, the table's rows never in a column's sentence."""
    band = "".join(f"      Witness {k}        copy {k}        {1900 + k}        {0.5 + k / 10:.2f}        folio {k}\n"
                   for k in range(5)) + ("\nTable 1: The witnesses of the letter, their copies, years, scores and "
                                        "folios, as the archive lists them for us.\n\n")
    ed = convert(read_text(band + _two_columns(LEFT, RIGHT)))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]
    running = " ".join(_running(ed).split())
    assert "the first column ends its text with these words at the top of the right column" in running
    assert "Witness 3" in running and "Witness 3" not in running[running.index("The first column"):]


def test_lines_across_the_gutter_mid_page_under_a_blank_line_are_no_band():
    """Near miss: two lines across the gutter in the middle of the page, a blank line above them: a band
    only above or below the columns, never between their halves."""
    rows = _two_columns(LEFT, RIGHT).split("\n")
    rows[7:7] = ["", "A formula set wide across the page, all the way from the margin to the right edge of it", ""]
    ed = convert(read_text("\n".join(rows)))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [False]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(COLUMN_WORDS, min_size=120, max_size=200), st.lists(COLUMN_WORDS, min_size=120, max_size=200),
       st.lists(COLUMN_WORDS, min_size=120, max_size=200), st.booleans())
def test_every_word_of_a_page_of_three_or_offset_columns_survives(left, middle, right, offset):
    """Property: a page of three columns side by side, or of two whose baselines are offset (a line of each
    in turn), loses no word, the page read as columns."""
    a, b, c = _wrap(left, 30), _wrap(middle, 30), _wrap(right, 30)
    n = min(len(a), len(b), len(c))
    if offset:
        rows = "".join(f"{x}\n{' ' * 36}{y}\n" for x, y in zip(a[:n], b[:n], strict=True))
    else:
        rows = "".join(f"{x.ljust(34)}{y.ljust(34)}{z}\n" for x, y, z in zip(a[:n], b[:n], c[:n], strict=True))
    text = "A Title of Columns\n\n" + rows + "\n" + " " * 30 + "17\n"
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]
    shown = Counter(" ".join([_running(ed), ed.title, *(f.text for f in ed.furniture)]).lower().split())
    wanted = Counter(text.lower().split())
    assert not [w for w, k in wanted.items() if shown[w] < k]


#: the same figure as a plain extraction sets it: its boxes' lines in runs, some of four or five words
FIGURE_RUNS = (
    "A Paper With a Figure\n\n" + WRAPPED
    + "The interface must satisfy three requirements: it should be simple, it should be complete, and it\n"
    "should\n\nHow?\n\nReading\nIs it the text?\n\nCompare the hands\nKeep the order of lines\n"
    "Leave it to the editor\n\nCopying\nDo one thing well:\nNote the gaps\n\n"
    "Figure 1: The tasks of the edition\n\n"
    "admit a small and fast implementation, which the rest of this paper describes at some length.\n"
)


def test_a_figure_s_runs_of_longer_lines_between_a_broken_sentence_and_its_caption_are_its_labels():
    ed = convert(read_text(FIGURE_RUNS))
    running = " ".join(_running(ed).split())
    assert "and it should admit a small and fast implementation" in running
    assert any(f.what == "figure labels" and "Keep the order of lines" in f.text for f in ed.furniture)


def test_runs_of_short_lines_under_a_sentence_s_end_stay_text():
    """Near miss: the sentence above the runs ends, so nothing shows a figure interrupting it."""
    ed = convert(read_text(FIGURE_RUNS.replace("and it\nshould\n", "and it is.\n")))
    assert not [f for f in ed.furniture if f.what == "figure labels"]
    assert "Keep the order of lines" in _running(ed)


# -- A note at a page's foot ends at a section's heading and at the next note's label ------------------------

#: a note's lone label under a sentence's end, the note's text, then (no blank line) a section's heading and
#: the running text of the next section, as a plain extraction of a paper's page in two columns sets them
NOTE_THEN_SECTION = (
    "A Paper With Notes\n\n" + WRAPPED
    + "It has been studied for a long time by many researchers1 who proposed many methods\n"
    "for it over the years that followed the first shared tasks on the problem of it.\n"
    "1\n"
    "Notably, the first shared task was held in 2011 and it was followed\n"
    "by several others.\n"
    "{heading}\n"
    "The related work on the task is large, and we describe the main lines\n"
    "of it here, beginning with the systems that came first and going on\n"
    "to the systems that came after them, as the others2 did before us.\n"
)


@pytest.mark.parametrize("heading", ["2 Related Work", "3. Method", "2 Related work", "4.1 The Data"])
def test_a_note_at_a_page_s_foot_ends_at_a_section_s_heading(heading):
    ed = convert(read_text(NOTE_THEN_SECTION.format(heading=heading)))
    assert _notes(ed) == [("1", "Notably, the first shared task was held in 2011 and it was followed by several "
                                "others.")]
    running = _running(ed)
    assert "The related work on the task is large" in running and heading.split()[-1] in running


@pytest.mark.parametrize("line", [
    "2 million people were counted in the census of that year, as the",  # a number opens the note's sentence
    "12 Years a Slave is the book he cites.",  # a sentence, ended
])
def test_a_note_s_line_that_opens_with_a_number_goes_on_in_the_note(line):
    """Near miss: the line under the note's sentence opens with a number and a capital, but is no heading."""
    text = NOTE_THEN_SECTION.format(heading=line).replace("A Paper With Notes", "A Paper")
    text = text[:text.index(line) + len(line) + 1]
    ed = convert(read_text(text))
    assert _notes(ed) and line.split()[1] in _notes(ed)[0][1]


def test_a_note_at_a_page_s_foot_ends_at_the_next_note_s_label_before_its_text():
    text = NOTE_THEN_SECTION.format(heading="2 The data were taken from the shared task's site.")
    text = text.replace("systems that came after them, as the others2 did", "systems, as the others did")
    text = text.replace("many researchers1 who", "many researchers1 who2")
    ed = convert(read_text(text))
    assert _notes(ed)[0] == ("1", "Notably, the first shared task was held in 2011 and it was followed by several "
                                  "others.")
    assert "The related work on the task is large" in " ".join([_running(ed), *(b for _, b in _notes(ed))])


@pytest.mark.parametrize("text", ["2 Related Work", "3. Method", "4.1 The Data", "10 Conclusion"])
def test_a_section_s_numbered_heading_by_its_form(text):
    from edition.witness.layout import section_heading_line
    assert section_heading_line(text)


@pytest.mark.parametrize("text", ["2 million people were counted.", "12 Years a Slave is the book he cites.",
                                  "1917 Revolution", "2 The data were taken from the shared task's site, as the"])
def test_a_line_opening_with_a_number_is_no_section_s_heading(text):
    from edition.witness.layout import section_heading_line
    assert not section_heading_line(text)


# -- A paper's title block: the numbers of the authors' institutions glued to their names --------------------

#: a paper's title over two lines, its authors with their institutions' numbers glued to the names, the
#: institutions under their numbers (on the same line or the one above), the e-mails, then the abstract with a
#: note 1 and 3 of its own
TITLE_BLOCK = (
    "Learning to Mend the Errors of Essays\n"
    "in the Hands of Learners\n"
    "Kengo Koyama1,2 and John Smith3\n"
    "Ryo Nagata3\n"
    "Mamoru Komachi1,2\n"
    "1\n"
    "Tokyo Metropolitan University\n"
    "2\n"
    "RIKEN AIP\n"
    "3 Konan University\n"
    "koyama@tmu.ac.jp, nagata@konan-u.ac.jp\n"
    "\n"
    "Abstract\n"
    "We present a method for mending the errors of learners in their\n"
    "essays, and we show that it improves on the systems that were\n"
    "proposed before it by a wide margin in all of the settings that we\n"
    "tried on the benchmarks of the field, as the others1 did before us.\n"
    "1\n"
    "Notably, the first shared task was held in 2011 and it was followed\n"
    "by several others.\n"
)


def test_the_numbers_glued_to_the_authors_names_are_their_institutions_no_notes():
    ed = convert(read_text(TITLE_BLOCK))
    assert ed.title == "Learning to Mend the Errors of Essays in the Hands of Learners"
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok")]  # no "2", "3" without a body, no "1,2"
    values = [f.value for f in ed.header]
    assert "Kengo Koyama1,2 and John Smith3" in values and "Ryo Nagata3" in values
    assert "RIKEN AIP" in values and "3 Konan University" in values and "Tokyo Metropolitan University" in values
    assert any("koyama@tmu.ac.jp" in v for v in values)
    assert not [b for b in ed.blocks if b.kind == "heading" and "Nagata" in plain(b.pieces)]
    assert "as the others[note:1] did" in _running(ed)


def test_an_author_s_number_is_no_marker_of_a_note_of_that_number():
    """A note 3 of the text's own: "Ryo Nagata3" is still the name and its institution's number."""
    text = TITLE_BLOCK.replace("the others1 did before us.\n1\n", "the others3 did before us.\n3\n")
    ed = convert(read_text(text))
    assert [(n.label, n.status) for n in ed.notes] == [("3", "ok")]
    assert "Ryo Nagata3" in [f.value for f in ed.header]


def test_a_number_glued_to_a_word_of_the_text_under_the_title_is_a_marker():
    """Near miss: no names under the title, a sentence whose word a number is glued to: a note's marker."""
    text = TITLE_BLOCK.replace("Kengo Koyama1,2 and John Smith3\nRyo Nagata3\nMamoru Komachi1,2\n1\n"
                               "Tokyo Metropolitan University\n2\nRIKEN AIP\n3 Konan University\n"
                               "koyama@tmu.ac.jp, nagata@konan-u.ac.jp\n", "")
    ed = convert(read_text(text))
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok")]
    assert "as the others[note:1] did" in _running(ed)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mamoru Komachi1,2", "Mamoru Komachi"), ("Kengo Koyama1,2 and John Smith3", "Kengo Koyama and John Smith"),
    # near misses: a number apart from the word, a number inside a word
    ("Windows 10", "Windows 10"), ("H2O", "H2O"),
])
def test_an_institution_s_number_glued_to_a_name_by_its_form(text, expected):
    from edition.witness.layout import AFFILIATION_MARK_RE
    assert AFFILIATION_MARK_RE.sub("", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ryo Nagata3", True), ("Kengo Koyama1,2 and John Smith3", True),
    # near misses: prose with a marker, a name without a number
    ("it was studied by many researchers1 who proposed many methods", False), ("Ryo Nagata", False),
])
def test_a_line_of_authors_with_their_institutions_numbers_by_its_form(text, expected):
    from edition.witness.layout import authors_marks
    assert authors_marks(text) is expected


# -- An index in brackets glued to a unit or a variable is no note's marker ----------------------------------

INDEXED = (
    "A Paper on Timing\n\n"
    "The first measurement of the delay gave 12 µs[{a}] in the first run and the\n"
    "second gave a larger value, as the table below shows for each of the runs\n"
    "of the system that we made on the machine in the laboratory, and we kept\n"
    "the array x[{b}] for the next run, where x2 + y2 = 1 held for H2O as well,\n"
    "as others have noted before us in their work on the problem.[1]\n"
    "The rest of the paragraph goes on with the argument of the paper about\n"
    "the timing of the system, as the revolution[{c}] did before it here.\n\n"
    "[1] See the earlier paper on the timing of such systems.\n"
)


def test_an_index_in_brackets_glued_to_a_unit_or_a_variable_is_no_marker():
    ed = convert(read_text(INDEXED.format(a=0, b=2, c=1)))
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok")]
    running = _running(ed)
    assert "12 µs[0] in the first run" in running and "the array x[2] for" in running
    assert "x2 + y2 = 1 held for H2O" in running and "the problem.[note:1]" in running


def test_a_bracket_glued_to_a_word_of_prose_is_a_marker_without_its_note():
    """Near miss: "revolution[3]" is a note's marker, its note lost: the edition says so."""
    ed = convert(read_text(INDEXED.format(a=0, b=2, c=3)))
    assert [(n.label, n.status) for n in ed.notes] == [("1", "ok"), ("3", "missing-body")]


def test_an_index_that_a_note_confirms_is_its_marker():
    """Near miss: a note 2 has its body: "x[2]" calls it."""
    ed = convert(read_text(INDEXED.format(a=0, b=2, c=1) + "[2] The array of the second run.\n"))
    assert "the array x[note:2] for" in _running(ed)


@pytest.mark.parametrize(("text", "label", "expected"), [
    ("12 µs[0]", "0", True), ("the array x[2]", "2", True), ("the vector [0]", "0", True),
    ("the revolution[2]", "2", False), ("the state. [2]", "2", False),
])
def test_an_index_in_brackets_by_its_form(text, label, expected):
    from edition.witness.labels import index_bracket
    assert index_bracket(text, text.rindex("["), label) is expected


def test_every_span_of_a_page_of_two_columns_is_ordered():
    """A block, an entry or a piece of furniture read across the column break (the left column's foot, then the
    right column's top) is given in the witness from its first offset to its last, never ending before it
    starts."""
    ed = convert(read_text(TWO_COLUMNS))
    spans = [(x.start, x.end) for x in [*ed.blocks, *ed.apparatus, *ed.furniture]]
    assert spans and all(start <= end for start, end in spans)


# -- A table's rows set between the two parts of a sentence, above its caption (``pdftotext -layout``) -------

TABLE_RUNS = (
    "A Paper With a Table\n\n" + WRAPPED
    + "The scores of the methods on the copies of the letters are given in the table, and with the\n\n"
    "{rows}"
    "Table 1: Median rank of the readings of the copies, by method and by hand; the first row gives\n"
    "the scores of the readings composed, the second those of the readings decomposed.\n\n"
    "second method we obtain a median rank that is higher than that of the methods they test.\n" + WRAPPED
)
ROWS = ("        Input     Output      cbow      count\n"
        "         A◦N        N         11        171\n"
        "          N       A, N      67,29    204,168\n")


def test_a_table_s_rows_between_the_parts_of_a_sentence_are_printed_after_it_and_the_sentence_joined():
    """The rows are the table's, substance: printed as the witness sets them (its columns apart by their gaps)
    after the paragraph the table interrupts, then the caption, each move recorded; never set aside."""
    ed = convert(read_text(TABLE_RUNS.format(rows=ROWS)))
    texts = [plain(b.pieces) for b in ed.blocks]
    joined = next(k for k, t in enumerate(texts) if "and with the second method we obtain a median rank" in
                  " ".join(t.split()))
    assert "Input" not in texts[joined] and "204,168" not in texts[joined]
    rows = ed.blocks[joined + 1]
    assert rows.kind == "code" and plain(rows.pieces).split("\n") == [r.strip() if k == 0 else r[8:]
                                                                      for k, r in enumerate(ROWS.splitlines())]
    assert texts[joined + 2].startswith("Table 1: Median rank")
    assert not [f for f in ed.furniture if f.what == "table rows"]
    assert any(d.what == "table rows" for d in ed.decisions)
    assert any(e.kind == "moved" and "table's rows" in e.note for e in ed.apparatus)
    assert any(e.kind == "moved" and "table's caption" in e.note for e in ed.apparatus)


def test_a_table_s_rows_under_a_sentence_s_end_stay_where_they_stand():
    """Near miss: the sentence above the rows ends: the table interrupts nothing, its rows are not set aside."""
    text = TABLE_RUNS.format(rows=ROWS).replace("and with the\n", "as follows.\n")
    ed = convert(read_text(text))
    assert not [f for f in ed.furniture if f.what == "table rows"]
    assert "Table 1: Median rank" in _running(ed)


def test_lines_of_prose_justified_wide_above_a_caption_are_no_table_rows():
    """Near miss: lines of prose with a wide gap in them, as a justified line may show, hold runs of many words:
    no table's cells; nothing is set aside."""
    prose = ("the copies that the archive holds    for the letters of the year\n"
             "and the readings that the editors    made of them in their time\n")
    ed = convert(read_text(TABLE_RUNS.format(rows=prose)))
    assert not [f for f in ed.furniture if f.what == "table rows"]
    assert "the copies that the archive holds" in " ".join(_running(ed).split())


def test_a_table_at_the_right_column_s_top_is_set_aside_and_the_left_column_s_sentence_joined_across():
    """The form of a page of two columns whose right column begins with a table above its caption: the
    sentence broken at the left column's foot goes on under the caption, the rows set aside, the cells never
    glued into the sentence."""
    rows = ["   Input     Output     cbow", "    A◦N       A, N      0.31", "    P◦N       P, N      0.93"]
    right = [*rows, "Table 2: Accuracy of the readings.", "", *RIGHT[:10]]
    ed = convert(read_text(_two_columns(LEFT, right, "      A Paper Set in Two Columns of Prose on Its Pages")))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]
    running = " ".join(_running(ed).split())
    assert "the first column ends its text with these words at the top of the right column" in running
    code = [plain(b.pieces) for b in ed.blocks if b.kind == "code"]
    assert [" ".join(line.split()) for line in code[0].split("\n")] == [" ".join(r.split()) for r in rows]
    assert "the first column ends its text with these words at the top" not in code[0]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(["A◦N", "N", "A, N", "0.31", "67,29", "cbow", "count", "171"]),
                         min_size=3, max_size=5), min_size=2, max_size=6))
def test_every_word_of_a_table_s_rows_set_aside_survives(rows):
    """Property: the rows moved (or kept) lose no word: each is in the text or the furniture."""
    from collections import Counter
    text = TABLE_RUNS.format(rows="".join("      " + "     ".join(r) + "\n" for r in rows))
    ed = convert(read_text(text))
    shown = Counter(" ".join([_running(ed), ed.title, *(f.text for f in ed.furniture)]).split())
    wanted = Counter(text.split())
    assert not [w for w, k in wanted.items() if shown[w] < k and w.strip(",.;:") == w]


# -- A word broken at a page's end, its second part after the page's foot and the next page's head -----------

BROKEN_AT_PAGE = ("A Paper\n\n" + WRAPPED + "and this is the end of the page and the recon-\n\n"
                  + " " * 36 + "12\n\f{next}\n" + WRAPPED)


def test_a_word_broken_at_a_page_s_end_is_joined_across_the_page_s_foot():
    ed = convert(read_text(BROKEN_AT_PAGE.format(next="struction of the text goes on here as the page begins.")))
    running = _running(ed)
    assert "and the reconstruction of the text goes on" in running
    assert any(e.kind == "hyphenation" and "set aside" in e.note for e in ed.apparatus)
    assert any(f.what == "page number" and f.text.strip() == "12" for f in ed.furniture)  # set aside, kept


def test_a_hyphen_before_a_page_s_foot_and_a_capital_is_kept():
    """Near miss: the next page begins with a capital: no second part of a word; the hyphen stays."""
    ed = convert(read_text(BROKEN_AT_PAGE.format(next="Struction of the text goes on here as the page begins.")))
    assert "recon-" in _running(ed) and "reconStruction" not in _running(ed)
    assert not any(e.kind == "hyphenation" and "set aside" in e.note for e in ed.apparatus)


# -- A table's or a formula's debris among a plain extraction's lines of prose --------------------------------

DEBRIS = (
    "A Paper With a Table\n\n" + WRAPPED
    + "The results of the systems on the test data are given in the table below,\n"
    "and they show that the method that we propose is better than the others\n"
    "on all of the measures that we used, as the earlier work had expected of\n"
    "it, though the margin is small on the second of the measures we report\n"
    "{debris}"
    "and the third measure is the mean of the first two, as is usual in the field.\n"
)


def test_a_table_s_or_a_formula_s_debris_is_a_block_of_its_own_never_run_into_a_sentence():
    ed = convert(read_text(DEBRIS.format(debris="0.82 0.75 0.91\n0.79 0.71 0.88\nP R F\n(3)\n")))
    texts = [plain(b.pieces) for b in ed.blocks]
    assert any(t.endswith("the second of the measures we report") for t in texts)
    for debris in ("0.82 0.75 0.91", "0.79 0.71 0.88", "P R F", "(3)"):
        assert debris in texts  # kept, each its own block
    assert "and the third measure is the mean" in _running(ed)


def test_a_line_of_prose_with_numbers_runs_on_in_its_sentence():
    """Near miss: the line has words among its numbers: the sentence's."""
    ed = convert(read_text(DEBRIS.format(debris="with 0.82 and 0.75 on the first two of them, in 2011,\n")))
    assert "the measures we report with 0.82 and 0.75 on the first two of them, in 2011, and the third" \
        in " ".join(_running(ed).split())


@pytest.mark.parametrize(("text", "expected"), [
    ("0.82 0.75 0.91", True), ("P R F", True), ("(3)", True), ("x = y + 1", True), ("0.82", True),
    # near misses: words, a lone integer, a lone letter
    ("in 2011 the F score was 0.82", False), ("Table 2", False), ("1", False), ("A", False),
    ("2 Related Work", False), ("* * *", False),
])
def test_a_line_of_debris_by_its_form(text, expected):
    from edition.witness.layout import debris_line
    assert debris_line(text) is expected


# -- A note a plain extraction fused into a line of the running text -------------------------------------------

FUSED = (
    "A Paper With a Fused Note\n\n"
    "We release the code of the system1 and the data that we used for\n"
    "training it to the public, so that the results can be checked by others\n"
    "who wish to do so, as the field now expects of every paper that it reads.\n"
    "The second part of the system is the ranker, and it is 1Notably, we do not\n"
    "use the ranker of the earlier work here, as it was slow.\n"
    "trained on the outputs of the first part, as the earlier work did.\n"
)


def test_a_note_fused_into_a_line_of_the_running_text_is_its_marker_s_note():
    ed = convert(read_text(FUSED))
    assert _notes(ed) == [("1", "Notably, we do not use the ranker of the earlier work here, as it was slow.")]
    running = " ".join(_running(ed).split())
    assert "the system[note:1] and" in running
    assert "the ranker, and it is trained on the outputs of the first part" in running
    assert any(f.text.strip().startswith("1Notably") for f in ed.furniture)  # the label and first words, recorded


@pytest.mark.parametrize(("change", "why"), [
    (("system1 and", "system and"), "no marker calls it"),
    (("as it was slow.\ntrained", "as it was slow.\nTrained"), "the text below opens no lower case"),
    (("as it was slow.", "as it was slow,"), "its text ends no sentence"),
])
def test_a_number_glued_to_a_capital_stays_text_where_nothing_shows_a_note(change, why):
    ed = convert(read_text(FUSED.replace(*change)))
    assert not [label for label, _ in _notes(ed)], why
    assert "it is 1Notably, we do not use the ranker" in " ".join(_running(ed).split())


def test_a_number_glued_to_a_capital_whose_note_has_its_body_stays_text():
    """Near miss: note 1's body stands at the text's end: the glued number in mid-line is no second one."""
    ed = convert(read_text(FUSED + "\n[1] The code is on the site of the project.\n"))
    assert "it is 1Notably, we do not" in " ".join(_running(ed).split())


@pytest.mark.parametrize(("above", "below", "expected"), [
    ("the second of the measures we report", "0.82 0.75 0.91", True), ("(3)", "and the third measure is", True),
    # near misses: a formula's lines one under the other, prose under prose
    ("1", "1 3 11 15", False), ("the measures we report", "and the third measure", False),
])
def test_debris_beside_prose_by_its_form(above, below, expected):
    from edition.witness.layout import debris_beside_prose
    assert debris_beside_prose(above, below) is expected


# -- A browser's print to PDF: its header and footer on every page (the time, the title, the address, a counter) --

#: lines of a page broken at its width, a paragraph's, the last one ending its sentence
PRINT_LINES = ("The delegates of the district committees met in the spring, in a hall that\n"
               "the railway workers had lent them for a week, and they talked of the pits\n"
               "and of the mills, and of the councils the towns had elected in the strike\n"
               "of the year before, and of the fund that kept the strikers and their kin.\n")
#: a paragraph the page break splits, its sentence going on over the page's foot and the next page's head
PRINT_SPLIT = ("The second day was given to the question of the eight-hour day, which the\n"
               "owners of the smaller works refused to grant, and so the delegates voted to\n")
PRINT_REST = ("send a deputation to the ministry of labour with the demands of the meeting\n"
              "and went home to their districts with the news of the vote and the fund.\n")


def printed(head: str, foot: str, pages: int = 2) -> str:
    """A page printed by a browser, *pages* pages: its header (*head*) and footer (*foot*, ``{n}`` its number,
    ``{m}`` the pages') on each, the title and the byline on the first, a paragraph broken by each page."""
    out = []
    for n in range(1, pages + 1):
        top = "The Loom Council\n\nby Jane Roe\n\n" if n == 1 else ""
        rest = PRINT_REST if n > 1 else ""
        split = PRINT_SPLIT if n < pages else ""
        out.append(f"{head}\n\n{top}{rest}\n{PRINT_LINES}\n{PRINT_LINES}\n{split}\n"
                   + foot.format(n=n, m=pages) + "\n")
    return "\f".join(out)


@pytest.mark.parametrize(("head", "foot"), [
    ("12/3/26, 10:15 AM The Loom Council", "about:reader?url=https://example.org/history/loom {n} of {m}"),
    ("12/3/26, 10:15 AM The Loom Council", "https://example.org/history/loom {n}/{m}"),
    ("12/3/26, 10:15 AM\nThe Loom Council", "https://example.org/history/loom\n{n}/{m}"),  # the title its own line
    ("2026-12-03 10:15 The Loom Council about:reader?url=https://example.org/history/loom", "{n} of {m}"),
])
@pytest.mark.parametrize("pages", [1, 3])
def test_a_browser_s_print_header_and_footer_are_page_furniture_never_the_title_or_the_text(head, foot, pages):
    ed = convert(read_text(printed(head, foot, pages)))
    assert [f.value for f in ed.header if f.name == "title"] == ["The Loom Council"]
    running = " ".join(plain(b.pieces) for b in ed.blocks)
    assert "10:15" not in running and "example.org" not in running and " of 3" not in running
    assert "The Loom Council" not in running  # the page's title the print repeats, never glued into the text
    # the sentence the page break split is one paragraph, the page's furniture set aside from it
    assert any("so the delegates voted to send a deputation" in plain(b.pieces) for b in ed.blocks) or pages == 1
    aside = [f.text.strip() for f in ed.furniture]
    assert any("10:15" in text for text in aside)


@pytest.mark.parametrize("text", [
    "12/3/26, 10:15 AM The Loom Council", "12/3/26, 10:15 AM", "03.12.26, 10:15", "2026-12-03 10:15 The Loom Council",
    "about:reader?url=https://example.org/history/loom 1 of 7", "https://example.org/history/loom 1/7",
    "about:reader?url=https://example.org/history/loom",
])
def test_a_browser_s_print_stamp_by_its_form(text):
    assert print_stamp(text)


@pytest.mark.parametrize("text", [
    # near misses: a sentence that opens with a date and a time, a date alone, an address alone (a reference's),
    # an address in a sentence, a time and words in lower case
    "12/3/26, 10:15 AM The delegates met in the hall and voted.", "12/3/26", "https://example.org/history/loom",
    "See https://example.org/history/loom 1 of the pages.", "12/3/26, 10:15 the delegates met",
])
def test_no_print_stamp_without_its_form(text):
    assert not print_stamp(text)


def test_an_address_alone_is_a_print_s_footer_only_over_its_page_counter():
    assert print_address("https://example.org/history/loom", "1/7")
    # near misses: an address alone over a sentence (a reference's), an address in a sentence over a counter
    assert not print_address("https://example.org/history/loom", "The delegates met in the hall.")
    assert not print_address("See https://example.org/history/loom", "1/7")


def test_a_line_under_a_print_s_time_that_is_a_sentence_or_found_once_stays_the_text():
    # near miss: under the time stamp at a page's top, a line found nowhere else is the text's (no page title)
    text = printed("12/3/26, 10:15 AM", "https://example.org/history/loom\n{n}/{m}", 2)
    text = text.replace("12/3/26, 10:15 AM\n\nsend", "12/3/26, 10:15 AM\nA Word Found Once\n\nsend")
    ed = convert(read_text(text))
    assert "A Word Found Once" not in [f.text.strip() for f in ed.furniture]


# -- A table extracted one cell a line (plain pdftotext): its cells the text's, never a page's furniture ---------

#: a page's prose, lines of a page's width ending its sentence
TABLE_PROSE = ("The systems were tried on the test set and the results are reported here in full, each of them\n"
               "run on the same machine with the same settings and measured over every document of the set, so\n"
               "that the reader may compare them directly with the results that the earlier studies have given.\n")
#: a table's cells one a line: a fraction ("8/16"), a date, a name, numbers, under its caption
TABLE_CELLS = ["System", "Rows", "Precision", "Ours", "8/16", "0.82", "Baseline", "4/7", "0.61",
               "Katrina", "2005-09-23", "0.55"]


def _table_pages(cells: list[str] = TABLE_CELLS, caption: str = "Table 4: Results of the systems on the test set.",
                 below: bool = False, head: str = "Roe: Systems", foot: str = "{n}") -> str:
    """Three pages, a running head (*head*) atop the later ones and a counter (*foot*) at every page's foot; on
    the second, a table's *cells* one a line under (or, *below*, over) its *caption*, prose around it."""
    table = "\n".join(cells) + "\n"
    middle = (f"{table}\n{caption}\n" if below else f"{caption}\n\n{table}") if caption else table
    pages = ["A Study of the Systems\n\nJane Roe\n\n" + TABLE_PROSE + "\n" + TABLE_PROSE,
             f"{head}\n\n" + TABLE_PROSE + "\n" + middle + "\n" + TABLE_PROSE,
             f"{head}\n\n" + TABLE_PROSE + "\n" + TABLE_PROSE]
    return "\f".join(page + "\n" + foot.format(n=n) + "\n" for n, page in enumerate(pages, 1))


def _aside(ed) -> list[str]:
    return [" ".join(f.text.split()) for f in ed.furniture]


def _headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


@pytest.mark.parametrize("below", [False, True])
def test_a_table_s_cells_one_a_line_by_its_caption_are_the_text_never_furniture_or_headings(below):
    """"8/16" is no viewer's page counter, "2005-09-23" no date line, "Katrina" no running head inside a run of
    cells by a table's caption, above it or below it; no cell is a heading."""
    ed = convert(read_text(_table_pages(below=below)))
    aside = _aside(ed)
    for cell in TABLE_CELLS:
        assert cell not in aside
    running = _running(ed)
    assert all(cell in running for cell in ("8/16", "4/7", "2005-09-23", "Katrina", "0.82", "0.61"))
    assert not set(TABLE_CELLS) & {word for heading in _headings(ed) for word in heading.split()}
    # the page's own furniture stays furniture: its number at its foot, the running head atop it
    assert "2" in aside and "Roe: Systems" in aside


def test_a_run_of_cells_most_of_them_numbers_is_a_table_s_without_a_caption():
    cells = ["Ours", "8/16", "0.82", "Baseline", "4/7", "0.61", "Other", "2005-09-23", "0.55"]
    ed = convert(read_text(_table_pages(cells, caption="")))
    aside = _aside(ed)
    assert "8/16" not in aside and "4/7" not in aside and "2005-09-23" not in aside
    assert "8/16" in _running(ed)


@pytest.mark.parametrize("foot", ["{n} / 12", "{n}/12"])
def test_a_page_counter_between_pages_stays_furniture_beside_a_table_s_cells(foot):
    """Near miss: the counter "3 / 12" at a page's foot, the page breaking under it, is the page's, a table's
    cells ending just above it or not."""
    ed = convert(read_text(_table_pages(foot=foot)))
    aside = _aside(ed)
    assert foot.format(n=1) in aside and foot.format(n=3) in aside
    text = _table_pages(foot=foot).replace("\n\n" + TABLE_PROSE + "\f", "\n\f", 1)  # cells to page 2's foot
    text = text.replace(TABLE_PROSE + "\n" + foot.format(n=2), foot.format(n=2))
    ed = convert(read_text(text))
    assert foot.format(n=2) in _aside(ed) and "8/16" not in _aside(ed)


def test_a_running_head_on_every_page_and_a_date_under_the_title_stay_furniture_by_a_table():
    """Near misses: a name for running head atop every page ("Katrina"), above a table's caption, and a date
    line under the title, are the pages' furniture and the header's date, the cells below the caption the text's."""
    text = _table_pages(head="Katrina").replace("Jane Roe\n\n", "Jane Roe\n\n2005-09-23\n\n", 1)
    ed = convert(read_text(text))
    assert _aside(ed).count("Katrina") == 2  # the running heads, the cell "Katrina" kept
    assert "Katrina" in _running(ed)
    assert "2005-09-23" in _running(ed)  # the cell
    assert [(f.value, f.lineno) for f in ed.header if f.name == "date"] == [("2005-09-23", 5)]


@pytest.mark.parametrize(("text", "expected"), [
    ("8/16", True), ("0.82", True), ("2005-09-23", True), ("Katrina", True), ("Mean absolute error", True),
    ("12%", True), ("(4)", True),
    # near misses: a sentence, a clause ending in a comma, a caption, a line of four words
    ("It rose.", False), ("and the rest,", False), ("Table 4: Results", False), ("the four of them here", False),
])
def test_a_table_s_cell_on_its_line_by_its_form(text, expected):
    assert _cell_line(text) is expected


def test_a_run_of_short_lines_with_no_caption_and_few_numbers_is_no_table():
    """Near miss: short lines of words, no caption near them, few numbers: no table's cells by their run."""
    lines = read_text("Prose before it that ends here.\n\nAlpha\nBeta\nGamma\nDelta\n12\nEpsilon\nZeta\n").lines
    assert table_cell_lines(lines) == frozenset()
    lines = read_text("Prose before it that ends here.\n\nA\n1\n2\nB\n3\n4\n").lines
    assert table_cell_lines(lines) == frozenset(range(3, 9))


def test_section_numbers_over_their_headings_blank_lines_between_are_no_table():
    """Near miss: a page's top of numbers and headings ("1.2", "History", "1.2.1", "EDMAC", "7"), a blank line
    between each, most of them numbers but no caption near them: no table's cells; the same lines, line under
    line, are."""
    spaced = "Prose before it that ends here.\n\n1.2\n\nHistory\n\n1.2\n\nHistory\n\n1.2.1\n\nEDMAC\n\n7\n\nThe text.\n"
    assert table_cell_lines(read_text(spaced).lines) == frozenset()
    close = spaced.replace("\n\n", "\n").replace("here.\n", "here.\n\n")
    assert table_cell_lines(read_text(close).lines) == frozenset(range(3, 10))


# -- The first page's margin box inside a sentence the page broke ------------------------------------------------

BOX_HEAD = "JOURNAL OF FIELDS | https://doi.org/10.1/x | May 5, 2016"
BOX = "Competing interests: The authors have declared that no competing interests exist."


def _boxed(box: str = BOX, broken: str = "it has been estimated that", goes_on: str = "global production") -> str:
    """Three pages, the journal's line and a counter at each page's foot; the first page's margin box (*box*)
    under its furniture, between the halves of a sentence the page broke (*broken*, then *goes_on*)."""
    pages = [f"A Study of Crop Yields\n\nJane Roe\n\n{WRAPPED}\n{WRAPPED}Using these figures and the models of "
             f"the climate that were run, {broken}\n\n{BOX_HEAD}\n\n1 / 3\n\n{box}\n",
             f"{goes_on} will decline by a tenth over the coming decades unless the farmers adapt.\n{WRAPPED}\n"
             f"{WRAPPED}\n{BOX_HEAD}\n\n2 / 3\n",
             f"{WRAPPED}\n{WRAPPED}\n{BOX_HEAD}\n\n3 / 3\n"]
    return "\f".join(pages)


@pytest.mark.parametrize("box", [BOX, "Funding: The authors received no specific funding for this work.",
                                 BOX + "\n\nData Availability: All data are in the paper and its files."])
def test_a_margin_box_inside_a_sentence_the_page_broke_is_set_aside_and_the_sentence_rejoined(box):
    ed = convert(read_text(_boxed(box)))
    running = _running(ed)
    assert "it has been estimated that global production will decline" in running
    aside = _aside(ed)
    for field in box.split("\n\n"):
        assert field in aside and field not in running  # kept, in the apparatus, with its reason
    assert {f.what for f in ed.furniture if f.text.strip() in box} == {"margin box"}
    assert BOX_HEAD in aside and "1 / 3" in aside


@pytest.mark.parametrize(("broken", "goes_on"), [
    ("it has been estimated.", "global production"),  # near miss: the sentence ends before the box
    ("it has been estimated that", "Global production"),  # near miss: the text under it opens a sentence
])
def test_a_margin_box_between_sentences_stays_the_text(broken, goes_on):
    ed = convert(read_text(_boxed(broken=broken, goes_on=goes_on)))
    assert BOX in _running(ed) and BOX not in _aside(ed)


def test_a_box_s_field_mid_page_stays_the_text():
    """Near miss: "Funding: …" inside a page, no page breaking between the halves of the sentence round it."""
    text = _boxed().replace(f"that\n\n{BOX_HEAD}\n\n1 / 3\n\n{BOX}\n\f", "that\n\nFunding: none here.\n\n", 1)
    ed = convert(read_text(text))
    assert "Funding: none here." in _running(ed) and "Funding: none here." not in _aside(ed)


_CELL = st.one_of(st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{2,6})?", fullmatch=True),
                  st.from_regex(r"[0-9]{1,2}(\.[0-9]{2}|/[0-9]{1,2})?", fullmatch=True),
                  st.from_regex(r"20[0-2][0-9]-0[1-9]-[12][0-9]", fullmatch=True))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CELL, min_size=3, max_size=14), st.booleans(), st.booleans())
def test_every_cell_of_a_table_one_a_line_survives(cells, below, boxed):
    """No word lost: each cell of a table set one a line, by its caption or not, is in the text or set aside
    with its reason; so is a margin box's field and the sentence round it."""
    text = _table_pages(cells, below=below, head="Roe: Systems")
    if boxed:
        text = text.replace("\n1\n\f", f"\n{BOX}\n\f", 1)
    ed = convert(read_text(text))
    kept = _running(ed).split() + " ".join(_aside(ed)).split() + [
        w for f in ed.header for w in f.value.split()]
    for word in " ".join(cells).split() + (BOX.split() if boxed else []):
        assert word in kept


# -- Notes at a column's foot set inside a word broken at the line's end -----------------------------------------

def column_paper(end: str, below: str) -> str:
    return ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
            "We build sense vectors from a lexical resource, as the earlier work did, and\n"
            "the vectors of the senses are then set in one space, and the embeddings are\n"
            + end + "\n" + below
            + "text vectors of the synsets, which we then average over all the senses that\n"
            "share a lemma in the resource, as the earlier work did for its own data sets.\n"
            "\n2 Related Work\n\n" + WRAPPED)


def test_notes_at_a_column_s_foot_inside_a_broken_word_are_notes_and_the_rejoined_word_carries_the_marker():
    ed = convert(read_text(column_paper("made of the con7", "https://github.com/example/tool\n8\n"
                                        "We used the script provided by the authors.\n")))
    running = _running(ed)
    # no marker on "con", no note's line in the sentence, the word rejoined across the notes; no other marker
    # calls note 7: its reference after the rejoined word, the note linked
    assert "made of the context[note:7] vectors" in running
    assert running.count("[note:7]") == 1
    assert any(e.kind == "line-join" and e.note == WORD_REJOINED for e in ed.apparatus)
    assert "https" not in running and "We used" not in running
    assert _notes(ed) == [("7", "https://github.com/example/tool"),
                          ("8", "We used the script provided by the authors.")]


@pytest.mark.parametrize(("end", "below"), [
    ("made of the con7", ""),  # no note's body below: the line as it stands
    ("made of the con7", "and so on for the rest of the synsets, as the others are.\n"),
    ("made of CO2", "https://github.com/example/tool\n8\nWe used the script provided by the authors.\n"),
    ("made of x2", "https://github.com/example/tool\n8\nWe used the script provided by the authors.\n"),
])
def test_near_miss_a_number_at_a_line_s_end_without_notes_below_in_lower_case_is_no_column_s_note(end, below):
    ed = convert(read_text(column_paper(end, below)))
    assert end.split()[-1] in _running(ed)
    assert not any(label == "7" for label, _ in _notes(ed))


def test_column_foot_notes_of_several_lines_a_wrapped_address_and_a_blank_line_before_the_text_going_on():
    """The notes' texts run over lines (a sentence of two lines, an address its line's end broke: "…/x/" /
    "tool-kit"), the running text goes on after a blank line: the notes are notes, the word rejoined."""
    ed = convert(read_text(column_paper(
        "made of the con7", "https://github.com/example/\ntool-kit\n8\nWe used the script provided by the authors\n"
        "of the earlier work, as they asked.\n9\nAll the values were chosen by hand.\n\n")))
    running = _running(ed)
    assert "made of the context[note:7] vectors" in running
    assert "github" not in running and "We used" not in running and "All the values" not in running
    assert _notes(ed)[0][0] == "7" and "tool-kit" in _notes(ed)[0][1]
    assert _notes(ed)[1:] == [("8", "We used the script provided by the authors of the earlier work, as they asked."),
                              ("9", "All the values were chosen by hand.")]


@pytest.mark.parametrize(("end", "goes_on", "kept"), [
    # near misses: the line's last word and the first word under the notes are two words, no broken one: nothing
    # confirms the glued number as a note's ("the article2" / "Soviet." / "the." is none), the lines stay text
    ("is shown in the table7", "which we then average over all the senses that", "table7"),
    ("at the very end7", "less of the synsets, which we then average over all the senses that", "end7"),
])
def test_near_miss_column_foot_notes_between_two_whole_words_join_no_word(end, goes_on, kept):
    text = column_paper(end, "https://github.com/example/tool\n8\nWe used the script provided by the authors.\n")
    text = text.replace("text vectors of the synsets, which we then average over all the senses that", goes_on)
    ed = convert(read_text(text))
    assert kept in _running(ed)
    assert not any(e.note == WORD_REJOINED for e in ed.apparatus)
    assert not any(label == "7" for label, _ in _notes(ed))


#: a column's foot whose notes broke a word ("… made of the con7"), the word's second part not right under them but
#: further down the page, as the first line of a paragraph under a figure's labels and the next column's lines
FAR_COLUMN = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
              "We build sense vectors from a lexical resource{m7}, as the earlier work did, and\n"
              "the vectors of the senses are then set in one space, and the embeddings are\n"
              "made of the con7\n"
              "Wikipedia is a small set of documents for this\n"
              "and thus brings a bias. We discuss this issue\n"
              "more in Section 5.\n"
              "8\n"
              "Lucene was used. Its parameters are tuned using the development sets.\n\n"
              "90\n\nTop-k accuracy (%)\n\n"
              "traditional methods are compared, as the tables show, and the run time\n"
              "is measured over the same data{m8} as the others were, on one machine.\n"
              "\nFigure 1: Accuracy with different numbers of examples.\n\n"
              "{goes_on} vectors of the synsets, which we then average over all the senses that\n"
              "share a lemma in the resource, as the earlier work did for its own data sets.\n"
              "\n2 Related Work\n\n" + WRAPPED)


def test_notes_at_a_column_s_foot_in_a_broken_word_the_word_going_on_further_down_the_page():
    """The notes' texts are notes, never glued into the sentence; the word is rejoined where its second part
    opens a paragraph further down; no other marker calls note 7: its reference after the rejoined word."""
    ed = convert(read_text(FAR_COLUMN.format(m7="", m8="8", goes_on="text")))
    running = _running(ed)
    assert "Wikipedia is a small set" not in running and "Lucene was used" not in running
    assert "context[note:7] vectors of the synsets" in running and running.count("[note:7]") == 1
    blocks = [plain(b.pieces) for b in ed.blocks]
    assert not any("con7" in b for b in blocks)
    assert any(e.note == WORD_REJOINED for e in ed.apparatus)
    # the sentence joined across the figure and the other column's text, which follow it in the witness's order
    k = next(n for n, b in enumerate(blocks) if "made of the context[note:7] vectors of the synsets" in b)
    assert blocks[k].startswith("We build sense vectors")
    assert blocks[k + 1].startswith("traditional methods are compared") and blocks[k + 1].endswith("on one machine.")
    assert blocks[k + 2] == "Figure 1: Accuracy with different numbers of examples."
    assert "Top-k accuracy" not in running and "Top-k accuracy (%)" in _aside(ed)
    assert sum(e.kind == "moved" for e in ed.apparatus) == 2
    assert dict(_notes(ed)) == {"7": "Wikipedia is a small set of documents for this and thus brings a bias. We "
                                     "discuss this issue more in Section 5.",
                                "8": "Lucene was used. Its parameters are tuned using the development sets."}


def test_notes_at_a_column_s_foot_in_a_broken_word_called_elsewhere_keep_their_own_marker():
    """Note 7 called by a marker of its own ("resource.7"): the rejoined word carries none, the marker calls it."""
    ed = convert(read_text(FAR_COLUMN.format(m7=".7", m8="8", goes_on="text").replace(".7,", ".7", 1)))
    running = _running(ed)
    assert "resource.[note:7]" in running and running.count("[note:7]") == 1
    assert "context vectors of the synsets" in running
    assert dict(_notes(ed))["7"].startswith("Wikipedia is a small set")


@pytest.mark.parametrize("form", [
    "capital",  # near miss: the prose between opens with a capital: the text's own next paragraph
    "uncaptioned",  # near miss: no figure's caption between: nothing shows a figure set there
    "table",  # near miss: a table's caption between: its rows, no figure's labels
    "heading",  # near miss: a section's numbered heading between, short as a label is
])
def test_near_miss_a_sentence_s_parts_apart_past_the_text_s_own_prose_or_no_figure_stand_as_they_are(form):
    """The word is rejoined further down all the same, but nothing moves: the paragraph ends in the fragment."""
    text = FAR_COLUMN.format(m7="", m8="8", goes_on="text")
    if form == "capital":
        text = text.replace("traditional methods are compared", "Traditional methods are compared", 1)
    elif form == "uncaptioned":
        text = text.replace("\nFigure 1: Accuracy with different numbers of examples.\n", "", 1)
    elif form == "table":
        text = text.replace("Figure 1: Accuracy", "Table 1: Accuracy", 1)
    else:
        text = text.replace("\n90\n", "\n5 Results\n", 1)
    ed = convert(read_text(text))
    blocks = [plain(b.pieces) for b in ed.blocks]
    assert any(b.endswith("and the embeddings are made of the") for b in blocks)
    assert "context[note:7] vectors of the synsets" in _running(ed)
    assert not any(e.kind == "moved" for e in ed.apparatus)
    assert "raditional methods are compared, as the tables show" in _running(ed)


@pytest.mark.parametrize("form", [
    "\f",  # near miss: the word's second part on the next page: no word rejoined across a page
    "within",  # near miss: the line opens no paragraph (it goes on the line above it)
    "nothing",  # near miss: no line further down rejoins the word ("con" + "vectors" is no word)
])
def test_near_miss_a_word_s_second_part_on_another_page_or_inside_a_paragraph_is_none(form):
    text = FAR_COLUMN.format(m7="", m8="8", goes_on="text")
    if form == "\f":
        text = text.replace("\nFigure 1: Accuracy", "\n\fFigure 1: Accuracy", 1)
    elif form == "within":
        text = text.replace(".\n\ntext vectors", ".\ntext vectors", 1)
    else:
        text = text.replace("\ntext vectors", "\nvectors", 1)
    ed = convert(read_text(text))
    assert "con7" in _running(ed) or "con[note:7]" in _running(ed)
    assert not any(e.note == WORD_REJOINED for e in ed.apparatus)
    assert "7" not in dict(_notes(ed))


#: a column's foot in a broken sentence ("… the datasets of" / "6" / an address / "SemEval-13 and …"), its number
#: called by a number glued to a word's stop ("(Lee et al., 2017),6 comprising")
STOP_COLUMN = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
               "We carried out the evaluation on the framework by\n"
               "Lee et al. (2017){m} comprising five standard test sets, and as\n"
               "concerns the other languages, we considered the latest versions of\n"
               "the two multilingual datasets of{end}\n"
               "6\n\nhttp://example.org/wsdeval/\n\n"
               "\fSemEval-13 and SemEval-15, containing test sets for French, German,\n"
               "Italian and Spanish, as the earlier work did for its own data sets.\n\n" + WRAPPED)


def test_a_lone_number_and_an_address_in_a_broken_sentence_called_at_a_stop_is_a_note_no_page_number():
    ed = convert(read_text(STOP_COLUMN.format(m=",6", end="")))
    running = _running(ed)
    assert ("6", "http://example.org/wsdeval/") in _notes(ed)
    assert "(2017),[note:6] comprising" in running and "example.org" not in running
    assert not any(f.text.strip() == "6" and f.what == "page number" for f in ed.furniture)


@pytest.mark.parametrize(("m", "end"), [
    (",", ""),  # near miss: no marker calls a note 6
    (",6", " them all."),  # near miss: the line above the number ends a sentence: no column's foot in a sentence
    (", 6", ""),  # near miss: the number set apart after the stop, no marker
])
def test_near_miss_a_lone_number_over_an_address_no_stop_marker_calls_in_a_broken_sentence(m, end):
    ed = convert(read_text(STOP_COLUMN.format(m=m, end=end)))
    assert "6" not in dict(_notes(ed))
    assert "example.org/wsdeval" in _running(ed) + " ".join(_aside(ed))


#: notes at a column's foot in a broken sentence, each under its number alone: "14" (called by no marker the
#: text prints), then "15" and "16", called ("task.15", "WiC),16")
COUNTED_COLUMN = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
                  "They bring to the Word-in-Context task.15 We tested on the data\n"
                  "(Lee and Kim, 2019, WiC),16 a binary classification problem where,\n"
                  "given a target word and two contexts, the task is to determine if w occurs with the\n"
                  "{first}\n\nWe also report the results on only the nouns of the set.\n"
                  "15\nhttps://example.org/glue/\n16\nVersion 1.1 of the benchmark (Wang, 2019).\n\n"
                  "same sense in both contexts, as the earlier work did for its own data sets.\n\n" + WRAPPED)


def test_a_lone_number_over_a_sentence_the_next_called_note_s_number_under_it_is_a_note():
    ed = convert(read_text(COUNTED_COLUMN.format(first="14")))
    running = _running(ed)
    assert "We also report" not in running
    assert dict(_notes(ed)) == {"14": "We also report the results on only the nouns of the set.",
                                "15": "https://example.org/glue/", "16": "Version 1.1 of the benchmark (Wang, 2019)."}


def test_near_miss_a_lone_number_the_next_note_s_number_does_not_follow_is_no_note():
    """Near miss: "13" over the sentence, "15" under it: the numbers do not count on, nothing calls 13."""
    ed = convert(read_text(COUNTED_COLUMN.format(first="13")))
    assert "13" not in dict(_notes(ed))
    assert "We also report" in _running(ed)


def test_a_number_glued_to_a_stop_after_a_subscript_set_apart_calls_a_note_at_a_column_s_foot():
    """"(Vial, 2019, BERThyp ),11": the subscript set apart before its bracket, the number glued to the stop."""
    text = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
            "We compare with the model by Vial et al. (2019, BERThyp ),11 GlossBERT and others;\n"
            "we also trained a baseline on English data only, and we tested it in all the\n"
            "11\nWe excluded from the comparison both the ensemble and\nthe model trained on the glosses.\n\n"
            "languages of the sets, as the earlier work did for its own data sets.\n\n" + WRAPPED)
    ed = convert(read_text(text))
    running = _running(ed)
    assert "BERThyp ),[note:11] GlossBERT" in running and "We excluded" not in running
    assert _notes(ed) == [("11", "We excluded from the comparison both the ensemble and the model trained on the "
                                 "glosses.")]


#: a page of a paper whose markers are glued to a word's stop ("BERT.3 We", "recall.8"), the notes at its foot
STOP_PAGE = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
             # a number glued to a name before them ("Task8"): the glued numbers do not call the notes in order
             "We test it on the data of Task8 of the shared evaluation, as the others did.\n"
             "We compute their representations by means of the model BERT.3 We then cluster\n"
             "the vectors of the occurrences with the k-means algorithm, as the earlier work\n"
             "did, and report the harmonic mean of the precision and the recall.8\n"
             "{extra}"
             "Then the clusters are read by the system of the earlier work, as they were.\n\n"
             "3\nWe discard the sentences in which the lemma is part of a larger span.\n"
             "8\nWe used the scoring script of the framework to compute all the scores.\n"
             "\f2\n\n" + WRAPPED)


def test_a_number_glued_to_a_word_s_stop_calls_the_note_of_that_number_at_the_page_s_foot():
    ed = convert(read_text(STOP_PAGE.format(extra="")))
    running = _running(ed)
    assert "BERT.[note:3] We then" in running and "recall.[note:8]" in running
    assert _notes(ed) == [("3", "We discard the sentences in which the lemma is part of a larger span."),
                          ("8", "We used the scoring script of the framework to compute all the scores.")]
    assert not any(n.status == "orphan" for n in ed.notes)


@pytest.mark.parametrize("extra", [
    "as in Fig.3 where the clusters are shown, and in Section 2.3 of the paper.\n",  # a figure's reference, a number
    "in three steps: the read.5 and the tagged.6 lists of the earlier work.\n",  # numbers no note at a foot has
])
def test_near_miss_numbers_after_a_stop_that_no_note_at_the_foot_confirms_are_no_markers(extra):
    ed = convert(read_text(STOP_PAGE.format(extra=extra)))
    running = _running(ed)
    assert extra.split()[0] in running
    for word in ("Fig.3", "2.3", "read.5", "tagged.6"):
        if word in extra:
            assert word in running
    assert sum(1 for n in ed.notes if n.status == "missing-body") == 0


def test_a_lone_page_number_calls_no_note_from_a_word_s_stop():
    """Near miss: "2" alone at a page's foot with no text under it is the page's number: "2019).2" above it stays."""
    text = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
            "thanks to its representations of many languages (Pires et al., 2019).2 The\n"
            "model is then run on the sentences of the corpus, as the earlier work did.\n\n2\n\f" + WRAPPED)
    ed = convert(read_text(text))
    assert "2019).2" in _running(ed) and not any(n.label == "2" for n in ed.notes)


def test_stacked_numbers_at_a_page_s_foot_are_paired_with_the_texts_below_them_in_order():
    text = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
            "We trained the model with the library of the authors.18 As for the values, we\n"
            "used the ones reported by the earlier work (Lee et al., 2019).19\n\n18\n19\n\n"
            "https://github.com/example/tool\nhttps://example.org/bench\n\f" + WRAPPED)
    ed = convert(read_text(text))
    assert _notes(ed) == [("18", "https://github.com/example/tool"), ("19", "https://example.org/bench")]
    assert "authors.[note:18]" in _running(ed) and "2019).[note:19]" in _running(ed)


def test_near_miss_stacked_numbers_with_fewer_texts_below_are_not_paired_one_to_one():
    text = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
            "We trained the model with the library of the authors.18 As for the values, we\n"
            "used the ones reported by the earlier work (Lee et al., 2019).19\n\n18\n19\n\n"
            "https://github.com/example/tool\n\f" + WRAPPED)
    ed = convert(read_text(text))
    assert ("18", "https://github.com/example/tool") not in _notes(ed)


#: a page whose notes' numbers an extraction set apart between spaces before a stop ("Entities 1 : PERSON"), the
#: notes at the left column's foot mid-sentence ("… the position" / "1" / …), a figure's labels and the next column
#: below them
SPACED_PAGE = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
               "This tagger produces the types of Named Entities{m1}PERSON, PLACE and\n"
               "FACILITY{m2}After the tagging of each article, we connect the entities of\n"
               "the articles of one cluster, as the earlier work did for its own data, and\n"
               "compute the weight of each entity from its mentions and the position\n"
               "1\n\nThe task's description can be found at\nhttp://www.example.org/tests/task/\n"
               "2\nThe names used in the examples were recognized\nas PERSON.\n\n"
               "Louisiana\nT-POS\nKatrina\n\n" + WRAPPED + WRAPPED + WRAPPED + "\f" + WRAPPED)


def test_numbers_set_apart_before_a_stop_call_the_notes_at_a_column_s_foot_each_note_its_own():
    ed = convert(read_text(SPACED_PAGE.format(m1=" 1 : ", m2=" 2 . ")))
    running = _running(ed)
    assert "Entities[note:1]: PERSON" in running and "FACILITY[note:2]. After" in running
    assert _notes(ed) == [("1", "The task's description can be found at http://www.example.org/tests/task/"),
                          ("2", "The names used in the examples were recognized as PERSON.")]
    assert "The names used" not in running


@pytest.mark.parametrize(("m1", "m2"), [
    (": ", ". "),  # near miss: no marker on the page: the numbers under it are no notes
    (" 1: ", " 2. "),  # near miss: a number of the text's ("Entities 1: …"), no space before its stop
])
def test_near_miss_numbers_at_a_column_s_foot_no_marker_calls_stay_the_text(m1, m2):
    ed = convert(read_text(SPACED_PAGE.format(m1=m1, m2=m2)))
    assert not _notes(ed)
    assert "The names used in the examples" in _running(ed)


def test_a_paragraph_never_runs_on_into_an_algorithm_s_first_line():
    """Near miss of a page break's join: the line under the notes opens braces ("for each pair (a, b) {")."""
    text = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
            "It is worth noting that most of the names were read although the tagger\n"
            "did not tell a storm's name from a person's name, as we found by hand\n\n"
            "for each cluster pair (a, b) {\nlink a and b with mapping M .\n}\n\n" + WRAPPED)
    ed = convert(read_text(text))
    assert not any("person's name, as we found by hand for each" in plain(b.pieces) for b in ed.blocks)


# -- Headings that are no headings: a reference list's lines, a table's rows, a figure's labels ------------------

def _paper(body: str, tail: str = "") -> str:
    return ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n2 Basic Idea\n\n" + WRAPPED + body
            + "\n3 Method\n\n" + WRAPPED + "\nReferences\n\n"
            "Ann Lee and Bo Kim. 2000. Snowball: Extracting Relations from Large Collections. In Proceedings\n"
            "of the 5th Conference on Digital Libraries (DL-00).\n"
            "Sergey Brin. 1998. Extracting Patterns and Relations from the Web. In WebDB Workshop at\n\n"
            "EDBT ’98.\n\n"
            "Eugene Charniak. 2000. A maximum-entropy-inspired parser. In Proceedings of NAACL-2000.\n\n"
            "Adam Meyers, Michiko Kosaka, Satoshi Sekine, Ralph\n\n"
            "Grishman, and Shubin Zhao. 2001b. Parsing and GLARFing. In Proceedings of RANLP-2001, Tzigov\n"
            "Chark, Bulgaria.\n" + tail)


def test_a_reference_list_s_author_lines_and_venues_are_no_headings_but_parts_of_their_entries():
    ed = convert(read_text(_paper("", "\nA.1 Computing Infrastructures\n\n" + WRAPPED)))
    heads = _headings(ed)
    assert not any("EDBT" in h or "Adam Meyers" in h for h in heads)
    running = _running(ed)
    assert "In WebDB Workshop at EDBT ’98." in running
    assert "Adam Meyers, Michiko Kosaka, Satoshi Sekine, Ralph Grishman, and Shubin Zhao." in running
    # near miss: the appendix's numbered heading after the list stays a heading
    assert any(h.startswith("A.1 Computing") for h in heads)


def test_near_miss_short_headings_over_their_text_and_after_the_reference_list_stay_headings():
    text = _paper("", "\nAcknowledgments\n\n" + WRAPPED)
    for number in ("1 ", "2 ", "3 "):
        text = text.replace(f"\n{number}", "\n", 1)  # a paper that numbers no section
    text = text.replace("\nMethod\n", "\nResults\n", 1)
    ed = convert(read_text(text))
    heads = _headings(ed)
    assert "Results" in heads and "Acknowledgments" in heads and "Basic Idea" in heads
    assert not any("EDBT" in h for h in heads)


def test_a_table_s_column_a_row_to_a_line_makes_no_headings():
    table = ("\nTable 5: Storms of the season and the places they hit.\n\nDate (Affected Place)\nSep 17-20 (?)\n"
             "Sep 17-26 (Louisiana, Texas, etc.)\nOct 1-5 (Mexico, Nicaragua, etc.)\nOct 5-? (Georgia, Alabama)\n"
             "Oct 8-11 (Portugal, Spain)\n\n" + WRAPPED)
    ed = convert(read_text(_paper(table)))
    assert not any(h.startswith(("Sep ", "Oct ", "Date")) for h in _headings(ed))
    running = _running(ed)
    assert "Sep 17-26 (Louisiana, Texas, etc.)" in running and "Oct 8-11 (Portugal, Spain)" in running


def test_a_label_in_capitals_over_the_next_heading_and_a_section_s_number_again_are_no_headings():
    figure = "\n2.\n\nLongwang\n\narticle B\n\nSUFFIX\n\n2.1 The Parts\n\n" + WRAPPED
    ed = convert(read_text(_paper(figure)))
    heads = _headings(ed)
    assert "2.1 The Parts" in heads and "2 Basic Idea" in heads
    assert not any("Longwang" in h or h.lower() == "suffix" for h in heads)
    assert "Longwang" in _running(ed) and "SUFFIX" in _running(ed)


@pytest.mark.parametrize("opening", [
    "Indeed, when tested in the Word-in-Context (WiC)\n\ntask (Lee and Kim, 2019), a binary classification problem",
    "In this paper we present ARES (context-AwaRe\nEmbeddings of Senses), a semi-supervised approach to",
])
def test_a_sentence_s_first_line_standing_alone_is_no_heading(opening):
    text = _paper("\n" + opening + "\nproducing sense embeddings for all the word senses in a language, as\n"
                  "the earlier work did for its own data sets and its own tasks.\n")
    ed = convert(read_text(text))
    first = opening.split("\n")[0]
    assert first not in _headings(ed)
    assert any(plain(b.pieces).startswith(first) for b in ed.blocks if b.kind == "paragraph")


def test_near_miss_a_heading_that_lists_its_parts_with_commas_stays_a_heading():
    text = _paper("\nVerification, testing, and analysis\n" + WRAPPED)
    for number in ("1 ", "2 ", "3 "):
        text = text.replace(f"\n{number}", "\n", 1)
    ed = convert(read_text(text))
    assert "Verification, testing, and analysis" in _headings(ed)


#: a table under its caption (over two lines), a cell to a run of a line or two, blank lines between the cells
GROUPED_TABLE = ("Table 4. Selected metabolites of the plants and the pathways they\nare involved in.\nCompound\n\n"
                 "Pathway involved\n\nL-Tryptophan\n\nAminoacyl-tRNA biosynthesis; glucosinolate biosynthesis; "
                 "tyrosine and\ntryptophan biosynthesis; glycine metabolism\n\nPipecolate\n\n"
                 "Lysine degradation; biosynthesis of secondary metabolites\n\nGuanine\n\nPurine metabolism\n\n")


def test_a_table_s_cells_a_run_of_lines_each_under_its_caption_are_the_text_s_never_headings_nor_furniture():
    ed = convert(read_text(_paper("\n" + GROUPED_TABLE + WRAPPED)))
    heads = _headings(ed)
    assert not any(h.startswith(("Lysine", "Purine", "Pipecolate", "Guanine")) for h in heads)
    running = _running(ed)
    for cell in ("Pipecolate", "Lysine degradation; biosynthesis of secondary metabolites", "Guanine",
                 "Purine metabolism", "L-Tryptophan"):
        assert cell in running
    assert not any("Pipecolate" in f or "Purine" in f for f in _aside(ed))


def test_near_miss_prose_under_a_table_s_caption_is_no_table_s_cells():
    """A caption, then a short line and a paragraph: two runs only, and the paragraph ends its sentences."""
    text = _paper("\nTable 4. Selected metabolites of the plants.\nResults of the Survey\n\n" + WRAPPED)
    ed = convert(read_text(text))
    from edition.witness.headings import _captioned_groups
    witness = read_text(text)
    at = next(i for i, x in enumerate(witness.lines) if x.text.startswith("Table 4."))
    assert _captioned_groups(witness.lines, at, witness.page_starts) == []
    assert "lines of a page extracted from a PDF do" in _running(ed)


def test_a_line_wholly_in_brackets_is_no_heading():
    text = _paper("\nS1 Table. The metabolites identified as significant in the study.\n(DOCX)\n\n" + WRAPPED)
    ed = convert(read_text(text))
    assert "(DOCX)" not in _headings(ed) and "(DOCX)" in _running(ed)


#: a two-column paper's head, no blank line from its title down into its abstract: a title of three lines (the
#: first ending on a colon), the authors, their institution, their addresses in braces, "Abstract", its text
TITLE_RUN = ("With More Contexts Comes Better Results:\nContextualized Vectors of Senses for All-Round Word Sense\n"
             "Disambiguation\nAnn Roe, Bo Kim and Cy Lee\nDepartment of Computer Science\nUniversity of Nowhere\n"
             "{roe,kim,lee}@cs.example.edu\nAbstract\nContextualized word embeddings have been\n"
             "employed effectively across several tasks in\nprocessing, as they carry useful information.\n\n"
             "1 Introduction\n\n" + WRAPPED)


def test_a_paper_s_title_block_run_into_its_abstract_is_its_title_its_authors_and_the_abstract_s_heading():
    ed = convert(read_text(TITLE_RUN))
    assert ed.title == ("With More Contexts Comes Better Results: Contextualized Vectors of Senses for All-Round "
                        "Word Sense Disambiguation")
    assert "Abstract" in _headings(ed)
    assert any(plain(b.pieces).startswith("Contextualized word embeddings") for b in ed.blocks)


def test_near_miss_a_line_abstract_far_below_the_text_s_top_parts_no_run():
    text = "A Title of the Paper\n\n" + WRAPPED * 8 + "the word\nAbstract\nis a heading's word in the text.\n"
    ed = convert(read_text(text))
    assert "Abstract" not in _headings(ed)


@pytest.mark.parametrize(("between", "kept"), [
    ("1.\n\n...\n\nKeywords: storm, evacuate, coast, rain\n", True),  # a table's other cells over its caption
    # near miss: a sentence of prose between the run and the caption: the run is no table's by that caption
    ("The systems were then run on the data of the shared task, as the others were.\n", False),
])
def test_a_table_s_cells_over_its_caption_with_its_other_short_lines_between(between, kept):
    cells = ["Article", "2005-09-23", "2005-10-02", "", "dump", "Katrina", "Longwang", "", "be-hit", "Taiwan"]
    text = _table_pages(cells, caption=between + "\nTable 1: Sample discovered relation.", below=True)
    witness = read_text(text)
    found = table_cell_lines(witness.lines, witness.page_starts)
    katrina = next(x.lineno for x in witness.lines if x.text == "Katrina")
    assert (katrina in found) is kept
    assert "Katrina" in _running(convert(witness))


@pytest.mark.parametrize(("raw", "joined"), [
    ("https://github.com/example/\nmwsd-datasets", "example/mwsd-datasets"),
    # near miss: a word with a hyphen that goes on the sentence after an address ending in its slash
    ("at https://example.org/\nwell-known tools are there", None),
])
def test_an_address_broken_after_its_slash_before_a_name_with_a_hyphen_alone_on_its_line(raw, joined):
    from edition.witness.addresses import broken_addresses
    assert [a.joined for a in broken_addresses(raw)] == ([joined] if joined else [])


# -- A table extracted a column at a time, one cell a line, at a page's top ------------------------------------

#: a table whose columns a plain extraction set one after the other, a cell a line, a blank line between the
#: columns: the first a column's head over dates, its like ("Issue") heading another table lower on the page
COLUMNS = ("Issue\n1911-03-02 (1)\n1911-03-09\n1911-03-16\n1911-03-23\n1911-04-06\n\n"
           "1:sender\nAnna\nAnna\nBoris\nVera\nOleg\n\n2:place\nOmsk\nTomsk\nOmsk\nKursk\nTver\n\n"
           "1. The letter of the first week asks for the money that the committee had promised in the winter\n"
           "and was never sent to the town. ...\n"
           "2. The second letter names the comrades who were taken in the spring, ...\n\n"
           "Table 5: Letters (“$1 wrote from $2.”) and the actual words we\nused to find them.\n")
#: the second table under its caption, its first column headed alike ("Issue")
LATER_COLUMNS = ("Table 6: Letters of the second bundle, with the dates of the issues\nthat printed them.\n"
                 "Issue\n1911-05-04\n1911-05-11\n1911-05-18\n\n1:sender\nPetr\nIvan\nPetr\n\n")


def _column_pages(top: str = COLUMNS, head: str = "Roe: Letters") -> str:
    """Four pages, a running head (*head*) atop the second and the fourth, the page's number at every foot; the
    third opens with *top*, prose after it, then the second table; "Omsk" also as a figure's label on page 2."""
    pages = ["A Study of the Letters\n\nJane Roe\n\n" + WRAPPED,
             f"{head}\n\n" + WRAPPED + "\nOmsk\n\nAnna\n\nFigure 2: The routes of the letters.\n\n" + WRAPPED,
             top + "\n" + WRAPPED + "\n" + LATER_COLUMNS + WRAPPED,
             f"{head}\n\n" + WRAPPED]
    return "\f".join(page + f"\n{n}\n" for n, page in enumerate(pages, 1))


def test_a_table_s_columns_one_a_line_at_a_page_s_top_are_the_text_s_never_running_heads_nor_date_lines():
    """"Issue" opening page 3 (its like lower on the page) is no running head, the dates under it no date lines,
    "Omsk" in its column no running head: the columns are the text's, where they stand, and none a heading."""
    ed = convert(read_text(_column_pages()))
    aside = _aside(ed)
    for cell in ("Issue", "1911-03-09", "1911-04-06", "Omsk", "Tver", "Vera"):
        assert cell not in aside
    running = _running(ed)
    for cell in ("Issue", "1911-03-02 (1)", "1911-03-09", "1911-03-23", "1911-04-06", "Oleg", "Kursk", "Tver"):
        assert cell in running
    assert not any(h in ("Omsk", "Tomsk", "Kursk", "Tver", "Issue") for h in _headings(ed))
    assert aside.count("Roe: Letters") == 2  # the running heads still aside


def test_near_miss_a_running_head_atop_most_pages_stays_one_over_a_column_of_dates():
    """A running head on every page after the first, one page opening with a column of dates right under it: the
    head is still furniture, the dates the text's."""
    pages = ["A Study of the Letters\n\nJane Roe\n\n" + WRAPPED]
    pages += ["Roe: Letters\n" + ("1911-03-02\n1911-03-09\n1911-03-16\n1911-03-23\n\n" if n == 2 else "\n")
              + WRAPPED for n in range(2, 6)]
    ed = convert(read_text("\f".join(page + f"\n{n}\n" for n, page in enumerate(pages, 1))))
    aside = _aside(ed)
    assert aside.count("Roe: Letters") == 4
    assert "1911-03-09" in _running(ed) and "1911-03-09" not in aside


def test_near_miss_a_lone_date_under_the_title_is_still_a_date_line():
    ed = convert(read_text("A Study of the Letters\n\nJane Roe\n\n12 March 1911\n\n" + WRAPPED + "\f" + WRAPPED))
    assert "12 March 1911" not in _running(ed)


@pytest.mark.parametrize(("text", "cells"), [
    # a column of dates under its head, then a column of as many names: both the table's
    ("Issue\n1911-03-02\n1911-03-09\n1911-03-16\n\nsender\nAnna\nBoris\nVera\n", {1, 2, 3, 4, 6, 7, 8, 9}),
    # near miss: two dates alike only, then a word: no column by their form
    ("Issue\n1911-03-02\n1911-03-09\nVera\n", set()),
    # near miss: numbers of other forms line under line ("12", "3.5", "1911-03-16"): no column by their form
    ("Issue\n12\n3.5\n1911-03-16\n", set()),
    # a section's heading over the column ("4 Results") is no cell of it; a run of another length no column
    ("4 Results\n1911-03-02\n1911-03-09\n1911-03-16\n\nsender\nAnna\n", {2, 3, 4}),
])
def test_a_column_of_alike_numbers_line_under_line_and_the_columns_beside_it(text, cells):
    lines = read_text("Prose before it that ends here.\n\n" + text + "\nProse after it that ends here too, at "
                      "last, as a sentence of the text does.\n").lines
    assert table_cell_lines(lines) == frozenset(n + 2 for n in cells)


# -- A sentence that runs on into its list; a heading in sentence case in a column narrower than the text --------

#: a paragraph in a column narrower than the text's lines (a page of two columns read apart)
COLUMN_PROSE = ("The document analysis included a review of the records\n"
                "at the clinic during the weeks of the field study. These\n"
                "records gave us the average patient density and flow\n"
                "of the patients through the clinic in the survey weeks.\n")


#: the words of a list's first item, its line of the text's full width
FLOW = "organization of the flow of the patients through the clinic and its wards"


@pytest.mark.parametrize(("line", "item", "heading"), [
    ("The specific objectives were to assess", f"1. the {FLOW}", False),
    # near misses: the list's own heading over an item in capitals; a heading in title case over one in lower case
    ("The specific objectives", f"1. To assess the {FLOW}", True),
    ("Specific Objectives of the Study", f"1. the {FLOW}", True),
])
def test_a_line_that_runs_on_into_the_list_under_it_is_no_heading(line, item, heading):
    body = f"\n{line}\n{item}\n   within the department\n2. the views of the staff on the care\n\n" + WRAPPED
    for text in (_paper(body), _paper(body.replace(f"{line}\n", f"{line}\n\n"))):  # in its run, or alone
        ed = convert(read_text(text))
        assert (line in _headings(ed)) is heading
        assert line in " ".join(plain(b.pieces) for b in ed.blocks)


def test_a_heading_in_sentence_case_over_a_column_narrower_than_the_text_s_lines():
    text = _paper("\nhad reached the saturation of the themes.\n\nDocument review and observation\n"
                  + COLUMN_PROSE + "\n" + WRAPPED)
    ed = convert(read_text(text))
    assert "Document review and observation" in _headings(ed)
    assert any(plain(b.pieces).startswith("The document analysis included") for b in ed.blocks)


def test_near_miss_a_short_line_over_a_run_of_short_lines_is_no_heading_by_their_width():
    """An address, a list of short lines: a run much narrower than the text's lines gives no column's width."""
    text = _paper("\nsaw the last of them.\n\nMethods of the survey\nThe survey was run in the clinics\n"
                  "of the three districts in June.\nEach clinic kept its own records\nof the patients seen there.\n\n"
                  + WRAPPED)
    assert "Methods of the survey" not in _headings(convert(read_text(text)))


# -- A chart's tick over its axis's title ------------------------------------------------------------------------

@pytest.mark.parametrize(("tick", "title", "heading"), [
    ("                          0.20", "       wavelength", None),
    ("0.1", "wavelength", None),
    ("                          0.1", "       Wavelength", None),
    # near misses: a section numbered 0.1 over its title; a number over a program's name in lower case
    ("0.1", "Notation", "0.1 Notation"),
    ("2.2", "ledmac", "2.2 ledmac"),
])
def test_a_chart_s_tick_over_its_axis_s_title_is_no_numbered_heading(tick, title, heading):
    for sep in ("\n", "\n\n"):
        ed = convert(read_text(_paper(f"\n{tick}{sep}{title}\n\n" + WRAPPED)))
        heads = _headings(ed)
        if heading is None:
            assert not any(title.strip() in h for h in heads)
            assert title.strip() in _running(ed)
        else:
            assert heading in heads


# -- A caption in a box beside one column's prose, or alone between a sentence's halves (``pdftotext -layout``) --

#: a page of one column whose prose narrows beside a figure set at its right; the figure's caption, in the box
#: under the figure, is set at the box's column, its lines and the prose's in turn
SIDE_BOX_PAGE = (
    "A Paper With a Figure Beside Its Prose\n\n" + WRAPPED + "\n"
    "The readings of the copies are compared with one another, and each\n"
    "is given a score that is more likely than the first score given at the\n"
    "reading of the copy. The check of the reading comes after the can-\n"
    "{box1}\n"
    "didate reading. The check considers whether the fit-\n"
    "{box2}\n"
    "ted readings are sound and likely to be right as the\n"
    "{box3}\n"
    "editors read them, and whether the copy is whole and\n"
    "sound. The cycle of reading and checking goes on until the copy is read in full and the\n"
    "editors are content with what they have read of it in the course of the work.\n\n"
    + WRAPPED
)
SIDE_LINES = ("Figure 1: The reading of a", "copy is a cycle of reading and", "checking.")
SIDE_AT = 54


def _side_box(at: int = SIDE_AT, lines: tuple[str, ...] = SIDE_LINES) -> str:
    return SIDE_BOX_PAGE.format(**{f"box{k + 1}": " " * at + line for k, line in enumerate(lines)})


def test_a_caption_in_a_box_beside_the_prose_is_printed_after_its_paragraph_and_the_prose_rejoined():
    """The prose's sentence is joined across the box's lines, its words broken at the narrowed lines' ends
    rejoined ("can-" … "didate"), never with the caption's; the caption is a paragraph of its own after the
    paragraph, recorded as moved."""
    ed = convert(read_text(_side_box()))
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    k = next(k for k, t in enumerate(texts) if "comes after the candidate reading." in t)
    assert "The check considers whether the fitted readings are sound and likely to be right as the editors " \
           "read them, and whether the copy is whole and sound. The cycle of reading" in texts[k]
    assert "Figure" not in texts[k] and "checking." not in texts[k]
    assert texts[k + 1] == "Figure 1: The reading of a copy is a cycle of reading and checking."
    assert ed.blocks[k + 1].kind == "paragraph"
    moved = [e for e in ed.apparatus if e.kind == "moved"]
    assert moved and all("figure's caption" in e.note for e in moved)
    assert not [f for f in ed.furniture if "Figure" in f.text]


def test_a_table_s_caption_in_a_box_beside_the_prose_is_moved_as_a_table_s():
    ed = convert(read_text(_side_box(lines=("Table 2: The scores of the", "copies, by method and by", "hand."))))
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    k = next(k for k, t in enumerate(texts) if "comes after the candidate reading." in t)
    assert texts[k + 1] == "Table 2: The scores of the copies, by method and by hand."
    assert any(e.kind == "moved" and "table's caption" in e.note for e in ed.apparatus)


def test_a_caption_in_a_box_beside_the_prose_is_found_by_its_form():
    from edition.witness.figures import CAPTION, side_box_lines
    from edition.witness.layout import runs
    witness = read_text(_side_box())
    found = side_box_lines(runs(witness.lines), {}, 78)
    box = [x.lineno for x in witness.lines if x.text.startswith(" " * SIDE_AT)]
    assert found == dict.fromkeys(box, CAPTION)


def test_a_line_set_far_in_beside_the_prose_that_is_no_caption_stays_in_place():
    """Near miss: the box's first line opens no caption ("Figure n:", "Table n:"): nothing is moved."""
    ed = convert(read_text(_side_box(lines=("The reading of a", "copy is a cycle of reading and", "checking."))))
    assert not [e for e in ed.apparatus if e.kind == "moved"]
    assert "The reading of a" in _running(ed)


def test_a_caption_set_in_a_little_way_is_no_box_beside_the_prose():
    """Near miss: the caption's lines begin near the column's left (a line indented as a paragraph's first line
    may be), not at the side of the page: nothing is moved."""
    ed = convert(read_text(_side_box(at=8)))
    assert not [e for e in ed.apparatus if e.kind == "moved"]


def test_a_caption_far_in_that_a_line_of_prose_crosses_below_is_no_box():
    """Near miss: the line under the caption runs across the box's column (the prose not narrowed beside a box):
    nothing is moved."""
    text = _side_box().replace("didate reading. The check considers whether the fit-\n",
                               "didate reading, and the check considers at its end, again and again, whether "
                               "the fit-\n")
    ed = convert(read_text(text))
    assert not [e for e in ed.apparatus if e.kind == "moved"]


def test_a_caption_far_in_under_its_figure_with_no_prose_beside_stays_in_place():
    """Near miss: the caption stands in a run of its own between two sentences: it interrupts none."""
    text = ("A Paper With a Figure\n\n" + WRAPPED + "The readings of the copies are compared as follows.\n\n"
            + " " * SIDE_AT + "Figure 1: The reading of a\n" + " " * SIDE_AT + "copy.\n\n"
            "The cycle of reading goes on until the copy is read.\n" + WRAPPED)
    ed = convert(read_text(text))
    assert not [e for e in ed.apparatus if e.kind == "moved"]
    assert "Figure 1: The reading of a copy." in [" ".join(plain(b.pieces).split()) for b in ed.blocks]


#: a caption alone at a page's top (its figure's drawing not in the copy), between the halves of a sentence
#: broken at the page's foot
BARE_CAPTION = (
    "A Paper With a Figure at a Page's Top\n\n" + WRAPPED + "\n"
    "The standard errors of the scores are small in the last digit given, {end}\n"
    "\f2              A Paper With a Figure at a Page's Top\n\n\n\n"
    "Figure 4: A plot of three readings of the copy, by the first method, with the scores of each\n"
    "reading. Black gives the first reading and red the second.\n\n\n\n"
    "{goes_on} of the third copy (which is not read) where they are large.\n" + WRAPPED
)


def test_a_caption_alone_between_the_halves_of_a_sentence_is_printed_after_the_paragraph():
    ed = convert(read_text(BARE_CAPTION.format(end="except", goes_on="for the scores")))
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    k = next(k for k, t in enumerate(texts) if "in the last digit given, except for the scores of the third" in t)
    assert "Figure 4" not in texts[k]
    assert texts[k + 1].startswith("Figure 4: A plot of three readings") and texts[k + 1].endswith("the second.")
    assert any(e.kind == "moved" and "figure's caption" in e.note for e in ed.apparatus)


@pytest.mark.parametrize(("end", "goes_on"), [("except.", "for the scores"), ("except", "For the scores")])
def test_a_caption_alone_between_two_sentences_stays_in_place(end, goes_on):
    """Near misses: the sentence above ends, or the text below opens a sentence: the caption interrupts none."""
    ed = convert(read_text(BARE_CAPTION.format(end=end, goes_on=goes_on)))
    assert not [e for e in ed.apparatus if e.kind == "moved"]
    assert any(" ".join(plain(b.pieces).split()).startswith("Figure 4: A plot") for b in ed.blocks)


def test_a_sentence_that_goes_on_with_a_figure_s_name_is_joined_across_the_page():
    """Near miss: "Figure 4 of the copy, …" after a sentence broken at a page's foot names a figure, no caption
    (no colon after its number): the sentence is joined across the page."""
    text = BARE_CAPTION.format(end="except", goes_on="for the scores").replace(
        "Figure 4: A plot", "Figure 4 of the copy gives a plot").replace("\n\n\n\nfor the scores", " for the scores")
    ed = convert(read_text(text))
    assert "in the last digit given, except Figure 4 of the copy gives a plot" in " ".join(_running(ed).split())
    assert not [e for e in ed.apparatus if e.kind == "moved"]


def test_two_captions_between_the_halves_of_a_sentence_are_two_paragraphs_after_it():
    """A caption at a page's foot and another at the next page's top, the sentence going on under both: each
    printed after the paragraph as a paragraph of its own, in the witness's order."""
    text = BARE_CAPTION.format(end="except", goes_on="for the scores").replace(
        "\f2 ", "\nFigure 5: The scores of the second copy.\n\f2 ")
    ed = convert(read_text(text))
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    k = next(k for k, t in enumerate(texts) if "in the last digit given, except for the scores of the third" in t)
    assert texts[k + 1] == "Figure 5: The scores of the second copy."
    assert texts[k + 2].startswith("Figure 4: A plot of three readings")


def test_a_caption_alone_under_a_table_s_cell_is_printed_where_it_stands_whole():
    """Near miss: the line above the caption is a table's cell ("Model"), no sentence: the caption stays where
    it stands, one paragraph, never set aside."""
    text = BARE_CAPTION.format(end="except", goes_on="for the scores").replace("\f2 ", "\nModel\n\f2 ")
    ed = convert(read_text(text))
    assert not [e for e in ed.apparatus if e.kind == "moved"]
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    assert any(t.startswith("Figure 4: A plot") and t.endswith("the second.") for t in texts)
    assert not [f for f in ed.furniture if "Figure 4" in f.text]


# -- A band of a page in two columns over a page that shows no gutter (a title block beside a figure) ----------

#: a title block and an abstract on the left, beside a figure's labels and its parts' captions on the right
BAND_LEFT = ["          A Study of the Readings", "", "               Ada Morel", "",
             "         E-Mail: ada@example.org", "",
             "Abstract—The copies of the letters are read by two methods",
             "and the readings are compared with one another; the first",
             "method is the older and the second is the newer of them.",
             "The results come in several forms: as lists, as tables",
             "and as plots of the scores that the copies are given.",
             "This paper gives an overview of how the readings are made",
             "and gives some examples of them for the editors to judge."]
BAND_RIGHT = ["x0", "w0", "x1", "w1", "x2", "w2", "(a) The first method reads each", "copy in turn and scores it by",
              "the words that it holds in all.", "(b) The second method reads the", "copies together and scores them",
              "by the words that they share.", "Fig. 1: The two methods."]


def _band_page(right: list[str]) -> str:
    band = "\n".join(f"{left:<60}      {r}".rstrip() for left, r in zip(BAND_LEFT, right, strict=True))
    return band + "\n\n\n" + WRAPPED + WRAPPED + WRAPPED + "\f" + WRAPPED


def test_a_band_of_two_columns_atop_a_page_without_a_gutter_is_read_apart():
    """The band's left column (the title block, the abstract) is read, then its right (the figure's labels and
    captions): the title is the title, the abstract's sentences whole, never glued to the figure's words."""
    ed = convert(read_text(_band_page(BAND_RIGHT)))
    assert ed.title == "A Study of the Readings"
    running = " ".join(_running(ed).split())
    assert "read by two methods and the readings are compared with one another; the first method is the older" \
        in running
    # the figure's words after the abstract's, never among them
    assert running.index("x0") > running.index("for the editors to judge.")
    assert "(a) The first method reads each copy in turn and scores it by the words that it holds in all." in running
    columns = [d for d in ed.decisions if d.what == "columns"]
    assert [d.value for d in columns] == [f"page 1, lines 1–{len(BAND_LEFT)}"]


@pytest.mark.parametrize("right", [
    [""] * len(BAND_RIGHT),  # no right column: a title block and an abstract alone
    ["12    14", "16    18", "20    22", "24", "26", "28", "30", "32", "34", "36", "38", "40", "42"],  # numbers
])
def test_a_band_without_prose_on_its_right_is_read_as_it_stands(right):
    """Near misses: nothing stands at the band's right, or a table's numbers, no prose: the page is read as it
    stands, no columns."""
    ed = convert(read_text(_band_page(right)))
    assert not [d for d in ed.decisions if d.what == "columns"]
    running = " ".join(_running(ed).split())
    assert "read by two methods" in running and all(r.split()[0] in f"{ed.title} {running}" for r in right if r)


def _band_with_caption(caption_at: int) -> str:
    """The band, its figure's caption on its last two lines set *caption_at* characters in (the right column
    begins at 66), beside the abstract's last sentence broken over them."""
    left = [*BAND_LEFT[:-1], "and gives some examples of them for the", "editors to judge in their work."]
    right = [*BAND_RIGHT[:-1], "", ""]
    lines = [f"{a:<60}      {b}".rstrip() for a, b in zip(left, right, strict=True)]
    lines[-2] = f"{left[-2]:<{caption_at}}Fig. 1: The two methods of the"
    lines[-1] = f"{left[-1]:<{caption_at}}readings compared."
    return "\n".join(lines) + "\n\n\n" + WRAPPED + WRAPPED + WRAPPED + "\f" + WRAPPED


def test_a_caption_under_the_band_s_figure_at_the_column_s_edge_is_the_right_column_s():
    """The figure's caption begins a little left of the figure's words (at the column's edge): its lines are
    the columns', the abstract's sentence beside them read whole, the caption after the figure's words."""
    ed = convert(read_text(_band_with_caption(64)))
    running = " ".join(_running(ed).split())
    assert "some examples of them for the editors to judge in their work." in running
    assert "Fig. 1: The two methods of the readings compared." in running
    assert [d.value for d in ed.decisions if d.what == "columns"] == [f"page 1, lines 1–{len(BAND_LEFT) + 1}"]


def test_a_caption_that_crosses_the_band_s_gutter_stays_below_the_columns():
    """Near miss: the caption's lines begin far left of the right column, inside the gutter's place: they are
    read below the columns, as they stand."""
    ed = convert(read_text(_band_with_caption(61)))
    running = " ".join(_running(ed).split())
    assert "for the editors to judge" not in running
    assert "for the Fig. 1: The two methods of the" in running


# -- A name with a number glued, the text printing the name with other numbers: no note's marker ---------------

#: a dataset's name with a number glued ("SemEval15"), the text printing it with others ("SemEval-13"), a note
#: 15 at the column's foot that a number glued to a stop calls ("task.15")
NAMED = ("A Paper on Things\n\n1 Introduction\n\n" + WRAPPED + "\n"
         "We test the system on the sets SemEval-07 and SemEval-13, and on\n"
         "SemEval15 (Moro, 2015), the three of the field, as the others did.\n"
         "In this section we inspect the gains they bring to the Word-in-Context task.15 We\n"
         "tested it on the pairs, and the task is to determine if w occurs with the\n"
         "14\n\nWe also report the nouns only.\n15\nhttps://example.org/glue/\n\n"
         "same sense in both contexts, as the earlier work did for its own data sets.\n\n" + WRAPPED)


def test_a_name_s_number_glued_is_no_marker_where_the_text_prints_the_name_with_others_and_calls_the_note():
    running = _running(convert(read_text(NAMED)))
    assert "SemEval15 (Moro, 2015)" in running and "task.[note:15] We" in running
    assert running.count("[note:15]") == 1


@pytest.mark.parametrize(("change", "why"), [
    (("task.15 We", "task. We"), "no other marker calls note 15: the glued number is its marker"),
    (("SemEval-07 and SemEval-13", "the two others"), "the text prints the name with no other number"),
])
def test_near_miss_a_name_s_number_glued_stays_a_marker_where_nothing_else_shows_a_name(change, why):
    assert "SemEval[note:15] (Moro" in _running(convert(read_text(NAMED.replace(*change)))), why


@pytest.mark.parametrize(("text", "names"), [
    ("on SemEval-13 and SemEval15 (2015), as the task.15 showed", ["SemEval15"]),
    ("on SemEval07 and SemEval15 (2015), as the task.15 and task.7 showed", ["SemEval07", "SemEval15"]),
    # near misses: the name's other number of other digits ("SemEval2015"); a word in lower case ("model2")
    ("on SemEval2015 and SemEval15 (2015), as the task.15 showed", []),
    ("the model2 and the model5, as the task.2 and task.5 showed", []),
])
def test_name_numbers_by_their_form(text, names):
    from edition.witness.labels import name_numbers
    found = name_numbers(text, {"7", "15", "2", "5"})
    assert sorted(text[at - 7:at + 2] for at in found) == names


# -- A program's output of measurements, an address block's lines: no headings ------------------------------------

#: the output of a call under its command, two lines opening with a figure and its unit, one closing on its share
PROGRAM_OUTPUT = (
    "\nThe results of a call to the collector on our system are\n\n"
    "Garbage collection 100 = 45+26+29 (level 2) ...\n"
    "6.6 Mbytes of cons cells used (53%)\n"
    "13.2 Mbytes of vectors used (32%)\n\n"
    "respectively. This shows that the first method uses about twelve\n"
    "Mbytes of vector space in the course of solving the example problem.\n"
)


def test_a_program_s_output_of_measurements_is_no_numbered_heading():
    ed = convert(read_text(_paper(PROGRAM_OUTPUT)))
    heads = _headings(ed)
    assert not any("Mbytes" in h for h in heads)
    assert "6.6 Mbytes of cons cells used (53%)" in _running(ed)
    assert "3 Method" in heads


@pytest.mark.parametrize(("line", "why"), [
    ("6.6 Mbytes of cons cells used (53%)", "measurement"),
    ("12 ms per call", "measurement"),
    ("3.5 kg", "measurement"),
    ("2.1 Share of the vote used (32%)", "measurement"),
    # near misses: sections whose titles open with a word, a bracket without a share in it
    ("6.6 Memory use", None),
    ("2 Methods", None),
    ("3.2 Results (Overview)", None),
    ("4 Sample sizes (n = 40)", None),
    ("5 Mass and energy", None),
])
def test_a_measurement_opening_a_line_is_no_heading_s_number(line, why):
    assert lookalike(line) == why


def _affiliation(place: str, field: str = "E-mail: anna@uni.example") -> str:
    """An address block after the text's last section, broken by a page's end and its running head."""
    return ("\nC.3 The Last Format\n\n" + WRAPPED + "\n\nAffiliation:\nAnna K. Berg\n"
            "Department of Chemistry and Physics\nFaculty of Arts\nUniversity of Leiden\nOld Canal Street 1024\n"
            "\f12                Running Head of the Paper in Its Journal\n\n\n"
            f"{place}\n{field}\nURL: http://www.uni.example/~anna/\n")


@pytest.mark.parametrize("place", ["2500 GT Leiden, The Netherlands", "12345 Springfield, Ohio"])
def test_an_address_s_postcode_and_city_over_its_e_mail_are_no_heading(place):
    ed = convert(read_text(_paper("", _affiliation(place))))
    heads = _headings(ed)
    assert place not in heads and not any("Department" in h for h in heads)
    assert place in _running(ed) and "C.3 The Last Format" in heads


@pytest.mark.parametrize(("line", "following", "address"), [
    ("1081 HV Amsterdam, The Netherlands", "E-mail: kate@uni.example", True),
    ("Old Canal Street 1024", "Tel.: +31 20 555 0101", True),
    ("Leiden, The Netherlands", "URL: http://www.uni.example/", True),
    # near misses: a heading over the field, a postcode's line over prose
    ("Author details", "E-mail: kate@uni.example", False),
    ("5 Contact", "Email: kate@uni.example", False),
    ("1081 HV Amsterdam, The Netherlands", "The city is the capital of the country.", False),
])
def test_an_address_line_is_the_line_over_a_contact_field_with_a_figure_or_a_comma(line, following, address):
    assert address_line(line, following) is address


# -- Headings at the margin under a list's items set in ---------------------------------------------------------

def _list_then(lines: str) -> str:
    """A paper whose headings are unnumbered, a list of aims in its first section, *lines* under the list."""
    return ("A Paper on Things\n\nBackground\n\n" + WRAPPED + "\nThe specific aims of the survey were to assess\n"
            "  1. the organization of the work of the wards within the\n"
            "     department\n"
            "  2. the views of the staff on the quality of the care in the\n"
            f"     wards of the department\n{lines}"
            "The hospital is a referral hospital in the middle of the country and it\n"
            "serves a population of about five million people in its region.\n\nDiscussion\n\n" + WRAPPED)


def test_two_headings_at_the_margin_under_a_list_s_items_set_in_are_headings():
    heads = _headings(convert(read_text(_list_then("Methods\nSetting\n"))))
    assert "Methods" in heads and "Setting" in heads


def test_near_miss_a_list_s_run_over_at_the_items_margin_is_no_heading():
    """The last item's words run over at the list's own margin, no line set out under the items."""
    text = _list_then("  Methods\n  Setting\n")
    heads = _headings(convert(read_text(text)))
    assert "Methods" not in heads and "Setting" not in heads


@pytest.mark.parametrize(("lines", "line", "ends"), [
    (["The aims were to assess", "  1. the work of the wards within the", "     department"], "Methods", True),
    # near misses: no item above; the item's run-over not set in beyond the line; the items at the line's margin
    (["The aims were to assess", "     the work of the wards within the", "     department"], "Methods", False),
    (["The aims were to assess", "  1. the work of the wards within the", "  department"], "Methods", False),
    (["The aims were to assess", "1. the work of the wards within the", "     department"], "Methods", False),
])
def test_a_list_ends_above_a_line_set_out_under_its_items(lines, line, ends):
    current = [Line(t, i, 0) for i, t in enumerate(lines)]
    assert list_ends_above(current, line) is ends


# -- Appendices numbered by a capital alone over their titles, after the references ------------------------------

def _appendices(letters: tuple[str, ...]) -> str:
    body = "".join(f"\n{letter}\n\nThe {title} of the Model\n\n" + WRAPPED
                   for letter, title in zip(letters, ("Training", "Scoring", "Tuning"), strict=False))
    return _paper("", body)


def test_appendices_numbered_by_a_capital_alone_are_headings_after_the_references():
    ed = convert(read_text(_appendices(("A", "B", "C"))))
    heads = _headings(ed)
    assert ["A The Training of the Model", "B The Scoring of the Model", "C The Tuning of the Model"] == heads[-3:]
    assert heads.count("References") == 1


@pytest.mark.parametrize("letters", [("A",), ("B", "C", "D"), ("A", "C", "D")])
def test_near_miss_capitals_alone_out_of_sequence_are_no_appendices_numbers(letters):
    """One letter alone (a figure's panel), letters that do not start at "A", or skip one: no appendices."""
    heads = _headings(convert(read_text(_appendices(letters))))
    assert not any(h.startswith(("A The", "B The", "C The", "D The")) for h in heads)


def test_near_miss_a_capital_alone_straight_over_a_formula_s_line_is_no_appendix_heading():
    """"A" and "B" over their lines with no blank between (a formula's signs set one a line), as a block."""
    ed = convert(read_text(_paper("\nA\nB ERT (λ, σ)\n\nB\nC ERT (μ, ρ)\n\n" + WRAPPED)))
    assert not any("ERT" in h for h in _headings(ed))
# -- A whole table (caption, cells one a line, notes) on the pages between the halves of a sentence -----------

#: a sentence broken at a page's foot, the next page a table (its caption, its cells one a line, its notes), the
#: sentence going on at the top of the page after it
TABLE_PAGE = (
    "A Report on the Copies\n\n" + WRAPPED + "\n"
    "The copies of the second year were read less often than the first year's (Table 2). {end}\n"
    "\f                         A Report on the Copies\n\n12\n\n"
    "{caption} Copies read, by year and by hand* — Archive of the Letters, 1917 and 1918\n"
    "1917\n\nCharacteristic\n\n1918\n\nCopies read\n\ntotal held\nin the archive\n\nno.\n\n(%)\n\n"
    "{cells}"
    "Abbreviations: CI = confidence interval; OR = odds ratio.\n"
    "* The first hand that read the copy, a clerk of the archive, or an editor.\n"
    "\f                         A Report on the Copies\n\n13\n\n"
    "{goes_on} of the second hand were higher in both years (Table 1).\n" + WRAPPED
)
CELLS = "61,206\n49,486\n\n2,862\n2,909\n\n(4.7)\n(5.9)\n\n"


def _table_page(end="Although the", caption="TABLE 1.", cells=CELLS, goes_on="odds"):
    return convert(read_text(TABLE_PAGE.format(end=end, caption=caption, cells=cells, goes_on=goes_on)))


@pytest.mark.parametrize("caption", ["TABLE 1.", "tABLE 1.", "Table 1:"])
def test_a_table_between_the_halves_of_a_sentence_is_printed_after_the_paragraph(caption):
    """The sentence is joined across the table; the caption is printed as a paragraph after it, then the cells
    and notes as the witness sets them, line by line; each move recorded in the apparatus."""
    ed = _table_page(caption=caption)
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    k = next(k for k, t in enumerate(texts) if "(Table 2). Although the odds of the second hand were higher" in t)
    assert "Characteristic" not in texts[k] and "61,206" not in texts[k]
    assert texts[k + 1].startswith(f"{caption} Copies read, by year")
    cells = ed.blocks[k + 2]
    assert cells.kind == "code"
    lines = plain(cells.pieces).split("\n")
    assert lines[:3] == ["1917", "", "Characteristic"] and "total held" in lines and "in the archive" in lines
    assert "61,206" in lines and "49,486" in lines
    assert not [f for f in ed.furniture if f.what == "table inside a sentence"]
    assert any(d.what == "table inside a sentence" for d in ed.decisions)
    assert any(e.kind == "moved" and "table's cells" in e.note for e in ed.apparatus)
    assert any(e.kind == "moved" and "table's caption" in e.note for e in ed.apparatus)


@pytest.mark.parametrize(("end", "goes_on"), [("As follows.", "odds"), ("Although the", "Odds")])
def test_a_table_between_two_sentences_stays_where_it_stands(end, goes_on):
    """Near misses: the sentence above the table ends, or the text under it opens a sentence: the table
    interrupts nothing; nothing is moved."""
    ed = _table_page(end=end, goes_on=goes_on)
    assert not [e for e in ed.apparatus if e.kind == "moved" and "table's cells" in e.note]
    assert not any(d.what == "table inside a sentence" for d in ed.decisions)


def test_a_table_with_a_paragraph_of_prose_among_its_cells_is_not_moved():
    """Near miss: a run of long lines of prose stands among the table's lines: no table's page alone; nothing
    is moved, the prose stays where it stands."""
    prose = ("The copies held in the archive were counted again in the spring of the second year, and\n"
             "the count was given to the editors, who checked it against the clerks' ledgers.\n\n")
    ed = _table_page(cells=CELLS + prose)
    assert not any(d.what == "table inside a sentence" for d in ed.decisions)
    assert "who checked it against the clerks' ledgers" in " ".join(_running(ed).split())


def test_a_caption_that_is_a_sentence_s_words_is_no_table():
    """Near miss: "Table 1 of the copies …" names a table, no caption (no stop or colon after its number)."""
    ed = _table_page(caption="Table 1 of the")
    assert not any(d.what == "table inside a sentence" for d in ed.decisions)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(["61,206", "(4.7)", "Male", "Female", "total held", "—", "Hispanic"]),
                         min_size=1, max_size=4), min_size=1, max_size=8))
def test_every_word_of_a_table_moved_out_of_a_sentence_survives(runs):
    """Property: the table's cells moved (or kept) lose no word: each is in the text or the furniture."""
    cells = "".join("\n".join(r) + "\n\n" for r in runs)
    text = TABLE_PAGE.format(end="Although the", caption="TABLE 1.", cells=cells, goes_on="odds")
    ed = convert(read_text(text))
    shown = Counter(" ".join([_running(ed), ed.title, *(f.text for f in ed.furniture),
                              *(e.reading for e in ed.apparatus if e.kind == "furniture")]).split())
    wanted = Counter(text.split())
    assert not [w for w, k in wanted.items() if shown[w] < k and w.strip(",.;:()*") == w]


# -- A page's columns with a figure beside one, or a note set a little left of its column's edge ---------------

#: a figure's caption, legend, values and notes, set beside a column of prose
FIGURE_LEFT = ["Figure 2.", "Readings of the Copies by Year", "(In percent)", "Any reading   Second reading",
               "", "   1917     4.2", "          0.5", "   1918          5.3", "              1.4",
               "   1919               7.3", "                 2.0", "   1920                   13.8",
               "                     3.6", "", "Note: Counts of the second hand not kept.",
               "Source: The ledgers of the archive, 1918.", ""]
FIGURE_RIGHT = [*RIGHT, "The next page goes on with the copies of", "the third year, read in the same way."]


def test_a_figure_beside_a_column_of_prose_is_read_apart_from_it():
    """A figure set beside a column (its caption, its legend and values on the left, the prose on the right, a
    gutter no line crosses): the page is read as columns, the figure's lines first, then the prose, whose
    sentences run on unbroken by the figure's values."""
    ed = convert(read_text(_two_columns(FIGURE_LEFT, FIGURE_RIGHT)))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]
    running = " ".join(_running(ed).split())
    assert "these words at the top of the right column, which goes on with the argument of the left one." in running
    assert "the converter has to read the left column first" in running
    assert running.index("Readings of the Copies by Year") < running.index("these words at the top")


def test_a_column_of_prose_beside_lines_without_prose_is_read_as_it_stands():
    """Near miss: the lines on the left hold almost no prose (values alone, no legend, no note): no column;
    the page is read as it stands."""
    left = [x if not x.startswith(("Note", "Any")) else "" for x in FIGURE_LEFT]
    ed = convert(read_text(_two_columns(left, FIGURE_RIGHT)))
    assert not [d for d in ed.decisions if d.what == "columns" and d.sure]


def test_a_note_at_a_column_s_foot_set_left_of_its_edge_stays_in_its_column():
    """Three columns, the right one's last lines a note's body set a little left of the column's edge (the
    middle column's lines short beside it): the note is the right column's, never run into the middle's."""
    note = ["   For the count of the copies, see the", "ledgers of the archive and the list of the",
            "hands on page 9 of this report."]
    middle = [*THIRD[:12], "tested at the ninety percent", "level unless noted in the text.", "That is all."]
    rows = [f"{a.ljust(SPLIT)}{b.ljust(SPLIT)}{c}".rstrip() for a, b, c in zip(LEFT[:12], middle[:12], RIGHT[:12],
                                                                                strict=True)]
    rows += [f"{a.ljust(SPLIT)}{b.ljust(SPLIT - 3)}{c}".rstrip() for a, b, c in zip(LEFT[12:], middle[12:], note,
                                                                                    strict=True)]
    ed = convert(read_text("        A Register Set in Three Columns of Prose\n\n" + "\n".join(rows) + "\n"))
    running = " ".join(" ".join(plain(b.pieces) for b in ed.blocks).split())
    assert "For the count of the copies, see the ledgers of the archive and the list of the hands on page 9" \
        in running
    assert "tested at the ninety percent level unless noted in the text." in running


# -- A chart's title over its axis values: no heading ------------------------------------------------------

CHART = ("A Report on the Copies\n\n" + WRAPPED + "and the copies are not a trade of the archive but a loan of it.\n"
         "{title}\n1200\n\n1000\n\n800\n\nFirst copy\n\nSecond copy\n\n" + WRAPPED)


@pytest.mark.parametrize("title", ["Loans of the copies (bp)", "\nLoans of the first copy (bp)\n\n"
                                   "Loans of the second copy (bp)"])
def test_a_chart_s_title_over_its_axis_values_is_no_heading(title):
    """A line ending with its unit in brackets over a number alone (the chart's axis), or over another such
    line (two charts side by side): a chart's title, printed as a paragraph of its own, never a heading nor
    joined to the prose above it."""
    ed = convert(read_text(CHART.format(title=title)))
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    assert not [b for b in ed.blocks if b.kind == "heading" and "(bp)" in plain(b.pieces)]
    for line in title.strip().split("\n\n"):
        assert line in texts
    assert any(t.endswith("but a loan of it.") for t in texts)


def test_cells_in_brackets_over_cells_are_no_chart_s_title():
    """Near miss: a table's cells with words in brackets ("alleanza (alliance)   legame (bond)") under a line in
    brackets, over more such cells: no chart's title; nothing split off."""
    text = CHART.format(title="").replace("1200\n\n1000\n\n800\n\nFirst copy\n\nSecond copy\n\n",
                                          "\ncravatta (tie)     nero (black)\nalleanza (alliance)     legame (bond)\n"
                                          "giacca (jacket)     giallo (yellow)\n\n")
    ed = convert(read_text(text))
    assert not [b for b in ed.blocks if b.kind == "paragraph" and plain(b.pieces) == "alleanza (alliance)"]


def test_a_heading_with_a_bracket_over_prose_stays_a_heading():
    """Near miss: a heading ending with a year in brackets over a paragraph of prose: a heading."""
    text = CHART.format(title="").replace("1200\n\n1000\n\n800\n\nFirst copy\n\nSecond copy\n\n",
                                          "\nResults of the Count (1918)\n\n")
    ed = convert(read_text(text))
    assert [plain(b.pieces) for b in ed.blocks if b.kind == "heading"] == ["Results of the Count (1918)"]


# -- An engraving's short caption inside a word or a sentence; a number's star; a dateline's run-in -----------

#: an old book's page: a caption alone on its line between the halves of a hyphenated word, two between the
#: halves of a sentence, a heading under a sentence's end, a short sentence in capitals ending the one above
ENGRAVINGS = (
    "A Diary of the Siege\n\n" + WRAPPED
    + "We have marched for days along the river and the\n"
    "men are tired but the Northern confed-\n"
    "Rifled Shell.\n"
    "eracy will fall. The guns are heard at night and\n"
    "nobody sleeps much in the camp at all.\n"
    "\n"
    "Our pickets are close to theirs and we hear them\n"
    "talk about the war and the\n"
    "Canister Shot.\n"
    "Fig. A.\n"
    "end of it all in the coming summer months.\n"
    "\n"
    "The colonel rode along the line and spoke to us.\n"
    "The Second Day.\n"
    "We woke at dawn and cooked our breakfast by the fire,\n"
    "then marched again along the river to the north.\n"
    "\n"
    "At noon the whole regiment was reviewed by General\n"
    "Grant Himself.\n"
    "And the men cheered him as he rode along the line of\n"
    "the regiment on his horse.\n"
)


def test_an_engraving_s_short_caption_inside_a_word_or_a_sentence_is_printed_after_the_paragraph():
    ed = convert(read_text(ENGRAVINGS))
    paragraphs = [" ".join(plain(b.pieces).split()) for b in ed.blocks if b.kind == "paragraph"]
    joined = next(p for p in paragraphs if "Northern" in p)
    assert "the Northern confederacy will fall. The guns" in joined and "Rifled" not in joined
    assert paragraphs[paragraphs.index(joined) + 1] == "Rifled Shell."
    war = next(p for p in paragraphs if "pickets" in p)
    assert "talk about the war and the end of it all" in war
    assert paragraphs[paragraphs.index(war) + 1] == "Canister Shot. Fig. A."
    # near misses stay where they stand: a heading under a sentence's end, a short sentence in capitals ending
    # the one above (the next line opening a sentence)
    second = paragraphs.index("The Second Day.")
    assert paragraphs[second - 1].endswith("spoke to us.") and paragraphs[second + 1].startswith("We woke")
    assert "At noon the whole regiment was reviewed by General Grant Himself." in paragraphs


@pytest.mark.parametrize(("line", "caption"), [
    ("Rifled Shell.", True), ("Fig. A.", True), ("Solid Shot strapped on a Sabot.", True),
    ("Grant Himself.", True),  # a caption's form: the lines around it decide (the test above)
    ("The men were tired.", False), ("Rifled Shell", False), ("rifled shell.", False),
    ("Shells, Grape and Canister.", False), ("No. 1.", False),
    ("A Long Caption of Many Words Set on One Line.", False), ("THE SIEGE OF THE CITY.", False),
])
def test_an_engraving_s_short_caption_is_known_by_its_form(line, caption):
    from edition.witness.figures import title_caption
    assert title_caption(line) is caption


#: a starred number inside a caption ("2* in number"), a caption opening with a star below, then paragraphs
STARRED_NUMBER = (
    "A Diary of the Siege\n\n" + WRAPPED
    + "The shells are of such a size that seven of them can lie in a bed. These\n"
    "balls are made of cast iron, and are 2* in number, as we found.\n"
    "\n"
    "*SMITH'S SHELL.\n"
    "\n"
    "JUNE 20TH.—We marched at dawn along the river and came to the town at noon,\n"
    "where the people gave us bread and water.\n"
    "\n"
    "The last paragraph of the diary tells of the march home to the north.\n"
)


def test_a_starred_number_is_no_note_s_marker_and_a_star_line_swallows_no_paragraph():
    ed = convert(read_text(STARRED_NUMBER))
    assert not ed.notes
    running = " ".join(_running(ed).split())
    assert "are 2* in number" in running
    assert "We marched at dawn" in running and "The last paragraph of the diary" in running


#: a note of the sign's, a sentence, at the text's end (a caption in capitals after a star is none:
#: tests/test_pdf_captions.py)
STAR_NOTE = "\n*Smith's shell was cast to the pattern the navy used in the war.\n"


def test_a_star_after_a_word_still_calls_its_note():
    text = STARRED_NUMBER.replace("are 2* in number", "are few in number*") + STAR_NOTE
    ed = convert(read_text(text))
    assert [n.label for n in ed.notes] == ["*"]
    assert "Smith's shell was cast" in " ".join(_notes(ed)[0][1].split())
    running = " ".join(_running(ed).split())
    assert "We marched at dawn" in running and "The last paragraph of the diary" in running


@pytest.mark.parametrize(("line", "heading"), [
    ("JUNE 17TH.—I was detailed", False), ("MAY 3D.--we marched on", False),
    ("CHAPTER I.—The Siege of the City", True), ("Chapter IV.—THE SIEGE", True), ("The War—and After", True),
])
def test_a_dateline_s_run_in_is_no_heading(line, heading):
    from edition.witness.layout import heading_like
    assert heading_like(line) is heading


def test_a_star_after_a_name_s_index_still_calls_its_note():
    text = STARRED_NUMBER.replace("are 2* in number", "are, says Roe1*, few in number") + STAR_NOTE
    ed = convert(read_text(text))
    assert [n.label for n in ed.notes] == ["*"]


# -- judge8 S1-D: a justified line exploded one word a line is no heading -----------------------------------------

#: a paragraph's first line, justified wide, that the extraction set one word a line at a page's top
EXPLODED = ("The Lawn Mowing\n\n\fArthur\nSimmons's\n1921\nessay\n[12]\nThe Idle Garden,\n"
            "Baker's 1930 pamphlet \"Is Mowing Needed?\" and others all argued\n"
            "for leaving the grass to grow as it will over the summer months.\n")


def test_a_justified_line_exploded_one_word_a_line_goes_on_with_its_sentence():
    """"Arthur" / "Simmons's" / "1921" / "essay" / "[12]": the first words of a sentence, one a line, a word in
    lower case and a note's marker among them: no heading, the sentence whole in one paragraph."""
    ed = convert(read_text(WRAPPED + "\n" + EXPLODED))
    assert not [b for b in ed.blocks if b.kind == "heading" and plain(b.pieces) in ("Arthur", "Simmons's")]
    assert "Arthur Simmons's 1921 essay" in _running(ed)


def test_near_miss_a_heading_over_a_list_of_single_capitalised_words_stays_a_heading():
    """Near miss: "Ingredients" over "Flour" / "Sugar" / "Eggs" / "Butter": each capitalised, none a marker."""
    from edition.witness.layout import exploded_line
    lines = [Line(t, n, 0) for n, t in enumerate(["Ingredients", "Flour", "Sugar", "Eggs", "Butter"], start=1)]
    assert not exploded_line(lines[0], lines[1:])
    spread = [Line(t, n, 0) for n, t in enumerate(["Arthur", "Simmons's", "1921", "essay"], start=1)]
    assert exploded_line(spread[0], spread[1:])
    # a line of three words or more is no exploded line's word
    assert not exploded_line(Line("The Idle Garden", 1, 0), spread[1:])


# -- judge8 S1-C: a caption at a page's foot is not run into the next page's text ---------------------------------

#: a page closing on a figure's caption with no full stop, the site's footer under it, the next page's prose
_SITE_FOOT = "\nwww.widget.example | www.guild.example | www.town.example\n\n"
CAPTION_FOOT = (WRAPPED + _SITE_FOOT + "\f" + WRAPPED + "form of data and of the designs that the workshops share.\n\n"
                "Image 3. A multiscalar and complementary ecosystem of the workshops of a town. Source: Widget Guild"
                "\n" + _SITE_FOOT + "\f"
                "The project will help the town's leaders to develop workshops in collaboration with the\n"
                + WRAPPED + _SITE_FOOT + "\f" + WRAPPED + _SITE_FOOT)


def test_a_caption_closing_a_page_is_not_run_into_the_next_page_s_paragraph():
    ed = convert(read_text(CAPTION_FOOT))
    paras = [plain(b.pieces) for b in ed.blocks]
    caption = next(p for p in paras if p.startswith("Image 3."))
    assert "The project will help" not in caption
    assert any(p.startswith("The project will help") for p in paras)


def test_near_miss_a_caption_going_on_in_lower_case_over_the_page_is_still_joined():
    """Near miss: the caption's words go on in lower case on the next page: one caption."""
    text = (WRAPPED + "\nPhoto 2. A view of the workshops of the guild as the town's visitors see them, from\n\n\f"
            "the street in front of the hall on the morning of the fair in the spring.\n\n" + WRAPPED)
    ed = convert(read_text(text))
    assert any("them, from the street in front" in plain(b.pieces) for b in ed.blocks)


def test_labelled_caption_form():
    from edition.witness.layout import labelled_caption
    assert labelled_caption("Image 3. A multiscalar ecosystem") and labelled_caption("Fig. 1. Location of")
    assert labelled_caption("Photo 12: The hall")
    assert not labelled_caption("Image 3 shows the hall") and not labelled_caption("Image 3.")
    assert not labelled_caption("In 1943. He wrote")  # a year is no caption's number


def test_a_citation_in_parentheses_after_a_blank_line_goes_on_the_broken_sentence():
    """"… siltstones and mudstones" / blank / "(Selley et al., 2005). These …": the sentence goes on over the
    column's break; a list's label "(a)" under a broken line opens an item of its own (near miss)."""
    text = (WRAPPED + "sedimentation consists of carbonates, of siltstones and of the\nmudstones\n\n"
            "(Selley et al., 2005). These deposits represent the molasse of the orogeny, which went on\n"
            + WRAPPED)
    ed = convert(read_text(text))
    assert any("the mudstones (Selley et al., 2005). These" in plain(b.pieces) for b in ed.blocks)
    from edition.witness.layout import _parenthesis_goes_on
    assert _parenthesis_goes_on("(Selley et al., 2005). These")
    assert not _parenthesis_goes_on("(a) the first of the items") and not _parenthesis_goes_on("(iv) the fourth")
    assert not _parenthesis_goes_on("(2) the second")


def test_near_miss_a_list_s_label_in_parentheses_under_a_broken_line_is_not_joined():
    text = (WRAPPED + "the guild asks of its members the following\nthings\n\n"
            "(a) That each shall keep a workshop open to the public on the days of the fair.\n" + WRAPPED)
    ed = convert(read_text(text))
    assert not any("things (a) That" in plain(b.pieces) for b in ed.blocks)


def test_near_miss_a_line_of_its_own_in_parentheses_under_a_broken_line_is_not_joined():
    from edition.witness.layout import _parenthesis_goes_on
    assert not _parenthesis_goes_on("(Received 3 December 1954)")
    assert _parenthesis_goes_on("(Jones, 1961), and the sediments") and _parenthesis_goes_on("(see above) and so")
