"""PDF extractions nobody prepared for the converter (issue 16): a note's body at its own page's foot (or a
column's), markers glued to words in formulas and code, two columns read across by ``pdftotext -layout``.

Every text here is of our own making, in the forms the real extractions show.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.convert import convert
from edition.witness.furniture import print_address, print_stamp
from edition.witness.labels import BARE, markers
from edition.witness.reading import read_text
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
