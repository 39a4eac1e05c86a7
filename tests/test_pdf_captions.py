"""Captions of a PDF's extraction set inside the words and sentences they interrupt, by their form: an engraving's
caption glued to a word's first part or set on a line of the prose, a caption column interleaved with the prose,
diagram labels and a list's quoted phrases around a caption, a star before a caption in capitals, a table whose
label stands alone on its line with its notes in words (judge6 S1-A, S1-B, S1-C, S1-D). Each with near misses."""

from __future__ import annotations

import pytest

from edition.convert import convert
from edition.witness.figures import _table_label, _table_note, goes_on, panel_label
from edition.witness.reading import Line, read_text
from pieces import WRAPPED, plain


def _paragraphs(ed) -> list[str]:
    return [" ".join(plain(b.pieces).split()) for b in ed.blocks if b.kind == "paragraph"]


def _moved(ed) -> list[str]:
    return [e.reading for e in ed.apparatus if e.kind == "moved"]


def _after(paragraphs: list[str], words: str) -> tuple[str, str]:
    """The paragraph holding *words*, and the one after it."""
    k = next(k for k, p in enumerate(paragraphs) if words in p)
    return paragraphs[k], paragraphs[k + 1] if k + 1 < len(paragraphs) else ""


# -- S1-A: a caption glued to a word's first part at a line's end (a plain extraction) ------------------------

GLUED = ("A Diary of the Camp\n\n" + WRAPPED + "\n"
         "The guns were heard all night along the line, and the whole Southern confedRifled Shell.\n"
         "eracy will fall before the summer is out, the men say in the camp.\n\n" + WRAPPED)


def test_a_caption_glued_to_a_word_s_first_part_is_printed_after_the_paragraph_the_word_rejoined():
    ed = convert(read_text(GLUED))
    joined, after = _after(_paragraphs(ed), "Southern")
    assert "the whole Southern confederacy will fall before the summer" in joined and "Rifled" not in joined
    assert after == "Rifled Shell."
    # the witness's token whole in the apparatus, with the reason
    assert any("confedRifled Shell." in r for r in _moved(ed))


@pytest.mark.parametrize("line", [
    # the parts make no word: a name's capital inside a word, no caption
    "The guns were heard all night along the line, and the whole Southern dataFrame.\n",
    # the next line opens a sentence
    "The guns were heard all night along the line, and the whole Southern confedRifled Shell.\n",
])
def test_near_miss_a_capital_inside_a_line_s_last_word_is_no_glued_caption(line):
    text = GLUED.replace("The guns were heard all night along the line, and the whole Southern confedRifled Shell.\n",
                         line)
    if "confed" in line:
        text = text.replace("eracy will fall", "Eracy will fall")
    ed = convert(read_text(text))
    assert not _moved(ed)
    assert any(line.split()[-1] in p for p in _paragraphs(ed))


# -- S1-A: a list's quoted phrases and a diagram's labels around captions (a plain extraction) ----------------

LISTED = ("A Diary of the Camp\n\n" + WRAPPED + "\n"
          "The news from the east was only such catch phrases as \" Shiloh, \"\n"
          "Canister Shot.\n"
          "\"Fort Donelson,\" and others that the papers gave us every week.\n\n"
          "I am ready to share my rations with an honest prisoner, but have no\n"
          "Fig. A.\n"
          "No. 2.\n"
          "use for a coward who runs from his comrades in a tight place.\n\n" + WRAPPED)


def test_a_caption_between_a_list_s_quoted_phrases_and_labels_inside_a_sentence_are_printed_after_it():
    ed = convert(read_text(LISTED))
    paragraphs = _paragraphs(ed)
    listed, after = _after(paragraphs, "catch phrases")
    assert "as \" Shiloh, \" \"Fort Donelson,\" and others" in listed and "Canister" not in listed
    assert after == "Canister Shot."
    labelled, after = _after(paragraphs, "honest prisoner")
    assert "but have no use for a coward who runs" in labelled
    assert after == "Fig. A. No. 2."
    assert len(_moved(ed)) == 2


def test_near_miss_a_caption_under_a_quoted_sentence_s_end_stays_where_it_stands():
    """The quotation above ends its sentence ("… "Shiloh.""): the caption interrupts nothing."""
    ed = convert(read_text(LISTED.replace("as \" Shiloh, \"", "as \"Shiloh.\"")))
    texts = [" ".join(plain(b.pieces).split()) for b in ed.blocks]
    k = next(k for k, t in enumerate(texts) if "Canister Shot." in t)
    assert texts[k].endswith("as \"Shiloh.\" Canister Shot.") and texts[k + 1].startswith("\"Fort Donelson,\"")
    assert not any("Canister" in r for r in _moved(ed))


@pytest.mark.parametrize(("above", "below", "result"), [
    ("such phrases as \" Shiloh, \"", "\"Fort Donelson,\" and", True),
    ("such phrases as “Shiloh,”", "“Fort Donelson,” and", True),
    ("the whole confed-", "eracy will", True),
    ("such phrases as \"Shiloh.\"", "\"Fort Donelson,\" and", False),  # the sentence ended
    ("such phrases as Shiloh,", "\"Fort Donelson,\" and", False),  # no quoted phrase before the comma
    ("such phrases as \" Shiloh, \"", "Fort Donelson and", False),  # no quoted phrase after it
])
def test_a_sentence_goes_on_by_its_form(above, below, result):
    assert goes_on(above, below) is result


