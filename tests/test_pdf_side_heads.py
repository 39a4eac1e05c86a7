"""A PDF's heads and titles told from the pages' furniture by their place: a chapter's heading at a page's top
that a table of contents lists before it is the heading, no running head; a fact sheet's name over its fields on
the first page is the title that its later pages repeat as their running head; a side head a page repeats at its
top with "(cont.)" is the page's furniture, and the sentence it parts goes on across it; a side head that a raw
extraction of two columns sets between the two halves of a sentence is printed after the paragraph they make; a
note's label wrapped before its number ("Microwave series" / "I: …") is no heading; "BY" alone under a title is
the byline's, never the title's; a title over its author's name is no rubric, though it names a "Center"; the
front matter's institution and e-mail over the text's first sentence, in one run, part from it; a copyright's box
at a column's foot inside a sentence is set aside, the sentence joined across it.

Every text here is of our own making, in the forms the real extractions show.
"""

from __future__ import annotations

from edition.convert import convert
from edition.witness.layout import address_over_text, numbered_label_rest
from edition.witness.reading import Line, read_text
from pieces import WRAPPED, plain


def _headings(ed) -> list[str]:
    return [plain(b.pieces) for b in ed.blocks if b.kind == "heading"]


def _aside(ed) -> list[str]:
    return [f.text.strip() for f in ed.furniture]


def _running(ed) -> str:
    return " ".join(plain(b.pieces) for b in ed.blocks)


def _title(ed) -> tuple[str, bool]:
    found = next(d for d in ed.decisions if d.what == "title")
    return found.value, found.sure


PROSE = ("The method is applied to each of the datasets in turn, and the results of each fit are kept in\n"
         "a list that the later commands read again when the model is refined and validated once more.\n")


# -- a chapter's heading at a page's top, listed in the contents before it ------------------------------------

def _book(contents: bool) -> str:
    front = "THE MILL\nBY\nJANE ROE\n\n1901\n\n"
    if contents:
        front += "CONTENTS\nThe Wheel\nThe River Bank\nThe Weir\nWinter\n\n"
    return "\f".join([
        front + WRAPPED,
        "1\n\nTHE WHEEL\nWhen I came to the mill the river was high and the wheel was turning in\n" + WRAPPED + PROSE,
        "2\n\n" + WRAPPED + PROSE + WRAPPED,
        "3\n\nTHE RIVER BANK\nThe bank was steep where the path went down to the water and the reeds\n" + WRAPPED,
    ])


def test_a_chapter_heading_at_a_page_top_that_the_contents_list_is_the_heading_no_running_head():
    ed = convert(read_text(_book(contents=True)))
    assert "The Wheel" in _headings(ed) and "The River Bank" in _headings(ed)
    assert "THE WHEEL" not in _aside(ed)
    assert _aside(ed) == ["1", "2", "3"]  # the pages' numbers only


def test_near_miss_a_chapter_title_repeated_at_the_later_pages_tops_is_their_running_head():
    """The heading stands in mid-page, the later pages' tops copy it beside their numbers: running heads."""
    ed = convert(read_text("\f".join([
        "THE MILL\n\n" + WRAPPED,
        "1\n\n" + WRAPPED + "\nTHE WHEEL\nWhen I came to the mill the river was high and the wheel was turning in\n"
        + WRAPPED,
        "2\n\nTHE WHEEL\n" + WRAPPED + PROSE,
        "3\n\nTHE WHEEL\n" + WRAPPED,
    ])))
    assert _headings(ed).count("The Wheel") == 1
    assert _aside(ed).count("THE WHEEL") == 2


# -- "BY" alone under the title ---------------------------------------------------------------------------------

def test_by_alone_under_the_title_is_the_byline_s_never_the_title_s():
    for title in ("WALDEN", "WALDEN POND"):
        ed = convert(read_text(f"{title}\nBY\nHENRY DAVID THOREAU\n\n1854\n\n" + WRAPPED + PROSE))
        assert _title(ed) == (title, True)
        assert [(h.name, h.value) for h in ed.header] == [("title", title), ("byline", "BY HENRY DAVID THOREAU")]
        assert next(d for d in ed.decisions if d.what == "author").value == "HENRY DAVID THOREAU"


