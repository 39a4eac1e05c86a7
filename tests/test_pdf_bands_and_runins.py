"""PDF extractions: a page's first paragraphs set in columns at a gutter of their own, words broken at the right
column's end of lines kept side by side, and the lines that open a sentence or a section in a heading's form
(run-in titles, a dateline's first words, a heading over its paragraph's number, long numbered headings, a
filing's items).

Every text here is of our own making, in the forms the real extractions show.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.convert import convert
from edition.witness.columns import across_gutter
from edition.witness.layout import (
    division_heading,
    heading_over_number,
    long_numbered_heading,
    opens_next_sentence,
    run_in_opening,
)
from edition.witness.reading import read_text
from pieces import WRAPPED, plain
from test_pdf_extractions import COLUMN_WORDS, LEFT, RIGHT, SPLIT, _running, _two_columns, _wrap

# -- A band of columns above a page's columns, at a gutter of its own ----------------------------------------

#: the page's first paragraphs, in two columns whose gutter stands further right than the columns' below
UPPER_LEFT = [
    "   The report is also built on the finding that the",
    "archive can only be read if its catalogue is whole,",
    "both in the capital and in the provinces. It sup-",
    "ports the editors' plan to mend the old catalogue,",
    "to print the lost pages, and to keep the rest safe.",
    "It keeps our word to the readers, who have waited",
    "for the lost letters through so many long years.",
]
UPPER_RIGHT = [
    "   The report does all of these things without",
    "adding a single page to the book. Every new find",
    "in the plan is fully described. And, as the first",
    "chapter says, the report also incorpo-",
    "rates the offer of the old library to lend us its",
    "copies of the letters, so that every reader may",
    "",
]
#: where the upper band's right column begins (the lower columns' at :data:`SPLIT`)
UPPER_SPLIT = 56


def _banded(upper_left: list[str], upper_right: list[str], split: int = UPPER_SPLIT) -> str:
    upper = "".join(f"{a.ljust(split)}{b}".rstrip() + "\n" for a, b in zip(upper_left, upper_right, strict=True))
    return ("12     The Report of the Archive\n\n\n" + upper + "\n\n" + " " * 24 + "THE SECOND PART\n\n"
            + _two_columns(LEFT, RIGHT))


def test_columns_above_a_page_s_columns_at_a_gutter_of_their_own_are_read_apart():
    """The page's gutter is found below; the lines above it cross it, but show a gutter of their own: read
    as their columns, the left then the right, never a line across both, no word joined across the gutter."""
    ed = convert(read_text(_banded(UPPER_LEFT, UPPER_RIGHT)))
    running = " ".join(_running(ed).split())
    assert "It keeps our word to the readers, who have waited for the lost letters through so many" in running
    assert "the report also incorporates the offer of the old library" in running
    assert running.index("so many long years") < running.index("The report does all of these things")
    assert running.index("every reader may") < running.index("The first column of the paper")
    assert "the finding that the The report" not in running and "incorpoports" not in running
    pages = [d for d in ed.decisions if d.what == "columns"]
    assert [(d.value, d.sure) for d in pages] == [("page 1, lines 1–10", True), ("page 1, lines 11–29", True)]
    assert f"from character {UPPER_SPLIT + 1}" in pages[0].how and f"from character {SPLIT + 1}" in pages[1].how


def test_columns_below_a_page_s_columns_at_a_gutter_of_their_own_are_read_apart():
    """The same below the page's columns, under a heading across the page: the lower columns read after them."""
    lower = "".join(f"{a.ljust(UPPER_SPLIT)}{b}".rstrip() + "\n" for a, b in zip(UPPER_LEFT, UPPER_RIGHT, strict=True))
    text = ("      A Paper Set in Two Columns\n\n" + _two_columns(LEFT, RIGHT) + "\n\n" + " " * 24
            + "THE SECOND PART\n\n" + lower)
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True, True]
    running = " ".join(_running(ed).split())
    assert "so many long years. The report does all of these things" in running
    assert "the report also incorporates the offer" in running
    assert running.index("The right column ends its page here.") < running.index("The report is also built")


def test_a_table_above_a_page_s_columns_is_read_as_it_stands():
    """Near miss: the rows above the columns have a gutter of their own, but no prose on either side of it (a
    table's cells): read as they stand, as a band across the page."""
    rows = [(f"Witness {k} of the archive, kept in the old capital", f"{1900 + k}   f. {k}") for k in range(7)]
    ed = convert(read_text(_banded([a for a, _ in rows], [b for _, b in rows])))
    pages = [d for d in ed.decisions if d.what == "columns"]
    assert [d.value for d in pages] == ["page 1, lines 1–29"]
    assert "Witness 3 of the archive, kept in the old capital 1903 f. 3" in " ".join(_running(ed).split())