@pytest.mark.parametrize(("line", "label"), [
    ("No. 1.", True), ("Fig. A.", True), ("No. •>.", True), ("Plate 12.", True),
    ("No. 1", False), ("No. 12 Downing Street.", False), ("No. 1234.", False), ("Nos. 1.", False),
])
def test_a_panel_s_label_is_known_by_its_form(line, label):
    assert panel_label(line) is label


# -- S1-A: a caption on a line of the prose, set apart at the line's left (pdftotext -layout) -----------------

COLUMN = " " * 30


def _layout_page(lines: list[str]) -> str:
    return ("A Diary of the Camp\n\n" + WRAPPED + "\n" + "\n".join(lines) + "\n\n" + WRAPPED)


BESIDE = [
    COLUMN + "The guns were heard all night, and",
    COLUMN + "the balls were found bent in every",
    COLUMN + "shape, and the whole Southern confed-",
    "     Rifled Shell.           " + " eracy will fall before the summer,",
    COLUMN + "the men say in the camp at night.",
]


def test_a_caption_at_a_line_s_left_beside_the_prose_is_printed_after_the_paragraph():
    ed = convert(read_text(_layout_page(BESIDE)))
    joined, after = _after(_paragraphs(ed), "Southern")
    assert "the whole Southern confederacy will fall before the summer, the men say" in joined
    assert "Rifled" not in joined and after == "Rifled Shell."
    assert any("Rifled Shell." in r for r in _moved(ed))


@pytest.mark.parametrize(("k", "line"), [
    # the prose beside it opens a sentence, the line above ended one
    (3, "     Rifled Shell.           " + " Eracy will fall before the summer,"),
    # the prose beside it stands elsewhere than the column above
    (3, "     Rifled Shell.    " + " eracy will fall before the summer,"),
    # no caption's form: a clause of prose set at the left
    (3, "     the shells came on,     " + " eracy will fall before the summer,"),
])
def test_near_miss_words_at_a_line_s_left_that_interrupt_no_sentence_stay(k, line):
    lines = [*BESIDE]
    lines[k] = line
    if line.split()[-5] == "Eracy":
        lines[2] = COLUMN + "shape, and the whole Southern army."
    ed = convert(read_text(_layout_page(lines)))
    assert not _moved(ed)
    assert any(line.split()[0] in p for p in _paragraphs(ed))


# -- S1-B: a caption set in a narrow column beside the prose, its lines interleaved (pdftotext -layout) -------

SIDE = [
    " " * 39 + "The women did not all leave the city, and I sup-",
    " " * 39 + "pose they have determined to",
    "Canister shot is a tin can filled with",
    " iron balls in saw-dust. They are       brave it out. Their sacrifices and",
    " held in place by the heads of the can,",
    " which are turned down over them when privations are worthy of a better",
    " the can is filled with the balls.",
    " All cast iron, and are 27 in number.   cause, and were they on our side",
    " " * 39 + "how we would worship them. It is said",
    " " * 39 + "in camp that the army gets more men.",
]


def test_a_caption_column_interleaved_with_the_prose_is_read_apart_and_printed_after_the_paragraph():
    ed = convert(read_text(_layout_page(SIDE)))
    prose, caption = _after(_paragraphs(ed), "determined")
    assert ("I suppose they have determined to brave it out. Their sacrifices and privations are worthy of a better"
            " cause, and were they on our side how we would worship them. It is said in camp") in prose
    assert "Canister" not in prose and "saw-dust" not in prose
    assert caption == ("Canister shot is a tin can filled with iron balls in saw-dust. They are held in place by the "
                       "heads of the can, which are turned down over them when the can is filled with the balls. All "
                       "cast iron, and are 27 in number.")
    assert any("Canister shot" in r for r in _moved(ed))


def test_near_miss_a_paragraph_set_at_the_left_under_a_sentence_s_end_is_no_caption_column():
    """The prose above ends its sentence ("… the city."): the lines at the left are the text's next paragraph,
    read as the witness sets them; nothing is moved."""
    lines = [*SIDE]
    lines[1] = " " * 39 + "pose they have stayed in the city."
    ed = convert(read_text(_layout_page(lines)))
    assert not _moved(ed)
    assert "Canister shot is a tin can filled with" in " ".join(_paragraphs(ed))


def test_near_miss_one_shared_line_is_no_caption_column():
    """One line only at the left shares its line with the prose: too little to read the column apart."""
    lines = [*SIDE[:4], " " * 39 + "privations are worthy of a better", " " * 39 + "cause, and were they on our side",
             *SIDE[8:]]
    ed = convert(read_text(_layout_page(lines)))
    assert not any("Canister" in r for r in _moved(ed))


# -- S1-C: a star before a caption in capitals is no note's body --------------------------------------------