def test_near_miss_by_over_words_that_name_no_one_stays_as_it_was():
    ed = convert(read_text("THE LONG WAY\nBY\nTHE SEA AND THE SHORE\n\n" + WRAPPED + PROSE))
    assert ed.title == "THE LONG WAY"
    assert not [h for h in ed.header if h.name == "byline"]


def test_a_title_over_its_author_s_name_is_no_rubric_though_it_names_a_center():
    ed = convert(read_text("The Center of “What?”\nAnn Lee\n\n\n[Lecture, adapted from the talk of Nov 11, 2004]\n\n"
                           + WRAPPED + PROSE))
    assert ed.title == "The Center of “What?”"
    assert not [h for h in ed.header if h.name == "rubric"]
    assert next(d for d in ed.decisions if d.what == "author").value == "Ann Lee"


def test_near_miss_the_body_that_issues_rules_above_their_title_is_still_its_rubric():
    ed = convert(read_text("DEPARTMENT OF COAL\nRules for the Pits\n\n" + WRAPPED + PROSE))
    assert ed.title == "Rules for the Pits"
    assert [h.value for h in ed.header if h.name == "rubric"] == ["DEPARTMENT OF COAL"]


# -- a fact sheet: its name, "(cont.)" heads, a side head between two halves of a sentence ---------------------

#: a column's lines, as a raw extraction of a two-column page gives them
COL = ("Aspirin is taken by mouth and is absorbed from the\n"
       "stomach and the small intestine within an hour; the\n"
       "peak level in the blood is reached after two hours\n"
       "and the drug is spread into most of the tissues.\n")
FOOT = "\nhttp://drugs.example.org • May 1, 2007\n\n"


def _sheet(name: str = "Aspirin", field: str = "Brand Name: Bayer, Ecotrin", cont: str = "Pharmacology (cont.)",
           between: bool = True, mid: str = "") -> str:
    p1 = (f"{name}\n{field}\nDrug Class:\n\nAnalgesics\n\nDrug Description\n" + COL + "\nPharmacology\n" + COL
          + "In the tissues of the nervous system Aspirin does not\n" + FOOT + "1\n")
    p2 = (f"{name}\n{cont}\nappear to cross the barrier, and it is not known\n" + COL
          + "Interactions\n" + COL + "may be slowed because of competition\n" + FOOT + "2\n")
    p3 = (f"{name}\nInteractions (cont.)\n\n" + ("Trials\n\n" if between else "")
          + "for the enzymes. Patients who take the drug should\nbe watched.\n\n"
          + ("" if between else "Trials\n\n") + "For information on trials that involve Aspirin, see\n" + COL
          + FOOT + "3\n")
    p4 = f"{name}\nChemistry\n" + COL + mid + COL + FOOT + "4\n"
    return "\f".join([p1, p2, p3, p4])


def test_a_fact_sheet_s_name_over_its_fields_is_the_title_its_later_pages_repeat_as_running_head():
    ed = convert(read_text(_sheet()))
    assert _title(ed) == ("Aspirin", False)  # a guess the report flags
    assert _aside(ed).count("Aspirin") == 3  # pages 2 to 4
    assert "Brand Name: Bayer, Ecotrin" in [h.value for h in ed.header]


def test_near_miss_a_journal_s_name_over_a_date_s_field_stays_its_running_head():
    ed = convert(read_text(_sheet(name="Nature", field="Received: 3 May 2001")))
    assert _aside(ed).count("Nature") == 4
    assert "Nature" not in ed.title


def test_a_continued_side_head_at_a_page_top_is_furniture_and_the_sentence_goes_on_across_it():
    ed = convert(read_text(_sheet()))
    assert "Pharmacology (cont.)" in _aside(ed) and "Interactions (cont.)" in _aside(ed)
    running = _running(ed)
    assert "Aspirin does not appear to cross the barrier" in running
    assert "(cont.)" not in running


def test_near_miss_a_continued_head_whose_heading_the_text_never_gave_or_in_mid_page_is_the_text_s():
    ed = convert(read_text(_sheet(cont="Dosage (cont.)", mid="\nPharmacology (cont.)\n")))
    assert "Dosage (cont.)" not in _aside(ed)
    assert "Pharmacology (cont.)" not in _aside(ed)
    assert "Dosage (cont.)" in _running(ed) and "Pharmacology (cont.)" in _running(ed)