def test_fewer_lines_above_a_page_s_columns_are_no_columns_of_their_own():
    """Near miss: three lines of two runs of prose above the columns are too few to show a gutter: a title
    block's, read as they stand (:data:`edition.witness.columns.GUTTER_PART_MIN_LINES`)."""
    ed = convert(read_text(_banded(UPPER_LEFT[:3], UPPER_RIGHT[:3])))
    assert [d.value for d in ed.decisions if d.what == "columns"] == ["page 1, lines 1–25"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(COLUMN_WORDS, min_size=60, max_size=90), st.lists(COLUMN_WORDS, min_size=60, max_size=90))
def test_every_word_of_columns_above_a_page_s_columns_survives(left, right):
    """Property: the columns above a page's columns, at a gutter of their own, lose no word."""
    a, b = _wrap(left, 48), _wrap(right, 48)
    n = min(len(a), len(b), 10)
    ed = convert(read_text(_banded(a[:n], b[:n])))
    assert all(d.sure for d in ed.decisions if d.what == "columns")
    shown = Counter(re.findall(r"[a-z]+", " ".join([_running(ed), ed.title, *(f.text for f in ed.furniture)]).lower()))
    wanted = Counter(re.findall(r"[a-z]+", " ".join([*a[:n], *b[:n], *LEFT, *RIGHT]).lower()))
    broken = {"col", "umn", "recon", "struction"}  # joined: "column", "reconstruction"
    assert not [w for w, k in wanted.items() if shown[w] < k and w not in broken]


# -- A word broken at the right column's end of a line kept across both columns ------------------------------

def test_a_word_broken_at_the_right_column_s_end_is_never_joined_to_the_left_column_s_next_line():
    """A page whose columns are kept side by side (no constant gutter: lines across it mid-page): a word broken
    at a line's end goes on in the right column, never at the next line's start ("col-" + "argument")."""
    right = list(RIGHT)
    right[9] = "and so the recon-"
    text = _two_columns(LEFT, right).replace(
        LEFT[7].ljust(SPLIT), LEFT[7] + " and this line runs on across the gutter ").replace(
        LEFT[8].ljust(SPLIT), LEFT[8] + " as a formula set wide across the page ")
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [False]
    running = _running(ed)
    assert "colargument" not in running and "reconbroken" not in running
    assert "col- argument" in running and "recon- broken" in running
    assert not [e for e in ed.apparatus if e.kind.startswith("hyphen")]


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("the report also incorpo-     the offer of the old library inc-", "violence, promote school     safety of the",
     True),
    # near misses: the next line holds one run only; the right runs begin at different places
    ("the report also incorpo-     the offer of the old library inc-", "violence, promote school safety of the", False),
    ("the report also incorpo-     the offer of the old library inc-", "violence, promote school         safety of the",
     False),
])
def test_lines_of_two_columns_side_by_side_by_their_form(line, following, expected):
    assert across_gutter(line, following) is expected


def test_a_hyphen_at_a_line_s_end_in_one_column_is_joined():
    """Near miss: a page in one column: the word broken at a line's end goes on at the next line's start."""
    ed = convert(read_text("A Paper\n\n" + WRAPPED + "the report also incorpo-\nrates the offer of the library.\n"))
    assert "incorporates the offer" in _running(ed)


# -- A paragraph's first line set in, a run-in title in bold ------------------------------------------------

RUN_IN = (
    "A Guide to the Volumes\n\n"
    "          The first volume of the edition holds the letters of the year, with the\n"
    "          notes and the index of persons at the end of the volume.\n"
    "             Historical Tables, Archive of the Northern\n"
    "          Provinces, Volume 2014 provides data on the receipts and the letters\n"
    "          of the archive over an extended time period, generally from 1940 on.\n"
    "             The tables have been adjusted to provide consistency with the\n"
    "          volumes of the edition and comparability over time.\n"
)


def test_a_run_in_title_set_in_as_a_paragraph_s_first_line_is_no_heading():
    ed = convert(read_text(RUN_IN))
    assert not [b for b in ed.blocks if b.kind == "heading"]
    assert "Historical Tables, Archive of the Northern Provinces, Volume 2014 provides data" in _running(ed)


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("   Historical Tables, Archive of the Northern", "Provinces, Volume 2014 provides data on the receipts", True),
    # near misses: a centred heading (set in further), a short heading, a line ending with a stop, a paragraph
    # whose first line ends its sentence below
    ("              Historical Tables of the North", "Provinces, Volume 2014 provides data on the receipts", False),
    ("   Historical Tables", "Provinces, Volume 2014 provides data on the receipts and letters", False),
    ("   Historical Tables, Archive of the North.", "Provinces, Volume 2014 provides data on the receipts", False),
    ("   Historical Tables, Archive of the Northern", "Provinces, Volume 2014 provides data on them all.", False),
])
def test_a_paragraph_s_run_in_opening_by_its_form(line, following, expected):
    assert run_in_opening(line, following) is expected