STAR_CAPTION = ("THE MARCH.\n\n1\n\n" + WRAPPED + "We saw the new shells* that the gunners had brought from the "
                "landing in\nthe morning, and they were heavy and long.\n" + WRAPPED + "\f" + "THE MARCH.\n\n2\n\n"
                + WRAPPED + "*SMITH'S SHELL.\n\nJUNE 20TH.—We marched at dawn to the ford, and crossed it before "
                "the sun was high\nover the trees, the water cold and the bottom firm under our feet.\n\n" + WRAPPED
                + "\nThe last paragraph of the day is here, and it ends the entry.\n")


def test_a_star_before_a_caption_in_capitals_is_no_note_and_swallows_no_paragraph():
    ed = convert(read_text(STAR_CAPTION))
    assert not [n for n in ed.notes if n.status != "missing"]
    running = " ".join(" ".join(plain(b.pieces) for b in ed.blocks).split())
    assert "JUNE 20TH.—We marched at dawn" in running and "The last paragraph of the day" in running


def test_a_star_note_in_words_with_the_text_going_on_below_swallows_no_paragraph():
    """A sign's note, a sentence, with the text's paragraphs under it: no notes section takes them."""
    ed = convert(read_text(STAR_CAPTION.replace("*SMITH'S SHELL.", "*Smith's shell was made for the navy.")))
    running = " ".join(" ".join(plain(b.pieces) for b in ed.blocks).split())
    assert "JUNE 20TH.—We marched at dawn" in running and "The last paragraph of the day" in running


def test_near_miss_a_star_note_in_words_at_the_text_s_end_is_a_note():
    ed = convert(read_text(STAR_CAPTION + "\n*Smith's shell was made for the navy in the war.\n"))
    assert [n.label for n in ed.notes] == ["*"]


# -- S1-D: a table whose label stands alone on its line, inside a sentence, its notes in words ---------------

TABLE = ("A Study of the Rivers\n\n" + WRAPPED + "\n"
         "The half-lives agree with the published counts (Roe, 1990), excepting the deciles for both Upper\n\n"
         "Table 4\nHalf-life (years) for all the rivers\nSite\nNorth Ck\nSouth Ck\nWest Ck\n\n"
         "Percentile\n10\n\n20\n\n3.1\n4.2\n5.0\n\n5.5\n6.6\n7.1\n\n{note}\n\n"
         "{goes_on} and the lower deciles at West Ck. The rest of the paragraph goes on here.\n\n" + WRAPPED)
NOTES = ["ns Indicates that no fit was found, and na too few points.",
         "Note that no fit could be found for the tenth decile.",
         "a\n\nRainfall is the year's rainfall,\ngiven in millimetres."]


@pytest.mark.parametrize("note", NOTES)
def test_a_table_labelled_alone_inside_a_sentence_is_printed_after_the_paragraph(note):
    ed = convert(read_text(TABLE.format(note=note, goes_on="catchments")))
    paragraphs = _paragraphs(ed)
    joined, caption = _after(paragraphs, "excepting")
    assert "for both Upper catchments and the lower deciles at West Ck." in joined and "Site" not in joined
    assert caption == "Table 4 Half-life (years) for all the rivers"
    cells = next(b for b in ed.blocks if b.kind == "code" and "North Ck" in plain(b.pieces))
    assert "Site" in plain(cells.pieces) and note.split()[-1] in plain(cells.pieces)
    assert any(d.what == "table inside a sentence" for d in ed.decisions)


@pytest.mark.parametrize(("note", "goes_on"), [
    (NOTES[0], "Catchments"),  # the text below opens a sentence
    ("The rivers were measured again in the spring of the next year by the survey.", "catchments"),  # prose
])
def test_near_miss_a_table_labelled_alone_that_interrupts_no_sentence_stays(note, goes_on):
    ed = convert(read_text(TABLE.format(note=note, goes_on=goes_on)))
    assert not any(d.what == "table inside a sentence" for d in ed.decisions)


@pytest.mark.parametrize(("line", "label"), [
    ("Table 4", True), ("TABLE 2.1", True), ("Table 3a", True),
    ("Table 4 of the", False), ("Tables 4", False), ("Table", False), ("Table IV.", False),
])
def test_a_table_s_label_alone_is_known_by_its_form(line, label):
    assert _table_label(line) is label


def _lines(*texts: str) -> list[Line]:
    return [Line(t, k + 1, 0) for k, t in enumerate(texts)]


@pytest.mark.parametrize(("lines", "above", "note"), [
    (("ns Indicates that no fit was found.",), ("0.82",), True),
    (("Note that no fit was found.",), ("0.82",), True),
    (("Rainfall is the year's.",), ("a",), True),
    (("in Moscow, where the counts were higher",), ("0.82",), False),  # no sentence's end
    (("The rivers were measured again.",), ("0.82",), False),  # prose, no key
    (("ns Indicates that no fit was found.",) * 13, ("0.82",), False),  # too long for a note
])
def test_a_table_s_note_in_words_is_known_by_its_form(lines, above, note):
    assert _table_note(_lines(*lines), _lines(*above)) is note