def test_a_side_head_between_the_halves_of_a_sentence_is_printed_after_the_paragraph_they_make():
    ed = convert(read_text(_sheet()))
    texts = [(b.kind, plain(b.pieces)) for b in ed.blocks]
    at = next(k for k, (_, t) in enumerate(texts) if "because of competition" in t)
    assert texts[at][1].endswith("because of competition for the enzymes. Patients who take the drug should be "
                                 "watched.")
    assert texts[at + 1] == ("heading", "Trials")
    assert texts[at + 2][1].startswith("For information on trials")
    moved = [e for e in ed.apparatus if e.kind == "moved" and "side head" in e.note]
    assert len(moved) == 1


def test_near_miss_a_side_head_under_the_sentence_s_end_stays_where_it_stands():
    ed = convert(read_text(_sheet(between=False)))
    texts = [(b.kind, plain(b.pieces)) for b in ed.blocks]
    at = next(k for k, (_, t) in enumerate(texts) if "because of competition" in t)
    assert texts[at][1].endswith("because of competition for the enzymes. Patients who take the drug should be "
                                 "watched.")
    assert texts[at + 1] == ("heading", "Trials")
    assert not [e for e in ed.apparatus if e.kind == "moved"]


# -- a note's label wrapped before its number -------------------------------------------------------------------

def _notes(label: str, rest: str) -> str:
    return (WRAPPED + PROSE + "Table 1 notes. The series were run as the methods above describe them for\n"
            "each of the animals, and the notes below give the changes made in each.\n"
            f"{label}\n{rest}\n"
            "Microwave series II: horn added to the guide; respiration by the pump.\n\n" + WRAPPED)


def test_a_note_s_label_wrapped_before_its_number_is_no_heading():
    ed = convert(read_text(_notes("Microwave Series", "I: horn omitted; artificial respiration by hand.")))
    assert "Microwave Series" not in _headings(ed)
    assert "Microwave Series I: horn omitted" in _running(ed)


def test_near_miss_a_heading_over_a_sentence_is_still_a_heading():
    ed = convert(read_text(_notes("Microwave Series", "In these the horn was omitted and respiration was by hand.")))
    assert "Microwave Series" in _headings(ed)


def test_the_label_s_number_and_its_colon_then_a_space():
    assert numbered_label_rest("I: horn omitted")
    assert numbered_label_rest("II: horn added")
    assert numbered_label_rest("2: the second run")
    assert not numbered_label_rest("1:2 mixture of the salts")  # a ratio
    assert not numbered_label_rest("10:30 in the morning")
    assert not numbered_label_rest("In: the first")  # a word, no number
    assert not numbered_label_rest("I:")  # nothing after it


# -- the front matter's address, a copyright's box, glued onto a sentence ---------------------------------------

REVIEW = "A Review of a Book on the Old Alchemy\n\nReviewed by\nJane Roe∗\n"