# -- A dateline's first words on a line of their own, the sentence going on below a blank line ---------------

def test_a_dateline_s_sentence_opened_on_a_line_of_its_own_goes_on_below_it():
    text = ("A Diary of the Siege\n\n" + WRAPPED + "\nJUNE 17TH.—I was detailed\n\n"
            "to the charge of a squad of men to guard the prisoners in the corral.\n")
    ed = convert(read_text(text))
    assert "JUNE 17TH.—I was detailed to the charge of a squad of men" in [plain(b.pieces) for b in ed.blocks][-1]
    assert not [b for b in ed.blocks if b.kind == "heading"]


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("JUNE 17TH.—I was detailed", "to the charge of a squad of", True),
    ("Mr. Smith went down to the", "market in the morning with his", True),
    # near misses: a heading numbered (a figure before the stop), in title case, a table's cells, no sentence
    ("Chapter 1. The rise of the novel", "the novel is as old as the hills", False),
    ("CHAPTER I.—The Siege", "of the town began in the spring", False),
    ("Inadequate housing units", "total occupied", False),
    ("JUNE 17TH.—I was detailed", "total occupied", False),
    ("The rise of the novel", "the novel is as old as the hills", False),
])
def test_a_line_that_opens_the_next_sentence_by_its_form(line, following, expected):
    assert opens_next_sentence(line, following) is expected


# -- A heading over its section's first paragraph's number ---------------------------------------------------

def test_a_heading_over_its_paragraph_s_number_is_a_heading():
    text = ("Judgment of the Court\n\n" + WRAPPED + "\nThe judgment\n12.\n\n" + WRAPPED
            + "\nExtended liability of the director\n13.\n\n" + WRAPPED)
    ed = convert(read_text(text))
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert headings == ["The judgment", "Extended liability of the director"]
    assert "12." in [plain(b.pieces) for b in ed.blocks]


@pytest.mark.parametrize(("line", "previous", "number", "expected"), [
    ("The judgment", "passing off.", "12.", True),
    ("The judgment", None, "12.", True),
    # near misses: under a sentence broken off, a sentence itself, in lower case, a number too long, a list's item
    ("The judgment", "as the judge found in the", "12.", False),
    ("The Court found for the claimant.", "passing off.", "12.", False),
    ("the value of the claim", "passing off.", "12.", False),
    ("The judgment", "passing off.", "2017.", False),
    ("(a) The judgment", "passing off.", "12.", False),
])
def test_a_heading_over_a_paragraph_s_number_by_its_form(line, previous, number, expected):
    assert heading_over_number(line, previous, number) is expected


# -- A numbered heading as long as a narrow column's line ----------------------------------------------------

def _narrow(text: str) -> str:
    return "\n".join(_wrap(text.split(), 50)) + "\n"


NARROW = (
    "A Paper on Rivers\n\n2. Methods\n2.1. Characterisation of the regime of rivers\n"
    + _narrow(WRAPPED) + "\n2.2. Zero flow days\n" + _narrow(WRAPPED)
    + "The coefficient of efficiency ranges from minus infinity to\n"
    "1.0. Higher values indicate greater agreement between\n" + _narrow(WRAPPED)
    + "2.3. Adjusted curves—magnitude of the reductions\n" + _narrow(WRAPPED)
)


def test_a_numbered_heading_as_long_as_a_narrow_column_s_line_is_a_heading():
    ed = convert(read_text(NARROW))
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert "2.1. Characterisation of the regime of rivers" in headings
    assert "2.3. Adjusted curves—magnitude of the reductions" in headings
    # near miss: the number inside a sentence broken at its line's end
    assert not [h for h in headings if h.startswith("1.0.")]
    assert "ranges from minus infinity to 1.0. Higher values" in " ".join(_running(ed).split())


@pytest.mark.parametrize(("line", "previous", "expected"), [
    ("2.1. Characterisation of the regime of rivers", "the regime of the rivers.", True),
    ("2.1. Characterisation of the regime of rivers", None, True),
    # near misses: under a sentence broken off, no neighbour among the short numbered headings, one level, a
    # title in lower case, a line broken off on "the"
    ("2.1. Characterisation of the regime of rivers", "ranges from minus infinity to", False),
    ("7.4. Characterisation of the regime of rivers", None, False),
    ("2. Characterisation of the regime of rivers", None, False),
    ("2.1. characterisation of the regime of rivers", None, False),
    ("2.1. Higher values indicate greater agreement with the", None, False),
])
def test_a_long_numbered_heading_by_its_form(line, previous, expected):
    assert long_numbered_heading(line, previous, frozenset({(2, 2), (2, 3)})) is expected