def test_the_institution_and_e_mail_over_the_first_sentence_part_from_it():
    ed = convert(read_text(REVIEW + "University of Bologna\njane.roe@unibo.it\n“Sciant artifices”.1 Ibn Sina’s "
                           "judgment on the transmutation of the metals was at the centre\n" + WRAPPED + PROSE))
    paragraphs = [plain(b.pieces) for b in ed.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == "University of Bologna jane.roe@unibo.it"
    assert paragraphs[1].startswith("“Sciant artifices”")


def test_near_miss_an_address_alone_on_its_line_inside_a_sentence_stays_in_it():
    ed = convert(read_text(REVIEW + WRAPPED + "and for the data the readers may please write to the University at\n"
                           "jane.roe@unibo.it\nfor the files, which are kept there for a long time as the rules of "
                           "the house ask.\n" + PROSE))
    assert "write to the University at jane.roe@unibo.it for the files" in _running(ed)


def test_the_address_s_form_an_institution_over_it_and_a_sentence_s_start_under_it():
    def lines(*texts: str) -> list[Line]:
        return [Line(t, n, 0) for n, t in enumerate(texts, 1)]

    assert address_over_text(lines("University of Bologna", "jane@unibo.it"), "“Quote”.1 Ibn Sina’s")
    assert address_over_text(lines("University of Bologna", "jane@unibo.it"), "The review begins")
    assert not address_over_text(lines("University of Bologna", "jane@unibo.it"), "for the files")
    assert not address_over_text(lines("the readers may write to", "jane@unibo.it"), "The files")
    assert not address_over_text(lines("University of Bologna", "jane at unibo"), "The files")
    assert not address_over_text(lines("University of Bologna", "jane@unibo.it"), None)


BOX = ("Copyright is held by the author/owner(s). This paper was published in the\n"
       "proceedings of the Workshop on Languages. October, 2010.\nReno, Nevada, USA.\n")


def test_a_copyright_box_inside_a_sentence_at_a_column_s_foot_is_set_aside_the_sentence_joined():
    ed = convert(read_text(WRAPPED + "used questionnaires to evaluate a programming language [6]; Gupta\n" + BOX
                           + "\ndiscussed requirements for programming languages for beginners [10]. The methods\n"
                           + WRAPPED))
    assert "Gupta discussed requirements" in _running(ed)
    assert "Copyright" not in _running(ed)
    assert [f.what for f in ed.furniture] == ["margin box"] * 3


def test_near_miss_a_copyright_line_under_a_sentence_s_end_stays_the_text_s():
    ed = convert(read_text(WRAPPED + "used questionnaires to evaluate a programming language [6] at length.\n" + BOX
                           + "\ndiscussed requirements for programming languages for beginners [10]. The methods\n"
                           + WRAPPED))
    assert "Copyright is held by the author/owner(s)" in _running(ed)
    assert not ed.furniture


# -- numbered headings of a PDF: one as long as a short line of prose, "1." with the gap of -layout ------------

#: two lines of prose, the full width of the page
PROSE_TWO = ("protecting data, computation, and workflows must balance these trade-offs of the systems and\n"
             "the users, which the sections below take up one at a time as the threats of each zone are named.\n")


def _sections(long_head: str) -> str:
    return (WRAPPED + PROSE_TWO + "\n3. Threats\n" + WRAPPED + PROSE_TWO + "\n" + long_head + "\n" + WRAPPED
            + PROSE_TWO + "\n3.2. Threats to the Function Zones\n" + WRAPPED + PROSE_TWO)


def test_a_long_numbered_heading_whose_next_section_the_text_numbers_is_a_heading():
    head = "3.1. Key Security Characteristics and the Use Requirements of Sites"
    ed = convert(read_text(_sections(head)))
    assert head in _headings(ed)
    assert not any(head in plain(b.pieces) for b in ed.blocks if b.kind == "paragraph")


def test_near_miss_a_long_numbered_line_out_of_the_text_s_numbering_stays_in_its_paragraph():
    head = "4.1. Key Security Characteristics and the Use Requirements of Sites"
    ed = convert(read_text(_sections(head)))
    assert head not in _headings(ed)
    assert "3.2. Threats to the Function Zones" in _headings(ed)


def test_a_heading_numbered_one_with_its_dot_and_a_wide_gap_is_a_heading():
    ed = convert(read_text(WRAPPED + PROSE_TWO + "\nKeywords       Go, Design Patterns\n1.    Introduction\n"
                           "Go is a new object-oriented programming language, developed at\n" + WRAPPED))
    assert "1. Introduction" in _headings(ed)
    assert not any("Introduction Go is" in plain(b.pieces) for b in ed.blocks)


def test_near_miss_a_list_s_items_numbered_so_are_no_headings():
    ed = convert(read_text(WRAPPED + PROSE_TWO + "\nThe steps are these:\n1.    Councils\n2.    Delegates\n" + WRAPPED))
    assert not [h for h in _headings(ed) if "Councils" in h or "Delegates" in h]
    ed = convert(read_text(WRAPPED + PROSE_TWO + "\nThe steps are these.\n1.  Every council sends its delegates to "
                           "the\nmeeting of the others.\n" + WRAPPED))
    assert not [h for h in _headings(ed) if "council" in h]