# -- A filing's items -----------------------------------------------------------------------------------------

def test_a_filing_s_item_alone_on_its_line_is_a_heading_though_it_ends_with_a_stop():
    text = ("  FORM 8-K\n\n  CURRENT REPORT\n\n  Item 2.02 Results of Operations and Financial Condition.\n\n"
            + WRAPPED + "\n  Item 9.01 Financial Statements and Exhibits.\n\n" + WRAPPED
            + "\n  Section 18 of the Act applies to the report.\n\n" + WRAPPED)
    ed = convert(read_text(text))
    headings = [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]
    assert "Item 2.02 Results of Operations and Financial Condition." in headings
    assert "Item 9.01 Financial Statements and Exhibits." in headings
    assert not [h for h in headings if h.startswith("Section 18")]


def test_a_contents_list_of_divisions_is_no_run_of_headings():
    """Near miss: the divisions one after another, each alone on its line, are a contents list's lines."""
    text = ("A Book of Ten Days\n\n" + WRAPPED + "\n  Chapter 1. Background.\n\n  Chapter 2. The Coming Storm.\n\n"
            "  Chapter 3. On the Eve.\n\n" + WRAPPED)
    ed = convert(read_text(text))
    assert not [b for b in ed.blocks if b.kind == "heading" and plain(b.pieces).startswith("Chapter")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Item 2.02 Results of Operations and Financial Condition.", True),
    ("Item 5.03 Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year.", True),
    ("Article IV Powers of the Council", True),
    # near misses: a sentence naming a division, a caption, a clause after the number, no number
    ("Section 18 of the Act applies to the report.", False),
    ("Figure 2. Results of the Survey.", False),
    ("Item 2.02, including Exhibit 99.1, shall not be deemed filed.", False),
    ("Item Results of Operations and Financial Condition.", False),
])
def test_a_division_s_heading_by_its_form(text, expected):
    assert division_heading(text) is expected


# -- A paragraph's end in a column read apart: by the column's width, not the page's --------------------------

#: a column whose paragraphs open set in, a sentence ending at the column's full width inside a paragraph
SET_IN_LEFT = [
    "   The first paragraph of the column opens",
    "here and goes on down the column for a few",
    "lines, and then its first sentence ends.",
    "The second sentence of the paragraph goes",
    "on in it, and the paragraph ends here.",
    "   The second paragraph opens set in as",
    "the first did, and it runs on down the",
    "column to the foot of the page, where it",
    "ends its last sentence on a short line.",
    "   The third one is short, and its line",
    "ends so.",
    "   The fourth paragraph opens set in as",
    "the others did and runs to the column's",
    "foot, where its sentence breaks off and",
]


def test_a_sentence_ending_at_a_column_s_full_width_ends_no_paragraph():
    """The page of two columns is read apart; the text's other page, set in one column, makes the text's lines
    wider than the columns': a column's line is full beside its column's, never short beside the text's."""
    text = ("A Paper Set in Columns\n\n" + _two_columns(SET_IN_LEFT, RIGHT[:len(SET_IN_LEFT)]) + "\f"
            + (WRAPPED * 3))
    ed = convert(read_text(text))
    assert [d.sure for d in ed.decisions if d.what == "columns"] == [True]
    paragraphs = [" ".join(plain(b.pieces).split()) for b in ed.blocks if b.kind == "paragraph"]
    assert ("The first paragraph of the column opens here and goes on down the column for a few lines, and then its"
            " first sentence ends. The second sentence of the paragraph goes on in it, and the paragraph ends here."
            in paragraphs)
    # near miss: the paragraph's short last line, under it a line set in, ends the paragraph
    assert "The third one is short, and its line ends so." in paragraphs


def test_short_sentences_one_a_line_set_in_stay_paragraphs_of_their_own():
    """Near miss: a run of short lines, a few words each (a list of rules, a table's rows), one set in: no
    column of prose, each line's sentence its own paragraph as before."""
    rules = "   Keep all the copies.\nRead every hand.\n   Mark all the gaps.\nDate all the leaves.\nWrite the notes.\n"
    ed = convert(read_text("A Paper of Rules\n\n" + WRAPPED + "\n" + rules + "\n" + WRAPPED))
    paragraphs = [" ".join(plain(b.pieces).split()) for b in ed.blocks if b.kind == "paragraph"]
    assert {"Keep all the copies.", "Read every hand.", "Mark all the gaps.", "Date all the leaves."} <= set(paragraphs)
